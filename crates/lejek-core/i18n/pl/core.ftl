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
# Variables: $a0, $a1, $a2, $a3
demo-generated = wygenerowano { $a0 } kontaktów i { $a1 } interesów ({ $a2 } poleceń) w { $a3 } s
# Variables: $a0
demo-hint = baza demonstracyjna: { $a0 } (użycie: lejek --db { $a0 } ...)
entity-campaign = kampania
entity-contact = kontakt
entity-deal = interes
entity-dict = wartość słownika
entity-task = sprawa
entity-user = użytkownik
# Variables: $a0
err-actor_unknown = '{ $a0 }' nie jest użytkownikiem lejka; administrator doda go poleceniem: lejek user add { $a0 }
# Variables: $a0
err-admin_only = tylko administrator może zmieniać słowniki ('{ $a0 }' nim nie jest)
# Variables: $a0
err-already_initialised = baza danych już istnieje w { $a0 }
# Variables: $a0
err-bad_clear = nie można wyczyścić '{ $a0 }' (jedno z: next, value, source, campaign, offer, description)
# Variables: $a0
err-bad_currency = to nie jest kod waluty: '{ $a0 }' (np. PLN, EUR)
# Variables: $a0
err-bad_email = to nie jest adres e-mail: '{ $a0 }'
# Variables: $a0
err-bad_kind = nieznany rodzaj kontaktu '{ $a0 }' (firma lub osoba)
# Variables: $a0
err-bad_login = niepoprawny login: '{ $a0 }' (litery, cyfry, . _ - @)
# Variables: $a0
err-bad_now = LEJEK_NOW nie jest czasem w formacie RFC 3339: '{ $a0 }'
# Variables: $a0
err-bad_phone = to nie jest numer telefonu: '{ $a0 }'
# Variables: $a0
err-bad_stage_kind = nieznany rodzaj etapu '{ $a0 }' (open, won lub lost)
# Variables: $a0
err-bad_tag = tag to jedno słowo bez przecinków: '{ $a0 }'
# Variables: $a0
err-bad_target = do rekordu typu { $a0 } nie można dodać notatki, komentarza ani pliku
# Variables: $a0
err-bad_task_kind = nieznany rodzaj sprawy '{ $a0 }' (zadanie lub spotkanie)
# Variables: $a0
err-bad_time = to nie jest godzina: '{ $a0 }' (użyj GG:MM)
# Variables: $a0
err-campaign_exists = kampania o nazwie '{ $a0 }' już istnieje
err-company_of_company = tylko osoba może należeć do firmy
# Variables: $a0
err-control_chars = pole { $a0 } zawiera znaki sterujące
err-demo_deals_need_contacts = interesy wymagają kontaktów: podaj też --contacts
# Variables: $a0, $a1, $a2
err-dict_ambiguous = '{ $a1 }' pasuje do kilku wartości słownika { $a0 }: { $a2 }
# Variables: $a0, $a1
err-dict_exists = słownik { $a0 } ma już wartość '{ $a1 }'
# Variables: $a0, $a1
err-dict_kind = nieznany słownik '{ $a0 }' (jeden z: { $a1 })
# Variables: $a0, $a1, $a2
err-dict_unknown = nieznana wartość '{ $a1 }' słownika { $a0 }; dozwolone: { $a2 }
# Variables: $a0
err-empty = pole { $a0 } nie może być puste
err-end_reason_required = zakończenie współpracy wymaga powodu (--reason)
# Variables: $a0
err-file_not_stored = pliku '{ $a0 }' nie ma w magazynie plików
# Variables: $a0
err-file_too_big = plik { $a0 } jest za duży, by go załączyć
# Variables: $a0, $a1
err-io = { $a0 }: { $a1 }
# Variables: $a0
err-unknown_command = { $a0 }: niedostępne w tej wersji
# Variables: $a0, $a1
err-unknown_shell = nieznana powłoka '{ $a0 }' (do wyboru: { $a1 })
# Variables: $a0, $a1
err-complete_kind = nie ma podpowiedzi dla '{ $a0 }' (do wyboru: { $a1 })
# Variables: $a0, $a1
err-man_dir = nie można zapisać stron man w { $a0 }: { $a1 }
# Variables: $a0, $a1
man-done = zapisano strony man ({ $a0 }) w { $a1 }
# Variables: $a0
err-last_stage_of_kind = '{ $a0 }' to ostatni etap tego rodzaju i nie można go wycofać
# Variables: $a0
err-locked = baza danych { $a0 } jest używana przez inny proces lejka; spróbuj ponownie, gdy skończy
err-loss_reason_required = przegranie interesu wymaga podania powodu (--reason)
# Variables: $a0
err-negative_value = wartość interesu nie może być ujemna: { $a0 }
# Variables: $a0
err-no_campaign = nie ma kampanii '{ $a0 }'
# Variables: $a0, $a1
err-too_many_ids = naraz poproszono o { $a0 } rekordów; najwyżej { $a1 } w jednym zapytaniu
# Variables: $a0
err-no_contact = nie ma kontaktu o id { $a0 }
# Variables: $a0
err-no_db = nie ma bazy danych w { $a0 }; utwórz ją poleceniem: lejek init
# Variables: $a0
err-no_deal = nie ma interesu o id { $a0 }
# Variables: $a0
err-no_file = nie ma takiego pliku: { $a0 }
# Variables: $a0
err-no_notification = nie ma powiadomienia { $a0 } w twojej skrzynce
# Variables: $a0
err-no_stage = nie ma etapu o id { $a0 }
# Variables: $a0
err-no_stage_of_kind = lejek sprzedażowy nie ma etapu rodzaju { $a0 }
# Variables: $a0
err-no_task = nie ma sprawy o id { $a0 }
# Variables: $a0
err-no_user = nie ma użytkownika '{ $a0 }'
# Variables: $a0
err-not_a_company = kontakt { $a0 } nie jest firmą
err-reason_only_when_lost = powód przegrania podaje się tylko dla etapu przegranego
# Variables: $a0
err-sort_direction = nieznany kierunek sortowania '{ $a0 }' (asc lub desc)
# Variables: $a0, $a1
err-sort_field = nie można sortować po '{ $a0 }'; pola: { $a1 }
err-stage_kind_only_stages = rodzaj etapu mają tylko etapy interesów
# Variables: $a0, $a1
err-stage_not_of_kind = etap '{ $a0 }' nie jest rodzaju { $a1 }
# Variables: $a0
err-store = błąd bazy danych: { $a0 }
# Variables: $a0
err-task_done_already = sprawa { $a0 } jest już zamknięta
err-task_one_link = sprawa należy do interesu albo do kampanii, nie do obu
# Variables: $a0, $a1
err-too_long = pole { $a0 } jest za długie (najwyżej { $a1 } znaków)
# Variables: $a0, $a1, $a2
err-too_new = baza danych { $a0 } ma format { $a1 }, nowszy niż zna ten lejek ({ $a2 }); zaktualizuj lejka
# Variables: $a0
err-user_exists = użytkownik '{ $a0 }' już istnieje
# Variables: $a0
hist-comment = komentarz: { $a0 }
# Variables: $a0
hist-created = utworzono: { $a0 }
# Variables: $a0, $a1, $a2
hist-deal_created = utworzono: { $a0 } (etap { $a1 }, wartość { $a2 })
# Variables: $a0, $a1
hist-deal_created_no_value = utworzono: { $a0 } (etap { $a1 })
# Variables: $a0, $a1, $a2
hist-field = { $a0 }: { $a1 } -> { $a2 }
# Variables: $a0
hist-file = załączono plik: { $a0 }
# Variables: $a0
hist-linked = powiązano z { $a0 }
hist-none = (brak)
# Variables: $a0
hist-note = notatka: { $a0 }
# Variables: $a0, $a1
hist-stage = etap: { $a0 } -> { $a1 }
# Variables: $a0
hist-task_added = dodano sprawę: { $a0 }
# Variables: $a0
hist-task_done = zamknięto sprawę: { $a0 }
# Variables: $a0, $a1
hist-value = wartość: { $a0 } -> { $a1 }
# Variables: $a0
inbox-unread = nieprzeczytane: { $a0 }
# Variables: $a0
init-done = baza danych gotowa w { $a0 }
kind-company = firma
kind-meeting = spotkanie
kind-person = osoba
kind-task = zadanie
# Variables: $a0
list-count = znaleziono: { $a0 }
# Variables: $a0, $a1
list-count_window = znaleziono: { $a0 }, pokazano: { $a1 } (--offset, --limit)
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
