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

/// Whether a lower-cased word form or a base form it is a regular inflection of (`-s`, `-es`, `-ed`,
/// `-ing`, `-er`, `-est`, `-ies`..., with a doubled final consonant or a dropped `e` restored, a
/// possessive `'s` dropped) is on the Dale–Chall list of familiar words ([`is_familiar`]).
///
/// ```
/// use textlens::stats::word_lists::is_familiar_form;
/// assert!(is_familiar_form("houses") && is_familiar_form("running") && is_familiar_form("city's"));
/// assert!(!is_familiar_form("readability"));
/// ```
pub fn is_familiar_form(lower: &str) -> bool {
    let lower = lower.replace('\u{2019}', "'");
    let base = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower);
    base_forms(base).iter().any(|f| is_familiar(f))
}

/// The word and every base form a regular inflection could have come from.
fn base_forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    let endings: [(&str, &[&str]); 10] = [
        ("ies", &["y"]),
        ("ied", &["y"]),
        ("ier", &["y"]),
        ("iest", &["y"]),
        ("es", &["", "e"]),
        ("s", &[""]),
        ("ed", &["", "e"]),
        ("ing", &["", "e"]),
        ("er", &["", "e"]),
        ("est", &["", "e"]),
    ];
    for (ending, replacements) in endings {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.len() < 2 {
                continue;
            }
            for r in replacements {
                forms.push(format!("{stem}{r}"));
            }
            // stopped → stop, running → run, bigger → big. Only an ASCII final letter: the two last
            // bytes of a non-ASCII stem can be equal inside one character ("ᱱ" is E1 B1 B1).
            let b = stem.as_bytes();
            if b.len() >= 3 && b[b.len() - 1].is_ascii() && b[b.len() - 1] == b[b.len() - 2] {
                forms.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    forms
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
    #[test]
    fn base_forms_never_split_a_character() {
        assert_eq!(base_forms("abᱱing"), ["abᱱing", "abᱱ", "abᱱe"]);
        assert_eq!(base_forms("running")[3], "run");
    }

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
