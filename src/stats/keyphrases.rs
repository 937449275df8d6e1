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
//! (a Levenshtein ratio of at least [`DEDUP_SIMILARITY`]) to a better one is left out.

use super::counts::{Document, Word};
use super::keywords::Stems;
use super::word_lists;
use crate::analysis::{Entity, Keyword, Mention};
use crate::fast_hash::FastMap;
use crate::label::Label;

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
    /// Its words' term ids (unused slots `u32::MAX`), or for an entity the words of its name.
    terms: Vec<u32>,
    /// Occurrences.
    count: u32,
    /// Word index of its first occurrence, and of its first that does not start a sentence (for an
    /// entity: of the first mention written as its name).
    first: u32,
    first_inside: u32,
    /// Words of the occurrence its text is taken from (start, end exclusive).
    words: (u32, u32),
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
}

/// How many of the best keyphrases the key sentences are chosen by, whatever number is reported.
pub(crate) const EVIDENCE: usize = 20;

/// The byte offset of `word` in `doc.text`.
fn start_of(doc: &Document, word: &Word) -> usize {
    word.text.as_ptr() as usize - doc.text.as_ptr() as usize
}

/// Whether the text between two words holds anything but whitespace (punctuation breaks a chunk).
fn has_punctuation(gap: &str) -> bool {
    gap.bytes().any(|b| !b.is_ascii_whitespace()) && gap.chars().any(|c| !c.is_whitespace())
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

/// The YAKE keyphrases of `doc`: the best `n` (and the evidence for key sentences).
pub(crate) fn keyphrases(doc: &Document, stems: &Stems, cues: Cues, n: usize) -> Keyphrases {
    let words = &doc.words;
    let n_stems = stems.texts.len();
    // Per lower-cased form: (role, term id). Stop words get term ids after the stems.
    let mut form_info: Vec<Option<(Role, u32)>> = vec![None; doc.forms.len()];
    let mut stop_texts: Vec<usize> = Vec::new(); // form ids of stop terms, by id - n_stems
    let mut roles: Vec<Role> = Vec::with_capacity(words.len());
    let mut terms: Vec<u32> = Vec::with_capacity(words.len());
    for (w, stem) in words.iter().zip(&stems.per_word) {
        let (role, term) = *form_info[w.form].get_or_insert_with(|| {
            let lower = doc.lower(w);
            match stem {
                Some(s) if is_number_word(lower) => (Role::Skip, *s as u32),
                Some(s) if is_verb_form(lower) => (Role::Verb, *s as u32),
                Some(s) => (Role::Content, *s as u32),
                None if super::keywords::is_stop(lower) => {
                    stop_texts.push(w.form);
                    (Role::Stop, (n_stems + stop_texts.len() - 1) as u32)
                }
                None => (Role::Skip, u32::MAX),
            }
        });
        roles.push(role);
        terms.push(term);
    }
    let n_terms = n_stems + stop_texts.len();

    // Mentions per word: `name[i]` is the index of the name mention word i is in (`u32::MAX` if none);
    // words in a pattern mention are skipped.
    let mut name: Vec<u32> = vec![u32::MAX; words.len()];
    let mut starts: Vec<usize> = Vec::with_capacity(words.len());
    {
        let mut m = 0;
        for (i, w) in words.iter().enumerate() {
            let start = start_of(doc, w);
            starts.push(start);
            let end = start + w.text.len();
            while m < cues.mentions.len() && cues.mentions[m].end <= start {
                m += 1;
            }
            if let Some(mention) = cues.mentions.get(m) {
                if mention.start < end {
                    if is_name_label(&mention.label) {
                        name[i] = m as u32;
                    } else {
                        roles[i] = Role::Skip;
                    }
                }
            }
        }
    }

    // Breaks between word i-1 and word i: for context (sentence end, punctuation, skipped words) and,
    // additionally, for candidates (a name's edge, a verb).
    let mut context_break: Vec<bool> = vec![true; words.len()];
    for i in 1..words.len() {
        let (a, b) = (&words[i - 1], &words[i]);
        let gap = &doc.text[starts[i - 1] + a.text.len()..starts[i]];
        context_break[i] = a.sentence != b.sentence
            || roles[i - 1] == Role::Skip
            || roles[i] == Role::Skip
            || (gap != " " && has_punctuation(gap));
    }

    // Term features in one pass.
    let mut tf: Vec<u32> = vec![0; n_terms];
    let mut tf_case: Vec<(u32, u32)> = vec![(0, 0); n_terms]; // (capitalised inside, acronym)
    let mut last_sentence: Vec<u32> = vec![u32::MAX; n_terms];
    let mut sf: Vec<u32> = vec![0; n_terms];
    let mut left: Vec<(u32, u32)> = vec![(0, 0); n_terms]; // (distinct, all)
    let mut right: Vec<(u32, u32)> = vec![(0, 0); n_terms];
    let mut pairs: FastMap<u64, u32> = FastMap::default();
    for (i, w) in words.iter().enumerate() {
        let t = terms[i];
        if roles[i] == Role::Skip || t == u32::MAX {
            continue;
        }
        let t = t as usize;
        tf[t] += 1;
        if roles[i] != Role::Stop {
            if is_acronym(w) {
                tf_case[t].1 += 1;
            } else if !w.sentence_initial && is_capitalised(w.text) {
                tf_case[t].0 += 1;
            }
        }
        let s = w.sentence as u32;
        if last_sentence[t] != s {
            last_sentence[t] = s;
            sf[t] += 1;
        }
        if !context_break[i] {
            let p = terms[i - 1] as usize;
            let entry = pairs.entry((p as u64) << 32 | t as u64).or_insert(0);
            if *entry == 0 {
                right[p].0 += 1;
                left[t].0 += 1;
            }
            *entry += 1;
            right[p].1 += 1;
            left[t].1 += 1;
        }
    }
    // Median sentence of each term: the sentences it occurs in, gathered per term (counting sort).
    let mut offsets: Vec<u32> = Vec::with_capacity(n_terms + 1);
    let mut total = 0u32;
    for &count in &sf {
        offsets.push(total);
        total += count;
    }
    offsets.push(total);
    let mut fill = offsets.clone();
    let mut sentences_of: Vec<u32> = vec![0; total as usize];
    last_sentence.iter_mut().for_each(|s| *s = u32::MAX);
    for (i, w) in words.iter().enumerate() {
        let t = terms[i];
        if roles[i] == Role::Skip || t == u32::MAX {
            continue;
        }
        let t = t as usize;
        let s = w.sentence as u32;
        if last_sentence[t] != s {
            last_sentence[t] = s;
            sentences_of[fill[t] as usize] = s;
            fill[t] += 1;
        }
    }

    // Word scores.
    let content = |t: usize| t < n_stems && tf[t] > 0;
    let (mut sum, mut sum_sq, mut k, mut max_tf) = (0.0, 0.0, 0.0, 1.0f64);
    for t in (0..n_stems).filter(|&t| content(t)) {
        let f = f64::from(tf[t]);
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
    let word_score: Vec<f64> = (0..n_stems)
        .map(|t| {
            if !content(t) {
                return f64::INFINITY;
            }
            let f = f64::from(tf[t]);
            let case = f64::from(tf_case[t].0.max(tf_case[t].1)) / (1.0 + f.ln());
            let list = &sentences_of[offsets[t] as usize..offsets[t + 1] as usize];
            let median = match list.len() {
                0 => 0.0,
                len if len % 2 == 1 => f64::from(list[len / 2]),
                len => (f64::from(list[len / 2 - 1]) + f64::from(list[len / 2])) / 2.0,
            };
            let position = (3.0 + median).ln().ln();
            let frequency = f / (mean + sd);
            let ratio = |(distinct, all): (u32, u32)| {
                if all == 0 {
                    0.0
                } else {
                    f64::from(distinct) / f64::from(all)
                }
            };
            let relatedness = 1.0 + (ratio(left[t]) + ratio(right[t])) * f / max_tf;
            let spread = f64::from(sf[t]) / n_sentences;
            relatedness * position / (case + frequency / relatedness + spread / relatedness)
        })
        .collect();

    // Capitalised runs (two or three capitalised content words inside a sentence, not in a name):
    // `run[i]` is the run's (first word, end) for each of its words.
    let mut run: Vec<(u32, u32)> = vec![(u32::MAX, u32::MAX); words.len()];
    {
        let mut i = 0;
        while i < words.len() {
            let capital = |j: usize| {
                roles[j] == Role::Content
                    && name[j] == u32::MAX
                    && is_capitalised(words[j].text)
                    && !is_acronym(&words[j])
            };
            if !capital(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && !context_break[j] && capital(j) {
                j += 1;
            }
            if (2..=MAX_WORDS).contains(&(j - i)) && !words[i].sentence_initial {
                for r in &mut run[i..j] {
                    *r = (i as u32, j as u32);
                }
            }
            i = j;
        }
    }

    // Candidates: entities first, then phrases.
    let mut cands: Vec<Candidate> = Vec::new();
    let mut entity_cand: FastMap<usize, u32> = FastMap::default();
    let mut uni_cand: Vec<u32> = vec![u32::MAX; n_stems];
    let mut multi_cand: FastMap<u128, u32> = FastMap::default();
    // Occurrences: (word index, candidate), in word order.
    let mut occurrences: Vec<(u32, u32)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if name[i] != u32::MAX {
            // A name mention: one occurrence of its entity, at its first word.
            let m = name[i];
            let mut j = i + 1;
            while j < words.len() && name[j] == m {
                j += 1;
            }
            let mention = &cues.mentions[m as usize];
            let entity = cues
                .entities
                .get(mention.entity)
                .filter(|e| e.id == mention.entity)
                .or_else(|| cues.entities.iter().find(|e| e.id == mention.entity));
            if let Some(entity) = entity {
                let id = *entity_cand.entry(entity.id).or_insert_with(|| {
                    cands.push(Candidate {
                        terms: Vec::new(),
                        count: 0,
                        first: i as u32,
                        first_inside: u32::MAX,
                        words: (i as u32, j as u32),
                        entity: Some(entity.id),
                    });
                    (cands.len() - 1) as u32
                });
                let cand = &mut cands[id as usize];
                cand.count += 1;
                // The words of the mention written as the canonical name, else of the longest.
                let exact = mention.text == entity.name;
                if cand.first_inside == u32::MAX && (exact || j - i > cand.terms.len()) {
                    cand.terms = terms[i..j].to_vec();
                    cand.words = (i as u32, j as u32);
                    if exact {
                        cand.first_inside = i as u32;
                    }
                }
                occurrences.push((i as u32, id));
            }
            i = j;
            continue;
        }
        if roles[i] != Role::Content || (run[i].0 != u32::MAX && run[i].0 != i as u32) {
            i += 1;
            continue;
        }
        let lower_last = |j: usize| is_past_form(doc.lower(&words[j]));
        for len in 1..=MAX_WORDS {
            let j = i + len - 1;
            if j >= words.len() {
                break;
            }
            if j > i
                && (context_break[j]
                    || name[j] != u32::MAX
                    || run[j] != run[i]
                    || matches!(roles[j], Role::Verb | Role::Skip))
            {
                break;
            }
            // Never cut a capitalised run.
            if run[i].0 != u32::MAX && j as u32 + 1 < run[i].1 {
                continue;
            }
            if roles[j] != Role::Content || lower_last(j) {
                continue;
            }
            let id = if len == 1 {
                let t = terms[i] as usize;
                if uni_cand[t] == u32::MAX {
                    cands.push(Candidate {
                        terms: vec![terms[i]],
                        count: 0,
                        first: i as u32,
                        first_inside: u32::MAX,
                        words: (i as u32, i as u32 + 1),
                        entity: None,
                    });
                    uni_cand[t] = (cands.len() - 1) as u32;
                }
                uni_cand[t]
            } else {
                let mut key: u128 = len as u128;
                for &t in &terms[i..=j] {
                    key = key << 40 | u128::from(t);
                }
                *multi_cand.entry(key).or_insert_with(|| {
                    cands.push(Candidate {
                        terms: terms[i..=j].to_vec(),
                        count: 0,
                        first: i as u32,
                        first_inside: u32::MAX,
                        words: (i as u32, j as u32 + 1),
                        entity: None,
                    });
                    (cands.len() - 1) as u32
                })
            };
            let cand = &mut cands[id as usize];
            cand.count += 1;
            if cand.first_inside == u32::MAX && !words[i].sentence_initial {
                cand.first_inside = i as u32;
                cand.words = (i as u32, j as u32 + 1);
            }
            occurrences.push((i as u32, id));
        }
        i += 1;
    }

    // Candidate scores (lower is better), ranked with ties to the earlier candidate.
    let pair = |a: u32, b: u32| -> f64 {
        pairs
            .get(&(u64::from(a) << 32 | u64::from(b)))
            .map_or(0.0, |&c| f64::from(c))
    };
    let score_of = |cand: &Candidate| -> Option<f64> {
        let mut product = 1.0;
        let mut total = 0.0;
        let mut any = false;
        for (k, &t) in cand.terms.iter().enumerate() {
            if t == u32::MAX {
                continue;
            }
            let t_us = t as usize;
            if t_us < n_stems {
                if !word_score[t_us].is_finite() {
                    continue;
                }
                product *= word_score[t_us];
                total += word_score[t_us];
                any = true;
            } else if k > 0 && k + 1 < cand.terms.len() {
                let (before, after) = (cand.terms[k - 1], cand.terms[k + 1]);
                let p_before = pair(before, t) / f64::from(tf[before as usize].max(1));
                let p_after = pair(t, after) / f64::from(tf[t_us].max(1));
                product *= 2.0 - p_before * p_after;
            }
        }
        any.then(|| product / (f64::from(cand.count.max(1)) * (1.0 + total)))
    };
    let total_order = |x: f64| {
        let bits = x.to_bits() as i64;
        ((bits ^ (((bits >> 63) as u64) >> 1) as i64) as u64) ^ (1 << 63)
    };
    let scores: Vec<Option<f64>> = cands.iter().map(score_of).collect();
    let mut keys: Vec<u128> = scores
        .iter()
        .enumerate()
        .filter_map(|(c, s)| {
            s.map(|s| {
                u128::from(total_order(s)) << 64 | u128::from(cands[c].first) << 32 | c as u128
            })
        })
        .collect();
    keys.sort_unstable();

    // The best candidates, near-duplicates left out.
    let wanted = n.max(EVIDENCE);
    let mut chosen: Vec<(usize, String, String)> = Vec::new(); // (candidate, text, lower text)
    for key in keys {
        if chosen.len() >= wanted {
            break;
        }
        let c = key as u32 as usize;
        let text = text_of(doc, &cands[c], cues);
        let lower = text.to_lowercase();
        if chosen
            .iter()
            .any(|(_, _, other)| similarity(&lower, other) >= DEDUP_SIMILARITY)
        {
            continue;
        }
        chosen.push((c, text, lower));
    }
    let mut rank_of: Vec<u32> = vec![u32::MAX; cands.len()];
    for (rank, (c, _, _)) in chosen.iter().enumerate().take(EVIDENCE) {
        rank_of[*c] = rank as u32;
    }
    let mut evidence: Vec<(f64, Vec<u32>)> = chosen
        .iter()
        .take(EVIDENCE)
        .map(|(c, _, _)| (relevance(scores[*c].unwrap_or(f64::INFINITY)), Vec::new()))
        .collect();
    for &(i, c) in &occurrences {
        let rank = rank_of[c as usize];
        if rank != u32::MAX {
            let list = &mut evidence[rank as usize].1;
            let s = words[i as usize].sentence as u32;
            if list.last() != Some(&s) {
                list.push(s);
            }
        }
    }
    let top = chosen
        .into_iter()
        .take(n)
        .map(|(c, text, _)| {
            let cand = &cands[c];
            let stem = cand
                .terms
                .iter()
                .filter_map(|&t| {
                    let t = t as usize;
                    if t < n_stems {
                        Some(stems.texts[t].as_str())
                    } else {
                        stop_texts.get(t - n_stems).map(|&f| doc.forms[f].as_str())
                    }
                })
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
    Keyphrases { top, evidence }
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
        if k == 0 && w.sentence_initial && cand.first_inside == u32::MAX && !is_acronym(w) {
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

/// The Levenshtein ratio of two strings: 1 − edit distance / the longer length, over characters.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
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
