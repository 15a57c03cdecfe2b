//! Record pickers: a field that takes a record (a contact, a company, a deal, a campaign, a
//! user) is typed into by name and chosen from a ranked list, never by number (issue 18
//! item 2).
//!
//! The form has no backend: when the text of a record field changes it leaves a
//! [`LookupRequest`]; whoever holds the backend answers it with the candidates the store
//! found for that text ([`Form::offer`](super::Form::offer)), and the form ranks them here
//! with `nucleo-matcher` (helix's fuzzy matcher) on diacritic-folded text. The list is the
//! focused field's and lives on the form until the focus leaves, a record is taken, or Esc.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::text::fold;

/// What a record field looks up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Any contact (a deal's contact).
    Contact,
    /// Only companies (a person's company).
    Company,
    Deal,
    Campaign,
    /// A user: the key is the login (owners, assignees).
    User,
}

/// A chosen record: the key the command gets (an id, or a user's login) and the label the
/// field shows (`Malwa Sp. z o.o. · #12`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    pub key: String,
    pub label: String,
}

impl Pick {
    /// A record with a number: its name and `#id`.
    pub fn record(id: u64, name: &str) -> Pick {
        Pick {
            key: id.to_string(),
            label: format!("{name} · #{id}"),
        }
    }

    /// A user: the name and the login (just the login when they are the same).
    pub fn user(login: &str, name: &str) -> Pick {
        let label = if name.trim().is_empty() || name == login {
            login.to_owned()
        } else {
            format!("{name} · {login}")
        };
        Pick {
            key: login.to_owned(),
            label,
        }
    }
}

/// One record the lookup found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub pick: Pick,
    /// More about it on its row in the list: a contact's city, NIP, e-mail; a deal's contact.
    pub detail: String,
    /// What the typed text is matched against (name, e-mail, phone, NIP, `#id`).
    pub haystack: String,
    /// The record whose number was typed (`#12`): first, whatever the ranking says.
    pub exact: bool,
}

/// The focused record field's text changed: candidates are wanted for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LookupRequest {
    /// The field's id.
    pub field: &'static str,
    pub source: Source,
    /// The trimmed text typed.
    pub text: String,
}

/// The open candidate list under the focused field.
#[derive(Clone, Debug, Default)]
pub(crate) struct CandidateList {
    /// The field's index.
    pub field: usize,
    /// Best first.
    pub items: Vec<Candidate>,
    /// The highlighted item.
    pub cursor: usize,
}

impl CandidateList {
    pub fn up(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn down(&mut self) {
        if self.cursor + 1 < self.items.len() {
            self.cursor += 1;
        }
    }
}

/// A record number as typed: `#12`, or digits alone (which may also be part of a phone
/// or a NIP, so the caller searches those too).
pub fn typed_id(text: &str) -> Option<u64> {
    let digits = text.trim().strip_prefix('#').unwrap_or(text.trim());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The candidates that match `text` fuzzily, best first: a typed number's record, then by
/// nucleo's score over the folded haystack (ties keep the store's order). Candidates that do
/// not match at all are dropped; the same record found twice is kept once.
pub fn rank(text: &str, items: Vec<Candidate>) -> Vec<Candidate> {
    let needle = fold(text.trim());
    let pattern = Pattern::new(
        &needle,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Fuzzy,
    );
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored: Vec<(bool, u32, usize, Candidate)> = Vec::new();
    for (order, c) in items.into_iter().enumerate() {
        if scored.iter().any(|(_, _, _, s)| s.pick.key == c.pick.key) {
            continue;
        }
        let hay = fold(&c.haystack);
        let score = pattern.score(Utf32Str::new(&hay, &mut buf), &mut matcher);
        match score {
            Some(s) => scored.push((c.exact, s, order, c)),
            None if c.exact => scored.push((true, 0, order, c)),
            None => {}
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    scored.into_iter().map(|(_, _, _, c)| c).collect()
}

/// The store's filter for a text: each word quoted, so it is looked for as typed (no
/// field, operator or keyword of the filter language can be smuggled in), and a company
/// picker asks for companies only.
pub fn filter_for(text: &str, source: Source) -> String {
    let mut words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            let escaped = w.replace('\\', "\\\\").replace('"', "\\\"");
            format!("\"{escaped}\"")
        })
        .collect();
    if source == Source::Company {
        words.push("kind:company".into());
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firm(id: u64, name: &str, extra: &str) -> Candidate {
        Candidate {
            pick: Pick::record(id, name),
            detail: String::new(),
            haystack: format!("{name} {extra} #{id}"),
            exact: false,
        }
    }

    fn keys(items: &[Candidate]) -> Vec<&str> {
        items.iter().map(|c| c.pick.key.as_str()).collect()
    }

    #[test]
    fn ranking_folds_diacritics_and_puts_the_closer_name_first() {
        let items = vec![
            firm(1, "Mleczarnia Alwa", ""),
            firm(2, "Malwa Sp. z o.o.", ""),
            firm(3, "Hurtownia Żak", ""),
        ];
        // The letters of "malwa" are scattered in #1 and together in #2; #3 lacks them.
        assert_eq!(keys(&rank("malwa", items)), vec!["2", "1"]);
        // Typed without Polish letters, and the other way round.
        let items = vec![firm(1, "Łódzkie Młyny", ""), firm(2, "Lody Żak", "")];
        assert_eq!(keys(&rank("lodzkie", items.clone())), vec!["1"]);
        assert_eq!(keys(&rank("ŻAK", items)), vec!["2"]);
    }

    #[test]
    fn a_typed_number_puts_that_record_first() {
        let mut exact = firm(7, "Zenit", "");
        exact.exact = true;
        let items = vec![firm(3, "Drukarnia 7 Kolorów", "tel 777"), exact];
        let ranked = rank("7", items);
        assert_eq!(keys(&ranked), vec!["7", "3"]);
    }

    #[test]
    fn duplicates_are_kept_once() {
        let items = vec![firm(1, "Malwa", ""), firm(1, "Malwa", "")];
        assert_eq!(rank("mal", items).len(), 1);
    }

    #[test]
    fn the_filter_quotes_every_word() {
        assert_eq!(
            filter_for("or stage:won \"x", Source::Company),
            "\"or\" \"stage:won\" \"\\\"x\" kind:company"
        );
        assert_eq!(filter_for("  Malwa ", Source::Contact), "\"Malwa\"");
    }

    #[test]
    fn numbers_as_typed() {
        assert_eq!(typed_id("#12"), Some(12));
        assert_eq!(typed_id(" 12 "), Some(12));
        assert_eq!(typed_id("#"), None);
        assert_eq!(typed_id("12a"), None);
    }

    #[test]
    fn user_labels() {
        assert_eq!(Pick::user("anna", "Anna Nowak").label, "Anna Nowak · anna");
        assert_eq!(Pick::user("anna", "anna").label, "anna");
    }
}
