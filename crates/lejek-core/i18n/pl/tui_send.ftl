### Polskie komunikaty e-maili i SMS-ów w TUI (zgłoszenie 8, SPEC D12): ekran szablonów
### wiadomości, podgląd przed wysłaniem, wiersz stanu po wysyłce i opis klawiszy.

action-send_message = Wyślij kontaktowi interesu e-mail albo SMS z szablonu
action-retry_send = Wyślij ponownie ostatnią niewysłaną wiadomość interesu
action-templates = Szablony wiadomości: lista, dodawanie, edycja, usuwanie
action-remove = Usuń to, co pod kursorem: interes, kontakt lub zadanie (po pytaniu), notatkę, komentarz lub plik na karcie, szablon
keymap-section-messages = E-mail i SMS
tui-tpl-title = Szablony wiadomości
# Variables: $deal, $title
tui-tpl-pick_title = Wysyłka do interesu #{ $deal } { $title }: wybierz szablon
# Variables: $new_key, $edit_key, $remove_key, $close_key, $edit_alt_key
tui-tpl-keys = { $new_key }: nowy · { $edit_key }/{ $edit_alt_key }: edycja · { $remove_key }: usuń · { $close_key }: zamknij
# Variables: $send_key, $new_key, $edit_key, $remove_key, $back_key
tui-tpl-keys_pick = { $send_key }: podgląd i wysyłka · { $new_key }: nowy · { $edit_key }: edycja · { $remove_key }: usuń · { $back_key }: wstecz
# Variables: $add_key
tui-tpl-none = Nie ma jeszcze szablonów wiadomości: { $add_key } dodaje nowy.
# Variables: $name
tui-tpl-confirm_remove = Usunąć szablon '{ $name }'? To, co nim wysłano, zostaje w historii interesów.
tui-tpl-new = Nowy szablon wiadomości
# Variables: $name, $kind
tui-tpl-edit = Szablon { $name } ({ $kind })
tui-tpl-subject = Temat (e-mail)
tui-tpl-body = Treść (\n: nowy wiersz)
tui-tpl-attach = Dołącz plik
tui-tpl-detach = Usuń załącznik
tui-tpl-err-sms_subject = SMS nie ma tematu: zostaw temat pusty
tui-tpl-err-sms_attachment = SMS nie może mieć załączników: zostaw plik pusty
# Variables: $kind, $deal, $title
tui-send-title = { $kind } do interesu #{ $deal } { $title }
# Variables: $kind, $deal, $title
tui-send-retry_title = { $kind } do interesu #{ $deal } { $title }, ponownie
# Variables: $send_key, $back_key
tui-send-keys = { $send_key }: wyślij · { $back_key }: wstecz · pisz, by zmienić odbiorcę
# Variables: $send_key, $back_key
tui-send-keys_retry = { $send_key }: wyślij ponownie · { $back_key }: wstecz
# Variables: $contact
tui-send-warn_no_email = { $contact } nie ma adresu e-mail: wpisz go, bo inaczej wysyłka zapisze się jako nieudana
# Variables: $contact
tui-send-warn_no_phone = { $contact } nie ma numeru telefonu: wpisz go, bo inaczej wysyłka zapisze się jako nieudana
tui-send-no_recipient = wpisz odbiorcę
# Variables: $error
tui-send-failed_before = Błąd: { $error }
# Variables: $kind, $to
tui-send-sending = Wysyłam: { $kind } do { $to }…
# Variables: $contact
tui-send-no_email = NIE wysłano: { $contact } nie ma adresu e-mail (nieudana wysyłka jest w historii interesu)
# Variables: $contact
tui-send-no_phone = NIE wysłano: { $contact } nie ma numeru telefonu (nieudana wysyłka jest w historii interesu)
# Variables: $kind, $to, $error, $retry_key
tui-send-failed = { $kind } do { $to } NIE wysłany: { $error } ({ $retry_key }: wyślij ponownie)
# Variables: $retry_key
tui-send-retry_hint = ({ $retry_key }: wyślij ponownie)
