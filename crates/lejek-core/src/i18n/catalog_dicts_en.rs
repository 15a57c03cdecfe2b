//! English messages of the TUI's dictionary screen (issue 19 item 8): the dictionaries'
//! names, keys, questions and forms.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.dictionaries",
        "Dictionaries: stages, sources, reasons, roles, statuses",
    ),
    ("tui.dict.title", "Dictionaries"),
    ("tui.dict.read_only", "read only: an admin changes them"),
    ("dict.name.contact_status", "Customer statuses"),
    ("dict.name.contact_source", "Acquisition sources"),
    ("dict.name.end_reason", "End-of-cooperation reasons"),
    ("dict.name.contact_role", "Roles"),
    ("dict.name.deal_stage", "Deal stages"),
    ("dict.name.deal_source", "Deal sources"),
    ("dict.name.loss_reason", "Loss reasons"),
    (
        "tui.dict.keys",
        "{0} {1}: dictionary · {2}: new value · {3}: change · {4}: retire/restore · {5} {6}: move stage · {7}: close",
    ),
    (
        "tui.dict.keys_read_only",
        "{0} {1}: dictionary · {2}: close · an admin makes changes",
    ),
    (
        "tui.dict.none",
        "This dictionary is empty: {0} adds a value.",
    ),
    ("tui.dict.retired", "retired"),
    ("col.chance", "Chance"),
    (
        "tui.dict.gone",
        "That value is no longer in the dictionary (#{0})",
    ),
    (
        "tui.dict.confirm_retire",
        "Retire {0} from {1}? Saved records keep it, but it can no longer be chosen.",
    ),
    (
        "tui.dict.confirm_unretire",
        "Restore {0} in {1}? It can be chosen again.",
    ),
    ("tui.dict.new", "New value: {0}"),
    ("tui.dict.edit", "Change {0} ({1})"),
    ("tui.dict.stage_kind", "Stage kind"),
    ("tui.dict.probability", "Win probability (%)"),
    ("tui.dict.rot_days", "Days without activity until it rots"),
    (
        "tui.dict.not_admin",
        "Only an admin changes the dictionaries",
    ),
    (
        "tui.dict.move_stages_only",
        "Only deal stages have an order to set",
    ),
];
