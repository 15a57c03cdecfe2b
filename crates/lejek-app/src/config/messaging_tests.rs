//! `[email]` and `[sms]` as the config file reads them: whole files through `file::parse`,
//! so these tests sit beside both rather than inside `messaging` (which `file` calls).

use std::path::PathBuf;
use std::time::Duration;

use super::file::parse;
use super::messaging::*;
use super::source::Source;
use crate::i18n::Lang;

fn ok(text: &str) -> Messaging {
    parse("c.toml", text)
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)))
        .messaging
}

fn problem(text: &str) -> (usize, String) {
    match parse("c.toml", text) {
        Ok(v) => panic!("{text:?} parsed: {v:?}"),
        Err(e) => (e.line, e.message(Lang::En)),
    }
}

#[test]
fn nothing_set_is_the_outbox() {
    assert_eq!(ok(""), Messaging::default());
    // Sections with everything commented out (as in the example file) set nothing.
    assert_eq!(
        ok("[email]\n[email.smtp]\n[email.sendmail]\n[sms]\n[sms.http]\n[sms.command]\n"),
        Messaging::default()
    );
    let rows = Messaging::default().rows();
    let shown: Vec<(&str, &str)> = rows
        .iter()
        .map(|(k, v, _)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        shown,
        [("email.transport", "outbox"), ("sms.transport", "outbox")]
    );
}

#[test]
fn smtp_with_its_lines_and_defaults() {
    let m = ok("\
[email]
transport = \"smtp\"
from = \"Jan Kowalski <jan@firma.pl>\"
[email.smtp]
host = \"smtp.firma.pl\"
user = \"jan@firma.pl\"
password_env = \"LEJEK_SMTP_PASSWORD\"
[email.sendmail]
command = \"/usr/bin/msmtp -t\"
");
    let EmailTransport::Smtp(smtp) = &m.email.transport else {
        panic!("{m:?}");
    };
    assert_eq!(smtp.host, "smtp.firma.pl");
    assert_eq!((smtp.port, smtp.security), (587, Security::StartTls));
    assert_eq!(
        smtp.password,
        Some(Secret::Env("LEJEK_SMTP_PASSWORD".into()))
    );
    assert_eq!(smtp.timeout, Duration::from_secs(20));
    assert_eq!(m.email.from.as_deref(), Some("Jan Kowalski <jan@firma.pl>"));
    let rows = m.rows();
    let find = |key: &str| rows.iter().find(|(k, _, _)| k == key).cloned();
    assert_eq!(
        find("email.smtp.host"),
        Some((
            "email.smtp.host".into(),
            "smtp.firma.pl".into(),
            Source::File { line: 5 }
        ))
    );
    assert_eq!(
        find("email.smtp.port").map(|r| (r.1, r.2)),
        Some(("587".into(), Source::Default))
    );
    assert_eq!(
        find("email.smtp.password_env").map(|r| r.1),
        Some("env LEJEK_SMTP_PASSWORD".into())
    );
    // The sendmail section is checked but not in effect, so not listed.
    assert_eq!(find("email.sendmail.command"), None);

    let m = ok("[email.smtp]\nhost = \"h\"\nsecurity = \"TLS\"\n[email]\ntransport = \"smtp\"\n");
    let EmailTransport::Smtp(smtp) = &m.email.transport else {
        panic!("{m:?}");
    };
    assert_eq!(
        (smtp.port, smtp.security, &smtp.user),
        (465, Security::Tls, &None)
    );
}

#[test]
fn a_password_in_the_file_is_refused_at_its_line() {
    let (line, m) = problem("[email.smtp]\nhost = \"h\"\nuser = \"u\"\npassword = \"tajne\"\n");
    assert_eq!(line, 4);
    assert!(m.contains("'email.smtp.password' is not allowed"), "{m}");
    assert!(
        m.contains("password_file") && m.contains("password_env"),
        "{m}"
    );
    let (line, m) = problem("[sms.http]\nurl = \"https://x.pl\"\ntoken = \"abc\"\n");
    assert_eq!(line, 3);
    assert!(m.contains("token_file"), "{m}");
    let (line, m) = problem(
        "[sms.http]\nurl = \"https://x.pl\"\nfields = { to = \"{{to}}\", password = \"abc\" }\n",
    );
    assert_eq!(line, 3);
    assert!(
        m.contains("sms.http.fields.password") && m.contains("{{token}}"),
        "{m}"
    );
}

#[test]
fn mistakes_name_the_line() {
    let (line, m) = problem("[email]\n[email.smtp]\nhost = \"h\"\nhots = \"x\"\n");
    assert_eq!(line, 4);
    assert!(m.contains("unknown setting 'email.smtp.hots'"), "{m}");
    assert!(m.contains("host, port, security"), "{m}");
    let (line, m) = problem("[email.smtp]\nsecurity = \"ssl\"\n");
    assert_eq!(line, 2);
    assert!(
        m.contains("'ssl'") && m.contains("starttls, tls, none"),
        "{m}"
    );
    let (line, m) = problem("[email]\ntransport = \"smtp\"\n");
    assert_eq!(line, 2);
    assert!(m.contains("needs 'host' in [email.smtp]"), "{m}");
    let (line, m) = problem("[email.smtp]\nport = 70000\n");
    assert_eq!(line, 2);
    assert!(m.contains("from 1 to 65535"), "{m}");
    let (_, m) = problem("[email.smtp]\nport = \"587\"\n");
    assert!(m.contains("whole number"), "{m}");
    let (line, m) =
        problem("[email.smtp]\nuser = \"u\"\npassword_file = \"~/p\"\npassword_env = \"P\"\n");
    assert_eq!(line, 4);
    assert!(m.contains("exclude each other"), "{m}");
    let (line, m) = problem("[email.smtp]\nhost = \"h\"\nuser = \"u\"\n");
    assert_eq!(line, 3);
    assert!(m.contains("password_file or password_env"), "{m}");
    let (_, m) = problem("[email]\nfrom = \"jan(at)firma\"\n");
    assert!(m.contains("not a valid e-mail address"), "{m}");
    let (line, m) = problem("[sms]\ntransport = \"pigeon\"\n");
    assert_eq!(line, 2);
    assert!(m.contains("outbox, http, command"), "{m}");
    let (_, m) = problem("email = \"smtp\"\n");
    assert!(m.contains("[email]"), "{m}");
}

#[test]
fn an_sms_gateway() {
    let m = ok("\
[sms]
transport = \"http\"
[sms.http]
url = \"https://api.smsapi.pl/sms.do\"
token_file = \"~/.config/lejek/sms-token\"
fields = { to = \"{{to}}\", message = \"{{ text }}\", from = \"Firma\" }
success = \"OK\"
timeout_secs = 5
");
    let SmsTransport::Http(http) = &m.sms else {
        panic!("{m:?}");
    };
    assert_eq!(http.body, BodyFormat::Form);
    let names: Vec<&str> = http.fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["to", "message", "from"]);
    assert_eq!(http.timeout, Duration::from_secs(5));
    let mut resolved = m.clone();
    resolved.resolve_paths(&|p| PathBuf::from(p.replace("~/", "/home/anna/")));
    let SmsTransport::Http(http) = &resolved.sms else {
        panic!("{resolved:?}");
    };
    assert_eq!(
        http.token,
        Some(Secret::File("/home/anna/.config/lejek/sms-token".into()))
    );
    let rows = resolved.rows();
    assert!(
        rows.iter()
            .any(|(k, v, _)| k == "sms.http.fields" && v == "to, message, from")
    );

    let (line, m) = problem("[sms.http]\nurl = \"x\"\nfields = { to = \"{{tel}}\" }\n");
    assert_eq!(line, 2);
    assert!(m.contains("http:// or https://"), "{m}");
    let (line, m) = problem("[sms.http]\nurl = \"https://x.pl\"\nfields = { to = \"{{tel}}\" }\n");
    assert_eq!(line, 3);
    assert!(
        m.contains("{{tel}}") && m.contains("to, text, token"),
        "{m}"
    );
    let (line, m) =
        problem("[sms.http]\nurl = \"https://x.pl\"\nfields = { key = \"{{token}}\" }\n");
    assert_eq!(line, 3);
    assert!(m.contains("needs token_file or token_env"), "{m}");
    let (line, m) = problem("[sms]\ntransport = \"http\"\n[sms.http]\nurl = \"https://x.pl\"\n");
    assert_eq!(line, 2);
    assert!(m.contains("needs 'fields'"), "{m}");
}

#[test]
fn an_sms_command() {
    let m = ok(
        "[sms]\ntransport = \"command\"\n[sms.command]\ncommand = \"/opt/sms 'Firma X' {{to}}\"\n",
    );
    let SmsTransport::Command(c) = &m.sms else {
        panic!("{m:?}");
    };
    assert_eq!(c.command, ["/opt/sms", "Firma X", "{{to}}"]);
    let (line, m) = problem("[sms.command]\ncommand = \"/opt/sms 'Firma\"\n");
    assert_eq!(line, 2);
    assert!(m.contains("quote"), "{m}");
    let (_, m) = problem("[sms.command]\ncommand = \"/opt/sms {{number}}\"\n");
    assert!(m.contains("{{number}}") && m.contains("to, text"), "{m}");
    let (line, _) = problem("[sms]\ntransport = \"command\"\n");
    assert_eq!(line, 2);
}

#[test]
fn the_messages_read_in_polish() {
    let e = parse("c.toml", "[email.smtp]\npassword = \"x\"\n")
        .map(|_| ())
        .unwrap_err();
    let m = e.message(Lang::Pl);
    assert!(m.contains("hasła i tokeny"), "{m}");
}
