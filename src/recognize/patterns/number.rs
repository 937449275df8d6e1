//! NUMBER, ORDINAL and PERCENT, in digits ("1,200", "3.5 million", "21st", "12.5%") and in words
//! ("twenty-five", "two million", "twenty-third", "ten percent").
//!
//! Refused: numbers glued to letters ("4K", "mp3", "COVID-19", "221B"), numbers joined by `-`, `/`, `:`
//! or more dots (scores "3-2", ratios "3:1", "50/50", versions "2.4.1", IP addresses), numbers after
//! "version"/"v", and the bare word "one" (a pronoun far more often than a count).

use regex::{Captures, Regex};

use super::{candidate, char_after, char_before, word_before};
use crate::analysis::Value;
use crate::label::Label;
use crate::recognize::Candidate;

/// Digits with optional thousands separators and decimals: `1,200.5`, `42`, `3.14`.
pub(super) const DIGITS: &str = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)";

/// Number words, one or more, joined by spaces, hyphens or "and"; parsed by [`parse_words`].
pub(super) const WORDS: &str = concat!(
    // The first word: "twenty", "seven", "nineteen"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
    r"|zero|one|two|three|four|five|six|seven|eight|nine",
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)",
    // Then, after " ", " and " or "-", more: "-one", " hundred and five", " million"
    r"(?:(?:\s+and\s+|\s+|-)(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
    r"|zero|one|two|three|four|five|six|seven|eight|nine",
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen",
    r"|hundred|thousand|million|billion|trillion)(?-u:\b))*)",
);

const ORDINAL_WORDS: &str = concat!(
    // "first" to "tenth"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth",
    // "eleventh" to "nineteenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth",
    r"|sixteenth|seventeenth|eighteenth|nineteenth",
    // "twentieth" to "ninetieth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth",
    // "hundredth", "thousandth", "millionth"
    r"|hundredth|thousandth|millionth)",
);

const TENS_WORDS: &str = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

/// This family's regexes, for compiling them ahead of a stepped analysis.
pub(super) const REGEXES: &[fn() -> &'static Regex] =
    &[digit_number, word_number, ordinal, percent];

fn digit_number() -> &'static Regex {
    lazy_regex!(|| {
        format!(r"(?:[-+−])?{DIGITS}(?:\s(?:thousand|million|billion|trillion)(?-u:\b))?")
    })
}

fn word_number() -> &'static Regex {
    lazy_regex!(|| format!(r"(?-u:\b){WORDS}"))
}

fn ordinal() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                // In digits: "1st", "22nd", "1,000th"
                r"(?-u:\b)(?:(?P<d>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?P<suffix>st|nd|rd|th)",
                // In words: "third", "twenty-first"
                r"|(?:(?P<tens>{TENS_WORDS})-)?(?P<w>{ORDINAL_WORDS}))(?-u:\b)",
            ),
            TENS_WORDS = TENS_WORDS,
            ORDINAL_WORDS = ORDINAL_WORDS,
        )
    })
}

fn percent() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                // The amount: "12", "-3.5", "ten"; then the end of a range: "-15", "% – 15"
                r"(?P<a>[-+−]?{DIGITS}|(?-u:\b){WORDS})(?:\s?%?\s?[-–]\s?(?P<b>{DIGITS}))?",
                // "%", " percent", " per cent", " pct", " percentage points"
                r"(?:\s?%|\s(?:percent|per\s?cent|pct|percentage\s+points?)(?-u:\b))",
            ),
            DIGITS = DIGITS,
            WORDS = WORDS,
        )
    })
}

/// Finds NUMBER, ORDINAL and PERCENT candidates. The number words, ordinals and percentages are
/// case-insensitive: their lowercase regexes search `lower`, the lowercased text (see
/// [`super::ascii_lowercase`]), and what is read from a match is read from `text`.
pub(super) fn find(text: &str, lower: &str, out: &mut Vec<Candidate>) {
    for m in digit_number().find_iter(text) {
        let (mut start, end) = (m.start(), m.end());
        let mut s = m.as_str();
        if s.starts_with(['-', '+', '−']) && !sign_allowed(text, start) {
            let sign_len = s.chars().next().map_or(1, char::len_utf8);
            start += sign_len;
            s = &s[sign_len..];
        }
        if !digits_stand_alone(text, start, end) || is_bare_hour(text, start, s) {
            continue;
        }
        if let Some(value) = parse_digits_with_scale(s) {
            out.push(candidate(
                start,
                end,
                Label::Number,
                Some(Value::Number(value)),
            ));
        }
    }
    for m in word_number().find_iter(lower) {
        let matched = &text[m.range()];
        if let Some((len, value)) = parse_words(matched) {
            let s = &matched[..len];
            if s.eq_ignore_ascii_case("one")
                || joined_to_digits(text, m.start())
                || before_fraction(text, m.start() + len)
            {
                continue;
            }
            out.push(candidate(
                m.start(),
                m.start() + len,
                Label::Number,
                Some(Value::Number(value as f64)),
            ));
        }
    }
    // `ordinal_value` reads the groups without regard to case.
    for caps in ordinal().captures_iter(lower) {
        let Some(m) = caps.get(0) else { continue };
        if let Some(value) = ordinal_value(&caps) {
            if is_second_as_noun_or_verb(text, m.start(), &text[m.range()])
                || (caps.name("w").is_some() && is_fraction(text, m.start(), m.end()))
            {
                continue;
            }
            if caps.name("d").is_some() && !digits_stand_alone(text, m.start(), m.end()) {
                continue;
            }
            out.push(candidate(m.start(), m.end(), Label::Ordinal, Some(value)));
        }
    }
    // Every percentage has "%" or a word with "pct" or "cent" ("per cent", "percentage").
    if lower.contains('%') || lower.contains("pct") || lower.contains("cent") {
        for caps in percent().captures_iter(lower) {
            let (Some(m), Some(a)) = (caps.get(0), caps.name("a")) else {
                continue;
            };
            let mut start = m.start();
            let mut a_str = &text[a.range()];
            if a_str.starts_with(['-', '+', '−']) && !sign_allowed(text, start) {
                let sign_len = a_str.chars().next().map_or(1, char::len_utf8);
                start += sign_len;
                a_str = &a_str[sign_len..];
            }
            if !left_boundary_ok(text, start) {
                continue;
            }
            let Some(a_val) = parse_number(a_str) else {
                continue;
            };
            let value = match caps
                .name("b")
                .and_then(|b| parse_digits_with_scale(&text[b.range()]))
            {
                Some(b_val) => Value::Range {
                    from: a_val,
                    to: b_val,
                },
                None => Value::Number(a_val),
            };
            out.push(candidate(start, m.end(), Label::Percent, Some(value)));
        }
    }
}

/// Parses digits ("1,200.5", "-3") or number words ("twenty-five") into a number.
pub(super) fn parse_number(s: &str) -> Option<f64> {
    if s.bytes().any(|b| b.is_ascii_digit()) {
        parse_digits_with_scale(s)
    } else {
        let (len, value) = parse_words(s)?;
        (len == s.len()).then_some(value as f64)
    }
}

/// Whether `word` is a number word ("two", "Hundred"), "and" excluded.
pub(super) fn is_number_word(word: &str) -> bool {
    word_kind(word).is_some_and(|k| k != Word::And)
}

/// "two-thirds", "three quarters": a number word before a plural fraction word is part of a fraction.
fn before_fraction(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|t| t.strip_prefix(['-', ' '])) else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "thirds"
            | "quarters"
            | "fourths"
            | "fifths"
            | "sixths"
            | "sevenths"
            | "eighths"
            | "ninths"
            | "tenths"
    )
}

/// "7-Eleven": a number word joined by a hyphen to digits before it is part of a name.
fn joined_to_digits(text: &str, start: usize) -> bool {
    matches!(char_before(text, start), Some('-' | '–'))
        && char_before(text, start - 1).is_some_and(|c| c.is_ascii_digit())
}

/// "a third of", "cut by a third", "one fifth.": an ordinal word after "a" or a count, with "of",
/// punctuation or the end after it, is a fraction, not a rank ("a third time" stays an ordinal).
fn is_fraction(text: &str, start: usize, end: usize) -> bool {
    if text[start..end].eq_ignore_ascii_case("first") {
        return false;
    }
    let counted = word_before(text, start).is_some_and(|w| {
        w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("one") || is_number_word(w)
    });
    counted
        && match super::word_after(text, end) {
            Some(w) if char_after(text, end) == Some(' ') => w == "of",
            // "a third-place tie" is a rank: a hyphen joins the ordinal to a noun.
            _ => char_after(text, end).is_none_or(|c| !c.is_alphanumeric() && c != '-'),
        }
}

/// "Wednesday at 11", "starts at 8.": a whole number up to 12 right after "at" or "@", followed by
/// punctuation, the end, or a word that cannot be its unit, is an hour without am/pm. It is neither a
/// NUMBER nor (without a colon or am/pm) a TIME.
fn is_bare_hour(text: &str, start: usize, digits: &str) -> bool {
    let hour = digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
        && digits.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h));
    if !hour {
        return false;
    }
    let head = text[..start].trim_end_matches([' ', '\t']);
    let after_at = head.len() < start
        && (head.ends_with('@')
            || word_before(text, start).is_some_and(|w| w.eq_ignore_ascii_case("at")));
    let end = start + digits.len();
    after_at
        && match super::word_after(text, end) {
            Some(w) if char_after(text, end) == Some(' ') => matches!(
                w.to_ascii_lowercase().as_str(),
                "tomorrow"
                    | "tonight"
                    | "today"
                    | "sharp"
                    | "then"
                    | "on"
                    | "and"
                    | "or"
                    | "latest"
            ),
            _ => char_after(text, end).is_none_or(|c| !(c.is_alphanumeric() || c == '%')),
        }
}

/// Whether a leading sign at `start` is a sign (after a space, bracket or line start), not a hyphen.
fn sign_allowed(text: &str, start: usize) -> bool {
    char_before(text, start).is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':'))
}

/// Whatever precedes `start` lets a number begin there.
pub(super) fn left_boundary_ok(text: &str, start: usize) -> bool {
    match char_before(text, start) {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '_' | '.' | '\'' | '’') => false,
        Some('#') if text[..start - 1].ends_with('&') => false, // "&#39;"
        Some('-' | '–' | '/' | ':' | ',') => {
            // "COVID-19", "2024-001", "3/4", "10:30", "1,2": joined to something before.
            let before = char_before(text, start - 1);
            !before
                .is_some_and(|b| b.is_alphanumeric() || (b == ':' && text[..start].ends_with("::")))
        }
        Some(_) => true,
    }
}

/// Whatever follows `end` lets a number end there: no letter glued on, no `-3`, `/4`, `:30`, `.5`.
pub(super) fn right_boundary_ok(text: &str, end: usize) -> bool {
    match char_after(text, end) {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some(c @ ('-' | '–' | '/' | ':' | '.' | ',' | '×')) => {
            let next = char_after(text, end + c.len_utf8());
            !next.is_some_and(|n| {
                n.is_ascii_digit() || (c != '.' && c != ',' && n.is_alphanumeric())
            })
        }
        Some(_) => true,
    }
}

/// A digit number at `start..end` is a number on its own, not part of a version, score or identifier.
fn digits_stand_alone(text: &str, start: usize, end: usize) -> bool {
    if !left_boundary_ok(text, start) || !right_boundary_ok(text, end) {
        return false;
    }
    let before = word_before(text, start);
    !matches!(
        before.map(str::to_ascii_lowercase).as_deref(),
        Some("version" | "v" | "ver" | "release" | "build")
    )
}

/// Parses "1,200.5", "-3" or "3.5 million" exactly (the decimal point is shifted, not multiplied).
pub(super) fn parse_digits_with_scale(s: &str) -> Option<f64> {
    let (digits, scale) = match s.split_once(char::is_whitespace) {
        Some((d, w)) => (d, scale_power(w.trim())?),
        None => (s, 0),
    };
    scaled(digits, scale)
}

/// The power of ten of a scale word or abbreviation ("million" → 6, "bn" → 9).
pub(super) fn scale_power(word: &str) -> Option<u32> {
    Some(match word.to_ascii_lowercase().as_str() {
        "hundred" => 2,
        "thousand" | "k" => 3,
        "million" | "m" | "mn" | "mln" => 6,
        "billion" | "bn" | "b" => 9,
        "trillion" | "tn" => 12,
        _ => return None,
    })
}

/// `digits` (with optional sign, commas and decimals) times 10^`power`, computed on the text.
///
/// The decimal point is shifted in the digits, then the value is one integer, or one integer divided
/// by a power of ten (a single correctly rounded division), so "81.4" billion is exactly 81400000000.
/// Integer arithmetic instead of `str::parse::<f64>` keeps the float parser out of the wasm.
pub(super) fn scaled(digits: &str, power: u32) -> Option<f64> {
    let (negative, digits) = match digits.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, digits.strip_prefix('+').unwrap_or(digits)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int_digits = int.bytes().filter(|&b| b != b',');
    let frac_digits = frac.bytes();
    let mut mantissa: u64 = 0;
    let mut count = 0;
    for b in int_digits.chain(frac_digits.clone()) {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        count += 1;
    }
    if count == 0 || mantissa > 1 << 53 {
        return None;
    }
    let exponent = power as i32 - frac.len() as i32;
    let value = if exponent >= 0 {
        mantissa as f64 * 10f64.powi(exponent)
    } else {
        mantissa as f64 / 10f64.powi(-exponent)
    };
    Some(if negative { -value } else { value })
}

#[derive(Clone, Copy, PartialEq)]
enum Word {
    Unit(u64),
    Tens(u64),
    Hundred,
    Scale(u64),
    And,
}

fn word_kind(word: &str) -> Option<Word> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let lower = word.to_ascii_lowercase();
    if let Some(i) = UNITS.iter().position(|&u| u == lower) {
        return Some(Word::Unit(i as u64));
    }
    if let Some(i) = TENS.iter().position(|&t| t == lower) {
        return Some(Word::Tens(20 + 10 * i as u64));
    }
    match lower.as_str() {
        "hundred" => Some(Word::Hundred),
        "thousand" => Some(Word::Scale(1_000)),
        "million" => Some(Word::Scale(1_000_000)),
        "billion" => Some(Word::Scale(1_000_000_000)),
        "trillion" => Some(Word::Scale(1_000_000_000_000)),
        "and" => Some(Word::And),
        _ => None,
    }
}

/// Parses the longest well-formed run of number words at the start of `s` ("two hundred and five
/// thousand" → 205000); returns its length in bytes and its value.
///
/// ```
/// # use textlens::recognize::patterns::parse_number_words as p;
/// assert_eq!(p("twenty-five people"), Some((11, 25)));
/// assert_eq!(p("two million"), Some((11, 2_000_000)));
/// assert_eq!(p("three two"), Some((5, 3)));
/// ```
pub fn parse_words(s: &str) -> Option<(usize, u64)> {
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let mut last: Option<Word> = None;
    let mut last_scale = u64::MAX;
    let mut best: Option<(usize, u64)> = None;
    let mut pos = 0;
    for piece in s.split_inclusive([' ', '-', '\t', '\n']) {
        let word = piece.trim_end_matches([' ', '-', '\t', '\n']);
        let word_end = pos + word.len();
        pos += piece.len();
        if word.is_empty() {
            continue;
        }
        let Some(kind) = word_kind(word) else { break };
        let ok = match (last, kind) {
            (_, Word::And) => matches!(last, Some(Word::Hundred | Word::Scale(_))),
            (None | Some(Word::Hundred | Word::Scale(_) | Word::And), Word::Unit(_))
            | (None | Some(Word::Hundred | Word::Scale(_) | Word::And), Word::Tens(_)) => true,
            (Some(Word::Tens(_)), Word::Unit(u)) => (1..=9).contains(&u),
            (Some(Word::Unit(_) | Word::Tens(_)), Word::Hundred) => group > 0 && group < 100,
            (Some(Word::Unit(_) | Word::Tens(_) | Word::Hundred), Word::Scale(sc)) => {
                group > 0 && sc < last_scale
            }
            _ => false,
        };
        if !ok {
            break;
        }
        match kind {
            Word::Unit(u) | Word::Tens(u) => group += u,
            Word::Hundred => group *= 100,
            Word::Scale(sc) => {
                total += group * sc;
                group = 0;
                last_scale = sc;
            }
            Word::And => {}
        }
        last = Some(kind);
        if kind != Word::And {
            best = Some((word_end, total + group));
        }
    }
    best
}

fn ordinal_value(caps: &Captures) -> Option<Value> {
    if let (Some(d), Some(suffix)) = (caps.name("d"), caps.name("suffix")) {
        let n: u64 = d.as_str().replace(',', "").parse().ok()?;
        let expected = match (n % 100, n % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        };
        return suffix
            .as_str()
            .eq_ignore_ascii_case(expected)
            .then_some(Value::Number(n as f64));
    }
    let word = caps.name("w")?.as_str().to_ascii_lowercase();
    const ORDINALS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENTHS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let unit = if let Some(i) = ORDINALS.iter().position(|&o| o == word) {
        i as u64 + 1
    } else if let Some(i) = TENTHS.iter().position(|&o| o == word) {
        20 + 10 * i as u64
    } else {
        match word.as_str() {
            "hundredth" => 100,
            "thousandth" => 1_000,
            "millionth" => 1_000_000,
            _ => return None,
        }
    };
    let tens = match caps.name("tens") {
        Some(t) => match word_kind(t.as_str()) {
            Some(Word::Tens(v)) if unit < 10 => v,
            _ => return None,
        },
        None => 0,
    };
    Some(Value::Number((tens + unit) as f64))
}

/// "a second", "per second", "I'll second that": the unit of time or the verb, not the ordinal.
fn is_second_as_noun_or_verb(text: &str, start: usize, ordinal: &str) -> bool {
    if !ordinal.eq_ignore_ascii_case("second") {
        return false;
    }
    let before = word_before(text, start).map(str::to_ascii_lowercase);
    matches!(
        before.as_deref(),
        Some(
            "a" | "per"
                | "one"
                | "split"
                | "each"
                | "every"
                | "to"
                | "will"
                | "would"
                | "i"
                | "we"
                | "i'll"
                | "we'll"
                | "i’ll"
                | "we’ll"
                | "just"
                | "nano"
                | "milli"
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String, Option<String>)> {
        let mut out = Vec::new();
        find(text, &super::super::ascii_lowercase(text), &mut out);
        crate::resolve::resolve(out, crate::resolve::Priority::Longest)
            .into_iter()
            .map(|c| {
                (
                    text[c.start..c.end].to_string(),
                    c.label.to_string(),
                    c.value.map(|v| v.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn fractions_bare_hours_and_names_are_not_counts_or_ranks() {
        for text in [
            "cut by a third.",
            "a fifth of respondents",
            "two-thirds of it",
            "Friday at 11?",
            "starts at 8",
            "a 7-Eleven van",
            "the ::1 address",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        let kept = |t: &str| {
            found(t)
                .into_iter()
                .map(|(s, l, _)| (s, l))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kept("a third-place tie"),
            [("third".into(), "ORDINAL".into())]
        );
        assert_eq!(kept("a third time"), [("third".into(), "ORDINAL".into())]);
        assert_eq!(kept("two halves"), [("two".into(), "NUMBER".into())]);
        assert_eq!(
            kept("retired at 24, when"),
            [("24".into(), "NUMBER".into())]
        );
        assert_eq!(
            kept("a par-three hole"),
            [("three".into(), "NUMBER".into())]
        );
    }

    #[test]
    fn scaled_shifts_the_decimal_point_exactly() {
        assert_eq!(scaled("81.4", 9), Some(81_400_000_000.0));
        assert_eq!(scaled("1,200", 0), Some(1200.0));
        assert_eq!(scaled("-5", 0), Some(-5.0));
        assert_eq!(scaled("0.25", 0), Some(0.25));
        assert_eq!(scaled("2.5", 6), Some(2_500_000.0));
    }

    #[test]
    fn words_parse_with_scales_and_and() {
        assert_eq!(parse_words("two hundred and five"), Some((20, 205)));
        assert_eq!(parse_words("two hundred thousand"), Some((20, 200_000)));
        assert_eq!(parse_words("ninety-nine"), Some((11, 99)));
        assert_eq!(parse_words("one and"), Some((3, 1)));
        assert_eq!(parse_words("thousand"), None);
    }

    #[test]
    fn versions_scores_and_glued_numbers_are_refused() {
        for text in [
            "version 2.4.1",
            "v1.2",
            "192.168.0.1",
            "won 3-2",
            "a 3:1 ratio",
            "COVID-19",
            "a 4K TV",
            "50/50",
            "1th",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    #[test]
    fn ordinals_and_percent_ranges_carry_values() {
        assert_eq!(
            found("the 21st and twenty-third; 5-7% and ten percent"),
            [
                ("21st".into(), "ORDINAL".into(), Some("21".into())),
                ("twenty-third".into(), "ORDINAL".into(), Some("23".into())),
                ("5-7%".into(), "PERCENT".into(), Some("5..7".into())),
                ("ten percent".into(), "PERCENT".into(), Some("10".into())),
            ]
        );
    }
}
