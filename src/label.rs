//! Entity labels: the built-in kinds and user-defined ones.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Serialize, Serializer};

use crate::error::Error;

/// What kind of thing a mention names.
///
/// Built-in labels serialise as their upper-case names (`"PERSON"`, `"DATE"`, ...);
/// a user-defined label serialises as the name the user gave it.
///
/// ```
/// use textlens::Label;
/// assert_eq!("EMAIL".parse::<Label>().unwrap(), Label::Email);
/// assert_eq!(Label::Person.as_str(), "PERSON");
/// assert!("BANANA".parse::<Label>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// A person: "Vladimir Putin".
    Person,
    /// An organisation: "Reuters", "the United Nations".
    Org,
    /// A place: a country, city, region or landmark.
    Place,
    /// A nationality, religious or political group: "Russian", "North Korean".
    Norp,
    /// Another named thing (events, works, products) when confident.
    Misc,
    /// An IPv4 or IPv6 address: "192.168.0.1", "2001:db8::1".
    IpAddress,
    /// A payment card number with a valid Luhn check digit: "4111 1111 1111 1111".
    CreditCard,
    /// An international bank account number with a valid mod-97 check: "GB82 WEST 1234 5698 7654 32".
    Iban,
    /// A UK postcode ("SW1A 1AA"), a US ZIP+4 ("20500-0003") or a ZIP after a state ("IL 62701").
    Postcode,
    /// A calendar date, date range or relative date: "April 25-27", "next week".
    Date,
    /// A time of day: "7:30 pm".
    Time,
    /// An amount of money: "$5 million", "EUR 20".
    Money,
    /// A percentage: "12.5%", "ten percent".
    Percent,
    /// A cardinal number: "42", "three million".
    Number,
    /// An ordinal number: "1st", "twenty-third".
    Ordinal,
    /// An e-mail address.
    Email,
    /// A web address, with or without a scheme.
    Url,
    /// A telephone number.
    Phone,
    /// A hashtag: "#rustlang".
    Hashtag,
    /// A social-media handle: "@rustlang".
    Mention,
    /// A direct quotation: `"We will not yield," said Park Won-gon` (the quoted part). Quotes are
    /// reported in [`crate::Analysis::quotes`], with their speaker, not among the mentions.
    Quote,
    /// A label defined by the user through custom terms or patterns.
    Custom(Arc<str>),
}

impl Label {
    /// Every built-in label, in a stable order: the order in which labels win a tie between equal
    /// spans ([`crate::resolve`]), so the checksum-checked personal-data labels come before DATE and
    /// NUMBER ("CA 90210" is a POSTCODE, not a NUMBER).
    pub const BUILT_IN: [Label; 21] = [
        Label::Person,
        Label::Org,
        Label::Place,
        Label::Norp,
        Label::Misc,
        Label::IpAddress,
        Label::CreditCard,
        Label::Iban,
        Label::Postcode,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
        Label::Number,
        Label::Ordinal,
        Label::Email,
        Label::Url,
        Label::Phone,
        Label::Hashtag,
        Label::Mention,
        Label::Quote,
    ];

    /// Every label an analysis can report, in a stable order: [`Label::BUILT_IN`] without
    /// [`Label::Misc`], which the name recogniser tags internally but never reports. This is the
    /// one list of labels: `pkg/index.d.ts`, the extension's label groups, `pkg/highlight.css` and
    /// the READMEs are checked against it (`tests/contracts.rs`).
    pub const REPORTED: [Label; 20] = [
        Label::Person,
        Label::Org,
        Label::Place,
        Label::Norp,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
        Label::Number,
        Label::Ordinal,
        Label::Email,
        Label::Url,
        Label::Phone,
        Label::Hashtag,
        Label::Mention,
        Label::IpAddress,
        Label::CreditCard,
        Label::Iban,
        Label::Postcode,
        Label::Quote,
    ];

    /// The personal data [`crate::Analyzer::redact`] replaces unless told otherwise: people, e-mail
    /// addresses, phone numbers, IP addresses, card numbers and IBANs.
    pub const REDACT_DEFAULT: [Label; 6] = [
        Label::Person,
        Label::Email,
        Label::Phone,
        Label::IpAddress,
        Label::CreditCard,
        Label::Iban,
    ];

    /// The prefix of every CSS name textlens gives a label: the Highlight API registry name and the
    /// custom property of its colour (`textlens-person`, `--textlens-person`). The mark renderer's
    /// elements are `mark[data-textlens][data-label="PERSON"]`, class `textlens`.
    pub const CSS_PREFIX: &'static str = "textlens-";

    /// The label's CSS name: [`Label::CSS_PREFIX`] and the name in lower case, any character other
    /// than `a-z`, `0-9`, `_` and `-` as `-` (as `highlightName` in `pkg/highlight/render-highlight-api.js`).
    ///
    /// ```
    /// assert_eq!(textlens::Label::Person.css_name(), "textlens-person");
    /// ```
    pub fn css_name(&self) -> String {
        let name = self.as_str().to_ascii_lowercase();
        let name: String = name
            .chars()
            .map(|c| match c {
                'a'..='z' | '0'..='9' | '_' | '-' => c,
                _ => '-',
            })
            .collect();
        format!("{}{name}", Self::CSS_PREFIX)
    }

    /// The label's name as it appears in JSON and in options.
    pub fn as_str(&self) -> &str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Norp => "NORP",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Number => "NUMBER",
            Label::Ordinal => "ORDINAL",
            Label::Email => "EMAIL",
            Label::Url => "URL",
            Label::Phone => "PHONE",
            Label::Hashtag => "HASHTAG",
            Label::Mention => "MENTION",
            Label::IpAddress => "IP_ADDRESS",
            Label::CreditCard => "CREDIT_CARD",
            Label::Iban => "IBAN",
            Label::Postcode => "POSTCODE",
            Label::Quote => "QUOTE",
            Label::Custom(name) => name,
        }
    }

    /// Builds a user-defined label, checking that the name is usable:
    /// 1–64 characters of `A-Z`, `0-9` and `_`, starting with a letter, and not a built-in name.
    ///
    /// ```
    /// use textlens::Label;
    /// assert_eq!(Label::custom("PRODUCT").unwrap().as_str(), "PRODUCT");
    /// assert!(Label::custom("product").is_err());
    /// assert!(Label::custom("PERSON").is_err());
    /// ```
    pub fn custom(name: &str) -> Result<Label, Error> {
        let valid_chars = name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        let starts_with_letter = name.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
        if !(valid_chars && starts_with_letter && name.len() <= 64) {
            return Err(Error::InvalidLabel {
                label: name.to_string(),
                reason:
                    "a custom label is 1-64 characters of A-Z, 0-9 and _, starting with a letter",
            });
        }
        if name.parse::<Label>().is_ok() {
            return Err(Error::InvalidLabel {
                label: name.to_string(),
                reason: "this is a built-in label; custom labels need their own name",
            });
        }
        Ok(Label::Custom(Arc::from(name)))
    }

    /// Parses a label name as options spell it (`types`): a built-in name, or a well-formed custom
    /// name. Whether an analyser knows a custom label is checked when it analyses.
    ///
    /// ```
    /// use textlens::Label;
    /// assert_eq!(Label::named("DATE").unwrap(), Label::Date);
    /// assert!(Label::named("PRODUCT").unwrap().is_custom());
    /// assert!(Label::named("product").is_err());
    /// ```
    pub fn named(name: &str) -> Result<Label, Error> {
        name.parse::<Label>()
            .or_else(|err| Label::custom(name).map_err(|_| err))
    }

    /// Whether this label is one the name recogniser produces (PERSON, ORG, PLACE, NORP, MISC).
    ///
    /// ```
    /// use textlens::Label;
    /// assert!(Label::Norp.is_name());
    /// assert!(!Label::Email.is_name());
    /// ```
    pub fn is_name(&self) -> bool {
        matches!(
            self,
            Label::Person | Label::Org | Label::Place | Label::Norp | Label::Misc
        )
    }

    /// Whether this label was defined by the user.
    pub fn is_custom(&self) -> bool {
        matches!(self, Label::Custom(_))
    }
}

impl FromStr for Label {
    type Err = Error;

    /// Parses a built-in label name. User-defined labels are created with [`Label::custom`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::BUILT_IN
            .iter()
            .find(|label| label.as_str() == s)
            .cloned()
            .ok_or_else(|| Error::UnknownLabel(s.to_string()))
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_name_round_trips() {
        for label in Label::BUILT_IN {
            assert_eq!(label.as_str().parse::<Label>().unwrap(), label);
        }
    }

    #[test]
    fn unknown_names_are_errors_that_name_the_label() {
        let err = "PERSN".parse::<Label>().unwrap_err();
        assert!(err.to_string().contains("PERSN"), "{err}");
    }
}
