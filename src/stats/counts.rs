//! One pass of segmentation and per-word measures that every statistic is computed from.

use std::cell::RefCell;
use std::ops::Range;

use crate::segment;

use super::{syllables, word_lists};
use crate::fast_hash::FastMap;
use crate::steps::{run_now, Budget};

/// One word of the text with what the statistics need to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Id of its lower-cased form: an index into [`Document::forms`].
    pub form: u32,
    /// Index of its sentence.
    pub sentence: u32,
    /// Whether it is the first word of its sentence.
    pub sentence_initial: bool,
    /// Syllables ([`syllables::count`]).
    pub syllables: u32,
    /// Whether the word form is complex by Gunning's syllable rule (before the proper-name and
    /// compound exceptions, which depend on the occurrence).
    fog_syllables_complex: bool,
    /// Whether the word form is familiar by the Dale–Chall list and its inflection rules.
    dale_chall_familiar: bool,
    /// Alphabetic characters.
    pub letters: u32,
    /// Alphabetic characters and digits.
    pub alphanumerics: u32,
}

impl Word<'_> {
    /// Whether the word has any letter (numbers, "42" or "3.14", have none).
    pub fn has_letters(&self) -> bool {
        self.letters > 0
    }

    /// A capitalised word that does not start its sentence: taken for a proper name.
    pub fn is_proper_name(&self) -> bool {
        // ASCII first bytes read directly: `char::is_uppercase` is `A-Z` there.
        !self.sentence_initial
            && match self.text.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.text.starts_with(char::is_uppercase),
            }
    }
}

/// A segmented text.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub words: Vec<Word<'a>>,
    /// Distinct lower-cased word forms, in order of first occurrence.
    pub forms: Vec<String>,
    pub sentences: Vec<Range<usize>>,
    pub paragraphs: usize,
}

/// How often the word loops account for their work: every this many bytes of text.
pub(crate) const SPEND_EVERY_BYTES: usize = 8 * 1024;

impl<'a> Document<'a> {
    /// Segments `text` and measures every word. Each distinct spelling is measured once, and each
    /// distinct lower-cased form gets an id (its syllables and word-list checks are computed once).
    pub fn new(text: &'a str) -> Self {
        let paragraph_ranges = segment::paragraphs(text);
        let paragraphs = paragraph_ranges.len();
        let sentences = segment::sentences_of_paragraphs(text, &paragraph_ranges);
        run_now(Self::from_segments(
            text,
            paragraphs,
            sentences,
            &Budget::unlimited(),
        ))
    }

    /// Measures every word of `text`, already split into `paragraphs` paragraphs and these
    /// `sentences` (as [`segment::paragraphs`] and [`segment::sentences`] give them), spending
    /// about a unit per byte from `budget`.
    pub(crate) async fn from_segments(
        text: &'a str,
        paragraphs: usize,
        sentences: Vec<Range<usize>>,
        budget: &Budget,
    ) -> Self {
        let mut form_ids: FastMap<String, usize> = FastMap::default();
        let mut forms: Vec<String> = Vec::new();
        // Per lower-cased form, by id: its measures.
        let mut form_info: Vec<FormMeasures> = Vec::new();
        // Per spelling as written: (form id, letters, alphanumerics).
        let mut spellings: FastMap<&'a str, (u32, u32, u32)> = FastMap::default();
        let mut lower = String::new();
        // About six bytes of text per word: one allocation for most texts.
        let mut words = Vec::with_capacity(text.len() / 6 + 1);
        let mut sentence = 0;
        let mut last_sentence = usize::MAX;
        let mut spent = 0;
        for (start, word) in segment::words(text) {
            if start - spent >= SPEND_EVERY_BYTES {
                budget.spend(start - spent).await;
                spent = start;
            }
            // Words and sentences are both in text order: advance to the sentence holding this word.
            while sentence + 1 < sentences.len() && sentences[sentence].end <= start {
                sentence += 1;
            }
            let (form, letters, alphanumerics) = *spellings.entry(word).or_insert_with(|| {
                lower_case_into(word, &mut lower);
                let form = match form_ids.get(lower.as_str()) {
                    Some(&id) => id,
                    None => {
                        form_info.push(measure_form(&lower));
                        forms.push(lower.clone());
                        form_ids.insert(lower.clone(), forms.len() - 1);
                        forms.len() - 1
                    }
                };
                (
                    to_u32(form),
                    to_u32(word.chars().filter(|c| c.is_alphabetic()).count()),
                    to_u32(word.chars().filter(|c| c.is_alphanumeric()).count()),
                )
            });
            let (syllables, fog_syllables_complex, dale_chall_familiar) = form_info[form as usize];
            let sentence_initial = sentence != last_sentence;
            last_sentence = sentence;
            words.push(Word {
                text: word,
                form,
                sentence: to_u32(sentence),
                sentence_initial,
                syllables,
                fog_syllables_complex,
                dale_chall_familiar,
                letters,
                alphanumerics,
            });
        }
        budget.spend(text.len() - spent).await;
        Document {
            text,
            words,
            forms,
            sentences,
            paragraphs,
        }
    }

    /// The lower-cased form of `word`.
    pub fn lower(&self, word: &Word) -> &str {
        &self.forms[word.form as usize]
    }
}

/// What the statistics know of a lower-cased word form: (syllables, Gunning-complex by syllables,
/// Dale–Chall familiar).
type FormMeasures = (u32, bool, bool);

/// `n` as a `u32`, saturated (counts and indices of one word or text fit, below 4 GiB).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The most forms one thread remembers the measures of, and the longest form it remembers (in bytes):
/// a bound of a few MB whatever the input; past it, forms are measured again in every call.
const FORM_CACHE_MAX: (usize, usize) = (1 << 16, 40);

/// The measures of a lower-cased word form, computed once per thread: they depend on the form alone,
/// so a program that analyses many short texts (paragraphs, pages) pays for each English word once
/// and not once per call.
fn measure_form(lower: &str) -> FormMeasures {
    thread_local! {
        static CACHE: RefCell<FastMap<Box<str>, FormMeasures>> = RefCell::new(FastMap::default());
    }
    let measure = || {
        let n = syllables::count(lower);
        (
            to_u32(n),
            fog_syllables_complex(lower, n),
            word_lists::is_familiar_form(lower),
        )
    };
    if lower.len() > FORM_CACHE_MAX.1 {
        return measure();
    }
    CACHE.with(|cache| {
        if let Some(&known) = cache.borrow().get(lower) {
            return known;
        }
        let measures = measure();
        let mut cache = cache.borrow_mut();
        if cache.len() < FORM_CACHE_MAX.0 {
            cache.insert(lower.into(), measures);
        }
        measures
    })
}

/// Writes `word` lower-cased into `out` (replacing its contents), exactly as `str::to_lowercase`.
fn lower_case_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Whether a word counts as *complex* for the Gunning Fog index, by Gunning's rules: three or more
/// syllables, not counting a final `-es`, `-ed` or `-ing`; proper names and hyphenated compounds
/// are never complex.
pub(crate) fn is_fog_complex(word: &Word) -> bool {
    word.fog_syllables_complex
        && !word.is_proper_name()
        && !word.text.contains(['-', '\u{2010}', '\u{2011}'])
}

/// Gunning's syllable rule for a lower-cased word form of `syllables` syllables.
fn fog_syllables_complex(lower: &str, syllables: usize) -> bool {
    if syllables < 3 {
        return false;
    }
    for suffix in ["ing", "ed", "es"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.len() >= 3 {
                // The suffix is a syllable of its own when the word has more than its stem
                // ("created" vs "create"; not "committees" vs "committee").
                let stem_syllables =
                    syllables::count(stem).max(syllables::count(&format!("{stem}e")));
                let own = usize::from(syllables > stem_syllables);
                return syllables - own >= 3;
            }
        }
    }
    true
}

/// Whether a word is *difficult* for the Dale–Chall formula: it has letters, is not a proper name,
/// and neither it nor its base form (after removing a regular inflection: `'s`, `-s`, `-es`, `-ies`,
/// `-ed`, `-d`, `-ied`, `-ing`, `-er`, `-est`, `-r`, `-st`, with a doubled final consonant or a dropped
/// `e` restored) is on the Dale–Chall list of familiar words.
pub(crate) fn is_dale_chall_difficult(word: &Word) -> bool {
    word.has_letters() && !word.is_proper_name() && !word.dale_chall_familiar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_measures_equal_fresh_ones() {
        let long = "pneumonoultramicroscopicsilicovolcanoconiosis-and-more-letters";
        assert!(long.len() > FORM_CACHE_MAX.1);
        for word in [
            "created",
            "the",
            "laboratories",
            "running",
            "bbc",
            "straße",
            long,
        ] {
            let n = syllables::count(word);
            let fresh = (
                to_u32(n),
                fog_syllables_complex(word, n),
                word_lists::is_familiar_form(word),
            );
            // The first call measures (and remembers), the second reads what was remembered.
            assert_eq!(measure_form(word), fresh, "{word}");
            assert_eq!(measure_form(word), fresh, "{word}");
        }
        assert_eq!(measure_form("created"), (3, false, false));
    }

    #[test]
    fn doubled_final_bytes_of_one_character_are_not_a_doubled_letter() {
        // U+A659 is EA 99 99 in UTF-8: its last two bytes are equal.
        let doc = Document::new("f\u{A659}ing \u{A658}S ");
        assert_eq!(doc.words.len(), 2);
    }

    #[test]
    fn spellings_share_their_lower_cased_form() {
        let doc = Document::new("The cat. THE Cat saw the cat\u{2019}s Straße STRASSE.");
        let lowers: Vec<&str> = doc.words.iter().map(|w| doc.lower(w)).collect();
        assert_eq!(
            lowers,
            [
                "the",
                "cat",
                "the",
                "cat",
                "saw",
                "the",
                "cat\u{2019}s",
                "straße",
                "strasse"
            ]
        );
        assert_eq!(
            doc.forms,
            ["the", "cat", "saw", "cat\u{2019}s", "straße", "strasse"]
        );
        assert_eq!(doc.words[0].form, doc.words[2].form);
    }

    fn word<'a>(doc: &'a Document, text: &str) -> &'a Word<'a> {
        doc.words
            .iter()
            .find(|w| w.text == text)
            .expect("word is in the test text")
    }

    #[test]
    fn words_know_their_sentence_and_whether_they_start_it() {
        let doc = Document::new("Anna reads. Then Bob writes books.");
        let indices: Vec<(u32, bool)> = doc
            .words
            .iter()
            .map(|w| (w.sentence, w.sentence_initial))
            .collect();
        assert_eq!(
            indices,
            [
                (0, true),
                (0, false),
                (1, true),
                (1, false),
                (1, false),
                (1, false)
            ]
        );
        assert!(word(&doc, "Bob").is_proper_name() && !word(&doc, "Then").is_proper_name());
    }

    #[test]
    fn dale_chall_accepts_regular_inflections_and_names() {
        let doc = Document::new(
            "The boys stopped running to Chicago's biggest laboratories for photosynthesis.",
        );
        let hard: Vec<&str> = doc
            .words
            .iter()
            .filter(|w| is_dale_chall_difficult(w))
            .map(|w| w.text)
            .collect();
        assert_eq!(hard, ["laboratories", "photosynthesis"]);
    }

    #[test]
    fn fog_complex_skips_names_compounds_and_suffix_syllables() {
        let doc = Document::new("Beautiful Canada created well-organised interesting committees.");
        let complex: Vec<&str> = doc
            .words
            .iter()
            .filter(|w| is_fog_complex(w))
            .map(|w| w.text)
            .collect();
        assert_eq!(complex, ["Beautiful", "interesting", "committees"]);
    }
}
