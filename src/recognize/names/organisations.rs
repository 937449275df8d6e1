//! Knowledge of organisations that are organisations in nearly every context: news agencies,
//! international bodies, governments named by their seat ("the Kremlin", "the Pentagon"), central
//! banks, exchanges and sports bodies, written for textlens from common knowledge (no source); and
//! the football clubs whose names hold a place ("Sheffield Wednesday", "Real Madrid"), built from
//! openfootball/clubs (CC0) by `scripts/build_clubs.py` into `data/clubs.txt`; and the S&P 500
//! companies of one word as news names them ("Nvidia", "Chevron"), built from
//! datasets/s-and-p-500-companies (ODC-PDDL) by `scripts/build_companies.py` into
//! `data/companies.txt`.
//!
//! A name on this list is an organisation wherever it is capitalised as here: the tagger's label is
//! replaced, and a mention the tagger missed is found (by the document pass that tags again every name found). Names that are
//! also common people's names or places ("Ford", "Wellington") are left out on purpose.

/// The names, exactly as capitalised in running text.
pub const NAMES: &[&str] = &[
    // News agencies and broadcasters.
    "Reuters",
    "Associated Press",
    "Agence France-Presse",
    "AFP",
    "Bloomberg",
    "Interfax",
    "Itar-Tass",
    "ITAR-TASS",
    "Tass",
    "TASS",
    "RIA Novosti",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "KCNA",
    "Bernama",
    "Antara",
    "Tanjug",
    "Anadolu",
    "ANSA",
    "Al Jazeera",
    "BBC",
    "CNN",
    "CNBC",
    "NPR",
    "PTI",
    // International bodies.
    "United Nations",
    "UN",
    "U.N.",
    "UN Security Council",
    "U.N. Security Council",
    "Security Council",
    "NATO",
    "OSCE",
    "European Union",
    "EU",
    "European Commission",
    "European Parliament",
    "IMF",
    "International Monetary Fund",
    "World Bank",
    "WTO",
    "World Trade Organization",
    "WHO",
    "World Health Organization",
    "OPEC",
    "ASEAN",
    "UNESCO",
    "UNICEF",
    "UNHCR",
    "Interpol",
    "Red Cross",
    "African Union",
    "Arab League",
    "G7",
    "G20",
    // Governments, ministries and agencies named by their seat or short name.
    "Kremlin",
    "Pentagon",
    "White House",
    "Whitehall",
    "Elysee",
    "Élysée",
    "Quai d'Orsay",
    "State Department",
    "Foreign Ministry",
    "Treasury",
    "Congress",
    "Senate",
    "Bundestag",
    "Duma",
    "Knesset",
    "FBI",
    "CIA",
    "NSA",
    "KGB",
    "FSB",
    "NASA",
    "Mossad",
    "Hamas",
    "Hezbollah",
    "Hizbollah",
    "Taliban",
    // Central banks and exchanges.
    "Fed",
    "Federal Reserve",
    "Bundesbank",
    "ECB",
    "European Central Bank",
    "Bank of England",
    "Bank of Japan",
    "Nasdaq",
    "NYSE",
    "New York Stock Exchange",
    "London Stock Exchange",
    // Sports bodies.
    "FIFA",
    "UEFA",
    "IOC",
    "NBA",
    "NFL",
    "NHL",
    "ICC",
    "IAAF",
    // Political parties with names that read as places or common words.
    "New Zealand First",
    "Sinn Fein",
    "Sinn Féin",
    "Fine Gael",
    "Fianna Fail",
    "Fianna Fáil",
    "Likud",
    "Forza Italia",
    "Podemos",
    "Syriza",
    // Companies with names that read as people or places.
    "Microsoft",
    "Google",
    "Samsung",
    "Hyundai",
    "Toyota",
    "Volkswagen",
    "Siemens",
    "Gazprom",
    "Boeing",
    "Airbus",
    "Pirelli",
    "Ericsson",
    "Nokia",
    "Benetton",
];

/// The clubs list as embedded: the front-coded copy of `data/clubs.txt` (see
/// [`crate::front_coding`]; a test checks they agree).
const CLUBS: &str = include_str!("data/clubs.fc");

/// The football clubs named after a place, as capitalised in running text.
pub fn clubs() -> Vec<String> {
    crate::front_coding::decode(CLUBS)
}

/// The companies list as embedded: the front-coded copy of `data/companies.txt`.
const COMPANIES: &str = include_str!("data/companies.fc");

/// The S&P 500 companies that no other list reads as a word, place or person, as capitalised in
/// running text.
pub fn companies() -> Vec<String> {
    crate::front_coding::decode(COMPANIES)
}

#[cfg(test)]
mod tests {
    use super::NAMES;

    #[test]
    fn compact_files_companies_match_the_readable_list() {
        use crate::front_coding::{check_compact_file, encode, readable_words};
        let words = readable_words(include_str!("data/companies.txt"));
        let expected = encode(words.iter().copied());
        check_compact_file(
            "src/recognize/names/data",
            "companies.fc",
            &expected,
            super::COMPANIES,
        );
        assert!(words.contains(&"Nvidia") && words.contains(&"Chevron"));
        assert!(
            !words.contains(&"Apple") && !words.contains(&"Target"),
            "ordinary words"
        );
        for company in &words {
            assert!(company.split(' ').count() <= super::super::gazetteer::MAX_PHRASE_TOKENS);
        }
    }

    #[test]
    fn compact_files_clubs_match_the_readable_list() {
        use crate::front_coding::{check_compact_file, encode, readable_words};
        let words = readable_words(include_str!("data/clubs.txt"));
        let expected = encode(words.iter().copied());
        assert_eq!(crate::front_coding::decode(&expected), words);
        check_compact_file(
            "src/recognize/names/data",
            "clubs.fc",
            &expected,
            super::CLUBS,
        );
        assert!(words.contains(&"Sheffield Wednesday") && words.contains(&"Real Madrid"));
        for club in &words {
            assert!(club.split(' ').count() <= super::super::gazetteer::MAX_PHRASE_TOKENS);
        }
    }

    #[test]
    fn names_are_capitalised_unique_and_short() {
        let mut seen = std::collections::HashSet::new();
        for name in NAMES {
            assert!(name.starts_with(char::is_uppercase), "{name}");
            assert!(name.split(' ').count() <= super::super::gazetteer::MAX_PHRASE_TOKENS);
            assert!(seen.insert(name), "{name} twice");
        }
    }
}
