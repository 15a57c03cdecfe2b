//! A real SMTP server on loopback for the e-mail tests (issue 8): Debian's python3-aiosmtpd
//! running `tests/comms_smtp_server.py`, which saves what it receives; read back with
//! Python's own `email` module.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/comms_smtp_server.py");

/// A Python that has aiosmtpd, or `None` (a failure under CI). Debian's package installs it
/// for /usr/bin/python3, which need not be the first python3 on PATH.
pub fn python(test: &str) -> Option<&'static str> {
    for candidate in ["python3", "/usr/bin/python3"] {
        let has = Command::new(candidate)
            .args(["-c", "import aiosmtpd"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if has {
            return Some(candidate);
        }
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "python3-aiosmtpd is missing: CI must install it (.ci/run: apt-get install python3-aiosmtpd)"
    );
    eprintln!(
        "\n*** SKIPPED {test}: python3-aiosmtpd is not installed \
         (apt-get install python3-aiosmtpd); under CI=true this is a failure ***\n"
    );
    None
}

/// The SMTP server of `comms_smtp_server.py`, stopped when dropped.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub dir: TempDir,
}

impl SmtpServer {
    /// With `login`, AUTH is required; with `tls` (certificate, key), STARTTLS is too.
    pub fn start(
        python: &str,
        login: Option<(&str, &str)>,
        tls: Option<(&Path, &Path)>,
    ) -> SmtpServer {
        SmtpServer::start_with(python, login, tls, false)
    }

    /// A server that refuses every login with a reply quoting what the client sent (the
    /// AUTH PLAIN line, the password in base64 and as it is): `--echo-auth`.
    pub fn start_echoing_auth(python: &str) -> SmtpServer {
        SmtpServer::start_with(python, Some(("echo", "echo")), None, true)
    }

    fn start_with(
        python: &str,
        login: Option<(&str, &str)>,
        tls: Option<(&Path, &Path)>,
        echo_auth: bool,
    ) -> SmtpServer {
        let dir = tempfile::tempdir().expect("a directory for received mail");
        let log = std::fs::File::create(dir.path().join("server.log")).expect("server log");
        let mut cmd = Command::new(python);
        cmd.arg(SCRIPT).arg("serve").arg(dir.path());
        if let Some((user, password)) = login {
            cmd.args(["--user", user, "--password", password]);
        }
        if let Some((cert, key)) = tls {
            cmd.arg("--starttls").arg(cert).arg(key);
        }
        if echo_auth {
            cmd.arg("--echo-auth");
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("start the SMTP server");
        let stdout = child.stdout.take().expect("its stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok());
        let mut server = SmtpServer {
            child,
            port: 0,
            dir,
        };
        match port {
            Some(port) => server.port = port,
            None => panic!(
                "the SMTP server did not start ({line:?}): {}",
                std::fs::read_to_string(server.dir.path().join("server.log")).unwrap_or_default()
            ),
        }
        server
    }

    /// The `n`th message received (1-based) as Python reads it, and its envelope.
    pub fn received(&self, python: &str, n: usize) -> (Value, Value) {
        let eml = self.dir.path().join(format!("{n}.eml"));
        let envelope = self.dir.path().join(format!("{n}.json"));
        let deadline = Instant::now() + Duration::from_secs(10);
        while !eml.exists() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let envelope = std::fs::read_to_string(&envelope).expect("the saved envelope");
        let envelope = serde_json::from_str(&envelope).expect("envelope JSON");
        (parse_eml(python, &eml), envelope)
    }

    pub fn count(&self) -> usize {
        std::fs::read_dir(self.dir.path())
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .count()
            })
            .unwrap_or(0)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `path` as Python's `email` module (policy.default) reads it.
pub fn parse_eml(python: &str, path: &Path) -> Value {
    let out = Command::new(python)
        .arg(SCRIPT)
        .arg("parse")
        .arg(path)
        .output()
        .expect("run the parser");
    assert!(
        out.status.success(),
        "parse {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the parser's JSON")
}
