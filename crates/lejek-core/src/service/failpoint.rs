//! Test-only fault points (issue 15): `LEJEK_TEST_FAIL=point[,point...]` makes the process
//! fail at each named point once, so the server's tests can make a request panic, or the
//! server die between a commit and its answer, at a known moment instead of by luck. Unset
//! (always, outside tests) each point costs one look at a value read once per process.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

/// The places a test may make fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// `panic-in-write`: a write panics while it holds the service's writer lock, after
    /// planning and before its commit (the lock must not stay poisoned).
    PanicInWrite,
    /// `panic-in-hello`: a connection thread panics while it reads the handshake.
    PanicInHello,
    /// `die-in-hello`: the server kills itself when a handshake arrives, as a server killed
    /// with a client in its queue (the client must start a new server, not fail).
    DieInHello,
    /// `die-after-commit`: the server aborts (no unwinding, like kill -9) right after a
    /// write is committed and before it is answered (the client must retry it once).
    DieAfterCommit,
}

const ALL: [(Point, &str); 4] = [
    (Point::PanicInWrite, "panic-in-write"),
    (Point::PanicInHello, "panic-in-hello"),
    (Point::DieInHello, "die-in-hello"),
    (Point::DieAfterCommit, "die-after-commit"),
];

static ARMED: OnceLock<Vec<(Point, AtomicBool)>> = OnceLock::new();

/// Whether `point` fails now: true the first time it is reached when `LEJEK_TEST_FAIL`
/// names it, false ever after and always without the variable.
pub fn fires(point: Point) -> bool {
    let armed = ARMED.get_or_init(|| {
        let named = std::env::var("LEJEK_TEST_FAIL").unwrap_or_default();
        let names: Vec<&str> = named.split(',').map(str::trim).collect();
        ALL.iter()
            .filter(|(_, name)| names.contains(name))
            .map(|(p, _)| (*p, AtomicBool::new(true)))
            .collect()
    });
    armed
        .iter()
        .find(|(p, _)| *p == point)
        .is_some_and(|(_, on)| on.swap(false, Ordering::SeqCst))
}

/// End the process the way kill -9 does: no unwinding, no destructors, no flush.
pub fn die() -> ! {
    eprintln!("LEJEK_TEST_FAIL: the process kills itself");
    // SAFETY: kill(2) on our own pid has no memory effects; SIGKILL cannot be caught.
    unsafe {
        libc::kill(libc::getpid(), libc::SIGKILL);
    }
    std::process::abort()
}
