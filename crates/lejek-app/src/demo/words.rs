//! The word lists of `fixtures/demo/`, embedded in the binary and parsed once.
//! Lines that do not parse are skipped (a unit test checks that none are).

use std::sync::OnceLock;

use super::rng::Rng;

/// An offer the demo firm sells, with its usual price range in whole złoty.
#[derive(Clone, Debug)]
pub struct Offer {
    pub name: &'static str,
    pub min: i64,
    pub max: i64,
    pub tag: &'static str,
}

#[derive(Clone, Debug)]
pub struct City {
    pub name: &'static str,
    /// First two digits of the postal code.
    pub postal: &'static str,
    /// Landline area code.
    pub area: &'static str,
}

/// A recurring campaign: every year from `month`/`day` for `days` days.
#[derive(Clone, Debug)]
pub struct CampaignTemplate {
    /// With `{year}` and `{next}` placeholders.
    pub name: &'static str,
    pub month: u32,
    pub day: u32,
    pub days: i64,
    pub offers: Vec<&'static str>,
    pub tag: &'static str,
    pub goals: &'static str,
    pub rules: &'static str,
}

/// Every list the generators draw from.
#[derive(Debug)]
pub struct Words {
    pub users: Vec<(&'static str, &'static str)>,
    pub female: Vec<&'static str>,
    pub male: Vec<&'static str>,
    pub surnames: Vec<&'static str>,
    pub kinds: Vec<&'static str>,
    pub cores: Vec<&'static str>,
    pub legal_forms: Vec<&'static str>,
    pub cities: Vec<City>,
    pub city_weights: Vec<u32>,
    pub streets: Vec<&'static str>,
    pub offers: Vec<Offer>,
    pub title_suffixes: Vec<&'static str>,
    /// Named occasions, each used for one deal title at most.
    pub occasions: Vec<&'static str>,
    pub campaigns: Vec<CampaignTemplate>,
    pub notes: Vec<&'static str>,
    pub comments: Vec<&'static str>,
    pub campaign_comments: Vec<&'static str>,
    pub tasks: Vec<&'static str>,
    pub meetings: Vec<&'static str>,
    pub descriptions: Vec<&'static str>,
    pub contact_tags: Vec<&'static str>,
}

/// The lists, parsed on first use.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(parse_all)
}

/// A random entry, or "" for an empty list (impossible with the shipped fixtures).
pub fn pick(rng: &mut Rng, list: &[&'static str]) -> &'static str {
    rng.pick(list).copied().unwrap_or("")
}

/// Non-empty, non-comment lines, each split on `|` and trimmed.
fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

/// The first field of each line (may be empty: `|` alone is an empty entry).
fn list(text: &'static str) -> Vec<&'static str> {
    rows(text).filter_map(|r| r.first().copied()).collect()
}

fn parse_all() -> Words {
    let cities_rows: Vec<(City, u32)> = rows(include_str!("../../../../fixtures/demo/cities.txt"))
        .filter_map(|r| match r.as_slice() {
            [name, postal, area, weight] => {
                Some((City { name, postal, area }, weight.parse().ok()?))
            }
            _ => None,
        })
        .collect();
    Words {
        users: rows(include_str!("../../../../fixtures/demo/users.txt"))
            .filter_map(|r| match r.as_slice() {
                [login, name] => Some((*login, *name)),
                _ => None,
            })
            .collect(),
        female: list(include_str!(
            "../../../../fixtures/demo/first_names_female.txt"
        )),
        male: list(include_str!(
            "../../../../fixtures/demo/first_names_male.txt"
        )),
        surnames: list(include_str!("../../../../fixtures/demo/surnames.txt")),
        kinds: list(include_str!("../../../../fixtures/demo/company_kinds.txt")),
        cores: list(include_str!("../../../../fixtures/demo/company_cores.txt")),
        legal_forms: list(include_str!("../../../../fixtures/demo/legal_forms.txt")),
        city_weights: cities_rows.iter().map(|(_, w)| *w).collect(),
        cities: cities_rows.into_iter().map(|(c, _)| c).collect(),
        streets: list(include_str!("../../../../fixtures/demo/streets.txt")),
        offers: rows(include_str!("../../../../fixtures/demo/offers.txt"))
            .filter_map(|r| match r.as_slice() {
                [name, min, max, tag] => Some(Offer {
                    name,
                    min: min.parse().ok()?,
                    max: max.parse().ok()?,
                    tag,
                }),
                _ => None,
            })
            .collect(),
        title_suffixes: list(include_str!("../../../../fixtures/demo/title_suffixes.txt")),
        occasions: list(include_str!("../../../../fixtures/demo/occasions.txt")),
        campaigns: rows(include_str!("../../../../fixtures/demo/campaigns.txt"))
            .filter_map(|r| match r.as_slice() {
                [name, month, day, days, offers, tag, goals, rules] => Some(CampaignTemplate {
                    name,
                    month: month.parse().ok()?,
                    day: day.parse().ok()?,
                    days: days.parse().ok()?,
                    offers: offers.split(',').map(str::trim).collect(),
                    tag,
                    goals,
                    rules,
                }),
                _ => None,
            })
            .collect(),
        notes: list(include_str!("../../../../fixtures/demo/notes.txt")),
        comments: list(include_str!("../../../../fixtures/demo/comments.txt")),
        campaign_comments: list(include_str!(
            "../../../../fixtures/demo/campaign_comments.txt"
        )),
        tasks: list(include_str!("../../../../fixtures/demo/tasks.txt")),
        meetings: list(include_str!("../../../../fixtures/demo/meetings.txt")),
        descriptions: list(include_str!("../../../../fixtures/demo/descriptions.txt")),
        contact_tags: list(include_str!("../../../../fixtures/demo/contact_tags.txt")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of every fixture parses: a malformed line would silently vanish.
    #[test]
    fn every_fixture_line_parses() {
        let count = |text: &'static str| rows(text).count();
        let w = words();
        assert_eq!(
            w.users.len(),
            count(include_str!("../../../../fixtures/demo/users.txt"))
        );
        assert_eq!(
            w.cities.len(),
            count(include_str!("../../../../fixtures/demo/cities.txt"))
        );
        assert_eq!(
            w.offers.len(),
            count(include_str!("../../../../fixtures/demo/offers.txt"))
        );
        assert_eq!(
            w.campaigns.len(),
            count(include_str!("../../../../fixtures/demo/campaigns.txt"))
        );
        for list in [
            &w.female,
            &w.male,
            &w.surnames,
            &w.kinds,
            &w.cores,
            &w.streets,
            &w.notes,
            &w.comments,
            &w.campaign_comments,
            &w.tasks,
            &w.meetings,
            &w.descriptions,
            &w.contact_tags,
        ] {
            assert!(list.len() >= 5);
            assert!(list.iter().all(|s| !s.is_empty()));
        }
        for o in &w.offers {
            assert!(0 < o.min && o.min < o.max, "{}", o.name);
        }
        let offer_names: Vec<&str> = w.offers.iter().map(|o| o.name).collect();
        for c in &w.campaigns {
            assert!((1..=12).contains(&c.month) && (1..=28).contains(&c.day));
            for o in &c.offers {
                assert!(
                    offer_names.contains(o),
                    "campaign {} offers unknown {o}",
                    c.name
                );
            }
        }
    }
}
