//! Yes/no questions and what yes does: opening the question, carrying out the answer
//! (dropping or submitting the form under it, or a batch of service commands).

use super::reload::{after_write, reload};
use super::submit::really_submit;
use crate::app::App;
use crate::confirm_pane::ConfirmPane;
use crate::data::What;
use crate::event::Pending;
use crate::form_pane::FormPane;
use crate::forms::Refresh;
use crate::i18n::trf;
use crate::service::Command;

/// Ask `question`; yes carries out `pending`.
pub fn ask(app: &mut App, question: String, pending: Pending) {
    app.open(ConfirmPane { question, pending });
}

/// The question was answered yes (its pane is already closed).
pub fn confirmed(app: &mut App, pending: Pending) {
    match pending {
        Pending::DropForm => {
            app.overlays.pop();
        }
        Pending::SubmitForm => {
            if let Some(FormPane { form, purpose }) = app.pop::<FormPane>() {
                really_submit(app, form, purpose);
            }
        }
        other => perform(app, other),
    }
}

/// Run a confirmed action.
pub fn perform(app: &mut App, pending: Pending) {
    let mut refresh = Refresh::default();
    let cmds: Vec<Command> = match &pending {
        Pending::Win(ids) => {
            refresh.deals.extend(ids);
            refresh.campaigns = true;
            ids.iter()
                .map(|id| Command::WinDeal {
                    id: *id,
                    stage: None,
                })
                .collect()
        }
        Pending::TaskDone(ids) => {
            refresh.tasks = true;
            for id in ids {
                if let Ok(t) = app.svc.task(*id) {
                    refresh.deals.extend(t.deal_id);
                }
            }
            ids.iter()
                .map(|id| Command::CompleteTask { id: *id })
                .collect()
        }
        Pending::MarkRead(ids) => vec![Command::MarkRead { seqs: ids.clone() }],
        Pending::RemoveText { on, comment, id } => {
            if on.kind == crate::model::EntityKind::Deal {
                refresh.deals.push(on.id);
            }
            vec![if *comment {
                Command::RemoveComment { id: *id }
            } else {
                Command::RemoveNote { id: *id }
            }]
        }
        Pending::ReopenTasks(ids) => {
            refresh.tasks = true;
            ids.iter()
                .map(|id| Command::ReopenTask { id: *id })
                .collect()
        }
        Pending::ReopenContact(id) => {
            refresh.contacts.push(*id);
            vec![Command::ReopenContact { id: *id }]
        }
        Pending::RemoveTemplate(id) => {
            refresh.templates = true;
            match crate::templates::by_id(app, *id) {
                Ok(t) => vec![Command::RemoveTemplate { name: t.name }],
                Err(e) => return app.complain(e.message(app.lang)),
            }
        }
        Pending::Dict { cmd, focus } => {
            refresh.dicts = true;
            refresh.focus_dict = Some(*focus);
            vec![(**cmd).clone()]
        }
        Pending::MergeContacts { keep, other } => {
            refresh.contacts.push(*keep);
            refresh.all_deals = true;
            refresh.campaigns = true;
            vec![Command::MergeContacts {
                keep: *keep,
                other: *other,
            }]
        }
        Pending::RemoveRecord(e) => {
            // Its lists, campaign totals and tasks change; every list is read again.
            refresh.campaigns = true;
            refresh.tasks = true;
            refresh.all_deals = true;
            vec![match e.kind {
                crate::model::EntityKind::Deal => Command::RemoveDeal { id: e.id },
                crate::model::EntityKind::Contact => Command::RemoveContact {
                    id: e.id,
                    with_deals: true,
                    detach_persons: false,
                },
                _ => Command::RemoveTask { id: e.id },
            }]
        }
        Pending::RemoveFile { on, id } => {
            if on.kind == crate::model::EntityKind::Deal {
                refresh.deals.push(on.id);
            }
            vec![Command::RemoveFile { id: *id }]
        }
        Pending::DropForm | Pending::SubmitForm => Vec::new(),
    };
    let n = cmds.len();
    match app.svc.apply_batch(cmds) {
        Ok(_) => {
            app.say(trf(app.lang, "msg.saved", &[&n]));
            after_write(app, refresh);
            if matches!(pending, Pending::MarkRead(_)) {
                reload(
                    app,
                    What {
                        inbox: true,
                        ..Default::default()
                    },
                );
            }
        }
        Err(e) => app.complain(e.message(app.lang)),
    }
}
