//! `lejek import contacts|deals|all FILE` (X5, issue 7): the flags, and the account on
//! stderr (and stdout with `--format json`). The work is in `transfer::import`.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::bad;
use super::context::Context;
use super::progress::{self, Progress};
use crate::render::Format;
use crate::service::Result;
use crate::transfer::import::summary::Summary;
use crate::transfer::import::table::Section;
use crate::transfer::import::values::Values;
use crate::transfer::import::{self, Importer, Options, all, contacts, csv_read, deals, dedupe};

#[derive(Subcommand, Debug)]
pub enum ImportCmd {
    /// Contacts from CSV (or the JSON of `export contacts`).
    Contacts {
        file: PathBuf,
        #[command(flatten)]
        how: ImportArgs,
    },
    /// Deals from CSV (or the JSON of `export deals`), with their history as far as given.
    Deals {
        file: PathBuf,
        /// Which column finds a deal's contact: id, nip, email or name (default: the first
        /// of contact_id, nip, email, contact the row fills).
        #[arg(long, value_name = "id|nip|email|name")]
        contact_by: Option<String>,
        #[command(flatten)]
        how: ImportArgs,
    },
    /// Everything that `export all --format json` wrote.
    All {
        file: PathBuf,
        #[command(flatten)]
        how: ImportArgs,
    },
}

/// The flags every import takes.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The file's encoding: utf-8, windows-1250 (cp1250), iso-8859-2 (default: detected).
    #[arg(long)]
    encoding: Option<String>,
    /// The column separator: ';', ',' or tab (default: detected from the header).
    #[arg(long)]
    delimiter: Option<String>,
    /// Read a column as a field, e.g. --map "Kod klienta=nip"; `COLUMN=-` ignores it.
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    map: Vec<String>,
    /// Add owners, dictionary values, campaigns and contacts the file names and the
    /// database lacks (otherwise each is reported and its rows rejected).
    #[arg(long)]
    create_missing: bool,
    /// Merge a row that matches a contact already there into it, instead of skipping it.
    #[arg(long)]
    update: bool,
    /// Check and plan everything, write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Write the rejected rows to this CSV file (their columns, then line and reason).
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// table: the account on stderr only; json: also the whole account on stdout.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

impl ImportArgs {
    fn options(&self) -> Result<Options> {
        let encoding = self
            .encoding
            .as_deref()
            .map(csv_read::encoding_named)
            .transpose()
            .map_err(|_| {
                bad(
                    "import.err.encoding",
                    &[&self.encoding.as_deref().unwrap_or("")],
                )
            })?;
        let delimiter = match self.delimiter.as_deref() {
            None => None,
            Some(d) => Some(
                csv_read::delimiter_named(d).ok_or_else(|| bad("import.err.delimiter", &[&d]))?,
            ),
        };
        Ok(Options {
            read: import::table::ReadOptions {
                encoding,
                delimiter,
            },
            maps: self.map.clone(),
            create_missing: self.create_missing,
            update: self.update,
            dry_run: self.dry_run,
            contact_by: None,
        })
    }
}

pub fn run(ctx: &Context, cmd: ImportCmd) -> Result<i32> {
    // Every change is some lejek user's (X1); a server checked that when we connected.
    if !ctx.svc.is_remote() && ctx.svc.user(&ctx.user)?.is_none() {
        return Err(bad("err.actor_unknown", &[&ctx.user]));
    }
    let (what, file, how, contact_by) = match &cmd {
        ImportCmd::Contacts { file, how } => ("contacts", file, how, None),
        ImportCmd::Deals {
            file,
            how,
            contact_by,
        } => ("deals", file, how, contact_by.as_deref()),
        ImportCmd::All { file, how } => ("all", file, how, None),
    };
    let mut opts = how.options()?;
    if let Some(k) = contact_by {
        opts.contact_by =
            Some(dedupe::Key::parse(k).ok_or_else(|| bad("import.err.contact_by", &[&k]))?);
    }
    // One bar, started over for each section `import all` goes through.
    let bar = Progress::bar(ctx.lang, format!("import {what}"), 0);
    let section = std::cell::RefCell::new(String::new());
    let tick = |part: &str, done: usize, total: usize| {
        if *section.borrow() != part {
            tracing::info!(section = part, rows = total, "import: writing");
            bar.restart(format!("import {part}"), total as u64);
            *section.borrow_mut() = part.to_owned();
        }
        bar.set(done as u64);
    };
    let imp = Importer {
        svc: &ctx.svc,
        login: ctx.user.clone(),
        values: Values {
            lang: ctx.lang,
            today: ctx.today(),
        },
        now: ctx.svc.clock().now(),
        progress: &tick,
        opts,
    };
    let mut summary = Summary::new(what, file, imp.opts.dry_run);
    match what {
        "contacts" | "deals" => {
            let section = if what == "contacts" {
                Section::Contacts
            } else {
                Section::Deals
            };
            let table = import::read(file, &imp.opts, section)?;
            summary.headers = table.headers.clone();
            summary.delimiter = table.delimiter;
            if section == Section::Contacts {
                contacts::run(&mut contacts::Run {
                    imp: &imp,
                    table: &table,
                    section: None,
                    summary: &mut summary,
                    ids: Default::default(),
                    foreign_ids: false,
                })?;
            } else {
                deals::run(&mut deals::Run {
                    imp: &imp,
                    table: &table,
                    section: None,
                    summary: &mut summary,
                    contact_ids: None,
                    campaign_ids: None,
                    ids: Default::default(),
                })?;
            }
        }
        _ => all::run(&imp, all::read(file)?, &mut summary)?,
    }
    drop(bar);
    report(ctx, &summary, how.rejects.as_deref(), how.format)
}

/// Tell what happened: stderr unless `--quiet` (the exit code says 3 when rows were
/// rejected), the rejects file and JSON when asked.
fn report(ctx: &Context, s: &Summary, rejects: Option<&Path>, format: Format) -> Result<i32> {
    for line in s.stderr_lines(ctx.lang) {
        progress::summary(line);
    }
    if let Some(path) = rejects {
        s.write_rejects(path)
            .map_err(|e| crate::service::Error::Io {
                path: path.display().to_string(),
                source: e,
            })?;
    }
    if format == Format::Json {
        println!("{}", crate::render::json(s));
    }
    Ok(s.exit_code())
}
