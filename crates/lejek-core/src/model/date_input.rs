//! Dates as people type them, in English and Polish: `2026-12-01`, `28.11.2026`, `28.11`,
//! `today`/`dziś`, `jutro`, `+3d`, `-2w`, `+1m`, `today-7d`, `pt` (next Friday).
//! Also whole periods for filters and reports: `2026`, `2026-11`, `11.2026`, `2026-Q4`.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::years;
use crate::text::fold;

/// Why a text is not a date (declared in `date_error`, which `years` shares).
pub use super::date_error::DateError;

/// Parses one day. Relative forms and weekday names are resolved against `today`;
/// a weekday name means the next such day strictly after today. Only years
/// [`years::FIRST_YEAR`] to [`years::LAST_YEAR`] are accepted.
pub fn parse_date(s: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    any_day(s, today).and_then(|d| years::check(d, s.trim()))
}

/// [`parse_date`] on chrono's whole calendar.
fn any_day(s: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let input = s.trim();
    if input.is_empty() {
        return Err(DateError::Empty);
    }
    // Folding makes `DZIŚ`, `dzis` and `Środa` all plain ASCII keywords.
    let f = fold(input);
    let invalid = || DateError::Invalid(input.to_string());

    if let Some((base, rest)) = split_keyword(&f, today) {
        let rest = rest.trim();
        return if rest.is_empty() {
            Ok(base)
        } else {
            apply_offset(base, rest, input)?.ok_or_else(invalid)
        };
    }
    if let Some(d) = apply_offset(today, &f, input)? {
        return Ok(d);
    }
    if let Some(wd) = weekday(&f) {
        let ahead = (7 + wd - today.weekday().num_days_from_monday()) % 7;
        let ahead = if ahead == 0 { 7 } else { ahead };
        return today
            .checked_add_days(Days::new(u64::from(ahead)))
            .ok_or_else(|| DateError::OutOfRange(input.to_string()));
    }
    if let Some([y, m, d]) = numeric_parts(&f, '-', [4..=6, 1..=2, 1..=2]) {
        return ymd(y, m, d, input);
    }
    if let Some([d, m, y]) = numeric_parts(&f, '.', [1..=2, 1..=2, 4..=4]) {
        return ymd(y, m, d, input);
    }
    // `28.11` and `28.11.` mean this year.
    let short = f.strip_suffix('.').unwrap_or(&f);
    if let Some([d, m]) = numeric_parts(short, '.', [1..=2, 1..=2]) {
        return ymd(today.year(), m, d, input);
    }
    Err(invalid())
}

/// Parses a period as an inclusive range of days: a year `2026`, a month `2026-11` or
/// `11.2026`, a quarter `2026-Q4`, or any single day [`parse_date`] accepts; within the
/// years [`parse_date`] accepts.
pub fn parse_date_range(s: &str, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), DateError> {
    let (start, end) = any_range(s, today)?;
    Ok((years::check(start, s.trim())?, years::check(end, s.trim())?))
}

/// [`parse_date_range`] on chrono's whole calendar.
fn any_range(s: &str, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), DateError> {
    let input = s.trim();
    let f = fold(input);
    let period =
        |y: i32, first_month: i32, months: u32| -> Result<(NaiveDate, NaiveDate), DateError> {
            let start = ymd(y, first_month, 1, input)?;
            let end = start
                .checked_add_months(Months::new(months))
                .and_then(|d| d.pred_opt())
                .ok_or_else(|| DateError::OutOfRange(input.to_string()))?;
            Ok((start, end))
        };
    if let Some([y]) = numeric_parts(&f, '-', [4..=4]) {
        return period(y, 1, 12);
    }
    if let Some([y, m]) = numeric_parts(&f, '-', [4..=4, 1..=2]) {
        return period(y, m, 1);
    }
    if let Some([m, y]) = numeric_parts(&f, '.', [1..=2, 4..=4]) {
        return period(y, m, 1);
    }
    if let Some((y, q)) = f.split_once("-q")
        && let (Some([y]), Some([q])) = (
            numeric_parts(y, '-', [4..=4]),
            numeric_parts(q, '-', [1..=1]),
        )
    {
        if !(1..=4).contains(&q) {
            return Err(DateError::NoSuchDay(input.to_string()));
        }
        return period(y, (q - 1) * 3 + 1, 3);
    }
    let d = parse_date(input, today)?;
    Ok((d, d))
}

fn ymd(y: i32, m: i32, d: i32, input: &str) -> Result<NaiveDate, DateError> {
    let (Ok(m), Ok(d)) = (u32::try_from(m), u32::try_from(d)) else {
        return Err(DateError::NoSuchDay(input.to_string()));
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| DateError::NoSuchDay(input.to_string()))
}

/// Splits `s` on `sep` into exactly N all-digit parts with the given lengths.
fn numeric_parts<const N: usize>(
    s: &str,
    sep: char,
    lens: [std::ops::RangeInclusive<usize>; N],
) -> Option<[i32; N]> {
    let mut out = [0i32; N];
    let mut parts = s.split(sep);
    for (slot, len) in out.iter_mut().zip(lens) {
        let p = parts.next()?;
        if !len.contains(&p.len()) || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = p.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// `today`, `tomorrow`, `yesterday` (and Polish) at the start of `f`, with what follows.
fn split_keyword(f: &str, today: NaiveDate) -> Option<(NaiveDate, &str)> {
    const KEYWORDS: &[(&str, i8)] = &[
        ("yesterday", -1),
        ("tomorrow", 1),
        ("today", 0),
        ("dzisiaj", 0),
        ("wczoraj", -1),
        ("jutro", 1),
        ("dzis", 0),
    ];
    KEYWORDS.iter().find_map(|&(word, shift)| {
        let rest = f.strip_prefix(word)?;
        let base = match shift {
            -1 => today.pred_opt()?,
            1 => today.succ_opt()?,
            _ => today,
        };
        Some((base, rest))
    })
}

/// Applies `+3d`, `-2w`/`-2t`, `+1m`, `+1y`/`+1r` to `base`. `Ok(None)` if `f` is not an
/// offset at all; an error if it is one but leaves the calendar.
fn apply_offset(base: NaiveDate, f: &str, input: &str) -> Result<Option<NaiveDate>, DateError> {
    let (negative, rest) = match f.as_bytes().first() {
        Some(b'+') => (false, &f[1..]),
        Some(b'-') => (true, &f[1..]),
        _ => return Ok(None),
    };
    let rest = rest.trim_start();
    let digits_end = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (num, unit) = rest.split_at(digits_end);
    if num.is_empty() {
        return Ok(None);
    }
    let out_of_range = || DateError::OutOfRange(input.to_string());
    // Seven digits of days is already past any calendar chrono supports.
    if num.len() > 7 {
        return Err(out_of_range());
    }
    let n: u32 = num.parse().map_err(|_| out_of_range())?;
    let moved = match unit.trim() {
        "d" => shift_days(base, u64::from(n), negative),
        "w" | "t" => shift_days(base, u64::from(n) * 7, negative),
        "m" => shift_months(base, n, negative),
        "y" | "r" => n
            .checked_mul(12)
            .and_then(|m| shift_months(base, m, negative)),
        _ => return Ok(None),
    };
    moved.map(Some).ok_or_else(out_of_range)
}

fn shift_days(d: NaiveDate, n: u64, negative: bool) -> Option<NaiveDate> {
    if negative {
        d.checked_sub_days(Days::new(n))
    } else {
        d.checked_add_days(Days::new(n))
    }
}

/// Calendar months; chrono clamps the day to the target month's end (31 Jan + 1m = 28 Feb).
fn shift_months(d: NaiveDate, n: u32, negative: bool) -> Option<NaiveDate> {
    if negative {
        d.checked_sub_months(Months::new(n))
    } else {
        d.checked_add_months(Months::new(n))
    }
}

/// Monday = 0 … Sunday = 6, from a folded English or Polish name or abbreviation.
fn weekday(f: &str) -> Option<u32> {
    let wd = match f.trim_end_matches('.') {
        "mon" | "monday" | "pon" | "pn" | "poniedzialek" => 0,
        "tue" | "tues" | "tuesday" | "wt" | "wto" | "wtorek" => 1,
        "wed" | "wednesday" | "sr" | "sro" | "sroda" => 2,
        "thu" | "thur" | "thurs" | "thursday" | "czw" | "czwartek" => 3,
        "fri" | "friday" | "pt" | "pia" | "piatek" => 4,
        "sat" | "saturday" | "sob" | "so" | "sobota" => 5,
        "sun" | "sunday" | "nd" | "ndz" | "niedz" | "niedziela" => 6,
        _ => return None,
    };
    Some(wd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    /// A Saturday.
    fn today() -> NaiveDate {
        d(2026, 11, 28)
    }

    fn p(s: &str) -> NaiveDate {
        parse_date(s, today()).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(p("2026-12-01"), d(2026, 12, 1));
        assert_eq!(p("2026-1-5"), d(2026, 1, 5));
        assert_eq!(p("28.11.2026"), d(2026, 11, 28));
        assert_eq!(p("1.2.2027"), d(2027, 2, 1));
        assert_eq!(p("28.11"), d(2026, 11, 28));
        assert_eq!(p("3.01."), d(2026, 1, 3));
    }

    #[test]
    fn keywords_and_offsets() {
        assert_eq!(p("today"), today());
        assert_eq!(p("Dziś"), today());
        assert_eq!(p("dzis"), today());
        assert_eq!(p("DZISIAJ"), today());
        assert_eq!(p("tomorrow"), d(2026, 11, 29));
        assert_eq!(p("jutro"), d(2026, 11, 29));
        assert_eq!(p("yesterday"), d(2026, 11, 27));
        assert_eq!(p("wczoraj"), d(2026, 11, 27));
        assert_eq!(p("+3d"), d(2026, 12, 1));
        assert_eq!(p("-30d"), d(2026, 10, 29));
        assert_eq!(p("+2w"), d(2026, 12, 12));
        assert_eq!(p("+2t"), d(2026, 12, 12));
        assert_eq!(p("+1m"), d(2026, 12, 28));
        assert_eq!(p("+1y"), d(2027, 11, 28));
        assert_eq!(p("-1r"), d(2025, 11, 28));
        assert_eq!(p("today-7d"), d(2026, 11, 21));
        assert_eq!(p("today+3d"), d(2026, 12, 1));
        assert_eq!(p("jutro+1t"), d(2026, 12, 6));
    }

    #[test]
    fn months_clamp_to_month_end() {
        let jan31 = d(2026, 1, 31);
        assert_eq!(parse_date("+1m", jan31), Ok(d(2026, 2, 28)));
        assert_eq!(parse_date("+1y", d(2028, 2, 29)), Ok(d(2029, 2, 28)));
    }

    #[test]
    fn weekdays_are_strictly_after_today() {
        // today() is a Saturday.
        assert_eq!(p("sat"), d(2026, 12, 5));
        assert_eq!(p("sob"), d(2026, 12, 5));
        assert_eq!(p("sun"), d(2026, 11, 29));
        assert_eq!(p("niedz"), d(2026, 11, 29));
        assert_eq!(p("nd"), d(2026, 11, 29));
        assert_eq!(p("mon"), d(2026, 11, 30));
        assert_eq!(p("Poniedziałek"), d(2026, 11, 30));
        assert_eq!(p("wt"), d(2026, 12, 1));
        assert_eq!(p("śr"), d(2026, 12, 2));
        assert_eq!(p("sr"), d(2026, 12, 2));
        assert_eq!(p("Środa"), d(2026, 12, 2));
        assert_eq!(p("czw"), d(2026, 12, 3));
        assert_eq!(p("thursday"), d(2026, 12, 3));
        assert_eq!(p("pt"), d(2026, 12, 4));
        assert_eq!(p("PIĄTEK"), d(2026, 12, 4));
        assert_eq!(p("Fri"), d(2026, 12, 4));
    }

    #[test]
    fn errors_name_the_input() {
        let e = |s: &str| parse_date(s, today()).unwrap_err();
        assert_eq!(e("2026-02-30"), DateError::NoSuchDay("2026-02-30".into()));
        assert_eq!(e("31.04.2026"), DateError::NoSuchDay("31.04.2026".into()));
        assert_eq!(e("tomorow"), DateError::Invalid("tomorow".into()));
        assert_eq!(e("today-7x"), DateError::Invalid("today-7x".into()));
        assert_eq!(e("+3"), DateError::Invalid("+3".into()));
        assert_eq!(e("2026"), DateError::Invalid("2026".into()));
        assert_eq!(e(""), DateError::Empty);
        assert_eq!(e("+99999999d"), DateError::OutOfRange("+99999999d".into()));
        assert_eq!(e("+9999999y"), DateError::OutOfRange("+9999999y".into()));
        assert_eq!(
            e("2026-02-30").message(Lang::En),
            "no such day: '2026-02-30'"
        );
        assert_eq!(
            e("2026-02-30").message(Lang::Pl),
            "nie ma takiego dnia: '2026-02-30'"
        );
        assert!(
            e("tomorow")
                .message(Lang::Pl)
                .starts_with("to nie jest data: 'tomorow'")
        );
    }

    #[test]
    fn periods() {
        let r = |s: &str| parse_date_range(s, today()).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(r("2026"), (d(2026, 1, 1), d(2026, 12, 31)));
        assert_eq!(r("2026-11"), (d(2026, 11, 1), d(2026, 11, 30)));
        assert_eq!(r("2026-02"), (d(2026, 2, 1), d(2026, 2, 28)));
        assert_eq!(r("11.2026"), (d(2026, 11, 1), d(2026, 11, 30)));
        assert_eq!(r("2026-Q4"), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(r("2026-q1"), (d(2026, 1, 1), d(2026, 3, 31)));
        assert_eq!(r("2026-11-28"), (d(2026, 11, 28), d(2026, 11, 28)));
        assert_eq!(r("-30d"), (d(2026, 10, 29), d(2026, 10, 29)));
        let e = |s: &str| parse_date_range(s, today()).unwrap_err();
        assert_eq!(e("2026-13"), DateError::NoSuchDay("2026-13".into()));
        assert_eq!(e("2026-Q5"), DateError::NoSuchDay("2026-Q5".into()));
        assert_eq!(e("2026-Qx"), DateError::Invalid("2026-Qx".into()));
    }

    #[test]
    fn only_years_1900_to_2200() {
        // Issue 15 item 10: these were accepted and exported as `+99999-01-01`.
        let out = |s: &str| DateError::OutOfRange(s.into());
        let e = |s: &str| parse_date(s, today()).unwrap_err();
        assert_eq!(e("99999-01-01"), out("99999-01-01"));
        assert_eq!(e("0000-01-01"), out("0000-01-01"));
        assert_eq!(e("1899-12-31"), out("1899-12-31"));
        assert_eq!(e("2201-01-01"), out("2201-01-01"));
        assert_eq!(e("01.01.2201"), out("01.01.2201"));
        // 2026-11-28 + 999,999 days is in the year 4764.
        assert_eq!(e("+999999d"), out("+999999d"));
        assert_eq!(e(" today+175y "), out("today+175y"));
        assert_eq!(e("-127y"), out("-127y"));
        assert_eq!(p("1900-01-01"), d(1900, 1, 1));
        assert_eq!(p("2200-12-31"), d(2200, 12, 31));
        assert_eq!(p("+174y"), d(2200, 11, 28));
        assert_eq!(p("-126y"), d(1900, 11, 28));
        let r = |s: &str| parse_date_range(s, today());
        assert_eq!(r("2201"), Err(out("2201")));
        assert_eq!(r("1899-Q4"), Err(out("1899-Q4")));
        assert_eq!(r("12.1899"), Err(out("12.1899")));
        assert_eq!(r("2200"), Ok((d(2200, 1, 1), d(2200, 12, 31))));
        assert_eq!(
            e("99999-01-01").message(Lang::En),
            "date out of range: '99999-01-01' (years 1900 to 2200)"
        );
        assert_eq!(
            e("0000-01-01").message(Lang::Pl),
            "data poza zakresem: '0000-01-01' (lata od 1900 do 2200)"
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,14}", off in "[+-][0-9]{1,9}[dwtmyr]") {
            let _ = parse_date(&s, today());
            let _ = parse_date_range(&s, today());
            let _ = parse_date(&off, today());
            let _ = parse_date(&off, NaiveDate::MAX);
            let _ = parse_date("sun", NaiveDate::MAX);
            let _ = parse_date("yesterday", NaiveDate::MIN);
        }
    }
}
