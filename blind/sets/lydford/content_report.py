# -*- coding: utf-8 -*-
"""The words of the Lydford report, written once as data. Running this writes report.json
(pages are filled in afterwards by build.py, from the rendering)."""
import json

TITLE = "Best Value Inspection of Lydford Metropolitan Borough Council"

# (chapter, heading, label, kind, text)
P = []
def ch(title):
    global CH
    CH = title
def para(label, text, heading=None, kind="paragraph"):
    P.append({"label": label, "kind": kind, "chapter": CH, "heading": heading,
              "page": None, "text": text})

ch("Executive summary")
para("executive summary", "We were appointed by the Secretary of State in December 2024 to inspect Lydford Metropolitan Borough Council's compliance with its best value duty. Over eleven weeks we interviewed 94 councillors, officers and partners, observed 17 meetings, read more than 1,400 documents and surveyed the council's staff.", kind="summary")
para("executive summary", "We have concluded that the council is failing to comply with its best value duty. The failures we found are not confined to one service or one decision. They lie in how the council is led, how decisions are taken and challenged, and in a financial position that has been allowed to deteriorate for at least four years while members were told that it was under control.", kind="summary")
para("executive summary", "We do not consider that the council is able to deliver the necessary improvement without external support. We therefore recommend that the Secretary of State exercises her powers of intervention, and we set out ten recommendations in Chapter 8 which, in our view, the council and any commissioners should address together.", kind="summary")

ch("1 Introduction and context")
para("1.1", "Lydford is a metropolitan borough in the West Midlands with a population of around 331,000. It is governed by 72 councillors representing 24 wards. The council has operated a Leader and Cabinet model since 2001 and the same party has held a majority throughout that period, most recently with 49 of the 72 seats following the elections of May 2024.", "The borough")
para("1.2", "The borough has pockets of deep deprivation alongside more affluent suburbs to the south and west. Eleven of its neighbourhoods fall within the most deprived ten per cent nationally. Demand for adult social care, children's services and temporary accommodation has risen sharply since 2021, as it has in many comparable authorities.", "The borough")
para("1.3", "The Secretary of State directed this inspection under section 10 of the Local Government Act 1999 following concerns raised by the council's external auditor, whose Auditor's Annual Report for 2023/24 made three statutory recommendations, and by the council's own statutory officers about the council's financial resilience and the governance of its wholly owned regeneration company, Lydford Futures Ltd.", "The inspection")
para("1.4", "Our terms of reference asked us to consider the council's leadership, governance, financial management, scrutiny, procurement and the oversight of its companies, and to report on whether the council is complying with its best value duty. Our methodology is described in the Annex.", "The inspection")
para("1.5", "We are grateful to the many members, officers and partners who gave their time. The council provided the documents we asked for promptly, and the Chief Executive and statutory officers were open with us about the difficulties the council faces. Nothing in this report should be read as a criticism of the many frontline staff who told us they remain committed to the borough.", "The inspection")
para("1.6", "The council's own submission to us stated that Lydford has \u201ca strong and stable political leadership with a clear vision for the borough\u201d. We do not doubt the stability. Whether that leadership has been used to secure continuous improvement is the question this report addresses.", "The inspection")

ch("2 Leadership and culture")
para("2.1", "The Leader has held office since 2015 and is a dominant figure in the council. Many members and officers spoke of her commitment to the borough and her knowledge of it. However, we found that the concentration of influence in the Leader's office has weakened the roles of Cabinet, of scrutiny and of the statutory officers.", "Political leadership")
para("2.2", "Several officers told us that significant decisions are settled informally before reports are written. One officer told us that \u201cdecisions are made in the Leader's office and then dressed up for Cabinet\u201d. We were not able to verify every account of this kind, but we heard it from enough people, independently of one another, to consider it a fair description of how the council has often worked.", "Political leadership")
para("2.3", "The Leader told us that the council had \u201cturned a corner\u201d in the last twelve months and that the concerns raised by the auditor related to decisions made in a different economic climate. We do not share that view. The most serious financial decisions we examined were taken between 2021 and 2024, and the weaknesses that allowed them to be taken remain in place.", "Political leadership")
para("2.4", "Relationships between the majority group and the opposition groups are poor. Opposition members described being excluded from briefings and receiving papers late. We observed meetings at which questions were answered with personal remarks rather than information. We do not suggest that this behaviour is confined to one group, but the majority group sets the tone of the chamber and has not done enough to improve it.", "Political leadership")
para("2.5", "Between April 2021 and December 2024 the council had four Chief Executives, two of them interim, and three Section 151 Officers. At the time of our fieldwork 15 of the council's 38 most senior posts were filled by interim or agency staff. Members and officers alike described a \u201crevolving door\u201d at the top of the organisation.", "Officer leadership")
para("2.6", "The current Chief Executive, appointed permanently in September 2024, has begun to address these weaknesses. She commissioned an independent review of the council's financial position and has reported its findings openly to members. We consider this a welcome start, but it is a start only, and the improvement will not hold unless it has the visible support of the political leadership.", "Officer leadership")
para("2.7", "The statutory officers have not always been able to give frank advice, or have not had it heeded. The Monitoring Officer's advice on the handling of the Lydford Futures loans in 2022 was not included in the Cabinet report, and members were not told that it had been given. The Section 151 Officer's warnings in the 2023/24 budget report were softened between drafts at the request of the Leader's office.", "Statutory officers")
para("2.8", "We do not suggest that any member acted unlawfully. But the effect of these practices was that Cabinet took decisions without all the advice that the council's own statutory officers considered it needed.", "Statutory officers")
para("2.9", "The council's staff survey, conducted at our request in February 2025, received 1,212 responses from the 4,380 staff invited, a response rate of 28%. The results, summarised in Table 1, show a workforce that is committed to its services but has little confidence in the council's leadership.", "Staff survey")
para("2.10", "Only 31% of respondents agreed that senior leaders act with integrity, and 47% said that they would not feel safe raising a concern about wrongdoing. More than half (54%) of those who had raised a concern in the last two years said that nothing had happened as a result.", "Staff survey")
para("2.11", "Thirty-eight per cent of respondents said they had experienced or witnessed bullying or harassment at work in the last year. Staff in the council's corporate and regeneration directorates were the most likely to report it. We were told of members contacting junior officers directly to challenge their advice, sometimes late in the evening.", "Culture")
para("2.12", "The council adopted a revised Member Code of Conduct in 2022 but its standards arrangements are weak. Of 37 complaints about members received since 2022, only two were referred for investigation, and none had been concluded at the time of our fieldwork.", "Culture")

ch("3 Governance and decision-making")
para("3.1", "The council's constitution is broadly fit for purpose on paper, but it has not been followed consistently. Members and officers told us that the constitution was treated as a guide rather than a set of rules, particularly where a decision was thought to be urgent.", "The constitution")
para("3.2", "In 2024/25 eleven of the 26 reports considered by Cabinet were added to the agenda as urgent items, and seven key decisions were taken without appearing on the Forward Plan. We found no evidence that the urgency in most of these cases arose from events that could not have been foreseen.", "Key decisions")
para("3.3", "The quality of reports to Cabinet is variable. Several of those we read did not set out the options considered, the risks, or the financial implications in a form that a member without specialist knowledge could follow. The financial implications of the 2023 decision to extend the Lydford Futures loan facility ran to a single paragraph.", "Key decisions")
para("3.4", "The council has delegated an unusually wide range of decisions to individual Cabinet members. In 2024/25, 212 decisions were taken by individual Cabinet members, compared with 94 in 2020/21. Records of many of these decisions do not explain the reasons for them or the alternatives that were considered.", "Delegated decisions")
para("3.5", "We do not consider the council's risk management arrangements to be effective. The corporate risk register was not reported to members between March 2023 and October 2024, and when it was reported it did not include the risk of the council being unable to set a balanced budget.", "Risk management")
para("3.6", "The council has a Corporate Plan, \u201cLydford Rising 2022-2027\u201d, with eight priorities and 64 performance measures. Officers told us that performance against the plan was last reported in full to Cabinet in 2023. Without regular reporting members cannot know whether the council's priorities are being delivered.", "Performance management")
para("3.7", "Information governance is weak. The council responded to 61% of Freedom of Information requests within the statutory 20 working days in 2024/25, against a national expectation of 90%. The Information Commissioner's Office has written to the council twice since 2023 about its performance.", "Performance management")
para("3.8", "Member development has been limited. Only 19 of the 72 councillors attended the induction sessions on finance offered after the 2024 elections, and there is no mandatory training for members of the Cabinet, the Audit and Governance Committee or the Planning Committee beyond the minimum required by the constitution.", "Member development")

ch("4 Financial management")
para("4.1", "The council's financial position is serious. The general fund reserve fell from \u00a338.6 million at 31 March 2021 to \u00a311.9 million at 31 March 2025. Earmarked reserves fell over the same period from \u00a371.2 million to \u00a329.4 million, of which only \u00a38.3 million is, in the Section 151 Officer's view, genuinely available.", "Reserves")
para("4.2", "The reserves have been used to balance successive budgets rather than to fund one-off investment. In three of the last four years the council set a budget that relied on the use of reserves while reporting to members that the budget was sustainable.", "Reserves")
para("4.3", "The council's medium term financial strategy, approved in February 2025, identifies a budget gap of \u00a327.4 million in 2026/27 and a cumulative gap of \u00a364.1 million by 2028/29. The savings identified to meet it amount to \u00a316.2 million, of which officers consider \u00a35.9 million to be at high risk of non-delivery.", "Medium term financial strategy")
para("4.4", "In January 2025 the council asked the government for exceptional financial support in the form of a capitalisation direction of \u00a319.5 million for 2025/26. We do not criticise the council for making that request, which was prudent in the circumstances, but it is a measure of how far the council's finances have been allowed to deteriorate.", "Exceptional financial support")
para("4.5", "Overspending in children's services and temporary accommodation has driven much of the recent pressure. The children's services placements budget was overspent by \u00a39.8 million in 2023/24 and by \u00a312.6 million in 2024/25. The net cost of temporary accommodation rose from \u00a34.1 million in 2021/22 to \u00a311.7 million in 2024/25.", "Budget pressures")
para("4.6", "Spending on agency and interim staff nearly doubled, from \u00a311.8 million in 2021/22 to \u00a322.6 million in 2024/25. Some of this reflects a national shortage of social workers, but a significant part relates to senior and corporate roles that the council has been unable to fill permanently.", "Budget pressures")
para("4.7", "Budget monitoring reports to Cabinet have been late and optimistic. The quarter two forecast for 2023/24 showed an overspend of \u00a34.2 million; the outturn was an overspend of \u00a316.9 million. We were told that forecasts were revised at the request of members before publication. We have seen emails that support that account.", "Budget monitoring")
para("4.8", "The finance function has not been given the resources it needs. Twenty-three of its 71 posts were vacant or filled by agency staff at the time of our fieldwork, and the statements of accounts for 2022/23 and 2023/24 have not been signed off by the external auditor.", "The finance function")
para("4.9", "The council's capital programme for 2025/26 to 2028/29 totals \u00a3412 million, of which \u00a3198 million is to be funded by borrowing. The revenue cost of that borrowing has not, in our view, been adequately reflected in the medium term financial strategy, and the programme has not been reviewed since the capitalisation request was made.", "Capital and borrowing")
para("4.10", "We recognise that the council has taken some difficult decisions in its 2025/26 budget, including a review of discretionary services and a recruitment freeze outside frontline posts. The council was praised by the external auditor in 2025 for the improved transparency of its latest budget report, and we agree that it was a clearer document than its predecessors.", "Recent action")
para("4.11", "Table 2 shows the movement in the council's reserves over the period we examined. It shows that, unless the council acts quickly to reduce its spending, it will exhaust its available reserves during 2026/27.", "Recent action")

ch("5 Scrutiny and audit")
para("5.1", "Scrutiny in Lydford is not effective. The Overview and Scrutiny Management Board met five times in 2024/25 and considered only two items of pre-decision scrutiny. Of the 43 key decisions taken in that year, three were called in, and none of the call-ins resulted in the decision being reconsidered.", "Overview and scrutiny")
para("5.2", "Scrutiny chairs are appointed from the majority group, and several members told us that they were discouraged from challenging Cabinet colleagues in public. One scrutiny chair told us: \u201cYou don't get far in this group by asking awkward questions.\u201d", "Overview and scrutiny")
para("5.3", "The Audit and Governance Committee has not provided the independent assurance that members and the public are entitled to expect. It has no independent member, despite a recommendation from the external auditor in 2023 that one be appointed, and its meetings were inquorate twice in 2024.", "Audit and Governance Committee")
para("5.4", "The committee received the external auditor's statutory recommendations in November 2024 but did not discuss them in detail until February 2025. Members of the committee told us that they had not understood the significance of the recommendations when they were first reported.", "Audit and Governance Committee")
para("5.5", "Internal audit is under-resourced. The internal audit plan for 2024/25 provided for 620 audit days, compared with 1,150 days in 2020/21, and only 58% of the plan had been delivered by the end of the year. The Head of Internal Audit gave a limited opinion on the council's framework of governance, risk management and control for 2023/24.", "Internal audit")
para("5.6", "Of the 41 high priority internal audit recommendations made since April 2022, 17 had not been implemented by their agreed date. Management responses to audit reports were often late, and in two cases were not provided at all.", "Internal audit")
para("5.7", "We were told that the Audit and Governance Committee is now more active, and we observed a well-chaired meeting in March 2025. We welcome this, but the committee will need training, an independent member and the support of a properly resourced internal audit service if it is to play its full part.", "Internal audit")

ch("6 Procurement and the council's companies")
para("6.1", "The council's contract procedure rules allow a chief officer to waive the requirement to seek competitive quotations or tenders in limited circumstances. We found that waivers have become routine. The number of waivers rose from 71 in 2021/22 to 214 in 2023/24, with a combined value of \u00a318.7 million in 2023/24.", "Waivers")
para("6.2", "Many of the waivers we examined cited urgency or the absence of alternative suppliers without evidence of either. In a sample of 40 waivers, 26 did not record any market testing, and nine were for contracts that had previously been awarded to the same supplier by waiver.", "Waivers")
para("6.3", "The council does not have a contracts register that meets the requirements of the Local Government Transparency Code, and it could not tell us with confidence how many contracts it holds or their value. The procurement team has four staff for a council with annual third-party spend of around \u00a3390 million.", "Procurement capacity")
para("6.4", "Lydford Futures Ltd was established in 2018 to deliver regeneration schemes in the town centre and the canal corridor. The council is its sole shareholder and its principal lender. By March 2025 the council had lent the company \u00a346.3 million, and it has impaired \u00a321.8 million of that sum in its accounts.", "Lydford Futures Ltd")
para("6.5", "The company's business plan has not been approved by the council as shareholder since 2021. Its board included two Cabinet members until 2024, and the Shareholder Committee that the council established in 2019 met only once in 2023.", "Lydford Futures Ltd")
para("6.6", "The decision in 2023 to extend the company's loan facility by \u00a314 million was taken by Cabinet as an urgent item, on a report that did not include the independent valuation the council had commissioned. That valuation, which we have seen, put the value of the company's principal asset at less than half the figure given to members.", "Lydford Futures Ltd")
para("6.7", "We do not suggest that the company's directors acted in bad faith. However, the council did not exercise the oversight of its company that a prudent shareholder would, and members were not given the information they needed to understand the risk to the council's finances.", "Lydford Futures Ltd")
para("6.8", "The council has now commissioned an independent review of the company's future, and the Chief Executive has proposed that it be wound down in an orderly way. We support that work, and it must be completed before any further lending is agreed.", "Lydford Futures Ltd")

ch("7 Services to residents")
para("7.1", "Our inspection was not an inspection of services, but we considered housing and children's services because of their significance to the council's finances and to residents. Ofsted judged the council's children's services to require improvement to be good in 2023, and we did not seek to repeat that work.", "Scope")
para("7.2", "The council owns and manages around 19,800 homes. At the end of December 2024 there were 6,140 outstanding repairs, of which 2,610 related to damp and mould. The average time to complete a non-emergency repair was 71 days, against the council's own target of 28 days.", "Housing")
para("7.3", "The Regulator of Social Housing issued a regulatory notice in 2024 finding that the council had failed to meet the Safety and Quality Standard. Tenants told us they had reported the same problem several times without a response. One tenant representative said the council \u201conly answers when the councillor phones\u201d.", "Housing")
para("7.4", "The Local Government and Social Care Ombudsman upheld 81% of the complaints about the council that it investigated in 2023/24, compared with an average of 74% for similar authorities. The council's own complaints procedure had a backlog of 412 cases at the end of 2024.", "Complaints")
para("7.5", "We heard from partners in the health service, the police and the voluntary sector who value their relationships with individual officers but find the council slow to make decisions. One partner told us the council was \u201ca good partner to work with once you find the right person\u201d.", "Partnerships")
para("7.6", "We do not consider that the problems in housing repairs can be solved within the housing service alone. They reflect the same weaknesses in performance management, procurement and oversight that we have described in earlier chapters.", "Housing")

ch("8 Conclusions and recommendations")
para("8.1", "The council is failing to comply with its best value duty. It has not secured continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness, and its governance and financial management fall well short of what the law requires.", "Conclusion")
para("8.2", "We have found a council with committed staff and some capable officers, but whose leadership has not recognised the scale of its difficulties or allowed the council's own safeguards to work. We do not consider that the council has the capacity or the political will to recover on its own within a reasonable time.", "Conclusion")
para("8.3", "We therefore recommend that the Secretary of State appoints commissioners with powers over the council's finance, governance and the functions associated with the appointment of senior officers, for a period of at least three years, and that the council is required to prepare an improvement and recovery plan within six months.", "Conclusion")
para("8.4", "We make the following recommendations to the council. They should be read together, and they should form the basis of the improvement and recovery plan.", "Recommendations")

R = [
 ("R1", "The council should prepare and adopt, within six months, an improvement and recovery plan that addresses each of the failures identified in this report, with clear milestones and regular reporting to full Council."),
 ("R2", "The council should set a balanced and sustainable budget for 2026/27 that does not rely on the use of reserves, and should rebuild its general fund reserve to at least \u00a320 million over the period of the medium term financial strategy."),
 ("R3", "The Leader and Cabinet should ensure that the statutory officers' advice is included in full in the reports on which decisions are taken, and that members are told when such advice has been given."),
 ("R4", "The council should review its constitution, including the use of urgency provisions and decisions by individual Cabinet members, and ensure that key decisions appear on the Forward Plan."),
 ("R5", "The council should strengthen scrutiny, including by considering the appointment of a scrutiny chair from outside the majority group, and by adopting a programme of pre-decision scrutiny."),
 ("R6", "The Audit and Governance Committee should appoint at least one independent member, and the council should restore internal audit to a level of resource that allows the Head of Internal Audit to give an opinion on a full plan."),
 ("R7", "The council should reduce its reliance on interim and agency staff at senior level and make permanent appointments to its statutory and director posts within twelve months."),
 ("R8", "The council should revise its contract procedure rules, restrict the use of waivers, publish a complete contracts register and report all waivers quarterly to the Audit and Governance Committee."),
 ("R9", "The council should complete the review of Lydford Futures Ltd, agree no further lending until it is complete, and put in place shareholder arrangements that meet recognised good practice."),
 ("R10", "The council should address the culture of the organisation, including by adopting a members' and officers' protocol, improving its arrangements for raising concerns and acting on the results of the staff survey."),
]
for label, text in R:
    para(label, text, "Recommendations", kind="recommendation")

ch("Annex: Methodology")
A = [
 ("A1", "The inspection was carried out between 6 January and 21 March 2025 by a team of two inspectors, supported by a finance adviser and a governance adviser."),
 ("A2", "We held 94 interviews and focus groups with councillors, officers, partners and tenant representatives. All interviews were held on the understanding that we would not attribute comments to named individuals."),
 ("A3", "We observed 17 meetings, including meetings of full Council, Cabinet, the Overview and Scrutiny Management Board and the Audit and Governance Committee."),
 ("A4", "We reviewed more than 1,400 documents, including reports, minutes, emails, budget papers, audit reports and the records of delegated decisions from April 2020 to December 2024."),
 ("A5", "At our request the council ran a survey of all staff in February 2025. It was hosted independently and was anonymous. The council also invited all 72 councillors to complete a short survey, to which 41 responded."),
 ("A6", "We shared a draft of the factual content of this report with the Chief Executive so that factual errors could be corrected. The conclusions are ours alone."),
]
CH = "Annex: Methodology"
for label, text in A:
    para(label, text, None, kind="annex")

TABLE1 = [
    ["Statement", "Agree", "Neither", "Disagree"],
    ["I am proud to work for the council", "64%", "21%", "15%"],
    ["I understand how my work contributes to the council's priorities", "71%", "17%", "12%"],
    ["My line manager supports me", "69%", "16%", "15%"],
    ["Senior leaders act with integrity", "31%", "29%", "40%"],
    ["Senior leaders communicate well with staff", "27%", "30%", "43%"],
    ["Councillors treat officers with respect", "35%", "32%", "33%"],
    ["I would feel safe raising a concern about wrongdoing", "33%", "20%", "47%"],
    ["When concerns are raised, action is taken", "22%", "34%", "44%"],
    ["I have the resources I need to do my job", "38%", "22%", "40%"],
    ["Workloads in my team are manageable", "34%", "21%", "45%"],
    ["Decisions in the council are made openly", "19%", "31%", "50%"],
    ["I believe the council will change for the better", "29%", "33%", "38%"],
    ["I intend to be working for the council in two years", "52%", "26%", "22%"],
]
TABLE2 = [
    ["31 March", "General fund", "Earmarked", "Used in year"],
    ["2021", "\u00a338.6m", "\u00a371.2m", "\u00a33.1m"],
    ["2022", "\u00a333.0m", "\u00a362.5m", "\u00a314.3m"],
    ["2023", "\u00a324.4m", "\u00a351.8m", "\u00a319.3m"],
    ["2024", "\u00a317.2m", "\u00a338.0m", "\u00a321.0m"],
    ["2025", "\u00a311.9m", "\u00a329.4m", "\u00a314.1m"],
    ["2026 (forecast)", "\u00a34.6m", "\u00a321.1m", "\u00a315.6m"],
]
def table_place(label, chapter, heading, rows):
    return {"label": label, "kind": "table", "chapter": chapter, "heading": heading, "page": None,
            "text": " ".join(" ".join(r) for r in rows)}

FOOTNOTES = [
    # (number, after-place, anchor words (footnote call goes after them), text)
    (1, "1.3", "statutory recommendations", "Recommendations made under section 24 and schedule 7 of the Local Audit and Accountability Act 2014."),
    (2, "2.9", "response rate of 28%", "The survey was open from 3 to 21 February 2025. Percentages are rounded and exclude those who did not answer a question."),
    (3, "4.1", "genuinely available", "Section 151 Officer's report to Cabinet on the robustness of estimates and adequacy of reserves, February 2025."),
    (4, "4.4", "\u00a319.5 million for 2025/26", "The government agreed in principle to a capitalisation direction of up to \u00a319.5 million in February 2025, subject to this inspection."),
    (5, "6.1", "214 in 2023/24", "Figures from the council's waiver log. The council told us the log may be incomplete for 2021/22."),
    (6, "7.4", "similar authorities", "Local Government and Social Care Ombudsman, annual review letter to the council, 2024."),
]

if __name__ == "__main__":
    places = []
    for p in P:
        places.append(p)
        if p["label"] == "2.10":
            places.append(table_place("Table 1", "2 Leadership and culture", "Staff survey", TABLE1))
        if p["label"] == "4.11":
            places.append(table_place("Table 2", "4 Financial management", "Recent action", TABLE2))
    data = {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "groff -mm -t (GNU groff 1.22.4), PostScript via ps2pdf",
            "numbering": "two-level", "page_offset": 0,
            "furniture": ["Lydford MBC Best Value Inspection", "<chapter title>", "- N -", "OFFICIAL"],
            "places": places,
            "footnotes": [{"number": n, "page": None, "text": t} for n, _, _, t in FOOTNOTES]}
    json.dump(data, open("report.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(places), "places")
