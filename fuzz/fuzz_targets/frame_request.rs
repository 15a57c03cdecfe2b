//! Fuzz target: the server's side of the socket protocol. The bytes are what a peer sends:
//! frames (u32 length, body) read as the server reads them, the first decoded as `Hello`
//! and handled as the handshake handles it, the rest decoded as `Request`s. Whatever
//! decodes must encode again and decode to the same message.
#![no_main]

use lejek::i18n::Lang;
use lejek::server::frame::{read_frame, read_frame_up_to};
use lejek::server::protocol::{Hello, RemoteError, Request, decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A small limit as well as the server's own, so short inputs reach the "too large" path.
    let _ = read_frame_up_to(&mut &data[..], 64);
    // Every body decoded both ways, whichever frame it is, as well as in the handshake's order.
    let _ = decode::<Hello>(data);
    let _ = decode::<Request>(data);

    let mut r = data;
    let mut first = true;
    // At most 64 frames: an input is a few KiB.
    for _ in 0..64 {
        let Ok(body) = read_frame(&mut r) else { break };
        if first {
            first = false;
            match decode::<Hello>(&body) {
                Ok(hello) => {
                    let _ = Lang::parse(&hello.lang);
                    let _ = hello
                        .now
                        .as_deref()
                        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                        .map(|t| t.with_timezone(&chrono::Utc));
                    let again = encode(&hello).expect("a decoded Hello encodes");
                    let back: Hello = decode(&again).expect("an encoded Hello decodes");
                    assert_eq!(format!("{back:?}"), format!("{hello:?}"));
                }
                Err(e) => {
                    // The refusal the server sends renders the error in both languages.
                    let refused = RemoteError::new("server.err.malformed", &[&e], 1);
                    let _ = refused.message(Lang::En);
                    let _ = refused.message(Lang::Pl);
                    break;
                }
            }
            continue;
        }
        match decode::<Request>(&body) {
            Ok(req) => {
                let again = encode(&req).expect("a decoded Request encodes");
                let back: Request = decode(&again).expect("an encoded Request decodes");
                assert_eq!(format!("{back:?}"), format!("{req:?}"));
            }
            Err(e) => {
                let err = RemoteError::new("server.err.malformed", &[&e], 1);
                let _ = err.message(Lang::Pl);
                break;
            }
        }
    }
});
