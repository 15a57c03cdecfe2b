//! Evaluates a parsed filter on one record. Runs over every record of a list (300k rows),
//! so it only compares pre-converted values and avoids allocating.

use chrono::NaiveDate;

use super::ast::{Cmp, Node, Test};
use super::schema::{FieldValue, Record};
use crate::text::{contains_folded, eq_folded};

impl Node {
    pub(crate) fn eval(&self, rec: &dyn Record) -> bool {
        match self {
            Node::All(items) => items.iter().all(|n| n.eval(rec)),
            Node::Any(items) => items.iter().any(|n| n.eval(rec)),
            Node::Not(inner) => !inner.eval(rec),
            Node::Search(needle) => {
                let mut found = false;
                let folded = rec.search_text_is_folded();
                rec.search_text(&mut |text| {
                    if !found {
                        found = if folded {
                            text.contains(needle.as_str())
                        } else {
                            contains_folded(text, needle)
                        };
                    }
                });
                found
            }
            Node::Field { field, test } => test.eval(&rec.get(field)),
        }
    }
}

impl Test {
    /// A missing value fails every test except `Missing` and the "not equal" ones.
    pub(crate) fn eval(&self, value: &FieldValue<'_>) -> bool {
        match self {
            Test::Missing => is_missing(value),
            Test::Contains(needle) => any_text(value, |s| contains_folded(s, needle)),
            Test::Equals(folded) => any_text(value, |s| eq_folded(s, folded)),
            Test::NotEquals(folded) => !any_text(value, |s| eq_folded(s, folded)),
            Test::Num(cmp, x) => match value {
                FieldValue::Money(v) | FieldValue::Number(v) => match v {
                    Some(v) => compare(*cmp, v, x),
                    None => *cmp == Cmp::Ne,
                },
                _ => false,
            },
            Test::Date(cmp, start, end) => match value {
                FieldValue::Date(Some(d)) => date_matches(*cmp, *d, *start, *end),
                FieldValue::Date(None) => *cmp == Cmp::Ne,
                _ => false,
            },
        }
    }
}

impl Test {
    /// `eval` on a whole number or an amount in minor units (`None`: missing), without
    /// making a `FieldValue`: the read model runs it over a column of 3M values.
    pub(crate) fn eval_num(&self, v: Option<i64>) -> bool {
        match self {
            Test::Num(cmp, x) => match v {
                Some(v) => compare(*cmp, v, *x),
                None => *cmp == Cmp::Ne,
            },
            _ => self.eval(&FieldValue::Number(v)),
        }
    }

    /// `eval` on a calendar day given as days from the common era (`None`: missing).
    pub(crate) fn eval_day(&self, d: Option<i32>) -> bool {
        use chrono::Datelike;
        match (self, d) {
            (Test::Date(cmp, start, end), Some(d)) => {
                date_matches(*cmp, d, start.num_days_from_ce(), end.num_days_from_ce())
            }
            (Test::Date(cmp, _, _), None) => *cmp == Cmp::Ne,
            _ => self.eval(&FieldValue::Date(
                d.and_then(NaiveDate::from_num_days_from_ce_opt),
            )),
        }
    }
}

fn is_missing(value: &FieldValue<'_>) -> bool {
    match value {
        FieldValue::Text(t) => t.as_deref().is_none_or(|s| s.trim().is_empty()),
        FieldValue::List(items) => items.is_empty(),
        FieldValue::Money(v) | FieldValue::Number(v) => v.is_none(),
        FieldValue::Date(d) => d.is_none(),
    }
}

/// True if `f` holds for the text, or for any element of a list.
fn any_text(value: &FieldValue<'_>, f: impl Fn(&str) -> bool) -> bool {
    match value {
        FieldValue::Text(Some(s)) => f(s),
        FieldValue::List(items) => items.iter().any(|s| f(s)),
        _ => false,
    }
}

fn compare<T: Ord>(cmp: Cmp, a: T, b: T) -> bool {
    match cmp {
        Cmp::Eq => a == b,
        Cmp::Ne => a != b,
        Cmp::Lt => a < b,
        Cmp::Le => a <= b,
        Cmp::Gt => a > b,
        Cmp::Ge => a >= b,
    }
}

/// A date literal is a range of days: `<=` and `>` look at its last day, `<` and `>=` at its
/// first, so `created<=2026-11-28` includes all of the 28th and `created>=2026-11` starts
/// on the 1st.
fn date_matches<D: Ord>(cmp: Cmp, d: D, start: D, end: D) -> bool {
    match cmp {
        Cmp::Eq => start <= d && d <= end,
        Cmp::Ne => d < start || d > end,
        Cmp::Lt => d < start,
        Cmp::Le => d <= end,
        Cmp::Gt => d > end,
        Cmp::Ge => d >= start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
    }

    #[test]
    fn date_ranges() {
        // The literal is 10..=20 November.
        let t = |cmp, d| date_matches(cmp, day(d), day(10), day(20));
        assert!(t(Cmp::Eq, 10) && t(Cmp::Eq, 20) && !t(Cmp::Eq, 21));
        assert!(t(Cmp::Ne, 9) && !t(Cmp::Ne, 15));
        assert!(t(Cmp::Lt, 9) && !t(Cmp::Lt, 10));
        assert!(t(Cmp::Le, 20) && !t(Cmp::Le, 21));
        assert!(t(Cmp::Gt, 21) && !t(Cmp::Gt, 20));
        assert!(t(Cmp::Ge, 10) && !t(Cmp::Ge, 9));
    }

    #[test]
    fn missing_values() {
        let none = FieldValue::Money(None);
        assert!(!Test::Num(Cmp::Eq, 0).eval(&none));
        assert!(!Test::Num(Cmp::Lt, 0).eval(&none));
        assert!(Test::Num(Cmp::Ne, 0).eval(&none));
        assert!(Test::Missing.eval(&none));
        assert!(Test::Missing.eval(&FieldValue::Text(Some(Cow::Borrowed("  ")))));
        assert!(Test::Missing.eval(&FieldValue::List(vec![])));
        assert!(Test::NotEquals("x".into()).eval(&FieldValue::Text(None)));
        assert!(!Test::Equals("x".into()).eval(&FieldValue::Text(None)));
        assert!(Test::Date(Cmp::Ne, day(1), day(2)).eval(&FieldValue::Date(None)));
        assert!(!Test::Date(Cmp::Lt, day(1), day(2)).eval(&FieldValue::Date(None)));
    }

    #[test]
    fn columns_answer_as_values_do() {
        use chrono::Datelike;
        let tests = [
            Test::Date(Cmp::Eq, day(10), day(20)),
            Test::Date(Cmp::Ne, day(10), day(20)),
            Test::Date(Cmp::Lt, day(10), day(20)),
            Test::Date(Cmp::Le, day(10), day(20)),
            Test::Date(Cmp::Gt, day(10), day(20)),
            Test::Date(Cmp::Ge, day(10), day(20)),
            Test::Missing,
            Test::Num(Cmp::Ge, 5),
        ];
        for t in &tests {
            for d in [
                None,
                Some(day(9)),
                Some(day(10)),
                Some(day(15)),
                Some(day(20)),
                Some(day(21)),
            ] {
                let by_value = t.eval(&FieldValue::Date(d));
                assert_eq!(
                    t.eval_day(d.map(|d| d.num_days_from_ce())),
                    by_value,
                    "{t:?} on {d:?}"
                );
            }
        }
        for t in [
            Test::Num(Cmp::Lt, 5),
            Test::Num(Cmp::Ne, 5),
            Test::Num(Cmp::Eq, 5),
            Test::Missing,
        ] {
            for v in [None, Some(4), Some(5), Some(6)] {
                assert_eq!(
                    t.eval_num(v),
                    t.eval(&FieldValue::Money(v)),
                    "{t:?} on {v:?}"
                );
            }
        }
    }

    #[test]
    fn lists() {
        let tags = FieldValue::List(vec![Cow::Borrowed("VIP"), Cow::Borrowed("Święta")]);
        assert!(Test::Equals("swieta".into()).eval(&tags));
        assert!(!Test::Equals("swi".into()).eval(&tags));
        assert!(Test::Contains("swi".into()).eval(&tags));
        assert!(!Test::NotEquals("vip".into()).eval(&tags));
    }
}
