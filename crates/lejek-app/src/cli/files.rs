//! Files given on the command line copied into the attachment store: one step shared by
//! `deal attach`, `campaign attach`, `template add/set --attach` and `send --attach`
//! (handlers do not call each other, issue 16).

use std::path::{Path, PathBuf};

use super::context::Context;
use crate::model::{EntityRef, StoredFile};
use crate::service::{Command, Result};

/// Copy `path` into the attachment store, named as on disk.
pub fn store(ctx: &Context, path: &Path) -> Result<StoredFile> {
    let (sha256, size) = ctx.svc.store_file(path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| sha256.clone());
    Ok(StoredFile { name, sha256, size })
}

/// Copy files into the attachment store, named as on disk (template and send attachments).
pub fn store_all(ctx: &Context, paths: &[PathBuf]) -> Result<Vec<StoredFile>> {
    paths.iter().map(|p| store(ctx, p)).collect()
}

/// Attach a file to a deal or campaign: copy it into the file store, then record it; prints
/// the attachment's id.
pub fn attach(ctx: &Context, on: EntityRef, path: &Path, name: Option<String>) -> Result<i32> {
    if ctx.svc.user(&ctx.user)?.is_none() {
        return Err(super::bad("err.actor_unknown", &[&ctx.user]));
    }
    let stored = store(ctx, path)?;
    let (sha256, size) = (stored.sha256, stored.size);
    let name = name.unwrap_or(stored.name);
    let id = ctx
        .apply(Command::AttachFile {
            on,
            name,
            sha256,
            size,
        })?
        .id
        .unwrap_or_default();
    println!("{id}");
    Ok(0)
}
