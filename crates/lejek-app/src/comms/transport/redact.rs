//! Secrets out of what a transport's answer leaves behind (issue 15 item 13): a server's or
//! a gateway's words are quoted in the deal's history (which every user reads), in the send
//! log, on stderr and in logs, and some servers echo what they were sent: an SMTP server
//! its AUTH line (`\0user\0password` in base64), a gateway the request with its token.
//!
//! Every secret a transport reads (`secret::read`) is remembered here for the rest of the
//! process, with the forms it travels in (base64, the AUTH PLAIN line, percent-encoded, in
//! JSON), and `scrub` replaces each of them, and any AUTH exchange, by `***` in every text
//! the transports give out (`one_line`, `SendError::message`).

use std::sync::Mutex;

/// What a secret becomes in what is stored or shown.
pub const HIDDEN: &str = "***";

/// Shorter secrets are not looked for: replacing every "ab" in a reply would hide the
/// reply, and a secret that short is no secret (its AUTH forms are still hidden).
const SHORTEST: usize = 4;

/// Every form of every secret read in this process, longest first.
static KNOWN: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Remember `secret` (a password or a token) and its encodings.
pub(crate) fn remember(secret: &str) {
    let mut forms = Vec::new();
    if secret.chars().count() >= SHORTEST {
        forms.push(secret.to_owned());
        forms.extend(base64_forms(secret.as_bytes()));
        forms.push(percent(secret, false));
        forms.push(percent(secret, true));
        if let Ok(json) = serde_json::to_string(secret) {
            forms.push(json.trim_matches('"').to_owned());
        }
    }
    add(forms);
}

/// Remember the AUTH forms of a login: PLAIN sends base64 of `\0user\0password` (or with
/// the user again in front), LOGIN the user and the password each in base64.
pub(crate) fn remember_login(user: &str, password: &str) {
    remember(password);
    let mut forms = Vec::new();
    for line in [
        format!("\0{user}\0{password}"),
        format!("{user}\0{user}\0{password}"),
        format!("{user}\0{password}"),
    ] {
        forms.extend(base64_forms(line.as_bytes()));
    }
    add(forms);
}

fn add(forms: Vec<String>) {
    let Ok(mut known) = KNOWN.lock() else {
        return;
    };
    for f in forms {
        if f.len() >= SHORTEST && !known.contains(&f) {
            known.push(f);
        }
    }
    // The longest first: the AUTH PLAIN line before the password inside it.
    known.sort_by_key(|f| std::cmp::Reverse(f.len()));
}

/// `text` with every remembered secret, and whatever follows an AUTH command or a 334
/// challenge on its line, replaced by `***`.
pub fn scrub(text: &str) -> String {
    let mut out = text.to_owned();
    if let Ok(known) = KNOWN.lock() {
        for form in known.iter() {
            if out.contains(form.as_str()) {
                out = out.replace(form.as_str(), HIDDEN);
            }
        }
    }
    auth_exchange(&out)
}

/// Hide the data of an AUTH exchange quoted in `text`: the word after `AUTH <mechanism>`,
/// after a `334` challenge that opens the text, and any base64 word that decodes to bytes
/// with a NUL in them (an AUTH PLAIN line on its own). The server's sentence stays.
fn auth_exchange(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let bare = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let next = words.get(i + 1);
        if bare.eq_ignore_ascii_case("auth") && next.is_some_and(|m| is_mechanism(m)) {
            // AUTH PLAIN <data>, AUTH LOGIN <user>: the mechanism stays, the data goes.
            out.extend([w, words[i + 1]]);
            if i + 2 < words.len() {
                out.push(HIDDEN);
            }
            i += 3;
            continue;
        }
        if i == 0 && bare == "334" && next.is_some() {
            out.extend([w, HIDDEN]);
            i += 2;
            continue;
        }
        out.push(if looks_like_auth_plain(bare) {
            HIDDEN
        } else {
            w
        });
        i += 1;
    }
    out.join(" ")
}

fn is_mechanism(word: &str) -> bool {
    let m = word
        .trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .to_ascii_uppercase();
    matches!(
        m.as_str(),
        "PLAIN" | "LOGIN" | "CRAM-MD5" | "XOAUTH2" | "OAUTHBEARER" | "DIGEST-MD5"
    )
}

/// A base64 word whose bytes hold a NUL: the shape of an AUTH PLAIN line.
fn looks_like_auth_plain(word: &str) -> bool {
    word.len() >= 8
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        && unbase64(word).is_some_and(|bytes| bytes.contains(&0))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 of `bytes`, with its padding and without.
fn base64_forms(bytes: &[u8]) -> Vec<String> {
    let mut s = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                s.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                s.push('=');
            }
        }
    }
    let bare = s.trim_end_matches('=').to_owned();
    vec![s, bare]
}

/// The bytes of a base64 word (padding optional); `None` when it is not base64.
fn unbase64(word: &str) -> Option<Vec<u8>> {
    let digits = word.trim_end_matches('=');
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for b in digits.bytes() {
        let v = ALPHABET.iter().position(|a| *a == b)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// `text` percent-encoded as a URL or a form would carry it (`plus`: a space as `+`).
fn percent(text: &str, plus: bool) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char);
            }
            b' ' if plus => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_the_standard_one() {
        // RFC 4648's test vectors.
        assert_eq!(base64_forms(b"f"), ["Zg==", "Zg"]);
        assert_eq!(base64_forms(b"fo"), ["Zm8=", "Zm8"]);
        assert_eq!(base64_forms(b"foobar"), ["Zm9vYmFy", "Zm9vYmFy"]);
        assert_eq!(unbase64("Zm9vYg==").as_deref(), Some(&b"foob"[..]));
    }

    #[test]
    fn a_remembered_password_is_hidden_in_every_form() {
        remember_login("ewa@firma.pl", "Sekret-9 ąę");
        // base64("\0ewa@firma.pl\0Sekret-9 ąę"), worked out with `printf | base64`.
        let plain = "AGV3YUBmaXJtYS5wbABTZWtyZXQtOSDEhcSZ";
        let cases = [
            format!("535 5.7.8 failed: AUTH PLAIN {plain}"),
            "535 bad password Sekret-9 ąę for ewa@firma.pl".to_owned(),
            // base64("Sekret-9 ąę"): AUTH LOGIN's password line.
            "535 got U2VrcmV0LTkgxIXEmQ== as the password".to_owned(),
            "400 token=Sekret-9+%C4%85%C4%99 refused".to_owned(),
        ];
        for text in cases {
            let s = scrub(&text);
            assert!(!s.contains("Sekret"), "{s}");
            assert!(!s.contains("U2VrcmV0"), "{s}");
            assert!(!s.contains(plain), "{s}");
            assert!(s.contains(HIDDEN), "{s}");
        }
        // The server's own words stay.
        assert_eq!(
            scrub("535 5.7.8 Authentication credentials invalid"),
            "535 5.7.8 Authentication credentials invalid"
        );
    }

    #[test]
    fn an_auth_exchange_is_hidden_even_with_a_secret_never_read() {
        // base64("\0jan\0haslo"), a login this process never saw.
        assert_eq!(
            scrub("535 echo: AUTH PLAIN AGphbgBoYXNsbw== refused"),
            "535 echo: AUTH PLAIN *** refused"
        );
        assert_eq!(scrub("334 VXNlcm5hbWU6"), "334 ***");
        assert_eq!(scrub("C: AGphbgBoYXNsbw=="), "C: ***");
    }
}
