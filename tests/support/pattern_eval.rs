//! Scoring of the pattern recognisers against the labelled corpus `tests/data/patterns*.txt`.
//! Shared by `tests/patterns.rs` and `examples/eval_patterns.rs`.

use std::collections::BTreeMap;

use textlens::{AnalyzeOptions, Analyzer};

/// The labels the corpus scores.
pub const LABELS: [&str; 11] = [
    "DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "EMAIL", "URL", "PHONE", "HASHTAG",
    "MENTION",
];

/// One gold span: byte range in the plain text, label, expected value (if any).
#[derive(Clone, Debug, PartialEq)]
pub struct Gold {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub value: Option<String>,
}

/// A snippet: plain text and its gold spans (NONE spans are documentation and are dropped).
pub struct Snippet {
    pub line: usize,
    pub text: String,
    pub gold: Vec<Gold>,
}

/// Parses the `[[text|LABEL|value]]` markup, one snippet per non-comment line.
pub fn parse(corpus: &str) -> Vec<Snippet> {
    let mut out = Vec::new();
    for (n, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut text = String::new();
        let mut gold = Vec::new();
        let mut rest = line;
        while let Some(open) = rest.find("[[") {
            text.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let close = after
                .find("]]")
                .unwrap_or_else(|| panic!("line {}: unclosed [[", n + 1));
            let inner = &after[..close];
            let mut parts = inner.split('|');
            let span = parts.next().unwrap_or_default();
            let label = parts
                .next()
                .unwrap_or_else(|| panic!("line {}: no label in {inner}", n + 1));
            let value = parts.next().map(str::to_string);
            let start = text.len();
            text.push_str(span);
            if label != "NONE" {
                assert!(
                    LABELS.contains(&label),
                    "line {}: unknown label {label}",
                    n + 1
                );
                gold.push(Gold {
                    start,
                    end: text.len(),
                    label: label.to_string(),
                    value,
                });
            }
            rest = &after[close + 2..];
        }
        text.push_str(rest);
        out.push(Snippet {
            line: n + 1,
            text,
            gold,
        });
    }
    out
}

/// Counts for one label.
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub values_right: usize,
    pub values_checked: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// The result of scoring a corpus: per-label counts and the list of errors, for reading.
pub struct Report {
    pub snippets: usize,
    pub scores: BTreeMap<&'static str, Score>,
    pub errors: Vec<String>,
}

/// Runs the default analyser on every snippet and scores exact span+label matches and values.
pub fn evaluate(corpus: &str) -> Report {
    let analyzer = Analyzer::new();
    let snippets = parse(corpus);
    let mut scores: BTreeMap<&'static str, Score> =
        LABELS.iter().map(|l| (*l, Score::default())).collect();
    let mut errors = Vec::new();
    for s in &snippets {
        let analysis = analyzer
            .analyze(&s.text, &AnalyzeOptions::default())
            .expect("analysis runs");
        let predicted: Vec<Gold> = analysis
            .mentions
            .iter()
            .filter(|m| LABELS.contains(&m.label.as_str()))
            .map(|m| Gold {
                start: m.start,
                end: m.end,
                label: m.label.to_string(),
                value: m.value.as_ref().map(|v| v.to_string()),
            })
            .collect();
        for g in &s.gold {
            let label = LABELS
                .iter()
                .find(|l| **l == g.label)
                .copied()
                .unwrap_or("DATE");
            let score = scores.entry(label).or_default();
            match predicted
                .iter()
                .find(|p| p.start == g.start && p.end == g.end && p.label == g.label)
            {
                Some(p) => {
                    score.tp += 1;
                    score.values_checked += 1;
                    if p.value == g.value {
                        score.values_right += 1;
                    } else {
                        errors.push(format!(
                            "line {}: {} {:?} value {:?}, expected {:?}",
                            s.line,
                            g.label,
                            &s.text[g.start..g.end],
                            p.value,
                            g.value
                        ));
                    }
                }
                None => {
                    score.fn_ += 1;
                    errors.push(format!(
                        "line {}: missed {} {:?}",
                        s.line,
                        g.label,
                        &s.text[g.start..g.end]
                    ));
                }
            }
        }
        for p in &predicted {
            if !s
                .gold
                .iter()
                .any(|g| g.start == p.start && g.end == p.end && g.label == p.label)
            {
                let label = LABELS
                    .iter()
                    .find(|l| **l == p.label)
                    .copied()
                    .unwrap_or("DATE");
                scores.entry(label).or_default().fp += 1;
                errors.push(format!(
                    "line {}: spurious {} {:?}",
                    s.line,
                    p.label,
                    &s.text[p.start..p.end]
                ));
            }
        }
    }
    Report {
        snippets: snippets.len(),
        scores,
        errors,
    }
}

/// Scores several corpus files as one: counts are summed and each error names its file.
pub fn evaluate_files(files: &[(&str, &str)]) -> Report {
    let mut total = Report {
        snippets: 0,
        scores: LABELS.iter().map(|l| (*l, Score::default())).collect(),
        errors: Vec::new(),
    };
    for (name, corpus) in files {
        let report = evaluate(corpus);
        total.snippets += report.snippets;
        for (label, s) in report.scores {
            let t = total.scores.entry(label).or_default();
            t.tp += s.tp;
            t.fp += s.fp;
            t.fn_ += s.fn_;
            t.values_right += s.values_right;
            t.values_checked += s.values_checked;
        }
        total
            .errors
            .extend(report.errors.into_iter().map(|e| format!("{name} {e}")));
    }
    total
}

/// A printable table of precision, recall and value accuracy per label.
pub fn table(report: &Report) -> String {
    let mut out = format!(
        "{} snippets\n{:8} {:>5} {:>5} {:>5} {:>9} {:>7} {:>7}\n",
        report.snippets, "label", "tp", "fp", "fn", "precision", "recall", "values"
    );
    for (label, s) in &report.scores {
        out.push_str(&format!(
            "{:8} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>4}/{:<4}\n",
            label,
            s.tp,
            s.fp,
            s.fn_,
            s.precision(),
            s.recall(),
            s.values_right,
            s.values_checked
        ));
    }
    out
}
