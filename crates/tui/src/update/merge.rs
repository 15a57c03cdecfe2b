//! The merge key on a contact card's possible duplicate line (issue 20 item 2): a question
//! naming both records, and on yes `Command::MergeContacts` (`confirm::perform`).

use super::confirm::ask;
use crate::app::App;
use crate::detail::Link;
use crate::event::Pending;
use crate::i18n::{tr, trf};
use crate::model::EntityKind;
use crate::naming::named;

/// Ask whether to merge the duplicate on the card's line into the card's contact.
pub fn ask_merge(app: &mut App) {
    let Some(Link::Duplicate { keep, other }) = app.detail.link_here() else {
        let hint = tr(app.lang, "dupes.tui.not_here").to_owned();
        return app.complain(hint);
    };
    let q = trf(
        app.lang,
        "dupes.confirm",
        &[
            &named(&app.svc, app.lang, EntityKind::Contact, &[other]),
            &named(&app.svc, app.lang, EntityKind::Contact, &[keep]),
        ],
    );
    ask(app, q, Pending::MergeContacts { keep, other });
}
