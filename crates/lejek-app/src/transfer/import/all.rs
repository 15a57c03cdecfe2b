//! `lejek import all FILE`: everything `export all --format json` wrote, section by
//! section in the order records depend on each other: users, dictionaries, campaigns,
//! contacts (companies first), deals with their history, tasks, notes, comments, files.
//! What the database already has is matched, not duplicated (users by login, dictionary
//! values and campaigns by name, contacts and deals as in the plain imports, the rest by
//! author, time and text), so it imports into a fresh `lejek init` and runs again safely.
//! Ids of the exporting database are mapped to the ones given here.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Utc};

use super::apply::{Item, apply};
use super::summary::{Reject, Summary};
use super::{Importer, all_check, contacts, csv_read, deals};
use crate::model::{DictKind, EntityKind, EntityRef, FieldOn, Id, StageKind, TaskKind};
use crate::service::query::ListQuery;
use crate::service::{
    CampaignDraft, Command, FieldDraft, Imported, ImportedTask, Result, TaskDraft, invalid,
};
use crate::text::fold;
use crate::transfer::schema::{self, ExportAll, NoteOut};

/// The exporting database's ids -> ids here, per kind.
#[derive(Default)]
struct Ids {
    contacts: HashMap<Id, Id>,
    deals: HashMap<Id, Id>,
    campaigns: HashMap<Id, Id>,
}

impl Ids {
    fn of(&self, kind: EntityKind, id: Id) -> Option<Id> {
        match kind {
            EntityKind::Contact => self.contacts.get(&id),
            EntityKind::Deal => self.deals.get(&id),
            EntityKind::Campaign => self.campaigns.get(&id),
            _ => None,
        }
        .copied()
    }
}

/// Read and check the document: ours, and not from a newer lejek.
pub fn read(path: &Path) -> Result<ExportAll> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| invalid("import.err.read", &[&shown, &e]))?;
    let (text, _) = csv_read::decode(&bytes, Some(encoding_rs::UTF_8))
        .map_err(|_| invalid("import.err.undecodable", &[&shown, &"UTF-8"]))?;
    let doc: ExportAll =
        serde_json::from_str(&text).map_err(|e| invalid("import.err.json", &[&shown, &e]))?;
    if doc.format != schema::FORMAT {
        return Err(invalid("import.err.not_export", &[&shown]));
    }
    if doc.version > schema::VERSION {
        return Err(invalid(
            "import.err.export_too_new",
            &[&shown, &doc.version, &schema::VERSION],
        ));
    }
    Ok(doc)
}

/// Import the document: checked whole first (`all_check`), so a file refused with exit 2
/// has written nothing; then section by section.
pub fn run(imp: &Importer, doc: ExportAll, summary: &mut Summary) -> Result<()> {
    let file = summary.file.clone();
    let tables = all_check::check(&file, &doc, &imp.opts.maps)?;
    let mut ids = Ids::default();
    users(imp, &doc, summary)?;
    let retire = dictionaries(imp, &doc, summary)?;
    let retire_fields = custom_fields(imp, &doc, summary)?;
    campaigns(imp, &doc, summary, &mut ids)?;
    summary.headers = Vec::new();
    // An empty section has no columns to map, and nothing to write.
    if !tables.contacts.rows.is_empty() {
        let mut c = contacts::Run {
            imp,
            table: &tables.contacts,
            section: Some("contacts"),
            summary,
            ids: HashMap::new(),
            foreign_ids: true,
        };
        contacts::run(&mut c)?;
        ids.contacts = c.ids;
    }
    if !tables.deals.rows.is_empty() {
        let mut d = deals::Run {
            imp,
            table: &tables.deals,
            section: Some("deals"),
            summary,
            contact_ids: Some(&ids.contacts),
            campaign_ids: Some(&ids.campaigns),
            ids: HashMap::new(),
        };
        deals::run(&mut d)?;
        ids.deals = d.ids;
    }
    tasks(imp, &doc, summary, &ids)?;
    journal(imp, &doc.notes, "notes", summary, &ids)?;
    journal(imp, &doc.comments, "comments", summary, &ids)?;
    files(imp, &doc, summary, &ids)?;
    templates(imp, &doc, summary)?;
    // Retired last: imported records may still use them (old records keep them, X2).
    let retire: Vec<Item> = retire
        .into_iter()
        .map(|(kind, name)| Item {
            cmd: Command::RetireDictEntry { kind, name },
            depends: true,
        })
        .collect();
    for d in apply(imp.svc, imp.lang(), imp.opts.dry_run, retire, |_| {})? {
        if let Err(reason) = d {
            reject(summary, "dictionaries", 0, reason);
        }
    }
    let retire_fields: Vec<Item> = retire_fields
        .into_iter()
        .map(|(on, name)| Item {
            cmd: Command::RetireField { on, name },
            depends: true,
        })
        .collect();
    for d in apply(imp.svc, imp.lang(), imp.opts.dry_run, retire_fields, |_| {})? {
        if let Err(reason) = d {
            reject(summary, "custom_fields", 0, reason);
        }
    }
    Ok(())
}

/// Custom field definitions (issue 20 item 1), before the records whose `fields` name
/// them: one this database has (the same record kind and name) is skipped. Retired ones
/// are retired after the records, which may still hold their values (as dictionaries).
fn custom_fields(
    imp: &Importer,
    doc: &ExportAll,
    summary: &mut Summary,
) -> Result<Vec<(FieldOn, String)>> {
    let have = imp.svc.field_defs()?;
    let mut items = Vec::new();
    let mut lines = Vec::new();
    let mut retire = Vec::new();
    for (i, f) in doc.custom_fields.iter().enumerate() {
        let same = have.iter().find(|h| h.on == f.on && h.name == f.name);
        if f.retired && !same.is_some_and(|h| h.retired) {
            retire.push((f.on, f.name.clone()));
        }
        if same.is_some() {
            summary.skipped += 1;
            continue;
        }
        items.push(Item {
            cmd: Command::AddField(FieldDraft {
                on: f.on,
                name: f.name.clone(),
                kind: f.kind,
                values: f.values.clone(),
                label_pl: f.label_pl.clone(),
                label_en: f.label_en.clone(),
            }),
            depends: false,
        });
        lines.push(i as u64 + 1);
    }
    write(imp, summary, "custom_fields", items, lines)?;
    Ok(retire)
}

fn reject(summary: &mut Summary, section: &'static str, line: u64, reason: String) {
    summary.reject(Reject {
        section: Some(section),
        line,
        reason,
        cells: Vec::new(),
        unknown: false,
    });
}

/// Write `items` (one per position in the section, `lines`) and count them.
fn write(
    imp: &Importer,
    summary: &mut Summary,
    section: &'static str,
    items: Vec<Item>,
    lines: Vec<u64>,
) -> Result<Vec<Option<Id>>> {
    let total = items.len();
    let done = apply(imp.svc, imp.lang(), imp.opts.dry_run, items, |n| {
        imp.tick(section, n, total)
    })?;
    let mut ids = Vec::with_capacity(done.len());
    for (line, d) in lines.into_iter().zip(done) {
        match d {
            Ok(id) => {
                summary.created += 1;
                ids.push(id);
            }
            Err(reason) => {
                reject(summary, section, line, reason);
                ids.push(None);
            }
        }
    }
    Ok(ids)
}

fn at(at: DateTime<Utc>, by: Option<&str>, cmd: Command) -> Command {
    Command::Import(Imported::At {
        at,
        by: by.map(str::to_owned),
        cmd: Box::new(cmd),
    })
}

fn users(imp: &Importer, doc: &ExportAll, summary: &mut Summary) -> Result<()> {
    let have: HashSet<String> = imp.svc.users()?.into_iter().map(|u| u.login).collect();
    let mut items = Vec::new();
    let mut lines = Vec::new();
    for (i, u) in doc.users.iter().enumerate() {
        if have.contains(&u.login) {
            summary.skipped += 1;
            continue;
        }
        let cmd = Command::AddUser {
            login: u.login.clone(),
            name: u.name.clone(),
            admin: u.admin,
        };
        items.push(Item {
            cmd: at(u.created, None, cmd),
            depends: false,
        });
        lines.push(i as u64 + 1);
    }
    write(imp, summary, "users", items, lines)?;
    Ok(())
}

/// Add the values the database lacks; returns those to retire at the end.
fn dictionaries(
    imp: &Importer,
    doc: &ExportAll,
    summary: &mut Summary,
) -> Result<Vec<(DictKind, String)>> {
    let have = imp.svc.dict_entries()?;
    let mut items = Vec::new();
    let mut lines = Vec::new();
    let mut retire = Vec::new();
    let mut settle = Vec::new();
    for (i, e) in doc.dictionaries.iter().enumerate() {
        let line = i as u64 + 1;
        let Some(kind) = DictKind::parse(&e.dictionary) else {
            let why = crate::i18n::trf(imp.lang(), "import.reason.dictionary", &[&e.dictionary]);
            reject(summary, "dictionaries", line, why);
            continue;
        };
        let same = have
            .iter()
            .find(|h| h.kind == kind && fold(&h.name) == fold(&e.name));
        if e.retired && !same.is_some_and(|h| h.retired) {
            retire.push((kind, e.name.clone()));
        }
        let stage_kind = match kind {
            DictKind::DealStage => e.kind.as_deref().and_then(StageKind::parse),
            _ => None,
        };
        // An open stage's probability and rot days (issue 19), set once the stage is
        // there (and where the database's differ); won and lost stages have theirs fixed.
        let open = same
            .map_or(stage_kind, |h| h.stage_kind)
            .is_none_or(|k| k == StageKind::Open);
        let differ =
            same.is_none_or(|h| (h.probability, h.rot_days) != (e.probability, e.rot_days));
        if kind == DictKind::DealStage
            && open
            && differ
            && (e.probability.is_some() || e.rot_days.is_some())
        {
            settle.push(Command::SetStage {
                name: e.name.clone(),
                probability: Some(e.probability),
                rot_days: Some(e.rot_days),
            });
        }
        if same.is_some() {
            summary.skipped += 1;
            continue;
        }
        items.push(Item {
            cmd: Command::AddDictEntry {
                kind,
                name: e.name.clone(),
                stage_kind,
            },
            depends: false,
        });
        lines.push(line);
    }
    write(imp, summary, "dictionaries", items, lines)?;
    let settle: Vec<Item> = settle
        .into_iter()
        .map(|cmd| Item { cmd, depends: true })
        .collect();
    for d in apply(imp.svc, imp.lang(), imp.opts.dry_run, settle, |_| {})? {
        if let Err(reason) = d {
            reject(summary, "dictionaries", 0, reason);
        }
    }
    Ok(retire)
}

fn campaigns(imp: &Importer, doc: &ExportAll, summary: &mut Summary, ids: &mut Ids) -> Result<()> {
    let have: HashMap<String, Id> = imp
        .svc
        .list_campaigns(&ListQuery::default())?
        .into_iter()
        .map(|c| (fold(c.name.trim()), c.id))
        .collect();
    let mut items = Vec::new();
    let mut lines = Vec::new();
    let mut sources = Vec::new();
    for (i, c) in doc.campaigns.iter().enumerate() {
        if let Some(id) = have.get(&fold(c.name.trim())) {
            ids.campaigns.insert(c.id, *id);
            summary.skipped += 1;
            continue;
        }
        let draft = CampaignDraft {
            name: c.name.clone(),
            goals: c.goals.clone(),
            rules: c.rules.clone(),
            description: c.description.clone(),
            tags: c.tags.clone(),
        };
        items.push(Item {
            cmd: at(c.created, None, Command::AddCampaign(draft)),
            depends: false,
        });
        lines.push(i as u64 + 1);
        sources.push(c.id);
    }
    let made = write(imp, summary, "campaigns", items, lines)?;
    for (src, id) in sources.into_iter().zip(made) {
        if let Some(id) = id.filter(|_| !imp.opts.dry_run) {
            ids.campaigns.insert(src, id);
        }
    }
    Ok(())
}

fn tasks(imp: &Importer, doc: &ExportAll, summary: &mut Summary, ids: &Ids) -> Result<()> {
    // A task is the same one when its title and creation time are.
    let have: HashSet<(String, i64)> = imp
        .svc
        .list_tasks(&ListQuery::default())?
        .into_iter()
        .map(|t| (fold(t.title.trim()), t.created.timestamp()))
        .collect();
    let mut items = Vec::new();
    let mut lines = Vec::new();
    for (i, t) in doc.tasks.iter().enumerate() {
        let line = i as u64 + 1;
        if have.contains(&(fold(t.title.trim()), t.created.timestamp())) {
            summary.skipped += 1;
            continue;
        }
        let link = |id: Option<Id>, kind| match id {
            None => Ok(None),
            Some(src) => ids.of(kind, src).map(Some).ok_or(src),
        };
        let (deal_id, campaign_id) = match (
            link(t.deal_id, EntityKind::Deal),
            link(t.campaign_id, EntityKind::Campaign),
        ) {
            (Ok(d), Ok(c)) => (d, c),
            // On a dry run nothing was created, so nothing maps: count what would be.
            _ if imp.opts.dry_run => {
                summary.created += 1;
                continue;
            }
            (Err(src), _) | (_, Err(src)) => {
                let why = crate::i18n::trf(imp.lang(), "import.reason.no_record", &[&src]);
                reject(summary, "tasks", line, why);
                continue;
            }
        };
        let kind = if t.kind == "meeting" {
            TaskKind::Meeting
        } else {
            TaskKind::Task
        };
        let task = TaskDraft {
            kind,
            title: t.title.clone(),
            assignee: Some(t.assignee.clone()),
            due: t.due,
            deal_id,
            campaign_id,
        };
        items.push(Item {
            cmd: Command::Import(Imported::Task(ImportedTask {
                task,
                created: t.created,
                by: None,
                done_at: t.done_at,
            })),
            depends: deal_id.is_some() || campaign_id.is_some(),
        });
        lines.push(line);
    }
    write(imp, summary, "tasks", items, lines)?;
    Ok(())
}

/// Notes or comments: on the record their `entity` names, by their author, at their time.
/// One already there (same author, time and text) is skipped.
fn journal(
    imp: &Importer,
    list: &[NoteOut],
    section: &'static str,
    summary: &mut Summary,
    ids: &Ids,
) -> Result<()> {
    let mut have: HashMap<EntityRef, HashSet<(String, i64, String)>> = HashMap::new();
    let mut items = Vec::new();
    let mut lines = Vec::new();
    for (i, n) in list.iter().enumerate() {
        let line = i as u64 + 1;
        let on = schema::entity_kind(&n.entity)
            .and_then(|kind| ids.of(kind, n.entity_id).map(|id| EntityRef { kind, id }));
        let Some(on) = on else {
            if imp.opts.dry_run {
                summary.created += 1;
                continue;
            }
            let why = crate::i18n::trf(imp.lang(), "import.reason.no_record", &[&n.entity_id]);
            reject(summary, section, line, why);
            continue;
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = have.entry(on) {
            let j = imp.svc.journal(on)?;
            let mut set = HashSet::new();
            for x in &j.notes {
                set.insert((x.author.clone(), x.created.timestamp(), x.text.clone()));
            }
            for x in &j.comments {
                set.insert((x.author.clone(), x.created.timestamp(), x.text.clone()));
            }
            slot.insert(set);
        }
        let key = (
            n.author.clone(),
            n.created.timestamp(),
            n.text.trim().to_owned(),
        );
        if have.get(&on).is_some_and(|s| s.contains(&key)) {
            summary.skipped += 1;
            continue;
        }
        let text = n.text.clone();
        let cmd = if section == "notes" {
            Command::AddNote { on, text }
        } else {
            Command::AddComment { on, text }
        };
        items.push(Item {
            cmd: at(n.created, Some(&n.author), cmd),
            depends: true,
        });
        lines.push(line);
    }
    write(imp, summary, section, items, lines)?;
    Ok(())
}

/// Attachments: the metadata is in the file, the content in `<db>/files/` (a backup
/// carries it); one whose content this database lacks is rejected, saying so.
fn files(imp: &Importer, doc: &ExportAll, summary: &mut Summary, ids: &Ids) -> Result<()> {
    let mut have: HashMap<EntityRef, HashSet<(String, String)>> = HashMap::new();
    let mut items = Vec::new();
    let mut lines = Vec::new();
    for (i, f) in doc.files.iter().enumerate() {
        let line = i as u64 + 1;
        let on = schema::entity_kind(&f.entity)
            .and_then(|kind| ids.of(kind, f.entity_id).map(|id| EntityRef { kind, id }));
        let Some(on) = on else {
            if imp.opts.dry_run {
                summary.created += 1;
                continue;
            }
            let why = crate::i18n::trf(imp.lang(), "import.reason.no_record", &[&f.entity_id]);
            reject(summary, "files", line, why);
            continue;
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = have.entry(on) {
            let j = imp.svc.journal(on)?;
            let set = j
                .attachments
                .iter()
                .map(|a| (a.name.clone(), a.sha256.clone()))
                .collect();
            slot.insert(set);
        }
        if have
            .get(&on)
            .is_some_and(|s| s.contains(&(f.name.clone(), f.sha256.clone())))
        {
            summary.skipped += 1;
            continue;
        }
        let cmd = Command::AttachFile {
            on,
            name: f.name.clone(),
            sha256: f.sha256.clone(),
            size: f.size,
        };
        items.push(Item {
            cmd: at(f.created, Some(&f.added_by), cmd),
            depends: true,
        });
        lines.push(line);
    }
    write(imp, summary, "files", items, lines)?;
    Ok(())
}

/// Message templates (D12): one whose name the database has is skipped; one whose default
/// attachment's content this database lacks is rejected by the service, saying so, like a
/// file.
fn templates(imp: &Importer, doc: &ExportAll, summary: &mut Summary) -> Result<()> {
    let have: HashSet<String> = imp
        .svc
        .templates()?
        .into_iter()
        .map(|t| crate::text::fold(&t.name))
        .collect();
    let mut items = Vec::new();
    let mut lines = Vec::new();
    for (i, t) in doc.templates.iter().enumerate() {
        let line = i as u64 + 1;
        if have.contains(&crate::text::fold(&t.name)) {
            summary.skipped += 1;
            continue;
        }
        let Some(kind) = crate::model::MessageKind::parse(&t.kind) else {
            let why = crate::i18n::trf(imp.lang(), "import.reason.unknown", &[&"kind", &t.kind]);
            reject(summary, "templates", line, why);
            continue;
        };
        let draft = crate::service::TemplateDraft {
            kind,
            name: t.name.clone(),
            subject: t.subject.clone(),
            body: t.body.clone(),
            attachments: t
                .attachments
                .iter()
                .map(|f| crate::model::StoredFile {
                    name: f.name.clone(),
                    sha256: f.sha256.clone(),
                    size: f.size,
                })
                .collect(),
        };
        items.push(Item {
            cmd: at(t.created, Some(&t.created_by), Command::AddTemplate(draft)),
            depends: false,
        });
        lines.push(line);
    }
    write(imp, summary, "templates", items, lines)?;
    Ok(())
}
