//! Linking: gathers mentions of the same thing into one entity.
//!
//! Names (PERSON, ORG, PLACE, NORP, MISC) are compared by their *form*: lower case, possessive
//! and dots removed, hyphens as spaces, a leading "the" dropped ("Kim Jong-un" = "Kim Jong Un",
//! "U.S." = "US"). Forms are clustered longest first:
//! - the same form is the same entity, whatever label each mention got; the entity takes the
//!   label most of its mentions have, and every mention is relabelled to it (one document calls
//!   one thing by one kind);
//! - a shorter form tagged as a person that is a run of words of a longer person's name
//!   ("Putin", "Kim") joins that person (and the last words of any longer name, which then
//!   usually becomes a person by majority); when several people fit ("Smith" with "John Smith" and "Mary Smith" both
//!   named), each mention joins the nearest one mentioned before it (or else after it);
//! - an acronym in capitals joins the one longer name whose initials it spells ("NATO" for
//!   "North Atlantic Treaty Organization"), and only when exactly one does.
//!
//! Other labels (e-mail, URL, ...) are one entity per label and case-insensitive text.

use crate::analysis::{Entity, Mention};
use crate::fast_hash::FastMap;
use crate::label::Label;

/// Assigns each mention an entity id and returns the entities, ordered by first mention.
///
/// Mentions must be in document order. The canonical name of an entity is the longest form
/// used in the text (its first occurrence, without a possessive).
///
/// ```
/// use textlens::{Label, Mention, link::link};
/// let m = |text: &str, label| Mention { start: 0, end: 0, text: text.into(), label, entity: 0, value: None };
/// let mut mentions = vec![
///     m("Vladimir Putin", Label::Person), m("Putin", Label::Person), m("Putin", Label::Org),
///     m("a@x.io", Label::Email), m("A@X.io", Label::Email),
/// ];
/// let entities = link(&mut mentions);
/// assert_eq!(entities.len(), 2);
/// assert_eq!((entities[0].name.as_str(), entities[0].mentions), ("Vladimir Putin", 3));
/// assert_eq!(mentions[2].label, Label::Person);
/// assert_eq!(mentions[4].entity, mentions[3].entity);
/// ```
pub fn link(mentions: &mut [Mention]) -> Vec<Entity> {
    // cluster index per mention; clusters of names first, then other labels.
    let mut cluster_of: Vec<usize> = vec![usize::MAX; mentions.len()];
    let mut clusters: Vec<Cluster> = Vec::new();
    link_names(mentions, &mut cluster_of, &mut clusters);

    let mut plain: FastMap<(Label, String), usize> = FastMap::default();
    for (i, mention) in mentions.iter().enumerate() {
        if cluster_of[i] != usize::MAX {
            continue;
        }
        let key = (mention.label.clone(), mention.text.to_lowercase());
        let id = *plain.entry(key).or_insert_with(|| {
            clusters.push(Cluster {
                canonical: i,
                tokens: Vec::new(),
                members: Vec::new(),
            });
            clusters.len() - 1
        });
        clusters[id].members.push(i);
        cluster_of[i] = id;
    }

    // Label of each cluster: the most frequent among its mentions (ties: the canonical's).
    let labels: Vec<Label> = clusters
        .iter()
        .map(|c| {
            let mut votes: Vec<(Label, usize)> = Vec::new();
            for &m in &c.members {
                match votes.iter_mut().find(|(l, _)| *l == mentions[m].label) {
                    Some(v) => v.1 += 1,
                    None => votes.push((mentions[m].label.clone(), 1)),
                }
            }
            let canonical = &mentions[c.canonical].label;
            votes
                .into_iter()
                .max_by_key(|(l, n)| (*n, l == canonical))
                .map_or_else(|| canonical.clone(), |(l, _)| l)
        })
        .collect();

    // Entities in order of first mention.
    let order = crate::sort::sorted_indices(clusters.len(), |c| {
        clusters[c]
            .members
            .iter()
            .min()
            .map_or(u64::MAX, |&m| m as u64)
    });
    let mut entity_of_cluster = vec![0; clusters.len()];
    let mut entities = Vec::with_capacity(clusters.len());
    for (id, &c) in order.iter().enumerate() {
        entity_of_cluster[c] = id;
        entities.push(Entity {
            id,
            label: labels[c].clone(),
            name: strip_possessive(&mentions[clusters[c].canonical].text).to_string(),
            mentions: clusters[c].members.len(),
        });
    }
    for (i, mention) in mentions.iter_mut().enumerate() {
        let c = cluster_of[i];
        mention.entity = entity_of_cluster[c];
        if mention.label.is_name() {
            mention.label = labels[c].clone();
        }
    }
    entities
}

struct Cluster {
    /// The mention whose text names the cluster.
    canonical: usize,
    /// The canonical form's words.
    tokens: Vec<String>,
    /// Mentions, in document order of assignment.
    members: Vec<usize>,
}

struct Form {
    tokens: Vec<String>,
    mentions: Vec<usize>,
    person: bool,
    acronym: Option<String>,
}

fn link_names(mentions: &[Mention], cluster_of: &mut [usize], clusters: &mut Vec<Cluster>) {
    let mut forms: Vec<Form> = Vec::new();
    let mut index: FastMap<Vec<String>, usize> = FastMap::default();
    // Most mentions repeat an earlier text exactly: normalise each distinct text once.
    let mut by_text: FastMap<&str, Option<usize>> = FastMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if !m.label.is_name() {
            continue;
        }
        let known = by_text.get(m.text.as_str()).copied();
        let f = match known {
            Some(Some(f)) => f,
            Some(None) => continue,
            None => {
                let tokens = form_tokens(&m.text);
                if tokens.is_empty() {
                    by_text.insert(&m.text, None);
                    continue;
                }
                let f = *index.entry(tokens.clone()).or_insert_with(|| {
                    forms.push(Form {
                        tokens,
                        mentions: Vec::new(),
                        person: false,
                        acronym: acronym(&m.text),
                    });
                    forms.len() - 1
                });
                by_text.insert(&m.text, Some(f));
                f
            }
        };
        forms[f].mentions.push(i);
        forms[f].person |= m.label == Label::Person;
    }
    // Longest forms first, then in order of first mention.
    let order = crate::sort::sorted_indices(forms.len(), |f| {
        let longer_first = (u32::MAX as usize).saturating_sub(forms[f].tokens.len());
        crate::sort::pair_key(longer_first, forms[f].mentions[0])
    });
    let mut person_cluster: Vec<bool> = Vec::new();
    // Per cluster, its initials; and indexes from a word, or initials, to the clusters (ascending)
    // that have it, so that each form is compared only with the clusters it could join.
    let mut initials_of: Vec<Option<String>> = Vec::new();
    let mut by_word: FastMap<String, Vec<usize>> = FastMap::default();
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    let mut candidates: Vec<usize> = Vec::new();
    for f in order {
        let form = &forms[f];
        candidates.clear();
        if form.person {
            if let Some(v) = form.tokens.first().and_then(|w| by_word.get(w.as_str())) {
                candidates.extend_from_slice(v);
            }
        }
        if let Some(v) = form.acronym.as_deref().and_then(|a| by_initials.get(a)) {
            candidates.extend_from_slice(v);
        }
        candidates.sort_unstable();
        candidates.dedup();
        let matches: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&c| {
                let long = &clusters[c].tokens;
                (form.person
                    && form.tokens.len() < long.len()
                    && is_run_of(&form.tokens, long)
                    && (person_cluster[c] || long.ends_with(&form.tokens)))
                    || form
                        .acronym
                        .as_deref()
                        .is_some_and(|a| initials_of[c].as_deref() == Some(a))
            })
            .collect();
        let acronym_only =
            matches.len() > 1 && matches.iter().all(|&c| !(form.person && person_cluster[c]));
        if matches.is_empty() || acronym_only {
            clusters.push(Cluster {
                canonical: form.mentions[0],
                tokens: form.tokens.clone(),
                members: Vec::new(),
            });
            person_cluster.push(form.person);
            let c = clusters.len() - 1;
            let init = initials(&form.tokens);
            if let Some(i) = &init {
                by_initials.entry(i.clone()).or_default().push(c);
            }
            initials_of.push(init);
            for w in &form.tokens {
                let list = by_word.entry(w.clone()).or_default();
                if list.last() != Some(&c) {
                    list.push(c);
                }
            }
            for &m in &form.mentions {
                clusters[c].members.push(m);
                cluster_of[m] = c;
            }
            continue;
        }
        if matches.len() == 1 {
            let c = matches[0];
            for &m in &form.mentions {
                clusters[c].members.push(m);
                cluster_of[m] = c;
            }
            continue;
        }
        let sorted: Vec<Vec<usize>> = matches
            .iter()
            .map(|&c| {
                let mut v = clusters[c].members.clone();
                v.sort_unstable();
                v
            })
            .collect();
        for &m in &form.mentions {
            let c = matches[nearest(&sorted, m)];
            clusters[c].members.push(m);
            cluster_of[m] = c;
        }
    }
}

/// Among candidate clusters (their sorted members), the index of the one with the closest
/// mention before `m` (else the closest after).
fn nearest(members: &[Vec<usize>], m: usize) -> usize {
    let mut best = (0, usize::MAX, usize::MAX);
    for (k, v) in members.iter().enumerate() {
        let at = v.partition_point(|&x| x < m);
        let before = if at > 0 { m - v[at - 1] } else { usize::MAX };
        let after = v
            .get(at..)
            .and_then(|rest| rest.iter().find(|&&x| x > m))
            .map_or(usize::MAX, |&x| x - m);
        if (before, after) < (best.1, best.2) {
            best = (k, before, after);
        }
    }
    best.0
}

/// Whether `short` appears as consecutive words inside `long`.
fn is_run_of(short: &[String], long: &[String]) -> bool {
    !short.is_empty()
        && short.iter().all(|w| w.chars().count() > 1)
        && long.windows(short.len()).any(|w| w == short)
}

/// Words that initials skip.
const MINOR: &[&str] = &[
    "of", "the", "and", "for", "de", "&", "in", "on", "du", "des", "la",
];

/// The initials of a name of two or more significant words, in lower case.
fn initials(tokens: &[String]) -> Option<String> {
    let letters: String = tokens
        .iter()
        .filter(|t| !MINOR.contains(&t.as_str()))
        .filter_map(|t| t.chars().next())
        .collect();
    (letters.chars().count() >= 2).then_some(letters)
}

/// The lower-case letters of an acronym ("NATO", "U.N."), if the text is one.
fn acronym(text: &str) -> Option<String> {
    let letters: String = text.chars().filter(|&c| c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_uppercase()))
        .then(|| letters.to_lowercase())
}

fn strip_possessive(text: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(s) = text.strip_suffix(suffix) {
            if !s.is_empty() {
                return s;
            }
        }
    }
    text
}

/// The normalised words of a name (see the module docs).
fn form_tokens(text: &str) -> Vec<String> {
    let lower = strip_possessive(text)
        .to_lowercase()
        .replace(['-', '\u{2010}'], " ");
    let mut tokens: Vec<String> = lower
        .split_whitespace()
        .map(|t| t.chars().filter(|&c| c != '.').collect::<String>())
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() > 1 && tokens[0] == "the" {
        tokens.remove(0);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str, label: Label) -> Mention {
        Mention {
            start: 0,
            end: 0,
            text: text.into(),
            label,
            entity: 0,
            value: None,
        }
    }

    fn groups(mentions: &[Mention]) -> Vec<usize> {
        mentions.iter().map(|m| m.entity).collect()
    }

    #[test]
    fn spelling_variants_and_short_forms_join() {
        let mut ms = vec![
            m("Kim Jong Un", Label::Person),
            m("Kim Jong-un", Label::Person),
            m("Kim", Label::Person),
            m("Putin's", Label::Person),
            m("Vladimir Putin", Label::Person),
        ];
        let e = link(&mut ms);
        assert_eq!(groups(&ms), [0, 0, 0, 1, 1]);
        assert_eq!(e[1].name, "Vladimir Putin");
        assert_eq!(e[0].mentions, 3);
    }

    #[test]
    fn people_sharing_a_surname_stay_apart() {
        let mut ms = vec![
            m("John Smith", Label::Person),
            m("Mary Smith", Label::Person),
            m("Smith", Label::Person),
            m("John Smith", Label::Person),
            m("Smith", Label::Person),
        ];
        link(&mut ms);
        assert_ne!(ms[0].entity, ms[1].entity);
        assert_eq!(ms[2].entity, ms[1].entity);
        assert_eq!(ms[4].entity, ms[0].entity);
    }

    #[test]
    fn acronyms_join_their_one_expansion() {
        let mut ms = vec![
            m("North Atlantic Treaty Organization", Label::Org),
            m("NATO", Label::Org),
            m("U.S.", Label::Place),
            m("US", Label::Place),
        ];
        let e = link(&mut ms);
        assert_eq!(groups(&ms), [0, 0, 1, 1]);
        assert_eq!(e[0].name, "North Atlantic Treaty Organization");
    }

    #[test]
    fn a_place_is_not_swallowed_by_a_person_of_that_name() {
        let mut ms = vec![
            m("George Washington", Label::Person),
            m("Washington", Label::Place),
        ];
        let e = link(&mut ms);
        assert_eq!(e.len(), 2);
        assert_eq!(ms[1].label, Label::Place);
    }
}
