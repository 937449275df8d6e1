//! Summary statistics of a text.

use serde::Serialize;

use crate::segment;

pub mod syllables;

/// Summary statistics, one flat object. Every count is over the whole text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Unicode scalar values (code points), whitespace included.
    pub characters: usize,
    /// Unicode scalar values that are not whitespace.
    pub characters_no_spaces: usize,
    /// Words: Unicode word segments containing a letter or digit.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs: blocks separated by blank lines.
    pub paragraphs: usize,
}

/// Computes the statistics of `text`.
///
/// ```
/// let stats = textlens::stats::compute("Hello world. Bye!\n\nNew paragraph");
/// assert_eq!(stats.words, 5);
/// assert_eq!(stats.sentences, 3);
/// assert_eq!(stats.paragraphs, 2);
/// ```
pub fn compute(text: &str) -> Stats {
    let characters = text.chars().count();
    let whitespace = text.chars().filter(|c| c.is_whitespace()).count();
    Stats {
        characters,
        characters_no_spaces: characters - whitespace,
        words: segment::words(text).count(),
        sentences: segment::sentences(text).len(),
        paragraphs: segment::paragraphs(text).len(),
    }
}
