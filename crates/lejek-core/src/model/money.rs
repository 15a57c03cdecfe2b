//! Money as exact minor units, and the parser/formatter for the ways people write amounts
//! in Poland and abroad (X4): `1 234,56 zł`, `1234.56`, `PLN 1,234.56`.
//!
//! Parsing rule, chosen so that no input means two different amounts:
//! - groups of thousands are separated by a space (also NBSP, narrow NBSP, thin space) or `'`;
//! - there is at most one decimal separator, `,` or `.`, with one or two digits after it;
//! - `,` or `.` may separate thousands only when the *other* one is the decimal separator
//!   (`1,234.56`, `1.234,56`); a lone `1,234` or `1.234` is refused as ambiguous;
//! - an optional leading `-`, and an optional currency (`zł`, `zl`, `PLN`, `EUR`, `€`, `USD`,
//!   `$`, `GBP`, `CHF`, `CZK`) before or after the number.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, tr, trf};

/// An amount in minor units (grosze for PLN) and an ISO 4217 currency code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Minor units: 123456 is 1234.56.
    pub minor: i64,
    /// ISO 4217 code, `PLN` unless stated otherwise.
    pub currency: String,
}

/// Most integer digits accepted: far above any deal, far below i64 overflow.
const MAX_INT_DIGITS: usize = 15;

/// Why a text is not an amount of money. Each variant carries the offending input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Nothing was given.
    Empty,
    /// Not a number in any accepted shape.
    NotAnAmount(String),
    /// `1,234` or `1.234`: thousands or decimals? Refused rather than guessed.
    Ambiguous(String),
    /// More than two digits after the decimal separator.
    TooManyDecimals(String),
    /// More integer digits than any real amount has.
    TooLarge(String),
    /// `-0`, `-0,00 zł`: a minus on nothing is a typo, not an amount (issue 15 item 14).
    NegativeZero(String),
}

impl MoneyError {
    /// The error as one line for the user, naming the input.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MoneyError::Empty => tr(lang, "money.err.empty").to_owned(),
            MoneyError::NotAnAmount(s) => trf(lang, "money.err.not_amount", &[s]),
            MoneyError::Ambiguous(s) => trf(lang, "money.err.ambiguous", &[s]),
            MoneyError::TooManyDecimals(s) => trf(lang, "money.err.too_many_decimals", &[s]),
            MoneyError::TooLarge(s) => trf(lang, "money.err.too_large", &[s]),
            MoneyError::NegativeZero(s) => trf(lang, "limits.money.negative_zero", &[s]),
        }
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for MoneyError {}

impl Money {
    /// A new amount.
    pub fn new(minor: i64, currency: &str) -> Money {
        Money {
            minor,
            currency: currency.to_string(),
        }
    }

    /// The exact decimal form used in JSON and CSV: `1234.56`, `-0.05`, `1200.00`.
    pub fn to_decimal_string(&self) -> String {
        let (int, frac) = split_minor(self.minor);
        let sign = if self.minor < 0 { "-" } else { "" };
        format!("{sign}{int}.{frac:02}")
    }
}

/// Whole units and grosze of the absolute value; `unsigned_abs` so i64::MIN cannot overflow.
fn split_minor(minor: i64) -> (u64, u64) {
    let abs = minor.unsigned_abs();
    (abs / 100, abs % 100)
}

/// Formats for people: Polish `1 234,56 zł` / `1 234,56 EUR`, English `PLN 1,234.56`.
/// Both forms parse back with [`parse_money`].
pub fn format_money(m: &Money, lang: Lang) -> String {
    let (int, frac) = split_minor(m.minor);
    let sign = if m.minor < 0 { "-" } else { "" };
    match lang {
        Lang::Pl => {
            let unit = if m.currency == "PLN" {
                "zł"
            } else {
                &m.currency
            };
            format!("{sign}{},{frac:02} {unit}", group(int, ' '))
        }
        Lang::En => format!("{} {sign}{}.{frac:02}", m.currency, group(int, ',')),
    }
}

/// Digits of `n` in groups of three.
fn group(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// Currency spellings and their ISO codes; longer spellings first so `PLN` wins over `zl`.
const CURRENCIES: &[(&str, &str)] = &[
    ("PLN", "PLN"),
    ("EUR", "EUR"),
    ("USD", "USD"),
    ("GBP", "GBP"),
    ("CHF", "CHF"),
    ("CZK", "CZK"),
    ("zł", "PLN"),
    ("zl", "PLN"),
    ("€", "EUR"),
    ("$", "USD"),
];

/// Thousands-group separators that are never decimal separators.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'')
}

/// Parses an amount; `default_currency` applies when none is written.
pub fn parse_money(s: &str, default_currency: &str) -> Result<Money, MoneyError> {
    let (minor, written) = parse_amount(s)?;
    Ok(Money {
        minor,
        currency: written.unwrap_or(default_currency).to_string(),
    })
}

/// Parses an amount into minor units and the currency written with it, if any: a caller
/// that must not switch a deal's currency unasked needs to know whether one was written.
pub fn parse_amount(s: &str) -> Result<(i64, Option<&'static str>), MoneyError> {
    let input = s.trim();
    if input.is_empty() {
        return Err(MoneyError::Empty);
    }
    let bad = || MoneyError::NotAnAmount(input.to_string());

    let mut rest = input;
    let mut negative = false;
    if let Some(r) = strip_minus(rest) {
        negative = true;
        rest = r.trim_start();
    }
    let mut currency = None;
    if let Some((code, r)) = strip_currency_prefix(rest) {
        currency = Some(code);
        rest = r.trim_start();
    }
    // `PLN -12,50` puts the sign after the currency.
    if let Some(r) = strip_minus(rest) {
        if negative {
            return Err(bad());
        }
        negative = true;
        rest = r.trim_start();
    }
    if let Some((code, r)) = strip_currency_suffix(rest) {
        if currency.is_some() {
            return Err(bad());
        }
        currency = Some(code);
        rest = r.trim_end();
    }

    let minor = parse_number(rest, input)?;
    if negative && minor == 0 {
        return Err(MoneyError::NegativeZero(input.to_string()));
    }
    let minor = if negative { -minor } else { minor };
    Ok((minor, currency))
}

fn strip_minus(s: &str) -> Option<&str> {
    // U+2212 is the typographic minus that word processors paste.
    s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}'))
}

fn strip_currency_prefix(s: &str) -> Option<(&'static str, &str)> {
    CURRENCIES.iter().find_map(|&(spelling, code)| {
        let head = s.get(..spelling.len())?;
        head.eq_ignore_ascii_case(spelling)
            .then(|| (code, &s[spelling.len()..]))
    })
}

fn strip_currency_suffix(s: &str) -> Option<(&'static str, &str)> {
    CURRENCIES.iter().find_map(|&(spelling, code)| {
        let cut = s.len().checked_sub(spelling.len())?;
        let tail = s.get(cut..)?;
        tail.eq_ignore_ascii_case(spelling)
            .then(|| (code, &s[..cut]))
    })
}

/// Parses the bare number (no sign, no currency) into non-negative minor units.
fn parse_number(num: &str, input: &str) -> Result<i64, MoneyError> {
    let bad = || MoneyError::NotAnAmount(input.to_string());
    if num.is_empty()
        || !num
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || is_group_space(c))
    {
        return Err(bad());
    }
    let commas = num.matches(',').count();
    let dots = num.matches('.').count();

    // Decide which mark (if any) is the decimal separator and which separates thousands.
    let (int_part, frac_part, thousands_mark) = match (commas, dots) {
        (0, 0) => (num, None, None),
        (1, 0) | (0, 1) => {
            let mark = if commas == 1 { ',' } else { '.' };
            let (int, frac) = num.split_once(mark).ok_or_else(bad)?;
            (int, Some(frac), None)
        }
        (_, 0) | (0, _) => return Err(bad()),
        _ => {
            // Both present: the last one is the decimal separator and must occur once.
            let last_comma = num.rfind(',').unwrap_or(0);
            let last_dot = num.rfind('.').unwrap_or(0);
            let (dec, thou) = if last_comma > last_dot {
                (',', '.')
            } else {
                ('.', ',')
            };
            let (int, frac) = num.rsplit_once(dec).ok_or_else(bad)?;
            if int.contains(dec) {
                return Err(bad());
            }
            (int, Some(frac), Some(thou))
        }
    };

    let units = parse_grouped_int(int_part, thousands_mark, input)?;
    let cents = match frac_part {
        None => 0,
        Some(frac) => {
            if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            match frac.len() {
                1 => i64::from(frac.as_bytes()[0] - b'0') * 10,
                2 => {
                    i64::from(frac.as_bytes()[0] - b'0') * 10 + i64::from(frac.as_bytes()[1] - b'0')
                }
                // `1,234`: a lone mark before exactly three digits reads as thousands to
                // some and as decimals to others.
                3 if thousands_mark.is_none()
                    && !int_part.chars().any(is_group_space)
                    && int_part.len() <= 3 =>
                {
                    return Err(MoneyError::Ambiguous(input.to_string()));
                }
                _ => return Err(MoneyError::TooManyDecimals(input.to_string())),
            }
        }
    };
    units
        .checked_mul(100)
        .and_then(|m| m.checked_add(cents))
        .ok_or_else(|| MoneyError::TooLarge(input.to_string()))
}

/// Parses `12 500` / `1,234` (with the given thousands mark) into whole units.
fn parse_grouped_int(
    int: &str,
    thousands_mark: Option<char>,
    input: &str,
) -> Result<i64, MoneyError> {
    let bad = || MoneyError::NotAnAmount(input.to_string());
    let is_sep = |c: char| is_group_space(c) || Some(c) == thousands_mark;
    // One kind of separator per number: `1 234.567,00` mixes two and is refused.
    let mut sep_kind = None;
    for c in int.chars().filter(|&c| is_sep(c)) {
        match sep_kind {
            None => sep_kind = Some(c),
            Some(k) if k == c => {}
            Some(_) => return Err(bad()),
        }
    }
    let mut digits = 0usize;
    let mut value: i64 = 0;
    for (i, grp) in int.split(is_sep).enumerate() {
        let ok_len = if i == 0 {
            (1..=3).contains(&grp.len()) || sep_kind.is_none()
        } else {
            grp.len() == 3
        };
        if grp.is_empty() || !ok_len || !grp.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        for b in grp.bytes() {
            if digits > 0 || b != b'0' {
                digits += 1;
            }
            if digits > MAX_INT_DIGITS {
                return Err(MoneyError::TooLarge(input.to_string()));
            }
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(b - b'0')))
                .ok_or_else(|| MoneyError::TooLarge(input.to_string()))?;
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(s: &str) -> (i64, String) {
        let m = parse_money(s, "PLN").unwrap_or_else(|e| panic!("{s}: {e}"));
        (m.minor, m.currency)
    }

    fn minor(s: &str) -> i64 {
        ok(s).0
    }

    #[test]
    fn accepted_shapes() {
        assert_eq!(minor("1200"), 120_000);
        assert_eq!(minor("1200.5"), 120_050);
        assert_eq!(minor("1200,50"), 120_050);
        assert_eq!(minor("1 234,56"), 123_456);
        assert_eq!(minor("12 500,00"), 1_250_000);
        assert_eq!(minor("12\u{A0}500,00"), 1_250_000);
        assert_eq!(minor("12\u{202F}500"), 1_250_000);
        assert_eq!(minor("1'234'567.89"), 123_456_789);
        assert_eq!(ok("1 234,56 zł"), (123_456, "PLN".into()));
        assert_eq!(ok("1234,56zł"), (123_456, "PLN".into()));
        assert_eq!(ok("PLN 1,234.56"), (123_456, "PLN".into()));
        assert_eq!(ok("1.234,56 EUR"), (123_456, "EUR".into()));
        assert_eq!(ok("€5"), (500, "EUR".into()));
        assert_eq!(ok("$ 1,000,000.00"), (100_000_000, "USD".into()));
        assert_eq!(ok("10 zl"), (1000, "PLN".into()));
        assert_eq!(minor("-5"), -500);
        assert_eq!(minor("-0,05"), -5);
        assert_eq!(minor("PLN -12,50"), -1250);
        assert_eq!(minor("-12,50 zł"), -1250);
        assert_eq!(minor("  7  "), 700);
        assert_eq!(minor("007"), 700);
        assert_eq!(minor("999999999999999,99"), 99_999_999_999_999_999);
    }

    #[test]
    fn default_currency_applies() {
        assert_eq!(ok("5").1, "PLN");
        assert_eq!(
            parse_money("5", "EUR").map(|m| m.currency),
            Ok("EUR".into())
        );
    }

    #[test]
    fn rejected_shapes() {
        use MoneyError::*;
        let err = |s: &str| parse_money(s, "PLN").unwrap_err();
        assert_eq!(err(""), Empty);
        assert_eq!(err("   "), Empty);
        for s in [
            "abc",
            "12,3,4",
            "1e9999",
            "1.2.3",
            "1,234,567",
            "12.",
            ",5",
            "1 23",
            "12  500",
            "1 234.567,00",
            "--5",
            "zł",
            "1,234.56.7",
            "PLN 5 EUR",
            "1_000",
            "5 zł zł",
        ] {
            assert_eq!(err(s), NotAnAmount(s.trim().into()), "{s}");
        }
        assert_eq!(err("1,234"), Ambiguous("1,234".into()));
        assert_eq!(err("1.234"), Ambiguous("1.234".into()));
        assert_eq!(err("1,2345"), TooManyDecimals("1,2345".into()));
        assert_eq!(err("1 234,567"), TooManyDecimals("1 234,567".into()));
        assert_eq!(err("1,234.567"), TooManyDecimals("1,234.567".into()));
        assert_eq!(err("1234567890123456"), TooLarge("1234567890123456".into()));
        assert_eq!(
            err("99999999999999999999"),
            TooLarge("99999999999999999999".into())
        );
    }

    #[test]
    fn a_minus_on_zero_is_refused() {
        // Issue 15 item 14: `--value -0` was taken as 0.
        for s in [
            "-0",
            "-0,00",
            "- 0.0 zł",
            "PLN -0",
            "\u{2212}0,00",
            "-0 000",
        ] {
            assert_eq!(
                parse_money(s, "PLN"),
                Err(MoneyError::NegativeZero(s.trim().into())),
                "{s}"
            );
        }
        assert_eq!(minor("0"), 0);
        assert_eq!(minor("0,00 zł"), 0);
        assert_eq!(minor("-0,01"), -1);
        assert_eq!(
            MoneyError::NegativeZero("-0".into()).message(Lang::En),
            "'-0' is not an amount: a minus sign on zero (write 0)"
        );
        assert_eq!(
            MoneyError::NegativeZero("-0".into()).message(Lang::Pl),
            "'-0' to nie kwota: minus przy zerze (wpisz 0)"
        );
    }

    #[test]
    fn the_written_currency_is_told_apart_from_the_default() {
        assert_eq!(parse_amount("12 500,00 EUR"), Ok((1_250_000, Some("EUR"))));
        assert_eq!(parse_amount("zł 5"), Ok((500, Some("PLN"))));
        assert_eq!(parse_amount("12 500,00"), Ok((1_250_000, None)));
    }

    #[test]
    fn messages_name_the_input() {
        let e = parse_money("12,3,4", "PLN").unwrap_err();
        assert_eq!(
            e.message(Lang::En),
            "not an amount of money: '12,3,4' (use e.g. 1234,56 or 1 234.56)"
        );
        assert_eq!(
            e.message(Lang::Pl),
            "to nie jest kwota: '12,3,4' (np. 1234,56 lub 1 234,56)"
        );
        let e = parse_money("1,234", "PLN").unwrap_err();
        assert!(e.message(Lang::En).contains("use a space for thousands"));
        assert!(e.message(Lang::Pl).contains("'1,234'"));
    }

    #[test]
    fn decimal_string_is_exact() {
        assert_eq!(Money::new(123_456, "PLN").to_decimal_string(), "1234.56");
        assert_eq!(Money::new(-5, "PLN").to_decimal_string(), "-0.05");
        assert_eq!(Money::new(120_000, "PLN").to_decimal_string(), "1200.00");
        assert_eq!(Money::new(0, "PLN").to_decimal_string(), "0.00");
        assert_eq!(
            Money::new(i64::MIN, "PLN").to_decimal_string(),
            "-92233720368547758.08"
        );
    }

    #[test]
    fn formats_for_people() {
        let pln = Money::new(123_456, "PLN");
        let eur = Money::new(123_456, "EUR");
        assert_eq!(format_money(&pln, Lang::Pl), "1 234,56 zł");
        assert_eq!(format_money(&eur, Lang::Pl), "1 234,56 EUR");
        assert_eq!(format_money(&pln, Lang::En), "PLN 1,234.56");
        assert_eq!(format_money(&eur, Lang::En), "EUR 1,234.56");
        assert_eq!(
            format_money(&Money::new(-100_000_000, "PLN"), Lang::Pl),
            "-1 000 000,00 zł"
        );
        assert_eq!(format_money(&Money::new(-5, "USD"), Lang::En), "USD -0.05");
        assert_eq!(
            format_money(&Money::new(99_900, "PLN"), Lang::Pl),
            "999,00 zł"
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = parse_money(&s, "PLN");
        }

        #[test]
        fn formatted_amounts_parse_back(minor in -99_999_999_999_999_999i64..=99_999_999_999_999_999, pl in any::<bool>(), cur in "PLN|EUR|USD") {
            let m = Money::new(minor, &cur);
            let lang = if pl { Lang::Pl } else { Lang::En };
            let text = format_money(&m, lang);
            prop_assert_eq!(parse_money(&text, "XXX"), Ok(m.clone()), "{}", text);
            prop_assert_eq!(parse_money(&m.to_decimal_string(), &cur), Ok(m));
        }
    }
}
