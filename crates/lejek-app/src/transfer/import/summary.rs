//! What an import did, told three ways: one line on stderr (cron mails it), the whole
//! account as JSON with `--format json`, and the rejected rows as a CSV file to fix and
//! import again (`--rejects FILE`). Nothing is dropped silently: every row of the file is
//! created, updated, skipped (with why) or rejected (with why).

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::dedupe::Key;
use super::names::Unknown;
use crate::i18n::{Lang, trf};
use crate::model::Id;

/// A row that was not imported, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Reject {
    /// `contacts`, `deals`, ... for `import all`; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<&'static str>,
    pub line: u64,
    pub reason: String,
    /// The row as the file had it (for the rejects file).
    #[serde(skip)]
    pub cells: Vec<String>,
    /// Rejected for an unknown value, which stderr reports once per value instead.
    #[serde(skip)]
    pub unknown: bool,
}

/// A row that matched a record already there (skipped, or merged with `--update`).
#[derive(Clone, Debug, Serialize)]
pub struct Duplicate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<&'static str>,
    pub line: u64,
    /// The record it matched; none when it matched an earlier line of the same file.
    pub id: Option<Id>,
    pub of_line: Option<u64>,
    pub by: Key,
    /// Merged into the record (`--update`), rather than skipped.
    pub updated: bool,
}

/// The account of one import.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    pub import: &'static str,
    pub file: String,
    pub dry_run: bool,
    pub created: u64,
    pub updated: u64,
    pub skipped: u64,
    pub rejected: u64,
    pub rejects: Vec<Reject>,
    pub duplicates: Vec<Duplicate>,
    /// Values the database did not have: added with `--create-missing`, else their rows
    /// were rejected.
    pub unknown: Vec<Unknown>,
    pub ignored_columns: Vec<String>,
    /// The header of the file, for the rejects file.
    #[serde(skip)]
    pub headers: Vec<String>,
    #[serde(skip)]
    pub delimiter: u8,
}

/// At most this many rejected rows and duplicates are listed on stderr; the JSON summary
/// and the rejects file have them all.
const SHOWN: usize = 20;

impl Summary {
    pub fn new(import: &'static str, file: &Path, dry_run: bool) -> Summary {
        Summary {
            import,
            file: file.display().to_string(),
            dry_run,
            delimiter: b',',
            ..Summary::default()
        }
    }

    pub fn reject(&mut self, r: Reject) {
        self.rejected += 1;
        self.rejects.push(r);
    }

    /// Exit 3 when any row was rejected (DESIGN.md: partial), else 0.
    pub fn exit_code(&self) -> i32 {
        if self.rejected > 0 { 3 } else { 0 }
    }

    /// The lines for stderr: notices, unknown values, rejected rows, then the totals.
    pub fn stderr_lines(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        if !self.ignored_columns.is_empty() {
            let cols = self.ignored_columns.join(", ");
            out.push(trf(lang, "import.notice.ignored", &[&cols]));
        }
        for u in &self.unknown {
            let lines = line_list(&u.lines);
            let key = if u.created {
                "import.notice.created_missing"
            } else {
                "import.notice.unknown"
            };
            out.push(trf(lang, key, &[&u.field, &u.value, &lines]));
        }
        let listed: Vec<&Reject> = self.rejects.iter().filter(|r| !r.unknown).collect();
        for r in listed.iter().take(SHOWN) {
            let at = place(r.section, r.line);
            out.push(trf(lang, "import.notice.rejected", &[&at, &r.reason]));
        }
        if listed.len() > SHOWN {
            out.push(trf(
                lang,
                "import.notice.more_rejected",
                &[&(listed.len() - SHOWN)],
            ));
        }
        let skipped: Vec<&Duplicate> = self.duplicates.iter().filter(|d| !d.updated).collect();
        for d in skipped.iter().take(SHOWN) {
            let at = place(d.section, d.line);
            let by = d.by_name();
            let line = match (d.id, d.of_line) {
                (Some(id), _) => trf(lang, "import.notice.duplicate", &[&at, &id, &by]),
                (None, Some(of)) => trf(lang, "import.notice.duplicate_line", &[&at, &of, &by]),
                (None, None) => trf(lang, "import.notice.duplicate_line", &[&at, &"?", &by]),
            };
            out.push(line);
        }
        if skipped.len() > SHOWN {
            out.push(trf(
                lang,
                "import.notice.more_duplicates",
                &[&(skipped.len() - SHOWN)],
            ));
        }
        let key = if self.dry_run {
            "import.summary.dry_run"
        } else {
            "import.summary"
        };
        out.push(trf(
            lang,
            key,
            &[
                &self.import,
                &self.created,
                &self.updated,
                &self.skipped,
                &self.rejected,
            ],
        ));
        out
    }

    /// Write the rejected rows as CSV: the file's own columns, then `line` and `reason`.
    /// UTF-8 with a BOM and the file's delimiter, so Excel opens it as it opened the file.
    pub fn write_rejects(&self, path: &Path) -> std::io::Result<()> {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(self.delimiter)
                .flexible(true)
                .from_writer(&mut bytes);
            // `import all` mixes sections with different columns: each rejected record is
            // named by its section and position instead.
            let all = self.headers.is_empty();
            let mut header: Vec<String> = self.headers.clone();
            if all {
                header.push("section".to_owned());
            }
            header.extend(["line".to_owned(), "reason".to_owned()]);
            w.write_record(&header)?;
            for r in &self.rejects {
                if all {
                    let section = r.section.unwrap_or("").to_owned();
                    w.write_record([section, r.line.to_string(), r.reason.clone()])?;
                    continue;
                }
                let mut row = r.cells.clone();
                // A short row is padded so `line` and `reason` stay in their columns.
                if row.len() < self.headers.len() {
                    row.resize(self.headers.len(), String::new());
                }
                row.extend([r.line.to_string(), r.reason.clone()]);
                w.write_record(&row)?;
            }
            w.flush()?;
        }
        let mut f = std::fs::File::create(path)?;
        f.write_all(&bytes)?;
        f.sync_all()
    }
}

impl Duplicate {
    fn by_name(&self) -> &'static str {
        match self.by {
            Key::Id => "id",
            Key::Nip => "nip",
            Key::Email => "email",
            Key::Name => "name",
        }
    }
}

/// A line, and in `import all` the section it is in: `12 (deals)`.
fn place(section: Option<&str>, line: u64) -> String {
    match section {
        Some(s) => format!("{line} ({s})"),
        None => line.to_string(),
    }
}

/// `4, 7, 12` or `4, 7, 12, ... (31)` for long lists.
fn line_list(lines: &[u64]) -> String {
    const MAX: usize = 10;
    let shown: Vec<String> = lines.iter().take(MAX).map(u64::to_string).collect();
    if lines.len() > MAX {
        format!("{}, ... ({})", shown.join(", "), lines.len())
    } else {
        shown.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_file_keeps_the_columns_and_adds_line_and_reason() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("r.csv");
        let mut s = Summary::new("contacts", Path::new("in.csv"), false);
        s.headers = vec!["name".into(), "nip".into()];
        s.delimiter = b';';
        s.reject(Reject {
            section: None,
            line: 3,
            reason: "invalid NIP; checksum".into(),
            cells: vec!["Zła Firma".into(), "7251832918".into()],
            unknown: false,
        });
        s.write_rejects(&path).expect("written");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(
            text,
            "\u{feff}name;nip;line;reason\nZła Firma;7251832918;3;\"invalid NIP; checksum\"\n"
        );
        assert_eq!(s.exit_code(), 3);
        assert_eq!(line_list(&[1, 2]), "1, 2");
    }

    #[test]
    fn import_all_rejects_name_their_section() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("r.csv");
        let mut s = Summary::new("all", Path::new("all.json"), false);
        s.reject(Reject {
            section: Some("deals"),
            line: 12,
            reason: "unknown deal-stage 'x'".into(),
            cells: vec!["12".into(), "Ulotki".into()],
            unknown: true,
        });
        s.write_rejects(&path).expect("written");
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(
            text,
            "\u{feff}section,line,reason\ndeals,12,unknown deal-stage 'x'\n"
        );
        assert_eq!(place(Some("deals"), 12), "12 (deals)");
    }
}
