//! Lexical diversity: type–token ratio and MTLD.

use crate::fast_hash::{FastMap, FastSet};

/// The MTLD factor threshold (McCarthy & Jarvis 2010).
pub const MTLD_THRESHOLD: f64 = 0.72;

/// Type–token ratio: distinct words (case-folded) over words; 0 for no words.
///
/// ```
/// let ttr = textlens::stats::lexical::type_token_ratio(&["a", "b", "a", "c"]);
/// assert_eq!(ttr, 0.75);
/// ```
pub fn type_token_ratio(tokens: &[&str]) -> f64 {
    if tokens.is_empty() {
        return 0.0;
    }
    let types: FastSet<&str> = tokens.iter().copied().collect();
    types.len() as f64 / tokens.len() as f64
}

/// Measure of Textual Lexical Diversity (McCarthy & Jarvis 2010): the mean of a forward and a backward
/// pass, each the number of tokens divided by the number of *factors* — runs whose running type–token
/// ratio falls to 0.72 — plus a partial factor for the remainder, `(1 − TTR) / (1 − 0.72)`.
/// A text that never completes any factor (all words distinct) gets its word count.
///
/// ```
/// use textlens::stats::lexical::mtld;
/// assert_eq!(mtld(&["a", "b", "c"]), 3.0);
/// let repetitive = ["a", "b"].repeat(50);
/// let varied = ["a", "b", "c", "d", "e", "f", "g", "a", "h", "i"].repeat(10);
/// assert!(mtld(&repetitive) < mtld(&varied));
/// ```
pub fn mtld(tokens: &[&str]) -> f64 {
    // Intern the tokens, then count types on ids.
    let mut ids: FastMap<&str, usize> = FastMap::default();
    let interned: Vec<usize> = tokens
        .iter()
        .map(|t| {
            let next = ids.len();
            *ids.entry(t).or_insert(next)
        })
        .collect();
    mtld_of_ids(interned.iter().copied(), ids.len())
}

/// [`mtld`] of tokens given as ids below `types` (equal ids are equal tokens), read once forward
/// and once backward.
pub(crate) fn mtld_of_ids<I>(ids: I, types: usize) -> f64
where
    I: DoubleEndedIterator<Item = usize> + Clone,
{
    if ids.clone().next().is_none() {
        return 0.0;
    }
    let mut seen = vec![0u32; types];
    let forward = one_pass(ids.clone(), &mut seen, 0);
    let backward = one_pass(ids.rev(), &mut seen, forward.1);
    (forward.0 + backward.0) / 2.0
}

/// One MTLD pass. `seen[id] == generation` marks the types of the current factor; each factor takes
/// a new generation, so nothing is cleared. Returns the pass's value and the last generation used.
fn one_pass(ids: impl Iterator<Item = usize>, seen: &mut [u32], first: u32) -> (f64, u32) {
    let mut generation = first + 1;
    let mut factors = 0.0;
    let mut types = 0usize;
    let mut count = 0usize;
    let mut total = 0usize;
    for id in ids {
        total += 1;
        count += 1;
        if seen[id] != generation {
            seen[id] = generation;
            types += 1;
        }
        // `types / count <= 0.72` in integers (0.72 = 18 / 25). The same as the floating-point test
        // for any count below 10^14: a quotient on the other side of 0.72 is at least 1 / (100 count)
        // away from it, far more than the half ulp (5.6e-17) rounding could move it.
        if types * 25 <= count * 18 {
            factors += 1.0;
            generation += 1;
            types = 0;
            count = 0;
        }
    }
    if count > 0 {
        let ttr = types as f64 / count as f64;
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    let value = if factors == 0.0 {
        total as f64
    } else {
        total as f64 / factors
    };
    (value, generation)
}

#[cfg(test)]
mod tests {
    use super::MTLD_THRESHOLD;

    #[test]
    fn the_integer_threshold_test_equals_the_floating_point_one() {
        for count in 1..=4000usize {
            for types in 0..=count {
                assert_eq!(
                    types * 25 <= count * 18,
                    (types as f64 / count as f64) <= MTLD_THRESHOLD,
                    "{types} / {count}"
                );
            }
        }
    }
}
