//! Names in informal text written without capitals ("omg poor emily", "moving to canada"):
//! lower-case given names and places that the tagger, which reads capitals, cannot see.

use super::*;

/// Whether a short text is written without regard to capitals ("omg poor emily", "watching
/// adam win"): it has no capital letter, or a sentence of it opens in lower case.
pub(super) fn is_informal(text: &str) -> bool {
    if text.len() >= MIN_DOCUMENT_BYTES {
        return false;
    }
    let mut opening = true;
    let mut any_upper = false;
    let mut lower_opening = false;
    for ch in text.chars() {
        if ch.is_alphabetic() {
            any_upper |= ch.is_uppercase();
            lower_opening |= opening && ch.is_lowercase();
            opening = false;
        } else if matches!(ch, '.' | '!' | '?' | '\n') {
            opening = true;
        }
    }
    lower_opening || !any_upper
}

/// Words that are given names on the lists but mostly something else in lower case.
pub(super) const LOWERCASE_NOT_NAMES: &[&str] = &[
    "january",
    "february",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mercedes",
];

/// In informal short text (see [`is_informal`]), adds the lower-case given names that are no
/// ordinary word, place or nationality ("poor emily"), with a listed surname after them
/// ("kevin smith"), as people, and the listed places that are no ordinary word or name ("moving
/// to canada") as places. On the tweet dev files such words were people 37 times in 47 and
/// places 8 times in 9.
pub(super) fn add_lowercase_names(text: &str, out: &mut Vec<Candidate>) {
    if !is_informal(text) {
        return;
    }
    let gazetteer = Gazetteer::get();
    let not_name = gazetteer::COMMON | gazetteer::PLACE | gazetteer::DEMONYM | gazetteer::TITLE;
    let lower_word_at = |at: usize| -> Option<&str> {
        let rest = text.get(at..)?;
        let end = rest
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(rest.len());
        let after = rest[end..].chars().next();
        (end >= 3 && !after.is_some_and(|c| c.is_alphanumeric() || c == '@')).then(|| &rest[..end])
    };
    let bytes = text.as_bytes();
    let before = out.len();
    let mut i = 0;
    while i < bytes.len() {
        let starts = bytes[i].is_ascii_lowercase()
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || b"@#_'".contains(&bytes[i - 1])
                    || bytes[i - 1] >= 0x80));
        let Some(word) = starts.then(|| lower_word_at(i)).flatten() else {
            i += 1;
            continue;
        };
        let end = i + word.len();
        let flags = gazetteer.flags(word);
        // "moving to canada": a listed place that is no ordinary word or name.
        if flags & gazetteer::PLACE != 0
            && flags & (gazetteer::COMMON | gazetteer::GIVEN | gazetteer::DEMONYM) == 0
            && !out[..before].iter().any(|c| c.start < end && i < c.end)
        {
            out.push(Candidate {
                start: i,
                end,
                label: Label::Place,
                value: None,
                source: Source::Names,
            });
            i = end;
            continue;
        }
        if flags & gazetteer::GIVEN == 0
            || flags & not_name != 0
            || LOWERCASE_NOT_NAMES.contains(&word)
            || out[..before].iter().any(|c| c.start < end && i < c.end)
        {
            i = end;
            continue;
        }
        // "kevin smith": a listed surname right after joins the name.
        let mut name_end = end;
        if bytes.get(end) == Some(&b' ') {
            if let Some(next) = lower_word_at(end + 1) {
                let f = gazetteer.flags(next);
                if f & gazetteer::SURNAME != 0 && f & not_name == 0 {
                    name_end = end + 1 + next.len();
                }
            }
        }
        out.push(Candidate {
            start: i,
            end: name_end,
            label: Label::Person,
            value: None,
            source: Source::Names,
        });
        i = name_end;
    }
    if out.len() > before {
        crate::recognize::sort_by_span(out);
    }
}
