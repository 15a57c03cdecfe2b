//! Why a message did not leave, as a value: the caller shows it in the user's language
//! (`SendError::message`) and records it in the deal's history.

use std::path::PathBuf;

use crate::i18n::{Lang, Message};

/// Why sending failed. Nothing was sent, except that a server may have accepted part of a
/// conversation it then refused (`Rejected`).
#[derive(Debug)]
pub enum SendError {
    /// The server or gateway could not be reached: the name does not resolve, nothing
    /// listens, the network is down, or it did not answer in time.
    Unreachable { server: String, reason: String },
    /// The TLS handshake failed (certificate, protocol).
    Tls { server: String, reason: String },
    /// `security = "starttls"` and the server does not offer STARTTLS: nothing is sent in
    /// the clear instead.
    NoStartTls { server: String },
    /// The server refused the login, or wants one and none is configured (`user: None`).
    Auth {
        server: String,
        user: Option<String>,
        reply: String,
    },
    /// The server refused the sender, a recipient or the message; `reply` is its answer.
    Rejected { server: String, reply: String },
    /// The SMS gateway answered with a status other than 2xx (`expected: None`), or with a
    /// body lacking the configured `success` text (`expected: Some`).
    Gateway {
        url: String,
        status: u16,
        body: String,
        expected: Option<String>,
    },
    /// A command (sendmail, the SMS command) did not succeed; `stderr` is what it said.
    Command {
        program: String,
        outcome: CommandOutcome,
        stderr: String,
    },
    /// The outbox file could not be written.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An e-mail address that does not parse (`reason` says why).
    BadAddress { address: String, reason: String },
    /// A phone number with no digits, or with letters in it.
    BadPhone { number: String },
    /// The configuration cannot be used as it is now: a password file that cannot be read,
    /// an environment variable that is not set, a CA file that is not PEM.
    Config(Message),
}

/// How a command that did not succeed ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandOutcome {
    /// It could not be started (`reason`: not found, not executable...).
    NotStarted(String),
    Exit(i32),
    Signal(i32),
    /// It ran longer than its timeout (seconds) and was killed.
    TimedOut(u64),
}

impl SendError {
    /// One line saying what went wrong, for the user (`message().render(lang)`), and for the
    /// history and the send log: every part of it with the secrets hidden (`redact`).
    pub fn message(&self) -> Message {
        let mut m = self.unredacted();
        for arg in &mut m.args {
            *arg = super::redact::scrub(arg);
        }
        m
    }

    fn unredacted(&self) -> Message {
        match self {
            SendError::Unreachable { server, reason } => Message::new("comms.err.unreachable")
                .arg(server)
                .arg(reason),
            SendError::Tls { server, reason } => {
                Message::new("comms.err.tls").arg(server).arg(reason)
            }
            SendError::NoStartTls { server } => Message::new("comms.err.no_starttls").arg(server),
            SendError::Auth {
                server,
                user: Some(user),
                reply,
            } => Message::new("comms.err.auth")
                .arg(server)
                .arg(user)
                .arg(reply),
            SendError::Auth {
                server,
                user: None,
                reply,
            } => Message::new("comms.err.auth_needed").arg(server).arg(reply),
            SendError::Rejected { server, reply } => {
                Message::new("comms.err.rejected").arg(server).arg(reply)
            }
            SendError::Gateway {
                url,
                status,
                body,
                expected: None,
            } => Message::new("comms.err.gateway")
                .arg(url)
                .arg(status)
                .arg(body),
            SendError::Gateway {
                url,
                body,
                expected: Some(expected),
                ..
            } => Message::new("comms.err.gateway_unconfirmed")
                .arg(url)
                .arg(expected)
                .arg(body),
            SendError::Command {
                program,
                outcome,
                stderr,
            } => match outcome {
                CommandOutcome::NotStarted(reason) => Message::new("comms.err.command_start")
                    .arg(program)
                    .arg(reason),
                CommandOutcome::Exit(code) => Message::new("comms.err.command_exit")
                    .arg(program)
                    .arg(code)
                    .arg(stderr),
                CommandOutcome::Signal(signal) => Message::new("comms.err.command_signal")
                    .arg(program)
                    .arg(signal)
                    .arg(stderr),
                CommandOutcome::TimedOut(secs) => Message::new("comms.err.command_timeout")
                    .arg(program)
                    .arg(secs),
            },
            SendError::Io { path, source } => {
                Message::new("comms.err.io").arg(path.display()).arg(source)
            }
            SendError::BadAddress { address, reason } => Message::new("comms.err.bad_address")
                .arg(address)
                .arg(reason),
            SendError::BadPhone { number } => Message::new("comms.err.bad_phone").arg(number),
            SendError::Config(m) => m.clone(),
        }
    }
}

/// In English: for logs and `{e}` in tests; users get `message()` in their language.
impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(Lang::En))
    }
}

impl std::error::Error for SendError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SendError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
