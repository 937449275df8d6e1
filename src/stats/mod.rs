//! Summary statistics of a text: counts, readability, lexical diversity, keywords and key sentences.
//!
//! Every statistic, its formula and its source are listed in `docs/STATISTICS.md`.
pub use crate::analysis::Stats;
use crate::analysis::{KeySentence, Keyword};

mod counts;
mod keyphrases;
mod keywords;
pub mod lexical;
pub mod readability;
mod summary;
pub mod syllables;
pub mod word_lists;

use crate::steps::{run_now, Budget};
use counts::Document;
pub(crate) use keyphrases::Cues;

/// Silent reading speed used for `reading_time_seconds`, in words per minute (Brysbaert 2019).
pub const READING_WPM: f64 = 238.0;
/// Speaking speed used for `speaking_time_seconds`, in words per minute.
pub const SPEAKING_WPM: f64 = 150.0;
/// Words with at least this many letters are *long*.
pub const LONG_WORD_LETTERS: usize = 7;
/// Words with at least this many syllables are *complex* (polysyllables).
pub const COMPLEX_WORD_SYLLABLES: usize = 3;

/// Statistics, keywords and key sentences of one text, from one segmentation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The statistics.
    pub stats: Stats,
    /// The top keyphrases, most relevant first.
    pub keywords: Vec<Keyword>,
    /// Key sentences in document order, with UTF-8 byte offsets.
    pub key_sentences: Vec<KeySentence>,
}

/// Computes the statistics of `text`.
///
/// ```
/// let stats = textlens::stats::compute("Hello world. Bye!\n\nNew paragraph");
/// assert_eq!((stats.words, stats.sentences, stats.paragraphs), (5, 3, 2));
/// assert_eq!(stats.syllables, 8); // hel-lo world bye new par-a-graph
/// ```
pub fn compute(text: &str) -> Stats {
    stats_of(&Document::new(text))
}

/// Computes the statistics, the top `keywords` keyphrases and `key_sentences` key sentences of
/// `text`. Without the name recogniser (see [`crate::analyze`] for keyphrases that know names),
/// capitalised runs of words are kept whole.
///
/// ```
/// let text = "Floods hit the north of North Korea. Heavy floods cut roads in North Korea and China.";
/// let report = textlens::stats::report(text, 5, 1);
/// let phrases: Vec<(&str, usize)> = report.keywords.iter().map(|k| (k.text.as_str(), k.count)).collect();
/// assert!(phrases.contains(&("North Korea", 2)), "{phrases:?}");
/// assert!(!phrases.iter().any(|(text, _)| *text == "Korea"));
/// assert!(report.keywords.iter().all(|k| k.score > 0.0 && k.score <= 1.0));
/// assert_eq!(report.key_sentences.len(), 1);
/// ```
pub fn report(text: &str, keywords: usize, key_sentences: usize) -> Report {
    run_now(report_of(
        Document::new(text),
        Cues::default(),
        keywords,
        key_sentences,
        &Budget::unlimited(),
    ))
}

/// [`report`] of a text already split into `paragraphs` paragraphs and these `sentences`, so
/// that an analysis segments the text once for the statistics and the name recogniser, with the
/// recognised mentions and entities (UTF-8 offsets) as cues for the keyphrases.
/// Spends about three units per byte from `budget`.
pub(crate) async fn report_with_segments(
    text: &str,
    paragraphs: usize,
    sentences: Vec<std::ops::Range<usize>>,
    cues: Cues<'_>,
    keywords: usize,
    key_sentences: usize,
    budget: &Budget,
) -> Report {
    let doc = Document::from_segments(text, paragraphs, sentences, budget).await;
    report_of(doc, cues, keywords, key_sentences, budget).await
}

async fn report_of(
    doc: Document<'_>,
    cues: Cues<'_>,
    keywords: usize,
    key_sentences: usize,
    budget: &Budget,
) -> Report {
    let stats = stats_of(&doc);
    budget.spend(doc.text.len() / 2).await;
    if keywords == 0 && key_sentences == 0 {
        return Report {
            stats,
            ..Report::default()
        };
    }
    let phrases = keyphrases::keyphrases(&doc, cues, keywords, budget).await;
    budget.spend(doc.text.len() / 8).await;
    Report {
        stats,
        key_sentences: summary::key_sentences(&doc, &phrases, key_sentences),
        keywords: phrases.top,
    }
}

fn per(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Characters, whitespace and letters of a text, counted in one pass.
#[derive(Debug, Default, PartialEq)]
struct CharCounts {
    characters: usize,
    whitespace: usize,
    letters: usize,
}

/// Per ASCII byte: 1 if it is whitespace (as `char::is_whitespace`, which includes U+000B), plus 2
/// if it is a letter.
const ASCII_CHAR_CLASS: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let whitespace = matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
        table[b] = whitespace as u8 | (c.is_ascii_alphabetic() as u8) << 1;
        b += 1;
    }
    table
};

impl CharCounts {
    /// Counts as `chars()` with `char::is_whitespace` and `char::is_alphabetic`, reading ASCII bytes
    /// through a table, eight at a time where all eight are ASCII.
    fn of(text: &str) -> Self {
        let mut counts = CharCounts::default();
        let bytes = text.as_bytes();
        let ascii = |b: u8| ASCII_CHAR_CLASS.get(usize::from(b)).copied().unwrap_or(0);
        let mut i = 0;
        while i < bytes.len() {
            if let Some(chunk) = bytes.get(i..i + 8) {
                let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0x80; 8]));
                if word & 0x8080_8080_8080_8080 == 0 {
                    let (mut whitespace, mut letters) = (0, 0);
                    for &b in chunk {
                        let class = ascii(b);
                        whitespace += usize::from(class & 1);
                        letters += usize::from(class >> 1);
                    }
                    counts.characters += 8;
                    counts.whitespace += whitespace;
                    counts.letters += letters;
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            counts.characters += 1;
            if b.is_ascii() {
                let class = ascii(b);
                counts.whitespace += usize::from(class & 1);
                counts.letters += usize::from(class >> 1);
                i += 1;
            } else {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                counts.whitespace += usize::from(c.is_whitespace());
                counts.letters += usize::from(c.is_alphabetic());
                i += c.len_utf8();
            }
        }
        counts
    }
}

/// The per-word sums and counts of [`stats_of`].
#[derive(Default)]
struct WordSums {
    syllables: usize,
    letters: usize,
    alphanumerics: usize,
    long: usize,
    complex: usize,
    fog_complex: usize,
    difficult: usize,
    smog_polysyllables: usize,
}

fn stats_of(doc: &Document) -> Stats {
    let text = doc.text;
    let CharCounts {
        characters,
        whitespace,
        letters,
    } = CharCounts::of(text);
    let words = doc.words.len();
    let sentences = doc.sentences.len();
    // Forms are interned by their lower-cased text: distinct ids are distinct words.
    let unique_words = doc.forms.len();
    let sample = readability::smog_sample(sentences);
    let mut in_sample = vec![false; sentences];
    for &i in &sample {
        in_sample[i] = true;
    }
    // Every per-word sum and count in one pass over the words.
    let mut sums = WordSums::default();
    for w in &doc.words {
        let syllables = w.syllables as usize;
        let complex = syllables >= COMPLEX_WORD_SYLLABLES;
        sums.syllables += syllables;
        sums.letters += w.letters as usize;
        sums.alphanumerics += w.alphanumerics as usize;
        sums.long += usize::from(w.letters as usize >= LONG_WORD_LETTERS);
        sums.complex += usize::from(complex);
        sums.fog_complex += usize::from(counts::is_fog_complex(w));
        sums.difficult += usize::from(counts::is_dale_chall_difficult(w));
        sums.smog_polysyllables +=
            usize::from(complex && in_sample.get(w.sentence as usize).copied().unwrap_or(false));
    }
    let WordSums {
        syllables,
        letters: letters_in_words,
        alphanumerics,
        long: long_words,
        complex: complex_words,
        fog_complex,
        difficult: difficult_words,
        smog_polysyllables,
    } = sums;
    let (w, s) = (words as f64, sentences as f64);
    Stats {
        characters,
        characters_no_spaces: characters - whitespace,
        letters,
        words,
        unique_words,
        sentences,
        paragraphs: doc.paragraphs,
        syllables,
        words_per_sentence: per(words, sentences),
        syllables_per_word: per(syllables, words),
        letters_per_word: per(letters_in_words, words),
        sentences_per_paragraph: per(sentences, doc.paragraphs),
        long_words,
        complex_words,
        difficult_words,
        reading_time_seconds: w / READING_WPM * 60.0,
        speaking_time_seconds: w / SPEAKING_WPM * 60.0,
        flesch_reading_ease: readability::flesch_reading_ease(w, s, syllables as f64),
        flesch_kincaid_grade: readability::flesch_kincaid_grade(w, s, syllables as f64),
        gunning_fog: readability::gunning_fog(w, s, fog_complex as f64),
        smog_index: readability::smog_index(smog_polysyllables as f64, sample.len() as f64),
        coleman_liau_index: readability::coleman_liau_index(w, s, letters_in_words as f64),
        automated_readability_index: readability::automated_readability_index(
            w,
            s,
            alphanumerics as f64,
        ),
        dale_chall_score: readability::dale_chall_score(w, s, difficult_words as f64),
        type_token_ratio: per(unique_words, words),
        mtld: lexical::mtld_of_ids(doc.words.iter().map(|w| w.form as usize), doc.forms.len()),
    }
}

#[cfg(test)]
mod char_count_tests {
    use super::CharCounts;

    fn slow(text: &str) -> CharCounts {
        CharCounts {
            characters: text.chars().count(),
            whitespace: text.chars().filter(|c| c.is_whitespace()).count(),
            letters: text.chars().filter(|c| c.is_alphabetic()).count(),
        }
    }

    #[test]
    fn one_pass_counts_match_char_by_char_counts() {
        for text in [
            "",
            "Hello, world!\n",
            "\u{b}\u{c}\t\r é\u{a0}x\u{2028}東京 😀 e\u{301}",
            "ends in é",
            "é",
        ] {
            assert_eq!(CharCounts::of(text), slow(text), "{text:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn one_pass_counts_match_on_any_text(text in "\\PC{0,40}|[a \\t\\n\\x0b\\u{85}\\u{a0}\\u{3000}é東]{0,40}") {
            proptest::prop_assert_eq!(CharCounts::of(&text), slow(&text));
        }
    }
}

#[cfg(test)]
mod compact_files_tests {
    use crate::front_coding::{check_compact_file, encode, readable_words};

    /// The `.fc` files hold exactly the readable lists they are generated from.
    #[test]
    fn compact_files_match_the_readable_lists() {
        let dale_chall = encode(readable_words(include_str!("data/dale_chall.txt")));
        let table = readable_words(include_str!("data/syllable_table.txt"));
        let syllables: Vec<String> = ["0", "1", "2"]
            .iter()
            .map(|value| {
                encode(table.iter().filter_map(|line| {
                    let (key, v) = line.split_once(' ')?;
                    (v == *value).then_some(key)
                }))
            })
            .collect();
        let dir = "src/stats/data";
        check_compact_file(
            dir,
            "dale_chall.fc",
            &dale_chall,
            super::word_lists::DALE_CHALL_FC,
        );
        check_compact_file(
            dir,
            "syllable_table.fc",
            &syllables.join("\n"),
            super::syllables::TABLE_FC,
        );
    }
}
