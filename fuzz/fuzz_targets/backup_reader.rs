//! Fuzz target: the backup reader (src/store/backup). The first byte picks the mode:
//! even, the rest is the whole file as it is; odd, the rest is the entries between a
//! correct header and an end marker whose counts and SHA-256 this target computes, so the
//! fuzzer gets past the checksum that no random file passes. A sealed file the reader
//! accepts is then restored, opened and checked as `lejek restore` and `lejek check` would.
#![no_main]

use std::io::Read;
use std::path::{Path, PathBuf};

use lejek_core::store::backup::read::{Sink, read_backup};
use lejek_core::store::backup::{BackupError, VERSION};
use lejek_core::store::{Store, T};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

/// Every entry counted and every file's content read, as the restore's writing pass does.
#[derive(Default)]
struct Count {
    records: u64,
    files: u64,
}

impl Sink for Count {
    fn record(&mut self, _: T, _: &[u8], _: &[u8]) -> Result<(), BackupError> {
        self.records += 1;
        Ok(())
    }

    fn legacy(&mut self, _: &'static str, _: &[u8], _: &[u8]) -> Result<(), BackupError> {
        self.records += 1;
        Ok(())
    }

    fn file(&mut self, _: &str, len: u64, content: &mut dyn Read) -> Result<(), BackupError> {
        let mut buf = Vec::new();
        let got = content.read_to_end(&mut buf).unwrap_or(0);
        assert!(
            got as u64 <= len,
            "a file's content gave more than its length"
        );
        self.files += 1;
        Ok(())
    }
}

/// A scratch directory of this process (the fuzzer runs one input at a time).
fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lejek-fuzz-backup-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Header, entries, then an end marker with `records`, `files` and the checksum.
fn sealed(entries: &[u8], records: u64, files: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() + 64);
    out.extend_from_slice(b"LEJEKBAK");
    out.extend_from_slice(&VERSION.to_be_bytes());
    out.extend_from_slice(entries);
    out.push(b'E');
    out.extend_from_slice(&records.to_be_bytes());
    out.extend_from_slice(&files.to_be_bytes());
    let digest = Sha256::digest(&out);
    out.extend_from_slice(&digest);
    out
}

fn read(
    path: &Path,
    bytes: &[u8],
) -> (
    Result<lejek_core::store::backup::read::Counts, BackupError>,
    Count,
) {
    std::fs::write(path, bytes).expect("write the scratch file");
    let mut sink = Count::default();
    let got = read_backup(path, &mut sink);
    (got, sink)
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let dir = scratch();
    let file = dir.join("in.bak");
    if mode % 2 == 0 {
        let (got, sink) = read(&file, rest);
        if let Ok(counts) = got {
            assert_eq!((counts.records, counts.files), (sink.records, sink.files));
        }
        return;
    }
    // First pass with made-up counts: the sink counts what the entries hold.
    let (_, first) = read(&file, &sealed(rest, 0, 0));
    let bytes = sealed(rest, first.records, first.files);
    let (got, sink) = read(&file, &bytes);
    let Ok(counts) = got else { return };
    assert_eq!((counts.records, counts.files), (sink.records, sink.files));
    assert_eq!(counts.bytes, bytes.len() as u64);

    // Accepted: restore it, open what was restored and check it; errors are fine, panics not.
    let target = dir.join("restored");
    let _ = std::fs::remove_dir_all(&target);
    // Through the service, as `lejek restore` does: every record is judged by its rules.
    if lejek::service::Service::restore(&file, &target, &mut |_, _| {}).is_ok()
        && let Ok(store) = Store::open(&target, false)
    {
        let _ = lejek_core::store::check::check(&store, &mut |_, _| {}, None);
    }
    let _ = std::fs::remove_dir_all(&target);
});
