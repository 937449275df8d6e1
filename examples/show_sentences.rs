//! Prints the sentences textlens finds in a file, one per line (a debugging aid).
//!
//! ```text
//! cargo run --example show_sentences -- FILE
//! ```
fn main() -> Result<(), String> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: show_sentences FILE")?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    for range in textlens::segment::sentences(&text) {
        println!("[{}]", text[range].replace('\n', "⏎"));
    }
    Ok(())
}
