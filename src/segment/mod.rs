//! Segmentation: paragraphs, sentences and words, as byte ranges into the text.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

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
/// let text = "Dr. Smith arrived at 3.30 p.m. today. He left!\n\nA headline";
/// let sentences: Vec<&str> = textlens::segment::sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(sentences, ["Dr. Smith arrived at 3.30 p.m. today.", "He left!", "A headline"]);
/// ```
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    paragraphs(text)
        .into_iter()
        .flat_map(|p| sentences_in(text, p))
        .collect()
}

/// Words: Unicode word segments (UAX #29) that contain at least one letter or digit.
///
/// Contractions stay whole ("don't"); hyphenated words are split at the hyphen.
///
/// ```
/// let words: Vec<&str> = textlens::segment::words("Don't panic — it's 42!").map(|(_, w)| w).collect();
/// assert_eq!(words, ["Don't", "panic", "it's", "42"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "rev", "hon", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e",
    "a.m", "p.m", "u.s", "u.k", "u.n", "no", "fig", "vol", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "approx", "dept", "est", "ave", "blvd",
];

fn sentences_in(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = paragraph.start;
    let mut i = paragraph.start;
    while i < paragraph.end {
        let b = bytes[i];
        let is_terminal = matches!(b, b'.' | b'!' | b'?') || (b == b'\n');
        if !is_terminal {
            i += 1;
            continue;
        }
        // Swallow runs of terminators and closing quotes or brackets.
        let mut end = i + 1;
        while end < paragraph.end
            && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
        {
            end += 1;
        }
        while end < paragraph.end && text[end..].starts_with(['\u{201D}', '\u{2019}']) {
            end += 3;
        }
        let next_is_space = end >= paragraph.end || bytes[end].is_ascii_whitespace();
        let breaks = if b == b'\n' {
            true
        } else {
            next_is_space
                && !(b == b'.' && is_abbreviation_or_initial(text, start, i) && i + 1 == end)
        };
        if breaks {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        i = end;
    }
    push_trimmed(text, start..paragraph.end, &mut out);
    out
}

/// Whether the word before the full stop at `dot` is an abbreviation or a single initial.
fn is_abbreviation_or_initial(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed_len = slice.trim().len();
    if trimmed_len > 0 {
        out.push(range.start + lead..range.start + lead + trimmed_len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_followed_by_space() {
        assert_eq!(
            sentence_texts("It rains. It pours? Yes!"),
            ["It rains.", "It pours?", "Yes!"]
        );
    }

    #[test]
    fn keeps_decimals_urls_and_abbreviations_inside() {
        assert_eq!(
            sentence_texts("Mr. J. Smith paid $3.50 at example.com today. Done."),
            ["Mr. J. Smith paid $3.50 at example.com today.", "Done."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentence_texts("He said \"Stop.\" Then he left."),
            ["He said \"Stop.\"", "Then he left."]
        );
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences_or_paragraphs() {
        assert!(sentences("").is_empty());
        assert!(paragraphs(" \n\n\t ").is_empty());
    }
}
