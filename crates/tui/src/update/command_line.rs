//! The `:` command line: quit, help, filter, sort, a view by name, the templates screen, or
//! a record by id. Words are accepted in English and Polish.

use super::filter_line::set_filter;
use super::nav::switch;
use super::template_list;
use super::windows::{fetch, go_to};
use crate::app::{App, View};
use crate::help_pane::HelpPane;
use crate::i18n::trf;
use crate::list::Sort;

/// `:q`, `:42` (go to id), `:sort FIELD[:desc]`, `:filter EXPR`, `:deals`... `:help`.
pub fn run(app: &mut App, cmd: &str) {
    let (head, rest) = cmd.split_once(' ').unwrap_or((cmd, ""));
    let rest = rest.trim();
    match head {
        "" => {}
        "q" | "quit" | "wyjdz" | "wyjdź" => app.quit = true,
        "help" | "pomoc" | "h" => app.open(HelpPane::default()),
        "filter" | "filtr" | "f" => set_filter(app, rest.to_owned()),
        "sort" | "sortuj" => {
            let desc = rest.ends_with(":desc");
            let field = rest.trim_end_matches(":desc").trim_end_matches(":asc");
            let schema = app.list_here().sort_schema();
            match crate::service::sort::parse_sort(
                &format!("{field}:{}", if desc { "desc" } else { "asc" }),
                schema,
            ) {
                Ok(s) => {
                    app.list_here_mut().set_sort(Some(Sort {
                        field: s.field,
                        desc: s.desc,
                    }));
                    fetch(app, app.view);
                }
                Err(e) => app.complain(e.message(app.lang)),
            }
        }
        "deals" | "interesy" => switch(app, View::Deals),
        "contacts" | "kontakty" => switch(app, View::Contacts),
        "campaigns" | "kampanie" => switch(app, View::Campaigns),
        "tasks" | "sprawy" => switch(app, View::Tasks),
        "reports" | "raporty" => switch(app, View::Reports),
        "inbox" | "powiadomienia" => switch(app, View::Inbox),
        "templates" | "szablony" => template_list::open(app, None),
        "dictionaries" | "dicts" | "słowniki" | "slowniki" => super::dict_list::open(app),
        id if id.trim_start_matches('#').parse::<u64>().is_ok() => {
            let id: u64 = id.trim_start_matches('#').parse().unwrap_or_default();
            if !go_to(app, app.view, id) {
                app.complain(trf(app.lang, "msg.no_such_id", &[&id]));
            }
        }
        other => app.complain(trf(app.lang, "msg.unknown_command", &[&other])),
    }
}
