"""Audit and Governance Committee, 18 March 2025: a CMIS agenda pack."""
from labelkit import Q, NC

AGENDA = [
 ("1", "Apologies for Absence"),
 ("2", "Declarations of Interest"),
 ("3", "Minutes of the Meeting held on 21 January 2025"),
 ("4", "Public Participation"),
 ("5", "External Audit: Annual Auditor's Report 2023/24"),
 ("6", "Best Value Inspection: Governance Improvement Plan"),
 ("7", "Annual Governance Statement 2024/25: Significant Governance Issues"),
 ("8", "Internal Audit Plan 2025/26"),
 ("9", "Work Programme 2025/26"),
]


def front(ranges, offset):
    b = [("p", ""), ("p", ""), ("c", "Oxley District Council"), ("p", ""), ("h1", "Agenda"), ("p", ""),
         ("b", "Audit and Governance Committee"), ("p", ""),
         ("p", "Date:\tTuesday 18 March 2025"), ("p", "Time:\t6.30 pm"),
         ("p", "Place:\tCommittee Room 2, Council Offices, Market Square, Oxley"), ("p", ""),
         ("p", "Membership: Councillor K. Holloway (Chair), Councillor N. Ibbotson (Vice-Chair), Councillors T. Brackley, R. Dunmore, L. Gathercole, E. Quarmby and J. Varley; Independent Member (non-voting)."),
         ("p", "Enquiries to: Committee Services, Oxley District Council, 01632 960418, committee.services@oxley.example.gov.uk"),
         ("small", "This agenda and the reports are available on the council's website. If you need them in another format, please contact Committee Services."),
         ("pb",), ("h1", "Agenda"), ("p", "")]
    for n, t in AGENDA:
        pr = ""
        if n in ranges:
            pr = f"\t(Pages {ranges[n][0]} - {ranges[n][1]})" if ranges[n][1] > ranges[n][0] else f"\t(Page {ranges[n][0]})"
        b.append(("b", f"Item {n}\t{t}{pr}"))
    b.append(("p", ""))
    b.append(("small", "Exclusion of the press and public: there are no exempt items on this agenda."))
    b += [("pb",), ("h2", "Information for members of the public"),
          ("p", "Members of the public are welcome to attend meetings of the Audit and Governance Committee. Seating in Committee Room 2 is limited to twenty places and is available on a first come, first served basis."),
          ("p", "Public participation: any person who lives or works in the district may ask a question or make a statement on an item on this agenda. Questions and statements must be received by Committee Services by 12 noon three clear working days before the meeting, and may not exceed 300 words."),
          ("p", "Recording: the council supports the principle of openness. Members of the public may film, photograph or record the meeting, provided they do not disrupt it. The Chair may ask for recording to stop if it becomes disruptive."),
          ("p", "Fire evacuation: if the fire alarm sounds, please leave the building by the nearest exit and assemble in the Market Square car park. Do not use the lifts."),
          ("p", "Accessibility: Committee Room 2 is accessible to wheelchair users and has an induction loop. Please tell Committee Services in advance if you have any access requirements."),
          ("p", "Substitutes: members of the Committee may appoint a substitute from their political group in accordance with Council Procedure Rule 23. The Independent Member may not appoint a substitute.")]
    return b


def head(item, title, author):
    return [("b", "Oxley District Council"), ("b", "Audit and Governance Committee – 18 March 2025"),
            ("h1", f"Item {item} – {title}"), ("p", f"Report of: {author}"),
            ("p", "Status: For decision\tWards: All")]


MINUTES = [
 ("b", "Oxley District Council"),
 ("h1", "Item 3 – Minutes of the Audit and Governance Committee, 21 January 2025"),
 ("p", "Present: Councillor K. Holloway (Chair); Councillors N. Ibbotson, T. Brackley, R. Dunmore, L. Gathercole and J. Varley; Independent Member."),
 ("p", "In attendance: Interim Director of Finance (Section 151 Officer); Head of Internal Audit; Interim Monitoring Officer; the external auditor's Engagement Lead."),
 ("b", "31. Apologies"),
 ("p", "An apology was received from Councillor E. Quarmby."),
 ("b", "32. Declarations of interest"),
 ("p", "None."),
 ("b", "33. Statement of Accounts 2022/23 – progress"),
 ("p", "The Interim Director of Finance reported that the draft 2022/23 statement of accounts had been published in November 2024, seventeen months after the statutory deadline. The Accounts and Audit Regulations 2015 required the council to publish its accounts with “any certificate or opinion entered by the local auditor”, and it could not yet do so. The external auditor's Engagement Lead said that, under the backstop arrangements, an opinion would have to be issued by 28 February 2025 and was likely to be disclaimed."),
 ("p", "The Independent Member asked what assurance the committee could take about the 2023/24 accounts. The Interim Director of Finance said that a recovery plan had been agreed with the auditor and that two additional qualified accountants had been recruited on fixed-term contracts."),
 ("p", "RESOLVED: That the progress report be noted, and that a further update be brought to the next meeting."),
 ("b", "34. Internal Audit progress report"),
 ("p", "The Head of Internal Audit presented the progress report. Eleven audits had been completed since the last meeting, of which three had received a “limited assurance” opinion: creditor payments, contract waivers and the management of the Oxley Works contract. The Chair said that the findings on contract waivers were of particular concern and asked for the relevant managers to attend the next meeting."),
 ("p", "Members asked about the number of overdue audit recommendations. The Head of Internal Audit reported that 27 high-priority recommendations were overdue, the oldest dating from 2021."),
 ("p", "RESOLVED: That the report be noted and that the Heads of Service responsible for overdue high-priority recommendations be invited to attend the next meeting."),
 ("b", "35. Risk management"),
 ("p", "The committee considered the corporate risk register. Members noted that the risk relating to the Best Value inspection had been rated red. The Interim Chief Executive had written to members to say that the inspectors' report was expected to be published in early February."),
 ("p", "RESOLVED: That the corporate risk register be noted."),
 ("p", "The meeting ended at 8.20 pm."),
]

EXTAUDIT = head("5", "External Audit: Annual Auditor's Report 2023/24", "Interim Director of Finance (Section 151 Officer)") + [
 ("h2", "1. Purpose"),
 ("p", "1.1 To present the external auditor's Annual Auditor's Report for 2023/24, which sets out the auditor's commentary on the council's arrangements for securing economy, efficiency and effectiveness in its use of resources."),
 ("h2", "2. Recommendation"),
 ("p", "2.1 That the Committee notes the Annual Auditor's Report and the management responses to its recommendations."),
 ("h2", "3. The auditor's findings"),
 ("p", "3.1 The auditor reports significant weaknesses in all three areas of the value for money framework: financial sustainability, governance, and improving economy, efficiency and effectiveness. The report states that “The Council does not have adequate arrangements to ensure that it can continue to deliver its services within the resources available to it.”"),
 ("p", "3.2 The auditor's findings are consistent with those of the Best Value inspectors, who noted that the 2022/23 accounts had not been audited and that “the external auditor has indicated that a disclaimed opinion is likely” (paragraph 4.9). The disclaimed opinion was issued on 27 February 2025."),
 ("p", "3.3 The inspectors also recorded that, in response to the statutory recommendation made under section 24 of the Local Audit and Accountability Act 2014, “at the time of [the inspectors'] fieldwork only two of its nine actions had been completed” (paragraph 3.7). Seven of the nine actions have now been completed; the remaining two relate to the disposal strategy for the commercial property portfolio and will be taken forward through the Improvement and Recovery Plan."),
 ("h2", "4. Management responses"),
 ("p", "4.1 The auditor makes six key recommendations. Management responses are set out in the auditor's report. The key recommendations are:"),
 ("table", [["No.", "Key recommendation (auditor)", "Management response"],
            ["KR1", "Agree a balanced medium term financial plan without reliance on reserves.", "Agreed. 2025/26 budget does not use the general fund reserve."],
            ["KR2", "Rebuild the general fund reserve to the minimum in the reserves strategy.", "Agreed. £0.6m contribution in 2025/26."],
            ["KR3", "Complete the actions in response to the section 24 recommendation.", "Agreed. Two actions remain open."],
            ["KR4", "Establish effective shareholder oversight of Oxley Works Limited.", "Agreed. Shareholder committee from July 2025."],
            ["KR5", "Publish a complete contracts register.", "Agreed. Target June 2025."],
            ["KR6", "Ensure timely publication of the statement of accounts.", "Agreed. Recovery plan agreed with auditor."]],
  [1.4, 7.6, 7.0]),
 ("h2", "5. Implications"),
 ("p", "5.1 The audit fee for 2023/24 is £186,000, an increase of £31,000 on the scale fee, reflecting the additional work required on value for money. There are no other direct financial implications."),
]

BVI = head("6", "Best Value Inspection: Governance Improvement Plan", "Interim Monitoring Officer") + [
 ("h2", "1. Purpose"),
 ("p", "1.1 To present the Governance Improvement Plan prepared in response to the Best Value inspection of the council, published on 4 February 2025, and to invite the Committee's comments before the plan is incorporated into the Improvement and Recovery Plan to be considered by Council in May."),
 ("h2", "2. Recommendations"),
 ("p", "2.1 That the Committee (a) comments on the Governance Improvement Plan at Appendix 1; (b) agrees to receive a progress report at each meeting; and (c) asks the Interim Monitoring Officer to report on the resources the Committee needs to follow up its own recommendations."),
 ("pb",),
 ("h2", "3. Background"),
 ("p", "3.1 The inspectors' conclusion on governance is unequivocal:"),
 ("quote", "“We conclude that the council's governance arrangements are not adequate.” (paragraph 3.12)"),
 ("p", "3.2 The inspectors found that “Of the 34 key decisions taken in 2023/24, 12 were not published 28 clear days in advance” (paragraph 3.2), and that in seven of those cases the urgency provisions were used without a recorded reason. They also found that “in four of those eleven cases the decision record did not identify the options considered or the advice received” (paragraph 3.3), referring to decisions taken by individual Cabinet members."),
 ("p", "3.3 The inspectors were careful to say that individual decision-making by Cabinet members is not in itself improper, since the constitution permits it. The concern is with the quality of the record, not with the practice."),
 ("p", "3.4 On the Committee's own role, the inspectors found that it “has been more effective” than scrutiny, but that it “has not been given the resources to follow up its own recommendations” (paragraph 3.6)."),
 ("p", "3.5 The Secretary of State's letter of 4 February 2025 proposes that Commissioners exercise the council's functions relating to “the appointment and dismissal of statutory officers and the disposal of assets”. If the Directions are made in that form, appointments to the three statutory officer posts will require the Commissioners' approval."),
 ("h2", "4. The statutory officers"),
 ("p", "4.1 The Monitoring Officer post has been particularly unstable. As one former Monitoring Officer told the inspectors, they had been “worn down” by the volume of complaints and by pressure from members. The inspectors described the instability as “a significant weakness in the council's governance” (paragraph 3.8)."),
 ("p", "4.2 Section 5 of the Local Government and Housing Act 1989 requires the Monitoring Officer to report to the council where it appears that any proposal, decision or omission “has given rise to or is likely to or would give rise to a contravention of any enactment or rule of law”. The Interim Monitoring Officer has not needed to make such a report, but the council's constitution does not yet describe clearly how one would be handled, and the plan addresses this."),
 ("p", "4.3 Article 12 of the council's constitution states that the Monitoring Officer “will maintain an up-to-date version of the Constitution and will ensure that it is widely available”. The inspectors found that the constitution is “long, out of date in places, and inconsistently applied” (para 3.1). A full review has been commissioned from an external provider, in line with Recommendation 2."),
 ("h2", "5. Whistleblowing"),
 ("p", "5.1 The inspectors found that of eight whistleblowing disclosures made in 2022 and 2023, “five were not logged in the central register and three were investigated by officers who reported to the manager concerned” (paragraph 3.9). A revised Whistleblowing Policy will be brought to the Committee in June, and all disclosures are now logged by the Monitoring Officer."),
 ("h2", "6. Implications"),
 ("p", "6.1 The cost of the external review of the constitution is £38,000 and will be met from the improvement budget. The plan requires one additional post in Democratic Services (the dedicated scrutiny officer recommended by the inspectors), at a cost of £52,000 a year including on-costs."),
 ("p", "6.2 Appendix 1: Governance Improvement Plan."),
]

BVI_APPX = [
 ("b", "Appendix 1 – Governance Improvement Plan (March 2025)"),
 ("p", "The plan sets out the inspectors' findings on governance in their own words where possible, with the action proposed, the lead officer and the target date."),
 ("table", [["Ref", "Inspectors' finding", "Action", "Lead", "Target"],
   ["G1", "“the scheme of delegation had been amended eleven times since 2021 without a report to Full Council” (para 3.1)", "External review of the constitution and scheme of delegation; all changes to be reported to Council.", "Interim Monitoring Officer", "Sept 2025"],
   ["G2", "“four people have held the post of Monitoring Officer” (para 3.8)", "Recruit a permanent Monitoring Officer and deputy.", "Head of HR", "Dec 2025"],
   ["G3", "“the Overview and Scrutiny Committee met four times in 2023/24” (para 3.4)", "Fixed annual calendar; meetings may be cancelled only by the Chair with the Monitoring Officer's agreement.", "Democratic Services Manager", "May 2025"],
   ["G4", "“The shareholder committee envisaged in the company's articles has never been established” (para 3.10)", "Establish a shareholder committee for Oxley Works Limited.", "Interim Chief Executive", "July 2025"],
   ["G5", "“five were not logged in the central register” (para 3.9)", "Central whistleblowing register held by the Monitoring Officer.", "Interim Monitoring Officer", "Complete"],
   ["G6", "“Only three of the 17 were reported to the Audit and Governance Committee as the rules require” (para 5.2)", "All waivers reported to this Committee quarterly.", "Head of Procurement", "April 2025"],
   ["G7", "“no complete and current contracts register” (para 5.6)", "Publish a complete contracts register.", "Head of Procurement", "June 2025"],
   ["G8", "“the Chair did not intervene” (para 2.9)", "Training for all members on conduct in meetings; revised Council Procedure Rules.", "Interim Monitoring Officer", "June 2025"]],
  [1.0, 6.0, 5.0, 2.6, 1.8]),
]

AGS = head("7", "Annual Governance Statement 2024/25: Significant Governance Issues", "Interim Director of Finance (Section 151 Officer)") + [
 ("h2", "1. Purpose"),
 ("p", "1.1 To present the significant governance issues proposed for inclusion in the draft Annual Governance Statement (AGS) for 2024/25, which will accompany the statement of accounts."),
 ("h2", "2. Recommendation"),
 ("p", "2.1 That the Committee agrees the significant governance issues in section 4 for inclusion in the draft AGS."),
 ("h2", "3. The framework"),
 ("p", "3.1 The AGS is prepared in accordance with Delivering Good Governance in Local Government: Framework (CIPFA/SOLACE, 2016), which states that “Acting in the public interest requires a commitment to and effective arrangements for” good governance, and regulation 6 of the Accounts and Audit Regulations 2015. The Framework describes the AGS as “a valuable means of communication” with the community."),
 ("p", "3.2 The 2024/25 AGS must reflect the findings of the Best Value inspection. The inspectors' overall conclusion, that “In our view the council is failing to comply with its Best Value duty” (Executive Summary), will be stated in the AGS in full."),
 ("h2", "4. Significant governance issues"),
 ("p", "4.1 Financial sustainability. The inspectors found that the general fund reserve fell by “more than two-thirds” between 2021 and 2024 (page {p:4.2} of the report). They also found that “Total borrowing has trebled” (p. {p:4.11}). In October 2023 the then Section 151 Officer warned members that “a notice under section 114 of the Local Government Finance Act 1988 would be required” (paragraph 4.8)."),
 ("p", "4.2 The inspectors observed that “[The council] delivered 91% of planned savings in 2020/21 but only 49% in 2023/24” (paragraph 4.7), and that “the finance team does not have enough staff” (paragraph 4.9). They described the council's financial controls as “fundamentally unsound” (paragraph 4.10)."),
 ("p", "4.3 Governance and decision-making. See Item 6. The AGS will record the inspectors' finding that the council's governance arrangements “are not adequate” and the actions in the Governance Improvement Plan."),
 ("p", "4.4 Culture. The inspectors found that “Nearly half of respondents (47%) said that they would not feel safe raising a concern about the conduct of a councillor” (paragraph 2.5), and described the tone set by the political leadership as having “discouraged challenge and transparency” (paragraph 2.12)."),
 ("p", "4.5 Commercial activity. The inspectors found that the Kingsmere acquisition was made “without reference to the council's own Investment Strategy, which limited any single acquisition to £15 million” (paragraph 4.5). The AGS will also record that, according to the inspectors, a member or officer may have “acted unlawfully in relation to the Kingsmere acquisition” (paragraph 4.5), which was approved by the Leader under urgency provisions."),
 ("pb",),
 ("h2", "5. Summary table for the AGS"),
 ("table", [["Issue", "Evidence", "Planned action"],
            ["Financial sustainability", "Budget gap of £4.6m in 2025/26 (BVI para 4.6); reserve below minimum", "Balanced MTFS; reserves recovery plan"],
            ["Governance", "“We conclude that the council's governance arrangements are not adequate.” (BVI para 3.12)", "Governance Improvement Plan (Item 6)"],
            ["Procurement", "“Eleven of those waivers were approved retrospectively” (BVI para 5.3)", "Quarterly waiver reporting to this Committee"],
            ["Intervention", "Commissioners proposed “for a period of three years” (SoS letter)", "Improvement and Recovery Plan to Council, May 2025"]],
  [3.5, 7.5, 5.0]),
]

IAPLAN = head("8", "Internal Audit Plan 2025/26", "Head of Internal Audit") + [
 ("h2", "1. Purpose"),
 ("p", "1.1 To seek the Committee's approval of the risk-based Internal Audit Plan for 2025/26 and the Internal Audit Charter."),
 ("h2", "2. Recommendation"),
 ("p", "2.1 That the Committee approves the Internal Audit Plan 2025/26 and the Internal Audit Charter."),
 ("h2", "3. Standards"),
 ("p", "3.1 Regulation 5(1) of the Accounts and Audit Regulations 2015 provides that “A relevant authority must undertake an effective internal audit to evaluate the effectiveness of its risk management, control and governance processes, taking into account public sector internal auditing standards or guidance.” From 1 April 2025 internal audit in the UK public sector is carried out in conformance with the Global Internal Audit Standards, which state that “Internal auditing strengthens the organization's ability to create, protect, and sustain value”."),
 ("p", "3.2 The Application Note for the UK public sector requires the Head of Internal Audit to give an annual opinion on “the adequacy and effectiveness of the organisation's framework of governance, risk management and control”."),
 ("h2", "4. The plan"),
 ("p", "4.1 The plan provides for 540 days of audit work, an increase of 90 days on 2024/25, funded from the improvement budget. It has been prepared with regard to the corporate risk register, the external auditor's findings and the Best Value inspection report."),
 ("p", "4.2 The inspectors found that “Eleven of those waivers were approved retrospectively” (paragraph 5.2), referring to the 17 waivers approved in 2023/24, and that three whistleblowing disclosures “were investigated by officers who reported to the manager concerned”. Both areas are included in the plan. The inspectors also found that “The council has no contracts register. We identified 46 contracts above £25,000 that were not recorded on the published register” (paragraph 5.6), and a compliance audit of the register is planned for quarter two."),
 ("p", "4.3 The LGA's summary of the inspection report records the inspectors' view that “Decision-making in relation to Oxley Works Limited, the council's wholly owned company, is particularly opaque.” An audit of the company's governance and of the council's oversight of it is included in the plan, subject to the agreement of the company's board."),
 ("table", [["Area", "Days", "Quarter", "Link to risk or finding"],
            ["Contract waivers and procurement compliance", "30", "Q1", "BVI paras 5.2, 5.6"],
            ["Whistleblowing arrangements", "12", "Q1", "BVI para 3.9"],
            ["Oxley Works Limited – governance and oversight", "35", "Q2", "BVI paras 3.10, 5.3"],
            ["Temporary accommodation – payments and controls", "25", "Q2", "Corporate risk CR4"],
            ["Budget monitoring and savings delivery", "30", "Q3", "BVI paras 4.7, 4.10"],
            ["Commercial property – income and lease management", "25", "Q3", "BVI para 4.4"],
            ["Key financial systems (cyclical)", "120", "Q1–Q4", "Annual opinion"],
            ["Follow-up of recommendations", "40", "Q1–Q4", "Committee request, January 2025"],
            ["Contingency and advice", "60", "Q1–Q4", "—"]], [7.0, 1.6, 2.0, 5.4]),
 ("h2", "5. Resources and independence"),
 ("p", "5.1 The internal audit service is provided by a team of five, including the Head of Internal Audit, supplemented by a framework contract for specialist IT audit. The Head of Internal Audit reports functionally to this Committee and has unrestricted access to its Chair. No impairment to independence has arisen during the year."),
]

WORKPROG = [
 ("b", "Oxley District Council"), ("h1", "Item 9 – Work Programme 2025/26"),
 ("p", "Report of: Democratic Services Manager"),
 ("p", "The Committee is asked to note its work programme for 2025/26, which has been revised to include a standing item on the Best Value inspection and the Governance Improvement Plan at each meeting."),
 ("table", [["Meeting", "Items"],
            ["17 June 2025", "Draft Statement of Accounts 2024/25; Draft AGS; Internal Audit Annual Report; Governance Improvement Plan progress; Whistleblowing Policy"],
            ["22 July 2025", "External Audit Plan 2024/25; Treasury Management Outturn; Governance Improvement Plan progress"],
            ["30 September 2025", "Review of the constitution (Recommendation 2); Risk Management; Governance Improvement Plan progress"],
            ["25 November 2025", "Treasury Management Mid-Year Review; Contract Waivers; Governance Improvement Plan progress"],
            ["20 January 2026", "Internal Audit Progress; Counter Fraud; Governance Improvement Plan progress"],
            ["17 March 2026", "Internal Audit Plan 2026/27; Annual Report of the Committee; Governance Improvement Plan progress"]],
  [3.5, 12.5]),
]



def stamp(page_no, offset, item, first):
    return [(297.6, 16, str(page_no), "Helvetica", 10, False)]


PUBLIC = [
 ("b", "Oxley District Council"), ("h1", "Item 4 – Public Participation"),
 ("p", "Report of: Democratic Services Manager"),
 ("p", "One question and one statement have been received in accordance with the Committee's public participation scheme. They are set out below with the answer of the Chair of the Committee."),
 ("b", "Question from a resident of Abbey ward"),
 ("p", "'The Best Value report says the Audit and Governance Committee was the one part of the council that \"did its job properly\" (paragraph 3.6). If that is so, why did the committee not stop the Kingsmere purchase?'"),
 ("b", "Answer of the Chair"),
 ("p", "The report does not use those words. What it says is that the Committee \"has been more effective\" than the council's scrutiny arrangements, and that it had pressed officers on the delay to the accounts. The Kingsmere decision was an executive decision taken under urgency provisions; it was not a matter that came before this Committee for approval, and the Committee's role is to review the council's arrangements after the event."),
 ("b", "Statement from the Oxley Civic Society"),
 ("p", "The Civic Society submitted a petition in 2023, signed by 1,412 residents, which asked the council to \"publish every decision about Kingsmere, with the reasons for it\". The council never replied. We ask the Committee to ensure that the Governance Improvement Plan deals with the publication of decision records."),
 ("b", "Response of the Chair"),
 ("p", "I thank the Civic Society for its statement, which will be taken into account in the Committee's consideration of Item 6."),
]

AUDITOR_APPX = [
 ("b", "Appendix – Annual Auditor's Report 2023/24: summary of findings (extract)"),
 ("h2", "Financial sustainability"),
 ("p", "The council set a balanced budget for 2023/24 only by using £2.3 million of reserves and by agreeing in-year savings after its Section 151 Officer warned members of the possibility of a section 114 notice. Its medium term financial plan relies on savings that have not been identified. We have identified a significant weakness in the council's arrangements for financial sustainability and have made two key recommendations."),
 ("h2", "Governance"),
 ("p", "The council has not completed the actions it agreed in response to our statutory recommendation of January 2024. Its arrangements for the oversight of its wholly owned company remain inadequate, and we found that contract waivers continue to be approved retrospectively. The council has had interim holders of all three statutory officer posts for much of the year. We have identified a significant weakness in governance and have made three key recommendations."),
 ("h2", "Improving economy, efficiency and effectiveness"),
 ("p", "The council cannot demonstrate that its largest contract, with Oxley Works Limited, provides value for money, because it has not been tested against the market since 2018. Its performance management arrangements do not provide members with timely information. We have identified a significant weakness and have made one key recommendation."),
 ("h2", "Audit of the financial statements"),
 ("p", "We issued a disclaimed opinion on the council's 2022/23 financial statements on 27 February 2025, under the statutory backstop arrangements. We expect that our opinion on the 2023/24 statements will also be disclaimed, although we will seek to rebuild assurance during 2025/26 in line with the national recovery approach."),
 ("h2", "Use of additional powers"),
 ("p", "We have considered whether to make further statutory recommendations or to issue a public interest report. Given the Secretary of State's proposed intervention, we have not done so at this stage, but we will keep the position under review."),
]

RECS_APPX = [
 ("b", "Appendix 2 – The inspectors' recommendations on governance"),
 ("p", "For ease of reference, the inspectors' recommendations that bear directly on this Committee's remit are reproduced below."),
 ("p", "Recommendation 2: “The council should undertake a review of its constitution, including its scheme of delegation, Member–Officer Protocol and arrangements for urgent decisions, and report the outcome to Full Council by September 2025.”"),
 ("p", "Recommendation 5: “The council should prepare a realistic Medium Term Financial Strategy that closes the budget gap without the use of reserves, and agree a plan to restore its general fund reserve to at least the minimum level set in its reserves strategy by March 2027.”"),
 ("p", "Recommendation 7: “The council should establish a shareholder committee for Oxley Works Limited and commission an independent review of the value for money of the services the company provides, including a market test.”"),
 ("p", "Recommendation 8: “The council should commission an independent review of its organisational culture, including the conduct of members towards officers.”"),
 ("p", "The remaining recommendations (R1, R3, R4 and R6) are being taken forward by the Interim Chief Executive and the Interim Director of Finance and are reported to Cabinet."),
]

DRAFT_AGS = [
 ("b", "Appendix – Draft Annual Governance Statement 2024/25 (extract: sections 1 to 4)"),
 ("h2", "1. Scope of responsibility"),
 ("p", "Oxley District Council is responsible for ensuring that its business is conducted in accordance with the law and proper standards, and that public money is safeguarded and properly accounted for, and used economically, efficiently and effectively. The council also has a duty under the Local Government Act 1999 to make arrangements to secure continuous improvement in the way in which its functions are exercised."),
 ("p", "In discharging this overall responsibility, the council is responsible for putting in place proper arrangements for the governance of its affairs, facilitating the effective exercise of its functions, which includes arrangements for the management of risk."),
 ("h2", "2. The purpose of the governance framework"),
 ("p", "The governance framework comprises the systems and processes, culture and values by which the council is directed and controlled, and the activities through which it accounts to, engages with and leads its communities. It enables the council to monitor the achievement of its strategic objectives and to consider whether those objectives have led to the delivery of appropriate services and value for money."),
 ("p", "The system of internal control is a significant part of that framework and is designed to manage risk to a reasonable level. It cannot eliminate all risk of failure to achieve policies, aims and objectives and can therefore only provide reasonable and not absolute assurance of effectiveness."),
 ("h2", "3. The governance framework"),
 ("p", "The council's governance framework is set out in its constitution, which includes the scheme of delegation, the Council Procedure Rules, the Financial Procedure Rules, the Contract Procedure Rules, the Members' Code of Conduct and the Member–Officer Protocol. The council operates a Leader and Cabinet model of executive arrangements, with one Overview and Scrutiny Committee and an Audit and Governance Committee that includes an independent member."),
 ("p", "The statutory officers are the Head of Paid Service, the Chief Finance Officer (Section 151 Officer) and the Monitoring Officer. During 2024/25 all three posts were held on an interim basis."),
 ("h2", "4. Review of effectiveness"),
 ("p", "The council has responsibility for conducting, at least annually, a review of the effectiveness of its governance framework. The review for 2024/25 has been informed by the work of internal audit, the external auditor's Annual Auditor's Report, the findings of the Best Value inspection, and the assurance statements of the council's directors."),
 ("p", "The review has concluded that the council's governance arrangements were not effective during 2024/25. The significant governance issues identified are set out in section 5, with the actions the council is taking to address them. The Leader and the Interim Chief Executive will sign the statement when it is approved."),
]

CHARTER = [
 ("b", "Appendix B – Internal Audit Charter 2025/26"),
 ("h2", "1. Purpose and mandate"),
 ("p", "The purpose of internal audit is to provide independent, objective assurance and advice to the council's management and to the Audit and Governance Committee on the council's arrangements for governance, risk management and control. The mandate for internal audit derives from the Accounts and Audit Regulations 2015, the council's Financial Procedure Rules and this Charter."),
 ("h2", "2. Reporting lines"),
 ("p", "The Head of Internal Audit reports administratively to the Director of Finance and functionally to the Audit and Governance Committee. The Head of Internal Audit has the right of direct access to the Chief Executive, the Monitoring Officer, the Chair of the Audit and Governance Committee and the external auditor."),
 ("h2", "3. Independence and objectivity"),
 ("p", "Internal auditors will have no operational responsibility for the activities they audit. Where the Head of Internal Audit has, or is expected to have, roles beyond internal audit, safeguards will be agreed with the Committee. Any impairment to independence will be reported to the Committee."),
 ("h2", "4. Scope"),
 ("p", "The scope of internal audit covers all of the council's activities, including those delivered through partnerships and the council's wholly owned company, subject to the company's agreement. Internal audit has unrestricted access to all records, property and personnel relevant to its work."),
 ("h2", "5. Responsibilities of management"),
 ("p", "Management is responsible for maintaining effective controls and for implementing agreed audit actions by the dates agreed. Overdue high-priority actions will be reported to the Committee at each meeting, and the responsible managers may be required to attend."),
 ("h2", "6. Quality assurance"),
 ("p", "The Head of Internal Audit maintains a quality assurance and improvement programme. An external quality assessment will be carried out at least once every five years; the last was completed in 2021 and concluded that the service generally conformed to the standards then in force."),
]


QUOTES = [
 NC("A1", "3", "any certificate or opinion entered by the local auditor", "the Accounts and Audit Regulations 2015"),
 NC("A2", "3", "limited assurance", "internal audit opinions"),
 NC("A3", "5", "The Council does not have adequate arrangements to ensure that it can continue to deliver its services within the resources available to it.", "the external auditor's Annual Auditor's Report"),
 Q("A4", "5", "the external auditor has indicated that a disclaimed opinion is likely", ["verbatim"], ["correct"], "4.9", "report", ["4.9"]),
 Q("A5", "5", "at the time of [the inspectors'] fieldwork only two of its nine actions had been completed", ["minor"], ["correct"], "3.7", "report", ["3.7"], kind="bracketed_insertion", source_text="at the time of our fieldwork only two of its nine actions had been completed"),
 Q("A6", "6", "We conclude that the council's governance arrangements are not adequate.", ["verbatim"], ["correct"], "3.12", "report", ["3.12"], kind="block_quotation"),
 Q("A7", "6", "Of the 34 key decisions taken in 2023/24, 12 were not published 28 clear days in advance", ["verbatim"], ["correct"], "3.2", "report", ["3.2"]),
 Q("A8", "6", "in four of those eleven cases the decision record did not identify the options considered or the advice received", ["verbatim"], ["correct"], "3.3", "report", ["3.3"], kind="control_denial_kept", note="the next paragraph restores the inspectors' denial in the writer's own words"),
 Q("A9", "6", "has been more effective", ["verbatim"], ["correct"], "3.6", "report", ["3.6"]),
 Q("A10", "6", "has not been given the resources to follow up its own recommendations", ["verbatim"], ["correct"], "3.6", "report", ["3.6"]),
 Q("A11", "6", "the appointment and dismissal of statutory officers and the disposal of assets", ["verbatim"], ["correct"], "4", "letter", cited_document="letter"),
 Q("A12", "6", "worn down", ["verbatim"], ["missing"], "3.8", "report", kind="control_attribution_kept", note="control: 'as one former Monitoring Officer told the inspectors' keeps the attribution"),
 Q("A13", "6", "a significant weakness in the council's governance", ["verbatim"], ["correct"], "3.8", "report", ["3.8"]),
 NC("A14", "6", "has given rise to or is likely to or would give rise to a contravention of any enactment or rule of law", "section 5 of the Local Government and Housing Act 1989"),
 NC("A15", "6", "will maintain an up-to-date version of the Constitution and will ensure that it is widely available", "the council's constitution (Article 12)"),
 Q("A16", "6", "long, out of date in places, and inconsistently applied", ["verbatim"], ["correct"], "3.1", "report", ["3.1"]),
 Q("A17", "6", "five were not logged in the central register and three were investigated by officers who reported to the manager concerned", ["verbatim"], ["correct"], "3.9", "report", ["3.9"]),
 # appendix table cells
 Q("A18", "6", "the scheme of delegation had been amended eleven times since 2021 without a report to Full Council", ["verbatim"], ["correct"], "3.1", "report", ["3.1"], kind="table_cell"),
 Q("A19", "6", "four people have held the post of Monitoring Officer", ["verbatim"], ["wrong"], "2.2", "report", ["3.8"], kind="table_cell_wrong_paragraph", strict=False, note="the words are 2.2's; 3.8 says 'Four people have held the post since 2021', the same fact in other words"),
 Q("A20", "6", "the Overview and Scrutiny Committee met four times in 2023/24", ["misquote"], ["correct"], "3.4", "report", ["3.4"], kind="table_cell_changed_figure", source_text="The Overview and Scrutiny Committee met five times in 2023/24"),
 Q("A21", "6", "The shareholder committee envisaged in the company's articles has never been established", ["verbatim"], ["correct"], "3.10", "report", ["3.10"], kind="table_cell"),
 Q("A22", "6", "five were not logged in the central register", ["verbatim"], ["correct"], "3.9", "report", ["3.9"], kind="table_cell", note="a shorter cut of A17, in the appendix table"),
 Q("A23", "6", "Only three of the 17 were reported to the Audit and Governance Committee as the rules require", ["verbatim"], ["correct"], "5.2", "report", ["5.2"], kind="table_cell"),
 Q("A24", "6", "no complete and current contracts register", ["paraphrase"], ["correct"], "5.6", "report", ["5.6"], kind="table_cell_reworded", source_text="The council has no contracts register that is complete and up to date."),
 Q("A25", "6", "the Chair did not intervene", ["verbatim"], ["correct"], "2.9", "report", ["2.9"], kind="table_cell"),
 # item 4
 Q("A50", "4", "did its job properly", ["not_found"], ["wrong"], None, None, ["3.6"], kind="invented", note="3.6 says the committee 'has been more effective'; the Chair's answer says so"),
 Q("A51", "4", "has been more effective", ["verbatim"], ["missing"], "3.6", "report", note="the Chair's correction; 'The report' named but no place"),
 NC("A52", "4", "publish every decision about Kingsmere, with the reasons for it", "a residents' petition of 2023"),
 # item 6 appendix 2: recommendations reproduced
 Q("A53", "6", "The council should undertake a review of its constitution, including its scheme of delegation, Member–Officer Protocol and arrangements for urgent decisions, and report the outcome to Full Council by September 2025.", ["verbatim"], ["correct"], "R2", "report", ["R2"]),
 Q("A54", "6", "The council should prepare a realistic Medium Term Financial Strategy that closes the budget gap without the use of reserves, and agree a plan to restore its general fund reserve to at least the minimum level set in its reserves strategy by March 2027.", ["verbatim"], ["correct"], "R5", "report", ["R5"]),
 Q("A55", "6", "The council should establish a shareholder committee for Oxley Works Limited and commission an independent review of the value for money of the services the company provides, including a market test.", ["out_of_context", "verbatim"], ["correct"], "R7", "report", ["R7"], kind="condition_cut", context_dropped="before any further extension of its contract", strict=False, note="R7's words, but its condition ('before any further extension of its contract') is cut and a full stop put in its place"),
 Q("A56", "6", "The council should commission an independent review of its organisational culture, including the conduct of members towards officers.", ["verbatim", "minor"], ["correct"], "R8", "report", ["R8"], kind="truncated", strict=False, note="the first half of R8, cut at a comma and closed with a full stop; the training half is left out but what is quoted is unchanged"),
 # item 7 AGS
 NC("A26", "7", "Acting in the public interest requires a commitment to and effective arrangements for", "the CIPFA/SOLACE Delivering Good Governance Framework"),
 NC("A27", "7", "a valuable means of communication", "the CIPFA/SOLACE Delivering Good Governance Framework"),
 Q("A28", "7", "In our view the council is failing to comply with its Best Value duty", ["verbatim"], ["correct"], "executive summary", "report", ["executive summary"]),
 Q("A29", "7", "more than two-thirds", ["verbatim"], ["correct"], "4.2", "report", cited_pages=["{p:4.2}"], note="cited by the report's page"),
 Q("A30", "7", "Total borrowing has trebled", ["verbatim"], ["wrong"], "4.3", "report", cited_pages=["{p:4.11}"], kind="wrong_page", note="cited to a page two pages after the one 4.3 is on"),
 Q("A31", "7", "a notice under section 114 of the Local Government Finance Act 1988 would be required", ["out_of_context"], ["correct"], "4.8", "report", ["4.8"], kind="condition_dropped", context_dropped="unless the council agreed in-year savings of £1.2 million", note="the warning was conditional, and the savings were agreed and no notice issued"),
 Q("A32", "7", "[The council] delivered 91% of planned savings in 2020/21 but only 49% in 2023/24", ["minor"], ["correct"], "4.7", "report", ["4.7"], kind="bracketed_insertion", source_text="It delivered 91% of planned savings in 2020/21 but only 49% in 2023/24."),
 Q("A33", "7", "the finance team does not have enough staff", ["paraphrase"], ["correct"], "4.9", "report", ["4.9"], kind="reworded", source_text="The finance team is under-resourced."),
 Q("A34", "7", "fundamentally unsound", ["not_found"], ["wrong"], None, None, ["4.10"], kind="invented", note="4.10 criticises late monitoring reports; no source calls the controls 'fundamentally unsound'"),
 Q("A35", "7", "are not adequate", ["verbatim"], ["missing"], "3.12", "report", strict=False, note="'See Item 6' is not a citation of the report"),
 Q("A36", "7", "Nearly half of respondents (47%) said that they would not feel safe raising a concern about the conduct of a councillor", ["verbatim"], ["correct"], "2.5", "report", ["2.5"]),
 Q("A37", "7", "discouraged challenge and transparency", ["verbatim"], ["correct"], "2.12", "report", ["2.12"]),
 Q("A38", "7", "without reference to the council's own Investment Strategy, which limited any single acquisition to £15 million", ["verbatim"], ["correct"], "4.5", "report", ["4.5"]),
 Q("A39", "7", "acted unlawfully in relation to the Kingsmere acquisition", ["out_of_context"], ["correct"], "4.5", "report", ["4.5"], kind="denial_dropped", context_dropped="We do not suggest that any member or officer", note="the inspectors' words come from a sentence that denies any suggestion of unlawfulness"),
 Q("A40", "7", "We conclude that the council's governance arrangements are not adequate.", ["verbatim"], ["correct"], "3.12", "report", ["3.12"], kind="table_cell_repeated", note="repeats A6 (Item 6) in Item 7's table"),
 Q("A41", "7", "Eleven of those waivers were approved retrospectively", ["verbatim"], ["wrong"], "5.2", "report", ["5.3"], kind="table_cell_wrong_paragraph"),
 Q("A42", "7", "for a period of three years", ["verbatim"], ["correct"], "4", "letter", cited_document="letter", kind="table_cell"),
 # item 8
 NC("A43", "8", "A relevant authority must undertake an effective internal audit to evaluate the effectiveness of its risk management, control and governance processes, taking into account public sector internal auditing standards or guidance.", "regulation 5(1) of the Accounts and Audit Regulations 2015"),
 NC("A44", "8", "Internal auditing strengthens the organization's ability to create, protect, and sustain value", "the Global Internal Audit Standards"),
 NC("A45", "8", "the adequacy and effectiveness of the organisation's framework of governance, risk management and control", "the Application Note for the UK public sector"),
 Q("A46", "8", "Eleven of those waivers were approved retrospectively", ["verbatim"], ["correct"], "5.2", "report", ["5.2"], kind="repeated_later_item", note="same words as A41, correctly cited here"),
 Q("A47", "8", "were investigated by officers who reported to the manager concerned", ["verbatim"], ["missing"], "3.9", "report"),
 Q("A48", "8", "The council has no contracts register. We identified 46 contracts above £25,000 that were not recorded on the published register", ["misquote"], ["correct"], "5.6", "report", ["5.6"], kind="unmarked_cut", source_text="The council has no contracts register that is complete and up to date. We identified 46 contracts above £25,000 that were not recorded on the published register", note="'that is complete and up to date' cut without an ellipsis: the council is made to have no register at all"),
 Q("A49", "8", "Decision-making in relation to Oxley Works Limited, the council's wholly owned company, is particularly opaque.", ["verbatim"], ["unverifiable"], "3.10", "report", cited_document="other", note="the report's words, cited to the LGA's summary, which is not a source"),
]

PAPERS = [("3", "a-minutes", MINUTES, "Minutes – 21 January 2025"),
          ("4", "a-public", PUBLIC, "Item 4 – Public Participation"),
          ("5", "a-extaudit", EXTAUDIT, "Item 5 – Annual Auditor's Report"),
          ("5", "a-auditorappx", AUDITOR_APPX, "Item 5 – Appendix"),
          ("6", "a-bvi", BVI, "Item 6 – Best Value Inspection"),
          ("6", "a-bviappx", BVI_APPX, "Item 6 – Appendix 1"),
          ("6", "a-bvirecs", RECS_APPX, "Item 6 – Appendix 2"),
          ("7", "a-ags", AGS, "Item 7 – Annual Governance Statement"),
          ("7", "a-draftags", DRAFT_AGS, "Item 7 – Appendix"),
          ("8", "a-iaplan", IAPLAN, "Item 8 – Internal Audit Plan 2025/26"),
          ("8", "a-charter", CHARTER, "Item 8 – Appendix B"),
          ("9", "a-workprog", WORKPROG, "Item 9 – Work Programme")]


PACK = {"name": "pack-audit", "title": "Oxley District Council, Audit and Governance Committee, 18 March 2025",
        "publisher": "CMIS", "agenda": AGENDA, "front": front, "papers": PAPERS, "stamp": stamp,
        "quotes": QUOTES, "furniture": ["^\\s*\\d+\\s*$", "^\\s*Page \\d+ of \\d+\\s*$",
                                         "^\\s*(Minutes – 21 January 2025|Item \\d+ – (Public Participation|Annual Auditor's Report|Appendix|Appendix 1|Appendix 2|Appendix B|Best Value Inspection|Annual Governance Statement|Internal Audit Plan 2025/26|Work Programme))\\s*$"]}
