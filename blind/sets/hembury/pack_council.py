"""Full Council, 24 July 2025: the papers, the agenda, and the quotation labels."""
from packlib import *

TITLE = "Hembury City Council, Council, Thursday 24 July 2025"

# ------------------------------------------------------------------ item 3: minutes (Word)
def minutes():
    w = Word(footer_left="Council 22.05.25 (Extraordinary)", page_x_of_y=False)
    w.h("HEMBURY CITY COUNCIL", 0)
    w.p("MINUTES of the EXTRAORDINARY MEETING of the COUNCIL held in the Council Chamber, Civic Centre, Hembury on THURSDAY 22 MAY 2025 at 6.00 pm")
    w.p("PRESENT: The Lord Mayor (Councillor M Dunn) in the Chair", bold_lead=None)
    w.p("Councillors S Armitage, J Ashworth, A Blyth, T Brannigan, K Chaudhry, L Coates, P Darby, R Errington, N Fairless, G Forster, P Haldane, D Hepple, M Iley, S Jobling, B Kirkup, G Marley, C Maughan, E Nixon, J Pattison, I Qureshi, W Robson, A Scorer, H Snaith, R Tindall, F Turnbull, V Wake and T Younger.")
    w.p("OFFICERS: Catherine Rowell (Chief Executive), David Okafor (Director of Law and Governance and Monitoring Officer), Helen Shotton (Director of Finance and Section 151 Officer), Lisa Carr (Head of Democratic Services).")
    w.h("1. APOLOGIES FOR ABSENCE", 2)
    w.p("Apologies for absence were received from Councillors Bell, Gowland, Lister and Walton.")
    w.h("2. DECLARATIONS OF INTEREST", 2)
    w.p("Councillor Darby declared a non-registrable interest in item 3 as a former director of Hembury Quayside Developments Limited. He remained in the meeting but did not speak or vote on the item.")
    w.h("3. BEST VALUE INSPECTION: REPRESENTATIONS TO THE SECRETARY OF STATE", 2)
    w.p("The Chief Executive introduced the report, which set out the findings of the Best Value inspection published on 14 May 2025 and the Secretary of State's proposals for intervention, and sought Council's agreement to the council's representations, which had to be submitted by 28 May 2025.")
    w.p("The Chief Executive said that the report was a difficult read for everyone in the organisation. The inspectors had concluded that the council was “failing to comply with its Best Value duty” (paragraph 1.2.1), and she did not intend to contest that conclusion. She told members that the representations in Appendix 2 did not seek to resist intervention; they asked that the commissioners' powers be reviewed after 18 months and that the council's own improvement work since June 2024 be recognised.")
    w.p("The Leader of the Council, Councillor Haldane, moved the recommendations. He said that the administration accepted the report in full and apologised to residents. However, he wished to put on record that the inspectors had themselves accepted that Cabinet had “always acted on the best advice available at the time” and that members had been let down by the information they were given about the company.")
    w.p("Councillor Tindall, Leader of the Liberal Democrat Group, said that the Leader had not read the same report she had. The inspectors described “a culture in which challenge is unwelcome”, and that culture had been set from the top. She noted that opposition requests for information had gone unanswered for months and that the council had lent more than £38 million to the company without members knowing where the money had gone.")
    w.p("Councillor Marley, Leader of the Independent Group, asked why the representations asked for an 18 month review when the Secretary of State had proposed three years. The Chief Executive replied that the proposal was a matter of judgement for the Council, and that the Secretary of State had been clear that the intervention was “intended to support the council, not to replace it”.")
    w.p("Councillor Blyth asked what the council's Corporate Plan 2023-2027 now meant, given its commitment to being “an open, honest and listening council”. The Leader said the plan would be reviewed as part of the improvement and recovery plan.")
    w.p("Councillor Qureshi, Cabinet Member for Resources, said that the Section 151 Officer had warned Council in February 2024 that the budget was “deliverable but carries a high level of risk”, and that the inspectors had been right to say that this understated the position (paragraph 4.2.3). The council would be seeking a capitalisation direction of up to £18 million.")
    w.p("In response to a question from Councillor Nixon, the Director of Law and Governance confirmed that commissioners, if appointed, would take over the council's functions relating to the appointment and dismissal of statutory officers, and that the directions could not be challenged through the council's own procedures.")
    w.p("An amendment moved by Councillor Tindall and seconded by Councillor Marley, to delete the request for an 18 month review from the representations, was put to the vote and was LOST (For 19, Against 31, Abstentions 2).")
    w.p("The substantive motion was put to the vote and was CARRIED (For 33, Against 4, Abstentions 15).")
    w.p("RESOLVED:", bold_lead=None)
    w.p("(1) That the report of the Best Value inspection and the letter of the Secretary of State of 14 May 2025 be noted.", indent=1)
    w.p("(2) That the representations set out in Appendix 2 be approved for submission to the Secretary of State by 28 May 2025.", indent=1)
    w.p("(3) That the Chief Executive be asked to report to the next ordinary meeting of Council on the Secretary of State's decision and on the framework for an improvement and recovery plan.", indent=1)
    w.h("4. EXCLUSION OF THE PRESS AND PUBLIC", 2)
    w.p("There was no business requiring the exclusion of the press and public.")
    w.p("The meeting closed at 8.14 pm.")
    w.p("")
    w.p("LORD MAYOR", align="right")
    return w.pdf("council_minutes")

# ------------------------------------------------------------------ item 5: public questions (reportlab)
def public_questions():
    S = SS
    story = [Paragraph("COUNCIL – 24 JULY 2025", S["h1"]),
             Paragraph("QUESTIONS FROM MEMBERS OF THE PUBLIC", S["h2"]),
             Paragraph("Under Council Procedure Rule 10, members of the public who live or work in the city may ask a question of the Leader or a Cabinet Member. Questions must be received by 12 noon seven clear working days before the meeting. The following questions have been received. Questioners may ask one supplementary question. Written answers will be provided at the meeting.", S["body"]),
             Paragraph("<b>Question 1 – from Mrs Ann Proudlock, Fenham Road</b>", S["h2"]),
             Paragraph(esc("The inspection report says that “members were not told the scale of the losses until September 2024” (page 1). As a council tax payer I would like to know who did know, and when, and whether anyone has been disciplined. Will the Leader publish a full timeline of what was known about the Quayside company’s finances and when?"), S["body"]),
             Paragraph("<b>Question 2 – from Mr Derek Sowerby, Chair, Hembury Tenants’ Federation</b>", S["h2"]),
             Paragraph(esc("The inspectors say tenant satisfaction with repairs has dropped to 54% and that the repairs contract was extended for five years “without competition”. Tenants have been telling the council this for three years. Will the Cabinet Member for Housing agree to meet the Federation before any decision is taken about the future of the contract?"), S["body"]),
             Paragraph("<b>Question 3 – from Ms Karen Lumsden, Friends of Fenwick Dene</b>", S["h2"]),
             Paragraph(esc("The National Planning Policy Framework says that planning policies and decisions should “contribute to and enhance the natural and local environment”. How does the proposed allocation of land at Fenwick Dene for 400 homes in the draft Local Plan square with that, and will the Council withdraw the allocation before the Regulation 19 consultation?"), S["body"]),
             Paragraph("<b>Question 4 – from Mr Peter Charlton, Westgate</b>", S["h2"]),
             Paragraph(esc("The Secretary of State’s letter of 14 May says commissioners will be in place “until 31 May 2028”. What will the commissioners cost, who pays for them, and will the council tax rise to pay for them?"), S["body"]),
             Paragraph("<b>Question 5 – from Mrs Eileen Dobson, Quayside Residents’ Association</b>", S["h2"]),
             Paragraph(esc("The report says the business case for Quayside assumed 240 homes by 2022 and only 86 have been built. Residents of the first phase were promised a health centre and a play area in the planning consent, which said the developer would “provide on-site community facilities before the occupation of the 100th dwelling”. Given that the 100th dwelling may now never be occupied, what will the council do to deliver these facilities?"), S["body"]),
             ]
    return rl_pdf("council_public_questions", story, footer="Council 24 July 2025 – Public questions")

# ------------------------------------------------------------------ item 6: petition (reportlab)
def petition():
    S = SS
    story = [Paragraph("COUNCIL – 24 JULY 2025", S["h1"]),
             Paragraph("PETITION: KEEP HEMBURY LIDO OPEN", S["h2"]),
             Paragraph("Report of the Head of Democratic Services", S["body"]),
             Paragraph("1. Purpose", S["h2"]),
             Paragraph("1.1 To inform Council of an e-petition that has exceeded the threshold of 1,500 signatures set out in the council’s Petition Scheme, so that it must be debated by full Council.", S["body"]),
             Paragraph("2. The petition", S["h2"]),
             Paragraph("2.1 The petition was created by Ms Laura Bainbridge on 3 April 2025 and closed on 3 July 2025 with 2,874 verified signatures. It reads:", S["body"]),
             Paragraph(esc("“We the undersigned call on Hembury City Council to keep Hembury Lido open for the summer seasons of 2026 and 2027 and to consult residents before any decision is made to close or sell it.”"), S["body"]),
             Paragraph("2.2 The petition organiser will have five minutes to present the petition. The relevant Cabinet Member will then respond, and the debate will last no longer than 15 minutes in total.", S["body"]),
             Paragraph("3. Background", S["h2"]),
             Paragraph("3.1 The budget approved by Council in February 2025 includes a proposed saving of £320,000 a year from the closure of the lido after the 2025 season, subject to consultation. No decision has yet been taken. Any decision would be a key decision for Cabinet.", S["body"]),
             Paragraph(esc("3.2 The Petition Scheme provides that Council may decide to take the action the petition requests, not to take the action for reasons put forward in the debate, or to refer the petition to Cabinet “where the issue is one on which the Cabinet is required to make the final decision”."), S["body"]),
             Paragraph("4. Recommendation", S["h2"]),
             Paragraph("4.1 That Council debates the petition and decides which of the options in paragraph 3.2 to take.", S["body"]),
             Spacer(1, 10), Paragraph("Contact officer: Lisa Carr, Head of Democratic Services, 0191 555 2104", S["small"])]
    return rl_pdf("council_petition", story, footer="Council 24 July 2025 – Petition: Keep Hembury Lido open")

# ------------------------------------------------------------------ item 7: Chief Executive's report (Word)
def cex_report():
    w = Word(footer_left="Council 24 July 2025 – Best Value Inspection: Intervention and Improvement")
    w.h("HEMBURY CITY COUNCIL", 0)
    w.table([["Report to:", "Council"], ["Date:", "24 July 2025"],
             ["Title:", "Best Value Inspection: Intervention and the Improvement and Recovery Plan Framework"],
             ["Report of:", "Chief Executive"], ["Cabinet Member:", "Leader of the Council"],
             ["Wards affected:", "All"], ["Key decision:", "No"], ["Exempt:", "No"]], widths=[4, 12], header=False)
    w.h("1. Purpose of the report", 1)
    w.p("1.1 To update Council on the Secretary of State’s decision, following the council’s representations, to intervene in Hembury City Council under section 15 of the Local Government Act 1999, and to seek Council’s agreement to a framework for the Improvement and Recovery Plan which the council must now prepare.")
    w.h("2. Recommendations", 1)
    w.p("2.1 That Council:")
    w.p("(a) notes the Secretary of State’s decision of 19 June 2025 to issue directions and appoint three commissioners for a period to 31 May 2028;", indent=1)
    w.p("(b) notes the appointment of the Lead Commissioner, the Finance Commissioner and the Governance Commissioner, who took up their roles on 1 July 2025;", indent=1)
    w.p("(c) agrees the framework for the Improvement and Recovery Plan set out in section 6 and the council’s initial response to the inspectors’ recommendations at Appendix 2;", indent=1)
    w.p("(d) agrees to establish an Improvement and Recovery Board as set out in paragraphs 6.5 to 6.7.", indent=1)
    w.h("3. Background", 1)
    w.p("3.1 On 9 October 2024 the Secretary of State appointed a team of inspectors to carry out a Best Value inspection of the council. The inspection report was published on 14 May 2025, together with a letter from the Secretary of State to the Chief Executive (Appendix 1).")
    w.p("3.2 The inspectors concluded that the council is failing to comply with its Best Value duty. Their report is clear that “the failures are not confined to one service or one decision ... they lie in the way the council is led, governed and held to account” (paragraph 1.2.1). The report identifies weaknesses in governance and decision-making, in culture, in financial management, in scrutiny and audit, and in procurement and contract management, and makes ten recommendations to the council.")
    w.p("3.3 At its extraordinary meeting on 22 May 2025 Council agreed representations to the Secretary of State. These accepted the inspectors’ conclusions and did not oppose intervention, but asked that the scope of the commissioners’ powers be reviewed after 18 months.")
    w.p("3.4 On 19 June 2025 the Secretary of State confirmed the directions as proposed. The Secretary of State did not agree to an 18 month review but has indicated that the scope of the intervention will be kept under review in the light of the commissioners’ six-monthly reports.")
    w.h("4. The directions", 1)
    w.p("4.1 Section 15(5) of the Local Government Act 1999 allows the Secretary of State to direct an authority “to take any action which he considers necessary or expedient to secure its compliance with the requirements of this Part”. The council must comply with the directions.")
    w.p("4.2 In summary, the directions require the council to:")
    w.p("(a) prepare and agree an improvement and recovery plan “to the satisfaction of the commissioners within six months”, that is by 31 December 2025;", indent=1)
    w.p("(b) report on the delivery of the plan to the commissioners every six months;", indent=1)
    w.p("(c) allow the commissioners to exercise the council’s functions relating to the appointment and dismissal of statutory officers, and to the governance of Hembury Quayside Developments Limited;", indent=1)
    w.p("(d) provide the commissioners with such access to members, officers, premises and information as they reasonably require.", indent=1)
    w.p("4.3 As the Secretary of State’s letter makes plain, the intervention “is intended to support the council, not to replace it”. Decisions other than those reserved to the commissioners remain with Cabinet and Council in the usual way.")
    w.h("5. Financial position", 1)
    w.p("5.1 The inspectors record that the general fund reserve “fell from £17.3 million in March 2021 to £4.6 million in March 2024” (paragraph 4.1.2). The reserve now stands at £5.2 million following the outturn for 2024/25, which showed an overspend of £4.1 million, considerably smaller than in the previous year.")
    w.p("5.2 The inspectors also observed that the Section 151 Officer’s description of the 2024/25 budget as “deliverable but carries a high level of risk” understated the position (paragraph 4.2.3). The Director of Finance has accepted this and the medium term financial strategy is being rebuilt on a zero-based approach for 2026/27.")
    w.p("5.3 The council has applied for exceptional financial support. The department confirmed on 30 June 2025 that it is minded to approve a capitalisation direction of up to £14 million for 2025/26, subject to conditions. The inspection report is careful to make “no comment on the merits of that request”.")
    w.p("5.4 The cost of the commissioners is met by the council. The daily rates are set by the department; the estimated cost for 2025/26 is £640,000, which will be met from the contingency budget.")
    w.h("6. The Improvement and Recovery Plan framework", 1)
    w.p("6.1 The inspectors found that the action plan prepared in response to the external auditor’s statutory recommendations “contains 64 actions, but few have measurable outcomes or clear owners” (paragraph 8.1.1). We agree. The Improvement and Recovery Plan will replace that action plan entirely.")
    w.p("6.2 The inspectors consider that “the council needs a single improvement and recovery plan, owned by members and officers together” (paragraph 8.1.2). The plan will be structured around six themes, which follow the chapters of the inspection report:")
    w.p("(a) governance and decision-making; (b) leadership and culture; (c) financial sustainability; (d) scrutiny and audit; (e) procurement and contract management; (f) Hembury Quayside Developments Limited.", indent=1)
    w.p("6.3 Each theme will have a lead member and a lead officer, measurable outcomes and milestones, and an assessment of the resources required.")
    w.p("6.4 A draft plan will be considered by Cabinet in August 2025, by the Overview and Scrutiny Committee, and by Council in November 2025, before submission to the commissioners.")
    w.p("6.5 Recommendation 10 of the inspection report asks the council to “establish an improvement and recovery board, with external membership, to oversee delivery of its improvement and recovery plan” (Recommendation 10).")
    w.p("6.6 It is proposed that the Board be chaired by the Lead Commissioner for its first year and include the Leader, the leaders of the two largest opposition groups, the Chief Executive, and two external members drawn from the Local Government Association and a neighbouring authority.")
    w.p("6.7 The Board will report to full Council every six months, as the recommendation requires.")
    w.h("7. Culture", 1)
    w.p("7.1 Members will be aware that the inspectors’ staff survey found that 47% of respondents “would not feel safe raising a concern about the conduct of a senior member” (paragraph 3.3.1). This is the finding that has most troubled me. I have written to all staff to set out how concerns can be raised, including directly with the commissioners, and a repeat survey will take place in November 2025.")
    w.p("7.2 The inspectors were generous in saying that I had “made a strong start” (paragraph 3.2.2). I am grateful, but I do not under-estimate how much remains to be done, and much of it cannot be done by officers alone.")
    w.h("8. Legal implications", 1)
    w.p("8.1 The Monitoring Officer advises that the council is under a legal duty to comply with the directions. Any decision of Council which was inconsistent with the directions would be unlawful. The Best Value duty in section 3 of the 1999 Act requires the council to “make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness”.")
    w.h("9. Financial implications", 1)
    w.p("9.1 These are set out in section 5. There are no additional financial implications arising from the framework itself; the resources needed to deliver the plan will be assessed as it is developed.")
    w.h("10. Equality implications", 1)
    w.p("10.1 An equality impact assessment will be completed for the Improvement and Recovery Plan. There are no direct equality implications arising from this report.")
    w.h("Appendices", 1)
    w.p("Appendix 1 – Letter from the Secretary of State to the Chief Executive, 14 May 2025")
    w.p("Appendix 2 – Initial response to the inspectors’ recommendations")
    w.p("Appendix 3 – Best Value Inspection of Hembury City Council, Report of the inspection team, April 2025")
    w.h("Background papers", 1)
    w.p("Best Value Inspection of Hembury City Council, Report of the inspection team, April 2025 (published 14 May 2025).")
    w.p("Contact officer: Catherine Rowell, Chief Executive, 0191 555 2001")
    return w.pdf("council_cex_report")

# ------------------------------------------------------------------ item 7 appendix 2: response table (reportlab)
def response_table():
    S = SS
    rows = [["No.", "Inspectors’ recommendation (summary)", "Initial response", "Lead / date"],
            ["1", "Review the constitution and “adopt a revised constitution by March 2026” (R1).", "Accepted. A cross-party constitution working group has been established and met on 2 July. The key decision threshold will be reduced to £250,000.", "Director of Law and Governance / March 2026"],
            ["2", "Publish a record of “every executive decision ... within five working days” (R2).", "Accepted. All individual cabinet member decisions will be recorded in modern.gov from 1 September 2025.", "Head of Democratic Services / September 2025"],
            ["3", "Review the governance of the Quayside company and report quarterly (R3).", "Accepted. Functions now exercised by the Governance Commissioner. First quarterly report to Council in October 2025.", "Governance Commissioner / October 2025"],
            ["4", "Develop “a programme of culture change” (R3).", "Accepted. Staff survey to be repeated in November 2025, with targets agreed with trade unions.", "Chief Executive / November 2025"],
            ["5", "Balanced MTFS and “rebuild its general fund reserve to at least £10 million by March 2028” (R5).", "Accepted. MTFS 2026/27 to 2029/30 to include a reserves strategy.", "Director of Finance / February 2026"],
            ["6", "Strengthen the finance function.", "Accepted. Recruitment to 9 of 14 vacant posts under way; market supplement approved.", "Director of Finance / December 2025"],
            ["7", "Strengthen scrutiny so that “valid call-ins are heard by the committee” (R7).", "Accepted. A second scrutiny officer post has been created. Call-in rules to be revised as part of the constitution review.", "Director of Law and Governance / March 2026"],
            ["8", "“Appoint at least two independent members” to the Audit and Governance Committee (R8).", "Accepted. Recruitment to close 15 August 2025.", "Director of Law and Governance / October 2025"],
            ["9", "Report all waivers to the Audit and Governance Committee (R9).", "Accepted. Quarterly waiver reports from the September meeting.", "Director of Finance / September 2025"],
            ["10", "Establish an improvement and recovery board with external membership (R10).", "Accepted. See paragraphs 6.5 to 6.7 of the report.", "Chief Executive / September 2025"],
            ]
    story = [Paragraph("Appendix 2", S["h2"]),
             Paragraph("Best Value Inspection – initial response to the inspectors’ recommendations", S["h1"]),
             Paragraph("This table summarises each recommendation in the inspection report (section 9) and the council’s initial response. It will be superseded by the Improvement and Recovery Plan.", S["body"]),
             grid(rows, [10, 55, 68, 37])]
    return rl_pdf("council_response_table", story, footer="Council 24 July 2025 – Appendix 2")

# ------------------------------------------------------------------ item 8: motions on notice (Chromium)
MOTION_A = """
<p><b>COUNCIL – 24 JULY 2025</b></p>
<h1>Motions on Notice</h1>
<p>The following motions have been received in accordance with Council Procedure Rule 13. Motions are listed in the order in which they were received.</p>
<h2>Motion A – Restoring Trust in Hembury</h2>
<p><i>Proposed by Councillor Rachel Tindall. Seconded by Councillor Nick Fairless.</i></p>
<p><b>This Council notes:</b></p>
<ol>
<li>The publication on 14 May 2025 of the Best Value Inspection of Hembury City Council, and the Secretary of State's decision to appoint commissioners until May 2028.</li>
<li>That the inspectors found "a culture in which challenge is unwelcome" (para 1.2.3), and that nearly half of the staff who answered their survey would not feel safe raising a concern about a senior councillor.</li>
<li>That the inspectors found that "the Leader's office runs the council, not the Corporate Leadership Team" (para 3.1.3).</li>
<li>That "Opposition members are routinely refused information that they have requested" (para 3.1.2), and that 38 of 97 requests from opposition councillors in 2024 went unanswered beyond the 20 day target.</li>
<li>That of the eleven loans Cabinet made to Hembury Quayside Developments Limited, seven were urgent items and "four were taken in private session without the reasons for exclusion being recorded" (para 2.2.2).</li>
<li>That the report describes the way the council is run as "a small clique taking big decisions without any scrutiny" (para 1.2.3).</li>
<li>That the inspectors called Hembury "a council that has lost its way" (executive summary).</li>
</ol>
<p><b>This Council believes:</b></p>
<ol>
<li>That the failures set out in the report happened on the watch of the current administration, which has been in control since 2017.</li>
<li>That residents deserve to know who knew what, and when, about the losses on Quayside.</li>
<li>That trust cannot be rebuilt by those who presided over its collapse.</li>
</ol>
<p><b>This Council resolves:</b></p>
<ol>
<li>To express its lack of confidence in the Leader of the Council.</li>
<li>To ask the Chief Executive to commission an independent review of the decisions on Quayside since 2019, to be published in full.</li>
<li>To ask the Director of Law and Governance to bring forward, within the constitution review, a protocol guaranteeing that opposition members receive information within 10 working days.</li>
<li>To ask the Lord Mayor to write to the Secretary of State setting out the terms of this motion.</li>
</ol>
"""

AMENDMENT_A = """
<p><b>COUNCIL – 24 JULY 2025</b></p>
<h1>Amendment to Motion A – Restoring Trust in Hembury</h1>
<p><i>Proposed by Councillor Susan Armitage. Seconded by Councillor Imran Qureshi.</i></p>
<p>Notice of the following amendment was received on 21 July 2025. It is published as submitted. Words to be deleted are shown struck through and words to be added are shown in square brackets; where the formatting has been lost in conversion both versions appear.</p>
<hr>
<p><b>This Council notes:</b></p>
<ol>
<li>The publication on 14 May 2025 of the Best Value Inspection of Hembury City Council, and the Secretary of State's decision to appoint commissioners until May 2028.</li>
<li>That the inspectors found "a culture in which challenge is unwelcome" (para 1.2.3)<del>, and that nearly half of the staff who answered their survey would not feel safe raising a concern about a senior councillor</del>[inserted: , a finding the whole council, not one group, must own].</li>
<li><del>That the inspectors found that "the Leader's office runs the council, not the Corporate Leadership Team" (para 3.1.3).</del> [inserted: That the inspectors record that a senior officer told them that "the Leader's office runs the council, not the Corporate Leadership Team", but that the inspectors "do not accept that description in full" (para 3.1.3).]</li>
<li>That "Opposition members are routinely refused information that they have requested" (para 3.1.2)<del>, and that 38 of 97 requests from opposition councillors in 2024 went unanswered beyond the 20 day target</del>.</li>
<li><del>That of the eleven loans Cabinet made to Hembury Quayside Developments Limited, seven were urgent items and "four were taken in private session without the reasons for exclusion being recorded" (para 2.2.2).</del> [inserted: That the inspectors said "We accept that members relied on officer advice" (para 2.2.4) in taking decisions on Quayside.]</li>
<li>~~That the report describes the way the council is run as "a small clique taking big decisions without any scrutiny" (para 1.2.3).~~</li>
<li>~~That the inspectors called Hembury "a council that has lost its way" (executive summary).~~</li>
<li>[inserted: That the inspectors found that "There is capacity to improve" (para 1.2.5) and that the Chief Executive "has made a strong start" (para 3.2.2).]</li>
<li>[inserted: That the Secretary of State's letter of 14 May states that "Local democratic accountability must be restored as soon as possible".]</li>
</ol>
<p><b>This Council believes:</b></p>
<ol>
<li><del>That the failures set out in the report happened on the watch of the current administration, which has been in control since 2017.</del> [inserted: That every member of this council shares responsibility for responding to the report.]</li>
<li>That residents deserve to know who knew what, and when, about the losses on Quayside.</li>
<li><del>That trust cannot be rebuilt by those who presided over its collapse.</del> [inserted: That trust will be rebuilt by delivering the Improvement and Recovery Plan, not by motions of no confidence.]</li>
</ol>
<p><b>This Council resolves:</b></p>
<ol>
<li><del>To express its lack of confidence in the Leader of the Council.</del> [inserted: To support the Improvement and Recovery Board and the commissioners in their work.]</li>
<li>To ask the Chief Executive to commission an independent review of the decisions on Quayside since 2019, to be published in full [inserted: once the Governance Commissioner has completed the review of the company].</li>
<li>To ask the Director of Law and Governance to bring forward, within the constitution review, a protocol guaranteeing that opposition members receive information within <del>10</del> [inserted: 15] working days.</li>
<li><del>To ask the Lord Mayor to write to the Secretary of State setting out the terms of this motion.</del></li>
</ol>
<p><i>If carried, the amended motion would read:</i></p>
<p>This Council notes the publication on 14 May 2025 of the Best Value Inspection of Hembury City Council; that the inspectors found "a culture in which challenge is unwelcome" (para 1.2.3), a finding the whole council, not one group, must own; that a senior officer told the inspectors that the Leader's office ran the council, a description the inspectors did not accept in full; that "Opposition members are routinely refused information that they have requested" (para 3.1.2); that the inspectors accepted that members relied on officer advice on Quayside; and that the inspectors found that "There is capacity to improve" (para 1.2.5). This Council believes that every member shares responsibility for responding to the report and that residents deserve to know who knew what, and when, about the losses on Quayside. This Council resolves to support the Improvement and Recovery Board and the commissioners; to ask the Chief Executive to commission an independent review of the decisions on Quayside once the Governance Commissioner has completed the review of the company; and to ask the Director of Law and Governance to bring forward a protocol on information for opposition members.</p>
"""

MOTION_B = """
<p><b>COUNCIL – 24 JULY 2025</b></p>
<h2>Motion B – Housing Repairs: Putting Tenants First</h2>
<p><i>Proposed by Councillor Geoff Marley. Seconded by Councillor Wendy Robson.</i></p>
<p>Council notes that the Best Value inspectors found that "Tenants' satisfaction with the repairs service fell from 78% in 2021/22 to 54% in 2023/24" (section 6.2.2), that the £96 million repairs contract was extended in 2022 for five years without competition, and that "contract management has been weak" (section 6.2.3).</p>
<p>Council further notes that according to the report "the contractor met only six of its 17 targets and was never penalised" (section 6.2.3).</p>
<p>Council recalls the promise made to tenants in the Hembury Tenancy Charter 2021 of "repairs done right, first time, every time", and believes that this promise has been broken.</p>
<p>Council resolves:</p>
<ol>
<li>To ask Cabinet to commission an independent review of the repairs contract, including the option of ending it early, and to report to Council by January 2026.</li>
<li>To ask the Audit and Governance Committee to examine why no financial deductions were made under the contract.</li>
<li>To establish a tenants' panel to monitor the repairs service, with the Hembury Tenants' Federation represented on it.</li>
</ol>
<h2>Motion C – Protecting Hembury's Green Belt</h2>
<p><i>Proposed by Councillor Andrew Blyth. Seconded by Councillor Tom Younger.</i></p>
<p>Council notes that the draft Hembury Local Plan 2025-2040 proposes to release 112 hectares of Green Belt land at Fenwick Dene, Longhirst Moor and West Hembury.</p>
<p>Council further notes that the National Planning Policy Framework states that "The Government attaches great importance to Green Belts" and that their "essential characteristics are their openness and their permanence".</p>
<p>Council believes that brownfield land, including the stalled Quayside site, should be developed first.</p>
<p>Council resolves to ask Cabinet to remove the Fenwick Dene allocation from the draft Local Plan before the Regulation 19 consultation.</p>
"""

def motions():
    a = html_pdf("council_motion_a", MOTION_A)
    am = html_pdf("council_amendment_a", AMENDMENT_A)
    b = html_pdf("council_motions_bc", MOTION_B)
    return a, am, b

# ------------------------------------------------------------------ item 9: members' questions (reportlab table)
def member_questions():
    S = SS
    rows = [["No.", "Question", "Written answer"],
            ["1", "From Councillor Errington to the Cabinet Member for Resources:\n\nParagraph 4.3.2 of the inspection report says the finance function “has not been given the resources to manage a capital programme of this size”. How many vacancies are there in the finance team today, and how many are filled by agency staff?",
             "The report noted “14 vacancies in a finance establishment of 62 posts” (paragraph 4.3.2) at the time of the inspection. As at 1 July 2025 there are 11 vacancies, of which 7 are covered by agency staff. A market supplement has been approved for qualified accountants and recruitment to 9 posts is under way."],
            ["2", "From Councillor Fairless to the Leader:\n\nDoes the Leader accept the inspectors’ finding that the shareholder committee met “only four times in five years” (para 2.3.1), and who chaired it?",
             "Yes. The committee was chaired by the Cabinet Member for Regeneration until March 2024. The inspectors also recognised that the company’s new interim board “is a welcome step” (para 2.3.3). The shareholder function is now exercised by the Governance Commissioner."],
            ["3", "From Councillor Coates to the Cabinet Member for Resources:\n\nPage 8 of the report says the council spent “£14.3 million through waivers of the contract procedure rules” in 2023/24. Which directors signed these waivers, and will the list be published?",
             "Waivers are signed by the director responsible for the service. From September 2025 every waiver will be reported to the Audit and Governance Committee, as the inspectors recommend. A list of waivers over £100,000 for 2023/24 will be placed in the Members’ Library."],
            ["4", "From Councillor Snaith to the Cabinet Member for Children and Families:\n\nThe inspectors say children’s services cost pressures are “a principal driver of the council’s overspend” (para 7.2.1). What is the forecast overspend for 2025/26?",
             "The forecast at quarter 1 is an overspend of £3.2 million on children’s placements. I would note that the inspectors “recognised the exceptional national pressures on children’s social care” (para 7.2.1), which affect every council in the region."],
            ["5", "From Councillor Jobling to the Leader:\n\nThe report says that “the council missed the deadline for two funding bids in 2024 because Cabinet approval was not obtained in time” (para 7.3.1). What were the bids and what was their value?",
             "The bids were to the combined authority’s Brownfield Housing Fund (£2.6 million) and the Active Travel Fund (£0.9 million). Both schemes have been resubmitted for the 2025 round."],
            ["6", "From Councillor Kirkup to the Cabinet Member for Housing:\n\nThe report says that the number of households in temporary accommodation has nearly trebled. What is the figure now?",
             "The report gives the figures as “212 in March 2022 to 587 in March 2024” (paragraph 7.1.1). At 30 June 2025 the figure was 603."],
            ]
    cells = [[Paragraph(esc(c).replace("\n", "<br/>"), S["cellb"] if i == 0 else S["cell"]) for c in r]
             for i, r in enumerate(rows)]
    t = Table(cells, colWidths=[10 * mm, 80 * mm, 80 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ea")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [Paragraph("COUNCIL – 24 JULY 2025", S["h1"]),
             Paragraph("QUESTIONS FROM MEMBERS WITH WRITTEN ANSWERS", S["h2"]),
             Paragraph("Questions received under Council Procedure Rule 11. Written answers are published with the agenda. Each questioner may ask one supplementary question at the meeting, which will be answered orally.", S["body"]), t]
    return rl_pdf("council_member_questions", story, footer="Council 24 July 2025 – Members' questions")

LETTER = Path(__file__).resolve().parent / "letter.pdf"
REPORT = Path(__file__).resolve().parent / "report.pdf"

def papers():
    m = minutes(); pq = public_questions(); pt = petition(); cx = cex_report(); rt = response_table()
    a, am, bc = motions(); mq = member_questions()
    return [("3", m), ("5", pq), ("6", pt), ("7", cx), ("7", LETTER), ("7", rt), ("7", REPORT),
            ("8a", a), ("8b", am), ("8c", bc), ("9", mq)]

SPEC = {
    "title": TITLE,
    "papers": papers,
    "furniture": ["^Council 22\\.05\\.25 \\(Extraordinary\\)$", "^Council 24 July 2025 – .*$",
                  "^Ministry of Housing, Communities & Local Government$", "^2 Marsham Street, London SW1P 4DF$"],
    "meta": {"cover": [("Meeting:", "Council"), ("Date:", "Thursday 24 July 2025"), ("Time:", "6.00 pm"),
                       ("Venue:", "Council Chamber, Civic Centre, Quay Road, Hembury HB1 1QR")],
             "membership": "Membership: The Lord Mayor (Councillor M Dunn) and all 60 Members of the Council.",
             "contact": "Contact: Lisa Carr, Head of Democratic Services. Tel: 0191 555 2104. Email: democratic.services@hembury.gov.uk. This meeting will be webcast live and may be recorded.",
             "chief": "Members of the Council are hereby summoned to attend the meeting of the Council to transact the business set out below. Catherine Rowell, Chief Executive. Issued: Wednesday 16 July 2025",
             "agenda_foot": "Part II: there are no items for consideration in private at the date of publication. Any item which becomes exempt will be notified by the Head of Democratic Services."},
    "agenda": [("1", "Apologies for absence", None),
               ("2", "Declarations of interest", "Members are reminded to declare any disclosable pecuniary interests or other registrable or non-registrable interests."),
               ("3", "Minutes", "To confirm as a correct record the minutes of the extraordinary meeting of the Council held on 22 May 2025."),
               ("4", "Lord Mayor's announcements", None),
               ("5", "Questions from members of the public", "Council Procedure Rule 10."),
               ("6", "Petition: Keep Hembury Lido Open", "Report of the Head of Democratic Services."),
               ("7", "Best Value Inspection: Intervention and the Improvement and Recovery Plan Framework", "Report of the Chief Executive."),
               ("8a", "Motion on Notice A: Restoring Trust in Hembury", "Proposed by Councillor Tindall."),
               ("8b", "Amendment to Motion A", "Proposed by Councillor Armitage."),
               ("8c", "Motions on Notice B and C: Housing Repairs; Green Belt", "Proposed by Councillors Marley and Blyth."),
               ("9", "Questions from members with written answers", "Council Procedure Rule 11."),
               ("10", "Urgent business", "Any other business which, by reason of special circumstances, the Lord Mayor decides should be considered as a matter of urgency.")],
}
