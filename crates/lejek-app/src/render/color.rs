//! Whether output is coloured (issue 9). The command line decides once, before any command
//! runs (`--color`, `NO_COLOR`, the config file: see `cli::color`), and the CLI tables and
//! the TUI theme read the decision here. Process-wide rather than passed along because
//! every table printer would otherwise need one more argument for a choice that never
//! changes while the process runs.
//!
//! Until the command line decides, CLI tables are plain and the TUI follows `NO_COLOR`:
//! code that renders in a library or test process must not emit escape codes by chance.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use ratatui::crossterm::style::Colored;

/// What was asked for: colour on a terminal only, always, or never.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Auto,
    Always,
    Never,
}

/// How a table cell wants to look; `Plain` unless the row says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// A won deal's stage.
    Won,
    /// A lost deal's stage.
    Lost,
    /// A date that has passed while the work is still open.
    Overdue,
}

static TABLES: AtomicBool = AtomicBool::new(false);

/// The TUI's colour: follow `NO_COLOR`, or forced on or off by `--color`.
static TUI: AtomicU8 = AtomicU8::new(TUI_FOLLOW_ENV);
const TUI_FOLLOW_ENV: u8 = 0;
const TUI_ON: u8 = 1;
const TUI_OFF: u8 = 2;

/// `NO_COLOR` set to anything non-empty (no-color.org).
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Record the choice for the rest of the process. `Auto` colours tables only when stdout
/// is a terminal (never into a pipe or a file) and `NO_COLOR` is not set.
pub fn set(choice: Choice) {
    let tables = match choice {
        Choice::Always => true,
        Choice::Never => false,
        Choice::Auto => std::io::stdout().is_terminal() && !no_color_env(),
    };
    TABLES.store(tables, Ordering::Relaxed);
    let tui = match choice {
        Choice::Always => TUI_ON,
        Choice::Never => TUI_OFF,
        Choice::Auto => TUI_FOLLOW_ENV,
    };
    TUI.store(tui, Ordering::Relaxed);
    // crossterm, which writes the escape codes for comfy-table and the TUI, drops colours
    // by itself under NO_COLOR; a forced choice must win over that in both directions.
    match choice {
        Choice::Always => Colored::set_ansi_color_disabled(false),
        Choice::Never => Colored::set_ansi_color_disabled(true),
        Choice::Auto => {}
    }
}

/// Whether CLI tables carry colour and bold.
pub fn tables() -> bool {
    TABLES.load(Ordering::Relaxed)
}

/// Whether the TUI uses colour. The TUI always draws on a terminal, so only `NO_COLOR` and
/// `--color` matter.
pub fn tui() -> bool {
    match TUI.load(Ordering::Relaxed) {
        TUI_ON => true,
        TUI_OFF => false,
        _ => !no_color_env(),
    }
}
