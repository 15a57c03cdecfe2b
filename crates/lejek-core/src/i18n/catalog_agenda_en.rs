//! English messages of the agenda, its iCalendar file and the daily digest (issue 19
//! items 6, 7).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "help.agenda.about",
        "What is due: tasks, meetings, next activities and rotting deals, by day",
    ),
    (
        "help.agenda.after",
        concat!(
            "lejek agenda                            # today and the next 7 days\n",
            "lejek agenda --days 0 --of anna         # Anna's today\n",
            "lejek agenda --days 30 --format ics > lejek.ics   # for a calendar app",
        ),
    ),
    (
        "help.agenda.arg.days",
        "Days ahead after today (0: today only)",
    ),
    (
        "help.agenda.arg.of",
        "Whose agenda (default: yours); everyone may read everyone's, as deal and task lists",
    ),
    (
        "help.agenda.arg.format",
        "Output: table, csv, json or ics (iCalendar)",
    ),
    (
        "help.digest.about",
        "Each user's day: today's agenda and unread notifications, as text or e-mail (cron)",
    ),
    (
        "help.digest.after",
        concat!(
            "lejek digest                            # your digest on stdout\n",
            "lejek digest --all --send               # everyone's, by e-mail, once a day",
        ),
    ),
    ("help.digest.arg.all", "Every user's digest (admins only)"),
    (
        "help.digest.arg.send",
        "E-mail each digest to its user, once a day however often it runs",
    ),
    (
        "help.user.set.arg.email",
        "The address the daily digest goes to (\"\" clears it)",
    ),
    ("agenda.kind.task", "task"),
    ("agenda.kind.meeting", "meeting"),
    ("agenda.kind.next_activity", "next activity"),
    ("agenda.kind.rotting", "rotting"),
    ("agenda.overdue", "overdue since {0}"),
    ("agenda.today", "today"),
    ("agenda.tomorrow", "tomorrow"),
    ("agenda.nothing", "nothing due"),
    ("agenda.header", "Agenda of {0}"),
    ("agenda.wd.1", "Monday"),
    ("agenda.wd.2", "Tuesday"),
    ("agenda.wd.3", "Wednesday"),
    ("agenda.wd.4", "Thursday"),
    ("agenda.wd.5", "Friday"),
    ("agenda.wd.6", "Saturday"),
    ("agenda.wd.7", "Sunday"),
    ("agenda.err.days", "--days {0}: at most {1} days ahead"),
    ("agenda.ics.deal", "deal #{0}"),
    ("digest.title", "{0} ({1}): your day, {2}"),
    ("digest.unread", "Unread notifications: {0}"),
    ("digest.subject", "lejek: your day, {0}"),
    (
        "digest.err.all_admin",
        "{0}: only an admin may make the digest of every user",
    ),
    (
        "digest.no_email",
        "{0}: no e-mail address (lejek user set {0} --email ADDRESS); digest not sent",
    ),
    ("digest.sent", "{0}: digest sent ({1})"),
    ("digest.skipped", "{0}: today's digest was sent already"),
    ("digest.failed", "{0}: digest not sent: {1}"),
];
