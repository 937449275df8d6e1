//! Recognisers: each finds candidate mentions, which [`crate::resolve`] then makes non-overlapping.

pub mod ascii_case;
pub mod custom;
pub mod names;
pub mod patterns;

use crate::analysis::Value;
use crate::label::Label;

/// Which recogniser proposed a candidate; used to break ties when candidates overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Built-in regular expressions and scanners.
    Pattern,
    /// The name recogniser (model and gazetteers).
    Names,
    /// User terms and patterns.
    Custom,
}

/// A proposed mention, in UTF-8 byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Proposed label.
    pub label: Label,
    /// Normalised value, if any.
    pub value: Option<Value>,
    /// Which recogniser proposed it.
    pub source: Source,
}

/// Sorts candidates by start, then end, keeping the order of equal spans (one shared sort: see
/// [`crate::sort`]).
pub(crate) fn sort_by_span(candidates: &mut Vec<Candidate>) {
    crate::sort::sort_stable_by_key(candidates, |c| crate::sort::pair_key(c.start, c.end));
}

/// The word (letters, digits, apostrophes) that ends right before `i`, skipping one run of spaces.
pub(crate) fn word_before(text: &str, i: usize) -> Option<&str> {
    let head = text.get(..i)?.trim_end_matches([' ', '\t']);
    if head.len() == i && i > 0 {
        return None;
    }
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’' | '.'))
        .last()
        .map(|(j, _)| j)?;
    Some(head[word_start..].trim_end_matches('.'))
}

/// The word that starts right after `i`, skipping one run of spaces.
pub(crate) fn word_after(text: &str, i: usize) -> Option<&str> {
    let tail = text.get(i..)?;
    let rest = tail.trim_start_matches([' ', '\t']);
    if rest.len() == tail.len() {
        return None;
    }
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
        .map_or(rest.len(), |(j, _)| j);
    (len > 0).then(|| &rest[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_an_offset() {
        assert_eq!(word_before("in  2024", 4), Some("in"));
        assert_eq!(word_before("x2024", 1), None);
        assert_eq!(word_after("2024 election", 4), Some("election"));
    }
}
