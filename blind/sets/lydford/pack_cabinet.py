# -*- coding: utf-8 -*-
"""Cabinet, 17 June 2025: the papers, with their quotations registered as they are written."""
from packlib import q, other, reportlab_paper, docx_paper, groff_paper

META = ("Cabinet", "Tuesday, 17 June 2025", "2.00 pm", "Committee Room 1, Council House, Victoria Square, Lydford",
        "The Leader (Chair), the Deputy Leader and Cabinet Members for Finance and Resources; Housing; "
        "Children and Families; Adult Social Care and Health; Regeneration and Growth; Environment; "
        "Communities and Neighbourhoods",
        [("1", "Apologies for Absence", False),
         ("2", "Declarations of Interest", False),
         ("3", "Minutes of the Meeting held on 27 May 2025", True),
         ("4", "Public Questions", True),
         ("5", "Best Value Inspection \u2013 Response to the Report and Improvement and Recovery Plan", True),
         ("6", "Record of Urgent Executive Decision \u2013 Representations to the Secretary of State", True),
         ("7", "Recommendations of the Overview and Scrutiny Management Board", True),
         ("8", "Forward Plan of Key Decisions", True)])

LQ, RQ = "\u201c", "\u201d"


def minutes():
    b = [("h1", "Lydford Metropolitan Borough Council"),
         ("h2", "Minutes of the meeting of the Cabinet held on Tuesday, 27 May 2025 at 2.00 pm in Committee Room 1, Council House"),
         ("p", "Present: The Leader (in the Chair); the Deputy Leader; Councillors Afzal, Bramley, Doherty, Kaur, Osei and Whitcombe."),
         ("p", "Also present: Councillor Marsh (Leader of the Opposition), Councillor Penrose (Liberal Democrat Group Leader)."),
         ("p", "Officers: Chief Executive; Director of Finance (Section 151 Officer); Director of Law and Governance (Monitoring Officer); Democratic Services Officer."),
         ("h2", "1   Apologies for absence"),
         ("p", "There were no apologies."),
         ("h2", "2   Declarations of interest"),
         ("p", "Councillor Doherty declared a non-pecuniary interest in item 5 as a former director of Lydford Futures Ltd and took no part in the discussion of that item."),
         ("h2", "3   Minutes"),
         ("p", "RESOLVED: That the minutes of the meeting held on 22 April 2025 be approved as a correct record and signed by the Chair."),
         ("h2", "4   Leader's statement: Best Value Inspection"),
         ("p", "The Leader made a statement on the report of the Best Value inspection, published by the Secretary of State on 20 May 2025. She said that the council accepted that it had to improve and would work with whoever the government appointed. She thanked staff and noted that the inspectors had found " + LQ
               + q("committed staff and some capable officers", "verbatim", "8.2", kind="exact, no citation",
                   note="8.2's own words; the minute gives no paragraph") + RQ + "."),
         ("p", "The Leader said that the council's vision remained the one set out in the Corporate Plan, " + LQ
               + other("a borough where everyone has the chance to rise", "the council's Corporate Plan, Lydford Rising 2022-2027")
               + RQ + ", and that the council had been right to seek exceptional financial support. The inspectors themselves had said that the request " + LQ
               + q("was prudent in the circumstances", "verbatim", "4.4", cited=["4.4"], note="4.4 says the request was prudent in the circumstances")
               + RQ + " (paragraph 4.4)."),
         ("p", "The Cabinet Member for Finance and Resources said that nobody should underestimate the scale of the task. The report recorded that the general fund reserve had " + LQ
               + q("fell from \u00a338.6 million to \u00a311.9 million", ["minor", "misquote"], "4.1",
                   source_text="fell from \u00a338.6 million at 31 March 2021 to \u00a311.9 million at 31 March 2025",
                   kind="dates cut without ellipsis", strict=False,
                   note="the two dates are left out unmarked; the figures are right, so the meaning mostly survives")
               + RQ + " and that the council had only weeks to set out its response."),
         ("p", "Councillor Marsh, Leader of the Opposition, was invited to speak. He said that the report confirmed what his group had said for years. The inspectors themselves had concluded that " + LQ
               + q("decisions are made in the Leader's office and then dressed up for Cabinet", "out_of_context", "2.2", cited=["2.2"],
                   context_dropped="One officer told us that",
                   kind="one officer's words presented as the inspectors' conclusion",
                   note="2.2 attributes these words to one officer; the inspectors only call such accounts a fair description")
               + RQ + " (para 2.2). He asked the Leader to resign."),
         ("p", "In reply the Leader said the opposition should read the report properly. It said in terms that " + LQ
               + q("We do not suggest that any member acted unlawfully", "verbatim", "2.8", cited=["2.8"], note="2.8's opening sentence")
               + RQ + " (paragraph 2.8), and she would not apologise for having stood up for Lydford."),
         ("p", "Councillor Penrose asked when members would see the council's formal response. The Chief Executive said that a full report and draft improvement and recovery plan would come to Cabinet on 17 June 2025."),
         ("p", "RESOLVED: (1) That the publication of the report of the Best Value inspection and the letter from the Secretary of State of 20 May 2025 be noted. (2) That the Chief Executive, in consultation with the Leader, prepare the council's representations to the Secretary of State by 3 June 2025."),
         ("h2", "5   Lydford Futures Ltd \u2013 Independent Review"),
         ("p", "The Director of Finance introduced the report. The independent review of Lydford Futures Ltd had been commissioned in March 2025 and would report in July 2025. The Director reminded Cabinet that the inspectors' report said the review " + LQ
               + q("must be completed before any further lending is agreed", "verbatim", "6.8", cited=["R9"], citation="wrong",
                   kind="exact, wrong place cited", note="the words are 6.8's; R9 says something similar in other words")
               + RQ + " (Recommendation 9)."),
         ("p", "RESOLVED: That no further loans be advanced to Lydford Futures Ltd pending the outcome of the independent review."),
         ("h2", "6   Revenue Budget Monitoring 2024/25 \u2013 Provisional Outturn"),
         ("p", "The Cabinet Member for Finance and Resources presented the provisional outturn, showing an overspend of \u00a311.4 million, mainly in children's placements and temporary accommodation. The overspend would be met from the general fund reserve."),
         ("p", "RESOLVED: That the provisional outturn be noted and the proposed use of reserves be approved."),
         ("p", "The meeting ended at 3.47 pm."),
         ("sp", 6), ("p", "Chair ..............................................")]
    return reportlab_paper("cab-03-minutes", b, "Cabinet \u2013 27 May 2025 \u2013 Minutes")


def questions():
    b = [("h1", "Item 4 \u2013 Public Questions"),
         ("p", "Cabinet, 17 June 2025. Questions received under Cabinet Procedure Rule 9 by the deadline of 12 noon on 10 June 2025. Written answers are set out below. A questioner may ask one supplementary question at the meeting."),
         ("h2", "Question 1 \u2013 from a resident of Holloway ward, to the Cabinet Member for Housing"),
         ("p", "My family has waited since January for the damp in our back bedroom to be treated. The inspectors' report says that " + LQ
               + q("the average time to complete a non-emergency repair was 91 days", "misquote", "7.2", cited=["7.2"],
                   source_text="The average time to complete a non-emergency repair was 71 days",
                   kind="number altered", note="7.2 says 71 days, not 91")
               + RQ + " (paragraph 7.2). What is the Cabinet Member going to do about it, and when will my repair be done?"),
         ("p", "Answer: I am sorry that the family has waited so long and I have asked the service to contact the questioner this week. The figure in the report is in fact " + LQ
               + q("71 days, against the council's own target of 28 days", "verbatim", "7.2", kind="exact, no citation",
                   note="7.2's words; the answer gives no paragraph but follows the question's")
               + RQ + ", which is still far too long. Since January we have recruited two additional damp and mould surveyors and let an interim contract for mould treatment, and the number of open damp and mould cases has fallen from 2,610 to 2,180."),
         ("h2", "Question 2 \u2013 from the Lead Petitioner, Brookfield Tenants' Action Group"),
         ("p", "In March our group presented a petition signed by 1,146 residents which said: " + LQ
               + other("We the undersigned call on Lydford Council to bring damp and mould repairs back in house and to answer every repair request within five working days", "a residents' petition")
               + RQ + ". The inspectors agree with us that " + LQ
               + q("Tenants told us they had reported the same problem several times without a response", "verbatim", "7.3", cited=["7.3"],
                   note="7.3 reports what tenants told the inspectors; the question presents it as such")
               + RQ + " (para 7.3). Will the Cabinet Member now agree to the petition's request?"),
         ("p", "Answer: The petition was debated by full Council on 9 April 2025 and referred to the Housing Scrutiny Panel, which will report in September. I do not accept that the answer is simply to bring every repair in house. The inspectors' report recognises that " + LQ
               + q("the problems in housing repairs can be solved within the housing service alone", "out_of_context", "7.6",
                   context_dropped="We do not consider that",
                   kind="denial dropped", note="7.6 says the inspectors do NOT consider the problems can be solved within the service alone")
               + RQ + ", and that is what we will do, working with tenants."),
         ("h2", "Question 3 \u2013 from a resident of Castle ward, to the Leader"),
         ("p", "The report says the Leader's office was involved in softening the Section 151 Officer's budget warnings. Will the Leader publish both drafts of the 2023/24 budget report?"),
         ("p", "Answer: The Leader does not accept the characterisation in the question. The council has shared all the documents the inspectors asked for and will publish the drafts if the Commissioners, once appointed, advise that it should."),
         ]
    return reportlab_paper("cab-04-questions", b, "Cabinet \u2013 17 June 2025 \u2013 Public Questions")


def officers_report():
    b = [("small", "Lydford Metropolitan Borough Council"),
         ("h1", "Report to Cabinet"),
         ("p", "Date of meeting: 17 June 2025\nReport of: Chief Executive\nPortfolio: Leader of the Council\nKey decision: Yes (Forward Plan reference FP/2025/031)\nWards affected: All\nExempt information: None"),
         ("h1", "Best Value Inspection \u2013 Response to the Report and Improvement and Recovery Plan"),
         ("h2", "1. Purpose of the report"),
         ("np", "1.1", "To set out the council's response to the report of the Best Value inspection published on 20 May 2025, which concluded that the council " + LQ
                + q("is failing to comply with its best value duty", "verbatim", "8.1", cited=["8.1"], note="8.1's opening sentence")
                + RQ + " (paragraph 8.1), and to seek Cabinet's approval of a draft improvement and recovery plan for consultation."),
         ("np", "1.2", "To report the Secretary of State's proposals for intervention, set out in her letter of 20 May 2025, and the council's representations in response."),
         ("h2", "2. Recommendations"),
         ("np", "2.1", "That Cabinet notes the findings of the Best Value inspection and the letter of the Secretary of State of 20 May 2025."),
         ("np", "2.2", "That Cabinet approves the draft Improvement and Recovery Plan at Appendix A for consultation with the Commissioners, once appointed, and recommends it to full Council on 10 July 2025."),
         ("np", "2.3", "That Cabinet notes the urgent decision taken by the Leader on 2 June 2025 to submit representations to the Secretary of State (item 6 on this agenda)."),
         ("h2", "3. Background"),
         ("np", "3.1", "The Secretary of State appointed inspectors in December 2024 under section 10 of the Local Government Act 1999. The best value duty is set out in section 3(1) of that Act, which provides that " + LQ
                + other("A best value authority must make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness.",
                        "section 3(1) of the Local Government Act 1999 (paragraph 8.1 of the report borrows its wording)")
                + RQ),
         ("np", "3.2", "The inspectors carried out their fieldwork between 6 January and 21 March 2025, held 94 interviews and focus groups and observed 17 meetings. A staff survey was run at their request in February 2025."),
         ("np", "3.3", "The report was published on 20 May 2025 together with the Secretary of State's letter to the Chief Executive. The letter states that the Secretary of State is " + LQ
                + q("minded to appoint three Commissioners for a period of three years", "verbatim", "4", source="letter", cited_document="letter",
                    note="letter, paragraph 4") + RQ
                + " and proposes that they should exercise the council's functions relating to financial governance, the appointment and dismissal of statutory officers, and the governance and scrutiny of strategic decision-making."),
         ("h2", "4. The findings of the report"),
         ("np", "4.1", "The report is wide-ranging and its conclusions are serious. Officers do not propose to summarise every finding; the full report is available on the council's website. The main findings are set out below, in the order of the report's chapters."),
         ("np", "4.2", "Leadership and culture. The inspectors found that the concentration of influence in the Leader's office had weakened the roles of Cabinet, scrutiny and the statutory officers. They acknowledge that the Chief Executive's review of the council's finances is " + LQ
                + q("a welcome start", "verbatim", "2.6", cited=["2.6"], note="2.6") + RQ
                + " (paragraph 2.6), but warn that improvement " + LQ
                + q("will not hold unless it has the visible support of the political leadership", "verbatim", "2.6", cited=["2.6"], note="2.6, same citation") + RQ
                + ". They also note the council's recent progress, describing " + LQ
                + q("the substantial progress made since September 2024", "not_found", None, source=None, cited=["2.6"], citation="wrong",
                    kind="invented phrase", note="no place says this; 2.6 calls the Chief Executive's work a start only")
                + RQ + " (paragraph 2.6)."),
         ("np", "4.3", "The inspectors report that at the time of their fieldwork " + LQ
                + q("five of the council's 38 most senior posts were filled by interim or agency staff", "misquote", "2.5", cited=["2.5"],
                    source_text="15 of the council's 38 most senior posts were filled by interim or agency staff",
                    kind="number altered", note="2.5 says 15, not five") + RQ
                + " (2.5). The staff survey found that only 31% of respondents agreed that senior leaders act with integrity."),
         ("np", "4.4", "Financial management. The report describes " + LQ
                + q("[the council's] financial position \u2026 has been allowed to deteriorate for at least four years", "minor", "executive summary",
                    cited=["executive summary"], source_text="a financial position that has been allowed to deteriorate for at least four years",
                    kind="bracketed insertion and ellipsis", note="executive summary; the insertion and cut keep the meaning")
                + RQ + " (Executive Summary). It notes that the council's medium term financial strategy identifies a budget gap of \u00a327.4 million in 2026/27 and that the finance team has " + LQ
                + q("not had enough staff to do the job properly", "paraphrase", "4.8", cited=["4.8"],
                    source_text="The finance function has not been given the resources it needs.",
                    kind="paraphrase in quotation marks", note="4.8 says the finance function has not been given the resources it needs; these words are not the report's")
                + RQ + " (paragraph 4.8)."),
         ("np", "4.5", "Scrutiny and audit. The report states bluntly that " + LQ
                + q("Scrutiny in Lydford is not effective", "verbatim", "5.1", cited=["5.3"], citation="wrong",
                    kind="exact, wrong paragraph", note="5.1 holds the words; 5.3 is about the Audit and Governance Committee")
                + RQ + " (paragraph 5.3). The Overview and Scrutiny Management Board has considered the report and its recommendations are at item 7."),
         ("np", "4.6", "Procurement and Lydford Futures Ltd. The inspectors found that waivers of the contract procedure rules had become routine and that the council had lent Lydford Futures Ltd \u00a346.3 million, of which \u00a321.8 million has been impaired."),
         ("np", "4.7", "Services. The report considers housing repairs in some detail. Its findings are addressed in the Housing Improvement Plan reported to Cabinet on 22 April 2025 and are reflected in Appendix A."),
         ("h2", "5. The Secretary of State's letter and the council's representations"),
         ("np", "5.1", "The letter invited representations by 3 June 2025, stating that " + LQ
                + q("Representations should reach my officials by 5pm on 3 June 2025", "verbatim", "7", source="letter",
                    cited_document="letter", note="letter, paragraph 7") + RQ
                + ". The Leader took an urgent decision on 2 June 2025 to submit representations accepting the proposed intervention. The record of that decision is at item 6."),
         ("np", "5.2", "The Secretary of State's letter is clear that the intervention " + LQ
                + q("is not a judgement on the many dedicated staff who serve the people of Lydford", "verbatim", "6", source="letter",
                    cited_document="letter", note="letter, paragraph 6") + RQ
                + " (Letter from SoS to CEX 20/05/25). Officers have briefed all staff and the recognised trade unions."),
         ("h2", "6. The draft Improvement and Recovery Plan"),
         ("np", "6.1", "Recommendation R1 of the report asks the council to prepare " + LQ
                + q("an improvement and recovery plan that addresses each of the failures identified in this report", "verbatim", "R1", cited=["R1"], note="R1")
                + RQ + ". The draft plan at Appendix A takes each of the ten recommendations in turn and sets out the actions, the lead officer and the timescale."),
         ("np", "6.2", "The most urgent is R2, under which the council " + LQ
                + q("should set a balanced and sustainable budget for 2026/27 that does not rely on the use of reserves", "verbatim", "R2", cited=["R2"], note="R2")
                + RQ + ". Work on the 2026/27 budget has begun and a revised medium term financial strategy will be reported in September."),
         ("np", "6.3", "The plan will be reported to Cabinet and to full Council every quarter and to the Commissioners as they require."),
         ("h2", "7. Options considered"),
         ("np", "7.1", "Cabinet could decline to prepare a plan until the Commissioners are appointed. This is not recommended: the letter proposes that the plan be agreed within six months and early work will shorten that period."),
         ("h2", "8. Implications"),
         ("np", "8.1", "Financial: The cost of the intervention, including the Commissioners' fees, falls to the council and is estimated at \u00a3650,000 a year. It will be met from the corporate contingency in 2025/26."),
         ("np", "8.2", "Legal: The Secretary of State's powers are in sections 15 and 15(5) of the Local Government Act 1999. Any directions made will bind the council."),
         ("np", "8.3", "Equalities: An equality impact assessment will be carried out on each action in the plan that affects services."),
         ("np", "8.4", "Risk: The principal risk is that the council fails to deliver the plan at the pace required. This will be recorded on the corporate risk register."),
         ("h2", "9. Background papers"),
         ("p", "Best Value Inspection of Lydford Metropolitan Borough Council, April 2025. Letter from the Secretary of State to the Chief Executive, 20 May 2025."),
         ("p", "Contact officer: Head of Policy and Improvement, policy@lydford.gov.uk"),
         ]
    p1 = docx_paper("cab-05-report", b, "Cabinet 17 June 2025 \u2013 Best Value Inspection Response")
    rows = [["Ref", "What the inspectors said", "Action", "Lead", "By"]]
    A = [
        ("R1", LQ + q("an improvement and recovery plan", "verbatim", "R1", cited=["R1"], note="R1, in a table cell", kind="exact, table cell") + RQ + " with milestones and regular reporting to full Council (R1)",
         "Draft plan (this appendix) to Council 10 July 2025; quarterly reports thereafter", "Chief Executive", "Jul 2025"),
        ("R2", "Rebuild the general fund reserve to " + LQ
         + q("at least \u00a330 million", "misquote", "R2", cited=["R2"], source_text="at least \u00a320 million", kind="number altered, table cell",
             note="R2 says at least \u00a320 million") + RQ + " (R2)",
         "Revised MTFS; savings programme of \u00a318m; reserves strategy", "Director of Finance", "Sep 2025"),
        ("R3", "Statutory officers' advice " + LQ + q("included in full in the reports on which decisions are taken", "verbatim", "R3", cited=["R3"], kind="exact, table cell", note="R3") + RQ,
         "New report template with mandatory statutory officer comments; Cabinet report clearance protocol", "Monitoring Officer", "Aug 2025"),
        ("R4", "Ensure " + LQ + q("that key decisions appear on the Forward Plan", "verbatim", "R4", cited=["R4"], kind="exact, table cell", note="R4") + RQ + " (R4)",
         "Constitution review; urgency provisions limited; delegations to Cabinet members reviewed", "Monitoring Officer", "Oct 2025"),
        ("R5", "Consider " + LQ + q("the appointment of a scrutiny chair from outside the majority group", "verbatim", "R5", cited=["R5"], kind="exact, table cell", note="R5") + RQ,
         "Scrutiny review with the Centre for Governance and Scrutiny; annual pre-decision scrutiny programme", "Head of Democratic Services", "Nov 2025"),
        ("R6", "The committee should " + LQ + q("appoint at least one independent member", "verbatim", "R6", cited=["R6"], kind="exact, table cell", note="R6") + RQ,
         "Recruit two independent members; internal audit plan restored to 900 days", "Director of Finance", "Dec 2025"),
        ("R7", "Permanent appointments " + LQ
         + q("to its statutory and director posts within six months", "misquote", "R7", cited=["R7"],
             source_text="to its statutory and director posts within twelve months", kind="time limit altered, table cell",
             note="R7 allows twelve months") + RQ + " (R7)",
         "Senior recruitment campaign; interim roles reduced to five by March 2026", "Director of People", "Mar 2026"),
        ("R8", "Restrict waivers and " + LQ + q("report all waivers quarterly to the Audit and Governance Committee", "verbatim", "R8", cited=["R8"], kind="exact, table cell", note="R8") + RQ,
         "Revised contract procedure rules; contracts register published", "Head of Procurement", "Sep 2025"),
        ("R9", LQ + q("agree no further lending until it is complete", "verbatim", "R9", cited=["R9"], kind="exact, table cell", note="R9") + RQ + " (R9)",
         "Cabinet resolution of 27 May 2025; shareholder agreement to be revised", "Director of Finance", "Jul 2025"),
        ("R10", "Improve " + LQ + q("its arrangements for raising concerns", "verbatim", "R10", cited=["R9"], citation="wrong",
                                   kind="exact, wrong recommendation cited, table cell", note="the words are R10's; the cell cites R9") + RQ + " (R9)",
         "Whistleblowing policy refreshed; members' and officers' protocol; staff survey action plan", "Director of People", "Oct 2025"),
    ]
    for r in A:
        rows.append(list(r))
    b2 = [("small", "Cabinet, 17 June 2025 \u2013 Item 5"),
          ("h1", "Appendix A \u2013 Draft Improvement and Recovery Plan"),
          ("p", "Status: draft for consultation. The plan responds to each recommendation of the Best Value inspection report. Progress will be reported to Cabinet quarterly using the RAG ratings below."),
          ("table", rows, [12, 58, 50, 24, 18]),
          ("h2", "Milestones"),
          ("table", [["Milestone", "Date", "Status"],
                     ["Representations to the Secretary of State", "3 June 2025", "Complete"],
                     ["Draft plan to Cabinet", "17 June 2025", "This meeting"],
                     ["Plan approved by full Council", "10 July 2025", "Planned"],
                     ["Revised medium term financial strategy", "September 2025", "Planned"],
                     ["Constitution review reported to Council", "October 2025", "Planned"],
                     ["First six-monthly report to Commissioners", "January 2026", "Planned"],
                     ["Budget 2026/27 set without use of reserves", "February 2026", "Planned"]], [90, 40, 32]),
          ]
    p2 = reportlab_paper("cab-05-appA", b2, "Appendix A \u2013 Improvement and Recovery Plan")
    return [p1, p2]


def decision_notice():
    b = [("h1", "Record of Urgent Executive Decision"),
         ("p", "Decision reference: ED/2025/014. Decision taken by: the Leader of the Council. Date of decision: 2 June 2025. Published: 3 June 2025."),
         ("h2", "Subject"),
         ("p", "Best Value Inspection: the council's representations to the Secretary of State on her proposed intervention."),
         ("h2", "Special urgency"),
         ("p", "This decision was taken under Access to Information Procedure Rule 16 (special urgency). The Chair of the Overview and Scrutiny Management Board agreed that the decision was urgent, the rule providing that such a decision may be taken where " + LQ
               + other("the decision is urgent and cannot reasonably be deferred", "the council's Access to Information Procedure Rules")
               + RQ + ". The decision is not subject to call-in."),
         ("h2", "Decision"),
         ("p", "To submit representations to the Secretary of State accepting the findings of the Best Value inspection and the proposed intervention package, and requesting that the council's functions relating to housing repairs be added to the scope of the Commissioners' oversight only if the Housing Improvement Plan is not delivered."),
         ("h2", "Reasons for the decision"),
         ("p", "The inspectors concluded that " + LQ
               + q("We do not consider that the council has the capacity or the political will to recover on its own within a reasonable time", "verbatim", "8.2", cited=["8.2"], note="8.2")
               + RQ + " (paragraph 8.2). The Leader does not agree with every finding, but considers that it is in the interests of residents for the council to work with the Commissioners rather than to contest the report."),
         ("p", "The Secretary of State has said that she is " + LQ
               + q("minded to appoint three Commissioners", "verbatim", "4", source="letter", cited_document="letter", note="letter, paragraph 4; repeated from item 5")
               + RQ + " for three years (Letter from SoS to CEX 20/05/25). Representations had to be received by 5pm on 3 June 2025 and there was no scheduled meeting of Cabinet before then."),
         ("p", "The council's financial position is such that delay would be harmful. The report records a " + LQ
               + q("cumulative gap of \u00a364.1 million by 2028/29", "verbatim", "4.3", cited=["4.3"], note="4.3")
               + RQ + " (paragraph 4.3)."),
         ("h2", "Alternative options considered and rejected"),
         ("np", "1.", "To contest the findings of the report. Rejected. Although the report accepts that the council has " + LQ
               + q("turned a corner", "out_of_context", "2.3", cited=["2.3"], context_dropped="The Leader told us that the council had",
                   kind="the Leader's view presented as the report's", note="2.3: the Leader said it; the inspectors say 'We do not share that view'")
               + RQ + " (paragraph 2.3), contesting the report would delay the council's recovery and would be unlikely to succeed."),
         ("np", "2.", "To seek a shorter period of intervention. Rejected. The inspectors recommend commissioners " + LQ
               + q("for a period of at least three years", "verbatim", "8.3", cited=["8.3"], note="8.3")
               + RQ + " (paragraph 8.3) and a shorter period would not be credible."),
         ("np", "3.", "To make no representations. Rejected, because the council wished to put on record its commitment to the intervention and its own proposals on housing."),
         ("h2", "Consultation"),
         ("p", "Chief Executive; Director of Finance (Section 151 Officer); Director of Law and Governance (Monitoring Officer); Chair of the Overview and Scrutiny Management Board; leaders of the opposition groups."),
         ("h2", "Declarations of interest"),
         ("p", "None."),
         ("sp", 4),
         ("p", "Signed: Leader of the Council          Date: 2 June 2025"),
         ("p", "Proper Officer: Director of Law and Governance          Date: 2 June 2025")]
    return [groff_paper("cab-06-decision", b, "Record of Urgent Executive Decision ED/2025/014")]


def osmb():
    b = [("h1", "Recommendations of the Overview and Scrutiny Management Board"),
         ("p", "Report of the Chair of the Overview and Scrutiny Management Board to Cabinet, 17 June 2025"),
         ("h2", "1. Introduction"),
         ("np", "1.1", "The Board held a special meeting on 5 June 2025 to consider the report of the Best Value inspection, with the Chief Executive and the Monitoring Officer in attendance. This report sets out the Board's recommendations to Cabinet."),
         ("np", "1.2", "The Board did not enjoy reading the report. It concluded that " + LQ
                + q("Scrutiny in Lydford is not effective", "verbatim", "5.1", cited=["5.1"], kind="exact, repeated from item 5",
                    note="the same words as item 5's paragraph 4.5, here cited correctly") + RQ
                + " (paragraph 5.1), and members recognised the picture it painted of a Board that met five times in 2024/25."),
         ("np", "1.3", "One scrutiny chair told the inspectors: " + LQ
                + q("You don't get far in this group by asking awkward questions.", "verbatim", "5.2", kind="attributed as in the report",
                    note="5.2; the document keeps the attribution to one scrutiny chair") + RQ
                + " The Board discussed this remark at length and did not reach a common view about it."),
         ("h2", "2. Recommendations to Cabinet"),
         ("np", "2.1", "That Cabinet supports R5 in full, including the appointment of " + LQ
                + q("a scrutiny chair from outside the majority group", "verbatim", "R5", cited=["R5"], note="R5; repeated from Appendix A of item 5") + RQ
                + ", and asks full Council to make that appointment at its meeting on 10 July 2025."),
         ("np", "2.2", "That Cabinet publishes a forward plan of key decisions at least 56 days ahead and stops the routine use of urgency provisions, noting the report's finding that " + LQ
                + q("eleven of the 26 reports considered by Cabinet were added as urgent items", "misquote", "3.2", cited=["3.2"],
                    source_text="eleven of the 26 reports considered by Cabinet were added to the agenda as urgent items",
                    kind="words dropped without ellipsis", strict=False,
                    note="'to the agenda' dropped without a mark; the sense survives, so minor is arguable")
                + RQ + " in 2024/25 (paragraph 3.2)."),
         ("np", "2.3", "That the Board's work programme for 2025/26 is rebuilt around pre-decision scrutiny, consistent with the statutory guidance, which says that scrutiny should " + LQ
                + other("provide constructive 'critical friend' challenge", "the government's statutory guidance on overview and scrutiny")
                + RQ + "."),
         ("np", "2.4", "That the Board receives the draft Improvement and Recovery Plan before it goes to full Council."),
         ("h2", "3. Cabinet's response"),
         ("p", "Cabinet is asked to respond to these recommendations within two months, as required by section 9FE of the Local Government Act 2000."),
         ]
    return [reportlab_paper("cab-07-osmb", b, "Cabinet 17 June 2025 \u2013 OSMB Recommendations")]


def forward_plan():
    rows = [["Ref", "Decision", "Decision maker", "Date", "Key?"]]
    subjects = ["Improvement and Recovery Plan", "Medium Term Financial Strategy refresh", "Lydford Futures Ltd \u2013 outcome of independent review",
                "Housing repairs \u2013 interim mould treatment contract", "Temporary accommodation acquisitions programme", "Contract Procedure Rules revision",
                "Home to school transport policy 2026/27", "Council Tax Reduction Scheme 2026/27", "Town centre car parking charges",
                "Leisure centres \u2013 future operating model", "Library service review \u2013 consultation outcome", "Waste collection vehicle replacement",
                "Capital programme review 2025/26 to 2028/29", "Fees and charges 2026/27", "Corporate Plan annual report",
                "Canal corridor regeneration \u2013 land disposal", "Adult social care market sustainability plan", "SEND sufficiency strategy",
                "Highways maintenance term contract extension", "Treasury management mid-year report", "Asset disposals programme 2025/26",
                "ICT infrastructure refresh", "Domestic abuse strategy 2025-2028", "Members' and officers' protocol", "Revenue budget 2026/27 \u2013 draft proposals"]
    dates = ["15 Jul 2025", "9 Sep 2025", "9 Sep 2025", "15 Jul 2025", "14 Oct 2025", "9 Sep 2025", "14 Oct 2025", "11 Nov 2025",
             "11 Nov 2025", "9 Dec 2025", "14 Oct 2025", "11 Nov 2025", "9 Sep 2025", "9 Dec 2025", "15 Jul 2025", "14 Oct 2025",
             "11 Nov 2025", "9 Dec 2025", "9 Sep 2025", "11 Nov 2025", "14 Oct 2025", "9 Dec 2025", "13 Jan 2026", "14 Oct 2025", "9 Dec 2025"]
    for i, (s, d) in enumerate(zip(subjects, dates), 32):
        rows.append(["FP/2025/%03d" % i, s, "Cabinet" if i % 4 else "Cabinet Member for Finance and Resources", d, "Yes" if i % 3 else "No"])
    b = [("h1", "Forward Plan of Key Decisions"), ("p", "Period: July 2025 to January 2026. Published 3 June 2025 by the Director of Law and Governance."),
         ("table", rows, [24, 70, 36, 22, 14]),
         ("small", "A key decision is an executive decision likely to result in expenditure or savings of \u00a3500,000 or more, or to be significant in its effects on communities living or working in two or more wards.")]
    return [reportlab_paper("cab-08-forward", b, "Forward Plan \u2013 July 2025 to January 2026")]


def papers(number):
    return {"3": lambda: [minutes()], "4": lambda: [questions()], "5": officers_report,
            "6": decision_notice, "7": osmb, "8": forward_plan}[number]()


# ---------------------------------------------------------------- further items (added June 2025)
import random as _r
from packlib import html_paper

META[5].extend([("9", "Corporate Plan Performance Report \u2013 Quarter 4 2024/25", True),
                ("10", "Housing Improvement Plan \u2013 Progress Report", True),
                ("11", "Exclusion of the Press and Public", False)])

PRIORITIES = ["Thriving economy", "Good homes", "Safe and healthy communities", "Best start in life",
              "Clean and green borough", "Independent lives", "Skills and jobs", "Well-run council"]
MEASURES = ["Business rates collected (%)", "New businesses registered", "Town centre vacancy rate (%)", "Jobs created through council schemes",
            "Net additional homes delivered", "Affordable homes delivered", "Households in temporary accommodation", "Homelessness preventions",
            "Repairs completed within target (%)", "Homes meeting Decent Homes Standard (%)", "Anti-social behaviour incidents", "Adults who smoke (%)",
            "Physical activity levels (% active)", "Children with a child protection plan (rate per 10,000)", "Care leavers in education, employment or training (%)",
            "Early years settings rated good or outstanding (%)", "EHC plans issued within 20 weeks (%)", "Household waste recycled (%)",
            "Missed bins per 100,000 collections", "Fly-tipping incidents", "Trees planted", "Delayed transfers of care (days)",
            "Adults receiving direct payments (%)", "Reablement: at home after 91 days (%)", "Apprenticeship starts", "Residents with NVQ3 or above (%)",
            "Young people not in education, employment or training (%)", "Council tax collected (%)", "Invoices paid within 30 days (%)",
            "FOI requests answered within 20 days (%)", "Staff sickness (days per FTE)", "Complaints answered within target (%)",
            "Agency staff as % of workforce", "Stage 2 complaints upheld (%)", "Calls answered within 60 seconds (%)", "Online transactions (%)"]

def performance():
    g = _r.Random(17)
    rows = [["Ref", "Measure", "Priority", "Target", "Q4 actual", "RAG"]]
    for i, m in enumerate(MEASURES, 1):
        pct = "%" in m
        t = g.randint(55, 95) if pct else g.randint(40, 2400)
        a = max(0, t + g.randint(-18, 9) if pct else int(t * g.uniform(0.6, 1.2)))
        rag = "Green" if (a >= t) else ("Amber" if a >= t * 0.9 else "Red")
        rows.append(["CP%02d" % i, m, PRIORITIES[(i - 1) % 8], str(t), str(a), rag])
    b = [("h1", "Corporate Plan Performance Report \u2013 Quarter 4 2024/25"),
         ("p", "Report of the Head of Policy and Improvement. Portfolio: Leader of the Council. Not a key decision."),
         ("h2", "1. Purpose"),
         ("np", "1.1", "To report performance against the measures in the Corporate Plan, Lydford Rising 2022-2027, for the year to 31 March 2025."),
         ("np", "1.2", "This is the first full performance report to Cabinet since 2023. The measures have been reduced from 64 to 36 following a review by the Corporate Leadership Team in April 2025; the full set of 64 will be restored once data systems allow."),
         ("h2", "2. Recommendation"),
         ("np", "2.1", "That Cabinet notes performance for 2024/25 and the actions proposed for measures rated red."),
         ("h2", "3. Summary"),
         ("np", "3.1", "Of the 36 measures reported, 11 are rated green, 9 amber and 16 red. Performance is weakest in housing, temporary accommodation and the council's own corporate processes."),
         ("np", "3.2", "Measures rated red are the subject of service improvement plans. Those for housing repairs are covered by the Housing Improvement Plan at item 10."),
         ("h2", "4. Performance by measure"),
         ("table", rows, [13, 62, 38, 16, 18, 15]),
         ("h2", "5. Data quality"),
         ("np", "5.1", "Eight measures rely on manual returns from services. Internal audit reviewed data quality for four of these in 2024/25 and gave limited assurance for two."),
         ("h2", "6. Implications"),
         ("np", "6.1", "There are no direct financial or legal implications arising from this report."),
         ("p", "Contact officer: Performance and Intelligence Manager")]
    return [reportlab_paper("cab-09-performance", b, "Cabinet 17 June 2025 \u2013 Q4 Performance")]

def housing():
    rows = [["Workstream", "Action", "Owner", "Due", "Status"]]
    ws = [("Damp and mould", ["Clear backlog of damp and mould cases over 90 days old", "Second mould treatment contractor", "Tenant guidance leaflet and text alerts", "Monthly reporting to Housing Scrutiny Panel"]),
          ("Repairs", ["Re-procure responsive repairs contract", "Restore 28-day target for routine repairs", "Out-of-hours service review", "Stock condition survey (20% sample)"]),
          ("Compliance", ["Gas safety 100% compliance", "Fire risk assessments for all high-rise blocks", "Electrical testing programme", "Lift inspection schedule"]),
          ("Tenant voice", ["Tenant Scrutiny Panel re-established", "Complaints handling code self-assessment", "Satisfaction measures published", "Estate inspections with tenants"]),
          ("Regulation", ["Action plan agreed with Regulator of Social Housing", "Monthly updates to the Regulator", "Board-level assurance report", "Data improvement plan"])]
    g = _r.Random(3)
    for w, acts in ws:
        for a in acts:
            rows.append([w, a, g.choice(["Head of Housing", "Repairs Manager", "Compliance Manager", "Tenant Engagement Lead"]),
                         g.choice(["Jul 2025", "Sep 2025", "Dec 2025", "Mar 2026"]), g.choice(["On track", "On track", "At risk", "Complete"])])
    b = [("h1", "Housing Improvement Plan \u2013 Progress Report"),
         ("p", "Report of the Director of Housing and Communities to Cabinet, 17 June 2025. Portfolio: Housing."),
         ("h2", "1. Purpose"),
         ("np", "1.1", "To report progress on the Housing Improvement Plan agreed by Cabinet on 22 April 2025 in response to the regulatory notice issued by the Regulator of Social Housing in 2024."),
         ("h2", "2. Recommendations"),
         ("np", "2.1", "That Cabinet notes progress and approves the extension of the interim mould treatment contract to 31 March 2026."),
         ("h2", "3. Progress"),
         ("np", "3.1", "At 31 May 2025 there were 5,410 outstanding repairs, of which 2,180 related to damp and mould. The average time to complete a non-emergency repair was 58 days."),
         ("np", "3.2", "The plan has 20 actions in five workstreams. Three are complete, thirteen on track and four at risk."),
         ("np", "3.3", "The Regulator has been kept informed monthly. Its next engagement meeting with the council is scheduled for July 2025."),
         ("table", rows, [30, 66, 30, 20, 20]),
         ("h2", "4. Financial implications"),
         ("np", "4.1", "The extension of the interim contract will cost \u00a31.2 million, to be met from the Housing Revenue Account. There is no impact on the General Fund."),
         ("h2", "5. Risks"),
         ("np", "5.1", "The main risk is contractor capacity. A second contractor has been appointed to reduce dependency on a single supplier."),
         ("p", "Contact officer: Head of Housing Management")]
    return [html_paper("cab-10-housing", b, "Cabinet 17 June 2025 \u2013 Housing Improvement Plan")]

def eia():
    rows = [["Protected characteristic", "Likely impact", "Evidence", "Mitigation"]]
    for pc in ["Age", "Disability", "Gender reassignment", "Marriage and civil partnership", "Pregnancy and maternity", "Race",
               "Religion or belief", "Sex", "Sexual orientation", "Socio-economic disadvantage (local)", "Care leavers (local)", "Armed forces community (local)"]:
        rows.append([pc, "Neutral at this stage", "Plan is strategic; service changes will be assessed individually", "Individual EIAs for service changes; consultation with equality forums"])
    b = [("h1", "Appendix B \u2013 Equality Impact Assessment (initial screening)"),
         ("p", "Policy/decision: Draft Improvement and Recovery Plan. Assessor: Equality and Diversity Officer. Date: 6 June 2025."),
         ("h2", "1. Description"),
         ("p", "The plan sets out the council's response to the Best Value inspection. It is a strategic document. Actions that change services, in particular any arising from the savings programme, will be subject to their own assessment before decisions are taken."),
         ("h2", "2. Screening"),
         ("table", rows, [40, 30, 50, 50]),
         ("h2", "3. Conclusion"),
         ("p", "A full assessment is not required at this stage. The screening will be reviewed when the plan is reported to full Council on 10 July 2025."),
         ("p", "Signed off by: Head of Policy and Improvement, 6 June 2025")]
    return docx_paper("cab-05-appB", b, "Appendix B \u2013 Equality Impact Assessment")

_orig_officers_report = officers_report
def officers_report():
    from packlib import HERE
    return _orig_officers_report() + [eia(), HERE / "letter.pdf"]   # Appendix C: the letter itself

_orig_papers = papers
def papers(number):
    if number == "9":
        return performance()
    if number == "10":
        return housing()
    if number == "5":
        return officers_report()
    return _orig_papers(number)
