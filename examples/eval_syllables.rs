//! Scores `textlens::stats::syllables::count` against the CMU Pronouncing Dictionary on the held-out
//! words that the syllable table was not built from.
//!
//! ```text
//! cargo run --release --example eval_syllables -- "$(scripts/fetch_cmudict.sh)" [CORPUS.jsonl...] [--errors N]
//! ```
//!
//! A count is exact when it equals the syllable count of any of the word's pronunciations. Scored sets:
//! every held-out dictionary word, and (with corpus files, JSONL records with a `"text"`, or plain text)
//! the held-out words that occur in those texts, i.e. words of running English rather than rare names.
//! A baseline in the same run counts vowel groups, dropping a final silent `e`.

#[path = "common/cmudict.rs"]
mod cmudict;

use std::collections::{BTreeMap, BTreeSet};

use textlens::stats::syllables::{count, is_held_out, normalise, vowel_groups};

fn baseline(word: &str) -> usize {
    let letters = normalise(word);
    let mut n = vowel_groups(&letters).len();
    if n > 1 && letters.ends_with(b"e") && !letters.ends_with(b"le") && !letters.ends_with(b"ee") {
        n -= 1;
    }
    n.max(1)
}

fn corpus_words(paths: &[String]) -> Result<BTreeSet<String>, String> {
    let mut words = BTreeSet::new();
    for path in paths {
        let body = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        for line in body.lines() {
            let text = match serde_json::from_str::<serde_json::Value>(line) {
                Ok(v) => v["text"].as_str().unwrap_or("").to_string(),
                Err(_) => line.to_string(),
            };
            for (_, w) in textlens::segment::words(&text) {
                words.insert(w.to_lowercase());
            }
        }
    }
    Ok(words)
}

fn main() -> Result<(), String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut show_errors = 0;
    if let Some(i) = args.iter().position(|a| a == "--errors") {
        show_errors = args.get(i + 1).and_then(|v| v.parse().ok()).unwrap_or(30);
        args.drain(i..(i + 2).min(args.len()));
    }
    let (dict_path, corpora) = args
        .split_first()
        .ok_or("usage: eval_syllables CMUDICT [CORPUS...] [--errors N]")?;
    let dict = cmudict::load(dict_path)?;
    let running = corpus_words(corpora)?;
    let held_out: BTreeMap<&String, &Vec<usize>> =
        dict.iter().filter(|(w, _)| is_held_out(w)).collect();
    type WordSet<'a> = (&'a str, Vec<(&'a String, &'a Vec<usize>)>);
    let sets: Vec<WordSet> = vec![
        (
            "all held-out dictionary words",
            held_out.iter().map(|(w, c)| (*w, *c)).collect(),
        ),
        (
            "held-out words found in the corpus texts",
            held_out
                .iter()
                .filter(|(w, _)| running.contains(w.as_str()))
                .map(|(w, c)| (*w, *c))
                .collect(),
        ),
    ];
    println!("| word set | words | textlens exact | baseline exact |");
    println!("| --- | ---: | ---: | ---: |");
    for (name, words) in &sets {
        if words.is_empty() {
            continue;
        }
        let ours = words.iter().filter(|(w, c)| c.contains(&count(w))).count();
        let base = words
            .iter()
            .filter(|(w, c)| c.contains(&baseline(w)))
            .count();
        let n = words.len() as f64;
        println!(
            "| {name} | {} | {:.4} | {:.4} |",
            words.len(),
            ours as f64 / n,
            base as f64 / n
        );
    }
    let (_, errors_from) = &sets[0];
    for (w, c) in errors_from
        .iter()
        .filter(|(w, c)| !c.contains(&count(w)))
        .take(show_errors)
    {
        println!("{w}: textlens {} vs dictionary {c:?}", count(w));
    }
    Ok(())
}
