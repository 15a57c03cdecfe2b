//! The detail pane as a pane: the card of the record under the cursor (built by `detail`),
//! which of its tabs shows, how far it is scrolled, and whether it is zoomed to the whole
//! screen. Tab keys switch tabs; when zoomed, the up/down keys scroll it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::detail::Detail;
use super::event::Events;
use super::pane::{Ctx, Input, Pane};
use super::view::View;
use crate::i18n::{tr, trf};
use crate::render::safe;

/// The detail pane's state.
#[derive(Clone, Debug, Default)]
pub struct DetailPane {
    /// The card, when a record is under the cursor.
    pub card: Option<Detail>,
    /// Which record the card is of (None: build it again).
    pub of: Option<(View, u64)>,
    pub tab: usize,
    pub scroll: usize,
    /// Enter zooms the detail pane to the whole screen.
    pub zoomed: bool,
}

impl Pane for DetailPane {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, _events: &mut Events) -> bool {
        match input.action() {
            Some(Action::Up) if self.zoomed => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::Down) if self.zoomed => self.scroll += 1,
            Some(Action::NextTab) => {
                self.tab += 1;
                self.scroll = 0;
            }
            Some(Action::PrevTab) => {
                self.tab = self.tab.saturating_sub(1);
                self.scroll = 0;
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
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(" {} ", safe(&d.title)));
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pane::TestCtx;

    #[test]
    fn tabs_switch_always_and_up_down_scroll_only_when_zoomed() {
        let t = TestCtx::new();
        let mut d = DetailPane::default();
        assert_eq!(t.act(&mut d, Action::Down), (false, vec![]), "the list's");
        d.zoomed = true;
        assert_eq!(t.act(&mut d, Action::Down), (true, vec![]));
        assert_eq!(t.act(&mut d, Action::Down), (true, vec![]));
        assert_eq!(t.act(&mut d, Action::Up), (true, vec![]));
        assert_eq!(d.scroll, 1);
        assert_eq!(t.act(&mut d, Action::NextTab), (true, vec![]));
        assert_eq!((d.tab, d.scroll), (1, 0), "a new tab starts at its top");
        t.act(&mut d, Action::PrevTab);
        t.act(&mut d, Action::PrevTab);
        assert_eq!(d.tab, 0);
    }
}
