//! `lejek export`: records read through the backend (lists, and each record's journal where
//! the JSON carries history), written as JSON in the shape of [`super::schema`] or as CSV
//! with the JSON field names as its header.
//!
//! Requests to a server: one list per section, plus the journals of contacts, deals and
//! campaigns, 500 records a request, where the output carries what only the journal holds
//! (a deal's history, a contact's creator, notes, comments, files). CSV needs no journal.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::schema::{
    CampaignOut, ContactOut, DealChange, DealMove, DictOut, ExportAll, FORMAT, FileOut, NoteOut,
    TaskOut, TemplateFileOut, TemplateOut, UserOut, VERSION,
};
use crate::backend::Backend;
use crate::model::{Change, DictKind, EntityKind, EntityRef, Event, Id, Money};
use crate::service::Result;
use crate::service::query::{Journal, ListQuery};

pub use super::schema::DealOut;

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Contacts,
    Deals,
    Campaigns,
    Tasks,
    All,
}

impl What {
    /// The CLI word (English or Polish), case-insensitive.
    pub fn parse(s: &str) -> Option<What> {
        match s.trim().to_lowercase().as_str() {
            "contacts" | "contact" | "kontakty" => Some(What::Contacts),
            "deals" | "deal" | "interesy" => Some(What::Deals),
            "campaigns" | "campaign" | "kampanie" => Some(What::Campaigns),
            "tasks" | "task" | "zadania" => Some(What::Tasks),
            "all" | "wszystko" => Some(What::All),
            _ => None,
        }
    }
}

/// How CSV is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// `,`, `;` or tab.
    pub delimiter: u8,
    /// Start with a UTF-8 byte order mark (Excel on Windows reads UTF-8 only with one).
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions {
            delimiter: b',',
            bom: false,
        }
    }
}

/// `;`, `,` or tab (also spelled `tab`, `\t`, `semicolon`, `comma`).
pub fn parse_delimiter(s: &str) -> Option<u8> {
    match s {
        ";" | "semicolon" | "średnik" | "srednik" => Some(b';'),
        "," | "comma" | "przecinek" => Some(b','),
        "\t" | "tab" | "\\t" | "TAB" => Some(b'\t'),
        _ => None,
    }
}

/// Everything, as [`ExportAll`].
pub fn all(b: &Backend, me: &str) -> Result<ExportAll> {
    let q = ListQuery {
        me: me.to_owned(),
        ..ListQuery::default()
    };
    let mut extras = Extras::default();
    let contacts = contacts(b, &q, true, &mut extras)?;
    let deals = deals(b, &q, true, &mut extras)?;
    let campaigns = campaigns(b, &q, true, &mut extras)?;
    let tasks = tasks(b, &q)?;
    let users = users(b)?;
    let dictionaries = dictionaries(b)?;
    Ok(ExportAll {
        format: FORMAT.to_owned(),
        version: VERSION,
        users,
        dictionaries,
        contacts,
        deals,
        campaigns,
        tasks,
        notes: extras.notes.into_values().collect(),
        comments: extras.comments.into_values().collect(),
        files: extras.files.into_values().collect(),
        templates: templates(b)?,
        custom_fields: b.field_defs()?,
    })
}

/// The users, by login.
pub(super) fn users(b: &Backend) -> Result<Vec<UserOut>> {
    let mut users: Vec<UserOut> = b
        .users()?
        .into_iter()
        .map(|u| UserOut {
            login: u.login,
            name: u.name,
            admin: u.admin,
            created: u.created,
        })
        .collect();
    users.sort_by(|a, b| a.login.cmp(&b.login));
    Ok(users)
}

/// Every dictionary's entries, dictionary by dictionary in their order.
pub(super) fn dictionaries(b: &Backend) -> Result<Vec<DictOut>> {
    let mut entries = b.dict_entries()?.as_ref().clone();
    entries.sort_by_key(|e| (dict_rank(e.kind), e.order_key()));
    Ok(entries
        .into_iter()
        .map(|e| DictOut {
            probability: e.win_chance(),
            dictionary: e.kind.as_str().to_owned(),
            name: e.name,
            kind: e.stage_kind.map(|k| k.as_str().to_owned()),
            position: e.position,
            retired: e.retired,
            rot_days: e.rot_days,
        })
        .collect())
}

/// The message templates, by id.
pub(super) fn templates(b: &Backend) -> Result<Vec<TemplateOut>> {
    let mut all = b.templates()?;
    all.sort_by_key(|t| t.id);
    Ok(all
        .into_iter()
        .map(|t| TemplateOut {
            id: t.id,
            name: t.name,
            kind: t.kind.as_str().to_owned(),
            subject: t.subject,
            body: t.body,
            attachments: t
                .attachments
                .into_iter()
                .map(|f| TemplateFileOut {
                    name: f.name,
                    sha256: f.sha256,
                    size: f.size,
                })
                .collect(),
            created: t.created,
            created_by: t.created_by,
        })
        .collect())
}

/// Where a dictionary comes in the document: the order of `DictKind::ALL`.
fn dict_rank(k: DictKind) -> usize {
    DictKind::ALL
        .iter()
        .position(|x| *x == k)
        .unwrap_or(usize::MAX)
}

/// Notes, comments and files met in journals, by id (a map: sorted, and each once).
#[derive(Default)]
pub(super) struct Extras {
    pub(super) notes: BTreeMap<Id, NoteOut>,
    pub(super) comments: BTreeMap<Id, NoteOut>,
    pub(super) files: BTreeMap<Id, FileOut>,
}

impl Extras {
    pub(super) fn take(&mut self, j: &Journal) {
        let text = |id, on: EntityRef, author: &str, text: &str, created| NoteOut {
            id,
            entity: on.kind.as_str().to_owned(),
            entity_id: on.id,
            author: author.to_owned(),
            text: text.to_owned(),
            created,
        };
        for n in &j.notes {
            self.notes
                .insert(n.id, text(n.id, n.on, &n.author, &n.text, n.created));
        }
        for c in &j.comments {
            self.comments
                .insert(c.id, text(c.id, c.on, &c.author, &c.text, c.created));
        }
        for f in &j.attachments {
            self.files.insert(
                f.id,
                FileOut {
                    id: f.id,
                    entity: f.on.kind.as_str().to_owned(),
                    entity_id: f.on.id,
                    name: f.name.clone(),
                    sha256: f.sha256.clone(),
                    size: f.size,
                    added_by: f.added_by.clone(),
                    created: f.created,
                },
            );
        }
    }
}

/// Records' journals per request to a server: a page of an export, not one record each.
const JOURNALS_PER_REQUEST: usize = 500;

/// The journals of records `ids` of `kind`, in that order.
pub(super) fn journals_of(b: &Backend, kind: EntityKind, ids: &[u64]) -> Result<Vec<Journal>> {
    let mut out = Vec::with_capacity(ids.len());
    for page in ids.chunks(JOURNALS_PER_REQUEST) {
        let ons = page.iter().map(|id| EntityRef { kind, id: *id }).collect();
        out.extend(b.journals(ons)?);
    }
    Ok(out)
}

fn contacts(
    b: &Backend,
    q: &ListQuery,
    journals: bool,
    extras: &mut Extras,
) -> Result<Vec<ContactOut>> {
    let mut out: Vec<ContactOut> = b.list_contacts(q)?.iter().map(ContactOut::from).collect();
    out.sort_by_key(|c| c.id);
    if journals {
        let ids: Vec<u64> = out.iter().map(|c| c.id).collect();
        let all = journals_of(b, EntityKind::Contact, &ids)?;
        for (c, j) in out.iter_mut().zip(&all) {
            c.created_by = creator(&j.history);
            extras.take(j);
        }
    }
    Ok(out)
}

fn deals(b: &Backend, q: &ListQuery, journals: bool, extras: &mut Extras) -> Result<Vec<DealOut>> {
    let mut out: Vec<DealOut> = b.list_deals(q)?.iter().map(DealOut::from).collect();
    out.sort_by_key(|d| d.id);
    if journals {
        let entries = b.dict_entries()?;
        let names: HashMap<u64, &str> = entries.iter().map(|e| (e.id, e.name.as_str())).collect();
        let ids: Vec<u64> = out.iter().map(|d| d.id).collect();
        let all = journals_of(b, EntityKind::Deal, &ids)?;
        for (d, j) in out.iter_mut().zip(&all) {
            d.history = deal_moves(&j.history, &names);
            extras.take(j);
        }
    }
    Ok(out)
}

pub(super) fn campaigns(
    b: &Backend,
    q: &ListQuery,
    journals: bool,
    extras: &mut Extras,
) -> Result<Vec<CampaignOut>> {
    let mut out: Vec<CampaignOut> = b.list_campaigns(q)?.iter().map(CampaignOut::from).collect();
    out.sort_by_key(|c| c.id);
    if journals {
        let ids: Vec<u64> = out.iter().map(|c| c.id).collect();
        for j in journals_of(b, EntityKind::Campaign, &ids)? {
            extras.take(&j);
        }
    }
    Ok(out)
}

pub(super) fn tasks(b: &Backend, q: &ListQuery) -> Result<Vec<TaskOut>> {
    let mut out: Vec<TaskOut> = b.list_tasks(q)?.iter().map(TaskOut::from).collect();
    out.sort_by_key(|t| t.id);
    Ok(out)
}

/// Who created the record: the actor of its creation event.
pub(super) fn creator(history: &[Event]) -> Option<String> {
    history
        .iter()
        .find(|e| {
            matches!(
                e.change,
                Change::Created { .. } | Change::DealCreated { .. }
            )
        })
        .map(|e| e.actor.clone())
}

fn money(m: &Option<Money>) -> (Option<String>, Option<String>) {
    match m {
        Some(m) => (Some(m.to_decimal_string()), Some(m.currency.clone())),
        None => (None, None),
    }
}

/// A deal's events as the moves reports read (see [`DealChange`]). A format-1 deal's
/// creation was three events at one instant (created, first stage, first value): they fold
/// into one `created` move, as format 2 writes it.
pub fn deal_moves(history: &[Event], names: &HashMap<u64, &str>) -> Vec<DealMove> {
    let name = |id: u64| names.get(&id).map(|n| (*n).to_owned());
    let mut out: Vec<DealMove> = Vec::new();
    for ev in history {
        let change = match &ev.change {
            Change::DealCreated { stage, value, .. } => {
                let (value, currency) = money(value);
                DealChange::Created {
                    stage: name(*stage),
                    value,
                    currency,
                }
            }
            Change::Created { .. } => DealChange::Created {
                stage: None,
                value: None,
                currency: None,
            },
            Change::Stage { from, to } => {
                if from.is_none()
                    && let Some(DealChange::Created { stage, .. }) = creation_at(&mut out, ev.at)
                    && stage.is_none()
                {
                    *stage = name(*to);
                    continue;
                }
                match name(*to) {
                    Some(stage) => DealChange::Stage { stage },
                    None => continue,
                }
            }
            Change::Value { old, new } => {
                let (value, currency) = money(new);
                if old.is_none()
                    && let Some(DealChange::Created {
                        stage: Some(_),
                        value: v @ None,
                        currency: c,
                    }) = creation_at(&mut out, ev.at)
                {
                    *v = value;
                    *c = currency;
                    continue;
                }
                DealChange::Value { value, currency }
            }
            Change::DictField { field, new, .. } if field == "loss_reason" => {
                DealChange::LossReason {
                    loss_reason: new.and_then(name),
                }
            }
            Change::DictField { field, new, .. } if field == "source" => DealChange::Source {
                source: new.and_then(name),
            },
            Change::Field {
                field,
                new: Some(owner),
                ..
            } if field == "owner" => DealChange::Owner {
                owner: owner.clone(),
            },
            Change::Field { field, new, .. } if field == "closed" => DealChange::Closed {
                closed: new.as_deref().and_then(parse_time),
            },
            _ => continue,
        };
        out.push(DealMove {
            at: ev.at,
            actor: ev.actor.clone(),
            change,
        });
    }
    out
}

/// The last move, when it is the creation and happened at `at` (format-1 folding).
fn creation_at(out: &mut [DealMove], at: DateTime<Utc>) -> Option<&mut DealChange> {
    match out.last_mut() {
        Some(m) if m.at == at && matches!(m.change, DealChange::Created { .. }) => {
            Some(&mut m.change)
        }
        _ => None,
    }
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// One CSV column: its JSON field name, and whether it holds money (written with a decimal
/// comma when the delimiter is `;`, which is what a Polish spreadsheet expects).
pub(super) type Col = (&'static str, bool);

/// The CSV columns: the list JSON's fields in their order (a test keeps them in step).
pub const CONTACT_COLUMNS: &[Col] = &[
    ("id", false),
    ("kind", false),
    ("name", false),
    ("company_id", false),
    ("company", false),
    ("email", false),
    ("phone", false),
    ("city", false),
    ("address", false),
    ("nip", false),
    ("status", false),
    ("source", false),
    ("end_reason", false),
    ("ended", false),
    ("tags", false),
    ("roles", false),
    ("created", false),
];

pub const DEAL_COLUMNS: &[Col] = &[
    ("id", false),
    ("title", false),
    ("contact_id", false),
    ("contact", false),
    ("owner", false),
    ("stage", false),
    ("stage_kind", false),
    ("source", false),
    ("value", true),
    ("currency", false),
    ("next_activity", false),
    ("last_activity", false),
    ("tags", false),
    ("campaign_id", false),
    ("campaign", false),
    ("loss_reason", false),
    ("offer", false),
    ("description", false),
    ("created", false),
    ("closed", false),
    ("expected_close", false),
    ("days_in_stage", false),
    ("rotting", false),
];

pub const CAMPAIGN_COLUMNS: &[Col] = &[
    ("id", false),
    ("name", false),
    ("goals", false),
    ("rules", false),
    ("description", false),
    ("tags", false),
    ("deals", false),
    ("open_value", true),
    ("won_value", true),
    ("lost_value", true),
    ("created", false),
];

pub const TASK_COLUMNS: &[Col] = &[
    ("id", false),
    ("kind", false),
    ("title", false),
    ("assignee", false),
    ("due", false),
    ("done_at", false),
    ("deal_id", false),
    ("campaign_id", false),
    ("created", false),
];

/// A JSON value as one CSV cell: null is empty, a list is its items joined by `,` (tags
/// hold no comma; roles are dictionary names), anything else as JSON writes it.
fn cell(v: Option<&serde_json::Value>, is_money: bool, opts: CsvOptions) -> String {
    use serde_json::Value;
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) if is_money && opts.delimiter == b';' => s.replace('.', ","),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| cell(Some(i), false, opts))
            .collect::<Vec<_>>()
            .join(","),
        Some(other) => other.to_string(),
    }
}

/// A CSV writer over `w` with the export's delimiter and line ends; its header (and the
/// byte order mark, when asked for) already written.
pub(super) fn csv_writer<'w>(
    w: &'w mut dyn Write,
    cols: &[Col],
    opts: CsvOptions,
) -> io::Result<::csv::Writer<&'w mut dyn Write>> {
    if opts.bom {
        w.write_all("\u{feff}".as_bytes())?;
    }
    let mut out = ::csv::WriterBuilder::new()
        .delimiter(opts.delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(w);
    out.write_record(cols.iter().map(|(name, _)| *name))?;
    Ok(out)
}

/// Records as CSV rows: each record's JSON fields named by `cols`.
pub(super) fn csv_rows<T: Serialize>(
    out: &mut ::csv::Writer<&'_ mut dyn Write>,
    cols: &[Col],
    rows: &[T],
    opts: CsvOptions,
) -> io::Result<()> {
    for r in rows {
        let v = serde_json::to_value(r).map_err(io::Error::other)?;
        // A custom field's column (issue 20) reads the record's `fields`: no custom field
        // takes a built-in name, so the two never meet.
        let custom = v.get("fields");
        let get = |name: &str| v.get(name).or_else(|| custom.and_then(|f| f.get(name)));
        out.write_record(
            cols.iter()
                .map(|(name, is_money)| cell(get(name), *is_money, opts)),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Campaign, Contact, ContactKind, Deal, StageKind, Task, TaskKind};
    use crate::service::views::{
        CampaignTotals, CampaignView, ContactNames, ContactView, DealNames, DealView, TaskView,
    };

    fn t() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().expect("time")
    }

    fn keys<T: Serialize>(v: &T) -> Vec<String> {
        let mut k: Vec<String> = match serde_json::to_value(v).expect("json") {
            serde_json::Value::Object(m) => m.keys().cloned().collect(),
            _ => Vec::new(),
        };
        k.sort();
        k
    }

    fn sorted(cols: &[Col]) -> Vec<String> {
        let mut v: Vec<String> = cols.iter().map(|(n, _)| (*n).to_owned()).collect();
        v.sort();
        v
    }

    fn deal() -> Deal {
        Deal {
            id: 1,
            contact_id: 1,
            title: "Ulotki".into(),
            offer: None,
            description: None,
            owner: "anna".into(),
            stage: 1,
            source: None,
            value: Some(Money::new(120050, "PLN")),
            next_activity: None,
            tags: vec!["a".into(), "b".into()],
            campaign_id: None,
            loss_reason: None,
            created: t(),
            closed: None,
            last_activity: t(),
            expected_close: None,
            fields: Default::default(),
        }
    }

    /// The CSV columns, the export records and the list JSON carry the same fields (the
    /// export adds only `history` and `created_by`, which CSV leaves out).
    #[test]
    fn csv_columns_and_records_match_the_list_json() {
        let view = DealView::from_parts(
            deal(),
            DealNames {
                contact: "X".into(),
                campaign: None,
                stage: "new".into(),
                stage_kind: StageKind::Open,
                source: None,
                loss_reason: None,
                pipeline: Default::default(),
            },
        );
        let mut out = keys(&DealOut::from(&view));
        out.retain(|k| k != "history");
        assert_eq!(keys(&view), out);
        // Custom values are a CSV column each (`export_stream::with_custom`), not one.
        out.retain(|k| k != "fields");
        assert_eq!(sorted(DEAL_COLUMNS), out);

        let contact = Contact {
            id: 1,
            kind: ContactKind::Company,
            name: "X".into(),
            company_id: None,
            email: None,
            phone: None,
            city: None,
            address: None,
            nip: None,
            tags: vec![],
            roles: vec![],
            status: None,
            source: None,
            end_reason: None,
            ended: None,
            created: t(),
            fields: Default::default(),
        };
        let view = ContactView::from_parts(
            contact,
            ContactNames {
                company: None,
                status: None,
                source: None,
                end_reason: None,
                roles: vec![],
            },
        );
        let mut out = keys(&ContactOut::from(&view));
        out.retain(|k| k != "created_by");
        assert_eq!(keys(&view), out);
        out.retain(|k| k != "fields");
        assert_eq!(sorted(CONTACT_COLUMNS), out);

        let campaign = Campaign {
            id: 1,
            name: "K".into(),
            goals: None,
            rules: None,
            description: None,
            tags: vec![],
            created: t(),
        };
        let view = CampaignView::from_parts(
            campaign,
            CampaignTotals {
                deals: 0,
                open_value: "0.00".into(),
                won_value: "0.00".into(),
                lost_value: "0.00".into(),
            },
        );
        assert_eq!(keys(&view), keys(&CampaignOut::from(&view)));
        assert_eq!(sorted(CAMPAIGN_COLUMNS), keys(&view));

        let view = TaskView::from_task(Task {
            id: 1,
            kind: TaskKind::Task,
            title: "T".into(),
            assignee: "anna".into(),
            due: None,
            done_at: None,
            deal_id: None,
            campaign_id: None,
            created: t(),
        });
        assert_eq!(keys(&view), keys(&TaskOut::from(&view)));
        assert_eq!(sorted(TASK_COLUMNS), keys(&view));
    }

    #[test]
    fn a_format_1_creation_folds_into_one_move() {
        let ev = |seq, change| Event {
            seq,
            at: t(),
            actor: "anna".into(),
            entity: EntityRef {
                kind: EntityKind::Deal,
                id: 1,
            },
            change,
        };
        let history = vec![
            ev(
                1,
                Change::Created {
                    summary: "Ulotki".into(),
                },
            ),
            ev(2, Change::Stage { from: None, to: 1 }),
            ev(
                3,
                Change::Value {
                    old: None,
                    new: Some(Money::new(100, "PLN")),
                },
            ),
            ev(
                4,
                Change::Stage {
                    from: Some(1),
                    to: 2,
                },
            ),
        ];
        let names: HashMap<u64, &str> = [(1, "new"), (2, "won")].into_iter().collect();
        let moves = deal_moves(&history, &names);
        let changes: Vec<DealChange> = moves.into_iter().map(|m| m.change).collect();
        assert_eq!(
            changes,
            vec![
                DealChange::Created {
                    stage: Some("new".into()),
                    value: Some("1.00".into()),
                    currency: Some("PLN".into()),
                },
                DealChange::Stage {
                    stage: "won".into()
                },
            ]
        );
    }

    #[test]
    fn csv_cells_follow_the_delimiter() {
        let view = DealView::from_parts(
            deal(),
            DealNames {
                contact: "Łódź; \"A\"".into(),
                campaign: None,
                stage: "new".into(),
                stage_kind: StageKind::Open,
                source: None,
                loss_reason: None,
                pipeline: Default::default(),
            },
        );
        let rows = vec![DealOut::from(&view)];
        let mut buf = Vec::new();
        let opts = CsvOptions {
            delimiter: b';',
            bom: true,
        };
        {
            let cols = &DEAL_COLUMNS[..9];
            let mut out = csv_writer(&mut buf, cols, opts).expect("csv header");
            csv_rows(&mut out, cols, &rows, opts).expect("csv rows");
            out.flush().expect("csv");
        }
        assert_eq!(
            String::from_utf8(buf).expect("utf-8"),
            "\u{feff}id;title;contact_id;contact;owner;stage;stage_kind;source;value\r\n\
             1;Ulotki;1;\"Łódź; \"\"A\"\"\";anna;new;open;;1200,50\r\n"
        );
    }
}
