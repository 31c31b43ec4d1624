//! Features of a word in its sentence and document, hashed into buckets.
//!
//! The same code serves training (CoNLL tokens) and run time (the shared tokenizer's
//! tokens grouped into words), so a word gets the same features either way. Nothing here
//! allocates per word: strings are hashed as they are read, lower-cased on the fly.

use super::gazetteer;
use super::hashed::Hashed;
use crate::detect::lexicon;
use crate::fxhash::FxMap;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys are already hashes: pass them through instead of hashing them again.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(FNV_PRIME);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// Bump when the features change: a model trained on other features is stale.
pub const FEATURE_VERSION: u16 = 9;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(FNV_PRIME)
}

#[inline]
fn fnv_char(mut h: u64, c: char) -> u64 {
    if c.is_ascii() {
        return fnv_byte(h, c as u8);
    }
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

/// The bucket of a feature: template number and value, in `bits` bits. (One multiply,
/// Fibonacci hashing with a salt per template, was tried in its place: the model
/// trained with it scored 0.26 F1 lower on eng.testa.)
#[inline]
fn bucket(template: u64, value: u64, bits: u32) -> u32 {
    (mix(template, value) & ((1 << bits) - 1)) as u32
}

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let mut h = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^ (h >> 32)
}

/// Typographic variants CoNLL never uses, mapped to its ASCII forms.
#[inline]
fn normal(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' | '\u{B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        c => c,
    }
}

#[inline]
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// A fingerprint of everything a model's features depend on besides the code: the
/// feature version, the number of features per word, every lexicon entry and the word
/// cluster table. A model records it; one trained with other lists or clusters is stale.
pub fn fingerprint() -> u32 {
    let mut h = fnv_byte(FNV_OFFSET, FEATURE_VERSION as u8);
    h = fnv_byte(h, (FEATURE_VERSION >> 8) as u8);
    h = fnv_byte(h, PER_WORD as u8);
    h = CLUSTER_BYTES.iter().fold(h, |h, &b| fnv_byte(h, b));
    for (list, class) in Lexicon::lists() {
        h = fnv_byte(h, class);
        for entry in list {
            h = entry.bytes().fold(h, fnv_byte);
            h = fnv_byte(h, 0);
        }
    }
    (h ^ (h >> 32)) as u32
}

/// What each ASCII byte of a word becomes in one of the hashes.
#[derive(Clone, Copy)]
enum Ascii {
    /// [`lower_hash`]: lower-cased, digits folded to `0`.
    Lower,
    /// [`exact_hash`]: itself.
    Exact,
    /// [`shape_hashes`]: its [`shape_class`].
    Shape,
}

/// The byte table of one hash. Each also maps the one ASCII character [`normal`] changes
/// ('`' to '\'').
const fn ascii_table(of: Ascii) -> [u8; 128] {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match (of, c) {
            (_, b'`') => b'\'',
            (Ascii::Lower, b'0'..=b'9') => b'0',
            (Ascii::Lower, _) => c.to_ascii_lowercase(),
            (Ascii::Exact, _) => c,
            (Ascii::Shape, b'A'..=b'Z') => b'X',
            (Ascii::Shape, b'a'..=b'z') => b'x',
            (Ascii::Shape, b'0'..=b'9') => b'd',
            (Ascii::Shape, _) => c,
        };
        b += 1;
    }
    t
}

const LOWER_ASCII: [u8; 128] = ascii_table(Ascii::Lower);
const EXACT_ASCII: [u8; 128] = ascii_table(Ascii::Exact);
const SHAPE_ASCII: [u8; 128] = ascii_table(Ascii::Shape);

/// The FNV hash from `seed` of an ASCII word's bytes through `table`; `None` at the first
/// byte past ASCII, where the caller starts over on characters (which gives the same hash
/// for an ASCII word).
#[inline]
fn ascii_hash(word: &str, seed: u64, table: &[u8; 128]) -> Option<u64> {
    word.bytes().try_fold(seed, |h, b| table.get(b as usize).map(|&m| fnv_byte(h, m)))
}

/// Hash of the lower-cased word, digits folded to `0`.
#[inline]
pub fn lower_hash(word: &str) -> u64 {
    ascii_hash(word, FNV_OFFSET, &LOWER_ASCII).unwrap_or_else(|| lower_hash_chars(word))
}

/// [`lower_hash`] character by character, for any word.
fn lower_hash_chars(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        let c = normal(c);
        let c = if c.is_ascii_digit() { '0' } else { lower(c) };
        h = fnv_char(h, c);
    }
    h
}

pub(crate) fn exact_hash(word: &str) -> u64 {
    ascii_hash(word, FNV_OFFSET ^ 1, &EXACT_ASCII).unwrap_or_else(|| exact_hash_chars(word))
}

/// [`exact_hash`] character by character, for any word.
fn exact_hash_chars(word: &str) -> u64 {
    word.chars().fold(FNV_OFFSET ^ 1, |h, c| fnv_char(h, normal(c)))
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        normal(c)
    }
}

/// (short shape with runs collapsed, long shape capped at 6 of each run)
fn shape_hashes(word: &str) -> (u64, u64) {
    if !word.is_ascii() {
        return shape_hashes_of(word.chars().map(shape_class));
    }
    shape_hashes_of(word.bytes().map(|b| SHAPE_ASCII[b as usize] as char))
}

/// [`shape_hashes`] of the word's shape classes.
#[inline(always)]
fn shape_hashes_of(classes: impl Iterator<Item = char>) -> (u64, u64) {
    let (mut short, mut long) = (FNV_OFFSET ^ 2, FNV_OFFSET ^ 3);
    let (mut prev, mut run) = ('\0', 0);
    for s in classes {
        if s != prev {
            short = fnv_char(short, s);
            run = 0;
        }
        run += 1;
        if run <= 4 {
            long = fnv_char(long, s);
        }
        prev = s;
    }
    (short, long)
}

/// Word `j`'s [`lower_hash`], from `lowers` when it is there, else computed from `word`.
fn lower_at(lowers: &[u64], j: usize, word: &str) -> u64 {
    lowers.get(j).copied().unwrap_or_else(|| lower_hash(word))
}

/// [`exact_hash`] of the word with every character after the first lower-cased:
/// "GERMANY" as "Germany".
fn title_hash(word: &str) -> u64 {
    let mut chars = word.chars();
    let first = chars.next().map_or(FNV_OFFSET ^ 1, |c| fnv_char(FNV_OFFSET ^ 1, normal(c)));
    chars.fold(first, |h, c| fnv_char(h, lower(normal(c))))
}

/// The word clusters, compiled in (`model/clusters.bin`, made by `tools/clusters.py`).
pub(crate) static CLUSTER_BYTES: &[u8] = include_bytes!("../../../model/clusters.bin");

/// Brown clusters of capitalised word forms, from a large unlabelled corpus: words that
/// occur in the same contexts share a cluster ("Paris" and "London"), so a name never
/// seen in training gets weights learnt for the names it clusters with. A cluster is its
/// path in the cluster tree, the first branch in the lowest bit.
#[derive(Default)]
pub(super) struct Clusters {
    /// Low `key_bits` bits of a form's [`exact_hash`] -> cluster number.
    words: FxMap<u32, u16>,
    paths: Vec<u32>,
    mask: u64,
}

impl Clusters {
    /// Reads `tools/clusters.py`'s format; anything malformed gives no clusters.
    fn new(bytes: &[u8]) -> Clusters {
        Self::read(bytes).unwrap_or_default()
    }

    /// The table in `b`, or `None` if it is malformed in any way (never a panic).
    pub(super) fn read(b: &[u8]) -> Option<Clusters> {
        let u16_at = |i: usize| Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?));
        let u32_at = |i: usize| Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?));
        if b.get(..5)? != b"FLCL\x01" {
            return None;
        }
        let key_bits = *b.get(5)? as u32;
        let (count, n) = (u16_at(6)? as usize, u32_at(8)? as usize);
        // Every key takes at least a byte (its cluster number): a larger count is corrupt,
        // and must not size an allocation.
        if !(1..=32).contains(&key_bits) || n > b.len() {
            return None;
        }
        let paths = (0..count).map(|i| u32_at(12 + 4 * i)).collect::<Option<Vec<u32>>>()?;
        let mut at = 12 + 4 * count;
        // Keys are 32-bit: so is a gap's remainder at most.
        let r = *b.get(at)? as u32;
        if r > 32 {
            return None;
        }
        at += 1;
        // Rice-coded gaps between the sorted keys, bits from each byte's lowest.
        let (mut bit, mut key, mut keys) = (at * 8, 0u64, Vec::with_capacity(n));
        let read_bit = |bit: &mut usize| -> Option<u64> {
            let v = (*b.get(*bit / 8)? >> (*bit % 8)) & 1;
            *bit += 1;
            Some(v as u64)
        };
        for _ in 0..n {
            let mut q = 0u64;
            while read_bit(&mut bit)? == 1 {
                q += 1;
            }
            let mut low = 0u64;
            for k in 0..r {
                low |= read_bit(&mut bit)? << k;
            }
            key += (q << r) | low;
            keys.push(u32::try_from(key).ok()?);
        }
        let small = bit.div_ceil(8);
        let mut over = small + n;
        let mut words = FxMap::default();
        words.reserve(n);
        for (i, k) in keys.into_iter().enumerate() {
            let mut c = *b.get(small + i)? as u16;
            if c == 255 {
                c = u16_at(over)?;
                over += 2;
            }
            if c as usize >= count {
                return None;
            }
            words.insert(k, c);
        }
        Some(Clusters { words, paths, mask: (1 << key_bits) - 1 })
    }

    /// The cluster path of a word (0: none), by its form, or for an all-capitals word
    /// by its title-case form. Only capitalised forms are listed.
    fn path(&self, word: &str, exact: u64) -> u32 {
        if !word.starts_with(char::is_uppercase) {
            return 0;
        }
        let find = |h: u64| self.words.get(&((h & self.mask) as u32)).map(|&c| self.paths[c as usize]);
        if let Some(path) = find(exact) {
            return path;
        }
        let shouted = word.chars().nth(1).is_some() && !word.chars().any(char::is_lowercase);
        if shouted {
            find(title_hash(word)).unwrap_or(0)
        } else {
            0
        }
    }
}

/// Word lists, looked up by the lower-cased word, and the word clusters.
pub struct Lexicon {
    /// This lexicon's [`super::fresh_id`], for the caches of what its words give.
    id: u64,
    /// Classes by [`lower_hash`] ([`Hashed`]: cheaper than hashbrown in wasm).
    classes: Hashed<u8>,
    clusters: Clusters,
}

const DEMONYM: u8 = 1;
const PLACE: u8 = 2;
const TITLE: u8 = 4;
const ORG_WORD: u8 = 8;
const PARTICLE: u8 = 16;
const PLACE_WORD: u8 = 32;
const FIRST_NAME: u8 = 64;

impl Lexicon {
    /// Builds the lookup from the compiled-in lists.
    pub fn new() -> Lexicon {
        let mut classes = Hashed::default();
        for (list, class) in Self::lists() {
            for entry in list {
                // Multi-word places count for none of their words alone.
                if !entry.contains(' ') {
                    *classes.get_or_insert_with(lower_hash(entry), || 0) |= class;
                }
            }
        }
        Lexicon { id: super::fresh_id(), classes, clusters: Clusters::new(CLUSTER_BYTES) }
    }

    fn lists() -> [(&'static [&'static str], u8); 12] {
        [
            (lexicon::DEMONYMS, DEMONYM),
            (lexicon::PLACES, PLACE),
            (lexicon::TITLES, TITLE),
            (lexicon::ORG_WORDS, ORG_WORD),
            (lexicon::NAME_PARTICLES, PARTICLE),
            (gazetteer::DEMONYMS, DEMONYM),
            (gazetteer::PLACES, PLACE),
            (gazetteer::TITLES, TITLE),
            (gazetteer::ORG_WORDS, ORG_WORD),
            (gazetteer::PLACE_WORDS, PLACE_WORD),
            (gazetteer::FIRST_NAMES, FIRST_NAME),
            (
                &[
                    "al", "bin", "ibn", "abu", "abdel", "abd", "el", "ben", "van", "von", "der", "den", "de", "da",
                    "dos", "del", "della", "di", "du", "la", "le", "st",
                ],
                PARTICLE,
            ),
        ]
    }

    /// One lexicon for the whole process, built on first use (the detector and the
    /// document statistics share it).
    pub fn shared() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(Lexicon::new)
    }

    /// A number no other lexicon or model in this process has.
    pub fn id(&self) -> u64 {
        self.id
    }

    fn class(&self, lower: u64) -> u8 {
        self.classes.get(lower).copied().unwrap_or(0)
    }

    /// The word's cluster path, 0 for none ([`Clusters::path`]).
    pub(crate) fn cluster(&self, word: &str, exact: u64) -> u32 {
        self.clusters.path(word, exact)
    }

    /// True when the word is a title ("MP", "President").
    pub fn is_title(&self, word: &str) -> bool {
        self.class(lower_hash(word)) & TITLE != 0
    }

    /// True when the word is a name particle ("al", "bin", "van").
    pub fn is_particle(&self, word: &str) -> bool {
        self.class(lower_hash(word)) & PARTICLE != 0
    }

    /// True when the word is a given name of the lists ("Robert", "Fatima").
    pub fn is_first_name(&self, word: &str) -> bool {
        self.class(lower_hash(word)) & FIRST_NAME != 0
    }

    /// True when the word is a head word of organisation or place names ("Court",
    /// "Council", "Ocean", "Street"), all of them common nouns too.
    pub fn is_head_word(&self, word: &str) -> bool {
        self.class(lower_hash(word)) & (ORG_WORD | PLACE_WORD) != 0
    }

    /// True when the word is a nationality, religious or political group.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.class(lower_hash(word)) & DEMONYM != 0
    }

    /// True when `name` is a place of the lists, a country, region, continent or large
    /// city ("Australia", "United States"), or a country's usual abbreviation ("U.S.").
    pub fn is_place(&self, name: &str) -> bool {
        let abbreviation = |&(short, _): &(&str, &str)| short == name && !short.contains(char::is_lowercase);
        if lexicon::COUNTRY_SHORT_NAMES.iter().any(abbreviation) {
            return true;
        }
        if name.contains(' ') {
            return Self::lists().iter().any(|&(list, class)| class == PLACE && list.contains(&name));
        }
        self.class(lower_hash(name)) & PLACE != 0
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

const SEEN_LOWER: u8 = 1;
const SEEN_TITLE_MID: u8 = 2;
const SEEN_CAPS_MID: u8 = 4;

// Contexts a capitalised form is seen in anywhere in the document (outside headlines).
const AFTER_TITLE: u8 = 1;
const BEFORE_ORG_WORD: u8 = 2;
const AFTER_PLACE_PREP: u8 = 4;
const IN_RUN: u8 = 8;
const ALONE: u8 = 16;
const AFTER_THE: u8 = 32;
const BEFORE_DEMONYM_OR_PLACE: u8 = 64;
const APPOSITIVE: u8 = 128;

/// What the whole document says about each word form: is it ever written lower-case, or
/// capitalised in the middle of a sentence, and next to what? That tells "Newsletter"
/// (page furniture at a line start) from a name, a name in an all-caps headline from a
/// shouted word, and lends one mention's telling context ("Mr", "in") to the others.
#[derive(Default)]
pub struct DocStats {
    /// Flags and contexts by [`lower_hash`], in a table cheaper than hashbrown in wasm
    /// ([`super::hashed`]).
    seen: Hashed<(u8, u8)>,
    lex: Option<&'static Lexicon>,
    /// Every word's [`lower_hash`], sentence after sentence: the extractor and the history
    /// read them here ([`DocStats::sentence`]) rather than hash each word again.
    lowers: Vec<u64>,
    /// Per sentence added: where its words start in `lowers`, whether it is a
    /// [`caps_line`], and its [`first_word`].
    sentences: Vec<(usize, bool, Option<usize>)>,
}

/// What [`DocStats::add`] worked out for one sentence, read again by the feature extractor
/// and the history, so that each is computed once.
#[derive(Clone, Copy)]
pub struct SentenceStats<'a> {
    /// The document's stats.
    of: &'a DocStats,
    /// Each word's [`lower_hash`].
    pub lowers: &'a [u64],
    /// Whether the sentence is a headline in capitals ([`caps_line`]).
    pub caps: bool,
    /// Its first word that starts with a letter or digit.
    pub first: Option<usize>,
}

impl<'a> SentenceStats<'a> {
    /// These stats if they are those of `words`, else the same document's stats with the
    /// sentence's own worked out afresh (hashes as they are read). Only the number of words
    /// is compared (hashing them again would cost what keeping the hashes saves), so the
    /// caller hands the stats of these very words: [`DocStats::sentence`]`(k)` for the
    /// `k`th sentence added. Debug builds check the hashes too.
    pub(crate) fn checked(self, words: &[&str]) -> SentenceStats<'a> {
        if self.lowers.len() == words.len() {
            debug_assert!(
                words.iter().zip(self.lowers).all(|(w, &h)| lower_hash(w) == h),
                "the stats of another sentence"
            );
            return self;
        }
        SentenceStats { of: self.of, lowers: &[], caps: caps_line(words), first: first_word(words) }
    }

    /// Word `j`'s [`lower_hash`] (computed afresh past the recorded ones).
    fn lower(&self, j: usize, word: &str) -> u64 {
        lower_at(self.lowers, j, word)
    }
}

impl DocStats {
    /// An empty record.
    pub fn new() -> DocStats {
        DocStats::default()
    }

    /// An empty record with room for `sentences` sentences of `words` words in all, so
    /// that it is not grown (and its map rehashed) step by step as they are added.
    pub fn with_capacity(sentences: usize, words: usize) -> DocStats {
        let mut stats = DocStats::default();
        stats.lowers.reserve(words);
        stats.sentences.reserve(sentences);
        // Forms repeat: the map ends with one entry for 4.4 words of the 20 Wikinews
        // articles and for 6.8 of CoNLL's test text. (Room for a form in 3 words made the
        // table sparser: 1% more instructions on the CoNLL text, and cache misses in wasm.)
        stats.seen = Hashed::with_capacity(words / 6);
        stats
    }

    /// Records one sentence of the document; the sentences added are numbered from 0 for
    /// [`DocStats::sentence`].
    #[inline(never)]
    pub fn add(&mut self, words: &[&str]) {
        let lex = *self.lex.get_or_insert_with(Lexicon::shared);
        let caps = caps_line(words);
        let first = first_word(words);
        let start = self.lowers.len();
        self.sentences.push((start, caps, first));
        self.lowers.extend(words.iter().map(|w| lower_hash(w)));
        let lowers = &self.lowers[start..];
        for (i, w) in words.iter().enumerate() {
            // Words starting with a letter, lower-case or not (an ASCII first byte is read
            // without decoding a character).
            let lower_case = match w.as_bytes().first() {
                None => continue,
                Some(b'a'..=b'z') => true,
                Some(b'A'..=b'Z') => false,
                Some(b) if b.is_ascii() => continue,
                _ => match w.chars().next() {
                    Some(c) if c.is_alphabetic() => c.is_lowercase(),
                    _ => continue,
                },
            };
            let (mut flag, mut ctx) = (0, 0);
            if lower_case {
                flag = SEEN_LOWER;
            } else if !caps {
                if Some(i) != first {
                    flag = if w.chars().any(char::is_lowercase) { SEEN_TITLE_MID } else { SEEN_CAPS_MID };
                }
                let prev = if i > 0 { Some(words[i - 1]) } else { None };
                let next = words.get(i + 1).copied();
                let pl = if i > 0 { lex.class(lowers[i - 1]) } else { 0 };
                let nl = lowers.get(i + 1).map_or(0, |&n| lex.class(n));
                if pl & TITLE != 0 {
                    ctx |= AFTER_TITLE;
                }
                if nl & ORG_WORD != 0 {
                    ctx |= BEFORE_ORG_WORD;
                }
                if nl & (DEMONYM | PLACE) != 0 {
                    ctx |= BEFORE_DEMONYM_OR_PLACE;
                }
                if prev.is_some_and(|p| matches!(p, "in" | "at" | "near" | "from")) {
                    ctx |= AFTER_PLACE_PREP;
                }
                if next == Some(",") && words.get(i + 2).is_some_and(|w| matches!(*w, "a" | "an" | "the")) {
                    ctx |= APPOSITIVE;
                }
                if prev.is_some_and(|p| p == "the") {
                    ctx |= AFTER_THE;
                }
                let run = (Some(i) != first && prev.is_some_and(capitalised)) || next.is_some_and(capitalised);
                ctx |= if run { IN_RUN } else { ALONE };
            }
            if flag | ctx != 0 {
                let e = self.seen.get_or_insert_with(lowers[i], || (0, 0));
                e.0 |= flag;
                e.1 |= ctx;
            }
        }
    }

    /// The `k`th sentence added (0 for the first), or an empty one past the last.
    pub fn sentence(&self, k: usize) -> SentenceStats<'_> {
        let Some(&(start, caps, first)) = self.sentences.get(k) else {
            return SentenceStats { of: self, lowers: &[], caps: false, first: None };
        };
        let end = self.sentences.get(k + 1).map_or(self.lowers.len(), |s| s.0);
        SentenceStats { of: self, lowers: &self.lowers[start..end], caps, first }
    }

    fn get(&self, lower: u64) -> (u8, u8) {
        self.seen.get(lower).copied().unwrap_or((0, 0))
    }
}

/// No word has a lower-case letter and some word has two capitals: a headline in capitals.
pub fn caps_line(words: &[&str]) -> bool {
    let mut upper_word = false;
    for w in words {
        if w.chars().any(char::is_lowercase) {
            return false;
        }
        upper_word |= w.chars().filter(|c| c.is_uppercase()).nth(1).is_some();
    }
    upper_word
}

fn first_word(words: &[&str]) -> Option<usize> {
    words.iter().position(|w| w.chars().next().is_some_and(char::is_alphanumeric))
}

/// The word starts with a capital (an ASCII first byte is read without decoding a
/// character).
fn capitalised(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.starts_with(char::is_uppercase),
    }
}

/// What is computed once per word and read by its neighbours too.
#[derive(Clone, Copy, Default)]
struct Word {
    lower: u64,
    exact: u64,
    shape: u64,
    long_shape: u64,
    lex: u8,
    doc: u8,
    ctx: u8,
    cap: u8,
    cluster: u32,
}

/// Is word `i` among those `keep` marks ([`super::tagger::scored`])? `None` marks every word.
fn kept(keep: Option<&[bool]>, i: usize) -> bool {
    keep.is_none_or(|k| k.get(i).copied().unwrap_or(true))
}

/// The items `keep` marks, with their indices, in order ([`kept`]).
pub(crate) fn kept_items<'a, T>(items: &'a [T], keep: Option<&'a [bool]>) -> impl Iterator<Item = (usize, &'a T)> + 'a {
    items.iter().enumerate().filter(move |&(i, _)| kept(keep, i))
}

/// Sentinel words at each end of a sentence, so neighbours at -2..+2 are plain indexing.
const EDGE: usize = 2;

/// Reusable buffers for extracting a sentence's features.
#[derive(Default)]
pub struct Extractor {
    words: Vec<Word>,
    /// Per word of the sentence: does a kept word read it?
    read: Vec<bool>,
    /// Each word form's [`Word`] but for `doc` and `ctx`, by its [`exact_hash`], as read
    /// with the lexicon whose id is `forms_lex` (another lexicon starts it afresh). Looked up
    /// for each word a kept word reads: a [`Hashed`] table is cheaper than hashbrown in wasm.
    forms: Hashed<Word>,
    forms_lex: u64,
}

/// The most word forms a per-thread cache of forms keeps before it starts afresh (the
/// [`Extractor`]'s, and the entity detector's summed weights): news text is a few thousand
/// forms over and over. The tables ([`super::hashed`]) are at most half full: 2^15 forms take
/// 2^16 slots of 56 bytes (3.7 MB; hashbrown's took as many at 2^15).
pub(crate) const FORMS_MAX: usize = 1 << 15;

const BOS: u64 = 0x5151_0001;
const EOS: u64 = 0x5151_0002;

impl Extractor {
    /// Fresh buffers.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// Appends the feature buckets (`< 1 << bits`) of the sentence's words to `out`,
    /// [`PER_WORD`] of them per word in order; unused slots hold [`NONE`]. `keep` picks the
    /// words (those the tagger scores, [`super::tagger::scored`]); `None` is every word.
    /// `doc` is this sentence of the document ([`DocStats::sentence`]).
    pub fn sentence(
        &mut self,
        words: &[&str],
        keep: Option<&[bool]>,
        lex: &Lexicon,
        doc: SentenceStats,
        bits: u32,
        out: &mut Vec<u32>,
    ) {
        self.sentence_with(words, keep, lex, doc, bits, None, out);
    }

    /// Like [`Self::sentence`], but only the [`PAIRED`] buckets go to `out`
    /// ([`PAIRED_PER_WORD`] per word); the word's other buckets go to `parts` in three
    /// parts, each under a key that stands for what its values read: the word form alone and
    /// with its sentence's and document's flags ([`LEXICAL`] and [`FLAGGED`]), the word
    /// before alone ([`PREVIOUS`]) and the word after alone ([`NEXT`]). Forms and flags
    /// repeat, so the detector sums each part's weights once per key, not once per word.
    #[allow(clippy::too_many_arguments)]
    pub fn parts(
        &mut self,
        words: &[&str],
        keep: Option<&[bool]>,
        lex: &Lexicon,
        doc: SentenceStats,
        bits: u32,
        out: &mut Vec<u32>,
        parts: &mut dyn Parts,
    ) {
        self.sentence_with(words, keep, lex, doc, bits, Some(parts), out);
    }

    #[allow(clippy::too_many_arguments)]
    fn sentence_with(
        &mut self,
        words: &[&str],
        keep: Option<&[bool]>,
        lex: &Lexicon,
        doc: SentenceStats,
        bits: u32,
        mut parts: Option<&mut dyn Parts>,
        out: &mut Vec<u32>,
    ) {
        debug_assert!(keep.is_none_or(|k| k.len() == words.len()), "one mark per word");
        let kept = |i: usize| kept(keep, i);
        let doc = doc.checked(words);
        let (caps, first) = (doc.caps as u64, doc.first);
        // Lines of a results table ("Bolton 3 Wimbledon 1") name teams, not places.
        let digits = words.iter().filter(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit)).count();
        let table = (digits >= 2 && digits * 3 >= words.len()) as u64;
        let bos = Word { lower: BOS, exact: BOS, shape: BOS, long_shape: BOS, lex: 0xFF, ..Word::default() };
        let eos = Word { lower: EOS, exact: EOS, shape: EOS, long_shape: EOS, lex: 0xFF, ..Word::default() };
        if self.forms_lex != lex.id() || self.forms.len() > FORMS_MAX {
            self.forms.clear();
            self.forms_lex = lex.id();
        }
        self.words.clear();
        self.words.extend([bos; EDGE]);
        // The words a kept word reads (itself and two on each side), marked from each kept
        // word once rather than looked for around each word (Wikinews: 0.14M fewer
        // instructions a pass).
        self.read.clear();
        self.read.resize(words.len(), false);
        for i in (0..words.len()).filter(|&i| kept(i)) {
            self.read[i.saturating_sub(EDGE)..(i + EDGE + 1).min(words.len())].fill(true);
        }
        for (j, w) in words.iter().enumerate() {
            // A word no kept word reads (none within two) is left blank but for its
            // capital, which the runs of capitalised words look at.
            if !self.read[j] {
                self.words.push(Word { cap: capitalised(w) as u8, ..Word::default() });
                continue;
            }
            let lower = doc.lower(j, w);
            // The document's flags are read only for a kept word itself (`me`).
            let (seen, ctx) = if kept(j) { doc.of.get(lower) } else { (0, 0) };
            let exact = exact_hash(w);
            // What the form alone gives, worked out the first time this extractor meets it.
            let form = *self.forms.get_or_insert_with(exact, || {
                let (shape, long_shape) = shape_hashes(w);
                let c0 = w.chars().next().unwrap_or(' ');
                let cap = if c0.is_uppercase() { 1 + !w.chars().any(char::is_lowercase) as u8 } else { 0 };
                Word { lower, exact, cluster: lex.cluster(w, exact), shape, long_shape, lex: lex.class(lower), cap, ..Word::default() }
            });
            self.words.push(Word { doc: seen, ctx, ..form });
        }
        self.words.extend([eos; EDGE]);
        let n = words.len();
        for (i, &word) in words.iter().enumerate() {
            if !kept(i) {
                continue;
            }
            let ws: &[Word; 2 * EDGE + 1] = self.words[i..i + 2 * EDGE + 1].try_into().expect("a window of five words");
            let me = ws[EDGE];
            // Where the word sits in its run of capitalised words (sentinels are not).
            let capd = |j: usize| self.words[j + EDGE].cap != 0;
            let run = (me.cap != 0).then(|| {
                let mut a = i;
                while a > 0 && capd(a - 1) && i - a < 4 {
                    a -= 1;
                }
                let mut b = i + 1;
                while b < n && capd(b) && b - i < 4 {
                    b += 1;
                }
                ((i - a) * 8 + (b - i)) as u64
            });
            let window = Window { ws, word, caps, initial: (Some(i) == first) as u64, table, run };
            // One word's buckets go to a fixed buffer, then to `out` at once; unused slots
            // hold NONE.
            let mut buf = [NONE; PER_WORD];
            let mut used = 0;
            let groups = if parts.is_some() { PAIRED } else { ALL };
            window.templates(groups, &mut |template, value| {
                if let Some(slot) = buf.get_mut(used) {
                    *slot = bucket(template, value, bits);
                }
                used += 1;
            });
            debug_assert!(used <= PER_WORD, "{used} buckets for {word:?}");
            let Some(parts) = parts.as_deref_mut() else {
                out.extend_from_slice(&buf);
                continue;
            };
            debug_assert!(used <= PAIRED_PER_WORD, "{used} paired buckets for {word:?}");
            out.extend_from_slice(&buf[..PAIRED_PER_WORD]);
            let flags = window.initial
                | window.caps << 1
                | window.table << 2
                | (me.doc as u64) << 3
                | (if me.cap != 0 { me.ctx as u64 } else { 0 }) << 11;
            // The form's own buckets are one part with its flagged ones: a form comes with
            // few sets of flags, and a lookup fewer a word took Wikinews from 35.26M to 35.05M
            // instructions a pass, CoNLL eng.testb from 165.05M to 163.90M.
            for (group, key) in [
                (LEXICAL | FLAGGED, mix(me.exact, flags)),
                (PREVIOUS, ws[EDGE - 1].exact),
                (NEXT, ws[EDGE + 1].exact),
            ] {
                parts.part(mix(group as u64, key), &mut |v: &mut Vec<u32>| {
                    window.templates(group, &mut |template, value| v.push(bucket(template, value, bits)))
                });
            }
            parts.end_word();
        }
    }
}

/// Receives the parts of each word's buckets from [`Extractor::parts`].
pub trait Parts {
    /// Adds a part to the current word. Two parts with one `key` have the same buckets;
    /// `buckets` appends this part's to its argument (for a key not met before).
    fn part(&mut self, key: u64, buckets: &mut dyn FnMut(&mut Vec<u32>));
    /// Ends the current word: the next part is the next kept word's.
    fn end_word(&mut self);
}

/// Groups of templates, by what their values read ([`Extractor::parts`]).
/// The word form alone: its exact and lower-cased forms, shapes, lexicon class, affixes
/// and cluster.
pub const LEXICAL: u8 = 1;
/// The word form with the flags of its sentence (first word, headline in capitals,
/// results table) and of its document ([`DocStats`]).
pub const FLAGGED: u8 = 2;
/// The word before, alone.
pub const PREVIOUS: u8 = 4;
/// The word after, alone.
pub const NEXT: u8 = 8;
/// The rest: the word with a neighbour, two neighbours, and the run of capitals.
pub const PAIRED: u8 = 16;
const ALL: u8 = LEXICAL | FLAGGED | PREVIOUS | NEXT | PAIRED;

/// What a word's templates read: its window of five words and the sentence's flags.
struct Window<'a> {
    ws: &'a [Word; 2 * EDGE + 1],
    word: &'a str,
    caps: u64,
    initial: u64,
    table: u64,
    /// Where a capitalised word sits in its run of capitalised words.
    run: Option<u64>,
}

impl Window<'_> {
    /// Calls `f(template, value)` for each template of `groups` that the word has, in the
    /// order the model was trained in.
    #[inline(always)]
    fn templates(&self, groups: u8, f: &mut impl FnMut(u64, u64)) {
        let ws = self.ws;
        let lw = |d: isize| ws[(EDGE as isize + d) as usize].lower;
        let sh = |d: isize| ws[(EDGE as isize + d) as usize].shape;
        let lx = |d: isize| ws[(EDGE as isize + d) as usize].lex as u64;
        let ex = |d: isize| ws[(EDGE as isize + d) as usize].exact;
        let cl = |d: isize| ws[(EDGE as isize + d) as usize].cluster as u64;
        let me = ws[EDGE];
        let (caps, initial, table) = (self.caps, self.initial, self.table);
        // A template's value is worked out only when its group is asked for.
        macro_rules! t {
            ($group:expr, $t:expr, $v:expr) => {
                if groups & $group != 0 {
                    f($t, $v)
                }
            };
        }
        t!(LEXICAL, 0, 0);
        t!(LEXICAL, 1, me.exact);
        t!(LEXICAL, 2, me.lower);
        t!(PREVIOUS, 3, lw(-1));
        t!(NEXT, 4, lw(1));
        t!(PAIRED, 5, lw(-2));
        t!(PAIRED, 6, lw(2));
        t!(LEXICAL, 7, me.shape);
        t!(LEXICAL, 8, me.long_shape);
        t!(PREVIOUS, 9, sh(-1));
        t!(NEXT, 10, sh(1));
        t!(PAIRED, 11, mix(sh(-1), me.shape));
        t!(PAIRED, 12, mix(me.shape, sh(1)));
        t!(PAIRED, 13, mix(lw(-1), me.lower));
        t!(PAIRED, 14, mix(me.lower, lw(1)));
        t!(PAIRED, 15, mix(lw(-1), me.shape));
        t!(PAIRED, 16, mix(me.shape, lw(1)));
        t!(FLAGGED, 17, mix(initial, me.shape));
        t!(FLAGGED, 18, mix(caps, me.shape));
        t!(FLAGGED, 19, mix(caps, me.lower));
        t!(FLAGGED, 20, mix(initial * 2 + caps, me.lower));
        t!(LEXICAL, 21, me.lex as u64);
        t!(PREVIOUS, 22, lx(-1));
        t!(NEXT, 23, lx(1));
        t!(LEXICAL, 24, mix(me.lex as u64, me.shape));
        t!(FLAGGED, 25, mix(me.doc as u64 * 8 + me.cap as u64 * 2 + initial, caps));
        t!(FLAGGED, 26, mix(me.doc as u64, me.shape));
        if groups & FLAGGED != 0 && me.cap != 0 {
            for bit in 0..8 {
                if me.ctx & (1 << bit) != 0 {
                    f(60 + bit, mix(caps, initial));
                }
            }
        }
        t!(PAIRED, 27, mix(sh(-2), sh(-1)));
        t!(PAIRED, 28, mix(sh(1), sh(2)));
        t!(PAIRED, 29, mix(mix(sh(-1), me.shape), sh(1)));
        if groups & LEXICAL != 0 {
            affixes(self.word, f);
            clusters(me.cluster, f);
        }
        t!(PREVIOUS, 85, cl(-1));
        t!(NEXT, 86, cl(1));
        t!(PREVIOUS, 87, cl(-1) & 63);
        t!(NEXT, 88, cl(1) & 63);
        t!(FLAGGED, 50, mix(table, me.shape));
        t!(FLAGGED, 51, mix(table, me.lower));
        t!(PREVIOUS, 45, ex(-1));
        t!(NEXT, 46, ex(1));
        t!(PAIRED, 47, mix(lw(-2), lw(-1)));
        t!(PAIRED, 48, mix(me.lower, mix(lw(-1), lw(1))));
        if let Some(run) = self.run {
            t!(PAIRED, 49, mix(run, caps));
        }
    }
}

/// Prefixes and suffixes of the lower-cased word, one to four characters.
#[inline]
fn affixes(word: &str, f: &mut impl FnMut(u64, u64)) {
    let mut h = FNV_OFFSET;
    for (k, c) in word.chars().take(4).enumerate() {
        h = fnv_char(h, lower(normal(c)));
        f(30 + k as u64, h);
    }
    let mut h = FNV_OFFSET;
    for (k, c) in word.chars().rev().take(4).enumerate() {
        h = fnv_char(h, lower(normal(c)));
        f(34 + k as u64, h);
    }
}

/// The word's cluster path and its first 4, 6 and 10 branches (Ratinov & Roth 2009).
#[inline]
fn clusters(path: u32, f: &mut impl FnMut(u64, u64)) {
    let p = path as u64;
    f(80, p);
    f(81, p & 15);
    f(82, p & 63);
    f(83, p & 1023);
}

/// An unused feature slot.
pub const NONE: u32 = u32::MAX;

/// Feature buckets per word.
pub const PER_WORD: usize = 61;

/// [`PAIRED`] buckets per word, at most ([`Extractor::parts`]): the words two before and
/// two after, the word with the one before or after (four), shapes in pairs and threes
/// (five), lower-cased words in twos and threes (two) and the run of capitals.
pub const PAIRED_PER_WORD: usize = 14;

/// Feature buckets per word from the document's history.
pub const HIST_PER_WORD: usize = 2;

/// Feature buckets per word in all: [`PER_WORD`] from the sentence, then
/// [`HIST_PER_WORD`] from the history.
pub const STRIDE: usize = PER_WORD + HIST_PER_WORD;

/// How the words of earlier sentences of the document were tagged: a name tagged as a
/// person once is likely a person again ("Alrawi" after "Khalid Alrawi").
#[derive(Default)]
pub struct History {
    types: HashedMap<[u16; 4]>,
}

impl History {
    /// An empty history.
    pub fn new() -> History {
        History::default()
    }

    /// Records a tagged sentence: `spans` as `(first, last + 1, type)`.
    pub fn record(&mut self, words: &[&str], spans: &[(usize, usize, usize)]) {
        self.record_with(words, &[], spans)
    }

    /// [`Self::record`] given the words' [`lower_hash`]es (those missing are computed).
    #[inline(never)]
    pub fn record_with(&mut self, words: &[&str], lowers: &[u64], spans: &[(usize, usize, usize)]) {
        for &(a, b, ty) in spans {
            // A span past the words (a caller's mistake) records nothing, as before.
            let span = if a <= b && b <= words.len() { a..b } else { 0..0 };
            for (i, w) in words.iter().enumerate().take(span.end).skip(span.start) {
                if w.starts_with(char::is_uppercase) {
                    let lower = lower_at(lowers, i, w);
                    let c = self.types.entry(lower).or_insert([0; 4]);
                    c[ty.min(3)] = c[ty.min(3)].saturating_add(1);
                }
            }
        }
    }

    /// Interleaves a sentence's features (`PER_WORD` per word) with its history features
    /// into `out`, [`STRIDE`] per word.
    pub fn combine(&self, words: &[&str], sentence: &[u32], bits: u32, out: &mut Vec<u32>) {
        self.interleave(words, caps_line(words), &[], None, sentence, PER_WORD, bits, out)
    }

    /// [`Self::combine`] for the words `keep` picks (`None`: all of them, as in
    /// [`Extractor::sentence`]), `per_word` sentence buckets per word ([`PAIRED_PER_WORD`]
    /// from [`Extractor::parts`]); `doc` is the sentence's [`DocStats::sentence`].
    #[allow(clippy::too_many_arguments)]
    pub fn combine_with(
        &self,
        words: &[&str],
        doc: SentenceStats,
        keep: Option<&[bool]>,
        sentence: &[u32],
        per_word: usize,
        bits: u32,
        out: &mut Vec<u32>,
    ) {
        let doc = doc.checked(words);
        self.interleave(words, doc.caps, doc.lowers, keep, sentence, per_word, bits, out)
    }

    /// [`Self::combine_with`] given the sentence's [`caps_line`] and its words'
    /// [`lower_hash`]es (those missing are computed).
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn interleave(
        &self,
        words: &[&str],
        caps: bool,
        lowers: &[u64],
        keep: Option<&[bool]>,
        sentence: &[u32],
        per_word: usize,
        bits: u32,
        out: &mut Vec<u32>,
    ) {
        let caps = caps as u64;
        debug_assert!(keep.is_none_or(|k| k.len() == words.len()), "one mark per word");
        for ((i, w), f) in kept_items(words, keep).zip(sentence.chunks(per_word)) {
            out.extend_from_slice(f);
            let cap = w.starts_with(char::is_uppercase);
            let lower = || lower_at(lowers, i, w);
            match if cap { self.types.get(&lower()) } else { None } {
                Some(c) => {
                    let best = (0..4).max_by_key(|&t| (c[t], std::cmp::Reverse(t))).unwrap_or(0) as u64;
                    // Counts saturate at u16::MAX on long pages; compare them in u32.
                    let total: u32 = c.iter().map(|&n| u32::from(n)).sum();
                    let sure = (u32::from(c[best as usize]) * 4 >= total * 3) as u64;
                    out.push(bucket(70, best * 2 + sure, bits));
                    out.push(bucket(71, mix(best, caps), bits));
                }
                None => out.extend_from_slice(&[NONE; HIST_PER_WORD]),
            }
        }
    }
}

#[cfg(test)]
mod hash_tests {
    use super::*;
    use proptest::prelude::*;

    /// The byte-table paths of the word hashes against the character-by-character ones,
    /// which say what the hashes are (the model was trained on them).
    fn same_hashes(word: &str) {
        assert_eq!(lower_hash(word), lower_hash_chars(word), "lower_hash({word:?})");
        assert_eq!(exact_hash(word), exact_hash_chars(word), "exact_hash({word:?})");
        assert_eq!(shape_hashes(word), shape_hashes_of(word.chars().map(shape_class)), "shape_hashes({word:?})");
    }

    #[test]
    fn every_ascii_byte_hashes_as_its_character() {
        for b in 0..128u8 {
            let c = b as char;
            for word in [c.to_string(), format!("Ab{c}{c}{c}{c}{c}9"), format!("{c}x`Y")] {
                same_hashes(&word);
            }
        }
        for word in ["", "Ünited", "naïve", "O’Brien", "`quoted`", "ÄÖÜ", "1990s", "x\u{301}"] {
            same_hashes(word);
        }
    }

    proptest! {
        #[test]
        fn byte_paths_equal_char_paths(word in "[ -~]{0,12}", tail in "[ -~éÄ’\u{2014}\u{1F600}]{0,4}") {
            same_hashes(&word);
            same_hashes(&format!("{word}{tail}"));
            same_hashes(&format!("{tail}{word}"));
        }
    }
}
