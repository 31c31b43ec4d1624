//! Quotes: paired quotation marks, and who said the words inside them.

use crate::annotation::{Annotation, Details, Label, QuoteDetails, QuoteStyle, Span};
use crate::text::tokens::Token;
use regex::Regex;

/// Speech verbs that attribute a quote.
const CUES: &str = "said|says|say|told|tells|explains|explained|questions|questioned|asked|asks|added|adds|wrote|writes|tweeted|continues|continued|stated|states|declared|insisted|argued|warned|noted|according to";

pub(crate) struct Quotes {
    after: Regex,
    before: Regex,
}

impl Quotes {
    pub(crate) fn new() -> Quotes {
        let name = r"(?:he|she|they|[\p{Lu}][\p{L}'’-]*(?:\s+(?:[\p{Lu}][\p{L}'’-]*|al|bin|de|van))*)";
        Quotes {
            // "...", explains to France 24, ..., Ahmed Al Kanani   |  "...", he said  |  "..." questions Ammar
            after: Regex::new(&format!(
                r"^[,.]?\s*(?:(?P<cue1>{CUES})\b[^.\n]*?(?:,\s*|\s+)(?P<spk1>{name})|(?P<spk2>{name})\s+(?P<cue2>{CUES})\b)"
            ))
            .expect("valid pattern"),
            // Kanani said: "..."
            before: Regex::new(&format!(r"(?P<spk>{name})\s+(?P<cue>{CUES})\s*[:,]\s*$")).expect("valid pattern"),
        }
    }

    pub(crate) fn find(&self, text: &str, _tokens: &[Token], entities: &[Annotation]) -> Vec<Annotation> {
        let mut out = Vec::new();
        for (open, close) in pair_marks(text) {
            let span = Span::new(open, close);
            let inner_words = text[span.range()].split_whitespace().count();
            let mut details = QuoteDetails { style: if inner_words <= 3 { QuoteStyle::Scare } else { QuoteStyle::Direct }, ..Default::default() };
            let tail_end = text[close..].find('\n').map_or(text.len(), |n| close + n);
            let tail = &text[close..floor_boundary(text, tail_end.min(close + 160))];
            if let Some(c) = self.after.captures(tail) {
                let spk = c.name("spk1").or_else(|| c.name("spk2"));
                let cue = c.name("cue1").or_else(|| c.name("cue2"));
                if let (Some(spk), Some(cue)) = (spk, cue) {
                    details.speaker = Some(Span::new(close + spk.start(), close + spk.end()));
                    details.cue = Some(Span::new(close + cue.start(), close + cue.end()));
                }
            }
            if details.speaker.is_none() {
                let head_start = text[..open].rfind('\n').map_or(0, |n| n + 1);
                let head_start = head_start.max(ceil_boundary(text, open.saturating_sub(160)));
                let head = &text[head_start..open];
                if let Some(c) = self.before.captures(head) {
                    let at = |m: regex::Match| Span::new(head_start + m.start(), head_start + m.end());
                    details.speaker = c.name("spk").map(at);
                    details.cue = c.name("cue").map(at);
                }
            }
            if let Some(spk) = details.speaker {
                details.style = QuoteStyle::Direct;
                details.speaker_name = resolve_speaker(text, spk, entities);
            }
            out.push(Annotation { span, label: Label::Quote, details: Details::Quote(details) });
        }
        out
    }
}

/// The named person a speaker mention refers to: the entity it names, or for a pronoun
/// the most recent person named before it.
fn resolve_speaker(text: &str, speaker: Span, entities: &[Annotation]) -> Option<String> {
    let canonical = |a: &Annotation| match &a.details {
        Details::Entity(e) => Some(e.canonical.clone()),
        _ => None,
    };
    if let Some(a) = entities.iter().find(|a| speaker.overlaps(a.span) && a.label == Label::Per) {
        return canonical(a);
    }
    let word = text[speaker.range()].to_lowercase();
    if matches!(word.as_str(), "he" | "she") {
        return entities.iter().rev().find(|a| a.span.end <= speaker.start && a.label == Label::Per).and_then(canonical);
    }
    None
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Pairs opening and closing marks within each line; returns (start of opening mark,
/// end of closing mark). An unclosed quote runs to the end of its line.
fn pair_marks(text: &str) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        if c == '\n' {
            if let Some((o, _)) = open.take() {
                let end = text[..i].trim_end().len();
                if end > o + 1 {
                    pairs.push((o, end));
                }
            }
        }
        let closes = match open {
            Some((_, '"')) => c == '"',
            Some((_, '\u{201C}')) => c == '\u{201D}' || c == '"',
            Some((_, '\u{AB}')) => c == '\u{BB}',
            Some((_, '\u{201E}')) => c == '\u{201C}' || c == '\u{201D}',
            _ => false,
        };
        if closes {
            let (o, _) = open.take().expect("open mark");
            pairs.push((o, i + c.len_utf8()));
        } else if open.is_none() && matches!(c, '"' | '\u{201C}' | '\u{AB}' | '\u{201E}') && (c != '"' || !prev.is_alphanumeric()) {
            open = Some((i, c));
        }
        prev = c;
    }
    if let Some((o, _)) = open {
        let end = text.trim_end().len();
        if end > o + 1 {
            pairs.push((o, end));
        }
    }
    pairs
}
