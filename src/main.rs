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
    // No transparent huge pages: on a kernel that gives them to every large mapping
    // (`always`), each fresh allocator segment was faulted in as 2 MB zeroed at once, which
    // was half of a short command's time (a list, a batch dry run) and made the server's
    // memory grow in 2 MB steps. SAFETY: prctl with these arguments only sets a flag on
    // this process; its result is ignored (an older kernel without it changes nothing).
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
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
