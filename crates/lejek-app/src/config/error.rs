//! What can be wrong with a configuration file, said with the file and the line.

use crate::filter::FilterError;
use crate::i18n::{Lang, Message, tr, trf};

/// A configuration file that cannot be used. It is bad input (exit 2), like a bad flag: the
/// user fixes the file and runs the command again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The file as lejek found it (`--config`, `LEJEK_CONFIG` or the default path).
    pub file: String,
    /// 1-based; 0 when the problem is not at a line (the file cannot be read).
    pub line: usize,
    pub problem: Problem,
    /// The language to say it in: `--lang`, `LEJEK_LANG`, the file's own `language` when it
    /// could be read, then `LANG` (the file may be what picks the language).
    pub lang: Lang,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Said by a catalogue message (`config.err.*`).
    Said(Message),
    /// A filter in the file that does not parse.
    Filter(Box<BadFilter>),
}

/// A filter in the file that does not parse (boxed: it is large, and rare).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadFilter {
    /// Which one: `saved_filters.vip`, `default_filter.deals`.
    pub key: String,
    /// The text after `@name`s were replaced, when that differs from what the file says
    /// (the error's column counts in it).
    pub expanded: Option<String>,
    pub error: FilterError,
}

impl ConfigError {
    pub(crate) fn at(file: &str, line: usize, problem: Message) -> ConfigError {
        ConfigError {
            file: file.to_owned(),
            line,
            problem: Problem::Said(problem),
            lang: Lang::En,
        }
    }

    /// Always 2: bad input, nothing was done.
    pub fn exit_code(&self) -> i32 {
        2
    }

    /// One line, e.g. `config: /home/x/.config/lejek/config.toml:7: unknown setting
    /// 'colour'; known: database, language, ...`.
    pub fn message(&self, lang: Lang) -> String {
        let detail = match &self.problem {
            Problem::Said(m) => m.render(lang),
            Problem::Filter(bad) => match &bad.expanded {
                None => trf(
                    lang,
                    "config.err.filter",
                    &[&bad.key, &bad.error.message(lang)],
                ),
                Some(text) => trf(
                    lang,
                    "config.err.filter_expanded",
                    &[&bad.key, text, &bad.error.message(lang)],
                ),
            },
        };
        let prefix = tr(lang, "config.err.prefix");
        match self.line {
            0 => format!("{prefix}: {}: {detail}", self.file),
            line => format!("{prefix}: {}:{line}: {detail}", self.file),
        }
    }

    /// As a service error, for a caller that reports through `service::Error` (rendered now,
    /// in the language chosen for it).
    pub fn into_error(self) -> crate::service::Error {
        let text = self.message(self.lang);
        crate::service::Error::Invalid(Message::new("config.err.as_is").arg(text))
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(self.lang))
    }
}

impl std::error::Error for ConfigError {}

impl From<ConfigError> for crate::service::Error {
    fn from(e: ConfigError) -> crate::service::Error {
        e.into_error()
    }
}
