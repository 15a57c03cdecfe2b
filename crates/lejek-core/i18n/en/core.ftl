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
# Variables: $a0, $a1, $a2, $a3
demo-generated = generated { $a0 } contacts and { $a1 } deals ({ $a2 } commands) in { $a3 } s
# Variables: $a0
demo-hint = demo database: { $a0 } (use it with: lejek --db { $a0 } ...)

## Errors.

entity-campaign = campaign
entity-contact = contact
entity-deal = deal
entity-dict = dictionary entry
entity-task = task
entity-user = user
# Variables: $a0
err-actor_unknown = '{ $a0 }' is not a lejek user; an admin can add it with: lejek user add { $a0 }
# Variables: $a0
err-admin_only = only an admin may change dictionaries ('{ $a0 }' is not one)
# Variables: $a0
err-already_initialised = a database already exists at { $a0 }
# Variables: $a0
err-bad_clear = cannot clear '{ $a0 }' (one of: next, value, source, campaign, offer, description)
# Variables: $a0
err-bad_currency = not a currency code: '{ $a0 }' (e.g. PLN, EUR)
# Variables: $a0
err-bad_email = not an e-mail address: '{ $a0 }'
# Variables: $a0
err-bad_kind = unknown contact kind '{ $a0 }' (company or person)
# Variables: $a0
err-bad_login = not a valid login: '{ $a0 }' (letters, digits, . _ - @)
# Variables: $a0
err-bad_now = LEJEK_NOW is not an RFC 3339 time: '{ $a0 }'
# Variables: $a0
err-bad_phone = not a phone number: '{ $a0 }'
# Variables: $a0
err-bad_stage_kind = unknown stage kind '{ $a0 }' (open, won or lost)
# Variables: $a0
err-bad_tag = a tag is one word without commas: '{ $a0 }'
# Variables: $a0
err-bad_target = notes, comments and files cannot be attached to a { $a0 }
# Variables: $a0
err-bad_task_kind = unknown task kind '{ $a0 }' (task or meeting)
# Variables: $a0
err-bad_time = not a time: '{ $a0 }' (use HH:MM)
# Variables: $a0
err-campaign_exists = a campaign named '{ $a0 }' already exists
err-company_of_company = only a person can belong to a company
# Variables: $a0
err-control_chars = { $a0 } contains control characters
err-demo_deals_need_contacts = deals need contacts: give --contacts too
# Variables: $a0, $a1, $a2
err-dict_ambiguous = '{ $a1 }' matches several { $a0 } values: { $a2 }
# Variables: $a0, $a1
err-dict_exists = { $a0 } already has '{ $a1 }'
# Variables: $a0, $a1
err-dict_kind = unknown dictionary '{ $a0 }' (one of: { $a1 })
# Variables: $a0, $a1, $a2
err-dict_unknown = unknown { $a0 } '{ $a1 }'; valid values: { $a2 }
# Variables: $a0
err-empty = { $a0 } must not be empty
err-end_reason_required = ending cooperation needs a reason (--reason)
# Variables: $a0
err-file_not_stored = file '{ $a0 }' is not in the file store
# Variables: $a0
err-file_too_big = file { $a0 } is too large to attach
# Variables: $a0, $a1
err-io = { $a0 }: { $a1 }
# Variables: $a0
err-unknown_command = { $a0 }: not available in this build
# Variables: $a0, $a1
err-unknown_shell = unknown shell '{ $a0 }' (one of: { $a1 })
# Variables: $a0, $a1
err-complete_kind = cannot complete '{ $a0 }' (one of: { $a1 })
# Variables: $a0, $a1
err-man_dir = cannot write man pages to { $a0 }: { $a1 }
# Variables: $a0, $a1
man-done = { $a0 } man pages written to { $a1 }
# Variables: $a0
err-last_stage_of_kind = '{ $a0 }' is the last stage of its kind and cannot be retired
# Variables: $a0
err-locked = database { $a0 } is in use by another lejek process; try again when it finishes
err-loss_reason_required = losing a deal needs a loss reason (--reason)
# Variables: $a0
err-negative_value = a deal's value cannot be negative: { $a0 }
# Variables: $a0
err-no_campaign = no campaign '{ $a0 }'
# Variables: $a0, $a1
err-too_many_ids = { $a0 } records asked for at once; at most { $a1 } a request
# Variables: $a0
err-no_contact = no contact with id { $a0 }
# Variables: $a0
err-no_db = no database at { $a0 }; create one with: lejek init
# Variables: $a0
err-no_deal = no deal with id { $a0 }
# Variables: $a0
err-no_file = no such file: { $a0 }
# Variables: $a0
err-no_notification = no notification { $a0 } in your inbox
# Variables: $a0
err-no_stage = no stage with id { $a0 }
# Variables: $a0
err-no_stage_of_kind = the pipeline has no { $a0 } stage
# Variables: $a0
err-no_task = no task with id { $a0 }
# Variables: $a0
err-no_user = no user '{ $a0 }'
# Variables: $a0
err-not_a_company = contact { $a0 } is not a company
err-reason_only_when_lost = a loss reason is only for a lost stage
# Variables: $a0
err-sort_direction = unknown sort direction '{ $a0 }' (asc or desc)
# Variables: $a0, $a1
err-sort_field = cannot sort by '{ $a0 }'; fields: { $a1 }
err-stage_kind_only_stages = only deal stages have a stage kind
# Variables: $a0, $a1
err-stage_not_of_kind = stage '{ $a0 }' is not a { $a1 } stage
# Variables: $a0
err-store = database error: { $a0 }
# Variables: $a0
err-task_done_already = task { $a0 } is already done
err-task_one_link = a task belongs to a deal or a campaign, not both
# Variables: $a0, $a1
err-too_long = { $a0 } is too long (at most { $a1 } characters)
# Variables: $a0, $a1, $a2
err-too_new = database { $a0 } has format { $a1 }, newer than this lejek understands ({ $a2 }); upgrade lejek
# Variables: $a0
err-user_exists = user '{ $a0 }' already exists

## History.

# Variables: $a0
hist-comment = comment: { $a0 }
# Variables: $a0
hist-created = created: { $a0 }
# Variables: $a0, $a1, $a2
hist-deal_created = created: { $a0 } (stage { $a1 }, value { $a2 })
# Variables: $a0, $a1
hist-deal_created_no_value = created: { $a0 } (stage { $a1 })
# Variables: $a0, $a1, $a2
hist-field = { $a0 }: { $a1 } -> { $a2 }
# Variables: $a0
hist-file = file attached: { $a0 }
# Variables: $a0
hist-linked = linked to { $a0 }
hist-none = (none)
# Variables: $a0
hist-note = note: { $a0 }
# Variables: $a0, $a1
hist-stage = stage: { $a0 } -> { $a1 }
# Variables: $a0
hist-task_added = task added: { $a0 }
# Variables: $a0
hist-task_done = task done: { $a0 }
# Variables: $a0, $a1
hist-value = value: { $a0 } -> { $a1 }

## Misc.

# Variables: $a0
inbox-unread = { $a0 } unread
# Variables: $a0
init-done = database ready at { $a0 }
kind-company = company
kind-meeting = meeting
kind-person = person
kind-task = task
# Variables: $a0
list-count = { $a0 } found
# Variables: $a0, $a1
list-count_window = { $a0 } found, { $a1 } shown (--offset, --limit)
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
