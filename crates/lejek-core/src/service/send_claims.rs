//! A campaign send run (D12): one template to the contact of every open deal of a campaign,
//! once per deal however often the run is repeated (cron reminders) and however many
//! senders run at once. Each deal is claimed (`Command::ClaimSend`) before its message
//! leaves; a deal sent before, or held by another sender, is skipped; the send's history
//! entry (written by the front end's sender) turns the claim into sent, or releases it when
//! the send failed so the next run tries again.
//!
//! The front end gives what the core may not do itself (`CampaignSender`): make a message,
//! reach the database through its door (in this process or a server's), and hand the
//! message to a transport (e-mail and SMS are the application's, not the core's).

use super::views::DealView;
use super::{Command, Outcome, Result};
use crate::model::Id;

/// How one deal of a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SendStatus {
    /// A dry run: it would be sent.
    WouldSend,
    /// Sent before (or now being sent by another run): not sent again.
    Skipped,
    Sent,
    /// Not sent, and recorded so; the next run tries again.
    Failed,
}

impl SendStatus {
    /// The name scripts read (`send --format json`: `status`).
    pub fn as_str(self) -> &'static str {
        match self {
            SendStatus::WouldSend => "would_send",
            SendStatus::Skipped => "skipped",
            SendStatus::Sent => "sent",
            SendStatus::Failed => "failed",
        }
    }
}

/// One deal of a run, done: what the front end is told after each.
#[derive(Debug)]
pub struct DealDone<'a, M> {
    pub deal: &'a DealView,
    pub message: &'a M,
    pub status: SendStatus,
    /// The transport's answer when sent, why not when failed, else empty.
    pub detail: String,
}

/// The steps of a run that belong to the front end.
pub trait CampaignSender {
    /// A message made for one deal.
    type Message;

    /// The template's message for `deal`.
    fn compose(&mut self, deal: &DealView) -> Result<Self::Message>;

    /// Whether `template_id` was claimed for `deal_id` before (a dry run's question).
    fn claimed(&self, template_id: Id, deal_id: Id) -> Result<bool>;

    /// Apply a command through the one door, as the user.
    fn apply(&self, cmd: Command) -> Result<Outcome>;

    /// Hand `message` to the transport and record it on its deal as a claimed send. `Ok`
    /// with the transport's detail when it left, `Err` with why not (already recorded);
    /// the outer `Err` is the database's.
    fn deliver(&mut self, message: &Self::Message) -> Result<std::result::Result<String, String>>;
}

/// The deals a run sends to: the campaign's open ones (a won or lost deal gets no
/// reminder).
pub fn open_deals(deals: Vec<DealView>) -> Vec<DealView> {
    deals
        .into_iter()
        .filter(|d| d.stage_kind == "open")
        .collect()
}

/// Send `template_id` to each of `deals` (or, with `dry_run`, say which would get it),
/// calling `each` after each deal with its message and how it ended. Returns the number of
/// failed sends. A database error stops the run.
pub fn run<S: CampaignSender>(
    sender: &mut S,
    template_id: Id,
    deals: &[DealView],
    dry_run: bool,
    each: &mut dyn FnMut(DealDone<'_, S::Message>),
) -> Result<usize> {
    let mut failed = 0;
    for deal in deals {
        let message = sender.compose(deal)?;
        if dry_run {
            let status = match sender.claimed(template_id, deal.id)? {
                true => SendStatus::Skipped,
                false => SendStatus::WouldSend,
            };
            each(done(deal, &message, status, String::new()));
            continue;
        }
        let claim = sender.apply(Command::ClaimSend {
            template_id,
            deal_id: deal.id,
        })?;
        if claim.id.is_none() {
            each(done(deal, &message, SendStatus::Skipped, String::new()));
            continue;
        }
        match sender.deliver(&message)? {
            Ok(detail) => each(done(deal, &message, SendStatus::Sent, detail)),
            Err(why) => {
                failed += 1;
                each(done(deal, &message, SendStatus::Failed, why));
            }
        }
    }
    Ok(failed)
}

fn done<'a, M>(
    deal: &'a DealView,
    message: &'a M,
    status: SendStatus,
    detail: String,
) -> DealDone<'a, M> {
    DealDone {
        deal,
        message,
        status,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    fn deal(id: Id, stage_kind: &'static str) -> DealView {
        DealView {
            id,
            title: format!("deal {id}"),
            contact_id: id,
            contact: format!("contact {id}"),
            owner: "anna".into(),
            stage: stage_kind.into(),
            stage_kind,
            source: None,
            value: None,
            currency: None,
            next_activity: None,
            last_activity: chrono::DateTime::default(),
            tags: Vec::new(),
            campaign_id: Some(1),
            campaign: Some("Wiosna".into()),
            loss_reason: None,
            offer: None,
            description: None,
            created: chrono::DateTime::default(),
            closed: None,
            expected_close: None,
            fields: Default::default(),
            days_in_stage: 0,
            rotting: false,
            stage_rank: 0,
            value_minor: None,
            deal: crate::model::Deal {
                id,
                contact_id: id,
                title: format!("deal {id}"),
                offer: None,
                description: None,
                owner: "anna".into(),
                stage: 1,
                source: None,
                value: None,
                next_activity: None,
                tags: Vec::new(),
                campaign_id: Some(1),
                loss_reason: None,
                created: chrono::DateTime::default(),
                closed: None,
                last_activity: chrono::DateTime::default(),
                expected_close: None,
                fields: Default::default(),
            },
        }
    }

    /// A front end whose claims are taken for every deal but those in `sent_before`, and
    /// whose transport fails for the deals in `bounce`. It notes every step.
    struct Fake {
        sent_before: Vec<Id>,
        bounce: Vec<Id>,
        steps: RefCell<Vec<String>>,
    }

    impl CampaignSender for Fake {
        type Message = Id;

        fn compose(&mut self, deal: &DealView) -> Result<Id> {
            self.steps.borrow_mut().push(format!("compose {}", deal.id));
            Ok(deal.id)
        }

        fn claimed(&self, template_id: Id, deal_id: Id) -> Result<bool> {
            assert_eq!(template_id, 9);
            Ok(self.sent_before.contains(&deal_id))
        }

        fn apply(&self, cmd: Command) -> Result<Outcome> {
            let Command::ClaimSend {
                template_id: 9,
                deal_id,
            } = cmd
            else {
                panic!("not a claim of template 9: {cmd:?}");
            };
            self.steps.borrow_mut().push(format!("claim {deal_id}"));
            let taken = !self.sent_before.contains(&deal_id);
            Ok(Outcome {
                id: taken.then_some(deal_id),
                ..Outcome::default()
            })
        }

        fn deliver(&mut self, m: &Id) -> Result<std::result::Result<String, String>> {
            self.steps.borrow_mut().push(format!("deliver {m}"));
            Ok(match self.bounce.contains(m) {
                true => Err("550 no such user".into()),
                false => Ok("250 ok".into()),
            })
        }
    }

    fn fake(sent_before: &[Id], bounce: &[Id]) -> Fake {
        Fake {
            sent_before: sent_before.to_vec(),
            bounce: bounce.to_vec(),
            steps: RefCell::default(),
        }
    }

    #[test]
    fn only_open_deals_get_the_message() {
        let deals = vec![
            deal(1, "open"),
            deal(2, "won"),
            deal(3, "lost"),
            deal(4, "open"),
        ];
        let ids: Vec<Id> = open_deals(deals).iter().map(|d| d.id).collect();
        assert_eq!(ids, [1, 4]);
    }

    #[test]
    fn claims_before_sending_and_skips_what_was_sent() {
        let mut f = fake(&[2], &[3]);
        let mut seen = Vec::new();
        let deals = [deal(1, "open"), deal(2, "open"), deal(3, "open")];
        let failed = run(&mut f, 9, &deals, false, &mut |d| {
            assert_eq!(d.deal.id, *d.message);
            seen.push((d.deal.id, d.status, d.detail));
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(failed, 1);
        assert_eq!(
            seen,
            [
                (1, SendStatus::Sent, "250 ok".to_owned()),
                (2, SendStatus::Skipped, String::new()),
                (3, SendStatus::Failed, "550 no such user".to_owned()),
            ]
        );
        // Deal 2's claim was refused, so nothing was handed to the transport for it.
        assert_eq!(
            f.steps.into_inner(),
            [
                "compose 1",
                "claim 1",
                "deliver 1",
                "compose 2",
                "claim 2",
                "compose 3",
                "claim 3",
                "deliver 3"
            ]
        );
    }

    #[test]
    fn a_dry_run_claims_nothing_and_sends_nothing() {
        let mut f = fake(&[2], &[]);
        let mut seen = Vec::new();
        let deals = [deal(1, "open"), deal(2, "open")];
        let failed = run(&mut f, 9, &deals, true, &mut |d| {
            seen.push((d.deal.id, d.status.as_str()))
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(failed, 0);
        assert_eq!(seen, [(1, "would_send"), (2, "skipped")]);
        assert_eq!(f.steps.into_inner(), ["compose 1", "compose 2"]);
    }
}
