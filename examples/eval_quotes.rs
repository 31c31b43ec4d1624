//! Quote detection against the hand-checked set in `tests/quotes/wikinews.tsv`: span
//! precision, recall and F1 (exact byte spans, marks included), style accuracy and
//! speaker accuracy on the quotes found.
//!
//! `cargo run --example eval_quotes [-- --draft]`: reads the articles from
//! `../shared/data/articles/`; with `--draft`, prints the detector's output in the fixture
//! format instead (the starting point for checking by hand).

use factlight::{Annotator, Details, Kind};
use std::collections::HashMap;
use std::path::Path;

const ARTICLES: &str = "../shared/data/articles";
const FIXTURE: &str = "tests/quotes/wikinews.tsv";

/// One expected quote: article, byte span, style, and the speaker's name ("-": none).
struct Gold {
    article: String,
    start: usize,
    end: usize,
    style: String,
    speaker: String,
}

fn main() {
    let draft = std::env::args().any(|a| a == "--draft");
    let dir = Path::new(ARTICLES);
    if !dir.is_dir() {
        println!("skipped: {ARTICLES} is absent (the Wikinews articles are not part of the repository)");
        return;
    }
    let annotator = Annotator::new();
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .expect("articles directory is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    ids.sort();
    let mut found: HashMap<(String, usize, usize), (String, Option<String>)> = HashMap::new();
    for id in &ids {
        let text = std::fs::read_to_string(dir.join(format!("{id}.txt"))).expect("article is UTF-8");
        for a in annotator.annotate(&text).iter().filter(|a| a.kind() == Kind::Quote) {
            let Details::Quote(q) = &a.details else { continue };
            let name = q.speaker_name.clone().or_else(|| q.speaker.map(|s| text[s.range()].to_string()));
            if draft {
                let quote: String = text[a.span.range()].chars().take(40).collect();
                println!("{id}\t{}\t{}\t{}\t{}\t{}", a.span.start, a.span.end, q.style.as_str(), name.as_deref().unwrap_or("-"), quote.replace(['\t', '\n'], " "));
            }
            found.insert((id.clone(), a.span.start, a.span.end), (q.style.as_str().to_string(), name));
        }
    }
    if draft {
        return;
    }
    let gold = read_gold();
    let mut hits = 0;
    let (mut style_ok, mut speaker_ok, mut speakers) = (0, 0, 0);
    for g in &gold {
        let Some((style, name)) = found.get(&(g.article.clone(), g.start, g.end)) else {
            println!("missed  {} {}..{}", g.article, g.start, g.end);
            continue;
        };
        hits += 1;
        if *style == g.style {
            style_ok += 1;
        } else {
            println!("style   {} {}..{}: want {}, got {style}", g.article, g.start, g.end, g.style);
        }
        if g.style != "scare" {
            speakers += 1;
            if same_speaker(&g.speaker, name.as_deref()) {
                speaker_ok += 1;
            } else {
                println!("speaker {} {}..{}: want {}, got {}", g.article, g.start, g.end, g.speaker, name.as_deref().unwrap_or("-"));
            }
        }
    }
    let gold_spans: std::collections::HashSet<_> = gold.iter().map(|g| (g.article.clone(), g.start, g.end)).collect();
    for k in found.keys().filter(|k| !gold_spans.contains(*k)) {
        println!("extra   {} {}..{}", k.0, k.1, k.2);
    }
    let p = hits as f64 / found.len().max(1) as f64;
    let r = hits as f64 / gold.len().max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!();
    println!("| measure | value |");
    println!("| --- | --- |");
    println!("| quotes (gold / found / exact match) | {} / {} / {hits} |", gold.len(), found.len());
    println!("| span precision | {:.1}% |", 100.0 * p);
    println!("| span recall | {:.1}% |", 100.0 * r);
    println!("| span F1 | {:.1}% |", 100.0 * f1);
    println!("| style accuracy (matched) | {:.1}% |", 100.0 * style_ok as f64 / hits.max(1) as f64);
    println!("| speaker accuracy (matched direct + partial) | {:.1}% ({speaker_ok}/{speakers}) |", 100.0 * speaker_ok as f64 / speakers.max(1) as f64);
}

/// A speaker is right when both say "none", or when the names end with the same word
/// ("Santa Barbara County Sheriff Bill Brown" for "Bill Brown", "its source" for "its source").
fn same_speaker(want: &str, got: Option<&str>) -> bool {
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    match (want, got) {
        ("-", None) => true,
        ("-", Some(_)) | (_, None) => false,
        (want, Some(got)) => last(want) == last(got),
    }
}

fn read_gold() -> Vec<Gold> {
    let text = std::fs::read_to_string(FIXTURE).expect("fixture is readable");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Gold {
                article: f[0].to_string(),
                start: f[1].parse().expect("start offset"),
                end: f[2].parse().expect("end offset"),
                style: f[3].to_string(),
                speaker: f[4].to_string(),
            }
        })
        .collect()
}
