//! The agenda as a screen (issue 19 item 6): today and the week ahead, by day, what the
//! user has due: tasks and meetings, deals' next activities (overdue ones under today), and
//! rotting deals. The same agenda `lejek agenda` prints (`service::agenda::build`). `j`/`k`
//! choose a line, `Enter` goes to its deal or task, `Esc` (or the agenda key) closes.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::action::{Action, Mode};
use super::detail::Link;
use super::event::{Event, Events};
use super::pane::{Ctx, Input, Pane};
use crate::i18n::{tr, trf};
use crate::model::{EntityKind, EntityRef};
use crate::render::agenda::{day_heading, kind_label, line_text};
use crate::render::safe;
use crate::service::agenda::{Agenda, Item, ItemKind};

/// One row of the screen.
enum Row<'a> {
    Heading(chrono::NaiveDate),
    Item(&'a Item),
}

pub struct AgendaPane {
    pub agenda: Agenda,
    /// The chosen line, an index into the item rows.
    pub line: usize,
    scroll: Cell<usize>,
}

impl AgendaPane {
    pub fn new(agenda: Agenda) -> AgendaPane {
        AgendaPane {
            agenda,
            line: 0,
            scroll: Cell::new(0),
        }
    }

    /// Today always (even empty: "nothing due"), other days when something is due.
    fn rows(&self) -> Vec<Row<'_>> {
        let mut out = Vec::new();
        for d in &self.agenda.days {
            if d.items.is_empty() && d.date != self.agenda.today {
                continue;
            }
            out.push(Row::Heading(d.date));
            out.extend(d.items.iter().map(Row::Item));
        }
        out
    }

    fn items(&self) -> Vec<&Item> {
        self.agenda
            .days
            .iter()
            .flat_map(|d| d.items.iter())
            .collect()
    }

    /// The record the chosen line is about.
    pub fn link(&self) -> Option<Link> {
        let i = *self.items().get(self.line)?;
        let kind = match i.kind {
            ItemKind::Task | ItemKind::Meeting => EntityKind::Task,
            ItemKind::NextActivity | ItemKind::Rotting => EntityKind::Deal,
        };
        Some(Link::Record(EntityRef { kind, id: i.id }))
    }
}

impl Pane for AgendaPane {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, events: &mut Events) -> bool {
        let last = self.items().len().saturating_sub(1);
        match input.action() {
            Some(Action::Up) => self.line = self.line.saturating_sub(1),
            Some(Action::Down) => self.line = (self.line + 1).min(last),
            Some(Action::Top) => self.line = 0,
            Some(Action::Bottom) => self.line = last,
            Some(Action::Open) => {
                if let Some(link) = self.link() {
                    events.push(Event::Close);
                    events.push(Event::Follow(link));
                }
            }
            Some(Action::Back | Action::Agenda | Action::Quit) => events.push(Event::Close),
            _ => {}
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let t = ctx.theme;
        // Below the view tabs and the input line, above the status bar, as a view is.
        let area = Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(3),
            ..area
        };
        frame.render_widget(Clear, area);
        let n = self.items().len();
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " {} ",
                trf(
                    ctx.lang,
                    "agenda.pane_title",
                    &[&safe(&self.agenda.login), &n]
                )
            ))
            .title_bottom(
                Line::from(format!(" {} ", tr(ctx.lang, "agenda.pane_keys"))).right_aligned(),
            );
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let kind_w = self
            .items()
            .iter()
            .map(|i| kind_label(i.kind, ctx.lang).chars().count())
            .max()
            .unwrap_or(0);
        let mut lines = Vec::new();
        let mut chosen_at = 0;
        let mut k = 0;
        for row in self.rows() {
            match row {
                Row::Heading(date) => lines.push(Line::styled(
                    day_heading(date, self.agenda.today, ctx.lang),
                    t.header(),
                )),
                Row::Item(i) => {
                    let chosen = k == self.line;
                    if chosen {
                        chosen_at = lines.len();
                    }
                    k += 1;
                    let when = i
                        .time
                        .map(|t| t.format("%H:%M").to_string())
                        .unwrap_or_default();
                    // Marks that work without colour: `!` overdue, `◷` rotting (as the lists).
                    let mark = match (i.overdue, i.kind) {
                        (true, _) => "!",
                        (false, ItemKind::Rotting) => "◷",
                        _ => " ",
                    };
                    let text = format!(
                        "{mark} {when:>5} {:<kind_w$} {}",
                        kind_label(i.kind, ctx.lang),
                        safe(&line_text(i, ctx.lang))
                    );
                    let style = if chosen {
                        t.cursor()
                    } else if i.overdue {
                        t.overdue()
                    } else {
                        Style::default()
                    };
                    lines.push(Line::from(Span::styled(text, style)));
                }
            }
        }
        if n == 0 {
            lines.push(Line::styled(tr(ctx.lang, "agenda.pane_empty"), t.dim()));
        }
        let h = usize::from(inner.height).max(1);
        let mut scroll = self.scroll.get();
        if chosen_at < scroll {
            scroll = chosen_at.saturating_sub(1);
        } else if chosen_at >= scroll + h {
            scroll = chosen_at + 1 - h;
        }
        self.scroll.set(scroll);
        frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
    }
}
