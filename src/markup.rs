//! Annotations written inline into the text, so a golden file diff reads like prose:
//! `[[PER Ahmed Al Kanani]]`, `[[cardinal nearly 5,200 = 5200 approximate]]`,
//! `[[QUOTE "We don't want them" <- he = Ahmed Al Kanani]]`.

use crate::annotation::{Annotation, Details, QuoteStyle};
use std::fmt::Write;

/// One step of a walk through annotated text, in document order.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Step<'a> {
    /// Plain text between marks (never empty).
    Text(&'a str),
    /// An annotation starts here.
    Open(&'a Annotation),
    /// The annotation opened last and not yet closed ends here.
    Close(&'a Annotation),
}

/// Walks `text` and its nested annotations (which must satisfy
/// [`check_invariants`](crate::check_invariants)), handing `visit` the plain text between
/// marks and each annotation's opening and closing, in order. Renderers (markup, the CLI's
/// HTML and terminal output) are a `match` on the steps.
///
/// ```
/// use factlight::{annotate, walk, Step};
/// let text = "Nearly 5,200 soldiers.";
/// let mut out = String::new();
/// walk(text, &annotate(text), |step| match step {
///     Step::Text(s) => out.push_str(s),
///     Step::Open(_) => out.push('<'),
///     Step::Close(_) => out.push('>'),
///     _ => {}
/// });
/// assert_eq!(out, "<Nearly 5,200> soldiers.");
/// ```
pub fn walk<'a>(text: &'a str, annotations: &'a [Annotation], mut visit: impl FnMut(Step<'a>)) {
    let mut open: Vec<&'a Annotation> = Vec::new();
    let mut at = 0;
    let text_until = |at: &mut usize, end: usize, visit: &mut dyn FnMut(Step<'a>)| {
        if end > *at {
            visit(Step::Text(&text[*at..end]));
            *at = end;
        }
    };
    for a in annotations {
        while let Some(top) = open.pop_if(|t| t.span.end <= a.span.start) {
            text_until(&mut at, top.span.end, &mut visit);
            visit(Step::Close(top));
        }
        text_until(&mut at, a.span.start, &mut visit);
        visit(Step::Open(a));
        open.push(a);
    }
    while let Some(top) = open.pop() {
        text_until(&mut at, top.span.end, &mut visit);
        visit(Step::Close(top));
    }
    text_until(&mut at, text.len(), &mut visit);
}

/// Writes `text` with every annotation marked inline. The annotations must satisfy
/// [`check_invariants`](crate::check_invariants).
pub fn markup(text: &str, annotations: &[Annotation]) -> String {
    let mut out = String::with_capacity(text.len() + annotations.len() * 16);
    let mut closers: Vec<String> = Vec::new();
    walk(text, annotations, |step| match step {
        Step::Text(s) => out.push_str(s),
        Step::Open(a) => {
            let (open, close) = marks(text, a);
            out.push_str(&open);
            closers.push(close);
        }
        Step::Close(_) => out.push_str(&closers.pop().unwrap_or_default()),
    });
    out
}

fn marks(text: &str, a: &Annotation) -> (String, String) {
    let slice = |s: crate::Span| &text[s.range()];
    let mut close = String::new();
    let open = match &a.details {
        Details::Entity(e) => {
            if e.canonical != slice(a.span) {
                let _ = write!(close, " => {}", e.canonical);
            }
            format!("[[{} ", a.label)
        }
        Details::Quote(q) => {
            let tag = match q.style {
                QuoteStyle::Direct => "QUOTE",
                QuoteStyle::Partial => "PARTIAL",
                _ => "SCARE",
            };
            if q.style != QuoteStyle::Scare {
                match q.speaker {
                    Some(s) => {
                        let _ = write!(close, " <- {}", slice(s));
                        if let Some(name) = q.speaker_name.as_deref().filter(|n| *n != slice(s)) {
                            let _ = write!(close, " = {name}");
                        }
                    }
                    None => close.push_str(" <- ?"),
                }
            }
            format!("[[{tag} ")
        }
        Details::Number(n) => {
            let mut facts = Vec::new();
            if let Some(v) = n.value {
                facts.push(match n.end_value {
                    Some(e) => format!("{v}..{e}"),
                    None => format!("{v}"),
                });
            }
            facts.extend(n.normalized.clone());
            facts.extend(n.currency.clone());
            facts.extend(n.unit.clone());
            facts.extend(n.qualifier.map(|q| q.as_str().to_string()));
            if let Some(c) = n.counted {
                facts.push(format!("of {}", slice(c)));
            }
            if !facts.is_empty() {
                let _ = write!(close, " = {}", facts.join(" "));
            }
            format!("[[{} ", a.label)
        }
    };
    close.push_str("]]");
    (open, close)
}
