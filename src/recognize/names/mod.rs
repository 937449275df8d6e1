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
//! 4. Runs of one tag become spans (`spans.rs`); a capitalised nationality that the model leaves
//!    out, or tags as anything but a person, becomes NORP.
//! 5. The document votes (`document.rs`): a name found once is found at its other mentions, with
//!    the label most of them got, and listed multi-word organisations are joined into one mention.
//! 6. Named rules relabel or drop spans by their context (`rules.rs`: "X, a professor at Y",
//!    "said X", "the Acme company", a lone sentence opener), then lower-case names in informal
//!    text (`lowercase.rs`) and words that are no names ([`not_names`]).
//!
//! [`find_in`] runs these in this order; each step is one function.
//! The model is trained by `textlens-train` (see `QUALITY.md`) on openly licensed data only.

mod document;
pub mod features;
pub mod gazetteer;
mod lowercase;
pub mod model;
pub mod not_names;
pub mod organisations;
mod rules;
mod spans;
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;

use crate::fast_hash::{FastMap, FastSet};
use features::{DocContext, Prepared, SentenceView, CLASSES, LOC, MISC, O, ORG, PER};
use gazetteer::Gazetteer;

use super::{Candidate, Source};
use crate::label::Label;
use crate::steps::{run_now, Budget};
use document::{join_listed_phrases, propagate, Listed};
use lowercase::add_lowercase_names;
use rules::*;
use spans::spans;

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
    trim_sentence_adverbs(text, &mut out);
    propagate(text, &doc, &views, &covered, &bounds, &mut out);
    budget.spend(text.len() / 2).await;
    join_listed_phrases(text, &views, &mut out);
    join_team_nicknames(text, &mut out);
    relabel_possessive_organisations(text, &mut out);
    relabel_people_by_role(text, &mut out);
    relabel_organisations_by_kind(text, &mut out);
    relabel_places_with_organisation_heads(text, &mut out);
    relabel_by_definition(text, &mut out);
    join_coordinated_organisations(text, &mut out);
    budget.spend(text.len() / 2).await;
    drop_lone_sentence_openers(text, &mut out);
    drop_lone_unknown_people(text, &mut out);
    relabel_located_people(text, &mut out);
    relabel_speaking_places(text, &mut out);
    relabel_organisations_by_frame(text, &mut out);
    agree_in_lists(text, &mut out);
    agree_across_rivalries(text, &mut out);
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

#[cfg(test)]
mod tests {
    use super::lowercase::is_informal;
    use super::spans::is_regnal_number;
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
    fn a_name_before_a_players_position_is_the_team_unless_listed_as_a_place() {
        let f = found(
            "On Friday, Warwickshire captain Tim Munton took four wickets.\n\nEngland captain \
             Mike Atherton praised the side.",
        );
        assert!(f.contains(&("Warwickshire", Label::Org)), "{f:?}");
        assert!(f.contains(&("England", Label::Place)), "{f:?}");
        assert!(f.contains(&("Tim Munton", Label::Person)), "{f:?}");
    }

    #[test]
    fn a_listed_place_written_with_and_is_one_place() {
        let f = found(
            "The war in Bosnia and Herzegovina ended. He flew from Trinidad and Tobago to Saint \
             Kitts and Nevis. They toured Paris and Rome in May.",
        );
        for place in [
            "Bosnia and Herzegovina",
            "Trinidad and Tobago",
            "Saint Kitts and Nevis",
        ] {
            assert!(f.contains(&(place, Label::Place)), "{place}: {f:?}");
        }
        // Two places joined by "and" that are no listed name stay two.
        assert!(f.contains(&("Paris", Label::Place)), "{f:?}");
        assert!(f.contains(&("Rome", Label::Place)), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Herzegovina") && n.len() > 22),
            "{f:?}"
        );
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
        // Plural subjects define too.
        let text = "The Beatles were an English rock band.";
        assert_eq!(
            defined_label(text, &c(text, "Beatles", Label::Person)),
            Some(Label::Org)
        );
        // Languages, works and games are MISC, when the kind noun heads the phrase.
        for (text, name) in [
            (
                "Chamicuro is a critically endangered indigenous language.",
                "Chamicuro",
            ),
            ("EZ2DJ is a series of music video games.", "EZ2DJ"),
            (
                "Gloomy Sunday is a 1999 film directed by Rolf Schübel.",
                "Gloomy Sunday",
            ),
        ] {
            let defined = defined_label(text, &c(text, name, Label::Person));
            assert_eq!(defined, Some(Label::Misc), "{text}");
        }
        for (text, name) in [
            ("Ann Smith is a single mother.", "Ann Smith"),
            ("Bob Lee is a game show host.", "Bob Lee"),
        ] {
            assert_eq!(
                defined_label(text, &c(text, name, Label::Person)),
                None,
                "{text}"
            );
        }
        // A thing founded is an organisation, unless its name ends in a kind of place.
        let text = "Caloi was founded in 1898.";
        assert_eq!(
            defined_label(text, &c(text, "Caloi", Label::Person)),
            Some(Label::Org)
        );
        let text = "Aabenraa County was established in 1970.";
        let county = c(text, "Aabenraa County", Label::Place);
        assert_eq!(defined_label(text, &county), None);
    }

    #[test]
    fn a_place_and_a_team_nickname_after_it_are_one_team() {
        let text = "The Los Angeles Dodgers beat the Mets, and the Florida Keys flooded.";
        let found = found(text);
        assert!(
            found.contains(&("Los Angeles Dodgers", Label::Org)),
            "{found:?}"
        );
        assert!(found.contains(&("Florida Keys", Label::Place)), "{found:?}");
    }

    #[test]
    fn what_has_a_spokesperson_or_owns_a_person_is_an_organisation() {
        let text = "Meta's rules changed. A spokesperson for Meta said it would comply. \
                    Toyota and Honda will invest. Honda's Toshihiro Mibe said so.";
        let found = found(text);
        assert!(!found
            .iter()
            .any(|f| f.1 == Label::Person && ["Meta", "Honda"].contains(&f.0)));
        assert!(found.contains(&("Meta", Label::Org)), "{found:?}");
        assert!(found.contains(&("Honda", Label::Org)), "{found:?}");
        // A person's person stays a person when the text gives the full name.
        let text = "Donald Trump arrived. Trump's Mike Pompeo spoke.";
        let found = super::tests::found(text);
        assert!(found.contains(&("Trump", Label::Person)), "{found:?}");
    }

    #[test]
    fn a_surname_that_is_a_word_is_a_name_where_the_text_never_writes_it_in_lower_case() {
        let text = "The club signed Ben Player in May. Later that season Player scored twice.";
        let names = found(text);
        assert!(names.contains(&("Player", Label::Person)), "{names:?}");
        let text =
            "The club signed Ben Player in May. Later that season Player was the best player.";
        let names = found(text);
        assert!(!names.contains(&("Player", Label::Person)), "{names:?}");
    }

    #[test]
    fn an_organisation_of_two_things_is_one_name() {
        for (text, name) in [
            (
                "The Ministry of Agriculture and Fisheries said prices would rise.",
                "Ministry of Agriculture and Fisheries",
            ),
            (
                "The Organisation for Security and Cooperation in Europe will send monitors.",
                "Organisation for Security and Cooperation in Europe",
            ),
        ] {
            let names = found(text);
            assert!(names.contains(&(name, Label::Org)), "{names:?}");
        }
        // A listed place after the "and" is the next name of a list.
        let names = found("He worked for the Bank of England and London for years.");
        assert!(names.contains(&("London", Label::Place)), "{names:?}");
    }

    #[test]
    fn a_lone_given_name_that_things_happen_in_is_a_place() {
        let text = "She was director of an institute for peace studies in Geneva for ten years. \
                    The institute trains mediators from many countries, and its courses are \
                    taught in English and French. Last year it opened a second office in the \
                    same city, close to the lake, and hired twelve new staff. Jordan Peel, who \
                    leads the office, said demand had doubled. Peel met Jordan officials.";
        let names = found(text);
        assert!(names.contains(&("Geneva", Label::Place)), "{names:?}");
        // A word of a full person's name stays a person where it is one.
        assert!(!names.contains(&("Jordan Peel", Label::Place)), "{names:?}");
    }

    #[test]
    fn a_sentence_adverb_is_not_part_of_the_name_after_it() {
        let names = found("Meanwhile Samsung and TSMC announced new chip factories.");
        assert!(names.contains(&("Samsung", Label::Org)), "{names:?}");
    }

    #[test]
    fn a_listed_clubs_rival_is_a_club() {
        for text in [
            "In football, Borussia Dortmund beat Bayer Leverkusen 3-1 on Saturday.",
            "Bayer Leverkusen lost to Borussia Dortmund on Saturday.",
        ] {
            let found = found(text);
            assert!(
                found.contains(&("Bayer Leverkusen", Label::Org)),
                "{found:?}"
            );
        }
        // A listed place keeps its label.
        let found = found("Italy beat Borussia Dortmund 2-0 in a friendly.");
        assert!(found.contains(&("Italy", Label::Place)), "{found:?}");
    }

    #[test]
    fn the_names_of_one_list_take_the_label_most_of_them_have() {
        let text = "Wins for Essex, Derbyshire and Surrey, then Ann Lee and Bob.";
        let at = |word: &str, label: Label| Candidate {
            label,
            ..person_at(text.find(word).unwrap(), word)
        };
        let mut out = vec![
            at("Essex", Label::Person),
            at("Derbyshire", Label::Place),
            at("Surrey", Label::Place),
            at("Ann Lee", Label::Person),
            at("Bob", Label::Org),
        ];
        agree_in_lists(text, &mut out);
        let labels: Vec<_> = out.iter().map(|c| c.label.clone()).collect();
        // Two of three make a majority; one against one does not.
        let expected = [
            Label::Place,
            Label::Place,
            Label::Place,
            Label::Person,
            Label::Org,
        ];
        assert_eq!(labels, expected);
        // A listed place keeps its label.
        let text = "Smith, Jones and Paris";
        let mut out = vec![
            Candidate {
                label: Label::Person,
                ..person_at(0, "Smith")
            },
            person_at(7, "Jones"),
            Candidate {
                label: Label::Place,
                ..person_at(17, "Paris")
            },
        ];
        agree_in_lists(text, &mut out);
        assert_eq!(out[2].label, Label::Place);
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
            "Zyxwvut spoke. {filler}Qwertzy Brown met Qwertzy. Mmmbop came. Mmmbop left. Maria sang. \
             President Plixto will go."
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
            person("Plixto", 0),
        ];
        let mut out = people.to_vec();
        drop_lone_unknown_people(&text, &mut out);
        let kept: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(
            kept,
            [
                "Qwertzy Brown",
                "Qwertzy",
                "Mmmbop",
                "Mmmbop",
                "Maria",
                "Plixto"
            ]
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
        // A listed place that is also a given name is the place there, unless a full name holds it.
        let text = "Kenya grew. Herds graze in southern Kenya. Michael Jordan played in Jordan.";
        let mut out: Vec<Candidate> = text
            .match_indices("Kenya")
            .map(|(start, _)| person_at(start, "Kenya"))
            .collect();
        out.push(person_at(text.find("Michael").unwrap(), "Michael Jordan"));
        out.push(person_at(text.rfind("Jordan").unwrap(), "Jordan"));
        crate::recognize::sort_by_span(&mut out);
        relabel_located_people(text, &mut out);
        let labels: Vec<(&str, Label)> = out
            .iter()
            .map(|c| (&text[c.start..c.end], c.label.clone()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Kenya", Label::Place),
                ("Kenya", Label::Place),
                ("Michael Jordan", Label::Person),
                ("Jordan", Label::Person),
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
