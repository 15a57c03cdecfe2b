//! `lejek config path|show|init` (issue 9).

use std::io::Write;
use std::path::Path;

use clap::Subcommand;
use serde_json::{Value, json};

use crate::config::{Settings, Source, VIEWS, color_name};
use crate::i18n::{Lang, Message, tr, trf};
use crate::render::Format;
use crate::service::{Error, Result};

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Where the configuration file is (whether or not it exists).
    Path,
    /// Every setting in effect and where it came from: flag, environment, config file
    /// (with the line) or default.
    Show {
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Write a commented example configuration file (never over an existing one: exit 2).
    Init,
}

pub fn run(c: ConfigCmd, settings: &Settings, lang: Lang) -> Result<i32> {
    match c {
        ConfigCmd::Path => {
            println!("{}", path_of(settings)?.display());
            Ok(0)
        }
        ConfigCmd::Show { format } => {
            show(settings, lang, format);
            Ok(0)
        }
        ConfigCmd::Init => init(path_of(settings)?, lang),
    }
}

fn path_of(settings: &Settings) -> Result<&Path> {
    settings
        .file_path()
        .ok_or_else(|| super::bad("config.err.no_path", &[]))
}

/// One line of `config show`.
struct Row {
    setting: String,
    value: String,
    source: Source,
}

fn rows(s: &Settings) -> Vec<Row> {
    let row = |setting: &str, value: String, source: &Source| Row {
        setting: setting.to_owned(),
        value,
        source: source.clone(),
    };
    let mut rows = Vec::new();
    if let Some(f) = &s.file {
        let path = f.path.value.display().to_string();
        rows.push(row("config", path, &f.path.source));
    }
    let db = s.database.value.display().to_string();
    rows.push(row("database", db, &s.database.source));
    let lang = match s.language.value {
        Lang::En => "en",
        Lang::Pl => "pl",
    };
    rows.push(row("language", lang.to_owned(), &s.language.source));
    let color = color_name(s.color.value).to_owned();
    rows.push(row("color", color, &s.color.source));
    let dates = s.date_format.value.name().to_owned();
    rows.push(row("date_format", dates, &s.date_format.source));
    rows.push(row(
        "currency",
        s.currency.value.clone(),
        &s.currency.source,
    ));
    for (of, key) in VIEWS {
        let (text, source) = match s.filters.default_for(of) {
            Some(e) => (e.text.clone(), Source::File { line: e.line }),
            None => (String::new(), Source::Default),
        };
        rows.push(row(&format!("default_filter.{key}"), text, &source));
    }
    for (name, e) in s.filters.saved() {
        let source = Source::File { line: e.line };
        rows.push(row(
            &format!("saved_filters.{name}"),
            e.text.clone(),
            &source,
        ));
    }
    // How e-mail and SMS leave (issue 8): passwords and tokens show where they are read
    // from, never what they are.
    for (setting, value, source) in s.messaging.rows() {
        rows.push(row(&setting, value, &source));
    }
    rows
}

/// Where a value came from, in words.
fn source_text(source: &Source, file: &str, lang: Lang) -> String {
    match source {
        Source::Flag(f) => trf(lang, "config.source.flag", &[f]),
        Source::Env(v) => trf(lang, "config.source.env", &[v]),
        Source::File { line } => trf(lang, "config.source.file", &[&file, line]),
        Source::Default => tr(lang, "config.source.default").to_owned(),
    }
}

fn source_json(source: &Source, file: &str) -> Value {
    match source {
        Source::Flag(f) => json!({"source": "flag", "name": f}),
        Source::Env(v) => json!({"source": "env", "name": v}),
        Source::File { line } => json!({"source": "file", "file": file, "line": line}),
        Source::Default => json!({"source": "default"}),
    }
}

fn show(s: &Settings, lang: Lang, format: Format) {
    let file = s
        .file_path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let rows = rows(s);
    match format {
        Format::Json => {
            let items: Vec<Value> = rows
                .iter()
                .map(|r| {
                    let mut v = json!({"setting": r.setting, "value": r.value});
                    if let (Value::Object(o), Value::Object(from)) =
                        (&mut v, source_json(&r.source, &file))
                    {
                        o.extend(from);
                    }
                    v
                })
                .collect();
            println!("{}", crate::render::json(&items));
        }
        Format::Csv => {
            let data: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let (kind, name, line) = match &r.source {
                        Source::Flag(f) => ("flag", (*f).to_owned(), String::new()),
                        Source::Env(v) => ("env", (*v).to_owned(), String::new()),
                        Source::File { line } => ("file", file.clone(), line.to_string()),
                        Source::Default => ("default", String::new(), String::new()),
                    };
                    vec![
                        r.setting.clone(),
                        r.value.clone(),
                        kind.to_owned(),
                        name,
                        line,
                    ]
                })
                .collect();
            let headers = ["setting", "value", "source", "name", "line"];
            print!("{}", crate::render::table::csv(&headers, &data));
        }
        Format::Table => {
            let headers = [
                "config.col.setting",
                "config.col.value",
                "config.col.source",
            ]
            .map(|k| tr(lang, k).to_owned());
            let exists = s.file.as_ref().is_some_and(|f| f.exists);
            let data: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let value = match r.setting.as_str() {
                        "config" if !exists => trf(lang, "config.show.missing", &[&r.value]),
                        _ => r.value.clone(),
                    };
                    vec![
                        r.setting.clone(),
                        crate::render::safe(&value),
                        source_text(&r.source, &file, lang),
                    ]
                })
                .collect();
            println!("{}", crate::render::table::table(&headers, &data));
        }
    }
}

/// Write the commented example, creating the directory; an existing file is left alone.
fn init(path: &Path, lang: Lang) -> Result<i32> {
    let io = |e: std::io::Error| Error::Io {
        path: path.display().to_string(),
        source: e,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    // create_new: the check and the creation are one step, so a file made meanwhile is
    // never overwritten either.
    let mut f = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::Invalid(
                Message::new("config.err.exists").arg(path.display()),
            ));
        }
        Err(e) => return Err(io(e)),
    };
    f.write_all(crate::config::example(lang).as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(io)?;
    eprintln!("{}", trf(lang, "config.init.done", &[&path.display()]));
    Ok(0)
}
