//! `lejek template add|edit|list|show|remove`: the e-mail and SMS templates of D12.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::context::Context;
use crate::comms::{kind_label, segments_text, sms};
use crate::i18n::tr;
use crate::model::{MessageKind, MessageTemplate};
use crate::render::history::first_line_within;
use crate::render::table::{csv, key_values, table};
use crate::render::{Format, json};
use crate::service::{Command, Result, TemplateDraft, TemplatePatch};

#[derive(Subcommand, Debug)]
pub enum TemplateCmd {
    /// Add an e-mail or SMS template; its placeholders are checked now, not when it is sent.
    #[command(after_help = concat!(
        "  lejek template add --kind email --name offer --subject \"Offer for {{contact.name}}\" \\\n",
        "        --body \"Good morning {{contact.first_name}}, {{deal.title}}: {{deal.value}}\"\n",
        "  lejek template add --kind sms --name reminder --body \"Reminder: {{deal.title}}, {{owner.name}}\"",
    ))]
    Add {
        /// email or sms.
        #[arg(long)]
        kind: String,
        /// The template's name, unique (what `send --template` takes).
        #[arg(long)]
        name: String,
        /// The e-mail's subject (e-mail only); may use placeholders.
        #[arg(long)]
        subject: Option<String>,
        /// The text, with placeholders such as {{contact.first_name}}.
        #[arg(long, conflicts_with = "body_file")]
        body: Option<String>,
        /// Read the text from FILE (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// A default attachment (e-mail only); repeat for more.
        #[arg(long = "attach", value_name = "FILE")]
        attach: Vec<PathBuf>,
        /// table or csv: print the new id; json: the whole template.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Change a template; with no changes given on a terminal, open it in $EDITOR.
    #[command(after_help = concat!(
        "  lejek template edit offer --subject \"Our offer: {{deal.title}}\"\n",
        "  lejek template edit offer --attach price-list.pdf --detach old-list.pdf\n",
        "  lejek template edit offer                     # in $EDITOR",
    ))]
    Edit {
        /// The template's name.
        template: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// A new subject (e-mail only).
        #[arg(long)]
        subject: Option<String>,
        /// A new text.
        #[arg(long, conflicts_with = "body_file")]
        body: Option<String>,
        /// Read the text from FILE (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        body_file: Option<PathBuf>,
        /// Add a default attachment (a file of the same name is replaced).
        #[arg(long = "attach", value_name = "FILE")]
        attach: Vec<PathBuf>,
        /// Remove the default attachment of this name.
        #[arg(long = "detach", value_name = "NAME")]
        detach: Vec<String>,
    },
    /// List the templates.
    #[command(after_help = concat!(
        "  lejek template list\n",
        "  lejek template list --format json",
    ))]
    List {
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// A template in full, with its placeholders and (SMS) its length in segments.
    #[command(after_help = concat!(
        "  lejek template show offer\n",
        "  lejek template show offer --format json",
    ))]
    Show {
        /// The template's name.
        template: String,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Remove a template (what was sent with it stays in the deals' histories).
    #[command(after_help = "  lejek template remove reminder")]
    Remove {
        /// The template's name.
        template: String,
    },
}

pub fn run(ctx: &Context, cmd: TemplateCmd) -> Result<i32> {
    match cmd {
        TemplateCmd::Add {
            kind,
            name,
            subject,
            body,
            body_file,
            attach,
            format,
        } => {
            let kind = MessageKind::parse(&kind)
                .ok_or_else(|| super::bad("err.bad_message_kind", &[&kind]))?;
            let body = match (body, body_file) {
                (Some(b), _) => b,
                (None, Some(f)) => read_body(&f)?,
                (None, None) => return Err(super::bad("err.template_no_body", &[])),
            };
            if kind == MessageKind::Sms && !attach.is_empty() {
                return Err(super::bad("err.sms_attachment", &[]));
            }
            let draft = TemplateDraft {
                kind,
                name,
                subject,
                body,
                attachments: Vec::new(),
            };
            // Check everything the service will before copying files into the store.
            ctx.svc.dry_run(Command::AddTemplate(draft.clone()))?;
            let draft = TemplateDraft {
                attachments: super::files::store_all(ctx, &attach)?,
                ..draft
            };
            let id = ctx
                .apply(Command::AddTemplate(draft))?
                .id
                .unwrap_or_default();
            ctx.print_created(id, format, || {
                Ok(json(&template_json(&ctx.svc.template(&id.to_string())?)))
            })
        }
        TemplateCmd::Edit {
            template,
            name,
            subject,
            body,
            body_file,
            attach,
            detach,
        } => {
            let body = match (body, body_file) {
                (Some(b), _) => Some(b),
                (None, Some(f)) => Some(read_body(&f)?),
                (None, None) => None,
            };
            let nothing = name.is_none()
                && subject.is_none()
                && body.is_none()
                && attach.is_empty()
                && detach.is_empty();
            let patch = if nothing {
                let t = ctx.svc.template(&template)?;
                if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
                    return Err(super::bad("err.template_edit_nothing", &[]));
                }
                super::template_editor::edit(&t, ctx.lang)?
            } else {
                TemplatePatch {
                    name,
                    subject,
                    body,
                    add_attachments: Vec::new(),
                    remove_attachments: detach,
                }
            };
            ctx.svc.dry_run(Command::UpdateTemplate {
                name: template.clone(),
                patch: patch.clone(),
            })?;
            let patch = TemplatePatch {
                add_attachments: super::files::store_all(ctx, &attach)?,
                ..patch
            };
            ctx.apply(Command::UpdateTemplate {
                name: template,
                patch,
            })?;
            Ok(0)
        }
        TemplateCmd::List { format } => list(ctx, format),
        TemplateCmd::Show { template, format } => show(ctx, &template, format),
        TemplateCmd::Remove { template } => {
            ctx.apply(Command::RemoveTemplate { name: template })?;
            Ok(0)
        }
    }
}

/// The body from a file, or from standard input for `-`.
fn read_body(path: &Path) -> Result<String> {
    let io = |source| crate::service::Error::Io {
        path: path.display().to_string(),
        source,
    };
    if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(io)?;
        return Ok(s);
    }
    let bytes = std::fs::read(path).map_err(|_| super::bad("err.no_file", &[&path.display()]))?;
    String::from_utf8(bytes).map_err(|_| super::bad("err.not_utf8", &[&path.display()]))
}

/// The JSON of a template (a contract for scripts: README "JSON field names").
pub fn template_json(t: &MessageTemplate) -> serde_json::Value {
    serde_json::json!({
        "id": t.id,
        "name": t.name,
        "kind": t.kind.as_str(),
        "subject": t.subject,
        "body": t.body,
        "attachments": t.attachments.iter().map(|f| serde_json::json!({
            "name": f.name, "sha256": f.sha256, "size": f.size,
        })).collect::<Vec<_>>(),
        "created": t.created.to_rfc3339(),
        "created_by": t.created_by,
    })
}

fn list(ctx: &Context, format: Format) -> Result<i32> {
    let all = ctx.svc.templates()?;
    match format {
        Format::Json => println!(
            "{}",
            json(&all.iter().map(template_json).collect::<Vec<_>>())
        ),
        Format::Csv | Format::Table => {
            let rows: Vec<Vec<String>> = all
                .iter()
                .map(|t| {
                    vec![
                        t.id.to_string(),
                        t.name.clone(),
                        match format {
                            Format::Csv => t.kind.as_str().to_owned(),
                            _ => kind_label(t.kind, ctx.lang).to_owned(),
                        },
                        t.subject
                            .clone()
                            .unwrap_or_else(|| first_line_within(&t.body, 61)),
                        t.attachments.len().to_string(),
                    ]
                })
                .collect();
            if format == Format::Csv {
                print!(
                    "{}",
                    csv(&["id", "name", "kind", "subject", "attachments"], &rows)
                );
            } else {
                let headers = ["col.id", "col.name", "col.kind", "col.subject", "col.files"]
                    .map(|k| tr(ctx.lang, k).to_owned());
                println!("{}", table(&headers, &rows));
            }
        }
    }
    Ok(0)
}

fn show(ctx: &Context, name: &str, format: Format) -> Result<i32> {
    let t = ctx.svc.template(name)?;
    let l = ctx.lang;
    if format == Format::Json {
        println!("{}", json(&template_json(&t)));
        return Ok(0);
    }
    let mut rows = vec![
        (tr(l, "col.id").to_owned(), t.id.to_string()),
        (tr(l, "col.name").to_owned(), t.name.clone()),
        (
            tr(l, "col.kind").to_owned(),
            kind_label(t.kind, l).to_owned(),
        ),
    ];
    if let Some(s) = &t.subject {
        rows.push((tr(l, "col.subject").to_owned(), s.clone()));
    }
    if !t.attachments.is_empty() {
        let files: Vec<String> = t
            .attachments
            .iter()
            .map(|f| format!("{} ({} B)", f.name, f.size))
            .collect();
        rows.push((tr(l, "col.files").to_owned(), files.join("\n")));
    }
    if t.kind == MessageKind::Sms {
        let s = sms::segments(&t.body);
        rows.push((tr(l, "col.length").to_owned(), segments_text(&s, l)));
    }
    match format {
        Format::Csv => {
            let (h, v): (Vec<String>, Vec<String>) = rows.into_iter().unzip();
            let h: Vec<&str> = h.iter().map(String::as_str).collect();
            print!("{}", csv(&h, &[v]));
        }
        _ => {
            println!("{}", key_values(&rows));
            println!("\n{}", crate::render::safe(&t.body));
        }
    }
    Ok(0)
}
