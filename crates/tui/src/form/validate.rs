//! What a field's text means for its kind: the parsed value for the caller, and for the user
//! a hint (how the text was understood) or an error in their language.

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::field::{Check, FieldKind};
use super::pick::Source;
use crate::i18n::{Lang, tr, trf};
use crate::model::date_format::format_date;
use crate::model::date_input::{DateError, parse_date};
use crate::model::money::{format_money, parse_money};
use crate::text::fold;

/// The currency of amounts typed without one: the config file's `currency`, else PLN.
pub(crate) fn default_currency() -> &'static str {
    crate::config::current().currency()
}

/// How many options an error or hint lists before it says "…".
const LISTED_OPTIONS: usize = 12;

/// Validates `value` as a field of `kind`: the verdict and the hint to show.
pub(crate) fn validate(
    kind: &FieldKind,
    required: bool,
    value: &str,
    today: NaiveDate,
    lang: Lang,
) -> (Check, Option<String>) {
    let len = value.chars().count();
    if len > kind.max_len() {
        let error = trf(lang, "form.err.too_long", &[&len, &kind.max_len()]);
        return (Check::Wrong { error }, None);
    }
    let text = value.trim();
    if text.is_empty() {
        let hint = empty_hint(kind, lang);
        return if required {
            let error = tr(lang, "form.err.required").to_owned();
            (Check::Pending { error }, hint)
        } else {
            (Check::Ok, hint)
        };
    }
    let wrong = |error: String| (Check::Wrong { error }, None);
    match kind {
        FieldKind::Text | FieldKind::LongText => (Check::Ok, None),
        FieldKind::Money => match parse_money(text, default_currency()) {
            Ok(m) => (Check::Ok, Some(format_money(&m, lang))),
            Err(e) => wrong(e.message(lang)),
        },
        FieldKind::Date => match parse_date(text, today) {
            Ok(d) => (Check::Ok, Some(date_label(d, lang))),
            Err(e) => wrong(e.message(lang)),
        },
        FieldKind::DateTime => match parse_date_time(text, today) {
            Ok((d, None)) => (Check::Ok, Some(date_label(d, lang))),
            Ok((d, Some(t))) => (
                Check::Ok,
                Some(format!("{} {}", date_label(d, lang), t.format("%H:%M"))),
            ),
            Err(DateTimeError::Date(e)) => wrong(e.message(lang)),
            Err(DateTimeError::Time(t)) => wrong(trf(lang, "form.err.not_time", &[&t])),
        },
        FieldKind::Choice(options) => match resolve_choice(options, text) {
            ChoiceMatch::Exact(i) if options[i] == text => (Check::Ok, None),
            ChoiceMatch::Exact(i) | ChoiceMatch::Unique(i) => {
                (Check::Ok, Some(format!("→ {}", options[i])))
            }
            ChoiceMatch::Ambiguous(found) => {
                let list = list_options(found.iter().map(|&i| options[i].as_str()));
                let error = trf(lang, "form.err.ambiguous", &[&text, &list]);
                let hint = trf(lang, "form.hint.candidates", &[&list]);
                (Check::Pending { error }, Some(hint))
            }
            ChoiceMatch::None if options.is_empty() => {
                wrong(tr(lang, "form.err.no_options").into())
            }
            ChoiceMatch::None => {
                let list = list_options(options.iter().map(String::as_str));
                wrong(trf(lang, "form.err.unknown_option", &[&text, &list]))
            }
        },
        FieldKind::Tags => {
            let tags = split_tags(text);
            // Shows where the text was split: "Duży klient" is two tags.
            let hint = (tags.len() > 1).then(|| {
                let chips: Vec<String> = tags.iter().map(|t| format!("[{t}]")).collect();
                chips.join(" ")
            });
            (Check::Ok, hint)
        }
        FieldKind::Path => {
            let path = expand_path(text);
            if path.is_file() {
                let shown = path.display().to_string();
                (Check::Ok, (shown != text).then_some(shown))
            } else if path.is_dir() {
                wrong(trf(lang, "form.err.is_dir", &[&text]))
            } else {
                wrong(trf(lang, "form.err.no_file", &[&text]))
            }
        }
        FieldKind::NewPath => {
            let path = expand_path(text);
            let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
            if path.exists() {
                wrong(trf(lang, "form.err.exists", &[&text]))
            } else if folder.is_some_and(|f| !f.is_dir()) {
                wrong(trf(lang, "form.err.no_folder", &[&text]))
            } else {
                let shown = path.display().to_string();
                (Check::Ok, (shown != text).then_some(shown))
            }
        }
        FieldKind::Number => match parse_number(text) {
            Some(_) => (Check::Ok, None),
            None => wrong(trf(lang, "form.err.not_number", &[&text])),
        },
        FieldKind::Decimal => match crate::model::custom_field::parse_number(text) {
            Some(_) => (Check::Ok, None),
            None => wrong(trf(lang, "form.err.not_number", &[&text])),
        },
        // Text alone is a search, not a record: the form says Ok once one is chosen.
        FieldKind::Record(_) => {
            let error = tr(lang, "picker.err.choose").to_owned();
            (Check::Pending { error }, None)
        }
    }
}

/// What an empty field may hold, shown while it has the focus.
fn empty_hint(kind: &FieldKind, lang: Lang) -> Option<String> {
    let key = match kind {
        FieldKind::Money => "form.hint.money",
        FieldKind::Date => "form.hint.date",
        FieldKind::DateTime => "form.hint.date_time",
        FieldKind::Tags => "form.hint.tags",
        FieldKind::Path | FieldKind::NewPath => "form.hint.path",
        FieldKind::Record(Source::Contact | Source::Company) => "picker.hint.contact",
        FieldKind::Record(Source::Deal) => "picker.hint.deal",
        FieldKind::Record(Source::Campaign) => "picker.hint.campaign",
        FieldKind::Record(Source::User) => "picker.hint.user",
        FieldKind::Choice(options) if !options.is_empty() => {
            let list = list_options(options.iter().map(String::as_str));
            return Some(trf(lang, "form.hint.choice", &[&list]));
        }
        _ => return None,
    };
    Some(tr(lang, key).to_owned())
}

/// `wt 01.12.2026` / `Tue 2026-12-01`.
pub(crate) fn date_label(d: NaiveDate, lang: Lang) -> String {
    let key = match d.weekday() {
        Weekday::Mon => "form.weekday.mon",
        Weekday::Tue => "form.weekday.tue",
        Weekday::Wed => "form.weekday.wed",
        Weekday::Thu => "form.weekday.thu",
        Weekday::Fri => "form.weekday.fri",
        Weekday::Sat => "form.weekday.sat",
        Weekday::Sun => "form.weekday.sun",
    };
    format!("{} {}", tr(lang, key), format_date(d, lang))
}

fn list_options<'a>(options: impl Iterator<Item = &'a str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for (i, o) in options.enumerate() {
        if i == LISTED_OPTIONS {
            out.push("…");
            break;
        }
        out.push(o);
    }
    out.join(", ")
}

/// How a typed text matches the options of a choice.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum ChoiceMatch {
    /// The text is an option (ignoring case and diacritics).
    Exact(usize),
    /// The text starts exactly one option.
    Unique(usize),
    /// The text starts several options.
    Ambiguous(Vec<usize>),
    None,
}

pub(crate) fn resolve_choice(options: &[String], text: &str) -> ChoiceMatch {
    let typed = fold(text.trim());
    if typed.is_empty() {
        return ChoiceMatch::None;
    }
    let folded: Vec<String> = options.iter().map(|o| fold(o)).collect();
    if let Some(i) = folded.iter().position(|o| *o == typed) {
        return ChoiceMatch::Exact(i);
    }
    let found: Vec<usize> = (0..options.len())
        .filter(|&i| folded[i].starts_with(&typed))
        .collect();
    match found.as_slice() {
        [] => ChoiceMatch::None,
        [i] => ChoiceMatch::Unique(*i),
        _ => ChoiceMatch::Ambiguous(found),
    }
}

/// The resolved option, if the text names exactly one.
pub(crate) fn resolved_option(options: &[String], text: &str) -> Option<usize> {
    match resolve_choice(options, text) {
        ChoiceMatch::Exact(i) | ChoiceMatch::Unique(i) => Some(i),
        _ => None,
    }
}

/// The option Ctrl-N (`step` 1) or Ctrl-P (`step` -1) puts in the field: the one after (or
/// before) the option the text resolves to; from an ambiguous prefix the first (or last)
/// candidate; otherwise the first (or last) option.
pub(crate) fn cycle_choice(options: &[String], text: &str, forward: bool) -> Option<usize> {
    let n = options.len();
    if n == 0 {
        return None;
    }
    let next = match resolve_choice(options, text) {
        ChoiceMatch::Exact(i) | ChoiceMatch::Unique(i) if forward => (i + 1) % n,
        ChoiceMatch::Exact(i) | ChoiceMatch::Unique(i) => (i + n - 1) % n,
        ChoiceMatch::Ambiguous(found) if forward => found[0],
        ChoiceMatch::Ambiguous(found) => found[found.len() - 1],
        ChoiceMatch::None if forward => 0,
        ChoiceMatch::None => n - 1,
    };
    Some(next)
}

/// Why a date-and-time text is not one.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum DateTimeError {
    Date(DateError),
    /// The time part, as typed.
    Time(String),
}

/// A day as [`parse_date`] reads it, optionally followed by ` HH:MM`; a time alone means
/// today.
pub(crate) fn parse_date_time(
    text: &str,
    today: NaiveDate,
) -> Result<(NaiveDate, Option<NaiveTime>), DateTimeError> {
    let text = text.trim();
    let (day, time) = match text.rsplit_once(char::is_whitespace) {
        Some((day, time)) if time.contains(':') => (day, Some(time)),
        None if text.contains(':') && !text.contains(['-', '.']) => ("", Some(text)),
        _ => (text, None),
    };
    let time = match time {
        Some(t) => Some(parse_time(t).ok_or_else(|| DateTimeError::Time(t.to_owned()))?),
        None => None,
    };
    let day = if day.trim().is_empty() && time.is_some() {
        today
    } else {
        parse_date(day, today).map_err(DateTimeError::Date)?
    };
    Ok((day, time))
}

/// `9:05`, `09:05`, `23:59`.
fn parse_time(t: &str) -> Option<NaiveTime> {
    let (h, m) = t.split_once(':')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// Words separated by spaces or commas, each once (the first spelling wins).
pub(crate) fn split_tags(text: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for tag in text.split(|c: char| c == ',' || c.is_whitespace()) {
        if tag.is_empty() {
            continue;
        }
        let key = fold(tag);
        if !seen.contains(&key) {
            seen.push(key);
            out.push(tag.to_owned());
        }
    }
    out
}

/// `~` and `~/…` are under `$HOME`.
pub(crate) fn expand_path(text: &str) -> PathBuf {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty());
    match (text, home) {
        ("~", Some(home)) => PathBuf::from(home),
        (t, Some(home)) if t.starts_with("~/") => PathBuf::from(home).join(&t[2..]),
        (t, _) => PathBuf::from(t),
    }
}

/// A record number: digits, optionally after `#`.
pub(crate) fn parse_number(text: &str) -> Option<u64> {
    let digits = text.strip_prefix('#').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date")
    }

    fn check(kind: &FieldKind, value: &str, lang: Lang) -> (Check, Option<String>) {
        validate(kind, false, value, today(), lang)
    }

    fn error(kind: &FieldKind, value: &str, lang: Lang) -> String {
        match check(kind, value, lang).0 {
            Check::Wrong { error } | Check::Pending { error } => error,
            Check::Ok => panic!("{value:?} should not be valid"),
        }
    }

    fn stages() -> FieldKind {
        FieldKind::Choice(vec!["nowy".into(), "negocjacje".into(), "przegrany".into()])
    }

    #[test]
    fn money_errors_in_both_languages_and_formats_the_amount() {
        let pl = error(&FieldKind::Money, "12,3,4", Lang::Pl);
        let en = error(&FieldKind::Money, "12,3,4", Lang::En);
        assert!(pl.contains("12,3,4") && pl.contains("kwota"), "{pl}");
        assert!(en.contains("12,3,4") && en.contains("amount"), "{en}");
        assert_ne!(pl, en);
        assert_eq!(
            check(&FieldKind::Money, "1234,56", Lang::Pl),
            (Check::Ok, Some("1 234,56 zł".into()))
        );
        assert_eq!(
            check(&FieldKind::Money, "1234.56", Lang::En),
            (Check::Ok, Some("PLN 1,234.56".into()))
        );
    }

    #[test]
    fn dates_resolve_with_the_weekday() {
        assert_eq!(
            check(&FieldKind::Date, "+3d", Lang::Pl),
            (Check::Ok, Some("wt 01.12.2026".into()))
        );
        assert_eq!(
            check(&FieldKind::Date, "+3d", Lang::En),
            (Check::Ok, Some("Tue 2026-12-01".into()))
        );
        assert!(error(&FieldKind::Date, "2026-02-30", Lang::Pl).contains("nie ma takiego dnia"));
        assert!(error(&FieldKind::Date, "2026-02-30", Lang::En).contains("no such day"));
        assert!(error(&FieldKind::Date, "kiedyś", Lang::Pl).contains("to nie jest data"));
    }

    #[test]
    fn date_times_take_an_optional_time() {
        assert_eq!(
            check(&FieldKind::DateTime, "jutro 9:05", Lang::Pl),
            (Check::Ok, Some("niedz 29.11.2026 09:05".into()))
        );
        assert_eq!(
            check(&FieldKind::DateTime, "2026-12-01", Lang::En),
            (Check::Ok, Some("Tue 2026-12-01".into()))
        );
        assert_eq!(
            check(&FieldKind::DateTime, "14:30", Lang::En),
            (Check::Ok, Some("Sat 2026-11-28 14:30".into()))
        );
        assert!(error(&FieldKind::DateTime, "jutro 25:00", Lang::Pl).contains("godzina"));
        assert!(error(&FieldKind::DateTime, "jutro 9:5", Lang::En).contains("not a time"));
        assert!(error(&FieldKind::DateTime, "2026-02-30 10:00", Lang::En).contains("no such day"));
    }

    #[test]
    fn choice_resolves_prefixes_ignoring_diacritics() {
        let kind = stages();
        assert_eq!(
            check(&kind, "neg", Lang::Pl),
            (Check::Ok, Some("→ negocjacje".into()))
        );
        assert_eq!(
            check(&kind, "PRZ", Lang::Pl),
            (Check::Ok, Some("→ przegrany".into()))
        );
        assert_eq!(check(&kind, "nowy", Lang::Pl), (Check::Ok, None));
        let firms = FieldKind::Choice(vec!["Łódzkie Młyny".into(), "Lody Żak".into()]);
        assert_eq!(
            check(&firms, "lodz", Lang::Pl),
            (Check::Ok, Some("→ Łódzkie Młyny".into()))
        );
    }

    #[test]
    fn choice_errors_list_the_options() {
        let kind = stages();
        let pl = error(&kind, "x", Lang::Pl);
        assert!(pl.contains("nowy, negocjacje, przegrany"), "{pl}");
        let en = error(&kind, "x", Lang::En);
        assert!(en.contains("nowy, negocjacje, przegrany"), "{en}");
        assert_ne!(pl, en);
        // A prefix of several is only pending: the hint names the candidates.
        let (check_n, hint) = check(&kind, "n", Lang::Pl);
        assert!(matches!(&check_n, Check::Pending { error } if error.contains("nowy, negocjacje")));
        assert!(hint.is_some_and(|h| h.contains("nowy, negocjacje")));
        assert!(error(&FieldKind::Choice(vec![]), "x", Lang::En).contains("no options"));
    }

    #[test]
    fn choice_cycles_from_where_the_text_points() {
        let FieldKind::Choice(options) = stages() else {
            unreachable!()
        };
        assert_eq!(cycle_choice(&options, "", true), Some(0));
        assert_eq!(cycle_choice(&options, "", false), Some(2));
        assert_eq!(cycle_choice(&options, "neg", true), Some(2));
        assert_eq!(cycle_choice(&options, "przegrany", true), Some(0));
        assert_eq!(cycle_choice(&options, "nowy", false), Some(2));
        assert_eq!(cycle_choice(&options, "n", false), Some(1));
        assert_eq!(cycle_choice(&[], "", true), None);
    }

    #[test]
    fn required_is_pending_and_too_long_is_wrong() {
        let (c, _) = validate(&FieldKind::Text, true, "  ", today(), Lang::Pl);
        assert_eq!(
            c,
            Check::Pending {
                error: "wymagane".into()
            }
        );
        let (c, _) = validate(&FieldKind::Text, true, "", today(), Lang::En);
        assert_eq!(
            c,
            Check::Pending {
                error: "required".into()
            }
        );
        assert!(error(&FieldKind::Text, &"ż".repeat(501), Lang::Pl).contains("501"));
        assert_eq!(
            check(&FieldKind::LongText, &"ż".repeat(10_000), Lang::Pl).0,
            Check::Ok
        );
        assert!(error(&FieldKind::LongText, &"a".repeat(10_001), Lang::En).contains("10000"));
    }

    #[test]
    fn numbers_tags_and_paths() {
        assert_eq!(parse_number("#42"), Some(42));
        assert_eq!(parse_number("4 2"), None);
        assert!(error(&FieldKind::Number, "abc", Lang::Pl).contains("liczba"));
        assert_eq!(
            split_tags("vip, hurt  VIP,,łódź"),
            vec!["vip", "hurt", "łódź"]
        );
        assert_eq!(
            check(&FieldKind::Tags, "vip,hurt", Lang::En).1.as_deref(),
            Some("[vip] [hurt]")
        );
        let this_file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/form/validate.rs");
        assert_eq!(
            check(&FieldKind::Path, this_file, Lang::En),
            (Check::Ok, None)
        );
        assert!(
            error(&FieldKind::Path, "/nie/ma/pliku.pdf", Lang::Pl).contains("nie ma takiego pliku")
        );
        assert!(
            error(&FieldKind::Path, env!("CARGO_MANIFEST_DIR"), Lang::En).contains("directory")
        );
    }

    #[test]
    fn tilde_is_home() {
        let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) else {
            return;
        };
        assert_eq!(expand_path("~/a.pdf"), PathBuf::from(&home).join("a.pdf"));
        assert_eq!(expand_path("~"), PathBuf::from(&home));
        assert_eq!(expand_path("~x"), PathBuf::from("~x"));
    }
}
