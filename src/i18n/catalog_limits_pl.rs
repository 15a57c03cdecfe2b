//! Polskie komunikaty o granicach danych wejściowych (issue 15): za długie lub zbyt głęboko
//! zagnieżdżone filtry, daty spoza lat obsługiwanych przez lejka, kwoty, które nie mogą być
//! wartością szansy.

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
];
