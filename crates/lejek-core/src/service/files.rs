//! The content-addressed file store: `<db>/files/<sha256>`. Copying happens before the
//! metadata command, outside any transaction; a file stored for a command that then fails is
//! only an unreferenced blob, never a broken reference.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Error, Result, invalid};

/// Largest attachment accepted: big enough for offers and scans, small enough for a CRM.
const MAX_FILE: u64 = 512 * 1024 * 1024;

/// Whether `sha256` names content already in the file store: what a record may refer to
/// (an attachment, a template's default attachment).
pub fn is_stored(files_dir: &Path, sha256: &str) -> bool {
    crate::store::content::is_content_name(sha256) && files_dir.join(sha256).is_file()
}

pub fn store_file(files_dir: &Path, src: &Path) -> Result<(String, u64)> {
    let io = |source| Error::Io {
        path: src.display().to_string(),
        source,
    };
    let meta = std::fs::metadata(src).map_err(|_| invalid("err.no_file", &[&src.display()]))?;
    if !meta.is_file() {
        return Err(invalid("err.no_file", &[&src.display()]));
    }
    if meta.len() > MAX_FILE {
        return Err(invalid("err.file_too_big", &[&src.display()]));
    }
    let mut hasher = Sha256::new();
    let mut file = std::fs::File::open(src).map_err(io)?;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf).map_err(io)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    let sha: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let dest = files_dir.join(&sha);
    if !dest.exists() {
        // Copy to a temporary name and rename, so a crash never leaves a partial file under
        // the content's name.
        let tmp = files_dir.join(format!(".{sha}.part"));
        let dest_io = |source| Error::Io {
            path: dest.display().to_string(),
            source,
        };
        // A new file, not fs::copy: that would give it the source's mode (a 0600 file stays
        // unreadable to the team, a 0777 one executable); a new file takes the umask like
        // everything else lejek writes (issue 15 item 14).
        let copied = std::fs::File::create(&tmp).and_then(|mut out| {
            let mut from = std::fs::File::open(src)?;
            std::io::copy(&mut from, &mut out)?;
            out.sync_all()
        });
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&tmp);
            return Err(dest_io(e));
        }
        std::fs::rename(&tmp, &dest).map_err(dest_io)?;
        if let Ok(d) = std::fs::File::open(files_dir) {
            let _ = d.sync_all();
        }
    }
    Ok((sha, meta.len()))
}
