### English of `--help` for the administration commands: `dict`, `user`, `config`, `serve`, `backup`, `restore`, `check` (issue 16 item 5).

## dict

help-dict-about = Dictionaries: statuses, sources, reasons, roles, stages
help-dict-after =
    lejek dict list deal-stage
    lejek dict add deal-source partner
help-dict-list-about = List a dictionary: contact-status, contact-source, end-reason, contact-role, deal-stage, deal-source, loss-reason
help-dict-list-after =
    lejek dict list deal-stage
    lejek dict list loss-reason --format json
help-dict-list-arg-kind = Which dictionary
help-dict-list-arg-format = Output: table, csv or json
help-dict-add-about = Add an entry (for deal-stage: --stage-kind open|won|lost)
help-dict-add-after =
    lejek dict add deal-source partner
    lejek dict add deal-stage contract --stage-kind open
help-dict-add-arg-kind = Which dictionary
help-dict-add-arg-name = The new entry
help-dict-add-arg-stage_kind = For deal-stage: open, won or lost
help-dict-rename-about = Rename an entry; records keep pointing at it
help-dict-rename-after = lejek dict rename deal-source referral "customer referral"
help-dict-rename-arg-kind = Which dictionary
help-dict-rename-arg-name = The entry's name now
help-dict-rename-arg-new_name = Its new name
help-dict-retire-about = Retire an entry: records keep it, new choices do not offer it
help-dict-retire-after = lejek dict retire loss-reason timing
help-dict-retire-arg-kind = Which dictionary
help-dict-retire-arg-name = The entry to retire
help-dict-unretire-about = Bring a retired entry back: new choices offer it again
help-dict-unretire-after = lejek dict unretire loss-reason timing
help-dict-unretire-arg-kind = Which dictionary
help-dict-unretire-arg-name = The retired entry
help-dict-move-about = Move an entry before or after another: for deal-stage, the pipeline order (open stages first, then won, then lost)
help-dict-move-after =
    lejek dict move deal-stage contract --before negotiation
    lejek dict move deal-source partner --after web
help-dict-move-arg-kind = Which dictionary
help-dict-move-arg-name = The entry to move
help-dict-move-arg-before = Put it just before this entry
help-dict-move-arg-after_entry = Put it just after this entry
help-dict-set-about = Set a deal stage's win probability and rot days (none clears one); won stages are 100% and lost ones 0%
help-dict-set-after =
    lejek dict set deal-stage offer --probability 40 --rot-days 14
    lejek dict set deal-stage offer --rot-days none
help-dict-set-arg-kind = Which dictionary: deal-stage
help-dict-set-arg-name = The stage
help-dict-set-arg-probability = Chance of winning a deal in this stage, 0-100 (percent), or none
help-dict-set-arg-rot_days = An open deal rots after this many days without activity, or none

## user

help-user-about = Users
help-user-after =
    lejek user add piotr --name "Piotr Nowak"
    lejek user list
help-user-add-about = Add a user
help-user-add-after =
    lejek user add piotr --name "Piotr Nowak"
    lejek user add kasia --name "Katarzyna Lis" --admin
help-user-add-arg-login = The login: the system account name of the person
help-user-add-arg-name = Full name (default: the login)
help-user-add-arg-admin = May change dictionaries, add users and repair the store
help-user-set-about = Change a user's name or admin flag (admins only; the last admin stays one)
help-user-set-after =
    lejek user set kasia --admin
    lejek user set piotr --no-admin --name "Piotr Nowak"
help-user-set-arg-login = The login of the user to change
help-user-set-arg-name = New full name
help-user-set-arg-admin = Make the user an admin
help-user-set-arg-no_admin = Take the admin flag away
help-user-list-about = List users
help-user-list-after =
    lejek user list
    lejek user list --format csv
help-user-list-arg-format = Output: table, csv or json

## backup

help-backup-about = Write a consistent snapshot of the whole database (records, history, files) to FILE
help-backup-after = lejek backup /srv/backups/lejek-2026-11-28.bak   # while everyone works
help-backup-arg-file = The backup file to write

## restore

help-restore-about = Restore a backup into an empty database directory (--db)
help-restore-after = lejek --db /srv/lejek-restored restore /srv/backups/lejek-2026-11-28.bak
help-restore-arg-file = The backup file to read

## check

help-check-about = Verify the store; with --repair rebuild the indexes from the records
help-check-after =
    lejek check                 # exit 0: sound; 1: problems, one a line
    lejek check --repair        # admins: rebuild the indexes
help-check-arg-repair = Rebuild every index from the records (admins only)
help-check-arg-format = Output: table, csv or json

## config

help-config-about = The configuration file: where it is, what is in effect, a commented example
help-config-after =
    lejek config init           # a commented example file to edit
    lejek config show           # every setting and where it came from
help-config-path-about = Where the configuration file is (whether or not it exists)
help-config-path-after = lejek config path           # where lejek looks for its configuration file
help-config-show-about = Every setting in effect and where it came from: flag, environment, config file (with the line) or default
help-config-show-after = lejek config show           # every setting in effect and where it came from
help-config-init-about = Write a commented example configuration file (never over an existing one: exit 2)
help-config-init-after = lejek config init           # a commented example file (never over an existing one)

## serve

help-serve-about = Serve the database to other lejek processes over <db>/lejek.sock (shared access)
help-serve-after =
    lejek --db /srv/lejek serve --idle 0    # for a systemd service: never exit
    lejek serve --idle 60
help-serve-arg-idle = Exit after this many seconds without clients (0: never)
