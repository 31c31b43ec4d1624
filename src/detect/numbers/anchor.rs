//! Dates the text gives relative to its own ("Thursday", "yesterday", "last November",
//! "October 31"), resolved against the article's dateline: a line near the top that holds
//! a full date and nothing else, or only a place in capitals before it and the wire's
//! name and a dash after it ("Saturday, February 2, 2019"; Reuters' "ROME 1996-12-06";
//! "LONDON, March 4, 2024 (Reuters) - Shares fell ..."). News tells of the past, so a bare
//! weekday is the last one on or before the dateline, unless "will" (or "due", ...) comes
//! before it in its sentence; a month and day without a year is the one from nine months
//! before the dateline to three months after, or the next one in the future, unless the
//! text says "last year", "next year" or "this year" after it. A month, or a month and day,
//! is read against the last full date before it in its paragraph where there is one
//! (`resolve`). Weeks and weekends are ISO weeks ("2019-W05", "2019-W05-WE").

use super::lexicon::{day_part, WEEKDAYS};
use crate::annotation::{Annotation, Details, Label};
use crate::Span;

/// How far into the text a dateline may start, in bytes.
const DATELINE_WITHIN: usize = 400;

/// Gives the relative dates after a dateline its calendar date, in `normalized`. A month
/// or a month and day without a year is read against the last full date before it in its
/// paragraph, if any ("the army moved on November 15, 2017 ... his resignation on November
/// 21"), else against the dateline.
pub(super) fn resolve(text: &str, found: &mut [Annotation]) {
    let Some((k, anchor)) = dateline(text, found) else { return };
    // The last full date read: where it ends and its day.
    let mut told: Option<(usize, i64)> = None;
    for a in &mut found[k + 1..] {
        if a.label != Label::Date {
            continue;
        }
        let span = a.span;
        let Details::Number(d) = &mut a.details else { continue };
        if let Some(day) = d.normalized.as_deref().and_then(full_date) {
            told = Some((span.end, day));
            continue;
        }
        // Read from where the last check ended, so a long paragraph is read once.
        let same_paragraph = |end: usize| text.get(end..span.start).is_some_and(|s| !s.contains('\n'));
        told = told.filter(|&(end, _)| same_paragraph(end)).map(|(end, day)| (end.max(span.end), day));
        let context = told.map_or(anchor, |(_, day)| day);
        if let Some(date) = relative(text, span, d.normalized.as_deref(), anchor, context) {
            d.normalized = Some(date);
        }
    }
}

/// The index of the dateline among `found` and its day ([`days`]).
fn dateline(text: &str, found: &[Annotation]) -> Option<(usize, i64)> {
    for (k, a) in found.iter().enumerate().take_while(|(_, a)| a.span.start < DATELINE_WITHIN) {
        let Details::Number(d) = &a.details else { continue };
        let Some(day) = d.normalized.as_deref().filter(|_| a.label == Label::Date).and_then(full_date) else {
            continue;
        };
        let line_start = text[..a.span.start].rfind('\n').map_or(0, |n| n + 1);
        let line_end = text[a.span.end..].find('\n').map_or(text.len(), |n| a.span.end + n);
        if dateline_place(&text[line_start..a.span.start]) && dateline_rest(&text[a.span.end..line_end]) {
            return Some((k, day));
        }
    }
    None
}

/// What may stand before a dateline's date on its line: nothing, or a place in capitals,
/// perhaps with its state or country ("MANCHESTER, England,", "AUSTIN, Texas,").
fn dateline_place(before: &str) -> bool {
    let mut parts = before.trim().trim_end_matches(',').split(',');
    let city = parts.next().unwrap_or("");
    city.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-'))
        && parts.all(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
}

/// What may follow a dateline's date on its line: nothing, or the wire's name and a dash
/// before the story's first sentence ("(Reuters) - Shares fell ...", "— ...").
fn dateline_rest(after: &str) -> bool {
    let after = after.trim_start();
    let after = match after.strip_prefix('(') {
        Some(rest) => match rest.find(')') {
            Some(i) if i <= 30 => rest[i + 1..].trim_start(),
            _ => return false,
        },
        None => after,
    };
    after.is_empty() || after.starts_with(['-', '\u{2013}', '\u{2014}'])
}

/// "2019-02-02" as a day number.
fn full_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s[..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..].parse().ok()?;
    valid(y, m, d)
}

/// The day number of a date that exists.
fn valid(y: i64, m: u32, d: u32) -> Option<i64> {
    let n = days(y, m, d);
    ((1..=12).contains(&m) && civil(n) == (y, m, d)).then_some(n)
}

/// The calendar date (or month) a relative date names, given the dateline's day
/// (`anchor`) and the day a month or a month and day is read against (`context`: the
/// dateline's, or a date the paragraph gave before).
fn relative(text: &str, span: Span, normalized: Option<&str>, anchor: i64, context: i64) -> Option<String> {
    // Most dates are fixed already ("2019-02-02", "2014"): only "--" ones are partial.
    if normalized.is_some_and(|n| !n.starts_with("--")) {
        return None;
    }
    let (ay, am, _) = civil(anchor);
    let (cy, cm, _) = civil(context);
    // "October 31", "Thursday, January 31".
    if let Some(n) = normalized.filter(|n| n.len() == 7 && n.as_bytes()[4] == b'-') {
        let (m, d) = (n[2..4].parse().ok()?, n[5..].parse().ok()?);
        let window = match (year_after(text, span), future(text, span)) {
            (Some(y), _) => return valid(ay + y, m, d).map(date),
            (None, true) => 0..=366,
            // "remains in place until October 1": a term's end is more often ahead.
            (None, false) if until(text, span) => -92..=275,
            (None, false) => -275..=92,
        };
        let day = (cy - 1..=cy + 1).filter_map(|y| valid(y, m, d)).find(|&x| window.contains(&(x - context)))?;
        return Some(date(day));
    }
    let lower = text[span.range()].to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    match normalized {
        // "last November", "in May", "in January of last year".
        Some(n) if n.len() == 4 => {
            let m: u32 = n[2..].parse().ok()?;
            // "January of last year" is one date; "January, last year" two.
            let in_span = match words.as_slice() {
                [.., w, "year"] => step(w),
                _ => None,
            };
            let year = match (in_span.or_else(|| year_after(text, span)), words.first()) {
                (Some(y), _) => ay + y,
                // "last May" is the one before the dateline, whatever the paragraph's date.
                (None, Some(&"last")) => ay - i64::from(m as i64 - am as i64 >= 0),
                (None, Some(&"next")) => ay + i64::from(m as i64 - am as i64 <= 0),
                _ => untold_year(text, span, m, cy, cm),
            };
            Some(format!("{year:04}-{m:02}"))
        }
        // "in January-May", "the April-June quarter": the year of the first month as a
        // month's alone (offsets from the context's month), the second's after it.
        Some(n) if n.len() == 9 && n.as_bytes()[4] == b'/' => {
            let (m, m2): (u32, u32) = (n[2..4].parse().ok()?, n[7..].parse().ok()?);
            let year = year_after(text, span).map_or_else(|| untold_year(text, span, m, cy, cm), |y| ay + y);
            let year2 = year + i64::from(m2 < m);
            Some(format!("{year:04}-{m:02}/{year2:04}-{m2:02}"))
        }
        Some(_) => None,
        None => {
            match words.as_slice() {
                [w, "year"] => return step(w).map(|k| format!("{:04}", ay + k)),
                // "the first half of last year", "the third quarter of this year".
                [n, part @ ("half" | "quarter"), "of", w, "year"] => {
                    let n = super::dates::part_number(n)?;
                    let kind = if *part == "half" { 'H' } else { 'Q' };
                    return step(w).map(|k| format!("{:04}-{kind}{n}", ay + k));
                }
                // ISO weeks ("2019-W05"), as Recognizers-Text writes them.
                // Written on a Sunday, the end of its ISO week, "this week" ahead is the next.
                [w, "week"] => {
                    let ahead = *w == "this" && weekday(anchor) == 0 && future(text, span);
                    return step(w).map(|k| iso_week(anchor + 7 * (k + i64::from(ahead))));
                }
                // The weekend of that ISO week ("2019-W31-WE", as Recognizers-Text writes it).
                [w, "weekend"] => return step(w).map(|k| format!("{}-WE", iso_week(anchor + 7 * k))),
                [w, "month"] => {
                    let month = ay * 12 + i64::from(am) - 1 + step(w)?;
                    return Some(format!("{:04}-{:02}", month.div_euclid(12), month.rem_euclid(12) + 1));
                }
                _ => {}
            }
            // "Thursday evening" is that Thursday.
            let words = match words.as_slice() {
                [day @ .., part] if !day.is_empty() && day_part(part) => day,
                all => all,
            };
            let shift = match words {
                ["yesterday"] => -1,
                ["today" | "tonight"] => 0,
                ["tomorrow"] => 1,
                [.., w] => {
                    // WEEKDAYS starts on Monday, `weekday` on Sunday.
                    let want = (WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(w))? as i64 + 1) % 7;
                    let back = (weekday(anchor) - want).rem_euclid(7);
                    let ahead = (want - weekday(anchor)).rem_euclid(7);
                    match words.first() {
                        Some(&"last") => -(if back == 0 { 7 } else { back }),
                        Some(&"next") => {
                            if ahead == 0 {
                                7
                            } else {
                                ahead
                            }
                        }
                        _ if words.len() > 1 && words[0] != "on" => return None,
                        _ if future(text, span) => ahead,
                        _ => -back,
                    }
                }
                [] => return None,
            };
            Some(date(anchor + shift))
        }
    }
}

/// The year of month `m` named with no year at `span`, read against the context's year and
/// month (`cy`, `cm`): ahead of it when the text speaks of the future, else the nearest
/// (a month more than three after the context's is last year's).
fn untold_year(text: &str, span: Span, m: u32, cy: i64, cm: u32) -> i64 {
    let offset = m as i64 - cm as i64;
    if future(text, span) {
        cy + i64::from(offset < 0)
    } else if offset > 3 {
        cy - 1
    } else if offset < -9 {
        cy + 1
    } else {
        cy
    }
}

/// The years, months or weeks "last", "this" and "next" step from the dateline's.
fn step(w: &str) -> Option<i64> {
    match w {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    }
}

/// The year a date names after it, from the dateline's: "January of last year" -1, "next
/// year" +1, "this year" 0.
fn year_after(text: &str, span: Span) -> Option<i64> {
    let after = text[span.end..].trim_start();
    let after = after.strip_prefix("of ").unwrap_or(after);
    [("last year", -1), ("next year", 1), ("this year", 0)]
        .into_iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|(_, y)| y)
}

/// A word of the future before the date in its sentence: "They will meet on Tuesday",
/// "due out in May", "are to meet on Wednesday", "is expected to land on Friday".
fn future(text: &str, span: Span) -> bool {
    // Read by bytes: ASCII runs of letters and apostrophes are the words looked for.
    let b = sentence_before(text, span, 120);
    let mut i = 0;
    let mut before: &[u8] = b"";
    while i < b.len() {
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'\'') {
            i += 1;
        }
        let w = &b[start..i];
        if matches!(w, b"will" | b"Will" | b"shall" | b"due" | b"scheduled" | b"slated" | b"upcoming")
            || w.len() > 3 && w.ends_with(b"'ll")
            || w == b"to"
                && matches!(before, b"is" | b"are" | b"set" | b"expected" | b"plans" | b"going" | b"poised")
                && !b[i..].trim_ascii_start().starts_with(b"blame")
        {
            return true;
        }
        if !w.is_empty() {
            before = w;
        }
        i += 1;
    }
    false
}

/// The bytes before the date from its sentence's start, `within` bytes at most.
fn sentence_before(text: &str, span: Span, within: usize) -> &[u8] {
    let b = &text.as_bytes()[span.start.saturating_sub(within)..span.start];
    b.iter().rposition(|c| matches!(c, b'.' | b'!' | b'?' | b'\n')).map_or(b, |n| &b[n + 1..])
}

/// "until" or "till" just before the date, in a sentence with no "was", "were", "had" or
/// "remained" before it: the end of a term that is still running ("The ban remains in
/// place until October 1", "has been extended until September 30").
fn until(text: &str, span: Span) -> bool {
    let b = sentence_before(text, span, 160);
    let words = || b.split(|c| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    matches!(words().next_back(), Some(b"until" | b"Until" | b"till"))
        && !words().any(|w| matches!(w, b"was" | b"were" | b"had" | b"remained"))
}

/// The ISO week of a day: weeks start on Monday, and a week belongs to the year of its
/// Thursday.
fn iso_week(day: i64) -> String {
    let thursday = day - (weekday(day) + 6) % 7 + 3;
    let (y, _, _) = civil(thursday);
    format!("{y:04}-W{:02}", (thursday - days(y, 1, 1)) / 7 + 1)
}

fn date(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// 0 for Sunday: day 0, 1970-01-01, was a Thursday.
fn weekday(day: i64) -> i64 {
    (day + 4).rem_euclid(7)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (eras of 400 years, March-based
/// years so that the leap day ends a year).
fn days(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number: the inverse of [`days`].
fn civil(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (era * 400 + yoe + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_agree() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2000, 3, 1), 11_017);
        assert_eq!(weekday(days(2019, 2, 2)), 6, "2 February 2019 was a Saturday");
        for day in days(1599, 1, 1)..days(2401, 1, 1) {
            let (y, m, d) = civil(day);
            assert_eq!(days(y, m, d), day);
        }
        assert_eq!(valid(2019, 2, 29), None);
        assert_eq!(valid(2020, 2, 29), Some(days(2020, 2, 29)));
    }

    #[test]
    fn iso_weeks_at_the_turn_of_the_year() {
        // A week belongs to the year of its Thursday.
        assert_eq!(iso_week(days(2015, 1, 1)), "2015-W01", "a Thursday");
        assert_eq!(iso_week(days(2014, 12, 29)), "2015-W01", "the Monday before it");
        assert_eq!(iso_week(days(2016, 1, 3)), "2015-W53", "a Sunday of 2015's 53rd week");
        assert_eq!(iso_week(days(2017, 12, 31)), "2017-W52");
        assert_eq!(iso_week(days(2019, 2, 2)), "2019-W05");
    }
}
