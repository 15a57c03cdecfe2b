//! The TUI's report pane (R1-R8 in the Reports view): Enter opens the report under the cursor
//! and computes it, `e` edits its parameters in a form, Esc goes back to the list.

use lejek::i18n::Lang;
use lejek::service::{Clock, Service};
use lejek::tui::{self, keymap::Keymap, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

fn screen(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn funnel_opens_recomputes_with_new_parameters_and_closes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_lejek"))
        .env("LEJEK_NOW", "2026-11-28T12:00:00Z")
        .env("TZ", "Europe/Warsaw")
        .env("LEJEK_USER", "anna")
        .arg("--db")
        .arg(dir.path())
        .args(["init", "--demo"])
        .output()
        .expect("run lejek");
    assert!(status.status.success());
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
        .expect("time")
        .with_timezone(&chrono::Utc);
    let svc = Service::open(dir.path(), false, Clock::fixed(now)).expect("open");
    let mut app = tui::new_app(
        lejek::backend::Backend::local(svc, "anna".into()),
        "anna".into(),
        Lang::Pl,
        Keymap::default(),
    );
    app.theme.color = false;
    tui::load_now(&mut app);
    let mut term = Terminal::new(TestBackend::new(100, 35)).expect("terminal");

    // 5: Reports; the funnel is the seventh report (R7).
    update::on_key(&mut app, key(KeyCode::Char('5')));
    for _ in 0..6 {
        update::on_key(&mut app, key(KeyCode::Char('j')));
    }
    update::on_key(&mut app, key(KeyCode::Enter));
    let pane = app.report.as_ref().expect("a report is open");
    assert_eq!(pane.name, "funnel");
    let report = pane
        .result
        .as_ref()
        .expect("computed")
        .as_ref()
        .expect("no error");
    let ids: Vec<&str> = report.columns.iter().map(|c| c.id.as_str()).collect();
    for c in ["stage", "reached", "lost_at", "moved_on", "still"] {
        assert!(ids.contains(&c), "funnel lacks {c}: {ids:?}");
    }
    tui::draw(&mut app, &mut term).expect("draw");
    let s = screen(&term);
    assert!(s.contains("Lejek sprzedażowy"), "{s}");
    assert!(s.contains("Osiągnęło"), "Polish headers: {s}");

    // e: parameters; an as-of date before the data began leaves nothing reached.
    update::on_key(&mut app, key(KeyCode::Char('e')));
    for c in "2020-01-01".chars() {
        update::on_key(&mut app, key(KeyCode::Char(c)));
    }
    update::on_key(&mut app, key(KeyCode::Tab));
    for c in "2020-12-31".chars() {
        update::on_key(&mut app, key(KeyCode::Char(c)));
    }
    update::on_key(&mut app, key(KeyCode::Enter));
    let pane = app.report.as_ref().expect("still open");
    assert_eq!(
        pane.params.from,
        chrono::NaiveDate::from_ymd_opt(2020, 1, 1)
    );
    let report = pane
        .result
        .as_ref()
        .expect("recomputed")
        .as_ref()
        .expect("no error");
    // The demo's history spans the last two years, so nothing was created in 2020.
    let reached: i64 = report.rows.iter().map(|r| r[1].count()).sum();
    assert_eq!(reached, 0, "no deals in 2020");

    // Esc closes the report and shows the list again.
    update::on_key(&mut app, key(KeyCode::Esc));
    assert!(app.report.is_none());
}
