//! The sentence splitter: a rule-based scanner over one paragraph.
//!
//! A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes and brackets that follow)
//! when whitespace and then a word that does not start in lower case follow, except after
//! abbreviations, initials and dotted acronyms (see [`super::abbreviations`]). A line break inside a
//! paragraph ends a sentence when the line has no final punctuation and the next line starts like a
//! new sentence (headlines, datelines, list items), but not in hard-wrapped prose.

use std::ops::Range;

use super::abbreviations::{contains, MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS};

/// Lines at least this long that end in a letter are taken for hard-wrapped prose.
const WRAPPED_LINE_MIN_CHARS: usize = 60;

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{BB}' | '\u{203A}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '\u{201C}' | '\u{2018}' | '\u{AB}' | '\u{2039}' | '*' | '_'
    )
}

/// The bytes [`split`] stops at: `.`, `!`, `?`, `\n` and 0xE2, one table load per byte.
const CANDIDATE: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b'\n' as usize] = true;
    table[0xE2] = true;
    table
};

/// Splits the paragraph `text[range]` into trimmed, non-empty sentence ranges.
///
/// Only terminators and line breaks can end a sentence, so the scan jumps from one candidate byte to
/// the next: `.`, `!`, `?`, `\n`, or 0xE2, the lead byte of every non-ASCII terminator (it only
/// starts characters, so each candidate is on a character boundary). `tests::fast_scan_matches_char_scan`
/// checks that this equals going through every character.
pub(crate) fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let para = &text[range.clone()];
    let base = range.start;
    let bytes = para.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    while let Some(offset) = bytes[pos..].iter().position(|&b| CANDIDATE[usize::from(b)]) {
        let i = pos + offset;
        let Some(c) = para[i..].chars().next() else {
            break;
        };
        pos = i + c.len_utf8();
        let end = if is_terminator(c) {
            let mut end = pos;
            for d in para[pos..].chars() {
                if is_terminator(d) || is_closer(d) {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            pos = end;
            if breaks_after_terminator(para, start, i, end) {
                Some(end)
            } else {
                None
            }
        } else if c == '\n' && breaks_at_line_end(para, start, i) {
            Some(i)
        } else {
            None
        };
        if let Some(end) = end {
            push_trimmed(text, base + start..base + end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, base + start..range.end, &mut out);
    out
}

/// Whether a sentence ends at `end`, after the terminators and closers that start at `at`.
fn breaks_after_terminator(para: &str, sentence_start: usize, at: usize, end: usize) -> bool {
    let rest = &para[end..];
    if !rest.starts_with(char::is_whitespace) {
        // "3.14", "example.com", "U.S.A", "?!" inside a token, or the paragraph's end.
        return rest.is_empty();
    }
    if rest
        .trim_start()
        .starts_with(|c: char| is_terminator(c) || matches!(c, ',' | ';' | ':'))
    {
        return false; // detached punctuation ("Chechnya!\" .") still belongs to this sentence
    }
    let next = next_word(rest);
    // A section or paragraph sign reads like the number it introduces: "15 U.S.C. § 1681" and
    // "cl. ¶ 4" go on like "No. 5".
    let section_sign = rest.trim_start().starts_with(['§', '¶']).then_some('0');
    let Some(first) = next.chars().next().or(section_sign) else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    let marks = &para[at..end];
    let single_full_stop = marks.trim_end_matches(is_closer) == ".";
    if !single_full_stop {
        // A title that ends in "!" or "?" followed by its year: "Horton Hears a Who! (1954)".
        let year_follows = rest
            .trim_start()
            .strip_prefix('(')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        return !(marks.contains(['!', '?']) && year_follows);
    }
    let word = word_before(&para[sentence_start..at]);
    if is_list_marker(word, &para[sentence_start..at]) {
        return false;
    }
    let lower = word.to_lowercase();
    if contains(NEVER_FINAL, &lower) {
        return false;
    }
    let initial = {
        let mut cs = word.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    };
    let dotted = is_dotted_acronym(word);
    if initial || dotted || contains(MAYBE_FINAL, &lower) {
        if first.is_ascii_digit() {
            // "No. 5", "Jan. 12", "pp. 3", "U.S. 1" rarely end a sentence.
            return false;
        }
        return is_sentence_starter(next);
    }
    true
}

/// Whether a line break at `newline` (not after final punctuation) ends a sentence.
fn breaks_at_line_end(para: &str, sentence_start: usize, newline: usize) -> bool {
    let line_start = para[..newline].rfind('\n').map_or(0, |p| p + 1);
    let line = para[line_start.max(sentence_start)..newline].trim_end();
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    if is_terminator(last)
        || (is_closer(last) && line.trim_end_matches(is_closer).ends_with(is_terminator))
    {
        return false; // already decided by the terminator rule
    }
    if matches!(
        last,
        ',' | ';' | '-' | '\u{2013}' | '\u{2014}' | '(' | '&' | '/'
    ) {
        return false;
    }
    // "…; and" / "…, or" before the next item of an enumeration: no sentence ends in a conjunction.
    if matches!(
        line.rsplit(char::is_whitespace).next(),
        Some("and" | "or" | "nor")
    ) {
        return false;
    }
    let next_line = para[newline..].trim_start();
    let Some(first) = next_line.chars().next() else {
        return false;
    };
    // "The Licensee shall:" before "(a) pay …": the clause runs on into its enumeration.
    if last == ':' && starts_with_item_marker(next_line) {
        return false;
    }
    if first.is_lowercase() {
        return false;
    }
    let full_line = para[line_start.max(sentence_start)..newline].trim();
    let wrapped = last.is_alphabetic()
        && last.is_lowercase()
        && full_line.chars().count() >= WRAPPED_LINE_MIN_CHARS;
    !wrapped
}

/// The next word after whitespace, with opening quotes and brackets skipped.
fn next_word(rest: &str) -> &str {
    let rest = rest.trim_start().trim_start_matches(is_opener);
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '\''))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The last whitespace-separated token of `before`, without leading openers.
fn word_before(before: &str) -> &str {
    let token = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(is_opener);
    token.rsplit(['(', '/', '\u{2014}']).next().unwrap_or(token)
}

/// "U.S", "e.g", "Ph.D", "a.m": letters separated by full stops, each piece one or two letters.
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

/// "(a)", "(iv)", "(2)", "b)" or "3)": the marker of an enumerated item, at the start of `line`.
fn starts_with_item_marker(line: &str) -> bool {
    let rest = line.strip_prefix('(').unwrap_or(line);
    let Some(close) = rest.find(')') else {
        return false;
    };
    let marker = &rest[..close];
    (1..=4).contains(&marker.len())
        && (marker.chars().all(|c| c.is_ascii_digit())
            || marker.chars().all(|c| c.is_ascii_lowercase())
            || marker.chars().all(|c| c.is_ascii_uppercase()))
}

/// "1.", "iv." or a section number ("§ 2.", "§§ 3.", "¶ 4.") alone at the start of a sentence: an
/// item number, not a sentence.
fn is_list_marker(word: &str, sentence_so_far: &str) -> bool {
    let so_far = sentence_so_far.trim();
    let so_far = so_far
        .strip_prefix("§§")
        .or_else(|| so_far.strip_prefix(['§', '¶']))
        .map_or(so_far, str::trim_start);
    so_far == word
        && word.len() <= 4
        && (word.chars().all(|c| c.is_ascii_digit())
            || word
                .chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')))
}

fn is_sentence_starter(word: &str) -> bool {
    let lower = word.to_lowercase();
    contains(SENTENCE_STARTERS, &lower)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed_len = slice.trim().len();
    if trimmed_len > 0 {
        out.push(range.start + lead..range.start + lead + trimmed_len);
    }
}

/// The naive baseline the evaluation reports beside the splitter: a sentence ends after `.`, `!`
/// or `?` (and closing quotes or brackets) followed by whitespace, and at every line break.
///
/// ```
/// let text = "Mr. Smith left. Bye";
/// let naive: Vec<&str> = textlens::segment::naive_sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(naive, ["Mr.", "Smith left.", "Bye"]);
/// ```
pub fn naive_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            push_trimmed(text, start..i, &mut out);
            start = i;
        } else if matches!(c, '.' | '!' | '?') {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if matches!(d, '.' | '!' | '?') || is_closer(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if text[end..].starts_with(char::is_whitespace) {
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character form of [`split`], kept as its reference.
    #[cfg(test)]
    fn split_by_chars(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let para = &text[range.clone()];
        let base = range.start;
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = para.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let end = if is_terminator(c) {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if is_terminator(d) || is_closer(d) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                if breaks_after_terminator(para, start, i, end) {
                    Some(end)
                } else {
                    None
                }
            } else if c == '\n' && breaks_at_line_end(para, start, i) {
                Some(i)
            } else {
                None
            };
            if let Some(end) = end {
                push_trimmed(text, base + start..base + end, &mut out);
                start = end;
            }
        }
        push_trimmed(text, base + start..range.end, &mut out);
        out
    }

    fn both(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        (
            split(text, 0..text.len()),
            split_by_chars(text, 0..text.len()),
        )
    }

    #[test]
    fn fast_scan_handles_non_ascii_terminators_and_closers() {
        for text in [
            "He paused… Then he spoke‼ Really⁉ \u{201C}Yes.\u{201D} Fine.",
            "Wait... what? \u{2014}No.\u{BB} End",
            "caf\u{E9}. \u{2026}\u{2026} Ok\u{2019}. Done",
        ] {
            let (fast, slow) = both(text);
            assert_eq!(fast, slow, "{text}");
        }
    }

    /// Property tests run natively only (proptest needs an OS).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn fast_scan_matches_char_scan(
                parts in proptest::collection::vec(
                    "Dr\\.|U\\.S\\.|J\\.|e\\.g\\.|[A-Z][a-z]{0,6}|[a-z]{1,6}|[0-9]{1,4}|[ \\n]{1,2}|[.!?…‼⁉\"')\\]”’»]{1,3}|\\PC",
                    0..40,
                )
            ) {
                let text: String = parts.concat();
                let (fast, slow) = both(&text);
                prop_assert_eq!(fast, slow);
            }

            #[test]
            fn fast_scan_matches_char_scan_on_any_text(text in "\\PC{0,60}") {
                let (fast, slow) = both(&text);
                prop_assert_eq!(fast, slow);
            }
        }
    }
}
