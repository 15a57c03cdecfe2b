//! Attachment content in `<db>/files`: what may be a content file's name. Below `backup`
//! (which copies the files) and `check` (which verifies them), so neither imports the other
//! for it (issue 16 item 2).

/// Attachment content is named by its SHA-256 in lower-case hex; anything else in `files/`
/// (a `.part` left by a crash) is not content, and a name from a backup that is not one could
/// point outside the directory.
pub fn is_content_name(name: &str) -> bool {
    name.len() == 64
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_names_are_lower_case_sha256_hex_only() {
        assert!(is_content_name(&"ab".repeat(32)));
        assert!(!is_content_name(&"AB".repeat(32)));
        assert!(!is_content_name(&format!(".{}.part", "a".repeat(64))));
        assert!(!is_content_name("../../etc/passwd"));
        assert!(!is_content_name(&"a".repeat(63)));
    }
}
