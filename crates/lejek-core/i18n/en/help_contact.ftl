### English of `--help` for `contact` and its subcommands (issue 16 item 5).

## contact

help-contact-about = Contacts: companies and persons
help-contact-after =
    lejek contact add --kind company --name "Łódzka Drukarnia" --city Łódź
    lejek contact list --filter 'city:lodz kind:company' --sort name
help-contact-add-about = Add a contact; prints its id
help-contact-add-after =
    lejek contact add --kind company --name "Łódzka Drukarnia" --nip 725-183-29-19 \
    {"      "}--city Łódź --email biuro@drukarnia.pl --source referral --tag vip
    lejek contact add --kind person --name "Jan Kowalski" --company 1 --role "decision maker"
help-contact-add-arg-kind = company or person
help-contact-add-arg-name = Company name, or a person's first and last name
help-contact-add-arg-company = The company a person belongs to (contact id)
help-contact-add-arg-email = E-mail address ("" clears it)
help-contact-add-arg-phone = Phone number ("" clears it)
help-contact-add-arg-city = City ("" clears it)
help-contact-add-arg-address = Street address ("" clears it)
help-contact-add-arg-nip = Tax number (NIP), e.g. 725-183-29-19; the checksum is verified
help-contact-add-arg-status = Contact status (a contact-status dictionary value)
help-contact-add-arg-source = Where the contact came from (a contact-source dictionary value)
help-contact-add-arg-tags = Add a tag; repeat for several
help-contact-add-arg-roles = Add a role (a contact-role dictionary value); repeat for several
help-contact-add-arg-format = table or csv: print the new id; json: the whole record
help-contact-list-about = List contacts
help-contact-list-after =
    lejek contact list --filter 'city:lodz kind:company' --sort name
    lejek contact list --filter 'tag:vip' --format csv > vip.csv
help-contact-list-arg-filter = Filter expression (see README: the filter language)
help-contact-list-arg-sort = Sort by FIELD or FIELD:desc
help-contact-list-arg-limit = Show at most N rows
help-contact-list-arg-offset = Skip the first N matching rows (with --limit: a page)
help-contact-list-arg-count = Print only how many records match (a number), not the records
help-contact-list-arg-columns = A custom field as one more column of the table (deals and contacts; repeatable)
help-contact-list-arg-format = Output: table, csv or json
help-contact-show-about = A contact with its deals and history
help-contact-show-after =
    lejek contact show 1
    lejek contact show 1 --format json
help-contact-show-arg-id = The record's id
help-contact-show-arg-format = Output: table, csv or json
help-contact-set-about = Change fields of a contact
help-contact-set-after =
    lejek contact set 1 --phone "+48 42 600 100 200" --tag printing --untag vip
    lejek contact set 1 --reopen        # a customer again after an end of cooperation
help-contact-set-arg-id = The contact's id
help-contact-set-arg-kind = company or person
help-contact-set-arg-name = Company name, or a person's first and last name
help-contact-set-arg-company = The company a person belongs to (contact id)
help-contact-set-arg-email = E-mail address ("" clears it)
help-contact-set-arg-phone = Phone number ("" clears it)
help-contact-set-arg-city = City ("" clears it)
help-contact-set-arg-address = Street address ("" clears it)
help-contact-set-arg-nip = Tax number (NIP), e.g. 725-183-29-19; the checksum is verified
help-contact-set-arg-status = Contact status (a contact-status dictionary value)
help-contact-set-arg-source = Where the contact came from (a contact-source dictionary value)
help-contact-set-arg-tags = Add a tag; repeat for several
help-contact-set-arg-roles = Add a role (a contact-role dictionary value); repeat for several
help-contact-set-arg-untag = Remove a tag; repeat for several
help-contact-set-arg-unrole = Remove a role; repeat for several
help-contact-set-arg-reopen = Bring an ended customer back (clears end reason and date)
help-contact-end-about = End of cooperation: reason and date (C4)
help-contact-end-after =
    lejek contact end 1 --reason price
    lejek contact end 1 --reason competition --date 2026-11-01
help-contact-end-arg-id = The contact's id
help-contact-end-arg-reason = Why the cooperation ended (an end-reason dictionary value)
help-contact-end-arg-date = Default: today
help-contact-reopen-about = A customer again after an end of cooperation (clears the end reason and date; the history keeps them)
help-contact-reopen-after = lejek contact reopen 1
help-contact-reopen-arg-id = The contact's id
