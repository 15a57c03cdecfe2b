//! Polskie komunikaty lejka sprzedaży (issue 19): kolejność etapów, prawdopodobieństwo
//! i dni do zaniedbania, przewidywana data zamknięcia, dni w etapie, zaniedbane interesy.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.move_before_or_after",
        "Podaj, gdzie przenieść: --before NAZWA albo --after NAZWA",
    ),
    (
        "err.move_itself",
        "Nie można przenieść {0} obok samego siebie",
    ),
    (
        "err.move_other_kind",
        "{0} to etap rodzaju {1}, a {2} rodzaju {3}: etap przenosi się tylko wśród etapów swojego rodzaju (najpierw otwarte, potem wygrane, na końcu przegrane)",
    ),
    (
        "err.stage_set_nothing",
        "Nie ma czego ustawić: podaj --probability, --rot-days albo oba",
    ),
    (
        "err.stage_closed_fixed",
        "{0} to etap rodzaju {1}: jego prawdopodobieństwo jest stałe (wygrany 100%, przegrany 0%), a interesy w nim nie zalegają",
    ),
    (
        "err.probability_range",
        "Prawdopodobieństwo {0} poza zakresem: podaj od 0 do 100 (procent)",
    ),
    (
        "err.rot_days_range",
        "Liczba dni do zaniedbania {0} poza zakresem: podaj od 1 do {1}",
    ),
    (
        "err.stage_set_only_stages",
        "dict set ustawia prawdopodobieństwo i dni do zaniedbania etapów interesów; {0} ich nie ma",
    ),
    (
        "err.stage_number",
        "{0}: oczekiwano liczby całkowitej albo none, jest \"{1}\"",
    ),
    ("col.probability", "Prawdopodobieństwo"),
    ("col.rot_days", "Dni do zaniedbania"),
    ("col.position", "Miejsce w kolejności"),
    ("col.expected", "Termin zamknięcia"),
    ("col.days_in_stage", "W etapie"),
    ("col.rotting", "Zaniedbany"),
    (
        "show.rotting",
        "bez aktywności dłużej, niż pozwala jego etap",
    ),
];
