//! The keymap loader: presets, merging a user file, and every error a file can have.

use super::*;
use crate::action::{ACTIONS, BASES};
use crate::i18n::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

fn key(s: &str) -> KeySpec {
    KeySpec::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

fn press(s: &str) -> KeyEvent {
    key(s).to_event()
}

fn user(text: &str) -> Result<Keymap, KeymapError> {
    Keymap::from_text("default", Some(("keymap.toml", text)))
}

fn user_err(text: &str) -> KeymapError {
    match user(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e,
    }
}

#[test]
fn actions_list_is_complete_and_in_declaration_order() {
    for (i, a) in ACTIONS.iter().enumerate() {
        assert_eq!(*a as usize, i, "{a:?}");
    }
    assert_eq!(ACTIONS.len(), Action::ConfirmNo as usize + 1);
}

#[test]
fn every_action_belongs_to_exactly_one_mode() {
    for a in ACTIONS {
        let n = Mode::ALL.iter().filter(|m| m.allows(*a)).count();
        assert_eq!(n, 1, "{a:?}");
    }
}

#[test]
fn presets_load_without_clash() {
    for base in BASES {
        let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
        for mode in Mode::ALL {
            let mut seen = HashSet::new();
            for (_, keys) in km.bindings(mode) {
                for k in keys {
                    assert!(seen.insert(k), "{base} [{}]: {k} twice", mode.as_str());
                }
            }
        }
    }
}

#[test]
fn every_action_has_a_key_in_both_presets() {
    for base in BASES {
        let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
        for a in ACTIONS {
            assert!(
                !km.keys_for(a.mode(), *a).is_empty(),
                "{base}: {} has no key",
                a.name()
            );
        }
    }
}

#[test]
fn contract_keys_of_the_default_map() {
    use Action::*;
    let km = Keymap::default();
    let contract = [
        ("q", Quit),
        ("?", Help),
        ("/", Filter),
        ("esc", Back),
        ("enter", Open),
        ("j", Down),
        ("k", Up),
        ("down", Down),
        ("up", Up),
        ("tab", NextView),
        ("backtab", PrevView),
        ("1", ViewDeals),
        ("2", ViewContacts),
        ("3", ViewCampaigns),
        ("4", ViewTasks),
        ("5", ViewReports),
        ("6", ViewInbox),
        ("space", Select),
        ("n", New),
        ("e", Edit),
        (":", CommandLine),
    ];
    for (k, a) in contract {
        assert_eq!(km.action(Mode::Normal, &press(k)), Some(a), "{k}");
    }
    assert_eq!(km.action(Mode::Input, &press("esc")), Some(InputCancel));
    assert_eq!(km.action(Mode::Input, &press("enter")), Some(InputApply));
    assert_eq!(km.action(Mode::Form, &press("esc")), Some(FormCancel));
    assert_eq!(km.action(Mode::Help, &press("esc")), Some(HelpClose));
    assert_eq!(km.action(Mode::Confirm, &press("t")), Some(ConfirmYes));
    assert_eq!(km.action(Mode::Confirm, &press("esc")), Some(ConfirmNo));
}

#[test]
fn arrows_preset_keeps_the_non_vim_contract_keys() {
    use Action::*;
    let km = Keymap::load("arrows", None).unwrap_or_else(|e| panic!("{e}"));
    for (k, a) in [
        ("q", Quit),
        ("?", Help),
        ("f1", Help),
        ("/", Filter),
        ("f3", Filter),
        ("f2", Edit),
        ("f4", New),
        ("insert", New),
        ("esc", Back),
        ("enter", Open),
        ("up", Up),
        ("down", Down),
        ("tab", NextView),
        ("1", ViewDeals),
        ("space", Select),
        (":", CommandLine),
    ] {
        assert_eq!(km.action(Mode::Normal, &press(k)), Some(a), "{k}");
    }
    assert_eq!(km.action(Mode::Normal, &press("j")), None);
}

#[test]
fn message_keys_are_free_of_the_views_keys_in_both_presets() {
    use Action::*;
    for base in BASES {
        let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
        for (k, a) in [
            ("M", SendMessage),
            ("ctrl-r", RetrySend),
            ("T", Templates),
            ("X", Remove),
            ("delete", Remove),
            // Still what they were: `m` my deals, `R` mark read, `r` refresh.
            ("m", MyDeals),
            ("R", MarkRead),
            ("r", Refresh),
        ] {
            assert_eq!(km.action(Mode::Normal, &press(k)), Some(a), "{base}: {k}");
        }
    }
}

#[test]
fn terminal_events_resolve_through_normalisation() {
    let km = Keymap::default();
    let shifted_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(km.action(Mode::Normal, &shifted_g), Some(Action::Bottom));
    let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(km.action(Mode::Normal, &backtab), Some(Action::PrevView));
    let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(km.action(Mode::Normal, &ctrl_d), Some(Action::PageDown));
    let mut release = press("q");
    release.kind = KeyEventKind::Release;
    assert_eq!(km.action(Mode::Normal, &release), None);
    // The same key means different things in different modes.
    assert_eq!(km.action(Mode::Help, &press("q")), Some(Action::HelpClose));
    assert_eq!(km.action(Mode::Input, &press("q")), None);
}

#[test]
fn bindings_keep_file_order() {
    let km = Keymap::default();
    let normal: Vec<Action> = km.bindings(Mode::Normal).into_iter().map(|b| b.0).collect();
    assert_eq!(
        &normal[..4],
        &[Action::Quit, Action::Help, Action::Back, Action::Open]
    );
    assert_eq!(
        km.keys_for(Mode::Normal, Action::Down),
        vec![key("j"), key("down")]
    );
}

#[test]
fn user_file_rebinding_j_to_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keymap.toml");
    std::fs::write(&path, "[normal]\nup = [\"j\", \"up\"]\n").unwrap();
    let km = Keymap::load("default", Some(&path)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(km.action(Mode::Normal, &press("j")), Some(Action::Up));
    assert_eq!(km.action(Mode::Normal, &press("up")), Some(Action::Up));
    // `k` was only in the replaced list; `down` keeps its arrow but lost `j`.
    assert_eq!(km.action(Mode::Normal, &press("k")), None);
    assert_eq!(km.keys_for(Mode::Normal, Action::Down), vec![key("down")]);
    // Other modes are untouched.
    assert_eq!(km.action(Mode::Help, &press("j")), Some(Action::HelpDown));
}

#[test]
fn user_file_can_unbind_and_add() {
    let km = user("[normal]\nrefresh = []\nquit = \"Q\"\n\n[help]\nhelp_close = [\"x\"]\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(km.keys_for(Mode::Normal, Action::Refresh).is_empty());
    assert!(
        !km.bindings(Mode::Normal)
            .iter()
            .any(|b| b.0 == Action::Refresh)
    );
    assert_eq!(km.action(Mode::Normal, &press("r")), None);
    assert_eq!(km.action(Mode::Normal, &press("Q")), Some(Action::Quit));
    assert_eq!(km.action(Mode::Normal, &press("q")), None);
    assert_eq!(km.keys_for(Mode::Help, Action::HelpClose), vec![key("x")]);
    // Taking `w` for quit leaves win without its only key, not a clash.
    let km = user("[normal]\nquit = [\"w\"]\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(km.action(Mode::Normal, &press("w")), Some(Action::Quit));
    assert!(km.keys_for(Mode::Normal, Action::Win).is_empty());
}

#[test]
fn missing_user_file_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let km = Keymap::load("arrows", Some(&dir.path().join("nope.toml")));
    assert!(km.is_ok());
}

#[test]
fn errors_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keymap.toml");
    type IsKind = fn(&KeymapErrorKind) -> bool;
    let cases: &[(&str, usize, IsKind)] = &[
        // A clash within the user file: reported at the second binding.
        (
            "[normal]\n# mine\nup = [\"j\"]\n\ndown = [\"x\", \"j\"]\n",
            5,
            |k| {
                matches!(
                    k,
                    KeymapErrorKind::Clash {
                        first: Action::Up,
                        first_line: 3,
                        second: Action::Down,
                        ..
                    }
                )
            },
        ),
        (
            "[normal]\nquit = [\"q\"]\n\n\n\n\nfly = [\"f\"]\n",
            7,
            |k| matches!(k, KeymapErrorKind::UnknownAction { name, .. } if name == "fly"),
        ),
        (
            "[normal]\nquit = [\"q\"]\n[visual]\nup = [\"k\"]\n",
            3,
            |k| matches!(k, KeymapErrorKind::UnknownMode { name } if name == "visual"),
        ),
        (
            "[form]\nform_submit = [\"ctrl-s\"]\nwin = [\"w\"]\n",
            3,
            |k| {
                matches!(
                    k,
                    KeymapErrorKind::WrongMode {
                        mode: Mode::Form,
                        action: Action::Win
                    }
                )
            },
        ),
        (
            "[normal]\nup = [\n  \"k\",\n  \"ctrl-shfit-k\",\n]\n",
            4,
            |k| matches!(k, KeymapErrorKind::BadKey { key, .. } if key == "ctrl-shfit-k"),
        ),
        ("[normal]\nup = [\"k\"]\ndown = [\"j\"\n", 3, |k| {
            matches!(k, KeymapErrorKind::Syntax { .. })
        }),
        ("[normal]\nup = [\"k\"]\nup = [\"j\"]\n", 3, |k| {
            matches!(k, KeymapErrorKind::Syntax { .. })
        }),
        ("[normal]\nup = 5\n", 2, |k| {
            matches!(
                k,
                KeymapErrorKind::NotAList {
                    action: Action::Up,
                    ..
                }
            )
        }),
        ("normal = 1\n", 1, |k| {
            matches!(k, KeymapErrorKind::NotATable { mode: Mode::Normal })
        }),
    ];
    for (text, line, is_kind) in cases {
        std::fs::write(&path, text).unwrap();
        let e = match Keymap::load("default", Some(&path)) {
            Ok(_) => panic!("accepted:\n{text}"),
            Err(e) => e,
        };
        assert_eq!(e.file, path.display().to_string(), "{text}");
        assert_eq!(e.line, *line, "{text}\n{e}");
        assert!(is_kind(&e.kind), "{text}\n{e:?}");
        let shown = e.message(Lang::En);
        assert!(
            shown.contains(&format!("{}:{line}: ", path.display())),
            "{shown}"
        );
    }
}

#[test]
fn messages_in_both_languages() {
    let e = user_err("[normal]\nquit = [\"q\"]\n\n\n\n\nfly = [\"f\"]\n");
    let e = KeymapError {
        file: "/home/x/.config/lejek/keymap.toml".into(),
        ..e
    };
    assert_eq!(
        e.message(Lang::En),
        "keymap: /home/x/.config/lejek/keymap.toml:7: unknown action 'fly' in [normal]"
    );
    assert_eq!(
        e.message(Lang::Pl),
        "mapa klawiszy: /home/x/.config/lejek/keymap.toml:7: nieznana akcja 'fly' w [normal]"
    );
    assert_eq!(e.to_string(), e.message(Lang::En));
    let others = [
        user_err("[normal]\nup = [\"j\"]\ndown = [\"j\"]\n"),
        user_err("[visual]\n"),
        user_err("[form]\nwin = []\n"),
        user_err("[normal]\nup = [\"hyper-k\"]\n"),
        user_err("[normal]\nup = [\"kk\"]\n"),
        user_err("[normal]\nup = [\"\"]\n"),
        user_err("[normal\n"),
        user_err("[normal]\nup = 5\n"),
        user_err("normal = 5\n"),
        Keymap::from_text("emacs", None).err().unwrap(),
        KeymapError {
            file: "k.toml".into(),
            line: 0,
            kind: KeymapErrorKind::Io {
                reason: "denied".into(),
            },
        },
    ];
    for e in others {
        let (en, pl) = (e.message(Lang::En), e.message(Lang::Pl));
        assert_ne!(en, pl);
        assert!(en.starts_with("keymap: "), "{en}");
        assert!(pl.starts_with("mapa klawiszy: "), "{pl}");
        // Every placeholder was filled.
        assert!(!en.contains('{') && !pl.contains('{'), "{en}\n{pl}");
    }
}

#[test]
fn rebinding_over_the_preset_is_not_a_clash_but_twice_in_one_file_is() {
    // `j` moves from down to up: the preset's binding does not count as a second one.
    assert!(user("[normal]\nup = [\"j\"]\n").is_ok());
    // The same key twice for one action is harmless (`Y` and `shift-y` are one key).
    assert!(user("[confirm]\nconfirm_yes = [\"Y\", \"shift-y\"]\n").is_ok());
    let e = user_err("[confirm]\nconfirm_yes = [\"y\"]\nconfirm_no = [\"n\", \"y\"]\n");
    assert_eq!(e.line, 3);
    assert!(matches!(
        e.kind,
        KeymapErrorKind::Clash {
            mode: Mode::Confirm,
            first: Action::ConfirmYes,
            first_line: 2,
            second: Action::ConfirmNo,
            ..
        }
    ));
}

#[test]
fn user_keymap_path_is_under_the_config_dir() {
    if let Some(p) = user_keymap_path() {
        assert!(p.ends_with("lejek/keymap.toml"), "{}", p.display());
    }
}

#[test]
fn a_keymap_nested_thousands_deep_is_a_syntax_error_not_a_crash() {
    // toml stops at 80 levels; kept true here should that change (issue 15 item 4).
    let n = 20_000;
    for text in [
        format!("[normal]\nquit = {}\"q\"{}", "[".repeat(n), "]".repeat(n)),
        format!(
            "[normal]\nquit = {}\"q\"{}",
            "{ a = ".repeat(n),
            " }".repeat(n)
        ),
        format!("[{}normal]", "a.".repeat(n)),
    ] {
        let e = user_err(&text);
        assert!(matches!(e.kind, KeymapErrorKind::Syntax { .. }), "{e:?}");
    }
}
