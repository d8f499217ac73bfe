"""Source text of the Rathmoor report: run once to write report.json (pages are then filled by
build.py from the rendering).  Footnote calls are written [^n] and kept out of the place text."""
import json, re
from pathlib import Path

TITLE = "Best Value Inspection of Rathmoor Borough Council"

# (chapter number, chapter title, [items]); an item is ("h", heading) or a paragraph string
FOREWORD = [
"This report sets out the findings of the Best Value inspection of Rathmoor Borough Council. It is not a comfortable read, and it was not written to be one. Rathmoor's residents deserve a council that takes decisions openly, spends their money carefully and treats its staff with respect. Too often, we found that they have not had one.",
"We have tried throughout to be fair. Where the council has done well we say so, and where members or officers gave us their account of events we have set it out. We are conscious that many of the people we met are working hard to put things right.",
"We hope that this report will be read as a starting point. The council's recovery will take years, not months, and it will depend on members of all groups being willing to work together in a way they have not done for some time.",
]

CHAPTERS = [
("1", "Executive summary", [
"We were appointed by the Secretary of State on 3 June 2024 to inspect Rathmoor Borough Council's compliance with its best value duty. Our fieldwork took place between July and October 2024. We held 112 interviews and focus groups, observed 19 formal meetings, and read more than 2,300 documents supplied by the council. We also ran a survey of all staff, which 563 people completed.",
"We found a council in which the governance of decision-making has weakened steadily since 2020. Decisions of real consequence are taken late, by too few people, and with too little challenge. The constitution is not reliably followed. We do not suggest that any member or officer acted dishonestly, but the council has lost the habits that would show that it had not.",
"The council's financial position is serious. The general fund reserve fell from £14.2 million at 31 March 2021 to £5.3 million at 31 March 2024, and the council is forecasting an overspend of £7.8 million in 2024/25. Unless the council acts quickly, its usable reserves will be exhausted during 2026/27. We do not consider that a section 114 notice is inevitable, but it is a real prospect.",
"Relationships between members, and between some members and senior officers, are poor. Nearly half of the staff who answered our survey (47%) told us that they would not feel safe raising a concern. Four people have held the post of Chief Executive, on an interim or permanent basis, since January 2020, and the council has had three section 151 officers in three years.",
"Scrutiny has not been effective. The Overview and Scrutiny Committee made 14 recommendations to Cabinet in 2023/24, of which 2 were accepted. The Audit and Governance Committee had no independent member until April 2024 and has not received the assurance it needs about the council's companies.",
"The council's wholly owned company, Rathmoor Regeneration Company Ltd, has borrowed £38.5 million from the council. The business case on which that lending rests has not been refreshed since 2020, and the council has not exercised the oversight a shareholder should.",
"There is much that is good in Rathmoor. Front-line staff are committed to the borough, residents' satisfaction with waste and street cleansing is high, and the council's work with partners on the Castle Quarter has attracted real interest from investors. The Leader told us that the council's difficulties were largely inherited and that the administration had turned a corner. We have not found that to be the case.",
"On the evidence we have seen, we conclude that Rathmoor Borough Council is failing to comply with its best value duty. We do not consider that the council has the capacity to secure the necessary improvement without external support.",
"We make nine recommendations, which are set out in Chapter 10. We recommend that the Secretary of State exercise his powers of intervention, and that commissioners be appointed to oversee the council's governance, financial management and the functions of its statutory officers.",
]),
("2", "Introduction and scope", [
("h", "Our appointment"),
"The Secretary of State appointed a Lead Inspector, an Assistant Inspector with experience of local government finance, and an Assistant Inspector with experience of governance and scrutiny. Our terms of reference required us to inspect the council's arrangements for governance, culture and leadership, financial management, scrutiny, procurement and the delivery of services.",
"The inspection followed a period of concern about the council. The external auditor issued statutory recommendations under section 24 of the Local Audit and Accountability Act 2014 in March 2024.[^1] The council's own submission to the Department in April 2024 acknowledged weaknesses in governance, but stated that the council had a clear plan to address them.",
("h", "How we worked"),
"We interviewed current and former members, the statutory officers, senior managers, staff, trade unions, partners and the external auditor. Members of the public wrote to us; we received 74 submissions, which we read with care, although we have not relied on any of them unless the evidence supported it.",
"We ran an anonymous staff survey between 15 July and 9 August 2024. All 1,214 employees were invited to take part and 563 did so, a response rate of 46%. The results are set out in Table 1 in Chapter 4. We are grateful to the trade unions for encouraging their members to respond.",
"We observed meetings of Full Council, Cabinet, the Overview and Scrutiny Committee, the Audit and Governance Committee and the Planning Committee. We also attended the council's Leadership Forum and two staff briefings.",
("h", "The council"),
"Rathmoor is a borough of about 128,000 people in the East Midlands. The council has 43 councillors in 17 wards. It has been under no overall control since May 2019, governed by a coalition administration with a Cabinet of eight members. Its net revenue budget for 2024/25 is £31.6 million.",
"We wish to thank the members, officers and partners who gave their time to the inspection. Many did so frankly, and some at a cost to themselves. Nothing in this report should be read as a criticism of the many staff who deliver the council's services day to day.",
]),
("3", "Governance and decision-making", [
("h", "The constitution"),
"The council's constitution was last reviewed in full in 2017. It has been amended piecemeal since, and the version published on the council's website in July 2024 did not match the version held by the Monitoring Officer. Several members told us that they were unsure which rules applied.",
"We found that the scheme of delegation is unclear about which decisions may be taken by officers and which must go to Cabinet. In practice, we found that this uncertainty has been resolved in favour of speed rather than of transparency.",
("h", "Key decisions and urgency"),
"In 2023/24 the council took 23 key decisions using the urgency provisions of its constitution. Eleven of those decisions were not on the forward plan at all, and in 6 cases the chair of the Overview and Scrutiny Committee was not consulted before the decision was taken, as the rules require.",
"Among the urgent decisions was the council's decision in November 2023 to lend a further £9.2 million to Rathmoor Regeneration Company Ltd. We do not consider that the timetable for that decision justified the use of urgency: the company's need for the funding had been known to officers since the previous summer.",
"The Leader told us that urgency had been used because the council faced unusual pressures and could not afford to wait for the cycle of meetings. We accept that some decisions were genuinely urgent. We do not accept that 23 were.",
"Call-in has been used once in the last three years. Members of the opposition groups told us that they did not use it because they did not believe it would make any difference. We consider that this view, whether or not it is fair, is itself a sign of weak governance.",
("h", "Informal decision-making"),
"We were told by several officers that significant decisions are shaped at a weekly meeting of the Leader, the Deputy Leader and the Chief Executive, which is not minuted. One officer told us that decisions were made in the Leader's office and rubber-stamped at Cabinet. We did not see evidence that Cabinet had been bypassed on any decision, but we did see evidence that Cabinet discussion of major items was often brief.",
"Of the 41 Cabinet reports we examined from 2023/24, 17 were published later than the five clear working days required, and 9 were tabled at the meeting itself. Members cannot give proper consideration to a report they have seen for the first time at the table.",
"Reports to members frequently lacked the information needed to take a decision. In a sample of 30 reports, we found that 12 did not set out the options considered, and 8 did not include comments from the section 151 officer or the Monitoring Officer, although the subject matter plainly required them.",
("h", "The statutory officers"),
"The statutory officers are not consistently involved at the point at which decisions are shaped. The Monitoring Officer told us that she was often told of proposals after they had been agreed in principle. We consider that the Monitoring Officer and the section 151 officer should both be members of the council's Corporate Leadership Team, which at present they are not.",
"The post of section 151 officer has been filled by three different people since April 2021, two of them on an interim basis. The current section 151 officer was appointed permanently in February 2024 and has begun to make improvements, but he has not been given the resources he needs to do so.",
"We found that the council has no single register of the decisions taken under delegated powers. Officers could not tell us with confidence how many such decisions had been taken in 2023/24. The council estimated that there had been about 400.",
("h", "Member conduct"),
"The council received 31 complaints under the members' code of conduct between April 2022 and March 2024. Nineteen of those complaints were made by one member about another. The Standards Committee met twice in that period and did not determine any complaint within the council's own target of three months.",
"We observed several meetings at which members addressed one another and officers in terms that would not be accepted in most workplaces. The chairing of Full Council did not always prevent this. We do not suggest that any one group is responsible for the tone of debate, which was poor across the chamber.",
"The council's register of members' interests was incomplete. Of the 43 members, 7 had not updated their entry within 28 days of a change in their interests, and 3 had not completed a register entry since their election in May 2023.",
]),
("4", "Culture and leadership", [
("h", "Leadership"),
"The council has had four Chief Executives, two of them interim, since January 2020. The present Chief Executive took up post in May 2024 and has made a good start. However, the turnover at the top of the organisation has left the council without a settled direction, and many staff told us that they had stopped expecting one.",
"Members of the Cabinet told us that the administration had a clear vision for the borough. We saw a corporate plan, adopted in 2022, with 46 commitments. Fewer than half of those commitments had measurable targets, and the plan had not been reported on since March 2023.",
"Senior officers described a culture in which bad news was not welcome. The council's own submission stated that the organisation had an open and supportive culture. The evidence of our survey, and of our interviews, does not support that statement.",
("h", "The staff survey"),
"Our survey asked staff about their experience of working for the council. The headline results are set out in Table 1. The most striking finding is that 47% of respondents said that they would not feel safe raising a concern about wrongdoing, compared with 21% who said that they would.",
"Only 29% of respondents agreed that senior leaders communicate a clear vision for the council, and 64% said that morale in their team had worsened in the last two years. A majority (58%) said that they were proud to work for the council. We consider that loyalty to the borough is one of the council's strongest assets and should not be taken for granted.",
"The free-text responses were numerous: 388 respondents added comments. Many described members who intervene in operational matters. Some described being spoken to by members in ways they found intimidating. Several staff told us in interviews that they had seen colleagues leave because of the way they had been treated.",
"TABLE1",
"We do not consider that survey results alone can establish the facts of any individual case. But we found the pattern of responses consistent with what we heard in interviews and with the council's own data on sickness absence and turnover.",
("h", "Workforce"),
"Staff turnover rose from 11.2% in 2021/22 to 17.9% in 2023/24. Sickness absence averaged 11.4 days per full-time employee in 2023/24, against 8.1 days in 2020/21. The council spent £4.3 million on agency and interim staff in 2023/24, nearly double the £2.2 million it spent in 2021/22.",
"The council has 37 vacancies in its planning, housing and legal services. Managers told us that they could not recruit at the salaries the council offers. We recognise that this is a problem shared by many councils, but it has been made worse in Rathmoor by the council's reputation in the local labour market.",
"The council has not had a workforce strategy since 2018. Its human resources service has lost four of its eleven posts since 2021, and it does not routinely analyse the reasons staff give for leaving.",
("h", "Member-officer relations"),
"The protocol on member-officer relations was adopted in 2015 and has not been revised. It is not well known: in our survey, 61% of managers said that they were not aware of it. Members have had no training on it since 2019.",
"Officers told us that some members contact them directly to demand action on casework and on matters that are properly for managers. One officer told us that she had been telephoned by a member at home on a Sunday evening. We do not doubt that most members act in good faith, but the council has not set or enforced boundaries.",
"The Leader told us that relations between members and officers were now good and that the problems of the past had been dealt with. The Chief Executive was more cautious, and told us that there was much still to do. Our evidence supports the Chief Executive's assessment.",
"We found some promising signs. The new Chief Executive has begun a programme of open staff briefings, and the staff we met at them were willing to speak. The council has commissioned a review of its whistleblowing arrangements, due to report in early 2025.",
]),
("5", "Financial management", [
("h", "Reserves"),
"The council's general fund reserve stood at £14.2 million at 31 March 2021. By 31 March 2024 it had fallen to £5.3 million. Earmarked reserves fell over the same period from £22.7 million to £12.9 million. The council has used reserves to balance its budget in each of the last three years.",
"The council's medium-term financial strategy, approved in February 2024, forecast a budget gap of £11.4 million over the three years to 2026/27. The strategy did not set out how that gap would be closed, and relied on savings that had not been identified. Unless the council acts quickly, its usable reserves will be exhausted during 2026/27.[^2]",
"We do not consider that a section 114 notice is inevitable. But the section 151 officer told us that he had considered whether to issue one in the autumn of 2024, and we consider that he was right to do so.",
("h", "Budget setting and monitoring"),
"The council is forecasting an overspend of £7.8 million in 2024/25, against a net revenue budget of £31.6 million. The largest pressures are in temporary accommodation (£3.1 million), the leisure contract (£1.2 million) and the cost of borrowing (£2.4 million).",
"The budget for 2024/25 was approved by Full Council in February 2024 by a majority of two. The section 151 officer's report on the robustness of the estimates warned that £3.2 million of the savings on which the budget relied were not yet fully developed.",
"Budget monitoring reports were presented to Cabinet quarterly, but we found that they were often late and that the figures changed significantly between quarters without explanation. The quarter 2 report for 2023/24 forecast an overspend of £1.9 million; the outturn was an overspend of £6.6 million.",
"Savings plans have not been delivered. Of £9.6 million of savings planned for 2022/23 and 2023/24 together, £5.6 million was delivered, or 58%. Some savings were counted as delivered when they had merely been deferred.",
("h", "Borrowing and the capital programme"),
"The council's borrowing has grown from £96 million at 31 March 2019 to £287 million at 31 March 2024. Much of that increase financed the purchase of commercial property and lending to Rathmoor Regeneration Company Ltd. The cost of servicing the debt is now equal to 22% of the council's net revenue budget.",
"Between 2021/22 and 2023/24 the council's interest payments rose from £3.1 million to £6.9 million. Table 2 in Annex B sets out the main financial indicators for the last four years.",
"Between 2019 and 2021 the council bought eleven commercial properties for £64 million, seven of them outside the borough. The business cases assumed a net yield of 6.5%. The portfolio yielded 4.1% in 2023/24, and two of the properties are now vacant.",
"We do not suggest that the decision to invest in commercial property was unlawful at the time it was taken. But it exposed the council to risks it did not understand, and the council did not revisit the strategy when the rules on borrowing for yield changed in 2020.",
"The capital programme for 2024/25 to 2028/29 totals £212 million. We found that the programme has not been reviewed for affordability, and that £47 million of it relates to schemes without an approved business case.",
("h", "Rathmoor Regeneration Company Ltd"),
"The council established Rathmoor Regeneration Company Ltd in 2018 to develop housing and commercial space in the town centre. The council has lent the company £38.5 million and holds all its shares. The company has completed 84 homes, against the 450 forecast in its 2020 business plan.",
"The council's shareholder committee met three times in two years. It did not receive the company's accounts, its risk register or its revised business plan. The company's board includes two Cabinet members, which we consider creates a conflict of interest that has not been adequately managed.",
"The company's auditors included a material uncertainty about going concern in its accounts for 2022/23.[^3] That was not reported to Cabinet, to the Audit and Governance Committee, or to Full Council. We consider that it should have been.",
("h", "Financial capacity"),
"The finance team has 26 posts, of which 9 were vacant or filled by interims at the time of our inspection. The council's 2022/23 accounts have not yet been audited, and the external auditor told us that the quality of the working papers had been poor.",
"We found that the section 151 officer has made a good start in setting out the scale of the problem. The council's own submission stated that the finance function was adequately resourced. We do not agree: the council has not given its finance function the resources it needs.",
]),
("6", "Scrutiny and audit", [
("h", "Overview and scrutiny"),
"The Overview and Scrutiny Committee met five times in 2023/24. It made 14 recommendations to Cabinet, of which 2 were accepted, 4 were rejected and 8 received no formal response. The committee did not scrutinise the budget, the medium-term financial strategy or the council's lending to its company.",
"Members of the committee told us that they had received no training on scrutiny since 2021. Several were unaware that the committee could require Cabinet members and officers to attend its meetings.",
"The committee's chair is a member of the largest opposition group, as the constitution provides. Several members of the administration described scrutiny as political point-scoring. Members of the committee described an administration that did not want to be scrutinised. We consider that both views contain some truth.",
"Scrutiny is supported by 0.6 of a full-time officer. We consider that this is not sufficient for a council facing the challenges Rathmoor faces. The council should also make use of the guidance published by the Centre for Governance and Scrutiny.",
("h", "Audit and governance"),
"The Audit and Governance Committee had no independent member until April 2024, when one was appointed. The committee received the internal audit plan but did not receive regular reports on the implementation of audit recommendations. At the time of our inspection, 53 internal audit recommendations were overdue, 19 of them rated high priority.",
"The committee was not told of the external auditor's concerns about the council's companies until the auditor raised them in person. We consider that the committee has not had the information it needs to fulfil its role.",
"The annual governance statement for 2022/23 identified no significant governance issues. We do not consider that to have been a fair statement of the council's position, given what was known at the time.",
("h", "Risk management"),
"The council's corporate risk register was last reviewed by Cabinet in June 2023. It did not list the council's financial resilience, or its exposure to its company, as risks. We were told that a new register was being prepared.",
"Internal audit gave a limited assurance opinion for 2023/24, the second year running. The head of internal audit told us that the service had been unable to complete 38% of its planned audits because of a lack of resources.",
"We found that members of the Audit and Governance Committee were keen to improve, and that the new independent member has already asked searching questions. We consider that the committee can become an effective part of the council's governance with proper support.",
]),
("7", "Procurement and contract management", [
("h", "Contract procedure rules"),
"The council's contract procedure rules permit waivers where there is a good reason not to compete a contract. The number of waivers rose from 29 in 2021/22 to 68 in 2023/24. In a sample of 20 waivers, we found that 7 gave no reason beyond the need to act quickly.",
"The council has no central contracts register that is complete. We found 14 contracts worth more than £100,000 that had expired but under which the council was still paying suppliers.",
("h", "The leisure contract"),
"The council's leisure contract was let in 2014 for ten years. It has been extended three times without competition, most recently in March 2024, with a combined value of £4.6 million. The extensions were approved by officers under delegated powers, and we could find no record that members had been told.",
"The council's procurement lead told us that the leisure market had been difficult since the pandemic and that re-procurement would have been more costly. That may be so, but no assessment of the options was recorded.",
"We were told that the council had begun to re-procure the leisure contract, and that a new contract was expected to start in April 2026.",
("h", "Capacity"),
"The procurement team has three officers. It is not involved in most procurements below £500,000, which are managed by individual services. We found that services were not consistently following the rules, and that the team did not have the capacity to check.",
"We do not suggest that any contract was awarded improperly. We did not find evidence of fraud. But the council cannot show that it has obtained value for money from a significant part of its third-party spend, which was £58 million in 2023/24.",
("h", "Social value"),
"The council adopted a social value policy in 2021. We found little evidence that it had been applied. Of the contracts let in 2023/24 over £100,000, fewer than one in five included social value commitments, and none was monitored.",
"We found some good practice in the council's waste service, whose recent procurement of vehicles was well run and delivered savings of £0.9 million against the budget.",
"The new Procurement Act 2023 will require the council to change its rules and its processes. We consider that the council should use that change as an opportunity to strengthen its controls.",
]),
("8", "Partnerships and place", [
("h", "Working with partners"),
"Partners spoke warmly of many officers. The police, the health partners and the voluntary sector described good working relationships at an operational level. However, several partners told us that they found it hard to know who in the council could make a decision.",
"The council is a member of the county-wide economic partnership. Partners told us that they would welcome a more consistent contribution from Rathmoor, which had not been represented at four of the last seven meetings.",
"The county council told us that joint working on highways and social care had been affected by the turnover of the council's senior staff. Three different officers had represented the council on the joint health and wellbeing board in two years.",
("h", "The Castle Quarter"),
"The Castle Quarter regeneration scheme is the council's most important project. It has attracted investor interest and £18.4 million of government funding. Partners told us that the scheme could transform the town centre.",
"However, we found that the scheme's governance is unclear. The council, its company and a private developer each have roles, and the legal agreements between them had not been finalised at the time of our inspection. We consider that the scheme represents a significant financial risk to the council unless those arrangements are put on a secure footing.",
("h", "Community engagement"),
"The council's residents' survey in 2023 found that 71% of residents were satisfied with waste collection and street cleansing. Only 34% agreed that the council listened to the concerns of local people, down from 49% in 2019.",
"The council's consultation on its 2024/25 budget received 212 responses. We consider that the council should do more to involve residents in decisions about its priorities, particularly as it will have to make difficult choices.",
]),
("9", "Services", [
("h", "Housing"),
"The number of households on the council's housing register has risen to 2,640. The number of households in temporary accommodation rose from 118 in March 2021 to 341 in March 2024. The council's spending on temporary accommodation rose from £1.9 million in 2021/22 to £5.7 million in 2023/24.",
"The council's housing stock of about 5,900 homes is managed in-house. At the time of our inspection, 412 reports of damp and mould were open, 96 of them for more than six months. The council has not yet carried out a full stock condition survey, and the last one was completed in 2016.",
"We found that the housing service was aware of its problems and had a credible plan to address them. The Regulator of Social Housing is engaged with the council. We do not repeat the regulator's work here.",
"Rent collection remained strong, at 98.1% of the rent due in 2023/24, and the council's repairs service completed 91% of emergency repairs within 24 hours.",
("h", "Planning"),
"The council determined 62% of major planning applications within the statutory period in the two years to June 2024, just above the national threshold of 60%, and fell below it in one quarter. It does not have an up-to-date local plan: the current plan was adopted in 2011.",
"Members of the Planning Committee overturned officers' recommendations in 9 of 38 major applications in 2023/24. The council lost five of the appeals that followed, and was ordered to pay costs in three. We do not suggest that members may not disagree with officers, but they must give sound planning reasons when they do.",
("h", "Waste and environmental services"),
"The council's waste and environmental services perform well. The recycling rate was 48% in 2023/24, above the average for the region. Residents' satisfaction is high and the service is well led.",
("h", "Performance management"),
"The council does not have an effective framework for managing performance. Cabinet received a performance report twice in 2023/24. Many of the indicators in it had no targets, and 11 of the 32 indicators had not been updated for more than a year.",
"We consider that members cannot hold officers to account, and residents cannot hold members to account, without reliable information about the council's performance.",
]),
("10", "Conclusions and recommendations", [
("h", "Conclusions"),
"We have concluded that Rathmoor Borough Council is failing to comply with its best value duty in respect of governance, culture and leadership, financial management, scrutiny and procurement. We have not found failure in the delivery of the council's waste and environmental services.",
"We recognise that the council's new Chief Executive and section 151 officer have begun to address the problems we describe. We do not underestimate the difficulty of what they face, and we have been impressed by their candour.",
"We do not consider that the council can secure the improvement it needs on its own, or in time. The council's own improvement plan, adopted in September 2024, contains 96 actions but no priorities and no costings. Its delivery depends on the same leadership that has presided over the council's decline.",
"We therefore recommend that the Secretary of State intervene. Commissioners should be appointed with powers over the council's governance, its financial management, the appointment and dismissal of its statutory officers and senior staff, and its oversight of Rathmoor Regeneration Company Ltd.",
"We consider that intervention should last for at least three years. The council should be able to demonstrate, before intervention ends, that it has a stable leadership, balanced finances and a culture in which challenge is welcome.",
("h", "Recommendations"),
"Our recommendations are addressed to the council, but we expect commissioners, if appointed, to oversee their implementation.",
]),
]

RECOMMENDATIONS = [
"The council should prepare, within six months, an improvement and recovery plan with clear priorities, costs and timescales, to be agreed with commissioners.",
"The council should undertake a full review of its constitution, including its scheme of delegation and the rules on urgent decisions, and ensure that members and officers are trained in it.",
"The council should ensure that the Monitoring Officer and the section 151 officer are members of the Corporate Leadership Team and are consulted before any key decision is taken.",
"The council should prepare a realistic medium-term financial strategy that closes the budget gap without further use of reserves, and rebuild its general fund reserve to at least £10 million by 2028.",
"The council should review its capital programme and its commercial property portfolio, and prepare a plan to reduce its borrowing.",
"The council should commission an independent review of Rathmoor Regeneration Company Ltd, including its business plan, its governance and the council's exposure to it, and report the findings to Full Council.",
"The council should strengthen its scrutiny function, including by increasing the officer support available to it and by responding formally to every scrutiny recommendation within two months.",
"The council should revise its protocol on member-officer relations, provide training to all members and officers, and ensure that its standards arrangements determine complaints promptly.",
"The council should put in place a complete contracts register, reduce its use of waivers and ensure that all contracts over £100,000 are reported to members.",
]

ANNEX = ("Annex A Methodology", [
"The inspection team comprised a Lead Inspector and two Assistant Inspectors, supported by an officer of the Department. The team was on site in Rathmoor for 21 days between July and October 2024.",
"We held 112 interviews and focus groups, including with 31 of the council's 43 councillors. All members were invited to meet us. We also spoke to the former Chief Executive and two former section 151 officers.",
"The staff survey was run online and on paper. It was anonymous, and the results were analysed by the Department's analysts. Percentages in Table 1 are of those who answered each question and may not sum to 100 because of rounding.",
"The council was given an opportunity to comment on the factual accuracy of a draft of this report. We have considered its comments and made changes where we agreed with them.",
])

ANNEX_B = ("Annex B Financial indicators",
"Table 2 sets out the council's main financial indicators for the last four years. The figures are taken from the council's statements of accounts and outturn reports; those for 2022/23 and 2023/24 are unaudited and may change.")

TABLE2_HEAD = ["Indicator", "2020/21", "2021/22", "2022/23", "2023/24"]
TABLE2_ROWS = [
["General fund reserve at year end (£m)", "14.2", "11.9", "8.8", "5.3"],
["Earmarked reserves at year end (£m)", "22.7", "19.4", "15.8", "12.9"],
["Borrowing at year end (£m)", "201", "236", "268", "287"],
["Revenue overspend at outturn (£m)", "0.4", "2.1", "3.9", "6.6"],
["Savings planned (£m)", "n/a", "n/a", "4.1", "5.5"],
["Savings delivered (£m)", "n/a", "n/a", "2.7", "2.9"],
["Temporary accommodation spend (£m)", "1.4", "1.9", "3.6", "5.7"],
["Agency and interim staff spend (£m)", "1.8", "2.2", "3.1", "4.3"],
["Interest payable (£m)", "2.6", "3.1", "4.8", "6.9"],
]

FOOTNOTES = {
1: "Section 24 and Schedule 7 of the Local Audit and Accountability Act 2014.",
2: "Council's medium-term financial strategy 2024/25 to 2026/27, Cabinet, 13 February 2024.",
3: "Rathmoor Regeneration Company Ltd, annual report and financial statements for the year ended 31 March 2023.",
}

TABLE1_HEAD = ["Statement", "Agree (%)", "Neither (%)", "Disagree (%)"]
TABLE1_ROWS = [
["I understand what is expected of me in my role", "86", "7", "7"],
["I have the tools and equipment I need to do my job", "52", "18", "30"],
["My line manager supports me", "74", "13", "13"],
["I am proud to work for the council", "58", "24", "18"],
["Morale in my team has improved in the last two years", "14", "22", "64"],
["Senior leaders communicate a clear vision for the council", "29", "31", "40"],
["I trust the decisions made by senior leaders", "24", "33", "43"],
["Members treat officers with respect", "31", "28", "41"],
["I would feel safe raising a concern about wrongdoing", "21", "32", "47"],
["I know how to raise a concern under the whistleblowing policy", "55", "17", "28"],
["Bullying and harassment are not tolerated here", "36", "27", "37"],
["I have experienced bullying or harassment at work in the last 12 months", "23", "9", "68"],
["My workload is manageable", "41", "19", "40"],
["I am paid fairly for the work I do", "27", "21", "52"],
["I would recommend the council as a place to work", "33", "29", "38"],
["I intend to be working for the council in two years' time", "47", "30", "23"],
["Members interfere in operational matters", "44", "35", "21"],
["The council acts on the results of staff surveys", "12", "34", "54"],
["I receive the training I need to do my job", "49", "21", "30"],
["Change is managed well in the council", "16", "29", "55"],
]


def clean(text):
    return re.sub(r"\[\^\d+\]", "", text)


def main():
    places = [{"label": "foreword", "kind": "foreword", "chapter": "Foreword", "heading": None,
               "page": None, "text": t} for t in FOREWORD]
    for num, title, items in CHAPTERS:
        chapter = f"{num} {title}"
        heading, n = None, 0
        for item in items:
            if isinstance(item, tuple):
                heading = item[1]
                continue
            if item == "TABLE1":
                cells = TABLE1_HEAD + [c for r in TABLE1_ROWS for c in r]
                places.append({"label": "Table 1", "kind": "table", "chapter": chapter,
                               "heading": heading, "page": None, "text": " ".join(cells),
                               "caption": "Table 1: Staff survey 2024, selected results"})
                continue
            n += 1
            places.append({"label": f"{num}.{n}", "kind": "paragraph",
                           "chapter": chapter, "heading": heading, "page": None,
                           "text": clean(item), "source_markup": item if item != clean(item) else None})
        if num == "10":
            for i, r in enumerate(RECOMMENDATIONS, 1):
                places.append({"label": f"R{i}", "kind": "recommendation", "chapter": chapter,
                               "heading": "Recommendations", "page": None, "text": r})
    for i, a in enumerate(ANNEX[1], 1):
        places.append({"label": f"A.{i}", "kind": "annex", "chapter": ANNEX[0], "heading": None,
                       "page": None, "text": a})
    places.append({"label": "B.1", "kind": "annex", "chapter": ANNEX_B[0], "heading": None,
                   "page": None, "text": ANNEX_B[1]})
    cells = TABLE2_HEAD + [c for r in TABLE2_ROWS for c in r]
    places.append({"label": "Table 2", "kind": "table", "chapter": ANNEX_B[0], "heading": None,
                   "page": None, "text": " ".join(cells),
                   "caption": "Table 2: Main financial indicators, 2020/21 to 2023/24"})
    for p in places:
        if p.get("source_markup") is None:
            p.pop("source_markup", None)
    data = {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "wkhtmltopdf 0.12.4 (with patched qt) from generated HTML",
            "numbering": "two-level", "page_offset": 0,
            "furniture": [TITLE, "Page N of M", "OFFICIAL"],
            "places": places,
            "footnotes": [{"number": k, "page": None, "text": v} for k, v in FOOTNOTES.items()],
            "table_rows": {"Table 1": {"head": TABLE1_HEAD, "rows": TABLE1_ROWS},
                           "Table 2": {"head": TABLE2_HEAD, "rows": TABLE2_ROWS}}}
    Path(__file__).with_name("report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1))
    print(len(places), "places")


if __name__ == "__main__":
    main()
