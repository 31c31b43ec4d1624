//! The binding in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the shared golden fixtures give the same markup as natively, and every UTF-16 offset
//! handed to JavaScript (packed, see `factlight_wasm::packed`) slices exactly the annotated text.

use factlight_wasm::{packed, Annotator};
use js_sys::JsString;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! fixtures {
    ($($name:literal),* $(,)?) => {
        &[$(
            ($name,
             include_str!(concat!("../../tests/golden/inputs/", $name)),
             include_str!(concat!("../../tests/golden/expected/", $name))),
        )*]
    };
}

/// Every file in tests/golden/inputs (a native test checks this list is complete).
const FIXTURES: &[(&str, &str, &str)] =
    fixtures!["figures.txt", "mixed-scripts.txt", "quote-styles.txt", "seed-article.txt"];

/// Checks that the packed results' offsets (of each annotation and of its speaker, cue
/// and counted parts) slice the JS string to the text the native records give; returns
/// how many annotations it saw.
fn check_slices(text: &str, words: &[u32]) -> usize {
    let js_text = JsString::from(text);
    let native = factlight::Annotator::new().annotate(text);
    let records = factlight::records(text, &native, factlight::OffsetUnit::Utf16);
    let spans = packed::spans(words);
    assert_eq!(spans.len(), records.len(), "annotations in {text:?}");
    let check = |(start, end): (u32, u32), want: &str| {
        let sliced: String = js_text.slice(start, end).into();
        assert_eq!(sliced, want, "offsets {start}..{end} in {text:?}");
    };
    for (s, r) in spans.iter().zip(&records) {
        check(s.main, r.text);
        let parts: Vec<&str> = [&r.speaker, &r.cue, &r.counted].into_iter().flatten().map(|p| p.text).collect();
        assert_eq!(s.parts.len(), parts.len(), "parts of {:?}", r.text);
        for (&span, want) in s.parts.iter().zip(parts) {
            check(span, want);
        }
    }
    spans.len()
}

#[wasm_bindgen_test]
fn golden_fixtures_match_native_markup() {
    let core = factlight::Annotator::new();
    for (name, input, expected) in FIXTURES {
        let annotations = core.annotate(input);
        factlight::check_invariants(input, &annotations).unwrap();
        assert_eq!(&factlight::markup(input, &annotations), expected, "fixture {name} differs in wasm");
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_annotated_text() {
    let annotator = Annotator::new();
    for (name, input, _) in FIXTURES {
        let seen = check_slices(input, &annotator.annotate(input));
        assert!(seen > 0, "no annotations in {name}");
    }
    let tricky = "😀😀 “We stay,” said Ahmed Al Kanani 👨‍👩‍👧 in 中文 Baghdad on January 5.\r\nמחיר: $5 million; e\u{301}e\u{301} 90%.";
    assert!(check_slices(tricky, &annotator.annotate(tricky)) >= 3);
}

#[wasm_bindgen_test]
fn odd_input_does_not_break_the_engine() {
    let annotator = Annotator::new();
    let quotes = "\"".repeat(10_000);
    let digits = "9".repeat(100_000);
    for text in ["", "\0\u{1}\r\r\n", "\u{FFFD}", quotes.as_str(), digits.as_str()] {
        check_slices(text, &annotator.annotate(text));
    }
    // The engine is still usable after all of that.
    assert!(check_slices("Nearly 5,200 soldiers.", &annotator.annotate("Nearly 5,200 soldiers.")) > 0);
}
