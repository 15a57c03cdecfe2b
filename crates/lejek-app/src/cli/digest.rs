//! `lejek digest` (issue 19 item 7): each user's day for cron: today's agenda and their
//! unread notifications, as text on stdout, or with `--send` by e-mail once a day (the
//! claim is the core's, `service::digest`; the transport is `comms::digest`).
//!
//! Who may: anyone their own digest; another's (`--user`, the global "act as") and
//! everyone's (`--all`) only an admin, since the digest holds the user's own inbox.

use chrono::NaiveDate;

use super::context::Context;
use crate::backend::Backend;
use crate::comms::digest::DigestMail;
use crate::i18n::{Lang, trf};
use crate::model::date_format::format_date;
use crate::render::history::{describe, entity_label, when};
use crate::render::{agenda as agenda_text, safe, terminal};
use crate::service::digest::{self, DigestStatus};
use crate::service::{Result, agenda, invalid};

pub fn run(ctx: &Context, all: bool, send: bool, idle: u64) -> Result<i32> {
    let logins: Vec<String> = if all {
        let admin = ctx.svc.user(&ctx.user)?.is_some_and(|u| u.admin);
        if !admin {
            return Err(invalid("digest.err.all_admin", &[&ctx.user]));
        }
        ctx.svc.users()?.into_iter().map(|u| u.login).collect()
    } else {
        vec![ctx.user.clone()]
    };
    let l = ctx.lang;
    let today = ctx.svc.clock().today();
    let messaging = &crate::config::current().messaging;
    let mut failed = 0;
    for login in logins {
        // Each user's inbox is read, and their digest claimed, as them.
        let backend = match login == ctx.user {
            true => ctx.svc.clone(),
            false => ctx.svc.as_user(&login, l, idle)?,
        };
        let body = text(&backend, &login, today, l)?;
        if !send {
            print!("{}", terminal::for_stdout(body));
            continue;
        }
        let Some(to) = backend.user_email()? else {
            eprintln!("lejek: {}", trf(l, "digest.no_email", &[&login]));
            continue;
        };
        let mut mail = DigestMail {
            backend: &backend,
            messaging,
            lang: l,
            to,
            subject: trf(l, "digest.subject", &[&format_date(today, l)]),
            body,
        };
        match digest::send_once(&mut mail, today)? {
            DigestStatus::Sent(detail) => {
                eprintln!(
                    "lejek: {}",
                    trf(l, "digest.sent", &[&login, &safe(&detail)])
                )
            }
            DigestStatus::Skipped => eprintln!("lejek: {}", trf(l, "digest.skipped", &[&login])),
            DigestStatus::Failed(why) => {
                failed += 1;
                eprintln!("lejek: {}", trf(l, "digest.failed", &[&login, &safe(&why)]));
            }
        }
    }
    // A digest that did not leave is the transport's failure: exit 1 so cron says so.
    Ok(if failed > 0 { 1 } else { 0 })
}

/// One user's digest: a title, today's agenda, the unread notifications.
fn text(b: &Backend, login: &str, today: NaiveDate, l: Lang) -> Result<String> {
    let name = b
        .user(login)?
        .map(|u| u.name)
        .unwrap_or_else(|| login.to_owned());
    let a = agenda::build(b, login, today, 0)?;
    let unread = b.inbox(login, true)?;
    let mut out = format!(
        "{}\n\n",
        safe(&trf(
            l,
            "digest.title",
            &[&name, &login, &format_date(today, l)]
        ))
    );
    out.push_str(&agenda_text::text(&a, l));
    out.push('\n');
    out.push_str(&trf(l, "digest.unread", &[&unread.len()]));
    out.push('\n');
    for (_, ev) in &unread {
        out.push_str(&format!(
            "  {}  {}  {}: {}\n",
            when(ev, l),
            safe(&ev.actor),
            safe(&entity_label(b, ev.entity, l)),
            safe(&describe(b, ev, l))
        ));
    }
    out.push('\n');
    Ok(out)
}
