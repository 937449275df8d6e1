//! The CLI's statistics: the readable summary and the keyphrase options.

mod support {
    pub mod cli;
}
use support::cli::textlens;

const TEXT: &str =
    "Rivers shape valleys. The rivers of England are short. Valleys guide rivers to the sea.";

#[test]
fn summary_prints_readability_keywords_and_key_sentences() {
    let out = textlens(&["analyze", "-"], TEXT);
    assert!(out.status.success());
    let summary = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "Flesch reading ease",
        "Dale-Chall",
        "MTLD",
        "rivers (3), valleys (2)",
        "Key sentences:",
    ] {
        assert!(
            summary.contains(expected),
            "{expected:?} missing from:\n{summary}"
        );
    }
}

#[test]
fn json_has_keywords_and_key_sentences_in_the_requested_numbers() {
    let out = textlens(
        &[
            "analyze",
            "-",
            "--json",
            "--keywords",
            "3",
            "--key-sentences",
            "2",
        ],
        TEXT,
    );
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["keywords"].as_array().map(Vec::len), Some(3));
    let rivers = &json["keywords"][1];
    assert_eq!(
        (&rivers["text"], &rivers["stem"], &rivers["count"]),
        (&"rivers".into(), &"river".into(), &3.into())
    );
    let score = rivers["score"].as_f64().expect("a score");
    assert!(score > 0.0 && score <= 1.0);
    assert_eq!(json["key_sentences"].as_array().map(Vec::len), Some(2));
    assert!(json["stats"]["flesch_reading_ease"].is_f64());
}

#[test]
fn a_bad_count_is_a_usage_error_naming_the_option() {
    let out = textlens(&["analyze", "-", "--keywords", "many"], TEXT);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--keywords"));
}
