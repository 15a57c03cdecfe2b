//! Report parameters: what the user asked for ([`Params`], names as typed, so the CLI and
//! the TUI's form fill the same struct) and what they mean in this database ([`Resolved`]:
//! dictionary ids, users checked, the period as UTC seconds). Every bad value is an
//! `Error::Invalid` (exit 2) with a message in the user's language.

use std::collections::{HashMap, HashSet};

use chrono::{Months, NaiveDate};
use serde_json::{Map, Value, json};

use super::period::{Interval, Span, day_end};
use crate::model::{ContactKind, DictKind, Id, StageKind};
use crate::service::dicts::resolve_in;
use crate::service::query::{FilterOf, ListQuery};
use crate::service::{Result, Service, invalid};

/// The parameters of a report as the user gave them. `None`/empty means "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Params {
    /// First day of the period (local); default: the first day of the month eleven months
    /// before `to`, so the period is twelve whole calendar months (the last one to date).
    pub from: Option<NaiveDate>,
    /// Last day of the period, inclusive; default: `as_of`, else today.
    pub to: Option<NaiveDate>,
    /// The report as it stood at the end of this local day, rebuilt from the events.
    pub as_of: Option<NaiveDate>,
    /// `month`, `quarter` or `year` (deal-value, sales-activity).
    pub interval: Option<String>,
    /// A salesperson's login (`me` for the current user).
    pub owner: Option<String>,
    /// A contact id (deal reports).
    pub contact: Option<Id>,
    /// Deal sources; a deal matches any of them.
    pub sources: Vec<String>,
    /// Tags; a record matches when it has all of them.
    pub tags: Vec<String>,
    /// Contact kind: company or person (contact reports).
    pub kind: Option<String>,
    /// Contact roles; a contact matches when it has all of them.
    pub roles: Vec<String>,
    /// A deal stage (deal reports other than the funnel).
    pub stage: Option<String>,
    /// `open`, `won` or `lost`.
    pub stage_kind: Option<String>,
    /// deal-value: `owner`, `contact` or `tag`, one column per group.
    pub by: Option<String>,
    /// A filter-language expression over the deals or contacts (their current state).
    pub filter: Option<String>,
    /// Who `me` is.
    pub me: String,
}

/// deal-value's grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Owner,
    Contact,
    Tag,
    /// forecast only: a row per stage within each interval (issue 19 item 4).
    Stage,
    /// deal-value only: a column per value of a choice field (`field:branza`, issue 20),
    /// the deal's own or its contact's; the name is interned.
    Field(&'static str, crate::model::FieldOn),
}

impl By {
    fn parse(s: &str) -> Option<By> {
        match crate::text::fold(s.trim()).as_str() {
            "owner" | "opiekun" => Some(By::Owner),
            "contact" | "kontakt" | "klient" => Some(By::Contact),
            "tag" | "tags" | "tagi" => Some(By::Tag),
            "stage" | "etap" => Some(By::Stage),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            By::Owner => "owner",
            By::Contact => "contact",
            By::Tag => "tag",
            By::Stage => "stage",
            By::Field(..) => "field",
        }
    }
}

/// The field name of `--by field:NAME` (or `pole:NAME`), folded.
fn field_named(s: &str) -> Option<String> {
    let (word, name) = s.split_once(':')?;
    matches!(crate::text::fold(word.trim()).as_str(), "field" | "pole")
        .then(|| crate::text::fold(name.trim()))
}

/// `--by field:NAME`: a choice field in use, the deals' own, else their contacts'.
fn choice_field(svc: &Service, name: String) -> Result<By> {
    use crate::model::{FieldKind, FieldOn};
    let defs = svc.field_defs()?;
    let found = [FieldOn::Deal, FieldOn::Contact]
        .into_iter()
        .find_map(|on| {
            defs.iter()
                .find(|d| d.on == on && !d.retired && d.name == name)
        });
    let Some(def) = found else {
        return Err(invalid("fields.err.unknown", &[&"deal", &name]));
    };
    if def.kind != FieldKind::Choice {
        return Err(invalid(
            "fields.err.by_choice",
            &[&def.name, &def.kind.as_str()],
        ));
    }
    Ok(By::Field(crate::filter::intern(&def.name), def.on))
}

/// The parameters checked against the database.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The period in UTC seconds, half open.
    pub span: Span,
    pub as_of: Option<NaiveDate>,
    /// End of the as-of day in UTC seconds: events before it count.
    pub cutoff: Option<i64>,
    pub interval: Interval,
    pub owner: Option<String>,
    pub contact: Option<Id>,
    pub sources: Vec<u64>,
    /// Folded tags (tags compare case- and diacritic-insensitively, as in the filter).
    pub tags: Vec<String>,
    pub kind: Option<ContactKind>,
    pub roles: Vec<u64>,
    pub stage: Option<u64>,
    pub stage_kind: Option<StageKind>,
    pub by: Option<By>,
    /// Ids matched by `--filter`, when given.
    pub ids: Option<HashSet<Id>>,
    /// forecast with `--as-of`: each deal stage's probability at the end of that day,
    /// replayed from the stage's own history (`dict set` records every change as an event
    /// on the entry, which the dataset does not hold). Empty otherwise: the current ones.
    pub chances: HashMap<u64, Option<u8>>,
    json: Value,
}

/// Every parameter a report may take besides its period (`from`, `to`), in the order the
/// TUI's form shows them; [`accepts`] says which ones a report takes.
pub const PARAMS: [&str; 12] = [
    "as_of",
    "interval",
    "by",
    "owner",
    "contact",
    "sources",
    "tags",
    "kind",
    "roles",
    "stage",
    "stage_kind",
    "filter",
];

/// Which parameters each report takes; anything else given is refused, so a typo'd
/// combination never silently means something else. The CLI refuses them and the TUI's
/// form offers only these.
pub fn accepts(report: &str, param: &str) -> bool {
    const CONTACT: &[&str] = &["tags", "kind", "roles", "filter"];
    const DEAL: &[&str] = &[
        "as_of",
        "owner",
        "contact",
        "sources",
        "tags",
        "stage",
        "stage_kind",
        "filter",
    ];
    match report {
        "contact-sources" | "contact-end-reasons" => CONTACT.contains(&param),
        "deal-value" => DEAL.contains(&param) || param == "interval" || param == "by",
        "sales-activity" => matches!(param, "interval" | "owner"),
        "forecast" => DEAL.contains(&param) || param == "interval" || param == "by",
        "funnel" => DEAL.contains(&param) && !matches!(param, "stage" | "stage_kind"),
        _ => DEAL.contains(&param),
    }
}

/// A period's day as the user typed it (`2026-01-01`, `2026-Q1`, `2026-03`, `2026`, `-90d`,
/// `dziś`...): a month, quarter or year means its first day, or its last with `last` (the
/// end of a period). The CLI's `--from/--to/--as-of` and the TUI's report form read days
/// with this one function.
pub fn period_day(text: &str, today: NaiveDate, last: bool) -> Result<NaiveDate> {
    crate::model::date_input::parse_date_range(text, today)
        .map(|(first, end)| if last { end } else { first })
        .map_err(Into::into)
}

/// The flag a parameter is given with (messages name it the way the user typed it).
fn flag(param: &str) -> &'static str {
    match param {
        "as_of" => "--as-of",
        "interval" => "--interval",
        "owner" => "--owner",
        "contact" => "--contact",
        "sources" => "--source",
        "tags" => "--tag",
        "kind" => "--kind",
        "roles" => "--role",
        "stage" => "--stage",
        "stage_kind" => "--stage-kind",
        "by" => "--by",
        _ => "--filter",
    }
}

impl Params {
    /// The names of the parameters that were given.
    fn given(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut given = |set: bool, name: &'static str| {
            if set {
                out.push(name);
            }
        };
        given(self.as_of.is_some(), "as_of");
        given(self.interval.is_some(), "interval");
        given(self.owner.is_some(), "owner");
        given(self.contact.is_some(), "contact");
        given(!self.sources.is_empty(), "sources");
        given(!self.tags.is_empty(), "tags");
        given(self.kind.is_some(), "kind");
        given(!self.roles.is_empty(), "roles");
        given(self.stage.is_some(), "stage");
        given(self.stage_kind.is_some(), "stage_kind");
        given(self.by.is_some(), "by");
        given(
            self.filter.as_deref().is_some_and(|f| !f.trim().is_empty()),
            "filter",
        );
        out
    }

    /// Check everything against the database for report `report`.
    pub fn resolve(&self, svc: &Service, report: &str) -> Result<Resolved> {
        for p in self.given() {
            if !accepts(report, p) {
                return Err(invalid("err.report_param", &[&flag(p), &report]));
            }
        }
        let today = svc.clock().today();
        let to = self.to.or(self.as_of).unwrap_or(today);
        let from = self.from.unwrap_or_else(|| default_from(to));
        if from > to {
            return Err(invalid("err.report_period", &[&from, &to]));
        }
        let mut json = Map::new();
        // The forecast dates deals by their expected close, not by a period: no period to
        // show in its title.
        if report != "forecast" {
            json.insert("from".into(), json!(from.to_string()));
            json.insert("to".into(), json!(to.to_string()));
        }
        if let Some(a) = self.as_of {
            json.insert("as_of".into(), json!(a.to_string()));
        }

        let interval = match self.interval.as_deref() {
            None => Interval::default(),
            Some(s) => Interval::parse(s).ok_or_else(|| invalid("err.report_interval", &[&s]))?,
        };
        if report == "forecast" && interval == Interval::Year {
            return Err(invalid("err.forecast_interval", &[&interval.as_str()]));
        }
        if matches!(report, "deal-value" | "sales-activity" | "forecast") {
            json.insert("interval".into(), json!(interval.as_str()));
        }

        let owner = match self.owner.as_deref().map(str::trim) {
            None => None,
            Some(o) => {
                let login = if matches!(crate::text::fold(o).as_str(), "me" | "ja") {
                    self.me.as_str()
                } else {
                    o
                };
                let user = svc
                    .user(login)?
                    .ok_or_else(|| invalid("err.no_user", &[&login]))?;
                json.insert("owner".into(), json!(user.login));
                Some(user.login)
            }
        };
        if let Some(c) = self.contact {
            svc.contact(c)?;
            json.insert("contact".into(), json!(c));
        }

        let sources = self.dict_ids(svc, DictKind::DealSource, &self.sources)?;
        if !sources.is_empty() {
            json.insert("sources".into(), json!(names(svc, &sources)));
        }
        let tags = crate::service::validate::tags(&self.tags)?;
        if !tags.is_empty() {
            json.insert("tags".into(), json!(tags));
        }
        let tags = tags.iter().map(|t| crate::text::fold(t)).collect();
        let kind = match self.kind.as_deref() {
            None => None,
            Some(k) => Some(parse_kind(k)?),
        };
        if let Some(k) = kind {
            json.insert("kind".into(), json!(k.as_str()));
        }
        let roles = self.dict_ids(svc, DictKind::ContactRole, &self.roles)?;
        if !roles.is_empty() {
            json.insert("roles".into(), json!(names(svc, &roles)));
        }
        let stage = match self.stage.as_deref() {
            None => None,
            Some(s) => Some(self.dict_ids(svc, DictKind::DealStage, &[s.to_owned()])?[0]),
        };
        if let Some(s) = stage {
            json.insert("stage".into(), json!(svc.dict_name(s)));
        }
        let stage_kind = match self.stage_kind.as_deref() {
            None => None,
            Some(s) => Some(parse_stage_kind(s)?),
        };
        if let Some(k) = stage_kind {
            json.insert("stage_kind".into(), json!(k.as_str()));
        }
        let by = match self.by.as_deref() {
            None => None,
            Some(s) if field_named(s).is_some() => {
                if report != "deal-value" {
                    let key = match report {
                        "forecast" => "err.forecast_by",
                        _ => "err.report_by",
                    };
                    return Err(invalid(key, &[&s]));
                }
                Some(choice_field(svc, field_named(s).unwrap_or_default())?)
            }
            Some(s) => {
                let by = By::parse(s);
                // deal-value splits by owner, contact or tag; forecast by owner or stage.
                let fits = match report {
                    "forecast" => matches!(by, Some(By::Owner | By::Stage)),
                    _ => !matches!(by, None | Some(By::Stage)),
                };
                if !fits {
                    let key = match report {
                        "forecast" => "err.forecast_by",
                        _ => "err.report_by",
                    };
                    return Err(invalid(key, &[&s]));
                }
                by
            }
        };
        match by {
            Some(By::Field(name, _)) => {
                json.insert("by".into(), json!(format!("field:{name}")));
            }
            Some(b) => {
                json.insert("by".into(), json!(b.as_str()));
            }
            None => {}
        }
        let ids = match self.filter.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(f) => {
                json.insert("filter".into(), json!(f));
                Some(self.filter_ids(svc, report, f)?)
            }
        };
        let cutoff = self.as_of.map(day_end);
        let chances = match cutoff {
            Some(c) if report == "forecast" => chances_at(svc, c)?,
            _ => HashMap::new(),
        };
        Ok(Resolved {
            from,
            to,
            span: Span::days(from, to),
            as_of: self.as_of,
            cutoff,
            interval,
            owner,
            contact: self.contact,
            sources,
            tags,
            kind,
            roles,
            stage,
            stage_kind,
            by,
            ids,
            chances,
            json: Value::Object(json),
        })
    }

    /// Dictionary names to ids; retired entries count (old records still carry them).
    fn dict_ids(&self, svc: &Service, kind: DictKind, typed: &[String]) -> Result<Vec<u64>> {
        let entries = svc.dict(kind)?;
        let mut out = Vec::new();
        for t in typed {
            let id = resolve_in(&entries, kind, t)?.id;
            if !out.contains(&id) {
                out.push(id);
            }
        }
        Ok(out)
    }

    fn filter_ids(&self, svc: &Service, report: &str, expr: &str) -> Result<HashSet<Id>> {
        let q = ListQuery {
            filter: expr.to_owned(),
            sort: None,
            me: self.me.clone(),
            limit: None,
            offset: 0,
        };
        let of = if report.starts_with("contact-") {
            FilterOf::Contact
        } else {
            FilterOf::Deal
        };
        Ok(svc.ids(of, &q)?.into_iter().collect())
    }
}

/// Each deal stage's probability at `cutoff` (UTC seconds): the current one, unless it
/// was changed at or after `cutoff`; then the `old` side of the first such change.
fn chances_at(svc: &Service, cutoff: i64) -> Result<HashMap<u64, Option<u8>>> {
    use crate::model::{Change, EntityKind, EntityRef};
    let mut out = HashMap::new();
    for e in svc.dict(DictKind::DealStage)? {
        let history = svc.history(EntityRef {
            kind: EntityKind::Dict,
            id: e.id,
        })?;
        let then = history.iter().find_map(|ev| match &ev.change {
            Change::Field { field, old, .. }
                if field == "probability" && ev.at.timestamp() >= cutoff =>
            {
                Some(old.as_deref().and_then(|t| t.parse::<u8>().ok()))
            }
            _ => None,
        });
        out.insert(e.id, then.unwrap_or(e.probability));
    }
    Ok(out)
}

fn parse_kind(s: &str) -> Result<ContactKind> {
    match crate::text::fold(s.trim()).as_str() {
        "company" | "firma" => Ok(ContactKind::Company),
        "person" | "osoba" => Ok(ContactKind::Person),
        _ => Err(invalid("err.bad_kind", &[&s])),
    }
}

fn parse_stage_kind(s: &str) -> Result<StageKind> {
    match crate::text::fold(s.trim()).as_str() {
        "open" | "otwarty" | "otwarte" => Ok(StageKind::Open),
        "won" | "wygrany" | "wygrane" => Ok(StageKind::Won),
        "lost" | "przegrany" | "przegrane" => Ok(StageKind::Lost),
        _ => Err(invalid("err.bad_stage_kind", &[&s])),
    }
}

fn names(svc: &Service, ids: &[u64]) -> Vec<String> {
    ids.iter().map(|id| svc.dict_name(*id)).collect()
}

/// Twelve whole calendar months ending with the month of `to`.
pub fn default_from(to: NaiveDate) -> NaiveDate {
    let first =
        NaiveDate::from_ymd_opt(chrono::Datelike::year(&to), chrono::Datelike::month(&to), 1)
            .unwrap_or(to);
    first.checked_sub_months(Months::new(11)).unwrap_or(first)
}

impl Resolved {
    /// The parameters as resolved, for the report's JSON `params`.
    pub fn to_json(&self) -> Value {
        self.json.clone()
    }

    /// Whether a tag list (folded) holds every tag asked for.
    pub fn has_tags(&self, folded_tags: &[&str]) -> bool {
        self.tags
            .iter()
            .all(|t| folded_tags.iter().any(|have| have == t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_period_is_twelve_calendar_months() {
        let to = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        assert_eq!(
            default_from(to),
            NaiveDate::from_ymd_opt(2025, 12, 1).expect("date")
        );
    }

    #[test]
    fn reports_take_only_their_parameters() {
        assert!(accepts("deal-value", "by"));
        assert!(!accepts("funnel", "by"));
        assert!(!accepts("funnel", "stage"));
        assert!(accepts("funnel", "as_of"));
        assert!(!accepts("contact-sources", "owner"));
        assert!(!accepts("sales-activity", "as_of"));
        assert!(accepts("forecast", "by"));
        assert!(accepts("forecast", "as_of"));
        assert!(!accepts("forecast", "kind"));
    }
}
