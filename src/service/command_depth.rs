//! A bound on how deep commands nest when they are decoded (issue 15 item 4).
//!
//! `Imported::At` carries a boxed `Command`, which may itself be an `Import`: the one
//! recursive type on the wire. A request frame of 16 MiB holding that nesting hundreds of
//! thousands deep made the decoder recurse until the server thread's stack overflowed and
//! the whole server aborted. A real import never nests (an `At` is "not another `Import`"),
//! so a handful of levels is plenty.

use std::cell::Cell;

use serde::{Deserialize, Deserializer};

use super::command::Command;

/// The deepest an `Imported::At` may sit inside others; the service refuses even 2.
pub const MAX_DEPTH: usize = 8;

thread_local! {
    /// `At` levels being decoded on this thread right now.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Decodes the `cmd` of an `Imported::At`, one level deeper, refused past [`MAX_DEPTH`].
pub fn bounded<'de, D: Deserializer<'de>>(d: D) -> Result<Box<Command>, D::Error> {
    let depth = DEPTH.with(Cell::get);
    if depth >= MAX_DEPTH {
        return Err(serde::de::Error::custom(format!(
            "commands nested deeper than {MAX_DEPTH} levels"
        )));
    }
    DEPTH.with(|c| c.set(depth + 1));
    let out = Command::deserialize(d);
    DEPTH.with(|c| c.set(depth));
    out.map(Box::new)
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::MAX_DEPTH;
    use crate::server::protocol::{Request, decode, encode};
    use crate::service::command::{Command, ContactDraft, Imported};

    /// `Apply` of `levels` `Import(At { .. })` around an `AddContact`.
    fn nested(levels: usize) -> Request {
        let at = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).single();
        let mut cmd = Command::AddContact(ContactDraft {
            name: "x".into(),
            ..Default::default()
        });
        for _ in 0..levels {
            cmd = Command::Import(Imported::At {
                at: at.unwrap_or_default(),
                by: None,
                cmd: Box::new(cmd),
            });
        }
        Request::Apply { cmd }
    }

    fn bytes(levels: usize) -> Vec<u8> {
        encode(&nested(levels)).unwrap_or_default()
    }

    #[test]
    fn a_request_nested_a_million_deep_is_refused_not_a_stack_overflow() {
        // The bytes of one more level, found by difference, repeated: encoding (and
        // dropping) the real nested value would itself overflow this test's stack.
        // One level is [Import][At][at][by]; the two encodings agree up to where the
        // inner command starts in `one` and a second level starts in `two`.
        let (one, two) = (bytes(1), bytes(2));
        let unit = two.len() - one.len();
        let start = two.iter().zip(&one).take_while(|(a, b)| a == b).count();
        let level = &two[start..start + unit];
        let mut deep = one[..start].to_vec();
        for _ in 0..1_000_000 {
            deep.extend_from_slice(level);
        }
        deep.extend_from_slice(&one[start..]);
        let err = decode::<Request>(&deep).map(|_| ()).unwrap_err();
        assert!(err.to_string().contains("nested deeper than 8"), "{err}");
        // The limit itself decodes, as every real import does.
        assert!(decode::<Request>(&bytes(MAX_DEPTH)).is_ok());
        assert!(decode::<Request>(&bytes(MAX_DEPTH + 1)).is_err());
    }
}
