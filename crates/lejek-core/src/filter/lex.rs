//! Splits filter text into tokens, each with its 1-based column.
//!
//! `field OP value` is one token (so `value>=((` is the term `value>=` with no value,
//! followed by two `(`); a bare word or a quoted phrase is a search token; `-` at the start
//! of a token negates what follows; `or`/`lub`, `and`/`i`, `not`/`nie` are keywords unless
//! quoted.

use super::error::{FilterError, FilterErrorKind};
use crate::text::fold;

/// Comparison operators, as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    /// `:` — "matches" (substring, dictionary value, day range…).
    Colon,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Op::Colon => ":",
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
        }
    }
}

/// The value part of a `field OP value` token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Value {
    /// Unquoted text, escapes resolved.
    pub text: String,
    /// Quoted values are taken literally: `"none"` is the word, not "missing".
    pub quoted: bool,
    pub col: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    LParen,
    RParen,
    Not,
    Or,
    And,
    /// A bare word or quoted phrase to look for in the record's search text.
    Search(String),
    Term {
        field: String,
        op: Op,
        /// `None` if nothing follows the operator; the parser says what was expected.
        value: Option<Value>,
        /// Where the value starts (or would start).
        value_col: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub col: usize,
    /// The source text, for "found '…'" in errors.
    pub raw: String,
}

/// Characters a field name is made of (`stage_kind`, Polish aliases).
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Ends an unquoted word or value.
fn is_break(c: char) -> bool {
    c.is_whitespace() || c == '(' || c == ')'
}

/// The operator starting at `i`, with its length in chars.
fn op_at(chars: &[char], i: usize) -> Option<(Op, usize)> {
    let next = chars.get(i + 1).copied();
    match (chars.get(i)?, next) {
        (':', _) => Some((Op::Colon, 1)),
        ('!', Some('=')) => Some((Op::Ne, 2)),
        ('<', Some('=')) => Some((Op::Le, 2)),
        ('>', Some('=')) => Some((Op::Ge, 2)),
        ('=', _) => Some((Op::Eq, 1)),
        ('<', _) => Some((Op::Lt, 1)),
        ('>', _) => Some((Op::Gt, 1)),
        _ => None,
    }
}

/// Reads a quoted string whose opening `"` is at `start`; returns it and the index after
/// the closing quote. `\"` and `\\` escape.
fn quoted(chars: &[char], start: usize) -> Result<(String, usize), FilterError> {
    let mut out = String::new();
    let mut i = start + 1;
    while let Some(&c) = chars.get(i) {
        match c {
            '"' => return Ok((out, i + 1)),
            '\\' if matches!(chars.get(i + 1), Some('"' | '\\')) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Err(FilterError {
        col: start + 1,
        kind: FilterErrorKind::UnterminatedQuote,
    })
}

/// Tokenizes `input`.
pub(crate) fn lex(input: &str) -> Result<Vec<Token>, FilterError> {
    let chars: Vec<char> = input.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let kind = match c {
            '(' => {
                i += 1;
                TokKind::LParen
            }
            ')' => {
                i += 1;
                TokKind::RParen
            }
            '-' => {
                i += 1;
                TokKind::Not
            }
            '"' => {
                let (text, end) = quoted(&chars, i)?;
                i = end;
                TokKind::Search(text)
            }
            _ => {
                let (kind, end) = word(&chars, i)?;
                i = end;
                kind
            }
        };
        out.push(Token {
            kind,
            col: start + 1,
            raw: chars[start..i].iter().collect(),
        });
    }
    Ok(out)
}

/// A `field OP value` term, a keyword or a bare search word starting at `start`.
fn word(chars: &[char], start: usize) -> Result<(TokKind, usize), FilterError> {
    let name_end = start
        + chars[start..]
            .iter()
            .take_while(|&&c| is_name_char(c))
            .count();
    if let Some((op, op_len)) = op_at(chars, name_end) {
        if name_end == start {
            return Err(FilterError {
                col: start + 1,
                kind: FilterErrorKind::MissingFieldName {
                    op: op.as_str().to_string(),
                },
            });
        }
        let field: String = chars[start..name_end].iter().collect();
        let v = name_end + op_len;
        let (value, end) = if chars.get(v) == Some(&'"') {
            let (text, end) = quoted(chars, v)?;
            (
                Some(Value {
                    text,
                    quoted: true,
                    col: v + 1,
                }),
                end,
            )
        } else {
            let end = v + chars[v..].iter().take_while(|&&c| !is_break(c)).count();
            let value = (end > v).then(|| Value {
                text: chars[v..end].iter().collect(),
                quoted: false,
                col: v + 1,
            });
            (value, end)
        };
        let kind = TokKind::Term {
            field,
            op,
            value,
            value_col: v + 1,
        };
        return Ok((kind, end));
    }
    let end = start
        + chars[start..]
            .iter()
            .take_while(|&&c| !is_break(c) && c != '"')
            .count();
    let text: String = chars[start..end].iter().collect();
    let kind = match fold(&text).as_str() {
        "or" | "lub" => TokKind::Or,
        "and" | "i" => TokKind::And,
        "not" | "nie" => TokKind::Not,
        _ => TokKind::Search(text),
    };
    Ok((kind, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<TokKind> {
        lex(s)
            .map(|t| t.into_iter().map(|t| t.kind).collect())
            .unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn term(field: &str, op: Op, value: &str, quoted: bool, col: usize) -> TokKind {
        TokKind::Term {
            field: field.into(),
            op,
            value: Some(Value {
                text: value.into(),
                quoted,
                col,
            }),
            value_col: col,
        }
    }

    #[test]
    fn terms_words_and_keywords() {
        assert_eq!(
            kinds("-tag:vip or łódź"),
            [
                TokKind::Not,
                term("tag", Op::Colon, "vip", false, 6),
                TokKind::Or,
                TokKind::Search("łódź".into())
            ]
        );
        assert_eq!(
            kinds("value>=10 000"),
            [
                term("value", Op::Ge, "10", false, 8),
                TokKind::Search("000".into())
            ]
        );
        assert_eq!(
            kinds("next<today-7d"),
            [term("next", Op::Lt, "today-7d", false, 6)]
        );
        assert_eq!(
            kinds("a!=b c<=d e>f g=h"),
            [
                term("a", Op::Ne, "b", false, 4),
                term("c", Op::Le, "d", false, 9),
                term("e", Op::Gt, "f", false, 13),
                term("g", Op::Eq, "h", false, 17),
            ]
        );
        assert_eq!(
            kinds("NOT x AND y LUB z i nie"),
            [
                TokKind::Not,
                TokKind::Search("x".into()),
                TokKind::And,
                TokKind::Search("y".into()),
                TokKind::Or,
                TokKind::Search("z".into()),
                TokKind::And,
                TokKind::Not,
            ]
        );
        assert_eq!(
            kinds("jan-kowalski 12-34"),
            [
                TokKind::Search("jan-kowalski".into()),
                TokKind::Search("12-34".into())
            ]
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(
            kinds("source:\"targi poznań\""),
            [term("source", Op::Colon, "targi poznań", true, 8)]
        );
        assert_eq!(
            kinds("\"or\" \"a \\\"b\\\"\""),
            [
                TokKind::Search("or".into()),
                TokKind::Search("a \"b\"".into())
            ]
        );
        let e = lex("name:\"abc").unwrap_err();
        assert_eq!((e.col, e.kind), (6, FilterErrorKind::UnterminatedQuote));
        let e = lex("x \"abc").unwrap_err();
        assert_eq!(e.col, 3);
    }

    #[test]
    fn parens_end_values() {
        let toks = lex("(source:web)").unwrap_or_default();
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[1].raw, "source:web");
        assert_eq!(
            kinds("value>=(("),
            [
                TokKind::Term {
                    field: "value".into(),
                    op: Op::Ge,
                    value: None,
                    value_col: 8
                },
                TokKind::LParen,
                TokKind::LParen
            ]
        );
    }

    #[test]
    fn operator_without_field() {
        let e = lex("a :vip").unwrap_err();
        assert_eq!(e.col, 3);
        assert_eq!(e.kind, FilterErrorKind::MissingFieldName { op: ":".into() });
    }
}
