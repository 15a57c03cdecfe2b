//! The settings in effect and where each came from: flags > environment > config file >
//! defaults (issue 9).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::ColorMode;
use super::error::ConfigError;
use super::file::{self, FileValues, Located};
use super::filters::Filters;
use super::messaging::Messaging;
use super::source::Source;
use crate::i18n::Lang;
use crate::model::date_format::DateStyle;

/// A value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Setting<T> {
    fn new(value: T, source: Source) -> Setting<T> {
        Setting { value, source }
    }

    fn from_file(l: Located<T>) -> Setting<T> {
        Setting::new(l.value, Source::File { line: l.line })
    }
}

/// The config file lejek reads, and whether it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigFile {
    pub path: Setting<PathBuf>,
    pub exists: bool,
}

/// Everything the config file can set, resolved with the flags and the environment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// `None` when there is nowhere to look (no `--config`, no XDG_CONFIG_HOME, no HOME).
    pub file: Option<ConfigFile>,
    pub database: Setting<PathBuf>,
    /// The database when `--db`/`LEJEK_DB` is not given: the config file's, else the data
    /// directory's.
    pub database_unflagged: Setting<PathBuf>,
    pub language: Setting<Lang>,
    pub color: Setting<ColorMode>,
    /// The config file's `color`, for a caller that applies the precedence itself.
    pub color_in_file: Option<ColorMode>,
    pub date_format: Setting<DateStyle>,
    pub currency: Setting<String>,
    pub filters: Filters,
    /// `[email]` and `[sms]`: how messages to contacts leave (issue 8), paths resolved.
    pub messaging: Messaging,
}

/// What the settings are resolved from besides the file: the flags, and a way to read the
/// environment (the real one, or a test's).
pub struct Inputs<'a> {
    pub config: Option<PathBuf>,
    pub db: Option<PathBuf>,
    pub lang: Option<String>,
    pub color: Option<ColorMode>,
    pub env: &'a dyn Fn(&str) -> Option<OsString>,
    pub today: chrono::NaiveDate,
}

/// What the command line says that the settings read: the front end fills it in, so the
/// settings need not know the command line's shape (issue 16: config is below the CLI).
#[derive(Clone, Debug, Default)]
pub struct Flags {
    /// `--config` (clap merges `LEJEK_CONFIG`).
    pub config: Option<PathBuf>,
    /// `--db` (clap merges `LEJEK_DB`).
    pub db: Option<PathBuf>,
    /// `--lang`.
    pub lang: Option<String>,
    /// `--color`.
    pub color: Option<ColorMode>,
    /// The command is `lejek serve`: with a database given, the file is not read.
    pub serve: bool,
}

/// The currency of money typed without one, unless the config file says otherwise.
pub const DEFAULT_CURRENCY: &str = "PLN";

impl Settings {
    /// Read the config file and resolve every setting for this command line. Call it once,
    /// early: an invalid file is an error for every command (exit 2, with file and line).
    pub fn load(flags: &Flags) -> Result<Settings, ConfigError> {
        let env = |name: &str| std::env::var_os(name);
        let inputs = Inputs {
            config: flags.config.clone(),
            db: flags.db.clone(),
            lang: flags.lang.clone(),
            color: flags.color,
            env: &env,
            today: crate::service::Clock::from_env().today(),
        };
        // A server told its database (as lejek starts one) needs nothing else from the file,
        // and it inherits the environment of whoever started it: a mistake in their file
        // must not stop the server the team shares.
        if flags.serve && flags.db.is_some() {
            let (values, filters) = (FileValues::default(), Filters::default());
            return Ok(Settings::with_file(&inputs, None, values, filters));
        }
        Settings::resolve(&inputs)
    }

    /// The settings without a command line or a config file: the environment and defaults
    /// (what a library caller gets before anything was installed).
    pub fn defaults() -> Settings {
        let env = |name: &str| std::env::var_os(name);
        let inputs = Inputs {
            config: None,
            db: None,
            lang: None,
            color: None,
            env: &env,
            today: crate::service::Clock::from_env().today(),
        };
        Settings::with_file(&inputs, None, FileValues::default(), Filters::default())
    }

    /// The `language` the config file sets, for what runs before the settings load: `--help`,
    /// which clap prints while it parses. `config` is the `--config` value, if given.
    pub fn file_language(config: Option<PathBuf>) -> Option<crate::i18n::Lang> {
        let env = |name: &str| std::env::var_os(name);
        let inputs = Inputs {
            config,
            db: None,
            lang: None,
            color: None,
            env: &env,
            today: crate::service::Clock::from_env().today(),
        };
        let path = config_file(&inputs)?.value;
        super::file::language_in(&std::fs::read_to_string(path).ok()?)
    }

    /// `load` with the inputs spelled out.
    pub fn resolve(inputs: &Inputs) -> Result<Settings, ConfigError> {
        let file = config_file(inputs);
        let text = match &file {
            Some(f) => read(&f.value)?,
            None => None,
        };
        let (values, filters) = match (&file, &text) {
            (Some(f), Some(text)) => {
                let name = f.value.display().to_string();
                let in_lang = |mut e: ConfigError| {
                    e.lang = error_lang(inputs, file::language_in(text));
                    e
                };
                let values = file::parse(&name, text).map_err(in_lang)?;
                let filters = Filters::from_file(&name, &values, inputs.today).map_err(in_lang)?;
                (values, filters)
            }
            _ => (FileValues::default(), Filters::default()),
        };
        let file = file.map(|path| ConfigFile {
            exists: text.is_some(),
            path,
        });
        Ok(Settings::with_file(inputs, file, values, filters))
    }

    fn with_file(
        inputs: &Inputs,
        file: Option<ConfigFile>,
        values: FileValues,
        filters: Filters,
    ) -> Settings {
        let env = |name: &'static str| (inputs.env)(name).filter(|v| !v.is_empty());
        let file_dir = file
            .as_ref()
            .and_then(|f| f.path.value.parent().map(Path::to_path_buf));

        let database_unflagged = match values.database {
            Some(l) => Setting::new(
                expand_path(&l.value, file_dir.as_deref(), inputs.env),
                Source::File { line: l.line },
            ),
            None => Setting::new(default_database(inputs.env), Source::Default),
        };
        let database = match &inputs.db {
            // clap merges `--db` and `LEJEK_DB`; a value equal to the variable's came from it.
            Some(p) if env("LEJEK_DB").as_deref() == Some(p.as_os_str()) => {
                Setting::new(p.clone(), Source::Env("LEJEK_DB"))
            }
            Some(p) => Setting::new(p.clone(), Source::Flag("--db")),
            None => database_unflagged.clone(),
        };

        // LANG is below the file: it is the system's locale, set everywhere, so a file that
        // says `language = "pl"` is the more deliberate choice.
        let env_str = |name: &'static str| env(name).map(|v| v.to_string_lossy().into_owned());
        let language = if let Some(flag) = inputs.lang.as_deref().filter(|s| !s.is_empty()) {
            Setting::new(
                Lang::parse(flag).unwrap_or_default(),
                Source::Flag("--lang"),
            )
        } else if let Some(v) = env_str("LEJEK_LANG") {
            Setting::new(
                Lang::parse(&v).unwrap_or_default(),
                Source::Env("LEJEK_LANG"),
            )
        } else if let Some(l) = values.language {
            Setting::from_file(l)
        } else if let Some(v) = env_str("LANG") {
            let lang = if v.to_ascii_lowercase().starts_with("pl") {
                Lang::Pl
            } else {
                Lang::En
            };
            Setting::new(lang, Source::Env("LANG"))
        } else {
            Setting::new(Lang::En, Source::Default)
        };

        // NO_COLOR (no-color.org) is the environment's word on colour.
        let color_in_file = values.color.as_ref().map(|l| l.value);
        let color = if let Some(mode) = inputs.color {
            Setting::new(mode, Source::Flag("--color"))
        } else if env("NO_COLOR").is_some() {
            Setting::new(ColorMode::Never, Source::Env("NO_COLOR"))
        } else if let Some(l) = values.color {
            Setting::from_file(l)
        } else {
            Setting::new(ColorMode::Auto, Source::Default)
        };

        let date_format = values
            .date_format
            .map(Setting::from_file)
            .unwrap_or_else(|| Setting::new(DateStyle::Auto, Source::Default));
        let currency = values
            .currency
            .map(Setting::from_file)
            .unwrap_or_else(|| Setting::new(DEFAULT_CURRENCY.to_owned(), Source::Default));

        let mut messaging = values.messaging;
        messaging.resolve_paths(&|p| expand_path(p, file_dir.as_deref(), inputs.env));

        Settings {
            file,
            database,
            database_unflagged,
            language,
            color,
            color_in_file,
            date_format,
            currency,
            filters,
            messaging,
        }
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.language.value
    }

    /// `--color`, then `NO_COLOR` (never), then the config file, then `auto`.
    pub fn color(&self) -> ColorMode {
        self.color.value
    }

    /// The database directory in effect.
    pub fn database(&self) -> &Path {
        &self.database.value
    }

    /// The currency of money typed without one.
    pub fn currency(&self) -> &str {
        &self.currency.value
    }

    /// How dates print.
    pub fn date_format(&self) -> DateStyle {
        self.date_format.value
    }

    /// Saved filters and the lists' default filters.
    pub fn filters(&self) -> &Filters {
        &self.filters
    }

    /// The config file's path, if there is anywhere to look.
    pub fn file_path(&self) -> Option<&Path> {
        self.file.as_ref().map(|f| f.path.value.as_path())
    }
}

/// `--config`/`LEJEK_CONFIG`, else `$XDG_CONFIG_HOME/lejek/config.toml`, else
/// `~/.config/lejek/config.toml`.
fn config_file(inputs: &Inputs) -> Option<Setting<PathBuf>> {
    let env = |name: &str| (inputs.env)(name).filter(|v| !v.is_empty());
    match inputs.config.as_ref().filter(|p| !p.as_os_str().is_empty()) {
        Some(p) if env("LEJEK_CONFIG").as_deref() == Some(p.as_os_str()) => {
            Some(Setting::new(p.clone(), Source::Env("LEJEK_CONFIG")))
        }
        Some(p) => Some(Setting::new(p.clone(), Source::Flag("--config"))),
        None => {
            let dir = match env("XDG_CONFIG_HOME") {
                Some(x) => PathBuf::from(x),
                None => PathBuf::from(env("HOME")?).join(".config"),
            };
            let path = dir.join("lejek").join("config.toml");
            Some(Setting::new(path, Source::Default))
        }
    }
}

/// The file's text; `None` when it does not exist (a missing file means the defaults).
fn read(path: &Path) -> Result<Option<String>, ConfigError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ConfigError::at(
            &path.display().to_string(),
            0,
            crate::i18n::Message::new("config.err.io").arg(e),
        )),
    }
}

/// The language a broken file is reported in: as `language` would be resolved, with the
/// file's own `language` if it could be read.
fn error_lang(inputs: &Inputs, in_file: Option<Lang>) -> Lang {
    let env = |name: &str| {
        (inputs.env)(name)
            .filter(|v| !v.is_empty())
            .map(|v| v.to_string_lossy().into_owned())
    };
    if let Some(flag) = inputs.lang.as_deref().filter(|s| !s.is_empty()) {
        return Lang::parse(flag).unwrap_or_default();
    }
    if let Some(v) = env("LEJEK_LANG") {
        return Lang::parse(&v).unwrap_or_default();
    }
    if let Some(l) = in_file {
        return l;
    }
    match env("LANG") {
        Some(v) if v.to_ascii_lowercase().starts_with("pl") => Lang::Pl,
        _ => Lang::En,
    }
}

/// `$XDG_DATA_HOME/lejek`, else `~/.local/share/lejek`, else `.lejek`.
pub fn default_database(env: &dyn Fn(&str) -> Option<OsString>) -> PathBuf {
    let env = |name: &str| env(name).filter(|v| !v.is_empty());
    if let Some(x) = env("XDG_DATA_HOME") {
        return PathBuf::from(x).join("lejek");
    }
    match env("HOME") {
        Some(h) => Path::new(&h).join(".local/share/lejek"),
        None => PathBuf::from(".lejek"),
    }
}

/// A path from the config file: `~/` is the home directory, and a relative path is relative
/// to the file's directory (not to wherever the command happens to run).
fn expand_path(
    written: &str,
    file_dir: Option<&Path>,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> PathBuf {
    let home = env("HOME").filter(|v| !v.is_empty()).map(PathBuf::from);
    let path = match (written.strip_prefix("~/"), written, home) {
        (Some(rest), _, Some(home)) => home.join(rest),
        (None, "~", Some(home)) => home,
        _ => PathBuf::from(written),
    };
    match file_dir {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
    }

    struct World {
        dir: tempfile::TempDir,
        env: HashMap<&'static str, String>,
    }

    impl World {
        fn new(config: Option<&str>) -> World {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut env = HashMap::new();
            env.insert("XDG_CONFIG_HOME", dir.path().display().to_string());
            env.insert("HOME", "/home/anna".to_owned());
            if let Some(text) = config {
                let path = dir.path().join("lejek");
                std::fs::create_dir_all(&path).expect("mkdir");
                std::fs::write(path.join("config.toml"), text).expect("write");
            }
            World { dir, env }
        }

        fn resolve(&self, db: Option<&str>, lang: Option<&str>) -> Result<Settings, ConfigError> {
            let env = |name: &str| self.env.get(name).map(OsString::from);
            Settings::resolve(&Inputs {
                config: None,
                db: db.map(PathBuf::from),
                lang: lang.map(str::to_owned),
                color: None,
                env: &env,
                today: today(),
            })
        }

        fn ok(&self, db: Option<&str>, lang: Option<&str>) -> Settings {
            self.resolve(db, lang)
                .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
        }
    }

    #[test]
    fn each_level_overrides_the_one_below() {
        let s = World::new(None).ok(None, None);
        assert_eq!(
            s.database.value,
            PathBuf::from("/home/anna/.local/share/lejek")
        );
        assert_eq!(s.database.source, Source::Default);
        assert_eq!(s.language.source, Source::Default);
        assert_eq!(s.file.as_ref().map(|f| f.exists), Some(false));

        let mut w = World::new(Some("database = \"~/crm\"\nlanguage = \"pl\"\n"));
        let s = w.ok(None, None);
        assert_eq!(s.database.value, PathBuf::from("/home/anna/crm"));
        assert_eq!(s.database.source, Source::File { line: 1 });
        assert_eq!(
            (s.lang(), s.language.source.clone()),
            (Lang::Pl, Source::File { line: 2 })
        );

        // LANG is below the file; LEJEK_LANG above it.
        w.env.insert("LANG", "en_US.UTF-8".into());
        assert_eq!(w.ok(None, None).lang(), Lang::Pl);
        w.env.insert("LEJEK_LANG", "en".into());
        w.env.insert("LEJEK_DB", "/env/db".into());
        let s = w.ok(Some("/env/db"), None);
        assert_eq!(
            (s.lang(), s.language.source.clone()),
            (Lang::En, Source::Env("LEJEK_LANG"))
        );
        assert_eq!(s.database.source, Source::Env("LEJEK_DB"));
        // The database without --db is still the file's.
        assert_eq!(s.database_unflagged.value, PathBuf::from("/home/anna/crm"));

        let s = w.ok(Some("/flag/db"), Some("pl"));
        assert_eq!(
            (s.lang(), s.language.source.clone()),
            (Lang::Pl, Source::Flag("--lang"))
        );
        assert_eq!(
            (s.database.value.clone(), s.database.source.clone()),
            (PathBuf::from("/flag/db"), Source::Flag("--db"))
        );
    }

    #[test]
    fn colour_follows_no_color_between_the_flag_and_the_file() {
        let mut w = World::new(Some("color = \"always\"\n"));
        let s = w.ok(None, None);
        assert_eq!(
            (s.color(), s.color_in_file),
            (ColorMode::Always, Some(ColorMode::Always))
        );
        w.env.insert("NO_COLOR", "1".into());
        assert_eq!(w.ok(None, None).color(), ColorMode::Never);
    }

    #[test]
    fn a_relative_database_is_beside_the_file() {
        let w = World::new(Some("database = \"data/crm\"\n"));
        let s = w.ok(None, None);
        assert_eq!(
            s.database.value,
            w.dir.path().join("lejek").join("data/crm")
        );
    }

    #[test]
    fn a_broken_file_is_reported_in_its_own_language() {
        let mut w = World::new(Some("language = \"pl\"\ncolour = \"never\"\n"));
        let e = w.resolve(None, None).map(|_| ()).unwrap_err();
        assert_eq!((e.line, e.lang), (2, Lang::Pl));
        assert!(
            e.message(e.lang).contains("nieznane ustawienie"),
            "{}",
            e.message(e.lang)
        );
        w.env.insert("LEJEK_LANG", "en".into());
        let e = w.resolve(None, None).map(|_| ()).unwrap_err();
        assert_eq!(e.lang, Lang::En);
    }

    #[test]
    fn nowhere_to_look_is_no_file() {
        let env = |_: &str| None;
        let s = Settings::resolve(&Inputs {
            config: None,
            db: None,
            lang: None,
            color: None,
            env: &env,
            today: today(),
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.file, None);
        assert_eq!(s.database.value, PathBuf::from(".lejek"));
    }
}
