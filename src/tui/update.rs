//! input -> Action -> state. Every key press and every finished load comes through here;
//! service commands are applied here, never while drawing.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Mode};
use super::app::{App, InputKind, InputLine, Overlay, Pending, View};
use super::data::{self, Loaded, What};
use super::detail;
use super::form::FormOutcome;
use super::forms::{self, Purpose, Refresh};
use super::list::Sort;
use crate::i18n::{tr, trf};
use crate::model::{EntityKind, EntityRef};
use crate::service::Command;
use crate::service::query::FilterOf;
use crate::with_list;

/// A key from the terminal.
pub fn on_key(app: &mut App, key: KeyEvent) {
    app.dirty = true;
    let mode = app.mode();
    let action = app.keymap.action(mode, &key);
    match mode {
        Mode::Normal => {
            if let Some(a) = action {
                if matches!(app.overlays.last(), Some(Overlay::Templates(_))) {
                    super::templates::on_action(app, a);
                } else {
                    normal(app, a);
                }
            }
        }
        Mode::Input if matches!(app.overlays.last(), Some(Overlay::Send(_))) => {
            super::send::on_key(app, &key, action)
        }
        Mode::Input => input_key(app, key, action),
        Mode::Form => form_key(app, key, action),
        Mode::Help => {
            if let Some(Overlay::Help { scroll }) = app.overlays.last_mut() {
                match action {
                    Some(Action::HelpClose) => {
                        app.overlays.pop();
                    }
                    Some(Action::HelpUp) => *scroll = scroll.saturating_sub(1),
                    Some(Action::HelpDown) => *scroll += 1,
                    _ => {}
                }
            }
        }
        Mode::Confirm => match action {
            Some(Action::ConfirmYes) => confirm(app),
            Some(Action::ConfirmNo) => {
                app.overlays.pop();
            }
            _ => {}
        },
    }
    sync_detail(app);
}

/// Pasted text goes into the focused form field or the open input line.
pub fn on_paste(app: &mut App, text: &str) {
    app.dirty = true;
    match app.overlays.last_mut() {
        Some(Overlay::Form { form, .. }) => return form.paste(text),
        Some(Overlay::Send(p)) => return super::send::paste(p, text),
        _ => {}
    }
    if let Some(line) = app.input.as_mut() {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        let at = line
            .text
            .char_indices()
            .nth(line.cursor)
            .map(|(i, _)| i)
            .unwrap_or(line.text.len());
        line.text.insert_str(at, &clean);
        line.cursor += clean.chars().count();
        if line.kind == InputKind::Filter {
            let t = line.text.clone();
            set_filter(app, t);
        }
    }
}

/// A list (or a failure) arrived from the loader.
pub fn on_loaded(app: &mut App, loaded: Loaded) {
    app.dirty = true;
    match loaded {
        Loaded::Deals(rows) => app.deals.set_rows(rows),
        Loaded::Contacts(rows) => app.contacts.set_rows(rows),
        Loaded::Campaigns(rows) => {
            app.campaigns.set_rows(rows);
            if app.view == View::Campaigns
                && let Some(id) = app.pending_focus.take()
            {
                app.campaigns.focus(id);
            }
        }
        Loaded::Tasks(rows) => {
            app.tasks.set_rows(rows);
            if app.view == View::Tasks
                && let Some(id) = app.pending_focus.take()
            {
                app.tasks.focus(id);
            }
        }
        Loaded::Inbox(rows, unread) => {
            app.inbox.set_rows(rows);
            app.unread = unread;
        }
        Loaded::Report(generation, result) => {
            if let Some(p) = app.report.as_mut().filter(|p| p.generation == generation) {
                p.result = Some(*result);
                p.computing = false;
            }
            return;
        }
        Loaded::Failed(msg) => app.complain(msg),
        Loaded::Changed(n) => {
            if let crate::backend::Backend::Remote(r) = &app.svc
                && n.refs
                    .iter()
                    .any(|e| e.kind == crate::model::EntityKind::Dict)
            {
                r.forget_dicts();
            }
            if let Some(tx) = app.loader.clone() {
                if n.everything {
                    reload(app, data::What::all());
                } else {
                    data::fetch_changed(app.svc.clone(), app.user.clone(), app.lang, &n, tx);
                }
            }
            return;
        }
        Loaded::Rows(rows) => {
            app.deals.upsert_many(rows.deals);
            app.contacts.upsert_many(rows.contacts);
            app.tasks.upsert_many(rows.tasks);
        }
        Loaded::Sent { deal, text, failed } => super::send::on_sent(app, deal, text, failed),
    }
    app.detail_for = None;
    sync_detail(app);
}

fn normal(app: &mut App, a: Action) {
    use Action::*;
    let page = app.page.max(1) as isize;
    match a {
        Quit => app.quit = true,
        Help => app.overlays.push(Overlay::Help { scroll: 0 }),
        Back if app.view == View::Reports && app.report.is_some() => app.report = None,
        Back => back(app),
        Open if app.view == View::Reports => open_report(app),
        Open => app.zoomed = !app.zoomed,
        Edit if app.view == View::Reports && app.report.is_some() => {
            open_form(app, Purpose::ReportParams)
        }
        Refresh if app.view == View::Reports && app.report.is_some() => recompute_report(app),
        Up if app.view == View::Reports && app.report.is_some() => {
            if let Some(p) = app.report.as_mut() {
                p.scroll = p.scroll.saturating_sub(1);
            }
        }
        Down if app.view == View::Reports && app.report.is_some() => {
            if let Some(p) = app.report.as_mut() {
                p.scroll += 1;
            }
        }
        Up if app.zoomed => app.detail_scroll = app.detail_scroll.saturating_sub(1),
        Down if app.zoomed => app.detail_scroll += 1,
        Up => with_list!(app, l => l.move_by(-1)),
        Down => with_list!(app, l => l.move_by(1)),
        PageUp => with_list!(app, l => l.move_by(-page)),
        PageDown => with_list!(app, l => l.move_by(page)),
        Top => with_list!(app, l => l.top()),
        Bottom => with_list!(app, l => l.bottom()),
        NextView => switch(app, View::ALL[(app.view.index() + 1) % View::ALL.len()]),
        PrevView => switch(
            app,
            View::ALL[(app.view.index() + View::ALL.len() - 1) % View::ALL.len()],
        ),
        ViewDeals => switch(app, View::Deals),
        ViewContacts => switch(app, View::Contacts),
        ViewCampaigns => switch(app, View::Campaigns),
        ViewTasks => switch(app, View::Tasks),
        ViewReports => switch(app, View::Reports),
        ViewInbox => switch(app, View::Inbox),
        Filter => {
            let text = with_list!(app, l => l.filter_text.clone());
            app.input = Some(InputLine {
                kind: InputKind::Filter,
                cursor: text.chars().count(),
                before: text.clone(),
                text,
            });
        }
        CommandLine => {
            app.input = Some(InputLine {
                kind: InputKind::Command,
                text: String::new(),
                cursor: 0,
                before: String::new(),
            })
        }
        Select => {
            with_list!(app, l => l.toggle_select());
            with_list!(app, l => l.move_by(1));
        }
        SelectAll => with_list!(app, l => l.select_all()),
        SelectNone => with_list!(app, l => l.selected.clear()),
        MyDeals => my_deals(app),
        SortNext => sort_next(app),
        SortReverse => with_list!(app, l => {
            let s = l.sort.clone().map(|s| Sort { desc: !s.desc, ..s });
            l.set_sort(s);
        }),
        NextTab => {
            app.tab += 1;
            app.detail_scroll = 0;
        }
        PrevTab => {
            app.tab = app.tab.saturating_sub(1);
            app.detail_scroll = 0;
        }
        Refresh => reload(app, What::all()),
        New => new_record(app),
        Edit => edit_record(app),
        ChangeStage => on_deals(app, Purpose::Stage),
        SetNextActivity => on_deals(app, Purpose::Next),
        SetValue => on_deals(app, Purpose::Value),
        Lose => on_deals(app, Purpose::Lose),
        AssignOwner => on_deals(app, Purpose::Owner),
        Win => {
            if let Some(ids) = deal_targets(app) {
                let q = trf(app.lang, "confirm.win", &[&ids.len()]);
                ask(app, q, Pending::Win(ids));
            }
        }
        AddNote => on_record(app, Purpose::Note),
        AddComment => on_record(app, Purpose::Comment),
        AttachFile => on_record(app, Purpose::Attach),
        EditTags => {
            let view = app.view;
            let ids = app.targets();
            if matches!(view, View::Deals | View::Contacts | View::Campaigns) && !ids.is_empty() {
                open_form(app, Purpose::Tags { view, ids });
            } else {
                not_here(app);
            }
        }
        TaskDone => {
            if app.view == View::Tasks {
                let ids = app.targets();
                if !ids.is_empty() {
                    let q = trf(app.lang, "confirm.task_done", &[&ids.len()]);
                    ask(app, q, Pending::TaskDone(ids));
                }
            } else {
                not_here(app);
            }
        }
        NewDealForContact => match (app.view, app.contacts.current_id()) {
            (View::Contacts, Some(c)) => open_form(app, Purpose::NewDeal { contact: Some(c) }),
            _ => not_here(app),
        },
        BulkCampaign => {
            if app.view == View::Contacts {
                let ids = bulk_contacts(app);
                if ids.is_empty() {
                    app.complain(tr(app.lang, "msg.nothing_selected"));
                } else {
                    open_form(app, Purpose::Bulk(ids));
                }
            } else {
                not_here(app);
            }
        }
        MarkRead => {
            if app.view == View::Inbox {
                let ids = app.targets();
                perform(app, Pending::MarkRead(ids));
            } else {
                not_here(app);
            }
        }
        SendMessage => super::send::start(app),
        RetrySend => super::send::start_retry(app),
        Templates => super::templates::open(app, None),
        // Removing is for the templates screen (deals and contacts end, they are not removed).
        Remove => not_here(app),
        InputApply | InputCancel | FormSubmit | FormCancel | FormNextField | FormPrevField
        | HelpClose | HelpUp | HelpDown | ConfirmYes | ConfirmNo => {}
    }
}

fn not_here(app: &mut App) {
    app.complain(tr(app.lang, "msg.not_here"));
}

/// C6 works on the selected contacts, or on all that the filter matches.
fn bulk_contacts(app: &App) -> Vec<u64> {
    if app.contacts.selected.is_empty() {
        app.contacts.visible_rows().map(|c| c.id).collect()
    } else {
        app.contacts.selected.iter().copied().collect()
    }
}

fn back(app: &mut App) {
    if app.zoomed {
        app.zoomed = false;
    } else if with_list!(app, l => !l.selected.is_empty()) {
        with_list!(app, l => l.selected.clear());
    } else if with_list!(app, l => !l.filter_text.is_empty()) {
        set_filter(app, String::new());
        app.my_deals = false;
    } else {
        app.status = None;
    }
}

fn switch(app: &mut App, v: View) {
    app.view = v;
    app.zoomed = false;
    app.tab = 0;
    app.detail_scroll = 0;
}

fn my_deals(app: &mut App) {
    if app.view != View::Deals {
        switch(app, View::Deals);
    }
    app.my_deals = !app.my_deals;
    let text = if app.my_deals {
        "owner:me".to_owned()
    } else {
        String::new()
    };
    set_filter(app, text);
}

fn sort_next(app: &mut App) {
    let fields: Vec<&'static str> = match app.view {
        View::Deals => super::columns::deal_columns()
            .iter()
            .map(|c| c.sort)
            .collect(),
        View::Contacts => super::columns::contact_columns()
            .iter()
            .map(|c| c.sort)
            .collect(),
        View::Campaigns => vec!["name", "deals", "created"],
        View::Tasks => super::columns::task_columns()
            .iter()
            .map(|c| c.sort)
            .collect(),
        View::Inbox | View::Reports => Vec::new(),
    };
    let mut fields: Vec<&'static str> = fields.into_iter().filter(|f| !f.is_empty()).collect();
    fields.dedup();
    if fields.is_empty() {
        return;
    }
    with_list!(app, l => {
        let next = match &l.sort {
            None => Some(fields[0]),
            Some(s) => fields.iter().position(|f| *f == s.field).and_then(|i| fields.get(i + 1).copied()),
        };
        l.set_sort(next.map(|field| Sort { field, desc: false }));
    });
}

/// Each list's default filter from the config file, as if typed into its filter line: the
/// user sees it there and can change or clear it.
pub fn start_with_default_filters(app: &mut App) {
    let was = app.view;
    for (view, of) in [
        (View::Deals, FilterOf::Deal),
        (View::Contacts, FilterOf::Contact),
        (View::Campaigns, FilterOf::Campaign),
        (View::Tasks, FilterOf::Task),
    ] {
        if let Some(text) = app.filters.default_for(of).map(|e| e.text.clone()) {
            app.view = view;
            set_filter(app, text);
        }
    }
    app.view = was;
}

/// A list's filter text parsed for `of`, with saved filters (`@name`) expanded first.
fn list_filter(app: &App, of: FilterOf, text: &str) -> Result<crate::filter::Filter, String> {
    let lang = app.lang;
    let expanded = app.filters.expand(text).map_err(|m| m.render(lang))?;
    app.svc
        .filter(of, &expanded, &app.user)
        .map_err(|e| e.message(lang))
}

/// Parse `text` with the current view's schema and apply it (as you type).
pub fn set_filter(app: &mut App, text: String) {
    let lang = app.lang;
    let me = app.user.clone();
    match app.view {
        View::Deals => {
            let parsed = list_filter(app, FilterOf::Deal, &text);
            app.deals.set_filter(text, parsed);
        }
        View::Contacts => {
            let parsed = list_filter(app, FilterOf::Contact, &text);
            app.contacts.set_filter(text, parsed);
        }
        View::Campaigns => {
            let parsed = list_filter(app, FilterOf::Campaign, &text);
            app.campaigns.set_filter(text, parsed);
        }
        View::Tasks => {
            let parsed = list_filter(app, FilterOf::Task, &text);
            app.tasks.set_filter(text, parsed);
        }
        View::Inbox => {
            let ctx = crate::filter::Ctx::new(app.today, me);
            let parsed = crate::filter::parse(&text, &super::rows::INBOX_SCHEMA, &ctx)
                .map_err(|e| e.message(lang));
            app.inbox.set_filter(text, parsed);
        }
        View::Reports => {
            let ctx = crate::filter::Ctx::new(app.today, me);
            let parsed = crate::filter::parse(&text, &super::rows::REPORT_SCHEMA, &ctx)
                .map_err(|e| e.message(lang));
            app.reports.set_filter(text, parsed);
        }
    }
}

fn input_key(app: &mut App, key: KeyEvent, action: Option<Action>) {
    let Some(line) = app.input.as_mut() else {
        return;
    };
    match action {
        Some(Action::InputApply) => {
            let line = app.input.take();
            if let Some(l) = line
                && l.kind == InputKind::Command
            {
                command_line(app, l.text.trim());
            }
            return;
        }
        Some(Action::InputCancel) => {
            let line = app.input.take();
            if let Some(l) = line
                && l.kind == InputKind::Filter
            {
                set_filter(app, l.before);
            }
            return;
        }
        _ => {}
    }
    if !edit_line(&mut line.text, &mut line.cursor, &key) {
        return;
    }
    if line.kind == InputKind::Filter {
        let text = line.text.clone();
        set_filter(app, text);
    }
}

/// Apply an editing key to a one-line text; true if the text changed.
pub fn edit_line(text: &mut String, cursor: &mut usize, key: &KeyEvent) -> bool {
    let len = text.chars().count();
    let byte = |t: &str, c: usize| t.char_indices().nth(c).map(|(i, _)| i).unwrap_or(t.len());
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('u') if ctrl => {
            text.clear();
            *cursor = 0;
            true
        }
        KeyCode::Char('a') if ctrl => {
            *cursor = 0;
            false
        }
        KeyCode::Char('e') if ctrl => {
            *cursor = len;
            false
        }
        KeyCode::Char(c) if !ctrl && !c.is_control() => {
            let at = byte(text, *cursor);
            text.insert(at, c);
            *cursor += 1;
            true
        }
        KeyCode::Backspace if *cursor > 0 => {
            let at = byte(text, *cursor - 1);
            text.remove(at);
            *cursor -= 1;
            true
        }
        KeyCode::Delete if *cursor < len => {
            let at = byte(text, *cursor);
            text.remove(at);
            true
        }
        KeyCode::Left => {
            *cursor = cursor.saturating_sub(1);
            false
        }
        KeyCode::Right => {
            *cursor = (*cursor + 1).min(len);
            false
        }
        KeyCode::Home => {
            *cursor = 0;
            false
        }
        KeyCode::End => {
            *cursor = len;
            false
        }
        _ => false,
    }
}

/// `:q`, `:42` (go to id), `:sort FIELD[:desc]`, `:filter EXPR`, `:deals`... `:help`.
fn command_line(app: &mut App, cmd: &str) {
    let (head, rest) = cmd.split_once(' ').unwrap_or((cmd, ""));
    let rest = rest.trim();
    match head {
        "" => {}
        "q" | "quit" | "wyjdz" | "wyjdź" => app.quit = true,
        "help" | "pomoc" | "h" => app.overlays.push(Overlay::Help { scroll: 0 }),
        "filter" | "filtr" | "f" => set_filter(app, rest.to_owned()),
        "sort" | "sortuj" => {
            let desc = rest.ends_with(":desc");
            let field = rest.trim_end_matches(":desc").trim_end_matches(":asc");
            let schema = match app.view {
                View::Deals => &crate::service::views::DEAL_SCHEMA,
                View::Contacts => &crate::service::views::CONTACT_SCHEMA,
                View::Campaigns => &crate::service::views::CAMPAIGN_SCHEMA,
                View::Tasks => &crate::service::views::TASK_SCHEMA,
                _ => &super::rows::REPORT_SCHEMA,
            };
            match crate::service::sort::parse_sort(
                &format!("{field}:{}", if desc { "desc" } else { "asc" }),
                schema,
            ) {
                Ok(s) => {
                    with_list!(app, l => l.set_sort(Some(Sort { field: s.field, desc: s.desc })))
                }
                Err(e) => app.complain(e.message(app.lang)),
            }
        }
        "deals" | "interesy" => switch(app, View::Deals),
        "contacts" | "kontakty" => switch(app, View::Contacts),
        "campaigns" | "kampanie" => switch(app, View::Campaigns),
        "tasks" | "sprawy" => switch(app, View::Tasks),
        "reports" | "raporty" => switch(app, View::Reports),
        "inbox" | "powiadomienia" => switch(app, View::Inbox),
        "templates" | "szablony" => super::templates::open(app, None),
        id if id.trim_start_matches('#').parse::<u64>().is_ok() => {
            let id: u64 = id.trim_start_matches('#').parse().unwrap_or_default();
            let found = with_list!(app, l => {
                match l.visible.iter().position(|&i| crate::tui::list::Row::id(&l.rows[i]) == id) {
                    Some(p) => {
                        l.cursor = p;
                        true
                    }
                    None => false,
                }
            });
            if !found {
                app.complain(trf(app.lang, "msg.no_such_id", &[&id]));
            }
        }
        other => app.complain(trf(app.lang, "msg.unknown_command", &[&other])),
    }
}

fn form_key(app: &mut App, key: KeyEvent, action: Option<Action>) {
    let Some(Overlay::Form { form, .. }) = app.overlays.last_mut() else {
        return;
    };
    match form.handle(&key, action) {
        FormOutcome::Continue => {}
        FormOutcome::Cancel => {
            if form.is_dirty() {
                let q = tr(app.lang, "confirm.drop").to_owned();
                ask(app, q, Pending::DropForm);
            } else {
                app.overlays.pop();
            }
        }
        FormOutcome::Submit => submit(app),
    }
}

fn submit(app: &mut App) {
    let Some(Overlay::Form { form, purpose }) = app.overlays.pop() else {
        return;
    };
    if purpose == Purpose::ReportParams {
        if let Some(p) = app.report.as_mut() {
            p.params = super::report_pane::params_from(&form, &p.params);
            p.scroll = 0;
        }
        recompute_report(app);
        return;
    }
    // The bulk operation first says how many deals it will create (C6), then asks.
    if let Purpose::Bulk(contacts) = &purpose {
        let cmd = forms::bulk_command(&form, contacts.clone());
        match app.svc.dry_run(cmd) {
            Ok(o) => {
                let campaign = form.text("campaign").unwrap_or_default().to_owned();
                let q = trf(
                    app.lang,
                    "confirm.bulk",
                    &[&o.created.len(), &o.skipped.len(), &campaign],
                );
                let contacts = contacts.clone();
                app.overlays.push(Overlay::Form {
                    form,
                    purpose: Purpose::Bulk(contacts),
                });
                ask(app, q, Pending::SubmitForm);
            }
            Err(e) => {
                let mut form = form;
                form.set_message(Some(e.message(app.lang)));
                app.overlays.push(Overlay::Form { form, purpose });
            }
        }
        return;
    }
    let mut form = form;
    if let Some(msg) = concurrent_edit(app, &purpose, &mut form) {
        // Nothing is written: the user sees what changed and decides.
        form.set_message(Some(msg));
        app.overlays.push(Overlay::Form { form, purpose });
        return;
    }
    really_submit(app, form, purpose);
}

/// Someone else saved the record this form edits while it was open (X6): take their
/// changes into the fields the user left alone, and when both changed the same field,
/// say so (who, which fields, theirs and yours) instead of silently overwriting theirs.
/// Submitting again saves the user's values.
fn concurrent_edit(app: &App, purpose: &Purpose, form: &mut super::form::Form) -> Option<String> {
    use crate::model::{EntityKind, EntityRef};
    let entity = match purpose {
        Purpose::EditDeal(id) => EntityRef {
            kind: EntityKind::Deal,
            id: *id,
        },
        Purpose::EditContact(id) => EntityRef {
            kind: EntityKind::Contact,
            id: *id,
        },
        Purpose::EditCampaign(id) => EntityRef {
            kind: EntityKind::Campaign,
            id: *id,
        },
        Purpose::EditTask(id) => EntityRef {
            kind: EntityKind::Task,
            id: *id,
        },
        _ => return None,
    };
    let current = forms::build(app, purpose).ok()?;
    let clashes = form.rebase(&current);
    if clashes.is_empty() {
        return None;
    }
    let who = app
        .svc
        .history(entity)
        .ok()
        .and_then(|h| h.last().map(|e| e.actor.clone()))
        .unwrap_or_default();
    let none = tr(app.lang, "hist.none");
    let shown = |v: &str| {
        if v.is_empty() {
            none.to_owned()
        } else {
            format!("'{v}'")
        }
    };
    let list: Vec<String> = clashes
        .iter()
        .map(|c| format!("{} {} → {}", c.label, shown(&c.theirs), shown(&c.yours)))
        .collect();
    Some(trf(app.lang, "form.conflict", &[&who, &list.join("; ")]))
}

fn really_submit(app: &mut App, mut form: super::form::Form, purpose: Purpose) {
    match forms::submit(app, &purpose, &form) {
        Ok((msg, refresh)) => {
            app.say(msg);
            after_write(app, refresh);
        }
        Err(e) => {
            // The form stays open with the service's reason in it; nothing was written.
            form.set_message(Some(e.message(app.lang)));
            app.overlays.push(Overlay::Form { form, purpose });
        }
    }
}

pub(super) fn ask(app: &mut App, question: String, pending: Pending) {
    app.overlays.push(Overlay::Confirm { question, pending });
}

fn confirm(app: &mut App) {
    let Some(Overlay::Confirm { pending, .. }) = app.overlays.pop() else {
        return;
    };
    match pending {
        Pending::DropForm => {
            app.overlays.pop();
        }
        Pending::SubmitForm => {
            if let Some(Overlay::Form { form, purpose }) = app.overlays.pop() {
                really_submit(app, form, purpose);
            }
        }
        other => perform(app, other),
    }
}

/// Run a confirmed action.
fn perform(app: &mut App, pending: Pending) {
    let mut refresh = Refresh::default();
    let cmds: Vec<Command> = match &pending {
        Pending::Win(ids) => {
            refresh.deals.extend(ids);
            refresh.campaigns = true;
            ids.iter()
                .map(|id| Command::WinDeal {
                    id: *id,
                    stage: None,
                })
                .collect()
        }
        Pending::TaskDone(ids) => {
            refresh.tasks = true;
            for id in ids {
                if let Ok(t) = app.svc.task(*id) {
                    refresh.deals.extend(t.deal_id);
                }
            }
            ids.iter()
                .map(|id| Command::CompleteTask { id: *id })
                .collect()
        }
        Pending::MarkRead(ids) => vec![Command::MarkRead { seqs: ids.clone() }],
        Pending::RemoveTemplate(id) => {
            refresh.templates = true;
            match super::templates::by_id(app, *id) {
                Ok(t) => vec![Command::RemoveTemplate { name: t.name }],
                Err(e) => return app.complain(e.message(app.lang)),
            }
        }
        Pending::DropForm | Pending::SubmitForm => Vec::new(),
    };
    let n = cmds.len();
    match app.svc.apply_batch(cmds) {
        Ok(_) => {
            app.say(trf(app.lang, "msg.saved", &[&n]));
            after_write(app, refresh);
            if matches!(pending, Pending::MarkRead(_)) {
                reload(
                    app,
                    What {
                        inbox: true,
                        ..Default::default()
                    },
                );
            }
        }
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// Bring the changed rows up to date (cursor and selection stay on the same records).
/// Open the report under the cursor in the Reports view (R1-R8) and compute it.
fn open_report(app: &mut App) {
    let Some(name) = app
        .reports
        .current()
        .and_then(|r| crate::report::report_name(r.name).ok())
    else {
        return;
    };
    if app.report.as_ref().is_none_or(|p| p.name != name) {
        app.report = Some(super::report_pane::ReportPane::new(name, &app.user));
    }
    recompute_report(app);
}

/// Compute the open report again (parameters or data changed), off the UI thread when the
/// loader runs.
fn recompute_report(app: &mut App) {
    let (svc, lang, tx) = (app.svc.clone(), app.lang, app.loader.clone());
    if let Some(pane) = app.report.as_mut() {
        match tx {
            Some(tx) => super::report_pane::spawn(svc, pane, lang, tx),
            None => super::report_pane::compute_now(&svc, pane, lang),
        }
    }
}

fn after_write(app: &mut App, r: Refresh) {
    // An open report reflects the change too.
    recompute_report(app);
    with_list!(app, l => l.selected.clear());
    let mut deals: Vec<_> = r
        .deals
        .iter()
        .filter_map(|id| app.svc.deal_view(*id).ok())
        .collect();
    let mut contacts = Vec::new();
    for id in r.contacts {
        if let Ok(v) = app.svc.contact_view(id) {
            contacts.push(v);
        }
        // A renamed contact shows under its new name in its deals too.
        if let Ok(of_contact) = app.svc.deals_of_contact(id) {
            deals.extend(of_contact);
        }
    }
    // All at once: each upsert re-sorts the whole list.
    app.deals.upsert_many(deals);
    app.contacts.upsert_many(contacts);
    if let Some(id) = r.focus_deal {
        app.deals.focus(id);
    }
    if let Some(id) = r.focus_contact {
        app.contacts.focus(id);
    }
    if r.focus_later.is_some() {
        app.pending_focus = r.focus_later;
    }
    if r.templates {
        super::templates::reload(app, r.focus_template);
    }
    reload(
        app,
        What {
            campaigns: r.campaigns,
            tasks: r.tasks,
            deals: r.all_deals,
            inbox: true,
            contacts: false,
        },
    );
    app.detail_for = None;
}

/// Reload lists in the background.
pub fn reload(app: &mut App, what: What) {
    if let Some(tx) = &app.loader {
        data::spawn(
            app.svc.clone(),
            app.user.clone(),
            app.lang,
            what,
            tx.clone(),
        );
    }
}

pub(super) fn open_form(app: &mut App, purpose: Purpose) {
    match forms::build(app, &purpose) {
        Ok(mut form) => {
            form.set_footer(super::ui::form_footer(app));
            app.overlays.push(Overlay::Form { form, purpose });
        }
        Err(e) => app.complain(e.message(app.lang)),
    }
}

fn new_record(app: &mut App) {
    let purpose = match app.view {
        View::Deals => Purpose::NewDeal { contact: None },
        View::Contacts => Purpose::NewContact,
        View::Campaigns => Purpose::NewCampaign,
        View::Tasks => Purpose::NewTask {
            deal: None,
            campaign: None,
        },
        _ => return not_here(app),
    };
    open_form(app, purpose);
}

fn edit_record(app: &mut App) {
    let Some(id) = app.current_id() else { return };
    let purpose = match app.view {
        View::Deals => Purpose::EditDeal(id),
        View::Contacts => Purpose::EditContact(id),
        View::Campaigns => Purpose::EditCampaign(id),
        View::Tasks => Purpose::EditTask(id),
        _ => return not_here(app),
    };
    open_form(app, purpose);
}

fn deal_targets(app: &mut App) -> Option<Vec<u64>> {
    if app.view != View::Deals {
        not_here(app);
        return None;
    }
    let ids = app.deals.targets();
    (!ids.is_empty()).then_some(ids)
}

fn on_deals(app: &mut App, make: fn(Vec<u64>) -> Purpose) {
    if let Some(ids) = deal_targets(app) {
        open_form(app, make(ids));
    }
}

/// Notes, comments and files go on the deal, campaign or contact under the cursor.
fn on_record(app: &mut App, make: fn(EntityRef) -> Purpose) {
    let kind = match app.view {
        View::Deals => EntityKind::Deal,
        View::Campaigns => EntityKind::Campaign,
        View::Contacts => EntityKind::Contact,
        _ => return not_here(app),
    };
    if let Some(id) = app.current_id() {
        open_form(app, make(EntityRef { kind, id }));
    }
}

/// Rebuild the detail pane when the record under the cursor changed.
pub fn sync_detail(app: &mut App) {
    let current = app.current_id().map(|id| (app.view, id));
    if current == app.detail_for && app.detail.is_some() == current.is_some() {
        return;
    }
    app.detail_for = current;
    app.detail_scroll = 0;
    let Some((view, id)) = current else {
        app.detail = None;
        return;
    };
    let lang = app.lang;
    let built = match view {
        View::Deals => detail::deal(&app.svc, id, lang),
        View::Contacts => detail::contact(&app.svc, id, lang),
        View::Campaigns => detail::campaign(&app.svc, id, lang),
        View::Tasks => detail::task(&app.svc, id, lang),
        View::Reports => Ok(app
            .reports
            .current()
            .map(|r| detail::report(r.name, &r.title, lang))
            .unwrap_or_default()),
        View::Inbox => match app.inbox.current().map(|r| r.entity) {
            Some(e) if e.kind == EntityKind::Deal => detail::deal(&app.svc, e.id, lang),
            Some(e) if e.kind == EntityKind::Campaign => detail::campaign(&app.svc, e.id, lang),
            Some(e) if e.kind == EntityKind::Task => detail::task(&app.svc, e.id, lang),
            _ => Ok(Default::default()),
        },
    };
    match built {
        Ok(d) => app.detail = Some(d),
        Err(e) => {
            app.detail = None;
            app.complain(e.message(lang));
        }
    }
}
