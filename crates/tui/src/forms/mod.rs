//! The forms behind each record action: which fields they have, and which service commands
//! their values become. A failed command leaves the form open with the message in it.
//!
//! Each entity has its own file with its purposes' forms and commands; this file names the
//! purposes and sends each to its file, and `apply` runs the commands.

mod apply;
mod bulk;
mod campaign;
mod contact;
mod custom;
mod daily;
mod deal;
mod dict;
mod fields;
#[cfg(test)]
pub(crate) mod fixture;
mod lookup;
mod notes;
#[cfg(test)]
mod picker_tests;
mod selection;
mod task;
mod template;

use super::app::{App, View};
use super::form::Form;
use crate::model::{DictKind, EntityRef};
use crate::service::{Command, Result, invalid};

pub use bulk::bulk_command;
pub use lookup::answer as answer_lookup;

/// What a form is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A new deal, for this contact when opened on one.
    NewDeal { contact: Option<u64> },
    /// The deal with this id.
    EditDeal(u64),
    /// A new contact.
    NewContact,
    /// The contact with this id.
    EditContact(u64),
    /// A new campaign.
    NewCampaign,
    /// The campaign with this id.
    EditCampaign(u64),
    /// A new task or meeting, for this deal or campaign when opened on one.
    NewTask {
        deal: Option<u64>,
        campaign: Option<u64>,
    },
    /// The task with this id.
    EditTask(u64),
    /// A new stage for these deals.
    Stage(Vec<u64>),
    /// A new next activity for these deals.
    Next(Vec<u64>),
    /// A new value for these deals.
    Value(Vec<u64>),
    /// A note on this record.
    Note(EntityRef),
    /// A comment on this record.
    Comment(EntityRef),
    /// A file attached to this record.
    Attach(EntityRef),
    /// These deals lost, for one reason.
    Lose(Vec<u64>),
    /// A new owner for these deals.
    Owner(Vec<u64>),
    /// Tags added to and removed from these records of the view.
    Tags { view: View, ids: Vec<u64> },
    /// C6: a campaign with one deal per contact.
    Bulk(Vec<u64>),
    /// The open report's parameters (no service command: the report recomputes).
    ReportParams,
    /// A message template (D12): e-mail or SMS, chosen here once.
    NewTemplate,
    /// The template with this id (its kind stays).
    EditTemplate(u64),
    /// C4: the end of cooperation with this contact.
    EndContact(u64),
    /// A new value of this dictionary (issue 19 item 8).
    NewDictEntry(DictKind),
    /// The dictionary entry with this id: its name, a stage's probability and rot days.
    EditDictEntry(u64),
    /// A note's (or, `comment`, a comment's) new text; `on` is its record.
    EditText {
        on: EntityRef,
        comment: bool,
        id: u64,
        text: String,
    },
    /// Attached file `id` of `on`, saved to a path (`name` is its own name).
    SaveFile {
        on: EntityRef,
        id: u64,
        name: String,
    },
}

/// What to reload after a successful submit.
#[derive(Clone, Debug, Default)]
pub struct Refresh {
    /// These deals, read again.
    pub deals: Vec<u64>,
    /// These contacts, read again.
    pub contacts: Vec<u64>,
    /// The campaigns list (also when only its deals changed: it counts and sums them).
    pub campaigns: bool,
    /// The tasks list.
    pub tasks: bool,
    /// Every deal (a campaign's new name shows in its deals; the bulk operation made many).
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
    /// The dictionaries changed: read them again into the dictionaries screen, with the
    /// cursor on `focus_dict` when given.
    pub dicts: bool,
    pub focus_dict: Option<u64>,
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
        Purpose::EndContact(id) => daily::end_contact_form(app, *id),
        Purpose::EditText {
            comment, id, text, ..
        } => daily::edit_text_form(app, *comment, *id, text),
        Purpose::SaveFile { name, .. } => daily::save_file_form(app, name),
        Purpose::NewDictEntry(kind) => dict::new_form(app, *kind),
        Purpose::EditDictEntry(id) => dict::edit_form(app, *id)?,
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
        Purpose::NewContact => contact::add(app, form)?,
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
        Purpose::EndContact(id) => daily::end_contact(*id, form, refresh)?,
        Purpose::EditText {
            on, comment, id, ..
        } => daily::edit_text(*on, *comment, *id, form, refresh),
        Purpose::SaveFile { on, id, .. } => daily::save_file(app, *on, *id, form)?,
        Purpose::NewDictEntry(kind) => dict::add(*kind, form, refresh)?,
        Purpose::EditDictEntry(id) => dict::update(app, *id, form, refresh)?,
    })
}

#[cfg(test)]
mod tests {
    use super::fixture::{app, filled, ids};
    use super::*;

    #[test]
    fn a_saved_contact_is_counted_and_gets_the_cursor() {
        let (_db, app) = app();
        let purpose = Purpose::NewContact;
        let form = filled(&app, &purpose, &[("name", "Piekarnia Zbyszek")]);
        let (msg, refresh) = submit(&app, &purpose, &form).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(msg, "Zapisano 1 rekord");
        let new = ids::COMPANY + 1;
        assert_eq!(refresh.contacts, vec![new]);
        assert_eq!(refresh.focus_contact, Some(new));
        let saved = app.svc.contact_view(new).map(|c| c.name);
        assert_eq!(saved.ok().as_deref(), Some("Piekarnia Zbyszek"));
    }

    #[test]
    fn the_bulk_operation_counts_the_deals_it_made() {
        let (_db, app) = app();
        let purpose = Purpose::Bulk(vec![ids::COMPANY]);
        let form = filled(
            &app,
            &purpose,
            &[("campaign", "Wiosna"), ("title", "Kalendarze")],
        );
        let (msg, _) = submit(&app, &purpose, &form).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(msg, "Utworzono 1 interes");
    }

    #[test]
    fn report_parameters_without_an_open_report_are_refused() {
        let (_db, app) = app();
        let err = build(&app, &Purpose::ReportParams).err();
        let err = err.map(|e| e.message(crate::i18n::Lang::En));
        assert_eq!(err.as_deref(), Some("That does not apply here"));
    }

    /// The split's point: a change to one entity's forms opens only that entity's file, so
    /// an entity's file reaches no other entity's file (only this one and the shared
    /// `fields`; `apply` and the test fixture are not entities).
    #[test]
    fn entity_files_do_not_use_each_other() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/forms");
        let entities = [
            "bulk",
            "campaign",
            "contact",
            "deal",
            "notes",
            "selection",
            "task",
            "template",
        ];
        for file in entities {
            let path = dir.join(format!("{file}.rs"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for other in entities.iter().filter(|o| **o != file) {
                for reach in [format!("super::{other}"), format!("forms::{other}")] {
                    assert!(!text.contains(&reach), "{file}.rs uses {reach}");
                }
            }
        }
    }
}
