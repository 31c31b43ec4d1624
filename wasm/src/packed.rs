//! Annotations packed into one `u32` array for JavaScript, which unpacks them into objects
//! (`www/factlight.js`, `unpack`). Building the objects in JS from numbers is several times
//! faster than making a JSON string here and parsing it there (`bench/compare.mjs`), and
//! the `text` fields are not sent at all: JS slices them from the string it passed in.
//!
//! Layout, in `u32` words:
//!
//! | words | what |
//! | --- | --- |
//! | 6 | header: [`FORMAT`], values, string-table bytes, strings, records, 0 |
//! | 2 per value | the `f64` values (`value`, `end_value`) in record order, little-endian |
//! | 1 per string | where each string ends in the table, in UTF-16 units |
//! | table bytes / 4, rounded up | the string table, UTF-8, each distinct string once |
//! | per record | flags, kind, label, start, end; then the fields its flags name, in [`Record`]'s order |
//!
//! Strings (kind, label, style, qualifier, canonical, speaker name, unit, currency,
//! normalised form) are indices into the table; spans are UTF-16 `start, end` pairs in the
//! text; `id` is a number; values take no record word (they are read in order).

use factlight::fxhash::FxMap;
use factlight::{Record, SubSpan};

/// Bump when the layout changes (`www/factlight.js` checks it).
pub const FORMAT: u32 = 1;

/// Words before the values: keeps the `f64`s 8-byte aligned.
pub const HEADER_WORDS: usize = 6;

/// A record's flag for each optional field, in [`Record`]'s field order.
pub mod flag {
    pub const ID: u32 = 1;
    pub const CANONICAL: u32 = 1 << 1;
    pub const STYLE: u32 = 1 << 2;
    pub const SPEAKER: u32 = 1 << 3;
    pub const SPEAKER_NAME: u32 = 1 << 4;
    pub const CUE: u32 = 1 << 5;
    pub const VALUE: u32 = 1 << 6;
    pub const END_VALUE: u32 = 1 << 7;
    pub const UNIT: u32 = 1 << 8;
    pub const CURRENCY: u32 = 1 << 9;
    pub const NORMALIZED: u32 = 1 << 10;
    pub const QUALIFIER: u32 = 1 << 11;
    pub const COUNTED: u32 = 1 << 12;
    /// How many flags there are (`www/factlight.js` rejects a record with others).
    pub const COUNT: u32 = 13;
}

/// Distinct strings in order of first use, and where each ends (UTF-16 units).
#[derive(Default)]
struct Strings<'a> {
    index: FxMap<&'a str, u32>,
    table: String,
    ends: Vec<u32>,
    units: u32,
}

impl<'a> Strings<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.ends.len() as u32;
        self.table.push_str(s);
        self.units += s.chars().map(|c| c.len_utf16() as u32).sum::<u32>();
        self.ends.push(self.units);
        self.index.insert(s, i);
        i
    }
}

/// One record's words as they are written: each optional field sets its flag and
/// appends its words (a string's index, a span's two offsets) or its value.
struct Fields<'r, 'a> {
    flags: u32,
    body: &'r mut Vec<u32>,
    strings: &'r mut Strings<'a>,
    values: &'r mut Vec<f64>,
}

impl<'a> Fields<'_, 'a> {
    fn string(&mut self, f: u32, s: Option<&'a str>) {
        if let Some(s) = s {
            self.flags |= f;
            self.body.push(self.strings.id(s));
        }
    }
    fn span(&mut self, f: u32, s: Option<&SubSpan>) {
        if let Some(s) = s {
            self.flags |= f;
            self.body.extend([s.start as u32, s.end as u32]);
        }
    }
    fn value(&mut self, f: u32, v: Option<f64>) {
        if let Some(v) = v {
            self.flags |= f;
            self.values.push(v);
        }
    }
}

/// Packs records (offsets in UTF-16 units, see [`factlight::records_from`]).
pub fn pack(records: &[Record]) -> Vec<u32> {
    let mut strings = Strings::default();
    let mut values = Vec::new();
    let mut body = Vec::with_capacity(records.len() * 6);
    for r in records {
        let at = body.len();
        body.extend([0, strings.id(r.kind), strings.id(r.label), r.start as u32, r.end as u32]);
        let mut w = Fields { flags: 0, body: &mut body, strings: &mut strings, values: &mut values };
        if let Some(id) = r.id {
            w.flags |= flag::ID;
            w.body.push(id);
        }
        w.string(flag::CANONICAL, r.canonical);
        w.string(flag::STYLE, r.style);
        w.span(flag::SPEAKER, r.speaker.as_ref());
        w.string(flag::SPEAKER_NAME, r.speaker_name);
        w.span(flag::CUE, r.cue.as_ref());
        w.value(flag::VALUE, r.value);
        w.value(flag::END_VALUE, r.end_value);
        w.string(flag::UNIT, r.unit);
        w.string(flag::CURRENCY, r.currency);
        w.string(flag::NORMALIZED, r.normalized);
        w.string(flag::QUALIFIER, r.qualifier);
        w.span(flag::COUNTED, r.counted.as_ref());
        let flags = w.flags;
        body[at] = flags;
    }
    let table = strings.table.as_bytes();
    let mut out =
        Vec::with_capacity(HEADER_WORDS + 2 * values.len() + strings.ends.len() + table.len() / 4 + 1 + body.len());
    out.extend([FORMAT, values.len() as u32, table.len() as u32, strings.ends.len() as u32, records.len() as u32, 0]);
    for v in values {
        let bits = v.to_bits();
        out.extend([bits as u32, (bits >> 32) as u32]);
    }
    out.extend_from_slice(&strings.ends);
    out.extend(table.chunks(4).map(|c| {
        let mut word = [0u8; 4];
        word[..c.len()].copy_from_slice(c);
        u32::from_le_bytes(word)
    }));
    out.extend_from_slice(&body);
    out
}

/// One packed record read back: its span and those of its parts (speaker, cue, counted),
/// in UTF-16 units. For tests of the offsets JS is handed.
#[derive(Debug, PartialEq)]
pub struct Spans {
    pub main: (u32, u32),
    pub parts: Vec<(u32, u32)>,
}

/// Reads the spans back out of [`pack`]'s words.
pub fn spans(words: &[u32]) -> Vec<Spans> {
    let (values, table, strings, records) =
        (words[1] as usize, words[2] as usize, words[3] as usize, words[4] as usize);
    let mut i = HEADER_WORDS + 2 * values + strings + table.div_ceil(4);
    let mut out = Vec::with_capacity(records);
    for _ in 0..records {
        let flags = words[i];
        let main = (words[i + 3], words[i + 4]);
        i += 5;
        let mut parts = Vec::new();
        // Every flag but the values' takes words: two for a span, one for the rest.
        for f in 0..flag::COUNT {
            let bit = 1 << f;
            if flags & bit == 0 || bit == flag::VALUE || bit == flag::END_VALUE {
                continue;
            }
            if matches!(bit, flag::SPEAKER | flag::CUE | flag::COUNTED) {
                parts.push((words[i], words[i + 1]));
                i += 2;
            } else {
                i += 1;
            }
        }
        out.push(Spans { main, parts });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlight::OffsetUnit;

    #[test]
    fn packs_every_field_and_reads_the_spans_back() {
        let annotator = factlight::Annotator::new();
        let text = "„Wir schaffen das“ — Angela Merkel said \"we will pay nearly 5 million euros, or 12%\" on Monday in Berlin.\u{1F600} About 3 to 4 km.";
        let annotations = annotator.annotate(text);
        let records = factlight::records(text, &annotations, OffsetUnit::Utf16);
        let words = pack(&records);
        assert_eq!(words[0], FORMAT);
        assert_eq!(words[4] as usize, records.len());
        let expected: Vec<Spans> = records
            .iter()
            .map(|r| Spans {
                main: (r.start as u32, r.end as u32),
                parts: [&r.speaker, &r.cue, &r.counted]
                    .into_iter()
                    .flatten()
                    .map(|s| (s.start as u32, s.end as u32))
                    .collect(),
            })
            .collect();
        assert_eq!(spans(&words), expected);
        // Values in record order, as f64 bits.
        let values: Vec<f64> = records.iter().flat_map(|r| [r.value, r.end_value]).flatten().collect();
        assert!(values.len() >= 3, "{values:?}");
        let packed: Vec<f64> = (0..words[1] as usize)
            .map(|k| {
                f64::from_bits(
                    u64::from(words[HEADER_WORDS + 2 * k]) | u64::from(words[HEADER_WORDS + 2 * k + 1]) << 32,
                )
            })
            .collect();
        assert_eq!(packed, values);
        // Each distinct string once; the table ends where the last string does.
        let table_bytes = words[2] as usize;
        let start = HEADER_WORDS + 2 * words[1] as usize + words[3] as usize;
        let bytes: Vec<u8> =
            words[start..start + table_bytes.div_ceil(4)].iter().flat_map(|w| w.to_le_bytes()).collect();
        let table = std::str::from_utf8(&bytes[..table_bytes]).unwrap();
        assert_eq!(table.matches("entity").count(), 1, "{table}");
        assert!(table.contains("EUR") && table.contains("Angela Merkel"), "{table}");
        let ends = &words[start - words[3] as usize..start];
        assert_eq!(*ends.last().unwrap() as usize, table.encode_utf16().count());
    }

    #[test]
    fn packs_nothing_as_a_bare_header() {
        assert_eq!(pack(&[]), vec![FORMAT, 0, 0, 0, 0, 0]);
        assert!(spans(&pack(&[])).is_empty());
    }
}
