//! Redaction: replaces the mentions of chosen labels with a mask, their label or a placeholder
//! numbered per linked entity, and returns the map back to the original ([`restore`]).
//!
//! It runs the one pipeline of [`Analyzer::analyze`] (segment → recognise → resolve → link) without
//! the statistics, so a placeholder follows the entity linking: "Vladimir Putin … Putin" are both
//! `[PERSON 1]`.

use std::str::FromStr;

use serde::Serialize;

use crate::analyze::Analyzer;
use crate::error::Error;
use crate::label::Label;
use crate::offsets::{OffsetMapper, OffsetUnit};

/// The options of [`Analyzer::redact`] as JavaScript, the READMEs and `pkg/index.d.ts` name them,
/// with their TypeScript types (the bindings accept exactly these keys).
pub const REDACT_OPTIONS: [(&str, &str); 5] = [
    ("labels", "Label[]"),
    ("style", "RedactStyleName"),
    ("mask", "string"),
    ("mask_length", "number"),
    ("offsets", "OffsetUnit"),
];

/// The character a mask repeats unless told otherwise: U+2588 FULL BLOCK.
pub const DEFAULT_MASK: char = '█';

/// What a redacted mention is replaced with.
///
/// ```
/// use textlens::RedactStyle;
/// assert_eq!("label".parse::<RedactStyle>().unwrap(), RedactStyle::Label);
/// assert_eq!("mask".parse::<RedactStyle>().unwrap(), RedactStyle::Mask { symbol: '█', length: None });
/// assert!("blur".parse::<RedactStyle>().is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RedactStyle {
    /// `symbol` once per character of the mention (code point), or `length` times when set.
    Mask {
        /// The character repeated.
        symbol: char,
        /// A fixed number of symbols, whatever the mention's length (hides the length too).
        length: Option<usize>,
    },
    /// The label in brackets: `[PERSON]`.
    Label,
    /// The label and a number per linked entity, counted per label in order of first mention:
    /// `[PERSON 1]` for every mention of the first person, `[PERSON 2]` for the next one.
    #[default]
    Placeholder,
}

impl FromStr for RedactStyle {
    type Err = Error;

    /// Parses `"mask"` (with [`DEFAULT_MASK`], one per character), `"label"` or `"placeholder"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "mask" => Ok(RedactStyle::Mask {
                symbol: DEFAULT_MASK,
                length: None,
            }),
            "label" => Ok(RedactStyle::Label),
            "placeholder" => Ok(RedactStyle::Placeholder),
            other => Err(Error::InvalidOption {
                option: "style".into(),
                reason: format!("{other:?} is not one of \"mask\", \"label\", \"placeholder\""),
            }),
        }
    }
}

/// Options for one call to [`Analyzer::redact`].
#[derive(Clone, Debug, PartialEq)]
pub struct RedactOptions {
    /// The labels to replace (default [`Label::REDACT_DEFAULT`]: PERSON, EMAIL, PHONE, IP_ADDRESS,
    /// CREDIT_CARD, IBAN). Any label the analyser reports, custom ones included; `MISC` is refused.
    pub labels: Vec<Label>,
    /// What each mention becomes (default [`RedactStyle::Placeholder`]).
    pub style: RedactStyle,
    /// The unit of every offset in the result (default UTF-8 bytes).
    pub offsets: OffsetUnit,
}

impl Default for RedactOptions {
    fn default() -> Self {
        RedactOptions {
            labels: Label::REDACT_DEFAULT.to_vec(),
            style: RedactStyle::default(),
            offsets: OffsetUnit::default(),
        }
    }
}

/// A redacted text and the map back to the original.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Redaction {
    /// The text with every chosen mention replaced.
    pub text: String,
    /// One entry per replaced mention, in document order.
    pub replacements: Vec<Replacement>,
}

/// One replaced mention: where it was, where its replacement is, and what it was.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Replacement {
    /// Start of the mention in the original text (in the unit of [`RedactOptions::offsets`]).
    pub start: usize,
    /// End of the mention in the original text (exclusive).
    pub end: usize,
    /// Start of the replacement in the redacted text.
    pub redacted_start: usize,
    /// End of the replacement in the redacted text (exclusive).
    pub redacted_end: usize,
    /// The mention's text in the original.
    pub original: String,
    /// What replaced it: `[PERSON 1]`, `[EMAIL]`, `███`.
    pub replacement: String,
    /// The mention's label.
    pub label: Label,
    /// The id of the mention's linked entity (the same id in `analyze`'s entities for the same text
    /// and labels): every mention of one entity has the same id.
    pub entity: usize,
}

impl Redaction {
    /// The original text again, from [`Redaction::text`] and the replacements.
    ///
    /// ```
    /// use textlens::{Analyzer, RedactOptions};
    /// let text = "Mail ann@example.org or call +44 20 7946 0958.";
    /// let redaction = Analyzer::new().redact(text, &RedactOptions::default()).unwrap();
    /// assert_eq!(redaction.text, "Mail [EMAIL 1] or call [PHONE 1].");
    /// assert_eq!(redaction.restore(OffsetUnit::Utf8).unwrap(), text);
    /// # use textlens::OffsetUnit;
    /// ```
    pub fn restore(&self, offsets: OffsetUnit) -> Result<String, Error> {
        restore(&self.text, &self.replacements, offsets)
    }
}

impl Analyzer {
    /// Replaces the mentions of `options.labels` in `text` and returns the redacted text with the
    /// map back ([`Redaction::replacements`]). One pass of the pipeline, without statistics.
    ///
    /// Fails on the errors of [`Analyzer::analyze`] (an unknown label, `MISC`, input over
    /// [`crate::MAX_TEXT_BYTES`]) and on a fixed mask length of 0.
    ///
    /// ```
    /// use textlens::{Analyzer, Label, RedactOptions, RedactStyle};
    /// let text = "President Vladimir Putin met Chancellor Olaf Scholz. Putin spoke first; Scholz listened.";
    /// let analyzer = Analyzer::new();
    /// let placeholders = analyzer.redact(text, &RedactOptions::default()).unwrap();
    /// assert_eq!(
    ///     placeholders.text,
    ///     "President [PERSON 1] met Chancellor [PERSON 2]. [PERSON 1] spoke first; [PERSON 2] listened."
    /// );
    /// let masked = RedactOptions {
    ///     labels: vec![Label::Email],
    ///     style: RedactStyle::Mask { symbol: '*', length: None },
    ///     ..Default::default()
    /// };
    /// assert_eq!(analyzer.redact("Write to ann@example.org.", &masked).unwrap().text, "Write to ***************.");
    /// ```
    pub fn redact(&self, text: &str, options: &RedactOptions) -> Result<Redaction, Error> {
        if let RedactStyle::Mask {
            length: Some(0), ..
        } = options.style
        {
            return Err(Error::InvalidOption {
                option: "mask_length".into(),
                reason: "a fixed mask needs at least one character".into(),
            });
        }
        if options.labels.contains(&Label::Quote) {
            // A quote is a span around mentions, not a mention: redacting it would hide the text
            // whose names the caller asked to hide, not the names.
            return Err(Error::InvalidOption {
                option: "labels".into(),
                reason: "\"QUOTE\" cannot be redacted (quotes are spans around mentions); \
                         ask for the labels of the names inside them"
                    .into(),
            });
        }
        let (mentions, entities) = self.mentions(text, Some(&options.labels))?;
        let mut out = String::with_capacity(text.len());
        let mut replacements = Vec::with_capacity(mentions.len());
        // Placeholder numbers: per label, in order of each entity's first mention (entity ids are
        // 0..entities.len(); a few labels, so a list, not a map, for the count per label).
        let mut numbers: Vec<usize> = vec![0; entities.len()];
        let mut counts: Vec<(&Label, usize)> = Vec::new();
        let mut copied = 0;
        for m in mentions {
            let replacement = match &options.style {
                RedactStyle::Mask { symbol, length } => {
                    let n = length.unwrap_or_else(|| m.text.chars().count());
                    std::iter::repeat_n(*symbol, n).collect()
                }
                RedactStyle::Label => format!("[{}]", m.label),
                RedactStyle::Placeholder => {
                    if numbers[m.entity] == 0 {
                        let label = &entities[m.entity].label;
                        let i = counts
                            .iter()
                            .position(|(l, _)| *l == label)
                            .unwrap_or_else(|| {
                                counts.push((label, 0));
                                counts.len() - 1
                            });
                        counts[i].1 += 1;
                        numbers[m.entity] = counts[i].1;
                    }
                    format!("[{} {}]", m.label, numbers[m.entity])
                }
            };
            out.push_str(&text[copied..m.start]);
            let redacted_start = out.len();
            out.push_str(&replacement);
            copied = m.end;
            replacements.push(Replacement {
                start: m.start,
                end: m.end,
                redacted_start,
                redacted_end: out.len(),
                original: m.text,
                replacement,
                label: m.label,
                entity: m.entity,
            });
        }
        out.push_str(&text[copied..]);
        // Both offset lists are sorted, so each conversion is one forward pass.
        let mut original = OffsetMapper::new(text, options.offsets);
        let mut redacted = OffsetMapper::new(&out, options.offsets);
        for r in &mut replacements {
            (r.start, r.end) = (original.convert(r.start), original.convert(r.end));
            (r.redacted_start, r.redacted_end) = (
                redacted.convert(r.redacted_start),
                redacted.convert(r.redacted_end),
            );
        }
        Ok(Redaction {
            text: out,
            replacements,
        })
    }
}

/// Puts the originals back into a redacted text: each replacement's `redacted_start..redacted_end`
/// (in `offsets` units) must hold its `replacement`, and the replacements must not overlap.
/// The inverse of [`Analyzer::redact`]: `restore(&r.text, &r.replacements, unit)` is the original.
///
/// ```
/// use textlens::{restore, Analyzer, OffsetUnit, RedactOptions};
/// let text = "😀 Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32.";
/// let options = RedactOptions { offsets: OffsetUnit::Utf16, ..Default::default() };
/// let r = Analyzer::new().redact(text, &options).unwrap();
/// assert_eq!(r.text, "😀 Card [CREDIT_CARD 1], IBAN [IBAN 1].");
/// assert_eq!((r.replacements[0].start, r.replacements[0].redacted_start), (8, 8));
/// assert_eq!(restore(&r.text, &r.replacements, OffsetUnit::Utf16).unwrap(), text);
/// assert!(restore("changed", &r.replacements, OffsetUnit::Utf16).is_err());
/// ```
pub fn restore(
    redacted: &str,
    replacements: &[Replacement],
    offsets: OffsetUnit,
) -> Result<String, Error> {
    let bad = |index: usize, reason: &str| Error::InvalidReplacement {
        index,
        reason: reason.to_string(),
    };
    let mut order: Vec<usize> = (0..replacements.len()).collect();
    order.sort_by_key(|&i| (replacements[i].redacted_start, replacements[i].redacted_end));
    let to_byte = byte_offsets(redacted, offsets);
    let mut out = String::with_capacity(redacted.len());
    let mut copied = 0;
    for i in order {
        let r = &replacements[i];
        let (Some(start), Some(end)) = (to_byte(r.redacted_start), to_byte(r.redacted_end)) else {
            return Err(bad(
                i,
                "its redacted span is outside the text or splits a character",
            ));
        };
        if start < copied || end < start {
            return Err(bad(i, "its redacted span overlaps another one"));
        }
        if redacted[start..end] != r.replacement {
            return Err(bad(
                i,
                "the redacted text does not hold its replacement at its redacted span",
            ));
        }
        out.push_str(&redacted[copied..start]);
        out.push_str(&r.original);
        copied = end;
    }
    out.push_str(&redacted[copied..]);
    Ok(out)
}

/// A function from an offset in `unit` to the byte offset in `text` (None: outside the text, or
/// inside a character).
fn byte_offsets(text: &str, unit: OffsetUnit) -> impl Fn(usize) -> Option<usize> + '_ {
    // The byte offset at each unit boundary, for the non-byte units (redacted texts are short
    // enough that one table is cheaper than a scan per offset).
    let table: Vec<usize> = match unit {
        OffsetUnit::Utf8 => Vec::new(),
        OffsetUnit::Codepoint | OffsetUnit::Utf16 => {
            let mut t = Vec::with_capacity(text.len() + 1);
            for (i, c) in text.char_indices() {
                t.push(i);
                if unit == OffsetUnit::Utf16 && c.len_utf16() == 2 {
                    t.push(usize::MAX); // between the two halves of a surrogate pair
                }
            }
            t.push(text.len());
            t
        }
    };
    move |offset| match unit {
        OffsetUnit::Utf8 => text.is_char_boundary(offset).then_some(offset),
        _ => table.get(offset).copied().filter(|&b| b != usize::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_follow_entity_linking_and_count_per_label() {
        let text =
            "Kim Jong Un met Moon Jae-in. Kim left; mail kim@example.org or moon@example.org.";
        let r = Analyzer::new()
            .redact(text, &RedactOptions::default())
            .unwrap();
        assert_eq!(
            r.text,
            "[PERSON 1] met [PERSON 2]. [PERSON 1] left; mail [EMAIL 1] or [EMAIL 2]."
        );
        assert_eq!(r.replacements[0].entity, r.replacements[2].entity);
        assert_eq!(r.restore(OffsetUnit::Utf8).unwrap(), text);
    }

    #[test]
    fn label_and_fixed_masks() {
        let text = "Server 10.0.0.12 and 2001:db8::1.";
        let analyzer = Analyzer::new();
        let options = |style| RedactOptions {
            style,
            ..Default::default()
        };
        assert_eq!(
            analyzer
                .redact(text, &options(RedactStyle::Label))
                .unwrap()
                .text,
            "Server [IP_ADDRESS] and [IP_ADDRESS]."
        );
        let fixed = RedactStyle::Mask {
            symbol: 'x',
            length: Some(3),
        };
        assert_eq!(
            analyzer.redact(text, &options(fixed)).unwrap().text,
            "Server xxx and xxx."
        );
        let zero = RedactStyle::Mask {
            symbol: 'x',
            length: Some(0),
        };
        let err = analyzer.redact(text, &options(zero)).unwrap_err();
        assert!(err.to_string().contains("mask_length"), "{err}");
    }

    #[test]
    fn offsets_in_every_unit_and_restore_checks_the_text() {
        let text = "😀 é Call +1 202 555 0143 now.";
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
            let options = RedactOptions {
                offsets: unit,
                ..Default::default()
            };
            let r = Analyzer::new().redact(text, &options).unwrap();
            assert_eq!(r.text, "😀 é Call [PHONE 1] now.");
            let (start, redacted_start) =
                (r.replacements[0].start, r.replacements[0].redacted_start);
            let expected = match unit {
                OffsetUnit::Utf8 => 13,
                OffsetUnit::Utf16 => 10,
                OffsetUnit::Codepoint => 9,
            };
            assert_eq!((start, redacted_start), (expected, expected));
            assert_eq!(r.restore(unit).unwrap(), text);
        }
        let r = Analyzer::new()
            .redact(text, &RedactOptions::default())
            .unwrap();
        let err = restore(
            "😀 é Call [PHONE 2] now.",
            &r.replacements,
            OffsetUnit::Utf8,
        )
        .unwrap_err();
        assert!(err.to_string().contains("replacement 0"), "{err}");
        assert!(restore("", &r.replacements, OffsetUnit::Utf16).is_err());
    }

    #[test]
    fn bad_labels_are_refused_and_none_leaves_the_text() {
        let analyzer = Analyzer::new();
        let options = |labels| RedactOptions {
            labels,
            ..Default::default()
        };
        assert!(analyzer.redact("x", &options(vec![Label::Misc])).is_err());
        let quote = analyzer.redact("\"We will go,\" he said.", &options(vec![Label::Quote]));
        assert!(quote.is_err_and(|e| e.to_string().contains("QUOTE")));
        let unknown = Label::custom("PRODUCT").unwrap();
        assert!(analyzer.redact("x", &options(vec![unknown])).is_err());
        let r = analyzer
            .redact("Ann Smith, ann@example.org", &options(Vec::new()))
            .unwrap();
        assert_eq!(
            (r.text.as_str(), r.replacements.len()),
            ("Ann Smith, ann@example.org", 0)
        );
    }
}
