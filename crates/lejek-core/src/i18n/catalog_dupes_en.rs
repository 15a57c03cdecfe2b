//! English messages of duplicates found and merged (issue 20 item 2).

pub const ENTRIES: &[(&str, &str)] = &[
    ("dupes.err.self", "cannot merge contact #{0} with itself"),
    (
        "dupes.err.redirect",
        "contact #{0} was merged into #{1} already; name #{1} instead",
    ),
    (
        "dupes.err.kinds",
        "cannot merge #{0} into #{1}: a company merges only into a company, a person into a person",
    ),
    (
        "dupes.err.not_yours",
        "{0} may not merge contact #{1}: only an admin or the user who created both contacts may",
    ),
    (
        "dupes.err.min_score",
        "--min-score must be a number from 0 to 100, not '{0}'",
    ),
    ("dupes.reason.nip", "same NIP"),
    ("dupes.reason.email", "same e-mail"),
    ("dupes.reason.phone", "same phone"),
    ("dupes.reason.name", "same name"),
    ("dupes.hdr.keep", "Keep"),
    ("dupes.hdr.other", "Other"),
    ("dupes.hdr.score", "Score"),
    ("dupes.hdr.reasons", "Reasons"),
    ("dupes.none", "No likely duplicates."),
    ("dupes.count", "{0} likely pairs"),
    (
        "dupes.ask",
        "Merge #{0} {1} into #{2} {3}? Its deals, persons, notes, comments and files move; #{0} stays only as a redirect [y/N] ",
    ),
    ("dupes.cancelled", "Nothing merged."),
    ("dupes.merged", "#{0} merged into #{1}"),
    (
        "dupes.followed",
        "contact #{0} was merged into #{1}: showing #{1}",
    ),
    ("hist.merged_into", "merged into #{0}"),
    ("hist.merged_from", "#{0} merged in"),
    (
        "dupes.card.hint",
        "{0}: go to it · {1}: merge it into this contact",
    ),
    ("dupes.card.title", "Possible duplicates"),
    ("dupes.card.line", "#{0} {1} · {2} ({3})"),
    (
        "dupes.confirm",
        "Merge {0} into {1}? Its deals, persons, notes and files move there.",
    ),
    (
        "dupes.tui.not_here",
        "Choose a possible duplicate's line on the contact card",
    ),
    (
        "action.merge_duplicate",
        "Contact card: merge the possible duplicate on the line into this contact",
    ),
    (
        "help.contact.duplicates.about",
        "Likely duplicate contacts: same NIP, e-mail, phone or name without its legal form",
    ),
    (
        "help.contact.duplicates.after",
        concat!(
            "lejek contact duplicates\n",
            "lejek contact duplicates --min-score 60 --format json",
        ),
    ),
    (
        "help.contact.duplicates.arg.format",
        "Output: table, csv or json",
    ),
    (
        "help.contact.duplicates.arg.min_score",
        "Only pairs scoring at least N (0-100)",
    ),
    (
        "help.contact.merge.about",
        "Merge contact OTHER into KEEP: deals, persons, notes, comments and files move; OTHER becomes a redirect",
    ),
    (
        "help.contact.merge.after",
        concat!(
            "lejek contact merge 12 57\n",
            "lejek contact merge 12 57 --yes"
        ),
    ),
    ("help.contact.merge.arg.keep", "The contact kept"),
    (
        "help.contact.merge.arg.other",
        "The duplicate merged into KEEP",
    ),
    (
        "help.contact.merge.arg.yes",
        "Do not ask on a terminal (a script never is asked)",
    ),
];
