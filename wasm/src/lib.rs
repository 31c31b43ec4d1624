//! JavaScript binding for factlight: conversions only. Results leave as one `u32` array
//! ([`packed`]) that `www/factlight.js` unpacks into objects. Offsets are UTF-16 code
//! units, so `text.slice(a.start, a.end)` in JavaScript is always the annotated text.

use factlight::OffsetUnit;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

pub mod packed;

/// A reusable annotator (compiled patterns and lexicons).
#[wasm_bindgen]
pub struct Annotator {
    inner: Rc<factlight::Annotator>,
}

#[wasm_bindgen]
impl Annotator {
    /// Builds the annotator.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Annotator {
        Annotator { inner: Rc::new(factlight::Annotator::new()) }
    }

    /// Annotates `text`; returns the annotations [`packed`].
    pub fn annotate(&self, text: &str) -> Vec<u32> {
        to_js(text, (0, 0), &self.inner.annotate(text))
    }

    /// Annotates `text` with only the detectors for `kinds` (`entity`, `quote`, `number`).
    #[wasm_bindgen(js_name = annotateKinds)]
    pub fn annotate_kinds(&self, text: &str, kinds: Vec<String>) -> Result<Vec<u32>, JsError> {
        let kinds = kinds
            .iter()
            .map(|k| match k.as_str() {
                "entity" => Ok(factlight::Kind::Entity),
                "quote" => Ok(factlight::Kind::Quote),
                "number" => Ok(factlight::Kind::Number),
                other => Err(JsError::new(&format!("factlight: unknown kind {other:?} (entity, quote or number)"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(to_js(text, (0, 0), &self.inner.annotate_kinds(text, &kinds)))
    }

    /// Builds now what is otherwise built on first use (the quote patterns, the entity
    /// model), so the next `annotate` pays no start-up cost.
    pub fn warm(&self) {
        self.inner.warm();
    }

    /// Cuts `text` into pieces of at most `max_bytes` UTF-8 bytes, to be annotated one
    /// call at a time (see `factlight::Pieces`).
    pub fn pieces(&self, text: String, max_bytes: usize) -> Pieces {
        let cursor = factlight::Pieces::new(&text, max_bytes);
        Pieces { annotator: Rc::clone(&self.inner), text, cursor, at: (0, 0) }
    }
}

/// A long text being annotated a piece at a time.
#[wasm_bindgen]
pub struct Pieces {
    annotator: Rc<factlight::Annotator>,
    text: String,
    cursor: factlight::Pieces,
    /// The next piece's start, in bytes and in UTF-16 units.
    at: (usize, usize),
}

#[wasm_bindgen]
impl Pieces {
    /// Where the pieces start, and the text's end, in UTF-16 units: `[0, s1, ..., length]`.
    pub fn bounds(&self) -> Vec<u32> {
        let spans = self.cursor.spans();
        let mut offsets: Vec<usize> = spans.iter().map(|s| s.start).chain([self.text.len()]).collect();
        factlight::text::offsets::convert(&self.text, &mut offsets, OffsetUnit::Utf16);
        offsets.into_iter().map(|o| o as u32).collect()
    }

    /// Annotates the next piece; returns its annotations [`packed`] (offsets in the whole
    /// text), or `undefined` when every piece is done.
    #[allow(clippy::should_implement_trait)] // a JS method, not an Iterator
    pub fn next(&mut self) -> Option<Vec<u32>> {
        let piece = self.cursor.next(&self.annotator, &self.text)?;
        let found = to_js(&self.text, self.at, &piece.annotations);
        let mut end = [piece.span.end];
        factlight::text::offsets::convert_from(&self.text, self.at, &mut end, OffsetUnit::Utf16);
        self.at = (piece.span.end, end[0]);
        Some(found)
    }
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

/// The annotations [`packed`] for JavaScript, offsets in UTF-16 units counted from `from`
/// (a byte offset and its UTF-16 offset at or before them all).
fn to_js(text: &str, from: (usize, usize), annotations: &[factlight::Annotation]) -> Vec<u32> {
    packed::pack(&factlight::records_from(text, from, annotations, OffsetUnit::Utf16))
}
