# Content of pack-full-council.pdf (modern.gov style).
from packlib import *

TITLE = "Greyhaven Borough Council, Council, 26 February 2025"
AGENDA = [
    ("1", "Apologies for Absence", False, "To receive apologies for absence."),
    ("2", "Declarations of Interest", False, "To receive any declarations of disclosable pecuniary or other registrable interests from members in respect of items on this agenda."),
    ("3", "Minutes", True, "To confirm as a correct record the minutes of the extraordinary meeting of the Council held on 29 January 2025."),
    ("4", "Announcements", False, "To receive any announcements from the Mayor, the Leader of the Council or the Head of Paid Service."),
    ("5", "Public Questions", True, "To receive questions from members of the public submitted in accordance with Council Procedure Rule 10, and a petition."),
    ("6", "Response to the Best Value Inspection", True, "Report of the Chief Executive."),
    ("7", "Motion on Notice: Restoring Trust in Greyhaven", True, "Proposed by the Leader of the Opposition and seconded by the Deputy Leader of the Opposition."),
    ("8", "Amendment to the Motion at Item 7", True, "Amendment proposed by the Leader of the Council and seconded by the Deputy Leader."),
    ("9", "Greyhaven Local Plan Review: Regulation 18 Consultation", True, "Report of the Director of Place."),
    ("10", "Treasury Management Strategy 2025/26", True, "Report of the Section 151 Officer."),
    ("11", "Pay Policy Statement 2025/26", True, "Report of the Head of Human Resources."),
    ("12", "Urgent Business", False, "To consider any item which the Mayor decides is urgent."),
]
OWN_FOOTER = {"6", "9"}          # papers carrying their own "Page X of Y"


def story(pk, st, prev):
    Q = pk.Q
    S = []
    item_pages = prev.get("item_pages", {})
    off = 3

    def pages_of(num):
        if num in item_pages:
            a, b = item_pages[num]
            return "(Pages %d - %d)" % (a - off, b - off)
        return "(Pages 99 - 99)"

    # ---------------- cover (page 1) ----------------
    S += [P("Public Document Pack", ParagraphStyle("pdp", parent=base, alignment=2, fontSize=9)),
          Spacer(1, 20 * mm),
          P("Greyhaven Borough Council", ParagraphStyle("c1", parent=h1, fontSize=24, leading=30, alignment=1)),
          Spacer(1, 8 * mm),
          P("Council", ParagraphStyle("c2", parent=h1, fontSize=20, leading=26, alignment=1)),
          Spacer(1, 12 * mm),
          TBL([["Date:", "Wednesday, 26 February 2025"], ["Time:", "7.00 pm"],
               ["Venue:", "Council Chamber, Civic Centre, Harbour Road, Greyhaven GH1 2AB"],
               ["Contact:", "Democratic Services, 01632 960 400, democratic.services@greyhaven.example"]],
              [30, 130], header=False),
          Spacer(1, 10 * mm),
          P("To all Members of the Council: you are hereby summoned to attend a meeting of Greyhaven Borough Council to transact the business set out in the agenda below."),
          P("Members of the public are welcome to attend. The meeting will be webcast live and the recording will be available on the Council's website for twelve months. If you have any special requirements, please contact Democratic Services at least two working days before the meeting."),
          Spacer(1, 20 * mm),
          P("Chief Executive"),
          P("Published: Tuesday, 18 February 2025"),
          PageBreak()]
    # ---------------- agenda (pages 2-3) ----------------
    S.append(P("Agenda", h1))
    for i, (num, title, papers, desc) in enumerate(AGENDA):
        t = "%s.   %s" % (num, title) + ("   " + pages_of(num) if papers else "")
        S.append(P(t, bold))
        S.append(P(desc, ParagraphStyle("ad", parent=base, leftIndent=10 * mm)))
        if num == "6":
            S.append(PageBreak())
    S.append(Spacer(1, 10 * mm))
    S.append(P("Webcasting notice: this meeting may be filmed for live or subsequent broadcast via the Council's website. By entering the Council Chamber you consent to being filmed and to the possible use of those images for webcasting and training purposes."))
    S.append(PageBreak())

    def start(num, paper=None):
        S.append(Marker(st, item=num, paper=paper or num, banner="Agenda Item %s" % num))

    # ---------------- item 3: minutes ----------------
    start("3")
    S += [P("Greyhaven Borough Council", centre), P("Minutes of the Extraordinary Meeting of the Council", ParagraphStyle("m", parent=h1, alignment=1)),
          P("held on Wednesday, 29 January 2025 at 7.00 pm in the Council Chamber, Civic Centre", centre), Spacer(1, 4 * mm),
          P("Present: The Mayor (in the Chair); the Deputy Mayor; the Leader of the Council; the Deputy Leader of the Council; the Cabinet Members for Finance and Resources, Housing, Regeneration, Environment, and Communities; the Leader of the Opposition; the Deputy Leader of the Opposition; the Leader of the Independent Group; and 31 other members."),
          P("Officers: Chief Executive; Monitoring Officer; Section 151 Officer; Director of Place; Head of Democratic Services."),
          P("Apologies: Four members (see attendance record)."),
          P("45. Apologies for Absence", h2),
          P("Apologies for absence were received from four members, as recorded in the attendance record."),
          P("46. Declarations of Interest", h2),
          P("No declarations of interest were made."),
          P("47. Best Value Inspection of Greyhaven Borough Council", h2),
          P("The Mayor explained that the extraordinary meeting had been called to receive the report of the Best Value Inspection, published on 16 January 2025, and the letter of the same date from the Secretary of State to the Chief Executive. The Mayor reminded members that the Council would consider a full response at its meeting on 26 February 2025."),
          P("The Chief Executive introduced the report. She reminded members that the inspectors had concluded that the council was “%s” (para 8.4). She said that the findings were serious and that the organisation must accept them in full, and she thanked staff for their cooperation with the inspection." % Q("F1", "failing to comply with its best value duty in respect of governance, culture, financial management, scrutiny and procurement", "3", ["verbatim"], ["correct"], "8.4", cited=["8.4"], note="Exact words of 8.4, correct paragraph cited.")),
          P("The Leader of the Council thanked the inspectors and said that the report recognised his record as “%s” (para 2.1). The Leader said that the inspectors themselves had accepted that the council was “%s”, and that he would not be resigning." % (
              Q("F2", "a capable advocate for the borough", "3", ["verbatim"], ["correct"], "2.1", cited=["2.1"], note="Exact words of 2.1."),
              Q("F3", "already on the road to recovery", "3", ["out_of_context", "verbatim"], ["missing"], "8.3", cd="The Leader told us that the council was", kind="attribution_dropped", note="In 8.3 these are the Leader's own words, which the inspectors reject (We do not share that view); presented as the inspectors' acceptance. No citation."))),
          P("The Leader of the Opposition said that the report described a “Monday group” at which matters were “%s” (paragraph 2.3), and that residents had been governed by a group that did not appear anywhere in the constitution. She called on the Leader to stand down." % Q("F4", "settled before they reached Cabinet", "3", ["verbatim"], ["wrong"], "2.2", cited=["2.3"], kind="wrong_paragraph", note="Words are in 2.2, not 2.3.")),
          P("The Cabinet Member for Finance and Resources acknowledged that the council's reserves were now “%s” (para 4.2) and said that the 2025/26 budget would begin to rebuild them." % Q("F5", "among the lowest of comparable district and borough councils", "3", ["verbatim"], ["correct"], "4.2", cited=["4.2"], note="Exact words of 4.2.")),
          P("The Leader of the Independent Group said that the inspectors had found that “%s” (para 5.4), and asked why the Overview and Scrutiny Committee had been left without a dedicated officer for so long." % Q("F6", "scrutiny has been starved of the resources it needs", "3", ["paraphrase", "misquote"], ["correct"], "5.4", cited=["5.4"], st="Scrutiny has not been given the resources it needs", kind="reworded", strict=False, note="5.4 says scrutiny 'has not been given the resources it needs'; 'starved of' is the member's wording.")),
          P("In response to questions, the Monitoring Officer confirmed that the Secretary of State had invited representations on the proposed intervention package by 13 February 2025, and that a draft response would be circulated to group leaders."),
          P("Members debated the report for approximately ninety minutes. A recorded vote was requested by five members in accordance with Council Procedure Rule 19.4."),
          P("RESOLVED: That the Council (1) notes the publication of the report of the Best Value Inspection and the Secretary of State's letter of 16 January 2025; (2) authorises the Chief Executive, in consultation with group leaders, to submit representations to the Secretary of State by 13 February 2025; and (3) requests a full response to the report at its meeting on 26 February 2025."),
          P("(For: 39; Against: 0; Abstentions: 2)"),
          P("48. Urgent Business", h2),
          P("There was no urgent business. The meeting closed at 9.12 pm."),
          Spacer(1, 10 * mm), P("Mayor ....................................................")]
    S.append(PageBreak())

    # ---------------- item 5: public questions ----------------
    start("5")
    S += [P("Public Questions", h1),
          P("Council Procedure Rule 10 allows members of the public who live, work or study in the borough to ask one question of the Leader or a Cabinet Member at ordinary meetings of the Council. Questions must be received by noon seven clear working days before the meeting. Questions are printed below as submitted; written answers will be tabled at the meeting and the questioner may ask one supplementary question."),
          P("Question 1 – from a resident of Harbour Ward to the Cabinet Member for Housing", h2),
          P("I live in a council flat on the Eastcliff estate. The Best Value report says the repairs backlog \"%s\" (page %d of the report). My neighbour wrote to the council in October: \"%s\" What is the Cabinet Member doing to clear the backlog, and by when?" % (
              Q("F7", "stood at 2,640 jobs in September 2024", "5", ["verbatim"], ["correct"], "7.1", pages=[rpage("7.1")], note="Exact words of 7.1; the page cited is the page of 7.1."),
              rpage("7.1"),
              Q("F8", "We have waited eleven months for a damp survey and nobody answers the phone.", "5", ["not_found"], ["missing"], concerns=False, kind="resident", note="A neighbour's letter quoted by the questioner; not a source."))),
          P("Answer from the Cabinet Member for Housing", h2),
          P("I am sorry to hear about your neighbour's experience and I have asked officers to contact her directly. The new repairs contract began in April 2024 and the number of outstanding jobs has fallen in each of the last four months. I am pleased that the inspectors found that “%s”, but I accept that there is a great deal more to do. The backlog is expected to fall below 1,500 jobs by September 2025." % Q("F9", "the housing service had improved over the last year", "5", ["out_of_context", "verbatim"], ["missing"], "7.3", cd="Tenants’ representatives told us that", kind="attribution_dropped", strict=False, note="In 7.3 this is what tenants' representatives told the inspectors (who saw only 'some evidence' for it); presented as the inspectors' finding.")),
          P("Question 2 – from a resident of Westbay Ward to the Leader of the Council", h2),
          P("The inspectors want the council to \"%s\" (R4). How many waivers were approved in the current financial year, and will the Leader publish them?" % Q("F10", "report all waivers to the Audit and Standards Committee", "5", ["verbatim"], ["correct"], "R4", cited=["R4"], note="Exact words of R4.")),
          P("Answer from the Leader of the Council", h2),
          P("Between 1 April and 31 December 2024 the council approved 14 waivers of its contract procedure rules. A full list, with the value and reason for each, will be reported to the Audit and Standards Committee on 18 March 2025 and published on the council's website. The contract procedure rules will be revised by June 2025 to reflect the Procurement Act 2023."),
          P("Question 3 – from a resident of St Anne's Ward to the Cabinet Member for Finance and Resources", h2),
          P("Paragraph 4.6 of the report says that rental income from Harbourside is now forecast at £2.8 million rather than £5.2 million. Who will make up the difference, and will council tax payers be asked to pay for it?"),
          P("Answer from the Cabinet Member for Finance and Resources", h2),
          P("The revised Harbourside business case will be reported to Cabinet in July 2025. Any shortfall in rental income will be managed within the medium-term financial strategy, and the budget for 2025/26 includes a contingency of £0.8 million for that purpose. Council tax for 2025/26 will rise by 2.99%, in line with the referendum limit."),
          P("Petition – Harbour Road Public Toilets", h2),
          P("A petition containing 1,214 valid signatures has been received from a resident of Harbour Ward. The petition states: “%s” Under the Council's Petition Scheme, a petition with more than 1,000 signatures is debated at a meeting of the Council. The lead petitioner will have five minutes to present the petition, after which members may debate it for up to fifteen minutes." % Q("F11", "We the undersigned call on Greyhaven Borough Council to reopen the Harbour Road public toilets before the summer season.", "5", ["not_found"], ["missing"], concerns=False, kind="petition", note="Resident's petition; not a source.")),
          P("Officer comment: the Harbour Road toilets were closed in October 2024 following vandalism. Repairs are estimated at £46,000 and could be funded from the Environment capital programme if members so decide.")]
    S.append(PageBreak())

    # ---------------- item 6: officer report ----------------
    start("6")
    S += [TBL([["Report to:", "Council"], ["Date:", "26 February 2025"], ["Report of:", "Chief Executive"],
               ["Subject:", "Response to the Best Value Inspection"], ["Wards affected:", "All"],
               ["Key decision:", "No"], ["Exempt:", "No"]], [40, 120], header=False),
          Spacer(1, 5 * mm),
          P("1. Purpose of the report", h2),
          N("1.1", "This report sets out the council's proposed response to the report of the Best Value Inspection of Greyhaven Borough Council, published on 16 January 2025, and to the letter of the same date from the Secretary of State to the Chief Executive."),
          N("1.2", "The inspectors' overall finding is stark: “%s” (executive summary). The inspectors conclude that the council is failing to comply with its best value duty in each of the five areas they examined." % Q("F12", "We found a council that has lost sight of the basic disciplines of good governance", "6", ["verbatim"], ["correct"], "executive summary", cited=["executive summary"], note="Exact words of the executive summary.")),
          P("2. Recommendations", h2),
          N("2.1", "That Council accepts the findings and recommendations of the Best Value Inspection in full."),
          N("2.2", "That Council notes the representations submitted to the Secretary of State on 12 February 2025 and the intervention package proposed in the Secretary of State's letter."),
          N("2.3", "That Council approves the summary of findings and proposed response at Appendix 1 as the basis of the improvement plan to be agreed with the commissioners."),
          N("2.4", "That Council establishes a cross-party Improvement Board, chaired by the Leader of the Council, with the Leader of the Opposition as vice-chair."),
          P("3. Background", h2),
          N("3.1", "On 3 June 2024 the Secretary of State appointed a Lead Inspector and two Assistant Inspectors to inspect the council's compliance with the best value duty. The inspection team carried out its fieldwork between July and October 2024 and conducted “%s” (Annex A, paragraph 2)." % Q("F13", "86 interviews: 31 with members, 42 with officers and 13 with partners and residents’ groups", "6", ["verbatim"], ["correct"], "A.2", cited=["A.2"], note="Exact words of Annex A paragraph A.2.")),
          N("3.2", "The inspectors state: “%s” (paragraph 8.5). They recommend that the Secretary of State considers the appointment of commissioners." % Q("F14", "We do not consider that the council has, at present, the capacity to deliver the improvement required without external support", "6", ["verbatim"], ["correct"], "8.5", cited=["8.5"], note="Exact words of 8.5, denial kept.")),
          N("3.3", "The Secretary of State has written that he is “%s” (Letter from SoS to CEX 16/01/25) and to appoint three commissioners for a period of up to three years." % Q("F15", "minded to exercise my powers under section 15 of the Local Government Act 1999", "6", ["verbatim"], ["correct"], "3", source="letter", doc="letter", note="Exact words of the letter's third paragraph; cited by the letter's alias.")),
          N("3.4", "The Secretary of State's letter of 16 January states that the intervention “%s”. Officers have met the Ministry's officials twice since the report was published to discuss the practical arrangements for the commissioners, including accommodation, access to information and the costs of the intervention, which fall to the council." % Q("F16", "is intended to support the council, its staff and its residents", "6", ["verbatim"], ["correct"], "6", source="letter", doc="letter", note="Exact words of the letter's sixth paragraph; cited as 'the Secretary of State's letter of 16 January'.")),
          P("4. The inspectors' findings", h2),
          N("4.1", "The findings are summarised, with the proposed response to each, in Appendix 1. Members are asked to read the report in full; it is available on the council's website and in the Members' Room."),
          N("4.2", "The inspectors recognised that the Chief Executive “%s”[1] and that the statutory officers' group established in 2024 is a welcome step. They were clear, however, that it is too early to judge its effect." % Q("F17", "has a clear understanding of the council’s weaknesses and has begun to address them", "6", ["verbatim"], ["correct"], "8.1", cited=["8.1"], kind="exact_footnote_citation", note="Exact words of 8.1; cited by footnote [1] at the end of the report.")),
          N("4.3", "The report is not without positive findings. The inspectors record that “%s” (Sections 3.9 and 8.1), and that relationships in the housing and environmental services directorates are good. The council's response must build on those strengths." % Q("F18", "Many staff showed real commitment to residents", "6", ["verbatim"], ["correct"], "3.9", cited=["3.9", "8.1"], note="Exact words of 3.9; one of the two places cited holds them.")),
          P("5. Proposed response", h2),
          N("5.1", "The Chief Executive proposes that the council's response is organised around the six recommendations in the report. Each recommendation will have a named lead officer, a lead Cabinet Member and a timetable, and progress will be reported to the Improvement Board monthly and to Council every six months."),
          N("5.2", "The first priority will be the review of the constitution, including the scheme of delegation. The Monitoring Officer will bring a revised constitution to Council in July 2025, following cross-party workshops in April and May. All informal meetings of Cabinet members will cease with immediate effect; any meeting at which council business is discussed will be minuted and attended by an officer."),
          N("5.3", "The second priority will be financial sustainability. A revised medium-term financial strategy and a revised Harbourside business case will be presented to Council by 30 September 2025, as the inspectors recommend."),
          N("5.4", "A culture change programme will be developed with staff and the recognised trade unions. A refreshed whistleblowing policy will be presented to the Audit and Standards Committee in March 2025, and the staff survey will be repeated in September 2025."),
          P("6. Financial implications", h2),
          N("6.1", "The costs of the intervention, including the fees and expenses of the commissioners, fall to the council. Based on other interventions, these are estimated at £450,000 a year. A further £300,000 is estimated for additional capacity in finance, legal and democratic services. These costs will be met from the Transformation Reserve in 2025/26."),
          P("7. Legal implications", h2),
          N("7.1", "Section 3(1) of the Local Government Act 1999 provides: “%s” Under section 15 of the Act the Secretary of State may give directions to an authority that is failing to comply with the duty." % Q("F19", "A best value authority must make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness.", "6", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="statute", note="Quotes the Local Government Act 1999, not a source.")),
          P("8. Risks", h2),
          N("8.1", "The principal risk is that the council fails to make sufficient progress, and that the Secretary of State extends the commissioners' powers or the period of intervention. A risk register for the improvement programme will be maintained by the Improvement Board."),
          P("9. Equalities", h2),
          N("9.1", "An equality impact assessment will be completed for the culture change programme and for any service changes arising from the revised medium-term financial strategy."),
          P("Background papers", h2),
          P("Best Value Inspection of Greyhaven Borough Council, January 2025. Letter from the Secretary of State to the Chief Executive, 16 January 2025."),
          P("Notes", h2),
          P("[1] Best Value Inspection of Greyhaven Borough Council, January 2025, paragraph 8.1."),
          PageBreak(),
          P("Appendix 1: Summary of findings and proposed response", h1)]
    rows = [["Area", "Inspectors' finding", "Proposed response", "Lead"],
            ["Governance", "“%s” (para 2.2)" % Q("F20", "decisions are too often taken informally, outside the constitution, by a small number of senior members", "6", ["verbatim"], ["correct"], "2.2", cited=["2.2"], kind="exact_in_table", note="Table cell; exact words of 2.2."),
             "Revised constitution and scheme of delegation to Council in July 2025; informal meetings of Cabinet members to cease.", "Monitoring Officer"],
            ["Culture", "“%s” (para 3.5)" % Q("F21", "Only 38% of respondents agreed that they felt able to raise concerns without fear of reprisal", "6", ["verbatim"], ["correct"], "3.5", cited=["3.5"], kind="exact_in_table", note="Table cell; exact words of 3.5."),
             "Culture change programme with staff and trade unions; refreshed whistleblowing policy; annual staff survey.", "Head of Human Resources"],
            ["Finance", "“%s” (para 4.1)" % Q("F22", "The council’s general fund reserve fell from £11.8 million at 31 March 2022 to £4.3 million at 31 March 2024", "6", ["verbatim"], ["correct"], "4.1", cited=["4.1"], kind="exact_in_table", note="Table cell; exact words of 4.1."),
             "Reserves strategy to restore the general fund reserve to £8 million by March 2028.", "Section 151 Officer"],
            ["Finance", "“%s” (para 4.3)" % Q("F23", "a cumulative budget gap of £7.9 million over the three years to 2027/28", "6", ["misquote"], ["correct"], "4.3", cited=["4.3"], st="a cumulative budget gap of £9.7 million over the three years to 2027/28", kind="figure_changed", note="Table cell; 4.3 says £9.7 million, not £7.9 million."),
             "Savings programme of £9.7 million over three years, with a risk rating for each proposal.", "Section 151 Officer"],
            ["Scrutiny", "“%s” (para 5.4)" % Q("F24", "Eleven of those were rejected by the chair as invalid", "6", ["verbatim"], ["wrong"], "5.3", cited=["5.4"], kind="wrong_paragraph_in_table", note="Table cell; the words are in 5.3, not 5.4."),
             "Independent chair of Overview and Scrutiny from May 2025; dedicated scrutiny officer post.", "Head of Democratic Services"],
            ["Procurement", "“%s” (Section 6.2)" % Q("F25", "approved 37 waivers of its contract procedure rules, with a combined value of £6.2 million", "6", ["verbatim"], ["correct"], "6.2", cited=["6.2"], kind="exact_in_table", note="Table cell; exact words of 6.2."),
             "Contract procedure rules updated for the Procurement Act 2023; all waivers reported quarterly.", "Head of Procurement"],
            ["Finance", "“%s” (R3)" % Q("F26", "Prepare a revised medium-term financial strategy … by 30 September 2025", "6", ["minor"], ["correct"], "R3", cited=["R3"], st="Prepare a revised medium-term financial strategy, with a deliverable savings programme and a revised Harbourside business case, by 30 September 2025", kind="ellipsis_in_table", note="Table cell; ellipsis marks the omitted middle of R3."),
             "Revised MTFS and Harbourside business case to Council in September 2025.", "Section 151 Officer"],
            ]
    S.append(TBL(rows, [27, 58, 50, 34]))
    S += [Spacer(1, 6 * mm),
          P("Progress against each action will be reported to the Improvement Board monthly. The table will be expanded into a full improvement plan, with milestones and measures of success, once the commissioners have been appointed."),
          PageBreak(),
          P("Appendix 2: Representations to the Secretary of State (summary)", h1),
          P("The council's representations were submitted on 12 February 2025, following consultation with the leaders of all three political groups. They are summarised below; the full text is available on request from Democratic Services."),
          N("A2.1", "The council accepts the findings of the inspection and does not contest the Secretary of State's conclusion that intervention is necessary. The council welcomes the emphasis in the Secretary of State's letter on support for staff and residents."),
          N("A2.2", "The council asks that the commissioners' powers over the appointment of statutory officers be exercised jointly with the council's Appointments Committee, so that the council can demonstrate its own capacity to recruit and retain senior officers."),
          N("A2.3", "The council asks that the intervention be reviewed after eighteen months, and that powers be returned to the council in stages as exit criteria are met. The council proposes exit criteria relating to the constitution, the medium-term financial strategy, the contracts register and the staff survey."),
          N("A2.4", "The council asks the Secretary of State to consider a contribution towards the costs of the intervention, given the pressure on the council's reserves, and to allow flexibility in the use of capital receipts to fund transformation costs in 2025/26 and 2026/27."),
          N("A2.5", "The Leader of the Opposition and the Leader of the Independent Group have asked that their separate letters, supporting the intervention package without amendment, be placed before the Secretary of State with the council's representations. This has been done."),
          Spacer(1, 5 * mm),
          TBL([["Date", "Event"], ["16 January 2025", "Report and letter published"], ["29 January 2025", "Extraordinary Council receives the report"],
               ["12 February 2025", "Representations submitted"], ["13 February 2025", "Deadline for representations"],
               ["March 2025 (expected)", "Directions made and commissioners appointed"], ["September 2025", "Improvement plan agreed with commissioners"],
               ["March 2026", "First six-monthly report of the commissioners"]], [50, 110]),
          PageBreak()]

    # ---------------- item 7: motion ----------------
    start("7")
    S += [P("Motion on Notice: Restoring Trust in Greyhaven", h1),
          P("Proposed by: the Leader of the Opposition. Seconded by: the Deputy Leader of the Opposition."),
          P("This Council notes the publication of the report of the Best Value Inspection on 16 January 2025."),
          P("Council further notes that the inspectors found:"),
          BL("that decisions were taken by the so-called Monday group, which “%s” (para 2.3);" % Q("F27", "has no status under the constitution", "7", ["verbatim"], ["correct"], "2.3", cited=["2.3"], note="Exact words of 2.3.")),
          BL("that the Leader “%s” (para 2.6);" % Q("F28", "acted improperly in relation to the Harbourside contract", "7", ["out_of_context"], ["correct"], "2.6", cited=["2.6"], cd="We do not suggest that the Leader", kind="negation_dropped", note="2.6 reads 'We do not suggest that the Leader acted improperly...'; the denial is dropped.")),
          BL("that the council was “%s” (para 3.3);" % Q("F29", "run by a small circle of members and their favoured officers", "7", ["out_of_context"], ["correct"], "3.3", cited=["3.3"], cd="One officer told us that the council was", kind="attribution_dropped", note="One officer's view (not a majority's) presented as the inspectors' finding.")),
          BL("that staff morale is “%s” (para 3.2);" % Q("F30", "at rock bottom across the organisation", "7", ["not_found"], ["wrong"], None, source=None, cited=["3.2"], kind="invented", note="No source says this; 3.2 speaks of a culture in which challenge is unwelcome.")),
          BL("that the Harbourside borrowing has ended up “%s” (para 4.5);" % Q("F31", "increasing its total external debt to £124 million", "7", ["misquote"], ["correct"], "4.5", cited=["4.5"], st="increasing its total external debt to £142 million", kind="figure_changed", note="4.5 says £142 million; digits transposed.")),
          BL("that, as paragraph 5.4 states, “%s”;" % Q("F32", "Scrutiny has not been given the resources it needs … The council has no dedicated scrutiny officer", "7", ["minor"], ["correct"], "5.4", cited=["5.4"], st="Scrutiny has not been given the resources it needs to hold the executive to account. The council has no dedicated scrutiny officer", kind="ellipsis", note="Ellipsis marks an omission within 5.4; meaning unchanged.")),
          BL("and that the inspectors' Recommendation 5: “%s”" % Q("F33", "Strengthen scrutiny by appointing an independent chair of the Overview and Scrutiny Committee and providing dedicated officer support.", "7", ["verbatim"], ["correct"], "R5", cited=["R5"], note="Exact words of R5.")),
          P("Council further notes that the Secretary of State intends to “%s” (Letter from SoS to CEX 16/01/25)." % Q("F34", "appoint three commissioners, with powers over governance, financial management and the appointment of statutory officers", "7", ["verbatim"], ["correct"], "3", source="letter", doc="letter", note="Exact words of the letter's third paragraph.")),
          P("Council believes that residents have lost confidence in the way this council is run, and that trust can only be restored by a change of leadership and a genuinely cross-party approach to improvement."),
          P("Council therefore resolves:"),
          N("1.", "to express its lack of confidence in the Leader of the Council;"),
          N("2.", "to establish a cross-party Improvement Board with an independent chair;"),
          N("3.", "to appoint an independent chair of the Overview and Scrutiny Committee at the Annual Meeting in May 2025;"),
          N("4.", "to publish, on the council's website, the minutes of every meeting at which Cabinet members discuss council business with officers;"),
          N("5.", "to ask the Chief Executive to report to each ordinary meeting of the Council on progress against the inspectors' recommendations."),
          Spacer(1, 6 * mm),
          P("Monitoring Officer's comment: the motion is in order. Resolution 1 is an expression of opinion and has no legal effect on the Leader's term of office, which is determined by the constitution. Resolution 2 would require a change to the terms of reference proposed in the Chief Executive's report at Item 6."),
          P("Section 151 Officer's comment: an independent chair of the Improvement Board would cost approximately £25,000 a year, which could be met from the Transformation Reserve."),
          PageBreak()]

    # ---------------- item 8: amendment ----------------
    start("8")
    S += [P("Amendment to the Motion at Item 7", h1),
          P("Proposed by: the Leader of the Council. Seconded by: the Deputy Leader of the Council."),
          P("The amendment is shown below as received from the proposer, with deletions marked ~~like this~~ and insertions marked [inserted: like this]."),
          P("This Council notes the publication of the report of the Best Value Inspection on 16 January 2025."),
          P("Council further notes that the inspectors found:"),
          BL("that decisions were taken by the so-called Monday group, which “%s” (para 2.3);" % Q("F35", "has no status under the constitution", "8", ["verbatim"], ["correct"], "2.3", cited=["2.3"], kind="repeated_from_item_7", note="Repeats F27 from the original motion; exact words of 2.3.")),
          BL("~~that the Leader “%s” (para 2.6);~~ [inserted: that the inspectors stated “%s” (para 2.6);]" % (
              Q("F36", "acted improperly in relation to the Harbourside contract", "8", ["out_of_context", "verbatim"], ["correct"], "2.6", cited=["2.6"], cd="We do not suggest that the Leader", kind="negation_dropped_in_deleted_text", strict=False, note="Repeats F28 inside text the amendment deletes; the denial in 2.6 is dropped."),
              Q("F37", "We do not suggest that the Leader acted improperly in relation to the Harbourside contract", "8", ["verbatim"], ["correct"], "2.6", cited=["2.6"], kind="context_restored", note="Inserted text restores the denial; exact words of 2.6."))),
          BL("~~that the council was run by a small circle of members;~~ [inserted: that one officer told the inspectors that the council was “%s”, a view the inspectors did not hear from a majority of those interviewed (para 3.3);]" % Q("F38", "run by a small circle of members and their favoured officers", "8", ["verbatim"], ["correct"], "3.3", cited=["3.3"], kind="control_attribution_kept", note="Attribution to one officer kept in the document's own words: not out of context.")),
          BL("[inserted: that “%s” (para 3.9);]" % Q("F39", "We do not consider that the council’s culture is beyond repair", "8", ["verbatim"], ["correct"], "3.9", cited=["3.9"], note="Exact words of 3.9.")),
          BL("~~that the Harbourside borrowing has ended up increasing the council's total external debt;~~ [inserted: the Leader's statement, reported at paragraph 8.3, that the council was “%s”;]" % Q("F40", "already on the road to recovery", "8", ["verbatim"], ["correct"], "8.3", cited=["8.3"], kind="control_attribution_kept", note="Attributed to the Leader as in 8.3; not out of context.")),
          P("Council further notes that the Secretary of State intends to “%s” (Letter from SoS to CEX 16/01/25)." % Q("F41", "appoint three commissioners, with powers over governance, financial management and the appointment of statutory officers", "8", ["verbatim"], ["correct"], "3", source="letter", doc="letter", kind="repeated_from_item_7", note="Repeats F34; exact words of the letter.")),
          P("Council believes that ~~residents have lost confidence in the way this council is run, and that trust can only be restored by a change of leadership and~~ [inserted: the council's improvement requires] a genuinely cross-party approach to improvement."),
          P("Council therefore resolves:"),
          N("1.", "~~to express its lack of confidence in the Leader of the Council;~~ [inserted: to accept the inspectors' findings and recommendations in full;]"),
          N("2.", "to establish a cross-party Improvement Board ~~with an independent chair~~ [inserted: chaired by the Leader of the Council, with the Leader of the Opposition as vice-chair];"),
          N("3.", "to appoint an independent chair of the Overview and Scrutiny Committee at the Annual Meeting in May 2025;"),
          N("4.", "~~to publish, on the council's website, the minutes of every meeting at which Cabinet members discuss council business with officers;~~ [inserted: to end all informal meetings of Cabinet members at which council business is discussed;]"),
          N("5.", "to ask the Chief Executive to report to each ordinary meeting of the Council on progress against the inspectors' recommendations."),
          Spacer(1, 6 * mm),
          P("Monitoring Officer's comment: the amendment is in order. If carried, it becomes the substantive motion."),
          PageBreak()]

    # ---------------- item 9: local plan ----------------
    start("9")
    S += [TBL([["Report to:", "Council"], ["Date:", "26 February 2025"], ["Report of:", "Director of Place"],
               ["Subject:", "Greyhaven Local Plan Review: Regulation 18 Consultation"], ["Wards affected:", "All"], ["Key decision:", "Yes"]], [40, 120], header=False),
          Spacer(1, 5 * mm),
          P("1. Purpose", h2),
          N("1.1", "To seek approval to consult on the Greyhaven Local Plan Review (Regulation 18: Issues and Options) under the Town and Country Planning (Local Planning) (England) Regulations 2012."),
          P("2. Recommendations", h2),
          N("2.1", "That Council approves the Issues and Options document for public consultation for eight weeks from 17 March 2025."),
          N("2.2", "That Council approves the revised Local Development Scheme, with adoption of the new plan targeted for December 2027."),
          P("3. Policy context", h2),
          N("3.1", "The National Planning Policy Framework states that “%s” (NPPF, paragraph 7). A local plan is the principal means by which the council can shape development in the borough." % Q("F42", "The purpose of the planning system is to contribute to the achievement of sustainable development", "9", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="NPPF", note="Quotes the National Planning Policy Framework; not a source.")),
          N("3.2", "The Framework also requires that “%s” (NPPF, paragraph 33). The council's current plan does not meet that requirement." % Q("F43", "Policies in local plans and spatial development strategies should be reviewed to assess whether they need updating at least once every five years", "9", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="NPPF", note="Quotes the NPPF; not a source.")),
          N("3.3", "The Best Value Inspection drew attention to the position. The inspectors noted that “%s” (para 7.5), and elsewhere that the council had “%s” (Section 7.5)." % (
              Q("F44", "The current plan was adopted in 2011, and a review has been started and paused twice since 2018", "9", ["verbatim"], ["correct"], "7.5", cited=["7.5"], note="Exact words of 7.5."),
              Q("F45", "failed to keep its local plan up to date", "9", ["paraphrase"], ["correct"], "7.5", cited=["7.5"], st="The council does not have an up-to-date local plan.", kind="reworded", note="7.5 says the council 'does not have an up-to-date local plan'; the quoted words are not the report's."))),
          N("3.4", "The inspectors also found that the council determined 71%% of major applications on time, “%s” (p. %d). The planning service improvement plan, reported to Cabinet in November 2024, sets a target of 85%% by March 2026." % (
              Q("F46", "below the national average of 88%", "9", ["verbatim"], ["correct"], "7.4", pages=[rpage("7.4")], note="Exact words of 7.4; page cited is 7.4's page."), rpage("7.4"))),
          P("4. The Issues and Options document", h2),
          N("4.1", "The document sets out the main issues the new plan must address: the need for around 640 new homes a year, the regeneration of Harbourside and the town centre, coastal change and flood risk, employment land, and the protection of the Greyhaven Downs National Landscape."),
          N("4.2", "For housing, the document identifies four broad options for growth: (A) urban intensification and brownfield land; (B) an extension to the east of Greyhaven; (C) growth distributed across the larger villages; and (D) a new settlement at Marsh Farm. Each is assessed against the draft Sustainability Appraisal."),
          N("4.3", "The consultation will run for eight weeks and will include drop-in events in each of the six largest settlements, an online survey, and workshops with young people, businesses and parish councils."),
          P("Table 1: Local Plan timetable", h2),
          TBL([["Stage", "Regulation", "Date"],
               ["Issues and Options consultation", "Regulation 18", "March – May 2025"],
               ["Preferred Options consultation", "Regulation 18", "January – March 2026"],
               ["Publication of the Proposed Submission plan", "Regulation 19", "October 2026"],
               ["Submission to the Secretary of State", "Regulation 22", "February 2027"],
               ["Examination hearings", "Regulation 24", "June 2027"],
               ["Adoption", "Regulation 26", "December 2027"]], [80, 40, 45]),
          Spacer(1, 5 * mm),
          P("5. Financial implications", h2),
          N("5.1", "The cost of the plan review to adoption is estimated at £1.46 million, of which £0.52 million has been set aside in the Local Plan Reserve. The remainder is included in the medium-term financial strategy."),
          P("6. Legal implications", h2),
          N("6.1", "The consultation must comply with the Statement of Community Involvement adopted in 2023 and with the 2012 Regulations. Failure to do so would expose the plan to challenge at examination."),
          P("7. Risks", h2),
          N("7.1", "The principal risks are further delay, changes to national policy, and the capacity of the planning policy team, which has two vacant posts. Both posts are being advertised."),
          P("Table 2: Summary of responses to the 2019 consultation", h2),
          TBL([["Topic", "Responses", "Main issues raised"],
               ["Housing numbers", "412", "Concern about the scale of growth and infrastructure"],
               ["Harbourside", "187", "Support for regeneration; concern about building heights"],
               ["Transport", "263", "Congestion on the A2090; bus services"],
               ["Green spaces", "301", "Protection of the Downs and coastal paths"],
               ["Employment", "96", "Need for small business units"],
               ["Flood risk", "144", "Coastal erosion at Eastcliff"]], [45, 25, 95])]
    S.append(PageBreak())

    # ---------------- item 10: treasury ----------------
    start("10")
    S += [P("Treasury Management Strategy 2025/26", h1),
          P("Report of the Section 151 Officer", bold),
          P("1. Introduction", h2),
          N("1.1", "The council is required to approve a Treasury Management Strategy, an Annual Investment Strategy and a Minimum Revenue Provision Policy before the start of each financial year. The CIPFA Prudential Code requires the council to ensure that “%s” (CIPFA Prudential Code, paragraph 1)." % Q("F47", "the capital expenditure plans of local authorities are affordable, prudent and sustainable", "10", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="code_of_practice", note="Quotes the CIPFA Prudential Code; not a source.")),
          N("1.2", "This year's strategy is set in the context of the Best Value Inspection. The inspectors found that “%s” (para 4.5), and that “%s” (p. %d)." % (
              Q("F48", "Annual interest costs have nearly doubled, from £2.3 million in 2021/22 to £4.5 million in 2023/24", "10", ["verbatim"], ["correct"], "4.5", cited=["4.5"], note="Exact words of 4.5."),
              Q("F49", "Current forecasts put that income at £2.8 million", "10", ["verbatim"], ["correct"], "4.6", pages=[rpage("4.6")], note="Exact words of 4.6; the page cited is 4.6's page."), rpage("4.6"))),
          N("1.3", "Some members have suggested that the inspectors accepted that “%s” (p. %d). They did not. The inspectors noted that “%s” (p. %d), and that the business case has not been revised." % (
              Q("F50", "the Harbourside scheme will pay for itself within ten years", "10", ["not_found"], ["wrong"], None, source=None, pages=[rpage("4.6") + 1], kind="invented", note="No source says this; the page cited holds no such words."), rpage("4.6") + 1,
              Q("F51", "The business case for Harbourside assumed rental income of £5.2 million a year from 2025/26", "10", ["verbatim"], ["wrong"], "4.6", pages=[rpage("4.6") + 2], kind="wrong_page", note="Exact words of 4.6, but the page cited is not the page 4.6 is on."), rpage("4.6") + 2)),
          P("2. Borrowing position", h2)]
    rows = [["Lender / type", "31 Mar 2024 £m", "31 Dec 2024 £m", "Average rate %"]]
    data = [("PWLB fixed maturity", 84.0, 86.0, 3.92), ("PWLB annuity", 21.5, 20.9, 4.41), ("Local authorities (short)", 18.0, 24.0, 5.10),
            ("LOBO loans", 10.0, 10.0, 4.75), ("Municipal Bonds Agency", 5.0, 5.0, 4.08), ("Other", 3.5, 3.2, 2.50)]
    for d in data:
        rows.append([d[0], "%.1f" % d[1], "%.1f" % d[2], "%.2f" % d[3]])
    rows.append(["Total external debt", "%.1f" % sum(d[1] for d in data), "%.1f" % sum(d[2] for d in data), "4.19"])
    S += [TBL(rows, [65, 32, 32, 32]), Spacer(1, 5 * mm),
          N("2.1", "Total external debt at 31 December 2024 was £149.1 million. The increase since March 2024 reflects short-term borrowing from other local authorities to manage cash flow while Harbourside rental income is below forecast."),
          N("2.2", "The council's capital financing requirement is forecast to peak at £171 million in 2026/27. The strategy assumes that new long-term borrowing will be taken only when interest rates fall below 4.5%, and that short-term borrowing will be reduced as capital receipts are realised."),
          P("3. Prudential indicators", h2)]
    rows = [["Indicator", "2024/25", "2025/26", "2026/27", "2027/28"]]
    for name, vals in [("Capital expenditure (£m)", (31.2, 22.4, 14.8, 9.6)), ("Capital financing requirement (£m)", (158.3, 166.0, 171.0, 168.2)),
                       ("Operational boundary (£m)", (165.0, 175.0, 180.0, 178.0)), ("Authorised limit (£m)", (180.0, 190.0, 195.0, 193.0)),
                       ("Financing costs as % of net revenue", (19.8, 21.6, 22.9, 22.1)), ("Gross debt less CFR (£m)", (-9.2, -12.0, -14.1, -11.4))]:
        rows.append([name] + ["%.1f" % v for v in vals])
    S += [TBL(rows, [61, 25, 25, 25, 25]), Spacer(1, 5 * mm),
          N("3.1", "Financing costs are forecast to rise to 22.9% of the net revenue budget in 2026/27. This is high by the standards of comparable councils and is a significant constraint on the revenue budget."),
          P("4. Investment strategy", h2),
          N("4.1", "The council's investment priorities remain security, liquidity and yield, in that order. Surplus cash will be invested with the Debt Management Office, other local authorities, money market funds rated AAA, and UK banks with a long-term rating of at least A-."),
          N("4.2", "Average cash balances are forecast at £12 million in 2025/26, lower than in previous years as reserves are used. The council's treasury advisers expect Bank Rate to fall to 3.75% by March 2026."),
          P("5. Minimum Revenue Provision", h2),
          N("5.1", "The MRP policy is unchanged. MRP on supported borrowing is charged at 2% a year on a straight-line basis; MRP on unsupported borrowing is charged over the estimated useful life of the asset. For the Harbourside scheme the council will charge MRP from the year after each phase becomes operational, over 50 years."),
          N("5.2", "The council's external auditor has asked the council to review the Harbourside MRP charge in the light of revised statutory guidance. The review will be reported to the Audit and Standards Committee in June 2025."),
          P("Table 3: Counterparty limits", h2),
          TBL([["Counterparty", "Maximum per counterparty", "Maximum period"],
               ["Debt Management Office", "Unlimited", "6 months"], ["UK local authorities", "£5m", "2 years"],
               ["Money market funds (AAA)", "£4m", "Instant access"], ["UK banks (A- or above)", "£3m", "12 months"],
               ["UK building societies (A- or above)", "£2m", "6 months"], ["Council's own bank", "£1m", "Overnight"]], [70, 50, 45]),
          PageBreak(),
          P("Appendix A: Economic background and interest rate forecast", h1),
          P("The following forecast has been provided by the council's treasury management advisers. It reflects market expectations in January 2025 and will be updated quarterly."),
          TBL([["Quarter ending", "Bank Rate %", "5-year PWLB %", "10-year PWLB %", "25-year PWLB %", "50-year PWLB %"]] +
              [[q, b, c, d, e, f] for q, b, c, d, e, f in [
                  ("Mar 2025", "4.50", "4.90", "5.10", "5.50", "5.30"), ("Jun 2025", "4.25", "4.80", "5.00", "5.40", "5.20"),
                  ("Sep 2025", "4.00", "4.70", "4.90", "5.30", "5.10"), ("Dec 2025", "4.00", "4.60", "4.80", "5.20", "5.00"),
                  ("Mar 2026", "3.75", "4.50", "4.70", "5.10", "4.90"), ("Jun 2026", "3.75", "4.40", "4.60", "5.00", "4.80"),
                  ("Sep 2026", "3.50", "4.30", "4.50", "4.90", "4.70"), ("Dec 2026", "3.50", "4.20", "4.40", "4.80", "4.60"),
                  ("Mar 2027", "3.50", "4.20", "4.40", "4.80", "4.60"), ("Jun 2027", "3.50", "4.10", "4.30", "4.70", "4.50"),
                  ("Sep 2027", "3.25", "4.10", "4.30", "4.70", "4.50"), ("Dec 2027", "3.25", "4.00", "4.20", "4.60", "4.40"),
                  ("Mar 2028", "3.25", "4.00", "4.20", "4.60", "4.40")]], [32, 26, 26, 26, 26, 26]),
          Spacer(1, 5 * mm),
          P("UK inflation (CPI) rose to 2.5% in December 2024 and is expected to remain above the Bank of England's 2% target during 2025. GDP growth was flat in the second half of 2024. The advisers expect gradual reductions in Bank Rate through 2025 and 2026, but warn that gilt yields, on which PWLB rates are based, remain volatile and sensitive to global bond markets."),
          P("The council's strategy of deferring new long-term borrowing carries the risk that rates do not fall as expected. This risk is monitored monthly by the Section 151 Officer and the treasury advisers, and the position will be reported to the Audit and Standards Committee at mid-year.")]
    S.append(PageBreak())

    # ---------------- item 11: pay policy ----------------
    start("11")
    S += [P("Pay Policy Statement 2025/26", h1),
          P("Report of the Head of Human Resources", bold),
          P("1. Introduction", h2),
          N("1.1", "Section 38(1) of the Localism Act 2011 provides: “%s” The statement must be approved by full Council before 31 March each year." % Q("F52", "A relevant authority must prepare a pay policy statement for the financial year 2012-13 and each subsequent financial year.", "11", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="statute", note="Quotes the Localism Act 2011; not a source.")),
          N("1.2", "The statement sets out the council's policies on the remuneration of its chief officers, its lowest-paid employees, and the relationship between the two. It has been prepared having regard to the statutory guidance issued under section 40 of the Act."),
          P("2. Context", h2),
          N("2.1", "The Best Value Inspection found that in the finance team “%s” (para 4.11). The inspectors described the finance team as “%s” (para 4.11). Recruitment and retention in professional services is a priority for the improvement programme." % (
              Q("F53", "9 of its 26 posts were vacant or filled by agency staff", "11", ["verbatim"], ["correct"], "4.11", cited=["4.11"], note="Exact words of 4.11."),
              Q("F54", "running to stand still", "11", ["out_of_context", "verbatim"], ["correct"], "4.11", cited=["4.11"], cd="The Section 151 Officer told us that the team was", kind="attribution_dropped", strict=False, note="The Section 151 Officer's words in 4.11, presented as the inspectors' description."))),
          N("2.2", "The council employs 1,012 staff (868 full-time equivalents). Agency spending in 2023/24 was £3.9 million, of which £1.1 million was in finance, legal and democratic services."),
          P("3. Chief officer pay", h2)]
    rows = [["Post", "Grade", "Salary range (£)", "Number"]]
    for r in [("Chief Executive (Head of Paid Service)", "CE", "138,000 – 150,000", "1"), ("Director of Resources (Section 151 Officer)", "D1", "104,000 – 113,000", "1"),
              ("Director of Place", "D1", "104,000 – 113,000", "1"), ("Director of Communities and Housing", "D1", "104,000 – 113,000", "1"),
              ("Assistant Director of Legal and Governance (Monitoring Officer)", "D2", "86,000 – 93,000", "1"), ("Assistant Directors", "D2", "86,000 – 93,000", "5"),
              ("Heads of Service", "D3", "68,000 – 76,000", "12")]:
        rows.append(list(r))
    S += [TBL(rows, [80, 18, 42, 20]), Spacer(1, 5 * mm),
          N("3.1", "No chief officer receives a bonus or performance-related pay. Chief officers receive the same terms for annual leave, sick pay and pensions as other staff. Any new post with a salary of £100,000 or more will be approved by full Council before it is advertised."),
          N("3.2", "Interim appointments are made through a framework agreement. In 2024/25 the council engaged an interim Monitoring Officer for four months at a day rate of £850. The inspectors noted the turnover in the Monitoring Officer role; the council's aim is to make permanent appointments to all statutory posts."),
          P("4. Lowest-paid employees and pay multiples", h2),
          N("4.1", "The council's lowest-paid employees are paid on grade 1, spinal column point 2, which from 1 April 2025 will be £24,790 a year. The council is an accredited Real Living Wage employer."),
          TBL([["Measure", "2023/24", "2024/25"], ["Chief Executive salary (£)", "142,500", "146,000"], ["Median salary (£)", "30,296", "31,537"],
               ["Lowest salary (£)", "22,366", "23,656"], ["Ratio of Chief Executive to median", "4.7 : 1", "4.6 : 1"], ["Ratio of Chief Executive to lowest", "6.4 : 1", "6.2 : 1"]], [80, 40, 40]),
          Spacer(1, 5 * mm),
          P("5. Other matters", h2),
          N("5.1", "Severance payments are made in accordance with the council's discretionary compensation policy. Any severance package of £100,000 or more will be approved by full Council. No such payments were made in 2024/25."),
          N("5.2", "Former employees in receipt of a Local Government Pension Scheme pension may be re-employed, but any re-employment will be reported in the council's annual pay policy statement."),
          P("6. Recommendation", h2),
          N("6.1", "That Council approves the Pay Policy Statement 2025/26 for publication on the council's website by 1 April 2025."),
          PageBreak(),
          P("Appendix 1: Pay grades from 1 April 2025", h1),
          TBL([["Grade", "Spinal column points", "Minimum (£)", "Maximum (£)"]] +
              [["Grade %d" % g, "%d – %d" % (2 + 3 * (g - 1), 5 + 3 * (g - 1)), "{:,}".format(24790 + 2150 * (g - 1)), "{:,}".format(26420 + 2290 * (g - 1))] for g in range(1, 15)],
              [40, 45, 40, 40]),
          Spacer(1, 5 * mm),
          P("Notes: pay awards for 2025/26 have not yet been agreed by the National Joint Council; the figures above include a provisional award of 3% and will be updated when the award is agreed. Market supplements may be paid for hard-to-recruit posts, subject to approval by the Head of Paid Service, and are reviewed annually.")]
    return S

FURNITURE = ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+\\s*$", "^\\s*Page \\d+ of \\d+\\s*$"]
