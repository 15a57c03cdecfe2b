//! The clap command tree (DESIGN.md CLI contract). Handlers live beside it, one file per
//! entity; this file only declares.
//!
//! Every subcommand has a one-line description (its doc comment) and real examples
//! (`after_help`, indented command lines). What users read is the catalogues' text of both
//! (`help.<command path>.*`, put on the tree by `help_texts.rs`), which a test keeps equal
//! to the English here. Examples use the dictionaries of an English database;
//! `tests/cli_conventions.rs` parses every one and runs a few.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

use crate::render::Format;

/// The heading of the options every command takes, so that in a subcommand's help they come
/// after its own instead of among them.
pub const GLOBAL: &str = "Global options";

#[derive(Parser, Debug)]
#[command(
    name = "lejek",
    version,
    about = "A CRM that lives in the terminal",
    after_help = concat!(
        "  lejek init                                        # a new database; you are its admin\n",
        "  lejek deal list --filter 'owner:me next:overdue' --sort next\n",
        "  lejek --lang pl demo                              # the TUI on Polish demo data",
    )
)]
pub struct Cli {
    /// Database directory (default: $LEJEK_DB, then the XDG data directory).
    #[arg(long, global = true, help_heading = GLOBAL, env = "LEJEK_DB")]
    pub db: Option<PathBuf>,
    /// Act as this lejek user (default: $LEJEK_USER, then the login name).
    #[arg(long, global = true, help_heading = GLOBAL, env = "LEJEK_USER")]
    pub user: Option<String>,
    /// Interface language: pl or en (default: $LEJEK_LANG, then $LANG).
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub lang: Option<String>,
    /// TUI key map: default (vim-style) or arrows (default: $LEJEK_KEYMAP, then default).
    #[arg(long, global = true, help_heading = GLOBAL, env = "LEJEK_KEYMAP")]
    pub keymap: Option<String>,
    /// Open the database in this process instead of through its server (single-user use;
    /// fails while a server or another process has the database).
    #[arg(long, global = true, help_heading = GLOBAL, env = "LEJEK_NO_SERVER", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_server: bool,
    /// Seconds a server started by this command waits without clients before it exits.
    #[arg(
        long,
        global = true,
        help_heading = GLOBAL,
        env = "LEJEK_SERVER_IDLE",
        default_value_t = 600,
        hide = true
    )]
    pub server_idle: u64,
    /// Colour: auto (only on a terminal and without NO_COLOR), always or never.
    #[arg(long, global = true, help_heading = GLOBAL, value_enum)]
    pub color: Option<ColorMode>,
    /// Only errors on stderr (no progress, no notices).
    #[arg(long, short, global = true, help_heading = GLOBAL, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more on stderr: -v what happens, -vv details (LEJEK_LOG filters, e.g. lejek=debug).
    #[arg(long, short, global = true, help_heading = GLOBAL, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Configuration file (default: $XDG_CONFIG_HOME/lejek/config.toml).
    #[arg(long, global = true, help_heading = GLOBAL, env = "LEJEK_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--color`: the config file's setting takes the same values.
pub use crate::config::ColorMode;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a database (with --demo: load the demo data).
    #[command(after_help = concat!(
        "  lejek init                                  # English dictionaries; you are the admin\n",
        "  lejek --db ~/crm-test --lang pl init --demo # Polish demo data in another directory",
    ))]
    Init {
        /// Load the demo data (Polish companies, deals, campaigns and their history).
        #[arg(long)]
        demo: bool,
    },
    /// The terminal interface (also what `lejek` alone opens on a terminal).
    #[command(after_help = concat!(
        "  lejek tui\n",
        "  lejek tui --keymap arrows   # arrows and function keys instead of vim-style keys",
    ))]
    Tui,
    /// The demo database (created on first use), or generate data for scale.
    #[command(after_help = concat!(
        "  lejek demo                  # the TUI on ~/.local/share/lejek-demo\n",
        "  lejek --db /tmp/big demo generate --contacts 200000 --deals 600000",
    ))]
    Demo {
        #[command(subcommand)]
        action: Option<DemoCmd>,
    },
    /// Contacts: companies and persons.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek contact add --kind company --name \"Łódzka Drukarnia\" --city Łódź\n",
            "  lejek contact list --filter 'city:lodz kind:company' --sort name",
        )
    )]
    Contact(ContactCmd),
    /// Deals.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek deal add --contact 1 --title \"A5 flyers\" --value \"1 234,56\" --next +3d\n",
            "  lejek deal list --filter 'owner:me next:overdue' --sort next",
        )
    )]
    Deal(DealCmd),
    /// Campaigns.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek campaign create --name \"Christmas 2026\" --goals \"20 new customers\"\n",
            "  lejek campaign list",
        )
    )]
    Campaign(CampaignCmd),
    /// Tasks and meetings.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek task add --title \"Call the printer\" --due tomorrow --deal 1\n",
            "  lejek task list --filter 'assignee:me done:no' --sort due",
        )
    )]
    Task(TaskCmd),
    /// Dictionaries: statuses, sources, reasons, roles, stages.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek dict list deal-stage\n",
            "  lejek dict add deal-source partner",
        )
    )]
    Dict(DictCmd),
    /// Custom fields on deals and contacts.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek field add deal --name waga --kind number\n",
            "  lejek field list",
        )
    )]
    Field(FieldCmd),
    /// Users.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek user add piotr --name \"Piotr Nowak\"\n",
            "  lejek user list",
        )
    )]
    User(UserCmd),
    /// Reports R1-R9: lejek report NAME [filters] --format table|csv|json|chart.
    #[command(after_help = concat!(
        "  lejek report funnel\n",
        "  lejek report deal-value --interval quarter --by owner --from 2026-01-01\n",
        "  lejek report deal-loss-reasons --from 2026-Q3 --to 2026-Q3 --format csv > losses.csv\n",
        "  lejek report deal-stages --as-of 2026-06-30 --format chart\n",
        "  lejek report forecast --interval quarter --by stage --as-of 2026-06-30",
    ))]
    Report(super::report::ReportArgs),
    /// Your notifications.
    #[command(after_help = concat!(
        "  lejek inbox                 # unread notifications\n",
        "  lejek inbox --all --read    # everything, and mark it read",
    ))]
    Inbox {
        /// Include notifications already read.
        #[arg(long)]
        all: bool,
        /// Mark everything shown as read.
        #[arg(long)]
        read: bool,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Import contacts, deals, or a whole `export all` from CSV or JSON (X5).
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek import contacts clients.csv --dry-run --rejects to-fix.csv\n",
            "  lejek import all lejek.json",
        )
    )]
    Import(super::import::ImportCmd),
    /// Export contacts, deals, campaigns, tasks or everything as CSV or JSON (X5).
    #[command(after_help = concat!(
        "  lejek export deals --format csv --delimiter ';' --bom -o deals.csv   # Polish Excel\n",
        "  lejek export contacts --filter 'city:lodz kind:company' --format csv > companies.csv\n",
        "  lejek export all -o lejek.json          # everything, for `lejek import all`",
    ))]
    Export(super::export::ExportArgs),
    /// Write a consistent snapshot of the whole database (records, history, files) to FILE.
    #[command(
        after_help = "  lejek backup /srv/backups/lejek-2026-11-28.bak   # while everyone works"
    )]
    Backup {
        /// The backup file to write.
        file: PathBuf,
    },
    /// Restore a backup into an empty database directory (--db).
    #[command(
        after_help = "  lejek --db /srv/lejek-restored restore /srv/backups/lejek-2026-11-28.bak"
    )]
    Restore {
        /// The backup file to read.
        file: PathBuf,
    },
    /// Verify the store; with --repair rebuild the indexes from the records.
    #[command(after_help = concat!(
        "  lejek check                 # exit 0: sound; 1: problems, one a line\n",
        "  lejek check --repair        # admins: rebuild the indexes",
    ))]
    Check {
        /// Rebuild every index from the records (admins only).
        #[arg(long)]
        repair: bool,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    #[command(after_help = concat!(
        "  lejek completions bash > ~/.local/share/bash-completion/completions/lejek\n",
        "  lejek completions zsh > ~/.zfunc/_lejek\n",
        "  lejek completions fish > ~/.config/fish/completions/lejek.fish",
    ))]
    Completions(super::completions::CompletionsArgs),
    /// Values a completion script offers: dictionary entries and logins, one a line.
    #[command(hide = true)]
    CompleteValues(super::completions::ValuesArgs),
    /// Write man pages for lejek and every subcommand.
    #[command(after_help = concat!(
        "  lejek man -o ~/.local/share/man/man1    # then: man lejek-deal-add\n",
        "  lejek man -o /tmp/lejek-man && man -l /tmp/lejek-man/lejek.1",
    ))]
    Man(super::man::ManArgs),
    /// The configuration file: where it is, what is in effect, a commented example.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek config init           # a commented example file to edit\n",
            "  lejek config show           # every setting and where it came from",
        )
    )]
    Config(super::config_cmd::ConfigCmd),
    /// Serve the database to other lejek processes over <db>/lejek.sock (shared access).
    #[command(after_help = concat!(
        "  lejek --db /srv/lejek serve --idle 0    # for a systemd service: never exit\n",
        "  lejek serve --idle 60",
    ))]
    Serve {
        /// Exit after this many seconds without clients (0: never).
        #[arg(long, default_value_t = 600)]
        idle: u64,
    },
    /// E-mail and SMS templates with placeholders and default attachments (D12).
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek template add --kind sms --name reminder --body \"See you {{deal.next_activity}}\"\n",
            "  lejek template list",
        )
    )]
    Template(super::template::TemplateCmd),
    /// Send an e-mail or SMS from a template to a deal's contact, or to a campaign (D12).
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek send email --deal 1 --template offer --dry-run\n",
            "  lejek send sms --campaign \"Christmas 2026\" --template reminder   # cron: once per deal",
        )
    )]
    Send(super::send::SendCmd),
    /// Notes: change or remove one by its id (as `show --format json` lists it).
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek note edit 1 \"The client asks for samples by Friday\"\n",
            "  lejek note remove 1",
        )
    )]
    Note(super::journal::NoteCmd),
    /// Discussion comments: change or remove one by its id (as `show --format json` lists it).
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek comment edit 1 \"I suggest a 7% discount\"\n",
            "  lejek comment remove 1",
        )
    )]
    Comment(super::journal::CommentCmd),
    /// What is due: tasks, meetings, next activities and rotting deals, by day.
    #[command(after_help = concat!(
        "  lejek agenda                            # today and the next 7 days\n",
        "  lejek agenda --days 0 --of anna         # Anna's today\n",
        "  lejek agenda --days 30 --format ics > lejek.ics   # for a calendar app",
    ))]
    Agenda {
        /// Days ahead after today (0: today only).
        #[arg(long, default_value_t = 7)]
        days: u32,
        /// Whose agenda (default: yours); everyone may read everyone's, as deal and task lists.
        #[arg(long)]
        of: Option<String>,
        /// Output: table, csv, json or ics (iCalendar).
        #[arg(long, value_enum, default_value = "table")]
        format: crate::render::agenda::AgendaFormat,
    },
    /// Each user's day: today's agenda and unread notifications, as text or e-mail (cron).
    #[command(after_help = concat!(
        "  lejek digest                            # your digest on stdout\n",
        "  lejek digest --all --send               # everyone's, by e-mail, once a day",
    ))]
    Digest {
        /// Every user's digest (admins only).
        #[arg(long)]
        all: bool,
        /// E-mail each digest to its user, once a day however often it runs.
        #[arg(long)]
        send: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum DemoCmd {
    /// Generate a large deterministic database for benchmarks.
    #[command(after_help = concat!(
        "  lejek --db /tmp/big demo generate --contacts 200000 --deals 600000\n",
        "  lejek --db /tmp/small demo generate --contacts 100 --deals 300 --seed 7",
    ))]
    Generate {
        /// How many contacts.
        #[arg(long, default_value_t = 1000)]
        contacts: u64,
        /// How many deals.
        #[arg(long, default_value_t = 3000)]
        deals: u64,
        /// The random seed: the same seed gives the same database.
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
    /// Skip the first N matching rows (with --limit: a page).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print only how many records match (a number), not the records.
    #[arg(long)]
    pub count: bool,
    /// Output: table, csv or json.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// A custom field as one more column of the table (deals and contacts; repeatable).
    #[arg(long = "column", value_name = "FIELD")]
    pub columns: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The record's id.
    pub id: u64,
    /// Output: table, csv or json.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// Output of add/create: the id, or the whole record with --format json.
#[derive(Args, Debug)]
pub struct AddFormat {
    /// table or csv: print the new id; json: the whole record.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(Args, Debug, Default)]
pub struct ContactFields {
    /// company or person.
    #[arg(long)]
    pub kind: Option<String>,
    /// Company name, or a person's first and last name.
    #[arg(long)]
    pub name: Option<String>,
    /// The company a person belongs to (contact id).
    #[arg(long)]
    pub company: Option<u64>,
    /// E-mail address ("" clears it).
    #[arg(long)]
    pub email: Option<String>,
    /// Phone number ("" clears it).
    #[arg(long)]
    pub phone: Option<String>,
    /// City ("" clears it).
    #[arg(long)]
    pub city: Option<String>,
    /// Street address ("" clears it).
    #[arg(long)]
    pub address: Option<String>,
    /// Tax number (NIP), e.g. 725-183-29-19; the checksum is verified.
    #[arg(long)]
    pub nip: Option<String>,
    /// Contact status (a contact-status dictionary value).
    #[arg(long)]
    pub status: Option<String>,
    /// Where the contact came from (a contact-source dictionary value).
    #[arg(long)]
    pub source: Option<String>,
    /// Add a tag; repeat for several.
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Add a role (a contact-role dictionary value); repeat for several.
    #[arg(long = "role")]
    pub roles: Vec<String>,
    /// A custom field's value, NAME=VALUE (NAME= clears it); repeat for several.
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub field: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ContactCmd {
    /// Add a contact; prints its id.
    #[command(after_help = concat!(
        "  lejek contact add --kind company --name \"Łódzka Drukarnia\" --nip 725-183-29-19 \\\n",
        "        --city Łódź --email biuro@drukarnia.pl --source referral --tag vip\n",
        "  lejek contact add --kind person --name \"Jan Kowalski\" --company 1 --role \"decision maker\"",
    ))]
    Add {
        #[command(flatten)]
        fields: ContactFields,
        #[command(flatten)]
        out: AddFormat,
    },
    /// List contacts.
    #[command(after_help = concat!(
        "  lejek contact list --filter 'city:lodz kind:company' --sort name\n",
        "  lejek contact list --filter 'tag:vip' --format csv > vip.csv",
    ))]
    List(ListArgs),
    /// A contact with its deals and history.
    #[command(after_help = concat!(
        "  lejek contact show 1\n",
        "  lejek contact show 1 --format json",
    ))]
    Show(ShowArgs),
    /// Change fields of a contact.
    #[command(after_help = concat!(
        "  lejek contact set 1 --phone \"+48 42 600 100 200\" --tag printing --untag vip\n",
        "  lejek contact set 1 --reopen        # a customer again after an end of cooperation",
    ))]
    Set {
        /// The contact's id.
        id: u64,
        #[command(flatten)]
        fields: ContactFields,
        /// Remove a tag; repeat for several.
        #[arg(long = "untag")]
        untag: Vec<String>,
        /// Remove a role; repeat for several.
        #[arg(long = "unrole")]
        unrole: Vec<String>,
        /// Bring an ended customer back (clears end reason and date).
        #[arg(long)]
        reopen: bool,
    },
    /// End of cooperation: reason and date (C4).
    #[command(after_help = concat!(
        "  lejek contact end 1 --reason price\n",
        "  lejek contact end 1 --reason competition --date 2026-11-01",
    ))]
    End {
        /// The contact's id.
        id: u64,
        /// Why the cooperation ended (an end-reason dictionary value).
        #[arg(long)]
        reason: String,
        /// Default: today.
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
    },
    /// A customer again after an end of cooperation (clears the end reason and date; the
    /// history keeps them).
    #[command(after_help = "  lejek contact reopen 1")]
    Reopen {
        /// The contact's id.
        id: u64,
    },
    /// Likely duplicate contacts: same NIP, e-mail, phone or name without its legal form.
    #[command(after_help = concat!(
        "  lejek contact duplicates\n",
        "  lejek contact duplicates --min-score 60 --format json",
    ))]
    Duplicates {
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// Only pairs scoring at least N (0-100).
        #[arg(long = "min-score", allow_hyphen_values = true)]
        min_score: Option<String>,
    },
    /// Merge contact OTHER into KEEP: deals, persons, notes, comments and files move;
    /// OTHER becomes a redirect.
    #[command(after_help = concat!(
        "  lejek contact merge 12 57\n",
        "  lejek contact merge 12 57 --yes",
    ))]
    Merge {
        /// The contact kept.
        keep: u64,
        /// The duplicate merged into KEEP.
        other: u64,
        /// Do not ask on a terminal (a script never is asked).
        #[arg(long)]
        yes: bool,
    },
    /// Remove a contact (admins only); its history stays and says who removed it.
    #[command(after_help = concat!(
        "  lejek contact remove 12\n",
        "  lejek contact remove 12 --with-deals        # its deals go too\n",
        "  lejek contact remove 3 --detach-persons     # a company: its persons stay",
    ))]
    Remove {
        /// The contact's id.
        id: u64,
        /// Remove its deals too (refused without this while it has any).
        #[arg(long)]
        with_deals: bool,
        /// A company's persons stay, without the company (refused without this).
        #[arg(long)]
        detach_persons: bool,
    },
    /// Everything lejek holds about a person, as JSON (RODO art. 15 and 20; admins only).
    #[command(after_help = concat!(
        "  lejek contact export-personal 12\n",
        "  lejek contact export-personal 12 -o person-12.json",
    ))]
    ExportPersonal {
        /// The contact's id.
        id: u64,
        /// Write to this file (readable by you only) instead of standard output.
        #[arg(long, short = 'o', value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Anonymise a person everywhere (RODO art. 17; admins only): amounts, stages and dates stay.
    #[command(after_help = concat!(
        "  lejek contact erase 12            # asks first on a terminal\n",
        "  lejek contact erase 12 --yes",
    ))]
    Erase {
        /// The contact's id.
        id: u64,
        /// Do not ask first.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Args, Debug, Default)]
pub struct DealFields {
    /// What the deal is about.
    #[arg(long)]
    pub title: Option<String>,
    /// The product or service offered.
    #[arg(long)]
    pub offer: Option<String>,
    /// A longer description.
    #[arg(long)]
    pub description: Option<String>,
    /// The salesperson's login (default: you); a new owner gets a notification.
    #[arg(long)]
    pub owner: Option<String>,
    /// Stage (a deal-stage dictionary value or its unambiguous prefix).
    #[arg(long)]
    pub stage: Option<String>,
    /// Where the deal came from (a deal-source dictionary value).
    #[arg(long)]
    pub source: Option<String>,
    /// Money, e.g. 1200, "12 500,00", 1234.56.
    #[arg(long, allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Currency of --value (default PLN), e.g. EUR.
    #[arg(long)]
    pub currency: Option<String>,
    /// Next activity: 2026-12-01, +3d, mon, pon, jutro...
    #[arg(long, allow_hyphen_values = true)]
    pub next: Option<String>,
    /// Expected close date: 2027-01-31, +30d, fri, pt...
    #[arg(long, allow_hyphen_values = true)]
    pub expected: Option<String>,
    /// Add a tag; repeat for several.
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Campaign id or name.
    #[arg(long)]
    pub campaign: Option<String>,
    /// A custom field's value, NAME=VALUE (NAME= clears it); repeat for several.
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub field: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum DealCmd {
    /// Add a deal; prints its id.
    #[command(after_help = concat!(
        "  lejek deal add --contact 1 --title \"A5 flyers\" --offer Print --value \"1 234,56\" \\\n",
        "        --source referral --next +3d --tag xmas\n",
        "  lejek deal add --contact 1 --title Calendars --value 800 --currency EUR --format json",
    ))]
    Add {
        /// The contact's id.
        #[arg(long)]
        contact: u64,
        #[command(flatten)]
        fields: DealFields,
        #[command(flatten)]
        out: AddFormat,
    },
    /// List deals.
    #[command(after_help = concat!(
        "  lejek deal list --filter 'owner:me next:overdue' --sort next\n",
        "  lejek deal list --filter 'stage:neg value>=10000' --sort value:desc --limit 20",
    ))]
    List(ListArgs),
    /// A deal with its history.
    #[command(after_help = concat!(
        "  lejek deal show 1\n",
        "  lejek deal show 1 --format json",
    ))]
    Show(ShowArgs),
    /// Change fields of a deal.
    #[command(after_help = concat!(
        "  lejek deal set 1 --stage negotiation --value \"12 500,00\" --next mon\n",
        "  lejek deal set 1 --owner piotr                  # piotr gets a notification\n",
        "  lejek deal set 1 --clear next --untag xmas",
    ))]
    Set {
        /// The deal's id.
        id: u64,
        #[command(flatten)]
        fields: DealFields,
        /// Move the deal to another contact.
        #[arg(long)]
        contact: Option<u64>,
        /// Remove a tag; repeat for several.
        #[arg(long = "untag")]
        untag: Vec<String>,
        /// Loss reason, when --stage names a lost stage.
        #[arg(long)]
        reason: Option<String>,
        /// Clear fields: next, expected, value, source, campaign, offer, description.
        #[arg(long = "clear")]
        clear: Vec<String>,
    },
    /// Add a note; prints its id.
    #[command(after_help = "  lejek deal note 1 \"The client asks for samples\"")]
    Note {
        /// The deal's id.
        id: u64,
        /// The note.
        text: String,
    },
    /// Add a discussion comment; prints its id.
    #[command(after_help = "  lejek deal comment 1 \"I suggest a 5% discount\"")]
    Comment {
        /// The deal's id.
        id: u64,
        /// The comment.
        text: String,
    },
    /// Attach a file (copied into the database).
    #[command(after_help = concat!(
        "  lejek deal attach 1 ~/offers/offer.pdf\n",
        "  lejek deal attach 1 scan.pdf --name \"Signed contract\"",
    ))]
    Attach {
        /// The deal's id.
        id: u64,
        /// The file to attach.
        path: PathBuf,
        /// Name to show (default: the file name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Files attached to a deal: list them, get one back out.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek deal file list 1\n",
            "  lejek deal file get 1 offer.pdf -o ~/offer.pdf",
        )
    )]
    File(DealFileCmd),
    /// Mark the deal won.
    #[command(after_help = concat!(
        "  lejek deal win 1\n",
        "  lejek deal win 1 --stage won            # when there are several won stages",
    ))]
    Win {
        /// The deal's id.
        id: u64,
        /// Which won stage (default: the first).
        #[arg(long)]
        stage: Option<String>,
    },
    /// Mark the deal lost; the reason is required.
    #[command(after_help = "  lejek deal lose 1 --reason price")]
    Lose {
        /// The deal's id.
        id: u64,
        /// Why it was lost (a loss-reason dictionary value).
        #[arg(long)]
        reason: Option<String>,
        /// Which lost stage (default: the first).
        #[arg(long)]
        stage: Option<String>,
    },
    /// Remove a note of this deal (yours; an admin may remove anyone's); the history keeps its text.
    #[command(after_help = "  lejek deal note-remove 1 7")]
    NoteRemove {
        /// The deal's id.
        id: u64,
        /// The note's id.
        note: u64,
    },
    /// Remove a deal with its tasks, notes and files (admins only); its history stays.
    #[command(after_help = "  lejek deal remove 1")]
    Remove {
        /// The deal's id.
        id: u64,
    },
}

/// `lejek deal file list|get|remove`.
#[derive(Subcommand, Debug)]
pub enum DealFileCmd {
    /// The deal's files: id, name, size, who attached it and when.
    #[command(after_help = concat!(
        "  lejek deal file list 1\n",
        "  lejek deal file list 1 --format json",
    ))]
    List {
        /// The deal's id.
        id: u64,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Write an attached file out, checked against its stored hash.
    #[command(after_help = concat!(
        "  lejek deal file get 1 offer.pdf -o ~/offer.pdf\n",
        "  lejek deal file get 1 '#7' -o - | less        # by the file's id, to stdout",
    ))]
    Get {
        /// The deal's id.
        id: u64,
        #[command(flatten)]
        out: FileOut,
    },
    /// Remove an attached file (who attached it, or an admin).
    #[command(after_help = concat!(
        "  lejek deal file remove 1 offer.pdf\n",
        "  lejek deal file remove 1 '#7'",
    ))]
    Remove {
        /// The deal's id.
        id: u64,
        /// The file's name as listed (of several: the newest) or #ID.
        file: String,
    },
}

/// `lejek campaign file list|get`.
#[derive(Subcommand, Debug)]
pub enum CampaignFileCmd {
    /// The campaign's files (materials): id, name, size, who attached it and when.
    #[command(after_help = concat!(
        "  lejek campaign file list \"Christmas 2026\"\n",
        "  lejek campaign file list 1 --format csv",
    ))]
    List {
        /// Campaign id or name.
        campaign: String,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Write an attached file out, checked against its stored hash.
    #[command(after_help = concat!(
        "  lejek campaign file get 1 poster.pdf -o poster.pdf\n",
        "  lejek campaign file get \"Christmas 2026\" Leaflet -o leaflet.pdf --force",
    ))]
    Get {
        /// Campaign id or name.
        campaign: String,
        #[command(flatten)]
        out: FileOut,
    },
    /// Remove an attached file (who attached it, or an admin).
    #[command(after_help = "  lejek campaign file remove 1 poster.pdf")]
    Remove {
        /// Campaign id or name.
        campaign: String,
        /// The file's name as listed (of several: the newest) or #ID.
        file: String,
    },
}

/// Which attached file to write out, and where.
#[derive(Args, Debug)]
pub struct FileOut {
    /// The file's name as listed (the newest of that name), or #ID.
    pub file: String,
    /// Where to write it; - for stdout.
    #[arg(long, short = 'o', value_name = "PATH", allow_hyphen_values = true)]
    pub output: PathBuf,
    /// Overwrite PATH if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Subcommand, Debug)]
pub enum CampaignCmd {
    /// Create a campaign; prints its id. With --contacts or --csv, also one deal per
    /// contact (a batch for scripts and cron: re-running adds only what is missing).
    #[command(after_help = concat!(
        "  lejek campaign create --name \"Christmas 2026\" --goals \"20 new customers\" --tag xmas\n",
        "  lejek campaign create --name \"Win-back 2026\" --contacts 'status:archived reason:price' \\\n",
        "        --deal-title \"Win-back offer\" --value \"4 500,00\" --next mon --dry-run",
    ))]
    Create {
        /// The campaign's name, which is its identity: a batch re-run finds it by name.
        #[arg(long)]
        name: String,
        /// What the campaign should achieve.
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
    #[command(after_help = concat!(
        "  lejek campaign add-deals \"Christmas 2026\" --contacts 'tag:vip' --deal-title Calendars\n",
        "  lejek campaign add-deals 1 --csv fair.csv --deal-title \"Fair offer\" --format json",
    ))]
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
    /// List campaigns with their deals: open, won and lost value.
    #[command(after_help = concat!(
        "  lejek campaign list\n",
        "  lejek campaign list --filter 'tag:xmas' --format json",
    ))]
    List(ListArgs),
    /// A campaign with its deals, progress and history.
    #[command(after_help = concat!(
        "  lejek campaign show 1\n",
        "  lejek campaign show \"christmas 2026\"     # by name: case and diacritics aside",
    ))]
    Show {
        /// Id or name.
        campaign: String,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Change a campaign's name, goals, rules, description or tags; an empty value clears
    /// a text.
    #[command(after_help = concat!(
        "  lejek campaign set \"Christmas 2026\" --goals \"30 new customers\" --tag b2b\n",
        "  lejek campaign set 1 --rules \"\" --untag xmas     # no rules any more",
    ))]
    Set {
        /// Campaign id or name.
        campaign: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// What the campaign should achieve.
        #[arg(long)]
        goals: Option<String>,
        /// Communication rules.
        #[arg(long)]
        rules: Option<String>,
        /// The campaign's description.
        #[arg(long)]
        description: Option<String>,
        /// Add a tag; repeat for several.
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// Remove a tag; repeat for several.
        #[arg(long = "untag")]
        untag: Vec<String>,
    },
    /// Files attached to a campaign (materials): list them, get one back out.
    #[command(
        subcommand,
        after_help = concat!(
            "  lejek campaign file list 1\n",
            "  lejek campaign file get 1 poster.pdf -o poster.pdf",
        )
    )]
    File(CampaignFileCmd),
    /// Add a discussion comment to a campaign; prints its id.
    #[command(after_help = "  lejek campaign comment 1 \"Materials are ready\"")]
    Comment {
        /// Campaign id or name.
        campaign: String,
        /// The comment.
        text: String,
    },
    /// Attach a file (marketing material) to a campaign.
    #[command(after_help = concat!(
        "  lejek campaign attach 1 poster.pdf\n",
        "  lejek campaign attach \"Christmas 2026\" leaflet-v2.pdf --name Leaflet",
    ))]
    Attach {
        /// Campaign id or name.
        campaign: String,
        /// The file to attach.
        path: PathBuf,
        /// Name to show (default: the file name).
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
    #[command(after_help = concat!(
        "  lejek task add --title \"Call the printer\" --due tomorrow --deal 1\n",
        "  lejek task add --title \"Meeting in Gdańsk\" --kind meeting --assignee piotr \\\n",
        "        --due \"mon 09:15\" --campaign \"Christmas 2026\"",
    ))]
    Add {
        /// What is to be done.
        #[arg(long)]
        title: String,
        /// task or meeting.
        #[arg(long, default_value = "task")]
        kind: String,
        /// Who does it (a login; default: you).
        #[arg(long)]
        assignee: Option<String>,
        /// Due date, optionally with a time: 2026-12-01, "2026-12-01 14:30", +2d.
        #[arg(long, allow_hyphen_values = true)]
        due: Option<String>,
        /// The deal it belongs to (id).
        #[arg(long)]
        deal: Option<u64>,
        /// Campaign id or name.
        #[arg(long)]
        campaign: Option<String>,
        #[command(flatten)]
        out: AddFormat,
    },
    /// List tasks and meetings.
    #[command(after_help = concat!(
        "  lejek task list --filter 'assignee:me done:no' --sort due\n",
        "  lejek task list --filter 'kind:meeting due>=today' --format csv",
    ))]
    List(ListArgs),
    /// Mark a task done (a meeting: held).
    #[command(after_help = "  lejek task done 1")]
    Done {
        /// The task's id.
        id: u64,
    },
    /// Open a done task again (a meeting: not held after all).
    #[command(after_help = "  lejek task reopen 1")]
    Reopen {
        /// The task's id.
        id: u64,
    },
    /// Change a task's title, kind, assignee, due time or deal.
    #[command(after_help = concat!(
        "  lejek task set 1 --assignee kasia --due \"2026-12-02 09:30\"\n",
        "  lejek task set 1 --due \"\"            # no due date any more\n",
        "  lejek task set 1 --deal 2            # move it to deal 2",
    ))]
    Set {
        /// The task's id.
        id: u64,
        /// What is to be done.
        #[arg(long)]
        title: Option<String>,
        /// task or meeting.
        #[arg(long)]
        kind: Option<String>,
        /// Who does it (a login).
        #[arg(long)]
        assignee: Option<String>,
        /// Due date, optionally with a time; an empty value clears it.
        #[arg(long, allow_hyphen_values = true)]
        due: Option<String>,
        /// Move the task to this deal (id).
        #[arg(long, conflicts_with = "no_deal")]
        deal: Option<u64>,
        /// Take the task off its deal.
        #[arg(long)]
        no_deal: bool,
    },
    /// Remove a task or meeting (its assignee, or an admin); its history stays.
    #[command(after_help = "  lejek task remove 1")]
    Remove {
        /// The task's id.
        id: u64,
    },
}

#[derive(Subcommand, Debug)]
pub enum FieldCmd {
    /// Define a custom field (admins): kinds text, number, money, date, choice, bool.
    #[command(after_help = concat!(
        "  lejek field add deal --name waga --kind number --label-pl Waga --label-en Weight\n",
        "  lejek field add contact --name branza --kind choice --values transport,handel",
    ))]
    Add {
        /// deal or contact.
        on: String,
        /// Lower-case letters, digits and _; filters, --field and files name it so.
        #[arg(long)]
        name: String,
        /// text, number, money, date, choice or bool (yes/no).
        #[arg(long)]
        kind: String,
        /// A choice field's values, comma-separated.
        #[arg(long, value_delimiter = ',')]
        values: Vec<String>,
        /// The label in Polish.
        #[arg(long)]
        label_pl: Option<String>,
        /// The label in English.
        #[arg(long)]
        label_en: Option<String>,
    },
    /// List the custom fields (of deals or contacts, or both).
    #[command(after_help = concat!(
        "  lejek field list\n",
        "  lejek field list deal --format json",
    ))]
    List {
        /// deal or contact (both when left out).
        on: Option<String>,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Retire a custom field (admins): no longer shown, set or filtered; its values stay in
    /// history and export.
    #[command(after_help = "  lejek field retire deal waga")]
    Retire {
        /// deal or contact.
        on: String,
        /// The field's name.
        name: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum DictCmd {
    /// List a dictionary: contact-status, contact-source, end-reason, contact-role,
    /// deal-stage, deal-source, loss-reason.
    #[command(after_help = concat!(
        "  lejek dict list deal-stage\n",
        "  lejek dict list loss-reason --format json",
    ))]
    List {
        /// Which dictionary.
        kind: String,
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Add an entry (for deal-stage: --stage-kind open|won|lost).
    #[command(after_help = concat!(
        "  lejek dict add deal-source partner\n",
        "  lejek dict add deal-stage contract --stage-kind open",
    ))]
    Add {
        /// Which dictionary.
        kind: String,
        /// The new entry.
        name: String,
        /// For deal-stage: open, won or lost.
        #[arg(long)]
        stage_kind: Option<String>,
    },
    /// Rename an entry; records keep pointing at it.
    #[command(after_help = "  lejek dict rename deal-source referral \"customer referral\"")]
    Rename {
        /// Which dictionary.
        kind: String,
        /// The entry's name now.
        name: String,
        /// Its new name.
        new_name: String,
    },
    /// Retire an entry: records keep it, new choices do not offer it.
    #[command(after_help = "  lejek dict retire loss-reason timing")]
    Retire {
        /// Which dictionary.
        kind: String,
        /// The entry to retire.
        name: String,
    },
    /// Bring a retired entry back: new choices offer it again.
    #[command(after_help = "  lejek dict unretire loss-reason timing")]
    Unretire {
        /// Which dictionary.
        kind: String,
        /// The retired entry.
        name: String,
    },
    /// Move an entry before or after another: for deal-stage, the pipeline order (open
    /// stages first, then won, then lost).
    #[command(after_help = concat!(
        "  lejek dict move deal-stage contract --before negotiation\n",
        "  lejek dict move deal-source partner --after web",
    ))]
    Move {
        /// Which dictionary.
        kind: String,
        /// The entry to move.
        name: String,
        /// Put it just before this entry.
        #[arg(
            long,
            conflicts_with = "after_entry",
            required_unless_present = "after_entry"
        )]
        before: Option<String>,
        /// Put it just after this entry.
        // Its id is not `after`: help keys ending in `.after` are a command's examples.
        #[arg(long = "after", id = "after_entry")]
        after: Option<String>,
    },
    /// Set a deal stage's win probability and rot days (none clears one); won stages are
    /// 100% and lost ones 0%.
    #[command(after_help = concat!(
        "  lejek dict set deal-stage offer --probability 40 --rot-days 14\n",
        "  lejek dict set deal-stage offer --rot-days none",
    ))]
    Set {
        /// Which dictionary: deal-stage.
        kind: String,
        /// The stage.
        name: String,
        /// Chance of winning a deal in this stage, 0-100 (percent), or none.
        #[arg(long)]
        probability: Option<String>,
        /// An open deal rots after this many days without activity, or none.
        #[arg(long)]
        rot_days: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Add a user.
    #[command(after_help = concat!(
        "  lejek user add piotr --name \"Piotr Nowak\"\n",
        "  lejek user add kasia --name \"Katarzyna Lis\" --admin",
    ))]
    Add {
        /// The login: the system account name of the person.
        login: String,
        /// Full name (default: the login).
        #[arg(long)]
        name: Option<String>,
        /// May change dictionaries, add users and repair the store.
        #[arg(long)]
        admin: bool,
    },
    /// Change a user's name or admin flag (admins only; the last admin stays one).
    #[command(after_help = concat!(
        "  lejek user set kasia --admin\n",
        "  lejek user set piotr --no-admin --name \"Piotr Nowak\"",
    ))]
    Set {
        /// The login of the user to change.
        login: String,
        /// New full name.
        #[arg(long)]
        name: Option<String>,
        /// Make the user an admin.
        #[arg(long, conflicts_with = "no_admin")]
        admin: bool,
        /// Take the admin flag away.
        #[arg(long)]
        no_admin: bool,
        /// The address the daily digest goes to ("" clears it).
        #[arg(long)]
        email: Option<String>,
    },
    /// List users.
    #[command(after_help = concat!(
        "  lejek user list\n",
        "  lejek user list --format csv",
    ))]
    List {
        /// Output: table, csv or json.
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
}
