//! Polish alphabetical order (a ą b c ć d e ę … ł … ó … ś … z ź ż) for sorting lists (X3).
//!
//! Three levels, like a collation: letters (case-insensitive; other accented Latin letters
//! sort with their base letter), then case (lowercase first), then raw bytes, so the order
//! is total and equal only for equal strings.

use std::cmp::Ordering;

use super::fold::latin_base;

/// Compares two strings in Polish alphabetical order.
pub fn polish_cmp(a: &str, b: &str) -> Ordering {
    primary(a)
        .cmp(primary(b))
        .then_with(|| case(a).cmp(case(b)))
        .then_with(|| a.as_bytes().cmp(b.as_bytes()))
}

fn primary(s: &str) -> impl Iterator<Item = u32> + '_ {
    weights(s).map(|(p, _)| p)
}

fn case(s: &str) -> impl Iterator<Item = u32> + '_ {
    weights(s).map(|(_, c)| c)
}

/// A key whose lexicographic order equals [`polish_cmp`]: compute it once per row and sort
/// by it, instead of re-deriving weights in every comparison.
pub fn sort_key(s: &str) -> Vec<u32> {
    let mut key: Vec<u32> = Vec::with_capacity(s.len() * 3 + 2);
    key.extend(primary(s));
    // 0 is below every weight, so a key that is a prefix of another sorts first, exactly as
    // the level-by-level comparison in `polish_cmp` does.
    key.push(0);
    key.extend(case(s));
    key.push(0);
    key.extend(s.bytes().map(|b| u32::from(b) + 1));
    key
}

/// Weight bands: punctuation and spaces < digits < letters < everything else.
const DIGIT_BASE: u32 = 200;
const LETTER_BASE: u32 = 300;
const OTHER_BASE: u32 = 1000;
const LOWER: u32 = 1;
const UPPER: u32 = 2;

/// (primary, case) weights of every character of `s`, in order.
fn weights(s: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    s.chars().flat_map(char_weights)
}

/// A letter's primary weight: four slots per base letter leave room for ź and ż after z.
fn letter(base: u8, extra: u32) -> u32 {
    LETTER_BASE + u32::from(base.to_ascii_lowercase() - b'a') * 4 + extra
}

/// Polish letters with diacritics sort right after their base letter (ż after ź).
fn polish_letter(c: char) -> Option<u32> {
    let (base, extra) = match c {
        'ą' | 'Ą' => (b'a', 1),
        'ć' | 'Ć' => (b'c', 1),
        'ę' | 'Ę' => (b'e', 1),
        'ł' | 'Ł' => (b'l', 1),
        'ń' | 'Ń' => (b'n', 1),
        'ó' | 'Ó' => (b'o', 1),
        'ś' | 'Ś' => (b's', 1),
        'ź' | 'Ź' => (b'z', 1),
        'ż' | 'Ż' => (b'z', 2),
        _ => return None,
    };
    Some(letter(base, extra))
}

fn ascii_weight(b: u8) -> u32 {
    if b.is_ascii_alphabetic() {
        letter(b, 0)
    } else if b.is_ascii_digit() {
        DIGIT_BASE + u32::from(b - b'0')
    } else {
        1 + u32::from(b)
    }
}

/// Up to three weights of one character (lowercasing may expand, e.g. `İ`).
struct CharWeights {
    buf: [(u32, u32); 3],
    len: usize,
    pos: usize,
}

impl CharWeights {
    fn push(&mut self, w: (u32, u32)) {
        if self.len < self.buf.len() {
            self.buf[self.len] = w;
            self.len += 1;
        }
    }
}

impl Iterator for CharWeights {
    type Item = (u32, u32);
    fn next(&mut self) -> Option<(u32, u32)> {
        let w = self.buf[..self.len].get(self.pos).copied();
        self.pos += 1;
        w
    }
}

fn char_weights(c: char) -> CharWeights {
    let mut out = CharWeights {
        buf: [(0, 0); 3],
        len: 0,
        pos: 0,
    };
    let case = if c.is_uppercase() { UPPER } else { LOWER };
    if c.is_ascii() {
        out.push((ascii_weight(c as u8), case));
    } else if let Some(p) = polish_letter(c) {
        out.push((p, case));
    } else if let Some(base) = latin_base(c) {
        for b in base.bytes() {
            out.push((ascii_weight(b), case));
        }
    } else if ('\u{300}'..='\u{36F}').contains(&c) {
        // Combining marks are ignored at the letter level; the byte level still sees them.
    } else {
        for l in c.to_lowercase() {
            if !('\u{300}'..='\u{36F}').contains(&l) {
                out.push((OTHER_BASE + l as u32, case));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| polish_cmp(a, b));
        v
    }

    #[test]
    fn polish_letters_follow_their_base() {
        assert_eq!(polish_cmp("Lucyna", "Łukasz"), Ordering::Less);
        assert_eq!(polish_cmp("Łukasz", "Maria"), Ordering::Less);
        assert_eq!(polish_cmp("Zenon", "Źrebak"), Ordering::Less);
        assert_eq!(polish_cmp("Źrebak", "Żaneta"), Ordering::Less);
        assert_eq!(
            sorted(&[
                "żaba", "zebra", "źle", "ćma", "cel", "ósmy", "owca", "pies", "łąka"
            ]),
            [
                "cel", "ćma", "łąka", "owca", "ósmy", "pies", "zebra", "źle", "żaba"
            ]
        );
    }

    #[test]
    fn full_alphabet_in_order() {
        let alphabet = "a ą b c ć d e ę f g h i j k l ł m n ń o ó p q r s ś t u v w x y z ź ż";
        let letters: Vec<&str> = alphabet.split(' ').collect();
        for pair in letters.windows(2) {
            assert_eq!(polish_cmp(pair[0], pair[1]), Ordering::Less, "{pair:?}");
        }
    }

    #[test]
    fn case_insensitive_at_first_level() {
        assert_eq!(polish_cmp("anna", "Bartek"), Ordering::Less);
        assert_eq!(polish_cmp("Anna", "bartek"), Ordering::Less);
        assert_eq!(polish_cmp("ŁUKASZ", "maria"), Ordering::Less);
        // Ties on letters are broken by case, lowercase first, so the order is total.
        assert_eq!(polish_cmp("anna", "Anna"), Ordering::Less);
        assert_eq!(polish_cmp("Anna", "Anna"), Ordering::Equal);
    }

    #[test]
    fn prefixes_and_other_accents() {
        assert_eq!(polish_cmp("Kowal", "Kowalski"), Ordering::Less);
        assert_eq!(polish_cmp("Müller", "Mueller"), Ordering::Greater);
        assert_eq!(polish_cmp("Müller", "Mumford"), Ordering::Less);
        assert_eq!(polish_cmp("10", "a"), Ordering::Less);
        assert_eq!(polish_cmp("", "a"), Ordering::Less);
    }

    proptest! {
        #[test]
        fn sort_key_agrees_with_cmp(a in "\\PC{0,8}", b in "\\PC{0,8}") {
            prop_assert_eq!(polish_cmp(&a, &b), sort_key(&a).cmp(&sort_key(&b)));
            prop_assert_eq!(polish_cmp(&a, &b) == Ordering::Equal, a == b);
            prop_assert_eq!(polish_cmp(&a, &b), polish_cmp(&b, &a).reverse());
        }

        #[test]
        fn polish_words_agree(a in "[aąbcćeęlłnńoósśzźżAĄZŻ ]{0,6}", b in "[aąbcćeęlłnńoósśzźżAĄZŻ ]{0,6}") {
            prop_assert_eq!(polish_cmp(&a, &b), sort_key(&a).cmp(&sort_key(&b)));
        }
    }
}
