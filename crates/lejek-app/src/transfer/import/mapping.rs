//! Which column holds which field: headers are matched by the JSON field names of
//! DESIGN.md and their Polish labels, case, diacritics and punctuation aside (`E-mail`,
//! `e_mail` and `email` are one name; so are `Powód utraty` and `powod_utraty`), and
//! `--map column=field` names the rest.

use std::collections::HashMap;

use super::table::RawRow;
use crate::text::fold;

/// What is being imported: each has its own fields (and `firma` means a person's company
/// in a contact list but the customer in a deal list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Contacts,
    Deals,
}

/// A field a column can fill. `Derived` columns are known and recomputed by lejek
/// (`last_activity`, a campaign's totals, the `line` and `reason` of a rejects file):
/// ignored without a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    Kind,
    Name,
    CompanyId,
    Company,
    Email,
    Phone,
    City,
    Address,
    Nip,
    Status,
    Source,
    EndReason,
    Ended,
    Tags,
    Roles,
    Created,
    CreatedBy,
    Title,
    ContactId,
    Contact,
    Owner,
    Stage,
    StageKind,
    Value,
    Currency,
    NextActivity,
    ExpectedClose,
    CampaignId,
    Campaign,
    LossReason,
    Offer,
    Description,
    Closed,
    Derived,
}

type Aliases = &'static [(Field, &'static [&'static str])];

/// Contact columns: the JSON name first, then other names people give them.
const CONTACT: Aliases = &[
    (Field::Id, &["id", "identyfikator"]),
    (Field::Kind, &["kind", "typ", "rodzaj", "typ kontaktu"]),
    (
        Field::Name,
        &[
            "name",
            "nazwa",
            "nazwa firmy",
            "nazwa kontaktu",
            "kontakt",
            "imie i nazwisko",
        ],
    ),
    (Field::CompanyId, &["company_id", "id firmy"]),
    (Field::Company, &["company", "firma"]),
    (
        Field::Email,
        &["email", "e-mail", "mail", "adres e-mail", "adres email"],
    ),
    (
        Field::Phone,
        &["phone", "telefon", "tel", "nr telefonu", "numer telefonu"],
    ),
    (Field::City, &["city", "miasto", "miejscowość"]),
    (Field::Address, &["address", "adres", "ulica"]),
    (Field::Nip, &["nip", "nip vat", "vat id", "numer nip"]),
    (Field::Status, &["status", "status klienta"]),
    (Field::Source, &["source", "źródło", "źródło pozyskania"]),
    (
        Field::EndReason,
        &[
            "end_reason",
            "powód zakończenia",
            "powód zakończenia współpracy",
        ],
    ),
    (
        Field::Ended,
        &[
            "ended",
            "zakończono",
            "data zakończenia",
            "data zakończenia współpracy",
        ],
    ),
    (Field::Tags, &["tags", "tag", "tagi"]),
    (Field::Roles, &["roles", "role", "rola"]),
    (
        Field::Created,
        &["created", "utworzono", "data utworzenia", "data dodania"],
    ),
    (Field::CreatedBy, &["created_by", "utworzył", "dodał"]),
    (
        Field::Derived,
        &["deals", "persons", "history", "line", "reason", "fields"],
    ),
];

/// Deal columns. `nip` and `email` identify the deal's contact.
const DEAL: Aliases = &[
    (Field::Id, &["id"]),
    (
        Field::Title,
        &[
            "title",
            "tytuł",
            "nazwa",
            "nazwa interesu",
            "interes",
            "temat",
        ],
    ),
    (
        Field::ContactId,
        &["contact_id", "id kontaktu", "id klienta"],
    ),
    (
        Field::Contact,
        &[
            "contact",
            "kontakt",
            "klient",
            "firma",
            "nazwa klienta",
            "nazwa kontaktu",
        ],
    ),
    (Field::Nip, &["nip", "nip klienta"]),
    (
        Field::Email,
        &["email", "e-mail", "mail", "adres e-mail", "adres email"],
    ),
    (
        Field::Owner,
        &[
            "owner",
            "właściciel",
            "opiekun",
            "osoba odpowiedzialna",
            "handlowiec",
        ],
    ),
    (
        Field::Stage,
        &["stage", "etap", "status interesu", "status"],
    ),
    (
        Field::StageKind,
        &["stage_kind", "rodzaj etapu", "typ etapu"],
    ),
    (Field::Source, &["source", "źródło", "źródło interesu"]),
    (Field::Value, &["value", "wartość", "kwota"]),
    (Field::Currency, &["currency", "waluta"]),
    (
        Field::NextActivity,
        &[
            "next_activity",
            "next",
            "następna aktywność",
            "data następnej aktywności",
        ],
    ),
    (
        Field::ExpectedClose,
        &[
            "expected_close",
            "expected",
            "przewidywane zamknięcie",
            "przewidywana data zamknięcia",
            "termin zamknięcia",
        ],
    ),
    (Field::Tags, &["tags", "tag", "tagi"]),
    (Field::CampaignId, &["campaign_id", "id kampanii"]),
    (Field::Campaign, &["campaign", "kampania"]),
    (
        Field::LossReason,
        &[
            "loss_reason",
            "powód utraty",
            "powód przegrania",
            "przyczyna utraty",
        ],
    ),
    (Field::Offer, &["offer", "oferta"]),
    (Field::Description, &["description", "opis"]),
    (
        Field::Created,
        &["created", "utworzono", "data utworzenia", "data dodania"],
    ),
    (Field::Closed, &["closed", "zamknięto", "data zamknięcia"]),
    (
        Field::Derived,
        &[
            "last_activity",
            "fields",
            "ostatnia aktywność",
            "data ostatniej aktywności",
            "stage_kind_name",
            "days_in_stage",
            "rotting",
            "history",
            "line",
            "reason",
        ],
    ),
];

fn aliases(t: Target) -> Aliases {
    match t {
        Target::Contacts => CONTACT,
        Target::Deals => DEAL,
    }
}

/// A header as compared: folded, with every run of other characters one space.
pub fn normal(s: &str) -> String {
    let folded = fold(s.trim());
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

impl Field {
    /// The field a header or a `--map` target names, if any.
    pub fn named(t: Target, name: &str) -> Option<Field> {
        let n = normal(name);
        aliases(t)
            .iter()
            .find(|(_, names)| names.iter().any(|a| normal(a) == n))
            .map(|(f, _)| *f)
    }

    /// The field's JSON name (the first alias).
    pub fn json_name(self, t: Target) -> &'static str {
        aliases(t)
            .iter()
            .find(|(f, _)| *f == self)
            .and_then(|(_, names)| names.first().copied())
            .unwrap_or("?")
    }
}

/// Why a mapping could not be made (bad usage: exit 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapError {
    /// `--map` without `=`.
    Syntax(String),
    /// `--map` names a column the file does not have.
    NoColumn(String),
    /// `--map` names a field lejek does not know.
    NoField(String),
}

/// The columns of one file and the field each fills.
#[derive(Clone, Debug)]
pub struct Mapping {
    pub target: Target,
    at: HashMap<Field, usize>,
    /// Headers that fill no field, for the notice.
    pub ignored: Vec<String>,
    /// Columns named as a custom field (issue 20): (field name, column).
    pub custom: Vec<(String, usize)>,
    /// The custom fields in use: a JSON record's `fields` may name only these (a retired
    /// field's value in an export is not brought back).
    pub custom_names: Vec<String>,
}

impl Mapping {
    /// Map `headers`; `maps` are the `--map column=field` pairs (`field` may be `-` to
    /// ignore a column).
    pub fn new(t: Target, headers: &[String], maps: &[String]) -> Result<Mapping, MapError> {
        let mut forced: HashMap<String, Option<Field>> = HashMap::new();
        for m in maps {
            let (col, field) = m
                .split_once('=')
                .ok_or_else(|| MapError::Syntax(m.clone()))?;
            if !headers.iter().any(|h| normal(h) == normal(col)) {
                return Err(MapError::NoColumn(col.trim().to_owned()));
            }
            let f = match field.trim() {
                "-" | "" => None,
                name => Some(Field::named(t, name).ok_or_else(|| MapError::NoField(name.into()))?),
            };
            forced.insert(normal(col), f);
        }
        let mut map = Mapping {
            target: t,
            at: HashMap::new(),
            ignored: Vec::new(),
            custom: Vec::new(),
            custom_names: Vec::new(),
        };
        for (i, h) in headers.iter().enumerate() {
            let field = match forced.get(&normal(h)) {
                // `--map COLUMN=-`: ignored as asked, without a notice.
                Some(None) => Some(Field::Derived),
                Some(f) => *f,
                None => Field::named(t, h),
            };
            match field {
                Some(Field::Derived) => {}
                // A second column for the same field is not guessed between.
                Some(f) if !map.at.contains_key(&f) => {
                    map.at.insert(f, i);
                }
                _ => map.ignored.push(h.clone()),
            }
        }
        // A contact list with a `Firma` column and no name column lists companies (not
        // when the name column is there and `--map` said to ignore it).
        let named = headers
            .iter()
            .any(|h| Field::named(t, h) == Some(Field::Name));
        if t == Target::Contacts
            && !named
            && !map.at.contains_key(&Field::Name)
            && let Some(i) = map.at.remove(&Field::Company)
        {
            map.at.insert(Field::Name, i);
        }
        Ok(map)
    }

    /// Columns left over whose header is a custom field's name (`names`, issue 20) fill
    /// that field: they leave `ignored` for `custom`.
    pub fn take_custom(&mut self, headers: &[String], names: &[String]) {
        self.custom_names = names.to_vec();
        for (i, h) in headers.iter().enumerate() {
            let Some(name) = names.iter().find(|n| normal(n) == normal(h)) else {
                continue;
            };
            if let Some(at) = self.ignored.iter().position(|x| x == h) {
                self.ignored.remove(at);
                self.custom.push((name.clone(), i));
            }
        }
    }

    pub fn has(&self, f: Field) -> bool {
        self.at.contains_key(&f)
    }

    /// The trimmed cell of field `f` in `row`, None when absent or empty.
    pub fn get<'r>(&self, row: &'r RawRow, f: Field) -> Option<&'r str> {
        let i = *self.at.get(&f)?;
        row.cells.get(i).map(|c| c.trim()).filter(|c| !c.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn polish_labels_case_and_diacritics_aside() {
        let t = Target::Deals;
        assert_eq!(Field::named(t, "Powód utraty"), Some(Field::LossReason));
        assert_eq!(Field::named(t, "powod_utraty"), Some(Field::LossReason));
        assert_eq!(Field::named(t, "WARTOŚĆ"), Some(Field::Value));
        assert_eq!(Field::named(t, "Zamknięto"), Some(Field::Closed));
        assert_eq!(Field::named(t, "firma"), Some(Field::Contact));
        assert_eq!(
            Field::named(Target::Contacts, "firma"),
            Some(Field::Company)
        );
        assert_eq!(Field::named(Target::Contacts, "E-mail"), Some(Field::Email));
        assert_eq!(
            Field::named(Target::Contacts, "Źródło"),
            Some(Field::Source)
        );
        assert_eq!(Field::named(Target::Contacts, "uwagi"), None);
    }

    #[test]
    fn maps_and_unknown_columns() {
        let headers = h(&["Nazwa", "Uwagi", "Kod", "line"]);
        let m = Mapping::new(Target::Contacts, &headers, &["Kod=nip".into()]).expect("map");
        assert!(m.has(Field::Name) && m.has(Field::Nip));
        assert_eq!(m.ignored, vec!["Uwagi"]);
        let row = RawRow {
            line: 2,
            cells: h(&[" A ", "x", "", "7"]),
            json: None,
        };
        assert_eq!(m.get(&row, Field::Name), Some("A"));
        assert_eq!(m.get(&row, Field::Nip), None);
        assert_eq!(
            Mapping::new(Target::Contacts, &headers, &["Kod=zzz".into()]).err(),
            Some(MapError::NoField("zzz".into()))
        );
        assert_eq!(
            Mapping::new(Target::Contacts, &headers, &["X=nip".into()]).err(),
            Some(MapError::NoColumn("X".into()))
        );
        let firms = Mapping::new(Target::Contacts, &h(&["Firma", "NIP"]), &[]).expect("map");
        assert!(firms.has(Field::Name) && !firms.has(Field::Company));
    }
}
