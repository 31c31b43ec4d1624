//! [`may_start_figure`] must never rule out a token where [`figure`] finds a hit, or the
//! detector would silently lose figures. These tests try [`figure`] at every token of many
//! texts, ungated, and check the gate lets each hit through; and they check that
//! [`Numbers::find`] finds what the detector without the gate finds ([`reference_find`]).
//! The texts: every case in `tests.rs`, the golden inputs, the Wikinews articles when
//! `../shared/data` is there, and generated text made of the detector's own words in every
//! case and spacing.

use super::lexicon::{self, Unit};
use super::{dates, figure, may_start_figure, Numbers, View, DECADE_WORDS, DURATION_ARTICLES, RANGE_OPENERS, SIGN_WORDS};
use crate::annotation::Annotation;
use crate::text::tokens::{tokenize, TokenKind};
use proptest::prelude::*;

fn numbers() -> &'static Numbers {
    static NUMBERS: std::sync::OnceLock<Numbers> = std::sync::OnceLock::new();
    NUMBERS.get_or_init(Numbers::new)
}

/// The detector as it was written before the gate: every token tried.
fn reference_find(text: &str) -> Vec<Annotation> {
    numbers().scan(text, &tokenize(text), |_, _| true)
}

/// Checks the gate at every token ([`check_gate`]) and that [`Numbers::find`] finds what
/// [`reference_find`] does.
fn check(text: &str) -> (usize, usize) {
    let counts = check_gate(text);
    assert_eq!(numbers().find(text, &tokenize(text)), reference_find(text), "{text:?}");
    counts
}

/// Panics at the first token where [`figure`] finds a hit that the gate rules out.
/// Returns how many tokens the gate let through, and how many there were.
fn check_gate(text: &str) -> (usize, usize) {
    let tokens = tokenize(text);
    let mut lowered = String::new();
    let v = View::new(text, &tokens, &mut lowered);
    let mut passed = 0;
    for i in 0..tokens.len() {
        let gate = may_start_figure(&v, i);
        passed += usize::from(gate);
        if !gate {
            if let Some(hit) = figure(&v, i) {
                let found = &text[tokens[hit.start].span.start..tokens[hit.end - 1].span.end];
                panic!("the gate rules out token {i} {:?}, where {found:?} starts, in {text:?}", v.raw(i));
            }
        }
    }
    (passed, tokens.len())
}

/// The text of every case in `tests.rs`: the first string literal of each `t!` line.
fn case_texts() -> Vec<String> {
    let source = include_str!("tests.rs");
    let texts: Vec<String> = source
        .lines()
        .filter_map(|l| l.strip_prefix("t!("))
        .filter_map(|l| string_literal(&l[l.find('"')?..]))
        .collect();
    assert!(texts.len() > 250, "only {} cases read from tests.rs", texts.len());
    texts
}

/// The Rust string literal `s` starts with, unescaped (the escapes tests.rs uses).
fn string_literal(s: &str) -> Option<String> {
    let mut chars = s.strip_prefix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                'u' => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}

#[test]
fn gate_keeps_every_case() {
    for text in case_texts() {
        check(&text);
        // The case inside a sentence, and after a capitalised word, which some readings
        // look back at.
        check(&format!("He said {text} and left."));
        check(&format!("Yesterday, {text}"));
    }
}

#[test]
fn gate_keeps_every_figure_in_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut read = 0;
    for dir in [root.join("tests/golden/inputs"), root.join("../shared/data/articles")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipped {}: not there", dir.display());
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                check(&text);
                read += 1;
            }
        }
    }
    assert!(read > 0, "no input files read");
}

#[test]
fn gate_rules_out_common_words() {
    // The gate earns its keep on the commonest words; a broken hash would let all through.
    let text = "the said of and to in that was for on is with he it as by at his from government Mrs at least";
    let tokens = tokenize(text);
    let mut lowered = String::new();
    let v = View::new(text, &tokens, &mut lowered);
    let through: Vec<&str> = (0..tokens.len()).filter(|&i| may_start_figure(&v, i)).map(|i| v.raw(i)).collect();
    assert_eq!(through, ["from", "at"]);
}

/// The detector's own words: every list it reads, each word in three cases.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut add = |w: &str| {
        for form in [w.to_string(), w.to_uppercase(), capitalised(w)] {
            words.push(form);
        }
    };
    for list in lexicon::NUMBER_WORD_LISTS {
        list.iter().for_each(|w| add(w));
    }
    for (q, _) in lexicon::QUALIFIERS {
        q.iter().for_each(|w| add(w));
    }
    for unit in lexicon::UNITS {
        let Unit { tokens, .. } = unit;
        tokens.iter().for_each(|w| add(w));
    }
    lexicon::MONTHS.iter().chain(&lexicon::WEEKDAYS).chain(&dates::DATE_WORDS).chain(&dates::DAY_WORDS).for_each(|w| add(w));
    for w in lexicon::WEEKDAYS.iter().chain(&dates::DAY_WORDS) {
        add(&format!("{w}'s"));
        add(&format!("{w}\u{2019}s"));
    }
    lexicon::MONTH_ABBREVIATIONS.iter().for_each(|(w, _)| add(w));
    dates::CLOCK_WORDS.iter().for_each(|(w, _)| add(w));
    lexicon::CODES.iter().for_each(|w| add(w));
    lexicon::NAMED_CODES.iter().for_each(|(w, _)| add(w));
    for (w, joins) in RANGE_OPENERS {
        add(w);
        joins.iter().for_each(|w| add(w));
    }
    DURATION_ARTICLES.iter().chain(&SIGN_WORDS).for_each(|w| add(w));
    DECADE_WORDS.iter().for_each(|(w, _)| add(w));
    for w in [
        "Sept", "MUSD", "MEUR", "USD115", "eur20", "US", "HK", "NZ", "NT", "C", "CA", "AU", "A", "S", "R", "Can",
        "Mex", "ſ", "u", "s", "dollars", "cents", "euros", "pounds", "yen", "p", "won", "real", "percent", "pct",
        "pc", "per", "cent", "percentage", "point", "points", "dozen", "dozens", "doz", "mil", "MM", "hundred",
        "thousand", "million", "bn", "k", "m", "b", "lakh", "crore", "o'clock", "am", "pm", "GMT", "UTC", "ago", "old",
        "aged", "age", "or", "so", "and", "but", "of", "in", "out", "the", "no", "one", "weighed", "inch", "inches", "her",
        "st", "nd", "rd", "th", "nought", "naught", "oh", "halves", "thirds", "fifths", "hundredths", "twentieths",
        "Group", "Boeing", "people", "soldiers", "us", "year", "years", "decade", "century", "fortnight", "week", "é",
        "中", "K", "\u{212A}", "İ", "ß",
    ] {
        add(w);
    }
    words
}

/// Digits as figures are written, codes and names included.
const DIGITS: &[&str] = &[
    "0", "1", "5", "7", "10", "12", "15", "19", "20", "24", "30", "31", "99", "100", "737", "1000", "1639", "1990",
    "2015", "16", "2020", "5,200", "1.5", "10.30", "000", "0800", "1234567", "90",
];

/// Signs and punctuation that figures start, end or are cut by.
const SIGNS: &[&str] = &[
    "$", "€", "£", "¥", "₹", "₿", "฿", "元", "%", "-", "\u{2013}", "\u{2212}", "~", "/", ".", ",", ":", "'",
    "\u{2019}", "\"", "\u{201C}", "(", ")", "[", "]", "#", "@", "_", "\\", "°", "º", "½", "¾", "⅓", "+",
];

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// What no figure is found in: URLs, e-mail addresses and phone numbers, and pieces of
/// them, so that a line break or a figure may cut one.
const LINKS: &[&str] = &[
    "http://x.io/5", "https://example.com/2020/01/05", "www.example.org", "news.bbc.co.uk", "a@b.com", "x.y@mail.",
    "+44 20 7946 0958", "+1 (212) 555 1234", "(212) 555 1234", "020 7946 0958", "555-123-4567", "555.123", "http",
    "://", "@", ".com", "+44", "(0)",
];

/// A word, digits, a sign, the three glued ("US$5") or a link, then what separates it
/// from the next piece.
fn piece() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vocabulary());
    let digits = prop::sample::select(DIGITS);
    let signs = prop::sample::select(SIGNS);
    let text = prop_oneof![
        4 => words.clone(),
        3 => digits.clone().prop_map(str::to_string),
        3 => signs.clone().prop_map(str::to_string),
        2 => (words, signs, digits).prop_map(|(w, s, d)| format!("{w}{s}{d}")),
        1 => prop::sample::select(LINKS).prop_map(str::to_string),
    ];
    let gaps = prop::sample::select(vec!["", "", " ", " ", " ", "  ", "\n", "\n\n", "\u{202f}", "-", "."]);
    (text, gaps).prop_map(|(w, gap)| format!("{w}{gap}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Runs of the detector's words, digits and signs, glued or spaced in every way.
    #[test]
    fn gate_keeps_figures_in_word_runs(pieces in prop::collection::vec(piece(), 1..24)) {
        check(&pieces.concat());
    }

    /// Case texts cut and joined at random, so each reading starts at odd places.
    #[test]
    fn gate_keeps_figures_in_spliced_cases(picks in prop::collection::vec((0..10_000usize, 0..64usize), 1..4)) {
        let cases = case_texts();
        let text: String = picks
            .iter()
            .map(|&(n, cut)| {
                let case = &cases[n % cases.len()];
                let at = (0..=cut.min(case.len())).rev().find(|&a| case.is_char_boundary(a)).unwrap_or(0);
                format!("{} ", &case[at..])
            })
            .collect();
        check(&text);
    }

    /// Any text at all.
    #[test]
    fn gate_keeps_figures_in_any_text(text in "\\PC{0,120}") {
        check(&text);
    }
}

/// Reports how many tokens the gate lets through, and the words it lets through most, in
/// the golden inputs or the files named by `GATE_FILES` (separated by ':'): not a test of
/// speed, figures to read when tuning the gate
/// (`GATE_FILES=a.txt:b.txt cargo test --release --lib gate_share -- --ignored --nocapture`).
#[test]
#[ignore]
fn gate_share() {
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/inputs");
    let files: Vec<std::path::PathBuf> = match std::env::var("GATE_FILES") {
        Ok(list) => list.split(':').map(Into::into).collect(),
        Err(_) => std::fs::read_dir(golden).expect("golden inputs").flatten().map(|e| e.path()).collect(),
    };
    let (mut passed, mut total) = (0, 0);
    let mut words: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("text");
        let (p, t) = check(&text);
        passed += p;
        total += t;
        let tokens = tokenize(&text);
        let mut lowered = String::new();
        let v = View::new(&text, &tokens, &mut lowered);
        for i in (0..tokens.len()).filter(|&i| may_start_figure(&v, i) && v.kind(i) != Some(TokenKind::Number)) {
            *words.entry(v.w(i).to_string()).or_default() += 1;
        }
    }
    let mut words: Vec<(String, usize)> = words.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    eprintln!("the gate lets {passed} of {total} tokens through; the most frequent besides digits:");
    for (w, n) in words.iter().take(30) {
        eprintln!("{n:8} {w}");
    }
}

/// [`Numbers::is_blocked`] against the matches a search of the whole text gives, for
/// every span of the text.
fn check_blocked(text: &str) {
    let n = numbers();
    let all: Vec<crate::annotation::Span> =
        n.blocked.find_iter(text).map(|m| crate::annotation::Span::new(m.start(), m.end())).collect();
    let bounds: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
    // One memo for the spans in order, as the detector reads its figures.
    let mut memo = Default::default();
    for (i, &a) in bounds.iter().enumerate() {
        for &b in &bounds[i + 1..] {
            let span = crate::annotation::Span::new(a, b);
            let want = all.iter().any(|m| m.overlaps(span));
            assert_eq!(n.is_blocked(text, span, &mut Default::default()), want, "{text:?} {a}..{b}: {all:?}");
            assert_eq!(n.is_blocked(text, span, &mut memo), want, "{text:?} {a}..{b} after others: {all:?}");
            assert_eq!(n.blocked_in(text, span, &mut None), want, "{text:?} {a}..{b}: {all:?}");
        }
    }
}

#[test]
fn blocked_as_over_the_whole_text() {
    for text in [
        "Call +44 (0) 20 7946 0958 or (020) 7946 0958, 020 7946 0958, 555-123-4567 today.",
        "Mail jo@example.com, see www.example.org/a/b or https://x.y/z?q=1 and bbc.co.uk 5.",
        "On 3 March 2020, 5,200 soldiers (12%) went\tto\nexample.com\r\n+1 555 123 4567.",
        "a 0 12 (12) 1234 5678 x9 (123)4567-8901 +123(4)56 78",
    ] {
        check_blocked(text);
    }
    // Past the bounds' reach: the matches of the whole text.
    let long = format!("{} 555-123-4567 {}", "1 ".repeat(200), "2 ".repeat(200));
    let n = numbers();
    for at in [0, 300, 400, long.find('5').unwrap_or(0), long.len() - 1] {
        let span = crate::annotation::Span::new(at, at + 1);
        let want = n.blocked.find_iter(&long).any(|m| m.start() < span.end && span.start < m.end());
        assert_eq!(n.is_blocked(&long, span, &mut Default::default()), want, "{at}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn blocked_as_over_the_whole_text_generated(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just("0"), Just("12"), Just("555"), Just("2020"), Just("1234"), Just(" "), Just("  "), Just("\t"),
                Just("\n"), Just("("), Just(")"), Just("+"), Just("-"), Just("."), Just("@"), Just(":"), Just("/"),
                Just("com"), Just("http://"), Just("www."), Just("a"), Just("Jo"), Just("\u{A0}"), Just("é"), Just(","),
            ],
            0..14,
        )
    ) {
        check_blocked(&pieces.concat());
    }
}
