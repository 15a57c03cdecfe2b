### Polskie komunikaty szablonów i wysyłki (zgłoszenie 8, SPEC D12); komunikaty samych
### kanałów wysyłki są w `catalog_comms_pl`.

entity-template = szablon
msg-kind-email = e-mail
msg-kind-sms = SMS
# Variables: $a0, $a1, $a2, $a3
hist-msg_sent = { $a0 } do { $a1 } „{ $a2 }” wysłany ({ $a3 })
# Variables: $a0, $a1, $a2, $a3
hist-msg_failed = { $a0 } do { $a1 } „{ $a2 }” NIE wysłany: { $a3 }
# Variables: $a0
hist-removed = usunięto: { $a0 }
col-body = Treść
col-subject = Temat
col-file = Plik
col-files = Załączniki
col-length = Długość
# Variables: $a0, $a1, $a2, $a3, $a4
err-template_unknown = { $a0 }, wiersz { $a1 }, kolumna { $a2 }: nieznane pole {"{{"}{ $a3 }{"}}"}; dostępne: { $a4 }
# Variables: $a0, $a1, $a2
err-template_unclosed = { $a0 }, wiersz { $a1 }, kolumna { $a2 }: {"{{"} bez zamykającego {"}}"} (dosłowne {"{{"} pisz jako {"{{{{"})
err-sms_subject = SMS nie ma tematu; pomiń --subject
err-sms_attachment = SMS nie może mieć załączników; pomiń --attach
# Variables: $a0
err-too_many_attachments = szablon może mieć najwyżej { $a0 } załączników
# Variables: $a0
err-attachment_twice = załącznik { $a0 } podano dwa razy
# Variables: $a0
err-no_template = nie ma szablonu { $a0 } (lejek template list pokaże wszystkie)
# Variables: $a0
err-template_exists = szablon { $a0 } już istnieje
# Variables: $a0
err-no_attachment = szablon nie ma załącznika { $a0 }
# Variables: $a0
err-bad_message_kind = nieznany rodzaj { $a0 }: email albo sms
err-template_no_body = podaj treść przez --body albo --body-file
err-template_edit_nothing = nic do zmiany: podaj --name, --subject, --body, --attach albo --detach (albo uruchom w terminalu, by użyć $EDITOR)
# Variables: $a0
err-not_utf8 = { $a0 } nie jest tekstem UTF-8
# Variables: $a0
err-editor_failed = edytor ({ $a0 }) zakończył się błędem; nic nie zmieniono
# Variables: $a0, $a1, $a2
sms-segments = { $a0 } SMS ({ $a1 }, znaków: { $a2 })
# Variables: $a0
template-editor_help =
    Popraw szablon poniżej; wiersze zaczynające się od # są pomijane.
    Zapisz i wyjdź, by go zachować; wyjdź bez zapisu, by zostawić bez zmian.
    Pola: { $a0 }
col-to = Do
col-deal = Interes
col-detail = Szczegóły
send-status-sent = wysłano
send-status-failed = błąd
send-status-skipped = wysłano wcześniej
send-status-would_send = do wysłania
# Variables: $a0, $a1, $a2
send-summary = wysłano { $a0 }, pominięto { $a1 } (wysłane wcześniej), błędy: { $a2 }
# Variables: $a0, $a1, $a2, $a3
send-sent = { $a0 } do { $a1 } wysłany ({ $a2 }): { $a3 }
send-err-no_email = kontakt nie ma adresu e-mail
send-err-no_phone = kontakt nie ma numeru telefonu
# Variables: $a0
send-err-contact_no_email = { $a0 } nie ma adresu e-mail: dodaj go (lejek contact set) albo podaj --to; nieudana wysyłka jest w historii interesu
# Variables: $a0
send-err-contact_no_phone = { $a0 } nie ma numeru telefonu: dodaj go (lejek contact set) albo podaj --to; nieudana wysyłka jest w historii interesu
# Variables: $a0
send-err-no_attachment = brak załącznika { $a0 } w magazynie plików (lejek check)
# Variables: $a0, $a1, $a2
send-err-wrong_kind = szablon { $a0 } jest dla { $a1 }, nie { $a2 }
send-err-no_target = podaj --deal ID albo --campaign ID|NAZWA
# Variables: $a0, $a1
send-err-no_such_failure = wpis historii { $a0 } nie jest niepowtórzoną nieudaną wysyłką interesu { $a1 }
# Variables: $a0
send-err-nothing_to_retry = interes { $a0 } nie ma nieudanej wysyłki do powtórzenia
col-result = Wynik
# Variables: $a0, $a1
send-summary_dry = do wysłania { $a0 }, pominięto { $a1 } (wysłane wcześniej); nic nie wysłano
# Variables: $a0
send-progress = wysyłka { $a0 }
# Variables: $a0, $a1
send-log-sent = wysłano ({ $a0 }): { $a1 }
# Variables: $a0
send-log-failed = NIE wysłano: { $a0 }
