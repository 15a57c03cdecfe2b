//! English messages of input limits (issue 15): filters too long or nested too deep, dates
//! outside the years lejek keeps, amounts that cannot be a deal's value.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "limits.filter.too_long",
        "the filter is too long (at most {0} characters)",
    ),
    (
        "limits.filter.too_deep",
        "parentheses and negations nested too deep (at most {0} levels)",
    ),
    (
        "limits.filter.expands_too_long",
        "saved filters expand to more than {0} characters",
    ),
    (
        "limits.date.out_of_range",
        "date out of range: '{0}' (years {1} to {2})",
    ),
];
