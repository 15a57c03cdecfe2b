//! `lejek export contacts|deals|campaigns|tasks|all` (X5, issue 7): arguments checked
//! before anything is read or written, then the records to stdout or atomically to a file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::bad;
use super::context::Context;
use crate::i18n::trf;
use crate::service::query::FilterOf;
use crate::service::{Error, Result};
use crate::transfer::export::{CsvOptions, What, parse_delimiter};
use crate::transfer::export_stream::{self as stream, StreamError};

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// contacts, deals, campaigns, tasks or all.
    pub what: String,
    /// Only the records matching this filter (the list's filter language); not with `all`.
    #[arg(long)]
    pub filter: Option<String>,
    /// json (the default; `all` is JSON only) or csv.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Write to FILE (FILE.tmp, then renamed over FILE) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV: start with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
    /// CSV field separator: ',' (the default), ';' (Polish Excel; money then has a decimal
    /// comma) or tab.
    #[arg(long, value_name = "SEP")]
    pub delimiter: Option<String>,
}

/// `--format` of an export: there is no table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

pub fn run(ctx: &Context, a: ExportArgs) -> Result<i32> {
    let what = What::parse(&a.what).ok_or_else(|| bad("export.err.what", &[&a.what]))?;
    let filter = a.filter.unwrap_or_default();
    let csv = a.format == ExportFormat::Csv;
    if what == What::All && csv {
        return Err(bad("export.err.all_csv", &[]));
    }
    if what == What::All && !filter.trim().is_empty() {
        return Err(bad("export.err.all_filter", &[]));
    }
    if !csv && a.bom {
        return Err(bad("export.err.csv_only", &[&"--bom"]));
    }
    if !csv && a.delimiter.is_some() {
        return Err(bad("export.err.csv_only", &[&"--delimiter"]));
    }
    let delimiter = match &a.delimiter {
        Some(d) => parse_delimiter(d).ok_or_else(|| bad("export.err.delimiter", &[d]))?,
        None => b',',
    };
    let opts = CsvOptions {
        delimiter,
        bom: a.bom,
    };
    // A bad filter is bad input: say so before creating any file.
    let of = match what {
        What::Contacts => Some(FilterOf::Contact),
        What::Deals => Some(FilterOf::Deal),
        What::Campaigns => Some(FilterOf::Campaign),
        What::Tasks => Some(FilterOf::Task),
        What::All => None,
    };
    if let Some(of) = of {
        ctx.svc.filter(of, &filter, &ctx.user)?;
    }
    let csv = csv.then_some(opts);
    match &a.output {
        None => {
            // On a terminal, characters that could act on it show as `�` (issue 15).
            let mut w = crate::render::terminal::stdout_writer();
            let written = stream::write(&ctx.svc, what, &filter, &ctx.user, csv, &mut w)
                .and_then(|_| w.flush().map_err(StreamError::Write));
            match written {
                Ok(()) => {}
                // A reader that stopped early (`| head`) is not a failure of ours.
                Err(StreamError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {}
                Err(StreamError::Write(e)) => return Err(io_error(Path::new("-"), e)),
                Err(StreamError::Read(e)) => return Err(e),
            }
        }
        Some(path) => {
            let out = Output::create(path)?;
            let mut records = 0;
            let mut read_error = None;
            out.finish(
                |w| match stream::write(&ctx.svc, what, &filter, &ctx.user, csv, w) {
                    Ok(n) => {
                        records = n;
                        Ok(())
                    }
                    Err(StreamError::Write(e)) => Err(e),
                    Err(StreamError::Read(e)) => {
                        // Not renamed over FILE: the half-written FILE.tmp is removed.
                        read_error = Some(e);
                        Err(io::Error::other("reading the database failed"))
                    }
                },
            )
            .map_err(|e| read_error.take().unwrap_or(e))?;
            eprintln!(
                "{}",
                trf(ctx.lang, "export.written", &[&path.display(), &records])
            );
        }
    }
    Ok(0)
}

fn io_error(path: &Path, source: io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        source,
    }
}

/// `-o FILE`: written to `FILE.tmp`, then renamed over `FILE`, so a reader (or a crash)
/// never sees half an export. The temporary file is made first: a path that cannot be
/// written is bad input, found before anything is read; it is removed on any failure.
struct Output {
    path: PathBuf,
    tmp: PathBuf,
    file: Option<File>,
}

impl Output {
    fn create(path: &Path) -> Result<Output> {
        let refuse =
            |why: &dyn std::fmt::Display| bad("export.err.output", &[&path.display(), why]);
        if path.is_dir() {
            return Err(refuse(&io::Error::from(io::ErrorKind::IsADirectory)));
        }
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)
            .map_err(|e| refuse(&e))?;
        Ok(Output {
            path: path.to_owned(),
            tmp,
            file: Some(file),
        })
    }

    fn finish(mut self, body: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
        let Some(file) = self.file.take() else {
            return Ok(());
        };
        let mut w = BufWriter::new(file);
        let written = body(&mut w)
            .and_then(|()| w.flush())
            .and_then(|()| w.get_ref().sync_all());
        drop(w);
        written
            .and_then(|()| fs::rename(&self.tmp, &self.path))
            .map_err(|e| io_error(&self.path, e))?;
        // Renamed: nothing left to clean up.
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl Drop for Output {
    /// An export that failed or was never finished leaves no temporary file behind.
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            self.file.take();
            let _ = fs::remove_file(&self.tmp);
        }
    }
}
