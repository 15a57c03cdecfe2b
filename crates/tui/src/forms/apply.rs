//! A form's commands applied: together in one transaction (the bulk operation chunk by
//! chunk), new records noted for the cursor, and the message for the status bar.

use super::{Purpose, Refresh};
use crate::app::App;
use crate::i18n::trf;
use crate::service::{Command, Result};

/// Apply `cmds` from the form for `purpose`; say what was done and what to read again.
pub(super) fn apply(
    app: &App,
    purpose: &Purpose,
    cmds: Vec<Command>,
    mut refresh: Refresh,
) -> Result<(String, Refresh)> {
    let n = cmds.len();
    let outcomes = if matches!(purpose, Purpose::Bulk(_) | Purpose::NewDictEntry(_)) {
        // Each chunk is its own transaction (see `bulk::commands`); a new stage's
        // probability needs the stage stored first (`dict::add`).
        let mut all = Vec::new();
        for c in cmds {
            all.push(app.svc.apply(c)?);
        }
        all
    } else {
        app.svc.apply_batch(cmds)?
    };
    // New records appear in their lists at once.
    for o in &outcomes {
        if let Some(id) = o.id {
            focus_new(purpose, id, &mut refresh);
        }
    }
    let created: usize = outcomes.iter().map(|o| o.created.len()).sum();
    let msg = match purpose {
        Purpose::Bulk(_) => trf(app.lang, "msg.bulk_done", &[&created]),
        Purpose::SaveFile { name, .. } => trf(app.lang, "msg.file_saved", &[name]),
        _ => trf(app.lang, "msg.saved", &[&n]),
    };
    Ok((msg, refresh))
}

/// Put the cursor on the record `purpose` made.
fn focus_new(purpose: &Purpose, id: u64, refresh: &mut Refresh) {
    match purpose {
        Purpose::NewDeal { .. } => {
            refresh.deals.push(id);
            refresh.focus_deal = Some(id);
        }
        Purpose::NewContact => {
            refresh.contacts.push(id);
            refresh.focus_contact = Some(id);
        }
        Purpose::NewCampaign | Purpose::NewTask { .. } => refresh.focus_later = Some(id),
        Purpose::NewTemplate => refresh.focus_template = Some(id),
        Purpose::NewDictEntry(_) => refresh.focus_dict = Some(id),
        _ => {}
    }
}
