//! R8 Deal stages: where the deals created in the period are now (or at the end of the
//! `--as-of` day): count and value per stage, in pipeline order; filters: owner, source,
//! tags, all at once.

use super::Report;
use super::group::{Groups, count_value_report};
use super::params::Resolved;
use super::state::selected;
use crate::model::DictKind;
use crate::read_model::dataset::Dataset;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for (_, _, s) in selected(data, p, true) {
        let acc = groups.at(Some(s.stage));
        acc.count += 1;
        acc.value.add_value(s.value);
    }
    Ok(count_value_report(
        data,
        &groups,
        DictKind::DealStage,
        "stage",
        "col.stage",
    ))
}
