//! Resolving what the user typed to a dictionary entry (X2): exact match first (case- and
//! diacritic-insensitive), then an unambiguous prefix; retired entries stay readable but are
//! not offered for new choices.

use super::{Result, Service, invalid};
use crate::model::{DictEntry, DictKind, StageKind};
use crate::text::fold;

impl Service {
    /// The entries of one dictionary in order, retired included.
    pub fn dict(&self, kind: DictKind) -> Result<Vec<DictEntry>> {
        Ok(self
            .dict_entries()?
            .iter()
            .filter(|e| e.kind == kind)
            .cloned()
            .collect())
    }

    /// The entry with this id, if any (records keep ids of renamed or retired entries).
    pub fn dict_by_id(&self, id: u64) -> Result<Option<DictEntry>> {
        Ok(self.dict_entries()?.iter().find(|e| e.id == id).cloned())
    }

    /// The display name of an entry id ("?" only if the database is damaged).
    pub fn dict_name(&self, id: u64) -> String {
        name_in(self.dict_entries().ok().as_deref().map(Vec::as_slice), id)
    }

    /// Resolve a user's choice among the active entries of `kind`.
    pub fn resolve_dict(&self, kind: DictKind, typed: &str) -> Result<DictEntry> {
        let active: Vec<DictEntry> = self
            .dict(kind)?
            .into_iter()
            .filter(|e| !e.retired)
            .collect();
        resolve_in(&active, kind, typed)
    }

    /// The first stage of a kind in pipeline order.
    pub fn first_stage(&self, kind: StageKind) -> Result<DictEntry> {
        self.dict(DictKind::DealStage)?
            .into_iter()
            .find(|e| !e.retired && e.stage_kind == Some(kind))
            .ok_or_else(|| invalid("err.no_stage_of_kind", &[&kind.as_str()]))
    }
}

/// Resolution over a given entry list (shared with retired lookups and tests).
/// The name of entry `id` among `entries`, or `#id` when it is not there (or the
/// dictionaries could not be read): history stays readable either way.
pub fn name_in(entries: Option<&[DictEntry]>, id: u64) -> String {
    entries
        .and_then(|all| all.iter().find(|e| e.id == id).map(|e| e.name.clone()))
        .unwrap_or_else(|| format!("#{id}"))
}

pub fn resolve_in(entries: &[DictEntry], kind: DictKind, typed: &str) -> Result<DictEntry> {
    let want = fold(typed.trim());
    let valid = || {
        entries
            .iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if want.is_empty() {
        return Err(invalid(
            "err.dict_unknown",
            &[&kind.as_str(), &typed, &valid()],
        ));
    }
    if let Some(e) = entries.iter().find(|e| fold(&e.name) == want) {
        return Ok(e.clone());
    }
    let prefixed: Vec<&DictEntry> = entries
        .iter()
        .filter(|e| fold(&e.name).starts_with(&want))
        .collect();
    match prefixed.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(invalid(
            "err.dict_unknown",
            &[&kind.as_str(), &typed, &valid()],
        )),
        many => {
            let names: Vec<&str> = many.iter().map(|e| e.name.as_str()).collect();
            Err(invalid(
                "err.dict_ambiguous",
                &[&kind.as_str(), &typed, &names.join(", ")],
            ))
        }
    }
}
