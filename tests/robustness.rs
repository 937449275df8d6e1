//! No input string makes an analysis panic, and every result keeps its invariants:
//! mentions sorted and non-overlapping, offsets in bounds, each slicing the input to the mention text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{AnalyzeOptions, Analyzer, OffsetUnit};

/// Text that looks like the inputs recognisers care about, mixed with arbitrary Unicode.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Dr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("ann@example.org".to_string()),
        Just("https://example.org/a_(b)".to_string()),
        Just("www.".to_string()),
        Just("$5.5 million ".to_string()),
        Just("April 25-27, 2024 ".to_string()),
        Just("Vladimir Putin's ".to_string()),
        Just("\n\n".to_string()),
        Just("... ".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("東京 ".to_string()),
        Just("\u{FEFF}\u{200D}".to_string()),
        "[A-Za-z]{1,12} ",
        "[0-9.,:/-]{1,8}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

fn check(text: &str) {
    let analyzer = Analyzer::new();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
        let options = AnalyzeOptions {
            offsets: unit,
            ..Default::default()
        };
        let analysis = analyzer
            .analyze(text, &options)
            .expect("any text under the size limit analyses");
        let mut previous_end = 0;
        for m in &analysis.mentions {
            assert!(m.start < m.end, "empty mention {m:?}");
            assert!(m.start >= previous_end, "overlap or disorder at {m:?}");
            previous_end = m.end;
            let slice = match unit {
                OffsetUnit::Utf8 => text.get(m.start..m.end).map(str::to_string),
                OffsetUnit::Utf16 => utf16
                    .get(m.start..m.end)
                    .and_then(|u| String::from_utf16(u).ok()),
                OffsetUnit::Codepoint => chars.get(m.start..m.end).map(|c| c.iter().collect()),
            };
            assert_eq!(
                slice.as_deref(),
                Some(m.text.as_str()),
                "{unit:?} offsets of {m:?}"
            );
            assert!(
                m.entity < analysis.entities.len(),
                "dangling entity id in {m:?}"
            );
        }
        let counted: usize = analysis.entities.iter().map(|e| e.mentions).sum();
        assert_eq!(counted, analysis.mentions.len());
        assert!(analysis.stats.characters == chars.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_keeps_invariants(text in texty()) {
        check(&text);
    }
}

#[test]
fn edge_cases() {
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "...",
        "@",
        "a@",
        "@b.c",
        "http://",
        "https://)",
        "\u{0}",
        "\u{FFFD}",
        "\r\n\r\n",
        "😀",
        "e\u{301}",
        &"a".repeat(100_000),
        &"x. ".repeat(20_000),
        &"(".repeat(10_000),
        &"😀@😀.😀 ".repeat(1000),
    ] {
        check(text);
    }
}
