//! The TUI on a `TestBackend`: snapshots of whole screens (each view, the detail tabs, a form
//! with a validation error, the help overlay, 80x24, too small, English) and behaviour tests
//! that press keys through `update::on_key` exactly as the event loop does and check the
//! service and the screen.
//!
//! Snapshots are plain text without colour (`theme.color = false`); clock times are masked
//! (`hh:mm`) because they follow the local time zone. Review a changed snapshot with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test tui_render` and git diff).

#[path = "common/tui.rs"]
mod fixture;

use fixture::{app, app_in, app_over, empty_service, ids, keys, screen, type_text};
use lejek::i18n::Lang;
use lejek::model::ContactKind;
use lejek::service::query::ListQuery;
use lejek::service::views::{CampaignView, ContactView, DealView};
use lejek::service::{Command, ContactDraft, DealDraft};
use lejek::tui::app::{App, View};
use lejek::tui::confirm_pane::ConfirmPane;
use lejek::tui::form_pane::FormPane;
use lejek::tui::{self, update};
use lejek_core::store::{T, encode, keys as store_keys};
use ratatui::style::Modifier;

fn snap(name: &str, text: String) {
    insta::assert_snapshot!(name, text);
}

/// The titles of the deal list, top to bottom, as shown.
fn deal_titles(app: &App) -> Vec<String> {
    app.list::<DealView>()
        .visible_rows()
        .map(|d| d.title.clone())
        .collect()
}

fn service_deals(app: &App) -> Vec<lejek::service::views::DealView> {
    app.svc
        .list_deals(&ListQuery::default())
        .expect("list deals")
}

/// Put the cursor on the deal with this title.
fn go_to_deal(app: &mut App, title: &str) {
    keys(app, &["1", "g"]);
    for _ in 0..app.list::<DealView>().total() {
        if app
            .list::<DealView>()
            .current()
            .is_some_and(|d| d.title == title)
        {
            return;
        }
        keys(app, &["j"]);
    }
    panic!("no deal {title:?} in {:?}", deal_titles(app));
}

fn question(app: &App) -> Option<&str> {
    match app.top::<ConfirmPane>() {
        Some(ConfirmPane { question, .. }) => Some(question),
        _ => None,
    }
}

fn form_open(app: &App) -> bool {
    app.top::<FormPane>().is_some()
}

// ---------------------------------------------------------------------------------------
// Snapshots.

#[test]
fn each_view_at_120x35() {
    let (_db, mut app) = app();
    for (key, name) in [
        ("1", "view_deals"),
        ("2", "view_contacts"),
        ("3", "view_campaigns"),
        ("4", "view_tasks"),
        ("5", "view_reports"),
        ("6", "view_inbox"),
    ] {
        keys(&mut app, &[key]);
        snap(name, screen(&mut app, 120, 35));
    }
}

#[test]
fn deal_detail_tabs() {
    let (_db, mut app) = app();
    // The deal with a bit of everything is the most recently active: first in the list.
    assert_eq!(app.list::<DealView>().current_id(), Some(ids::ULOTKI));
    for (i, name) in [
        "deal_tab_overview",
        "deal_tab_history",
        "deal_tab_notes",
        "deal_tab_discussion",
        "deal_tab_files",
        "deal_tab_tasks",
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            keys(&mut app, &["]"]);
        }
        snap(name, screen(&mut app, 120, 35));
    }
    // `Enter` zooms the card to the whole screen: all of the overview, description included.
    keys(&mut app, &["[", "[", "[", "[", "[", "enter"]);
    snap("deal_zoomed_overview", screen(&mut app, 120, 35));
}

#[test]
fn contact_deals_tab() {
    let (_db, mut app) = app();
    keys(&mut app, &["2"]);
    while app.list::<ContactView>().current_id() != Some(ids::DRUKARNIA) {
        keys(&mut app, &["j"]);
    }
    keys(&mut app, &["l"]);
    let s = screen(&mut app, 120, 35);
    // C5: both deals of the printing house, with their stages and values.
    assert!(
        s.contains("Katalog produktów 2027 · negocjacje · 12 500,00 zł"),
        "{s}"
    );
    snap("contact_tab_deals", s);
    // A lost deal shows why it was lost.
    keys(&mut app, &["j", "j", "j"]);
    assert_eq!(app.list::<ContactView>().current_id(), Some(ids::PIEKARNIA));
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("Banery targowe · przegrany (cena)"), "{s}");
}

#[test]
fn form_with_a_validation_error() {
    let (_db, mut app) = app();
    keys(&mut app, &["n"]);
    type_text(&mut app, "1");
    keys(&mut app, &["tab"]);
    type_text(&mut app, "Plakaty na targi");
    keys(&mut app, &["tab", "tab"]);
    type_text(&mut app, "12,3,4");
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("to nie jest kwota: '12,3,4'"), "{s}");
    snap("form_validation_error", s);
    // Enter does not submit an invalid form: it stays open, nothing is written.
    keys(&mut app, &["enter"]);
    assert!(form_open(&app));
    assert_eq!(service_deals(&app).len(), 8);
}

#[test]
fn help_overlay() {
    let (_db, mut app) = app();
    keys(&mut app, &["?"]);
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("Klawisze"), "{s}");
    snap("help_overlay", s);
    keys(&mut app, &["esc"]);
    assert!(app.overlays.is_empty());
}

#[test]
fn deal_list_at_80x24() {
    let (_db, mut app) = app();
    let s = screen(&mut app, 80, 24);
    // Nothing important cut off: title, contact, stage, value and next activity stay.
    for must in ["Ulotki A5 na jesień", "oferta", "1 200,00 zł", "03.12.2026"] {
        assert!(s.contains(must), "{must:?} missing at 80x24:\n{s}");
    }
    assert!(
        s.contains("Powiadomienia: 1"),
        "the unread count stays visible:\n{s}"
    );
    snap("deals_80x24", s);
}

#[test]
fn too_small_at_50x12() {
    let (_db, mut app) = app();
    let s = screen(&mut app, 50, 12);
    assert!(s.contains("Terminal jest za mały"), "{s}");
    snap("too_small_50x12", s);
}

#[test]
fn deal_list_in_english() {
    let (_db, mut app) = app_in(Lang::En);
    snap("deals_en", screen(&mut app, 120, 35));
}

// ---------------------------------------------------------------------------------------
// Behaviour.

#[test]
fn filter_narrows_as_you_type_and_shows_a_syntax_error_in_place() {
    let (_db, mut app) = app();
    keys(&mut app, &["/"]);
    type_text(&mut app, "ulot");
    assert_eq!(deal_titles(&app), ["Ulotki A5 na jesień"]);
    let s = screen(&mut app, 120, 35);
    assert!(
        s.contains("/ulot"),
        "the filter line shows what is typed:\n{s}"
    );
    assert!(s.contains("Interesy 1/8"), "the title counts matches:\n{s}");
    assert!(!s.contains("Banery targowe"), "{s}");

    // Half-typed: an open parenthesis. The list keeps the last good result and the error
    // shows on the filter line, in Polish, with the column.
    type_text(&mut app, " (stage:of");
    assert_eq!(deal_titles(&app), ["Ulotki A5 na jesień"]);
    let error = app
        .list::<DealView>()
        .filter_error
        .clone()
        .expect("a syntax error");
    assert!(error.contains("kol"), "the error names the column: {error}");
    let s = screen(&mut app, 120, 35);
    let line = s.lines().nth(1).expect("the filter line");
    assert!(line.starts_with("/ulot (stage:of"), "{line}");
    assert!(line.contains(&error), "{line}");
    assert!(s.contains("Interesy 1/8"), "{s}");
    assert!(s.contains("Ulotki A5 na jesień"), "{s}");

    // Finished, it parses again and applies.
    type_text(&mut app, "erta)");
    assert_eq!(app.list::<DealView>().filter_error, None);
    assert_eq!(deal_titles(&app), ["Ulotki A5 na jesień"]);
    keys(&mut app, &["ctrl-u"]);
    type_text(&mut app, "stage:neg");
    assert_eq!(deal_titles(&app), ["Katalog produktów 2027"]);

    // Enter keeps the filter (shown on the line); Esc in the list clears it.
    keys(&mut app, &["enter"]);
    assert!(app.input.is_none());
    let s = screen(&mut app, 120, 35);
    assert!(
        s.lines()
            .nth(1)
            .is_some_and(|l| l.contains("filtr: stage:neg")),
        "{s}"
    );
    keys(&mut app, &["esc"]);
    assert_eq!(app.list::<DealView>().total(), 8);

    // Esc while typing puts back the filter there was before.
    keys(&mut app, &["/"]);
    type_text(&mut app, "kalendarze");
    assert_eq!(app.list::<DealView>().total(), 1);
    keys(&mut app, &["esc"]);
    assert_eq!(app.list::<DealView>().total(), 8);
    assert_eq!(app.list::<DealView>().filter_text, "");
}

#[test]
fn my_deals_in_one_key() {
    let (_db, mut app) = app();
    keys(&mut app, &["m"]);
    let mine = deal_titles(&app);
    assert_eq!(mine.len(), 5, "{mine:?}");
    assert!(
        app.list::<DealView>()
            .visible_rows()
            .all(|d| d.owner == "anna")
    );
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("Interesy 5/8 · moje"), "{s}");
    assert!(s.contains("filtr: owner:me"), "{s}");
    keys(&mut app, &["m"]);
    assert_eq!(app.list::<DealView>().total(), 8);
    // From another view, `m` goes to the deals.
    keys(&mut app, &["3", "m"]);
    assert_eq!(app.view, View::Deals);
    assert_eq!(app.list::<DealView>().total(), 5);
}

#[test]
fn space_selects_and_the_title_counts() {
    let (_db, mut app) = app();
    keys(&mut app, &["space", "space"]);
    assert_eq!(app.list::<DealView>().selected.len(), 2);
    assert_eq!(
        app.list::<DealView>().cursor,
        2,
        "Space moves on to the next row"
    );
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("Interesy 8/8 · zaznaczono 2"), "{s}");
    let marked: Vec<&str> = s.lines().filter(|l| l.starts_with("│● ")).collect();
    assert_eq!(marked.len(), 2, "{s}");
    assert!(marked[0].contains("Ulotki A5 na jesień"), "{marked:?}");
    // Space on a selected row takes it out again; Esc clears the selection.
    keys(&mut app, &["k", "space"]);
    assert_eq!(app.list::<DealView>().selected.len(), 1);
    keys(&mut app, &["esc"]);
    assert!(app.list::<DealView>().selected.is_empty());
    assert!(!screen(&mut app, 120, 35).contains("zaznaczone"));
}

#[test]
fn sort_by_columns_both_ways() {
    let (_db, mut app) = app();
    // Most recent activity first by default.
    assert_eq!(deal_titles(&app)[0], "Ulotki A5 na jesień");
    assert!(screen(&mut app, 120, 35).contains("Ostatnia ↓"));
    // `s` steps through the columns (after the last one: no sort, then the first again).
    keys(&mut app, &["s", "s"]);
    let by_title = [
        "Banery targowe",
        "Kalendarze firmowe",
        "Katalog produktów 2027",
        "Naklejki na witrynę",
        "Opakowania świąteczne",
        "Teczki ofertowe",
        "Ulotki A5 na jesień",
        "Wizytówki dla zarządu",
    ];
    assert_eq!(deal_titles(&app), by_title);
    assert!(screen(&mut app, 120, 35).contains("Tytuł ↑"));
    keys(&mut app, &["S"]);
    let mut reversed = by_title;
    reversed.reverse();
    assert_eq!(deal_titles(&app), reversed);
    assert!(screen(&mut app, 120, 35).contains("Tytuł ↓"));
    // Value: 450 < 1 200 < 2 400 < 3 000 < 5 600,50 < 8 000 < 12 500, the deal without a
    // value at one end.
    keys(&mut app, &["s", "s", "s", "s"]);
    assert_eq!(
        app.list::<DealView>().sort.as_ref().map(|s| s.field),
        Some("value")
    );
    let values: Vec<Option<i64>> = app
        .list::<DealView>()
        .visible_rows()
        .map(|d| d.deal.value.as_ref().map(|m| m.minor))
        .filter(Option::is_some)
        .collect();
    let mut sorted = values.clone();
    sorted.sort();
    assert_eq!(values, sorted);
    // Contacts sort in Polish order too (Ł after L, Ż last).
    keys(&mut app, &["2"]);
    let names: Vec<&str> = app
        .list::<ContactView>()
        .visible_rows()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names.first(), Some(&"Biuro Rachunkowe Żak"));
    assert_eq!(names.last(), Some(&"Zakład Stolarski Dąb"));
    keys(&mut app, &["S"]);
    let names: Vec<&str> = app
        .list::<ContactView>()
        .visible_rows()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names.first(), Some(&"Zakład Stolarski Dąb"));
}

#[test]
fn overdue_next_activity_and_the_cursor_show_without_colour() {
    let (_db, mut app) = app();
    let buf = fixture::frame(&mut app, 120, 35);
    let text = fixture::text(&buf);
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Katalog produktów 2027"))
        .expect("the overdue deal");
    let x = line
        .chars()
        .collect::<Vec<_>>()
        .windows(10)
        .position(|w| w.iter().collect::<String>() == "20.11.2026")
        .expect("its next activity");
    let style = buf[(x as u16, y as u16)].style();
    assert!(
        style
            .add_modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED),
        "overdue is bold and underlined under NO_COLOR: {style:?}"
    );
    // The cursor row (the first deal) is in reverse video.
    let first = text
        .lines()
        .position(|l| l.contains("Ulotki A5 na jesień"))
        .expect("first row");
    let style = buf[(5, first as u16)].style();
    assert!(style.add_modifier.contains(Modifier::REVERSED), "{style:?}");
}

#[test]
fn a_deal_created_through_the_form_is_in_the_service_and_the_list() {
    let (_db, mut app) = app();
    keys(&mut app, &["n"]);
    assert!(form_open(&app));
    type_text(&mut app, &ids::NOWAK.to_string());
    keys(&mut app, &["tab"]);
    type_text(&mut app, "Ulotki świąteczne");
    keys(&mut app, &["tab", "tab"]);
    type_text(&mut app, "2 500,50");
    keys(&mut app, &["tab"]);
    type_text(&mut app, "neg");
    keys(&mut app, &["enter"]);
    assert!(app.overlays.is_empty(), "the form closed");

    let made: Vec<_> = service_deals(&app)
        .into_iter()
        .filter(|d| d.title == "Ulotki świąteczne")
        .collect();
    assert_eq!(made.len(), 1);
    let d = &made[0];
    assert_eq!(d.contact_id, ids::NOWAK);
    assert_eq!(d.owner, "anna");
    assert_eq!(d.stage, "negocjacje");
    assert_eq!(d.value.as_deref(), Some("2500.50"));
    // In the list at once, under the cursor, and said so.
    assert_eq!(app.list::<DealView>().all(), 9);
    assert_eq!(app.list::<DealView>().current_id(), Some(d.id));
    let s = screen(&mut app, 120, 35);
    assert!(s.contains("Zapisano 1 rekord"), "{s}");
    assert!(s.contains(&format!("#{} Ulotki świąteczne", d.id)), "{s}");
}

#[test]
fn w_then_y_wins_the_selected_deal() {
    let (_db, mut app) = app();
    go_to_deal(&mut app, "Kalendarze firmowe");
    keys(&mut app, &["w"]);
    // The question names the deal it acts on (issue 18 item 1); deal 6 is the fixture's
    // "Kalendarze firmowe".
    assert_eq!(
        question(&app),
        Some("Oznaczyć jako wygrany: #6 Kalendarze firmowe?")
    );
    assert!(screen(&mut app, 120, 35).contains("y: tak · n: nie"));
    keys(&mut app, &["y"]);
    assert!(app.overlays.is_empty());
    let d = app.svc.deal_view(6).expect("the deal");
    assert_eq!(d.title, "Kalendarze firmowe");
    assert_eq!(d.stage_kind, "won");
    assert_eq!(
        app.list::<DealView>().current().map(|d| d.stage.as_str()),
        Some("wygrany")
    );
    // `n` answers no: nothing changes.
    go_to_deal(&mut app, "Naklejki na witrynę");
    keys(&mut app, &["w", "n"]);
    assert!(app.overlays.is_empty());
    assert_eq!(app.svc.deal_view(7).expect("deal").stage, "nowy");
}

#[test]
fn esc_on_a_dirty_form_asks_before_dropping() {
    let (_db, mut app) = app();
    // A clean form closes at once.
    keys(&mut app, &["n", "esc"]);
    assert!(app.overlays.is_empty());

    keys(&mut app, &["n"]);
    type_text(&mut app, "3");
    keys(&mut app, &["tab"]);
    type_text(&mut app, "Szyldy");
    keys(&mut app, &["esc"]);
    assert_eq!(
        question(&app),
        Some("Porzucić to, co wpisano w formularzu?")
    );
    // No: back in the form with the text still there.
    keys(&mut app, &["n"]);
    let Some(FormPane { form, .. }) = app.top::<FormPane>() else {
        panic!("the form is still open");
    };
    assert_eq!(form.text("title"), Some("Szyldy"));
    // Yes: dropped, nothing written.
    keys(&mut app, &["esc", "y"]);
    assert!(app.overlays.is_empty());
    assert_eq!(service_deals(&app).len(), 8);
}

#[test]
fn bulk_campaign_creates_one_deal_per_contact_and_a_rerun_none() {
    let (_db, mut app) = app();
    let bulk = |app: &mut App| -> String {
        keys(app, &["2", "a"]);
        assert_eq!(app.list::<ContactView>().selected.len(), 6);
        keys(app, &["b"]);
        assert!(form_open(app));
        let s = screen(app, 120, 35);
        assert!(
            s.contains("Nowe interesy dla 6 kontaktów w kampanii"),
            "{s}"
        );
        type_text(app, "Wiosna 2027");
        keys(app, &["tab"]);
        type_text(app, "Katalog wiosenny");
        keys(app, &["enter"]);
        let q = question(app).expect("the count question").to_owned();
        let start: String = q.chars().take(20).collect();
        assert!(screen(app, 120, 35).contains(&start));
        keys(app, &["y"]);
        assert!(app.overlays.is_empty(), "done");
        q
    };
    let first = bulk(&mut app);
    assert!(
        // Counts in the sentence with the noun's form (issue 21): 6 -> "nowych interesów",
        // 0 -> "kontaktów".
        first.contains("Utworzyć 6 nowych interesów") && first.contains("0 kontaktów ma już"),
        "{first}"
    );
    let in_campaign = |app: &App| {
        service_deals(app)
            .into_iter()
            .filter(|d| d.campaign.as_deref() == Some("Wiosna 2027"))
            .collect::<Vec<_>>()
    };
    let deals = in_campaign(&app);
    assert_eq!(deals.len(), 6);
    let mut contacts: Vec<u64> = deals.iter().map(|d| d.contact_id).collect();
    contacts.sort();
    assert_eq!(contacts, [1, 2, 3, 4, 5, 6]);
    assert!(deals.iter().all(|d| d.title == "Katalog wiosenny"));
    assert!(screen(&mut app, 120, 35).contains("Utworzono 6 interesów"));

    let second = bulk(&mut app);
    assert!(
        second.contains("Utworzyć 0 nowych interesów") && second.contains("6 kontaktów ma już"),
        "{second}"
    );
    assert_eq!(in_campaign(&app).len(), 6, "a re-run adds nothing");
    assert_eq!(service_deals(&app).len(), 14);

    // The lists catch up when the background load arrives (here: loaded now).
    tui::load_now(&mut app);
    assert_eq!(app.list::<DealView>().all(), 14);
    keys(&mut app, &["3"]);
    assert!(
        app.list::<CampaignView>()
            .visible_rows()
            .any(|c| c.name == "Wiosna 2027" && c.deals == 6)
    );
}

#[test]
fn escape_sequences_in_a_name_reach_the_screen_as_harmless_text() {
    let evil = "\x1b]52;c;SGVsbG8=\x07Zła\x1b[2J Firma";
    let (_db, svc) = empty_service();
    let anna = svc.actor("anna");
    svc.apply(
        &anna,
        Command::AddContact(ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Zła Firma".into(),
            city: Some("Łódź".into()),
            ..Default::default()
        }),
    )
    .expect("a contact");
    let deal = svc
        .apply(
            &anna,
            Command::AddDeal(DealDraft {
                contact_id: 1,
                title: "Oferta".into(),
                ..Default::default()
            }),
        )
        .expect("a deal")
        .id
        .expect("deal id");
    // The service refuses control characters at its door, so such a name can only come
    // from elsewhere (an older build, an import tool, a hand-edited database). The TUI must
    // not trust the database either: write the records behind the service's back.
    let mut contact = svc.contact(1).expect("contact");
    contact.name = evil.into();
    contact.city = Some("\x1b[31mŁódź\x1b[0m".into());
    let mut d = svc.deal(deal).expect("deal");
    d.title = format!("Oferta dla {evil}");
    let store = svc.store();
    store
        .tree(T::Contacts)
        .insert(store_keys::id(1), encode(&contact))
        .expect("write contact");
    store
        .tree(T::Deals)
        .insert(store_keys::id(deal), encode(&d))
        .expect("write deal");
    assert_eq!(svc.contact_view(1).expect("view").name, evil);
    let mut app = app_over(svc, Lang::Pl);

    let mut screens = Vec::new();
    // The deal list and card, the contact list and card, its deals tab, the edit form, the
    // inbox and history.
    screens.push(fixture::frame(&mut app, 120, 35));
    keys(&mut app, &["]"]);
    screens.push(fixture::frame(&mut app, 120, 35));
    keys(&mut app, &["2"]);
    screens.push(fixture::frame(&mut app, 120, 35));
    keys(&mut app, &["]"]);
    screens.push(fixture::frame(&mut app, 120, 35));
    keys(&mut app, &["e"]);
    assert!(form_open(&app));
    screens.push(fixture::frame(&mut app, 120, 35));
    keys(&mut app, &["esc"]);
    keys(&mut app, &["/"]);
    update::on_paste(&mut app, evil);
    screens.push(fixture::frame(&mut app, 120, 35));

    for buf in &screens {
        for cell in buf.content() {
            let s = cell.symbol();
            assert!(
                !s.chars().any(|c| c.is_control()),
                "a control character reached the screen: {s:?}\n{}",
                fixture::text(buf)
            );
        }
        let text = fixture::text(buf);
        assert!(text.contains("Zła"), "the name is still readable:\n{text}");
    }
    let contacts = fixture::text(&screens[2]);
    assert!(contacts.contains("Łódź"), "{contacts}");
}

/// The list filters long lists on all cores over search texts folded once; the answer must
/// be exactly the row-by-row one, also after rows change.
#[test]
fn long_lists_filter_exactly_as_row_by_row() {
    use lejek::filter::{Ctx, parse};
    use lejek::tui::list::{ListState, Parsed};
    use lejek::tui::rows::{REPORT_SCHEMA, ReportRow};

    let titles = [
        "Ulotki – Łódź",
        "Katalog „Zima”",
        "ŻÓŁW sp. z o.o.",
        "plakaty A3",
    ];
    let mut rows: Vec<ReportRow> = (0..50_000u64)
        .map(|i| ReportRow {
            id: i + 1,
            name: "r",
            title: format!("{} {i}", titles[i as usize % titles.len()]),
        })
        .collect();
    let ctx = Ctx::new(fixture::at("2026-11-28").date_naive(), "anna");
    let check = |list: &mut ListState<ReportRow>, rows: &[ReportRow], text: &str| {
        let f = parse(text, &REPORT_SCHEMA, &ctx).expect("a filter");
        let expect: Vec<u64> = rows
            .iter()
            .filter(|r| f.matches(*r))
            .map(|r| r.id)
            .collect();
        let query = text.to_owned();
        list.set_filter(text.to_owned(), Ok(Parsed { filter: f, query }));
        let got: Vec<u64> = list.visible_rows().map(|r| r.id).collect();
        assert_eq!(got.len(), expect.len(), "{text}");
        assert_eq!(got, expect, "{text}");
    };
    let mut list = ListState::default();
    list.set_rows(rows.clone());
    for text in [
        "lodz",
        "ŁÓDŹ 12",
        "zolw -sp",
        "„zima”",
        "– łódź 4",
        "ulotki or plakaty 7",
        "nothing-like-this",
    ] {
        check(&mut list, &rows, text);
    }
    // Changed and new rows are searched by their new text.
    let changed: Vec<ReportRow> = (0..40u64)
        .map(|i| ReportRow {
            id: i * 997 + 1,
            name: "r",
            title: format!("Nowość {i}"),
        })
        .chain((0..5u64).map(|i| ReportRow {
            id: 60_000 + i,
            name: "r",
            title: format!("Nowość dodana {i}"),
        }))
        .collect();
    for c in &changed {
        match rows.iter_mut().find(|r| r.id == c.id) {
            Some(r) => *r = c.clone(),
            None => rows.push(c.clone()),
        }
    }
    list.upsert_many(changed);
    check(&mut list, &rows, "nowosc");
    assert_eq!(list.total(), 45);
    check(&mut list, &rows, "lodz");
}

/// Piotr saves deal 6 while anna has its edit form open (X6: with a server, anyone may).
fn piotr_saves_deal_6(app: &App, patch: lejek::service::DealPatch) {
    let svc = app
        .svc
        .service()
        .expect("the fixture's service is in this process");
    let piotr = svc.actor("piotr");
    svc.apply(&piotr, Command::UpdateDeal { id: 6, patch })
        .expect("piotr's save");
}

#[test]
fn a_concurrent_save_is_kept_when_the_user_changed_other_fields() {
    let (_db, mut app) = app();
    go_to_deal(&mut app, "Kalendarze firmowe");
    keys(&mut app, &["e"]);
    piotr_saves_deal_6(
        &app,
        lejek::service::DealPatch {
            title: Some("Kalendarze firmowe 2027".into()),
            ..Default::default()
        },
    );
    // Anna changes only the offer (third field); her form still shows the old title.
    keys(&mut app, &["tab", "tab", "ctrl-u"]);
    type_text(&mut app, "Oferta B");
    keys(&mut app, &["enter"]);
    assert!(app.overlays.is_empty(), "saved without a question");
    let d = app.svc.deal_view(6).expect("deal");
    // Piotr's title survives anna's save; anna's offer is in.
    assert_eq!(d.title, "Kalendarze firmowe 2027");
    assert_eq!(d.offer.as_deref(), Some("Oferta B"));
}

#[test]
fn a_concurrent_save_of_the_same_field_is_shown_and_the_user_chooses() {
    let (_db, mut app) = app();
    go_to_deal(&mut app, "Kalendarze firmowe");
    keys(&mut app, &["e"]);
    piotr_saves_deal_6(
        &app,
        lejek::service::DealPatch {
            title: Some("Kalendarze Piotra".into()),
            ..Default::default()
        },
    );
    keys(&mut app, &["tab", "ctrl-u"]);
    type_text(&mut app, "Kalendarze Anny");
    keys(&mut app, &["enter"]);
    // Nothing written; the form stays open and says who changed what.
    assert_eq!(
        app.svc.deal_view(6).expect("deal").title,
        "Kalendarze Piotra"
    );
    let msg = match app.top::<FormPane>() {
        Some(FormPane { form, .. }) => form.message.clone().unwrap_or_default(),
        _ => panic!("the form should still be open"),
    };
    assert!(msg.contains("piotr"), "{msg}");
    assert!(
        msg.contains("'Kalendarze Piotra' → 'Kalendarze Anny'"),
        "{msg}"
    );
    // Enter again keeps anna's value.
    keys(&mut app, &["enter"]);
    assert!(app.overlays.is_empty());
    assert_eq!(app.svc.deal_view(6).expect("deal").title, "Kalendarze Anny");
}
