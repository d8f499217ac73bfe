# Content of pack-council.pdf (modern.gov style). Quotations are registered through R.q(...)
from packlib import Paragraph, Spacer, PageBreak, table, mm, Marker, escape

TITLE = "Hollinsford Council, Full Council, 12 March 2025"
LETTER_ALIAS = "Letter from Minister to CEX 20/02/25"

AGENDA = [
 ("1", "Apologies for Absence", False),
 ("2", "Declarations of Interest", False),
 ("3", "Minutes of the Extraordinary Meeting held on 27 February 2025", True),
 ("4", "Mayor's Announcements", False),
 ("5", "Public Questions", True),
 ("6", "Best Value Inspection: the Minister's Proposed Intervention and the Council's Representations", True),
 ("7", "The Best Value Duty and the Role of the Statutory Officers", True),
 ("8", "Notice of Motion: Best Value Inspection", True),
 ("9", "Amendment to the Motion at Item 8", True),
 ("10", "Treasury Management Mid-Year Review 2024/25", True),
 ("11", "Appointments to Committees and Outside Bodies", True),
 ("12", "Forward Plan of Key Decisions", True),
 ("13", "Pay Policy Statement 2025/26", True),
 ("14", "Calendar of Meetings 2025/26", True),
]

def implications(S, topic, officer, ext):
    P = lambda t: Paragraph(t, S["body"])
    return [
     Paragraph("Financial implications", S["h2"]),
     P("There are no direct financial implications arising from the recommendations in this report beyond those set out above. "
       "Any costs associated with %s will be met from existing budgets in 2024/25 and will be reflected in the 2025/26 budget "
       "monitoring reports to Cabinet. The Section 151 Officer has been consulted on this report." % topic),
     Paragraph("Legal implications", S["h2"]),
     P("The Monitoring Officer has been consulted on this report. The Council must have regard to its duties under the Local "
       "Government Act 1972, the Local Government Act 2000 and the Localism Act 2011 when considering %s. Members are reminded "
       "that decisions must be taken rationally, having regard to all relevant considerations and disregarding irrelevant ones." % topic),
     Paragraph("Equalities implications", S["h2"]),
     P("An initial equality impact assessment has been carried out. It does not identify any adverse impact on people who share "
       "a protected characteristic under the Equality Act 2010. The assessment will be reviewed as the work develops."),
     Paragraph("Risk management", S["h2"]),
     P("The risks associated with %s are recorded on the corporate risk register and are reviewed monthly by the corporate "
       "leadership team. Members will receive further reports as the position develops." % topic),
     Paragraph("Background papers", S["h2"]),
     P("None, other than those published with this agenda or referred to in the report."),
     Paragraph("Contact officer", S["h2"]),
     P("%s, Civic Centre, Market Square, Hollinsford HF1 2AA. Telephone: 01632 960%s." % (officer, ext)),
    ]

def story(R, S, state, pages):
    """pages: dict item -> (first printed page, last printed page) from the previous pass."""
    s = []
    P = lambda t, st="body": Paragraph(t, S[st])
    def mark(item):
        R.item = item
        s.append(Marker(state, "item", item))
    # ---- cover
    s.append(Marker(state, "item", "cover"))
    s.append(P("Public Document Pack", "small"))
    s.append(Spacer(1, 20 * mm))
    s.append(P("Hollinsford Council", "title"))
    s.append(P("<b>Meeting:</b> Council", "h2"))
    s.append(P("<b>Date:</b> Wednesday, 12 March 2025"))
    s.append(P("<b>Time:</b> 7.00 pm"))
    s.append(P("<b>Venue:</b> Council Chamber, Civic Centre, Market Square, Hollinsford HF1 2AA"))
    s.append(Spacer(1, 8 * mm))
    s.append(P("<b>Membership:</b> All 51 Members of the Council"))
    s.append(P("The Mayor (in the Chair); the Deputy Mayor; the Leader of the Council; the Deputy Leader of the Council; "
               "the Cabinet Member for Finance and Regeneration; the Leader of the Opposition; and all other Members of the Council."))
    s.append(Spacer(1, 8 * mm))
    s.append(P("<b>Quorum:</b> 13 Members"))
    s.append(P("This meeting will be webcast live and the recording will be available on the Council's website for twelve months. "
               "Members of the public attending the meeting may be filmed. If you have any queries about this agenda, please contact "
               "Democratic Services on 01632 960100 or democratic.services@hollinsford.example.gov.uk."))
    s.append(Spacer(1, 10 * mm))
    s.append(P("Chief Executive<br/>Published: Tuesday, 4 March 2025"))
    s.append(PageBreak())
    # ---- agenda
    s.append(Marker(state, "item", "agenda"))
    s.append(P("AGENDA", "h1"))
    s.append(P("<b>Part I: items during the consideration of which the meeting is expected to be open to the public and press</b>"))
    for num, title, papers in AGENDA:
        rng = ""
        if papers and num in pages:
            a, b = pages[num]
            rng = " (Pages %d - %d)" % (a, b) if a != b else " (Page %d)" % a
        s.append(P("<b>%s.</b>&nbsp;&nbsp;<b>%s</b>%s" % (num, escape(title), rng), "num"))
        blurb = {
         "1": "To receive apologies for absence.",
         "2": "To receive any declarations of disclosable pecuniary interests, other registrable interests and non-registrable interests from Members in respect of items on this agenda.",
         "3": "To approve as a correct record the minutes of the Extraordinary Meeting of the Council held on 27 February 2025.",
         "4": "To receive any announcements from the Mayor.",
         "5": "To receive questions from members of the public in accordance with Council Procedure Rule 10. Questions and answers are set out in the papers.",
         "6": "Report of the Chief Executive.",
         "7": "Report of the Monitoring Officer.",
         "8": "Motion submitted by the Leader of the Opposition under Council Procedure Rule 13.",
         "9": "Amendment submitted by the Leader of the Council under Council Procedure Rule 14.",
         "10": "Report of the Section 151 Officer.",
         "11": "Report of the Monitoring Officer.",
         "12": "Report of the Chief Executive.",
         "13": "Report of the Employment Committee.",
         "14": "Report of the Head of Democratic Services.",
        }[num]
        s.append(P(blurb, "ind"))
    s.append(P("<b>Part II: exempt items</b>"))
    s.append(P("There are no exempt items on this agenda."))
    s.append(PageBreak())

    # ---- Item 3: minutes
    mark("3")
    s.append(P("HOLLINSFORD COUNCIL", "h1"))
    s.append(P("Minutes of the Extraordinary Meeting of the Council held on Thursday, 27 February 2025 at 7.00 pm in the Council Chamber, Civic Centre", "h2"))
    s.append(P("<b>Present:</b> The Mayor (in the Chair); the Deputy Mayor; the Leader of the Council; the Deputy Leader of the Council; "
               "the Cabinet Member for Finance and Regeneration; the Cabinet Member for Housing; the Leader of the Opposition; the Deputy Leader of the Opposition; and 38 other Members."))
    s.append(P("<b>Officers in attendance:</b> the Chief Executive; the Section 151 Officer; the Monitoring Officer; the Head of Democratic Services."))
    s.append(P("<b>41. Apologies for absence</b>", "h3"))
    s.append(P("Apologies for absence were received from five Members."))
    s.append(P("<b>42. Declarations of interest</b>", "h3"))
    s.append(P("Two Members declared that they were non-executive directors of Hollinsford Energy Ltd and took no part in the debate on minute 44 so far as it related to the company."))
    s.append(P("<b>43. Mayor's ruling on the conduct of the meeting</b>", "h3"))
    s.append(P("The Mayor reminded Members of Council Procedure Rule 14.3, which provides that "
               + R.q("CQ1", "No speech by a member shall exceed five minutes except with the consent of the Council.", concerns=False,
                     verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None,
                     kind="other_document", note="The council's own Council Procedure Rules, not a source.")
               + " The Mayor said that she would apply the rule strictly given the number of Members who had indicated that they wished to speak."))
    s.append(P("<b>44. Best Value Inspection of Hollinsford Council</b>", "h3"))
    s.append(P("The Council considered the report of the Chief Executive presenting the report of the Best Value Inspection of Hollinsford Council, published by the Ministry of Housing, Communities and Local Government on 20 February 2025, and the letter of the same date from the Minister for Local Government."))
    s.append(P("The Chief Executive introduced the report. She drew attention to the inspectors' conclusion that the council "
               + R.q("CQ2", "is failing to comply with its best value duty", section="1.1", cited=["1.1"],
                     note="Words of 1.1 (also in 9.1); cited 1.1 holds them.")
               + " (paragraph 1.1), and said that the findings were serious and had to be accepted in full. She had already begun work on an improvement and recovery plan."))
    s.append(P("The Section 151 Officer reminded Members that the general fund reserve had fallen to "
               + R.q("CQ3", "£5.8 million in March 2024, equivalent to 3.1% of its net revenue budget", section="5.1", cited=["5.1"],
                     note="Exact words of 5.1.")
               + " (para 5.1) and that the council could not continue to use reserves to balance its budget."))
    s.append(P("The Leader of the Council said that the report recognised that the council's difficulties were "
               + R.q("CQ4", "the product of a decade of reductions in government funding", verdict=["out_of_context"], citation=["missing"],
                     section="3.2", kind="attribution_dropped",
                     source_text="The Leader told us that the council's difficulties were the product of a decade of reductions in government funding and were not of the council's own making.",
                     context_dropped="We accept that funding reductions have been significant, but we do not accept that they explain the council's position.",
                     note="The Leader's own view, reported and rejected by the inspectors, presented as the report's recognition.")
               + " and " + R.q("CQ5", "not of the council's own making", verdict=["out_of_context"], citation=["missing"],
                     section="3.2", kind="attribution_dropped",
                     source_text="The Leader told us that the council's difficulties were the product of a decade of reductions in government funding and were not of the council's own making.",
                     context_dropped="We accept that funding reductions have been significant, but we do not accept that they explain the council's position.",
                     note="Second half of the Leader's own claim; the inspectors do not accept it.")
               + ". He said that the Administration would nonetheless work constructively with the Minister."))
    s.append(P("The Leader of the Opposition said that the report was the most damning she had read in twenty years in local government. She quoted the inspectors' finding that "
               + R.q("CQ6", "the council has not exercised the oversight that a shareholder of its size and exposure should", section="1.6", cited=["1.6"],
                     note="Exact words of 1.6.")
               + " (paragraph 1.6) and asked why the shareholder committee had not met more often."))
    s.append(P("The Cabinet Member for Finance and Regeneration replied that the inspectors had accepted that "
               + R.q("CQ7", "nobody acted dishonestly in relation to the company", verdict=["paraphrase", "misquote"], citation=["correct"],
                     section="1.6", cited=["1.6"], kind="reworded_denial", strict=False,
                     source_text="We do not suggest that any individual has acted dishonestly in relation to the company.",
                     note="The inspectors only decline to suggest dishonesty; 'nobody acted dishonestly' states more. Paraphrase or misquote.")
               + " (para 1.6), and that the company had been established for sound reasons."))
    s.append(P("The Deputy Leader of the Opposition said that the inspectors had found that "
               + R.q("CQ8", "nobody challenges the Leader, because the last person who did is no longer here", verdict=["out_of_context"],
                     citation=["correct"], section="4.4", cited=["4.4"], kind="attribution_dropped",
                     source_text="One officer told us that \"nobody challenges the Leader, because the last person who did is no longer here\".",
                     context_dropped="We were not able to verify that account, and we make no finding about any individual departure.",
                     note="One officer's unverified account presented as the inspectors' finding.")
               + " (paragraph 4.4)."))
    s.append(P("Responding, the Leader of the Council said that the inspectors had recorded this as the account of a single officer, who had told them that "
               + R.q("CQ9", "nobody challenges the Leader, because the last person who did is no longer here", section="4.4", citation=["missing"],
                     note="Control: attribution to one officer and the inspectors' inability to verify it are kept.")
               + ", and that the inspectors had themselves said that they were not able to verify that account. He asked the Deputy Leader of the Opposition to withdraw the remark. The Deputy Leader of the Opposition declined to do so."))
    s.append(P("Other Members spoke about the Riverside scheme, temporary accommodation, the council's staff, and the conduct of the previous meeting of the Overview and Scrutiny Committee."))
    s.append(P("On being put to the vote, it was"))
    s.append(P("<b>RESOLVED:</b> (1) That the report of the Best Value Inspection of Hollinsford Council and the letter from the Minister for Local Government dated 20 February 2025 be noted. "
               "(2) That the Chief Executive be asked to prepare draft representations to the Minister for consideration at the meeting of the Council on 12 March 2025. "
               "(3) That the Chief Executive be asked to bring a draft improvement and recovery plan to the Audit and Governance Committee on 25 March 2025.", "ind"))
    s.append(P("(For: 44; Against: 0; Abstentions: 2)", "ind"))
    s.append(P("<b>45. Urgent business</b>", "h3"))
    s.append(P("There was no urgent business."))
    s.append(P("The meeting ended at 9.47 pm."))
    s.append(Spacer(1, 10 * mm))
    s.append(P("MAYOR"))
    s.append(PageBreak())

    # ---- Item 5: public questions
    mark("5")
    s.append(P("Council: 12 March 2025", "h2"))
    s.append(P("Public Questions (Council Procedure Rule 10)", "h1"))
    s.append(P("Eight questions have been received from members of the public in accordance with Council Procedure Rule 10. Each questioner may ask one supplementary question. Written answers are set out below; oral answers will be given at the meeting where the questioner is present."))
    s.append(P("Question 1 from a resident of Riverside ward to the Cabinet Member for Finance and Regeneration", "h2"))
    s.append(P("The inspectors say that the cost of the Riverside scheme has risen from £96 million to £163 million, and that "
               + R.q("CQ10", "Only 140 of the planned homes have been completed, and none of the commercial space has been let", section="8.2",
                     cited=[], cited_pages=[13], note="8.2 starts on report page 13; 'page 13 of the report' is right.")
               + " (page 13 of the report). When will the council publish a revised business case?"))
    s.append(P("<b>Answer:</b> A revised business case for the Riverside scheme will be reported to Cabinet in June 2025. The Cabinet Member notes that the inspectors also found that "
               + R.q("CQ11", "tenants' representatives told us they had seen a difference in the last six months", section="8.6", citation=["missing"],
                     note="Exact words of 8.6, no citation.")
               + ", and the council is determined to build on that improvement."))
    s.append(P("Question 2 from a resident of Castle ward to the Leader of the Council", "h2"))
    s.append(P("The inspection report states that the council "
               + R.q("CQ12", "deliberately concealed the losses of Hollinsford Energy from councillors", verdict=["not_found"], citation=["wrong"],
                     section=None, source=None, cited=["5.10"], kind="invented",
                     note="No such words; 5.10 says the inspectors do not suggest the directors concealed information.")
               + " (para 5.10). Will the Leader now resign?"))
    s.append(P("<b>Answer:</b> The report says no such thing. Paragraph 5.10 of the report states: "
               + R.q("CQ13", "We do not suggest that the company's directors have concealed information from the council.", section="5.10", cited=["5.10"],
                     note="Exact sentence of 5.10.")
               + " The Leader does not intend to resign."))
    s.append(P("Question 3 from a resident of Hollin Vale ward to the Leader of the Council", "h2"))
    s.append(P("I presented a petition to the Council in January signed by 2,312 residents. The petition reads: "
               + R.q("CQ14", "We call on Hollinsford Council to halt all further borrowing for the Riverside scheme until an independent review has been published.",
                     concerns=False, verdict=["not_found"], citation=["missing"], section=None, kind="other_document",
                     note="A residents' petition, not a source.")
               + " Now that the inspectors have reported, will the council do what the petitioners asked?"))
    s.append(P("<b>Answer:</b> The council has paused the letting of new contracts for the Riverside scheme pending the revised business case referred to in the answer to Question 1."))
    s.append(P("Question 4 from a resident of Northgate ward to the Cabinet Member for Corporate Services", "h2"))
    s.append(P("The inspectors reported that "
               + R.q("CQ15", "More than a third of respondents (46%) told us they had experienced or witnessed bullying or harassment at work", verdict=["misquote"],
                     citation=["correct"], section="4.3", cited=["4.3"], kind="changed_figure",
                     source_text="More than a third of respondents (36%) told us they had experienced or witnessed bullying or harassment at work in the previous twelve months.",
                     note="36% altered to 46% (the 46% is the fear-of-reprisal figure).")
               + " (Section 4.3). What is the council doing to protect its staff?"))
    s.append(P("<b>Answer:</b> The Chief Executive has commissioned an independent review of the council's culture, as the inspectors recommended, and a new Dignity at Work policy will be considered by the Employment Committee in April 2025."))
    s.append(P("Question 5 from a resident of Riverside ward to the Cabinet Member for Housing", "h2"))
    s.append(P("How many households are now in temporary accommodation, and what is the council doing to reduce the number?"))
    s.append(P("<b>Answer:</b> At the end of February 2025 there were 2,702 households in temporary accommodation. The council has approved a programme to acquire 150 homes for use as temporary accommodation, which will reduce the council's reliance on nightly-paid accommodation."))
    s.append(P("Question 6 from a resident of Castle ward to the Leader of the Council", "h2"))
    s.append(P("Will the Leader publish the minutes of every meeting of the shareholder committee of Hollinsford Energy Ltd since 2020?"))
    s.append(P("<b>Answer:</b> The minutes of the shareholder committee, with commercially sensitive information redacted, will be published on the council's website by 31 March 2025."))
    s.append(P("Question 7 from a resident of Hollin Vale ward to the Cabinet Member for Environment", "h2"))
    s.append(P("When will the bus shelter on Station Road, removed in October 2024, be replaced?"))
    s.append(P("<b>Answer:</b> The replacement shelter has been ordered and will be installed by the end of April 2025."))
    s.append(P("Question 8 from a resident of Northgate ward to the Leader of the Council", "h2"))
    s.append(P("Given the Minister's proposals, will the council hold the May 2025 by-election for Northgate ward as planned?"))
    s.append(P("<b>Answer:</b> Yes. The proposed intervention does not affect the holding of elections, which is a matter for the Returning Officer."))
    s.append(PageBreak())

    # ---- Item 6: Chief Executive's report with table
    mark("6")
    s.append(P("Report to: Council", "h3"))
    s.append(P("Date: 12 March 2025", "h3"))
    s.append(P("Report of: Chief Executive", "h3"))
    s.append(P("Best Value Inspection: the Minister's Proposed Intervention and the Council's Representations", "h1"))
    s.append(P("1. Purpose of the report", "h2"))
    s.append(P("1.1 To present the findings of the Best Value Inspection of Hollinsford Council and the letter from the Minister for Local Government dated 20 February 2025, and to seek the Council's approval of the representations set out in Appendix 1."))
    s.append(P("2. Recommendations", "h2"))
    s.append(P("2.1 That the Council (a) accepts the findings of the inspection in full; (b) approves the representations to the Minister at Appendix 1; and (c) delegates to the Chief Executive, in consultation with the Leader of the Council and the Leader of the Opposition, authority to make minor amendments to the representations before they are submitted on or before 20 March 2025."))
    s.append(P("3. Background", "h2"))
    s.append(P("3.1 On 17 June 2024 the Secretary of State appointed inspectors to carry out an inspection of the council's compliance with its best value duty. The inspectors' report was published on 20 February 2025, together with a letter from the Minister for Local Government to the Chief Executive."))
    s.append(P("3.2 The Minister's letter states that he is "
               + R.q("CQ16", "minded to exercise the powers of intervention available to the Secretary of State under section 15 of the Local Government Act 1999",
                     source="letter", section="4", cited=[], cited_document="letter",
                     note="Exact words of the letter's fourth paragraph; the letter is cited by its alias.")
               + " (" + LETTER_ALIAS + "). The proposed package would see three commissioners appointed for three years."))
    s.append(P("3.3 The Minister has invited representations from the council by 20 March 2025. The Minister's letter of 20 February is clear that intervention "
               + R.q("CQ17", "is not a judgement on the staff of the council", source="letter", section="7", cited=[], cited_document="letter",
                     note="Exact words of the letter's seventh paragraph.")
               + ", and officers have shared the letter with all staff."))
    s.append(P("3.4 The inspectors also noted that the council's own submission had described its governance arrangements as "
               + R.q("CQ18", "robust, transparent and well understood", section="2.5", cited=["2.5"],
                     note="The council's submission as quoted in 2.5; footnote [1] points to paragraph 2.5. Attribution kept.")
               + "[1], a description which their findings did not support."))
    s.append(P("4. Summary of the inspectors' findings", "h2"))
    s.append(P("4.1 The table below summarises the inspectors' principal findings, with the council's initial response. The full report is available on the council's website."))
    cellq = lambda *a, **k: R.q(*a, **k)
    rows = [["Theme", "Inspectors' finding", "Report reference", "Council's initial response"],
     ["Finance", cellq("CQ19", "The council's financial position is precarious.", section="5.1", cited=["5.1"], kind="exact_table_cell", note="Exact sentence of 5.1, in a table cell."),
      "Para 5.1", "Budget 2025/26 set without use of reserves."],
     ["Decision-making", cellq("CQ20", "a third of reports contained no comments from the Section 151 Officer", section="3.11", cited=["3.11"], kind="exact_table_cell", note="Exact words of 3.11."),
      "Para 3.11", "Report template revised; S151 sign-off mandatory from 1 April 2025."],
     ["Scrutiny", cellq("CQ21", "Scrutiny is not adequately supported.", section="6.4", cited=["6.3"], citation=["wrong"], kind="exact_table_cell",
                         note="The sentence is 6.4; the table cites 6.3."),
      "Para 6.3", "Second scrutiny officer post created."],
     ["Procurement", cellq("CQ22", "In 17 of the 40 contracts we reviewed, the council had waived its contract procedure rules", section="7.2", cited=["7.2"], kind="exact_table_cell", note="Exact words of 7.2."),
      "Para 7.2", "Contract procedure rules under review (Audit and Governance Committee, 25 March 2025)."],
     ["Culture", cellq("CQ23", "62% said they would not be confident that concerns they raised would be acted upon", section="4.2", cited=["4.2"], kind="exact_table_cell", note="Exact words of 4.2."),
      "Para 4.2", "Independent culture review commissioned."],
     ["Hollinsford Energy Ltd", cellq("CQ24", "The council has lent [Hollinsford Energy Ltd] £38.5 million", verdict=["minor"], section="5.8", cited=["5.8"],
                         kind="bracketed_insertion", source_text="The council has lent it £38.5 million and holds all of its shares.",
                         note="'it' replaced by a bracketed name; meaning unchanged."),
      "Para 5.8", "Independent review of the company commissioned."],
     ["Housing", cellq("CQ25", "more than double the number in 2021", section="8.4", cited=["8.4"], kind="exact_table_cell", note="Exact words of 8.4."),
      "Para 8.4", "Acquisition programme of 150 homes approved."],
    ]
    s.append(table(rows, [26 * mm, 62 * mm, 26 * mm, 52 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("4.2 The inspectors also recorded strengths, including that "
               + R.q("CQ26", "many of the staff we met are committed to the people of Hollinsford", section="1.7", cited=["executive summary"],
                     note="1.7 sits in chapter 1, Executive summary; cited as '(executive summary)'.")
               + " (executive summary)."))
    s.append(P("5. The inspectors' recommendations", "h2"))
    s.append(P("5.1 The inspectors make eight recommendations. Several require decisions of the Council. In particular, the inspectors recommend that the council "
               + R.q("CQ27", "should set a balanced budget for 2025/26 without recourse to general fund reserves", section="R2", cited=["R2"],
                     note="Exact words of R2.")
               + " (R2). The budget approved by the Council on 26 February 2025 does so."))
    s.append(P("5.2 Recommendation 3: "
               + R.q("CQ28", "The council should review its loans to and governance of Hollinsford Energy Ltd, and bring a report on the company's future to full council within six months.",
                     section="R3", cited=["R3"], note="The whole of R3.")))
    s.append(P("5.3 The council's Corporate Plan 2023-2027 commits the council to "
               + R.q("CQ29", "a well-run council that puts residents first", concerns=False, verdict=["not_found"], citation=["unverifiable"],
                     cited_document="other", section=None, kind="other_document", note="The council's Corporate Plan, not a source.")
               + ". Officers consider that the improvement and recovery plan should be framed around that commitment."))
    s.append(P("6. Proposed representations", "h2"))
    s.append(P("6.1 The draft representations at Appendix 1 accept the need for external support. They ask the Minister to consider (a) a period of two years rather than three, with a review after twelve months; (b) that the commissioners' powers over the appointment of statutory officers be exercised in consultation with the Leader; and (c) that the council be allowed to lead the procurement of its improvement support."))
    s.append(P("6.2 The Leader of the Opposition has indicated that her group does not support paragraph (b) of the draft representations. Members will wish to consider the motion at Item 8 and the amendment at Item 9 alongside this report."))
    s.append(P("7. Options considered", "h2"))
    s.append(P("7.1 The Council could decide to make no representations. That is not recommended: the Minister has invited representations and the council has a legitimate interest in the form of the intervention. The Council could also oppose intervention outright. That is not recommended, given the inspectors' findings and the council's financial position."))
    s += implications(S, "the council's response to the inspection", "Chief Executive", "101")
    s.append(P("Notes", "h2"))
    s.append(P("[1] Best Value Inspection of Hollinsford Council, February 2025, paragraph 2.5.", "small"))
    s.append(PageBreak())
    s.append(P("Appendix 1: Draft representations to the Minister for Local Government", "h1"))
    s.append(P("Dear Minister,"))
    s.append(P("Thank you for your letter of 20 February 2025. The Council considered your letter and the report of the Best Value Inspection at an extraordinary meeting on 27 February 2025 and at its meeting on 12 March 2025."))
    s.append(P("The Council accepts the inspectors' findings in full. It recognises that it needs external support to make the improvements that the inspectors have identified, and it will work constructively with any commissioners you appoint."))
    s.append(P("The Council would, however, ask you to consider the following points before you take your final decision."))
    s.append(P("<b>Duration.</b> The Council asks that the intervention be for an initial period of two years, with a review after twelve months. The Council has already begun to implement the inspectors' recommendations, including setting a budget for 2025/26 that does not rely on reserves, creating a second scrutiny officer post and commissioning an independent review of its culture."))
    s.append(P("<b>Statutory officers.</b> The Council asks that the commissioners' powers in relation to the appointment and dismissal of the statutory officers be exercised in consultation with the Leader of the Council."))
    s.append(P("<b>Improvement support.</b> The Council asks to be permitted to lead the procurement of external improvement support, subject to the agreement of the commissioners, so that the support can be integrated with the council's existing transformation programme."))
    s.append(P("<b>Hollinsford Energy Ltd.</b> The Council has commissioned an independent review of the company and will report to full council on its future within six months, as the inspectors recommend."))
    s.append(P("The Council would welcome a meeting with you or your officials to discuss these representations."))
    s.append(P("Yours sincerely,"))
    s.append(P("Chief Executive, on behalf of Hollinsford Council"))
    s.append(PageBreak())
    s.append(P("Appendix 2: Timetable", "h1"))
    rows = [["Date", "Milestone"],
            ["20 February 2025", "Report and Minister's letter published"],
            ["27 February 2025", "Extraordinary Council meeting notes the report"],
            ["12 March 2025", "Council approves representations"],
            ["20 March 2025", "Deadline for representations to the Minister"],
            ["25 March 2025", "Audit and Governance Committee considers draft improvement and recovery plan"],
            ["April 2025", "Minister's final decision expected"],
            ["May 2025", "Commissioners appointed (if the Minister so decides)"],
            ["June 2025", "Improvement and recovery plan agreed with commissioners"],
            ["December 2025", "First six-monthly report by commissioners to the Secretary of State"]]
    s.append(table(rows, [40 * mm, 122 * mm], S))
    s.append(PageBreak())

    # ---- Item 7: Monitoring Officer, best value duty
    mark("7")
    s.append(P("Report to: Council &nbsp;&nbsp; Date: 12 March 2025 &nbsp;&nbsp; Report of: Monitoring Officer", "h3"))
    s.append(P("The Best Value Duty and the Role of the Statutory Officers", "h1"))
    s.append(P("1. Purpose", "h2"))
    s.append(P("1.1 To remind Members of the council's statutory duty of best value and of the roles of the statutory officers, in the light of the findings of the Best Value Inspection."))
    s.append(P("2. The best value duty", "h2"))
    s.append(P("2.1 Section 3(1) of the Local Government Act 1999 provides that "
               + R.q("CQ30", "A best value authority must make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness.",
                     concerns=False, verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None,
                     kind="statute", note="The Act itself, not a source; the report refers to section 3 but does not quote it.")))
    s.append(P("2.2 Statutory guidance issued by the Secretary of State describes the characteristics of a well-functioning authority under seven themes: continuous improvement, leadership, governance, culture, use of resources, service delivery and partnerships and community engagement. The inspectors assessed the council against those themes."))
    s.append(P("2.3 Where the Secretary of State is satisfied that an authority is failing to comply with the duty, section 15 of the Act allows him to direct the authority to take any action he considers necessary or expedient to secure compliance, including directing that specified functions be exercised by the Secretary of State or a person nominated by him."))
    s.append(P("3. The statutory officers", "h2"))
    s.append(P("3.1 The council is required to designate a Head of Paid Service, a Monitoring Officer and a chief finance officer (the Section 151 Officer). The council's Constitution, Article 12, provides that "
               + R.q("CQ31", "The Monitoring Officer will ensure that the Council, its officers, and its elected councillors, maintain the highest standards of conduct in all they do.",
                     concerns=False, verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None,
                     kind="constitution", note="The council's Constitution, not a source.")))
    s.append(P("3.2 The inspectors found that "
               + R.q("CQ32", "The Section 151 Officer told us that she had raised concerns about the affordability of the capital programme … and that none of these concerns was reported to Cabinet",
                     verdict=["minor"], section="3.8", cited=["3.8"], kind="ellipsis",
                     source_text="The Section 151 Officer told us that she had raised concerns about the affordability of the capital programme in writing on three occasions in 2023, and that none of these concerns was reported to Cabinet.",
                     note="Ellipsis marks the omitted 'in writing on three occasions in 2023,'; attribution to the S151 Officer kept.")
               + " (para 3.8)."))
    s.append(P("3.3 In respect of the Monitoring Officer, the inspectors said: "
               + R.q("CQ33", "We do not consider that the Monitoring Officer has been given the resources or the standing needed to discharge the role effectively.",
                     section="3.9", cited=["3.9"], note="Exact first sentence of 3.9.")
               + " (paragraph 3.9). They noted that "
               + R.q("CQ34", "The legal team has lost five of its eleven lawyers since 2022", section="3.9", cited=["3.9"], note="Exact words of 3.9.")
               + "."))
    s.append(P("3.4 The inspectors were also concerned about the follow-up of internal audit work: "
               + R.q("CQ35", "Of the 64 internal audit recommendations due for implementation by March 2024, 27 had not been implemented.", section="6.6",
                     cited=["6.5"], citation=["wrong"], note="The sentence is 6.6; the report cites 6.5.")
               + " (paragraph 6.5)."))
    s.append(P("4. Action proposed", "h2"))
    s.append(P("4.1 The Head of Paid Service has agreed that, from 1 April 2025, the Monitoring Officer and the Section 151 Officer will be full members of the corporate leadership team, that two additional lawyer posts will be established, and that every report to Cabinet and Council will carry comments from both statutory officers."))
    s.append(P("4.2 The Monitoring Officer will issue a revised Member/Officer Protocol and will arrange mandatory training for all Members by July 2025."))
    s += implications(S, "the roles of the statutory officers", "Monitoring Officer", "140")
    s.append(PageBreak())

    # ---- Item 8: motion
    mark("8")
    s.append(P("Council: 12 March 2025", "h3"))
    s.append(P("Notice of Motion: Best Value Inspection", "h1"))
    s.append(P("Proposed by the Leader of the Opposition; seconded by the Deputy Leader of the Opposition"))
    s.append(P("This Council notes the publication on 20 February 2025 of the report of the Best Value Inspection of Hollinsford Council."))
    s.append(P("This Council notes that:"))
    s += motion_points(R, S, amended=False)
    s.append(P("This Council believes that the Administration has lost the confidence of residents and staff."))
    s.append(P("This Council therefore resolves:"))
    s.append(P("1. to have no confidence in the Leader of the Council and the Cabinet;", "ind"))
    s.append(P("2. to ask the Minister to appoint commissioners with the full range of powers proposed in his letter;", "ind"))
    s.append(P("3. to establish a cross-party improvement board, chaired by the Leader of the Opposition, to oversee the improvement and recovery plan.", "ind"))
    s.append(PageBreak())

    # ---- Item 9: amendment with tracked changes as text
    mark("9")
    s.append(P("Council: 12 March 2025", "h3"))
    s.append(P("Amendment to the Motion at Item 8", "h1"))
    s.append(P("Proposed by the Leader of the Council; seconded by the Deputy Leader of the Council"))
    s.append(P("<i>The amendment was submitted as a Word document with tracked changes. It is reproduced as received: deletions are shown as ~~text~~ or &lt;del&gt;text&lt;/del&gt;, insertions as [inserted: text] or &lt;ins&gt;text&lt;/ins&gt;.</i>", "small"))
    s.append(Spacer(1, 3 * mm))
    s.append(P("This Council notes the publication on 20 February 2025 of the report of the Best Value Inspection of Hollinsford Council."))
    s.append(P("This Council notes that:"))
    s += motion_points(R, S, amended=True)
    s.append(P("This Council believes that ~~the Administration has lost the confidence of residents and staff~~ [inserted: every Member has a responsibility to support the council's recovery]."))
    s.append(P("This Council therefore resolves:"))
    s.append(P("1. ~~to have no confidence in the Leader of the Council and the Cabinet;~~ [inserted: to accept the findings of the inspection in full;]", "ind"))
    s.append(P("2. to ask the Minister to appoint commissioners ~~with the full range of powers proposed in his letter~~ [inserted: on the terms set out in the representations at Item 6];", "ind"))
    s.append(P("3. to establish a cross-party improvement board, chaired by the &lt;del&gt;Leader of the Opposition&lt;/del&gt;&lt;ins&gt;Leader of the Council, with the Leader of the Opposition as vice-chair&lt;/ins&gt;, to oversee the improvement and recovery plan.", "ind"))
    s.append(PageBreak())

    # ---- Item 10: treasury (filler, one figure)
    mark("10")
    s.append(P("Report to: Council &nbsp;&nbsp; Date: 12 March 2025 &nbsp;&nbsp; Report of: Section 151 Officer", "h3"))
    s.append(P("Treasury Management Mid-Year Review 2024/25", "h1"))
    s.append(P("1. Purpose", "h2"))
    s.append(P("1.1 The CIPFA Code of Practice on Treasury Management requires the Council to receive a mid-year review of treasury management activity. This report covers the period 1 April to 30 September 2024."))
    s.append(P("2. Economic background", "h2"))
    s.append(P("2.1 Bank Rate was reduced from 5.25% to 5.00% in August 2024. Consumer price inflation fell to 1.7% in September 2024. Gilt yields remained volatile through the period, and PWLB rates for 25-year borrowing ranged between 5.0% and 5.5%."))
    s.append(P("3. Borrowing", "h2"))
    s.append(P("3.1 The council's external borrowing at 30 September 2024 was £372.6 million, of which £301.4 million was from the Public Works Loan Board and £71.2 million was short-term borrowing from other local authorities. The council's capital financing requirement at 31 March 2024 was £409 million. No new long-term borrowing was taken in the period."))
    rows = [["Indicator", "Limit 2024/25", "Actual at 30 Sept 2024"],
            ["Authorised limit for external debt", "£450.0m", "£372.6m"],
            ["Operational boundary", "£420.0m", "£372.6m"],
            ["Maturity: under 12 months", "0% - 40%", "24%"],
            ["Maturity: 12 months to 2 years", "0% - 25%", "6%"],
            ["Maturity: 2 to 5 years", "0% - 30%", "11%"],
            ["Maturity: 5 to 10 years", "0% - 40%", "14%"],
            ["Maturity: over 10 years", "20% - 100%", "45%"],
            ["Principal invested over 365 days", "£10.0m", "£0.0m"],
            ["Ratio of financing costs to net revenue stream", "14.5%", "14.1%"]]
    s.append(table(rows, [80 * mm, 40 * mm, 42 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("4. Investments", "h2"))
    s.append(P("4.1 The council held investments of £18.4 million at 30 September 2024, all with the Debt Management Office, money market funds or other local authorities. The average rate of return was 5.02%."))
    s.append(P("5. Loans to Hollinsford Energy Ltd", "h2"))
    s.append(P("5.1 The outstanding balance of loans to Hollinsford Energy Ltd at 30 September 2024 was £38.5 million. No repayments of principal were received in the period and interest of £0.9 million due in September 2024 was deferred with the agreement of the Section 151 Officer. An expected credit loss allowance will be considered as part of the 2024/25 accounts."))
    s.append(P("6. Compliance", "h2"))
    s.append(P("6.1 All treasury management activity in the period complied with the Treasury Management Strategy approved by the Council in February 2024, with the exception of one occasion on which the council's current account was overdrawn by £0.3 million overnight owing to a delay in the receipt of business rates income."))
    s += implications(S, "treasury management", "Section 151 Officer", "120")
    s.append(PageBreak())

    # ---- Item 11: appointments (filler)
    mark("11")
    s.append(P("Report to: Council &nbsp;&nbsp; Date: 12 March 2025 &nbsp;&nbsp; Report of: Monitoring Officer", "h3"))
    s.append(P("Appointments to Committees and Outside Bodies", "h1"))
    s.append(P("1.1 To make appointments to committees and outside bodies following changes notified by the political groups since the Annual Council meeting in May 2024."))
    s.append(P("1.2 The allocation of seats on committees must comply with the rules on political balance in sections 15 and 16 of the Local Government and Housing Act 1989. The proposed appointments below comply with those rules."))
    rows = [["Committee or body", "Change proposed", "Group"]]
    for c, ch, g in [("Overview and Scrutiny Committee", "Replace one member", "Administration"),
                     ("Audit and Governance Committee", "Fill vacancy", "Opposition"),
                     ("Planning Committee", "Replace one substitute member", "Administration"),
                     ("Licensing Committee", "Replace one member", "Opposition"),
                     ("Employment Committee", "Fill vacancy", "Administration"),
                     ("Standards Committee", "Replace one member", "Administration"),
                     ("Shareholder Committee (Hollinsford Energy Ltd)", "Add one opposition member", "Opposition"),
                     ("Health and Wellbeing Board", "Replace one member", "Administration"),
                     ("Hollinsford Community Safety Partnership", "Replace representative", "Administration"),
                     ("Hollinsford Almshouse Charity", "Appoint trustee", "Opposition"),
                     ("Local Government Association General Assembly", "Replace representative", "Administration"),
                     ("Fire and Rescue Authority", "Replace one member", "Opposition")]:
        rows.append([c, ch, g])
    s.append(table(rows, [80 * mm, 52 * mm, 30 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1.3 The Council is recommended to approve the appointments set out above and to note that the names of the Members concerned will be reported orally at the meeting."))
    s += implications(S, "appointments to committees", "Head of Democratic Services", "105")
    s.append(PageBreak())

    # ---- Item 12: forward plan (filler)
    mark("12")
    s.append(P("Report to: Council &nbsp;&nbsp; Date: 12 March 2025 &nbsp;&nbsp; Report of: Chief Executive", "h3"))
    s.append(P("Forward Plan of Key Decisions: March to June 2025", "h1"))
    s.append(P("1.1 The Forward Plan sets out the key decisions which the Cabinet and individual Cabinet Members expect to take over the next four months. It is published at least 28 clear days before each decision, in accordance with the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012."))
    s.append(P("1.2 Following the findings of the Best Value Inspection on the use of the forward plan, the Chief Executive has instructed that no key decision may be taken unless it has appeared on the Forward Plan for at least 28 clear days, except in accordance with the general exception and special urgency rules, which will be reported to Council quarterly."))
    rows = [["Decision", "Decision maker", "Date", "Lead officer"]]
    decisions = [("Riverside scheme: revised business case", "Cabinet", "June 2025", "Director of Regeneration (interim)"),
                 ("Temporary accommodation acquisition programme: phase 2", "Cabinet", "April 2025", "Director of Housing"),
                 ("Hollinsford Energy Ltd: interim funding arrangements", "Cabinet", "April 2025", "Section 151 Officer"),
                 ("Award of contract: highways maintenance 2025-2030", "Cabinet Member for Environment", "May 2025", "Director of Place"),
                 ("Award of contract: school transport", "Cabinet Member for Children", "April 2025", "Director of Children's Services"),
                 ("Adult social care fees 2025/26", "Cabinet", "March 2025", "Director of Adult Social Care"),
                 ("Local Plan: submission draft", "Council", "June 2025", "Head of Planning"),
                 ("Revised contract procedure rules", "Council", "May 2025", "Monitoring Officer"),
                 ("Leisure centre management contract extension", "Cabinet", "May 2025", "Director of Place"),
                 ("Disposal of land at Mill Lane", "Cabinet", "June 2025", "Head of Property"),
                 ("Housing Revenue Account business plan 2025-2055", "Cabinet", "May 2025", "Director of Housing"),
                 ("Fees and charges review", "Cabinet", "April 2025", "Section 151 Officer"),
                 ("Waste collection vehicle replacement", "Cabinet Member for Environment", "June 2025", "Director of Place"),
                 ("ICT infrastructure refresh", "Cabinet Member for Corporate Services", "May 2025", "Head of ICT"),
                 ("Town centre CCTV upgrade", "Cabinet Member for Communities", "June 2025", "Head of Community Safety"),
                 ("Homelessness and rough sleeping strategy 2025-2030", "Cabinet", "June 2025", "Director of Housing"),
                 ("Discretionary rate relief policy", "Cabinet Member for Finance and Regeneration", "April 2025", "Head of Revenues and Benefits"),
                 ("Council tax support scheme 2026/27: consultation", "Cabinet", "June 2025", "Head of Revenues and Benefits")]
    for d in decisions: rows.append(list(d))
    s.append(table(rows, [70 * mm, 38 * mm, 20 * mm, 34 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1.3 The Council is recommended to note the Forward Plan."))
    s += implications(S, "the Forward Plan", "Head of Democratic Services", "105")
    s.append(PageBreak())

    # ---- Item 13: pay policy (filler)
    mark("13")
    s.append(P("Report to: Council &nbsp;&nbsp; Date: 12 March 2025 &nbsp;&nbsp; Report of: Employment Committee", "h3"))
    s.append(P("Pay Policy Statement 2025/26", "h1"))
    s.append(P("1.1 Section 38 of the Localism Act 2011 requires the council to prepare a pay policy statement for each financial year, and to have it approved by full council before 31 March. The Employment Committee considered the draft statement on 18 February 2025 and recommends it to the Council."))
    s.append(P("1.2 The statement sets out the council's policies on the remuneration of its chief officers, on the remuneration of its lowest-paid employees, and on the relationship between the two. It must be published on the council's website."))
    s.append(P("2. Chief officer remuneration", "h2"))
    rows = [["Post", "Salary range 2025/26", "Number of posts"],
            ["Chief Executive (Head of Paid Service)", "£168,000 - £182,000", "1"],
            ["Strategic Director", "£126,000 - £138,000", "3"],
            ["Director", "£104,000 - £116,000", "5"],
            ["Section 151 Officer", "£112,000 - £122,000", "1"],
            ["Monitoring Officer", "£96,000 - £106,000", "1"],
            ["Assistant Director / Head of Service", "£78,000 - £92,000", "22"]]
    s.append(table(rows, [80 * mm, 50 * mm, 32 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("2.1 Chief officers are appointed on the lowest point of the grade unless the Employment Committee agrees otherwise. Progression through the grade is by annual increment, subject to satisfactory performance. No chief officer receives a bonus or performance-related pay."))
    s.append(P("2.2 Interim chief officers engaged through an agency or as contractors are paid a day rate which is published quarterly. At 31 January 2025 four of the nine posts on the corporate leadership team were filled on an interim basis. The council intends to make permanent appointments to all four posts during 2025/26."))
    s.append(P("3. Lowest-paid employees", "h2"))
    s.append(P("3.1 The council defines its lowest-paid employees as those paid on the first point of its pay spine, excluding apprentices. From 1 April 2025 the first point of the pay spine will be £24,790 a year, which is above the Real Living Wage."))
    s.append(P("3.2 The ratio between the remuneration of the Chief Executive and the median remuneration of the council's workforce is 6.4:1. The ratio between the Chief Executive's remuneration and that of the lowest-paid employees is 7.1:1."))
    s.append(P("4. Severance", "h2"))
    s.append(P("4.1 Any severance payment to a chief officer of £100,000 or more must be approved by full council. Severance payments of any amount to a statutory officer are subject to the procedures set out in the Local Authorities (Standing Orders) (England) Regulations 2001. No severance payment of more than £100,000 was made in 2024/25."))
    s.append(P("5. Re-employment", "h2"))
    s.append(P("5.1 A former chief officer who left the council with a severance payment will not normally be re-engaged, whether as an employee or a contractor, within two years of leaving, unless the Employment Committee agrees."))
    s += implications(S, "the pay policy statement", "Head of Human Resources", "150")
    s.append(PageBreak())

    # ---- Item 14: calendar (filler)
    mark("14")
    s.append(P("Report to: Council &nbsp;&nbsp; Date: 12 March 2025 &nbsp;&nbsp; Report of: Head of Democratic Services", "h3"))
    s.append(P("Calendar of Meetings 2025/26", "h1"))
    s.append(P("1.1 The Council is asked to approve the calendar of meetings for the municipal year 2025/26. The calendar has been prepared so that the Improvement Board, if established, can report to each meeting of the Cabinet and of the Audit and Governance Committee."))
    rows = [["Meeting", "Dates 2025/26"]]
    for m, d in [("Annual Council", "21 May 2025"), ("Council", "16 July 2025; 24 September 2025; 26 November 2025; 28 January 2026; 25 February 2026 (budget); 18 March 2026"),
                 ("Cabinet", "10 June; 8 July; 9 September; 14 October; 11 November; 9 December 2025; 13 January; 10 February; 10 March 2026"),
                 ("Overview and Scrutiny Committee", "17 June; 15 July; 16 September; 21 October; 18 November 2025; 20 January; 17 February; 17 March 2026"),
                 ("Audit and Governance Committee", "24 June; 23 September; 25 November 2025; 27 January; 24 March 2026"),
                 ("Planning Committee", "Every fourth Thursday"), ("Licensing Committee", "2 July; 1 October 2025; 7 January; 1 April 2026"),
                 ("Standards Committee", "8 July; 4 November 2025; 3 March 2026"), ("Employment Committee", "As required"),
                 ("Shareholder Committee", "Monthly from June 2025"), ("Health and Wellbeing Board", "19 June; 18 September; 11 December 2025; 19 March 2026")]:
        rows.append([m, d])
    s.append(table(rows, [56 * mm, 106 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1.2 Meetings of the Council begin at 7.00 pm. Meetings of committees begin at 6.00 pm unless the chair agrees otherwise. All meetings will be held at the Civic Centre and webcast."))
    s.append(P("1.3 The Shareholder Committee will meet monthly in future, rather than twice a year, and will receive the management accounts of Hollinsford Energy Ltd at every meeting."))
    s += implications(S, "the calendar of meetings", "Head of Democratic Services", "105")
    return s


def motion_points(R, S, amended):
    """The numbered 'notes' of the motion (Item 8) and of the amendment with tracked changes (Item 9)."""
    P = lambda t: Paragraph(t, S["ind"])
    pre = "A" if amended else "M"
    out = []
    out.append(P("(a) the inspectors found that the council "
                  + R.q("CQ%s1" % pre, "is failing to comply with its best value duty in respect of leadership, governance, culture, financial management, scrutiny and procurement",
                        section="9.1", cited=["9.1"], note="Exact words of 9.1" + ("; repeated from the motion at Item 8." if amended else "."))
                  + " (Section 9.1);"))
    t2 = ("(b) the inspectors found that decisions "
          + R.q("CQ%s2" % pre, "were taken by a small group of members and senior officers, often outside the formal decision-making framework",
                section="1.3", cited=["1.3"], note="Exact words of 1.3" + ("; struck through in the amendment but still present as text." if amended else "."))
          + " (para 1.3);")
    out.append(P("~~" + t2 + "~~" if amended else t2))
    if amended:
        out.append(P("[inserted: (b) the inspectors also found that "
                     + R.q("CQA3", "many of the staff we met are committed to the people of Hollinsford", section="1.7", cited=["executive summary"],
                           note="1.7, in the Executive summary chapter; repeats the quotation at Item 6.")
                     + " (executive summary), and that "
                     + R.q("CQA4", "The housing service has begun to improve under its new director", section="8.6", cited=["8.6"], note="Exact words of 8.6.")
                     + " (para 8.6);]"))
    t3 = ("(c) the borrowing for the Riverside scheme "
          + R.q("CQ%s5" % pre, "will never pay for itself", verdict=["misquote"], citation=["correct"], section="5.7", cited=["5.7"], kind="negation_added",
                source_text="The Cabinet Member for Finance and Regeneration told us that the borrowing was \"an investment in the future of the town that will pay for itself\".",
                note="5.7 reports the Cabinet Member's claim that it 'will pay for itself'; 'never' is added" + (" (struck through in the amendment)." if amended else "."))
          + " (para 5.7);")
    if amended:
        out.append(P("~~" + t3 + "~~ [inserted: (c) the Cabinet Member for Finance and Regeneration told the inspectors that the borrowing for the Riverside scheme was "
                     + R.q("CQA6", "an investment in the future of the town that will pay for itself", section="5.7", cited=["5.7"],
                           note="Control: the Cabinet Member's words, attributed to him.")
                     + " (para 5.7);]"))
    else:
        out.append(P(t3))
    if amended:
        out.append(P("(d) the Minister &lt;del&gt;proposes "
                     + R.q("CQA7", "to appoint two commissioners for a period of three years", verdict=["misquote"], citation=["correct"], source="letter", section="4",
                           cited=[], cited_document="letter", kind="changed_figure_and_cut",
                           source_text="I propose to give directions to the council and to appoint three commissioners, a Lead Commissioner and commissioners for finance and for governance, for a period of three years.",
                           note="Repeated from the motion inside <del>; 'three' became 'two' and the list is cut unmarked.")
                     + "&lt;/del&gt;&lt;ins&gt;is "
                     + R.q("CQA8", "minded to", source="letter", section="4", cited=[], cited_document="letter", note="Two words of the letter's fourth paragraph.")
                     + " appoint commissioners&lt;/ins&gt; (" + LETTER_ALIAS + ");"))
    else:
        out.append(P("(d) the Minister proposes "
                     + R.q("CQM7", "to appoint two commissioners for a period of three years", verdict=["misquote"], citation=["correct"], source="letter", section="4",
                           cited=[], cited_document="letter", kind="changed_figure_and_cut",
                           source_text="I propose to give directions to the council and to appoint three commissioners, a Lead Commissioner and commissioners for finance and for governance, for a period of three years.",
                           note="The letter says three commissioners; the list of their roles is cut without marking.")
                     + " (" + LETTER_ALIAS + ");"))
    t5 = ("(e) the inspectors were concerned that "
          + R.q("CQ%s9" % pre, "waivers were used to benefit any individual supplier", verdict=["out_of_context"], citation=["correct"], section="7.4", cited=["7.4"],
                kind="negation_dropped", source_text="We do not suggest that waivers were used to benefit any individual supplier.",
                context_dropped="We do not suggest that",
                note="The inspectors expressly do not suggest it" + ("; repeated in the amendment." if amended else "."))
          + " and that "
          + R.q("CQ%s10" % pre, "the council cannot demonstrate that it obtained value for money", section="7.4", cited=["7.4"], note="Exact words of 7.4.")
          + " (para 7.4);")
    out.append(P(t5))
    t6 = ("(f) the Leader, the Cabinet Member for Finance and Regeneration and senior officers "
          + R.q("CQ%s11" % pre, "operated as an informal group that took the most significant decisions before they reached Cabinet", section="3.3", cited=[], cited_pages=[5],
                note="3.3 is on report page 5; cited as (p. 5).")
          + " (p. 5);")
    out.append(P(t6))
    t7 = ("(g) the council's reserves "
          + R.q("CQ%s12" % pre, "have more than halved in three years", verdict=["paraphrase"], citation=["correct"], section="5.1", cited=["5.1"], kind="paraphrase_figures",
                source_text="Its general fund reserve fell from £14.2 million in March 2021 to £5.8 million in March 2024, equivalent to 3.1% of its net revenue budget.",
                note="£14.2m to £5.8m over 2021-2024 is indeed more than halved; the report never uses these words.")
          + " (Section 5.1)")
    if amended:
        out.append(P(t7 + " [inserted: , although the inspectors noted that "
                     + R.q("CQA13", "the culture of the council had improved since the 2022 elections", verdict=["out_of_context"], citation=["correct"], section="1.4", cited=["1.4"],
                           kind="attribution_and_denial_dropped", source_text="Members told us that the culture of the council had improved since the 2022 elections.",
                           context_dropped="We do not share that view.",
                           note="Members' view, which the inspectors reject ('We do not share that view.'), presented as something the inspectors noted.")
                     + " (para 1.4)]."))
    else:
        out.append(P(t7 + "."))
    return out
