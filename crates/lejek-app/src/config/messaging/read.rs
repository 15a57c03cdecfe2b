//! Reading `[email]` and `[sms]` from the config file's TOML: every key checked, every
//! mistake a `ConfigError` at its line.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::super::error::ConfigError;
use super::super::toml_value::{bad_value, string, table};
use super::fill::{fill, uses};
use super::words::split_words;
use super::{
    BodyFormat, DEFAULT_TIMEOUT, EmailTransport, Messaging, Secret, Security, Sendmail, SmsCommand,
    SmsHttp, SmsTransport, Smtp,
};
use crate::i18n::Message;
use crate::text::toml_spans::{in_file_order, line_at};

const EMAIL_KEYS: [&str; 4] = ["transport", "from", "smtp", "sendmail"];
const SMTP_KEYS: [&str; 8] = [
    "host",
    "port",
    "security",
    "user",
    "password_file",
    "password_env",
    "timeout_secs",
    "ca_file",
];
const SENDMAIL_KEYS: [&str; 2] = ["command", "timeout_secs"];
const SMS_KEYS: [&str; 3] = ["transport", "http", "command"];
const HTTP_KEYS: [&str; 8] = [
    "url",
    "method",
    "token_file",
    "token_env",
    "token_field",
    "fields",
    "success",
    "timeout_secs",
];
const COMMAND_KEYS: [&str; 2] = ["command", "timeout_secs"];

/// A timeout longer than an hour is a mistake, not a patient server.
const MAX_TIMEOUT_SECS: u64 = 3600;

/// Where the messaging settings are read from: the file's text (for line numbers) and how
/// to make an error at an offset.
pub(in crate::config) struct Cx<'a> {
    pub text: &'a str,
    pub err: &'a dyn Fn(usize, Message) -> ConfigError,
}

type Entry<'a, 'i> = (&'a str, usize, &'a Spanned<DeValue<'i>>);

impl Cx<'_> {
    fn line(&self, value: &Spanned<DeValue<'_>>) -> usize {
        line_at(self.text, value.span().start)
    }

    /// The entries of `[name]`, each with the offset of its key; an unknown key is an error.
    fn entries<'a, 'i>(
        &self,
        name: &str,
        value: &'a Spanned<DeValue<'i>>,
        known: &[&str],
    ) -> Result<Vec<Entry<'a, 'i>>, ConfigError> {
        let t: &'a DeTable<'i> = table(name, value, &self.err)?;
        let mut out = Vec::new();
        for (key, value) in in_file_order(t) {
            let k: &str = key.get_ref();
            if !known.contains(&k) {
                return Err((self.err)(
                    key.span().start,
                    Message::new("config.err.unknown_key")
                        .arg(format!("{name}.{k}"))
                        .arg(known.join(", ")),
                ));
            }
            out.push((k, key.span().start, value));
        }
        Ok(out)
    }

    fn string(&self, key: &str, value: &Spanned<DeValue<'_>>) -> Result<String, ConfigError> {
        let s = string(key, value, &self.err)?.trim();
        if s.is_empty() {
            return Err((self.err)(
                value.span().start,
                Message::new("config.err.empty").arg(key),
            ));
        }
        Ok(s.to_owned())
    }

    fn integer(
        &self,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        range: std::ops::RangeInclusive<u64>,
    ) -> Result<u64, ConfigError> {
        value
            .get_ref()
            .as_integer()
            .and_then(|i| u64::from_str_radix(i.as_str(), i.radix()).ok())
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                (self.err)(
                    value.span().start,
                    Message::new("comms.cfg.integer")
                        .arg(key)
                        .arg(range.start())
                        .arg(range.end()),
                )
            })
    }

    fn timeout(&self, key: &str, value: &Spanned<DeValue<'_>>) -> Result<Duration, ConfigError> {
        Ok(Duration::from_secs(self.integer(
            key,
            value,
            1..=MAX_TIMEOUT_SECS,
        )?))
    }

    /// One of `choices` (`(word, value)`), as `bad_value` reports a wrong one.
    fn choice<T: Copy>(
        &self,
        key: &str,
        at: usize,
        value: &Spanned<DeValue<'_>>,
        choices: &[(&str, T)],
    ) -> Result<T, ConfigError> {
        let s = string(key, value, &self.err)?;
        let folded = s.trim().to_ascii_lowercase();
        choices
            .iter()
            .find(|(w, _)| *w == folded)
            .map(|(_, v)| *v)
            .ok_or_else(|| {
                let valid: Vec<&str> = choices.iter().map(|(w, _)| *w).collect();
                bad_value(&self.err, at, key, s, &valid.join(", "))
            })
    }

    /// A command line split into words; `placeholders` are the `{{names}}` it may use.
    fn command(
        &self,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        placeholders: &[&str],
    ) -> Result<Vec<String>, ConfigError> {
        let at = value.span().start;
        let line = self.string(key, value)?;
        let words = split_words(&line)
            .map_err(|_| (self.err)(at, Message::new("comms.cfg.quote").arg(key)))?;
        if words.is_empty() {
            return Err((self.err)(at, Message::new("config.err.empty").arg(key)));
        }
        for word in &words {
            self.placeholders(key, at, word, placeholders)?;
        }
        Ok(words)
    }

    /// `text` uses only the `{{names}}` in `known`.
    fn placeholders(
        &self,
        key: &str,
        at: usize,
        text: &str,
        known: &[&str],
    ) -> Result<(), ConfigError> {
        let values: Vec<(&str, &str)> = known.iter().map(|k| (*k, "")).collect();
        fill(text, &values).map(|_| ()).map_err(|e| {
            (self.err)(
                at,
                Message::new("comms.cfg.placeholder")
                    .arg(e.name)
                    .arg(key)
                    .arg(known.join(", ")),
            )
        })
    }
}

/// A secret from `<what>_file` or `<what>_env`; `<what>` itself (the secret in the file) is
/// refused before this is asked (it is not a known key; see `refuse_literal`).
struct SecretDraft {
    secret: Option<(Secret, usize)>,
}

impl SecretDraft {
    fn set(
        &mut self,
        cx: &Cx<'_>,
        section: &str,
        what: &str,
        at: usize,
        secret: Secret,
    ) -> Result<(), ConfigError> {
        if self.secret.is_some() {
            return Err((cx.err)(
                at,
                Message::new("comms.cfg.both")
                    .arg(format!("{section}.{what}_file"))
                    .arg(format!("{section}.{what}_env")),
            ));
        }
        self.secret = Some((secret, at));
        Ok(())
    }
}

/// `password = "..."` (or `token`) in a section: a clear refusal rather than "unknown key".
fn refuse_literal(
    cx: &Cx<'_>,
    section: &str,
    value: &Spanned<DeValue<'_>>,
    what: &str,
) -> Result<(), ConfigError> {
    let t = table(section, value, &cx.err)?;
    for (key, _) in in_file_order(t) {
        let k: &str = key.get_ref();
        if k == what {
            return Err((cx.err)(
                key.span().start,
                Message::new("comms.cfg.secret_literal")
                    .arg(format!("{section}.{what}"))
                    .arg(what),
            ));
        }
    }
    Ok(())
}

impl Messaging {
    /// Read `[email]` into `self`.
    pub(in crate::config) fn read_email(
        &mut self,
        cx: &Cx<'_>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<(), ConfigError> {
        let mut kind = None;
        let (mut smtp, mut sendmail) = (None, None);
        for (key, key_at, v) in cx.entries("email", value, &EMAIL_KEYS)? {
            let name = format!("email.{key}");
            match key {
                "transport" => {
                    let choices = [("outbox", 0), ("smtp", 1), ("sendmail", 2)];
                    kind = Some((cx.choice(&name, key_at, v, &choices)?, key_at));
                    self.note(&name, cx.line(v));
                }
                "from" => {
                    let from = cx.string(&name, v)?;
                    if let Err(e) = lettre::message::Mailbox::from_str(&from) {
                        return Err((cx.err)(
                            v.span().start,
                            Message::new("comms.err.bad_address").arg(&from).arg(e),
                        ));
                    }
                    self.email.from = Some(from);
                    self.note(&name, cx.line(v));
                }
                "smtp" => smtp = Some(self.read_smtp(cx, v)?),
                _ => sendmail = Some(self.read_sendmail(cx, v)?),
            }
        }
        self.email.transport = match kind {
            None | Some((0, _)) => EmailTransport::Outbox,
            Some((1, at)) => match smtp {
                Some(smtp) if !smtp.host.is_empty() => EmailTransport::Smtp(smtp),
                _ => return Err((cx.err)(at, needs("smtp", "host", "email.smtp"))),
            },
            Some(_) => EmailTransport::Sendmail(sendmail.unwrap_or_else(Sendmail::default)),
        };
        let in_effect = match &self.email.transport {
            EmailTransport::Outbox => "",
            EmailTransport::Smtp(_) => "email.smtp.",
            EmailTransport::Sendmail(_) => "email.sendmail.",
        };
        self.forget_unused(&["email.smtp.", "email.sendmail."], in_effect);
        Ok(())
    }

    /// `[email.smtp]`; `host` is empty when not given (it is needed only when in effect).
    fn read_smtp(
        &mut self,
        cx: &Cx<'_>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<Smtp, ConfigError> {
        const S: &str = "email.smtp";
        refuse_literal(cx, S, value, "password")?;
        let (mut host, mut port, mut security, mut user) = (None, None, Security::StartTls, None);
        let mut password = SecretDraft { secret: None };
        let (mut timeout, mut ca_file) = (DEFAULT_TIMEOUT, None);
        for (key, key_at, v) in cx.entries(S, value, &SMTP_KEYS)? {
            let name = format!("{S}.{key}");
            match key {
                "host" => host = Some(cx.string(&name, v)?),
                "port" => port = Some(cx.integer(&name, v, 1..=65535)? as u16),
                "security" => {
                    let choices = [
                        ("starttls", Security::StartTls),
                        ("tls", Security::Tls),
                        ("none", Security::None),
                    ];
                    security = cx.choice(&name, key_at, v, &choices)?;
                }
                "user" => user = Some((cx.string(&name, v)?, key_at)),
                "password_file" => {
                    let path = PathBuf::from(cx.string(&name, v)?);
                    password.set(cx, S, "password", key_at, Secret::File(path))?;
                }
                "password_env" => {
                    let var = cx.string(&name, v)?;
                    password.set(cx, S, "password", key_at, Secret::Env(var))?;
                }
                "timeout_secs" => timeout = cx.timeout(&name, v)?,
                _ => ca_file = Some(PathBuf::from(cx.string(&name, v)?)),
            }
            self.note(&name, cx.line(v));
        }
        let (user, password) = match (user, password.secret) {
            (Some((user, _)), Some((secret, _))) => (Some(user), Some(secret)),
            (None, None) => (None, None),
            (Some((_, at)), None) => {
                return Err((cx.err)(at, Message::new("comms.cfg.user_alone")));
            }
            (None, Some((_, at))) => {
                return Err((cx.err)(at, Message::new("comms.cfg.password_alone")));
            }
        };
        let port = port.unwrap_or(match security {
            Security::StartTls => 587,
            Security::Tls => 465,
            Security::None => 25,
        });
        Ok(Smtp {
            host: host.unwrap_or_default(),
            port,
            security,
            user,
            password,
            timeout,
            ca_file,
        })
    }

    fn read_sendmail(
        &mut self,
        cx: &Cx<'_>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<Sendmail, ConfigError> {
        const S: &str = "email.sendmail";
        let mut out = Sendmail::default();
        for (key, _, v) in cx.entries(S, value, &SENDMAIL_KEYS)? {
            let name = format!("{S}.{key}");
            match key {
                "command" => out.command = cx.command(&name, v, &[])?,
                _ => out.timeout = cx.timeout(&name, v)?,
            }
            self.note(&name, cx.line(v));
        }
        Ok(out)
    }

    /// Read `[sms]` into `self`.
    pub(in crate::config) fn read_sms(
        &mut self,
        cx: &Cx<'_>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<(), ConfigError> {
        let mut kind = None;
        let (mut http, mut command) = (None, None);
        for (key, key_at, v) in cx.entries("sms", value, &SMS_KEYS)? {
            let name = format!("sms.{key}");
            match key {
                "transport" => {
                    let choices = [("outbox", 0), ("http", 1), ("command", 2)];
                    kind = Some((cx.choice(&name, key_at, v, &choices)?, key_at));
                    self.note(&name, cx.line(v));
                }
                "http" => http = Some(self.read_http(cx, v)?),
                _ => command = Some(self.read_command(cx, v)?),
            }
        }
        self.sms = match kind {
            None | Some((0, _)) => SmsTransport::Outbox,
            Some((1, at)) => match http {
                Some(h) if h.url.is_empty() => {
                    return Err((cx.err)(at, needs("http", "url", "sms.http")));
                }
                Some(h) if h.fields.is_empty() => {
                    return Err((cx.err)(at, needs("http", "fields", "sms.http")));
                }
                Some(h) => SmsTransport::Http(h),
                None => return Err((cx.err)(at, needs("http", "url", "sms.http"))),
            },
            Some((_, at)) => match command {
                Some(c) if !c.command.is_empty() => SmsTransport::Command(c),
                _ => return Err((cx.err)(at, needs("command", "command", "sms.command"))),
            },
        };
        let in_effect = match &self.sms {
            SmsTransport::Outbox => "",
            SmsTransport::Http(_) => "sms.http.",
            SmsTransport::Command(_) => "sms.command.",
        };
        self.forget_unused(&["sms.http.", "sms.command."], in_effect);
        Ok(())
    }

    /// `[sms.http]`; `url` and `fields` are empty when not given.
    fn read_http(
        &mut self,
        cx: &Cx<'_>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<SmsHttp, ConfigError> {
        const S: &str = "sms.http";
        refuse_literal(cx, S, value, "token")?;
        let mut out = SmsHttp {
            url: String::new(),
            body: BodyFormat::Form,
            token: None,
            token_field: None,
            fields: Vec::new(),
            success: None,
            timeout: DEFAULT_TIMEOUT,
        };
        let mut token = SecretDraft { secret: None };
        let mut token_used_at = None;
        for (key, key_at, v) in cx.entries(S, value, &HTTP_KEYS)? {
            let name = format!("{S}.{key}");
            match key {
                "url" => {
                    let url = cx.string(&name, v)?;
                    let lower = url.to_ascii_lowercase();
                    let rest = lower
                        .strip_prefix("https://")
                        .or_else(|| lower.strip_prefix("http://"));
                    if rest.is_none_or(|r| r.is_empty() || r.starts_with('/')) {
                        let m = Message::new("comms.cfg.url").arg(&name).arg(&url);
                        return Err((cx.err)(v.span().start, m));
                    }
                    out.url = url;
                }
                "method" => {
                    let choices = [("form", BodyFormat::Form), ("json", BodyFormat::Json)];
                    out.body = cx.choice(&name, key_at, v, &choices)?;
                }
                "token_file" => {
                    let path = PathBuf::from(cx.string(&name, v)?);
                    token.set(cx, S, "token", key_at, Secret::File(path))?;
                }
                "token_env" => {
                    let var = cx.string(&name, v)?;
                    token.set(cx, S, "token", key_at, Secret::Env(var))?;
                }
                "token_field" => {
                    out.token_field = Some(cx.string(&name, v)?);
                    token_used_at = Some((key_at, name.clone()));
                }
                "fields" => {
                    for (field, field_value) in in_file_order(table(&name, v, &cx.err)?) {
                        let field: &str = field.get_ref();
                        let key = format!("{name}.{field}");
                        let text = string(&key, field_value, &cx.err)?;
                        let at = field_value.span().start;
                        cx.placeholders(&key, at, text, &["to", "text", "token"])?;
                        let uses_token = uses(text, "token");
                        if uses_token {
                            token_used_at.get_or_insert((at, key.clone()));
                        } else if looks_secret(field) && !text.is_empty() {
                            let m = Message::new("comms.cfg.field_secret").arg(&key);
                            return Err((cx.err)(at, m));
                        }
                        out.fields.push((field.to_owned(), text.to_owned()));
                    }
                }
                "success" => out.success = Some(cx.string(&name, v)?),
                _ => out.timeout = cx.timeout(&name, v)?,
            }
            self.note(&name, cx.line(v));
        }
        out.token = token.secret.map(|(s, _)| s);
        if let (Some((at, key)), None) = (token_used_at, &out.token) {
            return Err((cx.err)(at, Message::new("comms.cfg.needs_token").arg(key)));
        }
        Ok(out)
    }

    fn read_command(
        &mut self,
        cx: &Cx<'_>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<SmsCommand, ConfigError> {
        const S: &str = "sms.command";
        let mut out = SmsCommand {
            command: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
        };
        for (key, _, v) in cx.entries(S, value, &COMMAND_KEYS)? {
            let name = format!("{S}.{key}");
            match key {
                "command" => out.command = cx.command(&name, v, &["to", "text"])?,
                _ => out.timeout = cx.timeout(&name, v)?,
            }
            self.note(&name, cx.line(v));
        }
        Ok(out)
    }

    fn note(&mut self, key: &str, line: usize) {
        self.lines.insert(key.to_owned(), line);
    }

    /// Drop the lines of the `sections` (prefixes) other than `in_effect`: `config show`
    /// lists what is used, not a section kept for another day.
    fn forget_unused(&mut self, sections: &[&str], in_effect: &str) {
        self.lines
            .retain(|k, _| !sections.iter().any(|s| k.starts_with(s) && *s != in_effect));
    }
}

/// "transport = "smtp" needs 'host' in [email.smtp]".
fn needs(transport: &str, key: &str, section: &str) -> Message {
    Message::new("comms.cfg.needs")
        .arg(transport)
        .arg(key)
        .arg(section)
}

/// A gateway field that by its name holds a secret (`password`, `api_key`, `token`): its
/// value must come from `{{token}}`, so the secret itself stays out of the file.
fn looks_secret(field: &str) -> bool {
    let f = field.to_ascii_lowercase();
    ["pass", "token", "secret"].iter().any(|w| f.contains(w))
        || f == "key"
        || f.ends_with("_key")
        || f.ends_with("apikey")
}
