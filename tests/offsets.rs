//! Offsets in every unit slice the input to exactly the mention text, whatever the script.

use textlens::{AnalyzeOptions, Analyzer, Label, OffsetUnit};

const TEXT: &str = include_str!("data/offsets.txt");

fn analyze(unit: OffsetUnit) -> textlens::Analysis {
    Analyzer::new()
        .analyze(
            TEXT,
            &AnalyzeOptions {
                offsets: unit,
                ..Default::default()
            },
        )
        .expect("analysis succeeds")
}

#[test]
fn finds_every_address_in_the_mixed_script_text() {
    let texts: Vec<String> = analyze(OffsetUnit::Utf8)
        .mentions
        .into_iter()
        .filter(|m| matches!(m.label, Label::Email | Label::Url))
        .map(|m| m.text)
        .collect();
    assert_eq!(
        texts,
        [
            "ann@example.org",
            "https://例え.jp/パス",
            "b@x.io",
            "https://example.org/😀"
        ]
    );
}

#[test]
fn utf8_offsets_slice_the_str() {
    for m in analyze(OffsetUnit::Utf8).mentions {
        assert_eq!(&TEXT[m.start..m.end], m.text);
    }
}

#[test]
fn utf16_offsets_slice_the_code_units() {
    let units: Vec<u16> = TEXT.encode_utf16().collect();
    for m in analyze(OffsetUnit::Utf16).mentions {
        assert_eq!(
            String::from_utf16(&units[m.start..m.end]).expect("valid UTF-16"),
            m.text
        );
    }
}

#[test]
fn codepoint_offsets_slice_the_chars() {
    let chars: Vec<char> = TEXT.chars().collect();
    for m in analyze(OffsetUnit::Codepoint).mentions {
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
    }
}

#[test]
fn an_empty_types_list_gives_statistics_and_no_mentions() {
    let all = analyze(OffsetUnit::Utf8);
    let none = Analyzer::new()
        .analyze(
            TEXT,
            &AnalyzeOptions {
                types: Some(Vec::new()),
                ..Default::default()
            },
        )
        .expect("analysis succeeds");
    assert!(none.mentions.is_empty() && none.entities.is_empty());
    assert_eq!(none.stats, all.stats);
    assert_eq!(none.keywords, all.keywords);
}
