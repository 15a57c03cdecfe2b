//! The layers stay a fact (issue 16 item 2): no import circle between the top-level folders
//! of the application (`src/cli`, `src/tui`, `src/config`, ...), and none between the files
//! of one folder. Read as the project's tools read it (`deps.py`, `modcycles.py`): every
//! `crate::...` and `super::...` path in the code, comments left out, `use` groups
//! (`crate::{a::X, b::{Y, Z}}`) included; a folder's name is its first segment, a file's
//! (or a sub-folder's) the next one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Circles inside one folder that are known and being removed by issue 16's other items:
/// the folder and the files of the circle. Delete an entry when its circle is gone; a new
/// circle, or this one grown, fails.
const CIRCLES_BEING_REMOVED: &[(&str, &[&str])] = &[
    // help_pl.rs goes when the help text moves into the catalogues (item 5).
    ("cli", &["help", "help_pl"]),
];

/// Folders whose files are being taken apart (item 2's TUI part, other helpers); their file
/// circles are not checked yet. Remove a folder from here when it has none.
const FOLDERS_NOT_YET_CHECKED: &[&str] = &["tui"];

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The folders' imports: who imports whom, and in which files.
type Why = BTreeMap<(String, String), BTreeSet<String>>;

/// The import graph of the folders of `src`, and the files behind each edge.
fn folder_graph() -> (Graph, Why) {
    let src = src();
    let folders = folders(&src);
    let mut graph: Graph = folders
        .iter()
        .map(|f| (f.clone(), BTreeSet::new()))
        .collect();
    let mut why = Why::new();
    for (file, module) in rust_files(&src) {
        let Some(from) = module.first() else { continue };
        for path in references(&read(&file), &module) {
            let Some(to) = path.first() else { continue };
            if to != from && folders.contains(to) {
                graph.entry(from.clone()).or_default().insert(to.clone());
                why.entry((from.clone(), to.clone()))
                    .or_default()
                    .insert(shown(&file));
            }
        }
    }
    (graph, why)
}

#[test]
fn no_import_circle_between_folders() {
    let (graph, why) = folder_graph();
    let circles = circles(&graph);
    let mut report = String::new();
    for circle in &circles {
        report.push_str(&format!("circle: {}\n", circle.join(", ")));
        for a in circle {
            for b in circle {
                if let Some(files) = why.get(&(a.clone(), b.clone())) {
                    let files: Vec<&str> = files.iter().map(String::as_str).collect();
                    report.push_str(&format!("  {a} -> {b}: {}\n", files.join(" ")));
                }
            }
        }
    }
    assert!(
        circles.is_empty(),
        "the folders of src/ import each other in a circle (ARCHITECTURE.md: each layer \
         imports only the ones below it):\n{report}"
    );
}

/// The two front ends are the top: `main` starts them (and hands the CLI the TUI's entry);
/// nothing below imports them, and neither imports the other.
#[test]
fn no_folder_imports_a_front_end() {
    let (_, why) = folder_graph();
    let up: Vec<String> = why
        .iter()
        .filter(|((_, to), _)| to == "cli" || to == "tui")
        .map(|((from, to), files)| {
            let files: Vec<&str> = files.iter().map(String::as_str).collect();
            format!("{from} -> {to}: {}", files.join(" "))
        })
        .collect();
    assert!(up.is_empty(), "imports of a front end:\n{}", up.join("\n"));
}

#[test]
fn no_import_circle_between_the_files_of_a_folder() {
    let src = src();
    let mut report = String::new();
    for folder in folders(&src) {
        if FOLDERS_NOT_YET_CHECKED.contains(&folder.as_str()) {
            continue;
        }
        let mut graph: Graph = BTreeMap::new();
        let files = rust_files(&src.join(&folder));
        for (_, module) in &files {
            graph.entry(file_name(module)).or_default();
        }
        for (file, module) in &files {
            let mut full = vec![folder.clone()];
            full.extend(module.iter().cloned());
            let from = file_name(module);
            for path in references(&read(file), &full) {
                if path.first() != Some(&folder) {
                    continue;
                }
                let Some(to) = path.get(1) else { continue };
                if *to != from && graph.contains_key(to) {
                    graph.entry(from.clone()).or_default().insert(to.clone());
                }
            }
        }
        for circle in circles(&graph) {
            let known = CIRCLES_BEING_REMOVED.iter().any(|(f, c)| {
                *f == folder && c.iter().copied().eq(circle.iter().map(String::as_str))
            });
            if !known {
                report.push_str(&format!("src/{folder}: {}\n", circle.join(", ")));
            }
        }
    }
    assert!(
        report.is_empty(),
        "files of one folder import each other in a circle:\n{report}"
    );
}

/// The reader itself, on code written for it: what it must find and what it must not.
#[test]
fn the_reader_finds_paths_in_groups_and_through_super() {
    let code = "\
use crate::{model::{Deal, Id}, service::Result};
use super::super::comms::send;
use super::{args, context::Context};
// use crate::tui::App; a comment is not an import
fn f() { crate::config::current(); let x = y as u8; }
";
    // As if in src/cli/sub/send.rs: `super` is cli::sub, `super::super` is cli.
    let module = ["cli".to_owned(), "sub".to_owned(), "send".to_owned()];
    let found: BTreeSet<String> = references(code, &module)
        .into_iter()
        .map(|p| p.into_iter().take(3).collect::<Vec<_>>().join("::"))
        .collect();
    let want: BTreeSet<String> = [
        "model::Deal",
        "model::Id",
        "service::Result",
        "cli::comms::send",
        "cli::sub::args",
        "cli::sub::context",
        "config::current",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    assert_eq!(found, want);
}

#[test]
fn circles_are_found_and_a_line_is_not_one() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: Graph = BTreeMap::new();
        for (a, b) in edges {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    let line = graph(&[("main", "cli"), ("cli", "config"), ("main", "config")]);
    assert!(circles(&line).is_empty());
    let circle = graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("x", "y")]);
    assert_eq!(circles(&circle), vec![vec!["a", "b", "c"]]);
}

/// `file` as from the repository's root (`src/cli/send.rs`).
fn shown(file: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    file.strip_prefix(root)
        .unwrap_or(file)
        .display()
        .to_string()
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level folders of `src`.
fn folders(src: &Path) -> BTreeSet<String> {
    std::fs::read_dir(src)
        .unwrap_or_else(|e| panic!("{}: {e}", src.display()))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Every `.rs` file under `root`, with its module path below `root`: `src/cli/send.rs`
/// from `src` is `[cli, send]`, from `src/cli` `[send]`; a `mod.rs` is its folder's module.
/// From `src`, the files beside the folders (lib.rs, main.rs) are left out.
fn rust_files(root: &Path) -> Vec<(PathBuf, Vec<String>)> {
    let in_src = root == src();
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let Ok(rel) = path.strip_prefix(root) else {
                continue;
            };
            let mut module: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().map(String::as_str) == Some("mod") {
                module.pop();
            }
            // Files directly in `src` (lib.rs, main.rs) are in no folder.
            if in_src && rel.components().count() == 1 {
                continue;
            }
            out.push((path, module));
        }
    }
    out.sort();
    out
}

/// A file's name within its folder: its first segment, `(mod)` for the folder's `mod.rs`.
fn file_name(module: &[String]) -> String {
    module
        .first()
        .cloned()
        .unwrap_or_else(|| "(mod)".to_owned())
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every path `code` names with `crate::` or `super::`, made absolute (from the crate's
/// root) for a file whose module is `module`. Line comments are left out.
fn references(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let code: String = code
        .lines()
        .map(|l| l.find("//").map_or(l, |at| &l[..at]))
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let starts_word = at == 0 || !is_ident(bytes[at - 1]);
        if starts_word && bytes[at..].starts_with(b"crate::") {
            let (paths, end) = tree(bytes, at + "crate::".len());
            out.extend(paths);
            at = end.max(at + 1);
        } else if starts_word && bytes[at..].starts_with(b"super::") {
            let mut ups = 0;
            let mut end = at;
            while bytes[end..].starts_with(b"super::") {
                ups += 1;
                end += "super::".len();
            }
            let (paths, after) = tree(bytes, end);
            if let Some(base) = module.len().checked_sub(ups) {
                for p in paths {
                    let mut full = module[..base].to_vec();
                    full.extend(p);
                    out.push(full);
                }
            }
            at = after.max(at + 1);
        } else {
            at += 1;
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The paths of a `use` tree (or a plain path) starting at `at`: `a::{b, c::d}` is `a::b`
/// and `a::c::d`. Returns them and where the tree ends.
fn tree(s: &[u8], mut at: usize) -> (Vec<Vec<String>>, usize) {
    while at < s.len() && s[at].is_ascii_whitespace() {
        at += 1;
    }
    if at < s.len() && s[at] == b'{' {
        at += 1;
        let mut out = Vec::new();
        loop {
            while at < s.len() && (s[at].is_ascii_whitespace() || s[at] == b',') {
                at += 1;
            }
            if at >= s.len() {
                return (out, at);
            }
            if s[at] == b'}' {
                return (out, at + 1);
            }
            let (paths, end) = tree(s, at);
            out.extend(paths);
            at = end;
            // Past anything else in this item (`X as Y`) to its comma or the group's end.
            let mut depth = 0;
            while at < s.len() {
                match s[at] {
                    b'{' => depth += 1,
                    b'}' if depth == 0 => break,
                    b'}' => depth -= 1,
                    b',' if depth == 0 => break,
                    _ => {}
                }
                at += 1;
            }
        }
    }
    let start = at;
    while at < s.len() && is_ident(s[at]) {
        at += 1;
    }
    if at == start {
        return (vec![Vec::new()], at);
    }
    let name = String::from_utf8_lossy(&s[start..at]).into_owned();
    if s[at..].starts_with(b"::") {
        let (rest, end) = tree(s, at + 2);
        let paths = rest
            .into_iter()
            .map(|mut p| {
                p.insert(0, name.clone());
                p
            })
            .collect();
        return (paths, end);
    }
    (vec![vec![name]], at)
}

/// The circles of `graph`: its strongly connected parts of more than one node, each sorted.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct Tarjan<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        out: Vec<Vec<String>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, v: &'g str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low[v];
                    self.low.insert(v, lv.min(lw));
                } else if self.on_stack.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low[v];
                    self.low.insert(v, lv.min(iw));
                }
            }
            if self.low[v] == self.index[v] {
                let mut part = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    part.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if part.len() > 1 {
                    part.sort();
                    self.out.push(part);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.visit(v);
        }
    }
    t.out.sort();
    t.out
}
