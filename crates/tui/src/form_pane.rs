//! An open form as a pane: the form (`form`) and what it is for (`forms::Purpose`). Keys edit
//! the form; cancelling a changed form asks first; a submit is handed to the update loop,
//! which turns the values into service commands (`forms::submit`).

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::{Action, Mode};
use super::event::{Event, Events, Pending};
use super::form::{FieldKind, Form, FormOutcome};
use super::forms::Purpose;
use super::outside::Job;
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
                self.ask_lookup(events);
                return true;
            }
            Input::Key { key, action } => (key, action),
        };
        // A note of several lines is written in the user's editor, as git does.
        if action == Some(Action::FormEditor)
            && let Some(f) = self.form.fields.get(self.form.focus)
            && f.kind == FieldKind::LongText
        {
            events.push(Event::Outside(Job::Edit {
                field: f.id,
                text: f.raw().to_owned(),
            }));
            return true;
        }
        match self.form.handle(key, action) {
            FormOutcome::Continue => {}
            FormOutcome::Cancel if self.form.is_dirty() => events.push(Event::Ask {
                question: tr(ctx.lang, "confirm.drop").to_owned(),
                pending: Pending::DropForm,
            }),
            FormOutcome::Cancel => events.push(Event::Close),
            FormOutcome::Submit => events.push(Event::SubmitForm),
        }
        self.ask_lookup(events);
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        super::form::render(frame, area, &self.form, ctx.theme.color);
    }
}

impl FormPane {
    /// A record field's text changed: the update loop looks up its candidates.
    fn ask_lookup(&self, events: &mut Events) {
        if self.form.wants_lookup() {
            events.push(Event::FormLookup);
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::Field;
    use crate::i18n::Lang;
    use crate::pane::TestCtx;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};

    #[test]
    fn cancel_closes_a_clean_form_and_asks_about_a_changed_one() {
        let t = TestCtx::new();
        let form = Form::new(
            "Nowy kontakt",
            vec![Field::new("name", "Nazwa", FieldKind::Text)],
            t.ctx().today,
            Lang::Pl,
        );
        let mut p = FormPane {
            form,
            purpose: Purpose::NewContact,
        };
        assert_eq!(
            t.act(&mut p, Action::FormCancel),
            (true, vec!["Close".into()])
        );
        let key = KeyEvent::from(KeyCode::Char('x'));
        let mut events = Events::default();
        p.handle(
            Input::Key {
                key: &key,
                action: None,
            },
            &t.ctx(),
            &mut events,
        );
        assert!(events.is_empty(), "typing stays in the form");
        assert_eq!(p.form.text("name"), Some("x"));
        let (used, asked) = t.act(&mut p, Action::FormCancel);
        assert!(used);
        assert_eq!(asked.len(), 1);
        assert!(asked[0].contains("DropForm"), "{asked:?}");
        assert_eq!(
            t.act(&mut p, Action::FormSubmit),
            (true, vec!["SubmitForm".into()])
        );
    }
}
