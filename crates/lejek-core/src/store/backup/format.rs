//! The constants of the backup format and the byte streams that hash what passes through
//! them, so the checksum at the end covers exactly the bytes written or read.

use std::io::{self, Read, Write};

use sha2::{Digest, Sha256};

/// The first bytes of every backup.
pub const MAGIC: &[u8; 8] = b"LEJEKBAK";

/// The backup format this build writes. A newer one is refused at restore: it may hold
/// entries this build would silently drop.
pub const VERSION: u32 = 1;

/// Entry tags.
pub const RECORD: u8 = b'R';
pub const FILE: u8 = b'F';
pub const END: u8 = b'E';

/// Limits a reader enforces before allocating, so a damaged length cannot make it reserve
/// gigabytes. Far above anything lejek stores (a request frame is at most 16 MiB).
pub const MAX_KEY: u32 = 1024 * 1024;
pub const MAX_VALUE: u32 = 256 * 1024 * 1024;

/// A writer that hashes and counts every byte it passes on.
pub struct HashWriter<W> {
    inner: W,
    hasher: Sha256,
    written: u64,
}

impl<W: Write> HashWriter<W> {
    pub fn new(inner: W) -> Self {
        HashWriter {
            inner,
            hasher: Sha256::new(),
            written: 0,
        }
    }

    /// Write the digest of everything so far (not itself hashed) and hand back the writer.
    pub fn finish(mut self) -> io::Result<(W, u64)> {
        let digest = self.hasher.finalize();
        self.inner.write_all(&digest)?;
        Ok((self.inner, self.written + digest.len() as u64))
    }
}

impl<W: Write> Write for HashWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A reader that hashes and counts every byte it hands out.
pub struct HashReader<R> {
    inner: R,
    hasher: Sha256,
    read: u64,
}

impl<R: Read> HashReader<R> {
    pub fn new(inner: R) -> Self {
        HashReader {
            inner,
            hasher: Sha256::new(),
            read: 0,
        }
    }

    /// Bytes read so far: where a problem is, for the message.
    pub fn position(&self) -> u64 {
        self.read
    }

    /// The digest of everything read so far.
    pub fn digest(&self) -> [u8; 32] {
        self.hasher.clone().finalize().into()
    }
}

impl<R: Read> Read for HashReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_hashes_as_what_is_read() {
        let mut w = HashWriter::new(Vec::new());
        w.write_all(b"lejek").unwrap();
        let (bytes, total) = w.finish().unwrap();
        assert_eq!(total, 5 + 32);
        let mut r = HashReader::new(&bytes[..5]);
        let mut body = Vec::new();
        r.read_to_end(&mut body).unwrap();
        assert_eq!(r.digest()[..], bytes[5..]);
    }
}
