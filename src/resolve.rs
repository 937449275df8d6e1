//! Overlap resolution: turns overlapping candidates from every recogniser into one non-overlapping
//! list of mentions.
//!
//! # The rule
//!
//! Candidates are ranked, best first, by:
//!
//! 1. **priority**: with [`Priority::CustomFirst`] (the default) user terms and patterns rank above
//!    every built-in recogniser; with [`Priority::Longest`] all compete equally;
//! 2. **length**: the longer span wins ("April 25-27" beats the NUMBER "25", "$5 million" beats
//!    "5 million", an e-mail address beats the domain inside it, a URL beats a MENTION inside it);
//! 3. **earlier start**;
//! 4. **label**, in the order of [`crate::Label`] (built-in labels in their declared order, then
//!    custom labels by name);
//! 5. **source** (built-in patterns, then names, then custom), and finally input order.
//!
//! The ranked list is then taken greedily: a candidate is kept unless it overlaps one kept before it.
//! The result is sorted by start offset. Empty spans are dropped. The same input always gives the
//! same output; the cost is O(n log n) in the number of candidates plus their total length / 64
//! (taken bytes are kept in a bitset, one bit per byte of text up to the last candidate's end).

use std::str::FromStr;

use crate::error::Error;
use crate::label::Label;
use crate::recognize::{Candidate, Source};

/// What a taken candidate's slot holds once it is moved to the output.
const PLACEHOLDER: Candidate = Candidate {
    start: 0,
    end: 0,
    label: Label::Person,
    value: None,
    source: Source::Pattern,
};

/// Whether user-defined terms and patterns beat built-in recognisers when they overlap.
///
/// ```
/// use textlens::resolve::Priority;
/// assert_eq!("longest".parse::<Priority>().unwrap(), Priority::Longest);
/// assert_eq!("custom_first".parse::<Priority>().unwrap(), Priority::CustomFirst);
/// assert!("loudest".parse::<Priority>().is_err());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Priority {
    /// Custom candidates win any overlap with built-in ones (the default).
    #[default]
    CustomFirst,
    /// All candidates compete on length alone.
    Longest,
}

impl FromStr for Priority {
    type Err = Error;

    /// Parses `"custom_first"` or `"longest"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "custom_first" => Ok(Priority::CustomFirst),
            "longest" => Ok(Priority::Longest),
            other => Err(Error::InvalidOption {
                option: "priority".to_string(),
                reason: format!("{other:?} is not one of \"custom_first\", \"longest\""),
            }),
        }
    }
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
    let rank = |c: &Candidate| match priority {
        Priority::CustomFirst => u8::from(c.source != Source::Custom),
        Priority::Longest => 0,
    };
    // Every sort key packed into one integer, the input position last, so an unstable sort of the
    // keys gives the stable order of the rule: rank (1 bit), inverse length, start and position (32
    // bits each), label (29) and source (2). That needs offsets and positions under 2^32 and labels
    // under 2^29: always true on 32-bit targets such as wasm32, where a `Vec<Candidate>` holds fewer
    // than 2^27 elements (at most `isize::MAX` bytes, over 16 bytes each) and offsets are `u32`;
    // elsewhere checked, with the comparison sort as the fallback.
    let fits = cfg!(target_pointer_width = "32")
        || candidates.len() < 1 << 28
            && candidates
                .iter()
                .all(|c| c.end as u64 <= u64::from(u32::MAX));
    if !fits {
        candidates.sort_by(|a, b| {
            rank(a)
                .cmp(&rank(b))
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.start.cmp(&b.start))
                .then(a.label.cmp(&b.label))
                .then(a.source.cmp(&b.source))
        });
    }
    // Custom labels order by name after the built-in ones: number the distinct names in order.
    let mut custom: Vec<&str> = candidates
        .iter()
        .filter_map(|c| match &c.label {
            Label::Custom(name) => Some(&**name),
            _ => None,
        })
        .collect();
    custom.sort_unstable();
    custom.dedup();
    let label_index = |label: &Label| match label {
        Label::Custom(name) => Label::BUILT_IN.len() + custom.partition_point(|&n| n < &**name),
        built_in => Label::BUILT_IN
            .iter()
            .position(|l| l == built_in)
            .unwrap_or(0),
    };
    let mut keys: Vec<u128> = if fits {
        candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                u128::from(rank(c)) << 127
                    | u128::from(u32::MAX - (c.end - c.start) as u32) << 95
                    | (c.start as u128) << 63
                    | (label_index(&c.label) as u128) << 34
                    | (c.source as u128) << 32
                    | i as u128
            })
            .collect()
    } else {
        (0..candidates.len() as u128).collect()
    };
    keys.sort_unstable();
    // The bytes covered by kept spans, one bit each (an eighth of the text's size): a candidate is
    // kept when none of its bytes is taken yet. Kept spans never overlap, so their starts are
    // unique and sorting the kept by start gives the output's order.
    let last_end = candidates.iter().map(|c| c.end).max().unwrap_or(0);
    let mut taken = vec![0u64; last_end / 64 + 1];
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for key in keys {
        let i = if fits {
            key as u32 as usize
        } else {
            key as usize
        };
        let candidate = &candidates[i];
        let words = candidate.start / 64..=(candidate.end - 1) / 64;
        let bits = |w: usize| span_bits(candidate.start, candidate.end, w);
        if words.clone().all(|w| taken[w] & bits(w) == 0) {
            words.for_each(|w| taken[w] |= bits(w));
            kept.push((candidate.start, i));
        }
    }
    kept.sort_unstable();
    kept.into_iter()
        .map(|(_, i)| std::mem::replace(&mut candidates[i], PLACEHOLDER))
        .collect()
}

/// The bits of the 64-bit word `w` (bytes `64 * w..64 * w + 64`) that lie in `start..end`, which
/// must overlap that word.
fn span_bits(start: usize, end: usize, w: usize) -> u64 {
    let first = start.max(w * 64) - w * 64;
    let len = end.min(w * 64 + 64) - w * 64 - first;
    (u64::MAX >> (64 - len)) << first
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn equal_lengths_go_to_the_earlier_start_then_the_label() {
        let mut a = cand(0, 4, Source::Pattern);
        a.label = Label::Number;
        let mut b = cand(0, 4, Source::Pattern);
        b.label = Label::Date;
        let c = cand(2, 6, Source::Pattern);
        let out = resolve(vec![c, a, b], Priority::Longest);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].start, out[0].label.clone()), (0, Label::Date));
    }

    /// The rule of the module docs as a comparison sort, the way it was first written.
    fn reference(mut candidates: Vec<Candidate>, priority: Priority) -> Vec<Candidate> {
        candidates.retain(|c| c.start < c.end);
        let rank = |c: &Candidate| match priority {
            Priority::CustomFirst => u8::from(c.source != Source::Custom),
            Priority::Longest => 0,
        };
        candidates.sort_by(|a, b| {
            rank(a)
                .cmp(&rank(b))
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.start.cmp(&b.start))
                .then(a.label.cmp(&b.label))
                .then(a.source.cmp(&b.source))
        });
        let mut taken: Vec<Candidate> = Vec::new();
        for c in candidates {
            if taken.iter().all(|t| t.end <= c.start || c.end <= t.start) {
                taken.push(c);
            }
        }
        taken.sort_by_key(|c| c.start);
        taken
    }

    #[test]
    fn packed_keys_follow_the_rule_with_custom_labels_ties_and_values() {
        let labels = [
            Label::Date,
            Label::Number,
            Label::Person,
            Label::custom("ZED").unwrap(),
            Label::custom("ALPHA").unwrap(),
            Label::custom("MID").unwrap(),
        ];
        let sources = [Source::Pattern, Source::Names, Source::Custom];
        // A small linear congruential generator: the same candidates every run.
        let mut state: u64 = 7;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % n) as usize
        };
        for round in 0..300 {
            // Short spans packed together, and long ones across the 64-byte words of the bitset.
            let (starts, lengths) = if round % 2 == 0 { (30, 6) } else { (400, 150) };
            let input: Vec<Candidate> = (0..1 + round % 40)
                .map(|i| {
                    let start = next(starts);
                    Candidate {
                        start,
                        end: start + next(lengths),
                        label: labels[next(labels.len() as u64)].clone(),
                        // Equal candidates apart from the value show which one was kept.
                        value: Some(crate::analysis::Value::Number(i as f64)),
                        source: sources[next(3)],
                    }
                })
                .collect();
            for priority in [Priority::CustomFirst, Priority::Longest] {
                assert_eq!(
                    resolve(input.clone(), priority),
                    reference(input.clone(), priority),
                    "round {round}, {priority:?}"
                );
            }
        }
    }

    #[test]
    fn span_bits_cover_exactly_the_span_in_each_word() {
        assert_eq!(span_bits(0, 64, 0), u64::MAX);
        assert_eq!(span_bits(3, 5, 0), 0b11000);
        assert_eq!(span_bits(60, 70, 0), 0xF << 60);
        assert_eq!(span_bits(60, 70, 1), 0b11_1111);
        assert_eq!(span_bits(0, 200, 2), u64::MAX);
        assert_eq!(span_bits(127, 128, 1), 1 << 63);
    }

    #[test]
    fn a_span_inside_a_kept_one_is_dropped_even_when_far_in_the_list() {
        let input: Vec<Candidate> = (0..100)
            .map(|i| cand(i * 2, i * 2 + 1, Source::Pattern))
            .chain([cand(0, 1000, Source::Pattern)])
            .collect();
        let out = resolve(input, Priority::Longest);
        assert_eq!(out.len(), 1);
    }
}
