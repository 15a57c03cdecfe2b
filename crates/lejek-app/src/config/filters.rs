//! Saved filters (`@name`) and the filter each list starts with, from the config file.
//!
//! A saved filter is text: `@name` is replaced by `(its filter)` before the filter is parsed,
//! so it works wherever a term does (`@overdue value>1000`, `-@vip`, `(@a or @b)`), in the
//! CLI and in the TUI's filter line, through a server too. `@all` alone means everything,
//! without the list's default filter. To search for text that starts with `@`, quote it.

use std::collections::BTreeMap;

use super::error::{BadFilter, ConfigError, Problem};
use super::file::{ALL, FileValues, VIEWS, is_name_char, view_key};
use crate::filter::{Ctx, FilterError, MAX_CHARS, Schema};
use crate::i18n::Message;
use crate::service::query::FilterOf;
use crate::service::views::{CAMPAIGN_SCHEMA, CONTACT_SCHEMA, DEAL_SCHEMA, TASK_SCHEMA};

/// A filter from the config file and the line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterEntry {
    pub text: String,
    pub line: usize,
}

/// Saved filters by name, and the default filter of each list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    saved: BTreeMap<String, FilterEntry>,
    defaults: Vec<(FilterOf, FilterEntry)>,
}

/// How deep `@a` may refer to `@b` which refers to `@c`...: far beyond any real use, and a
/// guard against a cycle the stack check would miss (there is none, but it costs nothing).
const MAX_DEPTH: usize = 32;

impl Filters {
    /// The filters a file sets, checked: every `@name` they use exists (without a cycle),
    /// and each parses (a default filter for its list, a saved one for at least one list).
    /// Dictionary values (`stage:neg`) are checked when the filter runs, against the
    /// database's dictionaries.
    pub fn from_file(
        file: &str,
        values: &FileValues,
        today: chrono::NaiveDate,
    ) -> Result<Filters, ConfigError> {
        let filters = Filters {
            saved: values
                .saved_filters
                .iter()
                .map(|(name, l)| {
                    let entry = FilterEntry {
                        text: l.value.clone(),
                        line: l.line,
                    };
                    (name.clone(), entry)
                })
                .collect(),
            defaults: values
                .default_filters
                .iter()
                .map(|(of, l)| {
                    let entry = FilterEntry {
                        text: l.value.clone(),
                        line: l.line,
                    };
                    (*of, entry)
                })
                .collect(),
        };
        let fail =
            |key: String, entry: &FilterEntry, expanded: &str, error: FilterError| ConfigError {
                file: file.to_owned(),
                line: entry.line,
                problem: Problem::Filter(Box::new(BadFilter {
                    key,
                    expanded: (expanded != entry.text).then(|| expanded.to_owned()),
                    error,
                })),
                lang: Default::default(),
            };
        for (of, entry) in &filters.defaults {
            let expanded = filters
                .expand(&entry.text)
                .map_err(|m| ConfigError::at(file, entry.line, m))?;
            check(*of, &expanded, today).map_err(|e| {
                let key = format!("default_filter.{}", view_key(*of));
                fail(key, entry, &expanded, e)
            })?;
        }
        for (name, entry) in &filters.saved {
            let expanded = filters
                .expand(&entry.text)
                .map_err(|m| ConfigError::at(file, entry.line, m))?;
            // A saved filter is for any list that has its fields; it is wrong only when no
            // list can read it. Then the list that read furthest says what stopped it.
            let errors: Vec<FilterError> = VIEWS
                .iter()
                .map(|(of, _)| check(*of, &expanded, today))
                .map_while(Result::err)
                .collect();
            if errors.len() == VIEWS.len()
                && let Some(e) = errors.into_iter().max_by_key(|e| e.col)
            {
                return Err(fail(format!("saved_filters.{name}"), entry, &expanded, e));
            }
        }
        Ok(filters)
    }

    /// Saved filters, by name.
    pub fn saved(&self) -> impl Iterator<Item = (&str, &FilterEntry)> {
        self.saved.iter().map(|(n, e)| (n.as_str(), e))
    }

    /// The default filter of a list, as written in the file.
    pub fn default_for(&self, of: FilterOf) -> Option<&FilterEntry> {
        self.defaults.iter().find(|(o, _)| *o == of).map(|(_, e)| e)
    }

    /// The filter a list runs with: the list's default when none is given (blank), else
    /// what was given, with `@name`s expanded either way.
    pub fn for_list(&self, of: FilterOf, given: &str) -> Result<String, Message> {
        match self.default_for(of) {
            Some(d) if given.trim().is_empty() => self.expand(&d.text),
            _ => self.expand(given),
        }
    }

    /// `text` with every `@name` replaced by `(its filter)`; `@all` alone is the empty
    /// (match-everything) filter.
    pub fn expand(&self, text: &str) -> Result<String, Message> {
        if text.trim() == format!("@{ALL}") {
            return Ok(String::new());
        }
        let mut stack = Vec::new();
        self.expand_in(text, &mut stack)
    }

    fn expand_in(&self, text: &str, stack: &mut Vec<String>) -> Result<String, Message> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        // Mirrors the filter lexer: a token starts after a space or a parenthesis, after a
        // `-` that starts one, and after a closing quote; `@` matters only there, so an
        // e-mail (`email:jan@firma.pl`) or a quoted phrase (`"@home"`) stays as it is.
        let mut at_start = true;
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            match c {
                '"' => {
                    let end = quote_end(&chars, i);
                    out.extend(&chars[i..end]);
                    i = end;
                    at_start = true;
                    continue;
                }
                '@' if at_start => {
                    let name_end = i
                        + 1
                        + chars[i + 1..]
                            .iter()
                            .take_while(|&&c| is_name_char(c))
                            .count();
                    if name_end > i + 1 {
                        let name: String = chars[i + 1..name_end].iter().collect();
                        out.push('(');
                        out.push_str(&self.saved_text(&name, stack)?);
                        out.push(')');
                        // A few saved filters that each use another twice would otherwise
                        // expand to 2^32 copies; past the parser's limit nothing can run.
                        if out.chars().nth(MAX_CHARS).is_some() {
                            return Err(
                                Message::new("limits.filter.expands_too_long").arg(MAX_CHARS)
                            );
                        }
                        i = name_end;
                        at_start = false;
                        continue;
                    }
                    at_start = false;
                }
                '-' if at_start => {}
                c if c.is_whitespace() || c == '(' || c == ')' => at_start = true,
                _ => at_start = false,
            }
            out.push(c);
            i += 1;
        }
        Ok(out)
    }

    /// The expanded text of saved filter `name`.
    fn saved_text(&self, name: &str, stack: &mut Vec<String>) -> Result<String, Message> {
        if name == ALL {
            return Err(Message::new("config.err.all_alone"));
        }
        let Some(entry) = self.saved.get(name) else {
            return Err(match self.saved.is_empty() {
                true => Message::new("config.err.saved_none").arg(name),
                false => {
                    let known: Vec<String> = self.saved.keys().map(|n| format!("@{n}")).collect();
                    Message::new("config.err.saved_unknown")
                        .arg(name)
                        .arg(known.join(", "))
                }
            });
        };
        if stack.iter().any(|n| n == name) || stack.len() >= MAX_DEPTH {
            return Err(Message::new("config.err.saved_cycle").arg(name));
        }
        stack.push(name.to_owned());
        let expanded = self.expand_in(&entry.text, stack);
        stack.pop();
        expanded
    }
}

/// Where the quoted string opening at `start` ends (just past its closing quote, or at the
/// end of the text: the filter parser reports an unterminated quote itself).
fn quote_end(chars: &[char], start: usize) -> usize {
    let mut i = start + 1;
    while let Some(&c) = chars.get(i) {
        match c {
            '"' => return i + 1,
            '\\' => i += 2,
            _ => i += 1,
        }
    }
    chars.len()
}

fn schema(of: FilterOf) -> &'static Schema {
    match of {
        FilterOf::Deal => &DEAL_SCHEMA,
        FilterOf::Contact => &CONTACT_SCHEMA,
        FilterOf::Campaign => &CAMPAIGN_SCHEMA,
        FilterOf::Task => &TASK_SCHEMA,
    }
}

/// Does `text` parse for list `of`? Without the database's dictionaries any value of a
/// dictionary field passes; fields, operators, dates and amounts are checked.
///
/// A field the schema does not know may be a custom field of a database (issue 20), which
/// the settings file cannot know: a name that could be one passes, and the filter is checked
/// against the database when it is used.
fn check(of: FilterOf, text: &str, today: chrono::NaiveDate) -> Result<(), FilterError> {
    match crate::filter::parse(text, schema(of), &Ctx::new(today, "me")) {
        Err(FilterError {
            kind: crate::filter::FilterErrorKind::UnknownField { name, .. },
            ..
        }) if matches!(of, FilterOf::Deal | FilterOf::Contact)
            && crate::model::custom_field::valid_name(&name.to_lowercase())
            && !builtin(&name) =>
        {
            Ok(())
        }
        other => other.map(|_| ()),
    }
}

/// A field of a built-in list: not a custom field's name, as a saved filter (for any
/// list) would take it.
fn builtin(name: &str) -> bool {
    [
        FilterOf::Deal,
        FilterOf::Contact,
        FilterOf::Campaign,
        FilterOf::Task,
    ]
    .iter()
    .any(|of| schema(*of).field(name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::file::parse;
    use crate::i18n::Lang;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
    }

    fn filters(toml: &str) -> Result<Filters, ConfigError> {
        let values = parse("c.toml", toml)?;
        Filters::from_file("c.toml", &values, today())
    }

    fn ok(toml: &str) -> Filters {
        filters(toml).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
    }

    const SAVED: &str = "[saved_filters]\n\
        \"moje-zaległe\" = \"owner:me next:overdue\"\n\
        vip = \"tag:vip\"\n\
        both = \"@vip or @moje-zaległe\"\n";

    #[test]
    fn names_become_their_filters_in_parentheses() {
        let f = ok(SAVED);
        let e = |s: &str| {
            f.expand(s)
                .unwrap_or_else(|m| panic!("{}", m.render(Lang::En)))
        };
        assert_eq!(e("@moje-zaległe"), "(owner:me next:overdue)");
        assert_eq!(e("@vip value>1000"), "(tag:vip) value>1000");
        assert_eq!(e("-@vip"), "-(tag:vip)");
        assert_eq!(e("(@vip)"), "((tag:vip))");
        assert_eq!(e("@both"), "((tag:vip) or (owner:me next:overdue))");
        assert_eq!(e("  @all "), "");
        // Not at the start of a word, or quoted: text.
        assert_eq!(
            e("email:jan@vip.pl \"@vip\" name:\"x @vip\""),
            "email:jan@vip.pl \"@vip\" name:\"x @vip\""
        );
        assert_eq!(e("a@vip"), "a@vip");
        assert_eq!(e("@ x"), "@ x");
    }

    #[test]
    fn unknown_names_and_cycles_are_errors() {
        let f = ok(SAVED);
        let m = f.expand("@vp").map(|_| ()).unwrap_err().render(Lang::En);
        assert!(
            m.contains("'@vp'") && m.contains("@both, @moje-zaległe, @vip"),
            "{m}"
        );
        let m = f.expand("@all x").map(|_| ()).unwrap_err().render(Lang::En);
        assert!(m.contains("@all"), "{m}");
        let m = Filters::default().expand("@x").map(|_| ()).unwrap_err();
        assert_eq!(m.key, "config.err.saved_none");
        let e = filters("[saved_filters]\na = \"@b\"\nb = \"x @a\"\n")
            .map(|_| ())
            .unwrap_err();
        assert!(
            e.message(Lang::En).contains("refers to itself"),
            "{}",
            e.message(Lang::En)
        );
        let e = filters("[default_filter]\ndeals = \"@nope\"\n")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn a_name_that_may_be_a_custom_field_passes_for_deals_and_contacts() {
        // The settings file cannot know a database's custom fields (issue 20).
        ok("[default_filter]\ndeals = \"waga>10\"\ncontacts = \"branza:transport\"\n");
        ok("[saved_filters]\nciezkie = \"waga>=12,5 owner:me\"\n");
        let e = filters("[default_filter]\ntasks = \"waga>10\"\n")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(e.line, 2);
        // Not a field name at all: still refused.
        assert!(filters("[default_filter]\ndeals = \"Wąga>10\"\n").is_err());
    }

    #[test]
    fn filters_that_do_not_parse_are_errors_at_their_line() {
        let e = filters("[default_filter]\ndeals = \"owner:me\"\ntasks = \"stage:x\"\n")
            .map(|_| ())
            .unwrap_err();
        let m = e.message(Lang::En);
        assert_eq!(e.line, 3);
        assert!(
            m.contains("default_filter.tasks") && m.contains("col 1"),
            "{m}"
        );
        // A saved filter may be for any list, but for one at least.
        ok("[saved_filters]\nd = \"stage:neg\"\nt = \"done:no\"\n");
        let e = filters("\n[saved_filters]\nd = \"value>=((\"\n")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(e.line, 3);
        let e = filters("[saved_filters]\nv = \"tag:vip\"\nd = \"@v next<tomorow\"\n")
            .map(|_| ())
            .unwrap_err();
        let m = e.message(Lang::En);
        assert!(
            m.contains("saved_filters.d (as `(tag:vip) next<tomorow`)"),
            "{m}"
        );
    }

    #[test]
    fn a_list_starts_with_its_default() {
        let f = ok(&format!("{SAVED}[default_filter]\ndeals = \"@vip\"\n"));
        let l = |of, s: &str| f.for_list(of, s).unwrap_or_else(|m| panic!("{m:?}"));
        assert_eq!(l(FilterOf::Deal, ""), "(tag:vip)");
        assert_eq!(l(FilterOf::Deal, " "), "(tag:vip)");
        assert_eq!(l(FilterOf::Deal, "@all"), "");
        assert_eq!(l(FilterOf::Deal, "title:x"), "title:x");
        assert_eq!(l(FilterOf::Task, ""), "");
    }

    #[test]
    fn expansion_that_would_blow_up_is_refused() {
        // f0 uses f1 four times, f1 uses f2 four times...: 4^16 copies of `x` if expanded
        // blindly (it hung before issue 15); stopped once past the filter length limit.
        let mut toml = String::from("[saved_filters]\n");
        for i in 0..16 {
            toml.push_str(&format!(
                "f{i} = \"{}\"\n",
                format!("@f{} ", i + 1).repeat(4)
            ));
        }
        toml.push_str("f16 = \"x\"\n");
        let e = filters(&toml).map(|_| ()).unwrap_err();
        let m = e.message(Lang::En);
        assert!(
            m.contains("saved filters expand to more than 10000 characters"),
            "{m}"
        );
        // A wide but small expansion still works: 4^4 copies of `(x)` and their parentheses.
        let mut small = String::from("[saved_filters]\n");
        for i in 0..4 {
            small.push_str(&format!(
                "f{i} = \"{}\"\n",
                format!("@f{} ", i + 1).repeat(4)
            ));
        }
        small.push_str("f4 = \"x\"\n");
        let f = ok(&small);
        let text = f.expand("@f0").unwrap_or_else(|m| panic!("{m:?}"));
        assert_eq!(text.matches('x').count(), 256);
    }
}
