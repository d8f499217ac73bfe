"""Cabinet, 11 November 2025: content and quotation registry."""
from pack_common import esc

REPORT = "Best Value Inspection of Quenby City Council"
LETTER = "Letter from the Secretary of State to the Chief Executive of Quenby City Council, 14 October 2025"

Q = {}
def q(id, text, item, verdict="verbatim", citation="correct", section=None, source="report", cited=(),
      cited_document=None, source_text=None, context_dropped=None, kind="exact", note="", concerns=True, strict=True, cited_pages=()):
    d = {"id": id, "text": text, "concerns": concerns, "item": item}
    if concerns:
        d.update({"verdict": [verdict] if isinstance(verdict, str) else list(verdict),
                  "citation": [citation] if isinstance(citation, str) else list(citation),
                  "section": section, "source": source, "cited": list(cited), "cited_pages": list(cited_pages),
                  "cited_document": cited_document})
        if source_text: d["source_text"] = source_text
        if context_dropped: d["context_dropped"] = context_dropped
    else:
        d.update({"verdict": [], "citation": [], "section": None, "source": None, "cited": []})
    d["kind"], d["strict"], d["note"] = kind, strict, note
    Q[id] = d

# ---- item 3 minutes
q("C1", "not a judgment on the many dedicated staff of the council", "3", section="7", source="letter",
  cited_document="letter", note="Letter's seventh paragraph word for word; the minutes name the letter only.")
q("C2", "the general fund balance could be exhausted during 2026/27", "3", verdict="misquote", section="5.2.2",
  cited=["5.2.2"], source_text="the general fund balance could be exhausted during 2027/28", kind="changed_number",
  note="Report says 2027/28; the Cabinet Member's year is a year early.")
q("C3", "make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness",
  "3", concerns=False, kind="statute", note="Local Government Act 1999, section 3: not a source.")
# ---- item 4 public questions
q("C4", "1,206 reported cases of damp and mould", "4", citation="wrong", section="1.2.5", cited=["7.1.1"],
  note="Words are 1.2.5's ('including 1,206 reported cases'); 7.1.1 has the figure but says '1,206 were reported cases'.", strict=False)
q("C5", "Only 23% of stage one complaints across the council were answered within the council’s own target", "4",
  section="7.2.1", cited_pages=[14], note="On page 14 of the report, as the resident says.")
q("C6", "We the undersigned call on Quenby City Council to make every damp council home safe before the winter", "4",
  concerns=False, kind="petition", note="Residents' petition: not a source.")
# ---- item 5 officer report
q("C7", "failing to comply with its best value duty in respect of leadership, governance, culture and use of resources", "5",
  section="1.1.3", cited=["1.1.3"], note="Exact words of 1.1.3.")
q("C8", "We do not consider that the council has the capacity to secure the necessary improvement without external support", "5",
  section="1.1.3", cited=["1.1.3"], note="Exact; the denial is kept.")
q("C9", "Eleven key decisions were taken under the urgency procedure in 2024", "5", section="1.2.3",
  cited=["executive summary"], note="Executive summary paragraph 1.2.3; 'executive summary' names chapter 1.")
q("C10", "Scrutiny is weak and poorly supported", "5", citation="wrong", section="1.2.3", cited=["4.2.1"],
  note="Words are 1.2.3's; 4.2.1 gives the meeting figures but not these words.")
q("C11", "decisions are made in the Leader’s office and written up afterwards", "5", section="3.1.3", cited=["3.1.3"],
  note="Control: the officer report keeps the attribution to one officer and the inspectors' caveat.")
q("C12", "stop letting contracts on Riverside Quays until an independent review has been done", "5", verdict="paraphrase",
  section="R3", cited=["R3"], source_text="should not let any further contracts for the scheme until the review has reported",
  kind="reworded", note="R3's meaning in the author's words, inside quotation marks.")
q("C13", "a fundamental reset of the relationship between members and officers", "5", verdict="not_found",
  citation="wrong", section=None, source=None, cited=["3.2.3"], kind="invented",
  note="3.2.3 says the relationship has become blurred; it never calls for a 'fundamental reset'.")
q("C14", "let no further contracts for the Riverside Quays scheme until the independent review recommended by the inspectors has reported", "5",
  section="8", source="letter", cited_document="letter", note="Letter paragraph 8, cited as the Secretary of State's letter.")
q("C15", "revise [the] medium-term financial strategy to eliminate the use of general fund reserves to balance the budget by 2026/27", "5",
  verdict="minor", section="R4", cited=["R4"], source_text="revise its medium-term financial strategy to eliminate the use of general fund reserves to balance the budget by 2026/27",
  kind="bracketed_insertion", note="'its' replaced by '[the]': harmless.")
q("C16", "a council that listens, learns and delivers for every part of Quenby", "5", concerns=False, kind="council_strategy",
  note="Council Plan 2024-2028: not a source.")
q("C17", "financial management is the system by which the financial resources of an organisation are planned, directed, monitored and controlled",
  "5", concerns=False, kind="code", note="Quoted as from the CIPFA Financial Management Code: not a source.")
q("C18", "for a period of three years until 31 October 2028", "5", section="4", source="letter", cited_document="letter",
  note="Letter paragraph 4.")
q("C19", "We do not suggest that any member or officer has acted unlawfully or for personal gain", "5", section="3.2.3", cited=["3.2.3"],
  note="Exact.")
# ---- appendix 1 (item 5) improvement plan table cells
q("C20", "The council should prepare, within three months, a costed improvement plan with named leads and measures of success", "5",
  section="R1", cited=["R1"], kind="table_cell", note="R1 in the plan's table.")
q("C21", "appoint a permanent chief finance officer and a permanent monitoring officer", "5", section="R2", cited=["R2"], kind="table_cell")
q("C22", "should not let any further contracts for the scheme until the review has reported", "5", section="R3", cited=["R3"],
  kind="table_cell", note="Repeated in item 6.")
q("C23", "revise its medium-term financial strategy … and set a minimum level for the general fund reserve of not less than £15 million", "5",
  verdict="minor", section="R4", cited=["R4"], source_text="revise its medium-term financial strategy to eliminate the use of general fund reserves to balance the budget by 2026/27, and set a minimum level for the general fund reserve of not less than £15 million",
  kind="ellipsis table_cell", note="The cut is marked.")
q("C24", "remove or defer any scheme without a business case", "5", verdict="misquote", section="R5", cited=["R5"],
  source_text="remove or defer any scheme without an up-to-date business case", kind="word_dropped table_cell",
  note="Drops 'up-to-date': a scheme with an old business case escapes the recommendation.")
q("C25", "restrict the use of the urgency procedure to genuine emergencies", "5", section="R6", cited=["R6"], kind="table_cell")
q("C26", "give scrutiny its own officer support and a proper chance to look at key decisions before they are taken", "5",
  verdict="paraphrase", section="R7", cited=["R7"], source_text="providing dedicated officer support and a work programme that allows pre-decision scrutiny of key decisions",
  kind="reworded table_cell")
q("C27", "reconvene the shareholder committee", "5", section="R9", cited=["R9"], kind="table_cell")
q("C28", "appoint an independent Speak Up Guardian for staff", "5", verdict="not_found", citation="wrong", section=None, source=None,
  cited=["R11"], kind="invented table_cell", note="R11 asks for a culture and values programme; no guardian is mentioned.")
q("C29", "clear the housing repairs backlog, prioritizing cases of damp and mould", "5", verdict="minor", section="R12", cited=["R12"],
  source_text="clear the housing repairs backlog, prioritising cases of damp and mould", kind="spelling table_cell",
  note="US spelling only.")
q("C30", "Of the £24.6 million of savings approved for 2022/23 to 2024/25, £16.9 million was delivered", "5", verdict="misquote",
  section="5.1.2", cited=["5.1.2"], source_text="Of the £24.6 million of savings approved for 2022/23 to 2024/25, £13.9 million was delivered",
  kind="changed_number table_cell", note="£13.9m in the report.")
q("C31", "37 high-priority internal audit actions were overdue", "5", section="4.2.4", cited=["4.2.4"], kind="table_cell")
# ---- item 6 decision notice
q("C32", "should not let any further contracts for the scheme until the review has reported", "6", section="R3", cited=["R3"],
  kind="repeated", note="Same words as C22, repeated in the decision notice.")
q("C33", "by 5pm on 28 October 2025", "6", section="9", source="letter", cited_document="letter", note="Letter paragraph 9.")
q("C34", "the decision is urgent and any delay likely to be caused by the call-in process would seriously prejudice the council’s or the public’s interests",
  "6", concerns=False, kind="constitution", note="Council's own scrutiny procedure rules: not a source.")
# ---- item 7 reference from council: motion and amendment
q("C35", "Nearly half of the staff who answered our survey (47%) said that they would not feel safe raising a concern about wrongdoing", "7",
  section="1.2.4", cited=["1.2.4"], note="Exact, in the motion as moved.")
q("C36", "lost its grip on its finances", "7", citation="wrong", section="1.1.2", cited=["1.2.1"],
  note="Words are 1.1.2's, cited as 1.2.1.")
q("C37", "no worse than that of any comparable authority", "7", verdict="out_of_context", citation="missing", section="3.1.2", cited=[],
  context_dropped="The Leader told us that", kind="attribution_dropped",
  note="The Leader's view, which the inspectors reject, presented as the report's finding.")
q("C38", "robust and sufficient for the medium term", "7", verdict="out_of_context", section="5.2.2", cited=["5.2.2"],
  context_dropped="The council’s own submission stated that its reserves were", kind="attribution_dropped",
  note="The council's submission, which the inspectors say they do not share, presented as their view.")
q("C39", "It would be wrong to conclude that every service is failing", "7", section="1.1.4", cited=["1.1.4"])
q("C40", "Nearly half of the staff who answered our survey (47%) said that they would not feel safe raising a concern", "7",
  section="1.2.4", cited=["1.2.4"], kind="repeated", note="The motion as amended repeats the quotation.")
q("C41", "Members shall treat others with respect, including officers and other members", "7", concerns=False, kind="code_of_conduct",
  note="Members' Code of Conduct: not a source.")

# -------------------------------------------------------------------------------------------- papers
def minutes():
    return [
        ("c", "QUENBY CITY COUNCIL"), ("c", "CABINET"),
        ("p", "MINUTES of the meeting of the Cabinet held at the Civic Centre, Market Street, Quenby on Tuesday 21 October 2025 at 6.00 pm"),
        ("p", "PRESENT: Councillor R. Hindley (Leader, in the Chair); Councillors S. Achterberg (Deputy Leader), P. Bowes, M. Ceylan, D. Farrow, J. Ogunsanya, L. Pritchard and T. Wray."),
        ("p", "ALSO PRESENT: Councillors K. Dunmore (Leader of the Liberal Democrat Group) and H. Verity (Leader of the Independent Group)."),
        ("p", "OFFICERS: Chief Executive; Interim Director of Finance (Section 151 Officer); Interim Monitoring Officer; Director of Place; Democratic Services Officer."),
        ("h2", "41. APOLOGIES FOR ABSENCE"), ("p", "An apology for absence was received from Councillor A. Nasser."),
        ("h2", "42. DECLARATIONS OF INTEREST"), ("p", "There were no declarations of interest."),
        ("h2", "43. MINUTES"), ("p", "RESOLVED – That the minutes of the meeting held on 23 September 2025 be confirmed as a correct record and signed by the Chair."),
        ("h2", "44. BEST VALUE INSPECTION – PUBLICATION OF THE REPORT (VERBAL UPDATE)"),
        ("p", "The Chief Executive gave a verbal update on the publication on 14 October 2025 of the report of the Best Value inspection and the letter of the same date from the Secretary of State setting out his proposals for intervention. She reminded Cabinet that the council had until 28 October to make representations on those proposals, and that a full report and draft improvement plan would be brought to the November meeting."),
        ("p", "The Chief Executive said that the report was difficult reading but that she accepted its findings in full. She drew members’ attention to the Secretary of State’s statement that his proposals were “{{C1}}”, and said that she would be writing to all staff that week."),
        ("p", "The Cabinet Member for Finance and Resources (Councillor Bowes) said that he did not dispute the direction of travel described in the report but questioned some of the figures. He referred to the inspectors’ warning (paragraph 5.2.2) that “{{C2}}” and said that the provisional outturn for 2025/26 would give a clearer picture. The Interim Director of Finance advised that the quarter 2 monitoring position would be reported to the next meeting."),
        ("p", "Councillor Dunmore, speaking with the permission of the Chair, asked whether the Leader accepted that the council had failed in its duty under section 3 of the Local Government Act 1999 to “{{C3}}”. The Leader replied that the council would set out its position in its representations to the Secretary of State and that it would not be appropriate to pre-empt them."),
        ("p", "Councillor Verity asked that the representations be shared with all group leaders before they were submitted. The Leader agreed."),
        ("p", "RESOLVED – That the update be noted."),
        ("h2", "45. QUARTER 2 PERFORMANCE REPORT 2025/26"),
        ("p", "Cabinet considered the quarter 2 performance report. Of 48 corporate indicators, 21 were on target, 15 were within tolerance and 12 were off target. The Cabinet Member for Housing noted that the number of open repairs had fallen for the second month running but remained well above the target level."),
        ("p", "RESOLVED – That the performance report be noted and that the Director of Housing provide a monthly update on repairs to the Cabinet Member for Housing."),
        ("h2", "46. NORTHGATE LEISURE CENTRE – UPDATE"),
        ("p", "The Director of Place reported that the revised business case for the Northgate leisure centre would be presented to Cabinet in January 2026. No further commitments would be made before then."),
        ("p", "RESOLVED – That the update be noted."),
        ("p", "The meeting closed at 7.12 pm."),
        ("p", "CHAIR"),
    ]


def public_questions():
    return [
        ("c", "CABINET – 11 NOVEMBER 2025"), ("c", "PUBLIC QUESTIONS"),
        ("p", "The following questions have been received from members of the public in accordance with the Cabinet Procedure Rules. Each questioner may ask one supplementary question. Written answers are provided below and will be read out at the meeting."),
        ("h2", "Question 1 – from Ms J. Whitelock, Eastfield ward"),
        ("p", "“The inspection report says that at the end of March there were ‘{{C4}}’ (paragraph 7.1.1). My neighbour has been waiting since February for someone to look at the black mould in her children’s bedroom. How many of those 1,206 cases are still open today, and when will they all be dealt with?”"),
        ("p", "Answer from the Cabinet Member for Housing: At 31 October 2025 there were 742 open damp and mould cases. Every case has now been surveyed and categorised, and all category 1 cases have a programmed repair date. We expect to have completed work on all open cases by the end of March 2026. I would be happy to look at your neighbour’s case personally if you let me have the details."),
        ("h2", "Question 2 – from Mr P. Osei, City Centre ward"),
        ("p", "“On page 14 of the report the inspectors say ‘{{C5}}’. What is the figure now, and why has the council never reported complaints to councillors?”"),
        ("p", "Answer from the Leader: The figure for the first half of 2025/26 is 41%. That is better but still not good enough. An annual complaints report will go to the Overview and Scrutiny Committee from January 2026, with half-yearly updates."),
        ("h2", "Question 3 – from Mrs D. Harker, on behalf of Quenby Tenants’ Action Group"),
        ("p", "“Last month 1,340 people signed our petition, which reads: ‘{{C6}}’. Will the Cabinet commit to meeting our group before the improvement plan is finalised?”"),
        ("p", "Answer from the Cabinet Member for Housing: Yes. I have asked officers to arrange a meeting before the end of November and I will attend it myself."),
    ]


def officer_report():
    return [
        ("p", "QUENBY CITY COUNCIL"),
        ("h1", "Report to Cabinet"),
        ("table", (["", ""], [["Meeting", "Cabinet"], ["Date", "11 November 2025"], ["Title", "Best Value Inspection: Response to the Report and Draft Improvement and Recovery Plan"],
                              ["Report of", "Chief Executive"], ["Portfolio", "Leader of the Council"], ["Key decision", "Yes"], ["Wards affected", "All"],
                              ["Exempt information", "None"]], [4.5, 11.5])),
        ("h2", "1. Purpose of the report"),
        ("np", ("1.1", "This report sets out the findings of the Best Value inspection of the council, the Secretary of State’s proposals for intervention, and the council’s response. It seeks Cabinet’s approval of the draft Improvement and Recovery Plan at Appendix 1 for submission to full council on 27 November 2025.")),
        ("h2", "2. Recommendations"),
        ("p", "That Cabinet:"),
        ("np", ("2.1", "notes the report of the Best Value inspection published on 14 October 2025 and the letter of the same date from the Secretary of State;")),
        ("np", ("2.2", "accepts the findings and recommendations of the inspection in full;")),
        ("np", ("2.3", "approves the draft Improvement and Recovery Plan at Appendix 1 and recommends it to full council;")),
        ("np", ("2.4", "notes the Chief Executive’s urgent decision of 24 October 2025 to pause procurement on the Riverside Quays scheme (agenda item 6); and")),
        ("np", ("2.5", "agrees that progress on the plan is reported to Cabinet and full council every quarter.")),
        ("h2", "3. Background"),
        ("np", ("3.1", "On 3 March 2025 the Secretary of State appointed a team of inspectors to examine the council’s compliance with its best value duty. The inspectors carried out their fieldwork between April and July 2025, held 96 interviews and focus groups and surveyed all staff and councillors.")),
        ("np", ("3.2", "The report was published on 14 October 2025. It concludes that the council is “{{C7}}” (paragraph 1.1.3). The inspectors add: “{{C8}}” (paragraph 1.1.3).")),
        ("np", ("3.3", "The inspection followed the statutory recommendation made by the external auditor in November 2024, which is considered by the Audit and Governance Committee on 2 December 2025.")),
        ("h2", "4. The findings of the inspection"),
        ("np", ("4.1", "Finance. The inspectors found that the general fund reserve had fallen to £7.9 million in March 2025 and that the council had used £9.6 million of reserves to balance the 2024/25 budget. They recommend that the medium-term financial strategy is revised to “{{C15}}” (Recommendation 4).")),
        ("np", ("4.2", "Governance and decision-making. The report records that “{{C9}}” (executive summary), seven of them on Riverside Quays. It describes scrutiny as follows: “{{C10}}” (para 4.2.1).")),
        ("np", ("4.3", "Culture. The report is candid about the culture of the organisation. As one officer told the inspectors, “{{C11}}” (paragraph 3.1.3); the inspectors are careful to say that they did not find documentary evidence that this was the general practice, but that the perception is widely held. The report also states plainly: “{{C19}}” (paragraph 3.2.3).")),
        ("np", ("4.4", "Member and officer relations. The report calls for “{{C13}}” (paragraph 3.2.3), and the review of the constitution and of the protocol on member and officer relations under Recommendation 8 will be the main vehicle for that work.")),
        ("np", ("4.5", "Regeneration. The inspectors recommend that the council should “{{C12}}” (R3). The Secretary of State’s letter goes further, saying that he expects the council to “{{C14}}”. The Chief Executive’s urgent decision of 24 October 2025 (item 6 on this agenda) gives effect to that expectation.")),
        ("np", ("4.6", "Housing. The report finds a backlog of 4,312 outstanding repairs and 14 findings of maladministration by the Housing Ombudsman in 2024. Public question 1 on this agenda addresses the current position.")),
        ("h2", "5. The Secretary of State’s proposals"),
        ("np", ("5.1", "The Secretary of State is minded to appoint three commissioners “{{C18}}”, with powers over the budget and medium-term financial strategy, the governance of strategic decision-making, the statutory officers, and Riverside Quays and the council’s companies.")),
        ("np", ("5.2", "The council submitted its representations on 28 October 2025. In them the council accepted the need for intervention but asked that the commissioners’ powers over the appointment of statutory officers be limited to the chief finance officer. A copy is available from Democratic Services. The Secretary of State’s decision is awaited.")),
        ("h2", "6. The council’s response"),
        ("np", ("6.1", "The draft Improvement and Recovery Plan at Appendix 1 takes each of the inspectors’ twelve recommendations and the principal findings in turn, quoting the report, and sets out the action proposed, the accountable lead and the date by which the action is to be complete. It will be agreed with the commissioners once they are appointed.")),
        ("np", ("6.2", "The plan is built around the council’s ambition, set out in the Council Plan 2024-2028, to be “{{C16}}”. It will be supported by a programme office reporting to the Chief Executive, and by a member Improvement Board chaired by the Leader and including all group leaders.")),
        ("np", ("6.3", "The plan also responds to the inspectors’ findings on financial management. The CIPFA Financial Management Code defines financial management as a system in which “{{C17}}”; the plan commits the council to a full self-assessment against the Code by March 2026.")),
        ("h2", "7. Financial implications"),
        ("np", ("7.1", "The cost of the programme office is estimated at £620,000 a year for three years, to be met from the transformation reserve. The costs of the commissioners, which the Secretary of State expects the council to meet, are not yet known; based on other councils in intervention they could be of the order of £450,000 to £600,000 a year.")),
        ("np", ("7.2", "The revised medium-term financial strategy will be reported to Cabinet in February 2026 alongside the 2026/27 budget. It will not rely on the general fund reserve to balance the budget.")),
        ("h2", "8. Legal implications"),
        ("np", ("8.1", "Section 15 of the Local Government Act 1999 allows the Secretary of State to direct a council that is failing to comply with its best value duty to take any action that he considers necessary, and to direct that specified functions be exercised by him or a person nominated by him. The council must comply with any directions given.")),
        ("np", ("8.2", "The Interim Monitoring Officer has been consulted on this report and is satisfied that the recommendations are within Cabinet’s powers.")),
        ("h2", "9. Risks"),
        ("np", ("9.1", "The principal risk is that the plan is not delivered at the pace required. Mitigations include the programme office, quarterly reporting and the oversight of the commissioners. The risk register for the plan is at Appendix 1, section C.")),
        ("h2", "10. Equalities"),
        ("np", ("10.1", "An initial equality impact assessment has been carried out. The actions on housing repairs and complaints are expected to have a positive impact on older and disabled tenants and on families with young children.")),
        ("h2", "11. Appendices"),
        ("p", "Appendix 1 – Draft Improvement and Recovery Plan"),
        ("p", "Appendix 2 – Letter from the Secretary of State to the Chief Executive, 14 October 2025"),
        ("h2", "12. Background papers"),
        ("p", "Best Value Inspection of Quenby City Council (September 2025), published on GOV.UK. Contact officer: Head of Policy and Improvement, Civic Centre, Quenby."),
    ]


def improvement_plan_html(Qx):
    rows = [
        ("R1", "Recommendation R1: “{{C20}}”", "Adopt this plan; add costed actions and named leads for every line; quarterly report to Council.", "Chief Executive", "Nov 2025", "Amber"),
        ("R2", "R2: the council should “{{C21}}”.", "Recruitment campaign launched; appointments subject to commissioners’ agreement.", "Director of HR", "Mar 2026", "Amber"),
        ("R3", "Riverside Quays: the council “{{C22}}” (R3).", "Procurement paused 24 Oct 2025 (urgent decision). Independent review to be commissioned.", "Director of Place", "Feb 2026", "Green"),
        ("R4", "Reserves: “{{C23}}” (R4).", "Revised MTFS with no use of GF reserve from 2026/27; minimum GF reserve £15m.", "Interim S151 Officer", "Feb 2026", "Red"),
        ("R5", "Capital programme: “{{C24}}” (R5).", "Capital review board to test every scheme; Northgate leisure centre business case Jan 2026.", "Interim S151 Officer", "Mar 2026", "Amber"),
        ("R6", "Urgency: the council should “{{C25}}” (R6).", "Constitution amended; every urgent decision reported to next full Council.", "Interim Monitoring Officer", "Dec 2025", "Green"),
        ("R7", "Scrutiny: “{{C26}}” (R7).", "Two dedicated scrutiny officers; pre-decision scrutiny of all key decisions in forward plan.", "Head of Democratic Services", "Apr 2026", "Amber"),
        ("R8", "Constitution review including the scheme of delegation and the member/officer protocol (R8).", "Review by external adviser; report to Council.", "Interim Monitoring Officer", "Jun 2026", "Amber"),
        ("R9", "Quenby Markets Ltd: “{{C27}}” (R9).", "Shareholder committee to meet Dec 2025; twice-yearly reports to Cabinet.", "Director of Place", "Dec 2025", "Green"),
        ("R10", "Waivers of contract procedure rules (R10).", "Retrospective waivers forbidden from 1 Dec 2025; quarterly waiver report to Audit and Governance.", "Head of Procurement", "Dec 2025", "Green"),
        ("R11", "Culture: the plan will “{{C28}}” (R11).", "Values programme led by Chief Executive; repeat staff survey by Oct 2026.", "Chief Executive", "Oct 2026", "Amber"),
        ("R12", "Housing repairs: “{{C29}}” (R12).", "Damp and mould taskforce; monthly report to Cabinet Member and scrutiny.", "Director of Housing", "Mar 2026", "Red"),
        ("5.1.2", "Savings: “{{C30}}” (para 5.1.2).", "Savings tracker; no savings in budget without delivery plan.", "Interim S151 Officer", "Feb 2026", "Amber"),
        ("4.2.4", "Internal audit: “{{C31}}” (para 4.2.4).", "All overdue high-priority actions cleared or re-planned; monthly tracker to CMT.", "Head of Internal Audit", "Mar 2026", "Amber"),
        ("7.2.1", "Complaints answered on time (para 7.2.1).", "Complaints team restructured; annual report to scrutiny.", "Director of Customer Services", "Jan 2026", "Amber"),
        ("6.2.1", "Procurement waivers (para 6.2.1).", "See R10.", "Head of Procurement", "Dec 2025", "Green"),
    ]
    from pack_common import fill
    trs = "".join(
        f"<tr><td><b>{a}</b></td><td>{esc(fill(b, Qx))}</td><td>{esc(c)}</td><td>{esc(d)}</td><td>{e}</td><td class='rag {f.lower()}'>{f}</td></tr>"
        for a, b, c, d, e, f in rows)
    risks = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in [
        ("Plan not delivered at pace", "High", "Programme office; quarterly reporting; commissioners’ oversight"),
        ("Capacity of finance team", "High", "Interim support; recruitment to permanent posts"),
        ("Loss of staff confidence", "Medium", "Values programme; regular staff briefings"),
        ("Riverside Quays contractual claims", "High", "Legal advice; independent review"),
        ("Cost of intervention", "Medium", "Provision in 2026/27 budget")])
    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 16mm 14mm 18mm 14mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }}
h1 {{ font-size: 18pt; color: #5b2a86; margin: 0 0 4pt 0; }} h2 {{ font-size: 13pt; color: #5b2a86; }}
table {{ border-collapse: collapse; width: 100%; }} th {{ background: #5b2a86; color: #fff; text-align: left; padding: 7px; font-size: 10.5pt; }}
td {{ border: 1px solid #999; padding: 9px 7px; vertical-align: top; font-size: 10.5pt; line-height: 1.35; }}
tr {{ page-break-inside: avoid; }} .rag.red {{ background: #f4b6b6; }} .rag.amber {{ background: #fbe3a6; }} .rag.green {{ background: #c8e6c0; }}
</style></head><body>
<p style="font-size:10pt">Appendix 1</p>
<h1>Quenby City Council – Draft Improvement and Recovery Plan 2025-2028</h1>
<p>Version 0.9 – for Cabinet, 11 November 2025</p>
<h2>Section A: Introduction</h2>
<p>This plan responds to the report of the Best Value inspection published on 14 October 2025 and to the Secretary of State’s letter of the same date. It is a living document. It will be agreed with the commissioners when they are appointed and updated every quarter.</p>
<p>Section B takes each recommendation of the inspection, and the main findings that sit behind them, in turn. The left-hand column gives the reference to the inspection report; the second column quotes or summarises the report. RAG status is the programme office’s assessment at 31 October 2025.</p>
<h2>Section B: Actions</h2>
<table><thead><tr><th style="width:7%">Ref</th><th style="width:33%">Inspection finding / recommendation</th><th style="width:30%">Action</th><th style="width:14%">Lead</th><th style="width:8%">By</th><th style="width:8%">RAG</th></tr></thead><tbody>{trs}</tbody></table>
<h2>Section C: Risks</h2>
<table><thead><tr><th>Risk</th><th>Rating</th><th>Mitigation</th></tr></thead><tbody>{risks}</tbody></table>
<h2>Section D: Governance of the plan</h2>
<p>The plan will be overseen by the member Improvement Board, chaired by the Leader, which will meet monthly. Progress will be reported to Cabinet and to full Council every quarter, and to the Overview and Scrutiny Committee, which will agree its own programme of deep dives into the plan’s themes.</p>
</body></html>"""


def decision_notice():
    return [
        ("QUENBY CITY COUNCIL", "title"),
        ("RECORD OF URGENT OFFICER DECISION", "title"),
        ("Decision taker: Chief Executive, in consultation with the Leader of the Council and the Chair of the Overview and Scrutiny Committee", "p"),
        ("Date of decision: 24 October 2025          Decision reference: CEX/2025/017", "p"),
        ("Subject: Riverside Quays – pause on procurement and establishment of an Improvement and Assurance Board", "h"),
        ("1. Decision", "h"),
        ("(a) To pause with immediate effect all procurement activity for phases 2 and 3 of the Riverside Quays scheme, and to let no further contracts for the scheme pending an independent review. (b) To establish an officer Improvement and Assurance Board chaired by the Chief Executive to oversee the council’s response to the Best Value inspection.", "p"),
        ("2. Reasons for the decision", "h"),
        ("The report of the Best Value inspection recommends that the council “{{C32}}” (Recommendation R3). The Secretary of State’s letter of 14 October 2025 states that he expects the council to act on that recommendation before he reaches a final decision on intervention, and invites representations “{{C33}}”. The tender for phase 2 infrastructure works was due to be awarded on 30 October 2025. A decision to pause was therefore needed before the next scheduled meeting of Cabinet.", "p"),
        ("3. Alternative options considered", "h"),
        ("To allow the award of the phase 2 contract to proceed: rejected, as inconsistent with Recommendation R3 and the Secretary of State’s letter. To defer the decision to Cabinet on 11 November 2025: rejected, as the tender validity period would have expired and the council’s position would have been prejudiced.", "p"),
        ("4. Urgency and call-in", "h"),
        ("The Chair of the Overview and Scrutiny Committee agreed that the decision should be exempt from call-in under Scrutiny Procedure Rule 18, which applies where “{{C34}}”. In line with Recommendation R6 of the inspection, this decision will be reported to the next meeting of full Council on 27 November 2025.", "p"),
        ("5. Financial implications", "h"),
        ("The pause may give rise to claims from the preferred bidder for tender costs, estimated at up to £180,000. The independent review is expected to cost £95,000, to be met from the Riverside Quays project budget.", "p"),
        ("6. Declarations of interest", "h"),
        ("None.", "p"),
        ("7. Consultation", "h"),
        ("Leader of the Council; Chair of the Overview and Scrutiny Committee; Interim Monitoring Officer; Interim Director of Finance.", "p"),
        ("Signed: Chief Executive                    Date: 24 October 2025", "p"),
        ("Published: 24 October 2025. This decision is reported to Cabinet for information.", "p"),
    ]


def council_reference():
    return [
        ("c", "CABINET – 11 NOVEMBER 2025"),
        ("c", "REFERENCE FROM COUNCIL – NOTICE OF MOTION: BEST VALUE INSPECTION"),
        ("p", "At its meeting on 30 October 2025 the Council considered the following motion on notice, moved by Councillor K. Dunmore and seconded by Councillor H. Verity. An amendment was moved by Councillor S. Achterberg and seconded by Councillor T. Wray. The amendment was carried (31 votes for, 20 against, 1 abstention) and the substantive motion was then carried. Under Council Procedure Rule 14.3 the motion, as it concerns executive functions, is referred to Cabinet for consideration."),
        ("h2", "A. Motion as moved"),
        ("p", "This Council notes the publication on 14 October 2025 of the report of the Best Value inspection of Quenby City Council and the Secretary of State’s proposals for intervention."),
        ("p", "This Council notes with alarm that the inspectors found that the council had “{{C36}}” (paragraph 1.2.1), that eleven key decisions were taken under urgency in 2024, and that “{{C35}}” (paragraph 1.2.4)."),
        ("p", "This Council believes that the responsibility for these failures rests with the Cabinet collectively, and that residents deserve a fresh start."),
        ("p", "This Council therefore resolves:"),
        ("b", "to call on the Leader and Cabinet to resign;"),
        ("b", "to ask the Chief Executive to bring forward an all-party Improvement Board with an independent chair; and"),
        ("b", "to remind all members of their duty under the Members’ Code of Conduct that “{{C41}}”."),
        ("h2", "B. Amendment moved by Councillor Achterberg (as circulated; deleted words struck through, new words in bold)"),
        ("p", "This Council notes the publication on 14 October 2025 of the report of the Best Value inspection of Quenby City Council and the Secretary of State’s proposals for intervention."),
        ("p", "This Council notes with alarm that the inspectors found that the council had “lost its grip on its finances” (paragraph 1.2.1), that eleven key decisions were taken under urgency in 2024, and that “Nearly half of the staff who answered our survey (47%) said that they would not feel safe raising a concern about wrongdoing” (paragraph 1.2.4). [inserted: This Council also notes that the report found the council’s financial position to be “{{C37}}”, that the inspectors described the council’s reserves as “{{C38}}” (para 5.2.2), and that “{{C39}}” (para 1.1.4).]"),
        ("p", "~~This Council believes that the responsibility for these failures rests with the Cabinet collectively, and that residents deserve a fresh start.~~ [inserted: This Council believes that the Cabinet has already begun the work of recovery and should be allowed to complete it with the support of the commissioners.]"),
        ("p", "This Council therefore resolves:"),
        ("b", "~~to call on the Leader and Cabinet to resign;~~"),
        ("b", "to ask the Chief Executive to bring forward an all-party Improvement Board ~~with an independent chair~~ [inserted: chaired by the Leader]; and"),
        ("b", "to remind all members of their duty under the Members’ Code of Conduct that “Members shall treat others with respect, including officers and other members”."),
        ("h2", "C. Substantive motion as carried"),
        ("p", "This Council notes the publication on 14 October 2025 of the report of the Best Value inspection of Quenby City Council and the Secretary of State’s proposals for intervention."),
        ("p", "This Council notes with alarm that eleven key decisions were taken under urgency in 2024 and that “{{C40}}” (paragraph 1.2.4), but also notes that the report found the council’s financial position to be “no worse than that of any comparable authority”."),
        ("p", "This Council believes that the Cabinet has already begun the work of recovery and should be allowed to complete it with the support of the commissioners."),
        ("p", "This Council therefore resolves to ask the Chief Executive to bring forward an all-party Improvement Board chaired by the Leader, and to remind all members of their duties under the Members’ Code of Conduct."),
        ("h2", "D. Officer comment"),
        ("p", "The Improvement Board proposed in the motion is provided for in the draft Improvement and Recovery Plan (item 5, Appendix 1, section D). Cabinet is asked to note the reference. Members may wish to note that the words “no worse than that of any comparable authority” are attributed in the inspection report (paragraph 3.1.2) to the Leader, and that the words “robust and sufficient for the medium term” (paragraph 5.2.2) are the council’s own submission, with which the inspectors say they disagree."),
    ]

# repeats inside item 7 (occ = which occurrence of the words within the item)
q("C36b", "lost its grip on its finances", "7", citation="wrong", section="1.1.2", cited=["1.2.1"], kind="repeated",
  note="The amendment repeats the motion's quotation and its wrong citation.")
q("C35b", "Nearly half of the staff who answered our survey (47%) said that they would not feel safe raising a concern about wrongdoing", "7",
  section="1.2.4", cited=["1.2.4"], kind="repeated", note="Repeated in the amendment.")
q("C37b", "no worse than that of any comparable authority", "7", verdict="out_of_context", citation="missing", section="3.1.2",
  context_dropped="The Leader told us that", kind="attribution_dropped repeated", note="Repeated in the substantive motion, still as the report's finding.")
q("C37c", "no worse than that of any comparable authority", "7", section="3.1.2", cited=["3.1.2"], kind="control",
  note="Officer comment restores the attribution to the Leader: not out of context.")
q("C38b", "robust and sufficient for the medium term", "7", section="5.2.2", cited=["5.2.2"], kind="control",
  note="Officer comment attributes the words to the council's submission.")
q("C41b", "Members shall treat others with respect, including officers and other members", "7", concerns=False, kind="code_of_conduct repeated",
  note="Code of Conduct again, in the amendment.")
OCC = {"C36b": 2, "C35b": 2, "C40": 3, "C37b": 2, "C37c": 3, "C38b": 2, "C41b": 2, "C32": 1}
