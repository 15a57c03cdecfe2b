//! Polish counts take the noun form Polish grammar asks for (issue 21 item 2): the expected
//! forms are written out by hand for each count, not computed.

use crate::i18n::{Lang, Message, trf};

const COUNTS: [u64; 12] = [0, 1, 2, 4, 5, 12, 21, 22, 25, 101, 102, 112];

/// The noun after each of `COUNTS`, by hand.
const INTERES: [&str; 12] = [
    "interesów",
    "interes",
    "interesy",
    "interesy",
    "interesów",
    "interesów",
    "interesów",
    "interesy",
    "interesów",
    "interesów",
    "interesy",
    "interesów",
];
const REKORD: [&str; 12] = [
    "rekordów",
    "rekord",
    "rekordy",
    "rekordy",
    "rekordów",
    "rekordów",
    "rekordów",
    "rekordy",
    "rekordów",
    "rekordów",
    "rekordy",
    "rekordów",
];
const SPRAWA_ACC: [&str; 12] = [
    "spraw", "sprawę", "sprawy", "sprawy", "spraw", "spraw", "spraw", "sprawy", "spraw", "spraw",
    "sprawy", "spraw",
];
const PROBLEM: [&str; 12] = [
    "problemów",
    "problem",
    "problemy",
    "problemy",
    "problemów",
    "problemów",
    "problemów",
    "problemy",
    "problemów",
    "problemów",
    "problemy",
    "problemów",
];
const NIEPRZECZYTANE: [&str; 12] = [
    "nieprzeczytanych",
    "nieprzeczytane",
    "nieprzeczytane",
    "nieprzeczytane",
    "nieprzeczytanych",
    "nieprzeczytanych",
    "nieprzeczytanych",
    "nieprzeczytane",
    "nieprzeczytanych",
    "nieprzeczytanych",
    "nieprzeczytane",
    "nieprzeczytanych",
];
const POWIADOMIENIE: [&str; 12] = [
    "nieprzeczytanych powiadomień",
    "nieprzeczytane powiadomienie",
    "nieprzeczytane powiadomienia",
    "nieprzeczytane powiadomienia",
    "nieprzeczytanych powiadomień",
    "nieprzeczytanych powiadomień",
    "nieprzeczytanych powiadomień",
    "nieprzeczytane powiadomienia",
    "nieprzeczytanych powiadomień",
    "nieprzeczytanych powiadomień",
    "nieprzeczytane powiadomienia",
    "nieprzeczytanych powiadomień",
];
const KONTAKT: [&str; 12] = [
    "kontaktów",
    "kontakt",
    "kontakty",
    "kontakty",
    "kontaktów",
    "kontaktów",
    "kontaktów",
    "kontakty",
    "kontaktów",
    "kontaktów",
    "kontakty",
    "kontaktów",
];
const WIERSZ: [&str; 12] = [
    "wierszy", "wiersz", "wiersze", "wiersze", "wierszy", "wierszy", "wierszy", "wiersze",
    "wierszy", "wierszy", "wiersze", "wierszy",
];

/// `render(n)` must say "n noun" for each count.
fn check(what: &str, forms: &[&str; 12], render: impl Fn(u64) -> String) {
    for (n, form) in COUNTS.iter().zip(forms) {
        let text = render(*n);
        let want = format!("{n} {form}");
        // The form ends at a word's end: "1 interes" is not the start of "1 interesy".
        let at_word_end = text
            .match_indices(&want)
            .any(|(i, _)| !text[i + want.len()..].starts_with(|c: char| c.is_alphanumeric()));
        assert!(at_word_end, "{what}({n}): want '{want}' in '{text}'");
    }
}

#[test]
fn polish_counts_take_the_right_noun_form() {
    let pl = Lang::Pl;
    check("batch.summary", &INTERES, |n| {
        trf(pl, "batch.summary", &[&"Wiosna", &"#3", &n, &0])
    });
    check("batch.summary skipped", &KONTAKT, |n| {
        trf(pl, "batch.summary", &[&"Wiosna", &"#3", &1, &n])
    });
    check("batch.summary_dry", &INTERES, |n| {
        trf(pl, "batch.summary_dry", &[&"Wiosna", &"#3", &n, &0])
    });
    check("batch.interrupted", &INTERES, |n| {
        trf(pl, "batch.interrupted", &[&n])
    });
    check("msg.bulk_done", &INTERES, |n| {
        trf(pl, "msg.bulk_done", &[&n])
    });
    check("confirm.win.many", &INTERES, |n| {
        trf(pl, "confirm.win.many", &[&n, &"A, B"])
    });
    check("msg.saved", &REKORD, |n| trf(pl, "msg.saved", &[&n]));
    check("list.count", &REKORD, |n| {
        Message::new("list.count").arg(n).render(pl)
    });
    check("export.written", &REKORD, |n| {
        trf(pl, "export.written", &[&"a.csv", &n])
    });
    check("import.summary", &REKORD, |n| {
        trf(pl, "import.summary", &[&"a.csv", &n, &0, &0, &0])
    });
    check("confirm.task_done.many", &SPRAWA_ACC, |n| {
        trf(pl, "confirm.task_done.many", &[&n, &"A, B"])
    });
    check("maint.check.found", &PROBLEM, |n| {
        trf(pl, "maint.check.found", &[&n])
    });
    check("tui.unread", &NIEPRZECZYTANE, |n| {
        trf(pl, "tui.unread", &[&n])
    });
    check("digest.unread", &POWIADOMIENIE, |n| {
        trf(pl, "digest.unread", &[&n])
    });
    check("batch.summary_unmatched", &WIERSZ, |n| {
        trf(pl, "batch.summary_unmatched", &[&n, &"3, 5"])
    });
}

#[test]
fn the_status_line_and_confirmations_read_as_sentences() {
    assert_eq!(trf(Lang::Pl, "msg.saved", &[&3]), "Zapisano 3 rekordy");
    assert_eq!(trf(Lang::En, "msg.saved", &[&1]), "Saved 1 record");
    assert_eq!(
        trf(Lang::Pl, "confirm.task_done.many", &[&3, &"A, B, C"]),
        "Zamknąć 3 sprawy: A, B, C?"
    );
    assert_eq!(
        trf(Lang::Pl, "tui.unread", &[&45]),
        "Powiadomienia: 45 nieprzeczytanych"
    );
}

#[test]
fn only_whole_numbers_select_and_print_as_given() {
    // "007" and "1.5" stay text: printed as given, the default variant.
    assert_eq!(
        trf(Lang::Pl, "msg.saved", &[&"007"]),
        "Zapisano 007 rekordu"
    );
    // A number past f64's exact range prints digit for digit.
    let big = "9007199254740993";
    assert!(trf(Lang::En, "err.no_contact", &[&big]).contains(big));
    assert_eq!(trf(Lang::En, "msg.saved", &[&2]), "Saved 2 records");
}
