//! A template made into one message for one deal: the placeholders' values from the deal,
//! its contact, owner and campaign, in the sender's language (D12).

use std::collections::HashMap;

use crate::backend::Backend;
use crate::i18n::Lang;
use crate::model::date_format::format_date;
use crate::model::money::format_money;
use crate::model::{
    Campaign, Contact, ContactKind, Deal, Id, MessageKind, MessageTemplate, StoredFile, User,
};
use crate::service::Result;

use crate::template::Template;

/// A message ready to hand to a transport, and to record.
#[derive(Clone, Debug, PartialEq)]
pub struct Composed {
    pub deal_id: Id,
    pub kind: MessageKind,
    pub template_id: Option<Id>,
    pub template: Option<String>,
    /// The address or number; empty when the contact has none and none was given.
    pub to: String,
    pub subject: Option<String>,
    pub body: String,
    pub attachments: Vec<StoredFile>,
}

/// What a deal's placeholders are filled from.
pub struct Parts<'a> {
    pub deal: &'a Deal,
    pub contact: &'a Contact,
    pub owner: Option<&'a User>,
    pub campaign: Option<&'a Campaign>,
    pub stage: String,
    pub today: chrono::NaiveDate,
}

/// A person's first name is the first word of their name ("Łucja Nowak"); a company has no
/// first name, so its whole name stands in (a greeting still reads).
pub fn first_name(c: &Contact) -> String {
    match c.kind {
        ContactKind::Person => c.name.split_whitespace().next().unwrap_or("").to_owned(),
        ContactKind::Company => c.name.clone(),
    }
}

/// The value of every placeholder (`template::PLACEHOLDERS`) for one deal.
pub fn values(p: &Parts, lang: Lang) -> HashMap<&'static str, String> {
    let c = p.contact;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    HashMap::from([
        ("contact.name", c.name.clone()),
        ("contact.first_name", first_name(c)),
        ("contact.email", opt(&c.email)),
        ("contact.phone", opt(&c.phone)),
        ("contact.city", opt(&c.city)),
        ("deal.title", p.deal.title.clone()),
        (
            "deal.value",
            p.deal
                .value
                .as_ref()
                .map(|m| format_money(m, lang))
                .unwrap_or_default(),
        ),
        ("deal.stage", p.stage.clone()),
        (
            "deal.next_activity",
            p.deal
                .next_activity
                .map(|d| format_date(d, lang))
                .unwrap_or_default(),
        ),
        (
            "owner.name",
            p.owner
                .map(|u| u.name.clone())
                .unwrap_or_else(|| p.deal.owner.clone()),
        ),
        ("owner.login", p.deal.owner.clone()),
        (
            "campaign.name",
            p.campaign.map(|k| k.name.clone()).unwrap_or_default(),
        ),
        ("today", format_date(p.today, lang)),
    ])
}

/// Render `t` for the parts: subject and body filled in, the recipient the contact's e-mail
/// or phone unless `to` says otherwise.
pub fn render(t: &MessageTemplate, p: &Parts, to: Option<&str>, lang: Lang) -> Composed {
    let values = values(p, lang);
    // Saved templates parsed when they were saved; one that no longer does (a placeholder
    // retired by a later version) renders as its text rather than failing the send.
    let fill = |text: &str| match Template::parse(text) {
        Ok(t) => t.render(&values),
        Err(_) => text.to_owned(),
    };
    let own = match t.kind {
        MessageKind::Email => p.contact.email.clone(),
        MessageKind::Sms => p.contact.phone.clone(),
    };
    Composed {
        deal_id: p.deal.id,
        kind: t.kind,
        template_id: Some(t.id),
        template: Some(t.name.clone()),
        to: to
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .or(own)
            .unwrap_or_default(),
        // A subject is one line whatever the values held.
        subject: t
            .subject
            .as_deref()
            .map(|s| fill(s).replace(['\r', '\n'], " ")),
        body: fill(&t.body),
        attachments: t.attachments.clone(),
    }
}

/// Load what a deal's message needs through the backend and render it.
pub fn compose(
    b: &Backend,
    deal_id: Id,
    t: &MessageTemplate,
    to: Option<&str>,
    lang: Lang,
) -> Result<Composed> {
    let deal = b.deal(deal_id)?;
    Composer::new(b, lang).compose(&deal, t, to)
}

/// Renders messages for many deals (a campaign run), reading each owner and campaign once.
pub struct Composer<'a> {
    b: &'a Backend,
    lang: Lang,
    owners: HashMap<String, Option<User>>,
    campaigns: HashMap<Id, Campaign>,
}

impl<'a> Composer<'a> {
    pub fn new(b: &'a Backend, lang: Lang) -> Composer<'a> {
        Composer {
            b,
            lang,
            owners: HashMap::new(),
            campaigns: HashMap::new(),
        }
    }

    /// `t` for `deal` (already loaded: a campaign's deal views carry their records).
    pub fn compose(
        &mut self,
        deal: &Deal,
        t: &MessageTemplate,
        to: Option<&str>,
    ) -> Result<Composed> {
        let contact = self.b.contact(deal.contact_id)?;
        if !self.owners.contains_key(&deal.owner) {
            let owner = self.b.user(&deal.owner)?;
            self.owners.insert(deal.owner.clone(), owner);
        }
        if let Some(id) = deal.campaign_id
            && !self.campaigns.contains_key(&id)
        {
            self.campaigns.insert(id, self.b.campaign(id)?);
        }
        let parts = Parts {
            stage: self.b.dict_name(deal.stage),
            today: self.b.clock().today(),
            deal,
            contact: &contact,
            owner: self.owners.get(&deal.owner).and_then(Option::as_ref),
            campaign: deal.campaign_id.and_then(|id| self.campaigns.get(&id)),
        };
        Ok(render(t, &parts, to, self.lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> chrono::DateTime<chrono::Utc> {
        "2026-11-28T12:00:00Z".parse().expect("a time")
    }

    fn contact(kind: ContactKind, name: &str) -> Contact {
        Contact {
            id: 7,
            kind,
            name: name.into(),
            company_id: None,
            email: Some("lucja@drukarnia.pl".into()),
            phone: None,
            city: Some("Łódź".into()),
            address: None,
            nip: None,
            tags: Vec::new(),
            roles: Vec::new(),
            status: None,
            source: None,
            end_reason: None,
            ended: None,
            created: at(),
            fields: Default::default(),
        }
    }

    fn deal() -> Deal {
        Deal {
            id: 3,
            contact_id: 7,
            title: "Ulotki A5".into(),
            offer: None,
            description: None,
            owner: "ewa".into(),
            stage: 1,
            source: None,
            value: Some(crate::model::money::parse_money("1234,56", "PLN").expect("money")),
            next_activity: chrono::NaiveDate::from_ymd_opt(2026, 12, 1),
            tags: Vec::new(),
            campaign_id: None,
            loss_reason: None,
            created: at(),
            closed: None,
            last_activity: at(),
            expected_close: None,
            fields: Default::default(),
        }
    }

    fn template(kind: MessageKind, subject: Option<&str>, body: &str) -> MessageTemplate {
        MessageTemplate {
            id: 2,
            name: "oferta".into(),
            kind,
            subject: subject.map(str::to_owned),
            body: body.into(),
            attachments: Vec::new(),
            created: at(),
            created_by: "ewa".into(),
        }
    }

    #[test]
    fn placeholders_take_the_deal_contact_and_owner_in_the_language() {
        let (d, c) = (deal(), contact(ContactKind::Person, "Łucja Nowak"));
        let owner = User {
            login: "ewa".into(),
            name: "Ewa Zając".into(),
            admin: false,
            created: at(),
        };
        let parts = Parts {
            deal: &d,
            contact: &c,
            owner: Some(&owner),
            campaign: None,
            stage: "oferta".into(),
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"),
        };
        let t = template(
            MessageKind::Email,
            Some("Oferta dla {{contact.name}}"),
            "Dzień dobry {{contact.first_name}}, {{deal.title}}: {{deal.value}}. {{owner.name}}",
        );
        let m = render(&t, &parts, None, Lang::Pl);
        assert_eq!(m.to, "lucja@drukarnia.pl");
        assert_eq!(m.subject.as_deref(), Some("Oferta dla Łucja Nowak"));
        // 1234,56 PLN in Polish: thousands grouped with a space, a decimal comma, "zł".
        assert_eq!(
            m.body,
            "Dzień dobry Łucja, Ulotki A5: 1 234,56 zł. Ewa Zając"
        );
        assert_eq!(m.template_id, Some(2));
    }

    #[test]
    fn the_recipient_is_the_given_one_else_the_contacts_and_may_be_missing() {
        let (d, c) = (deal(), contact(ContactKind::Company, "Drukarnia Łódź"));
        let parts = Parts {
            deal: &d,
            contact: &c,
            owner: None,
            campaign: None,
            stage: "nowy".into(),
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"),
        };
        let sms = template(
            MessageKind::Sms,
            None,
            "{{contact.first_name}} / {{owner.name}}",
        );
        let m = render(&sms, &parts, None, Lang::Pl);
        // The contact has no phone: nothing to send to, which the sender reports.
        assert_eq!(m.to, "");
        // A company's "first name" is its name; no owner record: the login.
        assert_eq!(m.body, "Drukarnia Łódź / ewa");
        let m = render(&sms, &parts, Some(" +48 600 100 200 "), Lang::Pl);
        assert_eq!(m.to, "+48 600 100 200");
    }
}
