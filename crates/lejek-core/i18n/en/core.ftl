### English messages. Keys are stable; `{0}`, `{1}`... are arguments.

## Column and field labels.

col-actor = Who
col-address = Address
col-admin = Admin
col-assignee = Assignee
col-campaign = Campaign
col-campaign_id = Campaign id
col-city = City
col-closed = Closed
col-company = Company
col-company_id = Company id
col-contact = Contact
col-contact_id = Contact id
col-created = Created
col-currency = Currency
col-deal_id = Deal id
col-deals = Deals
col-description = Description
col-done = Done
col-due = Due
col-email = E-mail
col-end_reason = End reason
col-ended = Ended
col-goals = Goals
col-id = Id
col-kind = Kind
col-last = Last activity
col-login = Login
col-loss_reason = Loss reason
col-lost_value = Lost value
col-name = Name
col-next = Next activity
col-nip = NIP
col-offer = Offer
col-open_value = Open value
col-owner = Owner
col-phone = Phone
col-record = Record
col-retired = Retired
col-roles = Roles
col-rules = Communication rules
col-source = Source
col-stage = Stage
col-stage_kind = Stage kind
col-status = Status
col-tag = Tag
col-tags = Tags
col-text = Text
col-title = Title
col-value = Value
col-what = What
col-when = When
col-won_value = Won value
# Variables: $contacts, $deals, $commands, $seconds
demo-generated = generated { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } and { $deals ->
        [one] { $deals } deal
       *[other] { $deals } deals
    } ({ $commands ->
        [one] { $commands } command
       *[other] { $commands } commands
    }) in { $seconds } s
# Variables: $path
demo-hint = demo database: { $path } (use it with: lejek --db { $path } ...)

## Errors.

entity-campaign = campaign
entity-contact = contact
entity-deal = deal
entity-dict = dictionary entry
entity-task = task
entity-user = user
# Variables: $login
err-actor_unknown = '{ $login }' is not a lejek user; an admin can add it with: lejek user add { $login }
# Variables: $login
err-admin_only = only an admin may change dictionaries ('{ $login }' is not one)
# Variables: $path
err-already_initialised = a database already exists at { $path }
# Variables: $field
err-bad_clear = cannot clear '{ $field }' (one of: next, value, source, campaign, offer, description)
# Variables: $value
err-bad_currency = not a currency code: '{ $value }' (e.g. PLN, EUR)
# Variables: $value
err-bad_email = not an e-mail address: '{ $value }'
# Variables: $value
err-bad_kind = unknown contact kind '{ $value }' (company or person)
# Variables: $value
err-bad_login = not a valid login: '{ $value }' (letters, digits, . _ - @)
# Variables: $value
err-bad_now = LEJEK_NOW is not an RFC 3339 time: '{ $value }'
# Variables: $value
err-bad_phone = not a phone number: '{ $value }'
# Variables: $value
err-bad_stage_kind = unknown stage kind '{ $value }' (open, won or lost)
# Variables: $value
err-bad_tag = a tag is one word without commas: '{ $value }'
# Variables: $kind
err-bad_target = notes, comments and files cannot be attached to a { $kind }
# Variables: $value
err-bad_task_kind = unknown task kind '{ $value }' (task or meeting)
# Variables: $value
err-bad_time = not a time: '{ $value }' (use HH:MM)
# Variables: $name
err-campaign_exists = a campaign named '{ $name }' already exists
err-company_of_company = only a person can belong to a company
# Variables: $field
err-control_chars = { $field } contains control characters
err-demo_deals_need_contacts = deals need contacts: give --contacts too
# Variables: $dictionary, $value, $matches
err-dict_ambiguous = '{ $value }' matches several { $dictionary } values: { $matches }
# Variables: $dictionary, $value
err-dict_exists = { $dictionary } already has '{ $value }'
# Variables: $dictionary, $known
err-dict_kind = unknown dictionary '{ $dictionary }' (one of: { $known })
# Variables: $dictionary, $value, $valid
err-dict_unknown = unknown { $dictionary } '{ $value }'; valid values: { $valid }
# Variables: $field
err-empty = { $field } must not be empty
err-end_reason_required = ending cooperation needs a reason (--reason)
# Variables: $file
err-file_not_stored = file '{ $file }' is not in the file store
# Variables: $file
err-file_too_big = file { $file } is too large to attach
# Variables: $path, $error
err-io = { $path }: { $error }
# Variables: $shell, $known
err-unknown_shell = unknown shell '{ $shell }' (one of: { $known })
# Variables: $kind, $known
err-complete_kind = cannot complete '{ $kind }' (one of: { $known })
# Variables: $dir, $error
err-man_dir = cannot write man pages to { $dir }: { $error }
# Variables: $count, $dir
man-done = { $count ->
        [one] { $count } man page
       *[other] { $count } man pages
    } written to { $dir }
# Variables: $stage
err-last_stage_of_kind = '{ $stage }' is the last stage of its kind and cannot be retired
# Variables: $path
err-locked = database { $path } is in use by another lejek process; try again when it finishes
err-loss_reason_required = losing a deal needs a loss reason (--reason)
# Variables: $value
err-negative_value = a deal's value cannot be negative: { $value }
# Variables: $campaign
err-no_campaign = no campaign '{ $campaign }'
# Variables: $count, $max
err-too_many_ids = { $count } records asked for at once; at most { $max } a request
# Variables: $id
err-no_contact = no contact with id { $id }
# Variables: $path
err-no_db = no database at { $path }; create one with: lejek init
# Variables: $id
err-no_deal = no deal with id { $id }
# Variables: $path
err-no_file = no such file: { $path }
# Variables: $id
err-no_notification = no notification { $id } in your inbox
# Variables: $id
err-no_stage = no stage with id { $id }
# Variables: $kind
err-no_stage_of_kind = the pipeline has no { $kind } stage
# Variables: $id
err-no_task = no task with id { $id }
# Variables: $login
err-no_user = no user '{ $login }'
# Variables: $id
err-not_a_company = contact { $id } is not a company
err-reason_only_when_lost = a loss reason is only for a lost stage
# Variables: $value
err-sort_direction = unknown sort direction '{ $value }' (asc or desc)
# Variables: $field, $fields
err-sort_field = cannot sort by '{ $field }'; fields: { $fields }
err-stage_kind_only_stages = only deal stages have a stage kind
# Variables: $stage, $kind
err-stage_not_of_kind = stage '{ $stage }' is not a { $kind } stage
# Variables: $error
err-store = database error: { $error }
# Variables: $id
err-task_done_already = task { $id } is already done
err-task_one_link = a task belongs to a deal or a campaign, not both
# Variables: $field, $max
err-too_long = { $field } is too long (at most { $max } characters)
# Variables: $path, $format, $known
err-too_new = database { $path } has format { $format }, newer than this lejek understands ({ $known }); upgrade lejek
# Variables: $login
err-user_exists = user '{ $login }' already exists

## History.

# Variables: $text
hist-comment = comment: { $text }
# Variables: $name
hist-created = created: { $name }
# Variables: $title, $stage, $value
hist-deal_created = created: { $title } (stage { $stage }, value { $value })
# Variables: $title, $stage
hist-deal_created_no_value = created: { $title } (stage { $stage })
# Variables: $field, $old, $new
hist-field = { $field }: { $old } -> { $new }
# Variables: $file
hist-file = file attached: { $file }
# Variables: $record
hist-linked = linked to { $record }
hist-none = (none)
# Variables: $text
hist-note = note: { $text }
# Variables: $old, $new
hist-stage = stage: { $old } -> { $new }
# Variables: $title
hist-task_added = task added: { $title }
# Variables: $title
hist-task_done = task done: { $title }
# Variables: $old, $new
hist-value = value: { $old } -> { $new }

## Misc.

# Variables: $count
inbox-unread = { $count } unread
# Variables: $path
init-done = database ready at { $path }
kind-company = company
kind-meeting = meeting
kind-person = person
kind-task = task
# Variables: $count
list-count = { $count } found
# Variables: $count, $shown
list-count_window = { $count } found, { $shown } shown (--offset, --limit)
show-deals = Deals
show-discussion = Discussion
show-files = Files
show-history = History
show-none = (none)
show-notes = Notes
show-per_stage = Deals per stage
show-persons = Persons
show-tasks = Tasks
stage-lost = lost
stage-open = open
stage-won = won
yes = yes
