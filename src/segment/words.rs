//! Word rules: Unicode word segmentation (UAX #29) with three documented adjustments.

use unicode_segmentation::UnicodeSegmentation;

/// Hyphens that join the parts of one compound word ("well-known", "mother-in-law").
fn is_joining_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Punctuation that may wrap a URL or e-mail address without being part of it.
const fn is_wrapping_punctuation(c: char) -> bool {
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
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn split(text: &str) -> Vec<(usize, &str)> {
    Words::new(text).collect()
}

/// The words of a text, found one whitespace-free chunk at a time (as [`split`] gives them, without
/// collecting them first). A chunk of the ASCII fast path yields its word at once; any other chunk's
/// words wait in `pending`.
pub(crate) struct Words<'a> {
    text: &'a str,
    /// Where the scan for the next chunk starts.
    at: usize,
    /// Words of the last chunk not yet returned, and the index of the next one.
    pending: Vec<(usize, &'a str)>,
    next_pending: usize,
}

impl<'a> Words<'a> {
    /// The words of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Words {
            text,
            at: 0,
            pending: Vec::new(),
            next_pending: 0,
        }
    }

    /// The next whitespace-free chunk at or after `self.at`, as a byte range, and moves past it.
    fn next_chunk(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.at;
        let mut chunk_start = None;
        while i < bytes.len() {
            // ASCII bytes by their class; other characters decoded.
            let (whitespace, width) = match ASCII_CLASS.get(usize::from(bytes[i])) {
                Some(&class) => (class == WHITESPACE, 1),
                None => match text[i..].chars().next() {
                    Some(c) => (c.is_whitespace(), c.len_utf8()),
                    None => break,
                },
            };
            if whitespace {
                if let Some(s) = chunk_start {
                    self.at = i + width;
                    return Some((s, i));
                }
            } else if chunk_start.is_none() {
                chunk_start = Some(i);
            }
            i += width;
        }
        self.at = bytes.len();
        chunk_start.map(|s| (s, bytes.len()))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(&word) = self.pending.get(self.next_pending) {
                self.next_pending += 1;
                return Some(word);
            }
            let (start, end) = self.next_chunk()?;
            self.pending.clear();
            self.next_pending = 0;
            if let Some(word) = chunk_words(self.text, start, end, &mut self.pending) {
                return Some(word);
            }
        }
    }
}

/// Adds the words of the whitespace-free chunk `text[start..end]` to `out`.
#[cfg(test)]
fn split_chunk<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<(usize, &'a str)>) {
    if let Some(word) = chunk_words(text, start, end, out) {
        out.push(word);
    }
}

/// The words of the whitespace-free chunk `text[start..end]`: the chunk's one word when the ASCII
/// fast path takes it (returned, nothing added to `out`), else added to `out` (`None` returned).
fn chunk_words<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    out: &mut Vec<(usize, &'a str)>,
) -> Option<(usize, &'a str)> {
    match ascii_word(&text.as_bytes()[start..end]) {
        Some(Some(word)) => Some((
            start + word.start,
            &text[start + word.start..start + word.end],
        )),
        Some(None) => None,
        None => {
            split_chunk_uax(text, start, end, out);
            None
        }
    }
}

/// The ASCII fast path of [`chunk_words`], for the commonest chunks: ASCII letters and digits wrapped
/// in ASCII wrapping punctuation ("word", "(word),", "1990."). Returns `None` for any other chunk;
/// otherwise the chunk's one word (its byte range in the chunk), or `Some(None)` if it has no letter
/// or digit.
///
/// The same as UAX #29 plus this module's rules: letters and digits never break between each other
/// (WB5, WB8–WB10); the wrapping punctuation (none of it `_`, which would join a word by WB13a/b) only
/// joins letters or digits on *both* sides (WB6/7, WB11/12), never at a word's edge; and a run of
/// letters and digits is neither a URL nor an e-mail address (those need `.`, `:` or `@` inside).
/// `tests::ascii_fast_path_matches_uax29` checks this on arbitrary input.
fn ascii_word(chunk: &[u8]) -> Option<Option<std::ops::Range<usize>>> {
    // One pass over the byte classes: wrapping* alphanumeric* wrapping*, anything else is `None`.
    let class = |b: u8| ASCII_CLASS.get(usize::from(b)).copied().unwrap_or(OTHER);
    let mut i = 0;
    while i < chunk.len() && class(chunk[i]) == WRAPPING {
        i += 1;
    }
    let lead = i;
    while i < chunk.len() && class(chunk[i]) == ALPHANUMERIC {
        i += 1;
    }
    let core = i;
    while i < chunk.len() && class(chunk[i]) == WRAPPING {
        i += 1;
    }
    if i < chunk.len() {
        return None;
    }
    Some((core > lead).then_some(lead..core))
}

const OTHER: u8 = 0;
const ALPHANUMERIC: u8 = 1;
const WRAPPING: u8 = 2;
const WHITESPACE: u8 = 3;

/// The class of each ASCII byte for [`ascii_word`] and the chunk scan: [`WHITESPACE`] (as
/// `char::is_whitespace`, which unlike `u8::is_ascii_whitespace` includes U+000B), [`ALPHANUMERIC`],
/// [`WRAPPING`] (as [`is_wrapping_punctuation`]) or [`OTHER`]. Non-ASCII bytes have no entry.
const ASCII_CLASS: [u8; 128] = {
    let mut table = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            WHITESPACE
        } else if c.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else if is_wrapping_punctuation(c as char) {
            WRAPPING
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

/// [`chunk_words`] by the general rules: URLs and e-mail addresses whole, otherwise UAX #29 words
/// with hyphenated compounds joined.
fn split_chunk_uax<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<(usize, &'a str)>) {
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

#[cfg(test)]
mod tests {
    use super::*;

    type Words<'a> = Vec<(usize, &'a str)>;

    /// The words of one chunk by the fast path (where it applies) and by UAX #29 alone.
    fn both_ways(chunk: &str) -> (Words<'_>, Words<'_>) {
        let (mut fast, mut uax) = (Vec::new(), Vec::new());
        split_chunk(chunk, 0, chunk.len(), &mut fast);
        split_chunk_uax(chunk, 0, chunk.len(), &mut uax);
        (fast, uax)
    }

    #[test]
    fn ascii_fast_path_takes_plain_and_wrapped_words_only() {
        assert_eq!(ascii_word(b"(word),"), Some(Some(1..5)));
        assert_eq!(ascii_word(b"1990."), Some(Some(0..4)));
        assert_eq!(ascii_word(b"?!"), Some(None));
        for other in [
            "don't",
            "well-known",
            "a.b",
            "x_y",
            "caf\u{e9}",
            "www.-",
            "ann@x.io",
        ] {
            assert_eq!(ascii_word(other.as_bytes()), None, "{other}");
        }
        for chunk in ["(word),", "\"Hi!\"", "'twas", "1990.", "...", "A1b2:"] {
            let (fast, uax) = both_ways(chunk);
            assert_eq!(fast, uax, "{chunk}");
        }
    }

    /// Property tests run natively only (proptest needs an OS).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn ascii_fast_path_matches_uax29(chunk in "[a-zA-Z0-9()\\[\\]<>{}\"'.,;:!?_@/-]{0,12}") {
                let (fast, uax) = both_ways(&chunk);
                prop_assert_eq!(fast, uax);
            }

            #[test]
            fn whitespace_splits_as_char_is_whitespace(text in "[a \\t\\n\\x0b\\x0c\\r\\u{85}\\u{a0}\\u{2028}\\u{3000}.é]{0,16}") {
                let chunks: Vec<&str> = text.split(char::is_whitespace).filter(|c| !c.is_empty()).collect();
                let mut expected = Vec::new();
                for chunk in chunks {
                    let start = chunk.as_ptr() as usize - text.as_ptr() as usize;
                    split_chunk_uax(&text, start, start + chunk.len(), &mut expected);
                }
                prop_assert_eq!(split(&text), expected);
            }

            #[test]
            fn ascii_fast_path_matches_uax29_on_any_text(chunk in "\\PC{0,12}") {
                let (fast, uax) = both_ways(&chunk);
                prop_assert_eq!(fast, uax);
            }
        }
    }
}
