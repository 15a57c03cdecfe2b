### English messages of the forms' record pickers and pre-filled fields (issue 18 items 2, 3).

picker-col-deal = Deal
picker-hint-contact = type part of a name, NIP, e-mail, phone or #number
picker-hint-deal = type part of a title or #number
picker-hint-campaign = type part of a name or #number
picker-hint-user = type part of a name or login
# Variables: $a0
picker-hint-found = { $a0 } found · ↑↓ and Enter: choose
picker-err-choose = choose from the list: type part of a name and press Enter
# Variables: $a0
picker-err-none = nothing matches '{ $a0 }'
# Variables: $a0
picker-more = … and { $a0 } more
# Variables: $a0
picker-err-lookup = search failed: { $a0 }
