//! The agenda, its iCalendar file and the daily digest (issue 19 items 6, 7), through the
//! real binary on a fresh database. The clock is frozen at 2026-11-28 12:00 UTC (13:00 in
//! Warsaw, a Saturday); every expected line below is worked out from the fixture by hand.

mod common;

use common::Db;
use serde_json::Value;

/// Ids of the fixture's records, in the order they are made.
struct Fixture {
    db: Db,
    /// anna's tasks: overdue (20 Nov), today 14:00, a meeting tomorrow 10:00, in 10 days,
    /// one done today; piotr's task today.
    t_overdue: u64,
    t_today: u64,
    m_tomorrow: u64,
    t_in_10: u64,
    /// anna's deals by next activity: 25 Nov (overdue), today, 1 Dec, 20 Dec; piotr's today.
    d_overdue: u64,
    d_today: u64,
    d_dec1: u64,
}

fn fixture(db: Db) -> Fixture {
    db.ok(&["user", "add", "piotr", "--name", "Piotr Wiśniewski"]);
    let c = db.add(&[
        "contact",
        "add",
        "--kind",
        "company",
        "--name",
        "Drukarnia, Łódź; S.A.",
    ]);
    let c = c.to_string();
    let task = |title: &str, due: &str, more: &[&str]| {
        let mut a = vec!["task", "add", "--title", title, "--due", due];
        a.extend(more);
        db.add(&a)
    };
    let t_overdue = task("Send the samples", "2026-11-20", &[]);
    let t_today = task("Call the printer", "2026-11-28 14:00", &[]);
    let m_tomorrow = task(
        "Meeting in Gdańsk",
        "2026-11-29 10:00",
        &["--kind", "meeting"],
    );
    let t_in_10 = task("Order paper", "2026-12-08", &[]);
    let done = task("Already done", "2026-11-28 09:00", &[]);
    db.ok(&["task", "done", &done.to_string()]);
    task("Piotr's call", "2026-11-28", &["--assignee", "piotr"]);
    let deal = |title: &str, next: &str, more: &[&str]| {
        let mut a = vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            title,
            "--next",
            next,
        ];
        a.extend(more);
        db.add(&a)
    };
    let d_overdue = deal("Calendars", "2026-11-25", &[]);
    let d_today = deal("Flyers", "2026-11-28", &[]);
    let d_dec1 = deal("Posters", "2026-12-01", &[]);
    deal("Banners", "2026-12-20", &[]);
    deal("Piotr's deal", "2026-11-28", &["--owner", "piotr"]);
    Fixture {
        db,
        t_overdue,
        t_today,
        m_tomorrow,
        t_in_10,
        d_overdue,
        d_today,
        d_dec1,
    }
}

/// (day, kind, id, overdue, time) of every item of `agenda --format json`.
fn items(a: &Value) -> Vec<(String, String, u64, bool, Option<String>)> {
    let mut out = Vec::new();
    for day in a["days"].as_array().expect("days") {
        for i in day["items"].as_array().expect("items") {
            out.push((
                day["date"].as_str().expect("date").to_owned(),
                i["kind"].as_str().expect("kind").to_owned(),
                i["id"].as_u64().expect("id"),
                i["overdue"].as_bool().expect("overdue"),
                i["time"].as_str().map(str::to_owned),
            ));
        }
    }
    out
}

fn item(
    day: &str,
    kind: &str,
    id: u64,
    overdue: bool,
    time: Option<&str>,
) -> (String, String, u64, bool, Option<String>) {
    (
        day.to_owned(),
        kind.to_owned(),
        id,
        overdue,
        time.map(str::to_owned),
    )
}

#[test]
fn the_agenda_groups_what_is_due_by_day() {
    let f = fixture(Db::new());
    let a = f.db.json(&["agenda"]);
    assert_eq!(a["user"], "anna");
    assert_eq!(a["today"], "2026-11-28");
    // Seven days ahead: 28 Nov to 5 Dec, every day listed.
    assert_eq!(a["days"].as_array().map(Vec::len), Some(8));
    // Today: what is overdue, oldest first (the task of 20 Nov, the deal of 25 Nov); then
    // the day's whole-day line (the deal) before its timed one (the 14:00 call). The done
    // task, piotr's task and piotr's deal are not anna's business; the 8 Dec task and the
    // 20 Dec deal are beyond the week.
    assert_eq!(
        items(&a),
        [
            item("2026-11-28", "task", f.t_overdue, true, None),
            item("2026-11-28", "next_activity", f.d_overdue, true, None),
            item("2026-11-28", "next_activity", f.d_today, false, None),
            item("2026-11-28", "task", f.t_today, false, Some("14:00")),
            item("2026-11-29", "meeting", f.m_tomorrow, false, Some("10:00")),
            item("2026-12-01", "next_activity", f.d_dec1, false, None),
        ]
    );
    // --days 0 is today only; --days 10 reaches the 8 Dec task.
    let today = f.db.json(&["agenda", "--days", "0"]);
    assert_eq!(today["days"].as_array().map(Vec::len), Some(1));
    assert_eq!(items(&today).len(), 4);
    let ten = items(&f.db.json(&["agenda", "--days", "10"]));
    assert_eq!(
        ten.last(),
        Some(&item("2026-12-08", "task", f.t_in_10, false, None))
    );
    assert_eq!(ten.len(), 7);
    // Anyone may read anyone's agenda, as the deal and task lists: piotr's today.
    let p =
        f.db.json_as("piotr", &["agenda", "--of", "piotr", "--days", "0"]);
    let kinds: Vec<String> = items(&p).into_iter().map(|i| i.1).collect();
    // Both whole-day lines of the same day: tasks before deals.
    assert_eq!(kinds, ["task", "next_activity"]);

    // The text: a heading for today (always) and for days with something due only.
    let text = f.db.ok(&["agenda"]);
    assert!(text.contains("Saturday 2026-11-28 (today)"), "{text}");
    assert!(text.contains("Sunday 2026-11-29 (tomorrow)"), "{text}");
    assert!(text.contains("Tuesday 2026-12-01"), "{text}");
    assert!(!text.contains("Monday 2026-11-30"), "{text}");
    assert!(
        text.contains("overdue since 2026-11-20"),
        "the overdue task is marked: {text}"
    );
    assert!(text.contains("14:00  task: #"), "{text}");
    let pl = f.db.ok(&["--lang", "pl", "agenda", "--days", "1"]);
    assert!(pl.contains("sobota 28.11.2026 (dziś)"), "{pl}");
    assert!(pl.contains("spotkanie: #"), "{pl}");
    assert!(pl.contains("zaległe od 25.11.2026"), "{pl}");

    // CSV: one row per item, the day it is listed under first.
    let csv = f.db.ok(&["agenda", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("day,kind,id,title,due,time,overdue,deal_id,contact")
    );
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "2026-11-28,task,{},Send the samples,2026-11-20,,true,,",
                f.t_overdue
            )
            .as_str()
        )
    );
    assert_eq!(lines.count(), 5);
}

/// Unfold an iCalendar text (RFC 5545 3.1) into its content lines, checking the CRLF line
/// ends and the 75-octet limit on the way.
fn unfold(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "the file ends with CRLF");
    let mut out: Vec<String> = Vec::new();
    for raw in ics.trim_end_matches("\r\n").split("\r\n") {
        assert!(!raw.contains('\n'), "a bare LF: {raw:?}");
        assert!(raw.len() <= 75, "a line over 75 octets: {raw:?}");
        match raw.strip_prefix(' ') {
            Some(rest) => out.last_mut().expect("a continuation first").push_str(rest),
            None => out.push(raw.to_owned()),
        }
    }
    out
}

/// The events of an unfolded calendar: each event's lines as (name with parameters, value).
fn events(lines: &[String]) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut cur: Option<Vec<(String, String)>> = None;
    for l in lines {
        match l.as_str() {
            "BEGIN:VEVENT" => cur = Some(Vec::new()),
            "END:VEVENT" => out.extend(cur.take()),
            _ => {
                if let (Some(ev), Some((k, v))) = (cur.as_mut(), l.split_once(':')) {
                    ev.push((k.to_owned(), v.to_owned()));
                }
            }
        }
    }
    out
}

fn prop<'a>(ev: &'a [(String, String)], name: &str) -> Option<&'a str> {
    ev.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

#[test]
fn the_ics_file_has_stable_uids_and_parses_back() {
    let f = fixture(Db::new());
    let ics = f.db.ok(&["agenda", "--days", "10", "--format", "ics"]);
    let lines = unfold(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.iter().any(|l| l == "VERSION:2.0"));
    let evs = events(&lines);
    let uids: Vec<&str> = evs.iter().filter_map(|e| prop(e, "UID")).collect();
    // The domain is the database's, the same in the JSON's uid.
    let json = f.db.json(&["agenda", "--days", "10"]);
    let domain = json["days"][0]["items"][0]["uid"]
        .as_str()
        .and_then(|u| u.split_once('@'))
        .map(|(_, d)| d.to_owned())
        .expect("a uid with a domain");
    let expect: Vec<String> = [
        format!("task-{}", f.t_overdue),
        format!("deal-{}-next", f.d_overdue),
        format!("deal-{}-next", f.d_today),
        format!("task-{}", f.t_today),
        format!("task-{}", f.m_tomorrow),
        format!("deal-{}-next", f.d_dec1),
        format!("task-{}", f.t_in_10),
    ]
    .iter()
    .map(|s| format!("{s}@{domain}"))
    .collect();
    assert_eq!(uids, expect);
    // Every event is stamped with the (frozen) time of the run.
    assert!(
        evs.iter()
            .all(|e| prop(e, "DTSTAMP") == Some("20261128T120000Z"))
    );
    // The 14:00 task: half an hour at its local time; the meeting: an hour.
    let call = &evs[3];
    assert_eq!(prop(call, "DTSTART"), Some("20261128T140000"));
    assert_eq!(prop(call, "DTEND"), Some("20261128T143000"));
    assert_eq!(
        prop(call, "SUMMARY"),
        Some(format!("task: #{} Call the printer", f.t_today).as_str())
    );
    let meeting = &evs[4];
    assert_eq!(prop(meeting, "DTSTART"), Some("20261129T100000"));
    assert_eq!(prop(meeting, "DTEND"), Some("20261129T110000"));
    // The overdue deal stands on today as a whole day; its contact's comma and semicolon
    // are escaped.
    let late = &evs[1];
    assert_eq!(prop(late, "DTSTART;VALUE=DATE"), Some("20261128"));
    assert_eq!(prop(late, "DTEND;VALUE=DATE"), Some("20261129"));
    assert_eq!(
        prop(late, "SUMMARY"),
        Some(
            format!(
                "next activity: #{} Calendars · Drukarnia\\, Łódź\\; S.A. (overdue since 2026-11-25)",
                f.d_overdue
            )
            .as_str()
        )
    );
    // A second run, and one in another language, give the same UIDs.
    for args in [
        &["agenda", "--days", "10", "--format", "ics"][..],
        &["--lang", "pl", "agenda", "--days", "10", "--format", "ics"][..],
    ] {
        let again = events(&unfold(&f.db.ok(args)));
        let again: Vec<&str> = again.iter().filter_map(|e| prop(e, "UID")).collect();
        assert_eq!(again, uids);
    }
}

#[test]
fn the_ics_uids_are_the_same_without_a_server() {
    let f = fixture(Db::new_in_process());
    let a = events(&unfold(&f.db.ok(&["agenda", "--format", "ics"])));
    let b = events(&unfold(&f.db.ok(&["agenda", "--format", "ics"])));
    let uids = |e: &[Vec<(String, String)>]| -> Vec<String> {
        e.iter()
            .filter_map(|x| prop(x, "UID").map(str::to_owned))
            .collect()
    };
    assert_eq!(uids(&a), uids(&b));
    assert_eq!(uids(&a).len(), 6);
}

fn digest_twice(db: Db) {
    let f = fixture(db);
    // piotr notes anna's deal: anna, its owner, has one unread notification.
    f.db.ok_as(
        "piotr",
        &["deal", "note", &f.d_today.to_string(), "Spoke to them"],
    );
    let text = f.db.ok(&["digest"]);
    assert!(text.contains("anna (anna): your day, 2026-11-28"), "{text}");
    assert!(text.contains("Saturday 2026-11-28 (today)"), "{text}");
    assert!(text.contains("Call the printer"), "{text}");
    // Today only: tomorrow's meeting is not in it.
    assert!(!text.contains("Meeting in Gdańsk"), "{text}");
    assert!(text.contains("1 unread notification"), "{text}");
    // Reading the digest marks nothing read.
    assert!(f.db.ok(&["digest"]).contains("1 unread notification"));
    assert!(f.db.outbox("eml").is_empty(), "no --send, no mail");

    f.db.ok(&["user", "set", "anna", "--email", "anna@firma.pl"]);
    let first = f.db.cmd(&["digest", "--send"]).output().expect("run");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(first.stdout.is_empty(), "a sent digest is not printed");
    let mails = f.db.outbox("eml");
    assert_eq!(mails.len(), 1);
    let eml = std::fs::read_to_string(&mails[0]).expect("eml");
    assert!(eml.contains("To: anna@firma.pl"), "{eml}");
    assert!(
        eml.contains("Subject: lejek: your day, 2026-11-28"),
        "{eml}"
    );
    // The second run the same day sends nothing, and says so.
    let second = f.db.cmd(&["digest", "--send"]).output().expect("run");
    assert!(second.status.success());
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("anna: today's digest was sent already")
    );
    assert_eq!(f.db.outbox("eml").len(), 1);
    // Everyone's: anna's is sent already, piotr has no address (a line on stderr).
    let all =
        f.db.cmd(&["digest", "--all", "--send"])
            .output()
            .expect("run");
    assert!(all.status.success());
    let err = String::from_utf8_lossy(&all.stderr);
    assert!(err.contains("piotr: no e-mail address"), "{err}");
    assert_eq!(f.db.outbox("eml").len(), 1);
}

#[test]
fn a_digest_is_sent_once_a_day_through_the_server() {
    digest_twice(Db::new());
}

#[test]
fn a_digest_is_sent_once_a_day_without_a_server() {
    digest_twice(Db::new_in_process());
}

/// Run as `user` and expect exit 2 with nothing on stdout; stderr.
fn refused(db: &Db, user: &str, args: &[&str]) -> String {
    let out = db.cmd_as(user, args).output().expect("run lejek");
    assert_eq!(
        out.status.code(),
        Some(2),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "{args:?} printed {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn access_and_bad_input_are_refused_with_exit_2() {
    let f = fixture(Db::new());
    let db = &f.db;
    // Everyone's digest, and digest addresses, are an admin's.
    let e = refused(db, "piotr", &["digest", "--all"]);
    assert!(e.contains("only an admin"), "{e}");
    refused(
        db,
        "piotr",
        &["user", "set", "piotr", "--email", "p@firma.pl"],
    );
    refused(
        db,
        "anna",
        &["user", "set", "anna", "--email", "not an address"],
    );
    refused(
        db,
        "anna",
        &["user", "set", "nobody", "--email", "n@firma.pl"],
    );
    refused(db, "anna", &["agenda", "--days", "400"]);
    refused(db, "anna", &["agenda", "--of", "nobody"]);
    refused(db, "anna", &["agenda", "--format", "pdf"]);
    // Nothing was set by the refused commands: piotr's digest still has no address.
    let all = db
        .cmd(&["digest", "--all", "--send"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&all.stderr).contains("piotr: no e-mail address"));
    assert!(String::from_utf8_lossy(&all.stderr).contains("anna: no e-mail address"));
    // An admin may clear an address ("").
    db.ok(&["user", "set", "anna", "--email", "anna@firma.pl"]);
    db.ok(&["user", "set", "anna", "--email", ""]);
    let again = db.cmd(&["digest", "--send"]).output().expect("run");
    assert!(String::from_utf8_lossy(&again.stderr).contains("anna: no e-mail address"));
    assert!(db.outbox("eml").is_empty());
}
