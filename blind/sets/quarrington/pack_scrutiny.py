"""Pack 2: modern.gov Overview and Scrutiny Committee pack, 9 December 2025."""
import json, random
from packs_common import Doc, HERE, locate
import pack_cabinet as pc

TITLE = "Quarrington Metropolitan Borough Council, Overview and Scrutiny Committee, 9 December 2025"
FILE = "pack-scrutiny.pdf"
OFFSET = 2
pc.Q.clear()
q, Q = pc.q, pc.Q

q("B1", "3", "scrutiny at Quarrington has been adequately resourced", ["out_of_context"], ["correct"], "5.1.3", cited=["5.1.3"], dropped="We do not consider that", kind="negation_dropped",
  note="5.1.3 says the inspectors do not consider it has been adequately resourced")
q("B2", "3", "Nine decisions have been called in since 2021", ["verbatim"], ["correct"], "5.1.2", cited=["5.1.2"], note="5.1.2")
q("B3", "4", "We found evidence of fraud", ["misquote"], ["correct"], "6.1.2", cited=["6.1.2"], source_text="We found no evidence of fraud", kind="negation_dropped",
  note="'no' dropped: the report says the opposite")
q("B4", "4", "We found no evidence of fraud, and we do not suggest that any officer acted dishonestly.", ["verbatim"], ["correct"], "6.1.2", cited=["6.1.2"], kind="control", note="the answer quotes 6.1.2 correctly")
q("B5", "4", "the Leader acted improperly in approving the acquisition of Kingsway Yard", ["out_of_context"], ["correct"], "2.1.4", cited=["2.1.4"], dropped="We do not suggest that", kind="denial_dropped",
  note="2.1.4 denies exactly this")
q("B6", "4", "do not suggest that the Leader acted improperly in approving the acquisition of Kingsway Yard", ["verbatim"], ["missing"], "2.1.4", kind="control_denial_kept",
  note="the answer keeps the denial; no paragraph named")
q("B7", "4", "around one in five council homes are not decent", ["paraphrase"], ["correct"], "7.1.1", cited=["7.1.1"],
  source_text="Around 19% of council homes did not meet the Decent Homes Standard.", kind="reworded", note="19% as 'one in five', the standard as 'not decent'")
q("B8", "4", "2,460 outstanding repairs jobs", ["misquote"], ["correct"], "7.1.1", pages=[13], source_text="2,640 outstanding repairs jobs", kind="digits_transposed",
  note="2,640 in the report; cited as page 13, where 7.1.1 is")
q("B9", "4", "runs on favours", ["not_found"], ["unverifiable"], None, source=None, doc="other", kind="invented_cited_to_newspaper",
  note="attributed to the inspectors via the Quarrington Courier; no source says it")
q("B10", "4", "Complaints to the council about its own services rose by 34 per cent", ["minor"], ["correct"], "3.2.2", cited=["3.2.2"],
  source_text="Complaints to the council about its own services rose by 34%", kind="per_cent_spelled", note="'34%' written as '34 per cent'")
q("N1", "4", "We call on the council to clear the repairs backlog before the winter and to publish the figures every month", None, None, concerns=False, note="residents' petition")
q("B11", "4", "a failing council run for the benefit of a few", ["not_found"], ["missing"], None, source=None, kind="invented", note="no source says it; nothing cited")
q("B12", "5", "The Overview and Scrutiny Committee met six times in 2024/25 and made 41 recommendations", ["verbatim"], ["correct"], "5.1.1", cited=["5.1.1"], note="5.1.1")
q("B13", "5", "member-led and effective", ["verbatim"], ["correct"], "5.1.1", cited=["5.1.1"], kind="control_attribution_kept",
  note="given as the council's own submission, with the inspectors' rejection reported")
q("B14", "5", "The scrutiny function is supported by a single officer, who also supports two other committees", ["verbatim"], ["correct"], "5.1.3", cited=["5.1.3"], note="5.1.3")
q("B15", "5", "Rebuild the scrutiny function … and a work programme agreed independently of the executive", ["minor"], ["correct"], "R4", cited=["R4"],
  source_text="Rebuild the scrutiny function, with dedicated officer support of at least three posts and a work programme agreed independently of the executive.", kind="ellipsis",
  note="the officer-support words cut and marked")
q("N2", "5", "act as a check and balance on the executive", None, None, concerns=False, note="statutory guidance on overview and scrutiny, not the sources")
q("B16", "5", "made 41 recommendations, of which Cabinet formally responded to 12", ["verbatim"], ["correct"], "5.1.1", cited=["5.1.1"], kind="table_cell", note="table cell")
q("B17", "5", "two meetings were cancelled because they were not quorate", ["verbatim"], ["correct"], "5.2.1", cited=["5.2.1"], kind="table_cell", note="table cell")
q("B18", "5", "Only 3 of the 29 high-priority actions", ["verbatim"], ["wrong"], "5.2.2", cited=["5.2.3"], kind="table_cell_wrong_paragraph", note="5.2.2's words cited as 5.2.3")
q("B19", "5", "the evidence that decisions of great financial consequence were taken without proper scrutiny", ["verbatim"], ["correct"], "3", source="letter", doc="letter", note="letter paragraph 3")
q("B20", "5", "is meant to help the council rather than take it over", ["paraphrase"], ["correct"], "6", source="letter", doc="letter",
  source_text="I want to be clear that this intervention is intended to support the council, not to replace it.", kind="reworded", note="letter paragraph 6 in other words")
q("B21", "6", "decision-making has become concentrated in a small number of hands", ["verbatim"], ["correct"], "2.1.2", cited=["2.1.2"], note="2.1.2")
q("B22", "6", "fell from £18.6 million in March 2021 to £7.4 million in March 2025", ["verbatim"], ["wrong"], "4.1.2", cited=["4.1.3"], kind="wrong_paragraph",
  note="4.1.2 (and the executive summary) hold it; 4.1.3 does not")
q("B23", "6", "212 waivers with a combined value of £41.3 million", ["misquote"], ["correct"], "6.1.1", cited=["6.1.1"], source_text="212 waivers with a combined value of £31.4 million", kind="number_changed",
  note="£31.4 million in the report")
q("B24", "6", "has become routine", ["verbatim"], ["correct"], "2.2.1", cited=["2.2.1"], note="2.2.1, of urgency")
q("B25", "6", "Staff turnover was 21% in 2024/25, compared with 14% in 2021/22", ["verbatim"], ["correct"], "3.1.4", cited=["3.1.4"], note="3.1.4")
q("N3", "6", "Holders of public office are accountable to the public for their decisions and actions", None, None, concerns=False, note="the Seven Principles of Public Life")
q("B26", "7", "has shown in its regeneration work and in the leisure contract that it can deliver when its arrangements are sound", ["verbatim"], ["correct"], "8.1.2", cited=["8.1.2"], note="8.1.2")
q("B27", "7", "member-led and effective", ["out_of_context"], ["correct"], "5.1.1", cited=["5.1.1"], dropped="We found the opposite.", kind="submission_as_finding",
  note="the council's own submission, which the inspectors reject, presented as their finding")
q("B28", "7", "now on a sound financial footing", ["verbatim"], ["correct"], "2.1.3", cited=["2.1.3"], kind="attribution_kept", strict=False,
  note="kept as the Leader's view; the inspectors' disagreement is not mentioned, so some would call it out of context")
q("B29", "7", "decision-making has become concentrated in a small number of hands", ["verbatim"], ["correct"], "2.1.2", cited=["2.1.2"], kind="repeated_in_amended_motion",
  note="the original motion's quotation repeated in the motion as amended")
q("B30", "8", "At the end of March 2025 there were 2,640 outstanding repairs jobs, of which 412 had been open for more than six months", ["verbatim"], ["correct"], "7.1.1", cited=["7.1.1"], note="7.1.1")
q("B31", "8", "the number of households in temporary accommodation has more than doubled in three years", ["misquote"], ["correct"], "7.1.3", cited=["7.1.3"],
  source_text="The number of households in temporary accommodation has nearly doubled in three years", kind="word_changed", note="'nearly' made 'more than' (286 to 561 is not more than double)")
q("B32", "8", "Performance against the contract's own key indicators has been below target in 10 of the last 12 quarters", ["verbatim"], ["wrong"], "6.2.1", pages=[11], kind="wrong_page",
  note="6.2.1 is on page 12, not 11")
q("N4", "8", "Registered providers must have an accurate, up to date and evidence based understanding of the condition of their homes", None, None, concerns=False, note="Regulator of Social Housing standard")
q("N5", "8", "We are tired of waiting in for repairs that never come", None, None, concerns=False, note="the Tenants' Panel")
q("B33", "8", "Tenants we met were frustrated by repeated missed appointments", ["verbatim"], ["missing"], "7.1.2", note="7.1.2, nothing cited")
q("N6", "9", "to review or scrutinise decisions made, or other action taken, in connection with the discharge of any functions which are the responsibility of the executive", None, None, concerns=False,
  note="Local Government Act 2000, section 9F")

T = {d["id"]: d["text"] for d in Q}
def f(s):
    import re
    return re.sub(r"«(\w+)»", lambda m: "“" + T[m.group(1)] + "”", s)

AGENDA = [
    ("1", "Apologies for Absence and Substitutions", False),
    ("2", "Declarations of Interest", False),
    ("3", "Minutes of the Previous Meeting", True),
    ("4", "Public Questions", True),
    ("5", "Best Value Inspection: Chair's Briefing", True),
    ("6", "Notice of Motion Referred by Council: Best Value Inspection", True),
    ("7", "Amendment to the Motion Referred by Council, and the Motion as Amended", True),
    ("8", "Housing Repairs Performance", True),
    ("9", "Work Programme 2025/26", True),
]


def build(starts=None):
    D = Doc("modern.gov", OFFSET)
    D.lh = 6.9
    pdf = D.pdf
    starts = starts or {}
    # ---- front sheet
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.set_y(14)
    pdf.cell(0, 8, "Public Document Pack", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    D.h("Quarrington Metropolitan Borough Council", 18)
    D.h("Overview and Scrutiny Committee", 15)
    D.p("Tuesday, 9 December 2025 at 6.30 pm\nCouncil Chamber, Town Hall, Market Place, Quarrington", 12)
    D.p("Members of the Committee: the Chair; the Vice-Chair; and eleven other councillors (ruling group 8, Opposition 3, Liberal Democrat 1, Independent 1).", 12)
    D.p("Substitute members may attend in accordance with the Council Procedure Rules. Members who are unable to attend should notify Democratic Services as soon as possible.", 10.5)
    D.p("Enquiries to: Scrutiny Officer, Democratic Services. Tel: 01698 555 0177. Email: scrutiny@quarrington.gov.uk", 10.5)
    D.p("Date of publication: Monday, 1 December 2025", 10.5)
    D.p("This agenda and its reports are available on the council's website. The meeting will be webcast. Members of the public are welcome to attend.", 10, "I")
    # ---- agenda
    pdf.add_page()
    D.h("Agenda", 15)
    D.p("Part 1 – Items to be considered in public", 12, "B")
    notes = {"1": "To receive apologies for absence and to note any substitutions.",
             "2": "Members are reminded to declare any disclosable pecuniary interests, other registrable interests and non-registrable interests, and any party whip, in matters on the agenda.",
             "3": "To approve as a correct record the minutes of the meeting held on 11 November 2025.",
             "4": "To receive questions from members of the public submitted in accordance with the Scrutiny Procedure Rules.",
             "5": "Briefing note of the Chair of the Committee.",
             "6": "At its meeting on 19 November 2025, Council referred the motion set out in the papers to this committee for comment before it is debated.",
             "7": "The amendment notified by the Deputy Leader, and the motion as it would read if the amendment were carried.",
             "8": "Report of the Director of Housing.",
             "9": "To consider the committee's work programme."}
    for num, title, papers in AGENDA:
        rng = ""
        if papers and num in starts:
            a, b = starts[num]
            rng = f"  (Pages {a - OFFSET} - {b - OFFSET})"
        D.np(num + ".", title.upper() + rng, width=10, size=11)
        D.p(notes[num], 10, indent=10)
    # ---- item 3 minutes
    D.start_item("3"); D.banner("Agenda Item 3")
    D.h("OVERVIEW AND SCRUTINY COMMITTEE", 13)
    D.p("Minutes of the meeting held on Tuesday, 11 November 2025 at 6.30 pm in the Council Chamber, Town Hall", 12, "B")
    D.p("Present: the Chair (in the Chair), the Vice-Chair, and nine other members of the committee. Also in attendance: the Cabinet Member for Finance and Resources; the Chief Executive; the Director of Finance; the Monitoring Officer; the Scrutiny Officer.", 10.5)
    for num, head, paras in [
        ("31", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", ["Apologies were received from two members of the committee. One substitute member attended."]),
        ("32", "DECLARATIONS OF INTEREST", ["No declarations of interest were made. The Chair reminded members that there was no party whip on any item."]),
        ("33", "MINUTES", ["RESOLVED: That the minutes of the meeting held on 14 October 2025 be approved as a correct record."]),
        ("34", "BEST VALUE INSPECTION REPORT: INITIAL DISCUSSION", [
            "The Chief Executive gave a short presentation on the best value inspection report, published a week earlier, and on the Secretary of State's proposals for intervention. A fuller report would go to Cabinet on 27 November.",
            "The Chair said that the committee should not be defensive. The Chair had read the report as saying that " + f("«B1»") + " (paragraph 5.1.3), but accepted that other members read it differently and that the committee should look at the resources it needed.",
            "A member of the Opposition said that the Chair's reading was mistaken. Members noted that " + f("«B2»") + " (paragraph 5.1.2), and none of those call-ins had changed a decision. The member asked the Monitoring Officer how many call-in requests had been refused on procedural grounds; the Monitoring Officer undertook to provide the figure in writing.",
            "The Cabinet Member for Finance and Resources said that the administration accepted that the committee had not been well supported and would bring proposals forward as part of the improvement and recovery plan.",
            "RESOLVED: (1) That the presentation be noted. (2) That the Chair prepare a briefing for the next meeting on the report's findings on scrutiny. (3) That the motion expected to be referred by Council be considered at the next meeting."]),
        ("35", "QUARTER 2 PERFORMANCE: ADULT SOCIAL CARE", [
            "The Director of Adult Social Care presented the quarter 2 performance report. The number of people waiting for a care needs assessment had fallen from 611 to 482. Delayed discharges from hospital attributable to social care remained above the target agreed with the NHS trust.",
            "Members asked about the use of agency social workers. The Director said that 27 of 96 qualified social work posts were filled by agency staff, and that a recruitment campaign had begun in September.",
            "RESOLVED: That the report be noted and that a further report on the workforce be brought to the committee in March 2026."]),
        ("36", "WORK PROGRAMME", ["The committee considered its work programme. Members agreed to add an item on housing repairs performance to the December meeting.", "RESOLVED: That the work programme be agreed as amended.", "The meeting ended at 8.52 pm."])]:
        D.h(f"{num}   {head}", 12)
        for t in paras:
            D.p(t, 12)
    D.p("Chair ..............................................", 12)
    D.start_paper("actionlog"); pdf.add_page()
    D.h("Action log – matters arising from previous meetings", 12)
    rows = [["Minute", "Action", "Owner", "Status"]]
    for a in [("34 (Nov 2025)", "Number of call-in requests refused on procedural grounds since 2021", "Monitoring Officer", "Answered: 4 refused (circulated 20 Nov)"),
              ("34 (Nov 2025)", "Chair's briefing on the inspection report's findings on scrutiny", "Chair / Scrutiny Officer", "On this agenda (item 5)"),
              ("35 (Nov 2025)", "Adult social care workforce report", "Director of Adult Social Care", "Scheduled March 2026"),
              ("28 (Oct 2025)", "Breakdown of temporary accommodation spend by type", "Director of Housing", "Circulated 3 Nov"),
              ("28 (Oct 2025)", "Update on the leisure contract management fee", "Director of Communities", "Circulated 3 Nov"),
              ("22 (Sep 2025)", "Kingsway Yard occupancy figures", "Director of Regeneration", "Superseded by Cabinet report, 27 Nov"),
              ("22 (Sep 2025)", "Timetable for the contracts register", "Head of Procurement", "Outstanding"),
              ("17 (Jul 2025)", "Members' access to internal audit reports", "Head of Internal Audit", "Outstanding"),
              ("17 (Jul 2025)", "Waste round changes: complaints analysis", "Director of Environment", "Complete"),
              ("11 (Jun 2025)", "Summary of urgent decisions 2024/25", "Monitoring Officer", "Complete"),
              ("11 (Jun 2025)", "Training on the budget for committee members", "Director of Finance", "Held 9 Oct"),
              ("6 (Apr 2025)", "Response to the committee's recommendations on agency staff", "Cabinet", "Outstanding"),
              ("6 (Apr 2025)", "Annual scrutiny report to Council", "Chair", "Complete")]:
        rows.append(list(a))
    D.table(rows, (26, 70, 38, 32), size=9.5)
    # ---- item 4 public questions
    D.start_item("4"); D.banner("Agenda Item 4")
    D.h("Public Questions", 14)
    D.p("Six questions have been received from members of the public in accordance with Scrutiny Procedure Rule 9. The questions are printed as submitted. Written answers have been prepared by the Chair with the assistance of officers. Each questioner may ask one supplementary question.", 10.5)
    for n_, who, qtext, ans in [
        ("1", "a resident of Thornley ward",
         "The inspection report says in terms, " + f("«B3»") + " (paragraph 6.1.2), in relation to contract waivers. Why has nobody been suspended, and will the committee ask the police to investigate?",
         "I do not think that is what the report says. Paragraph 6.1.2 reads: " + f("«B4»") + " The inspectors were critical of the controls over waivers, and the committee will be looking at procurement in March, but there is no finding of fraud."),
        ("2", "a resident of Kingsway ward",
         "The report found that " + f("«B5»") + " (paragraph 2.1.4). Does the Chair agree that the Leader should now resign?",
         "The report does not say that. The inspectors state that they " + f("«B6»") + ", and that the decision was within the Leader's delegated powers. Their criticism is of the way the decision was taken. Whether any member should resign is not a matter for this committee."),
        ("3", "the secretary of the Millbrook Tenants' and Residents' Association",
         "The inspectors say " + f("«B7»") + " (paragraph 7.1.1) and that there were " + f("«B8»") + " (page 13 of the report). Our association has presented a petition asking the council to act, which reads: " + f("«N1»") + ". When will the committee look at this?",
         "Housing repairs performance is item 8 on this agenda. The report's figure is in fact 2,640 outstanding jobs at the end of March 2025. The Director of Housing's report gives the current position, which has improved, and the committee will consider the petition alongside it."),
        ("4", "a resident of Abbey ward",
         "The Quarrington Courier reported on 6 November that the inspectors described the council as one that " + f("«B9»") + ". What is the committee going to do about a culture like that?",
         "I have not been able to find those words in the inspection report or in the Secretary of State's letter, and I would encourage the questioner to read the report itself. The report's findings on culture are in chapter 3, and the committee will be scrutinising the council's response to them."),
        ("5", "a resident of Westgate ward",
         "The report states that " + f("«B10»") + " (paragraph 3.2.2). How many complaints does the council now receive each month, and how many are answered on time?",
         "In October 2025 the council received 412 stage 1 complaints, of which 71% were answered within the 10 working day target. The figure quoted is correct; the increase was over the three years from April 2022."),
        ("6", "a resident of Thornley ward",
         "Would the Chair accept that this is, in the inspectors' words, " + f("«B11»") + "?",
         "No. Those words do not appear in the report, and I do not accept them. The report is critical enough without words being added to it.")]:
        D.h(f"Question {n_} – from {who}", 12)
        D.p(qtext, 12)
        D.p("Answer: " + ans, 12, "")
    D.start_paper("spr9"); pdf.add_page()
    D.h("Extract from the Scrutiny Procedure Rules – Rule 9: Public questions", 12)
    for t in ["9.1 A member of the public who lives, works or studies in the borough may ask a question of the Chair of the Overview and Scrutiny Committee at any ordinary meeting of the committee.",
              "9.2 A question must be delivered in writing to the Monitoring Officer by noon on the seventh clear working day before the meeting. Each question must give the name and address of the questioner and the name of the person to whom it is put.",
              "9.3 No person may submit more than one question at a meeting. No more than two questions may be asked on behalf of one organisation.",
              "9.4 The Monitoring Officer may reject a question if it is not about a matter for which the committee has a responsibility; is defamatory, frivolous or offensive; is substantially the same as a question put at a meeting of the committee in the past six months; or requires the disclosure of confidential or exempt information.",
              "9.5 Questions will be asked and answered in the order received. The time allowed for public questions is 30 minutes. Any question not answered within that time will receive a written answer.",
              "9.6 A questioner who has put a question in person may also put one supplementary question without notice. The supplementary question must arise directly out of the original question or the reply.",
              "9.7 An answer may take the form of a direct oral answer, a reference to a publication where the information may be found, or a written answer circulated later to the questioner.",
              "9.8 There will be no discussion on any question, but any member may move that a matter raised by a question be referred to the committee's work programme."]:
        D.p(t, 11)
    # ---- item 5 chair's briefing
    D.start_item("5"); D.banner("Agenda Item 5")
    D.h("Best Value Inspection: Chair's Briefing", 14)
    D.p("Briefing note of the Chair of the Overview and Scrutiny Committee\nPrepared with the Scrutiny Officer. For discussion.", 10.5, "I")
    D.h("1. Why this note", 12)
    D.np("1.1", "At the last meeting the committee asked me to prepare a note on what the best value inspection report says about scrutiny, so that the committee can agree its own contribution to the council's improvement and recovery plan. This note is my attempt to do that fairly. I have quoted the report directly wherever I can.")
    D.h("2. What the report says about this committee", 12)
    D.np("2.1", "The report records that " + f("«B12»") + " (paragraph 5.1.1). It notes that Cabinet formally responded to only a minority of them.")
    D.np("2.2", "The council's own submission to the inspectors described scrutiny arrangements as " + f("«B13»") + " (paragraph 5.1.1). The inspectors say plainly that they found the opposite. I accept that, and I do not think the committee should repeat the submission's description.")
    D.np("2.3", "On resources, the report observes that " + f("«B14»") + " (paragraph 5.1.3). Members will know how much we depend on that officer's work.")
    D.np("2.4", "Recommendation 4 asks the council to " + f("«B15»") + " (R4). I welcome this. Members may wish to ask the Monitoring Officer for a timetable.")
    D.np("2.5", "The statutory guidance on overview and scrutiny describes the role of a scrutiny committee as being to " + f("«N2»") + ". The committee has not consistently been able to play that role, and the report explains why.")
    D.h("3. Key figures", 12)
    D.np("3.1", "The table below sets out the figures from the report that bear most directly on the committee and on the Audit and Governance Committee.")
    D.table([["Indicator", "Ref."], ["Recommendations made by this committee in 2024/25 and responses", "5.1.1"],
             [("Report: " + f("«B16»"), 2)],
             ["Audit and Governance Committee meetings in 2024", "5.2.1"], [("Report: " + f("«B17»"), 2)],
             ["Internal audit high-priority actions implemented on time", "5.2.3"], [("Report: " + f("«B18»") + " had been implemented by the agreed date", 2)],
             ["Call-ins since 2021", "5.1.2"], [("Nine, none of which changed the decision", 2)]],
            (146, 20), size=9.5)
    D.h("4. The Secretary of State's letter", 12)
    D.np("4.1", "The Secretary of State's letter of 4 November 2025 refers specifically to " + f("«B19»") + ". That is a direct reference to this committee's work, or the lack of it.")
    D.np("4.2", "The letter also says that the intervention " + f("«B20»") + ". Members will want to hold the Secretary of State to that.")
    D.h("5. Suggested questions for the committee", 12)
    for t in ["What officer support will the committee have by April 2026, and how will it be funded?",
              "How will the committee set its work programme independently of the executive?",
              "Will Cabinet commit to responding in writing to every recommendation of the committee within two months?",
              "What role will the committee have in monitoring the improvement and recovery plan?",
              "How will the committee work with the commissioners once they are appointed?"]:
        D.bullet(t)
    D.h("6. Recommendation", 12)
    D.np("6.1", "That the committee notes this briefing and agrees to submit its views on the proposed intervention to the Chief Executive by 1 December 2025 for inclusion in the council's representations.")
    D.p("Note: the deadline in recommendation 6.1 has passed since this briefing was drafted; the Chair will report orally on the comments submitted.", 9.5, "I")
    D.start_paper("bench"); pdf.add_page()
    D.h("Appendix to the Chair's briefing – Scrutiny support in comparable councils", 12)
    D.p("The figures below were gathered by the Scrutiny Officer from published committee papers and from a survey of scrutiny officers in metropolitan boroughs in the North West and Yorkshire carried out in October 2025. They are indicative only.", 10.5)
    rows = [["Council (anonymised)", "Population", "Scrutiny committees", "Dedicated officers (FTE)", "Meetings 2024/25"]]
    rb = random.Random(4)
    for i in range(1, 17):
        rows.append([f"Metropolitan borough {chr(64 + i)}", f"{rb.randrange(150, 330)},{rb.randrange(100, 999)}", str(rb.randrange(1, 5)), f"{rb.randrange(10, 45) / 10:.1f}", str(rb.randrange(14, 40))])
    rows.append(["Quarrington", "214,000", "1", "0.4", "6"])
    D.table(rows, (48, 28, 30, 32, 28), size=9.5)
    D.p("FTE: full-time equivalent. The Quarrington figure reflects the share of the Scrutiny Officer's time spent on this committee.", 9.5, "I")
    # ---- item 6 original motion
    D.start_item("6"); D.banner("Agenda Item 6")
    D.h("Notice of Motion Referred by Council: Best Value Inspection", 14)
    D.p("Report of the Monitoring Officer", 10.5, "I")
    D.p("1. At its meeting on 19 November 2025 Council received the following motion, proposed by the Leader of the Opposition and seconded by the Leader of the Liberal Democrat Group. Under Council Procedure Rule 13.4 the Mayor referred the motion to this committee for comment before it is debated at the meeting of Council on 10 December 2025.", 12)
    D.p("2. The motion as submitted reads:", 12)
    D.h("Motion", 12)
    D.p("This Council notes the publication on 4 November 2025 of the report of the best value inspection of Quarrington Metropolitan Borough Council and the letter of the same date from the Secretary of State.", 12)
    D.p("Council notes that the inspectors found:", 12)
    for t in ["that " + f("«B21»") + " (paragraph 2.1.2);",
              "that the general fund reserve " + f("«B22»") + " (paragraph 4.1.3);",
              "that in 2023/24 the council approved " + f("«B23»") + " (paragraph 6.1.1);",
              "that the use of urgency provisions " + f("«B24»") + " (paragraph 2.2.1); and",
              "that " + f("«B25»") + " (paragraph 3.1.4)."]:
        D.bullet(t)
    D.p("Council recalls that the Seven Principles of Public Life state that " + f("«N3»") + ".", 12)
    D.p("Council therefore resolves:", 12)
    for t in ["1. to accept the findings of the inspection report in full;",
              "2. to apologise to the residents of Quarrington for the failures the report identifies;",
              "3. to establish a cross-party Improvement Board, chaired by a member of the opposition, to oversee the improvement and recovery plan; and",
              "4. to ask the Leader of the Council to consider whether he retains the confidence of the council."]:
        D.p(t, 12, indent=6)
    D.p("3. The committee may make any comments it wishes on the motion. Its comments will be reported to Council. The committee cannot amend the motion; amendments may be moved only at Council.", 12)
    D.p("4. The Monitoring Officer advises that resolution 4 would have no legal effect: the Leader is elected by Council under the council's executive arrangements and may be removed only by a resolution of Council in accordance with the constitution.", 12)
    # ---- item 7 amendment and amended motion
    D.start_item("7"); D.banner("Agenda Item 7")
    D.h("Amendment to the Motion Referred by Council, and the Motion as Amended", 14)
    D.p("1. The Deputy Leader has given notice of the following amendment, to be moved at Council on 10 December 2025. It is reproduced as received, with deleted words struck through in the original document shown between ~~ marks and inserted words in square brackets.", 10.5)
    D.h("Amendment", 12)
    D.p("Council therefore resolves:", 12)
    D.p("1. to ~~accept the findings of the inspection report in full~~ [inserted: note the findings of the inspection report and to welcome the inspectors' recognition that the council " + f("«B26»") + " (paragraph 8.1.2), and that the council's scrutiny arrangements are " + f("«B27»") + " (paragraph 5.1.1)];", 12, indent=6)
    D.p("2. ~~to apologise to the residents of Quarrington for the failures the report identifies;~~ [inserted: to thank council staff for their co-operation with the inspection;]", 12, indent=6)
    D.p("3. to establish a cross-party Improvement Board, chaired by ~~a member of the opposition~~ [inserted: the Leader of the Council], to oversee the improvement and recovery plan; and", 12, indent=6)
    D.p("4. ~~to ask the Leader of the Council to consider whether he retains the confidence of the council.~~ [inserted: to note the Leader's view, recorded by the inspectors at paragraph 2.1.3, that the council is " + f("«B28»") + ".]", 12, indent=6)
    D.h("The motion as it would read if the amendment were carried", 12)
    D.p("This Council notes the publication on 4 November 2025 of the report of the best value inspection of Quarrington Metropolitan Borough Council and the letter of the same date from the Secretary of State.", 12)
    D.p("Council notes that the inspectors found that " + f("«B29»") + " (paragraph 2.1.2), together with the other findings listed in the original motion.", 12)
    D.p("Council therefore resolves:", 12)
    for t in ["1. to note the findings of the inspection report and to welcome the inspectors' recognition of the council's regeneration work and the leisure contract;",
              "2. to thank council staff for their co-operation with the inspection;",
              "3. to establish a cross-party Improvement Board, chaired by the Leader of the Council, to oversee the improvement and recovery plan; and",
              "4. to note the Leader's view, recorded by the inspectors at paragraph 2.1.3."]:
        D.p(t, 12, indent=6)
    D.p("2. Monitoring Officer's comment: the amendment is in order. If it is carried, it becomes the substantive motion and may itself be amended. Members should be aware that the inspectors do not share the Leader's view referred to in resolution 4 of the amendment.", 10.5)
    D.start_paper("cpr13"); pdf.add_page()
    D.h("Extract from the Council Procedure Rules – Rule 13: Motions on notice", 12)
    for t in ["13.1 Except for motions which can be moved without notice under Rule 14, written notice of every motion, signed by the member giving notice, must be delivered to the Monitoring Officer not later than noon on the tenth clear working day before the date of the meeting.",
              "13.2 Motions for which notice has been given will be listed on the agenda in the order in which notice was received, unless the member giving notice states, in writing, that they propose to move it to a later meeting or withdraw it.",
              "13.3 Motions must be about matters for which the Council has a responsibility or which affect the borough.",
              "13.4 If the subject matter of a motion comes within the remit of a committee or of the Overview and Scrutiny Committee, the Mayor may, after it has been moved and seconded, refer it without discussion to that committee for comment before it is debated at a later meeting of Council.",
              "13.5 Notice of an amendment to a motion on notice must be given in writing to the Monitoring Officer by noon on the second working day before the meeting. An amendment must be relevant to the motion and must either refer it to a committee, leave out words, leave out words and insert or add others, or insert or add words. An amendment must not have the effect of negating the motion.",
              "13.6 Only one amendment may be moved and discussed at any one time. If an amendment is carried, the motion as amended takes the place of the original motion and becomes the substantive motion to which any further amendments are moved."]:
        D.p(t, 11)
    # ---- item 8 housing repairs
    D.start_item("8"); D.banner("Agenda Item 8")
    D.h("Housing Repairs Performance", 14)
    D.p("Report of: Director of Housing\nCabinet Member: Cabinet Member for Housing\nWards: All", 10.5)
    D.h("1. Summary", 12)
    D.np("1.1", "This report updates the committee on the performance of the responsive repairs service, on the backlog of outstanding repairs, and on the council's preparations for the consumer standards regime.")
    D.h("2. Recommendation", 12)
    D.np("2.1", "That the committee notes the report and comments on the actions proposed in section 5.")
    D.h("3. Background", 12)
    D.np("3.1", "The best value inspection report recorded that " + f("«B30»") + " (paragraph 7.1.1). The report also noted that " + f("«B31»") + " (paragraph 7.1.3), which places further pressure on the service.")
    D.np("3.2", "The repairs contract has been criticised for some time. The inspectors found that " + f("«B32»") + " (p. 11). They also reported that " + f("«B33»") + ", which is consistent with what the Tenants' Panel has told this committee.")
    D.np("3.3", "The Regulator of Social Housing's Safety and Quality Standard requires that " + f("«N4»") + ". The council will not meet that requirement until its stock condition survey is complete.")
    D.h("4. Current performance", 12)
    D.np("4.1", "At 31 October 2025 there were 2,118 outstanding repairs, of which 301 had been open for more than six months. The reduction since March reflects additional sub-contracted capacity funded from the housing revenue account. Performance against the main indicators is set out in Appendix 1.")
    D.np("4.2", "The Tenants' Panel met on 18 November to consider this report. Its chair asked that the committee be told, in the Panel's words: " + f("«N5»") + ". The Panel welcomes the reduction in the backlog but reports that missed appointments remain the most common complaint.")
    D.h("5. Actions", 12)
    for t in ["Complete the stock condition survey of all 13,200 homes by March 2027, prioritising homes where damp and mould have been reported.",
              "Re-procure the repairs contract, with a new contract in place by April 2027, and in the meantime enforce the default provisions of the current contract.",
              "Introduce appointment text reminders and a two-hour appointment window by March 2026.",
              "Publish repairs performance monthly on the council's website."]:
        D.bullet(t)
    D.h("6. Implications", 12)
    D.np("6.1", "Financial: the additional sub-contracted capacity costs £1.2 million in 2025/26 and is met from the housing revenue account. Legal: the council must comply with the consumer standards and with its repairing obligations under section 11 of the Landlord and Tenant Act 1985.")
    D.start_paper("repairs-app1")
    pdf.add_page()
    D.h("Appendix 1 – Repairs performance indicators", 12)
    rows = [["Indicator", "Target", "Q3 24/25", "Q4 24/25", "Q1 25/26", "Q2 25/26"]]
    r = random.Random(8)
    for ind, tgt in [("Emergency repairs completed within 24 hours", "98%"), ("Urgent repairs completed within 5 working days", "90%"),
                     ("Routine repairs completed within 28 days", "85%"), ("Appointments made and kept", "95%"), ("Repairs completed at first visit", "80%"),
                     ("Tenant satisfaction with last repair", "85%"), ("Outstanding repairs (number)", "1,500"), ("Repairs open over six months", "100"),
                     ("Damp and mould cases open", "150"), ("Average days to complete routine repair", "20"), ("Gas safety certificates in date", "100%"),
                     ("Electrical safety checks in date", "100%"), ("Void properties (number)", "120"), ("Average void re-let time (days)", "35")]:
        vals = [f"{r.randrange(55, 99)}%" if tgt.endswith("%") else f"{r.randrange(40, 3000):,}" for _ in range(4)]
        rows.append([ind, tgt] + vals)
    D.table(rows, (60, 20, 21, 21, 22, 22), size=9.5)
    D.h("Appendix 2 – Outstanding repairs by ward, 31 October 2025", 12)
    rows = [["Ward", "Outstanding", "Over 6 months", "Damp and mould"]]
    for w in ["Abbey", "Beck Side", "Castle", "Fieldhouse", "Hallgate", "Kingsway", "Millbrook", "Moorside", "Northfield", "Priory",
              "St Anne's", "Thornley", "Town Centre", "Westgate", "Whitecross", "Woodlands", "Yarrow"]:
        rows.append([w, str(r.randrange(40, 260)), str(r.randrange(2, 40)), str(r.randrange(0, 25))])
    D.table(rows, (60, 34, 36, 36), size=9.5)
    D.h("Appendix 3 – Tenants' Panel: summary of feedback, October 2025", 12)
    rows = [["Theme", "Comments received", "Examples"]]
    for a in [("Missed appointments", "46", "Waited in all day; no call to say the operative was not coming"),
              ("Damp and mould", "31", "Mould returned within weeks of treatment; no follow-up inspection"),
              ("Communication", "28", "Could not get through on the repairs line; no reference number given"),
              ("Quality of work", "19", "Repair had to be redone; materials left behind"),
              ("Positive feedback", "22", "Operative polite and tidy; emergency repair done the same day"),
              ("Other", "9", "Parking for contractors; noise")]:
        rows.append(list(a))
    D.table(rows, (40, 26, 100), size=9.5)
    pdf.add_page()
    D.h("Appendix 4 – Damp and mould cases open for more than 28 days, 31 October 2025", 12)
    D.p("Addresses are withheld. Cases are listed by the date first reported.", 10, "I")
    rows = [["Case ref.", "Ward", "Property type", "First reported", "Category", "Next action"]]
    rd = random.Random(17)
    wards = ["Abbey", "Beck Side", "Castle", "Fieldhouse", "Hallgate", "Kingsway", "Millbrook", "Moorside", "Northfield", "Priory", "Thornley", "Westgate"]
    types = ["1-bed flat", "2-bed flat", "2-bed house", "3-bed house", "Bungalow", "Maisonette"]
    acts = ["Survey booked", "Treatment booked", "Ventilation works", "Re-inspection", "Awaiting contractor", "Decant considered"]
    mon = ["May", "Jun", "Jul", "Aug", "Sep"]
    for i in range(1, 49):
        rows.append([f"DM-{2400 + i * 7}", rd.choice(wards), rd.choice(types), f"{rd.randrange(1, 29)} {mon[min(i // 10, 4)]} 2025",
                     rd.choice(["Category 1", "Category 2", "Category 2", "Category 3"]), rd.choice(acts)])
    D.table(rows, (24, 26, 28, 30, 26, 32), size=9.5)
    # ---- item 9 work programme
    D.start_item("9"); D.banner("Agenda Item 9")
    D.h("Work Programme 2025/26", 14)
    D.p("The committee's terms of reference, set by section 9F of the Local Government Act 2000, include the power " + f("«N6»") + ". The draft work programme below reflects the items agreed at previous meetings and the suggestions in the Chair's briefing at item 5.", 12)
    rows = [["Meeting", "Item", "Lead", "Type"]]
    for m, it, lead, ty in [
        ("13 Jan 2026", "Medium-term financial plan 2026/27 to 2029/30 (pre-decision)", "Director of Finance", "Pre-decision"),
        ("13 Jan 2026", "Constitution: urgency rules and statutory officers", "Monitoring Officer", "Pre-decision"),
        ("13 Jan 2026", "Scrutiny resources and support", "Monitoring Officer", "Policy development"),
        ("10 Feb 2026", "Revenue budget and council tax 2026/27", "Director of Finance", "Pre-decision"),
        ("10 Feb 2026", "Temporary accommodation", "Director of Housing", "Performance"),
        ("10 Feb 2026", "Kingsway Yard: marketing update", "Director of Regeneration", "Monitoring"),
        ("10 Mar 2026", "Procurement and contract waivers", "Head of Procurement", "Performance"),
        ("10 Mar 2026", "Adult social care workforce", "Director of Adult Social Care", "Performance"),
        ("10 Mar 2026", "Improvement and recovery plan (draft)", "Chief Executive", "Pre-decision"),
        ("14 Apr 2026", "Whistleblowing and complaints", "Head of Internal Audit", "Performance"),
        ("14 Apr 2026", "Housing repairs: re-procurement", "Director of Housing", "Pre-decision"),
        ("14 Apr 2026", "Annual scrutiny report 2025/26", "Chair", "Report to Council"),
        ("To be scheduled", "Town centre regeneration programme", "Director of Regeneration", "Monitoring"),
        ("To be scheduled", "Member-officer protocol", "Monitoring Officer", "Policy development"),
        ("To be scheduled", "Leisure contract extension", "Director of Communities", "Pre-decision")]:
        rows.append([m, it, lead, ty])
    D.table(rows, (26, 70, 42, 28), size=9.5)
    D.start_paper("tracker")
    pdf.add_page()
    D.h("Appendix – Scrutiny recommendations tracker, 2024/25 and 2025/26", 12)
    D.p("The tracker lists the committee's recommendations since April 2024 and the response received. Where no response has been received, the item is shown as 'Awaited'.", 10.5)
    rows = [["No.", "Date", "Recommendation (summary)", "To", "Response"]]
    topics = ["Publish the contracts register quarterly", "Report urgent decisions to this committee", "Review agency staffing in children's services",
              "Provide quarterly updates on Kingsway Yard occupancy", "Consult tenants on the repairs contract extension", "Set out savings delivery by directorate",
              "Review the member-officer protocol", "Report complaints performance annually", "Share internal audit limited assurance reports",
              "Include equality assessments with budget proposals", "Review waste round changes in Northfield", "Publish temporary accommodation costs",
              "Improve the timeliness of Cabinet reports", "Review the capital programme slippage", "Report on damp and mould cases monthly",
              "Provide members with training on the budget", "Review the council's use of consultants", "Commission a review of the Investment Board",
              "Set targets for the re-let time of empty homes", "Publish the response to each call-in", "Extend the webcasting of meetings",
              "Review the whistleblowing policy", "Report on the recruitment of social workers", "Involve scrutiny in setting the budget timetable",
              "Review the highways resurfacing priorities", "Report on the financial resilience index"]
    rr = random.Random(21)
    months = ["Jun 2024", "Jul 2024", "Sep 2024", "Oct 2024", "Nov 2024", "Jan 2025", "Feb 2025", "Mar 2025", "Jun 2025", "Sep 2025", "Oct 2025"]
    for i, t in enumerate(topics, 1):
        rows.append([f"{i}", months[min(i // 3, len(months) - 1)], t, rr.choice(["Cabinet", "Cabinet Member", "Director"]),
                     rr.choice(["Accepted", "Awaited", "Awaited", "Noted", "Partly accepted", "Awaited", "Rejected"])])
    D.table(rows, (10, 20, 86, 26, 24), size=9.5)
    D.h("Items requested by members, not yet scheduled", 12)
    for t in ["Use of agency staff across the council (requested by the Vice-Chair).",
              "Response times to members' enquiries (requested by a member of the Liberal Democrat Group).",
              "Road safety outside schools (requested by a ward member for Millbrook).",
              "Access to council services for residents without internet access (requested by the Independent member)."]:
        D.bullet(t)
    D.end_item()
    return D


def make():
    D = build()
    D = build(D.items)
    D = build(D.items)
    out = HERE / FILE
    D.pdf.output(str(out))
    n = locate(out, Q, D.items)
    labels = {"pack": FILE, "title": TITLE, "publisher": "modern.gov", "pages": n, "printed_page_offset": OFFSET,
              "sources": [{"pdf": "report.pdf", "title": "Best Value Inspection of Quarrington Metropolitan Borough Council", "role": "report"},
                          {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Quarrington Metropolitan Borough Council, 4 November 2025", "role": "letter",
                           "alias": "Secretary of State's letter of 4 November 2025"}],
              "furniture": ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+\\s*$"],
              "image_only_pages": [], "blank_pages": [],
              "agenda": [{"number": a, "title": t, "papers": p} for a, t, p in AGENDA],
              "items": [{"number": k, "title": dict((a, b) for a, b, c in AGENDA)[k], "first_page": a, "last_page": b} for k, (a, b) in D.items.items()],
              "quotes": Q}
    (HERE / "pack-scrutiny.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1))
    print(FILE, n, "pages; items", D.items)


if __name__ == "__main__":
    make()
