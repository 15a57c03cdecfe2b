### English of `--help` for `campaign` and `task` and their subcommands (issue 16 item 5).

## campaign

help-campaign-about = Campaigns
help-campaign-after =
    lejek campaign create --name "Christmas 2026" --goals "20 new customers"
    lejek campaign list
help-campaign-create-about = Create a campaign; prints its id. With --contacts or --csv, also one deal per contact (a batch for scripts and cron: re-running adds only what is missing)
help-campaign-create-after =
    lejek campaign create --name "Christmas 2026" --goals "20 new customers" --tag xmas
    lejek campaign create --name "Win-back 2026" --contacts 'status:archived reason:price' \
    {"      "}--deal-title "Win-back offer" --value "4 500,00" --next mon --dry-run
help-campaign-create-arg-name = The campaign's name, which is its identity: a batch re-run finds it by name
help-campaign-create-arg-goals = What the campaign should achieve
help-campaign-create-arg-rules = Communication rules
help-campaign-create-arg-description = The campaign's description; in a batch, the description of every new deal
help-campaign-create-arg-tags = The campaign's tags; in a batch, the tags of every new deal
help-campaign-create-arg-contacts = Contacts matching this filter expression (the filter language) get a deal
help-campaign-create-arg-csv = Contacts listed in a CSV file with a header: matched by id, else nip, else email, else exact name; UTF-8 or Windows-1250; `,` or `;`
help-campaign-create-arg-deal_title = Title of every new deal
help-campaign-create-arg-offer = Offer (product or service) of every new deal
help-campaign-create-arg-value = Initial value of every new deal, e.g. 1200, "12 500,00"
help-campaign-create-arg-currency = Currency of --value (default PLN)
help-campaign-create-arg-owner = Owner of every new deal (default: you)
help-campaign-create-arg-source = Deal source
help-campaign-create-arg-stage = Initial stage (default: the first open stage)
help-campaign-create-arg-next = Next activity of every new deal: 2026-12-01, +3d, pon...
help-campaign-create-arg-dry_run = Show what would be created; write nothing
help-campaign-create-arg-wait = While another lejek process holds the database, wait up to SECONDS for it (default 60), then fail
help-campaign-create-arg-format = table or csv: print the new id; json: the whole record
help-campaign-add_deals-about = Add one deal per contact to an existing campaign (a batch; re-running adds only what is missing)
help-campaign-add_deals-after =
    lejek campaign add-deals "Christmas 2026" --contacts 'tag:vip' --deal-title Calendars
    lejek campaign add-deals 1 --csv fair.csv --deal-title "Fair offer" --format json
help-campaign-add_deals-arg-campaign = Campaign id or name
help-campaign-add_deals-arg-description = The description of every new deal
help-campaign-add_deals-arg-tags = Tags of every new deal
help-campaign-add_deals-arg-contacts = Contacts matching this filter expression (the filter language) get a deal
help-campaign-add_deals-arg-csv = Contacts listed in a CSV file with a header: matched by id, else nip, else email, else exact name; UTF-8 or Windows-1250; `,` or `;`
help-campaign-add_deals-arg-deal_title = Title of every new deal
help-campaign-add_deals-arg-offer = Offer (product or service) of every new deal
help-campaign-add_deals-arg-value = Initial value of every new deal, e.g. 1200, "12 500,00"
help-campaign-add_deals-arg-currency = Currency of --value (default PLN)
help-campaign-add_deals-arg-owner = Owner of every new deal (default: you)
help-campaign-add_deals-arg-source = Deal source
help-campaign-add_deals-arg-stage = Initial stage (default: the first open stage)
help-campaign-add_deals-arg-next = Next activity of every new deal: 2026-12-01, +3d, pon...
help-campaign-add_deals-arg-dry_run = Show what would be created; write nothing
help-campaign-add_deals-arg-wait = While another lejek process holds the database, wait up to SECONDS for it (default 60), then fail
help-campaign-add_deals-arg-format = table, or json for the summary
help-campaign-list-about = List campaigns with their deals: open, won and lost value
help-campaign-list-after =
    lejek campaign list
    lejek campaign list --filter 'tag:xmas' --format json
help-campaign-list-arg-filter = Filter expression (see README: the filter language)
help-campaign-list-arg-sort = Sort by FIELD or FIELD:desc
help-campaign-list-arg-limit = Show at most N rows
help-campaign-list-arg-offset = Skip the first N matching rows (with --limit: a page)
help-campaign-list-arg-count = Print only how many records match (a number), not the records
help-campaign-list-arg-columns = A custom field as one more column of the table (deals and contacts; repeatable)
help-campaign-list-arg-format = Output: table, csv or json
help-campaign-show-about = A campaign with its deals, progress and history
help-campaign-show-after =
    lejek campaign show 1
    lejek campaign show "christmas 2026"     # by name: case and diacritics aside
help-campaign-show-arg-campaign = Id or name
help-campaign-show-arg-format = Output: table, csv or json
help-campaign-comment-about = Add a discussion comment to a campaign; prints its id
help-campaign-comment-after = lejek campaign comment 1 "Materials are ready"
help-campaign-comment-arg-campaign = Campaign id or name
help-campaign-comment-arg-text = The comment
help-campaign-attach-about = Attach a file (marketing material) to a campaign
help-campaign-attach-after =
    lejek campaign attach 1 poster.pdf
    lejek campaign attach "Christmas 2026" leaflet-v2.pdf --name Leaflet
help-campaign-attach-arg-campaign = Campaign id or name
help-campaign-attach-arg-path = The file to attach
help-campaign-attach-arg-name = Name to show (default: the file name)

## task

help-task-about = Tasks and meetings
help-task-after =
    lejek task add --title "Call the printer" --due tomorrow --deal 1
    lejek task list --filter 'assignee:me done:no' --sort due
help-task-add-about = Add a task or meeting; prints its id
help-task-add-after =
    lejek task add --title "Call the printer" --due tomorrow --deal 1
    lejek task add --title "Meeting in Gdańsk" --kind meeting --assignee piotr \
    {"      "}--due "mon 09:15" --campaign "Christmas 2026"
help-task-add-arg-title = What is to be done
help-task-add-arg-kind = task or meeting
help-task-add-arg-assignee = Who does it (a login; default: you)
help-task-add-arg-due = Due date, optionally with a time: 2026-12-01, "2026-12-01 14:30", +2d
help-task-add-arg-deal = The deal it belongs to (id)
help-task-add-arg-campaign = Campaign id or name
help-task-add-arg-format = table or csv: print the new id; json: the whole record
help-task-list-about = List tasks and meetings
help-task-list-after =
    lejek task list --filter 'assignee:me done:no' --sort due
    lejek task list --filter 'kind:meeting due>=today' --format csv
help-task-list-arg-filter = Filter expression (see README: the filter language)
help-task-list-arg-sort = Sort by FIELD or FIELD:desc
help-task-list-arg-limit = Show at most N rows
help-task-list-arg-offset = Skip the first N matching rows (with --limit: a page)
help-task-list-arg-count = Print only how many records match (a number), not the records
help-task-list-arg-columns = A custom field as one more column of the table (deals and contacts; repeatable)
help-task-list-arg-format = Output: table, csv or json
help-task-done-about = Mark a task done (a meeting: held)
help-task-done-after = lejek task done 1
help-task-done-arg-id = The task's id
help-task-set-about = Change a task's title, kind, assignee, due time or deal
help-task-set-after =
    lejek task set 1 --assignee kasia --due "2026-12-02 09:30"
    lejek task set 1 --due ""            # no due date any more
    lejek task set 1 --deal 2            # move it to deal 2
help-task-set-arg-id = The task's id
help-task-set-arg-title = What is to be done
help-task-set-arg-kind = task or meeting
help-task-set-arg-assignee = Who does it (a login)
help-task-set-arg-due = Due date, optionally with a time; an empty value clears it
help-campaign-set-about = Change a campaign's name, goals, rules, description or tags; an empty value clears a text
help-campaign-set-after =
    lejek campaign set "Christmas 2026" --goals "30 new customers" --tag b2b
    lejek campaign set 1 --rules "" --untag xmas     # no rules any more
help-campaign-set-arg-campaign = Campaign id or name
help-campaign-set-arg-name = A new name
help-campaign-set-arg-goals = What the campaign should achieve
help-campaign-set-arg-rules = Communication rules
help-campaign-set-arg-description = The campaign's description
help-campaign-set-arg-tags = Add a tag; repeat for several
help-campaign-set-arg-untag = Remove a tag; repeat for several
help-campaign-file-about = Files attached to a campaign (materials): list them, get one back out
help-campaign-file-after =
    lejek campaign file list 1
    lejek campaign file get 1 poster.pdf -o poster.pdf
help-campaign-file-list-about = The campaign's files (materials): id, name, size, who attached it and when
help-campaign-file-list-after =
    lejek campaign file list "Christmas 2026"
    lejek campaign file list 1 --format csv
help-campaign-file-list-arg-campaign = Campaign id or name
help-campaign-file-list-arg-format = Output: table, csv or json
help-campaign-file-get-about = Write an attached file out, checked against its stored hash
help-campaign-file-get-after =
    lejek campaign file get 1 poster.pdf -o poster.pdf
    lejek campaign file get "Christmas 2026" Leaflet -o leaflet.pdf --force
help-campaign-file-get-arg-campaign = Campaign id or name
help-campaign-file-get-arg-file = The file's name as listed (the newest of that name), or #ID
help-campaign-file-get-arg-output = Where to write it; - for stdout
help-campaign-file-get-arg-force = Overwrite PATH if it exists
help-task-reopen-about = Open a done task again (a meeting: not held after all)
help-task-reopen-after = lejek task reopen 1
help-task-reopen-arg-id = The task's id
help-task-set-arg-deal = Move the task to this deal (id)
help-task-set-arg-no_deal = Take the task off its deal
