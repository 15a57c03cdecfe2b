//! The help overlay as a pane: every action in force with its keys (the lines come from
//! `help`), scrolled with the help keys, closed with its close key.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::action::{Action, Mode};
use super::event::{Event, Events};
use super::pane::{Ctx, Input, Pane};
use super::popup::centered;
use crate::i18n::tr;

/// The help overlay: how far it is scrolled.
#[derive(Clone, Debug, Default)]
pub struct HelpPane {
    pub scroll: usize,
}

impl Pane for HelpPane {
    fn mode(&self) -> Mode {
        Mode::Help
    }

    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, events: &mut Events) -> bool {
        match input.action() {
            Some(Action::HelpClose) => events.push(Event::Close),
            Some(Action::HelpUp) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::HelpDown) => self.scroll += 1,
            _ => return false,
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let lines = super::help::help_lines(ctx.keymap, ctx.lang);
        let r = centered(area, 76, area.height.saturating_sub(2));
        frame.render_widget(Clear, r);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(format!(" {} ", tr(ctx.lang, "tui.help_title")));
        let inner = block.inner(r);
        frame.render_widget(block, r);
        // The key column fits the longest key list ("PgDn, Ctrl-d, Ctrl-f"), so the texts
        // line up.
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
                text.push(Line::styled(section.clone(), ctx.theme.header()));
            }
            text.push(Line::from(vec![
                Span::raw(format!("  {:<keys_w$} ", l.keys)),
                Span::raw(l.text.clone()),
            ]));
        }
        let max_scroll = text.len().saturating_sub(inner.height as usize);
        let text: Vec<Line> = text.into_iter().skip(self.scroll.min(max_scroll)).collect();
        frame.render_widget(Paragraph::new(text), inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pane::TestCtx;

    #[test]
    fn the_help_scrolls_and_closes() {
        let t = TestCtx::new();
        let mut h = HelpPane::default();
        t.act(&mut h, Action::HelpDown);
        t.act(&mut h, Action::HelpDown);
        t.act(&mut h, Action::HelpUp);
        assert_eq!(h.scroll, 1);
        assert_eq!(
            t.act(&mut h, Action::HelpClose),
            (true, vec!["Close".into()])
        );
        assert_eq!(t.act(&mut h, Action::New), (false, vec![]));
    }
}
