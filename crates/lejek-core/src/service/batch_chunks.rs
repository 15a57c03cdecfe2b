//! A batch campaign applied in chunks (C6, B2, B5): one deal per selected contact, all in
//! one campaign, written as `Command::AddDealsToCampaign` over a slice of the contacts at a
//! time. Each chunk is one transaction that writes its deals with their events and campaign
//! membership, so a crash between chunks leaves whole deals only; because the service skips
//! contacts already in the campaign, running the same batch again completes it without
//! duplicates.
//!
//! The front end gives the door (`Service::apply`, a server's, or a dry run's) and is told
//! after each chunk (for its progress); the splitting and the counting are here, once.

use super::{CampaignDraft, Command, DealDraft, Error, Outcome, Result};
use crate::model::Id;

/// Contacts per command, i.e. per transaction. sled keeps a transaction's writes in memory
/// (about a dozen keys per deal: the deal, its events and indexes), so one transaction per
/// 100,000 deals would cost gigabytes; at 2,000 the flush after each chunk is a small part
/// of the time (see benches/batch-results.md).
pub const CHUNK: usize = 2_000;

/// What every chunk of one batch shares: the campaign (found by its name, or created) and
/// the deal each contact gets.
#[derive(Clone, Debug)]
pub struct BatchDeals {
    /// The campaign's name: its identity (B2).
    pub campaign: String,
    /// How to create the campaign when no campaign has that name yet.
    pub create: CampaignDraft,
    /// The deal every contact gets (its `contact_id` is each contact's).
    pub deal: DealDraft,
}

/// One committed (or, on a dry run, planned) chunk, as the front end hears of it.
#[derive(Debug)]
pub struct ChunkDone<'a> {
    /// 0-based.
    pub index: usize,
    /// How many chunks the batch has.
    pub of: usize,
    /// The contacts in this chunk.
    pub contacts: usize,
    pub outcome: &'a Outcome,
}

/// What all the chunks did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchDone {
    /// The campaign, as the last chunk named it (`None` before any chunk, or on a dry run
    /// that would create it).
    pub campaign_id: Option<Id>,
    /// The new deals (on a dry run: those it would create).
    pub created: Vec<Id>,
    /// Contacts already in the campaign.
    pub skipped: usize,
}

/// A batch stopped by an error: the chunks before it are in (B5: the same batch again
/// finishes the rest).
#[derive(Debug)]
pub struct Interrupted {
    pub error: Error,
    /// The deals the committed chunks created.
    pub created: usize,
}

impl BatchDeals {
    /// The command for one chunk of the contacts.
    pub fn command(&self, contacts: &[Id]) -> Command {
        Command::AddDealsToCampaign {
            campaign: self.campaign.clone(),
            create: self.create.clone(),
            contacts: contacts.to_vec(),
            matching: None,
            deal: self.deal.clone(),
        }
    }
}

/// `contacts` in chunks of `size` (at least 1). No contacts is still one (empty) chunk: the
/// campaign is found or created.
pub fn chunks(contacts: &[Id], size: usize) -> Vec<&[Id]> {
    if contacts.is_empty() {
        return vec![&[]];
    }
    contacts.chunks(size.max(1)).collect()
}

/// Contacts per chunk: `CHUNK`, or `LEJEK_BATCH_CHUNK` (a test-only knob, so tests can make
/// a few thousand contacts into many chunks; not documented for users).
pub fn chunk_size() -> usize {
    std::env::var("LEJEK_BATCH_CHUNK")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n: &usize| *n > 0)
        .unwrap_or(CHUNK)
}

/// Apply `batch` to `contacts`, `size` contacts per command, each through `apply`, calling
/// `done` after each chunk. The first error stops the batch.
pub fn apply_in_chunks(
    batch: &BatchDeals,
    contacts: &[Id],
    size: usize,
    apply: &mut dyn FnMut(Command) -> Result<Outcome>,
    done: &mut dyn FnMut(&ChunkDone),
) -> std::result::Result<BatchDone, Interrupted> {
    let chunks = chunks(contacts, size);
    let mut out = BatchDone::default();
    for (index, chunk) in chunks.iter().enumerate() {
        let outcome = apply(batch.command(chunk)).map_err(|error| Interrupted {
            error,
            created: out.created.len(),
        })?;
        out.campaign_id = outcome.id;
        out.skipped += outcome.skipped.len();
        out.created.extend(outcome.created.iter().copied());
        done(&ChunkDone {
            index,
            of: chunks.len(),
            contacts: chunk.len(),
            outcome: &outcome,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch() -> BatchDeals {
        BatchDeals {
            campaign: "Wiosna".into(),
            create: CampaignDraft::default(),
            deal: DealDraft::default(),
        }
    }

    /// A door that creates a deal (id 100 + contact) for each contact not in `skip`, and
    /// fails at the call numbered `fail_at` (1-based).
    fn door<'a>(
        skip: &'static [Id],
        fail_at: Option<usize>,
        seen: &'a mut Vec<Vec<Id>>,
    ) -> impl FnMut(Command) -> Result<Outcome> + 'a {
        move |cmd| {
            let Command::AddDealsToCampaign { contacts, .. } = cmd else {
                panic!("not a batch command: {cmd:?}");
            };
            seen.push(contacts.clone());
            if Some(seen.len()) == fail_at {
                return Err(super::super::invalid("err.bad_now", &[&"x"]));
            }
            let (skipped, new): (Vec<Id>, Vec<Id>) =
                contacts.iter().partition(|c| skip.contains(c));
            Ok(Outcome {
                id: Some(7),
                created: new.iter().map(|c| 100 + c).collect(),
                skipped,
                ..Outcome::default()
            })
        }
    }

    #[test]
    fn splits_in_order_and_an_empty_batch_is_one_empty_chunk() {
        let ids = [1, 2, 3, 4, 5];
        assert_eq!(chunks(&ids, 2), vec![&[1, 2][..], &[3, 4], &[5]]);
        assert_eq!(chunks(&ids, 5), vec![&ids[..]]);
        let none: &[Id] = &[];
        assert_eq!(chunks(none, 2000), vec![none]);
        // A size of 0 would be no progress; it is taken as 1.
        assert_eq!(chunks(&[1, 2], 0), vec![&[1][..], &[2]]);
    }

    #[test]
    fn counts_every_chunk_and_tells_the_front_end_after_each() {
        let mut seen = Vec::new();
        let mut heard = Vec::new();
        let done = apply_in_chunks(
            &batch(),
            &[1, 2, 3, 4, 5],
            2,
            &mut door(&[2, 5], None, &mut seen),
            &mut |c| heard.push((c.index, c.of, c.contacts, c.outcome.created.len())),
        )
        .unwrap_or_else(|i| panic!("{:?}", i.error));
        assert_eq!(
            done,
            BatchDone {
                campaign_id: Some(7),
                created: vec![101, 103, 104],
                skipped: 2,
            }
        );
        assert_eq!(heard, vec![(0, 3, 2, 1), (1, 3, 2, 2), (2, 3, 1, 0)]);
        assert_eq!(seen, vec![vec![1, 2], vec![3, 4], vec![5]]);
    }

    #[test]
    fn an_error_stops_the_batch_and_says_how_much_is_in() {
        let mut seen = Vec::new();
        let mut heard = 0;
        let stopped = apply_in_chunks(
            &batch(),
            &[1, 2, 3, 4, 5],
            2,
            &mut door(&[], Some(2), &mut seen),
            &mut |_| heard += 1,
        );
        match stopped {
            Err(Interrupted { created, error }) => {
                assert_eq!(created, 2);
                assert!(matches!(error, Error::Invalid(_)), "{error:?}");
            }
            Ok(d) => panic!("went through: {d:?}"),
        }
        // The third chunk was never tried; the front end heard of the first only.
        assert_eq!(seen.len(), 2);
        assert_eq!(heard, 1);
    }
}
