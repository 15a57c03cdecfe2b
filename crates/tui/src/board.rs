//! The board (issue 19 item 5): the deals view shown as a column per open stage, in pipeline
//! order, each with its count and sum and its deals as cards (title, contact, value, days
//! in the stage, `◷` when rotting). The
//! deals list's filter applies to it. It holds what it shows: the first cards of each
//! column (`CARDS`), loaded again after a write, a notice or a new filter
//! (`update/board.rs`).
//!
//! Keys: `h`/`l` (arrows) choose a column, `j`/`k` a card, `>`/`<` move the card's deal to
//! the next or previous open stage; every deal action (`w`, `x`, `e`, `o`, ...) applies to
//! the card chosen, and `Enter` opens its card.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::action::Action;
use super::event::{Event, Events};
use super::pane::{Ctx, Input};
use crate::i18n::{tr, trf};
use crate::model::money::format_money;
use crate::render::safe;
use crate::service::views::DealView;

/// The cards a column holds at most (the rest are counted in its header).
pub const CARDS: usize = 50;

/// A column's narrowest width; at 80 columns three show, and the board scrolls sideways.
const COLUMN_WIDTH: u16 = 26;

/// One open stage's column.
#[derive(Clone, Debug)]
pub struct Column {
    pub stage: String,
    /// Deals in the stage that the filter matches, and their value, as the report says it.
    pub count: usize,
    pub sum: String,
    /// The first `CARDS` of them, latest activity first.
    pub deals: Vec<DealView>,
}

/// The board's state.
#[derive(Clone, Debug, Default)]
pub struct Board {
    pub columns: Vec<Column>,
    /// The column and card chosen.
    pub col: usize,
    pub row: usize,
    /// The first column shown (the board scrolls sideways on a narrow screen).
    pub first: usize,
    /// Columns shown in the last frame (for scrolling).
    shown: std::cell::Cell<usize>,
}

impl Board {
    /// The deal on the chosen card.
    pub fn current(&self) -> Option<&DealView> {
        self.columns.get(self.col)?.deals.get(self.row)
    }

    /// After a load: keep the card on deal `keep` where it is now, else the same place.
    pub fn keep(&mut self, keep: Option<u64>) {
        if let Some(id) = keep {
            for (c, col) in self.columns.iter().enumerate() {
                if let Some(r) = col.deals.iter().position(|d| d.id == id) {
                    self.col = c;
                    self.row = r;
                }
            }
        }
        self.col = self.col.min(self.columns.len().saturating_sub(1));
        self.clamp_row();
    }

    fn clamp_row(&mut self) {
        let n = self.columns.get(self.col).map_or(0, |c| c.deals.len());
        self.row = self.row.min(n.saturating_sub(1));
    }

    fn move_col(&mut self, delta: isize) {
        let last = self.columns.len().saturating_sub(1);
        self.col = self.col.saturating_add_signed(delta).min(last);
        self.clamp_row();
        let shown = self.shown.get().max(1);
        if self.col < self.first {
            self.first = self.col;
        } else if self.col >= self.first + shown {
            self.first = self.col + 1 - shown;
        }
    }

    /// A key: true when the board used it.
    pub fn handle(&mut self, input: Input<'_>, events: &mut Events) -> bool {
        match input.action() {
            Some(Action::Up) => self.row = self.row.saturating_sub(1),
            Some(Action::Down) => {
                self.row += 1;
                self.clamp_row();
            }
            Some(Action::Top) => self.row = 0,
            Some(Action::Bottom) => {
                self.row = usize::MAX;
                self.clamp_row();
            }
            Some(Action::PrevTab) => self.move_col(-1),
            Some(Action::NextTab) => self.move_col(1),
            Some(a @ (Action::StageNext | Action::StagePrev)) => {
                let step = if a == Action::StageNext { 1 } else { -1 };
                let to = self
                    .col
                    .checked_add_signed(step)
                    .and_then(|c| self.columns.get(c));
                if let (Some(d), Some(to)) = (self.current(), to) {
                    events.push(Event::MoveStage {
                        deal: d.id,
                        stage: to.stage.clone(),
                    });
                }
            }
            _ => return false,
        }
        true
    }

    /// Draw the columns that fit in `area`, from `first`.
    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let t = ctx.theme;
        let fit = usize::from((area.width / COLUMN_WIDTH).max(1));
        self.shown.set(fit);
        if self.columns.is_empty() {
            let block = Block::default()
                .borders(Borders::ALL)
                .title(format!(" {} ", tr(ctx.lang, "board.title")));
            let inner = block.inner(area);
            frame.render_widget(block, area);
            frame.render_widget(
                Paragraph::new(tr(ctx.lang, "board.no_stages")).style(t.dim()),
                inner,
            );
            return;
        }
        let cols: Vec<(usize, &Column)> = self
            .columns
            .iter()
            .enumerate()
            .skip(self.first)
            .take(fit)
            .collect();
        let n = cols.len().max(1) as u16;
        let width = area.width / n;
        for (k, (i, col)) in cols.iter().enumerate() {
            let k = k as u16;
            let w = if k + 1 == n {
                area.width - width * k
            } else {
                width
            };
            let r = Rect {
                x: area.x + width * k,
                width: w,
                ..area
            };
            self.render_column(frame, r, ctx, *i, col);
        }
    }

    fn render_column(&self, frame: &mut Frame, r: Rect, ctx: &Ctx<'_>, i: usize, col: &Column) {
        let t = ctx.theme;
        let more_left = i == self.first && self.first > 0;
        let more_right = i + 1 == self.first + self.shown.get() && i + 1 < self.columns.len();
        let title = format!(
            " {}{} ({}){} ",
            if more_left { "‹ " } else { "" },
            safe(&col.stage),
            col.count,
            if more_right { " ›" } else { "" },
        );
        let style = if i == self.col {
            t.active_tab()
        } else {
            Style::default()
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(style)
            .title(Span::styled(title, style))
            .title_bottom(Line::from(format!(" {} ", col.sum)).right_aligned());
        let inner = block.inner(r);
        frame.render_widget(block, r);
        let per_card = 4u16;
        let fit = usize::from(inner.height / per_card).max(1);
        let first = if i == self.col && self.row >= fit {
            self.row + 1 - fit
        } else {
            0
        };
        let mut lines = Vec::new();
        for (j, d) in col.deals.iter().enumerate().skip(first).take(fit) {
            let chosen = i == self.col && j == self.row;
            let st = if chosen { t.cursor() } else { Style::default() };
            let w = usize::from(inner.width);
            let cut = |s: String| s.chars().take(w).collect::<String>();
            lines.push(Line::styled(
                cut(format!("#{} {}", d.id, safe(&d.title))),
                st,
            ));
            let value = d
                .deal
                .value
                .as_ref()
                .map(|m| format_money(m, ctx.lang))
                .unwrap_or_default();
            // The value stays whole at the right; the contact gets what is left.
            let room = w.saturating_sub(value.chars().count() + 1);
            let contact: String = safe(&d.contact).chars().take(room).collect();
            let pad = w.saturating_sub(contact.chars().count() + value.chars().count());
            lines.push(Line::styled(
                cut(format!("{contact}{:pad$}{value}", "")),
                if chosen { st } else { t.dim() },
            ));
            // Days in the stage, and the rotting mark (a sign, so it shows without colour).
            let days = trf(ctx.lang, "board.days", &[&d.days_in_stage]);
            let (mark, style) = if d.rotting {
                (crate::render::columns::MARK, t.overdue())
            } else {
                ("", t.dim())
            };
            lines.push(Line::styled(
                cut(format!("{mark}{days}")),
                if chosen { st } else { style },
            ));
            lines.push(Line::raw(""));
        }
        if col.deals.len() < col.count && first + fit >= col.deals.len() {
            lines.push(Line::styled(
                trf(ctx.lang, "board.more", &[&(col.count - col.deals.len())]),
                t.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
