//! The WebAssembly bindings (compiled for `wasm32` only). They convert and nothing else:
//! JS values in → Rust options, Rust results → plain JS objects, Rust errors → thrown JS errors.
//!
//! Offsets default to UTF-16 code units here, the unit of `String.prototype.slice` and DOM `Range`.

use std::collections::BTreeMap;

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::stats::Stats;
use crate::{
    Analysis, AnalysisSteps, AnalyzeOptions, Analyzer, Document, Entity, Error, KeySentence,
    Keyword, Label, Mention, OffsetUnit, RedactOptions, RedactStyle, Value,
};

// Options and config are read from the JS objects by hand rather than through serde: serde's
// deserialisers and their error messages (which format floats) cost about 10 KB gzip of wasm
// (bench/README.md, "Decisions that still stand").

/// `object[key]`, or `None` when it is `undefined` or `null` (an absent option).
fn field(object: &JsValue, key: &str) -> Result<Option<JsValue>, JsValue> {
    let value = Reflect::get(object, &JsValue::from_str(key))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// The error for a value of the wrong shape at `path` in a call's options or config.
fn invalid(call: &str, what: &str, path: &str, expected: &str) -> JsValue {
    js_sys::Error::new(&format!(
        "{call}: invalid {what}: {path} must be {expected}"
    ))
    .into()
}

/// A JS string, or the error saying `path` must be one.
fn string_at(value: &JsValue, call: &str, what: &str, path: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| invalid(call, what, path, "a string"))
}

/// A JS array of strings, or the error saying `path` must be one.
fn strings_at(value: &JsValue, call: &str, what: &str, path: &str) -> Result<Vec<String>, JsValue> {
    if !Array::is_array(value) {
        return Err(invalid(call, what, path, "an array of strings"));
    }
    Array::from(value)
        .iter()
        .enumerate()
        .map(|(i, item)| string_at(&item, call, what, &format!("{path}[{i}]")))
        .collect()
}

/// Whether `value` is a plain object (not `null`, not an array).
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value)
}

/// Analyses `text` with the built-in recognisers. Throws `TypeError` for a non-string text and
/// `Error` naming the option for a bad option.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    run(&Analyzer::new(), "analyze", text, options)
}

/// Replaces personal data (or the chosen labels) in `text`, with UTF-16 offsets by default; returns
/// the redaction packed for `unpackRedaction` in pkg/lib/api.js: `fields` (a `Uint32Array`: start,
/// end, redacted start, redacted end, label index, entity id per replacement), `labels` and the
/// `replacements` strings; and, for other units than UTF-16, `text` and the `originals` (JS slices
/// them from its own string otherwise, exact around lone surrogates). Built by hand: serde's struct
/// serialisation costs wasm size.
#[wasm_bindgen(js_name = redact)]
pub fn redact_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    redact_with(&Analyzer::new(), "redact", text, options)
}

fn redact_with(
    analyzer: &Analyzer,
    call: &str,
    text: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text_of(call, "text", &text)?;
    let options = parse_redact_options(call, options)?;
    let redaction = analyzer.redact(&text, &options).map_err(to_js_error)?;
    let mut labels: Vec<&str> = Vec::new();
    let mut fields = Vec::with_capacity(redaction.replacements.len() * 6);
    let replacements = Array::new();
    let originals = Array::new();
    for r in &redaction.replacements {
        let name = r.label.as_str();
        let label = labels.iter().position(|&l| l == name).unwrap_or_else(|| {
            labels.push(name);
            labels.len() - 1
        });
        fields.extend(
            [
                r.start,
                r.end,
                r.redacted_start,
                r.redacted_end,
                label,
                r.entity,
            ]
            .map(|n| n as u32),
        );
        replacements.push(&JsValue::from_str(&r.replacement));
        originals.push(&JsValue::from_str(&r.original));
    }
    let out = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&out, &key.into(), value).map(|_| ());
    set(
        "fields",
        &js_sys::Uint32Array::from(fields.as_slice()).into(),
    )?;
    set(
        "labels",
        &labels
            .iter()
            .map(|l| JsValue::from_str(l))
            .collect::<Array>()
            .into(),
    )?;
    set("replacements", &replacements.into())?;
    if options.offsets != OffsetUnit::Utf16 {
        set("text", &JsValue::from_str(&redaction.text))?;
        set("originals", &originals.into())?;
    }
    Ok(out.into())
}

fn parse_redact_options(call: &str, options: JsValue) -> Result<RedactOptions, JsValue> {
    let mut out = RedactOptions {
        offsets: OffsetUnit::Utf16,
        ..Default::default()
    };
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !is_plain_object(&options) {
        return Err(type_error(&format!(
            "{call}: argument \"options\" must be an object"
        )));
    }
    let what = "options";
    check_keys(call, what, &options, REDACT_OPTION_KEYS)?;
    if let Some(names) = field(&options, "labels")? {
        out.labels = strings_at(&names, call, what, "labels")?
            .iter()
            .map(|n| Label::named(n))
            .collect::<Result<Vec<_>, _>>()
            .map_err(to_js_error)?;
    }
    if let Some(style) = field(&options, "style")? {
        out.style = string_at(&style, call, what, "style")?
            .parse()
            .map_err(to_js_error)?;
    }
    if let Some(unit) = field(&options, "offsets")? {
        out.offsets = string_at(&unit, call, what, "offsets")?
            .parse()
            .map_err(to_js_error)?;
    }
    let mask = match field(&options, "mask")? {
        Some(mask) => {
            let mask = string_at(&mask, call, what, "mask")?;
            let mut chars = mask.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => return Err(invalid(call, what, "mask", "one character")),
            }
        }
        None => None,
    };
    let length = match field(&options, "mask_length")? {
        Some(n) => {
            let n = n
                .as_f64()
                .ok_or_else(|| invalid(call, what, "mask_length", "a number"))?;
            Some(whole_number("mask_length", n)?)
        }
        None => None,
    };
    match &mut out.style {
        RedactStyle::Mask { symbol, length: l } => {
            *symbol = mask.unwrap_or(*symbol);
            *l = length;
        }
        _ if mask.is_some() || length.is_some() => {
            return Err(js_sys::Error::new(&format!(
                "{call}: invalid options: mask and mask_length need style \"mask\""
            ))
            .into());
        }
        _ => {}
    }
    Ok(out)
}

/// The keys `redact` accepts in its options (the names of [`crate::REDACT_OPTIONS`]).
const REDACT_OPTION_KEYS: &[&str] = &{
    let o = crate::REDACT_OPTIONS;
    [o[0].0, o[1].0, o[2].0, o[3].0, o[4].0]
};

/// A configured analyser; call `free()` when done (a `FinalizationRegistry` frees it otherwise).
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// Builds an analyser. `config` is optional:
    /// `{ terms?: {LABEL: string[]}, patterns?: {label, regex}[], priority?: "custom_first" | "longest",
    /// case_insensitive_terms?: boolean }`.
    #[wasm_bindgen(constructor)]
    pub fn new(config: JsValue) -> Result<JsAnalyzer, JsValue> {
        if !(config.is_undefined() || config.is_null() || is_plain_object(&config)) {
            return Err(type_error("new Analyzer: config must be an object"));
        }
        let mut builder = Analyzer::builder();
        if !(config.is_undefined() || config.is_null()) {
            let call = "new Analyzer";
            let what = "config";
            check_keys(call, what, &config, ANALYZER_CONFIG_KEYS)?;
            if let Some(terms) = field(&config, "terms")? {
                if !is_plain_object(&terms) {
                    return Err(invalid(call, what, "terms", "an object {LABEL: string[]}"));
                }
                // Sorted by label, as the builder has always received them.
                let mut by_label = BTreeMap::new();
                for entry in Object::entries(terms.unchecked_ref::<Object>()).iter() {
                    let entry = Array::from(&entry);
                    let label = string_at(&entry.get(0), call, what, "terms")?;
                    let list = strings_at(&entry.get(1), call, what, &format!("terms.{label}"))?;
                    by_label.insert(label, list);
                }
                for (label, terms) in by_label {
                    builder = builder.terms(&label, terms);
                }
            }
            if let Some(patterns) = field(&config, "patterns")? {
                if !Array::is_array(&patterns) {
                    return Err(invalid(
                        call,
                        what,
                        "patterns",
                        "an array of {label, regex}",
                    ));
                }
                for (i, pattern) in Array::from(&patterns).iter().enumerate() {
                    if !pattern.is_object() {
                        return Err(type_error(&format!(
                            "{call}: patterns[{i}] must be an object {{label, regex}}"
                        )));
                    }
                    check_keys(
                        call,
                        &format!("patterns[{i}]"),
                        &pattern,
                        &["label", "regex"],
                    )?;
                    let get = |key: &str| -> Result<String, JsValue> {
                        let path = format!("patterns[{i}].{key}");
                        let value = field(&pattern, key)?
                            .ok_or_else(|| invalid(call, what, &path, "a string"))?;
                        string_at(&value, call, what, &path)
                    };
                    builder = builder.pattern(&get("label")?, &get("regex")?);
                }
            }
            if let Some(priority) = field(&config, "priority")? {
                let priority = string_at(&priority, call, what, "priority")?;
                builder = builder.priority(priority.parse().map_err(to_js_error)?);
            }
            if let Some(yes) = field(&config, "case_insensitive_terms")? {
                let yes = yes
                    .as_bool()
                    .ok_or_else(|| invalid(call, what, "case_insensitive_terms", "a boolean"))?;
                builder = builder.case_insensitive_terms(yes);
            }
        }
        let inner = builder.build().map_err(to_js_error)?;
        Ok(JsAnalyzer { inner })
    }

    /// Analyses `text` with this analyser's configuration.
    pub fn analyze(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        run(&self.inner, "Analyzer.analyze", text, options)
    }

    /// Redacts `text` with this analyser's configuration (its custom labels can be redacted too).
    pub fn redact(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        redact_with(&self.inner, "Analyzer.redact", text, options)
    }

    /// Every label this analyser can report.
    pub fn labels(&self) -> Vec<String> {
        self.inner.labels().iter().map(|l| l.to_string()).collect()
    }

    /// Starts an empty document analysed with this analyser and `options` (those of `analyze`).
    pub fn document(&self, options: JsValue) -> Result<JsDocument, JsValue> {
        let options = parse_options("Analyzer.document", options)?;
        let inner = self.inner.document(&options).map_err(to_js_error)?;
        Ok(JsDocument { inner })
    }
}

/// A text fed piece by piece whose analysis equals one `analyze` over the whole (see
/// [`Document`]); pkg/lib/api.js wraps it as `TextDocument`.
#[wasm_bindgen(js_name = TextDocument)]
pub struct JsDocument {
    inner: Document,
}

#[wasm_bindgen(js_class = TextDocument)]
impl JsDocument {
    /// Appends `piece` and returns the packed mentions of the paragraphs it finished.
    pub fn feed(&mut self, piece: JsValue) -> Result<JsValue, JsValue> {
        let piece = text_of("TextDocument.feed", "piece", &piece)?;
        let mentions = self.inner.feed(&piece).map_err(to_js_error)?;
        let packed = PackedAnalysis::of_mentions(&mentions, self.inner.options().offsets);
        to_js(&packed, "TextDocument.feed")
    }

    /// Appends `piece` without recognising anything yet.
    pub fn append(&mut self, piece: JsValue) -> Result<(), JsValue> {
        let piece = text_of("TextDocument.append", "piece", &piece)?;
        self.inner.append(&piece).map_err(to_js_error)
    }

    /// The packed analysis of the whole text so far.
    pub fn analysis(&self) -> Result<JsValue, JsValue> {
        let analysis = self.inner.analysis().map_err(to_js_error)?;
        to_js(
            &PackedAnalysis::new(&analysis, self.inner.options().offsets),
            "TextDocument.analysis",
        )
    }

    /// The analysis of the whole text so far, in bounded steps (see [`AnalysisSteps`]).
    #[wasm_bindgen(js_name = analysisSteps)]
    pub fn analysis_steps(&self) -> JsAnalysisSteps {
        JsAnalysisSteps {
            inner: Some(self.inner.analysis_steps()),
            offsets: self.inner.options().offsets,
        }
    }
}

/// A document's analysis run a bounded amount of work at a time; pkg/lib/api.js wraps it.
#[wasm_bindgen(js_name = AnalysisSteps)]
pub struct JsAnalysisSteps {
    inner: Option<AnalysisSteps>,
    offsets: OffsetUnit,
}

#[wasm_bindgen(js_class = AnalysisSteps)]
impl JsAnalysisSteps {
    /// Does about `units` units of work; true once the analysis is complete.
    pub fn step(&mut self, units: u32) -> Result<bool, JsValue> {
        let steps = self.inner.as_mut().ok_or_else(finished)?;
        Ok(steps.step(units as usize))
    }

    /// The packed analysis (what is left of it runs now); callable once.
    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let steps = self.inner.take().ok_or_else(finished)?;
        let analysis = steps.finish().map_err(to_js_error)?;
        to_js(
            &PackedAnalysis::new(&analysis, self.offsets),
            "AnalysisSteps.finish",
        )
    }
}

fn finished() -> JsValue {
    js_sys::Error::new("AnalysisSteps: this analysis has already been finished").into()
}

/// The string a JS value holds, or the `TypeError` naming `argument`.
fn text_of(call: &str, argument: &str, value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        type_error(&format!(
            "{call}: argument \"{argument}\" must be a string, got {}",
            value.js_typeof().as_string().unwrap_or_default()
        ))
    })
}

/// The packed analysis (or mentions) as a JS object, its `fields` set as a `Uint32Array`.
fn to_js(packed: &PackedAnalysis<'_>, call: &str) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = serde::Serialize::serialize(packed, &serializer)
        .map_err(|e| js_sys::Error::new(&format!("{call}: cannot convert the result: {e}")))?;
    let fields = js_sys::Uint32Array::from(packed.fields.as_slice());
    Reflect::set(&value, &"fields".into(), &fields)?;
    if !packed.quote_fields.is_empty() {
        let quotes = js_sys::Uint32Array::from(packed.quote_fields.as_slice());
        Reflect::set(&value, &"quote_fields".into(), &quotes)?;
    }
    Ok(value)
}

fn run(
    analyzer: &Analyzer,
    call: &str,
    text: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let Some(js_text) = text.dyn_ref::<JsString>() else {
        return Err(type_error(&format!(
            "{call}: argument \"text\" must be a string, got {}",
            text.js_typeof().as_string().unwrap_or_default()
        )));
    };
    let options = parse_options(call, options)?;
    let rust_text = String::from(js_text);
    let analysis = analyzer
        .analyze(&rust_text, &options)
        .map_err(to_js_error)?;
    let value = to_js(&PackedAnalysis::new(&analysis, options.offsets), call)?;
    // A lone surrogate reaches Rust as U+FFFD, so a text without U+FFFD had none; only otherwise is
    // the JS string checked (`is_valid_utf16` makes one JS call per code unit: ~5% of a call's time).
    // Mention texts are sliced from the JS string by pkg/lib/api.js, so they are exact already.
    if options.offsets == OffsetUnit::Utf16
        && rust_text.contains('\u{FFFD}')
        && !js_text.is_valid_utf16()
    {
        restore_texts(&value, js_text, "key_sentences")?;
    }
    Ok(value)
}

/// The analysis as the bindings hand it to `unpack` in pkg/lib/api.js: everything through serde but the
/// mentions, which go as one `Uint32Array` (`fields`: start, end, label index, entity id per mention).
/// Setting five properties per mention through the glue took 8% of a whole analysis of 2 MB of prose
/// (bench/README.md); JS builds the same objects in one loop, slicing each text from the input string.
#[derive(serde::Serialize)]
struct PackedAnalysis<'a> {
    /// The document-level results; absent for the mentions alone (`TextDocument.feed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    stats: Option<&'a Stats>,
    entities: &'a [Entity],
    keywords: &'a [Keyword],
    key_sentences: &'a [KeySentence],
    /// The label names the mentions use; `fields` holds indices into it.
    labels: Vec<&'a str>,
    /// `[mention index, value]` for each mention that has a normalised value.
    values: Vec<(usize, &'a Value)>,
    /// Each mention's text, only when offsets are not UTF-16 (JS cannot slice its string with those).
    #[serde(skip_serializing_if = "Option::is_none")]
    texts: Option<Vec<&'a str>>,
    /// Start, end, label index and entity id of each mention, set on the result as a `Uint32Array`.
    /// Offsets and ids fit in `u32`: the core refuses texts over 256 MiB.
    #[serde(skip)]
    fields: Vec<u32>,
    /// Start, end and speaker id + 1 (0: none) of each quote, set as a `Uint32Array` (`quote_fields`);
    /// their texts, for other units than UTF-16, follow the mentions' in `texts`. Packed by hand like
    /// the mentions: serde's struct serialisation costs wasm size.
    #[serde(skip)]
    quote_fields: Vec<u32>,
}

impl<'a> PackedAnalysis<'a> {
    fn new(analysis: &'a Analysis, offsets: OffsetUnit) -> Self {
        let mut packed = PackedAnalysis {
            stats: Some(&analysis.stats),
            entities: &analysis.entities,
            keywords: &analysis.keywords,
            key_sentences: &analysis.key_sentences,
            ..Self::of_mentions(&analysis.mentions, offsets)
        };
        for q in &analysis.quotes {
            let speaker = q.speaker.map_or(0, |id| id + 1);
            packed
                .quote_fields
                .extend([q.start, q.end, speaker].map(|n| n as u32));
        }
        if let Some(texts) = &mut packed.texts {
            texts.extend(analysis.quotes.iter().map(|q| q.text.as_str()));
        }
        packed
    }

    fn of_mentions(mentions: &'a [Mention], offsets: OffsetUnit) -> Self {
        let mut labels: Vec<&str> = Vec::new();
        let mut fields = Vec::with_capacity(mentions.len() * 4);
        for m in mentions {
            let name = m.label.as_str();
            let label = labels.iter().position(|&l| l == name).unwrap_or_else(|| {
                labels.push(name);
                labels.len() - 1
            });
            fields.extend([m.start, m.end, label, m.entity].map(|n| n as u32));
        }
        let values = mentions.iter().enumerate();
        let values = values
            .filter_map(|(i, m)| Some((i, m.value.as_ref()?)))
            .collect();
        let texts = (offsets != OffsetUnit::Utf16)
            .then(|| mentions.iter().map(|m| m.text.as_str()).collect());
        PackedAnalysis {
            stats: None,
            entities: &[],
            keywords: &[],
            key_sentences: &[],
            labels,
            values,
            texts,
            fields,
            quote_fields: Vec::new(),
        }
    }
}

fn parse_options(call: &str, options: JsValue) -> Result<AnalyzeOptions, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(AnalyzeOptions {
            offsets: OffsetUnit::Utf16,
            ..Default::default()
        });
    }
    if !is_plain_object(&options) {
        return Err(type_error(&format!(
            "{call}: argument \"options\" must be an object"
        )));
    }
    let what = "options";
    check_keys(call, what, &options, ANALYZE_OPTION_KEYS)?;
    let offsets = match field(&options, "offsets")? {
        Some(unit) => string_at(&unit, call, what, "offsets")?
            .parse()
            .map_err(to_js_error)?,
        None => OffsetUnit::Utf16,
    };
    let types = match field(&options, "types")? {
        Some(names) => Some(
            strings_at(&names, call, what, "types")?
                .iter()
                .map(|n| Label::named(n))
                .collect::<Result<Vec<_>, _>>()
                .map_err(to_js_error)?,
        ),
        None => None,
    };
    let defaults = AnalyzeOptions::default();
    let count = |key: &str, default: usize| -> Result<usize, JsValue> {
        match field(&options, key)? {
            None => Ok(default),
            Some(value) => {
                let n = value
                    .as_f64()
                    .ok_or_else(|| invalid(call, what, key, "a number"))?;
                whole_number(key, n)
            }
        }
    };
    Ok(AnalyzeOptions {
        types,
        offsets,
        keywords: count("keywords", defaults.keywords)?,
        key_sentences: count("key_sentences", defaults.key_sentences)?,
    })
}

/// A count option: a whole number from 0 up.
fn whole_number(option: &str, n: f64) -> Result<usize, JsValue> {
    if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 {
        return Ok(n as usize);
    }
    // The number as JS writes it: formatting an f64 in Rust would link core's float printing.
    let shown = js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map_or_else(|_| "it".to_string(), String::from);
    Err(to_js_error(Error::InvalidOption {
        option: option.into(),
        reason: format!("{shown} is not a whole number from 0 up"),
    }))
}

/// Rust saw each lone surrogate as U+FFFD (one UTF-16 unit, like the surrogate), so UTF-16 offsets are
/// right but the texts in `value[key]` are not: take them from the original JS string instead.
fn restore_texts(value: &JsValue, text: &JsString, key: &str) -> Result<(), JsValue> {
    let items: Array = Reflect::get(value, &key.into())?.dyn_into()?;
    for item in items.iter() {
        let start = Reflect::get(&item, &"start".into())?
            .as_f64()
            .unwrap_or(0.0) as u32;
        let end = Reflect::get(&item, &"end".into())?.as_f64().unwrap_or(0.0) as u32;
        Reflect::set(&item, &"text".into(), &text.slice(start, end))?;
    }
    Ok(())
}

/// The keys `new Analyzer` accepts in its config; any other key is refused.
const ANALYZER_CONFIG_KEYS: &[&str] = &["terms", "patterns", "priority", "case_insensitive_terms"];

/// The keys `analyze` accepts in its options (the names of [`crate::ANALYZE_OPTIONS`]); any other
/// key is refused.
const ANALYZE_OPTION_KEYS: &[&str] = &{
    let o = crate::ANALYZE_OPTIONS;
    [o[0].0, o[1].0, o[2].0, o[3].0]
};

/// Refuses an object with keys outside `allowed`, naming the first unknown key.
/// (Reading only the known keys would otherwise let a typo pass silently.)
fn check_keys(call: &str, what: &str, object: &JsValue, allowed: &[&str]) -> Result<(), JsValue> {
    let keys = js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>());
    for key in keys.iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(js_sys::Error::new(&format!(
                "{call}: unknown option {key:?} in {what}; expected one of: {}",
                allowed.join(", ")
            ))
            .into());
        }
    }
    Ok(())
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

fn to_js_error(err: Error) -> JsValue {
    match err {
        Error::InputTooLarge { .. } => js_sys::RangeError::new(&err.to_string()).into(),
        other => js_sys::Error::new(&other.to_string()).into(),
    }
}

/// The wasm build's allocator: talc instead of Rust's default dlmalloc (bench/README.md, "Decisions").
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
