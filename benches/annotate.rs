//! Native throughput of the whole pipeline, in bytes per second:
//! `cargo bench --bench annotate`. Texts: the seed article (always), the 20 Wikinews
//! articles and the CoNLL-2003 test set as running text (when ../shared/data is present).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::fs;
use std::path::Path;

fn texts() -> Vec<(&'static str, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![("seed-article", fs::read_to_string(root.join("tests/golden/inputs/seed-article.txt")).unwrap())];
    let data = root.join("../shared/data");
    if data.is_dir() {
        let wikinews: String = (1..=20)
            .filter_map(|n| fs::read_to_string(data.join(format!("articles/{n:03}.txt"))).ok())
            .collect::<Vec<_>>()
            .join("\n\n");
        texts.push(("wikinews", wikinews));
        // CoNLL sentences joined back into lines of running text.
        let conll = fs::read_to_string(data.join("conll2003/eng.testb")).unwrap_or_default();
        let mut running = String::new();
        for line in conll.lines() {
            match line.split(' ').next() {
                Some("-DOCSTART-") => running.push_str("\n\n"),
                Some("") | None => running.push('\n'),
                Some(word) => {
                    running.push_str(word);
                    running.push(' ');
                }
            }
        }
        texts.push(("conll-testb", running));
    } else {
        eprintln!("../shared/data is absent: benchmarking the seed article only");
    }
    texts
}

fn pipeline(c: &mut Criterion) {
    let annotator = factlight::Annotator::new();
    let mut group = c.benchmark_group("annotate");
    for (name, text) in texts() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| annotator.annotate(std::hint::black_box(&text))));
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
