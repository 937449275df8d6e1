//! Prints per-label precision and recall of the pattern recognisers on the labelled corpus.
//!
//! `cargo run --release --example eval_patterns [-- --errors] [FILE...]`
//! (default files: the enforced corpus tests/data/patterns.txt and patterns_b.txt, the held-out set C
//! tests/data/patterns_c.txt, and the first held-out file tests/data/patterns_holdout.txt).

#[path = "../tests/support/pattern_eval.rs"]
mod pattern_eval;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let mut files: Vec<String> = args.into_iter().filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        files = vec![
            "tests/data/patterns.txt".into(),
            "tests/data/patterns_b.txt".into(),
            "tests/data/patterns_c.txt".into(),
            "tests/data/patterns_holdout.txt".into(),
        ];
    }
    for file in files {
        let corpus = match std::fs::read_to_string(&file) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("cannot read {file}: {e}");
                std::process::exit(1);
            }
        };
        let report = pattern_eval::evaluate_files(&[(&file, &corpus)]);
        println!("== {file}");
        print!("{}", pattern_eval::table(&report));
        if show_errors {
            for e in &report.errors {
                println!("  {e}");
            }
        }
        println!();
    }
}
