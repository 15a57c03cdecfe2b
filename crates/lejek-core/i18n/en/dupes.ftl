### English messages of duplicates found and merged (issue 20 item 2).

# Variables: $contact
dupes-err-self = cannot merge contact #{ $contact } with itself
# Variables: $merged, $kept
dupes-err-redirect = contact #{ $merged } was merged into #{ $kept } already; name #{ $kept } instead
# Variables: $other, $keep
dupes-err-kinds = cannot merge #{ $other } into #{ $keep }: a company merges only into a company, a person into a person
# Variables: $login, $contact
dupes-err-not_yours = { $login } may not merge contact #{ $contact }: only an admin or the user who created both contacts may
# Variables: $value
dupes-err-min_score = --min-score must be a number from 0 to 100, not '{ $value }'
dupes-reason-nip = same NIP
dupes-reason-email = same e-mail
dupes-reason-phone = same phone
dupes-reason-name = same name
dupes-hdr-keep = Keep
dupes-hdr-other = Other
dupes-hdr-score = Score
dupes-hdr-reasons = Reasons
dupes-none = No likely duplicates.
# Variables: $count
dupes-count = { $count ->
        [one] { $count } likely pair
       *[other] { $count } likely pairs
    }
# Variables: $other, $other_name, $keep, $keep_name
dupes-ask = Merge #{ $other } { $other_name } into #{ $keep } { $keep_name }? Its deals, persons, notes, comments and files move; #{ $other } stays only as a redirect [y/N]{" "}
dupes-cancelled = Nothing merged.
# Variables: $other, $keep
dupes-merged = #{ $other } merged into #{ $keep }
# Variables: $merged, $kept
dupes-followed = contact #{ $merged } was merged into #{ $kept }: showing #{ $kept }
# Variables: $keep
hist-merged_into = merged into #{ $keep }
# Variables: $other
hist-merged_from = #{ $other } merged in
# Variables: $go_key, $merge_key
dupes-card-hint = { $go_key }: go to it · { $merge_key }: merge it into this contact
dupes-card-title = Possible duplicates
# Variables: $contact, $name, $reasons, $score
dupes-card-line = #{ $contact } { $name } · { $reasons } ({ $score })
# Variables: $other, $keep
dupes-confirm = Merge { $other } into { $keep }? Its deals, persons, notes and files move there.
dupes-tui-not_here = Choose a possible duplicate's line on the contact card
action-merge_duplicate = Contact card: merge the possible duplicate on the line into this contact
help-contact-duplicates-about = Likely duplicate contacts: same NIP, e-mail, phone or name without its legal form
help-contact-duplicates-after =
    lejek contact duplicates
    lejek contact duplicates --min-score 60 --format json
help-contact-duplicates-arg-format = Output: table, csv or json
help-contact-duplicates-arg-min_score = Only pairs scoring at least N (0-100)
help-contact-merge-about = Merge contact OTHER into KEEP: deals, persons, notes, comments and files move; OTHER becomes a redirect
help-contact-merge-after =
    lejek contact merge 12 57
    lejek contact merge 12 57 --yes
help-contact-merge-arg-keep = The contact kept
help-contact-merge-arg-other = The duplicate merged into KEEP
help-contact-merge-arg-yes = Do not ask on a terminal (a script never is asked)
