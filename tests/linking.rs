//! Linking on documents written for the project: each `tests/data/linking/NAME.txt` has its
//! expected clusters in `NAME.json` (a list of clusters, each the texts of its mentions in order).
//! Every listed mention must be found, all mentions of one cluster must share one entity whose
//! mention count is the cluster's size, and different clusters must be different entities.

#![cfg(not(target_arch = "wasm32"))] // reads files from disk

use std::path::Path;

use textlens::{AnalyzeOptions, Analyzer, Label};

fn check(name: &str) -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/linking");
    let text =
        std::fs::read_to_string(dir.join(format!("{name}.txt"))).map_err(|e| e.to_string())?;
    let expected: Vec<Vec<String>> = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{name}.json"))).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let options = AnalyzeOptions {
        types: Some(vec![Label::Person, Label::Org, Label::Place, Label::Norp]),
        ..Default::default()
    };
    let analysis = Analyzer::new()
        .analyze(&text, &options)
        .map_err(|e| e.to_string())?;
    let mut ids = Vec::new();
    for cluster in &expected {
        let found: Vec<_> = analysis
            .mentions
            .iter()
            .filter(|m| cluster.contains(&m.text))
            .collect();
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        if texts != cluster.iter().map(String::as_str).collect::<Vec<_>>() {
            return Err(format!(
                "{name}: expected mentions {cluster:?}, found {texts:?}"
            ));
        }
        let id = found[0].entity;
        if found.iter().any(|m| m.entity != id) {
            return Err(format!(
                "{name}: {cluster:?} split across entities {found:?}"
            ));
        }
        let entity = &analysis.entities[id];
        if entity.mentions != cluster.len() {
            return Err(format!(
                "{name}: entity {entity:?} has other mentions than {cluster:?}"
            ));
        }
        if ids.contains(&id) {
            return Err(format!("{name}: {cluster:?} merged with another cluster"));
        }
        ids.push(id);
    }
    Ok(())
}

#[test]
fn documents_link_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/linking");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/data/linking exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".txt")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 10, "only {} documents", names.len());
    let failures: Vec<String> = names.iter().filter_map(|n| check(n).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_kim_putin_article_links_each_leader_once() {
    let text = include_str!("data/linking/01-summit.txt");
    let analysis = textlens::analyze(text);
    let people: Vec<_> = analysis
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .collect();
    assert_eq!(people.len(), 2, "{people:?}");
    assert_eq!(people[0].name, "Vladimir Putin");
    assert_eq!(people[0].mentions, 3);
}
