//! JavaScript binding for factlight: conversions only. Offsets are UTF-16 code units, so
//! `text.slice(a.start, a.end)` in JavaScript is always the annotated text.

use factlight::OffsetUnit;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A reusable annotator (compiled patterns and lexicons).
#[wasm_bindgen]
pub struct Annotator {
    inner: factlight::Annotator,
}

#[wasm_bindgen]
impl Annotator {
    /// Builds the annotator.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        Annotator { inner: factlight::Annotator::new() }
    }

    /// Annotates `text`; returns an array of plain annotation objects.
    pub fn annotate(&self, text: &str) -> Result<JsValue, JsError> {
        to_js(text, &self.inner.annotate(text))
    }
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

fn to_js(text: &str, annotations: &[factlight::Annotation]) -> Result<JsValue, JsError> {
    let records = factlight::records(text, annotations, OffsetUnit::Utf16);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    records.serialize(&serializer).map_err(|e| JsError::new(&format!("factlight: cannot convert annotations: {e}")))
}
