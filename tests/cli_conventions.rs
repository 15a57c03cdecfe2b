//! The terminal's conventions (issue 9, items 1-3): completion scripts for every shell,
//! a man page for every command, and `--help` with a description and real examples in
//! English and Polish. Commands are enumerated from the real clap tree, so a new
//! subcommand without help, examples or a page fails here.

mod common;
use common::Db;

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use clap::{CommandFactory, FromArgMatches};
use lejek::cli::Cli;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "elvish", "powershell"];

/// `lejek ARGS...` with no database and a clean environment.
fn lejek(args: &[&str]) -> Output {
    Command::cargo_bin("lejek")
        .expect("binary")
        .env_clear()
        .env("NO_COLOR", "1")
        .env("LEJEK_LANG", "en")
        .args(args)
        .output()
        .expect("run lejek")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every visible subcommand, as the words that name it ("deal add").
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut p = path.to_vec();
            p.push(sub.get_name().to_owned());
            out.push(p.clone());
            walk(sub, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

#[test]
fn a_completion_script_for_every_shell() {
    for shell in SHELLS {
        let out = lejek(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(
            script.contains("lejek") && script.contains("campaign"),
            "{shell}: no commands in the script"
        );
    }
}

#[test]
fn bash_accepts_the_bash_script() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("lejek.bash");
    std::fs::write(&file, lejek(&["completions", "bash"]).stdout).expect("write script");
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&file)
        .output()
        .expect("bash");
    assert!(check.status.success(), "bash -n: {}", stderr(&check));
}

#[test]
fn an_unknown_shell_is_one_line_and_exit_2() {
    for lang in ["en", "pl"] {
        let out = lejek(&["--lang", lang, "completions", "tcsh"]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("tcsh") && err.contains("bash"), "{err}");
    }
}

/// The bash script asks the database for dictionary values and logins, through the same
/// binary and `--db` as the line being completed.
#[test]
fn bash_completes_values_from_the_database() {
    let db = Db::new_in_process();
    db.ok(&["user", "add", "piotr"]);
    db.ok(&[
        "template",
        "add",
        "--kind",
        "sms",
        "--name",
        "Przypomnienie grudzień",
        "--body",
        "x",
    ]);
    let bin = assert_cmd::cargo::cargo_bin("lejek");
    let dbdir = db.dir.path().display().to_string();
    let script = db.dir.path().join("lejek.bash");
    std::fs::write(&script, lejek(&["completions", "bash"]).stdout).expect("write script");
    // What bash does on Tab: the words so far, the one being completed last.
    let complete = |line: &str| -> Vec<String> {
        let probe = format!(
            "source {}\nCOMP_WORDS=({line})\nCOMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))\n\
             _lejek_from_db \"${{COMP_WORDS[0]}}\" \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
            script.display()
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(probe)
            .env("LEJEK_NO_SERVER", "1")
            .env("LEJEK_USER", "anna")
            .output()
            .expect("bash");
        stdout(&out).lines().map(str::to_owned).collect()
    };
    let prefix = format!("{} --db {dbdir}", bin.display());
    let stages = complete(&format!("{prefix} deal add --stage ''"));
    assert!(stages.contains(&"negotiation".to_owned()), "{stages:?}");
    let sources = complete(&format!("{prefix} contact add --source tr"));
    assert_eq!(sources, vec!["trade\\ fair"], "contact sources, escaped");
    let reasons = complete(&format!("{prefix} deal lose 1 --reason ''"));
    assert!(reasons.contains(&"no\\ budget".to_owned()), "{reasons:?}");
    let owners = complete(&format!("{prefix} deal set 1 --owner p"));
    assert_eq!(owners, vec!["piotr"]);
    // `--db=DIR ... --stage=neg`, as bash splits it at `=`.
    let split = format!("{} --db = {dbdir} deal add --stage = neg", bin.display());
    assert_eq!(complete(&split), vec!["negotiation"]);
    let entries = complete(&format!("{prefix} dict retire loss-reason pr"));
    assert_eq!(entries, vec!["price"]);
    // Templates (D12), by --template and as the name `template show|edit|remove` takes.
    let wanted = vec!["Przypomnienie\\ grudzień".to_owned()];
    assert_eq!(
        complete(&format!("{prefix} send sms --deal 1 --template P")),
        wanted
    );
    assert_eq!(complete(&format!("{prefix} template show ''")), wanted);
    // Anything else is clap's static completion: report names, subcommands.
    let reports = complete(&format!("{prefix} report fun"));
    assert_eq!(reports, vec!["funnel"]);
}

#[test]
fn a_man_page_for_every_command_that_renders() {
    let mut expected: Vec<String> = command_paths()
        .iter()
        .map(|p| format!("lejek-{}.1", p.join("-")))
        .collect();
    expected.push("lejek.1".to_owned());
    expected.sort();
    let man = which("man");
    for (lang, description) in [("en", "Add a deal"), ("pl", "Dodaj interes")] {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = lejek(&[
            "--lang",
            lang,
            "man",
            "-o",
            &dir.path().display().to_string(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let mut written: Vec<String> = std::fs::read_dir(dir.path())
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        written.sort();
        assert_eq!(written, expected, "({lang})");
        for name in &written {
            let page = dir.path().join(name);
            let title = name.trim_end_matches(".1");
            let roff = std::fs::read_to_string(&page).expect("read page");
            assert!(
                roff.lines().any(|l| l.starts_with(".TH ")),
                "{name}: no .TH"
            );
            assert!(roff.contains(".SH EXAMPLES"), "{name}: no examples");
            // Clap's `help` subcommands have no pages, so no page points at one.
            assert!(!roff.contains("help(1)"), "{name} lists a `help` page");
            if man {
                let shown = render(&page);
                assert!(
                    shown.contains(title),
                    "{name} renders without its name:\n{shown}"
                );
            }
        }
        let deal_add = std::fs::read_to_string(dir.path().join("lejek-deal-add.1"));
        assert!(
            deal_add.expect("deal add").contains(description),
            "({lang})"
        );
    }
}

/// `man -l PAGE` as text; panics when man refuses the page.
fn render(page: &Path) -> String {
    let out = std::process::Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .output()
        .expect("man");
    assert!(
        out.status.success(),
        "man -l {}: {}",
        page.display(),
        stderr(&out)
    );
    stdout(&out)
}

fn which(program: &str) -> bool {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {program}"))
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn man_into_an_unwritable_directory_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").expect("write");
    let out = lejek(&["man", "-o", &file.join("man1").display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("a-file"), "{err}");
}

/// `lejek [--lang LANG] PATH... --help`.
fn help(lang: &str, path: &[String]) -> String {
    let mut args = vec!["--lang", lang];
    args.extend(path.iter().map(String::as_str));
    args.push("--help");
    let out = lejek(&args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// The example command lines of a help text: after the heading, each `lejek ...` with its
/// `\` continuations joined.
fn examples(help: &str, heading: &str) -> Vec<String> {
    let Some((_, after)) = help.split_once(&format!("\n{heading}\n")) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let mut continued = false;
    for line in after.lines().map(str::trim) {
        let text = line.strip_suffix('\\').unwrap_or(line).trim_end();
        match out.last_mut() {
            Some(last) if continued => {
                last.push(' ');
                last.push_str(text);
            }
            _ if line.starts_with("lejek") => out.push(text.to_owned()),
            _ => {}
        }
        continued = line.ends_with('\\');
    }
    out
}

/// A command line's words as a POSIX shell would pass them, up to a comment, a
/// redirection or a second command.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' => {
                if let Some(w) = word.take() {
                    out.push(w);
                }
            }
            '#' | '>' | '&' | '|' if word.is_none() => break,
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                w.extend(chars.by_ref().take_while(|c| *c != '\''));
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                w.extend(chars.by_ref().take_while(|c| *c != '"'));
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    out.extend(word);
    out
}

#[test]
fn words_split_like_a_shell() {
    assert_eq!(
        words(r#"lejek a --x "1 2" --y '' --z 'a:b' > f.csv"#),
        ["lejek", "a", "--x", "1 2", "--y", "", "--z", "a:b"]
    );
    assert_eq!(words("lejek a   # a comment"), ["lejek", "a"]);
    assert_eq!(
        words("lejek man -o d && man -l d/lejek.1"),
        ["lejek", "man", "-o", "d"]
    );
}

/// Every command's help has a description and examples in both languages, and every
/// example is a command line the parser accepts.
#[test]
fn every_command_has_a_description_and_examples_that_parse() {
    let mut paths = command_paths();
    paths.push(Vec::new());
    for (lang, heading) in [("en", "Examples:"), ("pl", "Przykłady:")] {
        for path in &paths {
            let text = help(lang, path);
            let name = format!("`lejek {}` ({lang})", path.join(" "));
            let description = text.lines().next().unwrap_or_default();
            assert!(
                description.len() > 3 && !description.starts_with("Usage"),
                "{name} has no description:\n{text}"
            );
            let lines = examples(&text, heading);
            assert!(
                !lines.is_empty(),
                "{name} has no examples (help.<path>.after in the help catalogues):\n{text}"
            );
            for line in lines {
                let words = words(&line);
                // The command's words in order, global options possibly between them.
                let mut rest = words.iter();
                assert!(
                    path.iter().all(|p| rest.any(|w| w == p)),
                    "{name}: example of another command: {line}"
                );
                let parsed = Cli::command()
                    .try_get_matches_from(&words)
                    .and_then(|m| Cli::from_arg_matches(&m));
                if let Err(e) = parsed {
                    panic!("{name}: example does not parse: {line}\n{e}");
                }
            }
        }
    }
}

/// The examples of these commands, in this order, work on a fresh database in each
/// language: they are real commands, not just well-formed ones.
#[test]
fn the_examples_work() {
    let paths = [
        "user add",
        "contact add",
        "contact list",
        "contact show",
        "contact set",
        "deal add",
        "deal list",
        "deal show",
        "deal set",
        "deal note",
        "deal comment",
        "campaign create",
        "campaign list",
        "campaign show",
        "campaign comment",
        "campaign set",
        "task add",
        "task list",
        "task set",
        "task done",
        "task reopen",
        "dict list",
        "dict add",
        "report",
        "inbox",
        "export",
        "check",
        "contact end",
        "contact reopen",
        "note edit",
        "note remove",
        "comment edit",
        "comment remove",
        "deal lose",
    ];
    for (lang, heading) in [("en", "Examples:"), ("pl", "Przykłady:")] {
        let db = Db::empty();
        db.ok(&["--lang", lang, "init"]);
        let cwd = tempfile::tempdir().expect("temp dir");
        for path in paths {
            let path: Vec<String> = path.split(' ').map(str::to_owned).collect();
            for line in examples(&help(lang, &path), heading) {
                let words = words(&line);
                let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
                let out = db
                    .cmd(&args)
                    .env("LEJEK_LANG", lang)
                    .current_dir(cwd.path())
                    .output()
                    .expect("run lejek");
                assert!(
                    out.status.success(),
                    "({lang}) {line}: exit {:?}\n{}",
                    out.status.code(),
                    stderr(&out)
                );
            }
        }
    }
}
