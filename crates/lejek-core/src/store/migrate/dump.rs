//! The dump an upgrade goes through: every record of the old store, written to one file
//! while the old store is open, read back once it is closed. Opening a big format-3 store
//! takes most of a gigabyte of sled page table (BENCHMARKS.md), so holding it open beside
//! the new one while copying would double the memory an upgrade needs.
//!
//! Layout: records `tag u8, key length u32, key, value length u32, value` (big-endian), the
//! tag naming the tree (`Tag`), then the end tag. A dump without its end tag is cut short.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use super::super::tree::{LEGACY, T};
use super::MigrateError;

/// Which tree a dumped record came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tag {
    /// A tree format 4 keeps as it is.
    Kept(T),
    /// `events`: seq -> Event.
    OldEvents,
    /// `deals_by_contact`: (contact, deal) -> ().
    OldDealsByContact,
}

const OLD_EVENTS: u8 = 100;
const OLD_DEALS_BY_CONTACT: u8 = 101;
const END: u8 = 255;

impl Tag {
    fn code(self) -> u8 {
        match self {
            Tag::Kept(t) => t.index() as u8,
            Tag::OldEvents => OLD_EVENTS,
            Tag::OldDealsByContact => OLD_DEALS_BY_CONTACT,
        }
    }

    fn of(code: u8) -> Option<Tag> {
        match code {
            OLD_EVENTS => Some(Tag::OldEvents),
            OLD_DEALS_BY_CONTACT => Some(Tag::OldDealsByContact),
            c => T::ALL.get(usize::from(c)).map(|t| Tag::Kept(*t)),
        }
    }
}

/// The trees format 4 replaces, which are converted instead of copied.
fn replaced(t: T) -> bool {
    matches!(t, T::Events | T::EventLog | T::DealsByContact)
}

/// Write every record of `old` to `path`: the kept trees, then the old events in seq order,
/// then the old contact index in (contact, deal) order.
pub fn write(old: &sled::Db, path: &Path) -> Result<(), MigrateError> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    let names = old.tree_names();
    let exists = |name: &str| names.iter().any(|n| n.as_ref() == name.as_bytes());
    let mut trees: Vec<(Tag, &str)> = T::ALL
        .iter()
        .filter(|t| !replaced(**t))
        .map(|t| (Tag::Kept(*t), t.name()))
        .collect();
    trees.push((Tag::OldEvents, LEGACY[0]));
    trees.push((Tag::OldDealsByContact, LEGACY[2]));
    for (tag, name) in trees {
        if !exists(name) {
            continue;
        }
        for item in old.open_tree(name)?.iter() {
            let (k, v) = item?;
            out.write_all(&[tag.code()])?;
            for part in [k.as_ref(), v.as_ref()] {
                let len = u32::try_from(part.len()).map_err(std::io::Error::other)?;
                out.write_all(&len.to_be_bytes())?;
                out.write_all(part)?;
            }
        }
    }
    out.write_all(&[END])?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(())
}

/// Read the dump at `path`, handing each record to `each` in the order written.
pub fn read(
    path: &Path,
    mut each: impl FnMut(Tag, Vec<u8>, Vec<u8>) -> Result<(), MigrateError>,
) -> Result<(), MigrateError> {
    let mut input = BufReader::with_capacity(1 << 20, File::open(path)?);
    let cut = || std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "upgrade dump cut short");
    loop {
        let mut code = [0u8; 1];
        input.read_exact(&mut code).map_err(|_| cut())?;
        if code[0] == END {
            return Ok(());
        }
        let tag = Tag::of(code[0]).ok_or_else(cut)?;
        let key = part(&mut input)?;
        let value = part(&mut input)?;
        each(tag, key, value)?;
    }
}

fn part(input: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    input.read_exact(&mut len)?;
    let mut bytes = vec![0u8; u32::from_be_bytes(len) as usize];
    input.read_exact(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dump_reads_back_what_was_written_and_a_cut_one_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = sled::Config::new()
            .path(dir.path().join("db"))
            .open()
            .expect("sled");
        db.open_tree("deals")
            .expect("tree")
            .insert(b"k1", b"v1")
            .expect("insert");
        db.open_tree(LEGACY[0])
            .expect("tree")
            .insert(b"s1", b"e1")
            .expect("insert");
        db.open_tree(LEGACY[1])
            .expect("tree")
            .insert(b"x", b"")
            .expect("insert");
        let path = dir.path().join("dump");
        write(&db, &path).expect("write");
        let mut got = Vec::new();
        read(&path, |tag, k, v| {
            got.push((tag, k, v));
            Ok(())
        })
        .expect("read");
        // events_by_entity is not carried: format 4 has no use for it.
        assert_eq!(
            got,
            vec![
                (Tag::Kept(T::Deals), b"k1".to_vec(), b"v1".to_vec()),
                (Tag::OldEvents, b"s1".to_vec(), b"e1".to_vec()),
            ]
        );
        let bytes = std::fs::read(&path).expect("dump");
        std::fs::write(&path, &bytes[..bytes.len() - 1]).expect("cut");
        assert!(read(&path, |_, _, _| Ok(())).is_err(), "no end tag");
    }
}
