//! The board's data and moves (issue 19 item 5): each open stage's column, in pipeline
//! order, with the count and sum of the deals the deals list's filter matches there (the
//! deal-stages report over all time, so the figures are the report's), and its first cards
//! (the list's own query with the stage added); a card's deal moved to another open stage.

use chrono::NaiveDate;

use crate::app::{App, View};
use crate::board::{Board, CARDS, Column};
use crate::forms::Refresh;
use crate::i18n::trf;
use crate::model::{DictKind, StageKind};
use crate::render::report::cell_text;
use crate::report::{Cell, Params};
use crate::service::query::ListQuery;
use crate::service::views::DealView;
use crate::service::{Command, DealPatch, Result};

/// `B`: show the deals view as the board, or as the list again.
pub fn toggle(app: &mut App) {
    if app.board.is_some() {
        app.board = None;
        app.detail.of = None;
        return;
    }
    if app.view != View::Deals {
        app.view = View::Deals;
        app.detail.zoomed = false;
        app.detail.pin = None;
        super::windows::fetch(app, View::Deals);
    }
    app.board = Some(Board::default());
    load(app);
}

/// Read the board again (after a write, a notice, a new filter), the chosen card kept.
pub fn load(app: &mut App) {
    let Some(keep) = app.board.as_ref().map(|b| b.current().map(|d| d.id)) else {
        return;
    };
    match columns(app) {
        Ok(columns) => {
            if let Some(b) = app.board.as_mut() {
                b.columns = columns;
                b.keep(keep);
            }
        }
        Err(e) => app.complain(e.message(app.lang)),
    }
    app.detail.of = None;
}

/// The open stages' columns for the deals list's query.
fn columns(app: &App) -> Result<Vec<Column>> {
    let q = app.list::<DealView>().query(&app.user);
    // Counts and sums over every deal (not a period's): the report from the first day.
    let params = Params {
        from: NaiveDate::from_ymd_opt(1900, 1, 1),
        to: Some(app.today),
        filter: (!q.filter.is_empty()).then(|| q.filter.clone()),
        me: app.user.clone(),
        ..Params::default()
    };
    let report = app.svc.report("deal-stages", &params)?;
    let figures = |stage: &str| {
        report
            .rows
            .iter()
            .find(|r| matches!(r.first(), Some(Cell::Text(s)) if s == stage))
            .map(|r| {
                let count = match r.get(1) {
                    Some(Cell::Count(n)) => usize::try_from(*n).unwrap_or(0),
                    _ => 0,
                };
                let sum = r.get(2).map(|c| cell_text(c, app.lang)).unwrap_or_default();
                (count, sum)
            })
            .unwrap_or((0, String::new()))
    };
    let mut stages = app.svc.dict(DictKind::DealStage)?;
    stages.retain(|s| !s.retired && s.stage_kind == Some(StageKind::Open));
    stages.sort_by_key(|s| s.position);
    let mut out = Vec::new();
    for s in stages {
        let quoted = format!("stage:\"{}\"", s.name.replace('"', ""));
        let filter = if q.filter.is_empty() {
            quoted
        } else {
            format!("({}) {quoted}", q.filter)
        };
        let page = app.svc.page_deals(&ListQuery {
            filter,
            limit: Some(CARDS),
            offset: 0,
            ..q.clone()
        })?;
        let (count, sum) = figures(&s.name);
        out.push(Column {
            stage: s.name,
            count: count.max(page.total),
            sum,
            deals: page.rows,
        });
    }
    Ok(out)
}

/// `>` / `<` on a card: its deal to `stage`. What the write changed, for the caller to
/// refresh (`reload::after_write`, then `load`), when it was written.
pub fn move_stage(app: &mut App, deal: u64, stage: String) -> Option<Refresh> {
    let cmd = Command::UpdateDeal {
        id: deal,
        patch: DealPatch {
            stage: Some(stage.clone()),
            ..Default::default()
        },
    };
    match app.svc.apply(cmd) {
        Ok(_) => {
            app.say(trf(app.lang, "board.moved", &[&deal, &stage]));
            Some(Refresh {
                deals: vec![deal],
                campaigns: true,
                ..Default::default()
            })
        }
        Err(e) => {
            app.complain(e.message(app.lang));
            None
        }
    }
}

/// After a move: the chosen card follows its deal into its new column.
pub fn follow(app: &mut App, deal: u64) {
    load(app);
    if let Some(b) = app.board.as_mut() {
        b.keep(Some(deal));
    }
}
