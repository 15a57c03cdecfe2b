//! Read views: records with dictionary ids resolved to names, shaped like the JSON contract
//! of DESIGN.md, and the filter schemas over them (X3).

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::clock::local_date;
use crate::filter::{FieldSpec, FieldType, FieldValue, Record, Schema};
pub use crate::model::DealPipeline;
use crate::model::{Campaign, Contact, CustomValue, Deal, FieldKind, Id, StageKind, Task};

/// A deal as front ends show it. Field names are the JSON contract.
#[derive(Clone, Debug, Serialize)]
pub struct DealView {
    pub id: Id,
    pub title: String,
    pub contact_id: Id,
    pub contact: String,
    pub owner: String,
    pub stage: String,
    pub stage_kind: &'static str,
    pub source: Option<String>,
    /// Exact decimal string, e.g. "12345.50".
    pub value: Option<String>,
    pub currency: Option<String>,
    pub next_activity: Option<NaiveDate>,
    pub last_activity: DateTime<Utc>,
    pub tags: Vec<String>,
    pub campaign_id: Option<Id>,
    pub campaign: Option<String>,
    pub loss_reason: Option<String>,
    pub offer: Option<String>,
    pub description: Option<String>,
    pub created: DateTime<Utc>,
    pub closed: Option<DateTime<Utc>>,
    /// When the deal is expected to close (issue 19).
    pub expected_close: Option<NaiveDate>,
    /// Custom field values by name, as canonical text (issue 20): `{"waga": "12.5"}`.
    pub fields: BTreeMap<String, String>,
    /// Whole days since the deal entered its stage (from its history).
    pub days_in_stage: u32,
    /// Open, and without activity for more than its stage's rot days.
    pub rotting: bool,
    /// Its stage's place in the pipeline order (what `--sort stage` orders by).
    #[serde(skip)]
    pub stage_rank: u32,
    #[serde(skip)]
    pub value_minor: Option<i64>,
    #[serde(skip)]
    pub deal: Deal,
}

/// A contact as front ends show it.
#[derive(Clone, Debug, Serialize)]
pub struct ContactView {
    pub id: Id,
    pub kind: &'static str,
    pub name: String,
    pub company_id: Option<Id>,
    pub company: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub nip: Option<String>,
    pub status: Option<String>,
    pub source: Option<String>,
    pub end_reason: Option<String>,
    pub ended: Option<NaiveDate>,
    pub tags: Vec<String>,
    pub roles: Vec<String>,
    pub created: DateTime<Utc>,
    /// Custom field values by name, as canonical text (issue 20).
    pub fields: BTreeMap<String, String>,
    #[serde(skip)]
    pub contact: Contact,
}

/// A campaign with its progress at a glance (K4).
#[derive(Clone, Debug, Serialize)]
pub struct CampaignView {
    pub id: Id,
    pub name: String,
    pub goals: Option<String>,
    pub rules: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub deals: u64,
    pub open_value: String,
    pub won_value: String,
    pub lost_value: String,
    pub created: DateTime<Utc>,
    #[serde(skip)]
    pub campaign: Campaign,
}

#[derive(Clone, Debug, Serialize)]
pub struct TaskView {
    pub id: Id,
    pub kind: &'static str,
    pub title: String,
    pub assignee: String,
    pub due: Option<NaiveDateTime>,
    pub done_at: Option<DateTime<Utc>>,
    pub deal_id: Option<Id>,
    pub campaign_id: Option<Id>,
    pub created: DateTime<Utc>,
    #[serde(skip)]
    pub task: Task,
}

/// What a `DealView` holds beyond its `Deal`: the names its ids resolve to. With the deal it
/// rebuilds the view (a client of `lejek serve` gets these two over the socket).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DealNames {
    pub contact: String,
    pub campaign: Option<String>,
    pub stage: String,
    pub stage_kind: StageKind,
    pub source: Option<String>,
    pub loss_reason: Option<String>,
    /// What the pipeline says of it today (issue 19): the service works these out.
    pub pipeline: DealPipeline,
}

impl DealView {
    /// The view of `deal` with its ids resolved to `names`.
    pub fn from_parts(deal: Deal, names: DealNames) -> DealView {
        DealView {
            id: deal.id,
            title: deal.title.clone(),
            contact_id: deal.contact_id,
            contact: names.contact,
            owner: deal.owner.clone(),
            stage: names.stage,
            stage_kind: names.stage_kind.as_str(),
            source: names.source,
            value: deal.value.as_ref().map(|m| m.to_decimal_string()),
            currency: deal.value.as_ref().map(|m| m.currency.clone()),
            // As the filter sees it: a closed deal from an older database may still hold
            // a date, which no front end should call overdue.
            next_activity: deal.next_activity.filter(|_| deal.closed.is_none()),
            last_activity: deal.last_activity,
            tags: deal.tags.clone(),
            campaign_id: deal.campaign_id,
            campaign: names.campaign,
            loss_reason: names.loss_reason,
            offer: deal.offer.clone(),
            description: deal.description.clone(),
            created: deal.created,
            closed: deal.closed,
            expected_close: deal.expected_close,
            fields: canonical(&deal.fields),
            days_in_stage: names.pipeline.days_in_stage,
            rotting: names.pipeline.rotting,
            stage_rank: names.pipeline.stage_rank,
            value_minor: deal.value.as_ref().map(|m| m.minor),
            deal,
        }
    }

    /// The names this view resolved (the inverse of `from_parts`).
    pub fn names(&self) -> DealNames {
        DealNames {
            contact: self.contact.clone(),
            campaign: self.campaign.clone(),
            stage: self.stage.clone(),
            stage_kind: StageKind::parse(self.stage_kind).unwrap_or(StageKind::Open),
            source: self.source.clone(),
            loss_reason: self.loss_reason.clone(),
            pipeline: DealPipeline {
                days_in_stage: self.days_in_stage,
                rotting: self.rotting,
                stage_rank: self.stage_rank,
            },
        }
    }
}

/// What a `ContactView` holds beyond its `Contact`: resolved names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactNames {
    pub company: Option<String>,
    pub status: Option<String>,
    pub source: Option<String>,
    pub end_reason: Option<String>,
    pub roles: Vec<String>,
}

impl ContactView {
    /// The view of `c` with its ids resolved to `names`.
    pub fn from_parts(c: Contact, names: ContactNames) -> ContactView {
        ContactView {
            id: c.id,
            kind: c.kind.as_str(),
            name: c.name.clone(),
            company_id: c.company_id,
            company: names.company,
            email: c.email.clone(),
            phone: c.phone.clone(),
            city: c.city.clone(),
            address: c.address.clone(),
            nip: c.nip.clone(),
            status: names.status,
            source: names.source,
            end_reason: names.end_reason,
            ended: c.ended,
            tags: c.tags.clone(),
            roles: names.roles,
            created: c.created,
            fields: canonical(&c.fields),
            contact: c,
        }
    }

    /// The names this view resolved (the inverse of `from_parts`).
    pub fn names(&self) -> ContactNames {
        ContactNames {
            company: self.company.clone(),
            status: self.status.clone(),
            source: self.source.clone(),
            end_reason: self.end_reason.clone(),
            roles: self.roles.clone(),
        }
    }
}

/// Custom values as the JSON contract writes them: canonical text by name.
fn canonical(fields: &BTreeMap<String, CustomValue>) -> BTreeMap<String, String> {
    fields.iter().map(|(k, v)| (k.clone(), v.text())).collect()
}

/// How the filter treats a custom field of `kind` named `name` (an interned name): numbers
/// and money are ordered, a choice is resolved against its values (in the filter's
/// dictionaries under its name), yes/no takes `tak`/`nie` too.
pub fn custom_spec(name: &'static str, kind: FieldKind) -> FieldSpec {
    let ty = match kind {
        FieldKind::Text => FieldType::Text,
        FieldKind::Number => FieldType::Decimal,
        FieldKind::Money => FieldType::Money,
        FieldKind::Date => FieldType::Date,
        FieldKind::Choice => FieldType::Dict,
        FieldKind::Bool => FieldType::Enum(YES_NO),
    };
    spec(name, &[], ty)
}

/// What a `CampaignView` holds beyond its `Campaign`: its deals counted and summed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignTotals {
    pub deals: u64,
    pub open_value: String,
    pub won_value: String,
    pub lost_value: String,
}

impl CampaignView {
    /// The view of `c` with its progress `totals`.
    pub fn from_parts(c: Campaign, totals: CampaignTotals) -> CampaignView {
        CampaignView {
            id: c.id,
            name: c.name.clone(),
            goals: c.goals.clone(),
            rules: c.rules.clone(),
            description: c.description.clone(),
            tags: c.tags.clone(),
            deals: totals.deals,
            open_value: totals.open_value,
            won_value: totals.won_value,
            lost_value: totals.lost_value,
            created: c.created,
            campaign: c,
        }
    }

    /// The totals of this view (the inverse of `from_parts`).
    pub fn totals(&self) -> CampaignTotals {
        CampaignTotals {
            deals: self.deals,
            open_value: self.open_value.clone(),
            won_value: self.won_value.clone(),
            lost_value: self.lost_value.clone(),
        }
    }
}

impl TaskView {
    /// The view of a task (it needs nothing else).
    pub fn from_task(t: Task) -> TaskView {
        TaskView {
            id: t.id,
            kind: t.kind.as_str(),
            title: t.title.clone(),
            assignee: t.assignee.clone(),
            due: t.due,
            done_at: t.done_at,
            deal_id: t.deal_id,
            campaign_id: t.campaign_id,
            created: t.created,
            task: t,
        }
    }
}

const KIND_VALUES: &[(&str, &[&str])] = &[("company", &["firma"]), ("person", &["osoba"])];
const STAGE_KIND_VALUES: &[(&str, &[&str])] = &[
    ("open", &["otwarty"]),
    ("won", &["wygrany"]),
    ("lost", &["przegrany"]),
];
const TASK_KIND_VALUES: &[(&str, &[&str])] = &[("task", &["zadanie"]), ("meeting", &["spotkanie"])];
const YES_NO: &[(&str, &[&str])] = &[("yes", &["tak", "true"]), ("no", &["nie", "false"])];

const fn spec(name: &'static str, aliases: &'static [&'static str], ty: FieldType) -> FieldSpec {
    FieldSpec { name, aliases, ty }
}

/// Deal fields: the JSON names, the short forms of DESIGN.md and Polish aliases.
pub static DEAL_SCHEMA: Schema = Schema {
    fields: &[
        spec("title", &["tytul", "tytuł"], FieldType::Text),
        spec("contact", &["kontakt", "klient"], FieldType::Text),
        spec("owner", &["opiekun"], FieldType::User),
        spec("stage", &["etap", "status"], FieldType::Dict),
        spec(
            "stage_kind",
            &["rodzaj_etapu"],
            FieldType::Enum(STAGE_KIND_VALUES),
        ),
        spec("source", &["zrodlo", "źródło"], FieldType::Dict),
        spec("value", &["wartosc", "wartość"], FieldType::Money),
        spec(
            "next",
            &["next_activity", "nastepna", "następna"],
            FieldType::Date,
        ),
        spec("last", &["last_activity", "ostatnia"], FieldType::Date),
        spec("created", &["utworzony", "utworzono"], FieldType::Date),
        spec("closed", &["zamkniety", "zamknięty"], FieldType::Date),
        spec("tag", &["tags", "tagi"], FieldType::List),
        spec("campaign", &["kampania"], FieldType::Text),
        spec(
            "reason",
            &["loss_reason", "powod", "powód"],
            FieldType::Dict,
        ),
        spec("offer", &["oferta"], FieldType::Text),
        spec("id", &[], FieldType::Number),
        spec("contact_id", &[], FieldType::Number),
        spec("campaign_id", &[], FieldType::Number),
        spec(
            "expected",
            &["expected_close", "przewidywane", "zamkniecie"],
            FieldType::Date,
        ),
        spec(
            "instage",
            &["days_in_stage", "w_etapie", "wetapie"],
            FieldType::Days,
        ),
        spec(
            "rotting",
            &["zaniedbany", "zaniedbane"],
            FieldType::Enum(YES_NO),
        ),
    ],
};

/// Contact fields.
pub static CONTACT_SCHEMA: Schema = Schema {
    fields: &[
        spec("name", &["nazwa"], FieldType::Text),
        spec("kind", &["rodzaj", "typ"], FieldType::Enum(KIND_VALUES)),
        spec("status", &[], FieldType::Dict),
        spec("source", &["zrodlo", "źródło"], FieldType::Dict),
        spec("city", &["miasto"], FieldType::Text),
        spec("nip", &[], FieldType::Text),
        spec("email", &["e-mail", "mail"], FieldType::Text),
        spec("phone", &["telefon", "tel"], FieldType::Text),
        spec("tag", &["tags", "tagi"], FieldType::List),
        spec("role", &["roles", "rola"], FieldType::List),
        spec("reason", &["end_reason", "powod", "powód"], FieldType::Dict),
        spec("ended", &["zakonczono", "zakończono"], FieldType::Date),
        spec("created", &["utworzony", "utworzono"], FieldType::Date),
        spec("company", &["firma"], FieldType::Text),
        spec("id", &[], FieldType::Number),
        spec("company_id", &[], FieldType::Number),
    ],
};

pub static CAMPAIGN_SCHEMA: Schema = Schema {
    fields: &[
        spec("name", &["nazwa"], FieldType::Text),
        spec("tag", &["tags", "tagi"], FieldType::List),
        spec("created", &["utworzona", "utworzono"], FieldType::Date),
        spec("deals", &["interesy"], FieldType::Number),
        spec("id", &[], FieldType::Number),
    ],
};

pub static TASK_SCHEMA: Schema = Schema {
    fields: &[
        spec("title", &["tytul", "tytuł"], FieldType::Text),
        spec(
            "kind",
            &["rodzaj", "typ"],
            FieldType::Enum(TASK_KIND_VALUES),
        ),
        spec("assignee", &["wykonawca", "osoba"], FieldType::User),
        spec("due", &["termin"], FieldType::Date),
        spec("done", &["zrobione", "zamkniete"], FieldType::Enum(YES_NO)),
        spec("done_at", &["zamknieto"], FieldType::Date),
        spec("deal_id", &["interes"], FieldType::Number),
        spec("campaign_id", &["kampania"], FieldType::Number),
        spec("created", &["utworzono"], FieldType::Date),
        spec("id", &[], FieldType::Number),
    ],
};

fn text(s: &str) -> FieldValue<'_> {
    FieldValue::Text(Some(Cow::Borrowed(s)))
}

fn opt(s: &Option<String>) -> FieldValue<'_> {
    FieldValue::Text(s.as_deref().map(Cow::Borrowed))
}

fn list(v: &[String]) -> FieldValue<'_> {
    FieldValue::List(v.iter().map(|s| Cow::Borrowed(s.as_str())).collect())
}

fn num(n: u64) -> FieldValue<'static> {
    FieldValue::Number(i64::try_from(n).ok())
}

/// A deal as the filter sees it: the stored record plus the names it refers to, borrowed.
/// A list filters these (no allocation per deal) and builds a `DealView` only for the
/// deals that match.
pub struct DealFields<'a> {
    pub deal: &'a Deal,
    pub contact: &'a str,
    pub campaign: Option<&'a str>,
    pub stage: &'a str,
    pub stage_kind: &'static str,
    pub source: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub pipeline: DealPipeline,
}

fn text_opt(s: Option<&str>) -> FieldValue<'_> {
    FieldValue::Text(s.map(Cow::Borrowed))
}

impl<'a> DealFields<'a> {
    /// A field's value, borrowed from the deal and names (not from `self`), so a `DealView`
    /// can hand it out too.
    fn value(&self, field: &str) -> FieldValue<'a> {
        let d: &'a Deal = self.deal;
        match field {
            "title" => text(&d.title),
            "contact" => text(self.contact),
            "owner" => text(&d.owner),
            "stage" => text(self.stage),
            "stage_kind" => text(self.stage_kind),
            "source" => text_opt(self.source),
            "value" => FieldValue::Money(d.value.as_ref().map(|m| m.minor)),
            // A closed deal has nothing next, even one closed before closing cleared it
            // (issue 18 item 10): `next:overdue` never lists it.
            "next" => FieldValue::Date(d.next_activity.filter(|_| d.closed.is_none())),
            "last" => FieldValue::Date(Some(local_date(d.last_activity))),
            "created" => FieldValue::Date(Some(local_date(d.created))),
            "closed" => FieldValue::Date(d.closed.map(local_date)),
            "tag" => list(&d.tags),
            "campaign" => text_opt(self.campaign),
            "reason" => text_opt(self.reason),
            "offer" => opt(&d.offer),
            "id" => num(d.id),
            "contact_id" => num(d.contact_id),
            "campaign_id" => FieldValue::Number(d.campaign_id.and_then(|c| i64::try_from(c).ok())),
            "expected" => FieldValue::Date(d.expected_close),
            "instage" => FieldValue::Number(Some(i64::from(self.pipeline.days_in_stage))),
            "rotting" => text(if self.pipeline.rotting { "yes" } else { "no" }),
            // Custom fields never take a built-in name (issue 20).
            _ => FieldValue::custom(d.fields.get(field)),
        }
    }

    /// Stages sort in pipeline order.
    fn sort_value(&self, field: &str) -> FieldValue<'a> {
        match field {
            "stage" => FieldValue::Number(Some(i64::from(self.pipeline.stage_rank))),
            _ => self.value(field),
        }
    }
}

impl Record for DealFields<'_> {
    fn get(&self, field: &str) -> FieldValue<'_> {
        self.value(field)
    }

    fn sort_value(&self, field: &str) -> FieldValue<'_> {
        DealFields::sort_value(self, field)
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        out(&self.deal.title);
        out(self.contact);
        if let Some(o) = &self.deal.offer {
            out(o);
        }
    }
}

impl DealView {
    fn fields(&self) -> DealFields<'_> {
        DealFields {
            deal: &self.deal,
            contact: &self.contact,
            campaign: self.campaign.as_deref(),
            stage: &self.stage,
            stage_kind: self.stage_kind,
            source: self.source.as_deref(),
            reason: self.loss_reason.as_deref(),
            pipeline: DealPipeline {
                days_in_stage: self.days_in_stage,
                rotting: self.rotting,
                stage_rank: self.stage_rank,
            },
        }
    }
}

impl Record for DealView {
    fn get(&self, field: &str) -> FieldValue<'_> {
        self.fields().value(field)
    }

    fn sort_value(&self, field: &str) -> FieldValue<'_> {
        self.fields().sort_value(field)
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        self.fields().search_text(out)
    }
}

impl Record for ContactView {
    fn get(&self, field: &str) -> FieldValue<'_> {
        match field {
            "name" => text(&self.name),
            "kind" => text(self.kind),
            "status" => opt(&self.status),
            "source" => opt(&self.source),
            "city" => opt(&self.city),
            "nip" => opt(&self.nip),
            "email" => opt(&self.email),
            "phone" => opt(&self.phone),
            "tag" => list(&self.tags),
            "role" => list(&self.roles),
            "reason" => opt(&self.end_reason),
            "ended" => FieldValue::Date(self.ended),
            "created" => FieldValue::Date(Some(local_date(self.created))),
            "company" => opt(&self.company),
            "id" => num(self.id),
            "company_id" => FieldValue::Number(self.company_id.and_then(|c| i64::try_from(c).ok())),
            _ => FieldValue::custom(self.contact.fields.get(field)),
        }
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        out(&self.name);
        for s in [
            &self.email,
            &self.phone,
            &self.nip,
            &self.city,
            &self.company,
        ]
        .into_iter()
        .flatten()
        {
            out(s);
        }
    }
}

impl Record for CampaignView {
    fn get(&self, field: &str) -> FieldValue<'_> {
        match field {
            "name" => text(&self.name),
            "tag" => list(&self.tags),
            "created" => FieldValue::Date(Some(local_date(self.created))),
            "deals" => num(self.deals),
            "id" => num(self.id),
            _ => FieldValue::Text(None),
        }
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        out(&self.name);
        for s in [&self.goals, &self.description].into_iter().flatten() {
            out(s);
        }
    }
}

impl Record for TaskView {
    fn get(&self, field: &str) -> FieldValue<'_> {
        match field {
            "title" => text(&self.title),
            "kind" => text(self.kind),
            "assignee" => text(&self.assignee),
            "due" => FieldValue::Date(self.due.map(|d| d.date())),
            "done" => text(if self.done_at.is_some() { "yes" } else { "no" }),
            "done_at" => FieldValue::Date(self.done_at.map(local_date)),
            "deal_id" => FieldValue::Number(self.deal_id.and_then(|c| i64::try_from(c).ok())),
            "campaign_id" => {
                FieldValue::Number(self.campaign_id.and_then(|c| i64::try_from(c).ok()))
            }
            "created" => FieldValue::Date(Some(local_date(self.created))),
            "id" => num(self.id),
            _ => FieldValue::Text(None),
        }
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        out(&self.title);
        out(&self.assignee);
    }
}
