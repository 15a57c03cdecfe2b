### Polish of `--help` for `import`, `export` and `report` (issue 16 item 5).

## report

help-report-about = Raporty R1-R9: lejek report NAZWA [filtry] --format table|csv|json|chart
help-report-after =
    lejek report funnel
    lejek report deal-value --interval quarter --by owner --from 2026-01-01
    lejek report deal-loss-reasons --from 2026-Q3 --to 2026-Q3 --format csv > straty.csv
    lejek report funnel --owner anna --source "zapytanie ze strony" --format chart
    lejek report forecast --interval quarter --by stage --as-of 2026-06-30
help-report-arg-name = contact-sources, contact-end-reasons, deal-sources, deal-loss-reasons, deal-value, sales-activity, funnel, deal-stages albo forecast (prognoza: otwarte interesy według spodziewanej daty zamknięcia, z wartością ważoną prawdopodobieństwem etapu; etap bez prawdopodobieństwa waży 0 i liczy się w kolumnie no_probability; przy --as-of data zamknięcia jest obecna, bo jej historia nie jest przechowywana)
help-report-arg-from = Pierwszy dzień okresu: 2026-01-01, 2026-Q1, 2026-03, 2026, -90d... (domyślnie: dwanaście miesięcy kalendarzowych do --to)
help-report-arg-to = Ostatni dzień okresu, włącznie (domyślnie: --as-of, inaczej dziś); miesiąc, kwartał albo rok oznacza jego ostatni dzień
help-report-arg-as_of = Raport według stanu na koniec tego dnia (raporty interesów), odtworzony z historii
help-report-arg-interval = month, quarter albo year (deal-value, sales-activity); month albo quarter (forecast)
help-report-arg-owner = Login handlowca albo me
help-report-arg-contact = Numer kontaktu (raporty interesów)
help-report-arg-sources = Źródło interesu; powtórz, by wziąć którekolwiek z kilku
help-report-arg-tags = Etykieta; powtórz, by wymagać kilku
help-report-arg-kind = Rodzaj kontaktu: company albo person (raporty kontaktów)
help-report-arg-roles = Rola kontaktu; powtórz, by wymagać kilku (raporty kontaktów)
help-report-arg-stage = Interesy teraz (albo --as-of) na tym etapie
help-report-arg-stage_kind = Interesy teraz (albo --as-of) na etapie tego rodzaju: open, won albo lost
help-report-arg-by = deal-value: kolumna wartości dla każdego opiekuna, kontaktu albo etykiety; forecast: owner albo stage, wiersz dla każdego opiekuna albo etapu w okresie
help-report-arg-filter = Tylko rekordy pasujące do tego wyrażenia filtra (w obecnym stanie)

## import

help-import-about = Import kontaktów, interesów albo całego `export all` z CSV lub JSON (X5)
help-import-after =
    lejek import contacts klienci.csv --dry-run --rejects do-poprawy.csv
    lejek import all lejek.json
help-import-contacts-about = Kontakty z CSV (albo z JSON-a `export contacts`)
help-import-contacts-after =
    lejek import contacts klienci.csv            # Excel z polskiego Windowsa: cp1250, ';'
    lejek import contacts klienci.csv --dry-run --rejects do-poprawy.csv
    lejek import contacts nowsze.csv --update     # scal z kontaktami, które już są
help-import-contacts-arg-encoding = Kodowanie pliku: utf-8, windows-1250 (cp1250), iso-8859-2 (domyślnie: wykrywane)
help-import-contacts-arg-delimiter = Separator kolumn: ';', ',' albo tab (domyślnie: wykrywany z nagłówka)
help-import-contacts-arg-map = Czytaj kolumnę jako pole, np. --map "Kod klienta=nip"; `KOLUMNA=-` ją pomija
help-import-contacts-arg-create_missing = Dodaj opiekunów, wartości słowników, kampanie i kontakty, które plik wymienia, a których baza nie ma (inaczej każdy jest zgłaszany, a jego wiersze odrzucane)
help-import-contacts-arg-update = Scal wiersz pasujący do istniejącego kontaktu z tym kontaktem, zamiast go pomijać
help-import-contacts-arg-dry_run = Sprawdź i zaplanuj wszystko, nic nie zapisuj
help-import-contacts-arg-rejects = Zapisz odrzucone wiersze do tego pliku CSV (ich kolumny, potem wiersz i powód)
help-import-contacts-arg-format = table: rozliczenie tylko na stderr; json: także całe rozliczenie na stdout
help-import-deals-about = Interesy z CSV (albo z JSON-a `export deals`), z historią na ile ją podano
help-import-deals-after =
    lejek import deals interesy.csv --create-missing   # dodaj brakujących opiekunów i wartości
    lejek import deals interesy.csv --contact-by nip --map "Kod klienta=nip"
help-import-deals-arg-contact_by = Która kolumna wskazuje kontakt interesu: id, nip, email albo name (domyślnie: pierwsza z contact_id, nip, email, contact, którą wiersz wypełnia)
help-import-deals-arg-encoding = Kodowanie pliku: utf-8, windows-1250 (cp1250), iso-8859-2 (domyślnie: wykrywane)
help-import-deals-arg-delimiter = Separator kolumn: ';', ',' albo tab (domyślnie: wykrywany z nagłówka)
help-import-deals-arg-map = Czytaj kolumnę jako pole, np. --map "Kod klienta=nip"; `KOLUMNA=-` ją pomija
help-import-deals-arg-create_missing = Dodaj opiekunów, wartości słowników, kampanie i kontakty, które plik wymienia, a których baza nie ma (inaczej każdy jest zgłaszany, a jego wiersze odrzucane)
help-import-deals-arg-update = Scal wiersz pasujący do istniejącego kontaktu z tym kontaktem, zamiast go pomijać
help-import-deals-arg-dry_run = Sprawdź i zaplanuj wszystko, nic nie zapisuj
help-import-deals-arg-rejects = Zapisz odrzucone wiersze do tego pliku CSV (ich kolumny, potem wiersz i powód)
help-import-deals-arg-format = table: rozliczenie tylko na stderr; json: także całe rozliczenie na stdout
help-import-all-about = Wszystko, co zapisał `export all --format json`
help-import-all-after = lejek import all lejek.json                  # to, co zapisał `lejek export all`
help-import-all-arg-encoding = Kodowanie pliku: utf-8, windows-1250 (cp1250), iso-8859-2 (domyślnie: wykrywane)
help-import-all-arg-delimiter = Separator kolumn: ';', ',' albo tab (domyślnie: wykrywany z nagłówka)
help-import-all-arg-map = Czytaj kolumnę jako pole, np. --map "Kod klienta=nip"; `KOLUMNA=-` ją pomija
help-import-all-arg-create_missing = Dodaj opiekunów, wartości słowników, kampanie i kontakty, które plik wymienia, a których baza nie ma (inaczej każdy jest zgłaszany, a jego wiersze odrzucane)
help-import-all-arg-update = Scal wiersz pasujący do istniejącego kontaktu z tym kontaktem, zamiast go pomijać
help-import-all-arg-dry_run = Sprawdź i zaplanuj wszystko, nic nie zapisuj
help-import-all-arg-rejects = Zapisz odrzucone wiersze do tego pliku CSV (ich kolumny, potem wiersz i powód)
help-import-all-arg-format = table: rozliczenie tylko na stderr; json: także całe rozliczenie na stdout

## export

help-export-about = Eksport kontaktów, interesów, kampanii, zadań albo wszystkiego do CSV lub JSON (X5)
help-export-after =
    lejek export deals --format csv --delimiter ';' --bom -o interesy.csv   # polski Excel
    lejek export contacts --filter 'miasto:lodz kind:firma' --format csv > firmy.csv
    lejek export all -o lejek.json          # wszystko, dla `lejek import all`
help-export-arg-what = contacts, deals, campaigns, tasks albo all
help-export-arg-filter = Tylko rekordy pasujące do tego filtra (język filtrów list); nie z `all`
help-export-arg-format = json (domyślnie; `all` tylko jako JSON) albo csv
help-export-arg-output = Zapisz do PLIKU (PLIK.tmp, potem przemianowany na PLIK) zamiast na standardowe wyjście
help-export-arg-bom = CSV: zacznij od znacznika kolejności bajtów UTF-8 (dla Excela)
help-export-arg-delimiter = Separator pól CSV: ',' (domyślnie), ';' (polski Excel; kwoty mają wtedy przecinek dziesiętny) albo tab
