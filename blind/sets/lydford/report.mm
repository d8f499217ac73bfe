.nr Hy 1
.nr Ej 1
.nr Hb 1
.nr Hs 1
.nr Hu 1
.nr Fs 1
.ds HF 3 3 2 2
.ds HP 14 12 11 11
.S 12 16
.nr Ps 1
.ds Ch \&
.PH "''''"
.PF "'OFFICIAL'- % -''"
.SP 2i
.ce 99
.S 22 28
\fBBest Value Inspection of
Lydford Metropolitan Borough Council\fP
.S 13 18
.SP 0.6i
Report to the Secretary of State for
Housing, Communities and Local Government
.SP 0.4i
April 2025
.SP 2i
.S 10 13
Presented pursuant to section 10 of the Local Government Act 1999
.ce 0
.S 12 16
.PH "'Lydford MBC Best Value Inspection''\\\\*[Ch]'"
.ds Ch Contents
.SK
.S 14
\fBContents\fP
.S 12 16
.SP
.VL 0.5i
.LI "\&"
Executive summary
.LI "1"
Introduction and context
.LI "2"
Leadership and culture
.LI "3"
Governance and decision-making
.LI "4"
Financial management
.LI "5"
Scrutiny and audit
.LI "6"
Procurement and the council's companies
.LI "7"
Services to residents
.LI "8"
Conclusions and recommendations
.LI "\&"
Annex: Methodology
.LE
.ds Ch Executive summary
.SK
.ds Ch Executive summary
.HU "Executive summary"
.nr H1 0
.P
We were appointed by the Secretary of State in December 2024 to inspect Lydford Metropolitan Borough Council's compliance with its best value duty. Over eleven weeks we interviewed 94 councillors, officers and partners, observed 17 meetings, read more than 1,400 documents and surveyed the council's staff.
.P
We have concluded that the council is failing to comply with its best value duty. The failures we found are not confined to one service or one decision. They lie in how the council is led, how decisions are taken and challenged, and in a financial position that has been allowed to deteriorate for at least four years while members were told that it was under control.
.P
We do not consider that the council is able to deliver the necessary improvement without external support. We therefore recommend that the Secretary of State exercises her powers of intervention, and we set out ten recommendations in Chapter 8 which, in our view, the council and any commissioners should address together.
.ds Ch 1 Introduction and context
.H 1 "Introduction and context"
.nr Hu 2
.HU "The borough"
.nr Hu 1
.VL 0.55i
.LI "1.1"
Lydford is a metropolitan borough in the West Midlands with a population of around 331,000. It is governed by 72 councillors representing 24 wards. The council has operated a Leader and Cabinet model since 2001 and the same party has held a majority throughout that period, most recently with 49 of the 72 seats following the elections of May 2024.
.LI "1.2"
The borough has pockets of deep deprivation alongside more affluent suburbs to the south and west. Eleven of its neighbourhoods fall within the most deprived ten per cent nationally. Demand for adult social care, children's services and temporary accommodation has risen sharply since 2021, as it has in many comparable authorities.
.LE
.nr Hu 2
.HU "The inspection"
.nr Hu 1
.VL 0.55i
.LI "1.3"
The Secretary of State directed this inspection under section 10 of the Local Government Act 1999 following concerns raised by the council's external auditor, whose Auditor's Annual Report for 2023/24 made three statutory recommendations\*F\c
.FS
Recommendations made under section 24 and schedule 7 of the Local Audit and Accountability Act 2014.
.FE
, and by the council's own statutory officers about the council's financial resilience and the governance of its wholly owned regeneration company, Lydford Futures Ltd.
.LI "1.4"
Our terms of reference asked us to consider the council's leadership, governance, financial management, scrutiny, procurement and the oversight of its companies, and to report on whether the council is complying with its best value duty. Our methodology is described in the Annex.
.LI "1.5"
We are grateful to the many members, officers and partners who gave their time. The council provided the documents we asked for promptly, and the Chief Executive and statutory officers were open with us about the difficulties the council faces. Nothing in this report should be read as a criticism of the many frontline staff who told us they remain committed to the borough.
.LI "1.6"
The council's own submission to us stated that Lydford has “a strong and stable political leadership with a clear vision for the borough”. We do not doubt the stability. Whether that leadership has been used to secure continuous improvement is the question this report addresses.
.LE
.ds Ch 2 Leadership and culture
.H 1 "Leadership and culture"
.nr Hu 2
.HU "Political leadership"
.nr Hu 1
.VL 0.55i
.LI "2.1"
The Leader has held office since 2015 and is a dominant figure in the council. Many members and officers spoke of her commitment to the borough and her knowledge of it. However, we found that the concentration of influence in the Leader's office has weakened the roles of Cabinet, of scrutiny and of the statutory officers.
.LI "2.2"
Several officers told us that significant decisions are settled informally before reports are written. One officer told us that “decisions are made in the Leader's office and then dressed up for Cabinet”. We were not able to verify every account of this kind, but we heard it from enough people, independently of one another, to consider it a fair description of how the council has often worked.
.LI "2.3"
The Leader told us that the council had “turned a corner” in the last twelve months and that the concerns raised by the auditor related to decisions made in a different economic climate. We do not share that view. The most serious financial decisions we examined were taken between 2021 and 2024, and the weaknesses that allowed them to be taken remain in place.
.LI "2.4"
Relationships between the majority group and the opposition groups are poor. Opposition members described being excluded from briefings and receiving papers late. We observed meetings at which questions were answered with personal remarks rather than information. We do not suggest that this behaviour is confined to one group, but the majority group sets the tone of the chamber and has not done enough to improve it.
.LE
.nr Hu 2
.HU "Officer leadership"
.nr Hu 1
.VL 0.55i
.LI "2.5"
Between April 2021 and December 2024 the council had four Chief Executives, two of them interim, and three Section 151 Officers. At the time of our fieldwork 15 of the council's 38 most senior posts were filled by interim or agency staff. Members and officers alike described a “revolving door” at the top of the organisation.
.LI "2.6"
The current Chief Executive, appointed permanently in September 2024, has begun to address these weaknesses. She commissioned an independent review of the council's financial position and has reported its findings openly to members. We consider this a welcome start, but it is a start only, and the improvement will not hold unless it has the visible support of the political leadership.
.LE
.nr Hu 2
.HU "Statutory officers"
.nr Hu 1
.VL 0.55i
.LI "2.7"
The statutory officers have not always been able to give frank advice, or have not had it heeded. The Monitoring Officer's advice on the handling of the Lydford Futures loans in 2022 was not included in the Cabinet report, and members were not told that it had been given. The Section 151 Officer's warnings in the 2023/24 budget report were softened between drafts at the request of the Leader's office.
.LI "2.8"
We do not suggest that any member acted unlawfully. But the effect of these practices was that Cabinet took decisions without all the advice that the council's own statutory officers considered it needed.
.LE
.nr Hu 2
.HU "Staff survey"
.nr Hu 1
.VL 0.55i
.LI "2.9"
The council's staff survey, conducted at our request in February 2025, received 1,212 responses from the 4,380 staff invited, a response rate of 28%\*F\c
.FS
The survey was open from 3 to 21 February 2025. Percentages are rounded and exclude those who did not answer a question.
.FE
\&. The results, summarised in Table 1, show a workforce that is committed to its services but has little confidence in the council's leadership.
.LI "2.10"
Only 31% of respondents agreed that senior leaders act with integrity, and 47% said that they would not feel safe raising a concern about wrongdoing. More than half (54%) of those who had raised a concern in the last two years said that nothing had happened as a result.
.LE
.TB "Staff survey results, February 2025 (1,212 responses)"
.TS H
center box tab(|);
lw(2.9i) | n | n | n.
\fBStatement\fP|\fBAgree\fP|\fBNeither\fP|\fBDisagree\fP
_
.TH
T{
I am proud to work for the council
T}|64%|21%|15%
T{
I understand how my work contributes to the council's priorities
T}|71%|17%|12%
T{
My line manager supports me
T}|69%|16%|15%
T{
Senior leaders act with integrity
T}|31%|29%|40%
T{
Senior leaders communicate well with staff
T}|27%|30%|43%
T{
Councillors treat officers with respect
T}|35%|32%|33%
T{
I would feel safe raising a concern about wrongdoing
T}|33%|20%|47%
T{
When concerns are raised, action is taken
T}|22%|34%|44%
T{
I have the resources I need to do my job
T}|38%|22%|40%
T{
Workloads in my team are manageable
T}|34%|21%|45%
T{
Decisions in the council are made openly
T}|19%|31%|50%
T{
I believe the council will change for the better
T}|29%|33%|38%
T{
I intend to be working for the council in two years
T}|52%|26%|22%
.TE
.nr Hu 2
.HU "Culture"
.nr Hu 1
.VL 0.55i
.LI "2.11"
Thirty-eight per cent of respondents said they had experienced or witnessed bullying or harassment at work in the last year. Staff in the council's corporate and regeneration directorates were the most likely to report it. We were told of members contacting junior officers directly to challenge their advice, sometimes late in the evening.
.LI "2.12"
The council adopted a revised Member Code of Conduct in 2022 but its standards arrangements are weak. Of 37 complaints about members received since 2022, only two were referred for investigation, and none had been concluded at the time of our fieldwork.
.LE
.ds Ch 3 Governance and decision-making
.H 1 "Governance and decision-making"
.nr Hu 2
.HU "The constitution"
.nr Hu 1
.VL 0.55i
.LI "3.1"
The council's constitution is broadly fit for purpose on paper, but it has not been followed consistently. Members and officers told us that the constitution was treated as a guide rather than a set of rules, particularly where a decision was thought to be urgent.
.LE
.nr Hu 2
.HU "Key decisions"
.nr Hu 1
.VL 0.55i
.LI "3.2"
In 2024/25 eleven of the 26 reports considered by Cabinet were added to the agenda as urgent items, and seven key decisions were taken without appearing on the Forward Plan. We found no evidence that the urgency in most of these cases arose from events that could not have been foreseen.
.LI "3.3"
The quality of reports to Cabinet is variable. Several of those we read did not set out the options considered, the risks, or the financial implications in a form that a member without specialist knowledge could follow. The financial implications of the 2023 decision to extend the Lydford Futures loan facility ran to a single paragraph.
.LE
.nr Hu 2
.HU "Delegated decisions"
.nr Hu 1
.VL 0.55i
.LI "3.4"
The council has delegated an unusually wide range of decisions to individual Cabinet members. In 2024/25, 212 decisions were taken by individual Cabinet members, compared with 94 in 2020/21. Records of many of these decisions do not explain the reasons for them or the alternatives that were considered.
.LE
.nr Hu 2
.HU "Risk management"
.nr Hu 1
.VL 0.55i
.LI "3.5"
We do not consider the council's risk management arrangements to be effective. The corporate risk register was not reported to members between March 2023 and October 2024, and when it was reported it did not include the risk of the council being unable to set a balanced budget.
.LE
.nr Hu 2
.HU "Performance management"
.nr Hu 1
.VL 0.55i
.LI "3.6"
The council has a Corporate Plan, “Lydford Rising 2022-2027”, with eight priorities and 64 performance measures. Officers told us that performance against the plan was last reported in full to Cabinet in 2023. Without regular reporting members cannot know whether the council's priorities are being delivered.
.LI "3.7"
Information governance is weak. The council responded to 61% of Freedom of Information requests within the statutory 20 working days in 2024/25, against a national expectation of 90%. The Information Commissioner's Office has written to the council twice since 2023 about its performance.
.LE
.nr Hu 2
.HU "Member development"
.nr Hu 1
.VL 0.55i
.LI "3.8"
Member development has been limited. Only 19 of the 72 councillors attended the induction sessions on finance offered after the 2024 elections, and there is no mandatory training for members of the Cabinet, the Audit and Governance Committee or the Planning Committee beyond the minimum required by the constitution.
.LE
.ds Ch 4 Financial management
.H 1 "Financial management"
.nr Hu 2
.HU "Reserves"
.nr Hu 1
.VL 0.55i
.LI "4.1"
The council's financial position is serious. The general fund reserve fell from £38.6 million at 31 March 2021 to £11.9 million at 31 March 2025. Earmarked reserves fell over the same period from £71.2 million to £29.4 million, of which only £8.3 million is, in the Section 151 Officer's view, genuinely available\*F\c
.FS
Section 151 Officer's report to Cabinet on the robustness of estimates and adequacy of reserves, February 2025.
.FE
\&.
.LI "4.2"
The reserves have been used to balance successive budgets rather than to fund one-off investment. In three of the last four years the council set a budget that relied on the use of reserves while reporting to members that the budget was sustainable.
.LE
.nr Hu 2
.HU "Medium term financial strategy"
.nr Hu 1
.VL 0.55i
.LI "4.3"
The council's medium term financial strategy, approved in February 2025, identifies a budget gap of £27.4 million in 2026/27 and a cumulative gap of £64.1 million by 2028/29. The savings identified to meet it amount to £16.2 million, of which officers consider £5.9 million to be at high risk of non-delivery.
.LE
.nr Hu 2
.HU "Exceptional financial support"
.nr Hu 1
.VL 0.55i
.LI "4.4"
In January 2025 the council asked the government for exceptional financial support in the form of a capitalisation direction of £19.5 million for 2025/26\*F\c
.FS
The government agreed in principle to a capitalisation direction of up to £19.5 million in February 2025, subject to this inspection.
.FE
\&. We do not criticise the council for making that request, which was prudent in the circumstances, but it is a measure of how far the council's finances have been allowed to deteriorate.
.LE
.nr Hu 2
.HU "Budget pressures"
.nr Hu 1
.VL 0.55i
.LI "4.5"
Overspending in children's services and temporary accommodation has driven much of the recent pressure. The children's services placements budget was overspent by £9.8 million in 2023/24 and by £12.6 million in 2024/25. The net cost of temporary accommodation rose from £4.1 million in 2021/22 to £11.7 million in 2024/25.
.LI "4.6"
Spending on agency and interim staff nearly doubled, from £11.8 million in 2021/22 to £22.6 million in 2024/25. Some of this reflects a national shortage of social workers, but a significant part relates to senior and corporate roles that the council has been unable to fill permanently.
.LE
.nr Hu 2
.HU "Budget monitoring"
.nr Hu 1
.VL 0.55i
.LI "4.7"
Budget monitoring reports to Cabinet have been late and optimistic. The quarter two forecast for 2023/24 showed an overspend of £4.2 million; the outturn was an overspend of £16.9 million. We were told that forecasts were revised at the request of members before publication. We have seen emails that support that account.
.LE
.nr Hu 2
.HU "The finance function"
.nr Hu 1
.VL 0.55i
.LI "4.8"
The finance function has not been given the resources it needs. Twenty-three of its 71 posts were vacant or filled by agency staff at the time of our fieldwork, and the statements of accounts for 2022/23 and 2023/24 have not been signed off by the external auditor.
.LE
.nr Hu 2
.HU "Capital and borrowing"
.nr Hu 1
.VL 0.55i
.LI "4.9"
The council's capital programme for 2025/26 to 2028/29 totals £412 million, of which £198 million is to be funded by borrowing. The revenue cost of that borrowing has not, in our view, been adequately reflected in the medium term financial strategy, and the programme has not been reviewed since the capitalisation request was made.
.LE
.nr Hu 2
.HU "Recent action"
.nr Hu 1
.VL 0.55i
.LI "4.10"
We recognise that the council has taken some difficult decisions in its 2025/26 budget, including a review of discretionary services and a recruitment freeze outside frontline posts. The council was praised by the external auditor in 2025 for the improved transparency of its latest budget report, and we agree that it was a clearer document than its predecessors.
.LI "4.11"
Table 2 shows the movement in the council's reserves over the period we examined. It shows that, unless the council acts quickly to reduce its spending, it will exhaust its available reserves during 2026/27.
.LE
.TB "Council reserves, 2021 to 2026 (\(Po million)"
.TS H
center box tab(|);
l | n | n | n.
\fB31 March\fP|\fBGeneral fund\fP|\fBEarmarked\fP|\fBUsed in year\fP
_
.TH
T{
2021
T}|£38.6m|£71.2m|£3.1m
T{
2022
T}|£33.0m|£62.5m|£14.3m
T{
2023
T}|£24.4m|£51.8m|£19.3m
T{
2024
T}|£17.2m|£38.0m|£21.0m
T{
2025
T}|£11.9m|£29.4m|£14.1m
T{
2026 (forecast)
T}|£4.6m|£21.1m|£15.6m
.TE
.ds Ch 5 Scrutiny and audit
.H 1 "Scrutiny and audit"
.nr Hu 2
.HU "Overview and scrutiny"
.nr Hu 1
.VL 0.55i
.LI "5.1"
Scrutiny in Lydford is not effective. The Overview and Scrutiny Management Board met five times in 2024/25 and considered only two items of pre-decision scrutiny. Of the 43 key decisions taken in that year, three were called in, and none of the call-ins resulted in the decision being reconsidered.
.LI "5.2"
Scrutiny chairs are appointed from the majority group, and several members told us that they were discouraged from challenging Cabinet colleagues in public. One scrutiny chair told us: “You don't get far in this group by asking awkward questions.”
.LE
.nr Hu 2
.HU "Audit and Governance Committee"
.nr Hu 1
.VL 0.55i
.LI "5.3"
The Audit and Governance Committee has not provided the independent assurance that members and the public are entitled to expect. It has no independent member, despite a recommendation from the external auditor in 2023 that one be appointed, and its meetings were inquorate twice in 2024.
.LI "5.4"
The committee received the external auditor's statutory recommendations in November 2024 but did not discuss them in detail until February 2025. Members of the committee told us that they had not understood the significance of the recommendations when they were first reported.
.LE
.nr Hu 2
.HU "Internal audit"
.nr Hu 1
.VL 0.55i
.LI "5.5"
Internal audit is under-resourced. The internal audit plan for 2024/25 provided for 620 audit days, compared with 1,150 days in 2020/21, and only 58% of the plan had been delivered by the end of the year. The Head of Internal Audit gave a limited opinion on the council's framework of governance, risk management and control for 2023/24.
.LI "5.6"
Of the 41 high priority internal audit recommendations made since April 2022, 17 had not been implemented by their agreed date. Management responses to audit reports were often late, and in two cases were not provided at all.
.LI "5.7"
We were told that the Audit and Governance Committee is now more active, and we observed a well-chaired meeting in March 2025. We welcome this, but the committee will need training, an independent member and the support of a properly resourced internal audit service if it is to play its full part.
.LE
.ds Ch 6 Procurement and the council's companies
.H 1 "Procurement and the council's companies"
.nr Hu 2
.HU "Waivers"
.nr Hu 1
.VL 0.55i
.LI "6.1"
The council's contract procedure rules allow a chief officer to waive the requirement to seek competitive quotations or tenders in limited circumstances. We found that waivers have become routine. The number of waivers rose from 71 in 2021/22 to 214 in 2023/24\*F\c
.FS
Figures from the council's waiver log. The council told us the log may be incomplete for 2021/22.
.FE
, with a combined value of £18.7 million in 2023/24.
.LI "6.2"
Many of the waivers we examined cited urgency or the absence of alternative suppliers without evidence of either. In a sample of 40 waivers, 26 did not record any market testing, and nine were for contracts that had previously been awarded to the same supplier by waiver.
.LE
.nr Hu 2
.HU "Procurement capacity"
.nr Hu 1
.VL 0.55i
.LI "6.3"
The council does not have a contracts register that meets the requirements of the Local Government Transparency Code, and it could not tell us with confidence how many contracts it holds or their value. The procurement team has four staff for a council with annual third-party spend of around £390 million.
.LE
.nr Hu 2
.HU "Lydford Futures Ltd"
.nr Hu 1
.VL 0.55i
.LI "6.4"
Lydford Futures Ltd was established in 2018 to deliver regeneration schemes in the town centre and the canal corridor. The council is its sole shareholder and its principal lender. By March 2025 the council had lent the company £46.3 million, and it has impaired £21.8 million of that sum in its accounts.
.LI "6.5"
The company's business plan has not been approved by the council as shareholder since 2021. Its board included two Cabinet members until 2024, and the Shareholder Committee that the council established in 2019 met only once in 2023.
.LI "6.6"
The decision in 2023 to extend the company's loan facility by £14 million was taken by Cabinet as an urgent item, on a report that did not include the independent valuation the council had commissioned. That valuation, which we have seen, put the value of the company's principal asset at less than half the figure given to members.
.LI "6.7"
We do not suggest that the company's directors acted in bad faith. However, the council did not exercise the oversight of its company that a prudent shareholder would, and members were not given the information they needed to understand the risk to the council's finances.
.LI "6.8"
The council has now commissioned an independent review of the company's future, and the Chief Executive has proposed that it be wound down in an orderly way. We support that work, and it must be completed before any further lending is agreed.
.LE
.ds Ch 7 Services to residents
.H 1 "Services to residents"
.nr Hu 2
.HU "Scope"
.nr Hu 1
.VL 0.55i
.LI "7.1"
Our inspection was not an inspection of services, but we considered housing and children's services because of their significance to the council's finances and to residents. Ofsted judged the council's children's services to require improvement to be good in 2023, and we did not seek to repeat that work.
.LE
.nr Hu 2
.HU "Housing"
.nr Hu 1
.VL 0.55i
.LI "7.2"
The council owns and manages around 19,800 homes. At the end of December 2024 there were 6,140 outstanding repairs, of which 2,610 related to damp and mould. The average time to complete a non-emergency repair was 71 days, against the council's own target of 28 days.
.LI "7.3"
The Regulator of Social Housing issued a regulatory notice in 2024 finding that the council had failed to meet the Safety and Quality Standard. Tenants told us they had reported the same problem several times without a response. One tenant representative said the council “only answers when the councillor phones”.
.LE
.nr Hu 2
.HU "Complaints"
.nr Hu 1
.VL 0.55i
.LI "7.4"
The Local Government and Social Care Ombudsman upheld 81% of the complaints about the council that it investigated in 2023/24, compared with an average of 74% for similar authorities\*F\c
.FS
Local Government and Social Care Ombudsman, annual review letter to the council, 2024.
.FE
\&. The council's own complaints procedure had a backlog of 412 cases at the end of 2024.
.LE
.nr Hu 2
.HU "Partnerships"
.nr Hu 1
.VL 0.55i
.LI "7.5"
We heard from partners in the health service, the police and the voluntary sector who value their relationships with individual officers but find the council slow to make decisions. One partner told us the council was “a good partner to work with once you find the right person”.
.LE
.nr Hu 2
.HU "Housing"
.nr Hu 1
.VL 0.55i
.LI "7.6"
We do not consider that the problems in housing repairs can be solved within the housing service alone. They reflect the same weaknesses in performance management, procurement and oversight that we have described in earlier chapters.
.LE
.ds Ch 8 Conclusions and recommendations
.H 1 "Conclusions and recommendations"
.nr Hu 2
.HU "Conclusion"
.nr Hu 1
.VL 0.55i
.LI "8.1"
The council is failing to comply with its best value duty. It has not secured continuous improvement in the way in which its functions are exercised, having regard to a combination of economy, efficiency and effectiveness, and its governance and financial management fall well short of what the law requires.
.LI "8.2"
We have found a council with committed staff and some capable officers, but whose leadership has not recognised the scale of its difficulties or allowed the council's own safeguards to work. We do not consider that the council has the capacity or the political will to recover on its own within a reasonable time.
.LI "8.3"
We therefore recommend that the Secretary of State appoints commissioners with powers over the council's finance, governance and the functions associated with the appointment of senior officers, for a period of at least three years, and that the council is required to prepare an improvement and recovery plan within six months.
.LE
.nr Hu 2
.HU "Recommendations"
.nr Hu 1
.VL 0.55i
.LI "8.4"
We make the following recommendations to the council. They should be read together, and they should form the basis of the improvement and recovery plan.
.LI "R1"
The council should prepare and adopt, within six months, an improvement and recovery plan that addresses each of the failures identified in this report, with clear milestones and regular reporting to full Council.
.LI "R2"
The council should set a balanced and sustainable budget for 2026/27 that does not rely on the use of reserves, and should rebuild its general fund reserve to at least £20 million over the period of the medium term financial strategy.
.LI "R3"
The Leader and Cabinet should ensure that the statutory officers' advice is included in full in the reports on which decisions are taken, and that members are told when such advice has been given.
.LI "R4"
The council should review its constitution, including the use of urgency provisions and decisions by individual Cabinet members, and ensure that key decisions appear on the Forward Plan.
.LI "R5"
The council should strengthen scrutiny, including by considering the appointment of a scrutiny chair from outside the majority group, and by adopting a programme of pre-decision scrutiny.
.LI "R6"
The Audit and Governance Committee should appoint at least one independent member, and the council should restore internal audit to a level of resource that allows the Head of Internal Audit to give an opinion on a full plan.
.LI "R7"
The council should reduce its reliance on interim and agency staff at senior level and make permanent appointments to its statutory and director posts within twelve months.
.LI "R8"
The council should revise its contract procedure rules, restrict the use of waivers, publish a complete contracts register and report all waivers quarterly to the Audit and Governance Committee.
.LI "R9"
The council should complete the review of Lydford Futures Ltd, agree no further lending until it is complete, and put in place shareholder arrangements that meet recognised good practice.
.LI "R10"
The council should address the culture of the organisation, including by adopting a members' and officers' protocol, improving its arrangements for raising concerns and acting on the results of the staff survey.
.LE
.ds Ch Annex: Methodology
.HU "Annex: Methodology"
.VL 0.55i
.LI "A1"
The inspection was carried out between 6 January and 21 March 2025 by a team of two inspectors, supported by a finance adviser and a governance adviser.
.LI "A2"
We held 94 interviews and focus groups with councillors, officers, partners and tenant representatives. All interviews were held on the understanding that we would not attribute comments to named individuals.
.LI "A3"
We observed 17 meetings, including meetings of full Council, Cabinet, the Overview and Scrutiny Management Board and the Audit and Governance Committee.
.LI "A4"
We reviewed more than 1,400 documents, including reports, minutes, emails, budget papers, audit reports and the records of delegated decisions from April 2020 to December 2024.
.LI "A5"
At our request the council ran a survey of all staff in February 2025. It was hosted independently and was anonymous. The council also invited all 72 councillors to complete a short survey, to which 41 responded.
.LI "A6"
We shared a draft of the factual content of this report with the Chief Executive so that factual errors could be corrected. The conclusions are ours alone.
.LE
.SP 2
.ce
\(em \(em \(em
