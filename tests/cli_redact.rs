//! `textlens redact FILE`, run as a user would run it.

mod support {
    pub mod cli;
}
use support::cli::textlens;

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("output is UTF-8")
}

#[test]
fn prints_the_text_with_placeholders_by_default() {
    let out = textlens(
        &["redact", "-"],
        "Mail ann@example.org or bob@example.org, server 10.0.0.1; again ann@example.org.\n",
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        stdout(&out),
        "Mail [EMAIL 1] or [EMAIL 2], server [IP_ADDRESS 1]; again [EMAIL 1].\n"
    );
}

#[test]
fn labels_style_and_mask_options() {
    let input = "Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32.";
    let out = textlens(
        &["redact", "-", "--labels", "IBAN", "--style", "label"],
        input,
    );
    assert_eq!(stdout(&out), "Card 4111 1111 1111 1111, IBAN [IBAN].");
    let out = textlens(
        &[
            "redact",
            "-",
            "--style",
            "mask",
            "--mask",
            "*",
            "--mask-length",
            "4",
        ],
        input,
    );
    assert_eq!(stdout(&out), "Card ****, IBAN ****.");
    let out = textlens(&["redact", "-", "--style", "mask"], "ip ::1");
    assert_eq!(stdout(&out), "ip ███");
}

#[test]
fn json_has_the_map_back_in_code_points() {
    let input = "😀 ann@example.org";
    let out = textlens(&["redact", "-", "--json"], input);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(json["text"], "😀 [EMAIL 1]");
    let r = &json["replacements"][0];
    assert_eq!(
        (r["start"].as_u64(), r["end"].as_u64()),
        (Some(2), Some(17))
    );
    assert_eq!(
        (r["redacted_start"].as_u64(), r["redacted_end"].as_u64()),
        (Some(2), Some(11))
    );
    assert_eq!(r["original"], "ann@example.org");
    assert_eq!(r["replacement"], "[EMAIL 1]");
    assert_eq!(r["label"], "EMAIL");
}

#[test]
fn bad_options_are_usage_errors_naming_the_option() {
    for (args, needle) in [
        (vec!["redact", "-", "--labels", "BANANA"], "BANANA"),
        (vec!["redact", "-", "--style", "blur"], "style"),
        (
            vec!["redact", "-", "--mask", "ab", "--style", "mask"],
            "--mask",
        ),
        (
            vec!["redact", "-", "--mask-length", "0", "--style", "mask"],
            "--mask-length",
        ),
        (vec!["redact", "-", "--mask", "*"], "--style mask"),
        (vec!["redact", "-", "--labels", "MISC"], "MISC"),
        (vec!["redact"], "FILE"),
    ] {
        let out = textlens(&args, "x");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}
