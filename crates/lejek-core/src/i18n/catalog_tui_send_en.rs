//! English messages of e-mail and SMS in the TUI (issue 8, SPEC D12): the templates screen,
//! the send preview, the status line after a send, and the keys' help.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.send_message",
        "Send an e-mail or SMS from a template to the deal's contact",
    ),
    (
        "action.retry_send",
        "Send the deal's last failed message again",
    ),
    (
        "action.templates",
        "Message templates: list, add, edit, remove",
    ),
    (
        "action.remove",
        "Remove what is under the cursor: a deal, contact or task (after a question), a note, comment or file on a card, a template",
    ),
    ("keymap.section.messages", "E-mail and SMS"),
    ("tui.tpl.title", "Message templates"),
    (
        "tui.tpl.pick_title",
        "Send to deal #{0} {1}: choose a template",
    ),
    (
        "tui.tpl.keys",
        "{0}: new · {1}/{4}: edit · {2}: remove · {3}: close",
    ),
    (
        "tui.tpl.keys_pick",
        "{0}: preview and send · {1}: new · {2}: edit · {3}: remove · {4}: back",
    ),
    ("tui.tpl.none", "No message templates yet: {0} adds one."),
    (
        "tui.tpl.confirm_remove",
        "Remove the template '{0}'? What was sent with it stays in the deals' histories.",
    ),
    ("tui.tpl.new", "New message template"),
    ("tui.tpl.edit", "Template {0} ({1})"),
    ("tui.tpl.subject", "Subject (e-mail)"),
    ("tui.tpl.body", "Text (\\n: new line)"),
    ("tui.tpl.attach", "Attach a file"),
    ("tui.tpl.detach", "Remove attachment"),
    (
        "tui.tpl.err.sms_subject",
        "an SMS has no subject: leave the subject empty",
    ),
    (
        "tui.tpl.err.sms_attachment",
        "an SMS cannot carry attachments: leave the file empty",
    ),
    ("tui.send.title", "{0} to deal #{1} {2}"),
    ("tui.send.retry_title", "{0} to deal #{1} {2}, sent again"),
    (
        "tui.send.keys",
        "{0}: send · {1}: back · type to change the recipient",
    ),
    ("tui.send.keys_retry", "{0}: send again · {1}: back"),
    (
        "tui.send.warn_no_email",
        "{0} has no e-mail address: type one, or sending records a failed send",
    ),
    (
        "tui.send.warn_no_phone",
        "{0} has no phone number: type one, or sending records a failed send",
    ),
    ("tui.send.no_recipient", "type the recipient"),
    ("tui.send.failed_before", "Failed: {0}"),
    ("tui.send.sending", "Sending the {0} to {1}…"),
    (
        "tui.send.no_email",
        "NOT sent: {0} has no e-mail address (the failed send is in the deal's history)",
    ),
    (
        "tui.send.no_phone",
        "NOT sent: {0} has no phone number (the failed send is in the deal's history)",
    ),
    (
        "tui.send.failed",
        "{0} to {1} NOT sent: {2} ({3}: send again)",
    ),
    ("tui.send.retry_hint", "({0}: send again)"),
];
