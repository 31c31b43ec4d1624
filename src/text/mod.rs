//! Text plumbing shared by every detector: tokens, sentences, paragraphs and offset units.

pub mod offsets;
pub mod tokens;
