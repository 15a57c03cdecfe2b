### Polish of `--help` for `contact` and its subcommands (issue 16 item 5).

## contact

help-contact-about = Kontakty: firmy i osoby
help-contact-after =
    lejek contact add --kind firma --name "Łódzka Drukarnia" --city Łódź
    lejek contact list --filter 'miasto:lodz kind:firma' --sort name
help-contact-add-about = Dodaj kontakt; wypisuje jego numer
help-contact-add-after =
    lejek contact add --kind firma --name "Łódzka Drukarnia" --nip 725-183-29-19 \
    {"      "}--city Łódź --email biuro@drukarnia.pl --status potencjalny --source targi --tag vip
    lejek contact add --kind osoba --name "Jan Kowalski" --company 1 --role decydent
help-contact-add-arg-kind = company (firma) albo person (osoba)
help-contact-add-arg-name = Nazwa firmy albo imię i nazwisko osoby
help-contact-add-arg-company = Firma, do której należy osoba (numer kontaktu)
help-contact-add-arg-email = Adres e-mail ("" go czyści)
help-contact-add-arg-phone = Numer telefonu ("" go czyści)
help-contact-add-arg-city = Miasto ("" je czyści)
help-contact-add-arg-address = Adres ("" go czyści)
help-contact-add-arg-nip = NIP, np. 725-183-29-19; suma kontrolna jest sprawdzana
help-contact-add-arg-status = Status kontaktu (wartość słownika contact-status)
help-contact-add-arg-source = Skąd jest kontakt (wartość słownika contact-source)
help-contact-add-arg-tags = Dodaj etykietę; powtórz, by dodać kilka
help-contact-add-arg-roles = Dodaj rolę (wartość słownika contact-role); powtórz, by dodać kilka
help-contact-add-arg-format = table albo csv: wypisz numer nowego rekordu; json: cały rekord
help-contact-list-about = Lista kontaktów
help-contact-list-after =
    lejek contact list --filter 'miasto:lodz kind:firma' --sort name
    lejek contact list --filter 'tag:vip' --format csv > vip.csv
help-contact-list-arg-filter = Wyrażenie filtra (zob. README: język filtrów)
help-contact-list-arg-sort = Sortuj według POLA albo POLA:desc
help-contact-list-arg-limit = Pokaż najwyżej N wierszy
help-contact-list-arg-offset = Pomiń pierwsze N pasujących wierszy (z --limit: strona)
help-contact-list-arg-count = Wypisz tylko, ile rekordów pasuje (liczbę), bez samych rekordów
help-contact-list-arg-columns = Pole własne jako dodatkowa kolumna tabeli (interesy i kontakty; można powtarzać)
help-contact-list-arg-format = Wynik: table, csv albo json
help-contact-show-about = Kontakt z jego interesami i historią
help-contact-show-after =
    lejek contact show 1
    lejek contact show 1 --format json
help-contact-show-arg-id = Numer rekordu
help-contact-show-arg-format = Wynik: table, csv albo json
help-contact-set-about = Zmień pola kontaktu
help-contact-set-after =
    lejek contact set 1 --phone "+48 42 600 100 200" --tag drukarnia --untag vip
    lejek contact set 1 --reopen        # znów klient po zakończeniu współpracy
help-contact-set-arg-id = Numer kontaktu
help-contact-set-arg-kind = company (firma) albo person (osoba)
help-contact-set-arg-name = Nazwa firmy albo imię i nazwisko osoby
help-contact-set-arg-company = Firma, do której należy osoba (numer kontaktu)
help-contact-set-arg-email = Adres e-mail ("" go czyści)
help-contact-set-arg-phone = Numer telefonu ("" go czyści)
help-contact-set-arg-city = Miasto ("" je czyści)
help-contact-set-arg-address = Adres ("" go czyści)
help-contact-set-arg-nip = NIP, np. 725-183-29-19; suma kontrolna jest sprawdzana
help-contact-set-arg-status = Status kontaktu (wartość słownika contact-status)
help-contact-set-arg-source = Skąd jest kontakt (wartość słownika contact-source)
help-contact-set-arg-tags = Dodaj etykietę; powtórz, by dodać kilka
help-contact-set-arg-roles = Dodaj rolę (wartość słownika contact-role); powtórz, by dodać kilka
help-contact-set-arg-untag = Usuń etykietę; powtórz, by usunąć kilka
help-contact-set-arg-unrole = Usuń rolę; powtórz, by usunąć kilka
help-contact-set-arg-reopen = Przywróć klienta po zakończeniu współpracy (czyści powód i datę zakończenia)
help-contact-end-about = Zakończenie współpracy: powód i data (C4)
help-contact-end-after =
    lejek contact end 1 --reason cena
    lejek contact end 1 --reason konkurencja --date 2026-11-01
help-contact-end-arg-id = Numer kontaktu
help-contact-end-arg-reason = Dlaczego współpraca się skończyła (wartość słownika end-reason)
help-contact-end-arg-date = Domyślnie: dziś
help-contact-reopen-about = Znów klient po zakończeniu współpracy (czyści powód i datę zakończenia; historia je zachowa)
help-contact-reopen-after = lejek contact reopen 1
help-contact-reopen-arg-id = Numer kontaktu
