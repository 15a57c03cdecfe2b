//! `lejek import deals FILE`: each row a deal with as much of its past as the file gives
//! (created, stage, value, owner, source, closed, loss reason; the JSON of `export` adds
//! the whole history), so reports count it in the periods it happened in. A row finds its
//! contact by id, NIP, e-mail or name; a deal already there (same contact, title and, when
//! the file gives it, creation day) is skipped.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Local, NaiveDate, Utc};

use super::apply::{Item, apply};
use super::dedupe::{Contacts, Key, Miss, Ref};
use super::mapping::{Field, Mapping, Target};
use super::names::{Kind, Names};
use super::summary::{Duplicate, Reject, Summary};
use super::table::{RawRow, Table};
use super::{Bad, Importer, map_error, missing, take};
use crate::i18n::trf;
use crate::model::{DictKind, Id, StageKind};
use crate::service::query::ListQuery;
use crate::service::{
    Command, ContactDraft, DealDraft, Imported, ImportedChange, ImportedContact, ImportedDeal,
    ImportedMove, Result, invalid,
};
use crate::text::fold;
use crate::transfer::schema::{DealChange, DealMove};

/// How a row names its contact.
#[derive(Clone, Debug)]
struct ContactKey {
    key: Key,
    value: String,
    /// The `contact` column (a name), for checking an id and for adding a missing one.
    name: Option<String>,
    nip: Option<String>,
    email: Option<String>,
}

/// A checked row.
#[derive(Clone, Debug)]
struct Row {
    idx: usize,
    line: u64,
    source_id: Option<Id>,
    contact: ContactKey,
    draft: DealDraft,
    loss_reason: Option<String>,
    created: Option<DateTime<Utc>>,
    closed: Option<DateTime<Utc>>,
    history: Vec<ImportedMove>,
    /// The campaign's name, for one `--create-missing` adds (its id is known only then).
    campaign: Option<String>,
    depends: bool,
}

/// Where the rows go, and the account so far (as for contacts).
pub struct Run<'a, 'b> {
    pub imp: &'a Importer<'b>,
    pub table: &'a Table,
    pub section: Option<&'static str>,
    pub summary: &'a mut Summary,
    /// Contacts' ids where the file came from -> here (`import all`); deals' the same.
    pub contact_ids: Option<&'a HashMap<Id, Id>>,
    pub campaign_ids: Option<&'a HashMap<Id, Id>>,
    pub ids: HashMap<Id, Id>,
}

impl Run<'_, '_> {
    fn reject(&mut self, idx: usize, bad: Bad) {
        let raw = &self.table.rows[idx];
        self.summary.reject(Reject {
            section: self.section,
            line: raw.line,
            reason: bad.reason,
            cells: raw.cells.clone(),
            unknown: bad.unknown,
        });
    }
}

/// The file's columns as fields, refused (exit 2) when a deal's title or contact has no
/// column: checked before anything is written (`import all` does it for the whole file).
pub fn mapping(table: &Table, maps: &[String]) -> Result<Mapping> {
    let map = Mapping::new(Target::Deals, &table.headers, maps).map_err(map_error)?;
    if !map.has(Field::Title) {
        return Err(invalid("import.err.no_column", &[&"title"]));
    }
    let keys = [Field::ContactId, Field::Nip, Field::Email, Field::Contact];
    if !keys.iter().any(|f| map.has(*f)) {
        return Err(invalid("import.err.no_column", &[&"contact"]));
    }
    Ok(map)
}

pub fn run(run: &mut Run) -> Result<()> {
    let imp = run.imp;
    let mut map = mapping(run.table, &imp.opts.maps)?;
    map.take_custom(
        &run.table.headers,
        &super::custom::names(imp.svc, map.target)?,
    );
    run.summary
        .ignored_columns
        .extend(map.ignored.iter().cloned());
    let mut names = Names::load(imp.svc, imp.lang(), imp.opts.create_missing)?;
    let q = ListQuery {
        me: imp.login.clone(),
        ..ListQuery::default()
    };
    let mut contacts = Contacts::new(&imp.svc.list_contacts(&q)?);
    let mut existing: Existing = HashMap::new();
    for d in imp.svc.list_deals(&q)? {
        existing
            .entry((d.contact_id, fold(d.title.trim())))
            .or_default()
            .push((d.created, d.id));
    }
    let mut rows = Vec::new();
    for (idx, raw) in run.table.rows.iter().enumerate() {
        match parse(run, &map, raw, &mut names) {
            Ok(mut r) => {
                r.idx = idx;
                rows.push(r);
            }
            Err(bad) => run.reject(idx, bad),
        }
    }
    let rows = find_contacts(run, &mut contacts, &mut names, rows);
    missing::add(imp, &mut names)?;
    add_contacts(run, &mut contacts, &rows)?;
    write(run, &contacts, &names, &existing, rows)?;
    run.summary.unknown.extend(names.unknown());
    Ok(())
}

/// Deals already there: (contact, folded title) -> creation times and ids.
type Existing = HashMap<(Id, String), Vec<(DateTime<Utc>, Id)>>;

fn local_day(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&Local).date_naive()
}

fn parse(
    run: &Run,
    map: &Mapping,
    raw: &RawRow,
    names: &mut Names,
) -> std::result::Result<Row, Bad> {
    let imp = run.imp;
    let v = &imp.values;
    let lang = imp.lang();
    if !run.table.json && raw.cells.len() != run.table.headers.len() {
        let why = trf(
            lang,
            "import.reason.columns",
            &[&raw.cells.len(), &run.table.headers.len()],
        );
        return Err(Bad::new(why));
    }
    let get = |f| map.get(raw, f);
    let title = v.required("col.title", get(Field::Title))?;
    let contact = contact_key(run, map, raw)?;
    let currency = get(Field::Currency);
    let value = get(Field::Value)
        .map(|s| v.money(s, currency))
        .transpose()?;
    let next_activity = get(Field::NextActivity).map(|s| v.date(s)).transpose()?;
    let expected_close = get(Field::ExpectedClose).map(|s| v.date(s)).transpose()?;
    let tags = v.tags(get(Field::Tags))?;
    let offer = v.line("col.offer", get(Field::Offer))?;
    let description = v.text("col.description", get(Field::Description))?;
    let mut created = get(Field::Created).map(|s| v.time(s)).transpose()?;
    let closed = get(Field::Closed).map(|s| v.time(s)).transpose()?;
    // A file that says when a deal closed but not when it began: it began then at latest.
    if created.is_none() {
        created = closed;
    }
    let line = raw.line;
    let mut depends = false;
    let reason_given = get(Field::LossReason);
    let stage = match get(Field::Stage) {
        Some(s) => {
            let kind = missing::stage_kind(
                get(Field::StageKind),
                reason_given.is_some(),
                closed.is_some(),
            );
            Some(take(names.stage(s, kind, line), s, &mut depends)?)
        }
        None => None,
    };
    let mut dict = |kind: DictKind, s: &str, depends: &mut bool| {
        let found = names.dict(kind, s, line);
        take(found, s, depends)
    };
    let source = get(Field::Source)
        .map(|s| dict(DictKind::DealSource, s, &mut depends))
        .transpose()?;
    let loss_reason = reason_given
        .map(|s| dict(DictKind::LossReason, s, &mut depends))
        .transpose()?;
    let owner = match get(Field::Owner) {
        Some(o) => Some(take(names.user(o, line), o, &mut depends)?),
        None => None,
    };
    let campaign_id = campaign(run, map, raw, names, &mut depends)?;
    let history = match raw.json.as_ref().and_then(|j| j.get("history")) {
        Some(h) if !h.is_null() => history(imp, h, names, line, &mut depends)?,
        _ => Vec::new(),
    };
    Ok(Row {
        idx: 0,
        line,
        source_id: get(Field::Id).and_then(|s| s.parse().ok()),
        contact,
        draft: DealDraft {
            contact_id: 0,
            title,
            offer,
            description,
            owner,
            stage,
            source,
            value,
            next_activity,
            tags,
            campaign_id,
            expected_close,
            fields: super::custom::values(map, raw),
        },
        loss_reason,
        created,
        closed,
        history,
        campaign: get(Field::Campaign).map(str::to_owned),
        depends,
    })
}

/// The column that finds the row's contact: `--contact-by`, else the first of id, NIP,
/// e-mail and name that the row fills.
fn contact_key(run: &Run, map: &Mapping, raw: &RawRow) -> std::result::Result<ContactKey, Bad> {
    let get = |f| map.get(raw, f).map(str::to_owned);
    let field = |k: Key| match k {
        Key::Id => Field::ContactId,
        Key::Nip => Field::Nip,
        Key::Email => Field::Email,
        Key::Name => Field::Contact,
    };
    let key = match run.imp.opts.contact_by {
        Some(k) => get(field(k)).map(|v| (k, v)),
        None => [Key::Id, Key::Nip, Key::Email, Key::Name]
            .into_iter()
            .find_map(|k| get(field(k)).map(|v| (k, v))),
    };
    let Some((key, value)) = key else {
        let why = trf(run.imp.lang(), "import.reason.no_contact", &[]);
        return Err(Bad::new(why));
    };
    Ok(ContactKey {
        key,
        value,
        name: get(Field::Contact),
        nip: get(Field::Nip),
        email: get(Field::Email),
    })
}

fn campaign(
    run: &Run,
    map: &Mapping,
    raw: &RawRow,
    names: &mut Names,
    depends: &mut bool,
) -> std::result::Result<Option<Id>, Bad> {
    // `import all` maps the exporting database's campaign ids; a plain file names them.
    if let (Some(ids), Some(id)) = (run.campaign_ids, map.get(raw, Field::CampaignId))
        && let Some(here) = id.parse().ok().and_then(|i: Id| ids.get(&i))
    {
        return Ok(Some(*here));
    }
    let Some(name) = map.get(raw, Field::Campaign) else {
        return Ok(None);
    };
    match names.campaign(name, raw.line) {
        Ok(Some(id)) => Ok(Some(id)),
        Ok(None) => {
            *depends = true;
            Ok(None)
        }
        Err(reason) => Err(Bad {
            reason,
            unknown: true,
        }),
    }
}

/// An exported deal's history, its names checked like the row's.
fn history(
    imp: &Importer,
    json: &serde_json::Value,
    names: &mut Names,
    line: u64,
    depends: &mut bool,
) -> std::result::Result<Vec<ImportedMove>, Bad> {
    let v = &imp.values;
    let moves: Vec<DealMove> = serde_json::from_value(json.clone())
        .map_err(|e| Bad::new(trf(imp.lang(), "import.reason.history", &[&e])))?;
    let money = |value: &Option<String>, cur: &Option<String>| {
        value
            .as_deref()
            .map(|s| v.money(s, cur.as_deref()))
            .transpose()
    };
    let mut out = Vec::with_capacity(moves.len());
    for m in moves {
        let mut dict = |kind: DictKind, s: &str, depends: &mut bool| {
            let found = names.dict(kind, s, line);
            take(found, s, depends)
        };
        let change = match &m.change {
            DealChange::Created {
                stage,
                value,
                currency,
            } => ImportedChange::Created {
                stage: match stage {
                    Some(s) => Some(take(names.stage(s, StageKind::Open, line), s, depends)?),
                    None => None,
                },
                value: money(value, currency)?,
            },
            DealChange::Stage { stage } => ImportedChange::Stage {
                stage: take(names.stage(stage, StageKind::Open, line), stage, depends)?,
            },
            DealChange::Value { value, currency } => ImportedChange::Value {
                value: money(value, currency)?,
            },
            DealChange::LossReason { loss_reason } => ImportedChange::LossReason {
                reason: loss_reason
                    .as_deref()
                    .map(|r| dict(DictKind::LossReason, r, depends))
                    .transpose()?,
            },
            DealChange::Owner { owner } => ImportedChange::Owner {
                owner: take(names.user(owner, line), owner, depends)?,
            },
            DealChange::Source { source } => ImportedChange::Source {
                source: source
                    .as_deref()
                    .map(|s| dict(DictKind::DealSource, s, depends))
                    .transpose()?,
            },
            DealChange::Closed { closed } => ImportedChange::Closed { closed: *closed },
        };
        out.push(ImportedMove {
            at: m.at,
            by: Some(m.actor),
            change,
        });
    }
    Ok(out)
}

/// Each row's contact, found in memory; a missing one is noted to be added (with
/// `--create-missing`) or the row rejected.
fn find_contacts(
    run: &mut Run,
    contacts: &mut Contacts,
    names: &mut Names,
    rows: Vec<Row>,
) -> Vec<(Row, Ref)> {
    let lang = run.imp.lang();
    let mut keep = Vec::with_capacity(rows.len());
    for r in rows {
        let c = &r.contact;
        let mut found = match (c.key, run.contact_ids) {
            (Key::Id, Some(ids)) => c
                .value
                .parse::<Id>()
                .ok()
                .and_then(|i| ids.get(&i))
                .map(|i| Ref::Id(*i))
                .ok_or(Miss::NotFound),
            _ => contacts.find(c.key, &c.value),
        };
        // An id from another database names someone else: when the row's contact name
        // disagrees with the contact of that id here, the name decides.
        if let (Ok(Ref::Id(id)), Key::Id, Some(name), None) =
            (found, c.key, &c.name, run.contact_ids)
            && contacts
                .known(id)
                .is_some_and(|k| super::dedupe::name_key(&k.name) != super::dedupe::name_key(name))
        {
            found = contacts.find(Key::Name, name);
        }
        match found {
            Ok(re) => keep.push((r, re)),
            Err(Miss::NotFound) => {
                let shown = c.name.clone().unwrap_or_else(|| c.value.clone());
                match take(
                    names.missing(Kind::Contact, &shown, r.line),
                    &shown,
                    &mut false,
                ) {
                    Ok(_) => {
                        let Some(name) = c
                            .name
                            .clone()
                            .or_else(|| (c.key == Key::Name).then(|| c.value.clone()))
                        else {
                            let why = trf(lang, "import.reason.contact_unnamed", &[&c.value]);
                            run.reject(r.idx, Bad::new(why));
                            continue;
                        };
                        contacts.add(
                            Ref::Line(r.line),
                            &name,
                            true,
                            c.nip.as_deref(),
                            c.email.as_deref(),
                        );
                        let re = Ref::Line(r.line);
                        keep.push((r, re));
                    }
                    Err(bad) => run.reject(r.idx, bad),
                }
            }
            Err(miss) => {
                let key = match miss {
                    Miss::Ambiguous => "import.reason.contact_ambiguous",
                    _ => "import.reason.contact_invalid",
                };
                let why = trf(lang, key, &[&c.value]);
                run.reject(r.idx, Bad::new(why));
            }
        }
    }
    keep
}

/// Write the contacts `--create-missing` adds for deals (one per contact, from its first
/// row), so the deals can name them by id.
fn add_contacts(run: &mut Run, contacts: &mut Contacts, rows: &[(Row, Ref)]) -> Result<()> {
    let imp = run.imp;
    let mut items = Vec::new();
    let mut lines = Vec::new();
    let mut seen = HashSet::new();
    for (r, re) in rows {
        let Ref::Line(line) = *re else { continue };
        if line != r.line || !seen.insert(line) {
            continue;
        }
        let c = &r.contact;
        let name = c.name.clone().unwrap_or_else(|| c.value.clone());
        let nip = c.nip.as_deref().and_then(|n| imp.values.nip(n).ok());
        let email = imp.values.email(c.email.as_deref()).ok().flatten();
        items.push(Item {
            cmd: Command::Import(Imported::Contact(ImportedContact {
                contact: ContactDraft {
                    name,
                    nip,
                    email,
                    ..ContactDraft::default()
                },
                created: r.created.unwrap_or(imp.now),
                by: None,
                end: None,
            })),
            depends: false,
        });
        lines.push((line, r.idx));
    }
    if items.is_empty() || imp.opts.dry_run {
        return Ok(());
    }
    let done = apply(imp.svc, imp.lang(), false, items, |_| {})?;
    for ((line, idx), d) in lines.into_iter().zip(done) {
        match d {
            Ok(Some(id)) => contacts.resolve(line, id),
            Ok(None) => {}
            // The contact's rows are rejected with it when the deals find no contact.
            Err(reason) => run.reject(idx, Bad::new(reason)),
        }
    }
    Ok(())
}

fn write(
    run: &mut Run,
    contacts: &Contacts,
    names: &Names,
    existing: &Existing,
    rows: Vec<(Row, Ref)>,
) -> Result<()> {
    let imp = run.imp;
    // `import all` holds no duplicates (a contact may have two deals of one title on one
    // day): only a deal an earlier run imported, with its exact creation time, is there.
    let all = run.contact_ids.is_some();
    let mut seen: HashMap<(Ref, String, Option<NaiveDate>), u64> = HashMap::new();
    let mut items = Vec::new();
    let mut meta = Vec::new();
    for (mut r, re) in rows {
        // A contact added above has its id now (not on a dry run).
        let re = match re {
            Ref::Line(l) => contacts.find_line(l).unwrap_or(re),
            id => id,
        };
        let title = fold(r.draft.title.trim());
        let day = r.created.map(local_day);
        let there = |deals: &Vec<(DateTime<Utc>, Id)>| {
            deals
                .iter()
                .find(|(t, _)| match r.created {
                    Some(c) if all => *t == c,
                    Some(_) => Some(local_day(*t)) == day,
                    None => true,
                })
                .map(|(_, id)| *id)
        };
        if let Ref::Id(cid) = re
            && let Some(deal) = existing.get(&(cid, title.clone())).and_then(there)
        {
            // `import all` hangs the deal's tasks and notes on the one already there.
            if let Some(src) = r.source_id {
                run.ids.insert(src, deal);
            }
            run.summary.skipped += 1;
            run.summary.duplicates.push(Duplicate {
                section: run.section,
                line: r.line,
                id: Some(deal),
                of_line: None,
                by: Key::Name,
                updated: false,
            });
            continue;
        }
        if let Some(of) = seen.get(&(re, title.clone(), day)).filter(|_| !all) {
            run.summary.skipped += 1;
            run.summary.duplicates.push(Duplicate {
                section: run.section,
                line: r.line,
                id: None,
                of_line: Some(*of),
                by: Key::Name,
                updated: false,
            });
            continue;
        }
        seen.insert((re, title, day), r.line);
        match re {
            Ref::Id(id) => r.draft.contact_id = id,
            Ref::Line(_) => r.depends = true,
        }
        // Owners added by `--create-missing` may have got a login made from their name.
        if let Some(o) = &r.draft.owner
            && let Some(login) = names.login_of(o)
        {
            r.draft.owner = Some(login);
        }
        if r.draft.campaign_id.is_none()
            && let Some(name) = &r.campaign
        {
            r.draft.campaign_id = names.campaign_id(name);
        }
        let created = r.created.unwrap_or(imp.now);
        meta.push((r.idx, r.source_id));
        items.push(Item {
            cmd: Command::Import(Imported::Deal(ImportedDeal {
                deal: r.draft,
                loss_reason: r.loss_reason,
                created,
                closed: r.closed,
                by: None,
                history: r.history,
            })),
            depends: r.depends,
        });
    }
    let total = items.len();
    let done = apply(imp.svc, imp.lang(), imp.opts.dry_run, items, |n| {
        imp.tick("deals", n, total)
    })?;
    for ((idx, src), d) in meta.into_iter().zip(done) {
        match d {
            Ok(id) => {
                run.summary.created += 1;
                if let (Some(src), Some(id), false) = (src, id, imp.opts.dry_run) {
                    run.ids.insert(src, id);
                }
            }
            Err(reason) => run.reject(idx, Bad::new(reason)),
        }
    }
    Ok(())
}
