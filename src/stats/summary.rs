//! Key sentences: an extractive summary in document order.

use super::counts::Document;
use super::keywords::Stems;
use crate::analysis::KeySentence;

/// Sentences with fewer content words than this (headlines, datelines, short questions) are key
/// sentences only when there are not enough longer ones.
const MIN_CONTENT_WORDS: usize = 5;

/// The `n` sentences that best cover the document's frequent terms, in document order.
///
/// Sentences with at least five content words come first; shorter ones fill the remaining places.
/// A sentence's score is the sum, over its distinct content stems, of each stem's frequency in the
/// document divided by the highest stem frequency, divided by the square root of the sentence's
/// number of content words (so that long sentences are not favoured merely for their length).
/// Ties go to the earlier sentence. Offsets are UTF-8 bytes here; the pipeline converts them.
pub(crate) fn key_sentences(doc: &Document, stems: &Stems, n: usize) -> Vec<KeySentence> {
    if n == 0 || doc.sentences.is_empty() {
        return Vec::new();
    }
    let mut frequency: Vec<usize> = vec![0; stems.texts.len()];
    for &stem in stems.per_word.iter().flatten() {
        frequency[stem] += 1;
    }
    let max = frequency.iter().copied().max().unwrap_or(1) as f64;
    // One pass: words come in sentence order, and `last_counted[stem]` (the sentence where the stem
    // was last added) keeps each sentence's sum over its *distinct* stems, in first-occurrence order.
    let mut last_counted: Vec<usize> = vec![usize::MAX; stems.texts.len()];
    let mut scored: Vec<(usize, bool, f64)> = Vec::new();
    let mut score = |sentence: usize, sum: f64, content: usize| {
        if content > 0 {
            let long_enough = content >= MIN_CONTENT_WORDS;
            scored.push((sentence, long_enough, sum / (content as f64).sqrt()));
        }
    };
    let (mut sentence, mut sum, mut content) = (usize::MAX, 0.0, 0);
    for (word, stem) in doc.words.iter().zip(&stems.per_word) {
        let Some(stem) = *stem else { continue };
        if word.sentence != sentence {
            score(sentence, sum, content);
            (sentence, sum, content) = (word.sentence, 0.0, 0);
        }
        content += 1;
        if last_counted[stem] != sentence {
            last_counted[stem] = sentence;
            sum += frequency[stem] as f64 / max;
        }
    }
    score(sentence, sum, content);
    // Ranked by length (long enough first), then score (descending, in `f64::total_cmp` order),
    // then position: all packed into one key per sentence, positions unique, so an unstable sort
    // gives that order (the analyser's one sort instantiation, shared with `resolve`).
    let total_order = |x: f64| {
        // `f64::total_cmp`'s transform, made unsigned.
        let bits = x.to_bits() as i64;
        ((bits ^ (((bits >> 63) as u64) >> 1) as i64) as u64) ^ (1 << 63)
    };
    let mut keys: Vec<u128> = scored
        .iter()
        .enumerate()
        .map(|(i, &(_, long_enough, score))| {
            u128::from(!long_enough) << 127 | u128::from(!total_order(score)) << 63 | i as u128
        })
        .collect();
    keys.sort_unstable();
    keys.truncate(n);
    // Back to text order: `scored` is in sentence order, so by position in it.
    for key in &mut keys {
        *key &= (1 << 63) - 1;
    }
    keys.sort_unstable();
    let scored: Vec<(usize, bool, f64)> = keys.iter().map(|&k| scored[k as usize]).collect();
    scored
        .into_iter()
        .map(|(i, _, score)| {
            let range = doc.sentences[i].clone();
            KeySentence {
                start: range.start,
                end: range.end,
                text: doc.text[range].to_string(),
                score,
            }
        })
        .collect()
}
