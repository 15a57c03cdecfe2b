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
# Variables: $date
agenda-overdue = zaległe od { $date }
agenda-today = dziś
agenda-tomorrow = jutro
agenda-nothing = nic do zrobienia
# Variables: $login
agenda-header = Agenda: { $login }
agenda-wd-1 = poniedziałek
agenda-wd-2 = wtorek
agenda-wd-3 = środa
agenda-wd-4 = czwartek
agenda-wd-5 = piątek
agenda-wd-6 = sobota
agenda-wd-7 = niedziela
# Variables: $days, $max
agenda-err-days = --days { $days }: najwyżej { $max ->
        [one] { $max } dzień
       *[other] { $max } dni
    } naprzód
# Variables: $deal
agenda-ics-deal = interes #{ $deal }
# Variables: $name, $login, $date
digest-title = { $name } ({ $login }): Twój dzień, { $date }
# Variables: $count
digest-unread = { $count ->
        [one] { $count } nieprzeczytane powiadomienie
        [few] { $count } nieprzeczytane powiadomienia
        [many] { $count } nieprzeczytanych powiadomień
       *[other] { $count } nieprzeczytanego powiadomienia
    }
# Variables: $date
digest-subject = lejek: Twój dzień, { $date }
# Variables: $login
digest-err-all_admin = { $login }: podsumowanie wszystkich użytkowników może przygotować tylko administrator
# Variables: $login
digest-no_email = { $login }: brak adresu e-mail (lejek user set { $login } --email ADRES); podsumowanie nie zostało wysłane
# Variables: $login, $address
digest-sent = { $login }: podsumowanie wysłane ({ $address })
# Variables: $login
digest-skipped = { $login }: dzisiejsze podsumowanie zostało już wysłane
# Variables: $login, $error
digest-failed = { $login }: podsumowanie nie zostało wysłane: { $error }
