//! The data reports compute over, read from the store in one pass per tree and kept compact:
//! logins, tags and currencies interned, times as UTC seconds. Only what a report needs is
//! read ([`Need`]): the event scan, the largest by far, only for the funnel and `--as-of`.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Source;
use crate::error::Result;
use crate::model::{
    Change, Comment, Contact, ContactKind, CustomValue, Deal, DictEntry, DictKind, EntityKind,
    EntityRef, Event, Id, StageKind, Task, TaskKind, User,
};
use crate::store::read::mirror::{
    self, ChangeRef, ContactRef, ContactRefV2, DealRef, DealRefV1, DealRefV2, EventRef,
};
use crate::store::read::{self, Stored};

/// The currency of amounts that name none, and of reports with no amounts.
pub const DEFAULT_CURRENCY: &str = "PLN";

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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// What lists filter, sort and search on (the read model, issue 17).
    pub title: Box<str>,
    pub offer: Option<Box<str>>,
    pub campaign_id: Option<Id>,
    pub next_activity: Option<NaiveDate>,
    /// UTC seconds.
    pub last_activity: i64,
    /// When the deal is expected to close (issue 19).
    pub expected_close: Option<NaiveDate>,
    /// UTC seconds of the event that put the deal in its stage (its creation when the
    /// history is not loaded): what days in stage count from (issue 19).
    pub stage_since: i64,
    /// Custom field values by name, in name order (issue 20).
    pub fields: Box<[(Box<str>, CustomValue)]>,
    /// The local calendar days of `created`, `closed` and `last_activity`: worked out when
    /// the row is made or loaded, never stored (they depend on the machine's time zone).
    #[serde(skip)]
    pub days: DealDays,
}

/// A deal's times as local calendar days (what date filters compare).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DealDays {
    pub created: NaiveDate,
    pub closed: Option<NaiveDate>,
    pub last: NaiveDate,
}

impl DealRow {
    /// Work out `days` from the UTC times.
    pub fn set_days(&mut self) {
        self.days = DealDays {
            created: local_day(self.created),
            closed: self.closed.map(local_day),
            last: local_day(self.last_activity),
        };
    }
}

/// The local calendar day of a time in UTC seconds.
pub fn local_day(secs: i64) -> NaiveDate {
    match chrono::DateTime::from_timestamp(secs, 0) {
        Some(t) => crate::model::local_date::local_date(t),
        None => NaiveDate::default(),
    }
}

/// One change in a deal's history that reports replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Stage(u64),
    Value(Value),
    LossReason(Option<u64>),
}

/// The stage, value and loss-reason changes of every deal, oldest first (by time, then by
/// the order they were written), stored flat: deal `i` owns `steps[offsets[i]..offsets[i+1]]`.
/// `ids[i]` is that deal's id, so steps written later are merged in by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    offsets: Vec<u32>,
    ids: Vec<Id>,
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// What lists filter, sort and search on (the read model, issue 17).
    pub company_id: Option<Id>,
    pub email: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub city: Option<Box<str>>,
    pub nip: Option<Box<str>>,
    pub status: Option<u64>,
    /// Custom field values by name, in name order (issue 20).
    pub fields: Box<[(Box<str>, CustomValue)]>,
    /// The local calendar day of `created` (never stored, like `DealRow::days`).
    #[serde(skip)]
    pub created_day: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskRow {
    pub id: Id,
    pub kind: TaskKind,
    pub assignee: u32,
    pub done_at: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentRow {
    pub id: Id,
    pub author: u32,
    pub created: i64,
    pub on: EntityKind,
}

/// Everything the reports read.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub need: Need,
    pub dicts: Arc<Vec<DictEntry>>,
    /// Each stage's kind by entry id (reports ask it for every deal): from `dicts`.
    stage_kinds: Vec<Option<StageKind>>,
    pub users: Vec<User>,
    pub logins: Vec<String>,
    pub currencies: Vec<String>,
    /// Tags as first written; `tag_folds` holds their folded forms.
    pub tags: Vec<String>,
    pub tag_folds: Vec<String>,
    /// In id order.
    pub deals: Vec<DealRow>,
    pub history: History,
    /// Stage, value and loss-reason changes written since `history` was grouped, in write
    /// order, by deal id: merged into it by `build_history` (so all the steps are held once,
    /// grouped, not a second time as written).
    pub(super) pending: Vec<(Id, i64, Step)>,
    /// The last event this dataset has seen, and a hash of its bytes: a refresh reads only
    /// the events after it, and a database whose event at that seq differs (restored from
    /// a backup, replaced) is read again from scratch.
    pub(super) last_seq: u64,
    pub(super) last_hash: Vec<u8>,
    /// In id order.
    pub contacts: Vec<ContactRow>,
    pub tasks: Vec<TaskRow>,
    pub comments: Vec<CommentRow>,
    /// Steps were appended since `history` was grouped (`freshen_history`).
    history_stale: bool,
    login_ids: HashMap<String, u32>,
    currency_ids: HashMap<String, u16>,
    tag_ids: HashMap<String, u32>,
}

impl Dataset {
    /// Read what `need` asks for, straight from the store.
    pub fn load(svc: &dyn Source, need: Need) -> Result<Dataset> {
        let mut d = Dataset {
            need,
            dicts: svc.dict_entries()?,
            users: svc.users()?,
            ..Dataset::default()
        };
        d.index_stage_kinds();
        for u in d.users.clone() {
            d.login(&u.login);
        }
        d.currency(DEFAULT_CURRENCY);
        // Everything read below is at least as new as this event; a refresh starts after it.
        (d.last_seq, d.last_hash) = last_event(svc)?;
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

    /// Put back what a snapshot does not store: the lookup maps and the grouped history.
    pub(super) fn rebuild(&mut self) {
        for d in &mut self.deals {
            d.set_days();
        }
        for c in &mut self.contacts {
            c.created_day = local_day(c.created);
        }
        self.login_ids = self
            .logins
            .iter()
            .enumerate()
            .map(|(i, l)| (l.clone(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        self.currency_ids = self
            .currencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), u16::try_from(i).unwrap_or(u16::MAX)))
            .collect();
        self.tag_ids = self
            .tag_folds
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        self.build_history();
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
        match usize::try_from(stage)
            .ok()
            .and_then(|i| self.stage_kinds.get(i))
        {
            Some(kind) => kind.unwrap_or(StageKind::Open),
            None => self
                .entry(stage)
                .and_then(|e| e.stage_kind)
                .unwrap_or(StageKind::Open),
        }
    }

    /// Take new dictionary entries (and index their stage kinds).
    pub(crate) fn set_dicts(&mut self, dicts: Arc<Vec<DictEntry>>) {
        self.dicts = dicts;
        self.index_stage_kinds();
    }

    fn index_stage_kinds(&mut self) {
        let mut kinds = Vec::new();
        for e in self.dicts.iter() {
            // Entry ids are small counters; a huge one is looked up the slow way.
            if let Some(i) = usize::try_from(e.id).ok().filter(|i| *i < 1 << 16) {
                if kinds.len() <= i {
                    kinds.resize(i + 1, None);
                }
                kinds[i] = Some(e.stage_kind.unwrap_or(StageKind::Open));
            }
        }
        self.stage_kinds = kinds;
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

    fn load_deals(&mut self, svc: &dyn Source) -> Result<()> {
        for item in read::records::<Deal>(svc.store()) {
            let rec = item?;
            // A deal of record format 1 has its own mirror (no expected close date).
            let mirrored = rec
                .mirror::<DealRef>()
                .or_else(|| rec.mirror::<DealRefV2>().map(DealRef::from))
                .or_else(|| rec.mirror::<DealRefV1>().map(DealRef::from));
            let row = match mirrored {
                Some(d) => self.deal_row_fast(&d),
                None => None,
            };
            let row = match row {
                Some(r) => r,
                None => {
                    let d = rec.full()?;
                    self.deal_row(&d)
                }
            };
            self.deals.push(row);
        }
        Ok(())
    }

    fn deal_row_fast(&mut self, d: &DealRef) -> Option<DealRow> {
        let created = mirror::parse_utc(d.created)?;
        let closed = match d.closed {
            Some(c) => Some(mirror::parse_utc(c)?),
            None => None,
        };
        let next_activity = match d.next_activity {
            Some(n) => Some(mirror::parse_date(n)?),
            None => None,
        };
        let mut row = DealRow {
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
            title: d.title.into(),
            offer: d.offer.map(Into::into),
            campaign_id: d.campaign_id,
            next_activity,
            last_activity: mirror::parse_utc(d.last_activity)?,
            expected_close: match d.expected_close {
                Some(e) => Some(mirror::parse_date(e)?),
                None => None,
            },
            stage_since: created,
            fields: borrowed_fields(&d.fields),
            days: DealDays::default(),
        };
        row.set_days();
        Some(row)
    }

    pub(crate) fn deal_row(&mut self, d: &Deal) -> DealRow {
        let mut row = DealRow {
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
            title: d.title.as_str().into(),
            offer: d.offer.as_deref().map(Into::into),
            campaign_id: d.campaign_id,
            next_activity: d.next_activity,
            last_activity: d.last_activity.timestamp(),
            expected_close: d.expected_close,
            stage_since: d.created.timestamp(),
            fields: owned_fields(&d.fields),
            days: DealDays::default(),
        };
        row.set_days();
        row
    }

    fn load_contacts(&mut self, svc: &dyn Source) -> Result<()> {
        for item in read::records::<Contact>(svc.store()) {
            let rec = item?;
            let mirrored = rec
                .mirror::<ContactRef>()
                .or_else(|| rec.mirror::<ContactRefV2>().map(ContactRef::from));
            let row = match mirrored {
                Some(c) => self.contact_row_fast(&c),
                None => None,
            };
            let row = match row {
                Some(r) => r,
                None => {
                    let c = rec.full()?;
                    self.contact_row(&c)
                }
            };
            self.contacts.push(row);
        }
        Ok(())
    }

    pub(crate) fn contact_row(&mut self, c: &Contact) -> ContactRow {
        let boxed = |s: &Option<String>| s.as_deref().map(Into::into);
        ContactRow {
            id: c.id,
            kind: c.kind,
            name: c.name.clone(),
            created: c.created.timestamp(),
            source: c.source,
            end_reason: c.end_reason,
            ended: c.ended,
            tags: self.tag_list(c.tags.iter().map(String::as_str)),
            roles: c.roles.clone().into_boxed_slice(),
            creator: None,
            company_id: c.company_id,
            email: boxed(&c.email),
            phone: boxed(&c.phone),
            city: boxed(&c.city),
            nip: boxed(&c.nip),
            status: c.status,
            fields: owned_fields(&c.fields),
            created_day: local_day(c.created.timestamp()),
        }
    }

    fn task_row(&mut self, t: &Task) -> TaskRow {
        TaskRow {
            id: t.id,
            kind: t.kind,
            assignee: self.login(&t.assignee),
            done_at: t.done_at.map(|d| d.timestamp()),
        }
    }

    fn comment_row(&mut self, c: &Comment) -> CommentRow {
        CommentRow {
            id: c.id,
            author: self.login(&c.author),
            created: c.created.timestamp(),
            on: c.on.kind,
        }
    }

    fn contact_row_fast(&mut self, c: &ContactRef) -> Option<ContactRow> {
        let ended = match c.ended {
            Some(e) => Some(mirror::parse_date(e)?),
            None => None,
        };
        let created = mirror::parse_utc(c.created)?;
        Some(ContactRow {
            id: c.id,
            kind: c.kind,
            name: c.name.to_owned(),
            created,
            source: c.source,
            end_reason: c.end_reason,
            ended,
            tags: self.tag_list(c.tags.iter().copied()),
            roles: c.roles.clone().into_boxed_slice(),
            creator: None,
            company_id: c.company_id,
            email: c.email.map(Into::into),
            phone: c.phone.map(Into::into),
            city: c.city.map(Into::into),
            nip: c.nip.map(Into::into),
            status: c.status,
            fields: borrowed_fields(&c.fields),
            created_day: local_day(created),
        })
    }

    /// The name of contact `id` ("#id" when contacts were not loaded or it is gone).
    pub fn contact_name(&self, id: Id) -> String {
        match self.contact_index(id) {
            Some(i) => self.contacts[i].name.clone(),
            None => format!("#{id}"),
        }
    }

    pub(crate) fn contact_index(&self, id: Id) -> Option<usize> {
        self.contacts.binary_search_by_key(&id, |c| c.id).ok()
    }

    fn deal_index(&self, id: Id) -> Option<usize> {
        self.deals.binary_search_by_key(&id, |d| d.id).ok()
    }

    /// Put a deal's row in, keeping when it entered its stage: the record does not say,
    /// the history does (`note_stage_times`).
    fn upsert_deal(&mut self, mut row: DealRow) {
        if let Some(i) = self.deal_index(row.id) {
            row.stage_since = row.stage_since.max(self.deals[i].stage_since);
        }
        upsert(&mut self.deals, row, |r| r.id);
    }

    /// Each stage change moves its deal's `stage_since` to its time (the latest wins: a
    /// backdated change does not move it back).
    fn note_stage_times(&mut self, steps: &[(Id, i64, Step)]) {
        for (id, at, step) in steps {
            if matches!(step, Step::Stage(_))
                && let Some(i) = self.deal_index(*id)
            {
                let row = &mut self.deals[i];
                row.stage_since = row.stage_since.max(*at);
            }
        }
    }

    /// One scan of the events up to the last one seen at the start: deal stage, value and
    /// loss-reason changes, and (with `creators`) who created each contact.
    fn load_history(&mut self, svc: &dyn Source, creators: bool) -> Result<()> {
        let mut seen = Seen::default();
        // Record by record (format 4): a deal's events are together and in order, which
        // is the order build_history wants; events after the start are left for refresh.
        for item in read::events(svc.store()) {
            let (seq, rec) = item?;
            if seq.is_some_and(|seq| seq <= self.last_seq) {
                self.visit(&rec, &mut seen)?;
            }
        }
        self.note_stage_times(&seen.steps);
        self.pending = std::mem::take(&mut seen.steps);
        if creators {
            self.apply_creators(&seen.creators);
        }
        self.build_history();
        Ok(())
    }

    /// Merge the pending steps into the grouped history, deal by deal, then order each
    /// deal's steps by time: a change recorded later with an earlier time (an import, a
    /// backdated fix) still replays in time order. A deal's grouped steps come before its
    /// pending ones and the sort is stable, so steps of the same time keep the order they
    /// were written in. One pass over deals, old steps and new together.
    fn build_history(&mut self) {
        let mut pending = std::mem::take(&mut self.pending);
        if !pending.is_sorted_by_key(|s| s.0) {
            pending.sort_by_key(|s| s.0);
        }
        let old = std::mem::take(&mut self.history);
        let mut offsets = Vec::with_capacity(self.deals.len() + 1);
        let mut ids = Vec::with_capacity(self.deals.len());
        let mut steps = Vec::with_capacity(old.steps.len() + pending.len());
        let mut raw = pending.iter().peekable();
        let mut o = 0;
        for d in &self.deals {
            offsets.push(u32::try_from(steps.len()).unwrap_or(u32::MAX));
            ids.push(d.id);
            let start = steps.len();
            // Steps of deals that are not loaded (none, normally) are dropped.
            while old.ids.get(o).is_some_and(|id| *id < d.id) {
                o += 1;
            }
            if old.ids.get(o) == Some(&d.id) {
                steps.extend_from_slice(old.of(o));
                o += 1;
            }
            while raw.next_if(|s| s.0 < d.id).is_some() {}
            while let Some((_, at, step)) = raw.next_if(|s| s.0 == d.id) {
                steps.push((*at, *step));
            }
            let part = &mut steps[start..];
            if !part.is_sorted_by_key(|s| s.0) {
                part.sort_by_key(|s| s.0);
            }
        }
        offsets.push(u32::try_from(steps.len()).unwrap_or(u32::MAX));
        self.history = History {
            offsets,
            ids,
            steps,
        };
    }

    /// Note what one stored event means to the reports.
    fn visit(&mut self, rec: &Stored<Event>, seen: &mut Seen) -> Result<()> {
        if let Some(ev) = rec.mirror::<EventRef>() {
            if let ChangeRef::DealCreated { stage, value, .. } = &ev.change {
                // One event, three meanings: created, first stage, first value (format 2).
                let at = mirror::parse_utc(ev.at);
                let value = value.as_ref().map(|m| (m.currency, m.minor));
                self.note(ev.entity, at, ev.actor, What::Created, seen);
                self.note(ev.entity, at, ev.actor, What::Stage(*stage), seen);
                self.note(ev.entity, at, ev.actor, What::Value(value), seen);
                return Ok(());
            }
            let what = match &ev.change {
                ChangeRef::Stage { to, .. } => What::Stage(*to),
                ChangeRef::Value { new, .. } => {
                    What::Value(new.as_ref().map(|m| (m.currency, m.minor)))
                }
                ChangeRef::DictField { field, new, .. } if *field == "loss_reason" => {
                    What::LossReason(*new)
                }
                ChangeRef::Created { .. } => What::Created,
                ChangeRef::CommentAdded { comment_id, .. } => What::Comment(*comment_id),
                _ => What::Other,
            };
            self.note(ev.entity, mirror::parse_utc(ev.at), ev.actor, what, seen);
            return Ok(());
        }
        let ev = rec.full()?;
        self.visit_event(&ev, seen);
        Ok(())
    }

    /// Note what one decoded event means to the reports.
    fn visit_event(&mut self, ev: &Event, seen: &mut Seen) {
        if let Change::DealCreated { stage, value, .. } = &ev.change {
            let at = Some(ev.at.timestamp());
            let value = value.as_ref().map(|m| (m.currency.as_str(), m.minor));
            self.note(ev.entity, at, &ev.actor, What::Created, seen);
            self.note(ev.entity, at, &ev.actor, What::Stage(*stage), seen);
            self.note(ev.entity, at, &ev.actor, What::Value(value), seen);
            return;
        }
        let what = match &ev.change {
            Change::Stage { to, .. } => What::Stage(*to),
            Change::Value { new, .. } => {
                What::Value(new.as_ref().map(|m| (m.currency.as_str(), m.minor)))
            }
            Change::DictField { field, new, .. } if field == "loss_reason" => {
                What::LossReason(*new)
            }
            Change::Created { .. } => What::Created,
            // An edited or removed comment (issue 18) is read again: gone, its row goes.
            Change::CommentAdded { comment_id, .. }
            | Change::CommentEdited { comment_id, .. }
            | Change::CommentRemoved { comment_id, .. } => What::Comment(*comment_id),
            _ => What::Other,
        };
        self.note(ev.entity, Some(ev.at.timestamp()), &ev.actor, what, seen);
    }

    fn note(
        &mut self,
        entity: EntityRef,
        at: Option<i64>,
        actor: &str,
        what: What,
        seen: &mut Seen,
    ) {
        if let What::Comment(id) = what {
            seen.comments.insert(id);
        }
        let id = entity.id;
        match entity.kind {
            EntityKind::Deal => {
                seen.deals.insert(id);
                let step = match what {
                    What::Stage(to) => Step::Stage(to),
                    What::Value(v) => Step::Value(self.value(v)),
                    What::LossReason(r) => Step::LossReason(r),
                    _ => return,
                };
                if let Some(at) = at {
                    seen.steps.push((id, at, step));
                }
            }
            EntityKind::Contact => {
                seen.contacts.insert(id);
                if matches!(what, What::Created) {
                    let login = self.login(actor);
                    seen.creators.push((id, login));
                }
            }
            EntityKind::Task => {
                seen.tasks.insert(id);
            }
            _ => {}
        }
    }

    fn apply_creators(&mut self, creators: &[(Id, u32)]) {
        for (contact, login) in creators {
            if let Some(i) = self.contact_index(*contact) {
                self.contacts[i].creator = Some(*login);
            }
        }
    }

    fn set_creator(&mut self, contact: Id, actor: &str) {
        let login = self.login(actor);
        if let Some(i) = self.contact_index(contact) {
            self.contacts[i].creator = Some(login);
        }
    }

    /// Bring the dataset up to date with what was written since it was loaded: the events
    /// after the last one it saw name the deals, contacts, tasks and comments to read again.
    /// Dictionaries and users are read anew every time (they are small). Returns whether
    /// anything changed; a database that is not a continuation of what was loaded (restored
    /// from a backup) is read again whole.
    pub fn refresh(&mut self, svc: &dyn Source) -> Result<bool> {
        self.set_dicts(svc.dict_entries()?);
        self.users = svc.users()?;
        for u in self.users.clone() {
            self.login(&u.login);
        }
        let (last, hash) = last_event(svc)?;
        if last == self.last_seq && hash == self.last_hash {
            return Ok(false);
        }
        let continues = last > self.last_seq
            && (self.last_seq == 0
                || read::event(svc.store(), self.last_seq)?
                    .is_some_and(|e| digest(e.bytes()) == self.last_hash));
        if !continues {
            *self = Dataset::load(svc, self.need)?;
            return Ok(true);
        }
        let mut seen = Seen::default();
        for rec in read::events_between(svc.store(), self.last_seq, last)? {
            self.visit(&rec?, &mut seen)?;
        }
        if self.need.deals || self.need.history {
            for id in &seen.deals {
                if let Some(rec) = read::record::<Deal>(svc.store(), *id)? {
                    let d = rec.full()?;
                    let row = self.deal_row(&d);
                    self.upsert_deal(row);
                }
            }
            self.note_stage_times(&seen.steps);
        }
        if self.need.contacts || self.need.creators {
            for id in &seen.contacts {
                if let Some(rec) = read::record::<Contact>(svc.store(), *id)? {
                    let c = rec.full()?;
                    let mut row = self.contact_row(&c);
                    row.creator = self
                        .contact_index(*id)
                        .and_then(|i| self.contacts[i].creator);
                    upsert(&mut self.contacts, row, |r| r.id);
                }
            }
            if self.need.creators {
                self.apply_creators(&seen.creators);
            }
        }
        if self.need.activity {
            for id in &seen.tasks {
                if let Some(rec) = read::record::<Task>(svc.store(), *id)? {
                    let t = rec.full()?;
                    let row = self.task_row(&t);
                    upsert(&mut self.tasks, row, |r| r.id);
                }
            }
            for id in &seen.comments {
                if let Some(rec) = read::record::<Comment>(svc.store(), *id)? {
                    let c = rec.full()?;
                    let row = self.comment_row(&c);
                    upsert(&mut self.comments, row, |r| r.id);
                } else {
                    self.comments.retain(|r| r.id != *id);
                }
            }
        }
        if self.need.history {
            self.pending.append(&mut seen.steps);
            self.build_history();
        }
        self.last_seq = last;
        self.last_hash = hash;
        Ok(true)
    }

    /// Bring the dataset up to date with one committed write, from what was written (the
    /// records and events of the write set, decoded by the read model), not by reading the
    /// store again. The history is regrouped when a report next needs it.
    pub(crate) fn apply_written(&mut self, svc: &dyn Source, w: &Written) -> Result<()> {
        self.set_dicts(svc.dict_entries()?);
        if w.users_changed {
            self.users = svc.users()?;
            for u in self.users.clone() {
                self.login(&u.login);
            }
        }
        let mut seen = Seen::default();
        for ev in &w.events {
            self.visit_event(ev, &mut seen);
        }
        for d in &w.deals {
            let row = self.deal_row(d);
            self.upsert_deal(row);
        }
        self.note_stage_times(&seen.steps);
        for c in &w.contacts {
            let mut row = self.contact_row(c);
            row.creator = self
                .contact_index(c.id)
                .and_then(|i| self.contacts[i].creator);
            upsert(&mut self.contacts, row, |r| r.id);
        }
        self.apply_creators(&seen.creators);
        for t in &w.tasks {
            let row = self.task_row(t);
            upsert(&mut self.tasks, row, |r| r.id);
        }
        for c in &w.comments {
            let row = self.comment_row(c);
            upsert(&mut self.comments, row, |r| r.id);
        }
        for ev in &w.events {
            if let Change::CommentRemoved { comment_id, .. } = ev.change {
                self.comments.retain(|r| r.id != comment_id);
            }
        }
        if !seen.steps.is_empty() || !w.deals.is_empty() {
            self.pending.append(&mut seen.steps);
            self.history_stale = true;
        }
        if !w.events.is_empty() {
            (self.last_seq, self.last_hash) = last_event(svc)?;
        }
        Ok(())
    }

    /// Regroup the history if writes came in since it was last grouped.
    pub(crate) fn freshen_history(&mut self) {
        if self.history_stale {
            self.build_history();
            self.history_stale = false;
        }
    }

    /// Whether the history must be regrouped before a report reads it.
    pub(crate) fn history_is_stale(&self) -> bool {
        self.history_stale
    }

    /// Who created each contact, without scanning every event: a contact's first event
    /// (its events are keyed by contact, oldest first) is its creation.
    fn load_creators(&mut self, svc: &dyn Source) -> Result<()> {
        for item in read::first_events(svc.store(), EntityKind::Contact) {
            let (id, rec) = item?;
            match rec.mirror::<EventRef>() {
                Some(ev) => {
                    if matches!(
                        ev.change,
                        ChangeRef::Created { .. } | ChangeRef::DealCreated { .. }
                    ) {
                        self.set_creator(id, ev.actor);
                    }
                }
                None => {
                    let ev = rec.full()?;
                    if matches!(
                        ev.change,
                        Change::Created { .. } | Change::DealCreated { .. }
                    ) {
                        self.set_creator(id, &ev.actor);
                    }
                }
            }
        }
        Ok(())
    }

    fn load_activity(&mut self, svc: &dyn Source) -> Result<()> {
        for item in read::records::<Task>(svc.store()) {
            let t = item?.full()?;
            let row = self.task_row(&t);
            self.tasks.push(row);
        }
        for item in read::records::<Comment>(svc.store()) {
            let c = item?.full()?;
            let row = self.comment_row(&c);
            self.comments.push(row);
        }
        Ok(())
    }
}

/// What one committed write wrote, decoded: what `Dataset::apply_written` takes.
#[derive(Debug, Default)]
pub(crate) struct Written {
    pub deals: Vec<Deal>,
    pub contacts: Vec<Contact>,
    pub tasks: Vec<Task>,
    pub comments: Vec<Comment>,
    /// In the order they were written.
    pub events: Vec<Event>,
    pub users_changed: bool,
}

/// What an event says that reports care about.
enum What<'a> {
    Stage(u64),
    Value(Option<(&'a str, i64)>),
    LossReason(Option<u64>),
    Created,
    Comment(Id),
    Other,
}

/// What a run of events touched.
#[derive(Default)]
struct Seen {
    /// (deal id, time, change) in write order.
    steps: Vec<(Id, i64, Step)>,
    /// (contact id, login number) of creations.
    creators: Vec<(Id, u32)>,
    deals: BTreeSet<Id>,
    contacts: BTreeSet<Id>,
    tasks: BTreeSet<Id>,
    comments: BTreeSet<Id>,
}

/// Replace the row with the same id, or insert it in id order.
fn upsert<R>(rows: &mut Vec<R>, row: R, id: impl Fn(&R) -> Id) {
    match rows.binary_search_by_key(&id(&row), &id) {
        Ok(i) => rows[i] = row,
        Err(i) => rows.insert(i, row),
    }
}

/// The seq of the newest event and a hash of its bytes (0 and empty when there is none).
pub(super) fn last_event(svc: &dyn Source) -> Result<(u64, Vec<u8>)> {
    Ok(match read::last_event(svc.store())? {
        Some((seq, Some(e))) => (seq, digest(e.bytes())),
        Some((seq, None)) => (seq, Vec::new()),
        None => (0, Vec::new()),
    })
}

fn digest(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).to_vec()
}

/// A record's custom values as a row holds them.
fn owned_fields(
    fields: &std::collections::BTreeMap<String, CustomValue>,
) -> Box<[(Box<str>, CustomValue)]> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str().into(), v.clone()))
        .collect()
}

/// A mirror's custom values as a row holds them (stored in name order, as the map wrote them).
fn borrowed_fields(fields: &[(&str, CustomValue)]) -> Box<[(Box<str>, CustomValue)]> {
    fields
        .iter()
        .map(|(k, v)| ((*k).into(), v.clone()))
        .collect()
}
