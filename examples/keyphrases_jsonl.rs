//! Reads JSON lines `{"id": ..., "text": ...}` on stdin and writes `{"id": ..., "keyphrases": [...]}`
//! per line on stdout: the texts of the top keyphrases of a full analysis (names recognised), for
//! `scripts/keyphrase_eval.py`.
//! `cargo run --release --example keyphrases_jsonl -- [N]` (N keyphrases per text, default 10)
use std::io::{BufRead, Write};

use textlens::{AnalyzeOptions, Analyzer};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let analyzer = Analyzer::new();
    let options = AnalyzeOptions {
        keywords: n,
        key_sentences: 0,
        ..Default::default()
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (number, line) in std::io::stdin().lock().lines().enumerate() {
        let result = line
            .map_err(|e| e.to_string())
            .and_then(|line| {
                serde_json::from_str::<serde_json::Value>(&line).map_err(|e| e.to_string())
            })
            .and_then(|doc| {
                let text = doc["text"].as_str().ok_or("no \"text\"")?;
                let analysis = analyzer
                    .analyze(text, &options)
                    .map_err(|e| e.to_string())?;
                let phrases: Vec<&str> =
                    analysis.keywords.iter().map(|k| k.text.as_str()).collect();
                Ok(serde_json::json!({ "id": doc["id"], "keyphrases": phrases }))
            });
        match result {
            Ok(value) => {
                if writeln!(out, "{value}").is_err() {
                    return;
                }
            }
            Err(err) => {
                eprintln!("line {}: {err}", number + 1);
                std::process::exit(1);
            }
        }
    }
}
