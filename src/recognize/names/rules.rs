//! The rules that relabel or drop the tagger's spans by their context in the text: what a name is
//! called ("the Acme company"), what it does ("said", "chairman"), where it stands ("X, a professor
//! at Y"), and names that stand alone where a capital says nothing (a sentence's first word).
//! Each rule is one documented function with its word tables beside it; [`super::find_in_steps`]
//! runs them in order after the document passes.

use super::*;

/// Sentence adverbs and connectives that the tagger, seeing a capital, sometimes runs into the
/// name after them ("Meanwhile Samsung"). No gold name of a person, organisation or place in the
/// dev files starts with one.
const SENTENCE_ADVERBS: &[&str] = &[
    "meanwhile",
    "however",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "instead",
    "elsewhere",
    "separately",
    "additionally",
    "yesterday",
    "today",
    "tomorrow",
    "later",
    "earlier",
    "also",
    "then",
    "now",
    "finally",
    "indeed",
    "similarly",
    "overall",
    "currently",
    "recently",
    "afterwards",
    "eventually",
    "thus",
    "hence",
    "consequently",
    "likewise",
];

/// Cuts a leading sentence adverb off a name of several words ("Meanwhile Samsung" →
/// "Samsung"). The spans stay sorted: each only starts later.
pub(super) fn trim_sentence_adverbs(text: &str, out: &mut [Candidate]) {
    for c in out.iter_mut() {
        let Some((first, _)) = text[c.start..c.end].split_once(' ') else {
            continue;
        };
        if first.len() <= "consequently".len()
            && SENTENCE_ADVERBS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(first))
        {
            c.start += first.len() + 1;
        }
    }
}

/// Texts shorter than this (in bytes) are too short for document evidence (a tweet, a caption).
pub(super) const MIN_DOCUMENT_BYTES: usize = 300;

/// Drops the people named once by a single word that no name list knows and that no full name in
/// the document contains ("Wardanceis", "Antietam"): in a document of some length, a person is
/// usually named in full, on a list, or more than once. On the dev files most such single words
/// are places, organisations or works (QUALITY.md, step 5).
pub(super) fn drop_lone_unknown_people(text: &str, out: &mut Vec<Candidate>) {
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
            || after_title(text, c)
            || full_name_words.contains(name)
            || gazetteer.flags_of_word(name) & (gazetteer::GIVEN | gazetteer::SURNAME) != 0
    });
}

/// Whether a title is written right before the name ("President Biden", "Dr. Okafor").
fn after_title(text: &str, c: &Candidate) -> bool {
    crate::recognize::word_before(text, c.start).is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && Gazetteer::get().flags(&w.to_lowercase()) & gazetteer::TITLE != 0
    })
}

/// Common nouns for kinds of organisation, which name one when put before its name ("the Lisbon
/// studio Atelier Marés", "the carmaker Toyota").
pub(super) const ORG_KINDS: &[&str] = &[
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
pub(super) fn relabel_organisations_by_kind(text: &str, out: &mut [Candidate]) {
    let gazetteer = Gazetteer::get();
    for c in out
        .iter_mut()
        .filter(|c| c.label == Label::Person || c.label == Label::Place)
    {
        let before = crate::recognize::word_before(text, c.start);
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
            if crate::recognize::word_before(text, head.len()).is_some_and(|w| {
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
pub(super) const WORKERS: &[&str] = &[
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
pub(super) const BUILDING_HEADS: &[&str] = &[
    "Hospital", "Centre", "Center", "Museum", "Church", "Court", "Office", "Front",
];

/// Relabels as organisations the places of more than one word that end in a word that ends
/// organisation names ("Houston Chronicle", "Boston University"): the place is only where the
/// organisation is. Places on the list ("West Bank", "Soviet Union") and buildings stay places.
pub(super) fn relabel_places_with_organisation_heads(text: &str, out: &mut [Candidate]) {
    let gazetteer = Gazetteer::get();
    for c in out.iter_mut().filter(|c| c.label == Label::Place) {
        let name = &text[c.start..c.end];
        let Some((_, last)) = name.rsplit_once(' ') else {
            continue;
        };
        let head = gazetteer.flags_of_word(last);
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
pub(super) const MEDIA_HEADS: &[&str] = &[
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
pub(super) const PLACE_PLURALS: &[&str] = &[
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
pub(super) fn is_team_name(name: &str, head: u16) -> bool {
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
pub(super) const PLACE_KINDS: &[&str] = &[
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
pub(super) const DEFINED_ORG_KINDS: &[&str] = &[
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

/// Nouns for kinds of thing that are not a person, an organisation or a place (languages, works,
/// games, events, groups of people): a name defined as one ("Chamicuro is an endangered
/// language", "EZ2DJ is a series of music games") is tagged MISC, which is not reported.
pub(super) const DEFINED_MISC_KINDS: &[&str] = &[
    "language",
    "dialect",
    "game",
    "series",
    "album",
    "song",
    "single",
    "film",
    "movie",
    "novel",
    "book",
    "poem",
    "opera",
    "musical",
    "painting",
    "symphony",
    "holiday",
    "festival",
    "anniversary",
    "award",
    "prize",
    "ship",
    "aircraft",
    "software",
    "religion",
    "minority",
    "tribe",
    "genre",
    "programme",
    "sitcom",
    "episode",
    "treaty",
    "war",
    "battle",
    "tournament",
    "championship",
    "species",
    "genus",
    "disease",
];

/// The verbs that open a definition after a name: "X is a town", "X were an English band".
const DEFINITION_VERBS: [&str; 12] = [
    "is an ",
    "is a ",
    "was an ",
    "was a ",
    "is the ",
    "was the ",
    "are an ",
    "are a ",
    "were an ",
    "were a ",
    "are the ",
    "were the ",
];

/// Words that end the noun phrase of a definition: its head is the word before one ("a series
/// of ...", "a language spoken in ...").
fn ends_noun_phrase(word: &str) -> bool {
    matches!(
        word,
        "of" | "in"
            | "at"
            | "from"
            | "by"
            | "for"
            | "on"
            | "with"
            | "that"
            | "which"
            | "who"
            | "and"
            | "or"
            | "about"
            | "based"
            | "set"
            | "written"
            | "sung"
            | "known"
            | "spoken"
    )
}

/// Whether `word`, after a noun, starts what is said of it rather than continuing the noun: a
/// phrase end or a participle ("a film directed by ...", "a game released in ...").
fn follows_head(word: &str) -> bool {
    ends_noun_phrase(word) || (word.len() > 4 && word.ends_with("ed"))
}

/// The label that the words before or after a name define it by: "the village of X", "X is a
/// town in ...", "X was a rock band", "X is an endangered language" (MISC), "X was founded in
/// 1898" (an organisation, unless its last word is a kind of place: "Aabenraa County").
pub(super) fn defined_label(text: &str, c: &Candidate) -> Option<Label> {
    let head = text[..c.start].trim_end_matches(' ');
    if let Some(head) = head.strip_suffix(" of") {
        let kind = head.rsplit(' ').next().unwrap_or("");
        if PLACE_KINDS.contains(&kind) {
            return Some(Label::Place);
        }
    }
    let rest = text[c.end..].strip_prefix(' ')?;
    let Some(definition) = DEFINITION_VERBS.iter().find_map(|v| rest.strip_prefix(v)) else {
        return founded_label(text, c, rest);
    };
    // The first six words of the noun phrase, each with whether a punctuation mark ends it.
    let words: Vec<(&str, bool)> = definition
        .split(' ')
        .take(6)
        .map(|w| {
            let bare = w.trim_end_matches([',', '(', ')', '.', ';', ':']);
            (bare.trim_start_matches('('), bare.len() < w.len())
        })
        .filter(|(w, _)| !w.is_empty())
        .collect();
    for &(word, _) in words.iter().take(4) {
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
    // A MISC kind must be the head of the phrase: "a single" or "a game" is one, "a single
    // mother" or "a game show host" is not.
    let is_head =
        |k: usize| words[k].1 || words.get(k + 1).is_none_or(|&(next, _)| follows_head(next));
    (0..words.len())
        .take_while(|&k| k == 0 || !ends_noun_phrase(words[k - 1].0))
        .find(|&k| {
            let word = words[k].0;
            let singular = word.strip_suffix('s').unwrap_or(word);
            (DEFINED_MISC_KINDS.contains(&word) || DEFINED_MISC_KINDS.contains(&singular))
                && is_head(k)
        })
        .map(|_| Label::Misc)
}

/// "X was founded/established/formed/incorporated": the label of a thing people found, an
/// organisation, unless the name ends in a kind of place ("Aabenraa County was established").
fn founded_label(text: &str, c: &Candidate, rest: &str) -> Option<Label> {
    let verb = ["was ", "were ", "has been ", "had been "]
        .iter()
        .find_map(|v| rest.strip_prefix(v))?;
    let founded = ["founded", "established", "formed", "incorporated"]
        .iter()
        .any(|f| {
            verb.strip_prefix(f)
                .is_some_and(|r| r.starts_with([' ', ',', '.']))
        });
    let name = &text[c.start..c.end];
    let last = name.rsplit(' ').next().unwrap_or(name);
    let place_like = gazetteer::PLACE | gazetteer::PLACE_WORD;
    let gazetteer = Gazetteer::get();
    (founded
        && gazetteer.flags_of_word(name) & gazetteer::PLACE == 0
        && gazetteer.flags_of_word(last) & place_like == 0)
        .then_some(Label::Org)
}

/// Relabels every mention of a name that the text defines somewhere ("Cliddesden ... the village
/// of Cliddesden", "Baatsagaan is a sum (district) of ...") by that definition.
pub(super) fn relabel_by_definition(text: &str, out: &mut [Candidate]) {
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
            if c.label != Label::Norp && !Listed::contains(&text[c.start..c.end]) {
                c.label = label.clone();
            }
        }
    }
}

/// Drops the one-word names that open a sentence, are ordinary words ("Harbour city opens its new
/// library"), on no list of names or places, and that the text never names alone elsewhere.
pub(super) fn drop_lone_sentence_openers(text: &str, out: &mut Vec<Candidate>) {
    let gazetteer = Gazetteer::get();
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for c in out.iter() {
        *counts.entry(&text[c.start..c.end]).or_default() += 1;
    }
    let ordinary = |word: &str| {
        let flags = |w: &str| gazetteer.flags_of_word(w);
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
            && !Listed::contains(name)
            && ordinary(name))
    });
}

/// Nouns that name what a person is or does: "Park Won-gon, a professor at ...".
pub(super) const PERSON_ROLES: &[&str] = &[
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
pub(super) fn relabel_people_by_role(text: &str, out: &mut [Candidate]) {
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
            .take_while(|w| {
                w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b',')
            })
            .any(|w| PERSON_ROLES.contains(&w.trim_end_matches(',')));
        if role && !Listed::contains(&text[c.start..c.end]) {
            c.label = Label::Person;
        }
    }
}

/// Nouns that an organisation, not a person or a place, has: "Vicenza's coach", "Magna's shares".
pub(super) const ORG_ROLES: &[&str] = &[
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
pub(super) const ORG_MODIFIED_ROLES: &[&str] = &[
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

/// Players' positions: a name directly before one is their team ("Surrey captain Chris Lewis",
/// "Yankees pitcher"), unless a list knows it as a place (national sides are their country:
/// "England captain Mike Atherton").
pub(super) const PLAYER_ROLES: &[&str] = &[
    "captain",
    "skipper",
    "batsman",
    "bowler",
    "opener",
    "paceman",
    "spinner",
    "wicketkeeper",
    "all-rounder",
    "pitcher",
    "catcher",
    "outfielder",
    "infielder",
    "quarterback",
    "winger",
    "forward",
    "fullback",
    "flanker",
];

/// Relabels as organisations, everywhere in the document, the one-word names that no list knows
/// as a person's and that some mention puts before "'s" and a noun an organisation has
/// ("Vicenza's coach" makes every "Vicenza" of the text the team), unless the text writes the
/// name after "the".
pub(super) fn relabel_possessive_organisations(text: &str, out: &mut [Candidate]) {
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
        let flags = gazetteer.flags_of_word(name);
        let player_of_team = roles == ORG_MODIFIED_ROLES
            && PLAYER_ROLES.contains(&noun)
            && flags & gazetteer::PLACE == 0;
        if !name.contains(' ')
            && (roles.contains(&noun) || player_of_team)
            && flags & (gazetteer::GIVEN | gazetteer::SURNAME) == 0
        {
            teams.insert(name);
        }
    }
    if teams.is_empty() {
        return;
    }
    // Not a defined party of a contract ("the Borrower's shares"): a name written after "the".
    for c in out.iter() {
        let before = crate::recognize::word_before(text, c.start).unwrap_or("");
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
pub(super) const SPEECH_VERBS: &[&str] = &[
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
pub(super) fn in_person_frame(text: &str, c: &Candidate) -> bool {
    let speech = |w: Option<&str>| w.is_some_and(|w| SPEECH_VERBS.contains(&w));
    if speech(crate::recognize::word_before(text, c.start)) {
        return true;
    }
    let rest = &text[c.end..];
    if let Some(after) = rest.strip_prefix(", ") {
        let next = after.split(' ').next().unwrap_or("");
        return matches!(next, "who" | "a" | "an");
    }
    let next = crate::recognize::word_after(text, c.end);
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
pub(super) fn relabel_speaking_places(text: &str, out: &mut [Candidate]) {
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
        if gazetteer.flags_of_word(name) & gazetteer::PLACE == 0
            && gazetteer.flags_of_word(last) & place_like == 0
            && (speech(crate::recognize::word_before(text, c.start))
                || speech(crate::recognize::word_after(text, c.end)))
        {
            c.label = Label::Person;
        }
    }
}

/// Relabels as places the people named by a single unknown word that the document puts after
/// "in", "near", "outside", "around" or a compass adjective ("in Atwick", "southern Kenya"): a
/// one-word name that no list knows (as a name or as an ordinary word), or that a list knows as a
/// place and the text uses in no full person's name, and that things happen *in* is a place. Not
/// when the document also writes the word after "the" ("interests in Borrower" and "the
/// Borrower"), nor from a possessive ("in Smith's book").
pub(super) fn relabel_located_people(text: &str, out: &mut [Candidate]) {
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
        let before = crate::recognize::word_before(text, c.start).unwrap_or("");
        let after = &text[c.end..];
        let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
        let seen = contexts.entry(name).or_default();
        seen.0 |= !possessive
            && (["in", "near", "outside", "around"]
                .iter()
                .any(|p| before.eq_ignore_ascii_case(p))
                || COMPASS_ADJECTIVES.contains(&before));
        seen.1 |= before.eq_ignore_ascii_case("the");
    }
    // The words of full names: "Jordan" of "Michael Jordan" stays a person.
    let full_name_words = words_of_full_names(text, out);
    let gazetteer = Gazetteer::get();
    for c in out.iter_mut().filter(|c| c.label == Label::Person) {
        let name = &text[c.start..c.end];
        let flags = gazetteer.flags_of_word(name);
        // A listed place that is also a given name ("Kenya", "Georgia") is the place there.
        let unknown = flags & (gazetteer::GIVEN | gazetteer::SURNAME | gazetteer::COMMON) == 0;
        let listed_place = flags & gazetteer::PLACE != 0 && !full_name_words.contains(name);
        // A given name or surname alone that no full name in the text holds ("in Geneva"):
        // after "in", a one-word name is a place 580 times to a person's 5 in the gold data.
        // Not in a short post, which names people by first name ("the change in Sarah").
        let lone_name = text.len() >= MIN_DOCUMENT_BYTES
            && flags & gazetteer::COMMON == 0
            && !full_name_words.contains(name);
        if contexts.get(name) == Some(&(true, false)) && (unknown || listed_place || lone_name) {
            c.label = Label::Place;
        }
    }
}

/// Adjectives of direction before a place ("southern Kenya", "northern Tanzania").
const COMPASS_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];

/// Gives the names of one list the label most of them have: names joined by "and" or "or"
/// ("Essex, Derbyshire and Surrey", "Footscray or Carlton") are things of one kind, so a member
/// the tagger labelled otherwise takes the majority's label. Lists without a strict majority are
/// left alone, and so are listed organisations and places. `out` is sorted.
pub(super) fn agree_in_lists(text: &str, out: &mut [Candidate]) {
    let is_kind = |c: &Candidate| matches!(c.label, Label::Person | Label::Org | Label::Place);
    let mut i = 0;
    while i < out.len() {
        // The list that starts at `i`: names joined by ", ", " and ", ", and ", " or ", ", or ".
        let mut end = i + 1;
        let mut joined = false;
        while end < out.len() && is_kind(&out[end - 1]) && is_kind(&out[end]) {
            let between = text.get(out[end - 1].end..out[end].start).unwrap_or("");
            match between {
                ", " => {}
                " and " | ", and " | " or " | ", or " => joined = true,
                _ => break,
            }
            end += 1;
            if joined {
                break;
            }
        }
        if joined && end - i >= 2 {
            relabel_to_majority(text, &mut out[i..end]);
        }
        i = end;
    }
}

/// The words between two rivals: "Dortmund beat Leverkusen", "Kent v Surrey".
const RIVALRY_WORDS: &[&str] = &[
    " beat ",
    " beats ",
    " defeated ",
    " defeats ",
    " drew with ",
    " lost to ",
    " edged ",
    " thrashed ",
    " routed ",
    " overcame ",
    " v ",
    " vs ",
    " vs. ",
    " versus ",
];

/// Gives a listed organisation's rival its label: the two names around "beat", "lost to" or "v"
/// are of one kind (36 of 39 such pairs in the gold data of all dev files), so in "Borussia
/// Dortmund beat Bayer Leverkusen 3-1" the club list makes "Bayer Leverkusen" a club too. Only
/// a listed organisation decides (a listed country is a national team or a place by corpus
/// convention); a listed place never changes. `out` is sorted.
pub(super) fn agree_across_rivalries(text: &str, out: &mut [Candidate]) {
    for i in 1..out.len() {
        let between = text.get(out[i - 1].end..out[i].start).unwrap_or("");
        if !RIVALRY_WORDS.contains(&between) {
            continue;
        }
        let (a, b) = (
            &text[out[i - 1].start..out[i - 1].end],
            &text[out[i].start..out[i].end],
        );
        let rival = match (Listed::contains(a), Listed::contains(b)) {
            (true, false) => i,
            (false, true) => i - 1,
            _ => continue,
        };
        let name = &text[out[rival].start..out[rival].end];
        let listed_place = Gazetteer::get().flags_of_word(name) & gazetteer::PLACE != 0;
        if !listed_place && matches!(out[rival].label, Label::Person | Label::Place) {
            out[rival].label = Label::Org;
        }
    }
}

/// Relabels the members of one list to the label more than half of them have.
fn relabel_to_majority(text: &str, list: &mut [Candidate]) {
    let count = |label: &Label| list.iter().filter(|c| c.label == *label).count();
    let Some(majority) = [Label::Person, Label::Org, Label::Place]
        .into_iter()
        .find(|l| 2 * count(l) > list.len())
    else {
        return;
    };
    let gazetteer = Gazetteer::get();
    for c in list.iter_mut() {
        let name = &text[c.start..c.end];
        let listed_place = gazetteer.flags_of_word(name) & gazetteer::PLACE != 0;
        if c.label != majority && !listed_place && !Listed::contains(name) {
            c.label = majority.clone();
        }
    }
}

/// Joins a listed place and the team nickname right after it into one organisation ("Los
/// Angeles" + "Dodgers", "Bowling Green" + "Falcons"), when the tagger stopped at the place: a
/// place then capitalised words ending in a plural is a team (see [`is_team_name`]). A name the
/// tagger found in the nickname's words is taken in. `out` is sorted.
pub(super) fn join_team_nicknames(text: &str, out: &mut Vec<Candidate>) {
    let gazetteer = Gazetteer::get();
    let mut absorbed = vec![false; out.len()];
    for i in 0..out.len() {
        if absorbed[i] || !matches!(out[i].label, Label::Place | Label::Person) {
            continue;
        }
        // One or two capitalised words right after the name, ending at a word boundary.
        let mut end = out[i].end;
        let mut best = None;
        for _ in 0..2 {
            let Some(word) = text[end..]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.', ';', ':', ')', '\n']).next())
                .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            else {
                break;
            };
            end += 1 + word.len();
            let name = &text[out[i].start..end];
            if is_team_name(name, gazetteer.flags_of_word(word)) {
                best = Some(end);
            }
        }
        let Some(end) = best else { continue };
        // The names inside the nickname are taken in; one that runs past it keeps the text apart.
        let inside: Vec<usize> = (i + 1..out.len())
            .take_while(|&k| out[k].start < end)
            .collect();
        if inside.iter().any(|&k| out[k].end > end) {
            continue;
        }
        for k in inside {
            absorbed[k] = true;
        }
        out[i].end = end;
        out[i].label = Label::Org;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !absorbed[k - 1]
    });
}

/// Extends an organisation named "X of Y" or "X for Y" over an " and " and the one capitalised
/// word after it that no other name holds ("School of Physics" + "and Chemistry", "Organisation
/// for Security" + "and Cooperation"), and then over " in " and a place right after it ("in
/// Europe"): the tagger stops at the "and", which it reads as the end of a list. `out` is sorted.
pub(super) fn join_coordinated_organisations(text: &str, out: &mut Vec<Candidate>) {
    let mut absorbed = vec![false; out.len()];
    for i in 0..out.len() {
        let name = &text[out[i].start..out[i].end];
        if absorbed[i] || out[i].label != Label::Org || !name.contains([' ']) {
            continue;
        }
        if !(name.contains(" of ") || name.contains(" for ")) {
            continue;
        }
        let Some(rest) = text[out[i].end..].strip_prefix(" and ") else {
            continue;
        };
        let word_len = rest
            .find(|c: char| !c.is_alphanumeric() && c != '-')
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        if !word.starts_with(|c: char| c.is_uppercase()) || word_len < 3 {
            continue;
        }
        let mut end = out[i].end + " and ".len() + word_len;
        let mut next = i + 1;
        if out.get(next).is_some_and(|n| n.start < end) {
            // The tagger's one-word name there is taken in when no list knows the word as a
            // name ("Fisheries"); a listed name ("Geneva") is a name of its own, the next of a
            // list. (An unlisted one is taken in too: "University of Oxford and Harvard".)
            let n = &out[next];
            let flags = Gazetteer::get().flags_of_word(word);
            let names = gazetteer::PLACE | gazetteer::GIVEN | gazetteer::SURNAME;
            if n.start != end - word_len || n.end != end || flags & names != 0 {
                continue;
            }
            absorbed[next] = true;
            next += 1;
        }
        let next = out.get(next).map(|n| (next, n));
        // "... in Europe": the place that ends the name.
        if let Some((k, n)) =
            next.filter(|(_, n)| n.label == Label::Place && n.start == end + " in ".len())
        {
            if text[end..n.start] == *" in " {
                end = n.end;
                absorbed[k] = true;
            }
        }
        out[i].end = end;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !absorbed[k - 1]
    });
}

/// Whether the words before a name make it an organisation: "a spokesperson for Meta", "shares
/// of Nvidia", "a stake in Arm".
fn in_organisation_frame(text: &str, c: &Candidate) -> bool {
    let before = crate::recognize::word_before(text, c.start);
    let Some(preposition @ ("for" | "of" | "in")) = before else {
        return false;
    };
    let head = text[..c.start].trim_end_matches([' ', '\t']);
    let head = &head[..head.len() - preposition.len()];
    let owner = crate::recognize::word_before(text, head.len()).unwrap_or("");
    match preposition {
        "for" => matches!(
            owner,
            "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople"
        ),
        _ => matches!(owner, "shares" | "stock" | "stake"),
    }
}

/// Relabels as organisations, everywhere in the document, the people and unlisted places that
/// some mention puts in an organisation's frame: after "a spokesperson for" or "shares of"
/// ([`in_organisation_frame`]), or before "'s" and a person's name ("Honda's Toshihiro Mibe",
/// "Everton's Duncan Ferguson": a person belongs to a company, a club or a country there, almost
/// never to another person, 1 of 18 such pairs in the gold data). One-word names only, not a
/// word of a person's full name in the text, and not listed places or people's names (surnames
/// for the first frame, given names for the second).
pub(super) fn relabel_organisations_by_frame(text: &str, out: &mut [Candidate]) {
    let gazetteer = Gazetteer::get();
    // The words of full names: "Trump's Pompeo" after "Donald Trump" is a person's person.
    let full_name_words = words_of_full_names(text, out);
    let mut orgs: FastSet<&str> = FastSet::default();
    for (k, c) in out.iter().enumerate() {
        let name = &text[c.start..c.end];
        if !matches!(c.label, Label::Person | Label::Place)
            || name.contains([' ', '-'])
            || full_name_words.contains(name)
        {
            continue;
        }
        let flags = gazetteer.flags_of_word(name);
        let owns_person = out.get(k + 1).is_some_and(|p| {
            p.label == Label::Person
                && matches!(text.get(c.end..p.start), Some("'s " | "\u{2019}s "))
        });
        // A spokesperson speaks for a surname too ("a spokesman for Johnson"); a given name
        // owns a person ("Mary's John").
        if (in_organisation_frame(text, c) && flags & (gazetteer::SURNAME | gazetteer::PLACE) == 0)
            || (c.label == Label::Person
                && owns_person
                && flags & (gazetteer::GIVEN | gazetteer::PLACE) == 0)
        {
            orgs.insert(name);
        }
    }
    for c in out.iter_mut() {
        if matches!(c.label, Label::Person | Label::Place) && orgs.contains(&text[c.start..c.end]) {
            c.label = Label::Org;
        }
    }
}

/// The words of the people's names of more than one word in `out` ("Michael", "Jordan" of
/// "Michael Jordan"): a one-word name among them is that person's, whatever a frame says.
fn words_of_full_names<'a>(text: &'a str, out: &[Candidate]) -> FastSet<&'a str> {
    out.iter()
        .filter(|c| c.label == Label::Person)
        .map(|c| &text[c.start..c.end])
        .filter(|name| name.contains(' '))
        .flat_map(|name| name.split(' '))
        .collect()
}
