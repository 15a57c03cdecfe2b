//! English messages of templates and sending (issue 8, SPEC D12); the transports' own
//! messages are in `catalog_comms_en`.

pub const ENTRIES: &[(&str, &str)] = &[
    ("entity.template", "template"),
    ("msg.kind.email", "e-mail"),
    ("msg.kind.sms", "SMS"),
    ("hist.msg_sent", "{0} to {1} \u{201c}{2}\u{201d} sent ({3})"),
    (
        "hist.msg_failed",
        "{0} to {1} \u{201c}{2}\u{201d} NOT sent: {3}",
    ),
    ("hist.removed", "removed: {0}"),
    ("col.body", "Text"),
    ("col.subject", "Subject"),
    ("col.file", "File"),
    ("col.files", "Attachments"),
    ("col.length", "Length"),
    (
        "err.template_unknown",
        "{0}, line {1}, column {2}: unknown placeholder {{{3}}}; known: {4}",
    ),
    (
        "err.template_unclosed",
        "{0}, line {1}, column {2}: {{ without a closing }} (write {{{{ for a literal {{)",
    ),
    (
        "err.sms_subject",
        "an SMS has no subject; leave out --subject",
    ),
    (
        "err.sms_attachment",
        "an SMS cannot carry attachments; leave out --attach",
    ),
    (
        "err.too_many_attachments",
        "a template may have at most {0} attachments",
    ),
    ("err.attachment_twice", "the attachment {0} is given twice"),
    (
        "err.no_template",
        "no template named {0} (lejek template list shows them)",
    ),
    ("err.template_exists", "a template named {0} already exists"),
    (
        "err.no_attachment",
        "the template has no attachment named {0}",
    ),
    ("err.bad_message_kind", "unknown kind {0}: email or sms"),
    (
        "err.template_no_body",
        "give the text with --body or --body-file",
    ),
    (
        "err.template_edit_nothing",
        "nothing to change: give --name, --subject, --body, --attach or --detach (or run it on a terminal to use $EDITOR)",
    ),
    ("err.not_utf8", "{0} is not UTF-8 text"),
    (
        "err.editor_failed",
        "the editor ({0}) failed; nothing was changed",
    ),
    ("sms.segments", "{0} SMS ({1}, {2} characters)"),
    (
        "template.editor_help",
        "Edit the template below; lines starting with # are ignored.\nSave and quit to keep it, quit without saving to leave it as it was.\nPlaceholders: {0}",
    ),
    ("col.to", "To"),
    ("col.deal", "Deal"),
    ("col.detail", "Detail"),
    ("send.status.sent", "sent"),
    ("send.status.failed", "failed"),
    ("send.status.skipped", "sent before"),
    ("send.status.would_send", "would send"),
    (
        "send.summary",
        "sent {0}, skipped {1} (sent before), failed {2}",
    ),
    ("send.sent", "{0} to {1} sent ({2}): {3}"),
    ("send.err.no_email", "the contact has no e-mail address"),
    ("send.err.no_phone", "the contact has no phone number"),
    (
        "send.err.contact_no_email",
        "{0} has no e-mail address: add one (lejek contact set) or give --to; the failed send is in the deal's history",
    ),
    (
        "send.err.contact_no_phone",
        "{0} has no phone number: add one (lejek contact set) or give --to; the failed send is in the deal's history",
    ),
    (
        "send.err.no_attachment",
        "the attachment {0} is missing from the file store (lejek check)",
    ),
    ("send.err.wrong_kind", "template {0} is for {1}, not {2}"),
    ("send.err.no_target", "give --deal ID or --campaign ID|NAME"),
    (
        "send.err.no_such_failure",
        "history entry {0} is not an unretried failed send of deal {1}",
    ),
    (
        "send.err.nothing_to_retry",
        "deal {0} has no failed send to retry",
    ),
    ("col.result", "Result"),
    (
        "send.summary_dry",
        "would send {0}, skipped {1} (sent before); nothing was sent",
    ),
    ("send.progress", "send {0}"),
    ("send.log.sent", "sent ({0}): {1}"),
    ("send.log.failed", "NOT sent: {0}"),
];
