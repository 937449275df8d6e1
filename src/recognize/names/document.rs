//! Document-level evidence: a name found once is found everywhere in the text, with the label its
//! mentions vote for ("Vicenza ... Vicenza's coach"), its acronym too; listed multi-word names
//! (organisations, places) are joined into one mention.

use super::*;

/// The capital initials of a name of two to six significant words ("World Health Organization"
/// → "WHO").
pub(super) fn acronym_of(name: &str) -> Option<String> {
    const MINOR: &[&str] = &["of", "the", "and", "for", "&", "de", "on", "in"];
    if !name.contains([' ', '-']) {
        return None; // one word (most names): nothing to abbreviate, nothing to allocate
    }
    let words: Vec<&str> = name
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !MINOR.contains(w))
        .collect();
    if !(2..=6).contains(&words.len()) || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// Tags again, anywhere in the document, the exact capitalised text of every name already
/// found ("Yeltsin" found once is found everywhere), and the acronym in capitals of an
/// organisation or place found in full ("WHO" after "World Health Organization"); `covered`
/// holds each sentence's spans, sorted.
pub(super) fn propagate(
    text: &str,
    doc: &DocContext,
    views: &[SentenceView<'_>],
    covered: &[(usize, usize)],
    bounds: &[usize],
    out: &mut Vec<Candidate>,
) {
    let mut known: FastMap<&str, Label> = FastMap::default();
    let mut acronyms: FastMap<String, Label> = FastMap::default();
    for c in out.iter() {
        let name = &text[c.start..c.end];
        if name.len() >= 3 && name.chars().next().is_some_and(char::is_uppercase) {
            known.entry(name).or_insert_with(|| c.label.clone());
        }
        if c.label == Label::Person {
            // The single words of a full name ("Tedros" of "Tedros Adhanom Ghebreyesus").
            for w in name
                .split(' ')
                .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase))
            {
                let flags = Gazetteer::get().flags_of_word(w);
                // An ordinary word is a name here if the text never writes it in lower case
                // ("Player" of "Ben Player").
                let word_here = flags & gazetteer::COMMON == 0 || !doc.seen_in_lower_case(w);
                if name.contains(' ')
                    && word_here
                    && flags & (gazetteer::PLACE | gazetteer::TITLE) == 0
                {
                    known.entry(w).or_insert(Label::Person);
                }
            }
        }
        if c.label == Label::Org || c.label == Label::Place {
            if let Some(a) = acronym_of(name) {
                acronyms.entry(a).or_insert_with(|| c.label.clone());
            }
        }
    }
    let listed = Listed::get();
    // The tagger's label of a listed organisation gives way to the list ("The Kremlin said").
    for c in out.iter_mut() {
        if listed.names.contains(&text[c.start..c.end]) {
            c.label = Label::Org;
        }
    }
    // The first token of every name and acronym: a phrase is looked up only from such a token.
    let mut first_tokens: FastSet<&str> = FastSet::default();
    let mut name_tokens = Vec::new();
    for name in known.keys() {
        name_tokens.clear();
        tokens::tokenize_into(name, 0, &mut name_tokens);
        first_tokens.extend(name_tokens.first().map(|t| t.text));
    }
    first_tokens.extend(acronyms.keys().map(String::as_str));
    let mut free: Vec<bool> = Vec::new();
    for (k, view) in views.iter().enumerate() {
        let spans = &covered[bounds[k]..bounds[k + 1]];
        let n = view.len();
        // Whether each token lies outside every span the tagger found, computed once per sentence
        // in one walk over both (tokens and spans are in text order, and spans do not overlap).
        free.clear();
        let mut next_span = 0;
        free.extend(view.tokens.iter().map(|t| {
            while spans.get(next_span).is_some_and(|&(_, e)| e <= t.start) {
                next_span += 1;
            }
            spans.get(next_span).is_none_or(|&(s, _)| s >= t.end)
        }));
        let mut i = 0;
        while i < n {
            let mut matched = 0;
            // Listed organisations are looked for outside headlines in capitals ("WHO SAID").
            // Cheapest tests first: most tokens are inside a span or not capitalised.
            let from_list = free[i]
                && view.tokens[i].is_capitalised()
                && !view.upper()
                && listed.first_tokens.contains(view.tokens[i].text);
            if free[i]
                && view.tokens[i].is_capitalised()
                && (from_list || first_tokens.contains(view.tokens[i].text))
            {
                // Phrases are only tried over a run of free tokens starting at `i`.
                let run = free[i..]
                    .iter()
                    .take(gazetteer::MAX_PHRASE_TOKENS)
                    .take_while(|&&f| f)
                    .count();
                for len in (1..=run).rev() {
                    let (s, e) = (view.tokens[i].start, view.tokens[i + len - 1].end);
                    let found = known
                        .get(&text[s..e])
                        .or_else(|| (len == 1).then(|| acronyms.get(&text[s..e])).flatten())
                        .or_else(|| {
                            (from_list && listed.names.contains(&text[s..e])).then_some(&Label::Org)
                        });
                    if let Some(label) = found {
                        out.push(Candidate {
                            start: s,
                            end: e,
                            label: label.clone(),
                            value: None,
                            source: Source::Names,
                        });
                        matched = len;
                        break;
                    }
                }
            }
            i += matched.max(1);
        }
    }
    crate::recognize::sort_by_span(out);
}

/// The [`organisations`] list and the football clubs named after places, ready for lookups.
pub(super) struct Listed {
    names: FastSet<&'static str>,
    /// The first token of each name: a phrase is only looked up from such a token.
    first_tokens: FastSet<&'static str>,
}

impl Listed {
    /// Whether `name` is one of the listed organisations (as written).
    pub(super) fn contains(name: &str) -> bool {
        Listed::get().names.contains(name)
    }

    fn get() -> &'static Listed {
        static LISTED: std::sync::OnceLock<Listed> = std::sync::OnceLock::new();
        LISTED.get_or_init(|| {
            // Decoded once for the life of the program, so leaking the list gives it the
            // `'static` lifetime of the hand-written names beside it.
            let clubs: &'static [String] = Vec::leak(organisations::clubs());
            let companies: &'static [String] = Vec::leak(organisations::companies());
            let names: FastSet<&'static str> = organisations::NAMES
                .iter()
                .copied()
                .chain(clubs.iter().map(String::as_str))
                .chain(companies.iter().map(String::as_str))
                .collect();
            let first_tokens = names
                .iter()
                .filter_map(|name| tokens::tokenize(name, 0).first().map(|t| t.text))
                .collect();
            Listed {
                names,
                first_tokens,
            }
        })
    }
}

/// Makes every listed organisation of more than one word one mention, whatever the tagger cut
/// it into: "Sheffield Wednesday" and "Real Madrid" are clubs, not the place "Sheffield" and a
/// day, or "Madrid". A longer name that holds a listed one ("Real Madrid CF") becomes an
/// organisation; a name that crosses a listed one's edge is left alone. Listed places written
/// with "and" ("Bosnia and Herzegovina", "Saint Kitts and Nevis"), which the tagger splits at the
/// "and", become one place the same way (a longer name holding one keeps its label). `out` is
/// sorted.
pub(super) fn join_listed_phrases(
    text: &str,
    views: &[SentenceView<'_>],
    out: &mut Vec<Candidate>,
) {
    let listed = Listed::get();
    let mut joined: Vec<(usize, usize, Label)> = Vec::new();
    for view in views.iter().filter(|v| !v.upper()) {
        let n = view.len();
        let mut i = 0;
        while i < n {
            let mut step = 1;
            if view.tokens[i].is_capitalised() && listed.first_tokens.contains(view.tokens[i].text)
            {
                let longest = gazetteer::MAX_PHRASE_TOKENS.min(n - i);
                for len in (2..=longest).rev() {
                    let (s, e) = (view.tokens[i].start, view.tokens[i + len - 1].end);
                    if listed.names.contains(&text[s..e]) {
                        joined.push((s, e, Label::Org));
                        step = len;
                        break;
                    }
                }
            }
            if step == 1 {
                if let Some(len) = listed_place_with_and(text, view, i) {
                    let (s, e) = (view.tokens[i].start, view.tokens[i + len - 1].end);
                    joined.push((s, e, Label::Place));
                    step = len;
                }
            }
            i += step;
        }
    }
    if joined.is_empty() {
        return;
    }
    let mut added = Vec::new();
    // The candidates a phrase replaces are dropped in one pass at the end: draining each range
    // at once would move the rest of `out` once per phrase.
    let mut replaced = vec![false; out.len()];
    for (s, e, label) in joined {
        // The candidates that overlap the phrase, found from the first that ends after it starts.
        let first = out.partition_point(|c| c.end <= s);
        let overlapping = out[first..].iter().take_while(|c| c.start < e).count();
        let range = first..first + overlapping;
        if let Some(outer) = out[range.clone()]
            .iter_mut()
            .find(|c| c.start <= s && c.end >= e)
        {
            if label == Label::Org {
                outer.label = Label::Org;
            }
        } else if out[range.clone()]
            .iter()
            .all(|c| c.start >= s && c.end <= e)
        {
            replaced[range].fill(true);
            added.push(Candidate {
                start: s,
                end: e,
                label,
                value: None,
                source: Source::Names,
            });
        }
    }
    if !added.is_empty() {
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !replaced[k - 1]
        });
        out.extend(added);
        crate::recognize::sort_by_span(out);
    }
}

/// The number of tokens from `i` that spell a listed place with "and" between two capitalised
/// words ("Bosnia and Herzegovina", "Trinidad and Tobago", "Saint Kitts and Nevis"), if any.
fn listed_place_with_and(text: &str, view: &SentenceView<'_>, i: usize) -> Option<usize> {
    let tokens = view.tokens;
    if !tokens[i].is_capitalised() {
        return None;
    }
    let gazetteer = Gazetteer::get();
    let longest = gazetteer::MAX_PHRASE_TOKENS.min(tokens.len() - i);
    (3..=longest).rev().find(|&len| {
        let words = &tokens[i..i + len];
        words[1..len - 1].iter().any(|t| t.text == "and")
            && words[len - 1].is_capitalised()
            && gazetteer.flags(&text[words[0].start..words[len - 1].end].to_lowercase())
                & gazetteer::PLACE
                != 0
    })
}
