//! The queue of internal events: how a pane asks for something beyond itself (close me, open
//! a form, ask a yes/no question, send this message) without calling the code that does it
//! or another pane. Panes push events; after each input the update loop drains the queue in
//! order and carries each one out (gitui's `queue.rs` in small).

use std::collections::VecDeque;

use crate::comms::compose::Composed;
use crate::comms::send::Origin;
use crate::model::MessageTemplate;

use super::detail::Link;
use super::outside::Job;
use super::view::View;

/// What a yes/no question does when answered yes.
#[derive(Clone, Debug)]
pub enum Pending {
    /// Drop the form under the question.
    DropForm,
    /// Submit the form under the question (the bulk operation, after showing its counts).
    SubmitForm,
    Win(Vec<u64>),
    TaskDone(Vec<u64>),
    MarkRead(Vec<u64>),
    /// Remove the message template with this id (D12).
    RemoveTemplate(u64),
    /// Remove a note (or, `comment`, a comment) of record `on` (issue 18 item 5).
    RemoveText {
        on: crate::model::EntityRef,
        comment: bool,
        id: u64,
    },
    /// Reopen these done tasks.
    ReopenTasks(Vec<u64>),
    /// C4 undone: the contact is a customer again.
    ReopenContact(u64),
    /// A change to a dictionary from its screen (issue 19 item 8); `focus` is the entry
    /// the screen's cursor stays on.
    Dict {
        cmd: Box<crate::service::Command>,
        focus: u64,
    },
    /// Merge contact `other` into `keep` (issue 20 item 2).
    MergeContacts {
        keep: u64,
        other: u64,
    },
    /// Remove a deal (with its tasks, notes and files), a contact (with its deals) or a
    /// task (issue 20 item 3).
    RemoveRecord(crate::model::EntityRef),
    /// Remove the attached file `id` of record `on`.
    RemoveFile {
        on: crate::model::EntityRef,
        id: u64,
    },
}

/// A message ready to go, as the send preview hands it over.
#[derive(Clone, Debug)]
pub struct Outgoing {
    /// The message with its recipient as finally edited.
    pub message: Composed,
    /// A campaign's or a retry's origin (the default for a first send from the card).
    pub origin: Origin,
    /// The contact's name, for the status line when there was no address.
    pub contact: String,
}

/// Something a pane wants done outside itself.
#[derive(Clone, Debug)]
pub enum Event {
    /// Take the top pane off the screen.
    Close,
    /// Show the help over everything.
    OpenHelp,
    /// Ask a yes/no question; yes carries out `pending`.
    Ask { question: String, pending: Pending },
    /// The question was answered yes.
    Confirmed(Pending),
    /// The form on top was submitted with every field valid.
    SubmitForm,
    /// The form on top wants candidates for a record field's text (`Form::take_lookup`).
    FormLookup,
    /// Open the form for a new message template.
    NewTemplate,
    /// Open the form editing the message template with this id.
    EditTemplate(u64),
    /// The template picker chose `template` for the deal `deal`: preview the message.
    PreviewSend {
        deal: u64,
        template: Box<MessageTemplate>,
    },
    /// The preview was accepted: send the message.
    Send(Box<Outgoing>),
    /// Open the form with the open report's parameters.
    EditReportParams,
    /// Compute the open report again.
    RecomputeReport,
    /// Close the open report (the list of reports shows again).
    CloseReport,
    /// Enter on the list of this view: open what is under its cursor (the reports list
    /// opens the report; the other lists zoom the detail pane in and out).
    Open(View),
    /// The list of this view wants a window of rows from the service (it moved near the
    /// edge of the rows it holds, or its filter or sort changed).
    Fetch(View),
    /// Select everything the filter of this view's list matches (the service has the ids).
    SelectAll(View),
    /// Enter on a card line with a link: go there (issue 18 item 4).
    Follow(Link),
    /// The board moved a deal to another open stage (issue 19 item 5).
    MoveStage { deal: u64, stage: String },
    /// Hand the terminal to another program for a moment (the editor, a pager).
    Outside(Job),
    /// Open the form for a new value of this dictionary.
    NewDictEntry(crate::model::DictKind),
    /// Open the form changing the dictionary entry with this id.
    EditDictEntry(u64),
    /// Say why a key does nothing here (the status line's error).
    Complain(String),
}

/// Events waiting to be carried out, oldest first.
#[derive(Debug, Default)]
pub struct Events(VecDeque<Event>);

impl Events {
    pub fn push(&mut self, e: Event) {
        self.0.push_back(e);
    }

    /// The oldest waiting event, taken off the queue.
    pub fn pop(&mut self) -> Option<Event> {
        self.0.pop_front()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_come_out_in_the_order_they_went_in() {
        let mut q = Events::default();
        q.push(Event::Close);
        q.push(Event::Confirmed(Pending::MarkRead(vec![3])));
        assert!(matches!(q.pop(), Some(Event::Close)));
        assert!(matches!(
            q.pop(),
            Some(Event::Confirmed(Pending::MarkRead(ids))) if ids == vec![3]
        ));
        assert!(q.pop().is_none() && q.is_empty());
    }
}
