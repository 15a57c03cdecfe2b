//! How text is laid out in terminal cells: control characters neutralised, widths counted
//! in columns (a Polish letter is one column, a CJK ideograph two, a combining mark none),
//! long text truncated, wrapped or scrolled sideways around the cursor.

use ratatui::text::Span;

/// Characters that could move the cursor, start an escape sequence, reorder the line or
/// hide in it: typed input never inserts them; text from the database may contain them and
/// is shown as `�` (`text::visible`, the one rule for every terminal output).
pub(crate) use crate::text::visible::{is_unsafe, shown};

/// The text as drawn: every unsafe character replaced, one for one, so char indexes agree.
pub(crate) fn sanitize(s: &str) -> String {
    crate::text::visible::one_line(s)
}

/// Columns taken by `s`, which must already be sanitised.
pub(crate) fn width(s: &str) -> usize {
    Span::raw(s).width()
}

/// Columns taken by one (shown) character.
pub(crate) fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    width(shown(c).encode_utf8(&mut buf))
}

/// The longest start of `s` that fits in `max` columns.
fn cut(s: &str, max: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += char_width(c);
        if used > max {
            return &s[..i];
        }
    }
    s
}

/// `s` cut to at most `max` columns, ending in `…` when something was cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    format!("{}…", cut(s, max - 1))
}

/// Word-wraps `s` into lines of at most `max` columns; words longer than a line are split.
/// At most `max_lines` lines: the last one ends in `…` when text was left out.
pub(crate) fn wrap(s: &str, max: usize, max_lines: usize) -> Vec<String> {
    if max == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in words(s) {
        let word = word.as_str();
        let ww = width(word);
        let gap = usize::from(used > 0);
        if used + gap + ww <= max {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            used += gap + ww;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        for c in word.chars() {
            let cw = char_width(c);
            if used + cw > max {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if used > 0 {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = if width(last) < max {
                format!("{last}…")
            } else {
                format!("{}…", cut(last, max - 1))
            };
        }
    }
    lines
}

/// The words of `s` for wrapping; a space between digits (`1 234,56`) does not break.
fn words(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        let starts_digit = w.starts_with(|c: char| c.is_ascii_digit());
        match out.last_mut() {
            Some(prev) if starts_digit && prev.ends_with(|c: char| c.is_ascii_digit()) => {
                prev.push(' ');
                prev.push_str(w);
            }
            _ => out.push(w.to_owned()),
        }
    }
    out
}

/// What of a focused value fits in `max` columns, scrolled so the cursor is visible.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Window {
    /// The visible text, padded with spaces where a wide character was cut at the edge.
    pub text: String,
    /// The cursor's column within `text`.
    pub cursor_x: usize,
    /// Text is hidden on the left / on the right.
    pub more_left: bool,
    pub more_right: bool,
}

/// Scrolls sideways by half a window at a time, so the result depends only on the value and
/// the cursor (rendering keeps no state) and there is always context on both sides of the
/// cursor. The text covers at most `max - 1` columns and the cursor never lands in the last
/// one, which is left for a "more" mark (`more_right`).
pub(crate) fn window(value: &str, cursor: usize, max: usize) -> Window {
    let cols: Vec<(char, usize)> = value.chars().map(|c| (shown(c), char_width(c))).collect();
    let cursor_col: usize = cols.iter().take(cursor).map(|&(_, w)| w).sum();
    if max < 2 {
        return Window {
            text: String::new(),
            cursor_x: 0,
            more_left: cursor_col > 0,
            more_right: cols.len() > cursor,
        };
    }
    let last = max - 1;
    let half = (max / 2).max(1);
    let start = if cursor_col < last {
        0
    } else {
        ((cursor_col - last) / half + 1) * half
    };
    let view_end = start + last;
    let mut text = String::new();
    let mut col = 0;
    let mut more_right = false;
    for &(c, w) in &cols {
        let (from, to) = (col, col + w);
        col = to;
        if from < start {
            // A wide character cut by the left edge: keep its visible half blank.
            text.extend(std::iter::repeat_n(' ', to.saturating_sub(start)));
            continue;
        }
        if to > view_end {
            more_right = true;
            break;
        }
        text.push(c);
    }
    Window {
        text,
        cursor_x: cursor_col - start,
        more_left: start > 0,
        more_right,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_replaced_one_for_one() {
        let s = "a\x1b]52;b\nc\u{202E}d\u{9b}";
        let out = sanitize(s);
        assert_eq!(out, "a\u{FFFD}]52;b\u{FFFD}c\u{FFFD}d\u{FFFD}");
        assert_eq!(out.chars().count(), s.chars().count());
        assert!(!out.chars().any(|c| c.is_control()));
    }

    #[test]
    fn widths_of_polish_and_wide_letters() {
        assert_eq!(width("Zażółć gęślą jaźń"), 17);
        assert_eq!(width("日本"), 4);
        assert_eq!(char_width('ł'), 1);
        assert_eq!(char_width('\u{1b}'), 1);
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("Łódź", 4), "Łódź");
        assert_eq!(truncate("Łódzkie Młyny", 6), "Łódzk…");
        assert_eq!(truncate("日本語", 4), "日…");
    }

    #[test]
    fn wrap_by_words_and_mark_the_rest() {
        assert_eq!(
            wrap("nie ma takiego dnia: '2026-02-30'", 12, 5),
            vec!["nie ma", "takiego", "dnia:", "'2026-02-30'"]
        );
        assert_eq!(wrap("aaaa bbbb cccc", 9, 1), vec!["aaaa bbb…"]);
        assert_eq!(wrap("abcdefghij", 4, 5), vec!["abcd", "efgh", "ij"]);
        assert_eq!(
            wrap("e.g. 1 234.56 or", 10, 5),
            vec!["e.g.", "1 234.56", "or"]
        );
    }

    #[test]
    fn window_keeps_the_cursor_visible_and_off_the_last_column() {
        let v = "0123456789abcdefghij";
        let w = window(v, 0, 10);
        assert_eq!(
            (w.text.as_str(), w.cursor_x, w.more_left, w.more_right),
            ("012345678", 0, false, true)
        );
        let w = window(v, 9, 10);
        assert_eq!(w.text, "56789abcd");
        assert_eq!(w.cursor_x, 4);
        assert!(w.more_left && w.more_right);
        let w = window(v, 20, 10);
        assert!(w.cursor_x < 9);
        assert!(w.text.ends_with('j'));
        assert!(!w.more_right);
        for cursor in 0..=20 {
            let w = window(v, cursor, 10);
            assert!(w.cursor_x <= 8, "cursor {cursor}: {w:?}");
            assert!(width(&w.text) <= 10);
        }
    }

    #[test]
    fn window_counts_columns_not_bytes() {
        let w = window("żółć", 4, 10);
        assert_eq!((w.text.as_str(), w.cursor_x), ("żółć", 4));
        let w = window("日本語日本語", 6, 6);
        assert!(width(&w.text) <= 6);
        assert!(w.cursor_x <= 4);
    }
}
