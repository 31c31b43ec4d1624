//! Entity tagging throughput on the seed article and the Wikinews articles (when
//! `../shared` is present), in bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect())
        .unwrap_or_default();
    if texts.is_empty() {
        let para = "MP Ahmed Al Kanani, a member of the Al Sadiqoun party, told France 24 in Baghdad that the Iraqi Parliament wants U.S. troops to leave.\n";
        texts.push(para.repeat(100));
    }
    texts
}

fn entities(c: &mut Criterion) {
    let texts = texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("tag", |b| b.iter(|| texts.iter().map(|t| factlight::ner::entities(t).len()).sum::<usize>()));
    let annotator = factlight::Annotator::new();
    group.bench_function("annotate_all", |b| b.iter(|| texts.iter().map(|t| annotator.annotate(t).len()).sum::<usize>()));
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
