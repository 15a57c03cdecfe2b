//! The front ends' one door to a database (X6): the `Service` in this process
//! (`--no-server`, `init`, the demo generator) or the database's server over its socket.
//! Both offer the same reads and writes with the same types, so the CLI and the TUI do not
//! care which one they have.

mod remote;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::filter::Filter;
use crate::model::{
    Attachment, Campaign, Contact, Deal, DictEntry, DictKind, EntityKind, EntityRef, Event, Id,
    Notification, Task, User,
};
use crate::report::{Params, Report};
use crate::server::client::Notices;
use crate::service::duplicates::{DuplicateCandidate, DuplicatePair};
use crate::service::query::{FilterOf, Journal, ListQuery, Page};
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};
use crate::service::{Clock, Command, Outcome, Result, Service, files, invalid};
use crate::text::visible;

/// What a dry run would do, counted (`Backend::dry_run_count`): the campaign it names (None
/// when it would be created), the deals it would create and the contacts it would skip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    pub id: Option<crate::model::Id>,
    pub created: usize,
    pub skipped: usize,
}

pub use remote::Remote;

/// A database as a front end sees it, acting as one lejek user.
#[derive(Clone)]
pub enum Backend {
    /// The store opened by this process.
    Local { svc: Arc<Service>, login: String },
    /// The store's server, over its socket.
    Remote(Arc<Remote>),
}

/// Forward a call to the service or to the server with the same arguments.
macro_rules! both {
    ($self:ident, $method:ident ( $($arg:expr),* )) => {
        match $self {
            Backend::Local { svc, .. } => svc.$method($($arg),*),
            Backend::Remote(r) => r.$method($($arg),*),
        }
    };
}

impl Backend {
    pub fn local(svc: Service, login: String) -> Backend {
        Backend::Local {
            svc: Arc::new(svc),
            login,
        }
    }

    /// The service in this process, when there is one (init and the demo generator write
    /// with their own actors and times, which only the local store allows).
    pub fn service(&self) -> Option<&Service> {
        match self {
            Backend::Local { svc, .. } => Some(svc),
            Backend::Remote(_) => None,
        }
    }

    /// Whether this talks to a server.
    pub fn is_remote(&self) -> bool {
        matches!(self, Backend::Remote(_))
    }

    /// The lejek user changes are attributed to.
    pub fn login(&self) -> &str {
        match self {
            Backend::Local { login, .. } => login,
            Backend::Remote(r) => r.login(),
        }
    }

    /// Apply a command as this user; flushed to disk before it returns.
    pub fn apply(&self, cmd: Command) -> Result<Outcome> {
        match self {
            Backend::Local { svc, login } => svc.apply(&svc.actor(login), cmd),
            Backend::Remote(r) => r.apply(cmd),
        }
    }

    /// Apply several commands atomically.
    pub fn apply_batch(&self, cmds: Vec<Command>) -> Result<Vec<Outcome>> {
        match self {
            Backend::Local { svc, login } => {
                let actor = svc.actor(login);
                svc.apply_batch(cmds.into_iter().map(|c| (actor.clone(), c)).collect())
            }
            Backend::Remote(r) => r.apply_batch(cmds),
        }
    }

    /// Validate and plan a command, writing nothing.
    pub fn dry_run(&self, cmd: Command) -> Result<Outcome> {
        match self {
            Backend::Local { svc, login } => svc.dry_run(&svc.actor(login), cmd),
            Backend::Remote(r) => r.dry_run(cmd),
        }
    }

    /// A dry run's counts only: what a batch over many contacts needs to say.
    pub fn dry_run_count(&self, cmd: Command) -> Result<Planned> {
        match self {
            Backend::Local { svc, login } => {
                let o = svc.dry_run(&svc.actor(login), cmd)?;
                Ok(Planned {
                    id: o.id,
                    created: o.created.len(),
                    skipped: o.skipped.len(),
                })
            }
            Backend::Remote(r) => r.dry_run_count(cmd),
        }
    }

    pub fn clock(&self) -> Clock {
        both!(self, clock())
    }

    pub fn user(&self, login: &str) -> Result<Option<User>> {
        both!(self, user(login))
    }

    pub fn users(&self) -> Result<Vec<User>> {
        both!(self, users())
    }

    pub fn is_initialised(&self) -> bool {
        both!(self, is_initialised())
    }

    pub fn dict(&self, kind: DictKind) -> Result<Vec<DictEntry>> {
        both!(self, dict(kind))
    }

    pub fn dict_entries(&self) -> Result<Arc<Vec<DictEntry>>> {
        both!(self, dict_entries())
    }

    /// Every custom field definition, retired ones too (issue 20).
    pub fn field_defs(&self) -> Result<Vec<crate::model::FieldDef>> {
        both!(self, field_defs())
    }

    pub fn dict_name(&self, id: u64) -> String {
        both!(self, dict_name(id))
    }

    pub fn list_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
        both!(self, list_deals(q))
    }

    /// A window of the deal list and how many deals match.
    pub fn page_deals(&self, q: &ListQuery) -> Result<Page<DealView>> {
        both!(self, page_deals(q))
    }

    pub fn page_contacts(&self, q: &ListQuery) -> Result<Page<ContactView>> {
        both!(self, page_contacts(q))
    }

    pub fn page_campaigns(&self, q: &ListQuery) -> Result<Page<CampaignView>> {
        both!(self, page_campaigns(q))
    }

    pub fn page_tasks(&self, q: &ListQuery) -> Result<Page<TaskView>> {
        both!(self, page_tasks(q))
    }

    /// The ids of every record of list `of` that the query's filter matches, in order.
    pub fn ids(&self, of: FilterOf, q: &ListQuery) -> Result<Vec<Id>> {
        both!(self, ids(of, q))
    }

    pub fn list_contacts(&self, q: &ListQuery) -> Result<Vec<ContactView>> {
        both!(self, list_contacts(q))
    }

    pub fn list_campaigns(&self, q: &ListQuery) -> Result<Vec<CampaignView>> {
        both!(self, list_campaigns(q))
    }

    pub fn list_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>> {
        both!(self, list_tasks(q))
    }

    pub fn deal(&self, id: Id) -> Result<Deal> {
        both!(self, deal(id))
    }

    pub fn deal_view(&self, id: Id) -> Result<DealView> {
        both!(self, deal_view(id))
    }

    pub fn contact(&self, id: Id) -> Result<Contact> {
        both!(self, contact(id))
    }

    pub fn contact_view(&self, id: Id) -> Result<ContactView> {
        both!(self, contact_view(id))
    }

    pub fn campaign(&self, id: Id) -> Result<Campaign> {
        both!(self, campaign(id))
    }

    pub fn campaign_view(&self, id: Id) -> Result<CampaignView> {
        both!(self, campaign_view(id))
    }

    pub fn find_campaign(&self, id_or_name: &str) -> Result<Campaign> {
        both!(self, find_campaign(id_or_name))
    }

    pub fn templates(&self) -> Result<Vec<crate::model::MessageTemplate>> {
        both!(self, templates())
    }

    pub fn template(&self, name: &str) -> Result<crate::model::MessageTemplate> {
        both!(self, template(name))
    }

    pub fn send_claim(
        &self,
        template_id: Id,
        deal_id: Id,
    ) -> Result<Option<crate::model::SendClaim>> {
        both!(self, send_claim(template_id, deal_id))
    }

    /// Everything held about person `id` as JSON (issue 20 item 4; admins only).
    pub fn personal_data(&self, id: u64) -> Result<String> {
        match self {
            Backend::Local { svc, login } => svc.personal_data(login, id),
            Backend::Remote(r) => r.personal_data(id),
        }
    }

    /// The address this user's daily digest goes to (issue 19 item 7).
    pub fn user_email(&self) -> Result<Option<String>> {
        match self {
            Backend::Local { svc, login } => svc.user_email(login),
            Backend::Remote(r) => r.user_email(),
        }
    }

    /// The same database acting as lejek user `login` (`digest --all`: each user's inbox
    /// is read as them). In this process the open store is shared; through a server it is
    /// a new connection, which the server allows only to an admin (or root).
    pub fn as_user(&self, login: &str, lang: crate::i18n::Lang, idle: u64) -> Result<Backend> {
        match self {
            Backend::Local { svc, .. } => Ok(Backend::Local {
                svc: svc.clone(),
                login: login.to_owned(),
            }),
            Backend::Remote(_) => Ok(Backend::Remote(Arc::new(Remote::connect(
                &self.db_dir(),
                Some(login),
                lang,
                idle,
            )?))),
        }
    }

    pub fn task(&self, id: Id) -> Result<Task> {
        both!(self, task(id))
    }

    /// Likely duplicate contacts scoring at least `min_score`, best first (issue 20).
    pub fn duplicate_pairs(&self, min_score: u32) -> Result<Vec<DuplicatePair>> {
        both!(self, duplicate_pairs(min_score))
    }

    /// The likely duplicates of contact `id`, for its card.
    pub fn duplicates_of(&self, id: Id) -> Result<Vec<DuplicateCandidate>> {
        both!(self, duplicates_of(id))
    }

    pub fn deals_of_contact(&self, contact: Id) -> Result<Vec<DealView>> {
        both!(self, deals_of_contact(contact))
    }

    pub fn deals_of_campaign(&self, campaign: Id) -> Result<Vec<DealView>> {
        both!(self, deals_of_campaign(campaign))
    }

    pub fn persons_of_company(&self, company: Id) -> Result<Vec<Contact>> {
        both!(self, persons_of_company(company))
    }

    pub fn journal(&self, on: EntityRef) -> Result<Journal> {
        both!(self, journal(on))
    }

    /// The journals of `ons`, in that order (one request to a server).
    pub fn journals(&self, ons: Vec<EntityRef>) -> Result<Vec<Journal>> {
        match self {
            Backend::Local { svc, .. } => svc.journals(&ons),
            Backend::Remote(r) => r.journals(ons),
        }
    }

    pub fn history(&self, entity: EntityRef) -> Result<Vec<Event>> {
        both!(self, history(entity))
    }

    pub fn inbox(&self, login: &str, unread_only: bool) -> Result<Vec<(Notification, Event)>> {
        both!(self, inbox(login, unread_only))
    }

    pub fn entity_name(&self, e: EntityRef) -> Option<String> {
        both!(self, entity_name(e))
    }

    /// Copy a file into the database's content-addressed file store: (sha256, size). The
    /// front end copies it itself (the directory is shared), then sends only the metadata.
    pub fn store_file(&self, path: &Path) -> Result<(String, u64)> {
        both!(self, store_file(path))
    }

    /// The files attached to record `on`, oldest first; a record that does not exist is an
    /// error (an empty list would hide a wrong id).
    pub fn attachments(&self, on: EntityRef) -> Result<Vec<Attachment>> {
        match on.kind {
            EntityKind::Deal => self.deal(on.id).map(drop)?,
            EntityKind::Campaign => self.campaign(on.id).map(drop)?,
            EntityKind::Contact => self.contact(on.id).map(drop)?,
            _ => return Err(invalid("err.bad_target", &[&on.kind.as_str()])),
        }
        Ok(self.journal(on)?.attachments)
    }

    /// The attached file `file` names on record `on` (`#ID`, or its name as listed: the
    /// newest of that name), and where its stored copy is (issue 18 item 7). Read as `deal
    /// show` reads the record (the server answers for whoever may see it); the copy is not
    /// read here: check it with `service::files::verify` or `copy_verified` on the way out.
    pub fn attachment(&self, on: EntityRef, file: &str) -> Result<(Attachment, PathBuf)> {
        let files = self.attachments(on)?;
        let Some(a) = files::find_attachment(&files, file) else {
            if files.is_empty() {
                return Err(invalid("err.no_attachments", &[&format!("#{}", on.id)]));
            }
            // Names as stored, shown on a terminal: made harmless (`text::visible`).
            let names: Vec<String> = files
                .iter()
                .map(|a| format!("#{} {}", a.id, visible::lines(&a.name)))
                .collect();
            return Err(invalid(
                "err.no_such_file",
                &[
                    &format!("#{}", on.id),
                    &visible::lines(file),
                    &names.join(", "),
                ],
            ));
        };
        let path = files::stored_path(&self.db_dir(), &a.sha256)?;
        Ok((a.clone(), path))
    }

    /// The database directory (its `files/` and `outbox/` are read and written by the front
    /// end itself: the directory is shared).
    pub fn db_dir(&self) -> std::path::PathBuf {
        match self {
            Backend::Local { svc, .. } => svc.dir().to_path_buf(),
            Backend::Remote(r) => r.db_dir().to_path_buf(),
        }
    }

    /// Compute report `name`.
    pub fn report(&self, name: &str, params: &Params) -> Result<Report> {
        match self {
            Backend::Local { svc, .. } => crate::report::run(svc, name, params),
            Backend::Remote(r) => r.report(name, params),
        }
    }

    /// Parse a filter for a list (the TUI's filter line, as you type): parsed here, with
    /// the dictionaries of the database.
    pub fn filter(&self, of: FilterOf, expr: &str, me: &str) -> Result<Filter> {
        crate::service::query::parse_filter(
            of,
            &self.dict_entries()?,
            &self.field_defs()?,
            self.clock().today(),
            expr,
            me,
        )
    }

    /// Deal views of these ids (those that still exist), for a live refresh.
    pub fn deal_views_of(&self, ids: Vec<Id>) -> Result<Vec<DealView>> {
        match self {
            Backend::Local { svc, .. } => Ok(svc.deal_views_of(&ids)),
            Backend::Remote(r) => r.deal_views_of(ids),
        }
    }

    pub fn contact_views_of(&self, ids: Vec<Id>) -> Result<Vec<ContactView>> {
        match self {
            Backend::Local { svc, .. } => Ok(svc.contact_views_of(&ids)),
            Backend::Remote(r) => r.contact_views_of(ids),
        }
    }

    pub fn tasks_of_ids(&self, ids: Vec<Id>) -> Result<Vec<TaskView>> {
        match self {
            Backend::Local { svc, .. } => {
                Ok(crate::server::protocol::task_views(svc.tasks_of_ids(&ids)))
            }
            Backend::Remote(r) => r.tasks_of_ids(ids),
        }
    }

    /// Write a consistent backup to `path` (made absolute: a server may run elsewhere in the
    /// file system's view, not in our working directory).
    /// `progress` hears (records written, records in all) while the records are read.
    pub fn backup(
        &self,
        path: &Path,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<crate::service::database::BackupSummary> {
        let abs = std::path::absolute(path).map_err(|source| crate::service::Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        both!(self, backup(&abs, progress))
    }

    /// Verify the store; with `repair` rebuild its indexes.
    /// `progress` hears (records checked, records in all).
    pub fn check(
        &self,
        repair: bool,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<crate::service::database::CheckReport> {
        if let Backend::Local { svc, login } = self
            && repair
        {
            // Repairing rewrites indexes: for admins only (the server checks the same).
            svc.require_admin(login, "maint.err.admin_repair")?;
        }
        both!(self, check(repair, progress))
    }

    /// The server's stream of change notices (none in this process: nobody else writes).
    pub fn subscribe(&self) -> Option<Result<Notices>> {
        match self {
            Backend::Local { .. } => None,
            Backend::Remote(r) => Some(r.subscribe()),
        }
    }
}

/// What the history timeline needs to name things (dictionary entries, linked records).
impl crate::service::names::Names for Backend {
    fn dict_name(&self, id: u64) -> String {
        Backend::dict_name(self, id)
    }

    fn entity_name(&self, e: EntityRef) -> Option<String> {
        Backend::entity_name(self, e)
    }
}

/// The agenda reads through the front end's door (issue 19 item 6).
impl crate::service::agenda::AgendaSource for Backend {
    fn agenda_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>> {
        self.list_tasks(q)
    }
    fn agenda_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
        self.list_deals(q)
    }
}
