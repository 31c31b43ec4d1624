//! Converting UTF-8 byte offsets to the units other runtimes count in.
//!
//! The core speaks UTF-8 bytes. JavaScript strings count UTF-16 code units, Python counts
//! code points. Conversion happens once, at the boundary, in a single forward pass over the
//! text, with a fast path for ASCII text where all three units agree.

/// A unit for counting positions in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust, the core's own unit).
    Utf8,
    /// UTF-16 code units (JavaScript's `String.prototype.slice`).
    Utf16,
    /// Unicode scalar values (Python's `str` indexing).
    CodePoint,
}

impl OffsetUnit {
    /// Parses `utf8`, `utf16` or `codepoint`.
    pub fn parse(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf8" => Some(OffsetUnit::Utf8),
            "utf16" => Some(OffsetUnit::Utf16),
            "codepoint" => Some(OffsetUnit::CodePoint),
            _ => None,
        }
    }
}

/// Converts every byte offset in `offsets` (each on a char boundary of `text`, in any order)
/// to `unit`, in place.
///
/// ```
/// use factlight::text::offsets::convert;
/// use factlight::OffsetUnit;
/// let text = "😀 Iraq";
/// let mut offsets = [5, 9];
/// convert(text, &mut offsets, OffsetUnit::Utf16);
/// assert_eq!(offsets, [3, 7]); // the emoji is 4 bytes but 2 UTF-16 units
/// ```
pub fn convert(text: &str, offsets: &mut [usize], unit: OffsetUnit) {
    convert_from(text, (0, 0), offsets, unit);
}

/// Like [`convert`], but counting from a known point: `from` is a byte offset of `text` and
/// its value in `unit`, at or before every offset in `offsets`. Converting the offsets of
/// one piece of a long text then reads only that piece.
///
/// ```
/// use factlight::text::offsets::convert_from;
/// use factlight::OffsetUnit;
/// let text = "😀 Iraq and 😀 Syria";
/// let mut offsets = [19, 24]; // "Syria"
/// convert_from(text, (14, 12), &mut offsets, OffsetUnit::Utf16); // byte 14 is unit 12
/// assert_eq!(offsets, [15, 20]);
/// ```
pub fn convert_from(text: &str, from: (usize, usize), offsets: &mut [usize], unit: OffsetUnit) {
    if unit == OffsetUnit::Utf8 || offsets.is_empty() {
        return;
    }
    let last = offsets.iter().copied().max().unwrap_or(0).min(text.len());
    if text.as_bytes()[from.0.min(last)..last].is_ascii() {
        // From the origin on, every unit is a byte.
        offsets.iter_mut().for_each(|o| *o = o.saturating_sub(from.0) + from.1);
        return;
    }
    // Sorted as plain (offset, index) pairs, which share their sort's code (~9 KB of wasm)
    // with the quote detector's pairs; a sort by key would be compiled once more.
    let mut order: Vec<(usize, usize)> = offsets.iter().copied().zip(0..).collect();
    order.sort_unstable();
    let bytes = text.as_bytes();
    let (mut byte, mut units) = from;
    for (offset, i) in order {
        let target = offset.min(bytes.len());
        while byte < target {
            let b = bytes[byte];
            // Count units from the lead byte alone: continuation bytes add nothing.
            let (len, width) = match b {
                0x00..=0x7F => (1, 1),
                0xC0..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, if unit == OffsetUnit::Utf16 { 2 } else { 1 }),
            };
            byte += len;
            units += width;
        }
        offsets[i] = units;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut u16s = boundaries.clone();
        convert(text, &mut u16s, OffsetUnit::Utf16);
        let mut cps = boundaries.clone();
        convert(text, &mut cps, OffsetUnit::CodePoint);
        for (k, &b) in boundaries.iter().enumerate() {
            assert_eq!(u16s[k], text[..b].encode_utf16().count(), "utf16 at byte {b} of {text:?}");
            assert_eq!(cps[k], text[..b].chars().count(), "codepoint at byte {b} of {text:?}");
        }
    }

    #[test]
    fn agrees_with_std_on_mixed_scripts() {
        for text in ["", "plain ascii", "é😀中\r\nعربى עברית e\u{301} 👨‍👩‍👧", "\u{FFFD}\0x"] {
            check(text);
        }
    }

    #[test]
    fn any_order_of_offsets() {
        let text = "a😀b😀c";
        let mut offsets = [10, 0, 5, 1];
        convert(text, &mut offsets, OffsetUnit::Utf16);
        assert_eq!(offsets, [6, 0, 3, 1]);
    }
}
