//! Property tests: name recognition and linking never panic, and every mention is a valid span.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{AnalyzeOptions, Analyzer, Label, OffsetUnit};

fn name_options() -> AnalyzeOptions {
    AnalyzeOptions {
        types: Some(vec![Label::Person, Label::Org, Label::Place, Label::Norp]),
        offsets: OffsetUnit::Utf8,
        ..AnalyzeOptions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let analysis = Analyzer::new().analyze(&text, &name_options()).unwrap();
        for m in &analysis.mentions {
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            prop_assert!(m.entity < analysis.entities.len());
        }
    }

    #[test]
    fn name_like_text_never_panics(
        words in prop::collection::vec(
            prop::sample::select(vec![
                "Kim", "Jong-un", "Putin's", "U.S.", "NATO", "of", "the", "Bank", "  ", "\n",
                "\n\n", ".", "'s", "’s", "«", "»", "Zoë", "ÉCOLE", "—", "Mr.", "von", "der",
                "(", ")", "&", "Inc.", "NORTH", "KOREA", "said", "😀", "\u{301}", "A", "'",
            ]),
            0..60,
        )
    ) {
        let text = words.join(" ");
        let analysis = Analyzer::new().analyze(&text, &name_options()).unwrap();
        let mut last_end = 0;
        for m in &analysis.mentions {
            prop_assert!(m.start >= last_end && m.start < m.end);
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            last_end = m.end;
        }
        let total: usize = analysis.entities.iter().map(|e| e.mentions).sum();
        prop_assert_eq!(total, analysis.mentions.len());
    }
}
