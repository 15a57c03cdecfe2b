### English messages of templates and sending (issue 8, SPEC D12); the transports' own
### messages are in `catalog_comms_en`.

entity-template = template
msg-kind-email = e-mail
msg-kind-sms = SMS
# Variables: $kind, $to, $subject, $transport
hist-msg_sent = { $kind } to { $to } “{ $subject }” sent ({ $transport })
# Variables: $kind, $to, $subject, $error
hist-msg_failed = { $kind } to { $to } “{ $subject }” NOT sent: { $error }
# Variables: $text
hist-removed = removed: { $text }
col-body = Text
col-subject = Subject
col-file = File
col-files = Attachments
col-length = Length
# Variables: $template, $line, $column, $placeholder, $known
err-template_unknown = { $template }, line { $line }, column { $column }: unknown placeholder {"{{"}{ $placeholder }{"}}"}; known: { $known }
# Variables: $template, $line, $column
err-template_unclosed = { $template }, line { $line }, column { $column }: {"{{"} without a closing {"}}"} (write {"{{{{"} for a literal {"{{"})
err-sms_subject = an SMS has no subject; leave out --subject
err-sms_attachment = an SMS cannot carry attachments; leave out --attach
# Variables: $max
err-too_many_attachments = a template may have at most { $max } attachments
# Variables: $file
err-attachment_twice = the attachment { $file } is given twice
# Variables: $name
err-no_template = no template named { $name } (lejek template list shows them)
# Variables: $name
err-template_exists = a template named { $name } already exists
# Variables: $name
err-no_attachment = the template has no attachment named { $name }
# Variables: $kind
err-bad_message_kind = unknown kind { $kind }: email or sms
err-template_no_body = give the text with --body or --body-file
err-template_edit_nothing = nothing to change: give --name, --subject, --body, --attach or --detach (or run it on a terminal to use $EDITOR)
# Variables: $path
err-not_utf8 = { $path } is not UTF-8 text
# Variables: $editor
err-editor_failed = the editor ({ $editor }) failed; nothing was changed
# Variables: $count, $encoding, $length
sms-segments = { $count } SMS ({ $encoding }, { $length } characters)
# Variables: $placeholders
template-editor_help =
    Edit the template below; lines starting with # are ignored.
    Save and quit to keep it, quit without saving to leave it as it was.
    Placeholders: { $placeholders }
col-to = To
col-deal = Deal
col-detail = Detail
send-status-sent = sent
send-status-failed = failed
send-status-skipped = sent before
send-status-would_send = would send
# Variables: $sent, $skipped, $failed
send-summary = sent { $sent ->
        [one] { $sent } message
       *[other] { $sent } messages
    }, skipped { $skipped } (sent before), failed { $failed }
# Variables: $kind, $to, $transport, $detail
send-sent = { $kind } to { $to } sent ({ $transport }): { $detail }
send-err-no_email = the contact has no e-mail address
send-err-no_phone = the contact has no phone number
# Variables: $contact
send-err-contact_no_email = { $contact } has no e-mail address: add one (lejek contact set) or give --to; the failed send is in the deal's history
# Variables: $contact
send-err-contact_no_phone = { $contact } has no phone number: add one (lejek contact set) or give --to; the failed send is in the deal's history
# Variables: $file
send-err-no_attachment = the attachment { $file } is missing from the file store (lejek check)
# Variables: $template, $kind, $wanted
send-err-wrong_kind = template { $template } is for { $kind }, not { $wanted }
send-err-no_target = give --deal ID or --campaign ID|NAME
# Variables: $entry, $deal
send-err-no_such_failure = history entry { $entry } is not an unretried failed send of deal { $deal }
# Variables: $deal
send-err-nothing_to_retry = deal { $deal } has no failed send to retry
col-result = Result
# Variables: $count, $skipped
send-summary_dry = would send { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }, skipped { $skipped } (sent before); nothing was sent
# Variables: $kind
send-progress = send { $kind }
# Variables: $transport, $detail
send-log-sent = sent ({ $transport }): { $detail }
# Variables: $error
send-log-failed = NOT sent: { $error }
