//! The read model (issue 17): one compact in-memory form of the deals, contacts, campaigns,
//! tasks and the deal history, built for queries. Every list, count, window, id selection
//! and report is answered from it; the store is read only for the records of the window
//! shown.
//!
//! - The tables are the reports' `Dataset` (logins, tags and currencies interned, money in
//!   minor units, times as seconds, local days worked out once), with what lists filter and
//!   sort on besides (titles, offers, e-mails, phones, NIPs, cities, next activity).
//! - Search text is folded once into two arenas (`TextColumn`) that one `memmem` pass scans.
//! - A filter is evaluated part by part into row sets (`Bits`): a dictionary or login test
//!   is decided once per value, not once per row.
//! - It is built when a service first needs it (the server at its start) from the persisted
//!   copy under `<db>/cache/` brought up to date from the events since, and kept current by
//!   `Service::plan_batch` from each committed write set: never by reading the store again.

mod bits;
mod columns;
mod contacts;
pub mod dataset;
mod deals;
mod lists;
pub mod snapshot;
pub mod sort;
mod source;
mod text;
mod window;

use std::collections::{HashMap, HashSet};

pub(crate) use bits::Bits;
pub(crate) use lists::{CampaignSums, Found};
use window::window;

use crate::error::Result;
use crate::filter::Filter;
use crate::filter::ast::{Node, Test};
use chrono::NaiveDate;

use crate::model::{Campaign, Comment, Contact, Deal, DealPipeline, Event, Id, StageKind, Task};
use crate::store::{T, WriteSet, decode};
use columns::{ContactCols, DealCols};
use dataset::{Dataset, Need, Written};
pub use source::Source;
use text::TextColumn;

/// The read model of one open database.
pub(crate) struct ReadModel {
    pub(crate) data: Dataset,
    /// Per deal row: title, offer.
    deal_text: TextColumn,
    deal_cols: DealCols,
    /// Per contact row: name, e-mail, phone, NIP, city.
    contact_text: TextColumn,
    contact_cols: ContactCols,
    campaigns: HashMap<Id, String>,
    /// Dictionary entries by id: name and, for stages, the kind.
    dict: HashMap<u64, (String, StageKind)>,
    /// Deal stages by id: their place in the pipeline and their rot days (issue 19).
    stages: HashMap<u64, (u32, Option<u32>)>,
    /// Contacts merged into another (issue 20 item 2): their rows stay, so reports count
    /// what they always counted, but no list shows them.
    merged: HashSet<Id>,
}

/// The contact text parts a deal's search looks at: name, e-mail, phone, NIP (not city).
const CONTACT_KEY_PARTS: usize = 4;

impl ReadModel {
    /// Build the model: the persisted tables brought up to date (or read afresh), then the
    /// search arenas and lookups from them.
    pub(crate) fn build(svc: &dyn Source) -> Result<ReadModel> {
        let data = snapshot::load(svc, Need::all())?;
        let mut campaigns = HashMap::new();
        for item in svc.store().tree(T::Campaigns).iter() {
            let (_, v) = item?;
            let c: Campaign = decode(&v)?;
            campaigns.insert(c.id, c.name);
        }
        let mut merged = HashSet::new();
        for item in svc.store().tree(T::ContactRedirects).iter() {
            let (k, _) = item?;
            merged.extend(crate::store::keys::u64_at(&k, 0));
        }
        let mut m = ReadModel {
            merged,
            data,
            deal_text: TextColumn::default(),
            deal_cols: DealCols::default(),
            contact_text: TextColumn::default(),
            contact_cols: ContactCols::default(),
            campaigns,
            dict: HashMap::new(),
            stages: HashMap::new(),
        };
        m.index_dicts();
        m.index_rows();
        Ok(m)
    }

    /// The search arenas and columns, from the rows.
    fn index_rows(&mut self) {
        self.deal_text = TextColumn::default();
        self.deal_cols = DealCols::default();
        for d in &self.data.deals {
            self.deal_text.push(&deal_parts(d));
            self.deal_cols.push(d);
        }
        self.contact_text = TextColumn::default();
        self.contact_cols = ContactCols::default();
        for c in &self.data.contacts {
            self.contact_text.push(&contact_parts(c));
            self.contact_cols.push(c);
        }
    }

    /// Take in one committed write: the records and events it wrote, decoded from the
    /// write set.
    pub(crate) fn apply(&mut self, svc: &dyn Source, writes: &WriteSet) -> Result<()> {
        let mut w = Written::default();
        for (t, key, value) in writes.puts() {
            match t {
                T::Deals => w.deals.push(decode::<Deal>(value)?),
                T::Contacts => w.contacts.push(decode::<Contact>(value)?),
                T::Tasks => w.tasks.push(decode::<Task>(value)?),
                T::Comments => w.comments.push(decode::<Comment>(value)?),
                T::Events => w.events.push(decode::<Event>(value)?),
                T::Users => w.users_changed = true,
                T::ContactRedirects => {
                    self.merged.extend(crate::store::keys::u64_at(key, 0));
                }
                T::Campaigns => {
                    let c: Campaign = decode(value)?;
                    self.campaigns.insert(c.id, c.name);
                }
                _ => {}
            }
        }
        // Rows that existed before keep their place; new ones come at the end (ids grow),
        // anything else (an id below the last, from a repair) rebuilds the arenas.
        let deals_before = self.data.deals.len();
        let contacts_before = self.data.contacts.len();
        self.data.apply_written(svc, &w)?;
        self.index_dicts();
        let mut rebuild = false;
        for d in &w.deals {
            match place(
                &self.data.deals,
                deals_before,
                self.deal_cols.rows(),
                d.id,
                |r| r.id,
            ) {
                Place::Changed(i) => {
                    let row = &self.data.deals[i];
                    self.deal_text.set(i, &deal_parts(row));
                    self.deal_cols.set(i, row);
                }
                Place::Added(i) => {
                    let row = &self.data.deals[i];
                    self.deal_text.push(&deal_parts(row));
                    self.deal_cols.push(row);
                }
                Place::Elsewhere => rebuild = true,
            }
        }
        for c in &w.contacts {
            match place(
                &self.data.contacts,
                contacts_before,
                self.contact_cols.rows(),
                c.id,
                |r| r.id,
            ) {
                Place::Changed(i) => {
                    let row = &self.data.contacts[i];
                    self.contact_text.set(i, &contact_parts(row));
                    self.contact_cols.set(i, row);
                }
                Place::Added(i) => {
                    let row = &self.data.contacts[i];
                    self.contact_text.push(&contact_parts(row));
                    self.contact_cols.push(row);
                }
                Place::Elsewhere => rebuild = true,
            }
        }
        if rebuild
            || self.deal_cols.rows() != self.data.deals.len()
            || self.contact_cols.rows() != self.data.contacts.len()
        {
            self.index_rows();
        }
        Ok(())
    }

    fn index_dicts(&mut self) {
        self.dict = self
            .data
            .dicts
            .iter()
            .map(|e| {
                (
                    e.id,
                    (e.name.clone(), e.stage_kind.unwrap_or(StageKind::Open)),
                )
            })
            .collect();
        let ranks = crate::model::stage_ranks(&self.data.dicts);
        self.stages = self
            .data
            .dicts
            .iter()
            .filter_map(|e| Some((e.id, (*ranks.get(&e.id)?, e.rot_days))))
            .collect();
    }

    /// A stage's place in the pipeline (an unknown one sorts last).
    pub(crate) fn stage_rank(&self, id: u64) -> u32 {
        self.stages.get(&id).map_or(u32::MAX, |(r, _)| *r)
    }

    /// A deal row's standing in the pipeline `today`.
    pub(crate) fn row_pipeline(&self, d: &dataset::DealRow, today: NaiveDate) -> DealPipeline {
        let rot_days = self.stages.get(&d.stage).and_then(|(_, r)| *r);
        DealPipeline::work_out(
            today,
            dataset::local_day(d.stage_since),
            d.days.last,
            self.stage_kind(d.stage),
            rot_days,
            self.stage_rank(d.stage),
        )
    }

    /// A deal's standing in the pipeline `today`, from its row (its record when the model
    /// has no row for it yet).
    pub(crate) fn pipeline(&self, deal: &Deal, today: NaiveDate) -> DealPipeline {
        match self.data.deals.binary_search_by_key(&deal.id, |r| r.id) {
            Ok(i) => self.row_pipeline(&self.data.deals[i], today),
            Err(_) => DealPipeline::work_out(
                today,
                crate::model::local_date::local_date(deal.created),
                crate::model::local_date::local_date(deal.last_activity),
                self.stage_kind(deal.stage),
                self.stages.get(&deal.stage).and_then(|(_, r)| *r),
                self.stage_rank(deal.stage),
            ),
        }
    }

    /// A dictionary entry's name ("" when there is no such entry).
    pub(crate) fn dict_name(&self, id: u64) -> &str {
        self.dict.get(&id).map(|(n, _)| n.as_str()).unwrap_or("")
    }

    pub(crate) fn stage_kind(&self, id: u64) -> StageKind {
        self.dict
            .get(&id)
            .map(|(_, k)| *k)
            .unwrap_or(StageKind::Open)
    }

    pub(crate) fn campaign_name(&self, id: Id) -> Option<&str> {
        self.campaigns.get(&id).map(String::as_str)
    }

    /// Whether contact `id` was merged into another (a redirect now).
    pub(crate) fn is_merged(&self, id: Id) -> bool {
        self.merged.contains(&id)
    }

    /// A contact's row number.
    pub(crate) fn contact_row(&self, id: Id) -> Option<usize> {
        let ids = &self.contact_cols.id;
        // Ids are given in order from 1, so a contact is nearly always at `id - first`.
        let guess = ids
            .first()
            .and_then(|first| usize::try_from(id.checked_sub(*first)?).ok());
        match guess {
            Some(i) if ids.get(i) == Some(&id) => Some(i),
            _ => ids.binary_search(&id).ok(),
        }
    }

    /// For each of `ids`: whether the contact exists, and whether it is named here for the
    /// first time (a batch's selection: one deal per contact).
    pub(crate) fn first_known(&self, ids: &[Id]) -> Vec<(bool, bool)> {
        let mut seen = Bits::none(self.contact_ids());
        ids.iter()
            .map(|id| {
                let known = self.contact_row(*id).is_some();
                let i = usize::try_from(*id).unwrap_or(usize::MAX);
                let first = !known || !seen.get(i);
                if known {
                    seen.set(i);
                }
                (known, first)
            })
            .collect()
    }

    /// A contact's name, as the views write one that is gone.
    pub(crate) fn contact_name(&self, id: Id) -> std::borrow::Cow<'_, str> {
        match self.contact_row(id) {
            Some(i) => std::borrow::Cow::Borrowed(self.data.contacts[i].name.as_str()),
            None => std::borrow::Cow::Owned(format!("#{id}")),
        }
    }

    /// Number of the largest contact id plus one: the size of a set of contacts by id.
    fn contact_ids(&self) -> usize {
        self.data.contacts.last().map_or(0, |c| {
            usize::try_from(c.id)
                .unwrap_or(usize::MAX)
                .saturating_add(1)
        })
    }

    /// Contacts by id whose name passes `test` (a deal's `contact:`, a person's `company:`).
    fn contacts_named(&self, test: &Test) -> Bits {
        let rows = self.contact_text_leaf(0, test);
        let mut by_id = Bits::none(self.contact_ids());
        for r in rows.ones() {
            by_id.set(usize::try_from(self.data.contacts[r].id).unwrap_or(usize::MAX));
        }
        by_id
    }

    /// Contact rows whose folded text part `k` passes `test`.
    fn contact_text_leaf(&self, k: usize, test: &Test) -> Bits {
        text_leaf(&self.contact_text, self.data.contacts.len(), k, test)
    }
}

/// A table the model answers lists of: how a filter's parts become row sets.
pub(crate) trait Table {
    fn rows(&self) -> usize;
    fn leaf(&self, field: &'static str, test: &Test) -> Bits;
    fn search(&self, needle: &str) -> Bits;
}

/// The rows of `t` that `filter` matches.
pub(crate) fn matching(t: &dyn Table, filter: &Filter) -> Bits {
    match filter.root() {
        None => Bits::all(t.rows()),
        Some(n) => node(t, n),
    }
}

fn node(t: &dyn Table, n: &Node) -> Bits {
    match n {
        Node::All(items) => {
            let mut acc = Bits::all(t.rows());
            for i in items {
                acc.and(&node(t, i));
            }
            acc
        }
        Node::Any(items) => {
            let mut acc = Bits::none(t.rows());
            for i in items {
                acc.or(&node(t, i));
            }
            acc
        }
        Node::Not(inner) => {
            let mut b = node(t, inner);
            b.not();
            b
        }
        Node::Search(needle) => t.search(needle),
        Node::Field { field, test } => t.leaf(field, test),
    }
}

/// Rows whose folded text part `k` passes `test`: a substring by one pass over the arena,
/// anything else row by row on the folded part (`fold` is idempotent, so the filter's
/// folded comparisons give the same answer on it as on the original).
fn text_leaf(col: &TextColumn, rows: usize, k: usize, test: &Test) -> Bits {
    use crate::filter::FieldValue;
    use std::borrow::Cow;
    match test {
        Test::Contains(needle) if !needle.is_empty() => {
            let mut b = Bits::none(rows);
            col.find(needle, |r, p| {
                if p == k {
                    b.set(r);
                }
            });
            b
        }
        _ => Bits::from_fn(rows, |r| {
            test.eval(&FieldValue::Text(Some(Cow::Borrowed(col.part(r, k)))))
        }),
    }
}

/// Where a written record's row is, for its indexes.
enum Place {
    /// It was there before: update row `i`.
    Changed(usize),
    /// New, at the end: add row `i`.
    Added(usize),
    /// New but not at the end (an id below the last): rebuild the indexes.
    Elsewhere,
}

fn place<R>(
    rows: &[R],
    rows_before: usize,
    indexed: usize,
    id: Id,
    id_of: impl Fn(&R) -> Id,
) -> Place {
    match rows.binary_search_by_key(&id, id_of) {
        Ok(i) if i < rows_before && i < indexed => Place::Changed(i),
        Ok(i) if i == indexed => Place::Added(i),
        _ => Place::Elsewhere,
    }
}

fn deal_parts(d: &dataset::DealRow) -> Vec<Option<&str>> {
    vec![Some(&d.title), d.offer.as_deref()]
}

fn contact_parts(c: &dataset::ContactRow) -> Vec<Option<&str>> {
    vec![
        Some(&c.name),
        c.email.as_deref(),
        c.phone.as_deref(),
        c.nip.as_deref(),
        c.city.as_deref(),
    ]
}

/// A yes/no per value id (dictionary entries, logins), decided once per query; looked up
/// by index, since these ids are small and dense.
struct Decided {
    by_id: Vec<Option<bool>>,
    /// For an id that is not there.
    unknown: bool,
    /// For no value at all.
    none: bool,
}

impl Decided {
    /// `test` decided for each (id, value) and for no value.
    fn new<'a>(
        test: &Test,
        values: impl Iterator<Item = (u64, &'a str)>,
        unknown: &str,
    ) -> Decided {
        use crate::filter::FieldValue;
        use std::borrow::Cow;
        let eval = |v: Option<&str>| test.eval(&FieldValue::Text(v.map(Cow::Borrowed)));
        let mut by_id = Vec::new();
        for (id, name) in values {
            // Ids beyond this are not dictionary or login numbers: treat as unknown.
            let Some(i) = usize::try_from(id).ok().filter(|i| *i < 1 << 20) else {
                continue;
            };
            if by_id.len() <= i {
                by_id.resize(i + 1, None);
            }
            by_id[i] = Some(eval(Some(name)));
        }
        Decided {
            by_id,
            unknown: eval(Some(unknown)),
            none: eval(None),
        }
    }

    fn get(&self, id: Option<u64>) -> bool {
        match id {
            Some(id) => usize::try_from(id)
                .ok()
                .and_then(|i| self.by_id.get(i).copied().flatten())
                .unwrap_or(self.unknown),
            None => self.none,
        }
    }
}
