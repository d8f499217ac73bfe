"""Full Council pack, 19 November 2026, in the modern.gov house style."""

AGENDA = [
    ("1", "Apologies for Absence"),
    ("2", "Declarations of Interest"),
    ("3", "Minutes of the Previous Meeting"),
    ("4", "Announcements from the Lord Mayor, the Leader or the Chief Executive"),
    ("5", "Public Questions"),
    ("6", "Petition: Save Larchmere Lido"),
    ("7", "Best Value Inspection: Response to the Inspectors' Report"),
    ("8", "Treasury Management Mid-Year Review 2026/27"),
    ("9", "Notice of Motion: Best Value Inspection"),
    ("10", "Amendment to the Notice of Motion at Item 9"),
    ("11", "Audit and Governance Committee: Annual Report 2025/26"),
    ("12", "Appointments to Committees"),
    ("13", "Questions from Members"),
]

DESCR = {
    "3": "To approve as a correct record the minutes of the meeting held on 24 September 2026.",
    "5": "To receive questions from members of the public in accordance with Council Procedure Rule 11.",
    "6": "To receive a petition, with officer comments, in accordance with the Council's Petition Scheme.",
    "7": "Report of the Chief Executive.",
    "8": "Report of the Interim Director of Finance (Section 151 Officer).",
    "9": "To consider the following motion submitted by Councillor G. Treloar and seconded by Councillor A. Rowe.",
    "10": "To consider an amendment to the motion at item 9, moved by Councillor P. Nankivell and seconded by Councillor S. Jewell.",
    "11": "Report of the Chair of the Audit and Governance Committee.",
    "12": "Report of the Director of Legal and Democratic Services (Monitoring Officer).",
    "13": "To receive questions from members in accordance with Council Procedure Rule 12, with the written answers.",
}


def build(pk):
    pk.agenda = AGENDA
    q, nq, p = pk.q, pk.nq, pk.p
    # ------------------------------------------------------------------ summons
    pk.sp(1)
    p("<b>Larchmere City Council</b>", "title")
    p("Civic Centre, Harbour Road, Larchmere LM1 2QT")
    pk.sp(1)
    p("<b>Meeting:</b> Council")
    p("<b>Date:</b> Thursday, 19th November, 2026")
    p("<b>Time:</b> 6.00 pm")
    p("<b>Venue:</b> Council Chamber, Civic Centre, Larchmere")
    pk.sp(0.8)
    p("To all Members of the Council")
    p("You are hereby summoned to attend a meeting of the Council to be held at the time and place "
      "stated above, to transact the business set out in the agenda below.")
    pk.sp(0.5)
    p("Director of Legal and Democratic Services<br/>11 November 2026")
    pk.sp(1.2)
    p("<b>Enquiries to:</b> Democratic Services, tel. 01632 960410, "
      "democratic.services@larchmere.gov.uk", "small")
    p("This meeting will be webcast live and the recording will be available on the Council's "
      "website for six months. Members of the public attending the meeting may be filmed.", "small")
    p("Information about the Council's decision-making process and how to attend or speak at meetings "
      "is available on the Council's website. Large print copies of this agenda are available on request.",
      "small")
    pk.new_page()
    # ------------------------------------------------------------------ agenda
    p("<b>AGENDA</b>", "h1")
    for num, title in AGENDA:
        rng = pk.item_range(num) if num in DESCR else ""
        p(f"<b>{num}.</b>  <b>{title}</b>  {rng}")
        if num in DESCR:
            p(DESCR[num], "indent")
        elif num == "1":
            p("To receive apologies for absence.", "indent")
        elif num == "2":
            p("Members are reminded to declare any disclosable pecuniary interests, other registrable "
              "interests or non-registrable interests in any item on the agenda.", "indent")
        elif num == "4":
            p("To receive any announcements.", "indent")
    pk.sp(0.4)
    p("<i>Please note: item 7 and items 9 and 10 will be taken together for the purposes of debate. "
      "The Lord Mayor has agreed to vary the order of business under Council Procedure Rule 4.2.</i>",
      "small")
    pk.new_page()
    p("<b>Membership of the Council</b>", "h2")
    p("The Lord Mayor (Councillor M. Carveth), the Deputy Lord Mayor (Councillor T. Polglase) and "
      "Councillors Angove, Bassett, Berryman, Bolitho, Bray, Chegwidden, Curnow, Dunstan, Eddy, Geach, "
      "Glanville, Hambly, Hawke, Hicks, Hocking, Hosken, Jago, Jewell, Keast, Kitto, Laity, Lander, Lanyon, "
      "Liddicoat, Lobb, Mably, Martyn, Menhenick, Nancarrow, Nankivell, Odgers, Oates, Pascoe, Penhallow, "
      "Penrose, Pethick, Prideaux, Quiller, Retallack, Roskilly, Rowe, Rowse, Rundle, Sandercock, Scoble, "
      "Skewes, Spargo, Stephens, Thomas, Tonkin, Trebilcock, Tregear, Treloar, Trewin and Vosper.", "small")
    p("<b>Public speaking</b>", "h2")
    p("Members of the public may ask a question of the Leader or a Cabinet Member at an ordinary meeting "
      "of the Council. Questions must be received by Democratic Services no later than 12 noon seven "
      "clear working days before the meeting. A questioner may ask one supplementary question, which "
      "must arise from the reply. Questions and written replies are published in the agenda or in a "
      "supplement to it.", "small")
    p("<b>Recording of meetings</b>", "h2")
    p("The Council supports the principle of openness and transparency. Members of the press and public "
      "may film, photograph or record this meeting provided they do not disrupt it. The Lord Mayor may "
      "ask for recording to stop if it becomes disruptive.", "small")
    pk.new_page()

    # ------------------------------------------------------------------ item 3 minutes
    pk.start_item("3", AGENDA[2][1])
    pk.start_paper("minutes")
    p("Agenda Item 3", "banner")
    p("<b>LARCHMERE CITY COUNCIL</b>", "h1")
    p("<b>MINUTES of a meeting of the COUNCIL held in the Council Chamber, Civic Centre, Larchmere "
      "on Thursday, 24 September 2026 at 6.00 pm</b>")
    p("<b>Present:</b> The Lord Mayor (Councillor M. Carveth) (in the Chair); Councillors Angove, Bassett, "
      "Berryman, Bolitho, Bray, Chegwidden, Curnow, Dunstan, Eddy, Geach, Glanville, Hambly, Hawke, Hicks, "
      "Hocking, Hosken, Jago, Jewell, Keast, Kitto, Laity, Lander, Lanyon, Liddicoat, Lobb, Mably, Martyn, "
      "Nancarrow, Nankivell, Odgers, Oates, Pascoe, Penhallow, Penrose, Pethick, Polglase, Prideaux, "
      "Retallack, Roskilly, Rowe, Rundle, Sandercock, Scoble, Skewes, Spargo, Stephens, Thomas, Tonkin, "
      "Trebilcock, Treloar, Trewin and Vosper.", "small")
    p("<b>Officers:</b> Chief Executive; Interim Director of Finance (Section 151 Officer); Director of "
      "Legal and Democratic Services (Monitoring Officer); Director of Place; Democratic Services Manager.",
      "small")
    p("<b>41. APOLOGIES FOR ABSENCE</b>", "h2")
    p("Apologies for absence were received from Councillors Menhenick, Quiller, Rowse and Tregear.")
    p("<b>42. DECLARATIONS OF INTEREST</b>", "h2")
    p("Councillor Hosken declared a non-registrable interest in minute 47 (Larchmere Lido) as a trustee of "
      "the Larchmere Swimming Club and took no part in the debate or vote on that item. Councillor Lobb "
      "declared an other registrable interest in minute 46 as a director of a housing association "
      "operating in the city.")
    p("<b>43. MINUTES</b>", "h2")
    p("RESOLVED that the minutes of the meeting held on 16 July 2026 be approved as a correct record and "
      "signed by the Lord Mayor.")
    p("<b>44. ANNOUNCEMENTS</b>", "h2")
    p("The Lord Mayor congratulated the Larchmere Harbour Festival team on a record attendance of over "
      "38,000 visitors and thanked the Council's events and cleansing staff.")
    p("The Chief Executive informed the Council that the Best Value inspection team had completed its "
      "fieldwork in June and that the Council expected to receive the inspectors' report in October. She "
      "reminded members that the draft report had been shared with the Council for factual accuracy "
      "checking only and that its contents remained confidential until publication by the Secretary of "
      "State. Members would be briefed as soon as the report was published.")
    p("<b>45. PUBLIC QUESTIONS</b>", "h2")
    p("Four questions had been received from members of the public. The questions, the written replies "
      "and the supplementary questions and answers are recorded in the appendix to these minutes, "
      "published on the Council's website.")
    p("<b>46. LARCHMERE LOCAL PLAN: REVISED LOCAL DEVELOPMENT SCHEME</b>", "h2")
    p("The Cabinet Member for Planning and Housing (Councillor Spargo) introduced the report, which sought "
      "approval of a revised Local Development Scheme setting out the timetable for the review of the "
      "Larchmere Local Plan. She reminded members that the National Planning Policy Framework required "
      "local planning authorities to support the Government's objective of "
      + nq("significantly boosting the supply of homes",
           "National Planning Policy Framework (December 2024), paragraph 61: not a source.")
      + " and that the Council's housing requirement had risen from 742 to 1,096 homes a year under the "
      "standard method.")
    p("Councillor Treloar asked why the timetable had slipped by a further nine months. Councillor Spargo "
      "replied that the evidence base on flood risk and the Harbourside allocations had needed to be "
      "refreshed. Councillor Nankivell asked that the Planning Policy Working Group be given sight of the "
      "draft policies before consultation; the Director of Place agreed to arrange this.")
    p("RESOLVED (42 for, 9 against, 2 abstentions) that the revised Local Development Scheme, attached "
      "at Appendix A to the report, be approved and brought into effect from 1 October 2026.")
    p("<b>47. PETITION: LARCHMERE LIDO</b>", "h2")
    p("The Lord Mayor reported that a petition concerning the future of Larchmere Lido had reached the "
      "threshold for debate and would be presented to the next ordinary meeting of the Council.")
    p("<b>48. CORPORATE PLAN 2023-2027: ANNUAL PERFORMANCE REPORT</b>", "h2")
    p("The Leader of the Council (Councillor Penhallow) presented the annual performance report. She said "
      "that the Corporate Plan's ambition of "
      + nq("a fairer, greener Larchmere where everyone has the chance to thrive",
           "the Council's own Corporate Plan 2023-2027 vision statement: not a source.")
      + " remained the right one, and drew attention to the 14 of 23 indicators rated green. Councillor "
      "Rowe noted that the indicators for temporary accommodation and for the time taken to process "
      "housing benefit claims had been red for eight successive quarters and asked what the administration "
      "intended to do about them. The Leader said that a housing recovery plan would be presented to "
      "Cabinet in the new year.")
    p("RESOLVED that the annual performance report be noted.")
    p("<b>49. MEMBERS' QUESTIONS</b>", "h2")
    p("Eleven questions had been submitted by members under Council Procedure Rule 12. The questions and "
      "the answers given are published as a supplement to these minutes. The time allowed for questions "
      "expired after the eighth question; the remaining questions received written answers.")
    p("<b>50. APPOINTMENTS TO OUTSIDE BODIES</b>", "h2")
    p("RESOLVED that Councillor Keast be appointed to the Larchmere Harbour Board in place of Councillor "
      "Odgers, and that Councillor Laity be appointed to the South West Councils' Flood Resilience Forum, "
      "in each case until the annual meeting of the Council in May 2027.")
    p("The meeting ended at 8.47 pm.")
    pk.sp(0.5)
    p("LORD MAYOR")
    pk.end_paper()
    pk.blank_page()

    # ------------------------------------------------------------------ item 5 public questions
    pk.new_page()
    pk.start_item("5", AGENDA[4][1])
    pk.start_paper("pq")
    p("Agenda Item 5", "banner")
    p("<b>COUNCIL – 19 NOVEMBER 2026</b>", "h1")
    p("<b>PUBLIC QUESTIONS</b>", "h2")
    p("Five questions have been received from members of the public in accordance with Council Procedure "
      "Rule 11. The questions are set out below as submitted, with the written replies of the Leader or the "
      "relevant Cabinet Member. Each questioner may ask one supplementary question at the meeting.",
      "small")
    p("<b>Question 1 from Mrs J. Trebilcock, Old Town</b>", "h2")
    p("Paragraph 7.1.2 of the inspection report says the business case for the £18.5m loan to the "
      "Harbourside company "
      + q("was not independently reviewed before the decision", ["verbatim"], ["correct"], "7.1.2",
          cited=["7.1.2"], marks='""', note="Words of 7.1.2 as written; paragraph named correctly.")
      + ". Who decided that no independent review was needed, and will the Council publish the advice it "
        "was given at the time?")
    p("<b>Reply from the Leader of the Council, Councillor R. Penhallow</b>")
    p("I thank Mrs Trebilcock for her question. The decision was taken by Cabinet on the advice available "
      "to it at the time. The Council accepts that an independent review should have been commissioned. "
      "As the inspectors themselves acknowledge, "
      + q("We have seen no evidence of personal gain.", ["verbatim"], ["missing"], "1.1.4",
          note="A sentence of 1.1.4, quoted without any paragraph or page.")
      + " The advice given to Cabinet in June 2024 has now been published on the Council's website with "
        "the exempt financial appendix, redacted only where the company's commercial interests require it.")
    p("<b>Question 2 from Mr D. Pascoe, St Piran's</b>", "h2")
    p("The inspectors say that "
      + q("nearly half of staff are afraid to speak up", ["paraphrase"], ["correct"], "3.3.1",
          pages=[8], marks='""', kind="reworded figure",
          source_text="47% said they would not feel safe to speak up about a concern at work",
          note="Sense of 3.3.1 (47% would not feel safe to speak up) in other words; 3.3.1 is on report page 8.")
      + " (page 8). With the Council about to set another budget of cuts, how can residents have any "
        "confidence in the figures when the staff who prepare them do not feel able to say when something is "
        "wrong?")
    p("<b>Reply from the Cabinet Member for Resources, Councillor K. Scoble</b>")
    p("The Council takes the staff survey results very seriously and a programme of cultural change is "
      "being developed with the trade unions. On the budget, the report is clear that the Council's position "
      "is "
      + q("serious but not yet beyond recovery", ["verbatim"], ["correct"], "1.1.3", cited=["1.1.3"],
          note="Run of 1.1.3.")
      + " (para 1.1.3), and the inspectors noted that "
      + q("budget monitoring has improved", ["verbatim"], ["correct"], "6.2.4", cited=["6.2.4"],
          note="Opening words of 6.2.4, capital changed.")
      + " (para 6.2.4). The interim Section 151 officer has assured Cabinet, and the inspectors accepted, "
        "that the Council "
      + q("has a credible plan to close the gap", ["out_of_context"], ["missing"], "6.2.3",
          source_text="The interim Section 151 officer told us that the council 'has a credible plan to close the gap'",
          context_dropped="We do not share that view", kind="attribution and denial dropped",
          note="The officer's claim, which 6.2.3 reports and the inspectors reject, presented as accepted by them; no citation.")
      + ". The 2027/28 budget will be presented to Council in February with a full statement from the "
        "Section 151 officer on the robustness of the estimates.")
    p("<b>Question 3 from Ms K. Rowse, Friends of Larchmere Lido</b>", "h2")
    p("The inspectors found that the leisure contract "
      + q("has not been reviewed since 2019 and is poorly managed", ["misquote"], ["correct"], "7.2.3",
          cited=["7.2.3"], marks='""', kind="words added",
          source_text="The arrangements for the leisure contract, by contrast, have not been reviewed since 2019",
          note="7.2.3 says only that the arrangements have not been reviewed since 2019; 'and is poorly managed' is added.")
      + " (paragraph 7.2.3). Will the Council now bring the Lido back in-house rather than close it?")
    p("<b>Reply from the Cabinet Member for Communities, Councillor L. Bray</b>")
    p("The leisure contract will be reviewed as part of the Council's response to Recommendation R8 and "
      "the Lido's future will be considered alongside the petition at item 6. I would point out that the "
      "same report praises our highways contract, which it describes as "
      + q("a model of good practice", ["not_found"], ["missing"], None,
          kind="invented praise",
          note="7.2.3 calls the highways contract 'well managed'; the phrase is not in either source.")
      + ", and we intend to apply the lessons from it to our other contracts.")
    p("<b>Question 4 from Mr R. Hocking, Harbourside Residents' Association</b>", "h2")
    p("The Secretary of State's letter says the intervention "
      + q("is intended to support the council, not to replace it", ["verbatim"], ["correct"], "5",
          source="letter", document="letter", marks='""',
          note="Letter paragraph 5 word for word; the letter is named.")
      + ". Will residents of the Harbourside, who were promised 420 new homes, have any say in the "
        "commissioners' work on the company?")
    p("<b>Reply from the Leader of the Council, Councillor R. Penhallow</b>")
    p("Yes. I have asked that the commissioners meet the residents' associations in their first month. "
      "I would add that some of the criticism of this administration has not been fair. Even the inspectors "
      "found that some members had "
      + q("no interest in anything but headlines", ["out_of_context"], ["correct"], "3.1.3", cited=["3.1.3"],
          source_text="The administration told us that the opposition had 'no interest in anything but headlines'",
          context_dropped="Neither characterisation is fair to the many members who work constructively across groups in committee",
          kind="attribution dropped",
          note="The administration's own remark, which 3.1.3 reports and calls unfair, presented as the inspectors' finding.")
      + " (paragraph 3.1.3).")
    p("<b>Question 5 from Mrs A. Liddicoat, Penwith Road</b>", "h2")
    p("When will the Council publish the timetable for the improvement and recovery plan, and will it be "
      "consulted on before it is agreed?")
    p("<b>Reply from the Leader of the Council, Councillor R. Penhallow</b>")
    p("The Council must prepare the plan within six months of the commissioners' appointment. A draft will "
      "be considered by Cabinet in December and there will be an opportunity for residents and partners to "
      "comment on it before it is finalised.")
    pk.end_paper()

    pk.blank_page()

    # ------------------------------------------------------------------ item 6 petition
    pk.new_page()
    pk.start_item("6", AGENDA[5][1])
    pk.start_paper("petition")
    p("Agenda Item 6", "banner")
    p("<b>COUNCIL – 19 NOVEMBER 2026</b>", "h1")
    p("<b>PETITION: SAVE LARCHMERE LIDO</b>", "h2")
    p("<b>Lead petitioner:</b> Ms K. Rowse, on behalf of the Friends of Larchmere Lido")
    p("<b>Number of valid signatures:</b> 4,212 (2,960 paper, 1,252 e-petition)")
    p("<b>1. The petition</b>", "h2")
    p("The petition reads:")
    p(nq("We the undersigned call on Larchmere City Council to keep Larchmere Lido open for the summer 2027 "
         "season and beyond, and to publish the condition survey of the pool before any decision is taken.",
         "the residents' petition: not a source."), "indent")
    p("<b>2. The Petition Scheme</b>", "h2")
    p("The Council's Petition Scheme provides that "
      + nq("petitions with more than 1,500 signatures will be debated by full council",
           "the Council's Petition Scheme: not a source.")
      + ". The lead petitioner will have five minutes to present the petition, after which the relevant "
        "Cabinet Member will respond and the Council will debate it for up to 15 minutes.")
    p("<b>3. Officer comments</b>", "h2")
    p("Larchmere Lido is a Grade II listed open-air pool built in 1936. It is operated under the Council's "
      "leisure contract, which runs until March 2029. The pool did not open for the 2026 season after "
      "a structural survey identified defects in the pool tank and the plant room. The estimated cost of "
      "repairs is between £2.4 million and £3.1 million. No budget provision has been made for these works "
      "in the current capital programme.")
    p("The condition survey was commissioned by the leisure operator and is commercially sensitive in "
      "part. Officers are discussing with the operator which parts can be published.")
    p("<b>4. Options open to the Council</b>", "h2")
    p("The Council may (a) take the action the petition requests; (b) refer the petition to Cabinet for "
      "consideration when it considers the leisure contract review; (c) note the petition and take no "
      "further action; or (d) take such other action as it considers appropriate. Officers recommend "
      "option (b).")
    p("<b>Contact officer:</b> Head of Leisure and Culture, leisure@larchmere.gov.uk", "small")
    pk.end_paper()

    pk.blank_page()

    # ------------------------------------------------------------------ item 7 officers' report
    pk.new_page()
    pk.start_item("7", AGENDA[6][1])
    pk.start_paper("cex")
    pk.paper_footers["cex"] = "Council, 19 November 2026 – Best Value Inspection"
    p("Agenda Item 7", "banner")
    pk.table([["<b>Report to:</b>", "Council"],
              ["<b>Date:</b>", "19 November 2026"],
              ["<b>Title:</b>", "Best Value Inspection: Response to the Inspectors' Report"],
              ["<b>Report of:</b>", "Chief Executive"],
              ["<b>Cabinet Member:</b>", "Leader of the Council"],
              ["<b>Wards affected:</b>", "All"],
              ["<b>Key decision:</b>", "No"],
              ["<b>Exempt information:</b>", "None"]], [4.5, 12], header=False)
    p("<b>1. Purpose of the report</b>", "h2")
    p("1.1 To inform the Council of the findings of the Best Value inspection of the Council published "
      "by the Secretary of State on 15 October 2026, of the Secretary of State's proposals for intervention, "
      "and of the Council's response to date; and to seek the Council's agreement to the representations "
      "to be made to the Secretary of State.")
    p("<b>2. Recommendations</b>", "h2")
    p("2.1 That the Council:")
    p("(a) notes the report of the Best Value inspection and the letter from the Secretary of State of 15 "
      "October 2026;", "indent")
    p("(b) accepts the inspectors' findings and the ten recommendations in the report;", "indent")
    p("(c) endorses the representations made by the Chief Executive on 4 November 2026, set out at "
      "Appendix 2, and agrees that no further representations be made;", "indent")
    p("(d) notes the progress made against the recommendations, set out at Appendix 1; and", "indent")
    p("(e) agrees that a report on the improvement and recovery plan be brought to each ordinary meeting "
      "of the Council until further notice.", "indent")
    p("<b>3. Background</b>", "h2")
    p("3.1 On 3 March 2026 the Secretary of State appointed an inspection team to carry out a Best Value "
      "inspection of the Council. The Council is a best value authority under the Local Government Act "
      "1999 and is under a duty, under section 3 of that Act, to "
      + nq("make arrangements to secure continuous improvement in the way in which its functions are "
           "exercised, having regard to a combination of economy, efficiency and effectiveness",
           "Local Government Act 1999, section 3(1): statute, not one of the sources.")
      + ".")
    p("3.2 The inspection team was on site between March and June 2026. It interviewed members, officers "
      "and partners, ran a confidential staff survey and reviewed documents supplied by the Council. The "
      "Council co-operated fully with the inspection and provided every document requested.")
    p("3.3 The draft report was shared with the Council for factual accuracy checking in September 2026. "
      "The Council submitted 46 factual accuracy comments, of which 31 were accepted in whole or in part.")
    p("<b>4. The inspectors' findings</b>", "h2")
    p("4.1 The inspectors concluded that the Council "
      + q("is failing to comply with its Best Value duty in respect of leadership, governance, culture and "
          "financial management", ["verbatim"], ["correct"], "1.1.1", cited=["1.1.1"],
          note="Conclusion of 1.1.1 word for word; repeated in the motion at item 9 and the amendment at item 10.")
      + " (paragraph 1.1.1). The report describes a pattern of decisions taken without adequate information, "
        "advice and scrutiny. It also recognises that "
      + q("many of the individuals we met are committed to Larchmere and to its residents", ["verbatim"],
          ["correct"], "1.1.2", cited=["1.1.2"], note="Run of 1.1.2, capital changed.")
      + " (paragraph 1.1.2).")
    p("4.2 The report acknowledges the steps taken since September 2025, noting that "
      + q("the Chief Executive … has commissioned a review of the constitution and a new performance "
          "framework", ["minor"], ["correct"], "1.2.1", cited=["1.2.1"], kind="ellipsis",
          source_text="The Chief Executive, appointed in September 2025, has commissioned a review of the constitution and a new performance framework",
          note="An ellipsis marks the omitted 'appointed in September 2025'; meaning unchanged.")
      + " (paragraph 1.2.1). It concludes, however, that the Council does not yet have the capacity to make "
        "the changes required without external support.")
    p("4.3 On leadership and culture, the report is critical of the way in which decisions were prepared "
      "and taken. One cabinet member told the inspectors that "
      + q("the Cabinet meeting is where we announce things, not where we decide them", ["verbatim"],
          ["correct"], "3.1.2", cited=["3.1.2"], kind="attribution kept",
          note="Control: the cabinet member's words, attributed to the cabinet member as in 3.1.2.")
      + " (paragraph 3.1.2), a description the inspectors found to be accurate for the decisions they "
        "examined. The staff survey found low confidence in senior leadership and a reluctance to raise "
        "concerns.")
    p("4.4 On governance, the report finds that the constitution is out of date, that the urgency "
      "procedure was used too often, and that the Forward Plan is not a reliable guide to forthcoming "
      "decisions. On scrutiny and audit, it finds that scrutiny is under-resourced and that the Audit and "
      "Governance Committee has not been effective. The external auditor's annual report for 2024/25 had "
      "already raised concerns about "
      + q("the council's oversight of its companies", ["verbatim"], ["unverifiable"], "5.2.2",
          cited=[], document="other", kind="other document cited", strict=False,
          note="The words are in 5.2.2, but the sentence gives them to the external auditor's annual report, which is not a source.")
      + " (External Auditor's Annual Report 2024/25).")
    p("4.5 On finance, the report finds that the Council's reserves have fallen sharply, that savings "
      "have not been delivered in full, and that the medium term financial strategy is not credible "
      "unless specific savings are identified for the later years. On commercial activity, it finds that "
      "the Council has not been an effective shareholder of Larchmere Harbourside Developments Ltd.")
    p("4.6 The report is more positive about some services. It describes the Council's adult social "
      "care as "
      + q("among the best in the South West", ["not_found"], ["wrong"], None, cited=["8.2.2"],
          kind="invented praise",
          note="8.2.2 calls adult social care 'a relative strength'; no comparison with the South West is made anywhere.")
      + " (paragraph 8.2.2) and notes that children's services have a credible improvement plan.")
    p("<b>5. The Secretary of State's proposals</b>", "h2")
    p("5.1 In his letter of 15 October 2026 the Secretary of State said that he was "
      + q("minded to exercise my powers under section 15 of the Local Government Act 1999 to give "
          "directions to the council and to appoint commissioners", ["verbatim"], ["correct"], "3",
          source="letter", document="letter",
          note="Letter paragraph 3 word for word; the letter is named by its date.")
      + ". He proposes three commissioners, for three years, with functions relating to statutory officer "
        "appointments, financial management and the Council's oversight of the company.")
    p("5.2 The Council was invited to make "
      + q("representations on these proposals by 5 November 2026", ["verbatim"], ["correct"], "6",
          source="letter", document="letter", note="Letter paragraph 6 word for word.")
      + ". The Chief Executive, after consulting the group leaders, made representations on 4 November "
        "2026. These are set out at Appendix 2. In summary, the Council accepts the need for intervention, "
        "asks that the commissioners' functions be kept under review, and asks that the arrangements for "
        "the company be settled quickly so that the sale of completed homes is not delayed.")
    p("<b>6. Progress against the recommendations</b>", "h2")
    p("6.1 Appendix 1 sets out each of the inspectors' ten recommendations, the lead officer, progress "
      "to date and an assessment of status. Of the ten, two are rated green, six amber and two red. The "
      "constitution review (R1) will be presented to the Council in January 2027. The independent review "
      "of the company (R7) has been commissioned and will report in February 2027.")
    p("<b>7. Financial implications</b>", "h2")
    p("7.1 The costs of intervention, including the commissioners' fees and expenses, fall to the Council. "
      "Based on recent interventions elsewhere, these are estimated at £650,000 to £800,000 a year. A "
      "further £1.2 million has been set aside for improvement capacity in 2026/27, funded from the "
      "transformation reserve. These costs will be reflected in the revised medium term financial strategy.")
    p("<b>8. Legal implications</b>", "h2")
    p("8.1 Section 10 of the Local Government Act 1999 allows the Secretary of State to appoint a person "
      "to carry out an inspection of a best value authority's compliance with the requirements of Part 1 "
      "of the Act. Section 15 allows the Secretary of State, where satisfied that an authority is failing "
      "to comply with those requirements, to direct the authority to take any action which he considers "
      "necessary or expedient to secure its compliance, and to direct that specified functions be "
      "exercised by the Secretary of State or a person nominated by him.")
    p("8.2 The Council has a duty to comply with any directions given. Failure to do so may lead to "
      "further directions or to enforcement by mandatory order.")
    p("<b>9. Risk management</b>", "h2")
    p("9.1 The principal risks are that the improvement and recovery plan is not delivered at the pace "
      "required, that the Council's financial position deteriorates further, and that the capacity of "
      "the organisation is absorbed by the intervention at the expense of services. These risks are "
      "recorded on the corporate risk register and will be reviewed monthly by the Corporate Leadership "
      "Team.")
    p("<b>10. Equalities implications</b>", "h2")
    p("10.1 There are no direct equalities implications arising from this report. Equality impact "
      "assessments will be carried out for individual actions in the improvement and recovery plan.")
    p("<b>Background papers:</b> Best Value Inspection of Larchmere City Council (October 2026); Letter "
      "from the Secretary of State to the Chief Executive, 15 October 2026.", "small")
    p("<b>Contact officer:</b> Head of Policy and Performance, policy@larchmere.gov.uk", "small")
    pk.end_paper()

    # appendix 1: table
    pk.new_page()
    pk.start_paper("app1")
    pk.paper_footers["app1"] = "Appendix 1 – Recommendations and progress"
    p("<b>Appendix 1: The inspectors' recommendations and progress to date</b>", "h1")
    p("Status: G = complete or on track; A = under way, some risk to timetable; R = not started or "
      "significantly off track. Position at 6 November 2026.", "small")
    rows = [["Ref", "Inspectors' recommendation (extract)", "Lead", "Progress to date", "Status"]]

    def tq(text, verdict, section, source_text=None, kind="exact", note="", strict=True, cited=None):
        return q(text, verdict, ["correct"], section, cited=cited or [section], source_text=source_text,
                 kind=kind + ", table cell", strict=strict, note=note)

    rows.append(["R1", "Council to " + tq("agree and publish, within three months, a revised constitution",
                 ["verbatim"], "R1", note="Run of R1 in the cell of row R1."),
                 "Monitoring Officer", "Cross-party working group established; first draft of scheme of "
                 "delegation complete. Report to Council January 2027, outside the three-month window.", "A"])
    rows.append(["R2", "Each key decision report " + tq("sets out the options considered and the advice of "
                 "the statutory officers", ["verbatim"], "R2", note="Run of R2."),
                 "Monitoring Officer / S151", "New report template in use from 1 November 2026; statutory "
                 "officer sign-off now mandatory.", "G"])
    rows.append(["R3", tq("restrict the use of the urgency procedure to genuine cases of urgency",
                 ["verbatim"], "R3", note="Run of R3."), "Monitoring Officer",
                 "Urgency decisions to be reported to each Council meeting. None taken since 1 October.", "G"])
    rows.append(["R4", "Provide scrutiny with the resources it needs, including "
                 + tq("at least two dedicated scrutiny officers", ["misquote"], "R4",
                      source_text="including at least three dedicated scrutiny officers",
                      kind="number changed", note="R4 asks for at least three dedicated scrutiny officers, not two."),
                 "Director of Legal and Democratic Services", "One additional post recruited; second post "
                 "out to advert. Growth bid for 2027/28.", "A"])
    rows.append(["R5", tq("appoint at least two independent members to the Audit and Governance Committee",
                 ["verbatim"], "R5", note="Run of R5."), "Monitoring Officer",
                 "Recruitment launched 2 November 2026; closing date 30 November.", "A"])
    rows.append(["R6", "Credible MTFS and " + tq("rebuild its general fund reserve to at least 5% of its net "
                 "revenue budget", ["verbatim"], "R6", note="Run of R6."), "Interim S151 Officer",
                 "Revised MTFS to Cabinet February 2027. Reserve rebuild requires £5.5m over three years; "
                 "no funding yet identified.", "R"])
    rows.append(["R7", tq("commission an independent review of [LHDL], including its business plan, its loans "
                 "and the council's shareholder arrangements", ["minor"], "R7",
                 source_text="commission an independent review of Larchmere Harbourside Developments Ltd, including its business plan, its loans and the council's shareholder arrangements",
                 kind="bracketed abbreviation", note="The company's name replaced by [LHDL] in brackets; meaning unchanged."),
                 "Chief Executive", "Review commissioned from an independent adviser; terms of reference "
                 "agreed with MHCLG. Report due February 2027.", "A"])
    rows.append(["R8", "Update the contract register and " + tq("report all waivers … to the Audit and "
                 "Governance Committee", ["minor"], "R8",
                 source_text="report all waivers of the contract procedure rules to the Audit and Governance Committee",
                 kind="ellipsis", note="Ellipsis marks the omitted 'of the contract procedure rules'."),
                 "Head of Procurement", "Register 70% validated. Waivers reported quarterly from December "
                 "2026.", "A"])
    rows.append(["R9", "Develop " + tq("a programme of cultural change that includes a refreshed "
                 "whistleblowing policy", ["verbatim"], "R9", note="Run of R9."),
                 "Director of People", "Staff engagement sessions held in October; whistleblowing policy "
                 "out to consultation with trade unions.", "A"])
    rows.append(["R10", "Improvement and recovery plan with " + tq("measurable outcomes and named owners",
                 ["verbatim"], "R10", note="Run of R10."), "Chief Executive",
                 "Not started: awaits appointment of commissioners.", "R"])
    pk.table(rows, [1.1, 5.6, 2.9, 5.6, 1.4])
    p("Note: extracts from the recommendations are quoted from the Summary of recommendations in the "
      "inspectors' report. The full text of each recommendation is set out in the report.", "small")
    pk.end_paper()

    # appendix 2: representations
    pk.new_page()
    pk.start_paper("app2")
    pk.paper_footers["app2"] = "Appendix 2 – Representations to the Secretary of State"
    p("<b>Appendix 2: Representations made to the Secretary of State, 4 November 2026</b>", "h1")
    p("Dear Secretary of State,")
    p("Thank you for your letter of 15 October 2026 about the Best Value inspection of Larchmere City "
      "Council. I write, after consulting the leaders of all the political groups on the Council, to set "
      "out the Council's representations on your proposals.")
    p("The Council accepts the inspectors' findings and the need for intervention. Members of all groups "
      "have been clear that they want the Council to improve, and that they will work with the "
      "commissioners to that end. We do not seek to resist the directions you propose.")
    p("We ask, first, that the commissioners' functions be kept under review, so that powers can be "
      "returned to the Council as it demonstrates improvement. Secondly, we ask that the arrangements for "
      "the Council's oversight of Larchmere Harbourside Developments Ltd be settled quickly: 88 homes are "
      "complete or nearly complete, and any delay to their sale will add to the Council's financial "
      "exposure. Thirdly, we ask that the commissioners' costs be kept proportionate and that the "
      "Department consider whether any contribution can be made towards them.")
    p("The Council has already begun to act on the inspectors' recommendations. A new report template "
      "has been introduced, the urgency procedure has not been used since 1 October, and the independent "
      "review of the company has been commissioned. A full statement of progress will be presented to "
      "the Council on 19 November.")
    p("I would welcome the opportunity to meet you or your officials to discuss these representations.")
    p("Yours sincerely,")
    p("Chief Executive<br/>Larchmere City Council")
    pk.end_paper()

    # appendix 3: findings by theme
    pk.new_page()
    pk.start_paper("app3")
    pk.paper_footers["app3"] = "Appendix 3 – Summary of findings by theme"
    p("<b>Appendix 3: Summary of the inspectors' findings by theme</b>", "h1")
    p("This appendix summarises the main findings of the report for members' convenience. It is not a "
      "substitute for the report itself, which members are encouraged to read in full.", "small")
    p("<b>Leadership</b>", "h2")
    p("The report notes that "
      + q("The council has had four chief executives, two of them interim, since April 2021", ["verbatim"],
          ["correct"], "3.2.1", cited=["3.2.1"], note="Sentence of 3.2.1.")
      + " (paragraph 3.2.1), and that "
      + q("The post of Section 151 officer has been filled on an interim basis for 19 of the last 36 months",
          ["verbatim"], ["correct"], "3.2.1", pages=[7], kind="page cited",
          note="Sentence of 3.2.1, which is on page 7 of the report.")
      + " (p. 7). Three of the eight director posts were filled by interim or acting appointments at the "
        "time of the inspection.")
    p("<b>Decision-making</b>", "h2")
    p("Of the 42 key decisions examined, the inspectors found that "
      + q("In 17 of them the report to the decision-maker did not set out the alternative options considered",
          ["verbatim"], ["correct"], "4.2.1", cited=["4.2.1"], note="Run of 4.2.1.")
      + " (paragraph 4.2.1). "
      + q("Of the key decisions taken in 2025, 38% did not appear on the Forward Plan", ["verbatim"],
          ["correct"], "4.2.3", cited=["4.2.3"], note="Run of 4.2.3.")
      + " (paragraph 4.2.3). "
      + q("The Standards Committee received 64 complaints in 2024/25, more than double the 29 it received in "
          "2022/23", ["verbatim"], ["correct"], "4.3.2", cited=["4.3.2"], note="Run of 4.3.2.")
      + " (paragraph 4.3.2).")
    p("<b>Audit</b>", "h2")
    p("The report records that "
      + q("Internal audit issued 14 limited or no assurance opinions in 2024/25", ["verbatim"], ["wrong"],
          "5.2.3", pages=[12], kind="wrong page",
          note="5.2.3 starts on page 11 of the report, not page 12.")
      + " (p. 12) and that 41 of 96 agreed actions from 2023/24 audits were overdue.")
    p("<b>Finance</b>", "h2")
    p("The inspectors found that "
      + q("Of £34.6 million of savings approved for the three years to 2025/26, £29.8 million had been "
          "delivered", ["misquote"], ["correct"], "6.2.1", cited=["6.2.1"], kind="number changed",
          source_text="Of £34.6 million of savings approved for the three years to 2025/26, £19.8 million had been delivered by March 2026",
          note="The report says £19.8 million was delivered, not £29.8 million.")
      + " (paragraph 6.2.1). The medium term budget gap is £46.3 million by 2028/29.")
    p("<b>Commercial activity</b>", "h2")
    p("The company has so far "
      + q("sold fewer than one in ten of the homes it planned", ["paraphrase"], ["correct"], "7.1.2",
          cited=["7.1.2"], kind="computed share in quotation marks",
          source_text="It assumed that 420 homes would be sold by March 2027; by March 2026, 37 had been sold",
          note="37 of 420 is under one in ten; the words are the officer's own, put in quotation marks.")
      + " (paragraph 7.1.2).")
    p("<b>Services</b>", "h2")
    p("On housing, "
      + q("The number of households in temporary accommodation rose from 312 … to 946 in March 2026",
          ["minor"], ["correct"], "8.1.1", cited=["8.1.1"], kind="ellipsis",
          source_text="The number of households in temporary accommodation rose from 312 in March 2022 to 946 in March 2026",
          note="Ellipsis marks the omitted 'in March 2022'.")
      + " (paragraph 8.1.1). Children's services "
      + q("continues to depend heavily on agency social workers, who make up 34% of the workforce",
          ["verbatim"], ["correct"], "8.2.1", cited=["8.2.1"], note="Run of 8.2.1.")
      + " (paragraph 8.2.1). Adult social care is described as a relative strength.")
    pk.blank_page()

    # ------------------------------------------------------------------ item 8 treasury
    pk.new_page()
    pk.start_item("8", AGENDA[7][1])
    pk.start_paper("tm")
    pk.paper_footers["tm"] = "Council, 19 November 2026 – Treasury Management Mid-Year Review"
    p("Agenda Item 8", "banner")
    p("<b>TREASURY MANAGEMENT MID-YEAR REVIEW 2026/27</b>", "h1")
    p("<b>Report of the Interim Director of Finance (Section 151 Officer)</b>")
    p("<b>1. Purpose</b>", "h2")
    p("1.1 The CIPFA Code of Practice on Treasury Management requires the Council to receive a mid-year "
      "review of its treasury management activities. This report covers the period 1 April to 30 September "
      "2026.")
    p("<b>2. Recommendation</b>", "h2")
    p("2.1 That the Council notes the treasury management activity in the first half of 2026/27 and the "
      "prudential indicators set out in Appendix A.")
    p("<b>3. Borrowing</b>", "h2")
    p("3.1 At 30 September 2026 the Council's external borrowing stood at £598.4 million, a reduction of "
      "£12.6 million since 31 March 2026 as maturing Public Works Loan Board loans were repaid from cash "
      "balances. No new long-term borrowing has been taken in the period.")
    p("3.2 The Council's average rate of interest on long-term borrowing is 3.94%. Interest payable for the "
      "year is forecast at £23.7 million against a budget of £24.1 million.")
    p("3.3 The Council remains within its authorised limit and operational boundary for external debt. "
      "Following the concerns raised in the Best Value inspection, the Council's position against the "
      "operational boundary is now reported to Cabinet each month.")
    p("<b>4. Investments</b>", "h2")
    p("4.1 The Council held average cash balances of £41.2 million in the period, invested in money market "
      "funds, with the Debt Management Office and with other local authorities. Investment income for the "
      "year is forecast at £1.6 million.")
    p("<b>5. Economic background</b>", "h2")
    p("5.1 Bank Rate was reduced to 3.50% in August 2026. The Council's treasury advisers forecast a "
      "further reduction to 3.25% by March 2027. Long-term borrowing rates have been volatile, and the "
      "Council's strategy of using internal resources rather than new borrowing remains appropriate while "
      "its capital programme is reviewed.")
    pk.table([["Indicator", "2026/27 limit", "Position at 30 Sept 2026"],
              ["Authorised limit for external debt", "£690.0m", "£598.4m"],
              ["Operational boundary", "£640.0m", "£598.4m"],
              ["Upper limit: fixed rate exposure", "100%", "94%"],
              ["Upper limit: variable rate exposure", "25%", "6%"],
              ["Maturity of borrowing: under 12 months", "20%", "7%"],
              ["Principal invested for more than 365 days", "£10.0m", "£0.0m"]], [7.5, 4, 4.5])
    pk.end_paper()

    pk.new_page()
    pk.start_paper("tmA")
    pk.paper_footers["tmA"] = "Appendix A – Prudential Indicators 2026/27"
    p("<b>Appendix A: Prudential Indicators 2026/27 – mid-year position</b>", "h1")
    p("The Prudential Code requires the Council to set and monitor indicators so that its capital "
      "investment plans are "
      + nq("affordable, prudent and sustainable", "CIPFA Prudential Code for Capital Finance: not a source.")
      + ". The table below compares the indicators approved by the Council in February 2026 with the "
        "position at 30 September 2026 and the forecast for the year.")
    pk.table([["Indicator", "Approved", "30 Sept 2026", "Forecast 31 Mar 2027"],
              ["Capital expenditure (£m)", "96.4", "31.8", "78.2"],
              ["Capital financing requirement (£m)", "702.6", "694.1", "699.8"],
              ["Gross external debt (£m)", "640.0", "598.4", "612.0"],
              ["Ratio of financing costs to net revenue stream", "10.6%", "–", "10.2%"],
              ["Net income from commercial and service investments to net revenue stream", "3.1%", "–", "2.2%"],
              ["Liability benchmark (£m)", "655.0", "–", "648.3"]], [7, 2.6, 2.6, 3.6])
    p("The reduction in forecast capital expenditure reflects the pause in the second phase of the "
      "Harbourside scheme pending the independent review of Larchmere Harbourside Developments Ltd. The "
      "ratio of net commercial income to the net revenue stream has fallen because interest due from the "
      "company has been deferred.", "small")
    pk.blank_page()

    # ------------------------------------------------------------------ item 9 motion
    pk.new_page()
    pk.start_item("9", AGENDA[8][1])
    pk.start_paper("motion")
    p("Agenda Item 9", "banner")
    p("<b>NOTICE OF MOTION</b>", "h1")
    p("<b>Best Value Inspection – Accountability for the Council's Failings</b>", "h2")
    p("<b>Proposed by:</b> Councillor Geoffrey Treloar (Leader of the Conservative Group)<br/>"
      "<b>Seconded by:</b> Councillor Amanda Rowe")
    p("<b>This Council notes:</b>")
    p("1. The publication on 15 October 2026 of the Best Value Inspection report, which concludes that "
      "the council "
      + q("is failing to comply with its Best Value duty in respect of leadership, governance, culture and "
          "financial management", ["verbatim"], ["correct"], "1.1.1", cited=["1.1.1"], marks="''",
          note="Same words as the officers' report at item 7, repeated in the motion.")
      + " (para 1.1.1).", "indent")
    p("2. That the inspectors found "
      + q("decisions of real consequence were taken by a small group of members and officers",
          ["verbatim"], ["correct"], "1.1.2", cited=["1.1.2"], marks="''", note="Run of 1.1.2.")
      + " (para 1.1.2), and "
      + q("a culture in which raising a concern was regarded as disloyal", ["verbatim"], ["correct"],
          "3.3.2", cited=["3.3"], marks="''", kind="section cited",
          note="Run of 3.3.2; the motion cites section 3.3, which holds it.")
      + " (Section 3.3).", "indent")
    p("3. That the general fund reserve "
      + q("fell from £21.4 million in March 2022 to £6.9 million in March 2025", ["misquote"], ["correct"],
          "6.1.1", cited=["6.1.1"], marks="''", kind="number changed",
          source_text="The general fund reserve fell from £21.4 million in March 2022 to £7.9 million in March 2025",
          note="The report says £7.9 million; the motion has £6.9 million.")
      + " (para 6.1.1), leaving Larchmere having "
      + q("run its reserves down to dangerously low levels", ["paraphrase", "not_found"], ["correct"],
          "6.1.2", cited=["6.1.2"], marks="''", kind="gloss in quotation marks", strict=False,
          source_text="At 2.9% of the net revenue budget, the general fund reserve is now below the level the council's own reserves policy describes as the minimum prudent level of 5%",
          note="6.1.2 says the reserve is below the 5% minimum prudent level; the quoted wording is the mover's gloss.")
      + " (para 6.1.2).", "indent")
    p("4. That the report lays bare how the urgency procedure "
      + q("was used to avoid scrutiny", ["out_of_context"], ["correct"], "4.2.4", cited=["4.2.4"], marks="''",
          kind="denial dropped",
          context_dropped="We do not suggest that the urgency procedure",
          note="4.2.4 says 'We do not suggest that the urgency procedure was used to avoid scrutiny'.")
      + " (para 4.2.4), and that eleven decisions were taken under it in 2024/25 alone.", "indent")
    p("5. That "
      + q("Relationships between the political groups are poor", ["verbatim"], ["wrong"], "3.1.3",
          cited=["3.2.1"], marks="''", kind="wrong paragraph",
          note="The sentence opens 3.1.3; 3.2.1 is about chief executive turnover.")
      + " (para 3.2.1), and that the administration has presided over "
      + q("a culture of secrecy and cover-up", ["not_found"], ["wrong"], None, cited=["executive summary"],
          marks="''", kind="invented phrase",
          note="No such words in the report; the executive summary says nobody acted dishonestly.")
      + " (executive summary).", "indent")
    p("6. That the inspectors found that the Harbourside company "
      + q("would have delivered the homes on time had the council not changed the brief three times",
          ["out_of_context"], ["correct"], "7.1.5", cited=["7.1.5"], marks="''",
          kind="attribution dropped",
          source_text="The Managing Director of LHDL told us that the company 'would have delivered the homes on time had the council not changed the brief three times'",
          context_dropped="We have not been able to verify that account, and the council disputes it",
          note="The company's Managing Director's account, which the inspectors could not verify, presented as their finding.")
      + " (para 7.1.5), and that the Council's borrowing rose to £611 million, "
      + q("almost doubling in four years", ["verbatim"], ["correct"], "6.3.1", cited=["6.3.1"], marks="''",
          note="Run of 6.3.1.")
      + " (para 6.3.1).", "indent")
    p("7. That the Secretary of State intends to appoint "
      + q("a Lead Commissioner, a Finance Commissioner and a Commissioner for Commercial Activity for a "
          "period of two years", ["misquote"], ["correct"], "3", source="letter", document="letter",
          marks="''", kind="number changed",
          source_text="a Lead Commissioner, a Finance Commissioner and a Commissioner for Commercial Activity for a period of three years",
          note="The letter proposes three years, not two.")
      + " (Letter from SoS to CEX 15/10/26).", "indent")
    p("<b>This Council believes:</b>")
    p("That residents have been let down by an administration that took decisions behind closed doors and "
      "ignored the warnings of its own officers, and that those responsible should be held to account.",
      "indent")
    p("<b>This Council resolves:</b>")
    p("1. To call on the Leader of the Council and the Cabinet Member for Resources to resign.", "indent")
    p("2. To ask the Chief Executive to write to the Secretary of State welcoming the appointment of "
      "commissioners.", "indent")
    p("3. To establish a cross-party member panel to oversee the Council's response to the report, "
      "chaired by a member of an opposition group.", "indent")
    pk.end_paper()

    pk.blank_page()

    # ------------------------------------------------------------------ item 10 amendment
    pk.new_page()
    pk.start_item("10", AGENDA[9][1])
    pk.start_paper("amend")
    p("Agenda Item 10", "banner")
    p("<b>AMENDMENT TO NOTICE OF MOTION (ITEM 9)</b>", "h1")
    p("<b>Proposed by:</b> Councillor Priya Nankivell (Leader of the Labour Group)<br/>"
      "<b>Seconded by:</b> Councillor Simon Jewell")
    p("<i>The amendment is shown as received from the mover. Text to be deleted is marked ~~thus~~ and "
      "text to be inserted is marked [inserted: thus]. The motion as it would read if amended is set out "
      "at the end.</i>", "small")
    p("<b>This Council notes:</b>")
    p("1. The publication on 15 October 2026 of the Best Value Inspection report, which concludes that the "
      "council "
      + q("is failing to comply with its Best Value duty in respect of leadership, governance, culture and "
          "financial management", ["verbatim"], ["correct"], "1.1.1", cited=["1.1.1"], marks="''",
          note="Unchanged from the motion; the same quotation a third time in the pack.")
      + " (para 1.1.1).", "indent")
    p("2. That the inspectors found "
      + q("decisions of real consequence were taken by a small group of members and officers",
          ["verbatim"], ["correct"], "1.1.2", cited=["1.1.2"], marks="''", note="Repeated from the motion.")
      + " (para 1.1.2) ~~, and a culture in which raising a concern was regarded as disloyal (Section 3.3)~~ "
        "[inserted: and that "
      + q("the failings we describe are failings of systems and behaviours, not of effort", ["verbatim"],
          ["wrong"], "1.1.2", cited=["1.1.4"], marks="''", kind="wrong paragraph",
          note="The words are in 1.1.2; the amendment cites 1.1.4.")
      + " (para 1.1.4)].", "indent")
    p("3. That the general fund reserve ~~"
      + q("fell from £21.4 million in March 2022 to £6.9 million in March 2025", ["misquote"], ["correct"],
          "6.1.1", cited=["6.1.1"], marks="''", kind="number changed, deleted text",
          source_text="The general fund reserve fell from £21.4 million in March 2022 to £7.9 million in March 2025",
          note="The motion's wrong figure, kept as deleted text when the strike-through was lost.")
      + "~~ [inserted: "
      + q("fell from £21.4 million in March 2022 to £7.9 million in March 2025", ["verbatim"], ["correct"],
          "6.1.1", cited=["6.1.1"], marks="''", note="The corrected figure, word for word from 6.1.1.")
      + "] (para 6.1.1) ~~, leaving Larchmere having run its reserves down to dangerously low levels "
        "(para 6.1.2)~~.", "indent")
    p("4. ~~That the report lays bare how the urgency procedure was used to avoid scrutiny (para 4.2.4), and "
      "that eleven decisions were taken under it in 2024/25 alone.~~ [inserted: That "
      + q("Scrutiny has not been given the resources it needs to hold the executive to account",
          ["verbatim"], ["correct"], "5.1.1", cited=["5.1.1"], marks="''", note="Sentence of 5.1.1.")
      + " (para 5.1.1), and that this failing predates the current administration.]", "indent")
    p("5. ~~That Relationships between the political groups are poor (para 3.2.1), and that the "
      "administration has presided over a culture of secrecy and cover-up (executive summary).~~ "
      "[inserted: That the inspectors found that "
      + q("The current Chief Executive has made a promising start … she is visible, listens and is "
          "prepared to take difficult decisions", ["minor"], ["correct"], "3.2.3", cited=["3.2.3"],
          marks="''", kind="ellipsis",
          source_text="The current Chief Executive has made a promising start. Staff and partners told us that she is visible, listens and is prepared to take difficult decisions",
          note="Ellipsis marks the omitted 'Staff and partners told us that'; strict false because the cut also drops who said it.",
          strict=False)
      + " (para 3.2.3), and that partners told the inspectors it was "
      + q("difficult to tell who speaks on the council's behalf", ["paraphrase"], ["correct"], "8.3.1",
          cited=["8.3.1"], marks="''", kind="reworded",
          source_text="The council's partners told us that they found it 'hard to know who speaks for the council'",
          note="Partners' words in 8.3.1 were 'hard to know who speaks for the council'; same sense, other words.")
      + " (para 8.3.1).]", "indent")
    p("6. ~~That the inspectors found that the Harbourside company would have delivered the homes on time "
      "had the council not changed the brief three times (para 7.1.5), and that~~ [inserted: That] the "
      "Council's borrowing rose to £611 million, almost doubling in four years (para 6.3.1).", "indent")
    p("7. That the Secretary of State ~~intends to appoint a Lead Commissioner, a Finance Commissioner and "
      "a Commissioner for Commercial Activity for a period of two years (Letter from SoS to CEX 15/10/26).~~ "
      "[inserted: has made clear that "
      + q("commissioners are a last resort, not a punishment", ["not_found"], ["wrong"], None,
          source="letter", document="letter", marks="''", kind="invented letter wording",
          note="The letter says the intervention is intended to support the council, not to replace it; these words are not in it.")
      + " (Letter from SoS to CEX 15/10/26).]", "indent")
    p("<b>This Council resolves:</b>")
    p("1. ~~To call on the Leader of the Council and the Cabinet Member for Resources to resign.~~ "
      "[inserted: To accept the inspectors' findings and recommendations in full and to work with the "
      "commissioners on a cross-party basis.]", "indent")
    p("2. To ask the Chief Executive to write to the Secretary of State welcoming the appointment of "
      "commissioners.", "indent")
    p("3. To establish a cross-party member panel to oversee the Council's response to the report, "
      "~~chaired by a member of an opposition group~~ [inserted: with its chair appointed by the "
      "Council].", "indent")
    p("<b>Motion as amended</b>", "h2")
    p("If the amendment is carried, the motion will read: This Council notes the publication of the report "
      "and its conclusions; the inspectors' findings on decision-making, on the failings of systems and "
      "behaviours, on the reserve, on scrutiny, on the Chief Executive's start and on partners' views; and "
      "the Secretary of State's proposals. This Council resolves to accept the inspectors' findings and "
      "recommendations in full, to write to the Secretary of State welcoming the appointment of "
      "commissioners, and to establish a cross-party member panel, with its chair appointed by the "
      "Council, to oversee the response.", "small")
    pk.end_paper()


    # ------------------------------------------------------------------ item 11 audit committee
    pk.new_page()
    pk.start_item("11", AGENDA[10][1])
    pk.start_paper("acar")
    pk.paper_footers["acar"] = "Council, 19 November 2026 – Audit and Governance Committee Annual Report"
    p("Agenda Item 11", "banner")
    p("<b>AUDIT AND GOVERNANCE COMMITTEE: ANNUAL REPORT 2025/26</b>", "h1")
    p("<b>Report of the Chair of the Audit and Governance Committee, Councillor H. Pethick</b>")
    p("<b>1. Introduction</b>", "h2")
    p("1.1 This is the annual report of the Audit and Governance Committee to the Council for the municipal "
      "year 2025/26. CIPFA's guidance for audit committees in local authorities recommends that the "
      "committee should be "
      + nq("independent of both the executive and the scrutiny functions",
           "CIPFA Position Statement on audit committees: not a source.")
      + " and that it should report annually to full council on how it has discharged its responsibilities.")
    p("1.2 I must begin by accepting the inspectors' verdict. "
      + q("The Audit and Governance Committee has not been effective", ["verbatim"], ["correct"], "5.2.1",
          cited=["5.2.1"], note="Opening sentence of 5.2.1.")
      + " (paragraph 5.2.1). That is a hard thing for a chair to read, but it is fair. The committee did "
        "not have an independent member, and "
      + q("its meetings were inquorate on three occasions in 2025", ["verbatim"], ["missing"], "5.2.1",
          note="Run of 5.2.1, quoted without a citation.")
      + ".")
    p("1.3 The inspectors also noted the external auditor's statutory recommendations. I would point out "
      "that on this the inspectors were clear: "
      + q("The council has accepted them", ["out_of_context", "verbatim"], ["correct"], "5.2.2",
          cited=["5.2.2"], kind="qualification dropped", strict=False,
          context_dropped="but its action plan does not set out who is responsible for each action or when it will be completed",
          note="5.2.2 goes on to say the action plan names no owners or dates; quoted as if acceptance were the finding.")
      + " (paragraph 5.2.2).")
    p("<b>2. Work of the committee in 2025/26</b>", "h2")
    p("2.1 The committee met six times in 2025/26, of which three meetings were inquorate and had to be "
      "reconvened. It received the external auditor's annual report, the internal audit plan and progress "
      "reports, the annual governance statement, the treasury management strategy and the draft statement "
      "of accounts for 2024/25.")
    p("2.2 The committee considered 14 internal audit reports with limited or no assurance opinions, "
      "including reports on the contract register, waivers of the contract procedure rules, temporary "
      "accommodation payments and the council's oversight of its companies. In each case it asked the "
      "responsible director to attend.")
    p("2.3 The draft statement of accounts for 2024/25 has not yet been audited. The external auditor has "
      "indicated that the valuation of the council's loans to its company, and the impairment of those "
      "loans, will be a significant risk in the audit.")
    p("<b>3. Looking ahead</b>", "h2")
    p("3.1 Recruitment of two independent members began on 2 November 2026. The committee will adopt a "
      "revised terms of reference in January 2027 and will receive quarterly reports on all waivers of the "
      "contract procedure rules. Training for all members of the committee has been arranged for "
      "December.")
    p("3.2 The committee will also track the implementation of the improvement and recovery plan in so far "
      "as it concerns governance, risk management and internal control.")
    p("<b>4. Recommendation</b>", "h2")
    p("4.1 That the Council notes the annual report of the Audit and Governance Committee for 2025/26.")
    pk.table([["Meeting", "Quorate", "Main business"],
              ["22 May 2025", "Yes", "Internal audit plan 2025/26; annual governance statement"],
              ["17 July 2025", "No", "Reconvened 31 July: draft accounts 2024/25"],
              ["25 September 2025", "Yes", "Treasury management; counter-fraud report"],
              ["27 November 2025", "No", "Reconvened 11 December: external auditor's annual report"],
              ["12 February 2026", "Yes", "Internal audit annual opinion 2023/24; risk register"],
              ["26 March 2026", "No", "Reconvened 16 April: audit plan 2026/27"]], [4, 2.2, 9.8])

    pk.blank_page()

    # ------------------------------------------------------------------ item 12 appointments
    pk.new_page()
    pk.start_item("12", AGENDA[11][1])
    pk.start_paper("appts")
    p("Agenda Item 12", "banner")
    p("<b>APPOINTMENTS TO COMMITTEES</b>", "h1")
    p("<b>Report of the Director of Legal and Democratic Services (Monitoring Officer)</b>")
    p("1. Following the resignation of Councillor Oates from the Conservative Group on 2 November 2026, "
      "the Council is required by section 15 of the Local Government and Housing Act 1989 to review the "
      "allocation of seats on committees to political groups.")
    p("2. The political composition of the Council is now: Liberal Democrat 26; Conservative 15; Labour 10; "
      "Independent (non-aligned) 6. The revised allocation of seats is set out below.")
    pk.table([["Committee (seats)", "Lib Dem", "Con", "Lab", "Ind"],
              ["Planning (13)", "6", "4", "2", "1"],
              ["Licensing (15)", "7", "4", "3", "1"],
              ["Audit and Governance (9)", "4", "2", "2", "1"],
              ["Standards (7)", "3", "2", "1", "1"],
              ["Overview and Scrutiny: Resources (11)", "5", "3", "2", "1"],
              ["Overview and Scrutiny: People (11)", "5", "3", "2", "1"],
              ["Overview and Scrutiny: Place (11)", "5", "3", "2", "1"],
              ["Appointments and Employment (7)", "3", "2", "1", "1"]], [7.5, 2, 2, 2, 2])
    p("3. Recommendation: that the Council approves the allocation of seats set out above and appoints "
      "members to the seats in accordance with the wishes of the political groups, as notified to the "
      "Director of Legal and Democratic Services.")
    pk.end_paper()
    pk.blank_page()

    # ------------------------------------------------------------------ item 13 members' questions
    pk.new_page()
    pk.start_item("13", AGENDA[12][1])
    pk.start_paper("mq")
    p("Agenda Item 13", "banner")
    p("<b>QUESTIONS FROM MEMBERS UNDER COUNCIL PROCEDURE RULE 12</b>", "h1")
    p("Questions are listed in the order received. Written answers are provided; a supplementary question "
      "may be asked at the meeting.", "small")
    p("<b>1. Question from Councillor A. Rowe to the Cabinet Member for Corporate Services</b>", "h2")
    p("The inspection report says that "
      + q("the council received only three whistleblowing disclosures in the three years to March 2026",
          ["verbatim"], ["correct"], "3.3.4", cited=["3.3.4"], note="Run of 3.3.4.")
      + " (paragraph 3.3.4). Does the Cabinet Member think that this reflects a council with nothing to "
        "report, or a workforce that does not trust the policy?")
    p("<b>Answer</b>: The Cabinet Member accepts that the number of disclosures is low and that the policy is "
      "not well understood. A refreshed whistleblowing policy is out to consultation with the trade unions, "
      "and an independent external reporting line will be in place by April 2027.")
    p("<b>2. Question from Councillor S. Jewell to the Leader of the Council</b>", "h2")
    p("The inspectors found that "
      + q("29% of the officer decisions we sampled had no written record at all", ["verbatim"], ["correct"],
          "4.2.5", cited=["4.2.5"], note="Run of 4.2.5.")
      + " (paragraph 4.2.5). How many officer decisions taken since the report was published have been "
        "recorded and published?")
    p("<b>Answer</b>: All officer decisions of £100,000 or more have been recorded and published since 1 "
      "November 2026. I would also remind the member that the same chapter of the report records that "
      + q("The council responded to 96% of Freedom of Information requests within the statutory deadline",
          ["verbatim"], ["correct"], "4.4.2", cited=["4.4"], kind="section cited",
          note="Run of 4.4.2; the answer cites section 4.4.")
      + " (section 4.4), which shows that the council can be open when it sets its mind to it.")
    p("<b>3. Question from Councillor D. Hambly to the Leader of the Council</b>", "h2")
    p("The Leader will be aware that "
      + q("The council has impaired £22 million of its loans to LHDL", ["minor", "verbatim"], ["correct"],
          "7.1.6", cited=["7.1.6"], kind="figure reformatted", strict=False,
          source_text="The council has impaired £22.0 million of its loans to LHDL",
          note="£22.0 million written £22 million; same amount.")
      + " (paragraph 7.1.6). What is the latest estimate of the total impairment, and when will the Council "
        "be told?")
    p("<b>Answer</b>: The report states that further impairment is "
      + q("likely unless sales improve significantly", ["verbatim"], ["correct"], "7.1.6", cited=["7.1.6"],
          note="Run of 7.1.6, condition kept.")
      + " (paragraph 7.1.6). Sales have improved since March and 61 homes have now been sold or reserved. "
        "The independent review commissioned under R7 will advise on the valuation of the loans, and the "
        "Council will be told of its conclusions in February. The inspectors themselves said that the "
        "Harbourside scheme "
      + q("will ultimately pay for itself", ["not_found"], ["missing"], None, kind="invented",
          note="No source says this; 6.2.2 calls the Harbourside income assumptions optimistic.")
      + ", and I remain confident that it will.")
    p("<b>4. Question from Councillor J. Nancarrow to the Cabinet Member for Resources</b>", "h2")
    p("The inspectors say that the general fund reserve is at "
      + q("2.9% of the net revenue budget", ["verbatim"], ["wrong"], "6.1.2", cited=["6.1.3"],
          kind="wrong paragraph", note="The figure is in 6.1.2; 6.1.3 is about the CIPFA index.")
      + " (paragraph 6.1.3), below the Council's own minimum. When will it be back to 5%?")
    p("<b>Answer</b>: The revised medium term financial strategy in February will set out a plan to rebuild "
      "the reserve to 5% over three years. I would add that, as the Council told the inspectors at the time, "
      "the 2025/26 budget was "
      + q("robust and deliverable", ["verbatim", "out_of_context"], ["missing"], "6.2.5",
          kind="attribution kept, rejection dropped", strict=False,
          note="Attributed, as in 6.2.5, to the council's own submission; the answer omits that the inspectors rejected it.")
      + ", and the overspends in children's services and temporary accommodation arise from demand that "
        "no council could have foreseen.")
    pk.blank_page()
