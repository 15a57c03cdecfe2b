//! Polskie komunikaty ekranu słowników w TUI (issue 19 item 8): nazwy słowników, klawisze,
//! pytania i formularze.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.dictionaries",
        "Słowniki: etapy, źródła, powody, role, statusy",
    ),
    ("tui.dict.title", "Słowniki"),
    (
        "tui.dict.read_only",
        "tylko do odczytu: zmienia je administrator",
    ),
    ("dict.name.contact_status", "Statusy klienta"),
    ("dict.name.contact_source", "Źródła pozyskania"),
    ("dict.name.end_reason", "Powody zakończenia współpracy"),
    ("dict.name.contact_role", "Role"),
    ("dict.name.deal_stage", "Etapy interesów"),
    ("dict.name.deal_source", "Źródła interesów"),
    ("dict.name.loss_reason", "Powody przegrania"),
    (
        "tui.dict.keys",
        "{0} {1}: słownik · {2}: nowa wartość · {3}: zmień · {4}: wycofaj/przywróć · {5} {6}: przesuń etap · {7}: zamknij",
    ),
    (
        "tui.dict.keys_read_only",
        "{0} {1}: słownik · {2}: zamknij · zmiany wprowadza administrator",
    ),
    (
        "tui.dict.none",
        "Ten słownik jest pusty: {0} dodaje wartość.",
    ),
    ("tui.dict.retired", "wycofana"),
    ("col.chance", "Szansa"),
    ("tui.dict.gone", "Tej wartości nie ma już w słowniku (#{0})"),
    (
        "tui.dict.confirm_retire",
        "Wycofać {0} ze słownika {1}? Zapisane rekordy ją zachowają, ale nie da się jej wybrać.",
    ),
    (
        "tui.dict.confirm_unretire",
        "Przywrócić {0} w słowniku {1}? Znów będzie do wyboru.",
    ),
    ("tui.dict.new", "Nowa wartość: {0}"),
    ("tui.dict.edit", "Zmiana wartości {0} ({1})"),
    ("tui.dict.stage_kind", "Rodzaj etapu"),
    ("tui.dict.probability", "Prawdopodobieństwo wygranej (%)"),
    ("tui.dict.rot_days", "Dni bez aktywności do zaniedbania"),
    ("tui.dict.not_admin", "Słowniki zmienia tylko administrator"),
    (
        "tui.dict.move_stages_only",
        "Kolejność ustawia się tylko etapom interesów",
    ),
];
