//! Polskie komunikaty usuwania i praw z RODO (zgłoszenie 20, punkty 3 i 4).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "erase.err.admin_remove",
        "{0} nie jest administratorem: interesy i kontakty usuwa tylko administrator",
    ),
    (
        "erase.err.admin_erase",
        "{0} nie jest administratorem: dane osobowe usuwa tylko administrator",
    ),
    (
        "erase.err.admin_export",
        "{0} nie jest administratorem: dane osoby eksportuje tylko administrator",
    ),
    (
        "erase.err.contact_has_deals",
        "kontakt #{0} ma interesy ({1}): najpierw je usuń albo dodaj --with-deals, by usunąć je razem z nim",
    ),
    (
        "erase.err.company_has_persons",
        "firma #{0} ma osoby ({1}): dodaj --detach-persons, by zostały bez firmy",
    ),
    (
        "erase.err.not_your_task",
        "zadanie #{0} jest przypisane do {1}: usunąć je może tylko ta osoba albo administrator",
    ),
    ("erase.err.no_file", "nie ma załącznika o id {0}"),
    (
        "erase.err.not_your_file",
        "plik #{0} dołączył(a) {1}: usunąć go może tylko ta osoba albo administrator",
    ),
    (
        "erase.err.removed_deal",
        "interes #{0} usunął(ęła) {1} dnia {2}",
    ),
    (
        "erase.err.removed_contact",
        "kontakt #{0} usunął(ęła) {1} dnia {2}",
    ),
    (
        "erase.err.removed_task",
        "zadanie #{0} usunął(ęła) {1} dnia {2}",
    ),
    (
        "erase.err.note_not_here",
        "notatka #{0} nie należy do interesu #{1}",
    ),
    ("erase.redacted", "[usunięto]"),
    ("erase.anon_name", "[usunięto #{0}]"),
    (
        "erase.ask",
        "Zanonimizować {0} wszędzie (kartoteka, historia, notatki, wiadomości, pliki)? Tego nie da się cofnąć. [t/N]",
    ),
    ("erase.cancelled", "Nic nie usunięto."),
    ("erase.done", "Kontakt #{0} zanonimizowany."),
    ("erase.field.erased", "usunięto dane osobowe (RODO)"),
    (
        "erase.confirm.deal",
        "Usunąć interes {0} z jego zadaniami, notatkami i plikami? Historia zostanie.",
    ),
    (
        "erase.confirm.contact",
        "Usunąć kontakt {0}? Historia zostanie.",
    ),
    (
        "erase.confirm.contact_deals",
        "Usunąć kontakt {0} razem z jego interesami ({1})? Ich historia zostanie.",
    ),
    (
        "erase.confirm.task",
        "Usunąć zadanie {0}? Historia zostanie.",
    ),
    ("erase.confirm.file", "Usunąć plik {0}?"),
    ("erase.field.task", "zadanie"),
    (
        "help.contact.remove.about",
        "Usuń kontakt (tylko administrator); historia zostaje i mówi, kto go usunął",
    ),
    (
        "help.contact.remove.after",
        concat!(
            "lejek contact remove 12\n",
            "lejek contact remove 12 --with-deals        # razem z jego interesami\n",
            "lejek contact remove 3 --detach-persons     # firma: jej osoby zostają",
        ),
    ),
    ("help.contact.remove.arg.id", "Numer kontaktu"),
    (
        "help.contact.remove.arg.with_deals",
        "Usuń też jego interesy (bez tego odmowa, dopóki jakieś ma)",
    ),
    (
        "help.contact.remove.arg.detach_persons",
        "Osoby firmy zostają, bez firmy (bez tego odmowa)",
    ),
    (
        "help.contact.export-personal.about",
        "Wszystko, co lejek wie o osobie, jako JSON (RODO art. 15 i 20; tylko administrator)",
    ),
    (
        "help.contact.export-personal.after",
        concat!(
            "lejek contact export-personal 12\n",
            "lejek contact export-personal 12 -o osoba-12.json",
        ),
    ),
    ("help.contact.export-personal.arg.id", "Numer kontaktu"),
    (
        "help.contact.export-personal.arg.output",
        "Zapisz do tego pliku (czytelnego tylko dla ciebie) zamiast na standardowe wyjście",
    ),
    (
        "help.contact.erase.about",
        "Zanonimizuj osobę wszędzie (RODO art. 17; tylko administrator): kwoty, etapy i daty zostają",
    ),
    (
        "help.contact.erase.after",
        concat!(
            "lejek contact erase 12            # w terminalu najpierw pyta\n",
            "lejek contact erase 12 --yes",
        ),
    ),
    ("help.contact.erase.arg.id", "Numer kontaktu"),
    ("help.contact.erase.arg.yes", "Nie pytaj"),
    (
        "help.deal.note-remove.about",
        "Usuń notatkę tego interesu (swoją; administrator także cudzą); historia zachowuje jej treść",
    ),
    ("help.deal.note-remove.after", "lejek deal note-remove 1 7"),
    ("help.deal.note-remove.arg.id", "Numer interesu"),
    ("help.deal.note-remove.arg.note", "Numer notatki"),
    (
        "help.deal.remove.about",
        "Usuń interes z jego zadaniami, notatkami i plikami (tylko administrator); historia zostaje",
    ),
    ("help.deal.remove.after", "lejek deal remove 1"),
    ("help.deal.remove.arg.id", "Numer interesu"),
    (
        "help.deal.file.remove.about",
        "Usuń dołączony plik (ten, kto go dołączył, albo administrator)",
    ),
    (
        "help.deal.file.remove.after",
        concat!(
            "lejek deal file remove 1 oferta.pdf\n",
            "lejek deal file remove 1 '#7'",
        ),
    ),
    ("help.deal.file.remove.arg.id", "Numer interesu"),
    (
        "help.deal.file.remove.arg.file",
        "Nazwa pliku jak na liście (z kilku o tej nazwie: najnowszy) albo #NUMER",
    ),
    (
        "help.campaign.file.remove.about",
        "Usuń dołączony plik (ten, kto go dołączył, albo administrator)",
    ),
    (
        "help.campaign.file.remove.after",
        "lejek campaign file remove 1 plakat.pdf",
    ),
    (
        "help.campaign.file.remove.arg.campaign",
        "Numer albo nazwa kampanii",
    ),
    (
        "help.campaign.file.remove.arg.file",
        "Nazwa pliku jak na liście (z kilku o tej nazwie: najnowszy) albo #NUMER",
    ),
    (
        "help.task.remove.about",
        "Usuń zadanie lub spotkanie (osoba, której je przypisano, albo administrator); historia zostaje",
    ),
    ("help.task.remove.after", "lejek task remove 1"),
    ("help.task.remove.arg.id", "Numer zadania"),
];
