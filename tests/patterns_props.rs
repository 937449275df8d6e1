//! Property tests: no text makes the pattern recognisers, user terms or user patterns panic, and the
//! result is always well-formed (sorted, non-overlapping spans on character boundaries, matching text).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{AnalyzeOptions, Analyzer, OffsetUnit};

/// Text built from pieces that look like the things the recognisers hunt for, glued with noise.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("April 25-27, 2024".to_string()),
        Just("$5-10 million".to_string()),
        Just("9am-5pm".to_string()),
        Just("+1 (555) 123-4567".to_string()),
        Just("twenty-three".to_string()),
        Just("the 12th".to_string()),
        Just("#tag @handle a@b.io www.x.com".to_string()),
        Just("3:1 2-1 1.2.3 10.0.0.1".to_string()),
        Just("😀é東京\u{301}".to_string()),
        "[0-9$€£¥%:./,+@#' -]{0,12}",
        "[A-Za-z]{0,8}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|parts| parts.join(""))
}

fn check(analyzer: &Analyzer, text: &str) {
    let analysis = analyzer
        .analyze(
            text,
            &AnalyzeOptions {
                offsets: OffsetUnit::Utf8,
                ..Default::default()
            },
        )
        .expect("analysis of any text succeeds");
    let mut last_end = 0;
    for m in &analysis.mentions {
        assert!(
            m.start < m.end && m.start >= last_end,
            "sorted, non-empty, non-overlapping"
        );
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert_eq!(&text[m.start..m.end], m.text);
        last_end = m.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn built_in_patterns_never_panic(text in tricky_text()) {
        check(&Analyzer::new(), &text);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        check(&Analyzer::new(), &text);
    }

    #[test]
    fn user_terms_and_patterns_never_panic(
        text in tricky_text(),
        terms in prop::collection::vec("[A-Za-z0-9é+. -]{1,12}", 1..8),
        ci in any::<bool>(),
    ) {
        let terms: Vec<String> = terms.into_iter().filter(|t| !t.trim().is_empty()).collect();
        let analyzer = Analyzer::builder()
            .terms("TERM", terms)
            .pattern("CODE", r"[A-Z]{2}\d+")
            .case_insensitive_terms(ci)
            .build()
            .expect("valid configuration");
        check(&analyzer, &text);
    }
}
