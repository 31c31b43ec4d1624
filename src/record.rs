//! The flat, serialisable shape of an annotation that the CLI writes as JSON and the wasm
//! binding hands to JavaScript, with offsets in the caller's unit.

use crate::annotation::{Annotation, Details, Span};
use crate::text::offsets::{convert_from, OffsetUnit};
use serde::Serialize;

/// A span in the caller's offset unit, with the text it covers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SubSpan<'a> {
    /// First position (inclusive).
    pub start: usize,
    /// Position after the last (exclusive).
    pub end: usize,
    /// The covered text.
    pub text: &'a str,
}

/// One annotation as plain data: `kind`, `label`, `start`, `end` (half-open, in the
/// requested unit), `text`, and the details that apply to its kind; absent details are
/// omitted.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Record<'a> {
    /// `entity`, `quote` or `number`.
    pub kind: &'static str,
    /// `PER`, `cardinal`, `quote`, ...
    pub label: &'static str,
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The annotated text.
    pub text: &'a str,
    /// Entity group id, shared by mentions of the same entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    /// The entity's fullest name in the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<&'a str>,
    /// Quote style: `direct`, `partial` or `scare`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<&'static str>,
    /// The words naming the speaker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<SubSpan<'a>>,
    /// The named person the speaker refers to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_name: Option<&'a str>,
    /// The speech verb.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<SubSpan<'a>>,
    /// Normalised value (lower end of a range).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Upper end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_value: Option<f64>,
    /// Unit of a quantity, duration or percentage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
    /// ISO 4217 currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'a str>,
    /// Normalised date or time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<&'a str>,
    /// `approximate`, `at_least` or `at_most`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    /// What the figure counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<SubSpan<'a>>,
}

/// Converts annotations of `text` to records with offsets in `unit`, converting all
/// offsets in one pass.
pub fn records<'a>(text: &'a str, annotations: &'a [Annotation], unit: OffsetUnit) -> Vec<Record<'a>> {
    records_from(text, (0, 0), annotations, unit)
}

/// Like [`records`], counting offsets from a known point (see
/// [`convert_from`](crate::text::offsets::convert_from)): `from` is a byte offset of `text` at
/// or before every annotation and its value in `unit`. For one [`Piece`](crate::Piece) of a
/// long text, this reads only the piece.
pub fn records_from<'a>(
    text: &'a str,
    from: (usize, usize),
    annotations: &'a [Annotation],
    unit: OffsetUnit,
) -> Vec<Record<'a>> {
    // Gather every offset, convert them together, then hand them back out in order.
    let mut offsets = Vec::with_capacity(annotations.len() * 2);
    let mut push = |s: Span| offsets.extend([s.start, s.end]);
    for a in annotations {
        push(a.span);
        for s in detail_spans(a).into_iter().flatten() {
            push(s);
        }
    }
    convert_from(text, from, &mut offsets, unit);
    let mut next = offsets.into_iter();
    let mut take = |s: Span| SubSpan {
        start: next.next().unwrap_or(0),
        end: next.next().unwrap_or(0),
        text: &text[s.range()],
    };
    annotations
        .iter()
        .map(|a| {
            let main = take(a.span);
            let [speaker, cue, counted] = detail_spans(a).map(|s| s.map(&mut take));
            let mut r = Record {
                kind: a.kind().as_str(),
                label: a.label.as_str(),
                start: main.start,
                end: main.end,
                text: main.text,
                id: None,
                canonical: None,
                style: None,
                speaker,
                speaker_name: None,
                cue,
                value: None,
                end_value: None,
                unit: None,
                currency: None,
                normalized: None,
                qualifier: None,
                counted,
            };
            match &a.details {
                Details::Entity(e) => {
                    r.id = Some(e.id);
                    r.canonical = Some(&e.canonical);
                }
                Details::Quote(q) => {
                    r.style = Some(q.style.as_str());
                    r.speaker_name = q.speaker_name.as_deref();
                }
                Details::Number(n) => {
                    r.value = n.value;
                    r.end_value = n.end_value;
                    r.unit = n.unit.as_deref();
                    r.currency = n.currency.as_deref();
                    r.normalized = n.normalized.as_deref();
                    r.qualifier = n.qualifier.map(|q| q.as_str());
                }
            }
            r
        })
        .collect()
}

/// The spans inside an annotation's details, in a fixed order: speaker, cue, counted.
fn detail_spans(a: &Annotation) -> [Option<Span>; 3] {
    match &a.details {
        Details::Quote(q) => [q.speaker, q.cue, None],
        Details::Number(n) => [None, None, n.counted],
        Details::Entity(_) => [None, None, None],
    }
}
