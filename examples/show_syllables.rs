//! Prints each word of a file with its syllable count, one per line (a debugging aid).
//!
//! ```text
//! cargo run --example show_syllables -- FILE
//! ```
fn main() -> Result<(), String> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: show_syllables FILE")?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    for (_, word) in textlens::segment::words(&text) {
        println!("{word}\t{}", textlens::stats::syllables::count(word));
    }
    Ok(())
}
