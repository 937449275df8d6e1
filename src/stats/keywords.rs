//! Keywords: the most frequent content terms, stemmed, in their most frequent written form.

use std::cell::RefCell;
use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};

use super::counts::{Document, Word};
use super::word_lists;
use crate::analysis::Keyword;
use crate::fast_hash::FastMap;

/// Whether a word can be a keyword: it has a letter, is not a stop word, URL or e-mail address,
/// and has at least two letters.
pub(crate) fn is_content_word(word: &Word, lower: &str) -> bool {
    word.letters >= 2
        && !word.text.bytes().any(|b| b == b'@' || b == b'/')
        && !if lower.contains('\u{2019}') {
            word_lists::is_stop_word(&lower.replace('\u{2019}', "'"))
        } else {
            word_lists::is_stop_word(lower)
        }
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
                    let stem = stem_of(&stemmer, base);
                    match ids.get(stem.as_ref()) {
                        Some(&id) => id,
                        None => {
                            texts.push(stem.to_string());
                            ids.insert(stem.to_string(), texts.len() - 1);
                            texts.len() - 1
                        }
                    }
                })
            })
        })
        .collect();
    Stems { per_word, texts }
}

/// The most words one thread remembers the stems of, and the longest word it remembers (in bytes):
/// a bound of a few MB whatever the input.
const STEM_CACHE_MAX: (usize, usize) = (1 << 16, 40);

/// The Porter2 stem of lower-cased `word`, computed once per thread for words up to the bound (the
/// stem depends on the word alone, so many short texts pay for each word once, not once per call).
fn stem_of(stemmer: &Stemmer, word: &str) -> Rc<str> {
    thread_local! {
        static CACHE: RefCell<FastMap<Box<str>, Rc<str>>> = RefCell::new(FastMap::default());
    }
    if word.len() > STEM_CACHE_MAX.1 {
        return Rc::from(stemmer.stem(word).as_ref());
    }
    CACHE.with(|cache| {
        if let Some(known) = cache.borrow().get(word) {
            return Rc::clone(known);
        }
        let stem: Rc<str> = Rc::from(stemmer.stem(word).as_ref());
        let mut cache = cache.borrow_mut();
        if cache.len() < STEM_CACHE_MAX.0 {
            cache.insert(word.into(), Rc::clone(&stem));
        }
        stem
    })
}

/// The word without a possessive ending.
fn surface(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// The stem of every word, as ids into a table of distinct stems.
pub(crate) struct Stems {
    /// Per word of the document: its stem's id, or `None` if it is not a content word.
    pub per_word: Vec<Option<usize>>,
    /// The stems, by id.
    pub texts: Vec<String>,
}

/// The `n` most frequent content terms. Words are grouped by stem; each term is reported in its most
/// frequent written form (occurrences that start a sentence count half; ties: the earliest),
/// without a possessive `'s`, with the number of words in its group. Ties between
/// terms go to the one that occurs first.
pub(crate) fn top(doc: &Document, stems: &Stems, n: usize) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    // Per stem id: (count, index of its first word).
    let mut terms: Vec<(usize, usize)> = vec![(0, 0); stems.texts.len()];
    for (i, stem) in stems.per_word.iter().enumerate() {
        let Some(stem) = *stem else { continue };
        let term = &mut terms[stem];
        if term.0 == 0 {
            term.1 = i;
        }
        term.0 += 1;
    }
    // Ranked by count (descending), then first occurrence; first occurrences differ between stems,
    // so the order is total and an unstable sort of packed keys gives it (the analyser's one sort
    // instantiation, shared with `resolve` and the key sentences).
    let mut keys: Vec<u128> = terms
        .iter()
        .filter(|t| t.0 > 0)
        .map(|&(count, first)| u128::from(u64::MAX - count as u64) << 64 | first as u128)
        .collect();
    keys.sort_unstable();
    let mut ranked: Vec<usize> = keys
        .iter()
        .filter_map(|&key| stems.per_word[key as u64 as usize])
        .collect();
    ranked.truncate(n);
    // Written forms of the chosen terms only: form → (weight, first index).
    let mut chosen: Vec<Option<usize>> = vec![None; stems.texts.len()];
    for (rank, &stem) in ranked.iter().enumerate() {
        chosen[stem] = Some(rank);
    }
    let mut forms: Vec<FastMap<&str, (usize, usize)>> = vec![FastMap::default(); ranked.len()];
    for (i, (word, stem)) in doc.words.iter().zip(&stems.per_word).enumerate() {
        let Some(rank) = stem.and_then(|s| chosen[s]) else {
            continue;
        };
        // A capital at the start of a sentence says little about how the term is written.
        let weight = if word.sentence_initial { 1 } else { 2 };
        forms[rank].entry(surface(word.text)).or_insert((0, i)).0 += weight;
    }
    ranked
        .into_iter()
        .zip(forms)
        .map(|(stem, forms)| {
            let stem_text = stems.texts[stem].as_str();
            let text = forms
                .iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                .map_or(stem_text, |(form, _)| form)
                .to_string();
            Keyword {
                text,
                stem: stem_text.to_string(),
                count: terms[stem].0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_stems_equal_fresh_ones() {
        let stemmer = Stemmer::create(Algorithm::English);
        let long = "antidisestablishmentarianisms-and-other-long-words-here";
        assert!(long.len() > STEM_CACHE_MAX.1);
        for word in ["running", "rivers", "generously", long] {
            let fresh = stemmer.stem(word).into_owned();
            assert_eq!(&*stem_of(&stemmer, word), fresh);
            assert_eq!(&*stem_of(&stemmer, word), fresh);
        }
        assert_eq!(&*stem_of(&stemmer, "running"), "run");
    }
}
