//! Offset units: UTF-8 bytes (Rust), UTF-16 code units (JavaScript, DOM) and code points (Python).
//!
//! The core works in UTF-8 byte offsets. [`OffsetMapper`] converts a sorted stream of byte offsets to
//! another unit in one forward pass over the text, skipping ASCII runs cheaply.

use serde::Serialize;

use crate::error::Error;

/// The unit in which offsets are reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes: Rust `&text[start..end]`.
    #[default]
    Utf8,
    /// UTF-16 code units: JavaScript `text.slice(start, end)` and DOM `Range`s.
    Utf16,
    /// Unicode code points: Python `text[start:end]`.
    Codepoint,
}

impl std::str::FromStr for OffsetUnit {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "utf8" => Ok(OffsetUnit::Utf8),
            "utf16" => Ok(OffsetUnit::Utf16),
            "codepoint" => Ok(OffsetUnit::Codepoint),
            other => Err(Error::InvalidOption {
                option: "offsets".into(),
                reason: format!("{other:?} is not one of \"utf8\", \"utf16\", \"codepoint\""),
            }),
        }
    }
}

/// Converts byte offsets into `unit`, for offsets that arrive in non-decreasing order.
///
/// Offsets that go backwards restart the scan from the beginning, so any order gives correct
/// results; sorted input costs one pass over the text in total.
///
/// ```
/// use textlens::{OffsetMapper, OffsetUnit};
/// let text = "a😀b";
/// let mut map = OffsetMapper::new(text, OffsetUnit::Utf16);
/// assert_eq!(map.convert(5), 3); // after the emoji: 1 + 2 UTF-16 units
/// let mut map = OffsetMapper::new(text, OffsetUnit::Codepoint);
/// assert_eq!(map.convert(5), 2);
/// ```
#[derive(Debug)]
pub struct OffsetMapper<'a> {
    text: &'a str,
    unit: OffsetUnit,
    byte: usize,
    converted: usize,
}

impl<'a> OffsetMapper<'a> {
    /// A mapper over `text` that produces offsets in `unit`.
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        OffsetMapper {
            text,
            unit,
            byte: 0,
            converted: 0,
        }
    }

    /// The offset in the target unit of `byte`, which must lie on a character boundary of the text.
    /// An offset past the end is clamped to the end.
    pub fn convert(&mut self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte;
        }
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.converted = 0;
        }
        let segment = &self.text.as_bytes()[self.byte..byte];
        self.converted += match self.unit {
            OffsetUnit::Utf8 => segment.len(),
            // Every code point starts with a non-continuation byte; 4-byte sequences (lead byte
            // >= 0xF0) are the ones that need a surrogate pair in UTF-16.
            OffsetUnit::Utf16 => segment
                .iter()
                .map(|&b| usize::from(!is_continuation(b)) + usize::from(b >= 0xF0))
                .sum(),
            OffsetUnit::Codepoint => segment.iter().filter(|&&b| !is_continuation(b)).count(),
        };
        self.byte = byte;
        self.converted
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        let prefix = &text[..byte];
        match unit {
            OffsetUnit::Utf8 => byte,
            OffsetUnit::Utf16 => prefix.encode_utf16().count(),
            OffsetUnit::Codepoint => prefix.chars().count(),
        }
    }

    #[test]
    fn matches_the_standard_library_at_every_boundary() {
        let text = "Zoë 😀 東京 e\u{301} a\u{1F1EB}\u{1F1F7}z";
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
            let mut mapper = OffsetMapper::new(text, unit);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    mapper.convert(byte),
                    reference(text, byte, unit),
                    "{unit:?} at {byte}"
                );
            }
        }
    }

    #[test]
    fn going_backwards_restarts_the_scan() {
        let text = "😀😀😀";
        let mut mapper = OffsetMapper::new(text, OffsetUnit::Utf16);
        assert_eq!(mapper.convert(12), 6);
        assert_eq!(mapper.convert(4), 2);
    }

    #[test]
    fn unit_names_parse_and_unknown_ones_name_the_option() {
        assert_eq!("utf16".parse::<OffsetUnit>().unwrap(), OffsetUnit::Utf16);
        let err = "bytes".parse::<OffsetUnit>().unwrap_err().to_string();
        assert!(err.contains("offsets") && err.contains("bytes"), "{err}");
    }
}
