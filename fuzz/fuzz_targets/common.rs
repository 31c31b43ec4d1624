// Shared by every fuzz target: annotate with the chosen detectors, then check every
// promise (check_invariants) and that the UTF-16 offsets JavaScript gets slice the same text.
use factlight::{check_invariants, records, Annotator, Kind, OffsetUnit};
use std::sync::OnceLock;

pub fn run(data: &[u8], kinds: &[Kind]) {
    static ANNOTATOR: OnceLock<Annotator> = OnceLock::new();
    let annotator = ANNOTATOR.get_or_init(Annotator::new);
    // Bytes that are not UTF-8 reach the engine the way browsers pass them: lossily.
    let text = String::from_utf8_lossy(data);
    let annotations = annotator.annotate_kinds(&text, kinds);
    if let Err(e) = check_invariants(&text, &annotations) {
        panic!("{e}");
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    for r in records(&text, &annotations, OffsetUnit::Utf16) {
        assert_eq!(String::from_utf16_lossy(&units[r.start..r.end]), r.text);
    }
}
