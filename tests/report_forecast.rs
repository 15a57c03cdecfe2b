//! R9 forecast (issue 19 item 4) against numbers worked out by hand, through the real
//! binary (`LEJEK_NOW=2026-11-28T12:00:00Z`, `TZ=Europe/Warsaw`), like tests/reports.rs.
//!
//! Stages are the English defaults (new, qualification, proposal, negotiation open; won;
//! lost). Probabilities, set with `SetStage` (what `dict set` runs), at 10:00Z:
//! ```text
//! 2026-01-01  qualification 20, proposal 50     (new never gets one)
//! 2026-06-01  proposal 50 -> 60
//! 2026-10-01  negotiation (none) -> 80
//! ```
//! Deals (owner, value PLN, expected close, created 2026-03-01 unless given; then moves):
//! ```text
//! D1 anna   1000    2027-01-15  proposal 03-10
//! D2 bartek 2000    2027-01-31  qualification 03-05
//! D3 anna   3000    2027-02-10  proposal 03-10; value 3000 -> 4000 on 07-01
//! D4 bartek  500    -           negotiation 03-10
//! D5 anna     10.05 2027-03-31  proposal 03-10
//! D6 anna   7000    2027-01-20  won 04-01
//! D7 bartek  900    2026-12-05  - (stays new)
//! D8 anna    800    2027-02-01  created 2026-09-01, stays new
//! ```

use std::path::Path;

use assert_cmd::Command;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use lejek::i18n::Lang;
use lejek::model::{ContactKind, Money};
use lejek::service::{Actor, Clock, Command as Cmd, ContactDraft, DealDraft, DealPatch, Service};

const NOW: &str = "2026-11-28T12:00:00Z";

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(&format!("{s}T10:00:00Z"))
        .unwrap_or_else(|e| panic!("{s}: {e}"))
        .with_timezone(&Utc)
}

fn apply(svc: &Service, at: &str, cmd: Cmd) -> u64 {
    let actor = Actor {
        login: "anna".into(),
        at: t(at),
        recorded: None,
    };
    svc.apply(&actor, cmd)
        .unwrap_or_else(|e| panic!("at {at}: {e:?}"))
        .id
        .unwrap_or_default()
}

fn patch(svc: &Service, id: u64, at: &str, patch: DealPatch) {
    apply(svc, at, Cmd::UpdateDeal { id, patch });
}

fn stage(svc: &Service, id: u64, at: &str, stage: &str) {
    let p = DealPatch {
        stage: Some(stage.into()),
        ..Default::default()
    };
    patch(svc, id, at, p);
}

fn probability(svc: &Service, at: &str, name: &str, p: u8) {
    let cmd = Cmd::SetStage {
        name: name.into(),
        probability: Some(Some(p)),
        rot_days: None,
    };
    apply(svc, at, cmd);
}

/// The database described at the top of this file.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let svc = Service::open(dir.path(), true, Clock::fixed(t("2026-11-28"))).expect("open");
    for (login, admin) in [("anna", true), ("bartek", false)] {
        let cmd = Cmd::AddUser {
            login: login.into(),
            name: login.into(),
            admin,
        };
        apply(&svc, "2025-01-01", cmd);
    }
    for (kind, name, stage_kind) in lejek::service::seed::default_dicts(Lang::En) {
        let cmd = Cmd::AddDictEntry {
            kind,
            name: name.into(),
            stage_kind,
        };
        apply(&svc, "2025-01-01", cmd);
    }
    probability(&svc, "2026-01-01", "qualification", 20);
    probability(&svc, "2026-01-01", "proposal", 50);
    let contact = ContactDraft {
        kind: Some(ContactKind::Company),
        name: "Kontakt".into(),
        ..Default::default()
    };
    let c = apply(&svc, "2026-01-01", Cmd::AddContact(contact));
    let deal = |owner: &str, minor: i64, expected: Option<&str>, at: &str| {
        let draft = DealDraft {
            contact_id: c,
            title: format!("Interes {minor}"),
            owner: Some(owner.into()),
            value: Some(Money::new(minor, "PLN")),
            expected_close: expected.map(|d| d.parse::<NaiveDate>().expect("date")),
            ..Default::default()
        };
        apply(&svc, at, Cmd::AddDeal(draft))
    };
    let d1 = deal("anna", 100_000, Some("2027-01-15"), "2026-03-01");
    let d2 = deal("bartek", 200_000, Some("2027-01-31"), "2026-03-01");
    let d3 = deal("anna", 300_000, Some("2027-02-10"), "2026-03-01");
    let d4 = deal("bartek", 50_000, None, "2026-03-01");
    let d5 = deal("anna", 1_005, Some("2027-03-31"), "2026-03-01");
    let d6 = deal("anna", 700_000, Some("2027-01-20"), "2026-03-01");
    deal("bartek", 90_000, Some("2026-12-05"), "2026-03-01");
    stage(&svc, d2, "2026-03-05", "qualification");
    for d in [d1, d3, d5] {
        stage(&svc, d, "2026-03-10", "proposal");
    }
    stage(&svc, d4, "2026-03-10", "negotiation");
    stage(&svc, d6, "2026-04-01", "won");
    probability(&svc, "2026-06-01", "proposal", 60);
    let value = DealPatch {
        value: Some(Some(Money::new(400_000, "PLN"))),
        ..Default::default()
    };
    patch(&svc, d3, "2026-07-01", value);
    deal("anna", 80_000, Some("2027-02-01"), "2026-09-01");
    probability(&svc, "2026-10-01", "negotiation", 80);
    dir
}

fn lejek(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("lejek").expect("binary");
    c.env_clear()
        .env("LEJEK_NOW", NOW)
        .env("TZ", "Europe/Warsaw")
        .env("NO_COLOR", "1")
        .env("LEJEK_USER", "anna")
        .env("LEJEK_LANG", "en")
        .env("LEJEK_NO_SERVER", "1")
        .arg("--db")
        .arg(db)
        .args(args);
    c
}

/// `lejek report forecast ARGS... --format json`.
fn forecast(db: &Path, args: &[&str]) -> Value {
    let mut all = vec!["report", "forecast"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let out = lejek(db, &all).output().expect("run lejek");
    assert!(
        out.status.success(),
        "lejek {all:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn rows(v: &Value) -> Vec<Value> {
    v["rows"].as_array().cloned().expect("rows")
}

#[test]
fn r9_forecast_by_month_now() {
    let db = fixture();
    let v = forecast(db.path(), &[]);
    assert_eq!(
        v["columns"],
        json!(["interval", "count", "value", "weighted", "no_probability"])
    );
    assert_eq!(
        rows(&v),
        [
            // D7 900 in new, which has no probability: weighs 0, counted as such.
            json!(["2026-12", 1, "900.00", "0.00", 1]),
            // D1 1000 x 60% = 600, D2 2000 x 20% = 400 (D6 is won: not open, left out).
            json!(["2027-01", 2, "3000.00", "1000.00", 0]),
            // D3 4000 (its value now) x 60% = 2400; D8 800 in new: 0, no probability.
            json!(["2027-02", 2, "4800.00", "2400.00", 1]),
            // D5 10.05 x 60% = 6.03 exactly.
            json!(["2027-03", 1, "10.05", "6.03", 0]),
            // D4 500 without an expected date, in negotiation (80% since 10-01): 400.
            json!([null, 1, "500.00", "400.00", 0]),
        ]
    );
    // 900 + 3000 + 4800 + 10.05 + 500; 0 + 1000 + 2400 + 6.03 + 400.
    assert_eq!(v["totals"], json!(["total", 7, "9210.05", "3806.03", 2]));
}

#[test]
fn r9_forecast_by_quarter_owner_and_stage() {
    let db = fixture();
    let v = forecast(db.path(), &["--interval", "quarter"]);
    assert_eq!(
        rows(&v),
        [
            json!(["2026-Q4", 1, "900.00", "0.00", 1]),
            // D1, D2, D3, D5, D8: 1000 + 2000 + 4000 + 10.05 + 800; 600 + 400 + 2400 + 6.03.
            json!(["2027-Q1", 5, "7810.05", "3406.03", 1]),
            json!([null, 1, "500.00", "400.00", 0]),
        ]
    );

    let v = forecast(db.path(), &["--by", "owner", "--owner", "anna"]);
    assert_eq!(v["columns"][1], json!("owner"));
    assert_eq!(
        rows(&v),
        [
            json!(["2027-01", "anna", 1, "1000.00", "600.00", 0]),
            // D3 and D8.
            json!(["2027-02", "anna", 2, "4800.00", "2400.00", 1]),
            json!(["2027-03", "anna", 1, "10.05", "6.03", 0]),
        ]
    );
    assert_eq!(
        v["totals"],
        json!(["total", null, 4, "5810.05", "3006.03", 1])
    );

    // Stages in pipeline order within an interval: qualification (D2) before proposal (D1).
    let v = forecast(db.path(), &["--by", "stage"]);
    let january: Vec<Value> = rows(&v)
        .into_iter()
        .filter(|r| r[0] == json!("2027-01"))
        .collect();
    assert_eq!(
        january,
        [
            json!(["2027-01", "qualification", 1, "2000.00", "400.00", 0]),
            json!(["2027-01", "proposal", 1, "1000.00", "600.00", 0]),
        ]
    );

    // Won deals on request: D6 7000 at 100%.
    let v = forecast(db.path(), &["--stage-kind", "won"]);
    assert_eq!(rows(&v), [json!(["2027-01", 1, "7000.00", "7000.00", 0])]);
}

#[test]
fn r9_forecast_as_of_before_the_probability_changes() {
    let db = fixture();
    let v = forecast(db.path(), &["--as-of", "2026-05-31"]);
    assert_eq!(
        rows(&v),
        [
            json!(["2026-12", 1, "900.00", "0.00", 1]),
            // Proposal was 50% until 06-01: D1 1000 x 50% = 500, D2 2000 x 20% = 400.
            json!(["2027-01", 2, "3000.00", "900.00", 0]),
            // D3 was worth 3000 until 07-01: x 50% = 1500; D8 did not exist yet.
            json!(["2027-02", 1, "3000.00", "1500.00", 0]),
            // 10.05 x 50% = 5.025: half a grosz rounds up.
            json!(["2027-03", 1, "10.05", "5.03", 0]),
            // Negotiation had no probability before 10-01: D4 weighs 0.
            json!([null, 1, "500.00", "0.00", 1]),
        ]
    );
    assert_eq!(v["totals"], json!(["total", 6, "7410.05", "2405.03", 2]));
}

#[test]
fn r9_forecast_bad_parameters_exit_2_and_it_is_listed() {
    let db = fixture();
    let bad = |args: &[&str], want: &str| {
        let out = lejek(db.path(), args).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    };
    bad(
        &["report", "forecast", "--interval", "year"],
        "cannot use interval 'year'",
    );
    bad(
        &["report", "forecast", "--by", "contact"],
        "cannot be split by 'contact'",
    );
    bad(&["report", "forecast", "--kind", "company"], "--kind");
    // deal-value keeps refusing a split by stage.
    bad(
        &["report", "deal-value", "--by", "stage"],
        "cannot group by 'stage'",
    );
    // The Polish table names the columns.
    let out = lejek(db.path(), &["report", "forecast"])
        .env("LEJEK_LANG", "pl")
        .output()
        .expect("run");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(table.contains("Wartość ważona"), "{table}");
}
