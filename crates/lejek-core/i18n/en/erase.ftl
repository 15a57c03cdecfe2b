### English messages of removal and the RODO rights (issue 20 items 3 and 4).

# Variables: $login
erase-err-admin_remove = { $login } is not an admin: only an admin may remove deals and contacts
# Variables: $login
erase-err-admin_erase = { $login } is not an admin: only an admin may erase a person's data
# Variables: $login
erase-err-admin_export = { $login } is not an admin: only an admin may export a person's data
# Variables: $contact, $count
erase-err-contact_has_deals = contact #{ $contact } has { $count ->
        [one] { $count } deal: remove it first, or give --with-deals to remove it with the contact
       *[other] { $count } deals: remove them first, or give --with-deals to remove them with the contact
    }
# Variables: $company, $count
erase-err-company_has_persons = company #{ $company } has { $count ->
        [one] { $count } person: give --detach-persons to keep it without the company
       *[other] { $count } persons: give --detach-persons to keep them without the company
    }
# Variables: $task, $assignee
erase-err-not_your_task = task #{ $task } is assigned to { $assignee }: only its assignee or an admin may remove it
# Variables: $file
erase-err-no_file = no attached file with id { $file }
# Variables: $file, $author
erase-err-not_your_file = file #{ $file } was attached by { $author }: only they or an admin may remove it
# Variables: $deal, $login, $when
erase-err-removed_deal = deal #{ $deal } was removed by { $login } on { $when }
# Variables: $contact, $login, $when
erase-err-removed_contact = contact #{ $contact } was removed by { $login } on { $when }
# Variables: $task, $login, $when
erase-err-removed_task = task #{ $task } was removed by { $login } on { $when }
# Variables: $note, $deal
erase-err-note_not_here = note #{ $note } is not on deal #{ $deal }
erase-redacted = [removed]
# Variables: $contact
erase-anon_name = [removed #{ $contact }]
# Variables: $contact
erase-ask = Anonymise { $contact } everywhere (record, history, notes, messages, files)? This cannot be undone. [y/N]
erase-cancelled = Nothing erased.
# Variables: $contact
erase-done = Contact #{ $contact } anonymised.
erase-field-erased = personal data erased (RODO)
# Variables: $deal
erase-confirm-deal = Remove deal { $deal } with its tasks, notes and files? Its history stays.
# Variables: $contact
erase-confirm-contact = Remove contact { $contact }? Its history stays.
# Variables: $contact, $count
erase-confirm-contact_deals = Remove contact { $contact } with its { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }? Their history stays.
# Variables: $task
erase-confirm-task = Remove task { $task }? Its history stays.
# Variables: $file
erase-confirm-file = Remove file { $file }?
erase-field-task = task

## Help of the new commands.

help-contact-remove-about = Remove a contact (admins only); its history stays and says who removed it
help-contact-remove-after =
    lejek contact remove 12
    lejek contact remove 12 --with-deals        # its deals go too
    lejek contact remove 3 --detach-persons     # a company: its persons stay
help-contact-remove-arg-id = The contact's id
help-contact-remove-arg-with_deals = Remove its deals too (refused without this while it has any)
help-contact-remove-arg-detach_persons = A company's persons stay, without the company (refused without this)
help-contact-export_personal-about = Everything lejek holds about a person, as JSON (RODO art. 15 and 20; admins only)
help-contact-export_personal-after =
    lejek contact export-personal 12
    lejek contact export-personal 12 -o person-12.json
help-contact-export_personal-arg-id = The contact's id
help-contact-export_personal-arg-output = Write to this file (readable by you only) instead of standard output
help-contact-erase-about = Anonymise a person everywhere (RODO art. 17; admins only): amounts, stages and dates stay
help-contact-erase-after =
    lejek contact erase 12            # asks first on a terminal
    lejek contact erase 12 --yes
help-contact-erase-arg-id = The contact's id
help-contact-erase-arg-yes = Do not ask first
help-deal-note_remove-about = Remove a note of this deal (yours; an admin may remove anyone's); the history keeps its text
help-deal-note_remove-after = lejek deal note-remove 1 7
help-deal-note_remove-arg-id = The deal's id
help-deal-note_remove-arg-note = The note's id
help-deal-remove-about = Remove a deal with its tasks, notes and files (admins only); its history stays
help-deal-remove-after = lejek deal remove 1
help-deal-remove-arg-id = The deal's id
help-deal-file-remove-about = Remove an attached file (who attached it, or an admin)
help-deal-file-remove-after =
    lejek deal file remove 1 offer.pdf
    lejek deal file remove 1 '#7'
help-deal-file-remove-arg-id = The deal's id
help-deal-file-remove-arg-file = The file's name as listed (of several: the newest) or #ID
help-campaign-file-remove-about = Remove an attached file (who attached it, or an admin)
help-campaign-file-remove-after = lejek campaign file remove 1 poster.pdf
help-campaign-file-remove-arg-campaign = Campaign id or name
help-campaign-file-remove-arg-file = The file's name as listed (of several: the newest) or #ID
help-task-remove-about = Remove a task or meeting (its assignee, or an admin); its history stays
help-task-remove-after = lejek task remove 1
help-task-remove-arg-id = The task's id
