//! Shared by `examples/syllable_totals.rs` and `tests/syllables_cmudict.rs`: the total syllables of
//! running text by textlens and by the CMU Pronouncing Dictionary, over the words the dictionary has.

use std::collections::BTreeMap;

use textlens::stats::syllables::{count, is_held_out};

/// Syllable totals of one text, over its words (`textlens::segment::words`, lower-cased) that
/// the dictionary lists; the dictionary's count is that of its first (most common) pronunciation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    /// Word tokens in the text.
    pub tokens: usize,
    /// Tokens the dictionary lists.
    pub in_dictionary: usize,
    /// Their syllables by `textlens::stats::syllables::count`.
    pub textlens: usize,
    /// Their syllables by the dictionary.
    pub dictionary: usize,
    /// Tokens whose word the syllable table was not built from (`is_held_out`).
    pub held_out: usize,
    /// Their syllables by textlens.
    pub held_out_textlens: usize,
    /// Their syllables by the dictionary.
    pub held_out_dictionary: usize,
}

impl Totals {
    /// Adds another text's totals.
    pub fn add(&mut self, o: Totals) {
        self.tokens += o.tokens;
        self.in_dictionary += o.in_dictionary;
        self.textlens += o.textlens;
        self.dictionary += o.dictionary;
        self.held_out += o.held_out;
        self.held_out_textlens += o.held_out_textlens;
        self.held_out_dictionary += o.held_out_dictionary;
    }

    /// (textlens − dictionary) / dictionary over the dictionary's words.
    pub fn error(&self) -> f64 {
        (self.textlens as f64 - self.dictionary as f64) / (self.dictionary.max(1) as f64)
    }

    /// The same over the held-out words only.
    pub fn held_out_error(&self) -> f64 {
        (self.held_out_textlens as f64 - self.held_out_dictionary as f64)
            / (self.held_out_dictionary.max(1) as f64)
    }
}

/// The totals of `text` against `dictionary` (as `cmudict::load` reads it).
pub fn totals(text: &str, dictionary: &BTreeMap<String, Vec<usize>>) -> Totals {
    let mut t = Totals::default();
    for (_, word) in textlens::segment::words(text) {
        t.tokens += 1;
        let lower = word.to_lowercase();
        let Some(&dict) = dictionary.get(&lower).and_then(|c| c.first()) else {
            continue;
        };
        let ours = count(&lower);
        t.in_dictionary += 1;
        t.textlens += ours;
        t.dictionary += dict;
        if is_held_out(&lower) {
            t.held_out += 1;
            t.held_out_textlens += ours;
            t.held_out_dictionary += dict;
        }
    }
    t
}
