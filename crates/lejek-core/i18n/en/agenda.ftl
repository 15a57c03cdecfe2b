### English messages of the agenda, its iCalendar file and the daily digest (issue 19
### items 6, 7).

help-agenda-about = What is due: tasks, meetings, next activities and rotting deals, by day
help-agenda-after =
    lejek agenda                            # today and the next 7 days
    lejek agenda --days 0 --of anna         # Anna's today
    lejek agenda --days 30 --format ics > lejek.ics   # for a calendar app
help-agenda-arg-days = Days ahead after today (0: today only)
help-agenda-arg-of = Whose agenda (default: yours); everyone may read everyone's, as deal and task lists
help-agenda-arg-format = Output: table, csv, json or ics (iCalendar)
help-digest-about = Each user's day: today's agenda and unread notifications, as text or e-mail (cron)
help-digest-after =
    lejek digest                            # your digest on stdout
    lejek digest --all --send               # everyone's, by e-mail, once a day
help-digest-arg-all = Every user's digest (admins only)
help-digest-arg-send = E-mail each digest to its user, once a day however often it runs
help-user-set-arg-email = The address the daily digest goes to ("" clears it)
agenda-kind-task = task
agenda-kind-meeting = meeting
agenda-kind-next_activity = next activity
agenda-kind-rotting = rotting
# Variables: $date
agenda-overdue = overdue since { $date }
agenda-today = today
agenda-tomorrow = tomorrow
agenda-nothing = nothing due
# Variables: $login
agenda-header = Agenda of { $login }
agenda-wd-1 = Monday
agenda-wd-2 = Tuesday
agenda-wd-3 = Wednesday
agenda-wd-4 = Thursday
agenda-wd-5 = Friday
agenda-wd-6 = Saturday
agenda-wd-7 = Sunday
# Variables: $days, $max
agenda-err-days = --days { $days }: at most { $max } days ahead
# Variables: $deal
agenda-ics-deal = deal #{ $deal }
# Variables: $name, $login, $date
digest-title = { $name } ({ $login }): your day, { $date }
# Variables: $count
digest-unread = { $count ->
        [one] { $count } unread notification
       *[other] { $count } unread notifications
    }
# Variables: $date
digest-subject = lejek: your day, { $date }
# Variables: $login
digest-err-all_admin = { $login }: only an admin may make the digest of every user
# Variables: $login
digest-no_email = { $login }: no e-mail address (lejek user set { $login } --email ADDRESS); digest not sent
# Variables: $login, $address
digest-sent = { $login }: digest sent ({ $address })
# Variables: $login
digest-skipped = { $login }: today's digest was sent already
# Variables: $login, $error
digest-failed = { $login }: digest not sent: { $error }
