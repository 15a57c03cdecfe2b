//! Dates as people read them: ISO in English, `dd.mm.yyyy` in Polish (X4).

use chrono::NaiveDate;

use crate::i18n::Lang;

/// `2026-11-28` in English, `28.11.2026` in Polish. Both parse back with
/// [`parse_date`](crate::model::date_input::parse_date).
pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Pl => d.format("%d.%m.%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date");
        assert_eq!(format_date(d, Lang::En), "2026-11-28");
        assert_eq!(format_date(d, Lang::Pl), "28.11.2026");
        let d = NaiveDate::from_ymd_opt(2026, 1, 5).expect("valid date");
        assert_eq!(format_date(d, Lang::Pl), "05.01.2026");
    }
}
