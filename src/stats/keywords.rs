//! Content words and their Porter2 stems, which the keyphrases (`keyphrases.rs`) and the key
//! sentences are computed from.

use std::cell::RefCell;
use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};

use super::counts::Word;
use super::word_lists;
use crate::fast_hash::FastMap;

/// Whether a word can be in a keyphrase: it has a letter, is not a stop word, URL or e-mail address,
/// and has at least two letters.
pub(crate) fn is_content_word(word: &Word, lower: &str) -> bool {
    word.letters >= 2 && !word.text.bytes().any(|b| b == b'@' || b == b'/') && !is_stop(lower)
}

/// Whether lower-cased `lower` is a stop word, with a typographic apostrophe read as `'`.
pub(crate) fn is_stop(lower: &str) -> bool {
    if lower.contains('\u{2019}') {
        word_lists::is_stop_word(&lower.replace('\u{2019}', "'"))
    } else {
        word_lists::is_stop_word(lower)
    }
}

/// The distinct Porter2 (Snowball English) stems of one document, by id.
pub(crate) struct Stems {
    stemmer: Stemmer,
    ids: FastMap<Rc<str>, usize>,
    /// The stems, by id.
    pub texts: Vec<Rc<str>>,
}

impl Stems {
    pub(crate) fn new() -> Self {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
            ids: FastMap::default(),
            texts: Vec::new(),
        }
    }

    /// The id of the stem of lower-cased content word `lower` (without a possessive `'s`).
    pub(crate) fn id_of(&mut self, lower: &str) -> usize {
        let base = lower.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        let stem = stem_of(&self.stemmer, base);
        match self.ids.get(&stem) {
            Some(&id) => id,
            None => {
                self.texts.push(Rc::clone(&stem));
                self.ids.insert(stem, self.texts.len() - 1);
                self.texts.len() - 1
            }
        }
    }
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
