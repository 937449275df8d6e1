//! `textlens analyze FILE`: a readable summary, or the whole analysis as JSON.

use std::io::Write;

use textlens::{
    resolve::Priority, Analysis, AnalyzeOptions, Analyzer, AnalyzerBuilder, Label, OffsetUnit,
};

use super::{build_for, read_input, write_all, write_json, Failure};

/// Parses the arguments after `analyze` and prints the result to `out`.
pub fn run(parser: &mut lexopt::Parser, out: &mut dyn Write) -> Result<(), Failure> {
    use lexopt::prelude::*;

    let mut path: Option<String> = None;
    let mut json = false;
    let mut builder = Analyzer::builder();
    let mut options = AnalyzeOptions {
        offsets: OffsetUnit::Codepoint,
        ..Default::default()
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => json = true,
            Long("offsets") => {
                options.offsets = parser
                    .value()?
                    .string()?
                    .parse()
                    .map_err(|e: textlens::Error| Failure::usage(e.to_string()))?;
            }
            Long("types") => {
                let list = parser.value()?.string()?;
                let labels = list
                    .split(',')
                    .map(|name| Label::named(name.trim()))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| Failure::usage(e.to_string()))?;
                options.types = Some(labels);
            }
            Long("keywords") => options.keywords = count_value(parser, "--keywords")?,
            Long("key-sentences") => {
                options.key_sentences = count_value(parser, "--key-sentences")?;
            }
            Long(name) if is_analyzer_option(name) => {
                let name = name.to_string(); // `name` borrows `parser`, which reads the value
                builder = analyzer_option(&name, parser, builder)?;
            }
            Value(value) if path.is_none() => path = Some(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    let path =
        path.ok_or_else(|| Failure::usage("analyze needs a FILE (or - for standard input)"))?;
    let analyzer = build_for(builder, options.types.iter().flatten())?;
    let text = read_input(&path)?;
    let analysis = analyzer
        .analyze(&text, &options)
        .map_err(|e| Failure::runtime(e.to_string()))?;
    if json {
        write_json(out, &analysis)
    } else {
        write_all(out, &summary(&analysis))
    }
}

/// The options that configure the analyser itself, shared by `analyze` and `eval`.
const ANALYZER_OPTIONS: [&str; 4] = ["terms", "pattern", "ignore-case", "priority"];

/// Whether `--name` is one of the [`ANALYZER_OPTIONS`].
pub(super) fn is_analyzer_option(name: &str) -> bool {
    ANALYZER_OPTIONS.contains(&name)
}

/// Applies the analyser option `--name` (one of [`ANALYZER_OPTIONS`]), reading its value from
/// `parser`: user terms from a JSON file, a `LABEL=REGEX` pattern, case-insensitive terms, or the
/// overlap priority.
pub(super) fn analyzer_option(
    name: &str,
    parser: &mut lexopt::Parser,
    builder: AnalyzerBuilder,
) -> Result<AnalyzerBuilder, Failure> {
    use lexopt::ValueExt;
    Ok(match name {
        "terms" => {
            let file = parser.value()?.string()?;
            read_terms(&file)?
                .into_iter()
                .fold(builder, |b, (label, terms)| b.terms(&label, terms))
        }
        "pattern" => {
            let spec = parser.value()?.string()?;
            let (label, regex) = spec.split_once('=').ok_or_else(|| {
                Failure::usage(format!("--pattern needs LABEL=REGEX, got {spec:?}"))
            })?;
            builder.pattern(label, regex)
        }
        "ignore-case" => builder.case_insensitive_terms(true),
        "priority" => {
            let priority: Priority = parser
                .value()?
                .string()?
                .parse()
                .map_err(|e: textlens::Error| Failure::usage(e.to_string()))?;
            builder.priority(priority)
        }
        other => return Err(Failure::usage(format!("unknown analyser option --{other}"))),
    })
}

/// Reads a non-negative whole number for `option`.
fn count_value(parser: &mut lexopt::Parser, option: &str) -> Result<usize, Failure> {
    use lexopt::ValueExt;
    let value = parser.value()?.string()?;
    value
        .parse()
        .map_err(|_| Failure::usage(format!("{option} needs a whole number, got {value:?}")))
}

/// Reads a `--terms` file: a JSON object mapping each label to a list of strings.
fn read_terms(path: &str) -> Result<textlens::input::Terms, Failure> {
    let body = read_input(path)?;
    textlens::input::parse_terms(&body).map_err(|e| Failure::usage(format!("--terms {path}: {e}")))
}

/// A human-readable summary of an analysis.
fn summary(analysis: &Analysis) -> String {
    let s = &analysis.stats;
    let mut out = String::new();
    out.push_str(&format!(
        "{} characters ({} without spaces), {} words, {} sentences, {} paragraphs\n",
        s.characters, s.characters_no_spaces, s.words, s.sentences, s.paragraphs
    ));
    out.push_str(&format!(
        "{} syllables, {} unique words; reading time {:.0} s, speaking time {:.0} s\n",
        s.syllables, s.unique_words, s.reading_time_seconds, s.speaking_time_seconds
    ));
    out.push_str(&format!(
        "Readability: Flesch reading ease {:.1}, Flesch-Kincaid grade {:.1}, Gunning Fog {:.1}, \
         SMOG {:.1}, Coleman-Liau {:.1}, ARI {:.1}, Dale-Chall {:.1}\n",
        s.flesch_reading_ease,
        s.flesch_kincaid_grade,
        s.gunning_fog,
        s.smog_index,
        s.coleman_liau_index,
        s.automated_readability_index,
        s.dale_chall_score
    ));
    out.push_str(&format!(
        "Lexical diversity: type-token ratio {:.3}, MTLD {:.1}\n",
        s.type_token_ratio, s.mtld
    ));
    if !analysis.keywords.is_empty() {
        let terms: Vec<String> = analysis
            .keywords
            .iter()
            .map(|k| format!("{} ({})", k.text, k.count))
            .collect();
        out.push_str(&format!("Keywords: {}\n", terms.join(", ")));
    }
    if !analysis.key_sentences.is_empty() {
        out.push_str("Key sentences:\n");
        for sentence in &analysis.key_sentences {
            out.push_str(&format!("  - {}\n", sentence.text.replace('\n', " ")));
        }
    }
    if !analysis.quotes.is_empty() {
        out.push_str(&format!("Quotes ({}):\n", analysis.quotes.len()));
        for quote in &analysis.quotes {
            let speaker = quote
                .speaker
                .and_then(|id| analysis.entities.iter().find(|e| e.id == id))
                .map_or("(speaker not named)", |e| e.name.as_str());
            out.push_str(&format!(
                "  - {speaker}: {}\n",
                quote.text.replace('\n', " ")
            ));
        }
    }
    if analysis.entities.is_empty() {
        out.push_str("No entities found.\n");
        return out;
    }
    out.push_str(&format!("\nEntities ({}):\n", analysis.entities.len()));
    let width = analysis
        .entities
        .iter()
        .map(|e| e.label.as_str().len())
        .max()
        .unwrap_or(0);
    for entity in &analysis.entities {
        let times = if entity.mentions == 1 {
            String::new()
        } else {
            format!("  ×{}", entity.mentions)
        };
        out.push_str(&format!(
            "  {:width$}  {}{times}\n",
            entity.label.as_str(),
            entity.name
        ));
    }
    out
}
