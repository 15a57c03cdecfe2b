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
# Variables: $a0
agenda-overdue = overdue since { $a0 }
agenda-today = today
agenda-tomorrow = tomorrow
agenda-nothing = nothing due
# Variables: $a0
agenda-header = Agenda of { $a0 }
agenda-wd-1 = Monday
agenda-wd-2 = Tuesday
agenda-wd-3 = Wednesday
agenda-wd-4 = Thursday
agenda-wd-5 = Friday
agenda-wd-6 = Saturday
agenda-wd-7 = Sunday
# Variables: $a0, $a1
agenda-err-days = --days { $a0 }: at most { $a1 } days ahead
# Variables: $a0
agenda-ics-deal = deal #{ $a0 }
# Variables: $a0, $a1, $a2
digest-title = { $a0 } ({ $a1 }): your day, { $a2 }
# Variables: $a0
digest-unread = Unread notifications: { $a0 }
# Variables: $a0
digest-subject = lejek: your day, { $a0 }
# Variables: $a0
digest-err-all_admin = { $a0 }: only an admin may make the digest of every user
# Variables: $a0
digest-no_email = { $a0 }: no e-mail address (lejek user set { $a0 } --email ADDRESS); digest not sent
# Variables: $a0, $a1
digest-sent = { $a0 }: digest sent ({ $a1 })
# Variables: $a0
digest-skipped = { $a0 }: today's digest was sent already
# Variables: $a0, $a1
digest-failed = { $a0 }: digest not sent: { $a1 }
