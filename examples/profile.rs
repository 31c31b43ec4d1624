//! A fixed workload for instruction-count profiling (`valgrind --tool=callgrind`):
//! the Wikinews articles joined, annotated a few times by the whole pipeline.
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind target/release/examples/profile [REPS]
//! ```
//! FACTLIGHT_BENCH_DATA overrides the data folder (default ../shared/data).

use std::hint::black_box;

fn main() {
    let reps: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(3);
    let dir = std::env::var("FACTLIGHT_BENCH_DATA").unwrap_or_else(|_| "../shared/data".into());
    let mut paths: Vec<_> = std::fs::read_dir(format!("{dir}/articles"))
        .expect("the articles folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let text: String = paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_default()).collect::<Vec<_>>().join("\n\n");
    let annotator = factlight::Annotator::new();
    let mut n = 0;
    for _ in 0..reps {
        n += black_box(annotator.annotate(black_box(&text))).len();
    }
    println!("{} bytes x {reps}: {n} annotations", text.len());
}
