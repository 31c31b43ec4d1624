//! Trains the entity tagger: an averaged structured perceptron over hashed features,
//! BILOU tags, Viterbi decoding. Trains on eng.train, picks the epoch on eng.testa, and
//! writes model/ner.bin.
//!
//! `cargo run --release --example train_ner [-- --runs R --epochs N --bits B --width 1|2 --min-level L --out PATH]`

mod ner_common;

use factlight::ner::features::{Lexicon, PER_WORD, NONE};
use factlight::ner::model::{encode, Model};
use factlight::ner::tagger::{tags_of, Transitions, Viterbi, N_TAGS};
use ner_common::{data_dir, featurize, read, Score};
use std::time::Instant;

const T: usize = N_TAGS;

struct Weights {
    w: Vec<f32>,
    /// Sum of `step * delta`, for averaging: average = w - acc / step.
    acc: Vec<f32>,
    /// Transitions `T*T`, then start `T`, then end `T`.
    tw: Vec<f32>,
    tacc: Vec<f32>,
    step: f32,
}

impl Weights {
    fn bump(&mut self, f: u32, tag: u8, d: f32) {
        let i = f as usize * T + tag as usize;
        self.w[i] += d;
        self.acc[i] += self.step * d;
    }
    fn bump_t(&mut self, i: usize, d: f32) {
        self.tw[i] += d;
        self.tacc[i] += self.step * d;
    }
    fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let avg = |w: &[f32], a: &[f32]| w.iter().zip(a).map(|(w, a)| w - a / self.step).collect();
        (avg(&self.w, &self.acc), avg(&self.tw, &self.tacc))
    }
}

fn emissions(w: &[f32], feats: &[u32], emit: &mut Vec<f32>) {
    emit.clear();
    for word in feats.chunks(PER_WORD) {
        let mut acc = [0f32; T];
        for &f in word {
            if f != NONE {
                let row = &w[f as usize * T..][..T];
                for k in 0..T {
                    acc[k] += row[k];
                }
            }
        }
        emit.extend_from_slice(&acc);
    }
}

fn trans_of(tw: &[f32]) -> Transitions<'_> {
    Transitions { trans: &tw[..T * T], start: &tw[T * T..T * T + T], end: &tw[T * T + T..] }
}

fn evaluate(w: &[f32], tw: &[f32], feats: &[Vec<u32>], gold: &[Vec<(usize, usize, usize)>]) -> Score {
    let mut score = Score::default();
    let (mut vit, mut emit, mut tags) = (Viterbi::new(), Vec::new(), Vec::new());
    for (f, g) in feats.iter().zip(gold) {
        emissions(w, f, &mut emit);
        vit.decode(&emit, &trans_of(tw), &mut tags);
        score.add(g, &tags);
    }
    score
}

fn arg<T: std::str::FromStr>(name: &str, default: T) -> T {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let Some(dir) = data_dir() else { return };
    let epochs: usize = arg("--epochs", 20);
    let bits: u32 = arg("--bits", 18);
    let width: u8 = arg("--width", 1);
    let min_level: i32 = arg("--min-level", 2);
    let out_path: String = arg("--out", format!("{}/model/ner.bin", env!("CARGO_MANIFEST_DIR")));
    let t0 = Instant::now();
    let lex = Lexicon::new();
    let train_docs = read(&dir.join("eng.train"));
    let dev_docs = read(&dir.join("eng.testa"));
    let train_x = featurize(&train_docs, &lex, bits);
    let train_y: Vec<Vec<u8>> = train_docs.iter().flatten().map(|s| tags_of(s.words.len(), &s.gold)).collect();
    let dev_x = featurize(&dev_docs, &lex, bits);
    let dev_gold: Vec<_> = dev_docs.iter().flatten().map(|s| s.gold.clone()).collect();
    eprintln!("{} training sentences, features in {:.1?}", train_x.len(), t0.elapsed());

    let seeds: usize = arg("--runs", 4);
    let size = (1usize << bits) * T;
    // Several runs over different (fixed) orders, averaged: a steadier model.
    let (mut aw, mut at) = (vec![0f32; size], vec![0f32; T * T + 2 * T]);
    for run in 0..seeds {
        let (w, t) = train_run(run as u64, epochs, size, &train_x, &train_y, &dev_x, &dev_gold);
        aw.iter_mut().zip(&w).for_each(|(a, b)| *a += b / seeds as f32);
        at.iter_mut().zip(&t).for_each(|(a, b)| *a += b / seeds as f32);
    }
    if seeds > 1 {
        eprintln!("{seeds} runs averaged: testa F1 {:.2} (float weights)", evaluate(&aw, &at, &dev_x, &dev_gold).f1() * 100.0);
    }
    let mut vit = Viterbi::new();
    let bytes = encode(bits, &aw, &at[..T * T], &at[T * T..T * T + T], &at[T * T + T..], width, min_level);
    let model = Model::from_bytes(&bytes).expect("the model just written loads");
    let mut score = Score::default();
    let (mut emit, mut tags) = (Vec::new(), Vec::new());
    for (f, g) in dev_x.iter().zip(&dev_gold) {
        emit.clear();
        model.emissions(f, PER_WORD, &mut emit);
        vit.decode(&emit, &Transitions { trans: &model.trans, start: &model.start, end: &model.end }, &mut tags);
        score.add(g, &tags);
    }
    eprintln!("quantised model: {} bytes, testa F1 {:.2}", bytes.len(), score.f1() * 100.0);
    std::fs::write(&out_path, &bytes).unwrap_or_else(|e| panic!("{out_path}: {e}"));
    eprintln!("wrote {out_path} in {:.1?}", t0.elapsed());
}

/// One training run: epochs over the sentences in an order fixed by `run`; returns the
/// averaged weights of the epoch that scores best on eng.testa.
fn train_run(run: u64, epochs: usize, size: usize, train_x: &[Vec<u32>], train_y: &[Vec<u8>], dev_x: &[Vec<u32>], dev_gold: &[Vec<(usize, usize, usize)>]) -> (Vec<f32>, Vec<f32>) {
    let t0 = Instant::now();
    let mut wt = Weights { w: vec![0.0; size], acc: vec![0.0; size], tw: vec![0.0; T * T + 2 * T], tacc: vec![0.0; T * T + 2 * T], step: 1.0 };
    let mut order: Vec<usize> = (0..train_x.len()).collect();
    let mut rng = 0x2545_F491_4F6C_DD1Du64 ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let (mut vit, mut emit, mut pred) = (Viterbi::new(), Vec::new(), Vec::new());
    let mut best: Option<(f64, usize, Vec<f32>, Vec<f32>)> = None;
    for epoch in 1..=epochs {
        // Fisher-Yates with a fixed xorshift seed: the same order every run.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut wrong = 0;
        for &s in &order {
            let (x, y) = (&train_x[s], &train_y[s]);
            emissions(&wt.w, x, &mut emit);
            vit.decode(&emit, &trans_of(&wt.tw), &mut pred);
            if pred != *y {
                wrong += 1;
                for i in 0..y.len() {
                    if pred[i] != y[i] {
                        for &f in &x[i * PER_WORD..(i + 1) * PER_WORD] {
                            if f != NONE {
                                wt.bump(f, y[i], 1.0);
                                wt.bump(f, pred[i], -1.0);
                            }
                        }
                    }
                    let (gp, pp) = if i == 0 { (T * T + y[0] as usize, T * T + pred[0] as usize) } else {
                        (y[i - 1] as usize * T + y[i] as usize, pred[i - 1] as usize * T + pred[i] as usize)
                    };
                    wt.bump_t(gp, 1.0);
                    wt.bump_t(pp, -1.0);
                }
                let n = y.len();
                wt.bump_t(T * T + T + y[n - 1] as usize, 1.0);
                wt.bump_t(T * T + T + pred[n - 1] as usize, -1.0);
            }
            wt.step += 1.0;
        }
        let (aw, at) = wt.averaged();
        let f1 = evaluate(&aw, &at, dev_x, dev_gold).f1();
        eprintln!("run {run} epoch {epoch}: {wrong} sentences wrong, testa F1 {:.2} ({:.1?})", f1 * 100.0, t0.elapsed());
        if best.as_ref().map_or(true, |b| f1 > b.0) {
            best = Some((f1, epoch, aw, at));
        }
    }
    let (f1, epoch, aw, at) = best.expect("at least one epoch");
    eprintln!("run {run}: best epoch {epoch}, testa F1 {:.2} (float weights)", f1 * 100.0);
    (aw, at)
}
