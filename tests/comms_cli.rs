//! Issue 8 / SPEC D12 through the real binary: templates (placeholders checked when saved),
//! `send email|sms` to the outbox (the default transport), the history entry, dry runs,
//! contacts without an address, idempotent campaign sends and retrying a failed send.
//! The outbox's `.eml` files are read with Python's own e-mail parser, not ours.

mod common;
#[path = "common/smtp.rs"]
mod smtp;

use std::path::PathBuf;

use sha2::Digest;

use common::Db;
use serde_json::Value;

/// A database with the people and deals these tests send to:
/// contact 1 "Łucja Nowak" (person, e-mail, phone), contact 2 "Drukarnia Bez Adresu"
/// (company, neither), deals 1 (Łucja, "Ulotki A5", 1 234,56 PLN) and 2 (the company).
fn fixture() -> Db {
    let db = Db::new();
    // Ewa owns the deals ({{owner.name}}); anna, who made the database, sends.
    db.ok(&["user", "add", "ewa", "--name", "Ewa Zając"]);
    let lucja = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Łucja Nowak",
        "--email",
        "lucja@drukarnia.pl",
        "--phone",
        "+48 600 100 200",
    ]);
    let company = db.add(&[
        "contact",
        "add",
        "--kind",
        "company",
        "--name",
        "Drukarnia Bez Adresu",
    ]);
    assert_eq!((lucja, company), (1, 2));
    let d1 = db.add(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Ulotki A5",
        "--value",
        "1234,56",
        "--owner",
        "ewa",
    ]);
    let d2 = db.add(&["deal", "add", "--contact", "2", "--title", "Wizytówki"]);
    assert_eq!((d1, d2), (1, 2));
    db
}

fn offer(db: &Db) {
    db.ok(&[
        "template",
        "add",
        "--kind",
        "email",
        "--name",
        "oferta",
        "--subject",
        "Oferta dla {{contact.name}}: {{deal.title}}",
        "--body",
        "Dzień dobry {{contact.first_name}},\nwartość: {{deal.value}}.\n{{owner.name}}",
    ]);
}

/// An .eml as Python's own `email` package reads it (`tests/comms_smtp_server.py parse`).
fn read_eml(path: &std::path::Path) -> Value {
    smtp::parse_eml("python3", path)
}

#[test]
fn a_template_with_an_unknown_placeholder_is_refused_when_saved_with_where() {
    let db = fixture();
    let err = db.fails(
        2,
        &[
            "template",
            "add",
            "--kind",
            "email",
            "--name",
            "zly",
            "--subject",
            "x",
            "--body",
            "Dzień dobry\n  {{contact.nazwisko}}",
        ],
    );
    // The placeholder starts on line 2, column 3; the message names it and the known ones.
    assert!(err.contains("line 2, column 3"), "{err}");
    assert!(err.contains("{{contact.nazwisko}}"), "{err}");
    assert!(err.contains("contact.first_name"), "{err}");
    let err = db.fails(
        2,
        &[
            "template",
            "add",
            "--kind",
            "email",
            "--name",
            "zly",
            "--subject",
            "{{deal.titel}}",
            "--body",
            "x",
        ],
    );
    assert!(
        err.contains("Subject") && err.contains("{{deal.titel}}"),
        "{err}"
    );
    // Nothing was written.
    assert_eq!(db.json(&["template", "list"]), serde_json::json!([]));
}

#[test]
fn template_mistakes_are_bad_input_and_write_nothing() {
    let db = fixture();
    offer(&db);
    let cases: &[&[&str]] = &[
        &[
            "template", "add", "--kind", "fax", "--name", "a", "--body", "x",
        ],
        &[
            "template",
            "add",
            "--kind",
            "sms",
            "--name",
            "a",
            "--subject",
            "s",
            "--body",
            "x",
        ],
        &[
            "template", "add", "--kind", "email", "--name", "a", "--body", "x",
        ],
        &[
            "template",
            "add",
            "--kind",
            "email",
            "--name",
            "OFERTA",
            "--subject",
            "s",
            "--body",
            "x",
        ],
        &[
            "template", "add", "--kind", "sms", "--name", "a", "--body", "",
        ],
        &[
            "template",
            "add",
            "--kind",
            "sms",
            "--name",
            "a",
            "--body",
            "{{deal.title",
        ],
        &["template", "edit", "nie-ma", "--body", "x"],
        &["template", "edit", "oferta", "--body", "{{owner.nick}}"],
        &["template", "edit", "oferta", "--detach", "nie-ma.pdf"],
        &["template", "remove", "nie-ma"],
    ];
    let before = db.json(&["template", "list"]);
    for args in cases {
        db.fails(2, args);
    }
    assert_eq!(db.json(&["template", "list"]), before);
}

#[test]
fn templates_are_listed_shown_edited_renamed_and_removed() {
    let db = fixture();
    offer(&db);
    db.ok(&[
        "template",
        "add",
        "--kind",
        "sms",
        "--name",
        "Przypomnienie",
        "--body",
        "Zażółć {{deal.title}}",
    ]);
    let list = db.json(&["template", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .expect("list")
        .iter()
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    // Polish order, case-insensitive: "oferta" before "Przypomnienie".
    assert_eq!(names, ["oferta", "Przypomnienie"]);
    // Found by name whatever the case and diacritics.
    let t = db.json(&["template", "show", "PRZYPOMNIENIE"]);
    assert_eq!(t["kind"], "sms");
    assert_eq!(t["subject"], Value::Null);
    // The SMS's length: "Zażółć {{deal.title}}" has Polish letters, so UCS-2.
    let shown = db.ok(&["template", "show", "przypomnienie"]);
    assert!(shown.contains("UCS-2"), "{shown}");

    db.ok(&[
        "template",
        "edit",
        "oferta",
        "--name",
        "oferta-2026",
        "--subject",
        "Nowa: {{deal.title}}",
    ]);
    let t = db.json(&["template", "show", "oferta-2026"]);
    assert_eq!(t["subject"], "Nowa: {{deal.title}}");
    db.fails(2, &["template", "show", "oferta"]);
    // Without changes and without a terminal there is nothing to edit with.
    db.fails(2, &["template", "edit", "oferta-2026"]);

    db.ok(&["template", "remove", "oferta-2026"]);
    assert_eq!(
        db.json(&["template", "list"]).as_array().map(Vec::len),
        Some(1)
    );
}

#[test]
fn an_email_goes_to_the_outbox_with_polish_text_and_attachments_and_into_the_history() {
    let db = fixture();
    let dir = tempfile::tempdir().expect("temp");
    let cennik = dir.path().join("cennik-łódź.pdf");
    let cennik_bytes: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    std::fs::write(&cennik, &cennik_bytes).expect("write");
    let extra = dir.path().join("warunki.txt");
    std::fs::write(&extra, "Warunki: zażółć gęślą jaźń\n").expect("write");
    offer(&db);
    db.ok(&[
        "template",
        "edit",
        "oferta",
        "--attach",
        cennik.to_str().expect("utf-8"),
    ]);
    db.ok(&[
        "send",
        "email",
        "--deal",
        "1",
        "--template",
        "oferta",
        "--attach",
        extra.to_str().expect("utf-8"),
    ]);

    let emls = db.outbox("eml");
    assert_eq!(emls.len(), 1, "{emls:?}");
    let m = read_eml(&emls[0]);
    assert_eq!(m["subject"], "Oferta dla Łucja Nowak: Ulotki A5");
    assert!(m["to"].as_str().expect("to").contains("lucja@drukarnia.pl"));
    // anna sends: her name (her login, as `init` made her) in From.
    assert!(
        m["from"].as_str().expect("from").contains("anna"),
        "{}",
        m["from"]
    );
    // The value in English (the sender's language): PLN 1,234.56.
    let body = m["body"].as_str().expect("body");
    assert!(body.contains("Dzień dobry Łucja,"), "{body}");
    assert!(body.contains("PLN 1,234.56"), "{body}");
    assert!(body.contains("Ewa Zając"), "{body}");
    let files = m["attachments"].as_array().expect("attachments");
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["name"], "cennik-łódź.pdf");
    // The attachment arrives byte for byte: its size and SHA-256 as Python decodes it.
    assert_eq!(files[0]["size"], cennik_bytes.len());
    let sha: String = sha2::Sha256::digest(&cennik_bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(files[0]["sha256"], sha);
    assert_eq!(files[1]["name"], "warunki.txt");

    let s = db.sends(1);
    assert_eq!(s.len(), 1);
    let sent = &s[0].1;
    assert_eq!(sent["subject"], "Oferta dla Łucja Nowak: Ulotki A5");
    assert_eq!(sent["to"], "lucja@drukarnia.pl");
    assert_eq!(sent["template"], "oferta");
    assert!(sent["result"].get("Sent").is_some(), "{sent}");
    assert_eq!(sent["attachments"].as_array().map(Vec::len), Some(2));
    // The history line says what was sent, in words.
    let shown = db.ok(&["deal", "show", "1"]);
    assert!(shown.contains("e-mail to lucja@drukarnia.pl"), "{shown}");
}

#[test]
fn a_dry_run_previews_and_writes_nothing() {
    let db = fixture();
    offer(&db);
    db.ok(&[
        "template",
        "add",
        "--kind",
        "sms",
        "--name",
        "sms",
        "--body",
        "Zażółć gęślą jaźń: {{deal.title}}",
    ]);
    let p = db.json(&[
        "send",
        "sms",
        "--deal",
        "1",
        "--template",
        "sms",
        "--dry-run",
    ]);
    assert_eq!(p["to"], "+48 600 100 200");
    assert_eq!(p["body"], "Zażółć gęślą jaźń: Ulotki A5");
    // 28 characters, Polish letters: UCS-2, one segment of at most 70.
    assert_eq!(p["sms_segments"], 1);
    let p = db.json(&[
        "send",
        "email",
        "--deal",
        "1",
        "--template",
        "oferta",
        "--dry-run",
        "--to",
        "ktos@example.com",
    ]);
    assert_eq!(p["to"], "ktos@example.com");
    assert!(db.outbox("eml").is_empty());
    assert!(db.sends(1).is_empty());
}

#[test]
fn a_contact_without_an_address_is_a_clear_error_and_a_recorded_failure() {
    let db = fixture();
    offer(&db);
    let before = db.snapshot();
    let err = db.fails(2, &["send", "email", "--deal", "2", "--template", "oferta"]);
    assert!(
        err.contains("Drukarnia Bez Adresu") && err.contains("no e-mail"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // The failure is in the history; nothing went out.
    let s = db.sends(2);
    assert_eq!(s.len(), 1);
    assert!(s[0].1["result"].get("Failed").is_some());
    assert!(db.outbox("eml").is_empty());
    // Nothing else changed: no contact, no deal, not even the deal's last activity (no
    // message reached the customer).
    assert_eq!(before, db.snapshot());
    // A bad --to, a template of the other kind, an unknown deal: bad input, nothing written.
    db.fails(
        2,
        &[
            "send",
            "email",
            "--deal",
            "1",
            "--template",
            "oferta",
            "--to",
            "nie-adres",
        ],
    );
    db.fails(2, &["send", "sms", "--deal", "1", "--template", "oferta"]);
    db.fails(
        2,
        &["send", "email", "--deal", "99", "--template", "oferta"],
    );
    db.fails(2, &["send", "email", "--deal", "1", "--template", "nie-ma"]);
    assert!(db.sends(1).is_empty());
}

#[test]
fn a_campaign_send_goes_once_per_open_deal_and_a_rerun_sends_nothing() {
    let db = fixture();
    offer(&db);
    db.ok(&["campaign", "create", "--name", "Jesień"]);
    for c in ["1", "2"] {
        db.ok(&[
            "deal",
            "add",
            "--contact",
            c,
            "--title",
            "Kalendarze",
            "--campaign",
            "Jesień",
        ]);
    }
    // Deals 3 (Łucja) and 4 (no address) are open in the campaign; a third, 5, is won.
    db.ok(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Teczki",
        "--campaign",
        "Jesień",
    ]);
    db.ok(&["deal", "win", "5"]);
    // One campaign run: its exit code and (deal, status) rows.
    let run = || {
        let out = db
            .cmd(&[
                "send",
                "email",
                "--campaign",
                "Jesień",
                "--template",
                "oferta",
            ])
            .args(["--format", "json"])
            .output()
            .expect("run");
        let rows: Value = serde_json::from_slice(&out.stdout).expect("json");
        let rows: Vec<(u64, String)> = rows
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                (
                    r["deal"].as_u64().expect("deal"),
                    r["status"].as_str().expect("status").to_owned(),
                )
            })
            .collect();
        (out.status.code(), rows)
    };
    let rows = |list: &[(u64, &str)]| -> Vec<(u64, String)> {
        list.iter().map(|(d, s)| (*d, (*s).to_owned())).collect()
    };
    // Deal 4's contact has no address: that send failed, so the run exits 3 (partial).
    assert_eq!(run(), (Some(3), rows(&[(3, "sent"), (4, "failed")])));
    assert_eq!(db.outbox("eml").len(), 1);
    // A re-run: deal 3 was sent; deal 4 failed, so it is tried again (and fails again).
    assert_eq!(run(), (Some(3), rows(&[(3, "skipped"), (4, "failed")])));
    assert_eq!(db.outbox("eml").len(), 1, "nothing sent twice");
    // Once the contact has an address, the next run sends to it, and only to it.
    db.ok(&["contact", "set", "2", "--email", "biuro@drukarnia.pl"]);
    assert_eq!(run(), (Some(0), rows(&[(3, "skipped"), (4, "sent")])));
    assert_eq!(db.outbox("eml").len(), 2);
    // A dry run now would send nothing.
    let rows = db.json(&[
        "send",
        "email",
        "--campaign",
        "Jesień",
        "--template",
        "oferta",
        "--dry-run",
    ]);
    assert!(
        rows.as_array()
            .expect("rows")
            .iter()
            .all(|r| r["status"] == "skipped")
    );
    // The campaign's deals remember which campaign run sent them.
    assert!(db.sends(3)[0].1["campaign_id"].as_u64().is_some());
}

#[test]
fn a_failed_send_is_recorded_and_a_retry_sends_the_same_message() {
    let db = fixture();
    offer(&db);
    let cfg = tempfile::tempdir().expect("temp");
    // SMTP to a loopback port nobody listens on: the send fails (server down).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port();
    let down = cfg.path().join("down.toml");
    std::fs::write(&down, format!(
        "[email]\ntransport = \"smtp\"\n[email.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\ntimeout_secs = 5\n"
    )).expect("write");
    let down = down.to_str().expect("utf-8");
    let out = db
        .cmd(&[
            "--config",
            down,
            "send",
            "email",
            "--deal",
            "1",
            "--template",
            "oferta",
        ])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let s = db.sends(1);
    assert_eq!(s.len(), 1);
    let (failed_seq, failed) = &s[0];
    assert!(failed["result"].get("Failed").is_some(), "{failed}");
    assert!(
        failed["transport"]
            .as_str()
            .expect("transport")
            .contains("smtp"),
        "{failed}"
    );
    // `send log --failed` lists what a retry would send: this one, in full.
    let failed_log = db.json(&["send", "log", "--deal", "1", "--failed"]);
    assert_eq!(failed_log.as_array().map(Vec::len), Some(1));
    assert_eq!(failed_log[0]["seq"].as_u64(), Some(*failed_seq));
    assert_eq!(failed_log[0]["message"]["body"], failed["body"]);
    // Retry with the default transport (the outbox): the same subject and body, pointing back.
    db.ok(&["send", "retry", "--deal", "1"]);
    let s = db.sends(1);
    assert_eq!(s.len(), 2);
    let retry = &s[1].1;
    assert!(retry["result"].get("Sent").is_some());
    assert_eq!(retry["retry_of"].as_u64(), Some(*failed_seq));
    assert_eq!(retry["subject"], failed["subject"]);
    assert_eq!(retry["body"], failed["body"]);
    assert_eq!(db.outbox("eml").len(), 1);
    // Nothing left to retry; the log still has both attempts.
    db.fails(2, &["send", "retry", "--deal", "1"]);
    assert_eq!(
        db.json(&["send", "log", "--deal", "1", "--failed"]),
        serde_json::json!([])
    );
    assert_eq!(
        db.json(&["send", "log", "--deal", "1"])
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let text = db.ok(&["send", "log", "--deal", "1"]);
    assert!(
        text.contains("NOT sent") && text.contains("Dzień dobry Łucja,"),
        "{text}"
    );
}

#[test]
fn an_sms_goes_to_the_outbox() {
    let db = fixture();
    db.ok(&[
        "template",
        "add",
        "--kind",
        "sms",
        "--name",
        "sms",
        "--body",
        "Przypominamy: {{deal.title}}, {{owner.name}}",
    ]);
    db.ok(&["send", "sms", "--deal", "1", "--template", "sms"]);
    let files: Vec<PathBuf> = std::fs::read_dir(db.dir.path().join("outbox"))
        .expect("outbox")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).expect("read");
    // The transport dials the number without its spaces.
    assert!(text.starts_with("To: +48600100200\n\n"), "{text}");
    assert!(
        text.contains("Przypominamy: Ulotki A5, Ewa Zając"),
        "{text}"
    );
    let s = db.sends(1);
    assert_eq!(s[0].1["kind"], "Sms");
}

#[test]
fn templates_and_sends_pass_check_and_survive_backup_and_restore() {
    let db = fixture();
    let dir = tempfile::tempdir().expect("temp");
    let cennik = dir.path().join("cennik.pdf");
    std::fs::write(&cennik, b"%PDF-1.4 cennik").expect("write");
    offer(&db);
    db.ok(&[
        "template",
        "edit",
        "oferta",
        "--attach",
        cennik.to_str().expect("utf-8"),
    ]);
    db.ok(&["send", "email", "--deal", "1", "--template", "oferta"]);
    // The template's name index and its attachment's content are checked like the rest.
    db.ok(&["check"]);
    let backup = dir.path().join("lejek.bak");
    db.ok(&["backup", backup.to_str().expect("utf-8")]);
    let restored = Db::empty();
    restored.ok(&["restore", backup.to_str().expect("utf-8")]);
    assert_eq!(
        restored.json(&["template", "list"]),
        db.json(&["template", "list"])
    );
    assert_eq!(restored.sends(1), db.sends(1));
    restored.ok(&["check"]);
    // The restored template still sends with its attachment.
    restored.ok(&["send", "email", "--deal", "1", "--template", "oferta"]);
    let m = read_eml(&restored.outbox("eml")[0]);
    assert_eq!(m["attachments"][0]["name"], "cennik.pdf");
}

#[test]
fn export_all_carries_the_templates_and_import_all_brings_them_back() {
    let db = fixture();
    offer(&db);
    let dir = tempfile::tempdir().expect("temp");
    let cennik = dir.path().join("cennik.pdf");
    std::fs::write(&cennik, b"%PDF-1.4 cennik").expect("write");
    db.ok(&[
        "template",
        "add",
        "--kind",
        "email",
        "--name",
        "z-plikiem",
        "--subject",
        "s",
        "--body",
        "b",
        "--attach",
        cennik.to_str().expect("utf-8"),
    ]);
    let file = dir.path().join("all.json");
    db.ok(&["export", "all", "-o", file.to_str().expect("utf-8")]);
    let doc: Value = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
    let names: Vec<&str> = doc["templates"]
        .as_array()
        .expect("templates")
        .iter()
        .map(|t| t["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["oferta", "z-plikiem"]);

    // A database on another machine has neither template nor the attachment's content: the
    // template without files comes in, the one with a file is rejected (exit 3, partial).
    let other = Db::new();
    let out = other
        .cmd(&["import", "all", file.to_str().expect("utf-8")])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = other.json(&["template", "show", "oferta"]);
    assert_eq!(t["subject"], "Oferta dla {{contact.name}}: {{deal.title}}");
    assert_eq!(t["created_by"], "anna");
    other.fails(2, &["template", "show", "z-plikiem"]);
    // Into the database it came from: everything is there already, nothing is doubled.
    db.ok(&["import", "all", file.to_str().expect("utf-8")]);
    assert_eq!(
        db.json(&["template", "list"]).as_array().map(Vec::len),
        Some(2)
    );
}

/// `lejek send` through a real SMTP server (aiosmtpd on loopback) that requires a login: the
/// message arrives with the Polish subject; a refused login is one line, exit 1, and a
/// failed entry in the history, with nothing sent and nothing else changed.
#[test]
fn send_through_a_real_smtp_server_and_a_refused_login() {
    let Some(python) = smtp::python("send_through_a_real_smtp_server_and_a_refused_login") else {
        return;
    };
    let server = smtp::SmtpServer::start(python, Some(("ewa@firma.pl", "tajne hasło")), None);
    let db = fixture();
    offer(&db);
    let cfg = tempfile::tempdir().expect("temp");
    let config = cfg.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[email]\ntransport = \"smtp\"\nfrom = \"Ewa Zając <ewa@firma.pl>\"\n\
             [email.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\n\
             user = \"ewa@firma.pl\"\npassword_env = \"LEJEK_TEST_SMTP_PASSWORD\"\n",
            server.port
        ),
    )
    .expect("write config");
    let config = config.to_str().expect("utf-8");
    let send = |password: &str| {
        db.cmd(&[
            "--config",
            config,
            "send",
            "email",
            "--deal",
            "1",
            "--template",
            "oferta",
        ])
        .env("LEJEK_TEST_SMTP_PASSWORD", password)
        .output()
        .expect("run")
    };

    let before = db.snapshot();
    let out = send("złe hasło");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("ewa@firma.pl"), "{err}");
    assert_eq!(server.count(), 0);
    let s = db.sends(1);
    assert_eq!(s.len(), 1);
    assert!(s[0].1["result"].get("Failed").is_some(), "{}", s[0].1);
    assert_eq!(before, db.snapshot(), "nothing else changed");

    let out = send("tajne hasło");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (m, envelope) = server.received(python, 1);
    assert_eq!(m["subject"], "Oferta dla Łucja Nowak: Ulotki A5");
    assert!(
        m["from"].as_str().expect("from").contains("Ewa Zając"),
        "{m}"
    );
    assert!(
        envelope.to_string().contains("lucja@drukarnia.pl"),
        "{envelope}"
    );
    let s = db.sends(1);
    assert_eq!(s.len(), 2);
    assert!(
        s[1].1["transport"]
            .as_str()
            .expect("t")
            .starts_with("smtp 127.0.0.1:")
    );
}

/// A one-request-at-a-time HTTP server on loopback answering each request with the next of
/// `answers` (status, body) and passing on what it was sent.
fn gateway(answers: Vec<(u16, &'static str)>) -> (u16, std::sync::mpsc::Receiver<String>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for (status, body) in answers {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            // Read the head, then as many body bytes as Content-Length says.
            let mut got = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                let n = stream.read(&mut buf).unwrap_or(0);
                if n == 0 {
                    break;
                }
                got.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&got).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text[..end]
                        .lines()
                        .find_map(|l| {
                            let (k, v) = l.split_once(':')?;
                            k.eq_ignore_ascii_case("content-length")
                                .then(|| v.trim().parse::<usize>().ok())?
                        })
                        .unwrap_or(0);
                    if got.len() >= end + 4 + length {
                        break;
                    }
                }
            }
            let _ = tx.send(String::from_utf8_lossy(&got).into_owned());
            let reply = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    (port, rx)
}

/// `lejek send sms` through an HTTP gateway on loopback: an error answer is a failed send
/// (exit 1, one line, recorded), the next run's OK answer a sent one; the gateway got the
/// number, the Polish text and the token from the environment.
#[test]
fn send_sms_through_an_http_gateway_that_first_answers_an_error() {
    let (port, requests) = gateway(vec![(500, "ERROR: brak środków"), (200, "OK: 1 wysłany")]);
    let db = fixture();
    db.ok(&[
        "template",
        "add",
        "--kind",
        "sms",
        "--name",
        "sms",
        "--body",
        "Zażółć: {{deal.title}}",
    ]);
    let cfg = tempfile::tempdir().expect("temp");
    let config = cfg.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"http://127.0.0.1:{port}/sms.do\"\n\
             token_env = \"LEJEK_TEST_SMS_TOKEN\"\n\
             fields = {{ to = \"{{{{to}}}}\", message = \"{{{{text}}}}\" }}\nsuccess = \"OK\"\n"
        ),
    )
    .expect("write config");
    let config = config.to_str().expect("utf-8");
    let send = || {
        db.cmd(&[
            "--config",
            config,
            "send",
            "sms",
            "--deal",
            "1",
            "--template",
            "sms",
        ])
        .env("LEJEK_TEST_SMS_TOKEN", "t0k3n")
        .output()
        .expect("run")
    };
    let out = send();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("500"), "{err}");
    let first = requests
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("a request");
    assert!(first.contains("Bearer t0k3n"), "{first}");
    assert!(first.contains("to=%2B48600100200"), "{first}");
    assert!(db.ok(&["deal", "show", "1"]).contains("NOT sent"));

    let out = db
        .cmd(&["--config", config, "send", "retry", "--deal", "1"])
        .env("LEJEK_TEST_SMS_TOKEN", "t0k3n")
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = requests
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("a request");
    let s = db.sends(1);
    assert_eq!(s.len(), 2);
    assert!(
        s[1].1["result"]["Sent"]["detail"]
            .as_str()
            .expect("detail")
            .contains("OK")
    );
}

/// Two cron jobs running the same campaign send at once: each (template, deal) is claimed
/// in the database before it is sent, so every deal gets exactly one message.
#[test]
fn two_campaign_sends_at_once_send_each_deal_once() {
    let db = fixture();
    offer(&db);
    db.ok(&["campaign", "create", "--name", "Zima"]);
    for i in 0..24 {
        let c = db.add(&[
            "contact",
            "add",
            "--kind",
            "person",
            "--name",
            &format!("Osoba {i}"),
            "--email",
            &format!("osoba{i}@example.com"),
        ]);
        db.ok(&[
            "deal",
            "add",
            "--contact",
            &c.to_string(),
            "--title",
            "Kalendarze",
            "--campaign",
            "Zima",
        ]);
    }
    let runs: Vec<std::process::Child> = (0..2)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("lejek"))
                .env_clear()
                .env("LEJEK_NOW", common::NOW)
                .env("LEJEK_USER", "anna")
                .env("LEJEK_LANG", "en")
                .args(["--db", db.dir.path().to_str().expect("utf-8")])
                .args([
                    "send",
                    "email",
                    "--campaign",
                    "Zima",
                    "--template",
                    "oferta",
                ])
                .args(["--format", "json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("start a run")
        })
        .collect();
    let mut sent = 0;
    for run in runs {
        let out = run.wait_with_output().expect("a run ends");
        assert!(out.status.success());
        let rows: Value = serde_json::from_slice(&out.stdout).expect("json");
        let rows = rows.as_array().expect("rows");
        assert_eq!(rows.len(), 24);
        sent += rows.iter().filter(|r| r["status"] == "sent").count();
    }
    assert_eq!(sent, 24, "each deal once between the two runs");
    assert_eq!(db.outbox("eml").len(), 24);
}
