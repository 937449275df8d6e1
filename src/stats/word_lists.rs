//! Embedded word lists: the New Dale–Chall familiar words, textlens's English stop words and common
//! verb forms.
//!
//! Both are plain text under `src/stats/data/`, one lower-case word per line, sorted bytewise (a test
//! checks it); each is loaded into a hash set on first use. The Dale–Chall list is embedded
//! front-coded (`dale_chall.fc`, generated from `dale_chall.txt`; see `src/front_coding.rs`).

use std::sync::OnceLock;

use crate::fast_hash::FastSet;

#[cfg(test)]
const DALE_CHALL: &str = include_str!("data/dale_chall.txt");
/// `dale_chall.txt`, front-coded.
pub(super) const DALE_CHALL_FC: &str = include_str!("data/dale_chall.fc");
const STOP_WORDS: &str = include_str!("data/stop_words.txt");
const VERBS: &str = include_str!("data/verbs.txt");

/// Whether lower-case `word` is on the New Dale–Chall list of words familiar to fourth-graders.
///
/// ```
/// use textlens::stats::word_lists::is_familiar;
/// assert!(is_familiar("house") && !is_familiar("readability"));
/// ```
pub fn is_familiar(word: &str) -> bool {
    static CELL: OnceLock<FastSet<Box<str>>> = OnceLock::new();
    CELL.get_or_init(|| {
        crate::front_coding::decode(DALE_CHALL_FC)
            .into_iter()
            .map(String::into_boxed_str)
            .collect()
    })
    .contains(word)
}

/// Whether lower-case `word` is an English stop word (a function word that carries no topic).
///
/// ```
/// use textlens::stats::word_lists::is_stop_word;
/// assert!(is_stop_word("the") && is_stop_word("don't") && !is_stop_word("river"));
/// ```
pub fn is_stop_word(word: &str) -> bool {
    // Boxed like the Dale–Chall set, so that both share one copy of the set code in the wasm.
    static CELL: OnceLock<FastSet<Box<str>>> = OnceLock::new();
    CELL.get_or_init(|| {
        STOP_WORDS
            .lines()
            .filter(|l| !l.is_empty())
            .map(Box::from)
            .collect()
    })
    .contains(word)
}

/// Whether lower-case `word` is a common English verb form that is rarely a noun ("meet", "said",
/// "took"): such words are kept out of keyphrases.
///
/// ```
/// use textlens::stats::word_lists::is_common_verb;
/// assert!(is_common_verb("meet") && is_common_verb("met") && !is_common_verb("summit"));
/// ```
pub fn is_common_verb(word: &str) -> bool {
    static CELL: OnceLock<FastSet<Box<str>>> = OnceLock::new();
    CELL.get_or_init(|| {
        VERBS
            .lines()
            .filter(|l| !l.is_empty())
            .map(Box::from)
            .collect()
    })
    .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lower_case_and_unique() {
        for data in [DALE_CHALL, STOP_WORDS, VERBS] {
            let words: Vec<&str> = data.lines().collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]));
            assert!(words
                .iter()
                .all(|w| w.to_lowercase() == *w && !w.is_empty()));
        }
        assert_eq!(DALE_CHALL.lines().count(), 2942);
    }
}
