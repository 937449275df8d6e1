//! Times each pipeline stage natively on a corpus file (plain text), to find where analysis spends its time.
//! Each stage runs `RUNS` times (default 5) and the fastest run is reported, as the machine is shared.
//! `cargo run --profile native --example profile_stages -- FILE [RUNS]`
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: profile_stages FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("cannot read {path}: {err}");
            std::process::exit(1);
        }
    };
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let mb = text.len() as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn() -> usize| {
        let mut s = f64::INFINITY;
        let mut n = 0;
        for _ in 0..runs.max(1) {
            let t = Instant::now();
            n = f();
            s = s.min(t.elapsed().as_secs_f64());
        }
        println!("{name:<28} {:>8.1} ms {:>8.1} MB/s  ({n})", s * 1e3, mb / s);
    };
    time("words", &|| textlens::segment::words(&text).count());
    time("sentences", &|| textlens::segment::sentences(&text).len());
    time("paragraphs", &|| textlens::segment::paragraphs(&text).len());
    time("stats::compute", &|| textlens::stats::compute(&text).words);
    time("stats::report", &|| {
        textlens::stats::report(&text, 10, 3).keywords.len()
    });
    time("patterns::find", &|| {
        textlens::recognize::patterns::find(&text).len()
    });
    time("names::find", &|| textlens::recognize::names::find(&text).len());
    time("names + link", &|| {
        let analysis = textlens::Analyzer::new()
            .analyze(
                &text,
                &textlens::AnalyzeOptions {
                    types: Some(vec![textlens::Label::Person]),
                    keywords: 0,
                    key_sentences: 0,
                    ..Default::default()
                },
            )
            .map(|a| a.entities.len());
        analysis.unwrap_or(0)
    });
    time("analyze (all)", &|| textlens::analyze(&text).mentions.len());
}
