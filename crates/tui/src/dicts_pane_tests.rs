//! The dictionaries screen by itself: what each key asks for (events), for an admin and
//! for anyone else, over hand-made entries.

use super::*;
use crate::pane::TestCtx;

fn entry(id: u64, kind: DictKind, name: &str, stage: Option<StageKind>) -> DictEntry {
    DictEntry {
        id,
        kind,
        name: name.into(),
        position: id as u32,
        stage_kind: stage,
        retired: false,
        probability: None,
        rot_days: None,
    }
}

/// Stages nowy (1), oferta (2), wygrany (3, won); a retired source "targi" (4).
fn entries() -> Vec<DictEntry> {
    let open = Some(StageKind::Open);
    let mut targi = entry(4, DictKind::DealSource, "targi", None);
    targi.retired = true;
    vec![
        // Stored out of order: the screen sorts by the pipeline (won after open).
        entry(3, DictKind::DealStage, "wygrany", Some(StageKind::Won)),
        entry(2, DictKind::DealStage, "oferta", open),
        entry(1, DictKind::DealStage, "nowy", open),
        targi,
    ]
}

#[test]
fn stages_come_first_in_pipeline_order_and_tabs_switch_dictionaries() {
    let t = TestCtx::new();
    let mut p = DictsPane::new(entries(), true);
    let names = |p: &DictsPane| p.rows().iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&p), ["nowy", "oferta", "wygrany"]);
    assert_eq!(t.act(&mut p, Action::NextTab), (true, vec![]));
    assert_eq!(p.kind(), DictKind::DealSource);
    assert_eq!(names(&p), ["targi"]);
    // Back past the first tab wraps to the last dictionary.
    t.act(&mut p, Action::PrevTab);
    t.act(&mut p, Action::PrevTab);
    assert_eq!(p.kind(), DictKind::EndReason);
    assert!(p.rows().is_empty());
}

#[test]
fn an_admin_adds_changes_retires_restores_and_moves() {
    let t = TestCtx::new();
    let mut p = DictsPane::new(entries(), true);
    assert_eq!(
        t.act(&mut p, Action::New),
        (true, vec!["NewDictEntry(DealStage)".into()])
    );
    assert_eq!(
        t.act(&mut p, Action::Edit),
        (true, vec!["EditDictEntry(1)".into()])
    );
    // `>` on nowy: after oferta, at once (no question).
    let (_, moved) = t.act(&mut p, Action::StageNext);
    assert_eq!(moved.len(), 1);
    assert!(
        moved[0].starts_with("Confirmed(Dict { cmd: MoveDictEntry { kind: DealStage, name: \"nowy\", before: None, after: Some(\"oferta\") }"),
        "{moved:?}"
    );
    // `<` on the first stage, and `>` on the last open one (won is another kind): nothing.
    assert_eq!(t.act(&mut p, Action::StagePrev), (true, vec![]));
    t.act(&mut p, Action::Down);
    assert_eq!(t.act(&mut p, Action::StageNext), (true, vec![]));
    // X asks before retiring, naming the value and the dictionary.
    let (_, asked) = t.act(&mut p, Action::Remove);
    assert!(
        asked[0].contains("Wycofać oferta ze słownika Etapy interesów?")
            && asked[0].contains("RetireDictEntry"),
        "{asked:?}"
    );
    // On a retired value X restores it instead.
    t.act(&mut p, Action::NextTab);
    let (_, asked) = t.act(&mut p, Action::Remove);
    assert!(
        asked[0].contains("Przywrócić targi") && asked[0].contains("UnretireDictEntry"),
        "{asked:?}"
    );
    // Moving is for stages only: a source says so.
    let (_, said) = t.act(&mut p, Action::StageNext);
    assert_eq!(
        said,
        ["Complain(\"Kolejność ustawia się tylko etapom interesów\")"]
    );
}

#[test]
fn anyone_else_reads_and_is_told_who_changes_them() {
    let t = TestCtx::new();
    let mut p = DictsPane::new(entries(), false);
    for a in [
        Action::New,
        Action::Edit,
        Action::Open,
        Action::Remove,
        Action::StageNext,
    ] {
        assert_eq!(
            t.act(&mut p, a),
            (
                true,
                vec!["Complain(\"Słowniki zmienia tylko administrator\")".into()]
            ),
            "{a:?}"
        );
    }
    // Moving and leaving still work.
    assert_eq!(t.act(&mut p, Action::Down), (true, vec![]));
    assert_eq!(p.cursor, 1);
    assert_eq!(t.act(&mut p, Action::Back), (true, vec!["Close".into()]));
}

#[test]
fn the_cursor_stays_on_its_entry_when_entries_change() {
    let mut p = DictsPane::new(entries(), true);
    p.move_by(1);
    assert_eq!(p.current().map(|e| e.id), Some(2));
    // oferta moved before nowy: the cursor goes with it.
    let mut moved = entries();
    for e in &mut moved {
        if e.id == 2 {
            e.position = 0;
        }
    }
    p.set_entries(moved);
    assert_eq!((p.cursor, p.current().map(|e| e.id)), (0, Some(2)));
    // focus() opens the entry's own tab.
    p.focus(4);
    assert_eq!((p.kind(), p.cursor), (DictKind::DealSource, 0));
}
