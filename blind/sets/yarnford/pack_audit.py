"""Papers of the Audit and Governance Committee pack, 11 November 2026 (modern.gov)."""
from packkit import Paper

TITLE = "Yarnford City Council, Audit and Governance Committee, 11 November 2026"
MEETING = ("Audit and Governance Committee", "Wednesday, 11th November, 2026", "2.00 pm", "Committee Room 2, Civic Centre, Yarnford YF1 2QA")
AGENDA = [
    ("1", "Apologies for Absence", False, "To receive any apologies for absence and notification of substitutes."),
    ("2", "Declarations of Interest", False, "Members are reminded to declare any interests in any item on this agenda."),
    ("3", "Minutes of the Meeting held on 30 September 2026", True, "To confirm the minutes of the meeting held on 30 September 2026 as a correct record."),
    ("4", "Best Value Inspection: Governance Findings and Action Tracker", True, "Report of the Director of Law and Governance (Monitoring Officer)."),
    ("5", "Internal Audit Progress Report 2026/27", True, "Report of the Head of Internal Audit."),
    ("6", "External Audit: Auditor's Annual Report 2025/26", True, "Report of the Director of Finance (Section 151 Officer), introducing the report of the external auditor."),
    ("7", "Whistleblowing Policy Review", True, "Report of the Director of Law and Governance (Monitoring Officer)."),
    ("8", "Annual Governance Statement 2025/26: Significant Governance Issues – Update", True, "Report of the Director of Law and Governance (Monitoring Officer)."),
    ("9", "Strategic Risk Register – Quarter 2 2026/27", True, "Report of the Director of Finance (Section 151 Officer)."),
    ("10", "Work Programme 2026/27", True, "Report of the Head of Democratic Services."),
]
MEMBERS = ["Councillor Ruth Fenwick (Chair)", "Councillor Daniel Scorer (Vice-Chair)",
           "Councillors Aisha Akhtar, Brian Bell, Jean Coulthard, Sean Elliott, Amir Hussain, Neil Kirkup and Hannah Vasey",
           "Independent members: Mrs Elaine Forster CPFA and Mr David Oyelaran (subject to confirmation by Council on 21 October 2026)"]


def build(L, out):
    papers = {}

    # ------------------------------------------------------------ item 3 minutes
    L.item = "3"
    d = Paper(own_footer=False)
    d.title("YARNFORD CITY COUNCIL", 13)
    d.p("AUDIT AND GOVERNANCE COMMITTEE", bold=True)
    d.p("Minutes of the meeting held in Committee Room 2, Civic Centre, Yarnford on Wednesday, 30 September 2026 at 2.00 pm", bold=True)
    d.p("Present: Councillor Fenwick (Chair); Councillors Akhtar, Bell, Coulthard, Hussain and Scorer.")
    d.p("Also present: Mr Jonathan Reay and Ms Priya Lal (external auditor, Kirkgate Audit LLP).")
    d.p("Officers: Director of Finance (Section 151 Officer); Director of Law and Governance (Monitoring Officer); Head of Internal Audit; Democratic Services Officer.")
    d.h("21.  Apologies for Absence")
    d.p("Apologies were received from Councillors Elliott, Kirkup and Vasey.")
    d.h("22.  Declarations of Interest")
    d.p("No declarations of interest were made.")
    d.h("23.  Minutes")
    d.p("RESOLVED – That the minutes of the meeting held on 22 July 2026 be confirmed as a correct record and signed by the Chair.", bold=True)
    d.h("24.  Best Value Inspection – Initial Briefing")
    d.p(f"The Director of Law and Governance gave a verbal briefing on the Best Value inspection report published on 17 September 2026, and on the chapter on governance and scrutiny in particular. He drew members’ attention to the finding that the committee {L.q('has no independent member', 'verbatim', '3.6', cited=['3.6'], note='3.6')} (paragraph 3.6), and to recommendation R4. A report on the recruitment of two independent members would go to Council on 21 October.")
    d.p(f"Councillor Hussain said the committee had to accept its share of the criticism. The report had recorded that {L.q('on two occasions the committee was inquorate', 'verbatim', '3.6', cited=['3.7'], note='words are in 3.6; 3.7 cited')} (paragraph 3.7), and he did not think members could defend that.")
    d.p(f"The Chair said she did not accept that the report accused the committee of {L.q('acting as a rubber stamp for decisions taken elsewhere', 'not_found', kind='invented', note='the report never says rubber stamp')}, as had been suggested in the local press. The committee had lacked support, and she hoped the independent members would strengthen it.")
    d.p("Councillor Akhtar asked what training would be offered to members of the committee. The Head of Internal Audit said that a programme had been agreed with the regional audit committee network and would begin in November, starting with a session on the committee’s role in the annual governance statement.")
    d.p(f"Councillor Scorer referred to the CIPFA Position Statement on audit committees, which states that {L.q('the audit committee should include co-opted independent members in accordance with the appropriate legislation', None, concerns=False, kind='professional guidance', note='CIPFA Position Statement, not a source')}, and asked that the committee’s terms of reference be brought up to date.")
    d.p("Mr Reay, for the external auditor, said that the inspectors’ findings were consistent with the significant weaknesses reported in the auditor’s value for money commentary and with the statutory recommendations made in October 2025. He expected to issue the auditor’s annual report for 2025/26 in November.")
    d.p("RESOLVED – (1) That the briefing be noted. (2) That a report on the governance findings of the inspection, with an action tracker, be submitted to the next meeting. (3) That the committee’s terms of reference be reviewed alongside the constitutional review.", bold=True)
    d.h("25.  Internal Audit Progress Report")
    d.p(f"The Head of Internal Audit presented the progress report. Members noted that the inspectors had highlighted the implementation of audit actions, reporting that {L.q('only 38 had been implemented by the agreed date', 'verbatim', '3.8', cited=['3.8'], note='3.8')} (paragraph 3.8) out of 96 in 2024/25. The Head of Internal Audit said the position had improved since, but that a number of actions remained overdue.")
    d.p("RESOLVED – That the report be noted.", bold=True)
    d.h("26.  Treasury Management Outturn 2025/26")
    d.p("The Director of Finance presented the treasury management outturn report for 2025/26. External borrowing had reached £763 million at 31 March 2026. No prudential indicator had been breached, although the ratio of financing costs to the net revenue stream had again exceeded the council’s local indicator of 10 per cent. In answer to a question from Councillor Bell, the Director said that no further loans would be made to Yarnford Homes Ltd until the independent review had reported.")
    d.p("RESOLVED – That the treasury management outturn for 2025/26 be noted and referred to Council.", bold=True)
    d.h("27.  Work Programme")
    d.p("The committee considered its work programme. It was agreed that the whistleblowing policy review and an update on the annual governance statement be added to the agenda for the November meeting.")
    d.p("RESOLVED – That the work programme, as amended, be agreed.", bold=True)
    d.p("The meeting closed at 3.48 pm.")
    d.p("Chair", italic=True)
    papers["3"] = [d]

    # ------------------------------------------------------------ item 4 governance findings
    L.item = "4"
    d = Paper(footer_text="Audit and Governance Committee 11 November 2026 – Best Value Inspection governance findings")
    d.title("Report to Audit and Governance Committee")
    d.report_header([("Date of meeting", "11 November 2026"), ("Report of", "Director of Law and Governance (Monitoring Officer)"),
                     ("Subject", "Best Value Inspection: Governance Findings and Action Tracker"), ("Wards affected", "None"),
                     ("Key decision", "No"), ("Contact officer", "Anthony Kell, Director of Law and Governance, tel. 01964 552 101")])
    d.h("1.  Purpose")
    d.np("1.1", "To summarise for the committee the findings of the Best Value inspection report on governance, scrutiny and audit, and to present the governance action tracker (Appendix 1) which the committee will use to monitor progress.")
    d.h("2.  Recommendations")
    d.np("2.1", "That the committee (a) notes the governance findings of the inspection; (b) agrees the action tracker at Appendix 1 and receives an update at each meeting; and (c) recommends to Council that the constitutional review be overseen by a cross-party working group reporting to this committee.")
    d.h("3.  The constitution and decision-making")
    d.np("3.1", f"The inspectors found that {L.q('The constitution was last reviewed in full in 2014 and has been amended piecemeal since', 'verbatim', '3.1', cited=['3.1'], note='3.1')} (paragraph 3.1). I agree with that assessment. The constitution has 31 parts and several of them refer to posts, committees and legislation that no longer exist.")
    d.np("3.2", f"The report records that {L.q('Nine of the eleven urgent decisions concerned Yarnford Homes Ltd', 'verbatim', '3.3', cited=['3.3'], note='3.3')} (paragraph 3.3). Since 1 October 2026 every proposed use of the urgency provisions has required my written agreement and that of the Section 151 Officer, and there has been no urgent decision in that period.")
    d.np("3.3", f"Recommendation R2 asks the council to review the constitution in full and to {L.q('adopt a revised constitution by March 2027', 'verbatim', 'R2', cited=['R2'], note='R2')}. The Secretary of State’s proposed directions would give commissioners powers over {L.q('the constitution and decision-making', 'verbatim', '4', source='letter', doc='letter', note='letter paragraph 4')} (Secretary of State’s letter, 17 September 2026). The timetable for the review will therefore be agreed with the commissioners once appointed.")
    d.h("4.  Scrutiny")
    d.np("4.1", f"The report states that {L.q('The Overview and Scrutiny Committee met three times in 2025/26', 'misquote', '3.4', cited=['3.4'], source_text='The Overview and Scrutiny Committee met five times in 2025/26', kind='figure_changed', note='five in 3.4 written as three')} (paragraph 3.4), against a planned eight meetings, and that all three call-ins requested in the year were ruled out of order without debate.")
    d.np("4.2", f"The inspectors considered that scrutiny was {L.q('starved of resources', 'paraphrase', '3.5', cited=['3.5'], source_text='Scrutiny has not been given the resources it needs to function effectively', kind='reworded', strict=False, note='3.5 in stronger words; could be read as an invented phrase')} (paragraph 3.5). The scrutiny officer post was advertised in October and interviews are arranged for December.")
    d.h("5.  Audit and Governance Committee")
    d.np("5.1", "The committee’s own arrangements were criticised: it had no independent member, attendance averaged 58 per cent, and it was twice inquorate in 2025/26. Council appointed two independent members on 21 October 2026. Members are reminded that substitutes may attend, and that the Chair will be writing to group leaders about attendance.")
    d.np("5.2", f"The inspectors also found that {L.q('Internal audit issued 14 limited or no assurance opinions in 2024/25 … only 38 had been implemented by the agreed date', 'minor', '3.8', cited=['3.8'], source_text='Internal audit issued 14 limited or no assurance opinions in 2024/25. Of the 96 actions agreed with management that year, only 38 had been implemented by the agreed date', kind='ellipsis', note='3.8 shortened with an ellipsis')} (paragraph 3.8). Recommendation R4 asks the council to {L.q('ensure that internal audit actions are tracked to completion', 'verbatim', 'R4', cited=['R4'], note='R4')} (R4). The Head of Internal Audit’s report at item 5 sets out the current position.")
    d.h("6.  The statutory officers")
    d.np("6.1", f"The report found that {L.q('The three statutory officers had met as a group only twice during 2025', 'verbatim', '3.9', cited=['3.9'], note='3.9')} (paragraph 3.9). The Chief Executive, the Section 151 Officer and I now meet every fortnight, and a note of each meeting is kept. The Leader has agreed that the statutory officers will attend all informal Cabinet briefings.")
    d.np("6.2", f"Members of the committee will also have noted the report’s comments on member development: {L.q('Only 19 of the 63 councillors attended', 'verbatim', '3.11', cited=['3.10'], note='words are in 3.11; 3.10 cited')} any development session in 2025/26 (paragraph 3.10). A mandatory programme will begin in January 2027.")
    d.h("7.  Procurement and the housing company")
    d.np("7.1", f"Although procurement falls outside the committee’s core remit, the inspectors’ findings bear directly on the control environment. The report quotes one member as saying that {L.q('everybody knows which firms get the work', 'verbatim', '5.8', cited=['5.8'], kind='control_context_kept', note='attributed to one member, as in 5.8: not out of context')}, while recording that the inspectors found no evidence of impropriety in the contracts they examined (paragraph 5.8).")
    d.np("7.2", f"Several members have since repeated in public that the inspectors concluded that {L.q('everybody knows which firms get the work', 'out_of_context', '5.8', cited=['5.8'], context_dropped='One member told us that', kind='attribution_dropped', note='one member’s words presented as the inspectors’ conclusion')} (paragraph 5.8). That is not what the report says, and members are asked to be accurate when referring to it.")
    d.h("8.  Financial and legal implications")
    d.np("8.1", "There are no direct financial implications. The cost of independent members’ allowances (£1,200 a year each) is met from the democratic services budget. The committee’s functions are set out in Part 3 of the constitution; the Accounts and Audit Regulations 2015 require the council to review the effectiveness of its system of internal control at least once a year.")
    d.h("9.  Background papers")
    d.np("9.1", "Best Value Inspection of Yarnford City Council, September 2026; letter from the Secretary of State, 17 September 2026.")

    a = Paper(landscape=True, footer_text="Appendix 1 – Governance action tracker")
    a.title("Appendix 1: Governance Action Tracker – position at 30 October 2026", 14)
    rows = [["No.", "What the inspectors found", "Para", "Action", "Owner", "Due", "RAG"]]
    rows.append(["G1", L.q("Officers and members were often uncertain which version of a procedure rule applied", "verbatim", "3.1", cited=["3.1"], note="3.1 in a table cell"), "3.1",
                 "Consolidated constitution published online with version control; full review under R2.", "Director of Law and Governance", "Mar 2027", "Amber"])
    rows.append(["G2", L.q("eleven were taken under the urgency provisions of the constitution", "verbatim", "3.2", cited=["3.2"], note="3.2 in a table cell"), "3.2",
                 "Urgency decisions need Monitoring Officer and S151 agreement; all reported to next Council.", "Director of Law and Governance", "Complete", "Green"])
    rows.append(["G3", L.q("Follow-up reports were not routinely considered by the committee", "verbatim", "3.8", cited=["3.8"], note="3.8 in a table cell"), "3.8",
                 "Follow-up report on every limited or no assurance audit to each meeting.", "Head of Internal Audit", "Nov 2026", "Green"])
    rows.append(["G4", L.q("the council’s only dedicated scrutiny officer post has been vacant since October 2024", "verbatim", "3.5", cited=["3.5"], note="3.5 in a table cell"), "3.5",
                 "Post re-graded and advertised; interim support from regional scrutiny network.", "Head of Democratic Services", "Jan 2027", "Amber"])
    rows.append(["G5", L.q("Attendance by members averaged 85 per cent in 2025/26", "misquote", "3.6", cited=["3.6"], source_text="Attendance by members averaged 58 per cent in 2025/26", kind="figure_changed", note="58 per cent transposed to 85 in the cell"), "3.6",
                 "Attendance published quarterly; substitutes trained.", "Chair of the Committee", "Ongoing", "Amber"])
    rows.append(["G6", L.q("The session on the code of conduct was attended by 12 members", "verbatim", "3.11", cited=["3.11"], note="3.11 in a table cell"), "3.11",
                 "Code of conduct training mandatory for all members by March 2027.", "Director of Law and Governance", "Mar 2027", "Red"])
    rows.append(["G7", L.q("shareholder committee met twice in three years", "verbatim", "5.3", cited=["5.3"], note="5.3 in a table cell"), "5.3",
                 "Shareholder committee terms of reference revised; quarterly meetings scheduled.", "Chief Executive", "Dec 2026", "Amber"])
    rows.append(["G8", L.q("Three call-ins were requested during the year; all three were ruled out of order", "verbatim", "3.4", cited=["3.4"], note="3.4 in a table cell"), "3.4",
                 "Call-in procedure rewritten as part of constitutional review; Monitoring Officer to advise on validity of any call-in.", "Director of Law and Governance", "Mar 2027", "Amber"])
    rows.append(["G9", L.q("The Audit and Governance Committee has no independent member", "verbatim", "3.6", cited=["3.6"], note="3.6 in a table cell"), "3.6, R4",
                 "Two independent members appointed by Council on 21 October 2026.", "Director of Law and Governance", "Complete", "Green"])
    a.table(rows, [1.2, 8.0, 1.5, 7.6, 3.6, 1.9, 1.5], size=9.5)
    papers["4"] = [d, a]

    # ------------------------------------------------------------ item 5 internal audit
    L.item = "5"
    d = Paper(footer_text="Audit and Governance Committee 11 November 2026 – Internal Audit Progress Report")
    d.title("Report to Audit and Governance Committee")
    d.report_header([("Date of meeting", "11 November 2026"), ("Report of", "Head of Internal Audit"),
                     ("Subject", "Internal Audit Progress Report 2026/27"), ("Wards affected", "None"), ("Key decision", "No"),
                     ("Contact officer", "Sarah Purvis, Head of Internal Audit, tel. 01964 552 420")])
    d.h("1.  Purpose")
    d.np("1.1", "To report progress against the internal audit plan for 2026/27 and on the implementation of agreed audit actions, as required by the Global Internal Audit Standards in the UK Public Sector.")
    d.h("2.  Recommendation")
    d.np("2.1", "That the committee notes the progress made and the position on overdue actions, and asks the relevant directors to attend the next meeting to explain the actions that remain overdue.")
    d.h("3.  Background")
    d.np("3.1", f"The Standards describe the purpose of internal audit as being to strengthen {L.q('the organization’s ability to create, protect, and sustain value by providing the board and management with independent, risk-based, and objective assurance, advice, insight, and foresight', None, concerns=False, kind='professional standard', note='Global Internal Audit Standards, not a source')}. The plan for 2026/27 was approved by the committee in March 2026 and contains 42 audits.")
    d.np("3.2", f"The Best Value inspectors reported that {L.q('Of the 96 actions agreed with management that year, only 38 had been implemented by the agreed date', 'verbatim', '3.8', cited=['3.8'], note='3.8')} (paragraph 3.8), and that {L.q('Follow-up reports were not routinely considered by the committee', 'verbatim', '3.8', pages=[7], kind='repeated_from_item_4', note='3.8 is on page 7 of report.pdf; repeated from the tracker at item 4')} (page 7 of the inspection report).")
    d.h("4.  Progress against the plan")
    d.np("4.1", "At 30 October 2026, 17 of the 42 audits in the plan were complete or at draft report stage, 11 were in progress and 14 had not started. Three audits have been added at the request of the Section 151 Officer: waivers of contract procedure rules, interim staff appointments and the Yarnford Homes Ltd loan agreements.")
    rows = [["Audit", "Directorate", "Opinion", "Actions agreed"]]
    for r in [["Payroll", "Resources", "Reasonable", "3"], ["Contract waivers", "Resources", "No assurance", "9"],
              ["Interim staff appointments", "Resources", "Limited", "7"], ["Disabled facilities grants", "Housing", "Reasonable", "4"],
              ["Schools financial value standard", "Children’s Services", "Substantial", "1"], ["Car parking income", "Place", "Limited", "6"],
              ["Direct payments", "Adult Social Care", "Reasonable", "5"], ["Cyber security", "Resources", "Limited", "8"],
              ["Council tax", "Resources", "Substantial", "0"], ["Fleet management", "Place", "Reasonable", "4"],
              ["Yarnford Homes Ltd loan agreements", "Resources", "Limited", "6"], ["Highways contract", "Place", "Reasonable", "3"]]:
        rows.append(r)
    d.p("Table 1: Audits completed in 2026/27 to 30 October 2026", bold=True, size=10)
    d.table(rows, [6.0, 4.0, 3.4, 3.0], size=10)
    d.h("5.  Significant findings")
    d.np("5.1", "Contract waivers (no assurance). Of the 30 waivers sampled from 2025/26, 12 had been signed after the goods or services were ordered and 5 could not be traced to any approval at all. This is consistent with the inspectors’ findings. The Director of Finance has agreed all nine actions, including a new approval workflow that will prevent a purchase order being raised against a waiver until it is approved.")
    d.np("5.2", "Interim staff appointments (limited). Eleven of the 19 interim placements reviewed had been extended without the approval required by the council’s pay policy. Day rates had been agreed above the policy maximum in six cases.")
    d.np("5.3", "Cyber security (limited). Multi-factor authentication was not enforced for 14 per cent of accounts, and the council’s disaster recovery arrangements had not been tested since 2023. Detailed findings have been shared with members of the committee in confidence.")
    d.h("6.  Implementation of agreed actions")
    d.np("6.1", "At 30 October 2026, 61 actions were overdue, of which 22 were high priority. The oldest overdue action dates from March 2023. Directors have been asked to give revised dates for every overdue action, and those who do not will be asked to attend the committee.")
    d.h("7.  Resources")
    d.np("7.1", "The internal audit team has 8.6 full-time equivalent posts, of which 1.6 are vacant. Delivery of the plan will depend on filling those posts; if they remain vacant, the plan will be reduced and the committee consulted on the changes.")
    a = Paper(landscape=True, footer_text="Appendix A – Overdue high priority internal audit actions at 30 October 2026")
    a.title("Appendix A: Overdue High Priority Actions at 30 October 2026", 13)
    rows = [["Audit (year)", "Finding", "Agreed action", "Owner", "Original date", "Revised date"]]
    for r in [
        ["Contract waivers (2024/25)", "Waivers approved after commitment of spend", "Workflow preventing purchase orders against unapproved waivers", "Head of Procurement", "Sep 2025", "Jan 2027"],
        ["Contract register (2024/25)", "Register incomplete; contracts over £100,000 missing", "Full data cleanse and publication of register", "Head of Procurement", "Dec 2024", "Jan 2027"],
        ["Yarnford Homes Ltd governance (2023/24)", "No monitoring of loan covenants", "Quarterly covenant reporting to shareholder committee", "Director of Finance", "Mar 2024", "Dec 2026"],
        ["Interim staff (2024/25)", "Extensions without approval", "All extensions to be approved by Chief Executive", "Head of HR", "Jun 2025", "Complete Nov 2026"],
        ["Budget monitoring (2024/25)", "Forecasts not reconciled to ledger", "Monthly reconciliation signed by budget holders", "Director of Finance", "Jun 2025", "Dec 2026"],
        ["Key decisions (2023/24)", "Forward Plan not updated", "Monthly Forward Plan with Monitoring Officer sign-off", "Head of Democratic Services", "Mar 2024", "Complete Oct 2026"],
        ["Cyber security (2025/26)", "MFA not enforced", "MFA enforced for all accounts", "Head of ICT", "Mar 2026", "Dec 2026"],
        ["Disaster recovery (2025/26)", "Plan not tested since 2023", "Full test of recovery arrangements", "Head of ICT", "Mar 2026", "Feb 2027"],
        ["Whistleblowing (2023/24)", "No central log of disclosures", "Confidential log held by Monitoring Officer", "Director of Law and Governance", "Mar 2024", "Jan 2027"],
        ["Car parking income (2025/26)", "Cash reconciliations not completed", "Weekly reconciliations reviewed by manager", "Head of Parking Services", "Jun 2026", "Dec 2026"],
        ["Commercial property (2024/25)", "No asset management plan for out-of-area properties", "Asset plan and disposal options to Cabinet", "Director of Place", "Dec 2025", "Feb 2027"],
        ["Direct payments (2025/26)", "Annual reviews overdue", "Backlog of reviews cleared", "Head of Adult Social Care", "Jul 2026", "Mar 2027"],
    ]:
        rows.append(r)
    a.table(rows, [4.4, 5.4, 6.2, 3.6, 2.4, 2.6], size=9.5)
    a.p("A further 39 overdue actions of medium or low priority are listed in the internal audit tracking system, which members of the committee can access on request.", size=10.5)
    papers["5"] = [d, a]

    # ------------------------------------------------------------ item 6 external audit
    L.item = "6"
    d = Paper(footer_text="Audit and Governance Committee 11 November 2026 – Auditor’s Annual Report 2025/26")
    d.title("Report to Audit and Governance Committee")
    d.report_header([("Date of meeting", "11 November 2026"), ("Report of", "Director of Finance (Section 151 Officer)"),
                     ("Subject", "External Audit: Auditor’s Annual Report 2025/26"), ("Wards affected", "None"), ("Key decision", "No"),
                     ("Contact officer", "Rebecca Lowes, Director of Finance, tel. 01964 552 200")])
    d.h("1.  Purpose")
    d.np("1.1", "To introduce the external auditor’s annual report for 2025/26, prepared by Kirkgate Audit LLP, which sets out the auditor’s commentary on the council’s arrangements for securing value for money. The auditor will attend the meeting to present the report.")
    d.h("2.  Recommendation")
    d.np("2.1", "That the committee considers the auditor’s annual report and the management responses to the recommendations in it.")
    d.h("3.  The auditor’s findings")
    d.np("3.1", f"Under the Code of Audit Practice the auditor must be satisfied that the council has made {L.q('proper arrangements for securing economy, efficiency and effectiveness in its use of resources', None, concerns=False, kind='statute/code', note='Local Audit and Accountability Act 2014 / NAO Code, not a source')}. The auditor reports significant weaknesses in all three areas of the commentary: financial sustainability, governance, and improving economy, efficiency and effectiveness.")
    d.np("3.2", f"On financial sustainability, the auditor states: {L.q('We have identified a significant weakness in the Council’s arrangements for financial sustainability, because the Council does not have a realistic plan to close the budget gap in its medium term financial strategy.', None, concerns=False, kind='other document', note='the auditor’s annual report, not a source')}")
    d.np("3.3", "The auditor makes six key recommendations, three of which repeat the statutory recommendations of October 2025. Management responses are set out in section 4 of the auditor’s report.")
    d.h("4.  Relationship with the Best Value inspection")
    d.np("4.1", f"The auditor’s findings are consistent with those of the Best Value inspectors. The inspection report notes that {L.q('The statements of accounts for 2022/23 and 2023/24 had not been signed off by the external auditor', 'verbatim', '3.7', cited=['3.7'], note='3.7')} at the time of the inspection (paragraph 3.7), and that the statutory recommendations of October 2025 were {L.q('the first to be made to the council in its history', 'verbatim', '3.7', note='3.7, no citation of its own')}.")
    d.np("4.2", f"The inspectors also reported that {L.q('decisions had been deferred while officers waited for permanent appointments that did not come', 'verbatim', '2.1', doc='other', kind='cited_to_other_document', note='words of 2.1, but cited to the LGA peer challenge report, which is not a source')} (LGA Corporate Peer Challenge feedback report, 2025, p. 6).")
    d.np("4.3", f"The auditor’s annual report refers to the inspection’s finding that members had approved the commercial property purchases {L.q('without proper advice', 'not_found', cited=['Annex C'], citation=['wrong', 'unverifiable'], kind='invented_nonexistent_place', note='no such words; the report has no Annex C')} (Best Value inspection report, Annex C). Officers have asked the auditor to correct this reference: the inspection report says that the inspectors saw no evidence that members were told of the risks before the purchases were made (paragraph 4.8).")
    d.h("5.  Accounts")
    d.np("5.1", "The 2022/23 accounts were signed off with a disclaimed opinion on 30 September 2026 under the statutory backstop. The auditor expects to issue a disclaimed opinion on the 2023/24 accounts by the February 2027 backstop date. The 2025/26 draft accounts were published on 30 June 2026, on time for the first time in four years.")
    d.np("5.2", "The auditor’s fee for 2025/26 is £412,600, of which £96,300 is additional work arising from the statutory recommendations and the value for money commentary. The fee variation is subject to approval by Public Sector Audit Appointments.")
    d.h("6.  Implications")
    d.np("6.1", "The management responses to the auditor’s recommendations are reflected in the draft Improvement and Recovery Plan considered by Council on 21 October 2026. There are no direct legal or equalities implications arising from this report.")
    a = Paper(footer_text="Appendix A – Auditor’s Annual Report 2025/26: key recommendations")
    a.title("Appendix A: Auditor’s Annual Report 2025/26 – Key Recommendations and Management Responses", 13)
    a.p("Extract from the report of Kirkgate Audit LLP, external auditor to Yarnford City Council, dated 28 October 2026. The full report is available on the council’s website.", italic=True, size=10.5)
    a.p(f"Summary of the auditor’s overall conclusion: {L.q('The Council’s arrangements for securing economy, efficiency and effectiveness in its use of resources were not adequate in 2025/26. We have reported significant weaknesses in each of the three areas of our commentary.', None, concerns=False, kind='other document', note='the auditor’s annual report, not a source')}")
    rows = [["Ref", "Recommendation", "Management response", "Owner / date"]]
    rows.append(["KR1", "The Council should agree a medium term financial strategy that sets out realistic and deliverable plans to close the budget gap without the use of reserves.",
                 f"Agreed. A financial recovery plan will be considered by Council in December 2026. The Best Value inspectors found that {L.q('Savings were frequently approved without a delivery plan or a named owner', 'verbatim', '4.4', cited=['4.4'], note='4.4, in a table cell')} (para 4.4); no saving will now be included without both.",
                 "Director of Finance, Dec 2026"])
    rows.append(["KR2", "The Council should ensure that monthly budget monitoring is reported to Cabinet throughout the year.",
                 f"Agreed. The inspectors noted that {L.q('No budget monitoring report was presented to Cabinet between July and December 2025', 'verbatim', '4.9', cited=['4.9'], note='4.9, in a table cell')} (para 4.9). Monthly reports have been presented since April 2026.",
                 "Director of Finance, complete"])
    rows.append(["KR3", "The Council should exercise effective oversight of Yarnford Homes Ltd as shareholder, including separating shareholder and director roles.",
                 "Agreed. Cabinet members have stood down from the board and an independent review has been commissioned (recommendation R6 of the Best Value inspection).",
                 "Chief Executive, Mar 2027"])
    rows.append(["KR4", "The Council should strengthen the control of waivers of its contract procedure rules and maintain a complete contract register.",
                 "Agreed. See the internal audit report on contract waivers (no assurance) at item 5.",
                 "Director of Finance, Jan 2027"])
    rows.append(["KR5", "The Council should review the effectiveness of the Audit and Governance Committee, including the appointment of independent members.",
                 "Agreed. Two independent members were appointed by Council on 21 October 2026.",
                 "Director of Law and Governance, complete"])
    rows.append(["KR6", "The Council should stabilise its senior leadership by making permanent appointments to statutory and corporate director posts.",
                 f"Agreed. The Best Value report records that {L.q('Nine of the fourteen posts on the corporate leadership team were held by interim or agency staff', 'verbatim', '2.1', cited=['2.1'], note='2.1, in a table cell')} (para 2.1). Recruitment to the Director of Finance post closes in November 2026.",
                 "Chief Executive, Apr 2027"])
    a.table(rows, [1.3, 5.6, 7.0, 2.7], size=10)
    a.p("Follow-up of previous recommendations", bold=True)
    a.p("The auditor made four statutory recommendations under Schedule 7 to the Local Audit and Accountability Act 2014 in October 2025, which the council considered at an extraordinary meeting in November 2025. They concerned the medium term financial strategy, the monitoring of savings, the oversight of Yarnford Homes Ltd and the capacity of the finance function.", size=11)
    a.p(f"The auditor notes that of the four statutory recommendations made in October 2025, one has been implemented and three are in progress. The auditor comments: {L.q('The pace of improvement has increased since the appointment of the current Chief Executive, but it is too early to conclude that the changes are embedded.', None, concerns=False, kind='other document', note='the auditor’s annual report, not a source')} Officers agree with that assessment.")
    papers["6"] = [d, a]

    # ------------------------------------------------------------ item 7 whistleblowing
    L.item = "7"
    d = Paper(footer_text="Audit and Governance Committee 11 November 2026 – Whistleblowing Policy Review")
    d.title("Report to Audit and Governance Committee")
    d.report_header([("Date of meeting", "11 November 2026"), ("Report of", "Director of Law and Governance (Monitoring Officer)"),
                     ("Subject", "Whistleblowing Policy Review"), ("Wards affected", "None"), ("Key decision", "No"),
                     ("Contact officer", "Anthony Kell, Director of Law and Governance, tel. 01964 552 101")])
    d.h("1.  Purpose")
    d.np("1.1", "To present the findings of the independent review of the council’s whistleblowing arrangements commissioned by the Chief Executive in February 2026, and a revised Whistleblowing (Speaking Up) Policy for the committee to recommend to Cabinet.")
    d.h("2.  Recommendations")
    d.np("2.1", "That the committee (a) notes the findings of the independent review; (b) recommends the revised policy to Cabinet for adoption; and (c) receives a quarterly report on disclosures made under the policy.")
    d.h("3.  Background")
    d.np("3.1", f"The Best Value inspectors found that {L.q('The council’s whistleblowing policy was last reviewed in 2017', 'verbatim', '2.9', cited=['2.9'], note='2.9')} (paragraph 2.9). They found that {L.q('eleven of those had not been logged or acknowledged within the ten working days [required by] the policy', 'minor', '2.9', cited=['2.9'], source_text='eleven of those had not been logged or acknowledged within the ten working days the policy requires', kind='bracketed_insertion', note='a bracketed insertion rewording the end; meaning kept')}, and that {L.q('two had not been investigated at all', 'verbatim', '2.9', note='2.9, citation given once for the sentence before')}.")
    d.np("3.2", f"Committee members will recall that {L.q('seven whistleblowing disclosures were made in 2024/25', 'misquote', '2.9', cited=['2.9'], source_text='Seventeen whistleblowing disclosures were made in 2024/25', kind='figure_changed', note='seventeen in 2.9 written seven')} (paragraph 2.9); the independent reviewer identified a further four concerns that had been raised with managers and should have been treated as disclosures.")
    d.np("3.3", f"The staff survey carried out by the inspectors found that {L.q('47 per cent said they would not feel safe raising a concern about wrongdoing', 'verbatim', '2.7', cited=['2.7'], note='2.7; quoted in the Council pack too')} (paragraph 2.7). The Secretary of State’s letter described staff as being {L.q('afraid to speak up', 'paraphrase', '2', source='letter', doc='letter', source_text='nearly half of staff do not feel safe to speak up', kind='reworded', strict=False, note='letter paragraph 2 reworded; could be taken as invented')}.")
    d.h("4.  The legal framework")
    d.np("4.1", f"The Public Interest Disclosure Act 1998 protects workers who make a qualifying disclosure, defined in section 43B of the Employment Rights Act 1996 as {L.q('any disclosure of information which, in the reasonable belief of the worker making the disclosure, is made in the public interest', None, concerns=False, kind='statute', note='Employment Rights Act 1996 s43B, not a source')} and tends to show one or more of the matters listed in that section, including a criminal offence, a failure to comply with a legal obligation or a danger to health and safety.")
    d.np("4.2", "Workers are protected against detriment and dismissal for making a protected disclosure. The protection applies to employees, agency workers and contractors, and the revised policy makes clear that it applies equally to members of staff in maintained schools and in Yarnford Homes Ltd.")
    d.h("5.  Findings of the independent review")
    d.np("5.1", "The independent reviewer, a former monitoring officer of another authority, interviewed 34 members of staff and reviewed every disclosure made since April 2022. She found that the policy itself was broadly compliant with the law but was not well known, that managers had no training in how to respond to concerns, and that there was no central record.")
    d.np("5.2", "The reviewer found that staff in two directorates believed that raising concerns would damage their careers. She found no evidence that any individual had suffered a detriment as a result of raising a concern, but noted that the absence of records made it impossible to be sure.")
    d.h("6.  The revised policy")
    d.np("6.1", f"The revised policy responds directly to recommendation R5, which asks the council to ensure that {L.q('every disclosure is logged, acknowledged and investigated', 'verbatim', 'R5', cited=['R5'], note='R5')} (R5). Its main features are:")
    d.bullets(["a single confidential log, held by the Monitoring Officer, of every concern raised under the policy;",
               "acknowledgement within five working days, rather than ten;",
               "a network of trained ‘speak up’ guardians in each directorate, independent of line management;",
               "an annual report to this committee and to the Standards Committee; and",
               "a commitment that staff who raise concerns in good faith will be told the outcome as far as the law allows."])
    d.np("6.2", "The policy will be launched with a communications campaign in January 2027, including briefings for all managers. The effect of the changes will be measured through the next staff survey, which the council has committed to carry out in spring 2027 using the same questions as the inspectors’ survey.")
    d.h("7.  Implications")
    d.np("7.1", "The cost of training guardians and managers is estimated at £18,000 and will be met from the corporate training budget. The trade unions have been consulted and support the revised policy. An equality impact assessment has been completed.")
    a = Paper(footer_text="Appendix 1 – Whistleblowing (Speaking Up) Policy, draft v0.9")
    a.title("Appendix 1: Whistleblowing (Speaking Up) Policy", 14)
    a.p("Draft version 0.9 – for recommendation to Cabinet. Replaces the Confidential Reporting Code (2017).", italic=True, size=10.5)
    sections = [
     ("1. Why this policy matters", "Yarnford City Council wants everyone who works for it, or with it, to feel able to raise concerns about wrongdoing without fear. Speaking up protects residents, protects public money and protects staff. Concerns raised early are easier to put right. The council will not tolerate harassment or victimisation of anyone who raises a concern in good faith, and will treat such behaviour as a disciplinary matter."),
     ("2. Who the policy applies to", "The policy applies to all employees of the council, including staff in maintained schools; agency and interim workers; contractors and their staff working on council contracts; volunteers; and employees of Yarnford Homes Ltd. Councillors who have concerns should raise them with the Monitoring Officer."),
     ("3. What you can raise", "You can raise a concern about anything you reasonably believe is wrong and is in the public interest, including fraud or corruption; a failure to comply with the law; danger to health and safety; damage to the environment; abuse of vulnerable people; misuse of council money or property; and the deliberate concealment of any of these. Personal grievances about your own employment should be raised under the grievance policy instead."),
     ("4. How to raise a concern", "You can raise a concern with your line manager, with a speak-up guardian, with the Head of Internal Audit or with the Monitoring Officer. You can do this in writing, by email to speakup@yarnford.gov.uk, or by telephone on 01964 552 999. You do not need to have proof: a reasonable belief is enough. You may be accompanied by a trade union representative or a colleague at any meeting."),
     ("5. Confidentiality and anonymity", "We will do everything we can to protect your identity if you ask us to. Concerns raised anonymously will be considered, but they are harder to investigate and we cannot tell you the outcome. If your identity needs to be disclosed, for example because you are a witness in court proceedings, we will discuss this with you first."),
     ("6. What we will do", "Every concern will be recorded on the confidential log held by the Monitoring Officer. We will acknowledge your concern within five working days and tell you who is dealing with it. Within twenty working days we will tell you how we intend to deal with it and how long this is likely to take. When the matter is concluded we will tell you the outcome, as far as we can without breaching the rights of others."),
     ("7. If you are not satisfied", "If you are not satisfied with the way your concern has been handled, you can raise it with the Chief Executive or with the Chair of the Audit and Governance Committee. You may also raise concerns with a prescribed person, such as the external auditor, the Care Quality Commission, Ofsted, the Health and Safety Executive or HM Revenue and Customs."),
     ("8. Protection from detriment", "You will not suffer any detriment for raising a concern in good faith, even if it turns out to be mistaken. Anyone who victimises or harasses a person for raising a concern will face disciplinary action. Making a disclosure you know to be false, or for personal gain, may itself be a disciplinary matter."),
     ("9. Reporting and review", "The Monitoring Officer will report the number and type of concerns raised, and their outcomes, to the Audit and Governance Committee every quarter and to the Standards Committee every year, without identifying anyone. The policy will be reviewed every two years, or sooner if the law changes."),
     ("10. Speak-up guardians", "Each directorate will have at least two trained speak-up guardians, who are independent of line management and who can offer advice in confidence. Their names and contact details are published on the intranet and on staff noticeboards. Guardians meet as a network every quarter with the Monitoring Officer to share learning, without identifying individuals."),
    ]
    for head, body in sections:
        a.h(head); a.p(body)
    papers["7"] = [d, a]

    # ------------------------------------------------------------ item 8 annual governance statement
    L.item = "8"
    d = Paper(footer_text="Audit and Governance Committee 11 November 2026 – AGS significant governance issues")
    d.title("Report to Audit and Governance Committee")
    d.report_header([("Date of meeting", "11 November 2026"), ("Report of", "Director of Law and Governance (Monitoring Officer)"),
                     ("Subject", "Annual Governance Statement 2025/26: Significant Governance Issues – Update"), ("Wards affected", "None"),
                     ("Key decision", "No"), ("Contact officer", "Anthony Kell, Director of Law and Governance, tel. 01964 552 101")])
    d.h("1.  Purpose")
    d.np("1.1", "To update the committee on the action taken on the significant governance issues identified in the Annual Governance Statement (AGS) 2025/26, and to propose amendments to the statement before it is published with the audited accounts.")
    d.h("2.  Recommendation")
    d.np("2.1", "That the committee notes progress and agrees that the AGS 2025/26 be amended to reflect the findings of the Best Value inspection as set out in section 4.")
    d.h("3.  Background")
    d.np("3.1", f"Regulation 6 of the Accounts and Audit Regulations 2015 requires the council to {L.q('conduct a review at least once in each financial year of the effectiveness of its system of internal control', None, concerns=False, kind='statute', note='Accounts and Audit Regulations 2015 reg 6, not a source')} and to prepare an annual governance statement. The draft AGS for 2025/26 was considered by the committee in July 2026, before the inspection report was published.")
    d.h("4.  Proposed amendments")
    d.np("4.1", f"The draft AGS described the council’s financial position as stretched. In the light of the inspection report, which says that {L.q('The council’s finances are in a precarious position', 'verbatim', 'executive summary', cited=['executive summary'], note='executive summary, second paragraph')} (executive summary), it is proposed that the statement record financial sustainability as a significant governance issue in its own right.")
    d.np("4.2", f"The draft AGS also stated that external borrowing was within the authorised limit. It is proposed to add that, as the inspectors noted, {L.q('external borrowing has risen to £736 million', 'misquote', 'executive summary', cited=['executive summary'], source_text='external borrowing has risen to £763 million', kind='figure_changed', note='£763 million in the summary transposed to £736 million')} (executive summary), and that financing costs have risen accordingly.")
    d.np("4.3", f"The inspectors concluded that {L.q('The council has not acted as an effective shareholder', 'verbatim', 'executive summary', cited=['executive summary'], note='executive summary, fourth paragraph')} of Yarnford Homes Ltd. The draft AGS did not refer to the company; it is proposed that it do so.")
    d.h("5.  Significant governance issues: progress")
    rows = [["Issue (AGS 2025/26)", "Progress to 30 October 2026", "Status"],
            ["1. Financial sustainability", "Financial recovery plan in preparation; spending controls introduced in September 2026; vacancy freeze outside frontline services.", "Red"],
            ["2. Stability of senior leadership", "Permanent Chief Executive in post since January 2026; recruitment under way for Director of Finance and Director of Law and Governance.", "Amber"],
            ["3. Decision-making and the constitution", "Urgency controls in place; full review of the constitution to be agreed with commissioners.", "Amber"],
            ["4. Oversight of Yarnford Homes Ltd", "Cabinet members have left the board; independent review commissioned.", "Amber"],
            ["5. Procurement and contract management", "Internal audit of waivers (no assurance); revised contract procedure rules drafted.", "Red"],
            ["6. Whistleblowing and organisational culture", "Independent review completed; revised policy at item 7.", "Amber"]]
    d.table(rows, [5.0, 9.4, 2.2], size=10)
    d.h("6.  Implications")
    d.np("6.1", "The AGS must be approved by the committee and signed by the Leader and the Chief Executive before the accounts are published. There are no direct financial implications arising from this report.")
    papers["8"] = [d]

    # ------------------------------------------------------------ item 8 risk register
    L.item = "9"
    d = Paper(landscape=True, footer_text="Audit and Governance Committee 11 November 2026 – Strategic Risk Register Q2")
    d.title("Report to Audit and Governance Committee: Strategic Risk Register – Quarter 2 2026/27", 13)
    d.p("Report of the Director of Finance (Section 151 Officer). Purpose: to present the strategic risk register at 30 September 2026. Recommendation: that the committee notes the register and the changes since quarter 1. The register has been revised to reflect the Best Value inspection report and the Secretary of State’s proposed directions; where a risk draws on the report, the relevant finding is quoted in the register.")
    d.p(f"The register is structured around the council’s Corporate Plan 2024–2028, {L.q('A fairer, greener, safer Yarnford', None, concerns=False, kind='council strategy', note='the council’s own plan title, not a source')}. Risks are scored for likelihood and impact on a scale of 1 to 5 after existing controls.")
    rows = [["Ref", "Risk and cause", "Evidence", "Score (L×I)", "Owner", "Further action"]]
    rows.append(["SR1", "Financial sustainability: the council cannot set a balanced budget without reserves.",
                 "Inspection report: the council’s usable reserves " + L.q("will be exhausted during 2028/29", ["out_of_context", "verbatim"], "4.3", cited=["4.3"], context_dropped="Unless the council acts quickly to reduce its spending", kind="condition_dropped", strict=False, note="the condition ‘unless the council acts quickly’ is dropped; arguably fair in a risk register") + " (para 4.3).",
                 "5×5 = 25", "Director of Finance", "Financial recovery plan to Council December 2026."])
    rows.append(["SR2", "Governance: decisions are not taken lawfully or transparently.",
                 "Secretary of State’s letter: " + L.q("decision-making is opaque", "verbatim", "2", source="letter", doc="letter", note="letter paragraph 2") + ".",
                 "4×5 = 20", "Director of Law and Governance", "Constitutional review; urgency controls (see Item 4)."])
    rows.append(["SR3", "Workforce: loss of staff and reliance on interims.",
                 "Staff survey: " + L.q("31 per cent said they intended to leave the council within the next year", "verbatim", "2.7", cited=["2.7"], note="2.7") + " (para 2.7).",
                 "4×4 = 16", "Chief Executive", "Permanent appointments; pay and grading review."])
    rows.append(["SR4", "Yarnford Homes Ltd: the company cannot repay the council’s loans.",
                 "Inspection report: " + L.q("its losses over that period total £11.3 million", "verbatim", "5.2", cited=["5.2"], note="5.2") + " (para 5.2).",
                 "4×4 = 16", "Chief Executive", "Independent review (R6) to report March 2027."])
    rows.append(["SR5", "Intervention: commissioners’ powers are extended to further services.",
                 "Secretary of State’s letter: she will " + L.q("keep that position under review in the light of the commissioners’ reports", "verbatim", "5", source="letter", doc="letter", note="letter paragraph 5") + ".",
                 "3×4 = 12", "Chief Executive", "Quarterly progress reports to Council."])
    rows.append(["SR6", "Cyber security: loss of systems or data.", "Internal audit (limited assurance), October 2026.",
                 "3×5 = 15", "Director of Finance", "MFA for all accounts by December 2026."])
    rows.append(["SR7", "Capital programme: schemes are not delivered and costs rise.",
                 "Inspection report: " + L.q("Outturn was £79.9 million, an underspend of 46 per cent", "verbatim", "4.6", cited=["4.6"], note="4.6") + " (para 4.6).",
                 "4×3 = 12", "Director of Place", "Capital programme reset in the capital strategy, February 2027."])
    d.table(rows, [1.1, 5.6, 8.4, 2.3, 3.4, 4.5], size=9.5)
    papers["9"] = [d]

    # ------------------------------------------------------------ item 9 work programme
    L.item = "10"
    d = Paper(footer_text="Audit and Governance Committee 11 November 2026 – Work Programme")
    d.title("Audit and Governance Committee – Work Programme 2026/27")
    rows = [["Meeting", "Items"],
            ["20 January 2027", "Best Value governance action tracker; internal audit progress; treasury management strategy 2027/28; whistleblowing quarterly report"],
            ["10 March 2027", "Internal audit plan 2027/28; external audit plan 2026/27; review of the committee’s terms of reference; constitutional review (progress)"],
            ["26 May 2027", "Annual governance statement 2026/27 (draft); Head of Internal Audit annual opinion; strategic risk register Q4"],
            ["21 July 2027", "Draft statement of accounts 2026/27; whistleblowing annual report; committee annual report to Council"]]
    d.table(rows, [4.0, 12.6], size=10)
    d.p("Members may suggest further items to the Chair or to the Head of Democratic Services. Items requested by the commissioners, once appointed, will be added to the programme.")
    papers["10"] = [d]
    return papers
