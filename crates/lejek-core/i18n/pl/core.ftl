### Polskie komunikaty. Klucze jak w catalog_en; `{0}`, `{1}`... to argumenty.
### Words follow ../shared/GLOSSARY.md.

col-actor = Kto
col-address = Adres
col-admin = Administrator
col-assignee = Osoba odpowiedzialna
col-campaign = Kampania
col-campaign_id = Id kampanii
col-city = Miasto
col-closed = Zamknięty
col-company = Firma
col-company_id = Id firmy
col-contact = Kontakt
col-contact_id = Id kontaktu
col-created = Utworzono
col-currency = Waluta
col-deal_id = Id interesu
col-deals = Interesy
col-description = Opis
col-done = Zamknięta
col-due = Termin
col-email = E-mail
col-end_reason = Powód zakończenia współpracy
col-ended = Data zakończenia współpracy
col-goals = Cele
col-id = Id
col-kind = Rodzaj
col-last = Ostatnia aktywność
col-login = Login
col-loss_reason = Powód przegrania
col-lost_value = Wartość przegranych
col-name = Nazwa
col-next = Następna aktywność
col-nip = NIP
col-offer = Oferta
col-open_value = Wartość otwartych
col-owner = Opiekun
col-phone = Telefon
col-record = Rekord
col-retired = Wycofany
col-roles = Role
col-rules = Zasady komunikacji
col-source = Źródło
col-stage = Etap
col-stage_kind = Rodzaj etapu
col-status = Status klienta
col-tag = Tag
col-tags = Tagi
col-text = Treść
col-title = Tytuł
col-value = Wartość
col-what = Co
col-when = Kiedy
col-won_value = Wartość wygranych
# Variables: $contacts, $deals, $commands, $seconds
demo-generated = wygenerowano { $contacts ->
        [one] { $contacts } kontakt
        [few] { $contacts } kontakty
        [many] { $contacts } kontaktów
       *[other] { $contacts } kontaktu
    } i { $deals ->
        [one] { $deals } interes
        [few] { $deals } interesy
        [many] { $deals } interesów
       *[other] { $deals } interesu
    } ({ $commands ->
        [one] { $commands } polecenie
        [few] { $commands } polecenia
        [many] { $commands } poleceń
       *[other] { $commands } polecenia
    }) w { $seconds } s
# Variables: $path
demo-hint = baza demonstracyjna: { $path } (użycie: lejek --db { $path } ...)
entity-campaign = kampania
entity-contact = kontakt
entity-deal = interes
entity-dict = wartość słownika
entity-task = sprawa
entity-user = użytkownik
# Variables: $login
err-actor_unknown = '{ $login }' nie jest użytkownikiem lejka; administrator doda go poleceniem: lejek user add { $login }
# Variables: $login
err-admin_only = tylko administrator może zmieniać słowniki ('{ $login }' nim nie jest)
# Variables: $path
err-already_initialised = baza danych już istnieje w { $path }
# Variables: $field
err-bad_clear = nie można wyczyścić '{ $field }' (jedno z: next, value, source, campaign, offer, description)
# Variables: $value
err-bad_currency = to nie jest kod waluty: '{ $value }' (np. PLN, EUR)
# Variables: $value
err-bad_email = to nie jest adres e-mail: '{ $value }'
# Variables: $value
err-bad_kind = nieznany rodzaj kontaktu '{ $value }' (firma lub osoba)
# Variables: $value
err-bad_login = niepoprawny login: '{ $value }' (litery, cyfry, . _ - @)
# Variables: $value
err-bad_now = LEJEK_NOW nie jest czasem w formacie RFC 3339: '{ $value }'
# Variables: $value
err-bad_phone = to nie jest numer telefonu: '{ $value }'
# Variables: $value
err-bad_stage_kind = nieznany rodzaj etapu '{ $value }' (open, won lub lost)
# Variables: $value
err-bad_tag = tag to jedno słowo bez przecinków: '{ $value }'
# Variables: $kind
err-bad_target = do rekordu typu { $kind } nie można dodać notatki, komentarza ani pliku
# Variables: $value
err-bad_task_kind = nieznany rodzaj sprawy '{ $value }' (zadanie lub spotkanie)
# Variables: $value
err-bad_time = to nie jest godzina: '{ $value }' (użyj GG:MM)
# Variables: $name
err-campaign_exists = kampania o nazwie '{ $name }' już istnieje
err-company_of_company = tylko osoba może należeć do firmy
# Variables: $field
err-control_chars = pole { $field } zawiera znaki sterujące
err-demo_deals_need_contacts = interesy wymagają kontaktów: podaj też --contacts
# Variables: $dictionary, $value, $matches
err-dict_ambiguous = '{ $value }' pasuje do kilku wartości słownika { $dictionary }: { $matches }
# Variables: $dictionary, $value
err-dict_exists = słownik { $dictionary } ma już wartość '{ $value }'
# Variables: $dictionary, $known
err-dict_kind = nieznany słownik '{ $dictionary }' (jeden z: { $known })
# Variables: $dictionary, $value, $valid
err-dict_unknown = nieznana wartość '{ $value }' słownika { $dictionary }; dozwolone: { $valid }
# Variables: $field
err-empty = pole { $field } nie może być puste
err-end_reason_required = zakończenie współpracy wymaga powodu (--reason)
# Variables: $file
err-file_not_stored = pliku '{ $file }' nie ma w magazynie plików
# Variables: $file
err-file_too_big = plik { $file } jest za duży, by go załączyć
# Variables: $path, $error
err-io = { $path }: { $error }
# Variables: $shell, $known
err-unknown_shell = nieznana powłoka '{ $shell }' (do wyboru: { $known })
# Variables: $kind, $known
err-complete_kind = nie ma podpowiedzi dla '{ $kind }' (do wyboru: { $known })
# Variables: $dir, $error
err-man_dir = nie można zapisać stron man w { $dir }: { $error }
# Variables: $count, $dir
man-done = zapisano { $count ->
        [one] { $count } stronę man
        [few] { $count } strony man
        [many] { $count } stron man
       *[other] { $count } strony man
    } w { $dir }
# Variables: $stage
err-last_stage_of_kind = '{ $stage }' to ostatni etap tego rodzaju i nie można go wycofać
# Variables: $path
err-locked = baza danych { $path } jest używana przez inny proces lejka; spróbuj ponownie, gdy skończy
err-loss_reason_required = przegranie interesu wymaga podania powodu (--reason)
# Variables: $value
err-negative_value = wartość interesu nie może być ujemna: { $value }
# Variables: $campaign
err-no_campaign = nie ma kampanii '{ $campaign }'
# Variables: $count, $max
err-too_many_ids = naraz poproszono o { $count ->
        [one] { $count } rekord
        [few] { $count } rekordy
        [many] { $count } rekordów
       *[other] { $count } rekordu
    }; najwyżej { $max } w jednym zapytaniu
# Variables: $id
err-no_contact = nie ma kontaktu o id { $id }
# Variables: $path
err-no_db = nie ma bazy danych w { $path }; utwórz ją poleceniem: lejek init
# Variables: $id
err-no_deal = nie ma interesu o id { $id }
# Variables: $path
err-no_file = nie ma takiego pliku: { $path }
# Variables: $id
err-no_notification = nie ma powiadomienia { $id } w twojej skrzynce
# Variables: $id
err-no_stage = nie ma etapu o id { $id }
# Variables: $kind
err-no_stage_of_kind = lejek sprzedażowy nie ma etapu rodzaju { $kind }
# Variables: $id
err-no_task = nie ma sprawy o id { $id }
# Variables: $login
err-no_user = nie ma użytkownika '{ $login }'
# Variables: $id
err-not_a_company = kontakt { $id } nie jest firmą
err-reason_only_when_lost = powód przegrania podaje się tylko dla etapu przegranego
# Variables: $value
err-sort_direction = nieznany kierunek sortowania '{ $value }' (asc lub desc)
# Variables: $field, $fields
err-sort_field = nie można sortować po '{ $field }'; pola: { $fields }
err-stage_kind_only_stages = rodzaj etapu mają tylko etapy interesów
# Variables: $stage, $kind
err-stage_not_of_kind = etap '{ $stage }' nie jest rodzaju { $kind }
# Variables: $error
err-store = błąd bazy danych: { $error }
# Variables: $id
err-task_done_already = sprawa { $id } jest już zamknięta
err-task_one_link = sprawa należy do interesu albo do kampanii, nie do obu
# Variables: $field, $max
err-too_long = pole { $field } jest za długie (najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    })
# Variables: $path, $format, $known
err-too_new = baza danych { $path } ma format { $format }, nowszy niż zna ten lejek ({ $known }); zaktualizuj lejka
# Variables: $login
err-user_exists = użytkownik '{ $login }' już istnieje
# Variables: $text
hist-comment = komentarz: { $text }
# Variables: $name
hist-created = utworzono: { $name }
# Variables: $title, $stage, $value
hist-deal_created = utworzono: { $title } (etap { $stage }, wartość { $value })
# Variables: $title, $stage
hist-deal_created_no_value = utworzono: { $title } (etap { $stage })
# Variables: $field, $old, $new
hist-field = { $field }: { $old } -> { $new }
# Variables: $file
hist-file = załączono plik: { $file }
# Variables: $record
hist-linked = powiązano z { $record }
hist-none = (brak)
# Variables: $text
hist-note = notatka: { $text }
# Variables: $old, $new
hist-stage = etap: { $old } -> { $new }
# Variables: $title
hist-task_added = dodano sprawę: { $title }
# Variables: $title
hist-task_done = zamknięto sprawę: { $title }
# Variables: $old, $new
hist-value = wartość: { $old } -> { $new }
# Variables: $count
inbox-unread = { $count ->
        [one] { $count } nieprzeczytane
        [few] { $count } nieprzeczytane
        [many] { $count } nieprzeczytanych
       *[other] { $count } nieprzeczytanego
    }
# Variables: $path
init-done = baza danych gotowa w { $path }
kind-company = firma
kind-meeting = spotkanie
kind-person = osoba
kind-task = zadanie
# Variables: $count
list-count = { $count ->
        [one] znaleziono { $count } rekord
        [few] znaleziono { $count } rekordy
        [many] znaleziono { $count } rekordów
       *[other] znaleziono { $count } rekordu
    }
# Variables: $count, $shown
list-count_window = { $count ->
        [one] znaleziono { $count } rekord
        [few] znaleziono { $count } rekordy
        [many] znaleziono { $count } rekordów
       *[other] znaleziono { $count } rekordu
    }, pokazano { $shown } (--offset, --limit)
show-deals = Interesy
show-discussion = Dyskusja
show-files = Pliki
show-history = Historia
show-none = (brak)
show-notes = Notatki
show-per_stage = Interesy według etapów
show-persons = Osoby
show-tasks = Sprawy
stage-lost = przegrany
stage-open = otwarty
stage-won = wygrany
yes = tak
