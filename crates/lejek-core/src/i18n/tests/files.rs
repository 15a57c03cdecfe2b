//! The Fluent files themselves: they parse, both languages have the same messages with the
//! same variables, and every id maps back to its key.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::i18n::catalogue::{Catalogue, id_of, key_of, names};
use crate::i18n::files::AREAS;
use crate::i18n::{Lang, keys};

/// Per message of one file: (the `# Variables:` names, the variables its pattern uses).
type Vars = BTreeMap<String, (Vec<String>, BTreeSet<String>)>;

fn messages(source: &str, what: &str) -> Vars {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{what}: {errors:#?}"));
    let mut out = Vars::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let declared = m.comment.as_ref().map(names).unwrap_or_default();
                let mut used = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut used);
                }
                assert!(
                    m.attributes.is_empty(),
                    "{what}: {} has attributes",
                    m.id.name
                );
                out.insert(m.id.name.to_owned(), (declared, used));
            }
            ast::Entry::Junk { content } => panic!("{what}: junk {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_file_parses_and_loads_without_error() {
    for lang in [Lang::En, Lang::Pl] {
        for (area, source) in crate::i18n::catalogue::sources(lang) {
            messages(source, &format!("{lang:?}/{area}.ftl"));
        }
        let c = Catalogue::load(lang);
        assert!(c.errors.is_empty(), "{lang:?}: {:#?}", c.errors);
    }
}

#[test]
fn both_languages_have_the_same_messages_and_variables() {
    for area in AREAS {
        let en = messages(area.en, &format!("en/{}.ftl", area.name));
        let pl = messages(area.pl, &format!("pl/{}.ftl", area.name));
        let (en_ids, pl_ids): (BTreeSet<_>, BTreeSet<_>) =
            (en.keys().collect(), pl.keys().collect());
        let only_en: Vec<_> = en_ids.difference(&pl_ids).collect();
        let only_pl: Vec<_> = pl_ids.difference(&en_ids).collect();
        assert!(
            only_en.is_empty(),
            "{}: missing in pl: {only_en:?}",
            area.name
        );
        assert!(
            only_pl.is_empty(),
            "{}: missing in en: {only_pl:?}",
            area.name
        );
        for (id, (declared, en_used)) in &en {
            let (pl_declared, pl_used) = &pl[id];
            assert_eq!(declared, pl_declared, "{id}: '# Variables:' differ");
            let named: BTreeSet<String> = declared.iter().cloned().collect();
            assert_eq!(named.len(), declared.len(), "{id}: a variable named twice");
            assert!(
                en_used.is_subset(&named),
                "{id}: en uses {en_used:?}, declares {declared:?}"
            );
            assert!(
                pl_used.is_subset(&named),
                "{id}: pl uses {pl_used:?}, declares {declared:?}"
            );
            let used: BTreeSet<String> = en_used.union(pl_used).cloned().collect();
            assert_eq!(
                used, named,
                "{id}: a declared variable neither language uses"
            );
            for n in declared {
                let positional = n.len() > 1 && n.starts_with('a') && n[1..].parse::<u32>().is_ok();
                assert!(!positional, "{id}: name ${n} for what it is");
            }
        }
    }
}

#[test]
fn every_id_round_trips_to_its_key() {
    for lang in [Lang::En, Lang::Pl] {
        let mut seen = BTreeSet::new();
        for key in keys(lang) {
            let ok = key.starts_with(|c: char| c.is_ascii_lowercase())
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.".contains(c));
            assert!(ok, "{key}: keys are [a-z0-9_.]");
            assert_eq!(key_of(&id_of(key)), key);
            assert!(seen.insert(key), "{lang:?}: {key} twice");
        }
        assert!(seen.len() > 1000, "{lang:?}: {} messages", seen.len());
    }
}
