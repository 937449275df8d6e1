//! Whole texts read as a careful reader would: every person, organisation and place of the
//! demo's samples and of a news article nobody tuned for, with the right label and nothing else.

use std::collections::BTreeSet;

use textlens::{AnalyzeOptions, Analyzer};

/// The distinct (label, text) pairs of the PERSON, ORG and PLACE mentions of `text`.
fn names(text: &str) -> BTreeSet<(String, String)> {
    let analysis = Analyzer::new()
        .analyze(text, &AnalyzeOptions::default())
        .expect("analysis");
    analysis
        .mentions
        .iter()
        .filter(|m| matches!(m.label.as_str(), "PERSON" | "ORG" | "PLACE"))
        .map(|m| (m.label.to_string(), m.text.clone()))
        .collect()
}

fn expected(people: &[&str], orgs: &[&str], places: &[&str]) -> BTreeSet<(String, String)> {
    let tagged = |label: &str, list: &[&str]| -> Vec<(String, String)> {
        list.iter()
            .map(|t| (label.to_string(), t.to_string()))
            .collect()
    };
    tagged("PERSON", people)
        .into_iter()
        .chain(tagged("ORG", orgs))
        .chain(tagged("PLACE", places))
        .collect()
}

fn assert_same(found: &BTreeSet<(String, String)>, want: &BTreeSet<(String, String)>) {
    let missing: Vec<_> = want.difference(found).collect();
    let extra: Vec<_> = found.difference(want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
}

#[test]
fn the_short_demo_sample_is_read_right() {
    let text = include_str!("../www/samples/sample.txt");
    assert_same(
        &names(text),
        &expected(
            &["Helen Okafor", "Okafor", "Samuel Reyes"],
            &["Waterfront Library"],
            &["Port Elliot"],
        ),
    );
}

#[test]
fn the_demo_article_is_read_right() {
    let text = include_str!("../www/samples/article.txt");
    let found = names(text);
    assert_same(
        &found,
        &expected(
            &[
                "Helen Okafor",
                "Okafor",
                "Samuel Reyes",
                "James Whitfield",
                "Maria Santos",
            ],
            &[
                "Waterfront Library",
                "Atelier Marés",
                "Harbour Trust",
                "European Union",
                "Green Party",
                "Anchor Café",
                "Arup",
            ],
            &["Port Elliot", "Lisbon"],
        ),
    );
}

/// Sentences of a news article about a Kim–Putin summit (`../shared/samples/news-kim-putin.txt`),
/// each with the names in it.
#[test]
fn names_in_a_news_article_nobody_tuned_for() {
    for (sentence, people, orgs, places) in [
        (
            "\"Though Russia and China are friendly countries, they are still rivals\", said Park \
             Won-gon, a professor of worldwide politics at Handong Global University.",
            &["Park Won-gon"][..],
            &["Handong Global University"][..],
            &["Russia", "China"][..],
        ),
        (
            "The Kremlin did not provide details on the exact date or location of the meeting, but \
             Russian, South Korean and Japanese media earlier reported it would be in Russia's Far \
             East.",
            &[],
            &["Kremlin"],
            &["Russia", "Far East"],
        ),
        (
            "Putin is expected to attend an global forum on China's Belt and Road Initiative to be \
             held in Beijing on April 25-27.",
            &["Putin"],
            &[],
            &["China", "Beijing"],
        ),
        (
            "Kono said Friday's meeting came at a critical time, noting that Japanese Prime \
             Minister Shinzo Abe will travel to meet Trump next week and that Trump will soon \
             visit Japan.",
            &["Kono", "Shinzo Abe", "Trump"],
            &[],
            &["Japan"],
        ),
        (
            "KCNA said that Kwon, who heads US affairs, said the Vietnam meeting showed that talks \
             could go wrong when Pompeo takes part. The group may be part of the security detail \
             for Kim's visit, his first to Russian Federation since taking power.",
            &["Kwon", "Pompeo", "Kim"],
            &["KCNA"],
            &["US", "Vietnam", "Russian Federation"],
        ),
    ] {
        assert_same(&names(sentence), &expected(people, orgs, places));
    }
}

/// The whole article, where the machine has it (it is not part of the repository).
#[test]
fn the_whole_news_article_is_read_right() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/samples/news-kim-putin.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is not on this machine");
        return;
    };
    assert_same(
        &names(&text),
        &expected(
            &[
                "Kim",
                "Kim Il Sung",
                "Kim Jong Un",
                "Kim Jong-un",
                "Kono",
                "Kwon",
                "Moon Sung-muk",
                "Park Won-gon",
                "Pompeo",
                "Putin",
                "Shinzo Abe",
                "Trump",
                "Vladimir Putin",
            ],
            &[
                "ABC News",
                "Handong Global University",
                "KCNA",
                "KNCA",
                "Korea Research Institute for Strategy",
                "Kremlin",
                "UN Security Council",
            ],
            &[
                "Beijing",
                "China",
                "Far East",
                "Hanoi",
                "Japan",
                "Korean Peninsula",
                "North Korea",
                "Pyongyang",
                "Russia",
                "Russian Federation",
                "Soviet Union",
                "U.S",
                "US",
                "United States",
                "Vietnam",
                "Vladivostok",
                "Washington",
            ],
        ),
    );
}
