//! The result of an analysis: mentions, linked entities and statistics.
//!
//! Every type here serialises to the same JSON natively (`textlens analyze --json`) and in JavaScript,
//! with `snake_case` keys exactly as the Rust field names.

use serde::Serialize;

use crate::label::Label;
use crate::stats::Stats;

/// One span of text that names something.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// Start offset, in the unit chosen by [`crate::OffsetUnit`] (UTF-8 bytes by default in Rust).
    pub start: usize,
    /// End offset (exclusive), in the same unit as `start`.
    pub end: usize,
    /// The mentioned text, exactly as it appears in the input.
    pub text: String,
    /// What kind of thing it names.
    pub label: Label,
    /// The id of the [`Entity`] this mention refers to.
    pub entity: usize,
    /// A normalised value where one is unambiguous (ISO 8601 dates, amounts, numbers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

/// A normalised value carried by a pattern mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number: cardinals, ordinals, percentages (`12.5` for "12.5%").
    Number(f64),
    /// A text value: ISO 8601 dates (`2024-04-25`), intervals (`2024-04-25/2024-04-27`), 24-hour times.
    Text(String),
    /// An amount of money with its ISO 4217 currency code.
    Money {
        /// The amount, in units of the currency.
        amount: f64,
        /// ISO 4217 code, e.g. `USD`.
        currency: String,
    },
}

/// One thing the text talks about, gathered from all its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Identifier, unique within one analysis; mentions point to it.
    pub id: usize,
    /// What kind of thing it is.
    pub label: Label,
    /// Canonical name: the longest, most complete form used in the text.
    pub name: String,
    /// How many mentions refer to it.
    pub mentions: usize,
}

/// A key term of the text: content words grouped by stem (see `docs/STATISTICS.md`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyword {
    /// The term in its most frequent written form, e.g. `"rivers"`.
    pub text: String,
    /// The Porter2 (Snowball English) stem that groups its forms, e.g. `"river"`.
    pub stem: String,
    /// How many words of the text have this stem.
    pub count: usize,
}

/// A sentence of the extractive summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeySentence {
    /// Start offset, in the unit chosen by [`crate::OffsetUnit`].
    pub start: usize,
    /// End offset (exclusive), in the same unit as `start`.
    pub end: usize,
    /// The sentence, exactly as it appears in the input.
    pub text: String,
    /// Its score: how densely it covers the text's frequent terms (higher is more central).
    pub score: f64,
}

/// Everything textlens finds in one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    /// Summary statistics.
    pub stats: Stats,
    /// Every entity mention, in document order, without overlaps.
    pub mentions: Vec<Mention>,
    /// Linked entities, ordered by first mention.
    pub entities: Vec<Entity>,
    /// Top keywords, most frequent first ([`crate::AnalyzeOptions::keywords`] of them at most).
    pub keywords: Vec<Keyword>,
    /// Key sentences in document order ([`crate::AnalyzeOptions::key_sentences`] of them at most).
    pub key_sentences: Vec<KeySentence>,
}
