//! Dates and times of day, normalised as far as the text fixes them: "2020-01-05",
//! "--01-05" (no year), "2020-01", "--10" (a month), "1990s", "15:30"; a century as
//! ISO 8601 writes it, "18" (the years 1800-1899, "the 19th century"), and years before
//! the common era as TIMEX3 does, "BC0200", "BC04" (the fifth century BC).

use super::lexicon::{cardinal_word, day_part, month, ordinal_word, weekday, Class};
use super::{split_byte, whole_number, Hit, View};
use crate::annotation::{Label, NumberDetails};
use crate::text::tokens::TokenKind;
use crate::detect::lexicon::{possessor, ERAS};

fn hit(start: usize, end: usize, label: Label, normalized: Option<String>) -> Hit {
    Hit { start, end, label, details: NumberDetails { normalized, ..Default::default() } }
}

/// A small plain number at `j` (no separators) and its value.
pub(super) fn small(v: &View, j: usize, max_len: usize) -> Option<u32> {
    // Most tokens are words: the kind rules them out before their text is looked at.
    if v.kind(j) != Some(TokenKind::Number) {
        return None;
    }
    // Read in one loop rather than checked and then parsed: this runs at every number the
    // time and date readers look at (1.6M instructions a pass on CoNLL's test text).
    debug_assert!(max_len <= 9, "{max_len} digits may not fit a u32");
    let s = v.raw(j);
    if s.is_empty() || s.len() > max_len {
        return None;
    }
    whole_number(s).map(|n| n as u32)
}

/// A time of day at `j`: "3:30 pm", "15:30", "3pm", "3 p.m.", "noon", "midnight".
pub(super) fn time(v: &View, j: usize) -> Option<Hit> {
    // "3 o'clock"
    if let Some(h) = small(v, j, 2).filter(|h| (1..=12).contains(h)) {
        if matches!(v.w(j + 1), "o'clock" | "o\u{2019}clock") && v.near(j + 1) {
            return Some(hit(j, j + 2, Label::Time, Some(format!("{h:02}:00"))));
        }
    }
    if let Some(&(_, clock)) = CLOCK_WORDS.iter().find(|(w, _)| *w == v.w(j)) {
        return Some(hit(j, j + 1, Label::Time, Some(clock.into())));
    }
    // "1639 UTC": a four-digit clock time only with its time zone.
    if v.raw(j).len() == 4 && v.near(j + 1) && matches!(v.raw(j + 1), "GMT" | "UTC") {
        let hhmm = small(v, j, 4)?;
        let (h, m) = (hhmm / 100, hhmm % 100);
        return (h < 24 && m < 60).then(|| hit(j, j + 2, Label::Time, Some(format!("{h:02}:{m:02}"))));
    }
    // "10.30am", "7.15 pm": British style, only with am or pm.
    let dotted = Some(v.raw(j))
        .filter(|_| v.kind(j) == Some(TokenKind::Number))
        .and_then(|s| split_byte(s, b'.'))
        .filter(|(h, m)| h.len() <= 2 && m.len() == 2);
    // "a" and "p" only as "a.m." and "p.m.": "4.35p a share" is pence.
    let half_word = match v.w(j + 1) {
        "am" | "pm" => true,
        "a" | "p" => v.raw(j + 2) == "." && v.w(j + 3) == "m",
        _ => false,
    };
    let (hour, mut minute) = match dotted {
        Some((h, m)) if half_word && v.near(j + 1) => {
            (h.parse().ok()?, Some(m.parse::<u32>().ok().filter(|&m| m < 60)?))
        }
        Some(_) => return None,
        None => (small(v, j, 2)?, None),
    };
    let mut k = j + 1;
    if v.raw(k) == ":" && v.glued(k) && v.glued(k + 1) && v.raw(k + 1).len() == 2 {
        minute = Some(small(v, k + 1, 2).filter(|&m| m < 60)?);
        k += 2;
        if v.raw(k) == ":" && v.glued(k) {
            return None;
        }
    }
    let half = half_day(v, k).map(|(pm, after)| {
        k = after;
        pm
    });
    if minute.is_none() && half.is_none() {
        return None;
    }
    if half.is_some() && !(1..=12).contains(&hour) || hour > 24 {
        return None;
    }
    let hour = half.map_or(hour, |pm| clock_hour(hour, pm));
    if v.near(k)
        && matches!(v.raw(k), "GMT" | "UTC" | "BST" | "CET" | "CEST" | "EST" | "EDT" | "PST" | "PDT" | "ET" | "PT")
    {
        k += 1;
    }
    Some(hit(j, k, Label::Time, Some(format!("{hour:02}:{:02}", minute.unwrap_or(0)))))
}

/// "am" / "pm" or "a.m." / "p.m." at `k`: whether it is pm, and the token after it.
pub(super) fn half_day(v: &View, k: usize) -> Option<(bool, usize)> {
    if !v.near(k) {
        return None;
    }
    match v.w(k) {
        "am" | "pm" => Some((v.w(k) == "pm", k + 1)),
        "a" | "p" if v.raw(k + 1) == "." && v.w(k + 2) == "m" && v.glued(k + 1) && v.glued(k + 2) => {
            let dot = usize::from(v.raw(k + 3) == "." && v.glued(k + 3));
            Some((v.w(k) == "p", k + 3 + dot))
        }
        _ => None,
    }
}

/// The hour on a 24-hour clock of `hour` am or pm: 12 am is 0, 3 pm is 15.
pub(super) fn clock_hour(hour: u32, pm: bool) -> u32 {
    match (pm, hour) {
        (true, h) if h < 12 => h + 12,
        (false, 12) => 0,
        (_, h) => h,
    }
}

/// Times of day said in a word, and their clock time.
pub(super) const CLOCK_WORDS: [(&str, &str); 3] = [("noon", "12:00"), ("midday", "12:00"), ("midnight", "00:00")];

/// A month name at `j` (with an abbreviation's full stop) and the token after it.
fn month_at(v: &View, j: usize) -> Option<(u32, usize)> {
    let (m, full) = month(v.raw(j))?;
    let k = if !full && v.raw(j + 1) == "." && v.glued(j + 1) { j + 2 } else { j + 1 };
    Some((m, k))
}

/// A day of the month at `j`, with an ordinal suffix ("5", "5th").
fn day_at(v: &View, j: usize) -> Option<(u32, usize)> {
    let d = small(v, j, 2).filter(|d| (1..=31).contains(d))?;
    if !v.near(j) {
        return None;
    }
    let k = if v.ordinal_suffix(j + 1) { j + 2 } else { j + 1 };
    // "5:30", "5%", "5-10" are not days.
    if !free_after(v, k) {
        return None;
    }
    Some((d, k))
}

/// The second day of a range after a first day ending at `k`: "-7", "–7", " to 7".
fn day_range_end(v: &View, k: usize) -> Option<(u32, usize)> {
    let dash = v.hyphen(k) || v.raw(k) == "\u{2013}";
    if !(dash || (v.w(k) == "to" && v.near(k))) || !v.near(k + 1) {
        return None;
    }
    day_at(v, k + 1)
}

/// A first day glued to a range dash ("5" in "5-7 January"), which `day_at` refuses.
fn day_before_range(v: &View, j: usize) -> Option<(u32, usize)> {
    let d = small(v, j, 2).filter(|d| (1..=31).contains(d))?;
    (v.hyphen(j + 1) && small(v, j + 2, 2).is_some()).then_some((d, j + 1))
}

/// A year at `j`, optionally after a comma: "2020", ", 2020".
fn year_at(v: &View, j: usize) -> Option<(u32, usize)> {
    let j = if v.raw(j) == "," && v.glued(j) { j + 1 } else { j };
    let y = small(v, j, 4).filter(|_| v.raw(j).len() == 4 && v.near(j))?;
    if !free_after(v, j + 1) {
        return None;
    }
    Some((y, j + 1))
}

/// Nothing glued at `k` that would make the digits before it part of something else
/// ("5%", "5-10", "5/6", "5:30", "5km"); punctuation that ends a phrase is fine.
fn free_after(v: &View, k: usize) -> bool {
    !v.glued(k)
        || !(matches!(v.kind(k), Some(TokenKind::Word | TokenKind::Number))
            || matches!(v.raw(k), "%" | "-" | "/" | ":" | "\u{2013}"))
}

fn norm(y: Option<u32>, m: Option<u32>, d: Option<u32>) -> Option<String> {
    Some(match (y, m, d) {
        (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (None, Some(m), None) => format!("--{m:02}"),
        (Some(y), None, None) => format!("{y:04}"),
        _ => return None,
    })
}

/// A calendar date at `j`: "January 5", "5 Jan. 2020", "Monday 20 January", "January 2020",
/// "the 1990s", "early October", "mid-2015", "last week", "2020-01-05".
pub(super) fn date(v: &View, j: usize) -> Option<Hit> {
    if let Some(h) = part_of_year(v, j).or_else(|| century(v, j)).or_else(|| era_year(v, j)).or_else(|| season(v, j)) {
        return Some(h);
    }
    if !may_start_date(v, j) {
        return None;
    }
    // Relative dates.
    if matches!(v.w(j), "last" | "next" | "this") && v.near(j + 1) {
        // "last year's election", "this week's vote": the possessive too.
        let bare = |w| possessor(w).unwrap_or(w);
        let (unit, raw) = (bare(v.w(j + 1)), bare(v.raw(j + 1)));
        let named = weekday(raw) || month(raw).is_some_and(|(_, full)| full);
        if named
            || matches!(
                unit,
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "summer"
                    | "winter"
                    | "spring"
                    | "autumn"
                    | "decade"
                    | "century"
            )
        {
            let normalized =
                if named { month(raw).and_then(|(m, _)| norm(None, Some(m), None)) } else { None };
            return Some(hit(j, j + 2, Label::Date, normalized));
        }
        return None;
    }
    // "yesterday", "today", "tomorrow", "tonight", and "yesterday's figures", "tonight's
    // match", "Tuesday's vote"; not "today's" and "tomorrow's", which are as often "now" and
    // "the future" ("in today's world", "tomorrow's leaders").
    if let Some(day) = possessor(v.w(j)) {
        let dated = POSSESSIVE_DAYS.contains(&day) || weekday(possessor(v.raw(j)).unwrap_or_default());
        return dated.then(|| hit(j, j + 1, Label::Date, None));
    }
    if DAY_WORDS.contains(&v.w(j)) {
        // (Not a programme: "Radio 4's Today programme", "NBC's Today show".)
        let programme = v.raw(j).starts_with(char::is_uppercase)
            && (j > 0 && possessor(v.raw(j - 1)).is_some() || matches!(v.w(j + 1), "programme" | "program" | "show"));
        // "yesterday afternoon", "tomorrow morning": the part of the day belongs to it.
        let part = usize::from(v.w(j) != "tonight" && day_part(v.w(j + 1)) && v.near(j + 1));
        return (!programme).then(|| hit(j, j + 1 + part, Label::Date, None));
    }
    // "early October", "mid-2015", "late 1990s".
    if matches!(v.w(j), "early" | "late" | "mid") {
        let k = if v.raw(j + 1) == "-" && v.glued(j + 1) { j + 2 } else { j + 1 };
        if !v.near(k) {
            return None;
        }
        if let Some((m, e)) = month_at(v, k).filter(|_| v.raw(k).len() > 3) {
            let y = year_at(v, e);
            let end = y.map_or(e, |(_, e)| e);
            return Some(hit(j, end, Label::Date, norm(y.map(|(y, _)| y), Some(m), None)));
        }
        if let Some(h) = decade(v, k).or_else(|| century(v, k)) {
            return Some(Hit { start: j, ..h });
        }
        if let Some((y, e)) = year_at(v, k).filter(|&(y, _)| (1000..=2100).contains(&y)) {
            return Some(hit(j, e, Label::Date, norm(Some(y), None, None)));
        }
        return None;
    }
    if let Some(h) = decade(v, j).or_else(|| iso(v, j)) {
        return Some(h);
    }
    let mut k = j;
    let is_weekday = weekday(v.raw(j));
    if is_weekday {
        k += 1;
        if v.raw(k) == "," && v.glued(k) {
            k += 1;
        }
        if !v.near(k) {
            return Some(hit(j, j + 1, Label::Date, None));
        }
    }
    if let Some(h) = month_range(v, j).filter(|_| !is_weekday) {
        return Some(h);
    }
    // Month first: "January 5", "January 5, 2020", "Jan. 2020".
    if let Some((m, e)) = month_at(v, k) {
        if v.near(e) {
            if let Some((d, e2)) = day_at(v, e).or_else(|| day_before_range(v, e)) {
                // "January 5-7, 2020"
                let (last, e2) = later_day(v, e2, d);
                return Some(with_year(v, j, e2, m, d, last));
            }
            if let Some((y, e2)) = year_at(v, e).filter(|_| v.raw(e) != ",") {
                return Some(hit(j, e2, Label::Date, norm(Some(y), Some(m), None)));
            }
        }
        // A month alone needs a word that makes it a time ("in October"), and "May" or
        // "March" more than that; a month later in a list of months, the word before the
        // list's first ("in March, April and May").
        let mut first = j;
        while first >= 2
            && matches!(v.w(first - 1), "and" | "or" | ",")
            && month(v.raw(first - 2)).is_some_and(|(_, full)| full)
        {
            first -= 2;
        }
        let prev = first.checked_sub(1).map_or("", |p| v.w(p));
        // (A full name, not an abbreviation: "May" is both.)
        let full =
            (v.raw(k).len() > 3 || v.raw(k) == "May") && v.raw(k).bytes().skip(1).all(|b| b.is_ascii_lowercase());
        let loose = matches!(
            prev,
            "in" | "since" | "until" | "till" | "during" | "early" | "late" | "mid" | "last" | "next" | "this"
        );
        let tight = !matches!(v.raw(first), "May" | "March")
            && matches!(prev, "by" | "from" | "to" | "through" | "before" | "after" | "of");
        // "the end of March", "the first week of May": part of the month.
        let part_of = prev == "of"
            && first >= 2
            && matches!(
                v.w(first - 2),
                "end" | "start" | "beginning" | "middle" | "rest" | "half" | "week" | "weeks" | "part" | "close"
            );
        if full && (loose || tight || part_of) && !is_weekday {
            // "January of last year", "May this year": one date.
            let of = usize::from(v.w(e) == "of");
            let year = matches!(v.w(e + of), "last" | "this" | "next") && v.w(e + of + 1) == "year";
            let e = if year && (e..e + of + 2).all(|k| v.near(k)) { e + of + 2 } else { e };
            return Some(hit(j, e, Label::Date, norm(None, Some(m), None)));
        }
    }
    // Day first: "5 January", "20th of January 2020", "5-7 January".
    if let Some((d, e)) = day_at(v, k).or_else(|| day_before_range(v, k)) {
        let (last, e) = later_day(v, e, d);
        let e = if v.w(e) == "of" && v.near(e) { e + 1 } else { e };
        if let Some((m, e2)) = month_at(v, e).filter(|_| v.near(e)) {
            return Some(with_year(v, j, e2, m, d, last));
        }
    }
    // "Saturday evening", "Monday night": the part of the day belongs to the date.
    let part = day_part(v.w(j + 1)) && v.near(j + 1);
    is_weekday.then(|| hit(j, j + 1 + usize::from(part), Label::Date, None))
}

/// Two months named in full joined by a dash, with an optional year and "quarter":
/// "July-September" ("--07/--09"), "the July-September quarter", "April–June 2024"
/// ("2024-04/2024-06"), "December-January 2024" ("2023-12/2024-01").
fn month_range(v: &View, j: usize) -> Option<Hit> {
    let full = |t: usize| v.raw(t).len() > 3 || v.raw(t) == "May";
    let (m, e) = month_at(v, j).filter(|_| full(j))?;
    let dash = v.hyphen(e) || (v.raw(e) == "\u{2013}" && v.glued(e) && v.glued(e + 1));
    let (m2, e) = month_at(v, e + 1).filter(|&(m2, _)| dash && full(e + 1) && m2 != m)?;
    let year = year_at(v, e);
    let y = year.map(|(y, _)| y);
    let e = year.map_or(e, |(_, e)| e);
    let e = if v.w(e) == "quarter" && v.near(e) { e + 1 } else { e };
    // "December-January 2024" starts in the year before.
    let first_year = y.map(|y| if m2 < m { y - 1 } else { y });
    let normalized = norm(first_year, Some(m), None).zip(norm(y, Some(m2), None)).map(|(a, b)| format!("{a}/{b}"));
    Some(hit(j, e, Label::Date, normalized))
}

/// A quarter or half of a year: "Q3 2024", "Q3" (a period of the reporting year),
/// "H1 2023", "the third quarter of 2024", "the first half of 2023", "second-half 2022";
/// normalised as "2024-Q3", "2023-H1" (TIMEX3). Without a year, only the "Q" and "H"
/// forms and a reported figure's period ("third-quarter revenue"): "the third quarter"
/// may be a match's.
fn part_of_year(v: &View, j: usize) -> Option<Hit> {
    let w = v.w(j);
    // "Q3", "H1" in capitals ("h1" is a web page's heading).
    let short = |prefix: &str, max: u32| {
        let r = v.raw(j);
        r.strip_prefix(prefix).and_then(|n| n.parse::<u32>().ok()).filter(|n| (1..=max).contains(n) && r.len() == 2)
    };
    let (kind, n, mut e) = if let Some(n) = short("Q", 4) {
        ('Q', n, j + 1)
    } else if let Some(n) = short("H", 2) {
        ('H', n, j + 1)
    } else {
        let n = part_number(w)?;
        let k = if v.hyphen(j + 1) { j + 2 } else { j + 1 };
        let kind = match v.w(k) {
            "quarter" if v.near(k) => 'Q',
            "half" if v.near(k) && n <= 2 => 'H',
            _ => return None,
        };
        (kind, n, k + 1)
    };
    let of = usize::from(v.w(e) == "of" && v.near(e));
    let year = year_at(v, e + of).filter(|&(y, _)| (1900..=2100).contains(&y) && v.near(e + of));
    // "the first half of the year", "the third quarter of last year": its year untold.
    // (Spelt out: "Q3 of this year" keeps "this year", which the dateline dates; not
    // "the year-end review".)
    let this_year = of == 1
        && v.raw(j).len() > 2
        && matches!(v.w(e + 1), "the" | "this" | "last" | "next")
        && v.w(e + 2) == "year"
        && v.near(e + 1)
        && v.near(e + 2)
        && !v.hyphen(e + 3);
    let normalized = match year {
        Some((y, after)) => {
            e = after;
            Some(format!("{y:04}-{kind}{n}"))
        }
        None if this_year => {
            e += 3;
            None
        }
        // "Q3", "H1" alone: a period, its year untold; so is "third-quarter revenue".
        None if v.raw(j).len() == 2 || reported_period(v, j, e) || reported_in_sentence(v, j, e) => None,
        None => return None,
    };
    Some(hit(j, e, Label::Date, normalized))
}

/// Whether the part of a year spelt out at `j` and ending at `e` is hyphenated onto a
/// figure a company or country reports ("third-quarter revenue", "first-half profit"):
/// a period of the reporting year, as "Q3" is. Not before other nouns: "a first-half goal"
/// and "a third-quarter touchdown" are a match's.
fn reported_period(v: &View, j: usize, e: usize) -> bool {
    v.hyphen(j + 1) && v.near(e) && REPORTED.contains(&v.w(e))
}

/// Whether the sentence of the part of a year spelt out at `j` (ending at `e`) tells of a
/// figure reported for it: "Sales rose 5% in the second quarter", "Earnings fell in the
/// first half". Not a match's: "He scored in the third quarter". Hyphenated before a
/// noun, the figure is in the next three words: "first-half operating profits", not "a
/// first-half goal".
fn reported_in_sentence(v: &View, j: usize, e: usize) -> bool {
    let told = |k: usize| REPORTED_IN_SENTENCE.contains(&v.w(k)) || REPORTED.contains(&v.w(k));
    if v.hyphen(j + 1) {
        return (e..e + 3).take_while(|&k| k < v.toks.len() && !v.sentence_start(k)).any(told);
    }
    let before = v.sentence_before(j);
    let after = (e..e + 40).take_while(|&k| k < v.toks.len() && !v.sentence_start(k));
    before.chain(after).any(|k| REPORTED_IN_SENTENCE.contains(&v.w(k)))
}

/// [`REPORTED`] but for the words a match report has too ("net", "loss", "results"), and
/// more words for an economy's figures.
const REPORTED_IN_SENTENCE: [&str; 14] = [
    "revenue", "revenues", "sales", "profit", "profits", "earnings", "growth", "gdp", "economy", "output", "shipments",
    "deliveries", "inflation", "unemployment",
];

/// What companies and countries report by quarter and half year.
const REPORTED: [&str; 12] =
    ["revenue", "revenues", "sales", "profit", "profits", "earnings", "results", "loss", "losses", "net", "growth", "gdp"];

/// Which quarter or half of a year an ordinal word names: "first" 1 to "fourth" 4.
pub(super) fn part_number(w: &str) -> Option<u32> {
    match w {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    }
}

/// A century: "the 19th century", "the fifth century BC", "the twenty-first century",
/// "19th-century" (before a noun). Normalised as ISO 8601's two-digit century, "18" for
/// the 19th (the years 1800-1899), or as TIMEX3's "BC04" for the fifth century BC.
fn century(v: &View, j: usize) -> Option<Hit> {
    // "century" comes one to four tokens on: a look that rules out the words this is tried
    // at ("a", "the", number words) before the ordinal lists are read.
    if !(j + 1..=j + 4).any(|k| v.w(k) == "century") {
        return None;
    }
    // The ordinal: "19th", "fifth", "twenty-first".
    let (n, k) = if let Some(n) = small(v, j, 2) {
        if !v.ordinal_suffix(j + 1) {
            return None;
        }
        (n, j + 2)
    } else if let Some(n) = ordinal_word(v.w(j)) {
        (n as u32, j + 1)
    } else {
        let (tens, Class::Tens) = cardinal_word(v.w(j))? else { return None };
        let unit = ordinal_word(v.w(j + 2)).filter(|&u| v.hyphen(j + 1) && u < 10.0)?;
        ((tens + unit) as u32, j + 3)
    };
    // "19th century", "19th-century"; a century of the calendar, not "the 100th century",
    // nor a batsman's hundred runs ("his ninth century", "the fourth century-maker").
    let k = if v.hyphen(k) { k + 1 } else { k };
    let batsman = j > 0 && matches!(v.w(j - 1), "his" | "her" | "their" | "my" | "your" | "our");
    if !(1..=30).contains(&n) || v.w(k) != "century" || !v.near(k) || batsman || v.hyphen(k + 1) {
        return None;
    }
    let (bc, e) = match before_common_era(v.raw(k + 1)) {
        Some(bc) if v.near(k + 1) => (bc, k + 2),
        _ => (false, k + 1),
    };
    let era = if bc { "BC" } else { "" };
    Some(hit(j, e, Label::Date, Some(format!("{era}{:02}", n - 1))))
}

/// A year of an era: "AD 380", "43 AD", "200 BC", "70 CE", "500 BCE"; normalised as
/// "0380" or, before the common era, TIMEX3's "BC0200".
fn era_year(v: &View, j: usize) -> Option<Hit> {
    let year = |k: usize| small(v, k, 4).filter(|&y| y > 0 && v.near(k) && !v.raw(k).starts_with('0'));
    let (y, bc, e) = if v.raw(j) == ERA_BEFORE_YEAR {
        (year(j + 1)?, false, j + 2)
    } else {
        let y = small(v, j, 4).filter(|&y| y > 0 && !v.raw(j).starts_with('0'))?;
        let bc = before_common_era(v.raw(j + 1))?;
        if !v.near(j + 1) {
            return None;
        }
        (y, bc, j + 2)
    };
    // Not "AD 43%" or "400 AD-style".
    if !free_after(v, e) {
        return None;
    }
    let era = if bc { "BC" } else { "" };
    Some(hit(j, e, Label::Date, Some(format!("{era}{y:04}"))))
}

/// Whether the era `w` (as written, [`ERAS`]) counts years before the common era ("BC");
/// `None` for a word that is no era.
fn before_common_era(w: &str) -> Option<bool> {
    ERAS.iter().find(|(era, _)| *era == w).map(|&(_, bc)| bc)
}

/// A season of a year: "spring 2026", "the autumn of 2027", "fall 2025"; normalised as
/// TIMEX3 writes it, "2026-SP" (SU, FA, WI).
fn season(v: &View, j: usize) -> Option<Hit> {
    let code = SEASONS.iter().find(|(w, _)| *w == v.w(j)).map(|&(_, code)| code)?;
    let of = usize::from(v.w(j + 1) == "of" && v.near(j + 1));
    let (y, e) = year_at(v, j + 1 + of).filter(|&(y, _)| (1900..=2100).contains(&y) && v.near(j + 1 + of))?;
    // (Not a comma before the year: "in the spring, 2026 looked".)
    if v.raw(j + 1 + of) == "," {
        return None;
    }
    Some(hit(j, e, Label::Date, Some(format!("{y:04}-{code}"))))
}

/// The seasons, lower-cased, with their TIMEX3 codes.
pub(super) const SEASONS: [(&str, &str); 5] =
    [("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI")];

/// The era written before its year ("AD 380"), as written.
pub(super) const ERA_BEFORE_YEAR: &str = "AD";

/// Whether a date can start at token `j`: at digits, an apostrophe ("'90s"), a weekday
/// or month name, or a word of the relative dates below. Most words are none of these,
/// and this rules them out without trying each form of date.
fn may_start_date(v: &View, j: usize) -> bool {
    v.kind(j) == Some(TokenKind::Number)
        || matches!(v.raw(j), "'" | "\u{2019}")
        || DATE_WORDS.contains(&v.w(j))
        || DAY_WORDS.contains(&v.w(j))
        || weekday(v.raw(j))
        || month(v.raw(j)).is_some()
        || possessor(v.w(j)).is_some()
}

/// The words that start the relative and partial dates [`date`] reads: "last week",
/// "early October".
pub(super) const DATE_WORDS: [&str; 6] = ["last", "next", "this", "early", "late", "mid"];

/// The days named by a word alone, counted from the dateline's.
pub(super) const DAY_WORDS: [&str; 4] = ["yesterday", "today", "tomorrow", "tonight"];

/// The [`DAY_WORDS`] whose possessive is a date too ("yesterday's figures").
pub(super) const POSSESSIVE_DAYS: [&str; 2] = ["yesterday", "tonight"];

/// The end day of a day range at `k` ("-7" after "5"), when later than `d`, and where
/// the date goes on from.
fn later_day(v: &View, k: usize, d: u32) -> (Option<u32>, usize) {
    match day_range_end(v, k).filter(|&(d2, _)| d2 > d) {
        Some((d2, e)) => (Some(d2), e),
        None => (None, k),
    }
}

/// A day-and-month date from word `j` whose day and month end at `e`, taking an optional
/// year after it; a day range ("5-7") normalises as "start/end".
fn with_year(v: &View, j: usize, e: usize, m: u32, d: u32, last: Option<u32>) -> Hit {
    let y = year_at(v, e);
    let end = y.map_or(e, |(_, e)| e);
    let y = y.map(|(y, _)| y);
    let normalized = match last {
        Some(d2) => norm(y, Some(m), Some(d)).zip(norm(y, Some(m), Some(d2))).map(|(a, b)| format!("{a}/{b}")),
        None => norm(y, Some(m), Some(d)),
    };
    hit(j, end, Label::Date, normalized)
}

/// "1990s", "1990's", "'90s", and "the 90s" (but not "in their 90s", an age: see
/// `life_decade`).
fn decade(v: &View, j: usize) -> Option<Hit> {
    let (digits_at, century) = if matches!(v.raw(j), "'" | "\u{2019}") && v.glued(j + 1) {
        (j + 1, true)
    } else if v.raw(j).len() == 2 && j > 0 && matches!(v.w(j - 1), "the" | "early" | "late" | "mid") {
        (j, true)
    } else {
        (j, false)
    };
    let s = v.raw(digits_at);
    let want = if century { 2 } else { 4 };
    if v.kind(digits_at) != Some(TokenKind::Number)
        || s.len() != want
        || !s.ends_with('0')
        || !s.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut k = digits_at + 1;
    if matches!(v.raw(k), "'" | "\u{2019}") && v.glued(k) {
        k += 1;
    }
    if v.raw(k) != "s" || !v.glued(k) {
        return None;
    }
    let year = if century {
        let n: u32 = s.parse().ok()?;
        if n < 30 {
            2000 + n
        } else {
            1900 + n
        }
    } else {
        s.parse().ok()?
    };
    Some(hit(j, k + 1, Label::Date, Some(format!("{year}s"))))
}

/// ISO dates: "2020-01-05".
fn iso(v: &View, j: usize) -> Option<Hit> {
    let y = small(v, j, 4).filter(|_| v.raw(j).len() == 4)?;
    let glued = (j + 1..j + 5).all(|k| v.glued(k));
    if !glued || v.raw(j + 1) != "-" || v.raw(j + 3) != "-" || v.raw(j + 2).len() != 2 || v.raw(j + 4).len() != 2 {
        return None;
    }
    let m = small(v, j + 2, 2).filter(|m| (1..=12).contains(m))?;
    let d = small(v, j + 4, 2).filter(|d| (1..=31).contains(d))?;
    Some(hit(j, j + 5, Label::Date, norm(Some(y), Some(m), Some(d))))
}
