use super::model::{Model, FORMAT_VERSION};
use super::{builtin, MODEL_BYTES};
use crate::annotation::Details;
use crate::Annotator;

#[test]
fn committed_model_loads() {
    // Fails when model/ner.bin is missing, corrupt, or stale against the format or
    // feature version: retrain with `cargo run --release --example train_ner`.
    if let Err(e) = Model::from_bytes(MODEL_BYTES) {
        panic!("{e}");
    }
    assert!(builtin().is_some());
    assert_eq!(u16::from_le_bytes([MODEL_BYTES[4], MODEL_BYTES[5]]), FORMAT_VERSION);
}

#[test]
fn bad_models_are_errors() {
    let cases: &[&[u8]] = &[b"", b"FLNR", b"XXXX\x01\x00", &MODEL_BYTES[..MODEL_BYTES.len() / 2]];
    for bytes in cases {
        assert!(Model::from_bytes(bytes).is_err());
    }
    let mut stale = MODEL_BYTES.to_vec();
    stale[4] = stale[4].wrapping_add(1);
    assert!(Model::from_bytes(&stale).is_err());
}

fn entities(text: &str) -> Vec<(String, &'static str)> {
    Annotator::new()
        .annotate(text)
        .into_iter()
        .filter(|a| matches!(a.details, Details::Entity(_)))
        .map(|a| (text[a.span.range()].to_string(), a.label.as_str()))
        .collect()
}

fn show(found: &[(String, &str)]) -> String {
    found.iter().map(|(t, l)| format!("{l}:{t}")).collect::<Vec<_>>().join(" | ")
}

macro_rules! t {
    ($name:ident, $text:expr, $want:expr) => {
        #[test]
        fn $name() {
            let found = entities($text);
            let want: &[&str] = $want;
            assert_eq!(show(&found), want.join(" | "), "{:?}", $text);
        }
    };
}

t!(decode010, "Ahmed Al Kanani met officials in Baghdad on Monday.", &["PER:Ahmed Al Kanani", "LOC:Baghdad"]);
