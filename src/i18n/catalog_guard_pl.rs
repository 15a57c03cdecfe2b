//! Polskie komunikaty długiej pracy tylko do odczytu na uszkodzonym lub pełnym magazynie
//! oraz ukrywania sekretów (issue 15, punkty 6, 7 i 13).

pub const ENTRIES: &[(&str, &str)] = &[(
    "guard.err.damaged",
    "magazyn bazy {0} jest uszkodzony i nie da się go otworzyć; odtwórz go z kopii (lejek restore)",
)];
