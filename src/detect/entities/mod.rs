//! Named entities: people, organisations, places, nationalities and other names.
//!
//! A statistical sequence tagger trained on CoNLL-2003 (see `examples/train_ner.rs`):
//! hashed word, shape, affix, word-cluster, context, lexicon and document features ([`features`]),
//! weights compiled in from `model/ner.bin` ([`model`]), BILOU tags decoded by Viterbi
//! ([`tagger`]), then document-level corrections ([`refine`]). This module turns the
//! shared tokens into the words the model was trained on, its tags into annotations,
//! and groups mentions of one entity. `model/README.md` has the design, size, speed and
//! the CoNLL-2003 scores (F1 93.6 on eng.testa, 88.3 on eng.testb).

pub mod features;
mod gazetteer;
mod hashed;
pub mod model;
mod neighbours;
mod one_name;
pub mod refine;
pub mod tagger;

use crate::detect::lexicon::{COUNTRY_SHORT_NAMES, ORG_SHORT_NAMES, possessor, UK_PLACES, US_STATES};
use crate::detect::given_names::{female_given_name, honorific_before};
use crate::fxhash::FxMap;
use crate::annotation::{Annotation, Details, EntityDetails, Label, Span};
use crate::text::tokens::{Gap, Token, TokenKind};
use features::{
    DocStats, Extractor, History, Lexicon, Parts, HIST_PER_WORD, PAIRED_PER_WORD, PER_WORD,
};
use model::Model;
use std::sync::OnceLock;
use tagger::{Transitions, Viterbi};

/// A number no other call in this process returns: the identity of a [`Model`] or a
/// [`Lexicon`] for the per-thread caches that depend on it. (An address would do until a
/// dropped one's memory is reused by the next.)
pub(crate) fn fresh_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The trained weights, compiled in.
pub(crate) static MODEL_BYTES: &[u8] = include_bytes!("../../../model/ner.bin");

/// The compiled-in model, loaded on first use. A model that fails to load (which the
/// test suite rules out) yields a tagger that finds nothing rather than a panic.
pub fn builtin() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).ok()).as_ref()
}

/// Tags a document given as sentences of words: features, Viterbi, then the
/// document-level [`refine::refine`]. The training and evaluation examples call this too.
pub fn tag_document(model: &Model, lex: &Lexicon, sents: &[Vec<&str>]) -> Vec<refine::Found> {
    let sents: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
    tag_sentences(model, lex, &sents)
}

/// [`tag_document`] of sentences given as slices: the detector's words are one list, which
/// it hands out sentence by sentence without a list per sentence.
// (Kept out of `Entities::find`, as are `words` and `DocStats::add`: inlined there, the three
// cost Wikinews 0.08M more instructions a pass.)
#[inline(never)]
fn tag_sentences(model: &Model, lex: &Lexicon, sents: &[&[&str]]) -> Vec<refine::Found> {
    let mut stats = DocStats::with_capacity(sents.len(), sents.iter().map(|s| s.len()).sum());
    for ws in sents {
        stats.add(ws);
    }
    let bits = model.bits();
    let trans = Transitions { trans: &model.trans, start: &model.start, end: &model.end };
    // The spans of all sentences in one list, as the tagger finds them (a list per sentence
    // cost an allocation each).
    let mut spans: Vec<refine::Found> = Vec::new();
    let found = &mut |k: usize, found: &[(usize, usize, usize)]| spans.extend(found.iter().map(|&(s, e, ty)| (k, s, e, ty)));
    // The extractor keeps what each word form alone gives from call to call (bounded).
    EXTRACTOR.with_borrow_mut(|ex| if model.sums(&[]).is_some() {
        // The weights of each part of a word's buckets but the paired ones are summed once
        // per key and kept (`PartSums`); the tagger then adds the paired buckets to them.
        // Same scores, fewer lookups.
        let bases = std::cell::RefCell::new(Vec::new());
        PART_SUMS.with_borrow_mut(|cache| {
            cache.reset_for(model, lex);
            decode_each(
                sents,
                &stats,
                bits,
                PAIRED_PER_WORD,
                &mut |k, keep, out| {
                    let mut bases = bases.borrow_mut();
                    bases.clear();
                    let mut summing = Summing { model, cache, acc: [0; tagger::N_TAGS], bases: &mut bases };
                    ex.parts(sents[k], Some(keep), lex, stats.sentence(k), bits, out, &mut summing);
                },
                &mut |f, per_word, e| model.emissions_from(f, per_word, &bases.borrow(), e),
                &trans,
                found,
            )
        })
    } else {
        decode_each(
            sents,
            &stats,
            bits,
            PER_WORD,
            &mut |k, keep, out| ex.sentence(sents[k], Some(keep), lex, stats.sentence(k), bits, out),
            &mut |f, per_word, e| model.emissions(f, per_word, e),
            &trans,
            found,
        )
    });
    refine::refine(sents, &mut spans, lex);
    spans
}

thread_local! {
    static PART_SUMS: std::cell::RefCell<PartSums> = std::cell::RefCell::new(PartSums::default());
    static EXTRACTOR: std::cell::RefCell<Extractor> = std::cell::RefCell::new(Extractor::new());
}

/// The summed weights of the word parts ([`Extractor::parts`]) met so far on this thread,
/// by key, for one model and lexicon. Forms repeat (news text is a few thousand forms over
/// and over), so a scored word sums its 14 paired buckets and looks up three sums instead of
/// summing its 61 buckets (an unscored word, [`tagger::scored`], has none).
///
/// The sums are kept in a [`hashed::Hashed`] table (cheaper than hashbrown in wasm). A
/// bounded direct-mapped cache of 2^14 slots was tried in its place, a key evicting the one
/// in its slot: CoNLL eng.testb's 18,700 keys then missed 22% of its 64,000 lookups a
/// pass, at ~850 instructions a miss (177.7M instructions a pass, against 165.8M).
#[derive(Default)]
struct PartSums {
    /// The model's and the lexicon's ids ([`fresh_id`]) the sums were made with.
    owner: (u64, u64),
    sums: hashed::Hashed<[i16; tagger::N_TAGS]>,
    /// A part's buckets, while they are summed.
    buckets: Vec<u32>,
}

impl PartSums {
    fn reset_for(&mut self, model: &Model, lex: &Lexicon) {
        let owner = (model.id(), lex.id());
        if self.owner != owner || self.sums.len() > features::FORMS_MAX {
            self.sums.clear();
            self.owner = owner;
        }
    }
}

/// Adds up each kept word's parts into its entry of `bases`, from the cache or, for a key
/// not met before, from the model.
struct Summing<'a> {
    model: &'a Model,
    cache: &'a mut PartSums,
    acc: [i16; tagger::N_TAGS],
    bases: &'a mut Vec<[i16; tagger::N_TAGS]>,
}

impl Parts for Summing<'_> {
    fn part(&mut self, key: u64, buckets: &mut dyn FnMut(&mut Vec<u32>)) {
        let PartSums { sums, buckets: buf, .. } = &mut *self.cache;
        // A copy: added straight from the table's slot, the sum took 17 scalar adds to
        // memory (x86-64) where a copy takes a few vector ones.
        let sum = *sums.get_or_insert_with(key, || {
            buf.clear();
            buckets(buf);
            self.model.sums(buf).unwrap_or_default()
        });
        for (a, s) in self.acc.iter_mut().zip(sum) {
            *a += s;
        }
    }

    fn end_word(&mut self) {
        self.bases.push(std::mem::take(&mut self.acc));
    }
}

/// Entities of one sentence: `(first, last + 1, type)`.
pub type SentenceSpans = Vec<(usize, usize, usize)>;

/// `features(k, keep, out)`: appends the feature buckets of sentence `k`'s words that
/// `keep` marks ([`tagger::scored`]) to `out`.
pub type FeaturesFn<'a> = dyn FnMut(usize, &[bool], &mut Vec<u32>) + 'a;

/// `found(k, spans)`: takes sentence `k`'s entities, `(first, last + 1, type)`.
type FoundFn<'a> = dyn FnMut(usize, &[(usize, usize, usize)]) + 'a;

/// `emit(features, per_word, out)`: appends `N_TAGS` scores per word to `out`.
pub type EmitFn<'a> = dyn FnMut(&[u32], usize, &mut Vec<f32>) + 'a;

/// The tagger over a document, without the refinements: the sentences in order, each
/// with the history of the sentences before it. Training, evaluation and the detector
/// share it. `features(k, keep, out)` appends the buckets of sentence `k`'s words that the
/// tagger scores ([`tagger::scored`]), `per_word` per word ([`PER_WORD`] from
/// [`Extractor::sentence`]); `emit(features, per_word, out)` appends `N_TAGS` scores per
/// word. The other words are `O` ([`tagger::UNSCORED`]). The history reads the word hashes
/// `stats` has for each sentence, and works them out for sentences it has not had.
pub fn decode_document(
    sents: &[&[&str]],
    stats: &DocStats,
    bits: u32,
    per_word: usize,
    features: &mut FeaturesFn,
    emit: &mut EmitFn,
    trans: &Transitions,
) -> Vec<SentenceSpans> {
    let mut found: Vec<SentenceSpans> = Vec::with_capacity(sents.len());
    decode_each(sents, stats, bits, per_word, features, emit, trans, &mut |_, spans| found.push(spans.to_vec()));
    found
}

/// [`decode_document`], handing each sentence's spans to `found(k, spans)` in order rather
/// than collecting them in a list per sentence.
#[allow(clippy::too_many_arguments)]
fn decode_each(
    sents: &[&[&str]],
    stats: &DocStats,
    bits: u32,
    per_word: usize,
    features: &mut FeaturesFn,
    emit: &mut EmitFn,
    trans: &Transitions,
    found: &mut FoundFn,
) {
    let mut vit = Viterbi::new();
    let mut history = History::new();
    let (mut feats, mut all, mut scored) = (Vec::new(), Vec::new(), Vec::new());
    let (mut keep, mut tags, mut spans) = (Vec::new(), Vec::new(), Vec::new());
    for (k, ws) in sents.iter().enumerate() {
        feats.clear();
        all.clear();
        scored.clear();
        tagger::scored(ws, &mut keep);
        debug_assert_eq!(keep.len(), ws.len());
        features(k, &keep, &mut feats);
        let doc = stats.sentence(k).checked(ws);
        history.combine_with(ws, doc, Some(&keep), &feats, per_word, bits, &mut all);
        emit(&all, per_word + HIST_PER_WORD, &mut scored);
        let mut rows = scored.chunks_exact(tagger::N_TAGS).map(|row| row.try_into().expect("N_TAGS scores"));
        let unscored = &tagger::UNSCORED;
        vit.decode_rows(keep.iter().map(|&kept| if kept { rows.next().unwrap_or(unscored) } else { unscored }), trans, &mut tags);
        tagger::spans_into(&tags, &mut spans);
        history.record_with(ws, doc.lowers, &spans);
        found(k, &spans);
    }
}

/// The longest run of words tagged as one sentence (CoNLL's longest sentence has 124).
const MAX_SENTENCE: usize = 256;

/// Abbreviations that keep their period, as CoNLL writes them ("Mr.", "Inc.").
const DOTTED: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt", "Inc", "Ltd", "Corp", "Co", "Gov",
    "Sen", "Rep", "Prof", "Mt", "No",
];

pub(crate) struct Entities {
    lex: &'static Lexicon,
}

impl Entities {
    pub(crate) fn new() -> Entities {
        Entities { lex: Lexicon::shared() }
    }

    pub(crate) fn find(&self, text: &str, tokens: &[Token]) -> Vec<Annotation> {
        let Some(model) = builtin() else { return Vec::new() };
        let (words, sentences) = words(text, tokens);
        // The words as text in one list, and each sentence a slice of it (a list per
        // sentence cost an allocation each).
        let all: Vec<&str> = words.iter().map(|s| &text[s.range()]).collect();
        let sents: Vec<&[&str]> = sentences.iter().map(|r| &all[r.clone()]).collect();
        let spans = tag_sentences(model, self.lex, &sents);
        let mut found: Vec<(Span, Label)> = spans
            .into_iter()
            .map(|(k, s, e, ty)| {
                let r = &sentences[k];
                let span = Span::new(words[r.start + s].start, words[r.start + e - 1].end);
                let label = match ty {
                    0 => Label::Per,
                    1 => Label::Org,
                    _ if e == s + 2 && two_word_demonym(sents[k][s], sents[k][s + 1]) => Label::Norp,
                    2 => Label::Loc,
                    _ if e == s + 1 && self.lex.is_demonym(sents[k][s]) => Label::Norp,
                    _ => Label::Misc,
                };
                // (Not a team after "the": "the Indians" of the Cleveland Indians.)
                let team = label == Label::Org && s > 0 && sents[k][s - 1].eq_ignore_ascii_case("the");
                let people = |w: &str| people_noun(w) || label != Label::Per && !team && plural_demonym(w, self.lex);
                let label = if e == s + 1 && people(sents[k][s]) { Label::Norp } else { label };
                (span, label)
            })
            .filter(|(span, _)| one_name::kept(text, *span))
            .map(|(span, label)| one_name::mended(text, span, label, self.lex))
            .collect();
        // A name taken to its number must not run into the next name.
        found.dedup_by(|later, kept| later.0.overlaps(kept.0));
        neighbours::mend(text, &mut found, self.lex);
        group(text, found, self.lex)
    }
}

/// Peoples named in two words ("North Korean", "Sri Lankans"), which the tagger reads as
/// other names (MISC) or places ("Middle Eastern"), not organisations; its lists hold one
/// word each.
const TWO_WORD_DEMONYMS: [(&str, &str); 22] = [
    ("North", "Korean"), ("South", "Korean"), ("South", "African"), ("Sri", "Lankan"), ("Latin", "American"),
    ("Middle", "Eastern"), ("New", "Zealander"), ("Saudi", "Arabian"), ("Costa", "Rican"), ("Puerto", "Rican"),
    ("Northern", "Irish"), ("Sierra", "Leonean"), ("Bosnian", "Serb"), ("Bosnian", "Croat"), ("Greek", "Cypriot"),
    ("Turkish", "Cypriot"), ("Native", "American"), ("African", "American"), ("Hong", "Konger"), ("Salvadoran", "American"),
    ("South", "Sudanese"), ("East", "Timorese"),
];

/// True for a word for one of a people that the lexicon's peoples lack ("The Spaniard
/// won", "the Welshman"), which the tagger reads as another name or even a person.
fn people_noun(w: &str) -> bool {
    matches!(
        w,
        "Spaniard" | "Spaniards" | "Scotsman" | "Scotsmen" | "Scotswoman" | "Welshman" | "Welshmen" | "Welshwoman"
            | "Irishman" | "Irishmen" | "Irishwoman" | "Frenchwoman" | "Englishwoman" | "Dutchwoman" | "Kiwi"
            | "Kiwis" | "Aussie" | "Aussies" | "Brit" | "Brits" | "Filipina" | "Filipinas"
    )
}

/// True for the plural of a people the lexicon has in the singular, or names by its country
/// ("Pakistanis" of Pakistan, "Eritreans" of Eritrea), which the tagger may read as another
/// name.
fn plural_demonym(w: &str, lex: &Lexicon) -> bool {
    let Some(one) = w.strip_suffix('s') else { return false };
    lex.is_demonym(one)
        || one.strip_suffix('n').is_some_and(|place| place.ends_with('a') && lex.is_place(place))
        || one.strip_suffix('i').is_some_and(|place| lex.is_place(place))
}

/// True for a people named in two words, singular or plural ("South Koreans").
fn two_word_demonym(first: &str, second: &str) -> bool {
    let singular = second.strip_suffix('s').unwrap_or(second);
    TWO_WORD_DEMONYMS.iter().any(|&(a, b)| a == first && (b == second || b == singular))
}

/// Groups the tokens into the words the model knows: hyphenated compounds ("Al-Anbar",
/// "1996-08-22"), dotted abbreviations ("U.S.", "Mr.") and initials joined by "&" ("AT&T",
/// which takes no full stop after it) are one word, clitics ("'s",
/// "n't") are split off. Returns the words' spans and the sentences as ranges of words.
#[inline(never)]
fn words(text: &str, tokens: &[Token]) -> (Vec<Span>, Vec<std::ops::Range<usize>>) {
    let mut words: Vec<Span> = Vec::with_capacity(tokens.len());
    let mut sentences = Vec::new();
    let mut sentence_start = 0;
    let tok = |i: usize| &text[tokens[i].span.range()];
    let attached = |i: usize| i < tokens.len() && tokens[i].gap == Gap::None;
    let is_letter = |i: usize| {
        tokens[i].kind == TokenKind::Word && tok(i).chars().count() == 1 && tok(i).chars().all(char::is_uppercase)
    };
    let initials = |i: usize| {
        i < tokens.len() && tokens[i].kind == TokenKind::Word && tok(i).len() <= 3 && tok(i).bytes().all(|b| b.is_ascii_uppercase())
    };
    // A letter glued to the figure or degree sign before it is a unit or a suffix, not an
    // initial: the "M" of "10M." and the "C" of "40°C." do not take the full stop; nor
    // does the scale after "degrees" ("40 degrees C.").
    let glued = |i: usize| {
        i > 0
            && ((tokens[i].gap == Gap::None && (tokens[i - 1].kind == TokenKind::Number || matches!(tok(i - 1), "°" | "º")))
                || matches!(tok(i - 1), "degrees" | "degree" | "deg"))
    };
    // The full stop at `k` ends its sentence: the letter before it is no initial ("a post
    // on X.", "Malcolm X." at the end).
    let ends_sentence = |k: usize| tokens.get(k + 1).is_none_or(|t| t.sentence_start);
    let mut i = 0;
    while i < tokens.len() {
        // Runs without sentence breaks (a pasted table, a megabyte of dots) are cut every
        // MAX_SENTENCE words, so the tagger's per-sentence buffers stay small.
        let too_long = words.len() - sentence_start >= MAX_SENTENCE;
        if (tokens[i].sentence_start || tokens[i].gap >= Gap::Line || too_long) && words.len() > sentence_start {
            sentences.push(sentence_start..words.len());
            sentence_start = words.len();
        }
        let start = i;
        let mut end = i + 1;
        loop {
            let last = end - 1;
            let alnum = |k: usize| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number);
            if attached(end)
                && alnum(last)
                && matches!(tok(end), "-" | "\u{2010}" | "\u{2011}")
                && attached(end + 1)
                && alnum(end + 1)
            {
                end += 2;
            } else if attached(end) && tok(end) == "&" && end - start == 1 && attached(end + 1) && initials(last) && initials(end + 1) {
                // "AT&T", "S&P", "M&S": one word, as CoNLL-2003 writes them.
                end += 2;
            } else if attached(end)
                && tok(end) == "."
                && ((is_letter(last) && !(glued(last) || (last > start && tok(last - 1) == "&") || ends_sentence(end)))
                    || (end - start == 1 && DOTTED.contains(&tok(last))))
            {
                end += 1;
            } else if attached(end)
                && is_letter(end)
                && tok(last) == "."
                && end - start >= 2
                && attached(end + 1)
                && tok(end + 1) == "."
            {
                end += 2;
            } else {
                break;
            }
        }
        let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        // Every clitic ends in "s" (checked beside `lexicon::CLITICS`): most words are passed over on
        // their last byte.
        let stem = if text.as_bytes()[span.end - 1] == b's' { possessor(&text[span.range()]) } else { None };
        match stem {
            Some(stem) if end - start == 1 && tokens[start].kind == TokenKind::Word => {
                let cut = span.start + stem.len();
                words.push(Span::new(span.start, cut));
                words.push(Span::new(cut, span.end));
            }
            _ => words.push(span),
        }
        i = end;
    }
    if words.len() > sentence_start {
        sentences.push(sentence_start..words.len());
    }
    (words, sentences)
}

/// `s.split_once(' ')`, found byte by byte: a name is a few bytes, and `split_once` with a
/// character sets up a searcher first (~100 instructions a call: the rules that split every
/// name found spent 1% of the pipeline in it).
fn split_at_space(s: &str) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == b' ')?;
    Some((&s[..i], &s[i + 1..]))
}

/// `s` up to its first space, all of it without one: `s.split(' ').next()` read byte by byte
/// ([`split_at_space`]).
fn up_to_space(s: &str) -> &str {
    split_at_space(s).map_or(s, |(first, _)| first)
}

/// Splits a name into words for matching mentions.
fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty())
}

/// The honorific just before `start` gives a gender that the given name of `fuller` (a
/// person's fuller name) contradicts ([`female_given_name`]).
fn gender_clash(text: &str, start: usize, fuller: &str) -> bool {
    honorific_before(text, start).is_some_and(|female| female_given_name(fuller).is_some_and(|f| f != female))
}

/// A place of the lists that keeps its own name: as a place, or as an organisation when in
/// capitals ("UK" is not "UK Parliament"; "Milan" may well be "AC Milan").
fn kept_place(label: Label, name: &str, lex: &Lexicon) -> bool {
    let capitals = || name.chars().all(|c| c.is_uppercase() || c == '.');
    match label {
        Label::Loc => lex.is_place(name),
        Label::Org => capitals() && lex.is_place(name),
        _ => false,
    }
}

/// Whether the organisation of `words` is an institution named for the place `w`, which is
/// then no short name of it: "Kent" is not the "University of Kent", nor "Canterbury" the
/// "Canterbury Archaeological Trust" (but "Ireland" may be the "Republic of Ireland", and
/// "Manchester" "Manchester United").
fn named_for_place(words: &[&str], w: &str, lex: &Lexicon) -> bool {
    let place = || lex.is_place(w) || UK_PLACES.contains(&w) || US_STATES.contains(&w);
    let Some(at) = words.iter().position(|x| *x == w) else { return false };
    let of_place = at >= 2 && words[at - 1] == "of" && !STATE_FORMS.contains(&words[0]);
    let opening = at == 0 && words.len() >= 2 && words.last().is_some_and(|l| INSTITUTION_HEADS.contains(l));
    (of_place || opening) && place()
}

/// First words of a state's formal name ("Republic of Ireland", "Kingdom of Spain").
const STATE_FORMS: &[&str] = &["Republic", "Kingdom", "State", "Commonwealth", "Principality", "Duchy", "Emirate", "Sultanate"];

/// Last words of an institution named for its town or county ("Canterbury Archaeological
/// Trust", "Kent Police"), which is not the place.
const INSTITUTION_HEADS: &[&str] = &[
    "Trust", "University", "College", "School", "Hospital", "Council", "Police", "Constabulary", "Museum", "Society",
    "Cathedral", "Airport", "Library", "Archives", "Zoo",
];

/// Words that make another place of a place's name ("South Australia", "New Mexico").
const PLACE_QUALIFIERS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "New",
];

/// Last words that make a name a part of what it names, or a thing named after it: "House
/// of Commons Library", "Senate Judiciary Committee", "United Nations Special
/// Commission", "Nevada Test and Training Range". Such a name is not a fuller name of
/// "House of Commons", "Senate", "United Nations" or "Nevada".
const BODY_PARTS: &[&str] = &[
    "Library", "Committee", "Subcommittee", "Commission", "Council", "Division", "Department", "Office", "Bureau",
    "Board", "Museum", "Range", "Court", "Tribunal", "Stadium", "Centre", "Center", "Prize", "Award",
];

/// The most words a name has that other mentions can resolve to ("United Nations
/// Educational, Scientific and Cultural Organization" has seven).
const MAX_NAME_WORDS: usize = 12;

/// Gives mentions of one entity one id and the fullest name as canonical. Each mention
/// resolves to a name: its own, or a longer mention (earlier first: the most mentioned so
/// far, then the latest) with the same label that contains all its words ("Alrawi" and
/// "Khalid Alrawi", "Parliament" and "Iraqi Parliament") unless its last word makes it a
/// part ([`BODY_PARTS`]: not "House of Commons Library"), or the name an acronym was
/// defined for ("Islamic State (IS)") or spells ("CIA"), a country's full name ("UK"), a
/// people's singular ("Mexicans"), or the person named with a title ("the Queen").
/// Mentions resolving to the same name share an id; so "Mendez" can be Jonna Mendez in
/// one paragraph and Tony Mendez in another without merging the two.
///
/// A place is another place than the longer names holding it: a place of the lists
/// ("Australia", "Texas") keeps its own name (not "South Australia", "Western District of
/// Texas"), as does one in capitals tagged an organisation ("UK", not "UK Parliament"),
/// and no place resolves to one with a compass word or "New" added ("Carolina", "North
/// Carolina"; "South Wales", "New South Wales").
fn group(text: &str, mut found: Vec<(Span, Label)>, lex: &Lexicon) -> Vec<Annotation> {
    found.sort_by_key(|(s, _)| s.start);
    let names: Vec<&str> = found.iter().map(|(s, _)| &text[s.range()]).collect();
    let n = found.len();
    let mut target: Vec<usize> = (0..n).collect();
    // Acronyms: "Name (NM)"; later uses of the acronym resolve to the same name.
    let mut acronyms: FxMap<&str, usize> = FxMap::default();
    for j in 1..n {
        let i = j - 1;
        // (Mentions never overlap; `get` keeps this from panicking if one day they do.)
        let between = text.get(found[i].0.end..found[j].0.start).unwrap_or("");
        if between.trim() != "(" {
            continue;
        }
        let acr = names[j];
        // Its capitals, which may have a few small letters between them ("AfCFTA", "FinCEN")
        // once there are three: at most one for every two capitals.
        let capitals: String = acr.chars().filter(|c| c.is_uppercase()).collect();
        let small = acr.chars().filter(|c| c.is_lowercase()).count();
        let spelt = capitals.len() == acr.len()
            || (capitals.len() >= 3
                && 2 * small <= capitals.len()
                && acr.starts_with(char::is_uppercase)
                && acr.chars().all(char::is_alphabetic));
        if capitals.len() >= 2 && spelt {
            let initials: String =
                name_words(names[i]).filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
            // A name in another language keeps only its first letter: "Federal Security
            // Service (FSB)".
            // (Organisations only: "ABU DHABI (AFP)" is a dateline's agency.)
            let translated = capitals.len() == acr.len()
                && found[i].1 == Label::Org
                && initials.len() >= 2
                && initials.chars().next() == capitals.chars().next();
            if initials.starts_with(&capitals) || translated {
                found[j].1 = found[i].1;
                target[j] = i;
                acronyms.entry(acr).or_insert(i);
            }
        }
    }
    // Hash maps keep this linear in the mentions for long pages. Each mention's words are
    // a range of one list (a list each cost an allocation per mention).
    let mut all_words: Vec<&str> = Vec::with_capacity(2 * n);
    let mut ranges = Vec::with_capacity(n);
    for name in &names {
        let start = all_words.len();
        all_words.extend(name_words(name));
        ranges.push(start..all_words.len());
    }
    let words: Vec<&[&str]> = ranges.into_iter().map(|r| &all_words[r]).collect();
    // The mentions having each word, in mention order, as a chain through `entries` (a
    // mention and the next entry of the word): one list for all words, where a list per
    // word cost an allocation each. `having` holds a word's first and last entries. The
    // maps here are made about the size they end at in news text (the Wikinews articles,
    // CoNLL's test text), so they are not rehashed as they fill, nor sparse.
    let mut having: FxMap<&str, (usize, usize)> =
        FxMap::with_capacity_and_hasher(all_words.len() / 2, Default::default());
    let mut entries: Vec<(usize, Option<usize>)> = Vec::with_capacity(all_words.len());
    let mut first: FxMap<&str, usize> = FxMap::with_capacity_and_hasher(n / 2, Default::default());
    for (j, ws) in words.iter().enumerate() {
        // A run of capitals the tagger took for one long name ("A. B. C. ...") is no fuller
        // name of anything: indexing its words would compare it word by word with every
        // mention sharing one.
        if ws.len() <= MAX_NAME_WORDS && *first.entry(names[j]).or_insert(j) == j {
            for &w in ws.iter() {
                let entry = entries.len();
                entries.push((j, None));
                having
                    .entry(w)
                    .and_modify(|(_, last)| {
                        entries[*last].1 = Some(entry);
                        *last = entry;
                    })
                    .or_insert((entry, entry));
            }
        }
    }
    let having_word = |w: &str| {
        let head = having.get(w).map(|&(head, _)| head);
        std::iter::successors(head, |&k| entries[k].1).map(|k| entries[k].0)
    };
    // A place the tagger took for an organisation because an institution is named for it
    // ("beneath Kent farmland ... the University of Kent") is the place, and so no short
    // name of the institution.
    for i in 0..n {
        if found[i].1 == Label::Org && words[i].len() == 1 {
            let w = words[i][0];
            if having_word(w).any(|j| found[j].1 == Label::Org && named_for_place(words[j], w, lex)) {
                found[i].1 = Label::Loc;
            }
        }
    }
    // A person of one word that ends an organisation's name the text gives, and no
    // person's, is the organisation's short name: "Aston Villa ... a team like Villa".
    for i in 0..n {
        if found[i].1 == Label::Per && words[i].len() == 1 {
            let w = words[i][0];
            let ends_org = having_word(w).any(|j| found[j].1 == Label::Org && words[j].len() >= 2 && words[j].last() == Some(&w));
            if ends_org && !having_word(w).any(|j| found[j].1 == Label::Per && words[j].len() >= 2) {
                found[i].1 = Label::Org;
            }
        }
    }
    // For each fuller name, how many mentions resolved to it so far and the latest: a
    // short name that fits several ("Mendez": Tony or Jonna Mendez) goes to the one
    // mentioned most so far, the story's subject (news tells the others apart by first
    // names), then to the one in play most recently ("said Khalid. Alrawi."), else to the
    // nearest later one.
    let mut last: FxMap<usize, (u32, usize)> = FxMap::with_capacity_and_hasher(n, Default::default());
    for i in 0..n {
        if target[i] != i {
            continue;
        }
        let best = words[i]
            .first()
            .into_iter()
            .flat_map(|w| having_word(w))
            .filter(|&j| names[j].len() > names[i].len() && found[j].1 == found[i].1)
            .filter(|&j| words[i].iter().all(|w| words[j].contains(w)))
            .filter(|&j| {
                found[i].1 != Label::Loc
                    || !words[j].iter().any(|w| PLACE_QUALIFIERS.contains(w) && !words[i].contains(w))
            })
            .filter(|&j| !words[j].last().is_some_and(|w| BODY_PARTS.contains(w) && !words[i].contains(w)))
            // (A surname after "Mrs" or "Lady" is not the man of that name the text gave,
            // "Michael Gambon ... His widow, Mrs Gambon, said", nor one after "Mr" a woman.)
            .filter(|&j| found[i].1 != Label::Per || !gender_clash(text, found[i].0.start, names[j]))
            // (An organisation of two words or more is not its branch: "Federal Reserve" is
            // not the "Federal Reserve Bank of Dallas", nor "First Union" the "First Union
            // National Bank of Florida"; nor another body of its field: "Royal Society" is
            // not the "Royal Society of Chemistry". But "Rubber Board" is the "Rubber Board
            // of India", its country.)
            .filter(|&j| {
                let branch = |rest: &str| match rest.strip_prefix(" of ") {
                    Some(field) => !lex.is_place(field.strip_prefix("the ").unwrap_or(field)),
                    None => rest.contains(" of "),
                };
                found[i].1 != Label::Org || words[i].len() < 2 || !names[j].strip_prefix(names[i]).is_some_and(branch)
            })
            .max_by_key(
                |&j| if j < i { (1, last.get(&j).copied().unwrap_or((1, j))) } else { (0, (0, usize::MAX - j)) },
            )
            // (A people is not a longer one it is part of: "Serbs" are not all "Bosnian
            // Serbs", nor "Americans" "African Americans".)
            .filter(|_| !kept_place(found[i].1, names[i], lex) && found[i].1 != Label::Norp);
        if let Some(j) = best.or_else(|| acronyms.get(names[i]).copied()) {
            target[i] = j;
        }
        // A name said again brings its first mention, which shorter names resolve to, back
        // into play ("Tony Mendez ... Jonna Mendez ... Tony Mendez ... Mendez").
        let to = if target[i] == i { first.get(names[i]).copied().unwrap_or(i) } else { target[i] };
        let seen = last.entry(to).or_insert((0, i));
        *seen = (seen.0 + 1, i);
    }
    // A country's or organisation's short name goes to its full one where the text gives it
    // ("UK" and "Britain" to "United Kingdom", "Fed" to "Federal Reserve"), and a people's
    // plural to its singular ("Mexicans" to "Mexican").
    for i in 0..n {
        if target[i] == i {
            let full = COUNTRY_SHORT_NAMES.iter().chain(&ORG_SHORT_NAMES).find(|&&(short, _)| short == names[i]);
            let singular = || {
                let one = names[i].strip_suffix('s').filter(|_| found[i].1 == Label::Norp)?;
                first.get(one).copied().filter(|&k| found[k].1 == Label::Norp)
            };
            if let Some(k) = full.and_then(|(_, full)| first.get(full).copied()).or_else(singular) {
                target[i] = k;
                // (The tagger may take "Fed" for a person: it is its organisation.)
                if found[k].1 == Label::Org {
                    found[i].1 = Label::Org;
                }
            }
        }
    }
    // An acronym the text never defines is the one name in it whose initials (or last
    // initials) it spells: "CIA" for "United States Central Intelligence Agency", "DRC"
    // for "Democratic Republic of the Congo". It takes that name's type.
    let acronyms: Vec<usize> = (0..n)
        .filter(|&i| {
            let a = names[i].as_bytes();
            target[i] == i && (2..=6).contains(&a.len()) && a.iter().all(u8::is_ascii_uppercase)
        })
        .collect();
    if !acronyms.is_empty() {
        // The capitals starting a name's words, from the last.
        let caps = |j: usize| words[j].iter().rev().filter_map(|w| w.bytes().next()).filter(u8::is_ascii_uppercase);
        // Names of two words or more by their last capital, which an acronym's last letter
        // must be: each acronym is compared with few names.
        let mut by_last: Vec<Vec<usize>> = vec![Vec::new(); 26];
        for j in (0..n).filter(|&j| words[j].len() >= 2) {
            if let Some(c) = caps(j).next() {
                by_last[usize::from(c - b'A')].push(j);
            }
        }
        let mut read: FxMap<&str, Option<usize>> = FxMap::default();
        for i in acronyms {
            let acr = names[i];
            let spelt = *read.entry(acr).or_insert_with(|| {
                let last = usize::from(acr.as_bytes()[acr.len() - 1] - b'A');
                let spells = |j: &usize| {
                    let mut c = caps(*j);
                    acr.bytes().rev().all(|b| c.next() == Some(b)) && (acr.len() >= 3 || c.next().is_none())
                };
                // (Not a person's initials: "EU" is not an Emma Ulrich.)
                let mut spelt = by_last[last].iter().copied().filter(|&j| found[j].1 != Label::Per).filter(spells);
                let j = spelt.next()?;
                // One name, however often it is given.
                spelt.all(|k| names[k] == names[j]).then_some(j)
            });
            if let Some(j) = spelt {
                target[i] = j;
                found[i].1 = found[j].1;
            }
        }
    }
    // "the Queen" ([`refine::PART_OF_NAME`]) is the person named with that title, the
    // latest before it, else the first after ("Queen Elizabeth II").
    for i in 0..n {
        if target[i] != i || found[i].1 != Label::Per || !refine::PART_OF_NAME.contains(&names[i]) {
            continue;
        }
        let titled = |j: &usize| {
            let before = text[..found[*j].0.start].trim_end();
            *j != i
                && found[*j].1 == Label::Per
                && (names[*j].strip_prefix(names[i]).is_some_and(|r| r.starts_with(' '))
                    || before.strip_suffix(names[i]).is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
        };
        if let Some(j) = (0..i).rev().find(titled).or_else(|| (i + 1..n).find(titled)) {
            target[i] = j;
        }
    }
    // Follow chains ("IS" -> "Islamic State" -> "the Islamic State group"), a few steps.
    let resolve = |mut i: usize| {
        for _ in 0..4 {
            if target[i] == i {
                break;
            }
            i = target[i];
        }
        i
    };
    let mut ids: FxMap<&str, u32> = FxMap::with_capacity_and_hasher(n / 2, Default::default());
    (0..n)
        .map(|i| {
            let r = resolve(i);
            let next = ids.len() as u32;
            let id = *ids.entry(names[r]).or_insert(next);
            let label = found[r].1;
            Annotation {
                span: found[i].0,
                label,
                details: Details::Entity(EntityDetails { id, canonical: names[r].to_string() }),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
