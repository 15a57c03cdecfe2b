//! What text from the database may put on a terminal (issue 15): nothing that moves the
//! cursor, starts an escape sequence, reorders a line or hides in it. Such characters are
//! shown as `�`, one for one, wherever stored text reaches a terminal (the TUI, tables,
//! CSV and JSON printed to a terminal); files keep the data as it is.

/// The replacement shown for a character that must not reach the terminal.
pub const REPLACEMENT: char = '\u{FFFD}';

/// C0 and C1 controls and DEL (ESC, CSI...); line and paragraph separators; bidirectional
/// overrides, embeddings, isolates and marks (U+202E turns `gpj.exe` into `exe.jpg`); and
/// zero-width characters, which make two names look alike. Visible on purpose: a name that
/// holds one shows it.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// The character as shown.
pub fn shown(c: char) -> char {
    if is_unsafe(c) { REPLACEMENT } else { c }
}

/// `s` with every unsafe character replaced, line breaks and tabs included.
pub fn one_line(s: &str) -> String {
    s.chars().map(shown).collect()
}

/// `s` with every unsafe character replaced except line breaks and tabs, which only move
/// to the next line or column (multi-line notes, CSV cells with a line break).
pub fn lines(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\n' || c == '\t' { c } else { shown(c) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_bidi_and_zero_width_are_shown_and_letters_are_not() {
        assert_eq!(lines("a\u{1b}]52;c;eA==\u{7}b"), "a�]52;c;eA==�b");
        assert_eq!(lines("\u{9b}2J"), "�2J", "C1 CSI");
        assert_eq!(lines("gpj\u{202E}.exe"), "gpj�.exe");
        assert_eq!(lines("Kowal\u{200B}ski\u{FEFF}"), "Kowal�ski�");
        assert_eq!(lines("Łódź\tżółć\r\n"), "Łódź\tżółć�\n");
        assert_eq!(one_line("a\nb\tc"), "a�b�c");
    }
}
