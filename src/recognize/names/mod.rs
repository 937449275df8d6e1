//! The name recogniser: PERSON, ORG, PLACE and NORP (MISC is tagged internally, not reported).
//!
//! How it works:
//! 1. The text is split into sentences ([`crate::segment::sentences`]) and [`tokens`].
//! 2. Only *candidate* tokens are tagged: words with a capital letter, and connectors such as
//!    "of" between two of them ("Bank of England"); everything else is outside any name.
//! 3. A greedy left-to-right averaged perceptron ([`model`]) gives each candidate one of
//!    O / PERSON / ORG / PLACE / MISC from hashed [`features`]: the word, its shape, its
//!    neighbours, the previous tag, [`gazetteer`] entries (given names, surnames, places, titles,
//!    organisation words, nationalities) and document context (is the word also seen in lower case
//!    or capitalised mid-sentence elsewhere). Headlines in capitals are "true-cased" for the
//!    shape features.
//! 4. Runs of one tag become spans; a capitalised nationality that the model leaves out, or tags
//!    as anything but a person, becomes NORP.
//!
//! The model is trained by `textlens-train` (see `QUALITY.md`) on openly licensed data only.

pub mod features;
pub mod gazetteer;
pub mod model;
pub mod not_names;
pub mod organisations;
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;

use crate::fast_hash::{FastMap, FastSet};
use features::{DocContext, Prepared, SentenceView, CLASSES, LOC, MISC, O, ORG, PER};
use gazetteer::Gazetteer;

use super::{Candidate, Source};
use crate::label::Label;
use crate::steps::{run_now, Budget};

/// Finds names in `text`, as candidates in UTF-8 byte offsets.
///
/// ```
/// use textlens::{Label, recognize::names::find};
/// let text = "Russian President Vladimir Putin met officials of the United Nations in Moscow.";
/// let found: Vec<(&str, Label)> = find(text).iter().map(|c| (&text[c.start..c.end], c.label.clone())).collect();
/// assert!(found.contains(&("Vladimir Putin", Label::Person)), "{found:?}");
/// assert!(found.contains(&("Moscow", Label::Place)), "{found:?}");
/// assert!(found.contains(&("Russian", Label::Norp)), "{found:?}");
/// ```
pub fn find(text: &str) -> Vec<Candidate> {
    find_in(text, &crate::segment::sentences(text))
}

/// [`find`] in a text already split into `sentences` (as [`crate::segment::sentences`] gives
/// them), for a caller that needs the sentences too.
pub fn find_in(text: &str, sentences: &[std::ops::Range<usize>]) -> Vec<Candidate> {
    run_now(find_in_steps(text, sentences, &Budget::unlimited()))
}

/// [`find_in`], spending from `budget` as it goes: about four units per byte, a sentence at a time
/// where the work goes sentence by sentence, and a pass at a time where it reads the whole text.
pub(crate) async fn find_in_steps(
    text: &str,
    sentences: &[std::ops::Range<usize>],
    budget: &Budget,
) -> Vec<Candidate> {
    let model = model::Model::get();
    let prepared = prepare_sentences(text, sentences, budget).await;
    let views = prepared.views();
    let doc = DocContext::new(&views);
    budget.spend(text.len() / 4).await;
    let mut out = Vec::new();
    let mut feats = Vec::with_capacity(64);
    // The spans found in each sentence: `covered[bounds[k]..bounds[k + 1]]` for sentence k.
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let mut bounds: Vec<usize> = Vec::with_capacity(views.len() + 1);
    bounds.push(0);
    let (mut tags, mut scores) = (Vec::new(), Vec::new());
    for view in &views {
        scores.clear();
        scores.resize(view.len(), [0.0; CLASSES]);
        tag(view, &doc, &mut feats, &mut tags, |i, f| {
            let s = model.scores(f);
            for (o, x) in scores[i].iter_mut().zip(s) {
                *o = x as f32;
            }
            scores[i]
        });
        let before = out.len();
        spans(view, &tags, &scores, &mut out);
        let first = covered.len();
        covered.extend(out[before..].iter().map(|c| (c.start, c.end)));
        covered[first..].sort_unstable();
        bounds.push(covered.len());
        // About one token per six bytes of English text.
        budget.spend(view.tokens.len() * 6).await;
    }
    propagate(text, &views, &covered, &bounds, &mut out);
    budget.spend(text.len() / 2).await;
    join_listed_phrases(text, &views, &mut out);
    relabel_possessive_organisations(text, &mut out);
    relabel_people_by_role(text, &mut out);
    relabel_organisations_by_kind(text, &mut out);
    relabel_places_with_organisation_heads(text, &mut out);
    relabel_by_definition(text, &mut out);
    budget.spend(text.len() / 2).await;
    drop_lone_sentence_openers(text, &mut out);
    drop_lone_unknown_people(text, &mut out);
    relabel_located_people(text, &mut out);
    relabel_speaking_places(text, &mut out);
    add_lowercase_names(text, &mut out);
    not_names::drop_non_names(text, &mut out);
    // MISC is tagged so that works and events are not taken for people or places, but it is
    // not reported: strict F1 on MISC is 0.09 (CoNLL dev) and 0.14 (wikigold), too low to show.
    out.retain(|c| c.label != Label::Misc);
    // Handles and hashtags are MENTION and HASHTAG, whatever they name (the tweet corpora the tagger
    // learned from label "@NASA" as an organisation).
    out.retain(|c| !text[c.start..c.end].starts_with(['@', '#']));
    out
}

/// Whether a short text is written without regard to capitals ("omg poor emily", "watching
/// adam win"): it has no capital letter, or a sentence of it opens in lower case.
fn is_informal(text: &str) -> bool {
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
const LOWERCASE_NOT_NAMES: &[&str] = &[
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
fn add_lowercase_names(text: &str, out: &mut Vec<Candidate>) {
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
        out.sort_by_key(|c| (c.start, c.end));
    }
}

/// Texts shorter than this (in bytes) are too short for document evidence (a tweet, a caption).
const MIN_DOCUMENT_BYTES: usize = 300;

/// Drops the people named once by a single word that no name list knows and that no full name in
/// the document contains ("Wardanceis", "Antietam"): in a document of some length, a person is
/// usually named in full, on a list, or more than once. On the dev files most such single words
/// are places, organisations or works (QUALITY.md, step 5).
fn drop_lone_unknown_people(text: &str, out: &mut Vec<Candidate>) {
    if text.len() < MIN_DOCUMENT_BYTES {
        return;
    }
    let mut full_name_words: FastSet<&str> = FastSet::default();
    let mut single_counts: FastMap<&str, usize> = FastMap::default();
    for c in out.iter().filter(|c| c.label == Label::Person) {
        let name = &text[c.start..c.end];
        if name.contains([' ', '-']) {
            full_name_words.extend(name.split([' ', '-']));
        } else {
            *single_counts.entry(name).or_default() += 1;
        }
    }
    let gazetteer = Gazetteer::get();
    out.retain(|c| {
        let name = &text[c.start..c.end];
        c.label != Label::Person
            || single_counts.get(name).is_none_or(|&n| n > 1)
            || in_person_frame(text, c)
            || full_name_words.contains(name)
            || gazetteer.flags_of_key(features::key_of(name))
                & (gazetteer::GIVEN | gazetteer::SURNAME)
                != 0
    });
}

/// Common nouns for kinds of organisation, which name one when put before its name ("the Lisbon
/// studio Atelier Marés", "the carmaker Toyota").
const ORG_KINDS: &[&str] = &[
    "studio",
    "firm",
    "company",
    "carmaker",
    "automaker",
    "retailer",
    "publisher",
    "newspaper",
    "broadcaster",
    "airline",
    "startup",
    "charity",
    "insurer",
    "lender",
    "label",
    "agency",
    "band",
    "club",
    "group",
    "bank",
    "brewer",
    "conglomerate",
    "manufacturer",
    "supermarket",
];

/// Relabels as organisations the people and places written right after a kind of organisation
/// ("the Lisbon studio Atelier Marés").
fn relabel_organisations_by_kind(text: &str, out: &mut [Candidate]) {
    let gazetteer = Gazetteer::get();
    for c in out
        .iter_mut()
        .filter(|c| c.label == Label::Person || c.label == Label::Place)
    {
        let before = super::word_before(text, c.start);
        if before.is_some_and(|w| ORG_KINDS.contains(&w)) {
            c.label = Label::Org;
            continue;
        }
        // "engineers from Arup", "an analyst at Indosuez": where people work, unless a list
        // knows it as a place or a person's name.
        if matches!(before, Some("from" | "at"))
            && gazetteer.flags(&text[c.start..c.end].to_lowercase())
                & (gazetteer::PLACE | gazetteer::GIVEN | gazetteer::SURNAME)
                == 0
        {
            let head = text[..c.start].trim_end_matches([' ', '\t']);
            let head = &head[..head.len() - before.map_or(0, str::len)];
            if super::word_before(text, head.len()).is_some_and(|w| {
                let w = w.trim_end_matches('s');
                WORKERS.contains(&w)
            }) {
                c.label = Label::Org;
            }
        }
    }
}

/// People named by their work, in the singular, who are "from" or "at" an organisation
/// ("engineers from Arup").
const WORKERS: &[&str] = &[
    "engineer",
    "researcher",
    "scientist",
    "analyst",
    "economist",
    "lawyer",
    "official",
    "executive",
    "consultant",
    "expert",
    "designer",
    "architect",
    "employee",
    "strategist",
    "banker",
    "trader",
    "dealer",
];

/// Words that end organisation names but also the names of the buildings they are in, which news
/// text labels as places ("Central Clinical Hospital", "National Tennis Centre").
const BUILDING_HEADS: &[&str] = &[
    "Hospital", "Centre", "Center", "Museum", "Church", "Court", "Office", "Front",
];

/// Relabels as organisations the places of more than one word that end in a word that ends
/// organisation names ("Houston Chronicle", "Boston University"): the place is only where the
/// organisation is. Places on the list ("West Bank", "Soviet Union") and buildings stay places.
fn relabel_places_with_organisation_heads(text: &str, out: &mut [Candidate]) {
    let gazetteer = Gazetteer::get();
    for c in out.iter_mut().filter(|c| c.label == Label::Place) {
        let name = &text[c.start..c.end];
        let Some((_, last)) = name.rsplit_once(' ') else {
            continue;
        };
        let head = gazetteer.flags_of_key(features::key_of(last));
        if (head & gazetteer::ORG_WORD != 0
            || MEDIA_HEADS.iter().any(|h| last.eq_ignore_ascii_case(h))
            || is_team_name(name, head))
            && !BUILDING_HEADS.iter().any(|h| last.eq_ignore_ascii_case(h))
            && gazetteer.flags(&name.to_lowercase()) & gazetteer::PLACE == 0
        {
            c.label = Label::Org;
        }
    }
}

/// Words that end the names of news desks, papers and broadcasters ("Dhaka Newsroom", "China
/// Daily", "Damascus Radio").
const MEDIA_HEADS: &[&str] = &[
    "Newsroom",
    "Newsdesk",
    "Desk",
    "Radio",
    "Television",
    "Daily",
    "Herald",
    "Tribune",
    "Chronicle",
    "Gazette",
    "Telegraph",
    "Observer",
    "Broadcasting",
];

/// Plurals that end place names and are not place words of the gazetteer ("Florida Keys").
const PLACE_PLURALS: &[&str] = &[
    "Keys",
    "Plains",
    "Lakes",
    "Peaks",
    "Woods",
    "Gardens",
    "Fields",
    "Moors",
    "Downs",
    "Isles",
    "Rapids",
    "Narrows",
    "Flats",
    "Glades",
    "Everglades",
    "Highlands",
    "Lowlands",
    "Sands",
];

/// Whether `name` reads as a team: a listed place, then capitalised words ending in a plural
/// that ends no place names ("Chicago White Sox", "Florida Marlins"; not "Florida Keys" or
/// "Victoria Falls", whose last word is a place word). `head` is the last word's flags.
fn is_team_name(name: &str, head: u16) -> bool {
    let gazetteer = Gazetteer::get();
    let Some((rest, last)) = name.rsplit_once(' ') else {
        return false;
    };
    let plural = (last == "Sox" || (last.len() > 3 && last.ends_with('s')))
        && !last.ends_with("ss")
        && !PLACE_PLURALS.iter().any(|p| last.eq_ignore_ascii_case(p))
        && !last.contains('\'')
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && last[1..].bytes().all(|b| b.is_ascii_lowercase());
    if !plural || head & (gazetteer::PLACE_WORD | gazetteer::PLACE | gazetteer::DEMONYM) != 0 {
        return false;
    }
    // The place is every word before the nickname, or all but the one before it ("White Sox").
    let place = |p: &str| gazetteer.flags(&p.to_lowercase()) & gazetteer::PLACE != 0;
    place(rest) || rest.rsplit_once(' ').is_some_and(|(p, _)| place(p))
}

/// Nouns for kinds of place, which name one in "the village of X" or "X is a town in ...".
const PLACE_KINDS: &[&str] = &[
    "town",
    "village",
    "city",
    "parish",
    "county",
    "district",
    "province",
    "municipality",
    "region",
    "suburb",
    "hamlet",
    "commune",
    "island",
    "river",
    "lake",
    "mountain",
    "neighbourhood",
    "neighborhood",
    "township",
    "borough",
    "community",
    "settlement",
    "valley",
    "peninsula",
];

/// Nouns for kinds of organisation in a definition ("X is a company ...", "X is a rock band").
const DEFINED_ORG_KINDS: &[&str] = &[
    "company",
    "band",
    "corporation",
    "organisation",
    "organization",
    "university",
    "college",
    "party",
    "club",
    "firm",
    "agency",
    "station",
    "newspaper",
    "magazine",
    "label",
    "team",
    "manufacturer",
    "retailer",
    "publisher",
    "broadcaster",
    "airline",
    "bank",
    "brand",
];

/// The label that the words before or after a name define it by: "the village of X", "X is a
/// town in ...", "X was a rock band": the kind noun among the next four words of a definition.
fn defined_label(text: &str, c: &Candidate) -> Option<Label> {
    let head = text[..c.start].trim_end_matches(' ');
    if let Some(head) = head.strip_suffix(" of") {
        let kind = head.rsplit(' ').next().unwrap_or("");
        if PLACE_KINDS.contains(&kind) {
            return Some(Label::Place);
        }
    }
    let rest = &text[c.end..];
    let definition = [
        "is an ", "is a ", "was an ", "was a ", "is the ", "was the ",
    ]
    .iter()
    .find_map(|v| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(v)))?;
    for word in definition
        .split([' ', ',', '(', ')', '.', ';', ':'])
        .filter(|w| !w.is_empty())
        .take(4)
    {
        if PLACE_KINDS.contains(&word) {
            return Some(Label::Place);
        }
        if DEFINED_ORG_KINDS.contains(&word) {
            return Some(Label::Org);
        }
        // "X is a former mining town", "X is a member of the alliance": modifiers and
        // "member" say nothing of the kind.
        if PERSON_ROLES.contains(&word) && !matches!(word, "former" | "senior" | "member") {
            return Some(Label::Person);
        }
    }
    None
}

/// Relabels every mention of a name that the text defines somewhere ("Cliddesden ... the village
/// of Cliddesden", "Baatsagaan is a sum (district) of ...") by that definition.
fn relabel_by_definition(text: &str, out: &mut [Candidate]) {
    let mut defined: FastMap<&str, Label> = FastMap::default();
    for c in out.iter().filter(|c| c.label.is_name()) {
        if let Some(label) = defined_label(text, c) {
            defined.entry(&text[c.start..c.end]).or_insert(label);
        }
    }
    if defined.is_empty() {
        return;
    }
    for c in out.iter_mut() {
        if let Some(label) = defined.get(&text[c.start..c.end]) {
            if c.label != Label::Norp && !Listed::get().names.contains(&text[c.start..c.end]) {
                c.label = label.clone();
            }
        }
    }
}

/// Drops the one-word names that open a sentence, are ordinary words ("Harbour city opens its new
/// library"), on no list of names or places, and that the text never names alone elsewhere.
fn drop_lone_sentence_openers(text: &str, out: &mut Vec<Candidate>) {
    let gazetteer = Gazetteer::get();
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for c in out.iter() {
        *counts.entry(&text[c.start..c.end]).or_default() += 1;
    }
    let ordinary = |word: &str| {
        let flags = |w: &str| gazetteer.flags_of_key(features::key_of(w));
        let own = flags(word);
        let common = own & gazetteer::COMMON != 0
            || (word.len() > 3
                && word.ends_with('s')
                && flags(&word[..word.len() - 1]) & gazetteer::COMMON != 0);
        common
            && own & (gazetteer::PLACE | gazetteer::GIVEN | gazetteer::SURNAME | gazetteer::DEMONYM)
                == 0
    };
    out.retain(|c| {
        let name = &text[c.start..c.end];
        let opens = text[..c.start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|ch| matches!(ch, '\n' | '.' | '!' | '?' | '"' | '\u{201C}'));
        !(c.source == Source::Names
            && opens
            && !name.contains([' ', '-'])
            && name.chars().skip(1).all(char::is_lowercase)
            && counts.get(name) == Some(&1)
            && !Listed::get().names.contains(name)
            && ordinary(name))
    });
}

/// Nouns that name what a person is or does: "Park Won-gon, a professor at ...".
const PERSON_ROLES: &[&str] = &[
    "professor",
    "expert",
    "analyst",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "director",
    "researcher",
    "economist",
    "lawyer",
    "author",
    "writer",
    "student",
    "teacher",
    "scientist",
    "doctor",
    "former",
    "senior",
    "member",
    "lecturer",
    "fellow",
    "adviser",
    "advisor",
    "executive",
    "actor",
    "actress",
    "singer",
    "player",
    "politician",
];

/// Relabels as people the places and organisations followed by an apposition that names a
/// person's role ("Park Won-gon, a professor of politics", "Moon, an arms-control expert at").
fn relabel_people_by_role(text: &str, out: &mut [Candidate]) {
    for c in out
        .iter_mut()
        .filter(|c| c.label == Label::Place || c.label == Label::Org)
    {
        let rest = &text[c.end..];
        let Some(after) = rest
            .strip_prefix(", a ")
            .or_else(|| rest.strip_prefix(", an "))
        else {
            continue;
        };
        let role = after
            .split(' ')
            .take(3)
            .take_while(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            .any(|w| PERSON_ROLES.contains(&w));
        if role && !Listed::get().names.contains(&text[c.start..c.end]) {
            c.label = Label::Person;
        }
    }
}

/// Nouns that an organisation, not a person or a place, has: "Vicenza's coach", "Magna's shares".
const ORG_ROLES: &[&str] = &[
    "coach",
    "manager",
    "players",
    "striker",
    "goalkeeper",
    "defender",
    "midfielder",
    "squad",
    "fans",
    "supporters",
    "shares",
    "shareholders",
    "stock",
    "subsidiary",
    "chairman",
    "board",
    "executives",
    "profits",
    "earnings",
    "revenue",
    "revenues",
];

/// The [`ORG_ROLES`] that a name directly before them, without "'s", makes an organisation
/// ("Cubs shortstop Jose Hernandez", "Jones stock closed"); not "fans" or "supporters", which
/// people have too ("Putin supporters").
const ORG_MODIFIED_ROLES: &[&str] = &[
    "coach",
    "striker",
    "goalkeeper",
    "defender",
    "midfielder",
    "shortstop",
    "chairman",
    "shares",
    "shareholders",
    "stock",
    "subsidiary",
];

/// Relabels as organisations, everywhere in the document, the one-word names that no list knows
/// as a person's and that some mention puts before "'s" and a noun an organisation has
/// ("Vicenza's coach" makes every "Vicenza" of the text the team), unless the text writes the
/// name after "the".
fn relabel_possessive_organisations(text: &str, out: &mut [Candidate]) {
    let gazetteer = Gazetteer::get();
    let mut teams: FastSet<&str> = FastSet::default();
    for c in out.iter().filter(|c| c.label != Label::Org) {
        let name = &text[c.start..c.end];
        let rest = &text[c.end..];
        // "Vicenza's coach", or the name as a modifier: "Deportivo chairman", "Magna shares".
        let (noun, roles) = match rest
            .strip_prefix("'s ")
            .or_else(|| rest.strip_prefix("\u{2019}s "))
        {
            Some(after) => (after.split([' ', ',', '.']).next().unwrap_or(""), ORG_ROLES),
            None => match rest.strip_prefix(' ') {
                Some(after) => (
                    after.split([' ', ',', '.']).next().unwrap_or(""),
                    ORG_MODIFIED_ROLES,
                ),
                None => continue,
            },
        };
        if !name.contains(' ')
            && roles.contains(&noun)
            && gazetteer.flags_of_key(features::key_of(name))
                & (gazetteer::GIVEN | gazetteer::SURNAME)
                == 0
        {
            teams.insert(name);
        }
    }
    if teams.is_empty() {
        return;
    }
    // Not a defined party of a contract ("the Borrower's shares"): a name written after "the".
    for c in out.iter() {
        let before = super::word_before(text, c.start).unwrap_or("");
        if before.eq_ignore_ascii_case("the") {
            teams.remove(&text[c.start..c.end]);
        }
    }
    for c in out.iter_mut() {
        if teams.contains(&text[c.start..c.end]) {
            c.label = Label::Org;
        }
    }
}

/// Verbs of speech: their subject or object is a person ("Kono said", "said Kwon").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "asked",
    "added",
    "replied",
    "wrote",
    "explained",
    "insisted",
];

/// Whether the text around a one-word name reads as a person's: a verb of speech before or after
/// it ("Kono said", "said Kono"), a verb in the third person after it ("when Pompeo takes part"),
/// or a relative clause or role after a comma ("Kwon, who heads", "Park, a professor").
fn in_person_frame(text: &str, c: &Candidate) -> bool {
    let speech = |w: Option<&str>| w.is_some_and(|w| SPEECH_VERBS.contains(&w));
    if speech(super::word_before(text, c.start)) {
        return true;
    }
    let rest = &text[c.end..];
    if let Some(after) = rest.strip_prefix(", ") {
        let next = after.split(' ').next().unwrap_or("");
        return matches!(next, "who" | "a" | "an");
    }
    let next = super::word_after(text, c.end);
    speech(next)
        || next.is_some_and(|w| {
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && w.bytes().all(|b| b.is_ascii_lowercase())
        })
}

/// Relabels as people the places of two or more words that speak ("\"…,\" said Park Won-gon",
/// "Victoria Hale told reporters"): next to a verb of speech, a name that no list knows as a place
/// and whose last word is neither a place nor a place word ("Port", "River") is a person's. Listed
/// places keep their label ("South Korea said": the government speaking).
fn relabel_speaking_places(text: &str, out: &mut [Candidate]) {
    let speech = |w: Option<&str>| w.is_some_and(|w| SPEECH_VERBS.contains(&w));
    let gazetteer = Gazetteer::get();
    for c in out.iter_mut().filter(|c| c.label == Label::Place) {
        let name = &text[c.start..c.end];
        let Some(last) = name
            .rsplit([' ', '-'])
            .next()
            .filter(|l| l.len() < name.len())
        else {
            continue;
        };
        let place_like = gazetteer::PLACE | gazetteer::PLACE_WORD;
        if gazetteer.flags_of_key(features::key_of(name)) & gazetteer::PLACE == 0
            && gazetteer.flags_of_key(features::key_of(last)) & place_like == 0
            && (speech(super::word_before(text, c.start)) || speech(super::word_after(text, c.end)))
        {
            c.label = Label::Person;
        }
    }
}

/// Relabels as places the people named by a single unknown word that the document puts after
/// "in", "near", "outside" or "around" ("in Atwick", "around Bandarlapalle"): a one-word name that
/// no list knows (as a name or as an ordinary word) and that things happen *in* is a place. Not
/// when the document also writes the word after "the" ("interests in Borrower" and "the
/// Borrower"), nor from a possessive ("in Smith's book").
fn relabel_located_people(text: &str, out: &mut [Candidate]) {
    // Per one-word name, over its mentions as a person or a place: (seen after a locative
    // preposition, seen after "the").
    let mut contexts: FastMap<&str, (bool, bool)> = FastMap::default();
    for c in out
        .iter()
        .filter(|c| c.label == Label::Person || c.label == Label::Place)
    {
        let name = &text[c.start..c.end];
        if name.contains([' ', '-']) {
            continue;
        }
        let before = super::word_before(text, c.start).unwrap_or("");
        let after = &text[c.end..];
        let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
        let seen = contexts.entry(name).or_default();
        seen.0 |= !possessive
            && ["in", "near", "outside", "around"]
                .iter()
                .any(|p| before.eq_ignore_ascii_case(p));
        seen.1 |= before.eq_ignore_ascii_case("the");
    }
    let gazetteer = Gazetteer::get();
    for c in out.iter_mut().filter(|c| c.label == Label::Person) {
        let name = &text[c.start..c.end];
        if contexts.get(name) == Some(&(true, false))
            && gazetteer.flags_of_key(features::key_of(name))
                & (gazetteer::GIVEN | gazetteer::SURNAME | gazetteer::COMMON)
                == 0
        {
            c.label = Label::Place;
        }
    }
}

/// The capital initials of a name of two to six significant words ("World Health Organization"
/// → "WHO").
fn acronym_of(name: &str) -> Option<String> {
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
fn propagate(
    text: &str,
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
                let flags = Gazetteer::get().flags_of_key(features::key_of(w));
                if name.contains(' ')
                    && flags & (gazetteer::PLACE | gazetteer::COMMON | gazetteer::TITLE) == 0
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
    let first_tokens: FastSet<&str> = known
        .keys()
        .filter_map(|name| tokens::tokenize(name, 0).first().map(|t| t.text))
        .chain(acronyms.keys().map(String::as_str))
        .collect();
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
            let from_list = !view.upper() && listed.first_tokens.contains(view.tokens[i].text);
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
    out.sort_by_key(|c| (c.start, c.end));
}

/// The [`organisations`] list and the football clubs named after places, ready for lookups.
struct Listed {
    names: FastSet<&'static str>,
    /// The first token of each name: a phrase is only looked up from such a token.
    first_tokens: FastSet<&'static str>,
}

impl Listed {
    fn get() -> &'static Listed {
        static LISTED: std::sync::OnceLock<Listed> = std::sync::OnceLock::new();
        LISTED.get_or_init(|| {
            // Decoded once for the life of the program, so leaking the list gives it the
            // `'static` lifetime of the hand-written names beside it.
            let clubs: &'static [String] = Vec::leak(organisations::clubs());
            let names: FastSet<&'static str> = organisations::NAMES
                .iter()
                .copied()
                .chain(clubs.iter().map(String::as_str))
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
/// organisation; a name that crosses a listed one's edge is left alone. `out` is sorted.
fn join_listed_phrases(text: &str, views: &[SentenceView<'_>], out: &mut Vec<Candidate>) {
    let listed = Listed::get();
    let mut joined: Vec<(usize, usize)> = Vec::new();
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
                        joined.push((s, e));
                        step = len;
                        break;
                    }
                }
            }
            i += step;
        }
    }
    if joined.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (s, e) in joined {
        // The candidates that overlap the phrase, found from the first that ends after it starts.
        let first = out.partition_point(|c| c.end <= s);
        let overlapping = out[first..].iter().take_while(|c| c.start < e).count();
        let range = first..first + overlapping;
        if let Some(outer) = out[range.clone()]
            .iter_mut()
            .find(|c| c.start <= s && c.end >= e)
        {
            outer.label = Label::Org;
        } else if out[range.clone()]
            .iter()
            .all(|c| c.start >= s && c.end <= e)
        {
            out.drain(range);
            added.push(Candidate {
                start: s,
                end: e,
                label: Label::Org,
                value: None,
                source: Source::Names,
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|c| (c.start, c.end));
    }
}

/// Splits `text` into prepared sentences; sentences with no capital letter are skipped.
pub fn prepare(text: &str) -> Prepared<'_> {
    let sentences = crate::segment::sentences(text);
    run_now(prepare_sentences(text, &sentences, &Budget::unlimited()))
}

/// [`prepare`] of a text already split into sentences, spending a unit per byte of each sentence.
async fn prepare_sentences<'a>(
    text: &'a str,
    sentences: &[std::ops::Range<usize>],
    budget: &Budget,
) -> Prepared<'a> {
    // About one token per five bytes of English text.
    let mut prepared = Prepared::with_capacity(text.len() / 5 + 16);
    for r in sentences {
        let sentence = &text[r.clone()];
        if sentence
            .bytes()
            .any(|b| b.is_ascii_uppercase() || b >= 0x80)
        {
            prepared.push_sentence(sentence, r.start);
        }
        budget.spend(r.len()).await;
    }
    prepared
}

/// Tags one sentence greedily, left to right, into `tags`, with `score(i, features)` giving the
/// per-class scores of token `i`.
pub fn tag(
    view: &SentenceView<'_>,
    doc: &DocContext,
    feats: &mut Vec<u32>,
    tags: &mut Vec<u8>,
    mut score: impl FnMut(usize, &[u32]) -> [f32; CLASSES],
) {
    tags.clear();
    tags.resize(view.len(), O);
    let mut prev = O;
    for (i, slot) in tags.iter_mut().enumerate() {
        if !view.is_candidate(i) {
            prev = O;
            continue;
        }
        view.features(doc, i, prev, feats);
        *slot = argmax(&score(i, feats));
        prev = *slot;
    }
}

/// The index of the highest score (the first one on ties).
pub fn argmax(scores: &[f32; CLASSES]) -> u8 {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best as u8
}

fn label_of(tag: u8) -> Option<Label> {
    match tag {
        PER => Some(Label::Person),
        ORG => Some(Label::Org),
        LOC => Some(Label::Place),
        MISC => Some(Label::Misc),
        _ => None,
    }
}

/// Whether a token may not start or end a name ("of", "and", "the", "&", "-").
fn is_edge_connector(view: &SentenceView<'_>, i: usize) -> bool {
    let t = view.tokens[i].text;
    !view.tokens[i].has_letter() || (!view.tokens[i].is_capitalised() && t.len() <= 4)
}

/// Turns runs of tagged tokens into candidates and adds NORP for nationalities left untagged.
///
/// A run of adjacent tagged tokens is one name ("Vladimir Putin" is never a place followed by a
/// person); its label is the best non-O class of the summed token scores.
fn spans(
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
const MISC_HEADS: &[&str] = &[
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
fn is_regnal_number(view: &SentenceView<'_>, i: usize) -> bool {
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
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "inc" | "corp" | "co" | "ltd" | "plc" | "llc" | "ag" | "sa" | "nv" | "gmbh" | "bhd" | "spa"
    )
}

/// Whether `word` is one of the [`MISC_HEADS`].
fn is_misc_head(word: &str) -> bool {
    word.len() <= 13 && MISC_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// Whether `word` opens place names ("Port Elliot", "Mount Isa", "Lake Tahoe", "Cape Town").
fn is_place_prefix(word: &str) -> bool {
    matches!(
        word,
        "Port" | "Fort" | "Mount" | "Mt." | "Lake" | "Cape" | "Point" | "Isle"
    )
}

/// Whether a lower-case connector may join two runs of a name ("and", "&", "of", "for").
fn is_joining_connector(word: &str) -> bool {
    matches!(word, "and" | "&" | "of" | "for")
}

/// The tag that the head word at token `i` gives a name it ends: MISC for works and events, ORG
/// for an organisation word ("Co.", "Ministry"); `None` for any other word.
fn head_tag(view: &SentenceView<'_>, i: usize) -> Option<u8> {
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
fn is_known_place(view: &SentenceView<'_>, s: usize, e: usize) -> bool {
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
fn is_score(view: &SentenceView<'_>, i: usize) -> bool {
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
fn is_unknown_team(view: &SentenceView<'_>, i: usize) -> bool {
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
fn is_results_line(view: &SentenceView<'_>) -> bool {
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
fn is_table_row(view: &SentenceView<'_>) -> bool {
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
fn run_tag(scores: &[[f32; CLASSES]]) -> u8 {
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
fn norp_len(view: &SentenceView<'_>, i: usize) -> usize {
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

fn push(view: &SentenceView<'_>, s: usize, e: usize, label: Label, out: &mut Vec<Candidate>) {
    out.push(Candidate {
        start: view.tokens[s].start,
        end: view.tokens[e - 1].end,
        label,
        value: None,
        source: Source::Names,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PERSON candidate from the name recogniser for `word` at byte `start`.
    fn person_at(start: usize, word: &str) -> Candidate {
        Candidate {
            start,
            end: start + word.len(),
            label: Label::Person,
            value: None,
            source: Source::Names,
        }
    }

    fn found(text: &str) -> Vec<(&str, Label)> {
        find(text)
            .iter()
            .map(|c| (&text[c.start..c.end], c.label.clone()))
            .collect()
    }

    #[test]
    fn a_row_of_standings_names_a_team() {
        let text = "Standings after Saturday's matches:\nHartlepool 4 2 1 1 6 5 7\nClydebank 2 1 0 1 1 3 3\n";
        let sentences: Vec<_> = [0..35, 36..60, 61..text.len()].into_iter().collect();
        let found: Vec<(&str, Label)> = find_in(text, &sentences)
            .iter()
            .map(|c| (&text[c.start..c.end], c.label.clone()))
            .collect();
        assert!(found.contains(&("Clydebank", Label::Org)), "{found:?}");
        assert!(found.contains(&("Hartlepool", Label::Org)), "{found:?}");
    }

    #[test]
    fn a_place_before_an_organisation_word_names_an_organisation() {
        let mut out = vec![
            Candidate {
                start: 0,
                end: 17,
                label: Label::Place,
                value: None,
                source: Source::Names,
            },
            Candidate {
                start: 22,
                end: 31,
                label: Label::Place,
                value: None,
                source: Source::Names,
            },
            Candidate {
                start: 36,
                end: 61,
                label: Label::Place,
                value: None,
                source: Source::Names,
            },
        ];
        let text = "Boston University and West Bank and Central Clinical Hospital";
        relabel_places_with_organisation_heads(text, &mut out);
        let labels: Vec<_> = out.iter().map(|c| c.label.clone()).collect();
        assert_eq!(labels, [Label::Org, Label::Place, Label::Place], "{out:?}");
    }

    #[test]
    fn a_name_before_a_country_in_brackets_and_a_result_is_a_competitor() {
        let text = "Women individual pursuit: 1. Antonella Bellutti (Italy) 3:31.526 (world \
                    record) 2. Marion Clignet (France) 3:34.195";
        let got = found(text);
        assert!(
            got.contains(&("Antonella Bellutti", Label::Person)),
            "{got:?}"
        );
        assert!(got.contains(&("Italy", Label::Place)), "{got:?}");
    }

    #[test]
    fn a_regnal_number_ends_a_name() {
        let text = "He wrote to Queen Elizabeth II about Henry VIII. When Peter I was young, I \
                    met him.";
        let got = found(text);
        for name in ["Elizabeth II", "Henry VIII"] {
            assert!(got.contains(&(name, Label::Person)), "{name}: {got:?}");
        }
        assert!(!got.iter().any(|(n, _)| *n == "Peter I"), "{got:?}");
        let prepared = prepare("Norton I, Emperor of the United States");
        let view = &prepared.views()[0];
        assert!(is_regnal_number(view, 1));
    }

    #[test]
    fn a_company_name_ends_at_its_legal_suffix() {
        let text = "The car is made by Kia Motor Corp of South Korea under a licence.";
        let got = found(text);
        assert!(got.contains(&("Kia Motor Corp", Label::Org)), "{got:?}");
        assert!(got.contains(&("South Korea", Label::Place)), "{got:?}");
    }

    #[test]
    fn informal_short_text_names_people_in_lower_case() {
        assert!(found("omg poor emily!!!! see you in june").contains(&("emily", Label::Person)));
        let people = found("thank you fake kevin smith");
        assert!(
            people.contains(&("kevin smith", Label::Person)),
            "{people:?}"
        );
        assert!(found("see you in june, will").is_empty());
        assert!(found("lol moving to canada").contains(&("canada", Label::Place)));
        // Text that minds its capitals is left alone.
        assert!(found("The pupils and poor emily cheered.").is_empty());
        assert!(!is_informal(&"Emily is here. ".repeat(30)));
        assert!(is_informal("lol. ok"));
    }

    #[test]
    fn a_name_that_has_a_coach_or_shares_is_an_organisation() {
        let text = "Deportivo chairman Augusto Lendoiro spoke. Deportivo lost. Vicenza's coach \
                    left. Putin supporters cheered. Putin spoke.";
        let mut out: Vec<Candidate> = ["Deportivo", "Vicenza", "Putin"]
            .iter()
            .flat_map(|name| text.match_indices(name).map(|(at, n)| person_at(at, n)))
            .collect();
        relabel_possessive_organisations(text, &mut out);
        let labels: Vec<_> = out
            .iter()
            .map(|c| (&text[c.start..c.end], c.label.clone()))
            .collect();
        use Label::{Org, Person};
        let want = [
            ("Deportivo", Org),
            ("Deportivo", Org),
            ("Vicenza", Org),
            ("Putin", Person),
            ("Putin", Person),
        ];
        assert_eq!(labels, want);
    }

    #[test]
    fn news_desks_and_teams_named_after_places_are_organisations() {
        let text = "Dhaka Newsroom; Chicago White Sox; Florida Marlins; Florida Keys; Victoria \
                    Falls; Boston Boys; New York Giants";
        let mut out: Vec<Candidate> = text
            .split("; ")
            .map(|name| Candidate {
                label: Label::Place,
                ..person_at(text.find(name).unwrap(), name)
            })
            .collect();
        relabel_places_with_organisation_heads(text, &mut out);
        let labels: Vec<_> = out
            .iter()
            .map(|c| (&text[c.start..c.end], c.label.clone()))
            .collect();
        use Label::{Org, Place};
        let want = [
            ("Dhaka Newsroom", Org),
            ("Chicago White Sox", Org),
            ("Florida Marlins", Org),
            ("Florida Keys", Place),
            ("Victoria Falls", Place),
            ("Boston Boys", Org),
            ("New York Giants", Org),
        ];
        assert_eq!(labels, want);
    }

    #[test]
    fn a_listed_club_or_party_is_one_organisation() {
        let f = found(
            "Sheffield Wednesday beat Real Madrid on Saturday. New Zealand First leader Winston \
             Peters spoke. Fans of Sheffield Wednesday cheered in Sheffield.",
        );
        assert!(f.contains(&("Sheffield Wednesday", Label::Org)), "{f:?}");
        assert!(f.contains(&("Real Madrid", Label::Org)), "{f:?}");
        assert!(f.contains(&("New Zealand First", Label::Org)), "{f:?}");
        assert!(f.contains(&("Sheffield", Label::Place)), "{f:?}");
        assert!(!f.contains(&("Madrid", Label::Place)), "{f:?}");
    }

    #[test]
    fn a_title_after_a_nationality_is_not_part_of_the_name() {
        let f = found("Japanese Prime Minister Shinzo Abe will travel to Washington next week.");
        assert!(f.contains(&("Shinzo Abe", Label::Person)), "{f:?}");
        assert!(f.contains(&("Japanese", Label::Norp)), "{f:?}");
    }

    #[test]
    fn a_lone_unknown_name_is_kept_where_the_text_says_it_is_a_person() {
        let c = |text: &str, word: &str| person_at(text.find(word).unwrap(), word);
        for (text, word) in [
            (
                "Later, Kono said the meeting came at a critical time.",
                "Kono",
            ),
            ("The talks could go wrong when Pompeo takes part.", "Pompeo"),
            ("KCNA said that Kwon, who heads US affairs, spoke.", "Kwon"),
            (
                "\"It is noteworthy\", said Ghebreyesus on Monday.",
                "Ghebreyesus",
            ),
        ] {
            assert!(in_person_frame(text, &c(text, word)), "{text}");
        }
        for (text, word) in [
            ("The battle of Antietam was fought in 1862.", "Antietam"),
            ("They met in Vladivostok, the port.", "Vladivostok"),
        ] {
            assert!(!in_person_frame(text, &c(text, word)), "{text}");
        }
    }

    #[test]
    fn a_definition_labels_every_mention_of_the_name() {
        let c = |text: &str, word: &str, label: Label| Candidate {
            label,
            ..person_at(text.find(word).unwrap(), word)
        };
        let text = "Cliddesden station served the village of Cliddesden.";
        let at = text.rfind("Cliddesden").unwrap();
        assert_eq!(
            defined_label(text, &person_at(at, "Cliddesden")),
            Some(Label::Place)
        );
        let text = "Weather Report was an American jazz fusion band.";
        assert_eq!(
            defined_label(text, &c(text, "Weather Report", Label::Place)),
            Some(Label::Org)
        );
        let text = "Baatsagaan is a sum (district) of Bayankhongor.";
        let mut out = vec![c(text, "Baatsagaan", Label::Person)];
        relabel_by_definition(text, &mut out);
        assert_eq!(out[0].label, Label::Place);
        let text = "Mark Smith is the chief executive of the bank.";
        assert_eq!(
            defined_label(text, &c(text, "Mark Smith", Label::Org)),
            Some(Label::Person)
        );
        // Modifiers and "member" define nothing; the kind noun after them does.
        let text = "Since Connecticut is a member of the association, it sells tickets.";
        assert_eq!(
            defined_label(text, &c(text, "Connecticut", Label::Place)),
            None
        );
        let text = "Ashby is a former mining town in Leicestershire.";
        assert_eq!(
            defined_label(text, &c(text, "Ashby", Label::Person)),
            Some(Label::Place)
        );
        let text = "Caloi is a major Brazilian manufacturer of bicycles.";
        assert_eq!(
            defined_label(text, &c(text, "Caloi", Label::Person)),
            Some(Label::Org)
        );
        let text = "Mark Smith met the bank.";
        assert_eq!(
            defined_label(text, &c(text, "Mark Smith", Label::Org)),
            None
        );
    }

    #[test]
    fn empty_and_lowercase_text_have_no_names() {
        assert!(find("").is_empty());
        assert!(find("nothing to see here, move along.").is_empty());
    }

    #[test]
    fn multiword_nationalities_are_norp() {
        let f = found("The North Korean leader spoke.");
        assert!(f.contains(&("North Korean", Label::Norp)), "{f:?}");
    }

    #[test]
    fn an_unknown_first_word_before_a_person_joins_the_name() {
        let f = found("Tedros Adhanom Ghebreyesus, the head of the agency, spoke in Geneva.");
        assert!(
            f.iter()
                .any(|(t, l)| t.starts_with("Tedros") && *l == Label::Person),
            "{f:?}"
        );
    }

    #[test]
    fn names_ending_in_an_organisation_word_are_organisations() {
        for (text, name) in [
            (
                "The World Health Organization warned on Monday.",
                "World Health Organization",
            ),
            (
                "She studied at Harvard University last year.",
                "Harvard University",
            ),
        ] {
            let f = found(text);
            assert!(f.contains(&(name, Label::Org)), "{f:?}");
        }
    }

    #[test]
    fn lone_unknown_single_word_people_are_dropped_from_documents_only() {
        let filler = "Nothing else of note happened that day in the town. ".repeat(6);
        let text = format!(
            "Zyxwvut spoke. {filler}Qwertzy Brown met Qwertzy. Mmmbop came. Mmmbop left. Maria sang."
        );
        let person = |word: &str, nth: usize| {
            let start = text.match_indices(word).nth(nth).map_or(0, |(i, _)| i);
            person_at(start, word)
        };
        let people = [
            person("Zyxwvut", 0),
            person("Qwertzy Brown", 0),
            person("Qwertzy", 1),
            person("Mmmbop", 0),
            person("Mmmbop", 1),
            person("Maria", 0),
        ];
        let mut out = people.to_vec();
        drop_lone_unknown_people(&text, &mut out);
        let kept: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(
            kept,
            ["Qwertzy Brown", "Qwertzy", "Mmmbop", "Mmmbop", "Maria"]
        );
        // A short text (a tweet, a caption) has no document to go by: everything stays.
        let short = "Zyxwvut spoke.";
        let mut out = vec![Candidate {
            end: 7,
            ..people[0].clone()
        }];
        drop_lone_unknown_people(short, &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn unknown_one_word_people_that_things_happen_in_are_places() {
        let text = "Qzxville is a village. Many live in Qzxville. The Borrower paid. \
                    Rights in Borrower lapse. We met in Maria's house. Maria sang. \
                    Plonkton spoke. Trade grew around Plonkton's mill.";
        let people = ["Qzxville", "Borrower", "Maria", "Plonkton"].map(|word| {
            text.match_indices(word)
                .map(|(start, _)| person_at(start, word))
                .collect::<Vec<_>>()
        });
        let mut out: Vec<Candidate> = people.concat();
        relabel_located_people(text, &mut out);
        let labels: Vec<(&str, Label)> = out
            .iter()
            .map(|c| (&text[c.start..c.end], c.label.clone()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Qzxville", Label::Place),
                ("Qzxville", Label::Place),
                ("Borrower", Label::Person),
                ("Borrower", Label::Person),
                ("Maria", Label::Person),
                ("Maria", Label::Person),
                ("Plonkton", Label::Person),
                ("Plonkton", Label::Person),
            ]
        );
    }

    #[test]
    fn unlisted_places_that_speak_are_people_and_listed_ones_stay_places() {
        let mut out = vec![
            Candidate {
                start: 19,
                end: 31,
                label: Label::Place,
                value: None,
                source: Source::Names,
            },
            Candidate {
                start: 33,
                end: 44,
                label: Label::Place,
                value: None,
                source: Source::Names,
            },
            Candidate {
                start: 66,
                end: 79,
                label: Label::Place,
                value: None,
                source: Source::Names,
            },
        ];
        let text =
            "\"We will go,\" said Park Won-gon. South Korea said it. They met in Victoria Hale.";
        assert_eq!(&text[19..31], "Park Won-gon");
        assert_eq!(&text[33..44], "South Korea");
        relabel_speaking_places(text, &mut out);
        let labels: Vec<_> = out.iter().map(|c| c.label.clone()).collect();
        assert_eq!(labels, [Label::Person, Label::Place, Label::Place]);
    }

    #[test]
    fn a_person_run_on_into_an_organisation_is_split() {
        let f = found("Lynn Reaser of Barnett Banks Inc. said rates would fall.");
        assert_eq!(
            f,
            [
                ("Lynn Reaser", Label::Person),
                ("Barnett Banks Inc.", Label::Org)
            ]
        );
        let f = found("Shares of Evergreen Solar Inc. rose.");
        assert_eq!(f, [("Evergreen Solar Inc.", Label::Org)]);
    }

    #[test]
    fn names_ending_in_a_place_word_are_places() {
        for (text, name, label) in [
            (
                "The south end features the lighted Bobby Morris Playfield.",
                "Bobby Morris Playfield",
                Label::Place,
            ),
            (
                "Cal Anderson Park is a public park in Seattle.",
                "Cal Anderson Park",
                Label::Place,
            ),
            (
                "The film was directed by Michael Bay in 2007.",
                "Michael Bay",
                Label::Person,
            ),
        ] {
            let f = found(text);
            assert!(f.contains(&(name, label.clone())), "{text}: {f:?}");
        }
    }

    #[test]
    fn titles_and_nationalities_before_a_name_are_not_part_of_it() {
        for (text, person) in [
            ("Lieutenant John Brody led the patrol.", "John Brody"),
            (
                "The report was signed by Coroner William McLaughlin.",
                "William McLaughlin",
            ),
            ("Australian Tom Moody took six wickets.", "Tom Moody"),
        ] {
            let f = found(text);
            assert!(f.contains(&(person, Label::Person)), "{text}: {f:?}");
        }
        let f = found("Australian Tom Moody took six wickets.");
        assert!(f.contains(&("Australian", Label::Norp)), "{f:?}");
    }

    #[test]
    fn names_with_scores_in_a_results_line_are_teams() {
        let f = found("Results on Saturday:\nLeeds 2 Chelsea 1\nBristol 0 Southampton 3\n");
        for team in ["Leeds", "Chelsea", "Bristol", "Southampton"] {
            assert!(f.contains(&(team, Label::Org)), "{team}: {f:?}");
        }
        // Teams no list knows, and abbreviations with numbers that are not teams.
        let f = found("Results:\nDinamo 2 Ruch 1\nCukaricki 0 Mladost 3\n");
        for team in ["Dinamo", "Ruch", "Cukaricki", "Mladost"] {
            assert!(f.contains(&(team, Label::Org)), "{team}: {f:?}");
        }
        let f = found("He drove Train No. 23 and later Train No. 700 to the coast.");
        assert!(f.iter().all(|(_, l)| *l != Label::Org), "{f:?}");
        // A place with a number is still a place outside a line of results.
        for (text, place) in [
            (
                "She has been to Paris 3 times and to London twice.",
                "Paris",
            ),
            ("The storm hit Chicago 2 days ago.", "Chicago"),
            (
                "Leeds 2 Chelsea 1 was a famous result, said a fan in Moscow 5 minutes later.",
                "Moscow",
            ),
        ] {
            let f = found(text);
            assert!(f.contains(&(place, Label::Place)), "{text}: {f:?}");
        }
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let text = "Zoë Ünal visited Zürich with Éric — «Genève» next.";
        for c in find(text) {
            assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        }
    }
}
