//! The views' actions in normal mode (no pane on top) that go beyond the list on screen
//! (which moves, selects and sorts itself): switching views, opening the filter and command
//! lines, and the record actions, which open forms, ask
//! questions or open the send and templates screens.

use super::confirm::{ask, perform};
use super::nav::{back, my_deals, not_here, switch};
use super::reload::reload;
use super::submit::open_form;
use super::{agenda, board, card_lines, dict_list, jump, remove_record, sending, template_list};
use crate::action::Action;
use crate::app::{App, InputKind, InputLine, View};
use crate::data::What;
use crate::event::Pending;
use crate::forms::Purpose;
use crate::help_pane::HelpPane;
use crate::i18n::tr;
use crate::model::{EntityKind, EntityRef};
use crate::naming::about;
use crate::service::query::FilterOf;
use crate::service::views::ContactView;

/// An action on the views.
pub fn on_action(app: &mut App, a: Action) {
    use Action::*;
    match a {
        Quit => app.quit = true,
        Help => app.open(HelpPane::default()),
        Back => back(app),
        NextView => switch(app, View::ALL[(app.view.index() + 1) % View::ALL.len()]),
        PrevView => switch(
            app,
            View::ALL[(app.view.index() + View::ALL.len() - 1) % View::ALL.len()],
        ),
        ViewDeals => switch(app, View::Deals),
        ViewContacts => switch(app, View::Contacts),
        ViewCampaigns => switch(app, View::Campaigns),
        ViewTasks => switch(app, View::Tasks),
        ViewReports => switch(app, View::Reports),
        ViewInbox => switch(app, View::Inbox),
        JumpBack => jump::back(app),
        JumpForward => jump::forward(app),
        Board => board::toggle(app),
        Agenda => agenda::open(app),
        // The board's own (it takes them before the views do).
        StageNext | StagePrev => not_here(app),
        Filter => {
            let text = app.list_here().filter_text().to_owned();
            app.input = Some(InputLine {
                kind: InputKind::Filter,
                cursor: text.chars().count(),
                before: text.clone(),
                text,
            });
        }
        CommandLine => {
            app.input = Some(InputLine {
                kind: InputKind::Command,
                text: String::new(),
                cursor: 0,
                before: String::new(),
            })
        }
        MyDeals => my_deals(app),
        Refresh => reload(app, What::all()),
        New => new_record(app),
        Edit => edit_record(app),
        ChangeStage => on_deals(app, Purpose::Stage),
        SetNextActivity => on_deals(app, Purpose::Next),
        SetValue => on_deals(app, Purpose::Value),
        Lose => on_deals(app, Purpose::Lose),
        AssignOwner => on_deals(app, Purpose::Owner),
        Win => {
            if let Some(ids) = deal_targets(app) {
                let q = about(
                    &app.svc,
                    app.lang,
                    EntityKind::Deal,
                    &ids,
                    "confirm.win.one",
                    "confirm.win.many",
                );
                ask(app, q, Pending::Win(ids));
            }
        }
        AddNote => on_record(app, Purpose::Note),
        AddComment => on_record(app, Purpose::Comment),
        AttachFile => on_record(app, Purpose::Attach),
        EditTags => {
            let view = app.view;
            let ids = app.targets();
            if matches!(view, View::Deals | View::Contacts | View::Campaigns) && !ids.is_empty() {
                open_form(app, Purpose::Tags { view, ids });
            } else {
                not_here(app);
            }
        }
        TaskDone => {
            if app.view == View::Tasks {
                let ids = app.targets();
                // Done tasks are opened again (issue 18 item 5); a mix is closed.
                let all_done = !ids.is_empty()
                    && ids
                        .iter()
                        .all(|id| app.svc.task(*id).is_ok_and(|t| t.done_at.is_some()));
                if all_done {
                    let q = about(
                        &app.svc,
                        app.lang,
                        EntityKind::Task,
                        &ids,
                        "confirm.task_reopen.one",
                        "confirm.task_reopen.many",
                    );
                    ask(app, q, Pending::ReopenTasks(ids));
                } else if !ids.is_empty() {
                    let q = about(
                        &app.svc,
                        app.lang,
                        EntityKind::Task,
                        &ids,
                        "confirm.task_done.one",
                        "confirm.task_done.many",
                    );
                    ask(app, q, Pending::TaskDone(ids));
                }
            } else {
                not_here(app);
            }
        }
        EndContact => end_or_reopen(app),
        NewDealForContact => match (app.view, app.current_id()) {
            (View::Contacts, Some(c)) => open_form(app, Purpose::NewDeal { contact: Some(c) }),
            _ => not_here(app),
        },
        BulkCampaign => {
            if app.view == View::Contacts {
                let Some(ids) = bulk_contacts(app) else {
                    return;
                };
                if ids.is_empty() {
                    app.complain(tr(app.lang, "msg.nothing_selected"));
                } else {
                    open_form(app, Purpose::Bulk(ids));
                }
            } else {
                not_here(app);
            }
        }
        MarkRead => {
            if app.view == View::Inbox {
                let ids = app.targets();
                perform(app, Pending::MarkRead(ids));
            } else {
                not_here(app);
            }
        }
        SendMessage => sending::start(app),
        RetrySend => sending::start_retry(app),
        Templates => template_list::open(app, None),
        Dictionaries => dict_list::open(app),
        MergeDuplicate => super::merge::ask_merge(app),
        // Removing: a note's, comment's or file's line on a card, else the record under the
        // cursor (the templates screen takes the key before this).
        Remove => {
            let on_line = app.detail.link_here();
            let done = match on_line {
                Some(l) => card_lines::remove(app, l),
                None => remove_record::remove(app),
            };
            if !done {
                not_here(app);
            }
        }
        // The detail pane's (it takes them before the views do), and the list's own.
        NextTab | PrevTab => {}
        Open | Up | Down | PageUp | PageDown | Top | Bottom | Select | SelectAll | SelectNone
        | SortNext | SortReverse => {}
        InputApply | InputCancel | FormSubmit | FormCancel | FormNextField | FormPrevField
        | FormEditor | HelpClose | HelpUp | HelpDown | ConfirmYes | ConfirmNo => {}
    }
}

/// C6 works on the selected contacts, or on all that the filter matches (the ids the
/// service has now, not the rows held).
/// None if the service could not say (the status line says why).
fn bulk_contacts(app: &mut App) -> Option<Vec<u64>> {
    let contacts = app.list::<ContactView>();
    if !contacts.selected.is_empty() {
        return Some(contacts.selected.iter().copied().collect());
    }
    let q = contacts.query(&app.user);
    match app.svc.ids(FilterOf::Contact, &q) {
        Ok(ids) => Some(ids),
        Err(e) => {
            app.complain(e.message(app.lang));
            None
        }
    }
}

/// C4 from the TUI: the end of cooperation (a form: reason and date) with the contact, or,
/// for an ended one, its reopening after a question (issue 18 item 6).
fn end_or_reopen(app: &mut App) {
    if app.view != View::Contacts {
        return not_here(app);
    }
    let Some(id) = app.current_id() else { return };
    match app.svc.contact_view(id) {
        Ok(c) if c.end_reason.is_some() => {
            let q = about(
                &app.svc,
                app.lang,
                EntityKind::Contact,
                &[id],
                "confirm.reopen_contact",
                "confirm.reopen_contact",
            );
            ask(app, q, Pending::ReopenContact(id));
        }
        Ok(_) => open_form(app, Purpose::EndContact(id)),
        Err(e) => app.complain(e.message(app.lang)),
    }
}

fn new_record(app: &mut App) {
    // In a deal's or campaign's Tasks tab, a new task is for that record (issue 18 item 5).
    let on_tasks_tab = app.detail.card.as_ref().is_some_and(|d| {
        d.tabs
            .get(app.detail.tab)
            .is_some_and(|(tab, _)| *tab == crate::detail::Tab::Tasks)
    });
    if on_tasks_tab && let Some(id) = app.current_id() {
        let purpose = match app.view {
            View::Deals => Some(Purpose::NewTask {
                deal: Some(id),
                campaign: None,
            }),
            View::Campaigns => Some(Purpose::NewTask {
                deal: None,
                campaign: Some(id),
            }),
            _ => None,
        };
        if let Some(p) = purpose {
            return open_form(app, p);
        }
    }
    let purpose = match app.view {
        View::Deals => Purpose::NewDeal { contact: None },
        View::Contacts => Purpose::NewContact,
        View::Campaigns => Purpose::NewCampaign,
        View::Tasks => Purpose::NewTask {
            deal: None,
            campaign: None,
        },
        _ => return not_here(app),
    };
    open_form(app, purpose);
}

fn edit_record(app: &mut App) {
    // On a note, comment or file line of the zoomed card: that, not the record.
    if let Some(link) = app.detail.link_here()
        && card_lines::edit(app, link)
    {
        return;
    }
    let Some(id) = app.current_id() else { return };
    let purpose = match app.view {
        View::Deals => Purpose::EditDeal(id),
        View::Contacts => Purpose::EditContact(id),
        View::Campaigns => Purpose::EditCampaign(id),
        View::Tasks => Purpose::EditTask(id),
        _ => return not_here(app),
    };
    open_form(app, purpose);
}

fn deal_targets(app: &mut App) -> Option<Vec<u64>> {
    if app.view != View::Deals {
        not_here(app);
        return None;
    }
    let ids = app.targets();
    (!ids.is_empty()).then_some(ids)
}

fn on_deals(app: &mut App, make: fn(Vec<u64>) -> Purpose) {
    if let Some(ids) = deal_targets(app) {
        open_form(app, make(ids));
    }
}

/// Notes, comments and files go on the deal, campaign or contact under the cursor.
fn on_record(app: &mut App, make: fn(EntityRef) -> Purpose) {
    let kind = match app.view {
        View::Deals => EntityKind::Deal,
        View::Campaigns => EntityKind::Campaign,
        View::Contacts => EntityKind::Contact,
        _ => return not_here(app),
    };
    if let Some(id) = app.current_id() {
        open_form(app, make(EntityRef { kind, id }));
    }
}
