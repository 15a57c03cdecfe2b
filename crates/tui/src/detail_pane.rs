//! The detail pane as a pane: the card of the record under the cursor (built by `detail`),
//! which of its tabs shows, how far it is scrolled, and whether it is zoomed to the whole
//! screen. Tab keys switch tabs; when zoomed, the up/down keys move a line cursor and
//! Enter follows the line's link (another record: issue 18 item 4).
//!
//! The card is normally of the record under the list's cursor. It can be *pinned* to a
//! record the list does not show: one an action took out of the filter (the card keeps it,
//! so the next action cannot hit a record the user never chose; issue 18 item 1), or one
//! reached by a link that the list's filter leaves out. Actions then apply to the pinned
//! record; moving in the list lets go of it.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::detail::{Detail, Link};
use super::event::{Event, Events};
use super::pane::{Ctx, Input, Pane};
use super::view::View;
use crate::i18n::{tr, trf};
use crate::render::safe;

/// Why the card shows a record the list does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinWhy {
    /// An action (a loss, an edit) took it out of the list's filter.
    Dropped,
    /// A link led to it, and the list's filter leaves it out.
    Outside,
}

/// The record the card stays on whatever the list's cursor is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pin {
    pub view: View,
    pub id: u64,
    pub why: PinWhy,
}

/// The detail pane's state.
#[derive(Clone, Debug, Default)]
pub struct DetailPane {
    /// The card, when a record is under the cursor.
    pub card: Option<Detail>,
    /// Which record the card is of (None: build it again).
    pub of: Option<(View, u64)>,
    /// Which record the card on screen shows (kept while `of` asks for a rebuild).
    pub shown: Option<(View, u64)>,
    /// The record the card stays on, not the list's cursor.
    pub pin: Option<Pin>,
    pub tab: usize,
    pub scroll: usize,
    /// The line cursor on the tab, when zoomed.
    pub line: usize,
    /// Enter zooms the detail pane to the whole screen.
    pub zoomed: bool,
    /// Rows of the tab body in the last frame, for scrolling with the line cursor.
    height: Cell<usize>,
}

impl DetailPane {
    /// The lines of the tab on screen.
    fn lines(&self) -> &[super::detail::Line] {
        let Some(d) = &self.card else { return &[] };
        match d.tabs.len() {
            0 => &[],
            n => &d.tabs[self.tab.min(n - 1)].1,
        }
    }

    /// The text of the line under the line cursor (zoomed only): a note's to edit.
    pub fn text_here(&self) -> Option<&str> {
        self.zoomed
            .then(|| self.lines().get(self.line).map(|l| l.text.as_str()))
            .flatten()
    }

    /// The link of the line under the line cursor (zoomed only).
    pub fn link_here(&self) -> Option<Link> {
        self.zoomed
            .then(|| self.lines().get(self.line).and_then(|l| l.link))
            .flatten()
    }

    /// Move the line cursor by `delta`, scrolling so that it stays on screen.
    fn move_line(&mut self, delta: isize) {
        let last = self.lines().len().saturating_sub(1);
        self.line = self.line.saturating_add_signed(delta).min(last);
        let height = self.height.get().max(1);
        if self.line < self.scroll {
            self.scroll = self.line;
        } else if self.line >= self.scroll + height {
            self.scroll = self.line + 1 - height;
        }
    }

    /// What the keys do on the line under the line cursor, for the card's lower border.
    fn hint(&self, ctx: &Ctx<'_>) -> Option<String> {
        let k = |a| ctx.key(Mode::Normal, a);
        let (key, first, second) = match self.link_here()? {
            Link::Record(_) => ("card.hint.record", Action::Open, Action::JumpBack),
            Link::Note { .. } | Link::Comment { .. } => {
                ("card.hint.text", Action::Open, Action::Remove)
            }
            Link::File { .. } => ("card.hint.file", Action::Open, Action::Edit),
            Link::Duplicate { .. } => ("dupes.card.hint", Action::Open, Action::MergeDuplicate),
        };
        Some(trf(ctx.lang, key, &[&k(first), &k(second)]))
    }

    /// A new record or tab: from its top.
    pub fn to_top(&mut self) {
        self.scroll = 0;
        self.line = 0;
    }
}

impl Pane for DetailPane {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, events: &mut Events) -> bool {
        let page = self.height.get().max(1) as isize;
        match input.action() {
            Some(Action::Up) if self.zoomed => self.move_line(-1),
            Some(Action::Down) if self.zoomed => self.move_line(1),
            Some(Action::PageUp) if self.zoomed => self.move_line(-page),
            Some(Action::PageDown) if self.zoomed => self.move_line(page),
            Some(Action::Top) if self.zoomed => self.move_line(isize::MIN / 2),
            Some(Action::Bottom) if self.zoomed => self.move_line(isize::MAX / 2),
            Some(Action::Open) if self.link_here().is_some() => {
                if let Some(link) = self.link_here() {
                    events.push(Event::Follow(link));
                }
            }
            Some(Action::NextTab) => {
                let last = self
                    .card
                    .as_ref()
                    .map_or(0, |d| d.tabs.len().saturating_sub(1));
                self.tab = (self.tab + 1).min(last);
                self.to_top();
            }
            Some(Action::PrevTab) => {
                self.tab = self.tab.saturating_sub(1);
                self.to_top();
            }
            _ => return false,
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let t = ctx.theme;
        let Some(d) = &self.card else {
            frame.render_widget(Block::default().borders(Borders::ALL), area);
            return;
        };
        // A card the list does not show says so in its border, so the user knows what the
        // next action applies to.
        let title = match self.pin.map(|p| p.why) {
            Some(PinWhy::Dropped) => format!(
                " {} · {} ",
                safe(&d.title),
                tr(ctx.lang, "card.no_longer_matches")
            ),
            Some(PinWhy::Outside) => {
                format!(
                    " {} · {} ",
                    safe(&d.title),
                    tr(ctx.lang, "card.outside_filter")
                )
            }
            None => format!(" {} ", safe(&d.title)),
        };
        let mut block = Block::default().borders(Borders::ALL).title(title);
        if let Some(hint) = self.hint(ctx) {
            block = block.title_bottom(Line::from(format!(" {hint} ")).right_aligned());
        }
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if d.tabs.is_empty() || inner.height == 0 {
            return;
        }
        let current = self.tab.min(d.tabs.len() - 1);
        let mut tab_spans = Vec::new();
        for (i, (tab, _)) in d.tabs.iter().enumerate() {
            let label = format!(" {} ", tr(ctx.lang, tab.label_key()));
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
        self.height.set(usize::from(body.height));
        let lines = &d.tabs[current].1;
        if lines.is_empty() {
            frame.render_widget(
                Paragraph::new(tr(ctx.lang, "show.none")).style(t.dim()),
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
        let retry = ctx
            .keymap
            .keys_for(Mode::Normal, Action::RetrySend)
            .first()
            .map(|k| trf(ctx.lang, "tui.send.retry_hint", &[k]));
        // A note or comment of several lines keeps its line breaks (ratatui would glue the
        // lines of one span together); continuation lines are indented under the text.
        let text: Vec<Line> = lines
            .iter()
            .enumerate()
            .skip(self.scroll.min(lines.len().saturating_sub(1)))
            .flat_map(|(i, l)| {
                let body = safe(&l.text);
                let mut parts = body.split('\n');
                let first = parts.next().unwrap_or_default().to_owned();
                let style = if l.alert {
                    t.error()
                } else if self.zoomed && i == self.line {
                    // The line cursor: Enter follows this line's link.
                    t.cursor()
                } else {
                    Style::default()
                };
                let label_style = if l.alert {
                    t.error()
                } else if self.zoomed && i == self.line {
                    t.cursor()
                } else {
                    t.dim()
                };
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pane::TestCtx;

    use crate::detail::{Line as CardLine, Tab};
    use crate::model::{EntityKind, EntityRef};

    /// A card of two tabs: five plain lines, then a line with a link to contact 7.
    fn card() -> Detail {
        let plain = |i: usize| CardLine {
            label: String::new(),
            text: format!("line {i}"),
            alert: false,
            link: None,
        };
        let mut lines: Vec<CardLine> = (0..5).map(plain).collect();
        lines.push(CardLine {
            link: Some(Link::Record(EntityRef {
                kind: EntityKind::Contact,
                id: 7,
            })),
            ..plain(5)
        });
        Detail {
            title: "#1 Interes".into(),
            on: None,
            tabs: vec![(Tab::Overview, lines), (Tab::History, vec![plain(0)])],
        }
    }

    #[test]
    fn tabs_switch_always_and_up_down_move_the_line_only_when_zoomed() {
        let t = TestCtx::new();
        let mut d = DetailPane {
            card: Some(card()),
            ..Default::default()
        };
        assert_eq!(t.act(&mut d, Action::Down), (false, vec![]), "the list's");
        d.zoomed = true;
        assert_eq!(t.act(&mut d, Action::Down), (true, vec![]));
        assert_eq!(t.act(&mut d, Action::Down), (true, vec![]));
        assert_eq!(t.act(&mut d, Action::Up), (true, vec![]));
        assert_eq!(d.line, 1);
        assert_eq!(t.act(&mut d, Action::NextTab), (true, vec![]));
        assert_eq!(
            (d.tab, d.line, d.scroll),
            (1, 0, 0),
            "a new tab starts at its top"
        );
        t.act(&mut d, Action::NextTab);
        assert_eq!(d.tab, 1, "no tab past the last");
        t.act(&mut d, Action::PrevTab);
        t.act(&mut d, Action::PrevTab);
        assert_eq!(d.tab, 0);
        t.act(&mut d, Action::Bottom);
        assert_eq!(d.line, 5, "the last line, not past it");
    }

    #[test]
    fn enter_on_a_line_with_a_link_follows_it_and_elsewhere_is_the_lists() {
        let t = TestCtx::new();
        let mut d = DetailPane {
            card: Some(card()),
            zoomed: true,
            ..Default::default()
        };
        assert_eq!(
            t.act(&mut d, Action::Open),
            (false, vec![]),
            "line 0 has no link"
        );
        t.act(&mut d, Action::Bottom);
        let to = Link::Record(EntityRef {
            kind: EntityKind::Contact,
            id: 7,
        });
        assert_eq!(
            t.act(&mut d, Action::Open),
            (true, vec![format!("{:?}", Event::Follow(to))])
        );
        d.zoomed = false;
        assert_eq!(
            t.act(&mut d, Action::Open),
            (false, vec![]),
            "unzoomed: the list's"
        );
    }
}
