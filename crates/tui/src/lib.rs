//! The terminal interface (SPEC D1-D13, K1-K4, C1-C6, X1, X3, X4): ratatui over the Service.
//! State flows one way: key -> Action (keymap) -> pane or update (state, events, service
//! commands) -> draw. Panes (`pane::Pane`) own their state, input and drawing and ask for
//! anything beyond themselves through the event queue (`event`); no file here imports one
//! that imports it back (tests/layering.rs).
//! It redraws only after input or a finished load, so it stays light over slow SSH links.

// The layers below, under the names the rest of lejek uses (`crate::backend`, `crate::service`),
// so a path reads the same in every crate. Nothing below imports this crate.
pub(crate) use lejek_app::{
    backend, comms, config, filter, i18n, model, render, report, server, service, text,
};

pub mod action;
pub mod agenda_pane;
pub mod app;
pub mod asker;
pub mod board;
pub mod columns;
pub mod confirm_pane;
pub mod data;
pub mod detail;
pub mod detail_dupes;
pub mod detail_pane;
pub mod dicts_pane;
pub mod env;
pub mod event;
pub mod form;
pub mod form_pane;
pub mod forms;
pub mod held;
pub mod help;
pub mod help_pane;
pub mod jumps;
pub mod key;
pub mod keymap;
pub mod line_edit;
pub mod list;
pub mod list_pane;
pub mod naming;
pub mod outside;
pub mod pane;
pub mod popup;
pub mod report_draw;
pub mod report_pane;
pub mod rows;
pub mod send;
pub mod status;
pub mod templates;
pub mod terminal;
#[cfg(test)]
pub mod test_buffer;
#[cfg(test)]
pub mod test_screen;
pub mod theme;
pub mod ui;
pub mod update;
pub mod view;
pub mod views;
pub mod window;

use std::io::IsTerminal;
use std::sync::mpsc;
use std::time::Duration;

use ratatui::crossterm::event::{self as term, Event, KeyEventKind};
use ratatui::layout::Rect;

use crate::backend::Backend;
use crate::i18n::{Lang, tr};
use crate::service::{Error, Result};
use app::{App, View};
use keymap::Keymap;

/// Everything the TUI starts with.
pub fn new_app(svc: Backend, user: String, lang: Lang, keymap: Keymap) -> App {
    let today = svc.clock().today();
    let mut app = App {
        svc,
        user,
        lang,
        today,
        keymap,
        theme: theme::Theme::from_env(),
        view: View::Deals,
        views: Default::default(),
        input: None,
        overlays: Vec::new(),
        detail: Default::default(),
        status: None,
        unread: 0,
        quit: false,
        dirty: true,
        page: 10,
        list_width: u16::MAX,
        loader: None,
        asker: None,
        filters: Default::default(),
        report: None,
        events: Default::default(),
        jumps: Default::default(),
        outside: None,
        board: None,
    };
    // The lists start in their first orders (`Views::default`); the reports' list is fixed.
    app.list_mut::<rows::ReportRow>()
        .set_rows(data::reports(lang));
    app
}

/// Load the keymap in force: the embedded default with the user's file merged over it. A
/// bad user file stops the TUI before it starts, naming the file and line.
pub fn load_keymap(base: &str, lang: Lang) -> Result<Keymap> {
    let user = keymap::user_keymap_path();
    let user = user.as_deref().filter(|p| p.exists());
    // The keymap error names itself ("keymap: FILE:LINE: ..."); wrapping it in `err.io`
    // said "keymap: keymap: ...".
    Keymap::load(base, user)
        .map_err(|e| Error::Invalid(crate::i18n::Message::new("err.raw").arg(e.message(lang))))
}

/// Draw one frame: fit the scroll position to the screen, then render. Tests call this with
/// a `TestBackend` exactly as the event loop does with the real terminal. The error is the
/// backend's own (`io::Error` for crossterm, `Infallible` for `TestBackend`, which has no
/// `Into<io::Error>`).
pub fn draw<B: ratatui::backend::Backend>(
    app: &mut App,
    terminal: &mut ratatui::Terminal<B>,
) -> std::result::Result<(), B::Error> {
    let size = terminal.size()?;
    let screen = Rect::new(0, 0, size.width, size.height);
    app.page = ui::list_height(screen, app);
    app.list_width = ui::list_width(screen, app);
    let page = app.page;
    app.list_here_mut().scroll_to_cursor(page);
    terminal.draw(|f| ui::draw(f, app))?;
    app.dirty = false;
    Ok(())
}

/// Load every list now (tests and benchmarks): each records' list its window, the inbox
/// whole. On this thread when nothing loads in the background (`app.loader` is None).
pub fn load_now(app: &mut App) {
    update::reload(app, data::What::all());
    for view in View::ALL {
        update::fetch(app, view);
    }
}

/// Run the TUI until the user quits. The terminal is restored on every exit path.
pub fn run(
    svc: Backend,
    user: String,
    lang: Lang,
    keymap: &str,
    filters: crate::config::Filters,
) -> Result<i32> {
    // The keymap first: a mistake in the user's file is named (file and line) wherever the
    // command runs, so `lejek tui </dev/null` can check a keymap from a script or CI.
    let keymap = load_keymap(keymap, lang)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(crate::service::invalid("err.no_terminal", &[]));
    }
    let (tx, rx) = mpsc::channel();
    let mut app = new_app(svc.clone(), user, lang, keymap);
    app.filters = filters;
    // Windows are asked for in the background from here on.
    app.loader = Some(tx.clone());
    update::start_with_default_filters(&mut app);
    update::start(&mut app);
    // Through a server, other people's changes arrive as notices (X6 live refresh).
    data::watch(svc, tx);
    let io = |e: std::io::Error| Error::Io {
        path: tr(lang, "tui.terminal").to_owned(),
        source: e,
    };
    let mut tui = terminal::Tui::enter().map_err(io)?;
    loop {
        if app.dirty {
            draw(&mut app, &mut tui.terminal).map_err(io)?;
        }
        if app.quit {
            break;
        }
        if term::poll(Duration::from_millis(100)).map_err(io)? {
            match term::read().map_err(io)? {
                Event::Key(k) if k.kind != KeyEventKind::Release => update::on_key(&mut app, k),
                Event::Resize(..) => app.dirty = true,
                Event::Paste(text) => update::on_paste(&mut app, &text),
                _ => {}
            }
        }
        while let Ok(loaded) = rx.try_recv() {
            update::on_loaded(&mut app, loaded);
        }
        if let Some(job) = app.outside.take() {
            // The program gets the terminal as a shell would give it; then the TUI's
            // screen comes back whole.
            tui.suspend().map_err(io)?;
            let done = outside::run(job, lang);
            tui.resume().map_err(io)?;
            update::on_outside(&mut app, done);
        }
        // At least every 100 ms (the poll's timeout): messages fade.
        update::tick(&mut app, std::time::Instant::now());
    }
    drop(tui);
    Ok(0)
}
