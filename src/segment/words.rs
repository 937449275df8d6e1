//! Word rules: Unicode word segmentation (UAX #29) with three documented adjustments.

use unicode_segmentation::UnicodeSegmentation;

/// Hyphens that join the parts of one compound word ("well-known", "mother-in-law").
fn is_joining_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Punctuation that may wrap a URL or e-mail address without being part of it.
fn is_wrapping_punctuation(c: char) -> bool {
    matches!(
        c,
        '(' | ')'
            | '['
            | ']'
            | '<'
            | '>'
            | '{'
            | '}'
            | '"'
            | '\''
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2018}'
            | '\u{2019}'
            | '.'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
    )
}

/// Whether `token` (already stripped of wrapping punctuation) is a URL or an e-mail address.
fn is_url_or_email(token: &str) -> bool {
    let starts_with = |prefix: &str| {
        token.len() > prefix.len()
            && token
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    if ["http://", "https://", "ftp://", "www."]
        .iter()
        .any(|p| starts_with(p))
    {
        return true;
    }
    match token.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.rsplit_once('.').is_some_and(|(host, tld)| {
                    !host.is_empty()
                        && tld.len() >= 2
                        && tld.chars().all(|c| c.is_ascii_alphabetic())
                })
        }
        None => false,
    }
}

/// Words of `text` with their byte offsets, in order. See [`crate::segment::words`] for the rules.
pub(crate) fn split(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut chunk_start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, s, i, &mut out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    out
}

/// Adds the words of the whitespace-free chunk `text[start..end]` to `out`.
fn split_chunk<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<(usize, &'a str)>) {
    let chunk = &text[start..end];
    let inner = chunk.trim_matches(is_wrapping_punctuation);
    if is_url_or_email(inner) {
        let offset =
            start + (chunk.len() - chunk.trim_start_matches(is_wrapping_punctuation).len());
        out.push((offset, inner));
        return;
    }
    // UAX #29 segments, then hyphen-joined words merged into one.
    let mut pending: Option<(usize, usize)> = None; // the last word, as absolute start..end
    let mut hyphen_after_pending = false;
    for (i, seg) in chunk.split_word_bound_indices() {
        let abs = start + i;
        if seg.chars().any(char::is_alphanumeric) {
            match pending {
                Some((s, _)) if hyphen_after_pending => {
                    pending = Some((s, abs + seg.len()));
                }
                Some((s, e)) => {
                    out.push((s, &text[s..e]));
                    pending = Some((abs, abs + seg.len()));
                }
                None => pending = Some((abs, abs + seg.len())),
            }
            hyphen_after_pending = false;
        } else {
            let adjacent = pending.is_some_and(|(_, e)| e == abs);
            hyphen_after_pending = adjacent && is_joining_hyphen(seg);
            if !hyphen_after_pending {
                if let Some((s, e)) = pending.take() {
                    out.push((s, &text[s..e]));
                }
            }
        }
    }
    if let Some((s, e)) = pending {
        out.push((s, &text[s..e]));
    }
}
