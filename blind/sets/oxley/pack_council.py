"""Full Council, 26 February 2025: a modern.gov agenda pack."""
from labelkit import Q, NC

AGENDA = [
 ("1", "Apologies for Absence"),
 ("2", "Declarations of Interest"),
 ("3", "Minutes"),
 ("4", "Chair's Announcements"),
 ("5", "Questions from Members of the Public"),
 ("6", "Best Value Inspection: Response to the Inspectors' Report and Representations to the Secretary of State"),
 ("7", "Motion on Notice: Best Value Inspection"),
 ("8", "Amendment to the Motion at Item 7"),
 ("9", "Pay Policy Statement 2025/26"),
]

AGENDA_TEXT = {
 "1": "To receive apologies for absence.",
 "2": "To receive any declarations of disclosable pecuniary interests or other registrable interests in respect of items on this agenda.",
 "3": "To confirm as a correct record the minutes of the extraordinary meeting of the Council held on 12 February 2025.",
 "4": "To receive any announcements from the Chair of the Council.",
 "5": "To receive questions from members of the public submitted in accordance with Council Procedure Rule 10, and the answers to them.",
 "6": "Report of the Interim Chief Executive.",
 "7": "To consider the following motion submitted in accordance with Council Procedure Rule 14.",
 "8": "To consider the amendment to the motion at Item 7, submitted in accordance with Council Procedure Rule 15.",
 "9": "Report of the Head of Human Resources and Organisational Development.",
}

MEMBERS = ("Councillors J. Ashworth (Chair), M. Bellingham (Vice-Chair), T. Brackley, S. Calloway, "
           "R. Dunmore, A. Eversley, P. Fenwick, L. Gathercole, D. Hartwell, K. Holloway, N. Ibbotson, "
           "G. Kettering, F. Lintott, H. Marwood, S. Okafor-Bligh, V. Ollerton, C. Pendry, R. Prakash, "
           "E. Quarmby, W. Radcliffe, B. Scaife, Y. Tennant, O. Trent-Lowe, I. Underhill, J. Varley, "
           "A. Whitlock and M. Yardley")


def front(ranges, offset):
    b = [("small", "Public Document Pack"), ("p", ""), ("c", "Oxley District Council"), ("p", ""),
         ("h1", "Council"), ("p", ""),
         ("b", "Date:\tWednesday, 26th February, 2025"),
         ("b", "Time:\t7.00 pm"),
         ("b", "Venue:\tCouncil Chamber, Council Offices, Market Square, Oxley"),
         ("p", "Contact:\tDemocratic Services, Oxley District Council. Telephone 01632 960412. "
               "Email: democratic.services@oxley.example.gov.uk"),
         ("p", ""),
         ("p", "To: All Members of the Council"),
         ("p", "You are hereby summoned to attend a meeting of Oxley District Council to be held at the "
               "time and place shown above for the purpose of transacting the business set out below."),
         ("p", "Interim Chief Executive"),
         ("p", "Date of publication: Tuesday, 18th February, 2025"),
         ("small", "Membership: " + MEMBERS),
         ("small", "Members of the public are welcome to attend. The meeting will be webcast live and "
                   "recorded. By entering the Council Chamber you consent to being filmed."),
         ("pb",), ("h1", "Agenda"), ("p", "")]
    for n, title in AGENDA:
        pr = ""
        if n in ranges:
            lo, hi = ranges[n]
            pr = f" (Pages {lo - offset} - {hi - offset})" if hi > lo else f" (Page {lo - offset})"
        b.append(("b", f"{n}.\t{title}{pr}"))
        b.append(("p", AGENDA_TEXT[n]))
    return b


MINUTES = [
 ("c", "OXLEY DISTRICT COUNCIL"),
 ("b", "MINUTES of the EXTRAORDINARY MEETING of the COUNCIL held in the Council Chamber, Council Offices, Market Square, Oxley on Wednesday, 12 February 2025 at 7.00 pm"),
 ("p", "PRESENT: Councillor J. Ashworth (Chair of the Council) in the Chair; Councillors M. Bellingham, T. Brackley, S. Calloway, R. Dunmore, A. Eversley, L. Gathercole, D. Hartwell, K. Holloway, N. Ibbotson, G. Kettering, F. Lintott, H. Marwood, S. Okafor-Bligh, C. Pendry, E. Quarmby, W. Radcliffe, B. Scaife, Y. Tennant, O. Trent-Lowe, I. Underhill, J. Varley, A. Whitlock and M. Yardley."),
 ("p", "OFFICERS: Interim Chief Executive; Interim Director of Finance (Section 151 Officer); Interim Monitoring Officer; Democratic Services Manager."),
 ("b", "45.\tAPOLOGIES FOR ABSENCE"),
 ("p", "Apologies for absence were received from Councillors P. Fenwick, V. Ollerton and R. Prakash."),
 ("b", "46.\tDECLARATIONS OF INTEREST"),
 ("p", "There were no declarations of interest."),
 ("b", "47.\tBEST VALUE INSPECTION REPORT – STATEMENTS BY GROUP LEADERS"),
 ("p", "The Chair explained that the meeting had been requisitioned by five members to receive statements from the group leaders on the report of the Best Value inspection, published on 4 February 2025, and on the Secretary of State's letter of the same date. No decisions would be taken. The Council's formal response would be considered at the ordinary meeting on 26 February 2025."),
 ("p", "The Interim Chief Executive introduced the report. She reminded members that the Secretary of State's letter stated that he was “satisfied that the council is failing to comply with its duty under Part 1 of the Local Government Act 1999” and proposed the appointment of three Commissioners. She said that the inspectors had made eight recommendations, all of which officers recommended the Council should accept."),
 ("p", "The Leader of the Council, Councillor D. Hartwell, said that the administration accepted the report and would work with Commissioners if they were appointed. He did not, however, accept every criticism in it. The inspectors had themselves recorded that the council's governance arrangements were “robust and fit for purpose” (paragraph 1.6), and that “The council cooperated fully with the inspection” (paragraph 1.4). He had told the inspectors that the difficulties had been exaggerated, and even the inspectors accepted that the council's problems had been “greatly exaggerated” by a few officers. The report also recorded, he said, that the Kingsmere Retail Park had been bought “in good faith and on the advice of officers at the time”."),
 ("p", "Councillor S. Okafor-Bligh, Leader of the Residents First Group, said that the Leader's account was selective. The report was clear that Oxley was “a council that has lost the confidence of many of its own staff and of a significant part of its community” (Executive Summary). The general fund reserve had fallen “from £9.8 million at 31 March 2021 to £3.1 million at 31 March 2024” (para 4.2). As for the Leader's point about governance, the phrase he had read out was the council's own, taken from its submission to the inspectors, and the inspectors had said in the very same paragraph that “we do not share that assessment”."),
 ("p", "Councillor F. Lintott, Chair of the Planning Committee, welcomed the inspectors' finding that “The Planning Committee is well chaired” and said the committee's officers deserved credit. She noted that the report also praised the council's “excellent planning service”, which was a tribute to staff who had worked under great pressure."),
 ("p", "Councillor O. Trent-Lowe said that the report described how “Staff told the inspectors that they were regularly contacted directly by Cabinet members with instructions” (paragraph 2.8). She asked whether any Cabinet member had been spoken to about this. The Leader said that he would not comment on individual cases."),
 ("p", "Councillor G. Kettering said that the inspectors had found that code of conduct complaints had nearly trebled in two years. He asked the Interim Monitoring Officer how many complaints were currently outstanding. The Interim Monitoring Officer said that eleven complaints were open, of which four were awaiting assessment by the Independent Person."),
 ("p", "Councillor Y. Tennant said that residents in her ward cared less about governance than about the number of families in bed and breakfast, which the report said had cost £2.4 million in 2023/24. She hoped the Commissioners would look at housing first."),
 ("p", "RESOLVED: That the statements made by the group leaders and the comments of members be noted."),
 ("b", "48.\tDATE OF NEXT MEETING"),
 ("p", "The next ordinary meeting of the Council would be held on Wednesday 26 February 2025 at 7.00 pm."),
 ("p", "The meeting closed at 8.52 pm."),
 ("p", ""), ("p", "Chair ………………………………………"),
]

QUESTIONS = [
 ("c", "COUNCIL – 26 FEBRUARY 2025"),
 ("b", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
 ("p", "Five questions have been received from members of the public in accordance with Council Procedure Rule 10. The questions are set out below as submitted, with the written answers. A questioner may ask one supplementary question, which must arise from the answer given."),
 ("b", "Question 1 – from a resident of Kingsmere ward to the Leader of the Council"),
 ("p", "The Best Value report says the Kingsmere Retail Park decision was \"taken by the Leader under urgency provisions, on the basis of a business case that had not been independently reviewed\" (paragraph 4.5). It also says the council's own Investment Strategy limited any single purchase to £15 million, yet the park cost £27.5 million. Will the Leader apologise to the residents who are now paying for it?"),
 ("b", "Answer"),
 ("p", "I understand residents' anger. But the inspectors themselves say that they \"do not suggest that any member or officer acted unlawfully in relation to the Kingsmere acquisition\" (paragraph 4.5). The decision was taken on the basis of the advice available at the time, and at a time when the income from the park was expected to support front-line services. The administration has asked for an independent valuation of the whole commercial portfolio, as Recommendation 6 proposes."),
 ("b", "Question 2 – from a resident of Abbey ward to the Cabinet Member for Housing"),
 ("p", "The inspectors say that the number of households in temporary accommodation \"has nearly trebled\" since 2022 (para 6.2) and that bed and breakfast cost £2.4 million against a budget of £0.8 million. There are families from my street living in a hotel on the ring road. What is the Cabinet Member doing about it?"),
 ("b", "Answer"),
 ("p", "The figures in the report are correct and I do not hide from them. Our Homelessness Strategy 2019 committed the council to \"ending the use of bed and breakfast for families except in an emergency\", and we have fallen short of that. A new strategy will come to Cabinet in June, and we are buying 40 homes for use as temporary accommodation through the Local Authority Housing Fund."),
 ("b", "Question 3 – from the Chair of the Oxley Civic Society to the Leader of the Council"),
 ("p", "The Oxley Gazette of 6 February quoted the inspectors as saying that \"Overview and scrutiny is weak\". The Civic Society has said so for years. The Seven Principles of Public Life say that holders of public office \"should act and take decisions in an open and transparent manner\". Will the Leader now agree to give the Overview and Scrutiny Committee the support it needs?"),
 ("b", "Answer"),
 ("p", "Yes. The administration accepts Recommendation 4 in full, including \"appointing a dedicated scrutiny officer\" (Recommendation 4). The post will be advertised in March. I have also asked the Chair of the Overview and Scrutiny Committee to bring forward a work programme that includes the commercial property portfolio."),
 ("b", "Question 4 – from a resident of Northfield ward to the Cabinet Member for Finance"),
 ("p", "On page {p:4.8} of the report the inspectors say that \"the council came close to financial failure\". Now we are to have Commissioners as well. How much will the Commissioners cost council taxpayers, and who decided that we should pay?"),
 ("b", "Answer"),
 ("p", "The costs of an intervention are met by the council concerned; that is set by the Government, not by this council. The Secretary of State's letter proposes that the Commissioners serve \"for a period of three years until 31 March 2028\". On the basis of other interventions we estimate the cost at between £350,000 and £450,000 a year. Provision will be made in the 2025/26 budget."),
 ("b", "Question 5 – from a resident of Castle ward to the Chair of the Council"),
 ("p", "Paragraph 2.9 of the report describes the Full Council meeting of July 2024 at which a member of the public was removed from the gallery and says that the Chair \"did not intervene\" when officers were criticised by name. I was that member of the public. The report also says (paragraph 4.9) that members \"did not fully appreciate the seriousness of the position\". Will the Chair now apologise on behalf of the Council?"),
 ("b", "Answer"),
 ("p", "I regret what happened at that meeting, and I apologise to you personally. Since then I have asked the Monitoring Officer to provide training for all members on conduct in meetings, and the revised Council Procedure Rules will give the Chair clearer powers. I will not comment on the Council's financial position, which is a matter for the Cabinet Member for Finance."),
]

REPORT = [
 ("c", "OXLEY DISTRICT COUNCIL"),
 ("b", "Report to:\tCouncil"),
 ("b", "Date:\t26 February 2025"),
 ("b", "Report of:\tInterim Chief Executive"),
 ("b", "Subject:\tBest Value Inspection: Response to the Inspectors' Report and Representations to the Secretary of State"),
 ("p", "Wards affected: All\tKey decision: No\tExempt: No"),
 ("h2", "1. Purpose of the report"),
 ("p", "1.1 This report sets out the findings of the Best Value inspection of the council, published on 4 February 2025, and the Secretary of State's proposals for intervention. It proposes a response to each of the inspectors' recommendations (Appendix A) and seeks the Council's agreement to the representations to be made to the Secretary of State (Appendix B)."),
 ("h2", "2. Recommendations"),
 ("p", "2.1 That Council:"),
 ("p", "(a) notes the report of the Best Value inspection and the Secretary of State's letter of 4 February 2025;"),
 ("p", "(b) accepts the eight recommendations made by the inspectors and endorses the initial responses set out at Appendix A;"),
 ("p", "(c) agrees the representations at Appendix B and authorises the Interim Chief Executive, in consultation with the leaders of the political groups, to finalise and submit them by 4 March 2025;"),
 ("p", "(d) establishes a cross-party Improvement Board, with terms of reference to be agreed by the group leaders, to oversee the preparation of the Improvement and Recovery Plan."),
 ("h2", "3. Background"),
 ("p", "3.1 On 14 May 2024 the Secretary of State appointed a team of inspectors to examine the council's compliance with its Best Value duty. Their fieldwork took place between June and September 2024, and included 96 interviews and focus groups and a survey of staff to which 612 people responded. The report was submitted to the Secretary of State in December 2024 and published on 4 February 2025."),
 ("p", "3.2 The inspectors' overall conclusion is stated in the executive summary of their report:"),
 ("quote", "“We found a pattern of decision-making that bypasses the council's own constitution, a financial position that has deteriorated sharply since 2021, and a culture in which officers are reluctant to give unwelcome advice. In our view the council is failing to comply with its Best Value duty.” (Executive summary)"),
 ("p", "3.3 It would be wrong to minimise these findings, and officers do not seek to do so. Members will wish to read the report in full; it is available on the council's website and in the Members' Room."),
 ("h2", "4. The inspectors' main findings"),
 ("p", "4.1 Leadership and culture. The inspectors found that the relationship between the political leadership and senior officers had “broken down in important respects” (paragraph 2.2). The staff survey results are stark: 47% of respondents said they would not feel safe raising a concern about a councillor's conduct, and only 31% said that they trusted senior leadership. Agency and interim staff cost the council £3.7 million in 2023/24, more than double the 2020/21 figure."),
 ("p", "4.2 The report also records:"),
 ("quote", "“Code of conduct complaints against members rose from 9 in 2021/22 to 26 in 2023/24. Of the 26, 19 were made by other members.” (paragraph 2.8)"),
 ("p", "4.3 Governance. The inspectors concluded that the council's governance arrangements “do not provide a reliable record of decision-making” and “do not enable effective scrutiny” (paragraph 3.12). They found that the scheme of delegation had been changed repeatedly without reference to Full Council, and that 12 of the 34 key decisions taken in 2023/24 had not been published 28 clear days in advance. The Audit and Governance Committee was found to have been more effective, although the inspectors noted that it “has been given too little resource to follow up what it recommends” (paragraph 3.6)."),
 ("p", "4.4 Finance. The inspectors' assessment of the council's finances is summarised in Table 2 of their report. The report states:"),
 ("quote", "“The council has a budget gap of £4.6 million for 2025/26, rising to a cumulative £11.2 million by 2027/28.” (paragraph 4.6)"),
 ("p", "4.5 The inspectors warn that the council “is likely to need exceptional financial support from the Government within the next two years” (paragraph 4.12). Officers consider that a programme of asset disposals is now unavoidable, and proposals will be brought to Cabinet in April."),
 ("p", "4.6 Procurement. The inspectors found that 17 waivers of the Contract Procedure Rules were approved in 2023/24, eleven of them retrospectively, and that the Oxley Works contract had been extended “four times without competition” (paragraph 5.3)."),
 ("p", "4.7 Services. The report notes that the number of households in temporary accommodation rose from 128 to 312 in two years and that 41% of formal complaints were answered late. Planning performance was found to be above the Government's thresholds."),
 ("h2", "5. The Secretary of State's proposals"),
 ("p", "5.1 The Secretary of State's letter of 4 February 2025 states:"),
 ("quote", "“I am minded to give Directions that would require the council to take the actions set out in the proposed Directions published alongside this letter, including the preparation of an Improvement and Recovery Plan, and to appoint three Commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.”"),
 ("p", "5.2 The letter goes on: “The Commissioners would exercise certain functions of the council ... for a period of three years until 31 March 2028.” The functions concerned include the appointment and dismissal of statutory officers and the disposal of assets."),
 ("p", "5.3 The inspectors had proposed intervention “for a period of at least two years” (paragraph 7.5). The proposed period of three years is therefore longer than the minimum the inspectors suggested, although it is consistent with their recommendation."),
 ("p", "5.4 Until the Secretary of State reaches a decision, the council has been asked not to enter into significant new expenditure, borrowing or asset disposals without first consulting the Department. Officers have put in place an interim protocol to give effect to this."),
 ("h2", "6. Proposed response"),
 ("p", "6.1 Officers recommend that the Council accepts the inspectors' findings and all eight recommendations, and that the representations to the Secretary of State focus on the practical arrangements for intervention rather than on contesting the case for it. Appendix A sets out the initial response to each recommendation, with a lead officer and a timescale. Appendix B is the proposed text of the representations."),
 ("p", "6.2 The council's Corporate Plan 2023–2027 commits the council to “a greener, fairer, safer Oxley”. Officers consider that the Improvement and Recovery Plan should be built around that commitment, so that recovery is about services to residents as well as governance."),
 ("h2", "7. Financial implications"),
 ("p", "7.1 The costs of intervention, including the fees and expenses of the Commissioners, are met by the council. These are estimated at between £350,000 and £450,000 a year and will be met from the general fund. The general fund reserve stood at £3.1 million at 31 March 2024, below the minimum of £4 million set in the council's reserves strategy."),
 ("p", "7.2 The CIPFA Financial Management Code requires that the leadership team “demonstrates in its actions and behaviours responsibility for governance and internal control”. The Section 151 Officer will report separately on compliance with the Code."),
 ("pb",),
 ("h2", "8. Legal implications"),
 ("p", "8.1 Section 3(1) of the Local Government Act 1999 provides that “A best value authority must make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness.”"),
 ("p", "8.2 Under section 15(5) of the Act, if the Secretary of State is satisfied that an authority is failing to comply with the requirements of Part 1, he may direct the authority “to take any action which he considers necessary or expedient to secure its compliance with the requirements of this Part”. Under section 15(6) he may direct that specified functions be exercised by the Secretary of State or a person nominated by him."),
 ("h2", "9. Risks"),
 ("p", "9.1 The principal risk is that the council fails to make the improvements required at the pace required, with the consequence that the intervention is extended or its scope widened. A further risk is the loss of experienced staff during a period of uncertainty."),
 ("h2", "10. Background papers"),
 ("p", "Best Value Inspection of Oxley District Council (published 4 February 2025). Letter from the Secretary of State to the Interim Chief Executive, 4 February 2025."),
 ("p", "Contact officer: Interim Chief Executive."),
]

APPX_A_ROWS = [
 ["Rec.", "Inspectors' recommendation (extract)", "Council's initial response", "Lead", "By"],
 ["R1", "“prepare, within three months, a comprehensive Improvement and Recovery Plan” (R1)", "Accepted. Draft plan to Improvement Board in April, Council in May.", "Interim Chief Executive", "May 2025"],
 ["R2", "Review of the constitution and scheme of delegation, to be reported to Full Council (R2)", "Accepted. External review commissioned.", "Interim Monitoring Officer", "Sept 2025"],
 ["R3", "“recruit a permanent Chief Executive, Section 151 Officer and Monitoring Officer” (R3)", "Accepted. Recruitment to begin once the Commissioners are appointed.", "Head of HR", "Dec 2025"],
 ["R4", "“appointing a dedicated scrutiny officer” (R4)", "Accepted. Post to be advertised in March 2025.", "Democratic Services Manager", "Apr 2025"],
 ["R5", "“restore its general fund reserve to at least the minimum level … by March 2027” (R5)", "Accepted. Reserves recovery plan in the 2025/26 MTFS.", "Interim Director of Finance", "Mar 2027"],
 ["R6", "“develop an asset disposal strategy to reduce its borrowing” (R6)", "Accepted. Independent valuation commissioned.", "Interim Director of Finance", "Oct 2025"],
 ["R7", "“commission an independent review of the value for money of the services the company provides” (R8)", "Accepted. Shareholder committee to be established.", "Interim Chief Executive", "Jul 2025"],
 ["R8", "“training on the Member Code of Conduct for all members by March 2025” (R8)", "Accepted. Training programme agreed with group leaders.", "Interim Monitoring Officer", "Mar 2025"],
]

APPX_A = [
 ("b", "Appendix A"),
 ("b", "Best Value Inspection: the inspectors' recommendations and the council's initial response"),
 ("p", "The table below sets out each of the inspectors' eight recommendations, in summary or in the inspectors' words, with the council's initial response. A full Improvement and Recovery Plan will follow."),
 ("table", APPX_A_ROWS, [1.2, 5.4, 4.6, 2.6, 1.7]),
 ("p", "Note: the responses above are initial responses only and will be developed with the Commissioners, if appointed, and with the Improvement Board."),
]

APPX_B = [
 ("b", "Appendix B"),
 ("b", "Draft representations to the Secretary of State"),
 ("p", "Dear Secretary of State,"),
 ("b", "Best Value Inspection of Oxley District Council: representations on the proposed intervention"),
 ("p", "Thank you for your letter of 4 February 2025. These representations are made on behalf of Oxley District Council following a resolution of the Council on 26 February 2025."),
 ("p", "The Council accepts the inspectors' findings and their eight recommendations. It does not contest the case for intervention, and it will cooperate fully with the Commissioners you appoint. We have noted your request that the council “take no decisions that would commit it to significant new expenditure or borrowing” before your decision, and we have put arrangements in place to ensure that this is observed."),
 ("p", "We welcome your statement that the intervention is not “a judgement on the council's frontline staff”. Members and staff were also reassured by your statement that intervention is not “intended to remove democratic accountability”."),
 ("p", "Our representations concern the duration and scope of the proposed Directions. The inspectors concluded that the council “is capable of recovery” (Executive Summary), and they considered that the council should “retain responsibility for day-to-day service delivery” (paragraph 7.5). We ask that you consider an initial period of two years, with a review at eighteen months, and that the Directions relating to the disposal of assets should apply only to disposals above a threshold of £500,000."),
 ("p", "We would welcome an early meeting between your officials and the group leaders to discuss these points."),
 ("p", "Yours sincerely,"),
 ("p", "Interim Chief Executive, on behalf of Oxley District Council"),
]

MOTION = [
 ("c", "COUNCIL – 26 FEBRUARY 2025"),
 ("b", "MOTION ON NOTICE: BEST VALUE INSPECTION"),
 ("p", "Proposed by Councillor S. Okafor-Bligh, seconded by Councillor O. Trent-Lowe, under Council Procedure Rule 14."),
 ("b", "This Council notes:"),
 ("p", "1. the publication on 4 February 2025 of the report of the Best Value inspection of Oxley District Council, and of the Secretary of State's letter of the same date;"),
 ("p", "2. the inspectors' finding that nearly half of staff “would not feel safe raising a concern about the conduct of a councillor” (para 2.5);"),
 ("p", "3. that the inspectors concluded that decisions were “made in the Leader's office and rubber-stamped later” (para 2.4);"),
 ("p", "4. that the Overview and Scrutiny Committee “has not scrutinised the council's commercial property investments at any point since 2019” (para 3.4);"),
 ("p", "5. the inspectors' judgement that “the council's culture is not one in which Best Value can be secured” (para 2.11);"),
 ("p", "6. that the report describes “a culture of fear and favouritism at the top of the council” (section 2);"),
 ("p", "7. that, according to the report, the council's borrowing has trebled to £63 million while its general fund reserve has fallen by more than two-thirds."),
 ("b", "This Council believes:"),
 ("p", "that the administration has lost the confidence of the council's staff and of Oxley's residents, and that the council cannot begin its recovery under the present leadership."),
 ("b", "This Council resolves:"),
 ("p", "1. to accept all eight of the inspectors' recommendations;"),
 ("p", "2. to call on the Leader and the Cabinet to resign;"),
 ("p", "3. to ask the Interim Chief Executive to publish, by 31 March 2025, every decision identified by the inspectors as having been taken outside the formal process."),
]

AMENDMENT = [
 ("c", "COUNCIL – 26 FEBRUARY 2025"),
 ("b", "AMENDMENT TO THE MOTION AT ITEM 7"),
 ("p", "Proposed by Councillor D. Hartwell, seconded by Councillor M. Bellingham, under Council Procedure Rule 15. The amendment is shown against the original motion: words to be deleted are shown ~~between double tildes~~ and words to be inserted are shown [inserted: in square brackets]."),
 ("b", "This Council notes:"),
 ("p", "1. the publication on 4 February 2025 of the report of the Best Value inspection of Oxley District Council, and of the Secretary of State's letter of the same date;"),
 ("p", "2. the inspectors' finding that nearly half of staff “would not feel safe raising a concern about the conduct of a councillor” (para 2.5);"),
 ("p", "3. ~~that the inspectors concluded that decisions were “made in the Leader's office and rubber-stamped later” (para 2.4);~~ [inserted: that the inspectors, having heard one officer's view that decisions were taken outside the formal process, went on to say that they “do not suggest that every decision was taken in this way” (para 2.4);]"),
 ("p", "4. that the Overview and Scrutiny Committee “has not scrutinised the council's commercial property investments at any point since 2019” (para 3.4);"),
 ("p", "5. ~~the inspectors' judgement that “the council's culture is not one in which Best Value can be secured” (para 2.11);~~ [inserted: the inspectors' finding that “There are capable officers at every level” (Executive Summary);]"),
 ("p", "6. ~~that the report describes “a culture of fear and favouritism at the top of the council” (section 2);~~ [inserted: that the inspectors found that the income shortfall reflected “national economic conditions that no council could have foreseen” (para 4.11), and that they “accept that the retail market has been difficult” (para 4.11);]"),
 ("p", "7. ~~that, according to the report, the council's borrowing has trebled to £63 million while its general fund reserve has fallen by more than two-thirds.~~ [inserted: that “Total borrowing has doubled” since 2021 and that the Kingsmere acquisition pre-dated the downturn in the retail market.]"),
 ("b", "This Council believes:"),
 ("p", "~~that the administration has lost the confidence of the council's staff and of Oxley's residents, and that the council cannot begin its recovery under the present leadership.~~ [inserted: that every member of this Council shares responsibility for its recovery and should work constructively with the Commissioners.]"),
 ("b", "This Council resolves:"),
 ("p", "1. to accept all eight of the inspectors' recommendations;"),
 ("p", "2. ~~to call on the Leader and the Cabinet to resign;~~ [inserted: to establish a cross-party Improvement Board, chaired by the Leader, with equal representation from each political group;]"),
 ("p", "3. ~~to ask the Interim Chief Executive to publish, by 31 March 2025, every decision identified by the inspectors as having been taken outside the formal process.~~ [inserted: to comply with the Secretary of State's request that the council “cooperate fully with my officials” (Letter from SoS to CEX 04/02/25).]"),
 ("p", "If carried, the amendment would become the substantive motion."),
]

PAY = [
 ("c", "OXLEY DISTRICT COUNCIL"),
 ("b", "Report to:\tCouncil"),
 ("b", "Date:\t26 February 2025"),
 ("b", "Report of:\tHead of Human Resources and Organisational Development"),
 ("b", "Subject:\tPay Policy Statement 2025/26"),
 ("h2", "1. Purpose"),
 ("p", "1.1 To seek approval of the council's Pay Policy Statement for 2025/26, as required by the Localism Act 2011."),
 ("h2", "2. Recommendation"),
 ("p", "2.1 That Council approves the Pay Policy Statement 2025/26 at Appendix 1 for publication on the council's website."),
 ("h2", "3. Background"),
 ("p", "3.1 Section 38(1) of the Localism Act 2011 provides that “A relevant authority must prepare a pay policy statement for the financial year 2012-13 and each subsequent financial year.” The statement must be approved by a resolution of the authority before it comes into force, and must be published."),
 ("p", "3.2 The statement must set out the council's policies on the remuneration of its chief officers and its lowest-paid employees, and the relationship between them. Government guidance, Openness and accountability in local pay, advises that authorities should “set out their policy on the pay multiple” between the highest paid and the median earnings of the workforce."),
 ("p", "3.3 The Best Value inspectors commented on the council's “reliance on agency and interim staff, which cost £3.7 million in 2023/24” (paragraph 2.6). The statement therefore includes, for the first time, the council's policy on the engagement of interim senior managers, who are currently paid through agencies at day rates."),
 ("p", "3.4 The inspectors' staff survey found that 38% of staff intended to leave the council within two years. Officers consider that the council's pay and reward offer will need to be reviewed as part of the Improvement and Recovery Plan, and a report will be brought to the Employment Committee later in the year."),
 ("h2", "4. Financial and legal implications"),
 ("p", "4.1 There are no direct financial implications. The pay award for 2025/26 will be determined by the National Joint Council and has been provided for in the budget at 3%. Failure to approve a statement would place the council in breach of its statutory duty."),
 ("pb",),
 ("b", "Appendix 1 – Pay Policy Statement 2025/26"),
 ("h2", "1. Introduction"),
 ("p", "1.1 This statement sets out Oxley District Council's policy on pay for the year from 1 April 2025. It applies to all employees of the council other than those employed in schools and those employed by Oxley Works Limited, whose terms are set by the company's board."),
 ("h2", "2. Chief officers"),
 ("p", "2.1 The council's chief officers are the Chief Executive, the Director of Finance (Section 151 Officer), the Director of Place, the Director of Communities and the Monitoring Officer. Their salaries are set within the ranges below, and are reviewed only when a post falls vacant or its responsibilities change materially."),
 ("table", [["Post", "Salary range 2025/26"], ["Chief Executive", "£128,000 – £138,000"],
            ["Director of Finance (Section 151 Officer)", "£96,000 – £104,000"],
            ["Director of Place", "£92,000 – £100,000"], ["Director of Communities", "£92,000 – £100,000"],
            ["Monitoring Officer", "£78,000 – £86,000"]], [9.0, 6.0]),
 ("p", "2.2 Chief officers receive no bonus or performance-related pay. They are eligible for the Local Government Pension Scheme on the same terms as other employees."),
 ("h2", "3. Lowest-paid employees"),
 ("p", "3.1 The council defines its lowest-paid employees as those on the lowest spinal column point in use, which from 1 April 2025 will be point 3 of the national pay spine. The council has paid at least the Real Living Wage since 2018."),
 ("h2", "4. Pay multiple"),
 ("p", "4.1 The ratio between the salary of the Chief Executive and the median salary of the council's workforce is 5.2 to 1. The ratio between the Chief Executive's salary and that of the lowest-paid employee is 5.9 to 1."),
 ("h2", "5. Interim and agency appointments"),
 ("p", "5.1 Interim senior managers will be engaged only where a post cannot be filled on a permanent basis, for no longer than twelve months without a report to the Employment Committee, and at a day rate that does not exceed the equivalent cost of the substantive post by more than 40%. All such engagements will be published in the council's quarterly transparency return."),
 ("h2", "6. Severance"),
 ("p", "6.1 Any severance package of £100,000 or more must be approved by Full Council before it is offered. The council's policy on redundancy and discretionary payments is published separately."),
]

PAPERS = [("3", "c-minutes", MINUTES, None), ("5", "c-questions", QUESTIONS, None),
          ("6", "c-report", REPORT, None), ("6", "c-appxA", APPX_A, None), ("6", "c-appxB", APPX_B, None),
          ("7", "c-motion", MOTION, None), ("8", "c-amendment", AMENDMENT, None),
          ("9", "c-pay", PAY, None)]


def stamp(page_no, offset, item, first):
    out = []
    if page_no > offset:
        out.append((297.6, 28, f"Page {page_no - offset}", "Helvetica", 10, False))
    if first and item:
        out.append((560, 808, f"Agenda Item {item}", "Helvetica-Bold", 12, True))
    return out


RS = "The council's own submission to us, received on 28 June 2024, stated that its governance arrangements were “robust and fit for purpose” and that concerns raised by its external auditor had been “fully addressed”."
QUOTES = [
 # item 3: minutes
 Q("C1", "3", "satisfied that the council is failing to comply with its duty under Part 1 of the Local Government Act 1999", ["verbatim"], ["correct"], "3", "letter", cited_document="letter", note="the letter's words; named as the Secretary of State's letter"),
 Q("C2", "3", "robust and fit for purpose", ["out_of_context"], ["correct"], "1.6", "report", ["1.6"], kind="attribution_dropped", context_dropped="The council's own submission to us, received on 28 June 2024, stated that its governance arrangements were", note="the council's own submission, which the inspectors reject, presented as the inspectors' record"),
 Q("C3", "3", "The council cooperated fully with the inspection", ["verbatim"], ["correct"], "1.4", "report", ["1.4"]),
 Q("C4", "3", "greatly exaggerated", ["out_of_context"], ["missing"], "2.3", "report", kind="attribution_dropped", context_dropped="The Leader told us that the council's difficulties had been", note="the Leader's own words to the inspectors, which they do not accept, presented as the inspectors' concession"),
 Q("C5", "3", "in good faith and on the advice of officers at the time", ["not_found"], ["missing"], None, None, kind="invented", note="the report says nothing of good faith; 4.5 says the business case was not independently reviewed"),
 Q("C6", "3", "a council that has lost the confidence of many of its own staff and of a significant part of its community", ["verbatim"], ["correct"], "executive summary", "report", ["executive summary"]),
 Q("C7", "3", "from £9.8 million at 31 March 2021 to £3.1 million at 31 March 2024", ["verbatim"], ["correct"], "4.2", "report", ["4.2"]),
 Q("C9", "3", "we do not share that assessment", ["verbatim"], ["missing"], "1.6", "report", kind="control_context_kept", note="control: the speaker restores the attribution of the governance phrase to the council's submission; 'the very same paragraph' names no number, so treated as uncited"),
 Q("C10", "3", "The Planning Committee is well chaired", ["verbatim"], ["missing"], "2.10", "report"),
 Q("C11", "3", "excellent planning service", ["not_found"], ["missing"], None, None, kind="invented", note="the report calls planning performance stable (6.4); it never says 'excellent'"),
 Q("C12", "3", "Staff told the inspectors that they were regularly contacted directly by Cabinet members with instructions", ["verbatim"], ["wrong"], "2.7", "report", ["2.8"], kind="wrong_paragraph"),
 # item 5: public questions
 Q("C13", "5", "taken by the Leader under urgency provisions, on the basis of a business case that had not been independently reviewed", ["verbatim"], ["correct"], "4.5", "report", ["4.5"]),
 Q("C14", "5", "do not suggest that any member or officer acted unlawfully in relation to the Kingsmere acquisition", ["verbatim"], ["correct"], "4.5", "report", ["4.5"], kind="control_denial_kept", note="control: the denial is kept ('the inspectors themselves say that they do not suggest')"),
 Q("C15", "5", "has nearly trebled", ["misquote"], ["correct"], "6.2", "report", ["6.2"], kind="changed_figure_word", source_text="The number of households in temporary accommodation has more than doubled", note="128 to 312 is 'more than doubled' in the report, not 'nearly trebled'", strict=False),
 NC("C16", "5", "ending the use of bed and breakfast for families except in an emergency", "the council's Homelessness Strategy 2019"),
 Q("C17", "5", "Overview and scrutiny is weak", ["verbatim"], ["unverifiable"], "3.4", "report", cited_document="other", note="the report's words, cited to the Oxley Gazette"),
 NC("C18", "5", "should act and take decisions in an open and transparent manner", "the Seven Principles of Public Life"),
 Q("C19", "5", "appointing a dedicated scrutiny officer", ["verbatim"], ["correct"], "R4", "report", ["R4"], note="cited as 'Recommendation 4'"),
 Q("C20", "5", "the council came close to financial failure", ["verbatim"], ["correct"], "4.8", "report", cited_pages=["{p:4.8}"], note="cited by the report's page"),
 Q("C21", "5", "for a period of three years until 31 March 2028", ["verbatim"], ["correct"], "4", "letter", cited_document="letter"),
 Q("C22", "5", "did not intervene", ["verbatim"], ["correct"], "2.9", "report", ["2.9"], strict=False, note="'The Chair did not intervene' is 2.9's; the questioner ties it to the criticism of officers, which is the same incident"),
 Q("C23", "5", "did not fully appreciate the seriousness of the position", ["verbatim"], ["wrong"], "4.8", "report", ["4.9"], kind="wrong_paragraph"),
 # item 6: officers' report
 Q("C24", "6", "We found a pattern of decision-making that bypasses the council's own constitution, a financial position that has deteriorated sharply since 2021, and a culture in which officers are reluctant to give unwelcome advice. In our view the council is failing to comply with its Best Value duty.", ["verbatim"], ["correct"], "executive summary", "report", ["executive summary"], kind="block_quotation"),
 Q("C25", "6", "broken down in important respects", ["verbatim"], ["correct"], "2.2", "report", ["2.2"]),
 Q("C26", "6", "Code of conduct complaints against members rose from 9 in 2021/22 to 26 in 2023/24. Of the 26, 19 were made by other members.", ["verbatim"], ["correct"], "2.8", "report", ["2.8"], kind="block_quotation"),
 Q("C27", "6", "do not provide a reliable record of decision-making", ["verbatim"], ["correct"], "3.12", "report", ["3.12"]),
 Q("C28", "6", "do not enable effective scrutiny", ["verbatim"], ["correct"], "3.12", "report", ["3.12"]),
 Q("C29", "6", "has been given too little resource to follow up what it recommends", ["paraphrase"], ["correct"], "3.6", "report", ["3.6"], kind="reworded", source_text="the committee has not been given the resources to follow up its own recommendations"),
 Q("C30", "6", "The council has a budget gap of £4.6 million for 2025/26, rising to a cumulative £11.2 million by 2027/28.", ["verbatim"], ["correct"], "4.6", "report", ["4.6"], kind="block_quotation"),
 Q("C31", "6", "is likely to need exceptional financial support from the Government within the next two years", ["out_of_context"], ["correct"], "4.12", "report", ["4.12"], kind="condition_dropped", context_dropped="Unless it takes urgent action to reduce its costs, dispose of assets and rebuild its reserves", note="the inspectors' 'unless' condition is dropped, making the warning unconditional"),
 Q("C32", "6", "four times without competition", ["verbatim"], ["correct"], "5.3", "report", ["5.3"]),
 Q("C33", "6", "I am minded to give Directions that would require the council to take the actions set out in the proposed Directions published alongside this letter, including the preparation of an Improvement and Recovery Plan, and to appoint three Commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.", ["verbatim"], ["correct"], "4", "letter", cited_document="letter", kind="block_quotation"),
 Q("C34", "6", "The Commissioners would exercise certain functions of the council ... for a period of three years until 31 March 2028.", ["minor"], ["correct"], "4", "letter", cited_document="letter", kind="ellipsis", source_text="The Commissioners would exercise certain functions of the council, including those relating to the appointment and dismissal of statutory officers and the disposal of assets, for a period of three years until 31 March 2028."),
 Q("C35", "6", "for a period of at least two years", ["verbatim"], ["correct"], "7.5", "report", ["7.5"]),
 NC("C36", "6", "a greener, fairer, safer Oxley", "the council's Corporate Plan 2023-2027"),
 NC("C37", "6", "demonstrates in its actions and behaviours responsibility for governance and internal control", "the CIPFA Financial Management Code"),
 NC("C38", "6", "A best value authority must make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness.", "section 3(1) of the Local Government Act 1999"),
 NC("C39", "6", "to take any action which he considers necessary or expedient to secure its compliance with the requirements of this Part", "section 15(5) of the Local Government Act 1999"),
 # item 6: Appendix A table cells
 Q("C40", "6", "prepare, within three months, a comprehensive Improvement and Recovery Plan", ["verbatim"], ["correct"], "R1", "report", ["R1"], kind="table_cell"),
 Q("C41", "6", "recruit a permanent Chief Executive, Section 151 Officer and Monitoring Officer", ["verbatim"], ["correct"], "R3", "report", ["R3"], kind="table_cell"),
 Q("C42", "6", "appointing a dedicated scrutiny officer", ["verbatim"], ["correct"], "R4", "report", ["R4"], kind="table_cell", note="table cell; the same words as C19"),
 Q("C43", "6", "restore its general fund reserve to at least the minimum level … by March 2027", ["minor"], ["correct"], "R5", "report", ["R5"], kind="table_cell_ellipsis", source_text="restore its general fund reserve to at least the minimum level set in its reserves strategy by March 2027"),
 Q("C44", "6", "develop an asset disposal strategy to reduce its borrowing", ["verbatim"], ["correct"], "R6", "report", ["R6"], kind="table_cell"),
 Q("C45", "6", "commission an independent review of the value for money of the services the company provides", ["verbatim"], ["wrong"], "R7", "report", ["R8"], kind="table_cell_wrong_recommendation", note="R7's words, labelled (R8) in the cell"),
 Q("C46", "6", "training on the Member Code of Conduct for all members by March 2025", ["misquote"], ["correct"], "R8", "report", ["R8"], kind="table_cell_changed_date", source_text="training on the Member Code of Conduct for all members by March 2026"),
 # item 6: Appendix B representations
 Q("C47", "6", "take no decisions that would commit it to significant new expenditure or borrowing", ["verbatim"], ["correct"], "7", "letter", cited_document="letter", note="'your letter of 4 February 2025'"),
 Q("C48", "6", "a judgement on the council's frontline staff", ["verbatim"], ["correct"], "5", "letter", cited_document="letter"),
 Q("C49", "6", "intended to remove democratic accountability", ["verbatim"], ["correct"], "5", "letter", cited_document="letter"),
 Q("C50", "6", "is capable of recovery", ["paraphrase"], ["correct"], "executive summary", "report", ["executive summary"], kind="reworded_denial", source_text="We do not consider the council to be beyond recovery.", strict=False, note="'not beyond recovery' rendered as 'capable of recovery'; same meaning, other words"),
 Q("C51", "6", "retain responsibility for day-to-day service delivery", ["verbatim"], ["correct"], "7.5", "report", ["7.5"]),
 # item 7: motion
 Q("C52", "7", "would not feel safe raising a concern about the conduct of a councillor", ["verbatim"], ["correct"], "2.5", "report", ["2.5"]),
 Q("C53", "7", "made in the Leader's office and rubber-stamped later", ["out_of_context"], ["correct"], "2.4", "report", ["2.4"], kind="attribution_dropped", context_dropped="One officer told us that decisions were", note="one officer's words presented as the inspectors' conclusion; the denial that follows is dropped too"),
 Q("C54", "7", "has not scrutinised the council's commercial property investments at any point since 2019", ["verbatim"], ["correct"], "3.4", "report", ["3.4"]),
 Q("C55", "7", "the council's culture is not one in which Best Value can be secured", ["verbatim"], ["wrong"], "2.12", "report", ["2.11"], kind="wrong_paragraph"),
 Q("C56", "7", "a culture of fear and favouritism at the top of the council", ["not_found"], ["wrong"], None, None, ["2"], kind="invented", note="no such words in Chapter 2 or anywhere in the report", strict=False),
 # item 8: amendment (repeats the motion's quotations, struck through or kept)
 Q("C57", "8", "would not feel safe raising a concern about the conduct of a councillor", ["verbatim"], ["correct"], "2.5", "report", ["2.5"], kind="repeated_from_motion"),
 Q("C58", "8", "made in the Leader's office and rubber-stamped later", ["out_of_context"], ["correct"], "2.4", "report", ["2.4"], kind="repeated_from_motion_deleted", context_dropped="One officer told us that decisions were", note="the motion's words, shown as deleted in the amendment"),
 Q("C59", "8", "do not suggest that every decision was taken in this way", ["verbatim"], ["correct"], "2.4", "report", ["2.4"], kind="control_denial_kept"),
 Q("C60", "8", "has not scrutinised the council's commercial property investments at any point since 2019", ["verbatim"], ["correct"], "3.4", "report", ["3.4"], kind="repeated_from_motion"),
 Q("C61", "8", "the council's culture is not one in which Best Value can be secured", ["verbatim"], ["wrong"], "2.12", "report", ["2.11"], kind="repeated_from_motion_deleted"),
 Q("C62", "8", "There are capable officers at every level", ["verbatim"], ["correct"], "executive summary", "report", ["executive summary"]),
 Q("C63", "8", "a culture of fear and favouritism at the top of the council", ["not_found"], ["wrong"], None, None, ["2"], kind="repeated_from_motion_deleted", strict=False),
 Q("C64", "8", "national economic conditions that no council could have foreseen", ["out_of_context"], ["correct"], "4.11", "report", ["4.11"], kind="attribution_dropped", context_dropped="The Leader told us that the commercial strategy remained sound and that the income shortfall reflected", note="the Leader's explanation presented as the inspectors' finding"),
 Q("C65", "8", "accept that the retail market has been difficult", ["verbatim"], ["correct"], "4.11", "report", ["4.11"]),
 Q("C66", "8", "Total borrowing has doubled", ["misquote"], ["missing"], "4.3", "report", kind="changed_word", source_text="Total borrowing has trebled"),
 Q("C67", "8", "cooperate fully with my officials", ["verbatim"], ["correct"], "7", "letter", cited_document="letter", note="cited by the alias 'Letter from SoS to CEX 04/02/25'"),
 # item 9: pay policy
 NC("C68", "9", "A relevant authority must prepare a pay policy statement for the financial year 2012-13 and each subsequent financial year.", "section 38(1) of the Localism Act 2011"),
 NC("C69", "9", "set out their policy on the pay multiple", "Government guidance on openness and accountability in local pay"),
 Q("C70", "9", "reliance on agency and interim staff, which cost £3.7 million in 2023/24", ["verbatim"], ["correct"], "2.6", "report", ["2.6"]),
]

PACK = {"name": "pack-council", "title": "Oxley District Council, Council, 26 February 2025",
        "publisher": "modern.gov", "agenda": AGENDA, "front": front, "papers": PAPERS,
        "stamp": stamp, "quotes": QUOTES,
        "furniture": ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+\\s*$"]}

DEC_MINUTES = [
 ("c", "OXLEY DISTRICT COUNCIL"),
 ("b", "MINUTES of the MEETING of the COUNCIL held in the Council Chamber, Council Offices, Market Square, Oxley on Wednesday, 11 December 2024 at 7.00 pm"),
 ("p", "PRESENT: Councillor J. Ashworth (Chair of the Council) in the Chair; Councillors M. Bellingham, T. Brackley, S. Calloway, R. Dunmore, A. Eversley, P. Fenwick, L. Gathercole, D. Hartwell, K. Holloway, N. Ibbotson, G. Kettering, F. Lintott, H. Marwood, S. Okafor-Bligh, V. Ollerton, C. Pendry, R. Prakash, E. Quarmby, W. Radcliffe, B. Scaife, Y. Tennant, O. Trent-Lowe, I. Underhill, J. Varley and M. Yardley."),
 ("b", "38.\tAPOLOGIES FOR ABSENCE"),
 ("p", "An apology for absence was received from Councillor A. Whitlock."),
 ("b", "39.\tDECLARATIONS OF INTEREST"),
 ("p", "Councillor C. Pendry declared a registrable interest in Item 42 as a member of the Oxley Cycling Forum, and took no part in the debate or vote on that item."),
 ("b", "40.\tMINUTES"),
 ("p", "RESOLVED: That the minutes of the meeting held on 16 October 2024 be confirmed as a correct record and signed by the Chair."),
 ("b", "41.\tCOUNCIL TAX BASE 2025/26"),
 ("p", "The Cabinet Member for Finance presented the report, which set the council tax base for 2025/26 at 38,412.6 Band D equivalent properties, an increase of 1.1% on the previous year. In answer to a question, the Interim Director of Finance confirmed that the collection rate assumed was 98.2%."),
 ("p", "RESOLVED: That the council tax base for 2025/26 be set at 38,412.6 Band D equivalent properties."),
 ("b", "42.\tLOCAL PLAN REVIEW – REVISED LOCAL DEVELOPMENT SCHEME"),
 ("p", "The Cabinet Member for Planning presented a revised Local Development Scheme, under which the draft Local Plan would be published for consultation in autumn 2025 and submitted for examination in 2026. She reminded members that the National Planning Policy Framework required that plans should “be prepared positively, in a way that is aspirational but deliverable”, and said that the revised timetable was realistic."),
 ("p", "Councillor O. Trent-Lowe said that the Local Plan was already years late and asked what would be done differently this time. The Cabinet Member said that two additional planning policy officers had been recruited."),
 ("p", "RESOLVED: That the revised Local Development Scheme be approved, to take effect from 1 January 2025."),
 ("b", "43.\tMOTION ON NOTICE – HIGHWAY DEFECTS"),
 ("p", "Councillor E. Quarmby moved, and Councillor W. Radcliffe seconded, a motion calling on the county council, as highway authority, to publish ward-level data on the repair of highway defects. After debate the motion was put to the vote and carried."),
 ("p", "RESOLVED: That the Leader write to the Leader of the county council requesting the publication of ward-level data on highway defect repairs."),
 ("b", "44.\tBEST VALUE INSPECTION – VERBAL UPDATE"),
 ("p", "The Interim Chief Executive reported that the inspectors expected to submit their report to the Secretary of State later that week. She had no further information about its content or the date of publication. The Leader said that the administration would respond to the report in full when it was published."),
 ("p", "The meeting closed at 9.14 pm."),
 ("p", ""), ("p", "Chair ………………………………………"),
]

BUDGET = [
 ("c", "OXLEY DISTRICT COUNCIL"),
 ("b", "Report to:\tCouncil"),
 ("b", "Date:\t26 February 2025"),
 ("b", "Report of:\tInterim Director of Finance (Section 151 Officer)"),
 ("b", "Subject:\tBudget 2025/26 and Council Tax: Statement on the Robustness of Estimates and Adequacy of Reserves"),
 ("h2", "1. Purpose"),
 ("p", "1.1 Section 25 of the Local Government Act 2003 requires the chief finance officer to report to the authority, when it is making its budget calculations, on “the robustness of the estimates made for the purposes of the calculations” and “the adequacy of the proposed financial reserves”. This report discharges that duty for 2025/26. The budget itself and the council tax resolution are set out in the separate report circulated with the supplementary agenda."),
 ("h2", "2. Recommendation"),
 ("p", "2.1 That Council has regard to this statement when approving the budget and setting the council tax for 2025/26."),
 ("h2", "3. Context"),
 ("p", "3.1 The Best Value inspectors were clear that “The council's record of delivering savings is poor.” (paragraph 4.7). As the Section 151 Officer in post at the time told the inspectors, savings targets had been “set to balance the budget rather than to be achieved” (paragraph 4.7). I have therefore reviewed every savings proposal in the 2025/26 budget, and removed those for which there is no delivery plan."),
 ("p", "3.2 The report also notes that the council's reserves strategy “sets a minimum of £5 million” for the general fund reserve (paragraph 4.2), a level the council has not met since 2023. The proposed budget does not draw on the general fund reserve, and includes a contribution of £0.6 million towards rebuilding it."),
 ("h2", "4. Robustness of the estimates"),
 ("p", "4.1 The budget requirement for 2025/26 is £19.2 million. It includes savings of £3.1 million, of which £2.2 million are rated green (a delivery plan in place), £0.7 million amber and £0.2 million red. The red-rated savings are matched by a contingency of the same amount."),
 ("p", "4.2 The principal risks to the estimates are the cost of temporary accommodation, where demand continues to rise; income from the commercial property portfolio, which has fallen in each of the last four years; and the cost of the proposed intervention, which has been provided for at £400,000."),
 ("p", "4.3 Subject to these risks, and to the delivery of the amber-rated savings, I consider the estimates to be robust."),
 ("h2", "5. Adequacy of reserves"),
 ("p", "5.1 The general fund reserve is forecast to stand at £2.9 million at 31 March 2025, rising to £3.5 million at 31 March 2026 if the proposed contribution is made. This remains below the minimum set in the reserves strategy. I do not consider the level of reserves to be adequate, but I am satisfied that the budget proposed, if delivered, begins to address this."),
 ("table", [["Reserve", "31 March 2025 (forecast, £m)", "31 March 2026 (forecast, £m)"],
            ["General fund reserve", "2.9", "3.5"], ["Earmarked reserves", "4.8", "4.1"],
            ["Total usable revenue reserves", "7.7", "7.6"]], [7.0, 4.2, 4.2]),
 ("p", "5.2 Members should note that, should the budget not be delivered, I would be required to consider my duties under section 114 of the Local Government Finance Act 1988. I do not expect to have to do so."),
 ("h2", "6. Council tax"),
 ("p", "6.1 The proposed increase in the council's Band D council tax is 2.99%, which is within the threshold above which a referendum would be required. The Band D charge for the council's services would be £198.43."),
]

AGENDA.append(("10", "Budget 2025/26 and Council Tax: Statement of the Section 151 Officer"))
AGENDA_TEXT["10"] = "Report of the Interim Director of Finance (Section 151 Officer)."
AGENDA_TEXT["3"] = "To confirm as correct records the minutes of the meeting of the Council held on 11 December 2024 and of the extraordinary meeting held on 12 February 2025."
PAPERS.insert(0, ("3", "c-decminutes", DEC_MINUTES, None))
PAPERS.append(("10", "c-budget", BUDGET, None))
QUOTES += [
 NC("C71", "3", "be prepared positively, in a way that is aspirational but deliverable", "the National Planning Policy Framework"),
 NC("C72", "10", "the robustness of the estimates made for the purposes of the calculations", "section 25 of the Local Government Act 2003"),
 NC("C73", "10", "the adequacy of the proposed financial reserves", "section 25 of the Local Government Act 2003"),
 Q("C74", "10", "The council's record of delivering savings is poor.", ["verbatim"], ["correct"], "4.7", "report", ["4.7"]),
 Q("C75", "10", "set to balance the budget rather than to be achieved", ["verbatim"], ["correct"], "4.7", "report", ["4.7"], kind="control_attribution_kept", note="control: the Section 151 Officer's words, attributed to that officer as the report does"),
 Q("C76", "10", "sets a minimum of £5 million", ["misquote"], ["correct"], "4.2", "report", ["4.2"], kind="changed_figure", source_text="sets a minimum of £4 million"),
]
