//! A cell's text as a value, checked by the same parsers and validators the service and
//! the CLI use (NIP, money, dates, e-mail, tags), so an imported row is held to the rules a
//! typed one is. Errors are the reason a row is rejected, in the user's language.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::i18n::{Lang, trf};
use crate::model::date_input::parse_date;
use crate::model::money::parse_amount;
use crate::model::nip::parse_nip;
use crate::model::years;
use crate::model::{ContactKind, Money};
use crate::service::{Error, validate};

/// Why a row is rejected: one line in the user's language.
pub type Reason = String;

/// Values of one import: the language of the reasons and "today" for relative dates.
#[derive(Clone, Copy, Debug)]
pub struct Values {
    pub lang: Lang,
    pub today: NaiveDate,
}

impl Values {
    pub fn err(&self, e: Error) -> Reason {
        e.message(self.lang)
    }

    pub fn nip(&self, s: &str) -> Result<String, Reason> {
        parse_nip(s).map_err(|e| e.message(self.lang))
    }

    pub fn email(&self, s: Option<&str>) -> Result<Option<String>, Reason> {
        validate::email(s).map_err(|e| self.err(e))
    }

    pub fn phone(&self, s: Option<&str>) -> Result<Option<String>, Reason> {
        validate::phone(s).map_err(|e| self.err(e))
    }

    pub fn line(&self, field: &'static str, s: Option<&str>) -> Result<Option<String>, Reason> {
        validate::optional_line(field, s).map_err(|e| self.err(e))
    }

    pub fn text(&self, field: &'static str, s: Option<&str>) -> Result<Option<String>, Reason> {
        validate::optional_text(field, s).map_err(|e| self.err(e))
    }

    pub fn required(&self, field: &'static str, s: Option<&str>) -> Result<String, Reason> {
        validate::required_line(field, s.unwrap_or("")).map_err(|e| self.err(e))
    }

    /// Tags or roles as a cell holds them: separated by commas, semicolons or spaces.
    pub fn list(s: Option<&str>) -> Vec<String> {
        s.unwrap_or("")
            .split(|c: char| c == ',' || c == ';' || c == '|' || c.is_whitespace())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub fn tags(&self, s: Option<&str>) -> Result<Vec<String>, Reason> {
        validate::tags(&Values::list(s)).map_err(|e| self.err(e))
    }

    /// Roles are dictionary values that may hold spaces: only commas and semicolons part them.
    pub fn names(s: Option<&str>) -> Vec<String> {
        s.unwrap_or("")
            .split([',', ';'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub fn kind(&self, s: Option<&str>) -> Result<Option<ContactKind>, Reason> {
        s.map(|k| crate::service::validate::contact_kind(k).map_err(|e| self.err(e)))
            .transpose()
    }

    /// Money as people write it (`12 500,00 zł`, `1234.56`), in `currency` when it says none;
    /// a row whose currency column says another currency than its amount is refused.
    pub fn money(&self, s: &str, currency: Option<&str>) -> Result<Money, Reason> {
        let cur = currency.unwrap_or("PLN").trim().to_uppercase();
        if cur.len() != 3 || !cur.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(trf(self.lang, "err.bad_currency", &[&cur]));
        }
        let (minor, written) = parse_amount(s).map_err(|e| e.message(self.lang))?;
        match written {
            Some(w) if currency.is_some() && w != cur => Err(trf(
                self.lang,
                "limits.money.column_conflict",
                &[&s.trim(), &w, &cur],
            )),
            w => Ok(Money::new(minor, w.unwrap_or(&cur))),
        }
    }

    pub fn date(&self, s: &str) -> Result<NaiveDate, Reason> {
        // An export's time (`2026-11-28T12:00:00Z`) names a day too.
        if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
            let day = t.with_timezone(&Local).date_naive();
            return years::check(day, s.trim()).map_err(|e| e.message(self.lang));
        }
        parse_date(s, self.today).map_err(|e| e.message(self.lang))
    }

    /// A moment: RFC 3339 as exported, a local `date HH:MM[:SS]`, or a day (its local noon,
    /// safely inside the day whatever the reports' interval).
    pub fn time(&self, s: &str) -> Result<DateTime<Utc>, Reason> {
        let s = s.trim();
        let t = self.any_time(s)?;
        years::check(t, s).map_err(|e| e.message(self.lang))
    }

    /// [`Values::time`] in any year chrono knows.
    fn any_time(&self, s: &str) -> Result<DateTime<Utc>, Reason> {
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Ok(t.with_timezone(&Utc));
        }
        for f in [
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
            "%d.%m.%Y %H:%M",
            "%Y-%m-%dT%H:%M:%S",
        ] {
            if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
                return Ok(local(t));
            }
        }
        let day = parse_date(s, self.today).map_err(|e| e.message(self.lang))?;
        Ok(local(day.and_hms_opt(12, 0, 0).unwrap_or_default()))
    }
}

/// A local wall-clock time in UTC (the earlier one when a DST change makes it twice).
fn local(t: NaiveDateTime) -> DateTime<Utc> {
    match Local.from_local_datetime(&t).earliest() {
        Some(l) => l.with_timezone(&Utc),
        // In a DST gap: an hour later exists.
        None => Local
            .from_local_datetime(&(t + chrono::Duration::hours(1)))
            .earliest()
            .map(|l| l.with_timezone(&Utc))
            .unwrap_or_else(|| t.and_utc()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v() -> Values {
        Values {
            lang: Lang::En,
            today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
        }
    }

    #[test]
    fn times_from_exports_and_spreadsheets() {
        let t = v().time("2016-10-20T08:30:00Z").expect("rfc3339");
        assert_eq!(t.to_rfc3339(), "2016-10-20T08:30:00+00:00");
        let day = v().time("20.10.2016").expect("day");
        assert_eq!(
            day.with_timezone(&Local).date_naive().to_string(),
            "2016-10-20"
        );
        assert!(v().time("2016-13-45").is_err());
        assert_eq!(v().date("2026-11-28T12:00:00Z").ok(), Some(v().today));
    }

    #[test]
    fn dates_and_times_outside_1900_to_2200_are_refused() {
        // Issue 15 item 10: an export of such a date (`+99999-01-01`) never imported back.
        let out = "date out of range: '{0}' (years 1900 to 2200)";
        for s in [
            "99999-01-01",
            "0000-01-01",
            "2201-01-01T00:00:00Z",
            "1899-12-31T12:00:00+02:00",
            "2201-01-01 10:00",
            "31.12.1899 10:00",
        ] {
            assert_eq!(v().time(s), Err(out.replace("{0}", s)), "{s}");
        }
        for s in ["99999-01-01", "2201-01-01T00:00:00Z", "+999999d"] {
            assert_eq!(v().date(s), Err(out.replace("{0}", s)), "{s}");
        }
        assert!(v().time("2200-12-31 23:00").is_ok());
        assert!(v().date("1900-01-01T12:00:00Z").is_ok());
    }

    #[test]
    fn lists_and_money() {
        assert_eq!(
            Values::list(Some("vip, xmas;  b2b")),
            vec!["vip", "xmas", "b2b"]
        );
        assert_eq!(
            Values::names(Some("decydent; księgowa")),
            vec!["decydent", "księgowa"]
        );
        assert_eq!(
            v().money("12 500,00 zł", None).map(|m| m.minor),
            Ok(1_250_000)
        );
        assert!(v().money("12,5,0", None).is_err());
        assert!(v().money("10", Some("zloty")).is_err());
        // Issue 15 item 14: the amount's currency no longer silently beats the column's.
        assert_eq!(
            v().money("12 500,00 EUR", Some("pln")),
            Err("'12 500,00 EUR' is in EUR but the currency column says PLN".into())
        );
        assert_eq!(
            v().money("12 500,00 EUR", None).map(|m| m.currency),
            Ok("EUR".into())
        );
        assert_eq!(v().money("5 EUR", Some("EUR")).map(|m| m.minor), Ok(500));
        assert!(v().money("-0", None).is_err());
        assert!(v().nip("7251832918").is_err());
    }
}
