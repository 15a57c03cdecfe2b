//! The report pane for a working day (issue 18 item 9): every parameter the CLI takes is in
//! the report's form, days are read as the CLI reads them, the chart shows any of its
//! series, and every report fits 80x24 in Polish without its headers cut.
//!
//! Snapshots are plain text without colour over the TUI tests' fixture database (see
//! `tests/common/tui.rs`); review a changed one with `cargo insta review`.

#[path = "common/tui.rs"]
mod fixture;

use chrono::NaiveDate;
use fixture::{app, app_in, keys, screen, type_text};
use lejek::i18n::Lang;
use lejek::tui::app::App;
use lejek::tui::form_pane::FormPane;
use lejek::tui::report_pane::fields_of;

/// The report names in the order of the Reports view.
const REPORTS: [&str; 9] = [
    "contact-sources",
    "contact-end-reasons",
    "deal-sources",
    "deal-loss-reasons",
    "deal-value",
    "sales-activity",
    "funnel",
    "deal-stages",
    "forecast",
];

/// Open the report at `index` of the Reports view.
fn open(app: &mut App, index: usize) {
    keys(app, &["5", "g"]);
    for _ in 0..index {
        keys(app, &["j"]);
    }
    keys(app, &["enter"]);
    let pane = app.report.as_ref().expect("a report is open");
    assert_eq!(pane.name, REPORTS[index]);
    assert!(
        matches!(pane.result, Some(Ok(_))),
        "{} computed: {:?}",
        pane.name,
        pane.result.as_ref().map(|r| r.as_ref().err())
    );
}

#[test]
fn each_report_fits_80x24_in_polish_with_whole_headers() {
    let (_db, mut app) = app();
    for (i, name) in REPORTS.iter().enumerate() {
        open(&mut app, i);
        let s = screen(&mut app, 80, 24);
        let report = app
            .report
            .as_ref()
            .and_then(|p| p.result.as_ref())
            .and_then(|r| r.as_ref().ok())
            .expect("computed");
        // Every word of every column's header is on screen whole (wrapped, never cut).
        for c in &report.columns {
            for word in c.label.text(Lang::Pl).split_whitespace() {
                assert!(
                    s.contains(word),
                    "{name}: header word {word:?} missing:\n{s}"
                );
            }
        }
        assert!(
            s.contains("e parametry"),
            "{name}: the keys are shown:\n{s}"
        );
        insta::assert_snapshot!(format!("report_80x24_pl_{name}"), s);
        keys(&mut app, &["esc"]);
    }
}

#[test]
fn a_report_at_120x35_in_english() {
    let (_db, mut app) = app_in(Lang::En);
    open(&mut app, 6);
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("Sales funnel"), "{s}");
    insta::assert_snapshot!("report_120x35_en_funnel", s);
}

#[test]
fn the_form_has_every_parameter_the_cli_takes() {
    // Worked out from `lejek report NAME --help` and the refusals of `report::params`:
    // the period (not for the forecast: its deals are dated by their expected close, and
    // --from/--to do not narrow it), then what each report accepts.
    let expected: [(&str, &[&str]); 9] = [
        (
            "forecast",
            &[
                "as_of",
                "interval",
                "by",
                "owner",
                "contact",
                "sources",
                "tags",
                "stage",
                "stage_kind",
                "filter",
            ],
        ),
        (
            "contact-sources",
            &["from", "to", "tags", "kind", "roles", "filter"],
        ),
        (
            "contact-end-reasons",
            &["from", "to", "tags", "kind", "roles", "filter"],
        ),
        (
            "deal-sources",
            &[
                "from",
                "to",
                "as_of",
                "owner",
                "contact",
                "sources",
                "tags",
                "stage",
                "stage_kind",
                "filter",
            ],
        ),
        (
            "deal-loss-reasons",
            &[
                "from",
                "to",
                "as_of",
                "owner",
                "contact",
                "sources",
                "tags",
                "stage",
                "stage_kind",
                "filter",
            ],
        ),
        (
            "deal-value",
            &[
                "from",
                "to",
                "as_of",
                "interval",
                "by",
                "owner",
                "contact",
                "sources",
                "tags",
                "stage",
                "stage_kind",
                "filter",
            ],
        ),
        ("sales-activity", &["from", "to", "interval", "owner"]),
        (
            "funnel",
            &[
                "from", "to", "as_of", "owner", "contact", "sources", "tags", "filter",
            ],
        ),
        (
            "deal-stages",
            &[
                "from",
                "to",
                "as_of",
                "owner",
                "contact",
                "sources",
                "tags",
                "stage",
                "stage_kind",
                "filter",
            ],
        ),
    ];
    for (name, fields) in expected {
        assert_eq!(fields_of(name), fields.to_vec(), "{name}");
    }
    // The form of deal-value, the report with the most: all twelve fields.
    let (_db, mut app) = app();
    open(&mut app, 4);
    keys(&mut app, &["e"]);
    let form = &app.top::<FormPane>().expect("the parameters' form").form;
    for id in fields_of("deal-value") {
        assert!(form.field(id).is_some(), "deal-value's form lacks {id}");
    }
    insta::assert_snapshot!("report_form_deal_value", screen(&mut app, 100, 35));
}

/// Replace the text of the focused field with `text`.
fn retype(app: &mut App, text: &str) {
    keys(app, &["ctrl-u"]);
    type_text(app, text);
}

#[test]
fn days_are_read_as_the_cli_reads_them_and_a_bad_one_keeps_the_form_open() {
    let (_db, mut app) = app();
    open(&mut app, 6);
    keys(&mut app, &["e"]);
    // The funnel's first fields: from, to. A quarter starts on its first day and ends on
    // its last, as `--from 2026-Q3 --to 2026-Q3` does.
    retype(&mut app, "2026-Q3");
    keys(&mut app, &["tab"]);
    retype(&mut app, "2026-Q3");
    keys(&mut app, &["enter"]);
    assert!(
        app.top::<FormPane>().is_none(),
        "{}",
        screen(&mut app, 100, 30)
    );
    let p = &app.report.as_ref().expect("open").params;
    assert_eq!(p.from, NaiveDate::from_ymd_opt(2026, 7, 1));
    assert_eq!(p.to, NaiveDate::from_ymd_opt(2026, 9, 30));
    // The form shows the days as Polish writes them, and reads them back.
    keys(&mut app, &["e"]);
    let form = &app.top::<FormPane>().expect("form").form;
    assert_eq!(form.text("from"), Some("01.07.2026"));
    keys(&mut app, &["enter"]);
    let p = &app.report.as_ref().expect("open").params;
    assert_eq!(p.from, NaiveDate::from_ymd_opt(2026, 7, 1), "read back");
    // Not a day: the form stays, says which field and why; the parameters stay.
    keys(&mut app, &["e"]);
    retype(&mut app, "kiedyś");
    keys(&mut app, &["enter"]);
    assert!(app.top::<FormPane>().is_some(), "the form stays open");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Od:"), "the field is named: {s}");
    let p = &app.report.as_ref().expect("open").params;
    assert_eq!(p.from, NaiveDate::from_ymd_opt(2026, 7, 1), "unchanged");
}

#[test]
fn the_chart_shows_the_series_chosen_with_the_tab_keys() {
    let (_db, mut app) = app();
    open(&mut app, 5);
    let report = app
        .report
        .as_ref()
        .and_then(|p| p.result.as_ref())
        .and_then(|r| r.as_ref().ok())
        .expect("computed");
    let names: Vec<String> = report
        .chart
        .as_ref()
        .expect("sales activity has a chart")
        .series
        .iter()
        .map(|s| s.name.text(Lang::Pl))
        .collect();
    // The fixture's activity: anna's and piotr's, one series each.
    assert_eq!(names.len(), 2, "{names:?}");
    let first = screen(&mut app, 80, 30);
    assert!(
        first.contains(&format!("{} (seria 1 z 2)", names[0])),
        "{first}"
    );
    keys(&mut app, &["]"]);
    assert_eq!(app.report.as_ref().map(|p| p.series), Some(1));
    let second = screen(&mut app, 80, 30);
    assert!(
        second.contains(&format!("{} (seria 2 z 2)", names[1])),
        "{second}"
    );
    insta::assert_snapshot!("report_chart_second_series", second);
    // Past the last, the first again; back, the last.
    keys(&mut app, &["]"]);
    assert_eq!(app.report.as_ref().map(|p| p.series), Some(0));
    keys(&mut app, &["["]);
    assert_eq!(app.report.as_ref().map(|p| p.series), Some(1));
}

#[test]
fn the_reports_list_says_how_to_open_a_report_not_that_it_is_coming() {
    let (_db, mut app) = app();
    keys(&mut app, &["5"]);
    let s = screen(&mut app, 100, 30);
    assert!(!s.contains("Panel raportów powstanie"), "{s}");
    assert!(s.contains("Enter otwiera raport"), "{s}");
}

/// Issue 18 item 2 in the report form: the contact of deal-value is picked by a part of
/// its name typed without Polish letters ("rachunkowe zak" finds "Biuro Rachunkowe Żak", contact 6 of
/// the fixture), not typed as an id.
#[test]
fn the_reports_contact_is_picked_by_name() {
    let (_db, mut app) = app();
    open(&mut app, 4);
    keys(&mut app, &["e"]);
    let focused = |app: &App| {
        let f = &app.top::<FormPane>().expect("the form").form;
        f.fields[f.focus].id
    };
    for _ in 0..fields_of("deal-value").len() {
        if focused(&app) == "contact" {
            break;
        }
        keys(&mut app, &["tab"]);
    }
    assert_eq!(focused(&app), "contact");
    type_text(&mut app, "rachunkowe zak");
    assert!(
        screen(&mut app, 100, 35).contains("Biuro Rachunkowe Żak"),
        "offered under the field"
    );
    keys(&mut app, &["enter"]);
    let form = &app.top::<FormPane>().expect("still the form").form;
    assert_eq!(form.record("contact"), Some(fixture::ids::BIURO));
    keys(&mut app, &["enter"]);
    assert!(app.top::<FormPane>().is_none());
    let p = &app.report.as_ref().expect("open").params;
    assert_eq!(p.contact, Some(fixture::ids::BIURO));
}
