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
