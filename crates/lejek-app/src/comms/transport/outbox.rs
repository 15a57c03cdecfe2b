//! The outbox: messages written to files instead of sent, one file each, in a directory
//! (`<database>/outbox`). A file appears whole or not at all (written aside, then linked
//! into place), and its name sorts by time and never collides with another's:
//! `20261128T120000.123456Z-1a2b3c4d.eml`.
//!
//! An e-mail (`.eml`) is the message exactly as SMTP would send it (RFC 5322, CRLF line
//! ends). An SMS (`.sms`) is UTF-8 text: a `To:` line with the number, an empty line, and
//! the text as it would be sent:
//!
//! ```text
//! To: +48600100200
//!
//! Dzień dobry, zapraszamy po odbiór ulotek.
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::error::SendError;
use super::unique_hex;

/// The contents of an SMS's outbox file.
pub(super) fn sms_file(to: &str, text: &str) -> Vec<u8> {
    format!("To: {to}\n\n{text}").into_bytes()
}

/// Write `bytes` to a new file in `dir` (created if missing), named by `now` and ending in
/// `.ext`; its path.
pub(super) fn write(
    dir: &Path,
    now: DateTime<Utc>,
    ext: &str,
    bytes: &[u8],
) -> Result<PathBuf, SendError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SendError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let stamp = now.format("%Y%m%dT%H%M%S%.6fZ");

    // A dot file is what readers of the outbox skip; it is complete before it gets a name.
    let temp = dir.join(format!(".{stamp}-{}.tmp", unique_hex(bytes, 16)));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(io(&temp)(e));
    }

    // A hard link fails rather than replace a file of the same name (a rename would replace
    // it), so two processes writing in the same microsecond keep both messages.
    let mut outcome = Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists));
    let mut path = PathBuf::new();
    for _ in 0..16 {
        path = dir.join(format!("{stamp}-{}.{ext}", unique_hex(bytes, 8)));
        outcome = std::fs::hard_link(&temp, &path);
        match &outcome {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            _ => break,
        }
    }
    let _ = std::fs::remove_file(&temp);
    outcome.map_err(io(&path))?;
    // The new name is in the directory once the directory is on disk; a failure here loses
    // nothing that was not already at risk, so it is not worth failing the send for.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_sort_by_time_and_do_not_collide() {
        let dir = tempfile::tempdir().expect("temp dir");
        let outbox = dir.path().join("outbox");
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default()
        };
        let same = at("2026-11-28T12:00:00Z");
        let a = write(&outbox, same, "sms", b"x").unwrap_or_else(|e| panic!("{e}"));
        let b = write(&outbox, same, "sms", b"x").unwrap_or_else(|e| panic!("{e}"));
        let c = write(&outbox, at("2026-11-28T12:00:01Z"), "sms", b"y")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(a, b);
        let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
        let a_name = name(&a).unwrap_or_default();
        assert!(a_name.starts_with("20261128T120000.000000Z-"), "{a_name}");
        assert!(a_name.ends_with(".sms") && a_name.len() == 36, "{a_name}");
        assert!(name(&a) < name(&c) && name(&b) < name(&c));
        let mut entries: Vec<String> = std::fs::read_dir(&outbox)
            .expect("read outbox")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        entries.sort();
        assert_eq!(entries.len(), 3, "no temporary file is left: {entries:?}");
        assert_eq!(std::fs::read(&c).ok(), Some(b"y".to_vec()));
    }

    #[test]
    fn an_sms_file_is_to_blank_text() {
        assert_eq!(
            sms_file("+48600100200", "Zażółć\ngęślą"),
            "To: +48600100200\n\nZażółć\ngęślą".as_bytes()
        );
    }
}
