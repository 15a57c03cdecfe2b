//! Polish messages of the forms' record pickers and pre-filled fields (issue 18 items 2, 3).

pub const ENTRIES: &[(&str, &str)] = &[
    ("picker.col.deal", "Interes"),
    (
        "picker.hint.contact",
        "wpisz część nazwy, NIP-u, e-maila, telefonu albo #numer",
    ),
    ("picker.hint.deal", "wpisz część tytułu albo #numer"),
    ("picker.hint.campaign", "wpisz część nazwy albo #numer"),
    (
        "picker.hint.user",
        "wpisz część imienia, nazwiska albo loginu",
    ),
    ("picker.hint.found", "znalezione: {0} · ↑↓ i Enter: wybierz"),
    (
        "picker.err.choose",
        "wybierz z listy: wpisz część nazwy i zatwierdź Enterem",
    ),
    ("picker.err.none", "nic nie pasuje do '{0}'"),
    ("picker.more", "… i {0} więcej"),
    ("picker.err.lookup", "nie udało się wyszukać: {0}"),
];
