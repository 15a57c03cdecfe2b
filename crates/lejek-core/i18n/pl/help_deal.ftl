### Polish of `--help` for `deal` and its subcommands (issue 16 item 5).

## deal

help-deal-about = Interesy
help-deal-after =
    lejek deal add --contact 1 --title "Ulotki A5" --value "1 234,56" --next +3d
    lejek deal list --filter 'owner:me next:overdue' --sort next
help-deal-add-about = Dodaj interes; wypisuje jego numer
help-deal-add-after =
    lejek deal add --contact 1 --title "Ulotki A5" --offer Druk --value "1 234,56" \
    {"      "}--source polecenie --next +3d --tag swieta
    lejek deal add --contact 1 --title Kalendarze --value 800 --currency EUR --format json
help-deal-add-arg-contact = Numer kontaktu
help-deal-add-arg-title = Czego dotyczy interes
help-deal-add-arg-offer = Oferowany produkt albo usługa
help-deal-add-arg-description = Dłuższy opis
help-deal-add-arg-owner = Login handlowca (domyślnie: ty); nowy opiekun dostaje powiadomienie
help-deal-add-arg-stage = Etap (wartość słownika deal-stage albo jej jednoznaczny początek)
help-deal-add-arg-source = Skąd jest interes (wartość słownika deal-source)
help-deal-add-arg-value = Kwota, np. 1200, "12 500,00", 1234.56
help-deal-add-arg-currency = Waluta --value (domyślnie PLN), np. EUR
help-deal-add-arg-next = Następne działanie: 2026-12-01, +3d, pon, jutro, mon...
help-deal-add-arg-expected = Przewidywana data zamknięcia: 2027-01-31, +30d, pt, fri...
help-deal-add-arg-tags = Dodaj etykietę; powtórz, by dodać kilka
help-deal-add-arg-campaign = Numer albo nazwa kampanii
help-deal-add-arg-format = table albo csv: wypisz numer nowego rekordu; json: cały rekord
help-deal-list-about = Lista interesów
help-deal-list-after =
    lejek deal list --filter 'owner:me next:overdue' --sort next
    lejek deal list --filter 'etap:neg wartosc>=10000' --sort value:desc --limit 20
help-deal-list-arg-filter = Wyrażenie filtra (zob. README: język filtrów)
help-deal-list-arg-sort = Sortuj według POLA albo POLA:desc
help-deal-list-arg-limit = Pokaż najwyżej N wierszy
help-deal-list-arg-offset = Pomiń pierwsze N pasujących wierszy (z --limit: strona)
help-deal-list-arg-count = Wypisz tylko, ile rekordów pasuje (liczbę), bez samych rekordów
help-deal-list-arg-columns = Pole własne jako dodatkowa kolumna tabeli (interesy i kontakty; można powtarzać)
help-deal-list-arg-format = Wynik: table, csv albo json
help-deal-show-about = Interes z jego historią
help-deal-show-after =
    lejek deal show 1
    lejek deal show 1 --format json
help-deal-show-arg-id = Numer rekordu
help-deal-show-arg-format = Wynik: table, csv albo json
help-deal-set-about = Zmień pola interesu
help-deal-set-after =
    lejek deal set 1 --stage negocjacje --value "12 500,00" --next pon
    lejek deal set 1 --owner piotr                  # piotr dostaje powiadomienie
    lejek deal set 1 --clear next --untag swieta
help-deal-set-arg-id = Numer interesu
help-deal-set-arg-title = Czego dotyczy interes
help-deal-set-arg-offer = Oferowany produkt albo usługa
help-deal-set-arg-description = Dłuższy opis
help-deal-set-arg-owner = Login handlowca (domyślnie: ty); nowy opiekun dostaje powiadomienie
help-deal-set-arg-stage = Etap (wartość słownika deal-stage albo jej jednoznaczny początek)
help-deal-set-arg-source = Skąd jest interes (wartość słownika deal-source)
help-deal-set-arg-value = Kwota, np. 1200, "12 500,00", 1234.56
help-deal-set-arg-currency = Waluta --value (domyślnie PLN), np. EUR
help-deal-set-arg-next = Następne działanie: 2026-12-01, +3d, pon, jutro, mon...
help-deal-set-arg-expected = Przewidywana data zamknięcia: 2027-01-31, +30d, pt, fri...
help-deal-set-arg-tags = Dodaj etykietę; powtórz, by dodać kilka
help-deal-set-arg-campaign = Numer albo nazwa kampanii
help-deal-set-arg-contact = Przenieś interes do innego kontaktu
help-deal-set-arg-untag = Usuń etykietę; powtórz, by usunąć kilka
help-deal-set-arg-reason = Powód przegranej, gdy --stage to etap przegrany
help-deal-set-arg-clear = Wyczyść pola: next, expected, value, source, campaign, offer, description
help-deal-note-about = Dodaj notatkę; wypisuje jej numer
help-deal-note-after = lejek deal note 1 "Klient prosi o próbki"
help-deal-note-arg-id = Numer interesu
help-deal-note-arg-text = Treść notatki
help-deal-comment-about = Dodaj komentarz do dyskusji; wypisuje jego numer
help-deal-comment-after = lejek deal comment 1 "Proponuję rabat 5%"
help-deal-comment-arg-id = Numer interesu
help-deal-comment-arg-text = Treść komentarza
help-deal-attach-about = Dołącz plik (kopiowany do bazy)
help-deal-attach-after =
    lejek deal attach 1 ~/oferty/oferta.pdf
    lejek deal attach 1 skan.pdf --name "Podpisana umowa"
help-deal-attach-arg-id = Numer interesu
help-deal-attach-arg-path = Plik do dołączenia
help-deal-attach-arg-name = Nazwa do wyświetlania (domyślnie: nazwa pliku)
help-deal-win-about = Oznacz interes jako wygrany
help-deal-win-after =
    lejek deal win 1
    lejek deal win 1 --stage wygrany        # gdy etapów wygranych jest kilka
help-deal-win-arg-id = Numer interesu
help-deal-win-arg-stage = Który etap wygrany (domyślnie: pierwszy)
help-deal-lose-about = Oznacz interes jako przegrany; powód jest wymagany
help-deal-lose-after = lejek deal lose 1 --reason cena
help-deal-lose-arg-id = Numer interesu
help-deal-lose-arg-reason = Dlaczego przegrany (wartość słownika loss-reason)
help-deal-lose-arg-stage = Który etap przegrany (domyślnie: pierwszy)
help-deal-file-about = Pliki dołączone do interesu: lista i zapis pliku z powrotem na dysk
help-deal-file-after =
    lejek deal file list 1
    lejek deal file get 1 oferta.pdf -o ~/oferta.pdf
help-deal-file-list-about = Pliki interesu: numer, nazwa, rozmiar, kto i kiedy go dołączył
help-deal-file-list-after =
    lejek deal file list 1
    lejek deal file list 1 --format json
help-deal-file-list-arg-id = Numer interesu
help-deal-file-list-arg-format = Wynik: table, csv albo json
help-deal-file-get-about = Zapisz dołączony plik, sprawdzając go z zapisanym skrótem (SHA-256)
help-deal-file-get-after =
    lejek deal file get 1 oferta.pdf -o ~/oferta.pdf
    lejek deal file get 1 '#7' -o - | less        # po numerze pliku, na standardowe wyjście
help-deal-file-get-arg-id = Numer interesu
help-deal-file-get-arg-file = Nazwa pliku jak na liście (z kilku o tej nazwie: najnowszy) albo #NUMER
help-deal-file-get-arg-output = Gdzie zapisać; - to standardowe wyjście
help-deal-file-get-arg-force = Nadpisz PATH, jeśli istnieje
