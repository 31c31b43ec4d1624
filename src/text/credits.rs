//! Photo credits inside a line: "REUTERS/Pedro Nunes", "Evan Vucci/AP", "(SpaceX via AP)".
//! Pasted with the captions around an article, they name agencies and photographers who
//! are no part of the story, so [`super::furniture`] highlights nothing in them.

use crate::annotation::Span;

/// The picture agencies a credit names, as written in credits.
const AGENCIES: [&str; 16] = [
    "AP", "AP Photo", "AFP", "AFP via Getty Images", "AAP", "EPA", "EPA-EFE", "Reuters", "REUTERS", "Getty Images",
    "Getty", "Bloomberg", "PA", "PA Wire", "Shutterstock", "Alamy",
];

/// The longest name read on the other side of a credit's slash, in words.
const NAME_WORDS: usize = 4;

/// The credits in `text`, in order of start.
pub(crate) fn spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // An agency and a photographer joined by a slash, either way round.
    for slash in memchr::memchr_iter(b'/', bytes) {
        // A capitalised word after it, a letter before it: not a URL's, a date's or a rate's.
        let letters = slash > 0 && bytes[slash - 1].is_ascii_alphabetic() && bytes.get(slash + 1).is_some_and(u8::is_ascii_uppercase);
        if !letters {
            continue;
        }
        let (before, after) = (&text[..slash], &text[slash + 1..]);
        if let Some(agency) = AGENCIES.iter().filter(|a| before.ends_with(*a)).max_by_key(|a| a.len()) {
            let start = slash - agency.len();
            let name = name_after(after);
            if word_edge_before(text, start) && name > 0 {
                found.push(Span::new(start, slash + 1 + name));
            }
        } else if let Some(agency) = AGENCIES.iter().filter(|a| after.starts_with(*a)).max_by_key(|a| a.len()) {
            let end = slash + 1 + agency.len();
            let name = name_before(before);
            if !text[end..].starts_with(|c: char| c.is_alphanumeric()) && name > 0 {
                found.push(Span::new(slash - name, end));
            }
        }
    }
    // "(SpaceX via AP)": a picture handed out by its owner, in brackets.
    for via in memchr::memmem::find_iter(bytes, b" via ") {
        let after = &text[via + 5..];
        let Some(agency) = AGENCIES.iter().filter(|a| after.starts_with(*a)).max_by_key(|a| a.len()) else { continue };
        let close = via + 5 + agency.len();
        let from = via.saturating_sub(60);
        let open = bytes[from..via].iter().rposition(|b| matches!(b, b'(' | b')' | b'\n')).map(|k| from + k);
        if bytes.get(close) == Some(&b')') && open.is_some_and(|k| bytes[k] == b'(') {
            found.push(Span::new(open.unwrap_or_default(), close + 1));
        }
    }
    found.sort_by_key(|s| s.start);
    found
}

/// Whether a word may start at byte `at` of `text`: nothing alphanumeric is before it.
fn word_edge_before(text: &str, at: usize) -> bool {
    !text[..at].ends_with(|c: char| c.is_alphanumeric())
}

/// The length in bytes of the capitalised words (at most [`NAME_WORDS`]) that open `text`,
/// on its first line: "Pedro Nunes" of "Pedro Nunes TPX IMAGES", "Evan Vucci" of "Evan Vucci)".
fn name_after(text: &str) -> usize {
    let line = text.split('\n').next().unwrap_or_default();
    let mut end = 0;
    let mut at = 0;
    for word in line.split(' ').take(NAME_WORDS) {
        let bare = word.trim_end_matches([')', ',', '.', ';']);
        if !bare.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        end = at + bare.len();
        if bare.len() < word.len() {
            break;
        }
        at += word.len() + 1;
    }
    end
}

/// The length in bytes of the capitalised words (at most [`NAME_WORDS`]) that end `text`:
/// "Evan Vucci" of "Photograph: Evan Vucci".
fn name_before(text: &str) -> usize {
    let mut len = 0;
    for word in text.rsplit(' ').take(NAME_WORDS) {
        if !word.starts_with(|c: char| c.is_uppercase()) || word.contains(['\n', '(', ')', ':', ',', '.', ';']) {
            break;
        }
        len += word.len() + usize::from(len > 0);
    }
    len
}
