//! A file to import as a table: a header and rows of text cells, each row with the line it
//! came from. CSV is read as it is; the JSON of `export` (an array of records, or the
//! `contacts`/`deals` section of `export all`) becomes one column per field.

use std::path::Path;

use serde_json::Value;

use super::csv_read::{self, DecodeError};

/// One row of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct RawRow {
    /// The line in a CSV file (the header is line 1); in JSON, the record's position in
    /// its list (1 for the first).
    pub line: u64,
    pub cells: Vec<String>,
    /// The JSON record itself (fields a table cannot hold, like a deal's history).
    pub json: Option<Value>,
}

/// What was read.
#[derive(Clone, Debug, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<RawRow>,
    /// The CSV delimiter (`,` for JSON), used again for the rejects file.
    pub delimiter: u8,
    pub json: bool,
}

/// How to read the file (`--encoding`, `--delimiter`).
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    pub encoding: Option<&'static encoding_rs::Encoding>,
    pub delimiter: Option<u8>,
}

/// Why a file could not be read at all (bad input: exit 2, nothing written).
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Decode(DecodeError),
    Empty,
    Csv {
        line: u64,
        error: String,
    },
    Json(String),
    /// Two columns of the same name: positions (1-based) and the name.
    DuplicateHeader(usize, usize, String),
}

/// The section of an `export all` document a plain import takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Contacts,
    Deals,
}

impl Section {
    fn key(self) -> &'static str {
        match self {
            Section::Contacts => "contacts",
            Section::Deals => "deals",
        }
    }
}

/// Read `path` as CSV, or as JSON when its text starts with `[` or `{`.
pub fn read(path: &Path, opts: ReadOptions, section: Section) -> Result<Table, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    let (text, _) = csv_read::decode(&bytes, opts.encoding).map_err(ReadError::Decode)?;
    let start = text.trim_start();
    if start.is_empty() {
        return Err(ReadError::Empty);
    }
    if opts.delimiter.is_none() && (start.starts_with('[') || start.starts_with('{')) {
        let value: Value =
            serde_json::from_str(start).map_err(|e| ReadError::Json(e.to_string()))?;
        return from_json(value, section);
    }
    from_csv(&text, opts.delimiter)
}

/// Parse CSV text; rows keep their cells as written (a wrong count is the row's problem,
/// reported with it, not the file's).
pub fn from_csv(text: &str, delimiter: Option<u8>) -> Result<Table, ReadError> {
    // The csv crate counts a CRLF row twice in its line numbers (Excel writes CRLF), and
    // line numbers are what the user is told, so rows end in LF from here on.
    let text = text.replace("\r\n", "\n");
    let delimiter = delimiter.unwrap_or_else(|| csv_read::detect_delimiter(&text));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let csv_error = |e: csv::Error| ReadError::Csv {
        line: e.position().map(|p| p.line()).unwrap_or(0),
        error: e.to_string(),
    };
    let headers: Vec<String> = reader
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(ReadError::Empty);
    }
    if let Some((a, b, name)) = csv_read::duplicate_header(&headers) {
        return Err(ReadError::DuplicateHeader(a, b, name));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        // Spreadsheets leave rows of empty cells below the data: nothing to import there.
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(RawRow {
            line: record.position().map(|p| p.line()).unwrap_or(0),
            cells: record.iter().map(str::to_owned).collect(),
            json: None,
        });
    }
    Ok(Table {
        headers,
        rows,
        delimiter,
        json: false,
    })
}

/// An array of flat records (or an `export all` document's section) as a table: the
/// columns are the fields in the order they first appear.
pub fn from_json(value: Value, section: Section) -> Result<Table, ReadError> {
    let list = match value {
        Value::Array(list) => list,
        Value::Object(mut doc) => match doc.remove(section.key()) {
            Some(Value::Array(list)) => list,
            _ => return Err(ReadError::Json(format!("no '{}' list", section.key()))),
        },
        _ => return Err(ReadError::Json("not a list of records".into())),
    };
    let mut headers: Vec<String> = Vec::new();
    for v in &list {
        if let Value::Object(m) = v {
            for k in m.keys() {
                if !headers.contains(k) {
                    headers.push(k.clone());
                }
            }
        }
    }
    let rows = list
        .into_iter()
        .enumerate()
        .map(|(i, v)| RawRow {
            line: i as u64 + 1,
            cells: headers.iter().map(|h| cell(v.get(h))).collect(),
            json: Some(v),
        })
        .collect();
    Ok(Table {
        headers,
        rows,
        delimiter: b',',
        json: true,
    })
}

/// A JSON value as the text a CSV cell would hold: lists (tags, roles) joined by commas.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| cell(Some(i)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_count_from_the_header_and_empty_rows_are_skipped() {
        let t = from_csv("name;city\r\nA;Łódź\r\n;\r\n\"B\nC\";X\r\nD\r\n", None).expect("csv");
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.headers, vec!["name", "city"]);
        let lines: Vec<u64> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 4, 6]);
        assert_eq!(t.rows[1].cells, vec!["B\nC", "X"]);
        assert_eq!(t.rows[2].cells, vec!["D"]);
    }

    #[test]
    fn json_records_and_sections() {
        let v: Value = serde_json::from_str(
            r#"{"contacts":[{"name":"A","tags":["x","y"],"id":3},{"name":"B","city":null}]}"#,
        )
        .expect("json");
        let t = from_json(v, Section::Contacts).expect("table");
        assert_eq!(t.headers, vec!["id", "name", "tags", "city"]);
        assert_eq!(t.rows[0].cells, vec!["3", "A", "x, y", ""]);
        assert_eq!(t.rows[1].line, 2);
        let v: Value = serde_json::from_str(r#"{"deals":[]}"#).expect("json");
        assert!(from_json(v, Section::Contacts).is_err());
    }
}
