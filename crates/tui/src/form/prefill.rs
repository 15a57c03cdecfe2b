//! How a stored value is written into an edit form's field: as the user's language writes it
//! (`16 500,00` and `12.12.2026` in Polish, `16,500.00` and `2026-12-12` in English, as the
//! lists and cards show them), and in a form the field's validator reads back to the same
//! value, so opening an edit form and saving it unchanged changes nothing (issue 18 item 3).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::i18n::Lang;
use crate::model::Money;
use crate::model::date_format::format_date;
use crate::model::money::format_money;

/// An amount for a money field: grouped digits and two decimals in the language's marks;
/// the currency is written only when it is not the one typed amounts default to.
pub fn money_text(m: &Money, lang: Lang) -> String {
    if m.currency != super::validate::default_currency() {
        // `1 234,56 EUR` / `EUR 1,234.56`: both parse back with their currency.
        return format_money(m, lang);
    }
    let abs = m.minor.unsigned_abs();
    let (int, frac) = (abs / 100, abs % 100);
    let sign = if m.minor < 0 { "-" } else { "" };
    let (group, decimal) = match lang {
        Lang::Pl => (' ', ','),
        Lang::En => (',', '.'),
    };
    let digits = int.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(d);
    }
    format!("{sign}{grouped}{decimal}{frac:02}")
}

/// A day for a date field, as the lists show dates.
pub fn date_text(d: NaiveDate, lang: Lang) -> String {
    format_date(d, lang)
}

/// A day and time for a date-and-time field; midnight is a day without an hour, as it was
/// typed.
pub fn date_time_text(at: NaiveDateTime, lang: Lang) -> String {
    match at.time() {
        NaiveTime::MIN => date_text(at.date(), lang),
        t => format!("{} {}", date_text(at.date(), lang), t.format("%H:%M")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::validate::parse_date_time;
    use crate::model::date_input::parse_date;
    use crate::model::money::parse_money;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 12).expect("valid date")
    }

    #[test]
    fn money_as_each_language_writes_it_and_back() {
        let m = Money::new(1_650_000, "PLN");
        assert_eq!(money_text(&m, Lang::Pl), "16 500,00");
        assert_eq!(money_text(&m, Lang::En), "16,500.00");
        let small = Money::new(-5, "PLN");
        assert_eq!(money_text(&small, Lang::Pl), "-0,05");
        let big = Money::new(12_345_678_901, "PLN");
        assert_eq!(money_text(&big, Lang::Pl), "123 456 789,01");
        let eur = Money::new(120_000, "EUR");
        assert_eq!(money_text(&eur, Lang::Pl), "1 200,00 EUR");
        for m in [m, small, big, eur] {
            for lang in [Lang::Pl, Lang::En] {
                let back = parse_money(&money_text(&m, lang), "PLN");
                assert_eq!(back.as_ref(), Ok(&m), "{lang:?}");
            }
        }
    }

    #[test]
    fn dates_as_each_language_writes_them_and_back() {
        assert_eq!(date_text(day(), Lang::Pl), "12.12.2026");
        assert_eq!(date_text(day(), Lang::En), "2026-12-12");
        let at = day().and_hms_opt(9, 5, 0).expect("valid time");
        assert_eq!(date_time_text(at, Lang::Pl), "12.12.2026 09:05");
        let midnight = day().and_time(NaiveTime::MIN);
        assert_eq!(date_time_text(midnight, Lang::Pl), "12.12.2026");
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date");
        for lang in [Lang::Pl, Lang::En] {
            assert_eq!(parse_date(&date_text(day(), lang), today), Ok(day()));
            let back = parse_date_time(&date_time_text(at, lang), today);
            assert_eq!(back, Ok((day(), Some(at.time()))));
        }
    }
}
