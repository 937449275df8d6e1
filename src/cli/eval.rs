//! `textlens eval GOLD.jsonl [--labels L,...] [--predictions OUT.jsonl] [analyser options]`: scores
//! what `analyze` reports (every recogniser, and the user terms and patterns given with `--terms`,
//! `--pattern`, `--ignore-case`, `--priority`) against gold annotations (code-point offsets) with
//! strict matching (same start, end, label).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use textlens::{AnalyzeOptions, Analyzer, Label, OffsetUnit};

use super::{read_input, write_all, Failure};

/// One entity span: start, end (code points), label.
pub type Span = (usize, usize, String);

/// Counts of one label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Predicted spans that match a gold span exactly.
    pub correct: usize,
}

impl Counts {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.correct, self.predicted);
        let r = ratio(self.correct, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }

    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Strict scoring of documents: per-label counts (restricted to `labels` when given).
///
/// Each document is a pair (gold spans, predicted spans); a predicted span is correct when an
/// unmatched gold span has the same start, end and label (multiset intersection).
pub fn score(
    docs: &[(Vec<Span>, Vec<Span>)],
    labels: Option<&BTreeSet<String>>,
) -> BTreeMap<String, Counts> {
    let keep = |s: &&Span| labels.is_none_or(|l| l.contains(&s.2));
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for (gold, predicted) in docs {
        let mut remaining: HashMap<&Span, usize> = HashMap::new();
        for g in gold.iter().filter(keep) {
            *remaining.entry(g).or_default() += 1;
            out.entry(g.2.clone()).or_default().gold += 1;
        }
        for p in predicted.iter().filter(keep) {
            let counts = out.entry(p.2.clone()).or_default();
            counts.predicted += 1;
            if let Some(n) = remaining.get_mut(p).filter(|n| **n > 0) {
                *n -= 1;
                counts.correct += 1;
            }
        }
    }
    out
}

/// Micro-averaged counts over every label in `per_label`.
pub fn micro(per_label: &BTreeMap<String, Counts>) -> Counts {
    let mut total = Counts::default();
    for c in per_label.values() {
        total.add(*c);
    }
    total
}

/// Formats the score table.
pub fn table(per_label: &BTreeMap<String, Counts>) -> String {
    let mut out = format!(
        "{:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}\n",
        "label", "gold", "pred", "match", "P", "R", "F1"
    );
    let mut row = |name: &str, c: &Counts| {
        let (p, r, f) = c.prf();
        out.push_str(&format!(
            "{name:<8} {:>6} {:>6} {:>6} {p:>7.4} {r:>7.4} {f:>7.4}\n",
            c.gold, c.predicted, c.correct
        ));
    };
    for (label, c) in per_label {
        row(label, c);
    }
    row("micro", &micro(per_label));
    out
}

/// Parses the arguments after `eval`, scores every document and prints the table to `out`.
pub fn run(parser: &mut lexopt::Parser, out: &mut dyn Write) -> Result<(), Failure> {
    use lexopt::prelude::*;

    let mut gold_path: Option<String> = None;
    let mut labels: Option<BTreeSet<String>> = None;
    let mut predictions: Option<String> = None;
    let mut builder = Analyzer::builder();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("labels") => {
                let list = parser.value()?.string()?;
                let mut set = BTreeSet::new();
                for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    Label::named(name).map_err(|e| Failure::usage(format!("--labels: {e}")))?;
                    set.insert(name.to_string());
                }
                labels = Some(set);
            }
            Long("predictions") => predictions = Some(parser.value()?.string()?),
            Long(name) if super::analyze::is_analyzer_option(name) => {
                let name = name.to_string(); // `name` borrows `parser`, which reads the value
                builder = super::analyze::analyzer_option(&name, parser, builder)?;
            }
            Value(value) if gold_path.is_none() => gold_path = Some(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let gold_path = gold_path.ok_or_else(|| Failure::usage("eval needs a GOLD.jsonl file"))?;
    let body = read_input(&gold_path)?;
    let analyzer = builder.build().map_err(|e| Failure::usage(e.to_string()))?;
    // Scores what `analyze` reports, every recogniser running: a label that `--labels` names but
    // that the analyser cannot report (a typo, a custom label without its terms) is an error, not
    // a silent zero.
    let known = analyzer.labels();
    if let Some(unknown) = labels
        .iter()
        .flatten()
        .find(|l| Label::named(l).is_ok_and(|l| !known.contains(&l)))
    {
        return Err(Failure::usage(format!(
            "--labels: this analyser cannot report {unknown} (give its --terms or --pattern)"
        )));
    }
    let options = AnalyzeOptions {
        offsets: OffsetUnit::Codepoint,
        types: None,
        keywords: 0,
        key_sentences: 0,
    };
    let mut docs = Vec::new();
    let mut written = String::new();
    for (n, line) in body.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record = textlens::input::parse_gold_line(line)
            .map_err(|e| Failure::runtime(format!("{gold_path}:{}: {e}", n + 1)))?;
        let analysis = analyzer
            .analyze(&record.text, &options)
            .map_err(|e| Failure::runtime(e.to_string()))?;
        let predicted: Vec<Span> = analysis
            .mentions
            .iter()
            .filter(|m| labels.as_ref().is_none_or(|l| l.contains(m.label.as_str())))
            .map(|m| (m.start, m.end, m.label.to_string()))
            .collect();
        if predictions.is_some() {
            let entities: Vec<serde_json::Value> = analysis
                .mentions
                .iter()
                .filter(|m| labels.as_ref().is_none_or(|l| l.contains(m.label.as_str())))
                .map(|m| {
                    serde_json::json!({"start": m.start, "end": m.end,
                                       "label": m.label.as_str(), "text": m.text})
                })
                .collect();
            let line = serde_json::json!({"id": record.id, "entities": entities});
            written.push_str(&line.to_string());
            written.push('\n');
        }
        docs.push((record.entities, predicted));
    }
    if let Some(path) = predictions {
        std::fs::write(&path, written)
            .map_err(|e| Failure::runtime(format!("cannot write {path}: {e}")))?;
    }
    let per_label = score(&docs, labels.as_ref());
    write_all(
        out,
        &format!("{gold_path}: {} documents, strict match\n", docs.len()),
    )?;
    write_all(out, &table(&per_label))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: usize, end: usize, label: &str) -> Span {
        (start, end, label.to_string())
    }

    #[test]
    fn strict_scoring_on_a_hand_made_case() {
        // Gold: PERSON 0-5, PERSON 10-15, PLACE 20-26, ORG 30-33.
        // System: PERSON 0-5 (right), PERSON 10-14 (wrong end), ORG 20-26 (wrong label),
        //         ORG 30-33 (right), PLACE 40-45 (spurious), and a duplicate PERSON 0-5.
        let gold = vec![
            s(0, 5, "PERSON"),
            s(10, 15, "PERSON"),
            s(20, 26, "PLACE"),
            s(30, 33, "ORG"),
        ];
        let sys = vec![
            s(0, 5, "PERSON"),
            s(0, 5, "PERSON"),
            s(10, 14, "PERSON"),
            s(20, 26, "ORG"),
            s(30, 33, "ORG"),
            s(40, 45, "PLACE"),
        ];
        let per = score(&[(gold.clone(), sys.clone())], None);
        assert_eq!(
            per["PERSON"],
            Counts {
                gold: 2,
                predicted: 3,
                correct: 1
            }
        );
        assert_eq!(
            per["ORG"],
            Counts {
                gold: 1,
                predicted: 2,
                correct: 1
            }
        );
        assert_eq!(
            per["PLACE"],
            Counts {
                gold: 1,
                predicted: 1,
                correct: 0
            }
        );
        let m = micro(&per);
        assert_eq!(
            m,
            Counts {
                gold: 4,
                predicted: 6,
                correct: 2
            }
        );
        let (p, r, f) = m.prf();
        assert!((p - 2.0 / 6.0).abs() < 1e-12 && (r - 0.5).abs() < 1e-12);
        assert!((f - 0.4).abs() < 1e-12);

        let only: BTreeSet<String> = ["PERSON".to_string()].into();
        let per = score(&[(gold, sys)], Some(&only));
        assert_eq!(per.len(), 1);
        assert_eq!(per["PERSON"].prf().0, 1.0 / 3.0);
    }

    #[test]
    fn empty_input_scores_zero_without_dividing_by_zero() {
        let per = score(&[(vec![], vec![])], None);
        assert_eq!(micro(&per).prf(), (0.0, 0.0, 0.0));
        assert!(table(&per).contains("micro"));
    }
}
