//! Programs the TUI hands the terminal to for a moment (issue 18 items 5 and 7): the user's
//! editor for a note or comment of several lines (`$VISUAL`, `$EDITOR`, as git does), and a
//! pager or the desktop's opener for an attachment. The event loop leaves the TUI's screen,
//! runs the job, and comes back (`lib.rs`); tests run jobs with the program given.
//!
//! Files go through a private temporary directory (mode 0700, removed afterwards), so a
//! colleague on the same server cannot read a note being written or a file being viewed.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::i18n::{Lang, trf};

/// What to run outside the TUI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Job {
    /// Edit `text` (form field `field` of the form on top) in the user's editor.
    Edit { field: &'static str, text: String },
    /// Show a stored file under its own name: text in `$PAGER`, the rest with `xdg-open`.
    Open { stored: PathBuf, name: String },
}

/// How a job ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Done {
    /// The editor saved this text for form field `field`.
    Edited { field: &'static str, text: String },
    /// The file was shown (a desktop program may still have it open).
    Opened,
    /// What went wrong, for the status line.
    Failed(String),
}

/// The editor people set, as git finds it: `$VISUAL`, then `$EDITOR`, then `vi`.
pub fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned())
}

/// The pager people set: `$PAGER`, then `less`.
pub fn pager() -> String {
    std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less".to_owned())
}

/// Run `job` with the user's programs (the terminal is the job's meanwhile).
pub fn run(job: Job, lang: Lang) -> Done {
    match job {
        Job::Edit { field, text } => match edit_with(&editor(), &text) {
            Ok(text) => Done::Edited { field, text },
            Err(e) => Done::Failed(trf(lang, "outside.editor_failed", &[&e])),
        },
        Job::Open { stored, name } => match open_with(&pager(), &stored, &name) {
            Ok(()) => Done::Opened,
            Err(e) => Done::Failed(trf(lang, "outside.open_failed", &[&name, &e])),
        },
    }
}

/// A shell command line (`code --wait`, `vim -u NONE`) run on `path`: through `sh`, as git
/// runs `$EDITOR`, the path passed as an argument so no character of it is interpreted.
fn shell(program: &str, path: &Path) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("{program} \"$1\""))
        .arg("sh")
        .arg(path);
    c
}

/// Edit `text` with `editor` in a private temporary file; the text as saved, without the
/// one line end editors add at the end.
pub fn edit_with(editor: &str, text: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let path = dir.path().join("lejek-tekst.txt");
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    let status = shell(editor, &path).status().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("{editor}: {status}"));
    }
    let mut out = String::new();
    std::fs::File::open(&path)
        .and_then(|mut f| f.read_to_string(&mut out))
        .map_err(|e| e.to_string())?;
    if out.ends_with('\n') && !text.ends_with('\n') {
        out.pop();
        if out.ends_with('\r') {
            out.pop();
        }
    }
    Ok(out)
}

/// Whether a file's start looks like text a pager can show: UTF-8 without NUL bytes.
fn is_text(head: &[u8]) -> bool {
    if head.contains(&0) {
        return false;
    }
    match std::str::from_utf8(head) {
        Ok(_) => true,
        // A character cut by the end of the sample is still text.
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// Show a stored file: a copy under its own name in a private temporary directory (so
/// the viewer sees the right extension), text in `pager`, anything else with `xdg-open`.
fn open_with(pager: &str, stored: &Path, name: &str) -> Result<(), String> {
    let mut head = vec![0u8; 8192];
    let n = std::fs::File::open(stored)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| e.to_string())?;
    head.truncate(n);
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let copy = dir.path().join(safe_name(name));
    if is_text(&head) {
        // A colleague's text file could carry escape sequences for the reader's terminal:
        // the pager gets them as visible characters, whatever its options.
        let bytes = std::fs::read(stored).map_err(|e| e.to_string())?;
        write_private(&copy, visible(&String::from_utf8_lossy(&bytes)).as_bytes())?;
        let status = shell(pager, &copy).status().map_err(|e| e.to_string())?;
        return if status.success() {
            Ok(())
        } else {
            Err(format!("{pager}: {status}"))
        };
    }
    // Never executable, whatever the stored file's mode: a "document" a colleague named
    // `x.desktop` must not become a program when opened.
    let bytes = std::fs::read(stored).map_err(|e| e.to_string())?;
    write_private(&copy, &bytes)?;
    let status = Command::new("xdg-open")
        .arg(&copy)
        .status()
        .map_err(|e| format!("xdg-open: {e}"))?;
    if !status.success() {
        return Err(format!("xdg-open: {status}"));
    }
    // The desktop program reads the copy after xdg-open returns: leave it (in the private
    // directory) rather than remove it under the viewer.
    let _ = dir.keep();
    Ok(())
}

/// Text with every control character but line ends and tabs shown as `�`, as the TUI
/// shows stored text.
fn visible(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// A new file only its owner may read or write.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|e| e.to_string())
}

/// A file name safe to create: its last path part, no control characters, never empty.
pub fn safe_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = last.chars().filter(|c| !c.is_control()).collect();
    match clean.trim() {
        "" | "." | ".." => "plik".to_owned(),
        c => c.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_gets_the_text_and_its_saved_text_comes_back() {
        // An "editor" that checks what it was given and writes two lines.
        let script = r#"sh -c 'grep -qx "stara notatka" "$0" && printf "pierwsza linia\ndruga linia\n" > "$0"'"#;
        assert_eq!(
            edit_with(script, "stara notatka"),
            Ok("pierwsza linia\ndruga linia".to_owned())
        );
    }

    #[test]
    fn an_editor_that_fails_changes_nothing_and_says_so() {
        let e = edit_with("false", "tekst").unwrap_err();
        assert!(e.starts_with("false: "), "{e}");
    }

    #[test]
    fn a_text_file_goes_to_the_pager_under_its_own_name() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let stored = dir.path().join("abc123");
        std::fs::write(&stored, "Oferta: 16 500,00 zł\n").unwrap_or_else(|e| panic!("{e}"));
        let seen = dir.path().join("seen");
        // The "pager" records the name it was given and the content.
        let pager = format!(
            "sh -c 'basename \"$0\" > {0}; cat \"$0\" >> {0}'",
            seen.display()
        );
        assert_eq!(open_with(&pager, &stored, "../oferta.txt"), Ok(()));
        let got = std::fs::read_to_string(&seen).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got, "oferta.txt\nOferta: 16 500,00 zł\n");
    }

    #[test]
    fn text_is_told_from_binary_and_names_lose_their_paths() {
        assert!(is_text("zażółć gęślą jaźń".as_bytes()));
        assert!(is_text(&"ż".as_bytes()[..1]), "a character cut at the end");
        assert!(!is_text(b"%PDF-1.7\x00\x01"));
        assert!(!is_text(&[0xff, 0xfe, 0x41, 0x41, 0x41, 0x41]));
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("a\x1b[31mb.txt"), "a[31mb.txt");
        assert_eq!(safe_name(".."), "plik");
    }

    #[test]
    fn escape_sequences_in_a_text_file_reach_the_pager_as_visible_characters() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let stored = dir.path().join("abc");
        std::fs::write(&stored, "Oferta\x1b]0;przejęty tytuł\x07\r\ncena\tzł\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let seen = dir.path().join("seen");
        let pager = format!(
            "sh -c 'cat \"$0\" > {0}; stat -c %a \"$0\" >> {0}'",
            seen.display()
        );
        assert_eq!(open_with(&pager, &stored, "oferta.txt"), Ok(()));
        let got = std::fs::read_to_string(&seen).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            got,
            "Oferta\u{fffd}]0;przejęty tytuł\u{fffd}\ncena\tzł\n600\n"
        );
    }
}
