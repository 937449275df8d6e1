//! `Analyzer::redact` and `restore`: the replacements are exactly the chosen labels' mentions of one
//! analysis, placeholders follow entity linking, offsets are exact in every unit, and
//! `restore(redact(x)) == x` for any text (property tests).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{
    restore, AnalyzeOptions, Analyzer, Label, OffsetUnit, RedactOptions, RedactStyle, Redaction,
};

/// The text of `units` offsets `start..end` in `text`, in `unit`.
fn slice(text: &str, unit: OffsetUnit, start: usize, end: usize) -> String {
    match unit {
        OffsetUnit::Utf8 => text[start..end].to_string(),
        OffsetUnit::Codepoint => text.chars().skip(start).take(end - start).collect(),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("whole characters")
        }
    }
}

fn redact(text: &str, options: &RedactOptions) -> Redaction {
    Analyzer::new()
        .redact(text, options)
        .expect("redaction runs")
}

#[test]
fn the_readme_example_before_and_after() {
    let text = "Dr. Maria Keller (maria.keller@example.com, +44 20 7946 0958) paid with \
                4111 1111 1111 1111 from 192.168.0.1. Keller's IBAN is GB82 WEST 1234 5698 7654 32.";
    let r = redact(text, &RedactOptions::default());
    assert_eq!(
        r.text,
        "Dr. [PERSON 1] ([EMAIL 1], [PHONE 1]) paid with [CREDIT_CARD 1] from [IP_ADDRESS 1]. \
         [PERSON 1]'s IBAN is [IBAN 1]."
    );
    assert_eq!(r.replacements.len(), 7);
    assert_eq!(r.replacements[0].entity, r.replacements[5].entity);
    assert_eq!(r.restore(OffsetUnit::Utf8).unwrap(), text);
}

#[test]
fn replacements_are_the_chosen_mentions_of_one_analysis() {
    let text = include_str!("../www/samples/sample.txt");
    let labels = vec![Label::Person, Label::Place, Label::Date];
    let analysis = Analyzer::new()
        .analyze(
            text,
            &AnalyzeOptions {
                types: Some(labels.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    let r = redact(
        text,
        &RedactOptions {
            labels,
            style: RedactStyle::Label,
            ..Default::default()
        },
    );
    let spans: Vec<_> = r
        .replacements
        .iter()
        .map(|x| (x.start, x.end, x.label.clone(), x.entity))
        .collect();
    let mentions: Vec<_> = analysis
        .mentions
        .iter()
        .map(|m| (m.start, m.end, m.label.clone(), m.entity))
        .collect();
    assert!(!spans.is_empty());
    assert_eq!(spans, mentions);
    for x in &r.replacements {
        assert_eq!(&r.text[x.redacted_start..x.redacted_end], x.replacement);
        assert_eq!(&text[x.start..x.end], x.original);
        assert_eq!(x.replacement, format!("[{}]", x.label));
    }
}

#[test]
fn custom_labels_can_be_redacted() {
    let analyzer = Analyzer::builder()
        .pattern("EMPLOYEE_ID", r"\bEMP-[0-9]{5}\b")
        .build()
        .unwrap();
    let options = RedactOptions {
        labels: vec![Label::custom("EMPLOYEE_ID").unwrap(), Label::Email],
        ..Default::default()
    };
    let r = analyzer
        .redact(
            "EMP-00042 (jo@example.org) and EMP-00043; EMP-00042 again.",
            &options,
        )
        .unwrap();
    assert_eq!(
        r.text,
        "[EMPLOYEE_ID 1] ([EMAIL 1]) and [EMPLOYEE_ID 2]; [EMPLOYEE_ID 1] again."
    );
}

#[test]
fn offsets_around_astral_characters_and_a_mask_per_code_point() {
    let text = "𝒳😀👩‍👩‍👧 paid 4111-1111-1111-1111 to 𝒳 at ann@example.org";
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
        let r = redact(
            text,
            &RedactOptions {
                style: RedactStyle::Mask {
                    symbol: '█',
                    length: None,
                },
                offsets: unit,
                ..Default::default()
            },
        );
        assert_eq!(
            r.text,
            "𝒳😀👩‍👩‍👧 paid ███████████████████ to 𝒳 at ███████████████"
        );
        for x in &r.replacements {
            assert_eq!(slice(text, unit, x.start, x.end), x.original, "{unit:?}");
            assert_eq!(
                slice(&r.text, unit, x.redacted_start, x.redacted_end),
                x.replacement,
                "{unit:?}"
            );
        }
        assert_eq!(restore(&r.text, &r.replacements, unit).unwrap(), text);
    }
}

#[test]
fn restore_refuses_a_map_that_does_not_fit() {
    let text = "Mail ann@example.org today.";
    let r = redact(text, &RedactOptions::default());
    let mut moved = r.replacements.clone();
    moved[0].redacted_start += 1;
    assert!(restore(&r.text, &moved, OffsetUnit::Utf8).is_err());
    let mut twice = r.replacements.clone();
    twice.push(r.replacements[0].clone());
    let err = restore(&r.text, &twice, OffsetUnit::Utf8).unwrap_err();
    assert!(err.to_string().contains("overlaps"), "{err}");
    // In a text edited elsewhere, the map still restores if its spans still hold their replacements.
    assert_eq!(restore(&r.text, &[], OffsetUnit::Utf8).unwrap(), r.text);
}

/// Pieces of text: personal data of each default label, names, lookalikes, and awkward characters.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "ann@example.org",
        "bob.k@mail.example.co.uk",
        "+44 20 7946 0958",
        "(212) 555-0199",
        "192.168.0.1",
        "2001:db8::1",
        "4111 1111 1111 1111",
        "3782-822463-10005",
        "GB82 WEST 1234 5698 7654 32",
        "DE89370400440532013000",
        "SW1A 1AA",
        "Springfield, IL 62701",
        "President Joe Biden",
        "Biden",
        "Angela Merkel",
        "Merkel's",
        "said",
        "the",
        "Dr.",
        "v1.2.3.4",
        "999.1.1.1",
        "ISBN 978-0-306-40615-7",
        "order 4111111111111111",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "😀",
        "𝒳",
        "東京",
        "e\u{301}",
        "\u{FEFF}",
        "\r\n",
        "é",
        "[PERSON 1]",
        "█",
    ])
}

/// Pieces glued together.
fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

/// [`pieces`] with a space between each (glued pieces such as "192.168.0.11.2.3.4" are other things).
fn spaced_pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.join(" "))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![pieces(), any::<String>(), "[ -~😀é\n]{0,200}"]
}

fn style() -> impl Strategy<Value = RedactStyle> {
    prop_oneof![
        Just(RedactStyle::Placeholder),
        Just(RedactStyle::Label),
        Just(RedactStyle::Mask {
            symbol: '█',
            length: None
        }),
        Just(RedactStyle::Mask {
            symbol: '*',
            length: Some(4)
        }),
    ]
}

fn unit() -> impl Strategy<Value = OffsetUnit> {
    prop_oneof![
        Just(OffsetUnit::Utf8),
        Just(OffsetUnit::Utf16),
        Just(OffsetUnit::Codepoint)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn restore_undoes_redact(text in any_text(), style in style(), unit in unit()) {
        let r = redact(&text, &RedactOptions { style, offsets: unit, ..Default::default() });
        prop_assert_eq!(restore(&r.text, &r.replacements, unit).unwrap(), text);
    }

    #[test]
    fn no_chosen_mention_survives(text in spaced_pieces(), style in style()) {
        let options = RedactOptions { style, ..Default::default() };
        let r = redact(&text, &options);
        let analysis = Analyzer::new()
            .analyze(&text, &AnalyzeOptions { types: Some(options.labels.clone()), ..Default::default() })
            .unwrap();
        // Every mention of a chosen label is replaced, and nothing else is.
        let replaced: Vec<_> = r.replacements.iter().map(|x| (x.start, x.end)).collect();
        let found: Vec<_> = analysis.mentions.iter().map(|m| (m.start, m.end)).collect();
        prop_assert_eq!(&replaced, &found);
        // Outside the replacements the text is the original's, and no replaced original is left.
        let mut kept = String::new();
        let mut at = 0;
        for x in &r.replacements {
            kept.push_str(&text[at..x.start]);
            kept.push('\u{0}');
            at = x.end;
        }
        kept.push_str(&text[at..]);
        let mut redacted_kept = String::new();
        let mut at = 0;
        for x in &r.replacements {
            redacted_kept.push_str(&r.text[at..x.redacted_start]);
            redacted_kept.push('\u{0}');
            at = x.redacted_end;
        }
        redacted_kept.push_str(&r.text[at..]);
        prop_assert_eq!(&kept, &redacted_kept);
        // A replaced original is left only where the original has it outside every mention too (a
        // lookalike the recognisers did not take, such as a phone number glued to more digits).
        for x in &r.replacements {
            prop_assert!(
                !r.text.contains(&x.original) || kept.contains(&x.original),
                "{:?} survives in {:?}", x.original, r.text
            );
        }
    }
}
