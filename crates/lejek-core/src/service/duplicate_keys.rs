//! The keys two contacts are compared by when looking for duplicates (issue 20 item 2): an
//! e-mail lower-cased, a phone as its digits without the country code, a name folded with
//! its legal form taken out. Equal keys make a likely pair; nothing here compares pairs.

use crate::text::fold;

/// Legal forms and trade prefixes, folded and split into words: removed from a name
/// wherever they stand ("Transbud Sp. z o.o." and "TRANSBUD S.A." are both "transbud").
/// Longer forms first, so "sp z o o" goes whole before "sp" could match anything.
const LEGAL_FORMS: &[&[&str]] = &[
    &["spolka", "z", "ograniczona", "odpowiedzialnoscia"],
    &["spolka", "komandytowo", "akcyjna"],
    &["sp", "z", "o", "o"],
    &["sp", "z", "oo"],
    &["sp", "zoo"],
    &["spolka", "akcyjna"],
    &["spolka", "komandytowa"],
    &["spolka", "jawna"],
    &["spolka", "cywilna"],
    &["spolka", "partnerska"],
    &["sp", "komandytowa"],
    &["sp", "jawna"],
    &["sp", "k"],
    &["sp", "j"],
    &["sp", "p"],
    &["s", "k", "a"],
    &["s", "a"],
    &["s", "c"],
    &["spzoo"],
    &["ska"],
    &["sa"],
    &["spk"],
    &["spj"],
    &["sc"],
    &["phu"],
    &["fhu"],
    &["pphu"],
    &["ppuh"],
    &["phpu"],
    &["zphu"],
];

/// Fewer digits than this are no phone number worth comparing (an extension, a typo).
const MIN_PHONE_DIGITS: usize = 6;

/// An e-mail as compared: trimmed and lower-cased; None when empty.
pub fn email_key(email: &str) -> Option<String> {
    let e = email.trim().to_lowercase();
    (!e.is_empty()).then_some(e)
}

/// A phone as compared: its digits, without a leading 00 and, on a number longer than a
/// Polish one (nine digits), without the leading country code 48. None for too few digits.
pub fn phone_key(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let mut d = digits.as_str();
    if let Some(rest) = d.strip_prefix("00") {
        d = rest;
    }
    if d.len() > 9
        && let Some(rest) = d.strip_prefix("48")
    {
        d = rest;
    }
    (d.len() >= MIN_PHONE_DIGITS).then(|| d.to_owned())
}

/// A name as compared: folded (case, diacritics), punctuation as spaces, legal forms
/// removed, words joined by one space. None when nothing is left ("S.A." alone).
pub fn name_key(name: &str) -> Option<String> {
    let folded = fold(name);
    let spaced: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    'words: while i < words.len() {
        for form in LEGAL_FORMS {
            if words[i..].starts_with(form) {
                i += form.len();
                continue 'words;
            }
        }
        kept.push(words[i]);
        i += 1;
    }
    (!kept.is_empty()).then(|| kept.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_go_wherever_they_stand() {
        // Each expected key worked out by hand: folded, punctuation out, forms out.
        assert_eq!(name_key("Transbud Sp. z o.o.").as_deref(), Some("transbud"));
        assert_eq!(name_key("TRANSBUD S.A.").as_deref(), Some("transbud"));
        assert_eq!(
            name_key("Transbud spółka z ograniczoną odpowiedzialnością").as_deref(),
            Some("transbud")
        );
        assert_eq!(
            name_key("PHU Jan Kowalski").as_deref(),
            Some("jan kowalski")
        );
        assert_eq!(
            name_key("Łódzka Drukarnia Sp.K.").as_deref(),
            Some("lodzka drukarnia")
        );
        assert_eq!(
            name_key("Nowak i Syn sp. j.").as_deref(),
            Some("nowak i syn")
        );
        assert_eq!(name_key("Kwiaty s.c.").as_deref(), Some("kwiaty"));
        assert_eq!(name_key("Budex Sp. Komandytowa").as_deref(), Some("budex"));
        assert_eq!(name_key("„Żółw” — Sklep!").as_deref(), Some("zolw sklep"));
    }

    #[test]
    fn a_name_that_is_only_a_legal_form_has_no_key() {
        assert_eq!(name_key("S.A."), None);
        assert_eq!(name_key("  ...  "), None);
    }

    #[test]
    fn words_inside_other_words_are_not_forms() {
        // "sa" is a form only as a whole word: "Sasanka" keeps it.
        assert_eq!(name_key("Sasanka SA").as_deref(), Some("sasanka"));
        assert_eq!(name_key("Spedpol").as_deref(), Some("spedpol"));
    }

    #[test]
    fn emails_are_compared_lower_cased() {
        assert_eq!(
            email_key(" Biuro@TransBud.PL ").as_deref(),
            Some("biuro@transbud.pl")
        );
        assert_eq!(email_key("   "), None);
    }

    #[test]
    fn phones_are_digits_without_the_country_code() {
        assert_eq!(phone_key("+48 601 202 303").as_deref(), Some("601202303"));
        assert_eq!(phone_key("0048 601-202-303").as_deref(), Some("601202303"));
        assert_eq!(phone_key("601 202 303").as_deref(), Some("601202303"));
        // A nine-digit number starting 48 is a Radom landline: it keeps its digits.
        assert_eq!(phone_key("48 362 11 22").as_deref(), Some("483621122"));
        assert_eq!(
            phone_key("(42) 600-100-200").as_deref(),
            Some("42600100200")
        );
        assert_eq!(phone_key("12-34"), None);
    }
}
