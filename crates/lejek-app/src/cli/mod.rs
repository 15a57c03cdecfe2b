//! The command line: clap arguments turned into Commands and queries on the Service.

mod agenda;
pub mod args;
mod batch;
mod batch_csv;
mod campaign;
mod color;
mod command_tree;
mod completions;
mod config_cmd;
mod contact;
mod context;
mod deal;
mod deal_list;
mod demo;
mod dict;
mod digest;
mod duplicates;
mod export;
mod field;
mod field_columns;
mod field_values;
mod file_out;
mod files;
mod help;
mod help_texts;
mod import;
mod inbox;
mod input;
mod journal;
mod list_stream;
mod log_targets;
mod logging;
mod maintenance;
mod man;
pub mod progress;
mod remove;
mod report;
mod rodo;
mod send;
mod serve;
mod show;
mod task;
mod template;
mod template_editor;
mod user;
mod version;

pub use args::Cli;
pub use context::Context;
pub use help::parse_args;
pub use version::command;

use crate::backend::Backend;
use crate::i18n::Lang;
use crate::service::{Error, Result};
use args::Command;

/// How the CLI starts the TUI: `main` passes `tui::run`. The CLI and the TUI are two front
/// ends side by side; neither imports the other (issue 16).
pub type Tui = fn(Backend, String, Lang, &str, crate::config::Filters) -> Result<i32>;

/// Run a parsed command line; returns the process exit code. `tui` starts the TUI (for
/// `lejek tui`, `lejek demo`, and `lejek` alone on a terminal).
pub fn run(cli: Cli, tui: Tui) -> i32 {
    // The config file first: it may pick the language everything below speaks, the
    // database and the colour. A broken file stops every command (issue 9).
    let settings = match crate::config::Settings::load(&config_flags(&cli)) {
        Ok(s) => crate::config::install(s),
        Err(e) => {
            eprintln!("lejek: {}", e.message(e.lang));
            return e.exit_code();
        }
    };
    let lang = settings.lang();
    setup_output(&cli, lang, settings.color_in_file);
    let result = dispatch(cli, lang, tui);
    // Log lines held while the TUI had the terminal come out now, before any error.
    logging::release_held();
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lejek: {}", e.message(lang));
            e.exit_code()
        }
    }
}

/// What the settings read from the command line (config does not know `Cli`).
fn config_flags(cli: &Cli) -> crate::config::Flags {
    crate::config::Flags {
        config: cli.config.clone(),
        db: cli.db.clone(),
        lang: cli.lang.clone(),
        color: cli.color,
        serve: matches!(cli.command, Some(Command::Serve { .. })),
    }
}

/// Colour, progress and logging for the whole process, before any command says anything
/// (issue 9). `config_color` is the config file's `color` setting: it counts below the
/// `--color` flag and `NO_COLOR` (see `color::setup`, the same order as `config show`).
fn setup_output(cli: &Cli, lang: Lang, config_color: Option<crate::config::ColorMode>) {
    color::setup(cli.color, config_color);
    progress::set_quiet(cli.quiet);
    logging::setup(cli.quiet, cli.verbose, lang);
    // The first thing to know about a failed cron run: which database, and how reached.
    tracing::info!(
        db = %context::db_dir(&cli.db).display(),
        no_server = cli.no_server,
        "lejek {}",
        version::text()
    );
}

fn dispatch(cli: Cli, lang: Lang, tui: Tui) -> Result<i32> {
    match crate::service::Clock::from_env_checked() {
        Err(bad) => return Err(crate::service::invalid("err.bad_now", &[&bad])),
        // A frozen clock dates what is written: in a year lejek does not keep, the
        // history it writes would not import back (issue 15 item 10).
        Ok(clock) => {
            if let Some(now) = clock.frozen()
                && !crate::model::years::in_range(&now)
            {
                let (first, last) = (
                    crate::model::years::FIRST_YEAR,
                    crate::model::years::LAST_YEAR,
                );
                return Err(crate::service::invalid(
                    "limits.date.bad_now",
                    &[&now.to_rfc3339(), &first, &last],
                ));
            }
        }
    }
    let access = context::Access {
        no_server: cli.no_server,
        idle: cli.server_idle,
    };
    let Some(command) = cli.command else {
        let ctx = Context::front(&cli.db, cli.user, lang, access)?;
        // On a terminal, lejek alone is the TUI; in a pipe it prints the deal list.
        use std::io::IsTerminal;
        if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
            return ctx.tui(cli.keymap.as_deref(), tui);
        }
        return deal_list::list_default(&ctx);
    };
    match command {
        Command::Tui => {
            Context::front(&cli.db, cli.user, lang, access)?.tui(cli.keymap.as_deref(), tui)
        }
        Command::Init { demo } => demo::init(&cli.db, cli.user, lang, demo),
        Command::Demo { action } => demo::demo(
            &cli.db,
            cli.user,
            lang,
            access,
            action,
            cli.keymap.as_deref(),
            tui,
        ),
        Command::Contact(c) => contact::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Deal(c) => deal::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Campaign(c) => {
            campaign::run(&campaign::open(&cli.db, cli.user, lang, access, &c)?, c)
        }
        Command::Task(c) => task::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Dict(c) => dict::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Field(c) => field::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::User(c) => user::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Report(a) => report::run(&Context::front(&cli.db, cli.user, lang, access)?, a),
        Command::Inbox { all, read, format } => inbox::run(
            &Context::front(&cli.db, cli.user, lang, access)?,
            all,
            read,
            format,
        ),
        Command::Import(c) => import::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Export(a) => export::run(&Context::front(&cli.db, cli.user, lang, access)?, a),
        Command::Backup { file } => {
            maintenance::backup(&Context::front(&cli.db, cli.user, lang, access)?, &file)
        }
        Command::Restore { file } => maintenance::restore(&cli.db, lang, &file),
        Command::Check { repair, format } => maintenance::check(
            &Context::front(&cli.db, cli.user, lang, access)?,
            repair,
            format,
        ),
        Command::Completions(a) => completions::run(a, lang),
        Command::CompleteValues(a) => {
            completions::values(&Context::front(&cli.db, cli.user, lang, access)?, a)
        }
        Command::Man(a) => man::run(a, lang),
        Command::Config(c) => config_cmd::run(c, crate::config::current(), lang),
        Command::Serve { idle } => serve::run(&cli.db, idle),
        Command::Template(c) => template::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Send(c) => send::run(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Note(c) => journal::note(&Context::front(&cli.db, cli.user, lang, access)?, c),
        Command::Comment(c) => {
            journal::comment(&Context::front(&cli.db, cli.user, lang, access)?, c)
        }
        Command::Agenda { days, of, format } => agenda::run(
            &Context::front(&cli.db, cli.user, lang, access)?,
            days,
            of,
            format,
        ),
        Command::Digest { all, send } => digest::run(
            &Context::front(&cli.db, cli.user, lang, access)?,
            all,
            send,
            access.idle,
        ),
    }
}

/// Errors a handler raises about its own arguments.
pub(crate) fn bad(key: &'static str, args: &[&dyn std::fmt::Display]) -> Error {
    crate::service::invalid(key, args)
}
