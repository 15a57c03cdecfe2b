//! A second process opening a database that is in use gets a clear message and exit 1,
//! never a panic or a hang; a database from a newer lejek is refused (DESIGN.md storage).

mod common;
use common::Db;
use std::time::Duration;

#[test]
fn second_process_gets_a_clear_message() {
    let db = Db::new();
    // Hold the database open in this process, as a long-running TUI would.
    let svc =
        lejek::service::Service::open(db.dir.path(), false, lejek::service::Clock::from_env())
            .unwrap();
    let out = db
        .cmd(&["deal", "list"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("in use by another lejek process"), "{err}");
    assert!(!err.contains("panicked"));
    drop(svc);
    db.ok(&["deal", "list"]);
}

#[test]
fn newer_database_format_is_refused() {
    let db = Db::new();
    {
        let store = lejek_core::store::Store::open(db.dir.path(), false).unwrap();
        let meta = store.tree(lejek_core::store::T::Meta);
        meta.insert(b"format_version", &99u32.to_be_bytes())
            .unwrap();
        meta.flush().unwrap();
    }
    let err = db.fails(1, &["deal", "list"]);
    assert!(err.contains("newer than this lejek"), "{err}");
}
