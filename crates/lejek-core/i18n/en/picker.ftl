### English messages of the forms' record pickers and pre-filled fields (issue 18 items 2, 3).

picker-col-deal = Deal
picker-hint-contact = type part of a name, NIP, e-mail, phone or #number
picker-hint-deal = type part of a title or #number
picker-hint-campaign = type part of a name or #number
picker-hint-user = type part of a name or login
# Variables: $count
picker-hint-found = { $count } found · ↑↓ and Enter: choose
picker-err-choose = choose from the list: type part of a name and press Enter
# Variables: $text
picker-err-none = nothing matches '{ $text }'
# Variables: $count
picker-more = … and { $count } more
# Variables: $error
picker-err-lookup = search failed: { $error }
