//! Direct quotations and who said them: [`find`] turns the quoted passages of a text into
//! [`Quote`]s, each with the linked entity the text says spoke it, where it says so.
//!
//! It runs after [`crate::link`], on the same paragraphs and the linked mentions of the one analysis
//! (no second pass of any recogniser), and knows nothing of JavaScript.
//!
//! **Spans.** A quotation opens with `"` or `“` and closes with the matching `"` or `”` in the same
//! paragraph, marks included; sentence ends inside do not end it, and marks of the other kind inside
//! it are nested quotes, part of it. A `"` right after a digit (`5'11"`) is an inch sign. A quote left
//! open at the end of a paragraph counts only when the next paragraph opens with a quote mark (the news
//! convention for a quote running over paragraphs); it then ends with its paragraph. Single quotes
//! (`'…'`, `‘…’`) are never outer quotes: they are apostrophes too often.
//!
//! **Scare quotes and titles** (the rule): a quoted passage of one or two words is a quotation only
//! when the text attributes it right beside it (`"No," he said.`, `He said: "No."`, or resumed after
//! an attribution), not when a verb of saying is merely in the clause (`it said the so-called "peace
//! dividend" was gone`); one of three words or more is one unless it reads
//! as a title: no word starts lower case (short function words such as "of", "the" aside) and it ends
//! without punctuation inside the marks (`the film "Gone With the Wind"`).
//!
//! **Speakers** (`speaker`: an entity id, as [`crate::Mention::entity`]):
//! - after the quote: `"…," said Park Won-gon`; `"…," Kono said`; `"…", Moon, an expert at KRIS,
//!   told ABC News`; `"…," according to Reuters`;
//! - before it, in the same clause: `Kono said: "…"`; `Kono told reporters on Monday "…"`;
//!   `According to Kono, "…"`;
//! - `he`, `she`, `the professor` (any `the` + a lower-case noun) as the subject resolve to the one
//!   PERSON (for `it`, `the company`, `the ministry` and the like: the one ORG) mentioned outside
//!   quotes earlier in the paragraph, or, if none there, in the paragraph before; with two candidates
//!   or none the quote has no speaker;
//! - a quote resumed after its attribution (`"…," he said. "…"`) has the speaker of the part before;
//!   the first part of a quote running over paragraphs, unattributed, has the speaker of the next;
//! - a capitalised word that is no mention but a word of an earlier PERSON mention ("Price said"
//!   after "Samuel Price") is that person.
//!
//! Named speakers are PERSON, ORG or PLACE mentions ("Moscow said"). Only reported mentions can be
//! speakers: with `types` that omit PERSON, a quote has no PERSON speaker.
//!
//! ```
//! use textlens::analyze;
//! let text = "\"We will not yield,\" said Park Won-gon. \"Not now.\"\n\nThe \"peace dividend\" is gone.";
//! let analysis = analyze(text);
//! assert_eq!(analysis.quotes.len(), 2); // "peace dividend" is a scare quote
//! let park = analysis.quotes[0].speaker.unwrap();
//! assert_eq!(analysis.entities[park].name, "Park Won-gon");
//! assert_eq!(analysis.quotes[1].speaker, Some(park)); // resumed after "said Park Won-gon."
//! ```

mod attribution;

use std::ops::Range;

use crate::analysis::{Mention, Quote};

use attribution::Attribution;

/// The quotations of `text` (UTF-8 byte offsets, in document order) with their speakers, given its
/// `paragraphs` and its linked `mentions` (byte offsets, sorted, not overlapping).
pub(crate) fn find(text: &str, paragraphs: &[Range<usize>], mentions: &[Mention]) -> Vec<Quote> {
    let spans = spans(text, paragraphs);
    if spans.is_empty() {
        return Vec::new();
    }
    let context = attribution::Context::new(text, mentions, &spans);
    let mut quotes: Vec<Quote> = Vec::new();
    // Whether each kept quote runs on into the next paragraph.
    let mut runs_on: Vec<bool> = Vec::new();
    // The attribution of the previous kept span, for a quote resumed after "he said."
    let mut previous: Option<(usize, Attribution, usize)> = None;
    for span in &spans {
        let mut who = context.after(span.end, span.paragraph.end);
        // Whether the attribution is right beside the quote, as a short quotation needs.
        let mut direct = who != Attribution::None;
        if who == Attribution::None {
            who = context.before(span.start, span.paragraph.start);
            let before = attribution::trim_back(text.as_bytes(), 0, span.start);
            direct = before > 0 && matches!(text.as_bytes()[before - 1], b':' | b',');
        }
        if who == Attribution::None {
            if let Some((end, prev, paragraph)) = &previous {
                if context.resumes(*end, span.start, *paragraph == span.paragraph.start) {
                    who = prev.clone();
                    direct = true;
                }
            }
        }
        let content = &text[span.start + span.open..span.end - span.close];
        if !is_quotation(content, direct && who != Attribution::None) {
            continue;
        }
        let speaker = context.resolve(&who, span.paragraph.start, paragraphs);
        previous = Some((span.end, who, span.next_paragraph));
        runs_on.push(span.next_paragraph != span.paragraph.start);
        quotes.push(Quote {
            start: span.start,
            end: span.end,
            text: text[span.start..span.end].to_string(),
            speaker,
        });
    }
    // The first part of a quote running over paragraphs, unattributed, has its last part's speaker.
    for k in (1..runs_on.len()).rev() {
        if runs_on[k - 1] && quotes[k - 1].speaker.is_none() {
            quotes[k - 1].speaker = quotes[k].speaker;
        }
    }
    quotes
}

/// One quoted span: its bytes (marks included), the lengths of its marks and its paragraph.
#[derive(Clone, Debug)]
struct Span {
    start: usize,
    end: usize,
    open: usize,
    close: usize,
    paragraph: Range<usize>,
    /// Where the paragraph a resumed quote may be in starts: this paragraph's start, or, for a quote
    /// that runs on, the next paragraph's.
    next_paragraph: usize,
}

const OPEN_CURLY: &str = "\u{201C}";
const CLOSE_CURLY: &str = "\u{201D}";

/// Every quoted span of every paragraph, in order (see the module docs for the rules).
fn spans(text: &str, paragraphs: &[Range<usize>]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (k, paragraph) in paragraphs.iter().enumerate() {
        // (start, curly) of the open quote.
        let mut open: Option<(usize, bool)> = None;
        let mut i = paragraph.start;
        while i < paragraph.end {
            let Some(step) = bytes[i..paragraph.end]
                .iter()
                .position(|&b| b == b'"' || b == 0xE2)
            else {
                break;
            };
            i += step;
            let rest = &text[i..paragraph.end];
            if bytes[i] == b'"' {
                match open {
                    None if i > 0 && bytes[i - 1].is_ascii_digit() => {}
                    None => open = Some((i, false)),
                    Some((start, false)) => {
                        out.push(span(start, i + 1, 1, 1, paragraph, paragraph.start));
                        open = None;
                    }
                    Some((_, true)) => {}
                }
                i += 1;
            } else if rest.starts_with(OPEN_CURLY) {
                if open.is_none() {
                    open = Some((i, true));
                }
                i += 3;
            } else if rest.starts_with(CLOSE_CURLY) {
                if let Some((start, true)) = open {
                    out.push(span(start, i + 3, 3, 3, paragraph, paragraph.start));
                    open = None;
                }
                i += 3;
            } else {
                i += 1;
            }
        }
        // Left open: a quote running into the next paragraph, if that one opens with a quote mark.
        if let (Some((start, curly)), Some(next)) = (open, paragraphs.get(k + 1)) {
            let next_text = &text[next.clone()];
            let opens = if curly {
                next_text.starts_with(OPEN_CURLY)
            } else {
                next_text.starts_with('"')
            };
            let end = attribution::trim_back(bytes, start, paragraph.end);
            if opens && end > start + 1 {
                out.push(span(
                    start,
                    end,
                    if curly { 3 } else { 1 },
                    0,
                    paragraph,
                    next.start,
                ));
            }
        }
    }
    out
}

fn span(
    start: usize,
    end: usize,
    open: usize,
    close: usize,
    paragraph: &Range<usize>,
    next_paragraph: usize,
) -> Span {
    Span {
        start,
        end,
        open,
        close,
        paragraph: paragraph.clone(),
        next_paragraph,
    }
}

/// Function words a title may keep in lower case.
const TITLE_SMALL_WORDS: [&str; 13] = [
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether quoted `content` is a quotation rather than a scare quote or a title (module docs).
fn is_quotation(content: &str, attributed: bool) -> bool {
    let bytes = content.as_bytes();
    let words = attribution::words(bytes, 0, bytes.len());
    let Some(&(_, last)) = words.last() else {
        return false;
    };
    if words.len() < 3 {
        return attributed;
    }
    // Ends with ASCII punctuation, an ellipsis (E2 80 A6) or a dash (E2 80 93/94).
    let punctuated = matches!(
        bytes[last - 1],
        b'.' | b',' | b'?' | b'!' | b';' | b':' | b'-'
    ) || (last >= 3
        && matches!(bytes[last - 3..last], [0xE2, 0x80, 0xA6 | 0x93 | 0x94]));
    // A word starts lower case when its first letter or digit is an ASCII lower-case letter.
    let titled = words.iter().all(|&(a, b)| {
        let w = &bytes[a..b];
        let first = w.iter().find(|b| b.is_ascii_alphanumeric() || **b >= 0x80);
        let w = w.strip_suffix(b",").unwrap_or(w);
        !first.is_some_and(|b| b.is_ascii_lowercase())
            || TITLE_SMALL_WORDS.iter().any(|s| s.as_bytes() == w)
    });
    punctuated || !titled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_of(text: &str) -> Vec<&str> {
        let paragraphs = crate::segment::paragraphs(text);
        spans(text, &paragraphs)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn straight_and_curly_quotes_pair_within_a_paragraph() {
        assert_eq!(
            spans_of("He said \"One. Two.\" and “three ‘four’ five”."),
            ["\"One. Two.\"", "“three ‘four’ five”"]
        );
        assert_eq!(spans_of("A 5'11\" man. \"Open"), Vec::<&str>::new());
        assert_eq!(spans_of("“Nested \"x\" here”"), ["“Nested \"x\" here”"]);
    }

    #[test]
    fn a_quote_runs_on_only_into_a_paragraph_that_opens_with_a_mark() {
        assert_eq!(
            spans_of("\"First part.\n\n\"Second part.\""),
            ["\"First part.", "\"Second part.\""]
        );
        assert!(spans_of("\"Unclosed.\n\nPlain text.").is_empty());
    }

    #[test]
    fn short_or_title_like_spans_are_not_quotations() {
        assert!(!is_quotation("peace dividend", false));
        assert!(is_quotation("No,", true));
        assert!(!is_quotation("Gone With the Wind", false));
        assert!(is_quotation("We will win.", false));
        assert!(is_quotation("we are ready to talk", false));
    }
}
