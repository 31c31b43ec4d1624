//! The promises every annotation list keeps, checked in one place for tests, proptest
//! and the fuzz targets.

use crate::annotation::{Annotation, Details, Kind, Span};
use std::fmt;

/// A broken promise: which annotation, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvariantError {
    index: usize,
    problem: String,
}

impl fmt::Display for InvariantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "annotation {}: {}", self.index, self.problem)
    }
}

impl std::error::Error for InvariantError {}

/// Checks that `annotations` could have come from annotating `text`: every span (and every
/// span in the details) is non-empty where it must be, inside the text and on char
/// boundaries; details match the kind; the list is sorted by start, longer first; and no
/// two annotations cross (they may nest).
pub fn check_invariants(text: &str, annotations: &[Annotation]) -> Result<(), InvariantError> {
    let fail = |index: usize, problem: String| Err(InvariantError { index, problem });
    let valid = |s: Span| s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    let mut open: Vec<Span> = Vec::new();
    for (i, a) in annotations.iter().enumerate() {
        if !valid(a.span) || a.span.is_empty() {
            return fail(i, format!("span {:?} is empty, reversed, out of the text or off a char boundary", a.span));
        }
        let inner: Vec<Span> = match (&a.details, a.kind()) {
            (Details::Entity(_), Kind::Entity) => vec![],
            (Details::Quote(q), Kind::Quote) => q.speaker.iter().chain(q.cue.iter()).copied().collect(),
            (Details::Number(n), Kind::Number) => n.counted.iter().copied().collect(),
            _ => return fail(i, format!("details do not match label {}", a.label)),
        };
        if let Some(s) = inner.into_iter().find(|&s| !valid(s) || s.is_empty()) {
            return fail(i, format!("detail span {s:?} is empty, out of the text or off a char boundary"));
        }
        if let Some(prev) = i.checked_sub(1).map(|p| annotations[p].span) {
            if (prev.start, std::cmp::Reverse(prev.end)) > (a.span.start, std::cmp::Reverse(a.span.end)) {
                return fail(i, format!("{:?} is out of order after {prev:?}", a.span));
            }
        }
        while open.last().is_some_and(|o| o.end <= a.span.start) {
            open.pop();
        }
        if let Some(o) = open.last() {
            if !o.contains(a.span) {
                return fail(i, format!("{:?} crosses {o:?}", a.span));
            }
        }
        open.push(a.span);
    }
    Ok(())
}
