//! Replays the fuzz targets' committed inputs through the targets' own code (`fuzz/`, run by
//! `scripts/fuzz.sh`, docs/FUZZING.md), on stable and without libFuzzer: the seed corpora of
//! `fuzz/seeds/TARGET/` and every input that once made a target fail, `fuzz/regressions/TARGET/`
//! (copy the file from `fuzz/artifacts/TARGET/` there; its name says what it found).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/fuzz_targets/common/mod.rs"]
mod fuzz;

use std::path::Path;

/// Runs `target` on every file of `fuzz/seeds/NAME` and `fuzz/regressions/NAME`; returns how many.
fn replay(name: &str, target: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut inputs = 0;
    for dir in [
        root.join("seeds").join(name),
        root.join("regressions").join(name),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let data = std::fs::read(&path).expect("a committed fuzz input reads");
            eprintln!("{name}: {}", path.display());
            target(&data);
            inputs += 1;
        }
    }
    inputs
}

#[test]
fn analyze_inputs_replay() {
    assert!(replay("analyze", fuzz::analyze::run) >= 1);
}

#[test]
fn offsets_inputs_replay() {
    assert!(replay("offsets", fuzz::offsets::run) >= 1);
}

#[test]
fn custom_inputs_replay() {
    assert!(replay("custom", fuzz::custom::run) >= 1);
}

#[test]
fn readers_inputs_replay() {
    assert!(replay("readers", fuzz::readers::run) >= 1);
}

/// The empty input and a lone flag byte reach every target's edge cases (no text, no options).
#[test]
fn tiny_inputs_pass_every_target() {
    for data in [&[][..], &[0], &[1], &[0xFF], &[9, 0xFF, 0xFF, 0xFF]] {
        fuzz::analyze::run(data);
        fuzz::offsets::run(data);
        fuzz::custom::run(data);
        fuzz::readers::run(data);
    }
}
