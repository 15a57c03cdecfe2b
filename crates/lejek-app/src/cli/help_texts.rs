//! The words of `--help` from the catalogues (issue 16 item 5), in every language alike: each
//! command's description (`help.<path>.about`) and examples (`help.<path>.after`, one a line,
//! flush left), each argument's help (`help.<path>.arg.<id>`, the global ones at the top:
//! `help.arg.<id>`), and clap's own headings and flags (`help.heading.*`, `help.builtin.*`).
//! The doc comments of the derive are the developers' notes; a test keeps the English
//! catalogue saying what they say.

use clap::Command;

use super::command_tree::for_each_command;
use crate::i18n::{Lang, tr, tr_dynamic};

/// The catalogue key of a part of the command at `path` ("deal add"): `help.deal.add.about`,
/// `help.deal.add.arg.value`; the top level's are `help.about`, `help.arg.db`. A '-' in a
/// command's name is '_' in its key (`help.campaign.add_deals.about`): keys are `[a-z0-9_.]`,
/// because '-' stands for '.' in the Fluent ids of the catalogues (issue 21).
pub fn key(path: &str, part: &str) -> String {
    match path {
        "" => format!("help.{part}"),
        _ => format!("help.{}.{part}", path.replace(' ', ".").replace('-', "_")),
    }
}

/// The catalogue's text of a part of a command; None when the catalogue lacks it (the command
/// then keeps what the derive says; a test keeps that from happening).
fn text(lang: Lang, path: &str, part: &str) -> Option<String> {
    tr_dynamic(lang, &key(path, part))
}

/// Example lines as the help shows them, indented under their heading (the catalogues keep
/// them flush left, which is how a translator or a Fluent file writes them).
fn indented(examples: &str) -> String {
    let lines: Vec<String> = examples
        .lines()
        .map(|l| match l {
            "" => String::new(),
            _ => format!("  {l}"),
        })
        .collect();
    lines.join("\n")
}

/// `cmd` (the whole tree) in `lang`, built first so clap's own `--help`, `--version` and
/// `help` exist to be worded.
pub fn apply(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    for_each_command(cmd, "", &|path, c| command(lang, path, c))
}

/// One command's description, examples and layout, and its arguments' help.
fn command(lang: Lang, path: &str, mut cmd: Command) -> Command {
    // `lejek help deal add` describes `deal add`: the mirror's path without its `help`.
    let mirrored = path
        .split(' ')
        .filter(|w| *w != "help")
        .collect::<Vec<_>>()
        .join(" ");
    if cmd.get_name() == "help" {
        cmd = cmd.about(tr(lang, "help.builtin.help_command"));
    } else {
        if let Some(about) = text(lang, &mirrored, "about") {
            cmd = cmd.about(about).long_about(None);
        }
        if mirrored == path
            && let Some(examples) = text(lang, path, "after")
        {
            cmd = cmd.after_help(indented(&examples));
        }
    }
    let template = template(&cmd, lang);
    let headings = Headings::new(lang, path.is_empty());
    if let Some(heading) = headings.commands {
        cmd = cmd.subcommand_help_heading(heading);
    }
    let mut position = 0;
    cmd.help_template(template).mut_args(|mut a| {
        if a.is_positional() {
            position += 1;
        }
        if let Some(heading) = headings.of(&a) {
            if a.is_positional() {
                // Sorted like options under a heading: keep them in the order they are typed.
                a = a.display_order(position);
            }
            a = a.help_heading(heading);
        }
        let help = match a.get_id().as_str() {
            "help" => Some(tr(lang, "help.builtin.help").to_owned()),
            "version" => Some(tr(lang, "help.builtin.version").to_owned()),
            id if a.is_global_set() => text(lang, "", &format!("arg.{id}")),
            id => text(lang, &mirrored, &format!("arg.{id}")),
        };
        match help {
            Some(help) if !a.is_hide_set() => a.help(help).long_help(None),
            _ => a,
        }
    })
}

/// The headings of the sections: the subcommands' and each argument's.
struct Headings {
    commands: Option<&'static str>,
    arguments: Option<&'static str>,
    options: Option<&'static str>,
    global: &'static str,
}

impl Headings {
    /// Clap lists its own sections ("Arguments", "Options") first and custom ones after, in
    /// the order they are first used, and names the man pages' section of subcommands after
    /// its own heading; so a section is given a heading only where the language names it
    /// otherwise than clap does, which keeps clap's order and pages where it can.
    fn new(lang: Lang, top: bool) -> Headings {
        let own = |key: &'static str, clap: &str| Some(tr(lang, key)).filter(|h| *h != clap);
        Headings {
            commands: own("help.heading.commands", "Commands"),
            arguments: own("help.heading.arguments", "Arguments"),
            options: own("help.heading.options", "Options"),
            global: match top {
                true => tr(lang, "help.heading.global_top"),
                false => tr(lang, "help.heading.global"),
            },
        }
    }

    /// The section `a` is listed under; None: clap's own.
    fn of(&self, a: &clap::Arg) -> Option<&'static str> {
        if a.is_positional() {
            self.arguments
        } else if a.is_global_set() {
            Some(self.global)
        } else {
            self.options
        }
    }
}

/// Clap's default help layout with its "Usage:" in `lang` (only a template can word it),
/// styled as clap styles it.
fn template(cmd: &Command, lang: Lang) -> String {
    let usage = cmd.get_styles().get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        tr(lang, "help.heading.usage"),
        usage.render_reset()
    )
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::keys;

    /// Arguments shown without help, in every language as before the catalogues had them:
    /// their command's usage line and description say what they are.
    const WITHOUT_HELP: &[&str] = &[
        "help.report.arg.format",
        "help.import.contacts.arg.file",
        "help.import.deals.arg.file",
        "help.import.all.arg.file",
        "help.config.show.arg.format",
    ];

    /// The words clap's own parts take, whatever the commands are.
    const BUILTIN: &[&str] = &[
        "help.heading.usage",
        "help.heading.commands",
        "help.heading.arguments",
        "help.heading.options",
        "help.heading.global",
        "help.heading.global_top",
        "help.heading.examples",
        "help.builtin.help",
        "help.builtin.version",
        "help.builtin.help_command",
    ];

    /// Each part of the derive's tree (built: globals in every command, clap's own flags and
    /// `help` mirrors, which are skipped) with its key and what the derive says of it.
    fn derive_texts() -> Vec<(String, Option<String>)> {
        let mut cmd = crate::cli::command();
        cmd.build();
        let parts = RefCell::new(Vec::new());
        for_each_command(cmd, "", &|path, c| {
            if path.split(' ').any(|w| w == "help") {
                return c;
            }
            let mut parts = parts.borrow_mut();
            parts.push((key(path, "about"), c.get_about().map(ToString::to_string)));
            // Examples for every command a user is shown (some have none in the derive).
            if !c.is_hide_set() {
                let examples = c.get_after_help().map(ToString::to_string);
                parts.push((key(path, "after"), examples));
            }
            for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = a.get_id().as_str();
                let own = !a.is_global_set() || path.is_empty();
                if id != "help" && id != "version" && own {
                    let help = a.get_help().map(ToString::to_string);
                    parts.push((key(path, &format!("arg.{id}")), help));
                }
            }
            c
        });
        parts.into_inner()
    }

    #[test]
    fn every_command_and_argument_has_its_keys_in_both_catalogues() {
        let parts = derive_texts();
        let used: BTreeSet<&str> = parts.iter().map(|(k, _)| k.as_str()).collect();
        assert!(
            used.contains("help.deal.add.arg.value"),
            "the walk sees arguments"
        );
        // Two parts on one key (a command named like a part) would say the same thing.
        assert_eq!(used.len(), parts.len(), "two parts share a key");
        assert!(
            BUILTIN.iter().all(|k| !used.contains(k)),
            "a part on a builtin key"
        );
        for lang in [Lang::En, Lang::Pl] {
            let have: BTreeSet<&str> = keys(lang).filter(|k| k.starts_with("help.")).collect();
            let missing: Vec<_> = parts
                .iter()
                .map(|(k, _)| k.as_str())
                .filter(|k| !have.contains(k) && !WITHOUT_HELP.contains(k))
                .collect();
            assert!(missing.is_empty(), "{lang:?}: no text for {missing:#?}");
            let given: Vec<_> = WITHOUT_HELP.iter().filter(|k| have.contains(*k)).collect();
            assert!(
                given.is_empty(),
                "{lang:?}: has text now, not WITHOUT_HELP: {given:?}"
            );
            let stale: Vec<_> = have
                .iter()
                .filter(|k| !used.contains(*k) && !BUILTIN.contains(k))
                .collect();
            assert!(stale.is_empty(), "{lang:?}: text of nothing: {stale:#?}");
        }
    }

    /// The English catalogue is what users read, the doc comments are the developers': the
    /// two must not drift apart while both are there.
    #[test]
    fn the_english_catalogue_says_what_the_derive_says() {
        for (key, derive) in derive_texts() {
            let Some(derive) = derive else { continue };
            let mut catalogue = tr_dynamic(Lang::En, &key);
            if key.ends_with(".after") {
                catalogue = catalogue.as_deref().map(indented);
            }
            assert_eq!(
                catalogue.as_deref(),
                Some(derive.as_str()),
                "{key}: the doc comment or after_help says otherwise than catalog_help*_en.rs"
            );
        }
    }
}
