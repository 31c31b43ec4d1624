//! Named entities: people, organisations, places, nationalities and other names.
//!
//! This first detector finds capitalised phrases and labels them from lexicons and cue
//! words; mentions of one entity are grouped under the fullest name in the document.

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

/// Gives mentions of the same entity one id: a name whose words all appear in a fuller
/// name in the document joins the fullest such name ("Alrawi" joins "Khalid Alrawi").
///
/// Works on distinct names, with an index from word to names, so a document repeating
/// one name thousands of times costs no more than one mentioning it once.
fn group(text: &str, mut found: Vec<(Span, Label)>) -> Vec<Annotation> {
    use std::collections::HashMap;
    found.sort_by_key(|(s, _)| s.start);
    // Distinct names in order of first mention, with the label of that mention.
    let mut distinct: Vec<(&str, Label)> = Vec::new();
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    for &(span, label) in &found {
        let name = &text[span.range()];
        index_of.entry(name).or_insert_with(|| {
            distinct.push((name, label));
            distinct.len() - 1
        });
    }
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (name, _)) in distinct.iter().enumerate() {
        for w in name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
            let list = by_word.entry(w).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let canonical: Vec<usize> = (0..distinct.len())
        .map(|i| {
            let name = distinct[i].0;
            let mut words = name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty());
            let Some(first) = words.next() else { return i };
            let rest: Vec<&str> = words.collect();
            by_word[first]
                .iter()
                .copied()
                .filter(|&j| distinct[j].0.len() > name.len())
                .filter(|&j| {
                    let theirs: Vec<&str> = distinct[j].0.split(|c: char| c.is_whitespace() || c == '-').collect();
                    rest.iter().all(|w| theirs.contains(w))
                })
                .max_by_key(|&j| (distinct[j].0.len(), std::cmp::Reverse(j)))
                .unwrap_or(i)
        })
        .collect();
    // Ids in order of first mention of each canonical name.
    let mut ids: HashMap<usize, u32> = HashMap::new();
    found
        .iter()
        .map(|&(span, label)| {
            let c = canonical[index_of[&text[span.range()]]];
            let next = ids.len() as u32;
            let id = *ids.entry(c).or_insert(next);
            let label = if distinct[c].0 != &text[span.range()] { distinct[c].1 } else { label };
            Annotation { span, label, details: Details::Entity(EntityDetails { id, canonical: distinct[c].0.to_string() }) }
        })
        .collect()
}
