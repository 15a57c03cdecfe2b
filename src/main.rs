//! Parse arguments and dispatch; nothing else.

/// mimalloc instead of the system allocator: measured at 200k contacts / 600k deals, demo
/// generation took 64 s instead of 113 s and a filtered list 10-20% less CPU (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // Everything lejek creates (the store, the socket, attachments, logs) is for its user
    // and the team's group, never for other accounts: a CRM holds personal data (GDPR), and
    // a team shares one database through the directory's group (README, "A team on one
    // server").
    // SAFETY: umask has no preconditions; no other thread exists yet.
    unsafe {
        libc::umask(0o007);
    }
    // `lejek deal list | head` ends quietly, as Unix tools do, instead of panicking on the
    // closed pipe. SAFETY: restoring the default disposition before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // Parsed against `cli::command()`, whose version names the database format, with the
    // examples and the user's language of `--help` (issue 9). The CLI starts the TUI it is
    // given here: the two front ends do not import each other (issue 16).
    let cli = lejek::cli::parse_args();
    std::process::exit(lejek::cli::run(cli, lejek::tui::run));
}
