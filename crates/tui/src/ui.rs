//! Drawing the main screen: the view tabs, the input line, the list, the status bar, and
//! the panes (each draws itself). Reads the App, never changes it, never touches the store.
//! Text from the database passes through `safe`, so control characters in a name cannot
//! drive the terminal.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};

use super::action::{Action, Mode};
use super::app::{App, InputKind, View};
use super::columns::{
    Col, Tone, campaign_columns, contact_columns, deal_columns, inbox_columns, report_columns,
    task_columns,
};
use super::list::{ListState, Row as ListRow};
use super::pane::Pane;
use super::theme::Theme;
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
                draw_list(frame, r, app);
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

fn filter_state(app: &App) -> (String, Option<String>) {
    match app.view {
        View::Deals => (
            app.deals.filter_text.clone(),
            app.deals.filter_error.clone(),
        ),
        View::Contacts => (
            app.contacts.filter_text.clone(),
            app.contacts.filter_error.clone(),
        ),
        View::Campaigns => (
            app.campaigns.filter_text.clone(),
            app.campaigns.filter_error.clone(),
        ),
        View::Tasks => (
            app.tasks.filter_text.clone(),
            app.tasks.filter_error.clone(),
        ),
        View::Reports => (
            app.reports.filter_text.clone(),
            app.reports.filter_error.clone(),
        ),
        View::Inbox => (
            app.inbox.filter_text.clone(),
            app.inbox.filter_error.clone(),
        ),
    }
}

fn draw_input(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let (filter, error) = filter_state(app);
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
                && let Some(e) = &error
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
                Span::raw(safe(&filter)),
            ];
            if let Some(e) = &error {
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

fn draw_list(frame: &mut Frame, area: Rect, app: &App) {
    match app.view {
        View::Deals => table(frame, area, app, &app.deals, &deal_columns()),
        View::Contacts => table(frame, area, app, &app.contacts, &contact_columns()),
        View::Campaigns => table(frame, area, app, &app.campaigns, &campaign_columns()),
        View::Tasks => table(frame, area, app, &app.tasks, &task_columns()),
        View::Reports => table(frame, area, app, &app.reports, &report_columns()),
        View::Inbox => table(frame, area, app, &app.inbox, &inbox_columns()),
    }
}

fn tone(t: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::default(),
        Tone::Overdue => t.overdue(),
        Tone::Won => t.won(),
        Tone::Lost => t.lost(),
        Tone::Dim => t.dim(),
    }
}

fn table<R: ListRow>(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    list: &ListState<R>,
    cols: &[Col<R>],
) {
    let t = &app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .title(list_title(app, list));
    let height = area.height.saturating_sub(3) as usize;
    let sort_mark = |c: &Col<R>| match &list.sort {
        Some(s) if s.field == c.sort && !c.sort.is_empty() => {
            if s.desc {
                " ↓"
            } else {
                " ↑"
            }
        }
        _ => "",
    };
    // Narrow panes drop the columns that matter least rather than squeezing the title.
    let cols: Vec<&Col<R>> = cols.iter().filter(|c| area.width >= c.hide_below).collect();
    let mut header: Vec<Cell> = vec![Cell::from(" ")];
    header.extend(
        cols.iter()
            .map(|c| Cell::from(format!("{}{}", tr(app.lang, c.header), sort_mark(c)))),
    );
    let end = (list.offset + height).min(list.visible.len());
    let rows: Vec<Row> = (list.offset..end)
        .map(|pos| {
            let r = &list.rows[list.visible[pos]];
            let selected = list.selected.contains(&r.id());
            let mut cells = vec![Cell::from(if selected { "●" } else { " " })];
            for c in &cols {
                let (text, tn) = (c.cell)(r, app.lang, app.today);
                // One row per record: a line break in a comment becomes a space.
                let text = safe(&text).replace('\n', " ");
                let line = if c.right {
                    Line::from(text).alignment(Alignment::Right)
                } else {
                    Line::from(text)
                };
                cells.push(Cell::from(line).style(tone(t, tn)));
            }
            let mut style = if selected {
                t.selected()
            } else {
                Style::default()
            };
            if pos == list.cursor {
                style = style.patch(t.cursor());
            }
            Row::new(cells).style(style)
        })
        .collect();
    let mut widths = vec![Constraint::Length(1)];
    widths.extend(cols.iter().map(|c| c.width));
    let widget = Table::new(rows, widths)
        .header(Row::new(header).style(t.header()))
        .column_spacing(1)
        .block(block);
    frame.render_widget(widget, area);
    if !list.loaded && list.rows.is_empty() {
        let inner = Rect {
            x: area.x + 2,
            y: area.y + 2,
            width: area.width.saturating_sub(4),
            height: 1,
        };
        frame.render_widget(
            Paragraph::new(tr(app.lang, "tui.loading")).style(t.dim()),
            inner,
        );
    }
}

fn list_title<R: ListRow>(app: &App, list: &ListState<R>) -> String {
    let mut s = format!(
        " {} {}/{} ",
        tr(app.lang, app.view.label_key()),
        list.visible.len(),
        list.rows.len()
    );
    if !list.selected.is_empty() {
        s.push_str(&trf(app.lang, "tui.selected", &[&list.selected.len()]));
        s.push(' ');
    }
    if app.view == View::Deals && app.my_deals {
        s.push_str(tr(app.lang, "tui.mine"));
        s.push(' ');
    }
    s
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
