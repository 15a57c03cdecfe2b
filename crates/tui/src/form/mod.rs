//! Forms: how a salesperson creates and edits deals, contacts, campaigns and tasks, changes a
//! stage, sets a date or a value, adds a note, loses a deal with a reason.
//!
//! A [`Form`] is a list of [`Field`]s. Each key either is a form action the keymap resolved
//! (submit, cancel, next/previous field) or edits the focused field, which is validated at
//! once: the row then shows how the value was understood (`wt 01.12.2026`, `1 234,56 zł`,
//! `→ negocjacje`) or what is wrong, in the user's language. [`render`] draws it as a centred
//! popup that fits 12 fields in 80x24 and works without colour.
//!
//! A field that takes a record is a picker (`pick.rs`): the text typed is a search, the
//! form asks its owner for candidates ([`Form::take_lookup`], [`Form::offer`]) and shows them
//! ranked under the field; Up/Down choose, Enter or Tab takes one. A field that gets the
//! focus with a value the user has not touched is all selected: the first printable key
//! replaces the value, Backspace or Delete clears it, a moving key only ends the selection.
//!
//! Files: `field.rs` (a field and its state), `input.rs` (editing one line), `validate.rs`
//! (what a text means for each kind), `pick.rs` (record pickers: candidates and ranking),
//! `prefill.rs` (stored values as the user's language writes them), `display.rs` (terminal
//! cells: widths, control characters, scrolling), `render.rs` (drawing).

mod display;
mod field;
mod input;
mod pick;
mod prefill;
mod render;
mod validate;

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use field::{Field, FieldKind};
pub use pick::{Candidate, LookupRequest, Pick, Source, filter_for, typed_id};
pub use prefill::{date_text, date_time_text, money_text};
pub use render::render;

use super::action::Action;
use crate::i18n::{Lang, trf};
use crate::model::money::{Money, parse_money};
use field::Check;
use pick::CandidateList;

/// What the caller should do after a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormOutcome {
    /// Keep the form open (redraw it).
    Continue,
    /// Every field is valid: read the values and send the command. On a service error,
    /// [`Form::set_message`] and keep the form open.
    Submit,
    /// The user wants out; ask "drop unsaved input?" first when [`Form::is_dirty`].
    Cancel,
}

/// An open form: its fields, which one has the focus, and the chrome around them.
#[derive(Clone, Debug)]
pub struct Form {
    /// Shown in the popup's border (sanitised when drawn).
    pub title: String,
    pub fields: Vec<Field>,
    /// Index into `fields` of the field being edited.
    pub focus: usize,
    /// A submit error from the service, shown under the fields until the next edit.
    pub message: Option<String>,
    footer: String,
    today: NaiveDate,
    lang: Lang,
    /// The candidates shown under the focused record field.
    list: Option<CandidateList>,
    /// Candidates wanted for the focused record field's new text.
    lookup: Option<LookupRequest>,
}

/// A field someone else changed while the user changed it too (see [`Form::rebase`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub label: String,
    pub theirs: String,
    pub yours: String,
}

/// The footer line from the keys bound to submit, cancel and next field, e.g.
/// `footer_text(Lang::Pl, "Enter", "Esc", "Tab")` is "Enter: zapisz · Esc: anuluj · Tab:
/// następne pole".
pub fn footer_text(lang: Lang, submit: &str, cancel: &str, next: &str) -> String {
    trf(lang, "form.footer", &[&submit, &cancel, &next])
}

impl Form {
    /// A form over `fields`, focused on the first. `today` resolves relative dates (`+3d`,
    /// `pt`); `lang` is the language of hints and errors. Initial values are validated
    /// now, so a bad value from the database shows its error from the start.
    pub fn new(title: impl Into<String>, fields: Vec<Field>, today: NaiveDate, lang: Lang) -> Form {
        let mut form = Form {
            title: title.into(),
            fields,
            focus: 0,
            message: None,
            footer: footer_text(lang, "Enter", "Esc", "Tab"),
            today,
            lang,
            list: None,
            lookup: None,
        };
        for i in 0..form.fields.len() {
            form.revalidate(i);
        }
        form.select_focused();
        form
    }

    /// Replaces the footer, e.g. with [`footer_text`] built from the keys in force.
    pub fn set_footer(&mut self, text: String) {
        self.footer = text;
    }

    /// The line under the fields.
    pub fn footer(&self) -> &str {
        &self.footer
    }

    /// The language of the form's hints and errors.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Handles one key. `action` is what the keymap resolved for it in form mode; with
    /// `None` the key edits the focused field: printable characters insert at the cursor;
    /// Backspace, Delete, Left, Right, Home, End, Ctrl-A/Ctrl-E (start/end), Ctrl-U (clear
    /// the field), Ctrl-W (delete the word before the cursor), Ctrl-K (delete to the end),
    /// Ctrl-Left/Ctrl-Right (by words); Ctrl-N/Ctrl-P and Alt-Down/Alt-Up cycle the options
    /// of a choice. Up/Down, unbound by the keymap, move between fields. Every edit
    /// re-validates the field at once.
    pub fn handle(&mut self, key: &KeyEvent, action: Option<Action>) -> FormOutcome {
        if key.kind == KeyEventKind::Release {
            return FormOutcome::Continue;
        }
        if let Some(outcome) = self.list_key(key, action) {
            return outcome;
        }
        match action {
            Some(Action::FormSubmit) => return self.submit(),
            Some(Action::FormCancel) => return FormOutcome::Cancel,
            Some(Action::FormNextField) => self.move_focus(true),
            Some(Action::FormPrevField) => self.move_focus(false),
            // Other actions are not form actions: the keymap should not send them here.
            Some(_) => {}
            None => self.edit(key),
        }
        FormOutcome::Continue
    }

    /// Inserts pasted text into the focused field (line breaks become spaces, control
    /// characters are dropped).
    pub fn paste(&mut self, text: &str) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let cap = field.kind.hard_cap();
        // Pasting over a selected value replaces it, as typing does.
        let cleared = std::mem::take(&mut field.selected) && field.input.clear();
        if field.input.insert_str(text, cap) || cleared {
            self.edited();
        }
    }

    /// Replaces the text of field `id` as if typed (re-validated; makes the form dirty if it
    /// differs from the initial value). Unknown ids are ignored.
    pub fn set_value(&mut self, id: &str, value: &str) {
        if let Some(i) = self.index(id)
            && self.fields[i].input.set(value)
        {
            let focus = std::mem::replace(&mut self.focus, i);
            self.edited();
            self.focus = focus;
        }
    }

    /// Chooses `pick` in record field `id` as if taken from its list.
    pub fn choose(&mut self, id: &str, pick: Pick) {
        if let Some(i) = self.index(id) {
            self.list = None;
            self.put_pick(i, pick);
        }
    }

    /// Candidates are wanted for the focused record field's text (see [`take_lookup`]).
    ///
    /// [`take_lookup`]: Form::take_lookup
    pub fn wants_lookup(&self) -> bool {
        self.lookup.is_some()
    }

    /// What to look up, once: answer it with [`offer`](Form::offer).
    pub fn take_lookup(&mut self) -> Option<LookupRequest> {
        self.lookup.take()
    }

    /// The records found for `req`: ranked and shown under the field, the best
    /// highlighted. An answer for a text the field no longer holds is dropped.
    pub fn offer(&mut self, req: &LookupRequest, items: Vec<Candidate>) {
        let Some(i) = self.index(req.field) else {
            return;
        };
        if i != self.focus || self.fields[i].raw().trim() != req.text {
            return;
        }
        self.list = Some(CandidateList {
            field: i,
            items: pick::rank(&req.text, items),
            cursor: 0,
        });
        self.revalidate(i);
    }

    /// The open candidate list: the field's index, the candidates best first, and which
    /// one is highlighted.
    pub fn candidates(&self) -> Option<(usize, &[Candidate], usize)> {
        self.list
            .as_ref()
            .map(|l| (l.field, l.items.as_slice(), l.cursor))
    }

    /// The record this form edits was saved by someone else while it was open; `current`
    /// is the same form built from the record as it is now. Fields the user left alone take
    /// the new values (so saving does not undo the other change); fields both changed to
    /// different values keep the user's input and are returned. Either way the form now
    /// starts from the current record, so saving again means "keep mine" (X6).
    pub fn rebase(&mut self, current: &Form) -> Vec<Clash> {
        let mut clashes = Vec::new();
        for i in 0..self.fields.len() {
            let Some((now, now_pick)) = current
                .fields
                .iter()
                .find(|f| f.id == self.fields[i].id)
                .map(|f| (f.initial.clone(), f.picked.clone()))
            else {
                continue;
            };
            let field = &mut self.fields[i];
            if field.initial == now {
                continue;
            }
            if !field.is_dirty() {
                field.input.set(&now);
                field.picked = now_pick;
            } else if field.raw() != now {
                clashes.push(Clash {
                    label: field.label.clone(),
                    theirs: now.clone(),
                    yours: field.raw().to_owned(),
                });
            }
            field.initial = now;
            self.revalidate(i);
        }
        clashes
    }

    /// True if any field differs from the value it started with.
    pub fn is_dirty(&self) -> bool {
        self.fields.iter().any(Field::is_dirty)
    }

    /// True if every field is valid now (files are looked for again).
    pub fn is_valid(&self) -> bool {
        (0..self.fields.len()).all(|i| self.check(i).0 == Check::Ok)
    }

    /// Shows a submit error from the service under the fields (`None` hides it). Editing
    /// any field hides it too.
    pub fn set_message(&mut self, msg: Option<String>) {
        self.message = msg;
    }

    /// The field with this id.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.id == id)
    }

    /// The trimmed text of field `id`; `None` if it is empty (or there is no such field).
    pub fn text(&self, id: &str) -> Option<&str> {
        self.field(id)
            .map(|f| f.raw().trim())
            .filter(|t| !t.is_empty())
    }

    /// The amount in field `id` (in the default currency unless another one was typed).
    pub fn money(&self, id: &str) -> Option<Money> {
        parse_money(self.text(id)?, validate::default_currency()).ok()
    }

    /// The day in field `id`, relative forms resolved against the form's `today`.
    pub fn date(&self, id: &str) -> Option<NaiveDate> {
        crate::model::date_input::parse_date(self.text(id)?, self.today).ok()
    }

    /// The day and, if one was typed, the time in field `id`.
    pub fn date_time_parts(&self, id: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
        validate::parse_date_time(self.text(id)?, self.today).ok()
    }

    /// The day and time in field `id`; midnight when no time was typed (use
    /// [`date_time_parts`](Form::date_time_parts) to tell the two apart).
    pub fn date_time(&self, id: &str) -> Option<NaiveDateTime> {
        let (day, time) = self.date_time_parts(id)?;
        Some(day.and_time(time.unwrap_or(NaiveTime::MIN)))
    }

    /// The option field `id` resolves to, spelled as in the option list.
    pub fn choice(&self, id: &str) -> Option<String> {
        let field = self.field(id)?;
        let FieldKind::Choice(options) = &field.kind else {
            return None;
        };
        validate::resolved_option(options, field.raw()).map(|i| options[i].clone())
    }

    /// The tags in field `id`, each once, in the order typed.
    pub fn tags(&self, id: &str) -> Vec<String> {
        self.text(id).map(validate::split_tags).unwrap_or_default()
    }

    /// The number in field `id`.
    pub fn number(&self, id: &str) -> Option<u64> {
        validate::parse_number(self.text(id)?)
    }

    /// The record chosen in record field `id`, by number.
    pub fn record(&self, id: &str) -> Option<u64> {
        self.picked_key(id)?.parse().ok()
    }

    /// The key of the record chosen in record field `id`: a number, or a user's login.
    pub fn picked_key(&self, id: &str) -> Option<&str> {
        let f = self.field(id)?;
        f.picked
            .as_ref()
            .filter(|p| p.label == f.raw())
            .map(|p| p.key.as_str())
    }

    /// The path in field `id` with `~` expanded (whether the file exists is checked by
    /// validation, and again by whoever opens it).
    pub fn path(&self, id: &str) -> Option<PathBuf> {
        Some(validate::expand_path(self.text(id)?))
    }

    fn submit(&mut self) -> FormOutcome {
        for i in 0..self.fields.len() {
            self.revalidate(i);
            self.fields[i].reveal = true;
        }
        match self.fields.iter().position(|f| !f.is_valid()) {
            Some(i) => {
                self.focus = i;
                FormOutcome::Continue
            }
            None => FormOutcome::Submit,
        }
    }

    fn move_focus(&mut self, forward: bool) {
        let n = self.fields.len();
        if n == 0 {
            return;
        }
        // Leaving a field is when a half-typed value counts as wrong.
        let old = &mut self.fields[self.focus.min(n - 1)];
        old.reveal = true;
        old.selected = false;
        self.list = None;
        self.lookup = None;
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
        self.select_focused();
    }

    /// The focused field's value is all selected while the user has not touched it.
    fn select_focused(&mut self) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.selected = !f.touched && !f.raw().is_empty();
        }
    }

    /// A key while the focused field's candidate list is open: Up/Down (Ctrl-P/Ctrl-N) move
    /// the highlight, Enter takes it, Tab takes it and goes on, Esc closes the list. `None`:
    /// the key is the form's as usual (typing goes on searching; Enter or Tab on an empty
    /// list closes it and does what they always do).
    fn list_key(&mut self, key: &KeyEvent, action: Option<Action>) -> Option<FormOutcome> {
        let focus = self.focus;
        let list = self.list.as_mut().filter(|l| l.field == focus)?;
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let code = key.code;
        if code == KeyCode::Esc || action == Some(Action::FormCancel) {
            self.list = None;
            self.revalidate(focus);
            return Some(FormOutcome::Continue);
        }
        let empty = list.items.is_empty();
        if !empty && (code == KeyCode::Up || ctrl && code == KeyCode::Char('p')) {
            list.up();
            return Some(FormOutcome::Continue);
        }
        if !empty && (code == KeyCode::Down || ctrl && code == KeyCode::Char('n')) {
            list.down();
            return Some(FormOutcome::Continue);
        }
        let enter = code == KeyCode::Enter || action == Some(Action::FormSubmit);
        let tab = action == Some(Action::FormNextField) || action.is_none() && code == KeyCode::Tab;
        if !(enter || tab) {
            return None;
        }
        let taken = self
            .list
            .take()
            .and_then(|l| l.items.into_iter().nth(l.cursor));
        match taken {
            Some(c) => {
                self.put_pick(focus, c.pick);
                if tab {
                    self.move_focus(true);
                }
                Some(FormOutcome::Continue)
            }
            None => {
                self.revalidate(focus);
                None
            }
        }
    }

    /// Field `i` now holds the record `pick`, shown by its label.
    fn put_pick(&mut self, i: usize, pick: Pick) {
        let field = &mut self.fields[i];
        field.input.set(&pick.label);
        field.picked = Some(pick);
        field.touched = true;
        field.selected = false;
        field.reveal = false;
        self.lookup = None;
        self.message = None;
        self.revalidate(i);
    }

    fn edit(&mut self, key: &KeyEvent) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let was_selected = std::mem::take(&mut field.selected);
        let input = &mut field.input;
        let cap = field.kind.hard_cap();
        let mods = key.modifiers;
        let ctrl = mods.contains(KeyModifiers::CONTROL);
        let alt = mods.contains(KeyModifiers::ALT);
        // AltGr (how Polish letters are typed on Windows) arrives as Ctrl+Alt.
        let plain = !ctrl && !alt || ctrl && alt;
        // On an all-selected value a printable key replaces it and a deleting key clears
        // it, as in a browser's field; other keys have only ended the selection.
        let replaces = match key.code {
            KeyCode::Char(_) if plain => true,
            KeyCode::Char(c) if ctrl => matches!(c.to_ascii_lowercase(), 'h' | 'w' | 'k' | 'u'),
            KeyCode::Backspace | KeyCode::Delete => true,
            _ => false,
        };
        if was_selected && replaces {
            let cleared = input.clear();
            let typed = match key.code {
                KeyCode::Char(c) if plain => input.insert(c, cap),
                _ => false,
            };
            if cleared || typed {
                self.edited();
            }
            return;
        }
        let changed = match key.code {
            KeyCode::Char(c) if plain => input.insert(c, cap),
            KeyCode::Char(c) if ctrl => match c.to_ascii_lowercase() {
                'a' => {
                    input.home();
                    false
                }
                'e' => {
                    input.end();
                    false
                }
                'b' => {
                    input.left();
                    false
                }
                'f' => {
                    input.right();
                    false
                }
                'u' => input.clear(),
                'w' => input.delete_word_before(),
                'h' => input.backspace(),
                'k' => input.delete_to_end(),
                'n' => return self.cycle(true),
                'p' => return self.cycle(false),
                _ => false,
            },
            KeyCode::Backspace if ctrl || alt => input.delete_word_before(),
            KeyCode::Backspace => input.backspace(),
            KeyCode::Delete => input.delete(),
            KeyCode::Left if ctrl || alt => {
                input.word_left();
                false
            }
            KeyCode::Right if ctrl || alt => {
                input.word_right();
                false
            }
            KeyCode::Left => {
                input.left();
                false
            }
            KeyCode::Right => {
                input.right();
                false
            }
            KeyCode::Home => {
                input.home();
                false
            }
            KeyCode::End => {
                input.end();
                false
            }
            KeyCode::Down if alt => return self.cycle(true),
            KeyCode::Up if alt => return self.cycle(false),
            KeyCode::Down => {
                self.move_focus(true);
                false
            }
            KeyCode::Up => {
                self.move_focus(false);
                false
            }
            _ => false,
        };
        if changed {
            self.edited();
        }
    }

    /// Fills a choice with the next (or previous) option.
    fn cycle(&mut self, forward: bool) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        let FieldKind::Choice(options) = &field.kind else {
            return;
        };
        if let Some(i) = validate::cycle_choice(options, field.raw(), forward) {
            let option = options[i].clone();
            if field.input.set(&option) {
                self.edited();
            }
        }
    }

    /// After a change to the focused field: validate it, let its half-typed state be a
    /// hint again, and drop the service's message, which was about the old input. A record
    /// field's text is a new search: the record chosen before is dropped and candidates are
    /// asked for.
    fn edited(&mut self) {
        let i = self.focus;
        let f = &mut self.fields[i];
        f.touched = true;
        f.selected = false;
        f.reveal = false;
        if let FieldKind::Record(source) = f.kind {
            f.picked = None;
            let text = f.raw().trim().to_owned();
            if text.is_empty() {
                self.list = None;
                self.lookup = None;
            } else {
                self.lookup = Some(LookupRequest {
                    field: f.id,
                    source,
                    text,
                });
            }
        }
        self.revalidate(i);
        self.message = None;
    }

    fn revalidate(&mut self, i: usize) {
        let (check, hint) = self.check(i);
        let f = &mut self.fields[i];
        f.check = check;
        f.hint = hint;
    }

    /// What field `i` holds now: a record field with text is valid once a record is chosen,
    /// and while its list is open the hint says how many were found.
    fn check(&self, i: usize) -> (Check, Option<String>) {
        let f = &self.fields[i];
        let text = f.raw().trim();
        if matches!(f.kind, FieldKind::Record(_)) && !text.is_empty() {
            if f.picked.as_ref().is_some_and(|p| p.label == f.raw()) {
                return (Check::Ok, None);
            }
            let error = crate::i18n::tr(self.lang, "picker.err.choose").to_owned();
            let hint = match self.list.as_ref().filter(|l| l.field == i) {
                Some(l) if l.items.is_empty() => trf(self.lang, "picker.err.none", &[&text]),
                Some(l) => trf(self.lang, "picker.hint.found", &[&l.items.len()]),
                None => return (Check::Pending { error }, None),
            };
            return (Check::Pending { error }, Some(hint));
        }
        validate::validate(&f.kind, f.required, f.raw(), self.today, self.lang)
    }
}

#[cfg(test)]
mod pick_tests;
#[cfg(test)]
mod tests;
