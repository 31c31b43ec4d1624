//! Annotations written inline into the text, so a golden file diff reads like prose:
//! `[[PER Ahmed Al Kanani]]`, `[[cardinal nearly 5,200 = 5200 approximate]]`,
//! `[[QUOTE "We don't want them" <- he = Ahmed Al Kanani]]`.

use crate::annotation::{Annotation, Details, QuoteStyle};
use std::fmt::Write;

/// Writes `text` with every annotation marked inline. The annotations must satisfy
/// [`check_invariants`](crate::check_invariants).
pub fn markup(text: &str, annotations: &[Annotation]) -> String {
    let mut out = String::with_capacity(text.len() + annotations.len() * 16);
    let mut closers: Vec<(usize, String)> = Vec::new();
    let mut at = 0;
    for a in annotations {
        close_until(text, a.span.start, &mut at, &mut closers, &mut out);
        out.push_str(&text[at..a.span.start]);
        at = a.span.start;
        let (open, close) = marks(text, a);
        out.push_str(&open);
        closers.push((a.span.end, close));
    }
    close_until(text, text.len(), &mut at, &mut closers, &mut out);
    out.push_str(&text[at..]);
    out
}

fn close_until(text: &str, until: usize, at: &mut usize, closers: &mut Vec<(usize, String)>, out: &mut String) {
    while let Some((end, _)) = closers.last() {
        if *end > until {
            break;
        }
        let (end, close) = closers.pop().expect("closer");
        out.push_str(&text[*at..end]);
        *at = end;
        out.push_str(&close);
    }
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
