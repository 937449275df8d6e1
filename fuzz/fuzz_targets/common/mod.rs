//! The fuzz targets' bodies, one module each, and what they all check of an analysis (the
//! invariants of `tests/hostile.rs`). Plain functions of the input bytes, so that
//! `tests/fuzz_regressions.rs` replays the seeds and every crash found through the same code.
#![allow(dead_code)] // each target uses part of it

pub mod analyze;
pub mod custom;
pub mod offsets;
pub mod readers;

use textlens::{Analysis, OffsetUnit};

/// `text` in `unit`s: the slice `start..end` as a `String`, or `None` when out of range or
/// splitting a character.
pub fn slice(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Option<String> {
    Units::new(text, unit).slice(start, end)
}

/// A text in one offset unit, converted once for many slices.
enum Units<'a> {
    Utf8(&'a str),
    Utf16(Vec<u16>),
    Codepoint(Vec<char>),
}

impl<'a> Units<'a> {
    fn new(text: &'a str, unit: OffsetUnit) -> Self {
        match unit {
            OffsetUnit::Utf8 => Units::Utf8(text),
            OffsetUnit::Utf16 => Units::Utf16(text.encode_utf16().collect()),
            OffsetUnit::Codepoint => Units::Codepoint(text.chars().collect()),
        }
    }

    fn slice(&self, start: usize, end: usize) -> Option<String> {
        match self {
            Units::Utf8(text) => text.get(start..end).map(str::to_string),
            Units::Utf16(units) => String::from_utf16(units.get(start..end)?).ok(),
            Units::Codepoint(chars) => Some(chars.get(start..end)?.iter().collect()),
        }
    }
}

/// Panics unless the mentions are sorted, non-overlapping and slice `text` (in `unit`) to their
/// text, each names an entity, the key sentences slice too and every statistic is finite.
pub fn check(text: &str, unit: OffsetUnit, analysis: &Analysis) {
    let units = Units::new(text, unit);
    let mut previous_end = 0;
    for m in &analysis.mentions {
        assert!(m.start < m.end && m.start >= previous_end, "order of {m:?}");
        previous_end = m.end;
        assert_eq!(
            units.slice(m.start, m.end).as_deref(),
            Some(m.text.as_str()),
            "offsets of {m:?}"
        );
        assert!(m.entity < analysis.entities.len(), "entity of {m:?}");
    }
    for s in &analysis.key_sentences {
        assert_eq!(
            units.slice(s.start, s.end).as_deref(),
            Some(s.text.as_str()),
            "key sentence {s:?}"
        );
    }
    let stats = &analysis.stats;
    assert_eq!(stats.characters, text.chars().count());
    for (name, value) in [
        ("flesch_reading_ease", stats.flesch_reading_ease),
        ("flesch_kincaid_grade", stats.flesch_kincaid_grade),
        ("gunning_fog", stats.gunning_fog),
        ("smog_index", stats.smog_index),
        ("coleman_liau_index", stats.coleman_liau_index),
        (
            "automated_readability_index",
            stats.automated_readability_index,
        ),
        ("dale_chall_score", stats.dale_chall_score),
        ("type_token_ratio", stats.type_token_ratio),
        ("mtld", stats.mtld),
        ("words_per_sentence", stats.words_per_sentence),
        ("syllables_per_word", stats.syllables_per_word),
    ] {
        assert!(value.is_finite(), "{name} is {value} (not finite)");
    }
    assert!(stats.words <= stats.characters);
}

/// The offset unit a flag byte selects.
pub fn unit(flags: u8) -> OffsetUnit {
    [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint][usize::from(flags % 3)]
}
