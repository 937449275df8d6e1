//! Property tests: segmentation and statistics never panic on arbitrary text, and their ranges are
//! well-formed.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{segment, stats, AnalyzeOptions, Analyzer, OffsetUnit};

/// Text drawn from characters that stress the rules: terminators, quotes, brackets, hyphens, dots,
/// apostrophes, line breaks, letters in several scripts, digits, emoji and combining marks.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "…",
        "...",
        "\"",
        "\u{201D}",
        "'",
        "\u{2019}",
        "(",
        ")",
        "[",
        "]",
        "-",
        "\u{2010}",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\t",
        "Mr",
        "U.S.",
        "e.g.",
        "J.",
        "3.14",
        "v2.0",
        "Dr.",
        "a",
        "The",
        "said",
        "don't",
        "well-known",
        "ann@example.org",
        "https://x.io/a.b",
        "www.",
        "@",
        "1.",
        "東京",
        "😀",
        "e\u{301}",
        "Ω",
        "ß",
        "İ",
        "\u{FEFF}",
        "\r\n",
        "Inc.",
        "no.",
        "A",
        "z",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check_ranges(text: &str, ranges: &[std::ops::Range<usize>]) {
    let mut last = 0;
    for r in ranges {
        assert!(
            r.start < r.end && r.end <= text.len(),
            "{r:?} in {} bytes",
            text.len()
        );
        assert!(r.start >= last, "ranges overlap or go back");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert_eq!(
            text[r.clone()].trim(),
            &text[r.clone()],
            "ranges are trimmed"
        );
        last = r.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn segmentation_gives_ordered_trimmed_ranges(text in tricky_text()) {
        check_ranges(&text, &segment::paragraphs(&text));
        check_ranges(&text, &segment::sentences(&text));
        check_ranges(&text, &segment::naive_sentences(&text));
        let mut last = 0;
        for (start, word) in segment::words(&text) {
            prop_assert!(start >= last);
            prop_assert_eq!(&text[start..start + word.len()], word);
            prop_assert!(word.chars().any(char::is_alphanumeric));
            last = start + word.len();
        }
    }

    #[test]
    fn every_sentence_lies_inside_one_paragraph(text in tricky_text()) {
        let paragraphs = segment::paragraphs(&text);
        for s in segment::sentences(&text) {
            prop_assert!(paragraphs.iter().any(|p| p.start <= s.start && s.end <= p.end));
        }
    }

    #[test]
    fn statistics_are_finite_and_consistent(text in tricky_text()) {
        let report = stats::report(&text, 5, 2);
        let s = &report.stats;
        let json = serde_json::to_value(s).expect("stats serialise");
        for (key, value) in json.as_object().expect("stats is an object") {
            prop_assert!(value.is_number(), "{} is {}", key, value);
        }
        prop_assert!(s.unique_words <= s.words);
        prop_assert!(s.complex_words <= s.words && s.long_words <= s.words);
        prop_assert!(s.syllables >= s.words);
        prop_assert!(s.characters_no_spaces <= s.characters);
        prop_assert!(report.keywords.len() <= 5 && report.key_sentences.len() <= 2);
        for k in report.key_sentences.windows(2) {
            prop_assert!(k[0].end <= k[1].start, "key sentences are in document order");
        }
    }

    #[test]
    fn syllable_counts_are_at_least_one(word in "\\PC{0,20}") {
        prop_assert!(stats::syllables::count(&word) >= 1);
    }

    #[test]
    fn key_sentence_offsets_slice_the_text_in_utf16(text in tricky_text()) {
        let options = AnalyzeOptions { offsets: OffsetUnit::Utf16, ..Default::default() };
        let analysis = Analyzer::new().analyze(&text, &options).expect("default options are valid");
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for k in &analysis.key_sentences {
            prop_assert_eq!(String::from_utf16_lossy(&utf16[k.start..k.end]), k.text.clone());
        }
    }
}
