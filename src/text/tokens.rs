//! One tokenisation of the text, shared by every detector.
//!
//! Tokens are words, numbers and single punctuation marks; whitespace is not a token but
//! each token records the whitespace before it, so detectors can tell "Al-Anbar" from
//! "Al - Anbar" and a paragraph break from a space.

use crate::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and combining marks), with inner apostrophes: `don't`, `Kanani's`.
    Word,
    /// Digits, with inner `,` `.` between digits: `5,200`, `1.5`.
    Number,
    /// Any other single character.
    Punct,
}

/// The whitespace before a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// Directly attached to the previous token (or the start of the text).
    None,
    /// Spaces or tabs.
    Space,
    /// One line break.
    Line,
    /// A blank line or more: a new paragraph.
    Paragraph,
}

/// A token: its span, what it is, and what separates it from the previous one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// Whitespace before it.
    pub gap: Gap,
    /// True for the first token of a sentence.
    pub sentence_start: bool,
}

/// Splits `text` into tokens and marks sentence starts.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News runs 4.0-5.7 bytes a token (the Wikinews articles; CoNLL's test text 4.95):
    // room for one in 4 bytes, so the list is seldom grown (a copy of all of it) at the end.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
    let mut gap = Gap::None;
    // Byte offsets, read a character at a time (ASCII without decoding: most of the text).
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                // CRLF counts as one line break.
                if c == '\r' && bytes.get(at) == Some(&b'\n') {
                    at += 1;
                }
                gap = if gap >= Gap::Line { Gap::Paragraph } else { Gap::Line };
            } else if gap == Gap::None {
                gap = Gap::Space;
            }
            continue;
        }
        // The ordinal indicator "º" after a figure stands for the degree sign in much copy
        // ("38ºC"): a sign of its own there, as "°" is ("Nº" stays a word).
        let degree = |c: char| c == 'º' && start > 0 && bytes[start - 1].is_ascii_digit();
        let kind = if c.is_alphabetic() && (c.is_ascii() || !degree(c)) {
            TokenKind::Word
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        let mut end = at;
        match kind {
            TokenKind::Word => loop {
                // ASCII letters and digits, the common case, in one sweep.
                while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
                    end += 1;
                }
                let Some(n) = char_at(text, end) else { break };
                // Past the sweep, an ASCII character other than an apostrophe ends the word
                // (most words end so, at a space or a comma).
                if n.is_ascii() && n != '\'' {
                    break;
                }
                // Letters, digits and marks, and an apostrophe inside a word ("don't").
                let apostrophe = (n == '\'' || n == '\u{2019}') && next_is(text, end + n.len_utf8(), char::is_alphabetic);
                if n.is_alphanumeric() || is_mark(n) || apostrophe {
                    end += n.len_utf8();
                } else {
                    break;
                }
            },
            TokenKind::Number => {
                // Digits, and a separator between digits ("5,200", "2.5").
                while let Some(&b) = bytes.get(end) {
                    let separator = (b == b',' || b == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                    if b.is_ascii_digit() || separator {
                        end += 1;
                    } else {
                        break;
                    }
                }
            }
            TokenKind::Punct => {}
        }
        at = end;
        tokens.push(Token { span: Span::new(start, end), kind, gap, sentence_start: false });
        gap = Gap::None;
    }
    mark_sentences(text, &mut tokens);
    tokens
}

/// The ASCII letters and digits, by byte: one load each in the word sweep.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

fn is_mark(c: char) -> bool {
    // Combining marks keep "e\u{301}" inside one word.
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || (!c.is_alphanumeric() && !c.is_whitespace() && !c.is_ascii() && is_nonspacing_script_mark(c))
}

fn is_nonspacing_script_mark(c: char) -> bool {
    // Vowel signs of Indic and Arabic scripts.
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957)
}

fn next_is(text: &str, at: usize, f: impl Fn(char) -> bool) -> bool {
    char_at(text, at).is_some_and(f)
}

/// The character starting at byte `at` (a character boundary), or None at the end.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[at..].chars().next(),
    }
}

/// Titles abbreviated before a name ("Rep. Jim Jordan", "Gov. Gavin Newsom"), whose
/// period ends no sentence.
pub(crate) const TITLE_ABBREVIATIONS: [&str; 14] = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "St"];

/// True for a word that abbreviates a title before a name ([`TITLE_ABBREVIATIONS`]).
pub(crate) fn title_abbreviation(w: &str) -> bool {
    TITLE_ABBREVIATIONS.contains(&w)
}

/// Other abbreviations whose final period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "etc", "e.g", "i.e",
];

fn mark_sentences(text: &str, tokens: &mut [Token]) {
    // Some(true): the next word starts a sentence whatever its case (start of text, new
    // line); Some(false): it does if capitalised (after "." "!" "?"); None: it does not.
    let mut expect = Some(true);
    for i in 0..tokens.len() {
        let t = tokens[i];
        if t.gap >= Gap::Line {
            expect = Some(true);
        }
        if t.kind != TokenKind::Punct {
            if let Some(definite) = expect {
                let first = text[t.span.start..].chars().next().unwrap_or(' ');
                tokens[i].sentence_start = definite || first.is_uppercase() || first.is_ascii_digit();
            }
            expect = None;
            continue;
        }
        let s = &text[t.span.range()];
        if matches!(s, "." | "!" | "?" | "\u{2026}") {
            let prev = i.checked_sub(1).map(|p| tokens[p]).filter(|p| p.kind == TokenKind::Word);
            let abbreviation = s == "."
                && prev.is_some_and(|p| {
                    let w = &text[p.span.range()];
                    title_abbreviation(w) || ABBREVIATIONS.contains(&w)
                        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase) && !platform_x(text, tokens, i - 1))
                });
            if !abbreviation && expect != Some(true) {
                expect = Some(false);
            }
        } else if !is_closing(s) && !is_opening(s) {
            expect = None;
        }
    }
}

/// Token `k` is the letter "X" after [`before_platform_x`]: the platform ("wrote on X."),
/// not an initial, so a full stop after it ends the sentence.
fn platform_x(text: &str, tokens: &[Token], k: usize) -> bool {
    &text[tokens[k].span.range()] == "X" && k.checked_sub(1).is_some_and(|j| before_platform_x(&text[tokens[j].span.range()]))
}

/// The words after which "X" is the platform, not a letter: "on", "to", "via" (the entity
/// detector reads it so too).
pub(crate) fn before_platform_x(w: &str) -> bool {
    matches!(w, "on" | "to" | "via")
}

fn is_opening(c: &str) -> bool {
    matches!(c, "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "[" | "\u{AB}" | "\u{201E}" | "-" | "\u{2014}" | "\u{2022}" | "*")
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")" | "]" | "\u{BB}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.span.range()]).collect()
    }

    fn starts(text: &str) -> Vec<&str> {
        tokenize(text).iter().filter(|t| t.sentence_start).map(|t| &text[t.span.range()]).collect()
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Kanani's don't", &["Kanani's", "don't"]),
            ("Al-Anbar", &["Al", "-", "Anbar"]),
            ("nearly 5,200 soldiers.", &["nearly", "5,200", "soldiers", "."]),
            ("90% of 1.5", &["90", "%", "of", "1.5"]),
            ("end, 5.", &["end", ",", "5", "."]),
            ("'90s", &["'", "90", "s"]),
            ("cafe\u{301} 中文", &["cafe\u{301}", "中文"]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "{text:?}");
        }
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            ("He left. She stayed.", &["He", "She"]),
            ("Mr. Smith left. Then", &["Mr", "Then"]),
            ("\"Go.\" He went.", &["Go", "He"]),
            ("\"We want it,\" he said.", &["We"]),
            ("One\n\nTwo", &["One", "Two"]),
            ("the U.S. army", &["the"]),
            ("John F. Kennedy came. He wrote on X. Then", &["John", "He", "Then"]),
        ];
        for (text, want) in cases {
            assert_eq!(&starts(text), want, "{text:?}");
        }
    }

    #[test]
    fn gaps() {
        let t = tokenize("a b\nc\r\n\r\nd");
        let gaps: Vec<Gap> = t.iter().map(|t| t.gap).collect();
        assert_eq!(gaps, [Gap::None, Gap::Space, Gap::Line, Gap::Paragraph]);
    }
}
