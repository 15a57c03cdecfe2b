//! English messages of input limits (issue 15): filters too long or nested too deep, dates
//! outside the years lejek keeps, amounts that cannot be a deal's value or that would switch
//! its currency unasked.

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
    (
        "limits.money.negative_zero",
        "'{0}' is not an amount: a minus sign on zero (write 0)",
    ),
    (
        "limits.money.currency_conflict",
        "'{0}' is in {1} but --currency says {2}",
    ),
    (
        "limits.money.currency_switch",
        "deal {0}'s value is in {1}; '{2}' is in {3}: to change the deal's currency, add --currency {3}",
    ),
    (
        "limits.money.currency_alone",
        "--currency needs --value (it is the currency of that value)",
    ),
    (
        "limits.money.column_conflict",
        "'{0}' is in {1} but the currency column says {2}",
    ),
    (
        "limits.date.bad_now",
        "LEJEK_NOW is out of range: '{0}' (years {1} to {2})",
    ),
];
