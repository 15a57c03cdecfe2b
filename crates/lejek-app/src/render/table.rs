//! Tables and CSV from rows of strings. Tables are coloured only when `color::tables()` says
//! so (issue 9): bold headers and labels, won stages green, lost stages and overdue dates
//! red; otherwise not one escape code, whatever comfy-table would guess about the terminal.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table};

use super::color::{self, Tone};
use super::safe;

/// A human table with translated headers.
pub fn table(headers: &[String], rows: &[Vec<String>]) -> String {
    toned_table(headers, rows, |_, _| Tone::Plain)
}

/// A human table whose cells may stand out: `tone(row, column)` says how.
pub fn toned_table(
    headers: &[String],
    rows: &[Vec<String>],
    tone: impl Fn(usize, usize) -> Tone,
) -> String {
    let colour = color::tables();
    let mut t = new_table(colour);
    t.set_header(headers.iter().map(|h| label(h, colour)));
    for (r, row) in rows.iter().enumerate() {
        t.add_row(row.iter().enumerate().map(|(c, text)| {
            let cell = Cell::new(safe(text));
            if colour {
                styled(cell, tone(r, c))
            } else {
                cell
            }
        }));
    }
    t.to_string()
}

/// Two columns: label, value (for `show`).
pub fn key_values(rows: &[(String, String)]) -> String {
    let colour = color::tables();
    let mut t = new_table(colour);
    for (k, v) in rows {
        t.add_row(vec![label(k, colour), Cell::new(safe(v))]);
    }
    t.to_string()
}

/// comfy-table styles cells only when it thinks stdout is a terminal; lejek has already
/// decided (`--color always` colours a pipe too, `never` leaves a terminal plain).
fn new_table(colour: bool) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    if colour {
        t.enforce_styling();
        // Colour the text, not the padding around it.
        t.style_text_only();
    } else {
        t.force_no_tty();
    }
    t
}

fn label(text: &str, colour: bool) -> Cell {
    let cell = Cell::new(safe(text));
    if colour {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

/// The 16 basic colours only, as in the TUI: many SSH terminals lack the rest. (crossterm
/// calls the plain ones "dark": DarkGreen is the terminal's ordinary green.)
fn styled(cell: Cell, tone: Tone) -> Cell {
    match tone {
        Tone::Plain => cell,
        Tone::Won => cell.fg(Color::DarkGreen),
        Tone::Lost => cell.fg(Color::DarkRed),
        Tone::Overdue => cell.fg(Color::DarkRed).add_attribute(Attribute::Bold),
    }
}

/// CSV with the JSON field names as the header, so scripts see stable columns. Printed by
/// the CLI: on a terminal, characters that could act on it show as `�`.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(headers);
    for r in rows {
        let _ = w.write_record(r);
    }
    match w.into_inner() {
        Ok(bytes) => super::terminal::for_stdout(String::from_utf8_lossy(&bytes).into_owned()),
        Err(_) => String::new(),
    }
}
