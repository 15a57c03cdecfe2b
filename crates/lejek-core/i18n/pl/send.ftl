### Polskie komunikaty szablonów i wysyłki (zgłoszenie 8, SPEC D12); komunikaty samych
### kanałów wysyłki są w `catalog_comms_pl`.

entity-template = szablon
msg-kind-email = e-mail
msg-kind-sms = SMS
# Variables: $kind, $to, $subject, $transport
hist-msg_sent = { $kind } do { $to } „{ $subject }” wysłany ({ $transport })
# Variables: $kind, $to, $subject, $error
hist-msg_failed = { $kind } do { $to } „{ $subject }” NIE wysłany: { $error }
# Variables: $text
hist-removed = usunięto: { $text }
col-body = Treść
col-subject = Temat
col-file = Plik
col-files = Załączniki
col-length = Długość
# Variables: $template, $line, $column, $placeholder, $known
err-template_unknown = { $template }, wiersz { $line }, kolumna { $column }: nieznane pole {"{{"}{ $placeholder }{"}}"}; dostępne: { $known }
# Variables: $template, $line, $column
err-template_unclosed = { $template }, wiersz { $line }, kolumna { $column }: {"{{"} bez zamykającego {"}}"} (dosłowne {"{{"} pisz jako {"{{{{"})
err-sms_subject = SMS nie ma tematu; pomiń --subject
err-sms_attachment = SMS nie może mieć załączników; pomiń --attach
# Variables: $max
err-too_many_attachments = szablon może mieć najwyżej { $max ->
        [one] { $max } załącznik
        [few] { $max } załączniki
        [many] { $max } załączników
       *[other] { $max } załącznika
    }
# Variables: $file
err-attachment_twice = załącznik { $file } podano dwa razy
# Variables: $name
err-no_template = nie ma szablonu { $name } (lejek template list pokaże wszystkie)
# Variables: $name
err-template_exists = szablon { $name } już istnieje
# Variables: $name
err-no_attachment = szablon nie ma załącznika { $name }
# Variables: $kind
err-bad_message_kind = nieznany rodzaj { $kind }: email albo sms
err-template_no_body = podaj treść przez --body albo --body-file
err-template_edit_nothing = nic do zmiany: podaj --name, --subject, --body, --attach albo --detach (albo uruchom w terminalu, by użyć $EDITOR)
# Variables: $path
err-not_utf8 = { $path } nie jest tekstem UTF-8
# Variables: $editor
err-editor_failed = edytor ({ $editor }) zakończył się błędem; nic nie zmieniono
# Variables: $count, $encoding, $length
sms-segments = { $count ->
        [one] { $count } SMS
        [few] { $count } SMS-y
        [many] { $count } SMS-ów
       *[other] { $count } SMS-a
    } ({ $encoding }, { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    })
# Variables: $placeholders
template-editor_help =
    Popraw szablon poniżej; wiersze zaczynające się od # są pomijane.
    Zapisz i wyjdź, by go zachować; wyjdź bez zapisu, by zostawić bez zmian.
    Pola: { $placeholders }
col-to = Do
col-deal = Interes
col-detail = Szczegóły
send-status-sent = wysłano
send-status-failed = błąd
send-status-skipped = wysłano wcześniej
send-status-would_send = do wysłania
# Variables: $sent, $skipped, $failed
send-summary = wysłano { $sent ->
        [one] { $sent } wiadomość
        [few] { $sent } wiadomości
        [many] { $sent } wiadomości
       *[other] { $sent } wiadomości
    }, pominięto { $skipped } (wysłane wcześniej), nieudane: { $failed }
# Variables: $kind, $to, $transport, $detail
send-sent = { $kind } do { $to } wysłany ({ $transport }): { $detail }
send-err-no_email = kontakt nie ma adresu e-mail
send-err-no_phone = kontakt nie ma numeru telefonu
# Variables: $contact
send-err-contact_no_email = { $contact } nie ma adresu e-mail: dodaj go (lejek contact set) albo podaj --to; nieudana wysyłka jest w historii interesu
# Variables: $contact
send-err-contact_no_phone = { $contact } nie ma numeru telefonu: dodaj go (lejek contact set) albo podaj --to; nieudana wysyłka jest w historii interesu
# Variables: $file
send-err-no_attachment = brak załącznika { $file } w magazynie plików (lejek check)
# Variables: $template, $kind, $wanted
send-err-wrong_kind = szablon { $template } jest dla { $kind }, nie { $wanted }
send-err-no_target = podaj --deal ID albo --campaign ID|NAZWA
# Variables: $entry, $deal
send-err-no_such_failure = wpis historii { $entry } nie jest niepowtórzoną nieudaną wysyłką interesu { $deal }
# Variables: $deal
send-err-nothing_to_retry = interes { $deal } nie ma nieudanej wysyłki do powtórzenia
col-result = Wynik
# Variables: $count, $skipped
send-summary_dry = do wysłania { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    }, pominięto { $skipped } (wysłane wcześniej); nic nie wysłano
# Variables: $kind
send-progress = wysyłka { $kind }
# Variables: $transport, $detail
send-log-sent = wysłano ({ $transport }): { $detail }
# Variables: $error
send-log-failed = NIE wysłano: { $error }
