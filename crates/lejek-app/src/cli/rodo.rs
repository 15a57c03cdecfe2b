//! `lejek contact export-personal` and `lejek contact erase` (issue 20 item 4, RODO). The
//! service gathers and anonymises; this writes the document out and asks before an erase.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use super::context::Context;
use crate::i18n::{tr, trf};
use crate::render::safe;
use crate::service::{Command, Error, Result};

/// Everything held about person `id` as JSON, to `output` or standard output. A file is
/// made readable by its owner only: it is one person's data; an existing file is never
/// replaced (nor followed, if it is a link someone left there).
pub fn export(ctx: &Context, id: u64, output: Option<&Path>) -> Result<i32> {
    if let Some(path) = output
        && (path.exists() || path.is_symlink())
    {
        return Err(super::bad("err.output_exists", &[&path.display()]));
    }
    let doc = ctx.svc.personal_data(id)?;
    match output {
        None => println!("{doc}"),
        Some(path) => {
            let io = |source| Error::Io {
                path: path.display().to_string(),
                source,
            };
            use std::os::unix::fs::OpenOptionsExt;
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
                .map_err(io)?;
            f.write_all(doc.as_bytes()).map_err(io)?;
            f.write_all(b"\n").map_err(io)?;
        }
    }
    Ok(0)
}

/// Anonymise person `id`. On a terminal the user is asked first, naming the person, unless
/// `--yes`; a script (no terminal) has said what it wants by running the command.
pub fn erase(ctx: &Context, id: u64, yes: bool) -> Result<i32> {
    let c = ctx.svc.contact(id)?;
    let asked = !yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if asked {
        eprint!(
            "{} ",
            trf(
                ctx.lang,
                "erase.ask",
                &[&format!("#{id} {}", safe(&c.name))]
            )
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        let a = answer.trim().to_lowercase();
        if !["t", "tak", "y", "yes"].contains(&a.as_str()) {
            eprintln!("{}", tr(ctx.lang, "erase.cancelled"));
            return Ok(1);
        }
    }
    ctx.apply(Command::EraseContact { id })?;
    println!("{}", trf(ctx.lang, "erase.done", &[&id]));
    Ok(0)
}
