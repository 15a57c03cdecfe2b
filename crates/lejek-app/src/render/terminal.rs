//! Output meant for a script that lands on a terminal instead (issue 15): CSV and JSON keep
//! the data exactly when written to a file or a pipe, but on a terminal every character that
//! could act on it (an escape sequence, a bidi override, a zero-width space) is shown as `�`,
//! as tables and the TUI show it (`text::visible`).

use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;

use crate::text::visible;

/// Whether standard output is a terminal (asked once).
pub fn stdout_is_terminal() -> bool {
    static IS: OnceLock<bool> = OnceLock::new();
    *IS.get_or_init(|| io::stdout().is_terminal())
}

/// `s` as it may be printed to standard output: as it is unless that is a terminal.
pub fn for_stdout(s: String) -> String {
    if stdout_is_terminal() {
        visible::lines(&s)
    } else {
        s
    }
}

/// Standard output for a stream of CSV or JSON: neutralised when it is a terminal.
pub fn stdout_writer<'a>() -> Box<dyn Write + 'a> {
    let out = io::BufWriter::new(io::stdout().lock());
    if stdout_is_terminal() {
        Box::new(Visible::new(out))
    } else {
        Box::new(out)
    }
}

/// A writer that passes text on with every unsafe character replaced. Bytes are UTF-8 (all
/// lejek writes); a character split across two writes is held until its end arrives.
pub struct Visible<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Visible<W> {
    pub fn new(inner: W) -> Visible<W> {
        Visible {
            inner,
            pending: Vec::new(),
        }
    }

    fn pass(&mut self, text: &str) -> io::Result<()> {
        self.inner.write_all(visible::lines(text).as_bytes())
    }
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let bytes = std::mem::take(&mut self.pending);
        let mut rest: &[u8] = &bytes;
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.pass(text)?;
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    // Valid up to here by construction.
                    self.pass(std::str::from_utf8(good).unwrap_or_default())?;
                    match e.error_len() {
                        // Not UTF-8 at all: shown as the replacement.
                        Some(n) => {
                            self.pass("\u{FFFD}")?;
                            rest = &bad[n..];
                        }
                        // A character cut by the end of this write: keep it for the next.
                        None => {
                            self.pending = bad.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = String::from_utf8_lossy(&std::mem::take(&mut self.pending)).into_owned();
            self.pass(&rest)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Visible<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_replaced_even_when_a_character_is_cut_between_writes() {
        let mut out = Vec::new();
        {
            let mut w = Visible::new(&mut out);
            let text = "Łódź\u{1b}[2J;\u{202E}x\n".as_bytes();
            // Ł is two bytes: the first write ends inside it.
            w.write_all(&text[..1]).expect("write");
            w.write_all(&text[1..]).expect("write");
            w.flush().expect("flush");
        }
        assert_eq!(String::from_utf8(out).expect("utf-8"), "Łódź�[2J;�x\n");
    }
}
