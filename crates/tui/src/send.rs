//! E-mail and SMS from the deal card (D12): the preview of a template made into the deal's
//! message (or of a failed message to send again), and the send itself. Composing,
//! sending and recording are `comms`' (the same code as `lejek send`); this file shows the
//! message, lets the user fix the recipient, and reports how the send ended.
//!
//! Enter hands the message to the update loop (`Event::Send`), which runs the send off the
//! UI thread when the TUI has its loader (an SMTP server may take seconds to answer); the
//! outcome comes back as `Loaded::Sent`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::action::{Action, Mode};
use super::event::{Event, Events, Outgoing};
use super::pane::{Ctx, Input, Pane};
use super::popup::popup;
use crate::backend::Backend;
use crate::comms::compose::Composed;
use crate::comms::retry::{open_failures, recompose};
use crate::comms::send::{Delivered, Origin, Sender};
use crate::comms::sms;
use crate::i18n::{Lang, tr, trf};
use crate::model::{EntityKind, EntityRef, MessageKind};
use crate::render::safe;
use crate::service::{Result, invalid, validate};

pub use crate::comms::{kind_label, segments_text};

/// A message about to be sent: what the recipient will get, and where it goes.
#[derive(Clone, Debug)]
pub struct SendPreview {
    /// The rendered message; its `to` is the contact's address or number (or, for a retry,
    /// the failed send's), replaced by `to` when sent.
    pub message: Composed,
    /// The recipient as edited (a retry's cannot be changed: it resends what failed).
    pub to: String,
    /// Cursor in `to`, a char index.
    pub cursor: usize,
    pub contact: String,
    pub deal_title: String,
    /// Sending a failed message again: where it came from, and why it failed.
    pub retry: Option<(Origin, String)>,
    /// Why Enter did not send (a malformed recipient), until the next edit.
    pub error: Option<String>,
}

impl SendPreview {
    /// The preview of `message`, to the deal's contact.
    pub fn new(svc: &Backend, message: Composed) -> Result<SendPreview> {
        let d = svc.deal_view(message.deal_id)?;
        Ok(SendPreview {
            to: message.to.clone(),
            cursor: message.to.chars().count(),
            contact: d.contact.clone(),
            deal_title: d.title.clone(),
            message,
            retry: None,
            error: None,
        })
    }
}

/// The preview of sending the deal's newest open failure again, as `lejek send retry`.
pub fn retry_preview(svc: &Backend, deal: u64) -> Result<SendPreview> {
    let history = svc.history(EntityRef {
        kind: EntityKind::Deal,
        id: deal,
    })?;
    let open = open_failures(&history);
    let Some((seq, failed)) = open.last() else {
        return Err(invalid("send.err.nothing_to_retry", &[&deal]));
    };
    let origin = Origin {
        campaign_id: failed.campaign_id,
        claimed: failed.campaign_id.is_some(),
        retry_of: Some(*seq),
    };
    let why = match &failed.result {
        crate::model::SendResult::Failed { error } => error.clone(),
        crate::model::SendResult::Sent { .. } => String::new(),
    };
    let mut p = SendPreview::new(svc, recompose(svc, deal, failed)?)?;
    p.retry = Some((origin, why));
    Ok(p)
}

/// Pasted text goes into the recipient.
pub fn paste(p: &mut SendPreview, text: &str) {
    if p.retry.is_some() {
        return;
    }
    super::line_edit::paste(&mut p.to, &mut p.cursor, text);
    p.error = None;
}

/// The recipient to send to: as edited, checked as `lejek send --to` checks it. Empty is
/// only sent when the contact has no address either: the send then fails and is recorded,
/// as `lejek send` records it; an address cleared by mistake is not.
fn recipient(p: &SendPreview) -> Result<String> {
    let to = p.to.trim();
    if to == p.message.to {
        return Ok(p.message.to.clone());
    }
    if to.is_empty() {
        return Err(invalid("tui.send.no_recipient", &[]));
    }
    match p.message.kind {
        MessageKind::Email => validate::email(Some(to))?,
        MessageKind::Sms => validate::phone(Some(to))?,
    };
    Ok(to.to_owned())
}

/// Enter on the preview: the message with its recipient checked, ready to send; or why
/// it cannot go (a malformed recipient), shown in the preview.
fn outgoing(p: &SendPreview) -> Result<Outgoing> {
    let mut message = p.message.clone();
    message.to = recipient(p)?;
    Ok(Outgoing {
        message,
        origin: p.retry.as_ref().map(|(o, _)| *o).unwrap_or_default(),
        contact: p.contact.clone(),
    })
}

/// Hand the message to the configured transport and record it on the deal; what to say
/// in the status line, and whether it is bad news.
pub fn deliver(
    svc: &Backend,
    m: &Composed,
    origin: Origin,
    contact: &str,
    retry_key: &str,
    lang: Lang,
) -> (String, bool) {
    let sender = Sender::new(svc, lang);
    let kind = kind_label(m.kind, lang);
    match sender.deliver(m, origin) {
        Ok(Delivered::Sent(d)) => (
            trf(lang, "send.sent", &[&kind, &m.to, &d.transport, &d.detail]),
            false,
        ),
        Ok(Delivered::Failed { .. }) if m.to.is_empty() => {
            let key = match m.kind {
                MessageKind::Email => "tui.send.no_email",
                MessageKind::Sms => "tui.send.no_phone",
            };
            (trf(lang, key, &[&contact]), true)
        }
        Ok(Delivered::Failed { why, .. }) => (
            trf(
                lang,
                "tui.send.failed",
                &[&kind, &m.to, &why.render(lang), &retry_key],
            ),
            true,
        ),
        // The history entry could not be written (the database, not the transport).
        Err(e) => (e.message(lang), true),
    }
}

/// The preview's lines: recipient, subject, attachments, an SMS's length, why a retried
/// message failed; the text follows them.
fn head_lines(p: &SendPreview, lang: Lang) -> Vec<(String, String)> {
    let m = &p.message;
    let mut rows = vec![(tr(lang, "col.to").to_owned(), p.to.clone())];
    if let Some(s) = &m.subject {
        rows.push((tr(lang, "col.subject").to_owned(), s.clone()));
    }
    if !m.attachments.is_empty() {
        let names: Vec<&str> = m.attachments.iter().map(|f| f.name.as_str()).collect();
        rows.push((tr(lang, "col.files").to_owned(), names.join(", ")));
    }
    if m.kind == MessageKind::Sms {
        rows.push((
            tr(lang, "col.length").to_owned(),
            segments_text(&sms::segments(&m.body), lang),
        ));
    }
    rows
}

impl Pane for SendPreview {
    /// The preview's one editable line is the recipient: Enter sends, Esc goes back.
    fn mode(&self) -> Mode {
        Mode::Input
    }

    /// Enter sends (closing the preview), Esc goes back, other keys edit the recipient.
    fn handle(&mut self, input: Input<'_>, ctx: &Ctx<'_>, events: &mut Events) -> bool {
        let key = match input {
            Input::Paste(text) => {
                paste(self, text);
                return true;
            }
            Input::Key { key, .. } => key,
        };
        match input.action() {
            Some(Action::InputApply) => match outgoing(self) {
                Ok(out) => {
                    events.push(Event::Close);
                    events.push(Event::Send(Box::new(out)));
                }
                Err(e) => self.error = Some(e.message(ctx.lang)),
            },
            Some(Action::InputCancel) => events.push(Event::Close),
            _ => {
                if self.retry.is_none()
                    && super::line_edit::edit_line(&mut self.to, &mut self.cursor, key)
                {
                    self.error = None;
                }
            }
        }
        true
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>) {
        draw(frame, area, ctx, self);
    }
}

/// The preview as a popup: title, the message, what Enter and Esc do.
fn draw(frame: &mut Frame, area: Rect, ctx: &Ctx<'_>, p: &SendPreview) {
    let t = ctx.theme;
    let lang = ctx.lang;
    let r = popup(frame, area, 100);
    let kind = kind_label(p.message.kind, lang);
    let title = if p.retry.is_some() {
        trf(
            lang,
            "tui.send.retry_title",
            &[&kind, &p.message.deal_id, &safe(&p.deal_title)],
        )
    } else {
        trf(
            lang,
            "tui.send.title",
            &[&kind, &p.message.deal_id, &safe(&p.deal_title)],
        )
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), t.header()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    if inner.height < 3 {
        return;
    }
    let mut notes: Vec<Line> = Vec::new();
    if let Some(e) = &p.error {
        notes.push(Line::styled(safe(e), t.error()));
    } else if p.to.trim().is_empty() && p.message.to.is_empty() {
        let key = match p.message.kind {
            MessageKind::Email => "tui.send.warn_no_email",
            MessageKind::Sms => "tui.send.warn_no_phone",
        };
        notes.push(Line::styled(
            trf(lang, key, &[&safe(&p.contact)]),
            t.error(),
        ));
    }
    if let Some((_, why)) = &p.retry {
        notes.push(Line::styled(
            trf(lang, "tui.send.failed_before", &[&safe(why)]),
            t.error(),
        ));
    }
    let keys = |a| ctx.key(Mode::Input, a);
    let footer_key = if p.retry.is_some() {
        "tui.send.keys_retry"
    } else {
        "tui.send.keys"
    };
    let footer = trf(
        lang,
        footer_key,
        &[&keys(Action::InputApply), &keys(Action::InputCancel)],
    );
    let rows = head_lines(p, lang);
    let mut text = super::templates::message_text(&rows, &p.message.body, t.dim());
    // The notes go right under the recipient they are about.
    for (i, n) in notes.into_iter().enumerate() {
        text.insert(1 + i, n);
    }
    let body_h = inner.height.saturating_sub(2);
    let body = Rect {
        height: body_h,
        ..inner
    };
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), body);
    let footer_area = Rect {
        y: inner.y + inner.height - 1,
        height: 1,
        ..inner
    };
    frame.render_widget(Paragraph::new(footer).style(t.dim()), footer_area);
    // The cursor in the recipient, which is the first line.
    if p.retry.is_none() {
        let label_w = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0)
            .min(16);
        let typed: String = p.to.chars().take(p.cursor).collect();
        let x = inner.x as usize + label_w + 1 + Line::raw(safe(&typed)).width();
        let x = u16::try_from(x).unwrap_or(u16::MAX);
        frame.set_cursor_position((x.min(inner.right().saturating_sub(1)), inner.y));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preview(kind: MessageKind, own: &str, typed: &str) -> SendPreview {
        SendPreview {
            message: Composed {
                deal_id: 1,
                kind,
                template_id: Some(1),
                template: Some("oferta".into()),
                to: own.into(),
                subject: None,
                body: "x".into(),
                attachments: Vec::new(),
            },
            to: typed.into(),
            cursor: 0,
            contact: "Drukarnia".into(),
            deal_title: "Ulotki".into(),
            retry: None,
            error: None,
        }
    }

    #[test]
    fn the_recipient_is_checked_as_send_to_checks_it() {
        let ok = |p: &SendPreview| recipient(p).unwrap_or_else(|e| panic!("{e:?}"));
        // Untouched: the contact's, even when it has none (the send is recorded as failed).
        assert_eq!(
            ok(&preview(MessageKind::Email, "a@b.pl", "a@b.pl")),
            "a@b.pl"
        );
        assert_eq!(ok(&preview(MessageKind::Sms, "", "")), "");
        // Typed: checked for its kind, trimmed.
        assert_eq!(
            ok(&preview(MessageKind::Email, "a@b.pl", " c@d.pl ")),
            "c@d.pl"
        );
        assert_eq!(
            ok(&preview(MessageKind::Sms, "", "+48 600 100 200")),
            "+48 600 100 200"
        );
        assert!(recipient(&preview(MessageKind::Email, "a@b.pl", "nie-adres")).is_err());
        assert!(recipient(&preview(MessageKind::Sms, "", "abc")).is_err());
        // The contact's address cleared by mistake is not a failed send.
        assert!(recipient(&preview(MessageKind::Email, "a@b.pl", "  ")).is_err());
    }

    #[test]
    fn a_pasted_recipient_loses_its_line_breaks_and_a_retry_takes_none() {
        let mut p = preview(MessageKind::Email, "", "");
        paste(&mut p, "jan@firma.pl\n");
        assert_eq!((p.to.as_str(), p.cursor), ("jan@firma.pl", 12));
        p.retry = Some((Origin::default(), "down".into()));
        paste(&mut p, "x");
        assert_eq!(p.to, "jan@firma.pl");
    }

    #[test]
    fn enter_hands_over_a_checked_message_or_says_why_not() {
        use crate::pane::TestCtx;
        let t = TestCtx::new();
        let mut p = preview(MessageKind::Email, "a@b.pl", "nie-adres");
        assert_eq!(t.act(&mut p, Action::InputApply), (true, vec![]));
        assert!(p.error.is_some(), "the reason shows in the preview");
        p.to = "c@d.pl".into();
        let (_, asked) = t.act(&mut p, Action::InputApply);
        assert_eq!(asked.len(), 2, "{asked:?}");
        assert_eq!(asked[0], "Close");
        assert!(
            asked[1].starts_with("Send(") && asked[1].contains("to: \"c@d.pl\""),
            "{asked:?}"
        );
        assert_eq!(
            t.act(&mut p, Action::InputCancel),
            (true, vec!["Close".into()])
        );
    }

    #[test]
    fn sms_length_is_worded_as_the_cli_words_it() {
        let s = sms::segments(&format!("ż{}", "a".repeat(74)));
        assert_eq!(segments_text(&s, Lang::En), "2 SMS (UCS-2, 75 characters)");
        assert_eq!(kind_label(MessageKind::Email, Lang::Pl), "e-mail");
    }
}
