//! The forms behind each record action: which fields they have, and which service commands
//! their values become. A failed command leaves the form open with the message in it.
//!
//! Each entity has its own file with its purposes' forms and commands; this file names the
//! purposes and sends each to its file, and `apply` runs the commands.

mod apply;
mod bulk;
mod campaign;
mod contact;
mod deal;
mod fields;
mod notes;
mod selection;
mod task;
mod template;

use super::app::{App, View};
use super::form::Form;
use crate::model::EntityRef;
use crate::service::{Command, Result, invalid};

pub use bulk::bulk_command;

/// What a form is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    NewDeal {
        contact: Option<u64>,
    },
    EditDeal(u64),
    NewContact,
    EditContact(u64),
    NewCampaign,
    EditCampaign(u64),
    NewTask {
        deal: Option<u64>,
        campaign: Option<u64>,
    },
    EditTask(u64),
    Stage(Vec<u64>),
    Next(Vec<u64>),
    Value(Vec<u64>),
    Note(EntityRef),
    Comment(EntityRef),
    Attach(EntityRef),
    Lose(Vec<u64>),
    Owner(Vec<u64>),
    Tags {
        view: View,
        ids: Vec<u64>,
    },
    /// C6: a campaign with one deal per contact.
    Bulk(Vec<u64>),
    /// The open report's parameters (no service command: the report recomputes).
    ReportParams,
    /// A message template (D12): e-mail or SMS, chosen here once.
    NewTemplate,
    /// The template with this id (its kind stays).
    EditTemplate(u64),
}

/// What to reload after a successful submit.
#[derive(Clone, Debug, Default)]
pub struct Refresh {
    pub deals: Vec<u64>,
    pub contacts: Vec<u64>,
    pub campaigns: bool,
    pub tasks: bool,
    pub all_deals: bool,
    /// Put the cursor on a new record: a deal, a contact, or (when its list arrives) a
    /// campaign or task.
    pub focus_deal: Option<u64>,
    pub focus_contact: Option<u64>,
    pub focus_later: Option<u64>,
    /// The templates changed: read them again into the templates screen, with the cursor
    /// on `focus_template` when given.
    pub templates: bool,
    pub focus_template: Option<u64>,
}

/// Build the form for `purpose`, filled with the record's current values when editing.
pub fn build(app: &App, purpose: &Purpose) -> Result<Form> {
    Ok(match purpose {
        Purpose::NewDeal { contact } => deal::new_form(app, *contact)?,
        Purpose::EditDeal(id) => deal::edit_form(app, *id)?,
        Purpose::NewContact => contact::new_form(app)?,
        Purpose::EditContact(id) => contact::edit_form(app, *id)?,
        Purpose::NewCampaign => campaign::new_form(app)?,
        Purpose::EditCampaign(id) => campaign::edit_form(app, *id)?,
        Purpose::NewTask { deal, campaign } => task::new_form(app, *deal, *campaign)?,
        Purpose::EditTask(id) => task::edit_form(app, *id)?,
        Purpose::Stage(ids) => selection::stage_form(app, ids),
        Purpose::Next(ids) => selection::next_form(app, ids),
        Purpose::Value(ids) => selection::value_form(app, ids),
        Purpose::Note(_) => notes::note_form(app),
        Purpose::Comment(_) => notes::comment_form(app),
        Purpose::Attach(_) => notes::attach_form(app),
        Purpose::Lose(ids) => selection::lose_form(app, ids),
        Purpose::Owner(ids) => selection::owner_form(app, ids),
        Purpose::Tags { ids, .. } => selection::tags_form(app, ids),
        Purpose::Bulk(contacts) => bulk::bulk_form(app, contacts),
        // Without an open report there is nothing to edit.
        Purpose::ReportParams => match &app.report {
            Some(pane) => super::report_pane::form(app, pane),
            None => return Err(invalid("msg.not_here", &[])),
        },
        Purpose::NewTemplate => template::new_form(app)?,
        Purpose::EditTemplate(id) => template::edit_form(app, *id)?,
    })
}

/// Turn the form into commands and apply them (all of them or none).
pub fn submit(app: &App, purpose: &Purpose, form: &Form) -> Result<(String, Refresh)> {
    let mut refresh = Refresh::default();
    let cmds = commands(app, purpose, form, &mut refresh)?;
    apply::apply(app, purpose, cmds, refresh)
}

/// The commands the form's values become, noting in `refresh` what they will change.
fn commands(
    app: &App,
    purpose: &Purpose,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    Ok(match purpose {
        Purpose::NewDeal { .. } => deal::add(app, form, refresh)?,
        Purpose::EditDeal(id) => deal::update(app, *id, form, refresh)?,
        Purpose::NewContact => contact::add(form)?,
        Purpose::EditContact(id) => contact::update(app, *id, form, refresh)?,
        Purpose::NewCampaign => campaign::add(form, refresh)?,
        Purpose::EditCampaign(id) => campaign::update(app, *id, form, refresh)?,
        Purpose::NewTask { .. } => task::add(app, form, refresh)?,
        Purpose::EditTask(id) => task::update(app, *id, form, refresh),
        Purpose::Stage(ids) => selection::stage(ids, form, refresh),
        Purpose::Next(ids) => selection::next(ids, form, refresh),
        Purpose::Value(ids) => selection::value(ids, form, refresh),
        Purpose::Owner(ids) => selection::owner(ids, form, refresh),
        Purpose::Lose(ids) => selection::lose(ids, form, refresh),
        Purpose::Tags { view, ids } => selection::tags(*view, ids, form, refresh),
        Purpose::Note(on) => notes::note(*on, form, refresh),
        Purpose::Comment(on) => notes::comment(*on, form, refresh),
        Purpose::Attach(on) => notes::attach(app, *on, form, refresh)?,
        Purpose::Bulk(contacts) => bulk::commands(contacts, form, refresh),
        // The report pane recomputes; nothing is written.
        Purpose::ReportParams => Vec::new(),
        Purpose::NewTemplate => template::add(app, form, refresh)?,
        Purpose::EditTemplate(id) => template::update(app, *id, form, refresh)?,
    })
}
