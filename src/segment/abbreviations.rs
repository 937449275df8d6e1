//! Word lists that steer the sentence splitter: abbreviations and common sentence-initial words.
//!
//! All entries are lower case, without the final full stop; lists are sorted for binary search
//! (a unit test checks it).

/// Titles and other abbreviations that are always followed by more of the same sentence
/// ("Dr. Smith", "e.g. apples", "vs. Spain").
pub(crate) const NEVER_FINAL: &[&str] = &[
    "adm", "capt", "cf", "cmdr", "col", "cpl", "dr", "e.g", "fr", "gen", "gov", "hon", "i.e", "lt",
    "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "pres", "prof", "rep", "rev",
    "sen", "sgt", "supt", "viz", "vs",
];

/// Abbreviations that may end a sentence ("… of Apple Inc. The …") but usually do not.
/// After one of these, or after an initial or a dotted acronym ("U.S.", "a.m."), the splitter
/// breaks only before a word from [`SENTENCE_STARTERS`].
pub(crate) const MAYBE_FINAL: &[&str] = &[
    "al", "approx", "apr", "art", "assn", "att", "aug", "ave", "blvd", "bros", "ch", "cl", "co",
    "corp", "dec", "dept", "est", "etc", "feb", "fig", "figs", "ft", "inc", "jan", "jr", "jul",
    "jun", "ltd", "mar", "mfg", "mins", "no", "nos", "nov", "oct", "op", "para", "paras", "pp",
    "pt", "rd", "ref", "sch", "sec", "sep", "sept", "sq", "sr", "st", "vol", "vols",
];

/// Words that often begin an English sentence, lower case. After an ambiguous abbreviation, a
/// capitalised word from this list signals a new sentence ("… in the U.S. The …").
pub(crate) const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "few",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "is",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "more",
    "most",
    "much",
    "my",
    "neither",
    "nevertheless",
    "no",
    "none",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "several",
    "she",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "under",
    "unlike",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "yes",
    "yet",
    "you",
    "your",
];

/// Whether sorted `list` contains `word`.
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lower_case() {
        for list in [NEVER_FINAL, MAYBE_FINAL, SENTENCE_STARTERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
    }
}
