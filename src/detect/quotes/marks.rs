//! Pairing quotation marks in one linear pass.
//!
//! Each character is looked at once with its neighbours; open marks sit on a small
//! bounded stack, so a run of 100,000 marks costs what any 100,000 characters cost.
//! Only the outermost pairs are returned (a quote inside a quote is part of its host).
//! A line break ends every open quote: an unclosed quote runs to the end of its
//! paragraph and never further.

/// How deep quotes may nest before further openers are ignored.
const MAX_DEPTH: usize = 8;

/// One outermost quoted piece, as UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Start of the opening mark.
    pub start: usize,
    /// End of the closing mark, or of the paragraph's last non-space character when the
    /// quote is left open.
    pub end: usize,
    /// End of the opening mark: where the quoted words begin.
    pub inner_start: usize,
    /// Start of the closing mark (equal to `end` when unclosed).
    pub inner_end: usize,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
    /// Index of the unclosed piece in the previous paragraph that this one continues.
    pub continues: Option<usize>,
}

#[derive(Clone, Copy)]
struct Open {
    mark: char,
    start: usize,
    end: usize,
    continues: Option<usize>,
}

/// The closing marks an opening mark accepts.
fn closes(open: char, c: char) -> bool {
    match open {
        '"' => matches!(c, '"' | '\u{201D}'),
        '\u{201C}' => matches!(c, '\u{201D}' | '"'),
        '\u{201E}' => matches!(c, '\u{201C}' | '\u{201D}'),
        '\u{201D}' => c == '\u{201D}',
        '\u{2018}' => matches!(c, '\u{2019}' | '\''),
        '\'' => matches!(c, '\'' | '\u{2019}'),
        '\u{201A}' => matches!(c, '\u{2018}' | '\u{2019}'),
        '\u{AB}' => c == '\u{BB}',
        '\u{2039}' => c == '\u{203A}',
        '\u{300C}' => c == '\u{300D}',
        '\u{300E}' => c == '\u{300F}',
        _ => false,
    }
}

/// Marks of the same family, for telling a paragraph that reopens the same quote.
fn family(c: char) -> u8 {
    match c {
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' => 1,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' => 2,
        '\u{AB}' | '\u{BB}' => 3,
        '\u{2039}' | '\u{203A}' => 4,
        _ => 5,
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2029}' | '\u{2028}' | '\u{85}')
}

/// Characters after which a mark may open a quote.
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | '"' | '\'' | '\u{201C}' | '\u{2018}' | '\u{AB}' | '\u{2039}' | '\u{201E}' | '\u{201A}' | '\u{300C}' | '\u{300E}')
    })
}

/// Words that drop their first letters and keep an apostrophe in front: 'n', 'em, 'til.
const ELISIONS: &[&str] = &["n", "em", "til", "tis", "twas", "cause", "bout", "round", "cos", "til", "ol", "nuff", "s"];

/// True when the mark at `at` (of length `len`) starts an elided word or a decade
/// ('90s, 'n', 'em) rather than a quote. Reads at most a few characters ahead.
fn is_elision(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    let mut digits = 0;
    for c in rest.chars().take(3) {
        if c.is_ascii_digit() {
            digits += 1;
        } else {
            break;
        }
    }
    if digits == 2 {
        return true;
    }
    let word_len: usize = rest.chars().take_while(|c| c.is_alphabetic()).take(6).map(char::len_utf8).sum();
    let word = &rest[..word_len];
    let next = rest[word_len..].chars().next();
    if word.eq_ignore_ascii_case("n") {
        // rock 'n' roll, rock 'n roll
        return matches!(next, Some('\'' | '\u{2019}') | Some(' '));
    }
    word_len > 0
        && next.is_none_or(|n| !n.is_alphabetic())
        && ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
        && !next.is_some_and(|n| matches!(n, '\'' | '\u{2019}'))
}

/// How far a plural possessive ("the Alrawis' home") looks for a later closing mark.
const POSSESSIVE_LOOKAHEAD: usize = 80;

/// True when `mark` closes a quote again soon after `from` on the same line, so the one
/// before is an apostrophe: 'The Alrawis' home is gone,' she said.
fn closer_follows(text: &str, from: usize, mark: char) -> bool {
    let mut to = (from + POSSESSIVE_LOOKAHEAD).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[from..to];
    if !window.starts_with(' ') || !window[1..].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let mut prev = ' ';
    let mut chars = window.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            return false;
        }
        if c == mark && !prev.is_whitespace() && !chars.peek().is_some_and(|n| n.is_alphanumeric()) {
            return true;
        }
        prev = c;
    }
    false
}

/// An ASCII byte that is neither a quotation mark nor a line break.
fn plain_ascii(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b'"' | b'\'' | b'\n' | b'\r')
}

/// Where the run of [`plain_ascii`] bytes from `at` ends. Most of a text is such runs, so
/// they are stepped over eight bytes at a time while no byte of the eight is anything else
/// (the test for a zero byte after XOR is exact about whether there is one, not where).
fn plain_run_end(bytes: &[u8], at: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let has = |x: u64, b: u8| has_zero(x ^ u64::from_ne_bytes([b; 8]));
    let mut i = at;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_ne_bytes(chunk.try_into().expect("eight bytes"));
        if x & HIGH != 0 || has(x, b'"') || has(x, b'\'') || has(x, b'\n') || has(x, b'\r') {
            break;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| !plain_ascii(b)).map_or(bytes.len(), |n| i + n)
}

/// Pairs the quotation marks of `text`; returns the outermost pieces in text order.
pub(crate) fn pair(text: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut stack: Vec<Open> = Vec::with_capacity(MAX_DEPTH);
    // The last non-space character's end, for ending an unclosed quote.
    let mut last_solid = 0;
    // An unclosed piece of the previous paragraph, and whether only spaces came since.
    let mut dangling: Option<(usize, char)> = None;
    let mut at_para_start = true;
    let mut prev: Option<char> = None;
    let bytes = text.as_bytes();
    // Where the next character starts.
    let mut at = 0;
    while at < text.len() {
        // A run of plain ASCII, neither marks nor line breaks, only changes what came last:
        // it is stepped over whole, without decoding characters or looking ahead.
        let run_end = plain_run_end(bytes, at);
        if run_end > at {
            if let Some(n) = bytes[at..run_end].iter().rposition(|&b| !char::from(b).is_whitespace()) {
                at_para_start = false;
                dangling = None;
                last_solid = at + n + 1;
            }
            prev = Some(char::from(bytes[run_end - 1]));
            at = run_end;
            continue;
        }
        let i = at;
        let Some(c) = text[i..].chars().next() else { break };
        let end = i + c.len_utf8();
        let next = text[end..].chars().next();
        at = end;
        if is_line_break(c) {
            if let Some(first) = stack.first().copied() {
                stack.clear();
                let index = push(&mut pieces, text, first, last_solid.max(first.end), last_solid.max(first.end), false);
                dangling = index.map(|k| (k, first.mark));
            } else if !at_para_start {
                dangling = None;
            }
            at_para_start = true;
            prev = Some(c);
            continue;
        }
        if c.is_whitespace() {
            prev = Some(c);
            continue;
        }
        let was_para_start = at_para_start;
        at_para_start = false;
        let between_words = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        let mut open_here = false;
        match c {
            '"' => {
                if let Some(k) = stack.iter().rposition(|o| closes(o.mark, c)) {
                    close(&mut stack, &mut pieces, text, k, i, end);
                } else if opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()) {
                    open_here = true;
                }
            }
            '\u{201C}' => {
                if let Some(k) = stack.iter().rposition(|o| o.mark == '\u{201E}') {
                    close(&mut stack, &mut pieces, text, k, i, end);
                } else {
                    open_here = true;
                }
            }
            '\u{201D}' => {
                if let Some(k) = stack.iter().rposition(|o| closes(o.mark, c)) {
                    close(&mut stack, &mut pieces, text, k, i, end);
                } else if stack.is_empty() && opens_after(prev) && next.is_some_and(char::is_alphanumeric) {
                    // Swedish and Finnish use ” on both sides.
                    open_here = true;
                }
            }
            '\u{201E}' | '\u{AB}' | '\u{2039}' | '\u{300C}' | '\u{300E}' => open_here = true,
            '\u{BB}' | '\u{203A}' | '\u{300D}' | '\u{300F}' => {
                if let Some(k) = stack.iter().rposition(|o| closes(o.mark, c)) {
                    close(&mut stack, &mut pieces, text, k, i, end);
                }
            }
            '\u{201A}' => open_here = opens_after(prev),
            '\u{2018}' => {
                if stack.last().is_some_and(|o| o.mark == '\u{201A}') {
                    let top = stack.len() - 1;
                    close(&mut stack, &mut pieces, text, top, i, end);
                } else if !between_words && opens_after(prev) && !is_elision(text, end) {
                    open_here = true;
                }
            }
            '\'' | '\u{2019}' => {
                // Single closers only close the innermost quote: an apostrophe taken for a
                // closer must not end the quote around it.
                let top_accepts = stack.last().is_some_and(|o| closes(o.mark, c));
                if between_words {
                    // don't, o'clock
                } else if top_accepts
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && !next.is_some_and(char::is_alphanumeric)
                    && !(prev == Some('s') && closer_follows(text, end, c))
                {
                    let top = stack.len() - 1;
                    close(&mut stack, &mut pieces, text, top, i, end);
                } else if c == '\'' && opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()) && !is_elision(text, end) {
                    open_here = true;
                }
            }
            _ => {}
        }
        if open_here && stack.len() < MAX_DEPTH {
            let continues = match dangling {
                Some((k, mark)) if was_para_start && stack.is_empty() && family(mark) == family(c) => Some(k),
                _ => None,
            };
            stack.push(Open { mark: c, start: i, end, continues });
        }
        if !was_para_start || !open_here {
            dangling = None;
        }
        last_solid = end;
        prev = Some(c);
    }
    if let Some(first) = stack.first().copied() {
        push(&mut pieces, text, first, last_solid.max(first.end), last_solid.max(first.end), false);
    }
    pieces
}

/// Closes the open mark at stack position `k` (and any left open inside it).
fn close(stack: &mut Vec<Open>, pieces: &mut Vec<Piece>, text: &str, k: usize, mark_start: usize, mark_end: usize) {
    let open = stack[k];
    stack.truncate(k);
    if k == 0 {
        push(pieces, text, open, mark_start, mark_end, true);
    }
}

/// Records a piece unless it holds no words; returns its index.
fn push(pieces: &mut Vec<Piece>, text: &str, open: Open, inner_end: usize, end: usize, closed: bool) -> Option<usize> {
    let inner = &text[open.end..inner_end];
    if !inner.chars().any(char::is_alphanumeric) {
        return None;
    }
    pieces.push(Piece { start: open.start, end, inner_start: open.end, inner_end, closed, continues: open.continues });
    Some(pieces.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-byte steps end a run where the byte-by-byte scan does.
    #[test]
    fn plain_runs_end_where_bytes_say() {
        let text = "plain words, then \"a quote\" and 'another'\r\nZo\u{EB} \u{201C}curly\u{201D} and a longer stretch of words";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            let want = bytes[at..].iter().position(|&b| !plain_ascii(b)).map_or(bytes.len(), |n| at + n);
            assert_eq!(plain_run_end(bytes, at), want, "from {at}");
        }
        // Every byte value, at every place in a chunk.
        for b in 0..=255u8 {
            for k in 0..16 {
                let mut v = vec![b'a'; 24];
                v[k] = b;
                let want = if plain_ascii(b) { 24 } else { k };
                assert_eq!(plain_run_end(&v, 0), want, "byte {b} at {k}");
            }
        }
    }
}
