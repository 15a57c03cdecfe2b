//! Running a configured command (sendmail, the SMS command) without a shell: its words were
//! split when the config file was read (`config::split_words`), the message goes to its
//! standard input, and it is killed when it outlives its timeout, so a hung script cannot
//! hang lejek.

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::error::CommandOutcome;

/// What a command that ran to its end printed.
pub(super) struct Finished {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// The most of a command's output kept: a chatty script must not fill the memory.
const OUTPUT_MAX: usize = 64 * 1024;

/// Run `argv` with `input` on its standard input; wait at most `timeout`.
pub(super) fn run(
    argv: &[String],
    input: &[u8],
    timeout: Duration,
) -> Result<Finished, CommandOutcome> {
    let Some((program, args)) = argv.split_first() else {
        return Err(CommandOutcome::NotStarted("empty command".to_owned()));
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| CommandOutcome::NotStarted(e.to_string()))?;

    // Feed stdin and drain stdout/stderr on their own threads: a command that writes much
    // before it reads (or the reverse) would otherwise block on a full pipe, and so would we.
    let (tx, rx) = mpsc::channel::<(bool, Vec<u8>)>();
    if let Some(mut stdin) = child.stdin.take() {
        let input = input.to_vec();
        // A command that exits without reading all of it is its own business (EPIPE).
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    for (is_err, pipe) in [
        (
            false,
            child
                .stdout
                .take()
                .map(|p| Box::new(p) as Box<dyn Read + Send>),
        ),
        (
            true,
            child
                .stderr
                .take()
                .map(|p| Box::new(p) as Box<dyn Read + Send>),
        ),
    ] {
        let tx = tx.clone();
        if let Some(pipe) = pipe {
            std::thread::spawn(move || {
                let mut out = Vec::new();
                let _ = pipe.take(OUTPUT_MAX as u64).read_to_end(&mut out);
                let _ = tx.send((is_err, out));
            });
        }
    }
    drop(tx);

    let deadline = Instant::now() + timeout;
    let status =
        wait_until(&mut child, deadline).ok_or(CommandOutcome::TimedOut(timeout.as_secs()))?;

    // The output ends when the command's last process closes it; a child it left running in
    // the background may hold it open, so do not wait for that past the deadline either.
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    for _ in 0..2 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left.max(Duration::from_millis(100))) {
            Ok((false, out)) => stdout = out,
            Ok((true, out)) => stderr = out,
            Err(_) => break,
        }
    }
    Ok(Finished {
        status,
        stdout,
        stderr,
    })
}

/// The child's exit status, or `None` (and the child killed) at the deadline.
fn wait_until(child: &mut Child, deadline: Instant) -> Option<ExitStatus> {
    let mut pause = Duration::from_millis(2);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) => {}
            // The child cannot be waited for; stopping it is all that is left.
            Err(_) => break,
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// How a finished command that did not succeed ended.
pub(super) fn failure(status: ExitStatus) -> CommandOutcome {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => CommandOutcome::Exit(code),
        (None, Some(signal)) => CommandOutcome::Signal(signal),
        (None, None) => CommandOutcome::Exit(-1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_feeds_and_times_out() {
        let sh = |script: &str| vec!["sh".to_owned(), "-c".to_owned(), script.to_owned()];
        let done = run(
            &sh("tr a-z A-Z; echo oops >&2; exit 3"),
            b"abc",
            Duration::from_secs(10),
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(done.stdout, b"ABC");
        assert_eq!(done.stderr, b"oops\n");
        assert_eq!(failure(done.status), CommandOutcome::Exit(3));

        let started = Instant::now();
        let slow = run(&sh("sleep 5"), b"", Duration::from_millis(200));
        assert!(
            matches!(slow, Err(CommandOutcome::TimedOut(0))),
            "{:?}",
            slow.err()
        );
        assert!(started.elapsed() < Duration::from_secs(4));

        let missing = run(
            &["/nonexistent/lejek-sms".to_owned()],
            b"",
            Duration::from_secs(1),
        );
        assert!(matches!(missing, Err(CommandOutcome::NotStarted(_))));
    }
}
