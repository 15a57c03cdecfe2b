//! Drawing the main screen: the view tabs, the input line, the status bar, and the panes
//! (the list on screen among them; each draws itself). Reads the App, never changes it, never touches the store.
//! Text from the database passes through `safe`, so control characters in a name cannot
//! drive the terminal.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::action::{Action, Mode};
use super::app::{App, InputKind, View};
use super::pane::Pane;
use crate::i18n::{tr, trf};
use crate::render::safe;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// From this width the detail pane sits beside the list; below it, under the list.
pub const SIDE_BY_SIDE: u16 = 150;

/// The parts of the screen.
struct Areas {
    tabs: Rect,
    input: Rect,
    list: Option<Rect>,
    detail: Option<Rect>,
    status: Rect,
}

fn areas(area: Rect, zoomed: bool) -> Areas {
    let rows = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .split(area);
    let main = rows[2];
    let (list, detail) = if zoomed {
        (None, Some(main))
    } else if main.width >= SIDE_BY_SIDE {
        let cols = Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Percentage(60), Constraint::Percentage(40)])
            .split(main);
        (Some(cols[0]), Some(cols[1]))
    } else {
        let detail_h = (main.height * 2 / 5).max(5);
        let parts = Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Fill(1), Constraint::Length(detail_h)])
            .split(main);
        (Some(parts[0]), Some(parts[1]))
    };
    Areas {
        tabs: rows[0],
        input: rows[1],
        list,
        detail,
        status: rows[3],
    }
}

/// Rows of data the list pane shows (for paging and scrolling); computed by the loop.
pub fn list_height(area: Rect, app: &App) -> usize {
    areas(area, app.detail.zoomed)
        .list
        .map(|r| r.height.saturating_sub(3) as usize)
        .unwrap_or(0)
}

/// Columns the list pane is wide (which of its columns show); computed by the loop.
pub fn list_width(area: Rect, app: &App) -> u16 {
    areas(area, app.detail.zoomed)
        .list
        .map(|r| r.width)
        .unwrap_or(u16::MAX)
}

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = trf(
            app.lang,
            "tui.too_small",
            &[&MIN_WIDTH, &MIN_HEIGHT, &area.width, &area.height],
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    let ctx = app.ctx();
    let a = areas(area, app.detail.zoomed);
    draw_tabs(frame, a.tabs, app);
    draw_input(frame, a.input, app);
    match (&app.report, app.view) {
        // An open report takes the whole main area: its table and chart need the room.
        // The board too: its columns need the width.
        (_, View::Deals) if app.board.is_some() && !app.detail.zoomed => {
            let main = Rect {
                x: area.x,
                y: a.input.y + 1,
                width: area.width,
                height: a.status.y.saturating_sub(a.input.y + 1),
            };
            if let Some(b) = &app.board {
                b.render(frame, main, &ctx);
            }
        }
        (Some(pane), View::Reports) => {
            let main = Rect {
                x: area.x,
                y: a.input.y + 1,
                width: area.width,
                height: a.status.y.saturating_sub(a.input.y + 1),
            };
            pane.render(frame, main, &ctx);
        }
        _ => {
            if let Some(r) = a.list {
                app.list_here().render(frame, r, &ctx);
            }
            if let Some(r) = a.detail {
                app.detail.render(frame, r, &ctx);
            }
        }
    }
    draw_status(frame, a.status, app);
    for pane in &app.overlays {
        pane.render(frame, area, &ctx);
    }
}

fn draw_tabs(frame: &mut Frame, area: Rect, app: &App) {
    let mut spans = Vec::new();
    for (i, v) in View::ALL.iter().enumerate() {
        let label = format!(" {} {} ", i + 1, tr(app.lang, v.label_key()));
        let style = if *v == app.view {
            app.theme.active_tab()
        } else {
            Style::default()
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_input(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let list = app.list_here();
    let (filter, error) = (list.filter_text(), list.filter_error());
    let line = match &app.input {
        Some(input) => {
            let prompt = if input.kind == InputKind::Command {
                ":"
            } else {
                "/"
            };
            let mut spans = vec![
                Span::styled(prompt, t.header()),
                Span::raw(safe(&input.text)),
            ];
            if input.kind == InputKind::Filter
                && let Some(e) = error
            {
                spans.push(Span::raw("  "));
                spans.push(Span::styled(safe(e), t.error()));
            }
            let x =
                area.x + 1 + width_of(&input.text.chars().take(input.cursor).collect::<String>());
            frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
            Line::from(spans)
        }
        None if !filter.is_empty() => {
            let mut spans = vec![
                Span::styled(format!("{}: ", tr(app.lang, "tui.filter")), t.dim()),
                Span::raw(safe(filter)),
            ];
            if let Some(e) = error {
                spans.push(Span::raw("  "));
                spans.push(Span::styled(safe(e), t.error()));
            }
            Line::from(spans)
        }
        None => Line::from(Span::styled(hint(app), t.dim())),
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn width_of(s: &str) -> u16 {
    u16::try_from(Line::raw(s.to_owned()).width()).unwrap_or(u16::MAX)
}

/// A short reminder of the main keys, from the keymap in force.
fn hint(app: &App) -> String {
    let k = |a: Action| app.keymap.first_key(Mode::Normal, a);
    trf(
        app.lang,
        "tui.hint",
        &[
            &k(Action::Filter),
            &k(Action::New),
            &k(Action::Edit),
            &k(Action::Help),
            &k(Action::Quit),
        ],
    )
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let unread = trf(app.lang, "tui.unread", &[&app.unread]);
    let right = format!(" {unread} · {} ", app.user);
    let width = area.width as usize;
    let msg = match &app.status {
        Some(s) => Span::styled(safe(&s.text), if s.error { t.error() } else { t.ok() }),
        None => Span::raw(""),
    };
    let right_w = right.chars().count();
    let parts = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([
            Constraint::Fill(1),
            Constraint::Length(right_w.min(width) as u16),
        ])
        .split(area);
    frame.render_widget(Paragraph::new(Line::from(msg)), parts[0]);
    let style = if app.unread > 0 { t.header() } else { t.dim() };
    frame.render_widget(Paragraph::new(right).style(style), parts[1]);
}
