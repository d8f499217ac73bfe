"""Source text of the Wexcombe report: writes report.json (pages filled later by build.py)."""
import json, re

TITLE = "Best Value Inspection of Wexcombe Borough Council"

FOREWORD = [
"In July 2024 the Secretary of State appointed us to carry out a Best Value inspection of Wexcombe Borough Council under section 10 of the Local Government Act 1999. This report sets out what we found and what we recommend.",
"We are grateful to the many members, officers, partners and residents who gave us their time, often candidly and sometimes at some personal cost. Several staff asked to meet us away from the Civic Offices. We have respected their wish not to be identified.",
"Wexcombe is a place with real assets: a working harbour, a growing visitor economy and a committed workforce. None of what follows should be read as a judgement on the people who deliver its services day to day. Our findings concern the way the council is led, governed and financed.",
]

SUMMARY = [
"We have concluded that Wexcombe Borough Council is failing to comply with its Best Value duty. The failings are serious and interconnected, and we do not believe the council can address them on its own within a reasonable timescale.",
"The council’s financial position is the most pressing concern. Its general fund reserve has fallen from £11.8 million in March 2021 to £4.3 million in March 2024, and the medium term financial strategy shows a cumulative gap of £8.7 million over the three years to 2027/28. Borrowing of £142 million for commercial property has not produced the income that was promised.",
"Governance is weak. Decisions of consequence have been taken in private, scrutiny has been marginalised, and the council’s arrangements for overseeing its wholly owned company, Wexcombe Harbour Developments Limited, are not fit for purpose.",
"The culture of the organisation is a matter of concern. Relationships between senior members and officers have broken down on several occasions, the council has had three chief executives in four years, and 47% of staff who responded to the council’s own 2024 survey said they would not feel safe raising a concern.",
"We make eight recommendations. We recommend that the Secretary of State exercise his powers of intervention, including the appointment of commissioners, for a period of not less than three years.",
]

# chapters: (title, [ (heading or None, [paragraph texts]) ])
CH = []

CH.append(("Introduction and background", [
 (None, [
 "This report is the result of a Best Value inspection of Wexcombe Borough Council (the council) carried out between September and December 2024. The inspection was commissioned by the Secretary of State on 18 July 2024 following concerns raised by the council’s external auditor and a number of whistleblowing disclosures made to the department.",
 "Our terms of reference asked us to consider the council’s compliance with the Best Value duty in respect of governance, leadership, culture, use of resources, and the council’s oversight of its commercial activity. They are reproduced at Annex A.",
 ]),
 ("The council and the borough", [
 "Wexcombe is a coastal borough in the South West with a population of about 118,000. The borough combines the market and harbour town of Wexcombe with a large rural hinterland and the smaller towns of Tamsford and Holne.",
 "The council has 44 members elected on a whole-council basis every four years. At the time of our inspection the ruling group held 24 seats, with the remainder divided between two opposition groups and four independent members. The council operates a Leader and Cabinet model of executive arrangements.",
 "The council’s net revenue budget for 2024/25 is £19.6 million. It employs about 1,130 staff, including those in its housing service, which manages some 4,900 council homes through a housing revenue account.",
 "In 2019 the council established Wexcombe Harbour Developments Limited (WHDL), a company wholly owned by the council, to deliver the regeneration of the inner harbour and to hold part of its property portfolio.",
 ]),
 ("Our approach", [
 "We held 94 interviews with 71 individuals, including members of all political groups, current and former senior officers, staff at all levels, partners and representatives of the business community. We observed 19 meetings, including Cabinet, full council, the Overview and Scrutiny Committee and the Audit and Governance Committee.",
 "We reviewed more than 1,400 documents, including reports, minutes, the council’s constitution, its financial records and correspondence. We also commissioned a short survey of all 44 councillors, to which 29 responded, and had access to the results of the council’s own staff survey carried out in spring 2024.",
 "The council provided a written submission to the inspection in October 2024. Where we refer to the council’s submission we mean that document.",
 "We shared a draft of the factual content of this report with the council, and we have taken account of its comments. The conclusions are ours alone.",
 ]),
]))

CH.append(("Leadership and governance", [
 ("Political leadership", [
 "The current Leader has been in post since May 2021. Members of all groups described the Leader to us as hard-working and committed to the borough. Many also described a style of leadership in which decisions are made by a small number of people before they reach formal meetings.",
 "The Leader told us that the council was “on the right track” and that the concerns raised with the department had been “exaggerated for political reasons”. We do not share that view. The evidence we set out in this report points to systemic weaknesses that have developed over a number of years.",
 "Cabinet meetings we observed were short and rarely involved substantive debate. Of the 23 Cabinet meetings held in 2023/24, 14 lasted less than forty minutes. Several Cabinet members told us that the real discussion took place at the weekly Leader’s briefing, of which no record is kept.",
 "We do not suggest that any member has acted for personal gain. We have seen no evidence of that. Our concern is that the way decisions are reached makes it very difficult for others, including the council’s statutory officers, to understand, challenge or record them.",
 "Opposition members told us that they felt excluded from information to which they were entitled. One member told us that requests for information were treated “as acts of hostility”. We found that 11 formal requests made under the council’s access to information procedure rules in 2023 were answered after more than 28 days.",
 ]),
 ("Officer leadership and statutory officers", [
 "The council has had three chief executives in four years, two of whom left after periods of less than eighteen months. Between 2020 and 2024 the council also had four people in the role of section 151 officer, three of them on an interim basis.",
 "This turnover has left the organisation without a settled corporate centre. Staff told us that each new chief executive brought a fresh set of priorities and that few of them survived long enough to be delivered.",
 "The present Chief Executive, appointed in January 2024, has made a positive start. Members and staff described her as visible and willing to listen. She has commissioned reviews of the constitution and of the council’s companies. We welcome this, but it is too early to judge whether it will lead to lasting change.",
 "The Monitoring Officer post has been filled on an interim basis since March 2023. The interim postholder told us that she had on three occasions advised against a course of action that was then taken without her advice being recorded. We consider this a serious weakness.",
 "The council’s submission stated that the statutory officers “enjoy the full confidence of the Cabinet and have unrestricted access to all decision-makers”. That is not what we were told by the statutory officers themselves.",
 ]),
 ("The constitution and decision-making", [
 "The constitution was last comprehensively reviewed in 2016. Parts of it are out of date, and the scheme of delegation does not reflect the council’s current structure. We found at least nine decisions in 2023/24 where it was unclear whether the officer who took the decision had the authority to do so.",
 "In 2023/24, 41% of the items considered by Cabinet were taken in private session, compared with 18% in 2020/21. In many cases the exempt information could have been placed in a confidential appendix, allowing the main report to be debated in public.",
 "The forward plan is not a reliable guide to forthcoming key decisions. Of the 37 key decisions taken in 2023/24, 12 did not appear on the forward plan 28 days in advance, and the general exception or special urgency provisions were used on eight occasions.",
 "We do not consider that the council’s use of urgency provisions was unlawful in any individual case. Taken together, however, it shows a pattern in which the exception has become routine.",
 "Members told us that reports were often published late and were long and difficult to follow. Our review of a sample of 40 Cabinet reports found that 26 did not set out the options considered, and that 15 had no financial implications section signed off by the section 151 officer.",
 ]),
 ("Audit and Governance Committee", [
 "The Audit and Governance Committee has no independent member, despite a recommendation from the external auditor in 2022 that it appoint one. It met four times in 2023/24 and on one occasion was inquorate.",
 "The committee has not received the annual governance statement in draft before it was signed for two of the last three years. The external auditor has yet to give an opinion on the council’s accounts for 2022/23 and 2023/24, in part because of outstanding queries about the valuation of investment property.",
 "Internal audit coverage has been reduced. The approved plan for 2023/24 provided for 310 audit days, down from 520 in 2019/20, and only 61% of the plan was completed. Four audits resulting in limited assurance opinions were not followed up.",
 ]),
]))

CH.append(("Culture and relationships", [
 ("Member and officer relationships", [
 "A council depends on mutual trust between members and officers. In Wexcombe that trust has been damaged. We heard consistent accounts from officers at all levels of members issuing instructions to staff directly, bypassing their managers, and expressing displeasure publicly when advice was unwelcome.",
 "One senior officer told us that officers had learned “to give the answer the Leader wants to hear”. We heard similar views from a number of others. We do not suggest that this is true of all officers, many of whom have continued to give frank advice in difficult circumstances.",
 "The number of complaints under the members’ code of conduct rose from 19 in 2020/21 to 64 in 2023/24. Most were made by members about other members. Only seven of the 64 complaints had been resolved at the time of our inspection.",
 "Several members told us that the tone of debate at full council had deteriorated. We observed two meetings at which the chair had to adjourn proceedings. Members of all groups bear some responsibility for this.",
 ]),
 ("The staff survey", [
 "The council’s staff survey was carried out in April and May 2024. It received 612 responses, a response rate of 54%. The results are summarised in Table 1.",
 "The results are among the most concerning we have seen. Nearly half of respondents said they would not feel safe raising a concern, and fewer than a third said they had confidence in the decisions made by the council’s senior leadership.",
 "The council’s submission described the survey results as “disappointing but not unusual for a council undergoing change”. We do not agree. The proportion of staff reporting that they had experienced bullying or harassment, 31%, is high by any standard, and it had risen from 22% in the previous survey in 2022.",
 ]),
 ("Whistleblowing", [
 "The council received 17 whistleblowing disclosures between April 2022 and March 2024. Nine of them related to procurement or to WHDL. We found that the whistleblowing policy had not been reviewed since 2017 and that there was no log of disclosures held in one place.",
 "Two whistleblowers told us that they had been identified to colleagues after making a disclosure. We have not been able to establish how this happened. Whatever the cause, it will have discouraged others from coming forward.",
 ]),
 ("Workforce capacity", [
 "The council relies heavily on interim and agency staff. Spending on agency staff was £3.2 million in 2023/24, more than double the figure of £1.5 million in 2020/21. Of the council’s 14 heads of service, five were interim at the time of our inspection.",
 "Staff turnover in 2023/24 was 19%, against an average of 13% for district councils in the region. Exit interviews, where they were held, most often cited workload and the behaviour of senior members and managers as reasons for leaving.",
 "We recognise that recruitment is difficult for a coastal council some distance from a major city. But the council has not had a workforce strategy since 2019, and its approach to recruitment and retention has been reactive.",
 ]),
]))

CH.append(("Financial management", [
 ("The overall position", [
 "The council is in a fragile financial position. Its general fund reserve fell from £11.8 million at 31 March 2021 to £4.3 million at 31 March 2024. On the council’s own forecasts it will fall to £1.9 million by March 2026 unless further savings are found.",
 "The medium term financial strategy approved in February 2024 shows a cumulative budget gap of £8.7 million over the three years to 2027/28. Savings of £2.4 million were identified for 2024/25, but at the time of our inspection only £1.1 million of them were on track to be delivered.",
 "We do not consider that the council is, at present, unable to set a balanced budget. But it has balanced recent budgets by drawing on reserves and by assumptions about commercial income that have not been met. That cannot continue.",
 "Table 2 sets out the key figures from the council’s budget and outturn reports. It shows that the council has drawn on reserves in each of the last four years.",
 ]),
 ("Commercial property investment", [
 "Between 2018 and 2021 the council borrowed £142 million from the Public Works Loan Board to acquire commercial property, most of it outside the borough. The portfolio consists of two retail parks, three office buildings and a distribution warehouse.",
 "The business cases for these acquisitions forecast net income to the general fund of £6.9 million a year. In 2023/24 net income was £4.1 million. Two of the office buildings are partly vacant, and one retail park has lost its anchor tenant.",
 "The portfolio was valued at £118.4 million at 31 March 2024, against a purchase price, including costs, of £146.2 million. The council is required to set aside a minimum revenue provision to repay the borrowing, and the cost of this will rise as the assets lose value.",
 "The council’s submission stated that the property portfolio “continues to deliver a healthy return”. On the figures available to us, the net return after borrowing costs and minimum revenue provision was 0.4% in 2023/24.",
 "We were told that the acquisitions were approved by Cabinet on the advice of external advisers and that members were given assurance that the risks were low. We have seen the advice. It set out the risks clearly, including the risk of vacancy and falling values. The reports to Cabinet did not.",
 ]),
 ("Financial management capacity", [
 "The finance team has been stretched by turnover and by the demands of the outstanding audits. Six of its 22 posts were vacant or filled by agency staff in October 2024.",
 "Budget monitoring reports to Cabinet are produced quarterly, but the report for the second quarter of 2024/25 was not published until December. Budget holders told us that they did not receive timely or accurate information about their budgets.",
 "The council’s own assessment against the CIPFA Financial Management Code, carried out in 2023, rated it as compliant in 14 of 17 standards. We consider that assessment to have been optimistic. In our view the council does not meet at least six of the standards.",
 "The CIPFA Financial Resilience Index places the council among the highest risk district councils on its level of reserves and on the change in reserves over recent years.",
 ]),
 ("The housing revenue account", [
 "The housing revenue account is in a healthier state than the general fund, with a working balance of £3.6 million at 31 March 2024. But the 30-year business plan has not been updated since 2021 and does not reflect the cost of meeting new standards for decent homes and energy efficiency.",
 "We found that £1.8 million of costs had been charged to the housing revenue account in 2022/23 and 2023/24 for work on the harbour regeneration programme that appeared to have no connection with the council’s housing stock. The council has since reversed £0.6 million of this. The remainder should be reviewed.",
 ]),
]))

CH.append(("Scrutiny", [
 ("The Overview and Scrutiny Committee", [
 "Effective scrutiny is one of the most important safeguards a council has. In Wexcombe it has been allowed to wither. The Overview and Scrutiny Committee met five times in 2023/24 out of eight scheduled meetings; three were cancelled for lack of business.",
 "The committee’s work programme is set largely by the Cabinet’s forward plan, and most items are reports for noting. In the three years to March 2024 the committee made 11 recommendations to Cabinet, of which four received a formal response.",
 "Only three decisions have been called in since 2021. In each case the call-in was rejected by the chair without referral to the committee, on advice that we consider to have been wrong.",
 "The chair of the committee is a member of the ruling group. That is not unusual and is not in itself a problem. But several members told us that the chair saw his role as “protecting the Cabinet from ambush” rather than holding it to account.",
 ]),
 ("Support for scrutiny", [
 "Scrutiny is supported by a single officer, who also supports three other committees. There is no budget for scrutiny to commission research or external advice.",
 "Of the 29 councillors who responded to our survey, 19 said that scrutiny was not effective, and only five said that it was. Members of the ruling group were divided in their view.",
 "We recognise that some members have worked hard to make scrutiny work. The task and finish review of damp and mould in council homes, completed in 2023, was thorough and led to real improvement. It shows what the committee can do when it is given the opportunity.",
 ]),
 ("Scrutiny of WHDL", [
 "No scrutiny committee has considered the performance of WHDL since its creation in 2019. The company’s business plan has never been presented to any council committee in public.",
 "When members of the Overview and Scrutiny Committee asked in 2023 to see the company’s accounts, they were told that the information was commercially confidential. We do not accept that advice. Members of the council that owns the company are entitled to understand how its money is being used.",
 ]),
]))

CH.append(("Wexcombe Harbour Developments Limited and procurement", [
 ("Governance of the company", [
 "WHDL was set up in 2019 to deliver the inner harbour regeneration scheme, a mixed development of 260 homes, a hotel and commercial units. By March 2024 the council had lent the company £23.5 million and had provided guarantees of a further £6 million.",
 "The company’s board consists of four members of the ruling group and two senior officers. There are no independent directors. Until 2024 the Leader was both a director of the company and the Cabinet member responsible for overseeing it.",
 "There is no shareholder agreement, and no shareholder committee. The council has therefore had no formal means of setting the company’s objectives, approving its business plan or monitoring its performance.",
 "The company filed its accounts late with Companies House in two of the last four years. Its accounts for 2022/23 include a material uncertainty about its ability to continue as a going concern without further support from the council.",
 "Of the 260 homes planned, 38 had been completed by the time of our inspection, none of them affordable homes. The hotel has not been started. The council’s submission described the scheme as “broadly on programme”. We do not consider that an accurate description.",
 "We do not suggest that the regeneration of the inner harbour was the wrong objective. Many of the people we spoke to, including opposition members and business leaders, supported it. Our concern is with the way in which the council has governed the vehicle it created to deliver it.",
 ]),
 ("Procurement", [
 "The council’s contract procedure rules allow officers to waive the requirement to seek competitive quotations or tenders in defined circumstances. Waivers should be exceptional.",
 "In 2023/24 the council approved 137 waivers with a total value of £11.4 million. In 2021/22 there were 46. In almost a third of the 2023/24 cases the reason given was urgency arising from the council’s own delay.",
 "We examined a sample of 30 waivers. In 12 of them, we could find no record that value for money had been considered. In five, the same supplier had received repeated waivers for similar work, which together exceeded the threshold for a formal tender.",
 "The council does not have a contracts register that meets the requirements of the Local Government Transparency Code. The register published on its website had not been updated since 2022.",
 "We were told by one officer that waivers were “the only way to get anything done” in the time members expected. We understand the pressure officers were under, but the proper response was to plan procurement earlier, not to bypass the rules.",
 "In one case a consultancy contract for the harbour scheme, originally let at £48,000, was extended four times by waiver to a total value of £412,000. The extensions were approved by an officer who had not been given delegated authority to do so.",
 ]),
]))

CH.append(("Services to residents", [
 ("Housing", [
 "Most residents experience the council through its services, and many of those services are delivered well by committed staff. Waste collection performance is good, and residents’ satisfaction with parks and open spaces is high.",
 "The housing repairs service is under strain. At the end of September 2024 there were 2,643 open repairs, of which 712 were more than three months old. The council had 388 open cases of damp and mould.",
 "Some 11% of council homes did not meet the decent homes standard at 31 March 2024. The council does not have up-to-date stock condition data for about a quarter of its homes.",
 "In August 2024 the Regulator of Social Housing issued a regulatory notice finding that the council had breached the Safety and Quality Standard. The council has since agreed a voluntary undertaking. We note that the issues identified by the regulator had been raised by the council’s own tenants’ panel in 2022.",
 ]),
 ("Planning", [
 "In the two years to June 2024 the council decided 58% of major planning applications within the statutory period or an agreed extension of time, below the threshold of 60% at which the government may designate a planning authority as underperforming.",
 "The planning service has had four heads of service since 2021. Applicants and agents told us that communication was poor, and that pre-application advice was inconsistent.",
 ]),
 ("Complaints and the Ombudsman", [
 "The Local Government and Social Care Ombudsman upheld 76% of the complaints about the council that it investigated in detail in 2023/24, compared with an average of 72% for similar authorities. In four cases the council did not comply with the Ombudsman’s recommendations within the agreed time.",
 "The council’s own complaints process is slow. In 2023/24 only 43% of stage one complaints were answered within the council’s target of ten working days.",
 ]),
 ("Partnerships", [
 "Partners described the council as a willing but unreliable partner. The county council, health partners and the police all told us that they valued their relationships with individual officers but that changes of personnel and of priorities made joint work difficult.",
 "The council’s role in the Wexcombe Town Deal, worth £21.3 million, is an example. Two of the seven funded projects are more than a year behind schedule, and the Town Deal Board told us it had not received a progress report from the council for eight months.",
 ]),
]))

CH.append(("Capacity to improve", [
 ("The council’s response so far", [
 "The council has begun to respond to some of the issues in this report. Since January 2024 it has commissioned a review of the constitution, appointed a permanent director of finance, and begun a review of its companies.",
 "These are welcome steps. But the council’s improvement plan, agreed in September 2024, contains 86 actions, few of which have clear owners, milestones or measures. It does not address the culture of the organisation or the governance of WHDL.",
 "The Leader told us that the council had the capacity to put matters right itself, given time. Some members of the ruling group agreed; most other members we spoke to did not.",
 ]),
 ("Our conclusions", [
 "Taking all the evidence together, we have concluded that the council is failing to comply with its Best Value duty in relation to governance, culture, leadership, use of resources and the oversight of its commercial activity.",
 "We have considered whether the council could address these failings with the support of the sector, through the Local Government Association and others. We do not believe it can. The council has received peer support twice since 2020, most recently in 2022, and the recommendations of those reviews have not been implemented.",
 "We do not consider that the council is beyond recovery. It has a committed workforce, a new Chief Executive with a clear sense of what needs to change, and a number of members across all groups who want it to succeed.",
 "But the scale of the financial risk, the weakness of governance and the state of member and officer relationships mean that external intervention is needed. Without it, we believe there is a real risk that the council will be unable to set a balanced budget within two years.",
 "We therefore recommend that the Secretary of State exercise his powers under section 15 of the Local Government Act 1999 to appoint commissioners to oversee the council’s functions in the areas set out in our recommendations, for a period of not less than three years.",
 ]),
]))

RECS = [
"The Secretary of State should appoint commissioners to exercise, where necessary, the council’s functions in relation to governance, finance and the oversight of its companies, for a period of not less than three years.",
"The council should, within six months, prepare and agree with the commissioners an improvement and recovery plan, with clear owners, milestones and measures, and report on it publicly every quarter.",
"The council should carry out a full review of its constitution, including its scheme of delegation, access to information procedure rules and the role of the statutory officers, and adopt a revised constitution by March 2026.",
"The council should prepare a financial recovery plan that sets out how it will close the budget gap in its medium term financial strategy and restore its general fund reserve to a prudent level without further reliance on commercial income.",
"The council should commission an independent review of its commercial property portfolio and prepare a strategy for each asset, including options for disposal.",
"The council should put in place a shareholder agreement and a shareholder committee for WHDL, appoint independent directors to its board, and review whether the company remains the right vehicle for the inner harbour scheme.",
"The council should strengthen its Overview and Scrutiny Committee and its Audit and Governance Committee, including by appointing at least one independent member to the latter and providing dedicated support to scrutiny.",
"The council should develop and implement, with the support of the commissioners, a programme to rebuild trust between members and officers, including training on the members’ code of conduct and a review of the whistleblowing policy.",
]

ANNEX_A = "Our terms of reference required us to consider, in respect of Wexcombe Borough Council, whether the council is complying with the requirements of Part 1 of the Local Government Act 1999: (a) its governance arrangements, including decision-making and scrutiny; (b) its leadership, culture and relationships between members and officers; (c) its use of resources and financial management; and (d) its oversight of its companies and commercial activity."

ANNEX_B = [
"This annex sets out the commercial property acquisitions made by the council between 2018 and 2021, drawn from the council’s records and the reports of its external valuers.",
"The council made six acquisitions. The largest, the Carnhill Retail Park, was bought in 2019 for £41.5 million including costs. It is located some 90 miles from the borough.",
"Two office buildings, Meridian House and Quayside Court, were bought in 2020 for a combined £38.2 million. At 31 March 2024 their occupancy was 61% and 74% respectively.",
"The Tamsford distribution warehouse is the only asset within the borough. It is fully let and produced net income of £1.3 million in 2023/24.",
"Across the portfolio, rental income in 2023/24 was £9.6 million, against borrowing costs of £3.9 million and a minimum revenue provision of £1.6 million. Management and void costs accounted for the balance.",
"We have not attempted a full valuation of the portfolio. The council should obtain independent advice before making any decision on disposal, as we recommend in Recommendation 5.",
]

TABLE1 = ("Table 1", "Staff survey 2024: selected results (612 respondents)",
 ["Statement", "Agree", "Disagree", "2022"],
 [["I would feel safe raising a concern", "38%", "47%", "51%"],
  ["I have confidence in decisions made by senior leadership", "29%", "52%", "41%"],
  ["I have experienced bullying or harassment in the last 12 months", "31%", "58%", "22%"],
  ["Senior leaders are visible and approachable", "34%", "44%", "39%"],
  ["I would recommend the council as a place to work", "36%", "40%", "48%"],
  ["I intend to be working for the council in two years", "45%", "27%", "57%"]])

TABLE2 = ("Table 2", "General fund: budget, outturn and reserves, 2020/21 to 2024/25",
 ["£ million", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25 forecast"],
 [["Net revenue budget", "16.9", "17.4", "18.1", "18.8", "19.6"],
  ["Outturn", "16.4", "18.9", "20.6", "22.3", "21.0"],
  ["Overspend (underspend)", "(0.5)", "1.5", "2.5", "3.5", "1.4"],
  ["Commercial property income: business case", "6.9", "6.9", "6.9", "6.9", "6.2"],
  ["Commercial property income: actual", "5.8", "5.2", "4.6", "4.1", "4.0"],
  ["Shortfall against business case", "1.1", "1.7", "2.3", "2.8", "2.2"],
  ["Capital receipts used flexibly", "0.0", "0.0", "1.0", "1.2", "0.8"],
  ["Minimum revenue provision (investment property)", "1.1", "1.3", "1.4", "1.6", "1.7"],
  ["Contribution to (use of) general fund reserve", "0.4", "(1.5)", "(2.5)", "(3.5)", "(1.4)"],
  ["General fund reserve at 31 March", "11.8", "10.3", "7.8", "4.3", "2.9"],
  ["Earmarked reserves at 31 March", "9.4", "8.1", "6.6", "5.2", "4.5"],
  ["Total usable revenue reserves", "21.2", "18.4", "14.4", "9.5", "7.4"]])
# Table 2 place goes after paragraph ("Table 2 sets out ...")

FOOTNOTES = [  # (anchor paragraph label, text after which the call sits, note)
 ("1", "whistleblowing disclosures made to the department", "Disclosures under the Public Interest Disclosure Act 1998 were received by the department between January and June 2024."),
 ("8", "staff survey carried out in spring 2024", "The survey was designed and administered by the council’s human resources service. We have not audited its methodology."),
 ("28", "was inquorate", "Audit and Governance Committee, 14 November 2023."),
 ("33", "deteriorated", "Full council meetings of 20 July 2023 and 22 February 2024."),
 ("49", "£4.3 million at 31 March 2024", "Statement of Accounts 2023/24 (unaudited), published in draft on 28 June 2024."),
 ("54", "outside the borough", "A list of the acquisitions is at Annex B."),
 ("61", "optimistic", "CIPFA, The Financial Management Code, 2019."),
 ("62", "recent years", "CIPFA Financial Resilience Index 2024, published February 2024."),
 ("93", "Local Government Transparency Code", "Department for Communities and Local Government, Local Government Transparency Code 2015."),
 ("98", "388 open cases of damp and mould", "Figures supplied by the council’s housing service, October 2024."),
 ("102", "underperforming", "Section 62B of the Town and Country Planning Act 1990."),
]

from additions import ADD

def build():
    for (ct, hd), extra in ADD.items():
        sec = next(sec for t, secs in CH if t == ct for sec in secs if sec[0] == hd)
        sec[1].extend(extra)
    places, n = [], 0
    for t in FOREWORD:
        places.append({"label": "foreword", "kind": "foreword", "chapter": "Foreword", "heading": None, "page": None, "text": t})
    for t in SUMMARY:
        places.append({"label": "executive summary", "kind": "summary", "chapter": "Executive summary", "heading": None, "page": None, "text": t})
    for ci, (title, sections) in enumerate(CH, 1):
        chap = f"{ci} {title}"
        for heading, paras in sections:
            for t in paras:
                n += 1
                places.append({"label": str(n), "kind": "paragraph", "chapter": chap, "heading": heading, "page": None, "text": t})
                for tab in (TABLE1, TABLE2):
                    if t.startswith(tab[0] + " sets out") or (tab[0] == "Table 1" and "summarised in Table 1" in t):
                        lab, cap, head, rows = tab
                        cells = head + [c for r in rows for c in r]
                        places.append({"label": lab, "kind": "table", "chapter": chap, "heading": heading, "page": None,
                                       "caption": cap, "header": head, "rows": rows, "text": " ".join(cells)})
    chap = f"{len(CH)+1} Recommendations"
    for i, t in enumerate(RECS, 1):
        places.append({"label": f"R{i}", "kind": "recommendation", "chapter": chap, "heading": f"Recommendation {i}", "page": None, "text": t})
    for i, t in enumerate(ANNEX_B, 1):
        places.append({"label": f"B{i}", "kind": "annex", "chapter": "Annex B: The commercial property portfolio", "heading": None, "page": None, "text": t})
    fns = []
    for k, (lab, anchor, note) in enumerate(FOOTNOTES, 1):
        hits = [p for p in places if anchor in p["text"]]
        assert len(hits) == 1, (anchor, len(hits))
        p = hits[0]; lab = p["label"]
        fns.append({"number": k, "page": None, "text": note, "place": lab, "anchor": anchor})
    data = {"title": TITLE, "kind": "report", "file": "report.pdf", "producer": "ConTeXt MkIV (context)",
            "numbering": "sequential", "page_offset": None,
            "furniture": [],
            "annex_a": ANNEX_A,
            "places": places, "footnotes": fns}
    return data

if __name__ == "__main__":
    d = build()
    print(sum(1 for p in d["places"] if p["kind"] == "paragraph"), "paragraphs")
    json.dump(d, open("report.json", "w"), ensure_ascii=False, indent=1)
