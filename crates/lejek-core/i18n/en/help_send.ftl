### English of `--help` for `template` and `send` and their subcommands (issue 16 item 5).

## template

help-template-about = E-mail and SMS templates with placeholders and default attachments (D12)
help-template-after =
    lejek template add --kind sms --name reminder --body "See you {"{{"}deal.next_activity{"}}"}"
    lejek template list
help-template-add-about = Add an e-mail or SMS template; its placeholders are checked now, not when it is sent
help-template-add-after =
    lejek template add --kind email --name offer --subject "Offer for {"{{"}contact.name{"}}"}" \
    {"      "}--body "Good morning {"{{"}contact.first_name{"}}"}, {"{{"}deal.title{"}}"}: {"{{"}deal.value{"}}"}"
    lejek template add --kind sms --name reminder --body "Reminder: {"{{"}deal.title{"}}"}, {"{{"}owner.name{"}}"}"
help-template-add-arg-kind = email or sms
help-template-add-arg-name = The template's name, unique (what `send --template` takes)
help-template-add-arg-subject = The e-mail's subject (e-mail only); may use placeholders
help-template-add-arg-body = The text, with placeholders such as {"{{"}contact.first_name{"}}"}
help-template-add-arg-body_file = Read the text from FILE (`-`: standard input)
help-template-add-arg-attach = A default attachment (e-mail only); repeat for more
help-template-add-arg-format = table or csv: print the new id; json: the whole template
help-template-edit-about = Change a template; with no changes given on a terminal, open it in $EDITOR
help-template-edit-after =
    lejek template edit offer --subject "Our offer: {"{{"}deal.title{"}}"}"
    lejek template edit offer --attach price-list.pdf --detach old-list.pdf
    lejek template edit offer                     # in $EDITOR
help-template-edit-arg-template = The template's name
help-template-edit-arg-name = A new name
help-template-edit-arg-subject = A new subject (e-mail only)
help-template-edit-arg-body = A new text
help-template-edit-arg-body_file = Read the text from FILE (`-`: standard input)
help-template-edit-arg-attach = Add a default attachment (a file of the same name is replaced)
help-template-edit-arg-detach = Remove the default attachment of this name
help-template-list-about = List the templates
help-template-list-after =
    lejek template list
    lejek template list --format json
help-template-list-arg-format = Output: table, csv or json
help-template-show-about = A template in full, with its placeholders and (SMS) its length in segments
help-template-show-after =
    lejek template show offer
    lejek template show offer --format json
help-template-show-arg-template = The template's name
help-template-show-arg-format = Output: table, csv or json
help-template-remove-about = Remove a template (what was sent with it stays in the deals' histories)
help-template-remove-after = lejek template remove reminder
help-template-remove-arg-template = The template's name

## send

help-send-about = Send an e-mail or SMS from a template to a deal's contact, or to a campaign (D12)
help-send-after =
    lejek send email --deal 1 --template offer --dry-run
    lejek send sms --campaign "Christmas 2026" --template reminder   # cron: once per deal
help-send-email-about = Send an e-mail from a template to a deal's contact (or a campaign's)
help-send-email-after =
    lejek send email --deal 1 --template offer --dry-run    # preview, send nothing
    lejek send email --deal 1 --template offer --attach terms.pdf
    lejek send email --campaign "Christmas 2026" --template offer   # once per open deal
help-send-email-arg-deal = The deal whose contact gets the message
help-send-email-arg-campaign = Every open deal of this campaign (id or name), once per deal: a re-run sends only to deals not sent this template yet
help-send-email-arg-template = The template's name
help-send-email-arg-to = Send here instead of the contact's e-mail address or phone number
help-send-email-arg-attach = Attach this file too (e-mail only); repeat for more
help-send-email-arg-dry_run = Show the message (and an SMS's length) without sending or writing anything
help-send-email-arg-format = Output: table or json
help-send-sms-about = Send an SMS from a template to a deal's contact (or a campaign's)
help-send-sms-after =
    lejek send sms --deal 1 --template reminder --dry-run   # preview with its length
    lejek send sms --campaign "Christmas 2026" --template reminder
help-send-sms-arg-deal = The deal whose contact gets the message
help-send-sms-arg-campaign = Every open deal of this campaign (id or name), once per deal: a re-run sends only to deals not sent this template yet
help-send-sms-arg-template = The template's name
help-send-sms-arg-to = Send here instead of the contact's e-mail address or phone number
help-send-sms-arg-attach = Attach this file too (e-mail only); repeat for more
help-send-sms-arg-dry_run = Show the message (and an SMS's length) without sending or writing anything
help-send-sms-arg-format = Output: table or json
help-send-retry-about = Send a failed message of a deal again (the last one, or the history entry --event)
help-send-retry-after =
    lejek send retry --deal 1
    lejek send retry --deal 1 --event 5120
help-send-retry-arg-deal = The deal's id
help-send-retry-arg-event = The failed send's history entry (`deal show --format json`: seq)
help-send-log-about = Every message sent (or not) to a deal's contact, in full, oldest first
help-send-log-after =
    lejek send log --deal 1
    lejek send log --deal 1 --failed --format json
help-send-log-arg-deal = The deal's id
help-send-log-arg-failed = Only the failed sends not sent since (what `send retry` would send)
help-send-log-arg-format = Output: table or json
