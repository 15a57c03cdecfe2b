//! The messages on the socket, bincode-encoded (serde) inside frames. A connection starts
//! with `Hello` -> `Welcome`; then each `Request` gets exactly one `Response`.

use serde::{Deserialize, Serialize};

use crate::model::{
    Attachment, Campaign, Comment, Contact, Deal, DictEntry, DictKind, EntityRef, Event, Id, Note,
    Notification, Task, User,
};
use crate::report::{Params, Report};
use crate::service::query::FilterOf;
use crate::service::views::{
    CampaignTotals, CampaignView, ContactNames, ContactView, DealNames, DealView, TaskView,
};
use crate::service::{Command, Outcome};

pub use crate::service::RemoteError;
pub use crate::service::requests::RequestId;

use super::frame::{MAX_FRAME, MAX_RESPONSE};

/// Bumped whenever a message changes shape; both sides must agree exactly.
/// 7: write requests carry a request id (issue 15 item 8).
/// 9: commands to edit and remove notes and comments, reopen tasks and contacts (issue 18).
/// 10: the pipeline (issue 19): deals' expected close date, days in stage and rotting in
/// their views; commands to move a stage, set its probability and rot days, unretire.
/// 11: a campaign batch may name its contacts by a filter (`matching`, for dry runs).
/// 12: duplicate contacts found and merged (issue 20 item 2): `Query::Duplicates`,
/// `Query::DuplicatesOf`, `Command::MergeContacts`.
/// 13: removing deals, contacts, tasks and files, erasing a person, and a person's data as
/// JSON (issue 20 items 3 and 4).
/// 14: custom fields (issue 20 item 1): `Command::AddField`/`RetireField`, `fields` in
/// deal and contact drafts, patches and records, `Query::FieldDefs`.
/// 15: `Request::DryRunCount`, a dry run answered with counts only.
pub const PROTOCOL_VERSION: u32 = 15;

/// The client's first message.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Hello {
    pub version: u32,
    /// `--user`: act as this lejek user instead of the one the socket's peer credentials
    /// name. Only a lejek admin (or the system's root) may name someone else.
    pub act_as: Option<String>,
    /// "pl" or "en": the language of error texts the server renders.
    pub lang: String,
    /// The client's `LEJEK_NOW` (RFC 3339), which the server then uses for this
    /// connection: one clock for the whole program, as without a server.
    pub now: Option<String>,
}

/// The server's answer to `Hello`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Welcome {
    /// Accepted; `login` is the lejek user this connection acts as.
    Ok {
        version: u32,
        login: String,
    },
    Refused(RemoteError),
}

/// What a client asks for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Request {
    /// Apply a command as the connected user; answered after it is flushed to disk. `id`
    /// (random, made by the client) makes it exactly-once: the same id again is answered
    /// with the first outcome and writes nothing (`new_request_id`).
    Apply {
        cmd: Command,
        id: RequestId,
    },
    /// Apply several commands atomically (`Response::Outcomes`), exactly once per `id`.
    ApplyBatch {
        cmds: Vec<Command>,
        id: RequestId,
    },
    /// Validate and plan a command, writing nothing.
    DryRun {
        cmd: Command,
    },
    Query(Query),
    /// Write a consistent backup of the database, while it is in use, into a file the
    /// client opened itself: the server answers `Response::SendFile`, the client sends the
    /// open file over the socket (`fd_pass`), and the server writes into it (progress
    /// frames, then `Response::Backup`). `shown` names the file in messages; the server
    /// never opens a path a client names.
    Backup {
        shown: String,
    },
    /// Verify the store; with `repair` rebuild its indexes (`Response::Check`).
    Check {
        repair: bool,
    },
    /// Turn this connection into a stream of `Response::Notice`, one after every committed
    /// write by anyone (the TUI's live refresh). Answered with `Response::Subscribed`.
    Subscribe,
    /// A dry run answered with counts only (`Response::Counted`): a campaign batch over
    /// 60,000 contacts need not send 60,000 planned ids back (issue 17's scale).
    DryRunCount {
        cmd: Command,
    },
}

/// What a committed write touched: the records its events are on. `everything` when there
/// were too many to list (a large batch): reload all lists.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub refs: Vec<EntityRef>,
    pub everything: bool,
    /// Who made the change.
    pub by: String,
}

/// The reads front ends make: one per read of the `Service` the CLI uses. Lists take the
/// filter, sort and limit; "me" in a filter is the connected user.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Query {
    /// Deal records in list order (`Response::Deals`).
    ListDeals(ListArgs),
    /// A deal record (`Response::Deal`).
    Deal {
        id: Id,
    },
    /// Contact records in list order (`Response::Contacts`).
    ListContacts(ListArgs),
    /// A contact record (`Response::Contact`).
    Contact {
        id: Id,
    },
    Inbox {
        unread_only: bool,
    },
    /// Deal views in list order (`Response::DealViews`).
    DealViews(ListArgs),
    /// A window of a list with the number of matching records (`Response::Page`): what
    /// the TUI shows and what a CLI list prints with its total.
    Page {
        of: FilterOf,
        args: ListArgs,
    },
    /// The ids of every record of a list that the filter matches, in list order
    /// (`Response::Ids`): a batch's contacts, a bulk action on all a filter shows.
    Ids {
        of: FilterOf,
        args: ListArgs,
    },
    /// One deal view (`Response::DealView`).
    DealView {
        id: Id,
    },
    /// Contact views in list order (`Response::ContactViews`).
    ContactViews(ListArgs),
    ContactView {
        id: Id,
    },
    /// Campaign views in list order (`Response::CampaignViews`).
    CampaignViews(ListArgs),
    CampaignView {
        id: Id,
    },
    /// Tasks in list order (`Response::Tasks`; `TaskView::from_task` makes the views).
    ListTasks(ListArgs),
    Task {
        id: Id,
    },
    Campaign {
        id: Id,
    },
    /// A campaign by id or name (`Response::Campaign`).
    FindCampaign {
        id_or_name: String,
    },
    /// The deal views of a contact, of a campaign (`Response::DealViews`).
    DealsOfContact {
        contact: Id,
    },
    DealsOfCampaign {
        campaign: Id,
    },
    /// Person records of a company (`Response::Contacts`).
    PersonsOfCompany {
        company: Id,
    },
    /// A record's history, oldest first (`Response::Events`).
    History {
        entity: EntityRef,
    },
    Notes {
        on: EntityRef,
    },
    Comments {
        on: EntityRef,
    },
    Attachments {
        on: EntityRef,
    },
    /// Tasks linked to a record (`Response::Tasks`).
    TasksOf {
        on: EntityRef,
    },
    Users,
    /// One user by login (`Response::User`, `None` when there is no such user).
    User {
        login: String,
    },
    /// A dictionary's entries (`Response::DictEntries`).
    Dict {
        kind: DictKind,
    },
    /// Every dictionary's entries.
    DictEntries,
    /// Whether the store has been initialised (`Response::Flag`).
    IsInitialised,
    /// Everything written on a record (`Response::Journal`).
    Journal {
        on: EntityRef,
    },
    /// The journals of several records, in the order asked (`Response::Journals`): one
    /// round trip for a page of an export instead of one per record.
    Journals {
        ons: Vec<EntityRef>,
    },
    /// The name or title of a record, for labels (`Response::Name`).
    EntityName {
        entity: EntityRef,
    },
    /// Deal views of these ids, those that exist (`Response::DealViews`).
    DealViewsOf {
        ids: Vec<Id>,
    },
    /// Contact views of these ids (`Response::ContactViews`).
    ContactViewsOf {
        ids: Vec<Id>,
    },
    /// Tasks of these ids (`Response::Tasks`).
    TasksOfIds {
        ids: Vec<Id>,
    },
    /// Report `name` (`funnel`, `deal-value`, ...) computed by the server with `params`
    /// (`Response::Report`); `params.me` is replaced by the connected user.
    Report {
        name: String,
        params: Box<Params>,
    },
    /// Every message template (`Response::Templates`).
    Templates,
    /// A template by name or id (`Response::Template`).
    Template {
        name: String,
    },
    /// The campaign-send state of (template, deal) (`Response::SendClaim`).
    SendClaim {
        template_id: Id,
        deal_id: Id,
    },
    /// The connected user's own digest address (`Response::UserEmail`, issue 19 item 7):
    /// nobody reads another's through the server.
    UserEmail,
    /// Likely duplicate pairs scoring at least `min_score` (`Response::Duplicates`).
    Duplicates {
        min_score: u32,
    },
    /// The likely duplicates of one contact (`Response::DuplicatesOf`).
    DuplicatesOf {
        id: Id,
    },
    /// Everything held about a person, as JSON (`Response::PersonalData`; admins only).
    PersonalData {
        id: Id,
    },
    /// Every custom field definition, retired ones too (`Response::FieldDefs`, issue 20).
    FieldDefs,
}

/// A view as it crosses the socket: the stored record and what the server resolved for it
/// (names, totals). `view()` rebuilds the front end's view through its constructor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Wire<R, N> {
    pub record: R,
    pub names: N,
}

pub type DealWire = Wire<Deal, DealNames>;
pub type ContactWire = Wire<Contact, ContactNames>;
pub type CampaignWire = Wire<Campaign, CampaignTotals>;

impl From<DealView> for DealWire {
    fn from(v: DealView) -> DealWire {
        let names = v.names();
        Wire {
            record: v.deal,
            names,
        }
    }
}

impl DealWire {
    pub fn view(self) -> DealView {
        DealView::from_parts(self.record, self.names)
    }
}

impl From<ContactView> for ContactWire {
    fn from(v: ContactView) -> ContactWire {
        let names = v.names();
        Wire {
            record: v.contact,
            names,
        }
    }
}

impl ContactWire {
    pub fn view(self) -> ContactView {
        ContactView::from_parts(self.record, self.names)
    }
}

impl From<CampaignView> for CampaignWire {
    fn from(v: CampaignView) -> CampaignWire {
        let names = v.totals();
        Wire {
            record: v.campaign,
            names,
        }
    }
}

impl CampaignWire {
    pub fn view(self) -> CampaignView {
        CampaignView::from_parts(self.record, self.names)
    }
}

/// Task views need only the task.
pub fn task_views(tasks: Vec<Task>) -> Vec<TaskView> {
    tasks.into_iter().map(TaskView::from_task).collect()
}

/// A list's filter, sort and window ("me" is the connected user).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ListArgs {
    pub filter: String,
    pub sort: Option<String>,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// The rows of a page as they cross the socket.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum PageRows {
    Deals(Vec<DealWire>),
    Contacts(Vec<ContactWire>),
    Campaigns(Vec<CampaignWire>),
    Tasks(Vec<Task>),
}

/// The answer to one `Request`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Response {
    Done(Outcome),
    Outcomes(Vec<Outcome>),
    Journal(Box<crate::service::query::Journal>),
    Journals(Vec<crate::service::query::Journal>),
    Name(Option<String>),
    Subscribed,
    Notice(Notice),
    /// How far a long request (backup, check) has got, sent before its answer.
    Progress {
        done: u64,
        total: u64,
    },
    Backup(crate::service::database::BackupSummary),
    /// Send the open file for the backup now (see `Request::Backup`).
    SendFile,
    Check(crate::service::database::CheckReport),
    /// Deals in list order (filtered, sorted, limited).
    Deals(Vec<Deal>),
    Deal(Deal),
    Contacts(Vec<Contact>),
    Contact(Contact),
    Inbox(Vec<(Notification, Event)>),
    DealViews(Vec<DealWire>),
    DealView(DealWire),
    /// A window of a list (`Query::Page`).
    Page {
        total: usize,
        generation: u64,
        rows: PageRows,
    },
    Ids(Vec<Id>),
    ContactViews(Vec<ContactWire>),
    ContactView(ContactWire),
    CampaignViews(Vec<CampaignWire>),
    CampaignView(CampaignWire),
    Campaign(Campaign),
    Tasks(Vec<Task>),
    Task(Task),
    Events(Vec<Event>),
    Notes(Vec<Note>),
    Comments(Vec<Comment>),
    Attachments(Vec<Attachment>),
    Users(Vec<User>),
    User(Option<User>),
    DictEntries(Vec<DictEntry>),
    Flag(bool),
    Report(Report),
    Templates(Vec<crate::model::MessageTemplate>),
    Template(Box<crate::model::MessageTemplate>),
    SendClaim(Option<crate::model::SendClaim>),
    Error(RemoteError),
    UserEmail(Option<String>),
    Duplicates(Vec<crate::service::duplicates::DuplicatePair>),
    DuplicatesOf(Vec<crate::service::duplicates::DuplicateCandidate>),
    PersonalData(String),
    FieldDefs(Vec<crate::model::FieldDef>),
    /// What a dry run would do, counted (`Request::DryRunCount`).
    Counted {
        id: Option<crate::model::Id>,
        created: u64,
        skipped: u64,
    },
}

/// A new write request id: 128 bits from the kernel's random source (getrandom(2)), so two
/// clients never make the same one. Falls back to the time, the process id and a counter
/// should getrandom fail (it does not on any Linux that runs lejek).
pub fn new_request_id() -> RequestId {
    let mut id = [0u8; 16];
    // SAFETY: the buffer is valid for writes of its length for the duration of the call.
    let got = unsafe { libc::getrandom(id.as_mut_ptr().cast(), id.len(), 0) };
    if usize::try_from(got).ok() != Some(id.len()) {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        id[..8].copy_from_slice(&nanos.to_be_bytes());
        id[8..12].copy_from_slice(&std::process::id().to_be_bytes());
        id[12..].copy_from_slice(&(n as u32).to_be_bytes());
    }
    id
}

/// Why a message could not be encoded or decoded.
#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    #[error("cannot encode message: {0}")]
    Encode(#[from] bincode::error::EncodeError),
    #[error("malformed message: {0}")]
    Decode(#[from] bincode::error::DecodeError),
    #[error("malformed message: {0} trailing bytes")]
    Trailing(usize),
}

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_FRAME>()
}

fn response_config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_RESPONSE>()
}

/// Encode a message as a frame body.
pub fn encode<T: Serialize>(msg: &T) -> Result<Vec<u8>, CodecError> {
    Ok(bincode::serde::encode_to_vec(msg, config())?)
}

/// Encode an answer (which may be larger than a request).
pub fn encode_response<T: Serialize>(msg: &T) -> Result<Vec<u8>, CodecError> {
    Ok(bincode::serde::encode_to_vec(msg, response_config())?)
}

/// Decode a frame body; bytes left over make it malformed.
pub fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, CodecError> {
    let (msg, used) = bincode::serde::decode_from_slice(body, config())?;
    if used != body.len() {
        return Err(CodecError::Trailing(body.len() - used));
    }
    Ok(msg)
}

/// Decode the server's answer (the client trusts its server with larger frames).
pub fn decode_response<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, CodecError> {
    let (msg, used) = bincode::serde::decode_from_slice(body, response_config())?;
    if used != body.len() {
        return Err(CodecError::Trailing(body.len() - used));
    }
    Ok(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::ContactDraft;

    #[test]
    fn requests_round_trip() {
        let req = Request::Apply {
            cmd: Command::AddContact(ContactDraft {
                name: "Żółw sp. z o.o.".into(),
                ..Default::default()
            }),
            id: new_request_id(),
        };
        let back: Request = decode(&encode(&req).unwrap()).unwrap();
        assert_eq!(format!("{back:?}"), format!("{req:?}"));
    }

    #[test]
    fn request_ids_differ() {
        let ids: std::collections::HashSet<RequestId> =
            (0..1000).map(|_| new_request_id()).collect();
        assert_eq!(ids.len(), 1000);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(decode::<Request>(&[0xff, 0xff, 0xff, 0xff, 0xff]).is_err());
        assert!(decode::<Hello>(&[]).is_err());
    }
}
