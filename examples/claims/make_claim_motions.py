"""Write the labelled claim motions about the example report (issue 10).

Each row is a claim written the way councillors write them (see the Tower Hamlets motion in
../../../shared/examples/), about the fictional Eastmarsh report (../report.json is the ground
truth) or the letter, with its ideal verdict first, the paragraph that really carries it, and
its figures. `fit` rows were used to choose the thresholds in verifier/judging/claim_check.py;
`held-out` rows were written afterwards and never used to fit them. Run:

    .venv/bin/python examples/claims/make_claim_motions.py     # writes *.txt and labels-*.json here
    python3 ../shared/eval-kit/score_claims.py --verifier .venv/bin/verifier --claims examples/claims
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [
    {"pdf": "../report.pdf", "title": "Best Value Inspection of the London Borough of Eastmarsh",
     "role": "report"},
    {"pdf": "../letter.pdf",
     "title": "Letter from the Secretary of State to the Chief Executive, 12 November 2024",
     "role": "letter"},
]

# (text, verdicts (ideal first), section that carries it, figures [(text, status)], kind)
FIT = [
    ("Paragraph 3.2 records that many officers are proud to work for Eastmarsh and deeply committed to its residents.",
     ["supported"], "3.2", [], "supported"),
    ("As paragraph 4.11 notes, the Chief Executive took up post in January 2024 and is respected by staff.",
     ["supported"], "4.11", [], "supported"),
    ("According to paragraph 5.62, 23% of contracts above £100,000 awarded in 2022/23 had no record of a compliant procurement process.",
     ["supported"], "5.62", [("23%", "holds"), ("£100,000", "holds")], "supported_figures"),
    ("Section 7.11 reports that the Ombudsman upheld 74% of the complaints it investigated about the Authority.",
     ["supported"], "7.11", [("74%", "holds")], "supported_figures"),
    ("The report finds at paragraph 8.3 that waste collection and street cleansing achieve high levels of resident satisfaction.",
     ["supported"], "8.3", [], "supported"),
    ("Chapter 9 concludes that the Authority has not in the past responded adequately to external challenge.",
     ["supported"], "9.10", [], "chapter_cite"),
    ("In the letter, the Secretary of State says she does not propose at this stage to transfer any of the Authority’s functions to Commissioners.",
     ["supported"], None, [], "letter"),
    ("Paragraph 5.19 notes that 17 of 63 key decisions taken in 2023/24 did not appear in the Forward Plan in time.",
     ["supported"], "5.19", [("17", "holds"), ("63", "holds")], "supported_figures"),
    ("The inspection team held more than 180 interviews (para 1.4).",
     ["supported"], "1.4", [("more than 180", "holds")], "bound_more_than"),
    ("Paragraph 2.6 says the Authority employs approximately 4,800 staff.",
     ["supported"], "2.6", [("approximately 4,800", "holds")], "supported_figures"),
    ("Chapter 7 finds that partnership working, once a strength, has weakened.",
     ["supported"], "7.12", [], "chapter_cite"),
    ("As paragraph 1.5 records, the staff survey received 1,206 responses, a response rate of 25%.",
     ["supported"], "1.5", [("1,206", "holds"), ("25%", "holds")], "supported_figures"),
    ("Paragraph 5.53 notes that more than 40 internal audit recommendations were outstanding.",
     ["supported"], "5.53", [("more than 40", "holds")], "bound_more_than"),
    ("The inspectors found that the Council’s online consultation platform has over 14,000 registered users.",
     ["supported"], "7.9", [("over 14,000", "holds")], "no_cite_figures"),
    ("As paragraph 5.15 records, the Chief Finance Officer’s advice was found to be well founded and clearly expressed.",
     ["elsewhere"], "5.37", [], "wrong_paragraph"),
    ("Section 4.3 found that 21 of the 38 senior managers in post in May 2022 had left the Authority by May 2024.",
     ["elsewhere"], "4.33", [("21", "holds"), ("38", "holds")], "wrong_paragraph_figures"),
    ("Paragraph 6.2 states that the Authority paid £1.9 million in settlements to former employees in 2023.",
     ["elsewhere"], "4.45", [("£1.9 million", "holds")], "wrong_paragraph_figures"),
    ("According to paragraph 7.5, the Monitoring Officer has written to group leaders on three occasions since 2022 about conduct at Council meetings.",
     ["elsewhere"], "3.5", [("three", "holds")], "wrong_paragraph"),
    ("Paragraph 5.42 records 64 complaints about member conduct in 2023/24.",
     ["figure_differs"], "5.42", [("64", "differs")], "figure_differs"),
    ("According to paragraph 5.89, the Authority answered 71% of Freedom of Information requests within the statutory time limit.",
     ["figure_differs"], "5.89", [("71%", "differs")], "figure_differs"),
    ("Paragraph 4.35 shows that expenditure on agency staff was £38.1 million in 2023/24.",
     ["figure_differs"], "4.35", [("£38.1 million", "differs")], "figure_differs_money"),
    ("The report says the Mayor took 241 individual decisions in 2023/24 (para 5.7).",
     ["figure_differs"], "5.7", [("241", "differs")], "figure_differs"),
    ("Paragraph 5.63 records fewer than 100 waivers in 2023/24.",
     ["figure_differs"], "5.63", [("fewer than 100", "differs")], "bound_fails"),
    ("Paragraph 5.51 notes that the Audit Committee has an independent member, in line with current guidance.",
     ["not_supported"], None, [], "opposite"),
    ("Paragraph 8.4 reports that housing repairs performance has improved since 2022.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 3.12 records that the staff network for raising concerns has already transformed the survey results.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Section 6.14 praises the Authority’s rigorous benchmarking of its unit costs against similar boroughs.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 2.3 states that the borough has the lowest rate of child poverty in London.",
     ["not_supported", "unverifiable"], None, [], "unsupported_similar"),
    ("Paragraph 4.60 of the report criticises the Authority’s handling of planning appeals.",
     ["unverifiable", "not_supported"], None, [], "nonexistent_paragraph"),
    ("Section 11.2 recommends that the Council sells its wholly owned companies.",
     ["unverifiable", "not_supported"], None, [], "nonexistent_chapter"),
    ("The inspectors found that the Authority has cut its spending on agency staff by half since 2022.",
     ["not_supported", "unverifiable"], None, [("half", "absent")], "no_cite_invented"),
    ("The report describes a culture of “closely held” information (Section 3.3).",
     ["supported", "unverifiable"], "3.3", [], "scare_quote_with_cite"),
    ("Paragraph 4.27 records that the Mayor’s Surgeries referred more than 3,100 cases to services in a year.",
     ["supported"], "4.27", [("more than 3,100", "holds")], "bound_source_more_than"),
]

HELD_OUT = [
    ("Paragraph 3.10 notes that only four whistleblowing disclosures were recorded in the two years to March 2024.",
     ["supported"], "3.10", [("four", "holds")], "supported_figures"),
    ("As paragraph 4.25 records, only 14 of the 45 councillors attended the Code of Conduct training offered in 2023.",
     ["supported"], "4.25", [("14", "holds"), ("45", "holds")], "supported_figures"),
    ("Section 5.103 says that only three Cabinet reports were considered by scrutiny before the decision was taken in 2023/24.",
     ["supported"], "5.103", [("three", "holds")], "supported_figures"),
    ("Paragraph 6.11 reports that only 58% of the 2023/24 capital programme was delivered.",
     ["supported"], "6.11", [("58%", "holds")], "supported_figures"),
    ("Paragraph 8.6 praises the council house building programme, which has completed 1,260 homes since 2018.",
     ["supported"], "8.6", [("1,260", "holds")], "supported_figures"),
    ("According to paragraph 4.40, the inspectors were impressed by the commitment of the Authority’s middle managers.",
     ["supported"], "4.40", [], "supported"),
    ("Paragraph 5.70 welcomes the Chief Executive’s decision to commission an external review of procurement.",
     ["supported"], "5.70", [], "supported"),
    ("Chapter 6 concludes that the Authority’s arrangements for securing value for money are weak.",
     ["supported"], "6.16", [], "chapter_cite"),
    ("The Secretary of State’s letter says the Inspectors recognise that many of the Authority’s frontline services perform well.",
     ["supported"], None, [], "letter"),
    ("The inspection team read more than 2,300 documents and observed 41 formal meetings.",
     ["supported"], "1.4", [("more than 2,300", "holds"), ("41", "holds")], "no_cite_figures"),
    ("Paragraph 2.2 notes that more than a quarter of residents are under twenty.",
     ["supported"], "2.2", [("more than a quarter", "holds")], "fraction_as_written"),
    ("In paragraph 5.30 the report notes that all three statutory officer posts are now filled on a permanent basis.",
     ["supported"], "5.30", [("three", "holds")], "supported"),
    ("The Inspectors found that the Mayor’s Office has grown from four to eleven posts since 2022.",
     ["supported"], "4.4", [("four", "holds"), ("eleven", "holds")], "no_cite_figures"),
    ("Paragraph 5.82 records that the Eastmarsh Partnership Board met only twice in 2023/24.",
     ["elsewhere", "unverifiable"], "7.4", [], "wrong_paragraph_similar"),
    ("As paragraph 4.20 notes, in eleven cases the report on a Mayoral decision was prepared after the decision had been announced.",
     ["elsewhere"], "5.9", [("eleven", "holds")], "wrong_paragraph_figures"),
    ("Paragraph 3.9 says that 48% of respondents disagreed that appointments are made fairly and on merit.",
     ["elsewhere"], "3.7", [("48%", "holds")], "percentage_wrong_section"),
    ("Section 8.8 states that the Standards Committee has five members and two independent persons.",
     ["elsewhere"], "5.41", [("five", "holds"), ("two", "holds")], "wrong_paragraph_figures"),
    ("Paragraph 2.5 notes that Eastmarsh First holds 28 seats.",
     ["figure_differs"], "2.5", [("28", "differs")], "figure_differs"),
    ("As paragraph 6.4 records, usable General Fund reserves stood at £72.1 million at 31 March 2024.",
     ["figure_differs"], "6.4", [("£72.1 million", "differs")], "figure_differs_money"),
    ("Paragraph 5.43 says the median time to assess a complaint was 79 days.",
     ["figure_differs"], "5.43", [("79", "differs")], "figure_differs"),
    ("According to paragraph 4.33, exit interviews were offered to only nineteen of the senior managers who left.",
     ["figure_differs"], "4.33", [("nineteen", "differs")], "figure_differs_words"),
    ("A staff survey by the inspectors found that 37% of respondents agreed that senior leaders act with integrity.",
     ["figure_differs"], "4.15", [("37%", "differs")], "no_cite_figure_differs"),
    ("Paragraph 5.117 reports that residents are regularly involved in scrutiny meetings.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 9.9 notes that the improvement work has been discussed in detail at Cabinet and at Council.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 7.7 says the Voluntary Sector Compact is well known among organisations and was revised last year.",
     ["not_supported", "unverifiable"], None, [], "unsupported_similar"),
    ("Section 5.92 commends the Authority’s record-keeping as exemplary.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 10.14 recommends abolishing the Audit Committee.",
     ["not_supported", "unverifiable"], None, [], "unsupported_similar"),
    ("Paragraph 3.25 praises the Authority’s staff wellbeing programme.",
     ["unverifiable", "not_supported"], None, [], "nonexistent_paragraph"),
    ("Chapter 12 of the report sets out a timetable for the return of powers to the Council.",
     ["unverifiable", "not_supported"], None, [], "nonexistent_chapter"),
    ("The inspectors found that the whistleblowing policy was revised in 2023.",
     ["not_supported", "unverifiable"], None, [], "no_cite_year_differs"),
]

# Written after the first measurement on HELD_OUT (whose errors led to three generic fixes: a
# negation counts only near the words it bears on, figures in words make a cited sentence a
# claim, "twice" is a figure), to measure those fixes on rows that played no part in them.
HELD_OUT_2 = [
    ("Paragraph 5.34 notes that eight of the 31 posts in the legal services team were vacant in June 2024.",
     ["supported"], "5.34", [("eight", "holds"), ("31", "holds")], "supported_figures"),
    ("As paragraph 2.4 records, the Mayor was re-elected in May 2022 with 51% of first-preference votes.",
     ["supported"], "2.4", [("51%", "holds")], "supported_figures"),
    ("Paragraph 4.46 found three settlement agreements in 2023 where the required approval had not been obtained before signing.",
     ["supported"], "4.46", [("three", "holds")], "supported_negation"),
    ("According to paragraph 5.116, partners spoke well of the joint health scrutiny arrangements with neighbouring boroughs.",
     ["supported"], "5.116", [], "supported"),
    ("Section 3.11 says the Member and Officer Relations Protocol has not been reviewed since it was adopted in 2016.",
     ["supported"], "3.11", [], "supported_negation"),
    ("Chapter 8 concludes that service delivery is, in many areas, a strength the Authority can build upon.",
     ["supported"], "8.12", [], "chapter_cite"),
    ("In her letter the Secretary of State proposes to appoint a Ministerial Envoy for up to three years.",
     ["supported"], None, [("up to three", "holds")], "letter"),
    ("The inspectors found that the Authority spends around £520 million a year with third parties.",
     ["supported"], "5.61", [("around £520 million", "holds")], "no_cite_figures"),
    ("Paragraph 5.100 records that the scrutiny work programme for 2023/24 contained 31 items.",
     ["supported"], "5.100", [("31", "holds")], "supported_figures"),
    ("Paragraph 5.20 states that the Authority’s whistleblowing policy names an officer who left in 2021 as the contact for concerns.",
     ["elsewhere"], "3.10", [], "wrong_paragraph"),
    ("As paragraph 6.7 records, the Authority owns and manages some 11,900 homes through its Housing Revenue Account.",
     ["elsewhere"], "2.6", [("some 11,900", "holds")], "wrong_paragraph_figures"),
    ("Paragraph 4.12 reports that the policy team consists of three officers and there is no corporate programme management office.",
     ["elsewhere"], "4.39", [("three", "holds")], "wrong_paragraph"),
    ("Paragraph 8.5 reports that 3,490 households are in temporary accommodation.",
     ["figure_differs"], "8.5", [("3,490", "differs")], "figure_differs"),
    ("According to paragraph 5.53, 57 of 112 internal audit recommendations were outstanding.",
     ["figure_differs"], "5.53", [("57", "differs"), ("112", "holds")], "figure_differs"),
    ("Paragraph 6.5 records a cumulative budget gap of £83.7 million.",
     ["figure_differs"], "6.5", [("£83.7 million", "differs")], "figure_differs_money"),
    ("Paragraph 5.84 praises Marshgate Energy Limited for always filing its accounts on time.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 4.24 notes that the leaders of all groups meet together regularly in a formal forum.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 9.2 says the Authority reported progress against its 2022 action plan to the Local Government Association.",
     ["not_supported", "unverifiable"], None, [], "opposite"),
    ("Paragraph 6.30 criticises the Authority’s treasury management strategy.",
     ["unverifiable", "not_supported"], None, [], "nonexistent_paragraph"),
    ("Paragraph 7.3 shows that the borough’s libraries are the best used in London.",
     ["not_supported", "unverifiable"], None, [], "unsupported_invented"),
]

NOT_CLAIMS = [
    "This Council has received the Best Value Inspection report and the Secretary of State’s letter.",
    "The findings of the inspection pose serious questions for every member of this Council.",
    "The report sets out “the reasons” in the chapters that follow (p. 2).",
    "The Council has set aside £2 million for an improvement fund.",
]
RESOLUTION = [
    "To ask the Chief Executive to bring a costed improvement plan to the next meeting of Full Council.",
    "To publish a response to each of the report’s eleven recommendations within three months.",
]


def write(name: str, title: str, rows) -> None:
    lines = [f"Motion: {title}", "", "Proposed by the Progressive Alliance Group", "",
             "This Council Notes:"]
    lines += [f"- {NOT_CLAIMS[0]}"]
    half = len(rows) // 2
    lines += [f"- {r[0]}" for r in rows[:half]]
    lines += [f"- {NOT_CLAIMS[1]}", f"- {NOT_CLAIMS[2]}"]
    lines += [f"- {r[0]}" for r in rows[half:]]
    lines += [f"- {NOT_CLAIMS[3]}", "", "This Council Resolves:"] + [f"- {r}" for r in RESOLUTION]
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    claims = []
    for text, verdicts, section, figures, kind in rows:
        letter = kind == "letter"
        claims.append({"text": text, "verdict": verdicts, "section": section,
                       "source": "letter" if letter else ("report" if section else None),
                       "cited": [], "cited_pages": [], "cited_document": "letter" if letter else None,
                       "figures": [{"text": t, "status": s} for t, s in figures],
                       "kind": kind, "strict": True,
                       "note": f"{name} row; carried by {section or ('the letter' if letter else 'nothing')}"})
    labels = {"motion": f"{name}.txt", "sources": SOURCES, "claims": claims,
              "not_claims": NOT_CLAIMS + RESOLUTION}
    (HERE / f"labels-{name}.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")


# The claims of the example motion (../motion.txt), written like the Tower Hamlets amendment's.
MOTION_CLAIMS = [
    ("A staff survey conducted by the inspection team revealed that 48% of respondents expressed discomfort in raising concerns, and only 27% believed their concerns would be appropriately dealt with.",
     ["supported"], "3.8", [("48%", "holds"), ("27%", "holds")], "tower_hamlets_survey"),
    ("However, as per section 4.10, the council was praised for permanently appointing a Chief Executive Officer, a Section 151 Officer and several other key director positions, ending a long period of reliance on interim managers.",
     ["supported"], "4.10", [], "tower_hamlets_as_per_section"),
    ("The Council is already preparing a scrutiny improvement plan, as the report itself acknowledges.",
     ["supported", "unverifiable"], "5.119", [], "attributed_no_cite"),
    ("It should also be noted that the survey received 1,206 responses from a workforce of some 4,800.",
     ["supported", "unverifiable"], "1.5", [("1,206", "holds"), ("some 4,800", "holds")], "tower_hamlets_cohort"),
    ("However, section 8.2 and other parts of the report commend service delivery, and Ofsted judged children’s services ‘good’.",
     ["supported"], "8.2", [], "tower_hamlets_section_and_other_parts"),
]
MOTION_NOT_CLAIMS = [
    "This is a culture that developed over many years, under successive administrations.",
    "The Council has also set aside £4.5 million for a continuous improvement fund.",
    "The findings in the Best Value Inspection Report highlight serious challenges for the Council's governance and leadership.",
    "Rebuilding trust between councillors, officers and partners is vital, and is the responsibility of every member, on both sides of the chamber.",
]


def write_example_motion() -> None:
    text = (HERE.parent / "motion.txt").read_text(encoding="utf-8")
    claims = []
    for claim, verdicts, section, figures, kind in MOTION_CLAIMS:
        # the survey sentence is in the amendment (over four lines) and in the resolution
        claims.append({"text": claim, "verdict": verdicts, "section": section, "source": "report",
                       "cited": [], "cited_pages": [], "cited_document": None,
                       "figures": [{"text": t, "status": st} for t, st in figures],
                       "kind": kind, "strict": True, "note": "motion.txt, as amended"})
        assert claim in text, claim
    labels = {"motion": "../motion.txt", "sources": SOURCES, "claims": claims,
              "not_claims": MOTION_NOT_CLAIMS}
    (HERE / "labels-motion.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")


if __name__ == "__main__":
    write_example_motion()
    write("fit", "Eastmarsh inspection findings (claims the thresholds were fitted on)", FIT)
    write("held-out", "Eastmarsh inspection findings (held-out claims)", HELD_OUT)
    write("held-out-2", "Eastmarsh inspection findings (second held-out claims)", HELD_OUT_2)
