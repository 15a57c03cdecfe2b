### Polish of `--help` for `campaign` and `task` and their subcommands (issue 16 item 5).

## campaign

help-campaign-about = Kampanie
help-campaign-after =
    lejek campaign create --name "Boże Narodzenie 2026" --goals "20 nowych klientów"
    lejek campaign list
help-campaign-create-about = Utwórz kampanię; wypisuje jej numer. Z --contacts albo --csv także po jednym interesie na kontakt (wsad dla skryptów i crona: ponowne uruchomienie dodaje tylko brakujące)
help-campaign-create-after =
    lejek campaign create --name "Boże Narodzenie 2026" --goals "20 nowych klientów" --tag swieta
    lejek campaign create --name "Powrót 2026" --contacts 'status:archiwalny reason:cena' \
    {"      "}--deal-title "Oferta powrotna" --value "4 500,00" --next pon --dry-run
help-campaign-create-arg-name = Nazwa kampanii, która ją wyznacza: ponowny wsad znajduje ją po nazwie
help-campaign-create-arg-goals = Co kampania ma osiągnąć
help-campaign-create-arg-rules = Zasady komunikacji
help-campaign-create-arg-description = Opis kampanii; we wsadzie opis każdego nowego interesu
help-campaign-create-arg-tags = Etykiety kampanii; we wsadzie etykiety każdego nowego interesu
help-campaign-create-arg-contacts = Interes dostają kontakty pasujące do tego wyrażenia (język filtrów)
help-campaign-create-arg-csv = Kontakty z pliku CSV z nagłówkiem: dopasowane po id, potem nip, potem e-mailu, potem dokładnej nazwie; UTF-8 albo Windows-1250; `,` albo `;`
help-campaign-create-arg-deal_title = Tytuł każdego nowego interesu
help-campaign-create-arg-offer = Oferta (produkt albo usługa) każdego nowego interesu
help-campaign-create-arg-value = Początkowa wartość każdego nowego interesu, np. 1200, "12 500,00"
help-campaign-create-arg-currency = Waluta --value (domyślnie PLN)
help-campaign-create-arg-owner = Opiekun każdego nowego interesu (domyślnie: ty)
help-campaign-create-arg-source = Źródło interesu
help-campaign-create-arg-stage = Etap początkowy (domyślnie: pierwszy otwarty)
help-campaign-create-arg-next = Następne działanie każdego nowego interesu: 2026-12-01, +3d, pon...
help-campaign-create-arg-dry_run = Pokaż, co zostałoby utworzone; nic nie zapisuj
help-campaign-create-arg-wait = Gdy bazę trzyma inny proces lejka, czekaj na nią najwyżej SEKUNDY (domyślnie 60), potem zgłoś błąd
help-campaign-create-arg-format = table albo csv: wypisz numer nowego rekordu; json: cały rekord
help-campaign-add_deals-about = Dodaj po jednym interesie na kontakt do istniejącej kampanii (wsad; ponowne uruchomienie dodaje tylko brakujące)
help-campaign-add_deals-after =
    lejek campaign add-deals "Boże Narodzenie 2026" --contacts 'tag:vip' --deal-title Kalendarze
    lejek campaign add-deals 1 --csv targi.csv --deal-title "Oferta targowa" --format json
help-campaign-add_deals-arg-campaign = Numer albo nazwa kampanii
help-campaign-add_deals-arg-description = Opis każdego nowego interesu
help-campaign-add_deals-arg-tags = Etykiety każdego nowego interesu
help-campaign-add_deals-arg-contacts = Interes dostają kontakty pasujące do tego wyrażenia (język filtrów)
help-campaign-add_deals-arg-csv = Kontakty z pliku CSV z nagłówkiem: dopasowane po id, potem nip, potem e-mailu, potem dokładnej nazwie; UTF-8 albo Windows-1250; `,` albo `;`
help-campaign-add_deals-arg-deal_title = Tytuł każdego nowego interesu
help-campaign-add_deals-arg-offer = Oferta (produkt albo usługa) każdego nowego interesu
help-campaign-add_deals-arg-value = Początkowa wartość każdego nowego interesu, np. 1200, "12 500,00"
help-campaign-add_deals-arg-currency = Waluta --value (domyślnie PLN)
help-campaign-add_deals-arg-owner = Opiekun każdego nowego interesu (domyślnie: ty)
help-campaign-add_deals-arg-source = Źródło interesu
help-campaign-add_deals-arg-stage = Etap początkowy (domyślnie: pierwszy otwarty)
help-campaign-add_deals-arg-next = Następne działanie każdego nowego interesu: 2026-12-01, +3d, pon...
help-campaign-add_deals-arg-dry_run = Pokaż, co zostałoby utworzone; nic nie zapisuj
help-campaign-add_deals-arg-wait = Gdy bazę trzyma inny proces lejka, czekaj na nią najwyżej SEKUNDY (domyślnie 60), potem zgłoś błąd
help-campaign-add_deals-arg-format = table albo json dla podsumowania
help-campaign-list-about = Lista kampanii z ich interesami: wartość otwartych, wygranych i przegranych
help-campaign-list-after =
    lejek campaign list
    lejek campaign list --filter 'tag:swieta' --format json
help-campaign-list-arg-filter = Wyrażenie filtra (zob. README: język filtrów)
help-campaign-list-arg-sort = Sortuj według POLA albo POLA:desc
help-campaign-list-arg-limit = Pokaż najwyżej N wierszy
help-campaign-list-arg-offset = Pomiń pierwsze N pasujących wierszy (z --limit: strona)
help-campaign-list-arg-count = Wypisz tylko, ile rekordów pasuje (liczbę), bez samych rekordów
help-campaign-list-arg-columns = Pole własne jako dodatkowa kolumna tabeli (interesy i kontakty; można powtarzać)
help-campaign-list-arg-format = Wynik: table, csv albo json
help-campaign-show-about = Kampania z jej interesami, postępem i historią
help-campaign-show-after =
    lejek campaign show 1
    lejek campaign show "boze narodzenie 2026"     # po nazwie: bez względu na wielkość liter i ogonki
help-campaign-show-arg-campaign = Numer albo nazwa
help-campaign-show-arg-format = Wynik: table, csv albo json
help-campaign-comment-about = Dodaj komentarz do dyskusji o kampanii; wypisuje jego numer
help-campaign-comment-after = lejek campaign comment 1 "Materiały gotowe"
help-campaign-comment-arg-campaign = Numer albo nazwa kampanii
help-campaign-comment-arg-text = Treść komentarza
help-campaign-attach-about = Dołącz plik (materiał marketingowy) do kampanii
help-campaign-attach-after =
    lejek campaign attach 1 plakat.pdf
    lejek campaign attach "Boże Narodzenie 2026" ulotka-v2.pdf --name Ulotka
help-campaign-attach-arg-campaign = Numer albo nazwa kampanii
help-campaign-attach-arg-path = Plik do dołączenia
help-campaign-attach-arg-name = Nazwa do wyświetlania (domyślnie: nazwa pliku)

## task

help-task-about = Zadania i spotkania
help-task-after =
    lejek task add --title "Zadzwonić do drukarni" --due jutro --deal 1
    lejek task list --filter 'assignee:me done:no' --sort due
help-task-add-about = Dodaj zadanie albo spotkanie; wypisuje jego numer
help-task-add-after =
    lejek task add --title "Zadzwonić do drukarni" --due jutro --deal 1
    lejek task add --title "Spotkanie w Gdańsku" --kind meeting --assignee piotr \
    {"      "}--due "pon 09:15" --campaign "Boże Narodzenie 2026"
help-task-add-arg-title = Co jest do zrobienia
help-task-add-arg-kind = task (zadanie) albo meeting (spotkanie)
help-task-add-arg-assignee = Kto je wykonuje (login; domyślnie: ty)
help-task-add-arg-due = Termin, także z godziną: 2026-12-01, "2026-12-01 14:30", +2d
help-task-add-arg-deal = Interes, którego dotyczy (numer)
help-task-add-arg-campaign = Numer albo nazwa kampanii
help-task-add-arg-format = table albo csv: wypisz numer nowego rekordu; json: cały rekord
help-task-list-about = Lista zadań i spotkań
help-task-list-after =
    lejek task list --filter 'assignee:me done:no' --sort due
    lejek task list --filter 'kind:meeting due>=today' --format csv
help-task-list-arg-filter = Wyrażenie filtra (zob. README: język filtrów)
help-task-list-arg-sort = Sortuj według POLA albo POLA:desc
help-task-list-arg-limit = Pokaż najwyżej N wierszy
help-task-list-arg-offset = Pomiń pierwsze N pasujących wierszy (z --limit: strona)
help-task-list-arg-count = Wypisz tylko, ile rekordów pasuje (liczbę), bez samych rekordów
help-task-list-arg-columns = Pole własne jako dodatkowa kolumna tabeli (interesy i kontakty; można powtarzać)
help-task-list-arg-format = Wynik: table, csv albo json
help-task-done-about = Oznacz zadanie jako wykonane (spotkanie: jako odbyte)
help-task-done-after = lejek task done 1
help-task-done-arg-id = Numer zadania
help-task-set-about = Zmień tytuł, rodzaj, wykonawcę, termin albo interes zadania
help-task-set-after =
    lejek task set 1 --assignee kasia --due "2026-12-02 09:30"
    lejek task set 1 --due ""            # bez terminu
    lejek task set 1 --deal 2            # przenieś do interesu 2
help-task-set-arg-id = Numer zadania
help-task-set-arg-title = Co jest do zrobienia
help-task-set-arg-kind = task (zadanie) albo meeting (spotkanie)
help-task-set-arg-assignee = Kto je wykonuje (login)
help-task-set-arg-due = Termin, także z godziną; pusta wartość go czyści
help-campaign-set-about = Zmień nazwę, cele, zasady komunikacji, opis albo tagi kampanii; pusta wartość czyści tekst
help-campaign-set-after =
    lejek campaign set "Boże Narodzenie 2026" --goals "30 nowych klientów" --tag b2b
    lejek campaign set 1 --rules "" --untag swieta     # już bez zasad
help-campaign-set-arg-campaign = Numer albo nazwa kampanii
help-campaign-set-arg-name = Nowa nazwa
help-campaign-set-arg-goals = Co kampania ma osiągnąć
help-campaign-set-arg-rules = Zasady komunikacji
help-campaign-set-arg-description = Opis kampanii
help-campaign-set-arg-tags = Dodaj tag; powtórz, by dodać kilka
help-campaign-set-arg-untag = Usuń tag; powtórz, by usunąć kilka
help-campaign-file-about = Pliki kampanii (materiały): lista i zapis pliku z powrotem na dysk
help-campaign-file-after =
    lejek campaign file list 1
    lejek campaign file get 1 plakat.pdf -o plakat.pdf
help-campaign-file-list-about = Pliki kampanii (materiały): numer, nazwa, rozmiar, kto i kiedy go dołączył
help-campaign-file-list-after =
    lejek campaign file list "Boże Narodzenie 2026"
    lejek campaign file list 1 --format csv
help-campaign-file-list-arg-campaign = Numer albo nazwa kampanii
help-campaign-file-list-arg-format = Wynik: table, csv albo json
help-campaign-file-get-about = Zapisz dołączony plik, sprawdzając go z zapisanym skrótem (SHA-256)
help-campaign-file-get-after =
    lejek campaign file get 1 plakat.pdf -o plakat.pdf
    lejek campaign file get "Boże Narodzenie 2026" Ulotka -o ulotka.pdf --force
help-campaign-file-get-arg-campaign = Numer albo nazwa kampanii
help-campaign-file-get-arg-file = Nazwa pliku jak na liście (z kilku o tej nazwie: najnowszy) albo #NUMER
help-campaign-file-get-arg-output = Gdzie zapisać; - to standardowe wyjście
help-campaign-file-get-arg-force = Nadpisz PATH, jeśli istnieje
help-task-reopen-about = Otwórz ponownie wykonane zadanie (spotkanie: jednak się nie odbyło)
help-task-reopen-after = lejek task reopen 1
help-task-reopen-arg-id = Numer zadania
help-task-set-arg-deal = Przenieś zadanie do tego interesu (numer)
help-task-set-arg-no_deal = Odłącz zadanie od interesu
