//! What comes back from a program the TUI handed the terminal to (`crate::outside`): the
//! editor's text goes into the form field it was for; a failure is said on the status line.

use crate::app::App;
use crate::form_pane::FormPane;
use crate::outside::Done;

/// A job outside the TUI ended.
pub fn on_outside(app: &mut App, done: Done) {
    app.dirty = true;
    match done {
        Done::Edited { field, text } => {
            if let Some(p) = app.top_mut::<FormPane>() {
                p.form.set_value(field, &text);
            }
        }
        Done::Opened => {}
        Done::Failed(why) => app.complain(why),
    }
}
