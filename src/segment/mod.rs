//! Segmentation: paragraphs, sentences and words, as byte ranges into the text.
//!
//! The rules are documented in `docs/STATISTICS.md`; in short:
//! - a **paragraph** is a run of lines between blank lines;
//! - a **sentence** ends at `.`, `!`, `?` or `…` followed by a word that is not lower case, except after
//!   abbreviations ("Dr.", "e.g."), initials ("J. R. R. Tolkien") and dotted acronyms ("U.S.") unless a
//!   typical sentence-initial word follows; never inside a token ("3.14", "v2.0", "example.com"); and at a
//!   line break after a line without final punctuation (headlines), unless the text is hard-wrapped prose;
//! - a **word** is a UAX #29 word that contains a letter or digit, with contractions whole ("don't"),
//!   hyphenated compounds whole ("well-known"), and each URL or e-mail address one word.

mod abbreviations;
mod sentences;
mod words;

use std::ops::Range;

pub use sentences::naive_sentences;

/// Paragraphs: runs of text separated by one or more blank lines, with surrounding whitespace trimmed.
///
/// ```
/// let text = "One.\n\n  Two.\nStill two.\n\n\n";
/// let paragraphs: Vec<&str> = textlens::segment::paragraphs(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(paragraphs, ["One.", "Two.\nStill two."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut last_content_end = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(s..last_content_end);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            start.get_or_insert(line_start + lead);
            last_content_end = line_start + line.trim_end().len();
        }
        line_start += line.len();
    }
    if let Some(s) = start {
        out.push(s..last_content_end);
    }
    out
}

/// Sentences of the whole text, in order, never crossing a paragraph boundary.
///
/// ```
/// let text = "Dr. Smith met J. R. R. Tolkien at 3.30 p.m. in the U.S. He left!\n\nA headline";
/// let sentences: Vec<&str> = textlens::segment::sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(sentences, ["Dr. Smith met J. R. R. Tolkien at 3.30 p.m. in the U.S.", "He left!", "A headline"]);
/// ```
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_of_paragraphs(text, &paragraphs(text))
}

/// Sentences of `text` from its [`paragraphs`], for a caller that needs both: paragraphs are found once.
pub(crate) fn sentences_of_paragraphs(
    text: &str,
    paragraphs: &[Range<usize>],
) -> Vec<Range<usize>> {
    paragraphs
        .iter()
        .flat_map(|p| sentences::split(text, p.clone()))
        .collect()
}

/// Words with their byte offsets: Unicode word segments (UAX #29) that contain a letter or digit.
///
/// Contractions stay whole ("don't"), hyphenated compounds are one word ("well-known", "1990-91"),
/// numbers are one word ("3.14", "1,000"), and a URL or e-mail address is one word.
///
/// ```
/// let words: Vec<&str> = textlens::segment::words("Don't panic — it's well-known: mail ann@example.org!")
///     .map(|(_, w)| w)
///     .collect();
/// assert_eq!(words, ["Don't", "panic", "it's", "well-known", "mail", "ann@example.org"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    words::Words::new(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    fn word_texts(text: &str) -> Vec<&str> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_followed_by_space() {
        assert_eq!(
            sentence_texts("It rains. It pours? Yes!"),
            ["It rains.", "It pours?", "Yes!"]
        );
    }

    #[test]
    fn keeps_decimals_urls_versions_and_abbreviations_inside() {
        assert_eq!(
            sentence_texts("Mr. J. Smith paid $3.50 for v2.0 at example.com today. Done."),
            [
                "Mr. J. Smith paid $3.50 for v2.0 at example.com today.",
                "Done."
            ]
        );
        assert_eq!(
            sentence_texts("Mail ann@example.org. Or see https://example.org/a.b?c=1. Fine."),
            [
                "Mail ann@example.org.",
                "Or see https://example.org/a.b?c=1.",
                "Fine."
            ]
        );
    }

    #[test]
    fn abbreviations_end_a_sentence_only_before_a_sentence_starter() {
        assert_eq!(
            sentence_texts("He works for Acme Inc. The firm grew. Apple Inc. Chief Tim Cook came."),
            [
                "He works for Acme Inc.",
                "The firm grew.",
                "Apple Inc. Chief Tim Cook came."
            ]
        );
        assert_eq!(
            sentence_texts("Fruit, e.g. Apples, is good. We met at 9 a.m. It rained."),
            [
                "Fruit, e.g. Apples, is good.",
                "We met at 9 a.m.",
                "It rained."
            ]
        );
        assert_eq!(
            sentence_texts("The U.S. Senate voted. See No. 5 and Jan. 12."),
            ["The U.S. Senate voted.", "See No. 5 and Jan. 12."]
        );
    }

    #[test]
    fn a_title_with_its_year_stays_inside() {
        assert_eq!(
            sentence_texts("He wrote Horton Hears a Who! (1954) and more. Fine."),
            ["He wrote Horton Hears a Who! (1954) and more.", "Fine."]
        );
    }

    #[test]
    fn initials_stay_inside() {
        assert_eq!(
            sentence_texts("J. R. R. Tolkien wrote it. George W. Bush read it."),
            ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]
        );
    }

    #[test]
    fn ellipses_break_only_before_a_capital() {
        assert_eq!(
            sentence_texts("Wait... what? He paused… Then he spoke."),
            ["Wait... what?", "He paused…", "Then he spoke."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sentence_texts(
                "He said \"Stop.\" Then he left. (It was late.) \u{201C}Why?\u{201D} she asked."
            ),
            [
                "He said \"Stop.\"",
                "Then he left.",
                "(It was late.)",
                "\u{201C}Why?\u{201D} she asked."
            ]
        );
    }

    #[test]
    fn headlines_end_at_the_line_break_but_wrapped_prose_does_not() {
        assert_eq!(
            sentence_texts("BIG NEWS TODAY\nLONDON 1996-08-30\nThe match ended."),
            ["BIG NEWS TODAY", "LONDON 1996-08-30", "The match ended."]
        );
        let wrapped =
            "This is a long line of ordinary prose that goes on and wraps at\nSixty characters.";
        assert_eq!(sentence_texts(wrapped), [wrapped]);
        assert_eq!(
            sentence_texts("one line\ncontinues here."),
            ["one line\ncontinues here."]
        );
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences_or_paragraphs() {
        assert!(sentences("").is_empty());
        assert!(paragraphs(" \n\n\t ").is_empty());
        assert!(words(" \n ").next().is_none());
    }

    #[test]
    fn words_keep_contractions_compounds_numbers_urls_and_emails_whole() {
        assert_eq!(
            word_texts("I can't see the mother-in-law's 1,000.5 items (www.example.org/x?y=1), <ann.b@ex.co.uk>."),
            ["I", "can't", "see", "the", "mother-in-law's", "1,000.5", "items", "www.example.org/x?y=1", "ann.b@ex.co.uk"]
        );
        assert_eq!(word_texts("rock–paper — x-"), ["rock", "paper", "x"]);
        assert_eq!(word_texts("東京 😀 e\u{301}te"), ["東", "京", "e\u{301}te"]);
    }

    #[test]
    fn word_offsets_point_at_the_word() {
        let text = "  «Hi», said ann@x.io.";
        for (start, w) in words(text) {
            assert_eq!(&text[start..start + w.len()], w);
        }
    }
}
