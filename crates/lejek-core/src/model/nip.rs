//! NIP, the Polish tax identification number: ten digits, the last one a checksum.

use std::fmt;

use crate::i18n::{Lang, tr, trf};

/// Why a text is not a valid NIP. Each variant carries the offending input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NipError {
    /// Nothing was given.
    Empty,
    /// Not ten digits (after removing `PL`, spaces and hyphens).
    BadFormat(String),
    /// Ten digits, but the check digit does not match: usually a typo.
    BadChecksum(String),
}

impl NipError {
    /// The error as one line for the user, naming the input.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NipError::Empty => tr(lang, "nip.err.empty").to_owned(),
            NipError::BadFormat(s) => trf(lang, "nip.err.bad_format", &[s]),
            NipError::BadChecksum(s) => trf(lang, "nip.err.bad_checksum", &[s]),
        }
    }
}

impl fmt::Display for NipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for NipError {}

/// Checksum weights of the first nine digits.
const WEIGHTS: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/// Parses a NIP written with or without `PL`, spaces and hyphens in any grouping
/// (`725-183-29-19`, `725-18-32-919`, `PL 7251832919`) and returns its ten digits.
pub fn parse_nip(s: &str) -> Result<String, NipError> {
    let input = s.trim();
    if input.is_empty() {
        return Err(NipError::Empty);
    }
    // The EU VAT form prefixes the country code.
    let body = match input.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("PL") => &input[2..],
        _ => input,
    };
    let digits: String = body
        .chars()
        .filter(|&c| !matches!(c, ' ' | '-' | '\u{A0}'))
        .collect();
    if digits.len() != 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NipError::BadFormat(input.to_string()));
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let sum: u32 = WEIGHTS.iter().zip(&d).map(|(w, x)| w * x).sum();
    // A remainder of 10 cannot be a check digit: such numbers are never issued.
    if sum % 11 != d[9] {
        return Err(NipError::BadChecksum(input.to_string()));
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_common_spellings() {
        for s in [
            "7251832919",
            "725-183-29-19",
            "725-18-32-919",
            "PL7251832919",
            "pl 725 183 29 19",
            " 725 18 32 919 ",
        ] {
            assert_eq!(parse_nip(s), Ok("7251832919".into()), "{s}");
        }
    }

    #[test]
    fn rejects_bad_ones() {
        assert_eq!(
            parse_nip("7251832918"),
            Err(NipError::BadChecksum("7251832918".into()))
        );
        assert_eq!(parse_nip(""), Err(NipError::Empty));
        assert_eq!(
            parse_nip("725183291"),
            Err(NipError::BadFormat("725183291".into()))
        );
        assert_eq!(
            parse_nip("72518329199"),
            Err(NipError::BadFormat("72518329199".into()))
        );
        assert_eq!(
            parse_nip("725x832919"),
            Err(NipError::BadFormat("725x832919".into()))
        );
        assert_eq!(
            parse_nip("DE7251832919"),
            Err(NipError::BadFormat("DE7251832919".into()))
        );
        // Weighted sum mod 11 is 10 here, which no check digit can equal.
        assert!(matches!(
            parse_nip("9000000000"),
            Err(NipError::BadChecksum(_))
        ));
        assert!(matches!(
            parse_nip("١٢٣٤٥٦٧٨٩٠"),
            Err(NipError::BadFormat(_))
        ));
    }

    #[test]
    fn messages() {
        let e = parse_nip("7251832918").unwrap_err();
        assert!(e.message(Lang::En).contains("'7251832918'"));
        assert!(e.message(Lang::Pl).starts_with("błędny NIP"));
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,16}") {
            let _ = parse_nip(&s);
        }
    }
}
