//! Polskie komunikaty długiej pracy tylko do odczytu na uszkodzonym lub pełnym magazynie
//! oraz ukrywania sekretów (issue 15, punkty 6, 7 i 13).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "guard.err.damaged",
        "magazyn bazy {0} jest uszkodzony i nie da się go otworzyć; odtwórz go z kopii (lejek restore)",
    ),
    (
        "guard.err.unreadable",
        "nie da się odczytać magazynu: drzewo {0}, po {1} wpisach (ostatni klucz {2}): {3}",
    ),
    (
        "guard.err.keys_back",
        "magazyn jest uszkodzony: w drzewie {0} klucze cofają się po {1} wpisach (ostatni klucz {2})",
    ),
    (
        "guard.err.too_many",
        "magazyn jest uszkodzony: drzewo {0} pokazuje ponad {1} wpisów, więcej niż może mieścić",
    ),
    (
        "guard.err.damaged_at",
        "nie da się odczytać magazynu: drzewo {0}, po {1} wpisach (ostatni klucz {2}): uszkodzone dane w bajcie {3}",
    ),
    (
        "guard.err.damaged_data",
        "nie da się odczytać magazynu: drzewo {0}, po {1} wpisach (ostatni klucz {2}): uszkodzone dane",
    ),
    ("guard.err.stopped", "przerwano: klient się rozłączył"),
];
