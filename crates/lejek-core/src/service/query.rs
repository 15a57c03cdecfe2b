//! Reads: lists with the filter language and sorting, single records as views, history,
//! a contact's deals, the inbox.

use std::collections::HashMap;

use super::sort::{SortSpec, parse_sort_with, sort_rows};
#[cfg(test)]
use super::views::DealFields;
use super::views::{
    CAMPAIGN_SCHEMA, CONTACT_SCHEMA, CampaignTotals, CampaignView, ContactNames, ContactView,
    DEAL_SCHEMA, DealNames, DealView, TASK_SCHEMA, TaskView,
};
use super::{Result, Service, invalid};
use crate::filter::{Ctx, Filter, Schema};
use crate::model::{
    Attachment, Campaign, Change, Comment, Contact, Deal, DictKind, EntityKind, EntityRef, Event,
    Id, Note, Notification, StageKind, Task, User,
};
use crate::read_model::{Bits, Found, ReadModel};
use crate::store::{T, decode, event_log, id_set, keys};

/// Everything written on a record, oldest first.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Journal {
    pub history: Vec<Event>,
    pub notes: Vec<Note>,
    pub comments: Vec<Comment>,
    pub attachments: Vec<Attachment>,
    pub tasks: Vec<Task>,
}

/// What a list asks for: a filter expression, a sort, who "me" is, and the window of the
/// matching rows wanted (`offset` rows skipped, at most `limit` returned).
#[derive(Clone, Debug, Default)]
pub struct ListQuery {
    pub filter: String,
    pub sort: Option<String>,
    pub me: String,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// A window of a list: how many records match in all, and the rows of the window.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Page<V> {
    /// Every record the filter matches, not only those in `rows`.
    pub total: usize,
    pub rows: Vec<V>,
    /// The read model's generation the page was computed at (it grows with every commit):
    /// a front end that hears of a newer one asks for its window again.
    pub generation: u64,
}

impl<V> Page<V> {
    /// The same page with each row changed by `f`.
    pub fn map<W>(self, f: impl FnMut(V) -> W) -> Page<W> {
        Page {
            total: self.total,
            rows: self.rows.into_iter().map(f).collect(),
            generation: self.generation,
        }
    }
}

/// Which list a filter is for: each has its own fields and dictionaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FilterOf {
    Deal,
    Contact,
    Campaign,
    Task,
}

/// Parse a filter against dictionary `entries` (a front end on a server parses with the
/// entries it fetched; the service with its own).
pub fn parse_filter(
    of: FilterOf,
    entries: &[crate::model::DictEntry],
    fields: &[crate::model::FieldDef],
    today: chrono::NaiveDate,
    expr: &str,
    me: &str,
) -> Result<Filter> {
    let (schema, dicts): (&Schema, &[(&'static str, DictKind)]) = match of {
        FilterOf::Deal => (
            &DEAL_SCHEMA,
            &[
                ("stage", DictKind::DealStage),
                ("source", DictKind::DealSource),
                ("reason", DictKind::LossReason),
            ],
        ),
        FilterOf::Contact => (
            &CONTACT_SCHEMA,
            &[
                ("status", DictKind::ContactStatus),
                ("source", DictKind::ContactSource),
                ("reason", DictKind::EndReason),
            ],
        ),
        FilterOf::Campaign => (&CAMPAIGN_SCHEMA, &[]),
        FilterOf::Task => (&TASK_SCHEMA, &[]),
    };
    let mut map = HashMap::new();
    for (field, kind) in dicts {
        map.insert(
            *field,
            entries
                .iter()
                .filter(|e| e.kind == *kind)
                .map(|e| e.name.clone())
                .collect(),
        );
    }
    let on = match of {
        FilterOf::Deal => Some(crate::model::FieldOn::Deal),
        FilterOf::Contact => Some(crate::model::FieldOn::Contact),
        FilterOf::Campaign | FilterOf::Task => None,
    };
    let mut custom = Vec::new();
    for f in fields.iter().filter(|f| Some(f.on) == on && !f.retired) {
        let name = crate::filter::intern(&f.name);
        if f.kind == crate::model::FieldKind::Choice {
            map.insert(name, f.values.clone());
        }
        custom.push(super::views::custom_spec(name, f.kind));
    }
    let ctx = Ctx {
        today,
        me: me.to_owned(),
        dicts: map,
        custom,
    };
    Ok(crate::filter::parse(expr, schema, &ctx)?)
}

impl Service {
    fn parse(&self, of: FilterOf, expr: &str, me: &str) -> Result<Filter> {
        parse_filter(
            of,
            &self.dict_entries()?,
            &self.field_defs()?,
            self.clock().today(),
            expr,
            me,
        )
    }

    /// Parse a deal filter (for the TUI's filter line, as you type).
    pub fn deal_filter(&self, expr: &str, me: &str) -> Result<Filter> {
        self.parse(FilterOf::Deal, expr, me)
    }

    pub fn contact_filter(&self, expr: &str, me: &str) -> Result<Filter> {
        self.parse(FilterOf::Contact, expr, me)
    }

    /// Parse a campaign filter.
    pub fn campaign_filter(&self, expr: &str, me: &str) -> Result<Filter> {
        self.parse(FilterOf::Campaign, expr, me)
    }

    /// Parse a task filter.
    pub fn task_filter(&self, expr: &str, me: &str) -> Result<Filter> {
        self.parse(FilterOf::Task, expr, me)
    }

    fn sort_spec(&self, q: &ListQuery, schema: &Schema) -> Result<Option<SortSpec>> {
        let Some(spec) = q.sort.as_deref() else {
            return Ok(None);
        };
        // A custom field of deals or contacts sorts too (issue 20).
        let on = if std::ptr::eq(schema, &DEAL_SCHEMA) {
            Some(crate::model::FieldOn::Deal)
        } else if std::ptr::eq(schema, &CONTACT_SCHEMA) {
            Some(crate::model::FieldOn::Contact)
        } else {
            None
        };
        let custom: Vec<&'static str> = match on {
            Some(on) => self
                .active_fields(on)?
                .iter()
                .map(|f| crate::filter::intern(&f.name))
                .collect(),
            None => Vec::new(),
        };
        parse_sort_with(spec, schema, &custom).map(Some)
    }

    /// The contacts `q`'s filter matches, counted rather than listed (a campaign batch's dry
    /// run, issue 17): how many, the first in id order, and which of `ids` are among them.
    pub(crate) fn contact_selection(
        &self,
        q: &ListQuery,
        ids: &[Id],
    ) -> Result<(usize, Option<Id>, Vec<Id>)> {
        let filter = self.contact_filter(&q.filter, &q.me)?;
        self.with_model(|m| {
            let matches = self.remembered("contacts", q, || m.contact_matches(&filter));
            let first = m
                .contact_window(&matches, None, 0, Some(1))
                .ids
                .first()
                .copied();
            let among = ids
                .iter()
                .copied()
                .filter(|id| m.contact_row(*id).is_some_and(|r| matches.get(r)))
                .collect();
            Ok((matches.count(), first, among))
        })
    }

    /// The ids of every record of list `of` that the query's filter matches, in its
    /// order (a batch's contacts, a bulk action on all that a filter shows, a report's
    /// filter): no views are built.
    pub fn ids(&self, of: FilterOf, q: &ListQuery) -> Result<Vec<Id>> {
        let all = ListQuery {
            limit: None,
            offset: 0,
            ..q.clone()
        };
        Ok(match of {
            FilterOf::Deal => self.found_deals(&all)?.ids,
            FilterOf::Contact => self.found_contacts(&all)?.ids,
            FilterOf::Campaign => self
                .scan_campaigns(&all)?
                .into_iter()
                .map(|v| v.id)
                .collect(),
            FilterOf::Task => self.scan_tasks(&all)?.into_iter().map(|v| v.id).collect(),
        })
    }

    /// The window `q` asks for of the deals `filter` (parsed from `q`) matches. The rows
    /// a filter matches are kept until the next write, so paging through a list (the TUI
    /// scrolling, an export) works the filter out once.
    fn deals_found(
        &self,
        m: &ReadModel,
        q: &ListQuery,
        filter: &Filter,
        sort: Option<&SortSpec>,
    ) -> Found {
        let today = self.clock().today();
        // A sorted first page (`deal list --sort value:desc --limit 50`, the TUI's top)
        // orders every match: the window itself is kept until the next write, as the row
        // set is. Only first pages, so scrolling does not crowd out the kept answers.
        let key = match sort {
            Some(s) if q.offset == 0 && q.limit.is_some_and(|l| l <= 1_000) => Some(format!(
                "dealwin\u{0}{}\u{0}{}\u{0}{today}\u{0}{}:{}\u{0}{:?}",
                q.filter, q.me, s.field, s.desc, q.limit
            )),
            _ => None,
        };
        let generation = self.generation();
        if let Some(found) = key
            .as_ref()
            .and_then(|k| self.cached::<Found>(k, generation))
        {
            return found;
        }
        let matches = self.remembered("deals", q, || m.deal_matches(filter, today));
        let found = m.deal_window(&matches, sort, q.offset, q.limit, today);
        if let Some(k) = key {
            self.keep(k, generation, found.clone());
        }
        found
    }

    fn contacts_found(
        &self,
        m: &ReadModel,
        q: &ListQuery,
        filter: &Filter,
        sort: Option<&SortSpec>,
    ) -> Found {
        let matches = self.remembered("contacts", q, || m.contact_matches(filter));
        m.contact_window(&matches, sort, q.offset, q.limit)
    }

    /// The rows of list `of` that `q`'s filter matches, as computed at this generation.
    /// The filter's text, "me" and today (`next:overdue`, `-30d`) make the key.
    fn remembered(&self, of: &str, q: &ListQuery, compute: impl FnOnce() -> Bits) -> Bits {
        let key = format!(
            "{of}\u{0}{}\u{0}{}\u{0}{}",
            q.filter,
            q.me,
            self.clock().today()
        );
        let generation = self.generation();
        if let Some(kept) = self.cached::<Bits>(&key, generation) {
            return kept;
        }
        let matches = compute();
        self.keep(key, generation, matches.clone());
        matches
    }

    /// The deals the query's window holds, from the read model.
    fn found_deals(&self, q: &ListQuery) -> Result<Found> {
        let filter = self.deal_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &DEAL_SCHEMA)?;
        self.with_model(|m| Ok(self.deals_found(m, q, &filter, sort.as_ref())))
    }

    fn found_contacts(&self, q: &ListQuery) -> Result<Found> {
        let filter = self.contact_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &CONTACT_SCHEMA)?;
        self.with_model(|m| Ok(self.contacts_found(m, q, &filter, sort.as_ref())))
    }

    /// Deals matching the query: the window it asks for.
    pub fn list_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
        Ok(self.page_deals(q)?.rows)
    }

    /// The window of deals the query asks for, with how many match in all.
    pub fn page_deals(&self, q: &ListQuery) -> Result<Page<DealView>> {
        let filter = self.deal_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &DEAL_SCHEMA)?;
        self.with_model(|m| {
            let generation = self.generation();
            let found = self.deals_found(m, q, &filter, sort.as_ref());
            let mut rows = Vec::with_capacity(found.ids.len());
            for id in found.ids {
                let deal = self.deal(id)?;
                let names = self.deal_names(m, &deal);
                rows.push(DealView::from_parts(deal, names));
            }
            Ok(Page {
                total: found.total,
                rows,
                generation,
            })
        })
    }

    /// The names a deal's ids resolve to, from the read model.
    fn deal_names(&self, m: &ReadModel, deal: &Deal) -> DealNames {
        DealNames {
            contact: m.contact_name(deal.contact_id).into_owned(),
            campaign: deal.campaign_id.map(|c| match m.campaign_name(c) {
                Some(n) => n.to_owned(),
                None => format!("#{c}"),
            }),
            stage: m.dict_name(deal.stage).to_owned(),
            stage_kind: m.stage_kind(deal.stage),
            source: deal.source.map(|s| self.dict_name(s)),
            loss_reason: deal.loss_reason.map(|s| self.dict_name(s)),
            pipeline: m.pipeline(deal, self.clock().today()),
        }
    }

    /// The deals the query matches, read record by record from the store: what the read
    /// model is compared with (`read_model/tests.rs`).
    #[cfg(test)]
    pub(crate) fn scan_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
        let filter = self.deal_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &DEAL_SCHEMA)?;
        let mut names = NameCache::default();
        let entries = self.dict_entries()?;
        // Dictionary names by id, resolved once per list rather than once per deal.
        let dicts: HashMap<u64, (&str, StageKind)> = entries
            .iter()
            .map(|e| {
                (
                    e.id,
                    (e.name.as_str(), e.stage_kind.unwrap_or(StageKind::Open)),
                )
            })
            .collect();
        let name = |id: u64| dicts.get(&id).map(|(n, _)| *n);
        // Contact and campaign names are looked up only when the filter reads them; the
        // deals that match get theirs when their views are built.
        let names_needed = filter.reads("contact") || filter.reads("campaign");
        let mut out = Vec::new();
        for item in self.store().tree(T::Deals).iter() {
            let (_, v) = item?;
            let deal: Deal = decode(&v)?;
            if names_needed {
                names.ensure(self, &deal)?;
            }
            // Filter on borrowed fields; only a match becomes a view (allocations).
            let (stage, kind) = dicts
                .get(&deal.stage)
                .copied()
                .unwrap_or(("", StageKind::Open));
            let fields = DealFields {
                deal: &deal,
                contact: names.contact_name(deal.contact_id),
                campaign: deal.campaign_id.map(|c| names.campaign_name(c)),
                stage,
                stage_kind: kind.as_str(),
                source: deal.source.and_then(name),
                reason: deal.loss_reason.and_then(name),
                pipeline: self.pipeline_from_store(&deal)?,
            };
            if filter.matches(&fields) {
                out.push(self.deal_view_cached(deal, &mut names)?);
                if sort.is_none() && q.limit.is_some_and(|l| out.len() >= l) {
                    break;
                }
            }
        }
        finish(out, sort, q.limit)
    }

    pub fn deal(&self, id: Id) -> Result<Deal> {
        self.get(T::Deals, id)?
            .ok_or_else(|| self.not_found(EntityKind::Deal, id, "err.no_deal"))
    }

    pub fn deal_view(&self, id: Id) -> Result<DealView> {
        let deal = self.deal(id)?;
        self.deal_view_cached(deal, &mut NameCache::default())
    }

    fn deal_view_cached(&self, deal: Deal, names: &mut NameCache) -> Result<DealView> {
        let contact = names.contact(self, deal.contact_id)?;
        let campaign = match deal.campaign_id {
            Some(c) => Some(names.campaign(self, c)?),
            None => None,
        };
        let stage = self.dict_by_id(deal.stage)?;
        let stage_kind = stage
            .as_ref()
            .and_then(|s| s.stage_kind)
            .unwrap_or(StageKind::Open);
        let source = deal.source.map(|s| self.dict_name(s));
        let loss_reason = deal.loss_reason.map(|s| self.dict_name(s));
        let pipeline = self.pipeline_from_store(&deal)?;
        Ok(DealView::from_parts(
            deal,
            DealNames {
                contact,
                campaign,
                stage: stage.map(|s| s.name).unwrap_or_default(),
                stage_kind,
                source,
                loss_reason,
                pipeline,
            },
        ))
    }

    /// Contacts matching the query: the window it asks for.
    pub fn list_contacts(&self, q: &ListQuery) -> Result<Vec<ContactView>> {
        Ok(self.page_contacts(q)?.rows)
    }

    /// The window of contacts the query asks for, with how many match in all.
    pub fn page_contacts(&self, q: &ListQuery) -> Result<Page<ContactView>> {
        let filter = self.contact_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &CONTACT_SCHEMA)?;
        self.with_model(|m| {
            let generation = self.generation();
            let found = self.contacts_found(m, q, &filter, sort.as_ref());
            let mut rows = Vec::with_capacity(found.ids.len());
            for id in found.ids {
                let c = self.contact(id)?;
                rows.push(self.contact_view_named(m, c));
            }
            Ok(Page {
                total: found.total,
                rows,
                generation,
            })
        })
    }

    #[cfg(test)]
    pub(crate) fn scan_contacts(&self, q: &ListQuery) -> Result<Vec<ContactView>> {
        let filter = self.contact_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &CONTACT_SCHEMA)?;
        let mut names = NameCache::default();
        let mut out = Vec::new();
        for item in self.store().tree(T::Contacts).iter() {
            let (_, v) = item?;
            let c: Contact = decode(&v)?;
            if self.contact_redirect(c.id)?.is_some() {
                continue;
            }
            let view = self.contact_view_cached(c, &mut names)?;
            if filter.matches(&view) {
                out.push(view);
                if sort.is_none() && q.limit.is_some_and(|l| out.len() >= l) {
                    break;
                }
            }
        }
        finish(out, sort, q.limit)
    }

    /// Contact `id`, or the one it was merged into (issue 20 item 2).
    pub fn contact(&self, id: Id) -> Result<Contact> {
        let id = self.live_contact(id)?;
        self.get(T::Contacts, id)?
            .ok_or_else(|| self.not_found(EntityKind::Contact, id, "err.no_contact"))
    }

    pub fn contact_view(&self, id: Id) -> Result<ContactView> {
        let c = self.contact(id)?;
        self.contact_view_cached(c, &mut NameCache::default())
    }

    fn contact_view_cached(&self, c: Contact, names: &mut NameCache) -> Result<ContactView> {
        let company = match c.company_id {
            Some(id) => Some(names.contact(self, id)?),
            None => None,
        };
        let names = ContactNames {
            company,
            status: c.status.map(|s| self.dict_name(s)),
            source: c.source.map(|s| self.dict_name(s)),
            end_reason: c.end_reason.map(|s| self.dict_name(s)),
            roles: c.roles.iter().map(|r| self.dict_name(*r)).collect(),
        };
        Ok(ContactView::from_parts(c, names))
    }

    /// The deals of a contact, current and past (C5).
    pub fn deals_of_contact(&self, contact: Id) -> Result<Vec<DealView>> {
        let contact = self.live_contact(contact)?;
        let mut out = Vec::new();
        let mut names = NameCache::default();
        let set = self
            .store()
            .tree(T::DealsByContact)
            .get(keys::id(contact))?;
        let ids = set.and_then(|v| id_set::ids(&v)).unwrap_or_default();
        for id in ids {
            let deal = self.deal(id)?;
            out.push(self.deal_view_cached(deal, &mut names)?);
        }
        Ok(out)
    }

    /// The persons of a company.
    /// A person merged into another is not listed (the one kept is, when it is here).
    pub fn persons_of_company(&self, company: Id) -> Result<Vec<Contact>> {
        let company = self.live_contact(company)?;
        let mut out = Vec::new();
        for item in self
            .store()
            .tree(T::PersonsByCompany)
            .scan_prefix(keys::id(company))
        {
            let (k, _) = item?;
            if let Some(id) = keys::u64_at(&k, 8)
                && self.contact_redirect(id)?.is_none()
            {
                out.push(self.contact(id)?);
            }
        }
        Ok(out)
    }

    /// Campaigns with their progress (K4): the window the query asks for.
    pub fn list_campaigns(&self, q: &ListQuery) -> Result<Vec<CampaignView>> {
        Ok(self.page_campaigns(q)?.rows)
    }

    /// The window of campaigns the query asks for, with how many match in all.
    pub fn page_campaigns(&self, q: &ListQuery) -> Result<Page<CampaignView>> {
        self.scanned(q, Service::scan_campaigns)
    }

    /// The window `q` asks for of a list read whole from the store by `scan` (campaigns and
    /// tasks, which are few), with how many match in all.
    fn scanned<V>(
        &self,
        q: &ListQuery,
        scan: impl FnOnce(&Service, &ListQuery) -> Result<Vec<V>>,
    ) -> Result<Page<V>> {
        let generation = self.generation();
        let all = ListQuery {
            limit: None,
            offset: 0,
            ..q.clone()
        };
        let all = scan(self, &all)?;
        let total = all.len();
        let rows = all
            .into_iter()
            .skip(q.offset)
            .take(q.limit.unwrap_or(usize::MAX))
            .collect();
        Ok(Page {
            total,
            rows,
            generation,
        })
    }

    fn scan_campaigns(&self, q: &ListQuery) -> Result<Vec<CampaignView>> {
        let filter = self.campaign_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &CAMPAIGN_SCHEMA)?;
        // Every campaign's progress in one pass over the read model's deals.
        let totals = self.with_model(|m| Ok(m.campaign_totals()))?;
        let mut out = Vec::new();
        for item in self.store().tree(T::Campaigns).iter() {
            let (_, v) = item?;
            let c: Campaign = decode(&v)?;
            let t = totals.get(&c.id).cloned().unwrap_or_default();
            let view = CampaignView::from_parts(c, campaign_totals(&t));
            if filter.matches(&view) {
                out.push(view);
            }
        }
        finish(out, sort, q.limit)
    }

    pub fn campaign(&self, id: Id) -> Result<Campaign> {
        self.get(T::Campaigns, id)?
            .ok_or_else(|| invalid("err.no_campaign", &[&id]))
    }

    /// A campaign by id or by name (case- and diacritic-insensitive).
    pub fn find_campaign(&self, id_or_name: &str) -> Result<Campaign> {
        if let Ok(id) = id_or_name.trim().parse::<Id>()
            && let Some(c) = self.get(T::Campaigns, id)?
        {
            return Ok(c);
        }
        let key = crate::text::fold(id_or_name.trim());
        match self.store().tree(T::CampaignNames).get(key.as_bytes())? {
            Some(v) => match keys::u64_at(&v, 0) {
                Some(id) => self.campaign(id),
                None => Err(invalid("err.no_campaign", &[&id_or_name])),
            },
            None => Err(invalid("err.no_campaign", &[&id_or_name])),
        }
    }

    pub fn campaign_view(&self, id: Id) -> Result<CampaignView> {
        let c = self.campaign(id)?;
        let t = self.with_model(|m| Ok(m.campaign_totals().remove(&id).unwrap_or_default()))?;
        Ok(CampaignView::from_parts(c, campaign_totals(&t)))
    }

    /// The deals of a campaign.
    pub fn deals_of_campaign(&self, campaign: Id) -> Result<Vec<DealView>> {
        let mut out = Vec::new();
        let mut names = NameCache::default();
        for item in self
            .store()
            .tree(T::DealsByCampaign)
            .scan_prefix(keys::id(campaign))
        {
            let (k, _) = item?;
            if let Some(id) = keys::u64_at(&k, 8) {
                let deal = self.deal(id)?;
                out.push(self.deal_view_cached(deal, &mut names)?);
            }
        }
        Ok(out)
    }

    /// Tasks and meetings matching the query: the window it asks for.
    pub fn list_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>> {
        Ok(self.page_tasks(q)?.rows)
    }

    /// The window of tasks the query asks for, with how many match in all.
    pub fn page_tasks(&self, q: &ListQuery) -> Result<Page<TaskView>> {
        self.scanned(q, Service::scan_tasks)
    }

    fn scan_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>> {
        let filter = self.task_filter(&q.filter, &q.me)?;
        let sort = self.sort_spec(q, &TASK_SCHEMA)?;
        let mut out = Vec::new();
        for item in self.store().tree(T::Tasks).iter() {
            let (_, v) = item?;
            let t: Task = decode(&v)?;
            let view = task_view(t);
            if filter.matches(&view) {
                out.push(view);
            }
        }
        finish(out, sort, q.limit)
    }

    pub fn task(&self, id: Id) -> Result<Task> {
        self.get(T::Tasks, id)?
            .ok_or_else(|| self.not_found(EntityKind::Task, id, "err.no_task"))
    }

    /// The history of a record, oldest first (D11).
    pub fn history(&self, entity: EntityRef) -> Result<Vec<Event>> {
        let mut out = Vec::new();
        for item in self
            .store()
            .tree(T::Events)
            .scan_prefix(keys::entity_prefix(entity))
        {
            let (_, v) = item?;
            out.push(decode(&v)?);
        }
        Ok(out)
    }

    /// A record's history with the notes, comments, files and tasks it names, from one
    /// scan of the history (no extra index needed).
    /// A merged contact's journal is the kept one's (issue 20 item 2).
    pub fn journal(&self, mut on: EntityRef) -> Result<Journal> {
        if on.kind == EntityKind::Contact {
            on.id = self.live_contact(on.id)?;
        }
        let history = self.history(on)?;
        let mut j = Journal::default();
        for ev in &history {
            match ev.change {
                Change::NoteAdded { note_id, .. } => j.notes.extend(self.get(T::Notes, note_id)?),
                Change::CommentAdded { comment_id, .. } => {
                    j.comments.extend(self.get(T::Comments, comment_id)?)
                }
                Change::FileAttached { attachment_id, .. } => j
                    .attachments
                    .extend(self.get(T::Attachments, attachment_id)?),
                Change::TaskAdded { task_id, .. } => {
                    // A task moved away (issue 18) is no longer this record's, and one moved
                    // back has two `TaskAdded` here: list it once.
                    let task: Option<Task> = self.get(T::Tasks, task_id)?;
                    if let Some(t) = task.filter(|t| is_on(t, on))
                        && !j.tasks.iter().any(|x| x.id == t.id)
                    {
                        j.tasks.push(t);
                    }
                }
                _ => {}
            }
        }
        j.history = history;
        Ok(j)
    }

    /// Notes on a record, oldest first.
    pub fn notes(&self, on: EntityRef) -> Result<Vec<Note>> {
        Ok(self.journal(on)?.notes)
    }

    pub fn comments(&self, on: EntityRef) -> Result<Vec<Comment>> {
        Ok(self.journal(on)?.comments)
    }

    pub fn attachments(&self, on: EntityRef) -> Result<Vec<Attachment>> {
        Ok(self.journal(on)?.attachments)
    }

    /// Tasks linked to a deal or campaign.
    pub fn tasks_of(&self, on: EntityRef) -> Result<Vec<Task>> {
        Ok(self.journal(on)?.tasks)
    }

    /// A user's notifications, newest first, with the events they point at.
    pub fn inbox(&self, login: &str, unread_only: bool) -> Result<Vec<(Notification, Event)>> {
        let mut out = Vec::new();
        for item in self
            .store()
            .tree(T::Inbox)
            .scan_prefix(keys::inbox_prefix(login))
        {
            let (_, v) = item?;
            let n: Notification = decode(&v)?;
            if unread_only && n.read {
                continue;
            }
            if let Some(ev) = event_log::event_bytes(self.store(), n.event_seq)? {
                out.push((n, decode(&ev)?));
            }
        }
        out.reverse();
        Ok(out)
    }

    pub fn users(&self) -> Result<Vec<User>> {
        let mut out = Vec::new();
        for item in self.store().tree(T::Users).iter() {
            let (_, v) = item?;
            out.push(decode(&v)?);
        }
        Ok(out)
    }

    /// Every event, record by record, each record's oldest first.
    pub fn events(&self) -> impl Iterator<Item = Result<Event>> + '_ {
        self.store()
            .tree(T::Events)
            .iter()
            .map(|item| Ok(decode(&item?.1)?))
    }

    fn get<V: serde::de::DeserializeOwned + 'static>(&self, t: T, id: Id) -> Result<Option<V>> {
        match self.store().tree(t).get(keys::id(id))? {
            Some(v) => Ok(Some(decode(&v)?)),
            None => Ok(None),
        }
    }

    /// The journals of `ons`, in that order (an export's page of records).
    pub fn journals(&self, ons: &[EntityRef]) -> Result<Vec<Journal>> {
        ons.iter().map(|on| self.journal(*on)).collect()
    }

    /// The views of those of `ids` that can be read (a live refresh asks for what a change
    /// touched; one gone meanwhile is simply absent).
    pub fn deal_views_of(&self, ids: &[Id]) -> Vec<DealView> {
        // Names from the read model (an export's chunk names hundreds of contacts).
        let from_model = self.with_model(|m| {
            Ok(ids
                .iter()
                .filter_map(|id| self.deal(*id).ok())
                .map(|deal| {
                    let names = self.deal_names(m, &deal);
                    DealView::from_parts(deal, names)
                })
                .collect())
        });
        from_model.unwrap_or_else(|_| {
            ids.iter()
                .filter_map(|id| self.deal_view(*id).ok())
                .collect()
        })
    }

    pub fn contact_views_of(&self, ids: &[Id]) -> Vec<ContactView> {
        let from_model = self.with_model(|m| {
            Ok(ids
                .iter()
                .filter_map(|id| self.contact(*id).ok())
                .map(|c| self.contact_view_named(m, c))
                .collect())
        });
        from_model.unwrap_or_else(|_| {
            ids.iter()
                .filter_map(|id| self.contact_view(*id).ok())
                .collect()
        })
    }

    /// A contact's view with its names from the read model.
    fn contact_view_named(&self, m: &ReadModel, c: Contact) -> ContactView {
        let names = ContactNames {
            company: c.company_id.map(|id| m.contact_name(id).into_owned()),
            status: c.status.map(|s| self.dict_name(s)),
            source: c.source.map(|s| self.dict_name(s)),
            end_reason: c.end_reason.map(|s| self.dict_name(s)),
            roles: c.roles.iter().map(|r| self.dict_name(*r)).collect(),
        };
        ContactView::from_parts(c, names)
    }

    pub fn tasks_of_ids(&self, ids: &[Id]) -> Vec<Task> {
        ids.iter().filter_map(|id| self.task(*id).ok()).collect()
    }

    /// The events with these sequence numbers (those that exist), in the order asked.
    pub fn events_at(&self, seqs: &[u64]) -> Result<Vec<Event>> {
        let mut out = Vec::with_capacity(seqs.len());
        for seq in seqs {
            if let Some(v) = event_log::event_bytes(self.store(), *seq)? {
                out.push(decode(&v)?);
            }
        }
        Ok(out)
    }

    /// The name or title of a record, for labels (None if it is gone).
    pub fn entity_name(&self, e: EntityRef) -> Option<String> {
        match e.kind {
            EntityKind::Deal => self.deal(e.id).ok().map(|d| d.title),
            EntityKind::Contact => self.contact(e.id).ok().map(|c| c.name),
            EntityKind::Campaign => self.campaign(e.id).ok().map(|c| c.name),
            EntityKind::Task => self.task(e.id).ok().map(|t| t.title),
            EntityKind::Template => self
                .get::<crate::model::MessageTemplate>(T::Templates, e.id)
                .ok()
                .flatten()
                .map(|t| t.name),
            _ => None,
        }
    }
}

/// A campaign's progress as its view shows it: exact decimal amounts in the currency of its
/// deals (the last one's with a value; PLN when none has one).
fn campaign_totals(t: &crate::read_model::CampaignSums) -> CampaignTotals {
    let money = |minor| crate::model::Money {
        minor,
        currency: t.currency.clone().unwrap_or_else(|| "PLN".to_owned()),
    };
    CampaignTotals {
        deals: t.deals,
        open_value: money(t.open).to_decimal_string(),
        won_value: money(t.won).to_decimal_string(),
        lost_value: money(t.lost).to_decimal_string(),
    }
}

pub fn task_view(t: Task) -> TaskView {
    TaskView::from_task(t)
}

fn finish<R: crate::filter::Record>(
    mut out: Vec<R>,
    sort: Option<SortSpec>,
    limit: Option<usize>,
) -> Result<Vec<R>> {
    if let Some(s) = sort {
        sort_rows(&mut out, &s);
    }
    if let Some(l) = limit {
        out.truncate(l);
    }
    Ok(out)
}

/// Contact and campaign names looked up once per list, not once per deal.
#[derive(Default)]
struct NameCache {
    contacts: HashMap<Id, String>,
    campaigns: HashMap<Id, String>,
}

impl NameCache {
    /// Make sure the deal's contact and campaign names are cached.
    #[cfg(test)]
    fn ensure(&mut self, svc: &Service, deal: &Deal) -> Result<()> {
        if !self.contacts.contains_key(&deal.contact_id) {
            self.contact(svc, deal.contact_id)?;
        }
        if let Some(c) = deal.campaign_id.filter(|c| !self.campaigns.contains_key(c)) {
            self.campaign(svc, c)?;
        }
        Ok(())
    }

    #[cfg(test)]
    fn contact_name(&self, id: Id) -> &str {
        self.contacts.get(&id).map(String::as_str).unwrap_or("")
    }

    #[cfg(test)]
    fn campaign_name(&self, id: Id) -> &str {
        self.campaigns.get(&id).map(String::as_str).unwrap_or("")
    }

    fn contact(&mut self, svc: &Service, id: Id) -> Result<String> {
        if let Some(n) = self.contacts.get(&id) {
            return Ok(n.clone());
        }
        let name = svc
            .get::<Contact>(T::Contacts, id)?
            .map(|c| c.name)
            .unwrap_or_else(|| format!("#{id}"));
        self.contacts.insert(id, name.clone());
        Ok(name)
    }

    fn campaign(&mut self, svc: &Service, id: Id) -> Result<String> {
        if let Some(n) = self.campaigns.get(&id) {
            return Ok(n.clone());
        }
        let name = svc
            .get::<Campaign>(T::Campaigns, id)?
            .map(|c| c.name)
            .unwrap_or_else(|| format!("#{id}"));
        self.campaigns.insert(id, name.clone());
        Ok(name)
    }
}

/// Whether task `t` is on record `on` now (a task moves between deals, issue 18 item 5).
fn is_on(t: &Task, on: EntityRef) -> bool {
    match on.kind {
        EntityKind::Deal => t.deal_id == Some(on.id),
        EntityKind::Campaign => t.campaign_id == Some(on.id),
        _ => false,
    }
}
