//! English messages of the pipeline (issue 19): stage order, probability and rot days,
//! expected close date, days in stage and rotting deals.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.move_before_or_after",
        "Say where to move it: --before NAME or --after NAME",
    ),
    ("err.move_itself", "{0} cannot be moved next to itself"),
    (
        "err.move_other_kind",
        "{0} is a stage of kind {1} and {2} of kind {3}: a stage moves only among stages of its kind (open stages come first, then won, then lost)",
    ),
    (
        "err.stage_set_nothing",
        "Nothing to set: give --probability, --rot-days or both",
    ),
    (
        "err.stage_closed_fixed",
        "{0} is a {1} stage: its probability is fixed (won 100%, lost 0%) and its deals do not rot",
    ),
    (
        "err.probability_range",
        "Probability {0} is out of range: give 0 to 100 (percent)",
    ),
    (
        "err.rot_days_range",
        "Rot days {0} is out of range: give 1 to {1}",
    ),
    (
        "err.stage_set_only_stages",
        "dict set sets deal stages' probability and rot days; {0} has neither",
    ),
    (
        "err.stage_number",
        "{0}: expected a whole number or none, got \"{1}\"",
    ),
    ("col.probability", "Probability"),
    ("col.rot_days", "Rot days"),
    ("col.position", "Place in order"),
    ("col.expected", "Expected close"),
    ("col.days_in_stage", "In stage"),
    ("col.rotting", "Rotting"),
    (
        "show.rotting",
        "no activity for longer than its stage allows",
    ),
];
