//! Key sentences: an extractive summary in document order, chosen by the keyphrases.

use super::counts::Document;
use super::keyphrases::{Keyphrases, EVIDENCE};
use crate::analysis::KeySentence;

/// Sentences with fewer content words than this (datelines, one-word lines) are key sentences only
/// when there are not enough longer ones. A headline of three content words or more competes.
const MIN_CONTENT_WORDS: usize = 3;

// The keyphrases a sentence holds are a bit set of at most `EVIDENCE` entries.
const _: () = assert!(EVIDENCE <= 32);

/// The `n` sentences that best cover the document's keyphrases, in document order.
///
/// `phrases.evidence` holds, for each of the best keyphrases, its relevance and the sentences it
/// occurs in (ascending). A sentence's score is the sum of the relevance of the keyphrases it holds, divided by
/// the square root of its number of content words (so that long sentences are not favoured merely
/// for their length). Sentences are taken by score, those of at least three content words first, ties
/// to the earlier one; a sentence that shares more than half of its keyphrases (or of the other's,
/// whichever holds fewer) with one already taken is a near-duplicate and left out. Offsets are UTF-8
/// bytes here; the pipeline converts them.
pub(crate) fn key_sentences(doc: &Document, phrases: &Keyphrases, n: usize) -> Vec<KeySentence> {
    if n == 0 || doc.sentences.is_empty() {
        return Vec::new();
    }
    let (content, evidence) = (&phrases.content, &phrases.evidence);
    let mut sum: Vec<f64> = vec![0.0; doc.sentences.len()];
    let mut held: Vec<u32> = vec![0; doc.sentences.len()];
    for (rank, (relevance, sentences)) in evidence.iter().enumerate().take(EVIDENCE) {
        for &s in sentences {
            sum[s as usize] += relevance;
            held[s as usize] |= 1 << rank;
        }
    }
    // Ranked by length (long enough first), then score (descending, in `f64::total_cmp` order),
    // then position: all packed into one key per sentence, positions unique, so an unstable sort
    // gives that order (the analyser's one sort instantiation, shared with `resolve`).
    let total_order = |x: f64| {
        // `f64::total_cmp`'s transform, made unsigned.
        let bits = x.to_bits() as i64;
        ((bits ^ (((bits >> 63) as u64) >> 1) as i64) as u64) ^ (1 << 63)
    };
    let mut keys: Vec<u128> = (0..doc.sentences.len())
        .filter(|&s| content[s] > 0)
        .map(|s| {
            let long_enough = content[s] as usize >= MIN_CONTENT_WORDS;
            let score = sum[s] / f64::from(content[s]).sqrt();
            u128::from(!long_enough) << 127 | u128::from(!total_order(score)) << 63 | s as u128
        })
        .collect();
    keys.sort_unstable();
    let mut taken: Vec<usize> = Vec::new();
    for key in keys {
        if taken.len() == n {
            break;
        }
        let s = (key & ((1 << 63) - 1)) as usize;
        let near_duplicate = taken.iter().any(|&t| {
            let shared = (held[s] & held[t]).count_ones();
            let fewer = held[s].count_ones().min(held[t].count_ones());
            fewer > 0 && 2 * shared > fewer
        });
        if !near_duplicate {
            taken.push(s);
        }
    }
    // Back to text order.
    taken.sort_unstable();
    taken
        .into_iter()
        .map(|s| {
            let range = doc.sentences[s].clone();
            KeySentence {
                start: range.start,
                end: range.end,
                text: doc.text[range].to_string(),
                score: sum[s] / f64::from(content[s]).sqrt(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    const TEXT: &str = "Solar farms spread across rural Spain\n\n\
        Spain added more solar farms than any other European country last year. Farmers in rural \
        Spain lease their land to solar farms for steady income. Spain added more solar farms than \
        any other European country last year, officials repeated. Critics say the farms cover good \
        soil. Villages welcome the jobs and the new roads.";

    fn chosen(n: usize) -> Vec<String> {
        let options = crate::AnalyzeOptions {
            key_sentences: n,
            ..Default::default()
        };
        crate::Analyzer::new()
            .analyze(TEXT, &options)
            .expect("default options are valid")
            .key_sentences
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn a_headline_without_a_full_stop_can_be_a_key_sentence() {
        let two = chosen(2);
        assert_eq!(two[0], "Solar farms spread across rural Spain", "{two:?}");
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn near_duplicate_sentences_are_not_both_chosen() {
        let all = chosen(5);
        let repeats = all
            .iter()
            .filter(|s| s.starts_with("Spain added more solar farms"))
            .count();
        assert!(repeats <= 1, "{all:?}");
        // No two chosen sentences share most of their keyphrases: the repeat is left out even though
        // it scores as high as its original.
        assert!(all.len() >= 3, "{all:?}");
    }

    #[test]
    fn key_sentences_come_in_document_order_with_their_scores() {
        let report = crate::stats::report(TEXT, 10, 3);
        let starts: Vec<usize> = report.key_sentences.iter().map(|s| s.start).collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
        for s in &report.key_sentences {
            assert_eq!(&TEXT[s.start..s.end], s.text);
            assert!(s.score > 0.0);
        }
    }
}
