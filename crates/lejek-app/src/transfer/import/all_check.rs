//! Everything that can refuse an `import all` file, checked before anything is written
//! (issue 15 item 9): the contacts and deals sections map to fields (an empty section
//! needs no columns), every record follows the rules the service stores it by
//! (`service::rules`, item 11), every value of a closed set is known, and every id a
//! record refers to is in the file. The first problem is named and nothing is written.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

use super::table::{Section, Table, from_json};
use super::{contacts, deals};
use crate::i18n::Message;
use crate::model::{
    Attachment, Campaign, Contact, ContactKind, Deal, DictEntry, DictKind, EntityKind, EntityRef,
    Id, MessageKind, MessageTemplate, StoredFile, Task, TaskKind, User,
};
use crate::service::{Error, Result, invalid, rules};
use crate::transfer::schema::{self, ExportAll};

/// The contacts and deals sections as tables, read once here and written from later.
pub struct Tables {
    pub contacts: Table,
    pub deals: Table,
}

/// Check the whole document; `file` names it in the message.
pub fn check(file: &str, doc: &ExportAll, maps: &[String]) -> Result<Tables> {
    let table = |v: serde_json::Result<Value>, section| -> Result<Table> {
        let v = v.map_err(|e| invalid("import.err.json", &[&file, &e]))?;
        from_json(v, section).map_err(|e| super::read_error(Path::new(file), e))
    };
    let tables = Tables {
        contacts: table(serde_json::to_value(&doc.contacts), Section::Contacts)?,
        deals: table(serde_json::to_value(&doc.deals), Section::Deals)?,
    };
    if !tables.contacts.rows.is_empty() {
        contacts::mapping(&tables.contacts, maps)?;
    }
    if !tables.deals.rows.is_empty() {
        deals::mapping(&tables.deals, maps)?;
    }
    let mut c = Checker {
        file,
        contacts: doc.contacts.iter().map(|c| c.id).collect(),
        deals: doc.deals.iter().map(|d| d.id).collect(),
        campaigns: doc.campaigns.iter().map(|c| c.id).collect(),
        tasks: doc.tasks.iter().map(|t| t.id).collect(),
    };
    c.records(doc)?;
    Ok(tables)
}

struct Checker<'f> {
    file: &'f str,
    contacts: HashSet<Id>,
    deals: HashSet<Id>,
    campaigns: HashSet<Id>,
    tasks: HashSet<Id>,
}

impl Checker<'_> {
    /// Record `at` (1 for the first) of `section` would be refused by the service.
    fn rule(&self, section: &str, at: usize, r: Result<()>) -> Result<()> {
        r.map_err(|e| {
            Error::Invalid(
                Message::new("integrity.err.import_refused")
                    .arg(self.file)
                    .arg(section)
                    .arg(at)
                    .arg_message(&rules::reason(&e)),
            )
        })
    }

    fn unknown(&self, section: &str, at: usize, field: &str, value: &str) -> Error {
        invalid(
            "integrity.err.import_unknown",
            &[&self.file, &section, &at, &field, &value],
        )
    }

    /// Record `at` of `section` refers to `kind` `id`: it must be in the file.
    fn refers(&self, section: &str, at: usize, kind: EntityKind, id: Option<Id>) -> Result<()> {
        let Some(id) = id else { return Ok(()) };
        let known = match kind {
            EntityKind::Contact => &self.contacts,
            EntityKind::Deal => &self.deals,
            EntityKind::Campaign => &self.campaigns,
            _ => &self.tasks,
        };
        if known.contains(&id) {
            return Ok(());
        }
        Err(invalid(
            "integrity.err.import_dangling",
            &[&self.file, &section, &at, &kind.as_str(), &id],
        ))
    }

    fn records(&mut self, doc: &ExportAll) -> Result<()> {
        for (i, u) in doc.users.iter().enumerate() {
            let user = User {
                login: u.login.clone(),
                name: u.name.clone(),
                admin: u.admin,
                created: u.created,
            };
            self.rule("users", i + 1, rules::user(&user))?;
        }
        for (i, e) in doc.dictionaries.iter().enumerate() {
            let Some(kind) = DictKind::parse(&e.dictionary) else {
                return Err(self.unknown("dictionaries", i + 1, "dictionary", &e.dictionary));
            };
            let entry = DictEntry {
                id: 0,
                kind,
                name: e.name.clone(),
                position: e.position,
                stage_kind: None,
                retired: e.retired,
                probability: None,
                rot_days: None,
            };
            self.rule("dictionaries", i + 1, rules::dict_entry(&entry))?;
        }
        for (i, c) in doc.contacts.iter().enumerate() {
            let kind = match c.kind.as_str() {
                "person" => ContactKind::Person,
                "company" => ContactKind::Company,
                other => return Err(self.unknown("contacts", i + 1, "kind", other)),
            };
            let contact = Contact {
                id: c.id,
                kind,
                name: c.name.clone(),
                company_id: c.company_id,
                email: c.email.clone(),
                phone: c.phone.clone(),
                city: c.city.clone(),
                address: c.address.clone(),
                nip: c.nip.clone(),
                tags: c.tags.clone(),
                roles: Vec::new(),
                status: None,
                source: None,
                end_reason: None,
                ended: c.ended,
                created: c.created,
                fields: Default::default(),
            };
            self.rule("contacts", i + 1, rules::contact(&contact))?;
            self.refers("contacts", i + 1, EntityKind::Contact, c.company_id)?;
        }
        for (i, d) in doc.deals.iter().enumerate() {
            let deal = Deal {
                id: d.id,
                contact_id: d.contact_id,
                title: d.title.clone(),
                offer: d.offer.clone(),
                description: d.description.clone(),
                owner: d.owner.clone(),
                stage: 0,
                source: None,
                value: None,
                next_activity: d.next_activity,
                tags: d.tags.clone(),
                campaign_id: d.campaign_id,
                loss_reason: None,
                created: d.created,
                closed: d.closed,
                last_activity: d.last_activity,
                expected_close: d.expected_close,
                fields: Default::default(),
            };
            self.rule("deals", i + 1, rules::deal(&deal))?;
            self.refers("deals", i + 1, EntityKind::Contact, Some(d.contact_id))?;
            self.refers("deals", i + 1, EntityKind::Campaign, d.campaign_id)?;
        }
        for (i, c) in doc.campaigns.iter().enumerate() {
            let campaign = Campaign {
                id: c.id,
                name: c.name.clone(),
                goals: c.goals.clone(),
                rules: c.rules.clone(),
                description: c.description.clone(),
                tags: c.tags.clone(),
                created: c.created,
            };
            self.rule("campaigns", i + 1, rules::campaign(&campaign))?;
        }
        for (i, t) in doc.tasks.iter().enumerate() {
            let kind = match t.kind.as_str() {
                "meeting" => TaskKind::Meeting,
                "task" => TaskKind::Task,
                other => return Err(self.unknown("tasks", i + 1, "kind", other)),
            };
            let task = Task {
                id: t.id,
                kind,
                title: t.title.clone(),
                assignee: t.assignee.clone(),
                due: t.due,
                done_at: t.done_at,
                deal_id: t.deal_id,
                campaign_id: t.campaign_id,
                created: t.created,
            };
            self.rule("tasks", i + 1, rules::task(&task))?;
            self.refers("tasks", i + 1, EntityKind::Deal, t.deal_id)?;
            self.refers("tasks", i + 1, EntityKind::Campaign, t.campaign_id)?;
        }
        for (section, list) in [("notes", &doc.notes), ("comments", &doc.comments)] {
            for (i, n) in list.iter().enumerate() {
                self.rule(section, i + 1, rules::journal_text(&n.author, &n.text))?;
                self.on(section, i + 1, &n.entity, n.entity_id)?;
            }
        }
        for (i, f) in doc.files.iter().enumerate() {
            let on = self.on("files", i + 1, &f.entity, f.entity_id)?;
            let a = Attachment {
                id: f.id,
                on,
                name: f.name.clone(),
                sha256: f.sha256.clone(),
                size: f.size,
                added_by: f.added_by.clone(),
                created: f.created,
            };
            self.rule("files", i + 1, rules::attachment(&a))?;
        }
        for (i, t) in doc.templates.iter().enumerate() {
            let Some(kind) = MessageKind::parse(&t.kind) else {
                return Err(self.unknown("templates", i + 1, "kind", &t.kind));
            };
            let template = MessageTemplate {
                id: t.id,
                name: t.name.clone(),
                kind,
                subject: t.subject.clone(),
                body: t.body.clone(),
                attachments: t
                    .attachments
                    .iter()
                    .map(|f| StoredFile {
                        name: f.name.clone(),
                        sha256: f.sha256.clone(),
                        size: f.size,
                    })
                    .collect(),
                created: t.created,
                created_by: t.created_by.clone(),
            };
            self.rule("templates", i + 1, rules::template(&template))?;
        }
        Ok(())
    }

    /// The record a note, comment or file is on: of a kind that has them, and in the file.
    fn on(&self, section: &str, at: usize, entity: &str, id: Id) -> Result<EntityRef> {
        let Some(kind) = schema::entity_kind(entity) else {
            return Err(self.unknown(section, at, "entity", entity));
        };
        self.refers(section, at, kind, Some(id))?;
        Ok(EntityRef { kind, id })
    }
}
