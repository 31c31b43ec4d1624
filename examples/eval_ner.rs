//! Evaluates the compiled-in entity model on CoNLL-2003 eng.testa and eng.testb with
//! exact-span precision, recall and F1 (as conlleval counts them), through the same
//! code that runs in the browser, and measures the tagging speed.
//!
//! `cargo run --release --example eval_ner [-- --raw]` (`--raw`: without the
//! document-level refinements; `--speed`: only the speed; `--errors`: list eng.testa's
//! errors)

mod ner_common;
#[path = "../benches/texts.rs"]
mod texts;

use factlight::ner::features::Lexicon;
use factlight::ner::{builtin, tag_document};
use ner_common::{data_dir, read, Score};
use std::time::Instant;

fn main() {
    let raw = std::env::args().any(|a| a == "--raw");
    let errors = std::env::args().any(|a| a == "--errors");
    let model = builtin().expect("the compiled-in model loads");
    let lex = Lexicon::new();
    let speed_only = std::env::args().any(|a| a == "--speed");
    if let Some(dir) = data_dir().filter(|_| !speed_only) {
        for name in ["eng.testa", "eng.testb"] {
            let docs = read(&dir.join(name));
            let mut score = Score::default();
            let t0 = Instant::now();
            let mut bytes = 0;
            for doc in &docs {
                let sents: Vec<Vec<&str>> = doc.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
                bytes += sents.iter().flatten().map(|w| w.len() + 1).sum::<usize>();
                let found = if raw { raw_tags(model, &lex, &sents) } else { tag_document(model, &lex, &sents) };
                for (k, s) in doc.iter().enumerate() {
                    let mine: Vec<(usize, usize, usize)> =
                        found.iter().filter(|f| f.0 == k).map(|f| (f.1, f.2, f.3)).collect();
                    if errors && name == "eng.testa" {
                        print_errors(&s.words, &s.gold, &mine);
                    }
                    let tags = factlight::ner::tagger::tags_of(s.words.len(), &mine);
                    score.add(&s.gold, &tags);
                }
            }
            let secs = t0.elapsed().as_secs_f64();
            print!("{}", score.table(name));
            println!("({} docs, {:.1} MB/s on CoNLL words)\n", docs.len(), bytes as f64 / secs / 1e6);
        }
    }
    speed();
}

fn raw_tags(
    model: &factlight::ner::model::Model,
    lex: &Lexicon,
    sents: &[Vec<&str>],
) -> Vec<factlight::ner::refine::Found> {
    use factlight::ner::features::{DocStats, Extractor};
    use factlight::ner::tagger::Transitions;
    let mut stats = DocStats::new();
    sents.iter().for_each(|s| stats.add(s));
    let mut ex = Extractor::new();
    let trans = Transitions { trans: &model.trans, start: &model.start, end: &model.end };
    let slices: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
    let found = factlight::ner::decode_document(
        &slices,
        &stats,
        model.bits(),
        factlight::ner::features::PER_WORD,
        &mut |k, keep, out| ex.sentence(&sents[k], Some(keep), lex, stats.sentence(k), model.bits(), out),
        &mut |f, per_word, e| model.emissions(f, per_word, e),
        &trans,
    );
    found
        .into_iter()
        .enumerate()
        .flat_map(|(k, spans)| spans.into_iter().map(move |(s, e, ty)| (k, s, e, ty)))
        .collect()
}

/// Prints eng.testa's misses and false finds, one per line: `MISS`, `FALSE` or `TYPE`
/// (same span, other type), the words, and the sentence.
fn print_errors(words: &[String], gold: &[(usize, usize, usize)], mine: &[(usize, usize, usize)]) {
    use factlight::ner::tagger::TYPES;
    let text = |a: usize, b: usize| words[a..b].join(" ");
    for g in gold.iter().filter(|g| !mine.contains(g)) {
        let kind = if mine.iter().any(|m| (m.0, m.1) == (g.0, g.1)) { "TYPE" } else { "MISS" };
        let got: Vec<String> = mine
            .iter()
            .filter(|m| m.0 < g.1 && g.0 < m.1)
            .map(|m| format!("{}:{}", TYPES[m.2], text(m.0, m.1)))
            .collect();
        println!("{kind}\t{}:{}\tgot [{}]\t{}", TYPES[g.2], text(g.0, g.1), got.join(", "), text(0, words.len()));
    }
    for m in mine.iter().filter(|m| !gold.iter().any(|g| g.0 < m.1 && m.0 < g.1)) {
        println!("FALSE\t{}:{}\t\t{}", TYPES[m.2], text(m.0, m.1), text(0, words.len()));
    }
}

/// Entity tagging speed on raw text (tokenizer included), single thread, on the
/// benchmark texts (benches/texts.rs: the Wikinews articles joined, CoNLL-2003 eng.testb
/// as running text): per text, the wall clock and the CPU time this thread got, which a
/// busy shared machine inflates less.
fn speed() {
    for (name, text) in texts::texts() {
        let cpu0 = cpu_ns();
        let t0 = Instant::now();
        let (mut rounds, mut n) = (0, 0);
        while t0.elapsed().as_secs_f64() < 2.0 {
            n += factlight::ner::entities(&text).len();
            rounds += 1;
        }
        let secs = t0.elapsed().as_secs_f64();
        let bytes = (text.len() * rounds) as f64;
        let cpu = match (cpu0, cpu_ns()) {
            (Some(a), Some(b)) => format!("{:.2} MB/s of CPU time, ", bytes / ((b - a) as f64 / 1e9) / 1e6),
            _ => String::new(),
        };
        println!(
            "entity tagging speed, {name}: {cpu}{:.2} MB/s wall clock ({} bytes, {rounds} rounds, {} mentions/round)",
            bytes / secs / 1e6,
            text.len(),
            n / rounds
        );
    }
}

/// Nanoseconds this thread has run on a CPU (Linux), so a busy machine does not count.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}
