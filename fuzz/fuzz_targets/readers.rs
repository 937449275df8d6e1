//! Fuzz target: see `common/readers.rs` (replayed by `tests/fuzz_regressions.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::readers::run(data));
