//! The pipeline: text → segment → recognise → resolve → link → stats → [`Analysis`].

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::analysis::{Analysis, Entity, Mention};
use crate::error::Error;
use crate::label::Label;
use crate::offsets::{OffsetMapper, OffsetUnit};
use crate::recognize::custom::CustomRecognizer;
use crate::recognize::{names, patterns, Candidate};
use crate::resolve::{resolve, Priority};
use crate::steps::{run_now, Budget};
use crate::{link, quotes, stats};

/// The largest text accepted, in UTF-8 bytes (256 MiB): by one call, and by a [`crate::Document`]
/// in all. JavaScript exports the same limit under the same name (checked by `tests/contracts.rs`).
pub const MAX_TEXT_BYTES: usize = 256 * 1024 * 1024;

/// The options of one analysis as JavaScript, the READMEs and `pkg/index.d.ts` name them, with their
/// TypeScript types: the one list the bindings accept and the documents are checked against
/// (`tests/contracts.rs`). The fields of [`AnalyzeOptions`], in order.
pub const ANALYZE_OPTIONS: [(&str, &str); 4] = [
    ("types", "Label[]"),
    ("offsets", "OffsetUnit"),
    ("keywords", "number"),
    ("key_sentences", "number"),
];

/// Options for one call to [`Analyzer::analyze`].
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyzeOptions {
    /// Only report mentions with these labels; `None` reports every label, QUOTE included (the
    /// quotations in [`Analysis::quotes`]), and an empty list none (statistics only: no recogniser
    /// runs). Quote speakers are among the reported mentions: with QUOTE, ask for PERSON (and ORG,
    /// PLACE) too, or the quotes come without speakers.
    pub types: Option<Vec<Label>>,
    /// The unit of every offset in the result.
    pub offsets: OffsetUnit,
    /// How many keyphrases to report (default 10; 0 for none; at most 100 are reported).
    pub keywords: usize,
    /// How many key sentences to report (default 3; 0 for none).
    pub key_sentences: usize,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            types: None,
            offsets: OffsetUnit::default(),
            keywords: 10,
            key_sentences: 3,
        }
    }
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
    custom: Option<Arc<CustomRecognizer>>,
}

/// Builds an [`Analyzer`], with user terms and patterns if wanted.
///
/// ```
/// use textlens::{Analyzer, AnalyzeOptions, Label};
/// let analyzer = Analyzer::builder()
///     .terms("PRODUCT", ["Galaxy S24", "Pixel 8"])
///     .pattern("TICKER", r"\$[A-Z]{2,5}\b")
///     .case_insensitive_terms(true)
///     .build()
///     .unwrap();
/// let analysis = analyzer.analyze("The galaxy s24 lifted $SSNLF.", &AnalyzeOptions::default()).unwrap();
/// let found: Vec<_> = analysis.mentions.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect();
/// assert_eq!(found, [("galaxy s24", "PRODUCT"), ("$SSNLF", "TICKER")]);
/// assert!(analyzer.labels().contains(&Label::custom("TICKER").unwrap()));
/// ```
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    priority: Priority,
    terms: Vec<(String, String)>,
    patterns: Vec<(String, String)>,
    case_insensitive_terms: bool,
}

impl AnalyzerBuilder {
    /// Sets how overlaps between user-defined and built-in mentions are resolved
    /// (see [`crate::resolve`]; user terms and patterns win by default).
    pub fn priority(mut self, priority: Priority) -> Self {
        self.priority = priority;
        self
    }

    /// Adds one term to find as a whole word, with its label (a built-in or a new name).
    pub fn term(mut self, label: &str, term: impl Into<String>) -> Self {
        self.terms.push((label.to_string(), term.into()));
        self
    }

    /// Adds terms to find as whole words, all with the same label (a built-in or a new name).
    pub fn terms<I, T>(mut self, label: &str, terms: I) -> Self
    where
        I: IntoIterator<Item = T>,
        T: Into<String>,
    {
        self.terms
            .extend(terms.into_iter().map(|t| (label.to_string(), t.into())));
        self
    }

    /// Adds a regular expression (`regex` crate syntax) whose matches get `label`.
    pub fn pattern(mut self, label: &str, regex: &str) -> Self {
        self.patterns.push((label.to_string(), regex.to_string()));
        self
    }

    /// Whether terms match regardless of ASCII letter case (default: case-sensitive).
    pub fn case_insensitive_terms(mut self, yes: bool) -> Self {
        self.case_insensitive_terms = yes;
        self
    }

    /// Checks the configuration and builds the analyser.
    ///
    /// Fails on an invalid label name, an empty term, an invalid regex or one that can match the
    /// empty string; the error names the label and the pattern.
    pub fn build(self) -> Result<Analyzer, Error> {
        let custom = if self.terms.is_empty() && self.patterns.is_empty() {
            None
        } else {
            Some(Arc::new(CustomRecognizer::new(
                &self.terms,
                &self.patterns,
                self.case_insensitive_terms,
            )?))
        };
        Ok(Analyzer {
            priority: self.priority,
            custom,
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

    /// Every label this analyser can report: [`Label::REPORTED`] and those of its terms and patterns.
    pub fn labels(&self) -> BTreeSet<Label> {
        let mut labels = BTreeSet::new();
        for label in Label::REPORTED {
            labels.insert(label);
        }
        if let Some(custom) = &self.custom {
            labels.extend(custom.labels().cloned());
        }
        labels
    }

    /// Analyses `text`.
    ///
    /// Fails only on bad options (an unknown label in `types`, or `MISC`, which is never reported)
    /// or input over [`MAX_TEXT_BYTES`].
    pub fn analyze(&self, text: &str, options: &AnalyzeOptions) -> Result<Analysis, Error> {
        run_now(self.analyze_in_steps(text, options, &Budget::unlimited()))
    }

    /// [`Analyzer::analyze`], spending from `budget` as it goes (see [`crate::steps`]).
    pub(crate) async fn analyze_in_steps(
        &self,
        text: &str,
        options: &AnalyzeOptions,
        budget: &Budget,
    ) -> Result<Analysis, Error> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::InputTooLarge {
                len: text.len(),
                max: MAX_TEXT_BYTES,
            });
        }
        let wanted = self.check_types(options.types.as_deref())?;

        // Paragraphs and sentences are found once, for the name recogniser and the statistics.
        // Paragraphs are also where the pattern recognisers search.
        if budget.is_limited() {
            patterns::compile_in_steps(budget).await;
        }
        let paragraphs = crate::segment::paragraphs(text);
        let sentences = crate::segment::sentences_of_paragraphs(text, &paragraphs);
        budget.spend(text.len()).await;
        let (mut mentions, entities) = self
            .linked_mentions(text, &paragraphs, &sentences, wanted.as_ref(), budget)
            .await;
        // Quotes read the same paragraphs and linked mentions: no second pass of any recogniser.
        let mut quotes = if wanted.as_ref().is_none_or(|w| w.contains(&Label::Quote)) {
            quotes::find(text, &paragraphs, &mentions)
        } else {
            Vec::new()
        };
        budget.spend(text.len() / 8).await;
        let report = stats::report_with_segments(
            text,
            paragraphs.len(),
            sentences,
            stats::Cues {
                mentions: &mentions,
                entities: &entities,
            },
            options.keywords,
            options.key_sentences,
            budget,
        )
        .await;
        let mut key_sentences = report.key_sentences;

        // Both lists are sorted by start, so each conversion is one forward pass.
        let mut mapper = OffsetMapper::new(text, options.offsets);
        for mention in &mut mentions {
            (mention.start, mention.end) =
                (mapper.convert(mention.start), mapper.convert(mention.end));
        }
        if !quotes.is_empty() {
            let mut mapper = OffsetMapper::new(text, options.offsets);
            for quote in &mut quotes {
                (quote.start, quote.end) = (mapper.convert(quote.start), mapper.convert(quote.end));
            }
        }
        let mut mapper = OffsetMapper::new(text, options.offsets);
        for sentence in &mut key_sentences {
            (sentence.start, sentence.end) =
                (mapper.convert(sentence.start), mapper.convert(sentence.end));
        }
        Ok(Analysis {
            stats: report.stats,
            mentions,
            entities,
            quotes,
            keywords: report.keywords,
            key_sentences,
        })
    }

    /// The linked mentions of `types` (`None`: every label) in `text`, in UTF-8 byte offsets, and
    /// their entities: [`Analyzer::analyze`] without the statistics (for [`Analyzer::redact`]).
    pub(crate) fn mentions(
        &self,
        text: &str,
        types: Option<&[Label]>,
    ) -> Result<(Vec<Mention>, Vec<Entity>), Error> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::InputTooLarge {
                len: text.len(),
                max: MAX_TEXT_BYTES,
            });
        }
        let wanted = self.check_types(types)?;
        let paragraphs = crate::segment::paragraphs(text);
        let sentences = crate::segment::sentences_of_paragraphs(text, &paragraphs);
        Ok(run_now(self.linked_mentions(
            text,
            &paragraphs,
            &sentences,
            wanted.as_ref(),
            &Budget::unlimited(),
        )))
    }

    /// Recognise, resolve, keep the `wanted` labels, link: the mentions (byte offsets) and entities.
    async fn linked_mentions(
        &self,
        text: &str,
        paragraphs: &[std::ops::Range<usize>],
        sentences: &[std::ops::Range<usize>],
        wanted: Option<&BTreeSet<Label>>,
        budget: &Budget,
    ) -> (Vec<Mention>, Vec<Entity>) {
        let candidates = self
            .candidates(text, paragraphs, sentences, wanted, budget)
            .await;
        // Overlaps are resolved before filtering by type, so that asking for NUMBER does not turn
        // the "25" of "April 25" into a number.
        let mut mentions: Vec<Mention> = resolve(candidates, self.priority)
            .into_iter()
            .filter(|c| wanted.is_none_or(|w| w.contains(&c.label)))
            .map(|c| Mention {
                text: text[c.start..c.end].to_string(),
                start: c.start,
                end: c.end,
                label: c.label,
                entity: 0,
                value: c.value,
            })
            .collect();
        budget.spend(text.len() / 4).await;
        let entities = link::link(&mut mentions);
        budget.spend(text.len() / 4).await;
        (mentions, entities)
    }

    /// Every recogniser's candidates for the labels in `wanted` (`None`: all labels). An empty list
    /// runs no recogniser; when only address-like labels are wanted, neither the name recogniser
    /// nor the numeric pattern families run (see [`patterns::find_address_like`]).
    async fn candidates(
        &self,
        text: &str,
        paragraphs: &[std::ops::Range<usize>],
        sentences: &[std::ops::Range<usize>],
        wanted: Option<&BTreeSet<Label>>,
        budget: &Budget,
    ) -> Vec<Candidate> {
        let mut candidates = Vec::new();
        if wanted.is_some_and(BTreeSet::is_empty) {
            return candidates;
        }
        if wanted.is_some_and(|w| !w.iter().any(may_overlap_a_name)) {
            patterns::find_address_like_unsorted(text, &mut candidates);
            budget.spend(text.len()).await;
        } else {
            patterns::find_unsorted(text, paragraphs, &mut candidates, budget).await;
        }
        if let Some(custom) = &self.custom {
            candidates.extend(custom.find(text));
            budget.spend(text.len()).await;
        }
        if wanted.is_none_or(|w| w.iter().any(may_overlap_a_name)) {
            let names_from = candidates.len();
            candidates.extend(names::find_in_steps(text, sentences, budget).await);
            yield_to_personal_data(text, &mut candidates, names_from);
        }
        candidates
    }

    /// The set of labels `types` asks for (`None`: all), or the error naming one this analyser lacks.
    pub(crate) fn check_types(
        &self,
        types: Option<&[Label]>,
    ) -> Result<Option<BTreeSet<Label>>, Error> {
        let Some(types) = types else { return Ok(None) };
        if types.contains(&Label::Misc) {
            return Err(Error::InvalidOption {
                option: "types".into(),
                reason: "\"MISC\" is never reported (the name recogniser tags works and events \
                         internally only); ask for PERSON, ORG, PLACE or NORP"
                    .into(),
            });
        }
        let known = self.labels();
        match types.iter().find(|label| !known.contains(label)) {
            Some(unknown) => Err(Error::UnknownLabel(unknown.to_string())),
            // Inserted one by one: collecting into a set sorts through one more compiled copy of
            // the standard sort (see `crate::sort`).
            None => Ok(Some(types.iter().fold(
                BTreeSet::new(),
                |mut set, label| {
                    set.insert(label.clone());
                    set
                },
            ))),
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
/// Never for input up to [`MAX_TEXT_BYTES`]; larger input is reported by [`Analyzer::analyze`]
/// and makes this function return an analysis of nothing.
pub fn analyze(text: &str) -> Analysis {
    Analyzer::new()
        .analyze(text, &AnalyzeOptions::default())
        .unwrap_or_else(|_| Analysis {
            stats: stats::compute(""),
            mentions: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            keywords: Vec::new(),
            key_sentences: Vec::new(),
        })
}

/// Cuts the name candidates (those from `names_from` on) that overlap a personal-data candidate
/// (IP_ADDRESS, CREDIT_CARD, IBAN, POSTCODE): those are checked by a checksum or a strict format and
/// hold digits no name does, so the name ends before them ("London SW1A 2AA": PLACE "London" and
/// POSTCODE "SW1A 2AA", not PLACE "London SW1A"), or is dropped if nothing of it is left.
fn yield_to_personal_data(text: &str, candidates: &mut [Candidate], names_from: usize) {
    let personal: Vec<(usize, usize)> = candidates[..names_from]
        .iter()
        .filter(|c| {
            matches!(
                c.label,
                Label::IpAddress | Label::CreditCard | Label::Iban | Label::Postcode
            )
        })
        .map(|c| (c.start, c.end))
        .collect();
    if personal.is_empty() {
        return;
    }
    for c in &mut candidates[names_from..] {
        for &(start, end) in &personal {
            if c.start < end && start < c.end {
                if c.start < start {
                    c.end = c.start + text[c.start..start].trim_end().len();
                } else {
                    c.end = c.start; // empty: resolve drops it
                }
            }
        }
    }
}

/// Whether a mention with `label` can be affected by the name recogniser's candidates. Address-like
/// labels cannot: their spans hold `@`, `#`, `://` or digits that no name spans, and they are longer
/// than any name inside them, so the name recogniser is skipped when only these are asked for.
fn may_overlap_a_name(label: &Label) -> bool {
    !matches!(
        label,
        Label::Email | Label::Url | Label::Phone | Label::Hashtag | Label::Mention
    )
}
