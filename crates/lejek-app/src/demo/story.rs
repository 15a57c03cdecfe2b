//! `lejek init --demo`: two years of a Polish print shop and marketing agency, "Drukarnia i
//! Agencja Reklamowa", selling to Polish firms. Everything is dated in the past relative to
//! the clock (so `LEJEK_NOW` gives the same database every time) and issued through the
//! service with the real actor and time of each change, so history, last activity, the
//! funnel, sales activity and inboxes look like the product after two years of use.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};

use super::dicts::Dicts;
use super::people::{self, Company};
use super::rng::Rng;
use super::timeline::{H, Timeline};
use super::words::{CampaignTemplate, Offer, pick, words};
use crate::model::{EntityKind, EntityRef, MessageKind, Money, TaskKind};
use crate::service::{
    CampaignDraft, Command, ContactPatch, DealDraft, DealPatch, Result, Service, TaskDraft,
    TemplateDraft,
};

/// The demo is always the same story.
const SEED: u64 = 0x1e7e_2026;
/// How far back the story starts.
const HISTORY_DAYS: i64 = 730;
const COMPANIES: usize = 110;
const PRIVATE_CUSTOMERS: usize = 8;
/// Deals outside campaigns; campaigns add about 180 more.
const PLAIN_DEALS: usize = 420;
const CAMPAIGNS: usize = 10;
/// Commands per `apply_batch`: the whole story is a handful of transactions.
const CHUNK: usize = 2_000;

/// Phases: a command may only refer to records created in an earlier phase.
const P_SETUP: u8 = 0; // users, campaigns, companies
const P_PERSONS: u8 = 1;
const P_DEALS: u8 = 2;
const P_WORK: u8 = 3; // stage moves, notes, comments, tasks, status changes
const P_DONE: u8 = 4; // tasks completed

/// Load the demo story into a freshly initialised database whose admin is `admin`.
pub fn load(svc: &Service, admin: &str) -> Result<()> {
    let now = svc.clock().now();
    let dicts = Dicts::read(svc)?;
    let mut tl = Timeline::new();
    let mut story = Story {
        rng: Rng::new(SEED),
        now,
        start: now - Duration::days(HISTORY_DAYS),
        admin: admin.to_owned(),
        sellers: Vec::new(),
        dicts,
        occasions_used: 0,
    };
    story.users(svc, &mut tl)?;
    story.pipeline(&mut tl);
    story.templates(&mut tl);
    let campaigns = story.campaigns(&mut tl);
    let mut companies = story.companies(&mut tl);
    let privates = story.persons(&mut tl, &mut companies);
    story.deals(&mut tl, &campaigns, &mut companies, &privates);
    story.campaign_work(&mut tl, &campaigns);
    story.customer_statuses(&mut tl, &companies);
    tl.run(svc, now, CHUNK)
}

struct Story {
    rng: Rng,
    now: DateTime<Utc>,
    start: DateTime<Utc>,
    admin: String,
    /// Salespeople's logins with their share of the deals.
    sellers: Vec<(String, u32)>,
    dicts: Dicts,
    /// How many of the named occasions have been given to a title.
    occasions_used: usize,
}

/// A campaign of the story.
struct Campaign {
    h: H,
    created: DateTime<Utc>,
    /// Deals come in from `start` to `end` (at most now).
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    offers: Vec<&'static Offer>,
    tag: &'static str,
}

/// A company of the story and what happened with it.
struct Firm {
    h: H,
    created: DateTime<Utc>,
    manager: String,
    card: Company,
    persons: Vec<(H, DateTime<Utc>)>,
    first_win: Option<DateTime<Utc>>,
    last_activity: DateTime<Utc>,
    open_deals: usize,
    deals: usize,
}

/// How one deal ended in the story.
struct DealEnd {
    last: DateTime<Utc>,
    won: Option<DateTime<Utc>>,
    open: bool,
}

impl Story {
    /// The salespeople (skipping any that already exist, such as the admin's own login).
    fn users(&mut self, svc: &Service, tl: &mut Timeline) -> Result<()> {
        let at = self.start - Duration::days(30);
        const SHARES: [u32; 5] = [30, 25, 20, 15, 10];
        for (i, (login, name)) in words().users.iter().enumerate() {
            self.sellers
                .push(((*login).to_owned(), SHARES.get(i).copied().unwrap_or(10)));
            if *login == self.admin || svc.user(login)?.is_some() {
                continue;
            }
            let (login, name) = ((*login).to_owned(), (*name).to_owned());
            tl.then(P_SETUP, at, &self.admin.clone(), move |_| {
                Ok(Command::AddUser {
                    login,
                    name,
                    admin: false,
                })
            });
        }
        Ok(())
    }

    /// The pipeline tuned as a sales manager would (issue 19): each open stage a win
    /// probability rising along the pipeline (20, 40, 60, 80 % for four stages) and three
    /// weeks without activity before a deal rots, so the board, the agenda and the
    /// forecast have something to show. No random draw: the rest of the story is unchanged.
    fn pipeline(&mut self, tl: &mut Timeline) {
        let at = self.start - Duration::days(25);
        let n = self.dicts.open_stages.len() as u32;
        for (i, name) in self.dicts.open_stages.clone().into_iter().enumerate() {
            let probability = u8::try_from(100 * (i as u32 + 1) / (n + 1)).unwrap_or(50);
            tl.then(P_SETUP, at, &self.admin.clone(), move |_| {
                Ok(Command::SetStage {
                    name,
                    probability: Some(Some(probability)),
                    rot_days: Some(Some(21)),
                })
            });
        }
    }

    /// The firm's message templates (D12), ready to send from a deal's card.
    fn templates(&mut self, tl: &mut Timeline) {
        let at = self.start - Duration::days(20);
        let templates: [(MessageKind, &str, Option<&str>, &str); 3] = [
            (
                MessageKind::Email,
                "oferta",
                Some("Oferta dla {{contact.name}}: {{deal.title}}"),
                "Dzień dobry {{contact.first_name}},\n\nw załączeniu przesyłamy ofertę \
                 „{{deal.title}}”.\nChętnie odpowiemy na pytania.\n\n\
                 Z poważaniem\n{{owner.name}}",
            ),
            (
                MessageKind::Email,
                "podziękowanie",
                Some("Dziękujemy za współpracę, {{contact.name}}"),
                "Dzień dobry {{contact.first_name}},\n\ndziękujemy za zaufanie przy \
                 „{{deal.title}}”. Do usłyszenia!\n\n{{owner.name}}",
            ),
            (
                MessageKind::Sms,
                "przypomnienie",
                None,
                "Przypominamy o naszym kontakcie {{deal.next_activity}} w sprawie \
                 {{deal.title}}. {{owner.name}}",
            ),
        ];
        let admin = self.admin.clone();
        for (kind, name, subject, body) in templates {
            let draft = TemplateDraft {
                kind,
                name: name.to_owned(),
                subject: subject.map(str::to_owned),
                body: body.to_owned(),
                attachments: Vec::new(),
            };
            tl.then(P_SETUP, at, &admin, move |_| {
                Ok(Command::AddTemplate(draft))
            });
        }
    }

    fn seller(&mut self) -> String {
        let weights: Vec<u32> = self.sellers.iter().map(|(_, w)| *w).collect();
        let i = self.rng.weighted(&weights);
        self.sellers
            .get(i)
            .map(|(l, _)| l.clone())
            .unwrap_or_else(|| self.admin.clone())
    }

    /// Someone other than `login`: a colleague or the manager (the admin).
    fn someone_else(&mut self, login: &str) -> String {
        for _ in 0..8 {
            let who = if self.rng.chance(0.3) {
                self.admin.clone()
            } else {
                self.seller()
            };
            if who != login {
                return who;
            }
        }
        if login == self.admin {
            self.sellers
                .first()
                .map(|(l, _)| l.clone())
                .unwrap_or_default()
        } else {
            self.admin.clone()
        }
    }

    /// A time during office hours on `day` (a weekend day moves to Friday or Monday).
    fn work_time(&mut self, day: NaiveDate) -> DateTime<Utc> {
        let day = match day.weekday() {
            Weekday::Sat => day.pred_opt().unwrap_or(day),
            Weekday::Sun => day.succ_opt().unwrap_or(day),
            _ => day,
        };
        // 7:00-16:00 UTC is 8:00-17:00 in Warsaw in winter, an hour later in summer.
        let secs = self.rng.range(7 * 3600, 16 * 3600 - 1);
        Utc.from_utc_datetime(&day.and_time(NaiveTime::MIN)) + Duration::seconds(secs)
    }

    /// A working time `lo..=hi` days after `t`, and always after it.
    fn later(&mut self, t: DateTime<Utc>, lo: i64, hi: i64) -> DateTime<Utc> {
        let day = t.date_naive() + Duration::days(self.rng.range(lo, hi));
        let x = self.work_time(day);
        if x > t {
            x
        } else {
            t + Duration::minutes(self.rng.range(5, 90))
        }
    }

    /// A working time between `a` and `b` (exclusive of `a`); `b` when they are too close.
    fn within(&mut self, a: DateTime<Utc>, b: DateTime<Utc>) -> DateTime<Utc> {
        let days = (b.date_naive() - a.date_naive()).num_days();
        let day = a.date_naive() + Duration::days(self.rng.range(0, days));
        let t = self.work_time(day);
        if t <= a || t > b {
            let span = (b - a).num_seconds();
            if span <= 1 {
                return b;
            }
            return a + Duration::seconds(self.rng.range(1, span));
        }
        t
    }

    fn opt(&mut self, list: &[String]) -> Option<String> {
        self.rng.pick(list).cloned()
    }

    /// Ten campaigns: the most recent yearly occurrences of the templates that started within
    /// the story.
    fn campaigns(&mut self, tl: &mut Timeline) -> Vec<Campaign> {
        let w = words();
        let mut occurrences: Vec<(NaiveDate, &'static CampaignTemplate, i32)> = Vec::new();
        let (first, last) = (self.start.year(), self.now.year());
        for t in &w.campaigns {
            for year in first..=last {
                let Some(start) = NaiveDate::from_ymd_opt(year, t.month, t.day) else {
                    continue;
                };
                if start >= self.start.date_naive() && start <= self.now.date_naive() {
                    occurrences.push((start, t, year));
                }
            }
        }
        occurrences.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.name.cmp(b.1.name)));
        occurrences.truncate(CAMPAIGNS);
        occurrences.reverse();
        let admin = self.admin.clone();
        let mut out = Vec::new();
        for (start_day, t, year) in occurrences {
            let name = t
                .name
                .replace("{year}", &year.to_string())
                .replace("{next}", &(year + 1).to_string());
            let start = self.work_time(start_day).min(self.now);
            let created = self.work_time(start_day - Duration::days(10)).min(start);
            let end = (start + Duration::days(t.days)).min(self.now);
            let draft = CampaignDraft {
                name,
                goals: Some(t.goals.to_owned()),
                rules: Some(t.rules.to_owned()),
                description: None,
                tags: vec![t.tag.to_owned()],
            };
            let h = tl.create(P_SETUP, created, &admin, move |_| {
                Ok(Command::AddCampaign(draft))
            });
            let offers = t
                .offers
                .iter()
                .filter_map(|o| w.offers.iter().find(|x| x.name == *o))
                .collect();
            out.push(Campaign {
                h,
                created,
                start,
                end,
                offers,
                tag: t.tag,
            });
        }
        out
    }

    fn companies(&mut self, tl: &mut Timeline) -> Vec<Firm> {
        let mut names = HashSet::new();
        let mut out = Vec::new();
        for _ in 0..COMPANIES {
            let mut card = people::company(&mut self.rng);
            for _ in 0..5 {
                if names.insert(card.draft.name.clone()) {
                    break;
                }
                card = people::company(&mut self.rng);
            }
            // A third came over from the old spreadsheet when the CRM started.
            let created = if self.rng.chance(0.35) {
                let day = self.start.date_naive() + Duration::days(self.rng.range(0, 14));
                self.work_time(day)
            } else {
                let a = self.start;
                let b = self.now - Duration::days(20);
                self.within(a, b)
            };
            let manager = self.seller();
            let mut draft = card.draft.clone();
            draft.status = self.dicts.status_potential();
            draft.source = self.opt(&self.dicts.contact_sources.clone());
            let h = tl.create(P_SETUP, created, &manager, move |_| {
                Ok(Command::AddContact(draft))
            });
            out.push(Firm {
                h,
                created,
                manager,
                card,
                persons: Vec::new(),
                first_win: None,
                last_activity: created,
                open_deals: 0,
                deals: 0,
            });
        }
        out
    }

    /// People at the companies, and a few private customers (returned).
    fn persons(&mut self, tl: &mut Timeline, firms: &mut [Firm]) -> Vec<(H, DateTime<Utc>)> {
        let roles = self.dicts.roles.clone();
        for f in firms.iter_mut() {
            let n = self.rng.weighted(&[30, 45, 25]);
            for _ in 0..n {
                let at = self.later(f.created, 0, 30).min(self.now);
                let c = f.h;
                let mut draft = people::person(&mut self.rng, Some((0, &f.card)));
                if self.rng.chance(0.8) {
                    draft.roles.extend(self.rng.pick(&roles).cloned());
                    if self.rng.chance(0.15) {
                        draft.roles.extend(self.rng.pick(&roles).cloned());
                        draft.roles.dedup();
                    }
                }
                let h = tl.create(P_PERSONS, at, &f.manager, move |ids| {
                    draft.company_id = Some(ids.get(c)?);
                    Ok(Command::AddContact(draft))
                });
                f.persons.push((h, at));
            }
        }
        let mut privates = Vec::new();
        for _ in 0..PRIVATE_CUSTOMERS {
            let at = self.within(self.start, self.now - Duration::days(10));
            let mut draft = people::person(&mut self.rng, None);
            draft.status = self.dicts.status_potential();
            draft.source = self.opt(&self.dicts.contact_sources.clone());
            let who = self.seller();
            // Private customers are created with the companies: nothing refers to them yet.
            let h = tl.create(P_SETUP, at, &who, move |_| Ok(Command::AddContact(draft)));
            privates.push((h, at));
        }
        privates
    }

    fn money(&mut self, offer: &Offer) -> Money {
        let zl = self.rng.range(offer.min, offer.max);
        // Quotes are round: to 50 zł, or to 10 zł for small jobs.
        let step = if zl >= 2_000 { 50 } else { 10 };
        let zl = (zl / step).max(1) * step;
        let grosze = if self.rng.chance(0.1) { 50 } else { 0 };
        Money::new(zl * 100 + grosze, "PLN")
    }

    fn title(&mut self, offer: &Offer) -> String {
        // Now and then a deal is for a named occasion, each occasion once.
        let occasions = &words().occasions;
        if self.occasions_used < occasions.len() && self.rng.chance(0.05) {
            let occasion = occasions[self.occasions_used];
            self.occasions_used += 1;
            return format!("{occasion}: {}", offer.name.to_lowercase());
        }
        let suffix = pick(&mut self.rng, &words().title_suffixes);
        if suffix.is_empty() {
            offer.name.to_owned()
        } else {
            format!("{} {suffix}", offer.name)
        }
    }

    /// A company that existed at `t` (the earliest one when none did).
    fn firm_at(&mut self, firms: &[Firm], t: DateTime<Utc>) -> usize {
        for _ in 0..30 {
            let i = self.rng.below(firms.len() as u64) as usize;
            if firms.get(i).is_some_and(|f| f.created < t) {
                return i;
            }
        }
        firms
            .iter()
            .enumerate()
            .min_by_key(|(_, f)| f.created)
            .map(|(i, _)| i)
            .unwrap_or(0)
    }

    fn deals(
        &mut self,
        tl: &mut Timeline,
        campaigns: &[Campaign],
        firms: &mut [Firm],
        privates: &[(H, DateTime<Utc>)],
    ) {
        if firms.is_empty() {
            return;
        }
        // (created, campaign index) for every deal, then issued oldest first.
        let mut starts: Vec<(DateTime<Utc>, Option<usize>)> = Vec::new();
        for (ci, c) in campaigns.iter().enumerate() {
            for _ in 0..self.rng.range(14, 22) {
                if c.end > c.start {
                    let t = self.within(c.start, c.end);
                    starts.push((t, Some(ci)));
                }
            }
        }
        for _ in 0..PLAIN_DEALS {
            // Business grows: more deals in recent months than two years ago.
            let x = self.rng.unit().powf(1.15);
            let secs = ((HISTORY_DAYS * 86_400) as f64 * x) as i64;
            let day = (self.now - Duration::seconds(secs.max(3_600))).date_naive();
            let t = self.work_time(day).min(self.now - Duration::minutes(30));
            starts.push((t, None));
        }
        starts.sort_by_key(|s| s.0);
        let offers = &words().offers;
        for (created, camp) in starts {
            let i = self.firm_at(firms, created);
            let f = &firms[i];
            // Mostly the firm; sometimes one of its people or a private customer.
            let person = if self.rng.chance(0.06) {
                let known: Vec<H> = f
                    .persons
                    .iter()
                    .chain(privates)
                    .filter(|(_, at)| *at < created)
                    .map(|(h, _)| *h)
                    .collect();
                self.rng.pick(&known).copied()
            } else {
                None
            };
            let contact = person.unwrap_or(f.h);
            let owner = if self.rng.chance(0.07) {
                self.admin.clone()
            } else if self.rng.chance(0.85) {
                f.manager.clone()
            } else {
                self.seller()
            };
            let creator = if self.rng.chance(0.2) {
                self.someone_else(&owner)
            } else {
                owner.clone()
            };
            let (offer, campaign) = match camp.and_then(|ci| campaigns.get(ci)) {
                Some(c) => (self.rng.pick(&c.offers).copied(), Some((c.h, c.tag))),
                None => (self.rng.pick(offers), None),
            };
            let Some(offer) = offer else { continue };
            let price = self.money(offer);
            let known_value = self.rng.chance(0.45).then(|| price.clone());
            let mut tags = Vec::new();
            if self.rng.chance(0.7) {
                tags.push(offer.tag.to_owned());
            }
            let source = match campaign {
                Some((_, tag)) => {
                    tags.push(tag.to_owned());
                    self.dicts.campaign_source.clone()
                }
                None => {
                    // Skip the campaign source for deals outside campaigns.
                    let plain: Vec<String> = self
                        .dicts
                        .deal_sources
                        .iter()
                        .filter(|s| Some(*s) != self.dicts.campaign_source.as_ref())
                        .cloned()
                        .collect();
                    self.opt(&plain)
                }
            };
            tags.dedup();
            let description = self
                .rng
                .chance(0.3)
                .then(|| pick(&mut self.rng, &words().descriptions).to_owned());
            let next = created.date_naive() + Duration::days(self.rng.range(1, 7));
            let draft = DealDraft {
                contact_id: 0,
                title: self.title(offer),
                offer: Some(offer.name.to_owned()),
                description,
                owner: Some(owner.clone()),
                stage: self.dicts.open_stages.first().cloned(),
                source,
                value: known_value.clone(),
                next_activity: Some(next),
                tags,
                campaign_id: None,
                expected_close: None,
                fields: Vec::new(),
            };
            let camp_h = campaign.map(|(h, _)| h);
            let h = tl.create(P_DEALS, created, &creator, move |ids| {
                let mut d = draft;
                d.contact_id = ids.get(contact)?;
                d.campaign_id = camp_h.map(|c| ids.get(c)).transpose()?;
                Ok(Command::AddDeal(d))
            });
            let end = self.deal_life(tl, h, created, &owner, known_value, price);
            self.deal_work(tl, h, created, &owner, &end);
            let f = &mut firms[i];
            f.deals += 1;
            f.last_activity = f.last_activity.max(end.last);
            if end.open {
                f.open_deals += 1;
            }
            if let Some(w) = end.won {
                f.first_win = Some(f.first_win.map_or(w, |x| x.min(w)));
            }
        }
    }

    /// Stage moves, value changes and the win or loss of one deal.
    fn deal_life(
        &mut self,
        tl: &mut Timeline,
        h: H,
        created: DateTime<Utc>,
        owner: &str,
        mut value: Option<Money>,
        price: Money,
    ) -> DealEnd {
        let stages = self.dicts.open_stages.clone();
        let n = stages.len();
        let age_days = (self.now - created).num_days();
        let close_chance = if age_days > 120 {
            0.93
        } else {
            age_days as f64 / 130.0
        };
        let closes = self.rng.chance(close_chance);
        let wins = closes && (self.dicts.loss_reasons.is_empty() || self.rng.chance(0.45));
        // Offers go out at the third stage ("oferta"); that is when the value is known.
        let quote_stage = 2.min(n - 1);
        let target = if wins {
            self.rng.range(quote_stage as i64, (n - 1) as i64) as usize
        } else {
            self.rng.range(0, (n - 1) as i64) as usize
        };
        let mut stage = 0;
        let mut t = created;
        let mut end = DealEnd {
            last: created,
            won: None,
            open: true,
        };
        while stage < target {
            let next_t = self.later(t, 2, 21);
            if next_t > self.now {
                return end;
            }
            t = next_t;
            stage += if stage + 2 <= target && self.rng.chance(0.15) {
                2
            } else {
                1
            };
            let mut patch = DealPatch {
                stage: stages.get(stage).cloned(),
                next_activity: Some(Some(t.date_naive() + Duration::days(self.rng.range(2, 14)))),
                ..DealPatch::default()
            };
            if stage >= quote_stage && value.is_none() {
                value = Some(price.clone());
                patch.value = Some(value.clone());
            } else if let Some(v) = &value
                && stage >= quote_stage
                && self.rng.chance(0.35)
            {
                // A discount in negotiations, or a bigger order.
                let pct = if self.rng.chance(0.7) {
                    self.rng.range(-15, -3)
                } else {
                    self.rng.range(10, 30)
                };
                let minor = (v.minor + v.minor * pct / 100) / 1_000 * 1_000;
                value = Some(Money::new(minor.max(10_000), "PLN"));
                patch.value = Some(value.clone());
            }
            let actor = if self.rng.chance(0.1) {
                self.someone_else(owner)
            } else {
                owner.to_owned()
            };
            tl.then(P_WORK, t, &actor, move |ids| {
                Ok(Command::UpdateDeal {
                    id: ids.get(h)?,
                    patch,
                })
            });
            end.last = t;
        }
        if !closes {
            return end;
        }
        let close_t = self.later(t, 3, 30);
        if close_t > self.now {
            return end;
        }
        end.last = close_t;
        end.open = false;
        // Closing clears the next activity: nothing more to do on the deal.
        let mut patch = DealPatch {
            next_activity: Some(None),
            ..DealPatch::default()
        };
        let actor = if wins {
            patch.stage = Some(self.dicts.won.clone());
            if value.is_none() {
                patch.value = Some(Some(price));
            }
            end.won = Some(close_t);
            owner.to_owned()
        } else {
            let reasons = &self.dicts.loss_reasons;
            // Price and competition lose most deals.
            let weights: Vec<u32> = (0..reasons.len())
                .map(|i| [35, 25, 15, 15, 10].get(i).copied().unwrap_or(8))
                .collect();
            patch.loss_reason = reasons.get(self.rng.weighted(&weights)).cloned();
            patch.stage = Some(self.dicts.lost.clone());
            if self.rng.chance(0.1) {
                self.someone_else(owner)
            } else {
                owner.to_owned()
            }
        };
        tl.then(P_WORK, close_t, &actor, move |ids| {
            Ok(Command::UpdateDeal {
                id: ids.get(h)?,
                patch,
            })
        });
        end
    }

    /// Notes, discussion, tasks and meetings on a deal during its life.
    fn deal_work(
        &mut self,
        tl: &mut Timeline,
        h: H,
        created: DateTime<Utc>,
        owner: &str,
        end: &DealEnd,
    ) {
        let w = words();
        // Work stops at the close, or a few weeks after the last move of a deal that was
        // left open (what was abandoned long ago stays quiet, D8).
        let until = if end.open {
            (end.last + Duration::days(45)).min(self.now)
        } else {
            end.last
        };
        if until <= created {
            return;
        }
        let on = move |ids: &super::timeline::Ids| -> Result<EntityRef> {
            Ok(EntityRef {
                kind: EntityKind::Deal,
                id: ids.get(h)?,
            })
        };
        if self.rng.chance(0.4) {
            for _ in 0..self.rng.range(1, 2) {
                let at = self.within(created, until);
                let text = pick(&mut self.rng, &w.notes).to_owned();
                tl.then(P_WORK, at, owner, move |ids| {
                    Ok(Command::AddNote { on: on(ids)?, text })
                });
            }
        }
        if self.rng.chance(0.38) {
            for _ in 0..self.rng.range(1, 3) {
                let at = self.within(created, until);
                let who = self.someone_else(owner);
                let text = pick(&mut self.rng, &w.comments).to_owned();
                tl.then(P_WORK, at, &who, move |ids| {
                    Ok(Command::AddComment { on: on(ids)?, text })
                });
                if self.rng.chance(0.3) {
                    let reply_at = (at + Duration::minutes(self.rng.range(20, 240))).min(until);
                    let text = if self.rng.chance(0.5) {
                        "Dzięki, zajmę się tym.".to_owned()
                    } else {
                        "Jasne, dam znać po rozmowie z klientem.".to_owned()
                    };
                    tl.then(P_WORK, reply_at, owner, move |ids| {
                        Ok(Command::AddComment { on: on(ids)?, text })
                    });
                }
            }
        }
        if self.rng.chance(0.32) {
            let at = self.within(created, until);
            let meeting = self.rng.chance(0.3);
            let title =
                pick(&mut self.rng, if meeting { &w.meetings } else { &w.tasks }).to_owned();
            let by = if self.rng.chance(0.3) {
                self.someone_else(owner)
            } else {
                owner.to_owned()
            };
            let due_day = at.date_naive() + Duration::days(self.rng.range(1, 10));
            let due_time = NaiveTime::from_hms_opt(
                self.rng.range(8, 15) as u32,
                [0, 30][self.rng.below(2) as usize],
                0,
            )
            .unwrap_or(NaiveTime::MIN);
            let draft = TaskDraft {
                kind: if meeting {
                    TaskKind::Meeting
                } else {
                    TaskKind::Task
                },
                title,
                assignee: Some(owner.to_owned()),
                due: Some(due_day.and_time(due_time)),
                deal_id: None,
                campaign_id: None,
            };
            let task = tl.create(P_WORK, at, &by, move |ids| {
                let mut d = draft;
                d.deal_id = Some(ids.get(h)?);
                Ok(Command::AddTask(d))
            });
            let done_chance = if end.open { 0.8 } else { 0.95 };
            let slack = Days::new(self.rng.below(2));
            let done_at = self.work_time(due_day.checked_add_days(slack).unwrap_or(due_day));
            if done_at > at && done_at <= self.now && self.rng.chance(done_chance) {
                tl.then(P_DONE, done_at, owner, move |ids| {
                    Ok(Command::CompleteTask { id: ids.get(task)? })
                });
            }
        }
    }

    /// The campaigns' own discussion (K3) and a kick-off meeting each.
    fn campaign_work(&mut self, tl: &mut Timeline, campaigns: &[Campaign]) {
        let w = words();
        for c in campaigns {
            let on = EntityRef {
                kind: EntityKind::Campaign,
                id: 0,
            };
            let ch = c.h;
            for _ in 0..self.rng.range(2, 3) {
                let at = self.within(c.created, c.end);
                let who = if self.rng.chance(0.5) {
                    self.admin.clone()
                } else {
                    self.seller()
                };
                let text = pick(&mut self.rng, &w.campaign_comments).to_owned();
                tl.then(P_WORK, at, &who, move |ids| {
                    Ok(Command::AddComment {
                        on: EntityRef {
                            id: ids.get(ch)?,
                            ..on
                        },
                        text,
                    })
                });
            }
            let at = self.later(c.created, 0, 1).min(self.now);
            let assignee = self.seller();
            let due = c
                .start
                .date_naive()
                .and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN));
            let draft = TaskDraft {
                kind: TaskKind::Meeting,
                title: "Spotkanie otwierające kampanię".to_owned(),
                assignee: Some(assignee.clone()),
                due: Some(due),
                deal_id: None,
                campaign_id: None,
            };
            let task = tl.create(P_WORK, at, &self.admin.clone(), move |ids| {
                let mut d = draft;
                d.campaign_id = Some(ids.get(ch)?);
                Ok(Command::AddTask(d))
            });
            let done_at = c.start.max(at + Duration::minutes(30));
            if done_at <= self.now {
                tl.then(P_DONE, done_at, &assignee, move |ids| {
                    Ok(Command::CompleteTask { id: ids.get(task)? })
                });
            }
        }
    }

    /// Customers become current with their first won deal; some end the cooperation after
    /// their last deal (C2, C4), and a few get a note.
    fn customer_statuses(&mut self, tl: &mut Timeline, firms: &[Firm]) {
        let current = self.dicts.status_current();
        let archived = self.dicts.status_archived();
        let reasons = self.dicts.end_reasons.clone();
        let w = words();
        let mut ended = 0;
        for f in firms {
            let h = f.h;
            if let (Some(won), Some(status)) = (f.first_win, current.clone()) {
                let at = (won + Duration::minutes(5)).min(self.now);
                tl.then(P_WORK, at, &f.manager, move |ids| {
                    Ok(Command::UpdateContact {
                        id: ids.get(h)?,
                        patch: ContactPatch {
                            status: Some(Some(status)),
                            ..ContactPatch::default()
                        },
                    })
                });
            }
            let quiet_since = self.now - f.last_activity;
            let may_end =
                f.open_deals == 0 && quiet_since > Duration::days(60) && !reasons.is_empty();
            if may_end && ended < COMPANIES / 7 && self.rng.chance(0.45) {
                ended += 1;
                let at = self.later(f.last_activity, 10, quiet_since.num_days().clamp(11, 90));
                if at > self.now {
                    continue;
                }
                let reason = self.opt(&reasons).unwrap_or_default();
                let date = at.date_naive();
                tl.then(P_WORK, at, &f.manager, move |ids| {
                    Ok(Command::EndContact {
                        id: ids.get(h)?,
                        reason,
                        date,
                    })
                });
                if let Some(status) = archived.clone() {
                    tl.then(P_WORK, at, &f.manager, move |ids| {
                        Ok(Command::UpdateContact {
                            id: ids.get(h)?,
                            patch: ContactPatch {
                                status: Some(Some(status)),
                                ..ContactPatch::default()
                            },
                        })
                    });
                }
            }
            if self.rng.chance(0.12) {
                let at = self.within(f.created, self.now);
                let text = pick(&mut self.rng, &w.notes).to_owned();
                tl.then(P_WORK, at, &f.manager, move |ids| {
                    Ok(Command::AddNote {
                        on: EntityRef {
                            kind: EntityKind::Contact,
                            id: ids.get(h)?,
                        },
                        text,
                    })
                });
            }
        }
    }
}
