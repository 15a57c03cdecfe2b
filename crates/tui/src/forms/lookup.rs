//! Answering a record field's lookup (issue 18 item 2): the records the backend finds for
//! the typed text, as candidates the form ranks. Contacts and deals can be millions, so the
//! store is asked for at most [`LIMIT`] that contain the typed words (it searches names,
//! e-mails, phones and NIPs with diacritics folded, in milliseconds); `#12` or a bare number
//! also fetches that record. Users and campaigns are few: all of them are offered and the
//! form ranks them.

use crate::app::App;
use crate::backend::Backend;
use crate::form::{Candidate, Form, LookupRequest, Pick, Source, filter_for, typed_id};
use crate::i18n::trf;
use crate::service::Result;
use crate::service::query::ListQuery;
use crate::service::views::{ContactView, DealView};

/// The most records one lookup asks the store for.
pub const LIMIT: usize = 50;

/// Answers the form's pending lookup, if any, from `app`'s backend. A failed search leaves
/// the list closed and says why under the fields.
pub fn answer(app: &App, form: &mut Form) {
    let Some(req) = form.take_lookup() else {
        return;
    };
    match candidates(&app.svc, &app.user, &req) {
        Ok(items) => form.offer(&req, items),
        Err(e) => {
            let why = e.message(app.lang);
            form.set_message(Some(trf(app.lang, "picker.err.lookup", &[&why])));
        }
    }
}

/// The records `req`'s text may mean, unranked (the store's order).
pub fn candidates(svc: &Backend, me: &str, req: &LookupRequest) -> Result<Vec<Candidate>> {
    let text = req.text.trim();
    let id = typed_id(text);
    // `#12` means that record only; digits alone may also be part of a phone or a NIP.
    let search = !text.starts_with('#');
    let query = ListQuery {
        filter: filter_for(text, req.source),
        me: me.to_owned(),
        limit: Some(LIMIT),
        ..Default::default()
    };
    let mut out = Vec::new();
    match req.source {
        Source::Contact | Source::Company => {
            let company_only = req.source == Source::Company;
            if let Some(c) = id.and_then(|i| svc.contact_view(i).ok())
                && (!company_only || c.kind == "company")
            {
                out.push(contact(&c, true));
            }
            if search {
                let page = svc.page_contacts(&query)?;
                out.extend(page.rows.iter().map(|c| contact(c, false)));
            }
        }
        Source::Deal => {
            if let Some(d) = id.and_then(|i| svc.deal_view(i).ok()) {
                out.push(deal(&d, true));
            }
            if search {
                let page = svc.page_deals(&query)?;
                out.extend(page.rows.iter().map(|d| deal(d, false)));
            }
        }
        Source::Campaign => {
            for c in svc.list_campaigns(&ListQuery::default())? {
                out.push(Candidate {
                    pick: Pick::record(c.id, &c.name),
                    detail: c.tags.join(" "),
                    haystack: format!("{} #{}", c.name, c.id),
                    exact: id == Some(c.id),
                });
            }
        }
        Source::User => {
            for u in svc.users()? {
                out.push(Candidate {
                    pick: Pick::user(&u.login, &u.name),
                    detail: String::new(),
                    haystack: format!("{} {}", u.name, u.login),
                    exact: false,
                });
            }
        }
    }
    Ok(out)
}

fn contact(c: &ContactView, exact: bool) -> Candidate {
    let known = [&c.city, &c.nip, &c.email, &c.phone];
    let detail: Vec<&str> = known.iter().filter_map(|v| v.as_deref()).collect();
    Candidate {
        pick: Pick::record(c.id, &c.name),
        detail: detail.join(" · "),
        haystack: format!("{} {} #{}", c.name, detail.join(" "), c.id),
        exact,
    }
}

fn deal(d: &DealView, exact: bool) -> Candidate {
    Candidate {
        pick: Pick::record(d.id, &d.title),
        detail: format!("{} · {}", d.contact, d.stage),
        haystack: format!("{} {} #{}", d.title, d.contact, d.id),
        exact,
    }
}

/// A contact as a record field starts with it (an edit form's current link).
pub fn contact_pick(app: &App, id: u64) -> Option<Pick> {
    app.svc
        .contact_view(id)
        .ok()
        .map(|c| Pick::record(c.id, &c.name))
}

/// A deal as a record field starts with it.
pub fn deal_pick(app: &App, id: u64) -> Option<Pick> {
    app.svc
        .deal_view(id)
        .ok()
        .map(|d| Pick::record(d.id, &d.title))
}

/// A campaign as a record field starts with it.
pub fn campaign_pick(app: &App, id: u64) -> Option<Pick> {
    app.svc
        .campaign(id)
        .ok()
        .map(|c| Pick::record(c.id, &c.name))
}

/// A user as an owner or assignee field starts with it (a login no longer among the users
/// is shown as it is).
pub fn user_pick(app: &App, login: &str) -> Option<Pick> {
    if login.is_empty() {
        return None;
    }
    let name = app
        .svc
        .user(login)
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_default();
    Some(Pick::user(login, &name))
}
