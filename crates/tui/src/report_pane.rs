//! The report pane (R1-R8 in the TUI): the chosen report's parameters (editable in a form),
//! its table and its chart. Reports are computed off the UI thread and the pane recomputes
//! when its parameters or the data change.

use std::sync::mpsc::Sender;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Direction, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Cell as TCell, Paragraph, Row, Table, Wrap,
};

use super::action::{Action, Mode};
use super::data::Loaded;
use super::env::Env;
use super::event::{Event, Events};
use super::form::{Field, FieldKind, Form};
use super::pane::{Ctx, Input, Pane};
use crate::backend::Backend;
use crate::i18n::{Lang, tr};
use crate::render::report::{cell_text, title};
use crate::render::safe;
use crate::report::{ColumnKind, Params, Report};

/// An open report.
pub struct ReportPane {
    pub name: &'static str,
    pub params: Params,
    /// The last result (an error message when the parameters were refused).
    pub result: Option<std::result::Result<Report, String>>,
    pub computing: bool,
    pub scroll: usize,
    /// Computations are numbered; a result older than the latest request is dropped.
    pub generation: u64,
}

impl ReportPane {
    pub fn new(name: &'static str, me: &str) -> ReportPane {
        ReportPane {
            name,
            params: Params {
                me: me.to_owned(),
                ..Params::default()
            },
            result: None,
            computing: false,
            scroll: 0,
            generation: 0,
        }
    }
}

/// Compute in the background; the result arrives as `Loaded::Report`.
pub fn spawn(svc: Backend, pane: &mut ReportPane, lang: Lang, tx: Sender<Loaded>) {
    pane.generation += 1;
    pane.computing = true;
    let (name, params, generation) = (pane.name, pane.params.clone(), pane.generation);
    std::thread::spawn(move || {
        let result = svc.report(name, &params).map_err(|e| e.message(lang));
        // The UI may have closed the pane or quit; then nobody needs the result.
        let _ = tx.send(Loaded::Report(generation, Box::new(result)));
    });
}

/// Compute on this thread (tests, and when no loader runs).
pub fn compute_now(svc: &Backend, pane: &mut ReportPane, lang: Lang) {
    pane.generation += 1;
    pane.result = Some(
        svc.report(pane.name, &pane.params)
            .map_err(|e| e.message(lang)),
    );
    pane.computing = false;
}

/// Which parameters each report takes (SPEC R1-R8).
fn fields_of(name: &str) -> &'static [&'static str] {
    match name {
        "contact-sources" | "contact-end-reasons" => {
            &["from", "to", "tags", "kind", "roles", "filter"]
        }
        "deal-sources" => &["from", "to", "tags", "owner", "filter"],
        "deal-loss-reasons" => &[
            "from", "to", "owner", "contact", "tags", "sources", "filter",
        ],
        "deal-value" => &[
            "from",
            "to",
            "interval",
            "stage_kind",
            "stage",
            "by",
            "owner",
            "tags",
            "filter",
        ],
        "sales-activity" => &["from", "to", "interval", "owner"],
        "funnel" => &["from", "to", "as_of", "owner", "sources", "filter"],
        _ => &["from", "to", "as_of", "owner", "sources", "tags", "filter"],
    }
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The parameter form, filled with the pane's current parameters.
pub fn form(env: &impl Env, pane: &ReportPane) -> Form {
    let l = env.lang();
    let p = &pane.params;
    let dict = |kind| {
        env.svc()
            .dict(kind)
            .map(|d| d.into_iter().map(|e| e.name).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let mut logins: Vec<String> = env
        .svc()
        .users()
        .map(|u| u.into_iter().map(|u| u.login).collect())
        .unwrap_or_default();
    logins.push("me".into());
    let fields = fields_of(pane.name)
        .iter()
        .copied()
        .map(|id| {
            let f = |key, kind| Field::new(id, tr(l, key), kind);
            match id {
                "from" => f("rpt.param.from", FieldKind::Date).value(date(p.from)),
                "to" => f("rpt.param.to", FieldKind::Date).value(date(p.to)),
                "as_of" => f("rpt.param.as_of", FieldKind::Date).value(date(p.as_of)),
                "interval" => f(
                    "rpt.param.interval",
                    FieldKind::Choice(words(
                        l,
                        &["rpt.opt.month", "rpt.opt.quarter", "rpt.opt.year"],
                    )),
                )
                .value(p.interval.clone().unwrap_or_default()),
                "owner" => f("col.owner", FieldKind::Choice(logins.clone()))
                    .value(p.owner.clone().unwrap_or_default()),
                "contact" => f("col.contact_id", FieldKind::Number)
                    .value(p.contact.map(|c| c.to_string()).unwrap_or_default()),
                "sources" => f("col.source", FieldKind::Text).value(p.sources.join(", ")),
                "tags" => f("col.tags", FieldKind::Tags).value(p.tags.join(" ")),
                "kind" => f(
                    "col.kind",
                    FieldKind::Choice(vec![
                        tr(l, "kind.company").to_owned(),
                        tr(l, "kind.person").to_owned(),
                    ]),
                )
                .value(p.kind.clone().unwrap_or_default()),
                "roles" => f("col.roles", FieldKind::Text).value(p.roles.join(", ")),
                "stage" => f(
                    "col.stage",
                    FieldKind::Choice(dict(crate::model::DictKind::DealStage)),
                )
                .value(p.stage.clone().unwrap_or_default()),
                "stage_kind" => f(
                    "col.stage_kind",
                    FieldKind::Choice(words(l, &["stage.open", "stage.won", "stage.lost"])),
                )
                .value(p.stage_kind.clone().unwrap_or_default()),
                "by" => f(
                    "rpt.param.by",
                    FieldKind::Choice(words(
                        l,
                        &["rpt.opt.owner", "rpt.opt.contact", "rpt.opt.tag"],
                    )),
                )
                .value(p.by.clone().unwrap_or_default()),
                _ => f("rpt.param.filter", FieldKind::LongText)
                    .value(p.filter.clone().unwrap_or_default()),
            }
        })
        .collect();
    let title = crate::report::REPORTS
        .iter()
        .find(|(n, _)| *n == pane.name)
        .map(|(_, k)| tr(l, k))
        .unwrap_or(pane.name);
    Form::new(title, fields, env.today(), l)
}

/// Choice options in the user's language (the report parameters accept both languages).
fn words(l: Lang, keys: &[&'static str]) -> Vec<String> {
    keys.iter().map(|k| tr(l, k).to_owned()).collect()
}

fn list(s: Option<&str>) -> Vec<String> {
    s.map(|v| {
        v.split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    })
    .unwrap_or_default()
}

/// New parameters from the form (fields the report does not take keep their values).
pub fn params_from(form: &Form, old: &Params) -> Params {
    let has = |id: &str| form.field(id).is_some();
    let mut p = old.clone();
    if has("from") {
        p.from = form.date("from");
    }
    if has("to") {
        p.to = form.date("to");
    }
    if has("as_of") {
        p.as_of = form.date("as_of");
    }
    if has("interval") {
        p.interval = form.choice("interval");
    }
    if has("owner") {
        p.owner = form.choice("owner");
    }
    if has("contact") {
        p.contact = form.number("contact");
    }
    if has("sources") {
        p.sources = list(form.text("sources"));
    }
    if has("tags") {
        p.tags = form.tags("tags");
    }
    if has("kind") {
        p.kind = form.choice("kind");
    }
    if has("roles") {
        p.roles = list(form.text("roles"));
    }
    if has("stage") {
        p.stage = form.choice("stage");
    }
    if has("stage_kind") {
        p.stage_kind = form.choice("stage_kind");
    }
    if has("by") {
        p.by = form.choice("by");
    }
    if has("filter") {
        p.filter = form.text("filter").map(str::to_owned);
    }
    p
}

impl Pane for ReportPane {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    /// Esc closes the report, `e` edits its parameters, refresh computes it again, up and
    /// down scroll its table; other keys are the views'.
    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, events: &mut Events) -> bool {
        match input.action() {
            Some(Action::Back) => events.push(Event::CloseReport),
            Some(Action::Edit) => events.push(Event::EditReportParams),
            Some(Action::Refresh) => events.push(Event::RecomputeReport),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::Down) => self.scroll += 1,
            _ => return false,
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        draw(frame, area, ctx, self);
    }
}

/// Draw the pane: title and parameters, the table, and the chart when there is room.
fn draw(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, pane: &ReportPane) {
    let t = ctx.theme;
    let l = ctx.lang;
    let block = Block::default().borders(Borders::ALL);
    let inner = block.inner(area);
    let report = match &pane.result {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            frame.render_widget(
                Paragraph::new(safe(e))
                    .style(t.error())
                    .wrap(Wrap { trim: true })
                    .block(block),
                area,
            );
            return;
        }
        None => {
            frame.render_widget(
                Paragraph::new(tr(l, "tui.loading"))
                    .style(t.dim())
                    .block(block),
                area,
            );
            return;
        }
    };
    let head = if pane.computing {
        format!(" {} · {} ", title(report, l), tr(l, "tui.loading"))
    } else {
        format!(" {} ", title(report, l))
    };
    frame.render_widget(block.title(head), area);
    let chart_h = if inner.height >= 20 && report.chart.is_some() {
        inner.height / 2
    } else {
        0
    };
    let parts = Layout::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Fill(1), Constraint::Length(chart_h)])
        .split(inner);
    draw_table(frame, parts[0], ctx, report, pane.scroll);
    if chart_h > 0 {
        draw_chart(frame, parts[1], ctx, report);
    }
}

fn draw_table(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, r: &Report, scroll: usize) {
    let l = ctx.lang;
    let right = |k: ColumnKind| !matches!(k, ColumnKind::Group | ColumnKind::Text);
    let header: Vec<TCell> = r
        .columns
        .iter()
        .map(|c| {
            let text = safe(&c.label.text(l));
            let line = if right(c.kind) {
                Line::from(text).alignment(Alignment::Right)
            } else {
                Line::from(text)
            };
            TCell::from(line)
        })
        .collect();
    let to_row = |cells: &Vec<crate::report::Cell>| {
        Row::new(
            cells
                .iter()
                .zip(&r.columns)
                .map(|(c, col)| {
                    let text = safe(&cell_text(c, l));
                    let line = if right(col.kind) {
                        Line::from(text).alignment(Alignment::Right)
                    } else {
                        Line::from(text)
                    };
                    TCell::from(line)
                })
                .collect::<Vec<_>>(),
        )
    };
    let mut rows: Vec<Row> = r.rows.iter().skip(scroll).map(to_row).collect();
    if let Some(tot) = &r.totals {
        rows.push(to_row(tot).style(ctx.theme.header()));
    }
    // Number columns are as wide as their header or their widest value.
    let widths: Vec<Constraint> = r
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| match c.kind {
            ColumnKind::Group | ColumnKind::Text => Constraint::Fill(2),
            _ => {
                let cells = r
                    .rows
                    .iter()
                    .chain(r.totals.iter())
                    .filter_map(|row| row.get(i));
                let widest = cells
                    .map(|c| cell_text(c, l).chars().count())
                    .max()
                    .unwrap_or(0);
                let w = widest.max(c.label.text(l).chars().count()).max(4);
                Constraint::Length(u16::try_from(w).unwrap_or(u16::MAX))
            }
        })
        .collect();
    frame.render_widget(
        Table::new(rows, widths)
            .header(Row::new(header).style(ctx.theme.header()))
            .column_spacing(1),
        area,
    );
}

/// The chart's first series as vertical bars (intervals or groups), scaled to whole units.
fn draw_chart(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, r: &Report) {
    let Some(chart) = &r.chart else { return };
    let Some(series) = chart.series.first() else {
        return;
    };
    let l = ctx.lang;
    let bars: Vec<Bar> = series
        .points
        .iter()
        .map(|(label, v)| {
            let value = if v.is_finite() && *v > 0.0 {
                v.round() as u64
            } else {
                0
            };
            Bar::default()
                .value(value)
                .label(Line::from(safe(&label.text(l))))
                .text_value(crate::i18n::trf(l, "rpt.bar_value", &[&value]))
        })
        .collect();
    let n = bars.len().max(1) as u16;
    let width = ((area.width.saturating_sub(2)) / n)
        .saturating_sub(1)
        .clamp(3, 12);
    let title = format!(" {} ", safe(&series.name.text(l)));
    let widget = BarChart::default()
        .block(Block::default().borders(Borders::TOP).title(title))
        .data(BarGroup::default().bars(&bars))
        .bar_width(width)
        .bar_gap(1)
        .bar_style(ctx.theme.selected());
    frame.render_widget(widget, area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pane::TestCtx;

    #[test]
    fn the_report_takes_its_own_keys_and_leaves_the_others_to_the_views() {
        let t = TestCtx::new();
        let mut r = ReportPane::new("funnel", "anna");
        assert_eq!(
            t.act(&mut r, Action::Back),
            (true, vec!["CloseReport".into()])
        );
        assert_eq!(
            t.act(&mut r, Action::Edit),
            (true, vec!["EditReportParams".into()])
        );
        assert_eq!(
            t.act(&mut r, Action::Refresh),
            (true, vec!["RecomputeReport".into()])
        );
        t.act(&mut r, Action::Down);
        t.act(&mut r, Action::Down);
        t.act(&mut r, Action::Up);
        assert_eq!(r.scroll, 1);
        // Enter opens the report under the cursor of the list (the views' action).
        assert_eq!(t.act(&mut r, Action::Open), (false, vec![]));
    }
}
