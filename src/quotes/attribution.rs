//! Who said a quote: the attribution patterns around it and the resolution of `he`, `she` and
//! `the professor` to the one fitting named entity (see the rules in [`super`]).

use std::ops::Range;

use crate::analysis::Mention;
use crate::label::Label;

use super::Span;

/// What the text says about who spoke a quote.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Attribution {
    /// Nothing: no attribution pattern around the quote.
    None,
    /// Attributed to someone the text does not name ("said a spokesman", "they said").
    Unknown,
    /// Attributed to this linked entity.
    Named(usize),
    /// Attributed to a pronoun or a definite description ending at byte `at`: resolved to the one
    /// ORG (`org`) or PERSON mentioned before it.
    Pronoun {
        /// Whether it refers to an organisation ("it", "the ministry").
        org: bool,
        /// Where it is in the text.
        at: usize,
    },
}

/// Verbs of saying, in the forms news prose uses them.
const SPEECH_VERBS: [&str; 44] = [
    "acknowledged",
    "added",
    "adds",
    "announced",
    "argued",
    "argues",
    "asked",
    "asks",
    "cautioned",
    "claimed",
    "complained",
    "conceded",
    "concluded",
    "continued",
    "countered",
    "declared",
    "explained",
    "insisted",
    "insists",
    "joked",
    "noted",
    "notes",
    "observed",
    "posted",
    "predicted",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "said",
    "say",
    "says",
    "shouted",
    "stated",
    "suggested",
    "tells",
    "told",
    "tweeted",
    "urged",
    "warned",
    "warns",
    "whispered",
    "wrote",
    "writes",
];

/// Nouns after `the` that name an organisation rather than a person.
const ORG_NOUNS: [&str; 16] = [
    "agency",
    "bank",
    "company",
    "committee",
    "council",
    "court",
    "department",
    "firm",
    "government",
    "group",
    "ministry",
    "office",
    "party",
    "police",
    "statement",
    "union",
];

/// Adverbs allowed between a speaker and the verb ("Kono later said").
const ADVERBS: [&str; 5] = ["also", "later", "then", "again", "once"];

/// How far back a short name looks for the full name it stands for, in bytes.
const SHORT_NAME_BYTES: usize = 3000;

/// How far back from a quote its clause may start, in bytes.
const CLAUSE_BYTES: usize = 240;

fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(&word)
        || (word.len() > 4 && word.ends_with("ly") && word.bytes().all(|b| b.is_ascii_lowercase()))
}

/// ASCII white space.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// `to` moved back over the spaces before it, not before `from`.
pub(super) fn trim_back(bytes: &[u8], from: usize, mut to: usize) -> usize {
    while to > from && is_space(bytes[to - 1]) {
        to -= 1;
    }
    to
}

/// The words of `bytes[from..to]` (runs of anything but ASCII spaces), as byte ranges: every word
/// boundary is a character boundary.
pub(super) fn words(bytes: &[u8], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        while i < to && is_space(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < to && !is_space(bytes[i]) {
            i += 1;
        }
        if i > start {
            out.push((start, i));
        }
    }
    out
}

/// A byte of a word: ASCII letters and digits, `-`, `'`, and any byte of a non-ASCII character.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'\'' || b >= 0x80
}

fn can_speak(label: &Label) -> bool {
    matches!(label, Label::Person | Label::Org | Label::Place)
}

/// The text, its linked mentions and quoted spans, for looking around one quote.
pub(super) struct Context<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    spans: &'a [Span],
}

impl<'a> Context<'a> {
    pub(super) fn new(text: &'a str, mentions: &'a [Mention], spans: &'a [Span]) -> Self {
        Context {
            text,
            mentions,
            spans,
        }
    }

    /// The attribution that follows a quote ending at `end`: `, said X`, `, X said`, `, he said`,
    /// `, X, a professor at Y, told Z`, `, according to X`.
    pub(super) fn after(&self, end: usize, limit: usize) -> Attribution {
        let bytes = self.text.as_bytes();
        let mut p = self.skip_spaces(end, limit);
        // A comma or a dash (-, en dash, em dash: E2 80 93/94) between the quote and its attribution.
        let dash = match bytes.get(p..limit.min(p + 3)) {
            Some([b',' | b'-', ..]) => 1,
            Some([0xE2, 0x80, 0x93 | 0x94]) => 3,
            _ => 0,
        };
        p = self.skip_spaces(p + dash, limit);
        let Some((word, word_end)) = self.word_at(p, limit) else {
            return Attribution::None;
        };
        if is_speech_verb(word) {
            let q = self.skip_spaces(word_end, limit);
            return match self.subject_from(q, limit) {
                Some((who, _)) => who,
                None => Attribution::Unknown,
            };
        }
        if word.eq_ignore_ascii_case("according") {
            if let Some(q) = self.after_words(word_end, limit, &["to"]) {
                return self
                    .subject_from(q, limit)
                    .map_or(Attribution::Unknown, |(who, _)| who);
            }
        }
        // Subject first: "Kono said", "he said", "Moon, an expert at KRIS, told ABC News".
        let Some((who, subject_end)) = self.subject_from(p, limit) else {
            // A subject that names nobody ("someone wrote", "a spokesman said"): the quote is
            // attributed, to no one the text names, so it does not resume the previous speaker's.
            return if self.speech_verb_follows(p, limit) {
                Attribution::Unknown
            } else {
                Attribution::None
            };
        };
        let mut q = self.skip_spaces(subject_end, limit);
        if q < limit && bytes[q] == b',' {
            // An appositive: up to the next comma, within one clause.
            let window = &bytes[q + 1..limit.min(q + 1 + CLAUSE_BYTES)];
            match window
                .iter()
                .position(|&b| matches!(b, b',' | b'"' | b'.' | 0xE2))
            {
                Some(i) if window[i] == b',' => {
                    q = self.skip_spaces(q + 1 + i + 1, limit);
                }
                _ => return Attribution::None,
            }
        }
        for _ in 0..2 {
            let Some((word, word_end)) = self.word_at(q, limit) else {
                return Attribution::None;
            };
            if is_speech_verb(word) {
                return who;
            }
            if !is_adverb(word) {
                return Attribution::None;
            }
            q = self.skip_spaces(word_end, limit);
        }
        Attribution::None
    }

    /// The attribution in the clause before a quote starting at `start`: `X said: "…"`,
    /// `X told reporters on Monday "…"`, `According to X, "…"`.
    pub(super) fn before(&self, start: usize, limit: usize) -> Attribution {
        let mut from = limit.max(start.saturating_sub(CLAUSE_BYTES));
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let Some(head) = self.text.get(from..start) else {
            return Attribution::None;
        };
        // The clause: after the last sentence end or quote mark.
        // (A curly quote mark ends in 9C or 9D; so do a few other characters, which then end the
        // clause too, at the next character boundary: harmless, the clause is only shorter.)
        let mut clause_start = head
            .bytes()
            .rposition(|b| matches!(b, b'.' | b'?' | b'!' | b';' | b'"' | 0x9C | 0x9D))
            .map_or(from, |i| from + i + 1);
        while !self.text.is_char_boundary(clause_start) {
            clause_start += 1;
        }
        let bytes = self.text.as_bytes();
        let mut clause_end = trim_back(bytes, clause_start, start);
        while clause_end > clause_start && matches!(bytes[clause_end - 1], b':' | b',') {
            clause_end = trim_back(bytes, clause_start, clause_end - 1);
        }
        if bytes[clause_start..clause_end].ends_with(b" that") {
            clause_end -= 5;
        }
        let trimmed = &self.text[clause_start..clause_end];
        // "According to X, ..."
        if let Some(i) = trimmed.find("ccording to ") {
            let q = self.skip_spaces(clause_start + i + "ccording to ".len(), clause_end);
            return self
                .subject_from(q, clause_end)
                .map_or(Attribution::Unknown, |(who, _)| who);
        }
        // The last verb of saying, at most six words before the quote.
        let words = words(bytes, clause_start, clause_end);
        let verb = words
            .iter()
            .rev()
            .take(7)
            .position(|&(a, b)| is_speech_verb(self.word_text(a, b)));
        let Some(back) = verb else {
            return Attribution::None;
        };
        let (verb_at, _) = words[words.len() - 1 - back];
        self.subject_before(verb_at, clause_start)
            .unwrap_or(Attribution::Unknown)
    }

    /// Whether a quote starting at `start` resumes the one that ended at `end` (the gap between them
    /// is its attribution, or the paragraph break of a quote that runs on).
    pub(super) fn resumes(&self, end: usize, start: usize, adjacent: bool) -> bool {
        if !adjacent || start < end || start - end > 120 {
            return false;
        }
        let gap = words(self.text.as_bytes(), end, start);
        gap.is_empty()
            || gap.iter().any(|&(a, b)| {
                let w = self.word_text(a, b);
                is_speech_verb(w) || w == "according"
            })
    }

    /// The entity an attribution names, resolving a pronoun to the one fitting entity mentioned
    /// outside quotes before it in its paragraph (or, if none there, in the closest of the two paragraphs
    /// before that has one).
    pub(super) fn resolve(
        &self,
        who: &Attribution,
        paragraph_start: usize,
        paragraphs: &[Range<usize>],
    ) -> Option<usize> {
        match *who {
            Attribution::Named(entity) => Some(entity),
            Attribution::None | Attribution::Unknown => None,
            Attribution::Pronoun { org, at } => {
                let label = if org { Label::Org } else { Label::Person };
                if let Some(found) = self.one_entity(paragraph_start..at, &label) {
                    return found;
                }
                // Back over paragraphs with no candidate (a quote running over paragraphs), two at most.
                let k = paragraphs.partition_point(|p| p.start < paragraph_start);
                for previous in paragraphs[..k].iter().rev().take(2) {
                    if let Some(found) = self.one_entity(previous.clone(), &label) {
                        return found;
                    }
                }
                None
            }
        }
    }

    /// Among the mentions with `label` in `range` outside quotes: `None` when there are none,
    /// `Some(Some(id))` when they are all one entity, `Some(None)` when they are several.
    fn one_entity(&self, range: Range<usize>, label: &Label) -> Option<Option<usize>> {
        let first = self.mentions.partition_point(|m| m.start < range.start);
        let mut found: Option<usize> = None;
        for m in &self.mentions[first..] {
            if m.end > range.end {
                break;
            }
            if m.label != *label || self.in_quote(m.start) {
                continue;
            }
            match found {
                None => found = Some(m.entity),
                Some(id) if id == m.entity => {}
                Some(_) => return Some(None),
            }
        }
        found.map(Some)
    }

    fn in_quote(&self, at: usize) -> bool {
        let k = self.spans.partition_point(|s| s.start <= at);
        k > 0 && self.spans[k - 1].end > at
    }

    /// The speaker that starts at `p`: a mention, `he`/`she`/`it`, `the <noun>`; with where it ends.
    /// `a spokesman`, `they`: attributed to someone unnamed.
    fn subject_from(&self, p: usize, limit: usize) -> Option<(Attribution, usize)> {
        let k = self.mentions.partition_point(|m| m.start < p);
        if let Some(m) = self.mentions.get(k).filter(|m| m.start == p) {
            return can_speak(&m.label).then_some((Attribution::Named(m.entity), m.end));
        }
        let (word, end) = self.word_at(p, limit)?;
        if let Some(who) = self.short_name(word, p) {
            return Some((who, end));
        }
        match word {
            "he" | "she" | "He" | "She" => Some((Attribution::Pronoun { org: false, at: p }, end)),
            "it" | "It" => Some((Attribution::Pronoun { org: true, at: p }, end)),
            "they" | "we" | "I" | "They" | "We" => Some((Attribution::Unknown, end)),
            "a" | "an" | "one" => {
                let (_, noun_end) = self.word_at(self.skip_spaces(end, limit), limit)?;
                Some((Attribution::Unknown, noun_end))
            }
            "the" => {
                // Up to three lower-case words: "the professor", "the foreign minister".
                let mut q = self.skip_spaces(end, limit);
                let mut last = None;
                for _ in 0..3 {
                    match self.word_at(q, limit) {
                        Some((w, e)) if w.bytes().all(|b| b.is_ascii_lowercase()) => {
                            if is_speech_verb(w) {
                                break;
                            }
                            last = Some((w, e));
                            q = self.skip_spaces(e, limit);
                        }
                        _ => break,
                    }
                }
                let (noun, noun_end) = last?;
                let org = ORG_NOUNS.contains(&noun);
                Some((Attribution::Pronoun { org, at: p }, noun_end))
            }
            _ => None,
        }
    }

    /// The speaker that ends right before the verb at `verb_at` (after an adverb or an appositive).
    fn subject_before(&self, verb_at: usize, clause_start: usize) -> Option<Attribution> {
        let mut e = verb_at;
        let bytes = self.text.as_bytes();
        for _ in 0..4 {
            e = trim_back(bytes, clause_start, e);
            if e > clause_start && bytes[e - 1] == b',' {
                // "The senator, Mark Sullivan, wrote": the name between the commas; "Moon, an
                // arms-control expert at KRIS, told": the name before the first comma.
                let inner_end = trim_back(bytes, clause_start, e - 1);
                if let Some(who) = self.named_ending_at(inner_end) {
                    return Some(who);
                }
                let comma = bytes[clause_start..inner_end]
                    .iter()
                    .rposition(|&b| b == b',')?;
                e = clause_start + comma;
                continue;
            }
            let head = &self.text[clause_start..e];
            if let Some(who) = self.named_ending_at(e) {
                return Some(who);
            }
            let word_start = head
                .bytes()
                .rposition(|b| !is_word_byte(b))
                .map_or(0, |i| i + 1);
            let word = &head[word_start..];
            let at = clause_start + word_start;
            match word {
                "he" | "she" | "He" | "She" => {
                    return Some(Attribution::Pronoun { org: false, at })
                }
                "it" | "It" => return Some(Attribution::Pronoun { org: true, at }),
                "they" | "we" | "I" | "They" | "We" => return Some(Attribution::Unknown),
                _ => {}
            }
            if is_adverb(word) {
                e = at;
                continue;
            }
            if let Some(who) = self.short_name(word, at) {
                return Some(who);
            }
            // "the professor", "the foreign minister".
            let before = words(bytes, clause_start, at);
            let words: Vec<&str> = before
                .iter()
                .rev()
                .take(3)
                .map(|&(a, b)| &self.text[a..b])
                .collect();
            if word.bytes().all(|b| b.is_ascii_lowercase()) && !word.is_empty() {
                if let Some(the) = words.iter().position(|w| w.eq_ignore_ascii_case("the")) {
                    let lower_between = words[..the]
                        .iter()
                        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
                    if lower_between {
                        let org = ORG_NOUNS.contains(&word);
                        return Some(Attribution::Pronoun { org, at });
                    }
                }
            }
            return None;
        }
        None
    }

    /// The speaker named by the mention ending at `e`, if it can speak.
    fn named_ending_at(&self, e: usize) -> Option<Attribution> {
        let k = self.mentions.partition_point(|m| m.end < e);
        let m = self.mentions.get(k).filter(|m| m.end == e)?;
        can_speak(&m.label).then_some(Attribution::Named(m.entity))
    }

    /// A capitalised word at `at` that is not a mention but a word of the closest earlier PERSON
    /// mention that has it, at most 3000 bytes back ("Price said" after "Samuel Price"): that person.
    fn short_name(&self, word: &str, at: usize) -> Option<Attribution> {
        if word.len() < 3 || !word.as_bytes()[0].is_ascii_uppercase() {
            return None;
        }
        // Within the last few paragraphs (SHORT_NAME_BYTES): each look costs a bounded time.
        let from = at.saturating_sub(SHORT_NAME_BYTES);
        let first = self.mentions.partition_point(|m| m.start < from);
        let k = self.mentions.partition_point(|m| m.end <= at).max(first);
        self.mentions[first..k]
            .iter()
            .rev()
            .find(|m| m.label == Label::Person && m.text.split(' ').any(|w| w == word))
            .map(|m| Attribution::Named(m.entity))
    }

    /// The text of the word at `a..b` without a trailing comma or full stop.
    fn word_text(&self, a: usize, b: usize) -> &'a str {
        let end = if matches!(self.text.as_bytes()[b - 1], b',' | b'.' | b':') {
            b - 1
        } else {
            b
        };
        &self.text[a..end]
    }

    /// Whether a verb of saying is among the first four words from `p`, before any punctuation that
    /// ends a clause.
    fn speech_verb_follows(&self, p: usize, limit: usize) -> bool {
        let bytes = self.text.as_bytes();
        let clause_end = bytes[p..limit]
            .iter()
            .position(|&b| matches!(b, b',' | b';' | b'"' | b'?' | b'!'))
            .map_or(limit, |i| p + i);
        words(bytes, p, clause_end)
            .iter()
            .take(4)
            .any(|&(a, b)| is_speech_verb(self.word_text(a, b)))
    }

    /// The word (letters, digits, `-`, `'`) starting at `p`, and where it ends.
    fn word_at(&self, p: usize, limit: usize) -> Option<(&'a str, usize)> {
        let rest = self.text.as_bytes().get(p..limit)?;
        // Stops at ASCII punctuation and spaces and at the lead byte E2 of general punctuation
        // (curly quotes, dashes: E2 80 xx), so always at a character boundary.
        let len = rest
            .iter()
            .enumerate()
            .position(|(i, &b)| !is_word_byte(b) || (b == 0xE2 && rest.get(i + 1) == Some(&0x80)))
            .unwrap_or(rest.len());
        (len > 0).then(|| (&self.text[p..p + len], p + len))
    }

    /// Past the words `expected` (lower case) from `p`, and the spaces after them.
    fn after_words(&self, p: usize, limit: usize, expected: &[&str]) -> Option<usize> {
        let mut q = self.skip_spaces(p, limit);
        for want in expected {
            let (w, e) = self.word_at(q, limit)?;
            if !w.eq_ignore_ascii_case(want) {
                return None;
            }
            q = self.skip_spaces(e, limit);
        }
        Some(q)
    }

    fn skip_spaces(&self, p: usize, limit: usize) -> usize {
        let rest = self.text.as_bytes().get(p..limit).unwrap_or_default();
        p + rest
            .iter()
            .position(|&b| !is_space(b))
            .unwrap_or(rest.len())
    }
}
