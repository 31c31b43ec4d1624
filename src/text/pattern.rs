//! Regular expressions compiled without the `regex` crate's Unicode tables.
//!
//! The detectors' patterns spell their letters as Latin ranges and their word boundaries as
//! ASCII `(?-u:\b)`, so the one Unicode class they name is `\s`, and nothing is matched
//! case-insensitively outside ASCII. The crate's `unicode-perl`, `unicode-case` and
//! `unicode-gencat` features (which `\s`, Unicode `(?i)` and `\d` need) carried 48 KB
//! gzipped of tables into the wasm. [`compile`] writes `\s` out as the code points of
//! Unicode's White_Space property, which is what `\s` matches; a test checks them against
//! `char::is_whitespace`, which reads the same property.

use regex::Regex;

/// Unicode's White_Space property as a class: what `\s` matches. (`\x20`, not a space, so
/// that verbose `(?x)` patterns keep it.)
const WHITE_SPACE: &str = r"[\t-\r\x20\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]";

/// `pattern` compiled, each `\s` in it (in a class or not) read as [`WHITE_SPACE`]. The
/// patterns are the detectors' own, so one that does not compile is a bug: it panics, on
/// the first text, in every test.
pub(crate) fn compile(pattern: &str) -> Regex {
    let pattern = pattern.replace(r"\s", WHITE_SPACE);
    Regex::new(&pattern).unwrap_or_else(|e| panic!("a detector's pattern does not compile: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_what_char_is_whitespace_reads() {
        let class = compile(r"^\s$");
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(class.is_match(c.encode_utf8(&mut [0; 4])), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn white_space_in_a_class_and_in_verbose_patterns() {
        assert!(compile(r"^[^\s<>]+$").is_match("a.b/c"));
        assert!(!compile(r"^[^\s<>]+$").is_match("a\u{A0}b"));
        assert!(compile(r"(?x) a \s b").is_match("a b"));
        assert!(compile(r"(?x) a \s b").is_match("a\u{2009}b"));
    }
}
