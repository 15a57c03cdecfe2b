//! Fuzz target: date input (`parse_date`, `parse_date_range`, relative to a fixed today)
//! and money input (`parse_money`), the parsers behind `--next`, `--value`, `--as-of`,
//! report periods and imported cells. An accepted date prints and reads back as itself.
#![no_main]

use chrono::NaiveDate;
use lejek::i18n::Lang;
use lejek::model::date_input::{parse_date, parse_date_range};
use lejek::model::money::{format_money, parse_money};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date");
    match parse_date(input, today) {
        Ok(d) => {
            let iso = d.format("%Y-%m-%d").to_string();
            let back = parse_date(&iso, today);
            assert!(
                matches!(back, Ok(b) if b == d),
                "{input:?} -> {d} -> {iso:?} -> {back:?}"
            );
        }
        Err(e) => {
            let _ = e.message(Lang::Pl);
            let _ = e.message(Lang::En);
        }
    }
    match parse_date_range(input, today) {
        Ok((from, to)) => assert!(from <= to, "{input:?} -> {from}..{to}"),
        Err(e) => {
            let _ = e.message(Lang::En);
        }
    }
    for default in ["PLN", "EUR"] {
        match parse_money(input, default) {
            Ok(m) => {
                let _ = format_money(&m, Lang::Pl);
                let _ = format_money(&m, Lang::En);
            }
            Err(e) => {
                let _ = e.message(Lang::Pl);
            }
        }
    }
});
