//! Message templates (SPEC D12, issue 8): text with `{{placeholder}}`s. The syntax is kept
//! small enough to parse exactly, by hand: `{{` name `}}`, names from a fixed list, `{{{{`
//! for a literal `{{`. An unknown name is an error when the template is saved, with where
//! it is, never a surprise when it is sent.

use std::collections::HashMap;

/// Every placeholder a template may use.
pub const PLACEHOLDERS: &[&str] = &[
    "contact.name",
    "contact.first_name",
    "contact.email",
    "contact.phone",
    "contact.city",
    "deal.title",
    "deal.value",
    "deal.stage",
    "deal.next_activity",
    "owner.name",
    "owner.login",
    "campaign.name",
    "today",
];

/// One piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Field(&'static str),
}

/// A template that parsed: its pieces in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

/// Why a template does not parse, and where (1-based line and column of the `{{`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("line {line}, column {column}: unknown placeholder {{{{{name}}}}}")]
    Unknown {
        name: String,
        line: usize,
        column: usize,
    },
    #[error("line {line}, column {column}: '{{{{' without a closing '}}}}'")]
    Unclosed { line: usize, column: usize },
}

impl Template {
    /// Parse `text`; the first mistake is reported.
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("{{") {
            literal.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            if let Some(more) = after.strip_prefix("{{") {
                // `{{{{` is a literal `{{`.
                literal.push_str("{{");
                rest = more;
                continue;
            }
            // Where this `{{` is, counted only for an error: counting for every placeholder
            // made a long template quadratic (issue 15: a stored template can come in through
            // a restore or an import, past the service's length check).
            let offset = text.len() - rest.len() + at;
            let Some(end) = after.find("}}") else {
                let (line, column) = position(text, offset);
                return Err(TemplateError::Unclosed { line, column });
            };
            let name = after[..end].trim();
            let Some(known) = PLACEHOLDERS.iter().find(|p| **p == name) else {
                let (line, column) = position(text, offset);
                return Err(TemplateError::Unknown {
                    name: name.to_owned(),
                    line,
                    column,
                });
            };
            if !literal.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut literal)));
            }
            parts.push(Part::Field(known));
            rest = &after[end + 2..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template { parts })
    }

    /// The text with each placeholder replaced by its value in `values` (a missing value is
    /// empty: a contact without a city, say).
    pub fn render(&self, values: &HashMap<&'static str, String>) -> String {
        let mut out = String::new();
        for p in &self.parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Field(f) => out.push_str(values.get(f).map(String::as_str).unwrap_or("")),
            }
        }
        out
    }

    /// The placeholders used, in order of first use.
    pub fn fields(&self) -> Vec<&'static str> {
        let mut seen = Vec::new();
        for p in &self.parts {
            if let Part::Field(f) = p
                && !seen.contains(f)
            {
                seen.push(*f);
            }
        }
        seen
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> HashMap<&'static str, String> {
        HashMap::from([
            ("contact.first_name", "Łucja".to_owned()),
            ("deal.title", "Ulotki A5".to_owned()),
            ("deal.value", "1 234,56 zł".to_owned()),
        ])
    }

    #[test]
    fn placeholders_are_filled_and_text_kept() {
        let t = Template::parse(
            "Dzień dobry {{contact.first_name}},\noferta „{{ deal.title }}”: {{deal.value}}.",
        )
        .expect("parses");
        assert_eq!(
            t.render(&values()),
            "Dzień dobry Łucja,\noferta „Ulotki A5”: 1 234,56 zł."
        );
        assert_eq!(
            t.fields(),
            ["contact.first_name", "deal.title", "deal.value"]
        );
    }

    #[test]
    fn a_missing_value_is_empty_and_a_doubled_brace_is_literal() {
        let t = Template::parse("{{{{x}} {{contact.city}}!").expect("parses");
        assert_eq!(t.render(&values()), "{{x}} !");
    }

    #[test]
    fn unknown_and_unclosed_placeholders_say_where() {
        assert_eq!(
            Template::parse("Witaj\n  {{contact.nazwisko}}"),
            Err(TemplateError::Unknown {
                name: "contact.nazwisko".into(),
                line: 2,
                column: 3
            })
        );
        assert_eq!(
            Template::parse("Zażółć {{deal.title"),
            Err(TemplateError::Unclosed { line: 1, column: 8 })
        );
    }

    #[test]
    fn text_without_placeholders_is_itself() {
        let t = Template::parse("Bez zmiennych } { }").expect("parses");
        assert_eq!(t.render(&HashMap::new()), "Bez zmiennych } { }");
        assert!(t.fields().is_empty());
    }

    #[test]
    fn a_huge_template_parses_without_rescanning_itself() {
        // 200,000 placeholders on one 1.8 MB line: rescanning the text before each one (as
        // it was) is 10^11 steps, which hangs; one pass is instant. The count is the check.
        let t = Template::parse(&"{{today}}".repeat(200_000)).expect("parses");
        let v = HashMap::from([("today", "1".to_owned())]);
        assert_eq!(t.render(&v).len(), 200_000);
        // The error position is still exact after a long start.
        let text = format!("{}\n  {{{{nope}}}}", "{{today}}".repeat(1000));
        assert_eq!(
            Template::parse(&text),
            Err(TemplateError::Unknown {
                name: "nope".into(),
                line: 2,
                column: 3
            })
        );
    }
}
