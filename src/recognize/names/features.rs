//! Features of one token for the tagger: hashed strings describing the word, its neighbours,
//! its shape, its gazetteer entries and what the rest of the document says about it.
//!
//! The same code computes features for training and for tagging, so the two cannot drift apart.

use std::borrow::Cow;

use super::gazetteer::{self, Gazetteer};
use super::tokens::Token;
use crate::fast_hash::FastSet;

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

/// What one pass over a token's bytes tells: its hashes, shape and case, and later its
/// gazetteer entries. One array of these per sentence keeps the per-token data together.
#[derive(Clone, Copy, Default)]
struct TokenInfo {
    /// Gazetteer key of the lower-case word ([`gazetteer::key_feed`]).
    key: u64,
    /// FNV-1a of the lower-case word.
    word_hash: u32,
    /// FNV-1a of the shape (or of the true-cased shape guessed in a headline).
    shape_hash: u32,
    /// Gazetteer flags, with the internal phrase-start bit; only looked up near candidates.
    flags: u16,
    /// Gazetteer phrase membership: bit 0 begins a phrase, bit 1 inside one; bits 2.. are the flags.
    phrase: u16,
    /// [`CAP`], [`LETTER`], [`ALL_UPPER`], [`ANY_UPPER`], [`CANDIDATE`].
    bits: u8,
}

/// The token starts with an upper-case letter.
const CAP: u8 = 1;
/// The token has a letter.
const LETTER: u8 = 2;
/// The token has letters and all of them are upper case.
const ALL_UPPER: u8 = 4;
/// The token has an upper-case letter.
const ANY_UPPER: u8 = 8;
/// The token is tagged (others are O without scoring).
const CANDIDATE: u8 = 16;

/// One sentence prepared for tagging: a view into a [`Prepared`] text.
#[derive(Clone, Copy)]
pub struct SentenceView<'a> {
    /// The tokens.
    pub tokens: &'a [Token<'a>],
    info: &'a [TokenInfo],
    upper: bool,
}

/// The sentences of a text prepared for tagging, their tokens kept in two flat arrays (one
/// allocation each for the whole text, not several per sentence).
#[derive(Default)]
pub struct Prepared<'a> {
    tokens: Vec<Token<'a>>,
    info: Vec<TokenInfo>,
    /// Per sentence: token range and whether it is a headline in capitals.
    sentences: Vec<(usize, usize, bool)>,
}

impl<'a> Prepared<'a> {
    /// Prepares no sentence yet; `capacity` is a guess of the number of tokens.
    pub fn with_capacity(capacity: usize) -> Self {
        Prepared {
            tokens: Vec::with_capacity(capacity),
            info: Vec::with_capacity(capacity),
            sentences: Vec::new(),
        }
    }

    /// Adds the sentence `sentence`, which starts at byte `offset` of the text, unless it has no
    /// candidate token.
    pub fn push_sentence(&mut self, sentence: &'a str, offset: usize) {
        let start = self.tokens.len();
        super::tokens::tokenize_into(sentence, offset, &mut self.tokens);
        self.info
            .extend(self.tokens[start..].iter().map(|t| scan(t.text)));
        let (upper, any) = analyse(&self.tokens[start..], &mut self.info[start..]);
        if any {
            self.sentences.push((start, self.tokens.len(), upper));
        } else {
            self.tokens.truncate(start);
            self.info.truncate(start);
        }
    }

    /// The prepared sentences.
    pub fn views(&self) -> Vec<SentenceView<'_>> {
        self.sentences
            .iter()
            .map(|&(s, e, upper)| SentenceView {
                tokens: &self.tokens[s..e],
                info: &self.info[s..e],
                upper,
            })
            .collect()
    }
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
            for i in 0..s.len() {
                if s.info[i].bits & LETTER == 0 {
                    continue;
                }
                let h = s.info[i].word_hash;
                if s.info[i].bits & CAP != 0 {
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

impl DocContext {
    /// Whether the document writes `word` in lower case somewhere (outside headlines in capitals).
    pub fn seen_in_lower_case(&self, word: &str) -> bool {
        // The hash `scan` gives the word's tokens.
        self.lower_seen
            .contains(&hash_bytes(lower(word).as_bytes()))
    }
}

#[inline]
fn is_opening(t: &Token<'_>) -> bool {
    t.text.len() <= 3
        && matches!(
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

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    #[cfg(test)]
    fn as_str(&self) -> &str {
        // Only ASCII bytes are ever pushed.
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

/// The shape letter of an ASCII byte: `X` upper case, `x` lower case, `d` digit, punctuation as
/// itself, `o` anything else.
fn shape_class(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b'X',
        b'a'..=b'z' => b'x',
        b'0'..=b'9' => b'd',
        _ if b.is_ascii_punctuation() => b,
        _ => b'o',
    }
}

fn shape(s: &str) -> Shape {
    let mut out = Shape::new("");
    if s.is_ascii() {
        let mut last = 0u8;
        for b in s.bytes() {
            let k = shape_class(b);
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

/// Marks the candidates of one sentence's tokens and looks up what the features read near them;
/// returns whether the sentence is a headline in capitals and whether it has a candidate.
fn analyse(tokens: &[Token<'_>], info: &mut [TokenInfo]) -> (bool, bool) {
    let gaz = Gazetteer::get();
    let n = tokens.len();
    let lettered = info.iter().filter(|t| t.bits & LETTER != 0).count();
    let upper = lettered >= 3
        && info
            .iter()
            .filter(|t| t.bits & LETTER != 0)
            .all(|t| t.bits & ALL_UPPER != 0);
    let cap = |info: &[TokenInfo], i: usize| upper || info[i].bits & CAP != 0;
    // Candidates.
    let mut any = false;
    for i in 0..n {
        let t = info[i].bits;
        let candidate = if upper {
            t & LETTER != 0 || tokens[i].text == "&"
        } else if t & ANY_UPPER != 0 {
            true
        } else {
            // A connector, possibly one of two ("von der"), between capitalised words.
            let joins = |k: usize| info[k].bits & LETTER == 0 || is_connector(tokens[k].text);
            t & LETTER != 0
                && ((i > 0 && cap(info, i - 1)) || (i > 1 && cap(info, i - 2) && joins(i - 1)))
                && ((i + 1 < n && cap(info, i + 1))
                    || (i + 2 < n && cap(info, i + 2) && joins(i + 1)))
                && joins(i)
        };
        if candidate {
            info[i].bits |= CANDIDATE;
            any = true;
        }
    }
    if !any {
        return (upper, false);
    }
    // Gazetteer entries, looked up only where a feature or rule can read them: within two
    // tokens of a candidate (everywhere in a headline, for its true-cased shapes).
    for i in 0..n {
        let near = || (i.saturating_sub(1)..(i + 3).min(n)).any(|k| info[k].bits & CANDIDATE != 0);
        if upper || near() {
            (info[i].key, info[i].shape_hash) = key_and_shape(tokens[i].text);
            let mut f = gaz.raw(info[i].key);
            if !upper && tokens[i].text == "US" {
                f |= gazetteer::PLACE;
            }
            info[i].flags = f;
        }
    }
    if upper {
        for (t, token) in info.iter_mut().zip(tokens) {
            if t.bits & LETTER != 0 {
                // Headline: guess the ordinary case of the word from the common-word list.
                let s = if t.flags & gazetteer::COMMON != 0 {
                    "x"
                } else if token.text.chars().count() <= 3 && t.flags & !gazetteer::PHRASE_START == 0
                {
                    "X"
                } else {
                    "Xx"
                };
                t.shape_hash = hash_bytes(s.as_bytes());
            }
        }
    }
    let mut i = 0;
    while i < n {
        let mut matched = 0;
        if cap(info, i) && info[i].flags & gazetteer::PHRASE_START != 0 {
            let mut key = info[i].key;
            for len in 2..=gazetteer::MAX_PHRASE_TOKENS.min(n - i) {
                key = key_lower(gazetteer::key_byte(key, b' '), tokens[i + len - 1].text);
                let f = gaz.flags_of_key(key);
                if f & (gazetteer::PLACE | gazetteer::DEMONYM) != 0 {
                    matched = len;
                    info[i].phrase = 1 | (f << 2);
                    for p in info.iter_mut().skip(i + 1).take(len - 1) {
                        p.phrase = 2 | (f << 2);
                    }
                }
            }
        }
        i += matched.max(1);
    }
    (upper, any)
}

impl<'a> SentenceView<'a> {
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

    /// The gazetteer flags of token `i` (looked up only within two tokens of a candidate; 0
    /// elsewhere).
    #[inline]
    pub fn flags(&self, i: usize) -> u16 {
        self.info[i].flags & !gazetteer::PHRASE_START
    }

    /// The gazetteer phrase flags of token `i`: bit 0 begins a place or nationality phrase
    /// ("New York"), bit 1 inside one; bits 2.. are the phrase's flags.
    #[inline]
    pub fn phrase(&self, i: usize) -> u16 {
        self.info[i].phrase
    }

    /// Whether token `i` is tagged (others are O without scoring).
    #[inline]
    pub fn is_candidate(&self, i: usize) -> bool {
        self.info[i].bits & CANDIDATE != 0
    }

    /// Whether any token of the sentence is tagged.
    pub fn has_candidate(&self) -> bool {
        self.info.iter().any(|t| t.bits & CANDIDATE != 0)
    }

    /// Writes the hashed features of token `i`, given the previous token's tag, into `out`.
    pub fn features(&self, doc: &DocContext, i: usize, prev_tag: u8, out: &mut Vec<u32>) {
        out.clear();
        let n = self.len();
        let ii = i as isize;
        let word = |j: isize| -> u32 {
            if j < 0 {
                BOS
            } else if j as usize >= n {
                EOS
            } else {
                self.info[j as usize].word_hash
            }
        };
        let shp = |j: isize| -> u32 {
            if j < 0 {
                BOS
            } else if j as usize >= n {
                EOS
            } else {
                self.info[j as usize].shape_hash
            }
        };
        let (wh, sh, tag) = (word(ii), shp(ii), u32::from(prev_tag));
        out.push(feature(1, 0));
        out.push(feature(2, wh));
        out.push(feature(3, sh));
        let (pre, suf) = affix_hashes(self.tokens[i].text);
        out.push(feature(4, suf));
        out.push(feature(5, pre));
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
            // The set bits among the low 8, in ascending order.
            let mut rest = flags & 0xff;
            while rest != 0 {
                out.push(feature(template, rest.trailing_zeros()));
                rest &= rest - 1;
            }
        };
        let f = self.flags(i);
        flag_feats(21, f, out);
        if f != 0 {
            out.push(feature2(22, u32::from(f), sh));
        }
        if i > 0 {
            flag_feats(23, self.flags(i - 1), out);
            out.push(feature2(24, u32::from(self.phrase(i - 1)), tag));
        }
        if i + 1 < n {
            flag_feats(25, self.flags(i + 1), out);
            out.push(feature(26, u32::from(self.phrase(i + 1))));
        }
        if i > 1 {
            flag_feats(
                27,
                self.flags(i - 2) & (gazetteer::TITLE | gazetteer::GIVEN),
                out,
            );
        }
        if self.phrase(i) != 0 {
            out.push(feature(28, u32::from(self.phrase(i))));
        }
        if self.info[i].bits & LETTER != 0 {
            let lc = doc.lower_seen.contains(&wh);
            let cm = doc.cap_mid.contains(&wh);
            let bits = u32::from(lc) | u32::from(cm) << 1 | u32::from(first) << 2;
            out.push(feature(29, bits));
        }
    }
}

/// Whether a word is one of the [`CONNECTORS`] (in any case).
fn is_connector(text: &str) -> bool {
    text.len() <= 5 && CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(text))
}

/// Reads a token once: hashes of its lower-case form (feature and gazetteer key), its shape and
/// its case bits. ASCII words (nearly all) take one pass without allocating.
fn scan(text: &str) -> TokenInfo {
    if !text.is_ascii() {
        let t = Token {
            start: 0,
            end: 0,
            text,
        };
        let l = lower(text);
        let mut bits = 0;
        for (yes, bit) in [
            (t.is_capitalised(), CAP),
            (t.has_letter(), LETTER),
            (t.is_all_upper(), ALL_UPPER),
            (text.chars().any(char::is_uppercase), ANY_UPPER),
        ] {
            if yes {
                bits |= bit;
            }
        }
        return TokenInfo {
            word_hash: hash_bytes(l.as_bytes()),
            bits,
            ..TokenInfo::default()
        };
    }
    let mut h32 = FNV_OFFSET;
    let (mut up, mut low) = (false, false);
    for &b in text.as_bytes() {
        up |= b.is_ascii_uppercase();
        low |= b.is_ascii_lowercase();
        h32 =
            (h32 ^ u32::from(b | (u8::from(b.is_ascii_uppercase()) << 5))).wrapping_mul(FNV_PRIME);
    }
    let mut bits = 0;
    if text.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        bits |= CAP;
    }
    if up || low {
        bits |= LETTER;
    }
    if up && !low {
        bits |= ALL_UPPER;
    }
    if up {
        bits |= ANY_UPPER;
    }
    TokenInfo {
        word_hash: h32,
        bits,
        ..TokenInfo::default()
    }
}

/// The gazetteer key and shape hash of a word, read only for tokens near a candidate.
fn key_and_shape(text: &str) -> (u64, u32) {
    if !text.is_ascii() {
        let l = lower(text);
        return (
            gazetteer::key_feed(gazetteer::KEY_START, l.as_bytes()),
            hash_bytes(shape(text).as_bytes()),
        );
    }
    let mut h64 = gazetteer::KEY_START;
    let mut shape = Shape::new("");
    let mut last = 0u8;
    for &b in text.as_bytes() {
        h64 = gazetteer::key_byte(h64, b.to_ascii_lowercase());
        let k = shape_class(b);
        if k != last && shape.len < 6 {
            shape.push(k);
            last = k;
        }
    }
    (h64, hash_bytes(shape.as_bytes()))
}

/// The gazetteer key of a word in any case (see [`gazetteer::key_feed`]).
pub fn key_of(text: &str) -> u64 {
    key_lower(gazetteer::KEY_START, text)
}

/// Continues a gazetteer key with the lower-case form of `text`.
fn key_lower(mut h: u64, text: &str) -> u64 {
    if text.is_ascii() {
        for &b in text.as_bytes() {
            h = gazetteer::key_byte(h, b.to_ascii_lowercase());
        }
        h
    } else {
        gazetteer::key_feed(h, lower(text).as_bytes())
    }
}

/// Hashes of the lower-case 3-character prefix and suffix of a word.
fn affix_hashes(text: &str) -> (u32, u32) {
    if text.is_ascii() {
        let b = text.as_bytes();
        let hash_lower = |bytes: &[u8]| {
            let mut h = FNV_OFFSET;
            for &c in bytes {
                h = (h ^ u32::from(c.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
            }
            h
        };
        return (
            hash_lower(&b[..b.len().min(3)]),
            hash_lower(&b[b.len().saturating_sub(3)..]),
        );
    }
    let l = lower(text);
    (
        hash_bytes(prefix(&l, 3).as_bytes()),
        hash_bytes(suffix(&l, 3).as_bytes()),
    )
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
        let mut p = Prepared::default();
        p.push_sentence("the Bank of England said", 0);
        let v = p.views()[0];
        let candidates: Vec<bool> = (0..v.len()).map(|i| v.is_candidate(i)).collect();
        assert_eq!(candidates, [false, true, true, true, false]);
    }

    #[test]
    fn headlines_are_recognised_and_phrases_marked() {
        let mut p = Prepared::default();
        p.push_sentence("TALKS IN NEW YORK FAIL", 0);
        let v = p.views()[0];
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
