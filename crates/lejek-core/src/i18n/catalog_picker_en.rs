//! English messages of the forms' record pickers and pre-filled fields (issue 18 items 2, 3).

pub const ENTRIES: &[(&str, &str)] = &[
    ("picker.col.deal", "Deal"),
    (
        "picker.hint.contact",
        "type part of a name, NIP, e-mail, phone or #number",
    ),
    ("picker.hint.deal", "type part of a title or #number"),
    ("picker.hint.campaign", "type part of a name or #number"),
    ("picker.hint.user", "type part of a name or login"),
    ("picker.hint.found", "{0} found · ↑↓ and Enter: choose"),
    (
        "picker.err.choose",
        "choose from the list: type part of a name and press Enter",
    ),
    ("picker.err.none", "nothing matches '{0}'"),
    ("picker.more", "… and {0} more"),
    ("picker.err.lookup", "search failed: {0}"),
];
