//! Lexical diversity: type–token ratio and MTLD.

use super::fast_hash::FastSet;

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
    if tokens.is_empty() {
        return 0.0;
    }
    let forward = one_pass(tokens.iter().copied());
    let backward = one_pass(tokens.iter().rev().copied());
    (forward + backward) / 2.0
}

fn one_pass<'a>(tokens: impl Iterator<Item = &'a str>) -> f64 {
    let mut factors = 0.0;
    let mut types: FastSet<&str> = FastSet::default();
    let mut count = 0usize;
    let mut total = 0usize;
    for token in tokens {
        total += 1;
        count += 1;
        types.insert(token);
        if (types.len() as f64 / count as f64) <= MTLD_THRESHOLD {
            factors += 1.0;
            types.clear();
            count = 0;
        }
    }
    if count > 0 {
        let ttr = types.len() as f64 / count as f64;
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    if factors == 0.0 {
        total as f64
    } else {
        total as f64 / factors
    }
}
