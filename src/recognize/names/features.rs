//! Features of one token for the tagger: hashed strings describing the word, its neighbours,
//! its shape, its gazetteer entries and what the rest of the document says about it.
//!
//! The same code computes features for training and for tagging, so the two cannot drift apart.

use std::borrow::Cow;

use super::fasthash::FastSet;
use super::gazetteer::{self, Gazetteer};
use super::tokens::Token;

/// Number of tag classes: O, PERSON, ORG, PLACE, MISC.
pub const CLASSES: usize = 5;
/// Tag: not part of a name.
pub const O: u8 = 0;
/// Tag: part of a person's name.
pub const PER: u8 = 1;
/// Tag: part of an organisation's name.
pub const ORG: u8 = 2;
/// Tag: part of a place name.
pub const LOC: u8 = 3;
/// Tag: part of another name (works, events, products).
pub const MISC: u8 = 4;

/// Lower-case words that may join the capitalised words of one name ("Bank of England").
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den",
    "al", "bin", "el", "y", "and", "&", "for", "on", "upon", "the", "st.", "dos", "das",
];

/// One sentence prepared for tagging.
pub struct SentenceView<'a> {
    /// The tokens.
    pub tokens: Vec<Token<'a>>,
    lower: Vec<Cow<'a, str>>,
    word_hash: Vec<u32>,
    shape_hash: Vec<u32>,
    flags: Vec<u16>,
    /// Gazetteer phrase membership: bit 0 begins a phrase, bit 1 inside one; bits 2.. are the flags.
    phrase: Vec<u16>,
    /// Whether the token is tagged (others are O without scoring).
    pub candidate: Vec<bool>,
    upper: bool,
}

/// What the whole document says about words: which appear in lower case, which capitalised
/// in the middle of a sentence.
#[derive(Default)]
pub struct DocContext {
    lower_seen: FastSet<u32>,
    cap_mid: FastSet<u32>,
}

impl DocContext {
    /// Gathers the document context of `sentences`.
    pub fn new(sentences: &[SentenceView<'_>]) -> Self {
        let mut doc = DocContext::default();
        for s in sentences.iter().filter(|s| !s.upper) {
            for (i, t) in s.tokens.iter().enumerate() {
                if !t.has_letter() {
                    continue;
                }
                let h = s.word_hash[i];
                if t.is_capitalised() {
                    if i > 0 && !is_opening(&s.tokens[i - 1]) {
                        doc.cap_mid.insert(h);
                    }
                } else {
                    doc.lower_seen.insert(h);
                }
            }
        }
        doc
    }
}

fn is_opening(t: &Token<'_>) -> bool {
    matches!(
        t.text,
        "\"" | "'" | "(" | "[" | "\u{201C}" | "\u{2018}" | "«" | "-" | "--" | ":" | "\u{2014}"
    )
}

/// Lower-cases a word, without allocating twice for ASCII.
fn lower(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        };
    }
    if !s.chars().any(char::is_uppercase) {
        Cow::Borrowed(s)
    } else if s.is_ascii() {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// The short shape of a word: upper → X, lower → x, digit → d, runs collapsed ("Xx", "X.X.", "d").
/// A word shape: up to 6 ASCII characters, stored inline.
#[derive(Clone, Copy)]
struct Shape {
    bytes: [u8; 6],
    len: u8,
}

impl Shape {
    fn new(s: &str) -> Shape {
        let mut out = Shape {
            bytes: [0; 6],
            len: 0,
        };
        for b in s.bytes().take(6) {
            out.push(b);
        }
        out
    }

    fn push(&mut self, b: u8) {
        if (self.len as usize) < self.bytes.len() {
            self.bytes[self.len as usize] = b;
            self.len += 1;
        }
    }

    fn as_str(&self) -> &str {
        // Only ASCII bytes are ever pushed.
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }
}

fn shape(s: &str) -> Shape {
    let mut out = Shape::new("");
    if s.is_ascii() {
        let mut last = 0u8;
        for b in s.bytes() {
            let k = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                _ if b.is_ascii_punctuation() => b,
                _ => b'o',
            };
            if k != last {
                out.push(k);
                last = k;
            }
            if out.len >= 6 {
                break;
            }
        }
        return out;
    }
    let mut last = '\0';
    for c in s.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_ascii_punctuation() {
            c
        } else if c.is_alphabetic() {
            'x'
        } else {
            'o'
        };
        if k != last {
            out.push(k as u8);
            last = k;
        }
        if out.len >= 6 {
            break;
        }
    }
    out
}

impl<'a> SentenceView<'a> {
    /// Prepares `tokens` (one sentence) for feature extraction.
    pub fn new(tokens: Vec<Token<'a>>) -> Self {
        let gaz = Gazetteer::get();
        let lower: Vec<Cow<'a, str>> = tokens.iter().map(|t| lower(t.text)).collect();
        let lettered = tokens.iter().filter(|t| t.has_letter()).count();
        let upper = lettered >= 3
            && tokens
                .iter()
                .filter(|t| t.has_letter())
                .all(|t| t.is_all_upper());
        let flags: Vec<u16> = tokens
            .iter()
            .zip(&lower)
            .map(|(t, l)| {
                let mut f = gaz.flags(l);
                if t.text == "US" && !upper {
                    f |= gazetteer::PLACE;
                }
                f
            })
            .collect();
        let mut shape_v: Vec<Shape> = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            if upper && t.has_letter() {
                // Headline: guess the ordinary case of the word from the common-word list.
                let s = if flags[i] & gazetteer::COMMON != 0 {
                    "x"
                } else if t.text.chars().count() <= 3 && flags[i] == 0 {
                    "X"
                } else {
                    "Xx"
                };
                shape_v.push(Shape::new(s));
            } else {
                shape_v.push(shape(t.text));
            }
        }
        let n = tokens.len();
        let cap = |i: usize| upper || tokens[i].is_capitalised();
        let mut candidate = vec![false; n];
        for i in 0..n {
            let t = &tokens[i];
            candidate[i] = if upper {
                t.has_letter() || t.text == "&"
            } else if t.text.chars().any(char::is_uppercase) {
                true
            } else {
                // A connector, possibly one of two ("von der"), between capitalised words.
                let joins = |k: usize| CONNECTORS.contains(&&*lower[k]) || !tokens[k].has_letter();
                joins(i)
                    && tokens[i].has_letter()
                    && ((i > 0 && cap(i - 1)) || (i > 1 && joins(i - 1) && cap(i - 2)))
                    && ((i + 1 < n && cap(i + 1)) || (i + 2 < n && joins(i + 1) && cap(i + 2)))
            };
        }
        let mut phrase = vec![0u16; n];
        let mut i = 0;
        while i < n {
            let mut matched = 0;
            if cap(i) && gaz.starts_phrase(&lower[i]) {
                let mut key = lower[i].to_string();
                for len in 2..=gazetteer::MAX_PHRASE_TOKENS.min(n - i) {
                    key.push(' ');
                    key.push_str(&lower[i + len - 1]);
                    let f = gaz.flags(&key);
                    if f & (gazetteer::PLACE | gazetteer::DEMONYM) != 0 {
                        matched = len;
                        phrase[i] = 1 | (f << 2);
                        for p in phrase.iter_mut().skip(i + 1).take(len - 1) {
                            *p = 2 | (f << 2);
                        }
                    }
                }
            }
            i += matched.max(1);
        }
        let word_hash = lower.iter().map(|l| hash_bytes(l.as_bytes())).collect();
        let shape_hash = shape_v
            .iter()
            .map(|s| hash_bytes(s.as_str().as_bytes()))
            .collect();
        SentenceView {
            tokens,
            lower,
            word_hash,
            shape_hash,
            flags,
            phrase,
            candidate,
            upper,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Whether the sentence is written in capitals (a headline).
    pub fn upper(&self) -> bool {
        self.upper
    }

    /// The lower-case form of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        &self.lower[i]
    }

    /// The gazetteer flags of token `i`.
    pub fn flags(&self, i: usize) -> u16 {
        self.flags[i]
    }

    /// The gazetteer phrase flags of token `i` (see the field's docs).
    pub fn phrase(&self, i: usize) -> u16 {
        self.phrase[i]
    }

    /// Writes the hashed features of token `i`, given the previous token's tag, into `out`.
    pub fn features(&self, doc: &DocContext, i: usize, prev_tag: u8, out: &mut Vec<u32>) {
        out.clear();
        let n = self.len();
        let w: &str = &self.lower[i];
        let ii = i as isize;
        let word = |j: isize| -> u32 {
            if j < 0 {
                BOS
            } else if j as usize >= n {
                EOS
            } else {
                self.word_hash[j as usize]
            }
        };
        let shp = |j: isize| -> u32 {
            if j < 0 {
                BOS
            } else if j as usize >= n {
                EOS
            } else {
                self.shape_hash[j as usize]
            }
        };
        let (wh, sh, tag) = (word(ii), shp(ii), u32::from(prev_tag));
        out.push(feature(1, 0));
        out.push(feature(2, wh));
        out.push(feature(3, sh));
        out.push(feature(4, hash_bytes(suffix(w, 3).as_bytes())));
        out.push(feature(5, hash_bytes(prefix(w, 3).as_bytes())));
        out.push(feature(6, word(ii - 1)));
        out.push(feature(7, word(ii + 1)));
        out.push(feature(8, word(ii - 2)));
        out.push(feature(9, word(ii + 2)));
        out.push(feature(10, shp(ii - 1)));
        out.push(feature(11, shp(ii + 1)));
        out.push(feature(12, tag));
        out.push(feature2(13, tag, sh));
        out.push(feature2(14, word(ii - 1), wh));
        out.push(feature2(15, wh, word(ii + 1)));
        out.push(feature2(16, shp(ii - 1), sh));
        out.push(feature2(17, sh, shp(ii + 1)));
        out.push(feature2(18, tag, wh));
        let first = i == 0 || is_opening(&self.tokens[i - 1]);
        if first {
            out.push(feature(19, sh));
        }
        if self.upper {
            out.push(feature(20, sh));
        }
        let flag_feats = |template: u32, flags: u16, out: &mut Vec<u32>| {
            for bit in 0..8u32 {
                if flags & (1 << bit) != 0 {
                    out.push(feature(template, bit));
                }
            }
        };
        let f = self.flags[i];
        flag_feats(21, f, out);
        if f != 0 {
            out.push(feature2(22, u32::from(f), sh));
        }
        if i > 0 {
            flag_feats(23, self.flags[i - 1], out);
            out.push(feature2(24, u32::from(self.phrase[i - 1]), tag));
        }
        if i + 1 < n {
            flag_feats(25, self.flags[i + 1], out);
            out.push(feature(26, u32::from(self.phrase[i + 1])));
        }
        if i > 1 {
            flag_feats(
                27,
                self.flags[i - 2] & (gazetteer::TITLE | gazetteer::GIVEN),
                out,
            );
        }
        if self.phrase[i] != 0 {
            out.push(feature(28, u32::from(self.phrase[i])));
        }
        if self.tokens[i].has_letter() {
            let lc = doc.lower_seen.contains(&wh);
            let cm = doc.cap_mid.contains(&wh);
            let bits = u32::from(lc) | u32::from(cm) << 1 | u32::from(first) << 2;
            out.push(feature(29, bits));
        }
    }
}

/// Hash of the position before the first token.
const BOS: u32 = 0x2545_f491;
/// Hash of the position after the last token.
const EOS: u32 = 0x6a09_e667;

fn suffix(s: &str, n: usize) -> &str {
    let mut idx = s.len();
    for (k, (i, _)) in s.char_indices().rev().enumerate() {
        if k == n {
            break;
        }
        idx = i;
    }
    &s[idx..]
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// The hash of the always-present bias feature.
pub fn bias_feature() -> u32 {
    feature(1, 0)
}

/// FNV-1a of a byte string (words and shapes are hashed once per token).
#[inline(always)]
fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h = FNV_OFFSET;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Mixes 32 bits well (the finaliser of MurmurHash3).
#[inline(always)]
fn fmix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// A feature: a template number and one hashed value.
#[inline(always)]
fn feature(template: u32, value: u32) -> u32 {
    fmix(value ^ fmix(template.wrapping_mul(0x9e37_79b9).wrapping_add(1)))
}

/// A feature: a template number and two hashed values.
#[inline(always)]
fn feature2(template: u32, a: u32, b: u32) -> u32 {
    feature(
        template,
        fmix(a).rotate_left(11) ^ b.wrapping_mul(0x2710_0001),
    )
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn shapes_are_short() {
        assert_eq!(shape("Putin").as_str(), "Xx");
        assert_eq!(shape("U.S.").as_str(), "X.X.");
        assert_eq!(shape("1996").as_str(), "d");
        assert_eq!(shape("McDonald").as_str(), "XxXx");
        assert_eq!(shape("a-b-c-d-e").as_str(), "x-x-x-");
    }

    #[test]
    fn connectors_between_capitals_are_candidates() {
        let v = SentenceView::new(tokenize("the Bank of England said", 0));
        assert_eq!(v.candidate, [false, true, true, true, false]);
    }

    #[test]
    fn headlines_are_recognised_and_phrases_marked() {
        let v = SentenceView::new(tokenize("TALKS IN NEW YORK FAIL", 0));
        assert!(v.upper);
        assert_eq!(v.phrase(2) & 3, 1);
        assert_eq!(v.phrase(3) & 3, 2);
    }

    #[test]
    fn suffix_and_prefix_respect_char_boundaries() {
        assert_eq!(suffix("zürich", 3), "ich");
        assert_eq!(prefix("ülm", 2), "ül");
        assert_eq!(suffix("ab", 3), "ab");
    }
}
