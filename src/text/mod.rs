//! Text plumbing shared by every detector: tokens, sentences, paragraphs, offset units and
//! the page furniture around an article.

pub(crate) mod credits;
pub(crate) mod furniture;
pub mod offsets;
pub(crate) mod pattern;
pub mod tokens;
