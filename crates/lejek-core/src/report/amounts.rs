//! Exact money sums for reports: minor units in i64, saturating (a sum beyond i64 is far
//! beyond any real pipeline, and saturating keeps it visibly huge rather than wrapping), one
//! sum per currency so that PLN and EUR are never added together.

use crate::model::Money;

/// The currency of amounts that do not say (DESIGN.md: PLN by default).
pub use crate::read_model::dataset::DEFAULT_CURRENCY;

/// Sums per currency, the default currency first, then by code. Empty means zero.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Amounts(Vec<(String, i64)>);

impl Amounts {
    /// (currency, minor units) in display order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, i64)> {
        self.0.iter().map(|(c, m)| (c.as_str(), *m))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The amounts as `Money` values; one zero in the default currency when empty.
    pub fn to_money(&self) -> Vec<Money> {
        if self.0.is_empty() {
            return vec![Money::new(0, DEFAULT_CURRENCY)];
        }
        self.0.iter().map(|(c, m)| Money::new(*m, c)).collect()
    }

    /// The minor units in `currency` (0 when none).
    pub fn minor_in(&self, currency: &str) -> i64 {
        self.0
            .iter()
            .find(|(c, _)| c == currency)
            .map(|(_, m)| *m)
            .unwrap_or(0)
    }
}

/// An accumulator indexed by the dataset's currency numbers (cheap in the hot loop).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sum(Vec<i64>);

impl Sum {
    /// Add `minor` units of currency number `cur`.
    pub fn add(&mut self, cur: u16, minor: i64) {
        let i = usize::from(cur);
        if self.0.len() <= i {
            self.0.resize(i + 1, 0);
        }
        self.0[i] = self.0[i].saturating_add(minor);
    }

    /// Add an optional (currency, minor) value; unknown values add nothing.
    pub fn add_value(&mut self, v: Option<(u16, i64)>) {
        if let Some((cur, minor)) = v {
            self.add(cur, minor);
        }
    }

    pub fn merge(&mut self, other: &Sum) {
        for (i, m) in other.0.iter().enumerate() {
            if *m != 0 {
                // Currency numbers come from a u16 table, so the index fits.
                self.add(u16::try_from(i).unwrap_or(u16::MAX), *m);
            }
        }
    }

    /// Named amounts, given the dataset's currency table. Currencies whose sum is zero
    /// are left out (a zero is still shown when nothing remains).
    pub fn amounts(&self, currencies: &[String]) -> Amounts {
        let mut out: Vec<(String, i64)> = self
            .0
            .iter()
            .enumerate()
            .filter(|(_, m)| **m != 0)
            .map(|(i, m)| {
                let cur = currencies
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| DEFAULT_CURRENCY.to_owned());
                (cur, *m)
            })
            .collect();
        out.sort_by(|a, b| {
            (a.0 != DEFAULT_CURRENCY)
                .cmp(&(b.0 != DEFAULT_CURRENCY))
                .then_with(|| a.0.cmp(&b.0))
        });
        Amounts(out)
    }

    /// The sum in currency number `cur`.
    pub fn minor(&self, cur: u16) -> i64 {
        self.0.get(usize::from(cur)).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_per_currency_exactly() {
        let curs = vec!["EUR".to_owned(), "PLN".to_owned()];
        let mut s = Sum::default();
        s.add(1, 10_050);
        s.add(1, 1);
        s.add(0, 700);
        let a = s.amounts(&curs);
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            vec![("PLN", 10_051), ("EUR", 700)]
        );
        assert_eq!(a.minor_in("PLN"), 10_051);
    }

    #[test]
    fn saturates_instead_of_wrapping() {
        let mut s = Sum::default();
        s.add(0, i64::MAX);
        s.add(0, 5);
        assert_eq!(s.minor(0), i64::MAX);
    }

    #[test]
    fn empty_is_zero_in_the_default_currency() {
        let a = Sum::default().amounts(&[]);
        assert!(a.is_empty());
        assert_eq!(a.to_money(), vec![Money::new(0, "PLN")]);
    }
}
