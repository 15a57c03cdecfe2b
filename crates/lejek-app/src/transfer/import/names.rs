//! Dictionary values, users and campaigns as a file names them: looked up once in memory,
//! the way the service resolves them, so every unknown value is found before anything is
//! written. An unknown value is either added (`--create-missing`) or reported once, with
//! the lines that use it.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::backend::Backend;
use crate::i18n::Lang;
use crate::model::{DictEntry, DictKind, Id, StageKind, User};
use crate::service::dicts::resolve_in;
use crate::service::{Error, Result};
use crate::text::fold;

/// What kind of name: a dictionary, or a user, campaign or contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Dict(DictKind),
    User,
    Campaign,
    Contact,
    Company,
}

impl Kind {
    /// The stable name scripts see (`deal-stage`, `owner`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Dict(k) => k.as_str(),
            Kind::User => "owner",
            Kind::Campaign => "campaign",
            Kind::Contact => "contact",
            Kind::Company => "company",
        }
    }
}

/// A value the database does not have, and the lines that name it.
#[derive(Clone, Debug, Serialize)]
pub struct Unknown {
    pub field: &'static str,
    pub value: String,
    pub lines: Vec<u64>,
    /// Added by `--create-missing` (or, on a dry run, would be).
    pub created: bool,
}

/// What a lookup found.
pub enum Found {
    /// The name to put in the command (the service resolves it the same way).
    Name(String),
    /// Missing: added by `--create-missing` before the rows are written.
    Missing,
    /// Missing and not to be added: the reason, in the user's language (reported once per
    /// value as well).
    Unknown(String),
    /// Not usable (an ambiguous prefix): the reason, in the user's language.
    Bad(String),
}

/// The names a database has, loaded once, and the unknown ones met so far.
pub struct Names {
    entries: Vec<DictEntry>,
    users: Vec<User>,
    campaigns: HashMap<String, Id>,
    pub create_missing: bool,
    lang: Lang,
    unknown: BTreeMap<(Kind, String), Unknown>,
    /// New stages' kinds (from the rows that name them).
    stage_kinds: HashMap<String, StageKind>,
}

impl Names {
    pub fn load(svc: &Backend, lang: Lang, create_missing: bool) -> Result<Names> {
        let campaigns = svc
            .list_campaigns(&Default::default())?
            .into_iter()
            .map(|c| (fold(c.name.trim()), c.id))
            .collect();
        Ok(Names {
            entries: svc.dict_entries()?.iter().cloned().collect(),
            users: svc.users()?,
            campaigns,
            create_missing,
            lang,
            unknown: BTreeMap::new(),
            stage_kinds: HashMap::new(),
        })
    }

    /// Note an unknown `value` of `kind` on `line`; the answer for the row.
    pub fn missing(&mut self, kind: Kind, value: &str, line: u64) -> Found {
        let shown = value.trim().to_owned();
        let u = self
            .unknown
            .entry((kind, fold(&shown)))
            .or_insert_with(|| Unknown {
                field: kind.as_str(),
                value: shown,
                lines: Vec::new(),
                created: false,
            });
        u.lines.push(line);
        if self.create_missing {
            u.created = true;
            Found::Missing
        } else {
            let why = crate::i18n::trf(
                self.lang,
                "import.reason.unknown",
                &[&kind.as_str(), &value.trim()],
            );
            Found::Unknown(why)
        }
    }

    /// A dictionary value as the service would resolve it among the active entries.
    pub fn dict(&mut self, kind: DictKind, value: &str, line: u64) -> Found {
        let active: Vec<DictEntry> = self
            .entries
            .iter()
            .filter(|e| e.kind == kind && !e.retired)
            .cloned()
            .collect();
        match resolve_in(&active, kind, value) {
            Ok(e) => Found::Name(e.name),
            Err(Error::Invalid(m)) if m.key == "err.dict_unknown" => {
                self.missing(Kind::Dict(kind), value, line)
            }
            Err(e) => Found::Bad(e.message(self.lang)),
        }
    }

    /// A deal stage; a new one gets `kind` (the first row that names it decides).
    pub fn stage(&mut self, value: &str, kind: StageKind, line: u64) -> Found {
        let found = self.dict(DictKind::DealStage, value, line);
        if matches!(found, Found::Missing) {
            self.stage_kinds.entry(fold(value.trim())).or_insert(kind);
        }
        found
    }

    /// A user by login, or by full name when no login matches.
    pub fn user(&mut self, value: &str, line: u64) -> Found {
        match self.login_of(value) {
            Some(login) => Found::Name(login),
            None => self.missing(Kind::User, value, line),
        }
    }

    /// The login of a user named by login or full name, without noting a miss.
    pub fn login_of(&self, value: &str) -> Option<String> {
        let v = value.trim();
        if let Some(u) = self.users.iter().find(|u| u.login == v) {
            return Some(u.login.clone());
        }
        let want = fold(v);
        let named: Vec<&User> = self
            .users
            .iter()
            .filter(|u| fold(&u.name) == want)
            .collect();
        match named.as_slice() {
            [one] => Some(one.login.clone()),
            _ => None,
        }
    }

    /// A campaign by name: its id, or None when missing (added with `--create-missing`).
    pub fn campaign(&mut self, value: &str, line: u64) -> std::result::Result<Option<Id>, String> {
        if let Some(id) = self.campaigns.get(&fold(value.trim())) {
            return Ok(Some(*id));
        }
        match self.missing(Kind::Campaign, value, line) {
            Found::Unknown(why) | Found::Bad(why) => Err(why),
            _ => Ok(None),
        }
    }

    /// Remember a campaign added by this import.
    pub fn add_campaign(&mut self, name: &str, id: Id) {
        self.campaigns.insert(fold(name.trim()), id);
    }

    pub fn campaign_id(&self, name: &str) -> Option<Id> {
        self.campaigns.get(&fold(name.trim())).copied()
    }

    /// The unknown values met, in a stable order.
    pub fn unknown(&self) -> Vec<Unknown> {
        self.unknown.values().cloned().collect()
    }

    /// Values to add before the rows are written, by kind.
    pub fn to_create(&self, kind: Kind) -> Vec<String> {
        self.unknown
            .iter()
            .filter(|((k, _), u)| *k == kind && u.created)
            .map(|(_, u)| u.value.clone())
            .collect()
    }

    pub fn stage_kind(&self, name: &str) -> StageKind {
        self.stage_kinds
            .get(&fold(name.trim()))
            .copied()
            .unwrap_or(StageKind::Open)
    }

    /// Reload after missing values were added, so later lookups find them.
    pub fn reload(&mut self, svc: &Backend) -> Result<()> {
        self.entries = svc.dict_entries()?.iter().cloned().collect();
        self.users = svc.users()?;
        Ok(())
    }
}

/// A login for a user a file names only by full name: folded words joined by dots
/// (`Anna Nowak` -> `anna.nowak`), as `--create-missing` adds them.
pub fn login_for(name: &str) -> String {
    let words: Vec<String> = fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    words.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_from_names() {
        assert_eq!(login_for("Anna Nowak"), "anna.nowak");
        assert_eq!(login_for("Łukasz  Żółw-Kot"), "lukasz.zolw.kot");
        assert_eq!(login_for("piotr"), "piotr");
    }
}
