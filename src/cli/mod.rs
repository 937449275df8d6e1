//! Argument parsing and dispatch for the `textlens` command.

mod analyze;
mod eval;
mod redact;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use lexopt::ValueExt;

const USAGE: &str = "\
textlens — named entities and summary statistics for English text

Usage:
  textlens analyze FILE [--json] [--offsets utf8|utf16|codepoint] [--types LABEL,...]
                        [--keywords N] [--key-sentences N]
                        [--terms TERMS.json] [--pattern LABEL=REGEX]... [--ignore-case]
                        [--priority custom_first|longest]
  textlens eval GOLD.jsonl [--labels LABEL,...] [--predictions OUT.jsonl]
                        [--terms TERMS.json] [--pattern LABEL=REGEX]... [--ignore-case]
                        [--priority custom_first|longest]
  textlens redact FILE [--labels LABEL,...] [--style placeholder|label|mask] [--mask CHAR]
                        [--mask-length N] [--json] [--offsets utf8|utf16|codepoint]
                        [--terms TERMS.json] [--pattern LABEL=REGEX]... [--ignore-case]
  textlens --help | --version

FILE is a path, or - for standard input.

Options:
  --json          print the whole analysis as JSON instead of a summary
  --offsets UNIT  offset unit in JSON output (default: codepoint)
  --types LIST    only report these labels, e.g. PERSON,PLACE,DATE
  --keywords N    how many keywords to report (default 10)
  --key-sentences N  how many key sentences to report (default 3)
  --terms FILE    find these terms as whole words: a JSON object {\"LABEL\": [\"term\", ...]}
  --pattern L=RE  label the matches of regular expression RE as L (repeatable)
  --ignore-case   match terms regardless of ASCII letter case
  --priority P    custom_first (default: user terms and patterns win overlaps) or longest

redact prints FILE with the chosen labels replaced (default PERSON,EMAIL,PHONE,IP_ADDRESS,
CREDIT_CARD,IBAN): placeholder \"[PERSON 1]\" per linked entity (default), label \"[PERSON]\", or
mask (one --mask character, default █, per character, or --mask-length of them); --json prints
{text, replacements: [{start, end, redacted_start, redacted_end, original, replacement, label,
entity}]} with --offsets units (default codepoint), the map that restores the original.

eval scores what analyze reports (every label: names, patterns, the given terms and patterns)
against gold JSONL (one {id, text, entities: [{start, end, label}]} a line, code-point offsets)
with strict matching and prints per-label and micro P/R/F1; --labels restricts scoring and
predictions, --predictions writes them as JSONL.
";

/// A command-line failure: a message for standard error and the exit code.
#[derive(Debug)]
pub struct Failure {
    message: String,
    code: u8,
}

impl Failure {
    /// Wrong usage: exit code 2.
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }

    /// The input or the analysis failed: exit code 1.
    pub fn runtime(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }
}

impl From<lexopt::Error> for Failure {
    fn from(err: lexopt::Error) -> Self {
        Failure::usage(err.to_string())
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut stdout = std::io::stdout().lock();
    match run(args, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let _ = stdout.flush();
            eprintln!("textlens: {}", failure.message);
            if failure.code == 2 {
                eprintln!("Try 'textlens --help'.");
            }
            ExitCode::from(failure.code)
        }
    }
}

fn run(args: Vec<OsString>, out: &mut dyn Write) -> Result<(), Failure> {
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next()? {
        Some(lexopt::Arg::Long("help")) | Some(lexopt::Arg::Short('h')) | None => {
            return write_all(out, USAGE);
        }
        Some(lexopt::Arg::Long("version")) => {
            return write_all(out, &format!("textlens {}\n", env!("CARGO_PKG_VERSION")));
        }
        Some(lexopt::Arg::Value(command)) => command.string()?,
        Some(other) => return Err(other.unexpected().into()),
    };
    match command.as_str() {
        "analyze" => analyze::run(&mut parser, out),
        "eval" => eval::run(&mut parser, out),
        "redact" => redact::run(&mut parser, out),
        other => Err(Failure::usage(format!("unknown command {other:?}"))),
    }
}

/// Writes `value` as pretty JSON and a newline.
fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> Result<(), Failure> {
    let mut body = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::runtime(format!("cannot encode JSON: {e}")))?;
    body.push('\n');
    write_all(out, &body)
}

/// Builds the analyser and checks that it can report every one of `labels` (a usage error names
/// the first it cannot).
fn build_for<'a>(
    builder: textlens::AnalyzerBuilder,
    labels: impl IntoIterator<Item = &'a textlens::Label>,
) -> Result<textlens::Analyzer, Failure> {
    let analyzer = builder.build().map_err(|e| Failure::usage(e.to_string()))?;
    let known = analyzer.labels();
    if let Some(unknown) = labels.into_iter().find(|l| !known.contains(l)) {
        return Err(Failure::usage(
            textlens::Error::UnknownLabel(unknown.to_string()).to_string(),
        ));
    }
    Ok(analyzer)
}

fn write_all(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    out.write_all(text.as_bytes())
        .map_err(|err| Failure::runtime(format!("cannot write output: {err}")))
}

/// Reads a whole file as UTF-8, or standard input for `-`.
pub fn read_input(path: &str) -> Result<String, Failure> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|err| Failure::runtime(format!("cannot read standard input: {err}")))?;
        buf
    } else {
        std::fs::read(path).map_err(|err| Failure::runtime(format!("cannot read {path}: {err}")))?
    };
    String::from_utf8(bytes).map_err(|err| {
        Failure::runtime(format!(
            "{path} is not UTF-8 text (invalid byte at offset {})",
            err.utf8_error().valid_up_to()
        ))
    })
}
