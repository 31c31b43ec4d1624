//! Every bug found by a test generator or a user becomes a named test here.

use factlight::{annotate, check_invariants};

fn holds(text: &str) {
    let annotations = annotate(text);
    check_invariants(text, &annotations).unwrap_or_else(|e| panic!("{e} for {text:?}"));
}

/// proptest: the look-ahead window after a closing quote mark was cut 160 bytes on,
/// inside a multi-byte character.
#[test]
fn quote_attribution_window_ends_on_a_char_boundary() {
    holds(&format!("\"a\" {}", "😀".repeat(100)));
    holds(&format!("\"a\"{}", "é".repeat(200)));
}
