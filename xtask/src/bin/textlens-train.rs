//! `textlens-train`: trains the name tagger on the openly licensed training sets and writes the
//! model that the crate embeds.
//!
//! ```text
//! cargo run --release -p xtask --bin textlens-train -- \
//!     src/recognize/names/data/model.bin ../shared/data/ner-train ../shared/data/ner-dev
//! ```
//!
//! Deterministic: files are read in name order, shuffling uses a fixed seed. A tool of the `xtask`
//! workspace member, built with the library's `train` feature; nothing of it ships.

use std::process::ExitCode;

use textlens::recognize::names::features::{LOC, MISC, O, ORG, PER};
use textlens::recognize::names::train::{train, Example, Settings};

/// Maps a corpus label to a tag class (see the training data's README for the coarse mapping).
fn class(label: &str) -> u8 {
    match label {
        "PERSON" | "POLITICIAN" | "WRITER" | "MUSICALARTIST" | "SCIENTIST" | "RESEARCHER" => PER,
        "ORG" | "POLITICALPARTY" | "BAND" | "UNIVERSITY" | "MAGAZINE" | "ACADEMICJOURNAL"
        | "GROUP" => ORG,
        "PLACE" | "COUNTRY" => LOC,
        "MISC" | "EVENT" | "ELECTION" | "AWARD" | "ALBUM" | "SONG" | "BOOK" | "POEM"
        | "CONFERENCE" | "PRODUCT" | "CREATIVE_WORK" | "PROGRAMLANG" => MISC,
        _ => O,
    }
}

/// How many times each corpus is seen per epoch: the edited, news-like text counts more than
/// tweets (`TL_WEIGHTS="gum=2,crossner=2"` overrides, for experiments).
fn repeats(path: &str) -> usize {
    let spec = std::env::var("TL_WEIGHTS").unwrap_or_else(|_| DEFAULT_WEIGHTS.to_string());
    for item in spec.split(',') {
        if let Some((name, n)) = item.split_once('=') {
            if path.contains(name) {
                return n.parse().unwrap_or(1);
            }
        }
    }
    1
}

const DEFAULT_WEIGHTS: &str = "gum=2,crossner=2";

fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// Adds upper-cased copies of some ASCII sentences, so that headlines are seen in training.
fn headline_copies(ex: &Example, seed: &mut u64, out: &mut Vec<Example>) {
    for r in textlens::segment::sentences(&ex.text) {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let sentence = &ex.text[r.clone()];
        if (*seed >> 33) % 100 >= 8 || !sentence.is_ascii() || sentence.len() < 20 {
            continue;
        }
        let spans = ex
            .spans
            .iter()
            .filter(|&&(s, e, _)| s >= r.start && e <= r.end)
            .map(|&(s, e, c)| (s - r.start, e - r.start, c))
            .collect();
        out.push(Example {
            text: sentence.to_ascii_uppercase(),
            spans,
        });
    }
}

/// The `.jsonl` files of `inputs` (each a file or a directory of them), in name order, leaving
/// out the CoNLL-2003 files: Reuters text, which may not be used to train what ships.
fn data_files(inputs: &[String]) -> Result<Vec<std::path::PathBuf>, String> {
    let mut paths = Vec::new();
    for input in inputs {
        let path = std::path::PathBuf::from(input);
        if path.is_dir() {
            let mut found: Vec<_> = std::fs::read_dir(&path)
                .map_err(|e| format!("cannot read {input}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect();
            found.sort();
            paths.extend(found);
        } else {
            paths.push(path);
        }
    }
    paths.retain(|p| {
        let conll = p.to_string_lossy().contains("conll2003");
        if conll {
            eprintln!("skipping {} (not openly licensed)", p.display());
        }
        !conll
    });
    Ok(paths)
}

fn load(inputs: &[String]) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    for path in data_files(inputs)? {
        let body = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (n, line) in body.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let rec: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
            let text = rec["text"].as_str().unwrap_or_default().to_string();
            let offsets = byte_offsets(&text);
            let mut spans = Vec::new();
            for ent in rec["entities"].as_array().into_iter().flatten() {
                let c = class(ent["label"].as_str().unwrap_or_default());
                let (s, e) = (
                    ent["start"].as_u64().unwrap_or(0) as usize,
                    ent["end"].as_u64().unwrap_or(0) as usize,
                );
                if c != O && s < e && e < offsets.len() {
                    spans.push((offsets[s], offsets[e], c));
                }
            }
            let copies = repeats(&path.to_string_lossy());
            for _ in 0..copies {
                out.push(Example {
                    text: text.clone(),
                    spans: spans.clone(),
                });
            }
        }
        eprintln!("read {} ({} documents so far)", path.display(), out.len());
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out_path, inputs @ ..] = args.as_slice() else {
        eprintln!(
            "usage: textlens-train OUT_MODEL DATA...  (each DATA a .jsonl file or a directory)"
        );
        return ExitCode::from(2);
    };
    if inputs.is_empty() {
        eprintln!(
            "usage: textlens-train OUT_MODEL DATA...  (each DATA a .jsonl file or a directory)"
        );
        return ExitCode::from(2);
    }
    let mut examples = match load(inputs) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("textlens-train: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut seed = 17u64;
    let mut extra = Vec::new();
    for ex in &examples {
        headline_copies(ex, &mut seed, &mut extra);
    }
    eprintln!("{} upper-cased sentence copies added", extra.len());
    examples.extend(extra);
    let settings = Settings {
        epochs: std::env::var("TL_EPOCHS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(8),
        seed: 20261127,
        max_features: std::env::var("TL_MAXF")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1_000_000),
        min_count: std::env::var("TL_MINC")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(40),
        o_bias: std::env::var("TL_OBIAS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(7.0),
        key_bits: std::env::var("TL_BITS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(22),
        levels: std::env::var("TL_LEVELS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20),
    };
    let bytes = train(&examples, &settings, |line| eprintln!("{line}"));
    if let Err(e) = std::fs::write(out_path, &bytes) {
        eprintln!("textlens-train: cannot write {out_path}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("wrote {out_path} ({} bytes)", bytes.len());
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_labels_map_to_the_coarse_classes() {
        assert_eq!(class("POLITICIAN"), PER);
        assert_eq!(class("UNIVERSITY"), ORG);
        assert_eq!(class("COUNTRY"), LOC);
        assert_eq!(class("ALBUM"), MISC);
        assert_eq!(class("ALGORITHM"), O);
    }

    #[test]
    fn data_files_are_sorted_and_leave_out_conll() {
        let dir = std::env::temp_dir().join(format!("textlens-train-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for name in ["b.jsonl", "a.jsonl", "conll2003_dev.jsonl", "notes.txt"] {
            std::fs::write(dir.join(name), "").expect("write");
        }
        let found = data_files(&[dir.to_string_lossy().into_owned()]).expect("listed");
        let names: Vec<_> = found
            .iter()
            .filter_map(|p| p.file_name()?.to_str())
            .collect();
        assert_eq!(names, ["a.jsonl", "b.jsonl"]);
        std::fs::remove_dir_all(&dir).expect("clean up");
    }

    #[test]
    fn offsets_map_code_points_to_bytes() {
        assert_eq!(byte_offsets("aé東"), [0, 1, 3, 6]);
    }
}
