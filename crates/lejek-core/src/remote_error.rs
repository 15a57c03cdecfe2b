//! A service error as it travels to another process (the server's answer to a client): a
//! catalogue key, its arguments and the exit code, so the client renders it in its own
//! language. It lives in the core beside `Error` because `Error::Remote` carries it; turning
//! an `Error` into one is `error.rs`'s, so this file needs nothing of `error` (issue 16 item 2).

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, tr_dynamic};

/// A service error as it crosses the socket: a catalogue key with its arguments and the
/// exit code class (2 bad input, 1 failure).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{key} {args:?}")]
pub struct RemoteError {
    pub key: String,
    pub args: Vec<String>,
    pub exit_code: i32,
}

impl RemoteError {
    pub fn new(key: &str, args: &[&dyn std::fmt::Display], exit_code: i32) -> RemoteError {
        RemoteError {
            key: key.to_owned(),
            args: args.iter().map(|a| a.to_string()).collect(),
            exit_code,
        }
    }

    /// One line in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| match a.strip_prefix("col.") {
                Some(_) => tr_dynamic(lang, a).unwrap_or_else(|| a.clone()),
                None => a.clone(),
            })
            .collect();
        crate::i18n::fill(lang, &self.key, &args)
    }
}
