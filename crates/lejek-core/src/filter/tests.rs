//! Tests of the whole language: parse, then evaluate on small in-test records.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::i18n::Lang;
use crate::text::fold;

const KINDS: &[(&str, &[&str])] = &[("company", &["firma"]), ("person", &["osoba"])];

static FIELDS: &[FieldSpec] = &[
    FieldSpec {
        name: "name",
        aliases: &["nazwa"],
        ty: FieldType::Text,
    },
    FieldSpec {
        name: "title",
        aliases: &["tytuł"],
        ty: FieldType::Text,
    },
    FieldSpec {
        name: "owner",
        aliases: &["właściciel"],
        ty: FieldType::User,
    },
    FieldSpec {
        name: "stage",
        aliases: &["etap"],
        ty: FieldType::Dict,
    },
    FieldSpec {
        name: "status",
        aliases: &[],
        ty: FieldType::Dict,
    },
    FieldSpec {
        name: "reason",
        aliases: &["powód"],
        ty: FieldType::Dict,
    },
    FieldSpec {
        name: "source",
        aliases: &["źródło"],
        ty: FieldType::Dict,
    },
    FieldSpec {
        name: "city",
        aliases: &["miasto"],
        ty: FieldType::Dict,
    },
    FieldSpec {
        name: "kind",
        aliases: &["rodzaj"],
        ty: FieldType::Enum(KINDS),
    },
    FieldSpec {
        name: "tag",
        aliases: &["tags", "tagi"],
        ty: FieldType::List,
    },
    FieldSpec {
        name: "value",
        aliases: &["wartość"],
        ty: FieldType::Money,
    },
    FieldSpec {
        name: "count",
        aliases: &[],
        ty: FieldType::Number,
    },
    FieldSpec {
        name: "next",
        aliases: &["next_activity"],
        ty: FieldType::Date,
    },
    FieldSpec {
        name: "last",
        aliases: &["last_activity"],
        ty: FieldType::Date,
    },
    FieldSpec {
        name: "created",
        aliases: &["utworzono"],
        ty: FieldType::Date,
    },
    FieldSpec {
        name: "ended",
        aliases: &[],
        ty: FieldType::Date,
    },
];

const SCHEMA: Schema = Schema { fields: FIELDS };

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// Saturday 28 November 2026.
fn today() -> NaiveDate {
    d(2026, 11, 28)
}

fn ctx() -> Ctx {
    let mut c = Ctx::new(today(), "anna");
    let dict = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    c.dicts.insert(
        "stage",
        dict(&["new", "negotiation", "offer", "won", "lost", "Nowy klient"]),
    );
    c.dicts.insert("status", dict(&["active", "archived"]));
    c.dicts
        .insert("reason", dict(&["price", "timing", "competitor"]));
    c.dicts.insert(
        "source",
        dict(&["web", "referral", "Targi Poznań", "targi Kraków"]),
    );
    c
}

/// A record as a bag of field values plus search texts.
#[derive(Clone, Debug, Default)]
struct Rec {
    text: HashMap<&'static str, String>,
    tags: Vec<String>,
    money: Option<i64>,
    count: Option<i64>,
    dates: HashMap<&'static str, NaiveDate>,
    search: Vec<String>,
}

impl Rec {
    fn t(mut self, field: &'static str, v: &str) -> Rec {
        self.text.insert(field, v.to_string());
        self
    }
    fn tags(mut self, tags: &[&str]) -> Rec {
        self.tags = tags.iter().map(|s| s.to_string()).collect();
        self
    }
    fn value(mut self, minor: i64) -> Rec {
        self.money = Some(minor);
        self
    }
    fn date(mut self, field: &'static str, v: NaiveDate) -> Rec {
        self.dates.insert(field, v);
        self
    }
    fn search(mut self, s: &str) -> Rec {
        self.search.push(s.to_string());
        self
    }
}

impl Record for Rec {
    fn get(&self, field: &str) -> FieldValue<'_> {
        match field {
            "tag" => FieldValue::List(
                self.tags
                    .iter()
                    .map(|s| Cow::Borrowed(s.as_str()))
                    .collect(),
            ),
            "value" => FieldValue::Money(self.money),
            "count" => FieldValue::Number(self.count),
            "next" | "last" | "created" | "ended" => {
                FieldValue::Date(self.dates.get(field).copied())
            }
            _ => FieldValue::Text(self.text.get(field).map(|s| Cow::Borrowed(s.as_str()))),
        }
    }
    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        for s in &self.search {
            out(s);
        }
        if let Some(n) = self.text.get("name") {
            out(n);
        }
    }
}

fn f(s: &str) -> Filter {
    parse(s, &SCHEMA, &ctx()).unwrap_or_else(|e| panic!("{s}: {}", e.message(Lang::En)))
}

fn m(s: &str, r: &Rec) -> bool {
    f(s).matches(r)
}

fn e(s: &str) -> FilterError {
    match parse(s, &SCHEMA, &ctx()) {
        Ok(flt) => panic!("{s}: expected an error, got {flt:?}"),
        Err(e) => e,
    }
}

fn deal() -> Rec {
    Rec::default()
        .t("name", "Druk ulotek")
        .t("owner", "Anna")
        .t("stage", "negotiation")
        .tags(&["xmas", "VIP"])
        .value(1_250_000)
        .date("next", d(2026, 11, 20))
        .date("created", d(2026, 11, 2))
        .t("source", "Targi Poznań")
        .search("Drukarnia Łódź Sp. z o.o.")
        .search("biuro@drukarnia.pl")
}

#[test]
fn the_design_examples_parse() {
    for s in [
        "owner:me stage:negotiation tag:xmas value>=10000 next<today",
        "status:archived reason:price ended>=2025-01-01 kind:company \"łódź\"",
        "(source:web or source:referral) -tag:vip created:2026-Q4",
        "not tag:vip  next:overdue  next:none  created>=-30d  created<=2026-11-28 created:2026-11 created:2026  last<today-7d",
        "source:\"targi poznań\" created>=-30d  tag:vip -kind:person  value!=0",
        "",
        "   ",
    ] {
        f(s);
    }
    assert!(f("  ").is_empty());
    assert!(f("  ").matches(&Rec::default()));
    assert!(!f("tag:vip").is_empty());
}

#[test]
fn first_example_evaluates() {
    let q = "owner:me stage:negotiation tag:xmas value>=10000 next<today";
    assert!(m(q, &deal()));
    assert!(!m(q, &deal().t("owner", "bob")));
    assert!(!m(q, &deal().t("stage", "won")));
    assert!(!m(q, &deal().tags(&["vip"])));
    assert!(!m(q, &deal().value(999_999)));
    assert!(m(q, &deal().value(1_000_000)));
    assert!(!m(q, &deal().date("next", today())));
    assert!(!m(
        q,
        &Rec {
            dates: HashMap::new(),
            ..deal()
        }
    ));
}

#[test]
fn second_example_evaluates() {
    let q = "status:archived reason:price ended>=2025-01-01 kind:company \"łódź\"";
    let contact = Rec::default()
        .t("status", "Archived")
        .t("reason", "price")
        .t("kind", "company")
        .date("ended", d(2025, 1, 1))
        .t("name", "Drukarnia ŁÓDŹ");
    assert!(m(q, &contact));
    assert!(!m(q, &contact.clone().date("ended", d(2024, 12, 31))));
    assert!(!m(q, &contact.clone().t("kind", "person")));
    assert!(!m(q, &contact.clone().t("name", "Drukarnia Kraków")));
    assert!(m("kind:firma", &contact));
    assert!(m("rodzaj:comp", &contact));
}

#[test]
fn third_example_evaluates() {
    let q = "(source:web or source:referral) -tag:vip created:2026-Q4";
    let r = Rec::default()
        .t("source", "referral")
        .date("created", d(2026, 10, 1));
    assert!(m(q, &r));
    assert!(m(
        q,
        &r.clone()
            .t("source", "web")
            .date("created", d(2026, 12, 31))
    ));
    assert!(!m(q, &r.clone().t("source", "Targi Poznań")));
    assert!(!m(q, &r.clone().tags(&["VIP"])));
    assert!(!m(q, &r.clone().date("created", d(2026, 9, 30))));
    assert!(!m(q, &r.clone().date("created", d(2027, 1, 1))));
}

#[test]
fn negation_and_missing() {
    let r = deal();
    assert!(!m("not tag:vip", &r));
    assert!(!m("nie tag:vip", &r));
    assert!(!m("-tag:vip", &r));
    assert!(m("-tag:other", &r));
    assert!(m("next:overdue", &r));
    assert!(!m("next:overdue", &r.clone().date("next", today())));
    assert!(!m("next:none", &r));
    assert!(m("next:none", &Rec::default()));
    assert!(m("next=none", &Rec::default()));
    assert!(m("next!=none", &r));
    assert!(m("value:none", &Rec::default()));
    assert!(m("tag:none", &Rec::default()));
    assert!(m("name:none", &Rec::default().t("name", " ")));
    // Quoted, `none` is just a word.
    assert!(!m("name:\"none\"", &Rec::default()));
    assert!(m(
        "name:\"none\"",
        &Rec::default().t("name", "Nonexistent Ltd")
    ));
}

#[test]
fn relative_and_period_dates() {
    let created = |y, mo, dd| Rec::default().date("created", d(y, mo, dd));
    // -30d is 29 October 2026.
    assert!(m("created>=-30d", &created(2026, 10, 29)));
    assert!(!m("created>=-30d", &created(2026, 10, 28)));
    assert!(m("created<=2026-11-28", &created(2026, 11, 28)));
    assert!(!m("created<=2026-11-28", &created(2026, 11, 29)));
    assert!(m("created<2026-11-28", &created(2026, 11, 27)));
    assert!(!m("created<2026-11-28", &created(2026, 11, 28)));
    assert!(m("created:2026-11", &created(2026, 11, 30)));
    assert!(!m("created:2026-11", &created(2026, 12, 1)));
    assert!(m("created>=2026-11", &created(2026, 11, 1)));
    assert!(!m("created>=2026-11", &created(2026, 10, 31)));
    assert!(m("created>2026-11", &created(2026, 12, 1)));
    assert!(!m("created>2026-11", &created(2026, 11, 30)));
    assert!(m("created<=2026-11", &created(2026, 11, 30)));
    assert!(m("created:2026", &created(2026, 1, 1)));
    assert!(!m("created:2026", &created(2025, 12, 31)));
    assert!(m("created!=2026", &created(2025, 12, 31)));
    assert!(m("created=28.11.2026", &created(2026, 11, 28)));
    assert!(m("created:today", &created(2026, 11, 28)));
    assert!(m(
        "last<today-7d",
        &Rec::default().date("last", d(2026, 11, 20))
    ));
    assert!(!m(
        "last<today-7d",
        &Rec::default().date("last", d(2026, 11, 21))
    ));
    assert!(m("next<=+7d", &Rec::default().date("next", d(2026, 12, 5))));
    assert!(m(
        "next<=today+3d",
        &Rec::default().date("next", d(2026, 12, 1))
    ));
    assert!(!m("created:2026", &Rec::default()));
}

#[test]
fn fifth_example_evaluates() {
    let q = "source:\"targi poznań\" created>=-30d  tag:vip -kind:person  value!=0";
    let r = deal().t("kind", "company");
    assert!(m(q, &r));
    assert!(!m(q, &r.clone().value(0)));
    assert!(m(
        q,
        &Rec {
            money: None,
            ..r.clone()
        }
    ));
    assert!(!m(q, &r.clone().t("kind", "person")));
}

#[test]
fn text_fields() {
    let r = deal();
    assert!(m("name:ulot", &r));
    assert!(m("nazwa:ULOT", &r));
    assert!(!m("name=ulot", &r));
    assert!(m("name=\"druk ULOTEK\"", &r));
    assert!(m("name!=ulot", &r));
    assert!(m("name!=x", &Rec::default()));
    assert!(!m("title:x", &r));
}

#[test]
fn search_words() {
    let r = deal();
    assert!(m("lodz", &r));
    assert!(m("ŁÓDŹ", &r));
    assert!(m("\"łódź sp\"", &r));
    assert!(m("lodz drukarnia.pl", &r));
    assert!(!m("lodz krakow", &r));
    assert!(m("lodz or krakow", &r));
    assert!(m("ulotek", &r));
    assert!(!m("-lodz", &r));
    assert!(m("lodz and druk", &r));
    assert!(m("lodz i druk", &r));
}

#[test]
fn dictionary_values_resolve() {
    let r = deal();
    assert!(m("stage:neg", &r));
    assert!(m("etap:NEGOTIATION", &r));
    assert!(m("stage=negotiation", &r));
    assert!(m("stage!=won", &r));
    assert!(m("źródło:\"targi p\"", &r));
    assert!(matches!(
        e("source:targi").kind,
        FilterErrorKind::AmbiguousValue { .. }
    ));
    assert!(m("zrodlo:\"targi p\"", &r));
    assert!(m("stage:nowy", &Rec::default().t("stage", "Nowy klient")));
    // A field with no dictionary entry falls back to folded equality.
    assert!(m("city:lodz", &Rec::default().t("city", "Łódź")));
    assert!(!m("city:lod", &Rec::default().t("city", "Łódź")));

    let err = e("stage:ne");
    assert_eq!(err.col, 7);
    assert_eq!(
        err.kind,
        FilterErrorKind::AmbiguousValue {
            field: "stage",
            value: "ne".into(),
            candidates: vec!["new".into(), "negotiation".into()],
        }
    );
    assert_eq!(
        err.message(Lang::En),
        "filter: col 7: 'ne' is ambiguous for 'stage' (could be: new, negotiation)"
    );
    let err = e("stage:zzz");
    assert!(
        matches!(err.kind, FilterErrorKind::UnknownValue { ref valid, .. } if valid.len() == 6)
    );
    assert!(
        err.message(Lang::Pl)
            .contains("nieznana wartość 'zzz' dla 'stage' (dozwolone: new, negotiation")
    );
    // `=` needs the whole value.
    assert!(matches!(
        e("stage=neg").kind,
        FilterErrorKind::UnknownValue { .. }
    ));
    assert!(matches!(
        e("kind:x").kind,
        FilterErrorKind::UnknownValue { .. }
    ));
}

#[test]
fn users() {
    let r = deal();
    assert!(m("owner:me", &r));
    assert!(m("owner:ja", &r));
    assert!(m("owner:ANNA", &r));
    assert!(!m("owner:ann", &r));
    assert!(!m("owner:\"me\"", &r));
    assert!(m("owner!=me", &r.clone().t("owner", "bob")));
    assert!(m("owner!=me", &Rec::default()));
}

#[test]
fn money_and_numbers() {
    let r = deal();
    assert!(m("value=12500", &r));
    assert!(m("value:\"12 500,00\"", &r));
    assert!(m("value>12499,99", &r));
    assert!(!m("value>12500", &r));
    assert!(m("value<=12500.00", &r));
    assert!(m("value!=0", &r));
    assert!(m("wartość>=1", &r));
    assert!(!m("value>=1", &Rec::default()));
    let r = Rec {
        count: Some(3),
        ..Rec::default()
    };
    assert!(m("count=3 count>2 count<4 count!=5", &r));
}

#[test]
fn grouping_and_precedence() {
    let r = Rec::default().tags(&["a", "b"]);
    // AND binds tighter than OR.
    assert!(m("tag:x or tag:a tag:b", &r));
    assert!(!m("(tag:x or tag:a) tag:c", &r));
    assert!(m("tag:x lub (tag:a and tag:b)", &r));
    assert!(m("-(tag:x or tag:y)", &r));
    assert!(!m("not (tag:a or tag:y)", &r));
    assert!(m("- - tag:a", &r));
    assert!(m("((tag:a))", &r));
}

#[test]
fn error_columns_and_messages() {
    let err = e("owner:me next<tomorow");
    assert_eq!(err.col, 15);
    assert_eq!(
        err.message(Lang::En),
        "filter: col 15: expected a date after '<', found 'tomorow'"
    );
    assert_eq!(
        err.message(Lang::Pl),
        "filtr: kol. 15: oczekiwano daty po '<', znaleziono 'tomorow'"
    );

    let err = e("value>=((");
    assert_eq!(err.col, 8);
    assert_eq!(
        err.message(Lang::En),
        "filter: col 8: expected an amount after '>=', found '('"
    );
    let err = e("tag:vip value>=");
    assert_eq!(
        err.message(Lang::En),
        "filter: col 16: expected an amount after '>=', found end of input"
    );
    assert_eq!(
        e("value>=abc").message(Lang::En),
        "filter: col 8: expected an amount after '>=', found 'abc'"
    );
    assert_eq!(
        e("count<1.5").message(Lang::En),
        "filter: col 7: expected a number after '<', found '1.5'"
    );
    assert_eq!(
        e("created:2026-02-30").message(Lang::En),
        "filter: col 9: expected a date after ':', found '2026-02-30'"
    );

    let err = e("(tag:a");
    assert_eq!((err.col, err.kind), (1, FilterErrorKind::UnclosedParen));
    let err = e("x (tag:a or (tag:b)");
    assert_eq!((err.col, err.kind), (3, FilterErrorKind::UnclosedParen));
    let err = e("tag:a)");
    assert_eq!((err.col, err.kind), (6, FilterErrorKind::UnmatchedParen));
    let err = e(") tag:a");
    assert_eq!((err.col, err.kind), (1, FilterErrorKind::UnmatchedParen));
    let err = e("tag:a ()");
    assert_eq!((err.col, err.kind), (7, FilterErrorKind::EmptyParens));

    let err = e("tag:a or");
    assert_eq!(err.col, 9);
    assert_eq!(
        err.message(Lang::En),
        "filter: col 9: expected a condition after 'or', found end of input"
    );
    assert_eq!(
        err.message(Lang::Pl),
        "filtr: kol. 9: oczekiwano warunku po 'or', znaleziono koniec filtra"
    );
    let err = e("or tag:a");
    assert_eq!(
        err.message(Lang::En),
        "filter: col 1: expected a condition, found 'or'"
    );
    let err = e("tag:a or or tag:b");
    assert_eq!(
        err.message(Lang::En),
        "filter: col 10: expected a condition after 'or', found 'or'"
    );
    let err = e("(tag:a or)");
    assert_eq!(
        err.message(Lang::En),
        "filter: col 10: expected a condition after 'or', found ')'"
    );
    let err = e("tag:a -");
    assert_eq!(
        err.message(Lang::En),
        "filter: col 8: expected a condition after '-', found end of input"
    );
    let err = e("not");
    assert_eq!(
        err.message(Lang::En),
        "filter: col 4: expected a condition after 'not', found end of input"
    );
    let err = e("tag:a and");
    assert_eq!(err.col, 10);

    let err = e("name:\"abc");
    assert_eq!((err.col, err.kind), (6, FilterErrorKind::UnterminatedQuote));

    let err = e("tag:a colour:red");
    assert_eq!(err.col, 7);
    let msg = err.message(Lang::En);
    assert!(
        msg.starts_with(
            "filter: col 7: unknown field 'colour' (known fields: name, title, owner, stage"
        ),
        "{msg}"
    );
    assert!(
        e("tag:a colour:red")
            .message(Lang::Pl)
            .starts_with("filtr: kol. 7: nieznane pole 'colour' (znane pola: name")
    );

    let err = e("name<abc");
    assert_eq!(err.col, 5);
    assert_eq!(
        err.message(Lang::En),
        "filter: col 5: '<' cannot be used with 'name' (use ':', '=' or '!=')"
    );
    assert_eq!(e("tag>=x").col, 4);
    assert_eq!(e("a :x").col, 3);
    assert_eq!(
        e("tag:").message(Lang::En),
        "filter: col 5: expected a value after ':', found end of input"
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    // "łódź " is 5 characters but 9 bytes.
    let err = e("łódź next<x");
    assert_eq!(err.col, 11);
}

// ---- Property tests -------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parser_never_panics(s in "\\PC{0,40}") {
        let _ = parse(&s, &SCHEMA, &ctx());
    }

    #[test]
    fn parser_never_panics_on_filter_like_text(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "(", ")", "-", "or", "not", "and", "\"", "tag:", "value>=", "created<", "next:",
                "stage:", "kind:", "owner:", "vip", "łódź", "2026-Q4", "today-7d", "none", "me",
                "12 500,00", ":", "!=", "<=", "x", " ", "name=", "\"a b\"", "2026-02-30", "+1m",
            ]),
            0..12,
        )
    ) {
        let s: String = parts.concat();
        let _ = parse(&s, &SCHEMA, &ctx());
        let spaced = parts.join(" ");
        let _ = parse(&spaced, &SCHEMA, &ctx());
    }

    #[test]
    fn deep_runs_of_openers_are_an_error_at_the_65th_level_or_parse(
        // Up to 300 openers of mixed kinds, then a term and the `)`s the `(`s need.
        openers in prop::collection::vec(prop::sample::select(vec!["(", "-", "not "]), 0..300),
    ) {
        let opens = openers.iter().filter(|o| **o == "(").count();
        let s = format!("{}tag:a{}", openers.concat(), ")".repeat(opens));
        match parse(&s, &SCHEMA, &ctx()) {
            Ok(_) => prop_assert!(openers.len() <= MAX_NESTING, "{}", s),
            Err(err) => {
                prop_assert!(openers.len() > MAX_NESTING, "{}: {:?}", s, err);
                // The error points at the 65th opener.
                let col = openers[..MAX_NESTING].concat().chars().count() + 1;
                prop_assert_eq!(err.col, col);
                prop_assert_eq!(err.kind, FilterErrorKind::TooDeep { limit: MAX_NESTING });
            }
        }
    }

    #[test]
    fn printed_expressions_parse_and_agree_with_a_reference(
        expr in expr_strategy(),
        recs in prop::collection::vec(rec_strategy(), 1..8),
    ) {
        let text = expr.print();
        let filter = match parse(&text, &SCHEMA, &ctx()) {
            Ok(f) => f,
            Err(err) => return Err(TestCaseError::fail(format!("{text}: {}", err.message(Lang::En)))),
        };
        for r in &recs {
            prop_assert_eq!(filter.matches(r), expr.eval(r), "{} on {:?}", text, r);
        }
    }
}

/// A surface expression with its own, deliberately naive, meaning.
#[derive(Clone, Debug)]
enum Expr {
    Atom(Atom),
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
}

#[derive(Clone, Debug)]
enum Atom {
    NameHas(&'static str),
    NameIs(&'static str),
    Tag(&'static str),
    NotTag(&'static str),
    Stage(&'static str, &'static str),
    Kind(&'static str, &'static str),
    Owner(&'static str),
    Value(&'static str, i64),
    Created(&'static str, &'static str),
    Missing(&'static str),
    Search(&'static str),
}

const OPS: &[&str] = &["=", "!=", "<", "<=", ">", ">="];
const WORDS: &[&str] = &["lodz", "Łódź", "jan", "KOW", "anna", "x", "sp z"];
const TAGS: &[&str] = &["vip", "xmas", "Żółw", "zolw"];
/// (typed, canonical) stage values; prefixes resolve uniquely in `ctx()`.
const STAGES: &[(&str, &str)] = &[
    ("won", "won"),
    ("neg", "negotiation"),
    ("OFFER", "offer"),
    ("lost", "lost"),
];
const KIND_VALUES: &[(&str, &str)] = &[
    ("company", "company"),
    ("firma", "company"),
    ("osoba", "person"),
    ("per", "person"),
];
const OWNERS: &[&str] = &["me", "anna", "bob", "BOB"];
const AMOUNTS: &[(&str, i64)] = &[
    ("0", 0),
    ("100", 10_000),
    ("12 345,67", 1_234_567),
    ("1234.5", 123_450),
];
const DATE_LITERALS: &[&str] = &[
    "2026-11-28",
    "2026-11",
    "2026-Q4",
    "2026",
    "today",
    "-30d",
    "28.11.2026",
    "2025",
];

fn literal_range(lit: &str) -> (NaiveDate, NaiveDate) {
    match lit {
        "2026-11-28" | "today" | "28.11.2026" => (d(2026, 11, 28), d(2026, 11, 28)),
        "2026-11" => (d(2026, 11, 1), d(2026, 11, 30)),
        "2026-Q4" => (d(2026, 10, 1), d(2026, 12, 31)),
        "2026" => (d(2026, 1, 1), d(2026, 12, 31)),
        "2025" => (d(2025, 1, 1), d(2025, 12, 31)),
        "-30d" => (d(2026, 10, 29), d(2026, 10, 29)),
        _ => panic!("no range for {lit}"),
    }
}

fn atom_strategy() -> impl Strategy<Value = Atom> {
    prop_oneof![
        prop::sample::select(WORDS).prop_map(Atom::NameHas),
        prop::sample::select(WORDS).prop_map(Atom::NameIs),
        prop::sample::select(TAGS).prop_map(Atom::Tag),
        prop::sample::select(TAGS).prop_map(Atom::NotTag),
        prop::sample::select(STAGES).prop_map(|(t, c)| Atom::Stage(t, c)),
        prop::sample::select(KIND_VALUES).prop_map(|(t, c)| Atom::Kind(t, c)),
        prop::sample::select(OWNERS).prop_map(Atom::Owner),
        (prop::sample::select(OPS), prop::sample::select(AMOUNTS))
            .prop_map(|(op, (_, v))| Atom::Value(op, v)),
        (
            prop::sample::select(&[":", "=", "!=", "<", "<=", ">", ">="][..]),
            prop::sample::select(DATE_LITERALS)
        )
            .prop_map(|(op, lit)| Atom::Created(op, lit)),
        prop::sample::select(&["created", "value", "tag", "name", "stage"][..])
            .prop_map(Atom::Missing),
        prop::sample::select(WORDS).prop_map(Atom::Search),
    ]
}

fn expr_strategy() -> impl Strategy<Value = Expr> {
    atom_strategy()
        .prop_map(Expr::Atom)
        .prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 1..4).prop_map(Expr::And),
                prop::collection::vec(inner.clone(), 1..4).prop_map(Expr::Or),
                inner.prop_map(|e| Expr::Not(Box::new(e))),
            ]
        })
}

fn rec_strategy() -> impl Strategy<Value = Rec> {
    (
        prop::option::of(prop::sample::select(
            &["Jan Kowalski", "Łódź Sp. z o.o.", "ANNA", "lodz", "", "x"][..],
        )),
        prop::sample::subsequence(TAGS, 0..3),
        prop::option::of(prop::sample::select(
            &["won", "negotiation", "offer", "lost", "new"][..],
        )),
        prop::option::of(prop::sample::select(&["company", "person"][..])),
        prop::option::of(prop::sample::select(&["anna", "Bob", "cezary"][..])),
        prop::option::of(prop::sample::select(
            &[0i64, 9_999, 10_000, 123_450, 1_234_567, 5_000_000][..],
        )),
        prop::option::of((2025i32..=2027, 1u32..=12, 1u32..=28)),
        prop::option::of(prop::sample::select(&["Jan@Łódź.pl", "biuro", "ZÓŁW"][..])),
    )
        .prop_map(|(name, tags, stage, kind, owner, value, created, extra)| {
            let mut r = Rec {
                money: value,
                ..Rec::default()
            }
            .tags(&tags);
            if let Some(n) = name {
                r = r.t("name", n);
            }
            if let Some(s) = stage {
                r = r.t("stage", s);
            }
            if let Some(k) = kind {
                r = r.t("kind", k);
            }
            if let Some(o) = owner {
                r = r.t("owner", o);
            }
            if let Some((y, mo, dd)) = created {
                r = r.date("created", d(y, mo, dd));
            }
            if let Some(x) = extra {
                r = r.search(x);
            }
            r
        })
}

impl Expr {
    fn print(&self) -> String {
        match self {
            Expr::Atom(a) => a.print(),
            Expr::And(items) => {
                let parts: Vec<String> = items.iter().map(Expr::print).collect();
                format!("({})", parts.join(" "))
            }
            Expr::Or(items) => {
                let parts: Vec<String> = items.iter().map(Expr::print).collect();
                format!("({})", parts.join(" or "))
            }
            Expr::Not(inner) => format!("-{}", inner.print()),
        }
    }

    fn eval(&self, r: &Rec) -> bool {
        match self {
            Expr::Atom(a) => a.eval(r),
            Expr::And(items) => items.iter().all(|e| e.eval(r)),
            Expr::Or(items) => items.iter().any(|e| e.eval(r)),
            Expr::Not(inner) => !inner.eval(r),
        }
    }
}

impl Atom {
    fn print(&self) -> String {
        match self {
            Atom::NameHas(w) => format!("name:\"{w}\""),
            Atom::NameIs(w) => format!("name=\"{w}\""),
            Atom::Tag(t) => format!("tag:{t}"),
            Atom::NotTag(t) => format!("tag!={t}"),
            Atom::Stage(typed, _) => format!("stage:{typed}"),
            Atom::Kind(typed, _) => format!("kind:{typed}"),
            Atom::Owner(o) => format!("owner:{o}"),
            Atom::Value(op, v) => {
                let text = AMOUNTS.iter().find(|(_, x)| x == v).map_or("0", |(t, _)| t);
                format!("value{op}\"{text}\"")
            }
            Atom::Created(op, lit) => format!("created{op}{lit}"),
            Atom::Missing(field) => format!("{field}:none"),
            Atom::Search(w) => format!("\"{w}\""),
        }
    }

    fn eval(&self, r: &Rec) -> bool {
        let text = |f: &str| r.text.get(f).map(|s| fold(s));
        let tags: Vec<String> = r.tags.iter().map(|t| fold(t)).collect();
        match self {
            Atom::NameHas(w) => text("name").is_some_and(|n| n.contains(&fold(w))),
            Atom::NameIs(w) => text("name").is_some_and(|n| n == fold(w)),
            Atom::Tag(t) => tags.contains(&fold(t)),
            Atom::NotTag(t) => !tags.contains(&fold(t)),
            Atom::Stage(_, canon) => text("stage").as_deref() == Some(*canon),
            Atom::Kind(_, canon) => text("kind").as_deref() == Some(*canon),
            Atom::Owner(o) => {
                let login = if *o == "me" {
                    "anna".to_string()
                } else {
                    fold(o)
                };
                text("owner") == Some(login)
            }
            Atom::Value(op, v) => match r.money {
                None => *op == "!=",
                Some(x) => match *op {
                    "=" => x == *v,
                    "!=" => x != *v,
                    "<" => x < *v,
                    "<=" => x <= *v,
                    ">" => x > *v,
                    _ => x >= *v,
                },
            },
            Atom::Created(op, lit) => {
                let (start, end) = literal_range(lit);
                match r.dates.get("created") {
                    None => *op == "!=",
                    Some(&c) => match *op {
                        ":" | "=" => start <= c && c <= end,
                        "!=" => c < start || c > end,
                        "<" => c < start,
                        "<=" => c <= end,
                        ">" => c > end,
                        _ => c >= start,
                    },
                }
            }
            Atom::Missing(field) => match *field {
                "created" => !r.dates.contains_key("created"),
                "value" => r.money.is_none(),
                "tag" => r.tags.is_empty(),
                f => text(f).is_none_or(|s| s.trim().is_empty()),
            },
            Atom::Search(w) => {
                let w = fold(w);
                r.search
                    .iter()
                    .chain(r.text.get("name"))
                    .any(|s| fold(s).contains(&w))
            }
        }
    }
}

#[test]
fn reads_names_the_fields_a_filter_may_look_at() {
    // A list skips name lookups the filter never reads; a bare word may read any field.
    assert!(!f("").reads("contact"));
    assert!(!f("stage:negotiation value>=100").reads("contact"));
    assert!(f("stage:negotiation value>=100").reads("value"));
    assert!(f("(tag:vip or -owner:me)").reads("owner"));
    assert!(
        f("lodz").reads("contact"),
        "a bare word searches every text"
    );
    assert!(f("not \"łódź\"").reads("title"));
}

#[test]
fn nesting_is_limited_with_the_column_of_the_first_level_too_deep() {
    let deep = |open: &str, n: usize| format!("{}tag:a{}", open.repeat(n), ")".repeat(n));
    // 64 levels are fine, of either kind or mixed, and still mean what they say.
    let r = Rec::default().tags(&["a"]);
    assert!(m(&deep("(", MAX_NESTING), &r));
    assert!(m(&format!("{}tag:a", "-".repeat(MAX_NESTING)), &r));
    assert!(!m(&format!("{}tag:a", "-".repeat(MAX_NESTING - 1)), &r));
    // The 65th `(` is at column 65, whatever follows (issue 15: 1,500 deep killed a server).
    let err = e(&deep("(", 3000));
    assert_eq!(
        (err.col, err.kind.clone()),
        (65, FilterErrorKind::TooDeep { limit: 64 })
    );
    assert_eq!(
        err.message(Lang::En),
        "filter: col 65: parentheses and negations nested too deep (at most 64 levels)"
    );
    assert_eq!(
        err.message(Lang::Pl),
        // 64 ends in 4 (not 14): the "few" form, "64 poziomy" (issue 21).
        "filtr: kol. 65: za głębokie zagnieżdżenie nawiasów i zaprzeczeń (najwyżej 64 poziomy)"
    );
    assert_eq!(e(&deep("(", MAX_NESTING + 1)).col, 65);
    let err = e(&format!("{}a", "-".repeat(5000)));
    assert_eq!(
        (err.col, err.kind),
        (65, FilterErrorKind::TooDeep { limit: 64 })
    );
    // `-` and `(` count alike: 40 × "-(" is 80 levels of one character each, so the 65th
    // is again column 65 (the `-` of the 33rd pair); `not ` takes four columns a level.
    let err = e(&deep("-(", 40));
    assert_eq!(
        (err.col, err.kind),
        (65, FilterErrorKind::TooDeep { limit: 64 })
    );
    let err = e(&format!("{}x", "not ".repeat(70)));
    assert_eq!(
        (err.col, err.kind),
        (257, FilterErrorKind::TooDeep { limit: 64 })
    );
    // Siblings do not add up: 1,000 groups side by side are one level each.
    assert!(m(&"(tag:a) ".repeat(1000), &r));
}

#[test]
fn length_is_limited_before_anything_else() {
    // 5,000 two-character words: exactly the limit, accepted.
    let at_limit = "a ".repeat(MAX_CHARS / 2);
    assert_eq!(at_limit.chars().count(), 10_000);
    assert!(parse(&at_limit, &SCHEMA, &ctx()).is_ok());
    let err = e(&format!("{at_limit}b"));
    assert_eq!(
        (err.col, err.kind.clone()),
        (10_001, FilterErrorKind::TooLong { limit: 10_000 })
    );
    assert_eq!(
        err.message(Lang::En),
        "filter: col 10001: the filter is too long (at most 10000 characters)"
    );
    // Characters, not bytes: 10,000 `ł` (20,000 bytes) are within the limit.
    assert!(parse(&"ł".repeat(MAX_CHARS), &SCHEMA, &ctx()).is_ok());
    let err = e(&"(".repeat(20_000));
    assert_eq!(
        (err.col, err.kind),
        (10_001, FilterErrorKind::TooLong { limit: 10_000 })
    );
}

#[test]
fn dates_outside_1900_to_2200_are_refused_with_their_column() {
    let err = e("tag:a next<99999-01-01");
    assert_eq!(
        (err.col, err.kind.clone()),
        (
            12,
            FilterErrorKind::DateOutOfRange {
                text: "99999-01-01".into()
            }
        )
    );
    assert_eq!(
        err.message(Lang::En),
        "filter: col 12: date out of range: '99999-01-01' (years 1900 to 2200)"
    );
    assert_eq!(e("created>=+999999d").col, 10);
    assert_eq!(e("ended:1899").col, 7);
    let r = Rec::default().date("next", d(2200, 12, 31));
    assert!(m("next:2200", &r));
    assert!(m("next>1900-01-01", &r));
}
