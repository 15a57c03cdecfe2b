//! `contact erase` (issue 20 item 4, RODO art. 17): a person anonymised everywhere the store
//! holds them, in one transaction. What goes: the record's personal fields (name, e-mail,
//! phone, NIP, address), the old values of those fields in its history, its notes,
//! comments and files, the addresses and bodies of messages sent on its deals, and every
//! mention of its personal data in notes, comments, tasks, deals and history anywhere.
//! What stays: amounts, stages, dates, dictionary values and ids, so every report gives
//! the same figures, and the fact that the record existed and who erased it (the event
//! this writes). No record format changes: events are rewritten in their own format.

use memchr::memmem;

use super::apply_remove::hanging;
use super::plan::Plan;
use super::{Result, invalid};
use crate::i18n::{Lang, tr, trf};
use crate::model::{
    Attachment, Change, Comment, Contact, Deal, EntityKind, EntityRef, Event, FieldKind, FieldOn,
    Id, Note, Task,
};
use crate::store::{T, decode, encode, id_set, keys};

/// The contact fields that hold personal data (as history names them).
const PERSONAL: [&str; 5] = ["name", "email", "phone", "nip", "address"];

/// Texts to take out of other texts, case-insensitively, each replaced by a mark.
pub struct Scrub {
    /// (as given, lowercased), longest first so a full name goes before its words.
    needles: Vec<(String, String)>,
    mark: String,
}

impl Scrub {
    /// Texts shorter than three characters are not looked for: they would match anywhere.
    pub fn new(texts: &[String]) -> Scrub {
        let mut needles: Vec<(String, String)> = texts
            .iter()
            .map(|t| t.trim())
            .filter(|t| t.chars().count() >= 3)
            .map(|t| (t.to_owned(), t.to_lowercase()))
            .collect();
        needles.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        needles.dedup_by(|a, b| a.1 == b.1);
        Scrub {
            needles,
            mark: tr(Lang::Pl, "erase.redacted").to_owned(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.needles.is_empty()
    }

    /// Whether `s` holds any of the texts.
    pub fn finds(&self, s: &str) -> bool {
        let lower = s.to_lowercase();
        self.needles.iter().any(|(_, n)| lower.contains(n.as_str()))
    }

    /// Whether raw record bytes may hold one of the texts (a cheap test before decoding:
    /// ASCII letters folded, other bytes as stored).
    fn may_hold(&self, raw: &[u8]) -> bool {
        let low = raw.to_ascii_lowercase();
        self.needles
            .iter()
            .any(|(orig, _)| memmem::find(&low, orig.to_ascii_lowercase().as_bytes()).is_some())
            || self
                .needles
                .iter()
                .any(|(_, n)| memmem::find(&low, n.as_bytes()).is_some())
    }

    /// `s` with the texts replaced, or None when it holds none.
    pub fn text(&self, s: &str) -> Option<String> {
        let mut out = s.to_owned();
        let mut changed = false;
        for (orig, low) in &self.needles {
            let lower = out.to_lowercase();
            if !lower.contains(low.as_str()) {
                continue;
            }
            // Lowercasing kept every offset (all of Polish does): cut by the lowercased
            // matches; otherwise only the text as given is replaced.
            let aligned = lower.len() == out.len()
                && lower
                    .match_indices(low.as_str())
                    .all(|(i, m)| out.is_char_boundary(i) && out.is_char_boundary(i + m.len()));
            let next = if aligned {
                let mut r = String::with_capacity(out.len());
                let mut at = 0;
                for (i, m) in lower.match_indices(low.as_str()) {
                    r.push_str(&out[at..i]);
                    r.push_str(&self.mark);
                    at = i + m.len();
                }
                r.push_str(&out[at..]);
                r
            } else {
                out.replace(orig.as_str(), &self.mark)
            };
            if next != out {
                out = next;
                changed = true;
            }
        }
        changed.then_some(out)
    }

    fn field(&self, s: &mut String) -> bool {
        match self.text(s) {
            Some(t) => {
                *s = t;
                true
            }
            None => false,
        }
    }

    fn opt(&self, s: &mut Option<String>) -> bool {
        s.as_mut().is_some_and(|v| self.field(v))
    }

    /// Scrub every text an event holds; whether it changed.
    fn change(&self, c: &mut Change) -> bool {
        match c {
            Change::Created { summary } | Change::Removed { summary } => self.field(summary),
            Change::Field { old, new, .. } => self.opt(old) | self.opt(new),
            Change::NoteAdded { text, .. }
            | Change::CommentAdded { text, .. }
            | Change::NoteRemoved { text, .. }
            | Change::CommentRemoved { text, .. } => self.field(text),
            Change::NoteEdited { old, new, .. } | Change::CommentEdited { old, new, .. } => {
                self.field(old) | self.field(new)
            }
            Change::FileAttached { name, .. } => self.field(name),
            Change::TaskAdded { title, .. }
            | Change::TaskDone { title, .. }
            | Change::TaskReopened { title, .. }
            | Change::TaskMoved { title, .. }
            | Change::DealCreated { title, .. } => self.field(title),
            Change::MessageSent(m) => {
                self.field(&mut m.to) | self.opt(&mut m.subject) | self.field(&mut m.body)
            }
            Change::DictField { .. }
            | Change::Stage { .. }
            | Change::Value { .. }
            | Change::Linked { .. }
            | Change::Backdated { .. } => false,
        }
    }
}

/// Every text of a record's own history that is personal: the values of its personal
/// fields, the texts of its notes and comments, file names, messages' addresses and bodies.
fn redact_own(c: &mut Change, mark: &str, anon: &str) -> bool {
    let m = || mark.to_owned();
    match c {
        Change::Created { summary } => *summary = anon.to_owned(),
        Change::Field { field, old, new } if PERSONAL.contains(&field.as_str()) => {
            let name = field == "name";
            for v in [old, new] {
                if v.is_some() {
                    *v = Some(if name { anon.to_owned() } else { m() });
                }
            }
        }
        Change::NoteAdded { text, .. }
        | Change::CommentAdded { text, .. }
        | Change::NoteRemoved { text, .. }
        | Change::CommentRemoved { text, .. } => *text = m(),
        Change::NoteEdited { old, new, .. } | Change::CommentEdited { old, new, .. } => {
            *old = m();
            *new = m();
        }
        Change::FileAttached { name, .. } => *name = m(),
        Change::MessageSent(msg) => redact_message(msg, mark),
        _ => return false,
    }
    true
}

fn redact_message(msg: &mut crate::model::SentMessage, mark: &str) {
    msg.to = mark.to_owned();
    msg.body = mark.to_owned();
    if msg.subject.is_some() {
        msg.subject = Some(mark.to_owned());
    }
}

/// Everything personal the store holds of the contact: current and former values.
fn personal_texts(c: &Contact, history: &[Event]) -> (Vec<String>, Vec<String>) {
    let mut strong: Vec<String> = [&c.email, &c.phone, &c.nip, &c.address]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let mut names = vec![c.name.clone()];
    for ev in history {
        match &ev.change {
            Change::Created { summary } => names.push(summary.clone()),
            Change::Field { field, old, new } if PERSONAL.contains(&field.as_str()) => {
                let into = if field == "name" {
                    &mut names
                } else {
                    &mut strong
                };
                into.extend(old.iter().chain(new.iter()).cloned());
            }
            _ => {}
        }
    }
    // A name's words alone are looked for only near the person (its own deals): "Jan"
    // elsewhere is someone else.
    let words: Vec<String> = names
        .iter()
        .flat_map(|n| n.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    strong.extend(names);
    (strong, words)
}

/// RODO art. 17 for contact `id` and for every duplicate merged into it (issue 20 item 2):
/// a merged record is the same person's older copy, still in the store behind its
/// redirect, so it is erased too.
pub fn erase_person(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    for merged in plan.svc.merged_into(id)? {
        erase_contact(plan, merged)?;
    }
    erase_contact(plan, id)
}

fn erase_contact(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let mut c: Contact = plan
        .get(T::Contacts, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_contact", &[&id]))?;
    let entity = EntityRef {
        kind: EntityKind::Contact,
        id,
    };
    let history = plan.svc.history(entity)?;
    let anon = trf(Lang::Pl, "erase.anon_name", &[&id]);
    let mark = tr(Lang::Pl, "erase.redacted").to_owned();
    let (mut strong, words) = personal_texts(&c, &history);
    // A contact's custom text fields (issue 20 item 1) may hold anything about the person
    // (a PESEL, a private note): their values, now and before, are personal too. Numbers,
    // money, dates, choices and yes/no stay, as amounts and stages do.
    let text_fields: Vec<String> = plan
        .svc
        .field_defs()?
        .into_iter()
        .filter(|d| d.on == FieldOn::Contact && d.kind == FieldKind::Text)
        .map(|d| d.name)
        .collect();
    strong.extend(
        c.fields
            .iter()
            .filter(|(name, _)| text_fields.contains(name))
            .map(|(_, v)| v.text()),
    );
    for ev in &history {
        if let Change::Field { field, old, new } = &ev.change
            && text_fields.contains(field)
        {
            strong.extend(old.iter().chain(new.iter()).cloned());
        }
    }
    strong.retain(|s| !s.trim().is_empty());
    // An earlier erase's own marks are not personal data.
    let strong: Vec<String> = strong
        .into_iter()
        .filter(|s| *s != anon && *s != mark)
        .collect();
    let words: Vec<String> = words
        .into_iter()
        .filter(|w| !anon.contains(w.as_str()) && !mark.contains(w.as_str()))
        .collect();
    let wide = Scrub::new(&strong);
    let near = Scrub::new(&[strong.clone(), words].concat());

    // 1. Mentions anywhere (notes, comments, tasks, deals, history), read from the store.
    if !wide.is_empty() {
        scrub_everywhere(plan, &wide)?;
    }
    // 2. The record and its own history.
    c.name = anon.clone();
    c.email = None;
    c.phone = None;
    c.nip = None;
    c.address = None;
    c.fields.retain(|name, _| !text_fields.contains(name));
    plan.put(T::Contacts, keys::id(id), &c);
    for mut ev in history {
        let custom = match &mut ev.change {
            Change::Field { field, old, new } if text_fields.contains(field) => {
                for v in [old, new].into_iter().filter(|v| v.is_some()) {
                    *v = Some(mark.clone());
                }
                true
            }
            _ => false,
        };
        if custom | redact_own(&mut ev.change, &mark, &anon) | near.change(&mut ev.change) {
            plan.put(T::Events, keys::event(entity, ev.seq), &ev);
        }
    }
    // 3. Its notes, comments and files go; the files' contents when nothing else has them.
    let h = hanging(plan, entity)?;
    for n in h.notes {
        plan.remove(T::Notes, keys::id(n).to_vec());
    }
    for n in h.comments {
        plan.remove(T::Comments, keys::id(n).to_vec());
    }
    for f in h.files {
        if let Some(a) = plan.get::<Attachment>(T::Attachments, &keys::id(f))? {
            plan.dropped_files.push(a.sha256);
            plan.remove(T::Attachments, keys::id(f).to_vec());
        }
    }
    // 4. Its deals: amounts, stages and dates stay; messages to it and mentions of it go.
    let deals = plan
        .w
        .get_raw(plan.svc.store(), T::DealsByContact, &keys::id(id))?
        .and_then(|v| id_set::ids(&v))
        .unwrap_or_default();
    for d in deals {
        scrub_deal(plan, d, &near, &mark)?;
    }
    plan.erased_texts.extend(strong);
    plan.event(
        entity,
        Change::Field {
            field: "erased".into(),
            old: None,
            new: Some(anon),
        },
    )?;
    Ok(Some(id))
}

/// A deal of the erased person: its messages' addresses and bodies, and every mention of
/// the person in its texts, history, notes, comments and tasks.
fn scrub_deal(plan: &mut Plan, id: Id, near: &Scrub, mark: &str) -> Result<()> {
    let entity = EntityRef {
        kind: EntityKind::Deal,
        id,
    };
    if let Some(mut d) = plan.get::<Deal>(T::Deals, &keys::id(id))?
        && (near.field(&mut d.title) | near.opt(&mut d.offer) | near.opt(&mut d.description))
    {
        plan.put(T::Deals, keys::id(id), &d);
    }
    for ev in plan.svc.history(entity)? {
        // Read through this plan: the wide pass may have rewritten it already.
        let Some(mut ev) = plan.get::<Event>(T::Events, &keys::event(entity, ev.seq))? else {
            continue;
        };
        let sent = if let Change::MessageSent(m) = &mut ev.change {
            redact_message(m, mark);
            true
        } else {
            false
        };
        if sent | near.change(&mut ev.change) {
            plan.put(T::Events, keys::event(entity, ev.seq), &ev);
        }
    }
    let h = hanging(plan, entity)?;
    for n in h.notes {
        if let Some(mut note) = plan.get::<Note>(T::Notes, &keys::id(n))?
            && near.field(&mut note.text)
        {
            plan.put(T::Notes, keys::id(n), &note);
        }
    }
    for n in h.comments {
        if let Some(mut cm) = plan.get::<Comment>(T::Comments, &keys::id(n))?
            && near.field(&mut cm.text)
        {
            plan.put(T::Comments, keys::id(n), &cm);
        }
    }
    for t in h.tasks {
        if let Some(mut task) = plan.get::<Task>(T::Tasks, &keys::id(t))?
            && near.field(&mut task.title)
        {
            plan.put(T::Tasks, keys::id(t), &task);
        }
    }
    Ok(())
}

/// The person's full name, e-mail, phone, NIP and address (former values too) wherever a
/// note, comment, task, deal or history entry mentions them. Raw bytes are tested before
/// decoding, so most records cost a byte search.
fn scrub_everywhere(plan: &mut Plan, wide: &Scrub) -> Result<()> {
    let store = plan.svc.store();
    let mut puts: Vec<(T, Vec<u8>, Vec<u8>)> = Vec::new();
    for t in [T::Notes, T::Comments, T::Tasks, T::Deals, T::Events] {
        for item in store.tree(t).iter() {
            let (k, v) = item?;
            if !wide.may_hold(&v) {
                continue;
            }
            let changed = match t {
                T::Notes => {
                    let mut n: Note = decode(&v)?;
                    wide.field(&mut n.text).then(|| encode(&n))
                }
                T::Comments => {
                    let mut n: Comment = decode(&v)?;
                    wide.field(&mut n.text).then(|| encode(&n))
                }
                T::Tasks => {
                    let mut n: Task = decode(&v)?;
                    wide.field(&mut n.title).then(|| encode(&n))
                }
                T::Deals => {
                    let mut d: Deal = decode(&v)?;
                    (wide.field(&mut d.title)
                        | wide.opt(&mut d.offer)
                        | wide.opt(&mut d.description))
                    .then(|| encode(&d))
                }
                _ => {
                    let mut e: Event = decode(&v)?;
                    wide.change(&mut e.change).then(|| encode(&e))
                }
            };
            if let Some(bytes) = changed {
                puts.push((t, k.to_vec(), bytes));
            }
        }
    }
    for (t, k, v) in puts {
        plan.w.put_raw(t, k, v);
    }
    Ok(())
}
