//! The TUI's files import each other without a circle (issue 16 item 2): a pane owns its
//! state, input and drawing and asks for more through the event queue, so no file of
//! `src/tui` (nor of a folder in it) imports a file that imports it back. The edges are read
//! as `../tools/modcycles.py` reads them: `crate::tui::X` and, in a folder's own files,
//! `super::X`, where X is a file (or a folder, as one node) of that folder.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with the node it belongs to: its name, or the name of the
/// folder in `dir` that holds it (`mod.rs` of `dir` itself is "(mod)").
fn files(dir: &Path) -> Vec<(String, PathBuf, bool)> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), None::<String>)];
    while let Some((d, node)) = stack.pop() {
        let mut entries: Vec<PathBuf> = fs::read_dir(&d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .map(|e| e.expect("a folder entry").path())
            .collect();
        entries.sort();
        for p in entries {
            let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            if p.is_dir() {
                stack.push((p.clone(), node.clone().or(Some(name.to_owned()))));
            } else if p.extension().is_some_and(|e| e == "rs") {
                let own = match (&node, name) {
                    (Some(n), _) => n.clone(),
                    (None, "mod") => "(mod)".to_owned(),
                    (None, n) => n.to_owned(),
                };
                out.push((own, p, node.is_none()));
            }
        }
    }
    out
}

/// The first path segment after each `head` in `text`: `head::x` gives x, `head::{a::{b,
/// c}, d}` gives a and d.
fn targets(text: &str, head: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(head) {
        let rest = &text[at + head.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The group's items at its own level: `a::{b, c}` is one item, a.
            let (mut depth, mut item) = (0, String::new());
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(first_segment(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            out.push(first_segment(&item));
        } else {
            let ident: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            out.push(ident);
        }
    }
    out
}

fn first_segment(item: &str) -> String {
    item.trim()
        .split("::")
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Who imports whom among the nodes of `dir`, whose module path is `crate::{module}`.
fn edges(dir: &Path, module: &str) -> BTreeMap<String, BTreeSet<String>> {
    let files = files(dir);
    let names: BTreeSet<String> = files.iter().map(|(n, ..)| n.clone()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> =
        names.iter().map(|n| (n.clone(), BTreeSet::new())).collect();
    let crate_head = format!("crate::{module}::");
    for (node, path, top) in &files {
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        let mut found = targets(&code, &crate_head);
        if *top {
            found.extend(targets(&code, "super::"));
        }
        for t in found {
            if names.contains(&t) && t != *node {
                graph.entry(node.clone()).or_default().insert(t);
            }
        }
    }
    graph
}

/// A circle of imports, if there is one (depth-first search; grey = on the current path).
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit<'a>(
        n: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| *p == n) {
            let mut circle: Vec<String> = path[i..].iter().map(|s| s.to_string()).collect();
            circle.push(n.to_owned());
            return Some(circle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n);
        for next in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n);
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

/// `src/tui` and every folder in it, each with its module path.
fn folders() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut out = vec![(root.clone(), "tui".to_owned())];
    let mut entries: Vec<PathBuf> = fs::read_dir(&root)
        .expect("src/tui")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.is_dir())
        .collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        out.push((p, format!("tui::{name}")));
    }
    out
}

#[test]
fn no_file_of_the_tui_imports_one_that_imports_it_back() {
    for (dir, module) in folders() {
        let graph = edges(&dir, &module);
        if let Some(c) = cycle(&graph) {
            panic!("import circle in {}: {}", dir.display(), c.join(" -> "));
        }
    }
}

#[test]
fn the_reader_finds_edges_and_circles() {
    // The reader itself, on text worked by hand.
    let t = targets(
        "use super::{app::{App, View}, pane};\nuse super::event::Events;",
        "super::",
    );
    assert_eq!(t, ["app", "pane", "event"]);
    let graph = |pairs: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in pairs {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    assert_eq!(
        cycle(&graph(&[("app", "pane"), ("templates", "app")])),
        None
    );
    assert_eq!(
        cycle(&graph(&[
            ("app", "pane"),
            ("pane", "event"),
            ("event", "app")
        ])),
        Some(vec![
            "app".into(),
            "pane".into(),
            "event".into(),
            "app".into()
        ])
    );
    // The TUI's own graph has the edges this test is about.
    let tui = edges(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui"),
        "tui",
    );
    assert!(tui["app"].contains("pane"), "{:?}", tui["app"]);
    assert!(tui["templates"].contains("event"), "{:?}", tui["templates"]);
}
