//! Front coding of the embedded sorted word lists (the statistics' Dale–Chall list and syllable
//! table, the name recogniser's gazetteers), which makes them 15–30% smaller in the gzip'd wasm than
//! one word per line (bench/README.md, "Decisions that still stand").
//!
//! Each entry is written as one ASCII digit `n` (0–9), the number of leading bytes it shares with the
//! entry before it, then the rest of the entry; the next digit starts the next entry. Entries must
//! not contain ASCII digits.
//!
//! The readable lists (`data/*.txt` next to the code that embeds them) stay the source of truth: the
//! `.fc` files are generated from them, and the `compact_files_match_the_readable_lists` tests fail
//! until they agree (`TEXTLENS_WRITE_FC=1 cargo test --lib compact_files` rewrites them).

/// The entries of a front-coded list, in order.
pub(crate) fn decode(data: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let bytes = data.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let shared = usize::from(bytes[i].wrapping_sub(b'0'));
        let rest_end = bytes[i + 1..]
            .iter()
            .position(u8::is_ascii_digit)
            .map_or(bytes.len(), |n| i + 1 + n);
        let previous = out.last().map_or("", String::as_str);
        // A malformed prefix length (never in the committed files) shares nothing rather than panic.
        let head = previous.get(..shared).unwrap_or("");
        let entry = format!("{head}{}", &data[i + 1..rest_end]);
        out.push(entry);
        i = rest_end;
    }
    out
}

/// Front-codes `entries` (sorted, without ASCII digits).
#[cfg(test)]
pub(crate) fn encode<'a>(entries: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut previous = "";
    for entry in entries {
        let shared = previous
            .bytes()
            .zip(entry.bytes())
            .take(9)
            .take_while(|(a, b)| a == b)
            .count();
        // Never split a character: back off to a char boundary of the entry.
        let shared = (0..=shared)
            .rev()
            .find(|&n| entry.is_char_boundary(n))
            .unwrap_or(0);
        out.push(char::from(b'0' + shared as u8));
        out.push_str(&entry[shared..]);
        previous = entry;
    }
    out
}

/// Test helper: fails unless `committed` (the embedded `DIR/NAME` file, `DIR` relative to the crate
/// root) equals `expected`, or rewrites the file when `TEXTLENS_WRITE_FC` is set.
#[cfg(test)]
pub(crate) fn check_compact_file(dir: &str, name: &str, expected: &str, committed: &str) {
    if expected != committed && std::env::var_os("TEXTLENS_WRITE_FC").is_some() {
        let path = format!("{}/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, expected).expect("write the .fc file");
        return;
    }
    assert!(
        expected == committed,
        "{dir}/{name} is out of date: run TEXTLENS_WRITE_FC=1 cargo test --lib compact_files"
    );
}

/// Test helper: the entries of a readable list (one per line; blank lines and `#` comments skipped).
#[cfg(test)]
pub(crate) fn readable_words(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let words = [
            "a", "able", "aboard", "about", "b", "can't", "café", "cafés", "x-ray",
        ];
        let coded = encode(words);
        assert_eq!(coded, "0a1ble2oard3ut0b0can't2fé5s0x-ray");
        assert_eq!(decode(&coded), words);
        assert!(decode("").is_empty());
    }
}
