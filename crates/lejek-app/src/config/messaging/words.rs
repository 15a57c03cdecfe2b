//! A command line in the config file (`[email.sendmail]`, `[sms.command]`) split into its
//! words as a shell would, without a shell: the config file's syntax, read here so a
//! mistake is reported at its line; the transport runs the words as they are.

/// A quote in a command line that is never closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnclosedQuote;

/// Split a command line into words the way a shell would, without anything else a shell
/// does: whitespace separates, `'...'` is literal, `"..."` is literal but for `\"` and `\\`,
/// and a backslash outside quotes takes the next character as it is.
pub fn split_words(line: &str) -> Result<Vec<String>, UnclosedQuote> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => w.push(c),
                        None => return Err(UnclosedQuote),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\')) => w.push(c),
                            Some(c) => {
                                w.push('\\');
                                w.push(c);
                            }
                            None => return Err(UnclosedQuote),
                        },
                        Some(c) => w.push(c),
                        None => return Err(UnclosedQuote),
                    }
                }
            }
            '\\' => {
                let w = word.get_or_insert_with(String::new);
                if let Some(c) = chars.next() {
                    w.push(c);
                }
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        split_words(line).unwrap_or_else(|_| panic!("{line:?} does not split"))
    }

    #[test]
    fn splits_like_a_shell_without_one() {
        assert_eq!(words("  send-sms  {{to}} "), ["send-sms", "{{to}}"]);
        assert_eq!(
            words(r#"/opt/my\ tools/sms --from 'Firma Sp. z o.o.' "a \"b\" \x""#),
            [
                "/opt/my tools/sms",
                "--from",
                "Firma Sp. z o.o.",
                r#"a "b" \x"#
            ]
        );
        assert_eq!(words("a''b \"\""), ["ab", ""]);
        assert_eq!(words(""), Vec::<String>::new());
        assert_eq!(split_words("say 'hi"), Err(UnclosedQuote));
        assert_eq!(split_words("say \"hi"), Err(UnclosedQuote));
    }
}
