//! Deal commands (D1-D9): create, edit, move through the pipeline, win, lose.

use super::command::{DealDraft, DealPatch};
use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::{
    Campaign, Change, Contact, Deal, DictEntry, DictKind, EntityKind, EntityRef, FieldOn, Id,
    StageKind, User,
};
use crate::store::{T, keys};

fn load(plan: &Plan, id: Id) -> Result<Deal> {
    plan.get(T::Deals, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_deal", &[&id]))
}

fn require_contact(plan: &Plan, id: Id) -> Result<Contact> {
    plan.get(T::Contacts, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_contact", &[&id]))
}

fn require_campaign(plan: &Plan, id: Id) -> Result<Campaign> {
    plan.get(T::Campaigns, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_campaign", &[&id]))
}

/// Owners are lejek users (D2: they receive the notifications).
fn require_user(plan: &Plan, login: &str) -> Result<String> {
    let u: Option<User> = plan.get(T::Users, login.trim().as_bytes())?;
    u.map(|u| u.login)
        .ok_or_else(|| invalid("err.no_user", &[&login.trim()]))
}

fn stage_entry(plan: &Plan, id: u64) -> Result<DictEntry> {
    plan.svc
        .dict_by_id(id)?
        .ok_or_else(|| invalid("err.no_stage", &[&id]))
}

fn stage_kind(e: &DictEntry) -> StageKind {
    e.stage_kind.unwrap_or(StageKind::Open)
}

pub fn add(plan: &mut Plan, d: DealDraft) -> Result<Option<u64>> {
    let title = validate::required_line("col.title", &d.title)?;
    require_contact(plan, d.contact_id)?;
    let owner = require_user(plan, d.owner.as_deref().unwrap_or(&plan.actor.login))?;
    let stage = match &d.stage {
        Some(s) => plan.svc.resolve_dict(DictKind::DealStage, s)?,
        None => plan.svc.first_stage(StageKind::Open)?,
    };
    if stage_kind(&stage) == StageKind::Lost {
        // A loss needs its reason: create the deal, then lose it.
        return Err(invalid("err.loss_reason_required", &[]));
    }
    let source = match d.source.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(plan.svc.resolve_dict(DictKind::DealSource, s)?.id),
    };
    if let Some(cid) = d.campaign_id {
        require_campaign(plan, cid)?;
    }
    if let Some(v) = &d.value {
        check_value(v)?;
    }
    if stage_kind(&stage) != StageKind::Open && d.next_activity.is_some() {
        // A closed deal has nothing next (issue 18 item 10).
        return Err(invalid("err.next_on_closed", &[&title]));
    }
    let custom = super::apply_fields::check(plan, FieldOn::Deal, &Default::default(), &d.fields)?;
    let at = plan.actor.at;
    let mut deal = Deal {
        id: plan.next_id("deal")?,
        contact_id: d.contact_id,
        title: title.clone(),
        offer: validate::optional_line("col.offer", d.offer.as_deref())?,
        description: validate::optional_text("col.description", d.description.as_deref())?,
        owner,
        stage: stage.id,
        source,
        value: d.value.clone(),
        next_activity: validate::optional_date(d.next_activity)?,
        tags: validate::tags(&d.tags)?,
        campaign_id: d.campaign_id,
        loss_reason: None,
        created: at,
        closed: (stage_kind(&stage) != StageKind::Open).then_some(at),
        last_activity: at,
        expected_close: validate::optional_date(d.expected_close)?,
        fields: Default::default(),
    };
    // One event names the deal and its first stage and value, so the funnel (R7) and the
    // value history (D9) start at creation (format 2; v1 wrote three events).
    let first = Change::DealCreated {
        title,
        stage: stage.id,
        value: deal.value.clone(),
    };
    plan.deal_event(&mut deal, first)?;
    for change in super::apply_fields::apply(&mut deal.fields, custom) {
        plan.deal_event(&mut deal, change)?;
    }
    plan.set_add(T::DealsByContact, deal.contact_id, deal.id)?;
    if let Some(cid) = deal.campaign_id {
        link_campaign(plan, &deal, cid)?;
    }
    plan.put(T::Deals, keys::id(deal.id), &deal);
    Ok(Some(deal.id))
}

fn check_value(v: &crate::model::Money) -> Result<()> {
    if v.minor < 0 {
        return Err(invalid("err.negative_value", &[&v.to_decimal_string()]));
    }
    Ok(())
}

fn link_campaign(plan: &mut Plan, deal: &Deal, campaign: Id) -> Result<()> {
    plan.put_marker(T::DealsByCampaign, keys::pair(campaign, deal.id).to_vec());
    let member = keys::pair(campaign, deal.contact_id);
    if !plan.exists(T::CampaignMembers, &member)? {
        plan.put_raw_id(T::CampaignMembers, member.to_vec(), deal.id);
    }
    // The campaign's own history shows the deals joining it (K1 progress tracking).
    plan.event(
        EntityRef {
            kind: EntityKind::Campaign,
            id: campaign,
        },
        Change::Linked {
            to: EntityRef {
                kind: EntityKind::Deal,
                id: deal.id,
            },
        },
    )?;
    Ok(())
}

pub(super) fn unlink_campaign(plan: &mut Plan, deal: &Deal, campaign: Id) -> Result<()> {
    plan.remove(T::DealsByCampaign, keys::pair(campaign, deal.id).to_vec());
    let member = keys::pair(campaign, deal.contact_id);
    if plan.get_raw_id(T::CampaignMembers, &member)? == Some(deal.id) {
        // The contact stays a member while another of its deals is in the campaign (found
        // by `lejek check`: the entry went with the first deal to leave).
        match other_deal_of_contact(plan, deal, campaign)? {
            Some(other) => plan.put_raw_id(T::CampaignMembers, member.to_vec(), other),
            None => plan.remove(T::CampaignMembers, member.to_vec()),
        }
    }
    Ok(())
}

/// Another deal of `deal`'s contact in `campaign`, if any (the campaign's deals as stored,
/// each re-read through the plan so this batch's own moves count).
fn other_deal_of_contact(plan: &Plan, deal: &Deal, campaign: Id) -> Result<Option<Id>> {
    let tree = plan.svc.store().tree(T::DealsByCampaign);
    for item in tree.scan_prefix(keys::id(campaign)) {
        let (k, _) = item?;
        let Some(id) = keys::u64_at(&k, 8).filter(|id| *id != deal.id) else {
            continue;
        };
        if !plan.exists(T::DealsByCampaign, &k)? {
            continue;
        }
        let other: Option<Deal> = plan.get(T::Deals, &keys::id(id))?;
        if other.is_some_and(|o| o.contact_id == deal.contact_id && o.campaign_id == Some(campaign))
        {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Move a deal to `to`, keeping `closed` and `loss_reason` consistent with the stage kind.
fn move_stage(
    plan: &mut Plan,
    deal: &mut Deal,
    to: &DictEntry,
    reason: Option<&str>,
) -> Result<()> {
    let kind = stage_kind(to);
    let new_reason = match (kind, reason.map(str::trim)) {
        (StageKind::Lost, None | Some("")) => return Err(invalid("err.loss_reason_required", &[])),
        (StageKind::Lost, Some(r)) => Some(plan.svc.resolve_dict(DictKind::LossReason, r)?.id),
        (_, Some(r)) if !r.is_empty() => return Err(invalid("err.reason_only_when_lost", &[])),
        _ => None,
    };
    if deal.stage == to.id && deal.loss_reason == new_reason {
        return Ok(());
    }
    let from = deal.stage;
    deal.stage = to.id;
    if from != to.id {
        plan.deal_event(
            deal,
            Change::Stage {
                from: Some(from),
                to: to.id,
            },
        )?;
    }
    if deal.loss_reason != new_reason {
        let old = deal.loss_reason;
        deal.loss_reason = new_reason;
        plan.deal_event(
            deal,
            Change::DictField {
                field: "loss_reason".into(),
                old,
                new: new_reason,
            },
        )?;
    }
    // Closing sets the close date; moving between closed stages re-dates it; reopening
    // clears it.
    let closed = match kind {
        StageKind::Open => None,
        _ if from != to.id || deal.closed.is_none() => Some(plan.actor.at),
        _ => deal.closed,
    };
    if deal.closed != closed {
        let fmt = |c: Option<chrono::DateTime<chrono::Utc>>| c.map(|t| t.to_rfc3339());
        let old = deal.closed;
        deal.closed = closed;
        plan.deal_event(
            deal,
            Change::Field {
                field: "closed".into(),
                old: fmt(old),
                new: fmt(closed),
            },
        )?;
    }
    // A won or lost deal has nothing next: its date would make it "overdue" forever
    // (issue 18 item 10). The date stays in the history, like any `deal set --next`.
    if kind != StageKind::Open {
        clear_next(plan, deal)?;
    }
    Ok(())
}

/// Clear the next activity, recording the old date as `deal set --next` records a change.
fn clear_next(plan: &mut Plan, deal: &mut Deal) -> Result<()> {
    if let Some(old) = deal.next_activity.take() {
        plan.deal_event(
            deal,
            Change::Field {
                field: "next_activity".into(),
                old: Some(old.to_string()),
                new: None,
            },
        )?;
    }
    Ok(())
}

fn text_change(
    plan: &mut Plan,
    deal: &mut Deal,
    field: &str,
    old: Option<String>,
    new: Option<String>,
) -> Result<()> {
    if old != new {
        plan.deal_event(
            deal,
            Change::Field {
                field: field.into(),
                old,
                new,
            },
        )?;
    }
    Ok(())
}

pub fn update(plan: &mut Plan, id: Id, p: DealPatch) -> Result<Option<u64>> {
    let old = load(plan, id)?;
    let mut deal = old.clone();

    // Validate everything before recording any event, so errors leave no partial plan.
    let title = p
        .title
        .as_deref()
        .map(|t| validate::required_line("col.title", t))
        .transpose()?;
    let offer = p
        .offer
        .as_ref()
        .map(|o| validate::optional_line("col.offer", o.as_deref()))
        .transpose()?;
    let description = p
        .description
        .as_ref()
        .map(|o| validate::optional_text("col.description", o.as_deref()))
        .transpose()?;
    let owner = p
        .owner
        .as_deref()
        .map(|o| require_user(plan, o))
        .transpose()?;
    let stage = p
        .stage
        .as_deref()
        .map(|s| plan.svc.resolve_dict(DictKind::DealStage, s))
        .transpose()?;
    if p.loss_reason.is_some() && stage.is_none() {
        // A reason alone only makes sense on a lost deal: change it there.
        let current = stage_entry(plan, deal.stage)?;
        if stage_kind(&current) != StageKind::Lost {
            return Err(invalid("err.reason_only_when_lost", &[]));
        }
    }
    let source = match &p.source {
        None => None,
        Some(None) => Some(None),
        Some(Some(s)) if s.trim().is_empty() => Some(None),
        Some(Some(s)) => Some(Some(plan.svc.resolve_dict(DictKind::DealSource, s)?.id)),
    };
    if let Some(Some(v)) = &p.value {
        check_value(v)?;
    }
    if let Some(Some(cid)) = p.campaign_id {
        require_campaign(plan, cid)?;
    }
    if let Some(cid) = p.contact_id {
        require_contact(plan, cid)?;
    }
    let add = validate::tags(&p.add_tags)?;
    let remove = validate::tags(&p.remove_tags)?;
    let next = p.next_activity.map(validate::optional_date).transpose()?;
    let expected = p.expected_close.map(validate::optional_date).transpose()?;
    let custom = super::apply_fields::check(plan, FieldOn::Deal, &deal.fields, &p.fields)?;
    let closed_after = match &stage {
        Some(s) => stage_kind(s) != StageKind::Open,
        None => deal.closed.is_some(),
    };
    if closed_after && matches!(next, Some(Some(_))) {
        // Closing clears the date (item 10): setting one on a closed deal would be lost
        // or, kept, make it overdue. Reopen it first.
        return Err(invalid("err.next_on_closed", &[&format!("#{id}")]));
    }

    if let Some(t) = title {
        deal.title = t;
        let new = Some(deal.title.clone());
        text_change(plan, &mut deal, "title", Some(old.title.clone()), new)?;
    }
    if let Some(o) = offer {
        deal.offer = o;
        let new = deal.offer.clone();
        text_change(plan, &mut deal, "offer", old.offer.clone(), new)?;
    }
    if let Some(d) = description {
        deal.description = d;
        let new = deal.description.clone();
        text_change(plan, &mut deal, "description", old.description.clone(), new)?;
    }
    if let Some(o) = owner
        && o != deal.owner
    {
        deal.owner = o.clone();
        // Recorded after the owner changed, so the new owner is told they got the deal
        // (D2) unless they took it themselves.
        plan.deal_event(
            &mut deal,
            Change::Field {
                field: "owner".into(),
                old: Some(old.owner.clone()),
                new: Some(o),
            },
        )?;
    }
    match (&stage, &p.loss_reason) {
        (Some(s), r) => move_stage(plan, &mut deal, s, r.as_deref())?,
        (None, Some(r)) => {
            let current = stage_entry(plan, deal.stage)?;
            move_stage(plan, &mut deal, &current, Some(r))?;
        }
        (None, None) => {}
    }
    if let Some(s) = source
        && s != deal.source
    {
        let prev = deal.source;
        deal.source = s;
        plan.deal_event(
            &mut deal,
            Change::DictField {
                field: "source".into(),
                old: prev,
                new: s,
            },
        )?;
    }
    if let Some(v) = p.value
        && v != deal.value
    {
        let prev = deal.value.take();
        deal.value = v.clone();
        plan.deal_event(&mut deal, Change::Value { old: prev, new: v })?;
    }
    if let Some(n) = next {
        // The old side is the date now: a closing move above may have cleared it already.
        let prev = std::mem::replace(&mut deal.next_activity, n);
        text_change(
            plan,
            &mut deal,
            "next_activity",
            prev.map(|d| d.to_string()),
            n.map(|d| d.to_string()),
        )?;
    }
    if let Some(e) = expected {
        let prev = std::mem::replace(&mut deal.expected_close, e);
        text_change(
            plan,
            &mut deal,
            "expected_close",
            prev.map(|d| d.to_string()),
            e.map(|d| d.to_string()),
        )?;
    }
    for change in super::apply_fields::apply(&mut deal.fields, custom) {
        plan.deal_event(&mut deal, change)?;
    }
    validate::apply_tags(&mut deal.tags, add, &remove);
    let tags = |v: &[String]| {
        if v.is_empty() {
            None
        } else {
            Some(v.join(", "))
        }
    };
    let new_tags = tags(&deal.tags);
    text_change(plan, &mut deal, "tags", tags(&old.tags), new_tags)?;
    if let Some(cid) = p.contact_id
        && cid != deal.contact_id
    {
        if let Some(camp) = deal.campaign_id {
            unlink_campaign(plan, &deal, camp)?;
        }
        plan.set_remove(T::DealsByContact, deal.contact_id, id)?;
        deal.contact_id = cid;
        plan.set_add(T::DealsByContact, cid, id)?;
        if let Some(camp) = deal.campaign_id {
            link_campaign(plan, &deal, camp)?;
        }
        text_change(
            plan,
            &mut deal,
            "contact_id",
            Some(old.contact_id.to_string()),
            Some(cid.to_string()),
        )?;
    }
    if let Some(c) = p.campaign_id
        && c != deal.campaign_id
    {
        if let Some(prev) = deal.campaign_id {
            unlink_campaign(plan, &deal, prev)?;
        }
        deal.campaign_id = c;
        if let Some(new) = c {
            link_campaign(plan, &deal, new)?;
        }
        text_change(
            plan,
            &mut deal,
            "campaign_id",
            old.campaign_id.map(|x| x.to_string()),
            c.map(|x| x.to_string()),
        )?;
    }
    plan.put(T::Deals, keys::id(id), &deal);
    Ok(Some(id))
}

/// Pick a stage of `kind`: the one named, or the first of that kind.
fn closing_stage(plan: &Plan, kind: StageKind, named: Option<&str>) -> Result<DictEntry> {
    match named {
        Some(s) => {
            let e = plan.svc.resolve_dict(DictKind::DealStage, s)?;
            if stage_kind(&e) != kind {
                return Err(invalid("err.stage_not_of_kind", &[&e.name, &kind.as_str()]));
            }
            Ok(e)
        }
        None => plan.svc.first_stage(kind),
    }
}

pub fn win(plan: &mut Plan, id: Id, stage: Option<&str>) -> Result<Option<u64>> {
    let mut deal = load(plan, id)?;
    let to = closing_stage(plan, StageKind::Won, stage)?;
    move_stage(plan, &mut deal, &to, None)?;
    plan.put(T::Deals, keys::id(id), &deal);
    Ok(Some(id))
}

pub fn lose(plan: &mut Plan, id: Id, reason: &str, stage: Option<&str>) -> Result<Option<u64>> {
    let mut deal = load(plan, id)?;
    if reason.trim().is_empty() {
        return Err(invalid("err.loss_reason_required", &[]));
    }
    let to = closing_stage(plan, StageKind::Lost, stage)?;
    move_stage(plan, &mut deal, &to, Some(reason))?;
    plan.put(T::Deals, keys::id(id), &deal);
    Ok(Some(id))
}
