//! English messages of removal and the RODO rights (issue 20 items 3 and 4).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "erase.err.admin_remove",
        "{0} is not an admin: only an admin may remove deals and contacts",
    ),
    (
        "erase.err.admin_erase",
        "{0} is not an admin: only an admin may erase a person's data",
    ),
    (
        "erase.err.admin_export",
        "{0} is not an admin: only an admin may export a person's data",
    ),
    (
        "erase.err.contact_has_deals",
        "contact #{0} has {1} deal(s): remove them first, or give --with-deals to remove them with it",
    ),
    (
        "erase.err.company_has_persons",
        "company #{0} has {1} person(s): give --detach-persons to keep them without the company",
    ),
    (
        "erase.err.not_your_task",
        "task #{0} is assigned to {1}: only its assignee or an admin may remove it",
    ),
    ("erase.err.no_file", "no attached file with id {0}"),
    (
        "erase.err.not_your_file",
        "file #{0} was attached by {1}: only they or an admin may remove it",
    ),
    (
        "erase.err.removed_deal",
        "deal #{0} was removed by {1} on {2}",
    ),
    (
        "erase.err.removed_contact",
        "contact #{0} was removed by {1} on {2}",
    ),
    (
        "erase.err.removed_task",
        "task #{0} was removed by {1} on {2}",
    ),
    ("erase.err.note_not_here", "note #{0} is not on deal #{1}"),
    ("erase.redacted", "[removed]"),
    ("erase.anon_name", "[removed #{0}]"),
    (
        "erase.ask",
        "Anonymise {0} everywhere (record, history, notes, messages, files)? This cannot be undone. [y/N]",
    ),
    ("erase.cancelled", "Nothing erased."),
    ("erase.done", "Contact #{0} anonymised."),
    ("erase.field.erased", "personal data erased (RODO)"),
    (
        "erase.confirm.deal",
        "Remove deal {0} with its tasks, notes and files? Its history stays.",
    ),
    (
        "erase.confirm.contact",
        "Remove contact {0}? Its history stays.",
    ),
    (
        "erase.confirm.contact_deals",
        "Remove contact {0} with its {1} deal(s)? Their history stays.",
    ),
    ("erase.confirm.task", "Remove task {0}? Its history stays."),
    ("erase.confirm.file", "Remove file {0}?"),
    ("erase.field.task", "task"),
    // Help of the new commands.
    (
        "help.contact.remove.about",
        "Remove a contact (admins only); its history stays and says who removed it",
    ),
    (
        "help.contact.remove.after",
        concat!(
            "lejek contact remove 12\n",
            "lejek contact remove 12 --with-deals        # its deals go too\n",
            "lejek contact remove 3 --detach-persons     # a company: its persons stay",
        ),
    ),
    ("help.contact.remove.arg.id", "The contact's id"),
    (
        "help.contact.remove.arg.with_deals",
        "Remove its deals too (refused without this while it has any)",
    ),
    (
        "help.contact.remove.arg.detach_persons",
        "A company's persons stay, without the company (refused without this)",
    ),
    (
        "help.contact.export-personal.about",
        "Everything lejek holds about a person, as JSON (RODO art. 15 and 20; admins only)",
    ),
    (
        "help.contact.export-personal.after",
        concat!(
            "lejek contact export-personal 12\n",
            "lejek contact export-personal 12 -o person-12.json",
        ),
    ),
    ("help.contact.export-personal.arg.id", "The contact's id"),
    (
        "help.contact.export-personal.arg.output",
        "Write to this file (readable by you only) instead of standard output",
    ),
    (
        "help.contact.erase.about",
        "Anonymise a person everywhere (RODO art. 17; admins only): amounts, stages and dates stay",
    ),
    (
        "help.contact.erase.after",
        concat!(
            "lejek contact erase 12            # asks first on a terminal\n",
            "lejek contact erase 12 --yes",
        ),
    ),
    ("help.contact.erase.arg.id", "The contact's id"),
    ("help.contact.erase.arg.yes", "Do not ask first"),
    (
        "help.deal.note-remove.about",
        "Remove a note of this deal (yours; an admin may remove anyone's); the history keeps its text",
    ),
    ("help.deal.note-remove.after", "lejek deal note-remove 1 7"),
    ("help.deal.note-remove.arg.id", "The deal's id"),
    ("help.deal.note-remove.arg.note", "The note's id"),
    (
        "help.deal.remove.about",
        "Remove a deal with its tasks, notes and files (admins only); its history stays",
    ),
    ("help.deal.remove.after", "lejek deal remove 1"),
    ("help.deal.remove.arg.id", "The deal's id"),
    (
        "help.deal.file.remove.about",
        "Remove an attached file (who attached it, or an admin)",
    ),
    (
        "help.deal.file.remove.after",
        concat!(
            "lejek deal file remove 1 offer.pdf\n",
            "lejek deal file remove 1 '#7'",
        ),
    ),
    ("help.deal.file.remove.arg.id", "The deal's id"),
    (
        "help.deal.file.remove.arg.file",
        "The file's name as listed (of several: the newest) or #ID",
    ),
    (
        "help.campaign.file.remove.about",
        "Remove an attached file (who attached it, or an admin)",
    ),
    (
        "help.campaign.file.remove.after",
        "lejek campaign file remove 1 poster.pdf",
    ),
    (
        "help.campaign.file.remove.arg.campaign",
        "Campaign id or name",
    ),
    (
        "help.campaign.file.remove.arg.file",
        "The file's name as listed (of several: the newest) or #ID",
    ),
    (
        "help.task.remove.about",
        "Remove a task or meeting (its assignee, or an admin); its history stays",
    ),
    ("help.task.remove.after", "lejek task remove 1"),
    ("help.task.remove.arg.id", "The task's id"),
];
