//! Speed of the built-in pattern recognisers and of user terms, against a trivial-regex baseline
//! measured in the same run. Run: `cargo bench --profile native --bench patterns`.
//!
//! The text is English prose: the texts of `../shared/data/ner-dev/wikigold.jsonl`, `re3d_open.jsonl`
//! and `conll2003_dev.jsonl` when that folder exists (beside the project's root; about 0.55 MB), else
//! the demo sample repeated to 1 MB. The size is printed at the end.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::Instant;

    use criterion::{black_box, criterion_group, Criterion, Throughput};
    use regex::Regex;
    use textlens::recognize::custom::CustomRecognizer;
    use textlens::recognize::patterns;
    use textlens::resolve::{resolve, Priority};
    use textlens::{AnalyzeOptions, Analyzer};

    fn prose() -> String {
        let mut text = String::new();
        for file in ["wikigold.jsonl", "re3d_open.jsonl", "conll2003_dev.jsonl"] {
            let path = format!(
                "{}/../shared/data/ner-dev/{file}",
                env!("CARGO_MANIFEST_DIR")
            );
            let Ok(body) = std::fs::read_to_string(path) else {
                continue;
            };
            for line in body.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v["text"].as_str() {
                        text.push_str(t);
                        text.push_str("\n\n");
                    }
                }
            }
        }
        if text.is_empty() {
            let sample = include_str!("../www/samples/sample.txt");
            while text.len() < 1_000_000 {
                text.push_str(sample);
            }
        }
        let mut cut = text.len().min(1_000_000);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text
    }

    /// 100,000 distinct made-up product names, reproducible.
    fn terms(n: usize) -> Vec<(String, String)> {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        (0..n)
            .map(|i| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let len = 5 + (state % 10) as usize;
                let word: String = (0..len)
                    .map(|j| (b'a' + ((state >> (j * 5)) % 26) as u8) as char)
                    .collect();
                ("PRODUCT".to_string(), format!("{word} {i}"))
            })
            .collect()
    }

    fn bench(c: &mut Criterion) {
        let text = prose();
        let mut group = c.benchmark_group("patterns");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(20);

        let trivial = Regex::new(r"[0-9]+").expect("valid");
        group.bench_function("baseline: one trivial regex [0-9]+", |b| {
            b.iter(|| trivial.find_iter(black_box(&text)).count())
        });
        group.bench_function("all built-in patterns (find)", |b| {
            b.iter(|| patterns::find(black_box(&text)).len())
        });
        group.bench_function("all built-in patterns + resolve", |b| {
            b.iter(|| resolve(patterns::find(black_box(&text)), Priority::CustomFirst).len())
        });
        let big = terms(100_000);
        let custom = CustomRecognizer::new(&big, &[], true).expect("terms build");
        group.bench_function("100,000 user terms (find)", |b| {
            b.iter(|| custom.find(black_box(&text)).len())
        });
        let analyzer = Analyzer::new();
        group.bench_function("Analyzer::analyze (whole pipeline)", |b| {
            b.iter(|| {
                analyzer
                    .analyze(black_box(&text), &AnalyzeOptions::default())
                    .map(|a| a.mentions.len())
            })
        });
        group.finish();

        let mut build = c.benchmark_group("terms");
        build.sample_size(10);
        build.bench_function("build 100,000 terms", |b| {
            b.iter(|| CustomRecognizer::new(black_box(&big), &[], false).map(|_| ()))
        });
        build.finish();

        let started = Instant::now();
        let _ = CustomRecognizer::new(&big, &[], false);
        println!(
            "one build of 100,000 terms: {:.1} ms; text: {} bytes",
            started.elapsed().as_secs_f64() * 1000.0,
            text.len()
        );
    }

    criterion_group!(benches, bench);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

/// Benchmarks run natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}
