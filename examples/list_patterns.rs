//! Lists the built-in pattern mentions of a text file, one per line (`LABEL<TAB>mention<TAB>context`),
//! after overlap resolution, to spot-check the recognisers on unlabelled text or to diff two builds.
//! `cargo run --release --example list_patterns -- [--address-like] FILE...` (`--address-like`: run only
//! the EMAIL, URL, PHONE, HASHTAG and MENTION recognisers, as the analyser does when only those are
//! asked for).
use textlens::recognize::patterns::{find, find_address_like};
use textlens::resolve::{resolve, Priority};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let address_like = args.iter().any(|a| a == "--address-like");
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(err) => {
                eprintln!("cannot read {path}: {err}");
                std::process::exit(1);
            }
        };
        let candidates = if address_like {
            find_address_like(&text)
        } else {
            find(&text)
        };
        for c in resolve(candidates, Priority::Longest) {
            let mut from = c.start.saturating_sub(30);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (c.end + 30).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            let context = text[from..to].replace(['\n', '\t'], " ");
            println!("{}\t{}\t{context}", c.label, &text[c.start..c.end]);
        }
    }
}
