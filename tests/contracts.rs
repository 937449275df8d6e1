//! One source for every contract: the labels, the analysis options and their types, the input limit
//! and the highlight CSS names are defined in Rust ([`Label::REPORTED`], [`ANALYZE_OPTIONS`],
//! [`MAX_TEXT_BYTES`], [`Label::css_name`]); every copy outside Rust is checked against them here, so
//! any drift in `pkg/index.d.ts`, the extension's label groups, the CSS, the JS limit or the READMEs'
//! option tables fails this test.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use regex::Regex;
use textlens::{AnalyzeOptions, Analyzer, Label, ANALYZE_OPTIONS, MAX_TEXT_BYTES};

fn read(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn reported() -> Vec<String> {
    Label::REPORTED
        .iter()
        .map(|l| l.as_str().to_string())
        .collect()
}

/// Every capture 1 of `pattern` in `text`.
fn all(pattern: &str, text: &str) -> Vec<String> {
    Regex::new(pattern)
        .unwrap()
        .captures_iter(text)
        .map(|c| c[1].to_string())
        .collect()
}

/// The text between `start` and the next line that is exactly `end`.
fn block<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let at = text
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not found"));
    let rest = &text[at..];
    &rest[..rest
        .find(&format!("\n{end}\n"))
        .unwrap_or_else(|| panic!("end of {start:?}"))]
}

#[test]
fn index_d_ts_declares_the_reported_labels_and_the_options() {
    let dts = read("pkg/index.d.ts");
    let labels = block(&dts, "export type BuiltInLabel =", "");
    assert_eq!(all(r#""([A-Z_]+)""#, labels), reported());
    let options = block(&dts, "export interface AnalyzeOptions {", "}");
    let declared: Vec<(String, String)> = Regex::new(r"(?m)^  (\w+)\?: ([^;]+);")
        .unwrap()
        .captures_iter(options)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    let expected: Vec<(String, String)> = ANALYZE_OPTIONS
        .iter()
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect();
    assert_eq!(declared, expected);
}

#[test]
fn the_extensions_label_groups_are_the_reported_labels() {
    let messages = read("extension/src/shared/messages.js");
    let groups = block(&messages, "export const LABEL_GROUPS", "]);");
    assert_eq!(all(r#""([A-Z_]+)""#, groups), reported());
}

#[test]
fn the_demo_has_no_label_list_of_its_own() {
    // The demo shows the labels of the mentions it gets; a hard-coded list would drift.
    for file in ["www/app.js", "www/index.html"] {
        let source = read(file);
        for label in reported() {
            assert!(
                !source.contains(&format!("\"{label}\"")),
                "{file} names {label}"
            );
        }
    }
}

#[test]
fn the_stylesheet_has_one_rule_per_reported_label_per_renderer() {
    let css = read("pkg/highlight.css");
    let names: Vec<String> = Label::REPORTED.iter().map(Label::css_name).collect();
    // Rules start a line (the comment's example, textlens-product, a custom label, is not a rule).
    let highlights = all(r"(?m)^::highlight\(([\w-]+)\)\s*\{", &css);
    assert_eq!(highlights, names);
    assert_eq!(
        all(r#"mark\[data-textlens\]\[data-label="(\w+)"\]"#, &css),
        reported()
    );
    // Each rule's colour is the label's custom property.
    for (rule, var) in Regex::new(r"(?m)^(?:::highlight\(([\w-]+)\)|mark\[data-textlens\]\[data-label=.(\w+).\]) \{ background-color: var\(--([\w-]+),")
        .unwrap()
        .captures_iter(&css)
        .map(|c| {
            let rule = c.get(1).map_or_else(
                || Label::named(&c[2]).unwrap().css_name(),
                |m| m.as_str().to_string(),
            );
            (rule, c[3].to_string())
        })
    {
        assert_eq!(rule, var);
    }
    // The JS derives the same names from the same prefix.
    let js = read("pkg/highlight/render-highlight-api.js");
    assert!(
        js.contains(&format!("`{}${{", Label::CSS_PREFIX)),
        "highlightName's prefix"
    );
}

#[test]
fn the_js_limit_is_the_core_limit_under_the_same_name() {
    let api = read("pkg/lib/api.js");
    let factors = all(r"export const MAX_TEXT_BYTES = ([\d *]+);", &api);
    assert_eq!(factors.len(), 1, "one MAX_TEXT_BYTES in pkg/lib/api.js");
    let value: usize = factors[0]
        .split('*')
        .map(|f| f.trim().parse::<usize>().unwrap())
        .product();
    assert_eq!(value, MAX_TEXT_BYTES);
    for file in ["pkg/index.d.ts", "pkg/README.md", "README.md"] {
        assert!(!read(file).contains("MAX_INPUT_BYTES"), "{file}");
    }
}

#[test]
fn the_readmes_option_tables_list_every_option_with_its_type() {
    let row = Regex::new(r"(?m)^\| `(\w+)` \| `([^`]+)`").unwrap();
    for file in ["README.md", "pkg/README.md"] {
        let text = read(file);
        let table = block(&text, "| option | type | meaning |", "");
        let rows: Vec<(String, String)> = row
            .captures_iter(table)
            .map(|c| (c[1].to_string(), c[2].to_string()))
            .collect();
        let expected: Vec<(String, String)> = ANALYZE_OPTIONS
            .iter()
            .map(|(k, t)| (k.to_string(), t.to_string()))
            .collect();
        assert_eq!(rows, expected, "{file}");
    }
    // pkg/README.md's list of labels.
    let readme = read("pkg/README.md");
    let list = block(&readme, "Labels: `", "");
    let list = &list[..list
        .find("and your own")
        .expect("the end of the label list")];
    assert_eq!(all(r"`([A-Z_]+)`", list), reported());
}

#[test]
fn every_label_types_accepts_is_one_an_analysis_can_report() {
    let analyzer = Analyzer::new();
    assert_eq!(
        analyzer.labels(),
        Label::REPORTED.into_iter().collect::<BTreeSet<_>>()
    );
    for label in Label::BUILT_IN {
        let options = AnalyzeOptions {
            types: Some(vec![label.clone()]),
            ..Default::default()
        };
        let result = analyzer.analyze("text", &options);
        if label == Label::Misc {
            let err = result.unwrap_err().to_string();
            assert!(err.contains("\"types\"") && err.contains("MISC"), "{err}");
            assert!(analyzer.document(&options).is_err());
        } else {
            assert!(result.is_ok(), "{label}");
            assert!(Label::REPORTED.contains(&label));
        }
    }
}

#[test]
fn index_d_ts_declares_the_redact_options() {
    let dts = read("pkg/index.d.ts");
    let options = block(&dts, "export interface RedactOptions {", "}");
    let declared: Vec<(String, String)> = Regex::new(r"(?m)^  (\w+)\?: ([^;]+);")
        .unwrap()
        .captures_iter(options)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    let expected: Vec<(String, String)> = textlens::REDACT_OPTIONS
        .iter()
        .map(|(k, t)| (k.to_string(), t.to_string()))
        .collect();
    assert_eq!(declared, expected);
    let default = block(&dts, "export interface RedactOptions {", "}");
    let labels: Vec<String> = Label::REDACT_DEFAULT
        .iter()
        .map(|l| l.as_str().to_string())
        .collect();
    let line = default
        .lines()
        .find(|l| l.contains("default ["))
        .expect("the default labels");
    let list = line
        .split("default [")
        .nth(1)
        .and_then(|l| l.split(']').next());
    assert_eq!(all(r#""([A-Z_]+)""#, list.unwrap_or("")), labels);
}
