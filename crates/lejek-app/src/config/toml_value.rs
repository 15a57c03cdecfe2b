//! One value of the config file's TOML read as the type a key wants, or a `ConfigError` at
//! its place: shared by the file's top level (`file`) and its sections (`messaging`).

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::ConfigError;
use crate::i18n::Message;

/// `key = value` where `value` is none of `valid`.
pub fn bad_value(
    err: &impl Fn(usize, Message) -> ConfigError,
    at: usize,
    key: &str,
    value: &str,
    valid: &str,
) -> ConfigError {
    err(
        at,
        Message::new("config.err.bad_value")
            .arg(key)
            .arg(value)
            .arg(valid),
    )
}

/// The string `key` is set to; anything else is an error at the value.
pub fn string<'a>(
    key: &str,
    value: &'a Spanned<DeValue<'_>>,
    err: &impl Fn(usize, Message) -> ConfigError,
) -> Result<&'a str, ConfigError> {
    value.get_ref().as_str().ok_or_else(|| {
        err(
            value.span().start,
            Message::new("config.err.not_string").arg(key),
        )
    })
}

/// The table `key` is; anything else is an error at the value.
pub fn table<'a, 'i>(
    key: &str,
    value: &'a Spanned<DeValue<'i>>,
    err: &impl Fn(usize, Message) -> ConfigError,
) -> Result<&'a DeTable<'i>, ConfigError> {
    value.get_ref().as_table().ok_or_else(|| {
        err(
            value.span().start,
            Message::new("config.err.not_table").arg(key),
        )
    })
}
