//! The decoder's bound on nested commands (issue 15 item 4), tested through the wire codec.

use chrono::{TimeZone, Utc};

use crate::server::protocol::{Request, decode, encode};
use crate::service::command::{Command, ContactDraft, Imported};
use crate::service::command_depth::MAX_DEPTH;

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
    Request::Apply { cmd, id: [0; 16] }
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
