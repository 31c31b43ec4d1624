//! Named entities: people, organisations, places, nationalities and other names.
//!
//! This first detector finds capitalised phrases and labels them from lexicons and cue
//! words; mentions of one entity are grouped under the fullest name in the document.

pub mod features;
pub mod model;
pub mod tagger;

use super::lexicon::{DEMONYMS, NAME_PARTICLES, ORG_WORDS, PLACES, TITLES};
use crate::annotation::{Annotation, Details, EntityDetails, Label, Span};
use crate::text::tokens::{Gap, Token, TokenKind};
use std::collections::HashSet;

/// Capitalised words that start sentences without naming anything.
const STOP: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "So", "If", "When", "While",
    "After", "Before", "Unlike", "However", "This", "That", "These", "Those", "It", "He", "She",
    "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Even", "Many", "Some", "Most",
    "Three", "Two", "One", "Rejection", "Originally", "Don't", "What", "Newsletter", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "With", "From", "By", "As", "To", "Of", "Not", "No", "Yes", "There", "Here",
];

pub(crate) struct Entities {
    demonyms: HashSet<&'static str>,
    places: HashSet<&'static str>,
    org_words: HashSet<&'static str>,
    titles: HashSet<&'static str>,
    particles: HashSet<&'static str>,
    stop: HashSet<&'static str>,
}

impl Entities {
    pub(crate) fn new() -> Entities {
        let set = |words: &[&'static str]| words.iter().copied().collect::<HashSet<_>>();
        Entities {
            demonyms: set(DEMONYMS),
            places: set(PLACES),
            org_words: set(ORG_WORDS),
            titles: set(TITLES),
            particles: set(NAME_PARTICLES),
            stop: set(STOP),
        }
    }

    pub(crate) fn find(&self, text: &str, tokens: &[Token]) -> Vec<Annotation> {
        let word = |i: usize| &text[tokens[i].span.range()];
        let capitalised = |i: usize| {
            tokens[i].kind == TokenKind::Word && word(i).chars().next().is_some_and(char::is_uppercase)
        };
        let mut found: Vec<(Span, Label)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !capitalised(i) || self.stop.contains(word(i)) && tokens[i].sentence_start {
                i += 1;
                continue;
            }
            // Grow the phrase over capitalised words, particles and inner hyphens.
            let mut end = i + 1;
            loop {
                if end < tokens.len() && capitalised(end) && tokens[end].gap <= Gap::Space && !self.stop.contains(word(end)) {
                    end += 1;
                } else if end + 1 < tokens.len()
                    && tokens[end].gap == Gap::Space
                    && self.particles.contains(word(end).to_lowercase().as_str())
                    && word(end) != "of" && word(end) != "the"
                    && capitalised(end + 1)
                {
                    end += 2;
                } else if end + 1 < tokens.len()
                    && word(end) == "-"
                    && tokens[end].gap == Gap::None
                    && tokens[end + 1].gap == Gap::None
                    && capitalised(end + 1)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            let mut start = i;
            let mut titled = false;
            while start < end && self.titles.contains(word(start)) {
                start += 1;
                titled = true;
            }
            while start < end && self.demonyms.contains(word(start)) && end - start > 1 && titled_after(self, start, end, &word) {
                // "Iranian General Qassem Soleimani": the nationality stands alone.
                found.push((tokens[start].span, Label::Norp));
                start += 1;
                while start < end && self.titles.contains(word(start)) {
                    start += 1;
                    titled = true;
                }
            }
            if start < end {
                let lone_sentence_start = end - start == 1 && tokens[start].sentence_start;
                let span = Span::new(tokens[start].span.start, strip_possessive(text, tokens[end - 1].span));
                let phrase = &text[span.range()];
                let label = if self.demonyms.contains(phrase) {
                    Some(Label::Norp)
                } else if self.places.contains(phrase) {
                    Some(Label::Loc)
                } else if self.org_words.contains(strip_possessive_str(word(end - 1))) {
                    Some(Label::Org)
                } else if titled || end - start > 1 {
                    Some(Label::Per)
                } else if lone_sentence_start {
                    None
                } else {
                    Some(Label::Misc)
                };
                if let Some(label) = label {
                    found.push((span, label));
                }
            }
            i = end;
        }
        group(text, found)
    }
}

fn titled_after<'t>(e: &Entities, at: usize, end: usize, word: &impl Fn(usize) -> &'t str) -> bool {
    at + 1 < end && e.titles.contains(word(at + 1))
}

fn strip_possessive_str(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w)
}

fn strip_possessive(text: &str, span: Span) -> usize {
    let w = &text[span.range()];
    span.start + strip_possessive_str(w).len()
}

/// Gives mentions of the same entity one id: a mention whose words all appear in an
/// earlier or later fuller name of the same family joins it.
fn group(text: &str, mut found: Vec<(Span, Label)>) -> Vec<Annotation> {
    found.sort_by_key(|(s, _)| s.start);
    let names: Vec<&str> = found.iter().map(|(s, _)| &text[s.range()]).collect();
    let mut canon: Vec<usize> = (0..found.len()).collect();
    for i in 0..found.len() {
        let words: Vec<&str> = names[i].split(|c: char| c.is_whitespace() || c == '-').collect();
        // The longest other mention containing all of this one's words.
        let best = (0..found.len())
            .filter(|&j| names[j].len() > names[i].len())
            .filter(|&j| {
                let theirs: Vec<&str> = names[j].split(|c: char| c.is_whitespace() || c == '-').collect();
                words.iter().all(|w| theirs.contains(w))
            })
            .max_by_key(|&j| (names[j].len(), std::cmp::Reverse(j)));
        if let Some(j) = best {
            canon[i] = j;
        }
    }
    let mut ids: Vec<(String, u32)> = Vec::new();
    found
        .iter()
        .enumerate()
        .map(|(i, &(span, label))| {
            let canonical = names[canon[i]].to_string();
            let id = match ids.iter().find(|(n, _)| *n == canonical) {
                Some(&(_, id)) => id,
                None => {
                    ids.push((canonical.clone(), ids.len() as u32));
                    ids.len() as u32 - 1
                }
            };
            let label = if canon[i] != i { found[canon[i]].1 } else { label };
            Annotation { span, label, details: Details::Entity(EntityDetails { id, canonical }) }
        })
        .collect()
}
