//! E-mail over SMTP (lettre's connection, driven step by step so each failure is known for
//! what it is: connect, TLS, login, or the server refusing the message) and through a local
//! sendmail.

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, SmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::response::Response;

use crate::config::{Security, Sendmail, Smtp};
use crate::i18n::Message;

use super::error::SendError;
use super::mime::Built;
use super::{command, one_line, secret};

/// Send `built` through the SMTP server `cfg`; the server's last reply.
pub(super) fn smtp(cfg: &Smtp, built: Built) -> Result<String, SendError> {
    let server = format!("{}:{}", cfg.host, cfg.port);
    // Read first: a missing password is a mistake to report before touching the network.
    let login = match (&cfg.user, &cfg.password) {
        (Some(user), Some(password)) => {
            let password = secret::read(password, "email.smtp.password")?;
            // What AUTH PLAIN and LOGIN send, for a server that quotes it back.
            super::redact::remember_login(user, &password);
            Some((user.clone(), password))
        }
        _ => None,
    };
    let tls = match cfg.security {
        Security::None => None,
        Security::StartTls | Security::Tls => Some(tls_parameters(cfg)?),
    };
    let fail = |e: lettre::transport::smtp::Error| classify(&server, cfg.user.as_deref(), e);

    let wrapped = match cfg.security {
        Security::Tls => tls.as_ref(),
        _ => None,
    };
    let hello = ClientId::default();
    let mut conn = SmtpConnection::connect(
        (cfg.host.as_str(), cfg.port),
        Some(cfg.timeout),
        &hello,
        wrapped,
        None,
    )
    .map_err(fail)?;

    if let (Security::StartTls, Some(params)) = (cfg.security, &tls) {
        if !conn.can_starttls() {
            conn.abort();
            return Err(SendError::NoStartTls { server });
        }
        conn.starttls(params, &hello).map_err(fail)?;
    }

    if let Some((user, password)) = login {
        let credentials = Credentials::new(user.clone(), password);
        if let Err(e) = conn.auth(&[Mechanism::Plain, Mechanism::Login], &credentials) {
            conn.abort();
            return Err(match classify(&server, Some(&user), e) {
                // Any answer to AUTH that is not success (or no AUTH offered at all) is a
                // refused login; a dropped connection is still a connection problem.
                SendError::Rejected { server, reply } => SendError::Auth {
                    server,
                    user: Some(user),
                    reply,
                },
                other => other,
            });
        }
    }

    let reply = conn
        .send(built.message.envelope(), &built.bytes)
        .map_err(fail)?;
    // The message is the server's now; a failed goodbye changes nothing.
    let _ = conn.quit();
    Ok(reply_text(&reply))
}

/// Certificates are checked against the usual public roots, plus `ca_file` (a company's own
/// CA) when set.
fn tls_parameters(cfg: &Smtp) -> Result<TlsParameters, SendError> {
    let mut builder = TlsParameters::builder(cfg.host.clone());
    if let Some(path) = &cfg.ca_file {
        let bad = |reason: String| {
            SendError::Config(
                Message::new("comms.err.ca_file")
                    .arg(path.display())
                    .arg(reason),
            )
        };
        let pem = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
        let cert = Certificate::from_pem(&pem).map_err(|e| bad(e.to_string()))?;
        builder = builder.add_root_certificate(cert);
    }
    builder.build().map_err(|e| SendError::Tls {
        server: format!("{}:{}", cfg.host, cfg.port),
        reason: e.to_string(),
    })
}

/// What an SMTP failure means. `user` is the login in use: with none, "authentication
/// required" is a missing login, not a refused one.
fn classify(server: &str, user: Option<&str>, e: lettre::transport::smtp::Error) -> SendError {
    let server = server.to_owned();
    let reason = one_line(&e.to_string());
    if let Some(code) = e.status() {
        // 530 authentication required, 534 mechanism too weak, 535 credentials invalid,
        // 538 encryption required for the mechanism (RFC 4954).
        let auth = matches!(code.to_string().as_str(), "530" | "534" | "535" | "538");
        return match (auth, user) {
            (true, None) => SendError::Auth {
                server,
                user: None,
                reply: reason,
            },
            (true, Some(user)) => SendError::Auth {
                server,
                user: Some(user.to_owned()),
                reply: reason,
            },
            (false, _) => SendError::Rejected {
                server,
                reply: reason,
            },
        };
    }
    // rustls reports a failed handshake (an unknown issuer, a wrong name, an alert) as
    // invalid data on the stream; nothing else on a plain socket reads as that.
    if e.is_tls() || io_kind(&e) == Some(std::io::ErrorKind::InvalidData) {
        return SendError::Tls { server, reason };
    }
    // lettre's client errors are refusals decided on our side from what the server offers
    // (no AUTH mechanism, no 8BITMIME or SMTPUTF8 where the message needs them).
    if e.is_client() || e.is_response() {
        return SendError::Rejected {
            server,
            reply: reason,
        };
    }
    SendError::Unreachable { server, reason }
}

/// The kind of the I/O error under `e`, if there is one.
fn io_kind(e: &lettre::transport::smtp::Error) -> Option<std::io::ErrorKind> {
    let mut source = std::error::Error::source(e);
    while let Some(err) = source {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        source = err.source();
    }
    None
}

fn reply_text(reply: &Response) -> String {
    let lines: Vec<&str> = reply.message().collect();
    one_line(&format!("{} {}", reply.code(), lines.join(" ")))
}

/// Hand `built` to the local mail system: `<command> -i -f <from> -- <to>...`, the message
/// on standard input, as sendmail (and Postfix's, Exim's, msmtp's) takes it. What it printed.
pub(super) fn sendmail(cfg: &Sendmail, built: Built) -> Result<String, SendError> {
    let envelope = built.message.envelope();
    let mut argv = cfg.command.clone();
    argv.push("-i".to_owned());
    if let Some(from) = envelope.from() {
        argv.push("-f".to_owned());
        argv.push(from.to_string());
    }
    argv.push("--".to_owned());
    argv.extend(envelope.to().iter().map(|a| a.to_string()));
    let program = cfg.command.first().cloned().unwrap_or_default();
    let fail = |outcome, stderr: &[u8]| SendError::Command {
        program: program.clone(),
        outcome,
        stderr: one_line(&String::from_utf8_lossy(stderr)),
    };
    let done = command::run(&argv, &built.bytes, cfg.timeout).map_err(|o| fail(o, b""))?;
    if !done.status.success() {
        return Err(fail(command::failure(done.status), &done.stderr));
    }
    Ok(one_line(&String::from_utf8_lossy(&done.stdout)))
}
