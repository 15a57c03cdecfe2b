//! A set of row numbers as bits: what one part of a filter matches. Combining the parts of
//! `stage:oferta value>=5000` is then a few thousand word operations, whatever the rows.

/// Rows `0..len` that are in the set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    /// No row of `len`.
    pub(crate) fn none(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Every row of `len`.
    pub(crate) fn all(len: usize) -> Bits {
        let mut b = Bits {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        b.trim();
        b
    }

    /// The rows for which `f` holds.
    pub(crate) fn from_fn(len: usize, mut f: impl FnMut(usize) -> bool) -> Bits {
        let mut b = Bits::none(len);
        for (w, word) in b.words.iter_mut().enumerate() {
            let base = w * 64;
            let mut acc = 0u64;
            for i in 0..64.min(len - base) {
                if f(base + i) {
                    acc |= 1 << i;
                }
            }
            *word = acc;
        }
        b
    }

    pub(crate) fn set(&mut self, i: usize) {
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }

    pub(crate) fn get(&self, i: usize) -> bool {
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub(crate) fn and(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub(crate) fn or(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub(crate) fn not(&mut self) {
        for w in &mut self.words {
            *w = !*w;
        }
        self.trim();
    }

    pub(crate) fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The rows in the set, in order.
    pub(crate) fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let i = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(w * 64 + i)
            })
        })
    }

    /// Clear the bits past `len` in the last word (a `not` sets them).
    fn trim(&mut self) {
        let tail = self.len % 64;
        if tail != 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= (1u64 << tail) - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations_over_a_length_that_is_not_a_multiple_of_64() {
        let evens = Bits::from_fn(130, |i| i % 2 == 0);
        assert_eq!(evens.count(), 65);
        let mut odds = evens.clone();
        odds.not();
        // 130 rows: 65 odd ones, and nothing past row 129 came alive.
        assert_eq!(odds.count(), 65);
        assert!(odds.get(129) && !odds.get(130) && !odds.get(128));
        let mut both = evens.clone();
        both.and(&odds);
        assert_eq!(both.count(), 0);
        let mut either = evens.clone();
        either.or(&odds);
        assert_eq!(either, Bits::all(130));
        let thirds: Vec<usize> = Bits::from_fn(10, |i| i % 3 == 0).ones().collect();
        assert_eq!(thirds, vec![0, 3, 6, 9]);
    }
}
