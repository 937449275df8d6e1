//! Full analysis of arbitrary bytes with arbitrary options, then redaction and its restore.
//!
//! Input: four option bytes, then the text (invalid UTF-8 replaced by U+FFFD, as a browser would).
//! Byte 0: offset unit (mod 3), bit 3 redacts too. Byte 1: label filter (0x00–0x7F every label,
//! 0xFF an unknown label, otherwise a subset chosen by the bits). Byte 2: keywords. Byte 3: key
//! sentences.
use textlens::{restore, AnalyzeOptions, Analyzer, Label, RedactOptions, RedactStyle};

/// Runs one input; panics on a finding.
pub fn run(data: &[u8]) {
    let flag = |i: usize| data.get(i).copied().unwrap_or(0);
    let text = String::from_utf8_lossy(data.get(4..).unwrap_or_default());
    let unit = super::unit(flag(0));
    let types = match flag(1) {
        0x00..=0x7F => None,
        0xFF => Some(vec![
            Label::custom("NOT_DEFINED").expect("a valid custom name")
        ]),
        bits => Some(
            Label::REPORTED
                .iter()
                .enumerate()
                .filter(|(i, _)| bits >> (i % 7) & 1 == 1)
                .map(|(_, l)| l.clone())
                .collect(),
        ),
    };
    let unknown = flag(1) == 0xFF;
    let options = AnalyzeOptions {
        offsets: unit,
        types: types.clone(),
        keywords: usize::from(flag(2)),
        key_sentences: usize::from(flag(3) % 16),
    };
    let analyzer = Analyzer::new();
    match analyzer.analyze(&text, &options) {
        Ok(analysis) => {
            assert!(!unknown, "an undefined label in types was accepted");
            super::check(&text, unit, &analysis);
            if let Some(types) = &types {
                assert!(analysis.mentions.iter().all(|m| types.contains(&m.label)));
            }
            assert!(analysis.keywords.len() <= options.keywords.min(100));
            assert!(analysis.key_sentences.len() <= options.key_sentences);
        }
        Err(e) => assert!(unknown, "analysis failed: {e}"),
    }
    if flag(0) & 8 != 0 {
        let style = match flag(2) % 4 {
            0 => RedactStyle::Placeholder,
            1 => RedactStyle::Label,
            2 => RedactStyle::Mask {
                symbol: '█',
                length: None,
            },
            _ => RedactStyle::Mask {
                symbol: '*',
                length: Some(1 + usize::from(flag(3) % 5)),
            },
        };
        let options = RedactOptions {
            offsets: unit,
            style,
            ..Default::default()
        };
        let redaction = analyzer
            .redact(&text, &options)
            .expect("default labels redact");
        let back = restore(&redaction.text, &redaction.replacements, unit);
        assert_eq!(back.as_deref(), Ok(&*text), "restore undoes redact");
    }
}
