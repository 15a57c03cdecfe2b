//! R4 Deal loss reasons: deals lost in the period (dated by their move into the lost stage;
//! whenever they were created), count and value per loss reason; filters: owner, contact,
//! tags, deal source.

use super::Report;
use super::group::{Groups, count_value_report};
use super::params::Resolved;
use super::state::selected;
use crate::model::{DictKind, StageKind};
use crate::read_model::dataset::Dataset;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for (_, _, s) in selected(data, p, false) {
        if data.stage_kind(s.stage) != StageKind::Lost {
            continue;
        }
        if !s.closed.is_some_and(|c| p.span.contains(c)) {
            continue;
        }
        let acc = groups.at(s.loss_reason);
        acc.count += 1;
        acc.value.add_value(s.value);
    }
    Ok(count_value_report(
        data,
        &groups,
        DictKind::LossReason,
        "reason",
        "col.loss_reason",
    ))
}
