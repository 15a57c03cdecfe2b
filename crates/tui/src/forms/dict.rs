//! The dictionaries screen's forms (issue 19 item 8): a new value of a dictionary, and a
//! value's change (its name; a stage's win probability and rot days). Each becomes the
//! commands `lejek dict add|rename|set` gives, applied together.

use super::Refresh;
use super::fields::{field, form, text};
use crate::app::App;
use crate::dicts_pane::{kind_name, stage_kind_label};
use crate::form::{FieldKind, Form};
use crate::i18n::trf;
use crate::model::{DictEntry, DictKind, StageKind};
use crate::render::safe;
use crate::service::{Command, Result, invalid};

const STAGE_KINDS: [StageKind; 3] = [StageKind::Open, StageKind::Won, StageKind::Lost];

/// A new value of `kind`; a stage also gets its kind (open by default), probability and
/// rot days.
pub(super) fn new_form(app: &App, kind: DictKind) -> Form {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let mut fields = vec![f("name", "col.name", FieldKind::Text).required()];
    if kind == DictKind::DealStage {
        let kinds = STAGE_KINDS
            .iter()
            .map(|k| stage_kind_label(*k, l).to_owned())
            .collect();
        fields.push(
            f(
                "stage_kind",
                "tui.dict.stage_kind",
                FieldKind::Choice(kinds),
            )
            .required()
            .value(stage_kind_label(StageKind::Open, l)),
        );
        fields.push(f("probability", "tui.dict.probability", FieldKind::Number));
        fields.push(f("rot_days", "tui.dict.rot_days", FieldKind::Number));
    }
    form(app, trf(l, "tui.dict.new", &[&kind_name(kind, l)]), fields)
}

/// The entry with this id, as it is stored now.
fn entry(app: &App, id: u64) -> Result<DictEntry> {
    app.svc
        .dict_entries()?
        .iter()
        .find(|e| e.id == id)
        .cloned()
        .ok_or_else(|| invalid("tui.dict.gone", &[&id]))
}

/// An open stage's probability and rot days can be set; a won or lost stage's are fixed.
fn tunable(e: &DictEntry) -> bool {
    e.kind == DictKind::DealStage && e.stage_kind.unwrap_or(StageKind::Open) == StageKind::Open
}

/// The entry with this id, filled with its current values.
pub(super) fn edit_form(app: &App, id: u64) -> Result<Form> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let e = entry(app, id)?;
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let mut fields = vec![
        f("name", "col.name", FieldKind::Text)
            .required()
            .value(e.name.clone()),
    ];
    if tunable(&e) {
        fields.push(
            f("probability", "tui.dict.probability", FieldKind::Number)
                .value(number(e.probability.map(u32::from))),
        );
        fields
            .push(f("rot_days", "tui.dict.rot_days", FieldKind::Number).value(number(e.rot_days)));
    }
    let title = trf(l, "tui.dict.edit", &[&safe(&e.name), &kind_name(e.kind, l)]);
    Ok(form(app, title, fields))
}

/// The probability typed, if any: a percentage.
fn probability(form: &Form) -> Result<Option<u8>> {
    match form.number("probability") {
        None => Ok(None),
        Some(p) => u8::try_from(p)
            .ok()
            .filter(|p| *p <= 100)
            .map(Some)
            .ok_or_else(|| invalid("err.probability_range", &[&p])),
    }
}

/// The most rot days the service takes (`apply_pipeline::MAX_ROT_DAYS`), checked here
/// too: a new stage's days are set by a second command (see `add`).
const MAX_ROT_DAYS: u64 = 36_500;

/// The rot days typed, if any.
fn rot_days(form: &Form) -> Result<Option<u32>> {
    match form.number("rot_days") {
        None => Ok(None),
        Some(d) => u32::try_from(d)
            .ok()
            .filter(|d| (1..=MAX_ROT_DAYS).contains(&u64::from(*d)))
            .map(Some)
            .ok_or_else(|| invalid("err.rot_days_range", &[&d, &MAX_ROT_DAYS])),
    }
}

/// The new value's commands: the entry, then a stage's probability and rot days. They
/// are applied one after the other (`apply`): the service plans a batch against the
/// dictionaries as stored, so the second would not find the first's entry yet; both are
/// checked here first.
pub(super) fn add(kind: DictKind, form: &Form, refresh: &mut Refresh) -> Result<Vec<Command>> {
    refresh.dicts = true;
    let name = text(form, "name");
    let stage_kind = (kind == DictKind::DealStage).then(|| {
        let chosen = form.choice("stage_kind").unwrap_or_default();
        STAGE_KINDS
            .into_iter()
            .find(|k| stage_kind_label(*k, form.lang()) == chosen)
            .unwrap_or(StageKind::Open)
    });
    let mut cmds = vec![Command::AddDictEntry {
        kind,
        name: name.clone(),
        stage_kind,
    }];
    let (p, r) = (probability(form)?, rot_days(form)?);
    if p.is_some() || r.is_some() {
        cmds.push(Command::SetStage {
            name,
            probability: p.map(Some),
            rot_days: r.map(Some),
        });
    }
    Ok(cmds)
}

/// The change's commands: a rename, then what changed of a stage's probability and rot
/// days (an emptied field clears it).
pub(super) fn update(
    app: &App,
    id: u64,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    refresh.dicts = true;
    refresh.all_deals = true;
    let old = entry(app, id)?;
    let name = text(form, "name");
    let mut cmds = Vec::new();
    if name != old.name {
        cmds.push(Command::RenameDictEntry {
            kind: old.kind,
            name: old.name.clone(),
            new_name: name.clone(),
        });
    }
    if tunable(&old) {
        let (p, r) = (probability(form)?, rot_days(form)?);
        let probability = (p != old.probability).then_some(p);
        let rot_days = (r != old.rot_days).then_some(r);
        if probability.is_some() || rot_days.is_some() {
            cmds.push(Command::SetStage {
                name,
                probability,
                rot_days,
            });
        }
    }
    Ok(cmds)
}
