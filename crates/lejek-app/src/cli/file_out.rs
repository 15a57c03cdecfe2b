//! Attached files taken back out (issue 18 item 7): `deal file list|get` and `campaign file
//! list|get` share these steps (handlers do not call each other). The bytes come from the
//! content-addressed store and are checked against their hash on the way out.

use std::io::Write;
use std::path::Path;

use super::args::FileOut;
use super::bad;
use super::context::Context;
use crate::i18n::tr;
use crate::model::EntityRef;
use crate::render::columns::time;
use crate::render::{Format, json, table};
use crate::service::{Error, Result, files};

/// The record's files: id, name, size, who attached it, when.
pub fn list(ctx: &Context, on: EntityRef, format: Format) -> Result<i32> {
    let files = ctx.svc.attachments(on)?;
    let l = ctx.lang;
    match format {
        Format::Json => println!("{}", json(&files)),
        Format::Csv | Format::Table => {
            let rows: Vec<Vec<String>> = files
                .iter()
                .map(|f| {
                    let when = match format {
                        Format::Csv => f.created.to_rfc3339(),
                        _ => time(f.created, l),
                    };
                    vec![
                        f.id.to_string(),
                        f.name.clone(),
                        f.size.to_string(),
                        f.added_by.clone(),
                        when,
                    ]
                })
                .collect();
            if format == Format::Csv {
                let ids = ["id", "name", "size", "added_by", "created"];
                print!("{}", table::csv(&ids, &rows));
            } else {
                let keys = [
                    "col.id",
                    "col.name",
                    "col.size",
                    "col.added_by",
                    "col.created",
                ];
                let headers: Vec<String> = keys.iter().map(|k| tr(l, k).to_owned()).collect();
                println!("{}", table::table(&headers, &rows));
            }
        }
    }
    Ok(0)
}

/// Write one attached file to `out.output` (`-` is stdout). A file already there is kept
/// unless `--force`; the copy goes to a temporary name beside it and takes the real name
/// only once its hash matched, so a damaged store never leaves a half-written file.
pub fn get(ctx: &Context, on: EntityRef, out: &FileOut) -> Result<i32> {
    let (a, stored) = ctx.svc.attachment(on, &out.file)?;
    if out.output == Path::new("-") {
        // Checked first: bytes already on stdout cannot be taken back.
        files::verify(&stored, &a.sha256, &a.name)?;
        let mut stdout = std::io::stdout().lock();
        files::copy_verified(&stored, &a.sha256, &a.name, &mut stdout)?;
        stdout.flush().map_err(|source| Error::Io {
            path: "-".into(),
            source,
        })?;
        return Ok(0);
    }
    let dest = &out.output;
    if dest.is_dir() {
        return Err(bad("err.output_is_dir", &[&dest.display()]));
    }
    if dest.exists() && !out.force {
        return Err(bad("err.output_exists", &[&dest.display()]));
    }
    let tmp = temp_beside(dest);
    let io = |source| Error::Io {
        path: dest.display().to_string(),
        source,
    };
    let written = std::fs::File::create(&tmp).map_err(io).and_then(|mut f| {
        files::copy_verified(&stored, &a.sha256, &a.name, &mut f)?;
        f.sync_all().map_err(io)
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, dest).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })?;
    Ok(0)
}

/// `.<name>.<pid>.part` in the target's directory, so the final rename stays on one disk.
fn temp_beside(dest: &Path) -> std::path::PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.{}.part", std::process::id()))
}
