//! One language's messages: its Fluent files (`files.rs`) parsed once into a bundle, the
//! texts without variables rendered at load (so `tr` can hand out `&'static str`), and each
//! message's variable names in call order, read from its `# Variables:` comment.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::files::AREAS;
use super::lang::Lang;

pub(super) struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Key (`batch.done`) -> its text with no arguments; a message with variables shows them
    /// as `{$name}` (what `tr` gives for it: a bug a test looks for, not a crash).
    texts: HashMap<String, String>,
    /// Every key, in file order.
    keys: Vec<String>,
    /// Fluent id -> variable names in call order; read on the first message with arguments,
    /// so a start that renders none (`--help`) does not parse the files a second time.
    variables: OnceLock<HashMap<String, Vec<String>>>,
    /// What went wrong loading (a syntax error, an id twice): logged, and the tests fail on
    /// any, so a release has none.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) errors: Vec<String>,
}

/// The Fluent id of a key: `batch.done` -> `batch-done` (keys are `[a-z0-9_.]`).
pub(super) fn id_of(key: &str) -> String {
    key.replace('.', "-")
}

/// The key of a Fluent id: `batch-done` -> `batch.done`.
pub(super) fn key_of(id: &str) -> String {
    id.replace('-', ".")
}

/// The files of `lang`, with each area's name.
pub(super) fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    AREAS.iter().map(move |a| {
        let text = match lang {
            Lang::En => a.en,
            Lang::Pl => a.pl,
        };
        (a.name, text)
    })
}

impl Catalogue {
    pub(super) fn load(lang: Lang) -> Catalogue {
        let locale = match lang {
            Lang::En => "en",
            Lang::Pl => "pl",
        };
        // The plural rules come from the locale ("pl": one, few, many, other).
        let mut bundle = FluentBundle::new_concurrent(locale.parse().into_iter().collect());
        // No Unicode isolation marks around arguments: they would reach the terminal.
        bundle.set_use_isolating(false);
        let (mut keys, mut errors) = (Vec::new(), Vec::new());
        for (area, source) in sources(lang) {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    errors.extend(errs.iter().map(|e| format!("{locale}/{area}.ftl: {e}")));
                    r
                }
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    keys.push(key_of(m.id.name));
                }
            }
            if let Err(errs) = bundle.add_resource(resource) {
                errors.extend(errs.iter().map(|e| format!("{locale}/{area}.ftl: {e}")));
            }
        }
        for e in &errors {
            tracing::error!("message catalogue: {e}");
        }
        let mut texts = HashMap::with_capacity(keys.len());
        for key in &keys {
            let text = render(&bundle, &id_of(key), None).unwrap_or_default();
            texts.insert(key.clone(), text);
        }
        Catalogue {
            lang,
            bundle,
            texts,
            keys,
            variables: OnceLock::new(),
            errors,
        }
    }

    /// The text of `key` without arguments.
    pub(super) fn text(&self, key: &str) -> Option<&str> {
        self.texts.get(key).map(String::as_str)
    }

    /// The catalogue's own copy of `key`.
    pub(super) fn key(&self, key: &str) -> Option<&str> {
        self.texts.get_key_value(key).map(|(k, _)| k.as_str())
    }

    pub(super) fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }

    /// `key` with `args` given by position: the i-th is the message's i-th variable.
    pub(super) fn format(&self, key: &str, args: &[String]) -> Option<String> {
        if args.is_empty() {
            return self.text(key).map(str::to_owned);
        }
        let id = id_of(key);
        let names = self.variables().get(&id).map(Vec::as_slice).unwrap_or(&[]);
        let mut fluent_args = FluentArgs::with_capacity(names.len());
        for (name, a) in names.iter().zip(args) {
            fluent_args.set(name.as_str(), value(a));
        }
        render(&self.bundle, &id, Some(&fluent_args))
    }

    /// The variable names of the message `id`, in call order.
    pub(super) fn variables(&self) -> &HashMap<String, Vec<String>> {
        self.variables.get_or_init(|| {
            let mut all = HashMap::new();
            for (_, source) in sources(self.lang) {
                let resource = match fluent_syntax::parser::parse(source) {
                    Ok(r) | Err((r, _)) => r,
                };
                for entry in resource.body {
                    if let ast::Entry::Message(m) = entry {
                        let names = m.comment.as_ref().map(names).unwrap_or_default();
                        all.insert(m.id.name.to_owned(), names);
                    }
                }
            }
            all
        })
    }
}

/// The names in a message comment's `Variables: $campaign, $count` line.
pub(super) fn names(comment: &ast::Comment<&str>) -> Vec<String> {
    comment
        .content
        .iter()
        .find_map(|line| line.trim().strip_prefix("Variables:"))
        .map(|list| {
            list.split(',')
                .map(|n| n.trim().trim_start_matches('$').to_owned())
                .filter(|n| !n.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// An argument as Fluent sees it: a whole number is a number (so `{ $count -> [few] ... }`
/// selects by it; it prints as it came), anything else text. Only numbers an f64 holds
/// exactly, so a long id prints digit for digit.
pub(super) fn value(a: &str) -> FluentValue<'_> {
    const EXACT: u64 = 1 << 53;
    match a.parse::<i64>() {
        Ok(n) if n.to_string() == a && n.unsigned_abs() <= EXACT => FluentValue::from(n),
        _ => FluentValue::from(a),
    }
}

fn render(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    // A missing variable renders as `{$name}`; the tests keep every call's arguments complete.
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}
