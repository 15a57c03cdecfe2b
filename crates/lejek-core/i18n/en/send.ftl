### English messages of templates and sending (issue 8, SPEC D12); the transports' own
### messages are in `catalog_comms_en`.

entity-template = template
msg-kind-email = e-mail
msg-kind-sms = SMS
# Variables: $a0, $a1, $a2, $a3
hist-msg_sent = { $a0 } to { $a1 } “{ $a2 }” sent ({ $a3 })
# Variables: $a0, $a1, $a2, $a3
hist-msg_failed = { $a0 } to { $a1 } “{ $a2 }” NOT sent: { $a3 }
# Variables: $a0
hist-removed = removed: { $a0 }
col-body = Text
col-subject = Subject
col-file = File
col-files = Attachments
col-length = Length
# Variables: $a0, $a1, $a2, $a3, $a4
err-template_unknown = { $a0 }, line { $a1 }, column { $a2 }: unknown placeholder {"{{"}{ $a3 }{"}}"}; known: { $a4 }
# Variables: $a0, $a1, $a2
err-template_unclosed = { $a0 }, line { $a1 }, column { $a2 }: {"{{"} without a closing {"}}"} (write {"{{{{"} for a literal {"{{"})
err-sms_subject = an SMS has no subject; leave out --subject
err-sms_attachment = an SMS cannot carry attachments; leave out --attach
# Variables: $a0
err-too_many_attachments = a template may have at most { $a0 } attachments
# Variables: $a0
err-attachment_twice = the attachment { $a0 } is given twice
# Variables: $a0
err-no_template = no template named { $a0 } (lejek template list shows them)
# Variables: $a0
err-template_exists = a template named { $a0 } already exists
# Variables: $a0
err-no_attachment = the template has no attachment named { $a0 }
# Variables: $a0
err-bad_message_kind = unknown kind { $a0 }: email or sms
err-template_no_body = give the text with --body or --body-file
err-template_edit_nothing = nothing to change: give --name, --subject, --body, --attach or --detach (or run it on a terminal to use $EDITOR)
# Variables: $a0
err-not_utf8 = { $a0 } is not UTF-8 text
# Variables: $a0
err-editor_failed = the editor ({ $a0 }) failed; nothing was changed
# Variables: $a0, $a1, $a2
sms-segments = { $a0 } SMS ({ $a1 }, { $a2 } characters)
# Variables: $a0
template-editor_help =
    Edit the template below; lines starting with # are ignored.
    Save and quit to keep it, quit without saving to leave it as it was.
    Placeholders: { $a0 }
col-to = To
col-deal = Deal
col-detail = Detail
send-status-sent = sent
send-status-failed = failed
send-status-skipped = sent before
send-status-would_send = would send
# Variables: $a0, $a1, $a2
send-summary = sent { $a0 }, skipped { $a1 } (sent before), failed { $a2 }
# Variables: $a0, $a1, $a2, $a3
send-sent = { $a0 } to { $a1 } sent ({ $a2 }): { $a3 }
send-err-no_email = the contact has no e-mail address
send-err-no_phone = the contact has no phone number
# Variables: $a0
send-err-contact_no_email = { $a0 } has no e-mail address: add one (lejek contact set) or give --to; the failed send is in the deal's history
# Variables: $a0
send-err-contact_no_phone = { $a0 } has no phone number: add one (lejek contact set) or give --to; the failed send is in the deal's history
# Variables: $a0
send-err-no_attachment = the attachment { $a0 } is missing from the file store (lejek check)
# Variables: $a0, $a1, $a2
send-err-wrong_kind = template { $a0 } is for { $a1 }, not { $a2 }
send-err-no_target = give --deal ID or --campaign ID|NAME
# Variables: $a0, $a1
send-err-no_such_failure = history entry { $a0 } is not an unretried failed send of deal { $a1 }
# Variables: $a0
send-err-nothing_to_retry = deal { $a0 } has no failed send to retry
col-result = Result
# Variables: $a0, $a1
send-summary_dry = would send { $a0 }, skipped { $a1 } (sent before); nothing was sent
# Variables: $a0
send-progress = send { $a0 }
# Variables: $a0, $a1
send-log-sent = sent ({ $a0 }): { $a1 }
# Variables: $a0
send-log-failed = NOT sent: { $a0 }
