//! The agenda as an iCalendar file (RFC 5545, issue 19 item 6) that calendar apps import.
//! The small subset lejek needs is written here rather than with a crate: one VEVENT per
//! agenda line, CRLF line ends, lines folded at 75 octets (never inside a UTF-8
//! character), text escaped (`\`, `;`, `,` and newlines). Each event's UID is the
//! record's (`task-42@<domain>`, `deal-17-next@<domain>`; `agenda::calendar_domain`), so
//! importing a newer file updates the events instead of adding copies.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::agenda::{kind_label, line_text};
use crate::i18n::{Lang, trf};
use crate::service::agenda::{Agenda, Item, ItemKind};

/// How long a timed task or meeting is shown: lejek keeps only when it is due.
const MEETING: Duration = Duration::hours(1);
const TASK: Duration = Duration::minutes(30);

/// The whole calendar. `now` is the DTSTAMP of every event.
pub fn calendar(a: &Agenda, domain: &str, now: DateTime<Utc>, lang: Lang) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//lejek//lejek {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for day in &a.days {
        for i in &day.items {
            event(&mut lines, i, day.date, domain, &stamp, lang);
        }
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
    }
    out
}

fn event(out: &mut Vec<String>, i: &Item, on: NaiveDate, domain: &str, stamp: &str, lang: Lang) {
    out.push("BEGIN:VEVENT".to_owned());
    out.push(format!("UID:{}@{domain}", i.uid_stem()));
    out.push(format!("DTSTAMP:{stamp}"));
    match (i.time, i.overdue) {
        // A timed task on its day: floating local time, as lejek keeps it.
        (Some(t), false) => {
            let start = on.and_time(t);
            let end = start
                + if i.kind == ItemKind::Meeting {
                    MEETING
                } else {
                    TASK
                };
            out.push(format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")));
            out.push(format!("DTEND:{}", end.format("%Y%m%dT%H%M%S")));
        }
        // Whole-day lines, and overdue ones, which stand on today's date.
        _ => {
            let end = on.succ_opt().unwrap_or(on);
            out.push(format!("DTSTART;VALUE=DATE:{}", on.format("%Y%m%d")));
            out.push(format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
            out.push("TRANSP:TRANSPARENT".to_owned());
        }
    }
    let summary = format!("{}: {}", kind_label(i.kind, lang), line_text(i, lang));
    out.push(format!("SUMMARY:{}", escape(&summary)));
    if let Some(deal) = i.deal_id {
        out.push(format!(
            "DESCRIPTION:{}",
            escape(&trf(lang, "agenda.ics.deal", &[&deal]))
        ));
    }
    out.push("END:VEVENT".to_owned());
}

/// TEXT escaping (RFC 5545 3.3.11). Other control characters may not appear in a content
/// line at all: they become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 3.1): at most 75 octets a line, each continuation
/// starting with a space, never splitting a character; every line ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            // The leading space counts towards the continuation's 75.
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_letter() {
        let line = format!("SUMMARY:{}", "ż".repeat(60));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for l in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        // SUMMARY: is 8 octets, then 33 two-octet letters fit (74), the 34th does not.
        let first = folded.split("\r\n").next().unwrap_or_default();
        assert_eq!(first.len(), 8 + 33 * 2);
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    #[test]
    fn a_short_line_is_one_line() {
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(fold(&exactly), format!("{exactly}\r\n"));
        assert_eq!(fold(&"X".repeat(76)), format!("{exactly}\r\n X\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a,b;c\\d\ne\r\nf\x1b[2Jg"),
            "a\\,b\\;c\\\\d\\ne\\nf [2Jg"
        );
    }
}
