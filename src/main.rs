//! The `textlens` command-line tool. See `textlens --help`.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command-line tool is native only; the wasm build uses the library.
#[cfg(target_arch = "wasm32")]
fn main() {}
