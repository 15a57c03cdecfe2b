//! Imported records (X5, `lejek import`): each is created as its ordinary command would
//! create it, then dated as the file says, so that reports count an imported deal in the
//! periods it was created and closed in, not on the day of the import. Events carry the
//! file's times but get the next sequence numbers; the reports order a deal's steps by time.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::command::{
    Command, Imported, ImportedChange, ImportedContact, ImportedDeal, ImportedMove, ImportedTask,
};
use super::plan::Plan;
use super::{Actor, Result, Service, apply_contact, apply_task, invalid, validate};
use crate::model::{
    Change, Deal, DictEntry, DictKind, EntityKind, EntityRef, FieldOn, Id, Money, StageKind, Task,
    User,
};
use crate::store::{T, keys};
use crate::text::fold;

impl Service {
    /// Plan one imported record (the `Command::Import` arm of `plan_command`).
    pub(super) fn plan_import(&self, plan: &mut Plan, imp: Imported) -> Result<Option<u64>> {
        match imp {
            Imported::Contact(c) => contact(plan, c),
            Imported::Deal(d) => deal(plan, d),
            Imported::Task(t) => task(plan, t),
            Imported::At { at, by, cmd } => {
                // Only commands that create a record take a date: dating an edit would put
                // it before the record it edits, and dictionary commands must stay visible
                // to the batch's dictionary cache.
                let creates = matches!(
                    *cmd,
                    Command::AddUser { .. }
                        | Command::AddContact(_)
                        | Command::AddCampaign(_)
                        | Command::AddNote { .. }
                        | Command::AddComment { .. }
                        | Command::AttachFile { .. }
                        | Command::AddTask(_)
                        | Command::AddTemplate(_)
                );
                if !creates {
                    return Err(invalid("import.err.not_datable", &[]));
                }
                as_of(plan, at, by.as_deref(), |p| {
                    quietly(p, |p| self.plan_command(p, *cmd))
                })
            }
        }
    }
}

/// Run `f` with the actor's time set to `at` and, when allowed, the actor to `by`.
fn as_of<R>(
    plan: &mut Plan,
    at: DateTime<Utc>,
    by: Option<&str>,
    f: impl FnOnce(&mut Plan) -> Result<R>,
) -> Result<R> {
    // Every imported moment passes here: a year lejek does not keep is refused (issue 15).
    let at = validate::date(at)?;
    let login = author(plan, by)?;
    let saved = std::mem::replace(
        &mut plan.actor,
        Actor {
            login,
            at,
            recorded: None,
        },
    );
    let out = f(plan);
    plan.actor = saved;
    out
}

/// Who a past change is attributed to: the user the file names when an admin imports (a
/// restored export keeps its authors), else the importer, who may not speak for others.
fn author(plan: &Plan, by: Option<&str>) -> Result<String> {
    let me = plan.actor.login.clone();
    let Some(by) = by.map(str::trim).filter(|b| !b.is_empty() && *b != me) else {
        return Ok(me);
    };
    let admin = plan
        .get::<User>(T::Users, me.as_bytes())?
        .is_some_and(|u| u.admin);
    if admin && plan.exists(T::Users, by.as_bytes())? {
        return Ok(by.to_owned());
    }
    Ok(me)
}

/// The next event sequence number, read through the batch's pending writes.
fn next_seq(plan: &Plan) -> Result<u64> {
    let raw = plan
        .w
        .get_raw(plan.svc.store(), T::Meta, &keys::counter("event"))?;
    Ok(raw.and_then(|v| keys::u64_at(&v, 0)).unwrap_or(1))
}

/// Run `f`, then take back the notifications its events put in inboxes: an imported note
/// or task is history, and a thousand of them would bury the owner's real news.
fn quietly<R>(plan: &mut Plan, f: impl FnOnce(&mut Plan) -> Result<R>) -> Result<R> {
    let first = next_seq(plan)?;
    let out = f(plan)?;
    for seq in first..next_seq(plan)? {
        let Some(ev) = plan.planned_event(seq)? else {
            continue;
        };
        // Deal events notify the owner, task events the assignee (Plan::deal_event, tasks).
        let told = match ev.entity.kind {
            EntityKind::Deal => plan
                .get::<Deal>(T::Deals, &keys::id(ev.entity.id))?
                .map(|d| d.owner),
            EntityKind::Task => plan
                .get::<Task>(T::Tasks, &keys::id(ev.entity.id))?
                .map(|t| t.assignee),
            _ => None,
        };
        if let Some(login) = told {
            let key = keys::inbox(&login, seq);
            if plan.exists(T::Inbox, &key)? {
                plan.remove(T::Inbox, key);
            }
        }
    }
    Ok(out)
}

fn contact(plan: &mut Plan, c: ImportedContact) -> Result<Option<u64>> {
    let by = c.by.as_deref();
    let id = as_of(plan, c.created, by, |p| apply_contact::add(p, c.contact))?
        .ok_or_else(|| invalid("err.no_contact", &[&0]))?;
    if let Some((reason, date)) = c.end {
        as_of(plan, noon_utc(date).max(c.created), by, |p| {
            apply_contact::end(p, id, &reason, date)
        })?;
    }
    Ok(Some(id))
}

fn task(plan: &mut Plan, t: ImportedTask) -> Result<Option<u64>> {
    let by = t.by.as_deref();
    let id = as_of(plan, t.created, by, |p| {
        quietly(p, |p| apply_task::add(p, t.task))
    })?
    .ok_or_else(|| invalid("err.no_task", &[&0]))?;
    if let Some(done) = t.done_at {
        as_of(plan, done.max(t.created), by, |p| {
            quietly(p, |p| apply_task::complete(p, id))
        })?;
    }
    Ok(Some(id))
}

/// A dictionary entry by name: an active one as the service resolves it, else a retired
/// one of exactly that name (old records keep retired values, X2).
fn entry(plan: &Plan, kind: DictKind, name: &str) -> Result<DictEntry> {
    match plan.svc.resolve_dict(kind, name) {
        Ok(e) => Ok(e),
        Err(err) => {
            let want = fold(name.trim());
            plan.svc
                .dict(kind)?
                .into_iter()
                .find(|e| e.retired && fold(&e.name) == want)
                .ok_or(err)
        }
    }
}

fn opt_entry(plan: &Plan, kind: DictKind, name: Option<&str>) -> Result<Option<u64>> {
    match name.map(str::trim) {
        None | Some("") => Ok(None),
        Some(n) => Ok(Some(entry(plan, kind, n)?.id)),
    }
}

fn kind_of(e: &DictEntry) -> StageKind {
    e.stage_kind.unwrap_or(StageKind::Open)
}

fn require_user(plan: &Plan, login: &str) -> Result<String> {
    plan.get::<User>(T::Users, login.trim().as_bytes())?
        .map(|u| u.login)
        .ok_or_else(|| invalid("err.no_user", &[&login.trim()]))
}

fn check_value(v: &Option<Money>) -> Result<()> {
    match v {
        Some(m) if m.minor < 0 => Err(invalid("err.negative_value", &[&m.to_decimal_string()])),
        _ => Ok(()),
    }
}

/// The deal's state as it is now, validated like `deal add`/`deal set` would.
struct Now {
    stage: DictEntry,
    source: Option<u64>,
    loss_reason: Option<u64>,
    closed: Option<DateTime<Utc>>,
}

fn now_state(plan: &Plan, d: &ImportedDeal) -> Result<Now> {
    let stage = match d.deal.stage.as_deref().map(str::trim) {
        None | Some("") => plan.svc.first_stage(StageKind::Open)?,
        Some(s) => entry(plan, DictKind::DealStage, s)?,
    };
    let kind = kind_of(&stage);
    let loss_reason = match (kind, d.loss_reason.as_deref().map(str::trim)) {
        (StageKind::Lost, None | Some("")) => return Err(invalid("err.loss_reason_required", &[])),
        (StageKind::Lost, Some(r)) => Some(entry(plan, DictKind::LossReason, r)?.id),
        (_, Some(r)) if !r.is_empty() => return Err(invalid("err.reason_only_when_lost", &[])),
        _ => None,
    };
    let closed = match (kind, d.closed) {
        (StageKind::Open, Some(_)) => return Err(invalid("import.err.closed_but_open", &[])),
        (StageKind::Open, None) => None,
        (_, c) => Some(c.unwrap_or(d.created)),
    };
    if let Some(c) = closed
        && c < d.created
    {
        return Err(invalid(
            "import.err.closed_before_created",
            &[&c.date_naive(), &d.created.date_naive()],
        ));
    }
    Ok(Now {
        stage,
        source: opt_entry(plan, DictKind::DealSource, d.deal.source.as_deref())?,
        loss_reason,
        closed,
    })
}

/// The past a file without history implies: created in the current stage (or the first
/// open one when the deal is closed), then won or lost, with its reason, at the close.
fn made_up_history(d: &ImportedDeal, now: &Now) -> Vec<ImportedMove> {
    let by = d.by.clone();
    let open = kind_of(&now.stage) == StageKind::Open;
    let mut moves = vec![ImportedMove {
        at: d.created,
        by: by.clone(),
        change: ImportedChange::Created {
            stage: open.then(|| now.stage.name.clone()),
            value: d.deal.value.clone(),
        },
    }];
    if let Some(closed) = now.closed {
        let step = |change| ImportedMove {
            at: closed,
            by: by.clone(),
            change,
        };
        moves.push(step(ImportedChange::Stage {
            stage: now.stage.name.clone(),
        }));
        if let Some(r) = &d.loss_reason {
            moves.push(step(ImportedChange::LossReason {
                reason: Some(r.clone()),
            }));
        }
        moves.push(step(ImportedChange::Closed {
            closed: Some(closed),
        }));
    }
    moves
}

fn deal(plan: &mut Plan, d: ImportedDeal) -> Result<Option<u64>> {
    let title = validate::required_line("col.title", &d.deal.title)?;
    if !plan.exists(T::Contacts, &keys::id(d.deal.contact_id))? {
        return Err(invalid("err.no_contact", &[&d.deal.contact_id]));
    }
    let owner = require_user(plan, d.deal.owner.as_deref().unwrap_or(&plan.actor.login))?;
    if let Some(cid) = d.deal.campaign_id
        && !plan.exists(T::Campaigns, &keys::id(cid))?
    {
        return Err(invalid("err.no_campaign", &[&cid]));
    }
    check_value(&d.deal.value)?;
    let now = now_state(plan, &d)?;
    let mut history = if d.history.is_empty() {
        made_up_history(&d, &now)
    } else {
        d.history.clone()
    };
    // Every deal starts with its creation (the funnel and the value history read it).
    if !matches!(
        history.first().map(|m| &m.change),
        Some(ImportedChange::Created { .. })
    ) {
        history.insert(
            0,
            ImportedMove {
                at: d.created,
                by: d.by.clone(),
                change: ImportedChange::Created {
                    stage: None,
                    value: None,
                },
            },
        );
    }
    let custom =
        super::apply_fields::check(plan, FieldOn::Deal, &Default::default(), &d.deal.fields)?;
    let mut deal = Deal {
        id: plan.next_id("deal")?,
        contact_id: d.deal.contact_id,
        title,
        offer: validate::optional_line("col.offer", d.deal.offer.as_deref())?,
        description: validate::optional_text("col.description", d.deal.description.as_deref())?,
        owner,
        stage: now.stage.id,
        source: now.source,
        value: d.deal.value.clone(),
        next_activity: validate::optional_date(d.deal.next_activity)?,
        tags: validate::tags(&d.deal.tags)?,
        campaign_id: d.deal.campaign_id,
        loss_reason: now.loss_reason,
        created: d.created,
        closed: now.closed,
        last_activity: d.created,
        expected_close: validate::optional_date(d.deal.expected_close)?,
        fields: Default::default(),
    };
    replay(plan, &mut deal, &history)?;
    // Custom values as the file has them now, recorded at the deal's creation.
    let entity = EntityRef {
        kind: EntityKind::Deal,
        id: deal.id,
    };
    for change in super::apply_fields::apply(&mut deal.fields, custom) {
        as_of(plan, d.created, d.by.as_deref(), |p| {
            p.event(entity, change)
        })?;
    }
    if let Some(closed) = deal.closed
        && let Some(next) = deal.next_activity.take()
    {
        // A won or lost deal has nothing next (issue 18 item 10): the file's date goes to
        // the history, dated when the deal closed, as `deal win` records it.
        let entity = EntityRef {
            kind: EntityKind::Deal,
            id: deal.id,
        };
        let change = Change::Field {
            field: "next_activity".into(),
            old: Some(next.to_string()),
            new: None,
        };
        as_of(plan, closed, d.by.as_deref(), |p| p.event(entity, change))?;
    }
    plan.set_add(T::DealsByContact, deal.contact_id, deal.id)?;
    if let Some(cid) = deal.campaign_id {
        link_campaign(plan, &deal, cid, d.by.as_deref())?;
    }
    plan.put(T::Deals, keys::id(deal.id), &deal);
    Ok(Some(deal.id))
}

/// Write the events of a deal's past. The record itself holds the state now (validated
/// above); the events say how it got there, as `deal set`, `win` and `lose` would have
/// recorded it, but with the file's times and no notifications.
fn replay(plan: &mut Plan, deal: &mut Deal, history: &[ImportedMove]) -> Result<()> {
    let entity = EntityRef {
        kind: EntityKind::Deal,
        id: deal.id,
    };
    // What the events have said so far: the `old` side of each change.
    let mut stage: Option<u64> = None;
    let mut value: Option<Money> = None;
    let mut reason: Option<u64> = None;
    // The first owner is whoever the file does not say: the old side of a first hand-over
    // stays empty rather than guessed.
    let mut owner: Option<String> = None;
    let mut source: Option<u64> = None;
    let mut closed: Option<DateTime<Utc>> = None;
    let time = |c: Option<DateTime<Utc>>| c.map(|t| t.to_rfc3339());
    for m in history {
        let change = match &m.change {
            ImportedChange::Created { stage: s, value: v } => {
                check_value(v)?;
                let first = match s.as_deref().map(str::trim) {
                    None | Some("") => plan.svc.first_stage(StageKind::Open)?,
                    Some(s) => entry(plan, DictKind::DealStage, s)?,
                };
                stage = Some(first.id);
                value = v.clone();
                Change::DealCreated {
                    title: deal.title.clone(),
                    stage: first.id,
                    value: v.clone(),
                }
            }
            ImportedChange::Stage { stage: s } => {
                let to = entry(plan, DictKind::DealStage, s)?.id;
                let from = stage.replace(to);
                Change::Stage { from, to }
            }
            ImportedChange::Value { value: v } => {
                check_value(v)?;
                let old = std::mem::replace(&mut value, v.clone());
                Change::Value {
                    old,
                    new: v.clone(),
                }
            }
            ImportedChange::LossReason { reason: r } => {
                let new = opt_entry(plan, DictKind::LossReason, r.as_deref())?;
                let old = std::mem::replace(&mut reason, new);
                Change::DictField {
                    field: "loss_reason".into(),
                    old,
                    new,
                }
            }
            ImportedChange::Owner { owner: o } => {
                let new = require_user(plan, o)?;
                let old = owner.replace(new.clone());
                Change::Field {
                    field: "owner".into(),
                    old,
                    new: Some(new),
                }
            }
            ImportedChange::Source { source: s } => {
                let new = opt_entry(plan, DictKind::DealSource, s.as_deref())?;
                let old = std::mem::replace(&mut source, new);
                Change::DictField {
                    field: "source".into(),
                    old,
                    new,
                }
            }
            ImportedChange::Closed { closed: c } => {
                let old = std::mem::replace(&mut closed, *c);
                Change::Field {
                    field: "closed".into(),
                    old: time(old),
                    new: time(*c),
                }
            }
        };
        as_of(plan, m.at, m.by.as_deref(), |p| p.event(entity, change))?;
        deal.last_activity = deal.last_activity.max(m.at);
    }
    Ok(())
}

/// The deal joins its campaign as `deal add` would join it (indexes and the campaign's own
/// history), dated at the deal's creation.
fn link_campaign(plan: &mut Plan, deal: &Deal, campaign: Id, by: Option<&str>) -> Result<()> {
    plan.put_marker(T::DealsByCampaign, keys::pair(campaign, deal.id).to_vec());
    let member = keys::pair(campaign, deal.contact_id);
    if !plan.exists(T::CampaignMembers, &member)? {
        plan.put_raw_id(T::CampaignMembers, member.to_vec(), deal.id);
    }
    let linked = Change::Linked {
        to: EntityRef {
            kind: EntityKind::Deal,
            id: deal.id,
        },
    };
    let on = EntityRef {
        kind: EntityKind::Campaign,
        id: campaign,
    };
    as_of(plan, deal.created, by, |p| p.event(on, linked))?;
    Ok(())
}

/// A calendar day's business time for dated fields that only have a day: noon UTC, the
/// same calendar day from UTC-11 to UTC+11.
fn noon_utc(d: NaiveDate) -> DateTime<Utc> {
    d.and_time(NaiveTime::MIN).and_utc() + chrono::Duration::hours(12)
}
