"""Labels for ward-bulletin.txt (ward councillors' e-mail bulletin, ruling coalition)."""
from labels_lib import Doc, words_of as W

d = Doc("ward-bulletin.txt", "newsletter")
Q, C, N = d.Q, d.C, d.N
LET = dict(source="letter", doc="letter")

# ---------------------------------------------------------------- quotations
Q("All members were invited to meet us", ["verbatim"], ["correct"], "A.2", ["A.2"],
  kind="annex citation", note="cited as 'Annex A, paragraph 2'")
Q("The council's financial position is serious, but it is not inevitable", ["misquote"], ["correct"], "1.3",
  ["executive summary"], kind="stitched", source_text=W("1.3", "The council's financial position is serious."),
  note="1.3's first sentence stitched, unmarked, to 'is not inevitable' (which 1.3 says of a section 114 notice, not of the position)")
Q("We did not find evidence of fraud", ["verbatim"], ["correct"], "7.7", ["7.7"])
Q("We do not suggest that any contract was awarded improperly", ["verbatim"], ["correct"], "7.7", ["7.7"])
Q("We do not suggest that any member or officer acted dishonestly", ["verbatim"], ["correct"], "1.2",
  ["executive summary"], kind="denial kept", note="control: the denial is quoted whole")
Q("the council had a clear plan to address them", ["out_of_context"], ["correct"], "2.2", ["2.2"],
  kind="attribution dropped",
  context_dropped=W("2.2", "The council's own submission to the Department", "but stated that"),
  note="2.2 reports what the council's own submission stated; the bulletin presents it as the report being clear")
Q("We accept that some decisions were genuinely urgent", ["out_of_context"], ["correct"], "3.5", ["3.5"],
  kind="qualification dropped", context_dropped=W("3.5", "We do not accept that 23 were."),
  note="3.5 goes on: 'We do not accept that 23 were.'")
Q("the council's difficulties were largely inherited", ["out_of_context"], ["correct"], "1.7", ["1.7"],
  kind="attribution dropped", context_dropped="The Leader told us that",
  note="the Leader's view (1.7), which the inspectors reject; presented as the inspectors' recognition")
Q("relations between members and officers were now good", ["out_of_context"], ["correct"], "4.13", ["4.13"],
  kind="attribution dropped", context_dropped="The Leader told us that",
  note="4.13: the Leader told us so; the inspectors side with the Chief Executive's more cautious view")
Q("has made a good start", ["verbatim"], ["correct"], "4.1", ["4.1"])
Q("there was much still to do", ["verbatim"], ["missing"], "4.13", [], kind="attribution kept",
  note="control: attributed to the Chief Executive, as in 4.13")
Q("We recognise that the council's new Chief Executive and section 151 officer have begun to address the problems we describe",
  ["verbatim"], ["correct"], "10.2", ["10.2"])
Q("We do not underestimate the difficulty of what they face", ["verbatim"], ["correct"], "10.2", ["10.2"],
  kind="footnote citation", note="footnote [1]: 'Inspection report, para 10.2'")
Q("we have been impressed by their candour", ["verbatim"], ["missing"], "10.2", [])
Q("a council on the road to recovery", ["not_found"], ["wrong"], None, ["10.2"], kind="invented",
  note="'in the inspectors' own words', but no place says it; 10.2 cited")
Q("The new Chief Executive has begun a programme of open staff briefings ... the staff we met at them were willing to speak",
  ["minor"], ["correct"], "4.14", ["4.14"], kind="ellipsis",
  source_text=W("4.14", "The new Chief Executive has begun", "were willing to speak"),
  note="'paragraph 4.14 states'; the cut (', and') marked")
Q("Front-line staff are committed to the borough", ["verbatim"], ["correct"], "1.7", [], pages=[4],
  kind="page citation", note="1.7 is on page 4")
Q("residents' satisfaction with waste and street cleansing is high", ["verbatim"], ["missing"], "1.7", [])
Q("I am proud to work for the council", ["verbatim"], ["correct"], "Table 1", ["Table 1"],
  kind="table cell", note="a statement in Table 1")
Q("one of the council's strongest assets", ["verbatim"], ["correct"], "4.5", [], pages=[10],
  kind="page citation", note="4.5 is on page 10 ('page 10 of the report')")
Q("The council's waste and environmental services perform well", ["verbatim"], ["correct"], "9.7", ["9.7"])
Q("The recycling rate was 48% in 2023/24, above the average for the region", ["verbatim"], ["correct"],
  "9.7", ["9.7"])
Q("well led", ["verbatim"], ["missing"], "9.7", [])
Q("had a credible plan to address them", ["verbatim"], ["correct"], "9.3", ["9.3"])
Q("the housing team knows what is wrong and has a proper plan to fix it", ["paraphrase"], ["correct"], "9.3",
  ["9.3"], kind="reworded", source_text=W("9.3", "We found that the housing service"),
  note="'in plain English': 9.3's meaning in the writers' words, in quotation marks")
Q("Rent collection remained strong", ["verbatim"], ["correct"], "9.4", ["9.4"])
Q("91% of all repairs within 24 hours", ["misquote"], ["correct"], "9.4", ["9.4"], kind="changed_word",
  source_text=W("9.4", "91% of emergency repairs", "within 24 hours"),
  note="9.4 says 91% of emergency repairs, not all repairs")
Q("The Regulator of Social Housing is engaged with the council", ["verbatim"], ["missing"], "9.3", [])
Q("could transform the town centre", ["out_of_context"], ["correct"], "8.4", ["8.4"], kind="attribution dropped",
  context_dropped="Partners told us that the scheme",
  note="8.4: partners told the inspectors this; the bulletin says 'The inspectors say'")
Q("has attracted real interest from investors", ["verbatim"], ["wrong"], "1.7", ["8.4"], kind="wrong paragraph",
  note="the words are 1.7's; 8.4 says 'attracted investor interest'")
Q("£18.4 million of government funding", ["verbatim"], ["correct"], "8.4", ["8.4"])
Q("minded to exercise my powers", ["verbatim"], ["correct"], "4", [], kind="letter alias citation", **LET)
Q("I welcome the frankness with which the council has engaged with the inspection", ["verbatim"], ["correct"],
  "3", [], **LET)
Q("I recognise that the council's new Chief Executive and section 151 officer have begun to address these problems",
  ["verbatim"], ["correct"], "3", [], note="same sentence as the letter citation before it", **LET)
Q("to work with the council, not around it", ["verbatim"], ["correct", "missing"], "8", [], strict=False,
  note="'he' (the Secretary of State) wants; the letter is named in the sentences before", **LET)
Q("representations by 5pm on 14 March 2025", ["misquote"], ["correct"], "7", [], kind="changed date",
  source_text=W("7", "Representations should be sent", role="letter"),
  note="the letter's deadline is 5pm on 4 March 2025", **LET)
Q("an improvement and recovery plan with clear priorities, costs and timescales", ["verbatim"], ["correct"],
  "R1", ["R1"])
Q("consulted before any key decision is taken", ["verbatim"], ["correct"], "R3", ["R3"],
  kind="cited as 'Recommendation 3:'")
Q("We consider that the committee can become an effective part of the council's governance with proper support",
  ["verbatim"], ["correct"], "6.10", ["6.10"])
Q("Our recommendations are addressed to the council", ["verbatim"], ["wrong"], "10.6", ["10.5"],
  kind="footnote citation, wrong paragraph", note="footnote [2] says para 10.5; the words open 10.6")
Q("strong and stable leadership", ["not_found"], ["missing"], None, [], kind="invented",
  note="'the report's phrase', but the report never says it")

# ---------------------------------------------------------------- claims
C("The inspectors were appointed in June 2024 and spent 21 days on site in Rathmoor (Annex A, paragraph 1).",
  ["supported"], "A.1", W("A.1", "The team was on site"), "A.1", ["A.1"],
  figures=[("21 days", "holds", "21 days")], kind="annex citation")
C("They spoke to 31 of our 43 councillors - more than seven in ten.", ["supported"], "A.2",
  W("A.2", "We held 112 interviews"), "A.2",
  figures=[("31", "holds", "31"), ("43", "holds", "43"), ("more than seven in ten", "holds", "31/43 = 72%")],
  kind="share computed; continuing attribution")
C("563 staff took part in the survey, a response rate of 46 per cent (Section 2.4).", ["supported"], "2.4",
  W("2.4", "All 1,214 employees"), "2.4", ["2.4"],
  figures=[("563", "holds", "563"), ("46 per cent", "holds", "46%")], kind="figures exact; per cent")
C("The headline is that the inspectors found the council is not meeting its best value duty.", ["supported"],
  "1.8", W("1.8", "On the evidence we have seen"), "1.8", kind="conclusion in other words")
C("The overspend this year is forecast at £6.6 million (Section 5.4).", ["figure_differs"], "5.4",
  W("5.4", "The council is forecasting an overspend"), "5.4", ["5.4"],
  figures=[("£6.6 million", "differs", "£7.8 million")],
  kind="figure differs (another year's figure)", note="£6.6 million is the 2023/24 outturn overspend (5.6)")
C("Our general fund reserve still stands at more than £12 million (Section 5.1).", ["figure_differs"], "5.1",
  W("5.1", "By 31 March 2024"), "5.1", ["5.1"],
  figures=[("more than £12 million", "differs", "£5.3 million")],
  kind="right figure, another thing", note="£12.9 million is the earmarked reserves (5.1); the general fund reserve is £5.3 million")
C("The council's borrowing has more than doubled since 2019, the report says.", ["supported"], "5.8",
  W("5.8", "The council's borrowing has grown"), "5.8",
  figures=[("more than doubled", "holds", "£96 million to £287 million")], kind="multiple as a bound; attribution at the end")
C("Temporary accommodation spending has risen by £3.8 million in two years (Section 9.1).", ["supported"], "9.1",
  W("9.1", "The council's spending on temporary accommodation"), "9.1", ["9.1"],
  figures=[("£3.8 million", "holds", "£5.7 million - £1.9 million")], kind="difference computed")
C("Sickness absence rose by 3.3 days per employee between 2020/21 and 2023/24.", ["supported"], "4.8",
  W("4.8", "Sickness absence averaged"), "4.8",
  figures=[("3.3 days", "holds", "11.4 days - 8.1 days")], kind="difference computed; no citation")
C("The number of waivers more than doubled, from 29 to 68 (Section 7.1).", ["supported"], "7.1",
  W("7.1", "The number of waivers rose"), "7.1", ["7.1"],
  figures=[("more than doubled", "holds", "29 to 68"), ("29", "holds", "29"), ("68", "holds", "68")],
  kind="multiple")
C("Fewer than one in five of last year's contracts over £100,000 included social value commitments, the report notes.",
  ["supported"], "7.8", W("7.8", "Of the contracts let in 2023/24"), "7.8",
  figures=[("Fewer than one in five", "holds", "fewer than one in five"), ("£100,000", "holds", "£100,000")],
  kind="fraction in words; attribution at the end")
C("The inspectors found no evidence of fraud.", ["supported"], "7.7", W("7.7", "We did not find evidence of fraud."),
  "7.7", kind="no citation")
C("The inspectors say there were 31 complaints against councillors in 2023/24 alone.", ["figure_differs"], "3.13",
  W("3.13", "The council received 31 complaints"), "3.13",
  figures=[("31", "differs", "31 complaints between April 2022 and March 2024")],
  kind="right figure, another thing", note="31 is the two-year total (April 2022 to March 2024), not 2023/24 alone")
C("Eleven of the 32 performance indicators had not been updated for more than a year (Section 9.8).",
  ["supported"], "9.8", W("9.8", "Many of the indicators"), "9.8", ["9.8"],
  figures=[("Eleven", "holds", "11"), ("32", "holds", "32")], kind="number in words")
C("According to the inspectors, relations between members and officers are now good.", ["not_supported"], "4.13",
  W("4.13", "The Leader told us that relations", "Our evidence supports the Chief Executive's assessment."), "4.13",
  kind="someone's view presented as the inspectors' finding",
  note="the Leader's view; the inspectors support the Chief Executive's more cautious assessment")
C("The report suggests the new Chief Executive and finance director have the council moving in the right direction.",
  ["supported", "not_supported"], "10.2", W("10.2", "We recognise that"), "10.2", hedge="suggests",
  kind="hedged attribution", strict=False,
  note="10.2: they have begun to address the problems; whether that is 'moving in the right direction' is a stretch")
C("The report says the finance function was adequately resourced (Section 5.17).", ["not_supported"], "5.17",
  W("5.17", "The council's own submission stated", "the resources it needs."), "5.17", ["5.17"],
  kind="contradiction; the council's submission presented as the report's view",
  note="5.17: the submission said so; the inspectors 'do not agree'")
C("A majority of staff - 58 per cent - told the inspectors they were proud to work for the council.", ["supported"],
  "4.5", W("4.5", "A majority (58%)"), "4.5", figures=[("58 per cent", "holds", "58%")],
  kind="inspectors as object")
C("Staff told the inspectors that managers were supportive - three in four said so (Table 1).", ["supported"],
  "Table 1", "My line manager supports me 74 13 13", "Table 1", ["Table 1"],
  figures=[("three in four", "holds", "74")], kind="table; fraction in words; inspectors as object",
  note="Table 1 row 'My line manager supports me': 74% agree")
C("The recycling rate of 48% is above the regional average, the report confirms.", ["supported"], "9.7",
  W("9.7", "The recycling rate"), "9.7", figures=[("48%", "holds", "48%")], kind="attribution at the end")
C("Residents' satisfaction with bin collections and street cleaning stands at 71 per cent (Section 8.6).",
  ["supported"], "8.6", W("8.6", "The council's residents' survey"), "8.6", ["8.6"],
  figures=[("71 per cent", "holds", "71%")], kind="per cent; words changed")
C("Waste vehicle procurement saved £0.9m against budget (Section 7.9).", ["supported"], "7.9",
  W("7.9", "We found some good practice"), "7.9", ["7.9"],
  figures=[("£0.9m", "holds", "£0.9 million")], kind="units written another way")
C("Rent collection was 98.1 per cent last year.", ["supported"], "9.4", W("9.4", "Rent collection remained strong"),
  "9.4", figures=[("98.1 per cent", "holds", "98.1%")], kind="figures exact")
C("Emergency repairs were completed within 24 hours in more than nine cases out of ten.", ["supported"], "9.4",
  W("9.4", "Rent collection remained strong"), "9.4",
  figures=[("more than nine cases out of ten", "holds", "91%"), ("24 hours", "holds", "24 hours")],
  kind="share in words")
C("The inspectors praise the council's housing stock condition survey.", ["not_supported"], "9.2",
  W("9.2", "The council has not yet carried out"), "9.2", kind="contradiction",
  note="9.2: no full stock condition survey since 2016")
C("The inspectors counted 37 vacancies in planning, housing and legal services (Section 4.9).", ["supported"],
  "4.9", W("4.9", "The council has 37 vacancies"), "4.9", ["4.9"], figures=[("37", "holds", "37")])
C("The Castle Quarter has already attracted £18.4m of government money (Section 8.5).", ["elsewhere"], "8.4",
  W("8.4", "It has attracted investor interest"), "8.4", ["8.5"],
  figures=[("£18.4m", "holds", "£18.4 million")], kind="wrong paragraph cited", note="8.4, not 8.5")
C("The report says the council's pension fund is in good health.", ["not_supported"], None,
  absent=["pension"], kind="subject never discussed", note="neither source mentions a pension fund")
C("The CIPFA resilience index puts Rathmoor in the middle of the pack for district councils.", ["unverifiable"],
  None, doc="other", kind="named document not a source", note="a CIPFA index is not among the sources")
C("The Secretary of State's letter makes clear that commissioners would report to him every six months.",
  ["supported"], "5", W("5", "I would expect the commissioners", role="letter"), "5", source="letter",
  doc="letter", figures=[("six months", "holds", "six months")], kind="claim about the letter")
C("The letter gives the council six months to produce an improvement and recovery plan (Letter from SoS to CEX 04/02/25).",
  ["supported"], "6", W("6", "Under the proposed Directions", role="letter"), "6", source="letter", doc="letter",
  figures=[("six months", "holds", "six months")], kind="claim about the letter, alias citation",
  note="strictly, under the proposed Directions")

# ---------------------------------------------------------------- not claims
for t in ["We accept that.",
          "It is not all doom and gloom, whatever the Mercury's letters page would have you believe.",
          "We have been asking for better performance reports for two years, and we will keep asking.",
          "The inspectors' recommendations are sensible and we support all nine.",
          "We will be voting for the motion to accept the recommendations in full.",
          "Abbey Fields ward surgery, Saturday 1 March, 10am-12pm, St Luke's Church Hall.",
          "As always, if you would like to talk to us about the report or anything else, just reply to this email or ring Imran on 07700 900381.",
          "This bulletin is paid for by your councillors personally, not by the council."]:
    N(t)

d.write()
