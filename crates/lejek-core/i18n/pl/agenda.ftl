### Polskie komunikaty agendy, jej pliku iCalendar i dziennego podsumowania (issue 19,
### punkty 6 i 7).

help-agenda-about = Co jest do zrobienia: zadania, spotkania, następne aktywności i zaniedbane interesy, dzień po dniu
help-agenda-after =
    lejek agenda                            # dziś i 7 kolejnych dni
    lejek agenda --days 0 --of anna         # dzisiejszy dzień Anny
    lejek agenda --days 30 --format ics > lejek.ics   # do aplikacji kalendarza
help-agenda-arg-days = Ile dni naprzód po dzisiejszym (0: tylko dziś)
help-agenda-arg-of = Czyja agenda (domyślnie Twoja); każdy może czytać agendę każdego, jak listy interesów i spraw
help-agenda-arg-format = Wynik: table, csv, json albo ics (iCalendar)
help-digest-about = Dzień każdego użytkownika: dzisiejsza agenda i nieprzeczytane powiadomienia, jako tekst lub e-mail (cron)
help-digest-after =
    lejek digest                            # Twoje podsumowanie na ekran
    lejek digest --all --send               # wszystkich, e-mailem, raz dziennie
help-digest-arg-all = Podsumowanie każdego użytkownika (tylko administratorzy)
help-digest-arg-send = Wyślij każdemu jego podsumowanie e-mailem, raz dziennie, choćby uruchomić wiele razy
help-user-set-arg-email = Adres, na który idzie dzienne podsumowanie ("" usuwa go)
agenda-kind-task = zadanie
agenda-kind-meeting = spotkanie
agenda-kind-next_activity = następna aktywność
agenda-kind-rotting = zaniedbany
# Variables: $a0
agenda-overdue = zaległe od { $a0 }
agenda-today = dziś
agenda-tomorrow = jutro
agenda-nothing = nic do zrobienia
# Variables: $a0
agenda-header = Agenda: { $a0 }
agenda-wd-1 = poniedziałek
agenda-wd-2 = wtorek
agenda-wd-3 = środa
agenda-wd-4 = czwartek
agenda-wd-5 = piątek
agenda-wd-6 = sobota
agenda-wd-7 = niedziela
# Variables: $a0, $a1
agenda-err-days = --days { $a0 }: najwyżej { $a1 } dni naprzód
# Variables: $a0
agenda-ics-deal = interes #{ $a0 }
# Variables: $a0, $a1, $a2
digest-title = { $a0 } ({ $a1 }): Twój dzień, { $a2 }
# Variables: $a0
digest-unread = Nieprzeczytane powiadomienia: { $a0 }
# Variables: $a0
digest-subject = lejek: Twój dzień, { $a0 }
# Variables: $a0
digest-err-all_admin = { $a0 }: podsumowanie wszystkich użytkowników może przygotować tylko administrator
# Variables: $a0
digest-no_email = { $a0 }: brak adresu e-mail (lejek user set { $a0 } --email ADRES); podsumowanie nie zostało wysłane
# Variables: $a0, $a1
digest-sent = { $a0 }: podsumowanie wysłane ({ $a1 })
# Variables: $a0
digest-skipped = { $a0 }: dzisiejsze podsumowanie zostało już wysłane
# Variables: $a0, $a1
digest-failed = { $a0 }: podsumowanie nie zostało wysłane: { $a1 }
