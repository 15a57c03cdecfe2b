//! The config file (issue 9): `$XDG_CONFIG_HOME/lejek/config.toml` (else
//! `~/.config/lejek/config.toml`; `--config`/`LEJEK_CONFIG` name another) sets the default
//! database, language, colour, date format and currency, each list's default filter and
//! saved filters (`@name`). Flags > environment > config file > defaults.
//!
//! `file` reads the TOML, `filters` expands `@name`s and checks the filters, `settings`
//! resolves every value with where it came from. The CLI loads the settings once, at
//! start-up, and installs them for the process (`install`, `current`).

mod color_mode;
mod error;
mod file;
mod filters;
mod messaging;
#[cfg(test)]
mod messaging_tests;
mod settings;
mod source;
mod toml_value;

use std::sync::OnceLock;

pub use color_mode::ColorMode;
pub use error::{BadFilter, ConfigError, Problem};
pub use file::{KEYS, VIEWS, color_name, view_key};
pub use filters::{FilterEntry, Filters};
pub use messaging::{
    BodyFormat, EmailConfig, EmailTransport, FillError, Messaging, Secret, Security, Sendmail,
    SmsCommand, SmsHttp, SmsTransport, Smtp, UnclosedQuote, fill, split_words, uses,
};
pub use settings::{
    ConfigFile, DEFAULT_CURRENCY, Flags, Inputs, Setting, Settings, default_database,
};
pub use source::Source;

use crate::i18n::Lang;

/// The settings of this process, once the CLI has loaded them.
static CURRENT: OnceLock<Settings> = OnceLock::new();

/// Make `settings` the process's settings (first call wins) and apply the ones that act
/// process-wide (the date format). Returns what is in effect.
pub fn install(settings: Settings) -> &'static Settings {
    let s = CURRENT.get_or_init(|| settings);
    crate::model::date_format::set_style(s.date_format());
    s
}

/// The process's settings: what `install` was given, else the environment and defaults
/// (a library caller, a test of the TUI).
pub fn current() -> &'static Settings {
    CURRENT.get_or_init(Settings::defaults)
}

/// A commented example config file: every setting, explained, none set.
pub fn example(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("example_en.toml"),
        Lang::Pl => include_str!("example_pl.toml"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
    }

    fn load(text: &str) -> Result<Filters, ConfigError> {
        let values = file::parse("example.toml", text)?;
        Filters::from_file("example.toml", &values, today())
    }

    /// The examples set nothing as written, and everything they show works once uncommented.
    #[test]
    fn the_examples_load_commented_and_uncommented() {
        for lang in [Lang::En, Lang::Pl] {
            let text = example(lang);
            let as_written = file::parse("example.toml", text);
            assert_eq!(as_written, Ok(file::FileValues::default()), "{lang:?}");
            let uncommented: String = text
                .lines()
                .map(|l| match l.strip_prefix("# ") {
                    Some(rest) if rest.contains(" = \"") => rest,
                    _ => l,
                })
                .collect::<Vec<_>>()
                .join("\n");
            let values = file::parse("example.toml", &uncommented)
                .unwrap_or_else(|e| panic!("{lang:?}: {}", e.message(Lang::En)));
            for key in ["database", "language", "color", "date_format", "currency"] {
                assert!(
                    uncommented.contains(&format!("\n{key} = ")),
                    "{lang:?} lacks {key}"
                );
            }
            assert_eq!(values.default_filters.len(), VIEWS.len(), "{lang:?}");
            assert!(values.saved_filters.len() >= 3, "{lang:?}");
            if let Err(e) = load(&uncommented) {
                panic!("{lang:?}: {}", e.message(Lang::En));
            }
        }
    }

    /// README's "Configuration" shows the English example as `config init` writes it.
    #[test]
    fn the_readme_shows_the_example() {
        let readme = include_str!("../../../../README.md");
        assert!(
            readme.contains(example(Lang::En)),
            "README.md's Configuration section must contain src/config/example_en.toml verbatim"
        );
    }
}
