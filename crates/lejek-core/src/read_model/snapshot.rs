//! The reports' read model kept between runs: `<db>/cache/reports.bin` holds a [`Dataset`]
//! with everything loaded and the last event it has seen. A report run reads it, reads only
//! the events written since (and the records they name), and saves it back; so a report on
//! 300,000 deals does not scan every deal and event on each run.
//!
//! Why a file and not more sled trees: the bottleneck is sled itself (a fresh process
//! materialises every page of a tree it scans; the events tree alone is ~1.2 M records for
//! 300,000 deals), so the cache must be a plain sequential read.
//!
//! The file is in sections (deals, their history, contacts, tasks and comments), so a
//! report on a current cache decodes only the sections it needs.
//!
//! Safety: the file is derived data. It is used only when the event at its last seq still
//! hashes the same (append-only history; a database restored from a backup or replaced
//! does not match) and its layout and record version are this build's; otherwise the
//! dataset is read from the store and the file rewritten. It is written to a temporary file
//! and renamed, so a crash leaves the old file or the new, never half of one; any error
//! reading or writing it falls back to the store. `LEJEK_REPORT_CACHE=off` bypasses it.

use std::io::Write;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Source;
use super::dataset::{Dataset, Need, last_event};
use crate::error::Result;

const MAGIC: &[u8; 8] = b"LEJEKRPT";
/// The layout of the file; bump it when a section or a row type changes.
const LAYOUT: u32 = 5;

/// The first section: what the cache is of, and the tables rows refer to.
#[derive(Serialize, Deserialize)]
struct Header {
    record_version: u8,
    last_seq: u64,
    last_hash: Vec<u8>,
    logins: Vec<String>,
    currencies: Vec<String>,
    tags: Vec<String>,
    tag_folds: Vec<String>,
}

/// Whether the cache is in use (`LEJEK_REPORT_CACHE=off|0|no` turns it off).
pub fn enabled() -> bool {
    !matches!(
        std::env::var("LEJEK_REPORT_CACHE")
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
            .as_str(),
        "off" | "0" | "no" | "false"
    )
}

/// Where the cache of this database lives.
pub fn path(svc: &dyn Source) -> PathBuf {
    svc.dir().join("cache").join("reports.bin")
}

/// What `need` asks for, current: from the cache when it is current (only the sections
/// needed), else the whole cache brought up to date (or, without a usable cache, everything
/// read from the store) and saved.
pub fn load(svc: &dyn Source, need: Need) -> Result<Dataset> {
    if !enabled() {
        return Dataset::load(svc, need);
    }
    let bytes = std::fs::read(path(svc)).unwrap_or_default();
    let file = parse(&bytes);
    let (seq, hash) = last_event(svc)?;
    if let Some(f) = &file
        && f.header.last_seq == seq
        && f.header.last_hash == hash
        && let Some(mut d) = f.dataset(need)
    {
        d.refresh(svc)?;
        return Ok(d);
    }
    let (data, changed) = match file.and_then(|f| f.dataset(Need::all())) {
        Some(mut d) => {
            let changed = d.refresh(svc)?;
            (d, changed)
        }
        None => (Dataset::load(svc, Need::all())?, true),
    };
    if changed {
        // A cache that cannot be written (read-only directory, full disk) only costs speed.
        let _ = write(svc, &data);
    }
    Ok(data)
}

/// Whether the saved copy (if there is one) brought up to date holds what the store read
/// afresh holds: every deal, contact and history step, compared by value (logins, tags and
/// currencies are numbered in the order each copy met them) (`lejek check`, issue 17). One
/// that does not is removed, so the next start builds it again from the store.
pub fn matches_store(svc: &dyn Source) -> Result<bool> {
    let bytes = match std::fs::read(path(svc)) {
        Ok(b) => b,
        Err(_) => return Ok(true),
    };
    let saved = parse(&bytes).and_then(|f| f.dataset(Need::all()));
    let same = match saved {
        None => false,
        Some(mut saved) => {
            // Both have their history grouped: `refresh` and `load` group it.
            saved.refresh(svc)?;
            let fresh = Dataset::load(svc, Need::all())?;
            same_data(&saved, &fresh)
        }
    };
    if !same {
        let _ = std::fs::remove_file(path(svc));
    }
    Ok(same)
}

/// Two datasets hold the same deals, contacts and history.
fn same_data(a: &Dataset, b: &Dataset) -> bool {
    fn cur(d: &Dataset, v: super::dataset::Value) -> Option<(Option<&str>, i64)> {
        v.map(|(c, minor)| (d.currencies.get(c as usize).map(String::as_str), minor))
    }
    fn deal(d: &Dataset, i: usize) -> impl PartialEq + '_ {
        let r = &d.deals[i];
        let steps: Vec<_> = d
            .history
            .of(i)
            .iter()
            .map(|(at, s)| match s {
                super::dataset::Step::Stage(to) => (*at, 0, Some(*to), None),
                super::dataset::Step::Value(v) => (*at, 1, None, cur(d, *v)),
                super::dataset::Step::LossReason(r) => (*at, 2, *r, None),
            })
            .collect();
        (
            (r.id, r.contact_id, d.login_of(r.owner), r.stage, r.source),
            (cur(d, r.value), d.folded_tags(&r.tags), r.loss_reason),
            (r.created, r.closed, &r.title, &r.offer, r.campaign_id),
            (r.next_activity, r.last_activity, steps),
        )
    }
    fn contact(d: &Dataset, i: usize) -> impl PartialEq + '_ {
        let c = &d.contacts[i];
        (
            (
                c.id,
                c.kind,
                &c.name,
                c.created,
                c.source,
                c.end_reason,
                c.ended,
            ),
            (
                d.folded_tags(&c.tags),
                &c.roles,
                c.creator.map(|l| d.login_of(l)),
            ),
            (c.company_id, &c.email, &c.phone, &c.city, &c.nip, c.status),
        )
    }
    a.deals.len() == b.deals.len()
        && a.contacts.len() == b.contacts.len()
        && (0..a.deals.len()).all(|i| deal(a, i) == deal(b, i))
        && (0..a.contacts.len()).all(|i| contact(a, i) == contact(b, i))
}

/// The sections of a cache file, not yet decoded (except the header).
struct File<'a> {
    header: Header,
    sections: [&'a [u8]; 4],
}

const DEALS: usize = 0;
const STEPS: usize = 1;
const CONTACTS: usize = 2;
const ACTIVITY: usize = 3;

fn parse(bytes: &[u8]) -> Option<File<'_>> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let (layout, mut rest) = rest.split_first_chunk::<4>()?;
    if u32::from_le_bytes(*layout) != LAYOUT {
        return None;
    }
    let mut next = || -> Option<&[u8]> {
        let (len, tail) = rest.split_first_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        if tail.len() < len {
            return None;
        }
        let (section, tail) = tail.split_at(len);
        rest = tail;
        Some(section)
    };
    let header: Header = unpack(next()?)?;
    let sections = [next()?, next()?, next()?, next()?];
    if header.record_version != crate::store::read::RECORD_VERSION {
        return None;
    }
    Some(File { header, sections })
}

/// A section of the cache file (plain bincode, no record envelope).
fn unpack<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let (v, used) = bincode::serde::decode_from_slice(bytes, bincode::config::standard()).ok()?;
    (used == bytes.len()).then_some(v)
}

impl File<'_> {
    /// The parts `need` asks for.
    fn dataset(&self, need: Need) -> Option<Dataset> {
        let mut d = Dataset::default();
        d.need = need;
        d.logins = self.header.logins.clone();
        d.currencies = self.header.currencies.clone();
        d.tags = self.header.tags.clone();
        d.tag_folds = self.header.tag_folds.clone();
        d.last_seq = self.header.last_seq;
        d.last_hash = self.header.last_hash.clone();
        if need.deals || need.history {
            d.deals = unpack(self.sections[DEALS])?;
        }
        if need.history {
            d.history = unpack(self.sections[STEPS])?;
        }
        if need.contacts || need.creators {
            d.contacts = unpack(self.sections[CONTACTS])?;
        }
        if need.activity {
            (d.tasks, d.comments) = unpack(self.sections[ACTIVITY])?;
        }
        d.rebuild();
        Some(d)
    }
}

pub(crate) fn write(svc: &dyn Source, d: &Dataset) -> std::io::Result<()> {
    let header = Header {
        record_version: crate::store::read::RECORD_VERSION,
        last_seq: d.last_seq,
        last_hash: d.last_hash.clone(),
        logins: d.logins.clone(),
        currencies: d.currencies.clone(),
        tags: d.tags.clone(),
        tag_folds: d.tag_folds.clone(),
    };
    let encode = |v: &dyn erased::Encode| v.encode();
    let sections = [
        encode(&header)?,
        encode(&d.deals)?,
        encode(&d.history)?,
        encode(&d.contacts)?,
        encode(&(&d.tasks, &d.comments))?,
    ];
    // Reports may be computed on several threads at once (the TUI computes off the UI
    // thread): one writer at a time, each with its own temporary file.
    static WRITING: std::sync::Mutex<u64> = std::sync::Mutex::new(0);
    let mut n = WRITING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    *n += 1;
    let path = path(svc);
    let dir = path.parent().unwrap_or(svc.dir());
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!("reports.bin.{}-{}.tmp", std::process::id(), *n));
    let written = (|| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        f.write_all(MAGIC)?;
        f.write_all(&LAYOUT.to_le_bytes())?;
        for s in &sections {
            f.write_all(&(s.len() as u64).to_le_bytes())?;
            f.write_all(s)?;
        }
        f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, &path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Encoding values of different types through one closure.
mod erased {
    pub trait Encode {
        fn encode(&self) -> std::io::Result<Vec<u8>>;
    }

    impl<T: serde::Serialize> Encode for T {
        fn encode(&self) -> std::io::Result<Vec<u8>> {
            bincode::serde::encode_to_vec(self, bincode::config::standard())
                .map_err(std::io::Error::other)
        }
    }
}
