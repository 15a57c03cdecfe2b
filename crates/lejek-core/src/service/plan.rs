//! Planning one command: reads through the write set, id allocation, events and
//! notifications. Nothing reaches the store until the whole batch commits.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Actor, Result, Service};
use crate::model::{Change, Deal, EntityKind, EntityRef, Event, Id, Notification};
use crate::store::{T, WriteSet, event_log, id_set, keys};

pub struct Plan<'a> {
    pub svc: &'a Service,
    pub w: &'a mut WriteSet,
    pub actor: Actor,
    events: Vec<u64>,
    /// Records already marked as backdated by this command (`Actor::recorded`).
    backdated: Vec<EntityRef>,
    /// Filled by bulk commands: what they created and what they skipped.
    pub created: Vec<Id>,
    pub skipped: Vec<Id>,
    /// Planned to be thrown away (`Service::dry_run`): a bulk command may then count
    /// instead of building every record (`apply_campaign::add_deals`).
    pub dry_run: bool,
    /// File contents (SHA-256 names) whose last record this command may have removed:
    /// deleted from `<db>/files/` after the commit when nothing refers to them any more.
    pub dropped_files: Vec<String>,
    /// Personal data an erase took out of the store: also taken out of the files beside it
    /// (the server log, the outbox) after the commit.
    pub erased_texts: Vec<String>,
}

impl<'a> Plan<'a> {
    pub fn new(svc: &'a Service, w: &'a mut WriteSet, actor: Actor) -> Result<Plan<'a>> {
        Ok(Plan {
            svc,
            w,
            actor,
            events: Vec::new(),
            backdated: Vec::new(),
            created: Vec::new(),
            skipped: Vec::new(),
            dry_run: false,
            dropped_files: Vec::new(),
            erased_texts: Vec::new(),
        })
    }

    /// Whether this write set writes nothing to any of `trees` yet.
    pub fn untouched(&self, trees: &[T]) -> bool {
        self.w.puts().all(|(t, _, _)| !trees.contains(&t))
    }

    /// The outcome of the planned command whose own result is `id`.
    pub fn finish(self, id: Option<Id>) -> super::Outcome {
        super::Outcome {
            id,
            events: self.events,
            created: self.created,
            skipped: self.skipped,
        }
    }

    pub fn get<V: DeserializeOwned + 'static>(&self, t: T, key: &[u8]) -> Result<Option<V>> {
        Ok(self.w.get(self.svc.store(), t, key)?)
    }

    pub fn exists(&self, t: T, key: &[u8]) -> Result<bool> {
        Ok(self.w.get_raw(self.svc.store(), t, key)?.is_some())
    }

    pub fn put<V: Serialize>(&mut self, t: T, key: impl Into<Vec<u8>>, value: &V) {
        self.w.put(t, key, value);
    }

    pub fn put_marker(&mut self, t: T, key: impl Into<Vec<u8>>) {
        self.w.put_raw(t, key, Vec::new());
    }

    pub fn remove(&mut self, t: T, key: impl Into<Vec<u8>>) {
        self.w.remove(t, key);
    }

    /// Add `id` to the packed set under `parent` in `t` (`id_set`).
    pub fn set_add(&mut self, t: T, parent: Id, id: Id) -> Result<()> {
        let old = self.w.get_raw(self.svc.store(), t, &keys::id(parent))?;
        let new = id_set::with(old.as_deref(), id);
        self.w.put_raw(t, keys::id(parent), new);
        Ok(())
    }

    /// Take `id` out of the packed set under `parent` in `t`.
    pub fn set_remove(&mut self, t: T, parent: Id, id: Id) -> Result<()> {
        let old = self.w.get_raw(self.svc.store(), t, &keys::id(parent))?;
        match id_set::without(old.as_deref(), id) {
            Some(new) => self.w.put_raw(t, keys::id(parent), new),
            None => self.w.remove(t, keys::id(parent)),
        }
        Ok(())
    }

    pub fn next_id(&mut self, counter: &'static str) -> Result<Id> {
        Ok(self.w.next_id(self.svc.store(), counter)?)
    }

    /// Record an event on `entity` by the actor, now.
    pub fn event(&mut self, entity: EntityRef, change: Change) -> Result<u64> {
        let seq = self.next_id("event")?;
        let ev = Event {
            seq,
            at: self.actor.at,
            actor: self.actor.login.clone(),
            entity,
            change,
        };
        self.put(T::Events, keys::event(entity, seq), &ev);
        event_log::append(self.w, self.svc.store(), seq, entity)?;
        self.events.push(seq);
        if let Some(recorded) = self.actor.recorded
            && !self.backdated.contains(&entity)
        {
            // Once per record a command touches: the audit trail says the date before it
            // is the client's, and when the server really wrote it.
            self.backdated.push(entity);
            let mark = self.next_id("event")?;
            let ev = Event {
                seq: mark,
                at: self.actor.at,
                actor: self.actor.login.clone(),
                entity,
                change: Change::Backdated { recorded },
            };
            self.put(T::Events, keys::event(entity, mark), &ev);
            event_log::append(self.w, self.svc.store(), mark, entity)?;
            self.events.push(mark);
        }
        Ok(seq)
    }

    /// Event `seq`, read through this plan's writes (an event it made itself).
    pub fn planned_event(&self, seq: u64) -> Result<Option<Event>> {
        let store = self.svc.store();
        let Some(log) = self.w.get_raw(store, T::EventLog, &event_log::key(seq))? else {
            return Ok(None);
        };
        match event_log::record_in(&log, seq) {
            Some(on) => self.get(T::Events, &keys::event(on, seq)),
            None => Ok(None),
        }
    }

    /// Record an event on a deal: bumps its last activity (D8) and tells its owner when
    /// someone else did it (X1). `deal` is the deal as it will be stored; the caller writes it.
    pub fn deal_event(&mut self, deal: &mut Deal, change: Change) -> Result<u64> {
        let seq = self.event(
            EntityRef {
                kind: EntityKind::Deal,
                id: deal.id,
            },
            change,
        )?;
        if self.actor.at > deal.last_activity {
            deal.last_activity = self.actor.at;
        }
        self.tell_owner(deal, seq);
        Ok(seq)
    }

    /// Tell the deal's owner of event `seq` when someone else made it (X1).
    fn tell_owner(&mut self, deal: &Deal, seq: u64) {
        if deal.owner != self.actor.login {
            let owner = deal.owner.clone();
            self.notify(&owner, seq);
        }
    }

    /// Put a notification of event `seq` in `login`'s inbox.
    pub fn notify(&mut self, login: &str, event_seq: u64) {
        let n = Notification {
            seq: event_seq,
            event_seq,
            login: login.to_owned(),
            at: self.actor.at,
            read: false,
        };
        self.put(T::Inbox, keys::inbox(login, event_seq), &n);
    }

    /// Load a deal for an event that is not itself a deal edit (note, comment, file, task),
    /// record the event and write the deal back with its new last activity.
    pub fn touch_deal(&mut self, deal_id: Id, change: Change) -> Result<u64> {
        let mut deal = self.existing_deal(deal_id)?;
        let seq = self.deal_event(&mut deal, change)?;
        self.put(T::Deals, keys::id(deal_id), &deal);
        Ok(seq)
    }

    /// Record an event on a deal that is not activity with the customer (a send that
    /// failed): in its history and its owner's inbox, the deal itself untouched.
    pub fn deal_record(&mut self, deal_id: Id, change: Change) -> Result<u64> {
        let deal = self.existing_deal(deal_id)?;
        let on = EntityRef {
            kind: EntityKind::Deal,
            id: deal_id,
        };
        let seq = self.event(on, change)?;
        self.tell_owner(&deal, seq);
        Ok(seq)
    }

    fn existing_deal(&self, deal_id: Id) -> Result<Deal> {
        self.get(T::Deals, &keys::id(deal_id))?
            .ok_or_else(|| super::invalid("err.no_deal", &[&deal_id]))
    }
}

impl Plan<'_> {
    /// Store a bare id as the value (index trees that map to a record).
    pub fn put_raw_id(&mut self, t: T, key: Vec<u8>, id: Id) {
        self.w.put_raw(t, key, id.to_be_bytes().to_vec());
    }

    pub fn get_raw_id(&self, t: T, key: &[u8]) -> Result<Option<Id>> {
        Ok(self
            .w
            .get_raw(self.svc.store(), t, key)?
            .and_then(|v| keys::u64_at(&v, 0)))
    }
}
