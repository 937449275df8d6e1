//! Recognisers: each finds candidate mentions, which [`crate::resolve`] then makes non-overlapping.

pub mod custom;
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
