//! Who may do what (issue 15): the one place the rules live, used by the server for every
//! connection and request and by the front end itself with `--no-server`, so both doors
//! answer the same. The README's permission table is this file in prose.
//!
//! - A **non-user** (a system account that is no lejek user) may do nothing with a database.
//! - A **user** may read everything and change records (contacts, deals, campaigns, tasks,
//!   templates, sends, their own inbox), always as themselves and dated by the server's clock.
//! - An **admin** may also change users, dictionaries and custom fields, repair the store, act as another
//!   user (`--user`) and date a write in the past (the history marks it as backdated).
//! - The system's **root** may do what an admin may, as any lejek user.
//! - The first admin is made only by `init`, on a database that has no dictionaries yet.
//! - **Merging** two contacts (issue 20 item 2) is for an admin, or for the user who
//!   created both of them (a contact has no owner; its creator is the author of the first
//!   entry in its history): merging moves deals others may own, so a user merges only
//!   what they brought in themselves.
//! - Removing deals and contacts, erasing a person and exporting their data are for admins
//!   (issue 20); a task is removed by its assignee or an admin, a file by who attached it or
//!   an admin (checked where they are planned, `apply_remove.rs`: they need the record).

use super::{Command, Imported, Result, Service, invalid};
use crate::model::{EntityKind, EntityRef, Id};
use crate::store::T;

/// What the one asking is to this database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    NonUser,
    User,
    Admin,
}

impl Service {
    /// The role of lejek user `login`; the system's root counts as an admin, lejek user or not.
    pub fn role(&self, login: &str, system_root: bool) -> Result<Role> {
        let role = match self.user(login)? {
            None => Role::NonUser,
            Some(u) if u.admin => Role::Admin,
            Some(_) => Role::User,
        };
        Ok(if system_root { Role::Admin } else { role })
    }

    /// Which lejek user a front end acts as: `wanted` (its `--user`) or, without it, its
    /// system login `own`. Someone else only for a lejek admin or the system's root; and the
    /// one acted as must be a lejek user.
    pub fn identify(&self, own: &str, system_root: bool, wanted: Option<&str>) -> Result<String> {
        let wanted = wanted
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .unwrap_or(own);
        if wanted != own && !system_root && self.role(own, false)? != Role::Admin {
            return Err(invalid("server.err.not_admin", &[&own, &wanted]));
        }
        if self.user(wanted)?.is_none() {
            return Err(invalid("err.actor_unknown", &[&wanted]));
        }
        Ok(wanted.to_owned())
    }

    /// Whether this process's frozen clock (`LEJEK_NOW`) is one nobody may date writes
    /// with: it is frozen and `own`, the system login running it, is no admin (nor root).
    pub fn frozen_clock_not_allowed(&self, own: &str, system_root: bool) -> Result<bool> {
        Ok(self.own_clock().frozen().is_some() && self.role(own, system_root)? != Role::Admin)
    }

    /// Refuse `login` unless it is an admin, with message `key` (its `{0}` is the login).
    pub fn require_admin(&self, login: &str, key: &'static str) -> Result<()> {
        match self.role(login, false)? {
            Role::Admin => Ok(()),
            _ => Err(invalid(key, &[&login])),
        }
    }
}

impl Service {
    /// Refuse a command its actor may not give: users and dictionaries are for admins. The
    /// one exception is `init`'s own batch, which makes the first admin: a database with no
    /// users and no dictionaries yet. Checked against who asked (not the author an import
    /// dates a record to), before anything is planned.
    pub(super) fn check_permission(&self, login: &str, cmd: &Command) -> Result<()> {
        if let Command::MergeContacts { keep, other } = cmd {
            return self.check_merge(login, *keep, *other);
        }
        let Some(key) = admin_key(cmd) else {
            return Ok(());
        };
        if self.store().tree(T::Users).is_empty() && !self.is_initialised() {
            return Ok(());
        }
        self.require_admin(login, key)
    }
}

impl Service {
    /// An admin may merge any two contacts; a user only two they created.
    fn check_merge(&self, login: &str, keep: Id, other: Id) -> Result<()> {
        if self.role(login, false)? == Role::Admin {
            return Ok(());
        }
        for id in [keep, other] {
            if self.contact_creator(id)?.as_deref() != Some(login) {
                return Err(invalid("dupes.err.not_yours", &[&login, &id]));
            }
        }
        Ok(())
    }

    /// Who created contact `id`: the author of its first history entry.
    pub fn contact_creator(&self, id: Id) -> Result<Option<String>> {
        let on = EntityRef {
            kind: EntityKind::Contact,
            id,
        };
        Ok(self.history(on)?.into_iter().next().map(|e| e.actor))
    }
}

/// The refusal message of an admin-only command, or None for everyone's commands.
fn admin_key(cmd: &Command) -> Option<&'static str> {
    match cmd {
        Command::AddUser { .. } | Command::UpdateUser { .. } | Command::SetUserEmail { .. } => {
            Some("err.admin_users")
        }
        c if c.changes_dicts() => Some("err.admin_only"),
        Command::RemoveDeal { .. } | Command::RemoveContact { .. } => {
            Some("erase.err.admin_remove")
        }
        Command::EraseContact { .. } => Some("erase.err.admin_erase"),
        // Custom fields change what every record may hold (issue 20 item 1).
        Command::AddField(_) | Command::RetireField { .. } => Some("err.admin_only"),
        Command::Import(Imported::At { cmd, .. }) => admin_key(cmd),
        _ => None,
    }
}
