# Authored content of the Tennford report. gen_report.py turns it into report.json.
# Footnote calls are written [[n]] after the word that carries them.

TITLE = "Best Value Inspection of Tennford District Council"

FOOTNOTES = {
    1: "Local Government Act 1999, section 10, as amended.",
    2: "Best Value Standards and Intervention: a statutory guide for best value authorities, May 2024.",
    3: "Figures supplied by the council's Democratic Services team, March 2025.",
    4: "Tennford District Council Staff Survey 2024, conducted in October and November 2024.",
    5: "Figures for 2020/21 to 2023/24 taken from the council's agency staffing returns.",
    6: "Statement of Accounts 2023/24 (draft, unaudited), Balance Sheet and note 21.",
    7: "Medium Term Financial Strategy 2025/26 to 2027/28, approved by Council on 26 February 2025.",
    8: "Commercial Property Investment Strategy, Cabinet report of 11 September 2018.",
    9: "Head of Internal Audit Annual Opinion 2023/24.",
    10: "Contract Procedure Rules, Part 4 of the council's constitution, rule 9 (waivers).",
    11: "Department for Levelling Up, Housing and Communities planning performance tables, 24 months to September 2024.",
    12: "Tennford Residents' Survey 2023 (1,204 respondents), carried out for the council by an independent research company.",
}

# (chapter title, [ (heading or None, [ (label, text) ... ]) ... ])
CHAPTERS = [
("Chapter 1: Executive summary", [
 (None, [
  ("1.1", "On 9 October 2024 the Secretary of State appointed us to carry out a Best Value inspection of Tennford District Council under section 10 of the Local Government Act 1999.[[1]] We were asked to examine the council's compliance with its best value duty in respect of governance, leadership and culture, financial management, scrutiny, procurement and the delivery of key services. This is our report. We thank the members, officers, partners and residents who gave their time to the inspection."),
  ("1.2", "We have concluded that Tennford District Council is failing to comply with its best value duty. The failings we describe are not confined to one service or one decision. They are found across the council's governance, its financial management, its culture and its arrangements for scrutiny and procurement, and they reinforce one another."),
  ("1.3", "The council's general fund reserve has fallen from £11.8 million at 31 March 2021 to £4.3 million at 31 March 2024, and the council's own forecast shows it falling to £1.9 million by March 2026. The medium term financial strategy identifies a budget gap of £7.6 million over the three years to 2027/28, and no credible plan has yet been agreed to close it."),
  ("1.4", "Decision-making has drifted away from the council's own constitution. Thirty-one decisions were taken under the urgency procedure in 2023/24, compared with six in 2021/22, and eleven of those decisions committed more than £500,000 each. Most of them were not subject to call-in. Members outside the ruling group told us they learned of several of these decisions from the local press."),
  ("1.5", "The culture of the organisation is a serious concern. In the council's 2024 staff survey, 47% of respondents said they did not feel safe to speak up about wrongdoing, and 38% said they had experienced or witnessed bullying or intimidating behaviour by a councillor. Only 29% said they had trust in the senior leadership of the council."),
  ("1.6", "We found much to commend in the commitment of front-line staff, in the council's waste and recycling service, and in its work with voluntary sector partners through the Tennford Together partnership. The Chief Executive, who took up post in April 2024, has begun to address some of the issues we describe, and we recognise the progress made in a short time."),
  ("1.7", "We do not suggest that any individual member or officer has acted unlawfully. However, the council has not been given the leadership, the resources or the challenge it needs to recognise the scale of its difficulties, and its political leadership has been slow to accept them."),
  ("1.8", "The Leader told us that the issues identified were largely historic and that the council was now on a firm footing. We do not share that view. The council's own submission stated that it had a clear and credible improvement plan in place, but the plan we were shown had not been costed and had not been approved by Cabinet."),
  ("1.9", "We do not consider that the council has the capacity to deliver the improvements required within a reasonable timescale without external support. We therefore recommend that the Secretary of State exercise his powers of intervention, including the appointment of commissioners with powers over governance, finance and the appointment of senior officers."),
  ("1.10", "Our eight recommendations are set out in Chapter 10. Taken together they are intended to give the council a realistic path back to compliance with its best value duty within three years."),
 ]),
]),
("Chapter 2: Introduction and background", [
 ("The inspection", [
  ("2.1", "The inspection team comprised a lead inspector, a former chief executive of a unitary authority, and two assistant inspectors with experience of local government finance and of governance and standards. We were supported by a small secretariat from the Ministry of Housing, Communities and Local Government."),
  ("2.2", "We conducted the inspection between October 2024 and March 2025. We held 96 interviews and focus groups with members, officers, partners and others, reviewed more than 1,400 documents, and observed eleven formal meetings of the council, its Cabinet and its committees. Our methodology is described in Annex A."),
  ("2.3", "We assessed the council against the themes and characteristics set out in the statutory guidance on best value.[[2]] We have drawn on the council's own documents wherever possible, and we have tested what we were told against what we saw."),
 ]),
 ("The council", [
  ("2.4", "Tennford is a largely rural district in the South West with a population of around 118,000. Its largest town, Tennford, has a population of about 41,000; the remainder of the district is made up of market towns and villages. The district has pockets of significant deprivation, particularly in the Eastbrook and Harbourside wards."),
  ("2.5", "The council has 43 councillors in 21 wards. Since May 2023 the Tennford Independent Alliance has held 24 seats and forms the administration; the Conservative group holds 12 seats, the Liberal Democrats five, and there are two members who sit as independents. The council operates a Leader and Cabinet model with seven Cabinet members."),
  ("2.6", "The council employs around 640 staff and had a net revenue budget of £18.4 million in 2024/25. It retains a housing stock of roughly 2,300 homes, managed through its housing revenue account, and delivers waste collection, planning, environmental health, leisure and housing services."),
 ]),
 ("Events leading to the inspection", [
  ("2.7", "In 2023 the council's external auditor issued a report in the public interest concerning the council's commercial property investments and the governance of its wholly owned company, Tennford Leisure Limited. In the same year a Local Government Association corporate peer challenge found that the council's governance arrangements were under strain and that relationships between members and officers had broken down in several areas."),
  ("2.8", "The council has had three Chief Executives, including interim appointments, since 2021. The current Chief Executive was appointed in April 2024. The post of Monitoring Officer was filled on an interim basis for fourteen months before a permanent appointment was made in January 2025."),
 ]),
]),
("Chapter 3: Governance", [
 ("The constitution", [
  ("3.1", "A council's constitution should provide clarity about who takes decisions, on what basis and with what checks. Tennford's constitution was last comprehensively reviewed in 2016. Since then it has been amended piecemeal on 23 occasions, and in several places it is now internally inconsistent. Officers told us that they were unsure which version of the scheme of delegation was current."),
  ("3.2", "We found that the scheme of delegation to officers had not been updated to reflect the restructure of 2022. As a result, at least four decisions taken in 2023/24 were taken by officers whose posts no longer existed in the form described in the constitution. We do not suggest that these decisions were wrong in substance, but the council could not show that they were properly authorised."),
 ]),
 ("Urgent decisions", [
  ("3.3", "The constitution allows a decision to be taken as a matter of urgency, and exempted from call-in, where any delay would seriously prejudice the council's or the public's interests. This is intended to be an exceptional procedure."),
  ("3.4", "In 2023/24 the council took 31 decisions under the urgency procedure, compared with six in 2021/22 and 14 in 2022/23.[[3]] Eleven of the 31 decisions committed expenditure of more than £500,000. They included the extension of the waste collection contract, a loan of £1.8 million to Tennford Leisure Limited and the acquisition of a retail unit in Tennford town centre."),
  ("3.5", "In most of these cases we could find no evidence that the urgency could not have been foreseen. The loan to Tennford Leisure Limited, for example, had been discussed by officers for at least five months before the decision was taken. We consider that the urgency procedure has been used to avoid scrutiny rather than to meet a genuine emergency."),
  ("3.6", "The Leader told us that urgent decisions had been necessary because the council's committee cycle was too slow to respond to events. We accept that a small number of decisions were genuinely urgent. But the committee cycle is within the council's control, and it has not been changed."),
 ]),
 ("Member and officer relationships", [
  ("3.7", "Effective governance depends on mutual respect between members and officers and on a shared understanding of their respective roles. At Tennford these relationships have been under strain for some years. Several senior officers described being contacted directly by Cabinet members about operational matters, sometimes late at night, and being asked to change the content of reports."),
  ("3.8", "One officer told us that it was safer to say nothing than to give advice the administration did not want to hear. We heard similar accounts from officers at different levels and in different services, and we have given them weight for that reason."),
  ("3.9", "We do not suggest that all Cabinet members behave in this way, and some officers spoke positively about their working relationships with individual portfolio holders. However, the pattern we found is sufficiently widespread to be a matter of corporate concern."),
 ]),
 ("Standards", [
  ("3.10", "The number of code of conduct complaints about members has risen from 12 in 2021/22 to 47 in 2023/24. Of the 47 complaints made in 2023/24, 19 were made by other members and nine by officers. At the time of our inspection, 22 complaints had been outstanding for more than six months."),
  ("3.11", "The Standards Committee met only twice in 2023/24, and one of those meetings was inquorate. The committee has not considered a report on the handling of complaints since 2022. Members of all groups told us that they had lost confidence in the process."),
  ("3.12", "The absence of a permanent Monitoring Officer for fourteen months contributed to these delays. We welcome the permanent appointment made in January 2025, but the new Monitoring Officer has inherited a substantial backlog and a team of only two lawyers."),
 ]),
 ("Transparency", [
  ("3.13", "The council publishes its decisions, but often late and with little explanation. In 2023/24, 37% of Cabinet reports were published after the statutory deadline, and the forward plan of key decisions was updated only sporadically. Members of the public told us that they found it very difficult to understand how and when decisions were made."),
  ("3.14", "We recognise that the current Chief Executive has begun a review of the constitution, due to report in the summer of 2025. That review is necessary but not sufficient: the difficulties we describe are as much about behaviour as about rules."),
 ]),
]),
("Chapter 4: Leadership and culture", [
 ("Political leadership", [
  ("4.1", "The Leader has led the council since May 2019 and commands the loyalty of her group. Members and officers described her as committed to the district and energetic in representing it. Partners spoke positively about her advocacy for the district's market towns."),
  ("4.2", "However, we found that political leadership at Tennford has been characterised by a reluctance to accept difficult advice and by a tendency to attribute problems to others: to previous administrations, to officers, to government or to the local press. The Leader told us that the council had been treated unfairly by the external auditor. We do not share that view."),
  ("4.3", "Cabinet meetings are short and largely formal. In the eleven meetings we observed or reviewed, the average length of a Cabinet meeting was 38 minutes, and significant decisions were frequently taken without debate. Members outside the ruling group told us that real decisions were made elsewhere, at group meetings to which officers were not invited."),
 ]),
 ("Managerial leadership", [
  ("4.4", "The council's senior management has been unstable. Of the seven posts in the corporate leadership team, five were filled on an interim basis at the start of our inspection. Three of those posts had been held by interim post-holders for more than a year."),
  ("4.5", "The current Chief Executive has made a good start. Staff told us that she is visible and approachable, and she has begun to recruit permanent directors. We welcome this. But the Chief Executive cannot change the culture of the organisation alone, and she will need the consistent support of the political leadership to do so."),
 ]),
 ("Staff survey", [
  ("4.6", "The council carried out a staff survey in the autumn of 2024, its first since 2019.[[4]] Of around 640 staff, 391 responded, a response rate of 61%. The results, which are summarised in Table 1, are among the most concerning we have seen."),
  ("4.7", "Nearly half of the respondents (47%) said that they did not feel safe to speak up about wrongdoing. More than a third (38%) said that they had experienced or witnessed bullying or intimidating behaviour by a councillor in the previous twelve months, and 24% said the same of a manager."),
  ("4.8", "Only 29% of respondents said that they trusted the council's senior leadership, compared with 52% in 2019. Only 33% said that they believed action would be taken as a result of the survey. Yet 72% said that they were proud to work for the council, and 81% said that they understood how their work contributed to the council's objectives."),
 ]),
 ("Recruitment, retention and agency staff", [
  ("4.9", "Staff turnover in 2023/24 was 19.4%, compared with 13.1% in 2020/21. Exit interviews, where they were carried out, frequently cited workload and the behaviour of members as reasons for leaving. The council has found it particularly difficult to recruit to legal, planning and finance posts."),
  ("4.10", "Spending on agency and interim staff rose from £1.2 million in 2020/21 to £3.4 million in 2023/24.[[5]] Some interim appointments have been renewed repeatedly without competition. One interim director had been in post for 26 months at the time of our inspection."),
  ("4.11", "We do not criticise the use of interim staff as such. Interim appointments can bring valuable skills and stability during a period of change. But at Tennford they have become a substitute for a workforce strategy, and they are expensive."),
 ]),
 ("Partnerships", [
  ("4.12", "Partners we spoke to were generally positive about working with the council at an operational level. The Tennford Together partnership, which brings together the council, the voluntary sector and health partners, was described to us as an example of good practice, particularly for its work on the cost of living."),
  ("4.13", "At a strategic level, however, partners told us that the council was hard to engage with and that it had withdrawn from several county-wide forums. The county council told us that it had been unable to secure the district's participation in joint work on the local plan for more than a year."),
  ("4.14", "We do not consider that the council has yet developed the culture of openness, challenge and respect that is a characteristic of a well-run authority. Changing that culture will require sustained effort from members and officers alike."),
 ]),
]),
("Chapter 5: Financial management", [
 ("Overview", [
  ("5.1", "Sound financial management is at the heart of the best value duty. We found that the council's financial position has deteriorated significantly since 2021, and that its financial planning, its management of reserves and its oversight of commercial activity have all fallen short of the standard we would expect."),
  ("5.2", "The Leader told us that the council's finances were robust and well managed. The council's own submission described its financial position as challenging but stable. We do not agree with either assessment. We do not consider that a section 114 notice is imminent, but without decisive action the council will exhaust its usable general fund reserves during 2026/27."),
 ]),
 ("Reserves", [
  ("5.3", "The council's general fund reserve fell from £11.8 million at 31 March 2021 to £4.3 million at 31 March 2024.[[6]] Over the same period earmarked reserves fell from £14.6 million to £8.9 million. The council's own forecast shows the general fund reserve falling to £1.9 million by March 2026, below the minimum of £2.5 million recommended by the section 151 officer."),
  ("5.4", "The reserves have been used principally to meet overspends in temporary accommodation, in the leisure company and in agency staffing, and to balance the budget in each of the last three years. In 2024/25 the budget was balanced by a planned draw of £2.2 million from reserves."),
 ]),
 ("The medium term financial strategy", [
  ("5.5", "The medium term financial strategy identifies a cumulative budget gap of £7.6 million over the three years to 2027/28.[[7]] Savings of £2.9 million have been identified, of which only £1.1 million are rated as deliverable by the council's own finance team. The balance of £4.7 million has no identified solution."),
  ("5.6", "Table 2 summarises the council's budget position. We were concerned that the strategy relies on assumptions about income growth from car parking and commercial property which are not supported by recent performance."),
 ]),
 ("Commercial property", [
  ("5.7", "Between 2018 and 2020 the council bought eleven commercial properties for a total of £68 million, funded almost entirely by borrowing from the Public Works Loan Board.[[8]] Nine of the properties are outside the district. The investment strategy assumed a net yield of 6.5%. The actual net yield in 2023/24 was 3.1%."),
  ("5.8", "Two of the properties are now vacant, and a third is let to a tenant in administration. The council's own valuation of the portfolio at 31 March 2024 was £51.3 million, some £16.7 million less than it paid. We do not suggest that every property purchase was unwise at the time it was made, but the portfolio as a whole has exposed the council to a level of risk it was not equipped to manage."),
 ]),
 ("Tennford Leisure Limited", [
  ("5.9", "Tennford Leisure Limited was established in 2019 to run the council's three leisure centres. The council has lent the company £9.2 million in total, including the loan of £1.8 million approved under the urgency procedure in 2023/24. The company made losses in each of its five years of trading, and its losses in 2023/24 were £1.4 million."),
  ("5.10", "The company's board includes two Cabinet members. We found that the council's role as shareholder was not clearly separated from its role as lender and commissioner, and that the shareholder committee had met only once since 2022. We consider the governance of the company to be inadequate."),
 ]),
 ("Financial controls and audit", [
  ("5.11", "The council's accounts for 2021/22 and 2022/23 received disclaimed opinions from the external auditor, in part because of the national backlog but also because the council was unable to provide adequate working papers. The draft accounts for 2023/24 were published 11 weeks after the statutory deadline."),
  ("5.12", "The finance team has 22 posts, of which eight were vacant or covered by agency staff at the time of our inspection. The section 151 officer told us that the team did not have the capacity to produce timely accounts and support budget holders at the same time. We agree with that assessment."),
  ("5.13", "Budget monitoring reports to Cabinet have been late and have not always reflected the position known to officers. In September 2023, Cabinet was told of a forecast overspend of £0.6 million; the outturn overspend for the year was £2.3 million."),
  ("5.14", "We recognise that the council faces pressures common to many district councils, including rising demand for temporary accommodation and the effect of inflation on contract costs. But those pressures do not explain the scale of the deterioration we have found, which is in large part the result of decisions taken by the council itself."),
 ]),
]),
("Chapter 6: Scrutiny and audit", [
 ("Overview and scrutiny", [
  ("6.1", "Effective scrutiny is an essential check on the executive. At Tennford the Overview and Scrutiny Committee met five times in 2023/24, and two of its meetings were cancelled for lack of business. Its chair is a member of the ruling group, as are six of its nine members."),
  ("6.2", "There have been only two call-ins in the last three years, and neither resulted in a decision being changed. The committee's work programme consists largely of items brought forward by officers; we found no example of a scrutiny review initiated by members since 2021."),
  ("6.3", "Members of the committee told us that they received papers late and were discouraged from asking questions of Cabinet members. One member told us that the committee was a rubber stamp. We saw some good questioning by individual members at the meeting we observed, but we do not consider that scrutiny at Tennford is effective."),
 ]),
 ("Audit and governance", [
  ("6.4", "The Audit and Governance Committee has no independent member, contrary to the recommendation of CIPFA's position statement on audit committees. Its members have received no training since 2022. Several members told us that they did not understand the financial reports presented to them."),
  ("6.5", "In 2023/24 internal audit issued limited or no assurance opinions on nine of the 21 audits completed.[[9]] These included audits of procurement, of the management of temporary accommodation, and of payroll. The Head of Internal Audit gave a limited assurance opinion on the council's overall framework of governance, risk management and control."),
  ("6.6", "Of the 64 internal audit recommendations due for implementation by 31 March 2024, 27 were outstanding at the time of our inspection. The Audit and Governance Committee had not called any officer or Cabinet member to account for the delays."),
 ]),
 ("Risk management", [
  ("6.7", "The corporate risk register was last reviewed by Cabinet in March 2023. It does not include the council's commercial property portfolio or its exposure to Tennford Leisure Limited as distinct risks, although both have been identified by the external auditor as significant."),
  ("6.8", "We found little evidence that risk information was used in decision-making. Cabinet reports contain a standard section on risk, but in most of the reports we reviewed it was brief and generic."),
  ("6.9", "We consider that the council's arrangements for scrutiny, audit and risk management do not provide members with the assurance they need, and that they have not prevented the problems we describe in this report."),
 ]),
]),
("Chapter 7: Procurement and contract management", [
 ("Procurement", [
  ("7.1", "The council spends around £46 million a year with external suppliers. Its contract procedure rules are broadly adequate on paper, but they are not consistently followed, and the council's procurement team has shrunk from five posts to two since 2020."),
  ("7.2", "The council's contract procedure rules allow the requirement to seek competitive quotations or tenders to be waived in exceptional circumstances.[[10]] In 2023/24 the council approved 143 waivers, compared with 41 in 2020/21. The waivers approved in 2023/24 had a combined value of £8.7 million."),
  ("7.3", "One officer told us that waivers had become the normal way of getting things done. Our review of a sample of 30 waivers found that 18 of them gave no reason beyond the need for speed, and that six had been approved after the contract had already been let."),
 ]),
 ("The contracts register", [
  ("7.4", "The council is required to publish details of contracts with a value of more than £5,000. Its contracts register lists 212 contracts. We identified a further 57 contracts with a value above £25,000 which did not appear on the register, with a combined value of £6.2 million."),
  ("7.5", "We do not suggest that any of these contracts was let improperly. But the absence of a complete register means that the council cannot know what it has committed to, when contracts are due to expire, or whether it is obtaining value for money."),
 ]),
 ("The waste collection contract", [
  ("7.6", "The waste collection contract, valued at £14.6 million over its original seven-year term, was extended without competition in 2022 and again in 2023. The second extension was approved under the urgency procedure. The council did not seek legal advice on whether the extensions were compliant with procurement law until after they had been agreed."),
  ("7.7", "The waste and recycling service itself performs well. Residents' satisfaction with waste collection was 78% in the council's 2023 residents' survey, and the district's recycling rate of 57% is among the highest in the region. Our concern is with how the contract has been managed, not with the service residents receive."),
 ]),
 ("Contract management", [
  ("7.8", "Contract management is weak. Of the 20 largest contracts, only seven had a named contract manager, and only four had been subject to a formal performance review in the last year. The council could not tell us whether performance deductions had been applied to the grounds maintenance contract, which was the subject of 312 complaints in 2023/24."),
  ("7.9", "The council's submission stated that a new procurement strategy would be in place by April 2025. At the time of writing, a draft had been prepared but not approved."),
  ("7.10", "We consider that the council's arrangements for procurement and contract management fall well short of what is required to secure value for money, and that the frequent use of waivers and urgent decisions has exposed it to legal and financial risk."),
 ]),
]),
("Chapter 8: Services to residents", [
 ("Housing and homelessness", [
  ("8.1", "Demand for temporary accommodation in Tennford has grown sharply. At 31 March 2024, 96 households were in temporary accommodation, compared with 31 at 31 March 2021. Of these, 41 were in bed and breakfast accommodation, and 14 families with children had been in bed and breakfast for longer than the statutory limit of six weeks."),
  ("8.2", "The net cost to the general fund of temporary accommodation rose from £0.4 million in 2020/21 to £1.7 million in 2023/24. The council has not yet developed a strategy to increase the supply of its own temporary accommodation, although it has been discussed at Cabinet on three occasions since 2022."),
  ("8.3", "The council's housing stock is generally in fair condition, but the council could not provide us with complete stock condition data. Its own records show that 11% of homes had not had a stock condition survey in the last five years."),
 ]),
 ("Planning", [
  ("8.4", "The planning service has struggled with vacancies and with the absence of an up-to-date local plan. The local plan was adopted in 2014 and its review has been delayed three times. In the 24 months to September 2024, the council determined 58% of major planning applications within the statutory period or an agreed extension, against a national threshold of 60%.[[11]]"),
  ("8.5", "The council's performance on non-major applications was better, at 74%, but still below the national threshold of 70% for much of 2023. Applicants and agents we spoke to described the service as slow but professional."),
 ]),
 ("Residents' views", [
  ("8.6", "The council's 2023 residents' survey found that 54% of residents were satisfied with the way the council runs things, compared with 68% in 2019.[[12]] Only 31% agreed that the council keeps residents well informed, and only 23% agreed that the council acts on the concerns of local residents."),
  ("8.7", "Residents were most satisfied with waste collection (78%), parks and open spaces (71%) and leisure facilities (52%). They were least satisfied with planning (29%) and with the condition of town centres (26%)."),
  ("8.8", "We do not suggest that the council's services are failing across the board. Many front-line services are delivered well by committed staff. But the weaknesses we describe in governance and finance put those services at risk."),
 ]),
]),
("Chapter 9: Capacity to improve", [
 (None, [
  ("9.1", "The statutory guidance asks us to consider whether the council has the capacity and the will to improve without intervention. We have considered the council's own improvement plan, the steps taken by the current Chief Executive, and the response of the political leadership to the concerns raised with it."),
  ("9.2", "The council's submission stated that it had a clear and credible improvement plan in place. The plan we were shown contained 64 actions, of which 23 had no named owner and 41 had no target date. It had not been costed, and it had not been approved by Cabinet."),
  ("9.3", "We recognise that the council has taken some positive steps since the Chief Executive's appointment, including the appointment of a permanent Monitoring Officer, the commissioning of a review of the constitution and the recruitment of two permanent directors. These are welcome."),
  ("9.4", "But the council has received clear warnings before, from its external auditor in 2023 and from the Local Government Association peer challenge in the same year, and it did not act on them. Of the 14 recommendations made by the peer challenge, the council's own progress report rated only three as complete."),
  ("9.5", "The Leader told us that she welcomed the inspection and would work constructively with any improvement arrangements. We note that commitment. However, in our interviews with her and with Cabinet members, we found little recognition of the council's own responsibility for the failings we describe."),
  ("9.6", "We do not consider that the council has the capacity to deliver the necessary improvements without external support. We consider that the appointment of commissioners is necessary to secure the council's compliance with its best value duty, and that the council should be required to prepare and deliver an improvement and recovery plan under their oversight."),
 ]),
]),
("Chapter 10: Recommendations", [
 (None, [
  ("10.1", "We make the following recommendations to the Secretary of State. We recommend that they be given effect by directions under section 15 of the Local Government Act 1999, and that commissioners be appointed to oversee their delivery for a period of three years."),
 ]),
 ("Recommendations", [
  ("Recommendation 1", "Commissioners should be appointed with powers over the council's governance and decision-making, its financial management and the appointment and dismissal of statutory and senior officers, for a period of three years."),
  ("Recommendation 2", "The council should prepare, within six months, an improvement and recovery plan to the satisfaction of the commissioners, with costed actions, named owners and clear milestones, and should report progress to full Council every quarter."),
  ("Recommendation 3", "The council should undertake a full review of its constitution, including the scheme of delegation and the urgency procedure, and should restrict the use of urgent decisions to genuine emergencies, reporting every such decision to the next meeting of full Council."),
  ("Recommendation 4", "The council should prepare a balanced medium term financial strategy which closes the budget gap without further use of general fund reserves, and should set a plan to restore the general fund reserve to at least £2.5 million by March 2028."),
  ("Recommendation 5", "The council should review its commercial property portfolio and its relationship with Tennford Leisure Limited, including a review of the company's business plan and of the separation of the council's roles as shareholder, lender and commissioner."),
  ("Recommendation 6", "The council should strengthen its overview and scrutiny and audit functions, including by appointing at least one independent member to the Audit and Governance Committee and by providing training for all members of both committees."),
  ("Recommendation 7", "The council should review its contract procedure rules and its use of waivers, complete its contracts register within six months, and establish effective contract management for all contracts with a value of more than £100,000."),
  ("Recommendation 8", "The council should develop and implement, with the support of the commissioners, a programme to improve the relationship between members and officers, including a revised member-officer protocol and training for all members on the code of conduct."),
 ]),
]),
("Annex A: Methodology", [
 (None, [
  ("A.1", "The inspection was carried out under section 10 of the Local Government Act 1999. The terms of reference were set out in the letter of appointment of 9 October 2024 and were published on GOV.UK."),
  ("A.2", "We held 96 interviews and focus groups with 142 people, including members of all political groups, the Chief Executive and senior officers, front-line staff, trade union representatives, the external auditor, partners in the public and voluntary sectors, and members of the public."),
  ("A.3", "We reviewed more than 1,400 documents supplied by the council and by others, including committee papers, financial reports, audit reports, the staff survey and the residents' survey. We observed eleven formal meetings."),
  ("A.4", "We shared a draft of our factual findings with the council in April 2025 to allow it to correct any errors of fact. We considered the council's response carefully and made amendments where we judged them appropriate. The conclusions are ours alone."),
 ]),
]),
]

# Tables: placed after the given paragraph.
TABLES = {
 "4.6": ("Table 1", "Staff survey 2024: selected results",
   ["Statement", "2019", "2024"],
   [["I feel safe to speak up about wrongdoing", "64%", "53%"],
    ["I trust the council's senior leadership", "52%", "29%"],
    ["I believe action will be taken as a result of this survey", "45%", "33%"],
    ["I am proud to work for the council", "79%", "72%"],
    ["I understand how my work contributes to the council's objectives", "84%", "81%"]]),
 "5.6": ("Table 2", "General fund budget position, 2024/25 to 2027/28 (£ million)",
   ["", "2024/25", "2025/26", "2026/27", "2027/28"],
   [["Net revenue budget", "18.4", "19.1", "19.8", "20.3"],
    ["Planned draw from reserves", "2.2", "0.2", "0.0", "0.0"],
    ["Savings identified", "0.9", "1.2", "1.0", "0.7"],
    ["Budget gap (cumulative)", "0.0", "2.6", "5.3", "7.6"],
    ["General fund reserve at year end", "2.1", "1.9", "n/a", "n/a"]]),
}
