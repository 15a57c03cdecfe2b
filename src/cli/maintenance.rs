//! `lejek backup FILE`, `lejek restore FILE`, `lejek check [--repair]` (X5, issue 7).

use std::path::{Path, PathBuf};

use super::context::Context;
use crate::i18n::Lang;
use crate::render::Format;
use crate::service::Result;

pub fn backup(_ctx: &Context, _file: &Path) -> Result<i32> {
    Err(super::bad("err.not_yet", &[&"backup"]))
}

pub fn restore(_db: &Option<PathBuf>, _lang: Lang, _file: &Path) -> Result<i32> {
    Err(super::bad("err.not_yet", &[&"restore"]))
}

pub fn check(_ctx: &Context, _repair: bool, _format: Format) -> Result<i32> {
    Err(super::bad("err.not_yet", &[&"check"]))
}
