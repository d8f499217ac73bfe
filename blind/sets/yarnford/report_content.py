# The report's words, as data. `python report_content.py` writes report.json (pages filled later
# by fill_pages.py from the rendering).
import json

TITLE = "Best Value Inspection of Yarnford City Council"
C1, C2, C3 = "1 Introduction", "2 Leadership and culture", "3 Governance and scrutiny"
C4, C5 = "4 Financial management", "5 Yarnford Homes Ltd, procurement and partnerships"
C6, C7, CA = "6 Capacity to improve", "7 Recommendations", "Annex A Methodology and staff survey"
ES = "Executive summary"

P = []
def p(label, chapter, heading, text, kind="paragraph", **extra):
    d = {"label": label, "kind": kind, "chapter": chapter, "heading": heading, "page": None, "text": text}
    d.update(extra)
    P.append(d)

def es(text):
    p("executive summary", ES, None, text, kind="summary")

es("Yarnford City Council is not meeting its best value duty. We reached that conclusion reluctantly, and only after hearing from more than 140 members, officers, partners and staff representatives. The council’s frontline services are, for the most part, being delivered by committed people in difficult circumstances. The failings we describe lie in the way the council is led, governed and financed.")
es("The council’s finances are in a precarious position. The general fund reserve has fallen by more than two thirds in four years, savings plans have repeatedly not been delivered, and external borrowing has risen to £763 million. Unless the council acts quickly, its usable reserves will be exhausted within three years.")
es("Governance has been weakened by instability at the top of the organisation, a constitution that is out of date and poorly understood, and a culture in which challenge from officers and from scrutiny is unwelcome. Nearly half of the staff who answered our survey said they would not feel safe raising a concern about wrongdoing.")
es("The council’s wholly owned housing company, Yarnford Homes Ltd, has delivered a fraction of the homes it promised and has accumulated losses of £11.3 million. The council has not acted as an effective shareholder.")
es("We have considered carefully whether the council could put these matters right on its own. We do not believe that it can do so at the pace required. We recommend that the Secretary of State intervene, and that commissioners be appointed for at least three years. Our eight recommendations are set out in Chapter 7.")

# ---- 1
p("1.1", C1, "Background to the inspection", "On 3 February 2026 the Secretary of State appointed a Lead Inspector and two Assistant Inspectors under section 10 of the Local Government Act 1999 to inspect Yarnford City Council’s compliance with its best value duty. The inspection followed the external auditor’s statutory recommendations of October 2025, a warning from the Chief Finance Officer that a section 114 notice might be needed, and concerns raised during a corporate peer challenge.")
p("1.2", C1, "Background to the inspection", "Our terms of reference required us to examine the council’s leadership and culture, its governance and scrutiny arrangements, its financial management, its use of resources, including its wholly owned housing company, and its capacity to improve. We were not asked to investigate individual complaints, and we have not done so.")
p("1.3", C1, "How we carried out the inspection", "We were on site in Yarnford for 19 days between 9 March and 15 May 2026. We held 146 interviews and focus groups with members, officers, partners and trade union representatives, observed 23 formal meetings, and reviewed more than 2,600 documents. We also ran an anonymous survey of staff, to which 1,412 people responded, a response rate of 38 per cent.")
p("1.4", C1, "How we carried out the inspection", "We are grateful to the members and officers who gave their time to the inspection. The great majority of those we met were open with us, and many spoke with evident commitment to the city and its residents. Nothing in this report should be read as a criticism of the council’s frontline staff, who have kept services running in difficult conditions.")
p("1.5", C1, "How we carried out the inspection", "The council provided a written self-assessment in April 2026. The council’s own submission stated that it had “a clear understanding of its challenges and a credible plan to address them”. For the reasons we set out in this report, we do not share that assessment.")
p("1.6", C1, "The council", "Yarnford is a city of around 214,000 people. The council has 63 councillors representing 21 wards. Since May 2023 it has been run by a minority administration formed by the largest group, which holds 29 seats. The council employs around 3,700 people and has a net revenue budget of £287.4 million for 2026/27.")

# ---- 2
p("2.1", C2, "Stability of the senior team", "The council has had four Chief Executives, two of them interim, since January 2022. Nine of the fourteen posts on the corporate leadership team were held by interim or agency staff when we arrived. We were told repeatedly that decisions had been deferred while officers waited for permanent appointments that did not come.")
p("2.2", C2, "Member and officer relations", "The Leader told us that the relationship between the administration and senior officers was “the best it has been for a decade”. We did not find evidence to support this view. Most of the senior officers we interviewed described a relationship in which professional advice was tolerated rather than sought.")
p("2.3", C2, "Member and officer relations", "One officer told us that “reports are written to get through Cabinet, not to inform it”. We heard similar accounts from others, and we saw draft reports from which risks identified by officers had been removed before publication at the request of a Cabinet member.")
p("2.4", C2, "Member and officer relations", "We do not suggest that any member or officer has acted dishonestly. We did, however, find a culture in which challenge is treated as disloyalty, in which informal briefings take the place of formal decision-making, and in which the statutory officers have been unable to exercise their roles with confidence.")
p("2.5", C2, "Political relationships", "Relationships between the two largest political groups have broken down. Council meetings we observed were marked by personal hostility, and on two occasions the Lord Mayor adjourned proceedings. Members of every group told us that they found the atmosphere in the chamber intimidating.")
p("2.6", C2, "Political relationships", "Complaints under the members’ code of conduct rose from 19 in 2023 to 64 in 2025. Of the 64 complaints made in 2025, 41 were made by one councillor about another. The Monitoring Officer told us that dealing with them had consumed much of her team’s capacity.")
p("2.7", C2, "What staff told us", "Of the staff who responded to our survey, 47 per cent said they would not feel safe raising a concern about wrongdoing. Only 23 per cent said they had confidence in the council’s senior leadership, and 31 per cent said they intended to leave the council within the next year.")
p("2.8", C2, "What staff told us", "Staff were more positive about their immediate managers: 72 per cent agreed that their line manager treated them with respect. The difficulties we describe are concentrated at the top of the organisation rather than throughout it.")
p("2.9", C2, "What staff told us", "The council’s whistleblowing policy was last reviewed in 2017. Seventeen whistleblowing disclosures were made in 2024/25. We found that eleven of those had not been logged or acknowledged within the ten working days the policy requires, and that two had not been investigated at all.")
p("2.10", C2, "What staff told us", "The council spent £6.2 million on interim and agency staff in senior roles in 2025/26, more than double the £2.9 million it spent in 2022/23. Several interim appointments had been extended repeatedly without any competitive process.")
p("2.11", C2, "Recent changes", "We recognise that the Chief Executive appointed in January 2026 has begun to address some of these issues. She has set out clear expectations of behaviour and has commissioned an independent review of the whistleblowing arrangements. It is too early to judge the effect of these changes.")
p("2.12", C2, "Conclusion", "We conclude that the council is failing to comply with its best value duty in respect of leadership and culture.")

# ---- 3
p("3.1", C3, "The constitution", "The council operates a Leader and Cabinet model of executive arrangements. The constitution was last reviewed in full in 2014 and has been amended piecemeal since. Officers and members were often uncertain which version of a procedure rule applied.")
p("3.2", C3, "Decision-making", "Between April 2024 and March 2026 the council took 86 key decisions. Twenty-seven of these were not published on the Forward Plan with the 28 days’ notice the regulations require, and eleven were taken under the urgency provisions of the constitution.")
p("3.3", C3, "Decision-making", "Nine of the eleven urgent decisions concerned Yarnford Homes Ltd, including a decision in August 2025 to extend a further loan facility of £8.5 million to the company. We were not shown any reason why these decisions could not have waited for a scheduled meeting of Cabinet.")
p("3.4", C3, "Scrutiny", "The Overview and Scrutiny Committee met five times in 2025/26 against a programme of eight meetings. Its work programme was largely made up of items proposed by Cabinet. Three call-ins were requested during the year; all three were ruled out of order by the chair without debate.")
p("3.5", C3, "Scrutiny", "Scrutiny members told us that they seldom received reports in time to prepare. Scrutiny has not been given the resources it needs to function effectively: the council’s only dedicated scrutiny officer post has been vacant since October 2024.")
p("3.6", C3, "Audit and Governance Committee", "The Audit and Governance Committee has no independent member, although CIPFA guidance recommends at least two. Attendance by members averaged 58 per cent in 2025/26, and on two occasions the committee was inquorate.")
p("3.7", C3, "Audit and Governance Committee", "The statements of accounts for 2022/23 and 2023/24 had not been signed off by the external auditor at the time of our inspection. The external auditor made statutory recommendations in October 2025, the first to be made to the council in its history.")
p("3.8", C3, "Internal audit", "Internal audit issued 14 limited or no assurance opinions in 2024/25. Of the 96 actions agreed with management that year, only 38 had been implemented by the agreed date. Follow-up reports were not routinely considered by the committee.")
p("3.9", C3, "The statutory officers", "The Monitoring Officer and the Section 151 Officer told us that they were not always invited to the informal Cabinet briefings at which decisions were, in practice, made. The three statutory officers had met as a group only twice during 2025.")
p("3.10", C3, "The statutory officers", "The council’s own submission stated that governance had been “substantially strengthened” by a decision-making protocol introduced in November 2025. We have read the protocol, but we found little evidence that it had changed practice by the time our fieldwork ended.")
p("3.11", C3, "Member development", "Only 19 of the 63 councillors attended any of the member development sessions offered in 2025/26. The session on the code of conduct was attended by 12 members, none of them from the Cabinet.")
p("3.12", C3, "Conclusion", "We conclude that the council is failing to comply with its best value duty in respect of governance, and that its arrangements for scrutiny and audit are not providing effective challenge.")

# ---- 4
p("4.1", C4, "The revenue budget", "The council’s net revenue budget for 2026/27 is £287.4 million. To balance it, the council relied on £9.8 million of one-off measures, including £6.1 million drawn from reserves.")
p("4.2", C4, "Reserves", "The council’s general fund reserve fell from £18.4 million at 31 March 2022 to £5.9 million at 31 March 2026. Over the same period earmarked reserves fell from £64.7 million to £31.2 million, largely because they were used to balance the budget.")
p("4.3", C4, "Reserves", "Unless the council acts quickly to reduce its spending, we estimate that its remaining usable reserves will be exhausted during 2028/29. The Section 151 Officer’s own forecasts reach the same conclusion.")
p("4.4", C4, "Savings", "Of the £41.6 million of savings approved between 2022/23 and 2025/26, £24.3 million was delivered, 58 per cent of the total. Savings were frequently approved without a delivery plan or a named owner, and undelivered savings were rarely replaced.")
p("4.5", C4, "The medium term financial strategy", "The medium term financial strategy identifies a cumulative budget gap of £52.7 million over the three years to 2029/30. We did not see a credible plan to close it, and the strategy has not been updated since February 2025.")
p("4.6", C4, "The capital programme", "The capital programme for 2025/26 was approved at £148.0 million. Outturn was £79.9 million, an underspend of 46 per cent. Table 1 shows the largest schemes, several of which have been carried forward for three years or more.")
TABLE1 = [
    ["Scheme", "Approved budget (£m)", "Outturn (£m)", "Slippage (£m)"],
    ["Riverside regeneration phase 2", "21.4", "6.3", "15.1"],
    ["Yarnford Homes Ltd loan facility", "18.0", "12.5", "5.5"],
    ["Civic Centre refurbishment", "12.6", "3.1", "9.5"],
    ["Highways maintenance programme", "11.8", "10.9", "0.9"],
    ["Schools condition programme", "9.7", "7.2", "2.5"],
    ["Eastgate transport interchange", "9.2", "1.4", "7.8"],
    ["Leisure centre replacement (Harlow Road)", "8.8", "2.0", "6.8"],
    ["Disabled facilities grants", "6.4", "5.9", "0.5"],
    ["Flood alleviation (Skerne Beck)", "5.9", "1.1", "4.8"],
    ["ICT infrastructure renewal", "5.3", "3.8", "1.5"],
    ["Fleet replacement", "4.9", "4.1", "0.8"],
    ["Market Hall restoration", "4.6", "0.7", "3.9"],
    ["Waste depot relocation", "4.2", "0.6", "3.6"],
    ["Parks and open spaces", "3.1", "2.4", "0.7"],
    ["Library refurbishment programme", "2.8", "1.9", "0.9"],
    ["Cycle network extension", "2.6", "0.8", "1.8"],
    ["Town centre CCTV upgrade", "1.9", "1.7", "0.2"],
    ["Cemetery extension (North Yarnford)", "1.7", "0.3", "1.4"],
    ["Housing renewal grants", "1.5", "1.2", "0.3"],
    ["Other schemes", "11.6", "12.0", "-0.4"],
    ["Total", "148.0", "79.9", "68.1"],
]
p("Table 1", C4, "The capital programme", " ".join(c for r in TABLE1 for c in r), kind="table",
  caption="Table 1: Capital programme 2025/26, approved budget and outturn by scheme", rows=TABLE1)
p("4.7", C4, "Borrowing", "The council’s external borrowing rose from £412 million in March 2021 to £763 million in March 2026, much of it to fund loans to Yarnford Homes Ltd and the purchase of commercial property. Financing costs now absorb 11.8 per cent of the net revenue budget.")
p("4.8", C4, "Borrowing", "Between 2019 and 2021 the council bought three commercial properties outside the city for a total of £96.5 million. Their combined valuation at 31 March 2025 was £58.2 million. We do not suggest that the purchases were unlawful, but we saw no evidence that members were told of the risks before they were made.")
p("4.9", C4, "The finance function", "Twenty-two per cent of posts in the finance team are vacant. Budget managers told us that monitoring reports arrived too late for them to act on. No budget monitoring report was presented to Cabinet between July and December 2025.")
p("4.10", C4, "The finance function", "The council has improved its council tax collection rate, from 91.2 per cent in 2023/24 to 93.1 per cent in 2025/26, and several partners praised the work of the revenues and benefits service.")
p("4.11", C4, "The finance function", "The Leader told us that the council’s financial position was “challenging but under control”. We do not agree. In our view the council’s financial position is precarious, and members have not been given a clear account of the risks it faces.")
p("4.12", C4, "Conclusion", "We conclude that the council is failing to comply with its best value duty in respect of financial management.")

# ---- 5
p("5.1", C5, "Yarnford Homes Ltd", "Yarnford Homes Ltd was established in 2018 to build homes for market and affordable rent. The council is its sole shareholder and has lent it £42.0 million.")
p("5.2", C5, "Yarnford Homes Ltd", "The company has completed 118 homes, against a business plan target of 600 homes by 2025. It has made a loss in each of the last four years, and its losses over that period total £11.3 million.")
p("5.3", C5, "Yarnford Homes Ltd", "The council’s shareholder committee met twice in three years. Two Cabinet members sat on the company’s board while also acting for the council as shareholder, a conflict of interest that officers raised in writing in 2022 and again in 2024.")
p("5.4", C5, "Yarnford Homes Ltd", "We do not suggest that the board members concerned sought or obtained any personal benefit. But the arrangement meant that no one was holding the company to account on the council’s behalf.")
p("5.5", C5, "Procurement", "Between April 2023 and March 2026 officers approved 212 waivers of the council’s contract procedure rules, with a combined value of £27.6 million. Fifty-eight of the waivers were approved retrospectively, after the work had begun.")
p("5.6", C5, "Procurement", "The contract register is incomplete. Of the 40 contracts worth more than £100,000 that we sampled, 13 had no record of how the supplier was chosen, and 9 did not appear on the register at all.")
p("5.7", C5, "Procurement", "Suppliers praised the procurement team for its responsiveness. The team has, however, only four qualified procurement officers for an organisation that spends more than £300 million a year with third parties.")
p("5.8", C5, "Procurement", "One member told us that “everybody knows which firms get the work”. We found no evidence of impropriety in the contracts we examined, but the weakness of the records means that the council could not readily demonstrate that it had obtained value for money.")
p("5.9", C5, "Partnerships", "Partners in health, policing and the voluntary sector spoke warmly of individual officers, but told us that the council had become a less reliable partner. The city’s community safety partnership had not met since June 2025.")
p("5.10", C5, "Conclusion", "We conclude that the council is failing to comply with its best value duty in respect of its use of resources.")

# ---- 6
p("6.1", C6, "The improvement plan", "The council’s improvement plan, agreed in January 2026, contains 143 actions. Only 12 of them have measurable outcomes, and 31 have no named owner.")
p("6.2", C6, "The improvement plan", "We have considered whether the council could make the necessary improvements without intervention. The new Chief Executive has made a promising start, and members of all groups told us that they want things to change.")
p("6.3", C6, "Our assessment", "However, we do not consider that the council has the capacity to improve at the pace required without external support. The scale of the financial risk, the instability of the senior team and the breakdown of political relationships are too great.")
p("6.4", C6, "Our assessment", "We therefore recommend that the Secretary of State use the powers of intervention in the Local Government Act 1999, including the appointment of commissioners with functions relating to finance, governance and the appointment of statutory officers, for a period of at least three years.")
p("6.5", C6, "Our assessment", "We do not recommend that commissioners take over the council’s housing, adult social care or planning functions, which we found to be performing adequately.")

# ---- 7
p("7.1", C7, None, "Our recommendations are set out below. Recommendations R1 to R7 are addressed to the council; recommendation R8 is addressed to the Secretary of State.")
RECS = [
 "The council should, within three months, agree a financial recovery plan that closes the budget gap identified in its medium term financial strategy without further reliance on reserves.",
 "The council should review its constitution in full, with particular attention to key decisions, the urgency provisions and the call-in procedure, and adopt a revised constitution by March 2027.",
 "The council should appoint permanent statutory officers and a permanent corporate leadership team, and reduce its reliance on interim staff.",
 "The council should appoint at least two independent members to the Audit and Governance Committee and ensure that internal audit actions are tracked to completion.",
 "The council should review its whistleblowing policy and ensure that every disclosure is logged, acknowledged and investigated within the timescales the policy sets.",
 "The council should, as shareholder, commission an independent review of Yarnford Homes Ltd and separate the roles of shareholder representative and company director.",
 "The council should strengthen its contract procedure rules, end retrospective waivers and publish a complete contract register.",
 "The Secretary of State should appoint commissioners to exercise functions of the council relating to finance, governance and the appointment of statutory officers.",
]
for i, r in enumerate(RECS, 1):
    p(f"R{i}", C7, None, r, kind="recommendation")
p("7.2", C7, None, "We shared a draft of our factual findings with the council in June 2026 and have taken account of its comments where we considered them justified.")

# ---- Annex A
p("A.1", CA, None, "Our staff survey was open from 23 March to 17 April 2026. It was available online and, for staff without regular access to a computer, on paper. It was anonymous, and the council did not see individual responses.", kind="annex")
p("A.2", CA, None, "We received 1,412 responses from a workforce of around 3,700. Responses were received from every directorate, although the response rate was lowest in environmental services. Table 2 sets out the results for selected questions.", kind="annex")
TABLE2 = [
    ["Statement", "Agree (%)", "Disagree (%)", "Don’t know (%)"],
    ["I would feel safe raising a concern about wrongdoing", "41", "47", "12"],
    ["I have confidence in the council’s senior leadership", "23", "58", "19"],
    ["My line manager treats me with respect", "72", "17", "11"],
    ["I understand the council’s priorities", "44", "39", "17"],
    ["Decisions are made openly", "18", "61", "21"],
    ["I intend to leave the council within the next year", "31", "52", "17"],
]
p("Table 2", CA, None, " ".join(c for r in TABLE2 for c in r), kind="table",
  caption="Table 2: Staff survey, selected results", rows=TABLE2)
p("A.3", CA, None, "We interviewed all three statutory officers, every member of the corporate leadership team, the leaders of all four political groups and 38 other councillors. We also met representatives of the council’s recognised trade unions.", kind="annex")
p("A.4", CA, None, "The documents we reviewed included Cabinet and committee papers from 2022 onwards, the council’s budget and capital strategies, internal audit reports, the external auditor’s reports and correspondence between the council and Yarnford Homes Ltd.", kind="annex")

report = {"title": TITLE, "kind": "report", "file": "report.pdf", "producer": "LibreOffice from python-docx",
          "numbering": "two-level", "page_offset": 0,
          "furniture": ["OFFICIAL", "Page N of M"] + [
              f"{TITLE}  |  " + (f"Chapter {c.split(' ', 1)[0]}: {c.split(' ', 1)[1]}" if c[0].isdigit() else c)
              for c in (ES, C1, C2, C3, C4, C5, C6, C7, CA)],
          "places": P, "footnotes": []}
if __name__ == "__main__":
    import os
    old = {}
    if os.path.exists("report.json"):
        for q in json.load(open("report.json"))["places"]:
            old[q["label"]+"|"+q["text"][:30]] = q["page"]
    for q in P:
        q["page"] = old.get(q["label"]+"|"+q["text"][:30])
    json.dump(report, open("report.json", "w"), ensure_ascii=False, indent=1)
    print(len(P), "places")
