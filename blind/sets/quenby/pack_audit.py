"""Audit and Governance Committee, 2 December 2025: content and quotation registry."""
from pack_common import esc, fill
import pack_cabinet as _pc

Q = {}
_pc_q = _pc.q
def q(*a, **k):
    before = dict(_pc.Q)
    _pc_q(*a, **k)
    new = [i for i in _pc.Q if i not in before][0]
    Q[new] = _pc.Q.pop(new)

# ---- item 3 minutes of 28 October 2025
q("A1", "has a capable independent chair", "3", section="4.2.4", cited=["4.2.4"], note="Exact words of 4.2.4.")
q("A2", "has accepted repeated deferrals of management responses to internal audit recommendations", "3", section="4.2.4", cited=["4.2.4"],
  note="Exact; repeated in item 6.")
q("A3", "47 high-priority internal audit actions were overdue", "3", verdict="misquote", citation="missing", section="4.2.4",
  source_text="37 high-priority internal audit actions were overdue", kind="changed_number", note="37 in the report.")
q("A4", "robust and sufficient for the medium term", "3", verdict="out_of_context", citation="missing", section="5.2.2",
  context_dropped="The council’s own submission stated that its reserves were", kind="attribution_dropped",
  note="The council's own submission presented as what the report said; the Chair corrects it later in the minute.")
q("A5", "the council has begun to respond", "3", section="8.2.1", cited=["8.2.1"], note="Case of first letter aside, 8.2.1.")
q("A6", "to provide an independent and objective opinion to the council on the adequacy and effectiveness of its framework of governance, risk management and control",
  "3", concerns=False, kind="charter", note="Internal Audit Charter: not a source.")
# ---- item 5 external auditor's annual report
q("A7", "lost its grip on its finances and on its own decision-making", "5", section="1.1.2", cited=["1.1.2"])
q("A8", "Unless the council acts quickly to reduce its reliance on reserves, the general fund balance could be exhausted during 2027/28", "5",
  section="5.2.2", cited=["5.2.2"], note="Also in 1.2.1; 5.2.2 holds it (case aside).")
q("A9", "adequate, but only just", "5", section="5.2.3", cited=["5.2.3"], kind="nested",
  note="The CFO's words as quoted by the inspectors; the auditor keeps the attribution.")
q("A10", "external borrowing rose from £318 million in March 2021 to £564 million in March 2025", "5", verdict="misquote",
  section="5.3.1", cited=["5.3.1"], source_text="external borrowing rose from £318 million in March 2021 to £544 million in March 2025",
  kind="changed_number", note="£544m in the report.")
q("A11", "had never tested its capital programme against rising interest rates", "5", verdict="paraphrase", section="5.3.2", cited=["5.3.2"],
  source_text="The council has not tested the affordability of the programme against a realistic range of interest-rate scenarios",
  kind="reworded", note="Reworded and hardened ('never'), in quotation marks.")
q("A12", "a structural deficit that is now beyond the council’s own capacity to close", "5", verdict="not_found", citation="wrong",
  section=None, source=None, cited=["5.1.1"], kind="invented", note="5.1.1 gives the £38.7m gap but never uses these words.")
q("A13", "for a period of three years until 31 October 2028", "5", section="4", source="letter", cited_document="letter",
  note="Letter paragraph 4, cited as the Secretary of State's letter of 14 October 2025.")
q("A14", "all functions associated with the setting of the budget and the medium-term financial strategy", "5", section="4", source="letter",
  cited_document="letter")
q("A15", "The costs of the commissioners, including their fees and expenses, would be met by the council", "5", section="6", source="letter",
  cited_document="letter")
q("A16", "143 waivers of its contract procedure rules in 2023/24 … compared with 52 waivers in 2021/22", "5", verdict="minor",
  section="6.2.1", cited=["6.2.1"], source_text="143 waivers of its contract procedure rules in 2023/24, with a total value of £11.8 million, compared with 52 waivers in 2021/22",
  kind="ellipsis", note="Omission marked.")
q("A17", "Nineteen of the 2023/24 waivers were approved retrospectively", "5", section="6.2.1", cited=["6.2.1"], kind="table_cell")
q("A18", "Savings delivery has been poor", "5", section="5.1.2", cited=["5.1.2"], kind="table_cell")
q("A19", "the shareholder committee has not met since June 2023", "5", section="4.3.3", cited=["4.3.3"], kind="table_cell")
q("A20", "members were told of the increase in good time", "5", verdict="misquote", citation="wrong", section="5.3.5", cited=["6.1.2"],
  source_text="That does not explain why members were not told of the scale of the increases in good time",
  kind="negation_dropped table_cell", note="The report says members were NOT told in good time; cites 6.1.2 too.", strict=False)
q("A21", "on an interim basis since October 2023", "5", section="3.2.1", cited=["3.2.1"], kind="table_cell")
q("A22", "make a written recommendation to the body in relation to the matters reported", "5", concerns=False, kind="statute",
  note="Local Audit and Accountability Act 2014, schedule 7 (paraphrased statute text): not a source.")
q("A23", "we are not satisfied that the council has made proper arrangements for securing economy, efficiency and effectiveness in its use of resources",
  "5", concerns=False, kind="audit_opinion", note="The auditor's own opinion wording: not a source.")
q("A24", "the council’s reliance on reserves is not sustainable beyond 2025/26", "5", concerns=False, kind="other_document",
  note="Quoted from the auditor's own 2023/24 annual report: not one of the sources.")
# ---- item 6 internal audit progress report
q("A25", "has accepted repeated deferrals of management responses to internal audit recommendations", "6", section="4.2.4", cited=["4.2.4"],
  kind="repeated", note="Same words as A2, in a later item.")
q("A26", "publish a quarterly report on waivers to the Audit and Governance Committee", "6", section="R10", cited=["R10"])
q("A27", "the committee has been given the resources it needs to hold the cabinet to account", "6", verdict="misquote", citation="wrong",
  section="4.2.2", cited=["4.2.4"], source_text="the Overview and Scrutiny Committee has been given the resources it needs to hold the cabinet to account",
  kind="negation_dropped", note="Drops 'We do not consider that' and changes the committee; cites 4.2.4.", strict=False)
q("A28", "There is a sound system of governance, risk management and control, and controls are applied consistently", "6", concerns=False, kind="assurance_level", note="Internal audit's own assurance definitions: not a source.")
q("A29", "reduce its use of waivers of the contract procedure rules, forbid retrospective waivers", "6", section="R10", cited=["R10"], kind="table_cell")
q("A30", "appoint a permanent chief finance officer", "6", section="R2", cited=["R2"], kind="table_cell")
OCC = {}


def minutes():
    return [
        ("c", "QUENBY CITY COUNCIL"), ("c", "AUDIT AND GOVERNANCE COMMITTEE"),
        ("p", "MINUTES of the special meeting of the Audit and Governance Committee held in Committee Room 2, Civic Centre, Quenby on Tuesday 28 October 2025 at 2.00 pm"),
        ("p", "PRESENT: Mr G. Halloran (Independent Member, in the Chair); Councillors N. Addy, B. Castleford, E. Lumb, R. Moorhouse, F. Quigley and S. Tandy; Ms A. Reddish (Independent Member)."),
        ("p", "IN ATTENDANCE: Interim Director of Finance (Section 151 Officer); Head of Internal Audit; Interim Monitoring Officer; Engagement Lead and Audit Manager, Harrow Lane Audit LLP (external auditor); Democratic Services Officer."),
        ("h2", "17. APOLOGIES"), ("p", "Apologies were received from Councillor J. Pickles."),
        ("h2", "18. DECLARATIONS OF INTEREST"),
        ("p", "Councillor Castleford declared that he was a non-executive director of Quenby Markets Ltd until June 2024. He remained in the meeting."),
        ("h2", "19. MINUTES"), ("p", "RESOLVED – That the minutes of the meeting held on 23 September 2025 be approved as a correct record."),
        ("h2", "20. BEST VALUE INSPECTION REPORT – IMPLICATIONS FOR THE COMMITTEE"),
        ("p", "The Chair introduced the item. He said that the inspection report, published on 14 October, contained findings that the committee could not ignore. The report said the committee “{{A1}}”, which he appreciated, but also that it “{{A2}}”. That criticism was fair, and the committee needed to change its own practice."),
        ("p", "Councillor Lumb said that the report had found that “{{A3}}” at the end of March and asked how many were still overdue. The Head of Internal Audit advised that the figure in the report was 37; at 30 September 2025, 29 high-priority actions remained overdue, of which 11 were more than six months overdue."),
        ("p", "Councillor Moorhouse said that the report was not all bad news. In his view the report had said the council’s reserves were “{{A4}}”, and the press coverage had been unbalanced. The Chair pointed out that those were the words of the council’s own submission to the inspectors, and that the inspectors had said in the same paragraph that they did not share that view. Councillor Moorhouse accepted the correction but said that the report also recognised that “{{A5}}” (paragraph 8.2.1)."),
        ("p", "The Engagement Lead said that the external auditor’s annual report for 2024/25, to be presented in December, would draw on the inspection and on the firm’s own work. It was likely to report significant weaknesses in all three areas of the value for money framework."),
        ("p", "The Head of Internal Audit reminded members that the purpose of internal audit, as set out in the Internal Audit Charter approved by the committee in March 2025, is “{{A6}}”. She said that the service could not meet that purpose if management actions were repeatedly deferred."),
        ("p", "RESOLVED – (1) That the findings of the inspection relating to the committee be noted. (2) That no further deferral of a high-priority internal audit action be accepted without the attendance of the responsible director. (3) That the Head of Internal Audit report on overdue actions at every meeting."),
        ("h2", "21. TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26"),
        ("p", "The Interim Director of Finance presented the mid-year review. External borrowing stood at £561 million at 30 September 2025. The committee asked for a sensitivity analysis of interest costs to be included in the 2026/27 strategy."),
        ("p", "RESOLVED – That the report be noted and referred to Cabinet."),
        ("p", "The meeting closed at 3.48 pm."), ("p", "CHAIR"),
    ]


def auditor_report_html():
    sig = [
        ("Financial sustainability", "Savings delivery has been poor", "“{{A18}}” (para 5.1.2). General fund reserve £7.9m at 31 March 2025; £9.6m of reserves used in 2024/25.", "Key recommendation KR1"),
        ("Governance", "Statutory officer instability", "Chief finance officer role held “{{A21}}” (para 3.2.1); monitoring officer vacant for seven months in 2024.", "KR2"),
        ("Governance", "Oversight of Quenby Markets Ltd", "The inspectors found that “{{A19}}” (para 4.3.3). Council loans to the company total £22.5m.", "KR3"),
        ("Governance", "Reporting of capital cost increases", "Riverside Quays estimate rose from £48m to £93m. The inspectors found that “{{A20}}” (para 6.1.2).", "KR4"),
        ("Improving economy, efficiency and effectiveness", "Procurement", "“{{A17}}” (para 6.2.1). Waiver value £11.8m in 2023/24.", "KR5"),
        ("Improving economy, efficiency and effectiveness", "Housing repairs", "Backlog of 4,312 jobs at March 2025; 14 Housing Ombudsman maladministration findings in 2024.", "Improvement recommendation IR3"),
    ]
    srows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(fill(c, Q))}</td><td>{esc(d)}</td></tr>" for a, b, c, d in sig)
    P = lambda t: f"<p>{esc(fill(t, Q))}</p>"
    body = "".join([
        "<div class='cover'><div class='firm'>HARROW LANE AUDIT LLP</div><h1>Quenby City Council</h1><h2 style='color:#fff'>Auditor’s Annual Report 2024/25</h2><p>November 2025</p></div>",
        "<h2>Contents</h2><ol><li>Executive summary</li><li>Opinion on the financial statements</li><li>Value for money: financial sustainability</li><li>Value for money: governance</li><li>Value for money: improving economy, efficiency and effectiveness</li><li>Follow-up of the statutory recommendation</li><li>Key recommendations</li></ol>",
        "<h2>1. Executive summary</h2>",
        P("1.1 This report summarises the findings of our audit of Quenby City Council for the year ended 31 March 2025. It is addressed to members and is published in line with the National Audit Office’s Code of Audit Practice."),
        P("1.2 Our work on value for money has been informed by the report of the Best Value inspection published on 14 October 2025. The inspectors concluded that the council had “{{A7}}” (paragraph 1.1.2). Our own work, carried out independently, is consistent with that conclusion."),
        P("1.3 We have identified significant weaknesses in the council’s arrangements in each of the three areas we are required to report on. Our overall conclusion is that “{{A23}}”."),
        P("1.4 In November 2024 we made a statutory recommendation under section 24 of, and schedule 7 to, the Local Audit and Accountability Act 2014. That power allows an auditor to “{{A22}}”. Section 6 below reports on the council’s response."),
        "<h2>2. Opinion on the financial statements</h2>",
        P("2.1 Our audit of the 2024/25 statement of accounts is not yet complete. The draft accounts were published on 30 June 2025. We expect to issue our opinion by February 2026. Our 2023/24 opinion, issued in March 2025, was unmodified, with an emphasis of matter on the valuation of the council’s loan to Quenby Markets Ltd."),
        P("2.2 We have identified 14 adjustments to the draft 2024/25 accounts to date, with a net effect on the general fund of £1.2 million. None changes our view of the council’s financial position."),
        "<h2>3. Financial sustainability</h2>",
        P("3.1 The council’s net revenue budget for 2025/26 is £286.4 million. The medium-term financial strategy shows a cumulative gap of £38.7 million by 2028/29, of which £27.5 million has no identified savings. The inspectors describe this as “{{A12}}” (paragraph 5.1.1)."),
        P("3.2 The general fund reserve stood at £7.9 million at 31 March 2025, equivalent to 2.8% of the net revenue budget, the lowest proportion among the metropolitan and unitary councils in our portfolio. We agree with the inspectors that “{{A8}}” (paragraph 5.2.2)."),
        P("3.3 The interim chief finance officer’s section 25 statement described reserves as “{{A9}}” (inspection report, paragraph 5.2.3). We consider that this was a fair assessment at the time, and we note that the inspectors said so too."),
        P("3.4 In our 2023/24 report we warned that “{{A24}}”. That warning was not acted on: the council used a further £9.6 million of reserves in 2024/25, against the £4.0 million planned. It was the largest shortfall against plan in five years."),
        P("3.5 The inspectors record that the council “{{A11}}” (paragraph 5.3.2), and we repeat our recommendation that it should do so."),
        P("3.6 The inspection report also states that the council’s “{{A10}}” (paragraph 5.3.1), and that interest and minimum revenue provision absorb 9.8% of the net revenue budget."),
        "<h2>4. Governance</h2>",
        P("4.1 The Secretary of State proposes to appoint commissioners “{{A13}}”, with powers over “{{A14}}” (Secretary of State’s letter, 14 October 2025). The letter also states: “{{A15}}.” The council has not yet budgeted for these costs."),
        P("4.2 We have reviewed the council’s use of the urgency procedure. Of the 11 key decisions taken under urgency in 2024, seven concerned Riverside Quays, with a combined value of £31.2 million. We do not consider that the use of urgency was justified in at least five of these cases."),
        P("4.3 The significant weaknesses we have identified are summarised in the table below, with the relevant finding of the inspection where there is one."),
        f"<table><thead><tr><th style='width:18%'>VFM area</th><th style='width:20%'>Weakness</th><th style='width:46%'>Evidence (including inspection findings)</th><th style='width:16%'>Our response</th></tr></thead><tbody>{srows}</tbody></table>",
        "<h2>5. Improving economy, efficiency and effectiveness</h2>",
        P("5.1 The inspectors found that the council granted “{{A16}}” (paragraph 6.2.1). Our sample testing of 40 waivers found that 17 lacked a documented reason and 9 had no evidence of approval at the correct level."),
        P("5.2 Performance information reported to members is incomplete. Complaints have not been reported to any member body in two years. We make an improvement recommendation on performance reporting (IR4)."),
        "<h2>6. Follow-up of the statutory recommendation</h2>",
        P("6.1 Our statutory recommendation of November 2024 required the council to set a balanced budget for 2025/26 without the planned use of general fund reserves. The council set a budget using £6.3 million of reserves. The recommendation has therefore not been met."),
        P("6.2 We will consider at the conclusion of the 2024/25 audit whether to exercise our other powers, including the issue of a report in the public interest."),
        "<h2>7. Key recommendations</h2>",
        "<table><thead><tr><th>No.</th><th>Recommendation</th><th>Management response</th></tr></thead><tbody>" + "".join(
            f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in [
                ("KR1", "Set a 2026/27 budget with no use of general fund reserves and a minimum reserve of £15 million, consistent with Recommendation 4 of the inspection.", "Agreed. Interim S151 Officer, February 2026."),
                ("KR2", "Appoint permanent statutory officers.", "Agreed. Recruitment under way."),
                ("KR3", "Reconvene the shareholder committee and report company performance to members twice a year.", "Agreed. December 2025."),
                ("KR4", "Report changes in capital scheme costs above 10% to Cabinet within one month.", "Agreed. From January 2026."),
                ("KR5", "End retrospective waivers and report all waivers quarterly to this committee.", "Agreed. From December 2025."),
            ]) + "</tbody></table>",
        "<h2 style='page-break-before: always'>Appendix A: Follow-up of prior-year recommendations</h2>",
        "<table><thead><tr><th>Ref</th><th>2023/24 recommendation</th><th>Status</th><th>Our comment</th></tr></thead><tbody>" + "".join(
            f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td><td>{esc(d)}</td></tr>" for a, b, c, d in [
                ("S1", "Statutory recommendation: set a balanced 2025/26 budget without the planned use of general fund reserves.", "Not met", "£6.3m of reserves used in the 2025/26 budget."),
                ("KR1 (23/24)", "Strengthen savings monitoring and report delivery to Cabinet quarterly.", "Partly met", "Quarterly reports introduced from Q2 2024/25; delivery remains weak."),
                ("KR2 (23/24)", "Obtain independent assurance on the Riverside Quays cost plan.", "Not met", "No independent review since 2022; now pursued under inspection R3."),
                ("KR3 (23/24)", "Review governance of Quenby Markets Ltd.", "Not met", "Shareholder committee not convened."),
                ("IR1 (23/24)", "Update the contracts register.", "Not met", "Register last fully updated in 2023."),
                ("IR2 (23/24)", "Reduce sickness absence.", "Not met", "11.4 days per FTE in 2024/25."),
                ("IR3 (23/24)", "Report complaints performance to members.", "Not met", "No report to any member body."),
                ("IR4 (23/24)", "Refresh the risk management framework.", "Met", "New framework adopted July 2025."),
            ]) + "</tbody></table>",
        "<h2>Appendix B: Fees</h2>",
        "<table><thead><tr><th>Area of work</th><th>2024/25 scale fee</th><th>Additional fees</th><th>Total</th></tr></thead><tbody>"
        "<tr><td>Audit of the financial statements</td><td>£412,560</td><td>£38,200</td><td>£450,760</td></tr>"
        "<tr><td>Value for money arrangements (including significant weaknesses)</td><td>included</td><td>£46,500</td><td>£46,500</td></tr>"
        "<tr><td>Statutory recommendation follow-up</td><td>n/a</td><td>£18,750</td><td>£18,750</td></tr>"
        "<tr><td>Housing benefit subsidy certification</td><td>n/a</td><td>£31,400</td><td>£31,400</td></tr>"
        "<tr><td><b>Total</b></td><td></td><td></td><td><b>£547,410</b></td></tr></tbody></table>",
        P("Additional fees are subject to agreement by Public Sector Audit Appointments Ltd."),
        "<h2>Appendix C: Our responsibilities and the value for money framework</h2>",
        P("Under the Code of Audit Practice we are required to consider whether the council has put in place proper arrangements to secure economy, efficiency and effectiveness in its use of resources. We report by exception where we find significant weaknesses. We consider three areas: financial sustainability, governance, and improving economy, efficiency and effectiveness."),
        P("A significant weakness is one that exposes, or could reasonably be expected to expose, the council to significant financial loss or risk, or that has a significant impact on the quality or effectiveness of services. Where we identify a significant weakness we make a key recommendation. Improvement recommendations are made where we identify areas that would benefit from strengthening but do not amount to significant weaknesses."),
        P("Our work is not designed to identify every weakness in the council’s arrangements and should not be relied on for that purpose. We have relied in part on the report of the Best Value inspection, whose findings we have tested against our own evidence where possible."),
        P("This report is prepared for the sole use of Quenby City Council. Harrow Lane Audit LLP, Leeds. Engagement Lead."),
    ])
    return f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 20mm 22mm 20mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; line-height: 1.7; color: #222; }}
.cover {{ background: #0d3b66; color: #fff; padding: 60mm 14mm 70mm 14mm; page-break-after: always; }}
.cover h1 {{ font-size: 28pt; margin: 0; }} .firm {{ letter-spacing: 3px; font-size: 11pt; margin-bottom: 20mm; }}
h2 {{ color: #0d3b66; font-size: 14pt; margin-top: 18pt; }} p {{ margin: 0 0 9pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 12pt; }} th {{ background: #0d3b66; color: #fff; padding: 6px; text-align: left; font-size: 9.5pt; }}
td {{ border: 1px solid #aaa; padding: 9px 7px; vertical-align: top; font-size: 11pt; }} tr {{ page-break-inside: avoid; }}
</style></head><body>{body}</body></html>"""


def internal_audit():
    """(style, text) blocks for reportlab."""
    return [
        ("title", "Internal Audit Progress Report"),
        ("sub", "Audit and Governance Committee – 2 December 2025 – Report of the Head of Internal Audit"),
        ("h", "1. Purpose"),
        ("p", "This report summarises the work of internal audit since the last ordinary meeting of the committee, the status of the 2025/26 audit plan and the position on overdue management actions, as the committee requested on 28 October 2025."),
        ("h", "2. Recommendations"),
        ("p", "That the committee (a) notes progress on the 2025/26 internal audit plan; (b) notes the position on overdue high-priority actions; and (c) approves the revised plan at section 5."),
        ("h", "3. Context: the Best Value inspection"),
        ("p", "The inspection report found that this committee “{{A25}}” (paragraph 4.2.4). In response the committee resolved on 28 October that no further deferral of a high-priority action would be accepted without the attendance of the responsible director."),
        ("p", "The inspectors also recommended that the council should “{{A26}}” (Recommendation 10). The first such report will be brought to the committee in March 2026 and will cover the quarter from October to December 2025."),
        ("p", "Some managers have suggested to internal audit that, following the inspection, “{{A27}}” (paragraph 4.2.4) and that audit work on scrutiny can therefore be deferred. That is not what the report says, and audit work on scrutiny arrangements remains in the plan."),
        ("h", "4. Audits completed since the last meeting"),
        ("table", [["Audit", "Assurance", "High", "Medium", "Comment"],
                   ["Procurement waivers", "Limited", "3", "4", "Links to R10: the council should “{{A29}}”."],
                   ["Recruitment of statutory officers", "Reasonable", "0", "2", "Process supports R2, to “{{A30}}”."],
                   ["Housing repairs – damp and mould", "Limited", "4", "3", "Case records incomplete for 31 of 60 cases sampled."],
                   ["Payroll", "Substantial", "0", "1", "No significant issues."],
                   ["Council tax reduction scheme", "Reasonable", "0", "3", "Backdating controls to be strengthened."],
                   ["Quenby Markets Ltd – loan monitoring", "No assurance", "5", "2", "No monitoring of covenants since 2023."],
                   ["Treasury management", "Reasonable", "1", "2", "Sensitivity analysis not prepared."],
                   ["Riverside Quays – contract variations", "Limited", "3", "3", "Variations approved before budget cover identified."]]),
        ("p", "Assurance levels are defined in the Internal Audit Charter. “Substantial” assurance means: “{{A28}}”."),
        ("h", "5. Progress against the 2025/26 plan"),
        ("p", "Of the 42 audits in the 2025/26 plan, 17 are complete, 9 are in progress and 16 are not yet started. Two audits (Northgate leisure centre and ICT asset management) are proposed for deferral to 2026/27 to make room for a review of the Riverside Quays project board, requested by the Chief Executive."),
        ("table", [["Quarter", "Planned", "Completed", "In progress"], ["Q1", "10", "9", "1"], ["Q2", "12", "8", "4"], ["Q3", "11", "0", "4"], ["Q4", "9", "0", "0"], ["Total", "42", "17", "9"]]),
        ("h", "6. Overdue management actions"),
        ("p", "At 15 November 2025, 24 high-priority actions were overdue, down from 29 at 30 September and 37 at 31 March 2025. Nine of them relate to Quenby Markets Ltd and Riverside Quays. The directors responsible have been invited to attend this meeting."),
        ("table", [["Directorate", "Overdue high", "Over 6 months", "Director attending"],
                   ["Place and Regeneration", "11", "6", "Yes"], ["Housing", "6", "2", "Yes"], ["Resources", "4", "1", "Yes"],
                   ["Customer Services", "2", "0", "No"], ["Adults and Health", "1", "0", "No"], ["Total", "24", "9", ""]]),
        ("h", "7. Resources"),
        ("p", "The internal audit team has 6.4 full-time equivalent staff against an establishment of 8.0. Agency cover has been arranged to the end of March 2026 at a cost of £64,000, met from vacancy savings."),
        ("p", "Contact: Head of Internal Audit, Civic Centre, Quenby."),
    ]


def work_programme():
    return [("title", "Audit and Governance Committee – Work Programme 2025/26"),
            ("table", [["Meeting", "Item", "Lead"],
                       ["2 Dec 2025", "External auditor’s annual report 2024/25", "External auditor"],
                       ["2 Dec 2025", "Internal audit progress report", "Head of Internal Audit"],
                       ["2 Dec 2025", "Treasury management strategy – interest sensitivity", "Interim S151 Officer"],
                       ["27 Jan 2026", "Improvement and Recovery Plan – governance themes", "Interim Monitoring Officer"],
                       ["27 Jan 2026", "Risk management update", "Head of Policy and Improvement"],
                       ["27 Jan 2026", "Quenby Markets Ltd – loan monitoring follow-up", "Director of Place"],
                       ["10 Mar 2026", "Quarterly waivers report (first)", "Head of Procurement"],
                       ["10 Mar 2026", "Internal audit plan 2026/27", "Head of Internal Audit"],
                       ["10 Mar 2026", "Annual governance statement – early draft", "Interim Monitoring Officer"],
                       ["28 Apr 2026", "Audit committee self-assessment (CIPFA)", "Chair"],
                       ["28 Apr 2026", "Counter-fraud annual report", "Head of Internal Audit"]])]


def ags():
    rows = [["No.", "Significant governance issue (AGS 2024/25)", "Action", "Owner", "Status at Nov 2025"],
            ["1", "Financial resilience and use of reserves", "Revised MTFS; no use of general fund reserve from 2026/27; minimum reserve £15m", "Interim S151 Officer", "In progress – MTFS to Cabinet Feb 2026"],
            ["2", "Statutory officer capacity", "Permanent appointments of S151 Officer and Monitoring Officer", "Chief Executive", "Recruitment launched Nov 2025"],
            ["3", "Use of urgency procedures", "Constitution amended; urgent decisions reported to next Council", "Interim Monitoring Officer", "Complete – Council 27 Nov 2025"],
            ["4", "Oversight of council companies", "Shareholder committee reconvened; business plan for Quenby Markets Ltd", "Director of Place", "First meeting 9 Dec 2025"],
            ["5", "Riverside Quays governance", "Independent review; procurement paused", "Director of Place", "Review brief issued Nov 2025"],
            ["6", "Procurement compliance", "End retrospective waivers; quarterly waiver reports", "Head of Procurement", "Policy change from 1 Dec 2025"],
            ["7", "Scrutiny capacity", "Two dedicated scrutiny officers; pre-decision scrutiny", "Head of Democratic Services", "One post filled"],
            ["8", "Housing repairs and damp and mould", "Taskforce; monthly reporting", "Director of Housing", "742 open cases at 31 Oct 2025"],
            ["9", "Information governance", "Records retention schedule refreshed; FOI backlog cleared", "Head of Legal", "FOI backlog 63 requests (from 211)"],
            ["10", "Staff culture and whistleblowing", "Whistleblowing policy refreshed; culture programme", "Director of HR", "Policy to Committee Jan 2026"]]
    return [("title", "Annual Governance Statement 2024/25: Action Plan Update"),
            ("sub", "Audit and Governance Committee – 2 December 2025 – Report of the Interim Monitoring Officer"),
            ("h", "1. Purpose"),
            ("p", "The Annual Governance Statement (AGS) for 2024/25, approved by the committee in July 2025 alongside the draft statement of accounts, identified ten significant governance issues. This report updates the committee on the actions agreed to address them, several of which have since been absorbed into the draft Improvement and Recovery Plan considered by Cabinet on 11 November 2025."),
            ("h", "2. Recommendation"),
            ("p", "That the committee notes progress on the AGS action plan and agrees that future updates are combined with the governance themes of the Improvement and Recovery Plan."),
            ("h", "3. Progress"),
            ("p", "Of the ten actions, one is complete, eight are in progress and one has not started. The table below sets out the position at 21 November 2025."),
            ("table", rows),
            ("h", "4. Next steps"),
            ("p", "The 2025/26 AGS will be prepared in the spring and will draw on the findings of the Best Value inspection, the external auditor’s annual report and the Head of Internal Audit’s annual opinion. A first draft will be brought to the committee in March 2026."),
            ("p", "Contact: Interim Monitoring Officer, Civic Centre, Quenby."),
            ]
