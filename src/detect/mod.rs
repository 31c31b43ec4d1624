//! The detectors. Each reads the text and its tokens and proposes annotations; the
//! annotator resolves overlaps between them.

pub(crate) mod entities;
pub(crate) mod given_names;
pub(crate) mod lexicon;
pub(crate) mod numbers;
pub(crate) mod quotes;
