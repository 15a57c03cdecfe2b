//! Fuzz target: the filter language (`--filter`, the TUI's `/`, report and batch filters)
//! parsed against each record schema, with dictionaries to resolve against; an error must
//! render in both languages with a column inside the input.
#![no_main]

use chrono::NaiveDate;
use lejek::filter::{Ctx, Schema, parse};
use lejek::i18n::Lang;
use lejek::service::views::{CAMPAIGN_SCHEMA, CONTACT_SCHEMA, DEAL_SCHEMA, TASK_SCHEMA};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(input) = std::str::from_utf8(rest) else {
        return;
    };
    let schema: &Schema = match which % 4 {
        0 => &DEAL_SCHEMA,
        1 => &CONTACT_SCHEMA,
        2 => &CAMPAIGN_SCHEMA,
        _ => &TASK_SCHEMA,
    };
    let mut ctx = Ctx::new(
        NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date"),
        "anna",
    );
    for (field, values) in [
        ("stage", &["Nowy", "Negocjacje", "Oferta", "Wygrany"][..]),
        ("source", &["www", "polecenie"][..]),
        ("reason", &["cena", "termin"][..]),
    ] {
        ctx.dicts
            .insert(field, values.iter().map(|v| (*v).to_owned()).collect());
    }
    match parse(input, schema, &ctx) {
        Ok(f) => {
            for name in schema.names() {
                let _ = f.reads(name);
            }
            let _ = f.is_empty();
        }
        Err(e) => {
            let _ = e.message(Lang::En);
            let _ = e.message(Lang::Pl);
            let _ = e.to_string();
            // A 1-based column in characters: at most one past the end.
            assert!(
                e.col >= 1 && e.col <= input.chars().count() + 1,
                "column {} outside an input of {} characters",
                e.col,
                input.chars().count()
            );
        }
    }
});
