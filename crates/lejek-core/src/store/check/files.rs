//! Attachments' content: each attachment's file is in `files/` under its SHA-256, and the
//! content hashes to that name and has the recorded size.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Findings, ProblemKind};
use crate::model::{Attachment, MessageTemplate};
use crate::store::content::is_content_name;
use crate::store::{T, decode};

/// What a content file holds: its SHA-256 and size, or None when it cannot be read.
type Content = Option<(String, u64)>;

pub fn walk(f: &mut Findings) -> sled::Result<()> {
    // Many attachments may share one content: hash each file once.
    let mut seen: HashMap<String, Content> = HashMap::new();
    for item in f.walk(T::Attachments) {
        let (key, value) = item?;
        // Undecodable attachments are reported by the record walk.
        let Ok(a) = decode::<Attachment>(&value) else {
            continue;
        };
        verify(f, &mut seen, T::Attachments, &key, &a.sha256, a.size);
    }
    // A template's default attachments live in the same store (D12).
    for item in f.walk(T::Templates) {
        let (key, value) = item?;
        let Ok(t) = decode::<MessageTemplate>(&value) else {
            continue;
        };
        for file in &t.attachments {
            verify(f, &mut seen, T::Templates, &key, &file.sha256, file.size);
        }
    }
    Ok(())
}

/// The content `sha256` must be in `files/`, hash to its name and have `size` bytes.
fn verify(
    f: &mut Findings,
    seen: &mut HashMap<String, Content>,
    t: T,
    key: &[u8],
    sha256: &str,
    size: u64,
) {
    let content = match seen.get(sha256) {
        Some(c) => c.clone(),
        None => {
            let c = is_content_name(sha256)
                .then(|| hash(&f.store.files_dir().join(sha256)))
                .flatten();
            if c.is_some() {
                f.report.files += 1;
            }
            seen.insert(sha256.to_owned(), c.clone());
            c
        }
    };
    match content {
        None => f.problem(ProblemKind::MissingFile, t, key, sha256.to_owned()),
        Some((sha, got)) if sha != sha256 || got != size => {
            f.problem(ProblemKind::DamagedFile, t, key, sha256.to_owned())
        }
        Some(_) => {}
    }
}

/// The SHA-256 (hex) and size of a file; None when it is missing or unreadable.
fn hash(path: &Path) -> Content {
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        size += n as u64;
    }
    let hex = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Some((hex, size))
}
