#!/usr/bin/env python3
"""The words of the Netherby report and letter, written once here; writes report.json and
letter.json (pages are filled afterwards by fill_pages.py from the rendering)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TITLE = "Best Value Inspection of Netherby Borough Council"
SUMMARY_CH = "Executive summary"

summary = [
    "This report sets out the findings of the Best Value inspection of Netherby Borough Council, commissioned by the Secretary of State in July 2024 under section 10 of the Local Government Act 1999. We were asked to consider the council's governance, culture, leadership, financial management, scrutiny, procurement and its regeneration programme.",
    "We have concluded that the council is failing to comply with its best value duty. The failings we describe are not confined to a single service or a single decision. They arise from a pattern of decision-making in which a small number of members and senior officers have taken significant decisions without adequate information, challenge or record.",
    "The council's financial position is serious. The general fund reserve fell from £21.3 million in March 2021 to £7.9 million in March 2024, and the council's own forecasts show a cumulative budget gap of £18.7 million by 2027/28. Unless the council acts decisively, we do not believe it will be able to set a balanced budget for 2026/27 without exceptional financial support.",
    "The Riverside Quarter regeneration scheme sits at the centre of many of our concerns. Its estimated cost has risen from £42 million, when the scheme was approved in 2020, to £97 million. We found no evidence of fraud or personal gain in the scheme, but the record of how key decisions on it were taken is poor.",
    "We recognise that the council has real strengths. Its waste and recycling service is well run, front-line staff are committed, and many residents told us of good experiences of council services. These strengths are not in doubt. Our concern is whether the council's leadership has the capacity to make the changes needed without support. We do not consider that it does.",
]

# (label, chapter, heading, text)
P = []
def ch(chapter, items):
    for it in items:
        P.append((it[0], chapter, it[1], it[2]))

C1 = "1 Introduction and scope"
ch(C1, [
 ("1.1", "Our appointment", "On 22 July 2024 the Secretary of State appointed a Lead Inspector and two assistant inspectors to carry out a Best Value inspection of Netherby Borough Council. The appointment followed concerns raised by the council's external auditor, by the Local Government Association's corporate peer challenge of 2023 and in correspondence from members and residents."),
 ("1.2", "Our appointment", "Our terms of reference asked us to inspect the council's compliance with the requirements of Part 1 of the Local Government Act 1999, with particular reference to governance, organisational culture, financial management, scrutiny, procurement and the delivery of the Riverside Quarter regeneration scheme."),
 ("1.3", "How we worked", "Between August and December 2024 we held 131 interviews and focus groups with members, officers, partners and residents' organisations. We attended eleven formal meetings of the council and its committees and observed a number of informal briefings. We reviewed more than 2,600 documents provided by the council, including reports, minutes, emails and financial records."),
 ("1.4", "How we worked", "We also ran two confidential surveys: one of all council staff, which received 1,214 responses (a response rate of 38%), and one of all 51 elected members, to which 31 members responded. The survey results are summarised in Chapter 4. Survey results reflect the views of those who chose to respond and should be read with that in mind."),
 ("1.5", "How we worked", "We are grateful to the many members, officers and partners who gave their time to the inspection. Almost everyone we met was open with us. We note, however, that a number of officers asked to speak to us away from council premises, and some told us that they feared the consequences of being seen to cooperate with the inspection."),
 ("1.6", "The evidence we rely on", "Where we report what an individual told us, we say so. Such statements are included because they illustrate views we heard more widely, or because they are relevant to our findings; they are not, in themselves, findings of the inspection unless we say that we share them."),
 ("1.7", "The evidence we rely on", "The council was given the opportunity to comment on the factual accuracy of a draft of this report. We have considered its comments carefully and have made changes where we agreed that the draft was inaccurate or incomplete."),
])

C2 = "2 The council and the borough"
ch(C2, [
 ("2.1", "The borough", "Netherby is a borough of some 148,600 residents on the lower reaches of the River Ness. Its economy was built on shipbuilding, rope-making and the port, and it has experienced long-term industrial decline. Around 27% of its neighbourhoods fall within the most deprived tenth nationally."),
 ("2.2", "The borough", "The borough has real assets: a growing further education college, a riverside that is attractive to investors, and a strong tradition of voluntary and community activity. Several of the partners we met spoke warmly of the borough and of its potential."),
 ("2.3", "The council", "The council has 51 members elected across 17 wards. Since May 2019 it has been led by the Netherby First group, which currently holds 29 seats. The remaining seats are held by two opposition groups and four independent members. The council operates a Leader and Cabinet model, with a Cabinet of eight members."),
 ("2.4", "The council", "The council's net revenue budget for 2024/25 is £186.4 million. It employs around 3,200 staff, of whom approximately 2,100 work in front-line services. Waste collection, leisure and most housing management services are delivered directly; highways maintenance is delivered under a long-term contract."),
 ("2.5", "Recent history", "The council has had three Chief Executives since 2021, two of whom were interim appointments. At the time of our inspection, four of the nine posts on the Corporate Management Team were held by interim officers. The Monitoring Officer post had been filled on an interim basis since February 2023."),
 ("2.6", "Recent history", "In 2023 the council invited a Local Government Association corporate peer challenge. The peer team's report identified concerns about the relationship between members and officers, the pace of the Riverside Quarter scheme and the council's financial planning. The council's action plan in response was approved by Cabinet, but we found that only four of its nineteen actions had been completed by the time of our inspection."),
 ("2.7", "Recent history", "In November 2023 the council's external auditor issued two statutory recommendations under Schedule 7 of the Local Audit and Accountability Act 2014, relating to the governance of the Riverside Quarter scheme and to the adequacy of the council's medium-term financial planning."),
 ("2.8", "Recent history", "The council's own submission to the inspection stated that the council had \u201cresponded fully and promptly\u201d to the auditor's recommendations. We do not agree. The council's response was presented to the Audit and Governance Committee four months after the statutory deadline, and several of the actions it promised have not been taken."),
])

C3 = "3 Governance and decision-making"
ch(C3, [
 ("3.1", "Overview", "Good governance depends on decisions being taken by the right people, on the basis of sound information, with proper challenge, and recorded in a way that allows others to understand and question them. We found weaknesses in each of these respects."),
 ("3.2", "Overview", "The council's constitution is broadly fit for purpose, although parts of it are out of date and it has not been comprehensively reviewed since 2016. The problem we identified is less the constitution itself than the way in which it is applied."),
 ("3.3", "Key decisions and urgency", "In 2023/24 the council took 14 key decisions under the urgency provisions of its constitution, compared with three in 2021/22. Eleven of the fourteen were exempt from call-in. Nine of them related to the Riverside Quarter scheme, including a decision in October 2023 to increase the council's borrowing for the scheme by £23 million."),
 ("3.4", "Key decisions and urgency", "We do not suggest that any of these decisions was unlawful. Urgency provisions exist for good reason. However, we found that in most cases the urgency arose from delays within the council rather than from external events, and that the use of the provisions had the effect of removing decisions from scrutiny."),
 ("3.5", "Information to members", "Members repeatedly told us that they were asked to take decisions on the basis of incomplete information. In our survey of members, 18 of the 31 respondents said that they did not usually receive sufficient information before significant decisions were taken. Of the 18, seven were members of the ruling group."),
 ("3.6", "Information to members", "We reviewed the reports presented to Cabinet and Council on the Riverside Quarter scheme between 2020 and 2024. In several cases, information about rising costs and risks was known to officers but was not included in the report, or was placed in an exempt appendix without explanation."),
 ("3.7", "Information to members", "We do not consider that the Leader intended to mislead the council. However, the information presented to full council in February 2024 about the cost of the Riverside Quarter scheme was incomplete, and members were not told that the estimated cost had by then passed £90 million."),
 ("3.8", "Informal decision-making", "Much of the real decision-making at Netherby takes place outside the formal structures. We were told of a weekly meeting of the Leader, the Deputy Leader and a small number of senior officers, known informally as the Monday group, at which matters were discussed and, in effect, settled before they reached Cabinet. No notes of these meetings are kept."),
 ("3.9", "Informal decision-making", "One officer told us that the council was run by a small circle around the Leader and that the formal meetings were \u201ctheatre\u201d. The Leader told us that the Monday group was simply a way of keeping in touch with officers and that no decisions were taken there. We accept that informal meetings between the Leader and senior officers are normal and necessary, but the absence of any record makes it impossible to know what was decided and by whom."),
 ("3.10", "Statutory officers", "The council's three statutory officers, the Head of Paid Service, the Chief Finance Officer and the Monitoring Officer, do not meet regularly as a group. Two of the three were interim appointments for much of the period we considered. We found that the statutory officers' advice was not always sought before significant decisions and, on at least two occasions, was not followed when it was given."),
 ("3.11", "Statutory officers", "We regard the position of the Monitoring Officer as particularly important. The interim Monitoring Officer has sought to strengthen the council's governance, but told us that she had not been given the resources to do so: the legal and democratic services team has lost five of its thirteen posts since 2021."),
 ("3.12", "Member conduct", "Complaints under the members' code of conduct rose from 12 in 2021 to 37 in 2023. Most were resolved informally, and we do not suggest that the number of complaints is itself evidence of misconduct. However, the time taken to deal with complaints has lengthened, and two complaints made in 2022 had not been determined at the time of our inspection."),
 ("3.13", "Member conduct", "We observed meetings of full council at which the conduct of some members fell well below what residents are entitled to expect. Opposition members were interrupted and, on one occasion, shouted down. Members of all groups have a responsibility here, and the behaviour we observed was not confined to one group."),
 ("3.14", "Conclusion", "We conclude that the council's arrangements for governance and decision-making are not adequate to secure continuous improvement. The weaknesses we describe are long-standing and have been identified before, by the council's auditor and by the peer challenge, without effective action being taken."),
])

C4 = "4 Culture and leadership"
ch(C4, [
 ("4.1", "Political leadership", "The Leader has led the council since 2019 and is widely recognised, including by political opponents, as committed to the borough and to its regeneration. Partners spoke positively of his ambition and of his advocacy for Netherby with government and investors."),
 ("4.2", "Political leadership", "The Leader told us that the Riverside Quarter scheme was the most ambitious regeneration programme in the North East and that it would pay for itself within ten years. We have seen no financial modelling that supports that view. The most recent business case, prepared in June 2024, does not show the scheme breaking even within the period it covers."),
 ("4.3", "Political leadership", "Ambition is a strength, but we found that it has not been matched by a willingness to hear challenge. Several members of the ruling group told us that they had been discouraged from raising concerns in group meetings, and two told us that they had been removed from committee positions after doing so."),
 ("4.4", "Managerial leadership", "The instability in senior management has weakened the council's capacity. Interim officers told us that they had been appointed to deliver particular pieces of work and did not see themselves as responsible for the wider organisation. Spending on agency and interim staff rose from £4.8 million in 2021/22 to £9.2 million in 2023/24."),
 ("4.5", "Managerial leadership", "We found a strong commitment to the borough among the council's middle managers and front-line staff. Many of them have worked for the council for a long time and spoke with pride about the services they provide. Their commitment is one of the council's most important assets."),
 ("4.6", "Staff survey", "Our staff survey received 1,214 responses. The results are set out in Table 1. They show a workforce that is proud of its work but has little confidence in the council's senior leadership, and that does not feel able to raise concerns safely."),
 ("4.7", "Staff survey", "Fewer than half of respondents (47%) said that they felt able to raise concerns without fear of the consequences. Only 29% agreed that senior leaders were visible and approachable, and 24% that they had confidence in the decisions made by senior leaders. By contrast, 71% said that they were proud to work for the council."),
 ("4.8", "Staff survey", "The results varied between directorates. In the Place directorate, which is responsible for the Riverside Quarter scheme, only 31% of respondents said that they felt able to raise concerns without fear, compared with 58% in Adult Social Care."),
 ("4.9", "Raising concerns", "The council's whistleblowing policy was last revised in 2017. Eleven whistleblowing disclosures were made in 2023/24, of which six related to the Place directorate. We found that the handling of disclosures was inconsistent and that in at least two cases the person making the disclosure was not told the outcome."),
 ("4.10", "Member and officer relationships", "Relationships between members and officers are, for the most part, courteous. However, we heard from a number of officers that some Cabinet members gave instructions directly to officers below the level of director, and that officers found it difficult to refuse. The council's protocol on member and officer relations does not deal clearly with this."),
 ("4.11", "Member and officer relationships", "Some members praised the responsiveness of officers, and the ward members we met were generally positive about the help they received with casework. We do not doubt that many officers work hard to support members. Our concern is with the relationship at the most senior level, where the boundary between political and managerial roles has become blurred."),
 ("4.12", "Member survey", "In our survey of members, 21 of the 31 respondents said that they did not feel able to challenge the council's leadership openly. Fourteen respondents said that they had witnessed bullying or intimidation by a member towards another member or an officer in the previous twelve months."),
 ("4.13", "Member development", "The council's programme of member development is limited. Training on the code of conduct, financial management and scrutiny is offered, but attendance is low: only 19 of the 51 members attended the finance training offered in 2023."),
 ("4.14", "Conclusion", "We conclude that the culture of the council does not support good governance. Staff do not feel safe to raise concerns, members do not feel able to challenge, and the council's senior leadership has been unstable. We do not suggest that these problems are the fault of any one individual, but they will not be resolved without a sustained change in the behaviour of the council's leadership."),
])

C5 = "5 Financial management"
ch(C5, [
 ("5.1", "Overall position", "The council's financial position has deteriorated significantly since 2021. The general fund reserve fell from £21.3 million in March 2021 to £7.9 million in March 2024, a fall of more than 60 per cent. Earmarked reserves have also been drawn down to support the revenue budget."),
 ("5.2", "Overall position", "The council's medium-term financial strategy, approved in February 2024, identifies a cumulative budget gap of £18.7 million by 2027/28. The strategy assumes savings of £11.2 million from a transformation programme that had not, at the time of our inspection, been set out in any detail."),
 ("5.3", "Overall position", "The council's own submission stated that its financial position was robust and that its reserves remained adequate. We do not share that assessment. On current forecasts, the general fund reserve will fall below the minimum level set by the Chief Finance Officer during 2025/26."),
 ("5.4", "Overall position", "Unless the council acts decisively, we do not believe that it will be able to set a balanced budget for 2026/27 without exceptional financial support from government. The council has indicated that it may seek a capitalisation direction of up to £12.5 million."),
 ("5.5", "Budget setting and monitoring", "Budget monitoring reports are produced quarterly. We found that they were often late, and that forecast overspends were reported to Cabinet without a clear account of the action being taken to address them. The overspend in 2023/24 was £6.4 million, of which £3.9 million arose in children's social care and £1.6 million in temporary accommodation."),
 ("5.6", "Budget setting and monitoring", "The budget for 2024/25 included savings of £8.3 million. By the end of the second quarter, savings of £3.1 million had been delivered and a further £2.2 million were rated as at risk."),
 ("5.7", "The finance function", "The finance function has not been given the resources it needs to support a council facing financial pressures of this scale. The team has lost experienced staff, three of its senior posts were vacant for much of 2024, and the council's statement of accounts for 2022/23 was published eight months after the statutory deadline."),
 ("5.8", "The finance function", "We recognise that the finance team is committed and has worked hard under difficult circumstances. Members told us that finance officers were helpful and accessible. The problem is one of capacity and of status within the organisation, not of effort."),
 ("5.9", "Borrowing and the capital programme", "The council's capital financing requirement rose from £214 million in 2020/21 to £338 million in 2023/24, largely as a result of borrowing for the Riverside Quarter scheme. The annual cost of servicing this debt is forecast to reach £17.6 million in 2025/26."),
 ("5.10", "Borrowing and the capital programme", "The capital programme has been consistently overstated. In each of the last three years, less than two-thirds of the approved programme was delivered, and slippage has not been reflected in the revenue budget's assumptions about financing costs."),
 ("5.11", "Budget summary", "Table 2 summarises the council's revenue budget and reserves over the period we considered. The figures are taken from the council's published statements of accounts and its budget reports."),
 ("5.12", "Commercial income", "The council's budget assumes income of £4.1 million a year from commercial property acquired since 2019. In 2023/24 the income received was £2.6 million. Two of the council's largest commercial properties have been vacant since 2022."),
 ("5.13", "Financial resilience", "The council compares poorly with similar councils on several measures of financial resilience. Its level of reserves relative to net revenue spending is among the lowest of the councils with which it compares itself, and its ratio of debt to net revenue spending is among the highest."),
 ("5.14", "Conclusion", "We conclude that the council's financial management does not meet the requirements of the best value duty. The council has relied on reserves to balance its budget, has not planned effectively for the medium term, and has taken on borrowing for the Riverside Quarter scheme without a clear plan for repaying it."),
])

C6 = "6 Scrutiny and audit"
ch(C6, [
 ("6.1", "Overview and scrutiny", "The council has a single Overview and Scrutiny Committee supported by task-and-finish groups. The committee is chaired by a member of the ruling group. In 2023/24 it met five times against eight scheduled meetings, and three of its meetings were cancelled at short notice."),
 ("6.2", "Overview and scrutiny", "Scrutiny has not examined the Riverside Quarter scheme in depth since 2021. A request by opposition members in 2023 for a task-and-finish review of the scheme was declined by the chair on the grounds that the scheme was commercially sensitive."),
 ("6.3", "Overview and scrutiny", "The scrutiny function is supported by a single officer, who also supports other committees. We do not consider that this is sufficient. Members of the committee told us that they lacked the support to carry out meaningful work and that their recommendations were rarely acknowledged by Cabinet."),
 ("6.4", "Overview and scrutiny", "We found examples of effective scrutiny, notably the committee's 2022 review of the council's response to flooding in the Low Ness area, which led to changes in the council's emergency planning arrangements. This shows what scrutiny at Netherby can achieve when it is properly supported."),
 ("6.5", "Audit and Governance Committee", "The Audit and Governance Committee has an independent member, appointed in 2023, whose contribution was widely praised. However, the committee has not received the council's risk register since January 2023, and internal audit reports on the Riverside Quarter scheme have been repeatedly deferred."),
 ("6.6", "Audit and Governance Committee", "The council's internal audit service gave a limited assurance opinion for 2023/24. Of the 41 internal audit recommendations rated high priority in 2022/23 and 2023/24, 17 had been implemented at the time of our inspection."),
 ("6.7", "External audit", "The external auditor's annual report for 2022/23 identified significant weaknesses in the council's arrangements for governance, financial sustainability and improving economy, efficiency and effectiveness. The auditor issued two statutory recommendations, referred to at paragraph 2.7."),
 ("6.8", "External audit", "The Chair of the Audit and Governance Committee told us that the committee had been \u201ckept in the dark\u201d about the Riverside Quarter scheme. Officers told us that exempt reports had been offered to the committee but not taken up. We have not been able to reconcile these accounts, but we note that the minutes of the committee record no discussion of the scheme in 2023."),
 ("6.9", "Conclusion", "We conclude that scrutiny and audit at Netherby have not provided effective challenge to the executive. This is partly a matter of resources and partly a matter of culture; both need to change."),
])

C7 = "7 Procurement and contract management"
ch(C7, [
 ("7.1", "Overview", "The council spent £137 million with external suppliers in 2023/24. Its contract procedure rules are consistent with national guidance, but we found that they were not consistently applied."),
 ("7.2", "Waivers", "The council granted 212 waivers of its contract procedure rules in 2023/24, compared with 74 in 2020/21. The value of contracts let under waivers in 2023/24 was £31.6 million, or 23% of the council's external spend. In many cases the reason recorded for the waiver was urgency."),
 ("7.3", "Waivers", "The council's procurement team told us that it had raised concerns about the number of waivers with the Corporate Management Team on several occasions. We saw no evidence that these concerns were acted upon."),
 ("7.4", "The Riverside Quarter contracts", "The principal construction contract for the Riverside Quarter scheme was let in 2021 following a competitive process. We found no evidence that the procurement of the contractor was improper, but the record of the evaluation was incomplete and the council could not provide us with the final moderation scores."),
 ("7.5", "The Riverside Quarter contracts", "The contract has since been varied on 27 occasions, adding £38.4 million to its value. Sixteen of the variations were approved by officers under delegated powers, and members were not informed of their cumulative effect until December 2023."),
 ("7.6", "Contract management", "Contract management is weak. The council does not maintain a complete contract register, and we found contracts with a combined annual value of more than £9 million that had expired but continued to be paid."),
 ("7.7", "Contract management", "We recognise the improvements made in the management of the highways maintenance contract since 2022, which the contractor and officers both described to us. The approach taken there could be applied more widely."),
 ("7.8", "Social value", "The council's procurement strategy commits it to securing social value and local employment. In 2023/24, 41% of the council's external spend was with suppliers based in the borough or the wider North East. We were not able to verify the council's figures on local employment created through its contracts."),
 ("7.9", "Capacity", "The procurement team has six posts, two of which were vacant at the time of our inspection. We do not consider that this is sufficient for a council of Netherby's size and with a capital programme of its scale."),
 ("7.10", "Conclusion", "We conclude that the council's procurement and contract management arrangements do not secure value for money. The extensive use of waivers, the weakness of contract management and the poor record-keeping on the Riverside Quarter contracts are all matters of serious concern."),
])

C8 = "8 Regeneration and housing"
ch(C8, [
 ("8.1", "The Riverside Quarter scheme", "The Riverside Quarter scheme was approved by the council in March 2020. It was intended to deliver 1,150 new homes, a hotel, office space and a new public square on the former Ness shipyard site. It is the largest project the council has undertaken."),
 ("8.2", "The Riverside Quarter scheme", "The estimated cost of the scheme has risen from £42 million at approval to £97 million in the most recent business case, an increase of more than 130 per cent. The number of homes to be delivered in the first phase has fallen from 420 to 260, and the hotel has been deferred indefinitely."),
 ("8.3", "The Riverside Quarter scheme", "Some of the increase in cost reflects factors outside the council's control, including construction inflation and the discovery of contamination on the site. However, we found that the council did not revisit the business case when these pressures emerged, and continued to commit funding on the basis of assumptions that it knew to be out of date."),
 ("8.4", "The Riverside Quarter scheme", "We do not suggest that the scheme should be abandoned. The site is important to the borough, and much of the expenditure has already been incurred. But the council needs an independent review of the scheme's viability before it commits further funding, and members need to be given a full and candid account of its costs and risks."),
 ("8.5", "The Riverside Quarter scheme", "Netherby Riverside Developments Limited, the council's wholly owned company, was established in 2021 to deliver the housing elements of the scheme. The company's board includes two Cabinet members and no independent non-executive directors. The council's shareholder arrangements are underdeveloped, and the company's business plan has not been reported to members since 2022."),
 ("8.6", "Housing", "Demand for housing support has increased sharply. The number of households in temporary accommodation rose from 186 in March 2022 to 412 in March 2024. The council's spending on temporary accommodation rose to £6.3 million in 2023/24, compared with a budget of £4.7 million."),
 ("8.7", "Housing", "The council's housing stock of 9,800 homes is managed directly. The proportion of homes meeting the Decent Homes Standard was 86% in 2023/24. Tenants we met raised concerns about damp and mould and about the time taken to carry out repairs."),
 ("8.8", "Other services", "We did not inspect the council's services in detail, but we note that the waste and recycling service is well regarded: the council's recycling rate of 46% is above the average for the North East. Adult social care received a positive assessment in 2024. Children's services were judged to require improvement at their last inspection."),
 ("8.9", "Conclusion", "We conclude that the council's management of the Riverside Quarter scheme has fallen well short of what is required. The council does not have a clear and current account of the scheme's costs, risks and benefits, and its governance of the company established to deliver it is inadequate."),
])

C9 = "9 Partnerships and residents"
ch(C9, [
 ("9.1", "Partners", "The council's partners were, on the whole, supportive of the council and of its ambitions for the borough. The further education college, the health trust and the combined authority all described a constructive working relationship."),
 ("9.2", "Partners", "Several partners told us, however, that the council could be difficult to work with when they disagreed with it, and that decisions were sometimes changed without explanation. One partner described the council as \u201ca good friend but a poor listener\u201d."),
 ("9.3", "Residents", "The council's residents' survey of 2024 found that 34% of respondents were satisfied with the way the council runs things, compared with 52% in 2019. Over the same period, the proportion who agreed that the council acted on residents' concerns fell from 44% to 27%."),
 ("9.4", "Residents", "We met representatives of several residents' groups, including groups formed in response to the Riverside Quarter scheme. They told us that consultation on the scheme had been limited and that their questions to council meetings were often not answered in full. We found that the council's arrangements for public questions at full council allow only 15 minutes for all questions."),
 ("9.5", "Residents", "We do not suggest that every criticism made to us by residents' groups is justified. Some of the claims made to us about the scheme were inaccurate. But the council has not done enough to explain its decisions, and the loss of trust we heard about is real."),
 ("9.6", "Conclusion", "We conclude that the council's partnerships are a strength on which it can build, but that its engagement with residents needs to improve significantly."),
])

C10 = "10 Capacity to improve"
ch(C10, [
 ("10.1", None, "The council has recognised some of the problems we describe. It has appointed a permanent Chief Executive, who took up post in October 2024, and has begun a review of its constitution. We welcome these steps."),
 ("10.2", None, "However, the council's response to earlier warnings, from its auditor and from the peer challenge, does not give us confidence that it can make the necessary changes on its own. The action plans it has produced have not been delivered, and the council's leadership has, in several cases, disputed findings that we consider to be well founded."),
 ("10.3", None, "The new Chief Executive told us that she recognised the scale of the challenge and welcomed the inspection. We were impressed by her candour. But a single appointment cannot, by itself, change the culture of an organisation, and she will need support from outside the council as well as within it."),
 ("10.4", None, "We therefore recommend that the Secretary of State should consider exercising the powers of intervention available under section 15 of the Local Government Act 1999, including the appointment of commissioners with powers in relation to the council's financial management, its governance and the Riverside Quarter scheme."),
 ("10.5", None, "We recognise that intervention is a serious step. We do not recommend it lightly, and we do not suggest that the council has no capacity to improve. We recommend it because we do not believe that the improvement required can be secured within a reasonable time without external support and oversight."),
 ("10.6", None, "Our recommendations to the council are set out below. They should be read together with the findings in the chapters of this report."),
])

RC = "Recommendations"
recs = [
 ("R1", "The council should prepare, within six months, an improvement plan addressing the findings of this report, with clear milestones and an account of how progress will be reported to members and residents."),
 ("R2", "The council should commission an independent review of the viability of the Riverside Quarter scheme and should make no further financial commitment to the scheme until that review has been considered by full council."),
 ("R3", "The council should prepare a realistic medium-term financial strategy, including a plan to restore the general fund reserve to at least the minimum level set by the Chief Finance Officer by 31 March 2028."),
 ("R4", "The council should ensure that its statutory officers are permanently appointed, meet regularly as a group and are properly resourced, and that their advice is sought and recorded before all significant decisions."),
 ("R5", "The council should review the use of urgency provisions and of exemptions from call-in, and should report to full council every six months on any urgent decisions taken."),
 ("R6", "The council should strengthen its scrutiny function, including by providing dedicated officer support and by appointing an opposition member to chair the Overview and Scrutiny Committee."),
 ("R7", "The council should reduce the number of waivers of its contract procedure rules, establish a complete contract register and report quarterly to the Audit and Governance Committee on waivers granted."),
 ("R8", "The council should review its governance of Netherby Riverside Developments Limited, including the appointment of independent non-executive directors and the establishment of a shareholder committee."),
 ("R9", "The council should revise its whistleblowing policy and its protocol on member and officer relations, and should provide training for all members on the code of conduct."),
 ("R10", "The council should improve its engagement with residents, including by extending the time allowed for public questions at full council and by publishing a plain account of the Riverside Quarter scheme's costs and risks."),
]

table1 = {
 "label": "Table 1", "chapter": C4, "heading": "Staff survey",
 "caption": "Table 1: Staff survey, selected results (1,214 responses)",
 "rows": [["Statement", "Agree", "Disagree"],
          ["I am proud to work for the council", "71%", "12%"],
          ["I feel able to raise concerns without fear", "47%", "33%"],
          ["Senior leaders are visible and approachable", "29%", "48%"],
          ["I have confidence in decisions made by senior leaders", "24%", "51%"],
          ["My workload is manageable", "38%", "44%"],
          ["I would recommend the council as a place to work", "42%", "30%"]],
 "after": "4.7",
}
table2 = {
 "label": "Table 2", "chapter": C5, "heading": "Budget summary",
 "caption": "Table 2: Revenue budget and reserves, £ million",
 "rows": [["Year", "Net budget", "Outturn", "General fund reserve"],
          ["2020/21", "162.8", "161.9", "21.3"],
          ["2021/22", "167.5", "170.2", "18.6"],
          ["2022/23", "176.9", "181.8", "13.4"],
          ["2023/24", "182.1", "188.5", "7.9"],
          ["2024/25", "186.4", "n/a", "n/a"]],
 "after": "5.11",
}

footnotes = [
 {"number": 1, "place": "1.1", "anchor": "challenge", "text": "Local Government Association, Corporate Peer Challenge: Netherby Borough Council, feedback report, 2023."},
 {"number": 2, "place": "2.1", "anchor": "nationally.", "text": "English Indices of Deprivation 2019, Lower-layer Super Output Areas."},
 {"number": 3, "place": "2.7", "anchor": "2014,", "text": "A statutory recommendation must be considered by the full council at a public meeting within one month."},
 {"number": 4, "place": "3.3", "anchor": "2021/22.", "text": "Figures from the council's register of urgent decisions, provided to the inspection team."},
 {"number": 5, "place": "5.1", "anchor": "2024,", "text": "Balance sheet figures as at 31 March in each year, from the published statements of accounts."},
 {"number": 6, "place": "5.13", "anchor": "itself,", "text": "The council's chosen comparator group of sixteen councils."},
 {"number": 7, "place": "8.2", "anchor": "case,", "text": "Riverside Quarter Outline Business Case, revision 4, June 2024."},
 {"number": 8, "place": "9.3", "anchor": "2019.", "text": "Netherby Residents' Survey 2024, 1,102 respondents."},
]

places = []
for t in summary:
    places.append({"label": "executive summary", "kind": "summary", "chapter": SUMMARY_CH,
                   "heading": None, "page": None, "text": t})
for lab, chap, head, text in P:
    places.append({"label": lab, "kind": "paragraph", "chapter": chap, "heading": head,
                   "page": None, "text": text})
    for tb in (table1, table2):
        if tb["after"] == lab:
            places.append({"label": tb["label"], "kind": "table", "chapter": chap,
                           "heading": tb["heading"], "page": None,
                           "text": " ".join(c for r in tb["rows"] for c in r),
                           "caption": tb["caption"], "rows": tb["rows"]})
for lab, text in recs:
    places.append({"label": lab, "kind": "recommendation", "chapter": RC, "heading": None,
                   "page": None, "text": text})

report = {"title": TITLE, "kind": "report", "file": "report.pdf",
          "producer": "groff -ms -t -Tpdf (GNU groff 1.22.4)",
          "numbering": "two-level", "page_offset": 2,
          "furniture": ["Netherby: Best Value Inspection", "- N -", "<chapter name> (running head, right)"],
          "published": "March 2025",
          "places": places,
          "footnotes": [dict(f, page=None) for f in footnotes]}

L = [
 "Dear Chief Executive,",
 "Best Value Inspection of Netherby Borough Council",
 "On 22 July 2024 the Secretary of State appointed inspectors to carry out a Best Value inspection of Netherby Borough Council. I am writing to inform you that the inspectors' report has today been published, and to set out the action the Secretary of State proposes to take.",
 "The report finds that the council is failing to comply with its best value duty in respect of its governance, culture, financial management, scrutiny and procurement, and in its management of the Riverside Quarter scheme. Having carefully considered the report, the Secretary of State is satisfied that the council is failing to comply with its duty under Part 1 of the Local Government Act 1999.",
 "The Secretary of State is therefore minded to exercise his powers under section 15 of the Act to issue directions to the council and to appoint commissioners. It is proposed that a Lead Commissioner and a Finance Commissioner be appointed for a period of three years, until 31 March 2028, and that they exercise the council's functions in relation to financial management, the Riverside Quarter scheme and the appointment and dismissal of statutory officers.",
 "The proposed directions would also require the council to prepare and agree with the commissioners, within six months, an improvement and recovery plan, and to report on its progress every six months. The commissioners will report to the Secretary of State at the same intervals.",
 "I want to be clear that these proposals are not a judgement on the council's staff, many of whom the inspectors found to be committed and hard-working. Nor do they mean that the council's services will be run from Whitehall. The intention is to support the council to put in place the arrangements it needs to recover, and to return full control to the council as soon as it is safe to do so.",
 "The council, and any other person, may make representations about the proposed directions by 18 March 2025. The Secretary of State will consider any representations before deciding whether to issue the directions.",
 "I recognise that the council has begun to respond to some of the inspectors' concerns, including through the appointment of a permanent Chief Executive. I hope that the council's leadership will work constructively with the commissioners, and I would welcome an early meeting with the Leader and with you.",
 "I am copying this letter to the Leader of the council, the leaders of the opposition groups, the council's external auditor and the Members of Parliament for the borough.",
 "Yours sincerely,",
 "Minister of State for Local Government",
]
lplaces = [{"label": str(i + 1), "kind": "paragraph", "chapter": None, "heading": None,
            "page": None, "text": t} for i, t in enumerate(L)]
letter = {"title": "Letter from the Minister of State for Local Government to the Chief Executive of Netherby Borough Council, 4 March 2025",
          "kind": "letter", "file": "letter.pdf", "producer": "groff -ms -Tpdf (GNU groff 1.22.4)",
          "numbering": "unnumbered", "page_offset": 0, "date": "4 March 2025",
          "furniture": [], "places": lplaces, "footnotes": []}

if __name__ == "__main__":
    for name, data in (("report.json", report), ("letter.json", letter)):
        path = HERE / name
        if path.exists():       # keep pages already filled in
            old = {(p["label"], p["text"]): p.get("page") for p in json.loads(path.read_text())["places"]}
            for p in data["places"]:
                p["page"] = old.get((p["label"], p["text"]))
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(report["places"]), "report places;", len(letter["places"]), "letter places")
