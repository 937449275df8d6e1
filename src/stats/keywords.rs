//! Keywords: the most frequent content terms, stemmed, in their most frequent written form.

use rust_stemmers::{Algorithm, Stemmer};

use super::counts::{Document, Word};
use super::fast_hash::FastMap;
use super::word_lists;
use crate::analysis::Keyword;

/// Whether a word can be a keyword: it has a letter, is not a stop word, URL or e-mail address,
/// and has at least two letters.
pub(crate) fn is_content_word(word: &Word, lower: &str) -> bool {
    word.letters >= 2
        && !word.text.contains(['@', '/'])
        && !word_lists::is_stop_word(&lower.replace('\u{2019}', "'"))
}

/// The Porter2 (Snowball English) stem of each word, or `None` for words that are not content words.
pub(crate) fn stems(doc: &Document) -> Stems {
    let stemmer = Stemmer::create(Algorithm::English);
    // Per lower-cased form, decided at its first occurrence: its stem id, if a content word.
    let mut memo: Vec<Option<Option<usize>>> = vec![None; doc.forms.len()];
    let mut ids: FastMap<String, usize> = FastMap::default();
    let mut texts: Vec<String> = Vec::new();
    let per_word = doc
        .words
        .iter()
        .map(|w| {
            *memo[w.form].get_or_insert_with(|| {
                let lower = doc.lower(w);
                is_content_word(w, lower).then(|| {
                    let base = lower.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                    let stem = stemmer.stem(base);
                    match ids.get(stem.as_ref()) {
                        Some(&id) => id,
                        None => {
                            texts.push(stem.clone().into_owned());
                            ids.insert(stem.into_owned(), texts.len() - 1);
                            texts.len() - 1
                        }
                    }
                })
            })
        })
        .collect();
    Stems { per_word, texts }
}

/// The stem of every word, as ids into a table of distinct stems.
pub(crate) struct Stems {
    /// Per word of the document: its stem's id, or `None` if it is not a content word.
    pub per_word: Vec<Option<usize>>,
    /// The stems, by id.
    pub texts: Vec<String>,
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
pub(crate) fn top(doc: &Document, stems: &Stems, n: usize) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    let mut terms: FastMap<&str, Term> = FastMap::default();
    for (i, (word, stem)) in doc.words.iter().zip(&stems.per_word).enumerate() {
        let Some(stem) = *stem else { continue };
        let term = terms
            .entry(stems.texts[stem].as_str())
            .or_insert_with(|| Term {
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
