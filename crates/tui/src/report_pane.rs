//! The report pane (R1-R8 in the TUI): the chosen report's parameters (editable in a form),
//! its table and its chart. Reports are computed off the UI thread and the pane recomputes
//! when its parameters or the data change.

use std::sync::mpsc::Sender;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::data::Loaded;
use super::env::Env;
use super::event::{Event, Events};
use super::form::{Field, FieldKind, Form, Pick, Source};
use super::pane::{Ctx, Input, Pane};
use super::report_draw;
use crate::backend::Backend;
use crate::i18n::{Lang, tr};
use crate::render::report::title;
use crate::render::safe;
use crate::report::{Params, Report};

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
    /// Which of the chart's series is drawn (it stays when the report is computed again).
    pub series: usize,
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
            series: 0,
        }
    }

    /// How many series the chart has (at least one, to step through).
    fn series_count(&self) -> usize {
        match &self.result {
            Some(Ok(r)) => r.chart.as_ref().map_or(0, |c| c.series.len()).max(1),
            _ => 1,
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

/// Which parameters report `name` takes (SPEC R1-R9): its period, then every parameter the
/// CLI accepts for it, in the core's order (`report::accepts`, the one list both read). The
/// forecast has no period: its deals are dated by their expected close (R9).
pub fn fields_of(name: &str) -> Vec<&'static str> {
    let period: &[&'static str] = if name == "forecast" {
        &[]
    } else {
        &["from", "to"]
    };
    period
        .iter()
        .copied()
        .chain(
            crate::report::PARAMS
                .into_iter()
                .filter(|p| crate::report::accepts(name, p)),
        )
        .collect()
}

/// A period's day as the form shows it: as the user's language writes dates, which the
/// period's parser reads back.
fn date(d: Option<chrono::NaiveDate>, l: Lang) -> String {
    d.map(|d| crate::model::date_format::format_date(d, l))
        .unwrap_or_default()
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
        .into_iter()
        .map(|id| {
            let f = |key, kind| Field::new(id, tr(l, key), kind);
            // Days are text: a period reads `2026-Q1`, `2026-03` or `-90d` as the CLI does
            // (`report::period_day`), checked when the form is submitted.
            match id {
                "from" => f("rpt.param.from", FieldKind::Text).value(date(p.from, l)),
                "to" => f("rpt.param.to", FieldKind::Text).value(date(p.to, l)),
                "as_of" => f("rpt.param.as_of", FieldKind::Text).value(date(p.as_of, l)),
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
                // A contact is picked by name, NIP, e-mail or #id (issue 18 item 2).
                "contact" => f("col.contact", FieldKind::Record(Source::Contact)).picked(
                    p.contact.and_then(|id| {
                        let c = env.svc().contact_view(id).ok()?;
                        Some(Pick::record(c.id, &c.name))
                    }),
                ),
                "sources" => f("rpt.param.sources", FieldKind::Text).value(p.sources.join(", ")),
                "tags" => f("col.tags", FieldKind::Tags).value(p.tags.join(" ")),
                "kind" => f(
                    "col.kind",
                    FieldKind::Choice(vec![
                        tr(l, "kind.company").to_owned(),
                        tr(l, "kind.person").to_owned(),
                    ]),
                )
                .value(p.kind.clone().unwrap_or_default()),
                "roles" => f("rpt.param.roles", FieldKind::Text).value(p.roles.join(", ")),
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

/// New parameters from the form (fields the report does not take keep their values); a day
/// that is not one is refused with the field's name and the CLI's own message. The rest is
/// checked by the service when the report is computed, as for the CLI.
pub fn params_from(
    form: &Form,
    old: &Params,
    today: chrono::NaiveDate,
    l: Lang,
) -> Result<Params, String> {
    let has = |id: &str| form.field(id).is_some();
    let day = |id: &str, key: &'static str, last: bool| {
        form.text(id)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| {
                crate::report::period_day(t, today, last)
                    .map_err(|e| format!("{}: {}", tr(l, key), e.message(l)))
            })
            .transpose()
    };
    let mut p = old.clone();
    if has("from") {
        p.from = day("from", "rpt.param.from", false)?;
    }
    if has("to") {
        p.to = day("to", "rpt.param.to", true)?;
    }
    if has("as_of") {
        p.as_of = day("as_of", "rpt.param.as_of", true)?;
    }
    if has("interval") {
        p.interval = form.choice("interval");
    }
    if has("owner") {
        p.owner = form.choice("owner");
    }
    if has("contact") {
        p.contact = form.record("contact");
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
        p.filter = form
            .text("filter")
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_owned);
    }
    Ok(p)
}

impl Pane for ReportPane {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    /// Esc closes the report, `e` edits its parameters, refresh computes it again, up and
    /// down scroll its table, the next and previous tab keys show the chart's next or
    /// previous series; other keys are the views'.
    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, events: &mut Events) -> bool {
        match input.action() {
            Some(Action::Back) => events.push(Event::CloseReport),
            Some(Action::Edit) => events.push(Event::EditReportParams),
            Some(Action::Refresh) => events.push(Event::RecomputeReport),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::Down) => self.scroll += 1,
            Some(Action::NextTab) => self.series = (self.series + 1) % self.series_count(),
            Some(Action::PrevTab) => {
                let n = self.series_count();
                self.series = (self.series + n - 1) % n;
            }
            _ => return false,
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        draw(frame, area, ctx, self);
    }
}

/// Draw the pane: title and period, the table, the chart when there is room, the keys.
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
    let (table, chart, hint) = report_draw::split(inner, report, l);
    report_draw::draw_table(frame, table, ctx, report, pane.scroll);
    if let Some(chart) = chart {
        report_draw::draw_chart(frame, chart, ctx, report, pane.series);
    }
    if let Some(hint) = hint {
        report_draw::draw_hint(frame, hint, ctx, report);
    }
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
