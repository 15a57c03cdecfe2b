//! Shared input checks: required text, length limits, tags, e-mail shape.

use super::{Error, Result, invalid};
use crate::model::{MAX_LINE, MAX_TEXT, years};

/// A required one-line field: trimmed, non-empty, no control characters, not too long.
pub fn required_line(field: &'static str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(invalid("err.empty", &[&field]));
    }
    line(field, t)
}

/// An optional one-line field: empty means none.
pub fn optional_line(field: &'static str, s: Option<&str>) -> Result<Option<String>> {
    match s.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => line(field, t).map(Some),
    }
}

fn line(field: &'static str, t: &str) -> Result<String> {
    if t.chars().count() > MAX_LINE {
        return Err(invalid("err.too_long", &[&field, &MAX_LINE]));
    }
    if t.chars().any(char::is_control) {
        return Err(invalid("err.control_chars", &[&field]));
    }
    Ok(t.to_owned())
}

/// Free text (notes, descriptions): may span lines, bounded length; other control
/// characters are refused so nothing stored can drive a terminal.
pub fn text(field: &'static str, s: &str) -> Result<String> {
    let t = s.trim();
    if t.chars().count() > MAX_TEXT {
        return Err(invalid("err.too_long", &[&field, &MAX_TEXT]));
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(invalid("err.control_chars", &[&field]));
    }
    Ok(t.to_owned())
}

pub fn required_text(field: &'static str, s: &str) -> Result<String> {
    let t = text(field, s)?;
    if t.is_empty() {
        return Err(invalid("err.empty", &[&field]));
    }
    Ok(t)
}

pub fn optional_text(field: &'static str, s: Option<&str>) -> Result<Option<String>> {
    match s {
        None => Ok(None),
        Some(s) => text(field, s).map(|t| if t.is_empty() { None } else { Some(t) }),
    }
}

/// A date a command carries, from any front end or a raw request to the server: its year
/// must be one lejek keeps ([`years`]), so everything stored exports and imports back.
pub fn date<D: chrono::Datelike + std::fmt::Display>(d: D) -> Result<D> {
    let shown = d.to_string();
    years::check(d, &shown).map_err(Error::Date)
}

/// [`date`] for a date that may be missing.
pub fn optional_date<D: chrono::Datelike + std::fmt::Display>(d: Option<D>) -> Result<Option<D>> {
    d.map(date).transpose()
}

/// Tags are trimmed, lowercased words; duplicates dropped.
pub fn tags(list: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for t in list {
        let t = required_line("col.tag", t)?.to_lowercase();
        if t.contains(char::is_whitespace) || t.contains(',') {
            return Err(invalid("err.bad_tag", &[&t]));
        }
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

/// Remove `remove` from `tags`, then append the new ones of `add` (order kept).
pub fn apply_tags(tags: &mut Vec<String>, add: Vec<String>, remove: &[String]) {
    tags.retain(|t| !remove.contains(t));
    for t in add {
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
}

pub fn email(s: Option<&str>) -> Result<Option<String>> {
    let Some(e) = optional_line("col.email", s)? else {
        return Ok(None);
    };
    let ok = match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !e.contains(' ')
        }
        None => false,
    };
    if !ok {
        return Err(invalid("err.bad_email", &[&e]));
    }
    Ok(Some(e))
}

pub fn phone(s: Option<&str>) -> Result<Option<String>> {
    let Some(p) = optional_line("col.phone", s)? else {
        return Ok(None);
    };
    let ok = p
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()/".contains(c))
        && p.chars().filter(char::is_ascii_digit).count() >= 3;
    if !ok {
        return Err(invalid("err.bad_phone", &[&p]));
    }
    Ok(Some(p))
}

/// Logins: short, lowercase-friendly, no spaces or NULs (inbox keys use NUL as separator).
pub fn login(s: &str) -> Result<String> {
    let l = required_line("col.login", s)?;
    if l.chars().count() > 64 || !l.chars().all(|c| c.is_alphanumeric() || "._-@".contains(c)) {
        return Err(invalid("err.bad_login", &[&l]));
    }
    Ok(l)
}

/// A contact kind as typed (`company`/`firma`, `person`/`osoba`): the CLI, the TUI's forms
/// and imports all read it here.
pub fn contact_kind(s: &str) -> Result<crate::model::ContactKind> {
    crate::model::ContactKind::parse(s).ok_or_else(|| invalid("err.bad_kind", &[&s]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_shapes() {
        assert!(required_line("title", "  ").is_err());
        assert!(required_line("title", &"x".repeat(MAX_LINE + 1)).is_err());
        assert!(required_line("title", "ok\x1b]52;").is_err());
        assert!(text("note", &"y".repeat(MAX_TEXT + 1)).is_err());
        assert_eq!(text("note", "a\nb").unwrap(), "a\nb");
        assert_eq!(tags(&["VIP".into(), "vip".into()]).unwrap(), vec!["vip"]);
        assert!(email(Some("anna@firma.pl")).unwrap().is_some());
        assert!(email(Some("anna")).is_err());
        assert!(phone(Some("+48 600 100 200")).is_ok());
        assert!(phone(Some("call me")).is_err());
        assert!(login("a b").is_err());
    }

    #[test]
    fn a_contact_kind_is_read_in_either_language_with_or_without_diacritics() {
        use crate::model::ContactKind;
        assert_eq!(contact_kind(" Firma ").ok(), Some(ContactKind::Company));
        assert_eq!(contact_kind("OSOBA").ok(), Some(ContactKind::Person));
        assert_eq!(contact_kind("person").ok(), Some(ContactKind::Person));
        assert!(contact_kind("klient").is_err());
    }
}
