//! MONEY: a currency symbol or ISO 4217 code before a number ("$5", "€2.5 billion", "US$3.7 million",
//! "USD 10,000", "£12m", "$85k"), or a currency word or code after it ("5 million dollars", "20 euros",
//! "ten dollars", "50 cents", "200 EUR"); ranges joined by a dash ("$120-150 million", "$30-$40").
//!
//! Refused: "$HOME" and other `$` not followed by a digit, "pounds" without "sterling" (a weight as
//! often as a currency), and currency words without a number ("the dollar fell").
//!
//! Values: `{amount, currency}` or `{from, to, currency}`; "$" is read as USD, "¥" as JPY.

use regex::{Captures, Regex};

use super::number::{parse_words, scale_power, scaled, DIGITS, WORDS};
use super::{candidate, char_before};
use crate::analysis::Value;
use crate::label::Label;
use crate::recognize::Candidate;

const CODES: &str =
    "USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|NZD|HKD|SGD|INR|KRW|RUB|BRL|MXN|ZAR|SEK|NOK|DKK|PLN|TRY";

fn scale(name: &str) -> String {
    format!(
        concat!(
            // " million"
            r"(?P<{name}>\s(?:thousand|million|billion|trillion)(?-u:\b)",
            // "5k", "3.7bn"
            r"|(?:k|K|m|M|mn|bn|BN|b|B|tn)(?-u:\b))",
        ),
        name = name,
    )
}

/// This family's regexes, for compiling them ahead of a stepped analysis.
pub(super) const REGEXES: &[fn() -> &'static Regex] = &[prefixed, suffixed, currency_word];

/// "$5", "US$3.7 million", "EUR 50,000", "$120-150 million".
fn prefixed() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                // The currency: "US$", "$", "€", "EUR "
                r"(?P<cur>US\$|CA?\$|AU?\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|₽",
                r"|(?-u:\b)(?:{CODES})\s?)",
                // The amount: "5", "3.7 million"
                r"(?P<a>{DIGITS}){sa}?",
                // The end of a range: "-150 million", " – $20"
                r"(?:\s?[-–]\s?(?:\$|€|£|¥)?(?P<b>{DIGITS}){sb}?)?(?-u:\b)",
            ),
            CODES = CODES,
            DIGITS = DIGITS,
            sa = scale("sa"),
            sb = scale("sb"),
        )
    })
}

/// "5 million dollars", "ten dollars", "20 euros", "200 EUR", "1,000 pounds sterling".
fn suffixed() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                // The amount: "5", "ten", "5-10", "5 million"
                r"(?i)(?-u:\b)(?P<a>{DIGITS}|{WORDS})(?:\s?[-–]\s?(?P<b>{DIGITS}))?",
                r"(?P<sa>\s(?:thousand|million|billion|trillion))?\s(?P<cur>",
                // "US dollars", "Hong Kong dollars"
                r"(?:US|U\.S\.|Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand)\s+dollars?",
                // "dollars", "euros", "pounds sterling", "Swiss francs"
                r"|dollars?|bucks|euros?|(?:British\s+)?pounds\s+sterling|yen|yuan|renminbi|rupees?",
                r"|(?:Swiss\s+)?francs|cents?",
                // A code, in capitals: "EUR"
                r"|(?-i:{CODES}))(?-u:\b)",
            ),
            CODES = CODES,
            DIGITS = DIGITS,
            WORDS = WORDS,
        )
    })
}

/// The word every match of [`suffixed`] ends with, lowercase: "dollars", "euro", "sterling",
/// "cents", a code ("eur"). A text without one has no such match, and is not searched with
/// `suffixed` (whose case-insensitive parts make it the slowest pattern but one to compile).
fn currency_word() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                r"(?-u:\b)(?:dollars?|bucks|euros?|sterling|yen|yuan|renminbi|rupees?|francs|cents?",
                r"|{codes})(?-u:\b)",
            ),
            codes = CODES.to_ascii_lowercase(),
        )
    })
}

/// Finds MONEY candidates; `lower` is `text` lowercased (see [`super::ascii_lowercase`]).
pub(super) fn find(text: &str, lower: &str, out: &mut Vec<Candidate>) {
    for caps in prefixed().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        if char_before(text, m.start()).is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(value) = prefixed_value(&caps) {
            out.push(candidate(m.start(), m.end(), Label::Money, Some(value)));
        }
    }
    find_words(text, lower, out);
}

/// Finds MONEY written with a currency word after the number (the only kind without digits), if
/// `lower` (`text` lowercased) has one of the words such a mention ends with.
pub(super) fn find_words(text: &str, lower: &str, out: &mut Vec<Candidate>) {
    if !currency_word().is_match(lower) {
        return;
    }
    for caps in suffixed().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        if !super::number::left_boundary_ok(text, m.start()) {
            continue;
        }
        if let Some(value) = suffixed_value(&caps) {
            out.push(candidate(m.start(), m.end(), Label::Money, Some(value)));
        }
    }
}

fn power_of(caps: &Captures, name: &str) -> Option<u32> {
    match caps.name(name) {
        Some(s) => scale_power(s.as_str().trim()),
        None => Some(0),
    }
}

fn prefixed_value(caps: &Captures) -> Option<Value> {
    let currency = symbol_currency(caps.name("cur")?.as_str().trim())?;
    let pb = power_of(caps, "sb")?;
    let pa = match caps.name("sa") {
        Some(_) => power_of(caps, "sa")?,
        None => pb,
    };
    let from = scaled(caps.name("a")?.as_str(), pa)?;
    Some(match caps.name("b") {
        Some(b) => Value::MoneyRange {
            from,
            to: scaled(b.as_str(), pb)?,
            currency: currency.to_string(),
        },
        None => Value::Money {
            amount: from,
            currency: currency.to_string(),
        },
    })
}

fn suffixed_value(caps: &Captures) -> Option<Value> {
    let cur = caps.name("cur")?.as_str();
    let (currency, cents) = word_currency(cur)?;
    let power = power_of(caps, "sa")?;
    let amount = |s: &str| -> Option<f64> {
        let value = if s.bytes().any(|b| b.is_ascii_digit()) {
            scaled(s, power)?
        } else {
            let (len, v) = parse_words(s)?;
            if len != s.len() {
                return None;
            }
            v as f64 * 10f64.powi(power as i32)
        };
        Some(if cents { value / 100.0 } else { value })
    };
    let from = amount(caps.name("a")?.as_str())?;
    Some(match caps.name("b") {
        Some(b) => Value::MoneyRange {
            from,
            to: amount(b.as_str())?,
            currency: currency.to_string(),
        },
        None => Value::Money {
            amount: from,
            currency: currency.to_string(),
        },
    })
}

fn symbol_currency(symbol: &str) -> Option<&str> {
    Some(match symbol {
        "$" | "US$" => "USD",
        "C$" | "CA$" => "CAD",
        "A$" | "AU$" => "AUD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        code if code.len() == 3 && CODES.split('|').any(|c| c == code) => code,
        _ => return None,
    })
}

/// The ISO code of a currency word, and whether the word is a hundredth ("cents").
fn word_currency(word: &str) -> Option<(&str, bool)> {
    let lower = word.to_ascii_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let code = match lower.as_str() {
        "cent" | "cents" => return Some(("USD", true)),
        w if w.starts_with("canadian") => "CAD",
        w if w.starts_with("australian") => "AUD",
        w if w.starts_with("hong kong") => "HKD",
        w if w.starts_with("singapore") => "SGD",
        w if w.starts_with("new zealand") => "NZD",
        w if w.contains("dollar") || w == "bucks" => "USD",
        "euro" | "euros" => "EUR",
        w if w.contains("pounds") => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" | "rupees" => "INR",
        w if w.contains("franc") => "CHF",
        _ => return CODES.split('|').find(|c| *c == word).map(|c| (c, false)),
    };
    Some((code, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(text: &str) -> Vec<(String, Option<String>)> {
        super::super::resolved_spans(|t, o| find(t, &super::super::ascii_lowercase(t), o), text)
    }

    /// What lets a text skip `suffixed` is in every match of it.
    #[test]
    fn every_suffixed_match_has_a_currency_word() {
        let text = "5 million dollars, ten US  dollars, 3 Hong Kong dollars, 20 Euros, 7 bucks, \
            1,000 British pounds\u{a0}sterling, 9 yen, 4 yuan, 2 renminbi, 6 Rupees, 8 Swiss francs, \
            fifty cents, 200 EUR, 3-4 CHF, 12 thousand NOK";
        let matches: Vec<&str> = suffixed().find_iter(text).map(|m| m.as_str()).collect();
        assert_eq!(matches.len(), 15, "{matches:?}");
        for m in matches {
            assert!(currency_word().is_match(&m.to_ascii_lowercase()), "{m}");
        }
        assert!(!currency_word().is_match("5 percent, recently, a centre, usda, yens"));
    }

    #[test]
    fn symbols_codes_words_scales_and_ranges() {
        assert_eq!(
            money("$81.4 billion, US$3.7 million, EUR 50,000, $120-150 million, 5 million dollars, fifty cents"),
            [
                ("$81.4 billion".into(), Some("81400000000 USD".into())),
                ("US$3.7 million".into(), Some("3700000 USD".into())),
                ("EUR 50,000".into(), Some("50000 EUR".into())),
                ("$120-150 million".into(), Some("120000000..150000000 USD".into())),
                ("5 million dollars".into(), Some("5000000 USD".into())),
                ("fifty cents".into(), Some("0.5 USD".into())),
            ]
        );
    }

    #[test]
    fn shell_variables_and_weights_are_not_money() {
        for text in ["echo $HOME", "lost 10 pounds", "the dollar fell"] {
            assert_eq!(money(text), [], "{text}");
        }
    }
}
