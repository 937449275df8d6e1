//! Fuzz target: see `common/custom.rs` (replayed by `tests/fuzz_regressions.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::custom::run(data));
