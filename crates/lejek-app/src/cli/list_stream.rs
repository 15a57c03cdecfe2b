//! What every `lejek X list` does ([`run`]): the query from `--filter`, `--sort`,
//! `--offset`, `--limit`; `--count` prints the total only; a table prints the window with
//! the total in its footer.
//!
//! Long lists as JSON or CSV are fetched and printed a chunk at a time (issue 17): the ids of
//! the whole window come from the server's read model in one answer, then the records
//! 1,000 at a time, each chunk printed before the next is asked for. A list of 3 million
//! deals is then never one response, nor one document, in memory. The bytes are those of
//! the whole list printed at once (a JSON array written element by element).

use std::io::Write;

use serde::ser::{SerializeSeq, Serializer};

use super::args::ListArgs;
use super::context::Context;
use super::show::print_list;
use crate::model::Id;
use crate::render::Format;
use crate::render::columns::{Column, render_rows};
use crate::service::query::{FilterOf, ListQuery, Page};
use crate::service::{Error, Result};

/// Lists whose window may hold more rows than this are streamed (JSON and CSV).
pub const STREAM_ABOVE: usize = 2_000;

/// Records asked for in one request.
const CHUNK: usize = 1_000;

/// `lejek X list` for list `of`: `page` answers a window with its total; `views`, when the
/// list can be long, gives the records of some ids (JSON and CSV are then streamed).
pub fn run<V: serde::Serialize>(
    ctx: &Context,
    a: ListArgs,
    of: FilterOf,
    cols: &[Column<V>],
    page: impl FnOnce(&ListQuery) -> Result<Page<V>>,
    views: Option<&mut dyn FnMut(Vec<Id>) -> Result<Vec<V>>>,
) -> Result<i32> {
    if !a.columns.is_empty() && matches!(of, FilterOf::Campaign | FilterOf::Task) {
        return Err(crate::service::invalid("fields.err.column_list", &[]));
    }
    let query = ListQuery {
        filter: ctx.list_filter(of, &a.filter)?,
        sort: a.sort,
        me: ctx.user.clone(),
        // Counting builds no rows.
        limit: if a.count { Some(0) } else { a.limit },
        offset: a.offset,
    };
    if let Some(views) = views
        && !a.count
        && wanted(a.format, a.limit)
    {
        print(ctx, of, &query, cols, a.format, views)?;
        return Ok(0);
    }
    let page = page(&query)?;
    if a.count {
        println!("{}", page.total);
        return Ok(0);
    }
    print_list(ctx, cols, &page.rows, page.total, a.format);
    Ok(0)
}

/// Whether a list asking for `limit` rows in `format` goes through [`print`].
pub fn wanted(format: Format, limit: Option<usize>) -> bool {
    format != Format::Table && limit.is_none_or(|l| l > STREAM_ABOVE)
}

/// Print the window `q` asks for of list `of`: its ids first, then the records a chunk at
/// a time through `views`.
pub fn print<V: serde::Serialize>(
    ctx: &Context,
    of: FilterOf,
    q: &ListQuery,
    cols: &[Column<V>],
    format: Format,
    views: &mut dyn FnMut(Vec<Id>) -> Result<Vec<V>>,
) -> Result<()> {
    let all = ListQuery {
        offset: 0,
        limit: None,
        ..q.clone()
    };
    let ids = ctx.svc.ids(of, &all)?;
    let end = q
        .offset
        .saturating_add(q.limit.unwrap_or(usize::MAX))
        .min(ids.len());
    let ids = ids.get(q.offset.min(end)..end).unwrap_or_default();
    let mut out = crate::render::terminal::stdout_writer();
    let io = |e: std::io::Error| Error::Io {
        path: "-".into(),
        source: e,
    };
    match format {
        Format::Csv => {
            for (i, chunk) in ids.chunks(CHUNK).enumerate() {
                let text = render_rows(cols, &views(chunk.to_vec())?, ctx.lang, true);
                // The header once, on the first chunk.
                let text = if i == 0 {
                    text.as_str()
                } else {
                    text.split_once('\n').map_or("", |(_, rows)| rows)
                };
                out.write_all(text.as_bytes()).map_err(io)?;
            }
            if ids.is_empty() {
                let header = render_rows(cols, &[], ctx.lang, true);
                out.write_all(header.as_bytes()).map_err(io)?;
            }
        }
        _ => {
            let mut ser = serde_json::Serializer::pretty(&mut out);
            let json = |e: serde_json::Error| io(e.into());
            let mut seq = ser.serialize_seq(None).map_err(json)?;
            for chunk in ids.chunks(CHUNK) {
                for v in views(chunk.to_vec())? {
                    seq.serialize_element(&v).map_err(json)?;
                }
            }
            SerializeSeq::end(seq).map_err(json)?;
            writeln!(out).map_err(io)?;
        }
    }
    out.flush().map_err(io)
}
