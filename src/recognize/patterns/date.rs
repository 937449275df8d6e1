//! DATE: absolute dates ("April 25, 2024", "25 April", "2024-04-25", "04/25/2024", "14.02.2022"),
//! ranges joined by a dash ("April 25-27", "Dec 23 - Jan 2", "2019-2021"), months and years in
//! context ("in March", "since 2008", "June 2025", "the 1990s"), weekdays, and relative phrases
//! ("today", "next week", "last month", "past year", "three days ago").
//!
//! Refused: "May I", "to march", "August Wilson" (a month name followed by a capitalised word, or an
//! ambiguous month — May, March, August — without a preposition or day before it), bare four-digit
//! numbers without a word that makes them years, and invalid dates (February 30).
//!
//! Values: `2024-04-25`, `--04-25` (ISO 8601 without a year), `2024-04`, `2024`, and intervals
//! `start/end`. Slash dates get a value only when the order of day and month is unambiguous.

use regex::{Captures, Regex};

use super::{candidate, char_after, word_after, word_before};
use crate::analysis::Value;
use crate::label::Label;
use crate::recognize::Candidate;

const MONTHS_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const YEAR: &str = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])";
/// Any year from 1000 to 2099: in a full date ("29 May 1453") or after a context word with a check of
/// what follows ("in 1215", not "in 1200 cases"). Bare years stay within [`YEAR`].
const WIDE_YEAR: &str = r"(?:1[0-9][0-9][0-9]|20[0-9][0-9])";
const ABBR_WEEKDAYS: &str = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";

fn month(name: &str) -> String {
    format!(
        concat!(
            // "April", "September"
            r"(?P<{name}>(?:{MONTHS_FULL})(?-u:\b)",
            // "Apr", "Sept.", "Dec"
            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:(?-u:\b)\.|(?-u:\b)))",
        ),
        name = name,
        MONTHS_FULL = MONTHS_FULL,
    )
}

fn day(name: &str) -> String {
    format!(r"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?-u:\b)")
}

fn year(name: &str) -> String {
    format!(r"(?P<{name}>{WIDE_YEAR})(?-u:\b)")
}

/// This family's regexes, for compiling them ahead of a stepped analysis.
pub(super) const REGEXES: &[fn() -> &'static Regex] = &[month_forms, numeric, contextual, named];

/// Month-name dates in one pass, three alternatives with their own group names:
/// `md` "April 25", "Saturday, May 4", "April 25-27, 2024", "Dec 23 - Jan 2"; `my` "June 2025",
/// "March, 1999"; `dm` "25 April 2024", "Thu 14 Mar", "25-27 April", "the 4th of July 1776",
/// "5th day of March, 2024".
fn month_forms() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                r"(?-u:\b)(?:",
                // `md`: "Saturday, May 4", "April 25-27, 2024", "Dec 23 - Jan 2"
                r"(?:(?:{WEEKDAYS}|{ABBR_WEEKDAYS})\.?,?\s+)?{md_m1}\s*{md_d1}",
                r"(?:\s?[-–]\s?(?:{md_m2}\s*)?{md_d2})?(?:,?\s+{md_y})?",
                // `my`: "June 2025", "March, 1999"
                r"|{my_m1},?\s+{my_y}",
                // `dm`: "Thu 14 Mar", "25-27 April", "the 4th of July 1776", "5th day of March"
                r"|(?:(?:{WEEKDAYS}|{ABBR_WEEKDAYS})\.?,?\s+)?(?:[Tt]he\s+)?{dm_d1}",
                r"(?:\s?[-–]\s?{dm_d2})?(?:\s+day)?(?:\s+of)?\s+{dm_m1}(?:,?\s+{dm_y})?",
                r")",
            ),
            WEEKDAYS = WEEKDAYS,
            ABBR_WEEKDAYS = ABBR_WEEKDAYS,
            md_m1 = month("md_m1"),
            md_d1 = day("md_d1"),
            md_m2 = month("md_m2"),
            md_d2 = day("md_d2"),
            md_y = year("md_y"),
            my_m1 = month("my_m1"),
            my_y = year("my_y"),
            dm_d1 = day("dm_d1"),
            dm_d2 = day("dm_d2"),
            dm_m1 = month("dm_m1"),
            dm_y = year("dm_y"),
        )
    })
}

/// Numeric dates "2024-04-25" (with an ISO 8601 time "2024-04-25T10:00Z", kept in the value),
/// "04/25/2024", "14.02.2022", month and year "03/2027" (`nm`, `ny`: a
/// two-digit month, as on expiry dates and cards), and year ranges "2019-2021" (`ya`, `yb`).
fn numeric() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                r"(?-u:\b)(?:",
                // 2024-04-25 (ISO)
                r"(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{2}})-(?P<id>[0-9]{{2}})",
                // and its time, if any: T10:00Z, T10:00:30.5+02:00
                r"(?P<it>T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?",
                r"(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?)?",
                // 04/25/2024, 25/4/24
                r"|(?P<sa>[0-9]{{1,2}})/(?P<sb>[0-9]{{1,2}})/(?P<sy>[0-9]{{4}}|[0-9]{{2}})",
                // 14.02.2022
                r"|(?P<dd>[0-9]{{1,2}})\.(?P<dm>[0-9]{{1,2}})\.(?P<dy>[0-9]{{4}})",
                // 03/2027 (month and year)
                r"|(?P<nm>0[1-9]|1[0-2])/(?P<ny>{YEAR})",
                // 2019-2021, 2019 – 2021
                r"|(?P<ya>{YEAR})\s?[-–]\s?(?P<yb>{YEAR})",
                r")(?-u:\b)",
            ),
            YEAR = YEAR,
        )
    })
}

/// Periods and years in context, in one pass: `period` "early 2025", "spring 2025", "mid-March",
/// "Q3 2024", "H1 2024", "the first quarter", "the 1990s", "the '90s"; `nth` "the 12th" (a day of the
/// month when nothing but punctuation or "of each month" follows); `yc` "in 2024", "since 2008",
/// "the 2020 election", "between 2015 and 2019" (the years alone are the mentions, groups `y`, `y2`;
/// the context word is `ctx`, see [`year_in_context`]).
fn contextual() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                r"(?-u:\b)(?:(?P<period>",
                // "early 2025", "spring 2025", "mid-2025"
                r"(?i:early|mid|late|spring|summer|autumn|fall|winter)[\s-]+{YEAR}(?-u:\b)",
                // "mid-March", "late March, 2025"
                r"|(?i:early|mid|late)[\s-]+(?:{MONTHS_FULL})(?:,?\s+{YEAR})?(?-u:\b)",
                // "Q3 2024", "H1 2024"
                r"|(?:Q[1-4]|H[12])\s+{YEAR}(?-u:\b)",
                // "the first quarter", "the last half of 2024"
                r"|(?i:the\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?:quarter|half))",
                r"(?:\s+of\s+{YEAR})?(?-u:\b)",
                // "the 1990s", "the early '90s", "the mid-1980s"
                r"|[Tt]he\s+(?:(?:early|mid|late)-?\s?)?(?:'?[0-9]0s|(?:1[5-9]|20)[0-9]0s)(?-u:\b)",
                // "1990s", "late-1990s"
                r"|(?:(?:early|mid|late)-)?(?:1[5-9]|20)[0-9]0s(?-u:\b)",
                r")",
                // `nth`: "the 12th"
                r"|(?P<nth>[Tt]he\s+(?P<d>3[01]|[12][0-9]|[1-9])(?P<s>st|nd|rd|th)(?-u:\b))",
                // `yc`: "in 2024", "since 2008", "between 2015 and 2019"
                r"|(?P<yc>(?P<ctx>(?i:in|since|by|until|till|from|to|through|during|before|after|of",
                r"|around|circa|year|the|a|an|fiscal|fy|between|for))",
                r"\s+(?P<y>{WIDE_YEAR}|[1-9][0-9][0-9])(?-u:\b)",
                r"(?:\s+(?:and|or|to|until)\s+(?P<y2>{WIDE_YEAR})(?-u:\b))?)",
                r")",
            ),
            YEAR = YEAR,
            WIDE_YEAR = WIDE_YEAR,
            MONTHS_FULL = MONTHS_FULL,
        )
    })
}

/// A month name alone, a weekday, an abbreviated weekday, a range of weekdays ("Mon–Fri"), or a
/// relative date ("today", "next week", "later this month", "the past two years", "the coming weeks",
/// "three days ago"), in one pass.
fn named() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                r"(?-u:\b)(?:(?P<rel>(?i:",
                // "today", "tonight"
                r"today|tomorrow|yesterday|tonight|tmrw",
                // "next week", "later this month", "last Friday"
                r"|(?:(?:later|earlier)\s+)?(?:next|last|past|this|coming|previous)\s+",
                r"(?:week|month|year|decade|quarter|weekend|century",
                r"|spring|summer|autumn|fall|winter|{WEEKDAYS})",
                // `counted`: "the past two years", "the coming weeks"
                r"|(?P<counted>(?:next|last|past|coming|previous)\s+",
                r"(?:(?:[0-9]+|{WORDS}|few|several)\s+)?(?:days|weeks|months|years|decades))",
                // "three days ago", "a few weeks ago"
                r"|(?:[0-9]+|{WORDS}|a|an|a\s+few|several)\s+",
                r"(?:days?|weeks?|months?|years?|decades?)\s+ago",
                r"))",
                // `wdr`: "Mon–Fri"
                r"|(?P<wdr>(?:{WEEKDAYS}|{ABBR_WEEKDAYS})\s?[-–]\s?(?:{WEEKDAYS}|{ABBR_WEEKDAYS}))",
                // `month`: "April"
                r"|(?P<month>{MONTHS_FULL})",
                // `wd`: "Monday", "Mondays"
                r"|(?P<wd>(?:{WEEKDAYS})s?)",
                // `abbr`: "Mon", "Thurs"
                r"|(?P<abbr>{ABBR_WEEKDAYS})",
                r")(?-u:\b)",
            ),
            WEEKDAYS = WEEKDAYS,
            ABBR_WEEKDAYS = ABBR_WEEKDAYS,
            MONTHS_FULL = MONTHS_FULL,
            WORDS = super::number::WORDS,
        )
    })
}

/// Finds DATE candidates.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let mut push = |start: usize, end: usize, value: Option<String>| {
        out.push(candidate(start, end, Label::Date, value.map(Value::Text)));
    };
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    if has_digit {
        for caps in month_forms().captures_iter(text) {
            let Some(m) = caps.get(0) else { continue };
            if let (Some(mon), Some(y)) = (caps.name("my_m1"), caps.name("my_y")) {
                let value = month_number(mon.as_str()).map(|mo| format!("{}-{mo:02}", y.as_str()));
                push(m.start(), m.end(), value);
            } else if let Some(value) =
                month_first(&caps, "md_").or_else(|| month_first(&caps, "dm_"))
            {
                push(m.start(), m.end(), Some(value));
            }
        }
        for caps in numeric().captures_iter(text) {
            let Some(m) = caps.get(0) else { continue };
            if !numeric_boundaries_ok(text, m.start(), m.end()) {
                continue;
            }
            if let (Some(a), Some(b)) = (caps.name("ya"), caps.name("yb")) {
                if b.as_str() > a.as_str() {
                    push(
                        m.start(),
                        m.end(),
                        Some(format!("{}/{}", a.as_str(), b.as_str())),
                    );
                }
            } else if let Some(value) = numeric_value(&caps) {
                push(m.start(), m.end(), value);
            }
        }
    }
    for caps in contextual().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        if caps.name("period").is_some() {
            push(m.start(), m.end(), None);
        } else if let (Some(d), Some(s)) = (caps.name("d"), caps.name("s")) {
            if suffix_fits(d.as_str(), s.as_str()) && ends_clause(text, m.end()) {
                push(m.start(), m.end(), None);
            }
        } else if let (Some(y), Some(ctx)) = (caps.name("y"), caps.name("ctx")) {
            let y2 = caps.name("y2");
            let last_end = y2.map_or(y.end(), |m| m.end());
            if year_in_context(
                text,
                ctx.start(),
                ctx.as_str(),
                y.as_str(),
                last_end,
                y2.is_some_and(|y2| y2.as_str() > y.as_str()),
            ) && numeric_boundaries_ok(text, y.start(), y.end())
                && char_after(text, y.end()).is_none_or(|c| c != '%')
            {
                push(y.start(), y.end(), Some(y.as_str().to_string()));
                if let Some(y2) = y2 {
                    if numeric_boundaries_ok(text, y2.start(), y2.end()) {
                        push(y2.start(), y2.end(), Some(y2.as_str().to_string()));
                    }
                }
            }
        }
    }
    for caps in named().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        let keep = if let Some(counted) = caps.name("counted") {
            // "meant to last three years": "last" is a verb unless a determiner comes before it.
            !counted.as_str()[..4].eq_ignore_ascii_case("last")
                || word_before(text, counted.start()).is_some_and(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "the"
                            | "these"
                            | "those"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "our"
                            | "my"
                            | "your"
                    )
                })
        } else if caps.name("rel").is_some() {
            true
        } else if caps.name("month").is_some() {
            month_alone_is_date(text, m.start(), m.end(), m.as_str())
        } else if caps.name("abbr").is_some() {
            abbreviated_weekday_is_date(text, m.start(), m.end())
        } else {
            true
        };
        if keep {
            push(m.start(), m.end(), None);
        }
    }
}

/// Words that may follow a year whose context alone does not make it one ("in 1215 at Runnymede",
/// "for 2025 and 2026"); a lower-case word outside this list is taken as the noun the number counts
/// ("in 1200 cases", "for 2000 shares").
const AFTER_YEAR: [&str; 36] = [
    "at", "and", "or", "to", "when", "by", "the", "with", "as", "after", "before", "under",
    "until", "during", "on", "in", "that", "which", "while", "but", "he", "she", "it", "they",
    "we", "was", "were", "is", "are", "had", "has", "a", "an", "from", "for", "onwards",
];

/// Whether the number `year` after the context word `ctx` is a year. Years 1500-2099 after the usual
/// context words ("in", "since", "the") are; older years, three-digit years and years after "for" or
/// "between" must also be followed by punctuation or a word of [`AFTER_YEAR`] (not a noun, not a
/// capitalised word: "in 549 NHL games", "by 1350 GMT"), and must not follow a count ("1 in 100").
/// Three-digit years need "in", "since", "until", "around" or "circa"; "between" needs a second year
/// ("between 2015 and 2019", not "between 1000 and 3000").
fn year_in_context(
    text: &str,
    ctx_start: usize,
    ctx: &str,
    year: &str,
    end: usize,
    paired: bool,
) -> bool {
    let ctx = ctx.to_ascii_lowercase();
    let n: u32 = year.parse().unwrap_or(0);
    let short = year.len() == 3;
    if short && !matches!(ctx.as_str(), "in" | "since" | "until" | "around" | "circa")
        || ctx == "between" && !paired
    {
        return false;
    }
    if !(short || n < 1500 || matches!(ctx.as_str(), "for" | "between")) {
        return true;
    }
    let after_count = word_before(text, ctx_start).is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_digit() || b == b',') || super::number::is_number_word(w)
    });
    if after_count {
        return false;
    }
    match word_after(text, end) {
        Some(w) if char_after(text, end) == Some(' ') => AFTER_YEAR.contains(&w),
        _ => char_after(text, end).is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// Builds the span and value of a month-day or day-month match (with optional range and year).
/// `prefix` picks the alternative of [`month_forms`] (`"md_"` or `"dm_"`).
fn month_first(caps: &Captures, prefix: &str) -> Option<String> {
    let group = |name: &str| caps.name(&format!("{prefix}{name}"));
    let m1 = month_number(group("m1")?.as_str())?;
    let d1: u32 = group("d1")?.as_str().parse().ok()?;
    let m2 = match group("m2") {
        Some(m) => month_number(m.as_str())?,
        None => m1,
    };
    let d2: Option<u32> = match group("d2") {
        Some(d) => Some(d.as_str().parse().ok()?),
        None => None,
    };
    let year: Option<u32> = group("y").and_then(|y| y.as_str().parse().ok());
    if !valid_day(year, m1, d1) || d2.is_some_and(|d| !valid_day(year, m2, d)) {
        return None;
    }
    let fmt = |m: u32, d: u32| match year {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("--{m:02}-{d:02}"),
    };
    let value = match d2 {
        Some(d2) if (m2, d2) > (m1, d1) || (m2 < m1 && year.is_none()) => {
            format!("{}/{}", fmt(m1, d1), fmt(m2, d2))
        }
        Some(_) => return None,
        None => fmt(m1, d1),
    };
    Some(value)
}

fn numeric_value(caps: &Captures) -> Option<Option<String>> {
    let num = |name: &str| -> Option<u32> { caps.name(name)?.as_str().parse().ok() };
    if let (Some(y), Some(m), Some(d)) = (num("iy"), num("im"), num("id")) {
        let time = caps.name("it").map_or("", |t| t.as_str());
        return valid_day(Some(y), m, d).then(|| Some(format!("{y:04}-{m:02}-{d:02}{time}")));
    }
    if let (Some(m), Some(y)) = (num("nm"), num("ny")) {
        return Some(Some(format!("{y:04}-{m:02}")));
    }
    if let (Some(d), Some(m), Some(y)) = (num("dd"), num("dm"), num("dy")) {
        return valid_day(Some(y), m, d).then(|| Some(format!("{y:04}-{m:02}-{d:02}")));
    }
    let (a, b, y_str) = (num("sa")?, num("sb")?, caps.name("sy")?.as_str());
    let y: u32 = y_str.parse().ok()?;
    let y = (y_str.len() == 4).then_some(y);
    let as_us = valid_day(y, a, b);
    let as_eu = valid_day(y, b, a);
    if !(as_us || as_eu) {
        return None;
    }
    let Some(y) = y else { return Some(None) };
    Some(match (as_us, as_eu) {
        (true, false) => Some(format!("{y:04}-{a:02}-{b:02}")),
        (false, true) => Some(format!("{y:04}-{b:02}-{a:02}")),
        _ if a == b => Some(format!("{y:04}-{a:02}-{b:02}")),
        _ => None,
    })
}

/// A numeric date or year is not part of a longer run of digits, dots, dashes or slashes.
fn numeric_boundaries_ok(text: &str, start: usize, end: usize) -> bool {
    let before_ok = super::char_before(text, start).is_none_or(|c| {
        !(c.is_alphanumeric() || matches!(c, '.' | '-' | '/' | ':' | ',' | '$' | '€' | '£'))
    });
    let after_ok = match char_after(text, end) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c @ ('.' | '-' | '/' | ':' | ',')) => {
            !char_after(text, end + c.len_utf8()).is_some_and(|n| n.is_ascii_digit())
        }
        Some(_) => true,
    };
    before_ok && after_ok
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?;
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES.iter().position(|&n| n == key).map(|i| i as u32 + 1)
}

fn valid_day(year: Option<u32>, month: u32, day: u32) -> bool {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return false,
    };
    (1..=max).contains(&day)
}

fn suffix_fits(day: &str, suffix: &str) -> bool {
    let n: u32 = day.parse().unwrap_or(0);
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix == expected
}

/// Nothing but punctuation, the end of the text, or "of each/every/the/this/next month" follows.
fn ends_clause(text: &str, end: usize) -> bool {
    match char_after(text, end) {
        None => true,
        Some('.' | ',' | ';' | '!' | '?' | ')' | ':' | '\n') => true,
        Some(' ') => {
            word_after(text, end) == Some("of")
                && text[end..]
                    .trim_start()
                    .get(2..)
                    .map(str::trim_start)
                    .is_some_and(|rest| {
                        ["each", "every", "the", "this", "next", "last"]
                            .iter()
                            .any(|w| rest.starts_with(w))
                    })
        }
        _ => false,
    }
}

/// Words before a month name that make it a month: "in March", "until May", "last August".
const MONTH_CONTEXT: [&str; 22] = [
    "in", "on", "since", "until", "till", "by", "from", "to", "through", "during", "of", "last",
    "next", "this", "early", "mid", "late", "before", "after", "every", "each", "between",
];

fn month_alone_is_date(text: &str, start: usize, end: usize, name: &str) -> bool {
    if let Some(next) = word_after(text, end) {
        let capitalised = next.chars().next().is_some_and(char::is_uppercase);
        let is_calendar_word = month_number(next).is_some() && next.len() >= 3
            || WEEKDAYS.split('|').any(|w| w == next);
        if capitalised && !is_calendar_word && char_after(text, end) == Some(' ') {
            return false; // "August Wilson", "April Ryan"
        }
    }
    if matches!(name, "May" | "March" | "August") {
        let before = word_before(text, start).map(str::to_ascii_lowercase);
        return before.is_some_and(|w| MONTH_CONTEXT.contains(&w.as_str()));
    }
    true
}

/// "Sat" is a weekday inside a sentence ("lands Sat at 6pm"), not at its start ("Sat down").
fn abbreviated_weekday_is_date(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let inside_sentence = before
        .chars()
        .next_back()
        .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '\n' | '"' | '“'));
    let after_preposition = word_before(text, start).is_some_and(|w| {
        matches!(
            w,
            "on" | "by" | "until" | "till" | "from" | "next" | "last" | "this" | "every"
        )
    });
    let followed_by_word = word_after(text, end)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) && w != "at");
    inside_sentence && before.len() < start && (after_preposition || !followed_by_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        super::super::resolved_spans(find, text)
    }

    #[test]
    fn absolute_dates_and_ranges_are_normalised() {
        assert_eq!(
            dates("April 25-27, 2024 and 2024-02-30 and 15 January 2025"),
            [
                (
                    "April 25-27, 2024".into(),
                    Some("2024-04-25/2024-04-27".into())
                ),
                ("15 January 2025".into(), Some("2025-01-15".into())),
            ]
        );
        assert_eq!(
            dates("Dec 23 - Jan 2"),
            [("Dec 23 - Jan 2".into(), Some("--12-23/--01-02".into()))]
        );
        assert_eq!(dates("05/04/2024"), [("05/04/2024".into(), None)]);
        assert_eq!(
            dates("(March, 1999)"),
            [("March, 1999".into(), Some("1999-03".into()))]
        );
        assert_eq!(
            dates("04/25/2024"),
            [("04/25/2024".into(), Some("2024-04-25".into()))]
        );
    }

    #[test]
    fn months_that_are_words_or_names_are_refused() {
        for text in [
            "May I ask?",
            "They march on.",
            "August Wilson wrote it.",
            "sold 2024 units",
        ] {
            assert_eq!(dates(text), [], "{text}");
        }
        assert_eq!(dates("in May"), [("May".into(), None)]);
    }

    #[test]
    fn old_years_need_a_context_that_is_not_a_count() {
        assert_eq!(
            dates("sealed in 1215 at Runnymede; fell on 29 May 1453; sacked in 410."),
            [
                ("1215".into(), Some("1215".into())),
                ("29 May 1453".into(), Some("1453-05-29".into())),
                ("410".into(), Some("410".into())),
            ]
        );
        for text in [
            "in 1200 cases",
            "in 549 NHL games",
            "by 1350 GMT",
            "1 in 100.",
            "between 1000 and 3000 people",
            "paid for 2000 shares",
        ] {
            assert_eq!(dates(text), [], "{text}");
        }
    }

    #[test]
    fn paired_years_periods_and_weekday_ranges() {
        assert_eq!(
            dates("between 2015 and 2019, for 2025 and 2026"),
            [
                ("2015".into(), Some("2015".into())),
                ("2019".into(), Some("2019".into())),
                ("2025".into(), Some("2025".into())),
                ("2026".into(), Some("2026".into())),
            ]
        );
        assert_eq!(
            dates("H1 2024, mid-March, early November 2005, Mon–Fri, EXP 03/2027"),
            [
                ("H1 2024".into(), None),
                ("mid-March".into(), None),
                ("early November 2005".into(), None),
                ("Mon–Fri".into(), None),
                ("03/2027".into(), Some("2027-03".into())),
            ]
        );
        assert_eq!(dates("is it on Thu right?"), [("Thu".into(), None)]);
        assert_eq!(
            dates("Thu 14 Mar; at 2025-03-14T10:00Z"),
            [
                ("Thu 14 Mar".into(), Some("--03-14".into())),
                ("2025-03-14T10:00Z".into(), Some("2025-03-14T10:00Z".into())),
            ]
        );
        assert_eq!(dates("in conjunction to Sun while"), []);
        assert_eq!(
            dates("over the past two years and in the coming weeks"),
            [
                ("past two years".into(), None),
                ("coming weeks".into(), None)
            ]
        );
        assert_eq!(dates("goods meant to last three years"), []);
        assert_eq!(
            dates("in the last 15 years"),
            [("last 15 years".into(), None)]
        );
    }
}
