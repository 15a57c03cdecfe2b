//! Turns one `field OP value` term into a ready-to-run test: finds the field, checks the
//! operator suits its type, and converts the value (dates resolved against today, money
//! parsed, dictionary values resolved, text folded).

use super::ast::{Cmp, Node, Test};
use super::error::{Expected, FilterError, FilterErrorKind, Found};
use super::lex::{Op, Value};
use super::schema::{Ctx, FieldSpec, FieldType, Schema};
use crate::model::date_input::{DateError, parse_date_range};
use crate::model::money::parse_money;
use crate::text::fold;

/// A `field OP value` term as the lexer found it.
pub(crate) struct TermSrc<'t> {
    pub field: &'t str,
    pub col: usize,
    pub op: Op,
    pub value: Option<&'t Value>,
    pub value_col: usize,
    /// The token after the term, for "found …" when the value is missing.
    pub next: Option<&'t str>,
}

const TEXT_OPS: &[&str] = &[":", "=", "!="];
const ORDERED_OPS: &[&str] = &[":", "=", "!=", "<", "<=", ">", ">="];

fn err(col: usize, kind: FilterErrorKind) -> FilterError {
    FilterError { col, kind }
}

/// Compiles a term against the schema and context.
pub(crate) fn compile(t: &TermSrc<'_>, schema: &Schema, ctx: &Ctx) -> Result<Node, FilterError> {
    let spec = schema
        .field(t.field)
        .copied()
        .or_else(|| ctx.custom_field(t.field))
        .ok_or_else(|| {
            let mut known = schema.names();
            known.extend(ctx.custom.iter().map(|f| f.name));
            err(
                t.col,
                FilterErrorKind::UnknownField {
                    name: t.field.to_string(),
                    known,
                },
            )
        })?;
    let spec = &spec;
    let allowed = match spec.ty {
        FieldType::Money
        | FieldType::Number
        | FieldType::Decimal
        | FieldType::Days
        | FieldType::Date => ORDERED_OPS,
        _ => TEXT_OPS,
    };
    let op_str = t.op.as_str();
    if !allowed.contains(&op_str) {
        return Err(err(
            t.col + t.field.chars().count(),
            FilterErrorKind::OperatorNotAllowed {
                op: op_str.to_string(),
                field: spec.name,
                allowed,
            },
        ));
    }
    let Some(value) = t.value else {
        let found = t.next.map_or(Found::End, |s| Found::Text(s.to_string()));
        return Err(expected(spec, t.op, t.value_col, found));
    };
    let field = spec.name;
    let node = |test| Node::Field { field, test };

    // `none` (unquoted) asks for a missing value on any field type.
    let folded = fold(&value.text);
    if !value.quoted && matches!(folded.as_str(), "none" | "brak") {
        match t.op {
            Op::Colon | Op::Eq => return Ok(node(Test::Missing)),
            Op::Ne => return Ok(Node::Not(Box::new(node(Test::Missing)))),
            _ => {}
        }
    }

    let cmp = cmp_of(t.op);
    let test = match spec.ty {
        FieldType::Text => match t.op {
            Op::Colon => Test::Contains(folded),
            _ => equality(cmp, folded),
        },
        FieldType::List | FieldType::Dict => {
            let resolved = match ctx.dicts.get(field) {
                Some(values) => {
                    let options: Vec<(String, &str)> =
                        values.iter().map(|v| (fold(v), v.as_str())).collect();
                    fold(&resolve(
                        field,
                        value,
                        &folded,
                        &options,
                        t.op == Op::Colon,
                    )?)
                }
                None => folded,
            };
            equality(cmp, resolved)
        }
        FieldType::Enum(variants) => {
            let options: Vec<(String, &str)> = variants
                .iter()
                .flat_map(|&(canon, aliases)| {
                    std::iter::once((fold(canon), canon))
                        .chain(aliases.iter().map(move |a| (fold(a), canon)))
                })
                .collect();
            equality(
                cmp,
                fold(&resolve(
                    field,
                    value,
                    &folded,
                    &options,
                    t.op == Op::Colon,
                )?),
            )
        }
        FieldType::User => {
            let login = if !value.quoted && matches!(folded.as_str(), "me" | "ja") {
                fold(&ctx.me)
            } else {
                folded
            };
            equality(cmp, login)
        }
        FieldType::Money => match parse_money(&value.text, "PLN") {
            Ok(m) => Test::Num(cmp, m.minor),
            Err(_) => return Err(bad_value(spec, t.op, value)),
        },
        FieldType::Number => match value.text.trim().parse::<i64>() {
            Ok(n) => Test::Num(cmp, n),
            Err(_) => return Err(bad_value(spec, t.op, value)),
        },
        FieldType::Decimal => match crate::model::custom_field::parse_number(&value.text) {
            Some(n) => Test::Num(cmp, n),
            None => return Err(bad_value(spec, t.op, value)),
        },
        FieldType::Days => {
            let t_ = folded.trim();
            let digits = t_
                .strip_suffix("dni")
                .or_else(|| t_.strip_suffix('d'))
                .unwrap_or(t_);
            match digits.trim().parse::<i64>() {
                Ok(n) => Test::Num(cmp, n),
                Err(_) => return Err(bad_value(spec, t.op, value)),
            }
        }
        FieldType::Date => {
            if !value.quoted
                && t.op == Op::Colon
                && matches!(folded.as_str(), "overdue" | "zalegle" | "zalegly")
            {
                Test::Date(Cmp::Lt, ctx.today, ctx.today)
            } else {
                match parse_date_range(&value.text, ctx.today) {
                    Ok((start, end)) => Test::Date(cmp, start, end),
                    // A date, but not one lejek keeps: say so rather than "expected a date".
                    Err(DateError::OutOfRange(text)) => {
                        return Err(err(value.col, FilterErrorKind::DateOutOfRange { text }));
                    }
                    Err(_) => return Err(bad_value(spec, t.op, value)),
                }
            }
        }
    };
    Ok(node(test))
}

fn cmp_of(op: Op) -> Cmp {
    match op {
        Op::Colon | Op::Eq => Cmp::Eq,
        Op::Ne => Cmp::Ne,
        Op::Lt => Cmp::Lt,
        Op::Le => Cmp::Le,
        Op::Gt => Cmp::Gt,
        Op::Ge => Cmp::Ge,
    }
}

/// Equality tests for the text-like types (ordering operators were refused earlier).
fn equality(cmp: Cmp, folded: String) -> Test {
    if cmp == Cmp::Ne {
        Test::NotEquals(folded)
    } else {
        Test::Equals(folded)
    }
}

fn expected(spec: &FieldSpec, op: Op, col: usize, found: Found) -> FilterError {
    let expected = match spec.ty {
        FieldType::Date => Expected::Date,
        FieldType::Money => Expected::Amount,
        FieldType::Number | FieldType::Decimal | FieldType::Days => Expected::Number,
        _ => Expected::Value,
    };
    err(
        col,
        FilterErrorKind::ExpectedValue {
            expected,
            op: op.as_str().to_string(),
            found,
        },
    )
}

fn bad_value(spec: &FieldSpec, op: Op, value: &Value) -> FilterError {
    expected(spec, op, value.col, Found::Text(value.text.clone()))
}

/// Resolves a typed value against the allowed ones (`(folded key, canonical)` pairs):
/// exact folded match first, then (if `prefix`) a unique folded prefix.
fn resolve(
    field: &'static str,
    value: &Value,
    folded: &str,
    options: &[(String, &str)],
    prefix: bool,
) -> Result<String, FilterError> {
    if let Some((_, canon)) = options.iter().find(|(key, _)| key == folded) {
        return Ok((*canon).to_string());
    }
    let distinct = |keep: &dyn Fn(&str) -> bool| {
        let mut out: Vec<String> = Vec::new();
        for (key, canon) in options {
            if keep(key) && !out.iter().any(|c| c == canon) {
                out.push((*canon).to_string());
            }
        }
        out
    };
    if prefix {
        let mut candidates = distinct(&|key: &str| key.starts_with(folded));
        match candidates.len() {
            1 => return Ok(candidates.remove(0)),
            0 => {}
            _ => {
                return Err(err(
                    value.col,
                    FilterErrorKind::AmbiguousValue {
                        field,
                        value: value.text.clone(),
                        candidates,
                    },
                ));
            }
        }
    }
    Err(err(
        value.col,
        FilterErrorKind::UnknownValue {
            field,
            value: value.text.clone(),
            valid: distinct(&|_| true),
        },
    ))
}
