//! Times the statistics report (counts, keyphrases, key sentences) natively on a text file, fastest
//! of RUNS (default 7): `cargo run --profile native --example time_keyphrases -- FILE [RUNS]`.
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: time_keyphrases FILE [RUNS]");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(1);
    };
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(7);
    for (name, k, s) in [("stats only", 0, 0), ("report 10 + 3", 10, 3)] {
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(textlens::stats::report(&text, k, s));
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{name:<16} {:>7.1} ms", best * 1e3);
    }
    for (name, k, s) in [("analyze 0 + 0", 0, 0), ("analyze all", 10, 3)] {
        let options = textlens::AnalyzeOptions {
            keywords: k,
            key_sentences: s,
            ..Default::default()
        };
        let mut best = f64::INFINITY;
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(
                textlens::Analyzer::new()
                    .analyze(&text, &options)
                    .map(|a| a.mentions.len())
                    .unwrap_or(0),
            );
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("{name:<16} {:>7.1} ms", best * 1e3);
    }
}
