//! Property tests: for any text, annotating never panics and the output keeps every
//! promise checked by `check_invariants`. Generators build article-like text (names,
//! quotes, figures, odd marks), not only random strings.

use factlight::{check_invariants, records, records_from, Annotator, OffsetUnit, Pieces};
use proptest::prelude::*;
use std::sync::OnceLock;

fn annotator() -> &'static Annotator {
    static A: OnceLock<Annotator> = OnceLock::new();
    A.get_or_init(Annotator::new)
}

/// Pieces of news text, including the awkward ones.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Ahmed Al Kanani".to_string()),
        Just("the Iraqi Parliament".to_string()),
        Just(" said ".to_string()),
        Just(", he said.".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("「".to_string()),
        Just("nearly 5,200".to_string()),
        Just("$3.2tn".to_string()),
        Just("90%".to_string()),
        Just("January 5, 2020".to_string()),
        Just("between 3 and 4 million".to_string()),
        Just("COVID-19".to_string()),
        Just("...".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("😀".to_string()),
        Just("👨‍👩‍👧".to_string()),
        Just("e\u{301}".to_string()),
        Just("中文".to_string()),
        Just("مرحبا".to_string()),
        Just("\u{0}".to_string()),
        "[A-Z][a-z]{1,8}",
        "[0-9]{1,12}",
        "[.,:;!?'\"-]{1,4}",
        " {1,3}",
        "\\PC{0,6}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.join(" "))
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let annotations = annotator().annotate(text);
    check_invariants(text, &annotations).map_err(|e| TestCaseError::fail(e.to_string()))?;
    // UTF-16 offsets slice the same text as the byte offsets.
    let units: Vec<u16> = text.encode_utf16().collect();
    for r in records(text, &annotations, OffsetUnit::Utf16) {
        prop_assert_eq!(String::from_utf16(&units[r.start..r.end]).unwrap(), r.text);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn article_like_text_keeps_invariants(text in article()) {
        check(&text)?;
    }

    #[test]
    fn any_unicode_keeps_invariants(text in "\\PC*") {
        check(&text)?;
    }

    #[test]
    fn any_chars_including_controls_keep_invariants(text in any::<String>()) {
        check(&text)?;
    }

    /// A long text annotated a piece at a time: the pieces cover it, each piece's
    /// annotations keep the invariants in the whole text, and each piece's records (UTF-16,
    /// counted from the piece's start as the wasm binding does) slice the right text.
    #[test]
    fn pieces_keep_invariants_and_offsets(text in article(), max in 64usize..400) {
        let mut pieces = Pieces::new(&text, max);
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut at = (0, 0);
        let mut covered = 0;
        while let Some(p) = pieces.next(annotator(), &text) {
            prop_assert_eq!(p.span.start, covered);
            covered = p.span.end;
            check_invariants(&text, &p.annotations).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for r in records_from(&text, at, &p.annotations, OffsetUnit::Utf16) {
                prop_assert_eq!(String::from_utf16(&units[r.start..r.end]).unwrap(), r.text);
            }
            at = (p.span.end, at.1 + text[p.span.range()].encode_utf16().count());
        }
        prop_assert_eq!(covered, text.len());
    }
}
