//! Reading a backup: one parser for both passes of a restore (verify, then write), handing
//! each record and file to a sink. Every byte is hashed on the way; the end marker's counts
//! and checksum must match, and nothing may follow it.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use super::format::{END, FILE, HashReader, MAGIC, MAX_KEY, MAX_VALUE, RECORD, VERSION};
use super::{BackupError, Damage};
use crate::store::T;
use crate::store::content::is_content_name;
use crate::store::tree::LEGACY;

/// What a pass does with the entries.
pub trait Sink {
    fn record(&mut self, tree: T, key: &[u8], value: &[u8]) -> Result<(), BackupError>;
    /// A record of a tree an older format had (`tree::LEGACY`): a backup made by an older
    /// build. Restored as it is; opening the database then moves it to this format.
    fn legacy(
        &mut self,
        _tree: &'static str,
        _key: &[u8],
        _value: &[u8],
    ) -> Result<(), BackupError> {
        Ok(())
    }
    /// `content` yields the file's bytes; what the sink leaves unread is skipped.
    fn file(&mut self, name: &str, len: u64, content: &mut dyn Read) -> Result<(), BackupError>;
}

/// Entries read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub records: u64,
    pub files: u64,
    pub bytes: u64,
}

struct Parser<'p> {
    path: &'p Path,
    r: HashReader<BufReader<File>>,
}

impl Parser<'_> {
    fn damaged(&self, what: Damage) -> BackupError {
        BackupError::Damaged {
            path: self.path.to_path_buf(),
            at: self.r.position(),
            what,
        }
    }

    /// Exactly `buf.len()` bytes; the end of the file here means the backup was cut short.
    fn exact(&mut self, buf: &mut [u8]) -> Result<(), BackupError> {
        self.r.read_exact(buf).map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof => self.damaged(Damage::Truncated),
            _ => BackupError::io(self.path)(e),
        })
    }

    fn u8(&mut self) -> Result<u8, BackupError> {
        let mut b = [0u8; 1];
        self.exact(&mut b)?;
        Ok(b[0])
    }

    fn u32(&mut self) -> Result<u32, BackupError> {
        let mut b = [0u8; 4];
        self.exact(&mut b)?;
        Ok(u32::from_be_bytes(b))
    }

    fn u64(&mut self) -> Result<u64, BackupError> {
        let mut b = [0u8; 8];
        self.exact(&mut b)?;
        Ok(u64::from_be_bytes(b))
    }

    /// A length-prefixed byte string of at most `max` bytes.
    fn bytes(&mut self, len: u32, max: u32) -> Result<Vec<u8>, BackupError> {
        if len > max {
            return Err(self.damaged(Damage::Length));
        }
        // Grown as bytes arrive rather than reserved up front: a cut-short file then costs
        // only what it holds.
        let mut v = Vec::new();
        (&mut self.r)
            .take(len.into())
            .read_to_end(&mut v)
            .map_err(BackupError::io(self.path))?;
        if v.len() != len as usize {
            return Err(self.damaged(Damage::Truncated));
        }
        Ok(v)
    }

    fn header(&mut self) -> Result<(), BackupError> {
        let mut magic = [0u8; 8];
        // Too short to hold the magic is as foreign as the wrong magic.
        if self.r.read_exact(&mut magic).is_err() || &magic != MAGIC {
            return Err(BackupError::NotABackup(self.path.to_path_buf()));
        }
        let version = self.u32()?;
        if version > VERSION {
            return Err(BackupError::TooNew {
                path: self.path.to_path_buf(),
                found: version,
                known: VERSION,
            });
        }
        if version == 0 {
            return Err(BackupError::NotABackup(self.path.to_path_buf()));
        }
        Ok(())
    }

    fn record(&mut self, sink: &mut dyn Sink) -> Result<(), BackupError> {
        let name_len = self.u8()?;
        let name = self.bytes(name_len.into(), 255)?;
        let tree = T::named(&name);
        let legacy = LEGACY.into_iter().find(|l| l.as_bytes() == name.as_slice());
        if tree.is_none() && legacy.is_none() {
            return Err(self.damaged(Damage::Tree));
        }
        let key_len = self.u32()?;
        let key = self.bytes(key_len, MAX_KEY)?;
        let value_len = self.u32()?;
        let value = self.bytes(value_len, MAX_VALUE)?;
        match (tree, legacy) {
            (Some(t), _) => sink.record(t, &key, &value),
            (None, Some(l)) => sink.legacy(l, &key, &value),
            (None, None) => Err(self.damaged(Damage::Tree)),
        }
    }

    fn file(&mut self, sink: &mut dyn Sink) -> Result<(), BackupError> {
        let name_len = self.u8()?;
        let name = self.bytes(name_len.into(), 255)?;
        let name = match String::from_utf8(name) {
            Ok(n) if is_content_name(&n) => n,
            _ => return Err(self.damaged(Damage::FileName)),
        };
        let len = self.u64()?;
        let mut content = (&mut self.r).take(len);
        let outcome = sink.file(&name, len, &mut content);
        // Skip what the sink did not read; then a short content means a cut-short file,
        // whatever the sink made of it.
        let skipped = io::copy(&mut content, &mut io::sink());
        let left = content.limit();
        outcome?;
        skipped.map_err(BackupError::io(self.path))?;
        if left > 0 {
            return Err(self.damaged(Damage::Truncated));
        }
        Ok(())
    }

    fn end(&mut self, counts: &Counts) -> Result<(), BackupError> {
        let records = self.u64()?;
        let files = self.u64()?;
        let expected = self.r.digest();
        let mut stored = [0u8; 32];
        self.exact(&mut stored)?;
        if stored != expected {
            return Err(self.damaged(Damage::Checksum));
        }
        if records != counts.records || files != counts.files {
            return Err(self.damaged(Damage::Counts));
        }
        let mut extra = [0u8; 1];
        match self.r.read(&mut extra) {
            Ok(0) => Ok(()),
            Ok(_) => Err(self.damaged(Damage::Trailing)),
            Err(e) => Err(BackupError::io(self.path)(e)),
        }
    }
}

/// Read the backup at `path`, giving every entry to `sink`. The sink has seen everything
/// only when this returns Ok: a damaged file is noticed at the latest at its checksum.
pub fn read_backup(path: &Path, sink: &mut dyn Sink) -> Result<Counts, BackupError> {
    let file = File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => BackupError::NoFile(path.to_path_buf()),
        _ => BackupError::io(path)(e),
    })?;
    let mut p = Parser {
        path,
        r: HashReader::new(BufReader::with_capacity(256 * 1024, file)),
    };
    p.header()?;
    let mut counts = Counts::default();
    loop {
        match p.u8()? {
            RECORD => {
                p.record(sink)?;
                counts.records += 1;
            }
            FILE => {
                p.file(sink)?;
                counts.files += 1;
            }
            END => {
                p.end(&counts)?;
                counts.bytes = p.r.position();
                return Ok(counts);
            }
            other => return Err(p.damaged(Damage::Tag(other))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;
    use crate::store::backup::BackupWriter;

    struct Collect(Vec<(T, Vec<u8>, Vec<u8>)>, Vec<(String, Vec<u8>)>);

    impl Sink for Collect {
        fn record(&mut self, tree: T, key: &[u8], value: &[u8]) -> Result<(), BackupError> {
            self.0.push((tree, key.to_vec(), value.to_vec()));
            Ok(())
        }

        fn file(&mut self, name: &str, _: u64, content: &mut dyn Read) -> Result<(), BackupError> {
            let mut v = Vec::new();
            content.read_to_end(&mut v).expect("read content");
            self.1.push((name.to_owned(), v));
            Ok(())
        }
    }

    /// A small backup: two records and one file.
    fn small_backup(dir: &Path) -> std::path::PathBuf {
        let store = Store::open(&dir.join("db"), true).expect("store");
        store.tree(T::Deals).insert(b"k1", b"v1").expect("insert");
        store.tree(T::Users).insert(b"anna", b"").expect("insert");
        let sha = "ab".repeat(32);
        std::fs::write(store.files_dir().join(&sha), b"content").expect("file");
        let path = dir.join("b.bak");
        let mut w = BackupWriter::create(&path).expect("create");
        w.trees(&store, &mut |_, _| {}, None).expect("trees");
        w.files(&store.files_dir()).expect("files");
        w.finish().expect("finish");
        path
    }

    #[test]
    fn what_is_written_reads_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = small_backup(dir.path());
        let mut got = Collect(Vec::new(), Vec::new());
        let counts = read_backup(&path, &mut got).expect("read");
        assert!(got.0.contains(&(T::Deals, b"k1".to_vec(), b"v1".to_vec())));
        assert!(got.0.contains(&(T::Users, b"anna".to_vec(), Vec::new())));
        // And the format version Store::open recorded.
        assert!(
            got.0
                .iter()
                .any(|(t, k, _)| *t == T::Meta && k == b"format_version")
        );
        assert_eq!(got.1, vec![("ab".repeat(32), b"content".to_vec())]);
        assert_eq!(counts.records, got.0.len() as u64);
        assert_eq!(counts.bytes, std::fs::metadata(&path).expect("size").len());
    }

    #[test]
    fn a_backup_cut_anywhere_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = small_backup(dir.path());
        let bytes = std::fs::read(&path).expect("read");
        let cut = dir.path().join("cut.bak");
        for len in 0..bytes.len() {
            std::fs::write(&cut, &bytes[..len]).expect("write");
            let mut sink = Collect(Vec::new(), Vec::new());
            match read_backup(&cut, &mut sink) {
                Err(BackupError::NotABackup(_)) => assert!(len < 8, "at {len}"),
                Err(BackupError::Damaged {
                    what: Damage::Truncated,
                    ..
                }) => assert!(len >= 8, "at {len}"),
                other => panic!("cut at {len}: {other:?}"),
            }
        }
    }

    #[test]
    fn any_changed_byte_after_the_header_is_noticed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = small_backup(dir.path());
        let bytes = std::fs::read(&path).expect("read");
        let bad = dir.path().join("bad.bak");
        for at in 12..bytes.len() {
            let mut b = bytes.clone();
            b[at] ^= 0x01;
            std::fs::write(&bad, &b).expect("write");
            let mut sink = Collect(Vec::new(), Vec::new());
            assert!(
                matches!(
                    read_backup(&bad, &mut sink),
                    Err(BackupError::Damaged { .. })
                ),
                "a changed byte at {at} went unnoticed"
            );
        }
    }
}
