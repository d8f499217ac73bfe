#!/usr/bin/env python3
"""Labels of minutes-leader-statement.txt (the Leader's statement, minutes' verbatim annex)."""
from labelkit import Doc

ES = "executive summary"
d = Doc("minutes-leader-statement.txt", "minutes")
q, c = d.q, d.c

# ---- quotations
q("real strengths", "verbatim", "correct", [ES], ES, note="executive summary, para 5")
q("front-line staff are committed", "verbatim", "correct", [ES], ES)
q("many residents told us of good experiences of council services", "verbatim", "correct", [ES], ES)
q("These strengths are not in doubt.", "verbatim", "correct", [ES], ES, strict=False,
  note="'They go on' carries the executive summary citation of the sentence before")
q("failing in its best value duty", "paraphrase", "missing", [], ES,
  source_text="We have concluded that the council is failing to comply with its best value duty.",
  kind="reworded", note="'failing to comply with its best value duty' reworded; same meaning; nothing cited")
q("a pattern of decision-making in which a small number of members … have taken significant decisions",
  ["minor", "misquote"], "missing", [], ES, kind="ellipsis", strict=False,
  note="ellipsis drops 'and senior officers'; marked cut, but the omission narrows who is blamed")
q("We do not suggest that any of these decisions was unlawful.", "verbatim", "correct", ["3.4"], "3.4")
q("Urgency provisions exist for good reason.", "verbatim", "correct", ["3.4"], "3.4",
  note="'it goes on' continues the 3.4 citation; the following 'However...' sentence is dropped but the quote is a neutral statement")
q("normal and necessary", ["out_of_context", "verbatim"], "correct", ["3.9"], "3.9",
  dropped="but the absence of any record makes it impossible to know what was decided and by whom",
  kind="qualification_dropped", strict=False,
  note="the inspectors' 'but the absence of any record...' is cut here, though the Leader restores it three sentences later")
q("simply a way of keeping in touch with officers", "verbatim", "missing", [], "3.9",
  kind="control_attribution_kept", note="control: presented as the Leader's own view, as the report records it")
q("impossible to know what was decided and by whom", "verbatim", "missing", [], "3.9")
q("the most ambitious regeneration programme in the North East", "out_of_context", "correct", ["4.2"], "4.2",
  dropped="We have seen no financial modelling that supports that view.",
  kind="attribution_dropped", note="the report gives this as what the Leader told the inspectors; presented as the inspectors' own description")
q("would pay for itself within ten years", "out_of_context", "correct", ["4.2"], "4.2",
  dropped="We have seen no financial modelling that supports that view.",
  kind="attribution_dropped", note="the Leader's claim, which the inspectors say no modelling supports")
q("no evidence of fraud or personal gain in the scheme", "verbatim", "correct", [ES], ES)
q("no evidence that the procurement of the contractor was improper", ["verbatim", "out_of_context"], "correct", ["7.4"], "7.4",
  strict=False, note="words exact; the qualifying 'but the record of the evaluation was incomplete' is left out but does not reverse them")
q("should not be abandoned", ["paraphrase", "misquote"], "correct", ["8.4"], "8.4",
  source_text="We do not suggest that the scheme should be abandoned.", kind="reworded", strict=False,
  note="'we do not suggest that it should be abandoned' turned into a positive finding that it should not be")
q("vitally important to the whole borough", ["misquote", "paraphrase"], "correct", ["8.4"], "8.4",
  source_text="The site is important to the borough, and much of the expenditure has already been incurred.",
  kind="words_added", strict=False, note="'vitally' and 'whole' added")
q("is important to the borough", "verbatim", "correct", ["8.4"], "8.4",
  note="'in the same paragraph' = 8.4")
q("worked hard under difficult circumstances", "verbatim", "missing", [], "5.8")
q("responded fully and promptly", "verbatim", "missing", [], "2.8", kind="control_attribution_kept",
  note="control: the Leader says this is what the council told the inspectors in its submission, which is how 2.8 gives it")
q("its financial position was robust and that its reserves remained adequate", "out_of_context", "correct", ["5.3"], "5.3",
  dropped="We do not share that assessment.", kind="attribution_dropped",
  note="the council's own submission, which the inspectors reject, presented as what the report says")
q("we do not believe it will be able to set a balanced budget for 2026/27 without exceptional financial support",
  "verbatim", ["wrong", "correct"], ["5.4"], ES, strict=False,
  note="these exact words are the executive summary's; 5.4 says 'believe that it will be able', so 5.4 holds them only with one word more")
q("Unless the council acts decisively", "verbatim", "correct", ["5.4"], "5.4",
  kind="control_condition_restored", note="the Leader restores the 'Unless' condition himself")
q("a strong commitment to the borough among the council's middle managers and front-line staff",
  "verbatim", "wrong", ["4.6"], "4.5", note="words are 4.5's; 4.6 is the staff survey paragraph")
q("Members across the chamber praised the responsiveness of officers", "misquote", "wrong", ["4.10"], "4.11",
  source_text="Some members praised the responsiveness of officers, and the ward members we met were generally positive about the help they received with casework.",
  kind="some_to_all", note="'Some members' becomes 'Members across the chamber'; and the words are 4.11's, not 4.10's")
q("Survey results reflect the views of those who chose to respond", "verbatim", "correct", ["1"], "1.4",
  note="cited as 'Chapter 1', which holds 1.4")
q("Everybody we met was open with us", "misquote", "correct", ["1.5"], "1.5",
  source_text="Almost everyone we met was open with us.", kind="qualifier_dropped",
  note="'Almost everyone' becomes 'Everybody'")
q("committed to the borough and to its regeneration", "verbatim", "correct", ["4.1"], "4.1")
q("including by political opponents", "verbatim", "correct", ["4.1"], "4.1", strict=False,
  note="'it says' continues the 4.1 citation")
q("We do not suggest that these problems are the fault of any one individual", ["verbatim", "out_of_context"], "correct", ["4.14"], "4.14",
  strict=False, note="exact; the rest of the sentence ('but they will not be resolved without a sustained change in the behaviour of the council's leadership') is left out")
q("We were impressed by her candour", "verbatim", "correct", [], "10.3", pages=[21],
  note="cited as page 21: printed page 21 = PDF page 23, where 10.3 is")
q("We welcome these steps.", "verbatim", "correct", ["10.1"], "10.1")
q("a clear determination to put things right", "not_found", "wrong", ["10.1"], None, kind="invented",
  note="the report never says this; 10.1 only welcomes the steps taken")
q("the council has begun to listen", "not_found", "unverifiable", [], None, doc="other", kind="other_document",
  note="attributed to an October 'feedback letter' which is not among the sources; the sources never say it")
q("minded to exercise his powers", "verbatim", "correct", [], "5", source="letter")
q("not a judgement on the council's staff", "verbatim", "correct", [], "7", source="letter")
q("will not be run from Whitehall", "paraphrase", "correct", [], "7", source="letter",
  source_text="Nor do they mean that the council's services will be run from Whitehall.", kind="reworded",
  note="same meaning as the letter's 'Nor do they mean that the council's services will be run from Whitehall'")
q("to return full control to the council as soon as it is safe to do so", "verbatim", "correct", [], "7", source="letter")

# ---- claims
c("The inspectors counted 14 urgent decisions in 2023/24, which, in a year in which we were delivering the biggest regeneration scheme this borough has ever seen, is hardly the picture of a council out of control.",
  "supported", "3.3", figures=[("14", "holds", "14")], kind="figure_exact",
  evidence="In 2023/24 the council took 14 key decisions under the urgency provisions of its constitution, compared with three in 2021/22.",
  note="the figure is right; the rest is the Leader's opinion")
c("One officer — and I stress one — told the inspectors that our formal meetings were theatre.", "supported", "3.9",
  figures=[("One officer", "holds", "One officer")], kind="inspectors_as_object",
  evidence="One officer told us that the council was run by a small circle around the Leader and that the formal meetings were")
c("The inspectors say the cost of Riverside has more than doubled since 2020, and I have never hidden that.",
  "supported", "8.2", figures=[("more than doubled", "holds", "£42 million to £97 million")], kind="multiple",
  evidence="The estimated cost of the scheme has risen from £42 million at approval to £97 million in the most recent business case, an increase of more than 130 per cent.")
c("The report appears to accept that the rise in costs came down to construction inflation and the contamination on the site, things outside this council's control.",
  ["not_supported", "supported"], "8.3", hedge="appears to accept", kind="hedged_overstated", strict=False,
  evidence="Some of the increase in cost reflects factors outside the council's control, including construction inflation and the discovery of contamination on the site.",
  note="8.3 says only some of the increase, and blames the council for not revisiting the business case")
c("The report says our general fund reserve went from £21.3 million to £7.9 million over three years, and it did.",
  "supported", "5.1", figures=[("£21.3 million", "holds", "£21.3 million"), ("£7.9 million", "holds", "£7.9 million"), ("three years", "holds", "March 2021 to March 2024")],
  kind="figure_exact", evidence="The general fund reserve fell from £21.3 million in March 2021 to £7.9 million in March 2024, a fall of more than 60 per cent.")
c("Of last year's £6.4 million overspend, more than £5 million came from children's social care and temporary accommodation alone, as paragraph 5.5 sets out.",
  "supported", "5.5", cited=["5.5"], figures=[("£6.4 million", "holds", "£6.4 million"), ("more than £5 million", "holds", "£3.9 million + £1.6 million = £5.5 million")],
  kind="sum_computed_attribution_at_end",
  evidence="The overspend in 2023/24 was £6.4 million, of which £3.9 million arose in children's social care and £1.6 million in temporary accommodation.")
c("The report puts the council's net budget this year at £186.4m.", "supported", "2.4",
  figures=[("£186.4m", "holds", "£186.4 million")], kind="units_other_way")
c("The inspectors set out that our capital financing requirement rose by £124 million between 2020/21 and 2023/24, largely because of the Riverside borrowing, and that is borrowing for an asset the borough will own for a hundred years.",
  "supported", "5.9", figures=[("£124 million", "holds", "£338 million - £214 million")], kind="difference_computed",
  evidence="The council's capital financing requirement rose from £214 million in 2020/21 to £338 million in 2023/24, largely as a result of borrowing for the Riverside Quarter scheme.",
  note="the 'hundred years' is the Leader's own gloss, not attributed")
c("And contrary to what has been said outside this chamber, the inspectors found our finance function to be adequately resourced; the problem, they say, is status, not effort.",
  "not_supported", "5.7", kind="contradiction_other_words",
  evidence="The finance function has not been given the resources it needs to support a council facing financial pressures of this scale.",
  note="5.7 says the opposite; 5.8 says the problem is capacity and status")
c("The CIPFA resilience review last year found that our reserves were in line with comparable councils.",
  "unverifiable", None, doc="other", kind="other_document",
  note="a CIPFA review is not among the sources (and 5.13 says the council's reserves compare poorly)")
c("The inspectors were satisfied with the management of our pension fund investments, which I note nobody opposite has mentioned.",
  "not_supported", None, absent=["pension"], kind="subject_never_discussed", note="no source mentions a pension fund")
c("Seventy-one per cent of our staff told the inspectors they were proud to work for this council.", "supported", "4.7",
  figures=[("Seventy-one per cent", "holds", "71%")], kind="units_other_way_inspectors_as_object",
  evidence="By contrast, 71% said that they were proud to work for the council.")
c("Nearly six in ten staff feel able to raise concerns without fear, the inspectors found.", "figure_differs", "4.7",
  figures=[("Nearly six in ten", "differs", "47%")], kind="right_figure_other_thing",
  evidence="Fewer than half of respondents (47%) said that they felt able to raise concerns without fear of the consequences.",
  note="58% is Adult Social Care only (4.8); the council-wide figure is 47%")
c("Spending on agency and interim staff nearly doubled in two years, according to the report.", "supported", "4.4",
  figures=[("nearly doubled", "holds", "£4.8 million to £9.2 million"), ("two years", "holds", "2021/22 to 2023/24")], kind="multiple_attribution_at_end",
  evidence="Spending on agency and interim staff rose from £4.8 million in 2021/22 to £9.2 million in 2023/24.")
c("The report notes that only two of the nine posts on the Corporate Management Team were held by interim officers at the time of the inspection.",
  "figure_differs", "2.5", figures=[("two", "differs", "four"), ("nine", "holds", "nine")], kind="figure_differs",
  evidence="At the time of our inspection, four of the nine posts on the Corporate Management Team were held by interim officers.")
c("Of the eighteen members who told the inspectors they lacked information before decisions, eleven were not members of the ruling group.",
  "supported", "3.5", figures=[("eighteen", "holds", "18"), ("eleven", "holds", "18 - 7")], kind="difference_computed_inspectors_as_object",
  evidence="In our survey of members, 18 of the 31 respondents said that they did not usually receive sufficient information before significant decisions were taken. Of the 18, seven were members of the ruling group.")
c("On scrutiny, the report suggests, and I accept, that scrutiny has not had the officer support it needs.", "supported", "6.3",
  hedge="suggests", kind="hedged", evidence="We do not consider that this is sufficient.")
c("Paragraph 6.2 praises our scrutiny committee's review of flooding at Low Ness, which changed our emergency planning.",
  "elsewhere", "6.4", cited=["6.2"], kind="wrong_paragraph",
  evidence="We found examples of effective scrutiny, notably the committee's 2022 review of the council's response to flooding in the Low Ness area, which led to changes in the council's emergency planning arrangements.")
c("The inspectors praise the independent member on our Audit and Governance Committee, appointed in 2023.",
  ["supported"], "6.5", kind="paraphrase_claim", strict=False,
  evidence="The Audit and Governance Committee has an independent member, appointed in 2023, whose contribution was widely praised.",
  note="the report says the contribution 'was widely praised' (by those interviewed) rather than praising it in its own voice")
c("The Chair of the Audit Committee says he was kept in the dark, but the report finds that exempt reports were offered to that committee and not taken up.",
  "not_supported", "6.8", kind="quoted_view_as_finding",
  evidence="Officers told us that exempt reports had been offered to the committee but not taken up. We have not been able to reconcile these accounts",
  note="what officers told the inspectors, which the inspectors could not reconcile, is presented as a finding")
c("Paragraph 4.16 records that only 19 of our 51 members went to the finance training, and I've written to every group leader about it.",
  "elsewhere", "4.13", cited=["4.16"], figures=[("19", "holds", "19"), ("51", "holds", "51")], kind="nonexistent_paragraph",
  evidence="only 19 of the 51 members attended the finance training offered in 2023.", note="there is no paragraph 4.16; the figures are 4.13's")
c("The report finds that the waste and recycling service is well run, with a recycling rate above the North East average.",
  "supported", "8.8", kind="supported_paraphrase",
  evidence="the waste and recycling service is well regarded: the council's recycling rate of 46% is above the average for the North East.")
c("Adult social care, as the report notes, received a positive assessment in 2024.", "supported", "8.8",
  kind="attribution_mid", evidence="Adult social care received a positive assessment in 2024.")
c("Half of our residents, the report says, are satisfied with the way the council runs things.", "figure_differs", "9.3",
  figures=[("Half", "differs", "34%")], kind="right_figure_other_thing",
  evidence="The council's residents' survey of 2024 found that 34% of respondents were satisfied with the way the council runs things, compared with 52% in 2019.",
  note="about half (52%) was the 2019 figure; in 2024 it is 34%")
c("The Minister's letter makes clear that the commissioners will take on finance, the Riverside scheme and senior appointments, not the running of our services.",
  ["supported"], "5", source="letter", kind="letter_claim", strict=False,
  evidence="they exercise the council's functions in relation to financial management, the Riverside Quarter scheme and the appointment and dismissal of statutory officers.",
  note="'senior appointments' for statutory officers; 'not the running of our services' echoes paragraph 7")
c("The Minister proposes that commissioners should be here for two years, not the three that has been reported in the Chronicle.",
  "figure_differs", "5", source="letter", figures=[("two years", "differs", "three years")], kind="letter_figure_differs",
  evidence="It is proposed that a Lead Commissioner and a Finance Commissioner be appointed for a period of three years, until 31 March 2028")
c("The letter gives us until the 18th of March to make representations on the proposed directions, and we will.",
  "supported", "8", source="letter", figures=[("18th of March", "holds", "18 March 2025")], kind="letter_claim",
  evidence="The council, and any other person, may make representations about the proposed directions by 18 March 2025.")

d.nc("The Mayor invited the Leader of the Council to address the meeting.",
     "I accept the report.",
     "That was because we could not recruit.",
     "I'll leave members to draw their own conclusions.",
     "RESOLVED – That the Leader's statement be noted and appended to the minutes as Annex B.",
     "Officers in attendance: Chief Executive; Director of Finance (Section 151 Officer); Interim Monitoring Officer; Head of Democratic Services.",
     "I'm proud of Riverside and I'm not going to apologise for it.")
d.write()
