//! `lejek export` written while it is read (issue 17): the ids of what is exported come
//! from the server's read model in one answer, then the records and their journals 500 at a
//! time, each written out before the next are asked for. A JSON array or document is
//! written element by element (`serde_json`'s sequence serializer), so its bytes are those
//! of the whole document serialized at once; CSV writes its header once. Memory is one
//! chunk plus the notes, comments and files met (which `all` writes after the records),
//! whatever the database's size.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{Error as _, SerializeSeq, SerializeStruct, Serializer};

use super::export::{
    CAMPAIGN_COLUMNS, CONTACT_COLUMNS, Col, CsvOptions, DEAL_COLUMNS, Extras, TASK_COLUMNS, What,
    campaigns, creator, csv_rows, csv_writer, deal_moves, dictionaries, journals_of, tasks,
    templates, users,
};
use super::schema::{ContactOut, DealOut, FORMAT, VERSION};
use crate::backend::Backend;
use crate::model::{EntityKind, FieldOn, Id};
use crate::service::query::{FilterOf, ListQuery};
use crate::service::{Error, Result};

/// Records asked for in one request.
const CHUNK: usize = 500;

/// Why an export stopped: reading (the database) or writing (the file or pipe).
#[derive(Debug)]
pub enum StreamError {
    Read(Error),
    Write(io::Error),
}

impl From<io::Error> for StreamError {
    fn from(e: io::Error) -> StreamError {
        StreamError::Write(e)
    }
}

impl From<Error> for StreamError {
    fn from(e: Error) -> StreamError {
        StreamError::Read(e)
    }
}

/// Export `what` (narrowed by `filter`, as `me`) into `w` as CSV or JSON; JSON carries
/// what only journals hold (deal history, who created a contact). Returns the records
/// written (for `all`, of every section).
pub fn write(
    b: &Backend,
    what: What,
    filter: &str,
    me: &str,
    csv: Option<CsvOptions>,
    w: &mut dyn Write,
) -> std::result::Result<usize, StreamError> {
    let q = ListQuery {
        filter: filter.to_owned(),
        me: me.to_owned(),
        ..ListQuery::default()
    };
    let journals = csv.is_none();
    let extras = RefCell::new(Extras::default());
    let (records, failed) = match what {
        What::All => return all(b, me, w),
        What::Contacts => {
            let ids = ids(b, FilterOf::Contact, &q)?;
            let next = chunked(ids, |c| contact_outs(b, c, journals, &extras));
            let cols = with_custom(b, CONTACT_COLUMNS, FieldOn::Contact)?;
            records(w, csv, &cols, next)?
        }
        What::Deals => {
            let ids = ids(b, FilterOf::Deal, &q)?;
            let names = b.dict_entries()?;
            let names: HashMap<u64, &str> = names.iter().map(|e| (e.id, e.name.as_str())).collect();
            let next = chunked(ids, |c| deal_outs(b, c, journals, &names, &extras));
            let cols = with_custom(b, DEAL_COLUMNS, FieldOn::Deal)?;
            records(w, csv, &cols, next)?
        }
        // Campaigns are few, and tasks are read as one list (no journal).
        What::Campaigns => {
            let all = campaigns(b, &q, false, &mut Extras::default())?;
            records(w, csv, CAMPAIGN_COLUMNS, once(all))?
        }
        What::Tasks => records(w, csv, TASK_COLUMNS, once(tasks(b, &q)?))?,
    };
    match failed {
        Some(e) => Err(StreamError::Read(e)),
        None => Ok(records),
    }
}

/// `cols` and a column per custom field of `on` (issue 20), retired ones too: an export
/// keeps every value. Names are interned, as a filter's are; the cells come from the
/// record's `fields` (`csv_rows`).
fn with_custom(b: &Backend, cols: &[Col], on: FieldOn) -> Result<Vec<Col>> {
    let mut out = cols.to_vec();
    for d in b.field_defs()?.iter().filter(|d| d.on == on) {
        out.push((
            crate::filter::intern(&d.name),
            d.kind == crate::model::FieldKind::Money,
        ));
    }
    Ok(out)
}

/// The ids of what a list's query matches, in id order.
fn ids(b: &Backend, of: FilterOf, q: &ListQuery) -> Result<Vec<Id>> {
    let mut ids = b.ids(of, q)?;
    ids.sort_unstable();
    Ok(ids)
}

/// A source of records a chunk at a time (`None` when done).
type Next<'a, T> = Box<dyn FnMut() -> Result<Option<Vec<T>>> + 'a>;

fn chunked<'a, T: 'a>(
    ids: Vec<Id>,
    mut read: impl FnMut(&[Id]) -> Result<Vec<T>> + 'a,
) -> Next<'a, T> {
    let mut at = 0;
    Box::new(move || {
        if at >= ids.len() {
            return Ok(None);
        }
        let end = (at + CHUNK).min(ids.len());
        let chunk = read(&ids[at..end])?;
        at = end;
        Ok(Some(chunk))
    })
}

fn once<'a, T: 'a>(all: Vec<T>) -> Next<'a, T> {
    let mut all = Some(all);
    Box::new(move || Ok(all.take()))
}

fn contact_outs(
    b: &Backend,
    ids: &[Id],
    journals: bool,
    extras: &RefCell<Extras>,
) -> Result<Vec<ContactOut>> {
    let mut out: Vec<ContactOut> = b
        .contact_views_of(ids.to_vec())?
        .iter()
        .map(ContactOut::from)
        .collect();
    if journals {
        let ids: Vec<Id> = out.iter().map(|c| c.id).collect();
        let all = journals_of(b, EntityKind::Contact, &ids)?;
        let mut extras = extras.borrow_mut();
        for (c, j) in out.iter_mut().zip(&all) {
            c.created_by = creator(&j.history);
            extras.take(j);
        }
    }
    Ok(out)
}

fn deal_outs(
    b: &Backend,
    ids: &[Id],
    journals: bool,
    names: &HashMap<u64, &str>,
    extras: &RefCell<Extras>,
) -> Result<Vec<DealOut>> {
    let mut out: Vec<DealOut> = b
        .deal_views_of(ids.to_vec())?
        .iter()
        .map(DealOut::from)
        .collect();
    if journals {
        let ids: Vec<Id> = out.iter().map(|d| d.id).collect();
        let all = journals_of(b, EntityKind::Deal, &ids)?;
        let mut extras = extras.borrow_mut();
        for (d, j) in out.iter_mut().zip(&all) {
            d.history = deal_moves(&j.history, names);
            extras.take(j);
        }
    }
    Ok(out)
}

/// Write the records `next` gives as a JSON array or CSV rows. Returns how many, and the
/// read error that cut the output short, if one did.
fn records<T: Serialize>(
    w: &mut dyn Write,
    csv: Option<CsvOptions>,
    cols: &[Col],
    next: Next<'_, T>,
) -> io::Result<(usize, Option<Error>)> {
    let failed = RefCell::new(None);
    let count = std::cell::Cell::new(0);
    let stream = Streamed {
        next: RefCell::new(next),
        failed: &failed,
        count: &count,
    };
    match csv {
        Some(opts) => {
            let mut out = csv_writer(w, cols, opts)?;
            let mut next = stream.next.borrow_mut();
            loop {
                match next() {
                    Ok(Some(rows)) => {
                        csv_rows(&mut out, cols, &rows, opts)?;
                        count.set(count.get() + rows.len());
                    }
                    Ok(None) => break,
                    Err(e) => {
                        *failed.borrow_mut() = Some(e);
                        break;
                    }
                }
            }
            out.flush()?;
        }
        None => {
            let written = stream.serialize(&mut serde_json::Serializer::pretty(&mut *w));
            cut_short(written, &failed)?;
            w.write_all(b"\n")?;
        }
    }
    Ok((count.get(), failed.into_inner()))
}

/// A serializer error from a read that failed is that read's error (kept in `failed`);
/// any other is a write error.
fn cut_short(
    written: std::result::Result<(), serde_json::Error>,
    failed: &RefCell<Option<Error>>,
) -> io::Result<()> {
    match written {
        Ok(()) => Ok(()),
        Err(_) if failed.borrow().is_some() => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// A JSON array filled from `next` as it is written.
struct Streamed<'a, 'n, T> {
    next: RefCell<Next<'n, T>>,
    failed: &'a RefCell<Option<Error>>,
    count: &'a std::cell::Cell<usize>,
}

impl<T: Serialize> Serialize for Streamed<'_, '_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        let mut next = self.next.borrow_mut();
        loop {
            match next() {
                Ok(Some(items)) => {
                    for item in &items {
                        seq.serialize_element(item)?;
                    }
                    self.count.set(self.count.get() + items.len());
                }
                Ok(None) => break,
                Err(e) => {
                    *self.failed.borrow_mut() = Some(e);
                    return Err(S::Error::custom("reading the database failed"));
                }
            }
        }
        seq.end()
    }
}

/// `export all`: the document of `schema::ExportAll`, field for field in its order, the
/// contacts and deals streamed.
fn all(b: &Backend, me: &str, w: &mut dyn Write) -> std::result::Result<usize, StreamError> {
    let q = ListQuery {
        me: me.to_owned(),
        ..ListQuery::default()
    };
    let extras = RefCell::new(Extras::default());
    let failed = RefCell::new(None);
    let count = std::cell::Cell::new(0);
    let users = users(b)?;
    let dictionaries = dictionaries(b)?;
    let contact_ids = ids(b, FilterOf::Contact, &q)?;
    let deal_ids = ids(b, FilterOf::Deal, &q)?;
    let entries = b.dict_entries()?;
    let names: HashMap<u64, &str> = entries.iter().map(|e| (e.id, e.name.as_str())).collect();
    let contacts = Streamed {
        next: RefCell::new(chunked(contact_ids, |c| contact_outs(b, c, true, &extras))),
        failed: &failed,
        count: &count,
    };
    let deals = Streamed {
        next: RefCell::new(chunked(deal_ids, |c| {
            deal_outs(b, c, true, &names, &extras)
        })),
        failed: &failed,
        count: &count,
    };
    let tasks = tasks(b, &q)?;
    // Campaigns are few: one list, read when their turn comes (their journals' notes and
    // files join the others).
    let mut read = false;
    let campaigns = Streamed {
        next: RefCell::new(Box::new(|| {
            if std::mem::replace(&mut read, true) {
                return Ok(None);
            }
            let mut ex = extras.borrow_mut();
            campaigns(b, &q, true, &mut ex).map(Some)
        }) as Next<'_, _>),
        failed: &failed,
        count: &count,
    };
    let templates = templates(b)?;
    let custom_fields = b.field_defs()?;
    let mut ser = serde_json::Serializer::pretty(&mut *w);
    let written = (|| {
        let mut doc = ser.serialize_struct("ExportAll", 13)?;
        doc.serialize_field("format", FORMAT)?;
        doc.serialize_field("version", &VERSION)?;
        doc.serialize_field("users", &users)?;
        doc.serialize_field("dictionaries", &dictionaries)?;
        doc.serialize_field("contacts", &contacts)?;
        doc.serialize_field("deals", &deals)?;
        doc.serialize_field("campaigns", &campaigns)?;
        doc.serialize_field("tasks", &tasks)?;
        let extras = extras.borrow();
        let notes: Vec<_> = extras.notes.values().collect();
        let comments: Vec<_> = extras.comments.values().collect();
        let files: Vec<_> = extras.files.values().collect();
        doc.serialize_field("notes", &notes)?;
        doc.serialize_field("comments", &comments)?;
        doc.serialize_field("files", &files)?;
        doc.serialize_field("templates", &templates)?;
        doc.serialize_field("custom_fields", &custom_fields)?;
        let n = users.len()
            + custom_fields.len()
            + dictionaries.len()
            + tasks.len()
            + notes.len()
            + comments.len()
            + files.len();
        count.set(count.get() + n);
        SerializeStruct::end(doc)
    })();
    cut_short(written, &failed)?;
    if let Some(e) = failed.into_inner() {
        return Err(StreamError::Read(e));
    }
    w.write_all(b"\n")?;
    Ok(count.get())
}
