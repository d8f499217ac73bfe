"""Writes report.json (texts only; build.py fills in the pages)."""
import json

TITLE = "Best Value Inspection: Cressing Borough Council"

RECS = [
    ("R1", "The council should, within three months, agree with the Commissioners an improvement and recovery plan that sets out measurable milestones for governance, culture and financial sustainability, and should report progress on it to every meeting of full council."),
    ("R2", "The council should bring forward a balanced and deliverable medium term financial strategy for 2025/26 to 2027/28 that closes the forecast budget gap of £7.9 million without further reliance on reserves."),
    ("R3", "The council should prepare and implement an asset disposal strategy for its commercial property portfolio, with a clear timetable for reducing external borrowing."),
    ("R4", "The council should review its constitution in full, including the scheme of delegation and the rules governing urgent decisions, and should restrict the use of urgency powers to genuinely unforeseen matters."),
    ("R5", "The council should appoint a permanent Monitoring Officer and a permanent Section 151 Officer, and should ensure that both have direct access to the Leader, the Chief Executive and the chair of the Audit and Governance Committee."),
    ("R6", "The council should strengthen the Overview and Scrutiny Committee by giving it a work programme agreed independently of the Cabinet and by requiring written Cabinet responses to every scrutiny recommendation within two months."),
    ("R7", "The council should appoint at least two independent members to the Audit and Governance Committee and should provide all members of that committee with training in financial reporting and risk."),
    ("R8", "The council should commission an independent review of its member-officer relationships and adopt a revised protocol, with training for all members and senior officers."),
    ("R9", "The council should bring its procurement rules up to date, publish a complete contract register and report all waivers of contract procedure rules to the Audit and Governance Committee each quarter."),
    ("R10", "The council should review the governance, business plan and financial exposure of Cressing Regeneration Ltd and decide, within six months, whether the company should continue to trade."),
]

# (chapter, heading, text) in order; paragraphs numbered 1.. straight through
CH = []
def ch(title, items):
    CH.append((title, items))

ch("1 Executive summary", [
 ("Our overall conclusion", "We were appointed by the Secretary of State in October 2024 to inspect Cressing Borough Council's compliance with its best value duty. Having considered the evidence set out in this report, we have concluded that the council is failing to comply with that duty in respect of its governance, its financial management and its leadership and culture."),
 (None, "The council serves a population of around 118,000 people and has 45 elected members across 19 wards. Its net revenue budget for 2024/25 is £21.6 million. It has, over the last six years, borrowed heavily to invest in commercial property, and its external debt rose from £96 million in March 2019 to £274 million in March 2024."),
 (None, "We found a council in which decisions of real consequence were taken by a small number of members and officers, often under urgency powers, and in which the normal checks provided by scrutiny, audit and the statutory officers were weak or bypassed. The council's own submission to us stated that its governance arrangements were “robust and fit for purpose”. We do not share that view."),
 (None, "The council's financial position is serious. The general fund reserve fell from £14.2 million in March 2021 to £5.8 million in March 2024, and on current forecasts will fall to £1.9 million by March 2026. Unless the council acts decisively, it is likely to need to issue a report under section 114 of the Local Government Finance Act 1988 within the next two years."),
 (None, "The Leader told us that the council had “turned a corner” in the last twelve months. We recognise that some steps have been taken, including the appointment of an interim Chief Executive in June 2024 and a new budget monitoring process. But we do not consider that these steps are yet sufficient, or sufficiently embedded, to give confidence that the council can recover without external support."),
 (None, "The culture of the organisation is a particular concern. Only 23% of staff who responded to our survey agreed that senior leaders communicate openly with staff, and 47% disagreed that they felt able to raise concerns without fear of reprisal. Relationships between some members and senior officers have broken down."),
 (None, "We do not suggest that any individual member or officer has acted dishonestly. Our concern is with systems, behaviours and decisions, and with the failure of the council as a whole to recognise and respond to the risks it was running."),
 (None, "There is much in the council that is good. Front-line staff are committed, and we heard consistently positive accounts of the planning, waste and environmental health services. The planning service determined 91% of major applications on time in 2023/24, well above the national threshold. These strengths give the council a platform on which to rebuild."),
 ("Our recommendations", "We make ten recommendations, which are summarised at the start of this report. They address the council's governance, financial sustainability, scrutiny and audit, culture, procurement and its wholly owned company, Cressing Regeneration Ltd."),
 (None, "We have concluded that the council does not have the capacity to deliver the necessary improvements on its own within a reasonable timescale. We therefore recommend that the Secretary of State exercises her powers of intervention, including the appointment of Commissioners with functions covering governance, finance and the appointment of statutory officers."),
 (None, "We consider that an intervention package of at least three years is likely to be needed. A shorter period would carry a real risk that improvements made with external support would not survive its withdrawal."),
 (None, "We are grateful to the members, officers, partners and residents who gave their time to this inspection. Many of them spoke to us with candour, and some at personal cost."),
])

ch("2 Introduction and scope", [
 ("Appointment and terms of reference", "On 14 October 2024 the Secretary of State, under section 10 of the Local Government Act 1999, appointed us to carry out an inspection of the council's compliance with the requirements of Part 1 of that Act. The inspection team comprised a lead inspector and two assistant inspectors."),
 (None, "Our terms of reference asked us to examine the council's arrangements for governance and decision-making, its financial management including its commercial investments, its leadership and organisational culture, its scrutiny and audit functions, and its procurement and contract management."),
 ("Methodology", "We carried out our fieldwork between 21 October and 13 December 2024. We held 74 interviews and focus groups with members, officers, partners and others, observed 11 council meetings and reviewed more than 600 documents provided by the council or obtained by us."),
 (None, "We conducted an online survey of all council staff between 4 and 22 November 2024. Of the 1,046 staff invited, 412 responded, a response rate of 39%. We also invited all 45 members to complete a separate survey, to which 31 responded. The principal results of the staff survey are set out in Table 1."),
 (None, "We have had regard to the statutory guidance on best value published in 2024, which describes the characteristics of a well-functioning authority under seven themes. We have not sought to examine every service the council provides, and our comments on individual services should be read in that light."),
 ("Context", "The council has been under no overall control for much of the last decade. Since May 2023 it has been run by a minority administration which relies on the support of independent members for its budget. The current Leader has held the post since May 2019."),
 (None, "The council has had three Chief Executives in the last four years, including two on an interim basis. The post of Monitoring Officer has been held by four people in three years, and the Section 151 Officer post has been filled on an interim basis since August 2023."),
 (None, "The council's external auditor issued a statutory recommendation under section 24 of the Local Audit and Accountability Act 2014 in February 2024 relating to the governance of the council's commercial investments. That recommendation, and the council's response to it, is discussed in chapter 7."),
])

ch("3 Leadership", [
 ("Political leadership", "The Leader is an experienced and energetic politician who is widely credited with securing investment in the town centre. Several partners spoke warmly of his commitment to the borough. However, we found that political leadership has become concentrated in the Leader and two Cabinet members, and that the remaining members of the Cabinet play a limited role in shaping decisions."),
 (None, "Members of the Cabinet told us that the most significant decisions were frequently discussed and settled at an informal weekly meeting of the Leader, the Deputy Leader and the Cabinet Member for Regeneration, for which no notes were kept. We were not able to establish how many decisions had been shaped in this way."),
 (None, "The Leader told us that this arrangement was “simply how politics works” and that formal decisions were always taken in accordance with the constitution. We accept that informal political discussion is a normal part of local government. But where the substance of decisions is settled outside any formal process, the council loses the ability to show that it has considered the options, the risks and the advice of its officers."),
 (None, "Opposition members described a council in which they were excluded from information and in which questions at full council went unanswered. We observed two meetings of full council during our fieldwork. On both occasions written questions from members were answered in brief, and supplementary questions were ruled out of order."),
 (None, "We do not suggest that the Leader has sought to act outside the law. But the concentration of influence that we describe has weakened the council's ability to make sound decisions and to learn from its mistakes."),
 ("Managerial leadership", "The interim Chief Executive, appointed in June 2024, has brought welcome stability and has started to address a number of long-standing problems, including the backlog of audit recommendations and the absence of a corporate risk register. Staff and partners spoke positively of her approach."),
 (None, "However, the corporate management team remains small and stretched. Of the eight posts at director and head of service level, five were held by interim or acting officers at the time of our fieldwork. Interim spending on senior posts amounted to £1.1 million in 2023/24."),
 (None, "Several senior officers told us that, before June 2024, they had felt unable to give advice that ran counter to the wishes of the Leader. One officer told us that professional advice had been “watered down until it said what members wanted to hear”. We were not able to verify that account, but it was consistent with what we heard from others."),
 (None, "We found examples of reports to Cabinet in which the officer recommendation had been changed late in the drafting process without any record of why. In one case, a report on the purchase of an office building in 2022 omitted a paragraph in an earlier draft which had advised that the purchase carried a “high risk of loss”."),
 ("Vision and priorities", "The council's corporate plan, adopted in 2022, sets out four priorities: a thriving town centre, good homes, a clean and green borough and an efficient council. The priorities are broadly sensible, but the plan contains few measurable targets and is not linked to the medium term financial strategy."),
 (None, "Only 61% of staff who responded to our survey agreed that they understood the council's priorities. Managers in several services told us that they had not seen the corporate plan referred to in their service planning."),
 (None, "The council has no performance management framework that reports regularly to members on the delivery of its priorities. Quarterly performance reports to Cabinet were discontinued in 2022 and were reintroduced only in September 2024."),
 ("Our assessment", "We have concluded that leadership of the council, both political and managerial, has not met the standard that the best value duty requires. The improvements made since June 2024 are real, but they depend heavily on a small number of interim officers."),
 (None, "Without a stable and permanent senior team, and without a change in the way in which political leadership is exercised, we do not consider that those improvements can be sustained."),
])

ch("4 Governance and decision-making", [
 ("The constitution", "The council's constitution was last reviewed in full in 2016. Parts of it refer to committees that no longer exist and to officer posts that were deleted in a restructure in 2019. The scheme of delegation to officers has not been updated to reflect the current management structure."),
 (None, "Several officers told us that they were unsure which decisions they were authorised to take. The council's own internal audit service reported in 2023 that the scheme of delegation was “not fit for purpose”, but no action was taken on that report until after our inspection had begun."),
 ("Urgent decisions", "The constitution allows decisions to be taken under urgency powers where a delay would seriously prejudice the council's interests. We found that these powers have been used with increasing frequency. In 2021/22, nine key decisions were taken under urgency. In 2023/24, the number was 47."),
 (None, "Eleven of those decisions were not on the forward plan at all, and in six cases the chair of the Overview and Scrutiny Committee was not consulted before the decision was taken, as the constitution requires."),
 (None, "The decisions taken under urgency in 2023/24 included the refinancing of £42 million of borrowing, the extension of the leisure management contract for five years and the transfer of £6.3 million of land to Cressing Regeneration Ltd. We do not consider that any of those decisions was genuinely urgent."),
 (None, "The council's submission stated that urgency powers had been used only where “there was no practical alternative”. We found no evidence that alternatives had been considered in the cases we examined."),
 ("Transparency", "In 2023/24, 38% of the items considered by Cabinet were taken wholly or partly in private session. The equivalent figure in 2020/21 was 14%. In a number of cases, information was withheld from publication that did not, in our view, meet the statutory tests for exemption."),
 (None, "Minutes of Cabinet meetings are brief and do not generally record the reasons for decisions or the alternatives considered. We were told by officers that this was a deliberate practice introduced in 2021 to “keep the minutes short”."),
 (None, "The forward plan is published, but it is frequently incomplete. Of the 112 key decisions taken in 2023/24, we found that 31 had appeared on the forward plan for less than the required 28 days."),
 ("The statutory officers", "The Monitoring Officer and the Section 151 Officer are central to the council's system of checks and balances. We found that both roles had been weakened. The turnover in both posts has been high, and until June 2024 neither officer was a member of the corporate management team."),
 (None, "A previous Monitoring Officer told us that he had raised concerns about the use of urgency powers with the then Chief Executive on three occasions in 2023, and that no action had been taken. We have seen correspondence that supports his account."),
 (None, "The interim Section 151 Officer has given the council clear and timely advice on its financial position. We do not doubt the quality of that advice. However, we found that it was not always reflected in reports to members, and that in at least two cases the Cabinet took decisions against it without recording why."),
 ("Member conduct", "Complaints under the members' code of conduct rose from 22 in 2021/22 to 63 in 2023/24. Most were made by members about other members. The standards process is slow: the average time to resolve a complaint in 2023/24 was 147 days."),
 (None, "We do not suggest that the increase in complaints shows that standards of behaviour have declined across the council as a whole. Many members behave with courtesy and respect. But the volume of complaints has absorbed a great deal of officer time and has contributed to a climate of mistrust."),
 (None, "We conclude that the council's governance arrangements are not adequate. Decisions of considerable financial consequence have been taken without proper scrutiny, transparency or regard to professional advice."),
])

ch("5 Organisational culture", [
 ("The staff survey", "Our staff survey produced a response rate of 39%, which is sufficient to draw broad conclusions. The results, set out in Table 1, point to an organisation in which many staff are committed to their work but have little confidence in senior leadership."),
 (None, "Only 23% of respondents agreed that senior leaders communicate openly with staff, while 53% disagreed. Fewer than four in ten, 38%, agreed that they felt able to raise concerns without fear of reprisal."),
 (None, "Some 29% of respondents agreed that members and officers treat each other with respect. Just over a third, 34%, said that they would recommend the council as a place to work. In free-text comments, the words most frequently used to describe the council were “stressful”, “political” and “chaotic”."),
 (None, "The results were more positive in front-line services. In the environmental services directorate, 52% of respondents said that they would recommend the council as a place to work. In the corporate and resources directorate, the figure was 21%."),
 ("Member and officer relationships", "We heard many accounts of poor relationships between members and officers. Officers described being challenged aggressively in meetings and being contacted directly by members outside working hours with demands for information."),
 (None, "Some staff described the council to us as having a “culture of fear”. We do not consider that this phrase fairly describes the council as a whole, and many staff told us that they enjoyed their work. But we found that a significant minority of officers, particularly in corporate services, were reluctant to challenge members or to put their concerns in writing."),
 (None, "The protocol on member and officer relations was adopted in 2014 and has not been reviewed since. Of the 31 members who responded to our survey, 19 said that they had not received any training on the protocol."),
 ("Raising concerns", "The council received 17 concerns under its whistleblowing policy in 2023/24, compared with four in 2021/22. We reviewed a sample of eight cases. In five, the concern had not been acknowledged within the timescale set out in the policy, and in three the person raising the concern was not told of the outcome."),
 (None, "We are concerned that staff who raised concerns in good faith were not adequately protected. One member of staff told us that, after raising a concern about a procurement process, she had been moved to another team. We do not draw any conclusion about that individual case, which is the subject of separate proceedings."),
 ("Workforce", "Staff turnover was 18.4% in 2023/24, against 12.1% in 2021/22. The council employed 79 agency workers in March 2024, compared with 41 in March 2022. Sickness absence averaged 11.2 days per full-time employee in 2023/24."),
 (None, "Spending on agency staff and consultants rose from £1.2 million in 2021/22 to £3.5 million in 2023/24. Some of that spending was unavoidable given vacancies in specialist posts. But we found that the council has no workforce strategy and no systematic approach to recruitment or retention."),
 ("Our assessment", "The council's culture has not supported good governance. We found that openness, challenge and respect for professional advice have been weak, particularly at the most senior levels. That is not a judgement on the many staff who serve the borough well."),
 (None, "Changing the culture will take time and sustained leadership. It will require members and senior officers to model the behaviours they expect of others, and the council to act on what its staff tell it."),
])

ch("6 Financial management", [
 ("The revenue position", "The council's net revenue budget for 2024/25 is £21.6 million. At month seven the council forecast an overspend of £3.4 million, principally as a result of rising demand for temporary accommodation and a shortfall in income from commercial property."),
 (None, "The medium term financial strategy approved in February 2024 identified a cumulative budget gap of £7.9 million over the three years to 2027/28. At the time of our fieldwork, savings proposals had been identified for £2.6 million of that gap."),
 (None, "The council has a poor record of delivering the savings it plans. Of the £4.6 million of savings included in the 2023/24 budget, £2.1 million was delivered. Savings that were not achieved were not generally replaced by alternative proposals."),
 ("Reserves", "The general fund reserve fell from £14.2 million at 31 March 2021 to £5.8 million at 31 March 2024. On the council's current forecasts it will fall to £1.9 million by 31 March 2026, which would be below the minimum level of £2.5 million recommended by the Section 151 Officer."),
 (None, "Earmarked reserves have also been used to balance the budget. Total earmarked reserves fell from £19.7 million to £8.2 million over the same three-year period. Several earmarked reserves were released without any assessment of whether the risks for which they had been created still existed."),
 (None, "The council's submission described its reserves as “adequate for the risks it faces”. We do not agree. In our view the council's reserves are not adequate, and unless substantial savings are delivered in 2025/26 the council is at real risk of being unable to set a balanced budget."),
 ("Commercial property and borrowing", "Between 2018 and 2021 the council bought 14 commercial properties at a total cost of £182 million, funded almost entirely by borrowing from the Public Works Loan Board. The portfolio includes retail parks, offices and a distribution warehouse, nine of which lie outside the borough."),
 (None, "The investment strategy that underpinned these purchases assumed a net yield of 2.1% after borrowing costs. In 2023/24 the portfolio generated a net return of £0.6 million, against £3.8 million forecast in the strategy."),
 (None, "The portfolio was valued at £131 million at 31 March 2024, a fall of £51 million from its purchase price. Two properties are currently vacant, and the tenants of a further three are in arrears. The council will bear the cost of repaying the borrowing whatever the value of the assets."),
 (None, "The council's external debt rose from £96 million in March 2019 to £274 million in March 2024, nearly three times as much. Interest costs in 2023/24 amounted to £8.9 million, equivalent to 41% of the council's net revenue budget."),
 (None, "The Cabinet Member for Regeneration told us that the commercial strategy had been “the right strategy at the wrong time”, and that changes in interest rates could not have been foreseen. We accept that the rise in interest rates was not foreseen by many. But the risks of borrowing on this scale to invest in commercial property were well known, and the council was warned of them by its own officers and its external advisers."),
 ("Cressing Regeneration Ltd", "Cressing Regeneration Ltd is a company wholly owned by the council, established in 2019 to develop housing on council land. The council has lent the company £38.5 million. By December 2024 the company had completed 46 homes, against a target of 400 by 2024 in its first business plan."),
 (None, "The company's accounts for 2022/23 were filed late, and its accounts for 2023/24 had not been filed at the time of our fieldwork. The company's board includes two Cabinet members, and the shareholder committee that is meant to oversee it has met twice since 2021."),
 (None, "We found no evidence that the council had tested whether the company's loans were recoverable. If they are not, the loss to the council would be substantial. We consider it essential that the council establishes the true financial position of the company as a matter of urgency."),
 ("Financial controls and reporting", "The council's statement of accounts for 2022/23 had not been audited at the time of our fieldwork, and the external auditor has indicated that it expects to issue a disclaimed opinion. The accounts for 2023/24 were published in draft on 28 June 2024."),
 (None, "Budget monitoring reports to Cabinet were produced only three times in 2023/24. The new monthly monitoring process introduced in September 2024 is an improvement, and we were impressed by the quality of the month six report. It is too early to say whether it will be sustained."),
 (None, "Capital programme slippage was 58% in 2023/24, meaning that more than half of the planned capital spending for the year was not incurred. The capital programme is not prioritised, and it includes schemes for which no funding has been identified."),
 ("Our assessment", "We have concluded that the council's financial management does not meet the requirements of the best value duty. Its financial position is precarious, and the decisions that led to that position were taken without adequate regard to risk."),
])

ch("7 Scrutiny and audit", [
 ("Overview and scrutiny", "The council has a single Overview and Scrutiny Committee, chaired by a member of the main opposition group. The committee met five times in 2023/24. Its work programme is agreed with the Cabinet, and in practice it has been largely confined to reviewing reports that the Cabinet has already decided to bring forward."),
 (None, "Of 26 recommendations made by the committee in 2022/23 and 2023/24, the Cabinet formally responded to nine. There was no process for tracking whether recommendations had been implemented."),
 (None, "The committee used its power to call in Cabinet decisions twice in 2023/24. On both occasions the call-in was rejected by the Cabinet without further consideration. Members of the committee told us that they regarded scrutiny at the council as “a box-ticking exercise”."),
 (None, "We do not agree that scrutiny at the council is without value. We observed a committee meeting in November 2024 at which members questioned officers thoroughly on the budget monitoring report. But scrutiny has not been given the resources or the access to information that it needs to hold the Cabinet to account."),
 (None, "The scrutiny function is supported by one officer, who also supports two other committees. Members told us that requests for information were often refused or delayed on grounds of commercial confidentiality."),
 ("Audit and governance", "The Audit and Governance Committee has not had an independent member since 2022, contrary to recognised good practice. Its members have received little training, and only two of its nine members told us that they felt confident in reviewing the statement of accounts."),
 (None, "The committee's agendas have been dominated by the delayed accounts, and it has given little attention to risk. The council did not have a corporate risk register between 2021 and September 2024."),
 (None, "Internal audit issued 23 reports in 2023/24, of which eight gave limited or no assurance. At 31 March 2024, 64 internal audit recommendations were overdue for implementation, 17 of them classed as high priority."),
 ("The external auditor's recommendation", "In February 2024 the external auditor made a statutory recommendation under section 24 of the Local Audit and Accountability Act 2014, concerning the governance of the council's commercial investments. The council's response, approved in April 2024, accepted the recommendation but set out few specific actions."),
 (None, "We found that, by the time of our fieldwork, only two of the seven actions in the council's response had been completed. We consider that the council's response to the statutory recommendation has been inadequate."),
])

ch("8 Procurement and contract management", [
 ("Procurement rules", "The council's contract procedure rules were last updated in 2017 and do not reflect the Procurement Act 2023 or the regulations made under it. Officers told us that they found the rules difficult to interpret and that advice from the small procurement team was hard to obtain."),
 (None, "In 2023/24 the council approved 112 waivers of its contract procedure rules, with a combined value of £9.3 million. This compares with 37 waivers in 2021/22. Waivers accounted for 38% of the value of contracts let in 2023/24."),
 (None, "Many of the waivers we examined were justified on grounds of urgency that arose from the council's own failure to plan. In a number of cases, contracts had been allowed to expire and then extended by waiver."),
 ("The contract register", "The council is required to publish details of contracts with a value over £5,000. We found that its contract register is incomplete. Of a sample of 50 contracts over £25,000 let in 2023/24, 32 appeared on the register, or 64%."),
 (None, "The council does not have a complete record of its contracts or of their expiry dates. As a result it cannot plan procurements in good time, and it is unable to show that it obtains value for money."),
 ("The leisure management contract", "In January 2024 the council extended its leisure management contract for five years under urgency powers, at an estimated cost of £14.6 million. The extension was not competitively tendered. The report to the decision-maker did not set out any alternative to extension."),
 (None, "Officers told us that they had advised that a competitive procurement was possible within the time available. We have seen that advice. We do not suggest that the contractor has performed poorly, and customer satisfaction with the leisure centres is high. But the council has not been able to demonstrate that the extension represented value for money."),
 ("Contract management", "Contract management is inconsistent across the council. Some contracts, including the waste collection contract, are well managed with regular performance reporting. Others have no named contract manager."),
 (None, "We found that the council had paid £412,000 in 2023/24 under a facilities management contract that had expired in 2022 and had not been formally extended."),
 ("Our assessment", "We conclude that the council's arrangements for procurement and contract management are weak, and that the council is unable to demonstrate value for money in a significant proportion of its spending."),
])

ch("9 Partnerships and services", [
 ("Partnerships", "Partners described the council as ambitious and willing to take risks. Several valued its role in the town centre regeneration programme. But a number of partners told us that the council was difficult to work with, that its commitments were not always honoured and that staff turnover made it hard to maintain relationships."),
 (None, "The relationship with the county council is strained. Officers of both councils told us that joint working on housing and highways had been affected by disagreements between political leaders. We do not attribute responsibility for those disagreements to either council."),
 (None, "The council's relationships with the voluntary and community sector are generally good. Voluntary organisations praised the council's community grants scheme, which distributed £640,000 to 58 organisations in 2023/24."),
 ("Housing", "Demand for housing in the borough is high. There were 2,640 households on the housing register in March 2024. The number of households in temporary accommodation rose from 96 in March 2022 to 231 in March 2024."),
 (None, "Spending on temporary accommodation rose from £1.3 million in 2021/22 to £4.1 million in 2023/24. The council has no temporary accommodation strategy, and it relies heavily on bed and breakfast accommodation outside the borough."),
 (None, "The council's housing service is under considerable pressure, and we heard from staff who were working long hours to support residents in crisis. We do not consider that the service has been adequately resourced to meet the level of demand it faces."),
 ("Planning and regulatory services", "The planning service performs well. In 2023/24 it determined 91% of major applications and 88% of minor applications within the statutory period or an agreed extension. Applicants and agents who spoke to us praised the service for its responsiveness."),
 (None, "Environmental health and licensing services are also well regarded. The food hygiene inspection programme was fully delivered in 2023/24, and the council has maintained a good record on enforcement."),
 ("Waste and environment", "The waste collection service is delivered under contract and is well managed. The council's recycling rate was 44% in 2023/24, slightly above the average for English district councils. Missed collections fell by 30% between 2021/22 and 2023/24."),
 ("Complaints", "The council received 1,212 stage one complaints in 2023/24, an increase of 26% on the previous year. Only 58% were responded to within the council's target of ten working days. The Local Government and Social Care Ombudsman upheld 14 complaints against the council in 2023/24."),
])

ch("10 Capacity to improve and conclusion", [
 ("Capacity to improve", "In reaching a view on whether the council has the capacity to improve, we have considered the steps it has taken since June 2024, the stability of its leadership and the scale of the challenges it faces."),
 (None, "The council has taken some positive steps. It has appointed an interim Chief Executive who has the confidence of staff, introduced monthly budget monitoring, reinstated performance reporting and begun work on a corporate risk register. It has also commissioned a review of its constitution."),
 (None, "The council's own improvement plan, presented to Cabinet in November 2024, contains 43 actions. It is a useful starting point, but many of the actions lack owners, resources or deadlines, and the plan does not address the council's financial position in any detail."),
 (None, "We do not doubt the commitment of the interim Chief Executive and her team. But the scale of the council's problems, the fragility of its finances and the weaknesses in its governance and culture lead us to conclude that the council cannot make the necessary improvements without external support."),
 (None, "Members of all groups told us that they wanted the council to succeed. The Leader told us that the council “does not need commissioners to tell it how to run the borough”. We respect that view, but we do not share it."),
 ("Conclusion", "We have concluded that Cressing Borough Council is failing to comply with its best value duty in respect of its leadership, governance, culture, financial management, scrutiny and audit, and procurement."),
 (None, "We recommend that the Secretary of State uses her powers under section 15 of the Local Government Act 1999 to direct the council to take the actions set out in our recommendations, and to appoint Commissioners to exercise such functions of the council as she considers appropriate."),
 (None, "We recommend that the Commissioners' functions should include, at a minimum, the council's financial functions, the appointment and dismissal of statutory officers and senior staff, and the governance and oversight of Cressing Regeneration Ltd."),
 (None, "We consider that the intervention should be reviewed after 18 months, with a view to returning functions to the council as and when the Commissioners are satisfied that it is able to exercise them in accordance with the best value duty."),
 (None, "With strong and stable leadership, a change of culture and external support, we believe that the council can recover. The commitment of its staff and the strength of some of its services give us confidence that the foundations for recovery exist."),
])

TABLE1 = {
 "caption": "Table 1: Staff survey results, November 2024 (412 respondents)",
 "header": ["Statement", "Agree", "Neither", "Disagree"],
 "rows": [
  ["I understand the council's priorities", "61%", "17%", "22%"],
  ["Senior leaders communicate openly with staff", "23%", "24%", "53%"],
  ["I feel able to raise concerns without fear of reprisal", "38%", "15%", "47%"],
  ["Members and officers treat each other with respect", "29%", "26%", "45%"],
  ["I would recommend the council as a place to work", "34%", "21%", "45%"],
  ["My workload is manageable", "41%", "19%", "40%"],
 ],
 "after": "51",  # table printed after this paragraph
}

FOOTNOTES = [
 # (number, place label, anchor text after which the call sits, note text)
 (1, "13", "appointed us", "The inspection was commissioned by letter of appointment dated 14 October 2024."),
 (2, "4", "two years.", "A report under section 114 is required where the chief finance officer considers that expenditure is likely to exceed the resources available to meet it."),
 (3, "17", "statutory guidance", "Best Value Standards and Intervention: A statutory guide for best value authorities, May 2024."),
 (4, "20", "statutory recommendation", "Annual Auditor's Report 2022/23, published 9 February 2024."),
 (5, "50", "broad conclusions.", "Response rates of between 30% and 40% are typical for surveys of this kind in local government."),
 (6, "55", "“culture of fear”.", "The phrase was used in 14 free-text responses to the staff survey and by five interviewees."),
 (7, "69", "Public Works Loan Board.", "The Public Works Loan Board lends to local authorities for capital purposes; from November 2020 it ceased to lend to authorities that planned to buy investment assets primarily for yield."),
 (8, "77", "disclaimed opinion.", "A disclaimed opinion means that the auditor has not been able to obtain sufficient evidence on which to base an opinion on the accounts."),
 (9, "83", "consideration.", "The call-ins concerned the leisure management contract extension and the transfer of land to Cressing Regeneration Ltd."),
 (10, "91", "made under it.", "The Procurement Act 2023 came into force on 24 February 2025."),
 (11, "104", "temporary accommodation", "Figures from the council's statutory returns to the Ministry of Housing, Communities and Local Government."),
 (12, "110", "Ombudsman", "Local Government and Social Care Ombudsman, annual review letter 2023/24."),
]

places = []
for lab, txt in RECS:
    places.append({"label": lab, "kind": "recommendation", "chapter": "Summary of recommendations",
                   "heading": None, "page": None, "text": txt})
n = 0
for title, items in CH:
    for heading, txt in items:
        n += 1
        places.append({"label": str(n), "kind": "paragraph", "chapter": title,
                       "heading": heading, "page": None, "text": txt})
        if str(n) == TABLE1["after"]:
            tt = " ".join(TABLE1["header"]) + " " + " ".join(" ".join(r) for r in TABLE1["rows"])
            places.append({"label": "Table 1", "kind": "table", "chapter": title,
                           "heading": "The staff survey", "page": None, "text": tt})

order = [p['label'] for p in places]
FOOTNOTES = [(i + 1, lab, a, t) for i, (_, lab, a, t) in enumerate(sorted(FOOTNOTES, key=lambda f: order.index(f[1])))]
# check footnote anchors exist
byl = {p["label"]: p for p in places}
for num, lab, anchor, _ in FOOTNOTES:
    assert byl[lab]["text"].count(anchor) == 1, (num, lab, anchor)

report = {
 "title": TITLE,
 "kind": "report",
 "file": "report.pdf",
 "producer": "WeasyPrint (HTML+CSS paged media)",
 "numbering": "sequential",
 "page_offset": 0,
 "furniture": [TITLE, "<chapter title, e.g. 6 Financial management>", "Page N",
               "https://www.gov.uk/government/publications/best-value-inspection-cressing-borough-council"],
 "places": places,
 "footnotes": [{"number": num, "page": None, "text": t} for num, _, _, t in FOOTNOTES],
}
print(n, "paragraphs", len(places), "places")
json.dump(report, open("report.json", "w"), ensure_ascii=False, indent=1)
json.dump({"table1": TABLE1, "footnotes": FOOTNOTES}, open("render_extras.json", "w"), ensure_ascii=False, indent=1)
