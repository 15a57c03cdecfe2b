//! Who is on the other end of a Unix socket: the kernel's peer credentials (SO_PEERCRED),
//! not anything the client says about itself, and the system login of a uid.

use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;

/// The uid of the process that connected `stream` (as the kernel recorded it at connect).
pub fn peer_uid(stream: &UnixStream) -> std::io::Result<u32> {
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: `cred` and `len` are valid for writes of the sizes given; the fd is open for
    // as long as `stream` is borrowed.
    let rc = unsafe {
        libc::getsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(cred.uid)
}

/// The login name of `uid` from the system's user database, if it has one.
pub fn login_of(uid: u32) -> Option<String> {
    let mut buf = vec![0u8; 4096];
    loop {
        // SAFETY: zeroed `passwd` is a valid out-parameter; `buf` outlives the call and
        // the returned pointers into it are copied out before `buf` is dropped.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let rc = unsafe {
            libc::getpwuid_r(
                uid,
                &mut pwd,
                buf.as_mut_ptr().cast(),
                buf.len(),
                &mut found,
            )
        };
        if rc == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 || found.is_null() || pwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: getpwuid_r succeeded, so pw_name points at a NUL-terminated string in buf.
        let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
        return Some(name.to_string_lossy().into_owned());
    }
}

/// The login of the process itself: the same answer the server gets from our credentials.
pub fn own_login() -> Option<String> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    login_of(unsafe { libc::geteuid() })
}

/// Whether the process runs as the system's superuser.
pub fn is_root(uid: u32) -> bool {
    uid == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_socket_pair_knows_its_own_uid() {
        let (a, _b) = UnixStream::pair().expect("socketpair");
        // SAFETY: no preconditions.
        let me = unsafe { libc::geteuid() };
        assert_eq!(peer_uid(&a).expect("SO_PEERCRED"), me);
    }

    #[test]
    fn uid_0_is_root_in_the_user_database() {
        // Every Unix system names uid 0 root; an id nobody has is no login at all.
        assert_eq!(login_of(0).as_deref(), Some("root"));
        assert_eq!(login_of(4_000_000_000), None);
    }
}
