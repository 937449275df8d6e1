//! The `textlens` command line, run as a user would run it.

mod support {
    pub mod cli;
}
use support::cli::textlens;

use std::process::Output;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("output is UTF-8")
}

#[test]
fn summary_names_the_counts_and_the_entities() {
    let out = textlens(
        &["analyze", "-"],
        "Write to ann@example.org. See https://example.org!\n",
    );
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("2 sentences"), "{text}");
    assert!(
        text.contains("EMAIL") && text.contains("ann@example.org"),
        "{text}"
    );
    assert!(
        text.contains("URL") && text.contains("https://example.org"),
        "{text}"
    );
}

#[test]
fn summary_lists_each_quote_with_its_speaker() {
    let out = textlens(
        &["analyze", "-"],
        "\"We will not yield to pressure from anyone,\" said Kono on Monday.\n\n\"Nobody knows what comes next in these talks.\"\n",
    );
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Quotes (2):"), "{text}");
    assert!(
        text.contains("  - Kono: \"We will not yield to pressure from anyone,\""),
        "{text}"
    );
    assert!(
        text.contains("  - (speaker not named): \"Nobody knows"),
        "{text}"
    );
}

#[test]
fn json_output_has_the_documented_shape_and_codepoint_offsets_by_default() {
    let input = "😀 ann@example.org";
    let out = textlens(&["analyze", "-", "--json"], input);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let mention = &json["mentions"][0];
    assert_eq!(mention["label"], "EMAIL");
    assert_eq!(mention["text"], "ann@example.org");
    assert_eq!(
        (mention["start"].as_u64(), mention["end"].as_u64()),
        (Some(2), Some(17))
    );
    assert_eq!(json["entities"][0]["name"], "ann@example.org");
    assert_eq!(json["stats"]["sentences"], 1);
    for key in [
        "characters",
        "characters_no_spaces",
        "words",
        "sentences",
        "paragraphs",
    ] {
        assert!(json["stats"][key].is_u64(), "stats.{key} is a count");
    }
}

#[test]
fn offsets_option_switches_units() {
    let out = textlens(
        &["analyze", "-", "--json", "--offsets", "utf16"],
        "😀 ann@example.org",
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(json["mentions"][0]["start"], 3);
}

#[test]
fn types_filter_keeps_only_the_named_labels() {
    let out = textlens(
        &["analyze", "-", "--json", "--types", "URL"],
        "a@b.io https://x.org",
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let labels: Vec<_> = json["mentions"]
        .as_array()
        .expect("array")
        .iter()
        .map(|m| m["label"].clone())
        .collect();
    assert_eq!(labels, ["URL"]);
}

#[test]
fn reads_a_file_argument() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/samples/sample.txt");
    let out = textlens(&["analyze", path], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout(&out).contains("info@waterfront-library.example"));
}

#[test]
fn bad_usage_exits_2_and_missing_files_exit_1_with_a_message() {
    let out = textlens(&["analyze", "-", "--types", "NOPE"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NOPE"));

    let out = textlens(&["analyze", "/no/such/file.txt"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"));

    let out = textlens(&["frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn invalid_utf8_is_a_clear_error_not_a_crash() {
    let out = textlens(&["analyze", "-"], b"ok \xff\xfe");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

/// One gold line of the evaluation format: `text` with the given (start, end, label) spans.
fn gold_line(text: &str, spans: &[(usize, usize, &str)]) -> String {
    let entities: Vec<serde_json::Value> = spans
        .iter()
        .map(|&(start, end, label)| serde_json::json!({"start": start, "end": end, "label": label}))
        .collect();
    format!(
        "{}\n",
        serde_json::json!({"id": "d1", "text": text, "entities": entities})
    )
}

#[test]
fn eval_scores_pattern_labels_and_custom_terms_not_only_names() {
    let text = "Call ann@example.org on 5 May 2024 about Widget Pro.";
    let gold = gold_line(
        text,
        &[(5, 20, "EMAIL"), (24, 34, "DATE"), (41, 51, "PRODUCT")],
    );
    let dir = std::env::temp_dir().join(format!("textlens-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let terms = dir.join("terms.json");
    std::fs::write(&terms, r#"{"PRODUCT": ["Widget Pro"]}"#).expect("write terms");
    let terms = terms.to_string_lossy().to_string();
    let out = textlens(
        &[
            "eval",
            "-",
            "--labels",
            "EMAIL,DATE,PRODUCT",
            "--terms",
            &terms,
        ],
        &gold,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = stdout(&out);
    let micro = table
        .lines()
        .find(|l| l.starts_with("micro"))
        .expect("a micro line");
    let counts: Vec<&str> = micro.split_whitespace().skip(1).take(3).collect();
    assert_eq!(counts, ["3", "3", "3"], "{table}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_refuses_a_label_the_analyser_cannot_report() {
    let gold = gold_line("Widget Pro.", &[(0, 10, "PRODUCT")]);
    let out = textlens(&["eval", "-", "--labels", "PRODUCT"], &gold);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("PRODUCT"), "{err}");
}
