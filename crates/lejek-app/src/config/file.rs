//! Reading a config file: TOML in, the values it sets (each with its line) out. Every
//! mistake is a `ConfigError` naming the line; nothing here panics on what a user wrote.

use toml::de::DeTable;

use crate::text::toml_spans::{in_file_order, line_at};

use super::ColorMode;
use super::error::ConfigError;
use super::messaging::{Cx, Messaging};
use super::toml_value::{bad_value, string, table};
use crate::i18n::{Lang, Message};
use crate::model::date_format::DateStyle;
use crate::service::query::FilterOf;

/// A value and the 1-based line it is written on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

/// What one config file sets; `None` (or empty) for what it leaves alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileValues {
    /// As written: `~/` and relative paths are resolved by the settings, which know HOME.
    pub database: Option<Located<String>>,
    pub language: Option<Located<Lang>>,
    pub color: Option<Located<ColorMode>>,
    pub date_format: Option<Located<DateStyle>>,
    /// Upper case, three letters.
    pub currency: Option<Located<String>>,
    /// `[default_filter]`: the filter each list starts with, as written.
    pub default_filters: Vec<(FilterOf, Located<String>)>,
    /// `[saved_filters]`: name -> filter, in file order.
    pub saved_filters: Vec<(String, Located<String>)>,
    /// `[email]` and `[sms]`: how messages to contacts leave (issue 8); paths as written.
    pub messaging: Messaging,
}

/// The top-level settings, in the order `config show` and the messages list them.
pub const KEYS: [&str; 9] = [
    "database",
    "language",
    "color",
    "date_format",
    "currency",
    "default_filter",
    "saved_filters",
    "email",
    "sms",
];

/// The lists a default filter can be set for, by their key in `[default_filter]`.
pub const VIEWS: [(FilterOf, &str); 4] = [
    (FilterOf::Deal, "deals"),
    (FilterOf::Contact, "contacts"),
    (FilterOf::Campaign, "campaigns"),
    (FilterOf::Task, "tasks"),
];

const COLORS: [(ColorMode, &str); 3] = [
    (ColorMode::Auto, "auto"),
    (ColorMode::Always, "always"),
    (ColorMode::Never, "never"),
];

/// `auto`, `always` or `never`.
pub fn color_name(mode: ColorMode) -> &'static str {
    COLORS
        .iter()
        .find(|(m, _)| *m == mode)
        .map(|(_, n)| *n)
        .unwrap_or("auto")
}

/// The key of a list in `[default_filter]`.
pub fn view_key(of: FilterOf) -> &'static str {
    VIEWS
        .iter()
        .find(|(o, _)| *o == of)
        .map(|(_, k)| *k)
        .unwrap_or("deals")
}

/// A saved filter's name is what follows `@` in a filter, so it may only hold characters
/// that cannot end or split a filter word.
pub fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// `@all` means "everything, without the list's default filter"; no saved filter may take it.
pub const ALL: &str = "all";

/// Read the settings `text` (the contents of `file`) sets.
pub fn parse(file: &str, text: &str) -> Result<FileValues, ConfigError> {
    // Editors on Windows like to start files with a byte order mark; toml does not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let err = |offset: usize, m: Message| ConfigError::at(file, line_at(text, offset), m);
    let doc = DeTable::parse(text).map_err(|e| {
        err(
            e.span().map(|s| s.start).unwrap_or(0),
            Message::new("config.err.syntax").arg(e.message().trim()),
        )
    })?;
    let mut out = FileValues::default();
    for (key, value) in in_file_order(doc.get_ref()) {
        let name: &str = key.get_ref();
        let at = key.span().start;
        let line = line_at(text, value.span().start);
        match name {
            "database" => {
                let s = string(name, value, &err)?;
                if s.trim().is_empty() {
                    return Err(err(at, Message::new("config.err.empty").arg(name)));
                }
                out.database = Some(Located {
                    value: s.to_owned(),
                    line,
                });
            }
            "language" => {
                let s = string(name, value, &err)?;
                let lang =
                    Lang::parse(s.trim()).ok_or_else(|| bad_value(&err, at, name, s, "pl, en"))?;
                out.language = Some(Located { value: lang, line });
            }
            "color" => {
                let s = string(name, value, &err)?;
                let folded = s.trim().to_ascii_lowercase();
                let mode = COLORS
                    .iter()
                    .find(|(_, n)| *n == folded)
                    .map(|(m, _)| *m)
                    .ok_or_else(|| bad_value(&err, at, name, s, "auto, always, never"))?;
                out.color = Some(Located { value: mode, line });
            }
            "date_format" => {
                let s = string(name, value, &err)?;
                let style = DateStyle::parse(s)
                    .ok_or_else(|| bad_value(&err, at, name, s, "auto, iso, pl"))?;
                out.date_format = Some(Located { value: style, line });
            }
            "currency" => {
                let s = string(name, value, &err)?;
                let code = s.trim().to_ascii_uppercase();
                if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                    return Err(err(at, Message::new("config.err.currency").arg(s)));
                }
                out.currency = Some(Located { value: code, line });
            }
            "default_filter" => {
                for (view, filter) in in_file_order(table(name, value, &err)?) {
                    let key: &str = view.get_ref();
                    let Some((of, _)) = VIEWS.iter().find(|(_, k)| *k == key) else {
                        let known: Vec<&str> = VIEWS.iter().map(|(_, k)| *k).collect();
                        return Err(err(
                            view.span().start,
                            Message::new("config.err.unknown_view")
                                .arg(key)
                                .arg(known.join(", ")),
                        ));
                    };
                    let text_of = string(&format!("{name}.{key}"), filter, &err)?;
                    out.default_filters.push((
                        *of,
                        Located {
                            value: text_of.to_owned(),
                            line: line_at(text, filter.span().start),
                        },
                    ));
                }
            }
            "saved_filters" => {
                for (saved, filter) in in_file_order(table(name, value, &err)?) {
                    let key: &str = saved.get_ref();
                    let at = saved.span().start;
                    if key.is_empty() || !key.chars().all(is_name_char) {
                        return Err(err(at, Message::new("config.err.saved_name").arg(key)));
                    }
                    if key == ALL {
                        return Err(err(at, Message::new("config.err.reserved")));
                    }
                    let text_of = string(&format!("{name}.{key}"), filter, &err)?;
                    out.saved_filters.push((
                        key.to_owned(),
                        Located {
                            value: text_of.to_owned(),
                            line: line_at(text, filter.span().start),
                        },
                    ));
                }
            }
            "email" | "sms" => {
                let cx = Cx { text, err: &err };
                match name {
                    "email" => out.messaging.read_email(&cx, value)?,
                    _ => out.messaging.read_sms(&cx, value)?,
                }
            }
            other => {
                return Err(err(
                    at,
                    Message::new("config.err.unknown_key")
                        .arg(other)
                        .arg(KEYS.join(", ")),
                ));
            }
        }
    }
    Ok(out)
}

/// The `language` a file sets, if it can be read that far: the language to report the file's
/// other mistakes in.
pub fn language_in(text: &str) -> Option<Lang> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = DeTable::parse(text).ok()?;
    let value = doc.get_ref().get("language")?;
    Lang::parse(value.get_ref().as_str()?.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> (usize, String) {
        match parse("c.toml", text) {
            Ok(v) => panic!("{text:?} parsed: {v:?}"),
            Err(e) => (e.line, e.message(Lang::En)),
        }
    }

    #[test]
    fn every_setting_with_its_line() {
        let text = "\
# a comment
database = \"~/crm\"
language = \"pl\"
color = \"never\"
date_format = \"iso\"
currency = \"eur\"

[default_filter]
tasks = \"done:no\"
deals = \"owner:me\"

[saved_filters]
\"moje-zaległe\" = \"next:overdue\"
big = \"value>1000\"
";
        let v = parse("c.toml", text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            v.database.map(|d| (d.value, d.line)),
            Some(("~/crm".into(), 2))
        );
        assert_eq!(v.language.map(|l| l.value), Some(Lang::Pl));
        assert_eq!(v.color.map(|c| c.value), Some(ColorMode::Never));
        assert_eq!(v.date_format.map(|d| d.value), Some(DateStyle::Iso));
        assert_eq!(v.currency.map(|c| c.value), Some("EUR".into()));
        let views: Vec<(FilterOf, usize)> = v
            .default_filters
            .iter()
            .map(|(o, l)| (*o, l.line))
            .collect();
        assert_eq!(views, [(FilterOf::Task, 9), (FilterOf::Deal, 10)]);
        let saved: Vec<(&str, &str, usize)> = v
            .saved_filters
            .iter()
            .map(|(n, l)| (n.as_str(), l.value.as_str(), l.line))
            .collect();
        assert_eq!(
            saved,
            [
                ("moje-zaległe", "next:overdue", 13),
                ("big", "value>1000", 14)
            ]
        );
    }

    #[test]
    fn an_empty_file_sets_nothing() {
        assert_eq!(parse("c.toml", ""), Ok(FileValues::default()));
        assert_eq!(
            parse("c.toml", "\u{feff}# only comments\n"),
            Ok(FileValues::default())
        );
    }

    #[test]
    fn mistakes_name_the_line() {
        let (line, m) = problem("language = \"pl\"\ncolour = \"never\"\n");
        assert_eq!(line, 2);
        assert!(
            m.starts_with("config: c.toml:2: unknown setting 'colour'"),
            "{m}"
        );
        let (line, m) = problem("\n\ncolor = \"sometimes\"\n");
        assert_eq!(line, 3);
        assert!(
            m.contains("'sometimes'") && m.contains("auto, always, never"),
            "{m}"
        );
        let (line, m) = problem("language = 5\n");
        assert_eq!(line, 1);
        assert!(m.contains("'language'"), "{m}");
        let (line, m) = problem("a = \"b\"\nlanguage = \"pl\n");
        assert_eq!(line, 2);
        assert!(m.contains("not valid TOML"), "{m}");
        let (line, _) = problem("[default_filter]\ndeals = \"x\"\nleads = \"y\"\n");
        assert_eq!(line, 3);
        let (_, m) = problem("default_filter = \"x\"\n");
        assert!(m.contains("[default_filter]"), "{m}");
        let (line, m) = problem("[saved_filters]\n\"a b\" = \"x\"\n");
        assert_eq!(line, 2);
        assert!(m.contains("'a b'"), "{m}");
        let (_, m) = problem("[saved_filters]\nall = \"x\"\n");
        assert!(m.contains("reserved"), "{m}");
        let (_, m) = problem("currency = \"złoty\"\n");
        assert!(m.contains("'złoty'"), "{m}");
        let (_, m) = problem("database = \"\"\n");
        assert!(m.contains("'database'"), "{m}");
    }

    #[test]
    fn the_language_of_a_broken_file() {
        assert_eq!(
            language_in("language = \"pl\"\ncolour = 1\n"),
            Some(Lang::Pl)
        );
        assert_eq!(language_in("language = \"pl\n"), None);
        assert_eq!(language_in("color = \"never\"\n"), None);
    }

    /// Documents nested 20,000 deep, each way TOML nests: arrays, inline tables, dotted keys
    /// in a key and in a table header. Shared with the keymap's tests.
    pub(crate) fn deeply_nested_toml() -> Vec<String> {
        let n = 20_000;
        vec![
            format!("search = {}1{}", "[".repeat(n), "]".repeat(n)),
            format!("search = {}1{}", "{ a = ".repeat(n), " }".repeat(n)),
            format!("{}a = 1", "a.".repeat(n)),
            format!("[{}a]", "a.".repeat(n)),
            format!("[[{}a]]", "a.".repeat(n)),
            format!("search = {}", "[".repeat(n)),
        ]
    }

    #[test]
    fn nesting_thousands_deep_is_a_syntax_error_not_a_crash() {
        // toml 1.x stops at 80 levels (its default, without the `unbounded` feature); this
        // keeps that true should the feature or the crate change (issue 15 item 4).
        for text in deeply_nested_toml() {
            let (line, m) = problem(&text);
            assert_eq!(line, 1, "{m}");
            assert!(m.contains("c.toml:1: not valid TOML"), "{m}");
        }
    }
}
