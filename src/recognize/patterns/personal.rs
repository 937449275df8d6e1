//! Personal data: IP_ADDRESS, CREDIT_CARD, IBAN and POSTCODE, each checked beyond its shape so that
//! order numbers, ISBNs, versions, phone numbers and dates are not taken for them.
//!
//! - IP_ADDRESS: IPv4 in dotted quads ("192.168.0.1", octets 0-255, no leading zeros) and IPv6 in
//!   every form the standard library parses ("2001:db8::1", "fe80::1ff:fe23:4567:890a", "::1",
//!   "::ffff:192.0.2.128"). Refused: "999.1.1.1", five or more dotted parts ("1.2.3.4.5"), a quad
//!   after a version or section word ("version 1.2.3.4", "v. 2.0.1.4", "section 4.2.1.3"), MAC
//!   addresses ("00:1A:2B:3C:4D:5E"), clock times ("10:30:15"), `::` paths ("std::io", "Foo::Bar").
//! - CREDIT_CARD: 13-19 digits, bare or in the usual groups joined by single spaces or dashes
//!   (4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4), with an issuer's prefix and length (Visa,
//!   Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir) and a valid Luhn check digit.
//!   Refused: ISBNs, IMEIs, order, invoice and tracking numbers (after such a word or `#`), mixed
//!   separators, numbers glued to more digits.
//! - IBAN: two capital letters of a country that uses IBANs, two check digits and the country's
//!   number of characters, compact or in groups of four split by single spaces, with the ISO 13616
//!   mod-97 check ("GB82 WEST 1234 5698 7654 32", "DE89370400440532013000").
//! - POSTCODE: UK postcodes in full with the space ("SW1A 1AA", "EC1A 1BB", "M1 1AE"), their area
//!   one of the 120-odd real ones; US ZIP+4 codes ("90210-1234"); a plain five-digit ZIP only right
//!   after a state ("Springfield, IL 62701", "Austin, Texas 78701"). With a state before it, a ZIP
//!   must start with that state's digit (the first digit of a ZIP is its region). Refused: ZIP+4
//!   shapes after "order", "part", "SKU", "invoice" and similar words or `#`, and inside longer
//!   dashed numbers.
//!
//! Each carries a normalised `value`: the IP address in its canonical form (IPv6 compressed, lower
//! case), the card's digits, the IBAN without spaces, the postcode as written.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use regex::Regex;

use super::{candidate, char_after, char_before, word_before};
use crate::analysis::Value;
use crate::label::Label;
use crate::recognize::Candidate;

/// Finds IP_ADDRESS, CREDIT_CARD, IBAN and POSTCODE candidates.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let has_digit = bytes.iter().any(u8::is_ascii_digit);
    if !has_digit {
        return;
    }
    if bytes.contains(&b'.') {
        ipv4(text, out);
    }
    if bytes.contains(&b':') {
        ipv6(text, out);
    }
    cards(text, out);
    ibans(text, out);
    uk_postcodes(text, out);
    zip_codes(text, out);
}

fn text_value(s: impl Into<String>) -> Option<Value> {
    Some(Value::Text(s.into()))
}

// ---------------------------------------------------------------------------------------------
// IP_ADDRESS

/// Words after which a dotted quad is a version or a section number, not an address.
const NOT_BEFORE_IP: &[&str] = &[
    "version",
    "ver",
    "v",
    "release",
    "rel",
    "build",
    "firmware",
    "rev",
    "revision",
    "update",
    "patch",
    "section",
    "sec",
    "chapter",
    "ch",
    "clause",
    "article",
    "paragraph",
    "para",
    "figure",
    "fig",
    "table",
    "step",
    "oid",
];

fn ipv4_regex() -> &'static Regex {
    lazy_regex!(|| r"(?-u:\b)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?-u:\b)".to_string())
}

fn ipv4(text: &str, out: &mut Vec<Candidate>) {
    for m in ipv4_regex().find_iter(text) {
        let (start, end) = (m.start(), m.end());
        // Part of a longer dotted run ("1.2.3.4.5", "10.0.0.1.2") or of a dashed one.
        let glued_before = char_before(text, start).is_some_and(|c| matches!(c, '.' | '-' | '_'));
        let glued_after = matches!(char_after(text, end), Some('.' | '-'))
            && char_after(text, end + 1).is_some_and(|c| c.is_ascii_alphanumeric());
        if glued_before || glued_after || after_word(text, start, NOT_BEFORE_IP) {
            continue;
        }
        let Ok(ip) = Ipv4Addr::from_str(m.as_str()) else {
            continue;
        };
        out.push(candidate(
            start,
            end,
            Label::IpAddress,
            text_value(ip.to_string()),
        ));
    }
}

fn ipv6_regex() -> &'static Regex {
    lazy_regex!(|| {
        r"(?:[0-9A-Fa-f]{1,4})?:(?:[0-9A-Fa-f]{0,4}:)+[0-9A-Fa-f]{0,4}(?:\.[0-9]{1,3}){0,3}"
            .to_string()
    })
}

fn ipv6(text: &str, out: &mut Vec<Candidate>) {
    for m in ipv6_regex().find_iter(text) {
        let start = m.start();
        let mut s = m.as_str();
        if char_before(text, start)
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '.' | '_' | '-'))
        {
            continue;
        }
        // A sentence's colon after the address ("at fe80::1: it"), but not a trailing "::".
        if s.ends_with(':') && !s.ends_with("::") {
            s = &s[..s.len() - 1];
        }
        let end = start + s.len();
        if char_after(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ':'))
            || !s.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        let Ok(ip) = Ipv6Addr::from_str(s) else {
            continue;
        };
        out.push(candidate(
            start,
            end,
            Label::IpAddress,
            text_value(ip.to_string()),
        ));
    }
}

/// Whether the word right before `start` (case-insensitive) is one of `words`.
fn after_word(text: &str, start: usize, words: &[&str]) -> bool {
    word_before(text, start).is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

// ---------------------------------------------------------------------------------------------
// CREDIT_CARD

/// Words after which a long number is an order, parcel or product number.
const NOT_BEFORE_NUMBER: &[&str] = &[
    "order",
    "invoice",
    "tracking",
    "isbn",
    "issn",
    "imei",
    "serial",
    "sku",
    "upc",
    "ean",
    "gtin",
    "ticket",
    "parcel",
    "shipment",
    "ref",
    "reference",
    "transaction",
    "txn",
    "part",
    "model",
    "policy",
    "claim",
    "case",
    "patent",
];

fn cards(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        // Digit groups joined by one separator each; `sep` is the first separator seen.
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut sep: Option<u8> = None;
        let mut j = i;
        loop {
            let g = j;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            groups.push((g, j));
            let next = bytes.get(j).copied();
            let digit_after = bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
            match next {
                Some(b @ (b' ' | b'-')) if digit_after && sep.is_none_or(|s| s == b) => {
                    sep = Some(b);
                    j += 1;
                }
                _ => break,
            }
        }
        i = j;
        let total: usize = groups.iter().map(|(a, b)| b - a).sum();
        if total < 13 || groups.len() > 8 {
            continue;
        }
        if let Some(end) = card_end(text, start, &groups, sep.is_some()) {
            let digits: String = text[start..end]
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(char::from)
                .collect();
            out.push(candidate(start, end, Label::CreditCard, text_value(digits)));
        }
    }
}

/// The end of the card number made by the groups from `start`, if a prefix of them is one.
fn card_end(text: &str, start: usize, groups: &[(usize, usize)], grouped: bool) -> Option<usize> {
    if char_before(text, start).is_some_and(|c| {
        c.is_alphanumeric()
            || matches!(c, '.' | ',' | '-' | '/' | '+' | '#' | '$' | '€' | '£' | '_')
    }) || after_word(text, start, NOT_BEFORE_NUMBER)
        || after_word(text, start, &["no", "number", "nr", "num"])
            && word_before(text, word_start_before(text, start))
                .is_some_and(|w| NOT_BEFORE_NUMBER.iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        return None;
    }
    let lens: Vec<usize> = groups.iter().map(|(a, b)| b - a).collect();
    // Bare digits: the whole run; grouped: the longest prefix of groups in a card layout (a card
    // may be followed by a year or an amount after one space).
    let counts: Vec<usize> = if grouped {
        (2..=lens.len()).rev().collect()
    } else {
        vec![1]
    };
    for k in counts {
        let lens = &lens[..k];
        if grouped && !card_layout(lens) || !grouped && !(13..=19).contains(&lens[0]) {
            continue;
        }
        let end = groups[k - 1].1;
        if k == groups.len() {
            // Not glued to a decimal part, a letter or more digits after the last group.
            let glued = char_after(text, end).is_some_and(|c| {
                c.is_alphanumeric() || c == '_' || {
                    matches!(c, '.' | ',' | '/')
                        && char_after(text, end + 1).is_some_and(|n| n.is_ascii_digit())
                }
            });
            if glued {
                continue;
            }
        }
        let digits: Vec<u8> = text[start..end]
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        if issuer_accepts(&digits) && luhn(&digits) {
            return Some(end);
        }
        // A grouped card that fails stops the search: its prefixes are shorter cards only if a
        // card layout says so, and those are tried next.
    }
    None
}

/// The start of the word before `i` (after skipping spaces), or `i`.
fn word_start_before(text: &str, i: usize) -> usize {
    let head = text[..i].trim_end_matches([' ', '\t', '.', ':', '#']);
    head.char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(i, |(j, _)| j)
}

/// Whether digit groups of these lengths are a way cards are printed.
fn card_layout(lens: &[usize]) -> bool {
    let total: usize = lens.iter().sum();
    if !(13..=19).contains(&total) {
        return false;
    }
    match lens {
        [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&l| l == 4) && (1..=4).contains(last),
        [] => false,
    }
}

/// Whether an issuer gives out card numbers with this prefix and length.
fn issuer_accepts(d: &[u8]) -> bool {
    let n = d.len();
    let prefix = |k: usize| d[..k].iter().fold(0u32, |acc, &x| acc * 10 + u32::from(x));
    match d[0] {
        4 => matches!(n, 13 | 16 | 19), // Visa
        2 => {
            (2221..=2720).contains(&prefix(4)) && n == 16
                || (2200..=2204).contains(&prefix(4)) && (16..=19).contains(&n)
        } // Mastercard, Mir
        5 => {
            (51..=55).contains(&prefix(2)) && n == 16
                || matches!(prefix(2), 50 | 56..=58) && (13..=19).contains(&n)
        } // Mastercard, Maestro
        3 => {
            matches!(prefix(2), 34 | 37) && n == 15 // Amex
            || ((300..=305).contains(&prefix(3)) || matches!(prefix(2), 36 | 38 | 39)) && (14..=19).contains(&n) // Diners
            || (3528..=3589).contains(&prefix(4)) && (16..=19).contains(&n)
        } // JCB
        6 => {
            (16..=19).contains(&n) // Discover, UnionPay, Maestro
            && (prefix(4) == 6011 || (644..=649).contains(&prefix(3)) || matches!(prefix(2), 62 | 65 | 63 | 67))
        }
        _ => false,
    }
}

/// The Luhn check: doubling every second digit from the right, the sum is a multiple of 10.
fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

// ---------------------------------------------------------------------------------------------
// IBAN

/// The length of an IBAN in each country that issues them (ISO 13616 registry), sorted by code.
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

fn iban_start() -> &'static Regex {
    lazy_regex!(|| r"(?-u:\b)[A-Z]{2}[0-9]{2} ?[0-9A-Z]".to_string())
}

fn ibans(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    for m in iban_start().find_iter(text) {
        let start = m.start();
        let country = &text[start..start + 2];
        let Ok(i) = IBAN_LENGTHS.binary_search_by(|(c, _)| (*c).cmp(country)) else {
            continue;
        };
        let len = IBAN_LENGTHS[i].1;
        let grouped = bytes[start + 4] == b' ';
        // Walk `len` characters, with one space between groups of four when grouped.
        let mut chars = Vec::with_capacity(len);
        let mut j = start;
        while chars.len() < len {
            if grouped && chars.len() % 4 == 0 && !chars.is_empty() {
                if bytes.get(j) != Some(&b' ') {
                    break;
                }
                j += 1;
            }
            match bytes.get(j) {
                Some(&b) if b.is_ascii_digit() || b.is_ascii_uppercase() => chars.push(b),
                _ => break,
            }
            j += 1;
        }
        if chars.len() < len
            || bytes.get(j).is_some_and(|b| b.is_ascii_alphanumeric())
            || char_after(text, j).is_some_and(|c| c.is_alphanumeric())
            || !chars[2..4].iter().all(u8::is_ascii_digit)
            || !iban_checksum_ok(&chars)
        {
            continue;
        }
        out.push(candidate(
            start,
            j,
            Label::Iban,
            text_value(String::from_utf8_lossy(&chars).into_owned()),
        ));
    }
}

/// ISO 13616: the first four characters moved to the end, letters as 10-35, the number mod 97 is 1.
fn iban_checksum_ok(chars: &[u8]) -> bool {
    let mut rem: u32 = 0;
    for &b in chars[4..].iter().chain(&chars[..4]) {
        if b.is_ascii_digit() {
            rem = (rem * 10 + u32::from(b - b'0')) % 97;
        } else {
            rem = (rem * 100 + u32::from(b - b'A' + 10)) % 97;
        }
    }
    rem == 1
}

// ---------------------------------------------------------------------------------------------
// POSTCODE

/// The postcode areas of the United Kingdom (and the Crown dependencies), sorted.
const UK_AREAS: &[&str] = &[
    "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH",
    "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E",
    "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS",
    "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL",
    "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX",
    "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM",
    "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW",
    "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
];

fn uk_postcode() -> &'static Regex {
    // The inward code's letters never include C, I, K, M, O or V.
    lazy_regex!(|| {
        r"(?-u:\b)(?:(?P<area>[A-Z]{1,2})[0-9][0-9A-Z]?|GIR) [0-9][ABD-HJLNP-UW-Z]{2}(?-u:\b)"
            .to_string()
    })
}

fn uk_postcodes(text: &str, out: &mut Vec<Candidate>) {
    for caps in uk_postcode().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        let area_ok = match caps.name("area") {
            Some(area) => UK_AREAS.binary_search(&area.as_str()).is_ok(),
            None => m.as_str() == "GIR 0AA",
        };
        if area_ok && !char_before(text, m.start()).is_some_and(|c| matches!(c, '-' | '_' | '/')) {
            out.push(candidate(
                m.start(),
                m.end(),
                Label::Postcode,
                text_value(m.as_str()),
            ));
        }
    }
}

/// US states (and DC, Puerto Rico) by abbreviation and name, with the first digit of their ZIPs.
const US_STATES: &[(&str, &str, u8)] = &[
    ("AK", "Alaska", 9),
    ("AL", "Alabama", 3),
    ("AR", "Arkansas", 7),
    ("AZ", "Arizona", 8),
    ("CA", "California", 9),
    ("CO", "Colorado", 8),
    ("CT", "Connecticut", 0),
    ("DC", "District of Columbia", 2),
    ("DE", "Delaware", 1),
    ("FL", "Florida", 3),
    ("GA", "Georgia", 3),
    ("HI", "Hawaii", 9),
    ("IA", "Iowa", 5),
    ("ID", "Idaho", 8),
    ("IL", "Illinois", 6),
    ("IN", "Indiana", 4),
    ("KS", "Kansas", 6),
    ("KY", "Kentucky", 4),
    ("LA", "Louisiana", 7),
    ("MA", "Massachusetts", 0),
    ("MD", "Maryland", 2),
    ("ME", "Maine", 0),
    ("MI", "Michigan", 4),
    ("MN", "Minnesota", 5),
    ("MO", "Missouri", 6),
    ("MS", "Mississippi", 3),
    ("MT", "Montana", 5),
    ("NC", "North Carolina", 2),
    ("ND", "North Dakota", 5),
    ("NE", "Nebraska", 6),
    ("NH", "New Hampshire", 0),
    ("NJ", "New Jersey", 0),
    ("NM", "New Mexico", 8),
    ("NV", "Nevada", 8),
    ("NY", "New York", 1),
    ("OH", "Ohio", 4),
    ("OK", "Oklahoma", 7),
    ("OR", "Oregon", 9),
    ("PA", "Pennsylvania", 1),
    ("PR", "Puerto Rico", 0),
    ("RI", "Rhode Island", 0),
    ("SC", "South Carolina", 2),
    ("SD", "South Dakota", 5),
    ("TN", "Tennessee", 3),
    ("TX", "Texas", 7),
    ("UT", "Utah", 8),
    ("VA", "Virginia", 2),
    ("VT", "Vermont", 0),
    ("WA", "Washington", 9),
    ("WI", "Wisconsin", 5),
    ("WV", "West Virginia", 2),
    ("WY", "Wyoming", 8),
];

fn zip() -> &'static Regex {
    lazy_regex!(|| r"(?-u:\b)[0-9]{5}(?:-[0-9]{4})?(?-u:\b)".to_string())
}

fn zip_codes(text: &str, out: &mut Vec<Candidate>) {
    for m in zip().find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let s = m.as_str();
        let plus4 = s.len() == 10;
        // Same-line state right before ("IL 62701", "Illinois 62701"): its ZIP region must match.
        let state = state_before(text, start);
        let region_ok = state.is_none_or(|digit| s.as_bytes()[0] - b'0' == digit);
        let glued = char_before(text, start).is_some_and(|c| {
            matches!(c, '-' | '.' | '/' | '+' | '#' | '$' | '€' | '£' | ':' | '_')
        }) || (matches!(char_after(text, end), Some('-' | '.' | '/' | ','))
            && char_after(text, end + 1).is_some_and(|c| c.is_ascii_digit()));
        let ok = !glued
            && region_ok
            && !s.starts_with("000")
            && if plus4 {
                state.is_some()
                    || !(after_word(text, start, NOT_BEFORE_NUMBER)
                        || after_word(
                            text,
                            start,
                            &["no", "number", "nr", "num", "id", "po", "item", "code"],
                        ))
            } else {
                state.is_some()
            };
        if ok {
            out.push(candidate(start, end, Label::Postcode, text_value(s)));
        }
    }
}

/// The ZIP region digit of the US state named or abbreviated right before `i` ("IL ", "Texas ",
/// "New York, "), if any.
fn state_before(text: &str, i: usize) -> Option<u8> {
    let head = text.get(..i)?;
    let trimmed = head.strip_suffix(' ')?;
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed);
    US_STATES.iter().find_map(|&(abbr, name, digit)| {
        [abbr, name].into_iter().find_map(|form| {
            let before = trimmed.strip_suffix(form)?;
            let boundary = before
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
            boundary.then_some(digit)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        super::super::resolved_spans(find, text)
            .into_iter()
            .map(|(s, v)| (s, v.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn ip_addresses_v4_and_v6() {
        assert_eq!(
            found("Hosts 192.168.0.1, ::1 and 2001:DB8:0:0::1; not 999.1.1.1, v1.2.3.4, version 10.0.0.1 or 1.2.3.4.5."),
            [
                ("192.168.0.1".to_string(), "192.168.0.1".to_string()),
                ("::1".to_string(), "::1".to_string()),
                ("2001:DB8:0:0::1".to_string(), "2001:db8::1".to_string()),
            ]
        );
        assert!(found("at 10:30:15, MAC 00:1A:2B:3C:4D:5E, std::io and Cafe::Bad").is_empty());
    }

    #[test]
    fn cards_need_an_issuer_a_layout_and_luhn() {
        assert_eq!(
            found("Visa 4111 1111 1111 1111, Amex 3782-822463-10005."),
            [
                (
                    "4111 1111 1111 1111".to_string(),
                    "4111111111111111".to_string()
                ),
                (
                    "3782-822463-10005".to_string(),
                    "378282246310005".to_string()
                ),
            ]
        );
        // Luhn fails; mixed separators; an ISBN; an order number.
        assert!(found(
            "4111 1111 1111 1112, 4111 1111-1111 1111, 978-0-306-40615-7, order 4111111111111111"
        )
        .is_empty());
        assert!(luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]));
    }

    #[test]
    fn ibans_with_and_without_groups() {
        assert_eq!(
            found("Pay GB82 WEST 1234 5698 7654 32 or DE89370400440532013000."),
            [
                (
                    "GB82 WEST 1234 5698 7654 32".to_string(),
                    "GB82WEST12345698765432".to_string()
                ),
                (
                    "DE89370400440532013000".to_string(),
                    "DE89370400440532013000".to_string()
                ),
            ]
        );
        assert!(found("GB83 WEST 1234 5698 7654 32, XX82 WEST 1234 5698 7654 32").is_empty());
    }

    #[test]
    fn postcodes_uk_and_us() {
        let spans: Vec<String> = found(
            "London SW1A 1AA, EC1A 1BB; Beverly Hills, CA 90210 and 20500-0003; not XY1 2AB, CA 10001, order 12345-6789 or 90210.",
        )
        .into_iter()
        .map(|(s, _)| s)
        .collect();
        assert_eq!(spans, ["SW1A 1AA", "EC1A 1BB", "90210", "20500-0003"]);
    }

    #[test]
    fn the_tables_are_sorted_for_binary_search() {
        assert!(IBAN_LENGTHS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(UK_AREAS.windows(2).all(|w| w[0] < w[1]));
    }
}
