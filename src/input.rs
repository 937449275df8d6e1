//! Readers of the command line's JSON inputs (native only): a user-terms file and the lines of a
//! gold-annotation JSONL file. They live in the library, not the `textlens` binary, so that the
//! fuzz targets (`fuzz/`) exercise the same code the command line runs.

use std::collections::BTreeMap;

use crate::error::Error;

/// A user-terms file parsed: each label with its terms, as given (labels and terms are checked by
/// [`crate::AnalyzerBuilder::build`]).
pub type Terms = BTreeMap<String, Vec<String>>;

/// Parses the body of a `--terms` file: a JSON object mapping each label to a list of strings.
///
/// ```
/// let terms = textlens::input::parse_terms(r#"{"PRODUCT": ["galaxy s24"]}"#).unwrap();
/// assert_eq!(terms["PRODUCT"], ["galaxy s24"]);
/// let err = textlens::input::parse_terms(r#"["galaxy s24"]"#).unwrap_err();
/// assert!(err.to_string().contains("expected a JSON object"));
/// ```
pub fn parse_terms(body: &str) -> Result<Terms, Error> {
    serde_json::from_str(body).map_err(|e| Error::InvalidOption {
        option: "terms".into(),
        reason: format!("expected a JSON object {{\"LABEL\": [\"term\", ...]}}: {e}"),
    })
}

/// One entity span of a gold record: start, end (code points), label.
pub type GoldSpan = (usize, usize, String);

/// One line of a gold JSONL file: `{"id": ..., "text": "...", "entities": [{start, end, label}]}`.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldRecord {
    /// The record's `id`, any JSON value (`null` when absent), copied into predictions.
    pub id: serde_json::Value,
    /// The text to analyse.
    pub text: String,
    /// The gold spans; entities without a whole-number `start`, `end` or a string `label` are
    /// skipped.
    pub entities: Vec<GoldSpan>,
}

/// Parses one non-blank line of a gold JSONL file.
///
/// ```
/// let line = r#"{"id": 7, "text": "Ann left.", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}"#;
/// let record = textlens::input::parse_gold_line(line).unwrap();
/// assert_eq!(record.entities, [(0, 3, "PERSON".to_string())]);
/// assert!(textlens::input::parse_gold_line(r#"{"id": 7}"#).is_err());
/// ```
pub fn parse_gold_line(line: &str) -> Result<GoldRecord, Error> {
    let bad = |reason: String| Error::InvalidInput {
        what: "gold record",
        reason,
    };
    let mut record: serde_json::Value =
        serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
    let text = match record.get_mut("text").map(serde_json::Value::take) {
        Some(serde_json::Value::String(text)) => text,
        _ => return Err(bad("no \"text\" string".into())),
    };
    let entities = record["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            Some((
                usize::try_from(e["start"].as_u64()?).ok()?,
                usize::try_from(e["end"].as_u64()?).ok()?,
                e["label"].as_str()?.to_string(),
            ))
        })
        .collect();
    Ok(GoldRecord {
        id: record
            .get_mut("id")
            .map_or(serde_json::Value::Null, serde_json::Value::take),
        text,
        entities,
    })
}
