//! Dates as people read them: ISO in English, `dd.mm.yyyy` in Polish (X4), unless the config
//! file's `date_format` asks for one of them in both languages (issue 9).

use std::sync::atomic::{AtomicU8, Ordering};

use chrono::NaiveDate;

use crate::i18n::Lang;

/// How dates print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DateStyle {
    /// By language: ISO in English, `dd.mm.yyyy` in Polish.
    #[default]
    Auto,
    /// `2026-11-28` whatever the language.
    Iso,
    /// `28.11.2026` whatever the language.
    Pl,
}

impl DateStyle {
    /// Every style with its name in the config file.
    pub const ALL: [(DateStyle, &'static str); 3] = [
        (DateStyle::Auto, "auto"),
        (DateStyle::Iso, "iso"),
        (DateStyle::Pl, "pl"),
    ];

    pub fn name(self) -> &'static str {
        DateStyle::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map(|(_, n)| *n)
            .unwrap_or("auto")
    }

    pub fn parse(s: &str) -> Option<DateStyle> {
        let s = s.trim().to_ascii_lowercase();
        DateStyle::ALL
            .iter()
            .find(|(_, n)| *n == s)
            .map(|(style, _)| *style)
    }
}

/// The style of this process. A process-wide setting like the locale: dates are formatted in
/// dozens of places (tables, cards, history, the TUI) that know the language but have no
/// other context, and the style is chosen once at start-up from the config file.
static STYLE: AtomicU8 = AtomicU8::new(0);

/// Set the style every later `format_date` uses (the CLI does it once, at start-up).
pub fn set_style(style: DateStyle) {
    let n = match style {
        DateStyle::Auto => 0,
        DateStyle::Iso => 1,
        DateStyle::Pl => 2,
    };
    STYLE.store(n, Ordering::Relaxed);
}

fn style() -> DateStyle {
    match STYLE.load(Ordering::Relaxed) {
        1 => DateStyle::Iso,
        2 => DateStyle::Pl,
        _ => DateStyle::Auto,
    }
}

/// `2026-11-28` in English, `28.11.2026` in Polish, or either in both when the process's
/// style says so. Both parse back with [`parse_date`](crate::model::date_input::parse_date).
pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    format_date_as(d, lang, style())
}

/// `format_date` with an explicit style.
pub fn format_date_as(d: NaiveDate, lang: Lang, style: DateStyle) -> String {
    let iso = match style {
        DateStyle::Auto => lang == Lang::En,
        DateStyle::Iso => true,
        DateStyle::Pl => false,
    };
    if iso {
        d.format("%Y-%m-%d").to_string()
    } else {
        d.format("%d.%m.%Y").to_string()
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

    #[test]
    fn a_style_wins_over_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date");
        assert_eq!(format_date_as(d, Lang::Pl, DateStyle::Iso), "2026-11-28");
        assert_eq!(format_date_as(d, Lang::En, DateStyle::Pl), "28.11.2026");
        assert_eq!(format_date_as(d, Lang::En, DateStyle::Auto), "2026-11-28");
        for (style, name) in DateStyle::ALL {
            assert_eq!(DateStyle::parse(name), Some(style));
            assert_eq!(style.name(), name);
        }
        assert_eq!(DateStyle::parse("us"), None);
    }
}
