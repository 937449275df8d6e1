//! The pipeline: text → segment → recognise → resolve → link → stats → [`Analysis`].

use std::collections::BTreeSet;

use crate::analysis::{Analysis, Mention};
use crate::error::Error;
use crate::label::Label;
use crate::offsets::{OffsetMapper, OffsetUnit};
use crate::recognize::{names, patterns, Candidate};
use crate::resolve::{resolve, Priority};
use crate::{link, stats};

/// The largest text accepted in one call, in UTF-8 bytes (256 MiB).
pub const MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// Options for one call to [`Analyzer::analyze`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AnalyzeOptions {
    /// Only report mentions with these labels; `None` reports every label.
    pub types: Option<Vec<Label>>,
    /// The unit of every offset in the result.
    pub offsets: OffsetUnit,
}

/// A configured analyser. Build it once, analyse many texts with it.
///
/// ```
/// use textlens::{Analyzer, AnalyzeOptions, Label};
/// let analyzer = Analyzer::new();
/// let text = "Mail me: ann@example.org.";
/// let analysis = analyzer.analyze(text, &AnalyzeOptions::default()).unwrap();
/// let m = &analysis.mentions[0];
/// assert_eq!((m.label.clone(), &text[m.start..m.end]), (Label::Email, "ann@example.org"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    priority: Priority,
}

/// Builds an [`Analyzer`].
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    priority: Priority,
}

impl AnalyzerBuilder {
    /// Sets how overlaps between user-defined and built-in mentions are resolved.
    pub fn priority(mut self, priority: Priority) -> Self {
        self.priority = priority;
        self
    }

    /// Checks the configuration and builds the analyser.
    pub fn build(self) -> Result<Analyzer, Error> {
        Ok(Analyzer {
            priority: self.priority,
        })
    }
}

impl Analyzer {
    /// An analyser with the built-in recognisers only.
    pub fn new() -> Self {
        Analyzer::default()
    }

    /// Starts configuring an analyser.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Every label this analyser can report.
    pub fn labels(&self) -> BTreeSet<Label> {
        Label::BUILT_IN.into_iter().collect()
    }

    /// Analyses `text`.
    ///
    /// Fails only on bad options (an unknown label in `types`) or input over [`MAX_INPUT_BYTES`].
    pub fn analyze(&self, text: &str, options: &AnalyzeOptions) -> Result<Analysis, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::InputTooLarge {
                len: text.len(),
                max: MAX_INPUT_BYTES,
            });
        }
        let wanted = self.check_types(options.types.as_deref())?;

        let mut candidates: Vec<Candidate> = patterns::find(text);
        if wanted.as_ref().is_none_or(|w| w.iter().any(Label::is_name)) {
            candidates.extend(names::find(text));
        }
        let candidates: Vec<Candidate> = candidates
            .into_iter()
            .filter(|c| wanted.as_ref().is_none_or(|w| w.contains(&c.label)))
            .collect();
        let mut mentions: Vec<Mention> = resolve(candidates, self.priority)
            .into_iter()
            .map(|c| Mention {
                text: text[c.start..c.end].to_string(),
                start: c.start,
                end: c.end,
                label: c.label,
                entity: 0,
                value: c.value,
            })
            .collect();
        let entities = link::link(&mut mentions);
        let stats = stats::compute(text);

        let mut mapper = OffsetMapper::new(text, options.offsets);
        for mention in &mut mentions {
            mention.start = mapper.convert(mention.start);
            mention.end = mapper.convert(mention.end);
        }
        Ok(Analysis {
            stats,
            mentions,
            entities,
        })
    }

    fn check_types(&self, types: Option<&[Label]>) -> Result<Option<BTreeSet<Label>>, Error> {
        let Some(types) = types else { return Ok(None) };
        let known = self.labels();
        match types.iter().find(|label| !known.contains(label)) {
            Some(unknown) => Err(Error::UnknownLabel(unknown.to_string())),
            None => Ok(Some(types.iter().cloned().collect())),
        }
    }
}

/// Analyses `text` with the default analyser and options (UTF-8 byte offsets).
///
/// ```
/// let analysis = textlens::analyze("See https://example.org. Bye.");
/// assert_eq!(analysis.mentions[0].text, "https://example.org");
/// assert_eq!(analysis.stats.sentences, 2);
/// ```
///
/// # Panics
///
/// Never for input up to [`MAX_INPUT_BYTES`]; larger input is reported by [`Analyzer::analyze`]
/// and makes this function return an analysis of nothing.
pub fn analyze(text: &str) -> Analysis {
    Analyzer::new()
        .analyze(text, &AnalyzeOptions::default())
        .unwrap_or_else(|_| Analysis {
            stats: stats::compute(""),
            mentions: Vec::new(),
            entities: Vec::new(),
        })
}
