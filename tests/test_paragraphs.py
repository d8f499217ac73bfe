"""Reading numbered paragraphs out of real PDFs that each test draws from the text it holds."""

import pytest

from index import read_pages, split_paragraphs
from index.errors import UnreadablePDF
from index.readers.furniture import make_pages
from pdfs import PageSpec, aes_pdf, inflating_pdf, make_pdf, margin_numbered_pdf

HEADER = "Best Value Inspection of the London Borough of Eastmarsh"

# Each row: pages as drawn, then {section: expected text or (text, first_page, last_page)}.
CASES = [
    pytest.param(
        [["3 Culture",
          "3.1 We found that the scrutiny function was weak and confused, and that the level of",
          "challenge offered by members has in our view been inade-",
          "quate for an authority of this size."]],
        {"3.1": "We found that the scrutiny function was weak and confused, and that the level of "
                "challenge offered by members has in our view been inadequate for an authority of "
                "this size."},
        id="line-end-hyphen-rejoined"),
    pytest.param(
        [["4 Leadership",
          "4.1 Informal decision-making by the Mayor's Office bypasses the formal decision-",
          "making processes of the Authority."]],
        {"4.1": "Informal decision-making by the Mayor's Office bypasses the formal "
                "decision-making processes of the Authority."},
        id="compound-broken-after-its-hyphen-kept"),
    pytest.param(
        [["3 Culture",
          "3.1 Ashcombe has a well-led finance team, but its scrutiny function is not well-",
          "resourced, and the problems we found are deep-",
          "rooted in the council's culture. Ash-",
          "combe's members under-",
          "stand this."]],
        {"3.1": "Ashcombe has a well-led finance team, but its scrutiny function is not "
                "well-resourced, and the problems we found are deep-rooted in the council's "
                "culture. Ashcombe's members understand this."},
        id="compounds-at-line-ends-kept-words-joined"),
    pytest.param(
        [["4 Leadership",
          "4.1 The Mayor has made three permanent senior appointments since 2023, which has",
          "brought welcome stability to the corporate leadership team. The survey also",
          "showed that managers were trusted more than senior leaders, and that officers"],
         ["in frontline services were the most positive group.",
          "4.2 Many good managers had left the organisation."]],
        {"4.1": ("The Mayor has made three permanent senior appointments since 2023, which has "
                 "brought welcome stability to the corporate leadership team. The survey also "
                 "showed that managers were trusted more than senior leaders, and that officers "
                 "in frontline services were the most positive group.", 1, 2),
         "4.2": ("Many good managers had left the organisation.", 2, 2)},
        id="paragraph-across-page-break-without-footer-leak"),
    pytest.param(
        [["5 Scrutiny",
          "5.1 Members told us that the level of challenge offered at committee was inade-"],
         ["quate and that reports arrived late.",
          "5.2 Call-in powers were used twice."]],
        {"5.1": ("Members told us that the level of challenge offered at committee was inadequate "
                 "and that reports arrived late.", 1, 2)},
        id="hyphenated-word-across-page-break"),
    pytest.param(
        [["4 Leadership",
          "4.5 The council has not yet published a credible improvement plan.",
          "4.50 We recommend that the council publishes an improvement plan within three months."]],
        {"4.5": "The council has not yet published a credible improvement plan.",
         "4.50": "We recommend that the council publishes an improvement plan within three months."},
        id="4.5-and-4.50-are-different-paragraphs"),
    pytest.param(
        [["2 Finance",
          "2.1 The Authority's budget for 2024/25 is £1.42 billion, of which the General Fund is",
          "£3.4 million higher than last year. Interest rose to",
          "4.50% over the period, as noted in paragraph",
          "2.7 of the previous report.",
          "2.2 Reserves are adequate."]],
        {"2.1": "The Authority's budget for 2024/25 is £1.42 billion, of which the General Fund is "
                "£3.4 million higher than last year. Interest rose to 4.50% over the period, as "
                "noted in paragraph 2.7 of the previous report.",
         "2.2": "Reserves are adequate."},
        id="amounts-percentages-and-cross-references-do-not-start-paragraphs"),
    pytest.param(
        [["6 Housing",
          "6.1 Repairs performance has fallen, as the table shows:",
          "Quarter Target Actual",
          "1.1 95 91",
          "6.2 Tenants' satisfaction stands at 61%."]],
        {"6.1": "Repairs performance has fallen, as the table shows: Quarter Target Actual 1.1 95 91",
         "6.2": "Tenants' satisfaction stands at 61%."},
        id="table-cell-out-of-sequence-is-not-a-paragraph"),
    pytest.param(
        [PageSpec(["3 Culture",
                   "3.2 The Authority has overspent its budgets.8 The pattern has persisted for",
                   "three years."],
                  footnotes=["8 Source: the Authority's outturn reports, 2021/22 to 2023/24."])],
        {"3.2": "The Authority has overspent its budgets. The pattern has persisted for three years."},
        id="footnote-marker-removed-footnote-kept-apart"),
    pytest.param(
        [["7 Governance",
          "7.3 The constitution sets out the following:",
          "7.3.1 Members may call in an executive decision within five working days.",
          "7.3.2 A call-in is heard by the Overview and Scrutiny Committee.",
          "7.4 These rules were not followed."]],
        {"7.3": "The constitution sets out the following:",
         "7.3.1": "Members may call in an executive decision within five working days.",
         "7.3.2": "A call-in is heard by the Overview and Scrutiny Committee.",
         "7.4": "These rules were not followed."},
        id="three-level-numbers"),
    pytest.param(
        [["3 Culture",
          "3.1 Staff described the culture to us as follows:",
          "• cautious and inward-looking;",
          "• slow to act on concerns.",
          "3.2 We agree."]],
        {"3.1": "Staff described the culture to us as follows: • cautious and inward-looking; "
                "• slow to act on concerns."},
        id="bullet-list-inside-a-paragraph"),
    pytest.param(
        [["8 Housing",
          "8.1",
          "Repairs performance has fallen in each of the last three years.",
          "8.2",
          "‘We are firefighting,’ one manager told us."]],
        {"8.1": "Repairs performance has fallen in each of the last three years.",
         "8.2": "‘We are firefighting,’ one manager told us."},
        id="number-on-a-line-of-its-own"),
    pytest.param(
        [["3 Finance",
          "3.12 The Authority should publish its savings plan."],
         ["Annex A Recommendations",
          "R3 Informal Cabinet briefings should be minuted."]],
        {"3.12": "The Authority should publish its savings plan."},
        id="an-annex-ends-the-numbered-chapters"),
    pytest.param(
        [["2 Governance", "2.10 Members raised concerns with the group leaders.", "2.11",
          "Nothing was done."],
         ["2.12", "2023/24 was the first year in which the budget balanced."],
         ["2.13", "In only one case did the group leaders act."]],
        {"2.10": "Members raised concerns with the group leaders.",
         "2.12": "2023/24 was the first year in which the budget balanced.",
         "2.13": "In only one case did the group leaders act."},
        id="number-alone-at-a-page-top-is-not-furniture"),
    pytest.param(
        [["Eastmarsh Best Value Inspection | Chapter 3 – Culture", "3 Culture",
          "3.1 Trust between members and officers has broken down, and staff told us",
          "that they were afraid to raise concerns."],
         ["Eastmarsh Best Value Inspection | Chapter 3 – Culture",
          "3.2 Members told us that the Cabinet runs the council by text message, and that",
          "officers find out afterwards."],
         ["Eastmarsh Best Value Inspection | Chapter 4 – Leadership", "4 Leadership",
          "4.1 The Leader chairs every informal meeting of the Cabinet."],
         ["Eastmarsh Best Value Inspection | Chapter 5 – Finance", "5 Finance",
          "5.1 The general fund reserve fell from £14.2 million to £6.1 million."]],
        {"3.1": "Trust between members and officers has broken down, and staff told us that "
                "they were afraid to raise concerns.",
         "3.2": "Members told us that the Cabinet runs the council by text message, and that "
                "officers find out afterwards.",
         "4.1": "The Leader chairs every informal meeting of the Cabinet.",
         "5.1": "The general fund reserve fell from £14.2 million to £6.1 million."},
        id="running-header-whose-chapter-half-changes-is-furniture"),
    pytest.param(
        [["8 Finance", "Eastmarsh District Council: Best Value Inspection", "8 Finance",
          "8.1 The general fund reserve fell from £14.2 million to £6.1 million."],
         ["8 Finance", "Eastmarsh District Council: Best Value Inspection",
          "8.2 Savings were not delivered."],
         ["9 Capacity to improve", "Eastmarsh District Council: Best Value Inspection",
          "9 Capacity to improve", "9.1 The council's leadership has accepted that it faces",
          "serious difficulties."],
         ["9 Capacity to improve", "Eastmarsh District Council: Best Value Inspection",
          "9.2 We believe the council can recover, but recovery will take at least three years."],
         ["Recommendations", "Eastmarsh District Council: Best Value Inspection",
          "Recommendations", "We make the following recommendations to the council.",
          "Recommendation 1", "The council should prepare a single improvement plan."],
         ["Recommendations", "Eastmarsh District Council: Best Value Inspection",
          "Recommendation 2", "The council should review its constitution."],
         ["Annex A: People we metEastmarsh District Council: Best Value Inspection",
          "Annex A: People we met", "During the inspection we met the Leader of the Council."]],
        {"9.2": "We believe the council can recover, but recovery will take at least three years.",
         "R1": "The council should prepare a single improvement plan.",
         "R2": "The council should review its constitution."},
        id="chapter-heading-under-its-running-header-and-the-header-on-one-line"),
    pytest.param(
        # GOV.UK's recommendations give the label twice, "Recommendation 4 (R4)": the "(R4)"
        # is the label's, not a word of the recommendation (issue 20)
        [["3 Conclusions", "3.1 We make the following recommendations.",
          "3.2 The council has accepted our findings.",
          "Recommendation 1 (R1) The council should prepare an improvement plan within",
          "six months.",
          "Recommendation 2 (R2) The council should review its constitution.",
          "Recommendation 3 (R3): The council should appoint a permanent monitoring officer."]],
        {"R1": "The council should prepare an improvement plan within six months.",
         "R2": "The council should review its constitution.",
         "R3": "The council should appoint a permanent monitoring officer."},
        id="a-recommendations-label-repeated-in-brackets-is-no-word-of-it"),
    pytest.param(
        [["2 Governance", "2.1 Decisions are taken at an informal weekly meeting of the",
          "Leader and two Cabinet members.", "2 Governance"],
         ["for which no notes are kept.", "2.2 Scrutiny rarely calls decisions in.",
          "2 Governance"]],
        {"2.1": "Decisions are taken at an informal weekly meeting of the Leader and two Cabinet "
                "members. for which no notes are kept.",
         "2.2": "Scrutiny rarely calls decisions in."},
        id="chapter-title-at-the-foot-of-two-pages-is-furniture"),
    pytest.param(
        [["2 Governance", "2 Governance", "2.1 The protocol on member-officer relations dates from",
          "2014.", "2.2 Only 19 of the 51 councillors have completed the programme in full."],
         ["3 Culture", "3 Culture", "3.1 We commissioned a confidential survey of all staff."],
         ["4 Finance", "4 Finance", "4.1 The general fund reserve fell by a third."]],
        {"2.2": "Only 19 of the 51 councillors have completed the programme in full.",
         "3": "Culture", "3.1": "We commissioned a confidential survey of all staff."},
        id="a-chapter-of-one-page-its-header-half-over-its-heading-is-furniture"),
    pytest.param(
        [["4 Finance", "4.1 The Investment Board kept no minutes before 2022.", "Table 2",
          "General fund reserve and external borrowing, £ million", "March 2021 March 2025",
          "General fund reserve 18.6 7.4", "External borrowing 171.0 188.5"],
         ["5 Scrutiny", "5.1 The committee met four times in 2024/25."]],
        {"4.1": "The Investment Board kept no minutes before 2022.",
         "Table 2": "General fund reserve and external borrowing, £ million March 2021 March 2025 "
                    "General fund reserve 18.6 7.4 External borrowing 171.0 188.5"},
        id="table-number-on-a-line-of-its-own-over-its-title-is-the-tables-caption"),
    pytest.param(
        [["1 Introduction", "1. We were appointed in April 2024.",
          "2. We held 146 interviews.", "2 Leadership", "Political leadership",
          "3. The Leader chairs every informal meeting.", "4. Officers are not present."],
         ["3 Finance", "5. Reserves fell by a third.", "6. Savings were not delivered."]],
        {"2": "We held 146 interviews.", "3": "The Leader chairs every informal meeting.",
         "4": "Officers are not present.", "5": "Reserves fell by a third."},
        id="chapter-titles-of-a-report-numbered-straight-through-are-headings"),
    pytest.param(
        [["Contents", "1 Introduction", "2 Governance"],
         ["Foreword", "This report sets out our findings."],
         ["1 Introduction", "1.1 The inspection began in March 2024."],
         ["2 Governance", "2.1 Governance is weak."]],
        {"1": ("Introduction", 3, 3), "2": ("Governance", 4, 4)},
        id="contents-page-is-not-the-chapter-heading"),
    pytest.param(
        [["Chapter 4: Leadership", "4 Leadership", "4.1 The Mayor has made three senior",
          "appointments since 2023."],
         ["Chapter 4: Leadership", "4.2 The survey found that managers were trusted more than",
          "senior leaders, and that officers"],
         ["Chapter 4: Leadership", "in frontline services were the most positive group.",
          "4.3 Responses by directorate:", "Adults 27% 19%", "Public Health 31% 12%", "187"]],
        {"4.2": ("The survey found that managers were trusted more than senior leaders, and that "
                 "officers in frontline services were the most positive group.", 2, 3),
         "4.3": "Responses by directorate: Adults 27% 19% Public Health 31% 12% 187"},
        id="a-chapter-running-header-goes-a-table-cell-at-the-foot-stays"),
    pytest.param(
        [["Chapter 1: Introduction", "1.", "This report sets out our findings.", "2.",
          "We interviewed 37 people.", "Chapter 2: Governance", "3. The constitution is out of date.",
          "4.", "Officers were unsure who could decide."],
         ["5.", "2023/24 saw three chief executives.", "6. Members do not receive reports."]],
        {"1": "This report sets out our findings.", "3": "The constitution is out of date.",
         "5": ("2023/24 saw three chief executives.", 2, 2), "6": "Members do not receive reports."},
        id="paragraphs-numbered-straight-through"),
    pytest.param(
        # groff -ms numbers its own headings (.NH): "1. Introduction", "1.1. Background";
        # beneath them the paragraphs run 1. to 12.: the subheadings' "1.1", "1.2", "2.1",
        # "2.2" were read as the report's numbering and every paragraph number lost (issue 20)
        [["1. Introduction", "1.1. Background",
          "1. The council asked for this inspection in March 2024 after the auditor's report",
          "on its finances was published.",
          "2. We read the council's papers for the three years before the inspection and we",
          "spoke to members, officers and partners.",
          "3. Members told us that the culture of the council had improved since 2023.",
          "1.2. How we worked",
          "4. The team spent six weeks on site, interviewing people in groups and alone and",
          "observing the meetings of the cabinet and of the scrutiny committees.",
          "5. Staff answered a survey for the inspection: a third of them replied to it."],
         ["2. Leadership and culture", "2.1. Political leadership",
          "6. The Leader chairs every informal meeting of the cabinet and its members speak",
          "with one voice in public.",
          "7. Officers are not present at the group meetings where decisions are taken.",
          "2.2. Officers",
          "8. The chief executive was appointed in 2023 after two years of interim posts,",
          "and has brought a stable senior team.",
          "9. Reserves fell by a third over the period we looked at.",
          "10. Savings were not delivered in full in any of the three years.",
          "11. The council has no plan for the arrears of rent that followed.",
          "12. We make four recommendations."]],
        {"1": ("The council asked for this inspection in March 2024 after the auditor's report "
               "on its finances was published.", 1, 1),
         "3": "Members told us that the culture of the council had improved since 2023.",
         "5": "Staff answered a survey for the inspection: a third of them replied to it.",
         "6": ("The Leader chairs every informal meeting of the cabinet and its members speak "
               "with one voice in public.", 2, 2),
         "7": "Officers are not present at the group meetings where decisions are taken.",
         "12": "We make four recommendations."},
        id="paragraphs-numbered-straight-through-under-numbered-headings-and-subheadings"),
    pytest.param(
        [["10 Conclusions",
          "10.1 We make the following recommendations.",
          "Recommendations",
          "R1 The council should appoint commissioners for a period of not less",
          "than three years.",
          "R2",
          "Review the constitution, including the scheme of delegation, within six months.",
          "R3 The council should strengthen its scrutiny function."]],
        {"10.1": "We make the following recommendations.",
         "R1": "The council should appoint commissioners for a period of not less than three "
               "years.",
         "R2": "Review the constitution, including the scheme of delegation, within six months.",
         "R3": "The council should strengthen its scrutiny function."},
        id="recommendations-under-their-labels-are-places"),
    pytest.param(
        [["5 Finance",
          "5.1 The council's reserves fell by a third. R2 funding, as the finance team calls",
          "the second round of grant, was not renewed."]],
        {"5.1": "The council's reserves fell by a third. R2 funding, as the finance team calls "
                "the second round of grant, was not renewed."},
        id="a-lone-label-inside-a-paragraph-is-no-place"),
    pytest.param(
        [["9 Next steps",
          "9.1 The council has agreed to publish a plan.",
          "Appendix B: How we worked",
          "B.1 Visits ran from March to June and covered each depot.",
          "B.2",
          "Officers answered a short written questionnaire before each visit.",
          "B.3 Residents wrote to a dedicated address; 41 letters arrived."]],
        {"9.1": "The council has agreed to publish a plan.",
         "B.1": "Visits ran from March to June and covered each depot.",
         "B.2": "Officers answered a short written questionnaire before each visit.",
         "B.3": "Residents wrote to a dedicated address; 41 letters arrived."},
        id="appendix-paragraphs-under-their-letter-are-places"),
    pytest.param(
        [["6 Housing",
          "6.1 Repairs are slower than they were.",
          "Annex C",
          "C1 The sample held 200 repair orders from one year.",
          "C2 Each order was traced from the call to the finished job."]],
        {"6.1": "Repairs are slower than they were.",
         "C1": "The sample held 200 repair orders from one year.",
         "C2": "Each order was traced from the call to the finished job."},
        id="annex-paragraphs-numbered-without-a-full-stop"),
    pytest.param(
        [["7 Transport",
          "7.1 Traffic on the ring road is heavy at peak hours.",
          "A1 traffic joins it from the north, as the survey showed."]],
        {"7.1": "Traffic on the ring road is heavy at peak hours. A1 traffic joins it from the "
                "north, as the survey showed."},
        id="a-road-number-opening-a-line-is-no-annex-paragraph"),
    pytest.param(
        [["4 Money",
          "4.1 Spending on agency staff has grown every year. Table 3 sets it out.",
          "Table 3: Agency spending, £ million",
          "Service 2022 2023 2024",
          "Waste 1.2 2.7 3.4",
          "Parks 0.6 0.9 1.5"],
         ["Libraries 0.3 0.4 0.8",
          "Total 2.1 4.0 5.7",
          "4.2 The council has no plan to bring the posts back in house."]],
        {"4.1": "Spending on agency staff has grown every year. Table 3 sets it out.",
         "Table 3": ("Service 2022 2023 2024 Waste 1.2 2.7 3.4 Parks 0.6 0.9 1.5 "
                     "Libraries 0.3 0.4 0.8 Total 2.1 4.0 5.7", 1, 2),
         "4.2": ("The council has no plan to bring the posts back in house.", 2, 2)},
        id="a-table-over-a-page-break-is-a-place-of-its-own"),
    pytest.param(
        [["5 Staff",
          "5.1 We asked staff what they thought.",
          "Table 4: Answers to the survey",
          "Question Yes No",
          "I know my goals 70% 30%",
          "Workload",
          "5.2 Staff said their workload had grown."]],
        {"5.1": "We asked staff what they thought.",
         "Table 4": "Question Yes No I know my goals 70% 30%",
         "5.2": "Staff said their workload had grown."},
        id="a-subheading-after-a-table-ends-it"),
    pytest.param(
        [["5 Staff",
          "5.1 We asked staff what they thought.",
          "Table 4: Answers to the survey",
          "Question Yes No",
          "I know my goals 70% 30%",
          "Source: our survey of 300 staff, May 2025.",
          "5.2 Staff said their workload had grown."]],
        {"Table 4": "Question Yes No I know my goals 70% 30%",
         "5.2": "Staff said their workload had grown."},
        id="a-source-note-under-a-table-is-not-a-row"),
    pytest.param(
        [["5 Staff",
          "5.1 The results of the survey we ran are set out in",
          "Table 4. Most staff answered every question."]],
        {"5.1": "The results of the survey we ran are set out in Table 4. Most staff answered "
                "every question."},
        id="a-wrapped-reference-to-a-table-is-no-caption"),
    pytest.param(
        [["3 Housing",
          "3.1 Rents rose by 7% in 2023 [footnote 2] and arrears followed [footnote 3].",
          "3.2 The council has no plan for the arrears."]],
        {"3.1": "Rents rose by 7% in 2023 and arrears followed.",
         "3.2": "The council has no plan for the arrears."},
        id="calls-printed-as-words-by-a-browser-are-no-text"),
    pytest.param(
        [PageSpec(["3 Culture",
                   "3.1 The Authority has overspent its budgets.1 The pattern has persisted.",
                   "3.2 Reserves fell by a third.2"],
                  footnotes=["1 Outturn reports, 2021/22 to 2023/24."]),
         PageSpec(["3.3 Savings were not delivered.3", "3.4 Members were not told."],
                  footnotes=["2 Statement of accounts, 2023/24.", "3 Budget monitoring, 2024."])],
        {"3.2": "Reserves fell by a third.", "3.4": "Members were not told."},
        id="a-footnote-carried-to-the-next-page-above-another"),
    pytest.param(
        [PageSpec(["1. We were appointed in April 2024.", "2. We held 146 interviews.1",
                   "3. We met the Leader.", "4. We read the papers of 40 meetings.",
                   "5. We ran a staff survey.2"],
                  footnotes=["1 Listed in Annex A."]),
         PageSpec(["6. The council's culture has not supported good governance.",
                   "7. Changing the culture will take time."],
                  footnotes=["2 The survey had 412 responses."])],
        {"5": "We ran a staff survey.", "7": "Changing the culture will take time."},
        id="a-footnote-carried-alone-below-paragraphs-numbered-past-it"),
    pytest.param(
        [PageSpec(["3 Housing",
                   "3.1 Rents rose by 7% in 2023 [footnote",
                   "2] and arrears followed.1",
                   "3.2 The council has no plan for the arrears."],
                  footnotes=["1 Rent accounts, 2023/24, as revised [footnote 2]."])],
        {"3.1": "Rents rose by 7% in 2023 and arrears followed.",
         "3.2": "The council has no plan for the arrears."},
        id="a-printed-call-broken-at-a-line-end-and-in-a-footnote"),
    pytest.param(
        [PageSpec(["4 Money", "4.1 Agency spending rose sharply.4 Members were not told.",
                   "4.2 The auditor asked for a plan.5"],
                  footnotes=["4Agency invoices, 2024/25.", "5CIPFA guidance, 2023."])],
        {"4.1": "Agency spending rose sharply. Members were not told.",
         "4.2": "The auditor asked for a plan."},
        id="a-footnote-label-glued-to-its-text-is-still-a-footnote"),
]


READERS = ["pypdf", "pdfium"]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("pages,expected", CASES)
def test_paragraphs(tmp_path, pages, expected, reader):
    pdf = make_pdf(tmp_path / "report.pdf", pages, header=HEADER)
    paragraphs = {p.section: p for p in split_paragraphs(read_pages(pdf, reader)) if p.section}
    for section, want in expected.items():
        text, first, last = want if isinstance(want, tuple) else (want, None, None)
        assert section in paragraphs, f"{section} not found; got {sorted(paragraphs)}"
        got = paragraphs[section]
        assert got.text == text
        if first is not None:
            assert (got.first_page, got.last_page) == (first, last)
    assert set(paragraphs) - {s for s in paragraphs if "." not in s} == \
        {s for s in paragraphs if "." in s}


def test_each_place_has_its_kind_and_a_table_its_caption(tmp_path):
    pdf = make_pdf(tmp_path / "report.pdf", [[
        "2 Findings", "2.1 The council spends too much on agency staff.",
        "Table 1: Agency spending by year", "Year Spend", "2023 4.1", "2024 5.2",
        "2.2 We make two recommendations.", "R1 Cut agency spending by half.",
        "R2 Report progress each quarter.", "Annex A: Method",
        "A.1 We read the budget books.", "A.2 We met the finance team."]], header=HEADER)
    kinds = {p.section: (p.kind.value, p.heading) for p in split_paragraphs(read_pages(pdf))
             if p.section and p.section[0] in "TRA"}
    assert kinds == {"Table 1": ("table", "Table 1: Agency spending by year"),
                     "R1": ("recommendation", "Findings"), "R2": ("recommendation", "Findings"),
                     "A.1": ("annex", "Annex A: Method"), "A.2": ("annex", "Annex A: Method")}


# Paragraphs numbered in the left margin (issue 20): (number, lines, font size) a page.
MARGIN_STRAIGHT = [
    [(None, ["Inspection of the council"], 16),
     ("1", ["Introduction"], 13),
     ("1", ["We were asked to look at the council's governance and its money, and",
            "we spent six weeks on site."], 10.5),
     ("2", ["Members of every group spoke to us; so did thirty officers and the",
            "auditor."], 10.5),
     ("3", ["The council cooperated with the inspection throughout."], 10.5)],
    [("2", ["Findings"], 13),
     ("4", ["Reserves fell from £12.4 million to £7.9 million in three years, the",
            "steepest fall among comparable councils."], 10.5),
     ("5", ["Scrutiny meetings were cancelled five times in 2024 for want of a",
            "quorum."], 10.5),
     ("6", ["The leader answered every question we put to him."], 10.5)],
]
MARGIN_LEVELS = [
    [("3", ["Governance"], 13),
     ("3.1", ["The constitution has not been reviewed since 2015."], 10.5),
     ("3.1.1", ["Its scheme of delegation names posts that no longer exist, so",
                "nobody can say who may decide."], 10.5),
     ("3.1.2", ["Urgent decisions are taken without the chair's consent."], 10.5),
     ("3.2", ["The audit committee has no independent member."], 10.5)],
    [("3.2.1", ["Its meetings are short and its papers late, often by a week."], 10.5),
     ("3.3", ["Members receive no training on the code of conduct."], 10.5)],
]


@pytest.mark.parametrize("pages, numbers_last, expected", [
    pytest.param(MARGIN_STRAIGHT, True,
                 {"1": "We were asked to look at the council's governance and its money, and "
                       "we spent six weeks on site.",
                  "2": "Members of every group spoke to us; so did thirty officers and the "
                       "auditor.",
                  "3": "The council cooperated with the inspection throughout.",
                  "4": "Reserves fell from £12.4 million to £7.9 million in three years, the "
                       "steepest fall among comparable councils.",
                  "5": "Scrutiny meetings were cancelled five times in 2024 for want of a quorum.",
                  "6": "The leader answered every question we put to him."},
                 id="straight-through-numbers-drawn-after-the-text"),
    pytest.param(MARGIN_STRAIGHT, False,
                 {"1": "We were asked to look at the council's governance and its money, and "
                       "we spent six weeks on site.",
                  "6": "The leader answered every question we put to him."},
                 id="straight-through-numbers-drawn-first"),
    pytest.param(MARGIN_LEVELS, True,
                 {"3.1": "The constitution has not been reviewed since 2015.",
                  "3.1.1": "Its scheme of delegation names posts that no longer exist, so "
                           "nobody can say who may decide.",
                  "3.1.2": "Urgent decisions are taken without the chair's consent.",
                  "3.2": "The audit committee has no independent member.",
                  "3.2.1": "Its meetings are short and its papers late, often by a week.",
                  "3.3": "Members receive no training on the code of conduct."},
                 id="three-levels"),
])
def test_numbers_in_the_margin_number_their_paragraphs(tmp_path, pages, numbers_last, expected):
    pdf = margin_numbered_pdf(tmp_path / "report.pdf", pages, numbers_last=numbers_last)
    found = {p.section: p.text for p in split_paragraphs(read_pages(pdf, "pdfium"))
             if p.section and p.kind.value == "numbered"}
    for section, text in expected.items():
        assert found.get(section) == text, (section, sorted(found))
    if pages is MARGIN_STRAIGHT:
        assert sorted(found, key=int) == ["1", "2", "3", "4", "5", "6"]


def test_the_summary_and_the_foreword_are_places_by_name(tmp_path):
    """A motion cites "(executive summary)" or "(foreword)": the paragraphs under those
    headings are stored under those names (issue 20); the heading itself is not one."""
    pdf = make_pdf(tmp_path / "report.pdf", [
        ["Foreword", "This inspection was the first of its kind in the county.",
         "Executive Summary", "The council is failing in three areas.",
         "Its reserves will run out within two years."],
        ["1 Introduction", "1.1 We were appointed in May.", "1.2 We visited in June.",
         "1.3 We reported in July."]], header=HEADER)
    places = [(p.section, p.kind.value, p.text) for p in split_paragraphs(read_pages(pdf))
              if p.kind.value in ("summary", "foreword")]
    assert places == [
        ("foreword", "foreword", "This inspection was the first of its kind in the county."),
        ("executive summary", "summary", "The council is failing in three areas. Its reserves "
                                         "will run out within two years.")]


@pytest.mark.parametrize("first_pages, atop", [
    pytest.param([["Best Value Inspection of the council", "Published 24 September 2026",
                   "Independent report", "Executive summary"]], [],
                 id="at-the-foot-of-the-title-page-as-a-browser-prints-gov-uk"),
    pytest.param([["Best Value Inspection of the council", "Published 24 September 2026",
                   "Independent report", "Contents", "Executive summary", "1. Introduction",
                   "2. Governance"]], ["Executive summary"],
                 id="atop-the-page-after-a-contents-list-naming-it-too"),
])
def test_an_executive_summary_in_sentence_case_heads_the_prose_under_it(tmp_path, first_pages,
                                                                       atop):
    """"Executive summary" in sentence case heads its paragraphs wherever it stands, even as
    the last line of a page (issue 20: a GOV.UK page printed by a browser read it into the
    summary's first paragraph, and no paragraph was the summary's); the contents' own
    "Executive summary", over lines that are titles, heads nothing."""
    # (the same words at the foot of the contents page itself are dropped as a header drawn
    # last, index.readers.furniture._heads_own_heading, a rule narrow columns need)
    summary_page = atop + [
        "In January 2026 the Secretary of State appointed us to carry out a Best Value",
        "inspection of the council.",
        "We have concluded that the council is failing to comply with its Best Value",
        "duty: the failures are serious.",
        "The council has strengths. Its adult social care service was rated Good by the",
        "Care Quality Commission in 2025, and many of the officers we met were committed",
        "and capable. These strengths are in spite of, rather than because of, the way",
        "the council is run."]
    pdf = make_pdf(tmp_path / "report.pdf", first_pages + [
        summary_page,
        ["1. Introduction", "1.1 We were appointed in January 2026 by the Secretary of State.",
         "1.2 We visited the council over six weeks.", "2. Governance",
         "2.1 Decisions are taken at an informal weekly meeting."]], header=HEADER)
    paragraphs = split_paragraphs(read_pages(pdf))
    summary = [p.text for p in paragraphs if p.kind.value == "summary"]
    assert summary == [
        "In January 2026 the Secretary of State appointed us to carry out a Best Value "
        "inspection of the council.",
        "We have concluded that the council is failing to comply with its Best Value duty: "
        "the failures are serious.",
        "The council has strengths. Its adult social care service was rated Good by the Care "
        "Quality Commission in 2025, and many of the officers we met were committed and capable. "
        "These strengths are in spite of, rather than because of, the way the council is run."]


# Each row: one page's raw text as a PDF reader returns it, then {section: text}.
@pytest.mark.parametrize("raw, expected", [
    pytest.param("3 Culture\n3.1 These steps are not yet suffi\u2010\ncient, and scrutiny is not "
                 "well\u2010\nresourced.",
                 {"3.1": "These steps are not yet sufficient, and scrutiny is not well-resourced."},
                 id="weasyprint-hyphen-u2010-at-line-ends"),
    pytest.param("3 Culture\n3.1 The manage\u00ad\nment of risk and decision\u2011making are weak.",
                 {"3.1": "The management of risk and decision-making are weak."},
                 id="soft-hyphen-at-a-line-end-and-a-non-breaking-hyphen"),
])
def test_raw_page_text(raw, expected):
    paragraphs = {p.section: p.text for p in split_paragraphs(make_pages([raw], "report.pdf"))}
    assert {k: paragraphs.get(k) for k in expected} == expected


def _case(case_id: str):
    """The pages of the CASES row with this id."""
    return next(c for c in CASES if c.id == case_id).values[0]


def test_straight_through_numbering_keeps_the_chapter_as_heading(tmp_path):
    pdf = make_pdf(tmp_path / "report.pdf", _case("paragraphs-numbered-straight-through"),
                   header=HEADER)
    headings = {p.section: p.heading for p in split_paragraphs(read_pages(pdf)) if p.section}
    assert headings["2"] == "Chapter 1: Introduction" and headings["4"] == "Chapter 2: Governance"


def test_only_the_expected_sections_are_found(tmp_path):
    pages = _case("amounts-percentages-and-cross-references-do-not-start-paragraphs")
    pdf = make_pdf(tmp_path / "report.pdf", pages, header=HEADER)
    sections = [p.section for p in split_paragraphs(read_pages(pdf)) if p.section]
    assert sections == ["2", "2.1", "2.2"]


@pytest.mark.parametrize("reader", READERS)
def test_a_printed_call_is_in_no_paragraph_footnotes_included(tmp_path, reader):
    pdf = make_pdf(tmp_path / "report.pdf",
                   _case("a-printed-call-broken-at-a-line-end-and-in-a-footnote"), header=HEADER)
    paragraphs = split_paragraphs(read_pages(pdf, reader))
    assert [p.text for p in paragraphs if p.kind.value == "footnote"] == \
        ["Rent accounts, 2023/24, as revised."]
    assert not any("[footnote" in p.text or "2]" in p.text for p in paragraphs)


def test_footnote_is_its_own_unit(tmp_path):
    pdf = make_pdf(tmp_path / "report.pdf", _case("footnote-marker-removed-footnote-kept-apart"), header=HEADER)
    notes = [p for p in split_paragraphs(read_pages(pdf)) if p.kind.value == "footnote"]
    assert [(n.label, n.text) for n in notes] == [
        ("8", "Source: the Authority's outturn reports, 2021/22 to 2023/24.")]


def test_text_before_numbered_paragraphs_and_a_letter_are_kept_by_page(tmp_path):
    pdf = make_pdf(tmp_path / "letter.pdf", [
        ["Dear Chief Executive,",
         "The Inspectors reported on the council's governance, culture and scrutiny. They found",
         "insufficient evidence that the organisation is open and transparent."],
        ["I am therefore minded to appoint Commissioners.", "Yours sincerely,"]], header=None)
    paragraphs = split_paragraphs(read_pages(pdf))
    assert all(p.section is None for p in paragraphs)
    text = " ".join(p.text for p in paragraphs)
    assert "They found insufficient evidence that the organisation is open and transparent." in text
    last = [p for p in paragraphs if "Commissioners" in p.text][0]
    assert last.page_at(last.text.index("Commissioners")) == 2


@pytest.mark.parametrize("reader", READERS)
def test_a_letters_sender_atop_its_first_page_and_under_its_signature_is_kept(tmp_path, reader):
    """The sender's title is at the top of page 1 and the foot of page 2: no running line, which
    recurs at the same edge (issue 20: netherby's letter lost its signature block)."""
    pdf = make_pdf(tmp_path / "letter.pdf", [
        ["Minister of State for Local Government", "Our reference: BVI/NBC/0325",
         "4 March 2025", "The Chief Executive", "Netherby Borough Council", "Civic Centre",
         "Dear Chief Executive,", "Best Value Inspection of Netherby Borough Council",
         "The Inspectors reported on the council's governance, culture and scrutiny.",
         "They found that the council is failing to comply with its best value duty."],
        ["I am therefore minded to appoint Commissioners.",
         "I am copying this letter to the Leader of the council.", "Yours sincerely,",
         "Minister of State for Local Government"]], header=None, footer=None)
    text = " ".join(p.text for p in split_paragraphs(read_pages(pdf, reader)))
    assert text.endswith("Yours sincerely, Minister of State for Local Government")


def test_every_character_traces_to_its_page(tmp_path):
    pdf = make_pdf(tmp_path / "report.pdf", _case("paragraph-across-page-break-without-footer-leak"), header=HEADER)
    p = {p.section: p for p in split_paragraphs(read_pages(pdf))}["4.1"]
    assert p.page_at(p.text.index("The Mayor")) == 1
    assert p.page_at(p.text.index("in frontline services")) == 2


BAD_PDFS = [
    pytest.param(lambda d: d / "missing.pdf", "no such file", id="missing"),
    pytest.param(lambda d: _write(d / "notes.pdf", b"These are my notes, not a PDF."), "not a PDF",
                 id="not-a-pdf"),
    pytest.param(lambda d: _write(d / "cut.pdf", make_pdf(d / "whole.pdf", [["3.1 Text."]])
                                  .read_bytes()[:400]), "corrupt or truncated", id="truncated"),
    pytest.param(lambda d: make_pdf(d / "locked.pdf", [["3.1 Text."]], encrypt="secret"),
                 "needs a password", id="encrypted"),
    pytest.param(lambda d: make_pdf(d / "scan.pdf", [[], []], footer=None), "needs OCR",
                 id="no-text-layer"),
    pytest.param(lambda d: make_pdf(d / "scan.pdf", [[]] * 12, header=HEADER), "needs OCR",
                 id="scan-with-only-a-running-header-and-page-n-of-12"),
    pytest.param(lambda d: aes_pdf(d / "aes-locked.pdf", [["3.1 Text."]], user_password="secret"),
                 "needs a password", id="aes-password-protected"),
]


def _write(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("make,message", BAD_PDFS)
def test_unreadable_pdfs(tmp_path, make, message, reader):
    path = make(tmp_path)
    with pytest.raises(UnreadablePDF) as err:
        read_pages(path, reader)
    assert message in err.value.message
    assert str(path) in err.value.message


@pytest.mark.parametrize("reader", READERS)
def test_aes_encrypted_pdf_with_an_empty_user_password_opens(tmp_path, reader):
    """Published reports often carry an owner password only (no printing, no copying)."""
    pdf = aes_pdf(tmp_path / "aes.pdf", [["3 Culture", "3.1 The Authority has overspent."]])
    paragraphs = {p.section: p.text for p in split_paragraphs(read_pages(pdf, reader))}
    assert paragraphs["3.1"] == "The Authority has overspent."


def test_pypdf_safety_limit_is_named_not_called_damage(tmp_path):
    pdf = inflating_pdf(tmp_path / "inflates.pdf")
    with pytest.raises(UnreadablePDF) as err:
        read_pages(pdf, "pypdf")
    assert "pypdf safety limit" in err.value.message and "75 MB" in err.value.message
    assert "corrupt" not in err.value.message
    assert read_pages(pdf, "pdfium")[0].lines == ("3.1 The Authority has overspent.",)


@pytest.mark.parametrize("reader", READERS)
def test_zero_page_pdf(tmp_path, reader):
    import pypdf

    path = tmp_path / "empty.pdf"
    with open(path, "wb") as f:
        pypdf.PdfWriter().write(f)
    with pytest.raises(UnreadablePDF, match="no pages"):
        read_pages(path, reader)


def _raised_calls_pdf(path):
    """A page whose footnote calls are set smaller and raised, as word processors set them,
    after a figure, a full stop, a comma and a closing quotation mark; bodies at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "2 Scope")
    rows = [("2.1 We were appointed under the Local Government Act 1999", "3",
             " and reported in June."),
            ("2.2 The council said its plans were “ambitious”", "4", " but gave no figures."),
            ("2.3 Members were consulted in 2023.", "5", " Officers were not."),
            ("2.4 The budget grew by 12.5%,", "6", " the largest rise in ten years.")]
    for before, call, after in rows:
        y -= 22
        c.setFont("Helvetica", 11)
        c.drawString(72, y, before)
        x = 72 + c.stringWidth(before, "Helvetica", 11)
        c.setFont("Helvetica", 7)
        c.drawString(x, y + 4, call)
        x += c.stringWidth(call, "Helvetica", 7)
        c.setFont("Helvetica", 11)
        c.drawString(x, y, after)
    c.setFont("Helvetica", 8)
    for k, note in enumerate(["3 Section 10.", "4 Interviews, May 2024.", "5 Council minutes.",
                              "6 Budget book 2024/25."]):
        c.drawString(72, 110 - 11 * k, note)
    c.showPage()
    c.save()
    return path


def test_footnote_calls_found_by_their_glyphs_are_taken_out(tmp_path):
    """A call set small and raised is a call whatever precedes it: "Act 1999³ and" is not
    "Act 19993 and" (issue 20); the pages a motion reads keep the digits as printed."""
    from index import read_source

    pdf = _raised_calls_pdf(tmp_path / "report.pdf")
    reading = read_source(pdf, "pdfium")
    texts = {p.section: p.text for p in reading.paragraphs if p.section}
    assert texts["2.1"] == "We were appointed under the Local Government Act 1999 and reported in June."
    assert texts["2.2"] == "The council said its plans were “ambitious” but gave no figures."
    assert texts["2.3"] == "Members were consulted in 2023. Officers were not."
    assert texts["2.4"] == "The budget grew by 12.5%, the largest rise in ten years."
    assert {p.label for p in reading.paragraphs if p.kind.value == "footnote"} == \
        {"3", "4", "5", "6"}
    pages = read_pages(pdf, "pdfium")
    assert "Act 19993 and" in pages[0].text and "\ue000" not in pages[0].text
    assert all("\ue000" not in page.text for page in reading.pages)


def test_paragraphs_spaced_apart_in_a_narrow_column_stay_apart(tmp_path):
    """Unnumbered paragraphs set ragged in a narrow column, each ending on a full line and
    spaced apart, are read one by one by the gap below them (issue 20: a two-column summary
    read two paragraphs to a unit), and lines closer together stay one paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    paragraphs = [["We visited the council in May and spoke to", "members of every group in the chamber."],
                  ["The budget gap is wide. Savings so far have", "come mostly from posts left empty."],
                  ["Scrutiny has been weak for some years now,", "and members say they are not heard."]]
    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 760
    for lines in paragraphs * 2:
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        y -= 10
    c.showPage()
    c.save()
    texts = [p.text for p in split_paragraphs(read_pages(path, "pdfium"))]
    assert texts == [" ".join(lines) for lines in paragraphs * 2]


# Unnumbered paragraphs set justified, neither spaced apart nor indented, each last line
# nearly full (issue 20: groff -ms and Typst summaries read as one paragraph). A sentence
# ending at the right edge inside a paragraph does not end it.
JUSTIFIED_SUMMARY = [
    "The council is not meeting its best value duty. We reached that conclusion reluctantly, "
    "because we met many officers and members who care deeply about the borough. The "
    "weaknesses we found are serious and long standing and beyond its capacity to put right on its own, without much help from outside.",
    "The general fund reserve fell from £18.6 million in March 2021 to £7.4 million in March "
    "2025, largely because of losses on a commercial property portfolio. Decisions on that "
    "portfolio were taken by a small group, often under urgency and with little challenge from members or from the senior officers.",
    "We have made ten recommendations. The most important are that the council should agree "
    "a credible financial plan by February 2026 and rebuild its scrutiny function. We ask the "
    "Secretary of State to consider appointing commissioners to support the council in that work over the next two years.",
]


def _justified_pdf(path, paragraphs, width=300.0, font="Helvetica", size=10.5):
    """Each paragraph wrapped to `width` and justified, its last line set as it falls."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, size)
    y, last_lines = 760, []
    for paragraph in paragraphs:
        lines, line = [], []
        for word in paragraph.split():
            if line and stringWidth(" ".join(line + [word]), font, size) > width:
                lines.append(line)
                line = []
            line.append(word)
        lines.append(line)
        for n, words in enumerate(lines):
            x = 72.0
            spare = width - stringWidth(" ".join(words), font, size)
            gap = stringWidth(" ", font, size) + (spare / (len(words) - 1)
                                                  if n < len(lines) - 1 and len(words) > 1 else 0)
            for word in words:
                c.drawString(x, y, word)
                x += stringWidth(word, font, size) + gap
            y -= 13
        last_lines.append(stringWidth(" ".join(lines[-1]), font, size) / width)
    c.showPage()
    c.save()
    return path, last_lines


def test_justified_paragraphs_end_where_a_line_falls_short_of_the_margin(tmp_path):
    path, last_lines = _justified_pdf(tmp_path / "summary.pdf", JUSTIFIED_SUMMARY)
    assert all(share > 0.75 for share in last_lines)    # no line short enough by its length
    texts = [p.text for p in split_paragraphs(read_pages(path, "pdfium"))]
    assert texts == JUSTIFIED_SUMMARY


def test_a_word_in_the_margin_starts_a_paragraph_and_is_no_part_of_it(tmp_path):
    """Typst sets "foreword" in the paragraph numbers' column beside each paragraph of the
    foreword (issue 20): the word was read into the text and the two paragraphs, neither
    spaced apart nor ending short, into one."""
    first = ["This report sets out the findings of the best value inspection of",
             "Quarrington Metropolitan Borough Council. It is addressed to the Secretary",
             "of State, but we hope it will be read first by the people of the borough."]
    second = ["We have tried to be fair. Where the council has done well we have said so,",
              "and where we have been told things that we could not verify we have said so",
              "too. Our conclusions rest on the evidence we gathered in June and July."]
    pdf = margin_numbered_pdf(tmp_path / "report.pdf", [[
        (None, ["Foreword"], 14), ("foreword", first, 10.5), ("foreword", second, 10.5)]])
    places = [(p.kind.value, p.text) for p in split_paragraphs(read_pages(pdf, "pdfium"))
              if p.kind.value == "foreword"]
    assert places == [("foreword", " ".join(first)), ("foreword", " ".join(second))]


# A letter's blocks as a producer spaces them: (x, size, lines) per block, the pitch of its
# lines, and the step from a block's last baseline to the next block's first. Its writers
# cite its paragraphs by order ("paragraph 4 of the letter"), counting from the first after
# "Dear …," (issue 20): each block must be a unit of its own, whatever the spacing.
_LETTER_BLOCKS = [
    ["The Chief Executive", "Larchford Borough Council", "Civic Centre"],
    ["14 November 2024"],
    ["Dear Chief Executive,"],
    ["Best Value Inspection of Larchford Borough Council: proposed intervention"],
    ["I am writing to inform you that I have today published the report of the Best Value",
     "inspection of Larchford Borough Council, which I received on 4 November 2024. I am",
     "grateful to the inspectors for their thorough work."],
    ["The report is deeply concerning. The inspectors have concluded that the council is",
     "failing to comply with its Best Value duty in respect of governance and finance. I",
     "accept their findings in full, and their account of the council's position since 2021."],
    ["I am therefore minded to exercise my powers of intervention under section 15 of the",
     "Local Government Act 1999, and to appoint three commissioners for three years."],
    ["Yours sincerely,"],
    ["Secretary of State for Housing, Communities and Local Government"],
]
LETTER_SPACINGS = [
    # (address pitch, body pitch, step between blocks)
    pytest.param(13.5, 13.5, 17.2, id="typst-paragraphs-0.35-em-apart"),
    pytest.param(19.0, 14.5, 22.5, id="libreoffice-address-set-wider-than-the-body"),
    pytest.param(15.8, 15.8, 22.9, id="paragraphs-1.45-pitches-apart"),
]


@pytest.mark.parametrize("address_pitch, pitch, step", LETTER_SPACINGS)
def test_a_letters_blocks_are_units_of_their_own(tmp_path, address_pitch, pitch, step):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    y = 780.0
    for n, block in enumerate(_LETTER_BLOCKS):
        for k, line in enumerate(block):
            c.drawString(72, y, line)
            if k < len(block) - 1:
                y -= address_pitch if n == 0 else pitch
        y -= step
    c.showPage()
    c.save()
    texts = [p.text for p in split_paragraphs(read_pages(path, "pdfium"))]
    assert texts[-7:] == [" ".join(block) for block in _LETTER_BLOCKS[2:]], texts
    assert " ".join(_LETTER_BLOCKS[1]) in texts


@pytest.mark.parametrize("texts, expected", [
    pytest.param(["The Chief Executive", "14 November 2024", "Dear Chief Executive,",
                  "BEST VALUE INSPECTION: PROPOSED INTERVENTION",
                  "I am writing to inform you that I have published the report.",
                  "The report is deeply concerning.", "Yours sincerely,", "Secretary of State"],
                 {4: 1, 5: 2}, id="from-dear-to-yours-subject-line-not-counted"),
    pytest.param(["Dear Minister,", "Thank you for your letter of 3 May.", "Next steps",
                  "We will write again in June.", "• a plan by June;",
                  "Yours faithfully,"],
                 {1: 1, 3: 2}, id="a-heading-and-a-list-item-not-counted"),
    pytest.param(["I am writing to inform you that I have published the report.",
                  "The report is deeply concerning."], {},
                 id="no-salutation-nothing-to-count-from"),
])
def test_a_letters_paragraphs_counted_as_writers_cite_them(texts, expected):
    from index import Paragraph, ParagraphKind, letter_paragraph_numbers
    paragraphs = [Paragraph(n, None, None, ParagraphKind.TEXT, 1, 1, t)
                  for n, t in enumerate(texts)]
    assert letter_paragraph_numbers(paragraphs) == expected


# Reports drawn as HTML producers draw them (issue 20), each row a page's blocks in the order
# the producer draws them: (x, y of the first baseline, font size, lines). Expected: the
# numbered paragraphs' texts, and what must be in no paragraph.
_BODY = [
    "4.1 Members told us that decisions of great consequence were taken under urgency and that",
    "papers often arrived the evening before a meeting. We found no evidence to the contrary.",
    "4.2 The council's reserves fell from £18.6 million in March 2021 to £7.4 million in March",
    "2025, largely because of losses on a commercial property portfolio. Decisions on that",
    "portfolio were taken by a small group, often under urgency provisions. This is a serious",
    "weakness, and one the council has been slow to accept.",
    "4.3 The finance team told us that the plan rested on savings that had not been identified,",
    "and that members had not been told so.",
]
_TABLE = ["Table 1: Usable reserves, £ million", "Year General fund", "2021/22 18.6",
          "2022/23 12.4", "2023/24 7.4"]
_PULL = ["“Decisions on that portfolio were", "taken by a small group, often",
         "under urgency provisions.”"]
DRAWN_ORDER_CASES = [
    pytest.param([[(72, 760, 10.5, _BODY[:4])],
                  [(72, 420, 10.5, _TABLE), (72, 760, 10.5, _BODY[4:8])]],
                 {"4.2": " ".join(_BODY[2:6])[4:], "4.3": " ".join(_BODY[6:8])[4:]},
                 "Table 1", id="table-drawn-before-the-positioned-paragraphs-above-it"),
    pytest.param([[(72, 760, 10.5, _BODY[:4]), (330, 690, 13, _PULL),
                   (72, 704, 10.5, _BODY[4:6])]],
                 {"4.1": " ".join(_BODY[:2])[4:], "4.2": " ".join(_BODY[2:6])[4:]},
                 "“", id="pull-quote-box-repeating-the-text-dropped"),
]


@pytest.mark.parametrize("pages, expected, absent", DRAWN_ORDER_CASES)
def test_blocks_read_where_they_are_printed(tmp_path, pages, expected, absent):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for blocks in pages:
        for x, y, size, lines in blocks:
            c.setFont("Helvetica", size)
            for line in lines:
                c.drawString(x, y, line)
                y -= size * 1.35
        c.showPage()
    c.save()
    paragraphs = split_paragraphs(read_pages(path, "pdfium"))
    texts = {p.section: p.text for p in paragraphs if p.section in expected}
    assert texts == expected, texts
    assert not any(absent in p.text for p in paragraphs if p.section in expected)


# A call as HTML producers set it: (size, raise) for a line set at 14 (PDFium gives WeasyPrint's
# and Chromium's sizes in CSS pixels, 4/3 of the points), and the year it follows or not.
RAISED_CALLS = [
    pytest.param(7, 2.6, id="weasyprint-call-raised-0.19-of-pdfiums-size"),
    pytest.param(11.66, 4.24, id="chromium-default-sup-0.83-of-the-size-raised-0.3"),
    pytest.param(12, 3.0, id="wkhtmltopdf-sup-0.86-of-the-size-raised-0.21"),
]


@pytest.mark.parametrize("size, raised", RAISED_CALLS)
def test_a_call_as_html_producers_raise_it(tmp_path, size, raised):
    """A call after a year ("in 2022.7") is taken out: no rule on the text alone tells
    "2022.7" from a decimal (footnotes numbered through the report, this page's call its
    seventh)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for line in ["4.1 Members told us that decisions were taken under urgency.",
                 "4.2 The reserve fell to £7.4 million in March 2022.",
                 "4.3 We found no evidence to the contrary, and the council accepted it."]:
        c.setFont("Helvetica", 14)
        c.drawString(72, y, line)
        if line.startswith("4.2"):
            c.setFont("Helvetica", size)
            c.drawString(72 + c.stringWidth(line, "Helvetica", 14), y + raised, "7")
        y -= 19
    c.setFont("Helvetica", 8)
    c.drawString(72, 80, "7 Source: budget book, 2022.")
    c.showPage()
    c.save()
    texts = {p.section: p.text for p in
             split_paragraphs(read_pages(path, "pdfium", calls=True))}
    assert texts["4.2"] == "The reserve fell to £7.4 million in March 2022."


def test_a_call_on_a_line_pdfium_joined_over_a_hyphen(tmp_path):
    """A line broken by a hyphen ("re-" / "viewed") PDFium gives as one line of two printed
    ones: a call on the second is raised above its own baseline, not the first's (Typst:
    "re-" / "viewed since March 2022.⁷"; after a year, no rule on the text can tell it)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = ["4.1 Front-line staff reported that the risk register had not been re-",
             "viewed since March 2022.",
             "4.2 The monitoring officer told us that the reserves were low."]
    y = 760
    for line in lines:
        c.setFont("Helvetica", 10)
        c.drawString(72, y, line)
        if line.startswith("viewed"):
            c.setFont("Helvetica", 7)
            c.drawString(72 + c.stringWidth(line, "Helvetica", 10), y + 4.8, "7")
        y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(72, 80, "7 Source: internal audit reports, 2022 to 2024.")
    c.showPage()
    c.save()
    texts = {p.section: p.text for p in
             split_paragraphs(read_pages(path, "pdfium", calls=True))}
    assert texts["4.1"] == "Front-line staff reported that the risk register had not been " \
        "reviewed since March 2022."


def test_a_call_raised_a_fifth_of_the_type_size_is_a_call(tmp_path):
    """WeasyPrint's `vertical-align: super` raises a call about 0.25 em, which PDFium, given
    the size in CSS pixels (14 for 10.5 pt), measures as 0.19 of its size: still a call."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for line in ["4.1 Members told us that decisions were taken under urgency.",
                 "4.2 The reserve fell to £7.4 million in March 2025. We found no evidence",
                 "to the contrary, and the council accepted it."]:
        c.setFont("Helvetica", 14)
        c.drawString(72, y, line)
        if line.startswith("4.1"):
            c.setFont("Helvetica", 7)
            c.drawString(72 + c.stringWidth(line, "Helvetica", 14), y + 2.6, "3")
        y -= 19
    c.setFont("Helvetica", 8)
    c.drawString(72, 80, "3 Source: cabinet minutes, 2024.")
    c.showPage()
    c.save()
    texts = {p.section: p.text for p in split_paragraphs(read_pages(path, "pdfium"))}
    assert texts["4.1"] == "Members told us that decisions were taken under urgency."


def test_a_header_drawn_after_the_text_over_a_one_page_chapter(tmp_path):
    """WeasyPrint draws the page's margin boxes after its text: the running header's chapter
    half comes last, next to its constant half, and on a chapter of one page it recurs nowhere
    else; the same words as the page's heading, it is the header (issue 20)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    chapters = [(1, "Introduction", 1), (2, "Leadership and governance", 2), (3, "Finance", 1)]
    words = ["", "in cabinet", "at scrutiny", "by the audit committee", "in full council"]
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    page = 0
    for number, title, pages in chapters:
        for k in range(pages):
            page += 1
            c.setFont("Helvetica", 10.5)
            y = 760
            lines = ([f"{number} {title}"] if k == 0 else []) + [
                f"{number}.{k * 2 + 1} The council accepted that its reports to members were often",
                f"late, long and hard to follow, and that members had no time to read "
                f"{words[page]}",
                f"them. {number}.{k * 2 + 2} was not in dispute.",
                f"{number}.{k * 2 + 2} Members told us that papers often arrived the evening "
                "before the",
                f"meeting at which they were to be decided, {words[page]}."]
            for line in lines:
                c.drawString(72, y, line)
                y -= 14
            c.setFont("Helvetica", 8)
            c.drawString(72, 805, "Wendlebury Borough Council: Best Value Inspection")
            c.drawRightString(523, 805, f"{number} {title}")
            c.drawString(270, 30, f"Page {page} of 4")
            c.showPage()
    c.save()
    paragraphs = split_paragraphs(read_pages(path, "pdfium"))
    texts = {p.section: p.text for p in paragraphs}
    assert texts["3.2"] == "Members told us that papers often arrived the evening before the " \
        "meeting at which they were to be decided, in full council."
    assert texts["1.2"].endswith("to be decided, in cabinet.")


def test_chapter_endnotes_headed_notes_atop_their_page(tmp_path):
    """Each chapter's endnotes under "Notes" atop a page of their own: the heading recurs at
    the page's top on a third of the pages or more, yet is no running header (issue 20: the
    notes were read into the chapter's last paragraph)."""
    pages = []
    for chapter, title, who in ((1, "Introduction", "members"), (2, "Governance", "officers"),
                                (3, "Finance", "auditors")):
        pages.append([f"{chapter} {title}",
                      f"{chapter}.1 The {who} told us that papers arrived late.{chapter} We found",
                      f"no evidence to the contrary in {title.lower()}.",
                      f"{chapter}.2 The council accepted the finding on {who}."])
        pages.append(["Notes", f"{chapter} Interviews with {who}, May 2025."])
    pdf = make_pdf(tmp_path / "report.pdf", pages, header=HEADER)
    paragraphs = split_paragraphs(read_pages(pdf, "pdfium", calls=True))
    texts = {p.section: p.text for p in paragraphs if p.section}
    assert texts["2.2"] == "The council accepted the finding on officers."
    assert [p.text for p in paragraphs if p.kind.value == "footnote"] == [
        f"Interviews with {who}, May 2025." for who in ("members", "officers", "auditors")]


def test_a_tables_header_row_repeated_atop_its_next_page(tmp_path):
    """A table over a page break with its header row repeated (Word's "repeat as header row",
    HTML's <thead>; PDFium may cut the repeat into a line a cell): the table's rows once, its
    year columns ("2022/23") no page numbers (issue 20)."""
    rows = [f"{name} {10 + n * 1.7:.1f} {11 + n * 1.9:.1f}" for n, name in enumerate(
        ["Adult care", "Children's services", "Housing", "Highways", "Waste", "Libraries",
         "Planning", "Leisure"])]
    pages = [["2 Finance",
              "2.1 Spending on most services rose in each of the last two years, and the council",
              "could not say why.", "Table 2: Spending by service, £ million",
              "Service 2022/23 2023/24", *rows[:4]],
             ["Service", "2022/23", "2023/24", *rows[4:],
              "2.2 The council accepted that it had no plan to bring spending back into line."]]
    pdf = make_pdf(tmp_path / "report.pdf", pages, header=HEADER)
    places = {p.section: p.text for p in split_paragraphs(read_pages(pdf, "pdfium"))
              if p.section}
    assert places["Table 2"] == " ".join(["Service 2022/23 2023/24", *rows])
    assert places["2.2"] == "The council accepted that it had no plan to bring spending back " \
        "into line."


def test_a_tables_decimals_alone_on_their_lines_are_no_paragraphs(tmp_path):
    """"37.2", "38.9", "40.6" alone on their lines in a table of chapter 2 would number
    paragraphs of chapters 37 to 40 and shut out the rest of chapter 2: a chain that skips
    chapters pays for each (issue 20)."""
    pages = [["2 Finance", "2.1 The reserve has fallen in each of the last three years.",
              "Table 3: General fund reserve, £ million", "Year", "2021/22", "37.2",
              "2022/23", "38.9", "2023/24", "40.6",
              "2.2 The council accepted that the reserve is now too low.",
              "2.3 We found no plan to rebuild it."]]
    pdf = make_pdf(tmp_path / "report.pdf", pages, header=HEADER)
    sections = [p.section for p in split_paragraphs(read_pages(pdf, "pdfium")) if p.section]
    assert sections == ["2", "2.1", "Table 3", "2.2", "2.3"]


@pytest.mark.parametrize("line, expected", [
    pytest.param("Page 3 of 40", True, id="page-n-of-m"),
    pytest.param("3/40", True, id="n-slash-m"),
    pytest.param("- 7 -", True, id="dashed"),
    pytest.param("2022/23", False, id="a-financial-year-is-no-page-2022-of-23"),
    pytest.param("Page 41 of 40", False, id="past-the-last-page"),
])
def test_page_numbers(line, expected):
    from index.readers.furniture import is_page_number
    assert is_page_number(line) is expected


def test_a_footer_printing_the_page_number_beside_the_chapter(tmp_path):
    """"3 Finance | 4" at each page's foot: its words change with the chapter, so it recurs
    whole on no page, but its number runs with the pages (issue 20); on a left page of a
    one-page chapter the header drawn after the text, the chapter's title, goes with it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    chapters = [(1, "Introduction", 1), (2, "Governance", 2), (3, "Finance", 1),
                (4, "Scrutiny", 2)]
    subjects = ["members", "officers", "auditors", "residents", "partners", "the cabinet"]
    closings = ["said that the plans for", "told us the budget for", "thought the work on",
                "told us that the plans for", "believed the reviews of", "said the reports on"]
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    page = 0
    for number, title, pages in chapters:
        for k in range(pages):
            page += 1
            who = subjects[page - 1]
            c.setFont("Helvetica", 10.5)
            y = 760
            for line in ([f"{number} {title}"] if k == 0 else []) + [
                    f"{number}.{k + 1} We spoke to {who} about the council's plans, and they",
                    f"{closings[page - 1]} {title.lower()} had not been agreed."]:
                c.drawString(72, y, line)
                y -= 14
            c.setFont("Helvetica", 8)
            if page % 2 == 0:
                c.drawString(72, 805, f"{number} {title}")
            else:
                c.drawRightString(523, 805, "Best Value Inspection of Wendlebury")
            c.drawString(72, 30, f"{number} {title} | {page}")
            c.showPage()
    c.save()
    paragraphs = split_paragraphs(read_pages(path, "pdfium"))
    texts = {p.section: p.text for p in paragraphs if p.section}
    assert texts["3.1"] == "We spoke to residents about the council's plans, and they told " \
        "us that the plans for finance had not been agreed."
    assert not any("|" in p.text for p in paragraphs)


@pytest.mark.parametrize("wrapped", [
    pytest.param(["We return to this point in",
                  "chapter 3. The council has not yet agreed a plan."],
                 id="chapter-3-ending-a-sentence"),
    pytest.param(["The works were priced from the council's own", "schedule of rates",
                  "and not tested against the market."],
                 id="schedule-of-rates"),
])
def test_a_sentence_wrapped_to_a_lowercase_part_name_is_no_heading(tmp_path, wrapped):
    """"chapter 3." or "schedule of rates" opening a line of a summary is the sentence's end,
    not a heading: the summary goes on (issue 20: Typst's two-column summary lost its last
    paragraphs to a heading "chapter 3.")."""
    pages = [["Best Value Inspection of Eastmarsh", "Report of the inspection team"],
             ["Executive summary",
              "The council's reserves would be exhausted by 2027/28 on current plans.",
              *wrapped, "Members told us that scrutiny was weak."],
             ["1 Introduction", "1.1 We were appointed in March.",
              "1.2 Our fieldwork ran to July."]]
    pdf = make_pdf(tmp_path / "report.pdf", pages, header=HEADER)
    summary = [p.text for p in split_paragraphs(read_pages(pdf, "pdfium"))
               if p.section == "executive summary"]
    assert "Members told us that scrutiny was weak." in " ".join(summary)


def test_a_header_drawn_last_naming_the_chapter_that_starts_mid_page(tmp_path):
    """wkhtmltopdf prints the page's section ("3 Finance", the heading of the chapter that
    starts half way down the page) in its header, drawn after the text and just above the
    dropped footer: the same words as the heading on the page, it is the header (issue 20);
    a sentence's last word wrapped alike ("sustainable.") is not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [(["2 Governance", "2.1 Members told us that the plan was not", "sustainable.",
               "2.2 Officers told us that the budget was not", "sustainable."], "2 Governance"),
             (["2.3 The cabinet accepted both points.", "3 Finance",
               "3.1 The reserve fell to £7.4 million in March 2025, and the",
               "council has not said how it will be rebuilt."], "3 Finance"),
             (["3.2 The auditor told us that the accounts for 2023/24 were", "not yet signed.",
               "4 Scrutiny", "4.1 Scrutiny committees rarely challenge the cabinet."],
              "4 Scrutiny")]
    for n, (lines, header) in enumerate(pages, start=1):
        c.setFont("Helvetica", 10.5)
        y = 760
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawRightString(523, 805, header)
        c.drawString(270, 30, f"Page {n} of 3")
        c.showPage()
    c.save()
    texts = {p.section: p.text for p in split_paragraphs(read_pages(path, "pdfium"))}
    assert texts["3.1"] == "The reserve fell to £7.4 million in March 2025, and the council " \
        "has not said how it will be rebuilt."
    assert texts["2.2"] == "Officers told us that the budget was not sustainable."


def test_a_line_joined_over_a_hyphen_is_no_paragraph_gap(tmp_path):
    """PDFium joins "coun-" and "cil …" into one line of two printed ones: the step from it to
    the next line is measured from its last baseline, not its first (two pitches, a gap
    where there is none: issue 20, groff's letter split mid-paragraph)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    paragraphs = [["Dear Chief Executive,"],
                  ["I want to be clear that these proposals are not a judgement on the coun\u00ad",
                   "cil's staff, many of whom the inspectors found to be committed and able.",
                   "Nor do they mean that the council's services will be run from Whitehall."],
                  ["The council may make representations about the proposals by 18 March.",
                   "The Secretary of State will consider them before deciding what to do."],
                  ["Yours sincerely,"]]
    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 760
    for lines in paragraphs * 2:
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        y -= 7
    c.showPage()
    c.save()
    texts = [p.text for p in split_paragraphs(read_pages(path, "pdfium"))]
    assert texts[:4] == [" ".join(lines).replace("coun\u00ad cil", "council")
                         for lines in paragraphs]


def test_paragraphs_set_close_with_first_lines_indented(tmp_path):
    """Paragraphs neither spaced apart nor ending short, each first line indented (LaTeX's and
    Typst's first-line-indent): the indent starts a paragraph (issue 20: a letter so set read
    as one block, its paragraphs uncountable)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    paragraphs = [["Dear Chief Executive,"],
                  ["I am writing following the publication today of the report of the Best",
                   "Value inspection of Wendlebury Borough Council, which I commissioned in",
                   "March 2025, and which I have now considered with great care and at length."],
                  ["The report makes for difficult reading. The inspectors concluded that the",
                   "council is failing to comply with its best value duty in respect of its",
                   "governance, its financial management and its scrutiny of the cabinet."],
                  ["I am therefore minded to exercise my powers under section 15 of the Local",
                   "Government Act 1999 and to appoint two commissioners for two years from",
                   "the date on which the directions are made, subject to representations."],
                  ["Yours sincerely,"]]
    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 11)
    y = 760
    for lines in paragraphs:
        for n, line in enumerate(lines):
            c.drawString(72 + (16 if n == 0 and len(lines) > 1 else 0), y, line)
            y -= 13.5
    c.showPage()
    c.save()
    texts = [p.text for p in split_paragraphs(read_pages(path, "pdfium"))]
    assert texts == [" ".join(lines) for lines in paragraphs]
