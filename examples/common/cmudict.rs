//! Shared by the syllable examples, tests/syllables_cmudict.rs and `xtask`'s `build-syllable-table`:
//! reads the CMU Pronouncing Dictionary.

use std::collections::BTreeMap;

/// Every plain word of the dictionary (letters and apostrophes only) with the syllable counts of its
/// pronunciations (a vowel phone carries a stress digit: `AH0`, `EY1`).
pub fn load(path: &str) -> Result<BTreeMap<String, Vec<usize>>, String> {
    let body = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut words: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for line in body.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut fields = line.split_whitespace();
        let Some(head) = fields.next() else { continue };
        let word = head.split('(').next().unwrap_or(head);
        if !word.chars().all(|c| c.is_ascii_lowercase() || c == '\'')
            || !word.chars().any(|c| c.is_ascii_lowercase())
        {
            continue;
        }
        let syllables = fields
            .filter(|p| p.ends_with(|c: char| c.is_ascii_digit()))
            .count();
        let counts = words.entry(word.to_string()).or_default();
        if !counts.contains(&syllables) {
            counts.push(syllables);
        }
    }
    Ok(words)
}
