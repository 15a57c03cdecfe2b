//! `lejek man [-o DIR]` (issue 9): a man page for lejek and one for every subcommand
//! (`lejek.1`, `lejek-deal.1`, `lejek-deal-add.1`...), from the same command tree as
//! `--help`, examples included, in the user's language where clap_mangen allows.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use clap_mangen::Man;

use super::bad;
use super::command_tree::for_each_command;
use crate::i18n::{Lang, trf};
use crate::service::Result;

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Directory to write the pages into (default: the current directory).
    #[arg(short = 'o', long = "out")]
    pub out: Option<std::path::PathBuf>,
}

pub fn run(a: ManArgs, lang: Lang) -> Result<i32> {
    let dir = a.out.unwrap_or_else(|| PathBuf::from("."));
    let unwritable = |e: std::io::Error| bad("err.man_dir", &[&dir.display(), &e]);
    std::fs::create_dir_all(&dir).map_err(unwritable)?;
    // Built first so each subcommand knows its full name (`lejek-deal-add`), which names
    // its page. Clap's `help` subcommands only repeat `--help`: no pages, and not listed
    // (the Polish tree is built already, with them in it).
    let mut cmd = super::help::command(lang).disable_help_subcommand(true);
    cmd.build();
    let cmd = for_each_command(cmd, "", &|_, c| {
        c.mut_subcommands(|s| match s.get_name() {
            "help" => s.hide(true),
            _ => s,
        })
    });
    // Every page's footer names the program and its version (the subcommands have none).
    let source = concat!("lejek ", env!("CARGO_PKG_VERSION"));
    let written = write_pages(cmd, source, &dir).map_err(unwritable)?;
    super::progress::summary(trf(lang, "man.done", &[&written, &dir.display()]));
    Ok(0)
}

/// The pages of `cmd` and its visible subcommands; how many were written.
fn write_pages(cmd: clap::Command, source: &str, dir: &Path) -> std::io::Result<usize> {
    let mut written = 0;
    for sub in cmd.get_subcommands() {
        if !sub.is_hide_set() {
            written += write_pages(sub.clone(), source, dir)?;
        }
    }
    // The sections `Man::render` would write, with the examples in place of its filled
    // after-help paragraph; each only when there is something to put in it.
    let examples = super::help::examples(&cmd);
    let has_options = cmd.get_arguments().any(|a| !a.is_hide_set());
    let has_subcommands = cmd.get_subcommands().any(|s| !s.is_hide_set());
    let has_version = cmd.get_version().is_some();
    let man = Man::new(cmd).source(source);
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    if has_options {
        man.render_options_section(&mut page)?;
    }
    if has_subcommands {
        man.render_subcommands_section(&mut page)?;
    }
    write_examples(&mut page, &examples)?;
    if has_version {
        man.render_version_section(&mut page)?;
    }
    std::fs::write(dir.join(man.get_filename()), page)?;
    Ok(written + 1)
}

/// The examples as written, one a line (clap_mangen's own after-help section would fill
/// them into one paragraph).
fn write_examples(page: &mut Vec<u8>, examples: &[String]) -> std::io::Result<()> {
    if examples.is_empty() {
        return Ok(());
    }
    writeln!(page, ".SH EXAMPLES\n.nf")?;
    for line in examples {
        writeln!(page, "\\&{}", roff_escape(line))?;
    }
    writeln!(page, ".fi")
}

/// A line of text as roff shows it literally: a backslash is `\e`, and a hyphen `\-` so an
/// option copied from the page is still `--option`.
fn roff_escape(line: &str) -> String {
    line.replace('\\', "\\e").replace('-', "\\-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_literal_in_roff() {
        assert_eq!(
            roff_escape(r#"lejek deal add --title "A" \"#),
            r#"lejek deal add \-\-title "A" \e"#
        );
    }
}
