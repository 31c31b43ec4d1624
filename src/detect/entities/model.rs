//! The tagger's weights: the compact binary format, writing it and loading it.
//!
//! Layout (little-endian): magic `FLNR`; format version `u16`; feature version `u16`
//! (see [`super::features::FEATURE_VERSION`]); lexicon fingerprint `u32` (see
//! [`super::features::fingerprint`]); hash bits `u8`; tag count `u8`; value width
//! `u8` (1 = i8, 2 = i16); a zero byte; scale `f32`; tag names (`u16` length, comma
//! separated UTF-8); transition, start and end scores (`f32`); the masks' length in bytes
//! `u32`; then the stored buckets ("rows") in three parts, each in bucket order: a bitmap
//! of which buckets have a row (`2^bits / 8` bytes, bucket `b` at bit `b % 8` of byte
//! `b / 8`); each row's varint bit mask of the tags with a non-zero weight; and those
//! weights, quantised (`weight = value * scale`). Apart, the three compress better than
//! one row after another (the wasm carries the file: 298 KB gzipped against 333 KB).

use super::features::{fingerprint, FEATURE_VERSION};
use super::tagger::{tag_names, N_TAGS};
use std::fmt;

/// Bump when the layout changes.
pub const FORMAT_VERSION: u16 = 3;
const MAGIC: &[u8; 4] = b"FLNR";

/// Why model bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(String);

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entity model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

enum Rows {
    Narrow(Vec<[i8; N_TAGS]>),
    Wide(Vec<[i16; N_TAGS]>),
}

/// 64 buckets of the index: which of them have a row, and how many rows come before.
#[derive(Clone, Copy, Default)]
struct Block {
    present: u64,
    rank: u32,
}

/// A loaded model, ready to score words.
pub struct Model {
    /// This model's [`super::fresh_id`], for the caches of sums of its weights.
    id: u64,
    bits: u32,
    /// Which buckets have a row, as a bitmap with running counts: a bucket's row is the
    /// count of present buckets before it. 2^18 buckets take 64 KB this way, against 1 MB
    /// for a table of row numbers, so the index stays in cache and each feature costs
    /// one memory access that may miss (its row) instead of two.
    index: Vec<Block>,
    /// Quantised weights, `N_TAGS` per stored bucket (i8 models keep their width).
    rows: Rows,
    scale: f32,
    /// Transition scores, `N_TAGS * N_TAGS`.
    pub trans: Vec<f32>,
    /// First-tag scores.
    pub start: Vec<f32>,
    /// Last-tag scores.
    pub end: Vec<f32>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end =
            self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| ModelError("truncated".into()))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7F) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError("bad varint".into()))
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Model {
    /// Reads a model, checking its magic, versions and tag set.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError("not a factlight entity model".into()));
        }
        let format = r.u16()?;
        if format != FORMAT_VERSION {
            return Err(ModelError(format!("format version {format}, expected {FORMAT_VERSION}")));
        }
        let features = r.u16()?;
        if features != FEATURE_VERSION {
            return Err(ModelError(format!(
                "trained on feature version {features}, code has {FEATURE_VERSION}: retrain"
            )));
        }
        if r.u32()? != fingerprint() {
            return Err(ModelError("trained with other word lists or features: retrain".into()));
        }
        let bits = r.u8()? as u32;
        let n_tags = r.u8()? as usize;
        let width = r.u8()?;
        r.u8()?;
        if !(8..=24).contains(&bits) || n_tags != N_TAGS || !(width == 1 || width == 2) {
            return Err(ModelError(format!("unsupported shape: {bits} bits, {n_tags} tags, width {width}")));
        }
        let scale = r.f32()?;
        let len = r.u16()? as usize;
        if r.take(len)? != tag_names().as_bytes() {
            return Err(ModelError("tag set differs from the code's".into()));
        }
        let mut floats = |n: usize| (0..n).map(|_| r.f32()).collect::<Result<Vec<f32>, _>>();
        let trans = floats(N_TAGS * N_TAGS)?;
        let start = floats(N_TAGS)?;
        let end = floats(N_TAGS)?;
        let mask_len = r.u32()? as usize;
        let size = 1usize << bits;
        let mut index = vec![Block::default(); size / 64];
        let mut n_rows = 0;
        for (b, word) in index.iter_mut().zip(r.take(size / 8)?.chunks_exact(8)) {
            b.present = u64::from_le_bytes(word.try_into().expect("8 bytes"));
            b.rank = n_rows as u32;
            n_rows += b.present.count_ones() as usize;
        }
        let mut weights = Reader { bytes, at: r.at };
        weights.take(mask_len)?;
        let masks_end = weights.at;
        let mut narrow = vec![[0i8; N_TAGS]; if width == 1 { n_rows } else { 0 }];
        let mut wide = vec![[0i16; N_TAGS]; if width == 2 { n_rows } else { 0 }];
        for row in 0..n_rows {
            let mask = r.varint()?;
            if mask == 0 || mask >> N_TAGS != 0 {
                return Err(ModelError("bad tag mask".into()));
            }
            // Only the tags the mask names (pruned rows keep few), each read at once: this
            // loop is most of the engine's start-up in the browser.
            let n = mask.count_ones() as usize;
            let mut tags = mask;
            if width == 1 {
                for (b, _) in weights.take(n)?.iter().zip(0..) {
                    narrow[row][tags.trailing_zeros() as usize] = *b as i8;
                    tags &= tags - 1;
                }
            } else {
                for pair in weights.take(2 * n)?.chunks_exact(2) {
                    wide[row][tags.trailing_zeros() as usize] = i16::from_le_bytes([pair[0], pair[1]]);
                    tags &= tags - 1;
                }
            }
        }
        if r.at != masks_end || weights.at != bytes.len() {
            return Err(ModelError("trailing bytes".into()));
        }
        let rows = if width == 1 { Rows::Narrow(narrow) } else { Rows::Wide(wide) };
        Ok(Model { id: super::fresh_id(), bits, index, rows, scale, trans, start, end })
    }

    /// The row of a bucket, if it has one (`NONE` and out-of-range buckets have none).
    #[inline]
    fn row(&self, bucket: u32) -> Option<usize> {
        let b = self.index.get(bucket as usize / 64)?;
        let bit = 1u64 << (bucket % 64);
        (b.present & bit != 0).then(|| b.rank as usize + (b.present & (bit - 1)).count_ones() as usize)
    }

    /// A number no other model or lexicon in this process has.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Feature hash size in bits.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Appends `N_TAGS` scores per word to `emit` for the words' feature buckets (as laid
    /// out by [`super::features::Extractor::sentence`]).
    pub fn emissions(&self, features: &[u32], per_word: usize, emit: &mut Vec<f32>) {
        match &self.rows {
            // Up to 256 i8 weights sum exactly in an i16, in half the lanes of an i32.
            Rows::Narrow(rows) if per_word <= 256 => self.emit_narrow_fast(rows, features, per_word, &[], emit),
            Rows::Narrow(rows) => self.emit_with::<i8, i32>(rows, features, per_word, emit),
            Rows::Wide(rows) => self.emit_with::<i16, i32>(rows, features, per_word, emit),
        }
    }

    /// The sum of the weights of `buckets` as quantised integers, for
    /// [`Self::emissions_from`]; `None` for a model with i16 weights.
    pub fn sums(&self, buckets: &[u32]) -> Option<[i16; N_TAGS]> {
        let Rows::Narrow(rows) = &self.rows else { return None };
        let mut acc = [0i16; N_TAGS];
        for &f in buckets {
            if let Some(w) = self.row(f).and_then(|r| rows.get(r)) {
                for k in 0..N_TAGS {
                    acc[k] += w[k] as i16;
                }
            }
        }
        Some(acc)
    }

    /// Like [`Self::emissions`], each word's sum starting from its `bases` entry (from
    /// [`Self::sums`]): the same scores, bit for bit, as summing all the buckets at once.
    /// At most 256 weights in all per word; the model must have i8 weights.
    pub fn emissions_from(&self, features: &[u32], per_word: usize, bases: &[[i16; N_TAGS]], emit: &mut Vec<f32>) {
        let Rows::Narrow(rows) = &self.rows else { return self.emissions(features, per_word, emit) };
        self.emit_narrow_fast(rows, features, per_word, bases, emit)
    }

    /// The fastest form of [`Self::emit_narrow`] for the target and CPU.
    #[inline]
    fn emit_narrow_fast(
        &self,
        rows: &[[i8; N_TAGS]],
        features: &[u32],
        per_word: usize,
        bases: &[[i16; N_TAGS]],
        emit: &mut Vec<f32>,
    ) {
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        {
            self.emit_narrow_simd128(rows, features, per_word, bases, emit)
        }
        #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
        {
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("popcnt") {
                // SAFETY: the CPU has the features the function is compiled for.
                return unsafe { self.emit_narrow_avx2(rows, features, per_word, bases, emit) };
            }
            self.emit_narrow(rows, features, per_word, bases, emit)
        }
    }

    /// [`Self::emit_narrow`] compiled for AVX2 and POPCNT: x86-64's baseline has neither,
    /// so without this a row's rank costs a dozen instructions and a row's 17 weights
    /// two SSE2 widening steps and a scalar one. (wasm has a popcount instruction.)
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn emit_narrow_avx2(
        &self,
        rows: &[[i8; N_TAGS]],
        features: &[u32],
        per_word: usize,
        bases: &[[i16; N_TAGS]],
        emit: &mut Vec<f32>,
    ) {
        self.emit_narrow(rows, features, per_word, bases, emit)
    }

    /// [`Self::emit_narrow`] in wasm SIMD: a row's first 16 weights in one load, widened to
    /// two i16x8 sums, and the 17th alone. LLVM's own vectorising of the loop loads a row
    /// in four 4-byte pieces and adds four half-empty vectors, and a node --cpu-prof of
    /// the bench texts put this function at 14% of the engine's time.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    fn emit_narrow_simd128(
        &self,
        rows: &[[i8; N_TAGS]],
        features: &[u32],
        per_word: usize,
        bases: &[[i16; N_TAGS]],
        emit: &mut Vec<f32>,
    ) {
        use core::arch::wasm32::*;
        const { assert!(N_TAGS == 17) };
        for (i, word) in features.chunks(per_word).enumerate() {
            let base = bases.get(i).copied().unwrap_or([0; N_TAGS]);
            let mut acc: [i16; N_TAGS] = base;
            // SAFETY: unaligned loads of 16 bytes inside a 17-element i16 array (lanes 0-7
            // and 8-15).
            let (mut lo, mut hi) =
                unsafe { (v128_load(acc.as_ptr() as *const v128), v128_load(acc.as_ptr().add(8) as *const v128)) };
            let mut last = base[16];
            for &f in word {
                if let Some(w) = self.row(f).and_then(|r| rows.get(r)) {
                    // SAFETY: an unaligned load of the row's first 16 of 17 bytes.
                    let v = unsafe { v128_load(w.as_ptr() as *const v128) };
                    lo = i16x8_add(lo, i16x8_extend_low_i8x16(v));
                    hi = i16x8_add(hi, i16x8_extend_high_i8x16(v));
                    last = last.wrapping_add(w[16] as i16);
                }
            }
            // SAFETY: unaligned stores of 16 bytes inside the same array.
            unsafe {
                v128_store(acc.as_mut_ptr() as *mut v128, lo);
                v128_store(acc.as_mut_ptr().add(8) as *mut v128, hi);
            }
            acc[16] = last;
            emit.extend(acc.iter().map(|&a| a as f32 * self.scale));
        }
    }

    /// i8 weights summed in i16 lanes, from each word's `bases` entry (zero without):
    /// at most 256 weights per word in all.
    #[inline(always)]
    #[cfg_attr(all(target_arch = "wasm32", target_feature = "simd128"), allow(dead_code))]
    fn emit_narrow(
        &self,
        rows: &[[i8; N_TAGS]],
        features: &[u32],
        per_word: usize,
        bases: &[[i16; N_TAGS]],
        emit: &mut Vec<f32>,
    ) {
        for (i, word) in features.chunks(per_word).enumerate() {
            let mut acc = bases.get(i).copied().unwrap_or([0; N_TAGS]);
            for &f in word {
                if let Some(w) = self.row(f).and_then(|r| rows.get(r)) {
                    for k in 0..N_TAGS {
                        acc[k] += w[k] as i16;
                    }
                }
            }
            emit.extend(acc.iter().map(|&a| a as f32 * self.scale));
        }
    }

    /// `A` must hold the sum of `per_word` weights exactly (the caller picks it).
    fn emit_with<W, A>(&self, rows: &[[W; N_TAGS]], features: &[u32], per_word: usize, emit: &mut Vec<f32>)
    where
        W: Copy + Into<A>,
        A: Copy + Default + std::ops::AddAssign + Into<i32>,
    {
        for word in features.chunks(per_word) {
            let mut acc = [A::default(); N_TAGS];
            for &f in word {
                if let Some(w) = self.row(f).and_then(|r| rows.get(r)) {
                    for k in 0..N_TAGS {
                        acc[k] += w[k].into();
                    }
                }
            }
            emit.extend(acc.iter().map(|&a| a.into() as f32 * self.scale));
        }
    }
}

/// Writes a model: `weights` holds `N_TAGS` weights per bucket for `1 << bits` buckets.
/// Weights are quantised to `width` bytes; weights that round to less than `min_level`
/// quantisation steps are dropped, and so are rows left empty.
pub fn encode(
    bits: u32,
    weights: &[f32],
    trans: &[f32],
    start: &[f32],
    end: &[f32],
    width: u8,
    min_level: i32,
) -> Vec<u8> {
    let qmax = if width == 1 { 127.0 } else { 32767.0 };
    let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / qmax } else { 1.0 };
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint().to_le_bytes());
    out.extend_from_slice(&[bits as u8, N_TAGS as u8, width, 0]);
    out.extend_from_slice(&scale.to_le_bytes());
    let names = tag_names();
    out.extend_from_slice(&(names.len() as u16).to_le_bytes());
    out.extend_from_slice(names.as_bytes());
    for &v in trans.iter().chain(start).chain(end) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let mut present = vec![0u8; (1usize << bits) / 8];
    let (mut masks, mut values) = (Vec::new(), Vec::new());
    for (bucket, row) in weights.chunks(N_TAGS).enumerate() {
        let q: Vec<i32> =
            row.iter().map(|&w| (w / scale).round() as i32).map(|v| if v.abs() < min_level { 0 } else { v }).collect();
        if q.iter().all(|&v| v == 0) {
            continue;
        }
        present[bucket / 8] |= 1 << (bucket % 8);
        let mask = q.iter().enumerate().filter(|(_, v)| **v != 0).fold(0u64, |m, (k, _)| m | 1 << k);
        put_varint(&mut masks, mask);
        for &v in q.iter().filter(|v| **v != 0) {
            if width == 1 {
                values.push(v as i8 as u8);
            } else {
                values.extend_from_slice(&(v as i16).to_le_bytes());
            }
        }
    }
    out.extend_from_slice(&(masks.len() as u32).to_le_bytes());
    out.extend_from_slice(&present);
    out.extend_from_slice(&masks);
    out.extend_from_slice(&values);
    out
}

