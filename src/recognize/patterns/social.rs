//! HASHTAG and MENTION, found by a hand-written scanner (faster than a regex for two bytes).
//!
//! - HASHTAG: `#` and letters, digits or `_`, with at least one letter ("#rustlang", "#100DaysOfCode",
//!   "#café"). Refused: "C#", "F#" (a letter before `#`), "#1" (no letter), hex colours ("#ff0000"),
//!   HTML entities ("&#39;"), URL fragments, "# heading".
//! - MENTION: `@` and 1-39 ASCII letters, digits, `_` or inner `-`, with at least one letter
//!   ("@rustlang", "@jess_k", "@rust-lang"). Refused: e-mail addresses (a letter before `@`),
//!   "@ 5pm", handles followed by `.domain` or `@`.

use super::{candidate, char_after, char_before};
use crate::label::Label;
use crate::recognize::Candidate;

/// Finds HASHTAG and MENTION candidates.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'#' => {
                if let Some(end) = hashtag_end(text, i) {
                    out.push(candidate(i, end, Label::Hashtag, None));
                }
            }
            b'@' => {
                if let Some(end) = mention_end(text, i) {
                    out.push(candidate(i, end, Label::Mention, None));
                }
            }
            _ => {}
        }
    }
}

fn hashtag_end(text: &str, at: usize) -> Option<usize> {
    if char_before(text, at)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '&' | '#' | '_' | '/'))
    {
        return None;
    }
    let body_start = at + 1;
    let len = text[body_start..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(text.len() - body_start, |(j, _)| j);
    let body = &text[body_start..body_start + len];
    if !body.chars().any(char::is_alphabetic) {
        return None;
    }
    let is_hex_colour = matches!(body.len(), 3 | 6 | 8)
        && body.bytes().all(|b| b.is_ascii_hexdigit())
        && body.bytes().any(|b| b.is_ascii_digit());
    (!is_hex_colour).then_some(body_start + len)
}

fn mention_end(text: &str, at: usize) -> Option<usize> {
    if char_before(text, at).is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '@')) {
        return None;
    }
    let body_start = at + 1;
    let rest = &text.as_bytes()[body_start..];
    let mut len = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
        .unwrap_or(rest.len());
    while len > 0 && rest[len - 1] == b'-' {
        len -= 1;
    }
    let body = &rest[..len];
    if len == 0 || len > 39 || body[0] == b'-' || !body.iter().any(u8::is_ascii_alphabetic) {
        return None;
    }
    let end = body_start + len;
    let domain_follows = match char_after(text, end) {
        Some('.') => char_after(text, end + 1).is_some_and(char::is_alphanumeric),
        Some('@') => true,
        // "@types/node": an npm scope or a path, not a handle.
        Some('/') => char_after(text, end + 1).is_some_and(char::is_alphanumeric),
        Some(c) => c.is_alphanumeric(),
        None => false,
    };
    (!domain_follows).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, String)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter()
            .map(|c| (&text[c.start..c.end], c.label.to_string()))
            .collect()
    }

    #[test]
    fn tags_and_handles_but_not_lookalikes() {
        assert_eq!(
            found("#rustlang @rust-lang C# #1 #ff0000 &#39; a@b.io @ 5pm #café"),
            [
                ("#rustlang", "HASHTAG".into()),
                ("@rust-lang", "MENTION".into()),
                ("#café", "HASHTAG".into())
            ]
        );
    }

    #[test]
    fn npm_scopes_are_not_handles() {
        assert_eq!(
            found("bump @types/node, thanks @bob/"),
            [("@bob", "MENTION".into())]
        );
    }
}
