//! Native throughput in bytes per second of the whole pipeline and of the quote and number
//! detectors alone: `cargo bench --bench annotate`. (The entity tagger has its own bench,
//! `benches/entities.rs`.) Texts: the 20 Wikinews articles and the CoNLL-2003 test set as
//! running text, or the seed article when ../shared/data is absent.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factlight::{Annotator, Kind};
#[path = "texts.rs"]
mod texts;
use texts::texts;

fn detectors(c: &mut Criterion) {
    let annotator = Annotator::new();
    let texts = texts();
    // Quote attribution reads the entities, so "quotes" includes the entity tagger.
    let runs: [(&str, &[Kind]); 3] =
        [("annotate", &[Kind::Entity, Kind::Quote, Kind::Number]), ("quotes", &[Kind::Quote]), ("numbers", &[Kind::Number])];
    for (group_name, kinds) in runs {
        let mut group = c.benchmark_group(group_name);
        for (name, text) in &texts {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(*name, |b| b.iter(|| annotator.annotate_kinds(std::hint::black_box(text), kinds)));
        }
        group.finish();
    }
}

criterion_group!(benches, detectors);
criterion_main!(benches);
