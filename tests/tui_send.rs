//! Issue 8 / SPEC D12 in the TUI: e-mail and SMS from the deal card, failed sends shown and
//! sent again, templates managed on their screen.
//!
//! The end-to-end tests run the real binary in tmux (see `tests/common/tmux.rs`) on a demo
//! database, with a config directory of their own: with no config file the transport is
//! the outbox (`<db>/outbox`), whose `.eml` files are read with Python's e-mail parser; an
//! SMTP server on a closed port makes a send fail. The in-process tests drive the App
//! through `update::on_key` over the TUI fixture (default settings: the outbox too).

mod common;
#[path = "common/smtp.rs"]
mod smtp;
#[path = "common/tmux.rs"]
mod tmux;
#[path = "common/tui.rs"]
mod tui_fixture;

use std::path::Path;
use std::time::Duration;

use common::Db;
use lejek::i18n::Lang;
use lejek::model::{EntityKind, EntityRef, MessageKind};
use lejek::service::views::DealView;
use lejek::service::{Command, ContactPatch, TemplateDraft};
use lejek::tui::app::App;
use lejek::tui::detail::Tab;
use lejek::tui::form_pane::FormPane;
use lejek::tui::send::SendPreview;
use lejek::tui::templates::TemplatesPane;
use serde_json::Value;
use tmux::Tmux;
use tui_fixture::{app_over, keys, screen, service, type_text};

const T: &str = "t";
const SIZE: (u16, u16) = (100, 30);
const WAIT: Duration = Duration::from_secs(15);

// ---------------------------------------------------------------------------------------
// The real binary in a terminal.

/// `lejek tui` as anna in `lang`, with `config` as XDG_CONFIG_HOME.
fn tui_command(db: &Path, config: &Path, lang: &str) -> String {
    let config = config.display().to_string();
    tmux::tui_command(
        &[
            ("LEJEK_USER", "anna"),
            ("LEJEK_LANG", lang),
            ("XDG_CONFIG_HOME", &config),
        ],
        db,
        &[],
    )
}

/// A demo database (Polish firms and people, deals with history).
fn demo_db() -> Db {
    let db = Db::empty();
    db.ok(&["init", "--demo"]);
    db
}

/// An open deal whose contact has an e-mail address: (deal id, contact name, address).
fn deal_with_email(db: &Db) -> (u64, String, String) {
    let contacts = db.json(&["contact", "list"]);
    let deals = db.json(&["deal", "list"]);
    for d in deals.as_array().expect("deals") {
        if d["stage_kind"] != "open" {
            continue;
        }
        let c = contacts
            .as_array()
            .expect("contacts")
            .iter()
            .find(|c| c["id"] == d["contact_id"])
            .expect("the deal's contact");
        if let Some(email) = c["email"].as_str().filter(|e| !e.is_empty()) {
            return (
                d["id"].as_u64().expect("id"),
                c["name"].as_str().expect("name").to_owned(),
                email.to_owned(),
            );
        }
    }
    panic!("the demo has no open deal with an e-mail address");
}

/// The e-mail template of these tests, added through the CLI. The demo has templates of its
/// own, all named before "welcome": it is the last in the picker.
fn add_offer(db: &Db) {
    db.ok(&[
        "template",
        "add",
        "--kind",
        "email",
        "--name",
        "welcome",
        "--subject",
        "Offer for {{contact.name}}",
        "--body",
        "Good morning {{contact.first_name}},\nour offer: {{deal.title}}.\n{{owner.name}}",
    ]);
}

/// An .eml as Python's own `email` package reads it (`tests/comms_smtp_server.py parse`).
fn parse_eml(path: &Path) -> Value {
    smtp::parse_eml("python3", path)
}

/// Wait until the list `label` (its border title, "Deals 12/12") has rows.
fn wait_loaded(t: &Tmux, label: &str) {
    let title = format!("┌ {label} ");
    t.wait_for(T, WAIT, &format!("the list {label}"), |s| {
        s.text.split(&title).nth(1).is_some_and(|rest| {
            rest.chars().next().is_some_and(|c| c.is_ascii_digit()) && !rest.starts_with("0/")
        })
    });
}

/// Put the cursor on deal `id` with the command line.
fn go_to_deal(t: &Tmux, id: u64) {
    t.keys(T, &[":"]);
    t.type_text(T, &id.to_string());
    t.keys(T, &["Enter"]);
    t.wait_text(T, WAIT, &format!("#{id} "));
}

/// `M` on the deal, the last template ("welcome"), Enter: its preview.
fn pick_welcome(t: &Tmux, deal: u64) {
    t.keys(T, &["M"]);
    t.wait_text(T, WAIT, &format!("Send to deal #{deal}"));
    t.keys(T, &["G"]);
    t.wait_text(T, WAIT, "│ welcome ");
    t.keys(T, &["Enter"]);
}

fn quit(t: &Tmux) {
    t.keys(T, &["q"]);
    t.wait_text(T, WAIT, "EXITED:0");
}

#[test]
fn send_an_email_from_the_deal_card_to_the_outbox() {
    let db = demo_db();
    add_offer(&db);
    let (deal, contact, email) = deal_with_email(&db);
    let config = tempfile::tempdir().expect("config dir");
    let Some(t) = Tmux::new("send") else {
        return;
    };
    t.open(T, SIZE, &tui_command(db.dir.path(), config.path(), "en"));
    wait_loaded(&t, "Deals");
    go_to_deal(&t, deal);

    pick_welcome(&t, deal);
    // The preview: the contact's address, the subject made for this deal, the text.
    t.wait_for(T, WAIT, "the preview", |s| {
        s.text.contains(&email)
            && s.text.contains(&format!("Offer for {contact}"))
            && s.text.contains("our offer:")
            && s.text.contains("Enter: send")
    });
    t.keys(T, &["Enter"]);
    t.wait_text(T, WAIT, "sent (outbox");
    quit(&t);
    drop(t);

    let files = db.outbox("eml");
    assert_eq!(files.len(), 1, "{files:?}");
    let eml = parse_eml(&files[0]);
    assert_eq!(eml["subject"], format!("Offer for {contact}"), "{eml}");
    assert!(eml["to"].as_str().expect("to").contains(&email), "{eml}");
    let s = db.sends(deal);
    assert_eq!(s.len(), 1, "{s:?}");
    let m = &s[0].1;
    assert!(m["result"].get("Sent").is_some(), "{m}");
    assert_eq!(m["to"], email);
    assert_eq!(m["template"], "welcome");
    assert_eq!(m["subject"], format!("Offer for {contact}"));
    assert!(m["retry_of"].is_null(), "{m}");
}

#[test]
fn a_failed_send_shows_on_the_card_and_is_sent_again_with_ctrl_r() {
    let db = demo_db();
    add_offer(&db);
    let (deal, _, email) = deal_with_email(&db);
    let config = tempfile::tempdir().expect("config dir");
    let file = config.path().join("lejek").join("config.toml");
    std::fs::create_dir_all(file.parent().expect("dir")).expect("mkdir");
    // SMTP to a loopback port nobody listens on: the send fails (the server is down).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port();
    std::fs::write(
        &file,
        format!(
            "[email]\ntransport = \"smtp\"\n[email.smtp]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\ntimeout_secs = 5\n"
        ),
    )
    .expect("write config");
    let Some(t) = Tmux::new("retry") else {
        return;
    };
    t.open(T, SIZE, &tui_command(db.dir.path(), config.path(), "en"));
    wait_loaded(&t, "Deals");
    go_to_deal(&t, deal);
    pick_welcome(&t, deal);
    t.wait_text(T, WAIT, &email);
    t.keys(T, &["Enter"]);
    // The status line says so, and the card shows the failure at the top of its overview
    // with the key that sends it again.
    t.wait_for(
        T,
        WAIT,
        "the failure in the status line and on the card",
        |s| s.text.contains("NOT sent") && s.text.contains("✗"),
    );
    quit(&t);
    drop(t);
    let s = db.sends(deal);
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].1["result"].get("Failed").is_some(), "{:?}", s[0]);
    assert!(db.outbox("eml").is_empty());

    // The server is "back": the default transport (the outbox) again.
    std::fs::remove_file(&file).expect("remove config");
    let t2 = Tmux::new("retry").expect("tmux");
    t2.open(T, SIZE, &tui_command(db.dir.path(), config.path(), "en"));
    wait_loaded(&t2, "Deals");
    go_to_deal(&t2, deal);
    t2.wait_text(T, WAIT, "✗");
    t2.keys(T, &["C-r"]);
    t2.wait_for(T, WAIT, "the preview of the failed message", |s| {
        s.text.contains("sent again") && s.text.contains(&email) && s.text.contains("Failed:")
    });
    t2.keys(T, &["Enter"]);
    t2.wait_for(T, WAIT, "sent, and the failure gone from the card", |s| {
        s.text.contains("sent (outbox") && !s.text.contains("✗")
    });
    quit(&t2);
    drop(t2);

    let s = db.sends(deal);
    assert_eq!(s.len(), 2, "{s:?}");
    let (failed_seq, failed) = &s[0];
    let retry = &s[1].1;
    assert!(failed["result"].get("Failed").is_some(), "{failed}");
    assert!(retry["result"].get("Sent").is_some(), "{retry}");
    assert_eq!(retry["retry_of"].as_u64(), Some(*failed_seq));
    assert_eq!(retry["subject"], failed["subject"]);
    assert_eq!(retry["body"], failed["body"]);
    assert_eq!(db.outbox("eml").len(), 1);
}

#[test]
fn templates_are_added_refused_and_removed_on_their_screen() {
    let db = demo_db();
    let config = tempfile::tempdir().expect("config dir");
    let Some(t) = Tmux::new("templates") else {
        return;
    };
    t.open(T, SIZE, &tui_command(db.dir.path(), config.path(), "pl"));
    wait_loaded(&t, "Interesy");
    let before = db
        .json(&["template", "list"])
        .as_array()
        .map_or(0, Vec::len);
    t.keys(T, &["T"]);
    t.wait_text(T, WAIT, "Szablony wiadomości");
    t.keys(T, &["n"]);
    t.wait_text(T, WAIT, "Nowy szablon wiadomości");
    // Kind: e-mail (the default); name, subject, text with a line break typed as \n.
    t.keys(T, &["Tab"]);
    t.type_text(T, "zaproszenie");
    t.keys(T, &["Tab"]);
    t.type_text(T, "Zaproszenie: {{deal.title}}");
    t.keys(T, &["Tab"]);
    t.type_text(
        T,
        "Dzień dobry {{contact.first_name}},\\nprzypominamy o ofercie.",
    );
    t.keys(T, &["Enter"]);
    t.wait_for(T, WAIT, "the template saved and listed", |s| {
        s.text.contains("Zapisano 1 rekord")
            && s.text.contains("│ zaproszenie ")
            && s.text.contains("przypominamy o ofercie.")
    });
    let list = db.json(&["template", "list"]);
    let all = list.as_array().expect("a list");
    assert_eq!(all.len(), before + 1, "{list}");
    let new = all
        .iter()
        .find(|t| t["name"] == "zaproszenie")
        .expect("the new template");
    assert_eq!(new["kind"], "email");
    assert_eq!(new["subject"], "Zaproszenie: {{deal.title}}");
    assert_eq!(
        new["body"],
        "Dzień dobry {{contact.first_name}},\nprzypominamy o ofercie."
    );

    // An unknown placeholder: the service's words in the form, with where; nothing saved.
    t.keys(T, &["n"]);
    t.wait_text(T, WAIT, "Nowy szablon wiadomości");
    t.keys(T, &["C-n", "Tab"]);
    t.type_text(T, "zły");
    t.keys(T, &["Tab", "Tab"]);
    t.type_text(T, "Dzień dobry {{contact.nazwisko}}");
    t.keys(T, &["Enter"]);
    t.wait_for(T, WAIT, "the placeholder refused in the form", |s| {
        s.text.contains("nieznane pole {{contact.nazwisko}}")
            && s.text.contains("wiersz 1, kolumna 13")
            && s.text.contains("Nowy szablon wiadomości")
    });
    assert_eq!(
        db.json(&["template", "list"]).as_array().map(Vec::len),
        Some(before + 1)
    );
    t.keys(T, &["Escape"]);
    t.wait_text(T, WAIT, "Porzucić");
    t.keys(T, &["y"]);

    // Remove the new one (the cursor stayed on it), after a question.
    t.keys(T, &["X"]);
    t.wait_text(T, WAIT, "Usunąć szablon 'zaproszenie'?");
    t.keys(T, &["y"]);
    t.wait_for(T, WAIT, "the template gone", |s| {
        s.text.contains("Zapisano 1 rekord") && !s.text.contains("zaproszenie")
    });
    // The screen closed before `q`: read together, "Esc q" is Alt-q (a flake under load).
    t.keys(T, &["Escape"]);
    t.wait_for(T, WAIT, "the templates screen closed", |s| {
        !s.text.contains("Szablony wiadomości")
    });
    quit(&t);
    let list = db.json(&["template", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(before), "{list}");
    assert!(!list.to_string().contains("zaproszenie"));
}

// ---------------------------------------------------------------------------------------
// In process: the App through `update::on_key`, drawn on a test backend.

/// The fixture's deals (see `tests/common/tui.rs`).
const ULOTKI: u64 = 1; // Drukarnia Kowalski: e-mail and phone
const BANERY: u64 = 4; // Piekarnia Świętokrzyska: neither
const KALENDARZE: u64 = 6; // Ewa Nowak: a phone only
const PIEKARNIA: u64 = 3;

fn app_with_templates() -> (tempfile::TempDir, App) {
    let (dir, svc) = service();
    let app = app_over(svc, Lang::En);
    for draft in [
        TemplateDraft {
            kind: MessageKind::Email,
            name: "oferta".into(),
            subject: Some("Oferta dla {{contact.name}}".into()),
            body: "Dzień dobry {{contact.first_name}},\n{{deal.title}}".into(),
            attachments: Vec::new(),
        },
        TemplateDraft {
            kind: MessageKind::Sms,
            name: "sms".into(),
            subject: None,
            body: "Dzień dobry, przypominamy o spotkaniu w sprawie {{deal.title}}. Prosimy o potwierdzenie. {{owner.name}}".into(),
            attachments: Vec::new(),
        },
    ] {
        app.svc
            .apply(Command::AddTemplate(draft))
            .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    }
    (dir, app)
}

fn go_to(app: &mut App, deal: u64) {
    keys(app, &[":"]);
    type_text(app, &deal.to_string());
    keys(app, &["enter"]);
    assert_eq!(app.list::<DealView>().current_id(), Some(deal));
}

fn history_sends(app: &App, deal: u64) -> Vec<lejek::model::SentMessage> {
    let h = app
        .svc
        .history(EntityRef {
            kind: EntityKind::Deal,
            id: deal,
        })
        .expect("history");
    h.into_iter()
        .filter_map(|e| match e.change {
            lejek::model::Change::MessageSent(m) => Some(*m),
            _ => None,
        })
        .collect()
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn the_preview_shows_recipient_subject_text_and_an_sms_length() {
    let (_dir, mut app) = app_with_templates();
    go_to(&mut app, ULOTKI);
    keys(&mut app, &["M"]);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("choose a template"), "{s}");
    assert!(s.contains("oferta") && s.contains("SMS"), "{s}");
    keys(&mut app, &["enter"]);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("biuro@drukarnia-kowalski.pl"), "{s}");
    assert!(
        s.contains("Oferta dla Drukarnia Kowalski Sp. z o.o."),
        "{s}"
    );
    assert!(s.contains("Ulotki A5 na jesień"), "{s}");
    // Esc goes back to the picker; the SMS is the next template.
    keys(&mut app, &["esc", "j", "enter"]);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("+48 42 123 45 67"), "{s}");
    assert!(s.contains("2 SMS (UCS-2, "), "{s}");
    keys(&mut app, &["esc", "esc"]);
    assert!(app.overlays.is_empty());
    assert!(history_sends(&app, ULOTKI).is_empty(), "nothing sent");
}

#[test]
fn sending_writes_the_outbox_and_the_history_and_refreshes_the_card() {
    let (dir, mut app) = app_with_templates();
    go_to(&mut app, ULOTKI);
    keys(&mut app, &["M", "enter", "enter"]);
    assert!(app.overlays.is_empty(), "preview and picker closed");
    assert!(status(&app).contains("sent (outbox"), "{}", status(&app));
    let sent = history_sends(&app, ULOTKI);
    assert_eq!(sent.len(), 1);
    assert!(sent[0].result.is_sent());
    assert_eq!(sent[0].to, "biuro@drukarnia-kowalski.pl");
    let emls: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
        .expect("the outbox")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(emls.len(), 1);
    // The card's history shows the send.
    let history = app
        .detail
        .card
        .as_ref()
        .and_then(|d| d.tabs.iter().find(|(t, _)| *t == Tab::History))
        .map(|(_, lines)| lines.clone())
        .unwrap_or_default();
    assert!(
        history[0].text.contains("biuro@drukarnia-kowalski.pl") && history[0].text.contains("sent"),
        "{history:?}"
    );
    assert!(!history[0].alert);
}

#[test]
fn a_recipient_typed_in_the_preview_is_checked_and_used() {
    let (_dir, mut app) = app_with_templates();
    go_to(&mut app, ULOTKI);
    keys(&mut app, &["M", "enter", "ctrl-u"]);
    type_text(&mut app, "nie-adres");
    keys(&mut app, &["enter"]);
    assert!(app.top::<SendPreview>().is_some(), "still open");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("nie-adres"), "{s}");
    assert!(history_sends(&app, ULOTKI).is_empty(), "nothing recorded");
    keys(&mut app, &["ctrl-u"]);
    type_text(&mut app, "zakupy@drukarnia-kowalski.pl");
    keys(&mut app, &["enter"]);
    let sent = history_sends(&app, ULOTKI);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, "zakupy@drukarnia-kowalski.pl");
}

#[test]
fn no_address_is_said_recorded_shown_on_the_card_and_retried_once_there_is_one() {
    let (_dir, mut app) = app_with_templates();
    go_to(&mut app, BANERY);
    keys(&mut app, &["M", "enter"]);
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains("Piekarnia Świętokrzyska has no e-mail address"),
        "{s}"
    );
    keys(&mut app, &["enter"]);
    assert!(
        status(&app).contains("NOT sent: Piekarnia Świętokrzyska has no e-mail address"),
        "{}",
        status(&app)
    );
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    let sent = history_sends(&app, BANERY);
    assert_eq!(sent.len(), 1);
    assert!(!sent[0].result.is_sent());
    // The overview starts with the failure and the key that sends it again (zoomed and
    // wide, so that the line is not wrapped).
    keys(&mut app, &["enter"]);
    let s = screen(&mut app, 200, 30);
    let line = s.lines().find(|l| l.contains("✗")).unwrap_or_default();
    assert!(line.contains("NOT sent"), "{s}");
    assert!(line.contains("(Ctrl-r: send again)"), "{s}");
    keys(&mut app, &["esc"]);

    // Still no address: the retry fails again and takes the first one's place.
    keys(&mut app, &["ctrl-r"]);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("sent again") && s.contains("Failed:"), "{s}");
    keys(&mut app, &["enter"]);
    assert!(status(&app).contains("NOT sent"), "{}", status(&app));

    // With an address on the contact, the retry goes out and the card is clean.
    app.svc
        .apply(Command::UpdateContact {
            id: PIEKARNIA,
            patch: ContactPatch {
                email: Some(Some("biuro@piekarnia.pl".into())),
                ..Default::default()
            },
        })
        .expect("an address");
    keys(&mut app, &["ctrl-r", "enter"]);
    assert!(status(&app).contains("sent (outbox"), "{}", status(&app));
    let sent = history_sends(&app, BANERY);
    assert_eq!(sent.len(), 3);
    assert!(sent[2].result.is_sent());
    assert_eq!(sent[2].to, "biuro@piekarnia.pl");
    assert!(sent[2].retry_of.is_some());
    let s = screen(&mut app, 100, 30);
    assert!(!s.contains("✗"), "{s}");
    keys(&mut app, &["ctrl-r"]);
    assert!(status(&app).contains("no failed send"), "{}", status(&app));
}

#[test]
fn an_sms_goes_to_the_contacts_phone() {
    let (dir, mut app) = app_with_templates();
    go_to(&mut app, KALENDARZE);
    keys(&mut app, &["M", "j", "enter", "enter"]);
    assert!(
        status(&app).contains("SMS to 600 700 800 sent"),
        "{}",
        status(&app)
    );
    assert!(dir.path().join("outbox").exists());
}

#[test]
fn the_template_form_refuses_an_unknown_placeholder_and_saves_a_good_one() {
    let (_dir, mut app) = app_with_templates();
    keys(&mut app, &["T", "n", "tab"]);
    type_text(&mut app, "zly");
    keys(&mut app, &["tab"]);
    type_text(&mut app, "Temat");
    keys(&mut app, &["tab"]);
    type_text(&mut app, "Witam,\\n{{contact.nazwisko}}");
    keys(&mut app, &["enter"]);
    let Some(FormPane { form, .. }) = app.top::<FormPane>() else {
        panic!("the form stays open");
    };
    let msg = form.message.clone().unwrap_or_default();
    assert!(msg.contains("line 2, column 1"), "{msg}");
    assert!(msg.contains("{{contact.nazwisko}}"), "{msg}");
    assert_eq!(app.svc.templates().expect("templates").len(), 2);
    // Fixed: saved, with a real line break, and the cursor on it in the list.
    keys(&mut app, &["backspace"; 20]);
    type_text(&mut app, "{{contact.name}}");
    keys(&mut app, &["enter"]);
    let all = app.svc.templates().expect("templates");
    let t = all.iter().find(|t| t.name == "zly").expect("saved");
    assert_eq!(t.body, "Witam,\n{{contact.name}}");
    let Some(p) = app.top::<TemplatesPane>() else {
        panic!("back on the templates screen");
    };
    assert_eq!(p.current().map(|t| t.name.as_str()), Some("zly"));
    // Editing shows the line break as \n and keeps it.
    keys(&mut app, &["e"]);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Witam,\\n{{contact.name}}"), "{s}");
    keys(&mut app, &["enter"]);
    let t = app.svc.template("zly").expect("still there");
    assert_eq!(t.body, "Witam,\n{{contact.name}}");
}
