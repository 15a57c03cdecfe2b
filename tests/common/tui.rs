//! The TUI test fixture: a small Polish database built through the Service (no binary), an
//! App over it with the default keymap and no colour, keys pressed through `update::on_key`
//! exactly as the event loop does, and frames drawn on a `TestBackend` and read back as text.
//!
//! Every event happens at noon UTC, so the local calendar day is the same in any time zone
//! from UTC-11 to UTC+11; clock times still move with the zone, so `screen` masks them.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, Utc};
use lejek::i18n::Lang;
use lejek::model::{ContactKind, EntityKind, EntityRef, Money, TaskKind};
use lejek::service::{
    Actor, CampaignDraft, Clock, Command, ContactDraft, DealDraft, DealPatch, Service, TaskDraft,
};
use lejek::tui::app::App;
use lejek::tui::key::KeySpec;
use lejek::tui::keymap::Keymap;
use lejek::tui::{self, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

/// The frozen now of every TUI test (a Saturday).
pub const NOW: &str = "2026-11-28T12:00:00Z";

pub fn at(day: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(&format!("{day}T12:00:00Z"))
        .expect("a test date")
        .with_timezone(&Utc)
}

fn as_of(login: &str, day: &str) -> Actor {
    Actor {
        login: login.to_owned(),
        at: at(day),
        recorded: None,
    }
}

fn pln(minor: i64) -> Option<Money> {
    Some(Money::new(minor, "PLN"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
}

fn deal_ref(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Deal,
        id,
    }
}

/// A database with nothing but users and the Polish dictionaries.
pub fn empty_service() -> (TempDir, Service) {
    let dir = tempfile::tempdir().expect("temp dir");
    let svc = Service::open(dir.path(), true, Clock::fixed(at("2026-11-28"))).expect("open");
    let anna = as_of("anna", "2026-10-01");
    let mut cmds = vec![
        (
            anna.clone(),
            Command::AddUser {
                login: "anna".into(),
                name: "Anna Nowak".into(),
                admin: true,
            },
        ),
        (
            anna.clone(),
            Command::AddUser {
                login: "piotr".into(),
                name: "Piotr Wiśniewski".into(),
                admin: false,
            },
        ),
    ];
    for (kind, name, stage_kind) in lejek::service::seed::default_dicts(Lang::Pl) {
        cmds.push((
            anna.clone(),
            Command::AddDictEntry {
                kind,
                name: name.into(),
                stage_kind,
            },
        ));
    }
    svc.apply_batch(cmds).expect("users and dictionaries");
    (dir, svc)
}

/// What `service` made, by id, for tests that refer to records.
pub mod ids {
    pub const DRUKARNIA: u64 = 1;
    pub const KOWALSKI: u64 = 2;
    pub const PIEKARNIA: u64 = 3;
    pub const NOWAK: u64 = 4;
    pub const STOLARNIA: u64 = 5;
    pub const BIURO: u64 = 6;
    /// The deal with a note, a comment, a file, a task and a history.
    pub const ULOTKI: u64 = 1;
    /// Next activity 20.11, before today: overdue.
    pub const KATALOG: u64 = 2;
    pub const WIZYTOWKI_WON: u64 = 3;
    pub const BANERY_LOST: u64 = 4;
    pub const OPAKOWANIA_IN_CAMPAIGN: u64 = 5;
}

/// Six contacts, eight deals (one won, one lost for a price, one overdue, one in a
/// campaign), a campaign, a note, a comment, a file, three tasks; anna and piotr.
pub fn service() -> (TempDir, Service) {
    let (dir, svc) = empty_service();
    let run = |actor: Actor, cmd: Command| {
        svc.apply(&actor, cmd.clone())
            .unwrap_or_else(|e| panic!("{cmd:?}: {}", e.message(Lang::En)))
    };
    let contact = |day, draft: ContactDraft| run(as_of("anna", day), Command::AddContact(draft));
    contact(
        "2026-10-02",
        ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Drukarnia Kowalski Sp. z o.o.".into(),
            email: Some("biuro@drukarnia-kowalski.pl".into()),
            phone: Some("+48 42 123 45 67".into()),
            city: Some("Łódź".into()),
            address: Some("ul. Piotrkowska 100".into()),
            nip: Some("5260250274".into()),
            tags: vec!["vip".into()],
            status: Some("aktualny".into()),
            source: Some("polecenie".into()),
            ..Default::default()
        },
    );
    contact(
        "2026-10-02",
        ContactDraft {
            kind: Some(ContactKind::Person),
            name: "Jan Kowalski".into(),
            company_id: Some(ids::DRUKARNIA),
            email: Some("jan.kowalski@drukarnia-kowalski.pl".into()),
            city: Some("Łódź".into()),
            roles: vec!["decydent".into()],
            status: Some("aktualny".into()),
            source: Some("polecenie".into()),
            ..Default::default()
        },
    );
    contact(
        "2026-10-05",
        ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Piekarnia Świętokrzyska".into(),
            city: Some("Kielce".into()),
            status: Some("potencjalny".into()),
            source: Some("targi".into()),
            ..Default::default()
        },
    );
    contact(
        "2026-10-06",
        ContactDraft {
            kind: Some(ContactKind::Person),
            name: "Ewa Nowak".into(),
            city: Some("Kraków".into()),
            phone: Some("600 700 800".into()),
            status: Some("potencjalny".into()),
            source: Some("strona www".into()),
            ..Default::default()
        },
    );
    contact(
        "2026-10-07",
        ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Zakład Stolarski Dąb".into(),
            city: Some("Gdańsk".into()),
            status: Some("aktualny".into()),
            source: Some("telefon".into()),
            ..Default::default()
        },
    );
    contact(
        "2026-10-08",
        ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Biuro Rachunkowe Żak".into(),
            city: Some("Poznań".into()),
            status: Some("aktualny".into()),
            source: Some("mailing".into()),
            ..Default::default()
        },
    );
    run(
        as_of("anna", "2026-11-05"),
        Command::EndContact {
            id: ids::STOLARNIA,
            reason: "cena".into(),
            date: date("2026-11-01"),
        },
    );
    run(
        as_of("anna", "2026-10-10"),
        Command::AddCampaign(CampaignDraft {
            name: "Święta 2026".into(),
            goals: Some("20 zamówień opakowań".into()),
            tags: vec!["święta".into()],
            ..Default::default()
        }),
    );

    let deal = |login, day, draft: DealDraft| run(as_of(login, day), Command::AddDeal(draft));
    let draft = |contact_id, title: &str, owner: &str, stage: &str, value| DealDraft {
        contact_id,
        title: title.into(),
        owner: Some(owner.into()),
        stage: Some(stage.into()),
        value,
        ..Default::default()
    };
    deal(
        "anna",
        "2026-11-10",
        DealDraft {
            offer: Some("ulotki A5, 5000 szt., kreda 130 g".into()),
            source: Some("polecenie".into()),
            next_activity: Some(date("2026-12-03")),
            tags: vec!["jesień".into()],
            description: Some("Druk na jesienną promocję.".into()),
            ..draft(ids::DRUKARNIA, "Ulotki A5 na jesień", "anna", "nowy", None)
        },
    );
    deal(
        "piotr",
        "2026-11-11",
        DealDraft {
            next_activity: Some(date("2026-11-20")),
            ..draft(
                ids::DRUKARNIA,
                "Katalog produktów 2027",
                "piotr",
                "negocjacje",
                pln(1_250_000),
            )
        },
    );
    deal(
        "anna",
        "2026-11-12",
        draft(
            ids::KOWALSKI,
            "Wizytówki dla zarządu",
            "anna",
            "oferta",
            pln(45_000),
        ),
    );
    deal(
        "piotr",
        "2026-11-13",
        draft(
            ids::PIEKARNIA,
            "Banery targowe",
            "piotr",
            "oferta",
            pln(300_000),
        ),
    );
    deal(
        "anna",
        "2026-11-14",
        DealDraft {
            next_activity: Some(date("2026-12-01")),
            campaign_id: Some(1),
            ..draft(
                ids::PIEKARNIA,
                "Opakowania świąteczne",
                "anna",
                "nowy",
                pln(800_000),
            )
        },
    );
    deal(
        "anna",
        "2026-11-15",
        draft(
            ids::NOWAK,
            "Kalendarze firmowe",
            "anna",
            "kwalifikacja",
            pln(240_000),
        ),
    );
    deal(
        "piotr",
        "2026-11-16",
        draft(ids::BIURO, "Naklejki na witrynę", "piotr", "nowy", None),
    );
    deal(
        "anna",
        "2026-11-17",
        draft(
            ids::STOLARNIA,
            "Teczki ofertowe",
            "anna",
            "oferta",
            pln(560_050),
        ),
    );

    // The won one, the lost one (for a price), and a history on the deal with everything.
    run(
        as_of("anna", "2026-11-19"),
        Command::WinDeal {
            id: ids::WIZYTOWKI_WON,
            stage: None,
        },
    );
    run(
        as_of("piotr", "2026-11-21"),
        Command::LoseDeal {
            id: ids::BANERY_LOST,
            reason: "cena".into(),
            stage: None,
        },
    );
    run(
        as_of("anna", "2026-11-20"),
        Command::UpdateDeal {
            id: ids::ULOTKI,
            patch: DealPatch {
                stage: Some("oferta".into()),
                value: Some(pln(120_000)),
                ..Default::default()
            },
        },
    );
    run(
        as_of("anna", "2026-11-22"),
        Command::AddNote {
            on: deal_ref(ids::ULOTKI),
            text: "Klient prosi o próbkę papieru kredowego.\nDecyzja do końca tygodnia.".into(),
        },
    );
    run(
        as_of("piotr", "2026-11-23"),
        Command::AddComment {
            on: deal_ref(ids::ULOTKI),
            text: "Mam próbki w biurze, mogę podrzucić w poniedziałek.".into(),
        },
    );
    let file = dir.path().join("oferta-ulotki.txt");
    std::fs::write(&file, "Oferta: ulotki A5, 5000 szt.\n").expect("write a file to attach");
    let (sha256, size) = svc.store_file(&file).expect("store file");
    run(
        as_of("anna", "2026-11-24"),
        Command::AttachFile {
            on: deal_ref(ids::ULOTKI),
            name: "oferta-ulotki.txt".into(),
            sha256,
            size,
        },
    );
    let task = |login, day, draft: TaskDraft| run(as_of(login, day), Command::AddTask(draft));
    task(
        "anna",
        "2026-11-25",
        TaskDraft {
            kind: TaskKind::Meeting,
            title: "Spotkanie w sprawie próbek".into(),
            assignee: Some("piotr".into()),
            due: date("2026-12-02").and_hms_opt(10, 0, 0),
            deal_id: Some(ids::ULOTKI),
            campaign_id: None,
        },
    );
    task(
        "piotr",
        "2026-11-18",
        TaskDraft {
            kind: TaskKind::Task,
            title: "Zadzwonić w sprawie katalogu".into(),
            assignee: Some("piotr".into()),
            due: date("2026-11-26").and_hms_opt(0, 0, 0),
            deal_id: Some(ids::KATALOG),
            campaign_id: None,
        },
    );
    task(
        "anna",
        "2026-11-12",
        TaskDraft {
            kind: TaskKind::Task,
            title: "Wysłać projekt wizytówek".into(),
            assignee: Some("anna".into()),
            due: date("2026-11-18").and_hms_opt(0, 0, 0),
            deal_id: Some(ids::WIZYTOWKI_WON),
            campaign_id: None,
        },
    );
    run(as_of("anna", "2026-11-18"), Command::CompleteTask { id: 3 });
    (dir, svc)
}

/// An App over `svc` as anna, in `lang`, everything loaded, without colour.
pub fn app_over(svc: Service, lang: Lang) -> App {
    let mut app = tui::new_app(
        lejek::backend::Backend::local(svc, "anna".into()),
        "anna".into(),
        lang,
        Keymap::default(),
    );
    app.theme.color = false;
    tui::load_now(&mut app);
    app
}

/// The fixture database and an App over it. Keep the TempDir alive while the App is used.
pub fn app() -> (TempDir, App) {
    app_in(Lang::Pl)
}

pub fn app_in(lang: Lang) -> (TempDir, App) {
    let (dir, svc) = service();
    (dir, app_over(svc, lang))
}

/// Press keys given as keymap names, e.g. `keys(&mut app, &["j", "ctrl-u", "enter"])`.
pub fn keys(app: &mut App, names: &[&str]) {
    for name in names {
        let spec = KeySpec::parse(name).unwrap_or_else(|e| panic!("key {name:?}: {e:?}"));
        update::on_key(app, spec.to_event());
    }
}

/// Type text as the terminal would deliver it, one character at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update::on_key(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Draw one frame of `w` x `h` and return its buffer.
pub fn frame(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    tui::draw(app, &mut terminal).expect("draw");
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, trailing blanks trimmed. A wide character's hidden
/// continuation cells are skipped, as a terminal shows them.
pub fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in area.left()..area.right() {
            let symbol = buf[(x, y)].symbol();
            if skip == 0 {
                line.push_str(symbol);
            }
            skip = std::cmp::max(skip, unicode_width(symbol)).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn unicode_width(s: &str) -> usize {
    ratatui::text::Span::raw(s).width()
}

/// What the screen shows, with clock times (`14:05`) masked as `hh:mm`: they depend on the
/// time zone the tests run in, the calendar days do not.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    mask_times(&text(&frame(app, w, h)))
}

/// Replace every `HH:MM` (two digits, colon, two digits, not inside a longer number) with
/// `hh:mm`.
pub fn mask_times(s: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    let digit = |i: usize| c.get(i).is_some_and(|ch| ch.is_ascii_digit());
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < c.len() {
        let starts = (i == 0 || !(digit(i - 1) || c[i - 1] == ':'))
            && digit(i)
            && digit(i + 1)
            && c.get(i + 2) == Some(&':')
            && digit(i + 3)
            && digit(i + 4)
            && !digit(i + 5)
            && c.get(i + 5) != Some(&':');
        if starts {
            out.push_str("hh:mm");
            i += 5;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}
