//! `contact export-personal` (issue 20 item 4, RODO art. 15 and 20): everything lejek
//! holds about a person, as one JSON document: the record, its history with old values,
//! the notes, comments and files on it and on its deals, its deals and their tasks, the
//! messages sent to it, and notes and comments elsewhere that mention it. Files are named,
//! not included (`deal file get` writes them out).

use serde_json::{Value, json};

use super::apply_erase::Scrub;
use super::{Result, Service};
use crate::model::{Change, Comment, EntityKind, EntityRef, Event, Id, Note};
use crate::store::{T, decode};

impl Service {
    /// The person's data as pretty JSON. Admins only: it gathers one person's data from
    /// the whole database, which is the data controller's job.
    pub fn personal_data(&self, login: &str, id: Id) -> Result<String> {
        self.require_admin(login, "erase.err.admin_export")?;
        let c = self.contact(id)?;
        let on = EntityRef {
            kind: EntityKind::Contact,
            id,
        };
        let journal = self.journal(on)?;
        let mut ours = vec![on];
        let mut deals = Vec::new();
        let mut messages = Vec::new();
        for d in self.deals_of_contact(id)? {
            let don = EntityRef {
                kind: EntityKind::Deal,
                id: d.deal.id,
            };
            ours.push(don);
            let j = self.journal(don)?;
            messages.extend(j.history.iter().filter_map(message));
            deals.push(json!({
                "deal": d,
                "history": j.history,
                "notes": j.notes,
                "comments": j.comments,
                "files": file_names(&j.attachments),
                "tasks": j.tasks,
            }));
        }
        let company = match c.company_id {
            Some(cid) => self
                .contact(cid)
                .ok()
                .map(|co| json!({"id": co.id, "name": co.name})),
            None => None,
        };
        let mentions = self.mentions(&c, &journal.history, &ours)?;
        let doc = json!({
            "contact": c,
            "company": company,
            "history": journal.history,
            "notes": journal.notes,
            "comments": journal.comments,
            "files": file_names(&journal.attachments),
            "deals": deals,
            "messages": messages,
            "mentions": mentions,
        });
        serde_json::to_string_pretty(&doc).map_err(|e| crate::error::Error::Store(e.to_string()))
    }

    /// Notes and comments on other records that name the person (its name, e-mail, phone,
    /// NIP or address, as it is or was).
    fn mentions(
        &self,
        c: &crate::model::Contact,
        history: &[Event],
        ours: &[EntityRef],
    ) -> Result<Vec<Value>> {
        let mut texts: Vec<String> = [&c.email, &c.phone, &c.nip, &c.address]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        texts.push(c.name.clone());
        for ev in history {
            if let Change::Field { field, old, new } = &ev.change
                && ["name", "email", "phone", "nip", "address"].contains(&field.as_str())
            {
                texts.extend(old.iter().chain(new.iter()).cloned());
            }
        }
        let scrub = Scrub::new(&texts);
        let mut out = Vec::new();
        if scrub.is_empty() {
            return Ok(out);
        }
        for item in self.store().tree(T::Notes).iter() {
            let (_, v) = item?;
            let n: Note = decode(&v)?;
            if !ours.contains(&n.on) && scrub.finds(&n.text) {
                out.push(json!({"note": n}));
            }
        }
        for item in self.store().tree(T::Comments).iter() {
            let (_, v) = item?;
            let n: Comment = decode(&v)?;
            if !ours.contains(&n.on) && scrub.finds(&n.text) {
                out.push(json!({"comment": n}));
            }
        }
        Ok(out)
    }
}

fn message(ev: &Event) -> Option<Value> {
    match &ev.change {
        Change::MessageSent(m) => Some(json!({"at": ev.at, "by": ev.actor, "message": m})),
        _ => None,
    }
}

fn file_names(files: &[crate::model::Attachment]) -> Vec<Value> {
    files
        .iter()
        .map(|a| json!({"id": a.id, "name": a.name, "size": a.size, "added_by": a.added_by, "created": a.created}))
        .collect()
}
