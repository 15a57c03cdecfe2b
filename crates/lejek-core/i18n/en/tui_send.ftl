### English messages of e-mail and SMS in the TUI (issue 8, SPEC D12): the templates screen,
### the send preview, the status line after a send, and the keys' help.

action-send_message = Send an e-mail or SMS from a template to the deal's contact
action-retry_send = Send the deal's last failed message again
action-templates = Message templates: list, add, edit, remove
action-remove = Remove what is under the cursor: a deal, contact or task (after a question), a note, comment or file on a card, a template
keymap-section-messages = E-mail and SMS
tui-tpl-title = Message templates
# Variables: $deal, $title
tui-tpl-pick_title = Send to deal #{ $deal } { $title }: choose a template
# Variables: $new_key, $edit_key, $remove_key, $close_key, $edit_alt_key
tui-tpl-keys = { $new_key }: new · { $edit_key }/{ $edit_alt_key }: edit · { $remove_key }: remove · { $close_key }: close
# Variables: $send_key, $new_key, $edit_key, $remove_key, $back_key
tui-tpl-keys_pick = { $send_key }: preview and send · { $new_key }: new · { $edit_key }: edit · { $remove_key }: remove · { $back_key }: back
# Variables: $add_key
tui-tpl-none = No message templates yet: { $add_key } adds one.
# Variables: $name
tui-tpl-confirm_remove = Remove the template '{ $name }'? What was sent with it stays in the deals' histories.
tui-tpl-new = New message template
# Variables: $name, $kind
tui-tpl-edit = Template { $name } ({ $kind })
tui-tpl-subject = Subject (e-mail)
tui-tpl-body = Text (\n: new line)
tui-tpl-attach = Attach a file
tui-tpl-detach = Remove attachment
tui-tpl-err-sms_subject = an SMS has no subject: leave the subject empty
tui-tpl-err-sms_attachment = an SMS cannot carry attachments: leave the file empty
# Variables: $kind, $deal, $title
tui-send-title = { $kind } to deal #{ $deal } { $title }
# Variables: $kind, $deal, $title
tui-send-retry_title = { $kind } to deal #{ $deal } { $title }, sent again
# Variables: $send_key, $back_key
tui-send-keys = { $send_key }: send · { $back_key }: back · type to change the recipient
# Variables: $send_key, $back_key
tui-send-keys_retry = { $send_key }: send again · { $back_key }: back
# Variables: $contact
tui-send-warn_no_email = { $contact } has no e-mail address: type one, or sending records a failed send
# Variables: $contact
tui-send-warn_no_phone = { $contact } has no phone number: type one, or sending records a failed send
tui-send-no_recipient = type the recipient
# Variables: $error
tui-send-failed_before = Failed: { $error }
# Variables: $kind, $to
tui-send-sending = Sending the { $kind } to { $to }…
# Variables: $contact
tui-send-no_email = NOT sent: { $contact } has no e-mail address (the failed send is in the deal's history)
# Variables: $contact
tui-send-no_phone = NOT sent: { $contact } has no phone number (the failed send is in the deal's history)
# Variables: $kind, $to, $error, $retry_key
tui-send-failed = { $kind } to { $to } NOT sent: { $error } ({ $retry_key }: send again)
# Variables: $retry_key
tui-send-retry_hint = ({ $retry_key }: send again)
