//! Message catalogues (pl, en) and the lookup every user-visible text goes through (X4).
//! The messages are Project Fluent files, `crates/lejek-core/i18n/{en,pl}/<area>.ftl` (issue
//! 21): a key `batch.done` is the Fluent id `batch-done`, arguments are given by position and
//! each message's `# Variables:` comment names them in that order. Money and date formats live
//! beside the values (`model::money`, `model::date_format`).

mod catalogue;
mod files;
pub(crate) mod lang;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use catalogue::Catalogue;
pub use lang::Lang;

/// A message to show: a catalogue key and its arguments, rendered in the user's language
/// only at the edge (CLI output, TUI), so the service stays language-free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<String>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, a: impl ToString) -> Message {
        self.args.push(a.to_string());
        self
    }

    /// A whole message as an argument (a refused record's reason inside "restore refused
    /// record X"): kept as text, so it crosses the socket like any argument, and rendered in
    /// the reader's language with the rest.
    pub fn arg_message(mut self, m: &Message) -> Message {
        self.args.push(m.packed());
        self
    }

    /// This message as one text that renders back in any language where an argument is
    /// expected (`arg_message`; a `check` problem's detail).
    pub fn packed(&self) -> String {
        let mut packed = format!("{NESTED}{}", self.key);
        for a in &self.args {
            packed.push(NESTED_ARG);
            packed.push_str(a);
        }
        packed
    }

    /// Arguments that are themselves catalogue keys of field labels (`col.title`) are
    /// translated too, so "title must not be empty" reads right in Polish.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<String> = self.args.iter().map(|a| render_arg(lang, a)).collect();
        fill(lang, self.key, &args)
    }
}

/// Marks an argument that is a message (`arg_message`), and separates its own arguments.
const NESTED: char = '\u{1}';
const NESTED_ARG: char = '\u{2}';

fn render_arg(lang: Lang, a: &str) -> String {
    if let Some(packed) = a.strip_prefix(NESTED) {
        let mut parts = packed.split(NESTED_ARG);
        let key = parts.next().unwrap_or_default();
        if let Some(key) = static_key(key) {
            let args: Vec<String> = parts.map(|p| render_arg(lang, p)).collect();
            return fill(lang, key, &args);
        }
        return packed.replace(NESTED_ARG, " ");
    }
    match a.strip_prefix("col.") {
        Some(_) => tr_dynamic(lang, a).unwrap_or_else(|| a.to_owned()),
        None => a.to_owned(),
    }
}

/// The text for `key` in `lang`, for a message without variables (a message with them goes
/// through `trf` or `Message`); English when Polish lacks it, the key itself when both do (a
/// test keeps the catalogues complete, so that is a bug, not a crash).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    let text = text(lang, key).unwrap_or(key);
    // A message with variables shows them as `{$name}` here: its caller wants `trf`.
    debug_assert!(
        !text.contains("{$"),
        "{key} has variables: use trf or Message"
    );
    text
}

/// Translate with arguments given by position: the i-th fills the message's i-th variable
/// (its `# Variables:` comment); a whole number selects plural forms.
pub fn trf(lang: Lang, key: &'static str, args: &[&dyn std::fmt::Display]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    fill(lang, key, &args)
}

/// Look up a key known only at run time.
pub fn tr_dynamic(lang: Lang, key: &str) -> Option<String> {
    text(lang, key).map(str::to_owned)
}

/// The catalogue's own `&'static str` for `key`, None when the catalogue lacks it (for keys
/// that came over the socket into types that hold static keys).
pub fn static_key(key: &str) -> Option<&'static str> {
    EN.key(key)
}

/// Every key of `lang`'s catalogues: for tests that check a family of keys (`help.*`) against
/// what uses it.
pub fn keys(lang: Lang) -> impl Iterator<Item = &'static str> {
    catalogue(lang).keys()
}

/// Each language's catalogue, parsed on first use.
static EN: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::load(Lang::En));
static PL: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::load(Lang::Pl));

fn catalogue(lang: Lang) -> &'static Catalogue {
    match lang {
        Lang::En => &EN,
        Lang::Pl => &PL,
    }
}

fn text(lang: Lang, key: &str) -> Option<&'static str> {
    match lang {
        Lang::Pl => PL.text(key).or_else(|| EN.text(key)),
        Lang::En => EN.text(key),
    }
}

/// `key` in `lang` with `args` by position (also for keys that came over the socket); English
/// when Polish lacks it, the key itself when both do.
pub(crate) fn fill(lang: Lang, key: &str, args: &[String]) -> String {
    let found = match lang {
        Lang::Pl => PL.format(key, args).or_else(|| EN.format(key, args)),
        Lang::En => EN.format(key, args),
    };
    found.unwrap_or_else(|| key.to_owned())
}
