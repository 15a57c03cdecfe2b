//! Editing one line of text in place (the filter line, the `:` command line, the send
//! preview's recipient): the editing keys, and pasted text. Cursors are char indices.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Apply an editing key to a one-line text; true if the text changed.
pub fn edit_line(text: &mut String, cursor: &mut usize, key: &KeyEvent) -> bool {
    let len = text.chars().count();
    let byte = |t: &str, c: usize| t.char_indices().nth(c).map(|(i, _)| i).unwrap_or(t.len());
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('u') if ctrl => {
            text.clear();
            *cursor = 0;
            true
        }
        KeyCode::Char('a') if ctrl => {
            *cursor = 0;
            false
        }
        KeyCode::Char('e') if ctrl => {
            *cursor = len;
            false
        }
        KeyCode::Char(c) if !ctrl && !c.is_control() => {
            let at = byte(text, *cursor);
            text.insert(at, c);
            *cursor += 1;
            true
        }
        KeyCode::Backspace if *cursor > 0 => {
            let at = byte(text, *cursor - 1);
            text.remove(at);
            *cursor -= 1;
            true
        }
        KeyCode::Delete if *cursor < len => {
            let at = byte(text, *cursor);
            text.remove(at);
            true
        }
        KeyCode::Left => {
            *cursor = cursor.saturating_sub(1);
            false
        }
        KeyCode::Right => {
            *cursor = (*cursor + 1).min(len);
            false
        }
        KeyCode::Home => {
            *cursor = 0;
            false
        }
        KeyCode::End => {
            *cursor = len;
            false
        }
        _ => false,
    }
}

/// Insert pasted text at the cursor, without its control characters (a pasted line break
/// must not end up inside a one-line field), and move the cursor past it.
pub fn paste(text: &mut String, cursor: &mut usize, pasted: &str) {
    let clean: String = pasted.chars().filter(|c| !c.is_control()).collect();
    let at = text
        .char_indices()
        .nth(*cursor)
        .map_or(text.len(), |(i, _)| i);
    text.insert_str(at, &clean);
    *cursor += clean.chars().count();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_goes_in_at_the_cursor_without_control_characters() {
        let mut text = "ab".to_owned();
        let mut cursor = 1;
        paste(&mut text, &mut cursor, "ż\nx");
        assert_eq!((text.as_str(), cursor), ("ażxb", 3));
    }

    #[test]
    fn ctrl_u_clears_and_backspace_removes_before_the_cursor() {
        let key = |code, modifiers| KeyEvent::new(code, modifiers);
        let mut text = "żółw".to_owned();
        let mut cursor = 2;
        assert!(edit_line(
            &mut text,
            &mut cursor,
            &key(KeyCode::Backspace, KeyModifiers::NONE)
        ));
        assert_eq!((text.as_str(), cursor), ("żłw", 1));
        assert!(edit_line(
            &mut text,
            &mut cursor,
            &key(KeyCode::Char('u'), KeyModifiers::CONTROL)
        ));
        assert_eq!((text.as_str(), cursor), ("", 0));
    }
}
