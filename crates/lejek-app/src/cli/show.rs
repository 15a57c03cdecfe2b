//! Shared printing for lists and the history timeline.

use super::context::Context;
use crate::i18n::{Lang, tr};
use crate::model::Event;
use crate::render::columns::{Column, render_rows, time};
use crate::render::history::{describe, when};
use crate::render::{Format, safe};

pub fn print_list<V: serde::Serialize>(
    ctx: &Context,
    cols: &[Column<V>],
    rows: &[V],
    total: usize,
    format: Format,
) {
    match format {
        // Written as it is made: a list of a hundred thousand deals is tens of megabytes of
        // JSON, which need not sit in memory as one string first.
        Format::Json => {
            use std::io::Write;
            let mut out = crate::render::terminal::stdout_writer();
            let written = serde_json::to_writer_pretty(&mut out, rows)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .and_then(|()| out.flush());
            if let Err(e) = written {
                tracing::warn!(error = %e, "writing the list");
            }
        }
        Format::Csv => print!("{}", render_rows(cols, rows, ctx.lang, true)),
        Format::Table => {
            println!("{}", render_rows(cols, rows, ctx.lang, false));
            // The footer tells how many match, even when the window shows fewer.
            let footer = if total == rows.len() {
                crate::i18n::trf(ctx.lang, "list.count", &[&total])
            } else {
                crate::i18n::trf(ctx.lang, "list.count_window", &[&total, &rows.len()])
            };
            println!("{footer}");
        }
    }
}

/// The timeline, oldest first: when, who, what.
pub fn print_history(ctx: &Context, events: &[Event]) {
    println!("\n{}", tr(ctx.lang, "show.history"));
    for ev in events {
        println!(
            "  {}  {:<10} {}",
            when(ev, ctx.lang),
            safe(&ev.actor),
            safe(&describe(&ctx.svc, ev, ctx.lang))
        );
    }
}

pub fn history_json(ctx: &Context, events: &[Event]) -> serde_json::Value {
    serde_json::Value::Array(
        events
            .iter()
            .map(|ev| {
                serde_json::json!({
                    "seq": ev.seq,
                    "at": ev.at.to_rfc3339(),
                    "actor": ev.actor,
                    "text": describe(&ctx.svc, ev, ctx.lang),
                    "change": ev.change,
                })
            })
            .collect(),
    )
}

/// A card's notes or discussion (D7, D8): under the heading `key`, one line per entry with
/// its time, author and text, as `deal show` and `campaign show` print them; nothing when
/// there are none.
pub fn print_entries<'a>(
    l: Lang,
    key: &'static str,
    entries: impl IntoIterator<Item = (chrono::DateTime<chrono::Utc>, &'a str, &'a str)>,
) {
    let mut entries = entries.into_iter().peekable();
    if entries.peek().is_none() {
        return;
    }
    println!("\n{}", tr(l, key));
    for (created, author, text) in entries {
        println!("  {} {}: {}", time(created, l), safe(author), safe(text));
    }
}
