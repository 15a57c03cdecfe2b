//! The contacts already there (and those this import adds), in memory: loaded once, so a
//! file of 100,000 rows is matched with hash lookups, not 100,000 queries. A contact is the
//! same one when its NIP matches, else its e-mail, else (companies only) its exact name:
//! two people may share a name, two firms in one database should not.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::Id;
use crate::model::nip::parse_nip;
use crate::service::views::ContactView;

/// A contact: one in the database, or one this import adds from a line of the file
/// (its id is known once its chunk is written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ref {
    Id(Id),
    Line(u64),
}

/// What a contact is found by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    Id,
    Nip,
    Email,
    Name,
}

impl Key {
    /// Every key, in the order a batch's CSV tries them (B1 --csv).
    pub const ALL: [Key; 4] = [Key::Id, Key::Nip, Key::Email, Key::Name];

    /// The key a batch CSV's header names (folded: case and diacritics do not matter),
    /// Polish aliases included.
    pub fn from_header(h: &str) -> Option<Key> {
        match crate::text::fold(h.trim()).as_str() {
            "id" | "contact_id" | "identyfikator" => Some(Key::Id),
            "nip" | "nip_vat" | "vat_id" => Some(Key::Nip),
            "email" | "e-mail" | "e_mail" | "mail" | "adres e-mail" | "adres email" => {
                Some(Key::Email)
            }
            "name" | "nazwa" | "nazwa firmy" | "kontakt" | "contact" => Some(Key::Name),
            _ => None,
        }
    }

    /// The value of `--contact-by`.
    pub fn parse(s: &str) -> Option<Key> {
        match crate::text::fold(s.trim()).as_str() {
            "id" => Some(Key::Id),
            "nip" => Some(Key::Nip),
            "email" | "e-mail" => Some(Key::Email),
            "name" | "nazwa" => Some(Key::Name),
            _ => None,
        }
    }
}

/// Why a lookup found no single contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Miss {
    NotFound,
    Ambiguous,
    Invalid,
}

/// What the index knows of a contact.
#[derive(Clone, Debug)]
pub struct Known {
    pub name: String,
    pub company: bool,
}

#[derive(Default)]
pub struct Contacts {
    ids: HashMap<Id, Known>,
    nips: HashMap<String, Vec<Ref>>,
    emails: HashMap<String, Vec<Ref>>,
    /// Any contact by name (a deal's customer).
    names: HashMap<String, Vec<Ref>>,
    /// Companies by name (duplicates).
    companies: HashMap<String, Vec<Ref>>,
    /// The entries of each new contact, to point them at its id once it has one.
    lines: HashMap<u64, Vec<(Which, String)>>,
    /// New contacts' ids by line, once written.
    written: HashMap<u64, Id>,
}

#[derive(Clone, Copy, Debug)]
enum Which {
    Nip,
    Email,
    Name,
    Company,
}

pub fn nip_key(s: &str) -> String {
    parse_nip(s).unwrap_or_else(|_| s.trim().to_owned())
}

pub fn email_key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Names match exactly but for case and surrounding spaces.
pub fn name_key(s: &str) -> String {
    s.trim().to_lowercase()
}

impl Contacts {
    pub fn new(views: &[ContactView]) -> Contacts {
        let mut c = Contacts::default();
        for v in views {
            let company = v.kind == "company";
            c.add(
                Ref::Id(v.id),
                &v.name,
                company,
                v.nip.as_deref(),
                v.email.as_deref(),
            );
            c.ids.insert(
                v.id,
                Known {
                    name: v.name.clone(),
                    company,
                },
            );
        }
        c
    }

    /// Add a contact (a new one by its line until its id is known).
    pub fn add(
        &mut self,
        r: Ref,
        name: &str,
        company: bool,
        nip: Option<&str>,
        email: Option<&str>,
    ) {
        let mut keys = Vec::new();
        if let Some(n) = nip {
            keys.push((Which::Nip, nip_key(n)));
        }
        if let Some(e) = email {
            keys.push((Which::Email, email_key(e)));
        }
        keys.push((Which::Name, name_key(name)));
        if company {
            keys.push((Which::Company, name_key(name)));
        }
        for (which, k) in &keys {
            let map = match which {
                Which::Nip => &mut self.nips,
                Which::Email => &mut self.emails,
                Which::Name => &mut self.names,
                Which::Company => &mut self.companies,
            };
            if !k.is_empty() {
                let v = map.entry(k.clone()).or_default();
                if !v.contains(&r) {
                    v.push(r);
                }
            }
        }
        if let Ref::Line(line) = r {
            self.lines.entry(line).or_default().extend(keys);
        }
        if let Ref::Id(id) = r {
            self.ids.insert(
                id,
                Known {
                    name: name.to_owned(),
                    company,
                },
            );
        }
    }

    /// A new contact's line got its id: its entries follow.
    pub fn resolve(&mut self, line: u64, id: Id) {
        let Some(entries) = self.lines.remove(&line) else {
            return;
        };
        let (from, to) = (Ref::Line(line), Ref::Id(id));
        let mut known = Known {
            name: String::new(),
            company: false,
        };
        for (which, key) in entries {
            let map = match which {
                Which::Nip => &mut self.nips,
                Which::Email => &mut self.emails,
                Which::Name => &mut self.names,
                Which::Company => &mut self.companies,
            };
            if let Some(refs) = map.get_mut(&key) {
                refs.iter_mut()
                    .filter(|r| **r == from)
                    .for_each(|r| *r = to);
            }
            match which {
                Which::Name => known.name = key,
                Which::Company => known.company = true,
                _ => {}
            }
        }
        self.ids.entry(id).or_insert(known);
        self.written.insert(line, id);
    }

    /// The contact a line added, by its id once it is written.
    pub fn find_line(&self, line: u64) -> Option<Ref> {
        self.written.get(&line).map(|id| Ref::Id(*id))
    }

    /// The contact already there that a new one duplicates: by NIP, then e-mail, then (for
    /// a company) its name.
    pub fn duplicate(
        &self,
        name: &str,
        company: bool,
        nip: Option<&str>,
        email: Option<&str>,
    ) -> Option<(Ref, Key)> {
        let first = |map: &HashMap<String, Vec<Ref>>, k: String| map.get(&k)?.first().copied();
        if let Some(r) = nip.and_then(|n| first(&self.nips, nip_key(n))) {
            return Some((r, Key::Nip));
        }
        if let Some(r) = email.and_then(|e| first(&self.emails, email_key(e))) {
            return Some((r, Key::Email));
        }
        if company && let Some(r) = first(&self.companies, name_key(name)) {
            return Some((r, Key::Name));
        }
        None
    }

    /// The one contact `value` names by `key` (a deal's customer, a person's company).
    pub fn find(&self, key: Key, value: &str) -> Result<Ref, Miss> {
        let refs = match key {
            Key::Id => {
                let id: Id = value.trim().parse().map_err(|_| Miss::Invalid)?;
                return if self.ids.contains_key(&id) {
                    Ok(Ref::Id(id))
                } else {
                    Err(Miss::NotFound)
                };
            }
            Key::Nip => {
                let n = parse_nip(value).map_err(|_| Miss::Invalid)?;
                self.nips.get(&n)
            }
            Key::Email => self.emails.get(&email_key(value)),
            Key::Name => self.names.get(&name_key(value)),
        };
        match refs.map(Vec::as_slice) {
            None | Some([]) => Err(Miss::NotFound),
            Some([one]) => Ok(*one),
            Some(_) => Err(Miss::Ambiguous),
        }
    }

    /// A company by name, for a person's `company` column.
    pub fn company(&self, name: &str) -> Result<Ref, Miss> {
        match self.companies.get(&name_key(name)).map(Vec::as_slice) {
            None | Some([]) => Err(Miss::NotFound),
            Some([one]) => Ok(*one),
            Some(_) => Err(Miss::Ambiguous),
        }
    }

    pub fn known(&self, id: Id) -> Option<&Known> {
        self.ids.get(&id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nip_then_email_then_company_name() {
        let mut c = Contacts::default();
        c.add(
            Ref::Id(1),
            "Drukarnia",
            true,
            Some("725-183-29-19"),
            Some("Biuro@d.pl"),
        );
        c.add(Ref::Id(2), "Jan Kowalski", false, None, Some("jan@k.pl"));
        let dup = |name, company, nip, email| c.duplicate(name, company, nip, email);
        assert_eq!(
            dup("X", true, Some("PL7251832919"), None),
            Some((Ref::Id(1), Key::Nip))
        );
        assert_eq!(
            dup("X", true, None, Some("biuro@d.pl ")),
            Some((Ref::Id(1), Key::Email))
        );
        assert_eq!(
            dup("drukarnia", true, None, None),
            Some((Ref::Id(1), Key::Name))
        );
        // People are not matched by name: two Jan Kowalskis may both be customers.
        assert_eq!(dup("Jan Kowalski", false, None, None), None);
        assert_eq!(c.find(Key::Name, "jan kowalski"), Ok(Ref::Id(2)));
        assert_eq!(c.find(Key::Nip, "123"), Err(Miss::Invalid));
        assert_eq!(c.find(Key::Id, "3"), Err(Miss::NotFound));
    }

    #[test]
    fn new_contacts_are_found_by_line_then_by_id() {
        let mut c = Contacts::default();
        c.add(Ref::Line(4), "Nowa", true, None, Some("a@b.pl"));
        c.add(Ref::Line(5), "Osoba", false, None, None);
        assert_eq!(c.find(Key::Email, "a@b.pl"), Ok(Ref::Line(4)));
        c.resolve(4, 10);
        assert_eq!(c.company("nowa"), Ok(Ref::Id(10)));
        assert!(c.known(10).is_some_and(|k| k.company));
        assert_eq!(c.find(Key::Name, "osoba"), Ok(Ref::Line(5)));
        c.resolve(5, 11);
        assert!(c.known(11).is_some_and(|k| !k.company));
    }
}
