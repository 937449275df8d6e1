//! Runs the `textlens` binary as a user would, feeding `input` on standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `textlens ARGS` with `input` on stdin and returns what it printed and its exit status.
pub fn textlens(args: &[&str], input: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_textlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the textlens binary runs");
    // The process may exit before reading its input (a usage error): a broken pipe is fine.
    let _ = child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_ref());
    child.wait_with_output().expect("textlens finishes")
}
