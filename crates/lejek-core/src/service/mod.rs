//! The one door: every change is a `Command` applied here in one sled transaction together
//! with its history events, index entries and notifications; every read of the front ends
//! goes through the query methods. Validation, history, last activity and notifications live
//! here once.

pub mod access;
pub mod agenda;
pub mod batch_chunks;
mod check_fields;
pub mod clock;
pub mod command;
pub mod command_depth;
pub mod database;
pub mod dicts;
pub mod digest;
pub mod failpoint;
pub mod fields;
pub mod maintenance;
pub mod names;
pub(crate) mod plan;
pub mod query;
mod read_model;
pub mod requests;
pub mod rules;
pub mod seed;
pub mod send_claims;
pub mod validate;
pub mod views;

mod after_removal;
mod apply_admin;
mod apply_campaign;
mod apply_contact;
mod apply_deal;
mod apply_digest;
mod apply_erase;
mod apply_fields;
mod apply_import;
mod apply_journal;
mod apply_journal_edit;
mod apply_merge;
mod apply_pipeline;
mod apply_remove;
mod apply_task;
pub(crate) mod apply_template;
pub mod duplicate_keys;
pub mod duplicates;
pub mod files;
pub mod personal;
mod pipeline;
mod redirects;
pub mod removed;
mod templates;

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};

/// The errors, by their old path (`service::error::Error`).
pub use crate::error;
pub use crate::error::{Error, Result, invalid};
pub use crate::read_model::sort;
pub use crate::remote_error::RemoteError;
pub use clock::Clock;
pub use command::{
    CampaignDraft, CampaignPatch, Command, ContactDraft, ContactPatch, DealDraft, DealPatch,
    FieldDraft, Imported, ImportedChange, ImportedContact, ImportedDeal, ImportedMove,
    ImportedTask, Outcome, TaskDraft, TaskPatch, TemplateDraft, TemplatePatch,
};

use crate::model::{DictEntry, User};
use crate::store::{Store, T, WriteSet};
use plan::Plan;

/// The service over one open database.
pub struct Service {
    store: Store,
    clock: Clock,
    /// Serialises writers in this process: planning reads then commits, so two planners
    /// must not interleave.
    write_lock: Mutex<()>,
    /// Times the writer lock was taken to write (counted under it): a long read that saw
    /// the same number before and after saw no commit (`maintenance`, issue 15 item 7).
    writes_begun: std::sync::atomic::AtomicU64,
    /// Dictionary entries, loaded once and reloaded after a dictionary command.
    dict_cache: Mutex<Option<Arc<Vec<DictEntry>>>>,
    /// See `refuse_frozen_writes`.
    frozen_writes_refused: bool,
    /// Commits seen by this service: a page says at which one it was computed.
    generation: std::sync::atomic::AtomicU64,
    /// The read model every list and report is answered from, built on first need
    /// (`read_model.rs`).
    model: std::sync::RwLock<Option<crate::read_model::ReadModel>>,
    /// Answers computed at the current generation (reports), by what was asked.
    answers: Mutex<std::collections::HashMap<String, read_model::Kept>>,
}

/// Who does a change and when (the clock's now, or a past time for demo and imports).
#[derive(Clone, Debug)]
pub struct Actor {
    pub login: String,
    pub at: DateTime<Utc>,
    /// Set when `at` is not the server's time (an admin's backdated write through a
    /// server): when it was really written. Each record it touches gets a
    /// `Change::Backdated` event saying so.
    pub recorded: Option<DateTime<Utc>>,
}

impl Service {
    /// Open an existing database (or create one with `create`).
    pub fn open(dir: &Path, create: bool, clock: Clock) -> Result<Service> {
        let started = std::time::Instant::now();
        let store = Store::open(dir, create)?;
        // In a front end: it works in this process (--no-server, init, demo generate); in
        // `lejek serve`: the server has its database.
        tracing::info!(
            db = %dir.display(),
            ms = started.elapsed().as_millis() as u64,
            "database opened in this process"
        );
        Ok(Service {
            store,
            clock,
            write_lock: Mutex::new(()),
            writes_begun: std::sync::atomic::AtomicU64::new(0),
            dict_cache: Mutex::new(None),
            frozen_writes_refused: false,
            generation: std::sync::atomic::AtomicU64::new(0),
            model: std::sync::RwLock::new(None),
            answers: Mutex::new(std::collections::HashMap::new()),
        })
    }

    /// How many commits this service has made: grows with every write, so a front end
    /// that saw an older number knows its window may be stale.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The service's clock, or the frozen clock of the client this thread serves.
    pub fn clock(&self) -> Clock {
        match clock::thread_frozen() {
            Some(at) => Clock::fixed(at),
            None => self.clock,
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// An actor acting now.
    pub fn actor(&self, login: &str) -> Actor {
        Actor {
            login: login.to_owned(),
            at: self.clock().now(),
            recorded: None,
        }
    }

    /// The same service on another clock.
    pub fn with_clock(mut self, clock: Clock) -> Service {
        self.clock = clock;
        self
    }

    /// Refuse every write of this process: its clock is frozen (`LEJEK_NOW`) by someone
    /// who may not date writes (a plain user with `--no-server`, issue 15). Reads keep it.
    pub fn refuse_frozen_writes(mut self) -> Service {
        self.frozen_writes_refused = true;
        self
    }

    /// The clock this service was opened with, whatever a client's thread says: the
    /// server's own time, which dates every write (issue 15).
    pub fn own_clock(&self) -> Clock {
        self.clock
    }

    /// Apply one command: validate, write entity + indexes + events in one transaction,
    /// flush, answer. On any error nothing is written.
    pub fn apply(&self, actor: &Actor, cmd: Command) -> Result<Outcome> {
        let mut outs = self.apply_batch(vec![(actor.clone(), cmd)])?;
        Ok(outs.pop().unwrap_or_default())
    }

    /// Apply several commands atomically: all are written or none. Later commands see the
    /// writes of earlier ones (a contact created and given a deal in one batch).
    pub fn apply_batch(&self, cmds: Vec<(Actor, Command)>) -> Result<Vec<Outcome>> {
        self.plan_batch(cmds, false, None)
    }

    /// `apply_batch` exactly once for request `id` of `login` (the server's writes, issue
    /// 15 item 8): the id and the outcomes are committed with the write, and the same id
    /// again gets the first outcomes without writing anything.
    pub fn apply_batch_once(
        &self,
        login: &str,
        id: &requests::RequestId,
        cmds: Vec<(Actor, Command)>,
    ) -> Result<Vec<Outcome>> {
        self.plan_batch(cmds, false, Some((id, login)))
    }

    /// The writer lock. A write that panicked while holding it (a bug, caught by the
    /// server) poisons it; the lock guards no data (each write plans into its own
    /// `WriteSet`, and nothing reached the store before the commit), so the next writer
    /// takes it as it is instead of every later write being refused.
    pub(crate) fn writer_lock(&self) -> MutexGuard<'_, ()> {
        self.write_lock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Validate and plan a command exactly as `apply` would, and write nothing: the outcome
    /// says what would be created (ids are the ones the next real run would likely get).
    pub fn dry_run(&self, actor: &Actor, cmd: Command) -> Result<Outcome> {
        let mut outs = self.plan_batch(vec![(actor.clone(), cmd)], true, None)?;
        Ok(outs.pop().unwrap_or_default())
    }

    fn plan_batch(
        &self,
        cmds: Vec<(Actor, Command)>,
        dry_run: bool,
        once: Option<(&requests::RequestId, &str)>,
    ) -> Result<Vec<Outcome>> {
        if self.frozen_writes_refused
            && let Some(frozen) = self.clock.frozen()
        {
            return Err(invalid(
                "err.client_clock",
                &[&frozen.to_rfc3339(), &Utc::now().to_rfc3339()],
            ));
        }
        let _guard = self.writer_lock();
        if let Some((id, login)) = once
            && let Some(first) = requests::answered(&self.store, id, login)?
        {
            return Ok(first);
        }
        if !dry_run {
            self.writes_begun
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
        let mut writes = WriteSet::new();
        let mut outcomes = Vec::with_capacity(cmds.len());
        let mut dicts_changed = false;
        let mut removal = after_removal::Removal::default();
        for (actor, cmd) in cmds {
            self.check_permission(&actor.login, &cmd)?;
            dicts_changed |= cmd.changes_dicts();
            removal.any |= cmd.removes();
            let mut plan = Plan::new(self, &mut writes, actor)?;
            plan.dry_run = dry_run;
            let id = self.plan_command(&mut plan, cmd)?;
            removal.take(&mut plan);
            outcomes.push(plan.finish(id));
            if dicts_changed {
                // Later commands in the batch must see the new entries.
                self.invalidate_dicts();
            }
        }
        // Every record written follows its kind's rules as a whole, whatever path of the
        // command built it: the same judge restore, `import all` and `check` use.
        for (t, _, value) in writes.puts() {
            if let rules::Verdict::Refused(e) = rules::judge(t, value) {
                self.invalidate_dicts();
                return Err(e);
            }
        }
        if dry_run {
            // Everything was validated and planned; nothing is written (B3 --dry-run).
            return Ok(outcomes);
        }
        if let Some((id, login)) = once {
            requests::remember(&self.store, &mut writes, id, login, &outcomes)?;
        }
        if failpoint::fires(failpoint::Point::PanicInWrite) {
            panic!("LEJEK_TEST_FAIL=panic-in-write: a write panics holding the writer lock");
        }
        let committed = writes.commit(&self.store);
        if dicts_changed || committed.is_err() {
            self.invalidate_dicts();
        }
        committed?;
        // Still under the writer lock: the model takes writes in commit order (and the
        // generation counts them).
        if removal.any {
            // Rows leave the model and old values change: it is built again from the store.
            self.drop_model();
        } else {
            self.model_took(&writes);
        }
        self.after_removal(removal);
        if once.is_some() && failpoint::fires(failpoint::Point::DieAfterCommit) {
            failpoint::die();
        }
        Ok(outcomes)
    }

    fn plan_command(&self, plan: &mut Plan, cmd: Command) -> Result<Option<u64>> {
        let cmd = redirects::follow(plan, cmd)?;
        match cmd {
            Command::AddUser { login, name, admin } => {
                apply_admin::add_user(plan, login, name, admin)
            }
            Command::UpdateUser { login, name, admin } => {
                apply_admin::update_user(plan, &login, name, admin)
            }
            Command::AddDictEntry {
                kind,
                name,
                stage_kind,
            } => apply_admin::add_dict(plan, kind, name, stage_kind),
            Command::RenameDictEntry {
                kind,
                name,
                new_name,
            } => apply_admin::rename_dict(plan, kind, &name, new_name),
            Command::RetireDictEntry { kind, name } => apply_admin::retire_dict(plan, kind, &name),
            Command::MoveDictEntry {
                kind,
                name,
                before,
                after,
            } => apply_pipeline::move_entry(plan, kind, &name, before, after),
            Command::SetStage {
                name,
                probability,
                rot_days,
            } => apply_pipeline::set_stage(plan, &name, probability, rot_days),
            Command::AddField(d) => apply_fields::add(plan, d),
            Command::RetireField { on, name } => apply_fields::retire(plan, on, &name),
            Command::UnretireDictEntry { kind, name } => {
                apply_pipeline::unretire(plan, kind, &name)
            }
            Command::MergeContacts { keep, other } => apply_merge::merge(plan, keep, other),
            Command::AddContact(d) => apply_contact::add(plan, d),
            Command::UpdateContact { id, patch } => apply_contact::update(plan, id, patch),
            Command::EndContact { id, reason, date } => apply_contact::end(plan, id, &reason, date),
            Command::AddDeal(d) => apply_deal::add(plan, d),
            Command::UpdateDeal { id, patch } => apply_deal::update(plan, id, patch),
            Command::WinDeal { id, stage } => apply_deal::win(plan, id, stage.as_deref()),
            Command::LoseDeal { id, reason, stage } => {
                apply_deal::lose(plan, id, &reason, stage.as_deref())
            }
            Command::AddCampaign(d) => apply_campaign::add(plan, d),
            Command::UpdateCampaign { id, patch } => apply_campaign::update(plan, id, patch),
            Command::AddNote { on, text } => apply_journal::note(plan, on, text),
            Command::AddComment { on, text } => apply_journal::comment(plan, on, text),
            Command::AttachFile {
                on,
                name,
                sha256,
                size,
            } => apply_journal::attach(plan, on, name, sha256, size),
            Command::AddTask(d) => apply_task::add(plan, d),
            Command::CompleteTask { id } => apply_task::complete(plan, id),
            Command::UpdateTask { id, patch } => apply_task::update(plan, id, patch),
            Command::MarkRead { seqs } => apply_admin::mark_read(plan, seqs),
            Command::AddDealsToCampaign {
                campaign,
                create,
                mut contacts,
                matching,
                deal,
            } => {
                // A filter is a dry run's selection only: a real batch names its contacts and
                // goes in chunks (B5), so a short request cannot plan one transaction over
                // every contact of the database.
                if matching.is_some() && !plan.dry_run {
                    return Err(invalid("batch.err.matching_dry_run", &[]));
                }
                let matching = matching.map(|filter| query::ListQuery {
                    filter,
                    me: plan.actor.login.clone(),
                    ..query::ListQuery::default()
                });
                // A dry run over a filter alone is counted, never listed (issue 17).
                if let Some(q) = matching.as_ref().filter(|_| contacts.is_empty()) {
                    return apply_campaign::count_deals(plan, &campaign, create, q, deal);
                }
                if let Some(q) = matching {
                    contacts.extend(self.ids(query::FilterOf::Contact, &q)?);
                }
                apply_campaign::add_deals(plan, &campaign, create, contacts, deal)
            }
            Command::Import(imp) => self.plan_import(plan, imp),
            Command::AddTemplate(d) => apply_template::add(plan, d),
            Command::UpdateTemplate { name, patch } => apply_template::update(plan, &name, patch),
            Command::RemoveTemplate { name } => apply_template::remove(plan, &name),
            Command::ClaimSend {
                template_id,
                deal_id,
            } => apply_template::claim(plan, template_id, deal_id),
            Command::RecordMessage {
                deal_id,
                message,
                claimed,
            } => apply_template::record(plan, deal_id, message, claimed),
            Command::EditNote { id, text } => apply_journal_edit::edit_note(plan, id, text),
            Command::RemoveNote { id } => apply_journal_edit::remove_note(plan, id),
            Command::EditComment { id, text } => apply_journal_edit::edit_comment(plan, id, text),
            Command::RemoveComment { id } => apply_journal_edit::remove_comment(plan, id),
            Command::ReopenTask { id } => apply_task::reopen(plan, id),
            Command::ReopenContact { id } => apply_contact::reopen(plan, id),
            Command::SetUserEmail { login, email } => apply_digest::set_email(plan, &login, email),
            Command::ClaimDigest { day } => apply_digest::claim(plan, day),
            Command::SettleDigest { day, sent } => apply_digest::settle(plan, day, sent),
            Command::RemoveDeal { id } => apply_remove::remove_deal(plan, id),
            Command::RemoveContact {
                id,
                with_deals,
                detach_persons,
            } => apply_remove::remove_contact(plan, id, with_deals, detach_persons),
            Command::RemoveTask { id } => apply_remove::remove_task(plan, id),
            Command::RemoveFile { id } => apply_remove::remove_file(plan, id),
            Command::EraseContact { id } => apply_erase::erase_person(plan, id),
        }
    }

    /// All dictionary entries (cached).
    pub fn dict_entries(&self) -> Result<Arc<Vec<DictEntry>>> {
        let mut cache = self.dict_cache();
        if let Some(entries) = cache.as_ref() {
            return Ok(entries.clone());
        }
        let mut entries = Vec::new();
        for item in self.store.tree(T::Dicts).iter() {
            let (_, v) = item?;
            entries.push(crate::store::decode::<DictEntry>(&v)?);
        }
        entries.sort_by_key(DictEntry::order_key);
        let entries = Arc::new(entries);
        *cache = Some(entries.clone());
        Ok(entries)
    }

    fn invalidate_dicts(&self) {
        *self.dict_cache() = None;
    }

    /// The dictionary cache. A reader that panicked while filling it (caught by the server)
    /// poisons it; what it left is dropped, so the next reader loads the entries afresh.
    fn dict_cache(&self) -> MutexGuard<'_, Option<Arc<Vec<DictEntry>>>> {
        self.dict_cache.lock().unwrap_or_else(|poisoned| {
            let mut cache = poisoned.into_inner();
            *cache = None;
            cache
        })
    }

    /// The user with this login, if any.
    pub fn user(&self, login: &str) -> Result<Option<User>> {
        match self.store.tree(T::Users).get(login.as_bytes())? {
            Some(v) => Ok(Some(crate::store::decode(&v)?)),
            None => Ok(None),
        }
    }

    /// Whether the database has been initialised (has users or dictionaries).
    pub fn is_initialised(&self) -> bool {
        !self.store.tree(T::Dicts).is_empty()
    }

    /// Copy a file into the content-addressed file store; returns (sha256, size).
    pub fn store_file(&self, path: &Path) -> Result<(String, u64)> {
        files::store_file(&self.store.files_dir(), path)
    }
}
