//! The e-mail and SMS transports (issue 8, SPEC D12) against real servers on loopback, no
//! mocks: an SMTP server (Debian's python3-aiosmtpd, `tests/comms_smtp_server.py`) that saves
//! what it receives, read back with Python's `email` module; an HTTP gateway on a
//! `TcpListener` that records each request; shell scripts as the SMS command and sendmail;
//! and the outbox's files. The SMTP tests are skipped, loudly, without aiosmtpd, except
//! under `CI` (where `.ci/run` installs it).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

#[path = "common/smtp.rs"]
mod smtp;

use lejek::comms::transport::{
    CommandOutcome, OutFile, OutgoingEmail, OutgoingSms, SendError, send_email, send_sms,
};
use lejek::config::{
    BodyFormat, EmailConfig, EmailTransport, Inputs, Secret, Security, Sendmail, Settings,
    SmsCommand, SmsHttp, SmsTransport, Smtp,
};
use lejek::i18n::Lang;
use serde_json::Value;
use sha2::{Digest, Sha256};
use smtp::{SmtpServer, parse_eml, python};
use tempfile::TempDir;

const POLISH: &str = "Zażółć gęślą jaźń";

// ---------------------------------------------------------------------------------------
// Helpers

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An offer with two attachments: a PDF with a Polish name, and every byte value.
fn offer() -> OutgoingEmail {
    OutgoingEmail {
        from: "Jan Kowalski <jan@firma.pl>".into(),
        to: "Łódzka Drukarnia <biuro@drukarnia.pl>".into(),
        subject: format!("Oferta: {POLISH}"),
        body: format!("Dzień dobry,\n\n{POLISH}.\nW załączniku oferta.\n\n-- \nJan\n"),
        attachments: vec![
            OutFile {
                name: "oferta_łódź.pdf".into(),
                bytes: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nfake offer\n".to_vec(),
            },
            OutFile {
                name: "wszystkie bajty.bin".into(),
                bytes: (0..=255u8).cycle().take(5000).collect(),
            },
        ],
    }
}

/// The parsed message is `offer()`, every part intact.
fn assert_is_the_offer(m: &Value) {
    let sent = offer();
    assert_eq!(m["subject"], format!("Oferta: {POLISH}"), "{m}");
    assert_eq!(m["from"], "Jan Kowalski <jan@firma.pl>", "{m}");
    assert_eq!(m["to"], "Łódzka Drukarnia <biuro@drukarnia.pl>", "{m}");
    assert_eq!(m["content_type"], "multipart/mixed", "{m}");
    // MIME text is canonically CRLF-ended (RFC 2045), and Python's reader keeps that.
    let body = m["body"].as_str().unwrap_or_default().replace("\r\n", "\n");
    assert_eq!(body, sent.body, "{m}");
    assert_eq!(m["defects"], Value::Array(Vec::new()), "{m}");
    assert!(
        m["date"].as_str().is_some_and(|d| d.contains("2026")),
        "{m}"
    );
    let attachments = m["attachments"].as_array().cloned().unwrap_or_default();
    assert_eq!(attachments.len(), 2, "{m}");
    for (got, file) in attachments.iter().zip(&sent.attachments) {
        assert_eq!(got["name"], file.name.as_str(), "{m}");
        assert_eq!(got["size"], file.bytes.len(), "{m}");
        assert_eq!(got["sha256"], sha256(&file.bytes), "{m}");
    }
    assert_eq!(attachments[0]["type"], "application/pdf");
    assert_eq!(attachments[1]["type"], "application/octet-stream");
}

/// `[email]` with `transport` and no `from`.
fn email(transport: EmailTransport) -> EmailConfig {
    EmailConfig {
        transport,
        from: None,
    }
}

fn smtp_to(port: u16, login: Option<(&str, Secret)>) -> Smtp {
    let (user, password) = match login {
        Some((user, secret)) => (Some(user.to_owned()), Some(secret)),
        None => (None, None),
    };
    Smtp {
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        user,
        password,
        timeout: Duration::from_secs(10),
        ca_file: None,
    }
}

/// A port on loopback where nothing listens (bound, then released).
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address").port()
}

fn write_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

/// An executable shell script.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = write_file(dir, name, &format!("#!/bin/sh\n{body}\n"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

// ---------------------------------------------------------------------------------------
// E-mail over SMTP

/// From the config file to the server: the password file beside the config file (a relative
/// path), the login, the envelope, and every header and byte as sent.
#[test]
fn smtp_delivers_polish_text_and_attachments_intact() {
    let Some(python) = python("smtp_delivers_polish_text_and_attachments_intact") else {
        return;
    };
    let server = SmtpServer::start(python, Some(("jan@firma.pl", "tajne hasło")), None);
    let home = tempfile::tempdir().expect("temp dir");
    let cfg_dir = home.path().join("cfg/lejek");
    std::fs::create_dir_all(&cfg_dir).expect("mkdir");
    write_file(&cfg_dir, "smtp-password", "tajne hasło\n");
    let config = format!(
        "[email]\ntransport = \"smtp\"\n[email.smtp]\nhost = \"127.0.0.1\"\nport = {}\n\
         security = \"none\"\nuser = \"jan@firma.pl\"\npassword_file = \"smtp-password\"\n",
        server.port
    );
    write_file(&cfg_dir, "config.toml", &config);
    let env_home = home.path().join("cfg");
    let env = |name: &str| match name {
        "XDG_CONFIG_HOME" => Some(env_home.clone().into_os_string()),
        "HOME" => Some(home.path().as_os_str().to_owned()),
        _ => None,
    };
    let settings = Settings::resolve(&Inputs {
        config: None,
        db: None,
        lang: None,
        color: None,
        env: &env,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
    })
    .unwrap_or_else(|e| panic!("{e}"));

    let outbox = home.path().join("outbox");
    let delivery =
        send_email(&settings.messaging.email, &outbox, &offer()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        delivery.transport,
        format!("smtp 127.0.0.1:{}", server.port)
    );
    assert!(delivery.detail.contains("queued as TEST1"), "{delivery:?}");
    assert!(!outbox.exists(), "SMTP does not write to the outbox");

    let (m, envelope) = server.received(python, 1);
    assert_is_the_offer(&m);
    assert_eq!(
        m["message_id"],
        delivery.message_id.unwrap_or_default().as_str()
    );
    assert_eq!(envelope["mail_from"], "jan@firma.pl");
    assert_eq!(
        envelope["rcpt_tos"],
        serde_json::json!(["biuro@drukarnia.pl"])
    );
}

#[test]
fn smtp_refused_login_is_auth() {
    let Some(python) = python("smtp_refused_login_is_auth") else {
        return;
    };
    let server = SmtpServer::start(python, Some(("jan@firma.pl", "tajne")), None);
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = write_file(dir.path(), "pw", "nie-to-hasło");
    let cfg = smtp_to(server.port, Some(("jan@firma.pl", Secret::File(wrong))));
    let err = send_email(&email(EmailTransport::Smtp(cfg)), dir.path(), &offer());
    match &err {
        Err(SendError::Auth {
            user: Some(user),
            reply,
            ..
        }) => {
            assert_eq!(user, "jan@firma.pl");
            assert!(reply.contains("535"), "{reply}");
        }
        other => panic!("{other:?}"),
    }
    let text = err.map(|_| ()).unwrap_err().message().render(Lang::Pl);
    assert!(
        text.contains("odrzucił logowanie jako jan@firma.pl"),
        "{text}"
    );
    assert_eq!(server.count(), 0);

    // No login configured, and the server wants one.
    let cfg = smtp_to(server.port, None);
    match send_email(&email(EmailTransport::Smtp(cfg)), dir.path(), &offer()) {
        Err(SendError::Auth {
            user: None, reply, ..
        }) => assert!(reply.contains("530"), "{reply}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn smtp_server_down_is_unreachable() {
    let port = closed_port();
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let err = send_email(
        &email(EmailTransport::Smtp(smtp_to(port, None))),
        dir.path(),
        &offer(),
    );
    match &err {
        Err(SendError::Unreachable { server, .. }) => {
            assert_eq!(server, &format!("127.0.0.1:{port}"))
        }
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(5));
    let text = err.map(|_| ()).unwrap_err().message().render(Lang::Pl);
    assert!(
        text.starts_with("nie można połączyć się z 127.0.0.1:"),
        "{text}"
    );
}

/// The password is read before anything is sent, and its absence said plainly.
#[test]
fn a_missing_password_is_a_config_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-password");
    let cfg = smtp_to(closed_port(), Some(("jan", Secret::File(missing.clone()))));
    let err = send_email(&email(EmailTransport::Smtp(cfg)), dir.path(), &offer());
    let Err(e @ SendError::Config(_)) = err else {
        panic!("{err:?}");
    };
    let text = e.message().render(Lang::En);
    assert!(
        text.contains(&missing.display().to_string()) && text.contains("email.smtp.password_file"),
        "{text}"
    );
    let name = "LEJEK_TEST_SMTP_PASSWORD_THAT_IS_NOT_SET";
    let cfg = smtp_to(closed_port(), Some(("jan", Secret::Env(name.into()))));
    let err = send_email(&email(EmailTransport::Smtp(cfg)), dir.path(), &offer());
    let Err(e @ SendError::Config(_)) = err else {
        panic!("{err:?}");
    };
    let text = e.message().render(Lang::Pl);
    assert!(
        text.contains(name) && text.contains("nie jest ustawiona"),
        "{text}"
    );
}

/// A certificate authority of the test's own and a server certificate it signed for
/// 127.0.0.1, made with openssl; removed with the directory.
struct Tls {
    _dir: TempDir,
    ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

impl Tls {
    /// `None` without openssl (a failure under CI).
    fn new(test: &str) -> Option<Tls> {
        if Command::new("openssl").arg("version").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "openssl is missing: CI must install it (.ci/run)"
            );
            eprintln!("\n*** SKIPPED {test}: openssl is not installed ***\n");
            return None;
        }
        let dir = tempfile::tempdir().expect("a directory for certificates");
        let at = |name: &str| dir.path().join(name).display().to_string();
        write_file(
            dir.path(),
            "server.ext",
            "subjectAltName = IP:127.0.0.1, DNS:localhost\nbasicConstraints = CA:FALSE\n\
             extendedKeyUsage = serverAuth\n",
        );
        let p256 = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
        let steps = [
            format!(
                "req -x509 -days 2 {p256} -keyout {} -out {}",
                at("ca.key"),
                at("ca.pem")
            ),
            format!(
                "req {p256} -keyout {} -out {}",
                at("server.key"),
                at("server.csr")
            ),
            format!(
                "x509 -req -days 2 -in {} -CA {} -CAkey {} -CAcreateserial -extfile {} -out {}",
                at("server.csr"),
                at("ca.pem"),
                at("ca.key"),
                at("server.ext"),
                at("server.pem")
            ),
        ];
        for (step, subject) in steps.iter().zip(["lejek test CA", "127.0.0.1", ""]) {
            let mut cmd = Command::new("openssl");
            cmd.args(step.split(' '));
            if !subject.is_empty() {
                cmd.args(["-subj", &format!("/CN={subject}")]);
            }
            let out = cmd.output().expect("run openssl");
            assert!(
                out.status.success(),
                "openssl {step}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Some(Tls {
            ca: dir.path().join("ca.pem"),
            cert: dir.path().join("server.pem"),
            key: dir.path().join("server.key"),
            _dir: dir,
        })
    }
}

/// STARTTLS on port-587 style: the login only after TLS, the certificate checked against
/// `ca_file`; without it the server's certificate is refused, and a server that offers no
/// STARTTLS gets nothing in the clear.
#[test]
fn smtp_starttls_with_a_company_ca() {
    let Some(python) = python("smtp_starttls_with_a_company_ca") else {
        return;
    };
    let Some(tls) = Tls::new("smtp_starttls_with_a_company_ca") else {
        return;
    };
    let server = SmtpServer::start(
        python,
        Some(("jan@firma.pl", "tajne")),
        Some((&tls.cert, &tls.key)),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let password = write_file(dir.path(), "pw", "tajne");
    let mut cfg = smtp_to(server.port, Some(("jan@firma.pl", Secret::File(password))));
    cfg.security = Security::StartTls;
    cfg.ca_file = Some(tls.ca.clone());
    let delivery = send_email(
        &email(EmailTransport::Smtp(cfg.clone())),
        dir.path(),
        &offer(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(delivery.detail.starts_with("250"), "{delivery:?}");
    let (m, envelope) = server.received(python, 1);
    assert_is_the_offer(&m);
    assert_eq!(envelope["mail_from"], "jan@firma.pl");

    cfg.ca_file = None;
    match send_email(
        &email(EmailTransport::Smtp(cfg.clone())),
        dir.path(),
        &offer(),
    ) {
        Err(SendError::Tls { reason, .. }) => assert!(reason.contains("certificate"), "{reason}"),
        other => panic!("{other:?}"),
    }

    let plain = SmtpServer::start(python, None, None);
    cfg.port = plain.port;
    match send_email(&email(EmailTransport::Smtp(cfg)), dir.path(), &offer()) {
        Err(e @ SendError::NoStartTls { .. }) => {
            let text = e.message().render(Lang::Pl);
            assert!(text.contains("nie oferuje STARTTLS"), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(plain.count(), 0);
}

// ---------------------------------------------------------------------------------------
// E-mail to the outbox and through sendmail

#[test]
fn the_outbox_eml_reads_in_python() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outbox = dir.path().join("db/outbox");
    let delivery = send_email(&email(EmailTransport::Outbox), &outbox, &offer())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(delivery.transport, "outbox");
    let path = PathBuf::from(&delivery.detail);
    assert_eq!(path.parent(), Some(outbox.as_path()));
    assert!(
        path.extension().is_some_and(|e| e == "eml"),
        "{}",
        path.display()
    );
    let names: Vec<_> = std::fs::read_dir(&outbox)
        .expect("the outbox")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");

    // Python's own reader, if there is one; aiosmtpd is not needed for this.
    let reads = Command::new("python3").arg("-c").arg("pass").status();
    if reads.is_ok_and(|s| s.success()) {
        let m = parse_eml("python3", &path);
        assert_is_the_offer(&m);
    } else {
        assert!(std::env::var_os("CI").is_none(), "python3 is missing");
        eprintln!("*** python3 is missing: the outbox .eml was not parsed ***");
    }
}

#[test]
fn sendmail_gets_the_envelope_and_the_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().display();
    let fake = script(
        dir.path(),
        "sendmail",
        &format!("printf '%s\\n' \"$@\" > '{d}/args'\ncat > '{d}/message.eml'"),
    );
    let cfg = email(EmailTransport::Sendmail(Sendmail {
        command: vec![fake.display().to_string()],
        timeout: Duration::from_secs(10),
    }));
    let delivery = send_email(&cfg, dir.path(), &offer()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(delivery.transport, format!("sendmail {}", fake.display()));
    let args = std::fs::read_to_string(dir.path().join("args")).expect("args");
    assert_eq!(args, "-i\n-f\njan@firma.pl\n--\nbiuro@drukarnia.pl\n");
    let message = std::fs::read_to_string(dir.path().join("message.eml")).expect("message");
    assert!(message.contains("Subject: Oferta: =?utf-8?"), "{message}");

    let failing = script(dir.path(), "broken", "echo 'mail queue full' >&2\nexit 75");
    let cfg = email(EmailTransport::Sendmail(Sendmail {
        command: vec![failing.display().to_string()],
        timeout: Duration::from_secs(10),
    }));
    match send_email(&cfg, dir.path(), &offer()) {
        Err(SendError::Command {
            outcome: CommandOutcome::Exit(75),
            stderr,
            ..
        }) => assert_eq!(stderr, "mail queue full"),
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// SMS through an HTTP gateway

/// One request as the gateway saw it.
#[derive(Debug)]
struct Request {
    head: String,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    }

    /// The body as `application/x-www-form-urlencoded` pairs, decoded.
    fn form(&self) -> Vec<(String, String)> {
        String::from_utf8_lossy(&self.body)
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect()
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A gateway on loopback that answers each request with the next of `answers` (status,
/// body) and hands over what it received.
fn gateway(answers: Vec<(u16, &'static str)>) -> (String, mpsc::Receiver<Request>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://127.0.0.1:{}/sms.do",
        listener.local_addr().expect("address").port()
    );
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for (status, answer) in answers {
            let Ok((stream, _)) = listener.accept() else {
                return;
            };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let mut reader = BufReader::new(stream);
            let mut head = String::new();
            loop {
                let mut line = String::new();
                match reader.read_line(&mut line) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if line == "\r\n" => break,
                    Ok(_) => head.push_str(&line),
                }
            }
            let request = Request {
                head,
                body: Vec::new(),
            };
            let length: usize = request
                .header("content-length")
                .and_then(|l| l.parse().ok())
                .unwrap_or(0);
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let reason = if status == 200 { "OK" } else { "Error" };
            let response = format!(
                "HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let mut stream = reader.into_inner();
            let _ = stream.write_all(response.as_bytes());
            let _ = stream.flush();
            let _ = tx.send(Request { body, ..request });
        }
    });
    (url, rx)
}

fn sms() -> OutgoingSms {
    OutgoingSms {
        to: "+48 600-100-200".into(),
        text: format!("{POLISH} & cena=100%"),
    }
}

fn http_cfg(url: &str, token: Option<Secret>) -> SmsHttp {
    SmsHttp {
        url: url.to_owned(),
        body: BodyFormat::Form,
        token,
        token_field: None,
        fields: vec![
            ("to".into(), "{{to}}".into()),
            ("message".into(), "{{text}}".into()),
            ("from".into(), "Firma".into()),
        ],
        success: Some("OK".into()),
        timeout: Duration::from_secs(10),
    }
}

#[test]
fn a_gateway_gets_the_form_and_the_bearer_token() {
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write_file(dir.path(), "token", "t0k3n\n");
    let (url, requests) = gateway(vec![(200, "OK:1234:0.16")]);
    let cfg = SmsTransport::Http(http_cfg(&url, Some(Secret::File(token))));
    let delivery = send_sms(&cfg, dir.path(), &sms()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(delivery.transport, format!("http {url}"));
    assert_eq!(delivery.detail, "200 OK:1234:0.16");

    let r = requests
        .recv_timeout(Duration::from_secs(10))
        .expect("a request");
    assert!(r.head.starts_with("POST /sms.do HTTP/1.1"), "{}", r.head);
    assert_eq!(r.header("authorization").as_deref(), Some("Bearer t0k3n"));
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    let form = r.form();
    let text = sms().text;
    let expected = [
        ("to", "+48600100200"),
        ("message", text.as_str()),
        ("from", "Firma"),
    ];
    let got: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_json_gateway_with_the_token_in_a_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let token = write_file(dir.path(), "token", "t0k3n");
    let (url, requests) = gateway(vec![(201, "{\"status\":\"queued\"}")]);
    let mut cfg = http_cfg(&url, Some(Secret::File(token)));
    cfg.body = BodyFormat::Json;
    cfg.fields.push(("auth".into(), "{{token}}".into()));
    cfg.success = None;
    send_sms(&SmsTransport::Http(cfg), dir.path(), &sms()).unwrap_or_else(|e| panic!("{e}"));
    let r = requests
        .recv_timeout(Duration::from_secs(10))
        .expect("a request");
    assert_eq!(r.header("authorization"), None, "the token is in the body");
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json")
    );
    let body: Value = serde_json::from_slice(&r.body).expect("a JSON body");
    assert_eq!(
        body,
        serde_json::json!({
            "to": "+48600100200", "message": sms().text, "from": "Firma", "auth": "t0k3n"
        })
    );
}

#[test]
fn a_gateway_error_is_a_gateway_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, _requests) = gateway(vec![
        (500, "Internal trouble\nplease retry"),
        (200, "ERROR:101"),
    ]);
    let cfg = SmsTransport::Http(http_cfg(&url, None));
    match send_sms(&cfg, dir.path(), &sms()) {
        Err(SendError::Gateway {
            status: 500,
            body,
            expected: None,
            ..
        }) => assert_eq!(body, "Internal trouble please retry"),
        other => panic!("{other:?}"),
    }
    let err = send_sms(&cfg, dir.path(), &sms());
    match &err {
        Err(SendError::Gateway {
            status: 200,
            body,
            expected: Some(expected),
            ..
        }) => assert_eq!((body.as_str(), expected.as_str()), ("ERROR:101", "OK")),
        other => panic!("{other:?}"),
    }
    let text = err.map(|_| ()).unwrap_err().message().render(Lang::Pl);
    assert!(
        text.contains("nie potwierdziła") && text.contains("ERROR:101"),
        "{text}"
    );

    let down = format!("http://127.0.0.1:{}/sms.do", closed_port());
    let cfg = SmsTransport::Http(http_cfg(&down, None));
    assert!(matches!(
        send_sms(&cfg, dir.path(), &sms()),
        Err(SendError::Unreachable { .. })
    ));
}

// ---------------------------------------------------------------------------------------
// SMS through a command, and to the outbox

#[test]
fn an_sms_command_gets_the_number_and_the_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().display();
    let send = script(
        dir.path(),
        "send-sms",
        &format!("printf '%s' \"$1\" > '{d}/to'\ncat > '{d}/text'\necho \"sent id=7\""),
    );
    let cfg = SmsTransport::Command(SmsCommand {
        command: vec![send.display().to_string(), "{{to}}".into()],
        timeout: Duration::from_secs(10),
    });
    let delivery = send_sms(&cfg, dir.path(), &sms()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(delivery.transport, format!("command {}", send.display()));
    assert_eq!(delivery.detail, "sent id=7");
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap_or_default();
    assert_eq!(read("to"), "+48600100200");
    assert_eq!(read("text"), sms().text);
}

#[test]
fn a_failing_sms_command_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let busy = script(
        dir.path(),
        "busy",
        "cat > /dev/null\necho 'modem busy' >&2\nexit 4",
    );
    let run = |argv: Vec<String>, secs| {
        let cfg = SmsTransport::Command(SmsCommand {
            command: argv,
            timeout: Duration::from_secs(secs),
        });
        send_sms(&cfg, dir.path(), &sms())
    };
    let err = run(vec![busy.display().to_string()], 10);
    match &err {
        Err(SendError::Command {
            outcome: CommandOutcome::Exit(4),
            stderr,
            ..
        }) => assert_eq!(stderr, "modem busy"),
        other => panic!("{other:?}"),
    }
    let text = err.map(|_| ()).unwrap_err().message().render(Lang::Pl);
    assert!(
        text.contains("kod wyjścia 4") && text.contains("modem busy"),
        "{text}"
    );

    let slow = script(dir.path(), "slow", "exec sleep 30");
    let started = Instant::now();
    assert!(matches!(
        run(vec![slow.display().to_string()], 1),
        Err(SendError::Command {
            outcome: CommandOutcome::TimedOut(1),
            ..
        })
    ));
    assert!(started.elapsed() < Duration::from_secs(10));

    let missing = dir.path().join("no-such-program").display().to_string();
    assert!(matches!(
        run(vec![missing], 10),
        Err(SendError::Command {
            outcome: CommandOutcome::NotStarted(_),
            ..
        })
    ));
}

#[test]
fn an_sms_in_the_outbox_is_to_blank_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outbox = dir.path().join("outbox");
    let delivery =
        send_sms(&SmsTransport::Outbox, &outbox, &sms()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(delivery.transport, "outbox");
    let path = PathBuf::from(&delivery.detail);
    assert!(path.extension().is_some_and(|e| e == "sms"));
    let text = std::fs::read_to_string(&path).expect("the .sms file");
    assert_eq!(text, format!("To: +48600100200\n\n{}", sms().text));

    let bad = OutgoingSms {
        to: "biuro@drukarnia.pl".into(),
        text: "x".into(),
    };
    assert!(matches!(
        send_sms(&SmsTransport::Outbox, &outbox, &bad),
        Err(SendError::BadPhone { .. })
    ));
}
