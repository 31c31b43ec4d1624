//! Quotes: paired quotation marks, what kind of quote each is, and who said it.
//!
//! Three steps, each linear in the text: [`marks::pair`] finds the outermost quoted
//! pieces; each piece is classified and attributed by looking at bounded windows of text
//! around it (never further than [`WINDOW`] bytes, never across a line break or another
//! quote); then speakers are shared along continued and broken quotes and resolved to a
//! named person through the entity list.

mod attribution;
mod cues;
pub(crate) mod marks;

use crate::annotation::{Annotation, Details, Label, QuoteDetails, QuoteStyle, Span};
use crate::text::tokens::{title_abbreviation, Token};
use crate::detect::lexicon::possessor;
use attribution::{Attribution, MentionKind, People, Rules};
use marks::Piece;

/// How far, in bytes, attribution looks before and after a quote.
const WINDOW: usize = 240;

pub(crate) struct Quotes {
    rules: Rules,
}

impl Quotes {
    pub(crate) fn new() -> Quotes {
        Quotes { rules: Rules::new() }
    }

    pub(crate) fn find(&self, text: &str, _tokens: &[Token], entities: &[Annotation]) -> Vec<Annotation> {
        let pieces = marks::pair(text);
        let people = People::new(text, entities, &pieces);
        let mut found: Vec<(QuoteStyle, Option<Attribution>)> = Vec::with_capacity(pieces.len());
        for (k, p) in pieces.iter().enumerate() {
            let prev_end = k.checked_sub(1).map_or(0, |j| pieces[j].end);
            let next_start = pieces.get(k + 1).map_or(text.len(), |n| n.start);
            // A title or a word set apart before the quote is part of its lead: `Lauryn Hill,
            // who covered "Killing Me Softly", said: "..."`.
            let set_apart = found.last().is_some_and(|(style, _)| *style == QuoteStyle::Scare);
            let lead_from = if set_apart { k.checked_sub(2).map_or(0, |j| pieces[j].end) } else { prev_end };
            let lead = lead_window(text, lead_from, p.start);
            let tail = tail_window(text, p.end, next_start);
            found.push(self.classify(text, p, prev_end, lead, tail, &people));
        }
        share_speakers(text, &self.rules, &pieces, &mut found);
        // The speaker of the last attributed quote, where that quote ended, and whether the
        // speaker is a named person (else a description such as "the head of the
        // investigators"): within one paragraph, "he" after a quoted speaker is that speaker.
        let mut last: Option<(usize, String, bool)> = None;
        let mut out = Vec::with_capacity(pieces.len());
        for (p, (style, who)) in pieces.iter().zip(found) {
            let mut details = QuoteDetails { style, ..Default::default() };
            if let Some(a) = who.filter(|_| style != QuoteStyle::Scare) {
                details.speaker = a.speaker.map(|m| m.span);
                details.cue = a.cue;
                details.speaker_name = a.speaker.and_then(|m| {
                    let pronoun = &text[m.span.range()];
                    let same_paragraph = last.as_ref().filter(|(end, name, person)| {
                        let (lo, hi) = (*end.min(&m.span.start), *end.max(&m.span.start));
                        first_break(&text[lo..hi]).is_none()
                            && people.compatible(name, pronoun)
                            // A description is picked up only when nobody was named since,
                            // a person when nobody else the pronoun may be was.
                            && if *person {
                                !people.other_named_between(Span::new(lo, hi), name, pronoun)
                            } else {
                                !people.named_between(Span::new(lo, hi))
                            }
                    });
                    match same_paragraph {
                        Some((_, name, _)) if m.kind == MentionKind::Pronoun && is_he_or_she(pronoun) => Some(name.clone()),
                        _ => people.resolve(text, m),
                    }
                });
                if let Some(name) = details.speaker_name.as_ref().filter(|n| people.is_person(n)) {
                    last = Some((p.end, name.clone(), true));
                } else if let Some(m) = a.speaker.filter(|m| m.kind == MentionKind::Description && details.speaker_name.is_none()) {
                    last = Some((p.end, text[m.span.range()].to_string(), false));
                }
            }
            out.push(Annotation { span: Span::new(p.start, p.end), label: Label::Quote, details: Details::Quote(details) });
        }
        out
    }

    fn classify(&self, text: &str, p: &Piece, prev_end: usize, lead: Span, tail: Span, people: &People) -> (QuoteStyle, Option<Attribution>) {
        let inner = &text[p.inner_start..p.inner_end];
        let lead_text = &text[lead.range()];
        let tail_text = &text[tail.range()];
        // Chinese and Japanese put no spaces between words: count two characters a word.
        // (Only whether there are two words, or more than three, is asked: the count stops at
        // four.)
        let cjk = cjk_chars(inner);
        let words = inner.split_whitespace().take(4).count().max(cjk / 2);
        let ends_punct = inner.trim_end().ends_with(['.', ',', '!', '?', '\u{2026}', ';', ':']);
        let bare_lead = lead_text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '\u{2014}' | '\u{2013}' | '-' | '\u{2022}' | '*'));
        let sentence_initial = bare_lead.is_empty() || bare_lead.ends_with(['.', '!', '?', '\u{2026}', '"', '\u{201D}', '\u{BB}', '\u{3002}', '\u{FF01}', '\u{FF1F}']);
        let colon = bare_lead.ends_with([':', '\u{FF1A}']);

        let mut after = self.rules.after(text, tail, people);
        let before = self.rules.before(text, lead, people);
        // `"... unfold." Sophie Obadia told reporters "..."`: after a finished sentence, a
        // new sentence that runs on into the next quote introduces that one, not this one.
        let finished = inner.trim_end().trim_end_matches([']', ')']).ends_with('.');
        if let Some(a) = after.filter(|a| finished && !a.dash) {
            let from = a.cue.map_or(tail.start, |c| c.end.max(a.speaker.map_or(0, |m| m.span.end)));
            if !text[from.min(tail.end)..tail.end].contains(['.', '!', '?', ';']) && tail.end < text.len() && !text[tail.end..].starts_with(['\n', '\r']) {
                after = None;
            }
        }
        // `"It will be hard." Artopios said winds were strong.`: after a finished quote, the
        // next sentence attributes it only when nothing but an adjunct follows its speech
        // verb ("Artopios said on Sunday.", "Lynch told reporters."); a clause there is
        // what that sentence reports, and the quote goes on from the speaker before it.
        if let Some(a) = after.filter(|a| finished && !a.dash) {
            if let Some(cue) = a.cue {
                let from = cue.end.max(a.speaker.map_or(0, |m| m.span.end)).min(tail.end);
                let rest = &text[from..tail.end];
                let rest = &rest[..rest.find(['.', '!', '?', ';', '"', '\u{201C}']).unwrap_or(rest.len())];
                if !adjunct(rest) {
                    after = None;
                }
            }
        }
        // "We stand ready" tweeted Johnson "to provide ...": the attribution fills the gap
        // between two pieces of one quote.
        let bridges = tail_text.trim_end().len() < 60 && !tail_text.contains(['.', '!', '?']) && text[tail.end..].starts_with(|c: char| !c.is_whitespace());
        let after_sticks = ends_punct
            || tail_text.trim_start().starts_with([',', ';'])
            || after.as_ref().is_some_and(|a| a.dash)
            || bridges && after.is_some_and(|a| a.speaker.is_some());
        // `Trump said: "... hunt!" He added ...`, `Jensen Huang said: "Demand is strong."
        // Colette Kress said revenue rose.`: a capitalised speaker after a finished quote
        // starts a new sentence, which gives way to the colon's speaker before it.
        let new_sentence = |a: &Attribution| a.speaker.is_some_and(|m| text[m.span.range()].starts_with(char::is_uppercase));
        if colon && before.is_some() && inner.trim_end().ends_with(['.', '!', '?']) && after.as_ref().is_some_and(new_sentence) {
            after = None;
        }
        // An attribution that names nobody ("..., adding, ...") gives way to one that does.
        if after.is_some_and(|a| a.speaker.is_none()) && before.is_some() {
            after = None;
        }

        if p.continues.is_some() {
            return (QuoteStyle::Direct, after.or(before));
        }
        let starts_upper = inner.trim_start_matches(['[', ' ', '\u{2026}']).starts_with(|c: char| c.is_uppercase());
        // A fragment inside a sentence stays partial even with an attribution after it:
        // `called it a "breach of duty," according to NBC`.
        if after.is_some() && after_sticks && (sentence_initial || colon || words > 3 && starts_upper) {
            return (QuoteStyle::Direct, after);
        }
        // The second piece of a quote broken by its attribution: `"...," he said, "..."`.
        let prev_finished = text[..prev_end].trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', '\u{BB}', '\u{203A}', '\u{201C}', '\u{300D}', '\u{300F}']).ends_with(['.', '!', '?']);
        // (Not across a sentence end: `"...," Tinson said. Whitmer urged talks, saying, "..."`.)
        let resumes = lead.start > 0 && lead.start == prev_end && !prev_finished && sentence_tail(text, lead).start == lead.start;
        let lead_end = lead_text.trim_end();
        let comma_led = lead_end.ends_with(',') && (starts_upper || ends_punct);
        if before.is_some() && (colon || comma_led || sentence_initial || resumes || words > 3 && starts_upper) {
            return (QuoteStyle::Direct, before.or(after));
        }
        if resumes && lead_end.ends_with(',') && self.rules.has_cue(lead_text) {
            // `"...," Day said in her autobiography, "so I'm afraid ..."`: the speaker
            // comes from the first piece.
            return (QuoteStyle::Direct, after);
        }
        if title_case(inner) && !colon && after.is_none() && before.is_none() {
            return (QuoteStyle::Scare, None);
        }
        // A quote introduced by a whole clause: "X told the press the drugs were only
        // part of the solution: "...", or "..., "Jeremy Corbyn wants ..."".
        let introduced = colon
            || (!sentence_initial && starts_upper && words > 3 && lead_end.ends_with([',', '\u{2014}', '\u{2013}']))
            || (!sentence_initial && starts_upper && words > 3 && self.rules.ends_with_cue(lead_end));
        if introduced {
            let mut sentence = sentence_tail(text, lead);
            // "Bercow commented on the matter — which the BBC noted as unusual — "...": the
            // aside between two dashes is not the attribution.
            if lead_end.ends_with(['\u{2014}', '\u{2013}']) {
                let body = text[sentence.range()].trim_end().trim_end_matches(['\u{2014}', '\u{2013}']);
                if let Some(i) = body.rfind(['\u{2014}', '\u{2013}']) {
                    sentence = Span::new(sentence.start, sentence.start + i);
                }
            }
            let who = before
                .or_else(|| self.rules.reported(text, sentence, people))
                .or_else(|| self.rules.subject(text, sentence, people))
                .or(after);
            return (QuoteStyle::Direct, who);
        }
        if sentence_initial {
            // `"prices will rise" said John Smith.`: short, with no comma of its own, but
            // a speaker names it as said.
            let said = after.is_some_and(|a| a.speaker.is_some());
            let style = if words > 3 || ends_punct || !p.closed || said { QuoteStyle::Direct } else { QuoteStyle::Scare };
            return (style, after.or(before));
        }
        // Embedded in a sentence: a fragment of reported speech, or a word set apart.
        if passive_naming(lead_end) && words <= 3 {
            // "was called the "breadbasket"": the name a thing goes by, whoever gave it.
            return (QuoteStyle::Scare, None);
        }
        let sentence = sentence_tail(text, lead);
        let own = match self.rules.passive_around(text, lead, tail) {
            Some((cue, agent)) => agent.map(|m| Attribution { speaker: Some(people.snap(text, m, tail)), cue: Some(cue), dash: false }),
            None => self.rules.reported(text, sentence, people).or_else(|| self.rules.subject_with_cue(text, sentence, people)),
        };
        // `She told a guard at the door, in French, "they raped me".`: set off by a comma
        // after a speech verb and ending the sentence, it is what was said.
        if own.is_some() && lead_end.ends_with(',') && tail_text.starts_with(['.', '!', '?']) && !title_case(inner) {
            return (QuoteStyle::Direct, own);
        }
        // "Sheriff Lee said they arrested one man. They arrested three for "suspicion of
        // trespassing"": reported speech runs on from the sentence before when this one has
        // no speech verb of its own.
        // `The deal is "closer than ever", Antony Blinken said.`, `are "closer than ever" to
        // a deal, a senior official said.`: the attribution after the quote, or ending its
        // sentence.
        // (Not for a word set apart by "so-called" or owned: `The so-called "gig economy"
        // grew, the ONS said`, `The president's "beautiful" wall`.)
        let last_word = lead_end.rsplit(char::is_whitespace).next().unwrap_or("");
        let set_apart = last_word.eq_ignore_ascii_case("so-called") || possessor(last_word).is_some();
        let named_after = after.filter(|a| after_sticks && a.speaker.is_some() && !set_apart);
        let reported = own
            .or(named_after)
            .or_else(|| if set_apart { None } else { self.closing(text, tail, people) })
            .or_else(|| {
                let prev = previous_sentence(text, lead, sentence).filter(|_| words >= 2 && !self.rules.has_cue(&text[sentence.range()]))?;
                self.rules.reported(text, prev, people)
            });
        if title_case(inner) || words <= 3 && reported.is_none() {
            return (QuoteStyle::Scare, None);
        }
        (QuoteStyle::Partial, reported.or(after.filter(|_| after_sticks)))
    }

    /// The attribution ending the sentence a quote stands in, after a clause of its own:
    /// `are "closer than ever" to a deal, a senior official said on Monday, as ...`. It
    /// starts at a comma before the sentence's end, and only an adjunct may follow its
    /// speech verb.
    fn closing(&self, text: &str, tail: Span, people: &People) -> Option<Attribution> {
        let s = &text[tail.range()];
        let end = s.find(['.', '!', '?'])?;
        s[..end].match_indices(',').filter(|&(c, _)| c > 0).find_map(|(comma, _)| {
            let a = self.rules.after(text, Span::new(tail.start + comma, tail.start + end + 1), people)?;
            let (speaker, cue) = (a.speaker?, a.cue?);
            let rest = &text[cue.end.max(speaker.span.end).min(tail.start + end)..tail.start + end];
            (!a.dash && adjunct(rest)).then_some(a)
        })
    }
}

/// `rest`, what follows a speech verb (and its speaker) to the end of its sentence, is no
/// clause of its own: nothing, a time or place ("on Sunday", "later", "in a statement"),
/// whom it was said to ("reporters", "the BBC", "Reuters") or a comma before more.
fn adjunct(rest: &str) -> bool {
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with(',') {
        return true;
    }
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    // A name it was said to, and what follows it: "told Reuters on Monday", not "said
    // Britain would".
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    if capital(first) {
        let mut tail = rest;
        while let Some(w) = tail.split_whitespace().next().filter(|w| capital(w)) {
            tail = tail.trim_start()[w.len()..].trim_start();
        }
        return adjunct(tail);
    }
    let time = |w: &str| {
        matches!(w, "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "weekend" | "summer" | "spring" | "autumn" | "winter" | "time")
            || w.ends_with("day")
    };
    first.len() > 2 && first.ends_with("ly")
        || matches!(
            first,
            "on" | "in" | "at" | "during" | "after" | "before" | "while" | "when" | "as" | "to" | "from" | "with"
                | "via" | "outside" | "inside" | "through" | "yesterday" | "today" | "tonight" | "later" | "earlier"
                | "afterwards" | "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them" | "again" | "too"
                | "also" | "then" | "once"
        )
        || matches!(first, "this" | "last" | "next") && time(second.trim_end_matches(','))
        || matches!(first, "the" | "a" | "an")
            && (second.starts_with(char::is_uppercase)
                || matches!(
                    second,
                    "press" | "media" | "court" | "jury" | "committee" | "crowd" | "audience" | "newspaper" | "paper"
                        | "broadcaster" | "agency" | "statement" | "interview" | "briefing" | "conference" | "hearing"
                        | "meeting" | "rally"
                ))
}

/// How many Chinese, Japanese or Korean characters `s` holds. Most quotes are ASCII, which
/// holds none: those are told by a word-at-a-time check, not decoded character by character.
fn cjk_chars(s: &str) -> usize {
    if s.is_ascii() {
        return 0;
    }
    s.chars().filter(|&c| cjk(c)).count()
}

/// A Chinese, Japanese or Korean character: kana, CJK ideographs, Hangul syllables.
fn cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

fn is_he_or_she(word: &str) -> bool {
    matches!(word, "he" | "He" | "she" | "She")
}

/// Text before a quote back to the previous quote, the line start or [`WINDOW`] bytes.
fn lead_window(text: &str, prev_end: usize, start: usize) -> Span {
    let mut lo = start.saturating_sub(WINDOW).max(prev_end);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    if let Some(nl) = last_break(&text[lo..start]) {
        // Past the break, which is three bytes for U+2029.
        lo += nl + text[lo + nl..].chars().next().map_or(1, char::len_utf8);
    }
    Span::new(lo, start)
}

/// Text after a quote up to the next quote, the line end or [`WINDOW`] bytes.
fn tail_window(text: &str, end: usize, next_start: usize) -> Span {
    let mut hi = (end + WINDOW).min(next_start).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    if let Some(nl) = first_break(&text[end..hi]) {
        hi = end + nl;
    }
    Span::new(end, hi)
}

/// A paragraph separator's bytes: its first, 0xE2, is that of curly quotes and dashes too.
const PARAGRAPH_SEPARATOR: &[u8] = "\u{2029}".as_bytes();

/// Where the first line break in `s` starts (`\n`, `\r` or U+2029), as
/// `s.find(['\n', '\r', '\u{2029}'])` gives it, found by memchr, which reads many bytes a
/// step where `find` decodes each character.
fn first_break(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr3(b'\n', b'\r', 0xE2, &b[from..]).map(|i| from + i) {
        if b[i] != 0xE2 || b[i..].starts_with(PARAGRAPH_SEPARATOR) {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// Where the last line break in `s` starts, as [`first_break`] finds the first.
fn last_break(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr3(b'\n', b'\r', 0xE2, &b[..end]) {
        if b[i] != 0xE2 || b[i..].starts_with(PARAGRAPH_SEPARATOR) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// The part of `lead` in the same sentence as the quote that follows it.
fn sentence_tail(text: &str, lead: Span) -> Span {
    let s = &text[lead.range()];
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, _) in s.match_indices(['.', '!', '?']) {
        let next_upper = s[i + 1..].trim_start().chars().next().is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '\u{201C}'));
        let spaced = bytes.get(i + 1).is_some_and(|b| b.is_ascii_whitespace());
        let abbreviation = s[..i].rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| title_abbreviation(w) || w.len() == 1);
        if spaced && next_upper && !abbreviation {
            from = i + 1;
        }
    }
    Span::new(lead.start + from, lead.end)
}

/// True when `lead` ends with a naming verb in the passive ("was called the", "is known
/// as", "were dubbed").
fn passive_naming(lead: &str) -> bool {
    let mut words = lead.rsplit(char::is_whitespace).filter(|w| !w.is_empty());
    let mut w = words.next();
    if matches!(w, Some("the" | "a" | "an")) {
        w = words.next();
    }
    if w == Some("as") {
        w = words.next().filter(|&v| v == "known");
    } else {
        w = w.filter(|v| matches!(*v, "called" | "named" | "nicknamed" | "dubbed" | "termed" | "labelled" | "labeled" | "branded"));
    }
    w.is_some() && words.next().is_some_and(|aux| matches!(aux, "was" | "were" | "is" | "are" | "be" | "been" | "being"))
}

/// The sentence before `sentence` when `lead` holds it (or its end).
fn previous_sentence(text: &str, lead: Span, sentence: Span) -> Option<Span> {
    let before = text[lead.start..sentence.start].trim_end();
    if before.is_empty() || !before.ends_with(['.', '!', '?']) {
        return None;
    }
    Some(sentence_tail(text, Span::new(lead.start, lead.start + before.len() - 1)))
}

/// True for a quoted title or name: several words, every long word capitalised.
fn title_case(inner: &str) -> bool {
    let mut long = 0;
    for w in inner.split_whitespace() {
        if w.chars().count() > 3 && !w.starts_with(|c: char| c.is_ascii_digit()) {
            long += 1;
            if !w.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
        if w.ends_with(['.', '!', '?']) {
            return false;
        }
    }
    long > 0
}

/// Continued quotes share one speaker; a direct quote with no attribution of its own
/// takes the speaker of the quote before it in the same paragraph ("A," he said. "B.").
fn share_speakers(text: &str, rules: &Rules, pieces: &[Piece], found: &mut [(QuoteStyle, Option<Attribution>)]) {
    for k in 0..pieces.len() {
        if let Some(j) = pieces[k].continues {
            // The later piece often carries the attribution: give it back to the earlier one.
            if found[j].1.is_none() && found[k].1.is_some() {
                let mut chain = j;
                loop {
                    found[chain].1 = found[k].1;
                    match pieces[chain].continues {
                        Some(c) if found[c].1.is_none() => chain = c,
                        _ => break,
                    }
                }
            }
            if found[k].1.is_none() {
                found[k].1 = found[j].1;
            }
        }
    }
    for k in 1..pieces.len() {
        // `said the NHS was "broken" but "not beaten"`, `had "stepped up" and would "keep
        // leading"`: a short quote joined to a partial one by a conjunction, perhaps with an
        // auxiliary, goes on with what was said; alone it read as a word set apart. (Not
        // where a new subject speaks: `but critics called it "reckless"`.)
        // (The text is read only for a scare quote after a partial one with a speaker.)
        let joined = || {
            let mut gap = text[pieces[k - 1].end..pieces[k].start].split_whitespace();
            matches!(gap.next(), Some("and" | "but" | "or" | "yet"))
                && gap.all(|w| {
                    matches!(
                        w,
                        "would" | "will" | "could" | "should" | "might" | "must" | "can" | "was" | "were" | "is"
                            | "are" | "had" | "has" | "have" | "be" | "been" | "not" | "still" | "also" | "now"
                            | "then"
                    )
                })
        };
        // `said the "one in, one out" deal would begin "within weeks"`: so does one of two
        // words or more a few words on in the clause, with no speech verb or comma between.
        let runs_on = || {
            let gap = &text[pieces[k - 1].end..pieces[k].start];
            let inner = &text[pieces[k].inner_start..pieces[k].inner_end];
            inner.split_whitespace().nth(1).is_some()
                && gap.split_whitespace().nth(6).is_none()
                && !gap.contains([',', ';', ':', '.', '!', '?', '(', '\n', '\r', '\u{2014}', '\u{2013}'])
                && !rules.has_cue(gap)
        };
        if found[k].0 == QuoteStyle::Scare
            && found[k - 1].0 == QuoteStyle::Partial
            && found[k - 1].1.is_some_and(|a| a.speaker.is_some())
            && (joined() || runs_on())
            && !title_case(&text[pieces[k].inner_start..pieces[k].inner_end])
        {
            found[k].0 = QuoteStyle::Partial;
        }
        let (style, who) = found[k];
        if style == QuoteStyle::Scare || who.is_some_and(|a| a.speaker.is_some()) {
            continue;
        }
        let between = &text[pieces[k - 1].end..pieces[k].start];
        // A partial quote shares a speaker only within one sentence: `said Day "..." which "..."`
        // (a sentence may end inside the quote before: `Lee said: "No." Harper called it "..."`).
        let finished = text[pieces[k - 1].inner_start..pieces[k - 1].inner_end].trim_end().ends_with(['.', '!', '?']);
        if style == QuoteStyle::Partial && (between.contains(". ") || finished || pieces[k - 1].end + WINDOW < pieces[k].start) {
            continue;
        }
        if found[k - 1].0 != QuoteStyle::Scare && first_break(between).is_none() {
            if let Some(earlier) = found[k - 1].1.filter(|a| a.speaker.is_some()) {
                // Keep this quote's own cue ("adding") when it has one.
                found[k].1 = Some(Attribution { cue: who.and_then(|a| a.cue).or(earlier.cue), ..earlier });
            }
        }
    }
}

#[cfg(test)]
mod tests;
