//! The dictionaries screen (issue 19 item 8, X2): every dictionary a tab, its values in
//! their order with, for deal stages, the kind, win probability and rot days. `L` (or
//! `:dictionaries`) opens it. An admin adds (`n`), changes (`e`, Enter: the name, and a
//! stage's probability and rot days), retires and restores (`X`, after a question) values,
//! and moves stages along the pipeline (`>` later, `<` earlier). Anyone else reads it: the
//! write keys say who may use them instead of opening a form the service would refuse.
//!
//! The pane only asks (events); `update::dict_list` opens and reloads it and
//! `forms::dict` builds its forms. Everything here is also the CLI's `lejek dict`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::event::{Event, Events, Pending};
use super::pane::{Ctx, Input, Pane};
use super::popup::popup;
use crate::i18n::{Lang, tr, trf};
use crate::model::{DictEntry, DictKind, StageKind};
use crate::render::safe;
use crate::service::Command;

/// The dictionaries in the screen's order: the pipeline's first, then the contacts'.
pub const KINDS: [DictKind; 7] = [
    DictKind::DealStage,
    DictKind::DealSource,
    DictKind::LossReason,
    DictKind::ContactStatus,
    DictKind::ContactSource,
    DictKind::ContactRole,
    DictKind::EndReason,
];

/// A dictionary's name as the screen shows it.
pub fn kind_name(kind: DictKind, lang: Lang) -> &'static str {
    tr(
        lang,
        match kind {
            DictKind::ContactStatus => "dict.name.contact_status",
            DictKind::ContactSource => "dict.name.contact_source",
            DictKind::EndReason => "dict.name.end_reason",
            DictKind::ContactRole => "dict.name.contact_role",
            DictKind::DealStage => "dict.name.deal_stage",
            DictKind::DealSource => "dict.name.deal_source",
            DictKind::LossReason => "dict.name.loss_reason",
        },
    )
}

/// A stage kind as the screen writes it (open, won, lost).
pub fn stage_kind_label(kind: StageKind, lang: Lang) -> &'static str {
    tr(
        lang,
        match kind {
            StageKind::Open => "stage.open",
            StageKind::Won => "stage.won",
            StageKind::Lost => "stage.lost",
        },
    )
}

/// The dictionaries screen's state.
#[derive(Clone, Debug)]
pub struct DictsPane {
    /// Every entry of every dictionary, retired ones too, in each dictionary's order.
    entries: Vec<DictEntry>,
    /// Which of `KINDS` is shown.
    pub tab: usize,
    pub cursor: usize,
    /// Whether the user may change dictionaries (the service checks again).
    pub admin: bool,
}

impl DictsPane {
    pub fn new(entries: Vec<DictEntry>, admin: bool) -> DictsPane {
        let mut p = DictsPane {
            entries: Vec::new(),
            tab: 0,
            cursor: 0,
            admin,
        };
        p.set_entries(entries);
        p
    }

    pub fn kind(&self) -> DictKind {
        KINDS[self.tab % KINDS.len()]
    }

    /// The shown dictionary's entries, in order.
    pub fn rows(&self) -> Vec<&DictEntry> {
        let kind = self.kind();
        self.entries.iter().filter(|e| e.kind == kind).collect()
    }

    pub fn current(&self) -> Option<&DictEntry> {
        self.rows().get(self.cursor).copied()
    }

    /// New entries (after a change); the cursor stays on the entry it was on.
    pub fn set_entries(&mut self, mut entries: Vec<DictEntry>) {
        let keep = self.current().map(|e| e.id);
        entries.sort_by_key(DictEntry::order_key);
        self.entries = entries;
        self.cursor = self.cursor.min(self.rows().len().saturating_sub(1));
        if let Some(id) = keep {
            self.focus(id);
        }
    }

    /// Show the entry with this id (its dictionary's tab, the cursor on it), if it exists.
    pub fn focus(&mut self, id: u64) {
        let Some(kind) = self.entries.iter().find(|e| e.id == id).map(|e| e.kind) else {
            return;
        };
        self.tab = KINDS.iter().position(|k| *k == kind).unwrap_or(0);
        if let Some(i) = self.rows().iter().position(|e| e.id == id) {
            self.cursor = i;
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let max = self.rows().len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(max);
    }

    fn switch(&mut self, delta: isize) {
        let n = KINDS.len() as isize;
        self.tab = (self.tab as isize + delta).rem_euclid(n) as usize;
        self.cursor = 0;
    }

    /// Moving the stage under the cursor one place along the pipeline (`later`: after the
    /// next one): only among stages of its own kind, as the service allows.
    fn move_stage(&self, later: bool) -> Option<Command> {
        let rows = self.rows();
        let here = rows.get(self.cursor)?;
        let other = if later {
            rows.get(self.cursor + 1)?
        } else {
            rows.get(self.cursor.checked_sub(1)?)?
        };
        (other.stage_kind == here.stage_kind).then(|| Command::MoveDictEntry {
            kind: here.kind,
            name: here.name.clone(),
            before: (!later).then(|| other.name.clone()),
            after: later.then(|| other.name.clone()),
        })
    }

    /// What an admin-only key does for someone else: say so.
    fn refuse(&self, ctx: &Ctx<'_>, events: &mut Events) -> bool {
        if !self.admin {
            events.push(Event::Complain(
                tr(ctx.lang, "tui.dict.not_admin").to_owned(),
            ));
        }
        !self.admin
    }
}

impl Pane for DictsPane {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    /// Moving, switching dictionaries, and (admins) new, change, retire or restore, move.
    fn handle(&mut self, input: Input<'_>, ctx: &Ctx<'_>, events: &mut Events) -> bool {
        use Action::*;
        let Some(a) = input.action() else {
            return false;
        };
        let page = ctx.page.max(1) as isize;
        let current = self.current().cloned();
        match a {
            Up => self.move_by(-1),
            Down => self.move_by(1),
            PageUp => self.move_by(-page),
            PageDown => self.move_by(page),
            Top => self.cursor = 0,
            Bottom => self.move_by(isize::MAX),
            NextTab => self.switch(1),
            PrevTab => self.switch(-1),
            Back | Quit | Dictionaries => events.push(Event::Close),
            Help => events.push(Event::OpenHelp),
            New | Edit | Open | Remove | StageNext | StagePrev if self.refuse(ctx, events) => {}
            New => events.push(Event::NewDictEntry(self.kind())),
            Open | Edit => {
                if let Some(e) = current {
                    events.push(Event::EditDictEntry(e.id));
                }
            }
            Remove => {
                if let Some(e) = current {
                    let dict = kind_name(e.kind, ctx.lang);
                    let (key, cmd) = if e.retired {
                        let cmd = Command::UnretireDictEntry {
                            kind: e.kind,
                            name: e.name.clone(),
                        };
                        ("tui.dict.confirm_unretire", cmd)
                    } else {
                        let cmd = Command::RetireDictEntry {
                            kind: e.kind,
                            name: e.name.clone(),
                        };
                        ("tui.dict.confirm_retire", cmd)
                    };
                    events.push(Event::Ask {
                        question: trf(ctx.lang, key, &[&safe(&e.name), &dict]),
                        pending: Pending::Dict {
                            cmd: Box::new(cmd),
                            focus: e.id,
                        },
                    });
                }
            }
            StageNext | StagePrev if self.kind() != DictKind::DealStage => {
                let msg = tr(ctx.lang, "tui.dict.move_stages_only");
                events.push(Event::Complain(msg.to_owned()));
            }
            StageNext | StagePrev => {
                // A move asks nothing: the next key moves it back.
                if let (Some(cmd), Some(e)) = (self.move_stage(a == StageNext), current) {
                    events.push(Event::Confirmed(Pending::Dict {
                        cmd: Box::new(cmd),
                        focus: e.id,
                    }));
                }
            }
            _ => return false,
        }
        true
    }

    /// A popup over the views: the dictionaries as tabs, the values in a table, the keys.
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        let t = ctx.theme;
        let lang = ctx.lang;
        let key = |a| ctx.key(Mode::Normal, a);
        let r = popup(frame, area, 140);
        let mut title = format!(" {} ", tr(lang, "tui.dict.title"));
        if !self.admin {
            title.push_str(&format!("· {} ", tr(lang, "tui.dict.read_only")));
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(title, t.header()));
        let inner = block.inner(r);
        frame.render_widget(block, r);
        if inner.height < 4 || inner.width < 24 {
            return;
        }
        let footer = if self.admin {
            trf(
                lang,
                "tui.dict.keys",
                &[
                    &key(Action::PrevTab),
                    &key(Action::NextTab),
                    &key(Action::New),
                    &key(Action::Edit),
                    &key(Action::Remove),
                    &key(Action::StagePrev),
                    &key(Action::StageNext),
                    &key(Action::Back),
                ],
            )
        } else {
            trf(
                lang,
                "tui.dict.keys_read_only",
                &[
                    &key(Action::PrevTab),
                    &key(Action::NextTab),
                    &key(Action::Back),
                ],
            )
        };
        let footer_h = if footer.chars().count() > usize::from(inner.width) {
            2
        } else {
            1
        };
        let parts = Layout::default()
            .direction(Direction::Vertical)
            .constraints([
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Fill(1),
                Constraint::Length(footer_h),
            ])
            .split(inner);
        frame.render_widget(Paragraph::new(self.tabs_line(ctx, inner.width)), parts[0]);
        frame.render_widget(
            Paragraph::new(footer)
                .style(t.dim())
                .wrap(Wrap { trim: true }),
            parts[3],
        );
        let rows = self.rows();
        if rows.is_empty() {
            let empty = trf(lang, "tui.dict.none", &[&key(Action::New)]);
            frame.render_widget(Paragraph::new(empty).style(t.dim()), parts[2]);
            return;
        }
        let table = Table::new(self.kind(), lang, usize::from(inner.width));
        frame.render_widget(
            Paragraph::new(Line::styled(table.header(), t.header())),
            parts[1],
        );
        let height = usize::from(parts[2].height);
        let offset = (self.cursor + 1).saturating_sub(height);
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .map(|(i, e)| {
                let style = if i == self.cursor {
                    t.cursor()
                } else if e.retired {
                    t.dim()
                } else {
                    Style::default()
                };
                Line::styled(table.row(e), style)
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), parts[2]);
    }
}

impl DictsPane {
    /// Every dictionary's name with the shown one marked, or, where they do not fit, the
    /// shown one with its place and arrows.
    fn tabs_line(&self, ctx: &Ctx<'_>, width: u16) -> Line<'static> {
        let names: Vec<&str> = KINDS.iter().map(|k| kind_name(*k, ctx.lang)).collect();
        let all: usize = names.iter().map(|n| n.chars().count() + 3).sum();
        if all <= usize::from(width) {
            let mut spans = Vec::new();
            for (i, n) in names.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(" │ ", ctx.theme.dim()));
                }
                let style = if i == self.tab {
                    ctx.theme.active_tab()
                } else {
                    ctx.theme.dim()
                };
                spans.push(Span::styled((*n).to_owned(), style));
            }
            return Line::from(spans);
        }
        Line::from(vec![
            Span::styled("‹ ", ctx.theme.dim()),
            Span::styled(names[self.tab].to_owned(), ctx.theme.active_tab()),
            Span::styled(
                format!(" ({}/{}) ›", self.tab + 1, KINDS.len()),
                ctx.theme.dim(),
            ),
        ])
    }
}

/// The columns of a dictionary's table: the name takes what the others leave.
struct Table {
    lang: Lang,
    stages: bool,
    name_w: usize,
    kind_w: usize,
    chance_w: usize,
    rot_w: usize,
}

impl Table {
    fn new(kind: DictKind, lang: Lang, width: usize) -> Table {
        let stages = kind == DictKind::DealStage;
        let w = |key| tr(lang, key).chars().count();
        let (kind_w, chance_w, rot_w) = if stages {
            (
                w("tui.dict.stage_kind").max(9),
                w("col.chance").max(4),
                w("col.rot_days"),
            )
        } else {
            (0, 0, 0)
        };
        let retired_w = w("tui.dict.retired");
        let others = kind_w + chance_w + rot_w + retired_w + if stages { 4 } else { 1 };
        Table {
            lang,
            stages,
            name_w: width.saturating_sub(others).max(8),
            kind_w,
            chance_w,
            rot_w,
        }
    }

    fn header(&self) -> String {
        let l = self.lang;
        let name = tr(l, "col.name");
        if !self.stages {
            return format!("{name:<w$}", w = self.name_w);
        }
        format!(
            "{name:<nw$} {:<kw$} {:>cw$} {:>rw$}",
            tr(l, "tui.dict.stage_kind"),
            tr(l, "col.chance"),
            tr(l, "col.rot_days"),
            nw = self.name_w,
            kw = self.kind_w,
            cw = self.chance_w,
            rw = self.rot_w,
        )
    }

    fn row(&self, e: &DictEntry) -> String {
        let name: String = safe(&e.name).chars().take(self.name_w).collect();
        let retired = if e.retired {
            tr(self.lang, "tui.dict.retired")
        } else {
            ""
        };
        if !self.stages {
            return format!("{name:<w$} {retired}", w = self.name_w);
        }
        let kind = stage_kind_label(e.stage_kind.unwrap_or(StageKind::Open), self.lang);
        let chance = e.win_chance().map(|p| format!("{p}%")).unwrap_or_default();
        let rot = e.rot_days.map(|d| d.to_string()).unwrap_or_default();
        format!(
            "{name:<nw$} {kind:<kw$} {chance:>cw$} {rot:>rw$} {retired}",
            nw = self.name_w,
            kw = self.kind_w,
            cw = self.chance_w,
            rw = self.rot_w,
        )
    }
}

#[cfg(test)]
#[path = "dicts_pane_tests.rs"]
mod tests;
