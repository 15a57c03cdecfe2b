//! One line of editable text with a cursor counted in characters (not bytes), so Polish
//! letters, which take two bytes in UTF-8, move and delete as one.

use super::display::is_unsafe;

/// The text of a field and where the cursor is in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Input {
    value: String,
    /// A char index in `0..=value.chars().count()`.
    cursor: usize,
}

impl Input {
    /// `value` as given (text from the database is kept byte for byte, so saving an
    /// untouched field writes back what was read), cursor at the end.
    pub fn new(value: &str) -> Input {
        Input {
            value: value.to_owned(),
            cursor: value.chars().count(),
        }
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn len(&self) -> usize {
        self.value.chars().count()
    }

    /// Byte offset of char index `i` (the end of the text when `i` is past it).
    fn byte(&self, i: usize) -> usize {
        self.value
            .char_indices()
            .nth(i)
            .map_or(self.value.len(), |(b, _)| b)
    }

    /// Replaces the whole text and puts the cursor at its end.
    pub fn set(&mut self, value: &str) -> bool {
        let changed = self.value != value;
        self.value = value.to_owned();
        self.cursor = self.len();
        changed
    }

    /// Inserts `c` at the cursor unless it is a control character or the text already has
    /// `cap` characters (a hard stop well past the field's limit, against pasted floods).
    pub fn insert(&mut self, c: char, cap: usize) -> bool {
        if is_unsafe(c) || self.len() >= cap {
            return false;
        }
        let at = self.byte(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Inserts pasted text: line breaks and tabs become spaces, other controls are dropped.
    pub fn insert_str(&mut self, s: &str, cap: usize) -> bool {
        let mut changed = false;
        for c in s.chars() {
            let c = if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            };
            changed |= self.insert(c, cap);
        }
        changed
    }

    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte(self.cursor);
        self.value.remove(at);
        true
    }

    pub fn delete(&mut self) -> bool {
        if self.cursor >= self.len() {
            return false;
        }
        let at = self.byte(self.cursor);
        self.value.remove(at);
        true
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.len();
    }

    /// The char index where the word before the cursor starts (spaces before it skipped).
    fn word_start(&self) -> usize {
        let chars: Vec<char> = self.value.chars().take(self.cursor).collect();
        let mut i = chars.len();
        while i > 0 && chars[i - 1].is_whitespace() {
            i -= 1;
        }
        while i > 0 && !chars[i - 1].is_whitespace() {
            i -= 1;
        }
        i
    }

    /// The char index just past the word after the cursor.
    fn word_end(&self) -> usize {
        let mut i = self.cursor;
        let mut rest = self.value.chars().skip(self.cursor).peekable();
        while rest.next_if(|c| c.is_whitespace()).is_some() {
            i += 1;
        }
        while rest.next_if(|c| !c.is_whitespace()).is_some() {
            i += 1;
        }
        i
    }

    pub fn word_left(&mut self) {
        self.cursor = self.word_start();
    }

    pub fn word_right(&mut self) {
        self.cursor = self.word_end();
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after that word.
    pub fn delete_word_before(&mut self) -> bool {
        let start = self.word_start();
        if start == self.cursor {
            return false;
        }
        let (from, to) = (self.byte(start), self.byte(self.cursor));
        self.value.replace_range(from..to, "");
        self.cursor = start;
        true
    }

    /// Ctrl-K: deletes from the cursor to the end.
    pub fn delete_to_end(&mut self) -> bool {
        let at = self.byte(self.cursor);
        let changed = at < self.value.len();
        self.value.truncate(at);
        changed
    }

    /// Ctrl-U: empties the field.
    pub fn clear(&mut self) -> bool {
        self.set("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAP: usize = 100;

    fn typed(s: &str) -> Input {
        let mut i = Input::default();
        for c in s.chars() {
            i.insert(c, CAP);
        }
        i
    }

    #[test]
    fn insert_in_the_middle_of_polish_text() {
        let mut i = typed("Łdź");
        i.home();
        i.right();
        assert!(i.insert('ó', CAP));
        assert_eq!((i.value(), i.cursor()), ("Łódź", 2));
        i.end();
        i.insert('!', CAP);
        assert_eq!(i.value(), "Łódź!");
    }

    #[test]
    fn backspace_and_delete_remove_whole_letters() {
        let mut i = typed("żółć");
        assert!(i.backspace());
        assert_eq!((i.value(), i.cursor()), ("żół", 3));
        i.home();
        assert!(!i.backspace());
        assert!(i.delete());
        assert_eq!((i.value(), i.cursor()), ("ół", 0));
        i.end();
        assert!(!i.delete());
        i.left();
        assert!(i.delete());
        assert_eq!(i.value(), "ó");
    }

    #[test]
    fn home_end_and_arrows_stay_in_range() {
        let mut i = typed("gęś");
        i.right();
        assert_eq!(i.cursor(), 3);
        i.home();
        i.left();
        assert_eq!(i.cursor(), 0);
        i.end();
        assert_eq!(i.cursor(), 3);
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_the_cursor() {
        let mut i = typed("Zażółć gęślą jaźń  ");
        assert!(i.delete_word_before());
        assert_eq!(i.value(), "Zażółć gęślą ");
        i.left();
        i.left();
        // In the middle of a word: only its part before the cursor goes.
        assert!(i.delete_word_before());
        assert_eq!((i.value(), i.cursor()), ("Zażółć ą ", 7));
        i.home();
        assert!(!i.delete_word_before());
    }

    #[test]
    fn ctrl_u_clears_and_ctrl_k_cuts_to_the_end() {
        let mut i = typed("Łódzkie Młyny");
        i.home();
        i.word_right();
        assert_eq!(i.cursor(), 7);
        assert!(i.delete_to_end());
        assert_eq!(i.value(), "Łódzkie");
        i.word_left();
        assert_eq!(i.cursor(), 0);
        assert!(i.clear());
        assert_eq!((i.value(), i.cursor()), ("", 0));
        assert!(!i.clear());
    }

    #[test]
    fn control_characters_are_never_typed_and_the_cap_holds() {
        let mut i = Input::default();
        assert!(!i.insert('\u{1b}', CAP));
        assert!(!i.insert('\u{9b}', CAP));
        assert!(i.insert_str("a\nb\tc\u{7}", CAP));
        assert_eq!(i.value(), "a b c");
        let mut i = Input::default();
        i.insert_str(&"x".repeat(150), CAP);
        assert_eq!(i.len(), CAP);
    }

    #[test]
    fn initial_value_is_kept_as_is() {
        let i = Input::new("a\x1bb");
        assert_eq!(i.value(), "a\x1bb");
        assert_eq!(i.cursor(), 3);
    }
}
