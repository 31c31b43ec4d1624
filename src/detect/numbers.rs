//! Figures: counts, percentages, money, quantities, dates, times and durations, with
//! their normalised values.

use crate::annotation::{Annotation, Details, Label, NumberDetails, Qualifier, Span};
use crate::text::tokens::Token;
use regex::Regex;

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

const SMALL: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
];

pub(crate) struct Numbers {
    pattern: Regex,
}

impl Numbers {
    pub(crate) fn new() -> Numbers {
        let num = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
        let words = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|a dozen";
        let month = "January|February|March|April|May|June|July|August|September|October|November|December";
        let pattern = format!(
            r"(?ix)
            (?P<qual>\b(?:nearly|about|around|roughly|almost|some|approximately|more\s+than|at\s+least|over|up\s+to|fewer\s+than|less\s+than|under)\s+)?
            (?:
              (?P<money>(?:US\$|\$|€|£|¥)\s?{num}(?:\s?(?:million|billion|trillion|bn|tn|m)\b)?)
            | (?P<percent>{num}\s?(?:%|\s(?:percent|per\s+cent)\b))
            | (?P<date_md>\b(?-i:{month})\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?|\b\d{{1,2}}\s+(?-i:{month})\b(?:\s+\d{{4}})?)
            | (?P<duration>\b(?:{num}|{words})\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)
            | (?P<year>\b(?:1[89]|20)\d\d\b)
            | (?P<scaled>\b{num}\s?(?:million|billion|trillion)\b)
            | (?P<digits>\b{num}\b)
            | (?P<words>\b(?:{words})\b)
            )"
        );
        Numbers { pattern: Regex::new(&pattern).expect("valid number pattern") }
    }

    pub(crate) fn find(&self, text: &str, _tokens: &[Token]) -> Vec<Annotation> {
        let mut out = Vec::new();
        for c in self.pattern.captures_iter(text) {
            let whole = c.get(0).expect("match");
            let qualifier = c.name("qual").map(|q| qualifier(&q.as_str().to_lowercase()));
            let (label, body) = if let Some(m) = c.name("money") {
                (Label::Money, m)
            } else if let Some(m) = c.name("percent") {
                (Label::Percent, m)
            } else if let Some(m) = c.name("date_md") {
                (Label::Date, m)
            } else if let Some(m) = c.name("duration") {
                (Label::Duration, m)
            } else if let Some(m) = c.name("year") {
                (Label::Date, m)
            } else if let Some(m) = c.name("scaled").or_else(|| c.name("digits")).or_else(|| c.name("words")) {
                (Label::Cardinal, m)
            } else {
                continue;
            };
            // Digits glued to letters or dashes are names or codes ("G20", "COVID-19").
            let before = text[..body.start()].chars().next_back();
            let after = text[body.end()..].chars().next();
            if before.is_some_and(|b| b.is_alphanumeric() || b == '-' || b == '/')
                || after.is_some_and(|a| a.is_alphanumeric() || a == '/')
            {
                continue;
            }
            if label == Label::Cardinal && c.name("words").is_some() && is_pronoun_one(text, body.start(), body.as_str()) {
                continue;
            }
            let s = body.as_str();
            let mut details = NumberDetails { qualifier, value: leading_value(s), ..Default::default() };
            match label {
                Label::Money => details.currency = Some(currency(s).to_string()),
                Label::Percent => details.unit = Some("%".to_string()),
                Label::Date => details.normalized = normalize_date(s),
                Label::Duration => details.unit = s.split_whitespace().last().map(|u| u.trim_end_matches('s').to_lowercase()),
                _ => {}
            }
            if label == Label::Date {
                details.value = None;
            }
            let start = if qualifier.is_some() { whole.start() } else { body.start() };
            out.push(Annotation { span: Span::new(start, body.end()), label, details: Details::Number(details) });
        }
        out
    }
}

fn is_pronoun_one(text: &str, start: usize, word: &str) -> bool {
    if !word.eq_ignore_ascii_case("one") {
        return false;
    }
    let before = text[..start].trim_end().to_lowercase();
    before.ends_with("no") || before.ends_with("the") || before.ends_with("every") || before.ends_with("any") || before.ends_with("some")
}

fn qualifier(q: &str) -> Qualifier {
    let q: String = q.split_whitespace().collect::<Vec<_>>().join(" ");
    match q.as_str() {
        "more than" | "at least" | "over" => Qualifier::AtLeast,
        "up to" | "fewer than" | "less than" | "under" => Qualifier::AtMost,
        _ => Qualifier::Approximate,
    }
}

fn currency(s: &str) -> &'static str {
    if s.starts_with('€') {
        "EUR"
    } else if s.starts_with('£') {
        "GBP"
    } else if s.starts_with('¥') {
        "JPY"
    } else {
        "USD"
    }
}

/// The value of the first number in `s`, times any scale word after it.
fn leading_value(s: &str) -> Option<f64> {
    let lower = s.to_lowercase();
    let digits: String = lower
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let base = if digits.is_empty() {
        let first = lower.split_whitespace().next().unwrap_or("");
        if lower.starts_with("a dozen") {
            12.0
        } else if let Some(n) = SMALL.iter().position(|w| *w == first) {
            n as f64
        } else {
            let tens = ["twenty", "thirty", "forty", "fifty"];
            match tens.iter().position(|w| *w == first) {
                Some(n) => (n as f64 + 2.0) * 10.0,
                None if first == "hundred" => 100.0,
                None => return None,
            }
        }
    } else {
        digits.parse::<f64>().ok()?
    };
    let scale = if lower.contains("trillion") || lower.ends_with("tn") {
        1e12
    } else if lower.contains("billion") || lower.ends_with("bn") {
        1e9
    } else if lower.contains("million") || lower.ends_with('m') {
        1e6
    } else {
        1.0
    };
    Some(base * scale)
}

fn normalize_date(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let month = words.iter().find_map(|w| MONTHS.iter().position(|m| m == w));
    let numbers: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    let year = numbers.iter().copied().find(|&n| n >= 1000);
    let day = numbers.iter().copied().find(|&n| (1..=31).contains(&n));
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{:02}-{d:02}", m + 1)),
        (None, Some(m), Some(d)) => Some(format!("--{:02}-{d:02}", m + 1)),
        (Some(y), Some(m), None) => Some(format!("{y:04}-{:02}", m + 1)),
        (Some(y), None, _) => Some(format!("{y:04}")),
        _ => None,
    }
}
