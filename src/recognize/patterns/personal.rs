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
//! CREDIT_CARD carries its digits as the `value`, IBAN its characters without spaces, POSTCODE the
//! code as written; IP_ADDRESS carries none (its text is the address).

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
    cards(text, out);
    // One pass of one regex for the other shapes (each of its own is a pass over the text); each
    // match is then checked by the rules of its kind.
    for m in any_shape().find_iter(text) {
        let s = m.as_str();
        let first = s.as_bytes()[0];
        if s.contains(':') {
            ipv6(text, m, out);
        } else if s.contains('.') {
            ipv4(text, m, out);
        } else if first.is_ascii_digit() {
            zip_code(text, m, out);
        } else if let Some(caps) = uk_postcode().captures(s) {
            uk_postcode_at(text, m.start(), &caps, out);
        } else {
            iban(text, m.start(), out);
        }
    }
}

/// This family's regexes, for compiling them ahead of a stepped analysis.
pub(super) const REGEXES: &[fn() -> &'static Regex] = &[any_shape, uk_postcode];

/// IPv4 | ZIP | UK postcode | the start of an IBAN | IPv6, in this order (leftmost-first: where two
/// shapes start at one offset, the first listed is taken; none of them is a prefix of a later one
/// that the rules would accept).
fn any_shape() -> &'static Regex {
    lazy_regex!(|| {
        [
            IPV4,        // "192.168.0.1"
            ZIP,         // "10001", "10001-1234"
            UK_POSTCODE, // "SW1A 1AA"
            IBAN_START,  // "GB82 W" (the rest is read by `iban`)
            IPV6,        // "2001:db8::1"
        ]
        .join("|")
    })
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

const IPV4: &str = r"(?-u:\b)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?-u:\b)";

fn ipv4(text: &str, m: regex::Match<'_>, out: &mut Vec<Candidate>) {
    let (start, end) = (m.start(), m.end());
    // Part of a longer dotted run ("1.2.3.4.5", "10.0.0.1.2") or of a dashed one.
    let glued_before = char_before(text, start).is_some_and(|c| matches!(c, '.' | '-' | '_'));
    let glued_after = matches!(char_after(text, end), Some('.' | '-'))
        && char_after(text, end + 1).is_some_and(|c| c.is_ascii_alphanumeric());
    if glued_before || glued_after || after_word(text, start, NOT_BEFORE_IP) {
        return;
    }
    if is_ipv4(m.as_str()) {
        out.push(candidate(start, end, Label::IpAddress, None));
    }
}

const IPV6: &str =
    r"(?:[0-9A-Fa-f]{1,4})?:(?:[0-9A-Fa-f]{0,4}:)+[0-9A-Fa-f]{0,4}(?:\.[0-9]{1,3}){0,3}";

fn ipv6(text: &str, m: regex::Match<'_>, out: &mut Vec<Candidate>) {
    let start = m.start();
    let mut s = m.as_str();
    if char_before(text, start)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ':' | '.' | '_' | '-'))
    {
        return;
    }
    // A sentence's colon after the address ("at fe80::1: it"), but not a trailing "::".
    if s.ends_with(':') && !s.ends_with("::") {
        s = &s[..s.len() - 1];
    }
    let end = start + s.len();
    if char_after(text, end).is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ':'))
        || !s.bytes().any(|b| b.is_ascii_digit())
    {
        return;
    }
    if is_ipv6(s) {
        out.push(candidate(start, end, Label::IpAddress, None));
    }
}

/// Whether `s` is a dotted quad of octets 0-255 without leading zeros (as `std::net::Ipv4Addr`
/// parses it; hand-written, as std's parser costs wasm size).
fn is_ipv4(s: &str) -> bool {
    let mut parts = 0;
    for part in s.split('.') {
        parts += 1;
        let ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && !(part.len() > 1 && part.starts_with('0'))
            && part.parse::<u16>().is_ok_and(|n| n <= 255);
        if !ok {
            return false;
        }
    }
    parts == 4
}

/// Whether `s` is an IPv6 address in any text form RFC 4291 allows (as `std::net::Ipv6Addr` parses
/// it): eight groups of 1-4 hex digits, or fewer around one `::`, the last two possibly a dotted quad.
fn is_ipv6(s: &str) -> bool {
    /// The number of 16-bit groups in `part` (colon-separated, maybe ending in a quad), if valid.
    fn groups(part: &str) -> Option<usize> {
        if part.is_empty() {
            return Some(0);
        }
        let mut n = 0;
        let mut items = part.split(':').peekable();
        while let Some(item) = items.next() {
            if items.peek().is_none() && item.contains('.') {
                return is_ipv4(item).then_some(n + 2);
            }
            if item.is_empty() || item.len() > 4 || !item.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            n += 1;
        }
        Some(n)
    }
    match s.split_once("::") {
        Some((head, tail)) => {
            !tail.contains("::")
                && !head.contains('.')
                && groups(head)
                    .zip(groups(tail))
                    .is_some_and(|(h, t)| h + t <= 7)
        }
        None => groups(s) == Some(8),
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

/// The length of an IBAN in each country that issues them (ISO 13616 registry), sorted by code:
/// the code and two digits each (one string: a table of pairs costs more wasm).
const IBAN_LENGTHS: &str = concat!(
    "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BR29BY28CH21CR22CY28CZ24DE22DK18DO28EE20EG29ES24FI18",
    "FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20",
    "LU20LV21LY25MC27MD24ME22MK19MR27MT31MU30NL18NO15PK24PL28PS29PT25QA29RO24RS22SA24SC31SE24",
    "SI19SK24SM27ST25SV28TL23TN24TR26UA29VA22VG24XK20",
);

const IBAN_START: &str = r"(?-u:\b)[A-Z]{2}[0-9]{2} ?[0-9A-Z]";

fn iban(text: &str, start: usize, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let country = &text[start..start + 2];
    let Some(len) = iban_length(country) else {
        return;
    };
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
        return;
    }
    out.push(candidate(
        start,
        j,
        Label::Iban,
        text_value(
            text[start..j]
                .chars()
                .filter(|&c| c != ' ')
                .collect::<String>(),
        ),
    ));
}

/// The length of an IBAN of `country`, if it issues them.
fn iban_length(country: &str) -> Option<usize> {
    IBAN_LENGTHS
        .as_bytes()
        .chunks(4)
        .find(|entry| &entry[..2] == country.as_bytes())
        .map(|entry| usize::from(entry[2] - b'0') * 10 + usize::from(entry[3] - b'0'))
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

/// The postcode areas of the United Kingdom (and the Crown dependencies), sorted, space-separated.
const UK_AREAS: &str = concat!(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN ",
    "DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY ",
    "L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM ",
    "S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN ",
    "WR WS WV YO ZE",
);

/// The inward code's letters never include C, I, K, M, O or V.
const UK_POSTCODE: &str =
    r"(?-u:\b)(?:(?P<area>[A-Z]{1,2})[0-9][0-9A-Z]?|GIR) [0-9][ABD-HJLNP-UW-Z]{2}(?-u:\b)";

/// [`UK_POSTCODE`] alone, for the area of a match of [`any_shape`].
fn uk_postcode() -> &'static Regex {
    lazy_regex!(|| format!("^{UK_POSTCODE}$"))
}

fn uk_postcode_at(text: &str, offset: usize, caps: &regex::Captures<'_>, out: &mut Vec<Candidate>) {
    let Some(m) = caps.get(0) else { return };
    let (start, end) = (offset + m.start(), offset + m.end());
    let area_ok = match caps.name("area") {
        Some(area) => UK_AREAS.split(' ').any(|a| a == area.as_str()),
        None => m.as_str() == "GIR 0AA",
    };
    if area_ok && !char_before(text, start).is_some_and(|c| matches!(c, '-' | '_' | '/')) {
        out.push(candidate(
            start,
            end,
            Label::Postcode,
            text_value(m.as_str()),
        ));
    }
}

/// US states (and DC, Puerto Rico): abbreviation, the first digit of their ZIPs, and name, split
/// by `|`.
const US_STATES: &str = concat!(
    "AK9Alaska|AL3Alabama|AR7Arkansas|AZ8Arizona|CA9California|CO8Colorado|CT0Connecticut|",
    "DC2District of Columbia|DE1Delaware|FL3Florida|GA3Georgia|HI9Hawaii|IA5Iowa|ID8Idaho|",
    "IL6Illinois|IN4Indiana|KS6Kansas|KY4Kentucky|LA7Louisiana|MA0Massachusetts|MD2Maryland|",
    "ME0Maine|MI4Michigan|MN5Minnesota|MO6Missouri|MS3Mississippi|MT5Montana|",
    "NC2North Carolina|ND5North Dakota|NE6Nebraska|NH0New Hampshire|NJ0New Jersey|",
    "NM8New Mexico|NV8Nevada|NY1New York|OH4Ohio|OK7Oklahoma|OR9Oregon|PA1Pennsylvania|",
    "PR0Puerto Rico|RI0Rhode Island|SC2South Carolina|SD5South Dakota|TN3Tennessee|TX7Texas|",
    "UT8Utah|VA2Virginia|VT0Vermont|WA9Washington|WI5Wisconsin|WV2West Virginia|WY8Wyoming",
);

const ZIP: &str = r"(?-u:\b)[0-9]{5}(?:-[0-9]{4})?(?-u:\b)";

fn zip_code(text: &str, m: regex::Match<'_>, out: &mut Vec<Candidate>) {
    let (start, end) = (m.start(), m.end());
    let s = m.as_str();
    let plus4 = s.len() == 10;
    // Same-line state right before ("IL 62701", "Illinois 62701"): its ZIP region must match.
    let state = state_before(text, start);
    let region_ok = state.is_none_or(|digit| s.as_bytes()[0] - b'0' == digit);
    let glued = char_before(text, start)
        .is_some_and(|c| matches!(c, '-' | '.' | '/' | '+' | '#' | '$' | '€' | '£' | ':' | '_'))
        || (matches!(char_after(text, end), Some('-' | '.' | '/' | ','))
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

/// The ZIP region digit of the US state named or abbreviated right before `i` ("IL ", "Texas ",
/// "New York, "), if any.
fn state_before(text: &str, i: usize) -> Option<u8> {
    let head = text.get(..i)?;
    let trimmed = head.strip_suffix(' ')?;
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed);
    US_STATES.split('|').find_map(|state| {
        let (abbr, name, digit) = (&state[..2], &state[3..], state.as_bytes()[2] - b'0');
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
                ("192.168.0.1".to_string(), String::new()),
                ("::1".to_string(), String::new()),
                ("2001:DB8:0:0::1".to_string(), String::new()),
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
    fn the_address_parsers_agree_with_std() {
        // Random strings over the characters addresses are made of, and the groups they use.
        let v6 = [
            "0", "1", "25", "255", "256", "a", "ff", "db8", "ffff", "12345", ":", "::", ".", "01",
        ];
        let v4 = ["0", "1", "25", "255", "256", "01", "1000", "", "9"];
        let mut seed: u64 = 15;
        let mut valid = (0, 0);
        for i in 0..60_000 {
            let pieces: &[&str] = if i % 2 == 0 { &v6 } else { &v4 };
            let mut s = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = 1 + (seed >> 60) as usize;
            // IPv4 candidates: 3-5 octet-like parts joined by dots.
            let (len, dot) = if i % 2 == 0 {
                (len, "")
            } else {
                (3 + len % 3, ".")
            };
            for k in 0..len {
                let r = seed.rotate_left(5 * k as u32 + 3);
                if k > 0 {
                    s.push_str(dot);
                }
                s.push_str(pieces[(r % pieces.len() as u64) as usize]);
            }
            assert_eq!(is_ipv4(&s), s.parse::<std::net::Ipv4Addr>().is_ok(), "{s}");
            assert_eq!(is_ipv6(&s), s.parse::<std::net::Ipv6Addr>().is_ok(), "{s}");
            valid.0 += usize::from(is_ipv4(&s));
            valid.1 += usize::from(is_ipv6(&s));
        }
        assert!(
            valid.0 > 20 && valid.1 > 200,
            "{valid:?} valid addresses drawn"
        );
    }

    #[test]
    fn the_tables_and_the_address_parsers() {
        assert_eq!(IBAN_LENGTHS.len(), 78 * 4);
        assert_eq!(
            (iban_length("GB"), iban_length("NO"), iban_length("XX")),
            (Some(22), Some(15), None)
        );
        assert_eq!(UK_AREAS.split(' ').count(), 124);
        assert_eq!(US_STATES.split('|').count(), 52);
        assert_eq!(state_before("Austin, Texas ", 14), Some(7));
        assert_eq!(state_before("New York, NY ", 13), Some(1));
        for ip in [
            "::",
            "::1",
            "1::",
            "2001:db8::1",
            "::ffff:1.2.3.4",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:1.2.3.4",
            "1::2:3:4:5:6:7",
        ] {
            assert!(is_ipv6(ip), "{ip}");
        }
        for bad in [
            "1:2:3:4:5:6:7",
            "1:2:3:4:5:6:7:8:9",
            "1::2::3",
            "12345::1",
            "1:2:3:4:5:6:7:1.2.3.4",
            "::1.2.3",
            "g::1",
            "1.2.3.4::1",
        ] {
            assert!(!is_ipv6(bad), "{bad}");
        }
        for (ip, ok) in [
            ("0.0.0.0", true),
            ("255.255.255.255", true),
            ("256.1.1.1", false),
            ("01.1.1.1", false),
            ("1.1.1", false),
        ] {
            assert_eq!(is_ipv4(ip), ok, "{ip}");
        }
    }
}
