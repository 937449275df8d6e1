//! A document analysed as its text arrives: [`Document`].
//!
//! A page's text is gathered, streamed or appended to piece by piece. A [`Document`] takes the pieces
//! in order ([`Document::feed`]), hands back each finished paragraph's mentions at once (so a caller
//! can paint them while the rest arrives), and gives the analysis of the whole text
//! ([`Document::analysis`]): exactly what one [`Analyzer::analyze`] over the concatenated pieces
//! gives — every statistic, the keywords, the key sentences, the linked entities and every offset.
//!
//! Why the document-level results are computed over the whole text: the name recogniser reads the
//! whole document (a word seen in lower case elsewhere, a name found once is found everywhere), and
//! keywords, key sentences and most statistics depend on every word. Stitching the results of pieces
//! together cannot give the same figures (bench/README.md has the measured drift of the old merge).

use crate::analysis::{Analysis, Mention};
use crate::analyze::{AnalyzeOptions, Analyzer, MAX_TEXT_BYTES};
use crate::error::Error;
use crate::offsets::{OffsetMapper, OffsetUnit};
use crate::steps::{AnalysisSteps, Budget};
use std::rc::Rc;

/// A text that grows piece by piece, analysed as one.
///
/// ```
/// use textlens::{analyze, Analyzer, AnalyzeOptions};
/// let mut doc = Analyzer::new().document(&AnalyzeOptions::default()).unwrap();
/// let early = doc.feed("Write to ann@example.org today.\n\n").unwrap();
/// assert_eq!(early[0].text, "ann@example.org"); // a finished paragraph's mentions come at once
/// doc.feed("Or call +1 212 555 0100 on Monday.").unwrap();
/// let whole = doc.text().to_string();
/// assert_eq!(doc.finish().unwrap(), analyze(&whole));
/// ```
#[derive(Clone, Debug)]
pub struct Document {
    analyzer: Analyzer,
    options: AnalyzeOptions,
    text: String,
    /// Where the text whose mentions were not handed out yet starts, in bytes: a paragraph's start.
    done: usize,
    /// `done` in the unit of `options.offsets`.
    done_units: usize,
}

/// Past this many bytes without a blank line, a single line break ends a previewed piece too, so that
/// a text without paragraphs still shows its mentions as it arrives.
const LONG_PARAGRAPH_BYTES: usize = 32 * 1024;

impl Analyzer {
    /// Starts an empty [`Document`] analysed with this analyser and `options`.
    ///
    /// Fails on the options [`Analyzer::analyze`] refuses (an unknown label in `types`).
    pub fn document(&self, options: &AnalyzeOptions) -> Result<Document, Error> {
        self.check_types(options.types.as_deref())?;
        Ok(Document {
            analyzer: self.clone(),
            options: options.clone(),
            text: String::new(),
            done: 0,
            done_units: 0,
        })
    }
}

impl Document {
    /// Appends `piece` to the text (pieces are concatenated as given: add separators yourself) and
    /// returns the mentions of the paragraphs it finished, in document order, with offsets in the
    /// document's unit from the start of the whole text. A paragraph is finished by a blank line
    /// (or, past 32 KiB, by a line break); the last one's mentions come with a later piece or from
    /// [`Document::analysis`].
    ///
    /// These mentions are the early view, for painting: each paragraph is recognised on its own, so
    /// evidence from the rest of the document (the name recogniser's document context, entity
    /// linking) is not in them, and their `entity` ids are those of the piece. The exact mentions
    /// and entities are those of [`Document::analysis`].
    ///
    /// Fails when the whole text would exceed [`MAX_TEXT_BYTES`]; the text is then unchanged.
    pub fn feed(&mut self, piece: &str) -> Result<Vec<Mention>, Error> {
        self.append(piece)?;
        // Only the new text and the unfinished paragraph before it are searched for a break.
        let tail = &self.text[self.done..];
        let Some(boundary) = preview_boundary(tail) else {
            return Ok(Vec::new());
        };
        let region = &tail[..boundary];
        let options = AnalyzeOptions {
            keywords: 0,
            key_sentences: 0,
            offsets: OffsetUnit::Utf8,
            ..self.options.clone()
        };
        let mut mentions = self.analyzer.analyze(region, &options)?.mentions;
        let mut mapper = OffsetMapper::new(region, self.options.offsets);
        for m in &mut mentions {
            m.start = self.done_units + mapper.convert(m.start);
            m.end = self.done_units + mapper.convert(m.end);
        }
        self.done_units += mapper.convert(region.len());
        self.done += boundary;
        Ok(mentions)
    }

    /// Appends `piece` to the text like [`Document::feed`], without recognising anything yet: for a
    /// caller that only wants [`Document::analysis`], this costs a copy of the piece.
    ///
    /// Fails when the whole text would exceed [`MAX_TEXT_BYTES`]; the text is then unchanged.
    pub fn append(&mut self, piece: &str) -> Result<(), Error> {
        let len = self.text.len() + piece.len();
        if len > MAX_TEXT_BYTES {
            return Err(Error::InputTooLarge {
                len,
                max: MAX_TEXT_BYTES,
            });
        }
        self.text.push_str(piece);
        Ok(())
    }

    /// The text so far: every piece, concatenated.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The options every analysis of this document uses.
    pub fn options(&self) -> &AnalyzeOptions {
        &self.options
    }

    /// The analysis of the whole text so far, exactly as [`Analyzer::analyze`] gives it for
    /// [`Document::text`]. The document stays open: more pieces may follow.
    pub fn analysis(&self) -> Result<Analysis, Error> {
        self.analyzer.analyze(&self.text, &self.options)
    }

    /// [`Document::analysis`] in bounded steps, for a caller that must not block its thread for the
    /// whole analysis of a long text (see [`AnalysisSteps`]). The steps work on a copy of the text
    /// so far: the document stays open, and pieces appended meanwhile are not in this analysis.
    pub fn analysis_steps(&self) -> AnalysisSteps {
        let budget = Rc::new(Budget::unlimited());
        let spend = Rc::clone(&budget);
        let (analyzer, text, options) = (
            self.analyzer.clone(),
            self.text.clone(),
            self.options.clone(),
        );
        AnalysisSteps::new(
            async move { analyzer.analyze_in_steps(&text, &options, &spend).await },
            budget,
        )
    }

    /// The analysis of the whole text ([`Document::analysis`]), closing the document.
    pub fn finish(self) -> Result<Analysis, Error> {
        self.analysis()
    }
}

/// Where the finished paragraphs of `tail` end (a byte offset just past a blank line), if any.
fn preview_boundary(tail: &str) -> Option<usize> {
    let bytes = tail.as_bytes();
    let mut end = bytes.len();
    // The last line break followed by a blank line (spaces and tabs allowed in it).
    while let Some(nl) = bytes[..end].iter().rposition(|&b| b == b'\n') {
        let rest = &bytes[nl + 1..];
        let blank = rest
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b'\r'));
        if let Some(i) = blank {
            if rest[i] == b'\n' {
                return Some(nl + 1 + i + 1);
            }
        }
        end = nl;
        if bytes.len() - nl > LONG_PARAGRAPH_BYTES && nl > 0 {
            return Some(nl + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_line_finishes_a_paragraph() {
        assert_eq!(preview_boundary("One.\n\nTwo"), Some(6));
        assert_eq!(preview_boundary("One.\n \t\nTwo"), Some(8));
        assert_eq!(preview_boundary("One.\nTwo"), None);
        assert_eq!(preview_boundary("One.\n\nTwo.\n\n"), Some(12));
    }

    #[test]
    fn a_long_paragraph_is_cut_at_a_line_break() {
        let text = format!("{}\n{}", "a ".repeat(20_000), "b ".repeat(20_000));
        assert_eq!(preview_boundary(&text), Some(40_001));
    }

    #[test]
    fn fed_mentions_have_whole_text_offsets_in_the_chosen_unit() {
        let options = AnalyzeOptions {
            offsets: OffsetUnit::Utf16,
            ..Default::default()
        };
        let mut doc = Analyzer::new().document(&options).unwrap();
        assert!(doc.feed("😀 hello.\n\n").unwrap().is_empty());
        let fed = doc.feed("Mail ann@example.org.\n\nNext").unwrap();
        let utf16: Vec<u16> = doc.text().encode_utf16().collect();
        assert_eq!(fed.len(), 1);
        assert_eq!(
            String::from_utf16(&utf16[fed[0].start..fed[0].end]).unwrap(),
            "ann@example.org"
        );
        let whole = doc.analysis().unwrap();
        assert_eq!(whole.mentions[0].start, fed[0].start);
    }
}
