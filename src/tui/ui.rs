//! Drawing. Reads the App, never changes it, never touches the store. Text from the
//! database passes through `safe`, so control characters in a name cannot drive the terminal.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, Wrap};

use super::action::{Action, Mode};
use super::app::{App, InputKind, Overlay, View};
use super::columns::{
    Col, Tone, campaign_columns, contact_columns, deal_columns, inbox_columns, report_columns,
    task_columns,
};
use super::list::{ListState, Row as ListRow};
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
    areas(area, app.zoomed)
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
    let a = areas(area, app.zoomed);
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
            super::report_pane::draw(frame, main, app, pane);
        }
        _ => {
            if let Some(r) = a.list {
                draw_list(frame, r, app);
            }
            if let Some(r) = a.detail {
                draw_detail(frame, r, app);
            }
        }
    }
    draw_status(frame, a.status, app);
    for o in &app.overlays {
        match o {
            Overlay::Form { form, .. } => super::form::render(frame, area, form, app.theme.color),
            Overlay::Help { scroll } => draw_help(frame, area, app, *scroll),
            Overlay::Confirm { question, .. } => draw_confirm(frame, area, app, question),
            Overlay::Templates(p) => super::templates::draw(frame, area, app, p),
            Overlay::Send(p) => super::send::draw(frame, area, app, p),
        }
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

fn draw_detail(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let Some(d) = &app.detail else {
        frame.render_widget(Block::default().borders(Borders::ALL), area);
        return;
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", safe(&d.title)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if d.tabs.is_empty() || inner.height == 0 {
        return;
    }
    let current = app.tab.min(d.tabs.len() - 1);
    let mut tab_spans = Vec::new();
    for (i, (tab, _)) in d.tabs.iter().enumerate() {
        let label = format!(" {} ", tr(app.lang, tab.label_key()));
        tab_spans.push(Span::styled(
            label,
            if i == current {
                t.active_tab()
            } else {
                t.dim()
            },
        ));
    }
    let tabs_area = Rect { height: 1, ..inner };
    frame.render_widget(Paragraph::new(Line::from(tab_spans)), tabs_area);
    let body = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let lines = &d.tabs[current].1;
    if lines.is_empty() {
        frame.render_widget(
            Paragraph::new(tr(app.lang, "show.none")).style(t.dim()),
            body,
        );
        return;
    }
    let label_w = lines
        .iter()
        .map(|l| l.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(28);
    // A message that was not sent is drawn as an error, the first one with the key that
    // sends it again (D12).
    let first_alert = lines.iter().position(|l| l.alert);
    let retry = app
        .keymap
        .keys_for(Mode::Normal, Action::RetrySend)
        .first()
        .map(|k| trf(app.lang, "tui.send.retry_hint", &[k]));
    // A note or comment of several lines keeps its line breaks (ratatui would glue the
    // lines of one span together); continuation lines are indented under the text.
    let text: Vec<Line> = lines
        .iter()
        .enumerate()
        .skip(app.detail_scroll.min(lines.len().saturating_sub(1)))
        .flat_map(|(i, l)| {
            let body = safe(&l.text);
            let mut parts = body.split('\n');
            let first = parts.next().unwrap_or_default().to_owned();
            let style = if l.alert { t.error() } else { Style::default() };
            let label_style = if l.alert { t.error() } else { t.dim() };
            let (mut out, indent) = if l.label.is_empty() {
                (vec![Line::from(Span::styled(first, style))], 0)
            } else {
                let label = Span::styled(format!("{:<label_w$} ", safe(&l.label)), label_style);
                (
                    vec![Line::from(vec![label, Span::styled(first, style)])],
                    label_w + 1,
                )
            };
            if Some(i) == first_alert
                && let (Some(hint), Some(line)) = (&retry, out.last_mut())
            {
                line.push_span(Span::styled(format!("  {hint}"), t.dim()));
            }
            out.extend(parts.map(|p| Line::styled(format!("{:indent$}{p}", ""), style)));
            out
        })
        .collect();
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), body);
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

/// A `width` x `height` rectangle in the middle of `area` (smaller when `area` is).
pub(super) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// A cleared popup over nearly all of `area`: a cell of margin around it, at most
/// `max_width` wide. Returns where to draw it.
pub(super) fn popup(frame: &mut Frame, area: Rect, max_width: u16) -> Rect {
    let r = centered(
        area,
        area.width.saturating_sub(2).min(max_width),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, r);
    r
}

fn draw_help(frame: &mut Frame, area: Rect, app: &App, scroll: usize) {
    let lines = super::help::help_lines(&app.keymap, app.lang);
    let r = centered(area, 76, area.height.saturating_sub(2));
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", tr(app.lang, "tui.help_title")));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    // The key column fits the longest key list ("PgDn, Ctrl-d, Ctrl-f"), so the texts line up.
    let keys_w = lines
        .iter()
        .map(|l| l.keys.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(8, 28);
    let mut text: Vec<Line> = Vec::new();
    let mut section = String::new();
    for l in &lines {
        if l.section != section {
            section = l.section.clone();
            if !text.is_empty() {
                text.push(Line::raw(""));
            }
            text.push(Line::styled(section.clone(), app.theme.header()));
        }
        text.push(Line::from(vec![
            Span::raw(format!("  {:<keys_w$} ", l.keys)),
            Span::raw(l.text.clone()),
        ]));
    }
    let max_scroll = text.len().saturating_sub(inner.height as usize);
    let text: Vec<Line> = text.into_iter().skip(scroll.min(max_scroll)).collect();
    frame.render_widget(Paragraph::new(text), inner);
}

fn draw_confirm(frame: &mut Frame, area: Rect, app: &App, question: &str) {
    let r = centered(area, 64, 5);
    frame.render_widget(Clear, r);
    let keys = |a| app.keymap.first_key(Mode::Confirm, a);
    let prompt = trf(
        app.lang,
        "tui.confirm_keys",
        &[&keys(Action::ConfirmYes), &keys(Action::ConfirmNo)],
    );
    let p = Paragraph::new(vec![
        Line::from(safe(question)),
        Line::raw(""),
        Line::styled(prompt, app.theme.dim()),
    ])
    .wrap(Wrap { trim: true })
    .block(Block::default().borders(Borders::ALL));
    frame.render_widget(p, r);
}

/// The footer a form shows, from the keymap in force.
pub fn form_footer(app: &App) -> String {
    let k = |a| app.keymap.first_key(Mode::Form, a);
    trf(
        app.lang,
        "tui.form_footer",
        &[
            &k(Action::FormSubmit),
            &k(Action::FormCancel),
            &k(Action::FormNextField),
        ],
    )
}
