//! A list view as a pane: one `ListState` of some row type with the table that shows it.
//! The pane moves the cursor, selects and sorts on its own keys and draws itself; what it
//! needs beyond itself it asks for through the event queue (a window of rows from the
//! service: `Event::Fetch`; the ids of all that its filter matches: `Event::SelectAll`).
//! `ViewRow` says what a row type brings to its view (the view, the columns, the fields it
//! sorts by, where its windows come from); `ViewPane` is what the rest of the TUI asks of
//! any list without knowing its row type.

use std::ops::{Deref, DerefMut};

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row as TableRow, Table};

use super::action::{Action, Mode};
use super::columns::{Col, Tone};
use super::data::{Job, Source, window_job};
use super::detail::Detail;
use super::event::{Event, Events};
use super::list::{ListState, Parsed, Row, Sort};
use super::pane::{Ctx, Input, Pane};
use super::theme::Theme;
use super::view::View;
use crate::backend::Backend;
use crate::filter::Schema;
use crate::i18n::{Lang, tr, trf};
use crate::render::safe;
use crate::service::Result;
use crate::service::query::{FilterOf, ListQuery};

/// Who reads a list's filter text: the service (the records' filters, with saved filters
/// and the user's context) or the TUI itself, with the rows' own schema.
#[derive(Clone, Copy)]
pub enum FilterBy {
    Service(FilterOf),
    Local(&'static Schema),
}

/// What a row type brings to the view that lists it.
pub trait ViewRow: Row + Sized + 'static {
    /// The view this row type is listed in.
    const VIEW: View;

    /// The table's columns.
    fn columns() -> Vec<Col<Self>>;

    /// The fields the sort key steps through, in order (none: the view does not sort).
    fn sort_fields() -> Vec<&'static str> {
        Self::columns().iter().map(|c| c.sort).collect()
    }

    /// The schema `:sort FIELD` is read with.
    fn sort_schema() -> &'static Schema;

    /// Who reads the filter line's text.
    const FILTER: FilterBy;

    /// Where a window of the rows comes from, for a list the service filters (`None`: the
    /// TUI holds all the rows).
    const SOURCE: Option<Source<Self>> = None;

    /// The detail pane's card of this row (built from the service).
    fn card(&self, svc: &Backend, lang: Lang) -> Result<Detail>;
}

/// Any list view, whatever its row type: what routing, the input line and the status ask of
/// the list on screen.
pub trait ViewPane: Pane {
    fn view(&self) -> View;
    /// The record under the cursor.
    fn current_id(&self) -> Option<u64>;
    /// The ids an action applies to: the selection, else the row under the cursor.
    fn targets(&self) -> Vec<u64>;
    fn has_selection(&self) -> bool;
    fn clear_selection(&mut self);
    fn filter_text(&self) -> &str;
    /// Why the filter text does not parse, if it does not.
    fn filter_error(&self) -> Option<&str>;
    /// Who reads the filter line's text for this list.
    fn filter_by(&self) -> FilterBy;
    /// Set a filter parsed by the caller (as `filter_by` says).
    fn set_filter(&mut self, text: String, parsed: std::result::Result<Parsed, String>);
    fn set_sort(&mut self, sort: Option<Sort>);
    /// The schema `:sort FIELD` is read with.
    fn sort_schema(&self) -> &'static Schema;
    /// Put the cursor on the record with this id; false if its row is not held.
    fn go_to(&mut self, id: u64) -> bool;
    /// Put the cursor at `pos` of the whole list, on record `id` (the service said where).
    fn jump(&mut self, pos: usize, id: u64);
    /// After a write: the cursor goes to record `id` wherever it is, when the window comes.
    fn find(&mut self, id: u64);
    /// The records changed: ask for the window again (`find`: wherever the cursor's record
    /// went).
    fn refresh(&mut self, find: bool);
    /// The request for the window the list wants, if it wants one (screens of `page` rows;
    /// `me` is the TUI's user). `None` also for a list that holds all its rows.
    fn ask(&mut self, page: usize, me: &str) -> Option<Job>;
    /// The list's filter and sort as a query of the whole list, for a list the service
    /// filters (to select all that it matches, or find where a record is).
    fn query(&self, me: &str) -> Option<(FilterOf, ListQuery)>;
    /// Add these ids to the selection.
    fn select(&mut self, ids: Vec<u64>);
    /// Keep the cursor inside a window of `height` rows.
    fn scroll_to_cursor(&mut self, height: usize);
    /// The detail pane's card of the row under the cursor (empty when there is none).
    fn card(&self, svc: &Backend, lang: Lang) -> Result<Detail>;
    /// Mark the list as showing only my records ("my deals"), in its title.
    fn set_mine(&mut self, mine: bool);
    fn mine(&self) -> bool;
}

/// One list view: its rows' state and whether it shows only my records.
pub struct ListPane<R> {
    pub list: ListState<R>,
    mine: bool,
}

impl<R: ViewRow> Default for ListPane<R> {
    /// A list the service filters holds a window of its rows; any other, all of them.
    fn default() -> Self {
        ListPane {
            list: if R::SOURCE.is_some() {
                ListState::windowed()
            } else {
                ListState::default()
            },
            mine: false,
        }
    }
}

impl<R> Deref for ListPane<R> {
    type Target = ListState<R>;

    fn deref(&self) -> &ListState<R> {
        &self.list
    }
}

impl<R> DerefMut for ListPane<R> {
    fn deref_mut(&mut self) -> &mut ListState<R> {
        &mut self.list
    }
}

impl<R: ViewRow> ListPane<R> {
    /// The fields the sort key steps through at this width: the view's sort fields whose
    /// column shows (a hidden column's order would be invisible), each once.
    fn sort_fields_shown(width: u16) -> Vec<&'static str> {
        let shown: Vec<&'static str> = R::columns()
            .iter()
            .filter(|c| width >= c.hide_below)
            .map(|c| c.sort)
            .collect();
        let mut fields: Vec<&'static str> = Vec::new();
        for f in R::sort_fields() {
            if !f.is_empty() && shown.contains(&f) && !fields.contains(&f) {
                fields.push(f);
            }
        }
        fields
    }

    /// Sort by the next of the shown sortable columns (none after the last; the first when
    /// the list is sorted by something not shown).
    fn sort_next(&mut self, width: u16) {
        let fields = Self::sort_fields_shown(width);
        if fields.is_empty() {
            return;
        }
        let next = match &self.list.sort {
            None => Some(fields[0]),
            Some(s) => match fields.iter().position(|f| *f == s.field) {
                Some(i) => fields.get(i + 1).copied(),
                None => Some(fields[0]),
            },
        };
        self.list
            .set_sort(next.map(|field| Sort { field, desc: false }));
    }

    fn title(&self, ctx: &Ctx<'_>) -> String {
        let list = &self.list;
        let mut s = format!(
            " {} {}/{} ",
            tr(ctx.lang, R::VIEW.label_key()),
            list.total(),
            list.all()
        );
        if !list.selected.is_empty() {
            s.push_str(&trf(ctx.lang, "tui.selected", &[&list.selected.len()]));
            s.push(' ');
        }
        if self.mine {
            s.push_str(tr(ctx.lang, "tui.mine"));
            s.push(' ');
        }
        // In words, not only as an arrow in a column header that may be hidden at this
        // width (the deals' default, last activity, is not shown at 80 columns).
        if let Some(sort) = &list.sort {
            s.push_str(&sorted_by(sort, ctx.lang));
            s.push(' ');
        }
        s
    }
}

impl<R: ViewRow> Pane for ListPane<R> {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    fn handle(&mut self, input: Input<'_>, ctx: &Ctx<'_>, events: &mut Events) -> bool {
        let page = ctx.page.max(1) as isize;
        let l = &mut self.list;
        match input.action() {
            Some(Action::Up) => l.move_by(-1),
            Some(Action::Down) => l.move_by(1),
            Some(Action::PageUp) => l.move_by(-page),
            Some(Action::PageDown) => l.move_by(page),
            Some(Action::Open) => events.push(Event::Open(R::VIEW)),
            Some(Action::Top) => l.top(),
            Some(Action::Bottom) => l.bottom(),
            Some(Action::Select) => {
                l.toggle_select();
                l.move_by(1);
            }
            Some(Action::SelectAll) if l.window().is_some() => {
                events.push(Event::SelectAll(R::VIEW))
            }
            Some(Action::SelectAll) => l.select_all(),
            Some(Action::SelectNone) => l.selected.clear(),
            Some(Action::SortNext) => self.sort_next(ctx.list_width),
            Some(Action::SortReverse) => {
                let s = l.sort.clone().map(|s| Sort { desc: !s.desc, ..s });
                l.set_sort(s);
            }
            _ => return false,
        }
        // Ahead of time: the next window is asked for while rows remain to scroll into.
        if self.list.wants(ctx.page) {
            events.push(Event::Fetch(R::VIEW));
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let list = &self.list;
        let t = ctx.theme;
        let block = Block::default()
            .borders(Borders::ALL)
            .title(self.title(ctx));
        let height = area.height.saturating_sub(3) as usize;
        let sort_mark = |c: &Col<R>| match &list.sort {
            Some(s) if s.field == c.sort && !c.sort.is_empty() => {
                if s.desc {
                    " ↓"
                } else {
                    " ↑"
                }
            }
            _ => "",
        };
        // Narrow panes drop the columns that matter least rather than squeezing the title.
        let all = R::columns();
        let cols: Vec<&Col<R>> = all.iter().filter(|c| area.width >= c.hide_below).collect();
        let mut header: Vec<Cell> = vec![Cell::from(" ")];
        header.extend(
            cols.iter()
                .map(|c| Cell::from(format!("{}{}", tr(ctx.lang, c.header), sort_mark(c)))),
        );
        let end = (list.offset + height).min(list.total());
        let rows: Vec<TableRow> = (list.offset..end)
            .map(|pos| {
                // A row not arrived yet (a jump to the end, a fast scroll) shows as dots.
                let Some(r) = list.row(pos) else {
                    let mut row =
                        TableRow::new(vec![Cell::from(" "), Cell::from("…")]).style(t.dim());
                    if pos == list.cursor {
                        row = row.style(t.cursor());
                    }
                    return row;
                };
                let selected = list.selected.contains(&r.id());
                let mut cells = vec![Cell::from(if selected { "●" } else { " " })];
                for c in &cols {
                    let (text, tn) = (c.cell)(r, ctx.lang, ctx.today);
                    // One row per record: a line break in a comment becomes a space.
                    let text = safe(&text).replace('\n', " ");
                    let line = if c.right {
                        Line::from(text).alignment(Alignment::Right)
                    } else {
                        Line::from(text)
                    };
                    cells.push(Cell::from(line).style(tone(t, tn)));
                }
                let mut style = if selected {
                    t.selected()
                } else {
                    Style::default()
                };
                if pos == list.cursor {
                    style = style.patch(t.cursor());
                }
                TableRow::new(cells).style(style)
            })
            .collect();
        let mut widths = vec![Constraint::Length(1)];
        widths.extend(cols.iter().map(|c| c.width));
        let widget = Table::new(rows, widths)
            .header(TableRow::new(header).style(t.header()))
            .column_spacing(1)
            .block(block);
        frame.render_widget(widget, area);
        if !list.loaded() && list.total() == 0 {
            let inner = Rect {
                x: area.x + 2,
                y: area.y + 2,
                width: area.width.saturating_sub(4),
                height: 1,
            };
            frame.render_widget(
                Paragraph::new(tr(ctx.lang, "tui.loading")).style(t.dim()),
                inner,
            );
        }
    }
}

/// "· sort: ostatnia aktywność ↓": the field's name in the user's language (its `sort.*`
/// key, else the field as `:sort` takes it) and the direction.
fn sorted_by(sort: &Sort, lang: Lang) -> String {
    let key = format!("sort.{}", sort.field);
    let name = crate::i18n::tr_dynamic(lang, &key).unwrap_or_else(|| sort.field.to_owned());
    let arrow = if sort.desc { "↓" } else { "↑" };
    format!("· {}", trf(lang, "tui.sorted_by", &[&name, &arrow]))
}

fn tone(t: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::default(),
        Tone::Overdue => t.overdue(),
        Tone::Won => t.won(),
        Tone::Lost => t.lost(),
        Tone::Dim => t.dim(),
    }
}

impl<R: ViewRow> ViewPane for ListPane<R> {
    fn view(&self) -> View {
        R::VIEW
    }

    fn current_id(&self) -> Option<u64> {
        self.list.current_id()
    }

    fn targets(&self) -> Vec<u64> {
        self.list.targets()
    }

    fn has_selection(&self) -> bool {
        !self.list.selected.is_empty()
    }

    fn clear_selection(&mut self) {
        self.list.selected.clear();
    }

    fn filter_text(&self) -> &str {
        &self.list.filter_text
    }

    fn filter_error(&self) -> Option<&str> {
        self.list.filter_error.as_deref()
    }

    fn filter_by(&self) -> FilterBy {
        R::FILTER
    }

    fn set_filter(&mut self, text: String, parsed: std::result::Result<Parsed, String>) {
        self.list.set_filter(text, parsed);
    }

    fn set_sort(&mut self, sort: Option<Sort>) {
        self.list.set_sort(sort);
    }

    fn sort_schema(&self) -> &'static Schema {
        R::sort_schema()
    }

    fn go_to(&mut self, id: u64) -> bool {
        self.list.focus(id)
    }

    fn jump(&mut self, pos: usize, id: u64) {
        self.list.jump(pos, id);
    }

    fn find(&mut self, id: u64) {
        self.list.find(id);
    }

    fn refresh(&mut self, find: bool) {
        self.list.refresh(find);
    }

    fn ask(&mut self, page: usize, me: &str) -> Option<Job> {
        let source = R::SOURCE?;
        let req = self.list.ask(page, me)?;
        Some(window_job(source, req))
    }

    fn query(&self, me: &str) -> Option<(FilterOf, ListQuery)> {
        let source = R::SOURCE?;
        Some((source.of, self.list.query(me)))
    }

    fn select(&mut self, ids: Vec<u64>) {
        self.list.select(ids);
    }

    fn scroll_to_cursor(&mut self, height: usize) {
        self.list.scroll_to_cursor(height);
    }

    fn card(&self, svc: &Backend, lang: Lang) -> Result<Detail> {
        self.list
            .current()
            .map_or_else(|| Ok(Detail::default()), |r| r.card(svc, lang))
    }

    fn set_mine(&mut self, mine: bool) {
        self.mine = mine;
    }

    fn mine(&self) -> bool {
        self.mine
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::filter::{FieldValue, Record};
    use crate::pane::TestCtx;

    /// A row with a name, listed (for the test) in the deals view.
    struct Named {
        id: u64,
        name: &'static str,
    }

    impl Record for Named {
        fn get(&self, field: &str) -> FieldValue<'_> {
            match field {
                "name" => FieldValue::Text(Some(Cow::Borrowed(self.name))),
                "id" => FieldValue::Number(i64::try_from(self.id).ok()),
                _ => FieldValue::Text(None),
            }
        }

        fn search_text(&self, out: &mut dyn FnMut(&str)) {
            out(self.name);
        }
    }

    impl Row for Named {
        fn id(&self) -> u64 {
            self.id
        }
    }

    impl ViewRow for Named {
        const VIEW: View = View::Deals;

        fn columns() -> Vec<Col<Self>> {
            vec![Col {
                header: "col.name",
                width: Constraint::Fill(1),
                sort: "name",
                right: false,
                hide_below: 0,
                cell: |r, _, _| (r.name.to_owned(), Tone::Plain),
            }]
        }

        fn sort_fields() -> Vec<&'static str> {
            vec!["name", "name", "", "id"]
        }

        fn sort_schema() -> &'static Schema {
            &crate::rows::REPORT_SCHEMA
        }

        const FILTER: FilterBy = FilterBy::Local(&crate::rows::REPORT_SCHEMA);

        fn card(&self, _svc: &Backend, _lang: Lang) -> Result<Detail> {
            Ok(Detail::default())
        }
    }

    fn pane() -> ListPane<Named> {
        let mut p = ListPane::default();
        p.set_rows(vec![
            Named {
                id: 7, name: "Ćma"
            },
            Named {
                id: 3, name: "Bąk"
            },
            Named { id: 5, name: "Osa" },
        ]);
        p
    }

    fn names(p: &ListPane<Named>) -> Vec<&'static str> {
        p.visible_rows().map(|r| r.name).collect()
    }

    #[test]
    fn the_list_moves_and_selects_on_its_own_keys_and_asks_for_nothing() {
        let t = TestCtx::new();
        let mut p = pane();
        assert_eq!(t.act(&mut p, Action::Down), (true, vec![]));
        assert_eq!(p.current_id(), Some(3));
        assert_eq!(t.act(&mut p, Action::Select), (true, vec![]));
        assert_eq!(p.targets(), vec![3], "the selection, not the cursor's row");
        assert_eq!(p.current_id(), Some(5), "Space moves on to the next row");
        assert_eq!(t.act(&mut p, Action::Bottom), (true, vec![]));
        assert_eq!(p.current_id(), Some(5));
        assert_eq!(t.act(&mut p, Action::Top), (true, vec![]));
        assert_eq!(p.current_id(), Some(7));
        t.act(&mut p, Action::SelectAll);
        assert_eq!(p.targets(), vec![3, 5, 7]);
        t.act(&mut p, Action::SelectNone);
        assert!(!p.has_selection());
        assert_eq!(p.targets(), vec![7], "the cursor's row again");
        // Not its keys: the views' actions (a form, a question) are not the list's.
        assert_eq!(t.act(&mut p, Action::New), (false, vec![]));
        assert_eq!(t.act(&mut p, Action::Quit), (false, vec![]));
        // Opening what is under the cursor goes beyond the list.
        assert_eq!(
            t.act(&mut p, Action::Open),
            (true, vec!["Open(Deals)".to_owned()])
        );
    }

    #[test]
    fn the_sort_key_steps_through_the_shown_columns_once_each_then_off_from_the_top() {
        let t = TestCtx::new();
        let mut p = pane();
        p.move_by(2);
        t.act(&mut p, Action::SortNext);
        assert_eq!(
            names(&p),
            vec!["Bąk", "Ćma", "Osa"],
            "by name, Polish order"
        );
        assert_eq!(p.cursor, 0, "a new order starts at the top");
        p.move_by(1);
        t.act(&mut p, Action::SortReverse);
        assert_eq!(names(&p), vec!["Osa", "Ćma", "Bąk"]);
        assert_eq!(p.cursor, 0);
        // `id` is a sort field but no column shows it: the key does not step to it.
        t.act(&mut p, Action::SortNext);
        assert_eq!(p.sort, None);
        assert_eq!(names(&p), vec!["Ćma", "Bąk", "Osa"], "as loaded");
    }

    #[test]
    fn go_to_finds_only_a_shown_record() {
        let mut p = pane();
        assert!(p.go_to(5));
        assert_eq!(p.current_id(), Some(5));
        assert!(!p.go_to(4));
        assert_eq!(p.current_id(), Some(5), "the cursor stays");
    }

    /// The pane drawn on a 40x6 screen, line by line.
    fn drawn(p: &ListPane<Named>) -> Vec<String> {
        let t = TestCtx::new();
        let mut term = Terminal::new(TestBackend::new(40, 6)).expect("test terminal");
        term.draw(|f| p.render(f, f.area(), &t.ctx()))
            .expect("draw");
        let buf = term.backend().buffer().clone();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn the_list_draws_its_title_header_and_rows_with_their_marks() {
        let mut p = pane();
        p.toggle_select();
        p.set_mine(true);
        p.set_sort(Some(Sort {
            field: "name",
            desc: false,
        }));
        let lines = drawn(&p);
        // The sort follows in words ("· sort: nazwa ↑"), cut here by the narrow pane.
        assert!(
            lines[0].starts_with("┌ Interesy 3/3 · zaznaczono 1 · moje ·"),
            "{lines:#?}"
        );
        assert!(lines[1].starts_with("│  Nazwa ↑"), "{lines:#?}");
        assert!(lines[2].starts_with("│  Bąk"), "{lines:#?}");
        assert!(lines[3].starts_with("│● Ćma"), "{lines:#?}");
        assert!(lines[4].starts_with("│  Osa"), "{lines:#?}");
    }
}
