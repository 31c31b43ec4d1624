//! Who said it: speech cues and speaker mentions around a quote, and the named person a
//! mention refers to.
//!
//! Every pattern runs on a bounded window next to one quote, so the total work stays
//! linear in the text. Regexes are compiled once, in [`Rules::new`].

use super::cues::{alternation, not_a_name, takes_listener};
use super::marks::Piece;
use crate::annotation::{Annotation, Details, Label, Span};
use regex::{Captures, Regex};
use std::collections::{HashMap, HashSet};

/// How a speaker is mentioned, which decides how it is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// "he", "she", "they".
    Pronoun,
    /// A capitalised name, or a known entity.
    Name,
    /// A description: "a protester", "the minister".
    Description,
}

/// A speaker mention: where it is and what kind of words it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub span: Span,
    pub kind: MentionKind,
}

/// What attributes a quote: the speaker mention and the cue, either of which may be
/// missing, and whether the attribution is a trailing dash ("... — Jane Doe").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub speaker: Option<Mention>,
    pub cue: Option<Span>,
    pub dash: bool,
}

// Letters are spelled out as Latin ranges (ASCII, Latin-1, Latin Extended-A/B, combining
// accents) rather than \p{L}: news names in English are written in Latin script, and the
// small classes (with ASCII word boundaries) keep the automata small. With \p{L} and
// Unicode \b, building the annotator took 120 ms and the first annotation 100 ms more.
const PRONOUN: &str = r"(?P<pron>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?-u:\b)";
const NAME: &str = r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St)\.?\s+)?(?:[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{17F}]\.\s*){0,2}[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{17F}][A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}\u{300}-\u{36F}'’\-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|di|du|van|von|der|den|la|le)\s+)?[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{17F}][A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}\u{300}-\u{36F}'’\-]*|\s+(?:al|el|ad|ash|as)-[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{17F}][A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}\u{300}-\u{36F}'’\-]*){0,6})";
const DESCRIPTION: &str = r"(?P<desc>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother)\s+(?:[A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}\-'’]+\s+){0,6}?[A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}\-'’]+)";
const ADVERBS: &str = r"(?:(?:also|then|later|once|again|has|have|had|would|will|[a-z\u{DF}-\u{F6}\u{F8}-\u{FF}]+ly)\s+){0,2}";
const OBJECT: &str = r"(?:to\s+)?(?:reporters|journalists|the\s+press|me|us|him|her|them|(?:the|a|an)\s+[a-z\u{DF}-\u{F6}\u{F8}-\u{FF}]+|(?:the\s+)?[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{17F}][A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}0-9]*(?:\s+[A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}0-9]+){0,3}|in\s+an?\s+[A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]+(?:\s+[A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]+)?|on\s+[A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]+|[a-z\u{DF}-\u{F6}\u{F8}-\u{FF}]+ly|that)";

/// The compiled patterns.
pub(crate) struct Rules {
    /// `, he said` / `, Smith, a spokesman, said` right after a quote.
    speaker_then_cue: Regex,
    /// `, said Smith` / `questions Ammar` right after a quote (the speaker is found after).
    cue_first: Regex,
    /// `— Jane Doe` right after a quote.
    dash: Regex,
    /// `Kanani said:` / `he told reporters,` right before a quote.
    before: Regex,
    /// `tweeted Johnson` right before the second piece of a broken quote.
    inverted_before: Regex,
    /// A clause ending with a speech verb: `She also said`, `told the court`.
    ends_with_cue: Regex,
    /// `According to the police,` right before a quote.
    according: Regex,
    /// `Smith said` anywhere in the sentence holding a partial quote.
    reported: Regex,
    /// `according to X` anywhere in that sentence.
    reported_according: Regex,
    /// A speaker at the start of a clause.
    speaker_start: Regex,
    /// Any speech verb.
    any_cue: Regex,
    /// `, Ahmed Al Kanani` inside a clause.
    comma_name: Regex,
}

impl Rules {
    pub(crate) fn new() -> Rules {
        let cue = alternation();
        let speaker = format!("(?:{PRONOUN}|{NAME}|{DESCRIPTION})");
        let apposition = r#"(?:\s*,\s*(?P<app>[^,"“”«»\n]{1,120}?),)?"#;
        let compile = |p: String| Regex::new(&p).expect("quote pattern compiles");
        Rules {
            speaker_then_cue: compile(format!(r"^[\s,;.!?]*{speaker}{apposition}\s+{ADVERBS}(?P<cue>{cue})(?-u:\b)")),
            cue_first: compile(format!(r"^[\s,;.!?]*{ADVERBS}(?P<cue>{cue})(?-u:\b)")),
            dash: compile(format!(r"^[\s,.]*(?P<cue>[—–]|--?)\s*(?:{NAME}|{DESCRIPTION})")),
            before: compile(format!(r"{speaker}{apposition}\s+{ADVERBS}(?P<cue>{cue})(?:\s+{OBJECT})?\s*[:,]?\s*$")),
            inverted_before: compile(format!(r"(?P<cue>{cue})\s+{NAME}\s*,?\s*$")),
            ends_with_cue: compile(format!(r"(?-u:\b)(?:{cue})(?:\s+{OBJECT})?\s*$")),
            according: compile(format!(r"(?P<cue>[Aa]ccording\s+to)\s+(?:{NAME}|{DESCRIPTION})\s*[:,]?\s*$")),
            reported: compile(format!(r"{speaker}{apposition}\s+{ADVERBS}(?P<cue>{cue})(?-u:\b)")),
            reported_according: compile(format!(r"(?P<cue>[Aa]ccording\s+to)\s+(?:{NAME}|{DESCRIPTION})")),
            speaker_start: compile(format!(r"^\s*(?:{PRONOUN}|{NAME}|{DESCRIPTION})")),
            any_cue: compile(format!(r"(?-u:\b)(?:{cue})(?-u:\b)")),
            comma_name: compile(format!(r",\s*{NAME}")),
        }
    }

    /// Attribution in the text right after a quote (`tail`).
    pub(crate) fn after(&self, text: &str, tail: Span, people: &People) -> Option<Attribution> {
        let s = &text[tail.range()];
        if let Some(c) = self.speaker_then_cue.captures(s) {
            if let Some(m) = mention(&c, tail.start) {
                if m.kind != MentionKind::Name || !not_a_name(first_word(&text[m.span.range()])) {
                    let cue = c.name("cue").map(|g| shift(g, tail.start));
                    return Some(Attribution { speaker: Some(people.snap(text, m, tail)), cue, dash: false });
                }
            }
        }
        if let Some(c) = self.cue_first.captures(s) {
            let g = c.name("cue").expect("cue group");
            let cue = shift(g, tail.start);
            let clause = clause_after(text, Span::new(cue.end, tail.end));
            let speaker = self.speaker_in(text, clause, takes_listener(g.as_str()), people);
            return Some(Attribution { speaker, cue: Some(cue), dash: false });
        }
        if let Some(c) = self.dash.captures(s) {
            let m = mention(&c, tail.start)?;
            let cue = c.name("cue").map(|g| shift(g, tail.start));
            return Some(Attribution { speaker: Some(people.snap(text, m, tail)), cue, dash: true });
        }
        None
    }

    /// Attribution in the text right before a quote (`lead`), ending with the cue.
    pub(crate) fn before(&self, text: &str, lead: Span, people: &People) -> Option<Attribution> {
        let s = &text[lead.range()];
        let c = self.before.captures(s).or_else(|| self.according.captures(s)).or_else(|| self.inverted_before.captures(s))?;
        let m = mention(&c, lead.start)?;
        if m.kind == MentionKind::Name && not_a_name(first_word(&text[m.span.range()])) {
            return None;
        }
        let cue = c.name("cue").map(|g| shift(g, lead.start));
        Some(Attribution { speaker: Some(people.snap(text, m, lead)), cue, dash: false })
    }

    /// The speaker of reported speech in `sentence`, the part of the sentence before a
    /// partial quote: the last "X said" or "according to X" in it.
    pub(crate) fn reported(&self, text: &str, sentence: Span, people: &People) -> Option<Attribution> {
        let s = &text[sentence.range()];
        let said = self.reported.captures_iter(s).last();
        let according = self.reported_according.captures_iter(s).last();
        let end = |c: &Option<Captures>| c.as_ref().and_then(|c| c.get(0)).map_or(0, |m| m.end());
        let c = if end(&according) > end(&said) { according } else { said }?;
        let m = mention(&c, sentence.start)?;
        if m.kind == MentionKind::Name && not_a_name(first_word(&text[m.span.range()])) {
            return None;
        }
        let cue = c.name("cue").map(|g| shift(g, sentence.start));
        Some(Attribution { speaker: Some(people.snap(text, m, sentence)), cue, dash: false })
    }

    /// The speaker of a quote introduced by a whole clause ("Mike Ryan of the WHO told the
    /// press the drugs were only part of the solution: "..."): the person named last
    /// before the clause's speech verb, else the first person the clause names.
    pub(crate) fn subject(&self, text: &str, sentence: Span, people: &People) -> Option<Attribution> {
        let s = &text[sentence.range()];
        let cue = self.any_cue.find_iter(s).last().map(|g| shift(g, sentence.start));
        let speaker = match cue {
            Some(c) => people.last_person_in(Span::new(sentence.start, c.start)),
            None => None,
        }
        .or_else(|| people.first_person_in(sentence))?;
        let speaker = people.snap(text, Mention { span: speaker, kind: MentionKind::Name }, sentence);
        Some(Attribution { speaker: Some(speaker), cue, dash: false })
    }

    /// Like [`Rules::subject`], but only when the sentence has a speech verb.
    pub(crate) fn subject_with_cue(&self, text: &str, sentence: Span, people: &People) -> Option<Attribution> {
        let s = &text[sentence.range()];
        let cue = self.any_cue.find_iter(s).last().map(|g| shift(g, sentence.start))?;
        let speaker = match people.last_person_in(Span::new(sentence.start, cue.start)) {
            Some(span) => Mention { span, kind: MentionKind::Name },
            None => {
                // "Schwartz went on to say ...": a name opening the sentence.
                let m = self.speaker_start.captures(s).and_then(|c| mention(&c, sentence.start))?;
                if m.kind != MentionKind::Name || not_a_name(first_word(&text[m.span.range()])) || m.span.end > cue.start {
                    return None;
                }
                m
            }
        };
        Some(Attribution { speaker: Some(speaker), cue: Some(cue), dash: false })
    }

    /// True when `s` holds a speech verb.
    pub(crate) fn has_cue(&self, s: &str) -> bool {
        self.any_cue.is_match(s)
    }

    /// True when `lead` ends with a speech verb and perhaps its listener.
    pub(crate) fn ends_with_cue(&self, lead: &str) -> bool {
        let from = lead.len().saturating_sub(80);
        let from = (from..=lead.len()).find(|&i| lead.is_char_boundary(i)).unwrap_or(lead.len());
        self.ends_with_cue.is_match(&lead[from..])
    }

    /// The speaker in the clause after an inverted cue ("said Khalid", "explains to
    /// France 24, Monday, Ahmed Al Kanani"): the words right after the cue, else the
    /// first person named in the clause, else a name set off by a comma.
    fn speaker_in(&self, text: &str, clause: Span, listener_first: bool, people: &People) -> Option<Mention> {
        let s = &text[clause.range()];
        if !listener_first {
            if let Some(m) = self.speaker_start.captures(s).and_then(|c| mention(&c, clause.start)) {
                let words = &text[m.span.range()];
                if m.kind != MentionKind::Name || !not_a_name(first_word(words)) {
                    return Some(people.snap(text, m, clause));
                }
            }
        }
        if let Some(span) = people.first_person_in(clause) {
            return Some(Mention { span, kind: MentionKind::Name });
        }
        self.comma_name
            .captures_iter(s)
            .filter_map(|c| mention(&c, clause.start))
            .find(|m| !not_a_name(first_word(&text[m.span.range()])))
            .map(|m| people.snap(text, m, clause))
    }
}

fn shift(m: regex::Match, by: usize) -> Span {
    Span::new(by + m.start(), by + m.end())
}

fn mention(c: &Captures, by: usize) -> Option<Mention> {
    let m = bare_mention(c, by)?;
    // "The judge presiding over the case, Bernard Schwartz, said" and "A Republican
    // Assemblywoman, Jill Tolles, commented": the name in apposition.
    if m.kind != MentionKind::Pronoun {
        if let Some(app) = c.name("app") {
            let words = app.as_str();
            let capitalised = words.split_whitespace().all(|w| w.starts_with(|ch: char| ch.is_uppercase()));
            if capitalised && (1..=5).contains(&words.split_whitespace().count()) {
                return Some(Mention { span: shift(app, by), kind: MentionKind::Name });
            }
        }
    }
    Some(m)
}

fn bare_mention(c: &Captures, by: usize) -> Option<Mention> {
    let (g, kind) = if let Some(g) = c.name("pron") {
        (g, MentionKind::Pronoun)
    } else if let Some(g) = c.name("name") {
        (g, MentionKind::Name)
    } else {
        let g = c.name("desc")?;
        // "a meeting that day he was told": a clause, not a description of a speaker.
        let clause_word = |w: &str| {
            matches!(w, "that" | "who" | "which" | "was" | "were" | "is" | "are" | "been" | "he" | "she" | "they" | "it" | "we" | "and" | "but" | "when" | "while" | "if" | "because" | "to" | "went" | "even" | "as")
        };
        if g.as_str().split_whitespace().skip(1).any(clause_word) {
            return None;
        }
        (g, MentionKind::Description)
    };
    Some(Mention { span: shift(g, by), kind })
}

fn first_word(s: &str) -> &str {
    s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
}

/// True for a name ending like an organisation's ("... Foundation", "... Party").
fn org_like(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("");
    crate::detect::lexicon::ORG_WORDS.contains(&last) || matches!(last, "Friends" | "Foundation" | "Institute" | "Society")
}

/// True for at most two lower-case words that could be a title ("political scholar"),
/// not a verb or a preposition linking two people ("said of", "the call with").
fn title_words(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() <= 2
        && between.chars().all(|c| c.is_lowercase() || c == ' ')
        && !words.iter().any(|w| {
            super::cues::CUES.contains(w)
                || matches!(*w, "with" | "of" | "to" | "by" | "for" | "in" | "on" | "at" | "as" | "from" | "and" | "or" | "the" | "a" | "an")
        })
}

/// Where the sentence before the one holding `at` begins, looking back at most 400 bytes
/// and never across a line break.
fn previous_sentences(text: &str, at: usize) -> usize {
    let mut lo = at.saturating_sub(400);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..at];
    let lo = lo + window.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let window = &text[lo..at];
    let ends: Vec<usize> = window
        .match_indices(". ")
        .map(|(i, _)| i)
        .filter(|&i| !window[..i].rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| w.len() <= 2 && w.starts_with(char::is_uppercase)))
        .collect();
    match ends.len() {
        0 | 1 => lo,
        n => lo + ends[n - 2] + 2,
    }
}

/// The clause after a cue: up to the end of its sentence.
fn clause_after(text: &str, window: Span) -> Span {
    let s = &text[window.range()];
    let mut end = s.len();
    for (i, c) in s.match_indices(['.', '!', '?', ';', '"', '\u{201C}', '\u{201D}']) {
        let word = s[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if c == "." && matches!(word, "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Sen" | "Prof" | "Lt" | "Col") {
            continue;
        }
        end = i;
        break;
    }
    Span::new(window.start, window.start + end)
}

/// The most words a person's full name has, for resolving a surname to it.
const MAX_NAME_WORDS: usize = 6;

/// The people named in the text, for resolving speaker mentions.
pub(crate) struct People {
    /// All entities, by start.
    entities: Vec<(Span, Label, String)>,
    /// Persons named outside quotes, by start: the antecedents of "he" and "she".
    outside: Vec<(Span, String)>,
    /// Each word of a multi-word person name -> (mention start, full name), in order.
    /// Each capitalised word of a multi-word person name -> (start, index into `entities`)
    /// of the mentions holding it (an index, not a copy: a name may be very long).
    by_word: HashMap<String, Vec<(usize, usize)>>,
    /// Every person's full name.
    persons: HashSet<String>,
}

impl People {
    pub(crate) fn new(text: &str, entities: &[Annotation], pieces: &[Piece]) -> People {
        let mut all: Vec<(Span, Label, String)> = entities
            .iter()
            .filter_map(|a| match &a.details {
                Details::Entity(e) => Some((a.span, a.label, e.canonical.clone())),
                _ => None,
            })
            .filter(|(s, _, _)| s.end <= text.len())
            .collect();
        all.sort_by_key(|(s, _, _)| (s.start, s.end));
        let mut outside = Vec::new();
        let mut by_word: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let mut persons = HashSet::new();
        let mut q = 0;
        for (k, (span, label, canonical)) in all.iter().enumerate() {
            if *label != Label::Per {
                continue;
            }
            persons.insert(canonical.clone());
            while q < pieces.len() && pieces[q].end <= span.start {
                q += 1;
            }
            if !pieces.get(q).is_some_and(|p| p.start < span.end) {
                outside.push((*span, canonical.clone()));
            }
            // A surname resolves to a full name of a few words; a run of capitals the
            // tagger took for one long name ("A. B. C. ...") would index every word of it
            // at every mention.
            if (2..=MAX_NAME_WORDS).contains(&canonical.split_whitespace().count()) {
                for w in canonical.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)) {
                    by_word.entry(w.to_string()).or_default().push((span.start, k));
                }
            }
        }
        People { entities: all, outside, by_word, persons }
    }

    /// Entities overlapping `span`.
    fn overlapping(&self, span: Span) -> impl Iterator<Item = &(Span, Label, String)> {
        // Entity mentions are short; start the scan a little before `span`.
        let from = self.entities.partition_point(|(s, _, _)| s.start + 200 < span.start);
        self.entities[from..].iter().take_while(move |(s, _, _)| s.start < span.end).filter(move |(s, _, _)| s.overlaps(span))
    }

    /// Narrows a mention to the entity inside it ("the Iraqi Parliament" -> "Iraqi
    /// Parliament", "However Smith" -> "Smith"), staying inside `window`.
    pub(crate) fn snap(&self, text: &str, m: Mention, window: Span) -> Mention {
        if m.kind == MentionKind::Pronoun {
            return m;
        }
        let inside = self
            .overlapping(m.span)
            .filter(|(s, label, _)| {
                m.span.contains(*s) && window.contains(*s) && matches!(label, Label::Per | Label::Org | Label::Misc | Label::Norp)
            })
            .max_by_key(|(s, label, _)| (*label == Label::Per, s.len()));
        let m = match inside {
            Some((s, _, _)) => Mention { span: *s, kind: MentionKind::Name },
            None => m,
        };
        let m = self.person_after(text, m, window);
        self.head(text, m, window)
    }

    /// "Rutgers University political scholar Kelly Dittmar": a person named right after
    /// an organisation, with only lower-case words between, is the one speaking.
    fn person_after(&self, text: &str, m: Mention, window: Span) -> Mention {
        if self.overlapping(m.span).any(|(_, l, _)| *l == Label::Per) {
            return m;
        }
        let from = self.entities.partition_point(|(s, _, _)| s.start < m.span.end);
        match self.entities.get(from) {
            Some((s, Label::Per, _))
                if s.end <= window.end
                    && s.start - m.span.end < 40
                    && title_words(&text[m.span.end..s.start]) =>
            {
                Mention { span: *s, kind: MentionKind::Name }
            }
            _ => m,
        }
    }

    /// "Doug Collins of Georgia said": the speaker is the person the place or group
    /// modifies, the last person named before the preposition.
    fn head(&self, text: &str, m: Mention, window: Span) -> Mention {
        // Look back a few words for "of": "Cardinal Marc Ouellet of the Holy See", "Peter
        // Iseley of worldwide victim group Ending Clergy Abuse".
        let before = &text[window.start..m.span.start];
        let mut words = before.split_whitespace().rev().take(5);
        let Some(k) = words.position(|w| matches!(w, "of" | "from" | "for" | "at")) else {
            return m;
        };
        let back = before.split_whitespace().rev().take(k + 1).map(|w| w.len() + 1).sum::<usize>();
        if before[before.len().saturating_sub(back + 4)..].contains([',', ';', '.']) && k > 0 {
            return m;
        }
        let lo = window.start;
        let hi = m.span.start;
        let from = self.entities.partition_point(|(s, _, _)| s.start < lo);
        self.entities[from..]
            .iter()
            .take_while(|(s, _, _)| s.end <= hi)
            .filter(|(_, label, _)| *label == Label::Per)
            .last()
            .map_or(m, |(s, _, _)| Mention { span: *s, kind: MentionKind::Name })
    }

    /// The last person entity inside `span`.
    pub(crate) fn last_person_in(&self, span: Span) -> Option<Span> {
        let from = self.entities.partition_point(|(s, _, _)| s.start < span.start);
        self.entities[from..]
            .iter()
            .take_while(|(s, _, _)| s.end <= span.end)
            .filter(|(_, label, _)| *label == Label::Per)
            .last()
            .map(|(s, _, _)| *s)
    }

    /// True when `name` is the full name of a person entity.
    pub(crate) fn is_person(&self, name: &str) -> bool {
        self.persons.contains(name)
    }

    /// The first person entity starting inside `clause`.
    pub(crate) fn first_person_in(&self, clause: Span) -> Option<Span> {
        let from = self.entities.partition_point(|(s, _, _)| s.start < clause.start);
        self.entities[from..]
            .iter()
            .take_while(|(s, _, _)| s.start < clause.end)
            .find(|(s, label, _)| *label == Label::Per && s.end <= clause.end)
            .map(|(s, _, _)| *s)
    }

    /// The named person a mention refers to, or `None` when it cannot be told.
    pub(crate) fn resolve(&self, text: &str, m: Mention) -> Option<String> {
        let words = &text[m.span.range()];
        match m.kind {
            MentionKind::Pronoun => {
                if !matches!(words.to_lowercase().as_str(), "he" | "she") {
                    return None;
                }
                let at = self.outside.partition_point(|(s, _)| s.end <= m.span.start);
                // The first person named in this sentence or the one before, the usual
                // subject a pronoun picks up; else the last person named.
                let sentences = previous_sentences(text, m.span.start);
                let first = self.outside[..at].partition_point(|(s, _)| s.start < sentences);
                if first < at {
                    return Some(self.outside[first].1.clone());
                }
                at.checked_sub(1).map(|i| self.outside[i].1.clone())
            }
            MentionKind::Name => {
                let entity = self.overlapping(m.span).next();
                let name = match entity {
                    // A one-word mention grouped under an organisation's name ("Day" under
                    // "Doris Day Animal Foundation") is more likely the person.
                    Some((_, Label::Per | Label::Misc, canonical)) if words.contains(' ') || !org_like(canonical) => canonical.as_str(),
                    Some((_, Label::Per | Label::Misc, _)) => words,
                    Some((_, _, canonical)) if words.contains(' ') || !self.by_word.contains_key(words) => return Some(canonical.clone()),
                    Some(_) => words,
                    None => words,
                };
                Some(self.full_name(name, m.span.start))
            }
            MentionKind::Description => {
                self.overlapping(m.span).find(|(_, l, _)| *l == Label::Per).map(|(_, _, c)| c.clone())
            }
        }
    }

    /// "Alrawi" -> "Khalid Alrawi": the most recent earlier person whose full name holds
    /// the word, else the first later one; a full name is kept as it is.
    fn full_name(&self, name: &str, at: usize) -> String {
        let name = name.trim();
        if name.split_whitespace().nth(1).is_some() {
            return name.to_string();
        }
        let Some(list) = self.by_word.get(name) else {
            return name.to_string();
        };
        let person = |&(_, k): &(usize, usize)| Some(&self.entities[k].2).filter(|n| !org_like(n));
        let i = list.partition_point(|(s, _)| *s < at);
        let pick = list[..i].iter().rev().find_map(person).or_else(|| list.iter().find_map(person));
        pick.map_or_else(|| name.to_string(), String::clone)
    }
}
