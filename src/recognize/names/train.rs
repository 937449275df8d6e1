//! Training the tagger: a greedy averaged perceptron, deterministic for a given seed and data order.
//!
//! Only compiled with the `train` feature; run through `textlens-train` (see `QUALITY.md`).

use std::collections::HashMap;

use super::features::{bias_feature, DocContext, SentenceView, CLASSES, O};
use super::{model, prepare};

/// One training document: its text and its gold names as byte spans with a tag class.
pub struct Example {
    /// The document text.
    pub text: String,
    /// Gold names: (start byte, end byte, tag class from [`super::features`]).
    pub spans: Vec<(usize, usize, u8)>,
}

/// Training settings.
pub struct Settings {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the shuffling generator.
    pub seed: u64,
    /// At most this many features are kept in the exported model.
    pub max_features: usize,
    /// Features seen in fewer candidate tokens than this (in the first epoch) are dropped.
    pub min_count: u32,
    /// Subtracted from the O score of every token (in perceptron update units): trades
    /// precision for recall, since the mixed-domain training data under-tags names in news.
    pub o_bias: f32,
    /// Bits kept of each feature hash in the exported model (8..=31).
    pub key_bits: u8,
    /// Exported weights are integers in `-levels..=levels` (at most 127).
    pub levels: u8,
}

#[derive(Default, Clone)]
struct Weight {
    w: [f32; CLASSES],
    total: [f64; CLASSES],
    stamp: [u32; CLASSES],
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Trains a model on `examples` and returns the encoded model file, with a progress line per
/// epoch written through `log`.
pub fn train(examples: &[Example], settings: &Settings, mut log: impl FnMut(&str)) -> Vec<u8> {
    // Prepare every sentence once, with its gold tags.
    let mut sentences: Vec<(SentenceView<'_>, Vec<u8>, usize)> = Vec::new();
    let mut docs: Vec<DocContext> = Vec::new();
    let prepared: Vec<_> = examples.iter().map(|ex| prepare(&ex.text)).collect();
    for (ex, prepared) in examples.iter().zip(&prepared) {
        let views = prepared.views();
        let doc = DocContext::new(&views);
        let d = docs.len();
        docs.push(doc);
        for view in views {
            let gold: Vec<u8> = view
                .tokens
                .iter()
                .map(|t| {
                    ex.spans
                        .iter()
                        .find(|&&(s, e, _)| t.start < e && s < t.end)
                        .map_or(O, |&(_, _, c)| c)
                })
                .collect();
            sentences.push((view, gold, d));
        }
    }
    let mut weights: HashMap<u32, Weight> = HashMap::new();
    let mut rng = Rng(settings.seed.max(1));
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut clock: u32 = 0;
    let mut feats = Vec::with_capacity(64);
    let mut seen: HashMap<u32, u32> = HashMap::new();
    for epoch in 0..settings.epochs {
        for k in (1..order.len()).rev() {
            let j = (rng.next() % (k as u64 + 1)) as usize;
            order.swap(k, j);
        }
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let (view, gold, d) = &sentences[si];
            let doc = &docs[*d];
            let mut prev = O;
            for (i, &truth) in gold.iter().enumerate() {
                if !view.is_candidate(i) {
                    prev = O;
                    continue;
                }
                clock += 1;
                view.features(doc, i, prev, &mut feats);
                if epoch == 0 {
                    for &f in &feats {
                        *seen.entry(f).or_default() += 1;
                    }
                }
                let mut scores = [0f32; CLASSES];
                for f in &feats {
                    if let Some(w) = weights.get(f) {
                        for (s, x) in scores.iter_mut().zip(&w.w) {
                            *s += x;
                        }
                    }
                }
                let guess = super::argmax(&scores);
                total += 1;
                if guess == truth {
                    right += 1;
                } else {
                    for &f in &feats {
                        let w = weights.entry(f).or_default();
                        for (c, delta) in [(truth as usize, 1.0f32), (guess as usize, -1.0)] {
                            w.total[c] += f64::from(clock - w.stamp[c]) * f64::from(w.w[c]);
                            w.stamp[c] = clock;
                            w.w[c] += delta;
                        }
                    }
                }
                prev = guess;
            }
        }
        log(&format!(
            "epoch {}: {right}/{total} candidate tokens right ({:.2}%), {} features",
            epoch + 1,
            100.0 * right as f64 / total.max(1) as f64,
            weights.len()
        ));
    }
    // Average, prune and quantise.
    let averaged: Vec<(u32, [f32; CLASSES])> = weights
        .into_iter()
        .filter(|(h, _)| seen.get(h).copied().unwrap_or(0) >= settings.min_count)
        .map(|(h, w)| {
            let mut a = [0f32; CLASSES];
            for (c, slot) in a.iter_mut().enumerate() {
                let total = w.total[c] + f64::from(clock - w.stamp[c]) * f64::from(w.w[c]);
                *slot = (total / f64::from(clock.max(1))) as f32;
            }
            if h == bias_feature() {
                a[O as usize] -= settings.o_bias;
            }
            (h, a)
        })
        .collect();
    // Features whose hashes share their top `key_bits` bits become one (their weights summed).
    let bits = settings.key_bits;
    let mut merged: HashMap<u32, [f32; CLASSES]> = HashMap::new();
    for (h, a) in &averaged {
        let m = merged
            .entry(model::key_of(*h, u32::from(bits)))
            .or_default();
        for (x, y) in m.iter_mut().zip(a) {
            *x += y;
        }
    }
    let mut averaged: Vec<(u32, [f32; CLASSES])> = merged.into_iter().collect();
    let strength = |a: &[f32; CLASSES]| a.iter().fold(0f32, |m, x| m.max(x.abs()));
    averaged.sort_by(|a, b| {
        strength(&b.1)
            .total_cmp(&strength(&a.1))
            .then(a.0.cmp(&b.0))
    });
    let mut magnitudes: Vec<f32> = averaged.iter().map(|r| strength(&r.1)).collect();
    magnitudes.sort_by(|a, b| b.total_cmp(a));
    let top = magnitudes
        .get(magnitudes.len() / 2000)
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    // Weights are quantised to the integers -levels..=levels, the largest (bar the top 0.05 %)
    // mapped to `levels`.
    let levels = f32::from(settings.levels);
    let scale = levels / top;
    let rows: Vec<(u32, [i8; CLASSES])> = averaged
        .iter()
        .map(|(h, a)| {
            let mut q = [0i8; CLASSES];
            for (qc, &x) in q.iter_mut().zip(a) {
                *qc = (x * scale).round().clamp(-levels, levels) as i8;
            }
            (*h, q)
        })
        .filter(|(_, q)| q.iter().any(|&x| x != 0))
        .take(settings.max_features)
        .collect();
    log(&format!("kept {} features (scale {scale:.3})", rows.len()));
    model::encode(rows, bits)
}
