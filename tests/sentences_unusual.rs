//! Sentence counts on unusual text (issue 13, point 4): legal clauses with enumerations and section
//! numbers, sports results full of numbers, bullet lists and headings without full stops. Each case
//! lists the sentences a careful reader gives; the splitter must find exactly those, and the
//! statistics must count them.

use textlens::segment::sentences;

/// Checks that `text` splits into exactly `expected` (line breaks inside a sentence shown as spaces)
/// and that the statistics count as many sentences.
fn check(text: &str, expected: &[&str]) {
    let found: Vec<String> = sentences(text)
        .into_iter()
        .map(|r| text[r].split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(found, expected, "sentences of {text:?}");
    assert_eq!(textlens::stats::compute(text).sentences, expected.len());
}

#[test]
fn legal_clauses_with_section_numbers_and_enumerations() {
    check(
        "§ 1. Scope. This Agreement applies to all Services.\n\
         § 2. Obligations of the Licensee. The Licensee shall:\n\
         (a) pay the fees set out in Schedule 1;\n\
         (b) keep the Software confidential; and\n\
         (c) comply with § 4.2 of this Agreement.\n\
         Art. 5 para. 3 applies mutatis mutandis. See also sec. 12(b)(iii) and 15 U.S.C. § 1681. \
         No. 7 of the Rules is repealed.",
        &[
            "§ 1. Scope.",
            "This Agreement applies to all Services.",
            "§ 2. Obligations of the Licensee.",
            "The Licensee shall: (a) pay the fees set out in Schedule 1; (b) keep the Software \
             confidential; and (c) comply with § 4.2 of this Agreement.",
            "Art. 5 para. 3 applies mutatis mutandis.",
            "See also sec. 12(b)(iii) and 15 U.S.C. § 1681.",
            "No. 7 of the Rules is repealed.",
        ],
    );
}

#[test]
fn numbered_clauses_with_headings_and_cross_references() {
    check(
        "1. Definitions. In this Agreement \"Services\" means the services in Sch. 2.\n\
         2. Term. This Agreement begins on 1 Jan. 2025 and ends under cl. 14.3. Either party may \
         terminate it under §§ 9–11.\n\
         3. Fees. The Customer shall pay (i) the annual fee, (ii) any expenses, and (iii) VAT.",
        &[
            "1. Definitions.",
            "In this Agreement \"Services\" means the services in Sch. 2.",
            "2. Term.",
            "This Agreement begins on 1 Jan. 2025 and ends under cl. 14.3.",
            "Either party may terminate it under §§ 9–11.",
            "3. Fees.",
            "The Customer shall pay (i) the annual fee, (ii) any expenses, and (iii) VAT.",
        ],
    );
}

#[test]
fn sports_results_full_of_numbers() {
    check(
        "Results: Arsenal 2-1 Chelsea, Liverpool 0-0 Everton. Federer beat Nadal 6-4, 3-6, 7-6 \
         (7-5). He won $1.5 million.\n\
         In the 100 m final, Bolt ran 9.58 s; Gay was 2nd in 9.71 s. Blake was 3rd in 9.75. The \
         Yankees won 5-3 in 10 innings on Oct. 3. Attendance: 45,321.",
        &[
            "Results: Arsenal 2-1 Chelsea, Liverpool 0-0 Everton.",
            "Federer beat Nadal 6-4, 3-6, 7-6 (7-5).",
            "He won $1.5 million.",
            "In the 100 m final, Bolt ran 9.58 s; Gay was 2nd in 9.71 s.",
            "Blake was 3rd in 9.75.",
            "The Yankees won 5-3 in 10 innings on Oct. 3.",
            "Attendance: 45,321.",
        ],
    );
}

#[test]
fn a_results_table_and_its_scorers_line() {
    check(
        "Premier League\nArsenal 2 Chelsea 1\nLiverpool 0 Everton 0\nMan City 3 Spurs 2\n\n\
         Scorers: Saka 12', 67'; Palmer 88' (pen.). Att. 60,112. Ref. M. Oliver.",
        &[
            "Premier League",
            "Arsenal 2 Chelsea 1",
            "Liverpool 0 Everton 0",
            "Man City 3 Spurs 2",
            "Scorers: Saka 12', 67'; Palmer 88' (pen.).",
            "Att. 60,112.",
            "Ref. M. Oliver.",
        ],
    );
}

#[test]
fn bullet_and_numbered_lists_count_one_sentence_per_item() {
    check(
        "Shopping list\n- eggs\n- milk\n- 2 lb. flour\n* Buy bread\n• Call Mom\n\n\
         1. Preheat the oven.\n2. Mix the flour and eggs\n3. Bake for 20 min. at 180 °C.",
        &[
            "Shopping list",
            "- eggs",
            "- milk",
            "- 2 lb. flour",
            "* Buy bread",
            "• Call Mom",
            "1. Preheat the oven.",
            "2. Mix the flour and eggs",
            "3. Bake for 20 min. at 180 °C.",
        ],
    );
}

#[test]
fn headings_without_full_stops_stand_alone() {
    check(
        "Introduction\n\nTextlens counts sentences in web pages. It runs in the browser.\n\n\
         Results and Discussion\nThe splitter handles headings well. Short lines are kept apart.\n\n\
         Conclusion\nWe are done",
        &[
            "Introduction",
            "Textlens counts sentences in web pages.",
            "It runs in the browser.",
            "Results and Discussion",
            "The splitter handles headings well.",
            "Short lines are kept apart.",
            "Conclusion",
            "We are done",
        ],
    );
}

#[test]
fn a_colon_before_a_plain_list_still_ends_at_each_item() {
    // Only an enumerated item ("(a)", "2)") continues the clause; bullets after a colon are items.
    check(
        "You will need:\n- eggs\n- milk\nBake it for 20 minutes.",
        &[
            "You will need:",
            "- eggs",
            "- milk",
            "Bake it for 20 minutes.",
        ],
    );
}
