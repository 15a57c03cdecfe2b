//! Test helper, a leaf any test may use: a drawn buffer as the text a user reads.

use ratatui::buffer::Buffer;

/// A drawn buffer as text, rows joined by line ends.
pub fn text(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
