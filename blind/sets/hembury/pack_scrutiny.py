"""Overview and Scrutiny Committee, 9 September 2025: call-in of the Cabinet decision on the
Improvement and Recovery Plan."""
from packlib import *

TITLE = "Hembury City Council, Overview and Scrutiny Committee, Tuesday 9 September 2025"

def minutes():
    w = Word(footer_left="Overview and Scrutiny Committee 15.07.25", page_x_of_y=False)
    w.h("HEMBURY CITY COUNCIL", 0)
    w.p("OVERVIEW AND SCRUTINY COMMITTEE")
    w.p("Minutes of the meeting held in Committee Room 2, Civic Centre, Hembury on Tuesday 15 July 2025 at 5.30 pm")
    w.p("Present: Councillor L Coates (Chair); Councillors J Ashworth, T Brannigan, K Chaudhry, R Errington, N Fairless (Vice-Chair), D Hepple, C Maughan, E Nixon, A Scorer and V Wake.")
    w.p("Also present: Councillor I Qureshi (Cabinet Member for Resources); Mark Ellison (Director of Strategy and Improvement); Lisa Carr (Head of Democratic Services); Joe Tait (Scrutiny Officer).")
    w.h("OSC/10/25 Apologies and substitutions", 2)
    w.p("Apologies were received from Councillor Iley (substitute: Councillor Wake).")
    w.h("OSC/11/25 Declarations of interest", 2)
    w.p("None.")
    w.h("OSC/12/25 Minutes", 2)
    w.p("The minutes of the meeting held on 3 June 2025 were agreed as a correct record.")
    w.h("OSC/13/25 Best Value Inspection: implications for scrutiny", 2)
    w.p("The Head of Democratic Services presented a report on the findings of the Best Value inspection as they concerned overview and scrutiny. She reminded the committee that the inspectors had recorded that members had described a place on scrutiny as “a consolation prize” for those not in Cabinet (paragraph 5.1.1), and that the council “employs one scrutiny officer, who also supports two other committees” (paragraph 5.1.4). A second post had now been approved and would be advertised in August.")
    w.p("The Chair said that she took no pleasure in reading chapter 5. The committee had not looked at Quayside for four years, and the report was right to say that “the Overview and Scrutiny Committee has not considered the Quayside company at any of its meetings since 2021” (paragraph 5.1.3). That would change.")
    w.p("Councillor Hepple said that he resented the suggestion in the report that scrutiny members “lack commitment” (paragraph 5.1.4). Members of this committee gave their time freely and were not given the support they needed. Councillor Fairless said that, in fairness, the inspectors had said the opposite, and had recorded that several members wanted to do more but were not supported.")
    w.p("In discussion members made the following points:")
    w.p("(a) the work programme had been too dependent on items offered by officers; the inspectors had found it was “largely made up of items put forward by officers” (paragraph 5.1.2);", indent=1)
    w.p("(b) the committee should be able to call for information on the company directly from the Governance Commissioner;", indent=1)
    w.p("(c) the call-in procedure needed to be rewritten so that the Chair could not reject a call-in alone; the inspectors had noted that on both occasions since 2019 “the call-in was rejected by the chair as invalid on procedural grounds” (paragraph 5.1.3);", indent=1)
    w.p("(d) the committee should adopt the Centre for Governance and Scrutiny principle that good scrutiny “provides constructive ‘critical friend’ challenge”, and should be seen to do so.", indent=1)
    w.p("The Director of Strategy and Improvement said that the Improvement and Recovery Plan would go to Cabinet on 26 August 2025. He undertook to circulate the draft to the committee as soon as it was published.")
    w.p("RESOLVED – (1) That the report be noted. (2) That the committee's work programme for 2025/26 include quarterly reports on Hembury Quayside Developments Limited. (3) That the committee's views on the call-in procedure be submitted to the constitution working group.")
    w.h("OSC/14/25 Temporary accommodation", 2)
    w.p("The Director of Housing reported that 603 households were in temporary accommodation at 30 June 2025, compared with 587 at March 2024 as reported by the inspectors. Spending was forecast at £8.4 million in 2025/26. Members asked for a breakdown of bed and breakfast placements of families with children over six weeks.")
    w.p("RESOLVED – That the report be noted and the breakdown be circulated.")
    w.h("OSC/15/25 Work programme", 2)
    w.p("The committee considered its work programme for 2025/26. The Chair reminded members of the statutory guidance, which states that scrutiny committees “should be member-led”.")
    w.p("RESOLVED – That the work programme be approved, subject to the addition agreed under minute OSC/13/25.")
    w.p("The meeting closed at 7.40 pm.")
    w.p("Chair", align="right")
    return w.pdf("osc_minutes")


def mo_report():
    w = Word(footer_left="Overview and Scrutiny Committee 9 September 2025 – Call-in C/25/061")
    w.h("HEMBURY CITY COUNCIL", 0)
    w.table([["Report to:", "Overview and Scrutiny Committee"], ["Date:", "9 September 2025"],
             ["Title:", "Call-in of Cabinet decision C/25/061: Best Value Improvement and Recovery Plan"],
             ["Report of:", "Director of Law and Governance (Monitoring Officer)"], ["Exempt:", "No"]], widths=[4, 12], header=False)
    w.h("1. Purpose", 1)
    w.p("1.1 To set out the procedure for the committee’s consideration of the call-in of Cabinet decision C/25/061, taken on 26 August 2025, and the options open to the committee.")
    w.h("2. The decision", 1)
    w.p("2.1 On 26 August 2025 Cabinet approved the draft Best Value Improvement and Recovery Plan for consultation and for submission to Council on 20 November 2025, and agreed the terms of reference of the Improvement and Recovery Board. The decision record is at Appendix B.")
    w.h("3. The call-in", 1)
    w.p("3.1 The Overview and Scrutiny Procedure Rules provide at rule 16.2 that “a decision may be called in by any five non-executive members within five clear working days of publication of the decision”. The decision was published on 27 August 2025. A request signed by six members was received on 2 September 2025 (Appendix A).")
    w.p("3.2 I have considered whether the request is valid. Rule 16.4 requires the request to state “the reasons for the call-in and the outcome desired”. The request does so. I have therefore advised the Chair that the call-in is valid and must be heard.")
    w.p("3.3 Members will be aware that the inspectors found that the call-in procedure had been used twice since 2019 and that “On both occasions the call-in was rejected by the chair as invalid on procedural grounds” (paragraph 5.1.3). Recommendation 7 asks the council to review its procedure “so that valid call-ins are heard by the committee” (Recommendation 7). This is the first call-in to be heard since the inspection, and the procedure rules have been applied with that recommendation in mind.")
    w.h("4. Procedure at the meeting", 1)
    w.p("4.1 The Chair will invite the lead signatory, Councillor Fairless, to explain the reasons for the call-in (up to 10 minutes). The Cabinet Member for Resources, on behalf of the Leader, and the Director of Strategy and Improvement will then respond (up to 10 minutes). Members may then question both.")
    w.p("4.2 The officer response is at Appendix C.")
    w.h("5. Options", 1)
    w.p("5.1 Under rule 16.9 the committee may:")
    w.p("(a) decide not to refer the decision back, in which case “the decision shall take effect on the date of the meeting”;", indent=1)
    w.p("(b) refer the decision back to Cabinet for reconsideration, setting out in writing the nature of its concerns; or", indent=1)
    w.p("(c) refer the matter to full Council if it considers that the decision is contrary to the policy framework or the budget.", indent=1)
    w.p("5.2 The Director of Finance has confirmed that the decision is within the budget. The decision is not contrary to the policy framework. Option (c) is therefore not available.")
    w.p("5.3 The Lead Commissioner has been notified of the call-in. The directions require the plan to be agreed to the satisfaction of the commissioners by 31 December 2025; a referral back would not, in itself, put that date at risk.")
    w.h("6. Recommendation", 1)
    w.p("6.1 That the committee considers the call-in and decides which of the options in paragraph 5.1(a) or (b) to take.")
    w.p("Contact officer: David Okafor, Director of Law and Governance, 0191 555 2290")
    return w.pdf("osc_mo_report")


CALLIN = """
<h1 style="font-size:14pt">Appendix A – Call-in request form</h1>
<p>Overview and Scrutiny Procedure Rules, rule 16</p>
<table>
<tr><th style="width:32%">Decision called in</th><td>C/25/061 – Best Value Improvement and Recovery Plan (Cabinet, 26 August 2025)</td></tr>
<tr><th>Date decision published</th><td>27 August 2025</td></tr>
<tr><th>Date request received</th><td>2 September 2025, 11.42 am</td></tr>
<tr><th>Lead signatory</th><td>Councillor Nick Fairless</td></tr>
<tr><th>Other signatories</th><td>Councillors Rachel Tindall, Geoff Marley, Andrew Blyth, Ruth Errington and Tom Younger</td></tr>
<tr><th>Reasons for call-in</th><td>
<p>1. The plan is not owned by members. The inspectors said "the council needs a single improvement and recovery plan, owned by members and officers together" (paragraph 8.1.2). This plan was written by officers and consultants and shown to opposition group leaders 48 hours before Cabinet. No cross-party workshop was held.</p>
<p>2. The plan has no realistic assessment of resources. Paragraph 8.1.2 calls for "clear milestones and a realistic assessment of the resources needed to deliver it". The plan's resource section is one paragraph long and contains no figures.</p>
<p>3. The plan repeats the mistakes of the auditor's action plan. That plan, the inspectors said, "contains 46 actions, but few have measurable outcomes" (para 8.1.1). This plan contains 71 actions, and only 23 have a measurable outcome.</p>
<p>4. Culture is an afterthought. The inspectors warned that the old plan "does not address culture" (para 8.1.3). The new plan deals with culture in two actions out of 71.</p>
<p>5. The Improvement and Recovery Board is not accountable to Council. Recommendation 10 asks for the board to report "on progress to full council every six months" (Recommendation 10), but the terms of reference agreed by Cabinet have it reporting to Cabinet.</p>
<p>6. The inspectors were clear that "the plan must be approved by full council before it is submitted to commissioners" (Recommendation 10). Cabinet's decision sends it to the commissioners first.</p>
</td></tr>
<tr><th>Further comments</th><td>
<p>We accept that much of the plan is sensible. But the inspectors found that the council has lacked "the capacity and sometimes the will to fix its own failings" (para 8.1.3). The Leader told the inspectors that the council "does not need outside help to put its house in order" (para 8.1.3). That attitude runs through this plan.</p>
<p>The Secretary of State's letter of 14 May requires a plan "to the satisfaction of the commissioners within six months". There is time to do this properly.</p>
</td></tr>
<tr><th>Outcome sought</th><td>That the decision be referred back to Cabinet with a request that (a) a cross-party workshop be held before the plan is finalised; (b) the plan include a costed resource assessment; (c) the Board report to full Council every six months; and (d) the plan be considered by full Council before it goes to the commissioners.</td></tr>
<tr><th>Signed</th><td>N Fairless, R Tindall, G Marley, A Blyth, R Errington, T Younger (signatures held by Democratic Services)</td></tr>
<tr><th>Validity (officer use)</th><td>Valid – DO, 3 September 2025</td></tr>
</table>
"""

def callin():
    return html_pdf("osc_callin", CALLIN)


def decision_record():
    S = SS
    rows = [["Decision reference", "C/25/061"], ["Decision maker", "Cabinet"], ["Date of decision", "26 August 2025"],
            ["Date published", "27 August 2025"], ["Call-in expiry", "5.00 pm, 3 September 2025"],
            ["Subject", "Best Value Improvement and Recovery Plan"],
            ["Decision", "(1) That the draft Best Value Improvement and Recovery Plan be approved for consultation with the Overview and Scrutiny Committee and for submission to the commissioners. (2) That the terms of reference of the Improvement and Recovery Board at Appendix 3 to the report be agreed. (3) That the Chief Executive, in consultation with the Leader, be authorised to make minor amendments to the plan before submission. (4) That the plan be reported to Council on 20 November 2025."],
            ["Reasons for the decision", "To respond to the inspectors’ recommendation that the council prepare a single improvement and recovery plan, and to Recommendation 10 of the inspection report, which calls for an improvement and recovery board “with external membership”. The Secretary of State’s directions require the plan to be agreed “to the satisfaction of the commissioners within six months”."],
            ["Alternative options considered and rejected", "To retain the existing action plan prepared in response to the external auditor’s statutory recommendations. Rejected because the inspectors found that it “does not address culture” (paragraph 8.1.1) and because a single plan is required by the directions."],
            ["Conflicts of interest declared", "None"],
            ["Dispensations granted", "None"],
            ["Consultation", "Lead Commissioner; group leaders (22 August 2025); Corporate Leadership Team."]]
    story = [Paragraph("Appendix B – Record of Executive Decision", S["h1"]), grid(rows, [48, 122], header=False)]
    return rl_pdf("osc_decision", story, footer="Record of Executive Decision C/25/061")


def officer_response():
    w = Word(footer_left="OSC 9 September 2025 – Appendix C: Officer response to call-in")
    w.h("Appendix C – Officer response to the call-in of decision C/25/061", 0)
    w.p("Response of the Director of Strategy and Improvement, on behalf of the Chief Executive, 4 September 2025")
    w.h("Introduction", 1)
    w.p("1. Officers welcome the call-in. The inspectors were critical of a council in which challenge was unwelcome, and a call-in that is heard in public is part of the answer to that criticism. This response takes each of the six reasons in turn.")
    w.h("Reason 1 – ownership of the plan", 1)
    w.p("2. The call-in quotes paragraph 8.1.2 accurately. The inspectors said: “We consider that the council needs a single improvement and recovery plan, owned by members and officers together” (paragraph 8.1.2). We accept that the time given to group leaders was too short. That was my error, and I have apologised to the group leaders. A cross-party workshop has been arranged for 16 September, before the plan is finalised.")
    w.h("Reason 2 – resources", 1)
    w.p("3. We accept that the resource section should be costed. A costed assessment will be added before the plan goes to Council. The estimated cost of the commissioners (£640,000 in 2025/26) and of the improvement programme team (£410,000) is already included in the budget.")
    w.h("Reason 3 – the number of actions", 1)
    w.p("4. The call-in states that the auditor’s action plan contained 46 actions. That is not what the report says. Paragraph 8.1.1 records that it “contains 64 actions, but few have measurable outcomes or clear owners” (paragraph 8.1.1). The new plan has 71 actions because it covers all ten recommendations. All 71 now have an owner; 23 have a measurable outcome at present, and the remainder will have one by November.")
    w.h("Reason 4 – culture", 1)
    w.p("5. Culture is one of the six themes of the plan. The call-in is right that the earlier plan “does not address culture”, though the words are in paragraph 8.1.1 of the report rather than 8.1.3. The new culture theme contains two headline actions, but beneath them sit 14 milestones, including the repeat staff survey in November, the new speaking-up guardian and the members’ code of conduct training.")
    w.p("6. Members will recall that the inspectors reported that “nearly half of the staff who responded to our survey said that they would not feel safe raising a concern about the conduct of a senior member” (paragraph 1.2.3). The repeat survey will measure progress against exactly that question.")
    w.h("Reason 5 – reporting of the Board", 1)
    w.p("7. Recommendation 10 asks the council to “establish an improvement and recovery board, with external membership” and to report on progress “to full council every six months”. The Cabinet’s terms of reference provide for the Board to report to Cabinet quarterly and to Council every six months; paragraph 9 of the terms of reference says so. The call-in appears to have overlooked this.")
    w.h("Reason 6 – approval by full Council", 1)
    w.p("8. The inspection report does not say that the plan must be approved by full Council before it is submitted to the commissioners, and Recommendation 10 contains no such words. Nonetheless Cabinet has already agreed that the plan will be reported to Council on 20 November 2025, before the deadline in the directions.")
    w.h("Further comments", 1)
    w.p("9. The call-in suggests that the plan reflects the view that the council can manage without outside help. The inspectors found that “There is capacity to improve” (paragraph 1.2.5) and that the council “can make the changes needed, at the pace needed” (paragraph 1.2.5). The plan builds on that capacity and on the support of the commissioners.")
    w.p("10. The inspectors also said that the Chief Executive “has made a strong start ... [and] has commissioned reviews of the constitution and of the company” (paragraph 3.2.2). The plan is designed to turn that start into sustained improvement across the whole council.")
    w.p("11. The Secretary of State’s letter says that the commissioners “would exercise the council's functions relating to the appointment and dismissal of statutory officers and to the governance of Hembury Quayside Developments Limited”. Those functions are excluded from the plan.")
    w.h("Conclusion", 1)
    w.p("12. Officers consider that the concerns in reasons 1 and 2 are fair and are being addressed, and that reasons 3 to 6 are either mistaken or already met. It is for the committee to decide whether to refer the decision back.")
    w.p("Mark Ellison, Director of Strategy and Improvement")
    return w.pdf("osc_officer_response")


def progress_report():
    S = SS
    rows = [["Theme", "What the inspectors asked for", "Progress at 31 August 2025", "RAG"],
            ["Governance", "A “full review of its constitution” (R1), with a lower key decision threshold.", "Working group has met twice. Draft scheme of delegation due October.", "Amber"],
            ["Decisions", "Publication of every executive decision within five working days (R2).", "Live from 1 September 2025 in modern.gov.", "Green"],
            ["Company", "Governance review; quarterly reports to Council (R3).", "Governance Commissioner in post; first quarterly report October.", "Amber"],
            ["Culture", "Targets for staff confidence, “informed by a repeat staff survey within 6 months” (R4).", "Survey booked for November 2025; speaking-up guardian appointed.", "Amber"],
            ["Finance", "“Rebuild its general fund reserve to at least £12 million by March 2028” (R5).", "Reserve £5.2m at outturn 2024/25. Reserves strategy in MTFS (February 2026).", "Red"],
            ["Finance team", "Permanent staff in vacant posts (R6).", "11 vacancies (7 agency). Market supplement approved.", "Amber"],
            ["Scrutiny", "Scrutiny with “dedicated officer support” (R7).", "Second scrutiny officer starts 29 September.", "Green"],
            ["Audit", "Two independent members on the Audit and Governance Committee (R8).", "Interviews 10 September.", "Amber"],
            ["Waivers", "Waivers reported to the Audit and Governance Committee (R9).", "First quarterly report 23 September.", "Green"],
            ["Board", "“An improvement and recovery board, with external membership” (R10).", "Terms of reference agreed by Cabinet 26 August; first meeting 30 September.", "Amber"]]
    story = [Paragraph("OVERVIEW AND SCRUTINY COMMITTEE – 9 SEPTEMBER 2025", S["h2"]),
             Paragraph("Best Value Improvement: Progress Report", S["h1"]),
             Paragraph("Report of the Director of Strategy and Improvement", S["body"]),
             Paragraph("1. Purpose", S["h2"]),
             Paragraph("1.1 To give the committee its first quarterly report on progress against the ten recommendations of the Best Value inspection, as agreed at the meeting on 15 July 2025 (minute OSC/13/25).", S["body"]),
             Paragraph("2. Summary", S["h2"]),
             Paragraph(esc("2.1 The inspectors’ central message was that “the council needs a single improvement and recovery plan, owned by members and officers together” (paragraph 8.1.2). The draft plan approved by Cabinet on 26 August is the subject of the call-in at item 4, and this report does not repeat that discussion. It reports on the actions which the council committed to in July, before the plan was drafted."), S["body"]),
             Paragraph(esc("2.2 Of the ten recommendations, three are rated green, six amber and one red. The red rating reflects the financial position: the general fund reserve of £5.2 million is well short of the £12 million target the inspectors set."), S["body"]),
             Paragraph(esc("2.3 The People Strategy 2023-2026 commits the council to treating “our people as our greatest asset”. The repeat staff survey in November will test whether staff believe it. The inspectors found that there had been “no case in which a whistleblower had been victimised” (paragraph 3.3.2), but the speaking-up guardian role has been created because staff must be confident that this remains so."), S["body"]),
             Paragraph("3. Progress by recommendation", S["h2"]),
             grid(rows, [24, 58, 70, 18]),
             Spacer(1, 8),
             Paragraph("4. Recommendation", S["h2"]),
             Paragraph("4.1 That the committee notes the progress made and identifies any area for more detailed scrutiny at a future meeting.", S["body"]),
             Paragraph("Appendix: Best Value Inspection of Hembury City Council, Report of the inspection team, April 2025 (reproduced for reference).", S["body"]),
             Paragraph("Contact officer: Mark Ellison, Director of Strategy and Improvement, 0191 555 2350", S["small"])]
    return rl_pdf("osc_progress", story, footer="OSC 9 September 2025 – Best Value Improvement: Progress Report")


def work_programme():
    S = SS
    rows = [["Meeting", "Item", "Purpose", "Lead"],
            ["14 October 2025", "Hembury Quayside Developments Limited – quarterly report", "Added 15 July 2025 (OSC/13/25). The inspectors found the committee had not considered the company since 2021.", "Governance Commissioner / Director of Finance"],
            ["14 October 2025", "Housing repairs contract", "Response to Council motion B (24 July 2025).", "Director of Housing"],
            ["11 November 2025", "Draft Improvement and Recovery Plan (final draft)", "Pre-decision scrutiny before Council on 20 November.", "Director of Strategy and Improvement"],
            ["11 November 2025", "Temporary accommodation", "Breakdown requested 15 July 2025.", "Director of Housing"],
            ["13 January 2026", "Medium term financial strategy 2026/27 to 2029/30", "Budget scrutiny.", "Director of Finance"],
            ["13 January 2026", "Constitution review – call-in procedure", "Recommendation 7.", "Director of Law and Governance"],
            ["10 March 2026", "Staff survey results", "Recommendation 4.", "Chief Executive"],
            ["10 March 2026", "Scrutiny annual report", "Constitution requirement.", "Chair"]]
    story = [Paragraph("OVERVIEW AND SCRUTINY COMMITTEE – 9 SEPTEMBER 2025", S["h2"]),
             Paragraph("Work Programme 2025/26", S["h1"]),
             Paragraph(esc("The inspectors found that the committee’s work programme was “largely made up of items put forward by officers” (paragraph 5.1.2). Members are invited to propose items. The statutory guidance on overview and scrutiny advises that committees should prioritise issues which “matter most to local people” and avoid items that are for information only."), S["body"]),
             grid(rows, [28, 52, 60, 30]),
             Spacer(1, 8),
             Paragraph("Items proposed by members since the last meeting: Councillor Maughan – Hembury Lido (petition to Council, 24 July 2025); Councillor Nixon – the council’s relationship with the combined authority.", S["body"])]
    return rl_pdf("osc_work_programme", story, footer="OSC 9 September 2025 – Work Programme")


def papers():
    return [("3", minutes()), ("4", mo_report()), ("4", callin()), ("4", decision_record()),
            ("4", officer_response()), ("5", progress_report()), ("5", Path(__file__).resolve().parent / "report.pdf"), ("6", work_programme())]


SPEC = {
    "title": TITLE,
    "papers": papers,
    "furniture": ["^Overview and Scrutiny Committee 15\\.07\\.25$", "^OSC 9 September 2025 – .*$",
                  "^Record of Executive Decision C/25/061$", "^Overview and Scrutiny Committee 9 September 2025 – .*$"],
    "meta": {"cover": [("Meeting:", "Overview and Scrutiny Committee"), ("Date:", "Tuesday 9 September 2025"), ("Time:", "5.30 pm"),
                       ("Venue:", "Committee Room 2, Civic Centre, Quay Road, Hembury HB1 1QR")],
             "membership": "Membership: Councillors L Coates (Chair), N Fairless (Vice-Chair), J Ashworth, T Brannigan, K Chaudhry, R Errington, D Hepple, M Iley, C Maughan, E Nixon and A Scorer.",
             "contact": "Contact: Joe Tait, Scrutiny Officer. Tel: 0191 555 2117. Email: scrutiny@hembury.gov.uk",
             "chief": "Catherine Rowell, Chief Executive. Issued: Monday 1 September 2025 (supplementary papers for item 4 published Thursday 4 September 2025)",
             "agenda_foot": "Note: item 4 is a call-in. Under rule 16.7 of the Overview and Scrutiny Procedure Rules the decision cannot be implemented until the committee has considered it."},
    "agenda": [("1", "Apologies for absence and substitutions", None),
               ("2", "Declarations of interest and party whip", None),
               ("3", "Minutes", "To approve the minutes of the meeting held on 15 July 2025."),
               ("4", "Call-in of Cabinet decision C/25/061: Best Value Improvement and Recovery Plan", "Report of the Director of Law and Governance, with the call-in request, the decision record and the officer response."),
               ("5", "Best Value Improvement: Progress Report", "Report of the Director of Strategy and Improvement."),
               ("6", "Work Programme 2025/26", None),
               ("7", "Date and time of next meeting", "Tuesday 14 October 2025 at 5.30 pm.")],
}
