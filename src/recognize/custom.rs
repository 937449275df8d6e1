//! User-defined recognisers: term lists matched as whole words, and regular expressions.
//!
//! **Terms** (`{PRODUCT: ["Galaxy S24", ...]}`) are matched as whole words. The text is cut into
//! tokens (runs of letters, digits and `_`, or single other characters), and a hash index holds every
//! token-prefix of every term ("Galaxy", "Galaxy S24"). From each token of the text the matcher
//! extends the span token by token while it is a known prefix, so matching takes time linear in the
//! text (times the token count of the longest term, a constant of the term list) whatever the number
//! of terms, and building is one hash insertion per token of each term: 100,000 terms build in tens
//! of milliseconds, where an Aho-Corasick automaton took 0.8-4 s on the same machine (see
//! `bench/README.md`). A term never matches inside a longer word ("Pixel" in "Pixels"), because spans
//! start and end on token edges. Case-insensitive matching folds ASCII letters (`to_ascii_lowercase`
//! keeps every byte offset).
//!
//! **Patterns** (`[{label, regex}]`) use the `regex` crate, whose engines are finite automata: a
//! search takes time linear in the text for a given pattern, and no pattern can backtrack
//! catastrophically (there is no backtracking engine to blow up; look-around and back-references,
//! the features that need one, are refused at build time). The compiled size of each pattern is
//! capped ([`PATTERN_SIZE_LIMIT`]), so a pattern cannot exhaust memory either. A pattern that can
//! match the empty string is refused, because it would report empty mentions everywhere.
//! Under `(?i)` a pattern folds ASCII letters only, as terms do (see [`super::ascii_case`]).

use std::borrow::Cow;

use regex::{Regex, RegexBuilder};

use super::ascii_case::fold_ascii_case;

use super::{Candidate, Source};
use crate::error::Error;
use crate::fast_hash::{hash_bytes as hash, FastMap, FastSet};
use crate::label::Label;

/// Largest compiled size of one user pattern, in bytes (passed to `RegexBuilder::size_limit`).
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;
/// Largest lazy-DFA cache of one user pattern, in bytes (`RegexBuilder::dfa_size_limit`).
pub const PATTERN_DFA_LIMIT: usize = 2 << 20;

/// Compiled user terms and patterns. Build it with [`CustomRecognizer::new`].
///
/// ```
/// use textlens::recognize::custom::CustomRecognizer;
/// let terms = vec![("PRODUCT".to_string(), "Galaxy S24".to_string())];
/// let patterns = vec![("TICKER".to_string(), r"\$[A-Z]{2,5}\b".to_string())];
/// let custom = CustomRecognizer::new(&terms, &patterns, false).unwrap();
/// let text = "Galaxy S24 fans bought $AAPL, not Galaxy S24x.";
/// let found: Vec<_> = custom.find(text).iter().map(|c| &text[c.start..c.end]).collect();
/// assert_eq!(found, ["Galaxy S24", "$AAPL"]);
/// ```
#[derive(Clone, Debug)]
pub struct CustomRecognizer {
    /// Hashes of every token-prefix of every term (case-folded if asked), whole terms included.
    prefixes: FastSet<u64>,
    /// Hash of a whole term → the terms with that hash (indices into `bounds`).
    whole: FastMap<u64, Vec<u32>>,
    /// All terms (case-folded if asked), one after the other.
    texts: String,
    /// Each term: its byte range in `texts` and its label (index into `term_labels`).
    bounds: Vec<(u32, u32, u32)>,
    /// Distinct term labels.
    term_labels: Vec<Label>,
    /// The largest number of tokens in one term.
    max_tokens: usize,
    case_insensitive: bool,
    patterns: Vec<(Label, Regex)>,
}

impl CustomRecognizer {
    /// Compiles `terms` and `patterns`, each a list of `(label, text)` pairs.
    ///
    /// Labels may be built-in names (to add terms to `PERSON`, say) or new names checked by
    /// [`Label::custom`]. Fails on an invalid label, an empty term, an invalid regex (naming the
    /// pattern, with the regex crate's message), or a regex that can match the empty string.
    pub fn new(
        terms: &[(String, String)],
        patterns: &[(String, String)],
        case_insensitive: bool,
    ) -> Result<Self, Error> {
        let mut prefixes: FastSet<u64> = FastSet::default();
        let mut whole: FastMap<u64, Vec<u32>> = FastMap::default();
        prefixes.reserve(terms.len() * 2);
        whole.reserve(terms.len());
        let mut texts = String::new();
        let mut bounds: Vec<(u32, u32, u32)> = Vec::with_capacity(terms.len());
        let mut term_labels: Vec<Label> = Vec::new();
        let mut label_names: Vec<&str> = Vec::new();
        let mut max_tokens = 0;
        for (label, term) in terms {
            let label_id = match label_names.iter().position(|l| *l == label.as_str()) {
                Some(i) => i,
                None => {
                    term_labels.push(label_for(label)?);
                    label_names.push(label);
                    label_names.len() - 1
                }
            } as u32;
            let term = term.trim();
            if term.is_empty() {
                return Err(Error::InvalidOption {
                    option: "terms".to_string(),
                    reason: format!("label {label} has an empty term"),
                });
            }
            let start = texts.len();
            if case_insensitive {
                texts.extend(term.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                texts.push_str(term);
            }
            let folded = &texts[start..];
            let tokens = tokens(folded);
            max_tokens = max_tokens.max(tokens.len());
            for &(_, end) in &tokens {
                prefixes.insert(hash(&folded.as_bytes()[..end]));
            }
            let (Ok(start32), Ok(end32)) = (u32::try_from(start), u32::try_from(texts.len()))
            else {
                return Err(Error::InvalidOption {
                    option: "terms".to_string(),
                    reason: "the terms total more than 4 GiB".to_string(),
                });
            };
            whole
                .entry(hash(folded.as_bytes()))
                .or_default()
                .push(bounds.len() as u32);
            bounds.push((start32, end32, label_id));
        }
        let patterns = patterns
            .iter()
            .map(|(label, pattern)| Ok((label_for(label)?, compile_pattern(label, pattern)?)))
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(CustomRecognizer {
            prefixes,
            whole,
            texts,
            bounds,
            term_labels,
            max_tokens,
            case_insensitive,
            patterns,
        })
    }

    /// Every label these terms and patterns can report.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.term_labels
            .iter()
            .chain(self.patterns.iter().map(|(label, _)| label))
    }

    /// Finds every whole-word term and every pattern match in `text` (overlaps not yet resolved).
    pub fn find(&self, text: &str) -> Vec<Candidate> {
        let mut out = Vec::new();
        if !self.bounds.is_empty() {
            let folded: Cow<str> = if self.case_insensitive {
                Cow::Owned(text.to_ascii_lowercase())
            } else {
                Cow::Borrowed(text)
            };
            let spans = tokens(&folded);
            for (i, &(start, _)) in spans.iter().enumerate() {
                for &(_, end) in spans[i..].iter().take(self.max_tokens) {
                    let span = &folded.as_bytes()[start..end];
                    let h = hash(span);
                    if !self.prefixes.contains(&h) {
                        break;
                    }
                    for &id in self.whole.get(&h).into_iter().flatten() {
                        let Some(&(a, b, label)) = self.bounds.get(id as usize) else {
                            continue;
                        };
                        if self.texts.as_bytes().get(a as usize..b as usize) == Some(span) {
                            if let Some(label) = self.term_labels.get(label as usize) {
                                out.push(custom_candidate(start, end, label));
                            }
                        }
                    }
                }
            }
        }
        for (label, regex) in &self.patterns {
            for m in regex.find_iter(text) {
                out.push(custom_candidate(m.start(), m.end(), label));
            }
        }
        out
    }
}

fn custom_candidate(start: usize, end: usize, label: &Label) -> Candidate {
    Candidate {
        start,
        end,
        label: label.clone(),
        value: None,
        source: Source::Custom,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Byte spans of the tokens of `text`: maximal runs of word characters, or single characters that
/// are neither word characters nor whitespace.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut run: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            run.get_or_insert(i);
            continue;
        }
        if let Some(start) = run.take() {
            out.push((start, i));
        }
        if !c.is_whitespace() {
            out.push((i, i + c.len_utf8()));
        }
    }
    if let Some(start) = run {
        out.push((start, text.len()));
    }
    out
}

/// A built-in label by name, or a new custom one (checked by [`Label::custom`]).
fn label_for(name: &str) -> Result<Label, Error> {
    name.parse::<Label>().or_else(|_| Label::custom(name))
}

/// Compiles one user pattern with capped size; refuses one that can match the empty string.
fn compile_pattern(label: &str, pattern: &str) -> Result<Regex, Error> {
    let invalid = |reason: String| Error::InvalidPattern {
        label: label.to_string(),
        pattern: pattern.to_string(),
        reason,
    };
    // `(?i)` folds ASCII letters only (the `regex` build has no Unicode case tables).
    let pattern = &fold_ascii_case(pattern).map_err(|e| invalid(e.to_string()))?;
    let regex = RegexBuilder::new(pattern)
        .size_limit(PATTERN_SIZE_LIMIT)
        .dfa_size_limit(PATTERN_DFA_LIMIT)
        .build()
        .map_err(|e| invalid(e.to_string()))?;
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .map_err(|e| invalid(e.to_string()))?;
    if hir.properties().minimum_len() == Some(0) {
        return Err(invalid(
            "the pattern can match the empty string; make it match at least one character"
                .to_string(),
        ));
    }
    Ok(regex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    fn found(custom: &CustomRecognizer, text: &str) -> Vec<(String, String)> {
        let mut out = custom.find(text);
        crate::recognize::sort_by_span(&mut out);
        out.into_iter()
            .map(|c| (text[c.start..c.end].to_string(), c.label.to_string()))
            .collect()
    }

    #[test]
    fn terms_match_whole_words_with_optional_case_folding() {
        let terms = pairs(&[
            ("PRODUCT", "Galaxy S24"),
            ("PRODUCT", "Pixel"),
            ("PERSON", "Ann"),
        ]);
        let exact = CustomRecognizer::new(&terms, &[], false).unwrap();
        assert_eq!(
            found(&exact, "Pixels, pixel, Pixel 8, Annie, Ann, galaxy s24"),
            [
                ("Pixel".to_string(), "PRODUCT".to_string()),
                ("Ann".to_string(), "PERSON".to_string())
            ]
        );
        let folded = CustomRecognizer::new(&terms, &[], true).unwrap();
        assert_eq!(found(&folded, "pixel; galaxy s24!").len(), 2);
    }

    #[test]
    fn terms_that_start_or_end_with_punctuation_need_no_boundary_there() {
        let terms = pairs(&[("LANG", "C++"), ("LANG", ".NET")]);
        let custom = CustomRecognizer::new(&terms, &[], false).unwrap();
        assert_eq!(found(&custom, "C++ and ASP.NET").len(), 2);
    }

    #[test]
    fn bad_patterns_and_labels_are_errors_that_name_them() {
        let err = CustomRecognizer::new(&[], &pairs(&[("TICKER", "[A-Z")]), false).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("TICKER") && msg.contains("[A-Z"), "{msg}");
        assert!(matches!(err, Error::InvalidPattern { .. }));

        let err = CustomRecognizer::new(&[], &pairs(&[("CODE", r"\d*")]), false).unwrap_err();
        assert!(err.to_string().contains("empty string"), "{err}");
        let err = CustomRecognizer::new(&[], &pairs(&[("CODE", r"\b")]), false).unwrap_err();
        assert!(err.to_string().contains("empty string"), "{err}");

        let err = CustomRecognizer::new(&[], &pairs(&[("CODE", r"(a+)+\1")]), false).unwrap_err();
        assert!(err.to_string().contains("backreferences"), "{err}");

        let err = CustomRecognizer::new(&pairs(&[("product", "x")]), &[], false).unwrap_err();
        assert!(matches!(err, Error::InvalidLabel { .. }));
        let err = CustomRecognizer::new(&pairs(&[("PRODUCT", " ")]), &[], false).unwrap_err();
        assert!(err.to_string().contains("empty term"), "{err}");
    }

    #[test]
    fn huge_patterns_are_refused_by_the_size_limit() {
        let err =
            CustomRecognizer::new(&[], &pairs(&[("BIG", r"\w{1000}\w{1000}")]), false).unwrap_err();
        assert!(err.to_string().contains("size limit"), "{err}");
    }
}
