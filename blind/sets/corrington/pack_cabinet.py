"""Cabinet, 17 June 2025: the papers (text), each with the renderer a council officer would use."""

TITLE = "Corrington Metropolitan Borough Council, Cabinet, 17 June 2025"
DATE = "Tuesday, 17 June 2025 at 6.00 pm"
COMMITTEE = "Cabinet"
VENUE = "Council Chamber, Town Hall, Market Street, Corrington CR1 1TH"
MEMBERS = ["Councillor Brian Kettering (Leader of the Council) (Chair)", "Councillor Shabana Mir (Deputy Leader)",
           "Councillor Alan Royle", "Councillor Denise Farrow", "Councillor Gareth Lunt", "Councillor Priya Vasani",
           "Councillor Tom Ingleby", "Councillor Rachel Booth", "Councillor Kevin Stott"]
CONTACT = "Helen Quayle, Democratic Services Officer, tel. 0161 496 0732, e-mail democratic.services@corrington.gov.uk"
SHORT_ITEMS = {"1": "Apologies for Absence", "2": "Declarations of Interest"}
LATE_ITEMS = {"10": "Exclusion of the Press and Public"}
import pack_extra


def papers(Q):
    out = []

    # ---------------------------------------------------------------- item 3: minutes (groff)
    Q.item = "3"
    b = [("banner", "Item 3 – Minutes of the Meeting held on 13 May 2025"),
         ("p", "**CABINET**"),
         ("p", "MINUTES of the meeting of the Cabinet held on Tuesday, 13 May 2025 at 6.00 pm in the Council Chamber, Town Hall, Corrington."),
         ("p", "**PRESENT:** Councillor B. Kettering (Leader of the Council) (in the Chair); Councillors S. Mir, A. Royle, D. Farrow, G. Lunt, P. Vasani, T. Ingleby, R. Booth and K. Stott."),
         ("p", "**ALSO PRESENT:** Councillors J. Hartley (Leader of the Opposition) and M. Whitcombe; D. Ashworth (Chief Executive), S. Okafor (Director of Finance and section 151 officer), L. Grainger (Director of Law and Governance and Monitoring Officer), H. Quayle (Democratic Services)."),
         ("h2", "142. APOLOGIES FOR ABSENCE"),
         ("p", "There were no apologies for absence."),
         ("h2", "143. DECLARATIONS OF INTEREST"),
         ("p", "Councillor Royle declared an other registrable interest in minute 147 as a director of Corrington Riverside Developments Ltd and left the meeting during consideration of that item."),
         ("h2", "144. MINUTES"),
         ("p", "RESOLVED – That the minutes of the meeting held on 15 April 2025 be approved as a correct record and signed by the Chair."),
         ("h2", "145. BEST VALUE INSPECTION – VERBAL UPDATE"),
         ("p", "The Leader gave a verbal update on the council’s response to the Best Value inspection and the first meeting of the Improvement and Assurance Board, held on 29 April 2025. He described the inspectors’ report as " + Q.other("a wake-up call for every one of us", "the Leader’s own words at the meeting, not the report’s") + " and said that a full report would come to the June meeting of Cabinet."),
         ("p", "Councillor Hartley, speaking at the invitation of the Chair, said that the inspectors had found the council to be " +
          Q("run by fear and favour", "out_of_context", "correct", "3.3", cited=["3.3"],
            cd="We do not adopt that description, which we regard as too sweeping",
            kind="attribution_dropped", note="3.3 quotes one officer and expressly declines to adopt the description") +
          " (paragraph 3.3) and asked when the Leader would apologise to staff. The Leader replied that the administration had accepted every one of the nine recommendations and that he would not be " + Q.other("lectured on culture", "the Leader’s retort, reported in the minutes") + " by the opposition."),
         ("p", "RESOLVED – That the verbal update be noted."),
         ("h2", "146. ADULT SOCIAL CARE CHARGING POLICY"),
         ("p", "The Cabinet Member for Adult Social Care introduced the report, which set out the outcome of consultation on changes to the non-residential charging policy. 412 responses had been received. The Director of Adult Social Care confirmed that the changes were expected to generate £610,000 in a full year and that a further equality impact assessment had been carried out following consultation."),
         ("p", "RESOLVED – (1) That the revised charging policy at Appendix A be approved with effect from 1 October 2025. (2) That the Director of Adult Social Care be authorised to make minor amendments in consultation with the Cabinet Member."),
         ("h2", "147. CORRINGTON RIVERSIDE – QUARTERLY UPDATE"),
         ("p", "The Director of Place presented the quarterly update. Phase 1 (212 homes) was complete and 171 had been sold or let. Phase 2 was on site. Members asked about the sales values assumed in the business case. The Director confirmed that the independent review recommended by the inspectors would be commissioned following the June meeting of Cabinet."),
         ("p", "RESOLVED – That the update be noted."),
         ("h2", "148. HIGHWAYS CAPITAL PROGRAMME 2025/26"),
         ("p", "The Cabinet Member for Environment and Highways introduced the programme, totalling £7.42 million, of which £5.1 million was grant. The programme prioritised 38 carriageway schemes on the basis of condition surveys."),
         ("p", "RESOLVED – That the Highways Capital Programme 2025/26 be approved as set out in Appendix 1 to the report."),
         ("h2", "149. QUARTER 4 PERFORMANCE REPORT 2024/25"),
         ("p", "The Cabinet considered the quarter 4 performance report. Of 46 corporate indicators, 27 were on target, 11 were within tolerance and 8 were off target. Members noted the continued pressure on temporary accommodation, where 214 households were placed at the end of March 2025."),
         ("p", "RESOLVED – That the performance report be noted."),
         ("p", "The meeting closed at 7.52 pm."),
         ("p", "CHAIR")]
    out.append(("3", "Minutes of the Meeting held on 13 May 2025", "groff", b, "Cabinet minutes 13 May 2025"))

    # ---------------------------------------------------------------- item 4: public questions (reportlab)
    Q.item = "4"
    b = [("banner", "Item 4 – Public Questions"),
         ("p", "Two questions have been received from members of the public in accordance with Council Procedure Rule 10. The questions and the written answers of the Leader are set out below."),
         ("h1", "Question 1 – from Mr Derek Sowerby, Whitlow ward"),
         ("p", "“When the Riverside scheme was launched the council promised " + Q.other("a vibrant new riverside quarter for Corrington", "the scheme’s 2020 launch brochure, quoted by the questioner", marks="‘’") +
          ". Now the government’s own inspectors say the council " +
          Q("has committed itself to a scheme whose risks it has not understood", "verbatim", "correct", "8.5", cited=["8.5"], marks="‘’") +
          " (paragraph 8.5). Will the Leader tell residents of Whitlow how much more of our money is going into this scheme before it is stopped?”"),
         ("h2", "Answer"),
         ("p", "I share Mr Sowerby’s wish to see the scheme completed on time and on budget. I would point out that the same paragraph of the report also says " +
          Q("We do not doubt that the regeneration of the Whitlow Mills site is desirable", "verbatim", "correct", "8.5", cited=["8.5"]) +
          ". Cabinet is asked at item 8 on this agenda to agree the terms of reference for an independent review of the scheme. Until that review has reported, no further increase in the scheme’s budget will be brought forward. 212 homes have already been built on what was a derelict site."),
         ("h1", "Question 2 – from Mrs Gillian Naylor, Corrington Central ward"),
         ("p", "“The inspectors called Corrington " +
          Q("the worst-governed council in the North West", "not_found", "missing", None, kind="invented",
            note="no such phrase in the report or the letter; the report makes no comparison with other councils", marks="‘’") +
          ". Can the Leader tell me how many of the councillors responsible have resigned?”"),
         ("h2", "Answer"),
         ("p", "The inspectors’ report does not say that, and I would ask Mrs Naylor to read it for herself; it is available on the council’s website and in all libraries. The report is critical and the council has accepted it in full. The Improvement and Assurance Board’s first progress report is at item 6 of this agenda."),
         ("p", "Supplementary questions may be asked at the meeting at the discretion of the Chair.")]
    out.append(("4", "Public Questions", "html", b, "Cabinet 17 June 2025 – Public Questions"))

    # ---------------------------------------------------------------- item 5: Leader's report (LibreOffice)
    Q.item = "5"
    b = [("banner", "Item 5 – Best Value Inspection: Response to the Report"),
         ("meta", [("Report to", "Cabinet"), ("Date of meeting", "17 June 2025"), ("Report of", "The Leader of the Council"),
                   ("Lead officer", "David Ashworth, Chief Executive"), ("Wards affected", "All"),
                   ("Key decision", "No"), ("Public report", "Yes")]),
         ("h1", "1. Purpose of the report"),
         ("p", "1.1 This report sets out the administration’s response to the report of the Best Value inspection of the council, published on 22 January 2025, and to the letter of the same date from the Secretary of State for Housing, Communities and Local Government. It asks Cabinet to endorse the improvement and recovery plan which will be submitted to the Improvement and Assurance Board."),
         ("h1", "2. Recommendations"),
         ("p", "2.1 That Cabinet:"),
         ("bullets", ["(a) notes the findings of the Best Value inspection report and the Secretary of State’s directions of 26 February 2025;",
                      "(b) endorses the draft improvement and recovery plan at Appendix 1 for submission to the Improvement and Assurance Board;",
                      "(c) notes the Board’s first progress report (item 6 on this agenda); and",
                      "(d) asks the Chief Executive to report progress to Cabinet quarterly."]),
         ("h1", "3. Background"),
         ("p", "3.1 The inspectors were appointed on 16 July 2024 and reported in January 2025. Their conclusion is stated plainly in the executive summary: " +
          Q("Corrington Metropolitan Borough Council is not meeting its best value duty", "verbatim", "correct", "executive summary", cited=["executive summary"]) +
          ". I have said publicly, and I repeat here, that the administration accepts that conclusion and every one of the report’s nine recommendations."),
         ("p", "3.2 It is also important that residents and staff hear the other side of the report. The inspectors say that " +
          Q("There is much that is good in Corrington", "verbatim", "correct", "executive summary", cited=["executive summary"]) +
          " (executive summary). They found " +
          Q("a sound and well-regarded approach to treasury management", "verbatim", "correct", "4.10", cited=["4.10"]) +
          " (para 4.10), and they record that " +
          Q("We do not suggest that any member or officer benefited personally from any contract we examined", "verbatim", "correct", "7.4", cited=["7.4"]) +
          " (para 7.4)."),
         ("p", "3.3 On the council’s decision-making, the inspectors accepted my account of the weekly meeting with senior officers, saying " +
          Q("We accept that this is how the Leader sees it", "out_of_context", "correct", "2.5", cited=["2.5"],
            cd="It is not how it was described to us by the majority of those we interviewed",
            kind="qualification_dropped", note="2.5 goes on to say the account is not how most interviewees described it") +
          " (paragraph 2.5). They also found no evidence of any improper purpose, stating that there was " +
          Q("no evidence that any decision we examined was improper", "paraphrase", "correct", "2.11", cited=["2.11"],
            st="We found no evidence that any decision we examined was taken for an improper purpose",
            kind="reworded", note="2.11 says ‘taken for an improper purpose’; the weaknesses it finds are of process, not none at all", strict=False, also_verdict=["misquote"]) +
          " (paragraph 2.11). Nonetheless, the administration has acted: the weekly meeting now has a published note and the Monitoring Officer attends."),
         ("p", "3.4 The report is also clear that capacity must be built. Paragraph 5.6 records the inspectors’ view that the council " +
          Q("currently has the capacity to deliver the improvement required", "out_of_context", "correct", "5.6", cited=["5.6"],
            cd="We do not consider that the council",
            kind="negation_dropped", note="5.6 says the inspectors do NOT consider that the council has the capacity") +
          " once the new senior team is fully in place, and I agree. The Chief Executive, the report says, " +
          Q("has begun to make changes … and has been open with us about the scale of the task", "minor", "correct", "5.4", cited=["5.4"],
            st="He has begun to make changes, including the restoration of a statutory officers’ group and a review of the scheme of delegation, and has been open with us about the scale of the task",
            kind="ellipsis") +
          " (para 5.4)."),
         ("h1", "4. The financial position"),
         ("p", "4.1 The inspectors note that the general fund reserve " +
          Q("fell from £18.4 million at 31 March 2021 to £9.7 million at 31 March 2024", "misquote", "correct", "4.2", cited=["4.2"],
            st="The general fund reserve fell from £18.4 million at 31 March 2021 to £7.9 million at 31 March 2024",
            kind="number_changed", note="£7.9 million in the report, £9.7 million here (digits transposed)") +
          " (para 4.2). The Director of Finance will report on the 2024/25 outturn at item 7. The administration accepts that overspending in adult social care and children’s services must be brought under control, and the budget agreed in February 2025 included £12.4 million of savings, all with delivery plans."),
         ("p", "4.2 We note that the inspectors found " +
          Q("a culture of deference to the Leader’s office", "verbatim", "wrong", "3.2", cited=["3.6"], kind="wrong_paragraph",
            note="the words are in 3.2; 3.6 is about behaviour at meetings") +
          " (paragraph 3.6). I do not recognise that description, but I accept that it is how some staff feel, and that is what matters. Staff should also know that, in the inspectors’ words, " +
          Q("Front-line services are delivered by committed staff", "verbatim", "missing", "executive summary", kind="exact, uncited") +
          ", and I thank them for it."),
         ("h1", "5. The Secretary of State’s letter and directions"),
         ("p", "5.1 In her letter of 22 January the Secretary of State said that she had been " +
          Q("encouraged by the Chief Executive’s response to the inspection and by the council’s acceptance of the report’s findings", "verbatim", "correct", "4", source="letter", doc="letter") +
          ". She confirmed that she does " +
          Q("not propose to appoint commissioners", "misquote", "correct", "4", source="letter", doc="letter",
            st="I do not propose at this stage to appoint commissioners",
            kind="qualifier_dropped", note="‘at this stage’ dropped; the letter (paragraph 6) keeps commissioners in reserve") +
          ", and has instead appointed an Improvement and Assurance Board, chaired by Dame Frances Oyelaran."),
         ("p", "5.2 The directions, issued on 26 February 2025 after representations, require the council to prepare an improvement and recovery plan within six months addressing each recommendation. The first of these, Recommendation 1, is to " +
          Q("Restore decision-making to the council’s formal meetings", "verbatim", "correct", "R1", cited=["R1"]) +
          ". Appendix 1 sets out the actions against each recommendation."),
         ("h1", "6. Financial implications"),
         ("p", "6.1 The cost of the Improvement and Assurance Board, met by the council, is estimated at £240,000 a year. The improvement plan includes £1.1 million of one-off investment in finance, governance and HR capacity, funded from the transformation reserve."),
         ("h1", "7. Legal implications"),
         ("p", "7.1 The council is under a duty to comply with the directions made by the Secretary of State under section 15 of the Local Government Act 1999. Failure to do so could lead to further intervention."),
         ("h1", "8. Background papers"),
         ("p", "Best Value Inspection of Corrington Metropolitan Borough Council (January 2025); Letter from the Secretary of State to the Chief Executive, 22 January 2025; Directions, 26 February 2025."),
         ("pagebreak",),
         ("banner", "Appendix 1 – Draft Improvement and Recovery Plan (summary)"),
         ("table", [["Ref", "Action", "Lead", "Due"]] + [[r, a, l, d] for r, a, l, d in [
             ("1.1", "Publish notes of the Leader’s weekly meeting with senior officers", "Chief Executive", "Done"),
             ("1.2", "Revise forward plan process; weekly check by Democratic Services", "Monitoring Officer", "July 2025"),
             ("1.3", "Report each use of urgency provisions to full council", "Monitoring Officer", "From June 2025"),
             ("2.1", "Statutory officers’ group to meet fortnightly", "Chief Executive", "Done"),
             ("2.2", "MO and s151 sign-off on all Cabinet and council reports", "Monitoring Officer", "Done"),
             ("3.1", "Constitution review: working group of all parties", "Monitoring Officer", "March 2026"),
             ("3.2", "Revised scheme of delegation and key decision threshold", "Monitoring Officer", "December 2025"),
             ("4.1", "Refresh medium-term financial strategy to 2028/29", "Director of Finance", "October 2025"),
             ("4.2", "Reserves recovery plan to reach £10m minimum by March 2028", "Director of Finance", "October 2025"),
             ("4.3", "Savings delivery board with monthly tracking", "Director of Finance", "Done"),
             ("5.1", "Recruit to 13 finance vacancies (permanent)", "Director of Finance", "December 2025"),
             ("5.2", "Independent review of budget monitoring", "Director of Finance", "August 2025"),
             ("6.1", "New members’ code of conduct to Standards Committee", "Monitoring Officer", "July 2025"),
             ("6.2", "Mandatory code of conduct training", "Monitoring Officer", "September 2025"),
             ("6.3", "Revised complaints procedure with three-month target", "Monitoring Officer", "September 2025"),
             ("7.1", "Scrutiny review with external support", "Head of Democratic Services", "November 2025"),
             ("7.2", "Second independent member, Audit and Governance Committee", "Monitoring Officer", "September 2025"),
             ("7.3", "Audit recommendations tracker reported quarterly", "Head of Internal Audit", "Done"),
             ("8.1", "End retrospective waivers; revise contract procedure rules", "Head of Procurement", "July 2025"),
             ("8.2", "Publish a complete contracts register", "Head of Procurement", "November 2025"),
             ("8.3", "Quarterly waiver report to Audit and Governance Committee", "Head of Procurement", "From July 2025"),
             ("9.1", "Independent review of Corrington Riverside (item 8)", "Director of Place", "Commission July 2025"),
             ("9.2", "Review of governance of council companies", "Monitoring Officer", "December 2025"),
             ("10.1", "Staff engagement programme and pulse survey", "Director of HR", "September 2025"),
             ("10.2", "Speak-up guardian and revised whistleblowing policy", "Director of HR", "October 2025")]]),
         ("pagebreak",),
         ("banner", "Appendix 3 – Corporate risk register (extract, June 2025)"),
         ("table", [["Ref", "Risk", "Owner", "Score", "Mitigation"]] + [list(x) for x in pack_extra.RISKS]),
         ("pagebreak",),
         ("banner", "Appendix 2 – Inspection recommendations: council response"),
         ("p", "The recommendations are summarised below. The full text is in the inspection report, pages 15 and 16."),
         ("table", [["No.", "Subject", "Council response", "Lead member"],
                    ["1", "Decision-making in formal meetings", "Accepted. Leader’s weekly meeting notes published; urgency decisions reported to council.", "Leader"],
                    ["2", "Statutory officers’ group", "Accepted. In place from February 2025.", "Leader"],
                    ["3", "Constitution review", "Accepted. Cross-party working group; report to council March 2026.", "Deputy Leader"],
                    ["4", "Medium-term financial strategy and reserves", "Accepted. Reserves recovery plan in MTFS refresh, October 2025.", "Resources"],
                    ["5", "Finance capacity and budget monitoring", "Accepted. £640,000 invested in permanent posts.", "Resources"],
                    ["6", "Code of conduct and complaints", "Accepted. New code to Standards Committee, July 2025.", "Deputy Leader"],
                    ["7", "Scrutiny and audit", "Accepted. External review of scrutiny commissioned.", "Leader"],
                    ["8", "Procurement and waivers", "Accepted. Retrospective waivers ended 1 March 2025.", "Resources"],
                    ["9", "Corrington Riverside review", "Accepted. Terms of reference at item 8.", "Regeneration"]])]
    out.append(("5", "Best Value Inspection: Response to the Report", "docx", b, "Cabinet 17 June 2025 – Best Value Inspection: Response"))

    # ---------------------------------------------------------------- item 6: Board progress report (Chromium)
    Q.item = "6"
    rag = [
        ("R1", Q("Restore decision-making to the council’s formal meetings", "verbatim", "correct", "R1", cited=["R1"], kind="table cell; repeats item 5"), "A", "Notes of the Leader’s weekly meeting are now published. Forward plan compliance in April and May: 9 of 11 key decisions. Urgency still used twice."),
        ("R2", Q("Establish a statutory officers’ group that meets at least fortnightly", "verbatim", "correct", "R2", cited=["R2"], kind="table cell"), "G", "Group meeting fortnightly since February 2025. MO and s151 sign-off in place."),
        ("R3", Q("Review and reissue the constitution within twelve months", "verbatim", "correct", "R3", cited=["R3"], kind="table cell"), "A", "Cross-party working group established; timetable tight."),
        ("R4", Q("Set a balanced and deliverable medium-term financial strategy which rebuilds the general fund reserve … by March 2028", "minor", "correct", "R4", cited=["R4"],
                 st="Set a balanced and deliverable medium-term financial strategy which rebuilds the general fund reserve to at least the minimum level set by the section 151 officer by March 2028", kind="table cell; ellipsis"), "R", "2025/26 budget balanced only with £6.1m use of reserves. Gap of £19.8m over three years not yet closed."),
        ("R5", Q("Fill the vacancies in the finance function and commission an independent review of budget monitoring", "misquote", "correct", "R5", cited=["R5"],
                 st="Fill the vacancies in the finance function with permanent staff and commission an independent review of budget monitoring within six months",
                 kind="table cell; words dropped", note="‘with permanent staff’ and ‘within six months’ dropped: the recommendation’s point is permanent staff"), "A", "7 of 13 posts filled, 4 permanently. Review commissioned."),
        ("R6", Q("Adopt a new members’ code of conduct and a revised complaints procedure, make code of conduct training mandatory, and resolve complaints within six months", "misquote", "correct", "R6", cited=["R6"],
                 st="Adopt a new members’ code of conduct and a revised complaints procedure, make code of conduct training mandatory, and resolve complaints within three months",
                 kind="table cell; number changed", note="three months in R6, six here"), "A", "New code to Standards Committee in July."),
        ("R7", Q("Strengthen scrutiny and audit", "verbatim", "correct", "R7", cited=["R7"], kind="table cell"), "A", "Second independent member being recruited. Tracker in place."),
        ("R8", Q("End the use of retrospective waivers", "verbatim", "correct", "R8", cited=["R8"], kind="table cell"), "G", "No retrospective waiver since 1 March 2025."),
        ("R9", Q("Review the Riverside scheme independently and pause any increase in its budget", "paraphrase", "correct", "R9", cited=["R9"],
                 st="Commission an independent review of the Corrington Riverside scheme and of the governance of the council’s companies, and approve no further increase in the scheme’s budget until it has reported",
                 kind="table cell; reworded"), "A", "Terms of reference at item 8 of this agenda."),
    ]
    b = [("banner", "Item 6 – Improvement and Assurance Board: First Progress Report"),
         ("meta", [("Report to", "Cabinet"), ("Date", "17 June 2025"), ("Report of", "Dame Frances Oyelaran, Chair, Corrington Improvement and Assurance Board"),
                   ("Status", "For information")]),
         ("h1", "1. Introduction"),
         ("p", "1.1 The Improvement and Assurance Board was appointed by the Secretary of State following the Best Value inspection. Its role, as the Secretary of State’s letter of 22 January 2025 puts it, is " +
          Q("to provide challenge and advice and to report to me on the council’s progress every six months", "verbatim", "correct", "4", source="letter", doc="letter") +
          ". This is the Board’s first report to Cabinet. It is shared with the council in the interests of openness; the Board’s formal report to the Secretary of State will follow in July."),
         ("p", "1.2 The Board has met four times. Its members have observed Cabinet, full council and two scrutiny committees, and have met the leaders of all three political groups, the statutory officers and staff representatives."),
         ("h1", "2. Overall assessment"),
         ("p", "2.1 The Board’s overall view is that the council has made a good start on the procedural recommendations, and a slower one on the cultural and financial ones. That is not surprising: the inspectors were clear that " +
          Q("the habits of the last five years will not be changed without sustained external support", "verbatim", "correct", "executive summary", cited=["executive summary"]) +
          " (executive summary)."),
         ("p", "2.2 The Board wishes to stress, as the Secretary of State did, that " +
          Q("the absence of commissioners is not an indication that the failings identified are minor", "verbatim", "correct", "6", source="letter", doc="letter") +
          " (letter of 22 January 2025). The Board has been encouraged by the Chief Executive’s grip, but it has not yet seen the change in political culture that the inspectors called for."),
         ("p", "2.3 The Board is particularly concerned about the financial position. The inspectors described a medium-term budget gap of £38.5 million of which " +
          Q("£21.3 million is not yet matched by savings proposals", "verbatim", "correct", "4.3", cited=["4.3"]) +
          " (paragraph 4.3). The gap has narrowed, but not closed, and the 2025/26 budget again relies on reserves."),
         ("h1", "3. Progress against the recommendations"),
         ("p", "3.1 The table below sets out the Board’s RAG rating of progress against each recommendation. Green: on track; Amber: progress made but risks to delivery; Red: significant concern."),
         ("table", [["Ref", "Recommendation (as worded by the inspectors)", "RAG", "Board commentary"]] + [[r, q, g, c] for r, q, g, c in rag], 2, [6, 48, 7, 39]),
         ("h1", "4. Culture"),
         ("p", "4.1 The Board has heard from staff that things feel different at the top of the organisation, but not yet in their teams. A pulse survey in May 2025 received 608 responses: 41% said they felt able to raise concerns without fear, compared with 33% in the inspectors’ survey. That is progress, but it is a long way from where the council needs to be."),
         ("p", "4.2 The Board observed the meeting of full council on 2 April 2025. Behaviour was better than that described by the inspectors, but there were still personal remarks from members of more than one group, and the chair intervened only once. The Board will return to this in its next report."),
         ("h1", "5. Next steps"),
         ("p", "5.1 The Board will report formally to the Secretary of State in July 2025 and to Cabinet again in December. It asks Cabinet to ensure that the improvement and recovery plan at Appendix 1 to item 5 includes measurable outcomes for each action, the lack of which the inspectors criticised in the council’s 2024 plan."),
         ("p", "Dame Frances Oyelaran DBE, Chair"),
         ("p", "On behalf of the Board: Dame Frances Oyelaran (Chair); Ian Prestwick CPFA (finance); Sarah Cullimore (governance); Cllr (retd) Graham Ashby (member development)"),
         ("pagebreak",),
         ("banner", "Annex – The Board’s lines of enquiry"),
         ("table", [["Theme", "Line of enquiry", "Evidence"]] + [list(x) for x in pack_extra.LINES_OF_ENQUIRY])]
    out.append(("6", "Improvement and Assurance Board: First Progress Report", "docx", b, "Corrington Improvement and Assurance Board – First Progress Report"))

    # ---------------------------------------------------------------- item 7: outturn (reportlab)
    Q.item = "7"
    services = [("Adult Social Care", 88.4, 94.1), ("Children’s Services", 61.2, 65.0), ("Place and Environment", 32.7, 33.1),
                ("Housing and Homelessness", 9.8, 12.6), ("Corporate Services", 21.5, 20.9), ("Finance and Commercial", 8.9, 8.6),
                ("Law and Governance", 4.6, 4.9), ("Public Health (grant-funded)", 0.0, 0.0), ("Capital financing", 22.7, 23.4),
                ("Corporate contingency", 2.4, 0.0), ("Levies and other", -10.6, -10.6)]
    rows = [["Directorate", "Budget £m", "Outturn £m", "Variance £m"]]
    for n, bud, out_ in services:
        rows.append([n, f"{bud:.1f}", f"{out_:.1f}", f"{out_ - bud:+.1f}"])
    tb = sum(s[1] for s in services); to = sum(s[2] for s in services)
    rows.append(["Total", f"{tb:.1f}", f"{to:.1f}", f"{to - tb:+.1f}"])
    b = [("banner", "Item 7 – Revenue and Capital Outturn 2024/25"),
         ("meta", [("Report to", "Cabinet"), ("Date", "17 June 2025"), ("Report of", "Director of Finance (section 151 officer)"),
                   ("Cabinet Member", "Councillor Denise Farrow, Resources"), ("Key decision", "Yes – KD 2025/041"), ("Wards", "All")]),
         ("h1", "1. Summary"),
         ("p", "1.1 The council’s net revenue budget for 2024/25 was £241.6 million. The provisional outturn is an overspend of £6.8 million, compared with the £6.7 million forecast in the inspectors’ report. The overspend will be met from the general fund reserve, which will stand at £5.0 million at 31 March 2025, subject to audit."),
         ("p", "1.2 This is the fifth consecutive year in which the council has overspent. The inspectors observed that the council " +
          Q("has overspent in each of the last four years", "verbatim", "wrong", "4.6", cited=["4.5"], kind="wrong_paragraph", note="the words are in 4.6; 4.5 introduces the table") +
          " (paragraph 4.5), and that monitoring reports had treated overspends as one-off pressures. This report does not do so."),
         ("h1", "2. Recommendations"),
         ("bullets", ["That Cabinet notes the provisional revenue outturn for 2024/25 and the use of £2.9 million of the general fund reserve and £3.9 million of earmarked reserves to meet the overspend;",
                      "That Cabinet approves the carry-forward of £1.24 million of capital slippage into 2025/26;",
                      "That Cabinet notes the level of the general fund reserve against the minimum of £10 million."]),
         ("h1", "3. Revenue outturn"),
         ("p", "3.1 The table below sets out the outturn by directorate."),
         ("table", rows, [70, 30, 30, 30]),
         ("p", "3.2 Adult social care overspent by £5.7 million, largely because of the cost and number of residential placements. Children’s services overspent by £3.8 million; 14 children were placed in external residential care at an average weekly cost of £6,240. Homelessness pressures added £2.8 million."),
         ("p", "3.3 Savings of £11.9 million were planned for 2024/25. £9.4 million (79%) were delivered. This is a significant improvement on 2023/24, when, as the inspectors reported, " +
          Q("much of the shortfall was attributed to proposals that had not been worked up in any detail", "verbatim", "correct", "4.4", pages=[10], kind="page citation") +
          " (page 10 of the inspection report)."),
         ("h1", "4. Reserves"),
         ("p", "4.1 The inspectors noted that the council’s own forecast put the general fund reserve at £3.2 million by March 2026, " +
          Q("well below the minimum level of £10 million set by the section 151 officer", "verbatim", "correct", "4.2", cited=["4.2"]) +
          " (paragraph 4.2). They warned that, unless the council acts quickly to close the gap, it is " +
          Q("at real risk of having to issue a section 114 notice within the next two financial years", "verbatim", "correct", "4.3", cited=["4.3"],
            kind="condition kept in the report’s own words", note="control: the condition ‘unless the council acts quickly’ is restated") +
          " (paragraph 4.3). I share that assessment."),
         ("p", "4.2 The council’s Reserves Policy, approved in February 2023, states that the general fund reserve " +
          Q.other("should not be used to fund recurrent expenditure other than as a temporary measure pending the delivery of savings", "the council’s Reserves Policy 2023, not a source") +
          ". The use of reserves in 2023/24 and 2024/25 has not been consistent with that policy."),
         ("p", "4.3 The Chartered Institute of Public Finance and Accountancy’s Financial Management Code requires the council to demonstrate that its processes satisfy the principles of good financial management. The self-assessment reported to the Audit and Governance Committee in March 2025 found the council " +
          Q.other("not compliant", "the council’s own FM Code self-assessment, March 2025") + " with four of the seventeen standards."),
         ("table", [["Reserve", "31 March 2024 £m", "Movement £m", "31 March 2025 £m"],
                    ["General fund reserve", "7.9", "-2.9", "5.0"], ["Transformation reserve", "4.6", "-1.1", "3.5"],
                    ["Business rates volatility", "6.2", "-1.5", "4.7"], ["Insurance", "3.8", "0.0", "3.8"],
                    ["Service carry-forwards", "2.1", "-1.3", "0.8"], ["Schools (ring-fenced)", "5.4", "-0.8", "4.6"],
                    ["Total", "30.0", "-7.6", "22.4"]], [60, 35, 30, 35]),
         ("h1", "5. Capital outturn"),
         ("p", "5.1 Capital expenditure in 2024/25 was £161.3 million against a revised programme of £188.0 million. Slippage of £26.7 million has been reprofiled, of which £1.24 million requires Cabinet approval for carry-forward. Corrington Riverside accounted for £58.2 million of expenditure."),
         ("p", "5.2 External borrowing at 31 March 2025 was £521 million. Capital financing costs were £23.4 million, 9.7% of the net revenue budget."),
         ("h1", "6. Legal implications"),
         ("p", "6.1 Under section 25 of the Local Government Act 2003 the section 151 officer must report on the adequacy of reserves when the budget is set. Under section 114 of the Local Government Finance Act 1988 the section 151 officer must report if expenditure is likely to exceed the resources available. I am not making such a report, but I will continue to keep the position under review."),
         ("p", "Contact officer: Samuel Okafor, Director of Finance, samuel.okafor@corrington.gov.uk"),
         ("pagebreak",),
         ("banner", "Appendix A – Capital outturn by scheme 2024/25"),
         ("table", pack_extra.capital_table(), [80, 28, 28, 28]),
         ("banner", "Appendix B – Prudential indicators"),
         ("table", [["Indicator", "2024/25 limit", "2024/25 actual"],
                    ["Authorised limit for external debt", "£590m", "£521m"], ["Operational boundary", "£560m", "£521m"],
                    ["Capital financing requirement", "£612m", "£598m"], ["Ratio of financing costs to net revenue stream", "10.5%", "9.7%"],
                    ["Upper limit, fixed rate exposure", "100%", "86%"], ["Upper limit, variable rate exposure", "30%", "14%"],
                    ["Maturity: under 12 months", "25%", "11%"], ["Maturity: 12 months to 2 years", "25%", "6%"],
                    ["Maturity: 2 to 5 years", "40%", "17%"], ["Maturity: 5 to 10 years", "50%", "21%"],
                    ["Maturity: 10 years and above", "100%", "45%"]], [90, 35, 35])]
    out.append(("7", "Revenue and Capital Outturn 2024/25", "rl", b, "Cabinet 17 June 2025 – Outturn 2024/25"))

    # ---------------------------------------------------------------- item 8: Riverside review (groff)
    Q.item = "8"
    b = [("banner", "Item 8 – Corrington Riverside: Independent Review – Terms of Reference"),
         ("meta", [("Report to", "Cabinet"), ("Date", "17 June 2025"), ("Report of", "Director of Place"), ("Key decision", "Yes – KD 2025/038"), ("Wards", "Whitlow; Corrington Central")]),
         ("h1", "1. Purpose"),
         ("p", "1.1 To agree the terms of reference for the independent review of the Corrington Riverside scheme recommended by the Best Value inspectors and required by the Secretary of State’s directions."),
         ("h1", "2. Background"),
         ("p", "2.1 In 2020 Cabinet resolved " + Q.other("to deliver a high-quality, mixed-use neighbourhood on the Whitlow Mills site, with homes for local people at its heart", "Cabinet resolution of 2020, quoted from the minutes; not a source") +
          ". The scheme is delivered through Corrington Riverside Developments Ltd, a company wholly owned by the council and established under the general power of competence in section 1 of the Localism Act 2011, which provides that " +
          Q.other("A local authority has power to do anything that individuals generally may do.", "Localism Act 2011, s.1(1)") + ""),
         ("p", "2.2 The inspectors found that the budget increases had been approved in four decisions and that " +
          Q("at no point were members presented with an assessment of whether the scheme as a whole remained affordable", "verbatim", "correct", "8.3", cited=["8.3"]) +
          " (paragraph 8.3). They noted that the council’s submission had said the scheme " +
          Q("remains affordable and will deliver a net return to the council from 2029", "verbatim", "correct", "8.4", cited=["8.4"],
            kind="attribution kept", note="control: attributed to the council’s submission, as in 8.4") +
          " but that the business case had not been updated since 2022 (paragraph 8.4)."),
         ("p", "2.3 The inspectors also described the governance of the company as " +
          Q("opaque and unaccountable", "not_found", "wrong", None, cited=["8.2"], kind="invented",
            note="8.2 gives facts about the board and the shareholder committee but uses no such words") +
          " (paragraph 8.2). The company’s articles require it to " +
          Q.other("act at all times in the best interests of its sole shareholder", "the company’s articles of association") +
          ", but the shareholder committee has met only twice."),
         ("p", "2.4 Recommendation 9 of the inspection report asks the council to " +
          Q("approve no further increase in the scheme’s budget until it has reported", "verbatim", "correct", "R9", cited=["R9"]) +
          ". This report proposes terms of reference which meet that recommendation."),
         ("h1", "3. Proposed terms of reference"),
         ("bullets", ["(a) to review the business case for the scheme, including sales values, build costs, phasing and financing, and to advise whether the scheme as a whole remains affordable;",
                      "(b) to assess the options for completing, re-phasing or reducing the scheme, and their financial consequences for the council;",
                      "(c) to review the governance of Corrington Riverside Developments Ltd, including the composition of its board and the role of the shareholder committee;",
                      "(d) to review the council’s other companies and joint ventures (Corrington Energy Ltd and CMBC Trading Ltd);",
                      "(e) to report to Cabinet, the Audit and Governance Committee and the Improvement and Assurance Board by 31 December 2025."]),
         ("h1", "4. Procurement and cost"),
         ("p", "4.1 The review will be procured through a national framework. The estimated cost is £180,000, to be met from the transformation reserve. The reviewer will be independent of the council, the company and the scheme’s existing advisers."),
         ("h1", "5. Recommendation"),
         ("p", "5.1 That Cabinet approves the terms of reference at section 3 and delegates the appointment of the reviewer to the Chief Executive in consultation with the Leader and the Chair of the Improvement and Assurance Board."),
         ("table", [["Decision", "Date", "Budget approved", "Route"],
                    ["Initial approval", "July 2020", "£46.0m", "Cabinet"],
                    ["Phase 1 cost increase", "March 2022", "£54.5m", "Cabinet (urgency)"],
                    ["Phase 2 acceleration", "November 2022", "£67.0m", "Cabinet"],
                    ["Cost inflation and abnormal ground works", "June 2023", "£83.0m", "Leader (urgency)"]], [2.4, 1.1, 1.2, 1.5])]
    out.append(("8", "Corrington Riverside: Independent Review – Terms of Reference", "groff", b, "Cabinet 17 June 2025 – Corrington Riverside review"))
    Q.item = "9"
    b = [("banner", "Item 9 – Forward Plan of Key Decisions, July 2025 to March 2026"),
         ("p", "The forward plan lists the key decisions that the Cabinet, individual Cabinet members and officers expect to take over the coming months. It is published at least 28 clear days before each decision. Cabinet is asked to note the plan."),
         ("table", pack_extra.forward_plan()),
         ("p", "Since 1 March 2025 every key decision has been entered on the forward plan at least 28 days in advance, save for two taken under the urgency provisions, which were reported to full council on 2 April and 21 May 2025."),
         ("p", "Contact: Helen Quayle, Democratic Services")]
    out.append(("9", "Forward Plan of Key Decisions", "docx", b, "Cabinet 17 June 2025 – Forward Plan"))
    return out
