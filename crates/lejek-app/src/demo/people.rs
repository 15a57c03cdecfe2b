//! Made-up Polish firms and people: names, NIPs with a valid check digit, addresses, phones
//! and e-mails. Shared by the demo data and the scale generator.

use super::rng::Rng;
use super::words::{City, pick, words};
use crate::model::ContactKind;
use crate::service::ContactDraft;
use crate::text::fold;

/// NIP check digit weights (same as `model::nip`; repeated here because that module only
/// validates).
const NIP_WEIGHTS: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/// A NIP with a valid check digit, written `725-183-29-19` as Polish forms print it.
pub fn nip(rng: &mut Rng) -> String {
    loop {
        let mut d = [0u32; 10];
        // Tax office codes never start with 0.
        d[0] = 1 + rng.below(9) as u32;
        for x in d.iter_mut().take(9).skip(1) {
            *x = rng.below(10) as u32;
        }
        let sum: u32 = NIP_WEIGHTS.iter().zip(&d).map(|(w, x)| w * x).sum();
        // A remainder of 10 cannot be a check digit: such numbers are never issued.
        if sum % 11 == 10 {
            continue;
        }
        d[9] = sum % 11;
        let s: String = d.iter().map(|x| char::from(b'0' + *x as u8)).collect();
        return format!("{}-{}-{}-{}", &s[..3], &s[3..6], &s[6..8], &s[8..]);
    }
}

/// A person's name: (first, surname), the surname in the right gender.
pub fn person_name(rng: &mut Rng) -> (&'static str, String) {
    let w = words();
    let surname = pick(rng, &w.surnames);
    if rng.chance(0.5) {
        // Adjectival surnames take the feminine ending: Kowalski -> Kowalska.
        let s = match surname.strip_suffix("ki") {
            Some(stem) => format!("{stem}ka"),
            None => surname.to_owned(),
        };
        (pick(rng, &w.female), s)
    } else {
        (pick(rng, &w.male), surname.to_owned())
    }
}

/// ASCII lowercase letters and digits only: for e-mail addresses and domains.
fn slug(s: &str) -> String {
    fold(s)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

pub fn city(rng: &mut Rng) -> &'static City {
    let w = words();
    &w.cities[rng
        .weighted(&w.city_weights)
        .min(w.cities.len().saturating_sub(1))]
}

fn address(rng: &mut Rng, city: &City) -> String {
    let street = pick(rng, &words().streets);
    let number = rng.range(1, 180);
    let flat = if rng.chance(0.3) {
        format!("/{}", rng.range(1, 40))
    } else {
        String::new()
    };
    format!(
        "{street} {number}{flat}, {}-{:03} {}",
        city.postal,
        rng.below(1000),
        city.name
    )
}

fn landline(rng: &mut Rng, city: &City) -> String {
    format!(
        "+48 {} {:03} {:02} {:02}",
        city.area,
        rng.range(200, 999),
        rng.below(100),
        rng.below(100)
    )
}

fn mobile(rng: &mut Rng) -> String {
    let lead = [5, 6, 7, 8][rng.below(4) as usize];
    format!(
        "+48 {lead}{:02} {:03} {:03}",
        rng.below(100),
        rng.below(1000),
        rng.below(1000)
    )
}

/// A company: its contact draft (no dictionary fields: the caller picks those) and the
/// e-mail domain its people use.
pub struct Company {
    pub draft: ContactDraft,
    pub domain: String,
}

pub fn company(rng: &mut Rng) -> Company {
    let w = words();
    let kind = pick(rng, &w.kinds);
    let core = pick(rng, &w.cores);
    let legal = pick(rng, &w.legal_forms);
    let (name, domain_base) = if legal.is_empty() {
        // Sole traders trade under their owner's name.
        let (first, surname) = person_name(rng);
        (
            format!("{kind} {first} {surname}"),
            format!("{kind}{surname}"),
        )
    } else {
        match rng.below(20) {
            0..=8 => (format!("{kind} {core} {legal}"), core.to_owned()),
            9..=13 => (format!("{core} {legal}"), core.to_owned()),
            14..=16 => (format!("{kind} „{core}” {legal}"), format!("{kind}{core}")),
            _ => {
                let surname = pick(rng, &w.surnames);
                (
                    format!("{surname} i Wspólnicy {legal}"),
                    format!("{surname}wspolnicy"),
                )
            }
        }
    };
    let domain = format!("{}.pl", slug(&domain_base));
    let city = city(rng);
    let tags = if rng.chance(0.3) {
        vec![pick(rng, &w.contact_tags).to_owned()]
    } else {
        Vec::new()
    };
    let email = match rng.below(3) {
        0 => format!("biuro@{domain}"),
        1 => format!("kontakt@{domain}"),
        _ => format!("zamowienia@{domain}"),
    };
    Company {
        draft: ContactDraft {
            kind: Some(ContactKind::Company),
            name,
            email: Some(email),
            phone: Some(landline(rng, city)),
            city: Some(city.name.to_owned()),
            address: Some(address(rng, city)),
            // Some firms' NIP is not known yet (a lead from a trade fair).
            nip: rng.chance(0.9).then(|| nip(rng)),
            tags,
            ..ContactDraft::default()
        },
        domain,
    }
}

/// A person working at a company (`domain` is the firm's e-mail domain), or a private
/// customer when `company` is `None`.
pub fn person(rng: &mut Rng, company: Option<(u64, &Company)>) -> ContactDraft {
    let (first, surname) = person_name(rng);
    let local = format!("{}.{}", slug(first), slug(&surname));
    let (email, city) = match company {
        Some((_, c)) => (format!("{local}@{}", c.domain), c.draft.city.clone()),
        None => {
            let mail = ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"];
            let host = mail[rng.below(mail.len() as u64) as usize];
            (
                format!("{local}@{host}"),
                Some(self::city(rng).name.to_owned()),
            )
        }
    };
    ContactDraft {
        kind: Some(ContactKind::Person),
        name: format!("{first} {surname}"),
        company_id: company.map(|(id, _)| id),
        email: rng.chance(0.85).then_some(email),
        phone: rng.chance(0.8).then(|| mobile(rng)),
        city,
        ..ContactDraft::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::nip::parse_nip;

    #[test]
    fn generated_nips_are_valid() {
        let mut rng = Rng::new(3);
        for _ in 0..2_000 {
            let n = nip(&mut rng);
            assert!(parse_nip(&n).is_ok(), "{n}");
        }
    }

    #[test]
    fn feminine_surnames() {
        let mut rng = Rng::new(11);
        let mut saw_ska = false;
        for _ in 0..500 {
            let (first, surname) = person_name(&mut rng);
            if words().female.contains(&first) {
                assert!(
                    !surname.ends_with("ski") && !surname.ends_with("cki"),
                    "{surname}"
                );
                saw_ska |= surname.ends_with("ska");
            }
        }
        assert!(saw_ska);
    }

    #[test]
    fn companies_pass_validation_shapes() {
        let mut rng = Rng::new(5);
        for _ in 0..500 {
            let c = company(&mut rng);
            let email = c.draft.email.as_deref().unwrap_or("");
            assert!(email.is_ascii() && email.contains('@'), "{email}");
            assert!(c.domain.len() > 3);
            let p = person(&mut rng, Some((1, &c)));
            assert!(p.email.as_deref().is_none_or(str::is_ascii));
        }
    }
}
