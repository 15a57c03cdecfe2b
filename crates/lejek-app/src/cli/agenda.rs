//! `lejek agenda` (issue 19 item 6): what is due for a user, by day, as text, CSV, JSON or
//! an iCalendar file. The agenda is assembled in the core (`service::agenda`); this only
//! checks the arguments and prints.
//!
//! Who may see whose: the agenda holds only what every user may list already (`deal list
//! --filter owner:X`, `task list --filter assignee:X`: a user may read everything), so
//! `--of LOGIN` is open to all. The global `--user` still means "act as", which only an
//! admin (or root) may.

use super::context::Context;
use crate::render::agenda::{self as text, AgendaFormat};
use crate::render::{ics, json, terminal};
use crate::service::agenda::{self, MAX_DAYS};
use crate::service::{Result, invalid};

pub fn run(ctx: &Context, days: u32, of: Option<String>, format: AgendaFormat) -> Result<i32> {
    if days > MAX_DAYS {
        return Err(invalid("agenda.err.days", &[&days, &MAX_DAYS]));
    }
    let login = of
        .map(|o| o.trim().to_owned())
        .filter(|o| !o.is_empty())
        .unwrap_or_else(|| ctx.user.clone());
    if ctx.svc.user(&login)?.is_none() {
        return Err(invalid("err.actor_unknown", &[&login]));
    }
    let clock = ctx.svc.clock();
    let a = agenda::build(&ctx.svc, &login, clock.today(), days)?;
    let l = ctx.lang;
    match format {
        AgendaFormat::Table => {
            println!("{}", crate::i18n::trf(l, "agenda.header", &[&login]));
            print!("{}", text::text(&a, l));
        }
        AgendaFormat::Csv => print!("{}", text::csv(&a)),
        AgendaFormat::Json => {
            let domain = agenda::calendar_domain(&ctx.svc.users()?);
            println!("{}", json(&text::json_value(&a, &domain)));
        }
        AgendaFormat::Ics => {
            let domain = agenda::calendar_domain(&ctx.svc.users()?);
            let cal = ics::calendar(&a, &domain, clock.now(), l);
            print!("{}", terminal::for_stdout(cal));
        }
    }
    Ok(0)
}
