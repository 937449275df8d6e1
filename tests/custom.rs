//! User terms and patterns through the public `Analyzer` builder.

use std::time::Instant;

use textlens::resolve::Priority;
use textlens::{AnalyzeOptions, Analyzer, Error, Label};

fn found(analyzer: &Analyzer, text: &str, options: &AnalyzeOptions) -> Vec<(String, String)> {
    analyzer
        .analyze(text, options)
        .expect("analysis runs")
        .mentions
        .into_iter()
        .map(|m| (m.text, m.label.to_string()))
        .collect()
}

#[test]
fn custom_labels_are_known_and_filterable() {
    let analyzer = Analyzer::builder()
        .terms("PRODUCT", ["Galaxy S24"])
        .pattern("TICKER", r"\$[A-Z]{2,5}\b")
        .build()
        .unwrap();
    let product = Label::custom("PRODUCT").unwrap();
    assert!(analyzer.labels().contains(&product));
    let options = AnalyzeOptions {
        types: Some(vec![product]),
        ..Default::default()
    };
    assert_eq!(
        found(&analyzer, "Galaxy S24 and $AAPL on May 3", &options),
        [("Galaxy S24".to_string(), "PRODUCT".to_string())]
    );
    // A label no term or pattern defines is refused.
    let err = Analyzer::new()
        .analyze("x", &options)
        .expect_err("PRODUCT is unknown to the default analyser");
    assert!(matches!(err, Error::UnknownLabel(_)));
}

#[test]
fn priority_decides_between_user_and_built_in_spans() {
    let text = "Call 555-867-5309 now.";
    let custom_first = Analyzer::builder()
        .term("SONG", "867-5309")
        .build()
        .unwrap();
    assert_eq!(
        found(&custom_first, text, &AnalyzeOptions::default()),
        [("867-5309".to_string(), "SONG".to_string())]
    );
    let longest = Analyzer::builder()
        .term("SONG", "867-5309")
        .priority(Priority::Longest)
        .build()
        .unwrap();
    assert_eq!(
        found(&longest, text, &AnalyzeOptions::default()),
        [("555-867-5309".to_string(), "PHONE".to_string())]
    );
}

#[test]
fn terms_may_extend_built_in_labels() {
    let analyzer = Analyzer::builder()
        .terms("PERSON", ["Ada Lovelace"])
        .build()
        .unwrap();
    assert_eq!(
        found(
            &analyzer,
            "Ada Lovelace wrote it.",
            &AnalyzeOptions::default()
        ),
        [("Ada Lovelace".to_string(), "PERSON".to_string())]
    );
}

#[test]
fn invalid_patterns_name_the_pattern_and_the_reason() {
    let err = Analyzer::builder()
        .pattern("TICKER", "[A-Z")
        .build()
        .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("TICKER") && msg.contains("unclosed character class"),
        "{msg}"
    );
    let err = Analyzer::builder().pattern("X", "a*").build().unwrap_err();
    assert!(err.to_string().contains("empty string"), "{err}");
}

/// Prints how long 100,000 terms take to build (no timed assertion: speed is for benchmarks).
#[test]
fn prints_the_build_time_of_100k_terms() {
    let terms: Vec<String> = (0..100_000)
        .map(|i| format!("product {i} mark {}", i % 7))
        .collect();
    let started = Instant::now();
    let analyzer = Analyzer::builder()
        .terms("PRODUCT", terms)
        .case_insensitive_terms(true)
        .build()
        .unwrap();
    println!(
        "built 100,000 terms in {:.1} ms (this build profile)",
        started.elapsed().as_secs_f64() * 1000.0
    );
    assert_eq!(
        found(
            &analyzer,
            "Buy Product 99999 Mark 4 today.",
            &AnalyzeOptions::default()
        )
        .into_iter()
        .filter(|(_, l)| l == "PRODUCT")
        .count(),
        1
    );
}
