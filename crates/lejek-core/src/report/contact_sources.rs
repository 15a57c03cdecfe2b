//! R1 Contact sources: contacts created in the period, per acquisition source (including
//! none); filters: tags, kind, role.

use super::Report;
use super::group::{Groups, distribution_report};
use super::params::Resolved;
use super::state::contact_passes;
use crate::model::DictKind;
use crate::read_model::dataset::Dataset;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for c in &data.contacts {
        if p.span.contains(c.created) && contact_passes(data, p, c) {
            groups.at(c.source).count += 1;
        }
    }
    Ok(distribution_report(
        data,
        &groups,
        DictKind::ContactSource,
        "source",
        "col.source",
        true,
    ))
}
