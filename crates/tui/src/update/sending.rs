//! E-mail and SMS from the deal card (D12), the steps around the panes: pick a template
//! (the templates screen as a picker), preview the message (`send::SendPreview`), send it
//! (off the UI thread when the loader runs) and say how it ended.

use super::template_list;
use super::windows::fetch;
use crate::action::{Action, Mode};
use crate::app::{App, View};
use crate::comms::compose::compose;
use crate::data::Loaded;
use crate::event::Outgoing;
use crate::i18n::{tr, trf};
use crate::model::MessageTemplate;
use crate::render::safe;
use crate::send::{SendPreview, deliver, kind_label, retry_preview};
use crate::service::invalid;
use crate::service::views::DealView;
use crate::templates::TemplatesPane;

/// The deal a send starts from: the one under the cursor of the deals list.
fn current_deal(app: &mut App) -> Option<(u64, String)> {
    if app.view != View::Deals {
        app.complain(tr(app.lang, "msg.not_here"));
        return None;
    }
    // The card's deal: the one under the cursor, or the one the card stayed on.
    let id = app.current_id()?;
    let title = match app.list::<DealView>().current() {
        Some(d) if d.id == id => d.title.clone(),
        _ => match app.svc.deal_view(id) {
            Ok(d) => d.title,
            Err(e) => {
                app.complain(e.message(app.lang));
                return None;
            }
        },
    };
    Some((id, title))
}

/// `M`: pick a template to send to the deal under the cursor.
pub fn start(app: &mut App) {
    if let Some(deal) = current_deal(app) {
        template_list::open(app, Some(deal));
    }
}

/// The picker chose `t`: show the deal's message made from it.
pub fn open_preview(app: &mut App, deal: u64, t: &MessageTemplate) {
    let built = (|| {
        // As `lejek send`: a sender the database does not know cannot sign a history entry.
        if app.svc.user(&app.user)?.is_none() && !app.svc.is_remote() {
            return Err(invalid("err.actor_unknown", &[&app.user]));
        }
        SendPreview::new(&app.svc, compose(&app.svc, deal, t, None, app.lang)?)
    })();
    match built {
        Ok(p) => app.open(p),
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// `Ctrl-r`: the deal's newest failed send that was not sent since, to send again.
pub fn start_retry(app: &mut App) {
    let Some((deal, _)) = current_deal(app) else {
        return;
    };
    match retry_preview(&app.svc, deal) {
        Ok(p) => app.open(p),
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// The preview was accepted (and closed): close the picker under it, then send.
pub fn send(app: &mut App, out: Outgoing) {
    if app
        .top::<TemplatesPane>()
        .is_some_and(|t| t.send_to.is_some())
    {
        app.overlays.pop();
    }
    let Outgoing {
        message,
        origin,
        contact,
    } = out;
    let lang = app.lang;
    let retry_key = app.keymap.first_key(Mode::Normal, Action::RetrySend);
    let deal = message.deal_id;
    match app.loader.clone() {
        Some(tx) => {
            app.say(trf(
                lang,
                "tui.send.sending",
                &[&kind_label(message.kind, lang), &safe(&message.to)],
            ));
            let svc = app.svc.clone();
            std::thread::spawn(move || {
                let (text, failed) = deliver(&svc, &message, origin, &contact, &retry_key, lang);
                // The UI may have quit meanwhile; the history entry is written either way.
                let _ = tx.send(Loaded::Sent { deal, text, failed });
            });
        }
        None => {
            let (text, failed) = deliver(&app.svc, &message, origin, &contact, &retry_key, lang);
            on_sent(app, text, failed);
        }
    }
}

/// A send ended: say how, and show the deal's new history entry.
pub fn on_sent(app: &mut App, text: String, failed: bool) {
    if failed {
        app.complain(text);
    } else {
        app.say(text);
    }
    // The deal's row and card show the send in its history.
    app.views.get_mut(View::Deals).refresh(false);
    fetch(app, View::Deals);
    app.detail.of = None;
}
