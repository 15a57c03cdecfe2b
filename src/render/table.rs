//! Tables and CSV from rows of strings.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

use super::safe;

/// A human table with translated headers.
pub fn table(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers.iter().map(|h| safe(h)));
    for r in rows {
        t.add_row(r.iter().map(|c| safe(c)));
    }
    t.to_string()
}

/// Two columns: label, value (for `show`).
pub fn key_values(rows: &[(String, String)]) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    for (k, v) in rows {
        t.add_row(vec![safe(k), safe(v)]);
    }
    t.to_string()
}

/// CSV with the JSON field names as the header, so scripts see stable columns.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(headers);
    for r in rows {
        let _ = w.write_record(r);
    }
    match w.into_inner() {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => String::new(),
    }
}
