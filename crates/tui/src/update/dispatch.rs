//! Carrying out the events the panes pushed (`event::Event`), oldest first, until none is
//! left. Each event goes to the one file of `update` whose concern it is.

use super::{board, confirm, jump, reload, report, sending, submit, windows};
use crate::app::{App, View};
use crate::event::Event;
use crate::forms::Purpose;
use crate::help_pane::HelpPane;

/// Carry out every waiting event (one may push more).
pub fn drain(app: &mut App) {
    while let Some(event) = app.events.pop() {
        match event {
            Event::Close => {
                app.overlays.pop();
            }
            Event::OpenHelp => app.open(HelpPane::default()),
            Event::Ask { question, pending } => confirm::ask(app, question, pending),
            Event::Confirmed(pending) => confirm::confirmed(app, pending),
            Event::SubmitForm => submit::submit(app),
            Event::FormLookup => submit::lookup(app),
            Event::NewTemplate => submit::open_form(app, Purpose::NewTemplate),
            Event::EditTemplate(id) => submit::open_form(app, Purpose::EditTemplate(id)),
            Event::PreviewSend { deal, template } => sending::open_preview(app, deal, &template),
            Event::Send(out) => sending::send(app, *out),
            Event::EditReportParams => submit::open_form(app, Purpose::ReportParams),
            Event::RecomputeReport => report::recompute(app),
            Event::CloseReport => app.report = None,
            Event::Open(View::Reports) => report::open(app),
            // An entry of the inbox is about a record: Enter goes to it.
            Event::Open(View::Inbox) => jump::open_inbox_entry(app),
            Event::Open(_) => app.detail.zoomed = !app.detail.zoomed,
            Event::Fetch(view) => windows::fetch(app, view),
            Event::SelectAll(view) => windows::select_all(app, view),
            Event::Follow(link) => jump::follow(app, link),
            Event::MoveStage { deal, stage } => {
                if let Some(refresh) = board::move_stage(app, deal, stage) {
                    reload::after_write(app, refresh);
                    board::follow(app, deal);
                }
            }
            Event::NewDictEntry(kind) => submit::open_form(app, Purpose::NewDictEntry(kind)),
            Event::EditDictEntry(id) => submit::open_form(app, Purpose::EditDictEntry(id)),
            Event::Complain(msg) => app.complain(msg),
            // The event loop runs it: it owns the terminal.
            Event::Outside(job) => app.outside = Some(job),
        }
    }
}
