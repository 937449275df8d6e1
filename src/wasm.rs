//! The WebAssembly bindings (compiled for `wasm32` only). They convert and nothing else:
//! JS values in → Rust options, Rust results → plain JS objects, Rust errors → thrown JS errors.
//!
//! Offsets default to UTF-16 code units here, the unit of `String.prototype.slice` and DOM `Range`.

use std::collections::BTreeMap;

use js_sys::{Array, JsString, Reflect};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::{AnalyzeOptions, Analyzer, Error, Label, OffsetUnit};

/// Per-call options as JS passes them.
#[derive(Deserialize, Default)]
struct JsAnalyzeOptions {
    types: Option<Vec<String>>,
    offsets: Option<String>,
    keywords: Option<f64>,
    key_sentences: Option<f64>,
}

/// `new Analyzer(config)` as JS passes it; unknown keys are refused by [`check_keys`].
#[derive(Deserialize, Default)]
struct JsAnalyzerConfig {
    terms: Option<BTreeMap<String, Vec<String>>>,
    patterns: Option<Vec<JsPattern>>,
    priority: Option<String>,
    case_insensitive_terms: Option<bool>,
}

/// One user pattern: `{ label, regex }`.
#[derive(Deserialize)]
struct JsPattern {
    label: String,
    regex: String,
}

/// Analyses `text` with the built-in recognisers. Throws `TypeError` for a non-string text and
/// `Error` naming the option for a bad option.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    run(&Analyzer::new(), "analyze", text, options)
}

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
        if !(config.is_undefined() || config.is_null() || config.is_object())
            || Array::is_array(&config)
        {
            return Err(type_error("new Analyzer: config must be an object"));
        }
        let raw: JsAnalyzerConfig = if config.is_undefined() || config.is_null() {
            JsAnalyzerConfig::default()
        } else {
            let call = "new Analyzer";
            check_keys(call, "config", &config, ANALYZER_CONFIG_KEYS)?;
            let patterns = Reflect::get(&config, &"patterns".into())?;
            if Array::is_array(&patterns) {
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
                }
            }
            serde_wasm_bindgen::from_value(config)
                .map_err(|e| js_sys::Error::new(&format!("new Analyzer: invalid config: {e}")))?
        };
        let mut builder = Analyzer::builder();
        for (label, terms) in raw.terms.unwrap_or_default() {
            builder = builder.terms(&label, terms);
        }
        for pattern in raw.patterns.unwrap_or_default() {
            builder = builder.pattern(&pattern.label, &pattern.regex);
        }
        if let Some(priority) = raw.priority {
            builder = builder.priority(priority.parse().map_err(to_js_error)?);
        }
        if let Some(yes) = raw.case_insensitive_terms {
            builder = builder.case_insensitive_terms(yes);
        }
        let inner = builder.build().map_err(to_js_error)?;
        Ok(JsAnalyzer { inner })
    }

    /// Analyses `text` with this analyser's configuration.
    pub fn analyze(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        run(&self.inner, "Analyzer.analyze", text, options)
    }

    /// Every label this analyser can report.
    pub fn labels(&self) -> Vec<String> {
        self.inner.labels().iter().map(|l| l.to_string()).collect()
    }
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
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = serde::Serialize::serialize(&analysis, &serializer)
        .map_err(|e| js_sys::Error::new(&format!("{call}: cannot convert the result: {e}")))?;
    if !js_text.is_valid_utf16() {
        restore_lone_surrogates(&value, js_text)?;
    }
    Ok(value)
}

fn parse_options(call: &str, options: JsValue) -> Result<AnalyzeOptions, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(AnalyzeOptions {
            offsets: OffsetUnit::Utf16,
            ..Default::default()
        });
    }
    if !options.is_object() || Array::is_array(&options) {
        return Err(type_error(&format!(
            "{call}: argument \"options\" must be an object"
        )));
    }
    check_keys(call, "options", &options, ANALYZE_OPTION_KEYS)?;
    let raw: JsAnalyzeOptions = serde_wasm_bindgen::from_value(options)
        .map_err(|e| js_sys::Error::new(&format!("{call}: invalid options: {e}")))?;
    let offsets = match raw.offsets {
        Some(unit) => unit.parse().map_err(to_js_error)?,
        None => OffsetUnit::Utf16,
    };
    let types = raw
        .types
        .map(|names| {
            names
                .iter()
                .map(|n| Label::named(n))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
        .map_err(to_js_error)?;
    let defaults = AnalyzeOptions::default();
    Ok(AnalyzeOptions {
        types,
        offsets,
        keywords: count_option("keywords", raw.keywords, defaults.keywords)?,
        key_sentences: count_option("key_sentences", raw.key_sentences, defaults.key_sentences)?,
    })
}

/// A count option: a whole number from 0 up, or the default when absent.
fn count_option(option: &str, value: Option<f64>, default: usize) -> Result<usize, JsValue> {
    match value {
        None => Ok(default),
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64 => Ok(n as usize),
        Some(n) => Err(to_js_error(Error::InvalidOption {
            option: option.into(),
            reason: format!("{n} is not a whole number from 0 up"),
        })),
    }
}

/// Rust saw each lone surrogate as U+FFFD (one UTF-16 unit, like the surrogate), so offsets are right
/// but mention and key-sentence texts are not: take them from the original JS string instead.
fn restore_lone_surrogates(value: &JsValue, text: &JsString) -> Result<(), JsValue> {
    restore_texts(value, text, "mentions")?;
    restore_texts(value, text, "key_sentences")
}

fn restore_texts(value: &JsValue, text: &JsString, key: &str) -> Result<(), JsValue> {
    let mentions: Array = Reflect::get(value, &key.into())?.dyn_into()?;
    for mention in mentions.iter() {
        let start = Reflect::get(&mention, &"start".into())?
            .as_f64()
            .unwrap_or(0.0) as u32;
        let end = Reflect::get(&mention, &"end".into())?
            .as_f64()
            .unwrap_or(0.0) as u32;
        Reflect::set(&mention, &"text".into(), &text.slice(start, end))?;
    }
    Ok(())
}

/// The keys `new Analyzer` accepts in its config; any other key is refused.
const ANALYZER_CONFIG_KEYS: &[&str] = &["terms", "patterns", "priority", "case_insensitive_terms"];

/// The keys `analyze` accepts in its options; any other key is refused.
const ANALYZE_OPTION_KEYS: &[&str] = &["types", "offsets"];

/// Refuses an object with keys outside `allowed`, naming the first unknown key.
/// (serde-wasm-bindgen ignores unknown keys, so a typo would otherwise pass silently.)
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
