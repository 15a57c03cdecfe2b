//! What every version of the codec shares: the record format this build writes, the errors
//! of reading one, and the bincode body inside the envelope. Below `codec` (the envelope) and
//! `codec_v1` (format 1's layouts), so neither imports the other.

use serde::de::DeserializeOwned;

/// The record format this build writes.
///
/// 2: `Deal.expected_close` and `DictEntry.probability` / `rot_days` (issue 19), each at
/// the end of its struct. Version-1 deals and dictionary entries are read through their old
/// layouts in `codec_v1` and converted; every other version-1 record is valid version 2.
pub const RECORD_VERSION: u8 = 2;

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
