//! The bulk operation C6 / B1-B2 at the service level: one deal per contact in a campaign
//! found by name, idempotent on re-run, and a dry run that writes nothing.

use lejek::model::ContactKind;
use lejek::service::query::ListQuery;
use lejek::service::{Actor, CampaignDraft, Clock, Command, ContactDraft, DealDraft, Service};

fn service() -> (tempfile::TempDir, Service, Actor) {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
        .expect("time")
        .with_timezone(&chrono::Utc);
    let svc = Service::open(dir.path(), true, Clock::fixed(at)).expect("open");
    let actor = svc.actor("anna");
    let mut cmds = vec![(
        actor.clone(),
        Command::AddUser {
            login: "anna".into(),
            name: "Anna".into(),
            admin: true,
        },
    )];
    for (kind, name, stage_kind) in lejek::service::seed::default_dicts(lejek::i18n::Lang::Pl) {
        cmds.push((
            actor.clone(),
            Command::AddDictEntry {
                kind,
                name: name.into(),
                stage_kind,
            },
        ));
    }
    for n in ["Alfa", "Beta", "Gamma"] {
        cmds.push((
            actor.clone(),
            Command::AddContact(ContactDraft {
                kind: Some(ContactKind::Company),
                name: n.into(),
                ..Default::default()
            }),
        ));
    }
    svc.apply_batch(cmds).expect("setup");
    (dir, svc, actor)
}

fn bulk(contacts: Vec<u64>) -> Command {
    Command::AddDealsToCampaign {
        campaign: "Lato 2026".into(),
        create: CampaignDraft {
            goals: Some("10 umów".into()),
            ..Default::default()
        },
        contacts,
        matching: None,
        deal: DealDraft {
            title: "Katalog letni".into(),
            value: Some(lejek::model::Money {
                minor: 50_000,
                currency: "PLN".into(),
            }),
            tags: vec!["lato".into()],
            ..Default::default()
        },
    }
}

fn deals(svc: &Service) -> usize {
    svc.list_deals(&ListQuery::default()).expect("list").len()
}

#[test]
fn creates_one_deal_per_contact_and_reruns_add_only_the_missing() {
    let (_dir, svc, actor) = service();
    // Contacts 1 and 2, with 2 listed twice: two deals.
    let first = svc.apply(&actor, bulk(vec![1, 2, 2])).expect("bulk");
    assert_eq!(first.created.len(), 2);
    assert!(first.skipped.is_empty());
    let campaign = first.id.expect("campaign id");
    // The same command with one more contact: 1 and 2 are skipped, 3 gets its deal.
    let second = svc.apply(&actor, bulk(vec![1, 2, 3])).expect("rerun");
    assert_eq!(
        second.id,
        Some(campaign),
        "the name is the campaign's identity"
    );
    assert_eq!(second.skipped, vec![1, 2]);
    assert_eq!(second.created.len(), 1);
    assert_eq!(deals(&svc), 3);
    let view = svc.campaign_view(campaign).expect("campaign");
    assert_eq!(view.deals, 3);
    assert_eq!(view.open_value, "1500.00", "3 deals x 500.00");
    assert_eq!(view.goals.as_deref(), Some("10 umów"));
    let d = svc.deal_view(second.created[0]).expect("deal");
    assert_eq!(d.contact_id, 3);
    assert_eq!(d.tags, vec!["lato"]);
    assert_eq!(d.campaign.as_deref(), Some("Lato 2026"));
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let (_dir, svc, actor) = service();
    let preview = svc.dry_run(&actor, bulk(vec![1, 2, 3])).expect("dry run");
    assert_eq!(preview.created.len(), 3);
    assert_eq!(deals(&svc), 0);
    assert!(
        svc.find_campaign("Lato 2026").is_err(),
        "no campaign written"
    );
}

/// A selection named by a filter is evaluated by the service (the actor's `me`): the CLI's
/// dry run over `--contacts FILTER` sends the filter, not every id. Contacts 1-3 are the
/// companies Alfa, Beta, Gamma.
#[test]
fn a_selection_by_filter_is_planned_like_the_same_ids() {
    let (_dir, svc, actor) = service();
    let by_filter = |filter: &str, contacts: Vec<u64>| {
        let Command::AddDealsToCampaign {
            campaign,
            create,
            deal,
            ..
        } = bulk(Vec::new())
        else {
            unreachable!("bulk builds a campaign batch")
        };
        Command::AddDealsToCampaign {
            campaign,
            create,
            contacts,
            matching: Some(filter.into()),
            deal,
        }
    };
    // All three companies by filter: three deals planned, nothing written.
    let all = svc
        .dry_run(&actor, by_filter("kind:company", Vec::new()))
        .expect("dry run by filter");
    assert_eq!(all.created.len(), 3);
    assert_eq!(deals(&svc), 0);
    // Contact 1 listed and matched by the search "beta" (contact 2): two deals.
    let two = svc
        .dry_run(&actor, by_filter("beta", vec![1]))
        .expect("ids and a filter");
    assert_eq!(two.created.len(), 2);
    // Once 2 is in the campaign, the filter's match is skipped like a listed id.
    svc.apply(&actor, bulk(vec![2])).expect("bulk");
    let again = svc
        .dry_run(&actor, by_filter("beta", Vec::new()))
        .expect("rerun by filter");
    assert_eq!((again.created.len(), again.skipped.clone()), (0, vec![2]));
    // A filter that does not parse is bad input, as in a list.
    assert!(
        svc.dry_run(&actor, by_filter("value>>", Vec::new()))
            .is_err()
    );
    // A real batch never selects by filter (it names its contacts, in chunks): refused,
    // nothing written.
    assert!(
        svc.apply(&actor, by_filter("kind:company", Vec::new()))
            .is_err()
    );
    assert_eq!(deals(&svc), 1, "only the deal of contact 2");
}

#[test]
fn an_unknown_contact_fails_the_whole_command() {
    let (_dir, svc, actor) = service();
    assert!(svc.apply(&actor, bulk(vec![1, 99])).is_err());
    assert_eq!(deals(&svc), 0, "all or nothing");
}
