//! Polskie komunikaty agendy, jej pliku iCalendar i dziennego podsumowania (issue 19,
//! punkty 6 i 7).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "help.agenda.about",
        "Co jest do zrobienia: zadania, spotkania, następne aktywności i zaniedbane interesy, dzień po dniu",
    ),
    (
        "help.agenda.after",
        concat!(
            "lejek agenda                            # dziś i 7 kolejnych dni\n",
            "lejek agenda --days 0 --of anna         # dzisiejszy dzień Anny\n",
            "lejek agenda --days 30 --format ics > lejek.ics   # do aplikacji kalendarza",
        ),
    ),
    (
        "help.agenda.arg.days",
        "Ile dni naprzód po dzisiejszym (0: tylko dziś)",
    ),
    (
        "help.agenda.arg.of",
        "Czyja agenda (domyślnie Twoja); każdy może czytać agendę każdego, jak listy interesów i spraw",
    ),
    (
        "help.agenda.arg.format",
        "Wynik: table, csv, json albo ics (iCalendar)",
    ),
    (
        "help.digest.about",
        "Dzień każdego użytkownika: dzisiejsza agenda i nieprzeczytane powiadomienia, jako tekst lub e-mail (cron)",
    ),
    (
        "help.digest.after",
        concat!(
            "lejek digest                            # Twoje podsumowanie na ekran\n",
            "lejek digest --all --send               # wszystkich, e-mailem, raz dziennie",
        ),
    ),
    (
        "help.digest.arg.all",
        "Podsumowanie każdego użytkownika (tylko administratorzy)",
    ),
    (
        "help.digest.arg.send",
        "Wyślij każdemu jego podsumowanie e-mailem, raz dziennie, choćby uruchomić wiele razy",
    ),
    (
        "help.user.set.arg.email",
        "Adres, na który idzie dzienne podsumowanie (\"\" usuwa go)",
    ),
    ("agenda.kind.task", "zadanie"),
    ("agenda.kind.meeting", "spotkanie"),
    ("agenda.kind.next_activity", "następna aktywność"),
    ("agenda.kind.rotting", "zaniedbany"),
    ("agenda.overdue", "zaległe od {0}"),
    ("agenda.today", "dziś"),
    ("agenda.tomorrow", "jutro"),
    ("agenda.nothing", "nic do zrobienia"),
    ("agenda.header", "Agenda: {0}"),
    ("agenda.wd.1", "poniedziałek"),
    ("agenda.wd.2", "wtorek"),
    ("agenda.wd.3", "środa"),
    ("agenda.wd.4", "czwartek"),
    ("agenda.wd.5", "piątek"),
    ("agenda.wd.6", "sobota"),
    ("agenda.wd.7", "niedziela"),
    ("agenda.err.days", "--days {0}: najwyżej {1} dni naprzód"),
    ("agenda.ics.deal", "interes #{0}"),
    ("digest.title", "{0} ({1}): Twój dzień, {2}"),
    ("digest.unread", "Nieprzeczytane powiadomienia: {0}"),
    ("digest.subject", "lejek: Twój dzień, {0}"),
    (
        "digest.err.all_admin",
        "{0}: podsumowanie wszystkich użytkowników może przygotować tylko administrator",
    ),
    (
        "digest.no_email",
        "{0}: brak adresu e-mail (lejek user set {0} --email ADRES); podsumowanie nie zostało wysłane",
    ),
    ("digest.sent", "{0}: podsumowanie wysłane ({1})"),
    (
        "digest.skipped",
        "{0}: dzisiejsze podsumowanie zostało już wysłane",
    ),
    (
        "digest.failed",
        "{0}: podsumowanie nie zostało wysłane: {1}",
    ),
];
