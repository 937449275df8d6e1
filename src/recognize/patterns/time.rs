//! TIME: clock times ("7:30 pm", "19:45", "6pm", "8 p.m. ET", "23:59:30"), ranges joined by a dash
//! ("9am-5pm", "7-10am"), "noon", "midnight" and "3 o'clock".
//!
//! Refused: ratios and scores ("3:1", "16:9": minutes need two digits), hours over 24 ("25:23"), and
//! chapter-and-verse references after a capitalised word ("John 3:16").
//!
//! Values (24-hour `HH:MM` or `HH:MM:SS`, ranges `start/end`) are given when unambiguous: with am/pm,
//! or a two-digit hour ("07:30", "19:45"). "7:30" alone could be morning or evening and has none.

use regex::{Captures, Regex};

use super::{candidate, char_after, char_before, word_before};
use crate::analysis::Value;
use crate::label::Label;
use crate::recognize::Candidate;

const MERIDIEM: &str = r"(?:[aApP]\.\s?[mM]\.|[aApP]\.?[mM](?-u:\b))";
const ZONE: &str =
    r"(?:\s(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|BST|CET|CEST|JST|AEST)(?-u:\b))?";

/// This family's regexes, for compiling them ahead of a stepped analysis.
pub(super) const REGEXES: &[fn() -> &'static Regex] = &[with_meridiem, clock, words];

/// Times with am/pm, alone or as a range: "6pm", "7:30 PM", "9.30am" (British), "9am-5pm", "7-10am".
fn with_meridiem() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                // The start of a range, if any: "9am-", "7-", "7:30 –"
                r"(?-u:\b)(?:(?P<h1>1[0-2]|0?[1-9])(?::(?P<m1>[0-5][0-9]))?",
                r"\s?(?P<ap1>{MERIDIEM})?\s?[-–]\s?)?",
                // The time: "6pm", "7:30 PM", "9.30am", "10:15:30 p.m. EST"
                r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?)?",
                r"\s?(?P<ap>{MERIDIEM}){ZONE}",
            ),
            MERIDIEM = MERIDIEM,
            ZONE = ZONE,
        )
    })
}

/// Colon times without am/pm: "19:45", "07:30", "23:59:30", "14:30 UTC", and ranges of two-digit
/// hours "09:00–17:00" (`h1`, `m1`).
fn clock() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                // The start of a range, if any: "09:00–"
                r"(?-u:\b)(?:(?P<h1>[01]?[0-9]|2[0-4]):(?P<m1>[0-5][0-9])\s?[-–]\s?)?",
                // The time: "19:45", "23:59:30", "14:30 UTC"
                r"(?P<h>[01]?[0-9]|2[0-4]):(?P<m>[0-5][0-9])(?::(?P<s>[0-5][0-9]))?(?-u:\b){ZONE}",
            ),
            ZONE = ZONE,
        )
    })
}

fn words() -> &'static Regex {
    lazy_regex!(|| {
        r"(?-u:\b)(?:noon|midday|midnight|(?:1[0-2]|[1-9])\s?o['’]clock)(?-u:\b)".to_string()
    })
}

/// Finds TIME candidates; `lower` is `text` lowercased (see [`super::ascii_lowercase`]).
pub(super) fn find(text: &str, lower: &str, out: &mut Vec<Candidate>) {
    for caps in with_meridiem().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        if !start_ok(text, m.start()) {
            continue;
        }
        if let Some(value) = meridiem_value(&caps) {
            out.push(candidate(
                m.start(),
                m.end(),
                Label::Time,
                Some(Value::Text(value)),
            ));
        }
    }
    // Every clock time has a colon: a text without one is not searched (nor the regex compiled).
    if text.contains(':') {
        for caps in clock().captures_iter(text) {
            let (Some(m), Some(h)) = (caps.get(0), caps.name("h")) else {
                continue;
            };
            if !start_ok(text, m.start())
                || followed_by_number(text, m.end())
                || is_reference(text, m.start(), caps.name("h1").unwrap_or(h).as_str())
                || is_duration_or_ratio(text, m.start(), m.end())
            {
                continue;
            }
            let hour: u32 = h.as_str().parse().unwrap_or(99);
            let minute = caps.name("m").map_or("00", |x| x.as_str());
            if hour > 24 || (hour == 24 && minute != "00") {
                continue;
            }
            let mut value = (h.as_str().len() == 2).then(|| {
                let mut v = format!("{hour:02}:{minute}");
                if let Some(s) = caps.name("s") {
                    v.push(':');
                    v.push_str(s.as_str());
                }
                v
            });
            if let (Some(h1), Some(m1)) = (caps.name("h1"), caps.name("m1")) {
                let start_hour: u32 = h1.as_str().parse().unwrap_or(99);
                if start_hour > 24 || (start_hour == 24 && m1.as_str() != "00") {
                    continue;
                }
                value = value
                    .filter(|_| h1.as_str().len() == 2)
                    .map(|end| format!("{}:{}/{end}", h1.as_str(), m1.as_str()));
            }
            let value = value.map(Value::Text);
            out.push(candidate(m.start(), m.end(), Label::Time, value));
        }
    }
    find_words(lower, out);
}

/// Finds the TIME candidates that need no digits ("noon", "midnight"), in any case: the lowercase
/// regex searches `lower`, the lowercased text (see [`super::ascii_lowercase`]).
pub(super) fn find_words(lower: &str, out: &mut Vec<Candidate>) {
    for m in words().find_iter(lower) {
        let value = match m.as_str() {
            "noon" | "midday" => Some("12:00"),
            "midnight" => Some("00:00"),
            _ => None,
        };
        out.push(candidate(
            m.start(),
            m.end(),
            Label::Time,
            value.map(|v| Value::Text(v.to_string())),
        ));
    }
}

fn start_ok(text: &str, start: usize) -> bool {
    char_before(text, start)
        .is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '.' | ':' | ',' | '-' | '/')))
}

fn followed_by_number(text: &str, end: usize) -> bool {
    match char_after(text, end) {
        Some(c @ (':' | '.' | '-' | '/')) => {
            char_after(text, end + c.len_utf8()).is_some_and(|n| n.is_ascii_digit())
        }
        _ => false,
    }
}

/// "John 3:16": a colon pair right after a capitalised word that is not a time word. A zero-padded
/// hour ("Departs 06:45") is never a verse, nor a pair after a sentence's first word ("The 08:15 to
/// Leeds", "Open 8:30–5:30").
fn is_reference(text: &str, start: usize, hour: &str) -> bool {
    let Some(word) = word_before(text, start) else {
        return false;
    };
    let word_start = text[..start].trim_end_matches([' ', '\t']).len() - word.len();
    let head = text[..word_start].trim_end();
    let line_start = text[head.len()..word_start].contains('\n');
    // A sentence starts on a new line, after "!", "?" or a separator, or after "." that ends a word
    // ("9. Andersson 1:34", a numbered list of results, is not a sentence start).
    let sentence_initial = line_start
        || head
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '!' | '?' | '\n' | ':' | ';' | '|' | '•' | '·'))
        || head.ends_with('.') && head.trim_end_matches('.').ends_with(char::is_alphabetic);
    if hour.starts_with('0') || sentence_initial {
        return false;
    }
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    capitalised
        && !matches!(
            word,
            "At" | "Until"
                | "From"
                | "By"
                | "Before"
                | "After"
                | "Around"
                | "About"
                | "Since"
                | "Till"
        )
        && !word.ends_with("day")
}

/// "won in 2:03:11", "a best of 1:56": a clock-like figure after "in" or "of" is a duration; "a 16:10
/// aspect ratio", "a scale of 1:50", "the odds were 5:1" are ratios (a ratio word just before or after).
fn is_duration_or_ratio(text: &str, start: usize, end: usize) -> bool {
    const RATIO_WORDS: [&str; 4] = ["ratio", "scale", "odds", "score"];
    const AFTER: [&str; 8] = [
        "ratio", "aspect", "scale", "odds", "lead", "win", "victory", "draw",
    ];
    let before = word_before(text, start).map(str::to_ascii_lowercase);
    if matches!(before.as_deref(), Some("in" | "of")) {
        return true;
    }
    let after = super::word_after(text, end).map(str::to_ascii_lowercase);
    if after.is_some_and(|w| AFTER.contains(&w.as_str())) {
        return true;
    }
    let window_start = text[..start]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(i, _)| i);
    let window = text[window_start..start].to_ascii_lowercase();
    let clause = window.rsplit(['.', ';', '\n']).next().unwrap_or("");
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| RATIO_WORDS.contains(&w))
}

fn meridiem_value(caps: &Captures) -> Option<String> {
    let hour = |name: &str| -> Option<u32> { caps.name(name)?.as_str().parse().ok() };
    let pm = |name: &str| caps.name(name).map(|m| m.as_str().starts_with(['p', 'P']));
    let to24 = |h: u32, pm: bool| (h % 12) + if pm { 12 } else { 0 };
    let h = to24(hour("h")?, pm("ap")?);
    let minute = caps.name("m").map_or("00", |x| x.as_str());
    let mut end = format!("{h:02}:{minute}");
    if let Some(s) = caps.name("s") {
        end.push(':');
        end.push_str(s.as_str());
    }
    let Some(h1) = hour("h1") else {
        return Some(end);
    };
    let m1 = caps.name("m1").map_or("00", |x| x.as_str());
    let start_h = match pm("ap1") {
        Some(p) => to24(h1, p),
        None => {
            let same = to24(h1, pm("ap")?);
            if same * 60 <= h * 60 {
                same
            } else {
                to24(h1, !pm("ap")?)
            }
        }
    };
    Some(format!("{start_h:02}:{m1}/{end}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(text: &str) -> Vec<(String, Option<String>)> {
        super::super::resolved_spans(|t, o| find(t, &super::super::ascii_lowercase(t), o), text)
    }

    #[test]
    fn meridiem_ranges_and_clock_times() {
        assert_eq!(
            times("open 9am-5pm, breakfast 7-10am, call at 7:30 PM or 19:45 UTC"),
            [
                ("9am-5pm".into(), Some("09:00/17:00".into())),
                ("7-10am".into(), Some("07:00/10:00".into())),
                ("7:30 PM".into(), Some("19:30".into())),
                ("19:45 UTC".into(), Some("19:45".into())),
            ]
        );
        assert_eq!(times("at 7:15"), [("7:15".into(), None)]);
        assert_eq!(times("12 a.m."), [("12 a.m.".into(), Some("00:00".into()))]);
    }

    #[test]
    fn ratios_scores_and_verses_are_not_times() {
        for text in [
            "won 3:1",
            "a 16:9 screen",
            "read John 3:16",
            "25:23 in the set",
        ] {
            assert_eq!(times(text), [], "{text}");
        }
    }

    #[test]
    fn padded_hours_ranges_and_british_times() {
        assert_eq!(
            times("The 08:15 to Leeds. Departs 06:45. Open 09:00–17:00. Gate closes 9.30am."),
            [
                ("08:15".into(), Some("08:15".into())),
                ("06:45".into(), Some("06:45".into())),
                ("09:00–17:00".into(), Some("09:00/17:00".into())),
                ("9.30am".into(), Some("09:30".into())),
            ]
        );
        assert_eq!(
            times("Open 8:30–5:30 weekdays"),
            [("8:30–5:30".into(), None)]
        );
    }

    #[test]
    fn durations_and_ratios_are_not_times() {
        for text in [
            "won in 2:03:11",
            "a best of 1:56",
            "a 16:10 aspect ratio",
            "The scale of the model is 1:50.",
            "the odds were 5:1",
            "9. Andersson 1:34 10. Skibby 1:45",
        ] {
            assert_eq!(times(text), [], "{text}");
        }
    }
}
