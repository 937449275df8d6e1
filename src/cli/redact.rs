//! `textlens redact FILE`: the text with personal data replaced, or the redaction as JSON.

use std::io::Write;

use textlens::{Analyzer, Label, OffsetUnit, RedactOptions, RedactStyle};

use super::analyze::{analyzer_option, is_analyzer_option};
use super::{build_for, read_input, write_all, write_json, Failure};

/// Parses the arguments after `redact` and prints the redacted text (or JSON) to `out`.
pub fn run(parser: &mut lexopt::Parser, out: &mut dyn Write) -> Result<(), Failure> {
    use lexopt::prelude::*;

    let mut path: Option<String> = None;
    let mut json = false;
    let mut builder = Analyzer::builder();
    let mut options = RedactOptions {
        offsets: OffsetUnit::Codepoint,
        ..Default::default()
    };
    let mut style = "placeholder".to_string();
    let mut mask: Option<char> = None;
    let mut mask_length: Option<usize> = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => json = true,
            Long("labels") => {
                let list = parser.value()?.string()?;
                options.labels = list
                    .split(',')
                    .filter(|name| !name.trim().is_empty())
                    .map(|name| Label::named(name.trim()))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| Failure::usage(e.to_string()))?;
            }
            Long("style") => style = parser.value()?.string()?,
            Long("mask") => {
                let value = parser.value()?.string()?;
                let mut chars = value.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => mask = Some(c),
                    _ => {
                        return Err(Failure::usage(format!(
                            "--mask needs one character, got {value:?}"
                        )))
                    }
                }
            }
            Long("mask-length") => {
                let value = parser.value()?.string()?;
                mask_length = Some(value.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                    Failure::usage(format!(
                        "--mask-length needs a whole number from 1, got {value:?}"
                    ))
                })?);
            }
            Long("offsets") => {
                options.offsets = parser
                    .value()?
                    .string()?
                    .parse()
                    .map_err(|e: textlens::Error| Failure::usage(e.to_string()))?;
            }
            Long(name) if is_analyzer_option(name) => {
                let name = name.to_string();
                builder = analyzer_option(&name, parser, builder)?;
            }
            Value(value) if path.is_none() => path = Some(value.string()?),
            other => return Err(other.unexpected().into()),
        }
    }
    options.style = style
        .parse()
        .map_err(|e: textlens::Error| Failure::usage(e.to_string()))?;
    match &mut options.style {
        RedactStyle::Mask { symbol, length } => {
            *symbol = mask.unwrap_or(*symbol);
            *length = mask_length;
        }
        _ if mask.is_some() || mask_length.is_some() => {
            return Err(Failure::usage("--mask and --mask-length need --style mask"));
        }
        _ => {}
    }
    let path =
        path.ok_or_else(|| Failure::usage("redact needs a FILE (or - for standard input)"))?;
    let analyzer = build_for(builder, options.labels.iter())?;
    if options.labels.contains(&Label::Misc) {
        return Err(Failure::usage("--labels: MISC is never reported"));
    }
    let text = read_input(&path)?;
    let redaction = analyzer
        .redact(&text, &options)
        .map_err(|e| Failure::runtime(e.to_string()))?;
    if json {
        write_json(out, &redaction)
    } else {
        write_all(out, &redaction.text)
    }
}
