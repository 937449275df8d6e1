//! Tokens for the name recogniser: words with their byte spans, punctuation split off.
//!
//! The rules follow the token boundaries of the annotated corpora: possessive `'s` and sentence
//! punctuation are separate tokens; hyphens, apostrophes and the dots of abbreviations
//! ("U.S.", "Corp.", "J.") stay inside a word.

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Start byte offset in the whole text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The token's text.
    pub text: &'a str,
}

impl Token<'_> {
    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Whether the token has letters and all of them are upper case.
    pub fn is_all_upper(&self) -> bool {
        if self.text.is_ascii() {
            let b = self.text.as_bytes();
            return !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase);
        }
        let mut letters = false;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            letters |= c.is_alphabetic();
        }
        letters
    }

    /// Whether the token contains a letter.
    pub fn has_letter(&self) -> bool {
        if self.text.is_ascii() {
            return self.text.bytes().any(|b| b.is_ascii_alphabetic());
        }
        self.text.chars().any(char::is_alphabetic)
    }
}

/// Abbreviations whose final dot belongs to the word (compared in lower case, without the dot).
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt",
    "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "inc", "ltd", "co", "corp",
    "bros", "plc", "no", "vs", "messrs", "ave", "blvd", "dept", "univ", "assn", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec",
];

/// Characters split off the front of a word.
fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '<' | '\u{201C}' | '\u{2018}' | '«' | '¿' | '¡' | '*'
    )
}

/// Characters split off the end of a word.
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '>'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '\u{201D}'
            | '\u{2019}'
            | '»'
            | '*'
            | '…'
    )
}

/// Splits `sentence` (which starts at byte `offset` of the text) into tokens.
///
/// ```
/// use textlens::recognize::names::tokens::tokenize;
/// let words: Vec<&str> = tokenize("Putin's aide met (U.S.) Corp. staff.", 0).iter().map(|t| t.text).collect();
/// assert_eq!(words, ["Putin", "'s", "aide", "met", "(", "U.S.", ")", "Corp.", "staff", "."]);
/// ```
pub fn tokenize(sentence: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(sentence.len() / 4 + 4);
    tokenize_into(sentence, offset, &mut out);
    out
}

/// Appends the tokens of `sentence` (which starts at byte `offset` of the text) to `out`.
pub fn tokenize_into<'a>(sentence: &'a str, offset: usize, out: &mut Vec<Token<'a>>) {
    let mut chunk_start = None;
    let bytes = sentence.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII fast path; other characters are decoded.
        let (space, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_whitespace() || bytes[i] == 0x0b, 1)
        } else {
            let c = sentence[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            if let Some(s) = chunk_start.take() {
                split_chunk(sentence, s, i, offset, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
        i += len;
    }
    if let Some(s) = chunk_start {
        split_chunk(sentence, s, sentence.len(), offset, out);
    }
}

#[inline(always)]
fn push<'a>(sentence: &'a str, start: usize, end: usize, offset: usize, out: &mut Vec<Token<'a>>) {
    if start < end {
        out.push(Token {
            start: offset + start,
            end: offset + end,
            text: &sentence[start..end],
        });
    }
}

/// Splits one whitespace-free chunk `sentence[start..end]` into tokens.
fn split_chunk<'a>(
    sentence: &'a str,
    mut start: usize,
    mut end: usize,
    offset: usize,
    out: &mut Vec<Token<'a>>,
) {
    // Most chunks are one plain word: a letter or digit at both ends (so no punctuation to split
    // off) and no possessive ending ('s, ’s, whose apostrophe ends in byte 0x99).
    let b = sentence.as_bytes();
    let (first, last) = (b[start], b[end - 1]);
    if first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && !(matches!(last, b's' | b'S') && end - start >= 2 && matches!(b[end - 2], b'\'' | 0x99))
    {
        push(sentence, start, end, offset, out);
        return;
    }
    // Leading punctuation, one token each.
    while let Some(c) = sentence[start..end].chars().next() {
        if is_leading_punct(c) && start + c.len_utf8() < end {
            push(sentence, start, start + c.len_utf8(), offset, out);
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation: one token per character, pushed after the word.
    let chunk_end = end;
    loop {
        let word = &sentence[start..end];
        let Some(c) = word.chars().next_back() else {
            break;
        };
        if word.len() == c.len_utf8() {
            break;
        }
        if c == '.' && keeps_final_dot(&word[..word.len() - 1]) {
            break;
        }
        if is_trailing_punct(c) {
            end -= c.len_utf8();
            continue;
        }
        break;
    }
    // Possessive 's / ’s and plural possessive s'.
    let word = &sentence[start..end];
    let lower_tail = |n: usize| word.get(word.len().saturating_sub(n)..);
    let mut possessive = None;
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if word.len() > suffix.len() && lower_tail(suffix.len()) == Some(suffix) {
            possessive = Some(end - suffix.len());
            break;
        }
    }
    match possessive {
        Some(p) => {
            push(sentence, start, p, offset, out);
            push(sentence, p, end, offset, out);
        }
        None => push(sentence, start, end, offset, out),
    }
    for (i, c) in sentence[end..chunk_end].char_indices() {
        push(sentence, end + i, end + i + c.len_utf8(), offset, out);
    }
}

/// Whether a word followed by a dot keeps it: initials, dotted acronyms and known abbreviations.
fn keeps_final_dot(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => return c.is_alphabetic(),
        (None, _) => return false,
        _ => {}
    }
    if word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic()) {
        return true;
    }
    word.len() <= 6 && DOTTED.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "  «Kim Jong-un», he said… ok";
        for t in tokenize(text, 0) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert_eq!(
            texts(text),
            ["«", "Kim", "Jong-un", "»", ",", "he", "said", "…", "ok"]
        );
    }

    #[test]
    fn sentence_end_dot_is_split_but_initials_keep_theirs() {
        assert_eq!(
            texts("J. Smith left Paris."),
            ["J.", "Smith", "left", "Paris", "."]
        );
        assert_eq!(texts("the U.S."), ["the", "U.S."]);
    }

    #[test]
    fn possessives_and_quotes() {
        assert_eq!(texts("\"Russia’s\""), ["\"", "Russia", "’s", "\""]);
        assert_eq!(texts("O'Neill"), ["O'Neill"]);
    }
}
