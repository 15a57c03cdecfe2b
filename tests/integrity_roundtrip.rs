//! `export all` -> `import all` into a fresh database -> `export all` gives the same
//! document, for generated small databases with any section empty (issue 15 item 9). In
//! this process through the library (the same `transfer` code the command line runs), so
//! a case costs two small databases rather than dozens of processes.
//!
//! What legitimately differs, and is set aside before comparing: the ids of contacts,
//! deals, campaigns, tasks, notes, comments and templates (an import gives new ones, and
//! writes companies before persons), so every id is replaced by the identity of the record
//! it names (names and titles are unique in a generated database), and sections are
//! compared as sets. Everything else - every text, time, owner, stage, value, history step
//! and link - must be equal.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use lejek::backend::Backend;
use lejek::i18n::Lang;
use lejek::model::{ContactKind, DictKind, EntityKind, EntityRef, MessageKind, Money, TaskKind};
use lejek::service::{
    Actor, CampaignDraft, Clock, Command, ContactDraft, DealDraft, Service, TaskDraft,
    TemplateDraft,
};
use lejek::transfer::export;
use lejek::transfer::import::summary::Summary;
use lejek::transfer::import::values::Values;
use lejek::transfer::import::{Importer, Options, all};
use proptest::prelude::*;
use serde_json::Value;

fn base() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
}

/// A generated deal: title word, contact, value in grosze, campaign, won.
type DealSpec = (String, usize, Option<i64>, Option<usize>, bool);

/// A generated database, by positions: links are indexes taken modulo what exists.
#[derive(Clone, Debug)]
struct Spec {
    users: Vec<bool>,
    sources: Vec<String>,
    companies: Vec<(String, Option<String>)>,
    persons: Vec<(String, Option<usize>)>,
    campaigns: Vec<String>,
    deals: Vec<DealSpec>,
    tasks: Vec<(String, Option<usize>, Option<usize>, bool)>,
    notes: Vec<(String, usize, bool)>,
    templates: Vec<(String, bool)>,
}

fn word() -> impl Strategy<Value = String> {
    "[a-zA-Ząęłńóśźż]{1,8}"
}

fn spec() -> impl Strategy<Value = Spec> {
    let people = (
        proptest::collection::vec(any::<bool>(), 0..3),
        proptest::collection::vec(word(), 0..2),
        proptest::collection::vec((word(), proptest::option::of(word())), 0..3),
        proptest::collection::vec((word(), proptest::option::of(0usize..3)), 0..3),
        proptest::collection::vec(word(), 0..3),
    );
    let work = (
        proptest::collection::vec(
            (
                word(),
                0usize..6,
                proptest::option::of(0i64..1_000_000),
                proptest::option::of(0usize..3),
                any::<bool>(),
            ),
            0..4,
        ),
        proptest::collection::vec(
            (
                word(),
                proptest::option::of(0usize..4),
                proptest::option::of(0usize..3),
                any::<bool>(),
            ),
            0..3,
        ),
        proptest::collection::vec((word(), 0usize..4, any::<bool>()), 0..4),
        proptest::collection::vec((word(), any::<bool>()), 0..2),
    );
    (people, work).prop_map(
        |((users, sources, companies, persons, campaigns), (deals, tasks, notes, templates))| {
            Spec {
                users,
                sources,
                companies,
                persons,
                campaigns,
                deals,
                tasks,
                notes,
                templates,
            }
        },
    )
}

/// What `init` makes: the admin and the Polish dictionaries.
fn fresh(dir: &Path) -> Service {
    let svc = Service::open(dir, true, Clock::fixed(base())).expect("open");
    let anna = Actor {
        login: "anna".into(),
        at: base(),
        recorded: None,
    };
    let mut cmds = vec![(
        anna.clone(),
        Command::AddUser {
            login: "anna".into(),
            name: "Anna Nowak".into(),
            admin: true,
        },
    )];
    for (kind, name, stage_kind) in lejek::service::seed::default_dicts(Lang::Pl) {
        let name = name.into();
        cmds.push((
            anna.clone(),
            Command::AddDictEntry {
                kind,
                name,
                stage_kind,
            },
        ));
    }
    svc.apply_batch(cmds).expect("users and dictionaries");
    svc
}

/// Build `spec` in `svc`: each command a minute after the one before.
fn build(svc: &Service, s: &Spec) {
    let mut minute = 0;
    let mut run = |cmd: Command| -> Option<u64> {
        minute += 1;
        let actor = Actor {
            login: "anna".into(),
            at: base() + Duration::minutes(minute),
            recorded: None,
        };
        svc.apply(&actor, cmd).expect("a generated command").id
    };
    let pick = |ids: &[u64], i: usize| (!ids.is_empty()).then(|| ids[i % ids.len()]);
    let mut owners = vec!["anna".to_owned()];
    for (i, admin) in s.users.iter().enumerate() {
        let login = format!("user{i}");
        run(Command::AddUser {
            login: login.clone(),
            name: format!("Użytkownik {i}"),
            admin: *admin,
        });
        owners.push(login);
    }
    for (i, w) in s.sources.iter().enumerate() {
        run(Command::AddDictEntry {
            kind: DictKind::ContactSource,
            name: format!("{w} źródło {i}"),
            stage_kind: None,
        });
    }
    let mut companies = Vec::new();
    for (i, (w, city)) in s.companies.iter().enumerate() {
        companies.extend(run(Command::AddContact(ContactDraft {
            kind: Some(ContactKind::Company),
            name: format!("{w} firma {i}"),
            city: city.clone(),
            ..ContactDraft::default()
        })));
    }
    let mut contacts = companies.clone();
    for (i, (w, company)) in s.persons.iter().enumerate() {
        contacts.extend(run(Command::AddContact(ContactDraft {
            kind: Some(ContactKind::Person),
            name: format!("{w} osoba {i}"),
            company_id: company.and_then(|c| pick(&companies, c)),
            ..ContactDraft::default()
        })));
    }
    let mut campaigns = Vec::new();
    for (i, w) in s.campaigns.iter().enumerate() {
        campaigns.extend(run(Command::AddCampaign(CampaignDraft {
            name: format!("{w} kampania {i}"),
            ..CampaignDraft::default()
        })));
    }
    let mut deals = Vec::new();
    for (i, (w, contact, value, campaign, won)) in s.deals.iter().enumerate() {
        let Some(contact_id) = pick(&contacts, *contact) else {
            continue;
        };
        let id = run(Command::AddDeal(DealDraft {
            contact_id,
            title: format!("{w} szansa {i}"),
            owner: Some(owners[i % owners.len()].clone()),
            value: value.map(|v| Money::new(v, "PLN")),
            campaign_id: campaign.and_then(|c| pick(&campaigns, c)),
            ..DealDraft::default()
        }));
        if let Some(id) = id {
            deals.push(id);
            if *won {
                run(Command::WinDeal { id, stage: None });
            }
        }
    }
    for (i, (w, deal, campaign, meeting)) in s.tasks.iter().enumerate() {
        run(Command::AddTask(TaskDraft {
            kind: if *meeting {
                TaskKind::Meeting
            } else {
                TaskKind::Task
            },
            title: format!("{w} zadanie {i}"),
            assignee: Some(owners[i % owners.len()].clone()),
            due: None,
            // A task belongs to a deal or a campaign, not both.
            deal_id: deal.and_then(|d| pick(&deals, d)),
            campaign_id: campaign
                .filter(|_| deal.is_none())
                .and_then(|c| pick(&campaigns, c)),
        }));
    }
    for (i, (w, on, comment)) in s.notes.iter().enumerate() {
        // On a deal when there is one, else on a contact, else nowhere to put it.
        let on = match (pick(&deals, *on), pick(&contacts, *on)) {
            (Some(id), _) => EntityRef {
                kind: EntityKind::Deal,
                id,
            },
            (None, Some(id)) => EntityRef {
                kind: EntityKind::Contact,
                id,
            },
            (None, None) => continue,
        };
        let text = format!("{w} notatka {i}\ndruga linia");
        run(if *comment {
            Command::AddComment { on, text }
        } else {
            Command::AddNote { on, text }
        });
    }
    for (i, (w, email)) in s.templates.iter().enumerate() {
        run(Command::AddTemplate(TemplateDraft {
            kind: if *email {
                MessageKind::Email
            } else {
                MessageKind::Sms
            },
            name: format!("{w} szablon {i}"),
            subject: email.then(|| format!("Temat {i}")),
            body: format!("Dzień dobry {i}"),
            attachments: Vec::new(),
        }));
    }
}

fn export_all(svc: Service) -> Value {
    let b = Backend::local(svc, "anna".into());
    serde_json::to_value(export::all(&b, "anna").expect("export all")).expect("JSON")
}

/// Replace every id by the identity of the record it names, and sort the sections.
fn normalized(mut doc: Value) -> Value {
    let mut names: HashMap<(&str, u64), String> = HashMap::new();
    for (section, kind, field) in [
        ("contacts", "contact", "name"),
        ("deals", "deal", "title"),
        ("campaigns", "campaign", "name"),
        ("tasks", "task", "title"),
    ] {
        for r in doc[section].as_array().expect("a section") {
            let id = r["id"].as_u64().expect("an id");
            let name = r[field].as_str().expect("a name").to_owned();
            names.insert((kind, id), name);
        }
    }
    let name_of = |kind: &str, v: &Value| -> Value {
        match v.as_u64() {
            None => Value::Null,
            Some(id) => names
                .iter()
                .find(|((k, i), _)| *k == kind && *i == id)
                .map(|(_, n)| Value::from(n.clone()))
                .unwrap_or_else(|| Value::from(format!("{kind} {id} not in the file"))),
        }
    };
    let links: &[(&str, &str, &str)] = &[
        ("contacts", "id", "contact"),
        ("contacts", "company_id", "contact"),
        ("deals", "id", "deal"),
        ("deals", "contact_id", "contact"),
        ("deals", "campaign_id", "campaign"),
        ("campaigns", "id", "campaign"),
        ("tasks", "id", "task"),
        ("tasks", "deal_id", "deal"),
        ("tasks", "campaign_id", "campaign"),
    ];
    for (section, field, kind) in links {
        let new: Vec<Value> = doc[*section]
            .as_array()
            .expect("a section")
            .iter()
            .map(|r| name_of(kind, &r[*field]))
            .collect();
        for (r, v) in doc[*section]
            .as_array_mut()
            .expect("a section")
            .iter_mut()
            .zip(new)
        {
            r[*field] = v;
        }
    }
    for section in ["notes", "comments", "files"] {
        let new: Vec<Value> = doc[section]
            .as_array()
            .expect("a section")
            .iter()
            .map(|r| name_of(r["entity"].as_str().unwrap_or_default(), &r["entity_id"]))
            .collect();
        for (r, v) in doc[section]
            .as_array_mut()
            .expect("a section")
            .iter_mut()
            .zip(new)
        {
            r["entity_id"] = v;
            r["id"] = Value::Null;
        }
    }
    for r in doc["templates"].as_array_mut().expect("templates") {
        r["id"] = Value::Null;
    }
    if let Value::Object(m) = &mut doc {
        for (_, section) in m.iter_mut() {
            if let Value::Array(list) = section {
                list.sort_by_key(|r| r.to_string());
            }
        }
    }
    doc
}

/// Import `doc` into `svc` as `import all` does; the account of it.
fn import_all(svc: Service, doc: &Value) -> (Summary, Service) {
    let b = Backend::local(svc, "anna".into());
    let parsed = serde_json::from_value(doc.clone()).expect("an export all document");
    let progress = |_: &str, _: usize, _: usize| {};
    let imp = Importer {
        svc: &b,
        login: "anna".into(),
        opts: Options::default(),
        values: Values {
            lang: Lang::En,
            today: NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date"),
        },
        now: base(),
        progress: &progress,
    };
    let mut summary = Summary::new("all", Path::new("all.json"), false);
    all::run(&imp, parsed, &mut summary).expect("import all of an export");
    drop(imp);
    let Backend::Local { svc, .. } = b else {
        unreachable!("a local backend")
    };
    let svc = std::sync::Arc::try_unwrap(svc)
        .ok()
        .expect("nothing else holds the service");
    (summary, svc)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn export_all_of_any_small_database_imports_back_whole(s in spec()) {
        let from = tempfile::tempdir().expect("temp dir");
        let svc = fresh(from.path());
        build(&svc, &s);
        let first = export_all(svc);
        let to = tempfile::tempdir().expect("temp dir");
        let (summary, svc) = import_all(fresh(to.path()), &first);
        prop_assert_eq!(summary.rejected, 0, "{:?}", summary.rejects);
        let again = export_all(svc);
        prop_assert_eq!(normalized(again), normalized(first));
    }
}
