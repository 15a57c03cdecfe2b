//! The forms behind each record action: which fields they have, and which service commands
//! their values become. A failed command leaves the form open with the message in it.

use super::app::{App, View};
use super::form::{Field, FieldKind, Form};
use super::send::kind_label;
use crate::i18n::{tr, trf};
use crate::model::{DictKind, EntityRef, MessageKind, StoredFile, TaskKind};
use crate::service::{
    CampaignDraft, CampaignPatch, Command, ContactDraft, ContactPatch, DealDraft, DealPatch,
    Result, TaskDraft, TaskPatch, TemplateDraft, TemplatePatch,
};

/// What a form is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    NewDeal {
        contact: Option<u64>,
    },
    EditDeal(u64),
    NewContact,
    EditContact(u64),
    NewCampaign,
    EditCampaign(u64),
    NewTask {
        deal: Option<u64>,
        campaign: Option<u64>,
    },
    EditTask(u64),
    Stage(Vec<u64>),
    Next(Vec<u64>),
    Value(Vec<u64>),
    Note(EntityRef),
    Comment(EntityRef),
    Attach(EntityRef),
    Lose(Vec<u64>),
    Owner(Vec<u64>),
    Tags {
        view: View,
        ids: Vec<u64>,
    },
    /// C6: a campaign with one deal per contact.
    Bulk(Vec<u64>),
    /// The open report's parameters (no service command: the report recomputes).
    ReportParams,
    /// A message template (D12): e-mail or SMS, chosen here once.
    NewTemplate,
    /// The template with this id (its kind stays).
    EditTemplate(u64),
}

/// Contacts per transaction in the bulk operation (the batch command uses the same size).
const BULK_CHUNK: usize = 2_000;

/// What to reload after a successful submit.
#[derive(Clone, Debug, Default)]
pub struct Refresh {
    pub deals: Vec<u64>,
    pub contacts: Vec<u64>,
    pub campaigns: bool,
    pub tasks: bool,
    pub all_deals: bool,
    /// Put the cursor on a new record: a deal, a contact, or (when its list arrives) a
    /// campaign or task.
    pub focus_deal: Option<u64>,
    pub focus_contact: Option<u64>,
    pub focus_later: Option<u64>,
    /// The templates changed: read them again into the templates screen, with the cursor
    /// on `focus_template` when given.
    pub templates: bool,
    pub focus_template: Option<u64>,
}

fn dict_names(app: &App, kind: DictKind) -> Vec<String> {
    app.svc
        .dict(kind)
        .map(|d| {
            d.into_iter()
                .filter(|e| !e.retired)
                .map(|e| e.name)
                .collect()
        })
        .unwrap_or_default()
}

fn logins(app: &App) -> Vec<String> {
    app.svc
        .users()
        .map(|u| u.into_iter().map(|u| u.login).collect())
        .unwrap_or_default()
}

fn campaign_names(app: &App) -> Vec<String> {
    app.campaigns.rows.iter().map(|c| c.name.clone()).collect()
}

fn kinds(app: &App) -> Vec<String> {
    vec![
        tr(app.lang, "kind.company").to_owned(),
        tr(app.lang, "kind.person").to_owned(),
    ]
}

fn task_kinds(app: &App) -> Vec<String> {
    vec![
        tr(app.lang, "kind.task").to_owned(),
        tr(app.lang, "kind.meeting").to_owned(),
    ]
}

/// Build the form for `purpose`, filled with the record's current values when editing.
pub fn build(app: &App, purpose: &Purpose) -> Result<Form> {
    if let (Purpose::ReportParams, Some(pane)) = (purpose, &app.report) {
        return Ok(super::report_pane::form(app, pane));
    }
    let l = app.lang;
    let t = |k| tr(l, k);
    let f = |id, key, kind| Field::new(id, tr(l, key), kind);
    let (title, fields) = match purpose {
        Purpose::NewDeal { contact } => (
            t("form.new_deal").to_owned(),
            deal_fields(
                app,
                contact.map(|c| c.to_string()).unwrap_or_default(),
                None,
            )?,
        ),
        Purpose::EditDeal(id) => (
            trf(l, "form.edit_deal", &[id]),
            deal_fields(app, String::new(), Some(*id))?,
        ),
        Purpose::NewContact => (t("form.new_contact").to_owned(), contact_fields(app, None)?),
        Purpose::EditContact(id) => (
            trf(l, "form.edit_contact", &[id]),
            contact_fields(app, Some(*id))?,
        ),
        Purpose::NewCampaign => (
            t("form.new_campaign").to_owned(),
            campaign_fields(app, None)?,
        ),
        Purpose::EditCampaign(id) => (
            trf(l, "form.edit_campaign", &[id]),
            campaign_fields(app, Some(*id))?,
        ),
        Purpose::NewTask { deal, campaign } => {
            let campaign_name = campaign
                .and_then(|c| app.svc.campaign(c).ok())
                .map(|c| c.name)
                .unwrap_or_default();
            (
                t("form.new_task").to_owned(),
                vec![
                    f("title", "col.title", FieldKind::Text).required(),
                    f("kind", "col.kind", FieldKind::Choice(task_kinds(app))).value(t("kind.task")),
                    f("assignee", "col.assignee", FieldKind::Choice(logins(app)))
                        .value(app.user.clone()),
                    f("due", "col.due", FieldKind::DateTime),
                    f("deal", "col.deal_id", FieldKind::Number)
                        .value(deal.map(|d| d.to_string()).unwrap_or_default()),
                    f(
                        "campaign",
                        "col.campaign",
                        FieldKind::Choice(campaign_names(app)),
                    )
                    .value(campaign_name),
                ],
            )
        }
        Purpose::EditTask(id) => {
            let task = app.svc.task(*id)?;
            let kind = tr(
                l,
                if task.kind == TaskKind::Meeting {
                    "kind.meeting"
                } else {
                    "kind.task"
                },
            );
            let due = task
                .due
                .map(|d| match d.time() {
                    chrono::NaiveTime::MIN => d.date().to_string(),
                    t => format!("{} {}", d.date(), t.format("%H:%M")),
                })
                .unwrap_or_default();
            (
                trf(l, "form.edit_task", &[id]),
                vec![
                    f("title", "col.title", FieldKind::Text)
                        .required()
                        .value(task.title.clone()),
                    f("kind", "col.kind", FieldKind::Choice(task_kinds(app))).value(kind),
                    f("assignee", "col.assignee", FieldKind::Choice(logins(app)))
                        .value(task.assignee.clone()),
                    f("due", "col.due", FieldKind::DateTime).value(due),
                ],
            )
        }
        Purpose::Stage(ids) => (
            trf(l, "form.stage", &[&ids.len()]),
            vec![
                f(
                    "stage",
                    "col.stage",
                    FieldKind::Choice(dict_names(app, DictKind::DealStage)),
                )
                .required(),
                f(
                    "reason",
                    "col.loss_reason",
                    FieldKind::Choice(dict_names(app, DictKind::LossReason)),
                ),
            ],
        ),
        Purpose::Next(ids) => (
            trf(l, "form.next", &[&ids.len()]),
            vec![f("next", "col.next", FieldKind::Date)],
        ),
        Purpose::Value(ids) => (
            trf(l, "form.value", &[&ids.len()]),
            vec![f("value", "col.value", FieldKind::Money)],
        ),
        Purpose::Note(_) => (
            t("form.note").to_owned(),
            vec![f("text", "col.text", FieldKind::LongText).required()],
        ),
        Purpose::Comment(_) => (
            t("form.comment").to_owned(),
            vec![f("text", "col.text", FieldKind::LongText).required()],
        ),
        Purpose::Attach(_) => (
            t("form.attach").to_owned(),
            vec![
                f("path", "col.path", FieldKind::Path).required(),
                f("name", "col.name", FieldKind::Text),
            ],
        ),
        Purpose::Lose(ids) => (
            trf(l, "form.lose", &[&ids.len()]),
            vec![
                f(
                    "reason",
                    "col.loss_reason",
                    FieldKind::Choice(dict_names(app, DictKind::LossReason)),
                )
                .required(),
            ],
        ),
        Purpose::Owner(ids) => (
            trf(l, "form.owner", &[&ids.len()]),
            vec![f("owner", "col.owner", FieldKind::Choice(logins(app))).required()],
        ),
        Purpose::Tags { ids, .. } => (
            trf(l, "form.tags", &[&ids.len()]),
            vec![
                f("add", "col.add_tags", FieldKind::Tags),
                f("remove", "col.remove_tags", FieldKind::Tags),
            ],
        ),
        Purpose::Bulk(ids) => (
            trf(l, "form.bulk", &[&ids.len()]),
            vec![
                f("campaign", "col.campaign", FieldKind::Text).required(),
                f("title", "col.title", FieldKind::Text).required(),
                f("description", "col.description", FieldKind::LongText),
                f("value", "col.value", FieldKind::Money),
                f("owner", "col.owner", FieldKind::Choice(logins(app))).value(app.user.clone()),
                f(
                    "source",
                    "col.source",
                    FieldKind::Choice(dict_names(app, DictKind::DealSource)),
                ),
                f("tags", "col.tags", FieldKind::Tags),
            ],
        ),
        // Handled above when a report is open; without one there is nothing to edit.
        Purpose::ReportParams => return Err(crate::service::invalid("msg.not_here", &[])),
        Purpose::NewTemplate => (
            t("tui.tpl.new").to_owned(),
            vec![
                f("kind", "col.kind", FieldKind::Choice(message_kinds(app)))
                    .required()
                    .value(t("msg.kind.email")),
                f("name", "col.name", FieldKind::Text).required(),
                f("subject", "tui.tpl.subject", FieldKind::Text),
                f("body", "tui.tpl.body", FieldKind::LongText).required(),
                f("attach", "tui.tpl.attach", FieldKind::Path),
            ],
        ),
        Purpose::EditTemplate(id) => {
            let tpl = super::templates::by_id(app, *id)?;
            let mut fields = vec![
                f("name", "col.name", FieldKind::Text)
                    .required()
                    .value(tpl.name.clone()),
            ];
            if tpl.kind == MessageKind::Email {
                fields.push(
                    f("subject", "col.subject", FieldKind::Text)
                        .required()
                        .value(tpl.subject.clone().unwrap_or_default()),
                );
            }
            fields.push(
                f("body", "tui.tpl.body", FieldKind::LongText)
                    .required()
                    .value(super::templates::escape_body(&tpl.body)),
            );
            if tpl.kind == MessageKind::Email {
                fields.push(f("attach", "tui.tpl.attach", FieldKind::Path));
                if !tpl.attachments.is_empty() {
                    let names = tpl.attachments.iter().map(|a| a.name.clone()).collect();
                    fields.push(f("detach", "tui.tpl.detach", FieldKind::Choice(names)));
                }
            }
            (
                trf(l, "tui.tpl.edit", &[&tpl.name, &kind_label(tpl.kind, l)]),
                fields,
            )
        }
    };
    Ok(Form::new(title, fields, app.today, l))
}

/// The two kinds of message, as the kind field offers them.
fn message_kinds(app: &App) -> Vec<String> {
    vec![
        tr(app.lang, "msg.kind.email").to_owned(),
        tr(app.lang, "msg.kind.sms").to_owned(),
    ]
}

/// A file to attach to a template, copied into the file store and named as on disk.
fn stored_file(app: &App, path: Option<std::path::PathBuf>) -> Result<Vec<StoredFile>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let (sha256, size) = app.svc.store_file(&path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| sha256.clone());
    Ok(vec![StoredFile { name, sha256, size }])
}

/// The template commands of the add and edit forms. As `lejek template add|edit`: what the
/// service will check is checked (a dry run) before a file is copied into the store.
fn template_command(app: &App, purpose: &Purpose, form: &Form) -> Result<Command> {
    let body = super::templates::unescape_body(form.text("body").unwrap_or_default());
    match purpose {
        Purpose::EditTemplate(id) => {
            let old = super::templates::by_id(app, *id)?;
            let name = form.text("name").unwrap_or_default().to_owned();
            let subject = form.field("subject").map(|f| f.raw().trim().to_owned());
            let patch = TemplatePatch {
                name: (name != old.name).then_some(name),
                subject: subject.filter(|s| old.subject.as_ref() != Some(s)),
                body: (body != old.body).then_some(body),
                add_attachments: Vec::new(),
                remove_attachments: form.choice("detach").into_iter().collect(),
            };
            let cmd = |patch| Command::UpdateTemplate {
                name: old.name.clone(),
                patch,
            };
            app.svc.dry_run(cmd(patch.clone()))?;
            Ok(cmd(TemplatePatch {
                add_attachments: stored_file(app, form.path("attach"))?,
                ..patch
            }))
        }
        _ => {
            let kind = match form.choice("kind") {
                Some(k) if k == tr(app.lang, "msg.kind.sms") => MessageKind::Sms,
                _ => MessageKind::Email,
            };
            // The service's words name the CLI's flags; the form has fields.
            if kind == MessageKind::Sms && form.text("subject").is_some() {
                return Err(crate::service::invalid("tui.tpl.err.sms_subject", &[]));
            }
            if kind == MessageKind::Sms && form.text("attach").is_some() {
                return Err(crate::service::invalid("tui.tpl.err.sms_attachment", &[]));
            }
            let draft = TemplateDraft {
                kind,
                name: form.text("name").unwrap_or_default().to_owned(),
                subject: own(form.text("subject")),
                body,
                attachments: Vec::new(),
            };
            app.svc.dry_run(Command::AddTemplate(draft.clone()))?;
            Ok(Command::AddTemplate(TemplateDraft {
                attachments: stored_file(app, form.path("attach"))?,
                ..draft
            }))
        }
    }
}

fn deal_fields(app: &App, contact: String, id: Option<u64>) -> Result<Vec<Field>> {
    let l = app.lang;
    let f = |id, key, kind| Field::new(id, tr(l, key), kind);
    let d = id.map(|i| app.svc.deal_view(i)).transpose()?;
    let get = |pick: fn(&crate::service::views::DealView) -> String| {
        d.as_ref().map(pick).unwrap_or_default()
    };
    let contact = if let Some(d) = &d {
        d.contact_id.to_string()
    } else {
        contact
    };
    Ok(vec![
        f("contact", "col.contact_id", FieldKind::Number)
            .required()
            .value(contact),
        f("title", "col.title", FieldKind::Text)
            .required()
            .value(get(|d| d.title.clone())),
        f("offer", "col.offer", FieldKind::Text)
            .value(get(|d| d.offer.clone().unwrap_or_default())),
        f("value", "col.value", FieldKind::Money)
            .value(get(|d| d.value.clone().unwrap_or_default())),
        f(
            "stage",
            "col.stage",
            FieldKind::Choice(dict_names(app, DictKind::DealStage)),
        )
        .value(get(|d| d.stage.clone())),
        f(
            "source",
            "col.source",
            FieldKind::Choice(dict_names(app, DictKind::DealSource)),
        )
        .value(get(|d| d.source.clone().unwrap_or_default())),
        f("owner", "col.owner", FieldKind::Choice(logins(app))).value(
            d.as_ref()
                .map(|d| d.owner.clone())
                .unwrap_or_else(|| app.user.clone()),
        ),
        f("next", "col.next", FieldKind::Date).value(get(|d| {
            d.next_activity.map(|n| n.to_string()).unwrap_or_default()
        })),
        f("tags", "col.tags", FieldKind::Tags).value(get(|d| d.tags.join(" "))),
        f(
            "campaign",
            "col.campaign",
            FieldKind::Choice(campaign_names(app)),
        )
        .value(get(|d| d.campaign.clone().unwrap_or_default())),
        f("description", "col.description", FieldKind::LongText)
            .value(get(|d| d.description.clone().unwrap_or_default())),
    ])
}

fn contact_fields(app: &App, id: Option<u64>) -> Result<Vec<Field>> {
    let l = app.lang;
    let f = |id, key, kind| Field::new(id, tr(l, key), kind);
    let c = id.map(|i| app.svc.contact_view(i)).transpose()?;
    let get = |pick: fn(&crate::service::views::ContactView) -> Option<String>| {
        c.as_ref().and_then(pick).unwrap_or_default()
    };
    let kind = match c.as_ref().map(|c| c.kind) {
        Some("person") => tr(l, "kind.person"),
        _ => tr(l, "kind.company"),
    };
    Ok(vec![
        f("kind", "col.kind", FieldKind::Choice(kinds(app)))
            .required()
            .value(kind),
        f("name", "col.name", FieldKind::Text)
            .required()
            .value(get(|c| Some(c.name.clone()))),
        f("company", "col.company_id", FieldKind::Number)
            .value(get(|c| c.company_id.map(|x| x.to_string()))),
        f("email", "col.email", FieldKind::Text).value(get(|c| c.email.clone())),
        f("phone", "col.phone", FieldKind::Text).value(get(|c| c.phone.clone())),
        f("city", "col.city", FieldKind::Text).value(get(|c| c.city.clone())),
        f("address", "col.address", FieldKind::Text).value(get(|c| c.address.clone())),
        f("nip", "col.nip", FieldKind::Text).value(get(|c| c.nip.clone())),
        f(
            "status",
            "col.status",
            FieldKind::Choice(dict_names(app, DictKind::ContactStatus)),
        )
        .value(get(|c| c.status.clone())),
        f(
            "source",
            "col.source",
            FieldKind::Choice(dict_names(app, DictKind::ContactSource)),
        )
        .value(get(|c| c.source.clone())),
        f("tags", "col.tags", FieldKind::Tags).value(get(|c| Some(c.tags.join(" ")))),
        f("roles", "col.roles", FieldKind::Tags).value(get(|c| Some(c.roles.join(", ")))),
    ])
}

fn campaign_fields(app: &App, id: Option<u64>) -> Result<Vec<Field>> {
    let l = app.lang;
    let f = |id, key, kind| Field::new(id, tr(l, key), kind);
    let c = id.map(|i| app.svc.campaign(i)).transpose()?;
    let get = |pick: fn(&crate::model::Campaign) -> Option<String>| {
        c.as_ref().and_then(pick).unwrap_or_default()
    };
    Ok(vec![
        f("name", "col.name", FieldKind::Text)
            .required()
            .value(get(|c| Some(c.name.clone()))),
        f("goals", "col.goals", FieldKind::LongText).value(get(|c| c.goals.clone())),
        f("rules", "col.rules", FieldKind::LongText).value(get(|c| c.rules.clone())),
        f("description", "col.description", FieldKind::LongText)
            .value(get(|c| c.description.clone())),
        f("tags", "col.tags", FieldKind::Tags).value(get(|c| Some(c.tags.join(" ")))),
    ])
}

fn own(s: Option<&str>) -> Option<String> {
    s.map(str::to_owned)
}

/// Optional field for a patch: empty clears.
fn clear(s: Option<&str>) -> Option<Option<String>> {
    Some(own(s))
}

fn campaign_id(app: &App, name: Option<String>) -> Result<Option<u64>> {
    name.map(|n| app.svc.find_campaign(&n).map(|c| c.id))
        .transpose()
}

/// Turn the form into commands and apply them (all of them or none).
pub fn submit(app: &App, purpose: &Purpose, form: &Form) -> Result<(String, Refresh)> {
    let l = app.lang;
    let mut refresh = Refresh::default();
    let cmds: Vec<Command> = match purpose {
        Purpose::NewDeal { .. } => {
            let draft = DealDraft {
                contact_id: form.number("contact").unwrap_or_default(),
                title: form.text("title").unwrap_or_default().to_owned(),
                offer: own(form.text("offer")),
                description: own(form.text("description")),
                owner: form.choice("owner"),
                stage: form.choice("stage"),
                source: form.choice("source"),
                value: form.money("value"),
                next_activity: form.date("next"),
                tags: form.tags("tags"),
                campaign_id: campaign_id(app, form.choice("campaign"))?,
            };
            refresh.campaigns = true;
            refresh.contacts.push(draft.contact_id);
            vec![Command::AddDeal(draft)]
        }
        Purpose::EditDeal(id) => {
            let old = app.svc.deal_view(*id)?;
            let tags = form.tags("tags");
            // Only a changed stage is a move: re-sending a lost deal's stage would ask for
            // its reason again.
            let stage = form.choice("stage").filter(|s| *s != old.stage);
            let patch = DealPatch {
                title: own(form.text("title")).or(Some(String::new())),
                offer: clear(form.text("offer")),
                description: clear(form.text("description")),
                owner: form.choice("owner"),
                stage,
                loss_reason: None,
                source: Some(form.choice("source")),
                value: Some(form.money("value")),
                next_activity: Some(form.date("next")),
                add_tags: added(&old.tags, &tags),
                remove_tags: added(&tags, &old.tags),
                campaign_id: Some(campaign_id(app, form.choice("campaign"))?),
                contact_id: form.number("contact"),
            };
            refresh.deals.push(*id);
            refresh.campaigns = true;
            vec![Command::UpdateDeal { id: *id, patch }]
        }
        Purpose::NewContact => {
            let draft = ContactDraft {
                kind: form
                    .choice("kind")
                    .as_deref()
                    .map(crate::service::validate::contact_kind)
                    .transpose()?,
                name: form.text("name").unwrap_or_default().to_owned(),
                company_id: form.number("company"),
                email: own(form.text("email")),
                phone: own(form.text("phone")),
                city: own(form.text("city")),
                address: own(form.text("address")),
                nip: own(form.text("nip")),
                tags: form.tags("tags"),
                roles: form.text("roles").map(split_commas).unwrap_or_default(),
                status: form.choice("status"),
                source: form.choice("source"),
            };
            vec![Command::AddContact(draft)]
        }
        Purpose::EditContact(id) => {
            let old = app.svc.contact_view(*id)?;
            let tags = form.tags("tags");
            let roles = form.text("roles").map(split_commas).unwrap_or_default();
            let patch = ContactPatch {
                kind: form
                    .choice("kind")
                    .as_deref()
                    .map(crate::service::validate::contact_kind)
                    .transpose()?,
                name: Some(form.text("name").unwrap_or_default().to_owned()),
                company_id: Some(form.number("company")),
                email: clear(form.text("email")),
                phone: clear(form.text("phone")),
                city: clear(form.text("city")),
                address: clear(form.text("address")),
                nip: clear(form.text("nip")),
                add_tags: added(&old.tags, &tags),
                remove_tags: added(&tags, &old.tags),
                add_roles: added(&old.roles, &roles),
                remove_roles: added(&roles, &old.roles),
                status: clear(form.choice("status").as_deref()),
                source: clear(form.choice("source").as_deref()),
                clear_end: false,
            };
            refresh.contacts.push(*id);
            vec![Command::UpdateContact { id: *id, patch }]
        }
        Purpose::NewCampaign => {
            refresh.campaigns = true;
            vec![Command::AddCampaign(CampaignDraft {
                name: form.text("name").unwrap_or_default().to_owned(),
                goals: own(form.text("goals")),
                rules: own(form.text("rules")),
                description: own(form.text("description")),
                tags: form.tags("tags"),
            })]
        }
        Purpose::EditCampaign(id) => {
            let old = app.svc.campaign(*id)?;
            let tags = form.tags("tags");
            refresh.campaigns = true;
            refresh.all_deals = true;
            vec![Command::UpdateCampaign {
                id: *id,
                patch: CampaignPatch {
                    name: Some(form.text("name").unwrap_or_default().to_owned()),
                    goals: clear(form.text("goals")),
                    rules: clear(form.text("rules")),
                    description: clear(form.text("description")),
                    add_tags: added(&old.tags, &tags),
                    remove_tags: added(&tags, &old.tags),
                },
            }]
        }
        Purpose::NewTask { .. } => {
            let kind = match form.choice("kind") {
                Some(k) if k == tr(l, "kind.meeting") => TaskKind::Meeting,
                _ => TaskKind::Task,
            };
            let deal = form.number("deal");
            refresh.tasks = true;
            refresh.deals.extend(deal);
            vec![Command::AddTask(TaskDraft {
                kind,
                title: form.text("title").unwrap_or_default().to_owned(),
                assignee: form.choice("assignee"),
                due: form.date_time("due"),
                deal_id: deal,
                campaign_id: campaign_id(app, form.choice("campaign"))?,
            })]
        }
        Purpose::EditTask(id) => {
            let kind = match form.choice("kind") {
                Some(k) if k == tr(l, "kind.meeting") => TaskKind::Meeting,
                _ => TaskKind::Task,
            };
            refresh.tasks = true;
            vec![Command::UpdateTask {
                id: *id,
                patch: TaskPatch {
                    title: Some(form.text("title").unwrap_or_default().to_owned()),
                    kind: Some(kind),
                    assignee: form.choice("assignee"),
                    due: Some(form.date_time("due")),
                },
            }]
        }
        Purpose::Stage(ids) => {
            refresh.deals.extend(ids);
            refresh.campaigns = true;
            ids.iter()
                .map(|id| Command::UpdateDeal {
                    id: *id,
                    patch: DealPatch {
                        stage: form.choice("stage"),
                        loss_reason: form.choice("reason"),
                        ..Default::default()
                    },
                })
                .collect()
        }
        Purpose::Next(ids) => {
            refresh.deals.extend(ids);
            deal_patches(ids, || DealPatch {
                next_activity: Some(form.date("next")),
                ..Default::default()
            })
        }
        Purpose::Value(ids) => {
            refresh.deals.extend(ids);
            refresh.campaigns = true;
            deal_patches(ids, || DealPatch {
                value: Some(form.money("value")),
                ..Default::default()
            })
        }
        Purpose::Owner(ids) => {
            refresh.deals.extend(ids);
            deal_patches(ids, || DealPatch {
                owner: form.choice("owner"),
                ..Default::default()
            })
        }
        Purpose::Lose(ids) => {
            refresh.deals.extend(ids);
            refresh.campaigns = true;
            ids.iter()
                .map(|id| Command::LoseDeal {
                    id: *id,
                    reason: form.choice("reason").unwrap_or_default(),
                    stage: None,
                })
                .collect()
        }
        Purpose::Tags { view, ids } => {
            let add = form.tags("add");
            let remove = form.tags("remove");
            match view {
                View::Contacts => {
                    refresh.contacts.extend(ids);
                    ids.iter()
                        .map(|id| Command::UpdateContact {
                            id: *id,
                            patch: ContactPatch {
                                add_tags: add.clone(),
                                remove_tags: remove.clone(),
                                ..Default::default()
                            },
                        })
                        .collect()
                }
                View::Campaigns => {
                    refresh.campaigns = true;
                    ids.iter()
                        .map(|id| Command::UpdateCampaign {
                            id: *id,
                            patch: CampaignPatch {
                                add_tags: add.clone(),
                                remove_tags: remove.clone(),
                                ..Default::default()
                            },
                        })
                        .collect()
                }
                _ => {
                    refresh.deals.extend(ids);
                    deal_patches(ids, || DealPatch {
                        add_tags: add.clone(),
                        remove_tags: remove.clone(),
                        ..Default::default()
                    })
                }
            }
        }
        Purpose::Note(on) | Purpose::Comment(on) => {
            let text = form.text("text").unwrap_or_default().to_owned();
            if on.kind == crate::model::EntityKind::Deal {
                refresh.deals.push(on.id);
            }
            vec![if matches!(purpose, Purpose::Note(_)) {
                Command::AddNote { on: *on, text }
            } else {
                Command::AddComment { on: *on, text }
            }]
        }
        Purpose::Attach(on) => {
            let path = form.path("path").unwrap_or_default();
            let (sha256, size) = app.svc.store_file(&path)?;
            let name = own(form.text("name")).unwrap_or_else(|| {
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| sha256.clone())
            });
            if on.kind == crate::model::EntityKind::Deal {
                refresh.deals.push(on.id);
            }
            vec![Command::AttachFile {
                on: *on,
                name,
                sha256,
                size,
            }]
        }
        Purpose::Bulk(contacts) => {
            refresh.all_deals = true;
            refresh.campaigns = true;
            // One command per chunk, as the batch command does: each is its own
            // transaction, so selecting 100,000 contacts does not build one huge one, and
            // the campaign-members index keeps a repeat from creating anything twice.
            contacts
                .chunks(BULK_CHUNK)
                .map(|c| bulk_command(form, c.to_vec()))
                .collect()
        }
        // The report pane recomputes; nothing is written.
        Purpose::ReportParams => Vec::new(),
        Purpose::NewTemplate | Purpose::EditTemplate(_) => {
            refresh.templates = true;
            vec![template_command(app, purpose, form)?]
        }
    };
    let n = cmds.len();
    let outcomes = if matches!(purpose, Purpose::Bulk(_)) {
        let mut all = Vec::new();
        for c in cmds {
            all.push(app.svc.apply(c)?);
        }
        all
    } else {
        app.svc.apply_batch(cmds)?
    };
    // New records appear in their lists at once.
    for o in &outcomes {
        if let Some(id) = o.id {
            match purpose {
                Purpose::NewDeal { .. } => {
                    refresh.deals.push(id);
                    refresh.focus_deal = Some(id);
                }
                Purpose::NewContact => {
                    refresh.contacts.push(id);
                    refresh.focus_contact = Some(id);
                }
                Purpose::NewCampaign | Purpose::NewTask { .. } => refresh.focus_later = Some(id),
                Purpose::NewTemplate => refresh.focus_template = Some(id),
                _ => {}
            }
        }
    }
    let created: usize = outcomes.iter().map(|o| o.created.len()).sum();
    let msg = match purpose {
        Purpose::Bulk(_) => trf(l, "msg.bulk_done", &[&created]),
        _ => trf(l, "msg.saved", &[&n]),
    };
    Ok((msg, refresh))
}

/// The C6 command from the bulk form: shared by the dry run that counts and the real run.
pub fn bulk_command(form: &Form, contacts: Vec<u64>) -> Command {
    let name = form.text("campaign").unwrap_or_default().to_owned();
    Command::AddDealsToCampaign {
        campaign: name,
        create: CampaignDraft::default(),
        contacts,
        deal: DealDraft {
            title: form.text("title").unwrap_or_default().to_owned(),
            description: own(form.text("description")),
            value: form.money("value"),
            owner: form.choice("owner"),
            source: form.choice("source"),
            tags: form.tags("tags"),
            ..Default::default()
        },
    }
}

fn deal_patches(ids: &[u64], patch: impl Fn() -> DealPatch) -> Vec<Command> {
    ids.iter()
        .map(|id| Command::UpdateDeal {
            id: *id,
            patch: patch(),
        })
        .collect()
}

/// The items of `new` that `old` lacks (tags or roles to add; swapped, to remove).
fn added(old: &[String], new: &[String]) -> Vec<String> {
    new.iter().filter(|t| !old.contains(t)).cloned().collect()
}

fn split_commas(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect()
}
