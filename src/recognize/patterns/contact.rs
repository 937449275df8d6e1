//! EMAIL, URL and PHONE.
//!
//! - EMAIL: `local@domain.tld`; refused without a dotted domain ("root@localhost", "user@server").
//! - URL: with a scheme (`https://`, `http://`, `ftp://`), starting `www.`, or a bare domain with a
//!   well-known top-level domain ("nytimes.com", "github.com/rust-lang/regex"). Refused: file names
//!   ("config.yaml", "main.py", "README.md"), "Node.js", "e.g.", "U.S.". Trailing sentence punctuation
//!   and unbalanced closing brackets are left out.
//! - PHONE: North-American forms ("(555) 123-4567", "555-123-4567", "555.123.4567", "1-800-555-0100",
//!   "+1 202 555 0143"), international numbers starting with `+` and a country code, 8-15 digits, and
//!   national numbers with a trunk 0 in groups, 10-11 digits ("07700 900456", "020 7946 0958").
//!   Refused: ISBNs, dates, IP addresses and bare runs of digits (order numbers).

use regex::Regex;

use super::{candidate, char_after, char_before};
use crate::label::Label;
use crate::recognize::Candidate;

/// This family's regexes, for compiling them ahead of a stepped analysis.
pub(super) const REGEXES: &[fn() -> &'static Regex] = &[email, url, phone];

fn email() -> &'static Regex {
    lazy_regex!(|| {
        concat!(
            // The local part: "ann", "o'brien", "a.b+tag"
            r"(?-u:\b)[A-Za-z0-9][A-Za-z0-9._%+'-]*@",
            // The first label of the domain: "example", "my-host"
            r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?",
            // More labels: ".mail", ".co"
            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*",
            // The top-level domain: ".org"
            r"\.[A-Za-z]{2,24}(?-u:\b)",
        )
        .to_string()
    })
}

/// Top-level domains accepted without a scheme. Those that are also common file extensions or
/// words ("rs", "py", "md", "in", "it", "me"...) need a path or a subdomain, see [`AMBIGUOUS_TLDS`].
const TLDS: &str = concat!(
    // Generic
    "com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|me|tv|ly|",
    // Countries
    "us|uk|de|fr|es|it|nl|eu|ca|au|jp|cn|in|ru|br|mx|",
    "ch|se|no|dk|fi|pl|be|at|ie|nz|za|kr|tw|hk|sg|gg|",
    // Newer generic, and more countries
    "xyz|tech|news|blog|shop|store|online|site|cloud|page|so|to|fm|rs|be",
);
const AMBIGUOUS_TLDS: [&str; 10] = ["rs", "in", "it", "me", "so", "to", "at", "be", "no", "us"];

fn url() -> &'static Regex {
    lazy_regex!(|| {
        format!(
            concat!(
                r"(?-u:\b)(?:",
                // With a scheme: "https://example.org/a?b=1", "ftp://host"
                r#"(?:https?|ftp)://[^\s<>"]+"#,
                // "www.example.org/path"
                r#"|www\.[^\s<>"]+"#,
                // A bare domain with a known top-level domain: "nytimes.com"
                r"|(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?P<tld>{TLDS}))(?-u:\b)",
                // and its port and path: ":8080/rust-lang/regex"
                r#"(?P<rest>(?::[0-9]{{2,5}})?(?:/[^\s<>"]*)?)"#,
                r")",
            ),
            TLDS = TLDS,
        )
    })
}

fn phone() -> &'static Regex {
    lazy_regex!(|| {
        concat!(
            // North American: "(555) 123-4567", "555.123.4567", "1-800-555-0100", "+1 202 555 0143"
            r"(?:\+?1[\s.-]?)?(?:\([0-9]{3}\)\s?|(?-u:\b)[0-9]{3}[\s.-])",
            r"[0-9]{3}[\s.-][0-9]{4}(?-u:\b)",
            // International, a "+" and a country code: "+44 20 7946 0958"
            r"|\+[1-9][0-9]{0,2}(?:[\s.-]?\(?[0-9]{1,5}\)?){2,6}(?-u:\b)",
            // National, a trunk 0 and groups: "07700 900456", "020 7946 0958"
            r"|(?-u:\b)0[1-9][0-9]{1,4}(?:[ -][0-9]{3,6}){1,2}(?-u:\b)",
        )
        .to_string()
    })
}

/// Finds EMAIL, URL and PHONE candidates.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    if text.contains('@') {
        for m in email().find_iter(text) {
            if !char_before(text, m.start()).is_some_and(|c| c == '@' || c == '.') {
                out.push(candidate(m.start(), m.end(), Label::Email, None));
            }
        }
    }
    // A URL needs no dot ("http://…" in a truncated tweet).
    for caps in url().captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        if let Some(host) = caps.name("host") {
            if !bare_domain_ok(
                text,
                m.start(),
                host.as_str(),
                caps.name("tld").map_or("", |t| t.as_str()),
                caps.name("rest").map_or("", |r| r.as_str()),
            ) {
                continue;
            }
        }
        let end = m.start() + trim_url_end(m.as_str());
        out.push(candidate(m.start(), end, Label::Url, None));
    }
    for m in phone().find_iter(text) {
        let s = m.as_str();
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        let before_ok = char_before(text, m.start())
            .is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '/' | '+')));
        let after_ok = match char_after(text, m.end()) {
            Some(c @ ('-' | '.' | '/')) => {
                !char_after(text, m.end() + c.len_utf8()).is_some_and(|n| n.is_ascii_digit())
            }
            _ => true,
        };
        // A national number with a trunk 0 ("07700 900456", "020 7946 0958") has 10 or 11 digits.
        let national_ok = !s.starts_with('0') || (10..=11).contains(&digits);
        if before_ok && after_ok && national_ok && (10..=15).contains(&digits)
            || (before_ok && after_ok && s.starts_with('+') && (8..=15).contains(&digits))
        {
            out.push(candidate(m.start(), m.end(), Label::Phone, None));
        }
    }
}

fn bare_domain_ok(text: &str, start: usize, host: &str, tld: &str, rest: &str) -> bool {
    if char_before(text, start).is_some_and(|c| matches!(c, '@' | '.' | '/' | '-' | '_'))
        || text[start + host.len() + rest.len()..].starts_with('@')
    {
        return false;
    }
    if !host.bytes().any(|b| b.is_ascii_lowercase()) {
        return false; // "U.S.", "E.ON"
    }
    let labels = host.split('.').count();
    let has_path = rest.len() > 1;
    !AMBIGUOUS_TLDS.contains(&tld) || labels > 2 || has_path
}

/// Length of `url` without trailing sentence punctuation and unbalanced closing brackets.
fn trim_url_end(url: &str) -> usize {
    let mut end = url.len();
    loop {
        let last = url[..end].chars().next_back();
        let drop = match last {
            Some('.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '"' | '’' | '”') => true,
            Some(')') => url[..end].matches('(').count() < url[..end].matches(')').count(),
            Some(']') => url[..end].matches('[').count() < url[..end].matches(']').count(),
            _ => false,
        };
        if !drop {
            return end;
        }
        end -= last.map_or(1, char::len_utf8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, String)> {
        let mut out = Vec::new();
        find(text, &mut out);
        crate::resolve::resolve(out, crate::resolve::Priority::Longest)
            .into_iter()
            .map(|c| (&text[c.start..c.end], c.label.to_string()))
            .collect()
    }

    #[test]
    fn bare_domains_need_a_known_tld_and_file_names_are_refused() {
        assert_eq!(
            found("see nytimes.com, docs.rs/regex; not main.rs, config.yaml or Node.js"),
            [
                ("nytimes.com", "URL".into()),
                ("docs.rs/regex", "URL".into())
            ]
        );
    }

    #[test]
    fn phones_north_american_and_international() {
        assert_eq!(
            found("(212) 555-0199 or +44 20 7946 0958, not ISBN 978-3-16-148410-0"),
            [
                ("(212) 555-0199", "PHONE".into()),
                ("+44 20 7946 0958", "PHONE".into())
            ]
        );
    }

    #[test]
    fn national_numbers_with_a_trunk_zero() {
        assert_eq!(
            found("Mob: 07700 900456, office 020 7946 0958; order 0800 1700"),
            [
                ("07700 900456", "PHONE".into()),
                ("020 7946 0958", "PHONE".into())
            ]
        );
    }
}
