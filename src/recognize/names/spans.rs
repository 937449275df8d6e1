//! From per-token tags to name spans: runs of one tag, trimmed at connectors, split or joined by
//! what the sentence shows (regnal numbers, company suffixes, results lines and table rows), and
//! nationalities (NORP).

use super::*;

pub(super) fn label_of(tag: u8) -> Option<Label> {
    match tag {
        PER => Some(Label::Person),
        ORG => Some(Label::Org),
        LOC => Some(Label::Place),
        MISC => Some(Label::Misc),
        _ => None,
    }
}

/// Whether a token may not start or end a name ("of", "and", "the", "&", "-").
pub(super) fn is_edge_connector(view: &SentenceView<'_>, i: usize) -> bool {
    let t = view.tokens[i].text;
    !view.tokens[i].has_letter() || (!view.tokens[i].is_capitalised() && t.len() <= 4)
}

/// Turns runs of tagged tokens into candidates and adds NORP for nationalities left untagged.
///
/// A run of adjacent tagged tokens is one name ("Vladimir Putin" is never a place followed by a
/// person); its label is the best non-O class of the summed token scores.
pub(super) fn spans(
    view: &SentenceView<'_>,
    tags: &[u8],
    scores: &[[f32; CLASSES]],
    out: &mut Vec<Candidate>,
) {
    let n = view.len();
    // Whether the sentence is a line of results, found at most once per sentence (a scan of it).
    let results_line = std::cell::OnceCell::new();
    let in_results_line = || *results_line.get_or_init(|| is_results_line(view));
    let mut i = 0;
    while i < n {
        if tags[i] == O {
            if is_unknown_team(view, i) && in_results_line() {
                push(view, i, i + 1, Label::Org, out);
                i += 1;
                continue;
            }
            let demonym = norp_len(view, i);
            if demonym > 0 && tags[i..i + demonym].iter().all(|&t| t == O || t == MISC) {
                push(view, i, i + demonym, Label::Norp, out);
                i += demonym;
                continue;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && tags[j] != O {
            j += 1;
        }
        // "Belt and Road Initiative", "Procter and Gamble Co.": two runs joined by a connector are
        // one name when the second ends in a word that heads names of works, events or
        // organisations; the head decides the label.
        // "Barnett Banks Inc.": a capitalised word the tagger left out, between a name and an
        // organisation word that ends it, belongs to the name.
        if j + 1 < n
            && view.tokens[j].is_capitalised()
            && tags[j + 1] != O
            && view.flags(j + 1) & gazetteer::ORG_WORD != 0
        {
            j += 1;
            while j < n && tags[j] != O {
                j += 1;
            }
        }
        let mut joined = None;
        if j + 1 < n && is_joining_connector(view.tokens[j].text) && tags[j + 1] != O {
            let mut k = j + 1;
            while k < n && tags[k] != O {
                k += 1;
            }
            if let Some(head) = head_tag(view, k - 1) {
                joined = Some(head);
                j = k;
            }
        }
        let (mut s, mut e) = (i, j);
        while s < e && is_edge_connector(view, s) {
            s += 1;
        }
        while e > s && is_edge_connector(view, e - 1) {
            e -= 1;
        }
        if s < e {
            let mut tag = run_tag(&scores[s..e]);
            // "Chancellor Angela Merkel" names Angela Merkel; "Shares of Microsoft" names Microsoft.
            while e - s > 1
                && ((tag == PER && view.flags(s) & gazetteer::TITLE != 0)
                    || (s == 0 && view.flags(s) & gazetteer::COMMON != 0 && !view.upper()))
            {
                s += 1;
                while s < e && is_edge_connector(view, s) {
                    s += 1;
                }
            }
            // "Australian Tom Moody": a nationality before a person's name is NORP, not part of
            // the name (unless it is also a given name: "Roman Polanski"); a title after it goes
            // too ("Japanese Prime Minister Shinzo Abe").
            if tag == PER && e - s > 1 && view.flags(s) & gazetteer::GIVEN == 0 {
                let demonym = norp_len(view, s);
                if demonym > 0 && demonym < e - s {
                    push(view, s, s + demonym, Label::Norp, out);
                    s += demonym;
                    while e - s > 1 && view.flags(s) & gazetteer::TITLE != 0 {
                        s += 1;
                    }
                }
            }
            if s >= e {
                i = j;
                continue;
            }
            // "Tedros Adhanom Ghebreyesus, ...": an unknown capitalised word opening the
            // sentence, just before a person's name, is the start of that name (the tagger cannot
            // tell it from a capitalised ordinary word, but those are on the common-word list).
            if tag == PER
                && s == 1
                && tags[0] == O
                && !view.upper()
                && view.tokens[0].is_capitalised()
                && view.flags(0) & !(gazetteer::GIVEN | gazetteer::SURNAME) == 0
                && view.phrase(0) == 0
                && view.tokens[0].text.len() >= 3
            {
                s = 0;
            }
            // "World Health Organization": a name of several words ending in an organisation
            // word ("Organization", "University", "Party") is an organisation, not another name.
            if tag == MISC && e - s > 1 && view.flags(e - 1) & gazetteer::ORG_WORD != 0 {
                tag = ORG;
            }
            if tag == ORG && is_known_place(view, s, e) {
                tag = LOC;
            }
            // "Road Initiative", "World Cup": a name of several words ending in a word that heads
            // names of works and events is neither a person, a place nor an organisation.
            if let Some(head) = joined {
                tag = head;
            } else if e - s > 1 && tag != ORG && is_misc_head(view.tokens[e - 1].text) {
                tag = MISC;
            }
            // "Lynn Reaser of Barnett Banks Inc.": a person's name run on into an organisation
            // ending in an organisation word is the two of them; a name that only ends in one
            // ("Evergreen Solar Inc.") is an organisation.
            if tag == PER && e - s > 1 && view.flags(e - 1) & gazetteer::ORG_WORD != 0 {
                if let Some(of) = (s + 1..e - 1).find(|&k| view.tokens[k].text == "of") {
                    // One word before "of" is a person only if a list knows it as a name
                    // ("Shares of Evergreen Solar Inc." names the company alone).
                    if of - s > 1 || view.flags(s) & (gazetteer::GIVEN | gazetteer::SURNAME) != 0 {
                        push(view, s, of, Label::Person, out);
                    }
                    let org =
                        of + 1 + usize::from(view.tokens[of + 1].text.eq_ignore_ascii_case("the"));
                    if org < e {
                        push(view, org, e, Label::Org, out);
                    }
                    i = j;
                    continue;
                }
                tag = ORG;
            }
            // "Kia Motor Corp of South Korea": a company name ends at its legal suffix; what
            // follows "of" is where it is.
            if tag == ORG && e - s > 3 {
                if let Some(of) = (s + 2..e - 1).find(|&k| {
                    view.tokens[k].text == "of" && is_company_suffix(view.tokens[k - 1].text)
                }) {
                    push(view, s, of, Label::Org, out);
                    let rest_tag = run_tag(&scores[of + 1..e]);
                    let rest = if is_known_place(view, of + 1, e) {
                        Some(Label::Place)
                    } else {
                        label_of(rest_tag)
                    };
                    if let Some(label) = rest {
                        push(view, of + 1, e, label, out);
                    }
                    i = j;
                    continue;
                }
            }
            // "Hancock Brook", "Bobby Morris Playfield": a name of several words ending in a place
            // word is a place, not a person (but "Michael Bay" is: a given name and one word).
            if tag == PER
                && e - s > 1
                && view.flags(e - 1) & gazetteer::PLACE_WORD != 0
                && !(e - s == 2 && view.flags(s) & gazetteer::GIVEN != 0)
            {
                tag = LOC;
            }
            // "Port Elliot", "Mount Isa", "Fort William": a name of several words opening with a
            // word that opens place names is a place.
            if tag == PER && e - s > 1 && is_place_prefix(view.tokens[s].text) {
                tag = LOC;
            }
            // "Henry VIII", "Elizabeth II", "Norton I, Emperor": a regnal number ends the name.
            if tag == PER && e < n && e - s <= 3 && is_regnal_number(view, e) {
                e += 1;
            }
            // "1. Antonella Bellutti (Italy) 3:31.526", "Irina Spirlea (Romania) beat": a name of
            // two or three plain words, then a listed place in brackets, then a result, is a
            // competitor.
            if tag != PER
                && (2..=3).contains(&(e - s))
                && (s..e).all(|k| {
                    view.tokens[k].is_capitalised()
                        && view.flags(k)
                            & (gazetteer::ORG_WORD | gazetteer::PLACE_WORD | gazetteer::PLACE)
                            == 0
                })
                && e + 2 < n
                && view.tokens[e].text == "("
                && view.flags(e + 1) & gazetteer::PLACE != 0
                && view.tokens[e + 2].text == ")"
                && view.tokens.get(e + 3).is_none_or(|t| {
                    t.text.starts_with(|c: char| c.is_ascii_digit()) || t.text == "beat"
                })
            {
                tag = PER;
            }
            // "Surrey 312 ... Derbyshire 205", "Leeds 2 Chelsea 1": a place directly followed by a
            // score, in a line of such results, is a team.
            if (tag == LOC || tag == MISC) && is_score(view, e) && in_results_line() {
                tag = ORG;
            }
            let demonym = norp_len(view, s);
            if tag != PER && demonym == e - s {
                push(view, s, e, Label::Norp, out);
            } else if let Some(label) = label_of(tag) {
                push(view, s, e, label, out);
            }
        }
        i = j;
    }
}

/// Words that end the names of works, events, agreements and awards ("Belt and Road Initiative",
/// "World Cup", "Nobel Prize").
pub(super) const MISC_HEADS: &[&str] = &[
    "initiative",
    "act",
    "treaty",
    "accord",
    "accords",
    "agreement",
    "doctrine",
    "plan",
    "cup",
    "championship",
    "championships",
    "trophy",
    "prize",
    "award",
    "awards",
    "games",
    "olympics",
    "war",
    "revolution",
    "festival",
    "summit",
    "declaration",
    "protocol",
];

/// Whether token `i` is a Roman numeral of a ruler ("VIII"): "I" only before a comma, a full
/// stop or nothing, where it cannot be the pronoun ("Norton I, Emperor").
pub(super) fn is_regnal_number(view: &SentenceView<'_>, i: usize) -> bool {
    let t = view.tokens[i].text;
    if t == "I" {
        return view
            .tokens
            .get(i + 1)
            .is_none_or(|next| matches!(next.text, "," | "." | ";" | ")"));
    }
    (2..=5).contains(&t.len()) && t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Whether `word` is the legal suffix of a company name ("Inc", "Corp.", "plc").
pub(super) fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "inc" | "corp" | "co" | "ltd" | "plc" | "llc" | "ag" | "sa" | "nv" | "gmbh" | "bhd" | "spa"
    )
}

/// Whether `word` is one of the [`MISC_HEADS`].
pub(super) fn is_misc_head(word: &str) -> bool {
    word.len() <= 13 && MISC_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// Whether `word` opens place names ("Port Elliot", "Mount Isa", "Lake Tahoe", "Cape Town").
pub(super) fn is_place_prefix(word: &str) -> bool {
    matches!(
        word,
        "Port" | "Fort" | "Mount" | "Mt." | "Lake" | "Cape" | "Point" | "Isle"
    )
}

/// Whether a lower-case connector may join two runs of a name ("and", "&", "of", "for").
pub(super) fn is_joining_connector(word: &str) -> bool {
    matches!(word, "and" | "&" | "of" | "for")
}

/// The tag that the head word at token `i` gives a name it ends: MISC for works and events, ORG
/// for an organisation word ("Co.", "Ministry"); `None` for any other word.
pub(super) fn head_tag(view: &SentenceView<'_>, i: usize) -> Option<u8> {
    if !view.tokens[i].is_capitalised() {
        None
    } else if is_misc_head(view.tokens[i].text) {
        Some(MISC)
    } else {
        None
    }
}

/// Whether tokens `s..e` are exactly one gazetteer place ("North Korea", "Japan"): a country
/// that acts ("North Korea wants ...") is still a place.
pub(super) fn is_known_place(view: &SentenceView<'_>, s: usize, e: usize) -> bool {
    if e - s == 1 {
        return view.phrase(s) == 0 && view.flags(s) & gazetteer::PLACE != 0;
    }
    let p = view.phrase(s);
    p & 1 != 0
        && (p >> 2) & gazetteer::PLACE != 0
        && (s + 1..e).all(|k| view.phrase(k) & 2 != 0)
        && (e == view.len() || view.phrase(e) & 2 == 0)
}

/// Whether token `i` reads as a score or a tally: one to three digits, followed by nothing,
/// punctuation, another number or a capitalised word ("Leeds 2 Chelsea 1", "NEW YORK 74 51 .592"),
/// not by a lower-case word ("Paris 3 times").
pub(super) fn is_score(view: &SentenceView<'_>, i: usize) -> bool {
    let Some(token) = view.tokens.get(i) else {
        return false;
    };
    let t = token.text.as_bytes();
    if t.is_empty() || t.len() > 3 || !t.iter().all(u8::is_ascii_digit) {
        return false;
    }
    // "Worcestershire 238 and 133-5": a second innings or a tally after "and"/"for".
    let tally = |k: usize| {
        view.tokens
            .get(k)
            .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
    };
    view.tokens.get(i + 1).is_none_or(|next| {
        next.is_capitalised()
            || !next.has_letter()
            || (matches!(next.text, "and" | "for") && tally(i + 2))
    })
}

/// Whether untagged token `i` is a team if its sentence is a line of results: a capitalised word of
/// two or more characters, not an abbreviation ("No. 1"), that no list knows as a common word or a
/// surname unless also as a place (scorecards list players with their runs), directly followed by a
/// score ("Leeds 2 Chelsea 1": the tagger left "Chelsea" out, so it is no person there).
pub(super) fn is_unknown_team(view: &SentenceView<'_>, i: usize) -> bool {
    let word = view.tokens[i].text;
    view.tokens[i].is_capitalised()
        && word.len() >= 2
        && !word.ends_with('.')
        && (view.flags(i) & (gazetteer::COMMON | gazetteer::SURNAME) == 0
            || view.flags(i) & gazetteer::PLACE != 0)
        && is_score(view, i + 1)
}

/// Whether the sentence is a line of results: at least two capitalised words directly followed by
/// a score, or a row of a table of standings (see [`is_table_row`]).
pub(super) fn is_results_line(view: &SentenceView<'_>) -> bool {
    let n = view.len();
    (0..n.saturating_sub(1))
        .filter(|&k| view.tokens[k].is_capitalised() && is_score(view, k + 1))
        .nth(1)
        .is_some()
        || is_table_row(view)
}

/// Whether the sentence is a row of a table of standings: a name (capitalised words, perhaps with
/// a bracketed note) followed by at least three numbers and nothing else ("Clydebank 2 1 0 1 1 3 3",
/// "SEATTLE 70 64 .522 6"). The name of such a row is a team.
pub(super) fn is_table_row(view: &SentenceView<'_>) -> bool {
    let tokens = view.tokens;
    let Some(first_number) = tokens.iter().position(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit() || c == '.') && !t.has_letter()
    }) else {
        return false;
    };
    first_number > 0
        && tokens[0].is_capitalised()
        && tokens[..first_number]
            .iter()
            .all(|t| t.is_capitalised() || !t.has_letter() || t.text.len() <= 2)
        && tokens[first_number..].iter().all(|t| !t.has_letter())
        && tokens[first_number..]
            .iter()
            .filter(|t| t.text.bytes().any(|b| b.is_ascii_digit()))
            .count()
            >= 3
}

/// The best non-O class of the summed scores of a run of tokens.
pub(super) fn run_tag(scores: &[[f32; CLASSES]]) -> u8 {
    let mut sum = [0f32; CLASSES];
    for s in scores {
        for (a, x) in sum.iter_mut().zip(s) {
            *a += x;
        }
    }
    sum[O as usize] = f32::NEG_INFINITY;
    argmax(&sum)
}

/// The length in tokens of a capitalised nationality or group starting at `i` (0 if none).
pub(super) fn norp_len(view: &SentenceView<'_>, i: usize) -> usize {
    if !view.tokens[i].is_capitalised() {
        return 0;
    }
    let p = view.phrase(i);
    if p & 1 != 0 && (p >> 2) & gazetteer::DEMONYM != 0 {
        let mut len = 1;
        while i + len < view.len() && view.phrase(i + len) & 2 != 0 {
            len += 1;
        }
        return len;
    }
    if view.flags(i) & gazetteer::DEMONYM != 0 {
        return 1;
    }
    0
}

pub(super) fn push(
    view: &SentenceView<'_>,
    s: usize,
    e: usize,
    label: Label,
    out: &mut Vec<Candidate>,
) {
    out.push(Candidate {
        start: view.tokens[s].start,
        end: view.tokens[e - 1].end,
        label,
        value: None,
        source: Source::Names,
    });
}
