### Polish of `--help` for `template` and `send` and their subcommands (issue 16 item 5).

## template

help-template-about = Szablony wiadomości e-mail i SMS z polami i domyślnymi załącznikami (D12)
help-template-after =
    lejek template add --kind sms --name przypomnienie --body "Do zobaczenia {"{{"}deal.next_activity{"}}"}"
    lejek template list
help-template-add-about = Dodaj szablon e-mail albo SMS; pola są sprawdzane teraz, nie przy wysyłce
help-template-add-after =
    lejek template add --kind email --name oferta --subject "Oferta dla {"{{"}contact.name{"}}"}" \
    {"      "}--body "Dzień dobry {"{{"}contact.first_name{"}}"}, {"{{"}deal.title{"}}"}: {"{{"}deal.value{"}}"}"
    lejek template add --kind sms --name przypomnienie --body "Przypominamy: {"{{"}deal.title{"}}"}, {"{{"}owner.name{"}}"}"
help-template-add-arg-kind = email albo sms
help-template-add-arg-name = Nazwa szablonu, niepowtarzalna (to, co przyjmuje `send --template`)
help-template-add-arg-subject = Temat wiadomości (tylko e-mail); może zawierać pola
help-template-add-arg-body = Treść, z polami takimi jak {"{{"}contact.first_name{"}}"}
help-template-add-arg-body_file = Wczytaj treść z PLIKU (`-`: standardowe wejście)
help-template-add-arg-attach = Domyślny załącznik (tylko e-mail); powtórz, by dodać więcej
help-template-add-arg-format = table albo csv: wypisz nowy identyfikator; json: cały szablon
help-template-edit-about = Zmień szablon; bez zmian do podania, na terminalu, otwórz go w $EDITOR
help-template-edit-after =
    lejek template edit oferta --subject "Nasza oferta: {"{{"}deal.title{"}}"}"
    lejek template edit oferta --attach cennik.pdf --detach stary-cennik.pdf
    lejek template edit oferta                    # w $EDITOR
help-template-edit-arg-template = Nazwa szablonu
help-template-edit-arg-name = Nowa nazwa
help-template-edit-arg-subject = Nowy temat (tylko e-mail)
help-template-edit-arg-body = Nowa treść
help-template-edit-arg-body_file = Wczytaj treść z PLIKU (`-`: standardowe wejście)
help-template-edit-arg-attach = Dodaj domyślny załącznik (plik o tej samej nazwie zostaje zastąpiony)
help-template-edit-arg-detach = Usuń domyślny załącznik o tej nazwie
help-template-list-about = Lista szablonów
help-template-list-after =
    lejek template list
    lejek template list --format json
help-template-list-arg-format = Wynik: table, csv albo json
help-template-show-about = Szablon w całości, z jego polami i (SMS) długością w częściach
help-template-show-after =
    lejek template show oferta
    lejek template show oferta --format json
help-template-show-arg-template = Nazwa szablonu
help-template-show-arg-format = Wynik: table, csv albo json
help-template-remove-about = Usuń szablon (to, co nim wysłano, zostaje w historii interesów)
help-template-remove-after = lejek template remove przypomnienie
help-template-remove-arg-template = Nazwa szablonu

## send

help-send-about = Wyślij e-mail albo SMS z szablonu do kontaktu interesu albo do kampanii (D12)
help-send-after =
    lejek send email --deal 1 --template oferta --dry-run
    lejek send sms --campaign "Boże Narodzenie 2026" --template przypomnienie   # cron: raz na interes
help-send-email-about = Wyślij e-mail z szablonu do kontaktu interesu (albo kampanii)
help-send-email-after =
    lejek send email --deal 1 --template oferta --dry-run    # podgląd, nic nie wysyła
    lejek send email --deal 1 --template oferta --attach warunki.pdf
    lejek send email --campaign "Boże Narodzenie 2026" --template oferta   # raz na otwarty interes
help-send-email-arg-deal = Interes, do którego kontaktu trafi wiadomość
help-send-email-arg-campaign = Każdy otwarty interes tej kampanii (id albo nazwa), raz na interes: ponowne uruchomienie wysyła tylko tam, gdzie tego szablonu jeszcze nie wysłano
help-send-email-arg-template = Nazwa szablonu
help-send-email-arg-to = Wyślij tutaj zamiast na adres e-mail albo numer telefonu kontaktu
help-send-email-arg-attach = Dołącz też ten plik (tylko e-mail); powtórz, by dodać więcej
help-send-email-arg-dry_run = Pokaż wiadomość (i długość SMS-a) bez wysyłania i zapisywania czegokolwiek
help-send-email-arg-format = Wynik: table albo json
help-send-sms-about = Wyślij SMS z szablonu do kontaktu interesu (albo kampanii)
help-send-sms-after =
    lejek send sms --deal 1 --template przypomnienie --dry-run   # podgląd z długością
    lejek send sms --campaign "Boże Narodzenie 2026" --template przypomnienie
help-send-sms-arg-deal = Interes, do którego kontaktu trafi wiadomość
help-send-sms-arg-campaign = Każdy otwarty interes tej kampanii (id albo nazwa), raz na interes: ponowne uruchomienie wysyła tylko tam, gdzie tego szablonu jeszcze nie wysłano
help-send-sms-arg-template = Nazwa szablonu
help-send-sms-arg-to = Wyślij tutaj zamiast na adres e-mail albo numer telefonu kontaktu
help-send-sms-arg-attach = Dołącz też ten plik (tylko e-mail); powtórz, by dodać więcej
help-send-sms-arg-dry_run = Pokaż wiadomość (i długość SMS-a) bez wysyłania i zapisywania czegokolwiek
help-send-sms-arg-format = Wynik: table albo json
help-send-retry-about = Wyślij ponownie nieudaną wiadomość interesu (ostatnią albo wpis historii --event)
help-send-retry-after =
    lejek send retry --deal 1
    lejek send retry --deal 1 --event 5120
help-send-retry-arg-deal = Numer interesu
help-send-retry-arg-event = Wpis historii nieudanej wysyłki (`deal show --format json`: seq)
help-send-log-about = Wszystkie wiadomości (wysłane i nie) do kontaktu interesu, w całości, od najstarszej
help-send-log-after =
    lejek send log --deal 1
    lejek send log --deal 1 --failed --format json
help-send-log-arg-deal = Numer interesu
help-send-log-arg-failed = Tylko nieudane wysyłki, których od tego czasu nie ponowiono (to, co wyśle `send retry`)
help-send-log-arg-format = Wynik: table albo json
