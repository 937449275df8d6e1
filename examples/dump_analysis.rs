//! Prints the default analysis of each file given as JSON, one line per file, to check that an
//! optimisation leaves results unchanged (diff the output of two builds).
//! `cargo run --profile native --example dump_analysis -- FILE...`
fn main() {
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let analysis = textlens::analyze(&text);
                match serde_json::to_string(&analysis) {
                    Ok(json) => println!("{json}"),
                    Err(err) => eprintln!("{path}: {err}"),
                }
            }
            Err(err) => eprintln!("cannot read {path}: {err}"),
        }
    }
}
