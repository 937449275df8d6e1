//! Sentence-boundary evaluation against gold derived from the shared NER data.
//!
//! ```text
//! cargo run --release --example eval_sentences -- ../shared/data/ner-dev/conll2003_dev.jsonl \
//!     ../shared/data/ner-dev/crossner_dev.jsonl [--errors N]
//! ```
//!
//! How the gold is derived (records are `{"id", "source", "text", ...}` JSONL):
//! - **CoNLL-2003** records are documents whose sentences are joined with `\n`. Each line is a gold
//!   sentence. The input is rebuilt by joining a line to the next with a space when the line ends with
//!   final punctuation (`.`, `!`, `?`, possibly followed by closing quotes or brackets) — as running
//!   prose would — and with `\n` otherwise (headlines, datelines and table rows have no final
//!   punctuation and stand on their own line in the original layout). A line without final
//!   punctuation that is followed by a line starting in lower case was wrapped, not ended: the two are
//!   one gold sentence, kept on two lines.
//! - **CrossNER** records are single, independent sentences; each run of 20 consecutive records of the
//!   same `source` is joined with a space into one document.
//! - Records of any other source keep no sentence structure (wikigold, SEC and GUM join sentences with a
//!   space) and are skipped.
//!
//! With `--spaces-only`, CoNLL lines are all joined with a space (a harder, unnatural layout where a
//! headline runs into the next sentence).
//!
//! A boundary is the byte offset where a sentence other than the first of its document starts.
//! Precision, recall and F1 compare the predicted boundaries with the gold ones, for textlens and two
//! naive baselines on the same documents: [`textlens::segment::naive_sentences`] (after `.!?` and
//! whitespace, and at every line break) and the same without the line breaks.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

struct Doc {
    source: String,
    text: String,
    gold: BTreeSet<usize>,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    true_pos: usize,
    predicted: usize,
    gold: usize,
}

impl Tally {
    fn add(&mut self, predicted: &BTreeSet<usize>, gold: &BTreeSet<usize>) {
        self.true_pos += predicted.intersection(gold).count();
        self.predicted += predicted.len();
        self.gold += gold.len();
    }

    fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.true_pos, self.predicted);
        let r = ratio(self.true_pos, self.gold);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn ends_with_final_punctuation(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', ')', ']', '\u{201D}', '\u{2019}'])
        .ends_with(['.', '!', '?'])
}

fn join(sentences: &[&str], separator: impl Fn(&str) -> &'static str) -> (String, BTreeSet<usize>) {
    let mut text = String::new();
    let mut gold = BTreeSet::new();
    for (k, s) in sentences.iter().enumerate() {
        if k > 0 {
            text.push_str(separator(sentences[k - 1]));
            gold.insert(text.len());
        }
        text.push_str(s);
    }
    (text, gold)
}

/// The lines of a CoNLL document, with each line that has no final punctuation and is followed by a
/// line starting in lower case merged with that line (it was wrapped, not ended).
fn conll_sentences(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut continues = false;
    for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        match out.last_mut() {
            Some(last) if continues && line.starts_with(char::is_lowercase) => {
                last.push('\n');
                last.push_str(line);
            }
            _ => out.push(line.to_string()),
        }
        continues = !ends_with_final_punctuation(line);
    }
    out
}

fn load(path: &str, spaces_only: bool) -> Result<Vec<Doc>, String> {
    let body = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    let mut crossner: Vec<(String, String)> = Vec::new();
    let mut skipped = 0;
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}: {e}"))?;
        let source = record["source"].as_str().unwrap_or("").to_string();
        let text = record["text"].as_str().unwrap_or("").to_string();
        if source.starts_with("conll2003") {
            let lines = conll_sentences(&text);
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            let (text, gold) = join(&lines, |prev| {
                if spaces_only || ends_with_final_punctuation(prev) {
                    " "
                } else {
                    "\n"
                }
            });
            docs.push(Doc {
                source: "conll2003".into(),
                text,
                gold,
            });
        } else if source.starts_with("crossner") {
            crossner.push((source, text.trim().to_string()));
        } else {
            skipped += 1;
        }
    }
    let mut k = 0;
    while k < crossner.len() {
        let source = crossner[k].0.clone();
        let mut group = Vec::new();
        while k < crossner.len() && crossner[k].0 == source && group.len() < 20 {
            group.push(crossner[k].1.as_str());
            k += 1;
        }
        let (text, gold) = join(&group, |_| " ");
        docs.push(Doc {
            source: "crossner".into(),
            text,
            gold,
        });
    }
    if skipped > 0 {
        eprintln!("{path}: skipped {skipped} records without sentence structure");
    }
    Ok(docs)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The strictest reading of the naive baseline: a boundary after `.`, `!` or `?` (and closing quotes
/// or brackets) followed by whitespace, and nowhere else (not at bare line breaks).
fn strict_naive_boundaries(text: &str) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') {
            let mut end = i + 1;
            while end < bytes.len()
                && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
            {
                end += 1;
            }
            let rest = &text[end..];
            let next = rest.trim_start();
            if rest.starts_with(char::is_whitespace) && !next.is_empty() {
                out.insert(text.len() - next.len());
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn boundaries(sentences: &[Range<usize>]) -> BTreeSet<usize> {
    sentences.iter().skip(1).map(|r| r.start).collect()
}

fn main() -> Result<(), String> {
    let mut paths = Vec::new();
    let mut show_errors = 0usize;
    let mut spaces_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--spaces-only" {
            spaces_only = true;
        } else if arg == "--errors" {
            show_errors = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        } else {
            paths.push(arg);
        }
    }
    if paths.is_empty() {
        return Err("usage: eval_sentences FILE.jsonl... [--spaces-only] [--errors N]".into());
    }
    let mut docs = Vec::new();
    for path in &paths {
        docs.extend(load(path, spaces_only)?);
    }
    let mut ours: BTreeMap<String, Tally> = BTreeMap::new();
    let mut naive: BTreeMap<String, Tally> = BTreeMap::new();
    let mut strict: BTreeMap<String, Tally> = BTreeMap::new();
    let mut errors = Vec::new();
    for doc in &docs {
        let predicted = boundaries(&textlens::segment::sentences(&doc.text));
        let baseline = boundaries(&textlens::segment::naive_sentences(&doc.text));
        let strict_baseline = strict_naive_boundaries(&doc.text);
        for key in [doc.source.clone(), "all".to_string()] {
            ours.entry(key.clone())
                .or_default()
                .add(&predicted, &doc.gold);
            naive
                .entry(key.clone())
                .or_default()
                .add(&baseline, &doc.gold);
            strict
                .entry(key)
                .or_default()
                .add(&strict_baseline, &doc.gold);
        }
        for &b in predicted.symmetric_difference(&doc.gold) {
            let kind = if doc.gold.contains(&b) {
                "missed"
            } else {
                "extra "
            };
            let lo = floor_boundary(&doc.text, b.saturating_sub(50));
            let hi = ceil_boundary(&doc.text, b + 30);
            errors.push(format!(
                "{kind} {:?} | {:?}",
                &doc.text[lo..b],
                &doc.text[b..hi]
            ));
        }
    }
    println!("| corpus | documents | gold boundaries | splitter | precision | recall | F1 |");
    println!("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
    for (key, tally) in &ours {
        let n = docs
            .iter()
            .filter(|d| key == "all" || &d.source == key)
            .count();
        for (name, t) in [
            ("textlens", tally),
            ("naive", &naive[key]),
            ("naive, no line breaks", &strict[key]),
        ] {
            let (p, r, f) = t.prf();
            println!(
                "| {key} | {n} | {} | {name} | {p:.4} | {r:.4} | {f:.4} |",
                t.gold
            );
        }
    }
    for e in errors.iter().take(show_errors) {
        println!("{e}");
    }
    Ok(())
}
