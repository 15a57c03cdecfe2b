### English of `--help` for `deal` and its subcommands (issue 16 item 5).

## deal

help-deal-about = Deals
help-deal-after =
    lejek deal add --contact 1 --title "A5 flyers" --value "1 234,56" --next +3d
    lejek deal list --filter 'owner:me next:overdue' --sort next
help-deal-add-about = Add a deal; prints its id
help-deal-add-after =
    lejek deal add --contact 1 --title "A5 flyers" --offer Print --value "1 234,56" \
    {"      "}--source referral --next +3d --tag xmas
    lejek deal add --contact 1 --title Calendars --value 800 --currency EUR --format json
help-deal-add-arg-contact = The contact's id
help-deal-add-arg-title = What the deal is about
help-deal-add-arg-offer = The product or service offered
help-deal-add-arg-description = A longer description
help-deal-add-arg-owner = The salesperson's login (default: you); a new owner gets a notification
help-deal-add-arg-stage = Stage (a deal-stage dictionary value or its unambiguous prefix)
help-deal-add-arg-source = Where the deal came from (a deal-source dictionary value)
help-deal-add-arg-value = Money, e.g. 1200, "12 500,00", 1234.56
help-deal-add-arg-currency = Currency of --value (default PLN), e.g. EUR
help-deal-add-arg-next = Next activity: 2026-12-01, +3d, mon, pon, jutro...
help-deal-add-arg-expected = Expected close date: 2027-01-31, +30d, fri, pt...
help-deal-add-arg-tags = Add a tag; repeat for several
help-deal-add-arg-campaign = Campaign id or name
help-deal-add-arg-format = table or csv: print the new id; json: the whole record
help-deal-list-about = List deals
help-deal-list-after =
    lejek deal list --filter 'owner:me next:overdue' --sort next
    lejek deal list --filter 'stage:neg value>=10000' --sort value:desc --limit 20
help-deal-list-arg-filter = Filter expression (see README: the filter language)
help-deal-list-arg-sort = Sort by FIELD or FIELD:desc
help-deal-list-arg-limit = Show at most N rows
help-deal-list-arg-offset = Skip the first N matching rows (with --limit: a page)
help-deal-list-arg-count = Print only how many records match (a number), not the records
help-deal-list-arg-columns = A custom field as one more column of the table (deals and contacts; repeatable)
help-deal-list-arg-format = Output: table, csv or json
help-deal-show-about = A deal with its history
help-deal-show-after =
    lejek deal show 1
    lejek deal show 1 --format json
help-deal-show-arg-id = The record's id
help-deal-show-arg-format = Output: table, csv or json
help-deal-set-about = Change fields of a deal
help-deal-set-after =
    lejek deal set 1 --stage negotiation --value "12 500,00" --next mon
    lejek deal set 1 --owner piotr                  # piotr gets a notification
    lejek deal set 1 --clear next --untag xmas
help-deal-set-arg-id = The deal's id
help-deal-set-arg-title = What the deal is about
help-deal-set-arg-offer = The product or service offered
help-deal-set-arg-description = A longer description
help-deal-set-arg-owner = The salesperson's login (default: you); a new owner gets a notification
help-deal-set-arg-stage = Stage (a deal-stage dictionary value or its unambiguous prefix)
help-deal-set-arg-source = Where the deal came from (a deal-source dictionary value)
help-deal-set-arg-value = Money, e.g. 1200, "12 500,00", 1234.56
help-deal-set-arg-currency = Currency of --value (default PLN), e.g. EUR
help-deal-set-arg-next = Next activity: 2026-12-01, +3d, mon, pon, jutro...
help-deal-set-arg-expected = Expected close date: 2027-01-31, +30d, fri, pt...
help-deal-set-arg-tags = Add a tag; repeat for several
help-deal-set-arg-campaign = Campaign id or name
help-deal-set-arg-contact = Move the deal to another contact
help-deal-set-arg-untag = Remove a tag; repeat for several
help-deal-set-arg-reason = Loss reason, when --stage names a lost stage
help-deal-set-arg-clear = Clear fields: next, expected, value, source, campaign, offer, description
help-deal-note-about = Add a note; prints its id
help-deal-note-after = lejek deal note 1 "The client asks for samples"
help-deal-note-arg-id = The deal's id
help-deal-note-arg-text = The note
help-deal-comment-about = Add a discussion comment; prints its id
help-deal-comment-after = lejek deal comment 1 "I suggest a 5% discount"
help-deal-comment-arg-id = The deal's id
help-deal-comment-arg-text = The comment
help-deal-attach-about = Attach a file (copied into the database)
help-deal-attach-after =
    lejek deal attach 1 ~/offers/offer.pdf
    lejek deal attach 1 scan.pdf --name "Signed contract"
help-deal-attach-arg-id = The deal's id
help-deal-attach-arg-path = The file to attach
help-deal-attach-arg-name = Name to show (default: the file name)
help-deal-win-about = Mark the deal won
help-deal-win-after =
    lejek deal win 1
    lejek deal win 1 --stage won            # when there are several won stages
help-deal-win-arg-id = The deal's id
help-deal-win-arg-stage = Which won stage (default: the first)
help-deal-lose-about = Mark the deal lost; the reason is required
help-deal-lose-after = lejek deal lose 1 --reason price
help-deal-lose-arg-id = The deal's id
help-deal-lose-arg-reason = Why it was lost (a loss-reason dictionary value)
help-deal-lose-arg-stage = Which lost stage (default: the first)
help-deal-file-about = Files attached to a deal: list them, get one back out
help-deal-file-after =
    lejek deal file list 1
    lejek deal file get 1 offer.pdf -o ~/offer.pdf
help-deal-file-list-about = The deal's files: id, name, size, who attached it and when
help-deal-file-list-after =
    lejek deal file list 1
    lejek deal file list 1 --format json
help-deal-file-list-arg-id = The deal's id
help-deal-file-list-arg-format = Output: table, csv or json
help-deal-file-get-about = Write an attached file out, checked against its stored hash
help-deal-file-get-after =
    lejek deal file get 1 offer.pdf -o ~/offer.pdf
    lejek deal file get 1 '#7' -o - | less        # by the file's id, to stdout
help-deal-file-get-arg-id = The deal's id
help-deal-file-get-arg-file = The file's name as listed (the newest of that name), or #ID
help-deal-file-get-arg-output = Where to write it; - for stdout
help-deal-file-get-arg-force = Overwrite PATH if it exists
