//! The result of an analysis: mentions, linked entities and statistics.
//!
//! Every type here serialises to the same JSON natively (`textlens analyze --json`) and in JavaScript,
//! with `snake_case` keys exactly as the Rust field names. These types depend on no analysis code:
//! [`crate::stats`] fills [`Stats`] (and re-exports it as `textlens::stats::Stats`).

use std::fmt;

use serde::Serialize;

use crate::label::Label;

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

/// A normalised value carried by a pattern mention, where the text is unambiguous.
///
/// It serialises untagged: the mention's label says which shape to expect.
///
/// | label | variant | JSON |
/// | --- | --- | --- |
/// | DATE | `Text` | `"2024-04-25"`, `"--04-25"` (no year), `"2024-04"`, `"2024"`, `"2024-04-25/2024-04-27"` |
/// | TIME | `Text` | `"19:30"`, `"23:59:30"`, `"09:00/17:00"` |
/// | MONEY | `Money`, `MoneyRange` | `{"amount": 5000000.0, "currency": "USD"}`, `{"from": 5.0, "to": 10.0, "currency": "USD"}` |
/// | PERCENT | `Number`, `Range` | `12.5` for "12.5%", `{"from": 5.0, "to": 7.0}` for "5-7%" |
/// | NUMBER, ORDINAL | `Number` | `1200.0` for "1,200", `21.0` for "21st" |
///
/// Its [`Display`](std::fmt::Display) form is compact: `2024-04-25`, `5000000 USD`, `5..7`, `12.5`.
///
/// ```
/// use textlens::Value;
/// let v = Value::Money { amount: 5e6, currency: "USD".into() };
/// assert_eq!(v.to_string(), "5000000 USD");
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"amount":5000000.0,"currency":"USD"}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number: cardinals, ordinals, percentages (`12.5` for "12.5%").
    Number(f64),
    /// A range of numbers ("5-7%").
    Range {
        /// The lower bound.
        from: f64,
        /// The upper bound.
        to: f64,
    },
    /// A text value: ISO 8601 dates (`2024-04-25`), intervals (`2024-04-25/2024-04-27`), 24-hour times.
    Text(String),
    /// An amount of money with its ISO 4217 currency code.
    Money {
        /// The amount, in units of the currency.
        amount: f64,
        /// ISO 4217 code, e.g. `USD`.
        currency: String,
    },
    /// A range of amounts in one currency ("$120-150 million").
    MoneyRange {
        /// The lower amount.
        from: f64,
        /// The upper amount.
        to: f64,
        /// ISO 4217 code, e.g. `USD`.
        currency: String,
    },
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{n}"),
            Value::Range { from, to } => write!(f, "{from}..{to}"),
            Value::Text(t) => f.write_str(t),
            Value::Money { amount, currency } => write!(f, "{amount} {currency}"),
            Value::MoneyRange { from, to, currency } => write!(f, "{from}..{to} {currency}"),
        }
    }
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

/// A keyphrase of the text: a phrase of one to three words or a recognised name, scored by YAKE!
/// (see `docs/STATISTICS.md`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyword {
    /// The phrase as written in the text, e.g. `"nuclear weapons"`; for a linked entity, its
    /// canonical (fullest) name, e.g. `"Kim Jong Un"`.
    pub text: String,
    /// The Porter2 (Snowball English) stems of its words, space-separated, that group its forms,
    /// e.g. `"nuclear weapon"`.
    pub stem: String,
    /// How many times it occurs (for an entity: how many mentions it has).
    pub count: usize,
    /// Its relevance in (0, 1], higher is more relevant: `1 / (1 + S)` for its YAKE! score `S`.
    pub score: f64,
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

/// A direct quotation (label QUOTE): a quoted passage, its marks included, and who said it where the
/// text says so (see `textlens::quotes` rules in `docs/QUOTES.md`). Quotes may contain mentions, so
/// they are not [`Mention`]s; they never overlap each other.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// Start offset (the opening mark), in the unit chosen by [`crate::OffsetUnit`].
    pub start: usize,
    /// End offset (exclusive: just past the closing mark), in the same unit as `start`.
    pub end: usize,
    /// The quotation, marks included, exactly as it appears in the input.
    pub text: String,
    /// The id of the [`Entity`] that said it (a PERSON, ORG or PLACE), or `None` (JSON `null`)
    /// when the text does not say, or says it ambiguously.
    pub speaker: Option<usize>,
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
    /// Direct quotations in document order, with their speakers (label QUOTE; empty when `types`
    /// leaves QUOTE out).
    pub quotes: Vec<Quote>,
    /// Top keyphrases, most relevant first ([`crate::AnalyzeOptions::keywords`] of them at most).
    pub keywords: Vec<Keyword>,
    /// Key sentences in document order ([`crate::AnalyzeOptions::key_sentences`] of them at most).
    pub key_sentences: Vec<KeySentence>,
}

/// Summary statistics, one flat object. Counts are over the whole text; every ratio and score is
/// `0.0` when its divisor (words, sentences) is zero.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Unicode scalar values (code points), whitespace included.
    pub characters: usize,
    /// Unicode scalar values that are not whitespace.
    pub characters_no_spaces: usize,
    /// Alphabetic characters.
    pub letters: usize,
    /// Words: see `segment::words` (URLs, e-mail addresses and hyphenated compounds count as one).
    pub words: usize,
    /// Distinct words, case-folded.
    pub unique_words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Paragraphs: blocks separated by blank lines.
    pub paragraphs: usize,
    /// Syllables of all words (a word without letters counts one).
    pub syllables: usize,
    /// Mean words per sentence.
    pub words_per_sentence: f64,
    /// Mean syllables per word.
    pub syllables_per_word: f64,
    /// Mean letters per word.
    pub letters_per_word: f64,
    /// Mean sentences per paragraph.
    pub sentences_per_paragraph: f64,
    /// Words of 7 letters or more.
    pub long_words: usize,
    /// Words of 3 syllables or more (polysyllables).
    pub complex_words: usize,
    /// Words not familiar by the Dale–Chall rules (not on the list, nor a regular inflection of a
    /// word on it, nor a proper name, nor a number).
    pub difficult_words: usize,
    /// Silent reading time at 238 words per minute, in seconds.
    pub reading_time_seconds: f64,
    /// Speaking time at 150 words per minute, in seconds.
    pub speaking_time_seconds: f64,
    /// Flesch Reading Ease (higher is easier; 60–70 is plain English).
    pub flesch_reading_ease: f64,
    /// Flesch–Kincaid grade level (US school grade).
    pub flesch_kincaid_grade: f64,
    /// Gunning Fog index (years of formal education).
    pub gunning_fog: f64,
    /// SMOG grade (US school grade).
    pub smog_index: f64,
    /// Coleman–Liau index (US school grade).
    pub coleman_liau_index: f64,
    /// Automated Readability Index (US school grade).
    pub automated_readability_index: f64,
    /// New Dale–Chall raw score (4.9 or lower: grade 4 and below; 9.0–9.9: college).
    pub dale_chall_score: f64,
    /// Type–token ratio: `unique_words / words`.
    pub type_token_ratio: f64,
    /// Measure of Textual Lexical Diversity (McCarthy & Jarvis 2010), in words per factor.
    pub mtld: f64,
}
