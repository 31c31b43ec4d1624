//! Runs the Microsoft Recognizers-Text English specs through `factlight::annotate` and
//! prints, per spec file, span exact-match precision and recall and value agreement.
//!
//! ```text
//! cargo run --release --example recognizers [DIR] [--show SPEC]
//! ```
//!
//! `--show NumberModel` also prints every missed and extra span of that spec.
//!
//! factlight puts a hedge inside the figure's span ("about $ 14 million") where the specs
//! leave it out, so "hedge-aside recall" also counts a span that matches once its hedge
//! is set aside. Value agreement is over every matched span that has a plain value.
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
    ("NumberRangeModel", |a| number(a).is_some_and(|n| n.end_value.is_some() || matches!(n.qualifier, Some(Qualifier::AtLeast | Qualifier::AtMost)))),
    ("CurrencyModel", |a| a.label == Label::Money),
    ("DimensionModel", |a| a.label == Label::Quantity && !is_temperature(a)),
    ("TemperatureModel", is_temperature),
    ("AgeModel", |a| a.label == Label::Duration),
];

fn number(a: &Annotation) -> Option<&factlight::NumberDetails> {
    match &a.details {
        Details::Number(n) => Some(n),
        _ => None,
    }
}

fn is_temperature(a: &Annotation) -> bool {
    a.label == Label::Quantity && number(a).is_some_and(|n| matches!(n.unit.as_deref(), Some("°C" | "°F" | "°")))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().position(|a| a == "--show").and_then(|i| args.get(i + 1)).cloned();
    let dir = args.first().filter(|a| !a.starts_with("--")).map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/recognizers-text")
    });
    if !dir.is_dir() {
        println!("skipped: no Recognizers-Text specs at {} (pass the directory as the first argument)", dir.display());
        return;
    }
    let annotator = factlight::Annotator::new();
    println!("| spec | cases | expected | found | exact | precision | recall | hedge-aside recall | value agreement | missed: in a wider figure | missed: under an entity |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (name, keep) in SPECS {
        let path = dir.join(format!("{name}.json"));
        let Ok(raw) = std::fs::read_to_string(&path) else {
            println!("| {name} | missing | | | | | | | | | |");
            continue;
        };
        let cases: Vec<Value> = match serde_json::from_str(raw.trim_start_matches('\u{feff}')) {
            Ok(Value::Array(cases)) => cases,
            _ => {
                println!("| {name} | unreadable | | | | | | | | | |");
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
                let Some(at) = exact.or(hedged.flatten()) else {
                    // A miss that lies inside a wider figure of ours ("5" in "$5", "3" in
                    // "3 years") or under an entity is a convention or another detector's
                    // call, not a figure left unseen.
                    if let Some((start, end)) = span {
                        let inner = factlight::Span::new(start, end);
                        if all.iter().any(|a| a.span.contains(inner) && a.span != inner && a.kind() == factlight::Kind::Number) {
                            tally.wider += 1;
                        } else if all.iter().any(|a| a.span.overlaps(inner) && a.kind() == factlight::Kind::Entity) {
                            tally.entity += 1;
                        }
                    }
                    if showing {
                        println!("MISS  {:?} in {input:?}", want["Text"].as_str().unwrap_or(""));
                    }
                    continue;
                };
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
                        println!("VALUE {:?} {} vs {:?}", want["Text"].as_str().unwrap_or(""), want["Resolution"], number(&found[at]).map(|n| (n.value, n.end_value)));
                    }
                }
            }
            for (a, _) in found.iter().zip(&matched).filter(|(_, m)| !**m) {
                if showing {
                    println!("EXTRA {:?} in {input:?}", &input[a.span.range()]);
                }
            }
        }
        let pct = |n: usize, d: usize| if d == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * n as f64 / d as f64) };
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            tally.cases,
            tally.expected,
            tally.found,
            tally.exact,
            pct(tally.exact, tally.found),
            pct(tally.exact, tally.expected),
            pct(tally.exact + tally.hedged, tally.expected),
            pct(tally.agree, tally.valued),
            tally.wider,
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
    wider: usize,
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
    let want: f64 = text.trim_end_matches('%').replace(',', "").parse().ok()?;
    Some(n.value.is_some_and(|v| close(v, want)))
}
