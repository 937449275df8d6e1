//! # textlens
//!
//! Named entities and summary statistics for English text, in Rust, on the command line and —
//! compiled to WebAssembly — in any web page, with no server.
//!
//! ```
//! use textlens::{Analyzer, AnalyzeOptions, OffsetUnit};
//! let text = "Contact 😀 ann@example.org about https://example.org.";
//! let options = AnalyzeOptions { offsets: OffsetUnit::Utf16, ..Default::default() };
//! let analysis = Analyzer::new().analyze(text, &options).unwrap();
//! let utf16: Vec<u16> = text.encode_utf16().collect();
//! for m in &analysis.mentions {
//!     assert_eq!(String::from_utf16(&utf16[m.start..m.end]).unwrap(), m.text);
//! }
//! ```
//!
//! Data flows one way: [`segment`] → [`recognize`] → [`resolve`] → [`link`] → [`stats`] →
//! [`Analysis`]. The WebAssembly bindings (compiled only for `wasm32`) convert and nothing else.

#![warn(missing_docs)]

mod analysis;
mod analyze;
mod document;
mod error;
mod fast_hash;
mod front_coding;
#[cfg(not(target_arch = "wasm32"))]
pub mod input;
mod label;
pub mod link;
mod offsets;
mod quotes;
pub mod recognize;
mod redact;
pub mod resolve;
pub mod segment;
mod sort;
pub mod stats;
mod steps;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{Analysis, Entity, KeySentence, Keyword, Mention, Quote, Value};
pub use analyze::{
    analyze, AnalyzeOptions, Analyzer, AnalyzerBuilder, ANALYZE_OPTIONS, MAX_TEXT_BYTES,
};
pub use document::Document;
pub use error::Error;
pub use label::Label;
pub use offsets::{OffsetMapper, OffsetUnit};
pub use redact::{
    restore, RedactOptions, RedactStyle, Redaction, Replacement, DEFAULT_MASK, REDACT_OPTIONS,
};
pub use steps::AnalysisSteps;

/// The README's Rust examples, compiled and run as doctests so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
