### Polish of `--help` for the administration commands: `dict`, `user`, `config`, `serve`, `backup`, `restore`, `check` (issue 16 item 5).

## dict

help-dict-about = Słowniki: statusy, źródła, powody, role, etapy
help-dict-after =
    lejek dict list deal-stage
    lejek dict add deal-source partner
help-dict-list-about = Pokaż słownik: contact-status, contact-source, end-reason, contact-role, deal-stage, deal-source, loss-reason
help-dict-list-after =
    lejek dict list deal-stage
    lejek dict list loss-reason --format json
help-dict-list-arg-kind = Który słownik
help-dict-list-arg-format = Wynik: table, csv albo json
help-dict-add-about = Dodaj wartość (do deal-stage: --stage-kind open|won|lost)
help-dict-add-after =
    lejek dict add deal-source partner
    lejek dict add deal-stage umowa --stage-kind open
help-dict-add-arg-kind = Który słownik
help-dict-add-arg-name = Nowa wartość
help-dict-add-arg-stage_kind = Dla deal-stage: open, won albo lost
help-dict-rename-about = Zmień nazwę wartości; rekordy nadal na nią wskazują
help-dict-rename-after = lejek dict rename deal-source polecenie "polecenie klienta"
help-dict-rename-arg-kind = Który słownik
help-dict-rename-arg-name = Obecna nazwa wartości
help-dict-rename-arg-new_name = Jej nowa nazwa
help-dict-retire-about = Wycofaj wartość: rekordy ją zachowują, nowe wybory jej nie proponują
help-dict-retire-after = lejek dict retire loss-reason termin
help-dict-retire-arg-kind = Który słownik
help-dict-retire-arg-name = Wartość do wycofania
help-dict-unretire-about = Przywróć wycofaną wartość: nowe wybory znów ją proponują
help-dict-unretire-after = lejek dict unretire loss-reason termin
help-dict-unretire-arg-kind = Który słownik
help-dict-unretire-arg-name = Wycofana wartość
help-dict-move-about = Przenieś wartość przed albo za inną: w deal-stage to kolejność lejka (najpierw etapy otwarte, potem wygrane, na końcu przegrane)
help-dict-move-after =
    lejek dict move deal-stage umowa --before negocjacje
    lejek dict move deal-source partner --after www
help-dict-move-arg-kind = Który słownik
help-dict-move-arg-name = Wartość do przeniesienia
help-dict-move-arg-before = Postaw ją tuż przed tą wartością
help-dict-move-arg-after_entry = Postaw ją tuż za tą wartością
help-dict-set-about = Ustaw prawdopodobieństwo wygrania i dni do zaniedbania etapu interesu (none czyści); etapy wygrane mają 100%, przegrane 0%
help-dict-set-after =
    lejek dict set deal-stage oferta --probability 40 --rot-days 14
    lejek dict set deal-stage oferta --rot-days none
help-dict-set-arg-kind = Który słownik: deal-stage
help-dict-set-arg-name = Etap
help-dict-set-arg-probability = Szansa wygrania interesu na tym etapie, 0-100 (procent), albo none
help-dict-set-arg-rot_days = Otwarty interes jest zaniedbany po tylu dniach bez aktywności; none czyści

## user

help-user-about = Użytkownicy
help-user-after =
    lejek user add piotr --name "Piotr Nowak"
    lejek user list
help-user-add-about = Dodaj użytkownika
help-user-add-after =
    lejek user add piotr --name "Piotr Nowak"
    lejek user add kasia --name "Katarzyna Lis" --admin
help-user-add-arg-login = Login: nazwa konta systemowego tej osoby
help-user-add-arg-name = Imię i nazwisko (domyślnie: login)
help-user-add-arg-admin = Może zmieniać słowniki, dodawać użytkowników i naprawiać bazę
help-user-set-about = Zmień imię i nazwisko lub uprawnienia administratora (tylko administrator; ostatni administrator nim zostaje)
help-user-set-after =
    lejek user set kasia --admin
    lejek user set piotr --no-admin --name "Piotr Nowak"
help-user-set-arg-login = Login użytkownika do zmiany
help-user-set-arg-name = Nowe imię i nazwisko
help-user-set-arg-admin = Nadaj uprawnienia administratora
help-user-set-arg-no_admin = Odbierz uprawnienia administratora
help-user-list-about = Lista użytkowników
help-user-list-after =
    lejek user list
    lejek user list --format csv
help-user-list-arg-format = Wynik: table, csv albo json

## backup

help-backup-about = Zapisz do PLIKU spójną kopię całej bazy (rekordy, historię, pliki)
help-backup-after = lejek backup /srv/kopie/lejek-2026-11-28.bak   # w trakcie pracy wszystkich
help-backup-arg-file = Plik kopii do zapisania

## restore

help-restore-about = Odtwórz kopię w pustym katalogu bazy (--db)
help-restore-after = lejek --db /srv/lejek-odtworzona restore /srv/kopie/lejek-2026-11-28.bak
help-restore-arg-file = Plik kopii do odczytania

## check

help-check-about = Sprawdź bazę; z --repair odbuduj indeksy z rekordów
help-check-after =
    lejek check                 # kod 0: w porządku; 1: problemy, po jednym w wierszu
    lejek check --repair        # administratorzy: odbuduj indeksy
help-check-arg-repair = Odbuduj każdy indeks z rekordów (tylko administratorzy)
help-check-arg-format = Wynik: table, csv albo json

## config

help-config-about = Plik konfiguracji: gdzie jest, co obowiązuje, przykład z komentarzami
help-config-after =
    lejek config init           # przykładowy plik z komentarzami do edycji
    lejek config show           # każde ustawienie i skąd pochodzi
help-config-path-about = Gdzie jest plik konfiguracji (czy istnieje, czy nie)
help-config-path-after = lejek config path           # gdzie lejek szuka pliku konfiguracji
help-config-show-about = Każde obowiązujące ustawienie i skąd pochodzi: flaga, środowisko, plik konfiguracji (z wierszem) albo wartość domyślna
help-config-show-after = lejek config show           # każde ustawienie i skąd pochodzi
help-config-init-about = Zapisz przykładowy plik konfiguracji z komentarzami (nigdy na istniejący: kod 2)
help-config-init-after = lejek config init           # przykładowy plik z komentarzami (nigdy na istniejący)

## serve

help-serve-about = Udostępniaj bazę innym procesom lejka przez <db>/lejek.sock (wspólny dostęp)
help-serve-after =
    lejek --db /srv/lejek serve --idle 0    # dla usługi systemd: nigdy nie kończ
    lejek serve --idle 60
help-serve-arg-idle = Zakończ po tylu sekundach bez klientów (0: nigdy)
