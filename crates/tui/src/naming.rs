//! What a question or a form title says it acts on (issue 18 item 1): "#540 Kalendarze
//! firmowe – rebranding" for one record, the first few and how many more for several, so
//! nobody confirms an action on a record they did not mean.

use crate::backend::Backend;
use crate::i18n::{Lang, trf};
use crate::model::EntityKind;

/// How many records a question names before "and N more".
const NAMED: usize = 3;

/// `#id name` of each of the first few records, and how many more there are.
pub fn named(svc: &Backend, lang: Lang, kind: EntityKind, ids: &[u64]) -> String {
    let first: Vec<u64> = ids.iter().take(NAMED).copied().collect();
    let names: Vec<String> = first
        .iter()
        .map(|&id| match name(svc, kind, id) {
            Some(n) => format!("#{id} {n}"),
            None => format!("#{id}"),
        })
        .collect();
    let list = names.join(", ");
    match ids.len().saturating_sub(NAMED) {
        0 => list,
        more => trf(lang, "named.more", &[&list, &more]),
    }
}

/// The record's title or name, if it can be read.
fn name(svc: &Backend, kind: EntityKind, id: u64) -> Option<String> {
    match kind {
        EntityKind::Deal => svc.deal_view(id).ok().map(|d| d.title),
        EntityKind::Contact => svc.contact_view(id).ok().map(|c| c.name),
        EntityKind::Campaign => svc.campaign(id).ok().map(|c| c.name),
        EntityKind::Task => svc.task(id).ok().map(|t| t.title),
        _ => None,
    }
}

/// A question or title in two forms: `one` naming the record, `many` with the count first.
pub fn about(
    svc: &Backend,
    lang: Lang,
    kind: EntityKind,
    ids: &[u64],
    one: &'static str,
    many: &'static str,
) -> String {
    let names = named(svc, lang, kind, ids);
    if ids.len() == 1 {
        trf(lang, one, &[&names])
    } else {
        trf(lang, many, &[&ids.len(), &names])
    }
}
