//! Case-insensitive regexes without Unicode case-folding tables.
//!
//! The `regex` crate needs its `unicode-case` feature (about 19 KB of the gzipped wasm, measured in
//! bench/README.md, "Decisions that still stand") for the `i` flag. This crate builds `regex` without it and
//! instead rewrites every pattern before compiling it: under `i`, each ASCII letter `x` becomes
//! `[xX]`, each class gains the other case of its ASCII letters, and the `i` flags are removed.
//! So `(?i)` folds ASCII letters only, the same rule as case-insensitive user terms; other
//! letters match as written.
//!
//! ```
//! use textlens::recognize::ascii_case::fold_ascii_case;
//! assert_eq!(fold_ascii_case("(?i)ab[c-e]1").unwrap(), "[aA][bB][c-eC-E]1");
//! assert_eq!(fold_ascii_case("a(?i:b)c").unwrap(), "a(?:[bB])c");
//! assert_eq!(fold_ascii_case("(?i)[x\\d]").unwrap(), "[xX\\d]");
//! ```

use regex_syntax::ast::{
    parse::Parser, Ast, ClassAsciiKind, ClassSet, ClassSetItem, Error, Flag, Flags, FlagsItemKind,
    GroupKind, Span,
};

/// Rewrites `pattern` so that its case-insensitive parts fold ASCII letters without the `i` flag.
///
/// # Errors
/// The pattern's syntax error, if it does not parse (its message quotes the pattern).
pub fn fold_ascii_case(pattern: &str) -> Result<String, Box<Error>> {
    if !may_set_case_flag(pattern) {
        // Nothing to fold: the regex compiler reports any syntax error itself.
        return Ok(pattern.to_string());
    }
    let ast = Parser::new().parse(pattern).map_err(Box::new)?;
    let mut edits = Edits {
        pattern,
        list: Vec::new(),
    };
    edits.ast(&ast, &mut false);
    // The edits are of disjoint leaves and flag lists, made in pattern order.
    let mut out = String::with_capacity(pattern.len() + 4 * edits.list.len());
    let mut at = 0;
    for (span, text) in edits.list {
        out.push_str(&pattern[at..span.start.offset]);
        out.push_str(&text);
        at = span.end.offset;
    }
    out.push_str(&pattern[at..]);
    Ok(out)
}

/// Whether some `(?flags)` or `(?flags:` group of `pattern` may hold `i` (a cheap scan that saves
/// parsing a pattern twice: parsing is most of the first call's cost in wasm).
fn may_set_case_flag(pattern: &str) -> bool {
    pattern.match_indices("(?").any(|(at, _)| {
        pattern[at + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
            .any(|c| c == 'i')
    })
}

/// Text replacements of parts of a pattern, by their spans (the parser's byte offsets).
struct Edits<'p> {
    pattern: &'p str,
    list: Vec<(Span, String)>,
}

impl Edits<'_> {
    /// Walks `ast`; `ci` is the `i` flag in force, changed by flag directives as the parser would
    /// (a directive lasts until the end of its group).
    fn ast(&mut self, ast: &Ast, ci: &mut bool) {
        match ast {
            Ast::Flags(set) => {
                apply(&set.flags, ci);
                if let Some(rest) = self.without_case_flag(&set.flags) {
                    // `(?i)` alone disappears; `(?is)` keeps `(?s)`.
                    let text = if rest.is_empty() {
                        rest
                    } else {
                        format!("(?{rest})")
                    };
                    self.list.push((set.span, text));
                }
            }
            Ast::Literal(lit) if *ci => {
                if let Some(other) = other_case(lit.c) {
                    self.list.push((lit.span, format!("[{}{other}]", lit.c)));
                }
            }
            Ast::ClassBracketed(class) if *ci => self.set(&class.kind),
            Ast::Repetition(rep) => self.ast(&rep.ast, ci),
            Ast::Group(group) => {
                let mut inner = *ci;
                if let GroupKind::NonCapturing(flags) = &group.kind {
                    apply(flags, &mut inner);
                    if let Some(rest) = self.without_case_flag(flags) {
                        self.list.push((flags.span, rest));
                    }
                }
                self.ast(&group.ast, &mut inner);
            }
            Ast::Alternation(alt) => alt.asts.iter().for_each(|a| self.ast(a, ci)),
            Ast::Concat(concat) => concat.asts.iter().for_each(|a| self.ast(a, ci)),
            _ => {}
        }
    }

    /// The text of `flags` without `i`, if it had one.
    fn without_case_flag(&self, flags: &Flags) -> Option<String> {
        flags.flag_state(Flag::CaseInsensitive)?;
        let (mut on, mut off, mut negated) = (String::new(), String::new(), false);
        for item in &flags.items {
            match item.kind {
                FlagsItemKind::Negation => negated = true,
                FlagsItemKind::Flag(Flag::CaseInsensitive) => {}
                FlagsItemKind::Flag(_) => {
                    let text = &self.pattern[item.span.start.offset..item.span.end.offset];
                    if negated {
                        off.push_str(text)
                    } else {
                        on.push_str(text)
                    }
                }
            }
        }
        if !off.is_empty() {
            on.push('-');
            on.push_str(&off);
        }
        Some(on)
    }

    /// Adds the other case of every ASCII letter of a bracketed class (both sides of `&&`, `--`
    /// and `~~`, as the `regex` crate folds them).
    fn set(&mut self, set: &ClassSet) {
        match set {
            ClassSet::Item(item) => self.item(item),
            ClassSet::BinaryOp(op) => {
                self.set(&op.lhs);
                self.set(&op.rhs);
            }
        }
    }

    fn item(&mut self, item: &ClassSetItem) {
        match item {
            ClassSetItem::Literal(lit) => {
                if let Some(other) = other_case(lit.c) {
                    self.list.push((lit.span, format!("{}{other}", lit.c)));
                }
            }
            ClassSetItem::Range(range) => {
                let mut text =
                    self.pattern[range.span.start.offset..range.span.end.offset].to_string();
                for (lo, hi) in [('a', 'z'), ('A', 'Z')] {
                    let (a, b) = (range.start.c.max(lo), range.end.c.min(hi));
                    if let (true, Some(a), Some(b)) = (a <= b, other_case(a), other_case(b)) {
                        text.extend([a, '-', b]);
                    }
                }
                self.list.push((range.span, text));
            }
            ClassSetItem::Ascii(ascii) => {
                if matches!(ascii.kind, ClassAsciiKind::Upper | ClassAsciiKind::Lower) {
                    let not = if ascii.negated { "^" } else { "" };
                    self.list.push((ascii.span, format!("[:{not}alpha:]")));
                }
            }
            ClassSetItem::Bracketed(inner) => self.set(&inner.kind),
            ClassSetItem::Union(union) => union.items.iter().for_each(|i| self.item(i)),
            ClassSetItem::Empty(_) | ClassSetItem::Unicode(_) | ClassSetItem::Perl(_) => {}
        }
    }
}

/// Updates `ci` by the `i` flag in `flags`, if it names it (`i` sets it, `-i` clears it).
fn apply(flags: &Flags, ci: &mut bool) {
    if let Some(state) = flags.flag_state(Flag::CaseInsensitive) {
        *ci = state;
    }
}

/// The other case of an ASCII letter.
fn other_case(c: char) -> Option<char> {
    if c.is_ascii_lowercase() {
        Some(c.to_ascii_uppercase())
    } else if c.is_ascii_uppercase() {
        Some(c.to_ascii_lowercase())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::fold_ascii_case;
    use regex::Regex;

    fn matches(pattern: &str, text: &str) -> bool {
        let folded = fold_ascii_case(pattern).expect("pattern parses");
        Regex::new(&folded)
            .expect("folded pattern compiles")
            .is_match(text)
    }

    #[test]
    fn the_i_flag_folds_ascii_letters_in_scope_only() {
        assert!(matches(r"^(?i)hello$", "HeLLo"));
        assert!(matches(r"^a(?i:b)c$", "aBc"));
        assert!(!matches(r"^a(?i:b)c$", "aBC"));
        assert!(matches(r"^(?i)a(?-i:b)c$", "AbC"));
        assert!(!matches(r"^(?i)a(?-i:b)c$", "ABC"));
        // A directive lasts to the end of its group, across alternatives.
        assert!(matches(r"^(?:x(?i)y|z)$", "Z"));
        assert!(!matches(r"^(?:(?i)y)z$", "yZ"));
    }

    #[test]
    fn classes_gain_the_other_case_and_set_operations_fold_both_sides() {
        assert!(matches(r"^(?i)[a-c]+$", "aBC"));
        assert!(matches(r"^(?i)[^a-c]$", "d"));
        assert!(!matches(r"^(?i)[^a-c]$", "B"));
        assert!(matches(r"^(?i)[0-z]$", "Q"));
        assert!(matches(r"^(?i)[[:upper:]]$", "q"));
        assert!(matches(r"^(?i)[a-z--b]$", "c"));
        assert!(!matches(r"^(?i)[a-z--b]$", "B"));
    }

    #[test]
    fn other_flags_escapes_and_unicode_survive() {
        assert!(matches(r"(?is)^a.b$", "A\nB"));
        assert!(matches(r"(?i)(?-u:\b)x\s+y", "X\u{a0}Y"));
        assert!(matches(r"^(?i)caf\x{e9}\u{00e9}$", "CAFéé"));
        // Non-ASCII letters are not folded.
        assert!(!matches(r"^(?i)é$", "É"));
        assert_eq!(fold_ascii_case(r"(?i)").as_deref(), Ok(""));
        assert_eq!(fold_ascii_case(r"(?i-s)a").as_deref(), Ok("(?-s)[aA]"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any mix of pieces, under any flags, still compiles; `(?i)` matches every casing of an
        /// ASCII word, and a pattern without `i` is left as written.
        #[test]
        fn folded_patterns_compile_and_match_every_casing(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "[a-f]", "[^q]", "\\d", "\\s", "(?:x|y)", "(?s:.)", "[[:lower:]]", "é", "\\x41",
                "+", "?", "|", "(?-i:k)", "(b)", "[0-9&&[^5]]",
            ]), 0..8),
            word in "[a-zA-Z]{1,12}",
            flips in proptest::collection::vec(proptest::bool::ANY, 12),
        ) {
            let pattern = pieces.concat();
            if let Ok(folded) = fold_ascii_case(&format!("(?i){pattern}")) {
                proptest::prop_assert!(Regex::new(&folded).is_ok(), "{folded}");
            }
            let flipped: String = word.chars().zip(&flips).map(|(c, &f)| {
                if f { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }
            }).collect();
            let anchored = format!("^(?i){word}$");
            proptest::prop_assert!(matches(&anchored, &flipped));
            proptest::prop_assert_eq!(fold_ascii_case(&word).ok(), Some(word.clone()));
        }
    }

    #[test]
    fn patterns_without_an_i_flag_are_kept_as_written() {
        for pattern in [r"a(?:b)(?P<x>c)(?-u:\b)[(?i)]", r"\(?i", "(?s)."] {
            let folded = fold_ascii_case(pattern).expect("parses");
            assert_eq!(
                Regex::new(&folded).ok().map(|r| r.as_str().to_string()),
                Some(folded.clone())
            );
        }
        assert_eq!(fold_ascii_case(r"(?P<i>a)").as_deref(), Ok(r"(?P<i>a)"));
        assert_eq!(fold_ascii_case(r"(?s)a").as_deref(), Ok(r"(?s)a"));
    }

    /// A verbose (`x`) pattern folds to one that matches as its plain form does: whitespace and
    /// `#` comments are kept as written (the compiler drops them), escaped spaces stay literal.
    #[test]
    fn verbose_patterns_fold_as_their_plain_form() {
        let hir = |pattern: &str| {
            let folded = fold_ascii_case(pattern).expect("pattern parses");
            format!("{:?}", regex_syntax::Parser::new().parse(&folded))
        };
        for (verbose, plain) in [
            ("(?xi) a b # (?i) c", "(?i)ab"),
            ("(?x)(?i) [ a - c ] x", "(?i)[a-c]x"),
            ("(?xi) a\\ b \\# c", "(?i)a b#c"),
            ("(?x: (?i) a b ) c", "(?:(?i)ab) c"),
            ("(?x) a (?i: b | c ) d", "a(?i:b|c)d"),
            ("(?x)\n(?i)\n  ab   # first\n | cd # second\n", "(?i)ab|cd"),
            ("(?xi) [ \\# ] z", "(?i)[#]z"),
        ] {
            assert_eq!(hir(verbose), hir(plain), "{verbose:?}");
        }
        // In verbose mode `#` starts a comment even in a class: a literal one is `\#`.
        assert!(fold_ascii_case("(?xi)[#]z").is_err());
    }

    #[test]
    fn syntax_errors_are_reported() {
        assert!(fold_ascii_case("(?i)[a-").is_err());
        assert!(fold_ascii_case("(?i)(").is_err());
    }
}
