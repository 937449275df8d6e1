//! The statistics as users see them: JSON names, options and offsets.

use textlens::{AnalyzeOptions, Analyzer, OffsetUnit};

#[test]
fn stats_serialise_with_the_rust_field_names() {
    let analysis = textlens::analyze("Dr. Smith met ann@example.org in the U.S. It rained.");
    let json = serde_json::to_value(&analysis).expect("analysis serialises");
    let stats = json["stats"].as_object().expect("stats is an object");
    for key in [
        "characters",
        "characters_no_spaces",
        "letters",
        "words",
        "unique_words",
        "sentences",
        "paragraphs",
        "syllables",
        "words_per_sentence",
        "syllables_per_word",
        "letters_per_word",
        "sentences_per_paragraph",
        "long_words",
        "complex_words",
        "difficult_words",
        "reading_time_seconds",
        "speaking_time_seconds",
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_score",
        "type_token_ratio",
        "mtld",
    ] {
        assert!(stats.contains_key(key), "missing {key}");
    }
    assert_eq!(stats.len(), 26, "every field is listed above");
    assert_eq!(json["stats"]["sentences"], 2);
    assert_eq!(json["stats"]["words"], 9, "the e-mail address is one word");
    assert!(json["keywords"][0]["text"].is_string() && json["keywords"][0]["stem"].is_string());
    assert!(json["key_sentences"][0]["score"].is_number());
}

#[test]
fn keyword_and_key_sentence_counts_follow_the_options() {
    let text =
        "Cats sleep. Cats purr softly at night. Dogs bark at cats. Birds sing at dawn. Fish swim.";
    let options = AnalyzeOptions {
        keywords: 2,
        key_sentences: 1,
        ..Default::default()
    };
    let analysis = Analyzer::new()
        .analyze(text, &options)
        .expect("valid options");
    let terms: Vec<(&str, usize)> = analysis
        .keywords
        .iter()
        .map(|k| (k.text.as_str(), k.count))
        .collect();
    // A phrase first written at the start of a sentence is reported in lower case.
    assert_eq!(terms, [("cats sleep", 1), ("cats", 3)]);
    assert_eq!(analysis.key_sentences.len(), 1);
    let none = AnalyzeOptions {
        keywords: 0,
        key_sentences: 0,
        ..Default::default()
    };
    let analysis = Analyzer::new().analyze(text, &none).expect("valid options");
    assert!(analysis.keywords.is_empty() && analysis.key_sentences.is_empty());
}

#[test]
fn key_sentence_offsets_are_converted_like_mention_offsets() {
    let text = "😀 Émile paints rivers. Rivers run to the sea, and rivers flood. The sea is blue.";
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Codepoint] {
        let options = AnalyzeOptions {
            offsets: unit,
            key_sentences: 1,
            ..Default::default()
        };
        let analysis = Analyzer::new()
            .analyze(text, &options)
            .expect("valid options");
        let k = &analysis.key_sentences[0];
        let sliced: String = match unit {
            OffsetUnit::Utf8 => text[k.start..k.end].to_string(),
            OffsetUnit::Utf16 => {
                String::from_utf16_lossy(&text.encode_utf16().collect::<Vec<_>>()[k.start..k.end])
            }
            OffsetUnit::Codepoint => text.chars().skip(k.start).take(k.end - k.start).collect(),
        };
        assert_eq!(sliced, k.text, "{unit:?}");
        assert_eq!(k.text, "Rivers run to the sea, and rivers flood.");
    }
}

#[test]
fn empty_text_has_zero_scores_not_nan() {
    let s = textlens::stats::compute("");
    assert_eq!(s, textlens::stats::Stats::default());
    let s = textlens::stats::compute("   \n\n ");
    assert_eq!((s.words, s.flesch_reading_ease, s.mtld), (0, 0.0, 0.0));
}
