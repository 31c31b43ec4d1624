//! Golden files: every input in tests/golden/inputs is annotated and compared, as inline
//! markup, with tests/golden/expected. The same fixtures run in wasm (wasm/tests/web.rs)
//! and on the page. The Wikinews articles in ../shared/data/articles get one line per
//! annotation in tests/golden/wikinews (the articles themselves are not copied here).
//!
//! After a deliberate change, regenerate with `FACTLIGHT_BLESS=1 cargo test --test golden`
//! and read the diff.

use factlight::{check_invariants, markup, Annotator};
use std::fs;
use std::path::{Path, PathBuf};

fn bless() -> bool {
    std::env::var_os("FACTLIGHT_BLESS").is_some()
}

/// Compares `actual` with the file at `path` (or writes it when blessing); returns a
/// description of the mismatch.
fn compare(path: &Path, actual: &str) -> Option<String> {
    if bless() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, actual).unwrap();
        return None;
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        return None;
    }
    let first = expected.lines().zip(actual.lines()).position(|(e, a)| e != a).unwrap_or(0);
    Some(format!(
        "{} differs at line {}:\n  expected: {}\n  actual:   {}\n(FACTLIGHT_BLESS=1 regenerates)",
        path.display(),
        first + 1,
        expected.lines().nth(first).unwrap_or("<end>"),
        actual.lines().nth(first).unwrap_or("<end>")
    ))
}

fn inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/inputs");
    let mut files: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn golden_markup() {
    let annotator = Annotator::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/expected");
    let mut failures = Vec::new();
    for input in inputs() {
        let text = fs::read_to_string(&input).unwrap();
        let annotations = annotator.annotate(&text);
        check_invariants(&text, &annotations).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
        failures.extend(compare(&root.join(input.file_name().unwrap()), &markup(&text, &annotations)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn wasm_tests_list_every_fixture() {
    // wasm tests cannot read directories, so they name each fixture; keep the lists equal.
    let web = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("wasm/tests/web.rs")).unwrap();
    for input in inputs() {
        let name = input.file_name().unwrap().to_str().unwrap();
        assert!(web.contains(&format!("\"{name}\"")), "wasm/tests/web.rs does not check fixture {name}");
    }
}

/// One line per annotation, marked up alone in the same notation as the inline goldens
/// (`[[PER Alrawi => Khalid Alrawi]]`), so a diff shows what changed; a line break inside
/// an annotation is written `\n`. (Marking up the whole text once per annotation is fine
/// for articles of a few KB.)
fn listing(text: &str, annotator: &Annotator) -> String {
    let annotations = annotator.annotate(text);
    check_invariants(text, &annotations).unwrap();
    let mut out = String::new();
    for a in &annotations {
        let alone = markup(text, std::slice::from_ref(a));
        // The mark stands where the annotation does: cut the unmarked text on both sides.
        out += &alone[a.span.start..alone.len() - (text.len() - a.span.end)].replace('\n', "\\n");
        out.push('\n');
    }
    out
}

#[test]
fn golden_wikinews() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/articles");
    if !data.is_dir() {
        eprintln!("skipping golden_wikinews: {} is absent", data.display());
        return;
    }
    let annotator = Annotator::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/wikinews");
    let mut failures = Vec::new();
    for n in 1..=20 {
        let name = format!("{n:03}");
        let text = fs::read_to_string(data.join(format!("{name}.txt"))).unwrap();
        failures.extend(compare(&root.join(format!("{name}.ann")), &listing(&text, &annotator)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
