//! How many SMS segments a text takes (issue 8, shown before sending). A text that fits the
//! GSM 03.38 alphabet travels in 7-bit septets: 160 a message, 153 a segment when split.
//! Anything else, and Polish letters are (ą, ę, ł, ś, ż...), forces UCS-2: 70 characters a
//! message, 67 a segment.

/// The GSM 03.38 basic alphabet (one septet each).
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension table: an escape septet and one more each.
const GSM_EXTENDED: &str = "^{}\\[~]|€\u{c}";

/// The encoding a text needs, and its length in that encoding's units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// 7-bit: the length is in septets.
    Gsm7,
    /// UCS-2: the length is in 16-bit units.
    Ucs2,
}

/// What sending a text as SMS means: its encoding, length in that encoding's units, and
/// how many segments it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segments {
    pub encoding: Encoding,
    pub units: usize,
    pub segments: usize,
}

/// Count the segments of `text` (an empty text is one empty message).
pub fn segments(text: &str) -> Segments {
    let septets: Option<usize> = text
        .chars()
        .map(|c| {
            if GSM_BASIC.contains(c) {
                Some(1)
            } else if GSM_EXTENDED.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (encoding, units, single, part) = match septets {
        Some(n) => (Encoding::Gsm7, n, 160, 153),
        None => (Encoding::Ucs2, text.encode_utf16().count(), 70, 67),
    };
    let segments = if units <= single {
        1
    } else {
        units.div_ceil(part)
    };
    Segments {
        encoding,
        units,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_seven_bit_160_then_153_a_segment() {
        let s = segments(&"a".repeat(160));
        assert_eq!((s.encoding, s.units, s.segments), (Encoding::Gsm7, 160, 1));
        // 161 septets no longer fit one message: split in 153s, two segments.
        assert_eq!(segments(&"a".repeat(161)).segments, 2);
        assert_eq!(segments(&"a".repeat(306)).segments, 2);
        assert_eq!(segments(&"a".repeat(307)).segments, 3);
    }

    #[test]
    fn one_polish_letter_forces_ucs2_70_then_67() {
        let s = segments("Dzień dobry");
        assert_eq!((s.encoding, s.units, s.segments), (Encoding::Ucs2, 11, 1));
        let long = format!("ą{}", "a".repeat(69));
        assert_eq!(segments(&long).segments, 1);
        // 71 characters: two segments of at most 67.
        let longer = format!("ą{}", "a".repeat(70));
        assert_eq!(segments(&longer).segments, 2);
        assert_eq!(segments(&format!("ż{}", "a".repeat(134))).segments, 3);
    }

    #[test]
    fn extension_characters_take_two_septets() {
        // 80 euro signs: 160 septets, one message; 81: two segments.
        assert_eq!(segments(&"€".repeat(80)).units, 160);
        assert_eq!(segments(&"€".repeat(80)).segments, 1);
        assert_eq!(segments(&"€".repeat(81)).segments, 2);
    }

    #[test]
    fn an_empty_text_is_one_message() {
        assert_eq!(segments("").segments, 1);
    }
}
