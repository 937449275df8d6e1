//! Built-in pattern recognisers: e-mail addresses and URLs.

use std::sync::OnceLock;

use regex::Regex;

use super::{Candidate, Source};
use crate::label::Label;

fn email() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")
            .expect("static e-mail regex is valid")
    })
}

fn url() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:https?://|www\.)[^\s<>\x22]+").expect("static URL regex is valid")
    })
}

/// Finds e-mail addresses and URLs in `text`.
///
/// ```
/// use textlens::{Label, recognize::patterns::find};
/// let found = find("Write to ann@example.org or see https://example.org/a?b=1.");
/// let labels: Vec<_> = found.iter().map(|c| c.label.clone()).collect();
/// assert_eq!(labels, [Label::Email, Label::Url]);
/// ```
pub fn find(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in email().find_iter(text) {
        out.push(candidate(m.start(), m.end(), Label::Email));
    }
    for m in url().find_iter(text) {
        let end = m.start() + trim_url_end(m.as_str());
        out.push(candidate(m.start(), end, Label::Url));
    }
    out.sort_by_key(|c| (c.start, c.end));
    out
}

/// Length of `url` without trailing sentence punctuation and unbalanced closing brackets.
fn trim_url_end(url: &str) -> usize {
    let mut end = url.len();
    loop {
        let last = url[..end].chars().next_back();
        let drop = match last {
            Some('.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*') => true,
            Some(')') => url[..end].matches('(').count() < url[..end].matches(')').count(),
            Some(']') => url[..end].matches('[').count() < url[..end].matches(']').count(),
            _ => false,
        };
        if !drop {
            return end;
        }
        end -= 1;
    }
}

fn candidate(start: usize, end: usize, label: Label) -> Candidate {
    Candidate {
        start,
        end,
        label,
        value: None,
        source: Source::Pattern,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, String)> {
        find(text)
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
}
