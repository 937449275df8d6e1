//! Total syllables of running prose by textlens against the CMU Pronouncing Dictionary, per text
//! and over all (docs/STATISTICS.md, "Syllables on running prose"):
//!
//! ```text
//! cargo run --release --example syllable_totals -- "$(scripts/fetch_cmudict.sh)" tests/data/texts/*.txt
//! ```
//!
//! Only the words the dictionary lists are counted (their share is printed); the dictionary's count
//! is its first pronunciation's. "held out" restricts to the tenth of the dictionary that the
//! syllable table was not built from.

#[path = "common/cmudict.rs"]
mod cmudict;
#[path = "common/syllable_totals.rs"]
mod syllable_totals;

use syllable_totals::{totals, Totals};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dict_path, texts) = args
        .split_first()
        .ok_or("usage: syllable_totals CMUDICT TEXT...")?;
    let dictionary = cmudict::load(dict_path)?;
    println!("| text | tokens | in dictionary | textlens | CMUdict | error | held-out tokens | held-out textlens | held-out CMUdict | held-out error |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let row = |name: &str, t: &Totals| {
        println!(
            "| {name} | {} | {} ({:.1}%) | {} | {} | {:+.2}% | {} | {} | {} | {:+.2}% |",
            t.tokens,
            t.in_dictionary,
            100.0 * t.in_dictionary as f64 / t.tokens.max(1) as f64,
            t.textlens,
            t.dictionary,
            100.0 * t.error(),
            t.held_out,
            t.held_out_textlens,
            t.held_out_dictionary,
            100.0 * t.held_out_error()
        );
    };
    let mut all = Totals::default();
    for path in texts {
        let body = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let t = totals(&body, &dictionary);
        all.add(t);
        let name = path.rsplit('/').next().unwrap_or(path);
        row(name, &t);
    }
    row("**all**", &all);
    Ok(())
}
