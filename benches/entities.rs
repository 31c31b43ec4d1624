//! Entity tagging throughput in bytes per second (tokenizer included):
//! `cargo bench --bench entities`. Texts: the 20 Wikinews articles joined and CoNLL-2003
//! eng.testb as running text (the speed target is on CoNLL text), or the seed
//! article when ../shared/data is absent.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
#[path = "texts.rs"]
mod texts;
use texts::texts;

fn entities(c: &mut Criterion) {
    let mut group = c.benchmark_group("entities");
    for (name, text) in &texts() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| b.iter(|| factlight::ner::entities(std::hint::black_box(text)).len()));
    }
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
