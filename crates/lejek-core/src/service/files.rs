//! The content-addressed file store: `<db>/files/<sha256>`. Copying happens before the
//! metadata command, outside any transaction; a file stored for a command that then fails is
//! only an unreferenced blob, never a broken reference.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Error, Result, invalid};
use crate::i18n::Message;
use crate::model::Attachment;

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

/// The attachment `file` names among `list` (a record's files): `#ID` is the attachment's
/// id; anything else its name as listed, and of several files with that name the newest
/// (the one attached last: a new version of an offer is attached under the same name).
pub fn find_attachment<'a>(list: &'a [Attachment], file: &str) -> Option<&'a Attachment> {
    if let Some(id) = file
        .strip_prefix('#')
        .and_then(|n| n.trim().parse::<u64>().ok())
    {
        return list.iter().find(|a| a.id == id);
    }
    list.iter()
        .filter(|a| a.name == file)
        .max_by_key(|a| (a.created, a.id))
}

/// Where the stored copy of `sha256` is: `<db>/files/<sha256>`, for a name that is a
/// content hash (a record naming anything else would point outside the file store).
pub fn stored_path(db_dir: &Path, sha256: &str) -> Result<PathBuf> {
    if !crate::store::content::is_content_name(sha256) {
        return Err(damaged(sha256, sha256));
    }
    Ok(db_dir.join("files").join(sha256))
}

/// Copy the stored file at `path` to `out`, hashing it on the way: when its content is not
/// `sha256` (damaged on disk, or missing) the copy is a failure, exit 1, and the caller
/// throws away what it wrote. `name` is how the message names the file. Returns the bytes
/// copied.
pub fn copy_verified(path: &Path, sha256: &str, name: &str, out: &mut dyn Write) -> Result<u64> {
    let mut file = std::fs::File::open(path).map_err(|_| damaged(name, sha256))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(|_| damaged(name, sha256))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        out.write_all(&buf[..n]).map_err(|source| Error::Io {
            path: name.to_owned(),
            source,
        })?;
        total += n as u64;
    }
    let got: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if got != sha256 {
        return Err(damaged(name, sha256));
    }
    Ok(total)
}

/// Whether the stored file at `path` still is `sha256` (a front end checks before it hands
/// the path to another program): `copy_verified` into nothing.
pub fn verify(path: &Path, sha256: &str, name: &str) -> Result<()> {
    copy_verified(path, sha256, name, &mut std::io::sink()).map(|_| ())
}

/// A stored file that is not what its record says: a failure of the store, not bad input.
fn damaged(name: &str, sha256: &str) -> Error {
    // The name is stored text on its way to a terminal: made harmless.
    let name = crate::text::visible::lines(name);
    Error::Unreadable(Message::new("err.file_damaged").arg(name).arg(sha256))
}
