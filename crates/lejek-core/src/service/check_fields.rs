//! `check`'s look at the fields: every record is judged by the rules the service writes
//! by (`rules`), so data that got in another way (an old version, an edited backup) is
//! reported rather than trusted (issue 15 item 11). Records that do not decode are the
//! store check's to report; this adds only what the service would refuse.

use super::rules::{self, Verdict};
use crate::store::check::{CheckReport, MAX_LISTED, Problem, ProblemKind};
use crate::store::key_text::describe_key;
use std::sync::atomic::AtomicBool;

use crate::store::walk::Walk;
use crate::store::{Store, T};

/// The trees whose records have rules.
const JUDGED: [T; 10] = [
    T::Users,
    T::Dicts,
    T::Contacts,
    T::Deals,
    T::Campaigns,
    T::Tasks,
    T::Notes,
    T::Comments,
    T::Attachments,
    T::Templates,
];

/// Add a problem to `report` for every record the service would refuse. A bounded walk
/// (`walk`), stopped with the client like the store check.
pub fn refused_records(
    store: &Store,
    report: &mut CheckReport,
    stop: Option<&AtomicBool>,
) -> sled::Result<()> {
    for t in JUDGED {
        for item in Walk::new(store, t, stop) {
            let (key, value) = item?;
            let Verdict::Refused(e) = rules::judge(t, &value) else {
                continue;
            };
            if report.problems.len() >= MAX_LISTED {
                report.unlisted += 1;
                continue;
            }
            // The reason travels packed in the detail and is rendered in the reader's
            // language (`Problem::message`).
            report.problems.push(Problem::new(
                ProblemKind::RefusedRecord,
                t,
                describe_key(t, &key),
                rules::reason(&e).packed(),
            ));
        }
    }
    Ok(())
}
