//! Frames on the socket: a u32 big-endian body length, then the body. A peer that sends a
//! truncated, oversized or otherwise bad frame gets an error value here, never a panic, and
//! never makes us allocate more than `MAX_FRAME`; the body is read into a buffer that grows
//! as bytes arrive, so an announced length costs nothing until the bytes are really sent
//! (issue 15 item 5).

use std::io::{self, Read, Write};

/// The largest request the server accepts: a client must not make it allocate more.
pub const MAX_FRAME: usize = 16 * 1024 * 1024;

/// The largest frame a peer may send before its hello is accepted: a `Hello` is a version,
/// a login, a language and a time, far below this. A stranger cannot make the server hold
/// more than this per connection.
pub const MAX_HELLO: usize = 4 * 1024;

/// How much of a body is read (and the buffer grown) at a time.
const CHUNK: usize = 64 * 1024;

/// The largest answer a client accepts from its server (a list of a million contacts fits).
pub const MAX_RESPONSE: usize = 1024 * 1024 * 1024;

/// Why a frame could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    /// The peer closed the connection cleanly between frames.
    #[error("connection closed")]
    Closed,
    /// The connection ended inside a frame.
    #[error("truncated frame: expected {expected} bytes, got {got}")]
    Truncated { expected: usize, got: usize },
    /// The announced length is above the limit.
    #[error("frame of {0} bytes exceeds the limit of {1} bytes")]
    TooLarge(usize, usize),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Read one frame's body of at most `MAX_FRAME` bytes (what the server reads).
pub fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, FrameError> {
    read_frame_up_to(r, MAX_FRAME)
}

/// Read one frame's body of at most `limit` bytes.
pub fn read_frame_up_to(r: &mut impl Read, limit: usize) -> Result<Vec<u8>, FrameError> {
    let mut len = [0u8; 4];
    let got = read_full(r, &mut len)?;
    if got == 0 {
        return Err(FrameError::Closed);
    }
    if got < len.len() {
        return Err(FrameError::Truncated {
            expected: len.len(),
            got,
        });
    }
    let n = u32::from_be_bytes(len) as usize;
    if n > limit {
        return Err(FrameError::TooLarge(n, limit));
    }
    read_body(r, n)
}

/// Read a body of `n` bytes into a buffer that grows with what arrives: a peer announcing
/// 16 MiB and sending 10 bytes costs 10 bytes (plus one chunk), not 16 MiB.
fn read_body(r: &mut impl Read, n: usize) -> Result<Vec<u8>, FrameError> {
    let mut body = Vec::with_capacity(n.min(CHUNK));
    while body.len() < n {
        let want = (n - body.len()).min(CHUNK);
        let start = body.len();
        body.resize(start + want, 0);
        let got = read_full(r, &mut body[start..])?;
        body.truncate(start + got);
        if got < want {
            return Err(FrameError::Truncated {
                expected: n,
                got: body.len(),
            });
        }
    }
    Ok(body)
}

/// Write one frame and flush it.
pub fn write_frame(w: &mut impl Write, body: &[u8]) -> Result<(), FrameError> {
    if body.len() > MAX_RESPONSE {
        return Err(FrameError::TooLarge(body.len(), MAX_RESPONSE));
    }
    let len =
        u32::try_from(body.len()).map_err(|_| FrameError::TooLarge(body.len(), MAX_RESPONSE))?;
    w.write_all(&len.to_be_bytes())?;
    w.write_all(body)?;
    w.flush()?;
    Ok(())
}

/// Fill `buf` as far as the stream allows; the count read (short only at end of stream).
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> Result<usize, FrameError> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    Ok(got)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").unwrap();
        assert_eq!(&buf[..4], &[0, 0, 0, 5]);
        assert_eq!(read_frame(&mut &buf[..]).unwrap(), b"hello");
    }

    #[test]
    fn bad_frames_are_errors() {
        assert!(matches!(read_frame(&mut &[][..]), Err(FrameError::Closed)));
        assert!(matches!(
            read_frame(&mut &[0u8, 0][..]),
            Err(FrameError::Truncated { .. })
        ));
        assert!(matches!(
            read_frame(&mut &[0u8, 0, 0, 9, 1, 2][..]),
            Err(FrameError::Truncated {
                expected: 9,
                got: 2
            })
        ));
        assert!(matches!(
            read_frame(&mut &[0xffu8, 0xff, 0xff, 0xff][..]),
            Err(FrameError::TooLarge(..))
        ));
    }

    #[test]
    fn a_body_longer_than_one_chunk_arrives_whole() {
        // 3 chunks and a bit, so the growing buffer is filled over several reads.
        let body: Vec<u8> = (0..3 * CHUNK + 7).map(|i| (i % 251) as u8).collect();
        let mut buf = Vec::new();
        write_frame(&mut buf, &body).unwrap();
        assert_eq!(read_frame(&mut &buf[..]).unwrap(), body);
        // Cut inside the third chunk: the count says how far it got.
        let cut = 4 + 2 * CHUNK + 5;
        assert!(matches!(
            read_frame(&mut &buf[..cut]),
            Err(FrameError::Truncated { expected, got })
                if expected == 3 * CHUNK + 7 && got == 2 * CHUNK + 5
        ));
    }

    #[test]
    fn a_stranger_s_large_frame_is_refused_at_its_length() {
        // 16 MiB announced, 10 bytes sent: refused before hello at the length alone; after
        // hello it is a truncated frame of 10 bytes (the memory test is in tests/server.rs).
        let mut buf = (MAX_FRAME as u32).to_be_bytes().to_vec();
        buf.extend_from_slice(&[7u8; 10]);
        assert!(matches!(
            read_frame_up_to(&mut &buf[..], MAX_HELLO),
            Err(FrameError::TooLarge(n, MAX_HELLO)) if n == MAX_FRAME
        ));
        assert!(matches!(
            read_frame(&mut &buf[..]),
            Err(FrameError::Truncated {
                expected: MAX_FRAME,
                got: 10
            })
        ));
    }
}
