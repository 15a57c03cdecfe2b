//! Polskie komunikaty e-maili i SMS-ów w TUI (zgłoszenie 8, SPEC D12): ekran szablonów
//! wiadomości, podgląd przed wysłaniem, wiersz stanu po wysyłce i opis klawiszy.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.send_message",
        "Wyślij kontaktowi interesu e-mail albo SMS z szablonu",
    ),
    (
        "action.retry_send",
        "Wyślij ponownie ostatnią niewysłaną wiadomość interesu",
    ),
    (
        "action.templates",
        "Szablony wiadomości: lista, dodawanie, edycja, usuwanie",
    ),
    (
        "action.remove",
        "Usuń to, co pod kursorem: interes, kontakt lub zadanie (po pytaniu), notatkę, komentarz lub plik na karcie, szablon",
    ),
    ("keymap.section.messages", "E-mail i SMS"),
    ("tui.tpl.title", "Szablony wiadomości"),
    (
        "tui.tpl.pick_title",
        "Wysyłka do interesu #{0} {1}: wybierz szablon",
    ),
    (
        "tui.tpl.keys",
        "{0}: nowy · {1}/{4}: edycja · {2}: usuń · {3}: zamknij",
    ),
    (
        "tui.tpl.keys_pick",
        "{0}: podgląd i wysyłka · {1}: nowy · {2}: edycja · {3}: usuń · {4}: wstecz",
    ),
    (
        "tui.tpl.none",
        "Nie ma jeszcze szablonów wiadomości: {0} dodaje nowy.",
    ),
    (
        "tui.tpl.confirm_remove",
        "Usunąć szablon '{0}'? To, co nim wysłano, zostaje w historii interesów.",
    ),
    ("tui.tpl.new", "Nowy szablon wiadomości"),
    ("tui.tpl.edit", "Szablon {0} ({1})"),
    ("tui.tpl.subject", "Temat (e-mail)"),
    ("tui.tpl.body", "Treść (\\n: nowy wiersz)"),
    ("tui.tpl.attach", "Dołącz plik"),
    ("tui.tpl.detach", "Usuń załącznik"),
    (
        "tui.tpl.err.sms_subject",
        "SMS nie ma tematu: zostaw temat pusty",
    ),
    (
        "tui.tpl.err.sms_attachment",
        "SMS nie może mieć załączników: zostaw plik pusty",
    ),
    ("tui.send.title", "{0} do interesu #{1} {2}"),
    ("tui.send.retry_title", "{0} do interesu #{1} {2}, ponownie"),
    (
        "tui.send.keys",
        "{0}: wyślij · {1}: wstecz · pisz, by zmienić odbiorcę",
    ),
    ("tui.send.keys_retry", "{0}: wyślij ponownie · {1}: wstecz"),
    (
        "tui.send.warn_no_email",
        "{0} nie ma adresu e-mail: wpisz go, bo inaczej wysyłka zapisze się jako nieudana",
    ),
    (
        "tui.send.warn_no_phone",
        "{0} nie ma numeru telefonu: wpisz go, bo inaczej wysyłka zapisze się jako nieudana",
    ),
    ("tui.send.no_recipient", "wpisz odbiorcę"),
    ("tui.send.failed_before", "Błąd: {0}"),
    ("tui.send.sending", "Wysyłam: {0} do {1}…"),
    (
        "tui.send.no_email",
        "NIE wysłano: {0} nie ma adresu e-mail (nieudana wysyłka jest w historii interesu)",
    ),
    (
        "tui.send.no_phone",
        "NIE wysłano: {0} nie ma numeru telefonu (nieudana wysyłka jest w historii interesu)",
    ),
    (
        "tui.send.failed",
        "{0} do {1} NIE wysłany: {2} ({3}: wyślij ponownie)",
    ),
    ("tui.send.retry_hint", "({0}: wyślij ponownie)"),
];
