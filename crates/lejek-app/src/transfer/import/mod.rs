//! `lejek import` (X5, issue 7): contacts and deals from CSV or from the JSON of `export`,
//! and everything from `export all`. A file is read and decoded (`csv_read`, `table`), its
//! columns mapped to fields (`mapping`), each row checked with the service's own rules
//! (`values`, `names`) and matched against what is already there (`dedupe`), then written
//! in chunks of one transaction each (`apply`), and the account of it all kept (`summary`).

pub mod all;
pub mod all_check;
pub mod apply;
pub mod contacts;
pub mod csv_read;
pub mod custom;
pub mod deals;
pub mod dedupe;
pub mod mapping;
pub mod missing;
pub mod names;
pub mod summary;
pub mod table;
pub mod values;

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::backend::Backend;
use crate::i18n::Lang;
use crate::service::{Error, Result, invalid};
use names::Found;
use table::{ReadError, ReadOptions};
use values::Values;

/// How to import (the command line's flags).
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub read: ReadOptions,
    /// `--map column=field`.
    pub maps: Vec<String>,
    /// Add owners, dictionary values, campaigns and contacts the file names but the
    /// database lacks.
    pub create_missing: bool,
    /// Merge a duplicate into the record already there instead of skipping it.
    pub update: bool,
    /// Check and plan everything, write nothing.
    pub dry_run: bool,
    /// Which column finds a deal's contact; by default the first of contact_id, nip,
    /// email, contact the row fills.
    pub contact_by: Option<dedupe::Key>,
}

/// One import in progress: where it writes, as whom, and how.
pub struct Importer<'a> {
    pub svc: &'a Backend,
    pub login: String,
    pub opts: Options,
    pub values: Values,
    pub now: DateTime<Utc>,
    /// Told how the writing goes: the section ("contacts", "deals", ...), rows written,
    /// rows to write. The command line draws a bar with it (on a terminal).
    pub progress: &'a dyn Fn(&str, usize, usize),
}

impl Importer<'_> {
    pub fn lang(&self) -> Lang {
        self.values.lang
    }

    /// Report progress: `done` of `total` rows of section `what` are written.
    pub fn tick(&self, what: &str, done: usize, total: usize) {
        (self.progress)(what, done, total);
    }
}

/// A row that is not imported: the reason, and whether an unknown value was it.
#[derive(Clone, Debug)]
pub struct Bad {
    pub reason: String,
    pub unknown: bool,
}

impl Bad {
    pub fn new(reason: String) -> Bad {
        Bad {
            reason,
            unknown: false,
        }
    }
}

impl From<String> for Bad {
    fn from(reason: String) -> Bad {
        Bad::new(reason)
    }
}

/// A looked-up name for a command: as found, or as the file has it when this import adds
/// it first (then the row `depends` on that being written).
pub fn take(found: Found, value: &str, depends: &mut bool) -> std::result::Result<String, Bad> {
    match found {
        Found::Name(n) => Ok(n),
        Found::Missing => {
            *depends = true;
            Ok(value.trim().to_owned())
        }
        Found::Unknown(reason) => Err(Bad {
            reason,
            unknown: true,
        }),
        Found::Bad(reason) => Err(Bad::new(reason)),
    }
}

/// A file that cannot be imported at all: bad input, exit 2, nothing written.
pub fn read_error(path: &Path, e: ReadError) -> Error {
    let shown = path.display();
    match e {
        ReadError::Io(e) => invalid("import.err.read", &[&shown, &e]),
        ReadError::Decode(csv_read::DecodeError::Undecodable(enc)) => {
            invalid("import.err.undecodable", &[&shown, &enc])
        }
        ReadError::Decode(csv_read::DecodeError::UnknownEncoding(enc)) => {
            invalid("import.err.encoding", &[&enc])
        }
        ReadError::Empty => invalid("import.err.empty", &[&shown]),
        ReadError::Csv { line, error } => invalid("import.err.csv", &[&shown, &line, &error]),
        ReadError::Json(error) => invalid("import.err.json", &[&shown, &error]),
        ReadError::DuplicateHeader(a, b, name) => {
            invalid("integrity.err.duplicate_header", &[&a, &b, &name])
        }
    }
}

/// A `--map` that cannot be followed: bad usage, exit 2.
pub fn map_error(e: mapping::MapError) -> Error {
    match e {
        mapping::MapError::Syntax(m) => invalid("import.err.map_syntax", &[&m]),
        mapping::MapError::NoColumn(c) => invalid("import.err.map_column", &[&c]),
        mapping::MapError::NoField(f) => invalid("import.err.map_field", &[&f]),
    }
}

/// Read `path` for a plain import of `section`.
pub fn read(path: &Path, opts: &Options, section: table::Section) -> Result<table::Table> {
    table::read(path, opts.read, section).map_err(|e| read_error(path, e))
}
