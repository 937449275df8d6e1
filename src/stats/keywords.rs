//! Keywords: the most frequent content terms, stemmed, in their most frequent written form.

use rust_stemmers::{Algorithm, Stemmer};

use super::counts::{Document, Word};
use super::fast_hash::FastMap;
use super::word_lists;
use crate::analysis::Keyword;

/// Whether a word can be a keyword: it has a letter, is not a stop word, URL or e-mail address,
/// and has at least two letters.
pub(crate) fn is_content_word(word: &Word) -> bool {
    word.letters >= 2
        && !word.text.contains(['@', '/'])
        && !word_lists::is_stop_word(&word.lower.replace('\u{2019}', "'"))
}

/// The Porter2 (Snowball English) stem of each word, or `None` for words that are not content words.
pub(crate) fn stems(doc: &Document) -> Vec<Option<String>> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut memo: FastMap<&str, Option<String>> = FastMap::default();
    doc.words
        .iter()
        .map(|w| {
            memo.entry(w.lower.as_str())
                .or_insert_with(|| {
                    is_content_word(w).then(|| {
                        let base = w.lower.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                        stemmer.stem(base).into_owned()
                    })
                })
                .clone()
        })
        .collect()
}

struct Term<'a> {
    count: usize,
    first: usize,
    forms: FastMap<&'a str, (usize, usize)>, // form → (weight, first index)
}

/// The word without a possessive ending.
fn surface(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// The `n` most frequent content terms. Words are grouped by stem; each term is reported in its most
/// frequent written form (occurrences that start a sentence count half; ties: the earliest),
/// without a possessive `'s`, with the number of words in its group. Ties between
/// terms go to the one that occurs first.
pub(crate) fn top(doc: &Document, stems: &[Option<String>], n: usize) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    let mut terms: FastMap<&str, Term> = FastMap::default();
    for (i, (word, stem)) in doc.words.iter().zip(stems).enumerate() {
        let Some(stem) = stem else { continue };
        let term = terms.entry(stem.as_str()).or_insert_with(|| Term {
            count: 0,
            first: i,
            forms: FastMap::default(),
        });
        term.count += 1;
        // A capital at the start of a sentence says little about how the term is written.
        let weight = if word.sentence_initial { 1 } else { 2 };
        term.forms.entry(surface(word.text)).or_insert((0, i)).0 += weight;
    }
    let mut ranked: Vec<(&str, Term)> = terms.into_iter().collect();
    ranked.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.1.first.cmp(&b.1.first)));
    ranked
        .into_iter()
        .take(n)
        .map(|(stem, term)| {
            let text = term
                .forms
                .iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                .map_or(stem, |(form, _)| form)
                .to_string();
            Keyword {
                text,
                stem: stem.to_string(),
                count: term.count,
            }
        })
        .collect()
}
