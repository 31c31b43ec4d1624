//! factlight finds the **entities** (people, organisations, places, nationalities),
//! **quotes** (direct speech, with who said it) and **numbers** (with their normalised
//! values) in news text.
//!
//! The core is plain Rust: no wasm, no DOM. The `wasm/` crate converts its output to
//! JavaScript objects; the `factlight` binary prints it for the command line.
//!
//! ```
//! let text = "\"We will stay,\" said Ahmed Al Kanani on January 5.";
//! let annotations = factlight::annotate(text);
//! for a in &annotations {
//!     println!("{:?} {} {:?}", a.kind(), a.label, &text[a.span.range()]);
//! }
//! factlight::check_invariants(text, &annotations).unwrap();
//! ```
//!
//! Build an [`Annotator`] once and reuse it when annotating many texts: it holds the
//! compiled patterns and lexicons.
#![deny(missing_docs)]

mod annotation;
mod annotator;
mod detect;
pub mod fxhash;
mod invariants;
mod markup;
mod pieces;
mod record;
pub mod text;

pub use annotation::{
    Annotation, Details, EntityDetails, Kind, Label, NumberDetails, Qualifier, QuoteDetails,
    QuoteStyle, Span,
};
pub use annotator::{annotate, Annotator};
pub use invariants::{check_invariants, InvariantError};
pub use markup::{markup, walk, Step};
pub use pieces::{Piece, Pieces};
pub use record::{records, records_from, Record, SubSpan};
pub use text::offsets::OffsetUnit;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// The entity tagger's parts, for the training and evaluation examples. Not a stable API.
#[doc(hidden)]
pub mod ner {
    pub use crate::detect::entities::{builtin, decode_document, features, model, refine, tag_document, tagger, EmitFn, FeaturesFn, SentenceSpans};

    /// The entity detector alone on `text` (tokenizer included), for benchmarks.
    pub fn entities(text: &str) -> Vec<crate::Annotation> {
        static E: std::sync::OnceLock<crate::detect::entities::Entities> = std::sync::OnceLock::new();
        let e = E.get_or_init(crate::detect::entities::Entities::new);
        e.find(text, &crate::text::tokens::tokenize(text))
    }
}
