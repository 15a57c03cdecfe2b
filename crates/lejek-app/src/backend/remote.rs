//! The database's server as a `Backend`: each call is one request on a pooled connection.
//! Queries that fail because the connection broke are asked again on a fresh one (starting
//! a server if it died). So are writes, once: each carries a request id the server commits
//! with the write, so if the first copy was committed before the connection broke, the
//! second gets the first one's outcome instead of writing again (issue 15 item 8).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::Planned;
use crate::i18n::Lang;
use crate::model::{
    Campaign, Contact, Deal, DictEntry, DictKind, EntityRef, Event, Id, Notification, Task, User,
};
use crate::report::{Params, Report};
use crate::server::client::{Client, ClientError, Notices};
use crate::server::protocol::{
    ListArgs, PageRows, Query, Request, Response, new_request_id, task_views,
};
use crate::server::start::{StartError, connect_or_start};
use crate::service::database::BackupSummary;
use crate::service::database::CheckReport;
use crate::service::database::OpenError;
use crate::service::duplicates::{DuplicateCandidate, DuplicatePair};
use crate::service::query::{FilterOf, Journal, ListQuery, Page};
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};
use crate::service::{Clock, Command, Error, Outcome, Result};

/// A server connection pool for one database and user.
pub struct Remote {
    db: PathBuf,
    act_as: Option<String>,
    lang: Lang,
    idle: u64,
    login: String,
    pool: Mutex<Vec<Client>>,
    dicts: Mutex<Option<Arc<Vec<DictEntry>>>>,
}

/// Match the one answer variant a query expects.
macro_rules! expect {
    ($resp:expr, $pat:pat => $out:expr) => {
        match $resp {
            $pat => Ok($out),
            _ => Err(unexpected()),
        }
    };
}

fn unexpected() -> Error {
    Error::Server(ClientError::Unexpected.to_string())
}

/// A start or connection failure as a service error: a lock held by a `--no-server`
/// process reads exactly as it does without a server.
pub fn start_error(e: StartError) -> Error {
    match e {
        StartError::Locked(p) => Error::Open(OpenError::Locked(p)),
        StartError::Client(ClientError::Refused(r)) => Error::Remote(r),
        other => Error::Server(other.to_string()),
    }
}

impl Remote {
    /// Connect to the server of `db` (starting one if none runs) as `act_as` or as the
    /// user our credentials name. `idle`: the idle timeout of a server we start.
    pub fn connect(db: &Path, act_as: Option<&str>, lang: Lang, idle: u64) -> Result<Remote> {
        let client = connect_or_start(db, act_as, lang, idle).map_err(start_error)?;
        Ok(Remote {
            db: db.to_path_buf(),
            act_as: act_as.map(str::to_owned),
            lang,
            idle,
            login: client.login().to_owned(),
            pool: Mutex::new(vec![client]),
            dicts: Mutex::new(None),
        })
    }

    pub fn login(&self) -> &str {
        &self.login
    }

    fn client(&self) -> Result<Client> {
        if let Some(c) = self.pool.lock().ok().and_then(|mut p| p.pop()) {
            return Ok(c);
        }
        connect_or_start(&self.db, self.act_as.as_deref(), self.lang, self.idle)
            .map_err(start_error)
    }

    /// One request; the connection goes back to the pool unless it broke.
    fn send(&self, req: &Request) -> std::result::Result<Response, Error> {
        self.send_with(req, &mut |_, _| {})
    }

    /// `send`, hearing the progress a long request reports.
    fn send_with(
        &self,
        req: &Request,
        progress: &mut dyn FnMut(u64, u64),
    ) -> std::result::Result<Response, Error> {
        answered(self.exchange(req, progress)?)
    }

    /// One request on a pooled connection (or a new one, starting a server if none runs):
    /// the outer error when no server could be reached, the inner one when the connection
    /// broke; the connection goes back to the pool unless it broke.
    fn exchange(
        &self,
        req: &Request,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<std::result::Result<Response, ClientError>> {
        let mut c = self.client()?;
        let resp = c.request_with(req, progress);
        if resp.is_ok()
            && let Ok(mut p) = self.pool.lock()
        {
            p.push(c);
        }
        Ok(resp)
    }

    /// A write (which carries a request id): sent once more, on a fresh connection, when
    /// the connection broke after sending it; the server answers the second copy with the
    /// first one's outcome if the first was committed.
    fn write(&self, req: &Request) -> Result<Response> {
        match self.exchange(req, &mut |_, _| {})? {
            Err(e) if e.connection_lost() => {
                tracing::warn!(error = %e, "the server connection broke during a write; sending it again");
                if let Ok(mut p) = self.pool.lock() {
                    p.clear();
                }
                answered(self.exchange(req, &mut |_, _| {})?)
            }
            first => answered(first),
        }
    }

    /// A read: asked once more on a fresh connection if the first one broke.
    fn ask(&self, q: Query) -> Result<Response> {
        let req = Request::Query(q);
        match self.send(&req) {
            Err(Error::Server(_)) => {
                if let Ok(mut p) = self.pool.lock() {
                    p.clear();
                }
                self.send(&req)
            }
            other => other,
        }
    }

    pub fn apply(&self, cmd: Command) -> Result<Outcome> {
        let dicts = touches_dicts(&cmd);
        let out = self.write(&Request::Apply {
            cmd,
            id: new_request_id(),
        });
        if dicts {
            self.forget_dicts();
        }
        expect!(out?, Response::Done(o) => o)
    }

    pub fn apply_batch(&self, cmds: Vec<Command>) -> Result<Vec<Outcome>> {
        let dicts = cmds.iter().any(touches_dicts);
        let out = self.write(&Request::ApplyBatch {
            cmds,
            id: new_request_id(),
        });
        if dicts {
            self.forget_dicts();
        }
        expect!(out?, Response::Outcomes(o) => o)
    }

    pub fn dry_run(&self, cmd: Command) -> Result<Outcome> {
        expect!(self.send(&Request::DryRun { cmd })?, Response::Done(o) => o)
    }

    pub fn dry_run_count(&self, cmd: Command) -> Result<Planned> {
        expect!(
            self.send(&Request::DryRunCount { cmd })?,
            Response::Counted { id, created, skipped } => Planned {
                id,
                created: usize::try_from(created).unwrap_or(usize::MAX),
                skipped: usize::try_from(skipped).unwrap_or(usize::MAX),
            }
        )
    }

    /// The clock is this process's: `LEJEK_NOW` reaches a server we start through its
    /// environment, and otherwise both read the system clock.
    pub fn clock(&self) -> Clock {
        Clock::from_env()
    }

    pub fn user(&self, login: &str) -> Result<Option<User>> {
        let login = login.to_owned();
        expect!(self.ask(Query::User { login })?, Response::User(u) => u)
    }

    pub fn users(&self) -> Result<Vec<User>> {
        expect!(self.ask(Query::Users)?, Response::Users(u) => u)
    }

    pub fn is_initialised(&self) -> bool {
        matches!(self.ask(Query::IsInitialised), Ok(Response::Flag(true)))
    }

    pub fn dict(&self, kind: DictKind) -> Result<Vec<DictEntry>> {
        expect!(self.ask(Query::Dict { kind })?, Response::DictEntries(d) => d)
    }

    /// Every custom field definition (issue 20).
    pub fn field_defs(&self) -> Result<Vec<crate::model::FieldDef>> {
        expect!(self.ask(Query::FieldDefs)?, Response::FieldDefs(d) => d)
    }

    /// Every dictionary entry, fetched once and kept until a dictionary changes.
    pub fn dict_entries(&self) -> Result<Arc<Vec<DictEntry>>> {
        if let Some(d) = self.dicts.lock().ok().and_then(|d| d.clone()) {
            return Ok(d);
        }
        let all = Arc::new(expect!(
            self.ask(Query::DictEntries)?,
            Response::DictEntries(d) => d
        )?);
        if let Ok(mut d) = self.dicts.lock() {
            *d = Some(all.clone());
        }
        Ok(all)
    }

    /// Drop the cached dictionaries (someone changed one).
    pub fn forget_dicts(&self) {
        if let Ok(mut d) = self.dicts.lock() {
            *d = None;
        }
    }

    pub fn dict_name(&self, id: u64) -> String {
        crate::service::dicts::name_in(self.dict_entries().ok().as_deref().map(Vec::as_slice), id)
    }

    pub fn list_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
        expect!(self.ask(Query::DealViews(args(q)))?,
            Response::DealViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    /// A window of a list and how many records match (`Query::Page`).
    fn page(&self, of: FilterOf, q: &ListQuery) -> Result<(Page<()>, PageRows)> {
        expect!(self.ask(Query::Page { of, args: args(q) })?,
            Response::Page { total, generation, rows } => (Page { total, generation, rows: Vec::new() }, rows))
    }

    pub fn page_deals(&self, q: &ListQuery) -> Result<Page<DealView>> {
        match self.page(FilterOf::Deal, q)? {
            (p, PageRows::Deals(rows)) => Ok(with_rows(p, rows, |w| w.view())),
            _ => Err(unexpected()),
        }
    }

    pub fn page_contacts(&self, q: &ListQuery) -> Result<Page<ContactView>> {
        match self.page(FilterOf::Contact, q)? {
            (p, PageRows::Contacts(rows)) => Ok(with_rows(p, rows, |w| w.view())),
            _ => Err(unexpected()),
        }
    }

    pub fn page_campaigns(&self, q: &ListQuery) -> Result<Page<CampaignView>> {
        match self.page(FilterOf::Campaign, q)? {
            (p, PageRows::Campaigns(rows)) => Ok(with_rows(p, rows, |w| w.view())),
            _ => Err(unexpected()),
        }
    }

    pub fn page_tasks(&self, q: &ListQuery) -> Result<Page<TaskView>> {
        match self.page(FilterOf::Task, q)? {
            (p, PageRows::Tasks(rows)) => Ok(with_rows(p, rows, TaskView::from_task)),
            _ => Err(unexpected()),
        }
    }

    /// The ids of every record of list `of` the query's filter matches.
    pub fn ids(&self, of: FilterOf, q: &ListQuery) -> Result<Vec<Id>> {
        expect!(self.ask(Query::Ids { of, args: args(q) })?, Response::Ids(ids) => ids)
    }

    pub fn list_contacts(&self, q: &ListQuery) -> Result<Vec<ContactView>> {
        expect!(self.ask(Query::ContactViews(args(q)))?,
            Response::ContactViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    pub fn list_campaigns(&self, q: &ListQuery) -> Result<Vec<CampaignView>> {
        expect!(self.ask(Query::CampaignViews(args(q)))?,
            Response::CampaignViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    pub fn list_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>> {
        expect!(self.ask(Query::ListTasks(args(q)))?, Response::Tasks(t) => task_views(t))
    }

    pub fn deal(&self, id: Id) -> Result<Deal> {
        expect!(self.ask(Query::Deal { id })?, Response::Deal(d) => d)
    }

    pub fn deal_view(&self, id: Id) -> Result<DealView> {
        expect!(self.ask(Query::DealView { id })?, Response::DealView(w) => w.view())
    }

    pub fn contact(&self, id: Id) -> Result<Contact> {
        expect!(self.ask(Query::Contact { id })?, Response::Contact(c) => c)
    }

    pub fn contact_view(&self, id: Id) -> Result<ContactView> {
        expect!(self.ask(Query::ContactView { id })?, Response::ContactView(w) => w.view())
    }

    pub fn campaign(&self, id: Id) -> Result<Campaign> {
        expect!(self.ask(Query::Campaign { id })?, Response::Campaign(c) => c)
    }

    pub fn campaign_view(&self, id: Id) -> Result<CampaignView> {
        expect!(self.ask(Query::CampaignView { id })?, Response::CampaignView(w) => w.view())
    }

    pub fn find_campaign(&self, id_or_name: &str) -> Result<Campaign> {
        let id_or_name = id_or_name.to_owned();
        expect!(self.ask(Query::FindCampaign { id_or_name })?, Response::Campaign(c) => c)
    }

    pub fn templates(&self) -> Result<Vec<crate::model::MessageTemplate>> {
        expect!(self.ask(Query::Templates)?, Response::Templates(t) => t)
    }

    pub fn template(&self, name: &str) -> Result<crate::model::MessageTemplate> {
        let name = name.to_owned();
        expect!(self.ask(Query::Template { name })?, Response::Template(t) => *t)
    }

    pub fn send_claim(
        &self,
        template_id: Id,
        deal_id: Id,
    ) -> Result<Option<crate::model::SendClaim>> {
        let q = Query::SendClaim {
            template_id,
            deal_id,
        };
        expect!(self.ask(q)?, Response::SendClaim(c) => c)
    }

    /// The connected user's digest address.
    pub fn user_email(&self) -> Result<Option<String>> {
        expect!(self.ask(Query::UserEmail)?, Response::UserEmail(e) => e)
    }

    /// A person's data as JSON; the server checks the connected user may have it.
    pub fn personal_data(&self, id: Id) -> Result<String> {
        expect!(self.ask(Query::PersonalData { id })?, Response::PersonalData(t) => t)
    }

    pub fn task(&self, id: Id) -> Result<Task> {
        expect!(self.ask(Query::Task { id })?, Response::Task(t) => t)
    }

    pub fn duplicate_pairs(&self, min_score: u32) -> Result<Vec<DuplicatePair>> {
        expect!(self.ask(Query::Duplicates { min_score })?, Response::Duplicates(p) => p)
    }

    pub fn duplicates_of(&self, id: Id) -> Result<Vec<DuplicateCandidate>> {
        expect!(self.ask(Query::DuplicatesOf { id })?, Response::DuplicatesOf(c) => c)
    }

    pub fn deals_of_contact(&self, contact: Id) -> Result<Vec<DealView>> {
        expect!(self.ask(Query::DealsOfContact { contact })?,
            Response::DealViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    pub fn deals_of_campaign(&self, campaign: Id) -> Result<Vec<DealView>> {
        expect!(self.ask(Query::DealsOfCampaign { campaign })?,
            Response::DealViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    pub fn persons_of_company(&self, company: Id) -> Result<Vec<Contact>> {
        expect!(self.ask(Query::PersonsOfCompany { company })?, Response::Contacts(c) => c)
    }

    pub fn journal(&self, on: EntityRef) -> Result<Journal> {
        expect!(self.ask(Query::Journal { on })?, Response::Journal(j) => *j)
    }

    pub fn journals(&self, ons: Vec<EntityRef>) -> Result<Vec<Journal>> {
        expect!(self.ask(Query::Journals { ons })?, Response::Journals(j) => j)
    }

    pub fn history(&self, entity: EntityRef) -> Result<Vec<Event>> {
        expect!(self.ask(Query::History { entity })?, Response::Events(e) => e)
    }

    /// The connected user's inbox (the server knows who that is; `_login` is ours).
    pub fn inbox(&self, _login: &str, unread_only: bool) -> Result<Vec<(Notification, Event)>> {
        expect!(self.ask(Query::Inbox { unread_only })?, Response::Inbox(i) => i)
    }

    pub fn entity_name(&self, entity: EntityRef) -> Option<String> {
        match self.ask(Query::EntityName { entity }) {
            Ok(Response::Name(n)) => n,
            _ => None,
        }
    }

    /// Attachments go into the shared `files/` directory directly: the server only ever
    /// needs their hash and size, and a 100 MB file has no business in a frame.
    pub fn db_dir(&self) -> &Path {
        &self.db
    }

    pub fn store_file(&self, path: &Path) -> Result<(String, u64)> {
        crate::service::files::store_file(&self.db.join("files"), path)
    }

    pub fn report(&self, name: &str, params: &Params) -> Result<Report> {
        let q = Query::Report {
            name: name.to_owned(),
            params: Box::new(params.clone()),
        };
        expect!(self.ask(q)?, Response::Report(r) => r)
    }

    pub fn deal_views_of(&self, ids: Vec<Id>) -> Result<Vec<DealView>> {
        expect!(self.ask(Query::DealViewsOf { ids })?,
            Response::DealViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    pub fn contact_views_of(&self, ids: Vec<Id>) -> Result<Vec<ContactView>> {
        expect!(self.ask(Query::ContactViewsOf { ids })?,
            Response::ContactViews(w) => w.into_iter().map(|w| w.view()).collect())
    }

    pub fn tasks_of_ids(&self, ids: Vec<Id>) -> Result<Vec<TaskView>> {
        expect!(self.ask(Query::TasksOfIds { ids })?, Response::Tasks(t) => task_views(t))
    }

    /// A backup written by the server (it holds the writer lock meanwhile).
    pub fn backup(&self, path: &Path, progress: &mut dyn FnMut(u64, u64)) -> Result<BackupSummary> {
        let path = path.display().to_string();
        // The file is made here, with our own permissions, and handed to the server open:
        // the server never opens a path we name (it may run as another account).
        use crate::service::database::{finish_backup_file, open_backup_file};
        let target = std::path::Path::new(&path);
        let (file, tmp) = open_backup_file(target)?;
        let req = Request::Backup {
            shown: path.clone(),
        };
        let sent = self.client().and_then(|mut c| {
            let resp = c.request_with_file(&req, &file, progress);
            answered(resp)
        });
        drop(file);
        match sent {
            Ok(Response::Backup(b)) => {
                finish_backup_file(&tmp, target)?;
                Ok(b)
            }
            other => {
                let _ = std::fs::remove_file(&tmp);
                other.and_then(|_| Err(unexpected()))
            }
        }
    }

    pub fn check(&self, repair: bool, progress: &mut dyn FnMut(u64, u64)) -> Result<CheckReport> {
        expect!(self.send_with(&Request::Check { repair }, progress)?, Response::Check(c) => c)
    }

    /// A connection of its own that carries change notices.
    pub fn subscribe(&self) -> Result<Notices> {
        let c = connect_or_start(&self.db, self.act_as.as_deref(), self.lang, self.idle)
            .map_err(start_error)?;
        c.subscribe().map_err(|e| Error::Server(e.to_string()))
    }
}

/// A server's answer as a result: its error answer is the service error it carries; a
/// broken connection is a server error.
fn answered(resp: std::result::Result<Response, ClientError>) -> Result<Response> {
    match resp {
        Ok(Response::Error(r)) => Err(Error::Remote(r)),
        Ok(other) => Ok(other),
        Err(e) => Err(Error::Server(e.to_string())),
    }
}

fn args(q: &ListQuery) -> ListArgs {
    ListArgs {
        filter: q.filter.clone(),
        sort: q.sort.clone(),
        limit: q.limit,
        offset: q.offset,
    }
}

/// The page `p` with `rows` made into views.
fn with_rows<W, V>(p: Page<()>, rows: Vec<W>, view: impl FnMut(W) -> V) -> Page<V> {
    Page {
        total: p.total,
        rows: rows.into_iter().map(view).collect(),
        generation: p.generation,
    }
}

fn touches_dicts(cmd: &Command) -> bool {
    cmd.changes_dicts()
}
