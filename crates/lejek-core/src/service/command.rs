//! Commands: every change to the data is one of these, applied by `Service::apply` in one
//! transaction with its history events. Serde enums, so a server can carry them later.
//! Dictionary values travel as the names the user typed; the service resolves them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{
    ContactKind, DictKind, EntityRef, FieldKind, FieldOn, Id, MessageKind, Money, SentMessage,
    StageKind, StoredFile, TaskKind,
};

/// A change to the data.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Command {
    AddUser {
        login: String,
        name: String,
        admin: bool,
    },
    AddDictEntry {
        kind: DictKind,
        name: String,
        stage_kind: Option<StageKind>,
    },
    RenameDictEntry {
        kind: DictKind,
        name: String,
        new_name: String,
    },
    RetireDictEntry {
        kind: DictKind,
        name: String,
    },
    AddContact(ContactDraft),
    UpdateContact {
        id: Id,
        patch: ContactPatch,
    },
    /// End of cooperation (C4).
    EndContact {
        id: Id,
        reason: String,
        date: NaiveDate,
    },
    AddDeal(DealDraft),
    UpdateDeal {
        id: Id,
        patch: DealPatch,
    },
    WinDeal {
        id: Id,
        /// A won stage; the first won stage when absent.
        stage: Option<String>,
    },
    LoseDeal {
        id: Id,
        reason: String,
        /// A lost stage; the first lost stage when absent.
        stage: Option<String>,
    },
    AddCampaign(CampaignDraft),
    UpdateCampaign {
        id: Id,
        patch: CampaignPatch,
    },
    AddNote {
        on: EntityRef,
        text: String,
    },
    AddComment {
        on: EntityRef,
        text: String,
    },
    /// The file must already be in the file store (`Service::store_file`).
    AttachFile {
        on: EntityRef,
        name: String,
        sha256: String,
        size: u64,
    },
    AddTask(TaskDraft),
    CompleteTask {
        id: Id,
    },
    UpdateTask {
        id: Id,
        patch: TaskPatch,
    },
    /// C6/B1: one deal per contact in a campaign found by name (created from `create` when
    /// missing). A contact that already has a deal in the campaign is skipped, so re-running
    /// adds only what is missing (B2). `deal.contact_id` and `deal.campaign_id` are ignored.
    AddDealsToCampaign {
        campaign: String,
        create: CampaignDraft,
        contacts: Vec<Id>,
        /// A contact filter (the actor's `me`) whose matches, in id order, follow
        /// `contacts`: a dry run names its selection instead of shipping every id there
        /// and back (issue 17's scale check).
        #[serde(default)]
        matching: Option<String>,
        deal: DealDraft,
    },
    /// Mark the actor's notifications read (all when `seqs` is empty).
    MarkRead {
        seqs: Vec<u64>,
    },
    /// X5: a record brought in by `lejek import` with its past, dated as the file says.
    Import(Imported),
    /// D12: a message template; its placeholders are checked here, when it is saved.
    AddTemplate(TemplateDraft),
    /// Change the template named `name` (case- and diacritic-insensitive).
    UpdateTemplate {
        name: String,
        patch: TemplatePatch,
    },
    RemoveTemplate {
        name: String,
    },
    /// Before a campaign send: take (template, deal) for this sender. Outcome `id` is the
    /// deal when taken; the deal is in `skipped` when it was sent before or another sender
    /// holds it (a claim older than `CLAIM_STALE` is taken over: that sender died).
    ClaimSend {
        template_id: Id,
        deal_id: Id,
    },
    /// After a send, sent or failed: the history entry on the deal. With `claimed`, the
    /// (template, deal) claim becomes `Sent`, or is released when the send failed so a
    /// re-run tries again.
    RecordMessage {
        deal_id: Id,
        message: Box<SentMessage>,
        claimed: bool,
    },
    /// The e-mail address a user's daily digest goes to (issue 19 item 7; admins only);
    /// `None` or an empty text clears it.
    SetUserEmail {
        login: String,
        email: Option<String>,
    },
    /// Before sending the acting user's digest of `day`: take it. Outcome `id` is Some when
    /// taken, None when it was sent before or another run is sending it.
    ClaimDigest {
        day: chrono::NaiveDate,
    },
    /// After the digest's send: sent, or released (`sent: false`) so a re-run tries again.
    SettleDigest {
        day: chrono::NaiveDate,
        sent: bool,
    },
    /// A user's name or admin flag (admins only; the last admin keeps the flag).
    UpdateUser {
        login: String,
        name: Option<String>,
        admin: Option<bool>,
    },
    /// Change a note's text: its author only (issue 18 item 5). The record's history keeps
    /// the old text.
    EditNote {
        id: Id,
        text: String,
    },
    /// Remove a note: its author, or an admin. The record's history keeps its text.
    RemoveNote {
        id: Id,
    },
    /// Change a comment's text: its author only.
    EditComment {
        id: Id,
        text: String,
    },
    /// Remove a comment: its author, or an admin.
    RemoveComment {
        id: Id,
    },
    /// A done task (a held meeting) is open again.
    ReopenTask {
        id: Id,
    },
    /// An ended customer is one again (C4 undone): end reason and date cleared, both kept
    /// in the history.
    ReopenContact {
        id: Id,
    },
    /// Move a dictionary entry just before or just after another of the same dictionary
    /// (issue 19 item 1): for deal stages, the pipeline order. Exactly one of `before` and
    /// `after`; a stage moves only among stages of its kind.
    MoveDictEntry {
        kind: DictKind,
        name: String,
        before: Option<String>,
        after: Option<String>,
    },
    /// A deal stage's win probability (percent) and rot days (issue 19 item 2): `None`
    /// leaves one as it is, `Some(None)` clears it. Won and lost stages have them fixed.
    SetStage {
        name: String,
        probability: Option<Option<u8>>,
        rot_days: Option<Option<u32>>,
    },
    /// A retired entry may be chosen again (issue 19 item 8).
    UnretireDictEntry {
        kind: DictKind,
        name: String,
    },
    /// Merge duplicate contact `other` into `keep` (issue 20 item 2): its deals, persons,
    /// notes, comments and files move to `keep`, `keep`'s empty fields are filled from it,
    /// both histories record the merge, and `other` stays as a redirect to `keep`.
    MergeContacts {
        keep: Id,
        other: Id,
    },
    /// Remove a deal (issue 20 item 3; admins only): it leaves its tree, the indexes and
    /// every list and report; its history stays and ends with who removed it and when. Its
    /// tasks, notes, comments and files go with it.
    RemoveDeal {
        id: Id,
    },
    /// Remove a contact (admins only). Refused while it has deals unless `with_deals`
    /// (they are removed first), and for a company with persons unless `detach_persons`
    /// (the persons stay, without the company).
    RemoveContact {
        id: Id,
        with_deals: bool,
        detach_persons: bool,
    },
    /// Remove a task or meeting: its assignee, or an admin.
    RemoveTask {
        id: Id,
    },
    /// Remove an attached file: who attached it, or an admin. The content under
    /// `<db>/files/` is deleted when nothing refers to it any more.
    RemoveFile {
        id: Id,
    },
    /// RODO art. 17 (issue 20 item 4; admins only): anonymise a person everywhere lejek
    /// holds them (record, old values in history, notes, sent messages, files); amounts,
    /// stages and dates stay so reports do not change.
    EraseContact {
        id: Id,
    },
    /// A custom field on deals or contacts (issue 20 item 1; admins only).
    AddField(FieldDraft),
    /// The field is no longer shown, set or filtered; its values stay (admins only).
    RetireField {
        on: FieldOn,
        name: String,
    },
}

/// A new custom field.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FieldDraft {
    pub on: FieldOn,
    /// Lower-case letters, digits and `_`; folded by the service.
    pub name: String,
    pub kind: FieldKind,
    /// A choice field's values.
    pub values: Vec<String>,
    pub label_pl: Option<String>,
    pub label_en: Option<String>,
}

impl Command {
    /// Whether the command takes rows out of the read model or rewrites their past: the
    /// model and its saved copy are then built again from the store (a note's, comment's or
    /// file's removal the model takes as any write).
    pub fn removes(&self) -> bool {
        matches!(
            self,
            Command::RemoveDeal { .. }
                | Command::RemoveContact { .. }
                | Command::RemoveTask { .. }
                | Command::EraseContact { .. }
        )
    }

    /// Whether the command changes a dictionary (the caches of entries are dropped).
    pub fn changes_dicts(&self) -> bool {
        matches!(
            self,
            Command::AddDictEntry { .. }
                | Command::RenameDictEntry { .. }
                | Command::RetireDictEntry { .. }
                | Command::MoveDictEntry { .. }
                | Command::SetStage { .. }
                | Command::UnretireDictEntry { .. }
        )
    }
}

/// A new message template.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TemplateDraft {
    pub kind: MessageKind,
    pub name: String,
    pub subject: Option<String>,
    pub body: String,
    /// Files already in the file store (`Service::store_file`).
    pub attachments: Vec<StoredFile>,
}

/// Changes to a template: `None` leaves a field alone.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TemplatePatch {
    pub name: Option<String>,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub add_attachments: Vec<StoredFile>,
    /// By file name.
    pub remove_attachments: Vec<String>,
}

/// A new contact.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ContactDraft {
    pub kind: Option<ContactKind>,
    pub name: String,
    pub company_id: Option<Id>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    /// As typed; validated and normalised by the service.
    pub nip: Option<String>,
    pub tags: Vec<String>,
    pub roles: Vec<String>,
    pub status: Option<String>,
    pub source: Option<String>,
    /// Custom field values as typed, `(name, text)`; the service checks them (issue 20).
    #[serde(default)]
    pub fields: Vec<(String, String)>,
}

/// Changes to a contact: `None` leaves a field alone; `Some(None)` clears it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ContactPatch {
    pub kind: Option<ContactKind>,
    pub name: Option<String>,
    pub company_id: Option<Option<Id>>,
    pub email: Option<Option<String>>,
    pub phone: Option<Option<String>>,
    pub city: Option<Option<String>>,
    pub address: Option<Option<String>>,
    pub nip: Option<Option<String>>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    pub add_roles: Vec<String>,
    pub remove_roles: Vec<String>,
    pub status: Option<Option<String>>,
    pub source: Option<Option<String>>,
    /// Clearing the end of cooperation brings a customer back.
    pub clear_end: bool,
    /// Custom field values as typed, `(name, text)`; blank text clears (issue 20).
    #[serde(default)]
    pub fields: Vec<(String, String)>,
}

/// A new deal.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DealDraft {
    pub contact_id: Id,
    pub title: String,
    pub offer: Option<String>,
    pub description: Option<String>,
    /// The actor when absent.
    pub owner: Option<String>,
    /// The first open stage when absent.
    pub stage: Option<String>,
    pub source: Option<String>,
    pub value: Option<Money>,
    pub next_activity: Option<NaiveDate>,
    pub tags: Vec<String>,
    pub campaign_id: Option<Id>,
    /// When the deal is expected to close (issue 19 item 3).
    pub expected_close: Option<NaiveDate>,
    /// Custom field values as typed, `(name, text)`; the service checks them (issue 20).
    #[serde(default)]
    pub fields: Vec<(String, String)>,
}

/// Changes to a deal: `None` leaves a field alone; `Some(None)` clears it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DealPatch {
    pub title: Option<String>,
    pub offer: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub owner: Option<String>,
    pub stage: Option<String>,
    /// Required when `stage` names a lost stage.
    pub loss_reason: Option<String>,
    pub source: Option<Option<String>>,
    pub value: Option<Option<Money>>,
    pub next_activity: Option<Option<NaiveDate>>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    pub campaign_id: Option<Option<Id>>,
    pub contact_id: Option<Id>,
    pub expected_close: Option<Option<NaiveDate>>,
    /// Custom field values as typed, `(name, text)`; blank text clears (issue 20).
    #[serde(default)]
    pub fields: Vec<(String, String)>,
}

/// A new campaign.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CampaignDraft {
    pub name: String,
    pub goals: Option<String>,
    pub rules: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CampaignPatch {
    pub name: Option<String>,
    pub goals: Option<Option<String>>,
    pub rules: Option<Option<String>>,
    pub description: Option<Option<String>>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
}

/// A new task or meeting.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskDraft {
    pub kind: TaskKind,
    pub title: String,
    /// The actor when absent.
    pub assignee: Option<String>,
    pub due: Option<NaiveDateTime>,
    pub deal_id: Option<Id>,
    pub campaign_id: Option<Id>,
}

/// Changes to a task: `None` leaves a field alone; `Some(None)` clears it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TaskPatch {
    pub title: Option<String>,
    pub kind: Option<TaskKind>,
    pub assignee: Option<String>,
    pub due: Option<Option<NaiveDateTime>>,
    /// Move the task to another deal, or (`Some(None)`) to no deal; a campaign's task
    /// moved to a deal leaves the campaign (a task is on one record at most).
    pub deal: Option<Option<Id>>,
}

/// A record brought in from a file (X5, `lejek import`) with the times of its past, so that
/// reports over it count it in the periods it really happened in, not on the day of the
/// import. Each is validated like its ordinary command. History is attributed to the
/// importer, or to the user the file names when an admin imports; an import writes no
/// notifications (it brings history, not news).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Imported {
    Contact(ImportedContact),
    Deal(ImportedDeal),
    Task(ImportedTask),
    /// Any other creating command (a user, campaign, note, comment or file), applied as of
    /// `at`. Not another `Import`.
    At {
        at: DateTime<Utc>,
        by: Option<String>,
        /// Decoded with a depth limit: the one recursive type a request can carry.
        #[serde(deserialize_with = "super::command_depth::bounded")]
        cmd: Box<Command>,
    },
}

/// A contact created at `created`, and ended (C4) when `end` says so.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImportedContact {
    pub contact: ContactDraft,
    pub created: DateTime<Utc>,
    pub by: Option<String>,
    /// End of cooperation: reason and date.
    pub end: Option<(String, NaiveDate)>,
}

/// A deal with its past. `deal` holds its state now (stage, value, owner, source, which may
/// be a won or lost stage); `history` the moves that led there, oldest first. With no
/// history, one is made from the fields: created at `created` in the current stage (the
/// first open one when the deal is closed), then won or lost at `closed`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImportedDeal {
    pub deal: DealDraft,
    /// Required when the stage is a lost one.
    pub loss_reason: Option<String>,
    pub created: DateTime<Utc>,
    /// When it was won or lost; `created` when a closed deal does not say.
    pub closed: Option<DateTime<Utc>>,
    pub by: Option<String>,
    pub history: Vec<ImportedMove>,
}

/// One step of an imported deal's past.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImportedMove {
    pub at: DateTime<Utc>,
    pub by: Option<String>,
    pub change: ImportedChange,
}

/// What one step changed; dictionary values and owners by name, as the file gives them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ImportedChange {
    /// The deal was created in `stage` (the first open stage when absent) with `value`.
    Created {
        stage: Option<String>,
        value: Option<Money>,
    },
    Stage {
        stage: String,
    },
    Value {
        value: Option<Money>,
    },
    LossReason {
        reason: Option<String>,
    },
    Owner {
        owner: String,
    },
    Source {
        source: Option<String>,
    },
    Closed {
        closed: Option<DateTime<Utc>>,
    },
}

/// A task or meeting created at `created`, done at `done_at` when it was.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImportedTask {
    pub task: TaskDraft,
    pub created: DateTime<Utc>,
    pub by: Option<String>,
    pub done_at: Option<DateTime<Utc>>,
}

/// What a command did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The record created or changed.
    pub id: Option<Id>,
    /// Sequence numbers of the events written.
    pub events: Vec<u64>,
    /// Records created by a bulk command (deal ids).
    pub created: Vec<Id>,
    /// Inputs a bulk command skipped because they were done before (contact ids).
    pub skipped: Vec<Id>,
}
