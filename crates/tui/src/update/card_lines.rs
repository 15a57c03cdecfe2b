//! What the keys do on a line of a zoomed card that is a note, a comment or a file (issue
//! 18 items 5 and 7): Enter edits a note or comment (its author may) and shows a file; the
//! edit key saves a file elsewhere; the remove key removes a note or comment (its author or
//! an admin may; the record's history keeps the text).

use super::confirm::ask;
use super::submit::open_form;
use crate::app::App;
use crate::detail::Link;
use crate::event::Pending;
use crate::forms::Purpose;
use crate::i18n::trf;
use crate::outside::Job;
use crate::service::files;

/// Enter on a note, comment or file line.
pub fn open(app: &mut App, link: Link) {
    match link {
        Link::Note { .. } | Link::Comment { .. } => {
            edit(app, link);
        }
        Link::File { on, id } => {
            // The stored copy is checked before a program sees it: a damaged file says so.
            let found = app
                .svc
                .attachment(on, &format!("#{id}"))
                .and_then(|(a, path)| files::verify(&path, &a.sha256, &a.name).map(|()| (a, path)));
            match found {
                Ok((a, stored)) => {
                    app.outside = Some(Job::Open {
                        stored,
                        name: a.name,
                    })
                }
                Err(e) => app.complain(e.message(app.lang)),
            }
        }
        Link::Record(_) | Link::Duplicate { .. } => {}
    }
}

/// The edit key on a card line: a note or comment to change, a file to save. False when
/// the line is none of these (the key edits the record then).
pub fn edit(app: &mut App, link: Link) -> bool {
    match link {
        Link::Note { on, id } | Link::Comment { on, id } => {
            let text = app.detail.text_here().unwrap_or_default().to_owned();
            let comment = matches!(link, Link::Comment { .. });
            open_form(
                app,
                Purpose::EditText {
                    on,
                    comment,
                    id,
                    text,
                },
            );
            true
        }
        Link::File { on, id } => {
            match app.svc.attachment(on, &format!("#{id}")) {
                Ok((a, _)) => open_form(
                    app,
                    Purpose::SaveFile {
                        on,
                        id,
                        name: a.name,
                    },
                ),
                Err(e) => app.complain(e.message(app.lang)),
            }
            true
        }
        Link::Record(_) | Link::Duplicate { .. } => false,
    }
}

/// The remove key on a card line: a note or comment, after a question that quotes it.
/// False when the line is neither.
pub fn remove(app: &mut App, link: Link) -> bool {
    let (on, id, comment) = match link {
        Link::Note { on, id } => (on, id, false),
        Link::Comment { on, id } => (on, id, true),
        Link::File { on, id } => return remove_file(app, on, id),
        _ => return false,
    };
    let text: String = app
        .detail
        .text_here()
        .unwrap_or_default()
        .chars()
        .take(60)
        .collect();
    let key = if comment {
        "confirm.remove_comment"
    } else {
        "confirm.remove_note"
    };
    let q = trf(app.lang, key, &[&text]);
    ask(app, q, Pending::RemoveText { on, comment, id });
    true
}

/// The remove key on a file's line: who attached it, or an admin, after a question that
/// names the file (issue 20 item 3).
fn remove_file(app: &mut App, on: crate::model::EntityRef, id: u64) -> bool {
    let a = match app.svc.attachment(on, &format!("#{id}")) {
        Ok((a, _)) => a,
        Err(e) => {
            app.complain(e.message(app.lang));
            return true;
        }
    };
    if a.added_by != app.user && !super::remove_record::is_admin(app) {
        let text = trf(app.lang, "erase.err.not_your_file", &[&id, &a.added_by]);
        app.complain(text);
        return true;
    }
    let q = trf(
        app.lang,
        "erase.confirm.file",
        &[&format!("#{id} {}", a.name)],
    );
    ask(app, q, Pending::RemoveFile { on, id });
    true
}
