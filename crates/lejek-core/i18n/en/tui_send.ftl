### English messages of e-mail and SMS in the TUI (issue 8, SPEC D12): the templates screen,
### the send preview, the status line after a send, and the keys' help.

action-send_message = Send an e-mail or SMS from a template to the deal's contact
action-retry_send = Send the deal's last failed message again
action-templates = Message templates: list, add, edit, remove
action-remove = Remove the template under the cursor (templates screen)
keymap-section-messages = E-mail and SMS
tui-tpl-title = Message templates
# Variables: $a0, $a1
tui-tpl-pick_title = Send to deal #{ $a0 } { $a1 }: choose a template
# Variables: $a0, $a1, $a2, $a3, $a4
tui-tpl-keys = { $a0 }: new · { $a1 }/{ $a4 }: edit · { $a2 }: remove · { $a3 }: close
# Variables: $a0, $a1, $a2, $a3, $a4
tui-tpl-keys_pick = { $a0 }: preview and send · { $a1 }: new · { $a2 }: edit · { $a3 }: remove · { $a4 }: back
# Variables: $a0
tui-tpl-none = No message templates yet: { $a0 } adds one.
# Variables: $a0
tui-tpl-confirm_remove = Remove the template '{ $a0 }'? What was sent with it stays in the deals' histories.
tui-tpl-new = New message template
# Variables: $a0, $a1
tui-tpl-edit = Template { $a0 } ({ $a1 })
tui-tpl-subject = Subject (e-mail)
tui-tpl-body = Text (\n: new line)
tui-tpl-attach = Attach a file
tui-tpl-detach = Remove attachment
tui-tpl-err-sms_subject = an SMS has no subject: leave the subject empty
tui-tpl-err-sms_attachment = an SMS cannot carry attachments: leave the file empty
# Variables: $a0, $a1, $a2
tui-send-title = { $a0 } to deal #{ $a1 } { $a2 }
# Variables: $a0, $a1, $a2
tui-send-retry_title = { $a0 } to deal #{ $a1 } { $a2 }, sent again
# Variables: $a0, $a1
tui-send-keys = { $a0 }: send · { $a1 }: back · type to change the recipient
# Variables: $a0, $a1
tui-send-keys_retry = { $a0 }: send again · { $a1 }: back
# Variables: $a0
tui-send-warn_no_email = { $a0 } has no e-mail address: type one, or sending records a failed send
# Variables: $a0
tui-send-warn_no_phone = { $a0 } has no phone number: type one, or sending records a failed send
tui-send-no_recipient = type the recipient
# Variables: $a0
tui-send-failed_before = Failed: { $a0 }
# Variables: $a0, $a1
tui-send-sending = Sending the { $a0 } to { $a1 }…
# Variables: $a0
tui-send-no_email = NOT sent: { $a0 } has no e-mail address (the failed send is in the deal's history)
# Variables: $a0
tui-send-no_phone = NOT sent: { $a0 } has no phone number (the failed send is in the deal's history)
# Variables: $a0, $a1, $a2, $a3
tui-send-failed = { $a0 } to { $a1 } NOT sent: { $a2 } ({ $a3 }: send again)
# Variables: $a0
tui-send-retry_hint = ({ $a0 }: send again)
