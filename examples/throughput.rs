//! Native single-thread throughput of the whole pipeline and of each detector, printed as
//! one JSON object per line for `node bench/run.mjs` (which also reads the texts it writes):
//!
//! ```text
//! cargo run --release --example throughput [-- --texts-out DIR] [--seconds S]
//! ```
//!
//! Texts: the 20 Wikinews articles joined, and CoNLL-2003 eng.testb as running text (both
//! from ../shared/data); without that folder, www/samples/seed-article.txt alone. Criterion
//! (`cargo bench`) stays the place for statistics; this gives the figures for the table.
//! FACTLIGHT_BENCH_DATA overrides the data folder.
//! MB means 10^6 bytes of UTF-8.

#[path = "../benches/texts.rs"]
mod texts;
use texts::texts;
use factlight::{Annotator, Kind};
use std::fs;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The detector sets measured: the whole pipeline, each detector through
/// `annotate_kinds`, and tokenisation alone (the floor every detector shares).
const RUNS: &[(&str, &[Kind])] = &[
    ("pipeline", &[Kind::Entity, Kind::Quote, Kind::Number]),
    ("entities", &[Kind::Entity]),
    // Quote attribution needs entities, so this includes the entity detector's work.
    ("quotes", &[Kind::Quote]),
    ("numbers", &[Kind::Number]),
    ("tokenize-only", &[]),
];

fn main() {
    let mut texts_out: Option<PathBuf> = None;
    let mut seconds = 1.5_f64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--texts-out" => texts_out = args.next().map(PathBuf::from),
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            other => {
                eprintln!("throughput: unknown argument {other:?}; takes --texts-out DIR and --seconds S");
                std::process::exit(2);
            }
        }
    }

    let texts = texts();
    if let Some(dir) = &texts_out {
        fs::create_dir_all(dir).expect("create the --texts-out folder");
        for (name, text) in &texts {
            fs::write(dir.join(format!("{name}.txt")), text).expect("write a text");
        }
    }

    let annotator = Annotator::new();
    for (name, text) in &texts {
        for (detector, kinds) in RUNS {
            let found = annotator.annotate_kinds(text, kinds).len();
            let (median, reps) = median_time(Duration::from_secs_f64(seconds), || {
                black_box(annotator.annotate_kinds(black_box(text), kinds));
            });
            report(name, text.len(), detector, reps, median, found);
        }
        // The whole pipeline once per blank-line-separated piece (paragraph or document), as
        // spaCy is fed: if this is much faster than one call on the whole text, some cost
        // grows faster than the text.
        let pieces: Vec<&str> = text.split("\n\n").filter(|p| !p.trim().is_empty()).collect();
        let found = pieces.iter().map(|p| annotator.annotate(p).len()).sum();
        let (median, reps) = median_time(Duration::from_secs_f64(seconds), || {
            for piece in &pieces {
                black_box(annotator.annotate(black_box(piece)));
            }
        });
        report(name, text.len(), "pipeline-per-piece", reps, median, found);
    }
}

fn report(text: &str, bytes: usize, detector: &str, reps: usize, median: Duration, found: usize) {
    let secs = median.as_secs_f64();
    println!(
        "{{\"text\":\"{text}\",\"bytes\":{bytes},\"detector\":\"{detector}\",\"reps\":{reps},\"median_ms\":{:.4},\"mb_s\":{:.3},\"annotations\":{found}}}",
        secs * 1e3,
        bytes as f64 / secs / 1e6,
    );
}

/// Runs `f` once to warm up, then repeatedly for about `budget` (at least 10 times) and
/// returns the median duration of one call and the number of timed calls. The median,
/// not the mean, because the machine is shared and a few calls land on a busy core.
fn median_time(budget: Duration, mut f: impl FnMut()) -> (Duration, usize) {
    f();
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < 10 || start.elapsed() < budget {
        let t0 = Instant::now();
        f();
        times.push(t0.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times.len())
}
