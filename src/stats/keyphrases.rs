//! Keyphrases: candidate phrases built from the crate's cues, scored by YAKE! (Campos et al. 2020).
//!
//! **Candidates** are runs of one to three words inside one *chunk*: a chunk never crosses a sentence
//! end, punctuation, a number, an e-mail address or URL, a pattern mention (date, amount, ...) or a
//! common verb form (`src/stats/data/verbs.txt`). A candidate starts and ends with a content word (not
//! a stop word); a stop word may sit inside ("rule of law"). A recognised name is one unit: a candidate
//! never cuts it, and each linked entity is one candidate under its canonical (fullest) name, counted
//! once per mention ("Kim Jong Un" for "Kim Jong Un", "Kim" and "Kim's"). Without recognised names, a
//! run of two or three capitalised words inside a sentence is kept whole in the same way.
//!
//! **Word scores** (one per Porter2 stem; lower is more important), from the paper's five features:
//! casing `max(TF_upper, TF_acronym) / (1 + ln TF)`, position `ln(ln(3 + median sentence))`, frequency
//! `TF / (mean TF + σ)`, relatedness to context `1 + (DL + DR) · TF / max TF` (DL, DR: distinct
//! neighbours on the left and right over all co-occurrences there) and spread `SF / sentences`:
//! `S(w) = Rel · Pos / (Case + FNorm / Rel + Spread / Rel)`.
//!
//! **Candidate score** `S(k) = Π S(w) / (TF(k) · (1 + Σ S(w)))` over its content words; a stop word
//! inside multiplies the product by `2 − P`, where `P` is the probability of the words around it
//! following each other through it. Candidates are ranked by score, and one whose text is too similar
//! (a Levenshtein ratio of at least [`DEDUP_SIMILARITY`]) to a better one, or whose words are part of
//! a better one that occurs as often ("weapons" after "nuclear weapons"), is left out.

use super::counts::{Document, Word, SPEND_EVERY_BYTES};
use super::keywords::Stems;
use super::word_lists;
use crate::analysis::{Entity, Keyword, Mention};
use crate::fast_hash::FastMap;
use crate::label::Label;
use crate::steps::Budget;

/// The most words of a candidate phrase (YAKE's n-gram size).
const MAX_WORDS: usize = 3;

/// Two candidates whose lower-case texts have at least this Levenshtein ratio (1 − distance / longer
/// length) are near-duplicates; the better one stays.
pub(crate) const DEDUP_SIMILARITY: f64 = 0.8;

/// What a word can be in a candidate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// A content word: may start, end or be inside a candidate.
    Content,
    /// A stop word: only inside a candidate.
    Stop,
    /// A common verb form: ends a chunk for candidates, but counts as context.
    Verb,
    /// A number, URL, e-mail address, single letter or pattern mention: ends every chunk.
    Skip,
    /// A number word ("two"): a content word for the key sentences, else as [`Role::Skip`].
    Number,
}

/// The recognised mentions and their entities, with UTF-8 byte offsets, that shape the candidates.
#[derive(Clone, Copy, Default)]
pub(crate) struct Cues<'a> {
    /// Mentions in document order, without overlaps.
    pub mentions: &'a [Mention],
    /// The entities the mentions point to, by id.
    pub entities: &'a [Entity],
}

/// Whether a label names a thing (a unit candidate) rather than a pattern (kept out).
fn is_name_label(label: &Label) -> bool {
    matches!(
        label,
        Label::Person | Label::Org | Label::Place | Label::Norp | Label::Misc | Label::Custom(_)
    )
}

/// Cardinal and ordinal number words: never keyphrases.
const NUMBER_WORDS: [&str; 43] = [
    "billion",
    "billions",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighth",
    "eighty",
    "eleven",
    "fifteen",
    "fifth",
    "fifty",
    "first",
    "five",
    "forty",
    "four",
    "fourteen",
    "fourth",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "nine",
    "nineteen",
    "ninety",
    "ninth",
    "second",
    "seven",
    "seventeen",
    "seventh",
    "seventy",
    "six",
    "sixteen",
    "sixth",
    "sixty",
    "ten",
    "tenth",
    "thirteen",
    "third",
    "thirty",
    "thousand",
    "thousands",
    "three",
];
const MORE_NUMBER_WORDS: [&str; 6] = ["trillion", "twelve", "twenty", "two", "zero", "twice"];

fn is_number_word(lower: &str) -> bool {
    NUMBER_WORDS.binary_search(&lower).is_ok() || MORE_NUMBER_WORDS.contains(&lower)
}

/// Whether lower-case `word` is a common verb form (`src/stats/data/verbs.txt`).
fn is_verb_form(lower: &str) -> bool {
    word_lists::is_common_verb(lower)
}

/// A past form in `-ed` can start a phrase ("distributed systems") but not end one.
fn is_past_form(lower: &str) -> bool {
    lower.len() >= 5
        && lower.ends_with("ed")
        && !lower.ends_with("eed")
        && !matches!(lower, "hundred" | "kindred" | "sacred")
}

/// One candidate phrase and what is known of its occurrences.
#[derive(Clone, Debug)]
struct Candidate {
    /// The words (start, end exclusive) of the occurrence its text and terms are taken from.
    words: (u32, u32),
    /// Occurrences.
    count: u32,
    /// Word index of its first occurrence.
    first: u32,
    /// Whether `words` is an occurrence that does not start a sentence (for an entity: a mention
    /// written as its canonical name).
    settled: bool,
    /// The last sentence it was seen in.
    last_sentence: u32,
    /// The entity it stands for, if any.
    entity: Option<usize>,
}

/// The keyphrases of a document and, per sentence, the keyphrase evidence for key sentences.
pub(crate) struct Keyphrases {
    /// The top keyphrases, best first.
    pub top: Vec<Keyword>,
    /// Per evidence keyphrase (the best [`EVIDENCE`] after de-duplication): its relevance in (0, 1]
    /// and the sentences it occurs in, ascending, each once.
    pub evidence: Vec<(f64, Vec<u32>)>,
    /// Content words per sentence.
    pub content: Vec<u32>,
}

/// The most keyphrases reported, whatever number is asked for.
pub(crate) const MAX_REPORTED: usize = 100;

/// How many of the best keyphrases the key sentences are chosen by, whatever number is reported.
pub(crate) const EVIDENCE: usize = 20;

/// Whether the text between two words holds anything but whitespace (punctuation breaks a chunk).
fn has_punctuation(gap: &[u8]) -> bool {
    gap != b" "
        && gap.iter().any(|b| !b.is_ascii_whitespace())
        && std::str::from_utf8(gap).map_or(true, |gap| gap.chars().any(|c| !c.is_whitespace()))
}

fn is_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.starts_with(char::is_uppercase),
    }
}

fn is_acronym(word: &Word) -> bool {
    word.letters >= 2 && !word.text.chars().any(char::is_lowercase)
}

/// What the keyphrases need to know of one word.
#[derive(Clone, Copy)]
struct Token {
    /// Term id: a stem id, a stop word's id after the stems, or `u32::MAX` (skipped words).
    term: u32,
    /// Index of the name mention it is in, or `u32::MAX`.
    name: u32,
    /// First word of the capitalised run it is in, or `u32::MAX`.
    run: u32,
    sentence: u32,
    role: Role,
    /// Whether a chunk ends before it (sentence end, punctuation, a skipped word on either side).
    after_break: bool,
    /// Whether it may end a candidate (not a past form in `-ed`).
    may_end: bool,
    /// Casing: 1 capitalised inside a sentence, 2 acronym, 0 other.
    case: u8,
    sentence_initial: bool,
}

/// Calls `found(start, end)` for each candidate phrase ending at word `j` (word ranges, end
/// exclusive): one to [`MAX_WORDS`] words inside one chunk, starting and ending with a content word,
/// never cutting a capitalised run nor touching a name.
#[inline]
fn candidates_ending_at(tokens: &[Token], j: usize, mut found: impl FnMut(usize, usize)) {
    let last = &tokens[j];
    if last.role != Role::Content || !last.may_end || last.name != u32::MAX {
        return;
    }
    // A run is cut unless the candidate ends at its end.
    if last.run != u32::MAX && tokens.get(j + 1).is_some_and(|t| t.run == last.run) {
        return;
    }
    for len in 1..=MAX_WORDS.min(j + 1) {
        let i = j + 1 - len;
        let first = &tokens[i];
        if len > 1 {
            let next = &tokens[i + 1];
            if next.after_break
                || first.name != u32::MAX
                || first.run != last.run
                || !matches!(first.role, Role::Content | Role::Stop)
            {
                break;
            }
        }
        if first.role == Role::Content && (last.run == u32::MAX || first.run == i as u32) {
            found(i, j + 1);
        }
    }
}

/// A map from `u64` keys (never `u64::MAX`) to `u32` values: open addressing with linear probing in a
/// power-of-two table at most half full. Two maps are probed once per word, so this plain table (one
/// multiplication, usually one probe) stands in for the general hash map. Each slot holds its key
/// and value side by side, so that a probe of a large table touches one cache line.
struct IdMap {
    slots: Vec<(u64, u32)>,
    len: usize,
    shift: u32,
}

impl IdMap {
    const EMPTY: u64 = u64::MAX;

    /// A table for about `expected` keys without growing (at least 16 slots): a short text does not
    /// fill a large table it never uses. Lookups do not depend on the table's size.
    fn with_capacity(expected: usize) -> Self {
        let bits = (2 * expected).max(16).next_power_of_two().trailing_zeros();
        IdMap {
            slots: vec![(Self::EMPTY, 0); 1 << bits],
            len: 0,
            shift: 64 - bits,
        }
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.slots[i].0 != key && self.slots[i].0 != Self::EMPTY {
            i = (i + 1) & mask;
        }
        i
    }

    fn get(&self, key: u64) -> Option<u32> {
        let (k, value) = self.slots[self.slot(key)];
        (k == key).then_some(value)
    }

    /// The value of `key`, inserting `make()` first if it is absent; and whether it was inserted.
    #[inline]
    fn get_or_insert(&mut self, key: u64, make: impl FnOnce() -> u32) -> (u32, bool) {
        let i = self.slot(key);
        if self.slots[i].0 == key {
            return (self.slots[i].1, false);
        }
        let value = make();
        self.slots[i] = (key, value);
        self.len += 1;
        if 2 * self.len > self.slots.len() {
            self.grow();
        }
        (value, true)
    }

    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        let slots = std::mem::replace(&mut self.slots, vec![(Self::EMPTY, 0); size]);
        self.shift -= 1;
        for (key, value) in slots {
            if key != Self::EMPTY {
                let i = self.slot(key);
                self.slots[i] = (key, value);
            }
        }
    }
}

/// Counts of one term over the document.
#[derive(Clone, Copy)]
struct TermStats {
    tf: u32,
    /// Occurrences capitalised inside a sentence, and in capitals.
    upper: u32,
    acronym: u32,
    /// Sentences it occurs in, and the last one seen.
    sf: u32,
    last_sentence: u32,
    /// Distinct terms right before it, and occurrences with a term right before it; the same after.
    left_distinct: u32,
    left_all: u32,
    right_distinct: u32,
    right_all: u32,
}

impl Default for TermStats {
    fn default() -> Self {
        TermStats {
            tf: 0,
            upper: 0,
            acronym: 0,
            sf: 0,
            last_sentence: u32::MAX,
            left_distinct: 0,
            left_all: 0,
            right_distinct: 0,
            right_all: 0,
        }
    }
}

/// Marks the words `start..end` as a capitalised run if they are two or three.
fn mark_run(tokens: &mut [Token], start: usize, end: usize) {
    if (2..=MAX_WORDS).contains(&(end.saturating_sub(start))) {
        for t in &mut tokens[start..end] {
            t.run = start as u32;
        }
    }
}

/// The YAKE keyphrases of `doc`: the best `n` (and the evidence for key sentences).
/// Spends about two units per byte from `budget`, a few KB of words at a time.
pub(crate) async fn keyphrases(
    doc: &Document<'_>,
    cues: Cues<'_>,
    n: usize,
    budget: &Budget,
) -> Keyphrases {
    let words = &doc.words;
    let mut stems = Stems::new();
    // Per lower-cased form: (role, term id, may end a candidate). Content words' terms are stem ids;
    // each stop word is a term of its own.
    let mut form_info: Vec<Option<(Role, u32, bool)>> = vec![None; doc.forms.len()];
    // Per term id: whether it is a stop word's (whose text in `stems.texts` is the word itself).
    let mut is_stop_term: Vec<bool> = Vec::new();
    let mut content: Vec<u32> = vec![0; doc.sentences.len()];
    let mut tokens: Vec<Token> = Vec::with_capacity(words.len());
    let mut m = 0;
    let mut previous_end = 0;
    let mut run_start = 0; // the first word of the current capitalised run (if the last word is in one)
    let mut spent = 0;
    for (i, w) in words.iter().enumerate() {
        let at = w.text.as_ptr() as usize - doc.text.as_ptr() as usize;
        if at - spent >= SPEND_EVERY_BYTES {
            budget.spend(at - spent).await;
            spent = at;
        }
        let (mut role, term, may_end) = *form_info[w.form as usize].get_or_insert_with(|| {
            let lower = doc.lower(w);
            if super::keywords::is_content_word(w, lower) {
                let stem = stems.id_of(lower) as u32;
                is_stop_term.resize(stems.texts.len(), false);
                if is_number_word(lower) {
                    (Role::Number, stem, false)
                } else if is_verb_form(lower) {
                    (Role::Verb, stem, false)
                } else {
                    (Role::Content, stem, !is_past_form(lower))
                }
            } else if super::keywords::is_stop(lower) {
                stems.texts.push(lower.into());
                is_stop_term.push(true);
                (Role::Stop, (stems.texts.len() - 1) as u32, false)
            } else {
                (Role::Skip, u32::MAX, false)
            }
        });
        if role != Role::Skip && role != Role::Stop {
            if let Some(sentence) = content.get_mut(w.sentence as usize) {
                *sentence += 1;
            }
        }
        if role == Role::Number {
            role = Role::Skip;
        }
        // Mentions and words are both in text order.
        let start = w.text.as_ptr() as usize - doc.text.as_ptr() as usize;
        let end = start + w.text.len();
        let mut name = u32::MAX;
        while m < cues.mentions.len() && cues.mentions[m].end <= start {
            m += 1;
        }
        if let Some(mention) = cues.mentions.get(m) {
            if mention.start < end {
                if is_name_label(&mention.label) {
                    name = m as u32;
                } else {
                    role = Role::Skip;
                }
            }
        }
        let after_break = i == 0 || {
            let before = &tokens[i - 1];
            before.sentence != w.sentence
                || before.role == Role::Skip
                || role == Role::Skip
                || has_punctuation(doc.text.as_bytes().get(previous_end..start).unwrap_or(b""))
        };
        previous_end = end;
        let case = if role == Role::Stop
            || w.text
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_lowercase)
        {
            0
        } else if is_acronym(w) {
            2
        } else {
            u8::from(!w.sentence_initial && is_capitalised(w.text))
        };
        // Capitalised runs: two or three capitalised content words inside a sentence, not in a
        // name. A run is marked on its words when the word after it is seen.
        let capital = role == Role::Content && name == u32::MAX && case == 1;
        if !capital || after_break {
            mark_run(&mut tokens, run_start, i);
            run_start = i;
        }
        if !capital {
            run_start = i + 1;
        }
        tokens.push(Token {
            term: if role == Role::Skip { u32::MAX } else { term },
            name,
            run: u32::MAX,
            sentence: w.sentence,
            role,
            after_break,
            may_end,
            case,
            sentence_initial: w.sentence_initial,
        });
    }
    let end = tokens.len();
    mark_run(&mut tokens, run_start, end);
    let n_terms = stems.texts.len();

    // Term features and candidates, in one pass.
    let mut stat: Vec<TermStats> = vec![TermStats::default(); n_terms];
    // Adjacent term pairs (with a content word): id by (left, right) term, count by id; `pair_of[i]`
    // is the id of the pair (word i - 1, word i) or `u32::MAX`.
    // Sized for a short text; a long one grows the tables as before (1,024 slots, then doubling).
    let mut pair_ids = IdMap::with_capacity(tokens.len().min(512));
    let mut pair_count: Vec<u32> = Vec::new();
    let mut pair_of: Vec<u32> = vec![u32::MAX; tokens.len()];
    let mut cands: Vec<Candidate> = Vec::new();
    let mut entity_cand: FastMap<usize, u32> = FastMap::default();
    let mut uni_cand: Vec<u32> = vec![u32::MAX; n_terms];
    // By pair id; and by (pair id, last term).
    let mut bi_cand: Vec<u32> = Vec::new();
    let mut tri_cand = IdMap::with_capacity(tokens.len().min(512));
    // Each content term's sentences, in order: (term, sentence) at its first word in each.
    let mut firsts: Vec<(u32, u32)> = Vec::new();
    // Each candidate's sentences, in order: (candidate, sentence) at its first occurrence in each.
    let mut occurs: Vec<(u32, u32)> = Vec::new();
    budget.spend(doc.text.len() - spent).await;
    for j in 0..tokens.len() {
        let tok = tokens[j];
        // About six bytes of text per word.
        if j % (SPEND_EVERY_BYTES / 6) == 0 && j > 0 {
            budget.spend(SPEND_EVERY_BYTES).await;
        }
        if tok.term == u32::MAX {
            continue;
        }
        let t = tok.term as usize;
        let st = &mut stat[t];
        st.tf += 1;
        match tok.case {
            1 => st.upper += 1,
            2 => st.acronym += 1,
            _ => {}
        }
        if st.last_sentence != tok.sentence {
            st.last_sentence = tok.sentence;
            st.sf += 1;
            if tok.role != Role::Stop {
                firsts.push((tok.term, tok.sentence));
            }
        }
        // Pairs with a content word only: no other word's relatedness is needed.
        if !tok.after_break && (tok.role == Role::Content || tokens[j - 1].role == Role::Content) {
            let p = tokens[j - 1].term as usize;
            let next = pair_count.len() as u32;
            let (id, new) = pair_ids.get_or_insert((p as u64) << 32 | t as u64, || next);
            if new {
                pair_count.push(0);
                bi_cand.push(u32::MAX);
            }
            pair_count[id as usize] += 1;
            pair_of[j] = id;
            let st = &mut stat[t];
            st.left_all += 1;
            st.left_distinct += u32::from(new);
            let sp = &mut stat[p];
            sp.right_all += 1;
            sp.right_distinct += u32::from(new);
        }
        // A name mention: one occurrence of its entity, at its first word.
        if tok.name != u32::MAX && (j == 0 || tokens[j - 1].name != tok.name) {
            let mention = &cues.mentions[tok.name as usize];
            let mut end = j + 1;
            while end < tokens.len() && tokens[end].name == tok.name {
                end += 1;
            }
            let entity = cues
                .entities
                .get(mention.entity)
                .filter(|e| e.id == mention.entity)
                .or_else(|| cues.entities.iter().find(|e| e.id == mention.entity));
            if let Some(entity) = entity {
                let id = *entity_cand.entry(entity.id).or_insert_with(|| {
                    cands.push(Candidate {
                        words: (j as u32, end as u32),
                        count: 0,
                        first: j as u32,
                        settled: false,
                        last_sentence: u32::MAX,
                        entity: Some(entity.id),
                    });
                    (cands.len() - 1) as u32
                });
                let cand = &mut cands[id as usize];
                cand.count += 1;
                if cand.last_sentence != tok.sentence {
                    cand.last_sentence = tok.sentence;
                    occurs.push((id, tok.sentence));
                }
                // The words of a mention written as the canonical name, else of the longest.
                let exact = mention.text == entity.name;
                let (a, b) = cand.words;
                if !cand.settled && (exact || end - j > (b - a) as usize) {
                    cand.words = (j as u32, end as u32);
                    cand.settled = exact;
                }
            }
        }
        candidates_ending_at(&tokens, j, |i, end| {
            let next = cands.len() as u32;
            let fresh = |slot: &mut u32| {
                let new = *slot == u32::MAX;
                if new {
                    *slot = next;
                }
                (*slot, new)
            };
            let (id, new) = match end - i {
                1 => fresh(&mut uni_cand[t]),
                2 => fresh(&mut bi_cand[pair_of[j] as usize]),
                _ => tri_cand.get_or_insert(u64::from(pair_of[i + 1]) << 32 | t as u64, || next),
            };
            if new {
                cands.push(Candidate {
                    words: (i as u32, end as u32),
                    count: 0,
                    first: i as u32,
                    settled: false,
                    last_sentence: u32::MAX,
                    entity: None,
                });
            }
            let cand = &mut cands[id as usize];
            cand.count += 1;
            if cand.last_sentence != tok.sentence {
                cand.last_sentence = tok.sentence;
                occurs.push((id, tok.sentence));
            }
            if !cand.settled && !tokens[i].sentence_initial {
                cand.settled = true;
                cand.words = (i as u32, end as u32);
            }
        });
    }
    let tf = |t: usize| stat[t].tf;

    // The median sentence of each content term: the middle one(s) of the sentences it occurs in.
    let mut seen: Vec<u32> = vec![0; n_terms];
    let mut median: Vec<f64> = vec![0.0; n_terms];
    for &(t, sentence) in &firsts {
        let t = t as usize;
        seen[t] += 1;
        let sf = stat[t].sf;
        let (k, half) = (seen[t], sf / 2);
        if sf % 2 == 1 {
            if k == half + 1 {
                median[t] = f64::from(sentence);
            }
        } else if k == half {
            median[t] = f64::from(sentence) / 2.0;
        } else if k == half + 1 {
            median[t] += f64::from(sentence) / 2.0;
        }
    }

    // Word scores.
    let content_term = |t: usize| !is_stop_term[t] && tf(t) > 0;
    let (mut sum, mut sum_sq, mut k, mut max_tf) = (0.0, 0.0, 0.0, 1.0f64);
    for t in (0..n_terms).filter(|&t| content_term(t)) {
        let f = f64::from(tf(t));
        sum += f;
        sum_sq += f * f;
        k += 1.0;
        max_tf = max_tf.max(f);
    }
    let mean = if k > 0.0 { sum / k } else { 0.0 };
    let sd = if k > 0.0 {
        (sum_sq / k - mean * mean).max(0.0).sqrt()
    } else {
        0.0
    };
    let n_sentences = doc.sentences.len().max(1) as f64;
    let ratio = |(distinct, all): (u32, u32)| {
        if all == 0 {
            0.0
        } else {
            f64::from(distinct) / f64::from(all)
        }
    };
    let word_score: Vec<f64> = (0..n_terms)
        .map(|t| {
            if !content_term(t) {
                return f64::INFINITY;
            }
            let st = &stat[t];
            let f = f64::from(st.tf);
            let case = f64::from(st.upper.max(st.acronym)) / (1.0 + ln(f));
            let position = ln(ln(3.0 + median[t]));
            let frequency = f / (mean + sd);
            let relatedness = 1.0
                + (ratio((st.left_distinct, st.left_all))
                    + ratio((st.right_distinct, st.right_all)))
                    * f
                    / max_tf;
            let spread = f64::from(st.sf) / n_sentences;
            relatedness * position / (case + frequency / relatedness + spread / relatedness)
        })
        .collect();

    // Candidate scores (lower is better).
    // The count of the pair (word at - 1, word at), of terms a and b: by the pair id recorded at
    // `at` when there is one (no probe), else looked up (the same terms may pair elsewhere).
    let pair = |at: usize, a: u32, b: u32| -> f64 {
        let id = match pair_of.get(at) {
            Some(&id) if id != u32::MAX => Some(id),
            _ => pair_ids.get(u64::from(a) << 32 | u64::from(b)),
        };
        id.map_or(0.0, |id| f64::from(pair_count[id as usize]))
    };
    let score_of = |cand: &Candidate| -> Option<f64> {
        let (a, b) = (cand.words.0 as usize, cand.words.1 as usize);
        let terms = &tokens[a..b];
        let mut product = 1.0;
        let mut total = 0.0;
        let mut any = false;
        for (k, tok) in terms.iter().enumerate() {
            let t = tok.term;
            if t == u32::MAX {
                continue;
            }
            let t_us = t as usize;
            if !is_stop_term[t_us] {
                if !word_score[t_us].is_finite() {
                    continue;
                }
                product *= word_score[t_us];
                total += word_score[t_us];
                any = true;
            } else if k > 0 && k + 1 < terms.len() {
                let (before, after) = (terms[k - 1].term, terms[k + 1].term);
                if before != u32::MAX && after != u32::MAX {
                    let p_before = pair(a + k, before, t) / f64::from(tf(before as usize).max(1));
                    let p_after = pair(a + k + 1, t, after) / f64::from(tf(t_us).max(1));
                    product *= 2.0 - p_before * p_after;
                }
            }
        }
        any.then(|| product / (f64::from(cand.count.max(1)) * (1.0 + total)))
    };
    let total_order = |x: f64| {
        let bits = x.to_bits() as i64;
        ((bits ^ (((bits >> 63) as u64) >> 1) as i64) as u64) ^ (1 << 63)
    };
    let scores: Vec<Option<f64>> = cands.iter().map(score_of).collect();
    // Ranked by score, ties to the earlier candidate; only the best few are sorted.
    let mut keys: Vec<u128> = scores
        .iter()
        .enumerate()
        .filter_map(|(c, s)| {
            s.map(|s| {
                u128::from(total_order(s)) << 64 | u128::from(cands[c].first) << 32 | c as u128
            })
        })
        .collect();
    let n = n.min(MAX_REPORTED);
    let wanted = n.max(EVIDENCE);
    // (candidate, text, its lower-cased characters)
    let mut chosen: Vec<(usize, String, Vec<char>)> = Vec::new();
    let mut scratch = Levenshtein::default();
    let mut from = 0;
    // Near-duplicates are looked for among a bounded number of the best candidates, so that the
    // pairwise comparisons stay bounded whatever the text.
    let examined = keys.len().min(8 * wanted + 64);
    while chosen.len() < wanted && from < examined {
        // The next batch of the best keys, sorted.
        let batch = 4 * wanted + 64;
        let rest = &mut keys[from..];
        if rest.len() > batch {
            rest.select_nth_unstable(batch);
            rest[..batch].sort_unstable();
        } else {
            rest.sort_unstable();
        }
        let to = (from + batch).min(examined);
        for &key in &keys[from..to] {
            if chosen.len() >= wanted {
                break;
            }
            let c = key as u32 as usize;
            let text = text_of(doc, &cands[c], cues);
            let lower: Vec<char> = text.to_lowercase().chars().collect();
            if chosen.iter().any(|(better, _, other)| {
                scratch.near_duplicates(&lower, other)
                    || (is_inside(&tokens, &cands[*better], &cands[c])
                        && cands[c].count <= cands[*better].count)
            }) {
                continue;
            }
            chosen.push((c, text, lower));
        }
        from = to;
    }

    // The sentences each evidence keyphrase occurs in.
    let mut rank_of: Vec<u32> = vec![u32::MAX; cands.len()];
    for (rank, (c, _, _)) in chosen.iter().enumerate().take(EVIDENCE) {
        rank_of[*c] = rank as u32;
    }
    let mut evidence: Vec<(f64, Vec<u32>)> = chosen
        .iter()
        .take(EVIDENCE)
        .map(|(c, _, _)| (relevance(scores[*c].unwrap_or(f64::INFINITY)), Vec::new()))
        .collect();
    if !evidence.is_empty() {
        let mut add = |cand: u32, sentence: u32| {
            let rank = rank_of[cand as usize];
            if rank != u32::MAX {
                let list = &mut evidence[rank as usize].1;
                if list.last() != Some(&sentence) {
                    list.push(sentence);
                }
            }
        };
        for &(c, sentence) in &occurs {
            add(c, sentence);
        }
    }
    let top = chosen
        .into_iter()
        .take(n)
        .map(|(c, text, _)| {
            let cand = &cands[c];
            let (a, b) = (cand.words.0 as usize, cand.words.1 as usize);
            let stem = tokens[a..b]
                .iter()
                .filter_map(|tok| stems.texts.get(tok.term as usize).map(|t| &**t))
                .collect::<Vec<_>>()
                .join(" ");
            Keyword {
                text,
                stem,
                count: cand.count as usize,
                score: relevance(scores[c].unwrap_or(f64::INFINITY)),
            }
        })
        .collect();
    Keyphrases {
        top,
        evidence,
        content,
    }
}

/// Whether the words of candidate `inner` are a shorter run of the words of `outer` (by term).
fn is_inside(tokens: &[Token], outer: &Candidate, inner: &Candidate) -> bool {
    let words = |c: &Candidate| &tokens[c.words.0 as usize..c.words.1 as usize];
    let (outer, inner) = (words(outer), words(inner));
    if inner.len() >= outer.len() {
        return false;
    }
    outer
        .windows(inner.len())
        .any(|w| w.iter().zip(inner).all(|(a, b)| a.term == b.term))
}

/// The natural logarithm of `x` (> 0, finite) from the basic IEEE operations only, so that native code
/// and wasm (whose `f64::ln` come from different maths libraries) give bit-identical scores: `x = m ·
/// 2^e` with `m` in [√½, √2), and `ln m = 2 atanh(s)`, `s = (m − 1) / (m + 1)`, by its series (|s| <
/// 0.172, so 12 terms are below one ulp).
fn ln(x: f64) -> f64 {
    if !(x > 0.0 && x.is_finite()) {
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    let (mut m, mut e) = (x, 0i32);
    // Normal numbers only here (`x` ≥ 1 in this module): the exponent from the bits.
    if m >= f64::MIN_POSITIVE {
        let bits = m.to_bits();
        e = ((bits >> 52) & 0x7ff) as i32 - 1023;
        m = f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52));
    }
    if m > std::f64::consts::SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let mut term = s;
    let mut sum = 0.0;
    for k in 0..12 {
        sum += term / f64::from(2 * k + 1);
        term *= s2;
    }
    f64::from(e) * std::f64::consts::LN_2 + 2.0 * sum
}

/// A YAKE score (lower is better) as a relevance in (0, 1] (higher is better).
fn relevance(score: f64) -> f64 {
    1.0 / (1.0 + score.max(0.0))
}

/// The text of a candidate: an entity's canonical name, or the phrase as first written inside a
/// sentence (else at its first occurrence, lower-cased at the start if the word is mostly written so),
/// with whitespace collapsed and a final possessive removed.
fn text_of(doc: &Document, cand: &Candidate, cues: Cues) -> String {
    if let Some(id) = cand.entity {
        if let Some(e) = cues.entities.iter().find(|e| e.id == id) {
            return e.name.clone();
        }
    }
    let (a, b) = (cand.words.0 as usize, cand.words.1 as usize);
    let words = &doc.words[a..b];
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let mut text = w.text;
        if k + 1 == words.len() {
            text = text
                .strip_suffix("'s")
                .or_else(|| text.strip_suffix("\u{2019}s"))
                .unwrap_or(text);
        }
        if k == 0 && w.sentence_initial && !cand.settled && !is_acronym(w) {
            let mut chars = text.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_lowercase());
                out.push_str(chars.as_str());
                continue;
            }
        }
        out.push_str(text);
    }
    out
}

/// The Levenshtein ratio of two strings (as characters): 1 − edit distance / the longer length,
/// with its row of distances kept from one comparison to the next.
#[derive(Default)]
struct Levenshtein {
    row: Vec<usize>,
}

impl Levenshtein {
    /// Whether the ratio is at least [`DEDUP_SIMILARITY`].
    fn near_duplicates(&mut self, a: &[char], b: &[char]) -> bool {
        // The distance is at least the difference in length, so the ratio is at most the one that
        // difference gives (the same rounded operations on a larger distance give no more): below
        // the threshold, the distance need not be computed.
        let longer = a.len().max(b.len());
        if longer > 0 && 1.0 - a.len().abs_diff(b.len()) as f64 / (longer as f64) < DEDUP_SIMILARITY
        {
            return false;
        }
        self.similarity(a, b) >= DEDUP_SIMILARITY
    }

    fn similarity(&mut self, a: &[char], b: &[char]) -> f64 {
        let longer = a.len().max(b.len());
        if longer == 0 {
            return 1.0;
        }
        let row = &mut self.row;
        row.clear();
        row.extend(0..=b.len());
        for (i, ca) in a.iter().enumerate() {
            let mut diagonal = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = (above + 1)
                    .min(row[j] + 1)
                    .min(diagonal + usize::from(ca != cb));
                diagonal = above;
            }
        }
        1.0 - row[b.len()] as f64 / longer as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AnalyzeOptions, Analyzer};

    const SUMMIT: &str = "Kim and Putin meet in Vladivostok\n\n\
        North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on \
        Thursday. Kim arrived by armoured train to meet Putin at a university campus.\n\n\
        Putin said he and Kim discussed the nuclear standoff and that North Korea needs security \
        guarantees. North Korea has been under heavy international sanctions over its nuclear \
        weapons programme. Kim's talks with Donald Trump collapsed over the sanctions.\n\n\
        Analysts said Kim wants Russia to help ease the sanctions. The two leaders meet again next \
        year, Putin said. North Korea said the summit strengthened ties between the two countries.";

    fn keyphrases_of(text: &str, n: usize) -> Vec<Keyword> {
        let options = AnalyzeOptions {
            keywords: n,
            ..Default::default()
        };
        Analyzer::new()
            .analyze(text, &options)
            .expect("default options are valid")
            .keywords
    }

    fn texts(keywords: &[Keyword]) -> Vec<&str> {
        keywords.iter().map(|k| k.text.as_str()).collect()
    }

    #[test]
    fn a_linked_entity_is_one_keyphrase_under_its_fullest_name() {
        let top = keyphrases_of(SUMMIT, 10);
        let kim: Vec<&Keyword> = top.iter().filter(|k| k.text.contains("Kim")).collect();
        assert_eq!(kim.len(), 1, "{:?}", texts(&top));
        // "Kim Jong Un" once, "Kim" four times and "Kim's" once: one entity of six mentions.
        assert_eq!((kim[0].text.as_str(), kim[0].count), ("Kim Jong Un", 6));
        assert_eq!(kim[0].stem, "kim jong un");
        let putin: Vec<&str> = texts(&top)
            .into_iter()
            .filter(|t| t.contains("Putin"))
            .collect();
        assert_eq!(putin, ["Vladimir Putin"]);
        assert_eq!(&texts(&top)[..2], ["Kim Jong Un", "Vladimir Putin"]);
    }

    #[test]
    fn a_place_name_is_kept_whole() {
        let top = keyphrases_of(SUMMIT, 10);
        let names = texts(&top);
        assert!(names.contains(&"North Korea"), "{names:?}");
        assert!(
            !names.contains(&"North") && !names.contains(&"Korea"),
            "{names:?}"
        );
        assert!(
            names.contains(&"sanctions") && names.contains(&"Vladivostok"),
            "{names:?}"
        );
    }

    #[test]
    fn without_the_name_recogniser_a_capitalised_run_is_kept_whole() {
        let report = crate::stats::report(SUMMIT, 10, 0);
        let names = texts(&report.keywords);
        assert!(names.contains(&"North Korea"), "{names:?}");
        assert!(
            !names.iter().any(|n| *n == "Korea" || *n == "North"),
            "{names:?}"
        );
    }

    #[test]
    fn plain_verbs_and_numbers_are_kept_out() {
        let top = keyphrases_of(SUMMIT, 30);
        for phrase in texts(&top) {
            for word in phrase.split(' ') {
                let lower = word.to_lowercase();
                assert!(
                    !["meet", "met", "said", "wants", "two", "thursday"].contains(&lower.as_str()),
                    "{phrase:?} in {:?}",
                    texts(&top)
                );
            }
        }
        let numbers = keyphrases_of(
            "In 2019 two firms sold 40 ships. The 40 ships cost 2 billion.",
            10,
        );
        assert!(
            numbers
                .iter()
                .all(|k| !k.text.contains(char::is_numeric) && !k.text.contains("two")),
            "{:?}",
            texts(&numbers)
        );
        assert!(
            texts(&numbers).iter().any(|t| t.contains("ships")),
            "{:?}",
            texts(&numbers)
        );
    }

    #[test]
    fn phrases_do_not_cross_punctuation_and_keep_inner_stop_words() {
        let text = "The rule of law matters. Judges defend the rule of law, and courts, \
                    daily. The rule of law binds judges.";
        let top = keyphrases_of(text, 5);
        assert_eq!(top[0].text, "rule of law", "{:?}", texts(&top));
        assert_eq!((top[0].count, top[0].stem.as_str()), (3, "rule of law"));
        assert!(
            !texts(&top)
                .iter()
                .any(|t| t.contains("courts") && t.contains(' ')),
            "{:?}",
            texts(&top)
        );
    }

    #[test]
    fn scores_are_relevances_ranked_best_first() {
        let top = keyphrases_of(SUMMIT, 10);
        assert_eq!(top.len(), 10);
        assert!(top.iter().all(|k| k.score > 0.0 && k.score <= 1.0));
        assert!(top.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn near_duplicates_and_parts_of_better_phrases_are_left_out() {
        let text = "Neural networks learn. A neural network learns features. Deep neural \
                    networks stack neural networks.";
        let top = keyphrases_of(text, 10);
        let stems: Vec<&str> = top.iter().map(|k| k.stem.as_str()).collect();
        // "neural networks" and "neural network" are one phrase (one stem sequence).
        assert_eq!(
            stems.iter().filter(|s| **s == "neural network").count(),
            1,
            "{stems:?}"
        );
        let mut lev = Levenshtein::default();
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        let (a, b) = (
            lev.similarity(&chars("neural networks"), &chars("neural network")),
            lev.similarity(&chars("ab"), &chars("xy")),
        );
        assert!(a > 0.9 && b == 0.0, "{a} {b}");
        assert_eq!(lev.similarity(&[], &[]), 1.0);
        assert!(lev.near_duplicates(&chars("neural networks"), &chars("neural network")));
        // Lengths 5 and 10: at most 0.5 alike, whatever the letters.
        assert!(!lev.near_duplicates(&chars("abcde"), &chars("abcdefghij")));
    }

    #[test]
    fn the_portable_logarithm_matches_the_library_one() {
        for x in [
            1.0,
            1.5,
            2.0,
            3.0,
            1.0986,
            10.0,
            1234.5,
            1e6,
            3.0 + 41.5,
            0.3,
        ] {
            let (ours, library) = (ln(x), x.ln());
            assert!(
                (ours - library).abs() <= 4.0 * f64::EPSILON * library.abs().max(1.0),
                "{x}: {ours} vs {library}"
            );
        }
        assert_eq!(ln(1.0), 0.0);
    }

    #[test]
    fn the_pair_table_keeps_every_key_as_it_grows() {
        let mut map = IdMap::with_capacity(1);
        for k in 0..5000u64 {
            assert_eq!(map.get_or_insert(k * 7919, || k as u32), (k as u32, true));
        }
        for k in 0..5000u64 {
            assert_eq!(map.get(k * 7919), Some(k as u32));
            assert_eq!(map.get_or_insert(k * 7919, || 0), (k as u32, false));
        }
        assert_eq!(map.get(3), None);
    }

    #[test]
    fn empty_and_wordless_texts_have_no_keyphrases() {
        for text in ["", "   ", "42 17.", "the of and", "!!!"] {
            assert!(keyphrases_of(text, 10).is_empty(), "{text:?}");
        }
    }
}
