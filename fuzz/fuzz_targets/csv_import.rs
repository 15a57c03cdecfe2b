//! Fuzz target: a file to import, bytes to rows, as `lejek import` reads it (the steps of
//! `transfer::import::table::read` on bytes instead of a path): encoding detection (or a
//! forced encoding), JSON or CSV, delimiter detection (or a forced one), then the header
//! mapping for contacts and for deals and every field of every row through the same value
//! parsers an import uses.
#![no_main]

use chrono::NaiveDate;
use lejek::i18n::Lang;
use lejek::transfer::import::csv_read;
use lejek::transfer::import::mapping::{Field, Mapping, Target};
use lejek::transfer::import::table::{Section, Table, from_csv, from_json};
use lejek::transfer::import::values::Values;
use libfuzzer_sys::fuzz_target;

const FIELDS: [Field; 33] = [
    Field::Id,
    Field::Kind,
    Field::Name,
    Field::CompanyId,
    Field::Company,
    Field::Email,
    Field::Phone,
    Field::City,
    Field::Address,
    Field::Nip,
    Field::Status,
    Field::Source,
    Field::EndReason,
    Field::Ended,
    Field::Tags,
    Field::Roles,
    Field::Created,
    Field::CreatedBy,
    Field::Title,
    Field::ContactId,
    Field::Contact,
    Field::Owner,
    Field::Stage,
    Field::StageKind,
    Field::Value,
    Field::Currency,
    Field::NextActivity,
    Field::CampaignId,
    Field::Campaign,
    Field::LossReason,
    Field::Offer,
    Field::Description,
    Field::Closed,
];

/// Read as `table::read` does once it has the bytes.
fn read(
    bytes: &[u8],
    encoding: Option<&'static encoding_rs::Encoding>,
    delimiter: Option<u8>,
    section: Section,
) -> Option<Table> {
    let (text, _) = csv_read::decode(bytes, encoding).ok()?;
    let start = text.trim_start();
    if start.is_empty() {
        return None;
    }
    if delimiter.is_none() && (start.starts_with('[') || start.starts_with('{')) {
        let value: serde_json::Value = serde_json::from_str(start).ok()?;
        return from_json(value, section).ok();
    }
    from_csv(&text, delimiter).ok()
}

fn rows(table: &Table, target: Target, v: &Values) {
    let Ok(map) = Mapping::new(target, &table.headers, &[]) else {
        return;
    };
    for row in &table.rows {
        for f in FIELDS {
            let cell = map.get(row, f);
            let _ = f.json_name(target);
            let Some(s) = cell else { continue };
            let _ = match f {
                Field::Email => v.email(cell).map(|_| ()),
                Field::Phone => v.phone(cell).map(|_| ()),
                Field::Nip => v.nip(s).map(|_| ()),
                Field::Kind => v.kind(cell).map(|_| ()),
                Field::Tags => v.tags(cell).map(|_| ()),
                Field::Roles => Ok(drop(Values::names(cell))),
                Field::Value => v.money(s, map.get(row, Field::Currency)).map(|_| ()),
                Field::NextActivity | Field::Ended => v.date(s).map(|_| ()),
                Field::Created | Field::Closed => v.time(s).map(|_| ()),
                Field::Description | Field::Offer | Field::Address => {
                    v.text("description", cell).map(|_| ())
                }
                Field::Name | Field::Title => v.required("name", cell).map(|_| ()),
                _ => v.line("city", cell).map(|_| ()),
            };
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&opts, bytes)) = data.split_first() else {
        return;
    };
    // Low bits: the encoding (`--encoding`), next: the delimiter (`--delimiter`).
    let encoding = match opts & 3 {
        1 => csv_read::encoding_named("utf-8").ok(),
        2 => csv_read::encoding_named("cp1250").ok(),
        3 => csv_read::encoding_named("latin2").ok(),
        _ => None,
    };
    let delimiter = match (opts >> 2) & 3 {
        1 => csv_read::delimiter_named(";"),
        2 => csv_read::delimiter_named("tab"),
        3 => csv_read::delimiter_named(","),
        _ => None,
    };
    let lang = if opts & 0x10 == 0 { Lang::Pl } else { Lang::En };
    let v = Values {
        lang,
        today: NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date"),
    };
    if let Some(t) = read(bytes, encoding, delimiter, Section::Contacts) {
        rows(&t, Target::Contacts, &v);
    }
    if let Some(t) = read(bytes, encoding, delimiter, Section::Deals) {
        rows(&t, Target::Deals, &v);
    }
});
