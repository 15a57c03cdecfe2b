//! How the service reaches its read model (`crate::read_model`): built on first need,
//! shared by every reader, changed only by the writer after each commit.

use std::path::Path;
use std::sync::{Arc, RwLockReadGuard, RwLockWriteGuard};

use super::{Result, Service};
use crate::model::{DictEntry, User};
use crate::read_model::{ReadModel, Source};
use crate::store::{Store, WriteSet};

/// How many computed answers (reports) a service keeps for the current generation: every
/// report with a few parameter sets, each a few kilobytes.
const KEPT_ANSWERS: usize = 64;

/// An answer kept, of any type (the service does not name the reports above it).
pub(crate) type Kept = (u64, Arc<dyn std::any::Any + Send + Sync>);

impl Source for Service {
    fn store(&self) -> &Store {
        Service::store(self)
    }

    fn dir(&self) -> &Path {
        Service::dir(self)
    }

    fn dict_entries(&self) -> crate::error::Result<Arc<Vec<DictEntry>>> {
        Service::dict_entries(self)
    }

    fn users(&self) -> crate::error::Result<Vec<User>> {
        Service::users(self)
    }
}

impl Service {
    /// Run `f` on the read model, building it first if this service has none yet.
    pub(crate) fn with_model<R>(&self, f: impl FnOnce(&ReadModel) -> Result<R>) -> Result<R> {
        {
            let guard = self.model_read();
            if let Some(m) = guard.as_ref() {
                return f(m);
            }
        }
        {
            let mut guard = self.model_write();
            if guard.is_none() {
                *guard = Some(ReadModel::build(self)?);
            }
        }
        let guard = self.model_read();
        match guard.as_ref() {
            Some(m) => f(m),
            // Dropped by a failed write in between: build it again on this thread.
            None => f(&ReadModel::build(self)?),
        }
    }

    /// Run `f` on the read model with its history regrouped (reports replay it).
    pub(crate) fn with_model_history<R>(
        &self,
        f: impl FnOnce(&ReadModel) -> Result<R>,
    ) -> Result<R> {
        let stale = self.with_model(|m| Ok(m.data.history_is_stale()))?;
        if stale && let Some(m) = self.model_write().as_mut() {
            m.data.freshen_history();
        }
        self.with_model(f)
    }

    /// An answer computed at `generation` for `key` (a report with its parameters), if it
    /// is kept.
    pub(crate) fn cached<T: Clone + Send + Sync + 'static>(
        &self,
        key: &str,
        generation: u64,
    ) -> Option<T> {
        let kept = self.answers.lock().unwrap_or_else(|p| p.into_inner());
        match kept.get(key) {
            Some((g, a)) if *g == generation => a.downcast_ref::<T>().cloned(),
            _ => None,
        }
    }

    /// Keep an answer computed at `generation` (at most `KEPT_ANSWERS`; a write makes them
    /// all stale).
    pub(crate) fn keep<T: Send + Sync + 'static>(&self, key: String, generation: u64, answer: T) {
        let mut kept = self.answers.lock().unwrap_or_else(|p| p.into_inner());
        kept.retain(|_, (g, _)| *g == generation);
        if kept.len() >= KEPT_ANSWERS {
            kept.clear();
        }
        kept.insert(key, (generation, Arc::new(answer)));
    }

    /// Build the read model now (a server does at its start, so the first list is quick).
    pub fn warm_read_model(&self) -> Result<()> {
        self.with_model(|_| Ok(()))
    }

    /// Save the read model's tables under `<db>/cache/` so the next start is quick
    /// (derived data: a failure only costs that speed).
    pub fn save_read_model(&self) {
        if !crate::read_model::snapshot::enabled() {
            return;
        }
        // The saved history is the grouped one: steps still pending are merged first.
        let mut guard = self.model_write();
        if let Some(m) = guard.as_mut() {
            m.data.freshen_history();
            if let Err(e) = crate::read_model::snapshot::write(self, &m.data) {
                tracing::info!(error = %e, "read model not saved");
            }
        }
    }

    /// Take a committed write into the model. A model that cannot (a record it cannot
    /// decode) is dropped and built again on the next read.
    pub(super) fn model_took(&self, writes: &WriteSet) {
        let mut guard = self.model_write();
        if let Some(m) = guard.as_mut()
            && let Err(e) = m.apply(self, writes)
        {
            tracing::warn!(error = %e, "read model dropped after a write; rebuilt on next read");
            *guard = None;
        }
        // Counted while the model is held: no reader sees the new data under the old
        // number (answers are kept by it).
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// Forget the model (the store was changed outside the write path: a repair).
    pub(crate) fn drop_model(&self) {
        let mut guard = self.model_write();
        *guard = None;
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    // A reader or writer that panicked holding the lock (caught by the server) may have
    // left the model half changed: drop it, it is rebuilt from the store.
    fn model_read(&self) -> RwLockReadGuard<'_, Option<ReadModel>> {
        match self.model.read() {
            Ok(g) => g,
            Err(poisoned) => {
                drop(poisoned);
                self.model.clear_poison();
                *self.model_write() = None;
                self.model.read().unwrap_or_else(|p| p.into_inner())
            }
        }
    }

    fn model_write(&self) -> RwLockWriteGuard<'_, Option<ReadModel>> {
        self.model.write().unwrap_or_else(|poisoned| {
            let mut g = poisoned.into_inner();
            *g = None;
            g
        })
    }
}
