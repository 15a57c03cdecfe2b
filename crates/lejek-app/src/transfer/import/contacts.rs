//! `lejek import contacts FILE`: each row a company or a person. Companies are written
//! first, so a person's `company` column finds a firm from the same file; a row that
//! matches a contact already there (NIP, e-mail, a company's name) is skipped, or merged
//! into it with `--update`.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};

use super::apply::{Item, apply};
use super::dedupe::{Contacts, Key, Miss, Ref};
use super::mapping::{Field, Mapping, Target};
use super::names::{Kind, Names};
use super::summary::{Duplicate, Reject, Summary};
use super::table::{RawRow, Table};
use super::{Bad, Importer, map_error, take};
use crate::i18n::trf;
use crate::model::{ContactKind, DictKind, Id};
use crate::service::query::ListQuery;
use crate::service::views::ContactView;
use crate::service::{
    Command, ContactDraft, ContactPatch, Imported, ImportedContact, Result, invalid,
};
use crate::text::fold;

/// A person's company as the file names it.
#[derive(Clone, Debug)]
enum CompanyLink {
    Name(String),
    /// An id: of this database, or with `import all` of the exporting one.
    Id(Id),
}

/// A checked row.
#[derive(Clone, Debug)]
struct Row {
    idx: usize,
    line: u64,
    /// The `id` column: the contact's id where it was exported from (`import all` maps).
    source_id: Option<Id>,
    draft: ContactDraft,
    kind_given: bool,
    company: Option<CompanyLink>,
    created: Option<DateTime<Utc>>,
    by: Option<String>,
    end: Option<(String, NaiveDate)>,
    /// Names a value this import adds first (a dry run cannot plan it with the service).
    depends: bool,
}

/// Where the rows of one import go, and the account so far.
pub struct Run<'a, 'b> {
    pub imp: &'a Importer<'b>,
    pub table: &'a Table,
    /// `contacts` in `import all`, for the account.
    pub section: Option<&'static str>,
    pub summary: &'a mut Summary,
    /// Ids where the file was exported from -> ids here (`import all`).
    pub ids: HashMap<Id, Id>,
    /// `import all`: ids are the exporting database's, and every record of the file is
    /// its own (an export holds no duplicates, though two contacts may share an e-mail).
    pub foreign_ids: bool,
}

impl Run<'_, '_> {
    fn reject(&mut self, raw: &RawRow, bad: Bad) {
        self.summary.reject(Reject {
            section: self.section,
            line: raw.line,
            reason: bad.reason,
            cells: raw.cells.clone(),
            unknown: bad.unknown,
        });
    }

    fn duplicate(&mut self, line: u64, of: Ref, by: Key, updated: bool) {
        let (id, of_line) = match of {
            Ref::Id(id) => (Some(id), None),
            Ref::Line(l) => (None, Some(l)),
        };
        self.summary.duplicates.push(Duplicate {
            section: self.section,
            line,
            id,
            of_line,
            by,
            updated,
        });
    }
}

/// Import the contacts of `run.table`; fills the account and the id map.
/// The file's columns as fields, refused (exit 2) when no column holds the name: checked
/// before anything is written (`import all` does it for the whole file).
pub fn mapping(table: &Table, maps: &[String]) -> Result<Mapping> {
    let map = Mapping::new(Target::Contacts, &table.headers, maps).map_err(map_error)?;
    if !map.has(Field::Name) {
        return Err(invalid("import.err.no_column", &[&"name"]));
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
    let views = imp.svc.list_contacts(&ListQuery {
        me: imp.login.clone(),
        ..ListQuery::default()
    })?;
    let mut index = Contacts::new(&views);
    // What was there before this import: with `import all` only that is matched by NIP,
    // e-mail or name, and a record this import wrote before (a re-run) by its name and
    // creation time, which an export keeps exactly.
    let before = Before {
        max_id: views.iter().map(|v| v.id).max().unwrap_or(0),
        exact: views
            .iter()
            .map(|v| {
                (
                    (super::dedupe::name_key(&v.name), v.created.timestamp()),
                    v.id,
                )
            })
            .collect(),
    };
    let views: HashMap<Id, ContactView> = views.into_iter().map(|v| (v.id, v)).collect();

    let mut companies = Vec::new();
    let mut persons = Vec::new();
    for (idx, raw) in run.table.rows.iter().enumerate() {
        match parse(imp, &map, run.table, raw, &mut names, run.foreign_ids) {
            Ok(mut r) => {
                r.idx = idx;
                if r.draft.kind == Some(ContactKind::Person) {
                    persons.push(r);
                } else {
                    companies.push(r);
                }
            }
            Err(bad) => run.reject(raw, bad),
        }
    }
    let persons = missing_companies(run, &index, &mut names, &mut companies, persons);
    super::missing::add(imp, &mut names)?;
    write(run, &mut index, &views, &before, companies)?;
    let persons = link_companies(run, &index, persons);
    write(run, &mut index, &views, &before, persons)?;
    run.summary.unknown.extend(names.unknown());
    Ok(())
}

fn parse(
    imp: &Importer,
    map: &Mapping,
    table: &Table,
    raw: &RawRow,
    names: &mut Names,
    foreign_ids: bool,
) -> std::result::Result<Row, Bad> {
    let v = &imp.values;
    let lang = imp.lang();
    if !table.json && raw.cells.len() != table.headers.len() {
        let why = trf(
            lang,
            "import.reason.columns",
            &[&raw.cells.len(), &table.headers.len()],
        );
        return Err(Bad::new(why));
    }
    let get = |f| map.get(raw, f);
    let name = v.required("col.name", get(Field::Name))?;
    let id = |id: &str| {
        id.parse()
            .map(CompanyLink::Id)
            .map_err(|_| Bad::new(trf(lang, "import.reason.bad_id", &[&id])))
    };
    // A name is what a spreadsheet means; an export's id is exact (names may repeat).
    let company = match (get(Field::Company), get(Field::CompanyId)) {
        (_, Some(i)) if foreign_ids => Some(id(i)?),
        (Some(n), _) => Some(CompanyLink::Name(n.to_owned())),
        (None, Some(i)) => Some(id(i)?),
        (None, None) => None,
    };
    let given = v.kind(get(Field::Kind))?;
    // A row naming a company is a person at it, unless it says otherwise.
    let kind = given.unwrap_or(if company.is_some() {
        ContactKind::Person
    } else {
        ContactKind::Company
    });
    if kind == ContactKind::Company && company.is_some() {
        return Err(Bad::new(v.err(invalid("err.company_of_company", &[]))));
    }
    let nip = get(Field::Nip).map(|n| v.nip(n)).transpose()?;
    let email = v.email(get(Field::Email))?;
    let phone = v.phone(get(Field::Phone))?;
    let city = v.line("col.city", get(Field::City))?;
    let address = v.text("col.address", get(Field::Address))?;
    let tags = v.tags(get(Field::Tags))?;
    let created = get(Field::Created).map(|s| v.time(s)).transpose()?;
    let ended = get(Field::Ended).map(|s| v.date(s)).transpose()?;
    let line = raw.line;
    let mut depends = false;
    let mut dict = |kind: DictKind, s: &str, depends: &mut bool| {
        let found = names.dict(kind, s, line);
        take(found, s, depends)
    };
    let status = get(Field::Status)
        .map(|s| dict(DictKind::ContactStatus, s, &mut depends))
        .transpose()?;
    let source = get(Field::Source)
        .map(|s| dict(DictKind::ContactSource, s, &mut depends))
        .transpose()?;
    let mut roles = Vec::new();
    for r in super::values::Values::names(get(Field::Roles)) {
        roles.push(dict(DictKind::ContactRole, &r, &mut depends)?);
    }
    let end = match (get(Field::EndReason), ended) {
        (Some(r), Some(d)) => Some((dict(DictKind::EndReason, r, &mut depends)?, d)),
        (None, None) => None,
        (Some(_), None) => return Err(Bad::new(trf(lang, "import.reason.end_date", &[]))),
        (None, Some(_)) => return Err(Bad::new(v.err(invalid("err.end_reason_required", &[])))),
    };
    Ok(Row {
        idx: 0,
        line,
        source_id: get(Field::Id).and_then(|s| s.parse().ok()),
        draft: ContactDraft {
            kind: Some(kind),
            name,
            company_id: None,
            email,
            phone,
            city,
            address,
            nip,
            tags,
            roles,
            status,
            source,
            fields: super::custom::values(map, raw),
        },
        kind_given: given.is_some(),
        company,
        created,
        by: get(Field::CreatedBy).map(str::to_owned),
        end,
        depends,
    })
}

/// Persons at a company neither the database nor the file has: with `--create-missing`
/// the company is added (from the first such row), otherwise the rows are rejected and
/// the name reported once. Returns the persons still to import.
fn missing_companies(
    run: &mut Run,
    index: &Contacts,
    names: &mut Names,
    companies: &mut Vec<Row>,
    persons: Vec<Row>,
) -> Vec<Row> {
    let in_file: std::collections::HashSet<String> = companies
        .iter()
        .map(|c| super::dedupe::name_key(&c.draft.name))
        .collect();
    let mut added = std::collections::HashSet::new();
    let mut keep = Vec::with_capacity(persons.len());
    for p in persons {
        let Some(CompanyLink::Name(n)) = &p.company else {
            keep.push(p);
            continue;
        };
        let key = super::dedupe::name_key(n);
        if in_file.contains(&key) || index.company(n) != Err(Miss::NotFound) {
            keep.push(p);
            continue;
        }
        match take(names.missing(Kind::Company, n, p.line), n, &mut false) {
            Ok(name) => {
                if added.insert(key) {
                    companies.push(Row {
                        source_id: None,
                        draft: ContactDraft {
                            kind: Some(ContactKind::Company),
                            name,
                            ..ContactDraft::default()
                        },
                        kind_given: true,
                        company: None,
                        created: None,
                        by: None,
                        end: None,
                        depends: false,
                        ..p.clone()
                    });
                }
                keep.push(p);
            }
            Err(bad) => {
                let raw = &run.table.rows[p.idx];
                run.reject(raw, bad);
            }
        }
    }
    keep
}

/// Persons get their company's id (a dry run cannot know a new company's: such a row
/// depends on it).
fn link_companies(run: &mut Run, index: &Contacts, persons: Vec<Row>) -> Vec<Row> {
    let mut keep = Vec::with_capacity(persons.len());
    for mut p in persons {
        let found = match &p.company {
            None => Ok(None),
            Some(CompanyLink::Id(id)) if run.foreign_ids => match run.ids.get(id) {
                Some(here) => Ok(Some(Ref::Id(*here))),
                None => Err(Miss::NotFound),
            },
            Some(CompanyLink::Id(id)) => Ok(Some(Ref::Id(*id))),
            Some(CompanyLink::Name(n)) => index.company(n).map(Some),
        };
        match found {
            Ok(Some(Ref::Id(id))) => {
                p.draft.company_id = Some(id);
                keep.push(p);
            }
            Ok(Some(Ref::Line(_))) => {
                p.depends = true;
                keep.push(p);
            }
            Ok(None) => keep.push(p),
            Err(miss) => {
                let shown = match &p.company {
                    Some(CompanyLink::Name(n)) => n.clone(),
                    Some(CompanyLink::Id(id)) => id.to_string(),
                    None => String::new(),
                };
                let key = match miss {
                    Miss::Ambiguous => "import.reason.company_ambiguous",
                    _ => "import.reason.company_missing",
                };
                let why = trf(run.imp.lang(), key, &[&shown]);
                let raw = &run.table.rows[p.idx];
                run.reject(raw, Bad::new(why));
            }
        }
    }
    keep
}

/// The contacts there before this import, for `import all`'s matching.
struct Before {
    max_id: Id,
    exact: HashMap<(String, i64), Id>,
}

impl Before {
    /// The contact already there that a row of `import all` is: the one it was imported
    /// as by an earlier run, else one there before (NIP, e-mail, a company's name).
    fn same(&self, index: &Contacts, r: &Row, company: bool) -> Option<(Ref, Key)> {
        if let Some(t) = r.created {
            let k = (super::dedupe::name_key(&r.draft.name), t.timestamp());
            if let Some(id) = self.exact.get(&k) {
                return Some((Ref::Id(*id), Key::Name));
            }
        }
        let (nip, email) = (r.draft.nip.as_deref(), r.draft.email.as_deref());
        index
            .duplicate(&r.draft.name, company, nip, email)
            .filter(|(re, _)| matches!(re, Ref::Id(id) if *id <= self.max_id))
    }
}

/// What a row's command does (an update: of the contact its key found).
enum Effect {
    Created,
    Updated(Key),
}

/// Dedupe `rows`, then write the new ones and the merges, chunk by chunk.
fn write(
    run: &mut Run,
    index: &mut Contacts,
    views: &HashMap<Id, ContactView>,
    before: &Before,
    rows: Vec<Row>,
) -> Result<()> {
    let imp = run.imp;
    let mut items = Vec::new();
    let mut meta: Vec<(usize, u64, Option<Id>, Effect)> = Vec::new();
    // Rows that repeat an earlier row of the file: (their source id, that row's line).
    let mut repeats: Vec<(Id, u64)> = Vec::new();
    for r in rows {
        let company = r.draft.kind != Some(ContactKind::Person);
        let (nip, email) = (r.draft.nip.as_deref(), r.draft.email.as_deref());
        let same = if run.foreign_ids {
            before.same(index, &r, company)
        } else {
            index.duplicate(&r.draft.name, company, nip, email)
        };
        match same {
            None => {
                index.add(Ref::Line(r.line), &r.draft.name, company, nip, email);
                meta.push((r.idx, r.line, r.source_id, Effect::Created));
                let cmd = Command::Import(Imported::Contact(ImportedContact {
                    contact: r.draft,
                    created: r.created.unwrap_or(imp.now),
                    by: r.by,
                    end: r.end,
                }));
                items.push(Item {
                    cmd,
                    depends: r.depends,
                });
            }
            Some((Ref::Line(of), by)) => {
                run.summary.skipped += 1;
                run.duplicate(r.line, Ref::Line(of), by, false);
                if let Some(src) = r.source_id {
                    repeats.push((src, of));
                }
            }
            Some((Ref::Id(id), by)) => {
                if let Some(src) = r.source_id {
                    run.ids.insert(src, id);
                }
                let patch = views.get(&id).and_then(|old| patch(&r, old));
                match patch {
                    Some(patch) if imp.opts.update => {
                        meta.push((r.idx, r.line, Some(id), Effect::Updated(by)));
                        items.push(Item {
                            cmd: Command::UpdateContact { id, patch },
                            depends: r.depends,
                        });
                    }
                    _ => {
                        run.summary.skipped += 1;
                        run.duplicate(r.line, Ref::Id(id), by, false);
                    }
                }
            }
        }
    }
    let total = items.len();
    let done = apply(imp.svc, imp.lang(), imp.opts.dry_run, items, |n| {
        imp.tick("contacts", n, total)
    })?;
    let mut line_ids = HashMap::new();
    for ((idx, line, src, effect), d) in meta.into_iter().zip(done) {
        match (d, effect) {
            (Ok(id), Effect::Created) => {
                run.summary.created += 1;
                if let (Some(id), false) = (id, imp.opts.dry_run) {
                    index.resolve(line, id);
                    line_ids.insert(line, id);
                    if let Some(src) = src {
                        run.ids.insert(src, id);
                    }
                }
            }
            (Ok(_), Effect::Updated(by)) => {
                run.summary.updated += 1;
                if let Some(id) = src {
                    run.duplicate(line, Ref::Id(id), by, true);
                }
            }
            (Err(reason), _) => {
                let raw = &run.table.rows[idx];
                run.reject(raw, Bad::new(reason));
            }
        }
    }
    for (src, of) in repeats {
        if let Some(id) = line_ids.get(&of) {
            run.ids.insert(src, *id);
        }
    }
    Ok(())
}

/// The non-empty fields of a row that differ from the contact already there, as a patch;
/// None when the row adds nothing (then it is skipped, and a second `--update` run of the
/// same file changes nothing).
fn patch(r: &Row, old: &ContactView) -> Option<ContactPatch> {
    let mut p = ContactPatch::default();
    let mut any = false;
    let mut text =
        |new: &Option<String>, old: &Option<String>, same: fn(&str, &str) -> bool| match (new, old)
        {
            (Some(n), Some(o)) if same(n, o) => None,
            (Some(n), _) => {
                any = true;
                Some(Some(n.clone()))
            }
            (None, _) => None,
        };
    let exact = |a: &str, b: &str| a == b;
    let nocase = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
    let folded = |a: &str, b: &str| fold(a) == fold(b);
    let d = &r.draft;
    p.email = text(&d.email, &old.email, nocase);
    p.phone = text(&d.phone, &old.phone, exact);
    p.city = text(&d.city, &old.city, exact);
    p.address = text(&d.address, &old.address, exact);
    p.nip = text(&d.nip, &old.nip, exact);
    p.status = text(&d.status, &old.status, folded);
    p.source = text(&d.source, &old.source, folded);
    if d.name.trim() != old.name {
        p.name = Some(d.name.clone());
        any = true;
    }
    if r.kind_given && d.kind.map(|k| k.as_str()) != Some(old.kind) {
        p.kind = d.kind;
        any = true;
    }
    if d.company_id.is_some() && d.company_id != old.company_id {
        p.company_id = Some(d.company_id);
        any = true;
    }
    p.add_tags = d
        .tags
        .iter()
        .filter(|t| !old.tags.contains(t))
        .cloned()
        .collect();
    p.add_roles = d
        .roles
        .iter()
        .filter(|r| !old.roles.iter().any(|o| fold(o) == fold(r)))
        .cloned()
        .collect();
    any |= !p.add_tags.is_empty() || !p.add_roles.is_empty();
    any.then_some(p)
}
