//! The benchmark texts, shared by `benches/annotate.rs` (criterion) and
//! `examples/throughput.rs` (the table of `./x bench`): the 20 Wikinews articles joined, and
//! CoNLL-2003 eng.testb as running text; the seed article alone when ../shared/data is absent.

use std::fs;
use std::path::{Path, PathBuf};

/// The benchmark texts, named.
pub fn texts() -> Vec<(&'static str, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // FACTLIGHT_BENCH_DATA points elsewhere (or nowhere, to try the fallback).
    let data = std::env::var_os("FACTLIGHT_BENCH_DATA").map_or_else(|| root.join("../shared/data"), PathBuf::from);
    if !data.is_dir() {
        eprintln!(
            "throughput: {} is absent: measuring www/samples/seed-article.txt only",
            data.display()
        );
        let seed = fs::read_to_string(root.join("www/samples/seed-article.txt")).expect("read the seed article");
        return vec![("seed-article", seed)];
    }
    let wikinews: String = (1..=20)
        .map(|n| {
            let path = data.join(format!("articles/{n:03}.txt"));
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    let conll = fs::read_to_string(data.join("conll2003/eng.testb")).expect("read conll2003/eng.testb");
    // CoNLL sentences joined back into lines of running text, documents split by a blank line.
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
    vec![("wikinews", wikinews), ("conll-testb", running)]
}
