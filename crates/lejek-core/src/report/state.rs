//! Which deals a deal report counts, and how each stood: now, or (`--as-of`) at the end of a
//! past day, rebuilt by replaying its stage, value and loss-reason changes up to then.

use super::params::Resolved;
use crate::model::StageKind;
use crate::read_model::dataset::{Dataset, DealRow, Step, Value};

/// A deal's stage, value, loss reason and close time at the moment the report looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DealState {
    pub stage: u64,
    pub value: Value,
    pub loss_reason: Option<u64>,
    /// When it entered its closing stage (won or lost); None while open.
    pub closed: Option<i64>,
}

/// How deal number `i` stood: now (`cutoff` None) or just before `cutoff`. None when the
/// deal did not exist yet.
pub fn state(data: &Dataset, i: usize, cutoff: Option<i64>) -> Option<DealState> {
    let d = &data.deals[i];
    let Some(cutoff) = cutoff else {
        return Some(DealState {
            stage: d.stage,
            value: d.value,
            loss_reason: d.loss_reason,
            closed: d.closed,
        });
    };
    if d.created >= cutoff {
        return None;
    }
    let steps = data.history.of(i);
    if steps.is_empty() {
        // A deal written without history (not something lejek does): all we know is now.
        return state(data, i, None);
    }
    let mut s = DealState {
        stage: d.stage,
        value: None,
        loss_reason: None,
        closed: None,
    };
    let mut stage_at = None;
    for (at, step) in steps.iter().take_while(|(at, _)| *at < cutoff) {
        match step {
            Step::Stage(to) => {
                s.stage = *to;
                stage_at = Some(*at);
            }
            Step::Value(v) => s.value = *v,
            Step::LossReason(r) => s.loss_reason = *r,
        }
    }
    s.closed = match data.stage_kind(s.stage) {
        StageKind::Open => None,
        _ => stage_at.or(Some(d.created)),
    };
    if data.stage_kind(s.stage) != StageKind::Lost {
        s.loss_reason = None;
    }
    Some(s)
}

/// The stages deal number `i` went through up to `cutoff` (or up to now), oldest first.
pub fn path(data: &Dataset, i: usize, cutoff: Option<i64>) -> impl Iterator<Item = u64> + '_ {
    let limit = cutoff.unwrap_or(i64::MAX);
    let mut stages = data
        .history
        .of(i)
        .iter()
        .take_while(move |(at, _)| *at < limit)
        .filter_map(|(_, s)| match s {
            Step::Stage(to) => Some(*to),
            _ => None,
        })
        .peekable();
    // A deal without stage history (not something lejek writes) has been where it is.
    let only = stages.peek().is_none().then(|| data.deals[i].stage);
    stages.chain(only)
}

/// The deals a deal report counts: existing at the as-of cutoff, created in the period
/// (unless `created_in_period` is false: the loss report dates deals by their loss), passing
/// every filter given, with how each stood. Stage filters apply to that state.
pub fn selected<'a>(
    data: &'a Dataset,
    p: &'a Resolved,
    created_in_period: bool,
) -> impl Iterator<Item = (usize, &'a DealRow, DealState)> + 'a {
    let owner = p.owner.as_deref().map(|o| data.login_id(o));
    data.deals.iter().enumerate().filter_map(move |(i, d)| {
        if created_in_period && !p.span.contains(d.created) {
            return None;
        }
        if let Some(o) = owner
            && o != Some(d.owner)
        {
            return None;
        }
        if p.contact.is_some_and(|c| c != d.contact_id) {
            return None;
        }
        if !p.sources.is_empty() && !d.source.is_some_and(|s| p.sources.contains(&s)) {
            return None;
        }
        if !p.tags.is_empty() && !p.has_tags(&data.folded_tags(&d.tags)) {
            return None;
        }
        if p.ids.as_ref().is_some_and(|ids| !ids.contains(&d.id)) {
            return None;
        }
        let s = state(data, i, p.cutoff)?;
        if p.stage.is_some_and(|st| st != s.stage) {
            return None;
        }
        if p.stage_kind.is_some_and(|k| k != data.stage_kind(s.stage)) {
            return None;
        }
        Some((i, d, s))
    })
}

/// Whether a contact passes the contact filters (tags, kind, roles, `--filter`).
pub fn contact_passes(
    data: &Dataset,
    p: &Resolved,
    c: &crate::read_model::dataset::ContactRow,
) -> bool {
    if p.kind.is_some_and(|k| k != c.kind) {
        return false;
    }
    if !p.roles.iter().all(|r| c.roles.contains(r)) {
        return false;
    }
    if !p.tags.is_empty() && !p.has_tags(&data.folded_tags(&c.tags)) {
        return false;
    }
    p.ids.as_ref().is_none_or(|ids| ids.contains(&c.id))
}
