//! Drawing a form: a centred popup with one row per field (label, value, then the hint or
//! error beside it when it fits, else below), the focused record field's candidates under
//! it, the service's message and the footer.
//! Rendering only reads the form: sideways and vertical scrolling are worked out from the
//! focus and the cursor each time.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

use super::display::{sanitize, truncate, width, window, wrap};
use super::{Field, Form};

/// The popup never grows wider than this, so lines stay readable on wide terminals.
const MAX_WIDTH: u16 = 96;
/// Labels get at most this many columns (longer ones end in `…`).
const MAX_LABEL: usize = 24;
/// The focused field's hint or error may take this many rows below it; others take one.
const FOCUSED_NOTE_ROWS: usize = 3;
/// The service's message may take this many rows.
const MESSAGE_ROWS: usize = 3;
/// Between the value and a hint on the same row.
const NOTE_GAP: usize = 2;
/// Candidates shown at once under a record field (the list scrolls with the highlight).
const LIST_ROWS: usize = 5;

/// The styles in use: with colour, errors are red; without (`NO_COLOR`), nothing sets a
/// colour and errors are bold with a leading `!`, so they stand out on any terminal.
struct Theme {
    color: bool,
}

impl Theme {
    fn error(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// The error text as drawn: under `NO_COLOR` it is marked with `!`.
    fn error_text(&self, text: &str) -> String {
        if self.color {
            text.to_owned()
        } else {
            format!("! {text}")
        }
    }

    fn hint(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    fn focused_label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    }

    fn marker(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// An all-selected value and the highlighted candidate: reverse video, which works
    /// without colour.
    fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// A hint or an error, as drawn.
struct Note {
    text: String,
    style: Style,
}

/// One row inside the popup.
enum Row {
    /// The field's label and value, with its note when it fits beside the value.
    Field { index: usize, beside: Option<Note> },
    /// A line of the note of field `index`, below its value.
    Below { index: usize, note: Note },
    /// Candidate `item` of the list under record field `index`.
    Candidate { index: usize, item: usize },
    /// How many candidates are below the shown ones.
    More { index: usize, count: usize },
}

impl Row {
    fn index(&self) -> usize {
        match self {
            Row::Field { index, .. }
            | Row::Below { index, .. }
            | Row::Candidate { index, .. }
            | Row::More { index, .. } => *index,
        }
    }
}

/// The columns of a row: a focus marker, the label, a gap (where a "scrolled" mark goes),
/// the value.
struct Columns {
    label: usize,
    value: usize,
}

impl Columns {
    fn label_x(&self) -> usize {
        1
    }

    fn value_x(&self) -> usize {
        self.label + 2
    }
}

/// Draws `form` centred in `area` (the whole screen). `color` is false under `NO_COLOR`.
pub fn render(frame: &mut Frame, area: Rect, form: &Form, color: bool) {
    if area.width < 4 || area.height < 3 {
        return;
    }
    let theme = Theme { color };
    let popup_w = if area.width >= 24 {
        (area.width - 2).min(MAX_WIDTH)
    } else {
        area.width
    };
    let inner_w = usize::from(popup_w - 2);
    let cols = columns(form, inner_w);
    let mut rows = field_rows(form, &cols, &theme, false);

    let message: Vec<Note> = form
        .message
        .as_deref()
        .map(|m| {
            let text = theme.error_text(&sanitize(m));
            wrap(&text, inner_w.saturating_sub(1), MESSAGE_ROWS)
        })
        .unwrap_or_default()
        .into_iter()
        .map(|text| Note {
            text,
            style: theme.error(),
        })
        .collect();

    // Height: fields, a blank line, the message, the footer; as much as fits. When the
    // fields do not fit, other fields' notes go first (their `!` mark stays), so that
    // scrolling starts as late as possible.
    let chrome = 1 + message.len() + 1 + 2;
    if rows.len() + chrome > usize::from(area.height) {
        rows = field_rows(form, &cols, &theme, true);
    }
    let wanted = rows.len() + chrome - 2;
    let popup_h = u16::try_from(wanted + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let inner_h = usize::from(popup_h - 2);
    let footer_h = usize::from(inner_h >= 2);
    let message_h = message.len().min(inner_h.saturating_sub(footer_h + 1));
    let gap_h = usize::from(inner_h > footer_h + message_h + rows.len());
    let window_h = inner_h - footer_h - message_h - gap_h;

    let popup = Rect {
        x: area.x + (area.width - popup_w) / 2,
        y: area.y + (area.height - popup_h) / 2,
        width: popup_w,
        height: popup_h,
    };
    frame.render_widget(Clear, popup);
    let title = Line::styled(format!(" {} ", sanitize(&form.title)), theme.title());
    let block = Block::bordered().title(title);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);

    // Scroll the fields so the focused one (with its notes) is in view.
    let focus_rows: Vec<usize> = (0..rows.len())
        .filter(|&r| rows[r].index() == form.focus)
        .collect();
    let (first, last) = match (focus_rows.first(), focus_rows.last()) {
        (Some(&f), Some(&l)) => (f, l + 1),
        _ => (0, 0),
    };
    let offset = last.saturating_sub(window_h).min(first);

    let buf = frame.buffer_mut();
    let mut cursor = None;
    for (y, row) in rows.iter().skip(offset).take(window_h).enumerate() {
        let y = inner.y + to_u16(y);
        if let Some(pos) = draw_row(buf, inner, y, row, form, &cols, &theme) {
            cursor = Some(pos);
        }
    }
    let marks_x = popup.x + popup.width.saturating_sub(3);
    if offset > 0 {
        buf.set_string(marks_x, popup.y, "▲", Style::new());
    }
    if offset + window_h < rows.len() {
        buf.set_string(marks_x, popup.y + popup.height - 1, "▼", Style::new());
    }
    let mut y = inner.y + to_u16(window_h + gap_h);
    for note in message.iter().take(message_h) {
        put(buf, inner, 1, y, &note.text, inner_w - 1, note.style);
        y += 1;
    }
    if footer_h == 1 {
        let footer = truncate(&sanitize(form.footer()), inner_w - 1);
        put(buf, inner, 1, y, &footer, inner_w - 1, theme.hint());
    }
    if let Some(pos) = cursor {
        frame.set_cursor_position(pos);
    }
}

/// Label and value widths for this form in `inner_w` columns.
fn columns(form: &Form, inner_w: usize) -> Columns {
    let longest = form
        .fields
        .iter()
        .map(|f| width(&label_text(&f.label, f.required)))
        .max()
        .unwrap_or(0);
    let label = longest.min(MAX_LABEL).min(inner_w / 3).max(1);
    Columns {
        label,
        value: inner_w.saturating_sub(label + 2),
    }
}

/// The label as drawn: required fields are marked with `*`.
fn label_text(label: &str, required: bool) -> String {
    let label = sanitize(label);
    if required { format!("{label}*") } else { label }
}

/// The rows of every field: its own row, then its note below when it does not fit beside
/// (when `compact`, only the focused field's note goes below).
fn field_rows(form: &Form, cols: &Columns, theme: &Theme, compact: bool) -> Vec<Row> {
    let mut rows = Vec::new();
    for (index, field) in form.fields.iter().enumerate() {
        let focused = index == form.focus;
        let note = if let Some(e) = field.error() {
            Some(Note {
                text: theme.error_text(&sanitize(e)),
                style: theme.error(),
            })
        } else {
            // What an empty field takes is only worth saying where the user is typing.
            field
                .hint()
                .filter(|_| focused || !field.raw().trim().is_empty())
                .map(|h| Note {
                    text: sanitize(h),
                    style: theme.hint(),
                })
        };
        let used = value_used(field, focused, cols);
        match note {
            Some(note) if used + note_gap(used, focused) + width(&note.text) <= cols.value => {
                rows.push(Row::Field {
                    index,
                    beside: Some(note),
                });
            }
            Some(note) => {
                rows.push(Row::Field {
                    index,
                    beside: None,
                });
                if compact && !focused {
                    continue;
                }
                let lines = if focused {
                    wrap(&note.text, cols.value, FOCUSED_NOTE_ROWS)
                } else {
                    vec![truncate(&note.text, cols.value)]
                };
                for text in lines {
                    rows.push(Row::Below {
                        index,
                        note: Note {
                            text,
                            style: note.style,
                        },
                    });
                }
            }
            None => rows.push(Row::Field {
                index,
                beside: None,
            }),
        }
        if focused {
            candidate_rows(form, index, &mut rows);
        }
    }
    rows
}

/// The shown window of the candidate list under field `index`, if it is open there: at
/// most [`LIST_ROWS`], scrolled so the highlight is in it, then how many are left below.
fn candidate_rows(form: &Form, index: usize, rows: &mut Vec<Row>) {
    let Some((field, items, cursor)) = form.candidates() else {
        return;
    };
    if field != index || items.is_empty() {
        return;
    }
    let start = (cursor + 1).saturating_sub(LIST_ROWS);
    let end = (start + LIST_ROWS).min(items.len());
    rows.extend((start..end).map(|item| Row::Candidate { index, item }));
    if end < items.len() {
        rows.push(Row::More {
            index,
            count: items.len() - end,
        });
    }
}

/// Columns the value takes on its row (the whole column when it is cut).
fn value_used(field: &Field, focused: bool, cols: &Columns) -> usize {
    if focused {
        let w = window(field.raw(), field.cursor(), cols.value);
        if w.more_right {
            cols.value
        } else {
            width(&w.text)
        }
    } else {
        width(&sanitize(field.raw())).min(cols.value)
    }
}

/// Space between the value and a note beside it: an empty field's note takes the value's
/// place, unless the cursor is there.
fn note_gap(used: usize, focused: bool) -> usize {
    if used == 0 && !focused { 0 } else { NOTE_GAP }
}

/// Draws one row at line `y` of `inner`; returns where the cursor goes if this is the
/// focused field's own row.
fn draw_row(
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    row: &Row,
    form: &Form,
    cols: &Columns,
    theme: &Theme,
) -> Option<Position> {
    let (index, beside) = match row {
        Row::Below { note, .. } => {
            put(
                buf,
                inner,
                cols.value_x(),
                y,
                &note.text,
                cols.value,
                note.style,
            );
            return None;
        }
        Row::Candidate { item, .. } => {
            draw_candidate(buf, inner, y, form, *item, cols, theme);
            return None;
        }
        Row::More { count, .. } => {
            let text = crate::i18n::trf(form.lang(), "picker.more", &[count]);
            put(
                buf,
                inner,
                cols.value_x(),
                y,
                &text,
                cols.value,
                theme.hint(),
            );
            return None;
        }
        Row::Field { index, beside } => (*index, beside),
    };
    let field = &form.fields[index];
    let focused = index == form.focus;
    let label = truncate(&label_text(&field.label, field.required), cols.label);
    let label = format!(
        "{label}{}",
        " ".repeat(cols.label.saturating_sub(width(&label)))
    );
    // The mark column: where the focus is, and which fields are wrong even when their
    // error had to make room.
    let label_style = if focused {
        put(buf, inner, 0, y, ">", 1, theme.marker());
        theme.focused_label()
    } else {
        if field.error().is_some() {
            put(buf, inner, 0, y, "!", 1, theme.error());
        }
        Style::new()
    };
    put(
        buf,
        inner,
        cols.label_x(),
        y,
        &label,
        cols.label,
        label_style,
    );

    let mut cursor = None;
    let x = cols.value_x();
    if focused {
        let w = window(field.raw(), field.cursor(), cols.value);
        if w.more_left {
            put(buf, inner, x - 1, y, "…", 1, theme.hint());
        }
        let style = if field.is_selected() {
            theme.selected()
        } else {
            Style::new()
        };
        put(buf, inner, x, y, &w.text, cols.value, style);
        if w.more_right {
            put(buf, inner, x + cols.value - 1, y, "…", 1, theme.hint());
        }
        if cols.value > 0 {
            cursor = Some(Position::new(inner.x + to_u16(x + w.cursor_x), y));
        }
    } else {
        let value = truncate(&sanitize(field.raw()), cols.value);
        put(buf, inner, x, y, &value, cols.value, Style::new());
    }
    if let Some(note) = beside {
        let used = value_used(field, focused, cols);
        let skip = used + note_gap(used, focused);
        let room = cols.value.saturating_sub(skip);
        put(buf, inner, x + skip, y, &note.text, room, note.style);
    }
    cursor
}

/// One candidate's row: its label, then what more is known of it, dimmed; the highlighted
/// one in reverse video across the value column, with a `›` before it.
fn draw_candidate(
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    form: &Form,
    item: usize,
    cols: &Columns,
    theme: &Theme,
) {
    let Some((_, items, cursor)) = form.candidates() else {
        return;
    };
    let Some(c) = items.get(item) else {
        return;
    };
    let x = cols.value_x();
    let label = truncate(&sanitize(&c.pick.label), cols.value);
    let used = width(&label);
    if item == cursor {
        put(buf, inner, x - 1, y, "›", 1, theme.marker());
        let blank = " ".repeat(cols.value);
        put(buf, inner, x, y, &blank, cols.value, theme.selected());
        put(buf, inner, x, y, &label, cols.value, theme.selected());
    } else {
        put(buf, inner, x, y, &label, cols.value, Style::new());
    }
    let detail = sanitize(&c.detail);
    let room = cols.value.saturating_sub(used + NOTE_GAP);
    if !detail.is_empty() && room > 1 {
        let style = if item == cursor {
            theme.selected()
        } else {
            theme.hint()
        };
        let text = truncate(&detail, room);
        put(buf, inner, x + used + NOTE_GAP, y, &text, room, style);
    }
}

/// Writes `text` (already sanitised) at column `x` of `inner`, at most `max` columns and
/// never past the popup's inside.
fn put(buf: &mut Buffer, inner: Rect, x: usize, y: u16, text: &str, max: usize, style: Style) {
    let room = usize::from(inner.width).saturating_sub(x);
    if room == 0 || y >= inner.bottom() {
        return;
    }
    buf.set_stringn(inner.x + to_u16(x), y, text, max.min(room), style);
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use ratatui::Terminal;
    use ratatui::backend::{Backend, TestBackend};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::action::Action;
    use crate::form::{Field, FieldKind};
    use crate::i18n::Lang;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date")
    }

    fn options(list: &[&str]) -> FieldKind {
        FieldKind::Choice(list.iter().map(|s| s.to_string()).collect())
    }

    /// A deal being created: eleven fields of every kind but a file, the value mistyped.
    fn deal_form(lang: Lang) -> Form {
        let pl = lang == Lang::Pl;
        let t = |p: &'static str, e: &'static str| if pl { p } else { e };
        let fields = vec![
            Field::new("title", t("Tytuł", "Title"), FieldKind::Text)
                .required()
                .value(t(
                    "Wdrożenie CRM w oddziale Łódź",
                    "CRM roll-out at the Łódź branch",
                )),
            Field::new(
                "contact",
                t("Kontakt", "Contact"),
                options(&["Hurtownia Żak", "Łódzkie Młyny S.A.", "Ślęża Sp. z o.o."]),
            )
            .required()
            .value("lodz"),
            Field::new("value", t("Wartość", "Value"), FieldKind::Money),
            Field::new(
                "stage",
                t("Etap", "Stage"),
                options(&["nowy", "negocjacje", "wygrany", "przegrany"]),
            )
            .required()
            .value("neg"),
            Field::new(
                "source",
                t("Źródło interesu", "Deal source"),
                options(&["polecenie", "strona www", "targi", "telefon"]),
            ),
            Field::new(
                "owner",
                t("Opiekun", "Owner"),
                options(&["anna.nowak", "bartosz.wiśniewski", "celina.żak"]),
            )
            .value("anna.nowak"),
            Field::new(
                "next",
                t("Następna aktywność", "Next activity"),
                FieldKind::Date,
            )
            .value("+3d"),
            Field::new("meeting", t("Spotkanie", "Meeting"), FieldKind::DateTime)
                .value(t("jutro 10:30", "tomorrow 10:30")),
            Field::new(
                "campaign",
                t("Kampania (nr)", "Campaign (no.)"),
                FieldKind::Number,
            )
            .value("17"),
            Field::new("tags", t("Tagi", "Tags"), FieldKind::Tags).value("vip, hurt"),
            Field::new("description", t("Opis", "Description"), FieldKind::LongText).value(t(
                "Klient chce zintegrować CRM z magazynem; decyzja zarządu po Nowym Roku, \
                 budżet do potwierdzenia z księgowością.",
                "The customer wants the CRM linked to the warehouse; the board decides after \
                 New Year, budget to be confirmed with accounting.",
            )),
        ];
        let mut form = Form::new(t("Nowy interes", "New deal"), fields, today(), lang);
        form.handle(
            &KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
            Some(Action::FormNextField),
        );
        form.handle(
            &KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
            Some(Action::FormNextField),
        );
        for c in "12,3,4".chars() {
            form.handle(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), None);
        }
        form
    }

    fn draw(form: &Form, w: u16, h: u16, color: bool) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        terminal
            .draw(|f| render(f, f.area(), form, color))
            .expect("draw");
        terminal
    }

    /// The screen as text, one line per row, then where the cursor is.
    fn screen(terminal: &mut Terminal<TestBackend>) -> String {
        let buf = terminal.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..buf.area.height {
            let mut skip = 0;
            for x in 0..buf.area.width {
                let symbol = buf[(x, y)].symbol();
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                skip = width(symbol).saturating_sub(1);
                out.push_str(symbol);
            }
            out.push('\n');
        }
        let cursor = terminal
            .backend_mut()
            .get_cursor_position()
            .expect("cursor");
        out.push_str(&format!("cursor: {}, {}\n", cursor.x, cursor.y));
        out
    }

    fn snapshot(name: &str, text: &str) {
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, text);
        });
    }

    /// Where `needle` starts on screen.
    fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
        for y in 0..buf.area.height {
            let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            let first = needle.chars().next()?.to_string();
            for x in 0..row.len() {
                if row[x] == first
                    && needle
                        .chars()
                        .enumerate()
                        .all(|(i, c)| row.get(x + i).is_some_and(|s| *s == c.to_string()))
                {
                    return Some((to_u16(x), y));
                }
            }
        }
        None
    }

    #[test]
    fn deal_form_in_polish() {
        let mut t = draw(&deal_form(Lang::Pl), 80, 24, true);
        snapshot("deal_form_pl", &screen(&mut t));
    }

    #[test]
    fn deal_form_in_english() {
        let mut t = draw(&deal_form(Lang::En), 80, 24, true);
        snapshot("deal_form_en", &screen(&mut t));
    }

    #[test]
    fn deal_form_without_colour() {
        let mut t = draw(&deal_form(Lang::Pl), 80, 24, false);
        snapshot("deal_form_pl_no_color", &screen(&mut t));
    }

    #[test]
    fn errors_are_red_with_colour_and_bold_with_a_mark_without() {
        let t = draw(&deal_form(Lang::Pl), 80, 24, true);
        let buf = t.backend().buffer();
        let (x, y) = find(buf, "to nie jest kwota").expect("error shown");
        assert_eq!(buf[(x, y)].fg, Color::Red);

        let t = draw(&deal_form(Lang::Pl), 80, 24, false);
        let buf = t.backend().buffer();
        let (x, y) = find(buf, "! to nie jest kwota").expect("error marked with !");
        assert!(buf[(x + 2, y)].modifier.contains(Modifier::BOLD));
        for cell in buf.content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "a colour under NO_COLOR"
            );
        }
        // The focused label stands out without colour too.
        let (x, y) = find(buf, "Wartość").expect("label");
        assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
        assert_eq!(buf[(x - 1, y)].symbol(), ">");
    }

    #[test]
    fn twelve_fields_fit_in_80x24() {
        let fields = (0..12)
            .map(|i| {
                let label = format!("Pole numer {i}");
                Field::new("f", label, FieldKind::Date).value("2026-02-30")
            })
            .collect();
        let form = Form::new("Dwanaście", fields, today(), Lang::Pl);
        let t = draw(&form, 80, 24, false);
        let buf = t.backend().buffer();
        for i in 0..12 {
            assert!(
                find(buf, &format!("Pole numer {i}")).is_some(),
                "field {i} hidden"
            );
        }
        assert!(find(buf, "Enter: zapisz").is_some());
        assert!(find(buf, "▼").is_none() && find(buf, "▲").is_none());
    }

    #[test]
    fn a_small_terminal_scrolls_to_the_focus() {
        let fields = (0..12)
            .map(|i| Field::new("f", format!("Pole {i:02}"), FieldKind::Text).value("Łódź"))
            .collect();
        let mut form = Form::new("Mało miejsca", fields, today(), Lang::Pl);
        form.focus = 11;
        let mut t = draw(&form, 40, 10, true);
        let buf = t.backend().buffer().clone();
        let (_, y) = find(&buf, "Pole 11").expect("focused field visible");
        assert!(find(&buf, "Pole 00").is_none());
        assert!(find(&buf, "▲").is_some());
        let cursor = t.backend_mut().get_cursor_position().expect("cursor");
        assert_eq!(cursor.y, y);
        assert!(cursor.x < 40);

        form.focus = 0;
        let t = draw(&form, 40, 10, true);
        let buf = t.backend().buffer();
        assert!(find(buf, "Pole 00").is_some());
        assert!(find(buf, "▼").is_some());
    }

    #[test]
    fn when_rows_are_short_other_fields_keep_only_their_error_mark() {
        let fields = (0..8)
            .map(|i| Field::new("f", format!("Pole {i}"), FieldKind::Money).value("12,3,4"))
            .collect();
        let mut form = Form::new("Błędy", fields, today(), Lang::Pl);
        form.focus = 3;
        let t = draw(&form, 60, 14, false);
        let buf = t.backend().buffer();
        for i in 0..8 {
            let (x, y) = find(buf, &format!("Pole {i}")).expect("every field still shown");
            let mark = if i == 3 { ">" } else { "!" };
            assert_eq!(buf[(x - 1, y)].symbol(), mark, "field {i}");
        }
        assert!(
            find(buf, "! to nie jest kwota").is_some(),
            "the focused error is shown"
        );
    }

    #[test]
    fn tiny_terminals_do_not_panic() {
        let form = deal_form(Lang::Pl);
        for (w, h) in [
            (0, 0),
            (1, 1),
            (3, 3),
            (4, 3),
            (10, 4),
            (23, 5),
            (30, 6),
            (200, 60),
        ] {
            let mut t = draw(&form, w, h, false);
            let _ = screen(&mut t);
        }
    }

    #[test]
    fn control_characters_never_reach_the_screen() {
        let form = Form::new(
            "Kontakt \x1b]52;c;AAAA\x07",
            vec![
                Field::new("name", "Nazwa\x1b[2J", FieldKind::Text)
                    .value("Zła \x1b]52;c;QUFB\x07 firma"),
                Field::new("note", "Notatka", FieldKind::LongText)
                    .value("linia 1\nlinia 2\u{202e}"),
            ],
            today(),
            Lang::Pl,
        );
        for focus in 0..2 {
            let mut form = form.clone();
            form.focus = focus;
            let t = draw(&form, 80, 24, true);
            let buf = t.backend().buffer();
            for cell in buf.content() {
                assert!(
                    !cell.symbol().chars().any(super::super::display::is_unsafe),
                    "raw control {:?}",
                    cell.symbol()
                );
            }
            assert!(find(buf, "Zła \u{FFFD}]52;c;QUFB\u{FFFD} firma").is_some());
            assert!(find(buf, "linia 1\u{FFFD}linia 2\u{FFFD}").is_some());
        }
    }

    #[test]
    fn long_text_scrolls_sideways_with_the_cursor() {
        let text: String = (0..40).map(|i| format!("słowo{i} ")).collect();
        let mut form = Form::new(
            "Notatka",
            vec![Field::new("note", "Notatka", FieldKind::LongText).value(text.trim_end())],
            today(),
            Lang::Pl,
        );
        let mut t = draw(&form, 80, 24, true);
        let buf = t.backend().buffer().clone();
        assert!(
            find(&buf, "słowo39").is_some(),
            "the end is shown where the cursor is"
        );
        assert!(find(&buf, "słowo0 ").is_none());
        let cursor = t.backend_mut().get_cursor_position().expect("cursor");
        let (x, y) = find(&buf, "słowo39").expect("shown");
        assert_eq!((cursor.x, cursor.y), (x + 7, y));

        form.handle(&KeyEvent::new(KeyCode::Home, KeyModifiers::NONE), None);
        let mut t = draw(&form, 80, 24, true);
        let buf = t.backend().buffer().clone();
        let (x, y) = find(&buf, "słowo0 ").expect("start shown");
        let cursor = t.backend_mut().get_cursor_position().expect("cursor");
        assert_eq!((cursor.x, cursor.y), (x, y));
        assert!(find(&buf, "słowo39").is_none());
    }

    #[test]
    fn the_service_message_and_footer_are_under_the_fields() {
        let mut form = deal_form(Lang::En);
        form.set_message(Some(
            "the deal was changed by someone else; reopen it".into(),
        ));
        form.set_footer("C-s: save · C-g: cancel · C-j: next field".into());
        let t = draw(&form, 80, 24, false);
        let buf = t.backend().buffer();
        let (_, msg_y) = find(buf, "! the deal was changed").expect("message shown");
        let (_, footer_y) = find(buf, "C-s: save").expect("footer shown");
        let (_, last_field_y) = find(buf, "Description").expect("field shown");
        assert!(last_field_y < msg_y && msg_y < footer_y);
    }
}
