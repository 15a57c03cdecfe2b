//! `--csv FILE` of a batch: reading a contact list made by hand or by Excel and matching its
//! rows to contacts. The file has a header; a row is matched by `id`, else `nip`, else
//! `email` (case-insensitive), else the exact `name`: the first of those columns that the
//! row fills decides, and a row that matches no contact or several is reported, not guessed.
//! Encoding and delimiter are found as `lejek import` finds them (`transfer::import::csv_read`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Serialize;

use super::bad;
use crate::model::Id;
use crate::model::nip::parse_nip;
use crate::service::Result;
use crate::service::views::ContactView;
use crate::transfer::import::csv_read;
pub use crate::transfer::import::dedupe::Key;

/// Why a row was skipped: a stable snake_case word for scripts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// No contact has this id, NIP, e-mail or name.
    NotFound,
    /// More than one contact has it: the row is not guessed.
    Ambiguous,
    /// Not a valid id or NIP.
    Invalid,
    /// The row has none of the columns that identify a contact.
    NoKey,
}

impl Reason {
    pub fn message_key(self) -> &'static str {
        match self {
            Reason::NotFound => "batch.reason.not_found",
            Reason::Ambiguous => "batch.reason.ambiguous",
            Reason::Invalid => "batch.reason.invalid",
            Reason::NoKey => "batch.reason.no_key",
        }
    }
}

/// A row that was reported and skipped (the JSON summary's `unmatched`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    /// The line in the file (the header is line 1).
    pub line: u64,
    /// The value the row was matched by (the whole row when it had none).
    pub value: String,
    /// The column that value came from.
    pub field: Option<Key>,
    pub reason: Reason,
}

/// The contacts a file names, in file order without repeats, and the rows that named none.
#[derive(Debug, Default)]
pub struct Matched {
    pub contacts: Vec<Id>,
    pub unmatched: Vec<Unmatched>,
}

/// Read `path`, decode it (UTF-8 with or without BOM, else Windows-1250), and match its rows
/// against `contacts`. A file that cannot be read or has no usable header is bad input.
pub fn read(path: &Path, contacts: &[ContactView]) -> Result<Matched> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| bad("batch.err.read_csv", &[&shown, &e]))?;
    // The same reading as `lejek import`: UTF-8 (BOM or not), Windows-1250 or ISO-8859-2.
    let (text, _) = csv_read::decode(&bytes, None)
        .map_err(|_| bad("batch.err.csv_parse", &[&shown, &1, &"not text"]))?;
    // The csv crate counts a CRLF row twice in its line numbers (Excel writes CRLF), and the
    // line numbers are what the user is told, so rows end in LF from here on.
    let text = text.replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(bad("batch.err.csv_empty", &[&shown]));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(csv_read::detect_delimiter(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| bad("batch.err.csv_parse", &[&shown, &1, &e]))?
        .clone();
    let names: Vec<&str> = headers.iter().collect();
    if let Some((a, b, name)) = csv_read::duplicate_header(&names) {
        return Err(bad("integrity.err.duplicate_header", &[&a, &b, &name]));
    }
    let columns: Vec<(Key, usize)> = Key::ALL
        .iter()
        .filter_map(|k| {
            headers
                .iter()
                .position(|h| Key::from_header(h) == Some(*k))
                .map(|i| (*k, i))
        })
        .collect();
    if columns.is_empty() {
        let found = headers.iter().collect::<Vec<_>>().join(", ");
        return Err(bad("batch.err.csv_header", &[&shown, &found]));
    }
    let index = Index::new(contacts, &columns);
    let mut out = Matched::default();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            bad("batch.err.csv_parse", &[&shown, &line, &e])
        })?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let key = columns.iter().find_map(|(k, i)| {
            let v = record.get(*i).unwrap_or("").trim();
            (!v.is_empty()).then(|| (*k, v.to_owned()))
        });
        let Some((field, value)) = key else {
            let cells: Vec<&str> = record
                .iter()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let whole = cells.join(", ");
            out.unmatched.push(Unmatched {
                line,
                value: whole,
                field: None,
                reason: Reason::NoKey,
            });
            continue;
        };
        match index.find(field, &value) {
            Ok(id) => {
                // The same contact twice in a file is one deal.
                if seen.insert(id) {
                    out.contacts.push(id);
                }
            }
            Err(reason) => out.unmatched.push(Unmatched {
                line,
                value,
                field: Some(field),
                reason,
            }),
        }
    }
    Ok(out)
}

/// The contacts by each key the file uses.
struct Index {
    ids: HashSet<Id>,
    by: HashMap<Key, HashMap<String, Vec<Id>>>,
}

impl Index {
    fn new(contacts: &[ContactView], columns: &[(Key, usize)]) -> Index {
        let mut ix = Index {
            ids: contacts.iter().map(|c| c.id).collect(),
            by: HashMap::new(),
        };
        for (key, _) in columns {
            if *key == Key::Id {
                continue;
            }
            let map = ix.by.entry(*key).or_default();
            for c in contacts {
                let value = match key {
                    Key::Nip => c.nip.as_deref().map(normal_nip),
                    Key::Email => c.email.as_deref().map(normal_email),
                    _ => Some(c.name.trim().to_owned()),
                };
                if let Some(v) = value.filter(|v| !v.is_empty()) {
                    map.entry(v).or_default().push(c.id);
                }
            }
        }
        ix
    }

    fn find(&self, key: Key, value: &str) -> std::result::Result<Id, Reason> {
        let wanted = match key {
            Key::Id => {
                let id: Id = value.parse().map_err(|_| Reason::Invalid)?;
                return if self.ids.contains(&id) {
                    Ok(id)
                } else {
                    Err(Reason::NotFound)
                };
            }
            Key::Nip => parse_nip(value).map_err(|_| Reason::Invalid)?,
            Key::Email => normal_email(value),
            Key::Name => value.to_owned(),
        };
        match self
            .by
            .get(&key)
            .and_then(|m| m.get(&wanted))
            .map(Vec::as_slice)
        {
            None | Some([]) => Err(Reason::NotFound),
            Some([id]) => Ok(*id),
            Some(_) => Err(Reason::Ambiguous),
        }
    }
}

fn normal_nip(s: &str) -> String {
    parse_nip(s).unwrap_or_else(|_| s.trim().to_owned())
}

fn normal_email(s: &str) -> String {
    s.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_headers() {
        assert_eq!(Key::from_header("Nazwa"), Some(Key::Name));
        assert_eq!(Key::from_header(" E-mail "), Some(Key::Email));
        assert_eq!(Key::from_header("NIP"), Some(Key::Nip));
        assert_eq!(Key::from_header("miasto"), None);
    }
}
