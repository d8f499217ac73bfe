"""Papers of the full council pack, 21 October 2026 (modern.gov)."""
from packkit import Paper

TITLE = "Yarnford City Council, Council, 21 October 2026"
MEETING = ("Council", "Wednesday, 21st October, 2026", "6.00 pm", "Council Chamber, Civic Centre, Yarnford YF1 2QA")
AGENDA = [
    ("1", "Apologies for Absence", False, "To receive any apologies for absence."),
    ("2", "Declarations of Interest", False, "Members are reminded to declare any disclosable pecuniary interests or other registrable interests in any item on this agenda."),
    ("3", "Minutes of the Extraordinary Meeting held on 23 September 2026", True, "To confirm the minutes of the extraordinary meeting of Council held on 23 September 2026 as a correct record."),
    ("4", "Questions from Members of the Public", True, "To receive questions from members of the public under Council Procedure Rule 10, and a petition."),
    ("5", "Best Value Inspection: Response to the Report and the Secretary of State's Proposals", True, "Report of the Chief Executive."),
    ("6", "Notice of Motion: Best Value Inspection", True, "Submitted by Councillor Hester Dunmore and seconded by Councillor Rashid Conlon."),
    ("7", "Amendment to the Notice of Motion at Item 6", True, "Submitted by Councillor Graham Pybus and seconded by Councillor Lynne Gatenby."),
    ("8", "Council Tax Reduction Scheme 2027/28", True, "Report of the Director of Finance (Section 151 Officer)."),
    ("9", "Treasury Management Mid-Year Review 2026/27", True, "Report of the Director of Finance (Section 151 Officer)."),
    ("10", "Appointments to Committees", True, "Report of the Director of Law and Governance."),
]
MEMBERS = ["Councillor Doreen Athey (Lord Mayor)", "Councillor Michael Bainbridge (Deputy Lord Mayor)",
           "Councillors Aisha Akhtar, Peter Armstrong, Brian Bell, Carol Brough, Rashid Conlon, Jean Coulthard, Ian Dixon, Hester Dunmore, Sean Elliott, Ruth Fenwick, Lynne Gatenby, Tom Gilhespy, Kath Hall, Derek Heslop, Amir Hussain, Julie Jobling, Neil Kirkup, Sandra Laidler, Alan Liddle, Maureen McGuinness, Gary Milburn, Joanne Nattrass, Kevin Nixon, Fiona Ord, Graham Pybus, Stephen Raine, Barbara Robson, Daniel Scorer, Wendy Shotton, Paul Tindale, Margaret Tweddle, Christopher Urwin, Hannah Vasey, Lee Wardle, Irene Weatherburn and Mark Younger"]


def build(L, out):
    papers = {}

    # ------------------------------------------------------------ item 3 minutes
    L.item = "3"
    d = Paper(own_footer=False)
    d.title("YARNFORD CITY COUNCIL", 13)
    d.p("Minutes of the Extraordinary Meeting of the Council held in the Council Chamber, Civic Centre, Yarnford on Wednesday, 23 September 2026 at 6.00 pm", bold=True)
    d.p("Present: Councillor Doreen Athey (Lord Mayor) in the Chair; Councillors Akhtar, Armstrong, Bainbridge, Bell, Brough, Conlon, Coulthard, Dixon, Dunmore, Elliott, Fenwick, Gatenby, Gilhespy, Hall, Heslop, Hussain, Jobling, Kirkup, Laidler, Liddle, McGuinness, Milburn, Nattrass, Nixon, Ord, Pybus, Raine, Robson, Scorer, Shotton, Tindale, Tweddle, Urwin, Vasey, Wardle, Weatherburn and Younger.")
    d.p("Officers in attendance: Chief Executive; Director of Finance (Section 151 Officer); Director of Law and Governance (Monitoring Officer); Head of Democratic Services.")
    d.h("14.  Apologies for Absence")
    d.p("Apologies for absence were submitted on behalf of Councillors Bowes, Carr, Hedley, Mason, Pattinson, Sutherland, Taylor, Thirlwell, Wilkinson and Yeadon.")
    d.h("15.  Declarations of Interest")
    d.p("Councillor Gilhespy declared an other registrable interest as a director of Yarnford Homes Ltd in so far as the item touched on the company. He remained in the meeting but took no part in any vote.")
    d.h("16.  Best Value Inspection of Yarnford City Council: Statement by the Leader of the Council")
    d.p("The Lord Mayor reminded members that the meeting had been called under paragraph 3 of Part 1 of Schedule 12 to the Local Government Act 1972 to receive a statement from the Leader on the report of the Best Value inspection, which had been laid before Parliament on 17 September 2026. There would be no debate and no resolution other than to note the statement.")
    d.p(f"The Leader, Councillor Pybus, said that the report was hard reading and that he did not intend to minimise it. He thanked the inspectors, who had said that {L.q('the great majority of those we met were open with us', 'verbatim', '1.4', cited=['1.4'], note='1.4 word for word, cited correctly')} (paragraph 1.4), and paid tribute to frontline staff who, in the inspectors’ words, {L.q('have kept services running in difficult conditions', 'verbatim', '1.4', citation=['missing', 'correct'], strict=False, note='end of 1.4; no citation of its own (the paragraph 1.4 given for the previous quotation arguably carries over)')}.")
    d.p(f"The Leader said the council had already started to act. On the budget, the inspectors had accepted that the position was {L.q('challenging but under control', 'out_of_context', '4.11', cited=['4.11'], context_dropped='We do not agree. In our view the council’s financial position is precarious', kind='attribution_dropped', note='the Leader’s own words, which 4.11 quotes and rejects, presented as the inspectors’ view')} (paragraph 4.11), and the Director of Finance would bring a recovery plan to Cabinet in November. He would be writing to all members about the Secretary of State’s proposals, and he had met the Lead Inspector on 15 September to confirm that the council accepted the report in full.")
    d.p(f"Councillor Dunmore, Leader of the People’s Alliance group, responded. She said that nobody reading the report could miss its description of {L.q('a culture in which challenge is treated as disloyalty', 'verbatim', '2.4', cited=['2.4'], note='2.4 verbatim')} (paragraph 2.4). She said the report showed {L.q('a council in freefall', 'not_found', kind='invented', note='no such phrase in the report or letter')}, and that the Leader should consider his position.")
    d.p(f"Councillor Ord, Leader of the Green group, asked whether the Leader accepted the inspectors’ finding that {L.q('members have not been given a clear account of the risks', 'verbatim', '4.11', cited=['4.12'], note='words are in 4.11; 4.12 is the one-line conclusion')} (paragraph 4.12). The Lord Mayor ruled that questions could not be taken on a statement.")
    d.p(f"At this point there was disorder in the public gallery. The Lord Mayor drew attention to Council Procedure Rule 19.3, which provides that {L.q('the Lord Mayor may adjourn the meeting for up to fifteen minutes if, in their opinion, disorder makes the proper conduct of business impossible', None, concerns=False, kind='council constitution', note='the council’s procedure rules, not a source')}, and adjourned the meeting at 6.42 pm. The meeting resumed at 6.55 pm.")
    d.p("Councillor Kirkup, Leader of the Independent group, said that his group would work with any member who wanted to see the council recover, and asked that group leaders be briefed before the council’s representations were finalised. The Chief Executive confirmed that a briefing for all group leaders would be arranged.")
    d.p("RESOLVED – That the statement of the Leader of the Council be noted.", bold=True)
    d.h("17.  Exclusion of the Press and Public")
    d.p("There were no items of exempt business.")
    d.p("The meeting closed at 7.21 pm.")
    d.p("Lord Mayor", italic=True)
    papers["3"] = [d]

    # ------------------------------------------------------------ item 4 public questions
    L.item = "4"
    d = Paper(own_footer=False)
    d.title("Council – 21 October 2026", 13)
    d.title("Item 4: Questions from Members of the Public and Petition", 13)
    d.p("Four questions have been received from members of the public under Council Procedure Rule 10 and one petition under the council’s Petition Scheme. Written answers will be circulated at the meeting. Each questioner may ask one supplementary question.")
    d.h("Question 1 – from Mrs Patricia Lumsden, Eastgate ward")
    d.p(f"“Paragraph 5.5 of the inspectors’ report says that {L.q('58 waivers were approved retrospectively, after the work had begun', 'minor', '5.5', cited=['5.5'], source_text='Fifty-eight of the waivers were approved retrospectively, after the work had begun', kind='number_in_digits', marks='‘’', note='“Fifty-eight of the waivers” written as “58 waivers”; meaning kept')}. Will the Cabinet Member for Resources publish a list of those 58 contracts, the firms that received them, and the officers who signed them off?”")
    d.p(f"Answer from the Cabinet Member for Resources, Councillor Gatenby: The council accepts recommendation R7 in full. A complete contract register will be published on the council’s website by 31 January 2027, and will include every contract awarded under a waiver since April 2023. I would also point out that the inspectors recorded that {L.q('Suppliers praised the procurement team for its responsiveness', 'verbatim', '5.7', cited=['5.7'], note='5.7 first sentence')} (paragraph 5.7). The problem is the rules and the records, not the staff, and we are fixing both.")
    d.h("Question 2 – from Mr Keith Ridley, Harlow ward")
    d.p(f"“The report says Yarnford Homes Ltd has built 118 homes when it promised 600, and that its {L.q('losses over that period total £13.1 million', 'misquote', '5.2', cited=['5.2'], source_text='its losses over that period total £11.3 million', kind='figure_changed', note='£11.3 million in 5.2 written £13.1 million', marks='‘’')} (paragraph 5.2). How much of the £42 million the council lent the company does the council now expect to get back?”")
    d.p("Answer from the Cabinet Member for Housing, Councillor Milburn: The figure in paragraph 5.2 is £11.3 million, not £13.1 million. The council has commissioned an independent review of the company, as recommended by the inspectors, and the review will report on the recoverability of the loans. It would not be responsible to give a figure before then.")
    d.h("Question 3 – from Ms Gillian Hetherington, Skerne ward")
    d.p(f"“Will the housing service be taken over by the commissioners?”")
    d.p(f"Answer from the Cabinet Member for Housing, Councillor Milburn: No. The Secretary of State’s letter of 17 September says: {L.q('I do not propose, at this stage, that the commissioners should exercise the council’s functions in relation to housing, adult social care or planning', 'verbatim', '5', source='letter', doc='letter', note='letter paragraph 5, cited as the letter of 17 September')}. Tenants’ services will continue to be run by the council.")
    d.h("Question 4 – from Mr Omar Farouk, Riverside ward")
    d.p("“The report lists the Riverside regeneration scheme as the largest single cause of slippage in the capital programme. When will phase 2 start on site, and will the promised community centre still be built?”")
    d.p("Answer from the Leader of the Council, Councillor Pybus: The Riverside phase 2 contract is being re-tendered and I expect works to begin in summer 2027. The community centre remains part of the scheme.")
    d.h("Petition – Harlow Road Leisure Centre")
    d.p(f"A petition containing 2,318 signatures has been received from the Friends of Harlow Road Baths. The petition reads: {L.q('We the undersigned call on Yarnford City Council to keep Harlow Road Leisure Centre open until its replacement is built and operating, and to publish a date for the new centre to open.', None, concerns=False, kind='petition', note='residents’ petition, not a source')}")
    d.p("Under the Petition Scheme a petition with more than 1,500 signatures is debated by Council. The lead petitioner will have five minutes to present the petition, followed by a debate of up to fifteen minutes. Council may decide to take the action the petition requests, not to take it, or to refer the petition to Cabinet or to a committee for consideration.")
    papers["4"] = [d]

    # ------------------------------------------------------------ item 5 CEX report
    L.item = "5"
    d = Paper(footer_text="Council 21 October 2026 – Best Value Inspection response")
    d.title("Report to Council")
    d.report_header([
        ("Date of meeting", "21 October 2026"), ("Report of", "Chief Executive"),
        ("Subject", "Best Value Inspection: Response to the Report and the Secretary of State’s Proposals"),
        ("Wards affected", "All"), ("Key decision", "No"), ("Exempt information", "None"),
        ("Contact officer", "Paul Hindmarsh, Head of Policy and Improvement, tel. 01964 552 318")])
    d.h("1.  Purpose of the report")
    d.np("1.1", "To present to Council the report of the Best Value inspection of Yarnford City Council, laid before Parliament on 17 September 2026, and the letter of the same date from the Secretary of State setting out proposed statutory directions.")
    d.np("1.2", "To seek Council’s agreement to the representations the council will make to the Secretary of State by 15 October 2026 (Appendix B, already submitted under the urgency arrangements and now presented for ratification) and to the draft Improvement and Recovery Plan (Appendix A).")
    d.h("2.  Recommendations")
    d.np("2.1", "That Council:")
    d.bullets(["notes the report of the Best Value inspection and the letter from the Secretary of State of 17 September 2026;",
               "accepts the findings of the inspection and the eight recommendations in it;",
               "ratifies the representations submitted to the Secretary of State at Appendix B;",
               "approves the draft Improvement and Recovery Plan at Appendix A as the basis for engagement with commissioners, should they be appointed;",
               "establishes a cross-party Improvement and Recovery Board, with terms of reference to be agreed by the Director of Law and Governance in consultation with group leaders."])
    d.h("3.  Background")
    d.np("3.1", "On 3 February 2026 the Secretary of State appointed a Lead Inspector and two Assistant Inspectors under section 10 of the Local Government Act 1999 to inspect the council’s compliance with its best value duty. The inspectors were on site between March and May 2026, interviewed 146 members, officers and partners, and surveyed the council’s staff.")
    d.np("3.2", "A draft of the factual findings was shared with the council in June 2026. The council submitted corrections on 14 points of fact, of which the inspectors accepted nine. The final report was published on GOV.UK on 17 September 2026.")
    d.np("3.3", f"The duty in question is set out in section 3(1) of the 1999 Act, which requires a best value authority to {L.q('make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness', None, concerns=False, kind='statute', note='Local Government Act 1999 s3(1), not a source')}. Statutory guidance issued in 2024 describes the characteristics of a well-functioning authority across seven themes.")
    d.h("4.  The inspectors’ findings")
    d.np("4.1", f"The inspectors concluded that the council is {L.q('failing to comply with its best value duty', 'verbatim', '2.12', cited=['2.12', '3.12', '4.12', '5.10'], note='words of 2.12 (and 3.12, 4.12, 5.10), all cited')} in respect of leadership and culture (paragraph 2.12), governance (paragraph 3.12), financial management (paragraph 4.12) and the use of resources (paragraph 5.10).")
    d.np("4.2", f"Leadership and culture. The report records the instability of the senior team: four Chief Executives since January 2022 and nine of the fourteen corporate leadership posts filled on an interim basis. It describes relations between members and officers in which professional advice was {L.q('tolerated rather than sought', 'verbatim', '2.2', cited=['2.2'], note='2.2')} (paragraph 2.2). The report is also clear that {L.q('the difficulties we describe are concentrated at the top of the organisation rather than throughout it', 'verbatim', '2.8', cited=['2.8'], note='2.8 second sentence')} (paragraph 2.8).")
    d.np("4.3", f"The staff survey results are a matter of serious concern. The inspectors report that {L.q('almost half of staff would not feel safe raising concerns', 'paraphrase', '2.7', cited=['2.7'], source_text='47 per cent said they would not feel safe raising a concern about wrongdoing', kind='reworded', note='47 per cent put as almost half, reworded inside quotation marks')} (paragraph 2.7), and only 23 per cent expressed confidence in the council’s senior leadership.")
    d.np("4.4", f"Financial management. The report records that the general fund reserve {L.q('fell from £18.4 million … to £5.9 million', 'minor', '4.2', cited=['4.2'], source_text='fell from £18.4 million at 31 March 2022 to £5.9 million at 31 March 2026', kind='ellipsis', note='dates cut with an ellipsis; figures kept')} between 2022 and 2026 (paragraph 4.2). The inspectors estimate that {L.q('unless the council acts quickly to reduce its spending', 'verbatim', '4.3', cited=['4.3'], note='4.3 opening clause')}, its usable reserves {L.q('will be exhausted during 2028/29', 'verbatim', '4.3', cited=['4.3'], note='4.3, condition kept in the same sentence')} (paragraph 4.3). Officers do not dispute that assessment, which matches the council’s own forecasts.")
    d.np("4.5", f"The inspectors note that financing costs {L.q('now absorb 11.8 per cent of the net revenue budget', 'verbatim', '4.7', pages=[10], note='4.7 is on page 10 of report.pdf')} (page 10 of the inspection report), and that the capital programme underspent by 46 per cent in 2025/26.")
    d.np("4.6", f"The council’s own submission to the inspectors stated that it had {L.q('a clear understanding of its challenges and a credible plan to address them', 'verbatim', '1.5', cited=['1.5'], kind='control_context_kept', note='the submission’s words, attributed to the submission, and the inspectors’ disagreement reported: not out of context')}. The inspectors did not share that assessment (paragraph 1.5), and officers accept that the plan then in place was not sufficient.")
    d.np("4.7", "Governance and scrutiny. The report finds that 27 of 86 key decisions were not published on the Forward Plan with the required notice, that eleven were taken under the urgency provisions, and that the Overview and Scrutiny Committee met only five times in 2025/26. It recommends a full review of the constitution (R2) and the appointment of independent members to the Audit and Governance Committee (R4).")
    d.np("4.8", f"Yarnford Homes Ltd and procurement. The report finds that the company has completed 118 homes against a target of 600 and has made losses of £11.3 million over four years. It also found that two Cabinet members sat on the company’s board while acting for the shareholder. On procurement, it records 212 waivers of contract procedure rules over three years, 58 of them retrospective, and concludes that {L.q('the council could not readily demonstrate that it had obtained value for money', 'verbatim', '5.8', cited=['5.8'], note='5.8 last clause')} (paragraph 5.8).")
    d.np("4.9", f"Capacity to improve. The report notes that the improvement plan agreed in January 2026 contained 143 actions, of which {L.q('only 12 of them have measurable outcomes', 'verbatim', '6.1', cited=['6.1'], note='6.1')} (paragraph 6.1). The inspectors acknowledge that the new Chief Executive {L.q('has made a promising start', 'verbatim', '6.2', cited=['6.3'], note='the words are in 6.2; 6.3 is cited')} (paragraph 6.3), but conclude that the council does not have the capacity to improve at the required pace without external support.")
    d.h("5.  The Secretary of State’s proposals")
    d.np("5.1", f"In her letter of 17 September 2026 the Secretary of State says that she is {L.q('minded to exercise my powers of direction under section 15 of the 1999 Act', 'verbatim', '3', source='letter', doc='letter', note='letter paragraph 3')}.")
    d.np("5.2", f"She proposes to appoint {L.q('a team of three commissioners for a period of three years', 'verbatim', '4', source='letter', doc='letter', note='letter paragraph 4')}, with powers over financial governance and budget setting, the constitution and decision-making, and the appointment and dismissal of statutory officers. The council would also be directed {L.q('to prepare and agree an improvement and recovery plan within six months', 'verbatim', '4', source='letter', doc='letter', note='letter paragraph 4')}.")
    d.np("5.3", f"The letter makes clear that intervention is {L.q('not a judgement on the council’s frontline staff', 'verbatim', '7', source='letter', doc='letter', note='letter paragraph 7')}, and that the Secretary of State does not at this stage propose that commissioners take over the council’s housing, adult social care or planning functions.")
    d.np("5.4", f"Section 15(5) of the 1999 Act allows the Secretary of State to direct an authority {L.q('to take any action which the Secretary of State considers necessary or expedient to secure its compliance with the requirements of this Part', None, concerns=False, kind='statute', note='Local Government Act 1999 s15(5), not a source')}. Directions may also provide for specified functions to be exercised by the Secretary of State or a person nominated by the Secretary of State.")
    d.h("6.  Representations")
    d.np("6.1", "The Secretary of State invited representations by 15 October 2026. Because that date fell before this meeting, the Chief Executive, after consulting the Leader and the leaders of the other three political groups, submitted the representations at Appendix B on 9 October 2026 under paragraph 12.4 of the Officer Scheme of Delegation. Council is asked to ratify them.")
    d.np("6.2", "The representations accept the findings of the report and do not contest the proposal to appoint commissioners. They ask the Secretary of State to consider a review point at eighteen months and to confirm that the council will retain responsibility for day-to-day operational management.")
    d.h("7.  Improvement and Recovery Plan")
    d.np("7.1", "Appendix A sets out the draft Improvement and Recovery Plan. Each action is linked to the finding of the report it responds to, with a lead officer, a target date and a status. The plan replaces the improvement plan agreed in January 2026. It will be refreshed once commissioners are in post and reported quarterly to Council through the Improvement and Recovery Board.")
    d.np("7.2", "The plan has been deliberately kept short. The inspectors were critical of the number of actions in the previous plan and of the absence of measurable outcomes, and every action in the draft has a named lead and a date by which it will be completed.")
    d.h("8.  Financial implications")
    d.np("8.1", "The costs of commissioners, including their fees and expenses and the support they require, are met by the council. Based on recent interventions elsewhere, the Director of Finance estimates a cost of £0.9 million to £1.2 million a year, which is not provided for in the current budget and will be met from the general fund reserve in 2026/27.")
    d.np("8.2", "The financial recovery plan required by R1 will come to Cabinet on 18 November 2026 and to Council in December. It will need to address the budget gap of £52.7 million identified in the medium term financial strategy.")
    d.h("9.  Legal implications")
    d.np("9.1", "The Director of Law and Governance advises that the council is under a duty to comply with any directions issued under section 15 of the 1999 Act. Directions may be enforced by mandatory order on the application of the Secretary of State. Council is not being asked to make any decision that is contrary to the proposed directions.")
    d.h("10.  Risk management")
    d.np("10.1", "Failure to respond constructively to the report and the proposed directions would risk broader intervention, including over services the Secretary of State does not currently propose to include. The most significant risk remains the council’s financial position, which is recorded on the strategic risk register as a red risk.")
    d.h("11.  Equalities implications")
    d.np("11.1", "There are no direct equalities implications arising from this report. Equality impact assessments will be completed for individual actions in the Improvement and Recovery Plan where they affect service users or staff.")
    d.h("12.  Background papers")
    d.np("12.1", "Best Value Inspection of Yarnford City Council, September 2026. Letter from the Secretary of State to the Chief Executive, 17 September 2026. Council minutes, 23 September 2026.")

    # appendix A landscape table
    a = Paper(landscape=True, footer_text="Appendix A – Draft Improvement and Recovery Plan")
    a.title("Appendix A: Draft Improvement and Recovery Plan 2026–2029", 14)
    a.p("The table below links each action to the finding of the Best Value inspection report that it addresses. Status at 9 October 2026: G = on track; A = at risk; R = off track; N = not started.", size=10)
    rows = [["Ref", "Inspection finding", "Report ref", "Action", "Lead officer", "Target date", "Status"]]
    rows.append(["IR1", L.q("We did not see a credible plan to close it", "verbatim", "4.5", cited=["4.5"], note="4.5 in a table cell"), "4.5, R1",
                 "Financial recovery plan closing the £52.7m gap without use of reserves, with savings owned by named directors and monitored monthly.", "Director of Finance", "Dec 2026", "A"])
    rows.append(["IR2", L.q("Savings were frequently approved without a delivery plan or a named owner", "verbatim", "4.4", cited=["4.4"], note="4.4 in a table cell"), "4.4",
                 "No saving to be included in the budget without a delivery plan, a named owner and an equality impact assessment.", "Director of Finance", "Feb 2027", "G"])
    rows.append(["IR3", L.q("Twenty-seven of these were not published on the Forward Plan", "verbatim", "3.2", cited=["3.2"], note="3.2 in a table cell"), "3.2",
                 "Forward Plan reissued monthly; urgency decisions reported to Council with reasons; Monitoring Officer sign-off for every key decision.", "Director of Law and Governance", "Nov 2026", "G"])
    rows.append(["IR4", L.q("three call-ins … ruled out of order by the chair without debate", "minor", "3.4", cited=["3.4"], source_text="Three call-ins were requested during the year; all three were ruled out of order by the chair without debate", kind="ellipsis", note="3.4 shortened with an ellipsis"), "3.4, R2",
                 "Review of the call-in procedure as part of the full constitutional review; independent adviser to support scrutiny chairs.", "Director of Law and Governance", "Mar 2027", "N"])
    rows.append(["IR5", L.q("The Audit and Governance Committee has no independent member", "verbatim", "3.6", cited=["3.6"], note="3.6 in a table cell"), "3.6, R4",
                 "Recruit two independent members; report to Council 21 October 2026 (Item 10).", "Director of Law and Governance", "Oct 2026", "G"])
    rows.append(["IR6", L.q("eleven of those had not been logged or acknowledged", "verbatim", "2.9", cited=["2.8"], note="words of 2.9; the cell cites 2.8"), "2.8",
                 "New whistleblowing policy; central log held by the Monitoring Officer; quarterly report to Audit and Governance Committee.", "Director of Law and Governance", "Jan 2027", "A"])
    rows.append(["IR7", L.q("Two Cabinet members sat on the company’s board", "verbatim", "5.3", cited=["5.3"], note="5.3 in a table cell"), "5.3, R6",
                 "Cabinet members to stand down from the Yarnford Homes Ltd board; independent chair appointed; shareholder committee to meet quarterly.", "Chief Executive", "Dec 2026", "A"])
    rows.append(["IR8", L.q("end retrospective waivers", "verbatim", "R7", cited=["R7"], note="R7 in a table cell"), "R7",
                 "Contract procedure rules revised; waivers above £25,000 require Section 151 Officer and Monitoring Officer approval before any commitment.", "Director of Finance", "Jan 2027", "N"])
    rows.append(["IR9", L.q("the contract register is incomplete and unreliable", "misquote", "5.6", cited=["5.6"], source_text="The contract register is incomplete", kind="words_added", strict=False, note="‘and unreliable’ added to 5.6’s words without marking"), "5.6",
                 "Complete contract register to be published on the council’s website, with all contracts over £5,000.", "Head of Procurement", "Jan 2027", "A"])
    rows.append(["IR10", L.q("separate the roles of shareholder representative and company director", "verbatim", "R6", cited=["R6"], note="R6 in a table cell"), "R6",
                 "Independent review of Yarnford Homes Ltd commissioned; revised shareholder agreement.", "Chief Executive", "Mar 2027", "G"])
    rows.append(["IR11", L.q("permanent statutory officers", "verbatim", "R3", cited=["R3"], note="R3 in a table cell"), "R3",
                 "Permanent Director of Finance and Director of Law and Governance to be recruited; interim posts reduced from nine to three by April 2027.", "Chief Executive", "Apr 2027", "A"])
    rows.append(["IR12", L.q("The city’s community safety partnership had not met since June 2025", "verbatim", "5.9", cited=["5.9"], note="5.9 in a table cell"), "5.9",
                 "Community safety partnership reconvened, with revised terms of reference agreed with police and health partners.", "Director of Communities", "Nov 2026", "G"])
    rows.append(["IR13", L.q("Only 19 of the 63 councillors attended any of the member development sessions", "verbatim", "3.11", cited=["3.11"], note="3.11 in a table cell"), "3.11",
                 "Mandatory member development programme, including the code of conduct, finance and scrutiny; attendance reported to group leaders.", "Head of Democratic Services", "Jun 2027", "N"])
    a.table(rows, [1.3, 7.2, 2.0, 7.8, 3.2, 1.9, 1.6], size=9.5)

    # appendix B draft representations
    b = Paper(footer_text="Appendix B – Representations to the Secretary of State")
    b.title("Appendix B: Representations to the Secretary of State", 14)
    b.p("Submitted 9 October 2026", italic=True)
    b.p("Rt Hon Eleanor Marsh-Kettering MP\nSecretary of State for Housing, Communities and Local Government\n2 Marsham Street\nLondon SW1P 4DF")
    b.p("Dear Secretary of State,")
    b.p("Best Value inspection of Yarnford City Council: representations on the proposed directions", bold=True)
    b.p(f"Thank you for your letter of 17 September 2026. The council accepts the inspectors’ conclusion, repeated in your letter, that it is {L.q('failing to comply with its best value duty in respect of leadership and culture, governance, financial management and the use of resources', 'verbatim', '2', source='letter', doc='letter', note='letter paragraph 2')}. We do not seek to argue with the findings, and we are grateful for the care with which the inspectors approached their work.")
    b.p(f"We accept that the council’s financial position is, in the inspectors’ word, {L.q('precarious', 'verbatim', '4.11', cited=['4.11'], note='single word of 4.11')} (paragraph 4.11). We have set out in the enclosed draft plan the steps we are taking, beginning with a financial recovery plan to be agreed by Council in December.")
    b.p(f"We welcome the inspectors’ recognition that the council’s housing, adult social care and planning functions are {L.q('performing adequately', 'verbatim', '6.5', cited=['6.5'], note='6.5')} (paragraph 6.5), and that the council’s {L.q('frontline services are working well', ['paraphrase', 'misquote'], 'executive summary', cited=['executive summary'], source_text='The council’s frontline services are, for the most part, being delivered by committed people in difficult circumstances', kind='reworded', strict=False, note='the summary says services are being delivered by committed people, not that they work well; reworded inside marks')} (executive summary). We ask that the directions make clear that operational management of those services remains with the council.")
    b.p("We make three representations on the proposed directions:")
    b.bullets(["that the directions include a formal review point at eighteen months, at which the Secretary of State would consider whether any functions could be returned to the council;",
               "that the commissioners’ powers over the appointment of statutory officers should not delay the permanent appointments the council is already making; and",
               "that the council be consulted on the terms of reference of the commissioners before they are issued."])
    b.p("The Leader and the leaders of the other political groups have seen this letter and support it. We would welcome the opportunity to meet you or your officials.")
    b.p("Yours sincerely,")
    b.p("Adaeze Threlfall, Chief Executive\nCouncillor Graham Pybus, Leader of the Council")
    papers["5"] = [d, a, b]

    # ------------------------------------------------------------ item 6 motion
    L.item = "6"
    L.default_marks = '""'      # the motion was pasted from an email with straight quotes
    d = Paper(own_footer=False)
    d.title("Council – 21 October 2026", 13)
    d.title("Item 6: Notice of Motion – Best Value Inspection", 13)
    d.p("The following motion has been submitted under Council Procedure Rule 13 by Councillor Hester Dunmore and seconded by Councillor Rashid Conlon.", italic=True)
    d.p("Council notes:", bold=True)
    d.np("1.", "The publication on 17 September 2026 of the report of the Best Value inspection of Yarnford City Council, and the Secretary of State’s intention to appoint commissioners.", indent=0.8)
    d.np("2.", f"That the inspectors found that {L.q('the council’s financial position is precarious', 'verbatim', '4.11', cited=['4.11'], note='4.11')} (para 4.11).", indent=0.8)
    d.np("3.", f"That {L.q('47 per cent', 'verbatim', '2.7', cited=['2.7'], kind='figure', note='2.7 figure quoted')} of staff {L.q('would not feel safe raising a concern about wrongdoing', 'verbatim', '2.7', cited=['2.7'], note='2.7')} (para 2.7), and that only 23 per cent have confidence in the council’s senior leadership.", indent=0.8)
    d.np("4.", f"That {L.q('Nine of the eleven urgent decisions concerned Yarnford Homes Ltd', 'verbatim', '3.3', cited=['3.3'], note='3.3')} (para 3.3), a company which has lost £11.3 million in four years.", indent=0.8)
    d.np("5.", f"That the inspectors found Cabinet members had {L.q('acted dishonestly', 'out_of_context', '2.4', cited=['2.4'], context_dropped='We do not suggest that any member or officer has', kind='negation_dropped', note='2.4 says the inspectors do NOT suggest anyone acted dishonestly')} (para 2.4).", indent=0.8)
    d.np("6.", f"That the Leader’s claim that relations with officers were {L.q('the best it has been for a decade', 'verbatim', '2.2', cited=['2.2'], kind='control_context_kept', note='attributed to the Leader, as in 2.2: not out of context')} was rejected by the inspectors, who found no evidence to support it (para 2.2).", indent=0.8)
    d.np("7.", f"That the inspectors found that {L.q('reports are written to get through Cabinet, not to inform it', 'out_of_context', '2.3', cited=['2.3'], context_dropped='One officer told us that', kind='attribution_dropped', note='one officer’s words presented as the inspectors’ finding')} (para 2.3).", indent=0.8)
    d.np("8.", f"That the inspectors concluded that the council {L.q('is incapable of improving without intervention', 'paraphrase', '6.3', cited=['6.3'], source_text='we do not consider that the council has the capacity to improve at the pace required without external support', kind='reworded', strict=False, note='6.3 reworded; drops at the pace required, so arguably a misquote')} (para 6.3).", indent=0.8)
    d.p("Council believes:", bold=True)
    d.np("9.", "That the failures described in the report happened on the watch of the current administration, and that residents deserve an apology.", indent=0.8)
    d.np("10.", "That recovery will require the trust of staff, partners and residents, which cannot be rebuilt by the people who lost it.", indent=0.8)
    d.p("Council resolves:", bold=True)
    d.np("11.", "To apologise to the residents of Yarnford for the failings identified in the report.", indent=0.8)
    d.np("12.", "To call on the Leader of the Council and the Cabinet Member for Resources to resign their positions.", indent=0.8)
    d.np("13.", "To establish a cross-party Improvement and Recovery Board, chaired by a member of a group other than the largest group, to oversee the council’s response.", indent=0.8)
    d.np("14.", "To publish, within one month, the names of all contractors awarded work under a retrospective waiver since April 2023.", indent=0.8)
    d.p("Proposer: Councillor Hester Dunmore    Seconder: Councillor Rashid Conlon")
    d.p("Note from the Director of Law and Governance: Resolution 12 is not within the power of Council to require, as the Leader is elected by Council for a four-year term under the constitution and can be removed only by a resolution of Council under Article 7.3. Members may debate the motion as drafted.", italic=True, size=10)
    papers["6"] = [d]

    # ------------------------------------------------------------ item 7 amendment (tracked changes as text)
    L.item = "7"
    d = Paper(own_footer=False)
    d.title("Council – 21 October 2026", 13)
    d.title("Item 7: Amendment to the Notice of Motion at Item 6", 13)
    d.p("Moved by Councillor Graham Pybus and seconded by Councillor Lynne Gatenby. The amendment is shown below as received from the mover, with deleted text marked ~~like this~~ and inserted text marked [inserted: …]. If carried, the amendment will become the substantive motion.", italic=True)
    d.p("Council notes:", bold=True)
    d.np("1.", "The publication on 17 September 2026 of the report of the Best Value inspection of Yarnford City Council, and the Secretary of State’s intention to appoint commissioners.", indent=0.8)
    d.np("2.", f"That the inspectors found that {L.q('the council’s financial position is precarious', 'verbatim', '4.11', cited=['4.11'], kind='repeated_from_item_6', note='same quotation as the motion at item 6')} (para 4.11)[inserted: , and that the Leader had described it to them as {L.q('challenging but under control', 'verbatim', '4.11', cited=['4.11'], kind='control_context_kept', note='attributed to the Leader, as 4.11 does: not out of context')}].", indent=0.8)
    d.np("3.", f"That {L.q('47 per cent', 'verbatim', '2.7', cited=['2.7'], kind='repeated_from_item_6', note='repeated from item 6')} of staff {L.q('would not feel safe raising a concern about wrongdoing', 'verbatim', '2.7', cited=['2.7'], kind='repeated_from_item_6', note='repeated from item 6')} (para 2.7)~~, and that only 23 per cent have confidence in the council’s senior leadership~~[inserted: , while {L.q('72 per cent agreed that their line manager treated them with respect', 'verbatim', '2.8', cited=['2.8'], note='2.8')} (para 2.8)].", indent=0.8)
    d.np("4.", f"That {L.q('Nine of the eleven urgent decisions concerned Yarnford Homes Ltd', 'verbatim', '3.3', cited=['3.3'], kind='repeated_from_item_6', note='repeated from item 6')} (para 3.3)~~, a company which has lost £11.3 million in four years~~.", indent=0.8)
    d.np("5.", f"~~That the inspectors found Cabinet members had {L.q('acted dishonestly', 'out_of_context', '2.4', cited=['2.4'], context_dropped='We do not suggest that any member or officer has', kind='negation_dropped_struck_through', note='the motion’s wording, struck through but still present as text')} (para 2.4).~~ [inserted: That the inspectors stated: {L.q('We do not suggest that any member or officer has acted dishonestly', 'verbatim', '2.4', cited=['2.4'], note='2.4 first sentence, with its denial')} (para 2.4).]", indent=0.8)
    d.np("6.", f"~~That the Leader’s claim that relations with officers were {L.q('the best it has been for a decade', 'verbatim', '2.2', cited=['2.2'], kind='control_context_kept_struck_through', note='struck-through repeat of item 6; attributed to the Leader as in 2.2')} was rejected by the inspectors, who found no evidence to support it (para 2.2).~~", indent=0.8)
    d.np("7.", f"~~That the inspectors found that {L.q('reports are written to get through Cabinet, not to inform it', 'out_of_context', '2.3', cited=['2.3'], context_dropped='One officer told us that', kind='attribution_dropped_struck_through', note='struck-through repeat of item 6; one officer’s words as the inspectors’ finding')} (para 2.3).~~", indent=0.8)
    d.np("8.", f"~~That the inspectors concluded that the council {L.q('is incapable of improving without intervention', 'paraphrase', '6.3', cited=['6.3'], source_text='we do not consider that the council has the capacity to improve at the pace required without external support', kind='reworded_struck_through', strict=False, note='struck-through repeat of item 6; 6.3 reworded')} (para 6.3).~~ [inserted: That the inspectors recognised that the council {L.q('has improved its council tax collection rate', 'verbatim', '4.10', cited=['4.10'], note='4.10')} (para 4.10), and that {L.q('the new Chief Executive has made a promising start', 'verbatim', '6.2', cited=['6.2'], note='6.2')} (para 6.2).]", indent=0.8)
    d.np("9.", f"[inserted: That the report states that the council has {L.q('a clear understanding of its challenges and a credible plan to address them', 'out_of_context', '1.5', cited=['1.5'], context_dropped='The council’s own submission stated that it had', kind='attribution_dropped', note='the council’s self-assessment, which the inspectors rejected, presented as the report’s finding')} (para 1.5), and that governance has been {L.q('substantially strengthened', 'out_of_context', '3.10', cited=['3.10'], context_dropped='The council’s own submission stated that governance had been', kind='attribution_dropped', note='the council’s submission’s words presented as the report’s; 3.10 goes on to say the inspectors found little evidence that it had changed practice')} by the decision-making protocol introduced in November 2025 (para 3.10).]", indent=0.8)
    d.np("10.", f"[inserted: That the inspectors praised the administration’s {L.q('strong and stable leadership through a difficult period', 'not_found', kind='invented', note='no such praise anywhere in the report')}.]", indent=0.8)
    d.p("Council believes:", bold=True)
    d.np("11.", "~~That the failures described in the report happened on the watch of the current administration, and that residents deserve an apology.~~ [inserted: That the failures described in the report have built up over many years and under successive administrations.]", indent=0.8)
    d.np("12.", "That recovery will require the trust of staff, partners and residents~~, which cannot be rebuilt by the people who lost it~~[inserted: , and that all groups share responsibility for rebuilding it].", indent=0.8)
    d.p("Council resolves:", bold=True)
    d.np("13.", "To apologise to the residents of Yarnford for the failings identified in the report.", indent=0.8)
    d.np("14.", "~~To call on the Leader of the Council and the Cabinet Member for Resources to resign their positions.~~", indent=0.8)
    d.np("15.", "To establish a cross-party Improvement and Recovery Board~~, chaired by a member of a group other than the largest group,~~ to oversee the council’s response.", indent=0.8)
    d.np("16.", "To publish~~, within one month,~~ the names of all contractors awarded work under a retrospective waiver since April 2023 [inserted: as part of the complete contract register to be published by 31 January 2027].", indent=0.8)
    d.p("Mover: Councillor Graham Pybus    Seconder: Councillor Lynne Gatenby")
    papers["7"] = [d]

    # ------------------------------------------------------------ item 8 council tax reduction
    L.item = "8"
    L.default_marks = "“”"
    d = Paper(footer_text="Council 21 October 2026 – Council Tax Reduction Scheme 2027/28")
    d.title("Report to Council")
    d.report_header([("Date of meeting", "21 October 2026"), ("Report of", "Director of Finance (Section 151 Officer)"),
                     ("Subject", "Council Tax Reduction Scheme 2027/28"), ("Wards affected", "All"), ("Key decision", "Yes – Forward Plan ref. FP/26/041"),
                     ("Contact officer", "Carole Bainbridge, Head of Revenues and Benefits, tel. 01964 552 907")])
    d.h("1.  Purpose")
    d.np("1.1", "To seek Council’s approval of the Council Tax Reduction Scheme for working-age residents for 2027/28, following public consultation, and to note the position on the scheme for pensioners, which is prescribed nationally.")
    d.h("2.  Recommendation")
    d.np("2.1", "That Council approves the Council Tax Reduction Scheme 2027/28 described in section 5, including the move to an income-banded scheme for working-age claimants, with effect from 1 April 2027.")
    d.h("3.  Background")
    d.np("3.1", "Since April 2013 each billing authority has been required to operate its own scheme of council tax reduction for working-age residents. Yarnford’s scheme currently requires most working-age claimants to pay at least 20 per cent of their council tax liability. Around 17,900 households receive a reduction, of whom 6,400 are pensioners.")
    d.np("3.2", f"Schedule 1A to the Local Government Finance Act 1992 sets out how a scheme must be revised. Paragraph 3 provides that before making a scheme the authority must {L.q('consult any major precepting authority which has power to issue a precept to it, publish a draft scheme in such manner as it thinks fit, and consult such other persons as it considers are likely to have an interest in the operation of the scheme', None, concerns=False, kind='statute', note='Local Government Finance Act 1992 Sch 1A para 3, not a source')}.")
    d.np("3.3", "The scheme for 2027/28 must be agreed by full Council by 11 March 2027. Approving it now allows software changes to be made and claimants to be notified in good time.")
    d.h("4.  Consultation")
    d.np("4.1", "Consultation ran from 1 July to 26 August 2026. There were 1,184 responses: 61 per cent supported a move to an income-banded scheme, and 58 per cent supported retaining the minimum payment at 20 per cent. The police and crime commissioner and the fire and rescue authority, as major preceptors, raised no objection.")
    d.np("4.2", f"Several respondents commented on the effect on low-paid workers. One response from a local advice charity said that {L.q('the scheme should protect working families on the lowest incomes, who are too often the ones pursued for small arrears', None, concerns=False, kind='consultation response', note='a consultation respondent, not a source')}. The proposed bands have been adjusted in response.")
    d.h("5.  The proposed scheme")
    d.np("5.1", "Working-age claimants will be placed in one of five income bands, with the reduction ranging from 80 per cent of liability in the lowest band to 20 per cent in the highest. Claimants in the lowest band, including those in receipt of carer’s allowance or disability benefits, will have no minimum payment to make. The scheme simplifies administration because changes of a few pounds in income will no longer trigger a new calculation.")
    d.np("5.2", "The estimated cost of the scheme in 2027/28 is £21.6 million, a reduction of £0.4 million on 2026/27 as a result of the changes to the bands. The cost is shared with the major preceptors in proportion to their share of the council tax.")
    d.h("6.  Collection")
    d.np("6.1", f"The council tax collection rate was 93.1 per cent in 2025/26, up from 91.2 per cent two years earlier. The Best Value inspectors noted that {L.q('several partners praised the work of the revenues and benefits service', 'verbatim', '4.10', cited=['4.10'], note='4.10')} (paragraph 4.10). Officers will continue to work with advice agencies to help households in arrears before recovery action is taken.")
    d.h("7.  Financial, legal and equalities implications")
    d.np("7.1", "The cost of the scheme has been built into the council tax base for 2027/28. An equality impact assessment has been completed and is available as a background paper; the banded scheme has a positive effect on disabled claimants and carers. The council must have regard to the need to mitigate the effects of the scheme on vulnerable people.")
    d.h("8.  Background papers")
    d.np("8.1", "Consultation report, September 2026. Equality impact assessment, October 2026.")
    a = Paper(footer_text="Appendix 1 – Proposed income bands 2027/28")
    a.title("Appendix 1: Proposed Income Bands, Working-Age Scheme 2027/28", 13)
    rows = [["Band", "Weekly net income – single person", "Weekly net income – couple", "Weekly net income – with children", "Reduction"],
            ["1", "£0 – £110", "£0 – £160", "£0 – £220", "80% (no minimum payment for protected groups)"],
            ["2", "£110.01 – £170", "£160.01 – £230", "£220.01 – £300", "65%"],
            ["3", "£170.01 – £230", "£230.01 – £300", "£300.01 – £380", "50%"],
            ["4", "£230.01 – £290", "£300.01 – £370", "£380.01 – £460", "35%"],
            ["5", "£290.01 – £350", "£370.01 – £440", "£460.01 – £540", "20%"]]
    a.table(rows, [1.4, 3.6, 3.6, 3.8, 4.2], size=10)
    a.p("Notes", bold=True)
    a.bullets(["Income is assessed after deduction of tax and national insurance, and disregards disability benefits, carer’s allowance, child benefit and the housing element of universal credit.",
               "Protected groups are claimants in receipt of, or with a partner or child in receipt of, a disability benefit or carer’s allowance; care leavers under 25; and war pensioners.",
               "Claimants whose income exceeds the upper limit of band 5 receive no reduction. A discretionary hardship fund of £250,000 is available to claimants in exceptional hardship.",
               "Bands will be uprated each April by the September rate of the Consumer Prices Index."])
    a.p("Modelling of the effect on current claimants", bold=True)
    rows2 = [["Group", "Claimants", "Better off", "No change", "Worse off", "Average weekly change"],
             ["Single, no children", "5,120", "2,830", "1,410", "880", "+£1.42"],
             ["Couple, no children", "1,240", "610", "390", "240", "+£0.88"],
             ["Lone parent", "3,060", "2,190", "540", "330", "+£2.10"],
             ["Couple with children", "2,080", "1,150", "480", "450", "+£0.64"],
             ["Total working-age", "11,500", "6,780", "2,820", "1,900", "+£1.40"]]
    a.table(rows2, [4.6, 2.3, 2.3, 2.3, 2.3, 3.0], size=10)
    papers["8"] = [d, a]

    # ------------------------------------------------------------ item 9 treasury management
    L.item = "9"
    d = Paper(footer_text="Council 21 October 2026 – Treasury Management Mid-Year Review")
    d.title("Report to Council")
    d.report_header([("Date of meeting", "21 October 2026"), ("Report of", "Director of Finance (Section 151 Officer)"),
                     ("Subject", "Treasury Management Mid-Year Review 2026/27"), ("Wards affected", "All"), ("Key decision", "No"),
                     ("Contact officer", "Martin Scott, Treasury and Capital Manager, tel. 01964 552 660")])
    d.h("1.  Purpose")
    d.np("1.1", "To report on treasury management activity in the first half of 2026/27 and on the prudential indicators approved by Council in February 2026, as required by the CIPFA Treasury Management Code.")
    d.h("2.  Recommendation")
    d.np("2.1", "That Council notes the treasury management activity and the prudential indicators for the period 1 April to 30 September 2026.")
    d.h("3.  Background")
    d.np("3.1", f"The CIPFA Prudential Code requires the council to ensure that {L.q('the capital expenditure plans of local authorities are affordable, prudent and sustainable', None, concerns=False, kind='professional code', note='CIPFA Prudential Code, not a source')}. The Treasury Management Code requires a mid-year report to full Council.")
    d.np("3.2", f"The inspection report observed that the council’s external borrowing {L.q('rose from £412 million in March 2021 to £763 million in March 2026', 'verbatim', '4.7', cited=['4.7'], note='4.7')} (paragraph 4.7), and that the inspectors {L.q('saw no evidence that members were told of the risks before they were made', 'verbatim', '4.8', cited=['4.8'], note='4.8, about the property purchases')} (paragraph 4.8) when three commercial properties were bought between 2019 and 2021.")
    d.h("4.  Borrowing")
    d.np("4.1", "External borrowing at 30 September 2026 was £771.4 million, of which £612.0 million was from the Public Works Loan Board and £159.4 million from other local authorities and banks. No new long-term borrowing was taken in the period. Short-term borrowing from other authorities was £38.0 million, to meet cash-flow needs while the capital programme is reviewed.")
    d.np("4.2", "The average rate on the council’s debt is 3.9 per cent. Interest payable in 2026/27 is forecast at £30.6 million, £1.4 million more than budgeted, because short-term rates have remained higher than assumed.")
    d.h("5.  Investments")
    d.np("5.1", "The council held investments of £24.8 million at 30 September 2026, all in money market funds and instant access accounts, in line with the approved strategy. The average return was 4.6 per cent.")
    d.h("6.  Prudential indicators")
    d.np("6.1", "The operational boundary of £800 million and the authorised limit of £840 million have not been breached. The ratio of financing costs to net revenue stream is forecast to be 11.9 per cent in 2026/27, above the 10 per cent the council set itself as a local indicator in 2022.")
    d.np("6.2", "Officers will propose to Council in February 2027 a revised capital strategy which reduces the capital programme, stops further loans to Yarnford Homes Ltd pending the independent review, and sets out a plan to sell the three out-of-area commercial properties when market conditions allow.")
    d.h("7.  Implications")
    d.np("7.1", "The additional interest cost will be reported through the quarterly revenue budget monitoring report to Cabinet. There are no direct legal or equalities implications.")
    a = Paper(footer_text="Appendix 1 – Prudential indicators at 30 September 2026")
    a.title("Appendix 1: Prudential and Treasury Indicators at 30 September 2026", 13)
    rows = [["Indicator", "2026/27 approved", "2026/27 forecast", "Comment"],
            ["Capital expenditure (£m)", "121.5", "88.0", "Slippage on Riverside phase 2 and Civic Centre"],
            ["Capital financing requirement (£m)", "842.0", "826.3", "Lower because of reduced borrowing need"],
            ["External debt (£m)", "790.0", "771.4", "Within operational boundary"],
            ["Operational boundary (£m)", "800.0", "800.0", "Not breached"],
            ["Authorised limit (£m)", "840.0", "840.0", "Not breached"],
            ["Ratio of financing costs to net revenue stream (%)", "11.5", "11.9", "Above local indicator of 10%"],
            ["Upper limit on variable rate exposure (%)", "30", "19", "Within limit"],
            ["Maturity: under 12 months (%)", "0 – 25", "14", "Within limit"],
            ["Maturity: 12 months to 5 years (%)", "0 – 30", "12", "Within limit"],
            ["Maturity: 5 to 10 years (%)", "0 – 40", "17", "Within limit"],
            ["Maturity: over 10 years (%)", "30 – 100", "57", "Within limit"],
            ["Investments over 365 days (£m)", "10.0", "0.0", "None held"]]
    a.table(rows, [6.2, 2.8, 2.8, 4.8], size=10)
    a.p("The financing costs indicator has been above the council’s local indicator of 10 per cent since 2024/25. Members will recall that the Best Value inspectors drew attention to the same ratio, and that the council’s borrowing has largely funded loans to Yarnford Homes Ltd and the purchase of commercial property.", size=11)
    papers["9"] = [d, a]

    # ------------------------------------------------------------ item 10 appointments
    L.item = "10"
    d = Paper(footer_text="Council 21 October 2026 – Appointments to Committees")
    d.title("Report to Council")
    d.report_header([("Date of meeting", "21 October 2026"), ("Report of", "Director of Law and Governance"),
                     ("Subject", "Appointments to Committees"), ("Wards affected", "None"), ("Key decision", "No")])
    d.np("1.", f"The Best Value inspection report recommends that the council appoint {L.q('at least two independent members to the Audit and Governance Committee', 'verbatim', 'R4', cited=['R4'], note='R4')} (R4). Following open recruitment, an interview panel of the Chair and Vice-Chair of the committee and the Director of Law and Governance recommends the appointment of Mrs Elaine Forster CPFA and Mr David Oyelaran for a term of four years.")
    d.np("2.", f"Section 102(3) of the Local Government Act 1972 provides that a committee {L.q('may include persons who are not members of the appointing authority', None, concerns=False, kind='statute', note='Local Government Act 1972 s102(3), paraphrased statute; not a source')}. Independent members will not have a vote, but will take a full part in the committee’s work.")
    d.np("3.", "Council is also asked to appoint Councillor Fenwick in place of Councillor Heslop on the Planning Committee, and Councillor Vasey in place of Councillor Tindale on the Licensing Committee, on the nomination of their group.")
    d.np("4.", "RECOMMENDED: That Council (a) appoints Mrs Elaine Forster and Mr David Oyelaran as independent members of the Audit and Governance Committee until the annual meeting in May 2030; and (b) makes the changes to committee membership set out in paragraph 3.")
    papers["10"] = [d]
    return papers
