//! The message templates screen (D12): every e-mail and SMS template in a list, the one
//! under the cursor in full beside it. `T` (or `:templates`) opens it to add, edit and
//! remove templates; `M` on a deal opens it to pick the template to send. It is a list like
//! the views: the normal keys move in it, `n`, `e` and `X` act on it, Esc closes it.
//!
//! A form field is one line, so a template's text shows its line breaks as `\n` there
//! (`escape_body`) and `\n` typed there is a line break (`unescape_body`); a long text is
//! easier in `$EDITOR` with `lejek template edit NAME`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::env::Env;
use super::event::{Event, Events, Pending};
use super::pane::{Ctx, Input, Pane};
use super::popup::popup;
use crate::comms::sms;
use crate::comms::{kind_label, segments_text};
use crate::i18n::{Lang, tr, trf};
use crate::model::{MessageKind, MessageTemplate};
use crate::render::safe;
use crate::service::Result;

/// The templates screen's state.
#[derive(Clone, Debug)]
pub struct TemplatesPane {
    /// Every template, by name (the service's order).
    pub rows: Vec<MessageTemplate>,
    pub cursor: usize,
    /// Opened from this deal (id, title): Enter picks the template to send it.
    pub send_to: Option<(u64, String)>,
}

impl TemplatesPane {
    pub fn new(rows: Vec<MessageTemplate>, send_to: Option<(u64, String)>) -> TemplatesPane {
        TemplatesPane {
            rows,
            cursor: 0,
            send_to,
        }
    }

    pub fn current(&self) -> Option<&MessageTemplate> {
        self.rows.get(self.cursor)
    }

    /// New rows (after a change), the cursor staying on the same template when it is still
    /// there.
    pub fn set_rows(&mut self, rows: Vec<MessageTemplate>) {
        let keep = self.current().map(|t| t.id);
        self.rows = rows;
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
        if let Some(id) = keep {
            self.focus(id);
        }
    }

    /// Put the cursor on the template with this id, if there is one.
    pub fn focus(&mut self, id: u64) {
        if let Some(i) = self.rows.iter().position(|t| t.id == id) {
            self.cursor = i;
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let max = self.rows.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(max);
    }
}

/// The template with this id (forms keep the id: a name may change under them).
pub fn by_id(env: &impl Env, id: u64) -> Result<MessageTemplate> {
    env.svc()
        .templates()?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or_else(|| crate::service::invalid("err.no_template", &[&format!("#{id}")]))
}

/// A text as a one-line form field shows it: a line break is `\n`, a tab `\t`, a carriage
/// return `\r`, and a backslash `\\` (so that `unescape_body` gives back exactly the text).
pub fn escape_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// The text typed into a one-line field: `\n` a line break, `\t` a tab, `\r` a carriage
/// return, `\\` a backslash; any other backslash stays as typed.
pub fn unescape_body(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            _ => {
                out.push('\\');
                continue;
            }
        }
        chars.next();
    }
    out
}

/// A template in full as label and text lines: kind, subject, attachments, an SMS's length.
/// The text itself follows them on screen.
pub fn detail_lines(t: &MessageTemplate, lang: Lang) -> Vec<(String, String)> {
    let mut rows = vec![(
        tr(lang, "col.kind").to_owned(),
        kind_label(t.kind, lang).to_owned(),
    )];
    if let Some(s) = &t.subject {
        rows.push((tr(lang, "col.subject").to_owned(), s.clone()));
    }
    for (i, f) in t.attachments.iter().enumerate() {
        let label = if i == 0 {
            tr(lang, "col.files").to_owned()
        } else {
            String::new()
        };
        rows.push((label, format!("{} ({} B)", f.name, f.size)));
    }
    if t.kind == MessageKind::Sms {
        rows.push((
            tr(lang, "col.length").to_owned(),
            segments_text(&sms::segments(&t.body), lang),
        ));
    }
    rows
}

/// Label and text lines, then a blank line and a text with its line breaks kept, ready to
/// draw (every piece from the database passed through `safe`).
pub fn message_text<'a>(
    rows: &[(String, String)],
    body: &str,
    label_style: Style,
) -> Vec<Line<'a>> {
    let label_w = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0)
        .min(16);
    let mut out: Vec<Line> = rows
        .iter()
        .map(|(label, text)| {
            Line::from(vec![
                Span::styled(format!("{:<label_w$} ", safe(label)), label_style),
                Span::raw(safe(text).replace('\n', " ")),
            ])
        })
        .collect();
    out.push(Line::raw(""));
    out.extend(body.split('\n').map(|l| Line::raw(safe(l))));
    out
}

impl Pane for TemplatesPane {
    /// The templates screen is a list: the normal keys move in it and act on it.
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    /// Moving, Enter (send the template, or edit it), new, edit, remove; Esc closes. The
    /// views' own actions wait until the screen is closed.
    fn handle(&mut self, input: Input<'_>, ctx: &Ctx<'_>, events: &mut Events) -> bool {
        use Action::*;
        let Some(a) = input.action() else {
            return false;
        };
        let page = ctx.page.max(1) as isize;
        let current = self.current().cloned();
        let send_to = self.send_to.as_ref().map(|(id, _)| *id);
        match a {
            Up => self.move_by(-1),
            Down => self.move_by(1),
            PageUp => self.move_by(-page),
            PageDown => self.move_by(page),
            Top => self.cursor = 0,
            Bottom => self.move_by(isize::MAX),
            Back | Quit | Templates => events.push(Event::Close),
            Help => events.push(Event::OpenHelp),
            New => events.push(Event::NewTemplate),
            Open if send_to.is_some() => {
                if let (Some(deal), Some(t)) = (send_to, current) {
                    events.push(Event::PreviewSend {
                        deal,
                        template: Box::new(t),
                    });
                }
            }
            Open | Edit => {
                if let Some(t) = current {
                    events.push(Event::EditTemplate(t.id));
                }
            }
            Remove => {
                if let Some(t) = current {
                    events.push(Event::Ask {
                        question: trf(ctx.lang, "tui.tpl.confirm_remove", &[&t.name]),
                        pending: Pending::RemoveTemplate(t.id),
                    });
                }
            }
            _ => return false,
        }
        true
    }

    /// The screen as a popup over the views: the list on the left, the template on the
    /// right, the keys at the bottom.
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let t = ctx.theme;
        let lang = ctx.lang;
        let key = |a| ctx.key(Mode::Normal, a);
        let r = popup(frame, area, 120);
        let title = match &self.send_to {
            Some((id, deal)) => trf(lang, "tui.tpl.pick_title", &[id, &safe(deal)]),
            None => tr(lang, "tui.tpl.title").to_owned(),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {title} "), t.header()));
        let inner = block.inner(r);
        frame.render_widget(block, r);
        if inner.height < 3 || inner.width < 20 {
            return;
        }
        let rows = Layout::default()
            .direction(Direction::Vertical)
            .constraints([Constraint::Fill(1), Constraint::Length(1)])
            .split(inner);
        let footer = if self.send_to.is_some() {
            trf(
                lang,
                "tui.tpl.keys_pick",
                &[
                    &key(Action::Open),
                    &key(Action::New),
                    &key(Action::Edit),
                    &key(Action::Remove),
                    &key(Action::Back),
                ],
            )
        } else {
            trf(
                lang,
                "tui.tpl.keys",
                &[
                    &key(Action::New),
                    &key(Action::Edit),
                    &key(Action::Remove),
                    &key(Action::Back),
                    &key(Action::Open),
                ],
            )
        };
        frame.render_widget(Paragraph::new(footer).style(t.dim()), rows[1]);
        if self.rows.is_empty() {
            let empty = trf(lang, "tui.tpl.none", &[&key(Action::New)]);
            frame.render_widget(
                Paragraph::new(empty)
                    .style(t.dim())
                    .wrap(Wrap { trim: true }),
                rows[0],
            );
            return;
        }
        let list_w = (rows[0].width * 2 / 5).clamp(18, 40);
        let cols = Layout::default()
            .direction(Direction::Horizontal)
            .constraints([Constraint::Length(list_w), Constraint::Fill(1)])
            .split(rows[0]);
        self.draw_list(frame, cols[0], ctx);
        if let Some(tpl) = self.current() {
            let block = Block::default()
                .borders(Borders::LEFT)
                .title(format!(" {} ", safe(&tpl.name)));
            let inner = block.inner(cols[1]);
            frame.render_widget(block, cols[1]);
            let text = message_text(&detail_lines(tpl, lang), &tpl.body, t.dim());
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
        }
    }
}

impl TemplatesPane {
    fn draw_list(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let height = usize::from(area.height);
        let offset = (self.cursor + 1).saturating_sub(height);
        let kind_w = 7;
        let name_w = usize::from(area.width).saturating_sub(kind_w + 2);
        let lines: Vec<Line> = self
            .rows
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .map(|(i, tpl)| {
                let name: String = safe(&tpl.name).chars().take(name_w).collect();
                let text = format!(
                    "{name:<name_w$} {:<kind_w$}",
                    kind_label(tpl.kind, ctx.lang)
                );
                let style = if i == self.cursor {
                    ctx.theme.cursor()
                } else {
                    Style::default()
                };
                Line::styled(text, style)
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_survives_the_one_line_field() {
        for body in [
            "Dzień dobry,\n\nw załączniku oferta.\n-- \nAnna",
            "C:\\oferty\\n.pdf\ttab\r\n",
            "",
            "\\",
            "{{contact.first_name}}",
        ] {
            let line = escape_body(body);
            assert!(!line.contains('\n') && !line.contains('\t'), "{line}");
            assert_eq!(unescape_body(&line), body);
        }
        assert_eq!(escape_body("a\nb"), "a\\nb");
    }

    #[test]
    fn typed_escapes_become_line_breaks_and_others_stay() {
        assert_eq!(unescape_body("Witam,\\n\\nAnna"), "Witam,\n\nAnna");
        assert_eq!(unescape_body("50\\% \\x"), "50\\% \\x");
        assert_eq!(unescape_body("end\\"), "end\\");
    }

    fn tpl(id: u64, name: &str) -> MessageTemplate {
        MessageTemplate {
            id,
            name: name.into(),
            kind: MessageKind::Sms,
            subject: None,
            body: "x".into(),
            attachments: Vec::new(),
            created: chrono::Utc::now(),
            created_by: "anna".into(),
        }
    }

    #[test]
    fn the_screen_asks_for_forms_questions_and_the_preview_through_events() {
        use crate::pane::TestCtx;
        let t = TestCtx::new();
        let mut p = TemplatesPane::new(vec![tpl(1, "oferta"), tpl(2, "przypomnienie")], None);
        assert_eq!(t.act(&mut p, Action::Down), (true, vec![]));
        assert_eq!(p.cursor, 1);
        assert_eq!(
            t.act(&mut p, Action::Open),
            (true, vec!["EditTemplate(2)".into()])
        );
        assert_eq!(
            t.act(&mut p, Action::New),
            (true, vec!["NewTemplate".into()])
        );
        let (used, asked) = t.act(&mut p, Action::Remove);
        assert!(used);
        assert_eq!(asked.len(), 1);
        assert!(
            asked[0].contains("przypomnienie") && asked[0].contains("RemoveTemplate(2)"),
            "{asked:?}"
        );
        assert_eq!(t.act(&mut p, Action::Back), (true, vec!["Close".into()]));
        assert_eq!(t.act(&mut p, Action::SendMessage), (false, vec![]));
        // As the picker of a deal's template, Enter previews the message instead.
        let mut picker = TemplatesPane::new(vec![tpl(1, "oferta")], Some((7, "Ulotki".into())));
        let (_, asked) = t.act(&mut picker, Action::Open);
        assert!(
            asked.len() == 1 && asked[0].starts_with("PreviewSend { deal: 7,"),
            "{asked:?}"
        );
    }

    #[test]
    fn the_cursor_stays_on_its_template_when_rows_change() {
        let t = |id: u64, name: &str| MessageTemplate {
            id,
            name: name.into(),
            kind: MessageKind::Sms,
            subject: None,
            body: "x".into(),
            attachments: Vec::new(),
            created: chrono::Utc::now(),
            created_by: "anna".into(),
        };
        let mut p = TemplatesPane::new(vec![t(1, "a"), t(2, "b"), t(3, "c")], None);
        p.move_by(1);
        assert_eq!(p.current().map(|t| t.id), Some(2));
        p.set_rows(vec![t(4, "0"), t(1, "a"), t(2, "b")]);
        assert_eq!(p.current().map(|t| t.id), Some(2));
        p.set_rows(vec![t(1, "a")]);
        assert_eq!(p.cursor, 0);
        p.move_by(5);
        assert_eq!(p.cursor, 0);
        p.set_rows(Vec::new());
        assert!(p.current().is_none());
    }
}
