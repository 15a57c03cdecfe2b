//! After a removal or an erase commits (issue 20 items 3 and 4): what lives beside the
//! store follows it. The read model's saved copy (`<db>/cache/reports.bin`) still holds the
//! removed rows and the erased names, so it is deleted (the next start saves a fresh one);
//! file contents no record refers to any more are deleted; an erase also takes the
//! person's data out of the logs in `<db>` and the outbox's message files.

use std::collections::HashSet;
use std::path::Path;

use super::Service;
use super::plan::Plan;
use crate::model::{Attachment, MessageTemplate};
use crate::store::{T, decode};

/// What the commands of one batch left to do after its commit.
#[derive(Default)]
pub(super) struct Removal {
    pub any: bool,
    files: Vec<String>,
    texts: Vec<String>,
}

impl Removal {
    pub fn take(&mut self, plan: &mut Plan) {
        self.files.append(&mut plan.dropped_files);
        self.texts.append(&mut plan.erased_texts);
    }
}

impl Service {
    /// Best effort: each step that fails is logged, the commit stands (what is left is
    /// derived data or bytes no record names; `lejek check` does not need them).
    pub(super) fn after_removal(&self, r: Removal) {
        let cache = crate::read_model::snapshot::path(self);
        if r.any
            && let Err(e) = std::fs::remove_file(&cache)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(error = %e, path = %cache.display(), "read model's saved copy not removed");
        }
        if !r.files.is_empty() {
            self.sweep_files(r.files);
        }
        if !r.texts.is_empty() {
            scrub_dir_files(self.dir(), &r.texts);
        }
    }

    /// Delete the contents among `candidates` that no attachment or template names.
    fn sweep_files(&self, candidates: Vec<String>) {
        let used = match self.used_contents() {
            Ok(u) => u,
            Err(e) => {
                tracing::warn!(error = %e, "files not swept after a removal");
                return;
            }
        };
        let dir = self.store().files_dir();
        let mut seen = HashSet::new();
        for sha in candidates {
            if used.contains(&sha)
                || !seen.insert(sha.clone())
                || !crate::store::content::is_content_name(&sha)
            {
                continue;
            }
            if let Err(e) = std::fs::remove_file(dir.join(&sha))
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(error = %e, file = %sha, "file content not removed");
            }
        }
    }

    fn used_contents(&self) -> crate::error::Result<HashSet<String>> {
        let mut used = HashSet::new();
        for item in self.store().tree(T::Attachments).iter() {
            let (_, v) = item?;
            used.insert(decode::<Attachment>(&v)?.sha256);
        }
        for item in self.store().tree(T::Templates).iter() {
            let (_, v) = item?;
            let t: MessageTemplate = decode(&v)?;
            used.extend(t.attachments.into_iter().map(|f| f.sha256));
        }
        Ok(used)
    }
}

/// Take `texts` out of the logs directly in `dir` (lines rewritten in place, so a server
/// appending to its log keeps its file) and delete the outbox's message files that hold
/// one of them (a message to the erased person).
fn scrub_dir_files(dir: &Path, texts: &[String]) {
    let scrub = super::apply_erase::Scrub::new(texts);
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_some_and(|x| x == "log") && path.is_file() {
                rewrite(&path, &scrub);
            }
        }
    }
    if let Ok(entries) = std::fs::read_dir(dir.join("outbox")) {
        for e in entries.flatten() {
            let path = e.path();
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            if scrub.finds(&String::from_utf8_lossy(&bytes))
                && let Err(err) = std::fs::remove_file(&path)
            {
                tracing::warn!(error = %err, path = %path.display(), "outbox file not removed");
            }
        }
    }
}

fn rewrite(path: &Path, scrub: &super::apply_erase::Scrub) {
    let Ok(bytes) = std::fs::read(path) else {
        return;
    };
    let text = String::from_utf8_lossy(&bytes);
    if let Some(clean) = scrub.text(&text) {
        // Truncate and write in place: the same file, still open for appending.
        if let Err(e) = std::fs::write(path, clean) {
            tracing::warn!(error = %e, path = %path.display(), "log not scrubbed");
        }
    }
}
