//! Built-in pattern recognisers: DATE, TIME, MONEY, PERCENT, NUMBER, ORDINAL, EMAIL, URL, PHONE,
//! HASHTAG, MENTION and the personal data IP_ADDRESS, CREDIT_CARD, IBAN and POSTCODE, with
//! normalised values where they are unambiguous.
//!
//! Each family lives in its own module and proposes candidates; overlaps between them (a NUMBER inside
//! a DATE, a MENTION inside a URL) are settled later by [`crate::resolve`], where the longer span wins.
//! Every regular expression uses ASCII word boundaries (`(?-u:\b)`), so the regex crate's lazy DFA
//! handles any input, non-ASCII included, without falling back to a slower engine.
//! What each label matches and refuses is documented in `docs/PATTERNS.md`.

/// A built-in pattern, compiled once on first use: `lazy_regex!(|| pattern)` is a `&'static Regex`.
/// The one place the pattern families keep their regexes (each call site gets its own cell).
macro_rules! lazy_regex {
    ($pattern:expr) => {{
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        crate::recognize::patterns::static_regex(&RE, $pattern)
    }};
}

mod contact;
mod date;
mod money;
mod number;
mod personal;
mod social;
mod time;

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::ascii_case::fold_ascii_case;
use super::{word_after, word_before, Candidate, Source};
use crate::analysis::Value;
use crate::label::Label;
use crate::steps::{run_now, Budget};

pub use number::parse_words as parse_number_words;

/// Finds every built-in pattern candidate in `text`, sorted by start (overlaps not yet resolved).
///
/// ```
/// use textlens::{Label, recognize::patterns::find, resolve::{resolve, Priority}};
/// let found = resolve(find("Mail ann@example.org by May 3 or see https://example.org/a?b=1."), Priority::Longest);
/// let labels: Vec<_> = found.iter().map(|c| c.label.clone()).collect();
/// assert_eq!(labels, [Label::Email, Label::Date, Label::Url]);
/// ```
pub fn find(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    let paragraphs = crate::segment::paragraphs(text);
    run_now(find_unsorted(
        text,
        &paragraphs,
        &mut out,
        &Budget::unlimited(),
    ));
    crate::recognize::sort_by_span(&mut out);
    out
}

/// [`find`] without the final sort, appending to `out`, over the [`crate::segment::paragraphs`] of
/// `text` (which a caller that has them passes in): text is searched paragraph by paragraph, so no
/// mention spans a blank line ("5\n\nJan 26" is not a date). The order [`crate::resolve`] needs is its
/// own, and candidates with equal spans keep their relative order either way (that sort is stable).
/// Spends one unit per byte from `budget`, a paragraph at a time.
pub(crate) async fn find_unsorted(
    text: &str,
    paragraphs: &[Range<usize>],
    out: &mut Vec<Candidate>,
    budget: &Budget,
) {
    for paragraph in paragraphs {
        let first = out.len();
        find_in(&text[paragraph.clone()], out);
        for c in &mut out[first..] {
            c.start += paragraph.start;
            c.end += paragraph.start;
        }
        budget.spend(paragraph.len()).await;
    }
}

/// Runs every family over `text`.
fn find_in(text: &str, out: &mut Vec<Candidate>) {
    contact::find(text, out);
    social::find(text, out);
    personal::find(text, out);
    let lower = ascii_lowercase(text);
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    if has_digit {
        time::find(text, &lower, out);
        money::find(text, &lower, out);
    } else {
        time::find_words(&lower, out);
        money::find_words(text, &lower, out);
    }
    date::find(text, out);
    number::find(text, &lower, out);
}

/// Every family's regexes.
const REGEXES: [&[fn() -> &'static Regex]; 6] = [
    contact::REGEXES,
    date::REGEXES,
    money::REGEXES,
    number::REGEXES,
    personal::REGEXES,
    time::REGEXES,
];

/// What compiling one built-in regex costs, in units of [`Budget`] (a few milliseconds in wasm).
const COMPILE_UNITS: usize = 64 * 1024;

/// Compiles the built-in regexes that are not compiled yet one at a time, spending from `budget`
/// after each, so that a stepped analysis's first step is not all of them at once (about 70 ms in
/// wasm). Compiling is what the first search would do anyway: results do not change.
pub(crate) async fn compile_in_steps(budget: &Budget) {
    static COMPILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if COMPILED.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    for regex in REGEXES.iter().flat_map(|family| family.iter()) {
        regex();
        budget.spend(COMPILE_UNITS).await;
    }
    COMPILED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Finds only the address-like candidates (EMAIL, URL, PHONE, HASHTAG, MENTION) and the personal
/// data (IP_ADDRESS, CREDIT_CARD, IBAN, POSTCODE) that may overlap them, sorted by start.
///
/// The analyser uses this when only these labels are asked for: no DATE, TIME, MONEY, NUMBER,
/// ORDINAL or PERCENT candidate is longer than an address-like mention it overlaps (their spans
/// hold `@`, `#`, `://`, a dotted domain or 10+ digits in groups, which the numeric families never
/// take in), so skipping those six families leaves the address-like mentions unchanged
/// (`tests/patterns.rs` checks this on every labelled snippet, `tests/pii.rs` on the personal-data
/// snippets) and costs three passes instead of twenty.
pub fn find_address_like(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    find_address_like_unsorted(text, &mut out);
    crate::recognize::sort_by_span(&mut out);
    out
}

/// [`find_address_like`] without the final sort, appending to `out` (see [`find_unsorted`]).
pub(crate) fn find_address_like_unsorted(text: &str, out: &mut Vec<Candidate>) {
    contact::find(text, out);
    social::find(text, out);
    // Not address-like, but a card or an IBAN holds digit groups a PHONE would take ("Amex 3465
    // 094974 80668"): it must take them here as in the full analysis.
    personal::find(text, out);
}

/// Compiles a static pattern once, its `(?i)` parts folded by [`fold_ascii_case`]. The patterns are
/// literals of this crate, covered by its tests, so compiling them cannot fail at run time.
fn static_regex(
    cell: &'static OnceLock<Regex>,
    pattern: impl FnOnce() -> String,
) -> &'static Regex {
    cell.get_or_init(|| {
        let folded = fold_ascii_case(&pattern()).expect("built-in patterns are valid regexes");
        Regex::new(&folded).expect("built-in patterns are valid regexes")
    })
}

/// `text` with its ASCII letters lowercased, at the same byte offsets (borrowed when it has no
/// capital). The patterns that are case-insensitive throughout search it with lowercase regexes:
/// where every letter of a `(?i)` regex is folded, that regex matches `text` exactly where its
/// lowercase form matches the lowercased text, with the same groups, and the lowercase form
/// compiles in a third of the time (each folded letter is a class, and the compiler's literal
/// extraction multiplies their cases out).
fn ascii_lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(text.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn candidate(start: usize, end: usize, label: Label, value: Option<Value>) -> Candidate {
    Candidate {
        start,
        end,
        label,
        value,
        source: Source::Pattern,
    }
}

/// The character just before byte `i`, if any.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The character at byte `i`, if any.
fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Test support: runs one family's `find` and resolves its overlaps, as (text, value) pairs.
#[cfg(test)]
fn resolved_spans(
    find: fn(&str, &mut Vec<Candidate>),
    text: &str,
) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    find(text, &mut out);
    crate::resolve::resolve(out, crate::resolve::Priority::Longest)
        .into_iter()
        .map(|c| {
            (
                text[c.start..c.end].to_string(),
                c.value.map(|v| v.to_string()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, String)> {
        crate::resolve::resolve(find(text), crate::resolve::Priority::Longest)
            .into_iter()
            .map(|c| (&text[c.start..c.end], c.label.to_string()))
            .collect()
    }

    #[test]
    fn url_loses_trailing_punctuation_but_keeps_balanced_brackets() {
        assert_eq!(
            spans("See (https://en.wikipedia.org/wiki/Rust_(language)). Or www.rust-lang.org."),
            [
                (
                    "https://en.wikipedia.org/wiki/Rust_(language)",
                    "URL".to_string()
                ),
                ("www.rust-lang.org", "URL".to_string())
            ]
        );
    }

    #[test]
    fn email_needs_a_domain_with_a_dot() {
        assert_eq!(
            spans("a@b is not, but a.b@c.io is"),
            [("a.b@c.io", "EMAIL".to_string())]
        );
    }

    #[test]
    fn no_mention_spans_a_blank_line() {
        assert_eq!(
            spans("5\n\nJan 26"),
            [("5", "NUMBER".to_string()), ("Jan 26", "DATE".to_string())]
        );
        let para = "Call (212) 555-0199 at 9:30 am on May 3, 2024; $5 million, 12%.";
        let alone = spans(para);
        let text = format!("{para}\n\n{para}");
        let twice = spans(&text);
        assert_eq!(twice.len(), 2 * alone.len());
        assert_eq!(&twice[..alone.len()], &alone[..]);
    }
}

#[cfg(test)]
mod timing {
    /// CPU time of this thread in seconds (Linux, user + system, in clock ticks of 10 ms), so a
    /// loaded machine does not inflate the figure; callers measure over a second or more.
    fn cpu_seconds() -> f64 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
        let fields: Vec<&str> = stat
            .rsplit_once(") ")
            .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        (ticks(11) + ticks(12)) / 100.0
    }

    /// Prints the speed of each family (by CPU time) on English prose; for tuning, not a check.
    /// `cargo test --profile native --lib timing -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn per_family() {
        let mut text = String::new();
        for file in ["wikigold.jsonl", "re3d_open.jsonl", "conll2003_dev.jsonl"] {
            let path = format!(
                "{}/../shared/data/ner-dev/{file}",
                env!("CARGO_MANIFEST_DIR")
            );
            for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
                if let Some(t) = line
                    .split("\"text\": \"")
                    .nth(1)
                    .and_then(|r| r.split("\", \"").next())
                {
                    text.push_str(t);
                    text.push_str("\n\n");
                }
            }
        }
        if text.is_empty() {
            while text.len() < 1_000_000 {
                text.push_str(include_str!("../../../www/samples/sample.txt"));
            }
        }
        type Family = fn(&str, &mut Vec<super::Candidate>);
        fn all(text: &str, out: &mut Vec<super::Candidate>) {
            out.extend(super::find(text));
        }
        fn baseline(text: &str, out: &mut Vec<super::Candidate>) {
            let re = lazy_regex!(|| "[0-9]+".to_string());
            let n = re.find_iter(text).count();
            out.truncate(n.min(out.len()));
        }
        let families: [(&str, Family); 9] = [
            ("baseline", baseline),
            ("contact", super::contact::find),
            ("social", super::social::find),
            ("personal", super::personal::find),
            ("time", |t, o| {
                super::time::find(t, &super::ascii_lowercase(t), o)
            }),
            ("money", |t, o| {
                super::money::find(t, &super::ascii_lowercase(t), o)
            }),
            ("date", super::date::find),
            ("number", |t, o| {
                super::number::find(t, &super::ascii_lowercase(t), o)
            }),
            ("ALL", all),
        ];
        for (name, f) in families {
            let mut out = Vec::new();
            f(&text, &mut out);
            let t = cpu_seconds();
            let mut runs = 0;
            while cpu_seconds() - t < 1.0 {
                out.clear();
                f(&text, &mut out);
                runs += 1;
            }
            let secs = (cpu_seconds() - t) / f64::from(runs);
            println!(
                "{name:8} {:8.1} MB/s by CPU time ({} bytes)",
                text.len() as f64 / secs / 1e6,
                text.len()
            );
        }
    }
}

#[cfg(test)]
mod compile_cost {
    /// Prints what compiling each built-in regex costs natively (the first call pays for all of
    /// them; in wasm about seven times as much); for tuning, not a check.
    /// `cargo test --profile native --lib compile_cost -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn each() {
        let mut total = 0.0;
        for (f, family) in super::REGEXES.iter().enumerate() {
            for (i, regex) in family.iter().enumerate() {
                let pattern = regex().as_str().to_string();
                let t = std::time::Instant::now();
                let n: u32 = std::env::var("COMPILE_N")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(20);
                if std::env::var("COMPILE_ONLY").is_ok_and(|o| o != format!("{f}.{i}")) {
                    continue;
                }
                for _ in 0..n {
                    let _ = regex::Regex::new(&pattern);
                }
                let ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(n);
                total += ms;
                println!("family {f} regex {i}: {ms:5.2} ms ({} B)", pattern.len());
            }
        }
        println!("total {total:.2} ms");
    }
}
