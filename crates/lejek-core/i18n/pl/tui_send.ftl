### Polskie komunikaty e-maili i SMS-ów w TUI (zgłoszenie 8, SPEC D12): ekran szablonów
### wiadomości, podgląd przed wysłaniem, wiersz stanu po wysyłce i opis klawiszy.

action-send_message = Wyślij kontaktowi interesu e-mail albo SMS z szablonu
action-retry_send = Wyślij ponownie ostatnią niewysłaną wiadomość interesu
action-templates = Szablony wiadomości: lista, dodawanie, edycja, usuwanie
action-remove = Usuń szablon pod kursorem (ekran szablonów)
keymap-section-messages = E-mail i SMS
tui-tpl-title = Szablony wiadomości
# Variables: $a0, $a1
tui-tpl-pick_title = Wysyłka do interesu #{ $a0 } { $a1 }: wybierz szablon
# Variables: $a0, $a1, $a2, $a3, $a4
tui-tpl-keys = { $a0 }: nowy · { $a1 }/{ $a4 }: edycja · { $a2 }: usuń · { $a3 }: zamknij
# Variables: $a0, $a1, $a2, $a3, $a4
tui-tpl-keys_pick = { $a0 }: podgląd i wysyłka · { $a1 }: nowy · { $a2 }: edycja · { $a3 }: usuń · { $a4 }: wstecz
# Variables: $a0
tui-tpl-none = Nie ma jeszcze szablonów wiadomości: { $a0 } dodaje nowy.
# Variables: $a0
tui-tpl-confirm_remove = Usunąć szablon '{ $a0 }'? To, co nim wysłano, zostaje w historii interesów.
tui-tpl-new = Nowy szablon wiadomości
# Variables: $a0, $a1
tui-tpl-edit = Szablon { $a0 } ({ $a1 })
tui-tpl-subject = Temat (e-mail)
tui-tpl-body = Treść (\n: nowy wiersz)
tui-tpl-attach = Dołącz plik
tui-tpl-detach = Usuń załącznik
tui-tpl-err-sms_subject = SMS nie ma tematu: zostaw temat pusty
tui-tpl-err-sms_attachment = SMS nie może mieć załączników: zostaw plik pusty
# Variables: $a0, $a1, $a2
tui-send-title = { $a0 } do interesu #{ $a1 } { $a2 }
# Variables: $a0, $a1, $a2
tui-send-retry_title = { $a0 } do interesu #{ $a1 } { $a2 }, ponownie
# Variables: $a0, $a1
tui-send-keys = { $a0 }: wyślij · { $a1 }: wstecz · pisz, by zmienić odbiorcę
# Variables: $a0, $a1
tui-send-keys_retry = { $a0 }: wyślij ponownie · { $a1 }: wstecz
# Variables: $a0
tui-send-warn_no_email = { $a0 } nie ma adresu e-mail: wpisz go, bo inaczej wysyłka zapisze się jako nieudana
# Variables: $a0
tui-send-warn_no_phone = { $a0 } nie ma numeru telefonu: wpisz go, bo inaczej wysyłka zapisze się jako nieudana
tui-send-no_recipient = wpisz odbiorcę
# Variables: $a0
tui-send-failed_before = Błąd: { $a0 }
# Variables: $a0, $a1
tui-send-sending = Wysyłam: { $a0 } do { $a1 }…
# Variables: $a0
tui-send-no_email = NIE wysłano: { $a0 } nie ma adresu e-mail (nieudana wysyłka jest w historii interesu)
# Variables: $a0
tui-send-no_phone = NIE wysłano: { $a0 } nie ma numeru telefonu (nieudana wysyłka jest w historii interesu)
# Variables: $a0, $a1, $a2, $a3
tui-send-failed = { $a0 } do { $a1 } NIE wysłany: { $a2 } ({ $a3 }: wyślij ponownie)
# Variables: $a0
tui-send-retry_hint = ({ $a0 }: wyślij ponownie)
