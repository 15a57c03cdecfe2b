//! The data reports compute over, read from the store in one pass per tree and kept compact:
//! logins, tags and currencies interned, times as UTC seconds. Only what a report needs is
//! read ([`Need`]): the event scan, the largest by far, only for the funnel and `--as-of`.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::fast::{self, ChangeRef, ContactRef, DealRef, EventRef};
use crate::model::{
    Change, Comment, Contact, ContactKind, Deal, DictEntry, DictKind, EntityKind, Event, Id,
    StageKind, Task, TaskKind, User,
};
use crate::service::{Result, Service};
use crate::store::{T, decode, keys};

/// Which parts of the store to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Need {
    pub deals: bool,
    /// Stage, value and loss-reason changes of every deal (funnel, `--as-of`).
    pub history: bool,
    pub contacts: bool,
    /// Who created each contact (sales activity).
    pub creators: bool,
    /// Tasks and comments (sales activity).
    pub activity: bool,
}

impl Need {
    pub fn all() -> Need {
        Need {
            deals: true,
            history: true,
            contacts: true,
            creators: true,
            activity: true,
        }
    }
}

/// A value as (currency number, minor units).
pub type Value = Option<(u16, i64)>;

/// A deal, as reports see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DealRow {
    pub id: Id,
    pub contact_id: Id,
    /// Login number (`Dataset::logins`).
    pub owner: u32,
    pub stage: u64,
    pub source: Option<u64>,
    pub value: Value,
    /// Tag numbers (`Dataset::tags`).
    pub tags: Box<[u32]>,
    pub loss_reason: Option<u64>,
    /// UTC seconds.
    pub created: i64,
    pub closed: Option<i64>,
}

/// One change in a deal's history that reports replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Stage(u64),
    Value(Value),
    LossReason(Option<u64>),
}

/// The stage, value and loss-reason changes of every deal, oldest first (by time, then by
/// the order they were written), stored flat: deal `i` owns `steps[offsets[i]..offsets[i+1]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    offsets: Vec<u32>,
    steps: Vec<(i64, Step)>,
}

impl History {
    /// The (time, change) list of deal number `i`.
    pub fn of(&self, i: usize) -> &[(i64, Step)] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(a), Some(b)) => &self.steps[*a as usize..*b as usize],
            _ => &[],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactRow {
    pub id: Id,
    pub kind: ContactKind,
    pub name: String,
    pub created: i64,
    pub source: Option<u64>,
    pub end_reason: Option<u64>,
    pub ended: Option<NaiveDate>,
    pub tags: Box<[u32]>,
    pub roles: Box<[u64]>,
    /// Login number of who created it, when loaded.
    pub creator: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskRow {
    pub kind: TaskKind,
    pub assignee: u32,
    pub done_at: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentRow {
    pub author: u32,
    pub created: i64,
    pub on: EntityKind,
}

/// Everything the reports read.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub need: Need,
    pub dicts: Arc<Vec<DictEntry>>,
    pub users: Vec<User>,
    pub logins: Vec<String>,
    pub currencies: Vec<String>,
    /// Tags as first written; `tag_folds` holds their folded forms.
    pub tags: Vec<String>,
    pub tag_folds: Vec<String>,
    /// In id order.
    pub deals: Vec<DealRow>,
    pub history: History,
    /// In id order.
    pub contacts: Vec<ContactRow>,
    pub tasks: Vec<TaskRow>,
    pub comments: Vec<CommentRow>,
    login_ids: HashMap<String, u32>,
    currency_ids: HashMap<String, u16>,
    tag_ids: HashMap<String, u32>,
}

impl Dataset {
    /// Read what `need` asks for.
    pub fn load(svc: &Service, need: Need) -> Result<Dataset> {
        let mut d = Dataset {
            need,
            dicts: svc.dict_entries()?,
            users: svc.users()?,
            ..Dataset::default()
        };
        for u in d.users.clone() {
            d.login(&u.login);
        }
        d.currency(super::amounts::DEFAULT_CURRENCY);
        if need.deals || need.history {
            d.load_deals(svc)?;
        }
        if need.contacts || need.creators {
            d.load_contacts(svc)?;
        }
        if need.history {
            d.load_history(svc, need.creators)?;
        } else if need.creators {
            d.load_creators(svc)?;
        }
        if need.activity {
            d.load_activity(svc)?;
        }
        Ok(d)
    }

    /// The login of number `n`.
    pub fn login_of(&self, n: u32) -> &str {
        self.logins
            .get(n as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The number of a login, if anyone in the data has it.
    pub fn login_id(&self, login: &str) -> Option<u32> {
        self.login_ids.get(login).copied()
    }

    /// The entry with this id.
    pub fn entry(&self, id: u64) -> Option<&DictEntry> {
        self.dicts.iter().find(|e| e.id == id)
    }

    /// The entries of one dictionary in order.
    pub fn entries(&self, kind: DictKind) -> impl Iterator<Item = &DictEntry> {
        self.dicts.iter().filter(move |e| e.kind == kind)
    }

    /// Whether a stage is open, won or lost (open when unknown).
    pub fn stage_kind(&self, stage: u64) -> StageKind {
        self.entry(stage)
            .and_then(|e| e.stage_kind)
            .unwrap_or(StageKind::Open)
    }

    /// The folded forms of a record's tags.
    pub fn folded_tags(&self, tags: &[u32]) -> Vec<&str> {
        tags.iter()
            .filter_map(|t| self.tag_folds.get(*t as usize).map(String::as_str))
            .collect()
    }

    fn login(&mut self, login: &str) -> u32 {
        if let Some(n) = self.login_ids.get(login) {
            return *n;
        }
        let n = u32::try_from(self.logins.len()).unwrap_or(u32::MAX);
        self.logins.push(login.to_owned());
        self.login_ids.insert(login.to_owned(), n);
        n
    }

    fn currency(&mut self, cur: &str) -> u16 {
        if let Some(n) = self.currency_ids.get(cur) {
            return *n;
        }
        let n = u16::try_from(self.currencies.len()).unwrap_or(u16::MAX);
        self.currencies.push(cur.to_owned());
        self.currency_ids.insert(cur.to_owned(), n);
        n
    }

    fn tag(&mut self, tag: &str) -> u32 {
        let folded = crate::text::fold(tag);
        if let Some(n) = self.tag_ids.get(&folded) {
            return *n;
        }
        let n = u32::try_from(self.tags.len()).unwrap_or(u32::MAX);
        self.tags.push(tag.to_owned());
        self.tag_folds.push(folded.clone());
        self.tag_ids.insert(folded, n);
        n
    }

    fn tag_list<'a>(&mut self, tags: impl Iterator<Item = &'a str>) -> Box<[u32]> {
        tags.map(|t| self.tag(t)).collect()
    }

    fn value(&mut self, v: Option<(&str, i64)>) -> Value {
        v.map(|(cur, minor)| (self.currency(cur), minor))
    }

    fn load_deals(&mut self, svc: &Service) -> Result<()> {
        for item in svc.store().tree(T::Deals).iter() {
            let (_, bytes) = item?;
            let row = match fast::decode::<DealRef>(&bytes) {
                Some(d) => self.deal_row_fast(&d),
                None => None,
            };
            let row = match row {
                Some(r) => r,
                None => {
                    let d: Deal = decode(&bytes)?;
                    self.deal_row(&d)
                }
            };
            self.deals.push(row);
        }
        Ok(())
    }

    fn deal_row_fast(&mut self, d: &DealRef) -> Option<DealRow> {
        let created = fast::parse_utc(d.created)?;
        let closed = match d.closed {
            Some(c) => Some(fast::parse_utc(c)?),
            None => None,
        };
        Some(DealRow {
            id: d.id,
            contact_id: d.contact_id,
            owner: self.login(d.owner),
            stage: d.stage,
            source: d.source,
            value: self.value(d.value.as_ref().map(|m| (m.currency, m.minor))),
            tags: self.tag_list(d.tags.iter().copied()),
            loss_reason: d.loss_reason,
            created,
            closed,
        })
    }

    fn deal_row(&mut self, d: &Deal) -> DealRow {
        DealRow {
            id: d.id,
            contact_id: d.contact_id,
            owner: self.login(&d.owner),
            stage: d.stage,
            source: d.source,
            value: self.value(d.value.as_ref().map(|m| (m.currency.as_str(), m.minor))),
            tags: self.tag_list(d.tags.iter().map(String::as_str)),
            loss_reason: d.loss_reason,
            created: d.created.timestamp(),
            closed: d.closed.map(|c| c.timestamp()),
        }
    }

    fn load_contacts(&mut self, svc: &Service) -> Result<()> {
        for item in svc.store().tree(T::Contacts).iter() {
            let (_, bytes) = item?;
            let row = match fast::decode::<ContactRef>(&bytes) {
                Some(c) => self.contact_row_fast(&c),
                None => None,
            };
            let row = match row {
                Some(r) => r,
                None => {
                    let c: Contact = decode(&bytes)?;
                    ContactRow {
                        id: c.id,
                        kind: c.kind,
                        name: c.name.clone(),
                        created: c.created.timestamp(),
                        source: c.source,
                        end_reason: c.end_reason,
                        ended: c.ended,
                        tags: self.tag_list(c.tags.iter().map(String::as_str)),
                        roles: c.roles.into_boxed_slice(),
                        creator: None,
                    }
                }
            };
            self.contacts.push(row);
        }
        Ok(())
    }

    fn contact_row_fast(&mut self, c: &ContactRef) -> Option<ContactRow> {
        let ended = match c.ended {
            Some(e) => Some(fast::parse_date(e)?),
            None => None,
        };
        Some(ContactRow {
            id: c.id,
            kind: c.kind,
            name: c.name.to_owned(),
            created: fast::parse_utc(c.created)?,
            source: c.source,
            end_reason: c.end_reason,
            ended,
            tags: self.tag_list(c.tags.iter().copied()),
            roles: c.roles.clone().into_boxed_slice(),
            creator: None,
        })
    }

    /// The index of deal `id` (deals are in id order).
    fn deal_index(&self, id: Id) -> Option<usize> {
        self.deals.binary_search_by_key(&id, |d| d.id).ok()
    }

    /// The name of contact `id` ("#id" when contacts were not loaded or it is gone).
    pub fn contact_name(&self, id: Id) -> String {
        match self.contact_index(id) {
            Some(i) => self.contacts[i].name.clone(),
            None => format!("#{id}"),
        }
    }

    fn contact_index(&self, id: Id) -> Option<usize> {
        self.contacts.binary_search_by_key(&id, |c| c.id).ok()
    }

    /// One scan of the events: deal stage/value/loss-reason changes, and (with `creators`)
    /// who created each contact.
    fn load_history(&mut self, svc: &Service, creators: bool) -> Result<()> {
        // (deal index, time, change), in write order.
        let mut raw: Vec<(u32, i64, Step)> = Vec::new();
        for item in svc.store().tree(T::Events).iter() {
            let (_, bytes) = item?;
            match fast::decode::<EventRef>(&bytes) {
                Some(ev) => self.event_fast(&ev, creators, &mut raw),
                None => {
                    let ev: Event = decode(&bytes)?;
                    self.event_full(&ev, creators, &mut raw);
                }
            }
        }
        // Group by deal keeping write order (a counting sort), then order each deal's steps
        // by time: a change recorded later with an earlier time (an import, a backdated
        // fix) still replays in time order.
        let mut offsets = vec![0u32; self.deals.len() + 1];
        for (i, _, _) in &raw {
            offsets[*i as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut next = offsets.clone();
        let mut steps = vec![(0i64, Step::Stage(0)); raw.len()];
        for (i, at, step) in raw {
            let slot = &mut next[i as usize];
            steps[*slot as usize] = (at, step);
            *slot += 1;
        }
        for i in 0..self.deals.len() {
            let part = &mut steps[offsets[i] as usize..offsets[i + 1] as usize];
            if !part.is_sorted_by_key(|s| s.0) {
                part.sort_by_key(|s| s.0);
            }
        }
        self.history = History { offsets, steps };
        Ok(())
    }

    fn push_step(&self, deal: Id, at: i64, step: Step, raw: &mut Vec<(u32, i64, Step)>) {
        if let Some(i) = self.deal_index(deal) {
            raw.push((u32::try_from(i).unwrap_or(u32::MAX), at, step));
        }
    }

    fn event_fast(&mut self, ev: &EventRef, creators: bool, raw: &mut Vec<(u32, i64, Step)>) {
        let Some(at) = fast::parse_utc(ev.at) else {
            return;
        };
        match (ev.entity.kind, &ev.change) {
            (EntityKind::Deal, ChangeRef::Stage { to, .. }) => {
                self.push_step(ev.entity.id, at, Step::Stage(*to), raw)
            }
            (EntityKind::Deal, ChangeRef::Value { new, .. }) => {
                let v = self.value(new.as_ref().map(|m| (m.currency, m.minor)));
                self.push_step(ev.entity.id, at, Step::Value(v), raw)
            }
            (EntityKind::Deal, ChangeRef::DictField { field, new, .. })
                if *field == "loss_reason" =>
            {
                self.push_step(ev.entity.id, at, Step::LossReason(*new), raw)
            }
            (EntityKind::Contact, ChangeRef::Created { .. }) if creators => {
                self.set_creator(ev.entity.id, ev.actor)
            }
            _ => {}
        }
    }

    fn event_full(&mut self, ev: &Event, creators: bool, raw: &mut Vec<(u32, i64, Step)>) {
        let at = ev.at.timestamp();
        match (ev.entity.kind, &ev.change) {
            (EntityKind::Deal, Change::Stage { to, .. }) => {
                self.push_step(ev.entity.id, at, Step::Stage(*to), raw)
            }
            (EntityKind::Deal, Change::Value { new, .. }) => {
                let v = self.value(new.as_ref().map(|m| (m.currency.as_str(), m.minor)));
                self.push_step(ev.entity.id, at, Step::Value(v), raw)
            }
            (EntityKind::Deal, Change::DictField { field, new, .. }) if field == "loss_reason" => {
                self.push_step(ev.entity.id, at, Step::LossReason(*new), raw)
            }
            (EntityKind::Contact, Change::Created { .. }) if creators => {
                self.set_creator(ev.entity.id, &ev.actor)
            }
            _ => {}
        }
    }

    fn set_creator(&mut self, contact: Id, actor: &str) {
        let login = self.login(actor);
        if let Some(i) = self.contact_index(contact) {
            self.contacts[i].creator = Some(login);
        }
    }

    /// Who created each contact, without scanning every event: the first entry of each
    /// contact in the by-entity index is its creation.
    fn load_creators(&mut self, svc: &Service) -> Result<()> {
        let prefix = [EntityKind::Contact.code()];
        let mut last: Option<Id> = None;
        let mut firsts = Vec::new();
        for item in svc.store().tree(T::EventsByEntity).scan_prefix(prefix) {
            let (k, _) = item?;
            let (Some(id), Some(seq)) = (keys::u64_at(&k, 1), keys::u64_at(&k, 9)) else {
                continue;
            };
            if last != Some(id) {
                last = Some(id);
                firsts.push((id, seq));
            }
        }
        let events = svc.store().tree(T::Events);
        for (id, seq) in firsts {
            let Some(bytes) = events.get(keys::id(seq))? else {
                continue;
            };
            match fast::decode::<EventRef>(&bytes) {
                Some(ev) => {
                    if matches!(ev.change, ChangeRef::Created { .. }) {
                        self.set_creator(id, ev.actor);
                    }
                }
                None => {
                    let ev: Event = decode(&bytes)?;
                    if matches!(ev.change, Change::Created { .. }) {
                        self.set_creator(id, &ev.actor);
                    }
                }
            }
        }
        Ok(())
    }

    fn load_activity(&mut self, svc: &Service) -> Result<()> {
        for item in svc.store().tree(T::Tasks).iter() {
            let (_, bytes) = item?;
            let t: Task = decode(&bytes)?;
            let assignee = self.login(&t.assignee);
            self.tasks.push(TaskRow {
                kind: t.kind,
                assignee,
                done_at: t.done_at.map(|d| d.timestamp()),
            });
        }
        for item in svc.store().tree(T::Comments).iter() {
            let (_, bytes) = item?;
            let c: Comment = decode(&bytes)?;
            let author = self.login(&c.author);
            self.comments.push(CommentRow {
                author,
                created: c.created.timestamp(),
                on: c.on.kind,
            });
        }
        Ok(())
    }
}
