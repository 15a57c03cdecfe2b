//! Case and diacritic folding for search: "Łódź" and "LODZ" both fold to "lodz" (X3).

use std::cell::RefCell;

/// Lowercases `s` and strips diacritics (Polish, Latin-1 and Latin Extended-A letters;
/// `ł` becomes `l`, `ß` becomes `ss`). Other scripts are only lowercased.
///
/// Folding is for comparing, never for showing: the result may be longer than the input.
pub fn fold(s: &str) -> String {
    // Most search text (e-mails, phones, NIPs, many names) is ASCII; skip the table then.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out`, so callers can reuse one buffer across records.
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        push_folded(c, out);
    }
}

/// True if the folded form of `haystack` contains `folded_needle`, which must already be
/// folded (fold literals once, not once per record). Does not allocate on the usual paths.
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    if folded_needle.is_empty() {
        return true;
    }
    if haystack.is_ascii() {
        // An ASCII haystack folds to ASCII, so a needle with anything else cannot occur.
        if !folded_needle.is_ascii() {
            return false;
        }
        let n = folded_needle.as_bytes();
        return haystack
            .as_bytes()
            .windows(n.len())
            .any(|w| w.eq_ignore_ascii_case(n));
    }
    with_folded(haystack, |h| h.contains(folded_needle))
}

/// True if `s` folds to exactly `folded` (which must already be folded).
pub fn eq_folded(s: &str, folded: &str) -> bool {
    if s.is_ascii() {
        return s.len() == folded.len() && s.eq_ignore_ascii_case(folded);
    }
    with_folded(s, |h| h == folded)
}

thread_local! {
    // One scratch buffer per thread: the filter folds a field of each of 300k records and
    // a fresh String per record would dominate the cost.
    static SCRATCH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs `f` on the folded form of `s`, using the thread's scratch buffer when it is free.
fn with_folded<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            fold_into(s, &mut buf);
            f(&buf)
        }
        // Re-entered from inside `f`: correctness over speed.
        Err(_) => f(&fold(s)),
    })
}

/// Appends the folded form of one character.
pub(crate) fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(base) = latin_base(c) {
        out.push_str(base);
    } else if is_combining_mark(c) {
        // Decomposed input (e.g. from macOS) carries accents as separate marks: drop them.
    } else {
        // Lowercasing can itself yield a Latin letter or a mark (Kelvin sign, Angstrom sign,
        // dotted I), so fold the result too; that keeps `fold` idempotent.
        for l in c.to_lowercase() {
            if l.is_ascii() {
                out.push(l);
            } else if let Some(base) = latin_base(l) {
                out.push_str(base);
            } else if !is_combining_mark(l) {
                out.push(l);
            }
        }
    }
}

/// Combining diacritical marks (U+0300..U+036F).
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The lowercase base letters of an accented Latin letter, or `None` if `c` is not one.
pub(crate) fn latin_base(c: char) -> Option<&'static str> {
    let base = match c {
        // Latin-1 Supplement.
        '\u{C0}'..='\u{C5}' | '\u{E0}'..='\u{E5}' => "a",
        '\u{C6}' | '\u{E6}' => "ae",
        '\u{C7}' | '\u{E7}' => "c",
        '\u{C8}'..='\u{CB}' | '\u{E8}'..='\u{EB}' => "e",
        '\u{CC}'..='\u{CF}' | '\u{EC}'..='\u{EF}' => "i",
        '\u{D0}' | '\u{F0}' => "d",
        '\u{D1}' | '\u{F1}' => "n",
        '\u{D2}'..='\u{D6}' | '\u{D8}' | '\u{F2}'..='\u{F6}' | '\u{F8}' => "o",
        '\u{D9}'..='\u{DC}' | '\u{F9}'..='\u{FC}' => "u",
        '\u{DD}' | '\u{FD}' | '\u{FF}' => "y",
        '\u{DE}' | '\u{FE}' => "th",
        '\u{DF}' | '\u{1E9E}' => "ss",
        // Latin Extended-A: upper and lower case alternate, so ranges cover both.
        '\u{100}'..='\u{105}' => "a",
        '\u{106}'..='\u{10D}' => "c",
        '\u{10E}'..='\u{111}' => "d",
        '\u{112}'..='\u{11B}' => "e",
        '\u{11C}'..='\u{123}' => "g",
        '\u{124}'..='\u{127}' => "h",
        '\u{128}'..='\u{131}' => "i",
        '\u{132}' | '\u{133}' => "ij",
        '\u{134}' | '\u{135}' => "j",
        '\u{136}'..='\u{138}' => "k",
        '\u{139}'..='\u{142}' => "l",
        '\u{143}'..='\u{14B}' => "n",
        '\u{14C}'..='\u{151}' => "o",
        '\u{152}' | '\u{153}' => "oe",
        '\u{154}'..='\u{159}' => "r",
        '\u{15A}'..='\u{161}' | '\u{17F}' => "s",
        '\u{162}'..='\u{167}' => "t",
        '\u{168}'..='\u{173}' => "u",
        '\u{174}' | '\u{175}' => "w",
        '\u{176}'..='\u{178}' => "y",
        '\u{179}'..='\u{17E}' => "z",
        // Romanian comma-below letters.
        '\u{218}' | '\u{219}' => "s",
        '\u{21A}' | '\u{21B}' => "t",
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn polish_letters_fold() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Żółw"), "zolw");
        assert_eq!(fold("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"), "acelnoszz acelnoszz");
    }

    #[test]
    fn other_latin_letters_fold() {
        assert_eq!(fold("Müller Straße"), "muller strasse");
        assert_eq!(fold("Dvořák Šťastný"), "dvorak stastny");
        assert_eq!(fold("Français Œuvre"), "francais oeuvre");
        assert_eq!(fold("Ørsted Ærø"), "orsted aero");
    }

    #[test]
    fn ascii_fast_path_lowercases() {
        assert_eq!(fold("Jan.KOWALSKI@x.PL"), "jan.kowalski@x.pl");
    }

    #[test]
    fn combining_marks_are_dropped() {
        // "Łódź" typed with a decomposed ó and ź.
        assert_eq!(fold("Lo\u{301}dz\u{301}"), "lodz");
    }

    #[test]
    fn other_scripts_are_lowercased() {
        assert_eq!(fold("МОСКВА"), "москва");
    }

    #[test]
    fn contains_and_eq() {
        assert!(contains_folded("Łódź Bałuty", "lodz"));
        assert!(contains_folded("ul. Piotrkowska, ŁÓDŹ", "lodz"));
        assert!(contains_folded("LODZ", "lodz"));
        assert!(!contains_folded("LODZ", "łódź"));
        assert!(contains_folded("anything", ""));
        assert!(eq_folded("Łódź", "lodz"));
        assert!(eq_folded("VIP", "vip"));
        assert!(!eq_folded("VIPs", "vip"));
    }

    proptest! {
        #[test]
        fn helpers_agree_with_fold(h in "\\PC{0,12}", n in "\\PC{0,4}") {
            let fh = fold(&h);
            let fnd = fold(&n);
            prop_assert_eq!(contains_folded(&h, &fnd), fh.contains(&fnd));
            prop_assert_eq!(eq_folded(&h, &fnd), fh == fnd);
            prop_assert_eq!(fold(&fh), fh.clone());
        }
    }
}
