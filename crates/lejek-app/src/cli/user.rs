//! `lejek user add|set|list` (X1); `user set --email` is the daily digest's address.

use super::args::UserCmd;
use super::context::Context;
use crate::i18n::tr;
use crate::render::{Format, json, table};
use crate::service::{Command, Result};

pub fn run(ctx: &Context, cmd: UserCmd) -> Result<i32> {
    match cmd {
        UserCmd::Add { login, name, admin } => {
            ctx.apply(Command::AddUser {
                name: name.unwrap_or_else(|| login.clone()),
                login,
                admin,
            })?;
            Ok(0)
        }
        UserCmd::Set {
            login,
            name,
            admin,
            no_admin,
            email,
        } => {
            let admin = match (admin, no_admin) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            };
            // The digest's address alone leaves name and flag as they are (issue 19 item 7).
            if name.is_some() || admin.is_some() || email.is_none() {
                ctx.apply(Command::UpdateUser {
                    login: login.clone(),
                    name,
                    admin,
                })?;
            }
            if let Some(email) = email {
                ctx.apply(Command::SetUserEmail {
                    login,
                    email: Some(email),
                })?;
            }
            Ok(0)
        }
        UserCmd::List { format } => {
            let users = ctx.svc.users()?;
            let l = ctx.lang;
            match format {
                Format::Json => println!("{}", json(&users)),
                Format::Csv => {
                    let rows: Vec<Vec<String>> = users
                        .iter()
                        .map(|u| vec![u.login.clone(), u.name.clone(), u.admin.to_string()])
                        .collect();
                    print!("{}", table::csv(&["login", "name", "admin"], &rows));
                }
                Format::Table => {
                    let rows: Vec<Vec<String>> = users
                        .iter()
                        .map(|u| {
                            vec![
                                u.login.clone(),
                                u.name.clone(),
                                if u.admin {
                                    tr(l, "yes").to_owned()
                                } else {
                                    String::new()
                                },
                            ]
                        })
                        .collect();
                    let headers = vec![
                        tr(l, "col.login").to_owned(),
                        tr(l, "col.name").to_owned(),
                        tr(l, "col.admin").to_owned(),
                    ];
                    println!("{}", table::table(&headers, &rows));
                }
            }
            Ok(0)
        }
    }
}
