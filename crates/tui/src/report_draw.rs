//! Drawing an open report: its table fitted to the width (number columns as wide as their
//! widest value, headers wrapped onto a second line rather than cut, the columns that do
//! not fit counted in the hint), its chart's chosen series as bars, and the keys.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Text};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Cell as TCell, Paragraph, Row, Table,
};

use super::action::{Action, Mode};
use super::pane::Ctx;
use crate::i18n::{Lang, tr, trf};
use crate::render::report::cell_text;
use crate::render::safe;
use crate::report::{ColumnKind, Report};

/// Spaces between columns.
const GAP: u16 = 1;
/// A group's name (a source, a stage) is cut no shorter than this, with "…".
const GROUP_MIN: usize = 10;
/// Rows a header may wrap onto.
const HEADER_LINES: usize = 3;

/// Width of a text as the terminal shows it (the widest line of a multi-line cell).
fn width(s: &str) -> usize {
    s.lines()
        .map(|l| Line::raw(l.to_owned()).width())
        .max()
        .unwrap_or(0)
}

fn numeric(k: ColumnKind) -> bool {
    !matches!(k, ColumnKind::Group | ColumnKind::Text)
}

/// How the table's columns fit a width.
#[derive(Debug, PartialEq, Eq)]
pub struct Fit {
    /// The width of each column shown (the first ones, in order).
    pub widths: Vec<u16>,
    /// Columns left out because they do not fit.
    pub hidden: usize,
    /// Lines the header takes.
    pub header_lines: usize,
}

/// Fit `r`'s columns into `room` columns of screen: each column first gets the least it
/// needs (its widest value and its header's longest word), columns that do not fit even so
/// are left out (the group column always shows), then the rest of the room goes first to
/// whole headers and then to the group column.
pub fn fit(r: &Report, lang: Lang, room: u16) -> Fit {
    let room = usize::from(room);
    let cells = |i: usize| {
        r.rows
            .iter()
            .chain(r.totals.iter())
            .filter_map(move |row| row.get(i))
            .map(move |c| width(&cell_text(c, lang)))
            .max()
            .unwrap_or(0)
    };
    let mut least = Vec::new();
    let mut whole = Vec::new();
    for (i, c) in r.columns.iter().enumerate() {
        let label = c.label.text(lang);
        let word = label.split_whitespace().map(width).max().unwrap_or(0);
        let values = cells(i);
        let min = if numeric(c.kind) {
            values.max(word).max(4)
        } else {
            values.min(GROUP_MIN).max(word)
        };
        least.push(min);
        whole.push(values.max(width(&label)).max(min));
    }
    // The first column always; then as many as fit at their least.
    let gap = usize::from(GAP);
    let mut used = least.first().copied().unwrap_or(0);
    let mut shown = usize::from(!least.is_empty());
    while shown < least.len() && used + gap + least[shown] <= room {
        used += gap + least[shown];
        shown += 1;
    }
    let mut widths: Vec<usize> = least[..shown].to_vec();
    let mut spare = room.saturating_sub(used);
    // The group's names whole first: they say what a row is.
    if let (Some(w), Some(full)) = (widths.first_mut(), whole.first()) {
        let more = (full - *w).min(spare);
        *w += more;
        spare -= more;
    }
    // Then, while there is room, the header on the most lines loses one, where that is
    // cheapest.
    let labels: Vec<String> = r.columns.iter().map(|c| c.label.text(lang)).collect();
    loop {
        let step = (1..shown)
            .filter_map(|i| {
                let lines = wrap(&labels[i], widths[i]).len();
                let wider =
                    (widths[i] + 1..=whole[i]).find(|&w| wrap(&labels[i], w).len() < lines)?;
                Some((lines, std::cmp::Reverse(wider - widths[i]), i, wider))
            })
            .max();
        match step {
            Some((_, std::cmp::Reverse(more), i, wider)) if more <= spare => {
                widths[i] = wider;
                spare -= more;
            }
            _ => break,
        }
    }
    // The rest goes to the group column, so the numbers end at the right edge.
    if let Some(w) = widths.first_mut() {
        *w += spare;
    }
    let header_lines = widths
        .iter()
        .zip(&r.columns)
        .map(|(w, c)| wrap(&c.label.text(lang), *w).len())
        .max()
        .unwrap_or(1)
        .clamp(1, HEADER_LINES);
    Fit {
        widths: widths
            .into_iter()
            .map(|w| u16::try_from(w).unwrap_or(u16::MAX))
            .collect(),
        hidden: r.columns.len() - shown,
        header_lines,
    }
}

/// `text` broken into lines of at most `w` columns at spaces (a longer word is cut).
fn wrap(text: &str, w: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if width(l) + 1 + width(word) <= w => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// `s` cut to `w` columns, the last one "…" when it was cut.
fn cut(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_owned();
    }
    let mut out = String::new();
    for ch in s.chars() {
        if width(&format!("{out}{ch}")) + 1 > w {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

/// Rows the table needs: header, rows, totals.
pub fn table_height(r: &Report, fit: &Fit) -> u16 {
    let n = fit.header_lines + r.rows.len() + usize::from(r.totals.is_some());
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// The table from row `scroll` on, fitted to `area`.
pub fn draw_table(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, r: &Report, scroll: usize) {
    let l = ctx.lang;
    let fit = fit(r, l, area.width);
    let shown = fit.widths.len();
    let cell = |text: String, kind: ColumnKind, w: u16| {
        let text = safe(&text);
        if numeric(kind) {
            TCell::from(Line::from(text).alignment(Alignment::Right))
        } else {
            TCell::from(Line::from(cut(&text, usize::from(w))))
        }
    };
    let header: Vec<TCell> = r
        .columns
        .iter()
        .zip(&fit.widths)
        .map(|(c, w)| {
            let lines: Vec<Line> = wrap(&safe(&c.label.text(l)), usize::from(*w))
                .into_iter()
                .take(HEADER_LINES)
                .map(|s| {
                    let line = Line::from(cut(&s, usize::from(*w)));
                    if numeric(c.kind) {
                        line.alignment(Alignment::Right)
                    } else {
                        line
                    }
                })
                .collect();
            TCell::from(Text::from(lines))
        })
        .collect();
    let to_row = |cells: &Vec<crate::report::Cell>| {
        Row::new(
            cells
                .iter()
                .zip(&r.columns)
                .zip(&fit.widths)
                .take(shown)
                .map(|((c, col), w)| cell(cell_text(c, l), col.kind, *w))
                .collect::<Vec<_>>(),
        )
    };
    let mut rows: Vec<Row> = r.rows.iter().skip(scroll).map(to_row).collect();
    if let Some(tot) = &r.totals {
        rows.push(to_row(tot).style(ctx.theme.header()));
    }
    let widths: Vec<Constraint> = fit.widths.iter().map(|w| Constraint::Length(*w)).collect();
    frame.render_widget(
        Table::new(rows, widths)
            .header(
                Row::new(header)
                    .height(u16::try_from(fit.header_lines).unwrap_or(1))
                    .style(ctx.theme.header()),
            )
            .column_spacing(GAP),
        area,
    );
}

/// The keys of the pane, after how many columns are left out (a wider terminal shows them).
pub fn draw_hint(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, r: &Report) {
    let k = |a| ctx.key(Mode::Normal, a);
    let mut text = trf(
        ctx.lang,
        "rpt.hint",
        &[
            &k(Action::Edit),
            &k(Action::PrevTab),
            &k(Action::NextTab),
            &k(Action::Refresh),
            &k(Action::Back),
        ],
    );
    let hidden = fit(r, ctx.lang, area.width).hidden;
    if hidden > 0 {
        text = format!("{} · {text}", trf(ctx.lang, "rpt.more_columns", &[&hidden]));
    }
    frame.render_widget(Paragraph::new(text).style(ctx.theme.dim()), area);
}

/// Labels that all start the same ("2025-12", "2026-01") lose what they share when the
/// bars are too narrow for them, and are then cut with "…".
fn bar_labels(labels: &[String], w: usize) -> Vec<String> {
    if labels.iter().all(|s| width(s) <= w) {
        return labels.to_vec();
    }
    let first: Vec<char> = labels
        .first()
        .map(|s| s.chars().collect())
        .unwrap_or_default();
    let common = labels.iter().fold(first.len(), |n, s| {
        s.chars()
            .zip(&first)
            .take(n)
            .take_while(|(a, b)| a == *b)
            .count()
    });
    // Only as much as the bars need, and at least two characters of every label stay.
    let min_len = labels.iter().map(|s| s.chars().count()).min().unwrap_or(0);
    let longest = labels.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let drop = common
        .min(min_len.saturating_sub(2))
        .min(longest.saturating_sub(w));
    labels
        .iter()
        .map(|s| cut(&s.chars().skip(drop).collect::<String>(), w))
        .collect()
}

/// Series `which` of the chart as vertical bars, titled with the column, the series' name
/// and which of how many it is.
pub fn draw_chart(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, r: &Report, which: usize) {
    let Some(chart) = &r.chart else { return };
    if chart.series.is_empty() {
        return;
    }
    let l = ctx.lang;
    let i = which % chart.series.len();
    let series = &chart.series[i];
    let column = r
        .columns
        .iter()
        .find(|c| c.id == chart.column)
        .map(|c| c.label.text(l))
        .unwrap_or_else(|| report_name(r, l));
    let (column, name) = (safe(&column), safe(&series.name.text(l)));
    // One series named as its column needs no more than the column's name.
    let title = match chart.series.len() {
        1 if name == column => column,
        1 => format!("{column}: {name}"),
        n => trf(l, "rpt.chart_series", &[&column, &name, &(i + 1), &n]),
    };
    // As many of the last points as fit at two columns a bar.
    let room = usize::from(area.width.saturating_sub(1));
    let fits = (room / 2).max(1);
    let points = &series.points[series.points.len().saturating_sub(fits)..];
    let n = points.len().max(1);
    let w = ((room + 1 + usize::from(GAP)) / n)
        .saturating_sub(usize::from(GAP))
        .clamp(1, 14);
    let labels: Vec<String> = points
        .iter()
        .map(|(label, _)| safe(&label.text(l)))
        .collect();
    let labels = bar_labels(&labels, w);
    let bars: Vec<Bar> = points
        .iter()
        .zip(labels)
        .map(|((_, v), label)| {
            let value = if v.is_finite() && *v > 0.0 {
                v.round() as u64
            } else {
                0
            };
            let shown = trf(l, "rpt.bar_value", &[&value]);
            // A value wider than its bar is left to the table rather than cut.
            let shown = if width(&shown) <= w {
                shown
            } else {
                String::new()
            };
            Bar::default()
                .value(value)
                .label(Line::from(label))
                .text_value(shown)
        })
        .collect();
    let widget = BarChart::default()
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title(format!(" {title} ")),
        )
        .data(BarGroup::default().bars(&bars))
        .bar_width(u16::try_from(w).unwrap_or(1))
        .bar_gap(GAP)
        .bar_style(ctx.theme.selected());
    frame.render_widget(widget, area);
}

fn report_name(r: &Report, l: Lang) -> String {
    crate::report::REPORTS
        .iter()
        .find(|(n, _)| *n == r.name)
        .map(|(_, k)| tr(l, k).to_owned())
        .unwrap_or_else(|| r.name.to_owned())
}

/// Split the pane's inside into the table, the chart (when the report has one and there is
/// room: what the table does not need, at least two fifths) and the hint line.
pub fn split(inner: Rect, r: &Report, lang: Lang) -> (Rect, Option<Rect>, Option<Rect>) {
    let hint = inner.height >= 6;
    let body_h = inner.height - u16::from(hint);
    let has_chart = r.chart.as_ref().is_some_and(|c| !c.series.is_empty());
    let chart_h = if has_chart && body_h >= 12 {
        let need = table_height(r, &fit(r, lang, inner.width));
        body_h
            .saturating_sub(need)
            .max(body_h * 2 / 5)
            .min(body_h.saturating_sub(5))
    } else {
        0
    };
    let parts = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Fill(1),
            Constraint::Length(chart_h),
            Constraint::Length(u16::from(hint)),
        ])
        .split(inner);
    (
        parts[0],
        (chart_h > 0).then_some(parts[1]),
        hint.then_some(parts[2]),
    )
}
