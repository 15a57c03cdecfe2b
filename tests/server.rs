//! Shared access (issue 6, first step): a real `lejek serve` process on a temporary
//! database, driven through the library's client and through raw bytes on its socket.

#[path = "common/server.rs"]
mod server_fixture;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use lejek::i18n::Lang;
use lejek::model::{EntityKind, EntityRef, Money};
use lejek::report::{self, Params};
use lejek::server::client::{Client, ClientError};
use lejek::server::protocol::{
    Hello, ListArgs, PROTOCOL_VERSION, Query, Request, Response, new_request_id,
};
use lejek::server::serve::MAX_PAGE_ROWS;
use lejek::service::{Clock, Command as Cmd, ContactDraft, DealDraft, Service};
use server_fixture::{
    NOW, Server, apply_new, contact_names, hello_frame, lejek_as, names_in, new_contact,
    spawn_serve, stderr,
};

/// Everything the server answers after the bytes we sent, until it closes.
fn send_raw(s: &mut UnixStream, bytes: &[u8], hang_up: bool) -> Vec<u8> {
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(bytes).unwrap();
    if hang_up {
        s.shutdown(std::net::Shutdown::Write).unwrap();
    }
    let mut answer = Vec::new();
    s.read_to_end(&mut answer)
        .expect("server closes the connection");
    answer
}

#[test]
fn a_client_adds_a_contact_and_reads_it_back() {
    let server = Server::start();
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(lejek::server::socket_path(server.db()))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o660, "socket mode {mode:o}");
    let mut c = server.client("anna");
    let id = new_contact(&mut c, "Żuraw sp. z o.o.");
    assert!(contact_names(&mut c).contains(&"Żuraw sp. z o.o.".to_owned()));
    match c.request(&Request::Query(Query::Contact { id })).unwrap() {
        Response::Contact(contact) => assert_eq!(contact.name, "Żuraw sp. z o.o."),
        other => panic!("{other:?}"),
    }
    // Bad input comes back as a keyed error of class 2, and the connection stays usable.
    let empty = Cmd::AddContact(ContactDraft::default());
    match c
        .request(&Request::Apply {
            cmd: empty,
            id: new_request_id(),
        })
        .unwrap()
    {
        Response::Error(e) => assert_eq!(e.exit_code, 2, "{e:?}"),
        other => panic!("{other:?}"),
    }
    // A dry run writes nothing.
    let dry = Cmd::AddContact(ContactDraft {
        name: "Tylko próba".into(),
        ..Default::default()
    });
    assert!(matches!(
        c.request(&Request::DryRun { cmd: dry }).unwrap(),
        Response::Done(_)
    ));
    assert!(!contact_names(&mut c).contains(&"Tylko próba".to_owned()));
}

#[test]
fn four_concurrent_clients_each_add_fifty_contacts() {
    let server = Server::start();
    std::thread::scope(|s| {
        for t in 0..4 {
            let server = &server;
            s.spawn(move || {
                let mut c = server.client("anna");
                for i in 0..50 {
                    new_contact(&mut c, &format!("Klient {t}-{i}"));
                }
            });
        }
    });
    let names = contact_names(&mut server.client("anna"));
    for t in 0..4 {
        for i in 0..50 {
            assert!(names.contains(&format!("Klient {t}-{i}")), "Klient {t}-{i}");
        }
    }
    assert_eq!(names.len(), 200);
}

#[test]
fn bad_frames_close_that_connection_only() {
    let server = Server::start();
    let mut survivor = server.client("anna");

    // Garbage instead of a handshake: read as a length far above the limit.
    let answer = send_raw(&mut server.socket(), b"GARBAGE GARBAGE GARBAGE", false);
    assert!(!answer.is_empty(), "an error answer before closing");

    // A well-framed body that is not a message.
    let answer = send_raw(&mut server.socket(), &[0, 0, 0, 3, 0xff, 0xfe, 0xfd], false);
    assert!(!answer.is_empty());

    // After a good handshake: a truncated frame, then an oversized length.
    let mut s = server.socket();
    let mut bytes = hello_frame();
    bytes.extend([0, 0, 0, 100, 1, 2, 3]);
    send_raw(&mut s, &bytes, true);
    let mut s = server.socket();
    let mut bytes = hello_frame();
    bytes.extend(u32::MAX.to_be_bytes());
    let answer = send_raw(&mut s, &bytes, false);
    assert!(answer.len() > 4, "welcome and an error answer");

    // Everyone else is still served.
    new_contact(&mut survivor, "Po śmieciach");
    assert!(contact_names(&mut server.client("anna")).contains(&"Po śmieciach".to_owned()));
}

#[test]
fn a_wrong_protocol_version_gets_a_clear_error() {
    let server = Server::start();
    let hello = Hello {
        version: PROTOCOL_VERSION + 1,
        act_as: Some("anna".into()),
        lang: "en".into(),
        now: None,
    };
    let socket = lejek::server::socket_path(server.db());
    match Client::connect_with(&socket, &hello) {
        Err(ClientError::Refused(e)) => {
            assert_eq!(e.key, "server.err.version");
            let text = e.message(Lang::En);
            assert!(text.contains("protocol version mismatch"), "{text}");
            assert!(
                e.message(Lang::Pl).contains("wersja protokołu")
                    || e.message(Lang::Pl).contains("wersji")
            );
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a wrong version was accepted"),
    }
    // Unknown users are refused too.
    match Client::connect(server.db(), Some("mallory"), Lang::En) {
        Err(ClientError::Refused(e)) => assert!(e.message(Lang::En).contains("mallory")),
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("an unknown user was accepted"),
    }
    new_contact(&mut server.client("anna"), "Po złej wersji");
}

#[test]
fn acknowledged_writes_survive_kill_9() {
    let mut server = Server::start();
    let mut c = server.client("anna");
    for i in 0..30 {
        new_contact(&mut c, &format!("Trwały {i}"));
    }
    server.kill_9();
    let out = lejek_as(server.db(), "anna")
        .args(["contact", "list", "--format", "json"])
        .output()
        .expect("contact list");
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let names = names_in(&rows);
    for i in 0..30 {
        assert!(
            names.contains(&format!("Trwały {i}").as_str()),
            "Trwały {i} lost"
        );
    }
}

#[test]
fn the_server_exits_when_idle() {
    let mut server = Server::start();
    server.stop();
    let mut child = spawn_serve(server.db(), 1);
    let started = Instant::now();
    // One client comes and goes; the idle clock starts when it leaves.
    while Client::connect(server.db(), Some("anna"), Lang::En).is_err() {
        assert!(started.elapsed() < Duration::from_secs(10), "no server");
        std::thread::sleep(Duration::from_millis(20));
    }
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "still running");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!lejek::server::socket_path(server.db()).exists());
}

fn query(c: &mut Client, q: Query) -> Response {
    c.request(&Request::Query(q)).expect("query")
}

#[test]
fn deal_and_contact_views_travel_and_print_the_same_json() {
    let server = Server::start();
    let mut c = server.client("anna");
    let firm = new_contact(&mut c, "Żuraw S.A.");
    let value = Some(Money::new(1_234_550, "PLN"));
    let deal = apply_new(
        &mut c,
        Cmd::AddDeal(DealDraft {
            contact_id: firm,
            title: "Dźwig".into(),
            value,
            tags: vec!["vip".into()],
            ..Default::default()
        }),
    );
    apply_new(
        &mut c,
        Cmd::AddDeal(DealDraft {
            contact_id: firm,
            title: "Inny".into(),
            ..Default::default()
        }),
    );

    // A filtered, limited list of views, rebuilt on the client.
    let args = ListArgs {
        filter: "tag:vip owner:me".into(),
        sort: None,
        limit: Some(5),
        offset: 0,
    };
    let views: Vec<_> = match query(&mut c, Query::DealViews(args)) {
        Response::DealViews(ws) => ws.into_iter().map(|w| w.view()).collect(),
        other => panic!("deal views answered {other:?}"),
    };
    assert_eq!(views.len(), 1);
    let v = &views[0];
    assert_eq!((v.id, v.title.as_str()), (deal, "Dźwig"));
    assert_eq!(v.contact, "Żuraw S.A.");
    assert_eq!(v.stage_kind, "open");
    assert_eq!(v.value.as_deref(), Some("12345.50"));
    assert_eq!(v.deal.id, deal, "the record travels too");
    let json: serde_json::Value = serde_json::to_value(v).unwrap();
    assert_eq!(json["stage_kind"], "open");
    assert!(
        json.get("deal").is_none(),
        "the record stays out of the JSON"
    );

    // One answer builds at most MAX_PAGE_ROWS views (issue 17): more ids at once are bad
    // input, not a server building millions of views; as many is fine.
    let too_many: Vec<u64> = (1..=MAX_PAGE_ROWS as u64 + 1).collect();
    match query(&mut c, Query::DealViewsOf { ids: too_many }) {
        Response::Error(e) => assert_eq!(e.exit_code, 2, "bad input: {e:?}"),
        other => panic!("{} ids answered {other:?}", MAX_PAGE_ROWS + 1),
    }
    let as_many: Vec<u64> = (1..=MAX_PAGE_ROWS as u64).collect();
    match query(&mut c, Query::DealViewsOf { ids: as_many }) {
        // Only the deal that exists among them comes back.
        Response::DealViews(ws) => assert!(ws.iter().any(|w| w.record.id == deal)),
        other => panic!("{MAX_PAGE_ROWS} ids answered {other:?}"),
    }

    // The single view equals the list's, and the server's JSON is the CLI's JSON.
    let one = match query(&mut c, Query::DealView { id: deal }) {
        Response::DealView(w) => w.view(),
        other => panic!("deal view answered {other:?}"),
    };
    assert_eq!(serde_json::to_value(&one).unwrap(), json);

    let contact = match query(&mut c, Query::ContactView { id: firm }) {
        Response::ContactView(w) => w.view(),
        other => panic!("contact view answered {other:?}"),
    };
    assert_eq!(contact.kind, "company");
    assert_eq!(contact.contact.name, "Żuraw S.A.");
    let deals_of = match query(&mut c, Query::DealsOfContact { contact: firm }) {
        Response::DealViews(ws) => ws.len(),
        other => panic!("deals of contact answered {other:?}"),
    };
    assert_eq!(deals_of, 2);

    // The CLI, once the server is gone, prints the same fields for the deal.
    drop(c);
    let mut server = server;
    server.stop();
    let out = lejek_as(server.db(), "anna")
        .args(["deal", "show", &deal.to_string(), "--format", "json"])
        .output()
        .expect("deal show");
    assert!(out.status.success(), "{}", stderr(&out));
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    // `deal show` adds history, notes and the like to the view's fields.
    for (field, value) in json.as_object().expect("an object") {
        assert_eq!(&cli[field], value, "{field}");
    }
}

#[test]
fn history_notes_users_dicts_and_errors_over_the_socket() {
    let server = Server::start();
    let mut c = server.client("anna");
    let id = new_contact(&mut c, "Osoba Testowa");
    let on = EntityRef {
        kind: EntityKind::Contact,
        id,
    };
    apply_new(
        &mut c,
        Cmd::AddNote {
            on,
            text: "Zadzwonić w piątek".into(),
        },
    );
    match query(&mut c, Query::Notes { on }) {
        Response::Notes(ns) => {
            assert_eq!(ns.len(), 1);
            assert_eq!(ns[0].text, "Zadzwonić w piątek");
        }
        other => panic!("notes answered {other:?}"),
    }
    match query(&mut c, Query::History { entity: on }) {
        Response::Events(evs) => assert!(evs.len() >= 2, "{evs:?}"),
        other => panic!("history answered {other:?}"),
    }
    match query(&mut c, Query::Users) {
        Response::Users(us) => assert!(us.iter().any(|u| u.login == "anna")),
        other => panic!("users answered {other:?}"),
    }
    match query(
        &mut c,
        Query::User {
            login: "nikt".into(),
        },
    ) {
        Response::User(u) => assert!(u.is_none()),
        other => panic!("user answered {other:?}"),
    }
    match query(&mut c, Query::DictEntries) {
        Response::DictEntries(es) => assert!(!es.is_empty()),
        other => panic!("dict entries answered {other:?}"),
    }
    match query(&mut c, Query::IsInitialised) {
        Response::Flag(f) => assert!(f),
        other => panic!("is initialised answered {other:?}"),
    }
    // A missing record is an error answer; the connection keeps working.
    match query(
        &mut c,
        Query::FindCampaign {
            id_or_name: "brak".into(),
        },
    ) {
        Response::Error(e) => assert_eq!(e.key, "err.no_campaign"),
        other => panic!("find campaign answered {other:?}"),
    }
    match query(&mut c, Query::ListTasks(ListArgs::default())) {
        Response::Tasks(ts) => assert!(ts.is_empty()),
        other => panic!("tasks answered {other:?}"),
    }
}

#[test]
fn a_report_over_the_socket_equals_the_report_computed_locally() {
    let server = Server::start();
    let mut c = server.client("anna");
    let firm = new_contact(&mut c, "Żuraw S.A.");
    let mut deals = Vec::new();
    for (title, minor) in [("Dźwig", 1_234_550), ("Żuraw", 99_900), ("Suwnica", 5_000)] {
        deals.push(apply_new(
            &mut c,
            Cmd::AddDeal(DealDraft {
                contact_id: firm,
                title: title.into(),
                value: Some(Money::new(minor, "PLN")),
                ..Default::default()
            }),
        ));
    }
    c.request(&Request::Apply {
        cmd: Cmd::WinDeal {
            id: deals[0],
            stage: None,
        },
        id: new_request_id(),
    })
    .expect("win");

    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let params = Params {
        from: Some(day("2026-01-01")),
        to: Some(day("2026-12-31")),
        me: "anna".into(),
        ..Default::default()
    };
    let remote = match query(
        &mut c,
        Query::Report {
            name: "funnel".into(),
            params: Box::new(params.clone()),
        },
    ) {
        Response::Report(r) => r,
        other => panic!("report answered {other:?}"),
    };
    assert_eq!(remote.name, "funnel");

    drop(c);
    let mut server = server;
    server.stop();
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
    let svc = Service::open(server.db(), false, Clock::fixed(now)).expect("open");
    let local = report::run(&svc, "funnel", &params).expect("local funnel");
    assert_eq!(remote, local);
    let json = lejek::render::report::json_value(&local);
    assert_eq!(lejek::render::report::json_value(&remote), json);
    assert!(json.to_string().contains("reached"), "{json}");
    assert_eq!(local.rows.first().map(|r| r[1].count()), Some(3), "{json}");
}

/// A long request says how far it has got before it answers (issue 9: `lejek check` and
/// `lejek backup` show a bar with counts through a server): the first report names the
/// size of the work, the last says it is all done, and the size is what the answer counts.
#[test]
fn check_and_backup_report_progress_before_their_answer() {
    let server = Server::start();
    let mut c = server.client("anna");
    for i in 0..30 {
        new_contact(&mut c, &format!("Postęp {i}"));
    }
    let mut seen: Vec<(u64, u64)> = Vec::new();
    let answer = c
        .request_with(&Request::Check { repair: false }, &mut |d, t| {
            seen.push((d, t))
        })
        .expect("check");
    let Response::Check(report) = answer else {
        panic!("not a check report: {answer:?}");
    };
    let (first, last) = (seen.first().copied(), seen.last().copied());
    assert_eq!(first, Some((0, report.records)), "{seen:?}");
    assert_eq!(last, Some((report.records, report.records)), "{seen:?}");

    // The client opens the file and hands it over (the server never opens a client's path).
    let file = server.db().join("kopia.bak");
    let open = std::fs::File::create(&file).expect("create the backup file");
    let mut seen: Vec<(u64, u64)> = Vec::new();
    let answer = c
        .request_with_file(
            &Request::Backup {
                shown: file.display().to_string(),
            },
            &open,
            &mut |d, t| seen.push((d, t)),
        )
        .expect("backup");
    let Response::Backup(summary) = answer else {
        panic!("not a backup summary: {answer:?}");
    };
    // The backup writes every tree's records: its count is the bar's total.
    assert_eq!(seen.first().map(|p| p.1), Some(summary.records), "{seen:?}");
    assert_eq!(
        seen.last().copied(),
        Some((summary.records, summary.records))
    );
    assert!(std::fs::metadata(&file).expect("backup").len() > 0);
}
