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
pub mod refine;
pub mod tagger;

use crate::detect::lexicon::{
    COMMON_ACRONYMS, COUNTRY_SHORT_NAMES, ILLNESS_EPONYMS, ORG_SHORT_NAMES, ILLNESS_WORDS, OPENING_PARTICIPLES, ORG_WORDS, CLITICS,
    party_and_state_tag, possessor, role_word, SENTENCE_ADVERB_ENDINGS, ERAS, UK_PLACES, US_STATES,
};
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
    let mut stats = DocStats::with_capacity(sents.len(), sents.iter().map(Vec::len).sum());
    for ws in sents {
        stats.add(ws);
    }
    let bits = model.bits();
    let trans = Transitions { trans: &model.trans, start: &model.start, end: &model.end };
    // The extractor keeps what each word form alone gives from call to call (bounded).
    let found = EXTRACTOR.with_borrow_mut(|ex| if model.sums(&[]).is_some() {
        // The weights of each part of a word's buckets but the paired ones are summed once
        // per key and kept (`PartSums`); the tagger then adds the paired buckets to them.
        // Same scores, fewer lookups.
        let bases = std::cell::RefCell::new(Vec::new());
        PART_SUMS.with_borrow_mut(|cache| {
            cache.reset_for(model, lex);
            decode_document(
                sents,
                &stats,
                bits,
                PAIRED_PER_WORD,
                &mut |k, keep, out| {
                    let mut bases = bases.borrow_mut();
                    bases.clear();
                    let mut summing = Summing { model, cache, acc: [0; tagger::N_TAGS], bases: &mut bases };
                    ex.parts(&sents[k], Some(keep), lex, stats.sentence(k), bits, out, &mut summing);
                },
                &mut |f, per_word, e| model.emissions_from(f, per_word, &bases.borrow(), e),
                &trans,
            )
        })
    } else {
        decode_document(
            sents,
            &stats,
            bits,
            PER_WORD,
            &mut |k, keep, out| ex.sentence(&sents[k], Some(keep), lex, stats.sentence(k), bits, out),
            &mut |f, per_word, e| model.emissions(f, per_word, e),
            &trans,
        )
    });
    let mut spans: Vec<refine::Found> = Vec::new();
    for (k, found) in found.into_iter().enumerate() {
        spans.extend(found.into_iter().map(|(s, e, ty)| (k, s, e, ty)));
    }
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
    sents: &[Vec<&str>],
    stats: &DocStats,
    bits: u32,
    per_word: usize,
    features: &mut FeaturesFn,
    emit: &mut EmitFn,
    trans: &Transitions,
) -> Vec<SentenceSpans> {
    let mut vit = Viterbi::new();
    let mut history = History::new();
    let (mut feats, mut all, mut scored, mut scores) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut keep, mut tags) = (Vec::new(), Vec::new());
    let mut found: Vec<SentenceSpans> = Vec::with_capacity(sents.len());
    for (k, ws) in sents.iter().enumerate() {
        feats.clear();
        all.clear();
        scored.clear();
        scores.clear();
        tagger::scored(ws, &mut keep);
        debug_assert_eq!(keep.len(), ws.len());
        features(k, &keep, &mut feats);
        let doc = stats.sentence(k).checked(ws);
        history.combine_with(ws, doc, Some(&keep), &feats, per_word, bits, &mut all);
        emit(&all, per_word + HIST_PER_WORD, &mut scored);
        let mut rows = scored.chunks_exact(tagger::N_TAGS);
        for &kept in &keep {
            scores.extend_from_slice(if kept { rows.next().unwrap_or(&tagger::UNSCORED) } else { &tagger::UNSCORED });
        }
        vit.decode(&scores, trans, &mut tags);
        let spans = tagger::spans(&tags);
        history.record_with(ws, doc.lowers, &spans);
        found.push(spans);
    }
    found
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
        let slice = |r: std::ops::Range<usize>| -> Vec<&str> { words[r].iter().map(|s| &text[s.range()]).collect() };
        let sents: Vec<Vec<&str>> = sentences.iter().map(|r| slice(r.clone())).collect();
        let spans = tag_document(model, self.lex, &sents);
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
            .filter(|(span, _)| {
                !in_identifier(text, *span)
                    && !names_an_illness(text, *span)
                    && !contraction(&text[span.range()])
                    && !common_word(text, *span)
                    && !party_and_state(text, *span)
            })
            .map(|(span, label)| (span, if storm(&text[span.range()]) || crude_grade(text, span) { Label::Misc } else { label }))
            .map(|(span, label)| {
                let name = &text[span.range()];
                (span, if hyphenated_town(name) || river(name) || planet(text, span) { Label::Loc } else { label })
            })
            .map(|(span, label)| (span, if dateline_agency(text, span) { Label::Org } else { label }))
            .map(|(span, label)| (the_after_dash(text, span), label))
            // "the House" alone is a chamber, never a place.
            .map(|(span, label)| (span, if label == Label::Loc && &text[span.range()] == "House" { Label::Org } else { label }))
            .map(|(span, label)| (imperative_off(text, span), label))
            .map(|(span, label)| firm_kind_off(text, span, label))
            .map(|(span, label)| web_name(text, span, label))
            .map(|(span, label)| numbered_name(text, span, label))
            .map(|(span, label)| first_party(text, span, label))
            .map(|(span, label)| (span, if venue(&text[span.range()], label) || dateline(text, span) { Label::Loc } else { label }))
            .map(|(span, label)| (span, if label != Label::Org && business(&text[span.range()]) { Label::Org } else { label }))
            .map(|(span, label)| (span, if label == Label::Org && office_of(text, span, self.lex) { Label::Loc } else { label }))
            .map(|(span, label)| (span, if acquired(text, span, label, self.lex) { Label::Org } else { label }))
            .map(|(span, label)| (span, if label != Label::Per && after_role(text, span) { Label::Per } else { label }))
            .map(|(span, label)| (span, if label == Label::Org && kin_owner(text, span) { Label::Per } else { label }))
            .map(|(span, label)| (if label == Label::Per { family_name_first(text, span) } else { span }, label))
            .collect();
        // A name taken to its number must not run into the next name.
        found.dedup_by(|later, kept| later.0.overlaps(kept.0));
        town_county(text, &mut found, self.lex);
        post_nominals_off(text, &mut found);
        bracketed_bills(text, &mut found);
        possessive_institutions(text, &mut found);
        lone_quoted_off(text, &mut found, self.lex);
        people_into_names(text, &mut found);
        compound_off(text, &mut found, self.lex);
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

/// A people's adjective right before "Grand Prix" is the first word of the race's name:
/// "the Hungarian Grand Prix", which the tagger cut into NORP "Hungarian" and MISC "Grand
/// Prix" (it reads "the British Grand Prix" whole). Not before other names: CoNLL keeps
/// "Italian" apart from "Roman Catholic" and "Serie A".
fn people_into_names(text: &str, found: &mut Vec<(Span, Label)>) {
    for k in (1..found.len()).rev() {
        let (people, name) = (found[k - 1], found[k]);
        if people.1 == Label::Norp
            && name.1 == Label::Misc
            && text[name.0.range()].starts_with("Grand Prix")
            && text.get(people.0.end..name.0.start) == Some(" ")
        {
            found[k - 1] = (Span::new(people.0.start, name.0.end), Label::Misc);
            found.remove(k);
        }
    }
}

/// True for a people named in two words, singular or plural ("South Koreans").
fn two_word_demonym(first: &str, second: &str) -> bool {
    let singular = second.strip_suffix('s').unwrap_or(second);
    TWO_WORD_DEMONYMS.iter().any(|&(a, b)| a == first && (b == second || b == singular))
}

/// "Chelmsford, Essex", "Richmond, North Yorkshire": a name right after a place and a
/// comma, and closing its clause, is the region the place is in, which the tagger may read
/// as an organisation or a person. (Not "in London, Smith said", nor "the mayor of London,
/// Sadiq Khan,", nor a person with a given name of the lists, "the economist at
/// Nationwide, Robert Gardner.".)
fn town_county(text: &str, found: &mut [(Span, Label)], lex: &Lexicon) {
    for k in 1..found.len() {
        let (place, (span, label)) = (found[k - 1], found[k]);
        if place.1 != Label::Loc || label == Label::Loc || text.get(place.0.end..span.start) != Some(", ") {
            continue;
        }
        let closes = text[span.end..].chars().next().is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | '\n' | '\r'));
        // Where something is: "in", "at", "from", "near" before the place ("the mayor of
        // London, Sadiq Khan," names a person).
        let word = text[..place.0.start].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).unwrap_or("");
        let located = matches!(word, "in" | "at" | "from" | "near" | "outside" | "to" | "into" | "In" | "At" | "From" | "Near");
        let named = label == Label::Per && text[span.range()].split(' ').next().is_some_and(|w| lex.is_first_name(w));
        if closes && located && !named && text[span.range()].split(' ').count() <= 2 {
            found[k].1 = Label::Loc;
        }
    }
}

/// Verbs that open a call to act before a name: "Call West Yorkshire Police on 101".
const IMPERATIVES: [&str; 6] = ["Call", "Contact", "Visit", "Email", "Phone", "Ring"];

/// The name without the verb of a call to act opening its sentence, which the tagger takes
/// for its first word: "Call West Yorkshire Police" is "West Yorkshire Police".
fn imperative_off(text: &str, span: Span) -> Span {
    let name = &text[span.range()];
    // Most names start with another letter: the first byte tells.
    if !name.starts_with(['C', 'V', 'E', 'P', 'R']) {
        return span;
    }
    let verb = IMPERATIVES.iter().find(|v| name.len() > v.len() + 1 && name.starts_with(*v) && name.as_bytes()[v.len()] == b' ');
    match verb {
        Some(v) if name[v.len() + 1..].starts_with(char::is_uppercase) && sentence_opener(text, Span::new(span.start, span.start + v.len())) => {
            Span::new(span.start + v.len() + 1, span.end)
        }
        _ => span,
    }
}

/// Kinds of firm that business news writes before a company's name, capitalised when they
/// open the sentence: "Developer Barratt Homes", "Chipmaker Nvidia", "Insurer Aviva".
const FIRM_KINDS: [&str; 22] = [
    "Developer", "Housebuilder", "Homebuilder", "Carmaker", "Automaker", "Chipmaker", "Drugmaker", "Retailer",
    "Insurer", "Lender", "Supermarket", "Miner", "Airline", "Broadcaster", "Brewer", "Outsourcer", "Conglomerate",
    "Carrier", "Manufacturer", "Distributor", "Supplier", "Publisher",
];

/// A name opening its sentence after a kind of firm ([`FIRM_KINDS`]), which the tagger takes
/// for its first word and often for a person's: "Developer Barratt Homes" is the
/// organisation "Barratt Homes". A name that starts with a given name keeps its label
/// ("Publisher John Blake"; "Retailer John Lewis" too, which the tagger reads either way).
fn firm_kind_off(text: &str, span: Span, label: Label) -> (Span, Label) {
    let name = &text[span.range()];
    let Some((kind, rest)) = name.split_once(' ') else { return (span, label) };
    if !FIRM_KINDS.contains(&kind) || !rest.starts_with(char::is_uppercase) || !sentence_opener(text, Span::new(span.start, span.start + kind.len())) {
        return (span, label);
    }
    let label = if female_given_name(rest).is_some() { label } else { Label::Org };
    (Span::new(span.start + kind.len() + 1, span.end), label)
}

/// Prefixes hyphenated onto a name: "anti-Brexit", "pro-Russian", "ex-Soviet", "non-EU".
const COMPOUND_STARTS: [&str; 6] = ["anti", "pro", "ex", "non", "post", "pre"];

/// Words hyphenated onto a name that make it an adjective: "Moscow-based", "Saudi-led",
/// "Academy Award-winning", "Toronto-listed", "Qatar-brokered".
const COMPOUND_ENDS: [&str; 19] = [
    "based", "backed", "led", "born", "winning", "owned", "run", "funded", "linked", "allied", "controlled", "made",
    "listed", "flagged", "bound", "headquartered", "registered", "brokered", "sponsored",
];

/// Names with a hyphen. A prefix comes off: "anti-Brexit" is Brexit, "pro-Russian" Russian.
/// The name in "Moscow-based" is "Moscow": the hyphened word comes off,
/// and the name is a place or a people of the lists, or (before "-based") a place, or keeps
/// its type. (Grouping then gives it the id of the same name elsewhere.) And a hyphened pair
/// of places or peoples of the lists is two names: "US-China" (trade war), "India-Pakistan"
/// (border), "Israeli-Palestinian" (conflict), which the tagger takes for one name of no
/// fitting type (an organisation, MISC); a reader wants each country.
fn compound_off(text: &str, found: &mut Vec<(Span, Label)>, lex: &Lexicon) {
    let kind = |w: &str| {
        if lex.is_place(w) {
            Some(Label::Loc)
        } else if lex.is_demonym(w) {
            Some(Label::Norp)
        } else {
            None
        }
    };
    let mut k = 0;
    while k < found.len() {
        let f = &mut found[k];
        k += 1;
        let name = &text[f.0.range()];
        // Few names have a hyphen; those are split at their last (a byte scan: a
        // `rsplit_once` cost 0.16M instructions a Wikinews pass).
        let Some(h) = name.bytes().rposition(|b| b == b'-') else { continue };
        let (head, tail) = (&name[..h], &name[h + 1..]);
        // Not a name that starts with its capitalised prefix: "Anti-Defamation League",
        // "Non-Aligned Movement" (but "Anti-Putin" at a sentence's start, "post-Second World War").
        let prefix = COMPOUND_STARTS.contains(&head)
            || (COMPOUND_STARTS.iter().any(|p| p.eq_ignore_ascii_case(head)) && !tail.contains(' '));
        if prefix && tail.starts_with(char::is_uppercase) {
            // "anti-Brexit" is about Brexit: the name without its prefix, as a place or a
            // people of the lists, or typed as the same name is found elsewhere in the text.
            let (span, label) = (Span::new(f.0.start + h + 1, f.0.end), f.1);
            // The same name, or a longer one it ends ("Putin" of "Vladimir Putin"); not the
            // prefixed name itself, which ends with "-Putin".
            let same = |g: &&(Span, Label)| {
                text[g.0.range()].strip_suffix(tail).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            };
            let label = kind(tail).or_else(|| found.iter().find(same).map(|g| g.1)).unwrap_or(label);
            found[k - 1] = (span, label);
            continue;
        }
        if !COMPOUND_ENDS.contains(&tail) {
            // One hyphen and no space: a word of two halves.
            if head.is_empty() || tail.is_empty() || head.contains([' ', '-']) {
                continue;
            }
            if let (Some(first), Some(second)) = (kind(head), kind(tail)) {
                let span = f.0;
                *f = (Span::new(span.start, span.start + h), first);
                found.insert(k, (Span::new(span.start + h + 1, span.end), second));
                k += 1;
            }
            continue;
        }
        if !head.ends_with(|c: char| c.is_alphanumeric() || c == '.') {
            continue;
        }
        // What a thing is based in is a place: "Bergamo-based".
        let label = kind(head).unwrap_or(if tail == "based" { Label::Loc } else { f.1 });
        *f = (Span::new(f.0.start, f.0.start + head.len()), label);
    }
}

/// Letters written after a person's name for a rank or an honour: "Anna Reid QC",
/// "James Whitfield KC", "Jane Smith MP".
const POST_NOMINALS: [&str; 10] = ["KC", "QC", "SC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE"];

/// An institution named in the possessive ("King's College London", "Guy's Hospital",
/// "St John's College") is one organisation: the tagger starts it after the "'s" (the
/// clitic is a word of its own), and may take the name before it for another entity.
fn possessive_institutions(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut k = 0;
    while k < found.len() {
        let (span, _) = found[k];
        let name = &text[span.range()];
        let head = name.split(' ').next().unwrap_or_default();
        // (The head first: most names open with none.)
        let before = &text[..span.start];
        let owner = POSSESSIVE_HEADS
            .contains(&head)
            .then(|| ["'s ", "\u{2019}s "].iter().find_map(|c| before.strip_suffix(c)))
            .flatten();
        let Some(owner) = owner else {
            k += 1;
            continue;
        };
        // The owner's name: the capitalised words before the "'s" ("St John", "King").
        let mut start = owner.len();
        for w in owner.rsplit(' ').take(3) {
            if !w.starts_with(|c: char| c.is_uppercase()) || w.is_empty() {
                break;
            }
            start -= w.len() + usize::from(start > w.len());
        }
        if start == owner.len() {
            k += 1;
            continue;
        }
        let start = if start == 0 { 0 } else { start + 1 };
        // An entity the owner's name was read as goes into the institution's.
        if k > 0 && found[k - 1].0.end > start {
            found.remove(k - 1);
            k -= 1;
        }
        found[k] = (Span::new(start.min(found[k].0.start), span.end), Label::Org);
        k += 1;
    }
}

/// First words of an institution named in the possessive ("King's College").
const POSSESSIVE_HEADS: &[&str] = &["College", "Hospital", "School", "University", "Academy", "Institute", "Church", "Cathedral"];

/// A bill or act with a part of its title in brackets is one name (MISC): "the Terminally
/// Ill Adults (End of Life) Bill", "the Renters (Reform) Bill", which the tagger cuts into
/// pieces or reads as "Bill" alone. The title runs back from the brackets over capitalised
/// words (and "of", "and", "the" between them).
fn bracketed_bills(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut k = 0;
    while k < found.len() {
        let (span, _) = found[k];
        k += 1;
        if !matches!(&text[span.range()], "Bill" | "Act") || !text[..span.start].ends_with(") ") {
            continue;
        }
        let close = span.start - 2;
        let Some(open) = text[..close].rfind('(') else { continue };
        let inside = &text[open + 1..close];
        let title_word = |w: &str| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "and" | "the");
        if inside.is_empty() || inside.len() > 60 || !inside.split(' ').all(title_word) || !text[..open].ends_with(' ') {
            continue;
        }
        // Back over the title's words before the brackets; it ends on a capitalised one.
        let (mut end, mut first) = (open - 1, None);
        loop {
            let from = text[..end].rfind(' ').map_or(0, |i| i + 1);
            let w = &text[from..end];
            if w.is_empty() || !title_word(w) || w == "The" {
                break;
            }
            if w.starts_with(|c: char| c.is_uppercase()) {
                first = Some(from);
            }
            if from == 0 {
                break;
            }
            end = from - 1;
        }
        let Some(first) = first else { continue };
        let bill = Span::new(first, span.end);
        let a = found.partition_point(|(s, _)| s.end <= bill.start);
        let b = found.partition_point(|(s, _)| s.start < bill.end);
        found.splice(a..b, [(bill, Label::Misc)]);
        k = a + 1;
    }
}

/// Post-nominal letters are not names: they come off the person's name ("Anna Reid QC" is
/// Anna Reid), and alone right after a person ("Whitfield KC", which the tagger reads as
/// a place) they are dropped.
fn post_nominals_off(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut previous_person: Option<usize> = None;
    found.retain_mut(|(span, label)| {
        // Every post-nominal ends in a capital: most names are passed over on their last byte.
        let capital_end = text.as_bytes()[span.end - 1].is_ascii_uppercase();
        let after_person = previous_person.take().is_some_and(|end| end + 1 == span.start);
        if *label == Label::Per {
            let name = &text[span.range()];
            if let Some((rest, last)) = name.rsplit_once(' ').filter(|_| capital_end) {
                if POST_NOMINALS.contains(&last) {
                    *span = Span::new(span.start, span.start + rest.len());
                }
            }
            previous_person = Some(span.end);
            return true;
        }
        !(after_person && capital_end && text.as_bytes()[span.start - 1] == b' ' && POST_NOMINALS.contains(&&text[span.range()]))
    });
}

/// True when a lower-case word that names a person's role comes right before the name:
/// "North Korean leader Kim Jong Un", "foreign minister Sergei Lavrov", "coach Southgate"
/// (which the tagger may read as an organisation or a place). Not a name with an
/// organisation's word in it ("leader Labour Party" is not English news, but "party leader
/// ..." is followed by a person).
fn after_role(text: &str, span: Span) -> bool {
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    // Most names follow no lower-case role word: its last byte tells first.
    if !before.ends_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let role = role_word(word);
    // "lead manager Lehman Brothers International": a bank's role in a bond issue.
    let lead = word == "manager" && {
        let rest = before[..before.len() - word.len()].trim_end_matches([' ', '-']);
        let last = rest.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        ["lead", "joint", "co"].iter().any(|w| w.eq_ignore_ascii_case(last))
    };
    role && !lead && !text[span.range()].split(' ').any(|w| ORG_WORDS.contains(&w) || w == "&")
}

/// True for a name the tagger read as a person or an event (`label`) that ends in a word
/// for a place or venue: "Rod Laver Arena", "Madison Square Garden", "Grand Isle"; so is an
/// organisation's ending in Stadium or Arena. Other readings stand: CoNLL's own labels put
/// airports with organisations and hospitals with places, and a reader loses little either
/// way. Words that are also surnames (Bridge, Street, Garden, River, Valley, Isle; Bay,
/// Lake, Field, Beach are left out) overrule a person only in a name of three words or more
/// ("Wayne Bridge" is a footballer, "Coach John Isle" a coach).
fn venue(name: &str, label: Label) -> bool {
    // Most names end in no such word: the name's length and last byte tell first.
    if !matches!(label, Label::Per | Label::Misc | Label::Org)
        || name.len() < 9
        || !name.ends_with(['a', 'm', 'n', 's', 'e', 't', 'd', 'r', 'y'])
    {
        return false;
    }
    let Some((rest, last)) = name.rsplit_once(' ') else { return false };
    // A ground is a place even when the tagger reads the sponsor's name in it as a firm
    // ("the Emirates Stadium"), as CoNLL tags stadiums; so is a fairground ("the Silver
    // Dollar Fairgrounds") and Wimbledon's Centre Court (other courts are courts of law).
    let ground = matches!(last, "Arena" | "Stadium" | "Fairgrounds" | "Fairground" | "Showground" | "Showgrounds" | "Racecourse" | "Velodrome")
        || name == "Centre Court";
    if label == Label::Org {
        return !rest.is_empty() && ground;
    }
    let clear = ground
        || matches!(
            last,
            "Gardens" | "Square" | "Airport" | "Island" | "Islands" | "Avenue" | "Boulevard" | "Mountains" | "Desert"
                | "Peninsula"
        );
    let surname = matches!(last, "Garden" | "Bridge" | "Street" | "River" | "Valley" | "Isle");
    !rest.is_empty() && (clear || surname && (label == Label::Misc || rest.contains(' ')))
}

/// True for a name of two words or more that ends in a word only an organisation's name ends
/// in: "Island Records", "Universal Pictures", "Rolls-Royce Holdings", "Jet Propulsion
/// Laboratory" (which the tagger may read as a place, a person or another name), or in
/// "Geological Survey".
fn business(name: &str) -> bool {
    // Most names end in no such word: the last byte tells first.
    if name.len() < 6 || !name.ends_with(['s', 't', 'c', 'd', 'p', 'n', 'C', 'H', 'y']) {
        return false;
    }
    let Some((rest, last)) = name.rsplit_once(' ') else { return false };
    !rest.is_empty()
        && matches!(
            last,
            "Records" | "Studios" | "Pictures" | "Entertainment" | "Airlines" | "Airways" | "Motors" | "Holdings"
                | "Inc" | "Ltd" | "Corp" | "Corporation" | "Plc" | "PLC" | "LLC" | "GmbH" | "Pharmaceuticals"
                | "Therapeutics" | "Technologies" | "Industries" | "Laboratories" | "Laboratory" | "Brewery" | "Bancorp"
        )
        || (last == "Survey" && rest.ends_with("Geological"))
}

/// True for a wire story's dateline, a place in capitals opening a line before an agency
/// in brackets and a dash, or a comma and a month: "BOSTON (Reuters) -", "WASHINGTON, March
/// 4 -", which the tagger may read as an organisation. (A bare dash is no sign: CoNLL's
/// section heads read "RUGBY UNION - ...".)
fn dateline(text: &str, span: Span) -> bool {
    // Most names do not open a line: a byte tells first.
    if span.start > 0 && !matches!(text.as_bytes()[span.start - 1], b'\n' | b'\r') {
        return false;
    }
    let name = &text[span.range()];
    let after = &text[span.end..];
    let capitals = name.len() > 1 && name.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'.');
    let agency = after
        .strip_prefix(" (")
        .and_then(|r| r.find(')').map(|i| r[i + 1..].trim_start_matches(' ')))
        .is_some_and(|r| r.starts_with(['-', '\u{2014}', '\u{2013}']));
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let dated = after.strip_prefix(", ").is_some_and(|r| MONTHS.iter().any(|m| r.starts_with(m)));
    capitals && (agency || dated)
}

/// True for a place of the lists, or a state of the United States, right before the title
/// of an office it has: "Michigan Governor Gretchen Whitmer", "Texas Attorney General Ken
/// Paxton", which the tagger reads as an organisation.
fn office_of(text: &str, span: Span, lex: &Lexicon) -> bool {
    // Most names are followed by no such title: the byte after the space tells first.
    if !matches!(text.as_bytes().get(span.end + 1), Some(b'G' | b'M' | b'S' | b'A' | b'L' | b'P')) {
        return false;
    }
    let after = &text[span.end..];
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let title = rest.split(' ').next().unwrap_or("");
    matches!(title, "Governor" | "Gov." | "Mayor" | "Senator" | "Sen." | "Attorney" | "Lieutenant" | "Lt." | "Secretary" | "Premier")
        && (lex.is_place(&text[span.range()]) || US_STATES.contains(&&text[span.range()]))
}

/// The words before a name that make it a business bought or invested in: "acquire Slack",
/// "bought Shazam", "a stake in Stellantis".
const ACQUIRING: [&str; 17] = [
    "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "stake in", "invest in",
    "invests in", "invested in", "investing in", "acquisition of", "takeover of", "merger with", "merge with",
];

/// True for a one-word name the tagger read as a place that the text says was bought or
/// invested in, and that the lists do not know as a place: a business ("acquire Slack",
/// "bought Shazam", "invested in Stellantis"), not "invested in Ohio".
fn acquired(text: &str, span: Span, label: Label, lex: &Lexicon) -> bool {
    // Most names follow no such word: its last byte tells first.
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    if label != Label::Loc || !before.ends_with(['e', 's', 'y', 't', 'g', 'n', 'f', 'h', 'd']) {
        return false;
    }
    let name = &text[span.range()];
    let bought = ACQUIRING.iter().any(|w| before.strip_suffix(w).is_some_and(|b| b.is_empty() || b.ends_with(' ')));
    bought && !name.contains(' ') && !lex.is_place(name) && !US_STATES.contains(&name)
}

/// Words that start a named storm: "Hurricane Katrina", "Storm Ciarán", "Tropical Storm
/// Alberto" (which the tagger reads as people).
const STORMS: [&str; 6] = ["Hurricane", "Storm", "Typhoon", "Cyclone", "Tropical", "Superstorm"];

/// True for a town named in one hyphenated word with a linking word inside
/// ("Boulogne-sur-Mer", "Stratford-upon-Avon", "Chester-le-Street", "Aix-en-Provence",
/// the Welsh "Betws-y-Coed"), which the tagger may read as an organisation or a person.
fn hyphenated_town(name: &str) -> bool {
    const LINKS: [&str; 13] = ["sur", "sous", "upon", "on", "en", "lès", "le", "la", "de", "du", "des", "y", "yn"];
    // Few names have a hyphen: a byte scan tells first (a substring search for each link
    // in every name cost 2.7M instructions a Wikinews pass).
    if !name.as_bytes().contains(&b'-') || name.as_bytes().contains(&b' ') || !name.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // A link between two hyphens, and a capital after it.
    let mut link = false;
    for part in name.split('-').skip(1) {
        if link && part.starts_with(|c: char| c.is_uppercase()) {
            return true;
        }
        link = LINKS.contains(&part);
    }
    false
}

/// True for a crude oil's benchmark grade ("Brent", "West Texas Intermediate") in a
/// paragraph about oil: a commodity (another name), not the London borough or a body.
fn crude_grade(text: &str, span: Span) -> bool {
    matches!(&text[span.range()], "Brent" | "WTI" | "West Texas Intermediate" | "Urals")
        && paragraph_mentions(text, span, &["crude", "oil", "barrel", "Crude", "Oil", "OPEC"])
}

/// True for a planet in a paragraph about space ("The probe swung around Mars"), which the
/// tagger reads as an organisation (Mars the firm) or a person (Venus Williams is two
/// words, and no one-word name).
fn planet(text: &str, span: Span) -> bool {
    matches!(&text[span.range()], "Mercury" | "Venus" | "Mars" | "Jupiter" | "Saturn" | "Uranus" | "Neptune" | "Pluto")
        && paragraph_mentions(
            text,
            span,
            &["probe", "orbit", "spacecraft", "rover", "planet", "NASA", "mission", "telescope", "asteroid", "space", "moon", "astronaut", "launch"],
        )
}

/// True when the paragraph `span` is in (at most 600 bytes either side of it) holds one of
/// `words` (as part of a word: "orbit" in "orbiter").
fn paragraph_mentions(text: &str, span: Span, words: &[&str]) -> bool {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1).max(span.start.saturating_sub(600));
    let end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i).min(span.end + 600);
    let (mut start, mut end) = (start, end.min(text.len()));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let paragraph = &text[start..end];
    words.iter().any(|w| paragraph.contains(w))
}

/// True for a name of two or three words, none an organisation's word, whose possessive
/// owns a party, a government or kin ("Nitish Kumar's party took 85 seats", "Joe Biden's
/// wife"): a person, where the tagger read an organisation.
fn kin_owner(text: &str, span: Span) -> bool {
    let after = &text[span.end..];
    let Some(rest) = CLITICS.iter().find_map(|c| after.strip_prefix(c)).and_then(|r| r.strip_prefix(' ')) else { return false };
    let noun = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let words = text[span.range()].split(' ').count();
    matches!(noun, "party" | "government" | "administration" | "wife" | "husband" | "son" | "daughter" | "father" | "mother" | "brother" | "sister" | "widow" | "family" | "children")
        && (2..=3).contains(&words)
        && !text[span.range()].split(' ').any(|w| ORG_WORDS.contains(&w) || !w.starts_with(|c: char| c.is_uppercase()))
}

/// Family names that come first in Chinese, Korean, Vietnamese and Singaporean names
/// ("Goh Choon Phong", "Tan Chuan Jin"), which the tagger leaves out of the name when they
/// open the sentence. (Not "He", "Ma", "Do", "Le": English words there.)
const FAMILY_NAMES_FIRST: [&str; 36] = [
    "Goh", "Tan", "Lim", "Ng", "Ong", "Teo", "Koh", "Chua", "Wong", "Chan", "Lau", "Yeo", "Chong", "Wang", "Zhang",
    "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Guo", "Lin", "Gao", "Luo", "Kim", "Park", "Choi", "Jung",
    "Nguyen", "Tran", "Pham", "Hoang", "Phan", "Xi",
];

/// A person's name right after a family name of [`FAMILY_NAMES_FIRST`] that opens the
/// sentence takes it in: "Goh Choon Phong said", where the tagger found "Choon Phong".
fn family_name_first(text: &str, span: Span) -> Span {
    let before = &text[..span.start];
    let Some(rest) = before.strip_suffix(' ') else { return span };
    let from = rest.rfind([' ', '\n', '"', '\u{201C}']).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
    let family = &rest[from..];
    let lead = rest[..from].trim_end_matches([' ', '"', '\u{201C}']);
    let opens = lead.is_empty() || lead.ends_with(['.', '!', '?', '\n']);
    if opens && FAMILY_NAMES_FIRST.contains(&family) && text[span.range()].contains(' ') {
        Span::new(from, span.end)
    } else {
        span
    }
}

/// True for a river's name of two words ("River Thames", "Severn River"), which the tagger
/// reads as an organisation or a person; not the club River Plate or the shop River Island.
fn river(name: &str) -> bool {
    match name.split_once(' ') {
        Some(("River", other)) | Some((other, "River")) => {
            !other.contains(' ') && other.starts_with(|c: char| c.is_uppercase()) && !matches!(other, "Plate" | "Island")
        }
        _ => false,
    }
}

/// True for a news agency or paper in parentheses after a dateline's place ("LOS ANGELES
/// (Variety) -", "WASHINGTON (AP) —"), which the tagger may read as a place.
fn dateline_agency(text: &str, span: Span) -> bool {
    let Some(place) = text[..span.start].strip_suffix(" (") else { return false };
    let place = place.rsplit(['\n', ' ']).next().unwrap_or("");
    let dash = text[span.end..].strip_prefix(')').map(|r| r.trim_start_matches(' ')).is_some_and(|r| r.starts_with(['-', '\u{2014}', '\u{2013}']));
    dash && place.len() > 1 && place.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b',')
}

/// A name opening the sentence after a dateline's dash loses its "The", which is the
/// sentence's first word ("WASHINGTON (AP) — The House voted"): the name is "House".
fn the_after_dash(text: &str, span: Span) -> Span {
    let opens = text[..span.start].trim_end_matches(' ').ends_with(['-', '\u{2014}', '\u{2013}']);
    match text[span.range()].strip_prefix("The ") {
        Some(rest) if opens && !rest.is_empty() => Span::new(span.end - rest.len(), span.end),
        _ => span,
    }
}

/// True when the name is a storm's or a wildfire's ("the Ridgeline Fire", "the Palisades
/// Fire", which the tagger reads as organisations): an event (MISC), not a person.
fn storm(name: &str) -> bool {
    if name.ends_with(" Fire") || name.ends_with(" Wildfire") {
        return true;
    }
    // The first letter first: most names are passed over on it.
    if !name.starts_with(['H', 'S', 'T', 'C']) {
        return false;
    }
    name.split_once(' ').is_some_and(|(first, rest)| {
        STORMS.contains(&first) && (first != "Tropical" || rest.starts_with("Storm ") || rest.starts_with("Depression "))
    })
}

/// The domains a site's name is given with ("Znak.com", "Politico.eu"), in lower case.
const DOMAINS: [&str; 12] = ["com", "org", "net", "io", "co", "eu", "uk", "ru", "de", "fr", "info", "news"];

/// Takes in the domain a name is written with ("Znak.com", "Amazon.com", "Meduza.io",
/// "Example.co.uk"): the name is a site's, an organisation.
fn web_name(text: &str, span: Span, label: Label) -> (Span, Label) {
    let mut end = span.end;
    // Up to two parts (".co.uk"), each a listed domain of lower-case letters.
    for _ in 0..2 {
        let rest = &text.as_bytes()[end..];
        if rest.first() != Some(&b'.') {
            break;
        }
        let letters = rest[1..].iter().take_while(|b| b.is_ascii_lowercase()).count();
        let part = &text[end + 1..end + 1 + letters];
        let glued = rest.get(1 + letters).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if glued || !DOMAINS.contains(&part) {
            break;
        }
        end += 1 + letters;
    }
    if end == span.end {
        return (span, label);
    }
    (Span::new(span.start, end), Label::Org)
}

/// Words that a number names, and what the two make: "Area 51" and "Route 66" places,
/// "Article 50" and "Apollo 11" other names.
const NUMBERED: [(&str, Label); 12] = [
    ("Area", Label::Loc),
    ("Route", Label::Loc),
    ("Highway", Label::Loc),
    ("Interstate", Label::Loc),
    ("Terminal", Label::Loc),
    ("Article", Label::Misc),
    ("Section", Label::Misc),
    ("Proposition", Label::Misc),
    ("Resolution", Label::Misc),
    ("Apollo", Label::Misc),
    ("Flight", Label::Misc),
    ("Formula", Label::Misc),
];

/// A place followed by "First" is a party or movement ("New Zealand First", "Britain
/// First", "America First"), an organisation, which the tagger ends before "First".
fn first_party(text: &str, span: Span, label: Label) -> (Span, Label) {
    let rest = &text.as_bytes()[span.end..];
    let whole = rest.starts_with(b" First") && !rest.get(6).is_some_and(u8::is_ascii_alphanumeric);
    if label != Label::Loc || !whole {
        return (span, label);
    }
    (Span::new(span.start, span.end + 6), Label::Org)
}

/// Takes in a short number that ends a name's clause ("France 24," "Europe 1."): such a
/// number names a channel or product rather than counting anything, and a place with a
/// number is an organisation (a broadcaster). "France 24 people" is left alone, and so
/// are a person's figures ("Waqar Younis 15" in a bowling table) and a score after
/// another ("Bochum 2 Bayer Leverkusen 2").
fn numbered_name(text: &str, span: Span, label: Label) -> (Span, Label) {
    let rest = &text.as_bytes()[span.end..];
    let digits = rest.iter().skip(1).take_while(|b| b.is_ascii_digit()).count();
    if rest.first() != Some(&b' ') || !(1..=4).contains(&digits) || label == Label::Per {
        return (span, label);
    }
    let before = text.as_bytes()[..span.start].trim_ascii_end();
    if before.last().is_some_and(u8::is_ascii_digit) {
        return (span, label);
    }
    let after = &rest[1 + digits..];
    // "Area 51", "Article 50", "Apollo 11": a word named by its number, wherever it stands.
    let last = text[span.range()].rsplit(' ').next().unwrap_or_default();
    if let Some(&(_, kind)) = NUMBERED.iter().find(|(w, _)| *w == last) {
        let whole = span.end - span.start == last.len();
        if !(after.first().is_some_and(|b| matches!(b, b'.' | b',')) && after.get(1).is_some_and(u8::is_ascii_digit)) {
            return (Span::new(span.start, span.end + 1 + digits), if whole { kind } else { label });
        }
    }
    let ends_clause = match after.first() {
        None | Some(b';' | b':' | b')' | b'!' | b'?' | b'\n' | b'\r') => true,
        // Not a decimal point or a thousands separator ("English 2,000 Guineas").
        Some(b'.' | b',') => !after.get(1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    if !ends_clause {
        return (span, label);
    }
    (Span::new(span.start, span.end + 1 + digits), if label == Label::Loc { Label::Org } else { label })
}

/// True when the "name" is a contraction ("I've", "We're", "You'll"), which the tagger
/// takes for an organisation where several sentences of a quote start with it.
fn contraction(name: &str) -> bool {
    // Most names end in another letter; the others are scanned for the apostrophe (' or
    // the last byte of U+2019).
    if !name.ends_with(['e', 'm', 'd', 'l']) {
        return false;
    }
    let Some(q) = name.bytes().rposition(|b| b == b'\'' || b == 0x99) else { return false };
    if !matches!(name.get(q + 1..), Some("ve" | "m" | "d" | "ll" | "re")) {
        return false;
    }
    let head = name.get(..=q).and_then(|h| h.strip_suffix(['\'', '\u{2019}']));
    head.is_some_and(|h| !h.contains([' ', '\'', '\u{2019}']))
}

/// True when a name of one word is a common word: the acronym of a common noun ("AI",
/// "CEOs"; not one spelled out in brackets, "Communist Party of India (CPI)"); an adverb
/// opening its sentence before a comma ("Honestly, ...", "Crucially, ..."); or a
/// participle opening it before "in" or "on" ("Born in Ilford, ..."). See also
/// [`lone_quoted_off`].
fn common_word(text: &str, span: Span) -> bool {
    let w = &text[span.range()];
    let b = text.as_bytes();
    // (Capitals with a plural "s" or "&", and "PhD".)
    let acronym = w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b's' | b'&' | b'h'));
    if acronym
        && span.start.checked_sub(1).is_none_or(|i| b[i] != b'(')
        && (COMMON_ACRONYMS.contains(&w) || w.strip_suffix('s').is_some_and(|w| COMMON_ACRONYMS.contains(&w)))
    {
        return true;
    }
    let after = &text[span.end..];
    let adverb = w.ends_with("ly") && after.starts_with(',') && SENTENCE_ADVERB_ENDINGS.iter().any(|e| w.ends_with(e));
    let participle = (after.starts_with(" in ") || after.starts_with(" on ")) && OPENING_PARTICIPLES.contains(&w);
    (adverb || participle) && sentence_opener(text, span)
}

/// The quotation marks that open a quote.
const OPENING_QUOTES: [char; 4] = ['"', '\u{201C}', '\'', '\u{2018}'];

/// True when the one-word name at `span` opens its sentence, perhaps after opening
/// quotation marks.
fn sentence_opener(text: &str, span: Span) -> bool {
    // Most names stand inside a sentence, after a word or a comma: a byte or two tells.
    let b = text.as_bytes();
    let mut i = span.start;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    // The last bytes of the quotation marks U+201C and U+2018 are 0x9C and 0x98.
    if i > 0 && !matches!(b[i - 1], b'.' | b'!' | b'?' | b'\n' | b'\r' | b'"' | b'\'' | 0x9C | 0x98) || text[span.range()].contains(' ') {
        return false;
    }
    let before = text[..span.start].trim_end_matches(OPENING_QUOTES).trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r'])
}

/// A quote that opens its sentence and holds one word and its punctuation alone
/// (`"Treason," he said`) utters a word, not a name: the name is dropped unless the text
/// names it elsewhere too (`"Smith," she said. Smith left.`) or the lists know it as a
/// place or a people ("Russia!" they chanted). Names said alone are few: the others are
/// counted only when there is one.
fn lone_quoted_off(text: &str, found: &mut Vec<(Span, Label)>, lex: &Lexicon) {
    let lone = |span: Span| {
        // A byte first: most names follow no quotation mark (the last bytes of U+201C and
        // U+2018 are 0x9C and 0x98).
        if span.start.checked_sub(1).is_none_or(|i| !matches!(text.as_bytes()[i], b'"' | b'\'' | 0x9C | 0x98)) {
            return false;
        }
        let after = &text[span.end..];
        let rest = after.trim_start_matches([',', '.', '!', '?']);
        text[..span.start].ends_with(OPENING_QUOTES)
            && rest.len() < after.len()
            && rest.starts_with(['"', '\u{201D}', '\'', '\u{2019}'])
            && sentence_opener(text, span)
    };
    if !found.iter().any(|&(span, _)| lone(span)) {
        return;
    }
    let mut count: FxMap<&str, usize> = FxMap::default();
    for (span, _) in found.iter() {
        *count.entry(&text[span.range()]).or_default() += 1;
    }
    found.retain(|&(span, _)| {
        let w = &text[span.range()];
        !lone(span) || count.get(w) != Some(&1) || lex.is_place(w) || lex.is_demonym(w)
    });
}

/// True when the name is an illness's ("Parkinson's disease", "the Zika virus",
/// "Alzheimer's"), or its acronym ("Ebola virus disease (EVD)"): it names neither a person
/// nor a place.
fn names_an_illness(text: &str, span: Span) -> bool {
    if let Some(before) = text[..span.start].strip_suffix(" (") {
        if ILLNESS_WORDS.iter().any(|w| before.ends_with(w)) {
            return true;
        }
    }
    let after = &text[span.end..];
    // Most names are followed by a space and a word that starts with no illness word's
    // letter: a few byte reads.
    let possessive = match after.as_bytes().first() {
        Some(b'\'' | 0xE2) => ["'s", "\u{2019}s", "'", "\u{2019}"].iter().find(|p| after.starts_with(*p)),
        _ => None,
    };
    let rest = &after.as_bytes()[possessive.map_or(0, |p| p.len())..];
    if rest.first() == Some(&b' ') && rest.get(1).is_some_and(|b| ILLNESS_WORDS.iter().any(|w| w.as_bytes()[0] == *b)) {
        let word = &rest[1..];
        let word = &word[..word.iter().position(|c| !c.is_ascii_lowercase()).unwrap_or(word.len())];
        // "China's virus death toll": a possessive place before "virus" stays.
        if ILLNESS_WORDS.iter().any(|w| w.as_bytes() == word) && !(possessive.is_some() && word == b"virus") {
            return true;
        }
    }
    possessive.is_some_and(|p| p.ends_with('s')) && ILLNESS_EPONYMS.contains(&&text[span.range()])
}

/// Units written in capitals, which the tagger may take for names after their figure.
const UNIT_SYMBOLS: [&str; 15] = ["GB", "MB", "TB", "GHz", "MHz", "kHz", "Hz", "mAh", "kWh", "MW", "GW", "kW", "MWh", "GWh", "TWh"];

/// True for a US legislator's party and state after the name ("Sen. Raphael Warnock,
/// D-Ga., said", "(R-Ohio)"): a label, which the tagger reads as an organisation or a
/// place, and which would then be taken for the speaker.
fn party_and_state(text: &str, span: Span) -> bool {
    party_and_state_tag(&text[span.range()]) && (text[..span.start].ends_with(", ") || text[..span.start].ends_with('('))
}

/// True when the span sits inside a file name, address or handle ("badge_FR",
/// "x@example.com", "a/b"): page furniture, not a name; or is the scale of a temperature
/// ("40 degrees C.", which the tagger takes for an initial), another unit after its
/// figure ("8GB of RAM", "4.05 GHz") or an era by its year or century ("200 BC").
fn in_identifier(text: &str, span: Span) -> bool {
    let is_era = |w: &str| ERAS.iter().any(|(era, _)| *era == w);
    let name = &text[span.range()];
    let scale = matches!(name, "C" | "F") && ["degrees ", "degree ", "deg "].iter().any(|d| text[..span.start].ends_with(d));
    // "8GB of RAM", "a 4.05 GHz chip": a unit after its figure.
    let before = &text.as_bytes()[..span.start];
    let glued = before.last().is_some_and(u8::is_ascii_digit);
    let spaced = before.ends_with(b" ")
        && before.len() >= 2
        && before[before.len() - 2].is_ascii_digit()
        && (UNIT_SYMBOLS.contains(&name) || is_era(name));
    // "the fifth century BC", "AD 380": an era ([`ERAS`]), which the tagger may take for a
    // name next to its year; part of a date.
    let era = is_era(name)
        && (text[..span.start].ends_with("century ")
            || text[span.end..].strip_prefix(' ').is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit())));
    if scale || glued || spaced || era {
        return true;
    }
    let before = text[..span.start].rsplit(char::is_whitespace).next().unwrap_or("");
    let after = text[span.end..].split(char::is_whitespace).next().unwrap_or("");
    before.chars().chain(after.chars()).any(|c| matches!(c, '_' | '/' | '@' | '\\' | '='))
}

/// Groups the tokens into the words the model knows: hyphenated compounds ("Al-Anbar",
/// "1996-08-22"), dotted abbreviations ("U.S.", "Mr.") and initials joined by "&" ("AT&T",
/// which takes no full stop after it) are one word, clitics ("'s",
/// "n't") are split off. Returns the words' spans and the sentences as ranges of words.
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
