#!/usr/bin/env python3
"""Write the labels of the two documents. Each label is decided by hand below; labelkit only
copies the document's characters and checks that source words are the place's words."""
from labelkit import Doc

REPORT_TITLE = "Best Value Inspection of Jessingham Borough Council"
LETTER_TITLE = ("Letter from the Secretary of State to the Chief Executive of Jessingham Borough "
                "Council, 8 October 2026")
ALIAS = "Letter from SoS to CEX 08/10/26"

# ====================================================================== minutes
m = Doc("minutes-oands-2026-11-12.txt", "minutes", ALIAS)
q, c, n = m.q, m.c, m.n

q("failing to comply with its Best Value duty in respect of leadership, governance, culture, use of resources and continuous improvement",
  "verbatim", "1.1.1", cited=["1.1.1"], note="the conclusion, word for word, rightly cited")
q("with little challenge, on incomplete information, and in several cases before the advice of the statutory officers had been received",
  "verbatim", "1.1.2", cited=["1.1.2"], kind="exact, mid-sentence", note="a run of 1.1.2")
q("robust and well understood", "verbatim", "1.1.2", pages=[1], kind="exact, attribution kept",
  note="the council's own submission's words, presented as such; 1.1.2 is on printed page 1")
q("In the case of the decision in July 2024 to extend the loan facility to Jessingham Estates Ltd, the Section 151 Officer’s written advice was received after the decision had been announced.",
  "verbatim", "3.2.3", note="read into the record without naming the paragraph")
q("reports to Cabinet were frequently thin", "verbatim", "3.3.2", cited=["3.3.1"],
  kind="exact, wrong paragraph", note="the words open 3.3.2, not 3.3.1")
q("decisions are made in the Leader’s office and dressed up afterwards", "out_of_context", "3.2.2",
  cited=["3.2.2"], context_dropped="One officer told us that", kind="attribution dropped",
  note="one officer's remark presented as the inspectors' finding")
q("the Leader acted unlawfully", "out_of_context", "3.1.3", cited=["3.1.3"],
  context_dropped="We do not suggest that", kind="negation dropped",
  note="3.1.3 says the inspectors do not suggest it")
q("not suggest that the Leader acted unlawfully", "verbatim", "3.1.3", cited=["3.1.3"],
  kind="exact, restores the context", note="the Monitoring Officer's correction")
q("serious", "verbatim", "1.1.3", doc="other", kind="exact, one word; cited to a trade paper",
  note="'The council's financial position is serious.' (1.1.3); the citation names a document that is not a source")
q("a clear vision for the regeneration of the town centre", "verbatim", "3.1.1", cited=["3.1.1"])
q("some opposition members have themselves contributed to a confrontational atmosphere",
  "verbatim", "3.1.5", cited=["3.1.5"])
q("largely behind us", "out_of_context", "3.1.1",
  context_dropped="We have not found evidence to support that view",
  kind="attribution and denial dropped",
  note="the Leader's words, which the inspectors reject, presented as the inspectors' acceptance")
q("the general fund reserve fell from £11.8 million at 31 March 2022 to £4.3 million at 31 March 2026",
  "verbatim", "1.1.3", kind="exact, uncited",
  note="a run of 1.1.3; 5.1.1 says the same with 'The council's general fund reserve'")
q("only £3.5 million", "misquote", "5.2.1", cited=["5.2.1"], source_text="only £5.3 million",
  kind="number altered (digits transposed)", note="5.2.1 says £5.3 million; corrected by the Director of Finance")
q("adequately resourced", "not_found", None, kind="invented",
  note="no source says so; 5.2.4 says the finance team is small and has lost experienced staff")
q("nearly half of respondents (47%) said that they did not feel able to raise concerns without fear of reprisal",
  "verbatim", "4.1.2", cited=["4.1.2"], kind="exact, changed capital")
q("nearly a third", "verbatim", "4.1.3", citation=["missing", "wrong"], kind="exact, fragment",
  strict=False,
  note="follows the citation of 4.1.2 in the same sentence; the words are 4.1.3's ('Nearly a third of respondents')")
q("nearly half of all staff did not feel able to raise concerns without fear of reprisal",
  "misquote", "2", source="letter", doc="letter",
  source_text="nearly half of the staff who responded to the inspectors' survey did not feel able to raise concerns without fear of reprisal",
  kind="scope widened", note="the letter speaks of survey respondents, not all staff")
q("has survived in spite of the organisation’s leadership rather than because of it", "verbatim",
  "4.1.4", note="presented as the inspectors' view, which it is")
q("good at apologising and bad at fixing", "verbatim", "8.1.2", cited=["8.1.2"],
  kind="exact, attribution kept", note="given as the tenants' representatives' words, as in 8.1.2")
q("all of the council’s services are failing", "out_of_context", "8.2.4",
  context_dropped="We do not wish to suggest that", kind="negation dropped",
  note="8.2.4 denies it: 'They are not.'")
q("nearly doubled", "not_found", None, kind="invented characterisation",
  note="the report gives £18.5m and £31.2m (an increase of about 69%) and never says 'nearly doubled'")
q("The project board did not meet between October 2023 and May 2024, the period in which the most significant cost increases occurred.",
  "verbatim", "5.3.3", pages=[12], kind="exact, wrong page",
  note="5.3.3 is on printed page 11 (PDF page 15), not page 12")
q("the decision to build a new leisure centre was wrong in principle", "out_of_context", "5.3.4",
  context_dropped="We do not suggest that", kind="negation dropped")
q("beyond economic repair", "verbatim", "5.3.4", cited=["5.3.4"])
q("not in a position to say no", "verbatim", "7.1.3", cited=["7.1.3"], kind="exact, attribution kept")
q("no proper record of its contracts", "paraphrase", "7.1.5",
  source_text="The council does not hold a complete contracts register.",
  kind="paraphrase in quotation marks", note="7.1.5 in other words")
q("found no evidence of fraud or corruption in the procurement decisions", "verbatim", "7.1.4",
  cited=["7.1.4"])
q("the council’s exposure to [Jessingham Estates] represents one of the most significant risks to its financial sustainability",
  "minor", "7.2.5", cited=["7.2.5"],
  source_text="the council's exposure to the company represents one of the most significant risks to its financial sustainability",
  kind="bracketed substitution", note="[Jessingham Estates] for 'the company'")
q("in any circumstances", "not_found", None, kind="invented",
  note="7.2.4: the advice recommended against the extension 'unless a revised business plan was first approved'")
q("unless a revised business plan was first approved", "verbatim", "7.2.4", cited=["7.2.4"])
q("We do not consider that the Overview and Scrutiny Committee has been given the resources or the information it needs to hold the Cabinet to account.",
  "verbatim", "6.1.6", cited=["6.1.6"], note="also word for word in 1.2.5")
q("Effective scrutiny would have been one of the council’s best protections against the failures …",
  ["minor", "verbatim"], "6.1.6",
  source_text="Effective scrutiny would have been one of the council's best protections against the failures described in chapter 5.",
  kind="ellipsis at the end", note="cut before 'described in chapter 5'; no citation of its own")
q("reluctant to challenge the administration", "verbatim", "6.1.4", kind="exact, attribution kept",
  note="the Chair rightly gives it as what other members told the inspectors")
q("constructively", "out_of_context", "6.1.4",
  context_dropped="The Chair told us that the committee worked", kind="attribution dropped",
  note="the Chair's own word to the inspectors presented as the report's description")
q("dedicated officer support", "verbatim", "R5", cited=["R5"], note="'Recommendation 5'")
q("not a judgement on the many staff who continue to serve the residents of Jessingham well",
  "verbatim", "6", source="letter", doc="letter", note="cited by the letter's alias")
q("a judgement on the way the council has been led and governed", "verbatim", "6",
  source="letter", doc="letter", note="'the same letter'")

c("The Secretary of State’s letter made clear that he was minded to appoint three commissioners and that the intervention would last until 31 October 2029.",
  "supported", "4", source="letter", doc="letter",
  evidence="I propose to appoint three commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. I propose that the intervention should last until 31 October 2029",
  figures=[("three", "holds", "three"), ("31 October 2029", "holds", "31 October 2029")],
  kind="claim about the letter")
c("The letter had asked for representations by 5 November 2026.", "supported", "7",
  source="letter", doc="letter",
  evidence="Representations should reach the Department by 5 November 2026.",
  kind="claim about the letter, continuing")
c("On the report’s figures, he said, the council had lost almost two-thirds of its general reserve in four years.",
  "supported", "5.1.1",
  evidence="The council's general fund reserve fell from £11.8 million at 31 March 2022 to £4.3 million at 31 March 2026.",
  figures=[("almost two-thirds", "holds", "(£11.8 million - £4.3 million) / £11.8 million = 64%"),
           ("four years", "holds", "31 March 2022 to 31 March 2026")],
  kind="share computed from the source's figures", note="63.6% is fairly 'almost two-thirds'",
  strict=False)
c("He noted that the reserve now stood at around 22 per cent of the net revenue budget and that the council was within £0.8m of the minimum prudent level (para 5.1.2).",
  "supported", "5.1.2", cited=["5.1.2"],
  evidence="The general fund reserve now stands at around 22% of the net revenue budget. The Section 151 Officer's own assessment of the minimum prudent level is £3.5 million. The council is therefore within £0.8 million of that minimum",
  figures=[("22 per cent", "holds", "22%"), ("£0.8m", "holds", "£0.8 million")],
  kind="units written another way")
c("The Director of Finance said that the figure in the report was £5.3 million, of which £2.1 million was rated as high risk.",
  "supported", "5.2.1",
  evidence="It identifies savings proposals of only £5.3 million over the same period, of which £2.1 million are rated as high risk by officers.",
  figures=[("£5.3 million", "holds", "£5.3 million"), ("£2.1 million", "holds", "£2.1 million")],
  kind="figures exact")
c("The Director of Finance said that she agreed with the inspectors that the summary figure of £21.4 million in the medium-term financial strategy had been wrong, and that on the detailed figures the cumulative gap after savings was £26.5 million by 2029/30 (Table 2 of the report).",
  "supported", "Table 2", cited=["Table 2"],
  evidence="Cumulative remaining gap 0.0 7.5 16.3 26.5",
  figures=[("£21.4 million", "holds", "£21.4 million"), ("£26.5 million", "holds", "26.5")],
  kind="figures exact, table cited",
  note="5.2.6 says the £21.4m summary does not reconcile and officers accepted it was wrong; Table 2 gives 26.5")
c("She asked what was being done for the 31 per cent of staff who, according to the inspectors, had reported bullying or harassment to their managers.",
  "figure_differs", "4.1.3",
  evidence="Nearly a third of respondents (31%) said that they had witnessed bullying or harassment at work in the previous twelve months. Of those, fewer than one in five said that they had reported it.",
  figures=[("31 per cent", "differs", "31%")], kind="the right figure describing another thing",
  note="31% witnessed bullying; fewer than one in five of those reported it")
c("The Chief Executive said that the survey had been independent and anonymous, with 638 responses from the 1,214 staff invited to take part, and that she would not question its findings.",
  "supported", "4.1.1",
  evidence="We commissioned an independent survey of staff, which was open between 28 April and 16 May 2026. Of 1,214 staff invited to take part, 638 responded",
  figures=[("638", "holds", "638"), ("1,214", "holds", "1,214")], kind="figures exact",
  note="anonymity is stated in the footnote to 4.1.1, not in a numbered paragraph")
c("She noted that the report also found that more than eight in ten staff who responded were proud of their team’s work.",
  "supported", "4.1.4",
  evidence="Eighty-two per cent of respondents said that they were proud of the work their team did for residents",
  figures=[("more than eight in ten", "holds", "Eighty-two per cent")], kind="figure in words")
c("Councillor Bexley said that the report recorded 3,870 outstanding repairs at the end of March 2026, of which more than 1,100 had been waiting over 90 days.",
  "supported", "8.1.1",
  evidence="At the end of March 2026 there were 3,870 outstanding repairs, of which 1,126 had been outstanding for more than 90 days.",
  figures=[("3,870", "holds", "3,870"), ("more than 1,100", "holds", "1,126"), ("90 days", "holds", "90 days")],
  kind="figures exact and a bound")
c("The Chief Executive pointed out that paragraph 8.2.4 said the opposite.", "supported", "8.2.4",
  cited=["8.2.4"],
  evidence="We do not wish to suggest that all of the council's services are failing. They are not.",
  kind="claim about what a paragraph says")
c("Residents’ satisfaction with waste collection had been 76 per cent, she added, according to paragraph 8.2.4 of the report.",
  "elsewhere", "8.2.3", cited=["8.2.4"],
  evidence="Residents' satisfaction with waste collection was 76% in the council's 2025 residents' survey",
  figures=[("76 per cent", "holds", "76%")], kind="wrong paragraph cited; attribution at the end")
c("That was an increase of £12.7 million, or around 69 per cent.", "supported", "5.3.2",
  evidence="The latest forecast is £31.2 million, an increase of £12.7 million",
  figures=[("£12.7 million", "holds", "£12.7 million"),
           ("around 69 per cent", "holds", "£12.7 million / £18.5 million = 68.6%")],
  kind="continuing attribution; share computed")
c("The Chief Executive confirmed that the independent review of the project recommended at R7 would be commissioned in December, and that its terms of reference would be shared with the committee.",
  "supported", "R7", cited=["R7"],
  evidence="The council should commission an independent review of the Riverside Leisure Centre project and report its findings to full council.",
  kind="recommendation cited", note="the council's plans are its own; the attribution is that R7 recommends the review")
c("Councillor Grayson said that the number of procurement waivers had almost trebled in three years, from 48 to 143, according to paragraph 7.1.1.",
  "supported", "7.1.1", cited=["7.1.1"],
  evidence="The number of waivers granted has grown from 48 in 2021/22 to 143 in 2024/25.",
  figures=[("almost trebled", "holds", "143 / 48 = 2.98"), ("48", "holds", "48"), ("143", "holds", "143"),
           ("three years", "holds", "2021/22 to 2024/25")],
  kind="multiple; attribution at the end")
c("Their combined value in 2024/25 was £14.6m.", "supported", "7.1.1",
  evidence="Their combined value in 2024/25 was £14.6 million.",
  figures=[("£14.6m", "holds", "£14.6 million")], kind="continuing attribution; units")
c("Councillor Fairbrother noted that the company had lost £2.8 million in 2024/25 and had paid no dividend since 2021 (para 7.2.2).",
  "supported", "7.2.2", cited=["7.2.2"],
  evidence="The company made a loss of £2.8 million in 2024/25 and has not paid a dividend since 2021.",
  figures=[("£2.8 million", "holds", "£2.8 million")], kind="figures exact")
c("Councillor Fairbrother added that, according to paragraph 7.2.3, three of the company’s four directors were Cabinet members.",
  "figure_differs", "7.2.3", cited=["7.2.3"],
  evidence="Two of the company's four directors are Cabinet members",
  figures=[("three", "differs", "Two"), ("four", "holds", "four")], kind="a figure that differs")
c("Councillor Pinnock said that the report was critical of the committee itself.", "supported",
  "6.1.4",
  evidence="Other members of the committee told us that it was reluctant to challenge the administration, and our observation of two meetings supported that view.",
  kind="general characterisation", strict=False,
  note="chapter 6.1 as a whole; 6.1.4 carries the inspectors' own critical observation")
c("Only 9 of the 212 key decisions taken by the Cabinet between April 2024 and March 2026 had been subject to pre-decision scrutiny, which was fewer than one in twenty.",
  "supported", "6.1.2",
  evidence="Of the 212 key decisions taken by the Cabinet between April 2024 and March 2026, 9 were subject to pre-decision scrutiny.",
  figures=[("9", "holds", "9"), ("212", "holds", "212"),
           ("fewer than one in twenty", "holds", "9 / 212 = 4.2%")],
  kind="continuing attribution; share computed")
c("Councillor Pinnock noted that the report showed only four of the eleven members of the committee had attended scrutiny training in the last two years, and that £38,000 had been spent on scrutiny support in 2025/26.",
  "supported", "6.1.5",
  evidence="Only 4 of the 11 members had attended any scrutiny training in the past two years.",
  figures=[("four", "holds", "4"), ("eleven", "holds", "11"), ("£38,000", "holds", "£38,000")],
  kind="figures in words", note="the £38,000 is in 6.1.7, the next paragraph")
c("He added that the report found the council’s governance to be sound in most respects.",
  "not_supported", None, evidence="We did not find them to be so.", ev_section="1.1.2",
  kind="contradiction in other words",
  note="1.1.2: the council's submission called its governance robust; the inspectors did not find it so")
c("Councillor Wragg said that the inspectors had also found that the Leader had ignored the advice of the Section 151 Officer on 14 occasions (paragraph 3.2.3).",
  "not_supported", None, cited=["3.2.3"],
  evidence="The Monitoring Officer and the Section 151 Officer both told us that they had at times been excluded from discussions on which they should have been consulted.",
  ev_section="3.2.3", figures=[("14 occasions", "absent")],
  kind="figure the source never gives", note="3.2.3 gives no count of occasions")
c("He added that the Local Government Association’s peer challenge in 2023 had warned the council of exactly these problems and had been ignored.",
  "unverifiable", None, doc="other", kind="named document that is not a source",
  note="an LGA peer challenge is not among the sources")
c("The Monitoring Officer advised that the Secretary of State’s letter of 8 October proposed Directions under section 15 of the Local Government Act 1999.",
  "supported", "3", source="letter", doc="letter",
  evidence="I am therefore minded to exercise my powers under section 15 of that Act to make Directions",
  kind="claim about the letter")
c("The letter also stated that the commissioners’ costs would be met by the council.", "supported",
  "4", source="letter", doc="letter",
  evidence="The costs of the commissioners will be met by the council.",
  kind="claim about the letter, continuing")
c("Councillor Wragg said that the letter required the council to produce its improvement and recovery plan within three months, and asked whether that was achievable.",
  "figure_differs", "5", source="letter", doc="letter",
  evidence="I also propose to direct the council to prepare, within six months, an improvement and recovery plan",
  figures=[("three months", "differs", "six months")],
  kind="claim about the letter; figure from another place",
  note="three months is R1's timescale in the report; the letter says six months")
c("The remark about the Leader’s office was attributed in paragraph 3.2.2 to one officer, although the inspectors said they had heard similar accounts from a number of officers.",
  "supported", "3.2.2", cited=["3.2.2"],
  evidence="One officer told us that \"decisions are made in the Leader's office and dressed up afterwards\". We heard similar accounts from a number of officers at different levels",
  kind="claim about what a paragraph says")

c("The Director of Finance said that she did not recognise that description; five of the fourteen posts in her establishment had been vacant or filled by agency staff at the time of the fieldwork.",
  "supported", "5.2.4",
  evidence="At the time of our fieldwork, 5 of the 14 posts in the finance establishment were vacant or filled by agency staff.",
  figures=[("five", "holds", "5"), ("fourteen", "holds", "14")], kind="figures in words, implicit attribution",
  strict=False, note="the officer does not name the report, but 'at the time of the fieldwork' rests on 5.2.4")

n("There were no apologies for absence.")
n("RESOLVED that the minutes of the meeting held on 1 October 2026 be approved as a correct record and signed by the Chair.")
n("The Chief Executive introduced the report (agenda pages 5 to 18).")
n("He called on the Leader to resign.")
n("The informal briefing group had been disbanded in September and would not be reconvened.")
n("A corrected strategy would be presented to Cabinet in December.")
n("(1) the committee notes the report of the Best Value inspection of Jessingham Borough Council and the Secretary of State’s letter of 8 October 2026;")
n("(2) the Cabinet be asked to report to the committee’s meeting on 14 January 2027 on its response to recommendations R2, R5 and R7;")
n("The Cabinet Member for Finance and Resources said that she would be writing to residents to explain the report and the council’s response.")
n("PRESENT: Councillor P. Hartree (Chair); Councillors J. Aldous, R. Bexley, S. Cheema, M. Doughty, K. Ellwood, T. Fairbrother, L. Grayson, N. Okafor, H. Pinnock and D. Wragg.")
n("The meeting closed at 9.12 pm.")
m.save(REPORT_TITLE, LETTER_TITLE)

# NEWSLETTER
# ====================================================================== newsletter
w = Doc("newsletter-halloran-2026-11.txt", "newsletter", ALIAS)
q, c, n = w.q, w.c, w.n

q("a workforce that is, for the most part, committed to the borough", "verbatim", "foreword",
  cited=["foreword"], note="a run of the foreword; the qualifier is kept")
q("The inspectors found a workforce committed to the borough.", "verbatim", "6", source="letter",
  doc="letter", note="'The Secretary of State's letter says the same'")
q("has a clear vision for the regeneration of the town centre", "verbatim", "3.1.1", cited=["3.1.1"])
q("of his energy and commitment", "verbatim", "3.1.1", citation=["missing", "correct"],
  strict=False, note="follows the (para 3.1.1) citation of the previous quotation; no citation of its own")
q("has turned a corner", "out_of_context", "3.1.1",
  context_dropped="The Leader told us that the council", kind="attribution dropped",
  note="the Leader's words, which the inspectors say they found no evidence for, given as the report's own")
q("has made a promising start", "verbatim", "9.1.2", pages=[19],
  note="9.1.2 is on printed page 19")
q("the confidence of staff", "verbatim", "9.1.2", citation=["missing", "correct"], strict=False,
  kind="exact, qualifier cut", note="9.1.2 says 'the confidence of staff we spoke to'; no citation of its own")
q("These are welcome steps.", "verbatim", "4.2.6", cited=["4.2.6"])
q("Frontline services such as waste collection and street cleansing performed reasonably well",
  "verbatim", "8.2.3", cited=["8.2.3"])
q("missed collections were below the regional average", "verbatim", "8.2.3")
q("We do not wish to suggest that all of the council's services are failing. They are not.",
  "verbatim", "8.2.4", cited=["8.2.4"])
q("will be able to set a balanced budget for 2027/28", "out_of_context", "1.1.3", cited=["1.1.3"],
  context_dropped="we do not consider that it", kind="negation dropped",
  note="1.1.3: unless the council acts decisively, the inspectors do not consider that it will be able to")
q("robust and well understood", "out_of_context", "1.1.2", cited=["executive summary"],
  context_dropped="The council's own submission to us stated that its governance arrangements were",
  kind="attribution dropped",
  note="the council's own submission's words, which the inspectors reject ('We did not find them to be so'), given as the inspectors' recognition; 1.1.2 is in chapter 1 Executive summary")
q("cannot put matters right on its own", "verbatim", "foreword", doc="other",
  kind="exact; cited to a newspaper", note="the foreword's words; the citation is the Gazette, not a source")
q("around 32% of the net revenue budget", "misquote", "5.1.2", cited=["5.1.2"],
  source_text="around 22% of the net revenue budget", kind="number altered")
q("no realistic prospect of rebuilding reserves from revenue in the short term", "verbatim", "5.1.2",
  citation=["missing", "correct"], strict=False,
  note="shares the sentence with the cited previous quotation; no citation of its own")
q("The council used £3.9 million of reserves to balance its 2025/26 budget ... The budget papers did not say how or when the reserves would be replenished.",
  "minor", "5.1.3",
  source_text="The council used £3.9 million of reserves to balance its 2025/26 budget and plans to use a further £2.6 million in 2026/27. Members told us that they had understood these to be \"temporary measures\". The budget papers did not say how or when the reserves would be replenished.",
  kind="ellipsis marking a cut of a sentence and a half",
  note="the cut is marked and the remaining words are the paragraph's")
q("temporary measures", "out_of_context", "5.1.3", cited=["5.1.3"],
  context_dropped="Members told us that they had understood these to be", kind="attribution dropped",
  note="members' understanding, which the budget papers did not bear out, given as the report's statement")
q("The old centre was beyond economic repair, and residents value the facility.", "verbatim",
  "5.3.4", cited=["5.3.4"])
q("the decision to build a new leisure centre was right in principle", ["misquote", "paraphrase"],
  "5.3.4",
  source_text="We do not suggest that the decision to build a new leisure centre was wrong in principle",
  kind="word changed", strict=False,
  note="'not ... wrong' turned into 'right': the inspectors do not endorse the decision, they decline to fault it")
q("The council should commission an independent review of the Riverside Leisure Centre project and report its findings to full council.",
  "verbatim", "R7", cited=["R7"], note="'Recommendation 7'")
q("the number of repairs outstanding for more than 90 days fell between January and June 2026",
  "verbatim", "8.1.4", pages=[17], note="8.1.4 is on printed page 17")
q("recognise that the housing service has a new management team", "verbatim", "8.1.4")
q("nearly a third of respondents (31%) said that they had witnessed bullying or harassment at work",
  "verbatim", "4.1.3", kind="exact, cut before 'in the previous twelve months'")
q("the behaviour of a few members towards officers", ["misquote", "paraphrase"], "4.2.3",
  source_text="the behaviour of some members towards officers is a serious and continuing problem",
  kind="word changed ('a few' for 'some')", strict=False,
  note="minimises: the inspectors speak of 'some members' and a 'serious and continuing problem'")
q("[Jessingham's] staff commitment to the borough is a real asset", "minor", "4.1.4", cited=["4.1.2"],
  source_text="Staff commitment to the borough is a real asset", kind="bracketed insertion; wrong paragraph",
  note="the words are 4.1.4's, not 4.1.2's")
q("71% said that their line manager supported them", "verbatim", "4.1.4")
q("found no evidence of fraud or corruption", "verbatim", "7.1.4", cited=["7.1.4"])
q("tighten its contract procedure rules", "verbatim", "R8", cited=["R8"], note="'Recommendation 8'")
q("pause lending to Jessingham Estates until an independent review is done", "paraphrase", "R3",
  cited=["R3"],
  source_text="should make no further loans to the company until that review has been considered by full council",
  kind="paraphrase in quotation marks", note="R3 in other words")
q("a strong foundation to build on", "not_found", None, kind="invented",
  note="no source says this of the company, which made a £2.8m loss (7.2.2)")
q("should last until 31 October 2028", "misquote", "4", source="letter", doc="letter",
  source_text="should last until 31 October 2029", kind="date altered",
  note="the letter says 31 October 2029")
q("to co-operate fully with the commissioners", "verbatim", "6", source="letter", doc="letter")
q("grateful for the council's co-operation with the inspection", "paraphrase", "1", source="letter",
  doc="letter",
  source_text="I am grateful to you and to the council's officers for the co-operation the inspection team received",
  kind="paraphrase in quotation marks")
q("willingness to engage openly and honestly with the inspection", ["misquote", "paraphrase"], "9.1.6",
  cited=["9.1.6"],
  source_text="willingness, under its new Chief Executive, to engage openly with the inspection",
  kind="words added ('and honestly'), qualifier dropped", strict=False,
  note="adds 'and honestly' and drops 'under its new Chief Executive'; 9.1.6 calls it no substitute for oversight")
q("support but not supervision", "verbatim", "9.1.4", kind="exact, attribution kept",
  note="given as the Leader's words, as in 9.1.4")
q("shared by other district and borough councils", "verbatim", "foreword", cited=["Foreword"],
  kind="exact, fragment", strict=False,
  note="the foreword says 'some of the difficulties we describe'; the document keeps 'Some of the difficulties'")

c("The inspectors found that 82 per cent of staff who responded to their survey are proud of the work their teams do for residents.",
  "supported", "4.1.4",
  evidence="Eighty-two per cent of respondents said that they were proud of the work their team did for residents",
  figures=[("82 per cent", "holds", "Eighty-two per cent")], kind="figure exact, written another way")
c("That's more than four in five!", "supported", "4.1.4",
  evidence="Eighty-two per cent of respondents said that they were proud of the work their team did for residents",
  figures=[("more than four in five", "holds", "Eighty-two per cent")],
  kind="continuing attribution; figure in words")
c("Over 600 staff took part in the inspectors' survey, so this is not a handful of people.",
  "supported", "4.1.1", evidence="Of 1,214 staff invited to take part, 638 responded",
  figures=[("Over 600", "holds", "638")], kind="bound")
c("Residents' satisfaction with waste collection stood at 76%, according to the report.",
  "supported", "8.2.3",
  evidence="Residents' satisfaction with waste collection was 76% in the council's 2025 residents' survey",
  figures=[("76%", "holds", "76%")], kind="attribution at the end")
c("The inspectors also praised the council's new parks and open spaces strategy (para 8.2.3).",
  "not_supported", None, cited=["8.2.3"], absent=["parks", "open spaces"],
  kind="subject the sources never discuss", note="no source mentions parks or an open spaces strategy")
c("The report confirms that the general fund reserve is still above the minimum prudent level of £3.5 million set by our Section 151 Officer.",
  "supported", "5.1.2",
  evidence="The Section 151 Officer's own assessment of the minimum prudent level is £3.5 million. The council is therefore within £0.8 million of that minimum",
  figures=[("£3.5 million", "holds", "£3.5 million")], kind="figure exact",
  note="£4.3m is above £3.5m, if only by £0.8m")
c("We still hold a general fund reserve of £4.8 million, as the inspectors acknowledge.",
  "figure_differs", "5.1.1",
  evidence="The council's general fund reserve fell from £11.8 million at 31 March 2022 to £4.3 million at 31 March 2026.",
  figures=[("£4.8 million", "differs", "£4.3 million")], kind="a figure that differs; attribution at the end")
c("Our savings plans total £5.3 million over the next three years, the inspectors note, of which just £2.1 million are rated high risk.",
  "supported", "5.2.1",
  evidence="It identifies savings proposals of only £5.3 million over the same period, of which £2.1 million are rated as high risk by officers.",
  figures=[("£5.3 million", "holds", "£5.3 million"), ("£2.1 million", "holds", "£2.1 million")],
  kind="figures exact; attribution mid-sentence",
  note="the spin ('just') is hers; the figures hold (2027/28 to 2029/30, Table 2)")
c("More than 40 per cent of the savings approved since 2022/23 have been delivered, the inspectors found.",
  "supported", "5.2.2",
  evidence="Of £7.8 million of savings approved in budgets between 2022/23 and 2025/26, £3.4 million were delivered.",
  figures=[("More than 40 per cent", "holds", "£3.4 million / £7.8 million = 44%")],
  kind="share computed from the source's figures")
c("The inspectors accept that our finance team is adequately resourced, and that the delays to our accounts were down to the national audit backlog.",
  "not_supported", None, evidence="The finance team is small and has lost experienced staff.",
  ev_section="5.2.4", kind="contradiction in other words",
  note="5.2.4 says the opposite; 5.2.5 says the delays also (not only) reflect the audit market")
c("The CIPFA Financial Resilience Index shows that Jessingham is far from the worst-placed council in the East Midlands, whatever the opposition may tell you.",
  "unverifiable", None, doc="other", kind="named document that is not a source",
  note="the CIPFA index is not among the sources")
c("It is true that the cost of the leisure centre has risen by around a third, as the report says.",
  "figure_differs", "5.3.2",
  evidence="The Riverside Leisure Centre was approved by Cabinet in March 2022 at an estimated cost of £18.5 million, to be funded largely from borrowing. The latest forecast is £31.2 million, an increase of £12.7 million",
  figures=[("around a third", "differs", "£12.7 million / £18.5 million = 69%")],
  kind="figure that differs (understated share)")
c("The borrowing costs of the leisure centre, £1.4 million a year, are set out at paragraph 5.3.2.",
  "elsewhere", "5.3.5", cited=["5.3.2"],
  evidence="The borrowing costs associated with the project are now estimated at £1.4 million a year",
  figures=[("£1.4 million", "holds", "£1.4 million")], kind="wrong paragraph cited")
c("Tenants told the inspectors that they found it hard to get a response from us, and I am sorry for that.",
  "supported", "8.1.2",
  evidence="Tenants told us that they found it difficult to get a response from the council",
  kind="the inspectors as object")
c("By the inspectors' own figures, more than 2,700 of the 3,870 repairs outstanding at the end of March were less than 90 days old.",
  "supported", "8.1.1",
  evidence="At the end of March 2026 there were 3,870 outstanding repairs, of which 1,126 had been outstanding for more than 90 days.",
  figures=[("more than 2,700", "holds", "3,870 - 1,126 = 2,744"), ("3,870", "holds", "3,870"),
           ("90 days", "holds", "90 days")],
  kind="difference computed from the source's figures")
c("The report suggests that the new management team in housing is already making a difference.",
  "supported", "8.1.4", hedge="suggests",
  evidence="We recognise that the housing service has a new management team which has begun to address the backlog, and that the number of repairs outstanding for more than 90 days fell between January and June 2026.",
  kind="hedged attribution", strict=False)
c("Stock condition surveys have been carried out on nearly six in ten of our homes in the last five years, the report notes, and we will complete the rest.",
  "supported", "8.1.3",
  evidence="only 58% of homes had had a stock condition survey in the last five years",
  figures=[("nearly six in ten", "holds", "58%")], kind="figure in words; attribution mid-sentence")
c("Paragraph 8.3.2 of the report notes that our customer contact centre now answers most calls within two minutes.",
  "not_supported", None, cited=["8.3.2"], absent=["contact centre", "calls", "two minutes"],
  figures=[("two minutes", "absent")],
  kind="a paragraph that does not exist; subject never discussed",
  note="there is no 8.3.2 (chapter 8 has 8.1 and 8.2), and no source mentions a contact centre")
c("Only 38 per cent of staff told the inspectors they felt unable to raise concerns.",
  "figure_differs", "4.1.2",
  evidence="Nearly half of respondents (47%) said that they did not feel able to raise concerns without fear of reprisal.",
  figures=[("38 per cent", "differs", "47%")], kind="a figure that differs; inspectors as object")
c("The inspectors found that relationships between members and officers have never been better.",
  "not_supported", None,
  evidence="The Leader told us that relationships with officers had \"never been better\". The Chief Executive described them to us as \"a work in progress\". We found the latter description nearer the mark.",
  ev_section="3.2.5", kind="view of someone the report quotes presented as the inspectors' finding")
c("The report notes that 29 councillors told the inspectors they had never read the member–officer protocol, so we are rewriting it in plain English this winter.",
  "figure_differs", "3.2.4",
  evidence="of the 29 members who responded to our members' survey, 11 said that they had never read it.",
  figures=[("29", "differs", "11")], kind="the right figure describing another thing",
  note="29 members responded to the survey; 11 of them had never read the protocol")
c("The inspectors found no evidence of fraud or corruption (para 7.1.3).", "elsewhere", "7.1.4",
  cited=["7.1.3"],
  evidence="We found no evidence of fraud or corruption in the procurement decisions we reviewed",
  kind="wrong paragraph cited")
c("The report appears to accept that the use of procurement waivers reflected genuine urgency in most cases.",
  "not_supported", None, hedge="appears to accept",
  evidence="In 12 the justification given was lack of time, which in most cases reflected poor planning rather than genuine urgency.",
  ev_section="7.1.2", kind="hedged attribution; contradiction")
c("Nearly four in ten senior management posts were filled by interims at the time of the inspection, the report says.",
  "supported", "9.1.1",
  evidence="At the time of our fieldwork, 23 of the council's 61 senior management posts were filled on an interim basis",
  figures=[("Nearly four in ten", "holds", "23 / 61 = 38%")], kind="share computed; attribution at the end")
c("Spending on interim and agency staff reached £4.1m in 2025/26, which the inspectors rightly criticise.",
  "supported", "9.1.1",
  evidence="spending on interim and agency staff in 2025/26 was £4.1 million",
  figures=[("£4.1m", "holds", "£4.1 million")], kind="units written another way", strict=False,
  note="the figure holds; 'criticise' is a fair reading of 'depended heavily on interim staff'")
c("The Secretary of State's letter makes clear that the commissioners' costs will be met by the council, not by the taxpayer nationally.",
  "supported", "4", source="letter", doc="letter",
  evidence="The costs of the commissioners will be met by the council.", kind="claim about the letter")
c("The letter gives the commissioners a role in overseeing Jessingham Estates Ltd.", "supported", "4",
  source="letter", doc="letter", evidence="its oversight of Jessingham Estates Ltd",
  kind="claim about the letter, continuing")
c("Under the letter, the council has six months to produce an improvement and recovery plan.",
  "supported", "5", source="letter", doc="letter",
  evidence="I also propose to direct the council to prepare, within six months, an improvement and recovery plan",
  figures=[("six months", "holds", "six months")], kind="claim about the letter")
c("The inspectors agreed that what the council needs is support, not supervision.", "not_supported",
  None,
  evidence="However, we do not consider that the council has the capacity or the will to make the necessary improvements without external intervention.",
  ev_section="9.1.4", kind="view of someone the report quotes (the Leader) presented as the inspectors'")

n("I see that every day.")
n("I couldn't agree more.")
n("I won't duck this, because it's my portfolio.")
n("That review will be commissioned next month.")
n("Let me nail one rumour.")
n("I'll say it twice because it matters.")
c("The Secretary of State has written to our Chief Executive.", "supported", "1", source="letter",
  evidence="I am writing to you, following the publication today of the report of the Best Value inspection of Jessingham Borough Council",
  kind="claim about the letter (its existence and addressee)", strict=False,
  note="the letter is addressed to the Chief Executive; no citation")
n("That doesn't excuse them, but it is worth remembering.")
n("I'm proud to serve Holbrook Cross and proud of the people who work for this council.")
n("My ward surgery is held on the second Saturday of every month, 10am to 12 noon, at Holbrook Cross Library.")
n("Promoted by R. Halloran on behalf of Jessingham Together, 12 Station Road, Jessingham JS2 4QT.")
w.save(REPORT_TITLE, LETTER_TITLE)
