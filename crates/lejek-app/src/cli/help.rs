//! The command tree as the user reads it (issue 9): every subcommand's examples under a
//! heading, in the user's language, in the colours asked for. The parser, the completion
//! scripts and the man pages all take the tree from here, so they say the same.
//!
//! Clap's derive strings are static, and `--lang` is one of the arguments being parsed, so
//! the language and colour are read from the raw arguments first and the built tree is worded
//! from the catalogues (`help_texts.rs`) before clap parses with it.

use clap::builder::StyledStr;
use clap::{ColorChoice, FromArgMatches};

use super::Cli;
use super::command_tree::for_each_command;
use super::help_texts;
use crate::i18n::{Lang, tr};

/// Parse the process's arguments with the tree of [`command`]; on bad usage, `--help` or
/// `--version` clap prints (in the user's language where it can) and exits.
pub fn parse_args() -> Cli {
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Most command lines parse. Clap needs the tree's words only when it prints (help,
    // version, bad usage), and wording it walks the whole tree after reading the config
    // file's language: done only then, so a command that runs does not wait for it.
    if let Ok(mut matches) = super::command().try_get_matches_from(&raw)
        && let Ok(cli) = Cli::from_arg_matches_mut(&mut matches)
    {
        return cli;
    }
    // Lossy: only `--lang` and `--color` are looked at here; clap parses the real ones.
    let args: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // --lang, LEJEK_LANG, the config file's `language`, then LANG: the order `lejek config
    // show` reports, so --help speaks the language every other message does.
    let explicit = flag_value(&args, "--lang")
        .or_else(|| std::env::var("LEJEK_LANG").ok().filter(|v| !v.is_empty()));
    let lang = match explicit {
        Some(v) => Lang::detect(Some(&v)),
        None => {
            let config = flag_value(&args, "--config")
                .map(std::path::PathBuf::from)
                .or_else(|| std::env::var_os("LEJEK_CONFIG").map(std::path::PathBuf::from));
            crate::config::Settings::file_language(config).unwrap_or_else(|| Lang::detect(None))
        }
    };
    let mut cmd = command(lang);
    if let Some(choice) = flag_value(&args, "--color").and_then(|c| color_choice(&c)) {
        // On every command: the Polish tree is already built, past clap's propagation.
        cmd = for_each_command(cmd, "", &|_, c| c.color(choice));
    }
    let mut matches = cmd.clone().get_matches_from(raw);
    Cli::from_arg_matches_mut(&mut matches).unwrap_or_else(|e| e.format(&mut cmd).exit())
}

/// The whole command tree with its examples, in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    localised(super::command(), lang)
}

/// `cmd` (the tree of [`super::command`], perhaps adjusted) with its words and examples in
/// `lang`, from the catalogues (`help_texts.rs`).
pub fn localised(cmd: clap::Command, lang: Lang) -> clap::Command {
    let cmd = help_texts::apply(cmd, lang);
    let heading = tr(lang, "help.heading.examples");
    for_each_command(cmd, "", &|_, c| with_heading(c, heading))
}

/// The example lines of a command (without the heading), for the man pages.
pub fn examples(cmd: &clap::Command) -> Vec<String> {
    cmd.get_after_help()
        .map(|h| h.to_string().lines().skip(1).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The examples under a heading styled like clap's own ("Options:"), so they read as one
/// more section of the help.
fn with_heading(cmd: clap::Command, heading: &str) -> clap::Command {
    let Some(examples) = cmd.get_after_help() else {
        return cmd;
    };
    let style = cmd.get_styles().get_header();
    let text = format!(
        "{}{heading}:{}\n{}",
        style.render(),
        style.render_reset(),
        examples.ansi()
    );
    cmd.after_help(StyledStr::from(text))
}

/// The value of `--name VALUE` or `--name=VALUE` among `args`, before any `--`: what clap
/// will see, read early because it decides how clap's own output looks.
fn flag_value(args: &[String], name: &str) -> Option<String> {
    let mut it = args.iter().skip(1).take_while(|a| *a != "--");
    while let Some(a) = it.next() {
        if a == name {
            return it.next().cloned();
        }
        if let Some(v) = a.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_owned());
        }
    }
    None
}

/// `--color always|never` for clap's help and errors; `auto` (and anything clap will
/// refuse) leaves clap's own detection, which honours NO_COLOR and the terminal.
fn color_choice(value: &str) -> Option<ColorChoice> {
    match value {
        "always" => Some(ColorChoice::Always),
        "never" => Some(ColorChoice::Never),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn flag_value_reads_both_spellings_and_stops_at_double_dash() {
        assert_eq!(
            flag_value(&args("lejek --lang pl deal list"), "--lang").as_deref(),
            Some("pl")
        );
        assert_eq!(
            flag_value(&args("lejek deal list --lang=en"), "--lang").as_deref(),
            Some("en")
        );
        assert_eq!(
            flag_value(&args("lejek deal note 1 -- --lang"), "--lang"),
            None
        );
        assert_eq!(flag_value(&args("lejek deal list --lang"), "--lang"), None);
    }

    #[test]
    fn every_command_has_examples_in_both_languages() {
        for lang in [Lang::En, Lang::Pl] {
            for_each_command(command(lang), "", &|path, c| {
                // Clap's `help` commands, and the mirrors under them, only point at these.
                if !c.is_hide_set() && !path.split(' ').any(|w| w == "help") {
                    assert!(
                        !examples(&c).is_empty(),
                        "{lang:?}: `{path}` has no examples"
                    );
                }
                c
            });
        }
    }

    /// `--help` of `lejek` and of `deal add`, as clap renders it (no colours).
    fn help(lang: Lang, path: &[&str]) -> String {
        let mut cmd = command(lang);
        let mut sub = &mut cmd;
        for name in path {
            sub = sub
                .find_subcommand_mut(name)
                .expect("a command of the tree");
        }
        sub.render_help().to_string()
    }

    /// Where `needles` are in `text`, in their order; fails on a missing one.
    fn in_order(text: &str, needles: &[&str]) {
        let mut from = 0;
        for n in needles {
            match text[from..].find(n) {
                Some(at) => from += at + n.len(),
                None => panic!("{n:?} missing (or out of order) in:\n{text}"),
            }
        }
    }

    #[test]
    fn the_top_level_help_reads_as_before_in_both_languages() {
        let en = help(Lang::En, &[]);
        in_order(
            &en,
            &[
                "A CRM that lives in the terminal\n\nUsage: lejek [OPTIONS] [COMMAND]",
                "\nCommands:\n  init ",
                "  deal         Deals\n",
                "  help         Print this message or the help of the given subcommand(s)\n",
                "\nOptions:\n  -h, --help     Print help\n  -V, --version  Print version\n",
                "\nGlobal options:\n      --db <DB>          Database directory (default: $LEJEK_DB",
                "\nExamples:\n  lejek init  ",
            ],
        );
        let pl = help(Lang::Pl, &[]);
        in_order(
            &pl,
            &[
                "CRM, który mieszka w terminalu\n\nUżycie: lejek [OPTIONS] [COMMAND]",
                "\nPolecenia:\n  init ",
                "  deal         Interesy\n",
                "  help         Pokaż tę pomoc albo pomoc podanego polecenia\n",
                // At the top the global options are listed with the others, under one heading.
                "\nOpcje:\n      --db <DB>          Katalog bazy (domyślnie: $LEJEK_DB",
                "  -h, --help             Pokaż pomoc\n  -V, --version          Pokaż wersję\n",
                "\nPrzykłady:\n  lejek init  ",
            ],
        );
        assert!(!pl.contains("Opcje ogólne"), "{pl}");
    }

    #[test]
    fn deal_add_help_reads_as_before_in_both_languages() {
        let en = help(Lang::En, &["deal", "add"]);
        in_order(
            &en,
            &[
                "Add a deal; prints its id\n\nUsage: lejek deal add [OPTIONS] --contact <CONTACT>",
                "\nOptions:\n      --contact <CONTACT>          The contact's id\n",
                "      --value <VALUE>              Money, e.g. 1200, \"12 500,00\", 1234.56\n",
                "  -h, --help                       Print help\n",
                "\nGlobal options:\n      --db <DB>  ",
                "\nExamples:\n  lejek deal add --contact 1 --title \"A5 flyers\"",
            ],
        );
        let pl = help(Lang::Pl, &["deal", "add"]);
        in_order(
            &pl,
            &[
                "Dodaj interes; wypisuje jego numer\n\nUżycie: lejek deal add [OPTIONS] --contact <CONTACT>",
                "\nOpcje:\n      --contact <CONTACT>          Numer kontaktu\n",
                "      --value <VALUE>              Kwota, np. 1200, \"12 500,00\", 1234.56\n",
                "  -h, --help                       Pokaż pomoc\n",
                "\nOpcje ogólne:\n      --db <DB>  ",
                "\nPrzykłady:\n  lejek deal add --contact 1 --title \"Ulotki A5\"",
            ],
        );
    }

    #[test]
    fn positional_arguments_keep_their_order_under_a_heading_of_the_language() {
        let pl = help(Lang::Pl, &["template", "edit"]);
        in_order(
            &pl,
            &[
                "\nArgumenty:\n  <TEMPLATE>  Nazwa szablonu\n",
                "\nOpcje:\n",
                "\nOpcje ogólne:\n",
            ],
        );
        let en = help(Lang::En, &["template", "edit"]);
        in_order(
            &en,
            &[
                "\nArguments:\n  <TEMPLATE>  The template's name\n",
                "\nOptions:\n",
                "\nGlobal options:\n",
            ],
        );
    }
}
