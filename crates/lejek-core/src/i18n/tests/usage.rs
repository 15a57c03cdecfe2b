//! Every message is used, and no text for users is left in the code (issue 21 item 4): both
//! checks read the workspace's Rust sources.

use std::path::{Path, PathBuf};

use crate::i18n::{Lang, keys};

/// Families of keys built at run time from a name, each checked by its own test.
const BUILT_AT_RUN_TIME: &[(&str, &str)] = &[
    (
        "help.",
        "from the clap command tree: cli/help_texts.rs tests every one",
    ),
    (
        "action.",
        "Action::help_key: the TUI's action tests check every one",
    ),
    (
        "sort.",
        "list_pane.rs: `sort.{field}` of the sortable fields",
    ),
    (
        "col.",
        "field labels by field name (render, forms, history)",
    ),
    ("dict.name.", "DictKind names (dicts_pane.rs)"),
    ("report.", "report names and their help"),
    (
        "rpt.col.",
        "report columns by name (report/*.rs Column::new)",
    ),
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The Rust files under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The sources of every crate of the workspace (not the tests in `tests/`).
fn sources() -> Vec<(PathBuf, String)> {
    let root = workspace();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for krate in ["crates/lejek-core", "crates/lejek-app", "crates/tui"] {
        rust_files(&root.join(krate).join("src"), &mut files);
    }
    files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|s| (p, s)))
        .collect()
}

#[test]
fn every_message_is_used_somewhere() {
    let all: String = sources().into_iter().map(|(_, s)| s).collect();
    assert!(all.contains("\"batch.summary\""), "the sources were read");
    let unused: Vec<&str> = keys(Lang::En)
        .filter(|k| {
            !BUILT_AT_RUN_TIME
                .iter()
                .any(|(family, _)| k.starts_with(family))
        })
        .filter(|k| !all.contains(&format!("\"{k}\"")))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:#?}");
}

/// Texts in the code that are not for the user's language, with why.
const NOT_FOR_USERS: &[(&str, &str)] = &[
    (
        "crates/lejek-app/src/server/serve.rs",
        "the server's log for the admin's journal",
    ),
    (
        "crates/lejek-app/src/cli/serve.rs",
        "the server's log for the admin's journal",
    ),
    (
        "crates/lejek-app/src/cli/logging.rs",
        "log lines, English like all of the log",
    ),
    (
        "crates/lejek-app/src/demo/",
        "demo data: Polish names of made-up companies; its bugs",
    ),
    ("crates/lejek-app/src/render/ics.rs", "iCalendar fields"),
    ("crates/lejek-app/src/cli/completions.rs", "shell script"),
    ("crates/lejek-app/src/cli/man.rs", "roff markup"),
    (
        "crates/lejek-app/src/cli/version.rs",
        "--version, a build's identity",
    ),
    (
        "crates/lejek-app/src/config/",
        "setting names and where a value came from",
    ),
    (
        "crates/lejek-app/src/comms/",
        "protocol text (headers, addresses, setting names)",
    ),
    (
        "crates/lejek-core/src/service/",
        "filters, ids and keys built from parts; panics",
    ),
    (
        "crates/lejek-core/src/report/mod.rs",
        "panics on a programming error",
    ),
    (
        "crates/lejek-core/src/i18n/",
        "the catalogues' own load errors, for the log",
    ),
    (
        "crates/tui/src/action/docs.rs",
        "the generated key table of the docs",
    ),
    (
        "crates/tui/src/outside.rs",
        "the name of the program that failed",
    ),
];

/// The format strings of `println!`, `eprintln!`, `format!` and `write!` calls outside test
/// code that hold a word of three or more letters once their `{...}` are taken out.
fn user_literals(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = Vec::new();
    for mac in [
        "println!(",
        "eprintln!(",
        "print!(",
        "format!(",
        "write!(",
        "writeln!(",
    ] {
        for (at, _) in code.match_indices(mac) {
            if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[at + mac.len()..];
            // write!(out, "...") names its target first.
            let rest = match rest.find('"') {
                Some(q) if !rest[..q].contains(['(', ')', ';']) => &rest[q + 1..],
                _ => continue,
            };
            let Some(end) = literal_end(rest) else {
                continue;
            };
            let literal = &rest[..end];
            let mut words = String::new();
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    c if depth == 0 => words.push(c),
                    _ => {}
                }
            }
            let wordy = words
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() >= 3);
            if wordy {
                found.push(literal.to_owned());
            }
        }
    }
    found
}

/// Where a string literal's body ends (its closing quote).
fn literal_end(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

/// Literals that are not words for a person although they look so: keys, paths, markup.
fn is_technical(literal: &str) -> bool {
    let bare = literal.trim();
    bare.starts_with("lejek: {")
        || bare.starts_with('.')
        || bare.starts_with("help.")
        || bare.starts_with("arg.")
        || bare.starts_with("sort.")
        || bare.starts_with("import {")
        || bare.starts_with("lejek report {")
        || bare.starts_with("lejek-template-")
        || bare.starts_with("keymaps/")
        || bare.starts_with("stage:")
        || bare.starts_with("field:")
        || bare.starts_with("reports.bin.")
        || bare.starts_with("next:")
        || bare.starts_with("event {")
        || bare.starts_with("no '{}' list")
        || bare.starts_with("default_filter.")
        || bare.starts_with("saved_filters.")
        || bare == "{key}_file"
}

#[test]
fn no_text_for_users_is_left_in_the_code() {
    let root = workspace();
    let mut left = Vec::new();
    for (path, text) in sources() {
        let rel = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let rel = rel.trim_start_matches("./").to_owned();
        if rel.contains("/tests/") || rel.ends_with("tests.rs") {
            continue;
        }
        if NOT_FOR_USERS.iter().any(|(p, _)| rel.starts_with(p)) {
            continue;
        }
        for literal in user_literals(&text) {
            if !is_technical(&literal) {
                left.push(format!("{rel}: \"{literal}\""));
            }
        }
    }
    assert!(
        left.is_empty(),
        "texts for users belong in i18n/*.ftl: {left:#?}"
    );
}
