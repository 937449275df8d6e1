//! Readability formulas, as pure functions of counts, with the published constants.
//!
//! Every function returns `0.0` when a divisor (words, sentences) is zero, so that an empty text
//! has finite scores. Sources and the differences from `textstat` are in `docs/STATISTICS.md`.

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

/// Flesch Reading Ease (Flesch 1948): `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
///
/// ```
/// let score = textlens::stats::readability::flesch_reading_ease(100.0, 5.0, 150.0);
/// assert!((score - (206.835 - 1.015 * 20.0 - 84.6 * 1.5)).abs() < 1e-9);
/// ```
pub fn flesch_reading_ease(words: f64, sentences: f64, syllables: f64) -> f64 {
    if words == 0.0 || sentences == 0.0 {
        return 0.0;
    }
    206.835 - 1.015 * ratio(words, sentences) - 84.6 * ratio(syllables, words)
}

/// Flesch–Kincaid grade level (Kincaid et al. 1975): `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
///
/// ```
/// let grade = textlens::stats::readability::flesch_kincaid_grade(100.0, 5.0, 150.0);
/// assert!((grade - (0.39 * 20.0 + 11.8 * 1.5 - 15.59)).abs() < 1e-9);
/// ```
pub fn flesch_kincaid_grade(words: f64, sentences: f64, syllables: f64) -> f64 {
    if words == 0.0 || sentences == 0.0 {
        return 0.0;
    }
    0.39 * ratio(words, sentences) + 11.8 * ratio(syllables, words) - 15.59
}

/// Gunning Fog index (Gunning 1952): `0.4 × (words/sentences + 100 × complex/words)`.
///
/// ```
/// let fog = textlens::stats::readability::gunning_fog(100.0, 5.0, 10.0);
/// assert!((fog - 0.4 * (20.0 + 10.0)).abs() < 1e-9);
/// ```
pub fn gunning_fog(words: f64, sentences: f64, complex_words: f64) -> f64 {
    if words == 0.0 || sentences == 0.0 {
        return 0.0;
    }
    0.4 * (ratio(words, sentences) + 100.0 * ratio(complex_words, words))
}

/// SMOG grade (McLaughlin 1969): `1.0430 × √(polysyllables × 30 / sentences) + 3.1291`, where
/// polysyllables are words of three or more syllables in the sentences counted.
///
/// ```
/// let smog = textlens::stats::readability::smog_index(30.0, 30.0);
/// assert!((smog - (1.043 * 30f64.sqrt() + 3.1291)).abs() < 1e-9);
/// ```
pub fn smog_index(polysyllables: f64, sentences: f64) -> f64 {
    if sentences == 0.0 {
        return 0.0;
    }
    1.0430 * (polysyllables * 30.0 / sentences).sqrt() + 3.1291
}

/// Coleman–Liau index (Coleman & Liau 1975): `0.0588 × L − 0.296 × S − 15.8`, with L the letters and S
/// the sentences per 100 words.
///
/// ```
/// let cli = textlens::stats::readability::coleman_liau_index(100.0, 5.0, 450.0);
/// assert!((cli - (0.0588 * 450.0 - 0.296 * 5.0 - 15.8)).abs() < 1e-9);
/// ```
pub fn coleman_liau_index(words: f64, sentences: f64, letters: f64) -> f64 {
    if words == 0.0 || sentences == 0.0 {
        return 0.0;
    }
    let l = 100.0 * ratio(letters, words);
    let s = 100.0 * ratio(sentences, words);
    0.0588 * l - 0.296 * s - 15.8
}

/// Automated Readability Index (Senter & Smith 1967): `4.71 × characters/words + 0.5 × words/sentences − 21.43`,
/// with characters the letters and digits of the words.
///
/// ```
/// let ari = textlens::stats::readability::automated_readability_index(100.0, 5.0, 450.0);
/// assert!((ari - (4.71 * 4.5 + 0.5 * 20.0 - 21.43)).abs() < 1e-9);
/// ```
pub fn automated_readability_index(words: f64, sentences: f64, characters: f64) -> f64 {
    if words == 0.0 || sentences == 0.0 {
        return 0.0;
    }
    4.71 * ratio(characters, words) + 0.5 * ratio(words, sentences) - 21.43
}

/// New Dale–Chall raw score (Chall & Dale 1995; Dale & Chall 1948 constants):
/// `0.1579 × PDW + 0.0496 × words/sentences`, plus `3.6365` when PDW, the percentage of difficult words
/// (not on the familiar-word list), is above 5.
///
/// ```
/// let dc = textlens::stats::readability::dale_chall_score(100.0, 5.0, 10.0);
/// assert!((dc - (0.1579 * 10.0 + 0.0496 * 20.0 + 3.6365)).abs() < 1e-9);
/// ```
pub fn dale_chall_score(words: f64, sentences: f64, difficult_words: f64) -> f64 {
    if words == 0.0 || sentences == 0.0 {
        return 0.0;
    }
    let pdw = 100.0 * ratio(difficult_words, words);
    let raw = 0.1579 * pdw + 0.0496 * ratio(words, sentences);
    if pdw > 5.0 {
        raw + 3.6365
    } else {
        raw
    }
}

/// The sentences SMOG counts: all of them below 30; from 30 on, the published sample of ten
/// consecutive sentences at the start, ten in the middle and ten at the end.
///
/// ```
/// let sample = textlens::stats::readability::smog_sample(40);
/// assert_eq!(sample.len(), 30);
/// assert_eq!((sample[0], sample[10], sample[20]), (0, 15, 30));
/// ```
pub fn smog_sample(sentences: usize) -> Vec<usize> {
    if sentences < 30 {
        return (0..sentences).collect();
    }
    let middle = sentences / 2 - 5;
    (0..10)
        .chain(middle..middle + 10)
        .chain(sentences - 10..sentences)
        .collect()
}
