//! Hostile input and invalid options on the command line (issue 13, point 2): each gives a result
//! or a message naming the bad argument with exit code 1 or 2, never a panic.

mod support {
    pub mod cli;
}
use support::cli::textlens;

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn hostile_texts_analyse() {
    for input in [
        String::new(),
        " \n\t\u{A0}".repeat(1000),
        "\n".repeat(100_000),
        "\0\u{1}\u{1B}[0m\u{7F}".repeat(1000),
        "\u{202E}abc\u{2066}".repeat(1000),
        "👨\u{200D}👩\u{200D}👧 ".repeat(1000),
        format!("a{}", "\u{301}".repeat(500)),
        "?!.,;".repeat(10_000),
    ] {
        let out = textlens(&["analyze", "-", "--json"], &input);
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("the output is JSON");
        assert!(json["stats"]["characters"].is_u64());
    }
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let out = textlens(&["analyze", "-"], b"ok \xFF\xFE bad");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("offset 3"), "{}", stderr(&out));
}

#[test]
fn invalid_options_name_the_argument() {
    let dir = std::env::temp_dir().join(format!("textlens-cli-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad_json = dir.join("bad.json");
    std::fs::write(&bad_json, "{\"PRODUCT\": [1, 2]}").unwrap();
    let bad_label = dir.join("label.json");
    std::fs::write(&bad_label, "{\"product\": [\"x\"]}").unwrap();
    let bad_json = bad_json.to_str().unwrap();
    let bad_label = bad_label.to_str().unwrap();
    for (args, named) in [
        (vec!["analyze", "-", "--offsets", "bytes"], "bytes"),
        (vec!["analyze", "-", "--types", "person"], "person"),
        (vec!["analyze", "-", "--types", "PRODUCT"], "PRODUCT"),
        (vec!["analyze", "-", "--types", "MISC"], "MISC"),
        (vec!["analyze", "-", "--keywords", "-1"], "--keywords"),
        (
            vec!["analyze", "-", "--key-sentences", "many"],
            "--key-sentences",
        ),
        (vec!["analyze", "-", "--pattern", "NOEQUALS"], "--pattern"),
        (vec!["analyze", "-", "--pattern", "BAD=("], "BAD"),
        (vec!["analyze", "-", "--pattern", "EMPTY=a*"], "EMPTY"),
        (vec!["analyze", "-", "--pattern", "lower=x"], "lower"),
        (vec!["analyze", "-", "--priority", "loudest"], "loudest"),
        (vec!["analyze", "-", "--terms", bad_json], "--terms"),
        (vec!["analyze", "-", "--terms", bad_label], "product"),
        (
            vec!["analyze", "-", "--terms", "/nonexistent/terms.json"],
            "/nonexistent",
        ),
        (vec!["analyze", "/nonexistent/input.txt"], "/nonexistent"),
        (vec!["analyze", "-", "--frobnicate"], "--frobnicate"),
        (vec!["analyze"], "FILE"),
        (vec!["frobnicate"], "frobnicate"),
    ] {
        let out = textlens(&args, "Some text.");
        let code = out.status.code();
        assert!(code == Some(1) || code == Some(2), "{args:?}: {code:?}");
        assert!(stderr(&out).contains(named), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{args:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
