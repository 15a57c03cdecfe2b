//! The filter line: a list's filter text parsed with its view's schema (saved filters
//! `@name` expanded first) and applied as the user types, and each list's default filter
//! from the config file.

use super::windows::fetch;
use crate::app::{App, View};
use crate::list::Parsed;
use crate::list_pane::FilterBy;
use crate::service::query::FilterOf;

/// Each list's default filter from the config file, as if typed into its filter line: the
/// user sees it there and can change or clear it.
pub fn start_with_default_filters(app: &mut App) {
    let was = app.view;
    for view in View::ALL {
        // Only the records' lists have default filters (the config names them by record).
        let FilterBy::Service(of) = app.views.get(view).filter_by() else {
            continue;
        };
        if let Some(text) = app.filters.default_for(of).map(|e| e.text.clone()) {
            app.view = view;
            set_filter(app, text);
        }
    }
    app.view = was;
}

/// A list's filter text parsed for `of`, with saved filters (`@name`) expanded first. It is
/// parsed here, so a half-typed filter says what is wrong at once; what the service gets
/// is the expanded text.
fn list_filter(app: &App, of: FilterOf, text: &str) -> Result<Parsed, String> {
    let lang = app.lang;
    let expanded = app.filters.expand(text).map_err(|m| m.render(lang))?;
    let filter = app
        .svc
        .filter(of, &expanded, &app.user)
        .map_err(|e| e.message(lang))?;
    Ok(Parsed {
        filter,
        query: expanded,
    })
}

/// `text` parsed with the current view's schema.
fn parse(app: &App, text: &str) -> Result<Parsed, String> {
    let lang = app.lang;
    match app.list_here().filter_by() {
        FilterBy::Service(of) => list_filter(app, of, text),
        FilterBy::Local(schema) => {
            let ctx = crate::filter::Ctx::new(app.today, app.user.clone());
            crate::filter::parse(text, schema, &ctx)
                .map(|filter| Parsed {
                    filter,
                    query: text.to_owned(),
                })
                .map_err(|e| e.message(lang))
        }
    }
}

/// The most words a half-typed filter is cut back by to find the part that parses (each
/// try may be a request to the server).
const CUT_BACK: usize = 6;

/// What a filter that does not parse shows meanwhile: its longest run of leading words
/// that does ("stage:neg value>" shows stage:neg's deals while the amount is typed), else
/// the whole list. Typing a term never empties the list, and the rows are those of the
/// filter the user already had (issue 18 item 11).
fn last_good(app: &App, text: &str) -> Option<(String, Parsed)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len())
        .rev()
        .take(CUT_BACK)
        .map(|n| words[..n].join(" "))
        .chain(std::iter::once(String::new()))
        .find_map(|head| parse(app, &head).ok().map(|p| (head, p)))
}

/// Parse `text` with the current view's schema and apply it (as you type): a list the
/// service filters asks for its new window, one request a keystroke. Text that does not
/// parse keeps the last good list on screen, with the error on the filter line.
pub fn set_filter(app: &mut App, text: String) {
    // A new filter is the user's choice of what to see: the card follows the list again.
    app.detail.pin = None;
    let parsed = parse(app, &text);
    if parsed.is_err()
        && let Some((head, good)) = last_good(app, &text)
    {
        app.list_here_mut().set_filter(head, Ok(good));
    }
    app.list_here_mut().set_filter(text, parsed);
    fetch(app, app.view);
    // The board shows the deals the filter matches (issue 19 item 5).
    if app.view == crate::app::View::Deals {
        super::board::load(app);
    }
}
