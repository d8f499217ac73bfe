# -*- coding: utf-8 -*-
"""The report's words. build.py renders them; make_json.py writes report.json from them.
Footnote calls are written {1}, {2} ... inside a paragraph; they are not part of the place's text."""

TITLE = "Best Value Inspection of Kingsmere District Council"
SHORT = "Kingsmere District Council: Best Value Inspection"
DATE = "September 2024"

FOREWORD = None

CHAPTERS = [
 ("1", "Executive summary", [
  (None, [
   "This report sets out the findings of the Best Value inspection of Kingsmere District Council, commissioned by the Secretary of State under section 10 of the Local Government Act 1999 on 22 February 2024.{1} Our fieldwork took place between 4 March and 26 April 2024.",
   "We have concluded that the council is failing to comply with its Best Value duty. The failings we found are not confined to one service or one decision. They run through the council’s leadership, its governance, its culture and, most seriously, its management of money.",
   "Since 2017 the council has borrowed £187 million, almost all of it to buy commercial property and to lend to its wholly owned company, Kingsmere Regeneration Limited. The council’s net revenue budget in 2024/25 is £17.8 million. Its debt is therefore more than ten times the size of its annual budget.",
   "The general fund reserve fell from £14.2 million at 31 March 2019 to £6.1 million at 31 March 2024. On the council’s own figures it will fall to £2.3 million by March 2026. Unless the council takes decisive action, we consider that it is likely to need to issue a section 114 notice within the next 18 months.",
   "We found a culture in which challenge is not welcomed. In the staff survey we commissioned, 47% of respondents said they would not feel safe raising a concern about the way the council is run, and 31% said they had witnessed bullying or harassment in the last 12 months.",
   "Relationships between the political groups are poor and, at times, hostile. Complaints to the Monitoring Officer about councillors’ conduct rose from 9 in 2021/22 to 38 in 2023/24.",
   "Scrutiny has not worked as a check on the executive. No decision of the Cabinet has been called in since May 2021, although several decisions with large financial consequences were taken in that period.",
   "We do not suggest that any individual member or officer has acted dishonestly. We found no evidence of personal gain. The failings we describe are failings of governance, of judgement and of grip.",
   "There is much that is good at Kingsmere. Frontline staff are committed and the waste and recycling service is well regarded by residents. But we do not consider that the council has the capacity to make the changes it needs without sustained external support.",
   "We make eight recommendations (Recommendations A to H in chapter 10). We recommend that the Secretary of State exercises his powers of intervention and appoints commissioners with functions covering finance, governance and the council’s commercial activity.",
  ]),
 ], ["Letter of appointment from the Secretary of State to the Lead Inspector, 22 February 2024."]),
 ("2", "Introduction and scope", [
  ("The inspection", [
   "The inspection team comprised a Lead Inspector, a former local authority chief executive; an Assistant Inspector with a background in local government finance; and an Assistant Inspector with experience of governance and standards. The team was supported by officials of the Ministry of Housing, Communities and Local Government.",
   "Our terms of reference asked us to consider the council’s compliance with the Best Value duty in respect of governance, leadership, culture, financial management, scrutiny, and the council’s commercial and regeneration activity.{2}",
   "We held 96 interviews with members, officers and partners, and 14 focus groups with staff. We read more than 1,400 documents, observed meetings of Full Council, Cabinet, the Overview and Scrutiny Committee and the Audit and Governance Committee, and commissioned a survey of staff and of members.",
  ]),
  ("The council", [
   "Kingsmere District Council serves a population of around 118,000 in a largely rural district with two market towns and the coastal town of Kingsmere itself. The council has 43 members. Following the elections of May 2023 no group holds an overall majority, and the council is run by a minority Cabinet drawn from the Independent Alliance group.",
   "The council employs around 1,050 staff. At the time of our fieldwork 23% of established posts were filled by interim or agency staff, including three of the six posts at director level.",
   "The council has had four chief executives, two of them interim, in the last five years, and three Section 151 officers in the last two years. The current Chief Executive took up post in January 2024.",
  ]),
  ("Our approach", [
   "We are grateful to members, officers and partners for their cooperation. Almost everyone we approached agreed to speak to us. Where we quote people we do not name them, and we have been careful to test what we were told against the documents.",
  ]),
 ], ["The full terms of reference are published on GOV.UK alongside this report."]),
 ("3", "Leadership and governance", [
  ("Political leadership", [
   "The Leader of the council has held the post since May 2019. Members of all groups described the Leader to us as energetic and committed to the district. Several also described a style of leadership that allows little room for disagreement.",
   "The Leader told us that the council’s finances were “robust and well understood” and that the inspection had been “driven by a small number of disaffected members”. We do not share that assessment.",
   "Cabinet members told us that they had not been shown the detailed business cases for a number of the largest commercial acquisitions before they were asked to approve them. One Cabinet member told us that “we were asked to sign things off in the room”.",
   "We found that significant decisions were frequently taken by the Leader and a small number of senior officers outside the formal decision-making process, and then brought to Cabinet for approval. One officer told us that “decisions are made in the car park, not the chamber”.",
  ]),
  ("Officer leadership", [
   "The turnover among senior officers has left the council without a settled leadership team. Of the 11 posts on the Corporate Leadership Team in January 2022, only two were held by the same person in April 2024.",
   "The current Chief Executive has made a positive start. Staff and members told us that she is visible, approachable and willing to hear difficult messages. But she has been in post for only a short time and does not yet have a permanent team around her.",
   "We are concerned that the statutory officers have not been able to carry out their roles effectively. The Monitoring Officer told us that her advice had on occasion been “overruled or simply not sought”. We found two occasions in 2023 when reports to Cabinet did not include the comments of the Section 151 officer, contrary to the council’s own procedure rules.",
  ]),
  ("The constitution and decision-making", [
   "The council’s constitution was last reviewed in 2016. It does not reflect the council’s current structure or the scale of its commercial activity. The scheme of delegation allows officers to take decisions up to £5 million without reference to members, a threshold well above that of comparable district councils.",
   "Between April 2021 and March 2024, 27 key decisions were taken by officers under delegated powers. Eleven of those decisions related to the purchase or refinancing of commercial property, with a combined value of £41.6 million.",
   "The forward plan of key decisions is often incomplete. We identified 9 key decisions in 2023/24 that did not appear on the forward plan at least 28 days before they were taken, and in three cases the general exception procedure was not followed.",
   "Decision records are of variable quality. Many do not set out the options that were considered, the risks, or the reasons for the decision. This makes it difficult for members, auditors or the public to understand why decisions were taken.",
  ]),
  ("The council’s response", [
   "The council’s own submission to the inspection stated that “governance arrangements are fit for purpose and have been strengthened since 2023”. We acknowledge that a new constitution is in preparation and that the Chief Executive has commissioned a review of the scheme of delegation. However, neither had been completed at the time of our fieldwork.",
   "We consider that the council’s governance arrangements do not provide adequate control over decisions of the scale the council now takes. This is a failure of the Best Value duty.",
  ]),
 ], []),
 ("4", "Culture", [
  ("The staff survey", [
   "We commissioned an anonymous survey of all council staff, which ran from 11 to 29 March 2024. We received 612 responses, a response rate of 58%. The main results are set out in Table 1.",
   "The results are among the most concerning we have seen. Fewer than a quarter of respondents (22%) agreed that senior leaders listen to staff, and only 35% said they had confidence in the decisions of senior management.",
   "Nearly half of respondents (47%) said they would not feel safe raising a concern about the way the council is run. In free-text comments, respondents repeatedly referred to fear of being “singled out” and to colleagues who had left after raising issues.",
   "Almost a third of respondents (31%) said they had witnessed bullying or harassment at work in the last 12 months. Of these, 62% said the behaviour involved a councillor.{3} We do not suggest that every such report would be upheld if investigated, but the scale of the response cannot be dismissed.",
  ]),
  ("Relationships between members and officers", [
   "Many officers told us that they felt exposed to criticism by members in public meetings and on social media. We observed one meeting of Full Council at which a named junior officer was criticised by a member in terms that we considered inappropriate. The chair did not intervene.",
   "The member-officer protocol has not been updated since 2015, and we found that it is not widely known. Fewer than half of the members who responded to our survey said they had read it.",
   "Some members told us that officers are “risk-averse” and “obstructive”. We recognise that members are entitled to challenge officers. However, we found no evidence that officers had obstructed members; the examples we were given were of officers giving advice that members did not want to hear.",
  ]),
  ("Relationships between members", [
   "We surveyed all 43 members and received 29 responses. Eighteen of the 29 respondents described relationships between the political groups as poor or very poor.",
   "Complaints to the Monitoring Officer about member conduct rose from 9 in 2021/22 to 21 in 2022/23 and to 38 in 2023/24. Most related to conduct at meetings or on social media. The Standards Committee has a backlog of 14 complaints, some more than a year old.",
   "We observed a culture of briefing and counter-briefing between the groups, including the circulation of confidential papers to the local press. We do not consider that any group is blameless.",
   "The Leader told us that the opposition groups had “made the council ungovernable”. Opposition members told us that they were excluded from information that they needed to do their jobs. We found some truth in both accounts.",
  ]),
  ("Workforce", [
   "Sickness absence averaged 11.4 days per full-time equivalent employee in 2023/24, against 8.2 days in 2020/21. Staff turnover was 19% in 2023/24.",
   "The council’s reliance on agency and interim staff is costly. Spending on agency staff was £4.9 million in 2023/24, compared with £1.8 million in 2020/21.",
   "Despite these pressures, we met many committed and capable staff, particularly in frontline services, who spoke with pride about their work for residents. Their goodwill is an asset the council has not always valued.",
  ]),
 ], ["Respondents could choose more than one answer. The question asked about the behaviour of “a councillor, a manager or a colleague”."]),
 ("5", "Financial management", [
  ("The council’s financial position", [
   "The council’s net revenue budget for 2024/25 is £17.8 million. Its total external borrowing at 31 March 2024 was £187 million, of which £148.6 million was borrowed to acquire commercial property and £38.4 million was lent to Kingsmere Regeneration Limited.",
   "The council’s commercial strategy, adopted in 2017, was intended to generate income to protect services from reductions in government funding. In its early years it did so. Net income from commercial property peaked at £9.6 million in 2021/22.",
   "Since then income has fallen. Net commercial income was £6.9 million in 2023/24, as tenants left and rents were renegotiated. Two of the council’s largest properties, the Larkfield Retail Park and the former Deane House office building, were partly vacant at the time of our fieldwork.",
   "At the same time the cost of the council’s borrowing has risen. Interest payable rose from £4.1 million in 2021/22 to £7.3 million in 2023/24, as short-term loans were refinanced at higher rates.",
  ]),
  ("Reserves", [
   "The general fund reserve fell from £14.2 million at 31 March 2019 to £6.1 million at 31 March 2024.{4} The council has used reserves to balance its budget in each of the last four years.",
   "The medium-term financial strategy approved in February 2024 forecasts that the general fund reserve will fall to £2.3 million by March 2026. That is below the minimum level of £3 million that the Section 151 officer has advised the council to hold.",
   "The medium-term financial strategy identifies a budget gap of £4.6 million in 2025/26, rising to £6.2 million in 2026/27. Savings plans to close this gap had not been identified at the time of our fieldwork.",
   "Unless the council takes decisive action, we consider that it is likely to need to issue a section 114 notice within the next 18 months. We do not say that a section 114 notice is inevitable. But the council has little time left in which to avoid one.",
  ]),
  ("Financial reporting and audit", [
   "The council’s statement of accounts for 2022/23 has not been signed off. The external auditor told us that the valuation of the council’s commercial property portfolio and of its loans to Kingsmere Regeneration Limited had not been adequately evidenced.",
   "In its annual report for 2022/23 the external auditor identified a significant weakness in the council’s arrangements for financial sustainability and made a statutory recommendation under Schedule 7 of the Local Audit and Accountability Act 2014.{5}",
   "Budget monitoring reports to Cabinet have not given members a clear picture of the risks. In 2023/24 the quarter two report forecast a balanced outturn; the final outturn was an overspend of £2.2 million, met from reserves.",
   "The finance team is under considerable strain. It has lost experienced staff and has relied on interims. We found the current Section 151 officer to be capable and candid, but the team does not yet have the capacity to support the recovery the council needs.",
  ]),
  ("Commercial investments", [
   "Table 2 lists the council’s principal commercial investments and loans since 2017. More than 60% of the value of the portfolio was acquired outside the district.",
   "We found that due diligence on several acquisitions was limited. In at least four cases the council relied on valuations commissioned by the seller. In two cases the business case presented to Cabinet assumed occupancy levels that were higher than those achieved at the time.",
   "We recognise that many councils invested in commercial property during this period and that the rules governing such borrowing were changed in 2020. The council’s acquisitions were not unlawful when they were made. The question for Best Value is whether the council has managed the risks it took on. We have concluded that it has not.",
  ]),
 ], ["Figures are taken from the council’s audited and draft accounts and from the medium-term financial strategy approved on 27 February 2024.",
      "The auditor’s statutory recommendation was considered by Full Council on 19 December 2023."]),
 ("6", "Scrutiny and decision-making", [
  ("Overview and scrutiny", [
   "The Overview and Scrutiny Committee met five times in 2023/24. Its work programme is largely made up of reports for noting. It has not examined the council’s commercial strategy or the performance of Kingsmere Regeneration Limited since 2020.",
   "No Cabinet decision has been called in since May 2021. Members of all groups told us that the call-in process is poorly understood, and some said they had been discouraged from using it.",
   "The committee is chaired by a member of the largest opposition group. The chair told us that information requested by the committee was often provided late or not at all. We saw correspondence that supported this account.",
   "We were told by several members that scrutiny was seen as “an opposition talking shop”. We do not agree. Effective scrutiny is in the interest of the whole council, and of the Cabinet in particular.",
  ]),
  ("Audit and Governance Committee", [
   "The Audit and Governance Committee has no independent member, contrary to CIPFA guidance. Attendance at its meetings in 2023/24 averaged 64%.",
   "The committee received the external auditor’s findings in 2023 but did not follow up on the actions agreed. We found that 17 of the 25 internal audit recommendations classed as high priority in 2022/23 had not been implemented by April 2024.",
  ]),
  ("Transparency", [
   "A high proportion of reports to Cabinet are taken in private session. In 2023/24, 41% of Cabinet reports contained exempt information, compared with an average of around 15% among the councils we spoke to.",
   "We accept that commercial decisions sometimes require confidentiality. But we found several reports marked exempt that did not contain commercially sensitive information, and members of the public were excluded from debates that could have been held in public.",
   "Responses to requests under the Freedom of Information Act are often late. In 2023/24 the council responded to 68% of requests within the statutory 20 working days.",
   "Taken together, we consider that the weaknesses in scrutiny, audit and transparency mean that the council has lacked the checks and balances that would have exposed its financial risks earlier.",
  ]),
 ], []),
 ("7", "Commercial activity and procurement", [
  ("Kingsmere Regeneration Limited", [
   "Kingsmere Regeneration Limited (KRL) was established in 2018 to deliver the Harbour Quarter regeneration scheme. The council is its sole shareholder and its main lender, with loans outstanding of £38.4 million.",
   "KRL made a loss of £4.7 million in 2023/24 and has not paid interest on its loans from the council since September 2023. The council has continued to accrue that interest as income in its budget.",
   "The council’s own submission stated that the Harbour Quarter scheme “will deliver a net return to the council from 2026”. We have seen no evidence to support that statement. The most recent business plan for KRL, dated October 2023, has not been approved by the shareholder committee.",
   "The shareholder committee has met twice since 2021. Two of the three directors of KRL are senior officers of the council, and one is the Cabinet member for regeneration. We consider that these arrangements give rise to conflicts of interest that have not been properly managed.",
   "We found no evidence that the loans to KRL were unlawful. But we do not consider that the council has exercised proper oversight of a company to which it has lent more than twice its annual net revenue budget.",
  ]),
  ("The Harbour Quarter", [
   "The Harbour Quarter scheme was intended to deliver 420 homes, a hotel and workspace on the former harbour industrial estate. At the time of our fieldwork 86 homes had been completed, of which 31 had been sold.",
   "The estimated cost of the scheme has risen from £52 million in 2019 to £79 million in 2024. Members told us they were not told of the increase until it was reported in the local press.",
   "We recognise that the scheme has brought a derelict site back into use and that it is valued by many residents. We make no judgement on the merits of regeneration in the town. Our concern is with the way in which the council has governed the scheme and the risks it carries.",
  ]),
  ("Procurement and contract management", [
   "The council’s contract procedure rules allow the requirement to seek competitive quotes to be waived in defined circumstances. The number of waivers has increased sharply, from 21 in 2020/21 to 64 in 2023/24. Their combined value in 2023/24 was £8.7 million.",
   "We reviewed a sample of 20 waivers. In 12 cases the reason given was urgency, but in most of those the need had been known for some months. In six cases there was no record that the waiver had been approved by the appropriate officer.",
   "The council does not keep a complete contracts register. Officers could not tell us with confidence how many contracts were due to expire in the next 12 months.",
   "We do not suggest that any contract was awarded improperly. But the council cannot demonstrate that it is obtaining value for money, and the weakness of its procurement controls exposes it to risk.",
  ]),
 ], []),
 ("8", "Services and partnerships", [
  ("Services to residents", [
   "Our terms of reference did not ask us to review every service. But we have considered whether the council’s difficulties are affecting services to residents, and we have looked in particular at housing, planning and waste.",
   "Demand for temporary accommodation has risen sharply. The council spent £3.1 million on temporary accommodation in 2023/24 against a budget of £1.2 million. Households in temporary accommodation rose from 74 in March 2022 to 161 in March 2024.",
   "The planning service has struggled to recruit. In 2023/24 the council determined 71% of major applications within the statutory period or an agreed extension, below the national average.",
   "The waste and recycling service is well regarded. The council’s recycling rate of 58% in 2023/24 is among the highest in the South West, and residents’ satisfaction with the service was 81% in the council’s most recent residents’ survey.",
  ]),
  ("Partnerships", [
   "Partners were generally positive about their working relationships with officers. Several told us that relationships at senior level had improved since the appointment of the current Chief Executive.",
   "However, partners also told us that the council’s political instability made it difficult to plan jointly. The county council and the integrated care board both told us that decisions had been delayed or reversed at short notice.",
   "The council’s relationship with town and parish councils is strained. A number of parish clerks told us that they had not received responses to correspondence, and that consultation on the Local Plan review had been inadequate.",
   "We consider that the council can build on the goodwill of its partners, but only if it can demonstrate stable leadership and sound finances.",
  ]),
 ], []),
 ("9", "Capacity for improvement", [
  (None, [
   "The council has begun to recognise the scale of its problems. The Chief Executive has established an improvement board and commissioned reviews of the constitution and the commercial portfolio. These are welcome steps.",
   "But the council’s improvement plan, dated April 2024, contains 112 actions, few of which have owners, timescales or measures of success. It has not been agreed by Cabinet or by Full Council.",
   "Members do not share an understanding of the council’s problems. In our survey, 11 of the 29 members who responded said they did not accept that the council faced a serious financial risk.",
   "We have concluded that the council does not have the capacity or the collective will to make the changes needed within the time available. We do not consider that the council has the capacity to improve without external support.",
   "We therefore recommend that the Secretary of State appoints commissioners to exercise functions relating to finance, governance, commercial activity and the appointment of statutory officers, for a period of at least three years.",
   "We also recommend that the council should prepare, within six months, an improvement and recovery plan to the satisfaction of the commissioners, and report publicly on its progress every six months.",
  ]),
 ], []),
]

TABLE1 = {
 "label": "Table 1", "chapter": "4 Culture", "heading": "The staff survey",
 "after": "4.1",
 "caption": "Table 1: Staff survey results, March 2024 (612 respondents)",
 "head": ["Statement", "Agree", "Disagree", "Don’t know"],
 "rows": [
  ["Senior leaders listen to staff", "22%", "61%", "17%"],
  ["I have confidence in the decisions of senior management", "35%", "48%", "17%"],
  ["I would feel safe raising a concern about the way the council is run", "38%", "47%", "15%"],
  ["I have witnessed bullying or harassment at work in the last 12 months", "31%", "63%", "6%"],
  ["I am proud to work for the council", "54%", "29%", "17%"],
  ["I intend to be working for the council in two years’ time", "46%", "32%", "22%"],
 ]}

TABLE2 = {
 "label": "Table 2", "chapter": "5 Financial management", "heading": "Commercial investments",
 "after": "5.13",
 "caption": "Table 2: Principal commercial investments and loans, 2017 to 2024",
 "head": ["Asset", "Location", "Type", "Year", "Cost (£m)", "Occupancy 2024"],
 "rows": [
  ["Larkfield Retail Park", "Swindon", "Retail", "2017", "24.6", "68%"],
  ["Deane House", "Taunton", "Office", "2017", "18.9", "41%"],
  ["Harbour Road Trade Park", "Kingsmere", "Industrial", "2017", "6.2", "100%"],
  ["Mercer Court", "Bristol", "Office", "2018", "14.3", "77%"],
  ["Quayside Units 1 to 6", "Kingsmere", "Industrial", "2018", "3.8", "100%"],
  ["Westgate Distribution Centre", "Bridgwater", "Logistics", "2018", "21.7", "100%"],
  ["Abbey Retail Terrace", "Exeter", "Retail", "2018", "9.4", "82%"],
  ["The Foundry", "Plymouth", "Leisure", "2019", "11.2", "55%"],
  ["Station Yard Offices", "Kingsmere", "Office", "2019", "4.1", "90%"],
  ["Coldharbour Business Park", "Gloucester", "Industrial", "2019", "12.8", "94%"],
  ["Market Street car park", "Kingsmere", "Car park", "2019", "2.9", "n/a"],
  ["Brookside Medical Centre", "Yeovil", "Health", "2020", "7.6", "100%"],
  ["Tidewater Hotel", "Kingsmere", "Hotel", "2020", "10.4", "n/a"],
  ["Kingsmere Regeneration Limited: loan 1", "Kingsmere", "Loan", "2018", "12.0", "n/a"],
  ["Kingsmere Regeneration Limited: loan 2", "Kingsmere", "Loan", "2020", "14.5", "n/a"],
  ["Kingsmere Regeneration Limited: loan 3", "Kingsmere", "Loan", "2022", "11.9", "n/a"],
  ["Other properties (7)", "Various", "Mixed", "2017-2021", "0.7", "n/a"],
  ["Total", "", "", "", "187.0", ""],
 ]}

RECOMMENDATIONS = [
 "The council should, with the commissioners, prepare and agree within six months an improvement and recovery plan with clear owners, timescales and measures of success, and report publicly on its progress every six months.",
 "The council should set a balanced budget for 2025/26 and a medium-term financial strategy that does not rely on the use of reserves, and restore the general fund reserve to at least the minimum level advised by the Section 151 officer.",
 "The council should commission an independent review of its commercial property portfolio and prepare a strategy for reducing its debt, including the disposal of assets where that represents value for money.",
 "The council should review its governance of Kingsmere Regeneration Limited, including the membership of its board and the role of the shareholder committee, and decide on the company’s future within 12 months.",
 "The council should adopt a new constitution and scheme of delegation, including a threshold for officer decisions that is consistent with the practice of comparable councils.",
 "The council should strengthen its Overview and Scrutiny Committee and its Audit and Governance Committee, including by appointing at least one independent member to the Audit and Governance Committee.",
 "The council should develop, with staff and the recognised trade unions, a programme to improve its culture, including a new member-officer protocol and training for all members on conduct and behaviour.",
 "The council should recruit to its senior leadership team on a permanent basis and reduce its reliance on interim and agency staff.",
]
REC_CHAPTER = "10 Recommendations"
REC_INTRO = "We make the following recommendations. They should be read together with the findings in chapters 3 to 9."

ANNEXES = [
 ("A", "Annex A: Our methodology", [
  "The inspection was carried out under section 10 of the Local Government Act 1999. Our fieldwork took place between 4 March and 26 April 2024, and included four weeks on site at the council’s offices in Kingsmere.",
  "We held 96 interviews. These included 31 councillors from all political groups, 44 officers at all levels, and 21 representatives of partner organisations, including the county council, the integrated care board, the police, town and parish councils and the voluntary sector.",
  "We held 14 focus groups with staff, attended by 118 people. Focus groups were held without managers present, and we gave an assurance that nothing said would be attributed to an individual.",
  "We commissioned an independent survey organisation to run an anonymous online survey of staff between 11 and 29 March 2024, and a separate survey of all 43 councillors. The results of the staff survey are summarised in Table 1.",
  "We shared the factual content of a draft of this report with the Chief Executive for accuracy checking. We considered the council’s comments carefully and made changes where we agreed with them. The conclusions are our own.",
 ]),
 ("B", "Annex B: Survey of members", [
  "The survey of members ran between 11 and 29 March 2024. Of the council’s 43 members, 29 responded, a response rate of 67%.",
  "Eighteen of the 29 respondents described relationships between the political groups as poor or very poor. Twelve said they had experienced behaviour from another councillor that they considered to be bullying.",
  "Eleven of the 29 respondents said they did not accept that the council faced a serious financial risk. Nineteen said they did not receive enough information to scrutinise decisions of the Cabinet.",
  "Fewer than half of respondents (13 of 29) said they had read the member-officer protocol, and 9 said they had received training on the code of conduct since the elections of May 2023.",
 ]),
]
