//! Polskie komunikaty szablonów i wysyłki (zgłoszenie 8, SPEC D12); komunikaty samych
//! kanałów wysyłki są w `catalog_comms_pl`.

pub const ENTRIES: &[(&str, &str)] = &[
    ("entity.template", "szablon"),
    ("msg.kind.email", "e-mail"),
    ("msg.kind.sms", "SMS"),
    (
        "hist.msg_sent",
        "{0} do {1} \u{201e}{2}\u{201d} wysłany ({3})",
    ),
    (
        "hist.msg_failed",
        "{0} do {1} \u{201e}{2}\u{201d} NIE wysłany: {3}",
    ),
    ("hist.removed", "usunięto: {0}"),
    ("col.body", "Treść"),
    ("col.subject", "Temat"),
    ("col.file", "Plik"),
    ("col.files", "Załączniki"),
    ("col.length", "Długość"),
    (
        "err.template_unknown",
        "{0}, wiersz {1}, kolumna {2}: nieznane pole {{{3}}}; dostępne: {4}",
    ),
    (
        "err.template_unclosed",
        "{0}, wiersz {1}, kolumna {2}: {{ bez zamykającego }} (dosłowne {{ pisz jako {{{{)",
    ),
    ("err.sms_subject", "SMS nie ma tematu; pomiń --subject"),
    (
        "err.sms_attachment",
        "SMS nie może mieć załączników; pomiń --attach",
    ),
    (
        "err.too_many_attachments",
        "szablon może mieć najwyżej {0} załączników",
    ),
    ("err.attachment_twice", "załącznik {0} podano dwa razy"),
    (
        "err.no_template",
        "nie ma szablonu {0} (lejek template list pokaże wszystkie)",
    ),
    ("err.template_exists", "szablon {0} już istnieje"),
    ("err.no_attachment", "szablon nie ma załącznika {0}"),
    (
        "err.bad_message_kind",
        "nieznany rodzaj {0}: email albo sms",
    ),
    (
        "err.template_no_body",
        "podaj treść przez --body albo --body-file",
    ),
    (
        "err.template_edit_nothing",
        "nic do zmiany: podaj --name, --subject, --body, --attach albo --detach (albo uruchom w terminalu, by użyć $EDITOR)",
    ),
    ("err.not_utf8", "{0} nie jest tekstem UTF-8"),
    (
        "err.editor_failed",
        "edytor ({0}) zakończył się błędem; nic nie zmieniono",
    ),
    ("sms.segments", "{0} SMS ({1}, znaków: {2})"),
    (
        "template.editor_help",
        "Popraw szablon poniżej; wiersze zaczynające się od # są pomijane.\nZapisz i wyjdź, by go zachować; wyjdź bez zapisu, by zostawić bez zmian.\nPola: {0}",
    ),
    ("col.to", "Do"),
    ("col.deal", "Interes"),
    ("col.detail", "Szczegóły"),
    ("send.status.sent", "wysłano"),
    ("send.status.failed", "błąd"),
    ("send.status.skipped", "wysłano wcześniej"),
    ("send.status.would_send", "do wysłania"),
    (
        "send.summary",
        "wysłano {0}, pominięto {1} (wysłane wcześniej), błędy: {2}",
    ),
    ("send.sent", "{0} do {1} wysłany ({2}): {3}"),
    ("send.err.no_email", "kontakt nie ma adresu e-mail"),
    ("send.err.no_phone", "kontakt nie ma numeru telefonu"),
    (
        "send.err.contact_no_email",
        "{0} nie ma adresu e-mail: dodaj go (lejek contact set) albo podaj --to; nieudana wysyłka jest w historii interesu",
    ),
    (
        "send.err.contact_no_phone",
        "{0} nie ma numeru telefonu: dodaj go (lejek contact set) albo podaj --to; nieudana wysyłka jest w historii interesu",
    ),
    (
        "send.err.no_attachment",
        "brak załącznika {0} w magazynie plików (lejek check)",
    ),
    ("send.err.wrong_kind", "szablon {0} jest dla {1}, nie {2}"),
    (
        "send.err.no_target",
        "podaj --deal ID albo --campaign ID|NAZWA",
    ),
    (
        "send.err.no_such_failure",
        "wpis historii {0} nie jest niepowtórzoną nieudaną wysyłką interesu {1}",
    ),
    (
        "send.err.nothing_to_retry",
        "interes {0} nie ma nieudanej wysyłki do powtórzenia",
    ),
    ("col.result", "Wynik"),
    (
        "send.summary_dry",
        "do wysłania {0}, pominięto {1} (wysłane wcześniej); nic nie wysłano",
    ),
    ("send.progress", "wysyłka {0}"),
    ("send.log.sent", "wysłano ({0}): {1}"),
    ("send.log.failed", "NIE wysłano: {0}"),
];
