"""Cabinet pack, 9 December 2026, in the CMIS house style."""

AGENDA = [
    ("1", "Apologies for Absence"),
    ("2", "Declarations of Interest"),
    ("3", "Minutes of the Previous Meeting"),
    ("4", "Petition: Keep Harbour Road Library Open"),
    ("5", "Best Value Inspection: Improvement and Recovery Plan"),
    ("6", "Recommendations of the Overview and Scrutiny (Resources) Committee"),
    ("7", "Revenue Budget Monitoring 2026/27 – Month 7"),
    ("8", "Corporate Performance Report: Quarter 2 2026/27"),
    ("9", "Fees and Charges 2027/28"),
    ("10", "Larchmere Local Plan Review: Regulation 18 Consultation"),
    ("11", "Temporary Accommodation Recovery Plan"),
    ("12", "Forward Plan of Key Decisions"),
    ("13", "Exclusion of the Press and Public"),
    ("14", "Larchmere Harbourside Developments Ltd: Shareholder Matters"),
]

PAPERS = {"3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14"}


def heading(pk, num, title):
    pk.p(f"<b>Item {num} – {title}</b>", "h1")


def build(pk):
    pk.agenda = AGENDA
    q, nq, p = pk.q, pk.nq, pk.p
    L = dict(source="letter", document="letter")
    # ------------------------------------------------------------------ cover
    pk.sp(0.5)
    p("<b>Agenda</b>", "title")
    p("<b>Larchmere City Council</b>", "h1")
    pk.table([["Meeting:", "Cabinet"],
              ["Date:", "Wednesday 9 December 2026"],
              ["Time:", "10.00 am"],
              ["Place:", "Committee Room 1, Civic Centre, Harbour Road, Larchmere"],
              ["Contact:", "Cabinet Support Officer, 01632 960415, cabinet@larchmere.gov.uk"]],
             [3.5, 13], header=False)
    p("<b>Membership</b>", "h2")
    p("Councillor R. Penhallow (Leader of the Council) (Chair); Councillor T. Angove (Deputy Leader; "
      "Adult Social Care and Health); Councillor K. Scoble (Resources); Councillor L. Bray (Communities "
      "and Leisure); Councillor E. Spargo (Planning and Housing); Councillor M. Curnow (Children and "
      "Families); Councillor F. Kitto (Environment and Transport); Councillor W. Martyn (Corporate "
      "Services).")
    p("<b>Commissioners in attendance</b>", "h2")
    p("Subject to the Secretary of State's final decision, the commissioners designate have been invited "
      "to attend as observers.")
    p("<b>Information for the public</b>", "h2")
    p("This meeting is open to the public except where exempt information is being discussed. Item 14 "
      "contains exempt information and the Cabinet will be asked to exclude the press and public for that "
      "item. The meeting will be webcast.", "small")
    p("Copies of this agenda and the reports are available on the Council's website. If you would like "
      "this information in another format or language, please contact Democratic Services.", "small")
    pk.new_page()
    p("<b>Agenda</b>", "h1")
    pk.table([["Item", "Business", "Pages"]] +
             [[n, t, pk.item_range(n).strip("()").replace("Pages ", "") if n in PAPERS else ""]
              for n, t in AGENDA], [1.4, 12, 3.2])
    p("<b>Notes</b>", "h2")
    p("Item 1: to receive apologies for absence. Item 2: members are asked to declare any interests in "
      "the business to be transacted. Item 13: the Cabinet is recommended to resolve that the press and "
      "public be excluded from the meeting for item 14 on the grounds that it involves the likely "
      "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local "
      "Government Act 1972 (information relating to the financial or business affairs of any particular "
      "person, including the authority holding that information).", "small")
    p("<b>Key decisions</b>: items 5, 9 and 11 are key decisions and have been included in the Forward Plan "
      "published on 6 November 2026.", "small")

    # ------------------------------------------------------------------ item 3 minutes
    pk.new_page()
    pk.start_item("3", AGENDA[2][1])
    pk.start_paper("min")
    pk.paper_footers["min"] = "Cabinet minutes, 11 November 2026"
    heading(pk, "3", "Minutes of the Previous Meeting")
    p("<b>Cabinet</b>")
    p("Minutes of the meeting held on Wednesday 11 November 2026 at 10.00 am in Committee Room 1, Civic "
      "Centre.")
    p("<b>Present:</b> Councillors Penhallow (Chair), Angove, Bray, Curnow, Kitto, Martyn, Scoble and "
      "Spargo. <b>Also present:</b> Councillors Treloar (Leader of the Conservative Group) and Nankivell "
      "(Leader of the Labour Group).", "small")
    p("<b>Officers:</b> Chief Executive; Interim Director of Finance; Director of Legal and Democratic "
      "Services; Director of Strategy and Transformation; Director of Place; Director of Adult Social "
      "Care.", "small")
    p("<b>CAB/61 Apologies</b>", "h2")
    p("There were no apologies.")
    p("<b>CAB/62 Declarations of interest</b>", "h2")
    p("None were declared.")
    p("<b>CAB/63 Minutes</b>", "h2")
    p("The minutes of the meeting held on 14 October 2026 were confirmed as a correct record.")
    p("<b>CAB/64 Best Value Inspection: Report and the Secretary of State's Proposals</b>", "h2")
    p("The Leader introduced the item. She said that the report made difficult reading for everyone in "
      "the room, but that it was important to read it as a whole. She drew attention to the inspectors' "
      "view that "
      + q("the failings we describe are failings of systems and behaviours, not of effort", ["verbatim"],
          ["correct"], "1.1.2", cited=["1.1.2"],
          note="Run of 1.1.2; the officers' report at item 5 repeats it.")
      + " (paragraph 1.1.2) and said that the Cabinet accepted every one of the ten recommendations.")
    p("The Cabinet Member for Resources said that the report had found the 2025/26 budget "
      + q("robust and deliverable", ["out_of_context"], ["correct"], "6.2.5", cited=["6.2.5"],
          kind="attribution and rejection dropped",
          source_text="The council's submission described the 2025/26 budget as 'robust and deliverable'",
          context_dropped="Given the forecast overspends, we do not consider that description to be justified",
          note="The council's own description, which 6.2.5 rejects, presented as the report's finding.")
      + " (para 6.2.5), and that the pressures now facing the Council were the result of demand in "
        "children's services and temporary accommodation. Councillor Treloar, speaking with the consent "
        "of the Chair, said that this was not what the report said: the inspectors had stated that they "
        "did "
      + q("not consider that description to be justified", ["verbatim"], ["correct"], "6.2.5",
          cited=["6.2.5"], kind="control, context restored",
          note="Run of 6.2.5 quoted with its sense intact, answering the previous quotation.")
      + " (para 6.2.5). The Chief Executive confirmed that Councillor Treloar's reading was correct.")
    p("The Deputy Leader welcomed the report's recognition of the Council's front-line staff, noting "
      "that "
      + q("78% of respondents agreed that their line manager treats them with respect", ["verbatim"],
          ["missing"], "3.3.3", note="Run of 3.3.3, no citation given.")
      + ". She said that "
      + q("Adult social care is a clear strength", ["misquote", "paraphrase"], ["correct"], "8.2.2",
          cited=["8.2.2"], kind="qualifier changed", strict=False,
          source_text="Adult social care is a relative strength",
          note="'relative' became 'clear', which overstates the finding.")
      + " (para 8.2.2) and that the service would continue to improve.")
    p("Councillor Nankivell said that the inspectors had been clear that "
      + q("the council cannot turn itself round without outside help", ["paraphrase"], ["correct"], "9.2.1",
          cited=["9.2"], kind="reworded",
          source_text="The council has not demonstrated that it can deliver sustained improvement at the pace required without external support and direction",
          note="Sense of 9.2.1 in the speaker's words; section 9.2 cited.")
      + " (section 9.2), and asked whether the Cabinet would support a cross-party improvement board "
        "with real powers. Councillor Treloar said that Larchmere had been labelled "
      + q("the worst-run council in the South West", ["not_found"], ["missing"], None, kind="invented",
          note="No source compares Larchmere with other councils in these words.")
      + " and that residents deserved an apology.")
    p("Councillor Kitto asked what role would remain for the Cabinet once commissioners were appointed, "
      "given that the report itself said the Council "
      + q("should be relieved of responsibility for its own improvement", ["out_of_context"], ["correct"],
          "9.2.3", cited=["9.2.3"], kind="denial dropped",
          context_dropped="We do not consider that the council",
          note="9.2.3 says the inspectors do NOT consider that the council should be relieved of responsibility.")
      + " (para 9.2.3). The Chief Executive replied that commissioners would work through the Cabinet and "
        "officers wherever possible.")
    p("The Leader read from the Secretary of State's letter, in which he said: "
      + q("I recognise the commitment of the many staff who continue to serve the people of Larchmere well",
          ["verbatim"], ["correct"], "5", **L, note="Letter paragraph 5."))
    p("RESOLVED that the Cabinet (1) notes the report of the Best Value inspection and the letter from "
      "the Secretary of State of 15 October 2026; (2) accepts the inspectors' recommendations R1 to R10; "
      "(3) recommends to Council that it endorses the representations made by the Chief Executive on 4 "
      "November 2026; and (4) asks the Director of Strategy and Transformation to bring a draft "
      "improvement and recovery plan to the Cabinet on 9 December 2026.")
    p("<b>CAB/65 Capital Programme 2026/27: Quarter 2 Update</b>", "h2")
    p("The Cabinet Member for Resources introduced the report. Capital spending to 30 September 2026 was "
      "£31.8 million against a revised programme of £78.2 million. The second phase of the Harbourside "
      "scheme had been paused pending the independent review of the company.")
    p("RESOLVED that the Cabinet (1) notes the capital programme position; (2) approves the reprofiling of "
      "£18.2 million of expenditure into 2027/28; and (3) approves the addition to the programme of "
      "£0.9 million for flood defence works at Porth Road, funded by Environment Agency grant.")
    p("<b>CAB/66 Home to School Transport Policy 2027/28</b>", "h2")
    p("The Cabinet Member for Children and Families introduced the report. Following consultation, no "
      "changes were proposed to the eligibility criteria. Post-16 transport charges would rise by 3%.")
    p("RESOLVED that the Home to School Transport Policy 2027/28 be approved.")
    p("The meeting ended at 12.14 pm.")
    p("CHAIR")

    # ------------------------------------------------------------------ item 4 petition
    pk.new_page()
    pk.start_item("4", AGENDA[3][1])
    pk.start_paper("pet")
    pk.paper_footers["pet"] = "Cabinet, 9 December 2026 – Petition"
    heading(pk, "4", "Petition: Keep Harbour Road Library Open")
    p("<b>Report of the Director of Place</b>")
    p("<b>1. The petition</b>", "h2")
    p("1.1 An e-petition with 1,318 signatures was received on 20 November 2026. It reads:")
    p(nq("We call on the Cabinet to keep Harbour Road Library open at its current hours and to rule out "
         "handing it over to volunteers.", "the residents' petition: not a source."), "indent")
    p("1.2 Under the Petition Scheme, a petition with between 750 and 1,500 signatures is considered by "
      "the Cabinet. The lead petitioner, Mr T. Lander, has been invited to speak for up to five minutes.")
    p("<b>2. Background</b>", "h2")
    p("2.1 The Council's Libraries Strategy 2024-2029 commits the Council to "
      + nq("a library within two miles of every home in the city",
           "the Council's Libraries Strategy 2024-2029: not a source.")
      + ". Harbour Road Library is one of nine libraries in the city. It had 41,200 visits in 2025/26, a "
        "fall of 6% on the previous year, and costs £186,000 a year to run.")
    p("2.2 The draft budget proposals for 2027/28 include a proposal to reduce opening hours at four "
      "libraries, including Harbour Road, from 38 to 24 hours a week, saving £210,000 a year. No decision "
      "has been taken. Consultation on the budget proposals closes on 15 January 2027.")
    p("<b>3. Options</b>", "h2")
    p("3.1 The Cabinet may (a) agree the petition's request; (b) note the petition and take it into account "
      "when it considers the budget proposals in February 2027; or (c) take no action. Officers recommend "
      "option (b).")
    p("<b>4. Recommendation</b>", "h2")
    p("4.1 That the Cabinet notes the petition and agrees to take it into account in considering the "
      "budget proposals for 2027/28.")
    pk.blank_page()

    # ------------------------------------------------------------------ item 5 improvement plan
    pk.new_page()
    pk.start_item("5", AGENDA[4][1])
    pk.start_paper("irp")
    pk.paper_footers["irp"] = "Cabinet, 9 December 2026 – Improvement and Recovery Plan"
    heading(pk, "5", "Best Value Inspection: Improvement and Recovery Plan")
    pk.table([["Report of:", "Director of Strategy and Transformation"],
              ["Cabinet Member:", "Leader of the Council"],
              ["Key decision:", "Yes (Forward Plan reference FP/2026/118)"],
              ["Wards:", "All"],
              ["Appendices:", "A – The Secretary of State's letter: key extracts; B – Draft Improvement and "
               "Recovery Plan; C – Equality impact screening"]], [3.5, 13], header=False)
    p("<b>1. Summary</b>", "h2")
    p("1.1 This report presents the draft Improvement and Recovery Plan prepared in response to the Best "
      "Value inspection of the Council, published on 15 October 2026, and to the Secretary of State's "
      "proposals for intervention. The Secretary of State has proposed that "
      + q("the council should prepare an improvement and recovery plan within six months", ["verbatim"],
          ["correct"], "4", **L, note="Run of letter paragraph 4; the letter is named in the next sentence.")
      + ", as set out in his letter of 15 October. The draft plan at Appendix B is intended to meet that "
        "requirement and to be developed further with the commissioners once they are appointed.")
    p("<b>2. Recommendations</b>", "h2")
    p("2.1 That the Cabinet (a) approves the draft Improvement and Recovery Plan at Appendix B as the basis "
      "for discussion with the commissioners; (b) agrees that progress be reported to each meeting of the "
      "Cabinet and to the cross-party improvement board; and (c) notes the key extracts from the Secretary "
      "of State's letter at Appendix A.")
    p("<b>3. Background</b>", "h2")
    p("3.1 The inspection report concluded that the Council is failing to comply with its Best Value duty "
      "and made ten recommendations. The Cabinet accepted the recommendations on 11 November 2026. At that "
      "meeting the Leader emphasised that "
      + q("the failings we describe are failings of systems and behaviours, not of effort", ["verbatim"],
          ["correct"], "1.1.2", cited=["1.1.2"], kind="repeated from the minutes",
          note="Same quotation as in the minutes at item 3.")
      + " (paragraph 1.1.2).")
    p("3.2 The report was critical of the Council's existing improvement plan, agreed in January 2026. The "
      "inspectors found it "
      + q("largely a list of activities rather than outcomes", ["verbatim"], ["correct"], "9.1.1",
          cited=["9.1.1"], note="Run of 9.1.1.")
      + " and noted that "
      + q("22 of the actions have no named owner", ["verbatim"], ["correct"], "9.1.1", cited=["9.1.1"],
          note="Run of 9.1.1.")
      + " (paragraph 9.1.1). They recorded that "
      + q("The council's improvement plan, agreed by Cabinet in January 2026, contains 46 actions",
          ["misquote"], ["correct"], "9.1.1", cited=["9.1.1"], kind="digits transposed",
          source_text="The council's improvement plan, agreed by Cabinet in January 2026, contains 64 actions",
          note="The report says 64 actions, not 46.")
      + " (paragraph 9.1.1). Some commentators have nevertheless described that plan as "
      + q("ambitious and well-targeted", ["not_found"], ["wrong"], None, cited=["9.1.1"],
          kind="invented, pinned to a paragraph",
          note="9.1.1 calls the plan a welcome start but a list of activities; these words are nowhere in the sources.")
      + " (paragraph 9.1.1), but officers agree with the inspectors that a new plan is needed.")
    p("3.3 The new plan builds on what the inspectors recognised as positive. As they put it, "
      + q("The council has begun to respond", ["verbatim"], ["wrong"], "1.2.1", cited=["9.1.1"],
          kind="wrong paragraph", note="The words open 1.2.1; 9.1.1 is about the January improvement plan.")
      + " (paragraph 9.1.1). The inspectors also noted the Council's "
      + q("constructive relationship with health partners", ["paraphrase"], ["correct"], "8.3.2",
          cited=["8.3.2"], kind="reworded",
          source_text="The council's relationship with the integrated care board is constructive",
          note="'integrated care board' became 'health partners'; sense kept, words not the report's.")
      + " (paragraph 8.3.2).")
    p("<b>4. Structure of the plan</b>", "h2")
    p("4.1 The plan is organised around six themes: leadership and culture; governance and decision-making; "
      "scrutiny and audit; financial sustainability; commercial activity; and services and partnerships. "
      "Each theme has outcomes, measures, actions, a named owner and a target date. The Corporate Plan's "
      "commitment to being "
      + nq("listening, open and accountable", "the Council's Corporate Plan 2023-2027 values: not a source.")
      + " runs through all six.")
    p("4.2 Priority has been given to the areas where the inspectors' findings were most serious. On "
      "scrutiny, the report found that "
      + q("Scrutiny at Larchmere is under-resourced and under-used", ["verbatim"], ["correct"], "5.1.1",
          pages=[11], kind="page cited", note="5.1.1 is on page 11 of the report.")
      + " (page 11). On procurement, it found that "
      + q("Waivers of the contract procedure rules are frequent", ["verbatim"], ["wrong"], "7.2.2",
          pages=[14], kind="wrong page", note="7.2.2 is on page 15 of the report, not page 14.")
      + " (p. 14).")
    p("<b>5. Governance of the plan</b>", "h2")
    p("5.1 The plan will be owned by the Cabinet and overseen by the cross-party improvement board, which "
      "has met twice. Once appointed, the commissioners will agree the plan and report on progress to the "
      "Secretary of State. A programme management office of four officers has been established within the "
      "Strategy and Transformation directorate, funded from the £1.2 million improvement budget.")
    p("5.2 Progress will be reported monthly to the Corporate Leadership Team, to each meeting of the "
      "Cabinet and quarterly to full Council and to the Overview and Scrutiny (Resources) Committee.")
    p("<b>6. Financial implications</b>", "h2")
    p("6.1 The estimated cost of delivering the plan in 2026/27 and 2027/28 is £2.3 million, including the "
      "programme management office, interim capacity in finance and legal services, and the independent "
      "review of Larchmere Harbourside Developments Ltd. The costs of the commissioners are estimated at "
      "£650,000 to £800,000 a year. These costs are included in the revised medium term financial strategy.")
    p("<b>7. Legal implications</b>", "h2")
    p("7.1 Under section 15 of the Local Government Act 1999 the Secretary of State may direct an authority "
      "to take any action which he considers "
      + nq("necessary or expedient to secure its compliance with the requirements of this Part",
           "Local Government Act 1999, section 15(5): statute, not a source.")
      + ". The Council must comply with any direction. The draft plan has been prepared so that it can be "
        "adopted as the improvement and recovery plan required by the directions once they are made.")
    p("<b>8. Risks</b>", "h2")
    p("8.1 The main risks are insufficient capacity, competing demands on senior officers, and the "
      "financial position. Mitigations are set out in the plan. The risk that the plan is seen as a "
      "paper exercise will be managed by reporting outcomes, not activity.")
    p("<b>9. Consultation</b>", "h2")
    p("9.1 The draft plan has been discussed with the cross-party improvement board, the trade unions and "
      "the Larchmere Partnership Board. It will be published for comment by residents for four weeks from "
      "10 December 2026.")
    p("<b>Background papers</b>: Best Value Inspection of Larchmere City Council, October 2026; letter from "
      "the Secretary of State, 15 October 2026; Cabinet minutes, 11 November 2026.", "small")

    # appendix A: letter extracts
    pk.new_page()
    pk.start_paper("appA")
    pk.paper_footers["appA"] = "Item 5 Appendix A – Secretary of State's letter: key extracts"
    p("<b>Appendix A – The Secretary of State's letter of 15 October 2026: key extracts</b>", "h1")
    p("This appendix summarises the letter from the Secretary of State to the Chief Executive. The full "
      "letter is available on the Council's website.", "small")
    p("<b>The findings.</b> The Secretary of State wrote that "
      + q("The report makes for difficult reading.", ["verbatim"], ["correct"], "2", **L,
          note="Letter paragraph 2, first sentence.")
      + " He accepted the inspectors' conclusion that the Council is failing to comply with its Best Value "
        "duty.")
    p("<b>The proposals.</b> The Secretary of State has decided "
      + q("to give directions to the council and to appoint commissioners", ["out_of_context"], ["correct"],
          "3", **L, kind="condition dropped",
          context_dropped="I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999",
          note="The letter says he is minded to do so, subject to representations (paragraph 6); presented as decided.")
      + ". "
      + q("[The Secretary of State proposes] to appoint a Lead Commissioner, a Finance Commissioner and a "
          "Commissioner for Commercial Activity", ["minor"], ["correct"], "3", **L, kind="bracketed subject",
          source_text="I propose to appoint a Lead Commissioner, a Finance Commissioner and a Commissioner for Commercial Activity",
          note="'I propose' replaced by a bracketed third-person subject; meaning kept.")
      + " for three years.")
    p("<b>The commissioners' functions.</b> The commissioners "
      + q("should exercise all of the council's functions", ["misquote"], ["correct"], "4", **L,
          kind="words added",
          source_text="the commissioners should exercise the council's functions relating to the appointment and dismissal of statutory officers",
          note="The letter lists three groups of functions; 'all of' changes the meaning.")
      + " relating to statutory officers, finance and the company, while the Council will prepare the "
        "improvement and recovery plan. The Secretary of State said that the intervention "
      + q("is meant to help the council rather than take its place", ["paraphrase"], ["correct"], "5", **L,
          kind="reworded",
          source_text="The intervention I propose is intended to support the council, not to replace it",
          note="Letter paragraph 5 in other words.")
      + ".")
    p("<b>Timetable.</b> The letter indicates that "
      + q("commissioners will be in place by 1 January 2027", ["not_found"], ["wrong"], None, **L,
          kind="invented date", note="The letter gives no date for the commissioners' appointment.")
      + ". Representations were invited by 5 November 2026, and the Secretary of State said "
      + q("I will consider any representations carefully before reaching a final decision", ["verbatim"],
          ["correct"], "6", **L, note="Letter paragraph 6.")
      + ".")
    p("<b>Copies.</b> The letter was copied to the Leader, the group leaders and the external auditor.")

    # appendix B: plan
    pk.new_page()
    pk.start_paper("appB")
    pk.paper_footers["appB"] = "Item 5 Appendix B – Draft Improvement and Recovery Plan"
    p("<b>Appendix B – Draft Improvement and Recovery Plan (extract: priority actions)</b>", "h1")
    p("Each row quotes the inspectors' finding that the action addresses, with the paragraph of the report "
      "in which it appears.", "small")

    def tq(text, verdict, section, cite=None, st=None, kind="exact", note="", strict=True, citation=None):
        return q(text, verdict, citation or ["correct"], section, cited=[cite or section], source_text=st,
                 kind=kind + ", table cell", strict=strict, note=note)

    rows = [["No.", "Inspectors' finding", "Para", "Action and owner", "Target"]]
    rows.append(["1", tq("the scheme of delegation still refers to posts that no longer exist", ["verbatim"],
                         "4.1.1", note="Run of 4.1.1."), "4.1.1",
                 "New constitution and scheme of delegation (Monitoring Officer)", "Jan 2027"])
    rows.append(["2", tq("38% did not appear on the Forward Plan 28 days before they were taken", ["verbatim"],
                         "4.2.3", note="Run of 4.2.3."), "4.2.3",
                 "Forward Plan compliance monitored monthly; target 100% (Democratic Services Manager)",
                 "Mar 2027"])
    rows.append(["3", tq("one scrutiny officer supporting four committees", ["verbatim"], "5.1.1",
                         note="Run of 5.1.1."), "5.1.1",
                 "Recruit two further scrutiny officers (Director of Legal and Democratic Services)", "Apr 2027"])
    rows.append(["4", tq("inquorate on three occasions in 2025", ["verbatim"], "5.2.1", note="Run of 5.2.1."),
                 "5.2.1", "Appoint two independent members; revise terms of reference (Monitoring Officer)",
                 "Feb 2027"])
    rows.append(["5", tq("below the level the council's own reserves policy describes as the minimum prudent "
                         "level of 4%", ["misquote"], "6.1.2", kind="number changed",
                         st="below the level the council's own reserves policy describes as the minimum prudent level of 5%",
                         note="The report gives the minimum prudent level as 5%."), "6.1.2",
                 "Reserves strategy to rebuild the general fund reserve over three years (S151 Officer)",
                 "Feb 2027"])
    rows.append(["6", tq("The Shareholder Committee met four times in three years", ["verbatim"], "7.1.3",
                         cite="7.1.4", citation=["wrong"], kind="wrong paragraph",
                         note="The sentence is in 7.1.3; the Para column says 7.1.4."), "7.1.4",
                 "New shareholder framework; Shareholder Committee to meet quarterly (Chief Executive)",
                 "Mar 2027"])
    rows.append(["7", tq("23 contracts … that did not appear on it", ["minor"], "7.2.1", kind="ellipsis",
                         st="23 contracts with a combined value of £14.7 million that did not appear on it",
                         note="Ellipsis marks the omitted value."), "7.2.1",
                 "Complete and validate contract register (Head of Procurement)", "Jan 2027"])
    rows.append(["8", tq("Fewer than one in five respondents … knew how to raise a concern", ["minor"], "3.3.4",
                         kind="ellipsis",
                         st="Fewer than one in five respondents (18%) knew how to raise a concern under the policy",
                         note="Ellipsis marks the omitted '(18%)'."), "3.3.4",
                 "Refreshed whistleblowing policy and external reporting line (Director of People)", "Apr 2027"])
    rows.append(["9", tq("no housing strategy since 2022", ["minor", "paraphrase"], "8.1.2", kind="reworded",
                         st="The council has not had a housing strategy since 2022", strict=False,
                         note="'has not had a housing strategy' shortened to 'no housing strategy'; same sense."),
                 "8.1.2", "New housing strategy, separate from Harbourside (Director of Place)", "Jun 2027"])
    rows.append(["10", tq("£4.8 million on agency and interim staff in 2024/25", ["verbatim"], "3.3.5",
                          note="Run of 3.3.5."), "3.3.5",
                 "Workforce plan to reduce reliance on agency and interim staff (Director of People)", "Jun 2027"])
    pk.table(rows, [1.0, 5.3, 1.6, 6.2, 2.5])
    p("<b>Further actions (extract)</b>", "h2")
    more = [
        ("11", "Leadership and culture", "Senior leadership development programme with external facilitation (Chief Executive)", "Mar 2027"),
        ("12", "Leadership and culture", "Recruit permanent directors to the three interim posts (Chief Executive)", "Jun 2027"),
        ("13", "Leadership and culture", "Quarterly all-staff briefings and pulse surveys (Director of People)", "Jan 2027"),
        ("14", "Leadership and culture", "Member-officer protocol refreshed and training for all members (Monitoring Officer)", "Mar 2027"),
        ("15", "Governance", "Urgency decisions reported to each Council meeting (Democratic Services Manager)", "Dec 2026"),
        ("16", "Governance", "Record and publish all officer decisions over £100,000 (Monitoring Officer)", "Dec 2026"),
        ("17", "Governance", "Review of exempt reports against Schedule 12A (Monitoring Officer)", "Feb 2027"),
        ("18", "Governance", "Report template with statutory officer sign-off (Democratic Services Manager)", "Complete"),
        ("19", "Scrutiny and audit", "Scrutiny work programme agreed with Cabinet and published (Scrutiny Manager)", "Jan 2027"),
        ("20", "Scrutiny and audit", "Member training on scrutiny and audit, all groups (Scrutiny Manager)", "Mar 2027"),
        ("21", "Scrutiny and audit", "Internal audit actions tracker reported quarterly (Head of Internal Audit)", "Jan 2027"),
        ("22", "Finance", "Revised MTFS with savings identified in full for each year (S151 Officer)", "Feb 2027"),
        ("23", "Finance", "Savings delivery tracker reported monthly to Cabinet (S151 Officer)", "Jan 2027"),
        ("24", "Finance", "Capital strategy to show revenue cost of borrowing (S151 Officer)", "Feb 2027"),
        ("25", "Finance", "Finance team restructure and recruitment (S151 Officer)", "Jun 2027"),
        ("26", "Commercial", "Independent review of LHDL (Chief Executive)", "Feb 2027"),
        ("27", "Commercial", "Separate lender, landlord, planning and shareholder roles (Monitoring Officer)", "Apr 2027"),
        ("28", "Procurement", "Quarterly waiver reports to Audit and Governance Committee (Head of Procurement)", "Dec 2026"),
        ("29", "Procurement", "Leisure contract review (Head of Leisure and Culture)", "Jun 2027"),
        ("30", "Procurement", "Social value policy (Head of Procurement)", "Apr 2027"),
    ]
    pk.table([["No.", "Theme", "Action and owner", "Target"]] + [list(r) for r in more], [1.0, 3.6, 9.5, 2.5])
    p("Actions 31 to 64 of the draft plan, covering the remaining recommendations and the actions carried "
      "forward from the January 2026 plan, are set out in the full plan published with this agenda on the "
      "Council's website.", "small")

    # appendix C: equality screening
    pk.new_page()
    pk.start_paper("appC")
    pk.paper_footers["appC"] = "Item 5 Appendix C – Equality impact screening"
    p("<b>Appendix C – Equality impact screening</b>", "h1")
    pk.table([["Question", "Response"],
              ["Does the proposal affect service users, employees or the wider community?",
               "Yes, indirectly. The plan concerns governance and financial management. Individual actions "
               "that change services will be assessed separately."],
              ["Is there potential for a disproportionate impact on any protected group?",
               "Not at this stage. Actions on workforce culture are expected to benefit staff with protected "
               "characteristics, who reported lower confidence in raising concerns in the staff survey."],
              ["Has there been consultation?",
               "Yes: trade unions, the cross-party improvement board and the Larchmere Partnership Board. "
               "Public comments will be invited for four weeks."],
              ["Is a full equality impact assessment required?",
               "No, not for the plan as a whole. Full assessments will be completed for actions 31, 38 and "
               "52."],
              ["Screening completed by", "Policy and Performance Manager, 27 November 2026"]], [6.5, 10])

    pk.new_page()
    pk.start_paper("appD")
    pk.paper_footers["appD"] = "Item 5 Appendix D – Improvement Board terms of reference"
    p("<b>Appendix D – Cross-Party Improvement Board: Terms of Reference</b>", "h1")
    for i, t in enumerate([
        "The Board is established by the Cabinet to oversee the preparation and delivery of the Improvement "
        "and Recovery Plan and to provide a forum in which members of all political groups can contribute "
        "to the Council's improvement.",
        "Membership: the Leader of the Council (Chair); the Leader of each political group; one further "
        "member nominated by each group of more than ten members; and one non-aligned member chosen by the "
        "non-aligned members. The commissioners will be invited to attend.",
        "The Board will meet monthly. Its meetings will be held in private, but its notes and the progress "
        "reports it receives will be published unless they contain exempt information.",
        "The Board will receive a monthly progress report from the Director of Strategy and Transformation, "
        "setting out progress against each action, the measures of outcome and the risks to delivery.",
        "The Board may make recommendations to the Cabinet, to full Council and to any committee. It has "
        "no decision-making powers of its own.",
        "The Board will review these terms of reference after six months and in any event when the "
        "commissioners are appointed.",
        "Support: the Board will be supported by the programme management office and by Democratic "
        "Services.",
    ], 1):
        p(f"{i}. {t}")
    pk.blank_page()

    # ------------------------------------------------------------------ item 6 scrutiny recommendations
    pk.new_page()
    pk.start_item("6", AGENDA[5][1])
    pk.start_paper("os")
    pk.paper_footers["os"] = "Cabinet, 9 December 2026 – Recommendations of Overview and Scrutiny"
    heading(pk, "6", "Recommendations of the Overview and Scrutiny (Resources) Committee")
    p("<b>Report of the Chair of the Overview and Scrutiny (Resources) Committee, Councillor J. Vosper</b>")
    p("<b>1. Background</b>", "h2")
    p("1.1 On 24 November 2026 the Overview and Scrutiny (Resources) Committee held a special meeting to "
      "consider the Council's response to the Best Value inspection, with particular reference to the "
      "chapter on scrutiny and audit. The Leader of the Council, the Chief Executive and the Director of "
      "Legal and Democratic Services attended.")
    p("1.2 The committee noted the report's finding that "
      + q("Call-in has been used twice since 2023", ["verbatim"], ["correct"], "5.1.2", cited=["5.1.2"],
          note="Opening of 5.1.2.")
      + " (paragraph 5.1.2), and that chairs of scrutiny had told the inspectors that they "
      + q("rarely received papers in time to prepare", ["verbatim"], ["correct"], "5.1.2", cited=["5.1.2"],
          kind="control, attribution kept", note="The chairs' account, attributed to them as in 5.1.2.")
      + ". Members agreed with the inspectors that scrutiny "
      + q("has never had the staff it needs to do its job", ["paraphrase", "misquote"], ["correct"], "5.1.1",
          cited=["5.1.1"], kind="reworded and strengthened", strict=False,
          source_text="Scrutiny has not been given the resources it needs to hold the executive to account",
          note="Close to 5.1.1's sense, but 'never' and 'staff' are the committee's; could be read as a misquote.")
      + " (paragraph 5.1.1).")
    p("1.3 Members also discussed training. The committee was concerned that "
      + q("Only 12 of the 57 members attended the scrutiny training offered in 2025", ["verbatim"], ["wrong"],
          "5.1.4", cited=["5.1.3"], kind="wrong paragraph",
          note="The sentence is in 5.1.4; 5.1.3 is about the home-to-school transport review.")
      + " (paragraph 5.1.3), and agreed that training should be a priority for all groups.")
    p("<b>2. Recommendations of the committee to the Cabinet</b>", "h2")
    for i, t in enumerate([
        "That the Cabinet supports a growth bid of £145,000 a year from 2027/28 to fund three dedicated "
        "scrutiny officers, as recommended by the inspectors.",
        "That Cabinet reports for key decisions be published at least ten clear working days before the "
        "decision, to allow pre-decision scrutiny.",
        "That the Cabinet responds in writing to every scrutiny recommendation within two months.",
        "That the Leader and each Cabinet Member attend the relevant scrutiny committee at least twice a "
        "year to answer questions on their portfolio.",
        "That the Improvement and Recovery Plan include a measure of the number of scrutiny recommendations "
        "accepted and implemented.",
    ], 1):
        p(f"({i}) {t}", "indent")
    p("<b>3. Cabinet response</b>", "h2")
    p("3.1 The Cabinet is asked to agree its response to each recommendation. Officers advise that "
      "recommendations (1), (3), (4) and (5) can be accepted. Recommendation (2) is accepted in principle, "
      "subject to a review of the decision-making timetable in the new constitution.")

    pk.blank_page()

    # ------------------------------------------------------------------ item 6 budget monitoring
    pk.new_page()
    pk.start_item("7", AGENDA[6][1])
    pk.start_paper("bm")
    pk.paper_footers["bm"] = "Cabinet, 9 December 2026 – Revenue Budget Monitoring Month 7"
    heading(pk, "7", "Revenue Budget Monitoring 2026/27 – Month 7")
    p("<b>Report of the Interim Director of Finance (Section 151 Officer)</b>")
    p("<b>1. Summary</b>", "h2")
    p("1.1 At the end of October 2026 (month 7) the Council is forecasting an overspend of £9.4 million on "
      "its net revenue budget of £276.2 million, an improvement of £1.1 million since month 6. The principal "
      "pressures remain children's services (£5.2 million) and temporary accommodation (£4.6 million).")
    p("1.2 The Best Value inspection found that forecast overspends at month six of 2025/26 indicated "
      "that "
      + q("the base budget remains unrealistic", ["verbatim"], ["correct"], "6.2.4", cited=["6.2.4"],
          note="Run of 6.2.4.")
      + " (para 6.2.4). The same pattern is evident this year. It also found that the Council had balanced "
        "recent budgets partly through "
      + q("savings that were not delivered in full", ["verbatim"], ["correct"], "6.1.4", cited=["6.1.4"],
          note="Run of 6.1.4.")
      + " (para 6.1.4): of £12.9 million of savings approved for 2026/27, £8.1 million is forecast to be "
        "delivered.")
    p("1.3 The medium term financial strategy approved in February 2026 identified "
      + q("a cumulative budget gap of £46.3 million by 2027/28", ["misquote"], ["correct"], "6.2.2",
          cited=["6.2.2"], kind="year changed",
          source_text="a cumulative budget gap of £46.3 million by 2028/29",
          note="The report gives the gap by 2028/29, a year later; the quotation shortens the horizon.")
      + " (para 6.2.2 of the inspection report). A revised strategy will be presented in February 2027.")
    p("1.4 The Council's reserves place it "
      + q("among the highest-risk unitary authorities", ["verbatim"], ["unverifiable"], "6.1.3",
          document="other", kind="other document cited", strict=False,
          note="The words are in 6.1.3, but the sentence attributes them to the CIPFA index, which is not a source.")
      + " (CIPFA Financial Resilience Index 2025).")
    p("<b>2. Recommendations</b>", "h2")
    p("2.1 That the Cabinet (a) notes the forecast overspend and the actions being taken to reduce it; (b) "
      "approves the spending controls set out in section 4; and (c) approves the virements set out in "
      "section 5.")
    p("<b>3. Forecast by directorate</b>", "h2")
    pk.table([["Directorate", "Budget £m", "Forecast £m", "Variance £m", "Month 6 £m"],
              ["Adult Social Care and Health", "98.6", "98.9", "0.3", "0.6"],
              ["Children and Families", "71.3", "76.5", "5.2", "5.6"],
              ["Place (incl. housing)", "44.8", "49.6", "4.8", "4.9"],
              ["Resources", "24.1", "23.7", "(0.4)", "(0.2)"],
              ["Strategy and Transformation", "9.2", "9.5", "0.3", "0.2"],
              ["Corporate and financing", "28.2", "27.4", "(0.8)", "(0.6)"],
              ["Total", "276.2", "285.6", "9.4", "10.5"]], [6.2, 2.5, 2.6, 2.7, 2.6])
    p("<b>4. Spending controls</b>", "h2")
    p("4.1 The controls introduced in September will continue: a freeze on non-essential recruitment, "
      "approval by the Section 151 officer of all non-contractual spending over £5,000, and a moratorium on "
      "new agency appointments other than in statutory social work posts.")
    p("4.2 The controls are expected to reduce the overspend by a further £2.0 million by the end of the year. "
      "Any remaining overspend will be met from the general fund reserve, which would reduce it to £5.6 "
      "million, or 2.0% of the net revenue budget.")
    p("<b>5. Virements</b>", "h2")
    p("5.1 Virements of £1.4 million from corporate contingency to children's services (placements) and of "
      "£0.6 million from the Resources directorate to temporary accommodation are proposed.")
    p("<b>6. Housing Revenue Account</b>", "h2")
    p("6.1 The Housing Revenue Account is forecast to underspend by £0.3 million, mainly because of "
      "vacancies in the repairs service. Rent collection is 97.8% against a target of 98.5%.")
    p("<b>7. Risks</b>", "h2")
    p("7.1 The forecast assumes no further growth in the number of children in care or in households in "
      "temporary accommodation. Both have risen in each of the last four months. The Section 151 officer's "
      "view is that the risk of a larger overspend is high.")
    pk.blank_page()

    # ------------------------------------------------------------------ item 8 performance
    pk.new_page()
    pk.start_item("8", AGENDA[7][1])
    pk.start_paper("perf")
    pk.paper_footers["perf"] = "Cabinet, 9 December 2026 – Corporate Performance Q2"
    heading(pk, "8", "Corporate Performance Report: Quarter 2 2026/27")
    p("<b>Report of the Director of Strategy and Transformation</b>")
    p("<b>1. Summary</b>", "h2")
    p("1.1 This report sets out performance against the Corporate Plan 2023-2027 for July to September "
      "2026. Of 23 indicators, 12 are green, 6 amber and 5 red. A new performance framework, linked to the "
      "Improvement and Recovery Plan, will be introduced from April 2027.")
    p("1.2 Two new indicators have been added this quarter in response to the Best Value inspection: "
      "staff confidence in senior leadership, for which the baseline is the inspectors' survey finding "
      "that "
      + q("Only 31% of respondents agreed that senior leaders communicate a clear vision", ["verbatim"],
          ["correct"], "3.3.1", cited=["3.3.1"], note="Run of 3.3.1.")
      + " (paragraph 3.3.1), and the percentage of key decisions on the Forward Plan 28 days in advance.")
    rows = [["Indicator", "Target", "Q1", "Q2", "Status"]]
    data = [
        ("Households in temporary accommodation", "850", "962", "991", "Red"),
        ("Families in B&amp;B over six weeks", "0", "11", "9", "Red"),
        ("Homelessness preventions", "280", "241", "238", "Amber"),
        ("Major planning applications decided in time", "60%", "78%", "81%", "Green"),
        ("Minor planning applications decided in time", "70%", "74%", "69%", "Amber"),
        ("Household waste recycled", "45%", "43.2%", "44.1%", "Amber"),
        ("Missed bin collections per 100,000", "60", "48", "52", "Green"),
        ("Council tax collected (cumulative)", "56.0%", "29.1%", "56.4%", "Green"),
        ("Business rates collected (cumulative)", "58.0%", "30.2%", "57.1%", "Amber"),
        ("Housing benefit new claims (days)", "20", "27", "26", "Red"),
        ("Children in care per 10,000", "75", "82", "84", "Red"),
        ("Child protection plans repeated within two years", "20%", "17%", "16%", "Green"),
        ("Social work agency staff", "25%", "35%", "33%", "Red"),
        ("Delayed transfers of care (days per 100,000)", "9.0", "7.8", "7.1", "Green"),
        ("Adult social care reviews completed on time", "80%", "83%", "85%", "Green"),
        ("FOI requests answered in 20 working days", "95%", "96%", "97%", "Green"),
        ("Complaints answered in time", "90%", "84%", "88%", "Amber"),
        ("Sickness absence (days per FTE, rolling)", "9.0", "10.4", "10.1", "Amber"),
        ("Staff turnover (rolling)", "12%", "11.2%", "11.0%", "Green"),
        ("Key decisions on Forward Plan 28 days ahead", "100%", "–", "86%", "New"),
        ("Leisure visits", "1.20m", "0.31m", "0.29m", "Green"),
        ("Library visits", "0.55m", "0.14m", "0.13m", "Green"),
        ("Road defects repaired in time", "95%", "97%", "96%", "Green"),
        ("Invoices paid in 30 days", "95%", "96%", "97%", "Green"),
        ("Staff confidence in senior leadership", "50%", "–", "31%", "New"),
    ]
    pk.table(rows + [list(r) for r in data], [8.2, 2, 2, 2, 2.4])
    p("<b>2. Commentary on red indicators</b>", "h2")
    p("2.1 Temporary accommodation: numbers continue to rise; the recovery plan at item 11 sets out the "
      "response. Housing benefit: the service has lost four experienced assessors and has recruited "
      "temporary staff while the team is restructured. Children in care and agency social workers: the "
      "children's services improvement plan continues, and 11 newly qualified social workers joined in "
      "September.")
    p("<b>3. Recommendation</b>", "h2")
    p("3.1 That the Cabinet notes performance for Quarter 2 and the actions being taken on red indicators.")

    # ------------------------------------------------------------------ item 9 fees and charges
    pk.new_page()
    pk.start_item("9", AGENDA[8][1])
    pk.start_paper("fees")
    pk.paper_footers["fees"] = "Cabinet, 9 December 2026 – Fees and Charges 2027/28"
    heading(pk, "9", "Fees and Charges 2027/28")
    p("<b>Report of the Interim Director of Finance (Section 151 Officer)</b>")
    p("<b>1. Summary</b>", "h2")
    p("1.1 This report proposes fees and charges for 2027/28. The general assumption is an increase of 4%, "
      "in line with the medium term financial strategy, with exceptions where charges are set by statute or "
      "where a different increase is justified by cost or demand. The proposals are expected to raise "
      "additional income of £1.35 million.")
    p("<b>2. Recommendation</b>", "h2")
    p("2.1 That the Cabinet approves the fees and charges for 2027/28 set out in the appendix, to take "
      "effect from 1 April 2027 unless otherwise stated.")
    p("<b>3. Proposed charges (extract)</b>", "h2")
    fees = [
        ("Car parking: city centre, up to 2 hours", "£3.20", "£3.40", "6.3%"),
        ("Car parking: city centre, all day", "£9.50", "£10.00", "5.3%"),
        ("Resident parking permit (first vehicle)", "£62.00", "£65.00", "4.8%"),
        ("Garden waste collection (annual)", "£54.00", "£58.00", "7.4%"),
        ("Bulky waste collection (up to 3 items)", "£36.00", "£37.50", "4.2%"),
        ("Burial: adult grave, resident", "£1,120.00", "£1,165.00", "4.0%"),
        ("Cremation: adult", "£975.00", "£1,015.00", "4.1%"),
        ("Marriage ceremony: register office, Saturday", "£180.00", "£187.00", "3.9%"),
        ("Pre-application planning advice: major", "£2,400.00", "£2,500.00", "4.2%"),
        ("Pre-application planning advice: householder", "£95.00", "£99.00", "4.2%"),
        ("Street trading consent (annual)", "£1,450.00", "£1,510.00", "4.1%"),
        ("Pavement licence (statutory maximum)", "£500.00", "£500.00", "0.0%"),
        ("Lido: adult swim (if open)", "£6.50", "£6.80", "4.6%"),
        ("Leisure centre: adult swim", "£5.40", "£5.60", "3.7%"),
        ("Room hire: Civic Centre, per hour", "£42.00", "£44.00", "4.8%"),
        ("Pest control: rats (residential)", "£88.00", "£92.00", "4.5%"),
        ("Replacement wheeled bin", "£45.00", "£47.00", "4.4%"),
        ("Land charges: full official search", "£148.00", "£154.00", "4.1%"),
        ("Harbour mooring, per metre (annual)", "£212.00", "£222.00", "4.7%"),
        ("Taxi driver licence (three years)", "£265.00", "£275.00", "3.8%"),
    ]
    pk.table([["Service", "2026/27", "2027/28", "Change"]] + [list(f) for f in fees], [9.2, 2.4, 2.4, 2.6])
    p("<b>4. Equalities</b>", "h2")
    p("4.1 Concessions for residents in receipt of means-tested benefits will continue for leisure, "
      "garden waste and pest control. The increase in burial and cremation fees has been kept to 4% to "
      "limit the impact on bereaved families.")
    p("<b>5. Consultation</b>", "h2")
    p("5.1 The proposals for car parking have been the subject of consultation with the Larchmere Business "
      "Improvement District. Its comments are summarised in the appendix.")

    pk.blank_page()

    # ------------------------------------------------------------------ item 7 local plan
    pk.new_page()
    pk.start_item("10", AGENDA[9][1])
    pk.start_paper("lp")
    pk.paper_footers["lp"] = "Cabinet, 9 December 2026 – Local Plan Review"
    heading(pk, "10", "Larchmere Local Plan Review: Regulation 18 Consultation")
    p("<b>Report of the Director of Place</b>")
    p("<b>1. Purpose</b>", "h2")
    p("1.1 To seek approval to consult on the Larchmere Local Plan Review: Issues and Options document "
      "under Regulation 18 of the Town and Country Planning (Local Planning) (England) Regulations 2012.")
    p("<b>2. Policy context</b>", "h2")
    p("2.1 The National Planning Policy Framework states that "
      + nq("The planning system should be genuinely plan-led",
           "National Planning Policy Framework, paragraph 15: not a source.")
      + ", and that plans should be kept up to date. At the heart of the Framework is a "
      + nq("presumption in favour of sustainable development",
           "National Planning Policy Framework, paragraph 10: not a source.")
      + ", which applies with particular force where a council cannot demonstrate a five-year supply of "
        "deliverable housing sites.")
    p("2.2 The Council can currently demonstrate a 3.4-year supply against the standard method requirement "
      "of 1,096 homes a year. Until a new plan is adopted, applications for housing will be decided with "
      "the tilted balance engaged.")
    p("<b>3. The Issues and Options document</b>", "h2")
    p("3.1 The document sets out four spatial options for meeting the requirement to 2043: (1) urban "
      "intensification, including the Harbourside; (2) urban extensions to the north and east; (3) a new "
      "settlement at Trevanion Cross; and (4) a combination of (1) and (2). It also seeks views on policies "
      "for affordable housing, climate change, the coast and the historic environment.")
    p("3.2 The Harbourside allocation in the adopted plan assumes 1,150 homes. Given the uncertainty over "
      "the future of the scheme, the document asks whether that figure should be retained.")
    p("<b>4. Consultation</b>", "h2")
    p("4.1 Consultation will run for eight weeks from 11 January 2027 in line with the Statement of "
      "Community Involvement, with drop-in events in each of the city's six community network areas.")
    p("<b>5. Recommendation</b>", "h2")
    p("5.1 That the Cabinet approves the Issues and Options document for consultation and delegates minor "
      "amendments before publication to the Director of Place in consultation with the Cabinet Member for "
      "Planning and Housing.")
    pk.table([["Milestone", "Date"],
              ["Regulation 18 consultation (Issues and Options)", "January – March 2027"],
              ["Regulation 18 consultation (Preferred Options)", "November 2027"],
              ["Regulation 19 publication", "June 2028"],
              ["Submission for examination", "October 2028"],
              ["Adoption", "Autumn 2029"]], [10, 6.5])

    pk.blank_page()

    # ------------------------------------------------------------------ item 8 temporary accommodation
    pk.new_page()
    pk.start_item("11", AGENDA[10][1])
    pk.start_paper("ta")
    pk.paper_footers["ta"] = "Cabinet, 9 December 2026 – Temporary Accommodation Recovery Plan"
    heading(pk, "11", "Temporary Accommodation Recovery Plan")
    p("<b>Report of the Director of Place</b>")
    p("<b>1. Summary</b>", "h2")
    p("1.1 Demand for temporary accommodation continues to rise. There were 1,004 households in temporary "
      "accommodation at the end of October 2026. The inspection report recorded that "
      + q("Families with children were placed in bed and breakfast accommodation for longer than the six-week "
          "legal limit in 58 cases in 2025", ["verbatim"], ["correct"], "8.1.4", cited=["8.1.4"],
          note="Sentence of 8.1.4.")
      + " (paragraph 8.1.4), and that the Council's net spending on temporary accommodation "
      + q("has doubled over the same period", ["misquote"], ["correct"], "8.1.1", cited=["8.1.1"],
          kind="multiple changed", source_text="has trebled over the same period",
          note="The report says spending has trebled, not doubled.")
      + " (paragraph 8.1.1).")
    p("1.2 The report also noted that there has been no housing strategy since 2022. The inspectors accepted "
      "that the new strategy "
      + q("had been delayed by the need to resolve the future of the Harbourside scheme", ["out_of_context"],
          ["correct"], "8.1.2", cited=["8.1.2"], kind="attribution and criticism dropped",
          source_text="Officers told us that a new strategy had been delayed by the need to resolve the future of the Harbourside scheme",
          context_dropped="In our view the council should not have allowed the two to become so closely linked",
          note="Officers' explanation, which the inspectors criticise, presented as accepted by them.")
      + " (paragraph 8.1.2). That link has now been broken and a new strategy will be brought forward in "
        "June 2027.")
    p("<b>2. Recommendations</b>", "h2")
    p("2.1 That the Cabinet (a) approves the Temporary Accommodation Recovery Plan; (b) approves the "
      "purchase of up to 60 homes for use as temporary accommodation, funded by prudential borrowing of up "
      "to £14.5 million and Local Authority Housing Fund grant of £4.2 million; and (c) delegates the "
      "individual purchases to the Director of Place in consultation with the Section 151 officer.")
    p("<b>3. The plan</b>", "h2")
    p("3.1 The plan has four strands: prevention, including earlier work with households at risk of "
      "eviction; supply, including the purchase of homes and leasing from private landlords; ending the use "
      "of bed and breakfast for families beyond six weeks; and better procurement of nightly-paid "
      "accommodation.")
    p("3.2 Officers estimate that the purchase of 60 homes will reduce net spending on temporary "
      "accommodation by £1.9 million a year once complete, after the cost of borrowing. The business case "
      "has been reviewed independently, in line with the Council's revised approach following the "
      "inspection.")
    pk.table([["Measure", "Oct 2025", "Oct 2026", "Target Oct 2027"],
              ["Households in temporary accommodation", "911", "1,004", "850"],
              ["Of which families with children", "402", "455", "380"],
              ["Families in B&amp;B over six weeks", "7", "9", "0"],
              ["Net spend on temporary accommodation (£m, year)", "13.1", "17.8", "14.0"],
              ["Homelessness preventions (quarter)", "212", "238", "300"]], [8, 2.6, 2.6, 3.3])
    p("<b>4. Financial implications</b>", "h2")
    p("4.1 The borrowing costs of the purchase programme are estimated at £0.9 million a year from "
      "2027/28 and are included in the savings calculation above. The purchases will be subject to the "
      "prudential indicators approved by Council.")

    pk.blank_page()

    # ------------------------------------------------------------------ item 12 forward plan
    pk.new_page()
    pk.start_item("12", AGENDA[11][1])
    pk.start_paper("fp")
    pk.paper_footers["fp"] = "Forward Plan, published 6 November 2026"
    heading(pk, "12", "Forward Plan of Key Decisions")
    p("The Forward Plan lists the key decisions the Cabinet, individual Cabinet Members and officers expect "
      "to take in the next four months. It is published at least 28 clear days before each decision.",
      "small")
    fp = [
        ("FP/2026/118", "Best Value Inspection: Improvement and Recovery Plan", "Cabinet", "9 Dec 2026"),
        ("FP/2026/121", "Temporary Accommodation Recovery Plan and purchase of homes", "Cabinet", "9 Dec 2026"),
        ("FP/2026/122", "Fees and Charges 2027/28", "Cabinet", "9 Dec 2026"),
        ("FP/2026/124", "Leisure contract: review of options", "Cabinet", "13 Jan 2027"),
        ("FP/2026/125", "Council Tax Reduction Scheme 2027/28", "Council", "28 Jan 2027"),
        ("FP/2026/127", "Children's residential care: new in-house homes", "Cabinet", "13 Jan 2027"),
        ("FP/2026/129", "Highways maintenance: extension of contract", "Cabinet Member", "Jan 2027"),
        ("FP/2026/130", "Medium Term Financial Strategy 2027-2031", "Cabinet", "10 Feb 2027"),
        ("FP/2026/131", "Revenue Budget and Council Tax 2027/28", "Council", "25 Feb 2027"),
        ("FP/2026/132", "Capital Strategy and Treasury Management Strategy 2027/28", "Council", "25 Feb 2027"),
        ("FP/2026/133", "LHDL: response to the independent review", "Cabinet", "10 Feb 2027"),
        ("FP/2026/134", "Housing Revenue Account Business Plan and rents 2027/28", "Cabinet", "10 Feb 2027"),
        ("FP/2026/136", "Larchmere Lido: future options", "Cabinet", "10 Mar 2027"),
        ("FP/2026/137", "Home to school transport: contract awards", "Director", "Mar 2027"),
        ("FP/2026/138", "Waste collection vehicles: procurement", "Cabinet Member", "Mar 2027"),
    ]
    pk.table([["Ref", "Decision", "Decision-maker", "Date"]] + [list(f) for f in fp], [2.6, 8.4, 3, 2.6])
    p("Documents submitted to the decision-maker will be available five clear working days before the "
      "decision. Representations may be made to Democratic Services.", "small")

    pk.blank_page()

    # ------------------------------------------------------------------ item 10 exempt
    pk.new_page()
    pk.start_item("14", AGENDA[13][1])
    pk.start_paper("ex")
    heading(pk, "14", "Larchmere Harbourside Developments Ltd: Shareholder Matters")
    pk.sp(2)
    p("<b>NOT FOR PUBLICATION</b>", "center")
    pk.sp(0.5)
    p("By virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.", "center")
    pk.sp(0.5)
    p("Document is Restricted", "center")
    pk.new_page()
    pk.sp(4)
    p("<b>Item 14 – Appendix 1</b>", "center")
    pk.sp(0.5)
    p("NOT FOR PUBLICATION", "center")
    p("By virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.", "center")
    pk.sp(0.5)
    p("Document is Restricted", "center")
