//! Attachments' content: each attachment's file is in `files/` under its SHA-256, and the
//! content hashes to that name and has the recorded size.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Findings, ProblemKind};
use crate::model::Attachment;
use crate::store::backup::is_content_name;
use crate::store::{T, decode};

/// What a content file holds: its SHA-256 and size, or None when it cannot be read.
type Content = Option<(String, u64)>;

pub fn walk(f: &mut Findings) -> sled::Result<()> {
    let dir = f.store.files_dir();
    // Many attachments may share one content: hash each file once.
    let mut seen: HashMap<String, Content> = HashMap::new();
    for item in f.store.tree(T::Attachments).iter() {
        let (key, value) = item?;
        // Undecodable attachments are reported by the record walk.
        let Ok(a) = decode::<Attachment>(&value) else {
            continue;
        };
        let content = match seen.get(&a.sha256) {
            Some(c) => c.clone(),
            None => {
                let c = is_content_name(&a.sha256)
                    .then(|| hash(&dir.join(&a.sha256)))
                    .flatten();
                if c.is_some() {
                    f.report.files += 1;
                }
                seen.insert(a.sha256.clone(), c.clone());
                c
            }
        };
        match content {
            None => f.problem(ProblemKind::MissingFile, T::Attachments, &key, a.sha256),
            Some((sha, size)) if sha != a.sha256 || size != a.size => {
                f.problem(ProblemKind::DamagedFile, T::Attachments, &key, a.sha256)
            }
            Some(_) => {}
        }
    }
    Ok(())
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
