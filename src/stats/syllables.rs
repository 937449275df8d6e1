//! English syllable counting: vowel groups, each weighed by a table learned from a pronouncing
//! dictionary.
//!
//! A word is lower-cased, accents are folded (é → e) and it is cut into *vowel groups*: maximal runs
//! of `a e i o u`, and `y` where it is not followed by a vowel or at the start of the word. Each group
//! is usually one syllable, but some are silent ("mak**e**", "jump**e**d") and some are two
//! ("cr**ea**te", "sc**ie**nce"). How many syllables a group carries is looked up by its context, from
//! the most specific (three letters either side) to the least (the group alone), in
//! `src/stats/data/syllable_table.txt` — a table learned by `xtask/src/bin/build-syllable-table.rs`
//! from the CMU Pronouncing Dictionary, keeping only the contexts that change the answer. A group
//! whose context is in no level of the table carries one syllable.

use std::sync::OnceLock;

use crate::fast_hash::FastMap;

/// The learned contexts, one `key value` line each, sorted by key (`#` lines are comments).
#[cfg(test)]
const TABLE_TEXT: &str = include_str!("data/syllable_table.txt");
/// The same table as embedded: line `n` (from 0) holds the keys of value `n`, front-coded
/// (generated from `syllable_table.txt`; see [`crate::front_coding`]).
pub(super) const TABLE_FC: &str = include_str!("data/syllable_table.fc");

/// The table as a map from key to syllables, decoded once.
fn table() -> &'static FastMap<String, usize> {
    // String keys and usize values, as the form and stem ids: one copy of the map code in the wasm.
    static TABLE: OnceLock<FastMap<String, usize>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FastMap::default();
        for (value, keys) in (0..).zip(TABLE_FC.lines()) {
            for key in crate::front_coding::decode(keys) {
                table.insert(key, value);
            }
        }
        table
    })
}

/// How many context levels a vowel group has: (left, right) letters of context per level.
pub const LEVELS: [(usize, usize); 6] = [(3, 3), (2, 2), (1, 2), (1, 1), (0, 1), (0, 0)];

/// The syllables of one word, at least one.
///
/// Two rules stand beside the table: a word of two to four letters without any vowel is an initialism
/// read letter by letter ("BBC" = 3), and a leading "Mc" is one more syllable ("McBride" = 3).
/// Parts joined by hyphens or other non-letters are counted separately and added up
/// ("well-known" = 2); a word without letters ("42", "3.14") counts as one syllable.
///
/// ```
/// use textlens::stats::syllables::count;
/// assert_eq!(count("cat"), 1);
/// assert_eq!(count("make"), 1);
/// assert_eq!(count("created"), 3);
/// assert_eq!(count("readability"), 5);
/// assert_eq!(count("well-known"), 2);
/// assert_eq!(count("42"), 1);
/// assert_eq!(count("didn't"), 2);
/// assert_eq!(count("Harris's"), 3);
/// ```
pub fn count(word: &str) -> usize {
    let total: usize = word
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .map(count_with_clitic)
        .sum();
    total.max(1)
}

/// Syllables of a letter run that may end in a clitic: "'s" after a hissing sound ("Harris's"),
/// "n't" after a consonant ("didn't"), and "'d" or "'ll" after a consonant ("what'd", "it'll") each add
/// one; other clitics ("'re", "'ve", "'m", "don't") add none.
fn count_with_clitic(part: &str) -> usize {
    let Some(apostrophe) = part.rfind(['\'', '\u{2019}']) else {
        return count_part(&normalise(part));
    };
    let clitic = part[apostrophe..]
        .chars()
        .skip(1)
        .collect::<String>()
        .to_lowercase();
    let stem = normalise(&part[..apostrophe]);
    let ends_in_consonant = stem
        .last()
        .is_some_and(|c| !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'));
    let extra = match clitic.as_str() {
        "s" => [
            &b"s"[..],
            b"x",
            b"z",
            b"ch",
            b"sh",
            b"ce",
            b"ge",
            b"se",
            b"ze",
        ]
        .iter()
        .any(|end| stem.ends_with(end)),
        "t" => {
            stem.ends_with(b"n") && {
                let before_n = &stem[..stem.len() - 1];
                before_n
                    .last()
                    .is_some_and(|c| !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
            }
        }
        "d" | "ll" => ends_in_consonant,
        _ => false,
    };
    let mut whole = stem;
    whole.extend(normalise(&clitic));
    if clitic == "t" || clitic.is_empty() {
        count_part(&whole) + usize::from(extra)
    } else {
        count_part(&normalise(&part[..apostrophe])) + usize::from(extra)
    }
}

/// Syllables of one normalised letter run (zero for an empty one, else at least one).
fn count_part(letters: &[u8]) -> usize {
    if letters.is_empty() {
        return 0;
    }
    let groups = vowel_groups(letters);
    if groups.is_empty() && (2..=4).contains(&letters.len()) {
        // An initialism without vowels is read letter by letter ("BBC", "NHS"); "w" has three.
        return letters.iter().map(|&b| if b == b'w' { 3 } else { 1 }).sum();
    }
    let total: usize = groups
        .into_iter()
        .map(|(start, end)| weigh(letters, start, end))
        .sum();
    // "Mc" is read "mac" ("McBride", "McDonald").
    let mac = usize::from(letters.starts_with(b"mc") && letters.len() > 3);
    (total + mac).max(1)
}

/// Lower-case ASCII letters of `word`, accents folded, anything else dropped.
pub fn normalise(word: &str) -> Vec<u8> {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'a'..='z' => Some(c as u8),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'æ' => Some(b'a'),
            'ç' => Some(b'c'),
            'è' | 'é' | 'ê' | 'ë' => Some(b'e'),
            'ì' | 'í' | 'î' | 'ï' => Some(b'i'),
            'ñ' => Some(b'n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'œ' => Some(b'o'),
            'ù' | 'ú' | 'û' | 'ü' => Some(b'u'),
            'ý' | 'ÿ' => Some(b'y'),
            _ => None,
        })
        .collect()
}

fn is_vowel(letters: &[u8], i: usize) -> bool {
    match letters[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => true,
        b'y' => {
            i > 0
                && !letters
                    .get(i + 1)
                    .is_some_and(|n| matches!(n, b'a' | b'e' | b'i' | b'o' | b'u'))
        }
        _ => false,
    }
}

/// The vowel groups of normalised `letters`, as `start..end` index pairs.
pub fn vowel_groups(letters: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < letters.len() {
        if is_vowel(letters, i) {
            let start = i;
            while i < letters.len() && is_vowel(letters, i) {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}

/// The table key of the vowel group `letters[start..end]` at context `level` (an index into
/// [`LEVELS`]): `left|group|right`, padded with `^` before the word and `$` after it.
pub fn context_key(letters: &[u8], start: usize, end: usize, level: usize) -> String {
    let mut key = Vec::new();
    write_context_key(&mut key, letters, start, end, level);
    key.into_iter().map(char::from).collect()
}

/// [`context_key`] as ASCII bytes into a reusable buffer (`letters` are ASCII, see [`normalise`]).
fn write_context_key(key: &mut Vec<u8>, letters: &[u8], start: usize, end: usize, level: usize) {
    let (left, right) = LEVELS[level];
    key.clear();
    key.extend(
        (1..=left)
            .rev()
            .map(|k| start.checked_sub(k).map_or(b'^', |i| letters[i])),
    );
    key.push(b'|');
    key.extend_from_slice(&letters[start..end]);
    key.push(b'|');
    key.extend((0..right).map(|k| letters.get(end + k).copied().unwrap_or(b'$')));
}

/// Syllables carried by one vowel group: the value of its most specific context in the table, else 1.
fn weigh(letters: &[u8], start: usize, end: usize) -> usize {
    let table = table();
    let mut key = Vec::with_capacity(16);
    for level in 0..LEVELS.len() {
        write_context_key(&mut key, letters, start, end, level);
        // Always ASCII, so always valid UTF-8.
        let Ok(key) = std::str::from_utf8(&key) else {
            return 1;
        };
        if let Some(&weight) = table.get(key) {
            return weight;
        }
    }
    1
}

/// Whether `word` (lower case) belongs to the held-out tenth of the dictionary that the table builder
/// never sees and the evaluation scores: a fixed FNV-1a hash of the word, modulo 10, equals 0.
pub fn is_held_out(word: &str) -> bool {
    let mut hash: u32 = 0x811c_9dc5;
    for b in word.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_fully_parsed() {
        let keys: Vec<&str> = TABLE_TEXT
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split(' ').next())
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(table().len(), keys.len());
    }

    #[test]
    fn y_is_a_vowel_except_before_a_vowel_or_at_the_start() {
        let groups = |w: &str| vowel_groups(&normalise(w)).len();
        assert_eq!(groups("rhythm"), 1);
        assert_eq!(groups("yes"), 1);
        assert_eq!(groups("beyond"), 2);
    }

    #[test]
    fn keys_are_padded_at_the_word_edges() {
        let w = normalise("Made");
        assert_eq!(context_key(&w, 3, 4, 0), "mad|e|$$$");
        assert_eq!(context_key(&w, 1, 2, 1), "^m|a|de");
        assert_eq!(context_key(&w, 1, 2, LEVELS.len() - 1), "|a|");
    }

    #[test]
    fn odd_input_never_counts_zero() {
        for w in ["", "—", "hmm", "ÆØÅ", "x'y", "😀"] {
            assert!(count(w) >= 1, "{w}");
        }
    }
}
