//! The versioned codec. bincode is not self-describing, so every stored value is an envelope:
//! one format-version byte, then the bincode body. A later version that changes a struct keeps
//! the old struct (`codec_v1` for format 1) and converts in `decode`; the bytes under
//! `fixtures/compat/` must decode forever.

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use super::codec_body::{CodecError, RECORD_VERSION};
use super::codec_body::{config, decode_body};

/// Envelope a value: version byte + bincode body.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![RECORD_VERSION];
    // Encoding into a Vec cannot fail for our plain data types (no maps with non-string
    // keys, no custom serializers that error); if it ever did, writing a half record would be
    // worse than stopping, so this is the one place that treats it as a bug.
    bincode::serde::encode_into_std_write(value, &mut out, config())
        .expect("encoding plain data into a Vec cannot fail");
    out
}

/// Open an envelope written by this or any earlier version.
pub fn decode<T: DeserializeOwned + 'static>(bytes: &[u8]) -> Result<T, CodecError> {
    let (&version, body) = bytes.split_first().ok_or(CodecError::Empty)?;
    match version {
        RECORD_VERSION => decode_body(body),
        1 => super::codec_v1::decode(body),
        2 => super::codec_v2::decode(body),
        v if v > RECORD_VERSION => Err(CodecError::TooNew(v)),
        v => Err(CodecError::Unknown(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Money, Task, TaskKind};
    use chrono::{TimeZone, Utc};
    use proptest::prelude::*;

    #[test]
    fn trailing_bytes_are_an_error() {
        let mut bytes = encode(&(1u64, "x".to_owned()));
        bytes.push(0);
        assert_eq!(
            decode::<(u64, String)>(&bytes),
            Err(CodecError::Trailing(1))
        );
    }

    #[test]
    fn newer_version_is_refused() {
        let mut bytes = encode(&5u64);
        bytes[0] = RECORD_VERSION + 1;
        assert_eq!(
            decode::<u64>(&bytes),
            Err(CodecError::TooNew(RECORD_VERSION + 1))
        );
        assert_eq!(decode::<u64>(&[]), Err(CodecError::Empty));
    }

    #[test]
    fn task_round_trips() {
        let t = Task {
            id: 3,
            kind: TaskKind::Meeting,
            title: "Spotkanie w Łodzi".into(),
            assignee: "anna".into(),
            due: None,
            done_at: Some(Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap()),
            deal_id: Some(9),
            campaign_id: None,
            created: Utc.with_ymd_and_hms(2025, 1, 2, 3, 4, 5).unwrap(),
        };
        assert_eq!(decode::<Task>(&encode(&t)).unwrap(), t);
    }

    proptest! {
        #[test]
        fn money_and_strings_round_trip(minor in any::<i64>(), cur in "[A-Z]{3}", s in ".{0,40}", tags in proptest::collection::vec(".{0,10}", 0..5)) {
            let v = (Money { minor, currency: cur }, s, tags);
            let back: (Money, String, Vec<String>) = decode(&encode(&v)).unwrap();
            prop_assert_eq!(back, v);
        }

        #[test]
        fn decoding_garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = decode::<crate::model::Deal>(&bytes);
        }
    }
}
