//! Times analysis per call natively: the whole text, ~10 KB documents and single paragraphs.
//! `cargo run --profile native --example per_call -- FILE [ROUNDS]`
use std::time::Instant;
use textlens::{AnalyzeOptions, Analyzer};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: per_call FILE [ROUNDS]");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(1);
    };
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    // The first call pays for building the embedded tables and compiling the patterns: each part
    // timed alone, in pipeline order, on the first ~3 KB of the text.
    let mut cut = 3000.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let t = Instant::now();
    let _ = textlens::stats::report(head, 10, 3);
    let stats_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = textlens::recognize::patterns::find(head);
    let patterns_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = textlens::recognize::names::find(head);
    let names_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = textlens::analyze(head);
    let again_ms = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "first call on {cut} B: stats {stats_ms:.1} ms, patterns {patterns_ms:.1} ms, names {names_ms:.1} ms; \
         then a whole analysis {again_ms:.1} ms"
    );
    let paras: Vec<&str> = text.split("\n\n").filter(|p| !p.is_empty()).collect();
    let mut docs = Vec::new();
    let mut cur = String::new();
    for p in &paras {
        if !cur.is_empty() {
            cur.push_str("\n\n");
        }
        cur.push_str(p);
        if cur.len() >= 10_000 {
            docs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        docs.push(cur);
    }
    // `PER_CALL_ONLY="stats paras"` runs one case (for a profiler).
    let only = std::env::var("PER_CALL_ONLY").ok();
    let analyzer = Analyzer::new();
    let all = AnalyzeOptions::default();
    let stats = AnalyzeOptions {
        types: Some(Vec::new()),
        ..Default::default()
    };
    let mb = text.len() as f64 / 1e6;
    let whole = [text.as_str()];
    let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
    for (name, parts, opts) in [
        ("whole", &whole[..], &all),
        ("docs10k", &docs[..], &all),
        ("paras", &paras[..], &all),
        ("stats whole", &whole[..], &stats),
        ("stats paras", &paras[..], &stats),
    ] {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut best = f64::INFINITY;
        for _ in 0..rounds {
            let t = Instant::now();
            for p in parts {
                let _ = analyzer.analyze(p, opts);
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{name:<12} ({:>5} calls) {:>8.1} ms {:>7.1} MB/s",
            parts.len(),
            best * 1e3,
            mb / best
        );
    }
}
