#!/usr/bin/env python3
"""Labels for press-release-ruling-group.txt -> press-release-ruling-group.labels.json"""
from labels_common import Doc

d = Doc("press-release-ruling-group.txt", "press_release")
q, c, nc = d.q, d.c, d.nc
L = "letter"

# ---------------- quotations ----------------
q("WE CAN RECOVER", ["paraphrase", "minor"], "missing", "95", source_text="We believe the council can recover.",
  kind="headline rewording", strict=False, note="Headline recasts 'We believe the council can recover' in the group's voice.")
q("Ivelbury has real strengths", "verbatim", "correct", "foreword", cited=["foreword"])
q("a well-regarded waste and recycling service, committed front-line staff and a district that many residents told us they would not wish to leave",
  "verbatim", ["correct", "missing"], "foreword", cited=["foreword"],
  note="'it lists' refers back to the foreword cited in the same sentence.")
q("We believe the council can recover.", "verbatim", "missing", "95")
q("a foundation to build on", "verbatim", "missing", "95")
q("a clear and sincerely held vision for the district", "verbatim", "correct", "15", cited=["15"])
q("hard-working and committed to Ivelbury", "verbatim", "missing", "15",
  note="Control: attribution to 'members of all groups' is kept.")
q("a stable and experienced Cabinet team", "not_found", "missing", None, kind="invented",
  note="Invented; paragraph 15 says the Cabinet rarely operates as a collective body.")
q("robust and well understood across the organisation", ["out_of_context"], "missing", "14",
  source_text="The council’s own submission to us stated that governance arrangements were robust and well understood across the organisation.",
  context_dropped="The council’s own submission to us stated that", kind="attribution_dropped",
  note="The council's own submission, which the inspectors say their findings do not support, presented as the inspectors' record.")
q("has made a promising start and is widely respected by staff", "verbatim", "correct", "19", cited=["19"])
q("got off to a very good start", ["paraphrase"], "missing", "19", source_text="has made a promising start",
  kind="reworded", strict=False, note="'promising start' strengthened to 'a very good start'; could be read as misquote.")
q("welcome steps", "verbatim", "correct", "90", cited=["90"])
q("significant progress has already been made", "not_found", "wrong", None, cited=["90"], kind="invented",
  note="Not in paragraph 90 or anywhere; paragraph 91 says the improvement plan is not adequate.")
q("started to ask more searching questions", "verbatim", "correct", "35", cited=["35"])
q("brings valuable experience", "verbatim", "unverifiable", "35", cited_document="other",
  note="Presented as the inspectors' words (paragraph 35 holds them) but cited to committee minutes, which are not a source.")
q("had protected front-line services throughout the period", ["out_of_context"], "missing", "16",
  source_text="The Leader told us that the investment programme had protected front-line services throughout the period",
  context_dropped="The Leader told us that", kind="attribution_dropped",
  note="The Leader's claim, presented as 'the inspectors' own words'; the inspectors go on to disagree.")
q("produced net income in its early years", "verbatim", "missing", "16", note="The inspectors do accept this.")
q("the council would not have been able to balance its budget without it", ["out_of_context"], "missing", "16",
  source_text="the council would not have been able to balance its budget without it",
  context_dropped="The Leader told us that", kind="attribution_dropped",
  note="Second half of what the Leader told the inspectors, presented as a finding.")
q("We do not suggest that any member or officer acted for personal gain", "verbatim", "missing", "64")
q("[Ivel Valley Homes Ltd] is not, in our view, beyond recovery", ["minor"], "missing", "68",
  source_text="The company is not, in our view, beyond recovery.", kind="bracketed_insertion",
  note="'The company' replaced by a bracketed name.")
q("all of its sites have planning permission and could be developed viably", ["misquote"], "missing", "68",
  source_text="Two of its sites have planning permission and could be developed viably.", kind="some_for_all",
  note="'Two of its sites' becomes 'all of its sites'.")
q("The council should take a decision on the future of Ivel Valley Homes Ltd within six months, informed by independent financial advice",
  "verbatim", "correct", "R3", cited=["R3"], note="Cited as 'Recommendation 3'; the quotation stops before the board point.")
q("The budget has been set on time each year and the council has not overspent its overall revenue budget", ["verbatim", "out_of_context"],
  "correct", "48", cited=["48"], context_dropped="However, the budget has been balanced in part by drawing on reserves",
  strict=False, note="A whole, true sentence; the next sentence qualifies it, so some would call it selective.")
q("not at immediate risk of issuing a section 114 notice", ["minor", "paraphrase"], "missing", "44",
  source_text="We do not consider that the council is at immediate risk of issuing a section 114 notice.",
  kind="negation moved", strict=False, note="'We do not consider that the council is at immediate risk' recast; sense kept.")
q("well managed", ["out_of_context", "misquote"], "missing", "86",
  source_text="The waste contract was procured competitively in 2021, and it is well managed.",
  context_dropped="The waste contract was procured competitively in 2021, and it is", kind="wrong_subject", strict=False,
  note="The report says the waste contract is well managed, not the council's finances.")
q("is below the average for district councils in the region", ["minor", "misquote"], "missing", "55",
  source_text="is below the average for shire district councils in the region", kind="word_dropped", strict=False,
  note="'shire' dropped; the comparison group widens slightly.")
q("largely the result of national funding policy and of the economic effects of the pandemic", "verbatim", "missing", "88",
  note="Control: 'As the Leader told the inspectors' keeps the attribution.")
q("National funding pressures are real and affect every council", ["out_of_context"], "missing", "89",
  source_text="National funding pressures are real and affect every council",
  context_dropped="but the council’s difficulties stem primarily from decisions that it has taken itself",
  kind="qualification_dropped", note="Cut before the 'but' that rejects the Leader's view; presented as agreement.")
q("capable of addressing them without outside help", ["out_of_context"], "missing", "88",
  source_text="the council was capable of addressing them without outside help",
  context_dropped="the Leader told us that", kind="attribution_dropped",
  note="The Leader's view, which paragraph 89 rejects ('We do not share that view'), presented as the inspectors' acceptance.")
q("65.2% in 2024/25 is among the highest in the East of England", ["misquote"], "wrong", "85", cited=["86"],
  source_text="56.2% in 2024/25 is among the highest in the East of England", kind="changed_number",
  note="56.2% in the report; cited paragraph 86, the words are in 85.")
q("an example that the rest of the council could follow", "verbatim", "correct", "86", cited_pages=[16],
  note="Printed page 16 = PDF page 19 (page_offset 3).")
q("Almost three-quarters of staff ... understand the council's priorities", ["minor"], "missing", "25",
  source_text="Almost three-quarters of staff said that they understand the council’s priorities", kind="ellipsis")
q("know what the council is trying to achieve", ["paraphrase"], "missing", "25",
  source_text="understand the council’s priorities", kind="reworded")
q("Responses were received from every directorate", "verbatim", "correct", "B2", cited=["B2"])
q("is not a judgement on the council", ["misquote", "out_of_context"], "correct", "6", source=L, cited_document="letter",
  source_text="this intervention is not a judgement on the council’s front-line staff",
  context_dropped="front-line staff, many of whom the inspectors praised", kind="truncated", strict=False,
  note="Cut mid-phrase: the letter says it is not a judgement on the front-line staff, not on the council.")
q("Nor does it reflect on the current Chief Executive", "verbatim", "correct", "6", source=L, cited_document="letter")
q("before reaching a final decision", "verbatim", "correct", "7", source=L, cited_document="letter")
q("training and dedicated officer support", "verbatim", "wrong", "R6", cited=["R5"],
  note="Recommendation 6, cited as Recommendation 5.")

# ---------------- claims ----------------
c("The inspectors spent eleven weeks with the council and met more than 120 councillors, officers and partners.", "supported", "foreword",
  figures=[("eleven weeks", "holds", "eleven weeks"), ("more than 120", "holds", "more than 120")],
  evidence="We spent eleven weeks with the council, on site and online, and we met more than 120 members, officers and partners.",
  kind="bound; inspectors as subject")
c("Two-thirds of the councillors who took part in the inspectors' survey said the council is well led.", "supported", "26",
  figures=[("Two-thirds", "holds", "17 of 26")],
  evidence="Our survey of councillors received responses from 26 of the 39 members. Of those, 17 agreed that the council is well led.",
  kind="share computed", note="17/26 = 65%.")
c("Some 58% of councillors took part in that survey.", "figure_differs", "B3", figures=[("58%", "differs", "67%")],
  evidence="It received 26 responses, a response rate of 67%.", kind="right figure, another thing",
  note="58% is the staff survey's response rate (paragraph 23, B2); the councillors' was 67%.")
c("The report is said to praise the council's governance arrangements as robust.", "not_supported", "14",
  evidence="The council’s own submission to us stated that governance arrangements were robust and well understood across the organisation. Our findings, set out in the chapters that follow, do not support that assessment.",
  hedge="is said to", kind="hedged; someone else's view as the inspectors'",
  note="'Robust' is the council's own submission, which the inspectors reject.")
c("A permanent chief finance officer will take up post in January 2027, as the report notes.", "supported", "90",
  evidence="the appointment of a permanent chief finance officer, due to take up post in January 2027", kind="attribution at end")
c("The Chief Executive has already set up monthly meetings of the statutory officers, which began in March (para 39).", "supported", "39",
  cited=["39"], evidence="The Chief Executive has now established a monthly meeting of the statutory officers, which began in March 2026.",
  kind="paragraph cited correctly")
c("The report appears to accept that the investment programme protected front-line services throughout the period.", "not_supported", "16",
  evidence="The Leader told us that the investment programme had protected front-line services throughout the period",
  hedge="appears to accept", kind="hedged; the Leader's view as the inspectors' finding",
  note="The inspectors accept only that it produced net income early on and reject the wider claim.")
c("The report confirms that in 2020/21 the portfolio delivered £2.7m of net income after financing costs.", "supported", "59",
  figures=[("£2.7m", "holds", "£2.7 million")],
  evidence="in 2020/21 it produced net income of £2.7 million after financing costs", kind="unit written another way")
c("Borrowing costs now account for around one in three pounds of our net budget, according to paragraph 46.", "supported", "46",
  cited=["46"], figures=[("one in three", "holds", "a third")],
  evidence="now represent a third of the council’s net revenue budget", kind="figure in words; paragraph cited")
c("The inspectors found no wrongdoing by any councillor.", ["not_supported"], "4",
  evidence="We have not sought to establish whether any individual acted unlawfully, and nothing in this report should be read as a finding to that effect.",
  kind="overstatement", strict=False,
  note="The inspectors did not look for unlawful conduct (4) and found no evidence of personal gain (64); they did not clear councillors of wrongdoing.")
c("The LGA's 2022 peer challenge praised the council's ambition and its commercial approach.", ["unverifiable", "not_supported"], "13",
  cited_document="other",
  evidence="A Local Government Association corporate peer challenge in 2022 recommended that the council strengthen its risk management and review its investment strategy.",
  kind="named document not a source", strict=False,
  note="Rests on the peer challenge itself; the report's only account of it (13) points the other way.")
c("The company has already completed 41 homes, the report confirms (para 68).", "elsewhere", "65", cited=["68"],
  figures=[("41", "holds", "41")], evidence="By March 2026 it had completed 41.", kind="wrong paragraph cited")
c("The report suggests the housing company can be turned around.", "supported", "68",
  evidence="The company is not, in our view, beyond recovery.", hedge="suggests", kind="hedged attribution", strict=False)
c("The report confirms our general fund reserve stood at £3.1 million in March 2026.", "supported", "42",
  figures=[("£3.1 million", "holds", "£3.1 million")], evidence="to £3.1 million in March 2026", kind="figure exact")
c("Our council tax, at £189.45 for a Band D home, remains below the regional average for shire districts, the report notes.", "supported", "55",
  figures=[("£189.45", "holds", "£189.45")],
  evidence="The council’s share of council tax for a Band D property in 2026/27 is £189.45, which is below the average for shire district councils in the region.",
  kind="figure exact; attribution at end")
c("The report praises the finance team as stable and well resourced.", "not_supported", "51",
  evidence="The finance team has been heavily dependent on interim and agency staff.", kind="contradiction in other words")
c("The report found that the council has kept its fees and charges under regular review.", "not_supported", "56",
  evidence="the council has not reviewed its fees and charges comprehensively since 2019", kind="contradiction in other words")
c("Agency spending in the planning service has more than halved since the new Chief Executive arrived, as the report recognises.",
  "not_supported", "77", figures=[("more than halved", "absent", None)], absent_words=["halved"],
  evidence="The council spent £1.3 million on agency staff in the planning service in 2025/26.",
  kind="spun figure; no trend in the source", note="The report gives one year's agency spend and no change over time.")
c("Recycling rates of 56.2% put Ivelbury among the best in the East of England, according to the report.", "supported", "85",
  figures=[("56.2%", "holds", "56.2%")],
  evidence="The council’s recycling rate of 56.2% in 2024/25 is among the highest in the East of England", kind="figure exact; attribution at end")
c("As para 112 of the report makes clear, our waste contract was procured competitively and is run well.", "elsewhere", "86", cited=["112"],
  evidence="The waste contract was procured competitively in 2021, and it is well managed.",
  kind="paragraph that does not exist", note="The report's paragraphs run 1 to 95.")
c("Inspectors singled out our free town-centre parking scheme as a success.", "not_supported", None, absent_words=["parking"],
  kind="subject never discussed")
c("The inspectors found that 72% of staff understand the council's priorities.", "supported", "Table 1",
  figures=[("72%", "holds", "72%")], evidence="I understand the council’s priorities 72% 16% 12%", kind="figure exact")
c("Front-line staff spoke warmly to the inspectors about their managers and colleagues.", "supported", "25",
  evidence="many of the front-line staff we met spoke warmly of their immediate managers and their colleagues", kind="inspectors as object")
c("Fewer than one in three staff said they would not recommend the council as a place to work.", "supported", "Table 1",
  figures=[("Fewer than one in three", "holds", "32%")], evidence="I would recommend the council as a place to work 41% 27% 32%",
  kind="figure in words", strict=False, note="32% disagreed; 'would not recommend' read as disagreeing.")
c("Only four of the 63 code of conduct complaints made in 2024/25 led to a finding that the code had been breached (para 22).",
  "supported", "22", cited=["22"], figures=[("four", "holds", "four"), ("63", "holds", "63")],
  evidence="from 14 in 2021/22 to 63 in 2024/25. Only four of those complaints resulted in a formal finding that the code had been breached",
  kind="figures exact; paragraph cited", strict=False, note="'those complaints' in the report could mean all the complaints counted.")
c("That is about one in sixteen.", "supported", "22", cited=["22"], figures=[("about one in sixteen", "holds", "four of those complaints ... 63")],
  evidence="63 in 2024/25. Only four of those complaints", kind="share computed; continues previous attribution", strict=False,
  note="4/63 = 1 in 15.75.")
c("The Minister's letter confirms that commissioners will be in place for just two years.", "figure_differs", "4", source=L,
  cited_document="letter", figures=[("two years", "differs", "until 30 November 2029")],
  evidence="The proposed intervention package would last until 30 November 2029.", kind="letter; figure differs",
  note="A letter of 19 November 2026 proposing intervention to 30 November 2029: about three years.")
c("The Minister has not yet taken a final decision, and the council has until 3 December to make representations.", "supported", "7",
  source=L, cited_document="letter",
  evidence="may make representations on the proposed intervention by 3 December 2026. The Secretary of State will consider any representations carefully before reaching a final decision.",
  kind="letter")

# ---------------- not claims ----------------
nc("Ivelbury First welcomes the publication of the inspectors' report into Ivelbury District Council and the letter from the Minister of State.")
nc("Ivelbury First has always been open about why we invested.")
nc("Nobody pretends that is easy.")
nc("We will be bringing a full response to Council on 15 December.")
nc("2. The inspectors' report and the Minister's letter are available on GOV.UK.")

d.write()
