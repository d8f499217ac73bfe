#!/usr/bin/env python3
"""Labels of blog-ness-riverside-residents.txt (residents' campaign group blog post)."""
from labelkit import Doc

ES = "executive summary"
d = Doc("blog-ness-riverside-residents.txt", "article")
q, c = d.q, d.c

# ---- quotations
q("failing to comply with its best value duty", "verbatim", "correct", [ES], ES)
q("a small number of members and senior officers have taken significant decisions without adequate information, challenge or record",
  "verbatim", "correct", [ES], ES)
q("the record of how key decisions on it were taken is poor", "verbatim", "correct", [], ES, pages=[1],
  note="p. 1 is the printed page of the executive summary (PDF page 3)")
q("We recognize that the council has real strengths,", "minor", "correct", [], ES, pages=[1],
  source_text="We recognise that the council has real strengths.", kind="us_spelling",
  note="'recognize' for 'recognise'")
q("The estimated cost of the scheme has risen from £42 million at approval to £97 million. The hotel has been deferred indefinitely.",
  "misquote", ["missing", "correct"], [], "8.2",
  source_text="The estimated cost of the scheme has risen from £42 million at approval to £97 million in the most recent business case, an increase of more than 130 per cent. The number of homes to be delivered in the first phase has fallen from 420 to 260, and the hotel has been deferred indefinitely.",
  kind="stitched_unmarked", strict=False,
  note="two cut sentences stitched with no ellipsis; its own sentence cites nothing, though the sentence before cites 8.2")
q("Some of the increase in cost reflects factors outside the council's control … However, we found that the council did not revisit the business case",
  "minor", "correct", ["8.3"], "8.3", kind="ellipsis")
q("members were not informed of their cumulative effect until December 2023", "verbatim", "correct", ["7.5"], "7.5")
q("[The company's] board includes two Cabinet members and no independent non-executive directors",
  "minor", "correct", ["8.5"], "8.5", source_text="The company's board includes two Cabinet members and no independent non-executive directors.",
  kind="bracketed_insertion", note="bracketed words stand for the source's own 'The company's'")
q("the scheme should be abandoned", "out_of_context", "correct", ["8.4"], "8.4",
  dropped="We do not suggest that", kind="negation_dropped",
  note="'We do not suggest that the scheme should be abandoned' quoted without its denial")
q("should make no further financial commitment to the scheme until that review has been considered by full council",
  "verbatim", "correct", ["R2"], "R2")
q("intended to mislead the council", "out_of_context", "correct", ["3.7"], "3.7",
  dropped="We do not consider that the Leader", kind="negation_dropped",
  note="the inspectors say they do not consider that the Leader intended to mislead")
q("run by a small circle around the Leader", "out_of_context", "correct", ["3.9"], "3.9",
  dropped="One officer told us that the council was", kind="attribution_dropped",
  note="one officer's view presented as the inspectors' finding")
q("theatre", "verbatim", "missing", [], "3.9", kind="control_attribution_kept",
  note="control: 'As one officer told the inspectors' keeps the attribution")
q("no notes of these meetings are kept", "verbatim", "wrong", [], "3.8", pages=[7],
  note="3.8 is on printed page 6 (PDF 8), not page 7")
q("kept in the dark about the Riverside Quarter scheme", "out_of_context", "wrong", ["6.7"], "6.8",
  dropped="The Chair of the Audit and Governance Committee told us that the committee had been", kind="attribution_dropped",
  note="the Chair's words about the committee, which the inspectors could not reconcile, made a finding about councillors; and 6.7 is cited")
q("commercially sensitive", "verbatim", "correct", ["6.2"], "6.2", kind="control_attribution_kept",
  note="given as the chair's grounds, as in 6.2")
q("The general fund reserve fell from £21.3 million in March 2021 to £6.9 million in March 2024", "misquote", "correct", ["5.1"], "5.1",
  kind="number_changed", note="£7.9 million becomes £6.9 million")
q("we do not believe that it will be able to set a balanced budget for 2026/27 without exceptional financial support",
  "out_of_context", "correct", ["5.4"], "5.4", dropped="Unless the council acts decisively", kind="condition_dropped",
  note="the 'Unless the council acts decisively' condition is dropped")
q("will be unable to set a balanced budget for 2026/27", ["misquote", "paraphrase"], "correct", ["5.4"], "5.4",
  kind="condition_dropped_reworded", strict=False, note="the conditional 'we do not believe that it will be able ... unless' made a flat prediction")
q("statement of accounts for 2022/23 was published eight months after statutory deadline", "minor", "correct", ["5.7"], "5.7",
  kind="dropped_the", note="'the' before 'statutory deadline' dropped")
q("has lost five of its thirteen posts since 2021", "verbatim", "unverifiable", [], "3.11", doc="other", kind="other_document_cited",
  note="words are 3.11's, but the blog cites a draft report seen by a newspaper, which is not a source")
q("we found contracts … that had expired but continued to be paid", "minor", "correct", ["7.6"], "7.6", kind="ellipsis")
q("feared the consequences of being seen to cooperate with the inspection", "verbatim", "correct", ["1.5"], "1.5",
  kind="control_attribution_kept", note="'some officers' kept")
q("a culture of fear and cover-up", "not_found", "wrong", ["4.9"], None, kind="invented")
q("Staff do not feel safe to raise concerns, members do not feel able to challenge", "verbatim", "wrong", ["4.12"], "4.14",
  note="the words are 4.14's")
q("staff are scared to speak up", "paraphrase", "correct", ["4.14"], "4.14", source_text="Staff do not feel safe to raise concerns",
  kind="reworded", note="offered as 'plain English', but still in quotation marks and cited")
q("a council that has lost its way", "not_found", "missing", [], None, kind="invented")
q("a good friend but a poor listener", "verbatim", "correct", ["9.2"], "9.2", kind="control_attribution_kept",
  note="control: attributed to partners, as in the report")
q("only 24% of respondents were satisfied with the way the council runs things", "misquote", "correct", ["9.3"], "9.3",
  source_text="The council's residents' survey of 2024 found that 34% of respondents were satisfied with the way the council runs things, compared with 52% in 2019.",
  kind="number_changed", note="34% becomes 24%")
q("only 15 minutes for all questions", "verbatim", "correct", ["9.4"], "9.4")
q("extending the time allowed for public questions at full council", "verbatim", "correct", ["R10"], "R10")
q("appointing an opposition member to chair the Overview and Scrutiny Committee", "verbatim", "wrong", ["R7"], "R6",
  note="cited as Recommendation 7; the words are R6's")
q("We do not suggest that every criticism made to us by residents' groups is justified.", "verbatim", "missing", [], "9.5")
q("the loss of trust we heard about is real", "verbatim", "correct", ["9.5"], "9.5")
q("the worst-run council in the North East", "not_found", [], concerns=False,
  note="an opposition councillor's phrase; the blog says it is not in the report")
q("has not listened to warnings from its auditor or the peer review", ["paraphrase", "misquote"], "correct", ["10.2"], "10.2",
  source_text="However, the council's response to earlier warnings, from its auditor and from the peer challenge, does not give us confidence that it can make the necessary changes on its own.",
  kind="reworded", strict=False, note="the gist of 10.2 in other words")
q("the Secretary of State is satisfied that the council is failing to comply with its duty", "verbatim", "correct", [], "4", source="letter")
q("a period of five years", "misquote", "correct", [], "5", source="letter",
  source_text="It is proposed that a Lead Commissioner and a Finance Commissioner be appointed for a period of three years, until 31 March 2028",
  kind="number_changed", note="three years becomes five")
q("step aside and let others lead the recovery", "not_found", "wrong", [], None, doc="letter", kind="invented",
  note="the letter never says this")

# ---- claims
c("The Riverside bill has gone up by £55 million since 2020 [report, para 8.2].", "supported", "8.2", cited=["8.2"],
  figures=[("£55 million", "holds", "£97 million - £42 million")], kind="difference_computed",
  evidence="The estimated cost of the scheme has risen from £42 million at approval to £97 million in the most recent business case")
c("Phase one will now deliver 160 fewer homes than promised.", "supported", "8.2",
  figures=[("160", "holds", "420 - 260")], kind="continuation_difference",
  evidence="The number of homes to be delivered in the first phase has fallen from 420 to 260", note="continues the report's attribution from the paragraph")
c("The council's own internal audit report on Riverside, leaked last year, found the contract had been varied more than 30 times.",
  "unverifiable", None, doc="other", figures=[("more than 30", "absent", None)], kind="other_document",
  note="an internal audit report is not among the sources (the report itself says 27 variations, 7.5)")
c("Members were not told the cost had passed £90 million.", "supported", "3.7", figures=[("£90 million", "holds", "£90 million")],
  kind="continuation", evidence="members were not told that the estimated cost had by then passed £90 million.")
c("The report seems to suggest that the Leader's Monday meetings were where the real decisions got made.", "supported", "3.8",
  hedge="seems to suggest", kind="hedged",
  evidence="at which matters were discussed and, in effect, settled before they reached Cabinet.")
c("In 2023/24 the council pushed through 14 key decisions using urgency rules, up from three two years earlier (para 3.3).",
  "supported", "3.3", cited=["3.3"], figures=[("14", "holds", "14"), ("three", "holds", "three")], kind="figure_exact")
c("Nine of them were about Riverside, including an extra £23 million of borrowing.", "supported", "3.3",
  figures=[("Nine", "holds", "Nine"), ("£23 million", "holds", "£23 million")], kind="continuation",
  evidence="Nine of them related to the Riverside Quarter scheme, including a decision in October 2023 to increase the council's borrowing for the scheme by £23 million.")
c("As paragraph 11.3 of the report puts it, the Monday group met every week with no minutes.", "elsewhere", "3.8", cited=["11.3"],
  kind="nonexistent_paragraph", evidence="No notes of these meetings are kept.", note="there is no chapter 11; 3.8 says it")
c("The report is clear that the scrutiny committee had adequate officer support and simply chose not to look at Riverside.",
  "not_supported", "6.3", kind="contradiction_other_words", evidence="We do not consider that this is sufficient.",
  note="6.3 says the single supporting officer is not sufficient")
c("The inspectors found that 18 of 31 councillors who responded were not given enough information before big decisions – that's 58 per cent.",
  "supported", "3.5", figures=[("18", "holds", "18"), ("31", "holds", "31"), ("58 per cent", "holds", "18/31")], kind="share_computed",
  evidence="In our survey of members, 18 of the 31 respondents said that they did not usually receive sufficient information before significant decisions were taken.")
c("The council's reserves have fallen by nearly two-thirds in three years, the report finds.", "supported", "5.1",
  figures=[("nearly two-thirds", "holds", "£21.3 million to £7.9 million"), ("three years", "holds", "March 2021 to March 2024")],
  kind="rounded_attribution_at_end", strict=False,
  evidence="The general fund reserve fell from £21.3 million in March 2021 to £7.9 million in March 2024, a fall of more than 60 per cent.",
  note="a 63% fall; the general fund reserve, which the blog calls 'reserves'")
c("Paragraph 5.2 says the council's debt costs will hit £17.6m a year by 2025/26.", "elsewhere", "5.9", cited=["5.2"],
  figures=[("£17.6m", "holds", "£17.6 million")], kind="wrong_paragraph",
  evidence="The annual cost of servicing this debt is forecast to reach £17.6 million in 2025/26.")
c("Temporary accommodation ran £1.6m over budget in 2023/24, the report says.", "supported", "8.6",
  figures=[("£1.6m", "holds", "£6.3 million - £4.7 million")], kind="difference_computed_attribution_at_end",
  evidence="The council's spending on temporary accommodation rose to £6.3 million in 2023/24, compared with a budget of £4.7 million.",
  note="5.5 also gives £1.6 million in temporary accommodation")
c("Households in temporary accommodation more than doubled in two years, from 186 to 412 (para 8.6).", "supported", "8.6", cited=["8.6"],
  figures=[("more than doubled", "holds", "186 to 412"), ("186", "holds", "186"), ("412", "holds", "412")], kind="multiple")
c("The report says agency and interim staff cost £9.2m in 2021/22.", "figure_differs", "4.4",
  figures=[("£9.2m", "differs", "£4.8 million")], kind="right_figure_other_thing",
  evidence="Spending on agency and interim staff rose from £4.8 million in 2021/22 to £9.2 million in 2023/24.",
  note="£9.2m is the 2023/24 figure")
c("Fewer than half of the 41 high-priority internal audit recommendations had been implemented, the report notes on page 14.",
  "supported", "6.6", pages=[14], figures=[("Fewer than half", "holds", "17"), ("41", "holds", "41")], kind="rounded_page_cited",
  evidence="Of the 41 internal audit recommendations rated high priority in 2022/23 and 2023/24, 17 had been implemented at the time of our inspection.",
  note="printed page 14 = PDF page 16, where 6.6 is")
c("Waivers of the council's own contract rules nearly trebled, from 74 in 2020/21 to 212 last year [report, para 7.2].",
  "supported", "7.2", cited=["7.2"], figures=[("nearly trebled", "holds", "74 to 212"), ("74", "holds", "74"), ("212", "holds", "212")],
  kind="multiple")
c("That is nearly a quarter of everything the council spends with outside suppliers: £31.6m.", "supported", "7.2",
  figures=[("nearly a quarter", "holds", "23%"), ("£31.6m", "holds", "£31.6 million")], kind="continuation_rounded",
  evidence="The value of contracts let under waivers in 2023/24 was £31.6 million, or 23% of the council's external spend.")
c("Fewer than half of staff feel able to raise concerns without fear (47%, see Table 1).", "supported", "Table 1", cited=["Table 1"],
  figures=[("Fewer than half", "holds", "47%"), ("47%", "holds", "47%")], kind="rounded_table",
  evidence="I feel able to raise concerns without fear 47%")
c("Fewer than one in three staff – 29 per cent – think senior leaders are visible and approachable.", "supported", "4.7",
  figures=[("Fewer than one in three", "holds", "29%"), ("29 per cent", "holds", "29%")], kind="units_other_way",
  evidence="Only 29% agreed that senior leaders were visible and approachable")
c("Only about one in four have confidence in the decisions senior leaders make.", "supported", "4.7",
  figures=[("one in four", "holds", "24%")], kind="rounded_continuation",
  evidence="24% that they had confidence in the decisions made by senior leaders")
c("According to the report, 44% of staff have no confidence in the decisions senior leaders make.", "figure_differs", "Table 1",
  figures=[("44%", "differs", "51%")], kind="right_figure_other_thing",
  evidence="I have confidence in decisions made by senior leaders 24% 51%",
  note="51% disagree; 44% is the share who disagree that their workload is manageable")
c("Officers told the inspectors they were afraid to be seen cooperating with the inspection.", "supported", "1.5",
  kind="inspectors_as_object", strict=False,
  evidence="some told us that they feared the consequences of being seen to cooperate with the inspection.",
  note="the report says 'some' officers")
c("Code of conduct complaints against councillors have quadrupled, from 12 to 37 (para 3.12).", "figure_differs", "3.12", cited=["3.12"],
  figures=[("quadrupled", "differs", "12 to 37"), ("12", "holds", "12"), ("37", "holds", "37")], kind="multiple_differs",
  note="12 to 37 is about three times, not four")
c("The report also criticises the £40,000 spent on councillors' foreign trips.", "not_supported", None,
  figures=[("£40,000", "absent", None)], absent=["foreign", "trips"], kind="subject_never_discussed")
c("The inspectors found that the council changes decisions without explanation.", ["not_supported", "supported"], "9.2",
  kind="quoted_view_as_finding", strict=False,
  evidence="Several partners told us, however, that the council could be difficult to work with when they disagreed with it, and that decisions were sometimes changed without explanation.",
  note="what several partners told the inspectors, presented as the inspectors' finding")
c("More than eight in ten council homes meet the Decent Homes Standard, the report says, but tenants told inspectors about damp and mould.",
  "supported", "8.7", figures=[("More than eight in ten", "holds", "86%")], kind="rounded",
  evidence="The proportion of homes meeting the Decent Homes Standard was 86% in 2023/24. Tenants we met raised concerns about damp and mould")
c("The inspection team went through over 2,600 council documents and held 131 interviews (see paragraph 1.3 of the report).",
  "supported", "1.3", cited=["1.3"], figures=[("over 2,600", "holds", "more than 2,600"), ("131", "holds", "131")], kind="bound")
c("The Minister's letter confirms that commissioners will be in place until March 2028.", "supported", "5", source="letter",
  figures=[], kind="letter_claim",
  evidence="appointed for a period of three years, until 31 March 2028")
c("According to the Minister's letter, commissioners will take over the council's housing service.", "not_supported", "5", source="letter",
  kind="letter_claim_contradicted",
  evidence="they exercise the council's functions in relation to financial management, the Riverside Quarter scheme and the appointment and dismissal of statutory officers.",
  note="housing is not among the functions the letter names")

d.nc("We're realistic.",
     "We've been asking that question since 2022.",
     "Ask yourself how that happens.",
     "NRRAG Committee",
     "Our committee will be at the Low Ness Community Centre on Saturday 15 March from 10am to answer questions.",
     "Posted on 10 March 2025 by NRRAG Committee | 14 comments")
d.write()
