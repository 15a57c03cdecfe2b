//! Long read-only work on a store it cannot read (issue 15 items 6 and 7): `check` on
//! damaged copies and `backup` on a full disk end with one error line (or a report), never
//! a hang, and never leave writers waiting. Every command runs under a generous timeout that
//! only guards against the hang these tests are about.

mod common;

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use common::Db;

/// Far more than any of these commands takes; only a hang reaches it.
const GUARD: Duration = Duration::from_secs(60);

/// A demo database made in this process's way (no server holds it), to copy and damage.
/// Opened once more after it is made: sled folds its log into a snapshot only when it
/// opens a store, and a store in use for a while is in that state (damage to an unfolded
/// log is found when sled opens it, not by a walk).
fn demo() -> Db {
    let db = Db::empty_in_process();
    db.ok(&["init", "--demo"]);
    db.ok(&["user", "list"]);
    db
}

/// A copy of `db` whose store has the 4 KiB page at `at` zeroed.
fn damaged_copy(db: &Db, at: usize, in_process: bool) -> Db {
    let copy = Db {
        in_process,
        ..Db::empty()
    };
    common::copy_dir(db.dir.path(), copy.dir.path());
    let file = copy.dir.path().join("store").join("db");
    let mut bytes = std::fs::read(&file).expect("read the store");
    let end = (at + 4096).min(bytes.len());
    bytes[at..end].fill(0);
    std::fs::write(&file, bytes).expect("write the damaged store");
    copy
}

/// Page offsets spread over the store file: 12 places, each in a different 12th of it.
fn places(db: &Db) -> Vec<usize> {
    let len = std::fs::metadata(db.dir.path().join("store").join("db"))
        .expect("store size")
        .len() as usize;
    (0..12)
        .map(|i| len * (2 * i + 1) / 24 / 4096 * 4096)
        .collect()
}

fn run(db: &Db, args: &[&str]) -> Output {
    db.cmd(args).timeout(GUARD).output().expect("run lejek")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Ended by itself (not by the guard or a crash), with 0 (sound) or 1 (problems, or a store
/// it could not read or open, said in a last line of its own).
fn assert_ended(o: &Output, what: &str) {
    let code = o.status.code();
    assert!(
        code == Some(0) || code == Some(1),
        "{what}: no clean end ({:?}, the guard kills a hang): {}",
        o.status,
        stderr(o)
    );
    if code == Some(1) && o.stdout.is_empty() {
        let err = stderr(o);
        let last = err.trim_end().lines().last().unwrap_or_default();
        assert!(last.starts_with("lejek: "), "{what}: {err}");
    }
}

#[test]
fn check_on_damaged_copies_ends_with_an_error_or_a_report_never_a_hang() {
    let db = demo();
    let mut unreadable = 0;
    for at in places(&db) {
        let copy = damaged_copy(&db, at, true);
        let o = run(&copy, &["check"]);
        let what = format!("check with the page at {at} zeroed");
        assert_ended(&o, &what);
        let err = stderr(&o);
        if err.contains("is damaged") {
            unreadable += 1;
        }
        if err.contains("the store cannot be read: tree ") {
            // It names the tree and where the walk stopped.
            assert!(
                err.contains("tree ") && err.contains("after "),
                "{what}: {err}"
            );
            unreadable += 1;
        }
    }
    // Zeroed pages in the middle of the data (half of the 12 or more in every run so far)
    // must be noticed: a walk that ends early without an error would hide them.
    assert!(unreadable >= 1, "no damaged copy was found damaged");
}

#[test]
fn a_check_through_the_server_that_cannot_read_the_store_leaves_writes_working() {
    let db = demo();
    let mut tried = 0;
    for at in places(&db) {
        let copy = damaged_copy(&db, at, false);
        let o = run(&copy, &["check"]);
        assert_ended(
            &o,
            &format!("check through the server, page at {at} zeroed"),
        );
        if !stderr(&o).contains("the store cannot be read: tree ") {
            continue;
        }
        tried += 1;
        // The check held the writer lock for ever before: this write waited behind it.
        let w = run(
            &copy,
            &["contact", "add", "--kind", "company", "--name", "Nowa"],
        );
        assert!(
            w.status.code().is_some(),
            "a write after the failed check hung: {}",
            stderr(&w)
        );
        // The server is still there and answers.
        let r = run(&copy, &["user", "list"]);
        assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    }
    assert!(tried >= 1, "no damaged copy was found unreadable");
}

// SAFETY: geteuid has no preconditions.
fn is_root() -> bool {
    unsafe { libc::geteuid() == 0 }
}

/// A tmpfs of `mb` MiB at `at`, unmounted on drop; `None` when this system cannot mount
/// one (not root, or no mount in this container).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(at: &Path, mb: u32) -> Option<Tmpfs> {
        if !is_root() {
            return None;
        }
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mb}m"), "tmpfs"])
            .arg(at)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(at.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

#[test]
fn backup_on_a_full_disk_ends_at_once_and_leaves_writes_answering() {
    let mnt = tempfile::tempdir().expect("mount point");
    let Some(_fs) = Tmpfs::mount(mnt.path(), 8) else {
        eprintln!("notice: cannot mount a tmpfs (not root?); skipping the full-disk backup");
        return;
    };
    let db = Db {
        dir: tempfile::tempdir_in(mnt.path()).expect("db dir"),
        in_process: false,
    };
    db.ok(&["init"]);
    let c = db.add(&["contact", "add", "--kind", "company", "--name", "Pełna"]);
    let d = db.add(&[
        "deal",
        "add",
        "--contact",
        &c.to_string(),
        "--title",
        "Dysk",
    ]);
    let deal = d.to_string();
    // Notes until the disk is full (8 MiB hold far fewer than 2,000 of 8,000 characters),
    // then a few more that fail too, as a busy team's would.
    let mut failed = 0;
    for i in 0..2_000 {
        let text = format!("{i:05} {}", "notatka ".repeat(1_000));
        let o = run(&db, &["deal", "note", &deal, &text]);
        assert!(o.status.code().is_some(), "note {i} hung: {}", stderr(&o));
        if !o.status.success() {
            failed += 1;
            if failed == 5 {
                break;
            }
        }
    }
    assert_eq!(failed, 5, "the disk never filled up");

    // To the full disk, and to another file system: each ends by itself, and a failure is
    // one line with exit 1 and leaves no half-written file.
    let elsewhere = tempfile::tempdir().expect("another file system");
    for target in [mnt.path().join("b.lejek"), elsewhere.path().join("b.lejek")] {
        let o = run(&db, &["backup", target.to_str().expect("utf-8 path")]);
        let what = format!("backup to {}", target.display());
        assert_ended(&o, &what);
        if o.status.code() == Some(1) {
            assert!(!target.exists(), "{what}: a failed backup left its file");
            let mut tmp = target.clone().into_os_string();
            tmp.push(".tmp");
            assert!(
                !Path::new(&tmp).exists(),
                "{what}: a failed backup left its .tmp"
            );
        }
        // Writes answer (on a full disk, with its error) instead of waiting behind the
        // backup for ever.
        let w = run(&db, &["deal", "note", &deal, "po kopii"]);
        assert!(w.status.code().is_some(), "{what}: the write after it hung");
    }
    // The server is still there: it answers (a read on a full disk may fail too, as sled
    // splits nodes while it reads; it must not hang).
    let r = run(&db, &["user", "list"]);
    assert!(r.status.code().is_some(), "a read after the backups hung");

    // Room again: sled keeps a write's I/O error until the store is reopened, so a server
    // that saw one stops after answering, and the next command's fresh server writes.
    let grown = std::process::Command::new("mount")
        .args(["-o", "remount,size=64m"])
        .arg(mnt.path())
        .status()
        .expect("mount");
    assert!(grown.success(), "remount the tmpfs larger");
    let w = run(&db, &["deal", "note", &deal, "jest miejsce"]);
    assert!(
        w.status.success(),
        "a write once there is room: {}",
        stderr(&w)
    );
}

/// Run `work` on a thread of its own; its result, or a failure after `GUARD` (a deadlock:
/// the old check and backup held the writer lock, and a write from their progress
/// callback waited on it for ever).
fn guarded<R: Send + 'static>(work: impl FnOnce() -> R + Send + 'static) -> R {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(GUARD)
        .expect("deadlocked: the read held the writer lock while a write waited")
}

fn company(name: &str) -> lejek::service::Command {
    lejek::service::Command::AddContact(lejek::service::ContactDraft {
        kind: Some(lejek::model::ContactKind::Company),
        name: name.into(),
        ..Default::default()
    })
}

#[test]
fn a_write_goes_through_while_a_check_reads_and_the_report_stays_true() {
    use lejek::service::{Clock, Service};
    let db = demo();
    let dir = db.dir.path().to_path_buf();
    let (report, wrote) = guarded(move || {
        let svc = Service::open(&dir, false, Clock::from_env()).expect("open");
        let mut wrote = 0;
        let report = svc
            .check(false, &mut |_, _| {
                // A team member's write, in the middle of the check (its first report
                // comes once the entries are counted, before any is checked).
                if wrote == 0 {
                    wrote += 1;
                    svc.apply(&svc.actor("anna"), company("W trakcie"))
                        .expect("a write during the check");
                }
            })
            .expect("check");
        (report, wrote)
    });
    assert_eq!(wrote, 1);
    // What raced the walk is not reported as damage: the store is sound.
    assert_eq!(report.total(), 0, "{:?}", report.problems);
}

#[test]
fn a_write_during_a_backup_is_in_it_whole_and_the_writer_never_waits() {
    use lejek::service::{Clock, Service};
    let db = demo();
    let before = db.count("contact");
    let work = tempfile::tempdir().expect("temp");
    let file = work.path().join("b.lejek");
    let (dir, target) = (db.dir.path().to_path_buf(), file.clone());
    guarded(move || {
        let svc = Service::open(&dir, false, Clock::from_env()).expect("open");
        let mut wrote = false;
        svc.backup(&target, &mut |_, _| {
            if !wrote {
                wrote = true;
                svc.apply(&svc.actor("anna"), company("W trakcie kopii"))
                    .expect("a write during the backup");
            }
        })
        .expect("backup");
    });
    let restored = Db::empty_in_process();
    restored.ok(&["restore", file.to_str().expect("utf-8")]);
    // The backup read again after the write came in: it holds it, and one moment's state
    // of everything (a check of the restored copy finds nothing).
    assert_eq!(restored.count("contact"), before + 1);
    restored.ok(&["check"]);
}
