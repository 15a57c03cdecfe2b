//! Log targets read `lejek::<module>` whichever crate the module lives in. The code is split
//! into crates (`lejek_core::store`, `lejek_app::server`, `lejek_tui::update`), but users
//! filter with `LEJEK_LOG=lejek::server=trace` and read `INFO lejek::cli: ...` (README,
//! "Progress, colour and logging"): a directive naming `lejek::X` is given for each crate, and
//! a line's target is shown under the one name.

/// The crates whose module paths are the log targets, as `tracing` names them.
const CRATES: [&str; 3] = ["lejek_core", "lejek_app", "lejek_tui"];

/// `CRATES` as a formatted line has them, after the level and a space (spelled out so a
/// line is looked through without building a string for each).
const NEEDLES: [&[u8]; 3] = [b" lejek_core::", b" lejek_app::", b" lejek_tui::"];

/// `directives` (`LEJEK_LOG`), with each directive for `lejek::X` also given for every crate's
/// `X`. A bare `lejek` already covers all crates: a directive matches targets it begins.
pub fn for_each_crate(directives: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for d in directives.split(',') {
        out.push(d.to_owned());
        if let Some(rest) = d.trim().strip_prefix("lejek::") {
            out.extend(CRATES.iter().map(|c| format!("{c}::{rest}")));
        }
    }
    out.join(",")
}

/// One formatted log line (or event) with its target shown as `lejek::X`: the first
/// ` lejek_app::` (or another crate's) becomes ` lejek::`.
pub fn shown(line: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    for needle in NEEDLES {
        if let Some(at) = find(line, needle) {
            let mut out = Vec::with_capacity(line.len());
            out.extend_from_slice(&line[..at]);
            out.extend_from_slice(b" lejek::");
            out.extend_from_slice(&line[at + needle.len()..]);
            return out.into();
        }
    }
    line.into()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directive_for_a_module_reaches_it_in_every_crate() {
        assert_eq!(
            for_each_crate("lejek::server=trace,lejek=info"),
            "lejek::server=trace,lejek_core::server=trace,lejek_app::server=trace,\
             lejek_tui::server=trace,lejek=info"
        );
        assert_eq!(for_each_crate("warn"), "warn");
    }

    #[test]
    fn the_needles_are_the_crates() {
        for (needle, c) in NEEDLES.iter().zip(CRATES) {
            assert_eq!(*needle, format!(" {c}::").as_bytes());
        }
    }

    #[test]
    fn a_line_shows_its_target_under_the_one_name() {
        let line = b"2026-12-06T19:22:22.469492Z  INFO lejek_app::cli: lejek 0.1.0 db=/x\n";
        assert_eq!(
            &*shown(line),
            b"2026-12-06T19:22:22.469492Z  INFO lejek::cli: lejek 0.1.0 db=/x\n"
        );
        // Only the target: a later mention in the message stays as it was.
        let twice = b"T  WARN lejek_core::store: see lejek_core::store\n";
        assert_eq!(
            &*shown(twice),
            b"T  WARN lejek::store: see lejek_core::store\n"
        );
        assert_eq!(&*shown(b"no target here\n"), b"no target here\n");
    }
}
