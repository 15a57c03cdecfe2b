//! An open form as a pane: the form (`form`) and what it is for (`forms::Purpose`). Keys edit
//! the form; cancelling a changed form asks first; a submit is handed to the update loop,
//! which turns the values into service commands (`forms::submit`).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::{Action, Mode};
use super::event::{Event, Events, Pending};
use super::form::{Form, FormOutcome};
use super::forms::Purpose;
use super::pane::{Ctx, Input, Pane};
use crate::i18n::{tr, trf};

/// A form on the screen.
#[derive(Clone, Debug)]
pub struct FormPane {
    pub form: Form,
    pub purpose: Purpose,
}

impl Pane for FormPane {
    fn mode(&self) -> Mode {
        Mode::Form
    }

    fn handle(&mut self, input: Input<'_>, ctx: &Ctx<'_>, events: &mut Events) -> bool {
        let (key, action) = match input {
            Input::Paste(text) => {
                self.form.paste(text);
                return true;
            }
            Input::Key { key, action } => (key, action),
        };
        match self.form.handle(key, action) {
            FormOutcome::Continue => {}
            FormOutcome::Cancel if self.form.is_dirty() => events.push(Event::Ask {
                question: tr(ctx.lang, "confirm.drop").to_owned(),
                pending: Pending::DropForm,
            }),
            FormOutcome::Cancel => events.push(Event::Close),
            FormOutcome::Submit => events.push(Event::SubmitForm),
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        super::form::render(frame, area, &self.form, ctx.theme.color);
    }
}

/// The footer a form shows, from the keymap in force.
pub fn footer(ctx: &Ctx<'_>) -> String {
    let k = |a| ctx.key(Mode::Form, a);
    trf(
        ctx.lang,
        "tui.form_footer",
        &[
            &k(Action::FormSubmit),
            &k(Action::FormCancel),
            &k(Action::FormNextField),
        ],
    )
}
