//! User-defined recognisers: term lists matched as whole words, and regular expressions.
//!
//! **Terms** (`{PRODUCT: ["Galaxy S24", ...]}`) are compiled into one Aho-Corasick automaton, so
//! matching takes time linear in the text (plus the number of matches), whatever the number of
//! terms. A match counts only as a whole word: the characters around it must not be letters, digits
//! or `_` where the term itself starts or ends with one. Case-insensitive matching folds ASCII letters.
//!
//! **Patterns** (`[{label, regex}]`) use the `regex` crate, whose engines are finite automata: a
//! search takes time linear in the text for a given pattern, and no pattern can backtrack
//! catastrophically (there is no backtracking engine to blow up; look-around and back-references,
//! the features that need one, are refused at build time). The compiled size of each pattern is
//! capped ([`PATTERN_SIZE_LIMIT`]), so a pattern cannot exhaust memory either. A pattern that can
//! match the empty string is refused, because it would report empty mentions everywhere.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::{Regex, RegexBuilder};

use super::{Candidate, Source};
use crate::error::Error;
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
    terms: Option<AhoCorasick>,
    term_labels: Vec<Label>,
    term_edges: Vec<(bool, bool)>,
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
        let mut term_labels = Vec::with_capacity(terms.len());
        let mut term_edges = Vec::with_capacity(terms.len());
        for (label, term) in terms {
            let label = label_for(label)?;
            if term.trim().is_empty() {
                return Err(Error::InvalidOption {
                    option: "terms".to_string(),
                    reason: format!("label {label} has an empty term"),
                });
            }
            let first = term.chars().next().is_some_and(is_word_char);
            let last = term.chars().next_back().is_some_and(is_word_char);
            term_edges.push((first, last));
            term_labels.push(label);
        }
        let terms_ac = if terms.is_empty() {
            None
        } else {
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(case_insensitive)
                .build(terms.iter().map(|(_, t)| t.as_str()))
                .map_err(|e| Error::InvalidOption {
                    option: "terms".to_string(),
                    reason: e.to_string(),
                })?;
            Some(ac)
        };
        let patterns = patterns
            .iter()
            .map(|(label, pattern)| Ok((label_for(label)?, compile_pattern(label, pattern)?)))
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(CustomRecognizer {
            terms: terms_ac,
            term_labels,
            term_edges,
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
        if let Some(ac) = &self.terms {
            for m in ac.find_overlapping_iter(text) {
                let id = m.pattern().as_usize();
                let (Some(label), Some(&(first, last))) =
                    (self.term_labels.get(id), self.term_edges.get(id))
                else {
                    continue;
                };
                if (first
                    && text[..m.start()]
                        .chars()
                        .next_back()
                        .is_some_and(is_word_char))
                    || (last && text[m.end()..].chars().next().is_some_and(is_word_char))
                {
                    continue;
                }
                out.push(custom_candidate(m.start(), m.end(), label));
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
        out.sort_by_key(|c| (c.start, c.end));
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
