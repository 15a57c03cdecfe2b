//! Passwords and tokens, read when a message is sent (never when the config loads, so a
//! command that sends nothing does not need them, and a changed file is picked up). Each
//! value read is remembered by `redact`, which hides it in whatever a server answers.

use crate::config::Secret;
use crate::i18n::Message;

use super::error::SendError;

/// The secret's value; `key` names the setting for the message without its `_file` or
/// `_env` (`email.smtp.password`).
pub(super) fn read(secret: &Secret, key: &str) -> Result<String, SendError> {
    match secret {
        Secret::File(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                SendError::Config(
                    Message::new("comms.err.secret_file")
                        .arg(path.display())
                        .arg(format!("{key}_file"))
                        .arg(e),
                )
            })?;
            // Editors and `echo` end the file with a newline that is not part of the secret.
            let value = text.trim_end_matches(['\n', '\r']);
            if value.is_empty() {
                return Err(SendError::Config(
                    Message::new("comms.err.secret_file_empty")
                        .arg(path.display())
                        .arg(format!("{key}_file")),
                ));
            }
            super::redact::remember(value);
            Ok(value.to_owned())
        }
        Secret::Env(name) => match std::env::var(name) {
            Ok(value) if !value.is_empty() => {
                super::redact::remember(&value);
                Ok(value)
            }
            _ => Err(SendError::Config(
                Message::new("comms.err.secret_env")
                    .arg(name)
                    .arg(format!("{key}_env")),
            )),
        },
    }
}
