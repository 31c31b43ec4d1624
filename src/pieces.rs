//! Long texts, a piece at a time: a 10 MB paste is cut into pieces of at most a given size,
//! each annotated as its own document, so a caller can report progress, show results as
//! they come and keep memory bounded by the piece rather than the text.
//!
//! Pieces end at a paragraph break where there is one in the second half of the allowed
//! length, else at a line break, a sentence end, a space, or (a single huge word) any
//! character boundary. A text no longer than the limit is one piece, annotated exactly as
//! [`Annotator::annotate`] does. Mentions of one entity share an id across pieces when they
//! resolve to the same canonical name.

use crate::annotation::{Annotation, Details, Span};
use crate::annotator::Annotator;
use std::collections::HashMap;

/// One piece of a long text and its annotations, with offsets in the whole text.
#[derive(Clone, Debug)]
pub struct Piece {
    /// Where the piece lies in the text.
    pub span: Span,
    /// Its annotations, sorted and nested as [`Annotator::annotate`] returns them.
    pub annotations: Vec<Annotation>,
}

/// The pieces of one text and how far annotating them has got. It holds no borrow of the
/// text or the annotator, so a caller can keep it between calls (the wasm binding keeps it
/// in a JavaScript object and annotates one piece per call).
///
/// ```
/// use factlight::{Annotator, Pieces};
/// let text = "Ahmed Al Kanani spoke in Baghdad on Monday morning.\n\nLater, Kanani left Baghdad for Erbil.";
/// let annotator = Annotator::new();
/// let mut pieces = Pieces::new(text, 64);
/// assert_eq!(pieces.spans().len(), 2); // cut at the blank line
/// let mut ids = Vec::new();
/// while let Some(piece) = pieces.next(&annotator, text) {
///     factlight::check_invariants(text, &piece.annotations).unwrap();
///     ids.extend(piece.annotations.iter().filter(|a| &text[a.span.range()] == "Baghdad").map(|a| a.details.clone()));
/// }
/// assert_eq!(ids.len(), 2);
/// assert_eq!(ids[0], ids[1]); // one entity across both pieces
/// ```
#[derive(Clone, Debug)]
pub struct Pieces {
    spans: Vec<Span>,
    next: usize,
    /// Entity id by canonical name, across the pieces done so far.
    ids: HashMap<String, u32>,
}

impl Pieces {
    /// Cuts `text` into pieces of at most `max_bytes` (at least 64) bytes.
    pub fn new(text: &str, max_bytes: usize) -> Pieces {
        Pieces { spans: split(text, max_bytes), next: 0, ids: HashMap::new() }
    }

    /// Every piece's span, in order; together they cover the text exactly.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// How many pieces are annotated so far.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Annotates the next piece of `text` (the text these pieces were cut from), or returns
    /// `None` when every piece is done.
    pub fn next(&mut self, annotator: &Annotator, text: &str) -> Option<Piece> {
        let span = *self.spans.get(self.next)?;
        self.next += 1;
        let mut annotations = annotator.annotate(text.get(span.range())?);
        for a in &mut annotations {
            shift(a, span.start);
            if self.spans.len() == 1 {
                continue; // the whole text: its own ids are the document's
            }
            if let Details::Entity(e) = &mut a.details {
                let next = self.ids.len() as u32;
                e.id = *self.ids.entry(e.canonical.clone()).or_insert(next);
            }
        }
        Some(Piece { span, annotations })
    }
}

impl Annotator {
    /// Annotates `text` a piece at a time (see [`Pieces`]): an iterator of pieces in
    /// order, each with its annotations.
    ///
    /// ```
    /// let text = "Nearly 5,200 soldiers.\n\n".repeat(100);
    /// let annotator = factlight::Annotator::new();
    /// let pieces: Vec<_> = annotator.annotate_pieces(&text, 1000).collect();
    /// assert_eq!(pieces.len(), 3);
    /// assert_eq!(pieces.iter().map(|p| p.annotations.len()).sum::<usize>(), 100);
    /// ```
    pub fn annotate_pieces<'a>(&'a self, text: &'a str, max_bytes: usize) -> impl Iterator<Item = Piece> + 'a {
        let mut pieces = Pieces::new(text, max_bytes);
        std::iter::from_fn(move || pieces.next(self, text))
    }
}

/// Moves an annotation found in a piece to its place in the whole text.
fn shift(a: &mut Annotation, by: usize) {
    let move_span = |s: &mut Span| *s = Span::new(s.start + by, s.end + by);
    move_span(&mut a.span);
    match &mut a.details {
        Details::Quote(q) => {
            q.speaker.as_mut().map(move_span);
            q.cue.as_mut().map(move_span);
        }
        Details::Number(n) => {
            n.counted.as_mut().map(move_span);
        }
        Details::Entity(_) => {}
    }
}

/// The smallest piece limit: below it, pieces would cut most sentences.
const MIN_PIECE: usize = 64;

/// Cuts `text` into contiguous spans of at most `max_bytes` (see the module's rules).
pub fn split(text: &str, max_bytes: usize) -> Vec<Span> {
    let max = max_bytes.max(MIN_PIECE);
    let mut spans = Vec::with_capacity(text.len() / max + 1);
    let mut start = 0;
    while text.len() - start > max {
        let end = cut(text, start, max);
        spans.push(Span::new(start, end));
        start = end;
    }
    if start < text.len() || spans.is_empty() {
        spans.push(Span::new(start, text.len()));
    }
    spans
}

/// Where the piece starting at `start` ends: the best break in the second half of the
/// allowed length, searched from its end.
fn cut(text: &str, start: usize, max: usize) -> usize {
    let mut limit = start + max;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let half = start + max / 2;
    let window = &text.as_bytes()[half..limit];
    let at = |i: usize| half + i + 1; // just after the byte at window index i
                                      // A paragraph break: a line break whose line before is blank.
    let mut line_break = None;
    let mut end = window.len();
    while let Some(i) = window[..end].iter().rposition(|&b| b == b'\n') {
        line_break.get_or_insert(i);
        let before = &window[..i];
        let line_start = before.iter().rposition(|&b| b == b'\n');
        if let Some(j) = line_start {
            if before[j + 1..].iter().all(u8::is_ascii_whitespace) {
                return at(i);
            }
        }
        end = i;
    }
    if let Some(i) = line_break {
        return at(i);
    }
    let sentence_end = window.windows(2).rposition(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ');
    if let Some(i) = sentence_end {
        return at(i + 1);
    }
    if let Some(i) = window.iter().rposition(|&b| b == b' ' || b == b'\t') {
        return at(i);
    }
    limit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, max: usize) -> Vec<&str> {
        split(text, max).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn cuts_at_the_best_break_in_reach() {
        let para = "One two three. Four five six.\n\n"; // 31 bytes
        assert_eq!(pieces(&para.repeat(4), 64), [para.repeat(2), para.repeat(2)]);
        let crlf = "One two three. Four five six.\r\n\r\n";
        assert_eq!(pieces(&crlf.repeat(4), 70), [crlf.repeat(2), crlf.repeat(2)]);
        let lines = "One two three. Four five six.\n".repeat(4);
        assert_eq!(pieces(&lines, 64)[0], "One two three. Four five six.\n".repeat(2));
        let sentences = "One two three four. ".repeat(8);
        assert_eq!(pieces(&sentences, 64)[0], "One two three four. ".repeat(3));
        let words = "onetwothree ".repeat(10);
        assert_eq!(pieces(&words, 64)[0], "onetwothree ".repeat(5));
        let word = "é".repeat(100); // 200 bytes, no break: cut on a char boundary
        assert_eq!(pieces(&word, 64), ["é".repeat(32), "é".repeat(32), "é".repeat(32), "é".repeat(4)]);
    }

    #[test]
    fn pieces_cover_the_text_exactly() {
        for text in ["", "short", &"a\n\nb c. d".repeat(500), &"😀".repeat(1000), &"\n".repeat(300)] {
            for max in [0, 64, 100, 1000] {
                let spans = split(text, max);
                assert_eq!(spans.first().map(|s| s.start), Some(0));
                assert_eq!(spans.last().map(|s| s.end), Some(text.len()));
                assert!(spans.windows(2).all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
                assert!(spans.iter().all(|s| s.len() <= max.max(MIN_PIECE) && text.is_char_boundary(s.start)));
            }
        }
    }

    #[test]
    fn a_short_text_is_one_piece_annotated_as_a_whole() {
        let text = "\"We will stay,\" said Ahmed Al Kanani, who counted 5,200 American soldiers.";
        let annotator = Annotator::new();
        let mut all = Pieces::new(text, 100_000);
        let piece = all.next(&annotator, text).expect("one piece");
        assert_eq!(piece.annotations, annotator.annotate(text));
        assert!(all.next(&annotator, text).is_none());
    }

    #[test]
    fn a_later_piece_is_annotated_as_its_own_document_in_place() {
        let first = "The minister said the plan was ready.\n\n";
        let second = "\"We will stay,\" said Ahmed Al Kanani of the Iraqi Parliament, counting 5,200 soldiers.";
        let text = format!("{}{first}{second}", "Filler words here. ".repeat(5));
        let annotator = Annotator::new();
        let pieces: Vec<Piece> = annotator.annotate_pieces(&text, text.len() - second.len()).collect();
        assert_eq!(pieces.len(), 2);
        let alone = annotator.annotate(second);
        let shown = |a: &Annotation, base: usize| (a.label, a.span.start - base, a.span.end - base);
        let at = text.len() - second.len();
        assert_eq!(
            pieces[1].annotations.iter().map(|a| shown(a, at)).collect::<Vec<_>>(),
            alone.iter().map(|a| shown(a, 0)).collect::<Vec<_>>()
        );
        for p in &pieces {
            crate::check_invariants(&text, &p.annotations).expect("valid in the whole text");
        }
    }
}
