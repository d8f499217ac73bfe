# Content of pack-audit.pdf (CMIS style)
from packlib import Paragraph, Spacer, PageBreak, table, mm, Marker, escape

TITLE = "Hollinsford Council, Audit and Governance Committee, 25 March 2025"
LETTER_ALIAS = "Letter from Minister to CEX 20/02/25"

AGENDA = [
 ("1", "Apologies for Absence and Substitutions", False),
 ("2", "Declarations of Interest", False),
 ("3", "Minutes of the Meeting held on 28 January 2025", True),
 ("4", "Best Value Inspection: Response to the Report", True),
 ("5", "Internal Audit Progress Report 2024/25", True),
 ("6", "Improvement and Recovery Plan (Draft)", True),
 ("7", "Contract Procedure Rules: Proposed Changes to the Constitution", True),
 ("8", "Committee Work Programme 2025/26", True),
 ("9", "Annual Governance Statement 2023/24: Action Plan Update", True),
 ("10", "Counter-Fraud and Corruption: Progress Report", True),
 ("11", "External Audit Progress Report", True),
]

def boiler(S, topic, author):
    P = lambda t: Paragraph(t, S["body"])
    return [
     Paragraph("Implications", S["h2"]),
     Paragraph("Financial", S["h3"]),
     P("The costs of %s will be contained within existing budgets for 2024/25. Any additional costs in 2025/26 will be reported to the Cabinet through the quarterly budget monitoring reports." % topic),
     Paragraph("Legal", S["h3"]),
     P("The Accounts and Audit Regulations 2015 require the council to maintain an adequate and effective system of internal control, including arrangements for the management of risk, and to undertake an effective internal audit. The Committee's terms of reference include reviewing the council's governance and assurance arrangements."),
     Paragraph("Equalities", S["h3"]),
     P("There are no direct equalities implications arising from this report."),
     Paragraph("Risk", S["h3"]),
     P("Failure to address the matters set out in this report would increase the risk of further intervention and of financial loss to the council. The relevant risks are recorded on the corporate risk register (CR01 Financial sustainability; CR04 Governance and decision-making; CR09 Companies and commercial activity)."),
     Paragraph("Background documents", S["h3"]),
     P("Best Value Inspection of Hollinsford Council (February 2025); letter from the Minister for Local Government to the Chief Executive (20 February 2025)."),
     Paragraph("Report author", S["h3"]),
     P(author),
    ]

def header(S, item, title, author):
    return [Paragraph("Hollinsford Council", S["h3"]),
            Paragraph("Audit and Governance Committee &ndash; 25 March 2025", S["body"]),
            Paragraph("Item %s &ndash; %s" % (item, escape(title)), S["h1"]),
            Paragraph("Report of the %s" % author, S["body"]),
            Paragraph("Status: Public &nbsp;&nbsp; Wards affected: All", S["small"]), Spacer(1, 3 * mm)]

def story(R, S, state, pages):
    s = []
    P = lambda t, st="body": Paragraph(t, S[st])
    def paper(item, pid):
        R.item = item
        s.append(Marker(state, "item", item)); s.append(Marker(state, "paper", pid))
    # cover
    s.append(Marker(state, "item", "cover")); s.append(Marker(state, "paper", None))
    s.append(Spacer(1, 25 * mm))
    s.append(P("Agenda", "title"))
    s.append(P("Hollinsford Council", "h1"))
    s.append(P("Audit and Governance Committee", "h1"))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>Date:</b> Tuesday 25 March 2025"))
    s.append(P("<b>Time:</b> 6.00 pm"))
    s.append(P("<b>Place:</b> Committee Room 2, Civic Centre, Market Square, Hollinsford HF1 2AA"))
    s.append(Spacer(1, 6 * mm))
    s.append(P("<b>Members of the Committee:</b> the Chair of the Committee; the Vice-Chair; and seven other Members of the Council, "
               "appointed in accordance with the rules on political balance. There is currently no independent member of the Committee."))
    s.append(P("<b>Contact:</b> Committee Services, 01632 960110, committee.services@hollinsford.example.gov.uk"))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Members of the public are welcome to attend. The meeting will be recorded. Copies of the agenda are available in large print on request."))
    s.append(PageBreak())
    # agenda
    s.append(Marker(state, "item", "agenda"))
    s.append(P("Agenda", "h1"))
    rows = [["Item", "Business", "Page No."]]
    for num, title, papers in AGENDA:
        pg = ""
        if papers and num in pages:
            pg = "%d - %d" % pages[num]
        rows.append([num, "<b>%s</b>" % escape(title), pg])
    s.append(table(rows, [14 * mm, 120 * mm, 26 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Exclusion of the press and public: there are no items on this agenda for which it is expected that the press and public will be excluded."))
    s.append(P("Date of next meeting: Tuesday 24 June 2025 at 6.00 pm."))
    s.append(PageBreak())

    # Item 3 minutes
    paper("3", "p3")
    s.append(P("Hollinsford Council", "h3"))
    s.append(P("Item 3 &ndash; Minutes of the Audit and Governance Committee held on Tuesday 28 January 2025", "h1"))
    s.append(P("<b>Present:</b> the Chair of the Committee; the Vice-Chair; and six other Members. <b>Also present:</b> the Cabinet Member for Finance and Regeneration. <b>Officers:</b> the Section 151 Officer; the Head of Internal Audit; the Monitoring Officer; the engagement lead of the external auditor; the Committee Services Officer."))
    s.append(P("<b>31. Apologies and substitutions</b>", "h3"))
    s.append(P("Apologies were received from one Member."))
    s.append(P("<b>32. Declarations of interest</b>", "h3"))
    s.append(P("None."))
    s.append(P("<b>33. External audit: progress and the Report in the Public Interest</b>", "h3"))
    s.append(P("The engagement lead of the external auditor presented a progress report. She reminded the Committee that the Report in the Public Interest issued in March 2024 had concluded that "
               + R.q("AQ1", "The Council has not demonstrated that it has the arrangements in place to secure economy, efficiency and effectiveness in its use of resources.",
                     concerns=False, verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None, kind="other_document",
                     note="The external auditor's Report in the Public Interest, not one of the sources.")
               + " She said that the audit of the 2021/22 and 2022/23 accounts could not be completed until the valuation of the loans to Hollinsford Energy Ltd had been resolved."))
    s.append(P("Members asked about the likely timing of the opinions. The engagement lead said that the backstop date set by regulations would apply and that a disclaimed opinion was likely for both years."))
    s.append(P("<b>RESOLVED:</b> That the progress report be noted.", "ind"))
    s.append(P("<b>34. Internal audit charter</b>", "h3"))
    s.append(P("The Head of Internal Audit presented the revised Internal Audit Charter, which adopts the definition that "
               + R.q("AQ2", "Internal auditing is an independent, objective assurance and consulting activity designed to add value and improve an organization's operations.",
                     concerns=False, verdict=["not_found"], citation=["missing"], section=None, kind="other_document",
                     note="Professional standards definition quoted in the charter, not a source.")
               + " Members asked whether the service had the resources to deliver the plan. The Head of Internal Audit said that three of the eight posts in the team were vacant."))
    s.append(P("<b>RESOLVED:</b> That the revised Internal Audit Charter be approved.", "ind"))
    s.append(P("<b>35. Best Value Inspection</b>", "h3"))
    s.append(P("The Monitoring Officer said that the inspectors' report was expected in February 2025. The Chair asked that a special item on the report be added to the Committee's next meeting."))
    s.append(P("<b>36. Risk management update</b>", "h3"))
    s.append(P("The Section 151 Officer presented the corporate risk register. Members noted that the exposure to Hollinsford Energy Ltd had been added to the register as a corporate risk (CR09) in December 2024."))
    s.append(P("<b>RESOLVED:</b> That the corporate risk register be noted.", "ind"))
    s.append(P("The meeting ended at 7.52 pm."))
    s.append(PageBreak())

    # Item 4 CEX report
    paper("4", "p4")
    s += header(S, "4", "Best Value Inspection: Response to the Report", "Chief Executive")
    s.append(P("1. Summary", "h2"))
    s.append(P("1.1 This report sets out the findings of the Best Value Inspection that bear on the work of this Committee, and the proposed response."))
    s.append(P("2. Recommendation", "h2"))
    s.append(P("2.1 That the Committee notes the findings of the Best Value Inspection relating to audit, risk and governance, and comments on the proposed response before the improvement and recovery plan (Item 6) is finalised."))
    s.append(P("3. The inspectors' findings on finance", "h2"))
    s.append(P("3.1 The inspectors' overall assessment is stark: "
               + R.q("AQ3", "The council's financial position is precarious.", section="5.1", cited=["5.1"], note="Exact sentence of 5.1; repeated at Item 6.")
               + " (paragraph 5.1). They estimate a cumulative budget gap of £31.7 million by 2027/28."))
    s.append(P("3.2 The Minister's letter notes "
               + R.q("AQ4", "the exposure of the council to loans of £38.5 million to Hollinsford Energy Ltd", source="letter", section="3", cited=[], cited_document="letter",
                     note="Exact words of the letter's third paragraph.")
               + " (" + LETTER_ALIAS + ")."))
    s.append(P("3.3 The inspectors state: "
               + R.q("AQ5", "In our view there is a significant risk that a substantial part of the £38.5 million lent to the company will not be recovered.",
                     section="5.11", cited=[], cited_pages=[9], citation=["wrong"],
                     note="5.11 is on report page 10, not page 9.")
               + " (page 9 of the report)."))
    s.append(P("3.4 The inspectors also commented on the capacity of the finance team, which they described as "
               + R.q("AQ6", "in a state of collapse", verdict=["not_found"], citation=["wrong"], source=None, section=None, cited=["5.12"], kind="invented",
                     note="5.12 says the function is 'under-resourced' with 12 of 47 posts vacant or agency; 'in a state of collapse' is not in the sources.")
               + " (para 5.12). The Section 151 Officer does not accept that description but agrees that the team needs additional permanent staff."))
    s.append(P("4. The inspectors' findings on this Committee", "h2"))
    s.append(P("4.1 The inspectors note that "
               + R.q("AQ7", "The Audit and Governance Committee has no independent member.", section="6.5", cited=["6.5"], note="Exact sentence of 6.5.")
               + " (para 6.5). The inspectors found that the Committee "
               + R.q("AQ8", "relied heavily on the assurance given by officers and had not felt able to challenge it", verdict=["out_of_context"], citation=["correct"],
                     section="6.5", cited=["6.5"], kind="attribution_dropped",
                     source_text="Its chair told us that the committee relied heavily on the assurance given by officers and had not felt able to challenge it.",
                     context_dropped="Its chair told us that",
                     note="The chair's account to the inspectors presented as the inspectors' finding.")
               + " (para 6.5)."))
    s.append(P("4.2 The inspectors conclude: "
               + R.q("AQ9", "We do not consider that the committee has been an effective check on the executive", section="6.8", cited=["6.8"],
                     note="Exact words of 6.8; the sentence's qualification is not a denial of these words.")
               + " (paragraph 6.8), although they recognise that its members "
               + R.q("AQ10", "have been asked to work with incomplete information", section="6.8", cited=["6.8"], note="Exact words of 6.8.")
               + "."))
    s.append(P("4.3 The report records that "
               + R.q("AQ11", "The committee did not receive the external auditor's findings on Hollinsford Energy Ltd until four months after they had been shared with officers.",
                     section="6.7", cited=[], cited_pages=[11], note="6.7 is on report page 11.")
               + " (p. 11). It also found that "
               + R.q("AQ12", "The council's risk register did not … identify the financial exposure to Hollinsford Energy Ltd as a corporate risk", verdict=["minor"],
                     section="6.9", cited=["6.9"], kind="ellipsis",
                     source_text="The council's risk register did not, at any point in 2023, identify the financial exposure to Hollinsford Energy Ltd as a corporate risk.",
                     note="Ellipsis marks the omitted 'at any point in 2023'; harmless.")
               + " (para 6.9). The risk was added to the register in December 2024."))
    s.append(P("5. The Minister's letter", "h2"))
    s.append(P("5.1 The Minister's letter of 20 February expects the council to "
               + R.q("AQ13", "start implementing the recommendations straight away, before any final decision", verdict=["paraphrase"], citation=["correct"],
                     source="letter", section="8", cited=[], cited_document="letter", kind="reworded",
                     source_text="I expect the council to begin work on the inspectors' recommendations now, without waiting for my final decision.",
                     note="Same meaning as the letter's eighth paragraph, in other words.")
               + ". The draft improvement and recovery plan at Item 6 has been prepared on that basis."))
    s.append(P("5.2 The proposed directions would require the council to "
               + R.q("AQ14", "prepare and agree with the commissioners an improvement and recovery plan within three months", source="letter", section="5", cited=[], cited_document="letter",
                     citation=["correct"], note="Exact words of the letter's fifth paragraph; cited by alias.")
               + " (" + LETTER_ALIAS + ")."))
    s.append(P("6. Proposed response", "h2"))
    s.append(P("6.1 The Committee is asked to support the following actions, which are reflected in the draft plan: (a) the recruitment of two independent members to the Committee by September 2025; (b) a standing item on every agenda on the implementation of internal audit recommendations; (c) the quarterly reporting of all waivers of the contract procedure rules; (d) direct access for the Chair of the Committee to the external auditor and the Head of Internal Audit; and (e) a programme of training for Members of the Committee, to be delivered by an external provider."))
    s.append(P("5.3 The inspectors were clear that "
               + R.q("AQ44", "The statutory officers have not always been able to fulfil their roles.", section="3.8", cited=["3.8", "5.12"],
                     note="Exact sentence of 3.8; of the two places cited, 3.8 holds it.")
               + " (Sections 3.8 and 5.12). The plan at Item 6 makes the Monitoring Officer and the Section 151 Officer members of the corporate leadership team."))
    s.append(P("6.2 The Chair of the Committee has welcomed the inspectors' findings and has asked that the Committee's terms of reference be reviewed against the model terms of reference published by CIPFA."))
    s += boiler(S, "the response to the inspection", "Chief Executive, telephone 01632 960101")
    s.append(PageBreak())

    # Item 5 internal audit
    paper("5", "p5")
    s += header(S, "5", "Internal Audit Progress Report 2024/25", "Head of Internal Audit")
    s.append(P("1. Purpose", "h2"))
    s.append(P("1.1 To report progress against the internal audit plan for 2024/25 and to set the work of internal audit in the context of the Best Value Inspection."))
    s.append(P("2. Background", "h2"))
    s.append(P("2.1 The Public Sector Internal Audit Standards require that "
               + R.q("AQ15", "The chief audit executive must deliver an annual internal audit opinion and report that can be used by the organisation to inform its governance statement.",
                     concerns=False, verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None, kind="other_document",
                     note="Professional standards, not a source.")))
    s.append(P("2.2 The inspectors recorded that "
               + R.q("AQ16", "The internal audit service gave a limited assurance opinion for 2023/24.", section="6.6", cited=["6.6"], note="Exact sentence of 6.6.")
               + " (Section 6.6). They also found that "
               + R.q("AQ17", "Of the 64 internal audit recommendations due for implementation by March 2024, 27 had not been implemented.", section="6.6", cited=["6.6"],
                     note="Exact sentence of 6.6 (cited 6.5 in the Full Council pack).")
               + " (Section 6.6)."))
    s.append(P("2.3 On whistleblowing, the inspectors found that of the 31 disclosures received in the three years to March 2024, "
               + R.q("AQ18", "11 of these were not investigated properly", verdict=["misquote"], citation=["correct"], section="4.8", cited=["4.8"], kind="word_added",
                     source_text="We found that 11 of these were not investigated, and that in four cases the identity of the person making the disclosure was shared with the manager about whom the concern was raised.",
                     note="'properly' is added: the report says they were not investigated at all.")
               + " (para 4.8). Internal audit will review every open case."))
    s.append(P("3. Progress against the plan", "h2"))
    s.append(P("3.1 At 28 February 2025, 21 of the 34 audits in the 2024/25 plan had been completed to at least draft report stage. Six audits have been deferred to 2025/26 to make room for work arising from the inspection. Audits concluding with limited or no assurance are summarised below, with the link to the inspectors' findings."))
    rows = [["Audit", "Assurance", "Link to Best Value Inspection finding"],
            ["Contract waivers", "No assurance",
             R.q("AQ19", "Waivers were routinely approved by a single director without the involvement of the procurement team.", section="7.3", cited=["7.3"],
                 kind="exact_table_cell", note="Exact sentence of 7.3, in a table cell.") + " (para 7.3)"],
            ["Contracts register", "Limited",
             R.q("AQ20", "The council does not maintain a complete contracts register.", section="7.5", cited=["7.5"], kind="exact_table_cell", note="Exact sentence of 7.5.") + " (para 7.5)"],
            ["Procurement capacity", "Limited",
             R.q("AQ21", "The procurement team has been reduced from 9 posts to 4 since 2020.", verdict=["minor"], section="7.7", cited=["7.7"], kind="numerals_for_words",
                 source_text="The procurement team has been reduced from nine posts to four since 2020.", note="Numbers written as figures; meaning unchanged.") + " (para 7.7)"],
            ["Finance establishment", "Limited",
             R.q("AQ22", "The finance function is under-resourced.", section="5.12", cited=["5.12"], kind="exact_table_cell", note="Exact sentence of 5.12.") + " (para 5.12)"],
            ["Whistleblowing", "No assurance",
             R.q("AQ23", "We do not consider the whistleblowing policy to be fit for purpose.", section="4.9", cited=["4.9"], kind="exact_table_cell", note="Exact sentence of 4.9.") + " (para 4.9)"],
            ["Payroll", "Limited", "None"],
            ["Temporary accommodation payments", "Limited", "Spending on temporary accommodation exceeded budget (para 8.4)"],
            ["Fleet management", "Limited", "None"]]
    s.append(table(rows, [40 * mm, 24 * mm, 96 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("4. Follow-up of recommendations", "h2"))
    s.append(P("4.1 Of the 27 overdue recommendations identified by the inspectors, 15 have now been implemented, 8 are in progress with revised target dates agreed, and 4 have been superseded by changes in the council's systems. Internal audit will verify implementation of each recommendation before it is closed."))
    rows = [["Directorate", "Due", "Implemented", "In progress", "Superseded"],
            ["Corporate Services", "9", "6", "2", "1"], ["Finance", "7", "4", "3", "0"], ["Regeneration", "5", "1", "2", "2"],
            ["Housing", "4", "3", "1", "0"], ["Place", "2", "1", "0", "1"], ["Total", "27", "15", "8", "4"]]
    s.append(table(rows, [50 * mm, 22 * mm, 30 * mm, 30 * mm, 28 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("5. Resources", "h2"))
    s.append(P("5.1 Three of the eight posts in the internal audit team remain vacant. Two are being covered by an external provider under the framework agreement. The Head of Internal Audit is satisfied that sufficient work will be completed to support an annual opinion for 2024/25, but the opinion is expected to be limited."))
    s += boiler(S, "the internal audit plan", "Head of Internal Audit, telephone 01632 960130")
    s.append(PageBreak())
    s.append(P("Appendix A: Audits completed to 28 February 2025", "h1"))
    rows = [["Audit", "Directorate", "Assurance", "Recommendations (high / medium / low)"]]
    for a in [("Contract waivers", "Corporate Services", "No assurance", "4 / 3 / 1"), ("Contracts register", "Corporate Services", "Limited", "2 / 4 / 0"),
              ("Procurement capacity", "Corporate Services", "Limited", "1 / 3 / 2"), ("Finance establishment", "Finance", "Limited", "2 / 2 / 1"),
              ("Whistleblowing", "Corporate Services", "No assurance", "3 / 2 / 0"), ("Payroll", "Corporate Services", "Limited", "1 / 4 / 3"),
              ("Temporary accommodation payments", "Housing", "Limited", "2 / 3 / 1"), ("Fleet management", "Place", "Limited", "0 / 5 / 2"),
              ("Council tax", "Finance", "Substantial", "0 / 1 / 2"), ("Business rates", "Finance", "Substantial", "0 / 0 / 3"),
              ("Housing benefit", "Finance", "Substantial", "0 / 1 / 1"), ("Accounts payable", "Finance", "Reasonable", "0 / 3 / 2"),
              ("Accounts receivable", "Finance", "Reasonable", "0 / 2 / 4"), ("Treasury management", "Finance", "Reasonable", "0 / 2 / 1"),
              ("Adult social care direct payments", "Adult Social Care", "Reasonable", "0 / 3 / 3"), ("Deprivation of Liberty Safeguards", "Adult Social Care", "Substantial", "0 / 0 / 2"),
              ("Schools financial value standard", "Children's Services", "Reasonable", "0 / 2 / 2"), ("Disabled facilities grants", "Housing", "Reasonable", "0 / 2 / 1"),
              ("Gas safety compliance", "Housing", "Reasonable", "1 / 1 / 0"), ("ICT access controls", "Corporate Services", "Reasonable", "0 / 4 / 1"),
              ("Information governance", "Corporate Services", "Reasonable", "0 / 3 / 2")]:
        rows.append(list(a))
    s.append(table(rows, [58 * mm, 40 * mm, 26 * mm, 36 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Assurance levels: Substantial: a sound system of governance, risk management and control exists. Reasonable: there is generally a sound system, but there are weaknesses which put some objectives at risk. Limited: significant gaps, weaknesses or non-compliance were identified. No assurance: immediate action is required to address fundamental gaps, weaknesses or non-compliance."))
    s.append(PageBreak())

    # Item 6 improvement plan
    paper("6", "p6")
    s += header(S, "6", "Improvement and Recovery Plan (Draft)", "Chief Executive")
    s.append(P("1. Introduction", "h2"))
    s.append(P("1.1 This draft improvement and recovery plan responds to each of the inspectors' eight recommendations. It will be finalised after the Committee's comments and agreed with the commissioners if the Minister proceeds with the proposed intervention."))
    s.append(P("2. Foreword by the Leader of the Council", "h2"))
    s.append(P("2.1 We accept the inspectors' findings. But we also note that the inspectors themselves accept that the council "
               + R.q("AQ24", "has the capacity to secure the necessary improvements on its own", verdict=["out_of_context"], citation=["correct"], section="1.8",
                     cited=["executive summary"], kind="negation_dropped",
                     source_text="We do not consider that the council has the capacity to secure the necessary improvements on its own.",
                     context_dropped="We do not consider that",
                     note="The report says the opposite: the words follow 'We do not consider that'. 1.8 is in the Executive summary.")
               + " (executive summary), and this plan shows how we will do so."))
    s.append(P("3. The plan", "h2"))
    s.append(P("3.1 Each action is linked to the recommendation it answers. The inspectors' words are quoted so that progress can be measured against them."))
    rows = [["Ref", "Inspectors' recommendation or finding", "Council action", "Lead", "Target"],
     ["R1", R.q("AQ25", "The council should prepare, within three months, an improvement and recovery plan addressing each of the findings in this report, to be agreed by the commissioners.",
                section="R1", cited=["R1"], kind="exact_table_cell", note="The whole of R1."),
      "This plan", "Chief Executive", "May 2025"],
     ["R2", R.q("AQ26", "restore the general fund reserve to at least 3% of the net revenue budget by March 2028", verdict=["misquote"], citation=["correct"], section="R2", cited=["R2"],
                kind="changed_figure", source_text="The council should set a balanced budget for 2025/26 without recourse to general fund reserves, and restore the general fund reserve to at least 5% of the net revenue budget by March 2028.",
                note="5% altered to 3% (3.1% is the current level in 5.1).")
      + "<br/>Finding: " + R.q("AQ27", "The council's financial position is precarious.", section="5.1", cited=["5.1"], kind="exact_repeated",
                                 note="Repeats the quotation at Item 4 (AQ3), here in a table cell.") + " (para 5.1)",
      "Budget 2025/26 set without reserves; reserves strategy", "Section 151 Officer", "March 2028"],
     ["R3", R.q("AQ28", "review its loans to and governance of Hollinsford Energy Ltd", section="R3", cited=["R3"], kind="exact_table_cell", note="Exact words of R3."),
      "Independent review; report to Council", "Section 151 Officer", "September 2025"],
     ["R4", R.q("AQ29", "appointing a chair from outside the administration and providing at least two dedicated scrutiny officers", section="R4", cited=["R4"], kind="exact_table_cell",
                note="Exact words of R4."),
      "Constitution change; second officer post", "Monitoring Officer", "May 2025"],
     ["R5", R.q("AQ30", "appoint at least two independent members to the Audit and Governance Committee", section="R5", cited=["R5"], kind="exact_table_cell", note="Exact words of R5."),
      "Recruitment campaign", "Monitoring Officer", "September 2025"],
     ["R6", R.q("AQ31", "no waiver may be approved without the advice of the Head of Procurement", section="R6", cited=["R6"], kind="exact_table_cell", note="Exact words of R6."),
      "Revised contract procedure rules (Item 7)", "Head of Procurement", "May 2025"],
     ["R7", R.q("AQ32", "commission an independent review of its culture", section="R7", cited=["R7"], kind="exact_table_cell", note="Exact words of R7.")
      + "<br/>Finding: " + R.q("AQ33", "46% of respondents said they did not feel able to raise concerns without fear of reprisal", section="1.4", cited=["1.4"],
                                 kind="exact_table_cell", note="Exact words of 1.4.") + " (para 1.4)"
      + "<br/>Finding: members should " + R.q("AQ34", "stop contacting officers directly about planning and licensing matters", verdict=["paraphrase"], citation=["correct"],
                                 section="4.6", cited=["4.6"], kind="reworded",
                                 source_text="Several officers told us that members had contacted them directly to influence the outcome of planning and licensing matters. We did not find evidence that any decision was changed as a result, but the practice is inappropriate and should stop.",
                                 note="The report's point in other words.") + " (para 4.6)",
      "Culture review; revised Member/Officer Protocol", "Chief Executive", "December 2025"],
     ["R8", R.q("AQ35", "the Monitoring Officer and the Section 151 Officer are members of the corporate leadership team", section="R8", cited=["R7"], citation=["wrong"],
                kind="exact_table_cell", note="Words of R8, but the cell's own citation names R7.") + " (R7)",
      "Statutory officers join CLT from 1 April 2025", "Chief Executive", "April 2025"],
     ["Min.", R.q("AQ36", "prepare and agree with the commissioners an improvement and recovery plan within three months", source="letter", section="5", cited=[], cited_document="letter",
                    kind="exact_repeated", note="Repeats AQ14 (Item 4); letter's fifth paragraph.") + " (" + LETTER_ALIAS + ")",
      "Plan to be agreed with commissioners", "Chief Executive", "June 2025"]]
    s.append(table(rows, [15 * mm, 60 * mm, 33 * mm, 29 * mm, 23 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("4. Governance of the plan", "h2"))
    s.append(P("4.1 Delivery of the plan will be overseen by an Improvement Board chaired by the Lead Commissioner (if appointed), with the Leader of the Council, the Leader of the Opposition, the Chief Executive and the statutory officers as members. The Board will meet monthly and its minutes will be published."))
    s.append(P("4.2 Progress will be reported to Cabinet and to this Committee every quarter, and to full council every six months. Each action has a named lead officer and a target date. Actions which are more than one month late will be reported by exception."))
    s.append(P("5. Resourcing", "h2"))
    s.append(P("5.1 The estimated cost of delivering the plan in 2025/26 is £1.9 million, including the costs of the culture review, additional posts in the legal, procurement, scrutiny and finance teams, and external improvement support. £1.2 million has been provided for in the 2025/26 budget; the remaining £0.7 million will be met from the transformation reserve."))
    s += boiler(S, "the improvement and recovery plan", "Chief Executive, telephone 01632 960101")
    s.append(PageBreak())
    s.append(P("Appendix B: Milestones", "h1"))
    rows = [["Month", "Milestone", "Owner"]]
    for r in [("April 2025", "Statutory officers join the corporate leadership team", "Chief Executive"),
              ("April 2025", "Culture review specification agreed; supplier appointed", "Chief Executive"),
              ("May 2025", "Revised contract procedure rules adopted by Council", "Monitoring Officer"),
              ("May 2025", "Overview and Scrutiny Committee chair appointed from outside the administration", "Council"),
              ("May 2025", "Improvement and recovery plan agreed with commissioners", "Chief Executive"),
              ("June 2025", "Riverside revised business case to Cabinet", "Director of Regeneration (interim)"),
              ("June 2025", "First quarterly report of all waivers to this Committee", "Head of Procurement"),
              ("July 2025", "Revised Member/Officer Protocol and Code of Conduct", "Monitoring Officer"),
              ("September 2025", "Independent members appointed to this Committee", "Monitoring Officer"),
              ("September 2025", "Report on the future of Hollinsford Energy Ltd to Council", "Section 151 Officer"),
              ("October 2025", "Medium term financial strategy 2026/27 to 2029/30", "Section 151 Officer"),
              ("December 2025", "Culture review reports; action plan", "Chief Executive"),
              ("December 2025", "First six-monthly report by commissioners", "Lead Commissioner"),
              ("March 2026", "Complete contracts register published", "Head of Procurement"),
              ("March 2026", "Permanent appointments to all corporate leadership team posts", "Chief Executive")]:
        rows.append(list(r))
    s.append(table(rows, [30 * mm, 90 * mm, 40 * mm], S))
    s.append(PageBreak())

    # Item 7 CPRs
    paper("7", "p7")
    s += header(S, "7", "Contract Procedure Rules: Proposed Changes to the Constitution", "Monitoring Officer")
    s.append(P("1. Purpose", "h2"))
    s.append(P("1.1 To seek the Committee's views on proposed changes to the Contract Procedure Rules (Part 4F of the Constitution) before they are recommended to full council."))
    s.append(P("2. The current rules", "h2"))
    s.append(P("2.1 Contract Procedure Rule 4.1 currently provides: "
               + R.q("AQ37", "Any waiver of these Rules must be approved in writing by the relevant Director and recorded in the Waivers Register.",
                     concerns=False, verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None, kind="constitution",
                     note="The council's Constitution, not a source.")))
    s.append(P("2.2 Article 13 of the Constitution provides that "
               + R.q("AQ38", "All decisions of the Council will be made in accordance with the principles of proportionality, due consultation, respect for human rights and openness.",
                     concerns=False, verdict=["not_found"], citation=["unverifiable"], cited_document="other", section=None, kind="constitution",
                     note="The council's Constitution, not a source.")))
    s.append(P("3. The inspectors' findings", "h2"))
    s.append(P("3.1 The inspectors found that "
               + R.q("AQ39", "The value of the contracts awarded under waivers was £22.8 million", section="7.2", cited=["7.2"], note="Exact words of 7.2.")
               + " (paragraph 7.2), and that "
               + R.q("AQ40", "In eight cases the waiver was approved after the contract had been let.", section="7.3", cited=["7.3"], note="Exact sentence of 7.3.")
               + " (paragraph 7.3)."))
    s.append(P("3.2 The inspectors described the council's approach to procurement as "
               + R.q("AQ41", "reckless", verdict=["not_found"], citation=["wrong"], source=None, section=None, cited=["7.4"], kind="invented",
                     note="The report never uses 'reckless'; 7.4 is measured.")
               + " (para 7.4). They concluded that "
               + R.q("AQ42", "the scale of their use means the council cannot demonstrate that it obtained value for money", verdict=["minor"], section="7.4", cited=["7.4"],
                     kind="dropped_word", source_text="However, the scale of their use means that the council cannot demonstrate that it obtained value for money.",
                     note="'that' dropped; meaning unchanged.")
               + " (para 7.4)."))
    s.append(P("3.3 Recommendation 6: "
               + R.q("AQ43", "The council should revise its contract procedure rules so that no waiver may be approved without the advice of the Head of Procurement, and report all waivers to the Audit and Governance Committee quarterly.",
                     section="R6", cited=["R6"], note="The whole of R6.")))
    s.append(P("3.4 The council's Procurement Strategy was adopted in 2022. The inspectors considered that its central commitment had not been honoured (paragraph 7.8)."))
    s.append(P("4. Proposed changes", "h2"))
    s.append(P("4.1 The proposed changes are shown below as tracked changes (deletions as ~~text~~, insertions as [inserted: text])."))
    s.append(P("<b>Rule 4.1</b> Any waiver of these Rules must be approved in writing by the relevant Director ~~and recorded in the Waivers Register~~ [inserted: after receiving the written advice of the Head of Procurement, must be recorded in the Waivers Register before the contract is let, and must be reported to the Audit and Governance Committee quarterly].", "ind"))
    s.append(P("<b>Rule 4.2</b> [inserted: No waiver may be approved retrospectively. A contract let without a waiver where one was required shall be reported to the Monitoring Officer, who shall report it to the Audit and Governance Committee.]", "ind"))
    s.append(P("<b>Rule 9.3</b> Contracts with a value above ~~£250,000~~ [inserted: £100,000] shall be entered on the Contracts Register within ~~30~~ [inserted: 10] working days of award.", "ind"))
    s.append(P("<b>Rule 12.1</b> Any variation which increases the value of a contract by more than ~~25%~~ [inserted: 10% or £250,000, whichever is the lower,] shall be approved by ~~the relevant Director~~ [inserted: the Cabinet].", "ind"))
    s.append(P("5. Consultation", "h2"))
    s.append(P("5.1 The Head of Procurement, the Section 151 Officer and the Constitution Working Group have been consulted. The Constitution Working Group supports the changes but asked that the threshold in Rule 12.1 be reviewed after twelve months."))
    s += boiler(S, "revising the contract procedure rules", "Monitoring Officer, telephone 01632 960140")
    s.append(PageBreak())
    s.append(P("Appendix A: Contract Procedure Rules (Part 4F): thresholds as proposed", "h1"))
    rows = [["Estimated total value", "Procedure", "Authority to award", "Advertising"]]
    for r in [("Up to £10,000", "One written quotation", "Budget holder", "Not required"),
              ("£10,000 - £50,000", "Three written quotations", "Head of Service", "Contracts Finder if advertised"),
              ("£50,000 - £100,000", "Open request for quotation", "Director", "Contracts Finder"),
              ("£100,000 - procurement threshold", "Open or competitive tender", "Director, after advice of Head of Procurement", "Contracts Finder and council website"),
              ("Above procurement threshold", "Procedure under the Procurement Act 2023", "Cabinet or Cabinet Member (key decision)", "Central digital platform"),
              ("Waiver (any value)", "Written justification; advice of Head of Procurement", "Director; reported to Audit and Governance Committee", "Transparency notice where required")]:
        rows.append(list(r))
    s.append(table(rows, [40 * mm, 42 * mm, 42 * mm, 36 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Notes to the thresholds", "h2"))
    s.append(P("1. Values are exclusive of VAT and are the estimated total value of the contract over its whole life, including any extension options."))
    s.append(P("2. A requirement must not be divided into separate contracts to avoid the application of these Rules."))
    s.append(P("3. Where a framework agreement is used, the call-off procedure of the framework must be followed and the Head of Procurement must be consulted before the call-off is made."))
    s.append(P("4. Every contract with a value above £100,000 must be entered on the Contracts Register within ten working days of award, with its value, duration, supplier and contract manager."))
    s.append(P("5. Every contract with a value above £100,000 must have a named contract manager, who must hold at least quarterly review meetings with the supplier and keep a record of them."))
    s.append(P("6. Any variation which increases the value of a contract by more than 10% or £250,000, whichever is the lower, must be approved by the Cabinet and entered on the Contracts Register."))
    s.append(P("7. Breaches of these Rules must be reported to the Monitoring Officer, who will report them to the Audit and Governance Committee. A breach may be a disciplinary matter."))
    s.append(PageBreak())

    # Item 8 work programme
    paper("8", "p8")
    s += header(S, "8", "Committee Work Programme 2025/26", "Head of Democratic Services")
    s.append(P("1.1 The Committee is asked to agree its work programme for 2025/26, which has been revised to reflect the findings of the Best Value Inspection and the proposed improvement and recovery plan."))
    rows = [["Meeting", "Item", "Lead officer"]]
    wp = [("24 June 2025", ["Annual internal audit opinion 2024/25", "Annual Governance Statement 2024/25 (draft)", "Improvement and recovery plan: quarterly progress", "Waivers of contract procedure rules: quarterly report", "Corporate risk register"]),
          ("23 September 2025", ["Statement of Accounts 2024/25 (draft)", "External audit: audit plan 2024/25", "Hollinsford Energy Ltd: independent review findings", "Improvement and recovery plan: quarterly progress", "Waivers of contract procedure rules: quarterly report", "Whistleblowing: annual report"]),
          ("25 November 2025", ["Treasury management mid-year review", "Internal audit progress report", "Counter-fraud annual report", "Improvement and recovery plan: quarterly progress", "Waivers of contract procedure rules: quarterly report"]),
          ("27 January 2026", ["Internal audit plan 2026/27", "External audit progress report", "Corporate risk register", "Improvement and recovery plan: quarterly progress"]),
          ("24 March 2026", ["Committee self-assessment against CIPFA guidance", "Annual report of the Committee to Council", "Waivers of contract procedure rules: quarterly report", "Improvement and recovery plan: quarterly progress"])]
    leads = ["Head of Internal Audit", "Section 151 Officer", "Monitoring Officer", "Chief Executive", "Head of Procurement"]
    i = 0
    for m, its in wp:
        for it in its:
            rows.append([m, it, leads[i % len(leads)]]); i += 1
    s.append(table(rows, [34 * mm, 86 * mm, 40 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1.2 The Committee may add items to the work programme at any meeting. Training sessions for Members of the Committee will be held before the June and September meetings."))
    s += boiler(S, "the work programme", "Head of Democratic Services, telephone 01632 960105")
    s.append(PageBreak())

    paper("9", "p9")
    s += header(S, "9", "Annual Governance Statement 2023/24: Action Plan Update", "Monitoring Officer")
    s.append(P("1.1 The Annual Governance Statement 2023/24 identified eight significant governance issues. This report sets out progress against the action plan agreed by the Committee in July 2024. Several of the issues were also identified by the inspectors, and the actions will in future be tracked through the improvement and recovery plan."))
    rows = [["Issue", "Action agreed July 2024", "Progress at March 2025", "Status"]]
    for r in [("Financial sustainability", "Medium term financial strategy to be refreshed", "Refreshed February 2025; budget 2025/26 set without reserves", "Complete"),
              ("Hollinsford Energy Ltd", "Shareholder committee to meet quarterly", "Met twice in 2024; monthly meetings from June 2025", "Overdue"),
              ("Statement of accounts", "Clear backlog of audits", "Disclaimed opinions expected for 2021/22 and 2022/23", "In progress"),
              ("Forward plan compliance", "All key decisions on forward plan", "New checks introduced January 2025", "In progress"),
              ("Contract procedure rules", "Review waivers process", "Revised rules at Item 7", "In progress"),
              ("Whistleblowing", "Refresh policy", "Policy to be replaced after culture review", "Overdue"),
              ("Member conduct", "Review Code of Conduct", "Revised Code to Standards Committee July 2025", "In progress"),
              ("Capacity of statutory officers", "Review legal team structure", "Two lawyer posts approved", "In progress")]:
        rows.append(list(r))
    s.append(table(rows, [36 * mm, 40 * mm, 62 * mm, 22 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1.2 The Annual Governance Statement 2024/25 will be presented in draft to the Committee in June 2025. It will reflect the findings of the Best Value Inspection and the proposed intervention, and will be signed by the Leader and the Chief Executive."))
    s.append(P("1.3 The Committee is asked to note progress and to identify any issue on which it wishes to receive a more detailed report."))
    s += boiler(S, "the governance action plan", "Monitoring Officer, telephone 01632 960140")
    s.append(PageBreak())

    paper("10", "p10")
    s += header(S, "10", "Counter-Fraud and Corruption: Progress Report", "Head of Internal Audit")
    s.append(P("1.1 This report summarises the work of the counter-fraud team from 1 April 2024 to 28 February 2025."))
    rows = [["Area", "Cases opened", "Cases closed", "Value identified"]]
    for r in [("Council tax single person discount", "212", "198", "£96,400"), ("Housing tenancy fraud", "31", "22", "£186,000 (notional)"),
              ("Right to buy", "14", "12", "£1,120,000 (discounts prevented)"), ("Blue badge misuse", "48", "45", "£27,000 (notional)"),
              ("Business rates", "9", "6", "£58,200"), ("Insider fraud", "5", "3", "£12,300"), ("Procurement fraud", "2", "0", "Under investigation"),
              ("Total", "321", "286", "£1,499,900")]:
        rows.append(list(r))
    s.append(table(rows, [60 * mm, 28 * mm, 28 * mm, 44 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1.2 Two cases of suspected procurement fraud were referred to the team in January 2025 following the internal audit of contract waivers. Both are at an early stage and no conclusion should be drawn about them. The Committee will receive a further report in June 2025."))
    s.append(P("1.3 The council participates in the National Fraud Initiative. The 2024/25 exercise produced 3,812 matches, of which 1,406 have been reviewed. Fourteen cases of error or fraud have been identified to date."))
    s.append(P("1.4 The Anti-Fraud, Bribery and Corruption Strategy is due for review in 2025/26. The revised strategy will be aligned with the independent review of the council's culture recommended by the inspectors."))
    s += boiler(S, "counter-fraud work", "Head of Internal Audit, telephone 01632 960130")
    s.append(PageBreak())

    paper("11", "p11")
    s += header(S, "11", "External Audit Progress Report", "external auditor (engagement lead)")
    s.append(P("1. Introduction", "h2"))
    s.append(P("1.1 This report summarises our progress in delivering our responsibilities as the council's external auditor. It covers the audits of the financial statements for 2021/22, 2022/23 and 2023/24 and our work on the council's arrangements for securing economy, efficiency and effectiveness in its use of resources."))
    s.append(P("2. Financial statements", "h2"))
    s.append(P("2.1 The Accounts and Audit (Amendment) Regulations 2024 set backstop dates by which audit opinions must be issued. We expect to issue disclaimed opinions on the financial statements for 2021/22 and 2022/23 by the backstop date of 28 February 2025, because we have not been able to obtain sufficient appropriate audit evidence on the valuation of the loans to Hollinsford Energy Ltd and on property, plant and equipment."))
    s.append(P("2.2 The draft financial statements for 2023/24 were published on 31 May 2024. Our audit began in October 2024. The backstop date for 2023/24 is 27 February 2026. We are working with the Section 151 Officer on a plan to rebuild assurance over opening balances."))
    rows = [["Year", "Draft accounts published", "Opinion", "Expected"],
            ["2021/22", "June 2022", "Disclaimed (expected)", "February 2025"],
            ["2022/23", "July 2023", "Disclaimed (expected)", "February 2025"],
            ["2023/24", "May 2024", "To be determined", "By February 2026"],
            ["2024/25", "Due June 2025", "To be determined", "By February 2027"]]
    s.append(table(rows, [24 * mm, 46 * mm, 46 * mm, 44 * mm], S))
    s.append(Spacer(1, 4 * mm))
    s.append(P("3. Value for money", "h2"))
    s.append(P("3.1 Our annual auditor's report for 2023/24 will report significant weaknesses in the council's arrangements for financial sustainability, governance, and improving economy, efficiency and effectiveness. We will consider whether to make further statutory recommendations once the Minister has reached a final decision on intervention."))
    s.append(P("3.2 We have met the inspectors' recommendations with the Chief Executive and the Section 151 Officer and will take account of the council's improvement and recovery plan in our work."))
    s.append(P("4. Fees", "h2"))
    s.append(P("4.1 The scale fee for 2023/24 is £412,000. Additional fees for work on Hollinsford Energy Ltd and on the backlog of audits will be subject to approval by Public Sector Audit Appointments Ltd."))
    s.append(P("5. Contact", "h2"))
    s.append(P("Engagement lead and audit manager, via Committee Services, 01632 960110."))
    return s
