//! The core's layering as a test (issue 16 items 1 and 2): no import circle between the files
//! of one folder, and the reports read the store only through `store::read`. It reads the
//! sources as text, like `/work/tools/modcycles.py`: an edge is a file naming a sibling as
//! `crate::<folder>::x` or through as many `super::` as reach the folder's top (one for a
//! file there, two one folder down, one for a sub-folder's `mod.rs`); a sub-folder counts as
//! one file with its folder's name.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const FOLDERS: [&str; 7] = [
    "filter", "i18n", "model", "report", "service", "store", "text",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, with its depth below it (0 for a file in `dir` itself).
fn rust_files(dir: &Path, depth: usize, out: &mut Vec<(PathBuf, usize)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, depth + 1, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push((p, depth));
        }
    }
}

/// The source without line comments (doc comments name modules in prose).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names that follow `prefix` in `text`: `prefix::x` gives `x`, `prefix::{x, y::{z}}`
/// gives `x` and `y`. A longer run of `super::` before `prefix` is another prefix.
fn named_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        if text[..at].ends_with("super::") || rest.starts_with("super::") {
            continue;
        }
        let Some(list) = rest.strip_prefix('{') else {
            out.insert(ident(rest));
            continue;
        };
        // The items of the list at its top level.
        let (mut depth, mut item) = (0usize, String::new());
        for c in list.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.insert(ident(&item));
                    item.clear();
                    continue;
                }
                _ => {}
            }
            item.push(c);
        }
        out.insert(ident(&item));
    }
    out.remove("");
    out
}

/// File-level import edges inside `folder`.
fn edges(folder: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = src().join(folder);
    let mut files = Vec::new();
    rust_files(&root, 0, &mut files);
    let unit = |p: &Path| -> String {
        let rel = p.strip_prefix(&root).unwrap_or(p);
        let first = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy());
        first.unwrap_or_default().trim_end_matches(".rs").to_owned()
    };
    let names: BTreeSet<String> = files.iter().map(|(p, _)| unit(p)).collect();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, depth) in &files {
        let from = unit(path);
        let text = code(path);
        let mut to = named_after(&text, &format!("crate::{folder}::"));
        // `super::` of a file is its folder; of a `mod.rs`, the folder's parent. The run of
        // `super::` that reaches this folder's top names its files.
        let is_mod = path.file_name().is_some_and(|f| f == "mod.rs");
        if let Some(up) = (depth + 1)
            .checked_sub(usize::from(is_mod))
            .filter(|n| *n > 0)
        {
            to.extend(named_after(&text, &"super::".repeat(up)));
        }
        let to: Vec<String> = to
            .into_iter()
            .filter(|t| names.contains(t) && *t != from && t != "mod")
            .collect();
        g.entry(from).or_default().extend(to);
    }
    g
}

/// A circle through `start`, if there is one: the files in order.
fn circle_through(g: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_owned(), vec![start.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in g.get(&at).into_iter().flatten() {
            if next == start {
                return Some(path);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_folder_of_the_core_has_an_import_circle() {
    let mut circles = Vec::new();
    for folder in FOLDERS {
        let g = edges(folder);
        assert!(g.len() > 1, "{folder}: no files read");
        for start in g.keys() {
            if let Some(c) = circle_through(&g, start) {
                circles.push(format!("{folder}: {}", c.join(" -> ")));
            }
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_circle_finder_sees_a_circle() {
    let mut g = BTreeMap::new();
    g.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    g.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    g.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(circle_through(&g, "a"), Some(vec!["a".into(), "b".into()]));
    assert_eq!(circle_through(&g, "c"), None);
    let text = "use super::{walk::{self, Walk}, Store};\nuse super::super::tree::T;\n";
    assert_eq!(
        named_after(text, "super::"),
        BTreeSet::from(["walk".to_owned(), "Store".to_owned()])
    );
    assert_eq!(
        named_after(text, "super::super::"),
        BTreeSet::from(["tree".to_owned()])
    );
}

#[test]
fn reports_read_the_store_only_through_its_reading_surface() {
    let mut files = Vec::new();
    rust_files(&src().join("report"), 0, &mut files);
    assert!(files.len() > 5, "report/ not found");
    let banned = [
        "sled::",
        "store::T",
        "store::keys",
        "store::codec",
        "store::event_log",
        "store::decode",
        "store::tree",
        ".tree(",
    ];
    let mut hits = Vec::new();
    for (path, _) in files {
        let text = code(&path);
        for b in banned {
            if text.contains(b) {
                hits.push(format!("{} names {b}", path.display()));
            }
        }
    }
    assert!(hits.is_empty(), "{}", hits.join("\n"));
}
