//! Reports for the CLI: a comfy-table table (translated headers, numbers right-aligned in the
//! user's formats, a totals row), CSV and JSON for scripts (column ids, exact machine
//! numbers), and text charts: textplots for trends over intervals, Unicode-block bars for
//! distributions. No colour is ever written, so NO_COLOR holds by construction.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ContentArrangement, Table};
use serde_json::{Map, Value, json};
use textplots::{Chart as Plot, LabelBuilder, LabelFormat, Shape};

use super::safe;
use crate::i18n::{Lang, tr, trf};
use crate::model::date_format::format_date;
use crate::model::money::format_money;
use crate::report::{Cell, Chart, ChartKind, ColumnKind, Label, Report, Series};

/// `report --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Chart,
}

/// The report in `format`.
pub fn render(r: &Report, format: ReportFormat, lang: Lang) -> String {
    match format {
        ReportFormat::Table => format!("{}\n{}\n", title(r, lang), table(r, lang)),
        ReportFormat::Csv => csv(r),
        ReportFormat::Json => format!("{}\n", super::json(&json_value(r))),
        ReportFormat::Chart => format!("{}\n\n{}", title(r, lang), chart(r, lang, 100)),
    }
}

/// "Sales funnel · 2025-01-01 to 2026-11-28 · as of 2026-01-31".
pub fn title(r: &Report, lang: Lang) -> String {
    let name = crate::report::REPORTS
        .iter()
        .find(|(n, _)| *n == r.name)
        .map(|(_, k)| tr(lang, k))
        .unwrap_or(r.name);
    let date = |k: &str| {
        r.params
            .get(k)
            .and_then(Value::as_str)
            .and_then(|s| s.parse().ok())
            .map(|d| format_date(d, lang))
    };
    let mut out = name.to_owned();
    if let (Some(from), Some(to)) = (date("from"), date("to")) {
        out.push_str(" · ");
        out.push_str(&trf(lang, "rpt.period", &[&from, &to]));
    }
    if let Some(a) = date("as_of") {
        out.push_str(" · ");
        out.push_str(&trf(lang, "rpt.as_of", &[&a]));
    }
    safe(&out)
}

/// A cell as people read it in `lang`.
pub fn cell_text(cell: &Cell, lang: Lang) -> String {
    match cell {
        Cell::Text(s) => safe(s),
        Cell::Key(k) => tr(lang, k).to_owned(),
        Cell::Empty => String::new(),
        Cell::Count(n) => count_text(*n, lang),
        Cell::Money(a) => a
            .to_money()
            .iter()
            .map(|m| format_money(m, lang))
            .collect::<Vec<_>>()
            .join("\n"),
        Cell::Percent { num, den } => match Cell::percent(*num, *den) {
            None => "–".to_owned(),
            Some(p) => {
                let s = format!("{p:.1}");
                match lang {
                    Lang::Pl => format!("{}%", s.replace('.', ",")),
                    Lang::En => format!("{s}%"),
                }
            }
        },
    }
}

/// A group cell in a table: "none" spelled out.
fn group_text(cell: &Cell, lang: Lang) -> String {
    match cell {
        Cell::Empty => tr(lang, "rpt.none").to_owned(),
        other => cell_text(other, lang),
    }
}

/// `1 234` in Polish, `1,234` in English.
fn count_text(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::Pl => ' ',
        Lang::En => ',',
    };
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// The table with a totals row.
pub fn table(r: &Report, lang: Lang) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(r.columns.iter().map(|c| safe(&c.label.text(lang))));
    let line = |row: &[Cell]| -> Vec<String> {
        row.iter()
            .zip(&r.columns)
            .map(|(cell, col)| match col.kind {
                ColumnKind::Group => group_text(cell, lang),
                _ => cell_text(cell, lang),
            })
            .collect()
    };
    for row in &r.rows {
        t.add_row(line(row));
    }
    if let Some(totals) = &r.totals {
        t.add_row(line(totals));
    }
    for (i, col) in r.columns.iter().enumerate() {
        if matches!(
            col.kind,
            ColumnKind::Count | ColumnKind::Money | ColumnKind::Percent
        ) && let Some(c) = t.column_mut(i)
        {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t.to_string()
}

/// A cell for CSV: counts as integers, money as exact decimals, percentages as numbers.
fn cell_csv(cell: &Cell) -> String {
    match cell_json(cell) {
        Value::Null => String::new(),
        Value::String(s) => s,
        Value::Object(m) => m
            .iter()
            .map(|(cur, v)| format!("{cur} {}", v.as_str().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

/// CSV: the column ids as header, then the rows (the totals row is left out: scripts sum).
pub fn csv(r: &Report) -> String {
    let headers: Vec<&str> = r.columns.iter().map(|c| c.id.as_str()).collect();
    let rows: Vec<Vec<String>> = r
        .rows
        .iter()
        .map(|row| row.iter().map(cell_csv).collect())
        .collect();
    super::table::csv(&headers, &rows)
}

/// A cell for JSON: counts as numbers, money as exact decimal strings (an object of them
/// per currency when amounts in several currencies were summed), percentages as numbers,
/// "none" as null, translated labels as their stable key (`total`, `other`).
pub fn cell_json(cell: &Cell) -> Value {
    match cell {
        Cell::Text(s) => json!(s),
        Cell::Key(k) => json!(k.strip_prefix("rpt.").unwrap_or(k)),
        Cell::Empty => Value::Null,
        Cell::Count(n) => json!(n),
        Cell::Money(a) => {
            let money = a.to_money();
            match money.as_slice() {
                [one] => json!(one.to_decimal_string()),
                many => Value::Object(
                    many.iter()
                        .map(|m| (m.currency.clone(), json!(m.to_decimal_string())))
                        .collect::<Map<_, _>>(),
                ),
            }
        }
        Cell::Percent { num, den } => match Cell::percent(*num, *den) {
            Some(p) => json!(p),
            None => Value::Null,
        },
    }
}

/// The DESIGN.md report shape: `{ report, params, columns, rows, totals }`, plus the
/// currency of the money cells.
pub fn json_value(r: &Report) -> Value {
    let row = |cells: &[Cell]| Value::Array(cells.iter().map(cell_json).collect());
    json!({
        "report": r.name,
        "params": r.params,
        "columns": r.columns.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        "rows": r.rows.iter().map(|c| row(c)).collect::<Vec<_>>(),
        "totals": r.totals.as_deref().map(row),
        "currency": r.currency,
    })
}

/// The chart, `width` characters wide at most.
pub fn chart(r: &Report, lang: Lang, width: usize) -> String {
    let Some(c) = &r.chart else {
        return format!("{}\n", tr(lang, "rpt.chart_empty"));
    };
    let all_zero = c
        .series
        .iter()
        .all(|s| s.points.iter().all(|(_, v)| *v == 0.0));
    if c.series.is_empty() || all_zero {
        return format!("{}\n", tr(lang, "rpt.chart_empty"));
    }
    match c.kind {
        ChartKind::Distribution => bars(c, lang, width),
        ChartKind::TrendLine | ChartKind::TrendBars => {
            let mut out = String::new();
            for s in &c.series {
                if c.series.len() > 1 || matches!(s.name, Label::Name(_)) {
                    out.push_str(&safe(&s.name.text(lang)));
                    out.push('\n');
                }
                out.push_str(&trend(s, c.kind, width));
                out.push('\n');
            }
            out
        }
    }
}

/// One trend series with textplots: x is the interval number, labelled with the first and
/// last interval; y starts at zero.
fn trend(s: &Series, kind: ChartKind, width: usize) -> String {
    let points: Vec<(f32, f32)> = s
        .points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| (i as f32, *v as f32))
        .collect();
    let ymax = points.iter().map(|p| p.1).fold(0.0f32, f32::max).max(1.0);
    let xmax = (points.len().saturating_sub(1)).max(1) as f32;
    let labels: Vec<String> = s.points.iter().map(|(l, _)| l.text(Lang::En)).collect();
    // textplots wants at least 32 dots; two dots per character.
    let w = u32::try_from(width.saturating_sub(12) * 2)
        .unwrap_or(64)
        .max(32);
    let shape = match kind {
        ChartKind::TrendBars => Shape::Bars(&points),
        _ => Shape::Lines(&points),
    };
    let mut plot = Plot::new_with_y_range(w, 40, 0.0, xmax, 0.0, ymax);
    let plot = plot
        .x_label_format(LabelFormat::Custom(Box::new(move |x| {
            let i = x.round().max(0.0) as usize;
            labels.get(i).cloned().unwrap_or_default()
        })))
        .y_label_format(LabelFormat::Custom(Box::new(|y| format!("{y:.0}"))));
    let plot = textplots::Plot::lineplot(plot, &shape);
    plot.axis();
    plot.figures();
    plot.to_string()
}

/// Horizontal bars in Unicode eighth blocks, one per point, longest = the biggest value.
fn bars(c: &Chart, lang: Lang, width: usize) -> String {
    let mut out = String::new();
    for s in &c.series {
        let names: Vec<String> = s.points.iter().map(|(l, _)| safe(&l.text(lang))).collect();
        let values: Vec<String> = s
            .points
            .iter()
            .map(|(_, v)| count_text(*v as i64, lang))
            .collect();
        let name_w = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        let val_w = values.iter().map(|v| v.chars().count()).max().unwrap_or(0);
        let bar_w = width.saturating_sub(name_w + val_w + 4).max(10);
        let max = s.points.iter().map(|p| p.1).fold(0.0f64, f64::max);
        for ((name, value), (_, v)) in names.iter().zip(&values).zip(&s.points) {
            let eighths = if max > 0.0 {
                (v / max * bar_w as f64 * 8.0).round() as usize
            } else {
                0
            };
            let pad = name_w - name.chars().count();
            out.push_str(&format!(
                "{name}{} │{}{} {value}\n",
                " ".repeat(pad),
                block(eighths),
                " ".repeat(bar_w.saturating_sub(eighths.div_ceil(8)))
            ));
        }
    }
    out
}

/// A bar `eighths`/8 characters long.
fn block(eighths: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Amounts;

    #[test]
    fn counts_and_percentages_in_both_languages() {
        assert_eq!(count_text(1_234_567, Lang::Pl), "1 234 567");
        assert_eq!(count_text(1_234, Lang::En), "1,234");
        assert_eq!(count_text(-5, Lang::En), "-5");
        let p = Cell::Percent { num: 1, den: 8 };
        assert_eq!(cell_text(&p, Lang::Pl), "12,5%");
        assert_eq!(cell_text(&p, Lang::En), "12.5%");
        assert_eq!(cell_json(&Cell::Percent { num: 1, den: 0 }), Value::Null);
    }

    #[test]
    fn money_is_exact_in_json_and_formatted_in_tables() {
        let a = Cell::Money(Amounts::default());
        assert_eq!(cell_json(&a), json!("0.00"));
        assert_eq!(cell_text(&a, Lang::Pl), "0,00 zł");
    }

    #[test]
    fn blocks_have_eighths() {
        assert_eq!(block(17), "██▏");
        assert_eq!(block(0), "");
    }
}
