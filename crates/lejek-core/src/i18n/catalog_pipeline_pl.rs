//! Polskie komunikaty lejka sprzedaży (issue 19): kolejność etapów, prawdopodobieństwo
//! i dni do zastoju, przewidywana data zamknięcia, dni w etapie i zastygłe interesy.

pub const ENTRIES: &[(&str, &str)] = &[
];
