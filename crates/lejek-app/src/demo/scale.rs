//! `lejek demo generate`: a large, deterministic database for benchmarks. Companies and
//! persons come from the same generators as the demo story; each deal has one to three
//! changes (created with its first stage and often a value, then sometimes moved on, won or
//! lost), dated over the last 24 months. Commands go through `Service::apply_batch` in large
//! chunks, so the data is exactly what the product itself would have written.

use chrono::{DateTime, Duration, Utc};

use super::dicts::Dicts;
use super::people::{self, Company};
use super::rng::Rng;
use super::words::{pick, words};
use crate::model::{Id, Money};
use crate::service::{Actor, Command, DealDraft, DealPatch, Result, Service, invalid};

/// What to generate.
#[derive(Clone, Debug)]
pub struct GenerateOptions {
    pub contacts: u64,
    pub deals: u64,
    pub seed: u64,
    /// Commands per `apply_batch` (one transaction and one flush each).
    pub chunk: usize,
}

/// Counts so far (for progress) and at the end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Generated {
    pub contacts: u64,
    pub deals: u64,
    /// Commands applied, users included.
    pub commands: u64,
}

const HISTORY_SECS: i64 = 730 * 86_400;
/// Share of contacts that are companies; the rest are persons, mostly at those companies.
const COMPANY_SHARE: f64 = 0.6;
/// Share of deals that later move on, or are won or lost, after they were created.
const MOVED_SHARE: f64 = 0.4;

/// Generate into `svc`, whose dictionaries exist and whose admin is `admin`. `progress` is
/// called after every batch.
pub fn generate(
    svc: &Service,
    admin: &str,
    opts: &GenerateOptions,
    progress: &mut dyn FnMut(&Generated),
) -> Result<Generated> {
    if opts.deals > 0 && opts.contacts == 0 {
        return Err(invalid("err.demo_deals_need_contacts", &[]));
    }
    let now = svc.clock().now();
    let dicts = Dicts::read(svc)?;
    let mut root = Rng::new(opts.seed);
    let mut g = Gen {
        svc,
        now,
        start: now - Duration::seconds(HISTORY_SECS),
        chunk: opts.chunk.max(1),
        seed: opts.seed,
        done: Generated::default(),
        sellers: Vec::new(),
        dicts,
    };
    g.users(admin)?;
    progress(&g.done);
    let contacts = g.contacts(&mut root.fork(1), opts.contacts, progress)?;
    g.deals(&mut root.fork(2), &contacts, opts.deals, progress)?;
    Ok(g.done)
}

struct Gen<'a> {
    svc: &'a Service,
    now: DateTime<Utc>,
    start: DateTime<Utc>,
    chunk: usize,
    seed: u64,
    done: Generated,
    sellers: Vec<String>,
    dicts: Dicts,
}

/// A contact deals can be made on: its id and when it was created.
#[derive(Clone, Copy)]
struct Known {
    id: Id,
    created: DateTime<Utc>,
}

impl Gen<'_> {
    fn apply(&mut self, cmds: Vec<(Actor, Command)>) -> Result<Vec<Option<Id>>> {
        self.done.commands += cmds.len() as u64;
        Ok(self
            .svc
            .apply_batch(cmds)?
            .into_iter()
            .map(|o| o.id)
            .collect())
    }

    /// The demo salespeople, added when missing.
    fn users(&mut self, admin: &str) -> Result<()> {
        let at = self.start - Duration::days(30);
        let mut cmds = Vec::new();
        for (login, name) in &words().users {
            self.sellers.push((*login).to_owned());
            if *login != admin && self.svc.user(login)?.is_none() {
                cmds.push((
                    Actor {
                        login: admin.to_owned(),
                        at,
                        recorded: None,
                    },
                    Command::AddUser {
                        login: (*login).to_owned(),
                        name: (*name).to_owned(),
                        admin: false,
                    },
                ));
            }
        }
        if self.sellers.is_empty() {
            self.sellers.push(admin.to_owned());
        }
        self.apply(cmds)?;
        Ok(())
    }

    fn seller(&self, rng: &mut Rng) -> String {
        rng.pick(&self.sellers).cloned().unwrap_or_default()
    }

    fn actor(&self, login: String, at: DateTime<Utc>) -> Actor {
        Actor {
            login,
            at: at.min(self.now),
            recorded: None,
        }
    }

    /// A time uniformly in `from..=now`.
    fn after(&self, rng: &mut Rng, from: DateTime<Utc>) -> DateTime<Utc> {
        let span = (self.now - from).num_seconds().max(0);
        from + Duration::seconds(rng.range(0, span))
    }

    /// Companies first (persons need their ids), then persons.
    fn contacts(
        &mut self,
        rng: &mut Rng,
        total: u64,
        progress: &mut dyn FnMut(&Generated),
    ) -> Result<Vec<Known>> {
        let companies = ((total as f64 * COMPANY_SHARE).round() as u64).clamp(total.min(1), total);
        let mut known: Vec<Known> = Vec::with_capacity(total as usize);
        let mut made = 0;
        while made < companies {
            let n = (companies - made).min(self.chunk as u64);
            let mut cmds = Vec::with_capacity(n as usize);
            let mut times = Vec::with_capacity(n as usize);
            for i in made..made + n {
                let card = company_card(self.seed, i);
                let created = self.after(rng, self.start);
                let mut draft = card.draft;
                draft.status = rng.pick(&self.dicts.statuses).cloned();
                draft.source = rng.pick(&self.dicts.contact_sources).cloned();
                times.push(created);
                cmds.push((
                    self.actor(self.seller(rng), created),
                    Command::AddContact(draft),
                ));
            }
            let ids = self.apply(cmds)?;
            for (id, created) in ids.into_iter().zip(times) {
                if let Some(id) = id {
                    known.push(Known { id, created });
                }
            }
            made += n;
            self.done.contacts += n;
            progress(&self.done);
        }
        let companies_known = known.len();
        let mut made = 0;
        let persons = total - companies;
        while made < persons {
            let n = (persons - made).min(self.chunk as u64);
            let mut cmds = Vec::with_capacity(n as usize);
            let mut times = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let at_company = companies_known > 0 && rng.chance(0.9);
                let (draft, created) = if at_company {
                    let ci = rng.below(companies_known as u64) as usize;
                    let c = known[ci];
                    let card = company_card(self.seed, ci as u64);
                    let mut d = people::person(rng, Some((c.id, &card)));
                    d.roles.extend(rng.pick(&self.dicts.roles).cloned());
                    (d, self.after(rng, c.created))
                } else {
                    let mut d = people::person(rng, None);
                    d.status = rng.pick(&self.dicts.statuses).cloned();
                    (d, self.after(rng, self.start))
                };
                times.push(created);
                cmds.push((
                    self.actor(self.seller(rng), created),
                    Command::AddContact(draft),
                ));
            }
            let ids = self.apply(cmds)?;
            for (id, created) in ids.into_iter().zip(times) {
                if let Some(id) = id {
                    known.push(Known { id, created });
                }
            }
            made += n;
            self.done.contacts += n;
            progress(&self.done);
        }
        Ok(known)
    }

    /// Deals in chunks; the later moves of one chunk's deals ride in the next chunk's batch
    /// (their ids are known by then), so every batch is full.
    fn deals(
        &mut self,
        rng: &mut Rng,
        contacts: &[Known],
        total: u64,
        progress: &mut dyn FnMut(&Generated),
    ) -> Result<()> {
        if contacts.is_empty() {
            return Ok(());
        }
        let offers = &words().offers;
        let open = self.dicts.open_stages.clone();
        let mut moves: Vec<(Actor, Command)> = Vec::new();
        let mut made = 0;
        while made < total {
            let n = (total - made).min(self.chunk as u64);
            let mut cmds = std::mem::take(&mut moves);
            let first_deal = cmds.len();
            // (owner, created, value) of each new deal, to plan its later moves.
            let mut plans = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let c = contacts[rng.below(contacts.len() as u64) as usize];
                let created = self.after(rng, c.created.max(self.start));
                let Some(offer) = rng.pick(offers) else { break };
                let zl = rng.range(offer.min, offer.max) / 10 * 10;
                let price = Money::new(zl * 100, "PLN");
                let value = rng.chance(0.6).then(|| price.clone());
                let owner = self.seller(rng);
                let suffix = pick(rng, &words().title_suffixes);
                let title = if suffix.is_empty() {
                    offer.name.to_owned()
                } else {
                    format!("{} {suffix}", offer.name)
                };
                let draft = DealDraft {
                    contact_id: c.id,
                    title,
                    offer: Some(offer.name.to_owned()),
                    owner: Some(owner.clone()),
                    source: rng.pick(&self.dicts.deal_sources).cloned(),
                    value: value.clone(),
                    next_activity: Some(created.date_naive() + Duration::days(rng.range(1, 14))),
                    tags: vec![offer.tag.to_owned()],
                    ..DealDraft::default()
                };
                plans.push((owner.clone(), created, value.is_some(), price));
                cmds.push((self.actor(owner, created), Command::AddDeal(draft)));
            }
            let ids = self.apply(cmds)?;
            for (id, (owner, created, has_value, price)) in ids[first_deal..].iter().zip(plans) {
                let Some(id) = *id else { continue };
                if !rng.chance(MOVED_SHARE) {
                    continue;
                }
                let at = created + Duration::seconds(rng.range(3_600, 60 * 86_400));
                if at > self.now {
                    continue;
                }
                // One change of stage: each extra field is two more records (event and its
                // index), so moves stay lean at this scale.
                let mut patch = DealPatch::default();
                match rng.below(4) {
                    0 => {
                        patch.stage = Some(self.dicts.won.clone());
                        if !has_value {
                            patch.value = Some(Some(price));
                        }
                    }
                    1 if !self.dicts.loss_reasons.is_empty() => {
                        patch.stage = Some(self.dicts.lost.clone());
                        patch.loss_reason = rng.pick(&self.dicts.loss_reasons).cloned();
                    }
                    // Moved on through the open stages, with a price once an offer is made.
                    _ => {
                        let to = rng.range(1, open.len().saturating_sub(1) as i64) as usize;
                        patch.stage = open.get(to).cloned();
                        if !has_value {
                            patch.value = Some(Some(price));
                        }
                    }
                }
                moves.push((self.actor(owner, at), Command::UpdateDeal { id, patch }));
            }
            made += n;
            self.done.deals += n;
            progress(&self.done);
        }
        if !moves.is_empty() {
            self.apply(moves)?;
            progress(&self.done);
        }
        Ok(())
    }
}

/// The `i`th company, always the same for a given seed and `i` whatever was generated
/// before, so a person can take its company's e-mail domain without keeping every company
/// in memory.
fn company_card(seed: u64, i: u64) -> Company {
    people::company(&mut Rng::keyed(seed, i))
}
