//! What every version of the codec shares: the record format this build writes, the errors
//! of reading one, and the bincode body inside the envelope. Below `codec` (the envelope) and
//! `codec_v1` (format 1's layouts), so neither imports the other.

use std::any::Any;

use serde::de::DeserializeOwned;

/// The record format this build writes.
///
/// 2: `Deal.expected_close` and `DictEntry.probability` / `rot_days` (issue 19), each at
/// the end of its struct. Version-1 deals and dictionary entries are read through their old
/// layouts in `codec_v1` and converted; every other version-1 record is valid version 2.
///
/// 3: `Deal.fields` and `Contact.fields`, the custom field values (issue 20), at the end of
/// each struct. Version-2 (and 1) deals and contacts are read through their old layouts in
/// `codec_v2` (`codec_v1`) and converted.
pub const RECORD_VERSION: u8 = 3;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CodecError {
    #[error("empty record")]
    Empty,
    #[error("record format version {0} is newer than this build knows ({RECORD_VERSION})")]
    TooNew(u8),
    #[error("record format version {0} is unknown")]
    Unknown(u8),
    #[error("corrupt record: {0}")]
    Corrupt(String),
    #[error("corrupt record: {0} trailing bytes")]
    Trailing(usize),
}

pub(super) fn config() -> bincode::config::Configuration {
    bincode::config::standard()
}

/// A bincode body, all of it (trailing bytes are an error).
pub(super) fn decode_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, CodecError> {
    let (value, used) = bincode::serde::decode_from_slice(body, config())
        .map_err(|e| CodecError::Corrupt(e.to_string()))?;
    if used != body.len() {
        return Err(CodecError::Trailing(body.len() - used));
    }
    Ok(value)
}

/// `value` as the `T` it was checked to be (by `TypeId`, in `codec_v1` and `codec_v2`).
pub(super) fn as_t<T: 'static, V: 'static>(value: V) -> Result<T, CodecError> {
    let boxed: Box<dyn Any> = Box::new(value);
    boxed
        .downcast::<T>()
        .map(|b| *b)
        .map_err(|_| CodecError::Corrupt("record type mismatch".into()))
}
