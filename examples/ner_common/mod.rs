//! Shared by `train_ner` and `eval_ner`: reading CoNLL-2003 and scoring spans.
#![allow(dead_code)]

use factlight::ner::features::{DocStats, Extractor, Lexicon, PER_WORD};
use factlight::ner::tagger::{spans, TYPES};
use std::path::PathBuf;

/// One sentence: its words and its entities `(first, last + 1, type)`.
pub struct Sentence {
    pub words: Vec<String>,
    pub gold: Vec<(usize, usize, usize)>,
}

/// Where the CoNLL files are, or `None` (with a message) when the data is absent.
pub fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/conll2003");
    if dir.join("eng.train").exists() {
        Some(dir)
    } else {
        eprintln!("skipping: CoNLL-2003 data not found at {} (see ../shared/data/README.md)", dir.display());
        None
    }
}

/// Reads a CoNLL-2003 file (IOB1) into documents of sentences.
pub fn read(path: &std::path::Path) -> Vec<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut docs: Vec<Vec<Sentence>> = vec![Vec::new()];
    let mut words: Vec<String> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let flush = |words: &mut Vec<String>, labels: &mut Vec<String>, docs: &mut Vec<Vec<Sentence>>| {
        if !words.is_empty() {
            let gold = iob1_spans(labels);
            docs.last_mut().unwrap().push(Sentence { words: std::mem::take(words), gold });
            labels.clear();
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut words, &mut labels, &mut docs);
        } else if cols[0] == "-DOCSTART-" {
            flush(&mut words, &mut labels, &mut docs);
            if !docs.last().unwrap().is_empty() {
                docs.push(Vec::new());
            }
        } else {
            words.push(cols[0].to_string());
            labels.push(cols[cols.len() - 1].to_string());
        }
    }
    flush(&mut words, &mut labels, &mut docs);
    docs.retain(|d| !d.is_empty());
    docs
}

fn iob1_spans(labels: &[String]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, l) in labels.iter().enumerate() {
        let (prefix, ty) = l.split_once('-').map_or(("O", ""), |(p, t)| (p, t));
        let ty = TYPES.iter().position(|t| *t == ty);
        match (prefix, ty) {
            ("I", Some(t)) if open.is_some_and(|(_, o)| o == t) => {}
            (_, Some(t)) => {
                if let Some((s, o)) = open {
                    out.push((s, i, o));
                }
                open = Some((i, t));
            }
            _ => {
                if let Some((s, o)) = open.take() {
                    out.push((s, i, o));
                }
            }
        }
    }
    if let Some((s, o)) = open {
        out.push((s, labels.len(), o));
    }
    out
}

/// Features of every word of every sentence, document by document, as the library
/// computes them at run time.
pub fn featurize(docs: &[Vec<Sentence>], lex: &Lexicon, bits: u32) -> Vec<Vec<u32>> {
    let mut ex = Extractor::new();
    let mut out = Vec::new();
    for doc in docs {
        let mut stats = DocStats::new();
        let refs: Vec<Vec<&str>> = doc.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        for r in &refs {
            stats.add(r);
        }
        for (k, r) in refs.iter().enumerate() {
            let mut f = Vec::with_capacity(r.len() * PER_WORD);
            ex.sentence(r, None, lex, stats.sentence(k), bits, &mut f);
            out.push(f);
        }
    }
    out
}

/// Exact-span counts per type: (gold, predicted, correct).
#[derive(Default, Clone)]
pub struct Score {
    pub counts: [(usize, usize, usize); 4],
}

impl Score {
    pub fn add(&mut self, gold: &[(usize, usize, usize)], tags: &[u8]) {
        let pred = spans(tags);
        for &(_, _, t) in gold {
            self.counts[t].0 += 1;
        }
        for p in &pred {
            self.counts[p.2].1 += 1;
            if gold.contains(p) {
                self.counts[p.2].2 += 1;
            }
        }
    }

    fn prf(g: usize, p: usize, c: usize) -> (f64, f64, f64) {
        let pr = if p > 0 { c as f64 / p as f64 } else { 0.0 };
        let re = if g > 0 { c as f64 / g as f64 } else { 0.0 };
        let f = if pr + re > 0.0 { 2.0 * pr * re / (pr + re) } else { 0.0 };
        (pr, re, f)
    }

    pub fn f1(&self) -> f64 {
        let (g, p, c) = self.counts.iter().fold((0, 0, 0), |a, x| (a.0 + x.0, a.1 + x.1, a.2 + x.2));
        Self::prf(g, p, c).2
    }

    /// The conlleval-style table.
    pub fn table(&self, name: &str) -> String {
        let (g, p, c) = self.counts.iter().fold((0, 0, 0), |a, x| (a.0 + x.0, a.1 + x.1, a.2 + x.2));
        let mut s = format!("{name}: {g} gold phrases; found: {p}; correct: {c}.\n");
        s += &format!("{:>10} {:>9} {:>9} {:>9} {:>7} {:>7}\n", "", "precision", "recall", "F1", "gold", "found");
        let (pr, re, f) = Self::prf(g, p, c);
        s += &format!("{:>10} {:>8.2}% {:>8.2}% {:>9.2} {:>7} {:>7}\n", "overall", pr * 100.0, re * 100.0, f * 100.0, g, p);
        for (t, &(g, p, c)) in self.counts.iter().enumerate() {
            let (pr, re, f) = Self::prf(g, p, c);
            s += &format!("{:>10} {:>8.2}% {:>8.2}% {:>9.2} {:>7} {:>7}\n", TYPES[t], pr * 100.0, re * 100.0, f * 100.0, g, p);
        }
        s
    }
}
