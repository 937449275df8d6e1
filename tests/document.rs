//! Property test of [`textlens::Document`]: a text of 0–300 KB fed in pieces cut at random points
//! (with `feed` or `append`) gives exactly the analysis of one call over the whole text, also when
//! that analysis runs in steps of any size ([`textlens::AnalysisSteps`]), and the mentions handed
//! out while it arrives are well-formed (in order, inside the text, with its text).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{AnalyzeOptions, Analyzer, Label, OffsetUnit};

/// Pieces of prose with names, patterns, punctuation, paragraph breaks and non-ASCII text.
const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "in",
    "said",
    "on",
    "was",
    "river",
    "valley",
    "rivers",
    "council",
    "Helen",
    "Okafor",
    "Helen Okafor",
    "Vladimir Putin",
    "Putin",
    "Putin's",
    "Moscow",
    "Russian",
    "United Nations",
    "UN",
    "World Health Organization",
    "WHO",
    "Dr.",
    "Mr.",
    "U.S.",
    "April 25-27",
    "on Monday",
    "7:30 pm",
    "$5 million",
    "12.5%",
    "1,200",
    "21st",
    "ann@example.org",
    "https://example.org/a",
    "+1 212 555 0100",
    "#rustlang",
    "@rustlang",
    "3.14",
    "Zürich",
    "東京",
    "😀",
    "e\u{301}",
    "\u{FFFD}",
    ".",
    ".",
    ".",
    ",",
    "!",
    "?",
    "\"",
    "(",
    ")",
    "-",
    "\n",
    "\n\n",
    "\n \n",
];

/// A text of about `len` bytes drawn from [`WORDS`] by a small deterministic generator.
fn text_of(seed: u64, len: usize) -> String {
    let mut state = seed | 1;
    let mut text = String::with_capacity(len + 64);
    while text.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let word = WORDS[(state % WORDS.len() as u64) as usize];
        text.push_str(word);
        if !word.starts_with('\n') {
            text.push(' ');
        }
    }
    text
}

/// The text cut at the given points (each moved back to a character boundary).
fn pieces_of<'a>(text: &'a str, cuts: &[prop::sample::Index]) -> Vec<&'a str> {
    let mut at: Vec<usize> = cuts
        .iter()
        .map(|i| {
            let mut c = i.index(text.len() + 1);
            while !text.is_char_boundary(c) {
                c -= 1;
            }
            c
        })
        .collect();
    at.push(0);
    at.push(text.len());
    at.sort_unstable();
    at.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_document_fed_in_pieces_equals_one_call(
        seed in any::<u64>(),
        len in prop_oneof![0usize..2_000, 0usize..300_000],
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..40),
        utf16 in any::<bool>(),
        names_only in any::<bool>(),
        step_units in prop_oneof![1usize..64, 1usize..200_000],
    ) {
        let text = text_of(seed, len);
        let options = AnalyzeOptions {
            offsets: if utf16 { OffsetUnit::Utf16 } else { OffsetUnit::Utf8 },
            types: names_only.then(|| vec![Label::Person, Label::Org, Label::Place]),
            ..Default::default()
        };
        let analyzer = Analyzer::new();
        let mut doc = analyzer.document(&options).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |s: usize, e: usize| if utf16 {
            String::from_utf16(&units[s..e]).unwrap()
        } else {
            text[s..e].to_string()
        };
        let mut last_end = 0;
        for (i, piece) in pieces_of(&text, &cuts).into_iter().enumerate() {
            if i % 3 == 2 {
                doc.append(piece).unwrap(); // no early mentions; a later feed covers this text
                continue;
            }
            for m in doc.feed(piece).unwrap() {
                prop_assert!(last_end <= m.start && m.start < m.end, "{m:?} after {last_end}");
                prop_assert_eq!(&slice(m.start, m.end), &m.text);
                last_end = m.end;
            }
        }
        prop_assert_eq!(doc.text(), text.as_str());
        let once = analyzer.analyze(&text, &options).unwrap();
        prop_assert_eq!(doc.analysis().unwrap(), once.clone());
        let mut steps = doc.analysis_steps();
        let mut taken = 1;
        while !steps.step(step_units) {
            taken += 1;
        }
        prop_assert_eq!(steps.finish().unwrap(), once.clone());
        // A whole analysis costs several units per byte: small steps are many.
        prop_assert!(step_units > text.len() || text.len() < 64 || taken > 1, "{taken} steps");
        prop_assert_eq!(doc.finish().unwrap(), once);
    }
}

#[test]
fn a_document_grows_after_an_analysis() {
    let analyzer = Analyzer::new();
    let options = AnalyzeOptions::default();
    let mut doc = analyzer.document(&options).unwrap();
    doc.feed("Helen Okafor opened the library.\n\n").unwrap();
    let first = doc.analysis().unwrap();
    assert_eq!(first.stats.sentences, 1);
    doc.feed("Okafor thanked the council on Monday.").unwrap();
    let grown = doc.analysis().unwrap();
    assert_eq!(grown, analyzer.analyze(doc.text(), &options).unwrap());
    assert_eq!(grown.stats.sentences, 2);
}

#[test]
fn an_unknown_type_is_refused_when_the_document_starts() {
    let options = AnalyzeOptions {
        types: Some(vec![Label::custom("PRODUCT").unwrap()]),
        ..Default::default()
    };
    let err = Analyzer::new().document(&options).unwrap_err();
    assert!(err.to_string().contains("PRODUCT"), "{err}");
}

#[test]
fn steps_analyse_the_text_as_it_was_when_they_began() {
    let analyzer = Analyzer::builder()
        .term("PRODUCT", "Widget Pro")
        .pattern("TICKET", r"TK-[0-9]{4}")
        .build()
        .unwrap();
    let options = AnalyzeOptions::default();
    let mut doc = analyzer.document(&options).unwrap();
    let text = "Helen Okafor ordered a Widget Pro (TK-1234) in Moscow on Monday.\n\n".repeat(200);
    doc.append(&text).unwrap();
    let mut steps = doc.analysis_steps();
    assert!(!steps.step(1_000));
    doc.append("Vladimir Putin wrote to ann@example.org.")
        .unwrap();
    while !steps.step(1_000) {}
    let stepped = steps.finish().unwrap();
    assert_eq!(stepped, analyzer.analyze(&text, &options).unwrap());
    let labels: std::collections::BTreeSet<String> = stepped
        .mentions
        .iter()
        .map(|m| m.label.to_string())
        .collect();
    for label in ["PERSON", "PLACE", "PRODUCT", "TICKET", "DATE"] {
        assert!(labels.contains(label), "{label} in {labels:?}");
    }
    assert_eq!(
        doc.analysis_steps().finish().unwrap(),
        doc.analysis().unwrap()
    );
}

#[test]
fn an_empty_document_is_analysed_in_steps_too() {
    let options = AnalyzeOptions::default();
    let doc = Analyzer::new().document(&options).unwrap();
    let mut steps = doc.analysis_steps();
    // The first stepped analysis of a process also compiles the pattern regexes, one per step.
    let mut taken = 1;
    while !steps.step(1) {
        taken += 1;
        assert!(taken < 100, "{taken} steps for an empty text");
    }
    assert!(steps.step(1), "a finished analysis stays finished");
    assert_eq!(steps.finish().unwrap(), textlens::analyze(""));
}
