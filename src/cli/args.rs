//! The clap command tree (DESIGN.md CLI contract). Handlers live beside it, one file per
//! entity; this file only declares.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

use crate::render::Format;

#[derive(Parser, Debug)]
#[command(name = "lejek", version, about = "A CRM that lives in the terminal")]
pub struct Cli {
    /// Database directory (default: $LEJEK_DB, then the XDG data directory).
    #[arg(long, global = true, env = "LEJEK_DB")]
    pub db: Option<PathBuf>,
    /// Act as this lejek user (default: $LEJEK_USER, then the login name).
    #[arg(long, global = true, env = "LEJEK_USER")]
    pub user: Option<String>,
    /// Interface language: pl or en (default: $LEJEK_LANG, then $LANG).
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// TUI key map: default (vim-style) or arrows (default: $LEJEK_KEYMAP, then default).
    #[arg(long, global = true, env = "LEJEK_KEYMAP")]
    pub keymap: Option<String>,
    /// Open the database in this process instead of through its server (single-user use;
    /// fails while a server or another process has the database).
    #[arg(long, global = true, env = "LEJEK_NO_SERVER", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_server: bool,
    /// Seconds a server started by this command waits without clients before it exits.
    #[arg(
        long,
        global = true,
        env = "LEJEK_SERVER_IDLE",
        default_value_t = 600,
        hide = true
    )]
    pub server_idle: u64,
    /// Colour: auto (only on a terminal and without NO_COLOR), always or never.
    #[arg(long, global = true, value_enum)]
    pub color: Option<ColorMode>,
    /// Only errors on stderr (no progress, no notices).
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more on stderr: -v what happens, -vv details (LEJEK_LOG filters, e.g. lejek=debug).
    #[arg(long, short, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Configuration file (default: $XDG_CONFIG_HOME/lejek/config.toml).
    #[arg(long, global = true, env = "LEJEK_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--color`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorMode {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a database (with --demo: load the demo data).
    Init {
        #[arg(long)]
        demo: bool,
    },
    /// The terminal interface (also what `lejek` alone opens on a terminal).
    Tui,
    /// The demo database (created on first use), or generate data for scale.
    Demo {
        #[command(subcommand)]
        action: Option<DemoCmd>,
    },
    /// Contacts: companies and persons.
    #[command(subcommand)]
    Contact(ContactCmd),
    /// Deals.
    #[command(subcommand)]
    Deal(DealCmd),
    /// Campaigns.
    #[command(subcommand)]
    Campaign(CampaignCmd),
    /// Tasks and meetings.
    #[command(subcommand)]
    Task(TaskCmd),
    /// Dictionaries: statuses, sources, reasons, roles, stages.
    #[command(subcommand)]
    Dict(DictCmd),
    /// Users.
    #[command(subcommand)]
    User(UserCmd),
    /// Reports R1-R8: lejek report NAME [filters] --format table|csv|json|chart.
    Report(super::report::ReportArgs),
    /// Your notifications.
    Inbox {
        /// Include notifications already read.
        #[arg(long)]
        all: bool,
        /// Mark everything shown as read.
        #[arg(long)]
        read: bool,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Import contacts, deals, or a whole `export all` from CSV or JSON (X5).
    #[command(subcommand)]
    Import(super::import::ImportCmd),
    /// Export contacts, deals, campaigns, tasks or everything as CSV or JSON (X5).
    Export(super::export::ExportArgs),
    /// Write a consistent snapshot of the whole database (records, history, files) to FILE.
    Backup { file: PathBuf },
    /// Restore a backup into an empty database directory (--db).
    Restore { file: PathBuf },
    /// Verify the store; with --repair rebuild the indexes from the records.
    Check {
        #[arg(long)]
        repair: bool,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    Completions(super::completions::CompletionsArgs),
    /// Write man pages for lejek and every subcommand.
    Man(super::man::ManArgs),
    /// The configuration file: where it is, what is in effect, a commented example.
    #[command(subcommand)]
    Config(super::config_cmd::ConfigCmd),
    /// Serve the database to other lejek processes over <db>/lejek.sock (shared access).
    Serve {
        /// Exit after this many seconds without clients (0: never).
        #[arg(long, default_value_t = 600)]
        idle: u64,
    },
}

#[derive(Subcommand, Debug)]
pub enum DemoCmd {
    /// Generate a large deterministic database for benchmarks.
    Generate {
        #[arg(long, default_value_t = 1000)]
        contacts: u64,
        #[arg(long, default_value_t = 3000)]
        deals: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
}

/// `--format` and `--filter`/`--sort` shared by lists.
#[derive(Args, Debug)]
pub struct ListArgs {
    /// Filter expression (see README: the filter language).
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub filter: String,
    /// Sort by FIELD or FIELD:desc.
    #[arg(long)]
    pub sort: Option<String>,
    /// Show at most N rows.
    #[arg(long)]
    pub limit: Option<usize>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub id: u64,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// Output of add/create: the id, or the whole record with --format json.
#[derive(Args, Debug)]
pub struct AddFormat {
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(Args, Debug, Default)]
pub struct ContactFields {
    /// company or person.
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    /// The company a person belongs to (contact id).
    #[arg(long)]
    pub company: Option<u64>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub nip: Option<String>,
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    #[arg(long = "role")]
    pub roles: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ContactCmd {
    /// Add a contact; prints its id.
    Add {
        #[command(flatten)]
        fields: ContactFields,
        #[command(flatten)]
        out: AddFormat,
    },
    List(ListArgs),
    /// A contact with its deals and history.
    Show(ShowArgs),
    /// Change fields of a contact.
    Set {
        id: u64,
        #[command(flatten)]
        fields: ContactFields,
        #[arg(long = "untag")]
        untag: Vec<String>,
        #[arg(long = "unrole")]
        unrole: Vec<String>,
        /// Bring an ended customer back (clears end reason and date).
        #[arg(long)]
        reopen: bool,
    },
    /// End of cooperation: reason and date (C4).
    End {
        id: u64,
        #[arg(long)]
        reason: String,
        /// Default: today.
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
    },
}

#[derive(Args, Debug, Default)]
pub struct DealFields {
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub offer: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long)]
    pub owner: Option<String>,
    #[arg(long)]
    pub stage: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    /// Money, e.g. 1200, "12 500,00", 1234.56.
    #[arg(long, allow_hyphen_values = true)]
    pub value: Option<String>,
    #[arg(long)]
    pub currency: Option<String>,
    /// Next activity: 2026-12-01, +3d, mon, pon, jutro...
    #[arg(long, allow_hyphen_values = true)]
    pub next: Option<String>,
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Campaign id or name.
    #[arg(long)]
    pub campaign: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum DealCmd {
    /// Add a deal; prints its id.
    Add {
        #[arg(long)]
        contact: u64,
        #[command(flatten)]
        fields: DealFields,
        #[command(flatten)]
        out: AddFormat,
    },
    List(ListArgs),
    /// A deal with its history.
    Show(ShowArgs),
    /// Change fields of a deal.
    Set {
        id: u64,
        #[command(flatten)]
        fields: DealFields,
        /// Move the deal to another contact.
        #[arg(long)]
        contact: Option<u64>,
        #[arg(long = "untag")]
        untag: Vec<String>,
        /// Loss reason, when --stage names a lost stage.
        #[arg(long)]
        reason: Option<String>,
        /// Clear fields: next, value, source, campaign, offer, description.
        #[arg(long = "clear")]
        clear: Vec<String>,
    },
    /// Add a note.
    Note {
        id: u64,
        text: String,
    },
    /// Add a discussion comment.
    Comment {
        id: u64,
        text: String,
    },
    /// Attach a file (copied into the database).
    Attach {
        id: u64,
        path: PathBuf,
        /// Name to show (default: the file name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Mark the deal won.
    Win {
        id: u64,
        #[arg(long)]
        stage: Option<String>,
    },
    /// Mark the deal lost; the reason is required.
    Lose {
        id: u64,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long)]
        stage: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum CampaignCmd {
    /// Create a campaign; prints its id. With --contacts or --csv, also one deal per
    /// contact (a batch for scripts and cron: re-running adds only what is missing).
    Create {
        /// The campaign's name, which is its identity: a batch re-run finds it by name.
        #[arg(long)]
        name: String,
        #[arg(long)]
        goals: Option<String>,
        /// Communication rules.
        #[arg(long)]
        rules: Option<String>,
        /// The campaign's description; in a batch, the description of every new deal.
        #[arg(long)]
        description: Option<String>,
        /// The campaign's tags; in a batch, the tags of every new deal.
        #[arg(long = "tag")]
        tags: Vec<String>,
        #[command(flatten)]
        batch: BatchArgs,
        #[command(flatten)]
        out: AddFormat,
    },
    /// Add one deal per contact to an existing campaign (a batch; re-running adds only what
    /// is missing).
    AddDeals {
        /// Campaign id or name.
        campaign: String,
        /// The description of every new deal.
        #[arg(long)]
        description: Option<String>,
        /// Tags of every new deal.
        #[arg(long = "tag")]
        tags: Vec<String>,
        #[command(flatten)]
        batch: BatchArgs,
        /// table, or json for the summary.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    List(ListArgs),
    /// A campaign with its deals, progress and history.
    Show {
        /// Id or name.
        campaign: String,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Add a discussion comment to a campaign.
    Comment {
        campaign: String,
        text: String,
    },
    /// Attach a file (marketing material) to a campaign.
    Attach {
        campaign: String,
        path: PathBuf,
        #[arg(long)]
        name: Option<String>,
    },
}

/// Which contacts a batch takes and what deal each gets (C6, B1-B5); shared by
/// `campaign create` and `campaign add-deals`.
#[derive(Args, Debug, Default)]
pub struct BatchArgs {
    /// Contacts matching this filter expression (the filter language) get a deal.
    #[arg(
        long,
        value_name = "FILTER",
        allow_hyphen_values = true,
        conflicts_with = "csv"
    )]
    pub contacts: Option<String>,
    /// Contacts listed in a CSV file with a header: matched by id, else nip, else email,
    /// else exact name; UTF-8 or Windows-1250; `,` or `;`.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Title of every new deal.
    #[arg(long, value_name = "TITLE")]
    pub deal_title: Option<String>,
    /// Offer (product or service) of every new deal.
    #[arg(long)]
    pub offer: Option<String>,
    /// Initial value of every new deal, e.g. 1200, "12 500,00".
    #[arg(long, value_name = "MONEY", allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Currency of --value (default PLN).
    #[arg(long)]
    pub currency: Option<String>,
    /// Owner of every new deal (default: you).
    #[arg(long, value_name = "LOGIN")]
    pub owner: Option<String>,
    /// Deal source.
    #[arg(long)]
    pub source: Option<String>,
    /// Initial stage (default: the first open stage).
    #[arg(long)]
    pub stage: Option<String>,
    /// Next activity of every new deal: 2026-12-01, +3d, pon...
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub next: Option<String>,
    /// Show what would be created; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// While another lejek process holds the database, wait up to SECONDS for it
    /// (default 60), then fail.
    #[arg(long, value_name = "SECONDS")]
    pub wait: Option<u64>,
}

#[derive(Subcommand, Debug)]
pub enum TaskCmd {
    /// Add a task or meeting; prints its id.
    Add {
        #[arg(long)]
        title: String,
        /// task or meeting.
        #[arg(long, default_value = "task")]
        kind: String,
        #[arg(long)]
        assignee: Option<String>,
        /// Due date, optionally with a time: 2026-12-01, "2026-12-01 14:30", +2d.
        #[arg(long, allow_hyphen_values = true)]
        due: Option<String>,
        #[arg(long)]
        deal: Option<u64>,
        /// Campaign id or name.
        #[arg(long)]
        campaign: Option<String>,
        #[command(flatten)]
        out: AddFormat,
    },
    List(ListArgs),
    /// Mark a task done (a meeting: held).
    Done {
        id: u64,
    },
    /// Change a task's title, kind, assignee or due time.
    Set {
        id: u64,
        #[arg(long)]
        title: Option<String>,
        /// task or meeting.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        assignee: Option<String>,
        /// Due date, optionally with a time; an empty value clears it.
        #[arg(long, allow_hyphen_values = true)]
        due: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum DictCmd {
    /// List a dictionary: contact-status, contact-source, end-reason, contact-role,
    /// deal-stage, deal-source, loss-reason.
    List {
        kind: String,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Add an entry (for deal-stage: --stage-kind open|won|lost).
    Add {
        kind: String,
        name: String,
        #[arg(long)]
        stage_kind: Option<String>,
    },
    /// Rename an entry; records keep pointing at it.
    Rename {
        kind: String,
        name: String,
        new_name: String,
    },
    /// Retire an entry: records keep it, new choices do not offer it.
    Retire { kind: String, name: String },
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Add a user.
    Add {
        login: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        admin: bool,
    },
    List {
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
}
