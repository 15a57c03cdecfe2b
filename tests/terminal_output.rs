//! Stored text never acts on a terminal (issue 15 item 12): a contact name holding escape
//! sequences (OSC 0 sets the window title, OSC 52 writes the clipboard, `ESC[2J` clears the
//! screen), a bidi override and a zero-width space got into the store the way an older
//! version or a doctored backup could put them there (the service refuses them today).
//! Printed as CSV or JSON to a real pseudo-terminal they show as `�`; to a pipe or a file
//! they stay exactly as stored.

use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::Path;
use std::process::{Command, Stdio};

use lejek::model::Contact;
use lejek::service::{Clock, Service};
use lejek_core::store::{T, decode, encode, keys};

const BIN: &str = env!("CARGO_BIN_EXE_lejek");
const EVIL: &str = "Zła\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{202E}firma\u{200B}";

fn lejek(db: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.env_clear()
        .env("LEJEK_NOW", "2026-11-28T12:00:00Z")
        .env("TZ", "Europe/Warsaw")
        .env("LEJEK_LANG", "en")
        .env("NO_COLOR", "1")
        .args(["--no-server", "--user", "anna", "--db"])
        .arg(db);
    c
}

/// A database whose contact 1 is named `EVIL`, written past the service.
fn poisoned_db(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("db");
    for args in [&["init"][..], &["contact", "add", "--name", "Firma"]] {
        let o = lejek(&db).args(args).output().expect("lejek");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let svc = Service::open(&db, false, Clock::from_env()).expect("open");
    let tree = svc.store().tree(T::Contacts);
    let raw = tree.get(keys::id(1)).expect("read").expect("contact 1");
    let mut c: Contact = decode(&raw).expect("decode");
    c.name = EVIL.to_owned();
    tree.insert(keys::id(1), encode(&c)).expect("write");
    tree.flush().expect("flush");
    db
}

/// What `cmd` writes to a pseudo-terminal as its standard output, byte for byte.
fn on_a_terminal(mut cmd: Command) -> Vec<u8> {
    let (mut master, mut slave) = (0, 0);
    // SAFETY: two valid out-pointers; the name, termios and window size may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: openpty returned two open descriptors that nothing else owns.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::from(slave))
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(cmd);
    let status = child.wait().expect("wait");
    assert!(status.success(), "exit {status:?}");
    let mut out = Vec::new();
    let mut master = std::fs::File::from(master);
    // The child has exited and its end is closed: read until the pty says EIO (no writer).
    let mut buf = [0u8; 4096];
    loop {
        match master.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    out
}

fn assert_inert(out: &[u8], what: &str) {
    let text = String::from_utf8_lossy(out);
    assert!(
        !out.contains(&0x1b),
        "{what}: ESC reached the terminal: {text:?}"
    );
    assert!(
        !out.contains(&0x07),
        "{what}: BEL reached the terminal: {text:?}"
    );
    assert!(
        !text.contains('\u{202E}'),
        "{what}: a bidi override: {text:?}"
    );
    assert!(
        !text.contains('\u{200B}'),
        "{what}: a zero-width space: {text:?}"
    );
    assert!(
        text.contains("Zła�]0;pwned��]52;c;ZXZpbA==��[2J�firma�"),
        "{what}: {text:?}"
    );
}

#[test]
fn csv_and_json_on_a_terminal_show_escapes_as_replacements() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = poisoned_db(dir.path());
    for args in [
        &["contact", "list", "--format", "csv"][..],
        &["contact", "list", "--format", "json"],
        &["contact", "list"],
        &["contact", "show", "1", "--format", "json"],
        &["export", "contacts", "--format", "csv"],
        &["export", "contacts", "--format", "json"],
    ] {
        let mut c = lejek(&db);
        c.args(args);
        let out = on_a_terminal(c);
        if args.contains(&"json") {
            // JSON escapes C0 controls itself; the C1-free, bidi and zero-width rest is ours.
            let text = String::from_utf8_lossy(&out);
            assert!(!out.contains(&0x1b), "{args:?}: {text:?}");
            assert!(
                !text.contains('\u{202E}') && !text.contains('\u{200B}'),
                "{args:?}: {text:?}"
            );
        } else if args.len() == 2 {
            // The table: the name is there, neutralised (its width may wrap it).
            let text = String::from_utf8_lossy(&out);
            assert!(
                !out.contains(&0x1b) && !out.contains(&0x07),
                "{args:?}: {text:?}"
            );
            assert!(
                !text.contains('\u{202E}') && !text.contains('\u{200B}'),
                "{args:?}: {text:?}"
            );
        } else {
            assert_inert(&out, &format!("{args:?}"));
        }
    }
}

#[test]
fn a_pipe_or_a_file_keeps_the_data_as_stored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = poisoned_db(dir.path());
    let o = lejek(&db)
        .args(["contact", "list", "--format", "csv"])
        .output()
        .expect("list");
    assert!(String::from_utf8_lossy(&o.stdout).contains(EVIL));
    let file = dir.path().join("c.csv");
    let o = lejek(&db)
        .args(["export", "contacts", "--format", "csv", "-o"])
        .arg(&file)
        .output()
        .expect("export");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains(EVIL), "{text:?}");
}
