//! The demo story as a list of dated commands, applied in phases through `apply_batch`.
//!
//! Commands refer to records created by earlier commands (a deal on a company, a stage move
//! on a deal), whose ids are only known from the `Outcome`s once the creating batch is
//! committed. So every planned command names the handles it needs, and its `Command` is built
//! only when it is issued. A command may only use handles made in an earlier phase: within a
//! phase commands are issued in time order, so each record's history reads oldest first and
//! inboxes fill in the order things happened.

use chrono::{DateTime, Utc};

use crate::model::Id;
use crate::service::{Actor, Command, Error, Result, Service};

/// A record that a planned command will create.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct H(usize);

/// The ids known so far.
pub struct Ids(Vec<Option<Id>>);

impl Ids {
    /// The id behind a handle. Only an error if the story was planned wrongly (a handle used
    /// in the phase that creates it).
    pub fn get(&self, h: H) -> Result<Id> {
        self.0
            .get(h.0)
            .copied()
            .flatten()
            .ok_or_else(|| Error::Store(format!("demo data: record {} used before it exists", h.0)))
    }
}

type Build = Box<dyn FnOnce(&Ids) -> Result<Command>>;

struct Planned {
    phase: u8,
    at: DateTime<Utc>,
    login: String,
    creates: Option<H>,
    build: Build,
}

/// Commands planned with their time, actor and phase.
#[derive(Default)]
pub struct Timeline {
    items: Vec<Planned>,
    handles: usize,
}

impl Timeline {
    pub fn new() -> Timeline {
        Timeline::default()
    }

    /// Plan a command that creates a record; the handle stands for its id.
    pub fn create(
        &mut self,
        phase: u8,
        at: DateTime<Utc>,
        login: &str,
        build: impl FnOnce(&Ids) -> Result<Command> + 'static,
    ) -> H {
        let h = H(self.handles);
        self.handles += 1;
        self.push(phase, at, login, Some(h), Box::new(build));
        h
    }

    /// Plan a command whose result is not referred to later.
    pub fn then(
        &mut self,
        phase: u8,
        at: DateTime<Utc>,
        login: &str,
        build: impl FnOnce(&Ids) -> Result<Command> + 'static,
    ) {
        self.push(phase, at, login, None, Box::new(build));
    }

    fn push(
        &mut self,
        phase: u8,
        at: DateTime<Utc>,
        login: &str,
        creates: Option<H>,
        build: Build,
    ) {
        self.items.push(Planned {
            phase,
            at,
            login: login.to_owned(),
            creates,
            build,
        });
    }

    /// Issue everything: phase by phase, oldest first (ties in planning order), in batches of
    /// at most `chunk` commands. Nothing dated after `now` is ever issued.
    pub fn run(self, svc: &Service, now: DateTime<Utc>, chunk: usize) -> Result<()> {
        if let Some(late) = self.items.iter().find(|p| p.at > now) {
            return Err(Error::Store(format!(
                "demo data: a change dated {} is in the future",
                late.at
            )));
        }
        let mut ids = Ids(vec![None; self.handles]);
        let mut items: Vec<(usize, Planned)> = self.items.into_iter().enumerate().collect();
        items.sort_by_key(|(i, p)| (p.phase, p.at, *i));
        let mut pending = items.into_iter().peekable();
        while let Some((_, first)) = pending.next() {
            let phase = first.phase;
            let mut batch = vec![first];
            while batch.len() < chunk.max(1) {
                match pending.next_if(|(_, p)| p.phase == phase) {
                    Some((_, p)) => batch.push(p),
                    None => break,
                }
            }
            let mut cmds = Vec::with_capacity(batch.len());
            let mut creates = Vec::with_capacity(batch.len());
            for p in batch {
                let cmd = (p.build)(&ids)?;
                creates.push(p.creates);
                cmds.push((
                    Actor {
                        login: p.login,
                        at: p.at,
                        recorded: None,
                    },
                    cmd,
                ));
            }
            let outcomes = svc.apply_batch(cmds)?;
            for (h, out) in creates.into_iter().zip(outcomes) {
                if let Some(h) = h {
                    ids.0[h.0] = out.id;
                }
            }
        }
        Ok(())
    }
}
