//! Polish messages of input limits (issue 15): filters too long or nested too deep, dates
//! outside the years lejek keeps, amounts that cannot be a deal's value or that would switch
//! its currency unasked.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "limits.filter.too_long",
        "filtr jest za długi (najwyżej {0} znaków)",
    ),
    (
        "limits.filter.too_deep",
        "za głębokie zagnieżdżenie nawiasów i zaprzeczeń (najwyżej {0} poziomów)",
    ),
    (
        "limits.filter.expands_too_long",
        "zapisane filtry rozwijają się do ponad {0} znaków",
    ),
    (
        "limits.date.out_of_range",
        "data poza zakresem: '{0}' (lata od {1} do {2})",
    ),
    (
        "limits.money.negative_zero",
        "'{0}' to nie kwota: minus przy zerze (wpisz 0)",
    ),
    (
        "limits.money.currency_conflict",
        "'{0}' jest w {1}, a --currency podaje {2}",
    ),
    (
        "limits.money.currency_switch",
        "wartość interesu {0} jest w {1}; '{2}' jest w {3}: aby zmienić walutę interesu, dodaj --currency {3}",
    ),
    (
        "limits.money.currency_alone",
        "--currency wymaga --value (to waluta tej wartości)",
    ),
    (
        "limits.money.column_conflict",
        "'{0}' jest w {1}, a kolumna waluty podaje {2}",
    ),
    (
        "limits.date.bad_now",
        "LEJEK_NOW poza zakresem: '{0}' (lata od {1} do {2})",
    ),
];
