//! The one error type of textlens.

use std::fmt;

/// Everything that can go wrong when configuring or running an analysis.
///
/// Each variant names the option or argument at fault, so that the message alone tells a user what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A label name that is neither built in nor defined by a custom term or pattern.
    UnknownLabel(String),
    /// A custom label name that cannot be used.
    InvalidLabel {
        /// The offending name.
        label: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// An option has a value that is not allowed.
    InvalidOption {
        /// The option's name, as the user spells it (`"offsets"`, `"keywords"`, ...).
        option: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A user pattern that is not a valid regular expression, or that can match the empty string.
    InvalidPattern {
        /// The pattern's label.
        label: String,
        /// The pattern as given.
        pattern: String,
        /// The regex crate's message, or the rule it breaks.
        reason: String,
    },
    /// A redaction's replacement that does not fit the text given to [`crate::restore`].
    InvalidReplacement {
        /// Its index in the replacements.
        index: usize,
        /// What does not fit.
        reason: String,
    },
    /// An input record that cannot be read (a line of a gold JSONL file, see [`crate::input`]).
    InvalidInput {
        /// What was being read (`"gold record"`).
        what: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The input is larger than textlens accepts in one call.
    InputTooLarge {
        /// Input size in bytes.
        len: usize,
        /// The largest accepted size in bytes.
        max: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownLabel(label) => write!(
                f,
                "unknown entity type {label:?}: use a built-in label (PERSON, ORG, PLACE, NORP, DATE, ...) or one defined by a custom term or pattern"
            ),
            Error::InvalidLabel { label, reason } => write!(f, "invalid label {label:?}: {reason}"),
            Error::InvalidOption { option, reason } => write!(f, "invalid option {option:?}: {reason}"),
            Error::InvalidPattern { label, pattern, reason } => {
                write!(f, "invalid pattern for label {label:?} ({pattern:?}): {reason}")
            }
            Error::InvalidReplacement { index, reason } => {
                write!(f, "cannot restore: replacement {index}: {reason}")
            }
            Error::InvalidInput { what, reason } => write!(f, "invalid {what}: {reason}"),
            Error::InputTooLarge { len, max } => {
                write!(f, "text is too large: {len} bytes, the limit is {max} bytes")
            }
        }
    }
}

impl std::error::Error for Error {}
