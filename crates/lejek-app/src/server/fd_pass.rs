//! Handing an open file over the socket (SCM_RIGHTS), so the server writes a backup into a
//! file the client opened with its own permissions: a path from a client is never opened by
//! the server, which may run as another account (issue 15: a plain user must not make the
//! server create or replace files where only the server's account may write).

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;

/// The one byte that carries the descriptor (a stream needs some data to attach it to).
const MARK: u8 = b'F';

/// A message header over the one byte of `iov` with room for one descriptor in `control`.
/// Everything it points at must outlive the call that uses it.
fn header(iov: &mut libc::iovec, control: &mut [u8]) -> libc::msghdr {
    // SAFETY: a zeroed msghdr is valid; the caller keeps `iov` and `control` alive.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = control.len() as _;
    msg
}

/// Bytes of control data for one descriptor.
fn control_space() -> usize {
    // SAFETY: CMSG_SPACE only computes a size.
    unsafe { libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) as usize }
}

/// Send `fd` to the peer of `sock`.
pub fn send_fd(sock: &UnixStream, fd: RawFd) -> io::Result<()> {
    let mut byte = [MARK];
    let mut iov = libc::iovec {
        iov_base: byte.as_mut_ptr().cast(),
        iov_len: 1,
    };
    let mut control = vec![0u8; control_space()];
    let msg = header(&mut iov, &mut control);
    // SAFETY: msg_control has room for one header and one descriptor (CMSG_SPACE above),
    // so CMSG_FIRSTHDR is non-null and CMSG_DATA points inside `control`.
    unsafe {
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        if cmsg.is_null() {
            return Err(io::Error::other("no room for the descriptor"));
        }
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<RawFd>() as u32) as _;
        std::ptr::write_unaligned(libc::CMSG_DATA(cmsg).cast::<RawFd>(), fd);
    }
    loop {
        // SAFETY: a valid socket and a fully set-up msghdr.
        let sent = unsafe { libc::sendmsg(sock.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
        match sent {
            1 => return Ok(()),
            -1 if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
            -1 => return Err(io::Error::last_os_error()),
            _ => return Err(io::Error::other("the descriptor's byte was not sent")),
        }
    }
}

/// Receive the descriptor the peer sent with `send_fd`. The caller must not have read
/// ahead on `sock` (a buffered reader's buffer must be empty): the peer sends it only when
/// asked, so nothing else is in flight.
pub fn recv_fd(sock: &UnixStream) -> io::Result<OwnedFd> {
    let mut byte = [0u8; 1];
    let mut iov = libc::iovec {
        iov_base: byte.as_mut_ptr().cast(),
        iov_len: 1,
    };
    let mut control = vec![0u8; control_space()];
    let mut msg = header(&mut iov, &mut control);
    let got = loop {
        // SAFETY: a valid socket and a fully set-up msghdr; CMSG_CLOEXEC keeps the file
        // out of anything the server might run.
        let got = unsafe { libc::recvmsg(sock.as_raw_fd(), &mut msg, libc::MSG_CMSG_CLOEXEC) };
        if got == -1 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        break got;
    };
    if got == -1 {
        return Err(io::Error::last_os_error());
    }
    if got != 1 || byte[0] != MARK {
        return Err(io::Error::other("expected a file descriptor"));
    }
    // SAFETY: the kernel filled `control` up to msg_controllen; CMSG_FIRSTHDR/NXTHDR stay
    // inside it, and a SCM_RIGHTS header's data holds at least one descriptor.
    unsafe {
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        if cmsg.is_null()
            || (*cmsg).cmsg_level != libc::SOL_SOCKET
            || (*cmsg).cmsg_type != libc::SCM_RIGHTS
        {
            return Err(io::Error::other("expected a file descriptor"));
        }
        let fd = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<RawFd>());
        if fd < 0 {
            return Err(io::Error::other("expected a file descriptor"));
        }
        Ok(OwnedFd::from_raw_fd(fd))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, Write};

    #[test]
    fn a_file_opened_on_one_end_is_written_through_the_other() {
        let (a, b) = UnixStream::pair().expect("socketpair");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f");
        let mut file = std::fs::File::options()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
            .expect("create");
        send_fd(&a, file.as_raw_fd()).expect("send");
        let mut got = std::fs::File::from(recv_fd(&b).expect("receive"));
        got.write_all(b"przez gniazdo").expect("write");
        let mut text = String::new();
        file.rewind().expect("rewind");
        file.read_to_string(&mut text).expect("read");
        assert_eq!(text, "przez gniazdo");
    }

    #[test]
    fn plain_bytes_are_not_a_descriptor() {
        let (mut a, b) = UnixStream::pair().expect("socketpair");
        a.write_all(b"F").expect("write");
        assert!(recv_fd(&b).is_err());
    }
}
