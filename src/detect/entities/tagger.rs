//! BILOU tags and Viterbi decoding under the tag-transition constraints.

/// Entity types the model tags, in tag-set order.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Tags: `O`, then `B`, `I`, `L`, `U` for each of [`TYPES`].
pub const N_TAGS: usize = 1 + 4 * TYPES.len();

/// The tag set as written in the model header.
pub fn tag_names() -> String {
    let mut names = vec!["O".to_string()];
    for t in TYPES {
        for p in ["B", "I", "L", "U"] {
            names.push(format!("{p}-{t}"));
        }
    }
    names.join(",")
}

/// Position of a tag inside its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Outside any entity.
    O,
    /// First word of several.
    B,
    /// Inner word.
    I,
    /// Last word of several.
    L,
    /// The only word.
    U,
}

/// The tag number of `part` of an entity of type `ty` (index into [`TYPES`]).
pub const fn tag(part: Part, ty: usize) -> u8 {
    match part {
        Part::O => 0,
        Part::B => (1 + 4 * ty) as u8,
        Part::I => (2 + 4 * ty) as u8,
        Part::L => (3 + 4 * ty) as u8,
        Part::U => (4 + 4 * ty) as u8,
    }
}

/// The part and type of a tag number.
pub const fn split(tag: u8) -> (Part, usize) {
    if tag == 0 || tag as usize >= N_TAGS {
        return (Part::O, 0);
    }
    let t = tag as usize - 1;
    let part = match t % 4 {
        0 => Part::B,
        1 => Part::I,
        2 => Part::L,
        _ => Part::U,
    };
    (part, t / 4)
}

/// May `next` follow `prev`? `None` is the sentence edge.
pub fn allowed(prev: Option<u8>, next: Option<u8>) -> bool {
    let open = |t: Option<u8>| t.map(split).filter(|(p, _)| matches!(p, Part::B | Part::I));
    match (open(prev), next.map(split)) {
        (Some((_, ty)), Some((Part::I | Part::L, t2))) => ty == t2,
        (Some(_), _) => false,
        (None, Some((Part::I | Part::L, _))) => false,
        (None, _) => true,
    }
}

/// Entity spans `(first, last + 1, type)` read from a tag sequence. Decoded sequences are
/// always well formed; anything else is read leniently.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let (part, ty) = split(t);
        match part {
            Part::O => open = None,
            Part::U => {
                out.push((i, i + 1, ty));
                open = None;
            }
            Part::B => open = Some((i, ty)),
            Part::I => {
                if open.map_or(true, |(_, t)| t != ty) {
                    open = Some((i, ty));
                }
            }
            Part::L => {
                let s = match open {
                    Some((s, t)) if t == ty => s,
                    _ => i,
                };
                out.push((s, i + 1, ty));
                open = None;
            }
        }
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty));
    }
    out
}

/// BILOU tags for entity spans over `n` words.
pub fn tags_of(n: usize, spans: &[(usize, usize, usize)]) -> Vec<u8> {
    let mut tags = vec![0u8; n];
    for &(s, e, ty) in spans {
        if e == s + 1 {
            tags[s] = tag(Part::U, ty);
        } else if e > s {
            tags[s] = tag(Part::B, ty);
            for t in &mut tags[s + 1..e - 1] {
                *t = tag(Part::I, ty);
            }
            tags[e - 1] = tag(Part::L, ty);
        }
    }
    tags
}

/// Transition scores: `trans[prev * N_TAGS + next]`, plus scores for starting and ending
/// a sentence on each tag. Forbidden transitions are never taken whatever their score.
pub struct Transitions<'a> {
    /// `N_TAGS * N_TAGS` scores.
    pub trans: &'a [f32],
    /// `N_TAGS` scores for the first tag.
    pub start: &'a [f32],
    /// `N_TAGS` scores for the last tag.
    pub end: &'a [f32],
}

/// Reusable Viterbi buffers.
#[derive(Default)]
pub struct Viterbi {
    back: Vec<u8>,
}

impl Viterbi {
    /// Fresh buffers.
    pub fn new() -> Viterbi {
        Viterbi::default()
    }

    /// The best allowed tag sequence for `emit` (`n * N_TAGS` scores, word by word),
    /// written into `out`.
    pub fn decode(&mut self, emit: &[f32], t: &Transitions, out: &mut Vec<u8>) {
        const T: usize = N_TAGS;
        let n = emit.len() / T;
        out.clear();
        if n == 0 {
            return;
        }
        let allow = allowed_table();
        self.back.clear();
        self.back.resize(n * T, 0);
        // Scores live in local arrays: the compiler keeps them out of reach of the
        // back-pointer writes, and fixed sizes drop most bounds checks.
        let mut score = [f32::NEG_INFINITY; T];
        for k in 0..T {
            if allow[T * T + k] {
                score[k] = emit[k] + t.start[k];
            }
        }
        let prevs = allowed_prev();
        let trans = &t.trans[..T * T];
        for (row, back) in emit.chunks_exact(T).zip(self.back.chunks_exact_mut(T)).skip(1) {
            let mut next = [0f32; T];
            for k in 0..T {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for &p in prevs[k].iter() {
                    let s = score[p as usize] + trans[p as usize * T + k];
                    if s > best {
                        best = s;
                        arg = p;
                    }
                }
                next[k] = best + row[k];
                back[k] = arg;
            }
            score = next;
        }
        let mut best = f32::NEG_INFINITY;
        let mut arg = 0u8;
        for k in 0..T {
            if allow[(T + 1) * T + k] {
                let s = score[k] + t.end[k];
                if s > best {
                    best = s;
                    arg = k as u8;
                }
            }
        }
        out.resize(n, 0);
        out[n - 1] = arg;
        for i in (1..n).rev() {
            out[i - 1] = self.back[i * T + out[i] as usize];
        }
    }
}

/// For each tag, the tags that may precede it.
fn allowed_prev() -> &'static [Vec<u8>; N_TAGS] {
    static TABLE: std::sync::OnceLock<[Vec<u8>; N_TAGS]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|k| (0..N_TAGS as u8).filter(|&p| allowed(Some(p), Some(k as u8))).collect()))
}

/// `allowed` as a table: rows `0..N_TAGS` are previous tags, row `N_TAGS` the sentence
/// start (columns: first tag), row `N_TAGS + 1` the sentence end (columns: last tag).
fn allowed_table() -> &'static [bool; (N_TAGS + 2) * N_TAGS] {
    static TABLE: std::sync::OnceLock<[bool; (N_TAGS + 2) * N_TAGS]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [false; (N_TAGS + 2) * N_TAGS];
        for k in 0..N_TAGS {
            for p in 0..N_TAGS {
                t[p * N_TAGS + k] = allowed(Some(p as u8), Some(k as u8));
            }
            t[N_TAGS * N_TAGS + k] = allowed(None, Some(k as u8));
            t[(N_TAGS + 1) * N_TAGS + k] = allowed(Some(k as u8), None);
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_round_trip() {
        let cases: &[(usize, &[(usize, usize, usize)])] = &[
            (3, &[]),
            (3, &[(0, 1, 0)]),
            (4, &[(0, 2, 1), (2, 3, 2), (3, 4, 3)]),
            (5, &[(1, 4, 0)]),
        ];
        for (n, want) in cases {
            let tags = tags_of(*n, want);
            assert_eq!(&spans(&tags), want);
            for w in tags.windows(2) {
                assert!(allowed(Some(w[0]), Some(w[1])), "{tags:?}");
            }
        }
    }

    #[test]
    fn viterbi_keeps_constraints() {
        // Emissions prefer I-PER everywhere, which alone is never allowed.
        let n = 3;
        let mut emit = vec![0.0; n * N_TAGS];
        for i in 0..n {
            emit[i * N_TAGS + tag(Part::I, 0) as usize] = 5.0;
            emit[i * N_TAGS + tag(Part::B, 0) as usize] = 1.0;
            emit[i * N_TAGS + tag(Part::L, 0) as usize] = 1.0;
        }
        let zero = vec![0.0; N_TAGS * N_TAGS];
        let edge = vec![0.0; N_TAGS];
        let mut out = Vec::new();
        Viterbi::new().decode(&emit, &Transitions { trans: &zero, start: &edge, end: &edge }, &mut out);
        assert_eq!(out, [tag(Part::B, 0), tag(Part::I, 0), tag(Part::L, 0)]);
    }
}
