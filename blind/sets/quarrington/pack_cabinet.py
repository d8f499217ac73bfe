"""Pack 1: CMIS Cabinet pack, 27 November 2025. Text, quotation labels and layout."""
from packs_common import Doc, scan_image, HERE

TITLE = "Quarrington Metropolitan Borough Council, Cabinet, 27 November 2025"
FILE = "pack-cabinet.pdf"

Q = []
def q(id, item, text, verdict, citation, section=None, source="report", cited=(), pages=(), doc=None,
      source_text=None, dropped=None, kind="exact", strict=True, note="", concerns=True):
    d = dict(id=id, text=text, concerns=concerns, item=item, pack_page=None)
    if concerns:
        d.update(verdict=verdict, citation=citation, section=section, source=source, cited=list(cited),
                 cited_pages=list(pages), cited_document=doc)
        if source_text: d["source_text"] = source_text
        if dropped: d["context_dropped"] = dropped
        d.update(kind=kind, strict=strict)
    else:
        d.update(verdict=[], citation=[], section=None, source=None, cited=[], kind="other_document", strict=True)
    d["note"] = note
    Q.append(d)
    return text

# ---------------------------------------------------------------- quotations
# item 3: minutes (two columns)
q("A1", "3", "the town centre regeneration programme has secured external funding of £38 million", ["verbatim"], ["correct"], "7.1.4", cited=["7.1.4"], note="7.1.4 word for word")
q("A2", "3", "decision-making has become concentrated in a small number of hands", ["verbatim"], ["correct"], "2.1.2", cited=["2.1.2"], note="2.1.2 word for word")
q("A3", "3", "decisions were routinely settled in the Leader's office before any report was written", ["out_of_context"], ["correct"], "2.1.2", cited=["2.1.2"],
  dropped="One officer told us that", kind="attribution_dropped", note="presented as the inspectors' finding; 2.1.2 gives it as what one officer told them")
q("A4", "3", "it will exhaust its general fund reserve by March 2026", ["misquote"], ["correct"], "executive summary", cited=["executive summary"],
  source_text="Unless the council acts quickly, it will exhaust its general fund reserve by March 2027.", kind="number_changed", note="the report says March 2027, not 2026")
q("A5", "3", "now on a sound financial footing", ["out_of_context"], ["missing"], "2.1.3",
  dropped="We do not share that assessment, for the reasons set out in chapter 4.", kind="view_reported_then_rejected",
  note="the Leader's own view, recorded by the inspectors and rejected by them, presented as their acceptance")
q("N1", "3", "We the undersigned call on Quarrington Council to keep the Kingsway Market Hall open and to consult traders before any decision is taken", None, None, concerns=False,
  note="a residents' petition, not the sources")
# item 4: budget monitoring
q("N2", "4", "the expenditure of the authority incurred (including expenditure it proposes to incur) in a financial year is likely to exceed the resources (including sums borrowed) available to it to meet that expenditure", None, None, concerns=False,
  note="Local Government Finance Act 1988, section 114(3)")
q("N3", "4", "a sustainable budget that protects front-line services and keeps council tax rises to the minimum necessary", None, None, concerns=False,
  note="the council's Medium Term Financial Strategy, not the sources")
q("A6", "4", "overspends in children's services and temporary accommodation were reported as one-off pressures for three consecutive years", ["verbatim"], ["correct"], "4.1.5", cited=["4.1.5"], note="4.1.5 word for word")
q("A7", "4", "The finance team has not been given the resources it needs", ["verbatim"], ["wrong"], "4.1.4", cited=["4.1.3"], kind="wrong_paragraph", note="the words are 4.1.4, cited as 4.1.3")
# item 5: the response report
q("N4", "5", "make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness", None, None, concerns=False,
  note="Local Government Act 1999, section 3(1)")
q("A8", "5", "is failing to comply with its best value duty in relation to governance, financial management, scrutiny and procurement", ["verbatim"], ["correct"], "8.1.1", cited=["8.1.1"], note="8.1.1 word for word (also in the letter's second paragraph)")
q("A9", "5", "are serious, long-standing and … beyond the council's capacity to put right on its own", ["minor"], ["correct"], "executive summary", cited=["executive summary"],
  source_text="are serious, long-standing and, in our view, beyond the council's capacity to put right on its own", kind="ellipsis", note="'in our view' cut and marked")
q("A10", "5", "[the council] has set a balanced budget in each of the last five years, but only by drawing on reserves", ["minor"], ["correct"], "4.1.1", cited=["4.1.1"],
  source_text="The council has set a balanced budget in each of the last five years, but only by drawing on reserves", kind="bracketed_insertion", note="'The council' put in brackets")
q("A11", "5", "now on a sound financial footing", ["verbatim"], ["correct"], "2.1.3", cited=["2.1.3"], kind="control_context_kept",
  note="control: the report keeps it as the Leader's view, which the inspectors do not share")
q("A12", "5", "raising a default notice was regarded as a career risk", ["verbatim"], ["missing"], "6.2.3", kind="control_context_kept",
  note="control: given as what one contract manager told the inspectors; no paragraph named")
q("A13", "5", "decision-making has become concentrated in a small number of hands", ["verbatim"], ["correct"], "2.1.2", cited=["2.1.2"], kind="repeated",
  note="repeats A2 (the minutes, item 3) in a later item")
q("A14", "5", "the Audit and Governance Committee has no independent members, which is contrary to CIPFA guidance", ["paraphrase"], ["correct"], "5.2.1", cited=["5.2.1"],
  source_text="The Audit and Governance Committee has no independent member, contrary to CIPFA guidance.", kind="reworded", strict=False,
  note="same meaning, words changed ('members, which is'); could be read as minor")
# table cells (item 5)
q("A15", "5", "The finance team has not been given the resources it needs.", ["verbatim"], ["correct"], "4.1.4", cited=["4.1.4"], kind="table_cell", note="in a table cell")
q("A16", "5", "In 2024/25 the council took 38 key decisions, 14 of which were taken under the urgency provisions", ["verbatim"], ["wrong"], "2.2.1", cited=["2.2.2"], kind="table_cell_wrong_paragraph",
  note="2.2.1's words, cited as 2.2.2")
q("A17", "5", "Cabinet formally responded to only 12 of the committee's 41 recommendations", ["paraphrase"], ["correct"], "5.1.1", cited=["5.1.1"],
  source_text="The Overview and Scrutiny Committee met six times in 2024/25 and made 41 recommendations, of which Cabinet formally responded to 12.", kind="table_cell_reworded",
  note="5.1.1's figures in other words")
q("A18", "5", "nearly half of staff would not feel safe raising a concern", ["misquote", "paraphrase"], ["correct"], "3.1.2", cited=["3.1.2"],
  source_text="Fewer than half of respondents said they would feel safe raising a concern about wrongdoing.", kind="table_cell_meaning_shifted", strict=False,
  note="47% would feel safe; 38% would not: 'nearly half would not' overstates it")
q("A19", "5", "the controls are weak and the council cannot show that it has obtained value for money", ["verbatim"], ["correct"], "6.1.2", cited=["6.1.2"], kind="table_cell", note="in a table cell")
q("A20", "5", "Around 19% of council homes did not meet the Decent Homes Standard", ["verbatim"], ["wrong"], "7.1.1", cited=["7.1.3"], kind="table_cell_wrong_paragraph", note="7.1.1's words, cited as 7.1.3")
# appendix A: representations to the Secretary of State
q("A21", "5", "minded to exercise my powers under section 15 of the Local Government Act 1999 to issue directions to the council and to appoint commissioners for a period of three years", ["verbatim"], ["correct"], "4", source="letter", doc="letter",
  note="letter paragraph 4, cited as the Secretary of State's letter of 4 November 2025")
q("A22", "5", "the functions of the council relating to financial management and procurement", ["misquote"], ["correct"], "5", source="letter", doc="letter",
  source_text="the functions of the council relating to financial management, procurement and the appointment of statutory officers", kind="item_dropped",
  note="drops 'the appointment of statutory officers' from the list of functions without marking the cut")
q("A23", "5", "significant weaknesses in governance and financial sustainability", ["verbatim"], ["unverifiable"], "1.1.1", doc="other", kind="cited_to_other_document", strict=False,
  note="the report's words in 1.1.1, but cited to the external auditor's annual report, which is not a source")
q("A24", "5", "Only 3 of the 29 high-priority actions arising from those reports had been implemented by the agreed date", ["verbatim"], ["correct"], "5.2.2", pages=[11], kind="page_citation",
  note="5.2.2, on page 11 of the report")
q("A25", "5", "intended to support the council, not to replace it", ["verbatim"], ["correct"], "6", source="letter", doc="letter", note="letter paragraph 6")
# appendix C: action plan table
q("A26", "5", "Restrict the use of urgency provisions to genuine emergencies", ["verbatim"], ["correct"], "R3", cited=["R3"], kind="table_cell", note="R3")
q("A27", "5", "Appoint two independent members to the Audit and Governance Committee", ["misquote", "minor"], ["correct"], "R5", cited=["R5"],
  source_text="Appoint at least two independent members to the Audit and Governance Committee", kind="table_cell_bound_dropped", strict=False,
  note="'at least' dropped: a floor becomes a number")
q("A28", "5", "restore the general fund reserve to at least £15 million", ["verbatim"], ["correct"], "R1", cited=["R1"], kind="table_cell", note="R1")
q("A29", "5", "dedicated officer support of at least three posts", ["verbatim"], ["correct"], "R4", cited=["R4"], kind="table_cell", note="R4")
# item 6: Kingsway Yard
q("A30", "6", "Kingsway Yard was valued at £11.2 million in March 2024", ["verbatim"], ["correct"], "4.2.2", cited=["4.2.2"], note="4.2.2")
q("A31", "6", "the council's own valuation report warned before the purchase that the site's income depended on two anchor tenants", ["verbatim"], ["wrong"], "4.2.2", cited=["4.2.1"], kind="wrong_paragraph",
  note="4.2.2's words cited as 4.2.1")
q("A32", "6", "the acquisition was a reasonable commercial decision on the information available at the time", ["not_found"], ["wrong"], None, cited=["4.2.1"], kind="invented",
  note="the report says nothing of the kind; 4.2.1 only records the purchase")
q("N5", "6", "a thriving town centre that people are proud to visit, work and live in", None, None, concerns=False, note="the council's Corporate Plan 2023-2027")
q("A33", "6", "We do not suggest that the Leader acted improperly in approving the acquisition of Kingsway Yard.", ["verbatim"], ["correct"], "2.1.4", cited=["2.1.4"], kind="control_denial_kept",
  note="the denial quoted whole")
# item 7
q("N6", "8", "Information relating to the financial or business affairs of any particular person (including the authority holding that information)", None, None, concerns=False,
  note="Local Government Act 1972, Schedule 12A, paragraph 3")

T = {d["id"]: d["text"] for d in Q}
def f(s):
    """Replace «ID» by the quotation's text."""
    import re
    return re.sub(r"«(\w+)»", lambda m: T[m.group(1)], s)

AGENDA = [
    ("1", "Apologies for Absence", False),
    ("2", "Declarations of Interest", False),
    ("3", "Minutes of the Meeting held on 13 November 2025", True),
    ("4", "Revenue Budget Monitoring 2025/26 – Quarter 2", True),
    ("5", "Best Value Inspection: Response to the Report and the Secretary of State's Proposals", True),
    ("6", "Kingsway Yard: Options Appraisal", True),
    ("7", "Forward Plan of Key Decisions, December 2025 to March 2026", True),
    ("8", "Exclusion of the Press and Public", True),
]


def budget_rows():
    rows = [["Service", "Budget £000", "Forecast £000", "Variance £000", "Q1 variance £000"]]
    data = [("Adult Social Care", 78412, 80955), ("Children's Services", 52306, 56188), ("Education and Skills", 6120, 6031),
            ("Public Health (net)", 1204, 1204), ("Housing and Homelessness", 7811, 10442), ("Environment and Streetscene", 19655, 19902),
            ("Highways and Transport", 11340, 11217), ("Planning and Building Control", 2988, 3411), ("Regeneration and Assets", 4102, 5873),
            ("Leisure and Culture", 5236, 5118), ("Customer Services", 3870, 3795), ("Finance and Revenues", 6025, 6610),
            ("Legal and Democratic Services", 4418, 4537), ("HR and Organisational Development", 2751, 2702), ("ICT and Digital", 8013, 8340),
            ("Corporate and Democratic Core", 3329, 3290), ("Capital financing", 26640, 27118), ("Contingency", 4000, 0)]
    tb = tf = 0
    for name, b, fc in data:
        v = fc - b
        tb += b; tf += fc
        rows.append([name, f"{b:,}", f"{fc:,}", f"{v:+,}", f"{int(v * 0.8):+,}"])
    rows.append(["Total", f"{tb:,}", f"{tf:,}", f"{tf - tb:+,}", f"{int((tf - tb) * 0.8):+,}"])
    return rows


def savings_rows():
    rows = [["Ref", "Saving", "Target £000", "Forecast £000", "RAG"]]
    items = [("ASC01", "Review of home care commissioning", 1200, 650, "Red"), ("ASC02", "Reablement expansion", 800, 800, "Green"),
             ("CS01", "Placement sufficiency strategy", 1500, 420, "Red"), ("CS02", "Reduce agency social workers", 900, 300, "Red"),
             ("HS01", "Temporary accommodation procurement", 600, 150, "Red"), ("ENV01", "Waste round optimisation", 450, 450, "Green"),
             ("ENV02", "Fleet replacement (invest to save)", 220, 180, "Amber"), ("REG01", "Commercial estate income", 1100, 0, "Red"),
             ("REG02", "Office rationalisation", 380, 260, "Amber"), ("FIN01", "Revenues and benefits automation", 300, 300, "Green"),
             ("ICT01", "Contract renegotiation", 250, 190, "Amber"), ("HR01", "Vacancy management", 1000, 1000, "Green"),
             ("CORP01", "Procurement savings", 750, 120, "Red"), ("LEI01", "Leisure contract management fee", 350, 350, "Green")]
    for r in items:
        rows.append([r[0], r[1], f"{r[2]:,}", f"{r[3]:,}", r[4]])
    rows.append(["", "Total", f"{sum(r[2] for r in items):,}", f"{sum(r[3] for r in items):,}", ""])
    return rows


def build(totals=None, starts=None):
    D = Doc("CMIS", 0, totals)
    pdf = D.pdf
    starts = starts or {}
    # -------------------------------------------------------- cover
    pdf.add_page()
    pdf.no_footer.add(1)
    pdf.set_font("LS", "B", 40)
    pdf.set_y(40)
    pdf.cell(0, 20, "Agenda", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 90, 60); pdf.set_line_width(1.2); pdf.line(22, 64, 188, 64)
    D.p("", after=6)
    D.h("Cabinet", 20)
    D.p("Date: Thursday, 27 November 2025", 12)
    D.p("Time: 2.00 pm", 12)
    D.p("Venue: Committee Room 1, Town Hall, Market Place, Quarrington", 12)
    D.p("Membership: The Leader of the Council (Chair); the Deputy Leader and Cabinet Member for Regeneration; Cabinet Members for Finance and Resources; Adult Social Care and Health; Children and Families; Housing; Environment and Neighbourhoods; Communities and Culture.", 11)
    D.p("Quorum: 3", 11)
    D.p("Contact: Democratic Services Officer, Town Hall, Quarrington. Tel: 01698 555 0142. Email: democratic.services@quarrington.gov.uk", 10)
    D.p("This meeting will be webcast live and the recording will be available on the council's website. Members of the public may attend the meeting, except for any item taken after the press and public are excluded.", 10, "I")
    D.p("Chief Executive\nPublished: Wednesday, 19 November 2025", 10)
    # -------------------------------------------------------- agenda
    pdf.add_page()
    D.h("Agenda", 16)
    D.p("Part I – Items taken in public", 11, "B")
    for num, title, papers in AGENDA:
        rng = ""
        if papers and num in starts:
            a, b = starts[num]
            rng = f"  (Pages {a} - {b})"
        D.np(num + ".", title + rng, width=10)
        blurb = {
            "1": "To receive any apologies for absence.",
            "2": "To receive any declarations of disclosable pecuniary or other registrable interests in matters on the agenda.",
            "3": "To approve as a correct record the minutes of the meeting held on 13 November 2025.",
            "4": "Report of the Director of Finance (Section 151 Officer).",
            "5": "Report of the Chief Executive. Key decision. Appendix B is a scanned copy of a signed statement.",
            "6": "Report of the Director of Regeneration and Assets. Key decision. Appendix 2 to this report is not for publication.",
            "7": "To note the Forward Plan.",
            "8": "To consider passing a resolution under section 100A(4) of the Local Government Act 1972 to exclude the press and public from the meeting for the consideration of Appendix 2 to item 6.",
        }[num]
        D.p(blurb, 10, "I", indent=10)
    pdf.add_page()
    D.h("Information for members of the public", 14)
    for t in ["Access to meetings. Members of the public are welcome to attend meetings of the Cabinet. Seating in Committee Room 1 is limited to 30 people and is available on a first come, first served basis. Please arrive at least ten minutes before the start of the meeting and report to the reception desk in the Town Hall.",
              "Webcasting. This meeting will be filmed for live and subsequent broadcast on the council's website. The images and sound recording may also be used for training purposes within the council. By entering the meeting room you are consenting to being filmed and to the possible use of those images and sound recordings. If you do not wish to be filmed, please speak to the Democratic Services Officer before the meeting starts.",
              "Recording by the public. The council supports the principles of openness and transparency. Anyone attending a meeting is welcome to report on it, including by filming, photographing or recording it, provided that this does not disrupt the business of the meeting. Please let the Democratic Services Officer know before the meeting if you intend to do so.",
              "Exempt information. Some items on the agenda may contain information which is not for publication. If the Cabinet resolves to consider such information, members of the public will be asked to leave the room for that part of the meeting.",
              "Fire evacuation. If the fire alarm sounds, please leave the building by the nearest available exit, following the signs. Do not use the lifts. The assembly point is in the Market Place, in front of the war memorial. Do not re-enter the building until told it is safe to do so.",
              "Accessibility. The Town Hall has step-free access from Church Street. An induction loop is available in Committee Room 1. If you need this agenda in another format, such as large print or another language, please contact Democratic Services.",
              "Questions and petitions. Members of the public may ask questions at meetings of full council and may present petitions to the Cabinet in accordance with the council's petition scheme. Details are available on the council's website or from Democratic Services."]:
        D.p(t, 10.5)
    # -------------------------------------------------------- item 3 minutes (two columns)
    D.start_item("3")
    D.start_paper("minutes", new_page=False)
    D.h("Item 3 – Minutes of the Meeting held on 13 November 2025", 14)
    D.p("CABINET\nMinutes of the meeting held on Thursday, 13 November 2025 at 2.00 pm in Committee Room 1, Town Hall, Quarrington", 10.5, "B")
    D.p("Present: The Leader of the Council (in the Chair); the Deputy Leader and Cabinet Member for Regeneration; the Cabinet Members for Finance and Resources, Adult Social Care and Health, Children and Families, Housing, and Environment and Neighbourhoods.\nAlso present: the Leader of the Opposition; the Leader of the Liberal Democrat Group; the Chair of the Overview and Scrutiny Committee.\nOfficers: Chief Executive; Director of Finance (Section 151 Officer); Monitoring Officer; Director of Regeneration and Assets; Democratic Services Officer.", 9.5)
    D.cols2([
        "**47  APOLOGIES FOR ABSENCE",
        "Apologies were received from the Cabinet Member for Communities and Culture.",
        "**48  DECLARATIONS OF INTEREST",
        "The Cabinet Member for Housing declared a non-registrable interest in item 52 as a tenant of a property managed by the council's housing service, and remained in the meeting.",
        "**49  MINUTES",
        "RESOLVED: That the minutes of the meeting held on 23 October 2025 be approved as a correct record and signed by the Chair.",
        "**50  PETITION: KINGSWAY MARKET HALL",
        "The Chair received a petition bearing 1,184 signatures, presented by a representative of the Kingsway Traders' Association. The petition read: “" + f("«N1»") + "”. The Deputy Leader thanked the petitioners and confirmed that no decision on the Market Hall would be taken before the options appraisal was considered by Cabinet.",
        "RESOLVED: That the petition be received and referred to the Director of Regeneration and Assets for a response within 28 days.",
        "**51  BEST VALUE INSPECTION REPORT – STATEMENT BY THE LEADER",
        "The Leader made a statement on the report of the best value inspection, published by the Ministry of Housing, Communities and Local Government on 4 November 2025, and on the letter from the Secretary of State of the same date.",
        "The Leader said that the council took the report seriously and would respond constructively. There was much in the report that the administration accepted. The Leader drew attention to the inspectors' acknowledgement that “" + f("«A1»") + "” (paragraph 7.1.4), which showed what the council could achieve.",
        "The Leader said that, contrary to some of the press coverage, the council was “" + f("«A5»") + "” and the report should be read in full before conclusions were drawn.",
        "The Leader of the Opposition, speaking with the consent of the Chair, said that the report could not be read as a vindication. The inspectors had found that “" + f("«A2»") + "” (paragraph 2.1.2), and further that “" + f("«A3»") + "” (paragraph 2.1.2). The opposition would be bringing a motion to full council.",
        "The Leader of the Liberal Democrat Group asked what the administration intended to do about reserves, given the inspectors' warning that “" + f("«A4»") + "” (executive summary). The Cabinet Member for Finance and Resources replied that a revised medium-term financial plan would be brought to Cabinet in January.",
        "The Chief Executive advised that a full report, including a proposed response to the Secretary of State's proposals, would be submitted to the meeting on 27 November 2025. Representations had to be made by 2 December 2025.",
        "RESOLVED: That the statement be noted.",
        "**52  HOUSING REVENUE ACCOUNT: RENT SETTING PRINCIPLES 2026/27",
        "The Cabinet Member for Housing introduced the report, which set out the principles on which rents for 2026/27 would be set, in line with the government's rent standard. The report proposed a rent increase of CPI plus 1 per cent, subject to final confirmation of the September index, and an increase in service charges limited to cost recovery.",
        "In response to a question, the Director of Housing confirmed that the proposed increase would generate additional income of approximately £2.9 million, which would be applied to the repairs and maintenance programme.",
        "RESOLVED: (1) That the rent setting principles for 2026/27 set out in the report be approved. (2) That the Director of Housing, in consultation with the Cabinet Member for Housing, be authorised to make minor amendments to the principles before the final rent report in January 2026.",
        "**53  CORPORATE PERFORMANCE REPORT – QUARTER 2",
        "Cabinet considered the corporate performance report for the second quarter of 2025/26. Of 48 indicators, 21 were on target, 12 were within tolerance and 15 were off target. The Cabinet Member for Children and Families noted the improvement in the timeliness of child protection conferences.",
        "RESOLVED: That the report be noted.",
        "**54  TREASURY MANAGEMENT MID-YEAR REVIEW",
        "The Director of Finance presented the mid-year review. External borrowing stood at £197.3 million at 30 September 2025. No new long-term borrowing had been taken in the first half of the year.",
        "RESOLVED: That the mid-year review be noted and referred to full council.",
        "The meeting closed at 3.47 pm.",
        "CHAIR",
    ])
    # -------------------------------------------------------- item 4 budget
    D.start_item("4")
    D.start_paper("budget", new_page=False)
    D.h("Item 4 – Revenue Budget Monitoring 2025/26 – Quarter 2", 14)
    D.p("Report of: Director of Finance (Section 151 Officer)\nCabinet Member: Cabinet Member for Finance and Resources\nWards affected: All\nKey decision: No", 10)
    D.h("1. Purpose of the report", 12)
    D.np("1.1", "This report sets out the forecast revenue outturn for 2025/26 as at 30 September 2025 and the position on the delivery of approved savings. It also updates Cabinet on the general fund reserve and on the actions being taken to bring spending back within budget.")
    D.h("2. Recommendations", 12)
    D.np("2.1", "That Cabinet notes the forecast overspend of £9.35 million on the general fund, after the application of the corporate contingency.")
    D.np("2.2", "That Cabinet approves the spending controls described in section 6, with immediate effect, and notes that the Director of Finance will report further in January 2026.")
    D.h("3. Background", 12)
    D.np("3.1", "The council set a net revenue budget of £248.3 million for 2025/26 on 26 February 2025. The budget relied on savings of £9.8 million and on the use of £3.2 million from reserves. Council approved the Medium Term Financial Strategy, which commits the council to " + "“" + f("«N3»") + "”.")
    D.np("3.2", "At quarter 1 the forecast overspend was £6.9 million. The position has worsened by £2.45 million since then, principally because of placements in children's services and the continued rise in the number of households in temporary accommodation.")
    D.h("4. Forecast outturn", 12)
    D.np("4.1", "The forecast by service is shown in Appendix 1. The largest variances are in Children's Services (£3.88 million), Housing and Homelessness (£2.63 million), Adult Social Care (£2.54 million) and Regeneration and Assets (£1.77 million). The variance in Regeneration and Assets is almost entirely the result of lost rental income from the commercial estate, including Kingsway Yard.")
    D.np("4.2", "Members will be aware that the best value inspection report found that " + "“" + f("«A6»") + "” (paragraph 4.1.5). This report does not treat those pressures as one-off. The forecast for 2026/27 now assumes that they will continue.")
    D.np("4.3", "The inspectors also commented on the capacity of the finance function. The report states that " + "“" + f("«A7»") + "” (paragraph 4.1.3). Recruitment to seven of the vacant posts is under way, and interim support has been secured until March 2026.")
    D.h("5. Savings delivery", 12)
    D.np("5.1", "Of the £9.8 million of savings in the 2025/26 budget, £5.17 million is forecast to be delivered. Savings rated red total £4.63 million and are listed in Appendix 2. Where a saving will not be delivered this year, the relevant director has been asked to identify an alternative of equal value.")
    D.h("6. Spending controls", 12)
    D.np("6.1", "With effect from the date of this meeting, and subject to Cabinet's approval, all non-essential expenditure above £5,000 will require the approval of the Director of Finance; recruitment to posts not funded by grant will be paused except where the post is needed to meet a statutory duty; and no new contract waivers will be approved without the joint agreement of the Director of Finance and the Monitoring Officer.")
    D.np("6.2", "The Director of Finance is required by section 114 of the Local Government Finance Act 1988 to make a report if it appears that " + "“" + f("«N2»") + "”. The Director of Finance does not consider that such a report is required at this stage, but will keep the position under review. Members should be clear that, if the controls in this report do not succeed, a report under section 114 cannot be ruled out.")
    D.h("7. Reserves", 12)
    D.np("7.1", "The general fund reserve stood at £7.4 million on 1 April 2025. If the forecast overspend is not reduced, the reserve would fall below £1 million by 31 March 2026. Earmarked reserves of £4.1 million have been identified that could be released, and Cabinet will be asked to consider this in January.")
    D.h("8. Implications", 12)
    D.np("8.1", "Financial: as set out in the body of the report. Legal: the council has a duty under section 28 of the Local Government Act 2003 to review its budget during the year and to take such action as it considers necessary to deal with any deterioration. Equalities: the spending controls do not in themselves have an adverse effect on any group with a protected characteristic; any proposal to reduce a service will be the subject of a separate assessment.")
    D.p("Background papers: Budget report to Council, 26 February 2025; Quarter 1 monitoring report to Cabinet, 11 September 2025.", 9.5, "I")
    D.start_paper("budget-app1")
    D.h("Appendix 1 – Forecast outturn by service, 2025/26 (as at 30 September 2025)", 12)
    D.table(budget_rows(), (62, 26, 26, 26, 26))
    D.p("Note: positive variances are overspends. The contingency of £4.0 million has been applied in full.", 9, "I")
    D.start_paper("budget-app2")
    D.h("Appendix 2 – Delivery of approved savings, 2025/26", 12)
    D.table(savings_rows(), (18, 78, 24, 26, 20))
    D.p("RAG: Green – delivered or on track; Amber – at risk; Red – will not be delivered in 2025/26.", 9, "I")
    D.start_paper("budget-app3")
    D.h("Appendix 3 – Forecast reserves, 2025/26", 12)
    rr = [["Reserve", "1 April 2025 £000", "Planned use £000", "Forecast 31 March 2026 £000"]]
    res = [("General fund reserve", 7400, 6550), ("Insurance reserve", 3120, 400), ("Business rates volatility", 4870, 1200),
           ("Transformation fund", 2210, 1650), ("Commercial estate sinking fund", 1480, 1480), ("Public health grant", 960, 300),
           ("Schools balances (ring-fenced)", 5340, 900), ("Highways maintenance", 1150, 500), ("Elections", 310, 120),
           ("Local Plan", 420, 260), ("Homelessness prevention grant", 1290, 1290), ("Adult social care risk", 2000, 2000),
           ("Children's services placements", 1500, 1500), ("ICT replacement", 880, 300), ("Regeneration match funding", 3650, 900),
           ("Section 106 revenue contributions", 2390, 350), ("Pay and grading", 700, 0), ("Other earmarked reserves", 1600, 450)]
    for n_, a_, u_ in res:
        rr.append([n_, f"{a_:,}", f"{u_:,}", f"{a_ - u_:,}"])
    rr.append(["Total", f"{sum(x[1] for x in res):,}", f"{sum(x[2] for x in res):,}", f"{sum(x[1] - x[2] for x in res):,}"])
    D.table(rr, (70, 30, 30, 36), size=9.5)
    D.p("The forecast for the general fund reserve assumes that the spending controls in section 6 reduce the overspend by £2.8 million. Without them the reserve would be exhausted before the end of the year.", 10)
    D.start_paper("budget-app4")
    D.h("Appendix 4 – Capital programme monitoring, 2025/26", 12)
    cp = [["Scheme", "Budget £000", "Spend to 30 Sept £000", "Forecast £000", "Slippage £000"]]
    import random as _r
    rg = _r.Random(5)
    for sname in ["Town centre public realm (phase 2)", "Market Place heritage works", "Highways resurfacing programme", "Bridge strengthening, Mill Lane",
                  "Disabled facilities grants", "Council housing: kitchens and bathrooms", "Council housing: roofs and windows", "Council housing: fire safety",
                  "New council homes, Fieldhouse Road", "School condition works", "Special school expansion", "Leisure centre decarbonisation",
                  "Waste fleet replacement", "ICT infrastructure", "Cemetery extension", "Parks and play areas", "Flood alleviation, Beck Side",
                  "Cycle routes (combined authority funded)", "Kingsway Yard essential repairs", "Town Hall roof"]:
        b_ = rg.randrange(300, 9000)
        sp = int(b_ * rg.uniform(0.1, 0.6))
        fc = int(b_ * rg.uniform(0.6, 1.0))
        cp.append([sname, f"{b_:,}", f"{sp:,}", f"{fc:,}", f"{b_ - fc:,}"])
    D.table(cp, (64, 24, 28, 24, 26), size=9)
    # -------------------------------------------------------- item 5 BVI response
    D.start_item("5")
    D.start_paper("bvi", new_page=False)
    D.h("Item 5 – Best Value Inspection: Response to the Report and the Secretary of State's Proposals", 14)
    D.p("Report of: Chief Executive\nCabinet Member: The Leader of the Council\nWards affected: All\nKey decision: Yes (Forward Plan reference FP/2025/061)", 10)
    D.h("1. Purpose", 12)
    D.np("1.1", "This report presents the findings of the best value inspection of the council, published on 4 November 2025, and the letter of the same date in which the Secretary of State sets out proposals for statutory intervention. It asks Cabinet to agree the council's representations on those proposals, which must be submitted by 5pm on 2 December 2025, and to note the first steps the council will take in response.")
    D.h("2. Recommendations", 12)
    D.np("2.1", "That Cabinet accepts the findings of the inspection report and agrees that the council will work constructively with the Secretary of State and with any commissioners appointed.")
    D.np("2.2", "That Cabinet approves the representations at Appendix A for submission to the Secretary of State.")
    D.np("2.3", "That Cabinet notes the joint statement of the statutory officers at Appendix B and the initial actions at Appendix C, and asks the Chief Executive to bring a full improvement and recovery plan to Cabinet in March 2026.")
    D.h("3. Background", 12)
    D.np("3.1", "Under section 3 of the Local Government Act 1999 the council must " + "“" + f("«N4»") + "”. Section 10 of the Act allows the Secretary of State to appoint inspectors to assess whether an authority is complying with that duty, and section 15 allows the Secretary of State to intervene where it is not.")
    D.np("3.2", "The inspection was announced on 14 May 2025. Fieldwork took place over the summer, and the council provided more than 1,100 documents. The report was published on 4 November 2025, together with the Secretary of State's letter.")
    D.h("4. The inspectors' findings", 12)
    D.np("4.1", "The inspectors concluded that the council " + "“" + f("«A8»") + "” (paragraph 8.1.1). They found that the weaknesses identified " + "“" + f("«A9»") + "” (executive summary). The statutory officers do not dispute that conclusion.")
    D.np("4.2", "On finance, the report records that " + "“" + f("«A10»") + "” (paragraph 4.1.1). It notes that the Leader told the inspectors that the council was " + "“" + f("«A11»") + "”, an assessment the inspectors say they do not share (paragraph 2.1.3).")
    D.np("4.3", "On governance, the report finds that " + "“" + f("«A13»") + "” (paragraph 2.1.2). It also identifies weaknesses in procurement and contract management. As one contract manager put it to the inspectors, " + "“" + f("«A12»") + "”. Officers take that comment seriously.")
    D.np("4.4", "On audit, the inspectors observed that " + "“" + f("«A14»") + "” (paragraph 5.2.1). The Monitoring Officer has begun recruitment of two independent members.")
    D.np("4.5", "The main findings, and the council's initial response to each, are summarised in the table below.")
    rows = [["Theme", "Ref.", "Initial response"]]
    for theme, qid, ref, resp in [
            ("Finance", "A15", "4.1.4", "Seven vacancies in recruitment; interim capacity secured to March 2026."),
            ("Decision-making", "A16", "2.2.2", "Urgency to be used only with the agreement of the Chief Executive and Monitoring Officer."),
            ("Scrutiny", "A17", "5.1.1", "Cabinet to respond in writing to every scrutiny recommendation within two months."),
            ("Culture", "A18", "3.1.2", "New whistleblowing procedure to Audit and Governance Committee in January."),
            ("Procurement", "A19", "6.1.2", "Waivers now require joint sign-off (see item 4)."),
            ("Housing", "A20", "7.1.3", "Stock condition survey accelerated; report to Cabinet in February.")]:
        rows.append([theme, ref, resp])
        rows.append([("Inspectors: “" + T[qid] + "”", 3)])
    D.table(rows, (34, 16, 116), size=8.6)
    D.h("5. The Secretary of State's proposals", 12)
    D.np("5.1", "The Secretary of State's letter of 4 November 2025 states that the Secretary of State is " + "“" + f("«A21»") + "”. Three commissioners are proposed: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.")
    D.np("5.2", "The proposed directions would require the council to prepare an improvement and recovery plan within six months and to report to the commissioners every six months. Certain functions would be exercised by the commissioners rather than by the council. The draft representations at Appendix A accept the proposed intervention in principle and ask the Secretary of State to consider a review of its scope after eighteen months.")
    D.h("6. Options considered", 12)
    D.np("6.1", "Cabinet could decide to make no representations. That is not recommended: the council has an opportunity to shape the directions, and not to take it would be a missed opportunity. Cabinet could instead oppose the intervention. The statutory officers advise that there are no grounds on which to do so, and that opposition would damage the council's relationship with the department at the moment when it most needs support.")
    D.h("7. Implications", 12)
    D.np("7.1", "Financial: the costs of commissioners are met by the council. Based on other interventions, the cost is estimated at £450,000 to £600,000 a year, which is not provided for in the current budget. Legal: the Monitoring Officer's comments are incorporated in the report. Equalities: there are no direct equalities implications arising from this report.")
    D.p("Appendices: A – Draft representations to the Secretary of State; B – Joint statement of the statutory officers (scanned); C – Initial improvement actions.\nBackground papers: Best Value Inspection of Quarrington Metropolitan Borough Council (MHCLG, November 2025); Letter from the Secretary of State to the Chief Executive, 4 November 2025.", 9.5, "I")
    D.start_paper("bvi-appA")
    D.h("Appendix A – Draft representations to the Secretary of State", 12)
    D.p("Dear Secretary of State,\n\nBest Value Inspection of Quarrington Metropolitan Borough Council: proposed intervention", 11)
    D.np("1.", "Thank you for your letter of 4 November 2025. The council has considered the inspection report and your proposals at a meeting of its Cabinet on 27 November 2025, and this letter sets out its representations.")
    D.np("2.", "The council accepts the findings of the report. It recognises, in particular, that " + "“" + f("«A24»") + "” (page 11 of the inspection report), and that the council's arrangements for audit and risk have not been good enough.")
    D.np("3.", "The council notes your view, in the letter of 4 November, that you are " + "“" + f("«A21»") + "”, and it does not oppose the appointment of commissioners. It welcomes your assurance that the intervention is " + "“" + f("«A25»") + "” (letter of 4 November 2025).")
    D.np("4.", "The council asks you to consider whether all of the functions proposed need to be transferred. Your letter proposes that " + "“" + f("«A22»") + "” should be exercisable by the commissioners (letter of 4 November 2025). The council would suggest that procurement be returned to the council after eighteen months if the commissioners are satisfied with progress.")
    D.np("5.", "The council has been aware of the need for change for some time. Its external auditor identified " + "“" + f("«A23»") + "” in the Annual Auditor's Report for 2023/24, and work to respond to those recommendations was already under way before the inspection began.")
    D.np("6.", "The council is committed to working with the commissioners and with your officials. It will publish its improvement and recovery plan, and every progress report on it, on its website.")
    D.p("Yours sincerely,\n\nLeader of the Council                    Chief Executive", 11)
    D.end_paper()
    # Appendix B: the scanned page
    png = str(HERE / "_scan_cabinet.png")
    n_scan = pdf.page_no() + 1
    def draw(p):
        p.set_font("LS", "B", 12)
        p.cell(0, 7, "QUARRINGTON METROPOLITAN BOROUGH COUNCIL", new_x="LMARGIN", new_y="NEXT", align="C")
        p.set_font("LS", "", 10)
        p.cell(0, 6, "Appendix B", new_x="LMARGIN", new_y="NEXT", align="C")
        p.ln(6)
        p.set_font("LS", "B", 11)
        p.multi_cell(0, 6, "Joint statement of the Head of Paid Service, the Chief Finance Officer and the Monitoring Officer", new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
        p.set_font("LS", "", 10.5)
        for t in ["We have read the report of the best value inspection and the Secretary of State's letter of 4 November 2025.",
                  "We accept the inspectors' findings. In particular we accept that the statutory officers have not always been able to give their advice with the independence that the law expects, and that this has contributed to the council's difficulties.",
                  "We advise Cabinet that there are no grounds on which the council could reasonably oppose the proposed intervention, and we recommend that the council co-operates fully with the commissioners once appointed.",
                  "We will meet weekly as a statutory officers' group from 1 December 2025, and we will each have the right to place a report on the agenda of any meeting of Cabinet or Council.",
                  "Signed on 20 November 2025."]:
            p.multi_cell(0, 5.8, t, new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        p.ln(8)
        for role in ["Chief Executive (Head of Paid Service)", "Director of Finance (Section 151 Officer)", "Director of Law and Governance (Monitoring Officer)"]:
            p.set_font("LSI", "", 17)
            p.cell(70, 10, "  " + "".join(w[0] for w in role.split()[:3]) + ". " + role.split()[0].lower() + "~", new_x="LMARGIN", new_y="NEXT")
            p.set_font("LS", "", 10)
            p.cell(0, 6, "_____________________________   " + role, new_x="LMARGIN", new_y="NEXT")
            p.ln(5)
        p.set_y(-40)
        p.set_font("LS", "", 9)
        p.cell(0, 5, "Page 1 of 1", align="R")
    scan_image(draw, str(n_scan), png)
    D.image_page(png)
    D.paper_pages["bvi-appB"] = [pdf.page_no(), pdf.page_no()]
    D.start_paper("bvi-appC")
    D.h("Appendix C – Initial improvement actions", 12)
    D.p("The actions below respond to the recommendations of the inspection report. They will be incorporated in the improvement and recovery plan to be presented in March 2026.", 10)
    D.table([["Rec.", "Recommendation", "Lead officer", "By"],
             ["R1", "“" + f("«A28»") + "”", "Director of Finance", "Feb 2026"],
             ["R2", "Independent review of the commercial portfolio", "Director of Regeneration", "Jun 2026"],
             ["R3", "“" + f("«A26»") + "”", "Monitoring Officer", "Immediate"],
             ["R4", "Rebuild scrutiny with “" + f("«A29»") + "”", "Monitoring Officer", "Apr 2026"],
             ["R5", "“" + f("«A27»") + "”", "Monitoring Officer", "Mar 2026"],
             ["R6", "Contract procedure rules and contracts register", "Head of Procurement", "Jun 2026"],
             ["R7", "Strengthen the statutory officers' roles", "Monitoring Officer", "Jan 2026"],
             ["R8", "Member-officer protocol and training", "Monitoring Officer", "Mar 2026"],
             ["R9", "Whistleblowing procedure", "Head of Internal Audit", "Jan 2026"],
             ["R10", "Improvement and recovery plan", "Chief Executive", "May 2026"]],
            (11, 109, 30, 16), size=8.5)
    D.h("Commentary on the actions", 11)
    for t in ["R1: the revised medium-term financial plan will be presented to Cabinet on 22 January 2026 and to Council on 26 February 2026. It will include a reserves strategy setting out how the general fund reserve will be rebuilt over four years.",
              "R2: a specification for the independent review of the commercial portfolio has been agreed with the Director of Finance. An adviser will be appointed through a national framework, and the review will report by June 2026.",
              "R3: the urgency rules in the constitution will be amended at the Council meeting in January so that an urgent decision may be taken only with the written agreement of the Chief Executive and the Monitoring Officer. Every such decision will be reported to the next meeting of Council.",
              "R4 and R5: two scrutiny officer posts have been advertised and a third will be created from April 2026. Recruitment of independent members of the Audit and Governance Committee has begun.",
              "R6 to R10: these actions are being developed with the Local Government Association and will be set out in full in the improvement and recovery plan."]:
        D.p(t, 10.5)
    D.start_paper("bvi-appD")
    D.h("Appendix D – Equality impact assessment: screening", 12)
    D.table([["Question", "Response"],
             ["Name of the proposal", "Response to the best value inspection and representations to the Secretary of State"],
             ["Service area", "Chief Executive's Office"],
             ["Is this a new or changed policy, service or function?", "No. The report concerns the council's governance arrangements and its response to proposed statutory intervention."],
             ["Who is likely to be affected?", "Councillors and staff directly; residents indirectly, through the effect of improved governance and financial management on services."],
             ["Age", "No differential impact identified."],
             ["Disability", "No differential impact identified. The improvement and recovery plan will be subject to a full assessment."],
             ["Gender reassignment", "No differential impact identified."],
             ["Marriage and civil partnership", "Not relevant to this proposal."],
             ["Pregnancy and maternity", "No differential impact identified."],
             ["Race", "No differential impact identified."],
             ["Religion or belief", "No differential impact identified."],
             ["Sex", "No differential impact identified."],
             ["Sexual orientation", "No differential impact identified."],
             ["Socio-economic disadvantage (local priority)", "Any future decisions on spending reductions arising from the medium-term financial plan are likely to have impacts and will be assessed separately."],
             ["Is a full assessment required?", "Not at this stage. A full assessment will accompany the improvement and recovery plan in March 2026."],
             ["Completed by", "Policy and Partnerships Manager, 18 November 2025"]],
            (60, 106), size=9.5)
    # -------------------------------------------------------- item 6 Kingsway
    D.start_item("6")
    D.start_paper("kingsway", new_page=False)
    D.h("Item 6 – Kingsway Yard: Options Appraisal", 14)
    D.p("Report of: Director of Regeneration and Assets\nCabinet Member: Deputy Leader and Cabinet Member for Regeneration\nWards affected: Town Centre; Kingsway\nKey decision: Yes (Forward Plan reference FP/2025/058)\nAppendix 2 is exempt under paragraph 3 of Schedule 12A to the Local Government Act 1972.", 10)
    D.h("1. Purpose", 12)
    D.np("1.1", "This report sets out the options for the future of Kingsway Yard, a retail and leisure site acquired by the council in March 2021, and recommends that the council seeks offers for the site on the open market.")
    D.h("2. Recommendations", 12)
    D.np("2.1", "That Cabinet agrees to market Kingsway Yard for sale, with vacant possession of the Market Hall retained as an option, and delegates authority to the Director of Regeneration and Assets, in consultation with the Deputy Leader and the Director of Finance, to appoint agents.")
    D.np("2.2", "That any offer be reported to Cabinet before acceptance.")
    D.h("3. Background", 12)
    D.np("3.1", "Kingsway Yard was bought for £23.5 million in March 2021. The purchase was part of the council's strategy to generate income from commercial property and to secure control of a key town centre site. The council's Corporate Plan sets the aim of " + "“" + f("«N5»") + "”.")
    D.np("3.2", "One of the two anchor tenants went into administration in November 2021. Occupancy has since fallen to 54% of lettable floor space. The site now produces net income of £0.61 million a year against annual financing costs of £1.43 million.")
    D.np("3.3", "The best value inspection report records that " + "“" + f("«A30»") + "” (paragraph 4.2.2). It also notes that " + "“" + f("«A31»") + "” (paragraph 4.2.1). Officers have reviewed the papers for the acquisition and confirm that the valuation report did contain that warning.")
    D.np("3.4", "Some members have suggested that the report accepted that " + "“" + f("«A32»") + "” (paragraph 4.2.1). Officers would caution Cabinet against relying on that reading. The report makes clear, at paragraph 2.1.4, that " + "“" + f("«A33»") + "” It goes on to describe the manner of the decision as characteristic of a wider pattern.")
    D.h("4. Options", 12)
    D.table([["Option", "Description", "Assessment"],
             ["1. Retain and re-let", "Continue to manage the site and seek new tenants for vacant units.", "Not recommended: continuing revenue loss of about £0.8m a year; no realistic prospect of a new anchor tenant."],
             ["2. Redevelop", "Council-led redevelopment for mixed use, including homes.", "Not recommended at this stage: requires capital the council does not have."],
             ["3. Sell on the open market", "Market the site for sale, with options on the Market Hall.", "Recommended: removes the financing cost; likely to crystallise a loss against book value."],
             ["4. Joint venture", "Transfer to a joint venture with a development partner.", "Possible, but slower and retains risk."]],
            (38, 60, 68), size=9.5)
    D.h("5. Consultation", 12)
    D.np("5.1", "The Kingsway Traders' Association has been consulted and has presented a petition to Cabinet (minute 50, 13 November 2025). Ward members have been briefed. The Overview and Scrutiny Committee will be invited to comment before any sale is completed.")
    D.h("6. Implications", 12)
    D.np("6.1", "Financial: a sale is likely to realise less than the book value, and the loss would be charged to the capital adjustment account rather than to the general fund. Any capital receipt would be applied to reduce borrowing. Legal: the council has power to dispose of land under section 123 of the Local Government Act 1972 and must obtain the best consideration reasonably obtainable.")
    D.np("6.2", "Risk: the principal risk is that the market does not produce an acceptable offer. The recommendation that any offer be reported to Cabinet allows the council to withdraw.")
    D.p("Appendices: 1 – Site plan; 2 – Valuation advice (exempt).", 9.5, "I")
    D.start_paper("kingsway-plan")
    D.h("Appendix 1 – Site plan", 12)
    x0, y0 = 30, pdf.get_y() + 6
    pdf.set_line_width(0.6); pdf.set_draw_color(0, 0, 0)
    pdf.rect(x0, y0, 150, 150)
    pdf.set_fill_color(220, 220, 220)
    for (x, y, w, h_, t) in [(8, 8, 60, 34, "Market Hall"), (78, 8, 62, 24, "Units KY01-KY06"), (78, 40, 62, 28, "Former anchor store (vacant)"),
                             (8, 52, 60, 44, "Car park (312 spaces)"), (8, 106, 60, 36, "Units KY07-KY16"), (78, 78, 62, 30, "Leisure (cinema, gym)"),
                             (78, 116, 62, 26, "Units KY17-KY24")]:
        pdf.rect(x0 + x, y0 + y, w, h_, style="DF")
        pdf.set_font("LS", "", 8.5)
        pdf.set_xy(x0 + x + 2, y0 + y + h_ / 2 - 2)
        pdf.cell(w - 4, 4, t, align="C")
    pdf.set_font("LS", "", 8.5)
    pdf.set_xy(x0, y0 + 153)
    pdf.cell(150, 4, "Red line: site boundary (approx. 2.3 ha). Not to scale. Kingsway to the north; Church Street to the east.", align="C")
    D._touch()
    D.start_paper("kingsway-app1")
    D.h("Appendix 1 (continued) – Kingsway Yard: schedule of units", 12)
    rows = [["Unit", "Use", "Floor area (sq m)", "Status", "Rent £ pa"]]
    import random
    r = random.Random(11)
    uses = ["Retail", "Café", "Leisure", "Retail", "Office", "Retail", "Food hall"]
    for i in range(1, 25):
        st = "Let" if r.random() < 0.55 else "Vacant"
        area = r.randrange(90, 1400)
        rows.append([f"KY{i:02d}", uses[i % len(uses)], f"{area:,}", st, f"{area * r.randrange(60, 140):,}" if st == "Let" else "–"])
    rows.append(["MH", "Market Hall (stalls)", "2,150", "Let (licences)", "96,400"])
    D.table(rows, (22, 40, 34, 34, 36))
    # -------------------------------------------------------- item 7
    D.start_item("7")
    D.start_paper("forward", new_page=False)
    D.h("Item 7 – Forward Plan of Key Decisions, December 2025 to March 2026", 14)
    D.p("The Forward Plan lists the key decisions that the Cabinet, individual Cabinet Members or officers expect to take over the next four months. It is published at least 28 clear days before each decision. Members of the public may make representations on any decision to the contact officer named.", 10.5)
    fp = [["Ref.", "Decision", "Decision maker", "Date", "Exempt?"]]
    dec = [("FP/2025/058", "Kingsway Yard: options appraisal and marketing", "Cabinet", "27 Nov 2025", "Part"),
           ("FP/2025/061", "Best value inspection: response and representations", "Cabinet", "27 Nov 2025", "No"),
           ("FP/2025/063", "Council Tax Support Scheme 2026/27", "Council", "10 Dec 2025", "No"),
           ("FP/2025/064", "Award of contract: school transport (lots 1-4)", "Cabinet Member for Children and Families", "15 Dec 2025", "Part"),
           ("FP/2025/066", "Housing revenue account rent setting 2026/27", "Cabinet", "22 Jan 2026", "No"),
           ("FP/2025/067", "Medium-term financial plan 2026/27 to 2029/30", "Cabinet", "22 Jan 2026", "No"),
           ("FP/2025/068", "Capital strategy and treasury management strategy 2026/27", "Cabinet", "22 Jan 2026", "No"),
           ("FP/2025/069", "Amendments to the constitution: urgency and statutory officers", "Council", "28 Jan 2026", "No"),
           ("FP/2025/070", "Temporary accommodation: procurement of leased properties", "Cabinet", "22 Jan 2026", "Part"),
           ("FP/2025/071", "Waste collection vehicle replacement", "Cabinet Member for Environment", "5 Feb 2026", "No"),
           ("FP/2026/001", "Revenue budget and council tax 2026/27", "Council", "26 Feb 2026", "No"),
           ("FP/2026/002", "Adult social care fee rates 2026/27", "Cabinet", "19 Feb 2026", "No"),
           ("FP/2026/003", "Stock condition survey: award of contract", "Cabinet Member for Housing", "2 Mar 2026", "Part"),
           ("FP/2026/004", "Improvement and recovery plan", "Cabinet", "19 Mar 2026", "No"),
           ("FP/2026/005", "Leisure contract: extension option", "Cabinet", "19 Mar 2026", "Part"),
           ("FP/2026/006", "Local Plan: regulation 19 consultation", "Council", "25 Mar 2026", "No"),
           ("FP/2026/007", "Highways asset management plan", "Cabinet Member for Environment", "26 Mar 2026", "No")]
    for d in dec:
        fp.append(list(d))
    D.table(fp, (26, 64, 38, 22, 16), size=9)
    D.p("Contact officer for all decisions: Democratic Services Officer, Town Hall, Quarrington.", 9.5, "I")
    D.start_item("8")
    D.start_paper("exclusion", new_page=False)
    D.h("Item 8 – Exclusion of the Press and Public", 14)
    D.p("Cabinet is asked to consider passing the following resolution:", 11)
    D.p("That, under section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the consideration of Appendix 2 to item 6 on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act, namely “" + f("«N6»") + "”, and that in all the circumstances the public interest in maintaining the exemption outweighs the public interest in disclosing the information.", 11)
    D.p("Public interest test: the appendix contains valuation advice and the council's assessment of the likely range of offers. Disclosure before the site is marketed would be likely to prejudice the council's ability to obtain the best consideration for the site.", 10.5)
    D.end_item()
    return D


def make():
    import json
    D = build()
    D = build({k: b - a + 1 for k, (a, b) in D.paper_pages.items()}, D.items)
    D = build({k: b - a + 1 for k, (a, b) in D.paper_pages.items()}, D.items)
    out = HERE / FILE
    D.pdf.output(str(out))
    from packs_common import locate
    n = locate(out, Q, D.items)
    labels = {"pack": FILE, "title": TITLE, "publisher": "CMIS", "pages": n, "printed_page_offset": 0,
              "sources": [{"pdf": "report.pdf", "title": "Best Value Inspection of Quarrington Metropolitan Borough Council", "role": "report"},
                          {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Quarrington Metropolitan Borough Council, 4 November 2025", "role": "letter",
                           "alias": "Secretary of State's letter of 4 November 2025"}],
              "furniture": ["^\\s*\\d{1,2}\\s*$", "^\\s*Page \\d+ of \\d+\\s*$"],
              "image_only_pages": [D.paper_pages["bvi-appB"][0]], "blank_pages": [],
              "agenda": [{"number": n_, "title": t, "papers": p} for n_, t, p in AGENDA],
              "items": [{"number": k, "title": dict((a, b) for a, b, c in AGENDA)[k], "first_page": a, "last_page": b} for k, (a, b) in D.items.items()],
              "quotes": Q}
    (HERE / "pack-cabinet.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1))
    print(FILE, n, "pages; items", D.items, "; papers", D.paper_pages)


if __name__ == "__main__":
    make()
