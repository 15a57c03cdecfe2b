//! Secrets never reach the history, the send log, an export or stderr (issue 15 item 13),
//! even from a server that quotes them back: an SMTP server (aiosmtpd on loopback,
//! `tests/comms_smtp_server.py --echo-auth`) that refuses every login with the AUTH PLAIN
//! line, the password in base64 and the password itself in its reply, and an SMS gateway
//! that answers an error quoting the request it got, token and all.

mod common;
#[path = "common/smtp.rs"]
mod smtp;

use std::io::{Read, Write};
use std::process::Output;

use common::Db;

/// A database with one person (e-mail and phone) and her deal 1, an e-mail and an SMS
/// template.
fn fixture() -> Db {
    let db = Db::new();
    db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Łucja Nowak",
        "--email",
        "lucja@drukarnia.pl",
        "--phone",
        "+48 600 100 200",
    ]);
    db.add(&["deal", "add", "--contact", "1", "--title", "Ulotki"]);
    for (kind, name) in [("email", "oferta"), ("sms", "krotko")] {
        let mut args = vec!["template", "add", "--kind", kind, "--name", name];
        if kind == "email" {
            args.extend(["--subject", "Oferta"]);
        }
        args.extend(["--body", "Dzień dobry"]);
        db.ok(&args);
    }
    db
}

fn config(dir: &std::path::Path, text: &str) -> String {
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("write config");
    path.to_str().expect("utf-8").to_owned()
}

/// Everything a user can read afterwards: the command's stderr (its log at -vv included)
/// and stdout, the deal's history, its send log (text and JSON), the whole export and the
/// server's log.
fn everything_readable(db: &Db, out: &Output) -> String {
    [
        String::from_utf8_lossy(&out.stderr).into_owned(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        db.ok(&["deal", "show", "1"]),
        db.ok(&["send", "log", "--deal", "1"]),
        db.ok(&["send", "log", "--deal", "1", "--format", "json"]),
        db.ok(&["export", "all"]),
        std::fs::read_to_string(db.dir.path().join("serve.log")).unwrap_or_default(),
    ]
    .join("\n")
}

fn assert_hidden(all: &str, forms: &[&str]) {
    for form in forms {
        assert!(!all.contains(form), "{form:?} is readable in:\n{all}");
    }
    // Hidden, not dropped: the reply is still there with its secrets starred.
    assert!(all.contains("***"), "{all}");
}

#[test]
fn an_smtp_server_quoting_the_login_back_leaves_no_password_anywhere() {
    let Some(python) = smtp::python("an_smtp_server_quoting_the_login_back_leaves_no_password")
    else {
        return;
    };
    let server = smtp::SmtpServer::start_echoing_auth(python);
    let db = fixture();
    let cfg = tempfile::tempdir().expect("temp");
    let config = config(
        cfg.path(),
        &format!(
            "[email]\ntransport = \"smtp\"\nfrom = \"Anna <anna@firma.pl>\"\n\
             [email.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\n\
             user = \"anna@firma.pl\"\npassword_env = \"LEJEK_TEST_SMTP_PASSWORD\"\n",
            server.port
        ),
    );
    let password = "Tajne-Hasło 7";
    let out = db
        .cmd(&[
            "-vv",
            "--config",
            &config,
            "send",
            "email",
            "--deal",
            "1",
            "--template",
            "oferta",
        ])
        .env("LEJEK_TEST_SMTP_PASSWORD", password)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    // The server's refusal is what the user reads, the login named.
    assert!(
        err.contains("refused") && err.contains("anna@firma.pl"),
        "{err}"
    );
    let all = everything_readable(&db, &out);
    // Worked out with `printf '\0anna@firma.pl\0Tajne-Hasło 7' | base64` and
    // `printf 'Tajne-Hasło 7' | base64`.
    assert_hidden(
        &all,
        &[
            password,
            "Tajne-Has",
            "AGFubmFAZmlybWEucGwAVGFqbmUtSGFzxYJvIDc=",
            "AGFubmFAZmlybWEucGwAVGFqbmUtSGFzxYJvIDc",
            "VGFqbmUtSGFzxYJvIDc=",
        ],
    );
}

/// A gateway on loopback that answers 401 quoting what it got: the Authorization header and
/// the body.
fn echoing_gateway() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else {
                return;
            };
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(10)));
            let mut got = Vec::new();
            let mut buf = [0u8; 4096];
            // The head, then the body Content-Length announces.
            let (head, body) = loop {
                let n = stream.read(&mut buf).unwrap_or(0);
                got.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&got).into_owned();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text[..end]
                        .lines()
                        .find_map(|l| {
                            let (k, v) = l.split_once(':')?;
                            k.eq_ignore_ascii_case("content-length")
                                .then(|| v.trim().parse::<usize>().ok())?
                        })
                        .unwrap_or(0);
                    if n == 0 || got.len() >= end + 4 + length {
                        break (text[..end].to_owned(), text[end + 4..].to_owned());
                    }
                } else if n == 0 {
                    break (text, String::new());
                }
            };
            let auth = head
                .lines()
                .find(|l| l.to_ascii_lowercase().starts_with("authorization:"))
                .unwrap_or("no authorization")
                .to_owned();
            let answer = format!("ERROR bad token. You sent {auth} and {body}");
            let reply = format!(
                "HTTP/1.1 401 X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    port
}

#[test]
fn an_sms_gateway_quoting_the_request_back_leaves_no_token_anywhere() {
    let port = echoing_gateway();
    let token = "t0k/3n+Sekret=9";
    for (how, extra) in [
        ("as the bearer token", ""),
        ("in a form field", "token_field = \"api_key\"\n"),
    ] {
        let db = fixture();
        let cfg = tempfile::tempdir().expect("temp");
        let config = config(
            cfg.path(),
            &format!(
                "[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"http://127.0.0.1:{port}/sms.do\"\n\
                 token_env = \"LEJEK_TEST_SMS_TOKEN\"\n{extra}\
                 fields = {{ to = \"{{{{to}}}}\", message = \"{{{{text}}}}\" }}\n"
            ),
        );
        let out = db
            .cmd(&[
                "-vv",
                "--config",
                &config,
                "send",
                "sms",
                "--deal",
                "1",
                "--template",
                "krotko",
            ])
            .env("LEJEK_TEST_SMS_TOKEN", token)
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{how}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let all = everything_readable(&db, &out);
        assert!(all.contains("ERROR bad token"), "{how}: {all}");
        // The token as it is, and as a form carries it (percent-encoded).
        assert_hidden(&all, &[token, "t0k%2F3n%2BSekret%3D9", "Sekret"]);
    }
}
