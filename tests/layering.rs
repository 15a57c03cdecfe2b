//! The layers stay a fact (issue 16 item 2), in every crate: no import circle between the
//! top-level folders of the application (`src/cli`, `src/tui`, `src/config`, ...) or of the
//! core (`crates/lejek-core/src/store`, `service`, ...), and none between the files (and
//! sub-folders) of any folder at any depth (`src/tui`, `src/tui/update`, `store/migrate`).
//! Nothing below the front ends imports them, and the reports read the store only through
//! its reading surface. Read as the project's tools read it (`deps.py`, `modcycles.py`):
//! every `crate::...` and `super::...` path in the code, comments left out, `use` groups
//! (`crate::{a::X, b::{Y, Z}}`) included; a file's name within its folder is the segment
//! after the folder's own path.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// A folder's imports between its children: who imports whom, and in which files.
type Why = BTreeMap<(String, String), BTreeSet<String>>;

/// The crates' source roots: the application, the core, the binary's package, the TUI.
fn roots() -> [PathBuf; 4] {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        here.join("crates/lejek-app/src"),
        here.join("crates/lejek-core/src"),
        here.join("src"),
        here.join("crates/tui/src"),
    ]
}

/// The import graph between the children (files and sub-folders) of the folder whose module
/// path is `folder` (empty: the crate's root), over `files` (every file of the crate), and
/// the files behind each edge. The crate's root file (lib.rs, main.rs) is in no folder.
fn children_graph(files: &[(PathBuf, Vec<String>)], folder: &[String]) -> (Graph, Why) {
    let mut graph = Graph::new();
    let mut why = Why::new();
    let inside = |module: &[String]| module.len() > folder.len() && module.starts_with(folder);
    for (file, module) in files {
        if !inside(module) || is_crate_root(file) {
            continue;
        }
        graph.entry(module[folder.len()].clone()).or_default();
    }
    for (file, module) in files {
        if !inside(module) || is_crate_root(file) {
            continue;
        }
        let from = &module[folder.len()];
        for path in references(&read(file), module) {
            if path.len() <= folder.len() || !path.starts_with(folder) {
                continue;
            }
            let to = &path[folder.len()];
            if to != from && graph.contains_key(to) {
                graph.entry(from.clone()).or_default().insert(to.clone());
                why.entry((from.clone(), to.clone()))
                    .or_default()
                    .insert(shown(file));
            }
        }
    }
    (graph, why)
}

/// Is `file` a crate's root file (`lib.rs` or `main.rs` in a source root)?
fn is_crate_root(file: &Path) -> bool {
    file.parent()
        .is_some_and(|dir| roots().iter().any(|r| r == dir))
        && file
            .file_name()
            .is_some_and(|n| n == "lib.rs" || n == "main.rs")
}

/// Every folder's module path in a crate's `files` (the root too, as the empty path).
fn folders_of(files: &[(PathBuf, Vec<String>)]) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::from([Vec::new()]);
    for (file, module) in files {
        // A `mod.rs` is its folder's module; any other file's folder is its module's parent.
        let depth = if file.file_name().is_some_and(|n| n == "mod.rs") {
            module.len()
        } else {
            module.len().saturating_sub(1)
        };
        for d in 1..=depth {
            out.insert(module[..d].to_vec());
        }
    }
    out
}

#[test]
fn no_folder_of_either_crate_has_an_import_circle() {
    let mut report = String::new();
    let mut looked = 0;
    for root in roots() {
        let files = rust_files(&root);
        for folder in folders_of(&files) {
            looked += 1;
            let (graph, why) = children_graph(&files, &folder);
            for circle in circles(&graph) {
                let place = Path::new(&shown(&root)).join(folder.join("/"));
                report.push_str(&format!("{}: {}\n", place.display(), circle.join(", ")));
                for a in &circle {
                    for b in &circle {
                        if let Some(files) = why.get(&(a.clone(), b.clone())) {
                            let files: Vec<&str> = files.iter().map(String::as_str).collect();
                            report.push_str(&format!("  {a} -> {b}: {}\n", files.join(" ")));
                        }
                    }
                }
            }
        }
    }
    // The crates have dozens of folders; finding few means the walk went wrong.
    assert!(looked > 25, "only {looked} folders found");
    assert!(
        report.is_empty(),
        "imports in a circle (ARCHITECTURE.md: each layer imports only the ones below it; \
         what two files share moves down into a third):\n{report}"
    );
}

/// The two front ends are the top: `main` starts them (and hands the CLI the TUI's entry);
/// nothing below imports them, and neither imports the other.
#[test]
fn no_folder_imports_a_front_end() {
    let files = rust_files(&roots()[0]);
    let (_, why) = children_graph(&files, &[]);
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

/// The reports read records through `store::read`, never the store's trees, keys or codec.
#[test]
fn reports_read_the_store_only_through_its_reading_surface() {
    let report = roots()[1].join("report");
    let files: Vec<_> = rust_files(&roots()[1])
        .into_iter()
        .filter(|(f, _)| f.starts_with(&report))
        .collect();
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
        let text = read(&path);
        for b in banned {
            if text.contains(b) {
                hits.push(format!("{} names {b}", shown(&path)));
            }
        }
    }
    assert!(hits.is_empty(), "{}", hits.join("\n"));
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

/// Every `.rs` file under `root`, with its module path below `root`: `src/cli/send.rs`
/// from `src` is `[cli, send]`; a `mod.rs` is its folder's module. A file named by a
/// `#[path]` is taken at its place on disk.
fn rust_files(root: &Path) -> Vec<(PathBuf, Vec<String>)> {
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
            out.push((path, module));
        }
    }
    out.sort();
    out
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
