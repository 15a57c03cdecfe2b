//! R2 Contact end reasons: contacts whose cooperation ended in the period (by the end date
//! recorded with the reason, a business date), per end reason; filters: tags, kind, role.

use super::Report;
use super::group::Groups;
use super::group::distribution_report;
use super::params::Resolved;
use super::state::contact_passes;
use crate::model::DictKind;
use crate::read_model::dataset::Dataset;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for c in &data.contacts {
        let Some(ended) = c.ended else { continue };
        if ended >= p.from && ended <= p.to && contact_passes(data, p, c) {
            groups.at(c.end_reason).count += 1;
        }
    }
    Ok(distribution_report(
        data,
        &groups,
        DictKind::EndReason,
        "reason",
        "col.end_reason",
        false,
    ))
}
