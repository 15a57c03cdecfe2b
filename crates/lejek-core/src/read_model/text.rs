//! Folded search text of every row in one byte arena, so a bare word is found by one
//! `memmem` pass over a few megabytes instead of one string search per record.
//!
//! Each row's entry is its parts (title, offer; or name, e-mail, phone, NIP, city), each
//! folded (`text::fold`), joined by `SEP` and ended by `END`. A needle never holds those
//! bytes (`find` refuses one that does), so a match never spans two parts. A changed row
//! gets a new entry at the end and its old bytes are zeroed (they can no longer match);
//! when half the arena is dead it is compacted.

use memchr::memmem;

const SEP: u8 = 0x1f;
const END: u8 = 0x00;

#[derive(Clone, Debug, Default)]
pub(crate) struct TextColumn {
    bytes: Vec<u8>,
    /// Where each entry starts, ascending.
    starts: Vec<usize>,
    /// The row of each entry.
    entry_row: Vec<u32>,
    /// The live entry of each row.
    row_entry: Vec<u32>,
    dead: usize,
}

impl TextColumn {
    /// Add the next row.
    pub(crate) fn push(&mut self, parts: &[Option<&str>]) {
        let row = u32::try_from(self.row_entry.len()).unwrap_or(u32::MAX);
        let entry = self.append(row, parts);
        self.row_entry.push(entry);
    }

    /// Replace row `row`'s text.
    pub(crate) fn set(&mut self, row: usize, parts: &[Option<&str>]) {
        let Some(&old) = self.row_entry.get(row) else {
            return;
        };
        let (a, b) = self.span(old as usize);
        self.bytes[a..b].fill(0);
        self.dead += b - a;
        let entry = self.append(u32::try_from(row).unwrap_or(u32::MAX), parts);
        self.row_entry[row] = entry;
        if self.dead > self.bytes.len() / 2 {
            self.compact();
        }
    }

    /// Part `k` of row `row`, folded ("" when the row has none).
    pub(crate) fn part(&self, row: usize, k: usize) -> &str {
        let Some(&entry) = self.row_entry.get(row) else {
            return "";
        };
        let (a, b) = self.span(entry as usize);
        let text = &self.bytes[a..b.saturating_sub(1)];
        let part = text.split(|&c| c == SEP).nth(k).unwrap_or_default();
        // Entries are made of whole folded strings, so a part is UTF-8.
        std::str::from_utf8(part).unwrap_or_default()
    }

    /// Calls `hit(row, part)` for each place the folded `needle` occurs (a row may be
    /// named more than once).
    pub(crate) fn find(&self, needle: &str, mut hit: impl FnMut(usize, usize)) {
        let n = needle.as_bytes();
        if n.is_empty() || n.contains(&SEP) || n.contains(&END) {
            return;
        }
        for pos in memmem::find_iter(&self.bytes, n) {
            let entry = self.starts.partition_point(|&s| s <= pos) - 1;
            let row = self.entry_row[entry] as usize;
            if self.row_entry.get(row).copied() != u32::try_from(entry).ok() {
                continue;
            }
            let part = memchr::memchr_iter(SEP, &self.bytes[self.starts[entry]..pos]).count();
            hit(row, part);
        }
    }

    fn span(&self, entry: usize) -> (usize, usize) {
        let a = self.starts[entry];
        let b = self
            .starts
            .get(entry + 1)
            .copied()
            .unwrap_or(self.bytes.len());
        (a, b)
    }

    fn append(&mut self, row: u32, parts: &[Option<&str>]) -> u32 {
        let entry = u32::try_from(self.starts.len()).unwrap_or(u32::MAX);
        self.starts.push(self.bytes.len());
        self.entry_row.push(row);
        let mut folded = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                self.bytes.push(SEP);
            }
            folded.clear();
            crate::text::fold_into(p.unwrap_or_default(), &mut folded);
            // A control byte stored in a text must not split or end the entry.
            self.bytes.extend(
                folded
                    .bytes()
                    .map(|c| if c == SEP || c == END { b' ' } else { c }),
            );
        }
        self.bytes.push(END);
        entry
    }

    /// Copy the live entries, in row order, into a fresh arena.
    fn compact(&mut self) {
        let mut fresh = TextColumn::default();
        for row in 0..self.row_entry.len() {
            let (a, b) = self.span(self.row_entry[row] as usize);
            fresh.starts.push(fresh.bytes.len());
            fresh.entry_row.push(u32::try_from(row).unwrap_or(u32::MAX));
            fresh.row_entry.push(u32::try_from(row).unwrap_or(u32::MAX));
            fresh.bytes.extend_from_slice(&self.bytes[a..b]);
        }
        *self = fresh;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &TextColumn, needle: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        t.find(needle, |r, p| out.push((r, p)));
        out
    }

    #[test]
    fn finds_folded_words_by_row_and_part_and_forgets_replaced_text() {
        let mut t = TextColumn::default();
        t.push(&[Some("Kalendarze ŁÓDŹ"), None]);
        t.push(&[Some("Kubki"), Some("Kalendarz ścienny")]);
        // "kalendarz" is in row 0's first part and row 1's second.
        assert_eq!(found(&t, "kalendarz"), vec![(0, 0), (1, 1)]);
        assert_eq!(t.part(0, 0), "kalendarze lodz");
        assert_eq!(t.part(0, 1), "");
        // A needle never runs from one part into the next.
        assert!(found(&t, "kubkikal").is_empty());
        assert!(found(&t, "kubki\u{1f}kal").is_empty());
        t.set(0, &[Some("Długopisy"), None]);
        assert_eq!(found(&t, "lodz"), vec![]);
        assert_eq!(found(&t, "dlugo"), vec![(0, 0)]);
        // Many replacements compact the arena; the text stays findable.
        for i in 0..20 {
            t.set(1, &[Some(&format!("Kubki {i}")), None]);
        }
        assert_eq!(found(&t, "kubki 19"), vec![(1, 0)]);
        assert_eq!(found(&t, "dlugo"), vec![(0, 0)]);
        assert!(t.bytes.len() < 100, "compacted: {} bytes", t.bytes.len());
    }
}
