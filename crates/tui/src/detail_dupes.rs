//! A contact card's possible duplicates (issue 20 item 2): one line per candidate with its
//! reasons and score, leading to it (Enter) and offering the merge (the merge key). The
//! candidates are one service look-up when the card is built, never a search of all pairs.

use crate::backend::Backend;
use crate::i18n::{Lang, tr, trf};
use crate::service::Result;
use crate::service::duplicates::DuplicateReason;

/// The catalogue key of a reason.
fn reason_key(r: DuplicateReason) -> &'static str {
    match r {
        DuplicateReason::Nip => "dupes.reason.nip",
        DuplicateReason::Email => "dupes.reason.email",
        DuplicateReason::Phone => "dupes.reason.phone",
        DuplicateReason::Name => "dupes.reason.name",
    }
}

/// Contact `keep`'s possible duplicates, best first: each line's label, its text and the
/// candidate's id (`detail` makes them card lines with their `Link::Duplicate`).
pub fn lines(svc: &Backend, keep: u64, lang: Lang) -> Result<Vec<(String, String, u64)>> {
    Ok(svc
        .duplicates_of(keep)?
        .into_iter()
        .map(|c| {
            let reasons: Vec<&str> = c.reasons.iter().map(|r| tr(lang, reason_key(*r))).collect();
            let text = trf(
                lang,
                "dupes.card.line",
                &[&c.id, &c.name, &reasons.join(", "), &c.score],
            );
            (tr(lang, "dupes.card.title").to_owned(), text, c.id)
        })
        .collect())
}
