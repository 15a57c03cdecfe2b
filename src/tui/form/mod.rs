//! STUB until the form module lands.
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::action::Action;
use crate::i18n::Lang;
use crate::model::Money;

pub enum FieldKind {
    Text,
    LongText,
    Money,
    Date,
    DateTime,
    Choice(Vec<String>),
    Tags,
    Path,
    Number,
}

pub struct Field {
    pub id: &'static str,
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    value: String,
    initial: String,
}

impl Field {
    pub fn new(id: &'static str, label: impl Into<String>, kind: FieldKind) -> Field {
        Field {
            id,
            label: label.into(),
            kind,
            required: false,
            value: String::new(),
            initial: String::new(),
        }
    }
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }
    pub fn value(mut self, v: impl Into<String>) -> Field {
        self.value = v.into();
        self.initial = self.value.clone();
        self
    }
}

pub enum FormOutcome {
    Continue,
    Submit,
    Cancel,
}

pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub message: Option<String>,
    today: NaiveDate,
}

impl Form {
    pub fn new(
        title: impl Into<String>,
        fields: Vec<Field>,
        today: NaiveDate,
        _lang: Lang,
    ) -> Form {
        Form {
            title: title.into(),
            fields,
            focus: 0,
            message: None,
            today,
        }
    }
    pub fn handle(&mut self, key: &KeyEvent, action: Option<Action>) -> FormOutcome {
        match action {
            Some(Action::FormSubmit) => return FormOutcome::Submit,
            Some(Action::FormCancel) => return FormOutcome::Cancel,
            Some(Action::FormNextField) => {
                self.focus = (self.focus + 1) % self.fields.len().max(1);
                return FormOutcome::Continue;
            }
            _ => {}
        }
        if let (KeyCode::Char(c), Some(f)) = (key.code, self.fields.get_mut(self.focus)) {
            f.value.push(c);
        }
        if let (KeyCode::Backspace, Some(f)) = (key.code, self.fields.get_mut(self.focus)) {
            f.value.pop();
        }
        FormOutcome::Continue
    }
    pub fn set_footer(&mut self, _t: String) {}
    pub fn is_dirty(&self) -> bool {
        self.fields.iter().any(|f| f.value != f.initial)
    }
    pub fn is_valid(&self) -> bool {
        true
    }
    pub fn set_message(&mut self, m: Option<String>) {
        self.message = m;
    }
    fn raw(&self, id: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.value.trim())
            .filter(|v| !v.is_empty())
    }
    pub fn text(&self, id: &str) -> Option<&str> {
        self.raw(id)
    }
    pub fn money(&self, id: &str) -> Option<Money> {
        self.raw(id)
            .and_then(|v| crate::model::money::parse_money(v, "PLN").ok())
    }
    pub fn date(&self, id: &str) -> Option<NaiveDate> {
        self.raw(id)
            .and_then(|v| crate::model::date_input::parse_date(v, self.today).ok())
    }
    pub fn date_time(&self, id: &str) -> Option<NaiveDateTime> {
        self.date(id).map(|d| d.and_time(chrono::NaiveTime::MIN))
    }
    pub fn choice(&self, id: &str) -> Option<String> {
        self.raw(id).map(str::to_owned)
    }
    pub fn tags(&self, id: &str) -> Vec<String> {
        self.raw(id)
            .map(|v| {
                v.split([' ', ','])
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }
    pub fn number(&self, id: &str) -> Option<u64> {
        self.raw(id).and_then(|v| v.parse().ok())
    }
    pub fn path(&self, id: &str) -> Option<PathBuf> {
        self.raw(id).map(PathBuf::from)
    }
}

pub fn render(frame: &mut Frame, area: Rect, form: &Form, _color: bool) {
    use ratatui::widgets::{Block, Borders, Clear, Paragraph};
    let lines: Vec<String> = form
        .fields
        .iter()
        .map(|f| format!("{}: {}", f.label, f.value))
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines.join("\n")).block(
            Block::default()
                .borders(Borders::ALL)
                .title(form.title.clone()),
        ),
        area,
    );
}
