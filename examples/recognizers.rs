//! Runs the Microsoft Recognizers-Text English specs through `factlight::annotate` and
//! prints, per spec file, span exact-match precision and recall and value agreement.
//!
//! ```text
//! cargo run --release --example recognizers [DIR] [--show SPEC]
//! ```
//!
//! `--show NumberModel` also prints every missed and extra span of that spec, and the
//! not-followed class of each miss that has one.
//!
//! factlight puts a hedge inside the figure's span ("about $ 14 million") where the specs
//! leave it out, so "hedge-aside recall" also counts a span that matches once its hedge
//! is set aside. Value agreement is over every matched span that has a plain value; the
//! specs' cents and pence are compared as hundredths of the main unit, in which factlight
//! gives money ("50 cents" is 0.5 USD, "2 satoshis" 2e-8 BTC).
//!
//! Two recalls are printed. "recall" counts every expected span. "recall, followed"
//! leaves out the expected spans that fall in a case class `docs/numbers.md` lists as not
//! followed, each decided by a rule on the spec's own text, resolution and input (see
//! [`not_followed`]; only the "inside a wider figure" rule looks at our output), and counts
//! hedge-aside matches as found.
//!
//! DIR defaults to `../shared/data/recognizers-text` next to this crate. The specs are
//! JSON arrays of `{Input, Results: [{Text, Start, End, Resolution: {value}}]}` whose
//! `End` is *inclusive* and counted in UTF-16 code units; they are converted once to
//! factlight's half-open UTF-8 byte spans. Cases the reference implementation marks
//! `NotSupported` for dotnet, or `NotSupportedByDesign`, are skipped.

use factlight::{Annotation, Details, Label, Qualifier};
use serde_json::Value;
use std::path::PathBuf;

/// Which of our annotations count as predictions for a spec file.
type Keep = fn(&Annotation) -> bool;

/// Spec files, and which of our annotations count as predictions for each.
const SPECS: &[(&str, Keep)] = &[
    ("NumberModel", |a| matches!(a.label, Label::Cardinal)),
    ("OrdinalModel", |a| a.label == Label::Ordinal),
    ("PercentModel", |a| a.label == Label::Percent),
    ("NumberRangeModel", |a| {
        number(a).is_some_and(|n| {
            n.end_value.is_some() || matches!(n.qualifier, Some(Qualifier::AtLeast | Qualifier::AtMost))
        })
    }),
    ("CurrencyModel", |a| a.label == Label::Money),
    // Bare degrees ("90 degrees", "90°") name no scale: an angle or a temperature, so they
    // count for both specs.
    ("DimensionModel", |a| a.label == Label::Quantity && (!is_temperature(a) || is_bare_degrees(a))),
    ("TemperatureModel", is_temperature),
    ("AgeModel", |a| a.label == Label::Duration),
];

fn number(a: &Annotation) -> Option<&factlight::NumberDetails> {
    match &a.details {
        Details::Number(n) => Some(n),
        _ => None,
    }
}

fn is_bare_degrees(a: &Annotation) -> bool {
    number(a).is_some_and(|n| n.unit.as_deref() == Some("°"))
}

fn is_temperature(a: &Annotation) -> bool {
    a.label == Label::Quantity && number(a).is_some_and(|n| matches!(n.unit.as_deref(), Some("°C" | "°F" | "°")))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().position(|a| a == "--show").and_then(|i| args.get(i + 1)).cloned();
    let dir = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/recognizers-text"));
    if !dir.is_dir() {
        println!("skipped: no Recognizers-Text specs at {} (pass the directory as the first argument)", dir.display());
        return;
    }
    let annotator = factlight::Annotator::new();
    println!("| spec | cases | expected | found | exact | precision | recall | hedge-aside recall | value agreement | not followed | recall, followed | missed: under an entity |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, keep) in SPECS {
        let path = dir.join(format!("{name}.json"));
        let Ok(raw) = std::fs::read_to_string(&path) else {
            println!("| {name} | missing | | | | | | | | | | |");
            continue;
        };
        let cases: Vec<Value> = match serde_json::from_str(raw.trim_start_matches('\u{feff}')) {
            Ok(Value::Array(cases)) => cases,
            _ => {
                println!("| {name} | unreadable | | | | | | | | | | |");
                continue;
            }
        };
        let mut tally = Tally::default();
        for case in &cases {
            if skipped(case) {
                continue;
            }
            let Some(input) = case["Input"].as_str() else { continue };
            tally.cases += 1;
            let all = annotator.annotate(input);
            let found: Vec<Annotation> = all.iter().filter(|a| keep(a)).cloned().collect();
            let expected = case["Results"].as_array().cloned().unwrap_or_default();
            tally.expected += expected.len();
            tally.found += found.len();
            let showing = show.as_deref() == Some(*name);
            let mut matched = vec![false; found.len()];
            for want in &expected {
                let (Some(start), Some(end)) = (want["Start"].as_u64(), want["End"].as_u64()) else { continue };
                let span = utf16_to_bytes(input, start as usize, end as usize + 1);
                let exact = found.iter().position(|a| Some((a.span.start, a.span.end)) == span);
                // factlight keeps a hedge inside the span ("about $ 14 million"); the specs
                // leave it out. Such a match is counted apart.
                let hedged = exact.is_none().then(|| {
                    let (start, end) = span?;
                    found.iter().position(|a| {
                        a.span.end == end
                            && a.span.start < start
                            && number(a).is_some_and(|n| n.qualifier.is_some())
                            && input[a.span.start..start].chars().all(|c| c.is_alphabetic() || c == ' ')
                    })
                });
                let class = not_followed(name, want, input, span).or_else(|| {
                    // A number inside a wider figure of ours of another kind ("5" in "$5",
                    // "3" in "3 years") is one figure for a reader.
                    let (start, end) = span?;
                    let inner = factlight::Span::new(start, end);
                    all.iter()
                        .any(|a| {
                            a.span.contains(inner) && a.span != inner && a.kind() == factlight::Kind::Number && !keep(a)
                        })
                        .then_some("inside a wider figure of another kind")
                });
                if class.is_some() {
                    tally.excluded += 1;
                }
                let Some(at) = exact.or(hedged.flatten()) else {
                    // Under an entity: another detector's call, not a figure left unseen.
                    if let Some((start, end)) = span {
                        let inner = factlight::Span::new(start, end);
                        if all.iter().any(|a| a.span.overlaps(inner) && a.kind() == factlight::Kind::Entity) {
                            tally.entity += 1;
                        }
                    }
                    if showing {
                        let class = class.map(|c| format!("  [not followed: {c}]")).unwrap_or_default();
                        println!("MISS  {:?} in {input:?}{class}", want["Text"].as_str().unwrap_or(""));
                    }
                    continue;
                };
                if class.is_none() {
                    tally.followed_found += 1;
                }
                matched[at] = true;
                if exact.is_some() {
                    tally.exact += 1;
                } else {
                    tally.hedged += 1;
                }
                if let Some(agree) = value_agrees(&want["Resolution"], &found[at]) {
                    tally.valued += 1;
                    tally.agree += usize::from(agree);
                    if showing && !agree {
                        println!(
                            "VALUE {:?} {} vs {:?}",
                            want["Text"].as_str().unwrap_or(""),
                            want["Resolution"],
                            number(&found[at]).map(|n| (n.value, n.end_value))
                        );
                    }
                }
            }
            for (a, _) in found.iter().zip(&matched).filter(|(_, m)| !**m) {
                if showing {
                    println!("EXTRA {:?} in {input:?}", &input[a.span.range()]);
                }
            }
        }
        let pct =
            |n: usize, d: usize| if d == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * n as f64 / d as f64) };
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            tally.cases,
            tally.expected,
            tally.found,
            tally.exact,
            pct(tally.exact, tally.found),
            pct(tally.exact, tally.expected),
            pct(tally.exact + tally.hedged, tally.expected),
            pct(tally.agree, tally.valued),
            tally.excluded,
            pct(tally.followed_found, tally.expected - tally.excluded),
            tally.entity
        );
    }
}

#[derive(Default)]
struct Tally {
    cases: usize,
    expected: usize,
    found: usize,
    exact: usize,
    hedged: usize,
    /// Expected spans in a not-followed class, and the other ones we found.
    excluded: usize,
    followed_found: usize,
    entity: usize,
    valued: usize,
    agree: usize,
}

fn skipped(case: &Value) -> bool {
    case.get("NotSupportedByDesign").is_some()
        || case["NotSupported"].as_str().is_some_and(|s| s.to_ascii_lowercase().contains("dotnet"))
}

/// Converts a half-open UTF-16 span of `text` to UTF-8 bytes, if both ends fall on chars.
fn utf16_to_bytes(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let (mut units, mut from, mut to) = (0, None, None);
    for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
        if units == start {
            from = Some(byte);
        }
        if units == end {
            to = Some(byte);
            break;
        }
        units += c.len_utf16();
    }
    Some((from?, to?))
}

/// Whether the spec's value matches ours; `None` when the spec gives no plain number.
fn value_agrees(resolution: &Value, got: &Annotation) -> Option<bool> {
    let n = number(got)?;
    let text = resolution["value"].as_str()?;
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0);
    // Ranges: "[20,30)", "(20,", ",30]".
    if text.starts_with(['[', '(']) {
        let inner = text.trim_matches(|c| matches!(c, '[' | ']' | '(' | ')'));
        let (low, high) = inner.split_once(',')?;
        let low: Option<f64> = low.trim().parse().ok();
        let high: Option<f64> = high.trim().parse().ok();
        let ours = match (n.value, n.end_value) {
            (Some(v), Some(e)) => (Some(v), Some(e)),
            (Some(v), None) if n.qualifier == Some(Qualifier::AtMost) => (None, Some(v)),
            (Some(v), None) => (Some(v), None),
            _ => return Some(false),
        };
        let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => close(a, b),
            (None, None) => true,
            _ => false,
        };
        return Some(same(low, ours.0) && same(high, ours.1));
    }
    let mut want: f64 = text.trim_end_matches('%').replace(',', "").parse().ok()?;
    // Money is given in the main unit: "50 cents" is 0.5 USD, "470 pence" 4.7 GBP,
    // "2 satoshis" 2e-8 BTC.
    match resolution["unit"].as_str() {
        Some("Cent" | "Pence" | "Penny") => want /= 100.0,
        Some("Satoshi") => want /= 1e8,
        _ => {}
    }
    Some(n.value.is_some_and(|v| close(v, want)))
}

/// The not-followed class (docs/numbers.md) an expected span falls in, decided from the
/// spec alone: its name, the expected text, resolution and input, and `span`, the
/// expected text's place in the input in bytes.
fn not_followed(spec: &str, want: &Value, input: &str, span: Option<(usize, usize)>) -> Option<&'static str> {
    let text = want["Text"].as_str().unwrap_or("").to_lowercase();
    let resolution = &want["Resolution"];
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if resolution["relativeTo"].as_str().is_some_and(|r| r != "start") {
        return Some("relative ordinal");
    }
    if !text.chars().any(|c| c.is_ascii_digit() || ('\u{00bc}'..='\u{215e}').contains(&c))
        && !words.iter().any(|w| number_word(w))
    {
        return Some("no number in it");
    }
    let bytes = text.as_bytes();
    let exponent = bytes
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'e' && (w[2].is_ascii_digit() || w[2] == b'+' || w[2] == b'-'));
    // "one over three": "over" between two numbers is division ("over thirty" is a bound).
    let division = words.iter().skip(1).any(|w| *w == "over");
    if text.contains('^') || exponent || division {
        return Some("mathematical notation");
    }
    if text.contains(" - ") || text.starts_with("- ") || text.contains(" -\u{2009}") {
        return Some("spaced hyphen or sign");
    }
    if text.contains("equal")
        || text.contains(['<', '>'])
        || words.iter().any(|w| w.starts_with("exceed") || w.starts_with("surpass"))
    {
        return Some("comparison language");
    }
    // A comma followed by other than three digits: "5,00", "1,3", "1.111,11".
    let european = text.match_indices(',').any(|(i, _)| {
        let after = text[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
        after > 0 && after != 3
    });
    if european {
        return Some("decimal comma");
    }
    if let Some((start, end)) = span {
        // "192.168.1.2", "5/17/2018", "+1-222-2222", "22,24,26": digits joined to more
        // digits by punctuation with no space; "SCP-173": digits hyphenated onto a word.
        let before: Vec<char> = input[..start].chars().rev().take(2).collect();
        let after: Vec<char> = input[end..].chars().take(2).collect();
        let joins = |c: char| matches!(c, '.' | ',' | '/' | '-' | '+' | ':');
        let starts_digit = text.starts_with(|c: char| c.is_ascii_digit());
        let ends_digit = text.ends_with(|c: char| c.is_ascii_digit());
        let joined_before = starts_digit
            && before.first().is_some_and(|&c| joins(c))
            && before.get(1).is_some_and(|c| c.is_alphanumeric());
        let joined_after =
            ends_digit && after.first().is_some_and(|&c| joins(c)) && after.get(1).is_some_and(char::is_ascii_digit);
        if joined_before || joined_after {
            return Some("part of a code, date, address or list");
        }
    }
    // "10G", "5G": in a bare number, digits glued to letters other than a scale ("10k",
    // "2bn", "1MM") are a name.
    let letters = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let scale = ["k", "m", "b", "bn", "mn", "tn", "mil", "mm", "th", "st", "nd", "rd"].contains(&letters);
    if letters.len() < text.len()
        && !letters.is_empty()
        && letters.chars().all(char::is_alphabetic)
        && !scale
        && !text.contains(' ')
        && spec == "NumberModel"
    {
        return Some("digits glued to letters");
    }
    if text.bytes().all(|b| b.is_ascii_digit()) && (text.len() >= 7 || (text.len() >= 2 && text.starts_with('0'))) {
        return Some("identifier");
    }
    // "a fifth", "a half", "a twenty-first" alone: more often a rank or part of a phrase.
    if let [a, rank] = text.split_whitespace().collect::<Vec<_>>().as_slice() {
        let fraction = ["th", "ths", "st", "nd", "rd", "half", "quarter"].iter().any(|e| rank.ends_with(e));
        let of = input[span.map_or(0, |s| s.1)..].trim_start().starts_with("of ");
        if matches!(*a, "a" | "an") && fraction && !of {
            return Some("\"a\" and a fraction or rank, without \"of\"");
        }
    }
    if ["percent", "per cent", "percents", "percentage"].iter().any(|p| text.starts_with(p)) {
        return Some("percent word before its number");
    }
    if resolution["unit"].as_str() == Some("Pound") && resolution["subtype"].as_str() == Some("Weight") {
        return Some("pounds as weight");
    }
    // "2.33 k", "1,674.5 G": a letter set apart by a space is a letter or a unit.
    let chars: Vec<char> = text.chars().collect();
    if let [.., ' ', l] = chars.as_slice() {
        if l.is_alphabetic() {
            return Some("spaced one-letter scale");
        }
    }
    // "1.8m": glued "m" is a million in news copy, unless a size or a race follows ("1.8m
    // tall"; the list is `METRES_AFTER` in src/detect/numbers/mod.rs, in part).
    let next_word = span.and_then(|(_, e)| input.get(e..)).and_then(|rest| rest.split_whitespace().next());
    let sized = next_word.is_some_and(|w| matches!(w.trim_end_matches(['.', ',']), "high" | "tall" | "long" | "wide" | "deep" | "away"));
    if text.ends_with('m')
        && text[..text.len() - 1].ends_with(|c: char| c.is_ascii_digit())
        && resolution["unit"].as_str() == Some("Meter")
        && !sized
    {
        return Some("glued m read as million");
    }
    None
}

/// A word that names a number, or starts one ("twenty", "fifth", "hundredths", "dozen").
fn number_word(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twelf", "thirt", "fift", "twent", "fort", "hundred", "thousand", "million", "billion",
        "trillion", "dozen", "half", "halves", "quarter", "first", "second", "third", "lakh", "crore",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
}
