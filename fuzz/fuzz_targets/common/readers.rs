//! The command line's JSON readers ([`textlens::input`]), fed as the CLI feeds them: a `--terms`
//! file builds an analyser, which analyses a fixed text; each line of a gold JSONL file is read and
//! its text analysed in code points, as `textlens eval` does.
//!
//! Input: byte 0 picks the reader (even: terms file, odd: gold JSONL); the rest is the file.
use textlens::{input, AnalyzeOptions, Analyzer, OffsetUnit};

const TEXT: &str = "Ann Lee of Acme Corp. bought a galaxy s24 in Paris on 3 May 2024 for $5.";

/// Runs one input; panics on a finding.
pub fn run(data: &[u8]) {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    // The CLI refuses a file that is not UTF-8 before parsing it.
    let Ok(body) = std::str::from_utf8(rest) else {
        return;
    };
    let options = AnalyzeOptions {
        offsets: OffsetUnit::Codepoint,
        keywords: 0,
        key_sentences: 0,
        types: None,
    };
    if which % 2 == 0 {
        let Ok(terms) = input::parse_terms(body) else {
            return;
        };
        let builder = terms.iter().fold(Analyzer::builder(), |b, (label, terms)| {
            b.terms(label, terms.clone())
        });
        let Ok(analyzer) = builder.build() else {
            return;
        };
        let analysis = analyzer
            .analyze(TEXT, &options)
            .expect("a built analyser analyses");
        super::check(TEXT, OffsetUnit::Codepoint, &analysis);
    } else {
        let analyzer = Analyzer::new();
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            match input::parse_gold_line(line) {
                Ok(record) => {
                    let analysis = analyzer
                        .analyze(&record.text, &options)
                        .expect("gold text analyses");
                    super::check(&record.text, OffsetUnit::Codepoint, &analysis);
                }
                Err(e) => assert!(e.to_string().starts_with("invalid gold record: "), "{e}"),
            }
        }
    }
}
