//! Native throughput of the whole pipeline, in bytes per second:
//! `cargo bench --bench annotate`. Texts: the seed article (always), the 20 Wikinews
//! articles and the CoNLL-2003 test set as running text (when ../shared/data is present).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
#[path = "texts.rs"]
mod texts;
use texts::texts;

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
