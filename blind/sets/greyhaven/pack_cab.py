# Content of pack-cabinet.pdf (CMIS style).
from packlib import *

TITLE = "Greyhaven Borough Council, Cabinet, 11 February 2025"
AGENDA = [
    ("1", "Apologies for Absence", False),
    ("2", "Declarations of Interest", False),
    ("3", "Minutes of the Meeting held on 21 January 2025", True),
    ("4", "Forward Plan of Key Decisions", True),
    ("5", "Revenue Budget 2025/26 and Medium-Term Financial Strategy", True),
    ("6", "Housing Repairs: Performance Update", True),
    ("7", "Best Value Inspection: Response to the Report", True),
    ("8", "Corporate Strategy Refresh 2025-2027", True),
    ("9", "Exclusion of the Press and Public", False),
]
FOOT = "Cabinet – 11 February 2025"
PAPER_FOOT = {k: FOOT for k in ["3", "4", "5", "5A", "5B", "5C", "5D", "6", "6A", "7", "7A", "7B", "8", "8B"]}
FURNITURE = ["^\\s*\\d+\\s*$", "^\\s*Page \\d+ of \\d+\\s*$", "^\\s*Cabinet – 11 February 2025\\s*$"]
OWN_FOOTER = set()


def story(pk, st, prev):
    Q = pk.Q
    S = []
    ip = prev.get("item_pages", {})

    def head(num, title, paper=None):
        S.append(Marker(st, item=num, paper=paper or num))
        S.append(P("Item %s – %s" % (num, title), h1))

    # ---------------- cover ----------------
    S += [Spacer(1, 25 * mm), P("Agenda", ParagraphStyle("ag", parent=h1, fontSize=30, leading=36)), Spacer(1, 8 * mm),
          P("Greyhaven Borough Council", ParagraphStyle("g", parent=h1, fontSize=18, leading=23)),
          P("Cabinet", ParagraphStyle("g2", parent=h1, fontSize=18, leading=23)), Spacer(1, 8 * mm),
          TBL([["Date", "Tuesday 11 February 2025"], ["Time", "6.30 pm"], ["Place", "Committee Room 1, Civic Centre, Harbour Road, Greyhaven"],
               ["Enquiries to", "Committee Services, 01632 960 412"]], [35, 125], header=False),
          Spacer(1, 8 * mm),
          P("Membership: the Leader of the Council (Chair); the Deputy Leader; the Cabinet Members for Finance and Resources, Housing, Regeneration, Environment, and Communities."),
          P("Other members may attend and, with the consent of the Chair, speak on any item. The press and public may attend, except during consideration of exempt information."),
          PageBreak(),
          P("Agenda", h1)]
    for num, title, papers in AGENDA:
        S.append(P("%s   %s" % (num, title), bold))
        if papers and num in ip:
            S.append(P("Pages %d - %d" % ip[num], ParagraphStyle("pp", parent=base, leftIndent=10 * mm)))
        elif papers:
            S.append(P("Pages 99 - 99", ParagraphStyle("pp", parent=base, leftIndent=10 * mm)))
    S.append(P("Item 9: the Cabinet may resolve to exclude the press and public under section 100A(4) of the Local Government Act 1972 if exempt information within paragraph 3 of Schedule 12A is to be discussed."))
    S.append(PageBreak())

    # ---------------- item 3 minutes ----------------
    head("3", "Minutes of the Meeting held on 21 January 2025")
    S += [P("Greyhaven Borough Council – Cabinet – Special Meeting", bold),
          P("Present: the Leader of the Council (Chair); the Deputy Leader; the Cabinet Members for Finance and Resources, Housing, Regeneration and Environment. Also present: the Leader of the Opposition; the Chair of the Overview and Scrutiny Committee."),
          P("Officers: Chief Executive; Monitoring Officer; Section 151 Officer; Director of Communities and Housing."),
          P("Apologies: the Cabinet Member for Communities."),
          P("61. Best Value Inspection Report", h2),
          P("The Chief Executive presented the report of the Best Value Inspection, published on 16 January 2025. She noted that the inspectors had found that the council “%s” and that similar conclusions were reached on culture, financial management, scrutiny and procurement." % Q("C1", "has not complied with its best value duty in respect of governance", "3", ["verbatim"], ["missing"], "2.12", note="Exact words of 2.12; no citation given.")),
          P("The Leader said that the inspectors had been fair in places and had acknowledged “%s” (para 1.6). He accepted that the council must now work with the commissioners." % Q("C2", "a strong and stable leadership with a clear vision for the borough", "3", ["out_of_context"], ["correct"], "1.6", cited=["1.6"], cd="The council’s own submission stated that it had", kind="attribution_dropped", note="These are the council's own submission's words, quoted in 1.6; the inspectors say their findings differ.")),
          P("The Cabinet Member for Finance and Resources said that the inspectors had accepted that the reports on Harbourside borrowing were sound, noting that “%s” (para 4.7). He also said the inspectors had recorded the medium-term position as “%s” (para 4.10)." % (
              Q("C3", "the reports to Council in 2022 were technically accurate", "3", ["out_of_context"], ["correct"], "4.7", cited=["4.7"], cd="but did not set out the risks in terms that non-specialists could readily understand", kind="qualification_dropped", note="4.7 goes on: 'but did not set out the risks...'; the qualification reverses the point."),
              Q("C4", "robust and well understood by members", "3", ["out_of_context"], ["correct"], "4.10", cited=["4.10"], cd="The council’s own submission stated that its medium-term position was", kind="attribution_dropped", note="The council's own submission's words, which the inspectors reject ('We do not share that assessment')."))),
          P("The Leader of the Opposition said that both statements misrepresented the report, and asked that her objection be minuted. The Chair agreed."),
          P("The Cabinet Member for Housing noted that “%s” (para 7.2) and said that a report on homelessness prevention would be brought to Cabinet in March." % Q("C5", "Spending on temporary accommodation has trebled", "3", ["verbatim"], ["correct"], "7.2", cited=["7.2"], note="Exact words of 7.2.")),
          P("RESOLVED: (1) That the report of the Best Value Inspection be noted. (2) That the Chief Executive prepare, for the meeting on 11 February 2025, a response to the report and a draft improvement plan. (3) That the Cabinet recommends to Council that an Improvement Board be established."),
          P("62. Revenue Budget 2025/26: Initial Proposals", h2),
          P("The Cabinet Member for Finance and Resources presented the initial budget proposals, which had been the subject of consultation from 2 December 2024 to 12 January 2025. 1,146 responses had been received. The Cabinet noted the responses and the timetable for the budget to be considered by Council on 26 February 2025."),
          P("RESOLVED: That the consultation responses be noted and taken into account in the final budget proposals."),
          P("63. Urgent Business", h2),
          P("There was no urgent business. The meeting closed at 8.05 pm."),
          P("Chair ..................................................."),
          PageBreak()]

    # ---------------- item 4 forward plan ----------------
    head("4", "Forward Plan of Key Decisions")
    S.append(P("The Forward Plan lists key decisions to be taken by the Cabinet or individual Cabinet Members over the next four months. It is published at least 28 clear days before each decision."))
    rows = [["Ref", "Decision", "Decision maker", "Date", "Lead officer"]]
    plan = [("Harbourside Phase 2: revised business case", "Cabinet", "Jul 2025", "Director of Place"),
            ("Homelessness prevention strategy", "Cabinet", "Mar 2025", "Director of Communities and Housing"),
            ("Waste collection vehicle replacement", "Cabinet Member for Environment", "Mar 2025", "Head of Environment"),
            ("Contract procedure rules revision", "Council", "Jun 2025", "Head of Procurement"),
            ("Leisure centre management contract", "Cabinet", "Apr 2025", "Director of Communities and Housing"),
            ("Car parking tariffs 2025/26", "Cabinet Member for Environment", "Mar 2025", "Head of Environment"),
            ("Disposal of land at Marsh Lane", "Cabinet", "Apr 2025", "Director of Place"),
            ("Housing Revenue Account business plan", "Cabinet", "May 2025", "Director of Communities and Housing"),
            ("ICT infrastructure renewal", "Cabinet Member for Finance and Resources", "Apr 2025", "Head of Digital"),
            ("Town centre public realm scheme", "Cabinet", "Jun 2025", "Director of Place"),
            ("Grounds maintenance contract extension", "Cabinet Member for Environment", "Mar 2025", "Head of Environment"),
            ("Community grants programme 2025/26", "Cabinet Member for Communities", "Apr 2025", "Head of Communities"),
            ("Temporary accommodation acquisitions", "Cabinet", "May 2025", "Director of Communities and Housing"),
            ("Revised whistleblowing policy", "Cabinet", "Mar 2025", "Head of Human Resources"),
            ("Culture change programme", "Cabinet", "May 2025", "Chief Executive"),
            ("Asset management strategy", "Cabinet", "Jun 2025", "Director of Resources"),
            ("Coastal defence scheme at Eastcliff", "Cabinet", "Jun 2025", "Director of Place"),
            ("Council tax support scheme 2026/27", "Council", "Jun 2025", "Director of Resources")]
    for i, r in enumerate(plan, 1):
        rows.append(["KD%03d" % (40 + i)] + list(r))
    S += [TBL(rows, [16, 58, 38, 18, 40]), Spacer(1, 4 * mm),
          P("Decisions marked for Council will be recommended by the Cabinet. Any decision to be taken under the general exception or special urgency provisions will be notified to the Chair of the Overview and Scrutiny Committee."),
          PageBreak()]

    # ---------------- item 5 budget ----------------
    head("5", "Revenue Budget 2025/26 and Medium-Term Financial Strategy")
    S += [P("Report of the Section 151 Officer", bold), P("Cabinet Member: Finance and Resources", bold),
          P("1. Summary", h2),
          N("1.1", "This report sets out the proposed revenue budget for 2025/26 and the medium-term financial strategy (MTFS) to 2027/28, for recommendation to Council on 26 February 2025."),
          N("1.2", "The council's Corporate Strategy, Greyhaven Together 2023-2027, commits the council to “%s” (Greyhaven Together 2023-2027, page 6). The budget has been prepared with that commitment in mind." % Q("C6", "a well-run council that lives within its means and listens to its residents", "5", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="corporate_strategy", note="Quotes the council's own corporate strategy; not a source.")),
          N("1.3", "The Best Value Inspection was blunt about the council's position: “%s” (para 4.4). The Section 151 Officer shares that assessment." % Q("C7", "Unless the council acts decisively, the Section 151 Officer may have no option but to issue a section 114 notice within the next 18 months", "5", ["verbatim"], ["correct"], "4.4", cited=["4.4"], note="Exact words of 4.4, condition kept.")),
          N("1.4", "Section 114(3) of the Local Government Finance Act 1988 requires the chief finance officer to report if it appears that “%s”. No such report is necessary for 2025/26, but the position in 2026/27 is finely balanced." % Q("C8", "the expenditure of the authority incurred (including expenditure it proposes to incur) in a financial year is likely to exceed the resources (including sums borrowed) available to it to meet that expenditure", "5", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="statute", note="Quotes the Local Government Finance Act 1988; not a source.")),
          P("2. The budget gap", h2),
          N("2.1", "The inspectors recorded “%s” (page %d of the report). The updated MTFS puts the gap at £10.2 million, reflecting the lower Harbourside rental income." % (
              Q("C9", "a cumulative budget gap of £9.7 million over the three years to 2027/28", "5", ["verbatim"], ["correct"], "4.3", pages=[rpage("4.3")], note="Exact words of 4.3; the page cited is 4.3's page."), rpage("4.3"))),
          N("2.2", "At the time of the inspection the council had identified “%s” (para 4.3). The savings programme now stands at £4.6 million, with a further £2.0 million in development." % Q("C10", "savings of £3.1 million … of which £1.2 million were rated as high risk", "5", ["minor"], ["correct"], "4.3", cited=["4.3"], st="savings of £3.1 million towards that gap, of which £1.2 million were rated as high risk", kind="ellipsis", note="Ellipsis marks 'towards that gap,'; meaning unchanged.")),
          N("2.3", "Income is also under pressure. The inspectors reported that “%s” (para 4.9). A recovery plan for council tax arrears is at Appendix C." % Q("C11", "Council tax collection fell from 97.2% in 2020/21 to 91.4% in 2023/24", "5", ["misquote"], ["correct"], "4.9", cited=["4.9"], st="Council tax collection fell from 97.2% in 2020/21 to 94.1% in 2023/24", kind="figure_changed", note="4.9 says 94.1%, not 91.4%.")),
          P("3. Proposed budget 2025/26", h2)]
    rows = [["Service", "2024/25 budget £000", "2025/26 proposed £000", "Change £000"]]
    svc = [("Chief Executive's Office", 1210, 1385), ("Finance and Resources", 4120, 4460), ("Legal and Democratic Services", 1640, 1990),
           ("Place and Regeneration", 3870, 3650), ("Housing (General Fund)", 2950, 3720), ("Environment and Waste", 6410, 6580),
           ("Communities and Leisure", 2280, 2050), ("Planning", 1530, 1610), ("Corporate costs and contingency", 1790, 2420),
           ("Capital financing", 4550, 5120), ("Investment income", -2450, -2880), ("Use of reserves", -3300, -2400)]
    for n, a, b in svc:
        rows.append([n, "{:,}".format(a), "{:,}".format(b), "{:+,}".format(b - a)])
    rows.append(["Net budget requirement", "{:,}".format(sum(x[1] for x in svc)), "{:,}".format(sum(x[2] for x in svc)), "{:+,}".format(sum(x[2] - x[1] for x in svc))])
    S += [TBL(rows, [70, 32, 34, 30]), Spacer(1, 4 * mm),
          N("3.1", "The proposed budget includes a council tax increase of 2.99%, taking the Band D charge for the borough's services to £231.48. The use of reserves falls from £3.3 million to £2.4 million."),
          N("3.2", "Growth of £1.1 million is included for the costs of intervention and improvement, including the commissioners' fees, additional legal and democratic services capacity, and a dedicated scrutiny officer."),
          P("4. Medium-term financial strategy", h2)]
    rows = [["£m", "2025/26", "2026/27", "2027/28"], ["Net spending before savings", "26.7", "28.9", "30.6"],
            ["Funding (council tax, business rates, grants)", "24.3", "24.9", "25.5"], ["Gap before savings", "2.4", "4.0", "5.1"],
            ["Savings identified", "1.9", "1.6", "1.1"], ["Remaining gap", "0.5", "2.4", "4.0"], ["General fund reserve at year end", "4.8", "2.4", "0.0"]]
    S += [TBL(rows, [80, 28, 28, 28]), Spacer(1, 4 * mm),
          N("4.1", "Without further savings, the general fund reserve would be exhausted in 2027/28. This is not a sustainable position, and the Section 151 Officer's advice is that a further £4.0 million of savings must be identified by September 2025."),
          P("5. Savings proposals", h2)]
    rows = [["Ref", "Proposal", "2025/26 £000", "Risk"]]
    sav = [("Senior management restructure", 320, "Medium"), ("Review of discretionary services", 410, "High"), ("Digital customer contact", 180, "Medium"),
           ("Office accommodation rationalisation", 260, "Low"), ("Procurement savings", 300, "Medium"), ("Fees and charges review", 240, "Low"),
           ("Leisure contract renegotiation", 150, "High"), ("Shared legal service", 90, "Medium"), ("Reduction in agency staff", 350, "Medium"),
           ("Grounds maintenance efficiencies", 80, "Low")]
    for i, (n, v, r) in enumerate(sav, 1):
        rows.append(["S%02d" % i, n, "{:,}".format(v), r])
    S += [TBL(rows, [15, 95, 30, 25]), Spacer(1, 4 * mm),
          P("6. Robustness of estimates and adequacy of reserves", h2),
          N("6.1", "Section 25 of the Local Government Act 2003 requires the Section 151 Officer to report on the robustness of the estimates and the adequacy of reserves. The Section 151 Officer's view is that the estimates for 2025/26 are robust, but that reserves are at the minimum prudent level and that the position from 2026/27 depends on the delivery of further savings."),
          P("7. Recommendations", h2),
          N("7.1", "That Cabinet recommends to Council the revenue budget for 2025/26, a council tax increase of 2.99%, and the medium-term financial strategy to 2027/28."),
          N("7.2", "That Cabinet notes the Section 151 Officer's statement on the robustness of the estimates and the adequacy of reserves."),
          PageBreak()]
    S.append(Marker(st, paper="5A"))
    S.append(P("Item 5 – Appendix A: Fees and Charges 2025/26", h1))
    fees = [("Car parking", ["Harbour Road (per hour)", "Seafront long stay (per day)", "Town centre short stay (per hour)", "Resident permit (annual)", "Business permit (annual)", "Penalty charge (higher)", "Penalty charge (lower)"]),
            ("Waste", ["Garden waste subscription", "Bulky waste (up to 3 items)", "Replacement wheeled bin", "Commercial waste (per 1100l lift)", "Clinical waste (per collection)"]),
            ("Planning and building control", ["Pre-application advice (householder)", "Pre-application advice (major)", "Street naming (per plot)", "Building regulations inspection (single storey)", "High hedge complaint"]),
            ("Environmental health", ["Food hygiene re-rating visit", "Export health certificate", "Animal boarding licence", "Skin piercing registration", "Private water supply sample"]),
            ("Licensing", ["Premises licence variation", "Temporary event notice", "Hackney carriage driver (3 years)", "Private hire vehicle (annual)", "Street trading consent (annual)", "Scrap metal dealer licence"]),
            ("Leisure and culture", ["Swimming (adult)", "Swimming (junior)", "Gym membership (monthly)", "Sports hall hire (per hour)", "Museum admission (adult)", "Beach hut licence (annual)"]),
            ("Cemeteries", ["Exclusive right of burial (50 years)", "Interment (adult)", "Memorial permit", "Cremated remains interment"])]
    rows = [["Service", "Charge", "2024/25 £", "2025/26 £"]]
    k = 0
    for grp, names in fees:
        for n in names:
            k += 1
            v = 2.5 + (k * 37 % 211) + (k % 7) * 0.5
            rows.append([grp, n, "%.2f" % v, "%.2f" % (v * 1.05)])
    S += [P("Charges rise by 5% unless set by statute. Statutory fees are shown at the levels expected to apply from 1 April 2025."), TBL(rows, [45, 75, 22, 22]), PageBreak()]
    S.append(Marker(st, paper="5B"))
    S.append(P("Item 5 – Appendix B: Capital Programme 2025/26 to 2027/28", h1))
    caps = ["Harbourside Phase 2 enabling works", "Eastcliff coastal defence", "Waste vehicle replacement", "Disabled facilities grants", "Temporary accommodation acquisitions",
            "Town centre public realm", "Leisure centre roof", "ICT infrastructure", "Civic Centre energy works", "Play areas renewal", "Cemetery extension",
            "Car park resurfacing", "CCTV replacement", "Beach huts replacement", "Sports pitches drainage", "Public toilets refurbishment", "Electric vehicle charging", "Street lighting LED"]
    rows = [["Scheme", "2025/26 £000", "2026/27 £000", "2027/28 £000", "Funding"]]
    for i, c in enumerate(caps, 1):
        rows.append([c, "{:,}".format(150 + i * 97 % 900), "{:,}".format(100 + i * 61 % 700), "{:,}".format(50 + i * 43 % 500), ["Borrowing", "Grant", "Capital receipts", "S106"][i % 4]])
    S += [TBL(rows, [66, 24, 24, 24, 28]), Spacer(1, 4 * mm),
          P("New borrowing is limited to schemes that generate savings or income sufficient to meet their financing costs, or that are required by law. All other schemes are funded from grants, capital receipts or developer contributions."), PageBreak()]
    S.append(Marker(st, paper="5C"))
    S += [P("Item 5 – Appendix C: Council Tax Arrears Recovery Plan", h1),
          N("C1", "Council tax arrears at 31 December 2024 were £7.8 million, of which £2.9 million relates to years before 2022/23. Collection in 2024/25 is forecast at 94.6%."),
          N("C2", "The recovery plan has four parts: earlier reminders by text and email; a dedicated team for arrears over £1,000; greater use of attachments of earnings and benefits; and a review of the council tax support scheme to help residents on low incomes keep up with payments."),
          N("C3", "Enforcement agents will be used only after the council has made contact with the resident and offered a payment arrangement. Residents in vulnerable circumstances will be referred to the Money Advice Service."),
          TBL([["Action", "Lead", "Target"], ["Text and email reminders", "Revenues Manager", "Apr 2025"], ["Arrears team established", "Revenues Manager", "May 2025"],
               ["Review of write-off policy", "Section 151 Officer", "Jun 2025"], ["Council tax support scheme review", "Director of Resources", "Sep 2025"],
               ["Collection target 96% for 2025/26", "Revenues Manager", "Mar 2026"]], [80, 50, 30]),
          PageBreak()]
    S.append(Marker(st, paper="5D"))
    S.append(P("Item 5 – Appendix D: Reserves Schedule", h1))
    res = [("General fund reserve", 4.3, 4.8), ("Transformation reserve", 2.6, 1.5), ("Harbourside risk reserve", 1.4, 1.4), ("Local Plan reserve", 0.5, 0.5),
           ("Insurance reserve", 0.9, 0.9), ("Business rates equalisation", 1.8, 1.2), ("Homelessness grant reserve", 0.7, 0.3), ("Elections reserve", 0.2, 0.1),
           ("Building repairs reserve", 0.8, 0.6), ("ICT reserve", 0.4, 0.2), ("Coastal protection reserve", 0.6, 0.6), ("Other earmarked reserves", 0.7, 0.5)]
    rows = [["Reserve", "31 Mar 2024 £m", "31 Mar 2026 forecast £m"]] + [[n, "%.1f" % a, "%.1f" % b] for n, a, b in res]
    rows.append(["Total", "%.1f" % sum(r[1] for r in res), "%.1f" % sum(r[2] for r in res)])
    S += [TBL(rows, [90, 35, 40]), Spacer(1, 4 * mm),
          P("The Section 151 Officer's advice is that the general fund reserve should not fall below £4.5 million, equivalent to around 18% of the net budget, given the risks set out in the report."),
          PageBreak()]

    # ---------------- item 6 housing ----------------
    head("6", "Housing Repairs: Performance Update")
    S += [P("Report of the Director of Communities and Housing", bold),
          N("1.1", "This report updates Cabinet on the performance of the housing repairs service since the new repairs contract began in April 2024."),
          N("1.2", "The Best Value Inspection noted: “%s” (Section 7.1). The backlog has since fallen to 2,180 jobs at the end of December 2024." % Q("C12", "The repairs backlog stood at 2,640 jobs in September 2024, compared with 1,150 in September 2022", "6", ["verbatim"], ["correct"], "7.1", cited=["7.1"], note="Exact words of 7.1.")),
          N("1.3", "The inspectors reported that “%s” (para 7.3), and they saw some evidence to support that view. Tenants' own feedback is summarised below." % Q("C13", "Tenants’ representatives told us that the housing service had improved over the last year", "6", ["verbatim"], ["correct"], "7.3", cited=["7.3"], kind="control_attribution_kept", note="Attribution to tenants' representatives kept; not out of context.")),
          N("1.4", "At the Tenants' Forum on 14 January 2025, a tenant from the Eastcliff estate said: “%s” Other tenants reported continuing problems with damp and mould, and with the time taken to answer calls." % Q("C14", "The new contractor turns up when they say they will, which is more than we ever had before.", "6", ["not_found"], ["missing"], concerns=False, kind="resident", note="A tenant's words at the Tenants' Forum; not a source.")),
          P("Performance indicators", h2)]
    rows = [["Indicator", "Target", "Q1", "Q2", "Q3"], ["Emergency repairs within 24 hours", "98%", "94%", "96%", "97%"],
            ["Urgent repairs within 7 days", "90%", "78%", "83%", "87%"], ["Routine repairs within 28 days", "85%", "61%", "66%", "72%"],
            ["Repairs right first time", "90%", "81%", "84%", "86%"], ["Tenant satisfaction with last repair", "85%", "72%", "76%", "79%"],
            ["Outstanding jobs at quarter end", "1,500", "2,810", "2,640", "2,180"], ["Damp and mould cases open", "150", "412", "366", "301"],
            ["Calls answered within 60 seconds", "80%", "52%", "58%", "63%"], ["Void turnaround (days)", "28", "47", "41", "36"]]
    S += [TBL(rows, [72, 22, 22, 22, 22]), Spacer(1, 4 * mm),
          N("2.1", "Performance has improved in every quarter, but remains below target on all indicators. The most serious concern is damp and mould, where the council must meet new statutory timescales from October 2025."),
          N("2.2", "A damp and mould taskforce was established in November 2024, with two additional surveyors funded from the Housing Revenue Account. The number of open cases has fallen by 27% since June 2024."),
          N("2.3", "The contractor has agreed an improvement plan, including additional operatives for routine repairs and a new appointment system. Performance will be reported to Cabinet quarterly and to the Tenants' Forum monthly."),
          N("3.1", "Recommendation: that Cabinet notes the performance of the repairs service and the actions being taken to improve it."),
          PageBreak()]
    S.append(Marker(st, paper="6A"))
    S.append(P("Item 6 – Appendix: Damp and Mould Cases by Estate", h1))
    est = ["Eastcliff", "Westbay", "St Anne's", "Marsh Lane", "Harbour View", "Downs Road", "Millfield", "Cliff Top", "Station Quarter", "Priory", "Northgate", "Seacroft", "Brook Farm", "Old Town", "Kingsway"]
    rows = [["Estate", "Homes", "Cases open Jun 2024", "Cases open Dec 2024", "Category 1 hazards"]]
    for i, e in enumerate(est, 1):
        rows.append([e, str(120 + i * 53 % 400), str(10 + i * 13 % 60), str(6 + i * 11 % 45), str(i * 3 % 7)])
    S += [TBL(rows, [45, 25, 35, 35, 30]), Spacer(1, 4 * mm),
          P("Category 1 hazards are assessed under the Housing Health and Safety Rating System. All homes with a Category 1 damp or mould hazard have been visited, and works are scheduled for completion by 31 March 2025."),
          PageBreak()]

    # ---------------- item 7 BVI response ----------------
    head("7", "Best Value Inspection: Response to the Report")
    S += [P("Report of the Chief Executive", bold), P("Cabinet Member: the Leader of the Council", bold),
          P("1. Purpose", h2),
          N("1.1", "To present the council's response to the Best Value Inspection and the draft improvement plan at Appendix A, for recommendation to Council."),
          P("2. Background", h2),
          N("2.1", "The inspectors' conclusion is unambiguous: “%s” (para 8.4). The Secretary of State accepts that conclusion." % Q("C15", "We conclude that Greyhaven Borough Council is failing to comply with its best value duty", "7", ["verbatim"], ["correct"], "8.4", cited=["8.4"], note="Exact words from the start of 8.4.")),
          N("2.2", "The inspectors found that the Monday group “%s” (para 2.3), and that its existence undermined the advice of statutory officers." % Q("C16", "had no formal standing and kept no record of its decisions", "7", ["paraphrase"], ["correct"], "2.3", cited=["2.3"], st="The Monday group has no status under the constitution. It kept no minutes", kind="reworded", note="2.3's meaning in other words presented as a quotation.")),
          N("2.3", "The inspectors also noted that the council “%s” (para 8.2). The improvement plan must not repeat that experience." % Q("C17", "has tried to improve before but completed only a third of the actions it set itself", "7", ["paraphrase"], ["correct"], "8.2", cited=["8.2"], st="The council has, however, prepared improvement plans before. Its 2022 governance action plan, prepared in response to an external review, contained 28 actions, of which only 9 had been completed by the time of our inspection.", kind="reworded_with_computed_share", strict=False, note="9 of 28 is roughly a third; reworded, not the report's words.")),
          N("2.4", "Some commentary has suggested that the inspectors described the Chief Executive's first year as “%s” (para 8.1). The report says no such thing; it records that the Chief Executive has begun to address the council's weaknesses." % Q("C18", "a genuine turning point for the council", "7", ["not_found"], ["wrong"], None, source=None, cited=["8.1"], kind="invented", note="No source says this; 8.1 does not hold the words.")),
          P("3. The Secretary of State's proposals", h2),
          N("3.1", "The Secretary of State's letter of 16 January says: “%s”." % Q("C19", "I propose that the council should prepare an improvement plan within six months of the directions being made", "7", ["verbatim"], ["correct"], "4", source="letter", doc="letter", note="Exact words of the letter's fourth paragraph.")),
          N("3.2", "The Secretary of State is minded to “%s” (Letter from SoS to CEX 16/01/25). The council's representations ask for a review after eighteen months." % Q("C20", "appoint three commissioners, with powers over governance, financial management and the appointment of statutory officers, for a period of up to five years", "7", ["misquote"], ["correct"], "3", source="letter", doc="letter", st="appoint three commissioners, with powers over governance, financial management and the appointment of statutory officers, for a period of up to three years", kind="figure_changed", note="The letter says 'up to three years'.")),
          N("3.3", "The plan at Appendix A responds to Recommendation 6: “%s”" % Q("C21", "Prepare an improvement plan addressing each of these recommendations, with clear milestones, to be agreed with any commissioners appointed and reported publicly every six months.", "7", ["verbatim"], ["correct"], "R6", cited=["R6"], note="Exact words of R6.")),
          P("4. Financial implications", h2),
          N("4.1", "The costs of the improvement programme, estimated at £750,000 in 2025/26, are included in the revenue budget at Item 5."),
          P("5. Recommendations", h2),
          N("5.1", "That Cabinet approves the draft improvement plan at Appendix A for recommendation to Council, subject to agreement with the commissioners once appointed."),
          N("5.2", "That Cabinet recommends to Council the establishment of a cross-party Improvement Board."),
          PageBreak()]
    S.append(Marker(st, paper="7A"))
    S += [P("Item 7 – Appendix A: Draft Improvement Plan", h1),
          P("The plan is organised by the inspectors' recommendations. Each action has a lead officer and a target date; progress will be reported monthly to the Improvement Board.")]
    rows = [["Rec.", "Inspectors' finding", "Action", "Lead", "Target"],
            ["R1", "“%s” (R1)" % Q("C22", "end all informal decision-making arrangements outside it, including the Monday group", "7", ["verbatim"], ["correct"], "R1", cited=["R1"], kind="exact_in_table", note="Table cell; exact words of R1."),
             "Informal meetings of Cabinet members ended from 1 February 2025; all member briefings minuted.", "Monitoring Officer", "Feb 2025"],
            ["R1", "As paragraph 2.11 states, “%s”." % Q("C23", "The constitution was last comprehensively reviewed in 2016", "7", ["verbatim"], ["correct"], "2.11", cited=["2.11"], kind="exact_in_table", note="Table cell; 'As paragraph 2.11 states'."),
             "Full review of the constitution and scheme of delegation, with cross-party workshops.", "Monitoring Officer", "Jul 2025"],
            ["R2", "“%s” (Table 1)" % Q("C24", "17% of respondents said that they had experienced bullying or harassment in the last 12 months", "7", ["verbatim"], ["wrong"], "3.6", cited=["Table 1"], kind="wrong_place_in_table", note="Table cell; words are in 3.6, not in Table 1 (which has only the statement and percentages)."),
             "Culture change programme; refreshed whistleblowing policy; independent reporting line.", "Head of HR", "Sep 2025"],
            ["R2", "Corporate Strategy priority: “%s” (Greyhaven Together, Priority 3)" % Q("C25", "Put residents at the heart of everything we do", "7", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="corporate_strategy_in_table", note="Table cell quoting the council's own strategy; not a source."),
             "Member-officer protocol agreed by Council; annual staff survey.", "Chief Executive", "Sep 2025"],
            ["R3", "“%s” (para 4.4)" % Q("C26", "the Section 151 Officer may have no option but to issue a section 114 notice within the next 18 months", "7", ["out_of_context", "verbatim"], ["correct"], "4.4", cited=["4.4"], cd="Unless the council acts decisively,", kind="condition_dropped_in_table", strict=False, note="Table cell; the governing condition 'Unless the council acts decisively' is cut."),
             "Revised MTFS and savings programme; monthly budget monitoring to Cabinet.", "Section 151 Officer", "Sep 2025"],
            ["R3", "“%s” (R3)" % Q("C27", "Prepare a revised MTFS, with a deliverable savings programme", "7", ["minor", "paraphrase"], ["correct"], "R3", cited=["R3"], st="Prepare a revised medium-term financial strategy, with a deliverable savings programme", kind="abbreviation", strict=False, note="Table cell; 'MTFS' abbreviates 'medium-term financial strategy'."),
             "Revised Harbourside business case with independent review.", "Director of Place", "Sep 2025"],
            ["R4", "“%s” (p. %d)" % (Q("C28", "19 of these were not reported to the Audit and Standards Committee as the rules require", "7", ["verbatim"], ["correct"], "6.2", pages=[rpage("6.2")], kind="exact_in_table", note="Table cell; exact words of 6.2; page cited is 6.2's page."), rpage("6.2")),
             "Contract procedure rules revised; contracts register completed; waivers reported quarterly.", "Head of Procurement", "Jun 2025"],
            ["R5", "“%s” (R5)" % Q("C29", "appointing an independent chair of the Audit and Standards Committee", "7", ["misquote"], ["correct"], "R5", cited=["R5"], st="appointing an independent chair of the Overview and Scrutiny Committee", kind="word_changed_in_table", note="Table cell; R5 names the Overview and Scrutiny Committee, not Audit and Standards."),
             "Independent chair appointed at the Annual Meeting; dedicated scrutiny officer.", "Head of Democratic Services", "May 2025"],
            ["R6", "The inspectors “%s” (Annex A, paragraph 3)." % Q("C30", "commissioned an anonymous staff survey", "7", ["verbatim"], ["correct"], "A.3", cited=["A.3"], kind="exact_in_table", note="Table cell; exact words of A.3."),
             "Staff survey repeated annually and reported to the Improvement Board.", "Head of HR", "Sep 2025"],
            ]
    S += [TBL(rows, [12, 54, 48, 36, 20]), Spacer(1, 4 * mm)]
    more = [("R1", "Statutory officers' group to report to the Improvement Board on advice given and acted upon.", "Chief Executive", "Apr 2025"),
            ("R1", "Member training on decision-making, the constitution and the role of statutory officers.", "Monitoring Officer", "Jun 2025"),
            ("R2", "Member code of conduct complaints process reviewed to reduce time to resolution.", "Monitoring Officer", "Jun 2025"),
            ("R3", "Reserves strategy to rebuild the general fund reserve.", "Section 151 Officer", "Sep 2025"),
            ("R3", "Fixed asset register rebuilt to address the external auditor's concerns.", "Section 151 Officer", "Dec 2025"),
            ("R3", "Finance team restructure to reduce reliance on agency staff.", "Section 151 Officer", "Oct 2025"),
            ("R4", "Procurement team strengthened with two additional posts.", "Head of Procurement", "Jul 2025"),
            ("R4", "Contract management framework for all contracts over £100,000.", "Head of Procurement", "Sep 2025"),
            ("R5", "Scrutiny work programme agreed with the independent chair; task and finish review of temporary accommodation.", "Head of Democratic Services", "Jul 2025"),
            ("R5", "Protocol on members' access to information.", "Monitoring Officer", "May 2025"),
            ("R6", "Six-monthly public report on progress to Council.", "Chief Executive", "Sep 2025"),
            ("R6", "Exit criteria agreed with the commissioners and the Ministry.", "Chief Executive", "Dec 2025")]
    rows = [["Rec.", "Further action", "Lead", "Target"]] + [list(m) for m in more]
    S += [P("Further actions", h2), TBL(rows, [15, 95, 40, 20]), PageBreak()]
    S.append(Marker(st, paper="7B"))
    S.append(P("Item 7 – Appendix B: Improvement Programme Risk Register", h1))
    risks = [("Insufficient capacity to deliver the plan alongside services", "High", "Additional capacity funded; prioritisation agreed with commissioners"),
             ("Loss of key staff during intervention", "High", "Retention payments for critical posts; staff engagement"),
             ("Savings not delivered", "High", "Monthly monitoring; contingency of £0.8m"),
             ("Harbourside income below revised forecast", "High", "Independent review of the business case"),
             ("Member engagement with the Improvement Board", "Medium", "Cross-party membership; training"),
             ("Legal challenge to procurement decisions", "Medium", "Revised rules; legal review of waivers"),
             ("Reputational damage affecting partners", "Medium", "Communications plan; partner briefings"),
             ("Delay to the constitution review", "Medium", "Dedicated project officer; timetable agreed"),
             ("Failure to meet exit criteria", "Medium", "Quarterly review with the Ministry"),
             ("Cost of intervention exceeds budget", "Low", "Costs monitored monthly by the Section 151 Officer")]
    rows = [["No.", "Risk", "Rating", "Mitigation"]] + [[str(i), r, g, m] for i, (r, g, m) in enumerate(risks, 1)]
    S += [TBL(rows, [12, 70, 20, 68]), PageBreak()]

    # ---------------- item 8 corporate strategy ----------------
    head("8", "Corporate Strategy Refresh 2025-2027")
    S += [P("Report of the Chief Executive", bold),
          N("1.1", "The council's Corporate Strategy, Greyhaven Together 2023-2027, sets the vision that “%s” (Greyhaven Together 2023-2027, page 3). This report proposes a refresh of the strategy to reflect the findings of the Best Value Inspection." % Q("C31", "By 2027 Greyhaven will be a thriving coastal borough where everyone has the chance to succeed", "8", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="corporate_strategy", note="Quotes the council's own strategy; not a source.")),
          N("1.2", "In his foreword to the draft refreshed strategy, the Leader writes that the inspectors recognised “%s” (para 1.6). Officers have advised that the foreword be revised, as the report attributes those words to the council's own submission." % Q("C32", "a strong and stable leadership with a clear vision for the borough", "8", ["out_of_context"], ["correct"], "1.6", cited=["1.6"], cd="The council’s own submission stated that it had", kind="attribution_dropped_repeated", note="Repeats C2 (item 3) in a later item; the quoted words are the council's submission's, not the inspectors' finding.")),
          N("1.3", "The refresh adds a fourth priority, “A well-governed council”, which will carry the improvement plan. Its first commitment repeats the inspectors' recommendation to “%s” (R1)." % Q("C33", "end all informal decision-making arrangements outside it, including the Monday group", "8", ["verbatim"], ["correct"], "R1", cited=["R1"], kind="repeated_from_item_7", note="Repeats C22 from item 7; exact words of R1.")),
          N("1.4", "The inspectors' summary of the council's staff is a starting point: “%s” (executive summary)." % Q("C34", "Staff are committed to residents but many do not feel able to speak up", "8", ["verbatim"], ["correct"], "executive summary", cited=["executive summary"], note="Exact words of the executive summary.")),
          N("1.5", "Residents' confidence must also be rebuilt. The inspectors found that “%s”[1]." % Q("C35", "47% of residents were satisfied with the way the council runs things, down from 61% in 2019", "8", ["verbatim"], ["correct"], "7.6", cited=["7.6"], kind="exact_footnote_citation", note="Exact words of 7.6; cited by footnote [1].")),
          N("1.6", "There are strengths to build on. The inspectors recorded that “%s” (Sections 3.2 and 3.8)." % Q("C36", "Relationships between members and officers are, in many parts of the council, courteous and constructive", "8", ["verbatim"], ["wrong"], "3.1", cited=["3.2", "3.8"], kind="wrong_paragraphs", note="Words are in 3.1; neither 3.2 nor 3.8 holds them.")),
          N("1.7", "The draft also states that, according to the inspectors, “%s” (para 9.2). There is no paragraph 9.2 in the report, and the words do not appear in it; the reference will be removed." % Q("C37", "the council must rebuild trust with its residents", "8", ["not_found"], ["wrong"], None, source=None, cited=["9.2"], kind="invented_nonexistent_paragraph", note="No such words; paragraph 9.2 does not exist.")),
          P("2. Priorities", h2)]
    rows = [["Priority", "Outcomes by 2027", "Measures"],
            ["1. A thriving economy", "Harbourside Phase 1 fully let; 400 new jobs; town centre vacancy below 10%", "Business rates base; vacancy rate"],
            ["2. Homes for everyone", "640 new homes a year; temporary accommodation costs reduced; repairs backlog below 1,000", "Completions; TA spend; backlog"],
            ["3. Residents at the heart", "Resident satisfaction above 60%; calls answered within 60 seconds above 80%", "Residents' survey; contact centre data"],
            ["4. A well-governed council", "Improvement plan delivered; commissioners' powers returned; staff survey shows improvement", "Improvement Board reports; staff survey"]]
    S += [TBL(rows, [40, 80, 45]), Spacer(1, 4 * mm),
          P("3. Equalities", h2),
          N("3.1", "Section 149(1) of the Equality Act 2010 provides that “%s”. An equality impact assessment of the refreshed strategy is attached at Appendix B." % Q("C38", "A public authority must, in the exercise of its functions, have due regard to the need to eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under this Act", "8", ["not_found"], ["unverifiable"], concerns=False, doc="other", kind="statute", note="Quotes the Equality Act 2010; not a source.")),
          P("4. Consultation", h2),
          N("4.1", "The refreshed strategy will be the subject of consultation with residents, partners and staff from 3 March to 14 April 2025, and will be presented to Council for adoption in June 2025."),
          P("5. Recommendation", h2),
          N("5.1", "That Cabinet approves the draft refreshed Corporate Strategy for consultation, subject to the revision of the Leader's foreword."),
          P("Notes", h2),
          P("[1] Best Value Inspection of Greyhaven Borough Council, January 2025, paragraph 7.6."),
          PageBreak()]
    S.append(Marker(st, paper="8B"))
    S.append(P("Item 8 – Appendix B: Equality Impact Assessment (summary)", h1))
    chars = ["Age", "Disability", "Gender reassignment", "Marriage and civil partnership", "Pregnancy and maternity", "Race", "Religion or belief", "Sex", "Sexual orientation", "Socio-economic disadvantage (local)", "Care leavers (local)"]
    rows = [["Characteristic", "Likely impact", "Evidence", "Action"]]
    for i, c in enumerate(chars):
        rows.append([c, ["Positive", "Neutral", "Positive", "Neutral"][i % 4],
                     "Census 2021 data for Greyhaven; residents' survey 2023; service user feedback and complaints data.",
                     "Monitor take-up of services and satisfaction by characteristic; review at each annual update of the strategy."])
    S += [TBL(rows, [42, 25, 55, 48]), Spacer(1, 4 * mm),
          P("The assessment will be updated after consultation. No negative impacts have been identified at this stage; the refreshed strategy is expected to benefit older residents, disabled residents and residents on low incomes in particular through the priorities on homes and on residents at the heart of the council's work.")]
    return S
