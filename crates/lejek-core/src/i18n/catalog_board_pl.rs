//! Polskie komunikaty tablicy (zgłoszenie 19, punkt 5): interesy jako kolumna na każdy
//! otwarty etap.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.board",
        "Interesy jako tablica: kolumna na każdy otwarty etap (ponownie: lista)",
    ),
    (
        "action.stage_next",
        "Tablica: przesuń interes do następnego otwartego etapu",
    ),
    (
        "action.stage_prev",
        "Tablica: przesuń interes do poprzedniego otwartego etapu",
    ),
    (
        "action.agenda",
        "Plan dnia: co masz na dziś i na najbliższy tydzień",
    ),
    ("agenda.pane_empty", "Nic na najbliższy tydzień."),
    (
        "agenda.pane_keys",
        "j/k: wybór · Enter: przejdź · Esc: zamknij",
    ),
    ("agenda.pane_title", "Plan dnia: {0} · pozycje: {1}"),
    ("board.days", "{0} dni w etapie"),
    ("hdr.in_stage", "W etapie"),
    ("board.more", "… i jeszcze {0}"),
    ("board.moved", "#{0} przesunięty do etapu {1}"),
    (
        "board.no_stages",
        "Brak otwartych etapów: dodaj je przez lejek dict add deal-stage",
    ),
    ("board.title", "Tablica"),
];
