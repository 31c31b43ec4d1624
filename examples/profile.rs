//! A fixed workload for instruction-count profiling (`valgrind --tool=callgrind`): the
//! benchmark texts (the Wikinews articles joined, CoNLL-2003 eng.testb as running text),
//! annotated a few times by the whole pipeline, or by the entity detector alone.
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind target/release/examples/profile [REPS] [entities|numbers] [wikinews|conll-testb]
//! ```
//! `entities` runs the entity detector alone, `numbers` the pipeline asked for figures only
//! (tokens and the number detector).
//! FACTLIGHT_BENCH_DATA overrides the data folder (default ../shared/data).

#[path = "../benches/texts.rs"]
mod texts;
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let reps: usize = args.iter().find_map(|s| s.parse().ok()).unwrap_or(3);
    let entities_only = args.iter().any(|a| a == "entities");
    let numbers_only = args.iter().any(|a| a == "numbers");
    let annotator = factlight::Annotator::new();
    for (name, text) in texts::texts() {
        if args.iter().any(|a| a == "wikinews" || a == "conll-testb") && !args.contains(&name.to_string()) {
            continue;
        }
        let mut n = 0;
        for _ in 0..reps {
            n += if entities_only {
                black_box(factlight::ner::entities(black_box(&text))).len()
            } else if numbers_only {
                black_box(annotator.annotate_kinds(black_box(&text), &[factlight::Kind::Number])).len()
            } else {
                black_box(annotator.annotate(black_box(&text))).len()
            };
        }
        println!("{name}: {} bytes x {reps}: {n} annotations", text.len());
    }
}
