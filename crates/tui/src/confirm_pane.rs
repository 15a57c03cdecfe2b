//! A yes/no question as a pane: yes closes it and carries out what it was asked for, no
//! just closes it. The question's text is ready-made (already in the user's language).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::event::{Event, Events, Pending};
use super::pane::{Ctx, Input, Pane};
use super::popup::centered;
use crate::i18n::trf;
use crate::render::safe;

/// An open question and what yes does.
#[derive(Clone, Debug)]
pub struct ConfirmPane {
    pub question: String,
    pub pending: Pending,
}

impl Pane for ConfirmPane {
    fn mode(&self) -> Mode {
        Mode::Confirm
    }

    fn handle(&mut self, input: Input<'_>, _ctx: &Ctx<'_>, events: &mut Events) -> bool {
        match input.action() {
            Some(Action::ConfirmYes) => {
                events.push(Event::Close);
                events.push(Event::Confirmed(self.pending.clone()));
            }
            Some(Action::ConfirmNo) => events.push(Event::Close),
            _ => return false,
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let r = centered(area, 64, 5);
        frame.render_widget(Clear, r);
        let prompt = trf(
            ctx.lang,
            "tui.confirm_keys",
            &[
                &ctx.key(Mode::Confirm, Action::ConfirmYes),
                &ctx.key(Mode::Confirm, Action::ConfirmNo),
            ],
        );
        let p = Paragraph::new(vec![
            Line::from(safe(&self.question)),
            Line::raw(""),
            Line::styled(prompt, ctx.theme.dim()),
        ])
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL));
        frame.render_widget(p, r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pane::TestCtx;

    #[test]
    fn yes_closes_the_question_then_carries_it_out_and_no_only_closes_it() {
        let t = TestCtx::new();
        let mut q = ConfirmPane {
            question: "Wygrać 2 interesy?".into(),
            pending: Pending::Win(vec![1, 2]),
        };
        assert_eq!(
            t.act(&mut q, Action::ConfirmYes),
            (true, vec!["Close".into(), "Confirmed(Win([1, 2]))".into()])
        );
        assert_eq!(
            t.act(&mut q, Action::ConfirmNo),
            (true, vec!["Close".into()])
        );
        assert_eq!(t.act(&mut q, Action::Quit), (false, vec![]));
    }
}
