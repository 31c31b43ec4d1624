//! Figures: counts, percentages, money, quantities, dates, times and durations, with
//! their normalised values, hedges ("nearly") and what they count ("soldiers").
//!
//! The detector walks the shared tokens once, left to right. At each token it tries, in
//! order, a time, a date and an amount (an optional hedge, a currency, a number in digits
//! or words, a scale, then a percent sign, currency word or unit), and an amount may be the
//! first end of a range ("5-10", "between 3 and 4 million"). A match consumes its tokens,
//! so every token is looked at a bounded number of times and the work is linear. Most
//! tokens start no figure, and a cheap test made from the same word lists rules them out
//! first (`may_start_figure`, checked against the readings by `gate_tests.rs`).
//!
//! A hedge ("nearly", "more than", "up to") is part of the span and kept as a
//! [`Qualifier`]; the counted noun is found by a small heuristic: after "of" the first
//! noun, otherwise the first word that agrees in number with the figure ("5,200 American
//! *soldiers* are", "one experimental *vaccine* appears").
//!
//! What it leaves alone, on purpose:
//! - digits glued to letters or hyphenated onto a word ("G20", "COVID-19", "5G");
//! - a bare number right after a capitalised word mid-sentence ("Boeing 737",
//!   "France 24"), and a capitalised number word mid-sentence ("Group of Seven"): names;
//! - anything inside a URL, e-mail address or phone number, footnote markers ("[3]"),
//!   codes with a leading zero ("0800"), long digit strings, "9/11" and "24/7";
//! - a lone "one" that counts nothing named: "no one", "the one who", "one of them"
//!   (a pronoun, not a figure a reader would check); "one soldier" and "one million" do count;
//! - vague amounts ("dozens of", "thousands of") and relative ordinals ("last", "next").
//!
//! `docs/numbers.md` lists the normalised forms and the conformance figures.

mod anchor;
mod dates;
mod lexicon;
#[cfg(test)]
#[rustfmt::skip] // one line per case
mod tests;
#[cfg(test)]
mod gate_tests;

use crate::annotation::{Annotation, Details, Label, NumberDetails, Qualifier, Span};
use crate::detect::lexicon::{possessor, role_word};
use crate::text::tokens::{Gap, Token, TokenKind};
use lexicon::{Class, WordKeys};
use crate::text::pattern;
use regex::Regex;
use std::borrow::Cow;

/// How far [`Numbers::is_blocked`] looks either side of a figure for the whitespace that
/// bounds the matches of `blocked`, and the longest figure it reads alone.
const NEAR: usize = 256;

/// What [`Numbers::is_blocked`] keeps from figure to figure of a text: the matches of the
/// last stretch of text it searched (`(start, end, matches)`), and of the whole text once
/// it had to search all of it.
#[derive(Default)]
struct BlockedMemo {
    near: (usize, usize, Vec<Span>),
    all: Option<Vec<Span>>,
}

/// The number detector: its patterns are compiled once in [`Numbers::new`].
pub(crate) struct Numbers {
    /// URLs, e-mail addresses and phone numbers: no figure is found inside them.
    blocked: Regex,
}

impl Numbers {
    pub(crate) fn new() -> Numbers {
        // Case-insensitive only in ASCII (`(?i-u:...)`): see `text::pattern`.
        let blocked = pattern::compile(
            r"(?x)
              (?i-u:https?://|www\.)[^\s<>]+
            | [^\s@<>()]+@[^\s@<>()]+\.[a-zA-Z]{2,}
            | (?-u:\b)[a-zA-Z0-9-]+\.(?i-u:com|org|net|gov|edu|info|io|co|uk|fr|de|int)(?:/[^\s<>]*)?
            | \+[0-9]{1,3}[\ .-]?(?:\([0-9]{1,4}\)[\ .-]?)?[0-9]{2,4}(?:[\ .-][0-9]{2,4}){1,4}
            | \([0-9]{2,5}\)\ ?[0-9]{3,4}[\ .-]?[0-9]{3,4}
            | (?-u:\b)0[0-9]{2,4}\ [0-9]{3,4}\ [0-9]{3,4}(?-u:\b)
            | (?-u:\b)[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}(?-u:\b)",
        );
        Numbers { blocked }
    }

    /// Whether a match of `blocked` (as `find_iter` over all of `text` gives them)
    /// overlaps `span`, read in the text around `span` alone.
    ///
    /// No match holds whitespace other than a space between digits (or a parenthesis and a
    /// digit) of a phone number, nor starts with whitespace: every other whitespace byte
    /// bounds the matches, which are then those a search between two of them finds (the
    /// pattern's `\b` reads such a byte as it reads the text's ends). So the text from the
    /// bounding byte before `span` to the one after it is searched, and only when it holds
    /// a character every match has one of. (A search of the whole text for the few figures
    /// inside an address cost Wikinews 0.5M instructions a pass.)
    /// Text with no bounding byte within [`NEAR`] bytes of `span` (a run of figures and
    /// spaces, a megabyte of dots) is read in `all`, the matches of the whole text, found
    /// once (so that many figures in it do not make this quadratic).
    /// `blocked_as_over_the_whole_text` checks this against the search of all of it.
    ///
    /// Figures follow one another in a stretch of text between bounds (a results table's
    /// row, "20 10 5 5 30"): the matches of the last stretch searched are kept in `memo`.
    fn is_blocked(&self, text: &str, span: Span, memo: &mut BlockedMemo) -> bool {
        let overlapping = |found: &[Span]| found.iter().any(|m| m.overlaps(span));
        if memo.near.0 <= span.start && span.end <= memo.near.1 {
            return overlapping(&memo.near.2);
        }
        let all = &mut memo.all;
        let b = text.as_bytes();
        let bound = |k: usize| match b[k] {
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => true,
            b' ' => {
                let digit_before = k > 0 && matches!(b[k - 1], b'0'..=b'9' | b')');
                let digit_after = b.get(k + 1).is_some_and(|c| matches!(c, b'0'..=b'9' | b'('));
                !(digit_before && digit_after)
            }
            _ => false,
        };
        let start = match (span.start.saturating_sub(NEAR)..span.start).rev().find(|&k| bound(k)) {
            Some(k) => k + 1,
            None if span.start <= NEAR => 0,
            None => return self.blocked_in(text, span, all),
        };
        let end = match (span.end..b.len().min(span.end + NEAR)).find(|&k| bound(k)) {
            Some(k) => k,
            None if span.end + NEAR >= b.len() => b.len(),
            None => return self.blocked_in(text, span, all),
        };
        if span.end - span.start > NEAR {
            return self.blocked_in(text, span, all);
        }
        // What every match has: an "@" (an e-mail address), a ":" ("https://"), a "+" or "("
        // before a digit (a phone number), a "." before a letter (a domain) or after a "w"
        // ("www."), or a ".", "-" or space between three digits or more and a digit (a
        // number with dots or dashes, a phone number with spaces). Most figures have none.
        let r = &b[start..end];
        let digits_before = |k: usize| r[..k].iter().rev().take(3).take_while(|c| c.is_ascii_digit()).count();
        let may_match = (0..r.len()).any(|k| {
            let digit_after = r.get(k + 1).is_some_and(u8::is_ascii_digit);
            match r[k] {
                b'@' | b':' => true,
                b'+' | b'(' => digit_after,
                b'.' => {
                    r.get(k + 1).is_some_and(u8::is_ascii_alphabetic)
                        || (k > 0 && matches!(r[k - 1], b'w' | b'W'))
                        || (digit_after && digits_before(k) == 3)
                }
                b'-' | b' ' => digit_after && digits_before(k) == 3,
                _ => false,
            }
        });
        let mut found = std::mem::take(&mut memo.near.2);
        found.clear();
        if may_match {
            let hay = &text[..end];
            let mut at = start;
            while let Some(m) = self.blocked.find_at(hay, at).filter(|m| m.end() > at) {
                found.push(Span::new(m.start(), m.end()));
                at = m.end();
            }
        }
        let blocked = overlapping(&found);
        memo.near = (start, end, found);
        blocked
    }

    /// [`Self::is_blocked`] read in the matches of the whole text (found on first use).
    #[cold]
    fn blocked_in(&self, text: &str, span: Span, all: &mut Option<Vec<Span>>) -> bool {
        // (Also when no stretch was searched: `memo.near` stays as it was.)
        let all = all.get_or_insert_with(|| self.blocked.find_iter(text).map(|m| Span::new(m.start(), m.end())).collect());
        let at = all.partition_point(|b| b.end <= span.start);
        all.get(at).is_some_and(|b| b.overlaps(span))
    }

    /// Kept out of line (it is called once per text): inlined into the pipeline, its own
    /// time showed in profiles under `Annotator::annotate_kinds`, and `bench/profile.mjs`
    /// counted half of the number detector's time.
    #[inline(never)]
    pub(crate) fn find(&self, text: &str, tokens: &[Token]) -> Vec<Annotation> {
        self.scan(text, tokens, may_start_figure)
    }

    /// The figures of `text`, trying [`figure`] at each token `may_start` lets through
    /// ([`may_start_figure`]; its tests pass one that lets every token through).
    fn scan(&self, text: &str, tokens: &[Token], may_start: impl Fn(&View, usize) -> bool) -> Vec<Annotation> {
        // The text lower-cased, and after it the few words that need more than ASCII rules.
        let mut lowered = String::with_capacity(text.len() + 64);
        let v = View::new(text, tokens, &mut lowered);
        // News has a figure in every dozen or so tokens (the Wikinews articles: one in 13):
        // room for that many up front spares the copies of a growing list.
        let mut out = Vec::with_capacity(tokens.len() / 12);
        let mut blocked = BlockedMemo::default();
        let mut i = 0;
        while i < tokens.len() {
            if !may_start(&v, i) {
                i += 1;
                continue;
            }
            // "beat Zverev 6-4, 6-2", "won 3-1": a score, no figure a reader checks.
            if v.kind(i) == Some(TokenKind::Number) && matches!(v.raw(i + 1), "-" | "\u{2013}") {
                if let Some(e) = match_score(&v, i) {
                    i = e;
                    continue;
                }
            }
            // "call Lifeline: 13 11 14": a telephone number, no figure either.
            if v.kind(i) == Some(TokenKind::Number) && v.kind(i + 1) == Some(TokenKind::Number) {
                if let Some(e) = phone_number(&v, i) {
                    i = e;
                    continue;
                }
            }
            match figure(&v, i) {
                Some(hit) => {
                    let last = tokens[hit.end - 1].span;
                    let span = Span::new(tokens[hit.start].span.start, last.end - possessive_len(&text[last.range()]));
                    if !self.is_blocked(text, span, &mut blocked) {
                        out.push(Annotation { span, label: hit.label, details: Details::Number(hit.details) });
                    }
                    i = hit.end;
                }
                None => i += 1,
            }
        }
        anchor::resolve(text, &mut out);
        local_dollars(text, &mut out);
        out
    }
}

/// A bare "$" is the dollar the text names by its prefix, when it names one kind only and
/// never the US one: in "A former adviser stole A$4.8 million ... she had handed him about
/// $640,000" both are Australian dollars, as a reader of an Australian story takes them.
fn local_dollars(text: &str, out: &mut [Annotation]) {
    // Each money figure's "$" and what stands glued before it ("A", "US", or nothing).
    let dollar = |a: &Annotation| {
        let s = &text[a.span.range()];
        let at = memchr::memchr(b'$', s.as_bytes())?;
        let owner = s[..at].rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
        Some((s, at, owner))
    };
    let money = |a: &&mut Annotation| a.label == Label::Money;
    let mut local = None;
    let mut last_end = None;
    for a in out.iter_mut().filter(money) {
        // A conversion names the US dollar by a bare "$": "C$1.92 per gigajoule, or $1.52
        // per mmBtu", "A$10 ($6.50)".
        let after = last_end.map(|e| &text[e..a.span.start]);
        last_end = Some(a.span.end);
        if after.is_some_and(|t| t.len() < 40 && (t.contains(" or ") || t.contains('('))) {
            return;
        }
        let Some((s, at, owner)) = dollar(a) else {
            // US dollars named otherwise: "USD 5", "5 U.S. dollars".
            let s = &text[a.span.range()];
            if s.contains("US") || s.contains("U.S.") {
                return;
            }
            continue;
        };
        if owner.is_empty() {
            // "U.S. $5" (wire spacing) names the US dollar too.
            if s[..at].trim_end().ends_with("U.S.") {
                return;
            }
            continue;
        }
        match lexicon::dollar_prefix(owner) {
            Some("USD") => return,
            Some(c) if local.is_none_or(|l| l == c) => local = Some(c),
            Some(_) => return,
            None => {}
        }
    }
    let Some(local) = local else { return };
    for a in out.iter_mut().filter(money) {
        let bare = dollar(a).is_some_and(|(_, _, owner)| owner.is_empty());
        if let (true, Details::Number(d)) = (bare, &mut a.details) {
            if d.currency.as_deref() == Some("USD") {
                d.currency = Some(local.to_string());
            }
        }
    }
}

/// The length of the possessive ending of a figure's last word, which the span leaves
/// out: "Saturday's election" is dated "Saturday", "last year's winner" "last year"; the
/// "'s" ties the date to the noun after it and is no part of the date a reader checks.
fn possessive_len(last: &str) -> usize {
    possessor(last).map_or(0, |owner| last.len() - owner.len())
}

/// The tokens with their text, sliced and lower-cased once: the detector reads each token
/// many times over.
struct View<'a> {
    toks: &'a [Token],
    /// Each token as written.
    raw: Vec<&'a str>,
    /// Each token lower-cased: a word's own text when it has no capitals, else its
    /// lower-cased form in the buffer [`View::new`] was given.
    low: Vec<&'a str>,
}

impl<'a> View<'a> {
    /// The view of `toks`, whose lower-cased words are written to `lowered` (which
    /// [`Numbers::find`] owns, so that the words need no allocation each).
    ///
    /// The whole text is lower-cased at once (ASCII rules, a loop the compiler vectorises)
    /// and each ASCII word is read from it where the token is. Testing each word for
    /// capitals and copying those that had them cost 0.27M instructions a pass more on the
    /// Wikinews articles (4% of tokens and figures together). Words with other letters (a
    /// few in a thousand) are lower-cased by full Unicode rules, such as a final sigma,
    /// which may change their length: they are written after the text.
    fn new(text: &'a str, toks: &'a [Token], lowered: &'a mut String) -> View<'a> {
        let raw: Vec<&'a str> = toks.iter().map(|t| &text[t.span.range()]).collect();
        lowered.clear();
        lowered.push_str(text);
        lowered.make_ascii_lowercase();
        // The words not in ASCII, with where each lower-cased form is in `lowered`: the
        // words holding a byte past ASCII, found from those bytes (eight at a time where
        // there are none), not by a look at every word.
        let mut changed = Vec::new();
        let (bytes, mut j, mut at) = (text.as_bytes(), 0, 0);
        while let Some(k) = non_ascii_from(bytes, at) {
            while toks.get(j).is_some_and(|t| t.span.end <= k) {
                j += 1;
            }
            let Some(t) = toks.get(j).filter(|t| t.span.start <= k) else {
                at = k + 1;
                continue;
            };
            if t.kind == TokenKind::Word {
                let start = lowered.len();
                lowered.push_str(&raw[j].to_lowercase());
                changed.push((j, start, lowered.len()));
            }
            at = t.span.end;
        }
        let lowered: &'a String = lowered;
        // (Numbers and marks stay as written.)
        let mut low: Vec<&'a str> =
            toks.iter().zip(&raw).map(|(t, s)| if t.kind == TokenKind::Word { &lowered[t.span.range()] } else { s }).collect();
        for (j, a, b) in changed {
            low[j] = &lowered[a..b];
        }
        View { toks, raw, low }
    }

    /// Lower-cased token `j`, or "" past the end.
    fn w(&self, j: usize) -> &'a str {
        self.low.get(j).copied().unwrap_or("")
    }

    /// Token `j` as written, or "" past the end.
    fn raw(&self, j: usize) -> &'a str {
        self.raw.get(j).copied().unwrap_or("")
    }

    fn kind(&self, j: usize) -> Option<TokenKind> {
        self.toks.get(j).map(|t| t.kind)
    }

    /// Token `j` touches the token before it.
    fn glued(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.gap == Gap::None)
    }

    /// Token `j` is an ordinal suffix glued to the digits before it ("21st", "5th").
    fn ordinal_suffix(&self, j: usize) -> bool {
        self.glued(j) && matches!(self.w(j), "st" | "nd" | "rd" | "th")
    }

    /// Token `j` is a hyphen glued to the tokens on both sides ("third-quarter").
    fn hyphen(&self, j: usize) -> bool {
        self.raw(j) == "-" && self.glued(j) && self.glued(j + 1)
    }

    /// Token `j` exists and is on the same line as the token before it.
    fn near(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.gap <= Gap::Space)
    }

    fn span(&self, j: usize) -> Span {
        self.toks[j].span
    }

    fn sentence_start(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.sentence_start)
    }

    /// The tokens before `j` in its sentence, nearest first, at most 40.
    fn sentence_before(&self, j: usize) -> impl Iterator<Item = usize> + '_ {
        (j.saturating_sub(40)..j).rev().take_while(move |&k| !self.sentence_start(k + 1))
    }
}

/// The first byte past ASCII in `bytes` from `from` on, read eight bytes at a time.
fn non_ascii_from(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(eight) = bytes.get(i..i + 8) {
        if u64::from_ne_bytes(eight.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(|b| !b.is_ascii()).map(|n| i + n)
}

/// A figure found: tokens `start..end` and what they say.
struct Hit {
    start: usize,
    end: usize,
    label: Label,
    details: NumberDetails,
}

/// How a number was written, which decides what it may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// Digits; `plain` when there is no comma, point or sign, with `len` digits.
    Digits { plain: bool, len: usize },
    /// Number words ("twenty-one"); `lone_one` for a single "one".
    Words { lone_one: bool },
    /// A fraction ("two-thirds", "3/4", "half").
    Fraction,
    /// A rank ("first", "21st").
    Ordinal,
}

/// A number with what is glued to it: currency, scale, percent sign or unit.
#[derive(Clone, Debug)]
struct Amount {
    /// First and one-past-last token.
    start: usize,
    end: usize,
    /// The token where the number itself starts (after any currency sign).
    digits_at: usize,
    value: f64,
    form: Form,
    /// The scale applied ("million" is 1e6), 1 when none.
    scale: f64,
    label: Label,
    unit: Option<&'static str>,
    currency: Option<&'static str>,
}

impl Amount {
    /// A bare number: no currency, unit, percent or scale.
    fn bare(&self) -> bool {
        self.label == Label::Cardinal && self.scale == 1.0 && self.currency.is_none() && self.unit.is_none()
    }

    /// A bare four-digit number that can be a year.
    fn year_like(&self) -> bool {
        self.bare() && self.form == (Form::Digits { plain: true, len: 4 }) && (1000.0..=2100.0).contains(&self.value)
    }
}

/// The unit of a multiple: "three times higher", "a 10-fold rise", "threefold".
const MULTIPLE: &str = "\u{d7}";

/// Multiples in one word, with their value: "rose threefold".
const FOLD_WORDS: [(&str, f64); 10] = [
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("hundredfold", 100.0),
];

/// Tries every kind of figure at token `i`.
fn figure(v: &View, i: usize) -> Option<Hit> {
    if let Some(&(_, n)) = v.w(i).ends_with("fold").then(|| FOLD_WORDS.iter().find(|(w, _)| *w == v.w(i))).flatten() {
        let details = NumberDetails { value: Some(n), unit: Some(MULTIPLE.to_string()), ..Default::default() };
        return Some(Hit { start: i, end: i + 1, label: Label::Quantity, details });
    }
    if v.kind(i) == Some(TokenKind::Punct) && !starts_figure(v.raw(i)) {
        return None;
    }
    let (qualifier, j) = match hedge(v, i) {
        // ("~" hedges only digits glued to it, as the gate lets it: "~23 m".)
        Some((q, j)) if v.near(j) && (v.raw(i) != "~" || (v.glued(j) && v.kind(j) == Some(TokenKind::Number))) => {
            (Some(q), j)
        }
        _ => (None, i),
    };
    let hedged = |mut hit: Hit| {
        if qualifier.is_some() {
            hit.start = i;
            // A bound read after the figure ("about 500 or more") outranks "about".
            hit.details.qualifier = hit.details.qualifier.or(qualifier);
        }
        hit
    };
    // "higher than four years ago": an adjective compares some other amount with the one
    // at that date, and "the 4.2% estimated a month ago" is a verb; neither hedges a date.
    let compared = || (j == i + 2 && matches!(v.w(i), "greater" | "larger" | "higher" | "bigger" | "smaller" | "lower"))
        || (j == i + 1 && v.w(i) == "estimated");
    if let Some(hit) = clocked(v, j) {
        return Some(hedged(hit));
    }
    // "in her late 20s": an age, which the date reading would take for the 2020s.
    if let Some(hit) = life_decade(v, j) {
        return Some(hedged(hit));
    }
    if let Some(hit) = dates::time(v, j).or_else(|| dates::date(v, j)) {
        // "higher than last year", "talked about yesterday": a comparison bounds a count or
        // a point in time ("more than two years ago", "around 2010"), not a named day or year.
        // ("until at least next year", "around the 1990s" keep theirs.)
        let named = matches!(v.w(j), "last" | "this" | "next" | "yesterday" | "today" | "tomorrow" | "tonight" | "the");
        let comparing = j > i && (v.w(j - 1) == "than" || matches!(v.w(i), "over" | "under" | "above" | "below" | "about"));
        return Some(if (named && comparing) || compared() { hit } else { hedged(hit) });
    }
    // "from 5-7 January": the date, without the preposition. So is "from 1 October" (a
    // day or month, not a year alone: "from 2010 to 2015" is a range of years).
    if RANGE_OPENERS.iter().any(|(w, _)| *w == v.w(j)) && v.near(j + 1) {
        // "from 15:00 BST": a time of day, which a range's first figure would cut to "15".
        if let Some(hit) = dates::time(v, j + 1) {
            return Some(hedged(hit));
        }
        let from = v.w(j) == "from";
        if let Some(hit) = dates::date(v, j + 1).filter(|h| {
            h.details.normalized.as_deref().is_some_and(|n| n.contains('/') || (from && n.contains('-')))
        }) {
            return Some(hit);
        }
    }
    // "nearly half an hour": the hedge reaches the duration through "half".
    let half_at = (v.w(j) == "half" && v.near(j + 1)).then_some(j + 1);
    if let Some(hit) = fixed_duration(v, j, qualifier.is_some())
        .or_else(|| half_at.and_then(|k| fixed_duration(v, k, qualifier.is_some())).filter(|h| h.start == j))
    {
        return Some(if hit.label == Label::Date && compared() { hit } else { hedged(hit) });
    }
    let hit = amount_figure(v, j, qualifier)?;
    if hit.label == Label::Date && compared() {
        return amount_figure(v, j, None);
    }
    // "spend it over five years" is a period, "trapped for over 30 hours" a bound.
    // ("aged under 10" is a bound.)
    if hit.label == Label::Duration && matches!(v.w(i), "over" | "under") && (i == 0 || !matches!(v.w(i - 1), "for" | "aged")) {
        return Some(hit);
    }
    let mut hit = hedged(hit);
    // A bare count read as a quantity in `unit`.
    let quantity = |hit: &mut Hit, unit: &str| {
        hit.label = Label::Quantity;
        hit.details.unit = Some(unit.to_string());
        hit.details.counted = None;
    };
    // "a 10-fold increase", "three times higher", "10 times as large": a multiple.
    if hit.label == Label::Cardinal && hit.details.unit.is_none() && hit.details.end_value.is_none() && v.near(hit.end) {
        let k = hit.end;
        let comparative = |w: &str| {
            matches!(w, "as" | "the" | "more" | "less" | "higher" | "lower" | "larger" | "bigger" | "greater" | "faster" | "smaller")
        };
        let end = if v.hyphen(k) && v.w(k + 1) == "fold" {
            Some(k + 2)
        } else if v.w(k) == "fold" || (v.w(k) == "times" && v.near(k + 1) && comparative(v.w(k + 1))) {
            Some(k + 1)
        } else {
            None
        };
        if let Some(end) = end {
            hit.end = end;
            quantity(&mut hit, MULTIPLE);
        }
    }
    // "a magnitude 6.4 earthquake": the unit before the figure.
    if hit.label == Label::Cardinal && hit.details.unit.is_none() && j == i && i > 0 && v.w(i - 1) == "magnitude" && v.near(i) {
        hit.start = i - 1;
        quantity(&mut hit, "magnitude");
    }
    // "the strongest measuring 5.4", after an earthquake: a magnitude, the verb left out.
    if hit.label == Label::Cardinal
        && hit.details.unit.is_none()
        && hit.details.end_value.is_none()
        && hit.details.value.is_some_and(|x| x < 10.0)
        && j == i
        && i > 0
        && v.w(i - 1) == "measuring"
        && v.near(i)
        && quake_told(v, i)
    {
        quantity(&mut hit, "magnitude");
    }
    // "more than 100 but fewer than 200", "at most 100 and at least 20": two bounds make
    // one range.
    let other = match qualifier {
        Some(Qualifier::AtLeast) => Some(Qualifier::AtMost),
        Some(Qualifier::AtMost) => Some(Qualifier::AtLeast),
        _ => None,
    };
    if other.is_some() && hit.details.end_value.is_none() && matches!(v.w(hit.end), "and" | "but") && v.near(hit.end) {
        if let Some((q, k)) =
            hedge(v, hit.end + 1).filter(|&(q, k)| Some(q) == other && v.near(hit.end + 1) && v.near(k))
        {
            if let Some(second) =
                amount_figure(v, k, Some(q)).filter(|u| u.label == hit.label && u.details.end_value.is_none())
            {
                let (low, high) = match q {
                    Qualifier::AtMost => (hit.details.value, second.details.value),
                    _ => (second.details.value, hit.details.value),
                };
                if low < high {
                    hit.details.value = low;
                    hit.details.end_value = high;
                    hit.details.qualifier = None;
                    hit.details.counted = second.details.counted.or(hit.details.counted);
                    hit.end = second.end;
                }
            }
        }
    }
    Some(hit)
}

/// Words that tell of an earthquake, so that a figure "measuring" something near them is
/// its magnitude.
const QUAKE_WORDS: [&str; 9] =
    ["quake", "quakes", "earthquake", "earthquakes", "aftershock", "aftershocks", "tremor", "tremors", "magnitude"];

/// Whether the sentence of token `k`, or the one before it, tells of an earthquake
/// ([`QUAKE_WORDS`]): "more than 140 aftershocks, the strongest measuring 5.4" is a
/// magnitude, "a room measuring 5.4 metres" is not. Called only after "measuring" and a
/// bare figure, so the look over two sentences is rare.
fn quake_told(v: &View, k: usize) -> bool {
    let sentence_before = |e: usize| (0..e).rev().find(|&n| v.sentence_start(n)).unwrap_or(0);
    let start = sentence_before(sentence_before(k + 1));
    let end = (k + 1..v.raw.len()).find(|&e| v.sentence_start(e)).unwrap_or(v.raw.len());
    (start..end).any(|n| QUAKE_WORDS.contains(&v.w(n)))
}

/// Whether a figure may start at token `i`: the test [`Numbers::find`] runs before
/// [`figure`], which tries a dozen readings at hundreds of instructions a token, while most
/// tokens ("the", "said", ",") start none. It must hold wherever [`figure`] finds a hit, so
/// it follows what each reading first looks at, and lets through:
/// - digits;
/// - a vulgar fraction or a currency sign, and the other marks [`starts_figure`] accepts
///   ([`MARKS_BEFORE_DIGITS`]) only before digits, the one place where [`amount`] reads a
///   sign, [`number`] a decimal point and [`dates::date`] a decade's apostrophe ("'90s");
/// - the words of [`FIGURE_START_WORDS`], made of the lists the readings compare with;
/// - a hedge that is there ("more than", not "more"), as [`hedge`] reads it;
/// - a word ending in a digit, a currency code glued to its digits ("USD115", see
///   [`code_and_digits`]), and a word before a dollar sign ("US$", see [`dollar_owner`]).
///
/// The tests in `gate_tests.rs` check it against [`figure`] at every token of many texts.
fn may_start_figure(v: &View, i: usize) -> bool {
    match v.kind(i) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Punct) => {
            let p = v.raw(i);
            // Most marks ("," "." "(" ...) start none, and all the ASCII ones that may are
            // one byte: the first byte rules the others out before any list is read.
            let first = p.as_bytes().first().copied().unwrap_or(0);
            (!first.is_ascii() || matches!(first, b'$' | b'-' | b'.' | b'\'' | b'~'))
                && starts_figure(p)
                && (!MARKS_BEFORE_DIGITS.contains(&p) || v.kind(i + 1) == Some(TokenKind::Number))
        }
        Some(TokenKind::Word) => {
            let w = v.w(i);
            // One test rules out most words; the few left are told apart by the second.
            (START_OR_HEDGE_WORDS.may_hold(w) && (FIGURE_START_WORDS.may_hold(w) || hedge(v, i).is_some()))
                || w.as_bytes().last().is_some_and(u8::is_ascii_digit)
                || v.raw(i + 1) == "$"
        }
        None => false,
    }
}

/// The words other than hedges at which a figure may start, lower-cased or as written (a
/// [`WordKeys`] folds ASCII case, and the words compared as written are ASCII): each list
/// is the one the reading that starts there compares with, so a word added to a list is
/// added here too. Hedges are left to [`hedge`]: "in", "as" and "at" start a few of them
/// ("in excess of") and are too common to send to [`figure`] each time.
static FIGURE_START_WORDS: WordKeys = figure_start_words();

/// [`FIGURE_START_WORDS`] and the first words of hedges, which most words are not.
static START_OR_HEDGE_WORDS: WordKeys = {
    let mut set = figure_start_words();
    let mut k = 0;
    while k < lexicon::QUALIFIERS.len() {
        set = set.with(&[lexicon::QUALIFIERS[k].0[0]]);
        k += 1;
    }
    set
};

/// The words of [`FIGURE_START_WORDS`].
const fn figure_start_words() -> WordKeys {
    let mut set = WordKeys::new();
    // Numbers in words: "three", "a dozen", "half a million", "first" (words).
    let mut k = 0;
    while k < lexicon::NUMBER_WORD_LISTS.len() {
        set = set.with(lexicon::NUMBER_WORD_LISTS[k]);
        k += 1;
    }
    // Times and dates: "noon" (dates::time); "last week", "Monday", "Jan." (dates::date).
    let mut k = 0;
    while k < dates::CLOCK_WORDS.len() {
        set = set.with(&[dates::CLOCK_WORDS[k].0]);
        k += 1;
    }
    set = set.with(&dates::DATE_WORDS).with(&dates::DAY_WORDS).with(&lexicon::WEEKDAYS).with(&lexicon::MONTHS);
    set = set.with(&[lexicon::SEPT]).with_possessive(&dates::POSSESSIVE_DAYS).with_possessive(&lexicon::WEEKDAYS);
    // "AD 380" (dates::era_year), "spring 2026" (dates::season).
    set = set.with(&[dates::ERA_BEFORE_YEAR]);
    let mut k = 0;
    while k < dates::SEASONS.len() {
        set = set.with(&[dates::SEASONS[k].0]);
        k += 1;
    }
    let mut k = 0;
    while k < lexicon::MONTH_ABBREVIATIONS.len() {
        set = set.with(&[lexicon::MONTH_ABBREVIATIONS[k].0]);
        k += 1;
    }
    // Openers: "between 3 and 4", "from 5-7 January" (figure, amount_figure); "a decade"
    // (fixed_duration).
    let mut k = 0;
    while k < RANGE_OPENERS.len() {
        set = set.with(&[RANGE_OPENERS[k].0]);
        k += 1;
    }
    set = set.with(&DURATION_ARTICLES);
    // Decades of life: "in their twenties" (life_decade).
    let mut k = 0;
    while k < DECADE_WORDS.len() {
        set = set.with(&[DECADE_WORDS[k].0]);
        k += 1;
    }
    // Multiples in one word: "threefold" (figure).
    let mut k = 0;
    while k < FOLD_WORDS.len() {
        set = set.with(&[FOLD_WORDS[k].0]);
        k += 1;
    }
    // What an amount starts with besides its number (amount): "minus 5", "USD 5", "Rs 500",
    // "MUSD 30" (mega_code: an M before a three-letter code), "U.S. $" (us_dotted).
    set = set.with(&SIGN_WORDS).with(lexicon::CODES).with(&US_INITIALS);
    let mut k = 0;
    while k < lexicon::CODES.len() {
        set = set.with_prefixed(Some(b'M'), lexicon::CODES[k]);
        k += 1;
    }
    let mut k = 0;
    while k < lexicon::NAMED_CODES.len() {
        let name = lexicon::NAMED_CODES[k].0;
        set = set.with(&[name]);
        // mega_code reads three letters after the M: "MRMB", never "MRs" (which would let
        // every "Mrs" through).
        if name.len() == 3 {
            set = set.with_prefixed(Some(b'M'), name);
        }
        k += 1;
    }
    set
}

/// Punctuation at which [`figure`] tries the readings: a fraction, a currency sign, and
/// the [`MARKS_BEFORE_DIGITS`].
fn starts_figure(p: &str) -> bool {
    vulgar_fraction(p).is_some() || lexicon::currency_sign(p).is_some() || MARKS_BEFORE_DIGITS.contains(&p)
}

/// Signs, a decimal point, apostrophes and the tilde of approximation, which start a figure
/// only before digits: "-4", "\u{2212}4", ".08", "'90s", "~23".
const MARKS_BEFORE_DIGITS: [&str; 6] = ["-", "\u{2212}", ".", "'", "\u{2019}", "~"];

/// The hedges whose first word has a given first byte, last byte or length (below 32):
/// bit `k` stands for `QUALIFIERS[k]`. The three masks of a word, intersected, leave the
/// few hedges it may start; most words leave none.
static QUALIFIER_MASKS: ([u64; 256], [u64; 256], [u64; 32]) = {
    assert!(lexicon::QUALIFIERS.len() <= 64);
    let (mut first, mut last, mut len) = ([0u64; 256], [0u64; 256], [0u64; 32]);
    let mut k = 0;
    while k < lexicon::QUALIFIERS.len() {
        let w = lexicon::QUALIFIERS[k].0[0].as_bytes();
        assert!(!w.is_empty() && w.len() < 32);
        first[w[0] as usize] |= 1 << k;
        last[w[w.len() - 1] as usize] |= 1 << k;
        len[w.len()] |= 1 << k;
        k += 1;
    }
    (first, last, len)
};

/// The hedges whose first word may be `w`, as a mask of [`QUALIFIER_MASKS`]: 0 for most
/// words.
#[inline]
fn hedges_starting(w: &str) -> u64 {
    let (Some(&first), Some(&last), len @ 1..=31) = (w.as_bytes().first(), w.as_bytes().last(), w.len()) else {
        return 0;
    };
    let (by_first, by_last, by_len) = &QUALIFIER_MASKS;
    by_first[first as usize] & by_last[last as usize] & by_len[len]
}

/// A hedge word or phrase at `i`, and the token after it: the first in table order whose
/// words are all there.
fn hedge(v: &View, i: usize) -> Option<(Qualifier, usize)> {
    let w = v.w(i);
    let mut candidates = hedges_starting(w);
    while candidates != 0 {
        let k = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        let (words, q) = lexicon::QUALIFIERS[k];
        let fits = words[0] == w && words.iter().enumerate().skip(1).all(|(n, x)| v.w(i + n) == *x && v.near(i + n));
        // "revised up to 0.4%", "ticked up to 4.2%": a verb's particle, and a level.
        let particle = w == "up" && i > 0 && lexicon::goes_up(v.w(i - 1)) && v.near(i);
        // "Villa move up to sixth", "climbed up to 3rd": a move in a table, not a bound.
        let rank = w == "up"
            && i > 0
            && matches!(
                v.w(i - 1),
                "move" | "moves" | "moving" | "climb" | "climbs" | "climbed" | "climbing" | "rise" | "rises" | "rose" | "rising"
            )
            && (lexicon::ordinal_word(v.w(i + 2)).is_some() || v.ordinal_suffix(i + 3));
        // "two more than four years ago", "10 fewer than in 2019": a difference, then what
        // it is counted from, not a bound.
        let difference = matches!(w, "more" | "fewer" | "less")
            && i > 0
            && v.near(i)
            && (v.kind(i - 1) == Some(TokenKind::Number) || lexicon::cardinal_word(v.w(i - 1)).is_some())
            // (Not the pronoun: "another one less than 13 hours later".)
            && !(v.w(i - 1) == "one" && i > 1 && matches!(v.w(i - 2), "another" | "the" | "this" | "that" | "each" | "any" | "every" | "no"));
        if fits && !particle && !rank && !difference {
            // ("not as many as 300" is fewer than 300: only a comparison turns over.)
            let compares = matches!(
                w,
                "more" | "less" | "fewer" | "greater" | "larger" | "higher" | "bigger" | "smaller" | "lower" | "over"
                    | "above" | "under" | "below"
            );
            return Some((if compares && negated(v, i) { opposite(q) } else { q }, i + words.len()));
        }
    }
    None
}

/// The bound a negation turns a bound into ("not more than" is "at most"); "not about" stays.
fn opposite(q: Qualifier) -> Qualifier {
    match q {
        Qualifier::AtLeast => Qualifier::AtMost,
        Qualifier::AtMost => Qualifier::AtLeast,
        Qualifier::Approximate => Qualifier::Approximate,
    }
}

/// A negation just before the hedge at `i`, or before the verb of movement it follows: "not
/// less than 40%" is at least 40%, "did not fall below 30C" at least 30C, "never rose above
/// 5%" at most 5%. (Only a verb between: in "did not say whether more than 20 died" the
/// negation is the saying's.)
fn negated(v: &View, i: usize) -> bool {
    let neg = |w: &str| matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n\u{2019}t");
    let moved = |w: &str| {
        matches!(
            w,
            "fall" | "fallen" | "drop" | "dropped" | "dip" | "dipped" | "sink" | "sunk" | "rise" | "risen" | "climb"
                | "climbed" | "go" | "gone" | "get" | "gotten" | "be" | "been" | "reach" | "reached"
        )
    };
    // ("whether or not more than 100 attend", "if not more than 10,000": no negation.)
    let idiom = |k: usize| k > 0 && matches!(v.w(k - 1), "or" | "if");
    i > 0
        && v.near(i)
        && ((neg(v.w(i - 1)) && !idiom(i - 1))
            || (i > 1 && v.near(i - 1) && moved(v.w(i - 1)) && neg(v.w(i - 2)) && !idiom(i - 2)))
}

/// Token `k` makes the length of time in `unit` before it a point in time: "three years
/// ago", "a week earlier", "two days later"; not "10 years earlier than planned", a
/// difference, nor "six minutes later", a moment in a story more than a date.
fn before_now(v: &View, k: usize, unit: Option<&str>) -> bool {
    match v.w(k) {
        "ago" => true,
        "earlier" | "later" => {
            v.w(k + 1) != "than"
                && unit.is_some_and(|u| matches!(u, "day" | "week" | "fortnight" | "month" | "year" | "decade" | "century"))
        }
        _ => false,
    }
}

/// The articles before a unit that make a duration of one: "a decade", "an hour".
const DURATION_ARTICLES: [&str; 2] = ["a", "an"];

/// Words before "a year", "a week", ... that make it a length of time: "for a year",
/// "within a month". Without one (or a hedge, "more than a year") it is more often a rate
/// ("twice a year", "$50,000 a year") or part of a date ("a year ago").
const DURATION_LEADS: [&str; 3] = ["for", "within", "after"];

/// "a decade", "a century", "a fortnight"; "a year", "an hour" and the other common units
/// after a hedge or a [`DURATION_LEADS`] word (`bounded`), and "half an hour".
fn fixed_duration(v: &View, j: usize, hedged: bool) -> Option<Hit> {
    if !DURATION_ARTICLES.contains(&v.w(j)) || !v.near(j + 1) {
        return None;
    }
    // "a week-long strike", "a decade-long war": a duration of one unit, the compound.
    let compound = v.hyphen(j + 2) && v.w(j + 3) == "long";
    // Most articles come before no unit: the next word tells first.
    let (unit, always) = match v.w(j + 1) {
        "decade" => ("decade", true),
        "century" => ("century", true),
        "fortnight" => ("fortnight", true),
        "year" => ("year", false),
        "month" => ("month", false),
        "week" => ("week", false),
        "day" => ("day", false),
        "hour" => ("hour", false),
        "minute" => ("minute", false),
        _ => return None,
    };
    let half = j > 0 && v.w(j - 1) == "half" && v.near(j);
    let lead = if half { j.checked_sub(2) } else { j.checked_sub(1) };
    // "a year ago", "half an hour ago", "a year and a half ago", "a week earlier" are dates.
    let and_a_half = !half && v.w(j + 2) == "and" && v.w(j + 3) == "a" && v.w(j + 4) == "half";
    let ago_at = if and_a_half { j + 5 } else { j + 2 };
    let ago = before_now(v, ago_at, Some(unit)) && (j + 1..=ago_at).all(|k| v.near(k));
    let bounded = ago || hedged || half || lead.is_some_and(|k| DURATION_LEADS.contains(&v.w(k)) && v.near(k + 1));
    if compound && !half {
        let details = NumberDetails { value: Some(1.0), unit: Some(unit.to_string()), ..Default::default() };
        return Some(Hit { start: j + 1, end: j + 4, label: Label::Duration, details });
    }
    if !always && !bounded {
        return None;
    }
    let (start, mut value) = if half { (j - 1, 0.5) } else { (j, 1.0) };
    let mut end = j + 2;
    // "a year and a half".
    if and_a_half && (end..end + 3).all(|k| v.near(k)) {
        value = 1.5;
        end += 3;
    }
    let details = NumberDetails { value: Some(value), unit: Some(unit.to_string()), ..Default::default() };
    if ago && end == ago_at {
        return Some(Hit { start, end: end + 1, label: Label::Date, details });
    }
    Some(Hit { start, end, label: Label::Duration, details })
}

/// An amount at `j`, with a range, year reading, counted noun and the checks that keep
/// names and codes out.
fn amount_figure(v: &View, j: usize, hedge: Option<Qualifier>) -> Option<Hit> {
    let hedged = hedge.is_some();
    // "between 3 and 4", "from 2010 to 2015": the opener belongs to the span.
    let opener = RANGE_OPENERS.iter().find(|(w, _)| *w == v.w(j)).map(|&(_, joins)| joins);
    let (first_at, opener) = match opener {
        // "between the tenth and the fifteenth": ranks after "the".
        Some(joins) if v.near(j + 1) && v.w(j + 1) == "the" && v.near(j + 2) && is_rank(v, j + 2) => {
            (j + 2, Some(joins))
        }
        Some(joins) if v.near(j + 1) => (j + 1, Some(joins)),
        _ => (j, None),
    };
    let mut first = amount(v, first_at)?;
    // "ranked No 9 in the world", "the world No. 1", "the No 2 seed": a rank.
    if opener.is_none() && !hedged {
        if let Some(start) = ranked_no(v, &first) {
            let details = NumberDetails { value: Some(first.value), ..Default::default() };
            return Some(Hit { start, end: first.end, label: Label::Ordinal, details });
        }
    }
    let mut end_value = None;
    let mut start = first.start;
    // "rose from 14 to 31" gives two values, not a range ("grew from 2010 to 2015" is one).
    let from = if opener.is_some() { Some(j) } else { j.checked_sub(1) };
    let change = !first.year_like() && from.is_some_and(|f| v.w(f) == "from" && changed_before(v, f));
    // "cut the price of its AirPods 4 to $129": a number that is part of a name does not
    // take the currency or unit of a figure after it as a range's first end.
    let named = |second: &Amount| {
        opener.is_none()
            && (second.currency.is_some() || second.unit.is_some())
            && first.bare()
            && matches!(first.form, Form::Digits { plain: true, .. })
            && first.start > 0
            && after_name(v, first.start - 1)
    };
    let range = range_end(v, &first, opener).filter(|(second, _)| !named(second));
    if let Some((second, _)) = range.as_ref().filter(|_| change) {
        // The first value in the second's terms: "from three to five percent" is 3%.
        merge_range(&mut first, second);
    } else if let Some((second, joined)) = range {
        if joined {
            start = j;
        }
        merge_range(&mut first, &second);
        end_value = Some(second.value);
        first.end = second.end;
    }
    // "one in five adults", "3 out of 10": a proportion.
    let mut proportion = false;
    let whole = |a: &Amount| {
        a.bare()
            && matches!(a.form, Form::Digits { plain: true, .. } | Form::Words { .. })
            && a.value >= 1.0
            && a.value.fract() == 0.0
    };
    if end_value.is_none() && whole(&first) && v.near(first.end) {
        let k = first.end;
        let at = match v.w(k) {
            "in" => Some(k + 1),
            "out" if v.w(k + 1) == "of" && v.near(k + 1) => Some(k + 2),
            _ => None,
        };
        if let Some(den) = at
            .filter(|&a| v.near(a))
            .and_then(|a| amount(v, a))
            .filter(|d| whole(d) && !d.year_like() && d.value > first.value)
        {
            first.value /= den.value;
            first.end = den.end;
            first.form = Form::Fraction;
            proportion = true;
        }
    }
    // "9.8 per 1,000 people", "3.7 per 100,000": a rate, as a proportion.
    if !proportion && end_value.is_none() && first.bare() && first.form != Form::Ordinal && v.w(first.end) == "per" && v.near(first.end) {
        let k = first.end + 1;
        let round = |d: &Amount| {
            d.label == Label::Cardinal && d.unit.is_none() && d.value >= 100.0 && d.value.log10().fract() == 0.0
        };
        if let Some(den) = Some(k).filter(|&k| v.near(k)).and_then(|k| amount(v, k)).filter(round) {
            // To 12 significant digits: 9.8 / 1000 is 0.009800000000000001 in binary.
            first.value = format!("{:.11e}", first.value / den.value).parse().unwrap_or(first.value / den.value);
            first.end = den.end;
            first.form = Form::Fraction;
            proportion = true;
        }
    }
    if name_or_code(v, &first) {
        return None;
    }
    // "aged 87", "age 87", "aged between 25 and 34", "aged just 12", "a median age of 57":
    // an age in years; "aged about 40" too, the hedge leading its span.
    let whole_number = matches!(first.form, Form::Digits { plain: true, .. } | Form::Words { .. });
    let human = first.value < 130.0 && end_value.is_none_or(|e| e < 130.0);
    let only = start > 0 && matches!(v.w(start - 1), "just" | "only" | "barely");
    let lead = age_lead(v, start)
        .or_else(|| start.checked_sub(1).filter(|_| (only || hedge.is_some()) && v.near(start)).and_then(|k| age_lead(v, k)));
    if let Some(lead) = lead.filter(|_| first.bare() && whole_number && human) {
        first.label = Label::Duration;
        first.unit = Some("year");
        if hedge.is_none() {
            start = lead;
        }
    } else if first.bare()
        && whole_number
        && first.value < 110.0
        && end_value.is_none()
        && (appositive_age(v, start, first.end)
            || stated_age(v, start, first.end)
            || died_at(v, start, first.end)
            || life_event_at(v, start, first.end, first.value))
    {
        first.label = Label::Duration;
        first.unit = Some("year");
    }
    let tidy = |x: f64| if first.scale == 1.0 { x } else { tidy(x) };
    let mut details = NumberDetails { value: Some(tidy(first.value)), end_value: end_value.map(tidy), ..Default::default() };
    let mut label = first.label;
    let mut end = first.end;

    // Years: a bare four-digit number is a year unless it plainly counts something.
    if first.year_like() && end_value.is_none_or(|e| (1000.0..=2100.0).contains(&e)) {
        let temporal = start > 0
            && matches!(
                v.w(start - 1),
                "in" | "since"
                    | "by"
                    | "until"
                    | "from"
                    | "of"
                    | "during"
                    | "before"
                    | "after"
                    | "to"
                    | "and"
                    | "between"
                    | "year"
                    | "early"
                    | "late"
                    | "mid"
                    | "fiscal"
            );
        // "2,000 people" counts; "the 1973 building" is still a year.
        let attributive = start > 0 && lexicon::determiner(v.w(start - 1));
        let counts = counted(v, end, false, first.value).is_some() && !attributive;
        // "no later than 2030", "not before 2027": a bound on a date, not on a count.
        // (Only these hedges: "up to 2000 people" counts, though "to" may date.)
        let dated_bound = hedged
            && start > 1
            && matches!((v.w(start - 2), v.w(start - 1)), ("not", "before" | "after") | ("later" | "earlier", "than"));
        if (!hedged || dated_bound) && (temporal || !counts) {
            details.normalized = Some(match end_value {
                Some(e) => format!("{}/{}", first.value, e),
                None => format!("{}", first.value),
            });
            if end_value.is_none() {
                details.value = None;
            }
            return Some(Hit { start, end, label: Label::Date, details });
        }
    }

    // "six years and eight months", "2 hours 16 minutes": one duration, in its smaller unit,
    // with its ISO 8601 form.
    if label == Label::Duration && end_value.is_none() && first.scale == 1.0 {
        if let Some((value, unit, iso, after)) = compound_duration(v, &first) {
            details.value = Some(value);
            details.normalized = Some(iso);
            first.unit = Some(unit);
            end = after;
        }
    }
    match label {
        Label::Percent | Label::Quantity | Label::Duration => details.unit = first.unit.map(str::to_string),
        Label::Money => details.currency = first.currency.map(str::to_string),
        _ => {}
    }
    if label == Label::Duration && before_now(v, end, details.unit.as_deref()) && v.near(end) {
        label = Label::Date;
        details.normalized = None;
        end += 1;
    } else if label == Label::Duration && v.w(end) == "old" && v.near(end) {
        end += 1;
    } else if label == Label::Duration && v.w(end) == "of" && v.w(end + 1) == "age" && v.near(end) && v.near(end + 1) {
        end += 2;
    }
    // "20 or so".
    if !hedged && end_value.is_none() && v.w(end) == "or" && v.w(end + 1) == "so" && v.near(end) && v.near(end + 1) {
        details.qualifier = Some(Qualifier::Approximate);
        end += 2;
    }
    // "500 or more", "five hundred or less".
    if details.qualifier.is_none()
        && end_value.is_none()
        && matches!(v.w(end), "or" | "and")
        && v.near(end)
        && v.near(end + 1)
    {
        let q = match v.w(end + 1) {
            "more" | "above" | "greater" | "higher" | "over" => Some(Qualifier::AtLeast),
            "less" | "fewer" | "below" | "under" | "lower" => Some(Qualifier::AtMost),
            _ => None,
        };
        let continues = v.near(end + 2) && (v.w(end + 2) == "than" || amount(v, end + 2).is_some());
        // "about 500 or more": the bound is the claim.
        if q.is_some() && hedge.is_none_or(|h| h == Qualifier::Approximate) && !continues {
            details.qualifier = q;
            end += 2;
        }
    }
    // "week 22 of a pregnancy", "page 5": the number names a place in a sequence.
    let numbering = first.start > 0
        && lexicon::numbering_word(v.w(first.start - 1))
        && (v.w(first.start - 1) != "no" || v.raw(first.start - 1) == "No");
    if matches!(label, Label::Cardinal | Label::Percent) && !numbering {
        let of_only = label == Label::Percent || (first.form == Form::Fraction && !proportion);
        details.counted = counted(v, end, of_only, end_value.unwrap_or(first.value));
    }
    // "reaching the last eight", "into the last 16,": a round of a knockout, named by how
    // many are left in it; not a count a reader checks. ("six of the last eight games",
    // "14 of the last 16 in the Kingdome" count.)
    if details.counted.is_none()
        && !hedged
        && end_value.is_none()
        && first.bare()
        && matches!(first.value, 4.0 | 8.0 | 16.0 | 32.0)
        && start >= 2
        && v.w(start - 1) == "last"
        && v.w(start - 2) == "the"
        && (start < 3 || v.w(start - 3) != "of")
        && (v.kind(end) != Some(TokenKind::Word) || lexicon::stops_counted(v.w(end)))
    {
        return None;
    }
    if first.form == (Form::Words { lone_one: true }) && end_value.is_none() && first.bare() {
        let pronoun = first.digits_at > 0
            && matches!(
                v.w(first.digits_at - 1),
                "no" | "the" | "every" | "any" | "some" | "each" | "this" | "that" | "which" | "someone" | "anyone"
            );
        // "at one point", "at one stage", "on the one hand", "one thing is clear": idioms
        // that count nothing ("won by one point" does).
        let before = if first.digits_at > 0 { v.w(first.digits_at - 1) } else { "" };
        let idiom = match v.w(end) {
            "point" | "stage" | "time" | "moment" => before == "at",
            "hand" => matches!(before, "on" | "the"),
            "thing" => true,
            _ => false,
        };
        // "One measuring 4.9 was recorded", "one carrying the flag": one of them, doing
        // something; not "One remaining hostage", "one building".
        let doing = v.w(end).len() > 4
            && v.w(end).ends_with("ing")
            && v.near(end)
            && v.near(end + 1)
            && (v.kind(end + 1) == Some(TokenKind::Number) || lexicon::determiner(v.w(end + 1)));
        if pronoun || idiom || doing || details.counted.is_none() || v.w(end) == "of" {
            return None;
        }
    }
    // "a second" is a moment, "one third" without "of" a fraction handled in words().
    // But "a second" before a noun ranks it: "searching a second apartment block".
    if label == Label::Ordinal
        && v.w(first.digits_at) == "second"
        && first.digits_at > 0
        && matches!(v.w(first.digits_at - 1), "a" | "one" | "per" | "every" | "each" | "split")
        && !(v.w(first.digits_at - 1) == "a" && before_noun(v, end))
    {
        return None;
    }
    // "third-party", "first-hand", "second-rate": an ordinal inside a compound that ranks
    // nothing.
    if label == Label::Ordinal
        && v.hyphen(end)
        && ORDINAL_COMPOUNDS.contains(&v.w(end + 1))
    {
        return None;
    }
    // "five three-pointers", "a two-seater", "one-liners": a thing named for a number.
    if label == Label::Cardinal && v.hyphen(end) && NUMBER_COMPOUNDS.contains(&v.w(end + 1)) {
        return None;
    }
    // "The site, first spotted in 2022", "was first reported": "first" as an adverb, before
    // a past participle; not after an article or a possessive ("the first reported case",
    // "her first published novel"), which ranks the thing.
    if label == Label::Ordinal && v.w(first.digits_at) == "first" && end == first.digits_at + 1 && adverb_first(v, end) {
        return None;
    }
    Some(Hit { start, end, label, details })
}

/// Where "No" starts when the bare number `a` follows "No" or "No." and the words around
/// make it a rank: "ranked No 9", "the world No. 1", "world's No 1", "No 1 in the world",
/// "the No 2 seed", "the No 1 spot". Not "No 10 said" (Downing Street) nor "No 2 people
/// agree".
fn ranked_no(v: &View, a: &Amount) -> Option<usize> {
    let at = a.digits_at;
    if at == 0 || at != a.start || !a.bare() || !matches!(a.form, Form::Digits { plain: true, .. }) || !v.near(at) {
        return None;
    }
    let no = if v.raw(at - 1) == "." && v.glued(at - 1) { at.checked_sub(2)? } else { at - 1 };
    if !matches!(v.raw(no), "No" | "no") {
        return None;
    }
    let before = no > 0 && v.near(no) && matches!(v.w(no - 1), "ranked" | "world" | "world's");
    let e = a.end;
    let after = v.near(e)
        && (matches!(v.w(e), "seed" | "seeds" | "spot" | "position" | "ranking" | "ranked")
            || (v.w(e) == "in" && v.w(e + 1) == "the" && v.w(e + 2) == "world" && v.near(e + 1) && v.near(e + 2)));
    (before || after).then_some(no)
}

/// Whether the "first" before token `k` is an adverb: a past participle follows it
/// ("first spotted", "first elected") and no article, possessive or demonstrative is
/// before it.
fn adverb_first(v: &View, k: usize) -> bool {
    let w = v.raw(k);
    let participle = v.near(k)
        && w.len() > 4
        && w.ends_with("ed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(w, "speed" | "breed" | "creed" | "greed");
    let ranked = k >= 2 && {
        let before = v.w(k - 2);
        matches!(before, "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "this" | "that" | "whose")
            || possessor(before).is_some()
    };
    participle && !ranked
}

/// Token `k` is a lower-case word on the same line that is none of the small words that
/// may follow a moment ("a second later", "for a second he", "a second or two").
fn before_noun(v: &View, k: usize) -> bool {
    v.near(k)
        && v.kind(k) == Some(TokenKind::Word)
        && v.raw(k).starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            v.w(k),
            "or" | "and" | "but" | "later" | "ago" | "earlier" | "before" | "after" | "of" | "to" | "in" | "on" | "at"
                | "for" | "longer" | "too" | "so" | "when" | "that" | "than" | "then" | "while" | "as" | "he" | "she"
                | "it" | "they" | "i" | "we" | "you" | "there" | "the" | "a" | "an" | "is" | "was" | "since" | "until"
        )
}

/// Words after a number and a hyphen that name a thing, not a count of anything. (Not
/// "footer": a golfer's "12-footer" is a putt of 12 feet.)
const NUMBER_COMPOUNDS: [&str; 10] =
    ["pointer", "pointers", "seater", "seaters", "wheeler", "wheelers", "liner", "liners", "hander", "handers"];

/// Words after an ordinal and a hyphen that make a compound with no rank in it.
/// ("first-ever" keeps its rank: it is "first" said twice.)
const ORDINAL_COMPOUNDS: [&str; 19] = [
    "party", "hand", "class", "rate", "world", "time", "timer", "timers", "person", "degree", "aid", "born", "guess",
    "guessed", "guessing", "string", "home", "choice", "team",
];

/// Words that open a range, each with the words that may join its two ends.
const RANGE_OPENERS: [(&str, &[&str]); 2] =
    [("between", &["and"]), ("from", &["to", "until", "till", "through", "-", "\u{2013}"])];

/// Verbs of a change from one figure to another ("the toll rose from 14 to 31").
const CHANGES: &[&str] = &[
    "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases", "increasing", "fell", "fall",
    "falls", "falling", "fallen", "drop", "drops", "dropped", "dropping", "climb", "climbs", "climbed", "climbing",
    "grew", "grow", "grows", "growing", "grown", "jump", "jumped", "jumps", "soared", "plunged", "slipped", "declined",
    "decline", "declines", "raised", "raising", "lowered", "boosted", "doubled", "tripled", "revised", "changed",
    "up", "down",
];

/// A change verb in the few words before `from` (token `k`) in its sentence: "increasing
/// the confirmed death toll from fourteen to 31".
fn changed_before(v: &View, k: usize) -> bool {
    (k.saturating_sub(6)..k).rev().take_while(|&i| !v.sentence_start(i + 1)).any(|i| CHANGES.contains(&v.w(i)))
}

/// Where the words that make the figure at token `k` an age in years start: "aged 87",
/// "age 29", and "the age of 18", "a median age of 57" (an average of ages is in years
/// too). The words are in the span, as "old" is in "29 years old".
fn age_lead(v: &View, k: usize) -> Option<usize> {
    let lead = match k.checked_sub(1).map(|p| v.w(p)) {
        Some("aged" | "age") => k - 1,
        Some("of") if k >= 2 && v.w(k - 2) == "age" => k - 2,
        _ => return None,
    };
    (lead + 1..=k).all(|n| v.near(n)).then_some(lead)
}

/// The decades of a life in words, with their first year: "in her forties".
pub(super) const DECADE_WORDS: [(&str, u32); 8] = [
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// The years into a decade of life that "early", "mid" and "late" cover: the decade cut in
/// three (0-3, 4-6, 7-9), the edges loose, so the range is approximate.
const DECADE_PARTS: [(&str, u32, u32); 3] = [("early", 0, 3), ("mid", 4, 6), ("late", 7, 9)];

/// An age given as a decade of life at token `j`, after "in his", "in her", "in their" or
/// "in its": "in his 30s" (30..39 years), "in their twenties", "in her late 20s" (27..29,
/// approximate: see [`DECADE_PARTS`]), "in her mid-forties". Only after the possessive: "the
/// 20s" and "in the late 1990s" are decades of the calendar ([`dates::date`]).
fn life_decade(v: &View, j: usize) -> Option<Hit> {
    let part = DECADE_PARTS.iter().find(|(w, ..)| *w == v.w(j));
    let k = match part {
        Some(_) if v.raw(j + 1) == "-" && v.glued(j + 1) && v.glued(j + 2) => j + 2,
        Some(_) => j + 1,
        None => j,
    };
    let owner = j >= 2 && v.w(j - 2) == "in" && matches!(v.w(j - 1), "his" | "her" | "their" | "its");
    if !owner || !(j - 1..=k).all(|n| v.near(n)) {
        return None;
    }
    let (first, end) = match DECADE_WORDS.iter().find(|(w, _)| *w == v.w(k)) {
        Some(&(_, first)) => (first, k + 1),
        None => {
            let first = dates::small(v, k, 2).filter(|n| n % 10 == 0 && (20..=90).contains(n))?;
            let s = if matches!(v.raw(k + 1), "'" | "\u{2019}") && v.glued(k + 1) { k + 2 } else { k + 1 };
            if v.raw(s) != "s" || !v.glued(s) || v.raw(k).len() != 2 {
                return None;
            }
            (first, s + 1)
        }
    };
    let (low, high, qualifier) = match part {
        Some(&(_, from, to)) => (first + from, first + to, Some(Qualifier::Approximate)),
        None => (first, first + 9, None),
    };
    let details = NumberDetails {
        value: Some(f64::from(low)),
        end_value: Some(f64::from(high)),
        unit: Some("year".to_string()),
        qualifier,
        ..Default::default()
    };
    Some(Hit { start: j, end, label: Label::Duration, details })
}

/// People news gives an age after ("his brother, 22, said"), besides the roles of
/// [`role_word`] ("The midfielder, 22, joined").
const KIN: [&str; 30] = [
    "man", "woman", "boy", "girl", "brother", "sister", "son", "daughter", "mother", "father", "husband", "wife",
    "friend", "child", "driver", "victim", "grandmother", "grandfather", "mum", "dad", "partner", "teenager",
    "pensioner", "student", "neighbour", "neighbor", "nurse", "teacher", "officer", "player",
];

/// A number set off by commas after a name or a person, as news gives ages: "Emily
/// Spanton, 39, said", "Another brother, 22, wrote", or closing a sentence after a full
/// name ("said Christine Lagarde, 68."). Not after a month or weekday ("March 3, 12 days
/// later").
fn appositive_age(v: &View, start: usize, end: usize) -> bool {
    // "Smith, now 36, said": the comma before "now".
    let comma = if start > 0 && v.w(start - 1) == "now" && v.near(start) { start - 1 } else { start };
    // "said Christine Lagarde, 68.": closing the sentence, after a name of two words.
    let full_stop = v.raw(end) == "." && (!v.near(end + 1) || v.sentence_start(end + 1));
    if comma < 2 || v.raw(comma - 1) != "," || !(v.raw(end) == "," || full_stop) || !v.near(comma) || !v.near(end) || !v.near(start) {
        return false;
    }
    let capital = |k: usize| {
        let w = v.raw(k);
        v.kind(k) == Some(TokenKind::Word) && w.starts_with(|c: char| c.is_uppercase()) && lexicon::month(w).is_none() && !lexicon::weekday(w)
    };
    if v.raw(end) == "." {
        return comma >= 3 && capital(comma - 2) && capital(comma - 3) && v.near(comma - 2);
    }
    v.kind(comma - 2) == Some(TokenKind::Word)
        && (capital(comma - 2) || KIN.contains(&v.w(comma - 2)) || role_word(v.w(comma - 2)))
}

/// A number that a person "was" or "is" and nothing more, as news gives an age: "She was
/// 97.", "he is 45, and", "who was 19 when". Not "he was 3 under par" or "she was 10th".
fn stated_age(v: &View, start: usize, end: usize) -> bool {
    start >= 2
        && matches!(v.w(start - 1), "was" | "is")
        && matches!(v.w(start - 2), "he" | "she" | "who")
        && v.near(start - 1)
        && v.near(start)
        && (matches!(v.raw(end), "." | "," | ";" | ")" | "") || v.w(end) == "when")
}

/// "died at 97", "dies at 89 after": the age at death, with only punctuation or "after",
/// "on", "in", "of" or "from" after it; not a clock time ("died at 5 p.m.") or a place
/// ("died at 97 Main Street", "found dead at 12 sites").
fn died_at(v: &View, start: usize, end: usize) -> bool {
    start >= 2
        && v.w(start - 1) == "at"
        && matches!(v.w(start - 2), "died" | "dies" | "dead")
        && v.near(start)
        && (matches!(v.raw(end), "." | "," | ";" | "") || matches!(v.w(end), "after" | "on" | "in" | "of" | "from"))
}

/// Verbs of a life's events after which "at 17" is an age ("joined the club at 17").
const LIFE_EVENTS: [&str; 25] = [
    "joined", "joins", "left", "leaves", "married", "marries", "became", "becomes", "started", "starts", "began",
    "begins", "retired", "retires", "debuted", "debuts", "won", "wins", "signed", "signs", "emigrated", "graduated",
    "enlisted", "quit", "learned",
];

/// Of [`LIFE_EVENTS`], those that give an age with no object ("retired at 65"); the others
/// want one, for "Prices started at 20", "He left at 15" may be a level or a time.
const LIFE_EVENTS_ALONE: [&str; 11] =
    ["joined", "joins", "married", "marries", "retired", "retires", "debuted", "debuts", "emigrated", "graduated", "enlisted"];

/// Words between such a verb and "at" that make the number a level or a time, not an age:
/// "began trading at 17", "left rates unchanged at 15", "started the day at 14".
const NOT_LIFE: [&str; 16] = [
    "trading", "rate", "rates", "unchanged", "higher", "lower", "day", "session", "week", "year", "price", "prices",
    "level", "mark", "points", "deal",
];

/// "joined the club at 17", "she left school at 16 to work", "became champion at 19": an
/// age after a verb of [`LIFE_EVENTS`] and at most four words (its object, which
/// [`LIFE_EVENTS_ALONE`] may go without) in the sentence, with only punctuation or a joining word after it. From 13 up: "left the
/// office at 11" is a clock's time. Not after "the" ("The won ended at 83", a currency),
/// nor past [`NOT_LIFE`] words ("began trading at 17"); "closed at 17", "rates at 5", "at
/// 17 Downing Street", "at 17 o'clock" have no such verb or end.
fn life_event_at(v: &View, start: usize, end: usize, value: f64) -> bool {
    let closed = matches!(v.raw(end), "." | "," | ";" | "")
        || matches!(v.w(end), "after" | "when" | "and" | "but" | "to" | "for" | "in" | "before" | "with" | "from");
    if start < 2 || v.w(start - 1) != "at" || !v.near(start) || !v.near(start - 1) || !(13.0..110.0).contains(&value) || !closed {
        return false;
    }
    let at = start - 1;
    for k in (at.saturating_sub(5)..at).rev() {
        if v.kind(k) != Some(TokenKind::Word) || NOT_LIFE.contains(&v.w(k)) {
            return false;
        }
        if LIFE_EVENTS.contains(&v.w(k)) {
            let object = k + 1 < at || LIFE_EVENTS_ALONE.contains(&v.w(k));
            return object && (k == 0 || v.sentence_start(k) || (v.near(k) && !lexicon::determiner(v.w(k - 1))));
        }
        if v.sentence_start(k) || !v.near(k) {
            return false;
        }
    }
    false
}

/// Verbs before a telephone number ("phoned 911").
const CALLS: [&str; 14] = [
    "call", "calls", "called", "calling", "phone", "phoned", "phoning", "dial", "dials", "dialed", "dialled",
    "dialing", "dialling", "rang",
];

/// Words other than [`CALLS`] that a telephone number follows ("ring Lifeline on").
const PHONED: [&str; 8] = ["ring", "ringing", "text", "texting", "contact", "helpline", "hotline", "freephone"];

/// A telephone number written as groups of digits with one space between them, from token
/// `j`: "13 11 14", "116 123", "0800 1111", opening with a dialling code or after a word
/// for calling a few words before ("call Lifeline: 13 11 14", "ring Samaritans on 116 123"). Not a row
/// of figures ("15 10 3 2 30") nor a range's ends. The token after it.
fn phone_number(v: &View, j: usize) -> Option<usize> {
    let group = |k: usize| {
        let w = v.raw(k);
        v.kind(k) == Some(TokenKind::Number) && (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let spaced = |k: usize| v.near(k) && v.span(k).start == v.span(k - 1).end + 1 && group(k);
    if !group(j) || !spaced(j + 1) || (j > 0 && spaced(j) && group(j - 1)) {
        return None;
    }
    let mut e = j + 2;
    while spaced(e) {
        e += 1;
    }
    // Nothing glued on after it ("0800 1960s") but punctuation.
    if v.glued(e) && !matches!(v.raw(e), "," | "." | ")" | ";" | ":") {
        return None;
    }
    let called = |k: usize| CALLS.contains(&v.w(k)) || PHONED.contains(&v.w(k));
    // (A 0 opens a dialling code of three digits or more: "Schalke 04" is a name.)
    let code = v.raw(j).len() >= 3 && v.raw(j).starts_with('0');
    (code || v.sentence_before(j).take(4).any(called)).then_some(e)
}

/// Time units from the longest, with their ISO 8601 letters and how many of the next
/// one each holds (0: no smaller part is joined on, as in "three months and two days").
const TIME_STEPS: [(&str, char, f64); 7] =
    [("year", 'Y', 12.0), ("month", 'M', 0.0), ("week", 'W', 7.0), ("day", 'D', 24.0), ("hour", 'H', 60.0), ("minute", 'M', 60.0), ("second", 'S', 0.0)];

/// A duration of several parts that starts with `first`: "six years and eight months",
/// "2 hours, 16 minutes and 5 seconds", each part in the unit after the one before. Its
/// value in the last part's unit, that unit, its ISO 8601 form ("P6Y8M") and the token
/// after it.
fn compound_duration(v: &View, first: &Amount) -> Option<(f64, &'static str, String, usize)> {
    let step = |unit: Option<&str>| TIME_STEPS.iter().position(|s| Some(s.0) == unit);
    let mut at = step(first.unit)?;
    let mut parts = vec![(at, first.value)];
    let (mut value, mut end) = (first.value, first.end);
    // Where a part joined by a comma ends, and the value and unit up to before it: a comma
    // joins parts only in a list that ends with "and" ("3 hours, 5 minutes and 10 seconds")
    // or with punctuation ("in four minutes, 12.56 seconds."; not "Over three days, 20
    // hours of talks").
    let mut comma: Option<(usize, f64, usize)> = None;
    while TIME_STEPS[at].2 > 0.0 {
        let joint = v.w(end);
        let k = if matches!(joint, "and" | ",") && v.near(end) { end + 1 } else { end };
        let Some(next) = Some(k).filter(|&k| v.near(k)).and_then(|k| amount(v, k)) else { break };
        if step(next.unit) != Some(at + 1) || next.label != Label::Duration || next.scale != 1.0 || next.value >= TIME_STEPS[at].2 {
            break;
        }
        if joint == "," && comma.is_none() {
            comma = Some((parts.len(), value, end));
        }
        value = value * TIME_STEPS[at].2 + next.value;
        at += 1;
        parts.push((at, next.value));
        if joint == "and" {
            comma = None;
        }
        end = next.end;
    }
    let closed = v.kind(end).is_none_or(|k| k == TokenKind::Punct) && !matches!(v.raw(end), "-" | "/");
    if let Some((n, before, e)) = comma.filter(|_| !closed) {
        parts.truncate(n);
        (value, end, at) = (before, e, parts[n - 1].0);
    }
    if parts.len() < 2 {
        return None;
    }
    let mut iso = String::from("P");
    for (k, n) in parts {
        if k >= 4 && !iso.contains('T') {
            iso.push('T');
        }
        iso.push_str(&format!("{n}{}", TIME_STEPS[k].1));
    }
    Some((value, TIME_STEPS[at].0, iso, end))
}

/// A time on a clock that measures, not one of day: "2:02:54" (hours, minutes, seconds) or
/// "26:43.14", "3:29.5" (minutes and seconds with a fraction), as races are timed; a
/// duration in seconds with its ISO 8601 form ("PT2H2M54S"). Not after "at" ("at
/// 10:45:30" is a time of day); "1:45" alone stays a time of day (`dates::time`).
fn clocked(v: &View, j: usize) -> Option<Hit> {
    // Most tokens are not digits glued to a colon.
    if v.raw(j + 1) != ":" || v.kind(j) != Some(TokenKind::Number) || !v.glued(j + 1) || !v.glued(j + 2) {
        return None;
    }
    // Inside a longer run ("1:02:03:04", "Psalm 23:4:1").
    if j > 0 && v.glued(j) && matches!(v.raw(j - 1), ":" | ".") {
        return None;
    }
    let first = dates::small(v, j, 2)?;
    // "02" or "43.14": two digits, perhaps a fraction.
    let sixty = |k: usize| -> Option<(f64, bool)> {
        let s = v.raw(k);
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let ok = v.kind(k) == Some(TokenKind::Number)
            && int.len() == 2
            && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
            && (frac.is_empty() || frac.len() <= 3);
        let n: f64 = s.parse().ok().filter(|_| ok)?;
        (n < 60.0).then_some((n, !frac.is_empty()))
    };
    let (second_part, fraction) = sixty(j + 2)?;
    let third = (v.raw(j + 3) == ":" && v.glued(j + 3) && v.glued(j + 4) && !fraction).then(|| sixty(j + 4)).flatten();
    // A time of day: after "at", "after", "since", ... (perhaps with a hedge between, "at
    // about"), or with am/pm after it.
    let before = |n: usize| j.checked_sub(n).map_or("", |p| v.w(p));
    let of_day = |w: &str| matches!(w, "at" | "after" | "before" | "until" | "till" | "since" | "from" | "by" | "timestamped");
    let half_day = matches!(v.w(j + 5), "am" | "pm" | "a" | "p") && v.near(j + 5);
    let at_time = of_day(before(1)) || (of_day(before(2)) && hedge(v, j - 1).is_some()) || half_day;
    let (seconds, iso, end) = match third {
        // "at 10:45:30": a time of day to the second.
        Some((s, false)) if at_time && first < 24 => {
            // "10:45:30 pm", "10:45:30 a.m.".
            let (hour, end) = match dates::half_day(v, j + 5) {
                Some((pm, after)) if (1..=12).contains(&first) => (dates::clock_hour(first, pm), after),
                _ if half_day => return None,
                _ => (first, j + 5),
            };
            let details = NumberDetails { normalized: Some(format!("{hour:02}:{:02}:{:02}", second_part as u32, s as u32)), ..Default::default() };
            return Some(Hit { start: j, end, label: Label::Time, details });
        }
        Some((s, _)) if !at_time => {
            let m = second_part as u32;
            (f64::from(first) * 3600.0 + f64::from(m) * 60.0 + s, format!("PT{first}H{m}M{s}S"), j + 5)
        }
        None if fraction && v.raw(j + 3) != ":" => (f64::from(first) * 60.0 + second_part, format!("PT{first}M{second_part}S"), j + 3),
        _ => return None,
    };
    // "1:02:03:04" or "2:02:54.3.1" goes on: a code, not a time.
    if v.glued(end) && matches!(v.raw(end), ":" | "." | "-") && v.kind(end + 1) == Some(TokenKind::Number) {
        return None;
    }
    let details = NumberDetails {
        value: Some((seconds * 1000.0).round() / 1000.0),
        unit: Some("second".to_string()),
        normalized: Some(iso),
        ..Default::default()
    };
    Some(Hit { start: j, end, label: Label::Duration, details })
}

/// Nouns a bare number after them names rather than counts: "flight 370", "junction 10",
/// "platform 4", "bus 73", "gate 23", "room 101", "page 4".
const IDENTIFIED: [&str; 28] = [
    "flight", "junction", "platform", "gate", "bus", "route", "terminal", "room", "exit", "page", "chapter",
    "pier", "channel", "lane", "ward", "bay", "carriage", "seat", "row", "category", "tier", "reference",
    "ref", "type", "stage", "phase", "level", "grade",
];

/// Nouns after an emergency number ("a 911 call", "the 999 operator").
const CALLED: [&str; 8] = ["call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers"];

/// Whether the amount is part of a name or a code rather than a figure.
fn name_or_code(v: &View, a: &Amount) -> bool {
    let at = a.digits_at;
    let prev = at.checked_sub(1);
    // "[3]" footnote markers.
    if prev.is_some_and(|p| v.raw(p) == "[" && v.glued(at)) && v.raw(a.end) == "]" {
        return true;
    }
    // "COVID-19", "F-16": digits hyphenated onto a word. A sign has space before it, and
    // the second number of a score ("won 3-1") a number.
    // "200C/180C fan": an oven's two settings.
    let scale = |k: usize| matches!(v.raw(k), "C" | "F") && v.glued(k) && v.kind(k.wrapping_sub(1)) == Some(TokenKind::Number);
    let oven = |slash: usize| v.raw(slash) == "/" && matches!(a.unit, Some("°C" | "°F")) && v.glued(slash) && v.glued(slash + 1);
    if let Some(p) = prev.filter(|_| a.start == at) {
        if matches!(v.raw(p), "-" | "#" | "/" | "\\" | "_" | "@")
            && v.glued(at)
            && !(oven(p) && p > 0 && scale(p - 1))
            && (v.raw(p) != "-" || (p > 0 && v.glued(p) && v.kind(p - 1) == Some(TokenKind::Word)))
        {
            return true;
        }
    }
    // Something glued after that we did not read ("5G", "24/7", "1.2.3").
    if v.glued(a.end) {
        let next = v.raw(a.end);
        let glued_word = matches!(v.kind(a.end), Some(TokenKind::Word | TokenKind::Number));
        // "1.2.3", "22,24": more digits glued on; "500 USD,100 times" is a comma after a word.
        let more_digits = (next == "." || next == ",")
            && v.kind(a.end + 1) == Some(TokenKind::Number)
            && v.glued(a.end + 1)
            && v.kind(a.end - 1) == Some(TokenKind::Number);
        // "£73.50/MWh", "$3/gallon": a price per unit (the unit is left out).
        let per_unit = next == "/" && a.currency.is_some() && v.glued(a.end + 1) && v.kind(a.end + 1) == Some(TokenKind::Word);
        let oven_pair = oven(a.end) && v.kind(a.end + 1) == Some(TokenKind::Number) && scale(a.end + 2);
        let code = (matches!(next, "/" | "_" | "@" | "\\") && !per_unit && !oven_pair) || more_digits;
        if glued_word || code {
            return true;
        }
    }
    // "Goody Two-Shoes": hyphenated onto a capitalised word.
    if v.hyphen(a.end)
        && v.raw(a.end + 1).starts_with(|c: char| c.is_uppercase())
    {
        return true;
    }
    // "the Group of Seven", "Ocean's Eleven": a capitalised number word inside a sentence.
    if matches!(a.form, Form::Words { .. } | Form::Ordinal)
        && v.kind(at) == Some(TokenKind::Word)
        && !v.sentence_start(at)
        && v.raw(at).starts_with(|c: char| c.is_uppercase())
    {
        let all_caps = v.raw(at).chars().all(|c| !c.is_lowercase());
        if !all_caps && at > 0 && !matches!(v.raw(at - 1), "\"" | "\u{201C}" | "(" | "-" | "\u{2014}" | ":") {
            return true;
        }
    }
    // "Boeing 737", "France 24", "World War 2": a bare number after a capitalised word
    // inside a sentence.
    // "Boeing 777F": a glued C or F read as a temperature is a name here too.
    let letter_unit = matches!(a.unit, Some("°C" | "°F")) && v.glued(a.end - 1) && v.raw(a.end - 1).len() == 1;
    if let Form::Digits { plain: true, len } = a.form {
        if (a.bare() || letter_unit) && a.start == at {
            if prev.is_some_and(|p| after_name(v, p)) && (!score(v, a.end) || MAKERS.contains(&v.raw(at - 1))) {
                return true;
            }
            // "Boeing 737-800", "Boeing 787-9": the variant of a model named so.
            let variant = at >= 3
                && v.hyphen(at - 1)
                && v.kind(at - 2) == Some(TokenKind::Number)
                && after_name(v, at - 3)
                && (!score(v, at - 1) || MAKERS.contains(&v.raw(at - 3)));
            if variant {
                return true;
            }
            // "flight 370", "junction 10", "platform 4": a number that names one of its kind.
            if prev.is_some_and(|p| IDENTIFIED.contains(&v.w(p)) && v.near(at)) && v.w(a.end) != "times" {
                return true;
            }
            if !a.year_like() && house_number(v, a.end) {
                return true;
            }
            if prev.is_some_and(|p| minor_planet(v, p, a.end)) {
                return true;
            }
            // Long digit strings and digits with a leading zero ("0800") are codes, not counts.
            if len >= 7 || (len >= 2 && v.raw(at).starts_with('0')) {
                return true;
            }
            // Emergency numbers: "phoned 911", "dialled 999", "a 911 call" (not "called 100
            // people"); the police's 101 only where no word follows ("call 101, quoting",
            // not "called 101 residents").
            let emergency = matches!(v.raw(at), "911" | "999" | "112" | "111")
                || v.raw(at) == "101" && (v.kind(a.end) != Some(TokenKind::Word) || matches!(v.w(a.end), "quoting" | "or" | "and"));
            if emergency && (prev.is_some_and(|p| CALLS.contains(&v.w(p))) || CALLED.contains(&v.w(a.end))) {
                return true;
            }
        }
    }
    false
}

/// The last words of street names: "14 Castle Street", "10 Downing Street".
const STREET_WORDS: [&str; 18] = [
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Close", "Crescent", "Terrace", "Gardens",
    "Boulevard", "Grove", "Place", "Row", "Square", "Way",
];

/// A minor planet's or a comet's number, which is part of its name, between token `p` and
/// a capitalised word at `k`: "the asteroid 16 Psyche", "minor planet 433 Eros", "the
/// asteroid 2024 YR4". Not "asteroid 16 kilometres wide".
fn minor_planet(v: &View, p: usize, k: usize) -> bool {
    let kind = match v.w(p) {
        "asteroid" | "comet" => true,
        "planet" => p > 0 && matches!(v.w(p - 1), "minor" | "dwarf"),
        _ => false,
    };
    kind && v.near(p + 1) && v.near(k) && v.kind(k) == Some(TokenKind::Word) && v.raw(k).starts_with(char::is_uppercase)
}

/// The capitalised words from `k` are a street's name, which ends its phrase: the number
/// before them is a house's ("lives at 14 Castle Street.", "10 Downing Street said"), not
/// a count ("5 Oxford Street stores"). A year before a street is not asked ("In 2019 Abbey
/// Road was").
fn house_number(v: &View, k: usize) -> bool {
    let capital = |j: usize| v.near(j) && v.kind(j) == Some(TokenKind::Word) && v.raw(j).starts_with(char::is_uppercase);
    let Some(last) = (k..k + 3).take_while(|&j| capital(j)).find(|&j| STREET_WORDS.contains(&v.raw(j))) else {
        return false;
    };
    // "St." and "Rd." end with their full stop.
    let short = matches!(v.raw(last), "St" | "Rd" | "Ave");
    let after = if short && v.raw(last + 1) == "." && v.glued(last + 1) { last + 2 } else { last + 1 };
    let verb = |w: &str| !w.ends_with('s') || matches!(w, "is" | "was" | "has" | "says");
    last > k && (v.kind(after).is_none_or(|t| t == TokenKind::Punct) || v.raw(after).starts_with(char::is_lowercase) && verb(v.raw(after)))
}

/// Words after a bare "30m" that make it metres rather than millions: sizes ("30m high"),
/// distances ("500m away") and races ("the 400m hurdles", "a 50m pool").
const METRES_AFTER: [&str; 21] = [
    "high", "tall", "long", "wide", "deep", "away", "underground", "beneath", "hurdles", "freestyle", "backstroke", "sprinter", "swimmer",
    "breaststroke", "butterfly", "medley", "relay", "sprint", "pool", "dash", "waves",
];

/// Verbs before "2m" that give a level ("The river peaked 1.4m", "rose by 2m").
const LEVEL_VERBS: [&str; 11] =
    ["rose", "risen", "rising", "rises", "peaked", "peaking", "fell", "fallen", "falling", "dropped", "reached"];

/// Words earlier in the sentence that make such a level water or snow, in metres.
const WATER: [&str; 14] = [
    "water", "waters", "floodwater", "floodwaters", "river", "rivers", "flood", "floods", "tide", "snow", "wave", "waves", "lake",
    "reservoir",
];

/// Whether water or snow is named in the sentence within 12 words before token `p`.
fn watery(v: &View, p: usize) -> bool {
    (p.saturating_sub(12)..p).rev().take_while(|&i| !v.sentence_start(i + 1)).any(|i| WATER.contains(&v.w(i)))
}

/// Whether "2m" at `j..=k` is a water or snow level: a level verb before it ("rose",
/// "peaked at"), water or snow earlier in the sentence, and no noun after it ("The water
/// rose 2m in an hour"; not "The flood rose to 2m homes" nor "Water bills rose 2m").
fn water_level(v: &View, j: usize, k: usize) -> bool {
    let p = if j > 1 && matches!(v.w(j - 1), "by" | "to" | "at") { j - 2 } else { j.wrapping_sub(1) };
    let bare = v.kind(k + 1).is_none_or(|t| t == TokenKind::Punct)
        || matches!(v.w(k + 1), "in" | "on" | "at" | "above" | "below" | "over" | "overnight" | "by" | "and" | "within" | "during");
    j > 0
        && bare
        && LEVEL_VERBS.contains(&v.w(p))
        && watery(v, p)
        && !matches!(v.w(p.wrapping_sub(1)), "bills" | "prices" | "company" | "companies" | "firms" | "customers")
}

/// Words after "30m in" that make it metres: "12m in diameter".
const METRES_IN: [&str; 6] = ["diameter", "length", "height", "width", "depth", "circumference"];

/// Race distances in metres: "the 10,000m", "the 400m".
const RACES: [f64; 9] = [100.0, 200.0, 400.0, 800.0, 1000.0, 1500.0, 3000.0, 5000.0, 10000.0];

/// Whether a bare "m" at `k`, after the number `value` starting at `j` with no currency, is
/// metres rather than millions: a size, distance or race word after it ("30m high",
/// "780m-long", "12m in diameter", "300m above sea level", the 400m hurdles), or a race
/// distance after "the" or "men's"/"women's" and before punctuation or a preposition ("won
/// the 10,000m on Friday"; not "sell the 1,500m shares"). Verbs of the field events
/// ("cleared 6.25m") are no sign: "cleared 1.5m applications", "thrown 2m people".
fn metres_not_millions(v: &View, j: usize, k: usize, value: f64) -> bool {
    let after = if v.hyphen(k + 1) { k + 2 } else { k + 1 };
    let (next, then) = (v.w(k + 1), v.w(k + 2));
    let spaced = v.near(k + 1) && v.near(k + 2);
    let race = RACES.contains(&value)
        && j > 0
        && matches!(v.w(j - 1), "the" | "men's" | "women's")
        && v.raw(k) == "m"
        && (v.kind(k + 1).is_none_or(|t| t == TokenKind::Punct)
            || matches!(next, "on" | "in" | "at" | "and" | "final" | "title" | "race" | "gold" | "silver" | "bronze" | "heats" | "world"));
    ((v.near(k + 1) || v.hyphen(k + 1)) && METRES_AFTER.contains(&v.w(after)))
        || (spaced && next == "in" && METRES_IN.contains(&then))
        // "300m above sea level", "50m below ground" (not "50m below the estimate").
        || (spaced && matches!(next, "above" | "below") && matches!(then, "sea" | "ground" | "street" | "surface"))
        // "The river was 3m above normal", "1.4m above its normal level".
        || (spaced
            && matches!(next, "above" | "below")
            && (then == "normal" || matches!(then, "its" | "the" | "their") && matches!(v.w(k + 3), "normal" | "usual"))
            && watery(v, j))
        // "2m of snow", "1.5m of water".
        || (spaced && next == "of" && matches!(then, "water" | "floodwater" | "snow" | "mud"))
        || water_level(v, j, k)
        || race
}

/// Makers whose models are numbers: "Boeing 787-9" is no score as "Villa 3-1" is.
const MAKERS: [&str; 9] = ["Boeing", "Airbus", "Embraer", "Bombardier", "Tupolev", "Ilyushin", "Antonov", "Sukhoi", "Cessna"];

/// Whether token `p`, before a number, is a capitalised word inside a sentence that the
/// number may be part of the name of ("Boeing 737", "France 24"); not a month or weekday.
/// A brand written with a capital inside ("iPhone 17", "iPad 11") is a name anywhere, the
/// start of a sentence too.
fn after_name(v: &View, p: usize) -> bool {
    let w = v.raw(p);
    let capital = w.starts_with(|c: char| c.is_uppercase()) && !v.sentence_start(p);
    v.kind(p) == Some(TokenKind::Word)
        && v.near(p + 1)
        && (capital || camel_case(w))
        && lexicon::month(w).is_none()
        && !lexicon::weekday(w)
}

/// A word in lower case with a capital after its first letter: "iPhone", "eBay".
fn camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_lowercase) && b[1..].iter().any(u8::is_ascii_uppercase)
}

/// A score's second half glued on at `k` ("Villa 3-1", "the Celtics 112-104"): a hyphen and
/// a number, not a model's variant ("Boeing 737-800", a round hundred).
fn score(v: &View, k: usize) -> bool {
    let second = v.raw(k + 1);
    v.hyphen(k)
        && v.kind(k + 1) == Some(TokenKind::Number)
        && second.bytes().all(|b| b.is_ascii_digit())
        && (second.len() < 3 || !second.ends_with("00"))
}

/// A set's score in tennis at `j` ("6-7" in "won 6-7 (4) 6-3 6-2"), not a range: a small
/// number, a glued hyphen and a small number, with a tie-break in brackets or another set
/// right after, or a set right before (perhaps after a comma).
fn tennis_set(v: &View, j: usize) -> bool {
    let games = |k: usize| v.kind(k) == Some(TokenKind::Number) && matches!(v.raw(k), "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7");
    let set = |k: usize| games(k) && v.hyphen(k + 1) && games(k + 2);
    if !set(j) {
        return false;
    }
    let tie_break = v.raw(j + 3) == "(" && v.near(j + 3) && v.kind(j + 4) == Some(TokenKind::Number) && v.raw(j + 5) == ")";
    // The sets may be set apart by commas: "won 6-4, 6-3".
    let comma_after = usize::from(v.raw(j + 3) == "," && v.glued(j + 3));
    let comma_before = usize::from(j >= 4 && v.raw(j - 1) == "," && v.glued(j - 1));
    let next = j + 3 + comma_after;
    tie_break
        || (v.near(next) && !v.glued(next) && set(next))
        || (j >= 3 + comma_before && v.near(j) && !v.glued(j) && set(j - 3 - comma_before))
}

/// Words that make two small numbers joined by a hyphen a score ("beat Zverev 6-4", "a
/// 2-2 draw", "at 4-3 down") or a bowler's figures, wickets and runs ("took 3-61",
/// "finished with 3-84"), in the sentence before it or right after it.
const SCORE_WORDS: [&str; 35] = [
    "beat", "beats", "beating", "won", "win", "wins", "lost", "lose", "loses", "losing", "drew", "draw", "draws",
    "drawn", "defeat", "defeated", "defeats", "victory", "led", "lead", "leads", "leading", "trailed", "trailing",
    "score", "scored", "scores", "set", "down", "up", "took", "figures", "finished", "wicket", "wickets",
];

/// A score at `j` ("6-4", "7-6 (7-3)", "3-1"): two whole numbers under 200 joined by a
/// glued hyphen or dash, in a sentence of [`SCORE_WORDS`] or next to another score
/// ("6-4, 6-2"), with no noun after it but a score's ("a 2-2 draw"). Not a range: "ages
/// 6-10", "5-10%", "$5-6bn", "6-10 years", "2019-2021", "1-2 January". The token after it,
/// its tie-break included.
fn match_score(v: &View, j: usize) -> Option<usize> {
    let small = |k: usize| {
        let w = v.raw(k);
        v.kind(k) == Some(TokenKind::Number)
            && w.len() <= 3
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w == "0" || !w.starts_with('0'))
            && w.parse::<u32>().is_ok_and(|n| n < 200)
    };
    let pair = |k: usize| small(k) && matches!(v.raw(k + 1), "-" | "\u{2013}") && v.glued(k + 1) && v.glued(k + 2) && small(k + 2);
    // Not glued onto a word or another hyphen ("COVID-19", "1-2-3"), nor after words that
    // open a range or an age.
    let free = j == 0
        || !v.glued(j)
        || matches!(v.raw(j - 1), "(" | "\"" | "\u{201C}");
    if !pair(j) || !free || (j > 0 && matches!(v.w(j - 1), "aged" | "ages" | "age" | "between" | "from" | "to")) {
        return None;
    }
    let mut e = j + 3;
    // A tie-break: "7-6 (4)", "7-6 (7-3)".
    if v.raw(e) == "(" && v.near(e) {
        if small(e + 1) && v.raw(e + 2) == ")" {
            e += 3;
        } else if pair(e + 1) && v.raw(e + 4) == ")" {
            e += 5;
        }
    }
    // Nothing glued on ("5-10%", "5-6bn", "6-4pm") but punctuation.
    if v.glued(e) && !matches!(v.raw(e), "," | "." | ")" | ";" | ":") {
        return None;
    }
    let next = v.raw(e);
    let word_after = v.kind(e) == Some(TokenKind::Word) && v.near(e);
    if word_after
        && lexicon::month(next).is_some()
    {
        return None;
    }
    let told_after = word_after && SCORE_WORDS.contains(&v.w(e));
    // A results line: "Brentford 2-3 Aston Villa", "Arsenal 1-0 Chelsea".
    let teams = between_names(v, j, e);
    // A noun after it is what it counts ("6-10 years", "5-10 people"), a capitalised word a
    // name or a day ("3-1 on Sunday", "6-4 Tuesday").
    if word_after && !told_after && !lexicon::stops_counted(v.w(e)) && !next.starts_with(char::is_uppercase) {
        return None;
    }
    // A unit or percent read with either number: "47-38 percent", "6-10 km".
    if [j, j + 2].iter().any(|&k| amount(v, k).is_none_or(|a| !a.bare())) {
        return None;
    }
    // Another score after a comma: "6-4, 6-2" (not "50-75 75-100", a table's ranges).
    let comma = |k: usize| v.raw(k) == "," && v.glued(k);
    let beside = (comma(e) && v.near(e + 1) && pair(e + 1)) || (j >= 4 && comma(j - 1) && pair(j - 4));
    let mut told_before = false;
    for k in v.sentence_before(j) {
        // "voted 21-18 in favour", "the poll's 48-43 lead": a tally of votes.
        if matches!(v.w(k), "vote" | "votes" | "voted" | "poll" | "poll's") {
            return None;
        }
        told_before |= SCORE_WORDS.contains(&v.w(k));
    }
    (told_after || beside || told_before || teams).then_some(e)
}

/// A results line's score at `j`, ending before `e`: two numbers up to 20 between two
/// names on one line ("Brentford 2-3 Aston Villa", "Leeds United 2-2 Burnley: match
/// report"). Not a range after a word that numbers its kind ("Pages 10-12 Of", "Ages 6-10
/// Only", "Chapters 3-4 Cover"), a month or a day, nor a house's numbers ("Nos 10-12 High
/// Street").
fn between_names(v: &View, j: usize, e: usize) -> bool {
    let few = |k: usize| v.raw(k).parse::<u32>().is_ok_and(|n| n <= 20);
    let name = |k: usize| {
        let w = v.raw(k);
        v.kind(k) == Some(TokenKind::Word) && w.starts_with(char::is_uppercase) && lexicon::month(w).is_none() && !lexicon::weekday(w)
    };
    if j == 0 || !few(j) || !few(j + 2) || !v.near(j) || !v.near(e) || !name(j - 1) || !name(e) {
        return false;
    }
    let before = v.w(j - 1);
    // The word in the singular, roughly ("Ages" "age", "Series" "serie").
    let one = before.strip_suffix('s').unwrap_or(before);
    let numbers_its_kind = [before, one].iter().any(|w| lexicon::numbering_word(w) || IDENTIFIED.contains(w))
        || matches!(
            one,
            "age" | "figure" | "fig" | "table" | "item" | "volume" | "vol" | "part" | "episode" | "season" | "issue" | "unit"
                | "floor" | "class" | "size" | "hour" | "minute" | "month" | "serie" | "paragraph" | "clause" | "column"
                | "block" | "point" | "psalm" | "match" | "heat" | "lot" | "box"
        );
    !numbers_its_kind && !lexicon::determiner(before) && !house_number(v, e)
}

/// The second end of a range starting with `first`, and whether an opener was used.
fn range_end(v: &View, first: &Amount, opener: Option<&[&str]>) -> Option<(Amount, bool)> {
    let mut k = first.end;
    // "one-to-two hundred": "to" hyphenated between its numbers.
    let hyphened_to = v.w(k) == "-" && v.w(k + 1) == "to" && v.w(k + 2) == "-" && (k..k + 4).all(|i| v.glued(i));
    if hyphened_to {
        k += 2;
    }
    let join = if hyphened_to { "to" } else { v.w(k) };
    let joined = match opener {
        Some(joins) => joins.contains(&join) && v.near(k),
        None => match join {
            // "5-10" (glued both sides) or "5 – 10".
            // "5-10" glued, or "1000 - 5000" spaced on both sides between digits.
            "-" => {
                (v.glued(k) && v.glued(k + 1) && !tennis_set(v, first.start))
                    || (v.near(k)
                        && !v.glued(k)
                        && v.near(k + 1)
                        && !v.glued(k + 1)
                        && matches!(first.form, Form::Digits { .. })
                        && v.kind(k + 1) == Some(TokenKind::Number))
            }
            // "20~100".
            "~" => v.glued(k) && v.glued(k + 1),
            "\u{2013}" => true,
            "to" | "through" => v.near(k),
            // "two or three days": an estimate given as a range.
            "or" => v.near(k) && first.label == Label::Cardinal && first.scale == 1.0,
            // "2015/16": a fiscal or academic year.
            "/" => first.year_like() && v.glued(k) && v.glued(k + 1),
            _ => false,
        },
    };
    // Ranks make a range of ranks ("10th-15th", "between the tenth and the fifteenth"),
    // never a range with a count, and never "first or second".
    let rank = first.form == Form::Ordinal;
    if !joined || !v.near(k + 1) || (rank && join == "or") {
        return None;
    }
    let at = if rank && v.w(k + 1) == "the" && v.near(k + 2) { k + 2 } else { k + 1 };
    let mut second = amount(v, at)?;
    if (second.form == Form::Ordinal) != rank {
        return None;
    }
    // "2010-15" is 2010 to 2015; "2019 to 20" too, but "2024 to 46" is no range of 22 years.
    if first.year_like() && second.form == (Form::Digits { plain: true, len: 2 }) && second.bare() {
        let year = second.value + first.value - first.value % 100.0;
        if join != "to" || opener.is_some() || year - first.value <= 10.0 {
            second.value = year;
        }
    }
    // "deaths in 2024 to 46", "the total for 2024 to 31,079": a year read as a date, and
    // "to" the level a count was brought to. "in 2023 to 2024" stays a range of years, and
    // "for 1500 to 3000 customers" one of counts.
    let dated = first.start > 0 && matches!(v.w(first.start - 1), "in" | "for" | "during" | "since");
    let level = second.value < first.value || !matches!(second.form, Form::Digits { plain: true, .. });
    if opener.is_none() && join == "to" && dated && first.year_like() && !second.year_like() && level {
        return None;
    }
    if join == "/" && second.value != first.value + 1.0 {
        return None;
    }
    // A figure with its own unit or currency and then "to" a bare one is a change and a
    // level, "rose 0.5% to 8,234.5 points"; after "by" even with both written out, "cut
    // by £149 to £1,849" ("by between £149 and £1,849" is the range; "by 5 to 10%" still is).
    // Only where the level is well past the change (3 times or more): "$15 to 20 an hour",
    // "grow by 3% to 5%" are ranges.
    let own = first.label != Label::Cardinal;
    let bare_second = second.label == Label::Cardinal && second.scale == 1.0;
    let by = first.start > 0 && v.w(first.start - 1) == "by" && v.near(first.start);
    // Also right after a verb of movement, with both written out: "Rates rose 0.5% to 4.5%",
    // "Shares fell 20p to 310p".
    let moved = first.start > 0 && lexicon::movement(v.w(first.start - 1)) && v.near(first.start);
    if opener.is_none() && join == "to" && own && (bare_second || by || moved) && second.value >= 3.0 * first.value.abs() {
        return None;
    }
    let compatible = first.label == Label::Cardinal
        || second.label == Label::Cardinal
        || (first.label == second.label && first.unit == second.unit && first.currency == second.currency);
    let mut low = first.value;
    if first.scale == 1.0 && second.scale != 1.0 {
        low *= second.scale;
    }
    (compatible && second.value > low).then_some((second, opener.is_some()))
}

/// An ordinal at `j` ("tenth", "10th").
fn is_rank(v: &View, j: usize) -> bool {
    amount(v, j).is_some_and(|a| a.form == Form::Ordinal)
}

/// Gives the first end of a range what the second carries ("$5-10 million", "5-10%").
fn merge_range(first: &mut Amount, second: &Amount) {
    if first.scale == 1.0 && second.scale != 1.0 {
        first.value *= second.scale;
        first.scale = second.scale;
    }
    // In words the scale is part of the second value: "two to three million" is 2-3
    // million, "one to two hundred" 100-200, "ten to fifteen hundred" 1,000-1,500.
    let words = |a: &Amount| matches!(a.form, Form::Words { .. });
    let whole = |x: f64| x >= 1.0 && x.fract() == 0.0;
    if words(first) && words(second) && whole(first.value) && first.value < 100.0 {
        let per = [1e12, 1e9, 1e6, 1e3, 1e2].into_iter().find(|&m| second.value >= m && whole(second.value / m));
        if let Some(m) = per.filter(|&m| first.value < second.value / m) {
            first.value *= m;
        }
    }
    if first.label == Label::Cardinal && second.label != Label::Cardinal {
        first.label = second.label;
        first.unit = second.unit;
        first.currency = second.currency;
    }
    if first.form == (Form::Words { lone_one: true }) {
        first.form = Form::Words { lone_one: false };
    }
}

/// A number at `j` with its currency, sign, scale and unit.
fn amount(v: &View, j: usize) -> Option<Amount> {
    let mut k = j;
    let mut currency = None;
    // "$", "US$", "Rs 500", "USD 5".
    // "MUSD 30", "30 MEUR": a code with M before it counts millions.
    let mut millions = false;
    // "USD115": a code glued to its digits is one word token.
    let mut glued_digits = None;
    let after_word = k > 0 && v.glued(k) && v.kind(k - 1) != Some(TokenKind::Punct);
    if let Some(c) = lexicon::currency_sign(v.raw(k)).filter(|_| !after_word) {
        currency = Some(c);
        k += 1;
    } else if let Some(c) = dollar_owner(v, k) {
        currency = Some(c);
        k += 2;
    } else if let Some(e) = us_dotted(v, k) {
        // "u.s $", "U.S. $": wire copy spacing.
        currency = Some("USD");
        k = e;
    } else if let Some(c) = lexicon::currency_code(v.raw(k))
        .filter(|_| v.kind(k + 1) == Some(TokenKind::Number) || v.raw(k + 1) == ".")
        // (Not a police log's reference: "quoting CAD 8512", computer-aided dispatch.)
        .filter(|&c| c != "CAD" || k == 0 || !matches!(v.w(k - 1), "quoting" | "reference" | "ref" | "log" | "incident"))
    {
        currency = Some(c);
        k += 1;
        if v.raw(k) == "." && v.glued(k) {
            k += 1;
        }
    } else if let Some(c) = mega_code(v.raw(k)).filter(|_| v.kind(k + 1) == Some(TokenKind::Number)) {
        currency = Some(c);
        millions = true;
        k += 1;
    } else if let Some((c, n)) = code_and_digits(v.raw(k)) {
        currency = Some(c);
        glued_digits = Some(n);
    }
    if currency.is_some() && !v.near(k) {
        return None;
    }
    // "minus 5", "negative one", and "-4" with space or an opening mark before the sign
    // (after a word, "COVID-19", it is a hyphen).
    let sign_word = SIGN_WORDS.contains(&v.w(k))
        && currency.is_none()
        && v.near(k + 1)
        && number(v, k + 1).is_some_and(|(_, _, f)| f != Form::Ordinal);
    let sign_mark = matches!(v.raw(k), "-" | "\u{2212}")
        && v.kind(k + 1) == Some(TokenKind::Number)
        && v.glued(k + 1)
        && (k == 0 || !v.glued(k) || currency.is_some() || matches!(v.raw(k - 1), "(" | "\"" | "\u{201C}"));
    let negative = sign_word || sign_mark;
    if negative {
        k += 1;
    }
    let digits_at = k;
    let (mut value, mut k, mut form) = match glued_digits {
        Some(n) => {
            let mut value = n;
            let mut e = k + 1;
            // "USD115.5"
            if v.raw(e) == "." && v.glued(e) && v.glued(e + 1) && v.kind(e + 1) == Some(TokenKind::Number) {
                value = format!("{n}.{}", v.raw(e + 1)).parse().ok()?;
                e += 2;
            }
            (value, e, Form::Digits { plain: false, len: 0 })
        }
        None => number(v, k)?,
    };
    if negative && form == (Form::Words { lone_one: true }) {
        form = Form::Words { lone_one: false };
    }
    if currency.is_some() && !matches!(form, Form::Digits { .. } | Form::Words { .. }) {
        return None;
    }
    if negative {
        value = -value;
    }
    let mut scale = 1.0;
    if millions {
        value *= 1e6;
        scale = 1e6;
    }
    // "two thirds of a million".
    if form == Form::Fraction
        && v.w(k) == "of"
        && matches!(v.w(k + 1), "a" | "an")
        && v.near(k)
        && v.near(k + 1)
        && v.near(k + 2)
    {
        if let Some((s, false)) = lexicon::scale_word(v.w(k + 2)).filter(|_| v.w(k + 2).len() > 3) {
            value *= s;
            scale = s;
            k += 3;
        }
    }
    if form != Form::Ordinal && scale == 1.0 && v.near(k) {
        let dozen = matches!(v.w(k), "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs");
        // "US$ 1MM", "2mil": finance shorthand for millions, glued to the digits.
        // "MM" only in money: "35MM" alone may be film.
        let shorthand = (v.raw(k) == "MM" && currency.is_some()) || v.w(k) == "mil";
        // "30m high", "the 400m hurdles": metres, not millions.
        let metres = v.w(k) == "m" && currency.is_none() && metres_not_millions(v, j, k, value);
        let word = lexicon::scale_word(v.w(k)).filter(|_| !shorthand && !metres);
        if let Some((s, must_glue)) = word.or(dozen.then_some((12.0, false))).or(shorthand.then_some((1e6, true))) {
            let digits = matches!(form, Form::Digits { .. });
            let spelled = v.w(k).len() > 3 || dozen;
            if (spelled || digits) && (!must_glue || (digits && v.glued(k))) {
                scale = s;
                value *= s;
                k += 1;
                // "1.5 lakh crore"
                if let Some((s2, false)) =
                    lexicon::scale_word(v.w(k)).filter(|&(s2, _)| spelled && s2 >= 1e6 && v.near(k))
                {
                    scale *= s2;
                    value *= s2;
                    k += 1;
                }
                if v.w(k) == "and" && v.near(k) && spelled {
                    if let Some((part, e, None)) = scale_fraction(v, k + 1) {
                        value += part * s;
                        k = e;
                    }
                }
                // "4 thousand 3 hundred and 21": smaller parts follow a hundred or thousand;
                // "3 hundred and one", "6 crore and two hundred": words after "and".
                let mut last = s;
                // Each turn consumes a smaller part, so this ends.
                while digits && !negative && last > 1.0 {
                    let and = v.w(k) == "and" && v.near(k);
                    let at = if and { k + 1 } else { k };
                    let Some((part, e, f)) = number(v, at).filter(|_| v.near(at)) else { break };
                    let (part, e, smaller) = match (f, lexicon::scale_word(v.w(e)).filter(|_| v.near(e))) {
                        (Form::Digits { plain: true, .. }, _) if last > 1e3 => break,
                        (Form::Digits { plain: true, .. }, Some((s2, false))) if s2 < last => (part * s2, e + 1, s2),
                        // "3 hundred and 2 hundred" is two figures.
                        (Form::Digits { plain: true, .. }, Some((_, false))) => break,
                        (Form::Digits { plain: true, .. }, _) => (part, e, 1.0),
                        (Form::Words { .. }, _) if and => (part, e, 1.0),
                        _ => break,
                    };
                    // "4 thousand 3 hundred and 0" is two figures: nobody writes "and 0".
                    if part <= 0.0 || part >= last || (smaller == 1.0 && !and) {
                        break;
                    }
                    value += part;
                    k = e;
                    last = smaller;
                }
            }
        }
    }
    let mut a =
        Amount { start: j, end: k, digits_at, value, form, scale, label: Label::Cardinal, unit: None, currency };
    if currency.is_some() {
        a.label = Label::Money;
        // "c $ 100 and fifty": after a sign, only spelled-out hundredths after "and".
        if scale == 1.0 && matches!(form, Form::Digits { plain: true, .. }) {
            add_cents(v, &mut a, true);
        }
        return Some(a);
    }
    if form == Form::Ordinal {
        a.label = Label::Ordinal;
        return Some(a);
    }
    suffix(v, &mut a);
    Some(a)
}

/// Words that make the number after them negative.
const SIGN_WORDS: [&str; 2] = ["minus", "negative"];

/// Whose dollar the "$" after token `k` is: "US$", "HK $", "NZD$15", "usd$ 15".
fn dollar_owner(v: &View, k: usize) -> Option<&'static str> {
    // Checked first: nearly every token has no dollar sign after it, and the upper-casing
    // below would allocate for each.
    if v.raw(k + 1) != "$" {
        return None;
    }
    lexicon::dollar_prefix(v.raw(k))
        .filter(|_| v.glued(k + 1))
        .or_else(|| {
            lexicon::dollar_prefix(&v.w(k).to_uppercase())
                .filter(|_| (v.raw(k).len() > 1 || v.raw(k) == "c") && v.near(k + 1))
        })
        // "NZD$15", "usd$ 15": a code glued to the dollar sign.
        .or_else(|| code_any_case(v.raw(k)).filter(|_| v.glued(k + 1)))
}

/// A three-letter currency code in one case, upper or lower ("NZD", "usd").
fn code_any_case(w: &str) -> Option<&'static str> {
    let one_case = w.bytes().all(|b| b.is_ascii_uppercase()) || w.bytes().all(|b| b.is_ascii_lowercase());
    lexicon::currency_code_any_case(w).filter(|_| one_case)
}

/// "MUSD", "MEUR": millions of a currency, as written in company reports.
fn mega_code(w: &str) -> Option<&'static str> {
    w.strip_prefix('M').filter(|c| c.len() == 3).and_then(lexicon::currency_code)
}

/// "USD115": an upper-case code glued to its digits, and the digits' value.
fn code_and_digits(w: &str) -> Option<(&'static str, f64)> {
    let (code, digits) = (w.get(..3)?, w.get(3..)?);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 12 || digits.starts_with('0')
    {
        return None;
    }
    let c = lexicon::currency_code(code).filter(|_| code.bytes().all(|b| b.is_ascii_uppercase()))?;
    Some((c, digits.parse().ok()?))
}

/// The first letter of a dotted "U.S.", as written.
const US_INITIALS: [&str; 2] = ["u", "U"];

/// "u.s $", "U.S. $" at `k`: the token after the dollar sign.
fn us_dotted(v: &View, k: usize) -> Option<usize> {
    let dotted = US_INITIALS.contains(&v.raw(k))
        && v.raw(k + 1) == "."
        && matches!(v.raw(k + 2), "s" | "S")
        && v.glued(k + 1)
        && v.glued(k + 2);
    if !dotted {
        return None;
    }
    let k = if v.raw(k + 3) == "." && v.glued(k + 3) { k + 4 } else { k + 3 };
    (v.raw(k) == "$" && v.near(k)).then_some(k + 1)
}

/// "15 dollars 50", "17 USD 25", "thirteen dollars forty five", "one dollar and one":
/// hundredths after the main unit without their own word, at `k`. Only when nothing the
/// number could count follows it ("15 dollars and 20 days" is two figures).
fn bare_cents(v: &View, k: usize, words_only: bool) -> Option<(f64, usize)> {
    let and = v.w(k) == "and" && v.near(k);
    let c = if and { k + 1 } else { k };
    if !v.near(c) || (words_only && !and) {
        return None;
    }
    let (cents, e, form) = number(v, c)?;
    let fits = match form {
        Form::Digits { plain: true, len: 2 } => !words_only,
        Form::Words { .. } => true,
        _ => false,
    };
    if !fits || !(1.0..100.0).contains(&cents) || cents.fract() != 0.0 {
        return None;
    }
    // "10 turkish lira 11a": digits glued to more letters are a code.
    if v.glued(e) && v.kind(e) == Some(TokenKind::Word) {
        return None;
    }
    let ends = !v.near(e)
        || matches!(v.raw(e), "." | "," | ";" | ":" | "!" | "?" | ")" | "\"" | "\u{201D}")
        || (v.kind(e) == Some(TokenKind::Word) && lexicon::stops_counted(v.w(e)) && v.w(e) != "of");
    ends.then_some((cents / 100.0, e))
}

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents": hundredths named after
/// the main unit of `code`, at `k`.
fn named_cents(v: &View, k: usize, code: &str) -> Option<(f64, usize)> {
    let c = if v.w(k) == "and" && v.near(k) { k + 1 } else { k };
    let (cents, e, Form::Digits { .. } | Form::Words { .. }) = number(v, c).filter(|_| v.near(c))? else { return None };
    let named =
        lexicon::currency_word(v.w(e)).is_some_and(|(cc, f)| f == 0.01 && (cc == code || code != "GBP")) && v.near(e);
    (named && cents < 100.0).then_some((cents / 100.0, e + 1))
}

/// "(of) a percentage point" at `j`, after a fraction ("half a percentage point", "a
/// quarter of a percentage point"): the token after it.
fn of_a_point(v: &View, j: usize) -> Option<usize> {
    let j = if v.w(j) == "of" && v.near(j) { j + 1 } else { j };
    let point = v.w(j) == "a" && v.w(j + 1) == "percentage" && matches!(v.w(j + 2), "point" | "points");
    (point && (j..j + 3).all(|i| v.near(i))).then_some(j + 3)
}

/// "(of) a point" at `k`, after a fraction starting at `start` that moves a rate ("cut
/// rates by three-quarters of a point", "raised rates by half a point"): a fraction of a
/// percentage point, as [`rate_move`] places it; the token after it. Not "won by
/// three-quarters of a point".
fn of_a_rate_point(v: &View, start: usize, k: usize) -> Option<usize> {
    let j = if v.w(k) == "of" && v.near(k) { k + 1 } else { k };
    let point = v.w(j) == "a" && v.w(j + 1) == "point" && (j..j + 2).all(|i| v.near(i));
    (point && rate_move(v, start, j + 2)).then_some(j + 2)
}

/// A rate's move around a share of a point from `start` to before `after`: "by" after
/// "rates", "cut", "raised"... before it ("cut rates by a quarter point"), or "cut", "rise",
/// "hike"... after it ("a half point rise").
fn rate_move(v: &View, start: usize, after: usize) -> bool {
    (start > 1
        && v.w(start - 1) == "by"
        && matches!(v.w(start - 2), "rates" | "rate" | "cut" | "cuts" | "raised" | "raises" | "lowered" | "hiked" | "rose" | "fell"))
        || matches!(v.w(after), "cut" | "rise" | "hike" | "increase" | "reduction")
}

/// Reads what follows a number: percent, currency word or unit.
fn suffix(v: &View, a: &mut Amount) {
    let k = a.end;
    if !v.near(k) {
        return;
    }
    let w = v.w(k);
    // Percentages and percentage points.
    let percent = match w {
        "%" => Some((1, "%")),
        "percent" | "percents" | "pct" => Some((1, "%")),
        "pc" if v.glued(k) => Some((1, "%")),
        "per" if v.w(k + 1) == "cent" && v.near(k + 1) => Some((2, "%")),
        "percentage" if matches!(v.w(k + 1), "point" | "points") && v.near(k + 1) => Some((2, "percentage points")),
        "percentage" => Some((1, "%")),
        _ => None,
    };
    // Basis points, a hundredth of a percentage point: "25 basis points", "a 25
    // basis-point cut", "11 bps".
    // (Not "BP", the oil company: "500 BP shares".)
    let basis = match w {
        "bps" | "bp" | "bpts" if v.raw(k) != "BP" => Some(1),
        "basis" if matches!(v.w(k + 1), "point" | "points") && v.near(k + 1) => Some(2),
        "basis" if v.hyphen(k + 1) && v.w(k + 2) == "point" => Some(3),
        _ => None,
    };
    // "half a percentage point", "a quarter of a percentage point", "a quarter-point cut":
    // a fraction of a point.
    let fraction = a.value > 0.0 && a.value < 1.0 && matches!(a.form, Form::Words { .. } | Form::Fraction);
    let point = if !fraction {
        None
    } else if v.hyphen(k) && v.w(k + 1) == "point" {
        Some(2)
    } else if w == "point" && matches!(v.w(k - 1), "quarter" | "half") {
        Some(1)
    } else {
        of_a_point(v, k).or_else(|| of_a_rate_point(v, a.start, k)).map(|e| e - k)
    };
    let percent = percent.or(basis.map(|n| (n, "bp"))).or(point.map(|n| (n, "percentage points")));
    if let Some((n, unit)) = percent {
        a.label = Label::Percent;
        a.unit = Some(unit);
        a.end = k + n;
        if unit == "bp" {
            a.value /= 100.0;
            a.unit = Some("percentage points");
            return;
        }
        if unit == "%" && matches!(v.w(a.end), "point" | "points") && v.near(a.end) {
            a.unit = Some("percentage points");
            a.end += 1;
        }
        return;
    }
    // Currency words, with an optional country adjective: "5,000 dollars", "3 US dollars".
    // "a 12-cent dividend", "one-yen bid".
    let hyphen_at = v.hyphen(k).then_some(k + 1);
    for (adj, at) in [(None, k), (Some(w), k + 1)].into_iter().chain(hyphen_at.map(|h| (None, h))) {
        if at > k && !v.near(at) {
            continue;
        }
        // "weighed 82 pounds (37 kg)": pounds of weight, which the units read.
        if matches!(v.w(at), "pound" | "pounds") && adj.is_none() && weight_context(v, a.start, at + 1) {
            continue;
        }
        if let Some((code, factor)) = lexicon::currency_word(v.w(at)) {
            let code = match adj {
                Some(adj) => match lexicon::currency_country(adj, code) {
                    Some(c) => c,
                    None => continue,
                },
                None if code == "crowns" => continue,
                None => code,
            };
            // "p" and "won" only straight after digits.
            if matches!(v.w(at), "p" | "won" | "real") && (adj.is_some() || !matches!(a.form, Form::Digits { .. })) {
                continue;
            }
            if v.w(at) == "p" && !v.glued(at) {
                continue;
            }
            a.label = Label::Money;
            a.currency = Some(code);
            a.value *= factor;
            a.end = at + 1;
            if factor == 1.0 && a.scale == 1.0 {
                add_cents(v, a, false);
            }
            return;
        }
    }
    // "10 €", "5$": a sign after the amount, unless it opens the next amount ("10 $ 30"
    // is ten, then $30, but "10 $ 30 $" two amounts with the sign after).
    let sign_again = v.raw(k + 2) == v.raw(k) || lexicon::currency_word(v.w(k + 2)).is_some_and(|(_, f)| f == 0.01);
    let opens_next =
        matches!(v.kind(k + 1), Some(TokenKind::Number)) && v.near(k + 1) && !(sign_again && v.near(k + 2));
    let sign_after = lexicon::currency_sign(v.raw(k)).filter(|_| !opens_next);
    // Codes after the amount may be lower-case ("20 usd"); before it they must be upper-case.
    let code_after = || {
        Some(v.raw(k)).filter(|r| r.bytes().all(|b| b.is_ascii_lowercase())).and_then(lexicon::currency_code_any_case)
    };
    let mega = mega_code(v.raw(k)).filter(|_| a.scale == 1.0);
    if let Some(code) = lexicon::currency_code(v.raw(k)).or_else(code_after).or(sign_after).or(mega) {
        a.label = Label::Money;
        a.currency = Some(code);
        a.end = k + 1;
        if mega.is_some() {
            a.value *= 1e6;
            a.scale = 1e6;
        }
        // "75 USD million".
        if let Some((s, false)) =
            lexicon::scale_word(v.w(a.end)).filter(|_| a.scale == 1.0 && v.near(a.end) && v.w(a.end).len() > 3)
        {
            a.value *= s;
            a.scale = s;
            a.end += 1;
        }
        if a.scale == 1.0 {
            add_cents(v, a, false);
        }
        return;
    }
    // Units, glued, spaced or hyphenated ("5km", "5 km", "5-km", "16-year-old").
    let (at, hyphen) = if v.hyphen(k) { (k + 1, true) } else { (k, false) };
    for unit in lexicon::units_starting(v.raw(at), v.w(at)) {
        // The unit's words, spaced, or hyphened after a hyphened number ("a
        // 12,500-square-foot home"): the token after the unit's last, if they are there.
        let mut j = at;
        let fits = unit.tokens.iter().enumerate().all(|(n, t)| {
            if n > 0 && hyphen && v.hyphen(j) {
                j += 1;
            } else if n > 0 && !v.near(j) {
                return false;
            }
            let same = if unit.exact { v.raw(j) == *t } else { v.w(j) == *t };
            j += 1;
            same
        });
        if !fits || (unit.glued && !v.glued(at) && !paired_scale(v, a.start, at)) {
            continue;
        }
        // Barrels of wine or beer are casks, counted: a barrel is a measure of oil.
        if unit.name == "bbl" && v.w(at).starts_with("barrel") && !oil_near(v, at) {
            continue;
        }
        // A single-letter unit must not run into a word ("5 C-130s").
        let end = j;
        if unit.glued && v.glued(end) && v.kind(end) == Some(TokenKind::Word) {
            continue;
        }
        a.label = unit.label;
        a.unit = Some(unit.name);
        a.end = end;
        // "5 ft 2 in", "6 feet and 2 inches": a height, in feet.
        if unit.name == "ft" && !hyphen {
            if let Some((inches, e)) = inches_after(v, a.end) {
                a.value += inches / 12.0;
                a.end = e;
            }
        }
        // "a 16-year-old", and "18-year-olds", the people of that age.
        if hyphen && v.hyphen(a.end) && matches!(v.w(a.end + 1), "old" | "olds") {
            a.end += 2;
        }
        return;
    }
}

/// Words of the oil trade, one of which stands within 40 tokens of a barrel that measures oil.
const OIL_WORDS: [&str; 17] = [
    "oil", "crude", "opec", "petroleum", "brent", "wti", "fuel", "gasoline", "petrol", "diesel", "refinery", "refiners",
    "bpd", "barrel", "cargo", "tanker", "pipeline",
];

/// Whether a word of the oil trade ([`OIL_WORDS`]) stands within 40 tokens of `at` ("a
/// 400,000 barrel cargo of Ecuadorian Oriente and 960,000 barrels of Nigerian Escravos"):
/// "571 barrels" of wine are casks.
fn oil_near(v: &View, at: usize) -> bool {
    let (from, to) = (at.saturating_sub(40), (at + 40).min(v.raw.len()));
    (from..to).any(|j| j != at && OIL_WORDS.contains(&v.w(j)))
}

/// Whether the letter at `at` is a temperature scale set apart from its figure at `start`,
/// as wire stories give a temperature in both: "38 C (100 F)", and the "F" in it.
fn paired_scale(v: &View, start: usize, at: usize) -> bool {
    let scale = |t: usize| matches!(v.raw(t), "C" | "F");
    if !scale(at) || !v.near(at) {
        return false;
    }
    let sign = matches!(v.raw(at + 2), "-" | "\u{2212}") as usize;
    let ahead = v.raw(at + 1) == "("
        && number(v, at + 2 + sign).is_some_and(|(_, e, _)| scale(e) && v.raw(e + 1) == ")" && v.raw(e) != v.raw(at));
    let behind = start >= 2
        && v.raw(start - 1) == "("
        && v.raw(at + 1) == ")"
        && (scale(start - 2) || v.raw(start - 2).ends_with(['C', 'F']) && v.kind(start - 2) == Some(TokenKind::Number))
        && v.raw(start - 2) != v.raw(at);
    ahead || behind
}

/// Adds hundredths written after the main unit of money `a`, named or not.
fn add_cents(v: &View, a: &mut Amount, words_only: bool) {
    let code = a.currency.unwrap_or("");
    let cents = named_cents(v, a.end, code).or_else(|| bare_cents(v, a.end, words_only));
    if let Some((cents, e)) = cents.filter(|_| a.value.fract() == 0.0 && a.value >= 0.0) {
        a.value += cents;
        a.end = e;
    }
}

/// Whether the amount at `start`, whose unit ends before `end`, is a weight: a form of
/// "weigh" just before it, or a mass in brackets after it ("82 pounds (37 kg)").
fn weight_context(v: &View, start: usize, end: usize) -> bool {
    let weigh = (1..=2).any(|n| start >= n && v.w(start - n).starts_with("weigh"));
    let metric = v.raw(end) == "("
        && number(v, end + 1)
            .is_some_and(|(_, e, _)| matches!(v.w(e), "kg" | "g" | "kilograms" | "kilos" | "grams" | "tonnes"));
    weigh || metric
}

/// The inches after feet at `k` ("2 in", "and 2 inches"), and the token after them.
fn inches_after(v: &View, k: usize) -> Option<(f64, usize)> {
    let at = if v.w(k) == "and" && v.near(k) { k + 1 } else { k };
    let (n, e, Form::Digits { .. } | Form::Words { .. }) = number(v, at).filter(|_| v.near(at))? else { return None };
    if !(0.0..12.0).contains(&n) || !v.near(e) {
        return None;
    }
    match v.w(e) {
        "inch" | "inches" => Some((n, e + 1)),
        // "in" is also a preposition: not before a number or a name ("2 in 2019", "2 in London").
        "in" => {
            let next = v.raw(e + 1);
            let preposition = v.near(e + 1)
                && (v.kind(e + 1) == Some(TokenKind::Number)
                    || next.starts_with(|c: char| c.is_uppercase())
                    || lexicon::determiner(v.w(e + 1)));
            (!preposition).then_some((n, e + 1))
        }
        _ => None,
    }
}

/// A plain number at `j`: digits, a fraction or number words. Returns the value, the
/// token after it and how it was written.
fn number(v: &View, j: usize) -> Option<(f64, usize, Form)> {
    match v.kind(j)? {
        // "1½ hours": a whole number and a fraction glued to it.
        TokenKind::Number => digits(v, j).map(|(n, e, form)| match vulgar_fraction(v.raw(e)) {
            Some(f) if v.glued(e) && n.fract() == 0.0 && n >= 0.0 => (n + f, e + 1, Form::Digits { plain: false, len: 0 }),
            _ => (n, e, form),
        }),
        TokenKind::Punct
            if v.raw(j) == "."
                && v.kind(j + 1) == Some(TokenKind::Number)
                && v.glued(j + 1)
                && (j == 0 || !v.glued(j)) =>
        {
            // ".08"
            let s = v.raw(j + 1);
            let value: f64 = format!("0.{s}").parse().ok()?;
            s.bytes().all(|b| b.is_ascii_digit()).then_some((value, j + 2, Form::Digits { plain: false, len: s.len() }))
        }
        TokenKind::Word => words(v, j),
        TokenKind::Punct => vulgar_fraction(v.raw(j)).map(|f| (f, j + 1, Form::Fraction)),
    }
}

/// A scaled `x` without the noise of binary fractions: "$68.4bn" is 68.4 * 1e9, which
/// is 68400000000.00001 in floating point. Rounded to 15 significant digits, fewer than
/// an `f64` holds, so what the text wrote comes back. (Whole numbers are exact already;
/// unscaled values such as "two thirds" keep every digit, and so do scaled values the
/// rounding would not make a short decimal.)
fn tidy(x: f64) -> f64 {
    if x.fract() == 0.0 || !x.is_finite() {
        return x;
    }
    let t: f64 = format!("{x:.14e}").parse().unwrap_or(x);
    // (Only where the text's figure comes back, a short one: "two thirds of a billion"
    // keeps its digits.)
    let shortest = format!("{t:e}");
    let digits = shortest.split('e').next().unwrap_or("").bytes().filter(u8::is_ascii_digit).count();
    if digits <= 12 {
        t
    } else {
        x
    }
}

/// "½", "¾" and the other single-character fractions.
fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// `s` split around the first byte `b` (ASCII), as `split_once` splits it. Tokens are
/// short: a plain loop reads them in a few instructions, where `str::find` or `split_once`
/// with a `char` sets up a memchr search each time (1.4M instructions a pass on CoNLL's
/// test text, 3% of the detector's, mostly from [`digits`] and [`dates::time`]).
fn split_byte(s: &str, b: u8) -> Option<(&str, &str)> {
    s.bytes().position(|c| c == b).map(|p| (&s[..p], &s[p + 1..]))
}

/// The whole number `s` writes in ASCII digits alone, in a loop that costs a fraction of
/// `str::parse`; `None` for anything else. The caller bounds the length (at most 19 digits
/// fit a `u64`).
fn whole_number(s: &str) -> Option<u64> {
    s.bytes().try_fold(0u64, |n, b| b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0')))
}

/// `s` read as a number, as `str::parse` reads it: digits alone, most numbers, by
/// [`whole_number`] (whole numbers of up to 15 digits are exact in an `f64`, so the value
/// is the same).
fn parse_number(s: &str) -> Option<f64> {
    if let Some(n) = Some(s).filter(|s| (1..=15).contains(&s.len())).and_then(whole_number) {
        return Some(n as f64);
    }
    s.parse().ok()
}

/// Digits at `j`: "5,200", "1.5", "1 000 000", "3/4", "21st", "10 1/2".
fn digits(v: &View, j: usize) -> Option<(f64, usize, Form)> {
    let s = v.raw(j);
    let (int, frac) = match split_byte(s, b'.') {
        Some((i, f)) if split_byte(f, b'.').is_none() && split_byte(f, b',').is_none() => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let grouped = split_byte(int, b',').is_some();
    if grouped {
        let mut groups = int.split(',');
        let head = groups.next().unwrap_or("");
        if head.is_empty() || head.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    // The digits to parse, copied only when commas must go or groups join them.
    let mut clean: Cow<str> = if grouped { Cow::Owned(int.replace(',', "")) } else { Cow::Borrowed(int) };
    let mut frac_tail = None;
    let mut k = j + 1;
    let plain = !grouped && frac.is_none();
    // "1 000 000": thin groups of three after one to three digits.
    if plain && int.len() <= 3 {
        // At most five groups, so a long run of digit groups cannot make the walk quadratic.
        while v.kind(k) == Some(TokenKind::Number) && v.toks[k].gap == Gap::Space && k < j + 6 {
            let group = v.raw(k);
            let (whole, tail) = split_byte(group, b'.').unwrap_or((group, ""));
            if whole.len() != 3 || !whole.bytes().all(|b| b.is_ascii_digit()) || split_byte(tail, b',').is_some() {
                break;
            }
            clean.to_mut().push_str(whole);
            k += 1;
            if !tail.is_empty() {
                frac_tail = Some(tail);
                break;
            }
        }
    }
    let plain = plain && k == j + 1;
    if let Some(f) = frac.or(frac_tail) {
        match clean {
            // "1.5" with nothing taken out or added: the token as written.
            Cow::Borrowed(_) if frac.is_some() => clean = Cow::Borrowed(s),
            _ => {
                let c = clean.to_mut();
                c.push('.');
                c.push_str(f);
            }
        }
    }
    let mut value = parse_number(&clean)?;
    // Ordinal suffixes.
    if frac.is_none() && k == j + 1 && v.ordinal_suffix(k) {
        return Some((value, k + 1, Form::Ordinal));
    }
    // Fractions: "3/4", and mixed "10 1/2".
    if plain
        && v.raw(k) == "/"
        && v.glued(k)
        && v.kind(k + 1) == Some(TokenKind::Number)
        && v.glued(k + 1)
        && v.raw(k + 2) != "/"
    {
        let den: f64 = v.raw(k + 1).parse().ok()?;
        // Small denominators only: "9/11" and "24/7" are names, not fractions.
        if den > value && den <= 10.0 && value > 0.0 {
            return Some((value / den, k + 2, Form::Fraction));
        }
        // Otherwise the slash is left for a range ("2015/16") or the code check ("24/7").
    }
    if plain
        && v.kind(k) == Some(TokenKind::Number)
        && v.toks[k].gap == Gap::Space
        && v.raw(k + 1) == "/"
        && v.glued(k + 1)
        && v.glued(k + 2)
    {
        if let (Ok(n), Ok(d)) = (v.raw(k).parse::<f64>(), v.raw(k + 2).parse::<f64>()) {
            if n < d && d <= 16.0 && n > 0.0 && v.raw(k + 3) != "/" {
                value += n / d;
                return Some((value, k + 3, Form::Digits { plain: false, len: int.len() }));
            }
        }
    }
    Some((value, k, Form::Digits { plain, len: clean.len() }))
}

/// Spelled-out numbers at `j`: "three", "twenty-one", "two hundred and five", "a dozen",
/// "half a million", "two-thirds", "twenty-first", "two and a half million".
fn words(v: &View, j: usize) -> Option<(f64, usize, Form)> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum St {
        Start,
        A,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        And,
    }
    // Most words start no number: rule them out before reading further.
    if !lexicon::starts_number_words(v.w(j)) {
        return None;
    }
    // "half million", "a quarter million".
    let at = if matches!(v.w(j), "a" | "an") && v.near(j + 1) { j + 1 } else { j };
    if matches!(v.w(at), "half" | "quarter") && v.near(at + 1) {
        let part = if v.w(at) == "half" { 0.5 } else { 0.25 };
        // "a quarter-point cut", "half a percentage point": a fraction of a percentage
        // point, which `suffix` reads.
        let hyphen_point = v.hyphen(at + 1) && v.w(at + 2) == "point";
        // "cut rates by a quarter point", "a half point rise": spaced, only so placed ("won
        // by a half point" is a chess score).
        let spaced_point = at > j && v.w(at + 1) == "point" && v.near(at + 1) && rate_move(v, j, at + 2);
        // "raised rates by half a point", "by a quarter of a point": so placed too.
        if hyphen_point || spaced_point || of_a_point(v, at + 1).is_some() || of_a_rate_point(v, j, at + 1).is_some() {
            return Some((part, at + 1, Form::Fraction));
        }
        if let Some((s, false)) = lexicon::scale_word(v.w(at + 1)).filter(|_| v.w(at + 1).len() > 3) {
            return Some((part * s, at + 2, Form::Words { lone_one: false }));
        }
    }
    // "million-and-a-half": a scale word alone, with its fraction hyphened on.
    if let Some((s, false)) = lexicon::scale_word(v.w(j)) {
        return hyphened_fraction(v, j + 1).map(|(part, e)| (s * (1.0 + part), e, Form::Words { lone_one: false }));
    }
    // "half a million", "half of", "half the".
    if v.w(j) == "half" {
        if matches!(v.w(j + 1), "a" | "an") && v.near(j + 1) && v.near(j + 2) {
            if let Some((s, false)) = lexicon::scale_word(v.w(j + 2)) {
                return Some((0.5 * s, j + 3, Form::Words { lone_one: false }));
            }
            if v.w(j + 2) == "dozen" {
                return Some((6.0, j + 3, Form::Words { lone_one: false }));
            }
        }
        // "Half were seen" (not "the second half was"): opening its clause.
        let opens = j == 0 || v.sentence_start(j) || matches!(v.w(j - 1), "," | "and" | "but" | "while");
        if (matches!(v.w(j + 1), "of" | "the") || opens && share_verb(v.w(j + 1))) && v.near(j + 1) || by_share(v, j, j + 1) {
            return Some((0.5, j + 1, Form::Fraction));
        }
        // "more than half", "nearly half": after a hedge, half is a share.
        if j > 0
            && v.near(j)
            && matches!(v.w(j - 1), "than" | "nearly" | "almost" | "about" | "around" | "roughly" | "over" | "under")
            && !(v.raw(j + 1) == "-" && v.glued(j + 1))
        {
            return Some((0.5, j + 1, Form::Fraction));
        }
        return None;
    }
    let (mut total, mut cur) = (0.0f64, 0.0f64);
    let mut st = St::Start;
    let mut k = j;
    let mut end = None;
    let mut count = 0;
    let mut last_scale = 1.0;
    // The value before an "and", which a fraction after it does not divide: "one hundred
    // and three quarters" is 100 + 3/4.
    let mut split: Option<f64> = None;
    while count < 16 {
        count += 1;
        if k > j && !v.near(k) {
            break;
        }
        // "two-and-a-half", "one-and-a-half million", "a million-and-a-half".
        if let Some((part, e)) = (k > j && v.raw(k) == "-").then(|| hyphened_fraction(v, k)).flatten() {
            match st {
                St::Unit | St::Teen | St::Tens => cur += part,
                St::Scale => total += part * last_scale,
                _ => break,
            }
            end = Some(e);
            k = e;
            if st == St::Scale {
                break;
            }
            continue;
        }
        // "twenty-one", "two-thirds": a hyphen between words.
        let wk = if k > j
            && v.hyphen(k)
            && matches!(st, St::Tens | St::Unit | St::Teen | St::Hundred)
        {
            k + 1
        } else {
            k
        };
        let w = v.w(wk);
        let hyphen = wk != k;
        if let Some((n, class)) = lexicon::cardinal_word(w) {
            let ok = match class {
                Class::Unit => matches!(st, St::Start | St::Tens | St::Hundred | St::Scale | St::And),
                Class::Teen | Class::Tens => matches!(st, St::Start | St::Hundred | St::Scale | St::And),
            };
            if !ok || (hyphen && st != St::Tens) {
                // "one twenty-fifth", "three twenty-firsts": a numerator, then a
                // denominator that is itself compound; it agrees in number.
                if let Some((d, e)) =
                    compound_denominator(v, k).filter(|_| !hyphen && matches!(st, St::Unit | St::Teen | St::Tens))
                {
                    let num = total + cur;
                    if (num == 1.0) != v.w(e - 1).ends_with('s') {
                        return Some((split_fraction(num, split, d), e, Form::Fraction));
                    }
                }
                break;
            }
            cur += n;
            st = match class {
                Class::Unit => St::Unit,
                Class::Teen => St::Teen,
                Class::Tens => St::Tens,
            };
            k = wk + 1;
            end = Some(k);
            continue;
        }
        if hyphen {
            // Only fractions and ordinals follow a hyphen from here: "twenty-fifth" is a
            // rank, "twenty-fifths" and "two-thirds" fractions.
            if let Some(n) = lexicon::ordinal_word(w).filter(|&n| n < 10.0 && st == St::Tens) {
                return Some((total + cur + n, wk + 1, Form::Ordinal));
            }
            if let Some(d) =
                lexicon::denominator(w).filter(|_| matches!(st, St::Unit | St::Teen | St::Tens) && cur > 0.0)
            {
                if !(cur == 1.0 && w == "second") {
                    return Some((split_fraction(total + cur, split, d), wk + 1, Form::Fraction));
                }
            }
            if let Some(n) = lexicon::ordinal_word(w).filter(|&n| n < 10.0 && st == St::Tens) {
                return Some((total + cur + n, wk + 1, Form::Ordinal));
            }
            break;
        }
        match w {
            "a" | "an" if st == St::Start => st = St::A,
            "hundred" if matches!(st, St::A | St::Unit | St::Teen) => {
                cur = cur.max(1.0) * 100.0;
                st = St::Hundred;
                end = Some(k + 1);
            }
            "dozen" | "dozens"
                if matches!(st, St::A | St::Unit | St::Teen | St::Tens) && (w == "dozen" || st != St::A) =>
            {
                // "three hundred and two dozen" is 300 + 24.
                let whole = split.unwrap_or(0.0);
                let part = total + cur - whole;
                total = 0.0;
                cur = whole + part.max(1.0) * 12.0;
                st = St::Scale;
                end = Some(k + 1);
            }
            // "five point five", "nought point nought three", "nought point eleven".
            "point"
                if matches!(st, St::Unit | St::Teen | St::Tens | St::Hundred)
                    && v.near(k + 1)
                    && (decimal_digit(v.w(k + 1)).is_some() || lexicon::cardinal_word(v.w(k + 1)).is_some()) =>
            {
                let mut e = k + 1;
                let mut digits = String::from("0.");
                if let Some((mut n, class)) = lexicon::cardinal_word(v.w(e)).filter(|&(_, c)| c != Class::Unit) {
                    // "point seventy-one": the digits of a number under a hundred.
                    e += 1;
                    if class == Class::Tens && v.hyphen(e) {
                        if let Some((u, Class::Unit)) = lexicon::cardinal_word(v.w(e + 1)) {
                            n += u;
                            e += 2;
                        }
                    }
                    digits.push_str(&(n as u32).to_string());
                } else {
                    while let Some(d) = decimal_digit(v.w(e)).filter(|_| v.near(e)) {
                        digits.push(d);
                        e += 1;
                    }
                }
                cur += digits.parse::<f64>().unwrap_or(0.0);
                end = Some(e);
                break;
            }
            "and" if st == St::Scale && scale_fraction(v, k + 1).is_some() => {
                let (part, e, scale) = scale_fraction(v, k + 1).unwrap_or((0.0, k + 1, None));
                total += part * scale.unwrap_or(last_scale);
                end = Some(e);
                break;
            }
            "and"
                if matches!(st, St::Hundred | St::Scale)
                    && lexicon::cardinal_word(v.w(k + 1)).is_some()
                    && v.near(k + 1) =>
            {
                split = Some(total + cur);
                st = St::And;
            }
            // "two and a half", "twenty and three fifths", "two and fifty-four hundredths".
            "and"
                if matches!(st, St::Unit | St::Teen | St::Tens)
                    && v.near(k + 1)
                    && and_fraction(v, k + 1).is_some() =>
            {
                let (part, e) = and_fraction(v, k + 1).unwrap_or((0.0, k + 1));
                cur += part;
                k = e - 1;
                end = Some(e);
            }
            _ => {
                if let Some((s, false)) = lexicon::scale_word(w)
                    .filter(|_| matches!(st, St::A | St::Unit | St::Teen | St::Tens | St::Hundred))
                {
                    if v.w(k).len() > 3 {
                        last_scale = s;
                        total += cur.max(1.0) * s;
                        cur = 0.0;
                        st = St::Scale;
                        end = Some(k + 1);
                        k += 1;
                        continue;
                    }
                }
                if let Some(n) = lexicon::ordinal_word(w)
                    .filter(|&n| n >= 100.0 && matches!(st, St::A | St::Unit | St::Teen | St::Tens | St::Hundred))
                {
                    // "two hundredth", "a thousandth".
                    return Some((total + cur.max(1.0) * n, k + 1, Form::Ordinal));
                }
                // "a hundred trillionths", "three thousandths".
                if let Some(n) = w
                    .strip_suffix('s')
                    .and_then(lexicon::ordinal_word)
                    .filter(|&n| n >= 100.0 && matches!(st, St::Hundred | St::Scale))
                {
                    return Some(((total + cur.max(1.0)) / n, k + 1, Form::Fraction));
                }
                if let Some(n) = lexicon::ordinal_word(w) {
                    // "first", "twenty first", "hundredth", but not "a second", "one second".
                    let ok = match st {
                        St::Start => true,
                        St::Tens => n < 10.0,
                        St::Hundred | St::Scale | St::And => n < 100.0,
                        _ => false,
                    };
                    if ok {
                        return Some((total + cur + n, k + 1, Form::Ordinal));
                    }
                }
                // "two thirds", "a third of", "one quarter".
                if let Some(d) =
                    lexicon::denominator(w).filter(|_| matches!(st, St::A | St::Unit | St::Teen | St::Tens))
                {
                    let of = v.w(k + 1) == "of" && v.near(k + 1);
                    // "fell by a third", "cut by a half": how much, after "by".
                    let by = st == St::A && by_share(v, j, k + 1);
                    let rank = d == 2.0 && w == "half" && st == St::A && !of && !by;
                    // "a third of", "one third", "two thirds", "twenty fifths"; a singular
                    // after more than one ("two third") only before "of".
                    let ok = match st {
                        // "A third were seen": a share, the subject of its verb.
                        St::A => of || share_verb(v.w(k + 1)) && v.near(k + 1) || by,
                        _ if w.ends_with('s') => cur > 1.0,
                        _ => cur == 1.0 || (cur < 10.0 && of),
                    };
                    if ok && !rank {
                        return Some((split_fraction(total + cur.max(1.0), split, d), k + 1, Form::Fraction));
                    }
                }
                break;
            }
        }
        k += 1;
    }
    let end = end?;
    let lone_one = end == j + 1 && v.w(j) == "one";
    Some((total + cur, end, Form::Words { lone_one }))
}

/// The share starting at `j` and ending before `after` tells how much, after "by": "fell by
/// a third", "down by a quarter.", "cut by half in two years" (not "by a third party").
fn by_share(v: &View, j: usize, after: usize) -> bool {
    let end = v.kind(after).is_none_or(|k| k == TokenKind::Punct && v.raw(after) != "-")
        || matches!(
            v.w(after),
            "in" | "on" | "since" | "from" | "to" | "last" | "this" | "over" | "compared" | "and" | "or" | "after"
                | "before" | "between" | "against" | "while" | "but" | "as" | "within" | "year-on-year" | "by"
        );
    // ("rise by at least a third": a hedge may come between.)
    let by = |k: usize| k > 0 && v.w(k - 1) == "by" && v.near(k);
    j > 0
        && v.near(j)
        && end
        && (by(j) || (1..=3).any(|n| j >= n && by(j - n) && hedge(v, j - n).is_some_and(|(_, e)| e == j)))
}

/// Verbs a share is the subject of: "Half were seen", "A third said".
fn share_verb(w: &str) -> bool {
    matches!(w, "were" | "was" | "are" | "is" | "have" | "has" | "had" | "said" | "say" | "says" | "will" | "would" | "could" | "did")
}

/// "twenty-fifth", "twenty firsts" at `k` as a denominator: its value and the token after it.
fn compound_denominator(v: &View, k: usize) -> Option<(f64, usize)> {
    let (tens, Class::Tens) = lexicon::cardinal_word(v.w(k))? else { return None };
    let at = if v.hyphen(k + 1) { k + 2 } else { k + 1 };
    let w = v.w(at);
    let unit = lexicon::ordinal_word(w.strip_suffix('s').unwrap_or(w)).filter(|&u| u < 10.0 && v.near(at))?;
    Some((tens + unit, at + 1))
}

/// The fraction after "and" at `j`: "a half", "a thirtieth", "three fifths", "fifty-four
/// hundredths"; its value and the token after it.
fn and_fraction(v: &View, j: usize) -> Option<(f64, usize)> {
    let (n, at) = match v.w(j) {
        "a" | "an" | "one" => (1.0, j + 1),
        w => {
            let (mut n, class) = lexicon::cardinal_word(w).filter(|&(n, _)| n >= 2.0)?;
            let mut at = j + 1;
            if class == Class::Tens && v.hyphen(at) {
                if let Some((u, Class::Unit)) = lexicon::cardinal_word(v.w(at + 1)) {
                    n += u;
                    at += 2;
                }
            }
            (n, at)
        }
    };
    let d = lexicon::denominator(v.w(at)).filter(|_| v.near(at))?;
    // The denominator agrees with the numerator: "a third", "two thirds".
    ((n == 1.0) != v.w(at).ends_with('s')).then_some((n / d, at + 1))
}

/// "-and-a-half", "-and-a-quarter" glued on at `k` (its first hyphen): the fraction and the
/// token after it.
fn hyphened_fraction(v: &View, k: usize) -> Option<(f64, usize)> {
    let spelt = v.raw(k) == "-"
        && v.w(k + 1) == "and"
        && v.raw(k + 2) == "-"
        && matches!(v.w(k + 3), "a" | "an" | "one")
        && v.raw(k + 4) == "-"
        && (k..k + 6).all(|i| v.glued(i));
    if !spelt {
        return None;
    }
    let d = lexicon::denominator(v.w(k + 5)).filter(|_| !v.w(k + 5).ends_with('s'))?;
    Some((1.0 / d, k + 6))
}

/// `value / d`, except that the whole part before an "and" stays whole.
fn split_fraction(value: f64, split: Option<f64>, d: f64) -> f64 {
    let whole = split.unwrap_or(0.0);
    whole + (value - whole) / d
}

/// A digit word after "point".
fn decimal_digit(w: &str) -> Option<char> {
    match lexicon::cardinal_word(w) {
        Some((n, Class::Unit)) => char::from_digit(n as u32, 10),
        _ => matches!(w, "nought" | "naught" | "oh").then_some('0'),
    }
}

/// "a half", "three quarters", optionally followed by a scale word, after "and" in
/// "one million and a half" or "one billion and a quarter million": the fraction, the
/// token after it, and the scale when one is given.
fn scale_fraction(v: &View, j: usize) -> Option<(f64, usize, Option<f64>)> {
    let num = match v.w(j) {
        "a" | "an" => 1.0,
        w => match lexicon::cardinal_word(w) {
            Some((n, Class::Unit)) if n > 0.0 => n,
            _ => return None,
        },
    };
    let d = lexicon::denominator(v.w(j + 1)).filter(|_| v.near(j) && v.near(j + 1))?;
    if (num == 1.0) == v.w(j + 1).ends_with('s') {
        return None;
    }
    match lexicon::scale_word(v.w(j + 2)) {
        Some((s, false)) if v.near(j + 2) && v.w(j + 2).len() > 3 => Some((num / d, j + 3, Some(s))),
        _ => Some((num / d, j + 2, None)),
    }
}

/// The noun a figure counts, in the words after token `k`: "5,200 American *soldiers*",
/// "90% of *us*". With `of_only`, only after "of". Without "of", the noun must agree in
/// number with `value` ("one experimental *vaccine* appears", "one million indigenous
/// *people* live"), which keeps verbs out without a tagger.
fn counted(v: &View, k: usize, of_only: bool, value: f64) -> Option<Span> {
    let mut i = k;
    if !v.near(i) {
        return None;
    }
    // "the 650-seat parliament", "a 60-page report": the noun glued on to digits counts
    // (words so glued are as often idioms: "zero-point energy", "a one-man show").
    // (Not a year: "2016-style polling errors", "1990-present".)
    let digits = k > 0 && v.kind(k - 1) == Some(TokenKind::Number) && !(1000.0..=2100.0).contains(&value);
    if !of_only && digits && v.hyphen(i) && v.kind(i + 1) == Some(TokenKind::Word) {
        let w = v.raw(i + 1);
        let noun = w.len() > 2
            && w.starts_with(|c: char| c.is_lowercase())
            && !lexicon::not_counted_after_hyphen(w)
            && !lexicon::stops_counted(w);
        return noun.then(|| v.span(i + 1));
    }
    // "a nine-storey block", "a three-game series": a noun hyphenated onto number words of
    // two or more, before the noun the whole describes ("one-man", "zero-point" are idioms,
    // "pitched a five-hitter." names a thing, "two-headed" and "six-monthly" describe).
    if !of_only && value >= 2.0 && v.hyphen(i) && v.kind(k - 1) == Some(TokenKind::Word) {
        let w = v.raw(i + 1);
        let noun = v.kind(i + 1) == Some(TokenKind::Word)
            && w.len() > 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !w.ends_with("ly")
            && !lexicon::not_counted_after_hyphen(w)
            && !lexicon::stops_counted(w)
            && !NUMBER_COMPOUNDS.contains(&w);
        let before_noun = v.near(i + 2)
            && v.kind(i + 2) == Some(TokenKind::Word)
            && v.raw(i + 2).starts_with(|c: char| c.is_ascii_lowercase())
            && !lexicon::stops_counted(v.w(i + 2));
        if noun && before_noun {
            return Some(v.span(i + 1));
        }
    }
    // "30,000 18-year-olds", "two three-year-olds": people counted by their age.
    if !of_only {
        if let Some(e) = age_group(v, i) {
            return Some(Span::new(v.span(i).start, v.span(e - 1).end));
        }
    }
    let of = v.w(i) == "of";
    if of {
        i += 1;
        if !v.near(i) {
            return None;
        }
        if lexicon::counted_pronoun(v.w(i)) {
            return Some(v.span(i));
        }
        while lexicon::determiner(v.w(i)) && v.near(i + 1) {
            i += 1;
        }
        // "202 of the state's 243 seats": the noun after the whole's figure, not the owner.
        if possessor(v.w(i)).is_some()
            && v.near(i + 1)
            && (v.kind(i + 1) == Some(TokenKind::Number) || lexicon::cardinal_word(v.w(i + 1)).is_some_and(|(n, _)| n > 1.0))
        {
            i += 1;
        }
        // "91 of the 230 seats", "six of their past seven league games": the noun after
        // the whole's figure.
        if i > k + 1 && matches!(v.w(i), "past" | "last" | "next" | "previous" | "first" | "final") && v.near(i + 1) {
            i += 1;
        }
        let figure = v.kind(i) == Some(TokenKind::Number) || lexicon::cardinal_word(v.w(i)).is_some_and(|(n, _)| n > 1.0);
        if i > k + 1 && figure && v.near(i + 1) {
            i += 1;
        }
    } else if of_only {
        return None;
    } else if value == 1.0 && v.kind(i) == Some(TokenKind::Word) {
        // "One victim's daughter said": the possessor is counted, not what it has. (Not
        // after more than one: "the 10 men's teams" counts teams.)
        let w = v.raw(i);
        if let Some(stem) = possessor(w) {
            if stem.starts_with(|c: char| c.is_lowercase()) {
                let at = v.span(i).start;
                return Some(Span::new(at, at + stem.len()));
            }
        }
    }
    // Plural-looking: "soldiers", "people"; not "status", "crisis", "boss", "US".
    let plural = |w: &str| {
        (w.ends_with('s')
            && w.len() > 2
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && !w.ends_with("us")
            && !w.ends_with("sis"))
            || lexicon::plural_noun(w)
    };
    // At most three words, kept on the stack: this runs after most figures.
    let mut words = [0usize; 3];
    let mut n = 0;
    while n < words.len() {
        if v.kind(i) != Some(TokenKind::Word) || !v.near(i) {
            break;
        }
        let w = v.w(i);
        if lexicon::stops_counted(w) || lexicon::month(v.raw(i)).is_some() || lexicon::weekday(v.raw(i)) {
            break;
        }
        // "down from 110 five years ago": a number word before a word starts a figure of its
        // own (not "10 one-day matches", "15 fours and one six.", "six of nine meetings").
        if !of
            && !v.hyphen(i + 1)
            && v.kind(i + 1) == Some(TokenKind::Word)
            && !matches!(w, "a" | "an")
            && lexicon::cardinal_word(w).is_some()
        {
            break;
        }
        // A participle ends the noun ("5 killed"), unless it is the adjective of a plural
        // after it: "53 unforced errors", "300 cancelled flights".
        let adjective = n == 0 && v.near(i + 1) && v.kind(i + 1) == Some(TokenKind::Word) && plural(v.w(i + 1));
        if (w.ends_with("ed") && !adjective) || (n > 0 && w.ends_with("ing")) {
            break;
        }
        words[n] = i;
        n += 1;
        i += 1;
        // "two-thirds of the senators vote": the first plural after "of" is the noun.
        if of && plural(w) {
            break;
        }
        // "life-saving treatments": step over a hyphenated word.
        while v.hyphen(i) && v.kind(i + 1) == Some(TokenKind::Word) {
            i += 2;
        }
    }
    let run = &words[..n];
    let regular = |w: &str| plural(w) && !lexicon::plural_noun(w);
    let head = if of {
        // "of state legislative *seats*", "of African *trade*".
        run.iter().copied().find(|&j| regular(v.w(j))).or(run.last().copied())
    } else if value == 1.0 {
        // (A noun the same in both numbers agrees with one too: "one aircraft".)
        run.iter().take(2).rev().copied().find(|&j| !plural(v.w(j)) || lexicon::same_in_plural(v.w(j)))
    } else {
        // The first plural: a verb that looks plural ("Americans *trusts*") comes after it.
        // A regular plural wins over an irregular one used as a modifier ("police *officers*").
        run.iter().copied().find(|&j| regular(v.w(j))).or_else(|| run.iter().copied().find(|&j| plural(v.w(j))))
    };
    // A capitalised head is a name ("36 Quai des Orfèvres") unless it is a plural after
    // more than one ("3 in 10 Americans") or an acronym ("One MP").
    head.filter(|&l| {
        let w = v.raw(l);
        let capital = w.starts_with(|c: char| c.is_uppercase());
        let acronym = w.chars().filter(|c| c.is_uppercase()).count() > 1;
        !capital || acronym || (value != 1.0 && !of && run.first() == Some(&l))
    })
    .map(|l| v.span(l))
}

/// The token after a noun of people by their age starting at token `i`: a number, then
/// "-year-olds" (or months, weeks, days), as in "18-year-olds", "two-month-olds".
fn age_group(v: &View, i: usize) -> Option<usize> {
    if !matches!(v.kind(i), Some(TokenKind::Number | TokenKind::Word)) || !v.hyphen(i + 1) && !v.hyphen(i + 3) {
        return None;
    }
    let (_, e, _) = number(v, i)?;
    let unit = matches!(v.w(e + 1), "year" | "month" | "week" | "day");
    (v.hyphen(e) && unit && v.hyphen(e + 2) && v.w(e + 3) == "olds").then_some(e + 4)
}
