//! The lines of the `?` help window, generated from the keymap in force so it never lies
//! about a key the user has rebound. Rendering them is the help pane's job.

use crate::i18n::{Lang, tr};
use crate::tui::action::Action;
use crate::tui::key::KeySpec;
use crate::tui::keymap::{Keymap, mode_of};

/// One row of help: the section it belongs to (a heading, translated), the keys
/// (`j, Down`) and what they do (translated).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpLine {
    pub section: String,
    pub keys: String,
    pub text: String,
}

/// Sections in the order a newcomer needs them; each lists its actions in reading order.
const SECTIONS: &[(&str, &[Action])] = {
    use Action::*;
    &[
        (
            "keymap.section.general",
            &[Help, Quit, Back, Open, CommandLine, Refresh],
        ),
        (
            "keymap.section.movement",
            &[Up, Down, PageUp, PageDown, Top, Bottom, NextTab, PrevTab],
        ),
        (
            "keymap.section.views",
            &[
                NextView,
                PrevView,
                ViewDeals,
                ViewContacts,
                ViewCampaigns,
                ViewTasks,
                ViewReports,
                ViewInbox,
            ],
        ),
        (
            "keymap.section.lists",
            &[
                Filter,
                MyDeals,
                SortNext,
                SortReverse,
                Select,
                SelectAll,
                SelectNone,
                New,
                Edit,
            ],
        ),
        (
            "keymap.section.records",
            &[
                ChangeStage,
                SetNextActivity,
                SetValue,
                AddNote,
                AddComment,
                AttachFile,
                Win,
                Lose,
                AssignOwner,
                EditTags,
                TaskDone,
                NewDealForContact,
                BulkCampaign,
                MarkRead,
            ],
        ),
        (
            "keymap.section.messages",
            &[SendMessage, RetrySend, Templates, Remove],
        ),
        ("keymap.section.input", &[InputApply, InputCancel]),
        (
            "keymap.section.form",
            &[FormSubmit, FormCancel, FormNextField, FormPrevField],
        ),
        ("keymap.section.help", &[HelpClose, HelpUp, HelpDown]),
        ("keymap.section.confirm", &[ConfirmYes, ConfirmNo]),
    ]
};

/// Every bound action of every mode, grouped by section; unbound actions are left out.
pub fn help_lines(keymap: &Keymap, lang: Lang) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for (section, actions) in SECTIONS {
        for action in *actions {
            let keys = keymap.keys_for(mode_of(*action), *action);
            if keys.is_empty() {
                continue;
            }
            lines.push(HelpLine {
                section: tr(lang, section).to_owned(),
                keys: keys_text(&keys),
                text: tr(lang, description_key(*action)).to_owned(),
            });
        }
    }
    lines
}

/// Keys as the help shows them: `j, Down`.
pub fn keys_text(keys: &[KeySpec]) -> String {
    keys.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The catalogue key describing an action: `action.<name>`. Spelled out (rather than built
/// from `Action::name`) because catalogue keys are `&'static str`, and so that a new action
/// does not compile until it has a description.
pub fn description_key(action: Action) -> &'static str {
    use Action::*;
    match action {
        Quit => "action.quit",
        Help => "action.help",
        Back => "action.back",
        Open => "action.open",
        Up => "action.up",
        Down => "action.down",
        PageUp => "action.page_up",
        PageDown => "action.page_down",
        Top => "action.top",
        Bottom => "action.bottom",
        NextView => "action.next_view",
        PrevView => "action.prev_view",
        ViewDeals => "action.view_deals",
        ViewContacts => "action.view_contacts",
        ViewCampaigns => "action.view_campaigns",
        ViewTasks => "action.view_tasks",
        ViewReports => "action.view_reports",
        ViewInbox => "action.view_inbox",
        Filter => "action.filter",
        CommandLine => "action.command_line",
        Select => "action.select",
        SelectAll => "action.select_all",
        SelectNone => "action.select_none",
        New => "action.new",
        Edit => "action.edit",
        MyDeals => "action.my_deals",
        SortNext => "action.sort_next",
        SortReverse => "action.sort_reverse",
        NextTab => "action.next_tab",
        PrevTab => "action.prev_tab",
        Refresh => "action.refresh",
        ChangeStage => "action.change_stage",
        SetNextActivity => "action.set_next_activity",
        SetValue => "action.set_value",
        AddNote => "action.add_note",
        AddComment => "action.add_comment",
        AttachFile => "action.attach_file",
        Win => "action.win",
        Lose => "action.lose",
        AssignOwner => "action.assign_owner",
        EditTags => "action.edit_tags",
        TaskDone => "action.task_done",
        NewDealForContact => "action.new_deal_for_contact",
        BulkCampaign => "action.bulk_campaign",
        MarkRead => "action.mark_read",
        SendMessage => "action.send_message",
        RetrySend => "action.retry_send",
        Templates => "action.templates",
        Remove => "action.remove",
        InputApply => "action.input_apply",
        InputCancel => "action.input_cancel",
        FormSubmit => "action.form_submit",
        FormCancel => "action.form_cancel",
        FormNextField => "action.form_next_field",
        FormPrevField => "action.form_prev_field",
        HelpClose => "action.help_close",
        HelpUp => "action.help_up",
        HelpDown => "action.help_down",
        ConfirmYes => "action.confirm_yes",
        ConfirmNo => "action.confirm_no",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tr_dynamic;
    use crate::tui::action::Mode;
    use crate::tui::keymap::{ACTIONS, BASES};

    #[test]
    fn every_action_is_in_exactly_one_section() {
        for a in ACTIONS {
            let n = SECTIONS.iter().filter(|(_, acts)| acts.contains(a)).count();
            assert_eq!(n, 1, "{a:?}");
        }
    }

    #[test]
    fn description_keys_follow_the_action_names_and_exist_in_both_languages() {
        for a in ACTIONS {
            let key = description_key(*a);
            assert_eq!(key, format!("action.{}", a.name()));
            for lang in [Lang::En, Lang::Pl] {
                assert!(tr_dynamic(lang, key).is_some(), "{key} missing in {lang:?}");
            }
        }
        for (section, _) in SECTIONS {
            assert!(tr_dynamic(Lang::En, section).is_some(), "{section}");
        }
    }

    #[test]
    fn help_covers_every_bound_action_in_both_languages() {
        for base in BASES {
            let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
            let bound: usize = Mode::ALL.iter().map(|m| km.bindings(*m).len()).sum();
            let en = help_lines(&km, Lang::En);
            let pl = help_lines(&km, Lang::Pl);
            assert_eq!(en.len(), bound, "{base}");
            assert_eq!(pl.len(), bound, "{base}");
            for l in en.iter().chain(&pl) {
                assert!(!l.section.is_empty() && !l.keys.is_empty() && !l.text.is_empty());
                assert!(!l.text.starts_with("action."), "untranslated: {}", l.text);
            }
            for mode in Mode::ALL {
                for (a, keys) in km.bindings(mode) {
                    let text = tr(Lang::En, description_key(a));
                    assert!(
                        en.iter()
                            .any(|l| l.text == text && l.keys == keys_text(&keys)),
                        "{base}: {a:?}"
                    );
                }
            }
            // Polish help is Polish.
            assert!(pl.iter().zip(&en).any(|(p, e)| p.text != e.text));
            assert!(pl.iter().any(|l| l.text == "Interesy"));
        }
    }

    #[test]
    fn help_shows_the_keys_in_force_and_skips_unbound_actions() {
        let km = Keymap::from_text(
            "default",
            Some(("k.toml", "[normal]\nup = [\"j\"]\nrefresh = []\n")),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let lines = help_lines(&km, Lang::En);
        let up = tr(Lang::En, "action.up");
        let down = tr(Lang::En, "action.down");
        assert!(lines.iter().any(|l| l.text == up && l.keys == "j"));
        assert!(lines.iter().any(|l| l.text == down && l.keys == "Down"));
        let refresh = tr(Lang::En, "action.refresh");
        assert!(!lines.iter().any(|l| l.text == refresh));
        let first = &lines[0];
        assert_eq!(first.section, "General");
        assert_eq!(first.keys, "?, F1");
    }
}
