//! `lejek completions SHELL` and `lejek complete-values KIND` (issue 9).
//!
//! The script is clap_complete's, generated from the tree the parser uses (so it never
//! drifts from the real CLI), with the fixed choices a plain `String` argument hides (report
//! names, dictionaries, export sections...) made known to it. What only the database knows
//! (dictionary entries, logins) the bash script asks `lejek complete-values` for at the
//! moment of completion; the other shells complete the fixed choices only.

use std::io::Write;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, ValueEnum};
use clap_complete::Shell;

use super::bad;
use super::command_tree::for_each_command;
use super::context::Context;
use crate::i18n::Lang;
use crate::model::DictKind;
use crate::service::Result;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    pub shell: String,
}

#[derive(Args, Debug)]
pub struct ValuesArgs {
    /// users, templates, or a dictionary: contact-status, contact-source, end-reason,
    /// contact-role, deal-stage, deal-source, loss-reason.
    pub kind: String,
}

/// Which database values an option takes in bash: (option, top-level commands it means this
/// in, or none for every other, kind for `complete-values`). The first match wins, so a
/// command-specific line comes before the general one.
const FROM_DB: &[(&str, &[&str], &str)] = &[
    ("--source", &["contact"], "contact-source"),
    ("--source", &[], "deal-source"),
    ("--reason", &["contact"], "end-reason"),
    ("--reason", &[], "loss-reason"),
    ("--stage", &[], "deal-stage"),
    ("--status", &[], "contact-status"),
    ("--role", &[], "contact-role"),
    ("--unrole", &[], "contact-role"),
    ("--owner", &[], "users"),
    ("--assignee", &[], "users"),
    ("--user", &[], "users"),
    ("--template", &[], "templates"),
];

pub fn run(a: CompletionsArgs, lang: Lang) -> Result<i32> {
    let shell = <Shell as ValueEnum>::from_str(&a.shell, true).map_err(|_| {
        let all: Vec<String> = Shell::value_variants()
            .iter()
            .map(|s| s.to_string())
            .collect();
        bad("err.unknown_shell", &[&a.shell, &all.join(", ")])
    })?;
    // The choices before the translation, which builds the tree: a global argument's
    // choices must be there when clap copies it into every subcommand.
    let mut cmd = super::help::localised(with_fixed_choices(super::command()), lang);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "lejek", &mut out);
    if shell == Shell::Bash {
        out.extend(bash_from_db().as_bytes());
    }
    std::io::stdout()
        .write_all(&out)
        .map_err(|e| bad("err.io", &[&"stdout", &e]))?;
    Ok(0)
}

/// `lejek complete-values KIND`: the values a completion offers, one a line (retired
/// dictionary entries are no longer offered).
pub fn values(ctx: &Context, a: ValuesArgs) -> Result<i32> {
    let values: Vec<String> = if a.kind == "users" {
        ctx.svc.users()?.into_iter().map(|u| u.login).collect()
    } else if a.kind == "templates" {
        ctx.svc.templates()?.into_iter().map(|t| t.name).collect()
    } else {
        let kind = DictKind::parse(&a.kind).ok_or_else(|| {
            let all: Vec<&str> = ["users", "templates"]
                .into_iter()
                .chain(DictKind::ALL.iter().map(|k| k.as_str()))
                .collect();
            bad("err.complete_kind", &[&a.kind, &all.join(", ")])
        })?;
        ctx.svc
            .dict(kind)?
            .into_iter()
            .filter(|e| !e.retired)
            .map(|e| e.name)
            .collect()
    };
    for v in values {
        println!("{v}");
    }
    Ok(0)
}

/// Arguments typed as plain strings whose values are nevertheless a fixed set:
/// (command path, argument id, values).
fn fixed_choices() -> Vec<(&'static str, &'static str, Vec<PossibleValue>)> {
    let words = |w: &[&'static str]| w.iter().map(|w| PossibleValue::new(*w)).collect();
    let reports: Vec<&str> = crate::report::REPORTS
        .iter()
        .map(|(name, _)| *name)
        .collect();
    let dicts: Vec<&str> = DictKind::ALL.iter().map(|k| k.as_str()).collect();
    let shells = Shell::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .collect();
    let mut out = vec![
        ("", "lang", words(&["pl", "en"])),
        ("", "keymap", words(&["default", "arrows"])),
        ("report", "name", words(&reports)),
        ("report", "interval", words(&["month", "quarter", "year"])),
        ("report", "by", words(&["owner", "contact", "tag"])),
        ("report", "kind", words(&["company", "person"])),
        ("report", "stage_kind", words(&["open", "won", "lost"])),
        (
            "export",
            "what",
            words(&["contacts", "deals", "campaigns", "tasks", "all"]),
        ),
        ("completions", "shell", shells),
        ("contact add", "kind", words(&["company", "person"])),
        ("contact set", "kind", words(&["company", "person"])),
        ("task add", "kind", words(&["task", "meeting"])),
        ("task set", "kind", words(&["task", "meeting"])),
        ("template add", "kind", words(&["email", "sms"])),
        ("dict add", "stage_kind", words(&["open", "won", "lost"])),
        (
            "deal set",
            "clear",
            words(&[
                "next",
                "value",
                "source",
                "campaign",
                "offer",
                "description",
            ]),
        ),
        (
            "import deals",
            "contact_by",
            words(&["id", "nip", "email", "name"]),
        ),
    ];
    for dict_cmd in ["dict list", "dict add", "dict rename", "dict retire"] {
        out.push((dict_cmd, "kind", words(&dicts)));
    }
    out
}

/// The tree with [`fixed_choices`] as possible values (only for generating scripts: the
/// parser keeps taking the strings and saying in the user's language what is wrong).
fn with_fixed_choices(cmd: clap::Command) -> clap::Command {
    let choices = fixed_choices();
    for_each_command(cmd, "", &|path, mut c| {
        for (_, id, values) in choices.iter().filter(|(p, ..)| *p == path) {
            c = c.mut_arg(*id, |a| {
                a.value_parser(PossibleValuesParser::new(values.clone()))
            });
        }
        c
    })
}

/// Bash: a wrapper around clap's `_lejek` that completes the value of a [`FROM_DB`] option,
/// and the entry of `dict rename|retire KIND`, from `lejek complete-values`, through the
/// same binary and `--db` as the command line being typed.
fn bash_from_db() -> String {
    let mut cases = String::new();
    for (option, commands, kind) in FROM_DB {
        let pattern = match commands {
            [] => format!("*:{option}"),
            _ => commands
                .iter()
                .map(|c| format!("{c}:{option}"))
                .collect::<Vec<_>>()
                .join("|"),
        };
        cases += &format!("        {pattern}) kind={kind} ;;\n");
    }
    include_str!("completions.bash").replace("        @CASES@\n", &cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_choices_name_real_arguments() {
        let tree = crate::cli::command();
        for (path, id, _) in fixed_choices() {
            let cmd = path
                .split_whitespace()
                .try_fold(&tree, |c, name| c.find_subcommand(name));
            let cmd = cmd.unwrap_or_else(|| panic!("no command `{path}`"));
            assert!(
                cmd.get_arguments().any(|a| a.get_id() == id),
                "`{path}` has no argument `{id}`"
            );
        }
    }

    #[test]
    fn polish_scripts_offer_the_choices_of_global_options_in_subcommands() {
        let tree = with_fixed_choices(crate::cli::command());
        let mut cmd = crate::cli::help::localised(tree, Lang::Pl);
        let mut out = Vec::new();
        clap_complete::generate(Shell::Zsh, &mut cmd, "lejek", &mut out);
        let script = String::from_utf8(out).expect("utf-8");
        assert!(
            script.contains("Wynik\\: table, csv albo json"),
            "Polish descriptions"
        );
        let deal_add = script.find("(add)").expect("deal add in the script");
        assert!(
            script[deal_add..].contains(":(pl en)"),
            "--lang choices in a subcommand"
        );
    }
}
