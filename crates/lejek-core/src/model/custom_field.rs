//! Custom fields (issue 20 item 1): what an admin defines on deals or contacts (`FieldDef`)
//! and the typed values records hold for them (`CustomValue`). Values are typed so the
//! filter, the sort and the reports compare them without the definition at hand; their
//! canonical text is what JSON, CSV and history show.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Money;
use super::date_input::parse_date;
use super::money::parse_money;
use crate::i18n::Lang;
use crate::text::fold;

/// The record kind a custom field belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FieldOn {
    Deal,
    Contact,
}

impl FieldOn {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldOn::Deal => "deal",
            FieldOn::Contact => "contact",
        }
    }

    /// `deal`/`szansa` or `contact`/`kontakt`, folded.
    pub fn parse(s: &str) -> Option<FieldOn> {
        match fold(s.trim()).as_str() {
            "deal" | "deals" | "szansa" | "szanse" => Some(FieldOn::Deal),
            "contact" | "contacts" | "kontakt" | "kontakty" => Some(FieldOn::Contact),
            _ => None,
        }
    }
}

/// What a custom field holds. Stored by position: new kinds go last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FieldKind {
    Text,
    /// A decimal number, up to six places after the point.
    Number,
    Money,
    Date,
    /// One of the definition's `values`.
    Choice,
    /// Yes or no.
    Bool,
}

impl FieldKind {
    pub const ALL: [FieldKind; 6] = [
        FieldKind::Text,
        FieldKind::Number,
        FieldKind::Money,
        FieldKind::Date,
        FieldKind::Choice,
        FieldKind::Bool,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Text => "text",
            FieldKind::Number => "number",
            FieldKind::Money => "money",
            FieldKind::Date => "date",
            FieldKind::Choice => "choice",
            FieldKind::Bool => "bool",
        }
    }

    /// The kind's English name or a Polish one, folded.
    pub fn parse(s: &str) -> Option<FieldKind> {
        match fold(s.trim()).as_str() {
            "text" | "tekst" => Some(FieldKind::Text),
            "number" | "liczba" => Some(FieldKind::Number),
            "money" | "kwota" => Some(FieldKind::Money),
            "date" | "data" => Some(FieldKind::Date),
            "choice" | "wybor" => Some(FieldKind::Choice),
            "bool" | "yes/no" | "yesno" | "tak/nie" | "taknie" => Some(FieldKind::Bool),
            _ => None,
        }
    }
}

/// A custom field's definition, in the `fields` tree by id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldDef {
    pub id: u64,
    pub on: FieldOn,
    /// Lower-case letters, digits and `_`: what filters, `--field` and files name it by.
    pub name: String,
    pub kind: FieldKind,
    /// A choice field's values, as the admin wrote them.
    pub values: Vec<String>,
    pub label_pl: Option<String>,
    pub label_en: Option<String>,
    /// No longer shown, set or filtered; values stay in records, history and export.
    pub retired: bool,
    pub created: DateTime<Utc>,
}

impl FieldDef {
    /// The label in `lang`, else the other language's, else the name.
    pub fn label(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Pl => (&self.label_pl, &self.label_en),
            Lang::En => (&self.label_en, &self.label_pl),
        };
        first.as_deref().or(second.as_deref()).unwrap_or(&self.name)
    }
}

/// A custom field's value on a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CustomValue {
    Text(String),
    /// Millionths: 12.5 is 12_500_000.
    Number(i64),
    Money(Money),
    Date(NaiveDate),
    /// The choice value as the definition spells it.
    Choice(String),
    Bool(bool),
}

/// How many units of a number field's value make one.
pub const NUMBER_SCALE: i64 = 1_000_000;

/// Why a typed value does not fit its field (the catalogue key says it to the user).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueError {
    /// `fields.err.not_number`, `not_money`, `not_date`, `not_bool`, `not_choice`.
    Bad(&'static str),
}

impl CustomValue {
    /// The value of a field of kind `def.kind` as a user typed it: numbers and money in
    /// either language's way (`12,5`, `1 234,50 zł`), dates as the built-in fields take
    /// them, `yes/no/tak/nie`, a choice value folded. Blank text is no value (`Ok(None)`).
    pub fn parse(
        def: &FieldDef,
        s: &str,
        today: NaiveDate,
    ) -> Result<Option<CustomValue>, ValueError> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        let v = match def.kind {
            FieldKind::Text => CustomValue::Text(s.to_owned()),
            FieldKind::Number => CustomValue::Number(
                parse_number(s).ok_or(ValueError::Bad("fields.err.not_number"))?,
            ),
            FieldKind::Money => CustomValue::Money(
                parse_money(s, "PLN").map_err(|_| ValueError::Bad("fields.err.not_money"))?,
            ),
            FieldKind::Date => CustomValue::Date(
                parse_date(s, today).map_err(|_| ValueError::Bad("fields.err.not_date"))?,
            ),
            FieldKind::Bool => {
                CustomValue::Bool(parse_bool(s).ok_or(ValueError::Bad("fields.err.not_bool"))?)
            }
            FieldKind::Choice => {
                let want = fold(s);
                let found = def.values.iter().find(|v| fold(v) == want);
                CustomValue::Choice(
                    found
                        .ok_or(ValueError::Bad("fields.err.not_choice"))?
                        .clone(),
                )
            }
        };
        Ok(Some(v))
    }

    /// The canonical text: `12.5`, `1234.50 PLN`, `2026-03-01`, `yes`/`no`, the text.
    pub fn text(&self) -> String {
        match self {
            CustomValue::Text(s) | CustomValue::Choice(s) => s.clone(),
            CustomValue::Number(n) => number_text(*n),
            CustomValue::Money(m) => format!("{} {}", m.to_decimal_string(), m.currency),
            CustomValue::Date(d) => d.format("%Y-%m-%d").to_string(),
            CustomValue::Bool(b) => (if *b { "yes" } else { "no" }).to_owned(),
        }
    }

    /// The text for people in `lang`: money and dates as the built-in fields show them.
    pub fn shown(&self, lang: Lang) -> String {
        match self {
            CustomValue::Money(m) => super::money::format_money(m, lang),
            CustomValue::Date(d) => super::date_format::format_date(*d, lang),
            CustomValue::Bool(b) => {
                crate::i18n::tr(lang, if *b { "fields.yes" } else { "fields.no" }).to_owned()
            }
            CustomValue::Number(n) if lang == Lang::Pl => number_text(*n).replace('.', ","),
            other => other.text(),
        }
    }
}

/// The card lines of a record's custom values: `(label in lang, value shown)` for each
/// field of `on` in use that the record has a value for, in the order the fields were
/// made. Retired fields are left out (their values stay in the JSON and the history).
pub fn card_lines(
    defs: &[FieldDef],
    on: FieldOn,
    values: &std::collections::BTreeMap<String, CustomValue>,
    lang: Lang,
) -> Vec<(String, String)> {
    defs.iter()
        .filter(|d| d.on == on && !d.retired)
        .filter_map(|d| {
            values
                .get(&d.name)
                .map(|v| (d.label(lang).to_owned(), v.shown(lang)))
        })
        .collect()
}

/// `yes/no/tak/nie` (and `true/false`, `1/0`), folded.
pub fn parse_bool(s: &str) -> Option<bool> {
    match fold(s.trim()).as_str() {
        "yes" | "tak" | "true" | "1" | "y" | "t" => Some(true),
        "no" | "nie" | "false" | "0" | "n" => Some(false),
        _ => None,
    }
}

/// A decimal number in millionths: `12.5`, `12,5`, `-3`, `1 000,25`. More than six places
/// after the point, or more than one separator, is no number.
pub fn parse_number(s: &str) -> Option<i64> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}'))
        .collect();
    let (neg, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let mut parts = body.splitn(2, ['.', ',']);
    let int = parts.next()?;
    let frac = parts.next().unwrap_or("");
    if (int.is_empty() && frac.is_empty())
        || frac.len() > 6
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let mut part: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    for _ in frac.len()..6 {
        part *= 10;
    }
    let v = whole.checked_mul(NUMBER_SCALE)?.checked_add(part)?;
    Some(if neg { -v } else { v })
}

/// Millionths as the shortest exact decimal: 12_500_000 is `12.5`.
pub fn number_text(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let abs = n.unsigned_abs();
    let scale = NUMBER_SCALE.unsigned_abs();
    let (int, frac) = (abs / scale, abs % scale);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{int}.{}", digits.trim_end_matches('0'))
}

/// Whether `name` is a valid custom field name: lower-case ASCII letters, digits and `_`,
/// starting with a letter, at most 40 characters.
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && name.len() <= 40
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse_in_both_languages_and_print_shortest() {
        assert_eq!(parse_number("12.5"), Some(12_500_000));
        assert_eq!(parse_number("12,5"), Some(12_500_000));
        assert_eq!(parse_number("-3"), Some(-3_000_000));
        assert_eq!(parse_number("1 000,25"), Some(1_000_250_000));
        assert_eq!(parse_number("0.000001"), Some(1));
        assert_eq!(parse_number("0.0000001"), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("."), None);
        assert_eq!(number_text(12_500_000), "12.5");
        assert_eq!(number_text(-3_000_000), "-3");
        assert_eq!(number_text(1), "0.000001");
    }

    #[test]
    fn names() {
        assert!(valid_name("waga"));
        assert!(valid_name("nr_umowy2"));
        assert!(!valid_name("Waga"));
        assert!(!valid_name("2waga"));
        assert!(!valid_name("branża"));
        assert!(!valid_name(""));
    }

    #[test]
    fn bools() {
        assert_eq!(parse_bool("TAK"), Some(true));
        assert_eq!(parse_bool("nie"), Some(false));
        assert_eq!(parse_bool("maybe"), None);
    }
}
