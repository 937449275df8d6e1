//! Overlap resolution: turns overlapping candidates into one non-overlapping list of mentions.
//!
//! The rule is deterministic: candidates are ranked by priority (custom ones first when
//! [`Priority::CustomFirst`]), then by length (longer wins), then by earlier start, then by label
//! name; the ranked list is then taken greedily, dropping any candidate that overlaps one already
//! taken. The result is sorted by start offset.

use std::collections::BTreeMap;

use crate::recognize::{Candidate, Source};

/// Whether user-defined terms and patterns beat built-in recognisers when they overlap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Priority {
    /// Custom candidates win any overlap with built-in ones (the default).
    #[default]
    CustomFirst,
    /// All candidates compete on length alone.
    Longest,
}

/// Resolves overlaps among `candidates` (see the module docs for the rule).
///
/// ```
/// use textlens::{Label, recognize::{Candidate, Source}, resolve::{resolve, Priority}};
/// let c = |start, end, label| Candidate { start, end, label, value: None, source: Source::Pattern };
/// let out = resolve(vec![c(0, 5, Label::Url), c(2, 9, Label::Email), c(10, 12, Label::Url)], Priority::Longest);
/// assert_eq!(out.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>(), [(2, 9), (10, 12)]);
/// ```
pub fn resolve(mut candidates: Vec<Candidate>, priority: Priority) -> Vec<Candidate> {
    candidates.retain(|c| c.start < c.end);
    candidates.sort_by(|a, b| {
        let rank = |c: &Candidate| match priority {
            Priority::CustomFirst => u8::from(c.source != Source::Custom),
            Priority::Longest => 0,
        };
        rank(a)
            .cmp(&rank(b))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .then(a.label.cmp(&b.label))
    });
    let mut taken: Vec<Candidate> = Vec::with_capacity(candidates.len());
    // Taken spans by start; they never overlap, so only the neighbours of a candidate matter
    // (a map keeps this O(n log n): inserting into a sorted Vec was quadratic on long texts).
    let mut occupied: BTreeMap<usize, usize> = BTreeMap::new();
    for candidate in candidates {
        let before = occupied
            .range(..candidate.end)
            .next_back()
            .is_some_and(|(_, &end)| end > candidate.start);
        if !before {
            occupied.insert(candidate.start, candidate.end);
            taken.push(candidate);
        }
    }
    taken.sort_by_key(|c| c.start);
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Label;

    fn cand(start: usize, end: usize, source: Source) -> Candidate {
        Candidate {
            start,
            end,
            label: Label::Url,
            value: None,
            source,
        }
    }

    #[test]
    fn custom_beats_a_longer_built_in_only_when_asked() {
        let input = vec![cand(0, 10, Source::Pattern), cand(2, 4, Source::Custom)];
        let first = resolve(input.clone(), Priority::CustomFirst);
        assert_eq!((first[0].start, first[0].end), (2, 4));
        let longest = resolve(input, Priority::Longest);
        assert_eq!((longest[0].start, longest[0].end), (0, 10));
    }

    #[test]
    fn touching_spans_both_survive_and_empty_ones_do_not() {
        let out = resolve(
            vec![
                cand(5, 9, Source::Pattern),
                cand(0, 5, Source::Pattern),
                cand(3, 3, Source::Custom),
            ],
            Priority::CustomFirst,
        );
        assert_eq!(
            out.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>(),
            [(0, 5), (5, 9)]
        );
    }
}
