//! Capitalised spans that read like names but name no person, organisation or place, found by
//! what the text itself says about them:
//!
//! - era markers after a year or a century ("508 BC", "the 7th century BC");
//! - numbered parts of a document ("Title IV", "Chapter 11", "Article 5");
//! - acronyms the text defines as an ordinary term ("iodine deficiency disorders (IDD)");
//! - storms ("Cyclone Phailin"), and the storm's own name wherever the text repeats it;
//! - a title alone ("Justice" of "Justice Scalia" cut off, "the Director"), and an ordinary word
//!   written in capitals ("WHEREAS", "ORAL ARGUMENT");
//! - a person or a place named by one word of letters and digits ("L2", "DH2017", "F-16"): such a
//!   word is a code, a model or an edition; an organisation may be one ("MTV2", "3M").
//!
//! Each rule is a named function over the candidates, run once per document.

use super::gazetteer::{self, Gazetteer};
use crate::fast_hash::FastSet;
use crate::recognize::{word_after, word_before, Candidate};

/// Drops (or, for storms, marks as works and events) every candidate these rules say is no name.
pub fn drop_non_names(text: &str, out: &mut Vec<Candidate>) {
    let terms = defined_terms(text);
    let storms = storm_names(text, out);
    out.retain(|c| {
        let name = &text[c.start..c.end];
        !(is_era_marker(text, c.start, name)
            || is_numbered_part(name)
            || is_title_or_capitalised_word(name, word_after(text, c.end).unwrap_or(""))
            || terms.contains(name)
            || storms.contains(name)
            || is_code_as_person_or_place(c, name)
            || is_compound_adjective(name))
    });
}

/// The endings that make a name an adjective ("the London-based group", "a German-born
/// writer", "Kremlin-backed"): the gold data of every dev corpus that labels these marks the whole
/// word as MISC (CoNLL: "Hong Kong-based", "Ohio-based"), never as the name inside it.
const ADJECTIVE_ENDINGS: &[&str] = &["-based", "-born", "-backed", "-owned", "-led", "-run"];

/// Whether a span ends in one of the [`ADJECTIVE_ENDINGS`].
fn is_compound_adjective(name: &str) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|e| {
        name.len() > e.len()
            && name.is_char_boundary(name.len() - e.len())
            && name[name.len() - e.len()..].eq_ignore_ascii_case(e)
    })
}

/// Whether a person or a place is named by one word that mixes letters and digits ("L2",
/// "B1242"): codes, models and editions, never a person's or a place's name in the gold data of
/// any dev corpus (only Twitter handles are, which are MENTION here).
fn is_code_as_person_or_place(c: &Candidate, name: &str) -> bool {
    matches!(c.label, crate::Label::Person | crate::Label::Place)
        && !name.contains(' ')
        && name.bytes().any(|b| b.is_ascii_digit())
        && name.chars().any(char::is_alphabetic)
}

/// Era markers, which follow a year or "century" ("508 BC", "the 7th century BCE", "AD 79").
const ERA_MARKERS: &[&str] = &["BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."];

/// Whether `name`, starting at `start`, is an era marker after a number or a century; "AD" also
/// before a year ("AD 79").
fn is_era_marker(text: &str, start: usize, name: &str) -> bool {
    if !ERA_MARKERS.contains(&name) {
        return false;
    }
    let before = word_before(text, start).unwrap_or("");
    let after = word_after(text, start + name.len()).unwrap_or("");
    before.starts_with(|c: char| c.is_ascii_digit())
        || matches!(before, "century" | "centuries" | "millennium")
        || (name.starts_with('A') && after.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `name` is one word that is only a title ("the Director") or a title cut off the name
/// that follows it ("Justice" of "Justice Scalia", though "Justice" is also a surname), or,
/// written in capitals, only an ordinary word ("WHEREAS"): no list of names or places knows it.
fn is_title_or_capitalised_word(name: &str, next: &str) -> bool {
    if name.contains([' ', '-']) || super::Listed::contains(name) {
        return false;
    }
    let flags = Gazetteer::get().flags_of_word(name);
    let title = flags & gazetteer::TITLE != 0;
    if title && next.starts_with(char::is_uppercase) {
        return true;
    }
    let named = gazetteer::PLACE | gazetteer::GIVEN | gazetteer::SURNAME | gazetteer::DEMONYM;
    if flags & named != 0 {
        return false;
    }
    let shouted = name.len() >= 4
        && name.bytes().all(|b| b.is_ascii_uppercase())
        && flags & gazetteer::COMMON != 0;
    title || shouted
}

/// Words that number a part of a law, a book or a contract ("Title IV", "Chapter 11").
const PART_WORDS: &[&str] = &[
    "Title",
    "Chapter",
    "Article",
    "Section",
    "Part",
    "Schedule",
    "Annex",
    "Appendix",
    "Volume",
    "Book",
    "Clause",
    "Rule",
    "Amendment",
];

/// Whether `name` is a part word and a Roman or Arabic number ("Title IV").
fn is_numbered_part(name: &str) -> bool {
    let Some((word, number)) = name.split_once(' ') else {
        return false;
    };
    PART_WORDS.contains(&word)
        && !number.is_empty()
        && (number.chars().all(|c| c.is_ascii_digit())
            || number
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')))
}

/// The acronyms that the text defines as ordinary lower-case terms, by writing the words and then
/// their initials in brackets: "iodine deficiency disorders (IDD)", "digital humanities (DH)". An
/// acronym of capitalised words ("World Health Organization (WHO)") is kept: it names something.
fn defined_terms(text: &str) -> FastSet<&str> {
    let mut terms = FastSet::default();
    let mut rest = text;
    let mut offset = 0;
    while let Some(open) = rest.find('(') {
        let at = offset + open;
        let inside = &text[at + 1..];
        let close = inside.find(')').unwrap_or(0);
        let acronym = &inside[..close];
        if (2..=6).contains(&acronym.len())
            && acronym.bytes().all(|b| b.is_ascii_uppercase())
            && spells_lower_case_words(&text[..at], acronym)
        {
            terms.insert(acronym);
        }
        offset = at + 1;
        rest = &text[offset..];
    }
    terms
}

/// Whether the words that end `head` are lower case and their initials spell `acronym`; "of",
/// "and", "the" and "for" may stand between them without a letter of their own.
fn spells_lower_case_words(head: &str, acronym: &str) -> bool {
    let mut letters = acronym
        .bytes()
        .rev()
        .map(|b| b.to_ascii_lowercase())
        .peekable();
    for word in head
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .take(2 * acronym.len() + 2)
    {
        let Some(&letter) = letters.peek() else {
            break;
        };
        let first = word.bytes().next();
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        if first == Some(letter) {
            letters.next();
        } else if !matches!(word, "of" | "and" | "the" | "for" | "in" | "on" | "to") {
            return false;
        }
    }
    letters.peek().is_none()
}

/// Words that introduce a storm's name.
const STORM_WORDS: &[&str] = &["Cyclone", "Hurricane", "Typhoon", "Storm"];

/// The names of the storms the text mentions ("Cyclone Phailin" makes "Cyclone Phailin" and
/// "Phailin" no name of a person or place anywhere in it), and the storm words themselves when the
/// tagger took one alone.
fn storm_names<'a>(text: &'a str, out: &[Candidate]) -> FastSet<&'a str> {
    let mut storms = FastSet::default();
    for c in out {
        let name = &text[c.start..c.end];
        let (word, rest) = name.split_once(' ').unwrap_or((name, ""));
        let next = word_after(text, c.end).unwrap_or("");
        if STORM_WORDS.contains(&word) {
            storms.insert(name);
            if !rest.is_empty() {
                storms.insert(rest);
            } else if next.starts_with(char::is_uppercase) {
                storms.insert(next);
            }
        }
    }
    storms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::names::find;

    fn names(text: &str) -> Vec<&str> {
        find(text).iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn era_markers_and_numbered_parts_are_no_names() {
        let text = "By the 7th century BC, unrest grew in Athens. Solon ruled after 594 BC. \
                    The Secretary may waive any Title IV provision under Chapter 11.";
        let found = names(text);
        assert!(found.contains(&"Athens"), "{found:?}");
        for no in ["BC", "Title IV", "Chapter 11"] {
            assert!(!found.contains(&no), "{no}: {found:?}");
        }
    }

    #[test]
    fn a_name_made_an_adjective_is_no_name() {
        assert!(is_compound_adjective("Hong Kong-based"));
        assert!(is_compound_adjective("German-born"));
        assert!(!is_compound_adjective("-based"));
        assert!(!is_compound_adjective("Hong Kong"));
    }

    #[test]
    fn an_acronym_of_lower_case_words_is_a_term() {
        assert!(spells_lower_case_words(
            "effects of iodine deficiency disorders",
            "IDD"
        ));
        assert!(spells_lower_case_words(
            "training in digital humanities",
            "DH"
        ));
        assert!(spells_lower_case_words("the department of defense", "DOD"));
        assert!(!spells_lower_case_words(
            "the World Health Organization",
            "WHO"
        ));
        assert!(!spells_lower_case_words("a new digital tool", "DH"));
        let text = "Librarians need skills in digital humanities (DH). The DH community \
                    welcomed the World Health Organization (WHO) report.";
        let terms = defined_terms(text);
        assert!(terms.contains("DH") && !terms.contains("WHO"), "{terms:?}");
    }

    #[test]
    fn a_title_alone_is_no_name() {
        assert!(is_title_or_capitalised_word("Justice", "Scalia"));
        assert!(is_title_or_capitalised_word("Director", ""));
        assert!(!is_title_or_capitalised_word("Justice", "said"));
        assert!(!is_title_or_capitalised_word("Scalia", ""));
        assert!(!is_title_or_capitalised_word("NASA", ""));
    }

    #[test]
    fn a_storm_is_no_person_or_place() {
        let text = "Once Cyclone Phailin comes on shore it will weaken. Phailin's winds will \
                    rapidly weaken over Odisha, officials in India said.";
        let found = names(text);
        assert!(!found.iter().any(|n| n.contains("Phailin")), "{found:?}");
        assert!(found.contains(&"India"), "{found:?}");
    }

    #[test]
    fn a_code_is_no_person_or_place() {
        let at = |label| Candidate {
            start: 0,
            end: 2,
            label,
            value: None,
            source: crate::recognize::Source::Names,
        };
        assert!(is_code_as_person_or_place(&at(crate::Label::Person), "L2"));
        assert!(is_code_as_person_or_place(
            &at(crate::Label::Place),
            "B1242"
        ));
        assert!(!is_code_as_person_or_place(&at(crate::Label::Org), "MTV2"));
        assert!(!is_code_as_person_or_place(
            &at(crate::Label::Person),
            "Lee"
        ));
        assert!(!is_code_as_person_or_place(
            &at(crate::Label::Place),
            "Route 66"
        ));
    }
}
