//! User terms and patterns: arbitrary labels, terms and regular expressions build an analyser or
//! fail with an error; a built analyser analyses arbitrary text with the usual invariants.
//!
//! Input: byte 0 holds flags (bit 0 ignore case, bit 1 longest-first priority, bits 2–3 the offset
//! unit); then lines up to a line `--`: `T<LABEL>=<term>` adds a term, `P<LABEL>=<regex>` a
//! pattern; everything after that line is the text.
use textlens::{resolve::Priority, AnalyzeOptions, Analyzer};

/// Runs one input; panics on a finding.
pub fn run(data: &[u8]) {
    let flags = data.first().copied().unwrap_or(0);
    let body = String::from_utf8_lossy(data.get(1..).unwrap_or_default());
    let (spec, text) = body.split_once("\n--\n").unwrap_or((&body, ""));
    let mut builder = Analyzer::builder()
        .case_insensitive_terms(flags & 1 == 1)
        .priority(if flags & 2 == 2 {
            Priority::Longest
        } else {
            Priority::CustomFirst
        });
    for line in spec.lines() {
        let Some((kind, rest)) = line.split_at_checked(1) else {
            continue;
        };
        let Some((label, value)) = rest.split_once('=') else {
            continue;
        };
        builder = match kind {
            "T" => builder.term(label, value),
            "P" => builder.pattern(label, value),
            _ => continue,
        };
    }
    let analyzer = match builder.build() {
        Ok(analyzer) => analyzer,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let labels = analyzer.labels();
    let unit = super::unit(flags >> 2);
    let options = AnalyzeOptions {
        offsets: unit,
        keywords: 3,
        key_sentences: 1,
        ..Default::default()
    };
    let analysis = analyzer
        .analyze(text, &options)
        .expect("a built analyser analyses any text");
    super::check(text, unit, &analysis);
    assert!(analysis.mentions.iter().all(|m| labels.contains(&m.label)));
}
