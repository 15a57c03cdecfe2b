//! Moving through the CRM over a real Service (issue 18 items 1, 4 and 5): the card stays
//! on a deal an action took out of the filter, and the next action applies to it;
//! questions name their records; links on cards go to the linked record and the jump list
//! comes back; an inbox entry opens its record; `n` on a deal's Tasks tab adds a task for
//! that deal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

use crate::app::{App, View};
use crate::backend::Backend;
use crate::confirm_pane::ConfirmPane;
use crate::detail::Tab;
use crate::detail_pane::PinWhy;
use crate::form_pane::FormPane;
use crate::forms::Purpose;
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::model::StageKind;
use crate::service::{
    Actor, CampaignDraft, Clock, Command, ContactDraft, DealDraft, Service, TaskDraft,
};
use crate::test_screen::{now, screen};

/// Contact 1 "Drukarnia Nowak" (a company) with person 2 "Jan Kowalski"; campaign 1
/// "Jesień"; deals 1-3 of the company in stage "negocjacje" (deal 2 in the campaign), deal
/// 4 in stage "nowy", made in that order; task 1 on deal 2, the newest work, so the list
/// (newest activity first) reads 2, 4, 3, 1. Written by piotr, so anna (the TUI's user, owner of deal 2) gets notices.
pub(super) fn app() -> (TempDir, App) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let svc = Service::open(dir.path(), true, Clock::fixed(now()))
        .unwrap_or_else(|e| panic!("open: {e:?}"));
    let at = |days: i64| Actor {
        login: "piotr".into(),
        at: now() - chrono::Duration::days(days),
        recorded: None,
    };
    let user = |login: &str, admin| Command::AddUser {
        login: login.into(),
        name: login.into(),
        admin,
    };
    let mut cmds = vec![(at(20), user("piotr", true)), (at(20), user("anna", true))];
    for (kind, name, stage_kind) in crate::service::seed::default_dicts(Lang::Pl) {
        let cmd = Command::AddDictEntry {
            kind,
            name: name.into(),
            stage_kind,
        };
        cmds.push((at(20), cmd));
    }
    // The dictionaries first: a deal's stage is looked up in what is stored.
    svc.apply_batch(std::mem::take(&mut cmds))
        .unwrap_or_else(|e| panic!("users and dictionaries: {e:?}"));
    cmds.push((
        at(20),
        Command::AddContact(ContactDraft {
            name: "Drukarnia Nowak".into(),
            kind: Some(crate::model::ContactKind::Company),
            ..Default::default()
        }),
    ));
    cmds.push((
        at(20),
        Command::AddContact(ContactDraft {
            name: "Jan Kowalski".into(),
            kind: Some(crate::model::ContactKind::Person),
            company_id: Some(1),
            ..Default::default()
        }),
    ));
    cmds.push((
        at(20),
        Command::AddCampaign(CampaignDraft {
            name: "Jesień".into(),
            ..Default::default()
        }),
    ));
    let deal = |title: &str, stage: &str, campaign, owner: &str| DealDraft {
        contact_id: 1,
        title: title.into(),
        stage: Some(stage.into()),
        campaign_id: campaign,
        owner: Some(owner.into()),
        ..Default::default()
    };
    let deals = [
        deal("Kalendarze firmowe", "negocjacje", None, "piotr"),
        deal("Ulotki – rebranding", "negocjacje", Some(1), "anna"),
        deal("Katalog wiosna", "negocjacje", None, "piotr"),
        deal("Wizytówki", "nowy", None, "piotr"),
    ];
    for (i, d) in deals.into_iter().enumerate() {
        cmds.push((at(10 - i as i64), Command::AddDeal(d)));
    }
    cmds.push((
        at(5),
        Command::AddTask(TaskDraft {
            kind: crate::model::TaskKind::Task,
            title: "Zadzwonić w sprawie ulotek".into(),
            assignee: Some("anna".into()),
            due: None,
            deal_id: Some(2),
            campaign_id: None,
        }),
    ));
    svc.apply_batch(cmds)
        .unwrap_or_else(|e| panic!("the records: {e:?}"));
    let backend = Backend::local(svc, "anna".into());
    let mut app = crate::new_app(backend, "anna".into(), Lang::Pl, Keymap::default());
    crate::load_now(&mut app);
    (dir, app)
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    super::on_key(app, KeyEvent::new(code, mods));
}

pub(super) fn press(app: &mut App, code: KeyCode) {
    key(app, code, KeyModifiers::NONE);
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The card's title, as built (the pin's marker is drawn beside it).
fn card_title(app: &App) -> String {
    app.detail
        .card
        .as_ref()
        .map(|d| d.title.clone())
        .unwrap_or_default()
}

fn stage_kind(app: &App, id: u64) -> &'static str {
    app.svc
        .deal_view(id)
        .unwrap_or_else(|e| panic!("deal {id}: {e:?}"))
        .stage_kind
}

/// Go down the card's lines of tab `tab` to the one whose text contains `text`.
fn to_line(app: &mut App, tab: Tab, text: &str) {
    let Some(card) = app.detail.card.clone() else {
        panic!("no card")
    };
    let t = card
        .tabs
        .iter()
        .position(|(t, _)| *t == tab)
        .unwrap_or_else(|| panic!("no tab {tab:?} on {}", card.title));
    while app.detail.tab < t {
        press(app, KeyCode::Char(']'));
    }
    let line = card.tabs[t]
        .1
        .iter()
        .position(|l| l.text.contains(text))
        .unwrap_or_else(|| panic!("no line with {text:?} on tab {tab:?}"));
    press(app, KeyCode::Char('g'));
    for _ in 0..line {
        press(app, KeyCode::Char('j'));
    }
    assert_eq!(app.detail.line, line);
}

#[test]
fn a_deal_lost_out_of_the_filter_keeps_the_card_and_the_next_action_is_on_it() {
    let (_dir, mut app) = app();
    crate::update::set_filter(&mut app, "stage:negocjacje".into());
    // Newest activity first: 2 (its task is the newest work), 3, 1. The first's card.
    assert_eq!(app.current_id(), Some(2));
    press(&mut app, KeyCode::Enter);
    assert!(app.detail.zoomed);
    // x: the form names the deal it loses.
    press(&mut app, KeyCode::Char('x'));
    let title = app
        .top::<FormPane>()
        .map(|f| f.form.title.clone())
        .unwrap_or_default();
    assert_eq!(title, "Oznacz jako przegrany: #2 Ulotki – rebranding");
    type_text(&mut app, "cena");
    press(&mut app, KeyCode::Enter);
    if app.top::<FormPane>().is_some() {
        press(&mut app, KeyCode::Enter);
    }
    assert_eq!(stage_kind(&app, 2), "lost");
    // The list no longer has deal 2 (deal 3 is under the cursor); the card still shows
    // deal 2, marked.
    assert!(
        app.list::<crate::service::views::DealView>()
            .position(2)
            .is_none()
    );
    assert_eq!(
        app.list::<crate::service::views::DealView>().current_id(),
        Some(3)
    );
    assert!(card_title(&app).starts_with("#2 "), "{}", card_title(&app));
    assert_eq!(app.detail.pin.map(|p| p.why), Some(PinWhy::Dropped));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("#2 Ulotki – rebranding · nie pasuje już do filtra"),
        "the card says it left the filter:\n{s}"
    );
    insta::assert_snapshot!("card_kept_after_a_loss_80x24_pl", s);
    // `w` now asks about deal 2 (the card's), not deal 3 (under the cursor now).
    press(&mut app, KeyCode::Char('w'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert_eq!(q, "Oznaczyć jako wygrany: #2 Ulotki – rebranding?");
    press(&mut app, KeyCode::Char('n'));
    // Moving lets go: the card follows the cursor again.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.detail.pin, None);
    assert!(card_title(&app).starts_with(&format!("#{} ", app.current_id().unwrap_or(0))));
    assert_ne!(app.current_id(), Some(2));
}

#[test]
fn a_question_about_several_records_gives_the_count_and_names_the_first_three() {
    let (_dir, mut app) = app();
    // All four deals selected: 4, 3, 2, 1 in the list's order.
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('w'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert!(q.starts_with("Oznaczyć jako wygrane 4 interesy: #"), "{q}");
    assert!(q.ends_with(" i jeszcze 1?"), "{q}");
    assert_eq!(q.matches(", #").count(), 2, "three named: {q}");
}

#[test]
fn links_on_cards_go_to_the_record_and_the_jump_list_comes_back() {
    let (_dir, mut app) = app();
    crate::update::set_filter(&mut app, "stage:negocjacje".into());
    assert!(app.crate_go_to_deal(2));
    press(&mut app, KeyCode::Enter);
    // Deal 2's contact line leads to the company.
    to_line(&mut app, Tab::Overview, "Drukarnia Nowak");
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.view, app.current_id()), (View::Contacts, Some(1)));
    assert!(app.detail.zoomed, "the card of where a link leads is open");
    // The company's persons: Jan Kowalski.
    to_line(&mut app, Tab::Overview, "Jan Kowalski");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current_id(), Some(2));
    // Back twice: the company, then deal 2 with its card as it was.
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!((app.view, app.current_id()), (View::Contacts, Some(1)));
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!((app.view, app.current_id()), (View::Deals, Some(2)));
    assert!(app.detail.zoomed);
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Nie ma dokąd wrócić")
    );
    // Forward again to the company.
    key(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!((app.view, app.current_id()), (View::Contacts, Some(1)));
    // The company's Deals tab leads to deal 4, which the deals filter leaves out: the
    // card stays on it, marked, and actions apply to it.
    to_line(&mut app, Tab::Deals, "Wizytówki");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view, View::Deals);
    assert_eq!(app.current_id(), Some(4));
    assert_eq!(app.detail.pin.map(|p| p.why), Some(PinWhy::Outside));
    assert!(card_title(&app).starts_with("#4 "));
    app.lang = Lang::En;
    let s = screen(&mut app, 120, 35);
    assert!(
        s.contains("#4 Wizytówki · not in this list's filter"),
        "the card says the list leaves it out:\n{s}"
    );
    insta::assert_snapshot!("card_reached_outside_the_filter_120x35_en", s);
    app.lang = Lang::Pl;
    // Deal 4 -> back -> the company; the campaign and the task links from deal 2.
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!((app.view, app.current_id()), (View::Deals, Some(2)));
    to_line(&mut app, Tab::Overview, "Jesień");
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.view, app.current_id()), (View::Campaigns, Some(1)));
    to_line(&mut app, Tab::Deals, "Ulotki");
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.view, app.current_id()), (View::Deals, Some(2)));
    to_line(&mut app, Tab::Tasks, "Zadzwonić");
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.view, app.current_id()), (View::Tasks, Some(1)));
    // The task's record line leads back to its deal.
    to_line(&mut app, Tab::Overview, "Ulotki");
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.view, app.current_id()), (View::Deals, Some(2)));
}

#[test]
fn enter_on_an_inbox_entry_opens_its_record() {
    let (_dir, mut app) = app();
    // piotr's task on anna's deal 2 notified anna.
    press(&mut app, KeyCode::Char('6'));
    let entity = app
        .list::<crate::rows::InboxRow>()
        .current()
        .map(|r| r.entity)
        .unwrap_or_else(|| panic!("anna has notices"));
    press(&mut app, KeyCode::Enter);
    let view = View::of(entity.kind).unwrap_or_else(|| panic!("{entity:?} has a view"));
    assert_eq!((app.view, app.current_id()), (view, Some(entity.id)));
    key(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(app.view, View::Inbox);
}

#[test]
fn n_on_a_deals_tasks_tab_adds_a_task_for_that_deal() {
    let (_dir, mut app) = app();
    assert!(app.crate_go_to_deal(2));
    press(&mut app, KeyCode::Enter);
    to_line(&mut app, Tab::Tasks, "Zadzwonić");
    press(&mut app, KeyCode::Char('n'));
    let purpose = app.top::<FormPane>().map(|f| f.purpose.clone());
    assert!(
        matches!(
            purpose,
            Some(Purpose::NewTask {
                deal: Some(2),
                campaign: None
            })
        ),
        "{purpose:?}"
    );
    // Elsewhere on the card, n is a new deal as before.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('['));
    press(&mut app, KeyCode::Char('n'));
    let purpose = app.top::<FormPane>().map(|f| f.purpose.clone());
    assert!(
        matches!(purpose, Some(Purpose::NewDeal { .. })),
        "{purpose:?}"
    );
    let _ = StageKind::Open;
}

impl App {
    /// Put the deals list's cursor on deal `id` (test helper).
    fn crate_go_to_deal(&mut self, id: u64) -> bool {
        super::windows::go_to(self, View::Deals, id)
    }
}

/// The top form's value of field `id` set as if typed, then Enter.
pub(super) fn fill_and_submit(app: &mut App, values: &[(&str, &str)]) {
    if let Some(p) = app.top_mut::<FormPane>() {
        for (id, v) in values {
            p.form.set_value(id, v);
        }
    }
    press(app, KeyCode::Enter);
    assert!(app.top::<FormPane>().is_none(), "{:?}", app.status);
}

#[test]
fn notes_are_edited_and_removed_files_saved_tasks_reopened_contacts_ended_from_the_card() {
    let (dir, mut app) = app();
    let anna = |cmd| {
        app_apply(&app, cmd);
    };
    anna(Command::AddNote {
        on: crate::model::EntityRef {
            kind: crate::model::EntityKind::Deal,
            id: 2,
        },
        text: "Klient chce próbki".into(),
    });
    let src = dir.path().join("oferta.txt");
    std::fs::write(&src, "Oferta: 16 500,00 zł\n").unwrap_or_else(|e| panic!("{e}"));
    let (sha256, size) = app.svc.store_file(&src).unwrap_or_else(|e| panic!("{e:?}"));
    anna(Command::AttachFile {
        on: crate::model::EntityRef {
            kind: crate::model::EntityKind::Deal,
            id: 2,
        },
        name: "oferta.txt".into(),
        sha256,
        size,
    });
    crate::update::on_loaded(&mut app, crate::data::Loaded::Failed(String::new()));
    assert!(app.crate_go_to_deal(2));
    app.detail.of = None;
    press(&mut app, KeyCode::Enter);
    // Item 5: Enter on the note edits it; the first key replaces the old text.
    to_line(&mut app, Tab::Notes, "Klient chce próbki");
    press(&mut app, KeyCode::Enter);
    assert!(app.top::<FormPane>().is_some(), "the note's form");
    type_text(&mut app, "Próbki wysłane");
    press(&mut app, KeyCode::Enter);
    let notes = |app: &App| -> Vec<String> {
        let on = crate::model::EntityRef {
            kind: crate::model::EntityKind::Deal,
            id: 2,
        };
        app.svc
            .journal(on)
            .map(|j| j.notes.into_iter().map(|n| n.text).collect())
            .unwrap_or_default()
    };
    assert_eq!(notes(&app), ["Próbki wysłane"]);
    // X on it asks, quoting it; yes removes it.
    to_line(&mut app, Tab::Notes, "Próbki wysłane");
    press(&mut app, KeyCode::Char('X'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert_eq!(q, "Usunąć notatkę „Próbki wysłane”? (Historia ją zachowa.)");
    press(&mut app, KeyCode::Char('y'));
    assert!(notes(&app).is_empty());
    // Item 7: e on the file saves it where asked, byte for byte; never over a file.
    to_line(&mut app, Tab::Files, "oferta.txt");
    press(&mut app, KeyCode::Char('e'));
    let out = dir.path().join("zapisana.txt");
    fill_and_submit(&mut app, &[("path", &out.display().to_string())]);
    assert_eq!(
        std::fs::read(&out).unwrap_or_default(),
        b"Oferta: 16 500,00 z\xc5\x82\n"
    );
    press(&mut app, KeyCode::Char('e'));
    if let Some(p) = app.top_mut::<FormPane>() {
        p.form.set_value("path", &out.display().to_string());
    }
    press(&mut app, KeyCode::Enter);
    assert!(
        app.top::<FormPane>().is_some(),
        "an existing file is not replaced"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    // Item 5: a done task is reopened with D.
    app_apply(&app, Command::CompleteTask { id: 1 });
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('4'));
    crate::update::on_loaded(&mut app, crate::data::Loaded::Failed(String::new()));
    crate::load_now(&mut app);
    press(&mut app, KeyCode::Char('D'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert_eq!(q, "Otworzyć ponownie: #1 Zadzwonić w sprawie ulotek?");
    press(&mut app, KeyCode::Char('y'));
    assert!(app.svc.task(1).is_ok_and(|t| t.done_at.is_none()));
    // Item 6: E ends the cooperation (reason and date); E again reopens it.
    press(&mut app, KeyCode::Char('2'));
    assert!(super::windows::go_to(&mut app, View::Contacts, 2));
    press(&mut app, KeyCode::Char('E'));
    fill_and_submit(&mut app, &[("reason", "cena"), ("date", "20.11.2026")]);
    let c = app.svc.contact_view(2).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(c.end_reason.as_deref(), Some("cena"));
    assert_eq!(c.ended, chrono::NaiveDate::from_ymd_opt(2026, 11, 20));
    press(&mut app, KeyCode::Char('E'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert_eq!(q, "Wznowić współpracę z kontaktem #2 Jan Kowalski?");
    press(&mut app, KeyCode::Char('y'));
    let c = app.svc.contact_view(2).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((c.end_reason, c.ended), (None, None));
}

/// Apply a command as anna, the TUI's user.
fn app_apply(app: &App, cmd: Command) {
    app.svc
        .apply(cmd)
        .unwrap_or_else(|e| panic!("as anna: {e:?}"));
}
