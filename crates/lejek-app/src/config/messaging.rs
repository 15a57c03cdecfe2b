//! `[email]` and `[sms]` of the config file (issue 8, SPEC D12): how messages to contacts
//! leave (`comms::transport`). Both default to the outbox, which writes files and needs
//! nothing set up.
//!
//! No password or token is ever written here: the file names where to read one
//! (`password_file`, `password_env`, `token_file`, `token_env`), and it is read when a
//! message is sent. A literal `password = "..."` is refused, with its line.

mod fill;
mod read;
mod words;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use super::source::Source;

pub use fill::{FillError, fill, uses};
pub(super) use read::Cx;
pub use words::{UnclosedQuote, split_words};

/// The messaging sections of the config file, resolved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Messaging {
    pub email: EmailConfig,
    pub sms: SmsTransport,
    /// The line of each setting the file gives (`email.smtp.host` -> 12), for `config show`.
    lines: BTreeMap<String, usize>,
}

/// `[email]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailConfig {
    pub transport: EmailTransport,
    /// The sender, as written (`Jan Kowalski <jan@firma.pl>`); it parses as an address.
    /// `None`: the caller decides (e.g. from the user's own address).
    pub from: Option<String>,
}

/// How e-mail leaves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum EmailTransport {
    /// Written to `<database>/outbox/*.eml`, not sent.
    #[default]
    Outbox,
    Smtp(Smtp),
    Sendmail(Sendmail),
}

/// `[email.smtp]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Smtp {
    pub host: String,
    /// Default: 587 with STARTTLS, 465 with TLS, 25 without.
    pub port: u16,
    pub security: Security,
    /// The login; `None` sends without logging in.
    pub user: Option<String>,
    /// Set exactly when `user` is.
    pub password: Option<Secret>,
    /// For connecting and for each answer (default 20 s).
    pub timeout: Duration,
    /// A PEM file with a CA certificate to trust besides the public ones (a company's own).
    pub ca_file: Option<PathBuf>,
}

/// How the SMTP connection is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// Plain connect, then STARTTLS; refused if the server does not offer it.
    StartTls,
    /// TLS from the first byte ("SMTPS", port 465).
    Tls,
    /// No encryption at all: only for a server on this machine or a trusted network.
    None,
}

/// `[email.sendmail]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sendmail {
    /// The program and any arguments of its own (default `/usr/sbin/sendmail`); lejek adds
    /// `-i -f <from> -- <to>...`.
    pub command: Vec<String>,
    pub timeout: Duration,
}

/// How SMS leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SmsTransport {
    /// Written to `<database>/outbox/*.sms`, not sent.
    #[default]
    Outbox,
    Http(SmsHttp),
    Command(SmsCommand),
}

/// `[sms.http]`: a POST to a gateway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmsHttp {
    pub url: String,
    pub body: BodyFormat,
    /// Sent as `Authorization: Bearer <token>`, unless `token_field` or a field's
    /// `{{token}}` puts it in the body.
    pub token: Option<Secret>,
    /// The form or JSON field that carries the token.
    pub token_field: Option<String>,
    /// The body's fields in file order; values may use `{{to}}`, `{{text}}`, `{{token}}`.
    pub fields: Vec<(String, String)>,
    /// Text the gateway's answer must contain to count as sent (some say "ERROR" with 200).
    pub success: Option<String>,
    pub timeout: Duration,
}

/// How the gateway's POST body is encoded (the `method` setting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFormat {
    /// `application/x-www-form-urlencoded`.
    Form,
    /// A JSON object of strings.
    Json,
}

/// `[sms.command]`: a program run without a shell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmsCommand {
    /// The program and its arguments, split like a shell would; each may use `{{to}}` and
    /// `{{text}}`. The text is also on standard input.
    pub command: Vec<String>,
    pub timeout: Duration,
}

/// Where a password or token is read from, when a message is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Secret {
    /// The whole file, less a trailing newline (`~/` and relative paths resolved like
    /// `database`).
    File(PathBuf),
    /// An environment variable.
    Env(String),
}

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);
const DEFAULT_SENDMAIL: &str = "/usr/sbin/sendmail";

impl Messaging {
    /// Resolve the paths in the settings (`password_file`, `token_file`, `ca_file`) as the
    /// settings resolve `database`.
    pub(super) fn resolve_paths(&mut self, resolve: &dyn Fn(&str) -> PathBuf) {
        let fix = |p: &mut PathBuf| *p = resolve(&p.to_string_lossy());
        let fix_secret = |s: &mut Option<Secret>| {
            if let Some(Secret::File(p)) = s {
                fix(p);
            }
        };
        match &mut self.email.transport {
            EmailTransport::Smtp(smtp) => {
                fix_secret(&mut smtp.password);
                if let Some(p) = &mut smtp.ca_file {
                    fix(p);
                }
            }
            EmailTransport::Outbox | EmailTransport::Sendmail(_) => {}
        }
        if let SmsTransport::Http(http) = &mut self.sms {
            fix_secret(&mut http.token);
        }
    }

    /// What `config show` lists: each setting in effect, as shown (a secret by where it is
    /// read from, never its value; the gateway's fields by name), and where it came from.
    pub fn rows(&self) -> Vec<(String, String, Source)> {
        let mut rows = Vec::new();
        let mut row = |key: &str, value: String| {
            let source = match self.lines.get(key) {
                Some(line) => Source::File { line: *line },
                None => Source::Default,
            };
            rows.push((key.to_owned(), value, source));
        };
        let secret = |s: &Secret| match s {
            Secret::File(p) => format!("file {}", p.display()),
            Secret::Env(v) => format!("env {v}"),
        };
        let secs = |d: Duration| d.as_secs().to_string();
        match &self.email.transport {
            EmailTransport::Outbox => row("email.transport", "outbox".into()),
            EmailTransport::Smtp(_) => row("email.transport", "smtp".into()),
            EmailTransport::Sendmail(_) => row("email.transport", "sendmail".into()),
        }
        if let Some(from) = &self.email.from {
            row("email.from", from.clone());
        }
        match &self.email.transport {
            EmailTransport::Outbox => {}
            EmailTransport::Smtp(s) => {
                row("email.smtp.host", s.host.clone());
                row("email.smtp.port", s.port.to_string());
                let security = match s.security {
                    Security::StartTls => "starttls",
                    Security::Tls => "tls",
                    Security::None => "none",
                };
                row("email.smtp.security", security.into());
                if let (Some(user), Some(password)) = (&s.user, &s.password) {
                    row("email.smtp.user", user.clone());
                    let key = match password {
                        Secret::File(_) => "email.smtp.password_file",
                        Secret::Env(_) => "email.smtp.password_env",
                    };
                    row(key, secret(password));
                }
                row("email.smtp.timeout_secs", secs(s.timeout));
                if let Some(ca) = &s.ca_file {
                    row("email.smtp.ca_file", ca.display().to_string());
                }
            }
            EmailTransport::Sendmail(s) => {
                row("email.sendmail.command", s.command.join(" "));
                row("email.sendmail.timeout_secs", secs(s.timeout));
            }
        }
        match &self.sms {
            SmsTransport::Outbox => row("sms.transport", "outbox".into()),
            SmsTransport::Http(h) => {
                row("sms.transport", "http".into());
                row("sms.http.url", h.url.clone());
                let method = match h.body {
                    BodyFormat::Form => "form",
                    BodyFormat::Json => "json",
                };
                row("sms.http.method", method.into());
                if let Some(token) = &h.token {
                    let key = match token {
                        Secret::File(_) => "sms.http.token_file",
                        Secret::Env(_) => "sms.http.token_env",
                    };
                    row(key, secret(token));
                }
                if let Some(field) = &h.token_field {
                    row("sms.http.token_field", field.clone());
                }
                // Names only: a value may hold a login or a sender name the gateway bills by.
                let names: Vec<&str> = h.fields.iter().map(|(n, _)| n.as_str()).collect();
                row("sms.http.fields", names.join(", "));
                if let Some(success) = &h.success {
                    row("sms.http.success", success.clone());
                }
                row("sms.http.timeout_secs", secs(h.timeout));
            }
            SmsTransport::Command(c) => {
                row("sms.transport", "command".into());
                row("sms.command.command", c.command.join(" "));
                row("sms.command.timeout_secs", secs(c.timeout));
            }
        }
        rows
    }
}

impl EmailConfig {
    /// The configured sender (`from`), if any.
    pub fn from(&self) -> Option<&str> {
        self.from.as_deref()
    }

    /// The transport in a few words, as `Delivery::transport` names it.
    pub fn describe(&self) -> String {
        self.transport.describe()
    }
}

impl EmailTransport {
    /// `outbox`, `smtp smtp.firma.pl:587` or `sendmail /usr/sbin/sendmail`: what the history
    /// records, also for a send that never reached the transport.
    pub fn describe(&self) -> String {
        match self {
            EmailTransport::Outbox => "outbox".to_owned(),
            EmailTransport::Smtp(s) => format!("smtp {}:{}", s.host, s.port),
            EmailTransport::Sendmail(s) => {
                format!("sendmail {}", s.command.first().map_or("", String::as_str))
            }
        }
    }
}

impl SmsTransport {
    /// `outbox`, `http https://api.smsapi.pl/sms.do` or `command /usr/local/bin/send-sms`.
    pub fn describe(&self) -> String {
        match self {
            SmsTransport::Outbox => "outbox".to_owned(),
            SmsTransport::Http(h) => format!("http {}", h.url),
            SmsTransport::Command(c) => {
                format!("command {}", c.command.first().map_or("", String::as_str))
            }
        }
    }
}

impl Default for Sendmail {
    fn default() -> Sendmail {
        Sendmail {
            command: vec![DEFAULT_SENDMAIL.to_owned()],
            timeout: DEFAULT_TIMEOUT,
        }
    }
}
