# -*- coding: utf-8 -*-
"""Audit and Governance Committee, 24 June 2025."""
import random as _r
from packlib import q, other, reportlab_paper, docx_paper, groff_paper, html_paper

LQ, RQ = "\u201c", "\u201d"

META = ("Audit and Governance Committee", "Tuesday, 24 June 2025", "6.00 pm",
        "Council Chamber, Council House, Victoria Square, Lydford",
        "Councillors Okafor (Chair), Brennan (Vice-Chair), Ashworth, Hale, Iqbal, Lowther, Mistry, Quinn and Stanton",
        [("1", "Apologies for Absence and Substitutions", False),
         ("2", "Declarations of Interest", False),
         ("3", "Minutes of the Meeting held on 28 May 2025", True),
         ("4", "Internal Audit Annual Report and Opinion 2024/25", True),
         ("5", "Best Value Inspection \u2013 Governance Findings and the Annual Governance Statement 2024/25", True),
         ("6", "Appointment of Independent Members", True),
         ("7", "Work Programme 2025/26", True)])


def minutes():
    b = [("h1", "Audit and Governance Committee"),
         ("p", "Minutes of the special meeting held on Wednesday, 28 May 2025 at 6.00 pm in the Council Chamber, Council House"),
         ("p", "Present: Councillor Okafor (Chair); Councillors Brennan, Ashworth, Hale, Iqbal, Lowther, Mistry and Stanton."),
         ("p", "In attendance: Director of Finance (Section 151 Officer); Director of Law and Governance (Monitoring Officer); Head of Internal Audit; the external auditor's Engagement Lead; Democratic Services Officer."),
         ("h2", "1. Apologies"),
         ("p", "Apologies were received from Councillor Quinn."),
         ("h2", "2. Declarations of interest"),
         ("p", "None."),
         ("h2", "3. Best Value Inspection \u2013 initial briefing"),
         ("p", "The Chair explained that she had called the special meeting so that the committee could consider the parts of the Best Value inspection report that concerned it before its regular meeting in June. She said the committee had to accept that the report found it " + LQ
               + q("has not provided the independent assurance that members and the public are entitled to expect", "verbatim", "5.3", cited=["5.3"], note="5.3's first sentence")
               + RQ + " (paragraph 5.3), and that she took that personally."),
         ("p", "Councillor Stanton said the report was unfair to members who gave up their evenings. He noted that it also said the committee's " + LQ
               + q("meetings were inquorate three times in 2024", "misquote", "5.3", cited=["5.3"], source_text="its meetings were inquorate twice in 2024",
                   kind="number altered", note="5.3 says twice") + RQ
               + " (5.3), which he disputed, as two of those meetings had been cancelled in advance."),
         ("p", "The Head of Internal Audit said the report had been right that " + LQ
               + q("only 58% of the plan had been delivered by the end of the year", "verbatim", "5.5", cited=["5.6"], citation="wrong",
                   kind="exact, next paragraph cited", note="the words are 5.5's; the minute cites 5.6") + RQ
               + " (paragraph 5.6). The service had four vacancies and had not been able to buy in additional days."),
         ("p", "The Engagement Lead reminded the committee that the Auditor's Annual Report for 2023/24 had identified a " + LQ
               + other("significant weakness in arrangements for financial sustainability", "the external auditor's Auditor's Annual Report 2023/24")
               + RQ + " and had made three statutory recommendations. She welcomed the committee's recent improvement, which the inspectors had also noticed: they had " + LQ
               + q("observed a well-chaired meeting in March 2025", "verbatim", "5.7", note="5.7; no paragraph given") + RQ + "."),
         ("p", "Councillor Iqbal said the inspectors had found that members " + LQ
               + q("had not understood the significance of the recommendations when they were first reported", "out_of_context", "5.4",
                   context_dropped="Members of the committee told us that they",
                   kind="members' own account presented as the inspectors' finding",
                   note="5.4 reports what committee members told the inspectors") + RQ
               + ". She asked that all members receive training before September."),
         ("p", "The Monitoring Officer said that R6 would be addressed through the report on independent members to be brought to the June meeting."),
         ("p", "RESOLVED: (1) That the findings of the Best Value inspection relating to the committee be noted. (2) That a training programme for members of the committee be arranged before September 2025. (3) That a report on the appointment of independent members be submitted to the next meeting."),
         ("h2", "4. Date of next meeting"),
         ("p", "Tuesday, 24 June 2025 at 6.00 pm."),
         ("p", "The meeting ended at 7.41 pm."),
         ("sp", 6), ("p", "Chair ..............................................")]
    return docx_paper("aud-03-minutes", b, "Audit and Governance Committee \u2013 28 May 2025 \u2013 Minutes")


AREAS = ["Payroll", "Accounts payable", "Accounts receivable", "Council tax", "Business rates", "Housing benefit", "Treasury management",
         "Main accounting system", "Capital programme monitoring", "Procurement \u2013 waivers", "Contract management \u2013 highways",
         "Lydford Futures Ltd \u2013 loan monitoring", "Information governance", "Cyber security", "ICT access controls", "Schools \u2013 financial value standard",
         "Direct payments", "Children's placements \u2013 commissioning", "Temporary accommodation \u2013 bookings", "Housing repairs \u2013 contract payments",
         "Gas safety compliance", "Disabled facilities grants", "Grant certification \u2013 Household Support Fund", "Risk management",
         "Performance data quality", "Declarations of interest", "Gifts and hospitality", "Agency staff", "Car parking income", "Fleet management",
         "Leisure contract", "Members' allowances", "Pensions administration interface", "Business continuity", "Counter fraud \u2013 blue badges",
         "Corporate credit cards"]

def ia_report():
    g = _r.Random(24)
    rows = [["No.", "Audit", "Opinion", "High", "Medium", "Status"]]
    for i, a in enumerate(AREAS, 1):
        op = g.choice(["Reasonable", "Reasonable", "Limited", "Substantial", "Limited", "No assurance"] if "Futures" not in a and "waivers" not in a else ["No assurance"])
        rows.append([str(i), a, op, str(g.randint(0, 3) if op in ("Limited", "No assurance") else 0), str(g.randint(0, 5)),
                     g.choice(["Final", "Final", "Final", "Draft"])])
    b = [("h1", "Internal Audit Annual Report and Opinion 2024/25"),
         ("p", "Report of the Head of Internal Audit to the Audit and Governance Committee, 24 June 2025"),
         ("h2", "1. Purpose"),
         ("np", "1.1", "This report gives the Head of Internal Audit's annual opinion on the adequacy and effectiveness of the council's framework of governance, risk management and control, as required by the Accounts and Audit Regulations 2015, regulation 5(1) of which provides that " + LQ
                + other("A relevant authority must undertake an effective internal audit to evaluate the effectiveness of its risk management, control and governance processes, taking into account public sector internal auditing standards or guidance.",
                        "the Accounts and Audit Regulations 2015")
                + RQ),
         ("np", "1.2", "The Public Sector Internal Audit Standards define internal audit as " + LQ
                + other("an independent, objective assurance and consulting activity designed to add value and improve an organisation's operations", "the Public Sector Internal Audit Standards")
                + RQ + ". From April 2025 they are replaced by the Global Internal Audit Standards in the UK public sector."),
         ("h2", "2. Recommendations"),
         ("np", "2.1", "That the committee notes the annual opinion for 2024/25 and the matters that inform it."),
         ("h2", "3. Annual opinion"),
         ("np", "3.1", "For 2024/25 I give a limited opinion. There are significant weaknesses in the framework of governance, risk management and control such that it could be or could become inadequate and ineffective."),
         ("np", "3.2", "This is the second year in which a limited opinion has been given. The opinions given in recent years are set out below."),
         ("table", [["Year", "Opinion", "Plan days", "Delivered"],
                    ["2021/22", "Reasonable", "1,040", "88%"],
                    ["2022/23", "Reasonable", "900", "74%"],
                    ["2023/24", "BVI 5.5: " + LQ + q("gave a limited opinion", "verbatim", "5.5",
                                       cited=["5.5"], kind="exact, table cell", note="5.5") + RQ, "700", "64%"],
                    ["2024/25", "Limited", "620", "58%"]], [20, 90, 25, 25]),
         ("h2", "4. The Best Value inspection"),
         ("np", "4.1", "The Best Value inspection report, published on 20 May 2025, devotes part of its fifth chapter to internal audit. The inspectors state plainly that internal audit " + LQ
                + q("is under-resourced", "verbatim", "5.5", cited=["5.5"], note="5.5") + RQ + " (paragraph 5.5) and observe that " + LQ
                + q("The internal audit plan for 2024/25 provided for 620 audit days, compared with 1,150 days in 2020/21", "verbatim", "5.5", cited=["5.5"], note="5.5")
                + RQ + "."),
         ("np", "4.2", "I agree with that assessment. The comparison with 2020/21 is slightly unfair, as that year's plan included 150 days of grant certification work that is now done elsewhere, but the trend is not in doubt."),
         ("np", "4.3", "The inspectors also noted that " + LQ
                + q("Of the 41 high priority \u2026 recommendations made since April 2022, 17 had not been implemented", "minor", "5.6", cited=["5.6"],
                    source_text="Of the 41 high priority internal audit recommendations made since April 2022, 17 had not been implemented by their agreed date",
                    kind="ellipsis and a shortened end", note="5.6 with 'internal audit' and 'by their agreed date' cut; meaning kept")
                + RQ + " (paragraph 5.6), and that management " + LQ
                + q("did not always respond to audit reports on time", "paraphrase", "5.6", cited=["5.6"],
                    source_text="Management responses to audit reports were often late",
                    kind="paraphrase in quotation marks", note="5.6 says responses were often late; the quoted words are not the report's")
                + RQ + ". At 31 May 2025 the figure was 14, and the two missing management responses have now been received."),
         ("np", "4.4", "It has been suggested to me that the inspectors described the internal audit team as " + LQ
                + q("professional and well regarded", "not_found", None, source=None, kind="invented praise",
                    note="no place of the report says this; the report only calls internal audit under-resourced") + RQ
                + ". I would be glad if they had, but the report does not comment on the team's quality."),
         ("h2", "5. Procurement"),
         ("np", "5.1", "Our audit of waivers reached conclusions close to the inspectors'. The report found that " + LQ
                + q("waivers have become routine", "verbatim", "6.1", cited=["6.1"], note="6.1") + RQ + " (paragraph 6.1) and that " + LQ
                + q("The number of waivers rose from 71 in 2021/22 to 241 in 2023/24", "misquote", "6.1", cited=["6.1"],
                    source_text="The number of waivers rose from 71 in 2021/22 to 214 in 2023/24", kind="digits transposed",
                    note="6.1 says 214, not 241") + RQ + ". We gave no assurance on the waiver process."),
         ("np", "5.2", "Our sample of 30 waivers found that 19 did not record any market testing, which is consistent with the inspectors' own sample."),
         ("h2", "6. Lydford Futures Ltd"),
         ("np", "6.1", "Internal audit gave no assurance on the council's monitoring of loans to Lydford Futures Ltd. The inspectors' remark that " + LQ
                + q("the company's directors acted in bad faith", "out_of_context", "6.7", context_dropped="We do not suggest that",
                    kind="denial dropped", note="6.7 says the inspectors do NOT suggest this") + RQ
                + " has been strongly contested by the company's board, and it is not a matter on which internal audit has formed a view."),
         ("h2", "7. Audits completed in 2024/25"),
         ("table", rows, [12, 72, 28, 14, 18, 18]),
         ("small", "Opinion categories: Substantial, Reasonable, Limited, No assurance. High and Medium are the numbers of recommendations of each priority."),
         ("h2", "8. Quality assurance"),
         ("np", "8.1", "An external quality assessment was last carried out in 2020. It found the service generally conformed with the standards. A new assessment is due in 2025/26 and has been included in the plan."),
         ("p", "Contact officer: Head of Internal Audit")]
    return [html_paper("aud-04-ia", b, "Internal Audit Annual Report and Opinion 2024/25")]


def ags():
    rows = [["Issue", "What the inspectors found", "Action in 2025/26", "Lead"]]
    cells = [
        ("1. Constitution", LQ + q("The council's constitution is broadly fit for purpose on paper, but it has not been followed consistently", "verbatim", "3.1", cited=["3.1"],
                                  kind="exact, table cell", note="3.1") + RQ + " (3.1)", "Constitution review (R4)", "Monitoring Officer"),
        ("2. Risk management", "Register omitted " + LQ + q("the risk of the council being unable to set a balanced budget", "verbatim", "3.5", cited=["3.5"], kind="exact, table cell", note="3.5") + RQ + " (3.5)",
         "Risk register reported quarterly to this committee", "Director of Finance"),
        ("3. Information governance", LQ + q("Information governance is weak", "verbatim", "3.7", cited=["3.6"], citation="wrong", kind="exact, wrong paragraph, table cell",
                                         note="the words open 3.7; the cell cites 3.6") + RQ + " (3.6)", "FOI improvement plan; target 90%", "Information Governance Manager"),
        ("4. Member training", LQ + q("no mandatory training for members of the Cabinet, the Audit and Governance Committee \u2026 beyond the minimum", "minor", "3.8", cited=["3.8"],
                                  source_text="there is no mandatory training for members of the Cabinet, the Audit and Governance Committee or the Planning Committee beyond the minimum required by the constitution",
                                  kind="ellipsis, table cell", note="3.8 with the Planning Committee cut and the end shortened") + RQ + " (3.8)",
         "Mandatory training for this committee from September 2025", "Head of Democratic Services"),
        ("5. Statutory officers", "Advice to be " + LQ + q("included in full in the reports on which decisions are taken", "verbatim", "R3", cited=["R3"], kind="exact, table cell", note="R3; the same words as in the Cabinet pack") + RQ + " (R3)",
         "Report template and clearance protocol", "Monitoring Officer"),
        ("6. Financial resilience", "Reserves forecast to run out: " + LQ + q("it will exhaust its available reserves during 2026/27", "out_of_context", "4.11", cited=["4.11"],
                                   context_dropped="unless the council acts quickly to reduce its spending", kind="condition dropped, table cell",
                                   note="4.11 makes this conditional on the council not acting quickly") + RQ + " (4.11)",
         "Revised MTFS; savings programme; capitalisation direction", "Director of Finance"),
        ("7. Companies", "Shareholder oversight below that of " + LQ + q("a prudent shareholder", "verbatim", "6.7", cited=["6.7"], kind="exact, table cell", note="6.7") + RQ + " (6.7)",
         "Independent review; revised shareholder agreement (R9)", "Director of Finance"),
    ]
    for c in cells:
        rows.append(list(c))
    b = [("small", "Lydford Metropolitan Borough Council \u2013 Report to Audit and Governance Committee"),
         ("h1", "Best Value Inspection \u2013 Governance Findings and the Annual Governance Statement 2024/25"),
         ("p", "Report of the Director of Law and Governance (Monitoring Officer) and the Director of Finance. 24 June 2025. Not a key decision."),
         ("h2", "1. Purpose"),
         ("np", "1.1", "To set out the governance findings of the Best Value inspection and how they will be reflected as significant governance issues in the draft Annual Governance Statement (AGS) for 2024/25, and to seek the committee's comments on the draft AGS before it is published with the draft statement of accounts."),
         ("h2", "2. Recommendations"),
         ("np", "2.1", "That the committee comments on the significant governance issues at section 5 and the draft AGS at Appendix 1. The Secretary of State's letter is attached as Appendix 2 and progress on the external auditor's statutory recommendations as Appendix 3."),
         ("np", "2.2", "That the committee notes the proposed intervention set out in the Secretary of State's letter of 20 May 2025."),
         ("h2", "3. Background"),
         ("np", "3.1", "The committee's terms of reference require it " + LQ
                + other("to provide independent assurance to the council on the adequacy of its governance, risk management and internal control arrangements", "the committee's terms of reference in the council's constitution")
                + RQ + ". The Best Value inspection report found that it had not done so."),
         ("np", "3.2", "The Secretary of State's letter proposes that Commissioners exercise functions relating to " + LQ
                + q("the governance and scrutiny of strategic decision-making", "verbatim", "4", source="letter", cited_document="letter", note="letter, paragraph 4") + RQ
                + " (Letter from SoS to CEX 20/05/25). The AGS will therefore describe the intervention as well as the council's own actions."),
         ("h2", "4. The inspectors' findings on governance"),
         ("np", "4.1", "The report is critical of the council's decision-making. It records that " + LQ
                + q("212 decisions were taken by individual Cabinet members, compared with 94 in 2020/21", "verbatim", "3.4", cited=["3.4"], note="3.4") + RQ
                + " (para 3.4), and that many records do not explain the reasons for them."),
         ("np", "4.2", "The report also records that the Leader's office asked for the Section 151 Officer's warnings in the 2023/24 budget report to be removed from the final draft (paragraph 2.7). The report's actual words are that the warnings " + LQ
                + q("were softened between drafts at the request of the Leader's office", "verbatim", "2.7", cited=["2.7"], note="2.7; the sentence before overstates it") + RQ + "."),
         ("np", "4.3", "On the committee itself, the report repeats that it " + LQ
                + q("has not provided the independent assurance that members and the public are entitled to expect", "verbatim", "5.3", cited=["5.3"], kind="exact, repeated from item 3",
                    note="the same words quoted in the minutes at item 3") + RQ
                + " (5.3). The Chair has asked that this be recorded in the AGS without qualification."),
         ("h2", "5. Significant governance issues for 2024/25"),
         ("table", rows, [32, 62, 44, 28]),
         ("h2", "6. Implications"),
         ("np", "6.1", "Legal: The AGS must be approved by the committee and published with the statement of accounts under regulation 6 of the Accounts and Audit Regulations 2015."),
         ("np", "6.2", "Financial: none arising directly from this report."),
         ("p", "Contact officers: Director of Law and Governance; Director of Finance"),
         ("br",),
         ("h1", "Appendix 1 \u2013 Draft Annual Governance Statement 2024/25 (extract)"),
         ("h2", "Scope of responsibility"),
         ("p", "Lydford Metropolitan Borough Council is responsible for ensuring that its business is conducted in accordance with the law and proper standards, that public money is safeguarded and properly accounted for, and used economically, efficiently and effectively. The council also has a duty under the Local Government Act 1999 to make arrangements to secure continuous improvement in the way in which its functions are exercised."),
         ("h2", "The purpose of the governance framework"),
         ("p", "The governance framework comprises the systems and processes, culture and values by which the council is directed and controlled, and its activities through which it accounts to, engages with and leads its communities. The system of internal control is a significant part of that framework and is designed to manage risk to a reasonable level."),
         ("h2", "Review of effectiveness"),
         ("p", "The council has responsibility for conducting, at least annually, a review of the effectiveness of its governance framework. The review is informed by the work of senior managers, the Head of Internal Audit's annual report, and comments made by the external auditor and other review agencies and inspectorates. In 2024/25 the most significant of these was the Best Value inspection, whose report was published on 20 May 2025."),
         ("p", "The Head of Internal Audit has given a limited opinion for 2024/25. The external auditor has made three statutory recommendations. The Secretary of State has proposed statutory intervention. Taken together, these show that the council's governance arrangements were not effective during the year."),
         ("h2", "Conclusion"),
         ("p", "We are satisfied that the significant governance issues set out in this statement are those the council must address. We propose over the coming year to take steps to address them, with the Commissioners, through the Improvement and Recovery Plan. We will monitor their implementation as part of our next annual review."),
         ("p", "Signed: Leader of the Council; Chief Executive (on approval of the statement of accounts)")]
    return [reportlab_paper("aud-05-ags", b, "Audit and Governance Committee 24 June 2025 \u2013 Item 5")]


def independent_members():
    b = [("h1", "Appointment of Independent Members"),
         ("p", "Report of the Director of Law and Governance to the Audit and Governance Committee, 24 June 2025"),
         ("h2", "1. Purpose"),
         ("np", "1.1", "To recommend the recruitment of two independent members of the committee, responding to recommendation R6 of the Best Value inspection and to the committee's resolution of 28 May 2025."),
         ("h2", "2. Recommendations"),
         ("np", "2.1", "That the committee recommends to full Council that two independent members be co-opted to the committee, without voting rights, for a term of four years."),
         ("np", "2.2", "That an allowance of \u00a31,500 a year be paid to each independent member, subject to the Independent Remuneration Panel's advice."),
         ("h2", "3. Background"),
         ("np", "3.1", "The inspectors recommended that the committee " + LQ
                + q("should appoint at least one independent member", "verbatim", "R6", cited=["R6"], note="R6; the same phrase appears in the Cabinet pack") + RQ
                + " (Recommendation 6). They noted that the external auditor had made the same recommendation in 2023 and that the committee " + LQ
                + q("has no independent member, despite a recommendation from the external auditor in 2023", "verbatim", "5.3", cited=["5.3"], note="5.3") + RQ + " (paragraph 5.3)."),
         ("np", "3.2", "CIPFA's Position Statement on audit committees in local authorities (2022) says that each committee should include " + LQ
                + other("at least two co-opted independent members", "CIPFA's Position Statement: Audit Committees in Local Authorities and Police (2022)")
                + RQ + " to provide appropriate technical expertise. Officers recommend two appointments accordingly."),
         ("np", "3.3", "The report goes further than R6, saying the committee will need " + LQ
                + q("training, an independent member and the support of a properly resourced internal audit service", "verbatim", "5.7", cited=["5.7"], note="5.7") + RQ
                + " if it is to play its full part (paragraph 5.7). Training is addressed in the work programme at item 7."),
         ("np", "3.4", "It has also been put to officers that the report requires the independent member to chair the committee, and that it calls for " + LQ
                + q("an independent chair of the Audit and Governance Committee", "not_found", None, source=None, cited=["R6"], citation="wrong",
                    kind="invented phrase, cited to R6", note="R6 asks for an independent member, not an independent chair; no place says this") + RQ
                + " (R6). Officers do not read the report that way, but the committee may wish to consider the point once the appointments are made."),
         ("h2", "4. Process"),
         ("np", "4.1", "Posts will be advertised in July 2025. A panel of the Chair, Vice-Chair, one opposition member and the Monitoring Officer will shortlist and interview. Appointments will be confirmed by full Council on 9 October 2025."),
         ("h2", "5. Implications"),
         ("np", "5.1", "Financial: up to \u00a33,000 a year, met from the democratic services budget."),
         ("np", "5.2", "Legal: Co-option is permitted by section 102(3) of the Local Government Act 1972. Co-opted members of the committee will not have a vote."),
         ("p", "Contact officer: Head of Democratic Services")]
    return [groff_paper("aud-06-indep", b, "Appointment of Independent Members")]


def work_programme():
    rows = [["Meeting", "Item", "Lead officer"]]
    plan = [("24 Jun 2025", ["Internal Audit Annual Report and Opinion", "Annual Governance Statement (draft)", "Independent members", "Counter Fraud Annual Report"]),
            ("29 Jul 2025", ["Draft Statement of Accounts 2024/25", "External audit plan 2024/25", "Treasury management outturn", "Corporate risk register"]),
            ("23 Sep 2025", ["Members' training: role of the committee", "Internal audit progress report", "Waivers report (quarterly)", "Lydford Futures Ltd review \u2013 assurance"]),
            ("25 Nov 2025", ["Auditor's Annual Report 2024/25", "Statutory recommendations \u2013 progress", "Corporate risk register", "Waivers report (quarterly)"]),
            ("27 Jan 2026", ["Internal audit progress report", "Treasury management strategy 2026/27", "Capital strategy", "Information governance annual report"]),
            ("17 Mar 2026", ["Internal audit plan 2026/27", "Waivers report (quarterly)", "Annual report of the committee", "External quality assessment of internal audit"])]
    for m, its in plan:
        for i in its:
            rows.append([m, i, "Director of Finance" if "Treasury" in i or "Accounts" in i else "Head of Internal Audit" if "audit" in i.lower() else "Monitoring Officer"])
    b = [("h1", "Work Programme 2025/26"),
         ("p", "Audit and Governance Committee. Report of the Head of Democratic Services, 24 June 2025."),
         ("np", "1.", "The committee is asked to agree its work programme for 2025/26. The programme has been revised to include the items arising from the Best Value inspection and the Improvement and Recovery Plan."),
         ("table", rows, [30, 100, 40]),
         ("np", "2.", "Items may be added by the Chair in consultation with the Director of Finance and the Monitoring Officer.")]
    return [reportlab_paper("aud-07-wp", b, "Work Programme 2025/26")]


def papers(number):
    return {"3": lambda: [minutes()], "4": ia_report, "5": ags, "6": independent_members, "7": work_programme}[number]()


# ---------------------------------------------------------------- appendices and a further item
from packlib import HERE
META[5].append(("8", "Counter Fraud and Corruption Annual Report 2024/25", True))

def ia_plan():
    g = _r.Random(5)
    rows = [["Ref", "Audit", "Directorate", "Days", "Quarter", "Basis"]]
    dirs = ["Corporate", "Finance", "Housing", "Children's", "Adults", "Place", "Regeneration"]
    extra = ["Commissioners' support costs", "Improvement and Recovery Plan \u2013 assurance", "Statutory recommendations follow-up",
             "Section 151 budget challenge process", "Urgent decisions and call-in", "Cabinet member delegated decisions",
             "Forward Plan compliance", "Members' and officers' protocol", "Whistleblowing arrangements", "Contracts register",
             "Waivers \u2013 quarterly testing", "Shareholder governance", "Temporary accommodation \u2013 procurement",
             "SEND transport contracts", "Agency staff \u2013 off-payroll rules", "Capital programme \u2013 gateway reviews",
             "Budget monitoring \u2013 forecasting accuracy", "Data protection \u2013 breaches", "Emergency planning"]
    for i, a in enumerate(AREAS + extra, 1):
        rows.append(["IA25/%02d" % i, a, g.choice(dirs), str(g.choice([8, 10, 12, 15, 15, 20, 25])), "Q%d" % g.randint(1, 4),
                     g.choice(["Risk", "Core financial", "Follow-up", "BVI", "Risk"])])
    b = [("h1", "Appendix A \u2013 Internal Audit Plan 2025/26"),
         ("p", "Approved by the committee on 18 March 2025 and revised in June 2025 to reflect the Best Value inspection. Total planned days: 900 (including 60 days' contingency)."),
         ("table", rows, [18, 70, 26, 12, 16, 22])]
    return reportlab_paper("aud-04-appA", b, "Internal Audit Plan 2025/26")

def charter():
    b = [("h1", "Appendix B \u2013 Internal Audit Charter (revised June 2025)"),
         ("h2", "1. Purpose and mandate"),
         ("p", "Internal audit provides independent and objective assurance and advice to the council, its Audit and Governance Committee and its senior management. Its mandate derives from the Accounts and Audit Regulations 2015 and from the council's Financial Procedure Rules."),
         ("h2", "2. Independence"),
         ("p", "The Head of Internal Audit reports functionally to the Audit and Governance Committee and administratively to the Director of Finance. The Head of Internal Audit has direct and unrestricted access to the Chief Executive, the Monitoring Officer, the Chair of the committee and the external auditor, and may meet the committee in private at least once a year."),
         ("h2", "3. Scope"),
         ("p", "The scope of internal audit covers all of the council's activities, including its companies and partnerships where the council's interests are at stake. Internal audit may also carry out consultancy work where this does not impair its independence."),
         ("h2", "4. Responsibilities of management"),
         ("p", "Managers are responsible for maintaining effective controls, for responding to draft audit reports within ten working days and for implementing agreed actions by the agreed date. Overdue high priority actions will be reported to the committee by name of the responsible director."),
         ("h2", "5. Resources"),
         ("p", "The Head of Internal Audit will tell the committee if the resources available are insufficient to deliver a plan that allows an annual opinion to be given. The committee will consider whether to recommend additional resources to the Director of Finance."),
         ("h2", "6. Reporting"),
         ("p", "The Head of Internal Audit will report progress to each ordinary meeting of the committee and will present an annual report and opinion. The opinion will be used in the preparation of the Annual Governance Statement."),
         ("h2", "7. Quality assurance and improvement"),
         ("p", "The service will maintain a quality assurance and improvement programme, including an external assessment at least once every five years."),
         ("h2", "8. Review"),
         ("p", "This charter will be reviewed annually by the Head of Internal Audit and approved by the committee.")]
    return docx_paper("aud-04-appB", b, "Internal Audit Charter")

def tracker():
    rows = [["No.", "Statutory recommendation (Auditor's Annual Report 2023/24)", "Progress", "RAG"],
            ["1", "Set a balanced budget for 2025/26 supported by a robust savings plan and a realistic assessment of the use of reserves", "Budget set February 2025 with \u00a319.5m capitalisation; savings plan being rebuilt", "Amber"],
            ["2", "Strengthen the governance of Lydford Futures Ltd, including shareholder oversight and the information reported to members", "Independent review commissioned; no further lending agreed 27 May 2025", "Amber"],
            ["3", "Ensure that the statutory officers' advice is reported in full to decision-makers", "New report template in use from July 2025", "Red"]]
    b = [("h1", "Appendix 3 \u2013 Statutory Recommendations: Progress"),
         ("p", "Recommendations made by the external auditor under section 24 and schedule 7 of the Local Audit and Accountability Act 2014, reported to full Council in December 2024."),
         ("table", rows, [10, 80, 60, 16]),
         ("p", "The external auditor will report on progress in the Auditor's Annual Report for 2024/25, expected in November 2025.")]
    return reportlab_paper("aud-05-app3", b, "Statutory Recommendations \u2013 Progress")

def counter_fraud():
    b = [("h1", "Counter Fraud and Corruption Annual Report 2024/25"),
         ("p", "Report of the Head of Internal Audit to the Audit and Governance Committee, 24 June 2025"),
         ("h2", "1. Purpose"),
         ("np", "1.1", "To report the work of the Corporate Anti-Fraud Team in 2024/25 and the outcome of the council's participation in the National Fraud Initiative."),
         ("h2", "2. Summary of activity"),
         ("np", "2.1", "The team received 312 referrals in 2024/25, compared with 287 in 2023/24. Of these, 141 related to council tax single person discount, 64 to housing tenancy, 38 to blue badges, 29 to the council tax reduction scheme and 40 to other matters."),
         ("np", "2.2", "Fourteen council properties were recovered following tenancy fraud investigations, at a notional value of \u00a3588,000 in avoided temporary accommodation costs."),
         ("np", "2.3", "Three cases were referred to the police and one prosecution was completed. Eleven formal cautions and 27 administrative penalties were issued."),
         ("h2", "3. National Fraud Initiative"),
         ("np", "3.1", "The council received 6,420 matches from the 2024/25 exercise. 2,115 recommended matches have been reviewed; errors and frauds to the value of \u00a3214,600 have been identified, mainly in single person discount and pensions."),
         ("h2", "4. Whistleblowing"),
         ("np", "4.1", "Nine concerns were raised under the whistleblowing policy in 2024/25. Four related to procurement and two to recruitment. The policy is being revised as part of the Improvement and Recovery Plan."),
         ("h2", "5. Counter fraud strategy"),
         ("np", "5.1", "The council's Counter Fraud and Corruption Strategy was last revised in 2021. A revised strategy, reflecting the new failure to prevent fraud offence in the Economic Crime and Corporate Transparency Act 2023, will be brought to the committee in November 2025."),
         ("h2", "6. Resources"),
         ("np", "6.1", "The team has three investigators and one intelligence officer. One post has been vacant since October 2024."),
         ("h2", "7. Recommendation"),
         ("np", "7.1", "That the committee notes the report."),
         ("p", "Contact officer: Head of Internal Audit")]
    return [groff_paper("aud-08-fraud", b, "Counter Fraud Annual Report 2024/25")]

_orig_papers = papers
def papers(number):
    if number == "4":
        return ia_report() + [ia_plan(), charter()]
    if number == "5":
        return ags() + [HERE / "letter.pdf", tracker()]
    if number == "8":
        return counter_fraud()
    return _orig_papers(number)


def summaries():
    g = _r.Random(11)
    picks = ["Procurement \u2013 waivers", "Lydford Futures Ltd \u2013 loan monitoring", "Information governance", "Cyber security",
             "Children's placements \u2013 commissioning", "Temporary accommodation \u2013 bookings", "Housing repairs \u2013 contract payments",
             "Risk management", "Performance data quality", "Agency staff", "Declarations of interest", "Corporate credit cards"]
    finding = ["controls were not operating as designed in a significant number of the cases tested",
               "there was no up-to-date procedure note and staff relied on custom and practice",
               "management information was not reported to the responsible director or to members",
               "segregation of duties was not maintained and approvals were retrospective",
               "records were incomplete and could not be reconciled to the ledger"]
    b = [("h1", "Appendix C \u2013 Summaries of Limited and No Assurance Audits 2024/25")]
    for i, a in enumerate(picks, 1):
        op = "No assurance" if a in ("Procurement \u2013 waivers", "Lydford Futures Ltd \u2013 loan monitoring") else "Limited"
        b += [("h2", "C%d  %s (%s)" % (i, a, op)),
              ("p", "Scope: the design and operation of key controls in %s during 2024/25. We tested a sample of %d transactions or cases." % (a.lower(), g.randint(15, 40))),
              ("p", "Key findings: %s; and %s. %d high and %d medium priority actions were agreed with management." % (
                  g.choice(finding), g.choice(finding), g.randint(1, 3), g.randint(2, 6))),
              ("p", "Management response: agreed. Target date for implementation: %s 2025. A follow-up audit is included in the 2025/26 plan." % g.choice(["September", "October", "December"]))]
    return reportlab_paper("aud-04-appC", b, "Internal Audit \u2013 Summaries of Limited Assurance Audits")

_p2 = papers
def papers(number):
    if number == "4":
        return ia_report() + [ia_plan(), charter(), summaries()]
    return _p2(number)
