//! The service's rules for each kind of stored record, one function per kind, on the
//! record as stored. The service runs them on every record a command writes (`judge`,
//! before commit); restore, `import all` and `check` run the same ones on records they did
//! not make, so a record the service would refuse cannot come in by another door (issue 15
//! item 11). The field rules themselves are `validate`'s: nothing here restates them.

use super::{Result, apply_template, validate};
use crate::i18n::{Lang, Message};
use crate::model::nip::parse_nip;
use crate::model::{
    Attachment, Campaign, Comment, Contact, Deal, DictEntry, MessageTemplate, Note, Task, User,
};
use crate::store::{T, decode};

pub fn user(u: &User) -> Result<()> {
    validate::login(&u.login)?;
    validate::required_line("col.name", &u.name)?;
    Ok(())
}

pub fn dict_entry(e: &DictEntry) -> Result<()> {
    validate::required_line("col.name", &e.name)?;
    Ok(())
}

pub fn contact(c: &Contact) -> Result<()> {
    validate::required_line("col.name", &c.name)?;
    validate::email(c.email.as_deref())?;
    validate::phone(c.phone.as_deref())?;
    validate::optional_line("col.city", c.city.as_deref())?;
    validate::optional_text("col.address", c.address.as_deref())?;
    if let Some(n) = &c.nip {
        parse_nip(n)?;
    }
    validate::tags(&c.tags)?;
    validate::optional_date(c.ended)?;
    validate::date(c.created)?;
    Ok(())
}

pub fn deal(d: &Deal) -> Result<()> {
    validate::required_line("col.title", &d.title)?;
    validate::optional_line("col.offer", d.offer.as_deref())?;
    validate::optional_text("col.description", d.description.as_deref())?;
    validate::login(&d.owner)?;
    validate::tags(&d.tags)?;
    validate::optional_date(d.next_activity)?;
    validate::date(d.created)?;
    validate::optional_date(d.closed)?;
    Ok(())
}

pub fn campaign(c: &Campaign) -> Result<()> {
    validate::required_line("col.name", &c.name)?;
    validate::optional_text("col.goals", c.goals.as_deref())?;
    validate::optional_text("col.rules", c.rules.as_deref())?;
    validate::optional_text("col.description", c.description.as_deref())?;
    validate::tags(&c.tags)?;
    Ok(())
}

pub fn task(t: &Task) -> Result<()> {
    validate::required_line("col.title", &t.title)?;
    validate::login(&t.assignee)?;
    validate::optional_date(t.due)?;
    validate::date(t.created)?;
    Ok(())
}

/// A note's or a comment's text and author.
pub fn journal_text(author: &str, text: &str) -> Result<()> {
    validate::login(author)?;
    validate::required_text("col.text", text)?;
    Ok(())
}

pub fn note(n: &Note) -> Result<()> {
    journal_text(&n.author, &n.text)
}

pub fn comment(c: &Comment) -> Result<()> {
    journal_text(&c.author, &c.text)
}

pub fn attachment(a: &Attachment) -> Result<()> {
    validate::required_line("col.name", &a.name)?;
    validate::login(&a.added_by)?;
    Ok(())
}

pub fn template(t: &MessageTemplate) -> Result<()> {
    validate::required_line("col.name", &t.name)?;
    apply_template::checked_subject(t.kind, t.subject.as_deref())?;
    apply_template::checked_body(&t.body)?;
    for f in &t.attachments {
        validate::required_line("col.file", &f.name)?;
    }
    validate::login(&t.created_by)?;
    Ok(())
}

/// The refusal `e` as a message to name in a longer one (restore, `check`).
pub fn reason(e: &super::Error) -> Message {
    use crate::model::nip::NipError;
    match e {
        super::Error::Invalid(m) => m.clone(),
        super::Error::Nip(NipError::BadFormat(s) | NipError::BadChecksum(s)) => {
            Message::new("integrity.reason.nip").arg(s)
        }
        other => Message::new("integrity.reason.other").arg(other.message(Lang::En)),
    }
}

/// What a tree's stored value is, judged: `Fine` when it follows the rules of its kind
/// (or the tree holds no records with rules: indexes, events, meta).
pub enum Verdict {
    Fine,
    /// The bytes are not a record of the tree's kind (`check` reports that on its own).
    Undecodable(String),
    Refused(super::Error),
}

/// Judge the stored `value` of tree `t` by the rules of its record kind.
pub fn judge(t: T, value: &[u8]) -> Verdict {
    fn by<R: serde::de::DeserializeOwned + 'static>(
        value: &[u8],
        rule: fn(&R) -> Result<()>,
    ) -> Verdict {
        match decode::<R>(value) {
            Err(e) => Verdict::Undecodable(e.to_string()),
            Ok(r) => match rule(&r) {
                Ok(()) => Verdict::Fine,
                Err(e) => Verdict::Refused(e),
            },
        }
    }
    match t {
        T::Users => by(value, user),
        T::Dicts => by(value, dict_entry),
        T::Contacts => by(value, contact),
        T::Deals => by(value, deal),
        T::Campaigns => by(value, campaign),
        T::Tasks => by(value, task),
        T::Notes => by(value, note),
        T::Comments => by(value, comment),
        T::Attachments => by(value, attachment),
        T::Templates => by(value, template),
        _ => Verdict::Fine,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactKind;
    use crate::store::encode;
    use chrono::Utc;

    fn contact_named(name: &str) -> Contact {
        Contact {
            id: 1,
            kind: ContactKind::Company,
            name: name.into(),
            company_id: None,
            email: None,
            phone: None,
            city: None,
            address: None,
            nip: None,
            tags: Vec::new(),
            roles: Vec::new(),
            status: None,
            source: None,
            end_reason: None,
            ended: None,
            created: Utc::now(),
            fields: Default::default(),
        }
    }

    #[test]
    fn a_stored_contact_is_judged_by_the_services_rules() {
        let ok = encode(&contact_named("Firma"));
        assert!(matches!(judge(T::Contacts, &ok), Verdict::Fine));
        let osc = encode(&contact_named("Firma\x1b]0;pwned\x07"));
        match judge(T::Contacts, &osc) {
            Verdict::Refused(e) => assert_eq!(e.exit_code(), 2),
            _ => panic!("control characters in a name must be refused"),
        }
        assert!(matches!(
            judge(T::Contacts, b"\x01garbage"),
            Verdict::Undecodable(_)
        ));
        // Trees without record rules are not judged.
        assert!(matches!(judge(T::EventLog, b"anything"), Verdict::Fine));
    }
}
