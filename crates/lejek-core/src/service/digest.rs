//! Sending one user's daily digest once (issue 19 item 7), however often cron runs it and
//! from however many machines: the day's digest is claimed (`Command::ClaimDigest`)
//! before it leaves, as a campaign send claims each deal (`send_claims.rs`); a digest
//! claimed before is skipped; after the transport's answer the claim becomes sent, or is
//! released so the next run tries again.
//!
//! The front end gives what the core may not do itself (`DigestSender`): reach the
//! database through its door as the user, and hand the message to a transport.

use chrono::NaiveDate;

use super::{Command, Outcome, Result};

/// How one user's digest ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DigestStatus {
    /// Sent: the transport's answer.
    Sent(String),
    /// Sent before today (or now being sent by another run): not sent again.
    Skipped,
    /// Not sent, why; the claim is released so the next run tries again.
    Failed(String),
}

/// The steps of a send that belong to the front end.
pub trait DigestSender {
    /// Apply a command through the one door, as the digest's user.
    fn apply(&self, cmd: Command) -> Result<Outcome>;

    /// Hand the digest to the transport: `Ok` with its answer, `Err` with why not.
    fn deliver(&mut self) -> std::result::Result<String, String>;
}

/// Send the digest of `day` unless it was sent (or is being sent) already.
pub fn send_once(sender: &mut dyn DigestSender, day: NaiveDate) -> Result<DigestStatus> {
    let claim = sender.apply(Command::ClaimDigest { day })?;
    if claim.id.is_none() {
        return Ok(DigestStatus::Skipped);
    }
    let (sent, status) = match sender.deliver() {
        Ok(detail) => (true, DigestStatus::Sent(detail)),
        Err(why) => (false, DigestStatus::Failed(why)),
    };
    sender.apply(Command::SettleDigest { day, sent })?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// A door whose claim is taken unless `sent_before`, and a transport that fails when
    /// `bounce`. It notes every step.
    struct Fake {
        sent_before: bool,
        bounce: bool,
        steps: RefCell<Vec<String>>,
    }

    impl DigestSender for Fake {
        fn apply(&self, cmd: Command) -> Result<Outcome> {
            let (step, id) = match cmd {
                Command::ClaimDigest { .. } => {
                    ("claim".to_owned(), (!self.sent_before).then_some(1))
                }
                Command::SettleDigest { sent, .. } => (format!("settle {sent}"), None),
                other => panic!("not a digest command: {other:?}"),
            };
            self.steps.borrow_mut().push(step);
            Ok(Outcome {
                id,
                ..Outcome::default()
            })
        }

        fn deliver(&mut self) -> std::result::Result<String, String> {
            self.steps.borrow_mut().push("deliver".into());
            match self.bounce {
                true => Err("550 no such user".into()),
                false => Ok("250 ok".into()),
            }
        }
    }

    fn run(sent_before: bool, bounce: bool) -> (DigestStatus, Vec<String>) {
        let mut f = Fake {
            sent_before,
            bounce,
            steps: RefCell::default(),
        };
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let status = send_once(&mut f, day).unwrap_or_else(|e| panic!("{e:?}"));
        (status, f.steps.into_inner())
    }

    #[test]
    fn claims_then_sends_then_marks_sent() {
        let (status, steps) = run(false, false);
        assert_eq!(status, DigestStatus::Sent("250 ok".into()));
        assert_eq!(steps, ["claim", "deliver", "settle true"]);
    }

    #[test]
    fn a_digest_sent_before_is_not_handed_to_the_transport() {
        let (status, steps) = run(true, false);
        assert_eq!(status, DigestStatus::Skipped);
        assert_eq!(steps, ["claim"]);
    }

    #[test]
    fn a_failed_send_releases_its_claim() {
        let (status, steps) = run(false, true);
        assert_eq!(status, DigestStatus::Failed("550 no such user".into()));
        assert_eq!(steps, ["claim", "deliver", "settle false"]);
    }
}
