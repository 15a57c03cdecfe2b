//! `lejek inbox`: the current user's notifications (X1).

use super::context::Context;
use crate::i18n::trf;
use crate::render::history::{describe, entity_label, when};
use crate::render::{Format, json, table};
use crate::service::{Command, Result};

pub fn run(ctx: &Context, all: bool, mark_read: bool, format: Format) -> Result<i32> {
    let items = ctx.svc.inbox(&ctx.user, !all)?;
    let l = ctx.lang;
    let rows: Vec<serde_json::Value> = items
        .iter()
        .map(|(n, ev)| {
            serde_json::json!({
                "seq": n.seq,
                "read": n.read,
                "at": ev.at.to_rfc3339(),
                "actor": ev.actor,
                "entity": ev.entity.kind.as_str(),
                "entity_id": ev.entity.id,
                "record": entity_label(&ctx.svc, ev.entity, l),
                "text": describe(&ctx.svc, ev, l),
            })
        })
        .collect();
    match format {
        Format::Json => println!("{}", json(&rows)),
        Format::Csv | Format::Table => {
            let data: Vec<Vec<String>> = items
                .iter()
                .map(|(n, ev)| {
                    vec![
                        if n.read { String::new() } else { "*".into() },
                        when(ev, l),
                        ev.actor.clone(),
                        entity_label(&ctx.svc, ev.entity, l),
                        describe(&ctx.svc, ev, l),
                    ]
                })
                .collect();
            if format == Format::Csv {
                print!(
                    "{}",
                    table::csv(&["unread", "at", "actor", "record", "text"], &data)
                );
            } else {
                let headers: Vec<String> = ["", "col.when", "col.actor", "col.record", "col.what"]
                    .iter()
                    .map(|k| {
                        if k.is_empty() {
                            String::new()
                        } else {
                            crate::i18n::tr(l, k).to_owned()
                        }
                    })
                    .collect();
                println!("{}", table::table(&headers, &data));
                let unread = items.iter().filter(|(n, _)| !n.read).count();
                println!("{}", trf(l, "inbox.unread", &[&unread]));
            }
        }
    }
    if mark_read && !items.is_empty() {
        let seqs = items.iter().map(|(n, _)| n.seq).collect();
        ctx.apply(Command::MarkRead { seqs })?;
    }
    Ok(0)
}
