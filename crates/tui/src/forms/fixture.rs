//! The forms' unit-test fixture: a small Polish database (anna and piotr, the default
//! dictionaries, one company with one deal and one task, a campaign, an e-mail template), an
//! App over it with its lists loaded, and forms filled as if typed.

use std::fmt::Debug;

use tempfile::TempDir;

use super::{Purpose, Refresh};
use crate::action::Action;
use crate::app::App;
use crate::backend::Backend;
use crate::form::{FieldKind, Form};
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::model::{ContactKind, MessageKind, TaskKind};
use crate::service::{
    CampaignDraft, Clock, Command, ContactDraft, DealDraft, Service, TaskDraft, TemplateDraft,
};
use crate::test_screen::now;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// The ids of what [`app`] made (each kind of record counts from 1).
pub mod ids {
    /// Drukarnia Nowak, a company tagged `druk`.
    pub const COMPANY: u64 = 1;
    /// Ulotki, the company's deal tagged `pilne`, at stage `nowy`.
    pub const DEAL: u64 = 1;
    /// Wiosna, a campaign tagged `druk`.
    pub const CAMPAIGN: u64 = 1;
    /// Zadzwonić, a task on the deal.
    pub const TASK: u64 = 1;
    /// oferta, an e-mail template with the subject "Oferta".
    pub const TEMPLATE: u64 = 1;
}

/// A new Polish App over the fixture's database, signed in as anna.
pub fn app() -> (TempDir, App) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let svc = Service::open(dir.path(), true, Clock::fixed(now()))
        .unwrap_or_else(|e| panic!("open: {e:?}"));
    let anna = svc.actor("anna");
    let user = |login: &str, admin| Command::AddUser {
        login: login.into(),
        name: login.into(),
        admin,
    };
    let mut cmds = vec![
        (anna.clone(), user("anna", true)),
        (anna.clone(), user("piotr", false)),
    ];
    for (kind, name, stage_kind) in crate::service::seed::default_dicts(Lang::Pl) {
        let cmd = Command::AddDictEntry {
            kind,
            name: name.into(),
            stage_kind,
        };
        cmds.push((anna.clone(), cmd));
    }
    svc.apply_batch(cmds)
        .unwrap_or_else(|e| panic!("users and dictionaries: {e:?}"));
    let backend = Backend::local(svc, "anna".into());
    let mut app = crate::new_app(backend, "anna".into(), Lang::Pl, Keymap::default());
    for cmd in records() {
        app.svc
            .apply(cmd.clone())
            .unwrap_or_else(|e| panic!("{cmd:?}: {e:?}"));
    }
    // The campaign field offers the names in the campaigns list.
    crate::load_now(&mut app);
    (dir, app)
}

fn records() -> Vec<Command> {
    let tags = |t: &str| vec![t.to_owned()];
    vec![
        Command::AddContact(ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Drukarnia Nowak".into(),
            tags: tags("druk"),
            ..Default::default()
        }),
        Command::AddCampaign(CampaignDraft {
            name: "Wiosna".into(),
            tags: tags("druk"),
            ..Default::default()
        }),
        Command::AddDeal(DealDraft {
            contact_id: ids::COMPANY,
            title: "Ulotki".into(),
            tags: tags("pilne"),
            ..Default::default()
        }),
        Command::AddTask(TaskDraft {
            kind: TaskKind::Task,
            title: "Zadzwonić".into(),
            assignee: None,
            due: None,
            deal_id: Some(ids::DEAL),
            campaign_id: None,
        }),
        Command::AddTemplate(TemplateDraft {
            kind: MessageKind::Email,
            name: "oferta".into(),
            subject: Some("Oferta".into()),
            body: "Dzień dobry".into(),
            attachments: Vec::new(),
        }),
    ]
}

/// The form for `purpose` with these fields typed over (id, text); in a record field the
/// text is searched for and the best candidate taken, as Enter does.
pub fn filled(app: &App, purpose: &Purpose, values: &[(&str, &str)]) -> Form {
    let mut form = super::build(app, purpose).unwrap_or_else(|e| panic!("{purpose:?}: {e:?}"));
    for (id, value) in values {
        let field = form.field(id);
        assert!(field.is_some(), "{purpose:?} has no field {id}");
        if field.is_some_and(|f| matches!(f.kind, FieldKind::Record(_))) {
            pick(app, &mut form, id, value);
        } else {
            form.set_value(id, value);
        }
    }
    form
}

/// Types `text` into record field `id`, lets the backend answer and takes the highlighted
/// candidate with Enter.
pub fn pick(app: &App, form: &mut Form, id: &str, text: &str) {
    form.focus = form
        .fields
        .iter()
        .position(|f| f.id == id)
        .unwrap_or_else(|| panic!("no field {id}"));
    form.set_value(id, text);
    super::lookup::answer(app, form);
    let enter = KeyEvent::from(KeyCode::Enter);
    form.handle(&enter, Some(Action::FormSubmit));
    assert!(
        form.picked_key(id).is_some(),
        "'{text}' found nothing to take in {id}"
    );
}

/// The commands the filled form becomes (nothing applied), and what they would reload.
pub fn commands(app: &App, purpose: &Purpose, form: &Form) -> (Vec<Command>, Refresh) {
    let mut refresh = Refresh::default();
    let cmds = super::commands(app, purpose, form, &mut refresh)
        .unwrap_or_else(|e| panic!("{purpose:?}: {e:?}"));
    (cmds, refresh)
}

/// Commands have no `PartialEq`; their `Debug` shows every field, so equal text is equal
/// commands.
pub fn same<T: Debug>(got: &T, want: &T) {
    assert_eq!(format!("{got:#?}"), format!("{want:#?}"));
}
