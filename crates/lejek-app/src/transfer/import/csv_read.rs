//! Reading a spreadsheet's text: which encoding the bytes are in and which character
//! separates the columns. Excel on Polish Windows saves "CSV" in Windows-1250 with `;`;
//! older Unix tools write ISO-8859-2; everything else writes UTF-8, often with a BOM.

use encoding_rs::{Encoding, ISO_8859_2, UTF_8, WINDOWS_1250};

/// Why a file's bytes are not text we can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// `--encoding` named nothing we know.
    UnknownEncoding(String),
    /// The bytes are not valid in the encoding (forced or detected): shown as the encoding.
    Undecodable(&'static str),
}

/// An encoding given by `--encoding`: the WHATWG labels (`utf-8`, `windows-1250`,
/// `iso-8859-2`, `latin2`, ...) plus `cp1250`, which is what Polish users call it.
pub fn encoding_named(label: &str) -> Result<&'static Encoding, DecodeError> {
    let l = label.trim().to_ascii_lowercase();
    let l = match l.as_str() {
        "cp1250" | "cp-1250" | "win1250" | "windows1250" => "windows-1250",
        "utf8" => "utf-8",
        "iso8859-2" | "iso88592" => "iso-8859-2",
        other => other,
    };
    Encoding::for_label(l.as_bytes()).ok_or_else(|| DecodeError::UnknownEncoding(label.into()))
}

/// Decode `bytes` in `forced`, or in the encoding they look like: a BOM decides; valid UTF-8
/// is UTF-8; otherwise Windows-1250 or ISO-8859-2, told apart by the bytes where they
/// differ. Returns the text and the encoding used.
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<(String, &'static Encoding), DecodeError> {
    let (enc, body) = match Encoding::for_bom(bytes) {
        // A BOM is the file's own word on its encoding; it outranks a guess, not a choice.
        Some((enc, len)) if forced.is_none() || forced == Some(enc) => (enc, &bytes[len..]),
        _ => (forced.unwrap_or_else(|| guess(bytes)), bytes),
    };
    let (text, had_errors) = enc.decode_without_bom_handling(body);
    // A NUL never occurs in a spreadsheet's text: it is a binary file or UTF-16 without a BOM.
    if had_errors || text.contains('\0') {
        return Err(DecodeError::Undecodable(enc.name()));
    }
    // A byte-order mark past the start (two files concatenated, a cell pasted from one)
    // is invisible and would stay in names, so "Firma" would not match "\u{feff}Firma":
    // gone from every field (issue 15 item 14).
    let text = if text.contains('\u{feff}') {
        text.replace('\u{feff}', "")
    } else {
        text.into_owned()
    };
    Ok((text, enc))
}

/// The first two columns with the same name (trimmed, case ignored): 1-based positions
/// and the name. A second column of the same name would otherwise be dropped unseen.
pub fn duplicate_header<S: AsRef<str>>(headers: &[S]) -> Option<(usize, usize, String)> {
    let norm = |h: &S| h.as_ref().trim().to_lowercase();
    for (j, h) in headers.iter().enumerate() {
        let name = norm(h);
        if name.is_empty() {
            continue;
        }
        if let Some(i) = headers[..j].iter().position(|g| norm(g) == name) {
            return Some((i + 1, j + 1, h.as_ref().trim().to_owned()));
        }
    }
    None
}

/// The encoding bytes without a BOM look like.
pub fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    // 0x80-0x9F are control characters in ISO-8859-2 and letters or punctuation in
    // Windows-1250 (ś 0x9C, ź 0x9F, Ś 0x8C, Ź 0x8F, „ 0x84, ” 0x94): one of them settles it.
    if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        return WINDOWS_1250;
    }
    // Polish letters that only ISO-8859-2 puts here (ą Ą ś Ś ź Ź; in Windows-1250 these
    // are ± ˇ ¶ ¦ Ľ ¬), against those only Windows-1250 puts here (ą 0xB9, Ą 0xA5; in
    // ISO-8859-2 they are š and Ľ, rare in Polish).
    let iso = bytes
        .iter()
        .filter(|b| matches!(b, 0xB1 | 0xA1 | 0xB6 | 0xA6 | 0xBC | 0xAC))
        .count();
    let cp = bytes.iter().filter(|b| matches!(b, 0xB9 | 0xA5)).count();
    if iso > cp { ISO_8859_2 } else { WINDOWS_1250 }
}

/// A delimiter given by `--delimiter`: `;`, `,`, `tab` (or a real tab), `|`.
pub fn delimiter_named(s: &str) -> Option<u8> {
    match s {
        "\t" | "tab" | "\\t" | "TAB" => Some(b'\t'),
        ";" | "," | "|" => s.bytes().next(),
        _ => None,
    }
}

/// The delimiter the header line uses most, outside quotes: `;` (Polish Excel), tab or `,`;
/// a header of one column is read with `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = header_line(text);
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    // On a tie `,` wins, being first: the CSV default.
    let best = counts
        .iter()
        .fold((b',', 0), |best, c| if c.1 > best.1 { *c } else { best });
    best.0
}

/// The first line, or the first record when a quoted header cell spans lines.
fn header_line(text: &str) -> &str {
    let mut quoted = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => return &text[..i],
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(bytes: &[u8]) -> (String, &'static str) {
        let (t, e) = decode(bytes, None).expect("decodes");
        (t, e.name())
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(auto("Łódź".as_bytes()), ("Łódź".into(), "UTF-8"));
        assert_eq!(auto(b"\xEF\xBB\xBFnazwa"), ("nazwa".into(), "UTF-8"));
    }

    #[test]
    fn windows_1250_and_iso_8859_2_told_apart() {
        let text = "Zażółć gęślą jaźń; Świętochłowice, Źródło, Ąb";
        let cp = WINDOWS_1250.encode(text).0;
        let iso = ISO_8859_2.encode(text).0;
        assert_ne!(cp, iso);
        assert_eq!(auto(&cp), (text.into(), "windows-1250"));
        assert_eq!(auto(&iso), (text.into(), "ISO-8859-2"));
        // Without ś/ź/Ś/Ź only ą decides: 0xB9 in Windows-1250, 0xB1 in ISO-8859-2.
        assert_eq!(auto(b"W\xB9chock").1, "windows-1250");
        assert_eq!(auto(b"W\xB1chock").1, "ISO-8859-2");
        // "Łódź" is the same bytes but for ź.
        assert_eq!(auto(b"\xA3\xF3d\x9F").0, "Łódź");
    }

    #[test]
    fn forced_encodings_and_binary_files() {
        let cp = WINDOWS_1250.encode("Łódź").0;
        assert_eq!(
            decode(&cp, Some(UTF_8)),
            Err(DecodeError::Undecodable("UTF-8"))
        );
        let forced = encoding_named("cp1250").expect("known");
        assert_eq!(decode(&cp, Some(forced)).expect("ok").0, "Łódź");
        assert!(encoding_named("latin2").is_ok());
        assert!(matches!(
            encoding_named("klingon"),
            Err(DecodeError::UnknownEncoding(_))
        ));
        assert!(decode(b"PK\x03\x04\0\0", None).is_err());
    }

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("nazwa;nip\nA, B;1"), b';');
        assert_eq!(detect_delimiter("name,email\n"), b',');
        assert_eq!(detect_delimiter("name\temail\tcity\n"), b'\t');
        assert_eq!(detect_delimiter("name\n"), b',');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(delimiter_named("tab"), Some(b'\t'));
        assert_eq!(delimiter_named(";"), Some(b';'));
        assert_eq!(delimiter_named("x"), None);
    }
}
