//! Offset conversion both ways: byte → UTF-16 / code point ([`OffsetMapper`], what every result
//! uses) against the standard library, in sorted and in arbitrary order; and UTF-16 / code point
//! → byte ([`restore`], which maps a redaction's offsets back into the text) on valid spans and on
//! arbitrary ones, which must be refused, never panic.
//!
//! Input: byte 0 picks the unit (mod 3); bytes 1..9 are eight offset seeds; the rest is the text.
use textlens::{restore, Label, OffsetMapper, OffsetUnit, Replacement};

/// The reference conversion of a byte offset on a character boundary.
fn reference(text: &str, byte: usize, unit: OffsetUnit) -> usize {
    let prefix = &text[..byte];
    match unit {
        OffsetUnit::Utf8 => byte,
        OffsetUnit::Utf16 => prefix.encode_utf16().count(),
        OffsetUnit::Codepoint => prefix.chars().count(),
    }
}

/// The largest character boundary at or before `byte`.
fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

fn replacement(start: usize, end: usize, text: &str, original: &str) -> Replacement {
    Replacement {
        start,
        end,
        redacted_start: start,
        redacted_end: end,
        original: original.to_string(),
        replacement: text.to_string(),
        label: Label::Person,
        entity: 0,
    }
}

/// Runs one input; panics on a finding.
pub fn run(data: &[u8]) {
    let unit = super::unit(data.first().copied().unwrap_or(0));
    let seeds: Vec<usize> = data
        .iter()
        .skip(1)
        .take(8)
        .map(|&b| usize::from(b))
        .collect();
    let text = String::from_utf8_lossy(data.get(9..).unwrap_or_default());
    let len = text.len();
    let total = reference(&text, len, unit);

    // Every boundary in order, then past the end (clamped).
    let mut mapper = OffsetMapper::new(&text, unit);
    for (byte, _) in text.char_indices() {
        assert_eq!(
            mapper.convert(byte),
            reference(&text, byte, unit),
            "at {byte}"
        );
    }
    assert_eq!(mapper.convert(len), total);
    if unit != OffsetUnit::Utf8 {
        assert_eq!(mapper.convert(len + 7), total, "past the end clamps");
    }

    // Arbitrary order, from the seeds scaled over the text.
    let bytes: Vec<usize> = seeds
        .iter()
        .map(|&s| floor_boundary(&text, s * (len + 1) / 256))
        .collect();
    let mut mapper = OffsetMapper::new(&text, unit);
    for &byte in &bytes {
        assert_eq!(
            mapper.convert(byte),
            reference(&text, byte, unit),
            "at {byte} unsorted"
        );
    }

    // Unit → byte: valid, sorted, disjoint spans restore to the originals.
    let mut sorted = bytes.clone();
    sorted.sort_unstable();
    let mut replacements = Vec::new();
    let mut expected = String::new();
    let mut copied = 0;
    for pair in sorted.chunks_exact(2) {
        let (start, end) = (pair[0], pair[1]);
        if start < copied {
            continue;
        }
        let original = format!("<{}>", replacements.len());
        expected.push_str(&text[copied..start]);
        expected.push_str(&original);
        copied = end;
        replacements.push(replacement(
            reference(&text, start, unit),
            reference(&text, end, unit),
            &text[start..end],
            &original,
        ));
    }
    expected.push_str(&text[copied..]);
    assert_eq!(
        restore(&text, &replacements, unit).as_deref(),
        Ok(expected.as_str())
    );

    // Arbitrary unit offsets (inside a surrogate pair, past the end, backwards): refused or
    // restored, never a panic; a span refused names its index.
    let wild: Vec<Replacement> = seeds
        .chunks_exact(2)
        .map(|p| {
            let (a, b) = (p[0] * (total + 2) / 256, p[1] * (total + 2) / 256);
            let held = super::slice(&text, unit, a, b).unwrap_or_default();
            replacement(a, b, &held, "x")
        })
        .collect();
    if let Err(e) = restore(&text, &wild, unit) {
        assert!(e.to_string().contains("replacement"), "{e}");
    }
}
