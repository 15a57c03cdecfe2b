//! SMS through an HTTP gateway (a form or JSON POST, as SMSAPI, SerwerSMS, Twilio and most
//! others take it) or through a local command (a modem script, gammu, a company relay).

use std::io::Read;

use crate::config::{BodyFormat, SmsCommand, SmsHttp, fill, uses};

use super::error::SendError;
use super::{command, one_line, secret};

/// `number` as gateways want it: digits with an optional leading `+`, the spaces, dashes,
/// dots and parentheses people write numbers with dropped.
pub(super) fn phone_number(number: &str) -> Result<String, SendError> {
    let compact: String = number
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')' | '/')))
        .collect();
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(SendError::BadPhone {
            number: number.to_owned(),
        });
    }
    Ok(compact)
}

/// The most of a gateway's answer read: enough for any status, not a runaway download.
const ANSWER_MAX: u64 = 64 * 1024;

/// POST the SMS to the gateway `cfg`; its status and answer.
pub(super) fn http(cfg: &SmsHttp, to: &str, text: &str) -> Result<String, SendError> {
    let token = match &cfg.token {
        Some(t) => Some(secret::read(t, "sms.http.token")?),
        None => None,
    };
    let values = [
        ("to", to),
        ("text", text),
        ("token", token.as_deref().unwrap_or_default()),
    ];
    let mut fields = Vec::with_capacity(cfg.fields.len() + 1);
    for (name, template) in &cfg.fields {
        // The config file's check let only these names through; a failure here is a bug,
        // reported rather than sent half-filled.
        let value = fill(template, &values).map_err(|e| {
            SendError::Config(
                crate::i18n::Message::new("comms.cfg.placeholder")
                    .arg(e.name)
                    .arg(format!("sms.http.fields.{name}"))
                    .arg("to, text, token"),
            )
        })?;
        fields.push((name.clone(), value));
    }
    if let (Some(field), Some(token)) = (&cfg.token_field, &token) {
        fields.push((field.clone(), token.clone()));
    }

    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(cfg.timeout))
        // A gateway's error status comes with a body that says why; read it, do not discard it.
        .http_status_as_error(false)
        .build()
        .into();
    let mut request = agent.post(&cfg.url);
    // The token goes in the body when the fields or token_field put it there; else it is
    // the usual bearer token.
    let in_body = cfg.token_field.is_some() || cfg.fields.iter().any(|(_, v)| uses(v, "token"));
    if let (Some(token), false) = (&token, in_body) {
        request = request.header("Authorization", format!("Bearer {token}"));
    }
    let sent = match cfg.body {
        BodyFormat::Form => request.send_form(fields.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        BodyFormat::Json => {
            let object: serde_json::Map<String, serde_json::Value> = fields
                .into_iter()
                .map(|(k, v)| (k, serde_json::Value::String(v)))
                .collect();
            request
                .content_type("application/json")
                .send(serde_json::Value::Object(object).to_string())
        }
    };
    let mut response = sent.map_err(|e| network(&cfg.url, e))?;
    let status = response.status().as_u16();
    let mut raw = Vec::new();
    response
        .body_mut()
        .as_reader()
        .take(ANSWER_MAX)
        .read_to_end(&mut raw)
        .map_err(|e| SendError::Unreachable {
            server: cfg.url.clone(),
            reason: one_line(&e.to_string()),
        })?;
    let answer = String::from_utf8_lossy(&raw);
    let gateway = |expected: Option<String>| SendError::Gateway {
        url: cfg.url.clone(),
        status,
        body: one_line(&answer),
        expected,
    };
    if !(200..300).contains(&status) {
        return Err(gateway(None));
    }
    if let Some(success) = &cfg.success
        && !answer.contains(success.as_str())
    {
        return Err(gateway(Some(success.clone())));
    }
    Ok(one_line(&format!("{status} {answer}")))
}

fn network(url: &str, e: ureq::Error) -> SendError {
    let reason = one_line(&e.to_string());
    match e {
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => SendError::Tls {
            server: url.to_owned(),
            reason,
        },
        _ => SendError::Unreachable {
            server: url.to_owned(),
            reason,
        },
    }
}

/// Run the SMS command `cfg` with `{{to}}` and `{{text}}` filled in its arguments and the
/// text on its standard input; exit status 0 means sent. What it printed.
pub(super) fn command(cfg: &SmsCommand, to: &str, text: &str) -> Result<String, SendError> {
    let values = [("to", to), ("text", text)];
    let argv: Vec<String> = cfg
        .command
        .iter()
        // The config file's check let only these names through (see `http`).
        .map(|word| fill(word, &values).unwrap_or_else(|_| word.clone()))
        .collect();
    let program = argv.first().cloned().unwrap_or_default();
    let fail = |outcome, stderr: &[u8]| SendError::Command {
        program: program.clone(),
        outcome,
        stderr: one_line(&String::from_utf8_lossy(stderr)),
    };
    let done = command::run(&argv, text.as_bytes(), cfg.timeout).map_err(|o| fail(o, b""))?;
    if !done.status.success() {
        return Err(fail(command::failure(done.status), &done.stderr));
    }
    Ok(one_line(&String::from_utf8_lossy(&done.stdout)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_lose_their_punctuation() {
        let ok = |n: &str| phone_number(n).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ok(" +48 600-100-200 "), "+48600100200");
        assert_eq!(ok("(42) 600.10.20"), "426001020");
        for bad in ["", "+", "600 100 2OO", "48+600", "tel. 600"] {
            assert!(
                matches!(phone_number(bad), Err(SendError::BadPhone { .. })),
                "{bad:?}"
            );
        }
    }
}
