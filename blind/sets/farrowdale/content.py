# Source of report.json: writes report.json (pages filled later by fill_pages.py)
import json, re

CH = {
 "es": "Executive summary",
 1: "1 Introduction",
 2: "2 Farrowdale and the council",
 3: "3 Leadership and political governance",
 4: "4 Organisational culture",
 5: "5 Financial management",
 6: "6 Scrutiny and audit",
 7: "7 Procurement and contract management",
 8: "8 Partnerships and place",
 9: "9 Services",
 10: "10 Conclusions and capacity to improve",
 "r": "Recommendations",
 "a": "Annex A: Methodology and evidence",
}

SUMMARY = [
"In July 2024 the Secretary of State appointed us to carry out a Best Value inspection of Farrowdale Council under section 10 of the Local Government Act 1999. We spent eleven weeks on the inspection between September and November 2024. Our findings are set out in this report and our recommendations at the end of it.",
"We found a council whose leadership has become inward-looking, whose governance has not kept pace with the scale of its commercial ambitions, and whose finances are more fragile than members have been told. Borrowing has trebled in five years. The general fund reserve has fallen by almost two-thirds. Scrutiny is weak and too often bypassed.",
"Political leadership is concentrated in a small group around the Leader, and most significant decisions are in practice made before they reach Cabinet. Members and officers told us that challenge is not welcomed. The relationship between members and senior officers is unhealthy, and the statutory officers, both of whom are interim, do not provide the check on decision-making that they should.",
"The council’s culture is one of deference. Fewer than half of the staff who responded to the council’s own survey would feel safe to speak up about wrongdoing. Officers told us that reports were rewritten to soften risks, and that advice was kept verbal so that it could not later be used against them.",
"The council’s finances are under severe strain. It faces a budget gap of £23.6 million over three years, has relied on reserves to cover undelivered savings, and holds a commercial property portfolio now worth £47 million less than it paid for it. Procurement rules are routinely waived, and contract management is weak.",
"We also found committed staff, a number of capable senior officers and services that residents value. Adult social care is well run. We do not consider that the council is beyond recovery.",
"In our view, however, the council is failing to comply with its best value duty in respect of leadership, governance, culture, use of resources and procurement, and we do not believe it can make the necessary improvements without external support. We recommend that the Secretary of State exercises the powers of intervention available under the Act.",
]

# (chapter, heading, id, text)
P = []
def add(ch, hd, text, pid=None):
    P.append((ch, hd, pid, text))

h=None
add(1,h,"This report sets out the findings of the Best Value inspection of Farrowdale Council (“the council”) commissioned by the Secretary of State for Housing, Communities and Local Government on 22 July 2024.[[fn:The inspection team was appointed under section 10(1) of the Local Government Act 1999.]] The inspection was carried out by a lead inspector and two assistant inspectors, supported by a finance adviser seconded from another authority.")
add(1,h,"Our terms of reference required us to assess the council’s compliance with the best value duty in respect of leadership, governance, culture, use of resources, procurement and partnerships, and, where we found failure, to recommend the action that should be taken. The full terms of reference are summarised in the annex.")
add(1,h,"The inspection was prompted by a series of concerns. In February 2024 the council’s external auditor issued a statutory recommendation under Schedule 7 of the Local Audit and Accountability Act 2014 about the council’s commercial property investments. In April 2024 the council’s section 151 officer resigned, the third person to leave that post in four years. Two whistleblowing complaints about procurement were referred to the department in the spring of 2024.")
add(1,h,"We interviewed 94 people, including 38 councillors, the Leader and the Chief Executive, the statutory officers, senior and middle managers, front-line staff, trade union representatives and partners. We observed 17 meetings of the council, its Cabinet and committees, in person or online, and reviewed more than 1,900 documents. Our methodology is described in the annex.")
add(1,h,"We are grateful to all those who gave their time. Many staff spoke to us frankly and some did so at evident personal cost. We have not attributed comments to individuals, and where we quote what people told us we do so to illustrate a view that we heard repeatedly, not a single opinion.")
add(1,h,"The council was given the opportunity to comment on the factual accuracy of a draft of this report. We have considered its response carefully and have made a number of corrections. Where we have not accepted the council’s comments, it is because the evidence we gathered did not support them.")
add(1,h,"We wish to be clear from the outset about what this report is not. It is not an investigation into the conduct of individuals, and we do not suggest that any member or officer has acted dishonestly or for personal gain. Our concern is with the systems, behaviours and culture of the council as a whole.", "notinvestigation")
add(1,h,"Chapter 2 describes the council and its recent history. Chapters 3 to 8 set out our findings on each of the themes in our terms of reference, chapter 9 considers the performance of selected services, and chapter 10 sets out our conclusions on the council’s capacity to improve.")

add(2,h,"Farrowdale is a unitary authority in the north of England with a population of approximately 287,000. It combines a historic market town, two former mill towns and a large rural hinterland. The council employs around 2,630 staff, excluding schools, and has a net revenue budget of £318.4 million for 2024/25.")
add(2,h,"Farrowdale’s population is older than the national average: 23% of residents are aged 65 or over, compared with 19% in England as a whole. The proportion is rising, and the council’s own projections show demand for adult social care growing by around 3% a year.")
add(2,h,"The council has 51 councillors elected across 19 wards. Since May 2019 it has been run by a single-party administration, which held 27 seats at the time of our inspection. There are three opposition groups and four independent members.")
add(2,h,"Deprivation is unevenly spread. Four of the council’s wards fall within the 10% most deprived neighbourhoods in England, while several rural wards are among the least deprived. Residents told us that the council’s attention and investment had been concentrated on the town centre regeneration programme, at the expense of the outlying towns.")
add(2,h,"Between 2018 and 2021 the council pursued an ambitious commercial strategy, “Farrowdale Forward”, intended to generate income to protect front-line services. It acquired 23 commercial properties, including retail parks, offices and a hotel, for a total of £186 million, financed almost entirely by borrowing from the Public Works Loan Board.", "acquisitions")
add(2,h,"The council has had four chief executives, two of them interim, since 2019. The current Chief Executive took up post in January 2023. The posts of section 151 officer and monitoring officer have also changed hands several times, and at the time of our inspection both were filled on an interim basis.")
add(2,h,"The council’s most recent corporate peer challenge, in 2022, identified concerns about governance and the pace of decision-making. The council’s action plan in response was approved by Cabinet but, as we note in chapter 6, it was not reported to scrutiny and several of its actions were closed without being completed.")
add(2,h,"Residents’ satisfaction with the council has fallen sharply. In the council’s own residents’ survey[[fn:Farrowdale Residents’ Survey 2024, 1,106 respondents, fieldwork June 2024.]], the proportion of respondents satisfied with the way the council runs things fell from 58% in 2019 to 31% in 2024. Only 22% agreed that the council acts on the concerns of local residents.")
add(2,h,"The council’s own submission to the inspection described it as “a council on a journey of improvement, with a clear vision and a stable financial footing”. We have considered that description carefully against the evidence. For the reasons set out in this report, we do not share it.")

h="Political leadership"
add(3,h,"The Leader has led the council since 2019 and is widely regarded, including by opposition members, as energetic and committed to Farrowdale. Partners spoke positively of the Leader’s advocacy for the borough with government and investors.")
add(3,h,"However, we found that political leadership has become concentrated in a small group. Members and officers described an informal “inner circle” of the Leader, the Deputy Leader and two Cabinet members, within which most significant decisions were in practice made before they reached Cabinet. One officer told us that “decisions are made in the Leader’s office and Cabinet is where they are announced”.")
add(3,h,"Cabinet meetings we observed were short and largely formal. Of the 64 Cabinet decisions taken in 2023/24, 58 were agreed without any recorded discussion. Eleven of those decisions were key decisions with a value of more than £1 million each.")
add(3,h,"The Leader told us that relationships between the administration and officers “had never been better” and that the council was “in a far stronger place than two years ago”. That was not the view of most of the officers and many of the members we interviewed.")
add(3,h,"We do not doubt the Leader’s commitment. But we found that challenge is not welcomed. Several members of the ruling group told us that they had been discouraged from asking questions in public meetings, and two told us that they had been removed from committee positions after doing so. We were not able to verify those accounts independently, and we make no finding about them.")
h="Member–officer relations"
add(3,h,"The relationship between members and senior officers is unhealthy. Officers described being contacted directly by Cabinet members with instructions, sometimes outside working hours, and feeling unable to refuse. Some officers told us they had learned to keep advice verbal so that it could not later be used against them.")
add(3,h,"The council’s protocol on member–officer relations was last revised in 2016 and does not reflect the current constitution. It was not mentioned by any of the members we interviewed, and only a minority of senior officers were aware of it.")
add(3,h,"Complaints under the members’ code of conduct rose from 12 in 2021/22 to 38 in 2023/24. Of the 38 complaints received in 2023/24, 29 had not been resolved at the time of our inspection, and the oldest had been open for 14 months.")
add(3,h,"We heard repeated concern about the tone of debate at full council. At the meetings we observed, we saw personal remarks, interruptions of officers giving advice, and a failure by the chair to intervene. We do not consider that this reflects well on the council or that it is consistent with the Nolan principles.")
h="Constitution and decision-making"
add(3,h,"The constitution was last comprehensively reviewed in 2017. The scheme of delegation is unclear in places, and we found examples of decisions being taken by officers under delegated powers that should, in our view, have been taken by Cabinet.")
add(3,h,"Decisions taken by a Cabinet member in consultation with an officer numbered 142 in 2023/24. In 37 of those cases we could find no published record of the decision or the reasons for it, contrary to the council’s own rules.")
h="The statutory officers"
add(3,h,"The three statutory officers should act as a check on the council’s decisions. In Farrowdale that check has been weakened. Both the section 151 officer and the monitoring officer are interim appointments, and neither is a member of the corporate leadership team.")
add(3,h,"The statutory officers’ group, which should meet regularly to consider emerging risks, met only three times in 2023/24 and kept no minutes of two of those meetings. We consider this a significant weakness.")
add(3,h,"We found that advice from the monitoring officer on at least three occasions in 2023 was not recorded in the published reports to the decision-makers. In one case, concerning the disposal of a council-owned car park, the advice was that the proposed sale at less than best consideration required the consent of the Secretary of State. The decision was taken without that consent being sought.[[fn:The sale was rescinded in March 2024 after the matter was raised by the external auditor.]]", "carpark")
h="The Chief Executive and corporate leadership"
add(3,h,"The Chief Executive is respected by staff and partners and has begun important work to stabilise the organisation. The Chief Executive told us that the priority had been to “get the basics right” before attempting wider change. We agree with that priority.")
add(3,h,"Nevertheless, the corporate leadership team has not yet established itself as a collective body. Of its nine members, five are interim or acting. Meetings are dominated by operational matters, and we saw little evidence of the team discussing strategy, risk or performance in the round.")
add(3,h,"The council spent £9.8 million on agency and interim staff in 2023/24, compared with £5.1 million in 2021/22. Interim managers occupy a third of posts at tier 2 and tier 3. While some interims are highly capable, this level of reliance undermines continuity and makes it harder to hold individuals to account for delivery.")
add(3,h,"We conclude that the council’s political and managerial leadership does not currently provide the clear, collective and accountable direction that the best value duty requires.")

h=None
add(4,h,"Culture is the most difficult aspect of an organisation to assess and the most difficult to change. We drew on interviews, focus groups, the council’s staff surveys and our own observation. The picture that emerged was consistent across those sources.")
add(4,h,"Many staff are proud to work for Farrowdale and committed to its residents. In focus groups, front-line staff in particular spoke warmly of their teams and immediate managers. We wish to acknowledge that commitment.")
add(4,h,"But we found a culture of deference, in which officers anticipate what members want to hear and shape their advice accordingly. Several senior officers told us that bad news was unwelcome and that reports were routinely rewritten to soften risks before publication.")
add(4,h,"The council’s 2024 staff survey was completed by 1,412 staff, a response rate of 54%. Its results, set out in Table 1, show a marked deterioration since 2022. Only 47% of respondents said they would feel safe to speak up about wrongdoing, down from 63% in 2022, and 39% said they had confidence in the decisions made by senior leaders.", "survey")
add(4,"TABLE1",None)
add(4,h,"The results for speaking up are the most concerning. Fewer than half of staff would feel safe raising concerns about wrongdoing, and only 35% believe that action would follow if they did. In focus groups, staff told us that people who had raised concerns in the past had been “moved sideways” or had left the council.")
add(4,h,"The council’s whistleblowing policy is sound on paper. But of the 21 whistleblowing disclosures recorded between April 2021 and March 2024, only 9 were investigated to a conclusion, and the outcome was communicated to the person who raised the concern in only four cases.")
add(4,h,"Members of staff told the inspectors that they were reluctant to put concerns in writing. One senior manager told us: “You learn quickly that the safest email is the one you don’t send.” We heard similar comments in every directorate we visited.")
add(4,h,"The workforce strategy expired in 2022 and has not been replaced. Sickness absence averaged 11.4 days per full-time equivalent employee in 2023/24, above the average of 9.6 days for comparable unitary councils[[fn:Local Government Association workforce benchmarking, 2023/24.]]. Staff turnover was 17% in the same year.")
add(4,h,"Corporate induction for new staff was suspended in 2022 and reinstated only in 2024. Around 300 staff who joined the council in that period received no corporate induction, and many told us they had never been introduced to the council’s values or its code of conduct for employees.")
add(4,h,"Equality, diversity and inclusion have a low profile in the organisation. The council has not published its gender pay gap analysis on time in either of the last two years, and the staff network groups told us that they had not met a member of the corporate leadership team in over a year.")
add(4,h,"The Chief Executive has launched a programme of listening sessions and a new set of organisational values, “Open, Fair, Ambitious”. Staff we spoke to welcomed these initiatives but were sceptical whether they would change behaviour, particularly among members.")
add(4,h,"We do not suggest that bullying is widespread in the council. The proportion of staff reporting bullying or harassment, at 14%, is comparable to that of other councils. But the trend is upwards, and the council does not analyse the reports it receives to identify patterns by directorate or by source.")
add(4,h,"We found that the culture of the council is not one in which officers can give, and members will receive, frank and impartial advice. Unless that changes, no amount of new policy or process will secure lasting improvement.")
add(4,h,"We consider that the council is failing in its best value duty in respect of culture.")

h="The financial position"
add(5,h,"The council’s financial position is more precarious than its published budget reports suggest. The council’s own medium-term financial strategy identifies a cumulative budget gap of £23.6 million over the three years from 2025/26 to 2027/28, and plans to close only £14.1 million of that gap through identified savings.")
add(5,h,"The general fund reserve fell from £14.2 million at 31 March 2021 to £5.3 million at 31 March 2024, equivalent to 1.7% of the net revenue budget. Earmarked reserves fell from £61.8 million to £38.5 million over the same period.[[fn:Statement of accounts 2020/21 and 2023/24 (draft, unaudited).]]")
add(5,h,"In 2023/24 the council planned savings of £11.4 million but delivered only 61% of them. The shortfall was met from reserves. Savings plans for 2024/25 include £3.2 million of proposals which, in the view of the finance adviser supporting us, are unlikely to be achieved in the year.")
add(5,h,"Overspending in children’s social care and home-to-school transport has become persistent. The children’s services budget was overspent by £7.9 million in 2023/24, the third consecutive year of overspending, and the current forecast for 2024/25 is an overspend of £6.2 million.")
add(5,h,"Council tax collection has fallen from 96.8% in 2019/20 to 94.1% in 2023/24, below the average for unitary councils. Each percentage point of collection is worth approximately £2.2 million a year to the council.")
add(5,h,"We do not consider that the council is at imminent risk of issuing a report under section 114 of the Local Government Finance Act 1988. That assessment depends, however, on the council delivering its savings plans in full and on commercial income holding at current levels. If either assumption fails, the council’s reserves would be exhausted within two years.", "s114")
h="Borrowing and commercial investment"
add(5,h,"The council’s external borrowing rose from £212 million in March 2019 to £641 million in March 2024. Much of the increase financed the commercial property acquisitions described in paragraph {p:acquisitions} and the town centre regeneration programme. The council’s capital financing requirement now stands at £702 million.")
add(5,h,"The commercial property portfolio was expected to generate net income of £4.8 million a year after financing costs. In 2023/24 it generated £1.3 million. Two of the largest assets, an office building and the hotel, have lost their anchor tenants, and the portfolio was revalued at £139 million at 31 March 2024, £47 million below its purchase price.")
add(5,h,"We found that the investment decisions were taken on the basis of business cases which overstated expected yields and understated risk. In at least four cases the due diligence report was received after the decision to purchase had been made. Members told us they had relied on officers’ assurances; officers told us they had been under pressure to complete purchases quickly.")
add(5,h,"The Leader told us that the portfolio was “a long-term investment that will come good”. We accept that property values can recover. But the council cannot plan on that basis, and its current strategy does not set out how it would respond if values and income do not recover.")
add(5,h,"The external auditor’s statutory recommendation of February 2024 required the council to prepare a plan to reduce its exposure to commercial property. At the time of our inspection, eight months later, no such plan had been approved. A draft asset disposal strategy had been prepared by officers but had not been taken to Cabinet.")
h="Financial governance"
add(5,h,"Budget monitoring reports to Cabinet are late and lack detail. In 2023/24 the quarter two monitoring report was presented in January, by which point the position it described was three months old. Reports did not identify the main risks to the forecast or the actions being taken to address overspends.")
add(5,h,"Finance staff are under considerable pressure. The finance function has 27% of its establishment vacant or filled by agency staff, and the closure of accounts has been delayed in each of the last three years. The council’s accounts for 2022/23 have not yet been signed off by the external auditor.")
add(5,h,"The council’s own submission stated that its financial position was “stable and well understood by members”. We found that members, including some Cabinet members, had a limited understanding of the risks in the capital programme and of the council’s reliance on reserves.")
add(5,h,"The audit and governance committee has not received a treasury management report since September 2023. Its independent member told us that the committee had “asked the right questions and received no answers”.")
add(5,h,"The council has not yet adopted a capital strategy that complies with the Prudential Code[[fn:CIPFA, The Prudential Code for Capital Finance in Local Authorities, 2021 edition.]]. The capital programme for 2024/25 totals £96.4 million, of which £58.9 million is to be funded by further borrowing. We found no evidence that the revenue consequences of that borrowing had been set out for members.")
add(5,h,"Fees and charges were last comprehensively reviewed in 2020. We found several services where charges did not cover costs and where no decision had been taken by members to subsidise them.")
add(5,h,"We recognise that the council faces the same pressures as other councils: rising demand for social care, inflation and uncertain funding. But those pressures do not explain the scale of Farrowdale’s difficulties, much of which stems from decisions taken locally.")
add(5,h,"We consider that the council is failing in its best value duty in respect of the use of resources.")

h="Overview and scrutiny"
add(6,h,"The council has a single overview and scrutiny committee supported by three scrutiny panels. The committee is chaired by a member of the ruling group, as are two of the three panels. The council’s constitution does not require the chair to be drawn from the opposition, and we do not suggest that it must; but the arrangement has contributed to a perception, which we found widely held, that scrutiny is not independent.")
add(6,h,"The overview and scrutiny committee met five times in 2023/24, against nine scheduled meetings. Four meetings were cancelled for lack of business. Its work programme was largely composed of items for information rather than matters selected for their significance to residents.")
add(6,h,"Members made 14 requests to call in Cabinet decisions between May 2022 and May 2024. Only two were accepted for consideration by the committee. The remainder were rejected by the monitoring officer on procedural grounds, in several cases for reasons which we found difficult to reconcile with the constitution.")
add(6,h,"Pre-decision scrutiny is rare. The forward plan is published, but key decisions are frequently added to it with less than 28 days’ notice. In 2023/24, 19 key decisions were taken under the general exception or special urgency provisions, compared with four in 2020/21.")
add(6,h,"The scrutiny function is supported by 1.5 full-time equivalent officers, which is low for a council of this size. Scrutiny members have received no training since 2021.")
add(6,h,"Questions from the public at full council are limited to 30 minutes and must be submitted ten working days in advance. In 2023/24, 41 public questions were submitted and 12 were ruled out of order.")
add(6,h,"There are some positive examples. The scrutiny panel’s review of home-to-school transport in 2023 was thorough, drew on evidence from parents and schools, and led to changes that the service told us were valuable.")
h="Audit and risk"
add(6,h,"The audit and governance committee is chaired by an opposition member and includes one independent co-opted member. Its meetings are well conducted. However, its effectiveness is limited by the quality of the information it receives and by the council’s slow response to its recommendations.")
add(6,h,"Internal audit gave a limited assurance opinion for 2023/24, the second year running. Of 46 internal audit recommendations rated high priority and due for implementation by March 2024, 17 had been implemented.")
add(6,h,"The annual governance statement for 2023/24 identified seven significant governance issues, five of which had also appeared in the statement for the previous year without being resolved.")
add(6,h,"The corporate risk register was last reviewed by Cabinet in March 2023. It does not include the commercial property portfolio as a separate risk, nor the council’s reliance on interim staff in key roles.")
add(6,h,"We found that the council does not have effective arrangements to learn from its mistakes. Reviews of past failures, including the car park disposal described in paragraph {p:carpark}, were not reported to members, and their recommendations were not tracked.")
add(6,h,"We consider that the council is failing in its best value duty in respect of governance, including scrutiny and audit.")

h=None
add(7,h,"The council spends approximately £214 million a year with third-party suppliers. Procurement is managed by a small central team, but most purchasing decisions are made in directorates, and the central team has limited visibility of them.")
add(7,h,"The council’s contract procedure rules allow officers to waive competitive tendering in defined circumstances. In 2023/24 officers approved 212 waivers with a combined value of £38.7 million. Of those, 63 were approved retrospectively, after the goods or services had been ordered.")
add(7,h,"The number of waivers has risen sharply, from 87 in 2020/21. We found that waivers were used routinely to extend expired contracts rather than to meet genuine emergencies, and that the reasons recorded for them were often brief or generic.")
add(7,h,"We sampled 27 contracts with a value above £500,000. Eleven had no named contract manager. Nine had no record of performance monitoring in the previous twelve months, and in four cases the contract had expired but payments had continued.")
add(7,h,"The council’s contracts register is incomplete. At the time of our inspection it listed 311 contracts, but the finance system recorded payments in 2023/24 to more than 640 suppliers of over £25,000 each whose contracts did not appear on the register.")
add(7,h,"Two whistleblowing complaints referred to the department concerned the award of contracts for highways maintenance and for temporary accommodation. We reviewed both. We found that the procedures followed fell short of the council’s own rules in several respects. We found no evidence that any officer or member benefited personally from either award.")
add(7,h,"Declarations of interest are poorly maintained. Of the 51 councillors, nine had not updated their register of interests within the required 28 days of a change, and the council has no register of officers’ interests for staff below tier 3.")
add(7,h,"The procurement strategy, adopted in 2019, has not been updated to reflect the Procurement Act 2023, which comes into force on 24 February 2025.[[fn:The Procurement Act 2023 (Commencement No. 3 and Transitional and Saving Provisions) Regulations 2024.]] The council has not assessed the implications for its procedures or its staff.")
add(7,h,"Officers in the central team are capable and aware of the weaknesses we describe. The head of procurement told us that the team had raised concerns about waivers with the corporate leadership team on several occasions without response.")
add(7,h,"We consider that the council is failing in its best value duty in respect of procurement and contract management.")

h=None
add(8,h,"Partners described the council as ambitious but unpredictable. The local NHS trust, the police and the voluntary sector all told us that they valued the council’s staff but found it hard to know who was responsible for decisions, and that agreements made with officers were sometimes reversed by members.")
add(8,h,"The town centre regeneration programme is the council’s flagship project. It has a total budget of £148 million, of which £61 million comes from government grants. The programme is 14 months behind schedule and the forecast cost has risen by £22 million since 2022.")
add(8,h,"The council’s relationship with the voluntary and community sector has deteriorated. Grants to the sector were cut by 40% in 2023/24 with six weeks’ notice, and several organisations told us they had learned of the decision from the local press.")
add(8,h,"The council’s relationship with town and parish councils is generally good, and the rural partnership forum was mentioned positively by several partners. We commend it as an example the council could build on.")
add(8,h,"The Leader told us that partners were “queuing up to work with Farrowdale”. We did not find that to be the case, although partners were committed to the borough and willing to support the council’s recovery.")
add(8,h,"The health and wellbeing board has met regularly, but its joint strategy has not been refreshed since 2019 and does not reflect the council’s current priorities or those of the integrated care board.")
add(8,h,"Economic development is well regarded. The council’s business support service helped 412 businesses in 2023/24, and inward investment enquiries rose by a third compared with the previous year.")
add(8,h,"We consider that the council is meeting its best value duty in respect of partnerships, although the relationships we describe are fragile and need attention.")

h="Housing"
add(9,h,"The council retains its housing stock of approximately 9,800 homes. The service faces serious challenges. At the end of September 2024 there were 2,648 open repairs older than 28 days, and 1,130 homes did not meet the Decent Homes Standard.")
add(9,h,"The number of households in temporary accommodation rose from 164 in March 2022 to 386 in September 2024, of whom 93 were in bed and breakfast accommodation. Spending on temporary accommodation was £8.3 million in 2023/24, against a budget of £3.9 million.")
add(9,h,"The Regulator of Social Housing’s inspection in 2024 found serious failings in the council’s handling of damp and mould and in its data on the condition of its stock.[[fn:Regulator of Social Housing, regulatory judgement, June 2024.]] The service’s improvement plan is credible, but delivery has only recently begun.")
add(9,h,"Tenants told us that they found it difficult to get repairs carried out and that complaints went unanswered. Complaints to the Housing Ombudsman about the council rose from 31 in 2021/22 to 97 in 2023/24.")
h="Children’s services"
add(9,h,"Children’s services were judged by Ofsted in 2023 to require improvement to be good. Leaders in the service have a good understanding of its weaknesses, and the improvement plan is being implemented. However, the service is heavily dependent on agency social workers, who make up 38% of the workforce.")
add(9,h,"The pressure on the children’s services budget is driven largely by the cost of external residential placements. The number of children in such placements rose from 34 to 52 in two years, and the average weekly cost is now £6,100.")
h="Adult social care and other services"
add(9,h,"Adult social care is well led and well run. Waiting lists for assessment have fallen by a third since 2022, and the service has a good working relationship with the NHS. Members and partners spoke highly of it.")
add(9,h,"Waste and recycling services perform well. The recycling rate was 46% in 2023/24, above the regional average, and the number of missed collections is low.")
add(9,h,"The council’s contact centre answered 71% of calls within five minutes in 2023/24, against a target of 85%. Corporate complaints rose by 26% over the same period, and the average time to respond at stage 1 was 19 working days against a target of ten.")
add(9,h,"The Local Government and Social Care Ombudsman upheld 78% of the complaints it investigated about the council in 2023/24, compared with an average of 80% for similar authorities.")
add(9,h,"We have considered whether the weaknesses in leadership and governance we describe have affected service delivery. In housing and children’s services they plainly have. In adult social care, we found that good local leadership had so far insulated the service, but we do not think this can be relied on indefinitely.")

h=None
add(10,h,"The best value duty requires a council to make arrangements to secure continuous improvement in the way its functions are exercised, having regard to a combination of economy, efficiency and effectiveness. We have concluded that Farrowdale Council is failing to comply with that duty.")
add(10,h,"The failures we have found are interconnected. A concentrated and defensive political leadership, a culture that discourages challenge, weak scrutiny, and an unstable senior officer structure have together allowed financial risks to grow unchecked. The commercial property strategy is the most visible consequence, but not the only one.")
add(10,h,"We have considered whether the council has the capacity to improve without intervention. The Chief Executive has made a promising start, and there are capable officers at every level. But the council’s improvement plan, adopted in October 2024, is largely a list of process changes and does not address culture or political leadership.")
add(10,h,"When we put our emerging findings to the Leader, the Leader accepted some of them but disputed that there was a cultural problem, telling us that “staff who want to work here are happy here”. We do not consider that the leadership of the council yet recognises the scale of the change required.")
add(10,h,"We therefore do not believe that the council can make the necessary improvements on its own, or within a reasonable timescale, without external support and challenge.")
add(10,h,"We recommend that the Secretary of State should exercise the powers available under section 15 of the Local Government Act 1999 to direct the council to take specified actions and to appoint commissioners to exercise certain of the council’s functions, in particular those relating to governance, finance and the appointment of senior officers.")
add(10,h,"In our view an intervention of at least three years will be needed. Commissioners should be empowered to secure the appointment of a permanent section 151 officer and monitoring officer as a priority, and to oversee the preparation of a credible improvement and recovery plan.")
add(10,h,"We would expect the council to take ownership of its recovery. Intervention should be designed so that powers are returned to the council as soon as it demonstrates that it can exercise them in accordance with the best value duty.")
add(10,h,"Many of those we met, members and officers alike, want the council to succeed and told us so with evident feeling. That goodwill is an asset on which recovery can be built.")
add(10,h,"Our recommendations follow. They are addressed to the council, although several will require the support of commissioners to implement.")

RECS = [
"The council should, within three months, prepare and agree with commissioners an improvement and recovery plan that addresses each of the failures identified in this report, with clear milestones, and report progress publicly to full council every six months.",
"The council should recruit a permanent section 151 officer and monitoring officer, and ensure that the statutory officers have direct access to the Leader, the Chief Executive and all members of the corporate leadership team.",
"The council should review its constitution, including the scheme of delegation, the member–officer protocol and the call-in procedure, and ensure that all decisions and the reasons for them are published.",
"The council should strengthen overview and scrutiny, including by appointing an opposition member as chair of the overview and scrutiny committee, increasing the officer support available to it, and providing training for all scrutiny members.",
"The council should prepare, within six months, a plan to reduce its exposure to commercial property, including a disposal strategy, and set a medium-term financial strategy that does not rely on the use of reserves to balance the budget.",
"The council should overhaul its procurement and contract management arrangements, including the use of waivers, the contracts register and the management of declarations of interest, and report on compliance to the audit and governance committee every quarter.",
"The council should develop, with staff and trade unions, a programme to change its organisational culture, including the promotion of speaking up, a renewed workforce strategy and a member development programme on the respective roles of members and officers.",
]
ANNEX = [
"The inspection team was appointed by the Secretary of State on 22 July 2024. The team comprised a lead inspector, two assistant inspectors and a finance adviser. The team was supported by a secretariat provided by the department.",
"Fieldwork took place between 16 September and 29 November 2024. We conducted 94 interviews and seven focus groups, attended by a total of 68 staff. We observed 17 meetings of the council, its Cabinet and committees.",
"We invited councillors, staff, partners and residents to submit evidence through a dedicated email address. We received 143 submissions, of which 61 came from current or former staff. All submissions were read by a member of the team.",
"We reviewed more than 1,900 documents, including reports and minutes of the council, Cabinet and committees from 2019 to 2024, financial records, internal audit reports, external audit findings and the council’s self-assessment.",
"Our terms of reference asked us to consider the council’s compliance with its best value duty in respect of leadership, governance, culture, use of resources, procurement and contract management, and partnerships. We were not asked to inspect individual services, although we have considered their performance where it bears on these themes.",
]
TABLE1_HEAD = ["Statement", "2022", "2024", "Change (points)"]
TABLE1 = [
("I am proud to work for the council","71","64","-7"),
("I would recommend the council as a place to work","52","38","-14"),
("I understand how my work contributes to the council’s priorities","78","74","-4"),
("I have confidence in the decisions made by senior leaders","51","39","-12"),
("Senior leaders communicate openly with staff","44","33","-11"),
("I would feel safe to speak up about wrongdoing","63","47","-16"),
("I believe action will be taken if I raise a concern","49","35","-14"),
("I am treated with dignity and respect at work","80","76","-4"),
("I have experienced bullying or harassment in the last 12 months","9","14","+5"),
("My manager supports my wellbeing","77","75","-2"),
("I have the resources I need to do my job","48","36","-12"),
("My workload is manageable","55","41","-14"),
("I feel valued for the work I do","54","43","-11"),
("I intend to be working for the council in two years’ time","69","57","-12"),
("Change is well managed in the council","31","22","-9"),
("Members and officers work well together","40","27","-13"),
("I trust the information I receive from the council","58","45","-13"),
("I have had a performance conversation in the last 12 months","66","61","-5"),
("Learning and development opportunities are available to me","62","50","-12"),
("The council is committed to equality, diversity and inclusion","73","70","-3"),
("Overall, I am satisfied with the council as an employer","61","46","-15"),
]
TABLE1_CAPTION = "Table 1: Selected results of the council’s staff survey, 2022 and 2024 (percentage of respondents agreeing)"

def main():
    places = []; footnotes = []
    # number paragraphs
    num = {}; n = 0
    for ch, hd, pid, text in P:
        if hd == "TABLE1": continue
        n += 1
        if pid: num[pid] = n
    places.append({"label": "executive summary", "kind": "summary", "chapter": CH["es"], "heading": None,
                   "page": None, "text": " ".join(SUMMARY), "paras": SUMMARY})
    n = 0; fnn = 0
    for ch, hd, pid, text in P:
        if hd == "TABLE1":
            cells = TABLE1_HEAD + [c for r in TABLE1 for c in r]
            places.append({"label": "Table 1", "kind": "table", "chapter": CH[ch], "heading": None, "page": None,
                           "text": " ".join(cells), "caption": TABLE1_CAPTION, "header": TABLE1_HEAD, "rows": [list(r) for r in TABLE1]})
            continue
        n += 1
        text = re.sub(r"\{p:(\w+)\}", lambda m: str(num[m.group(1)]), text)
        marks = []
        while "[[fn:" in text:
            i = text.index("[[fn:"); j = text.index("]]", i)
            fnn += 1
            footnotes.append({"number": fnn, "page": None, "text": text[i+5:j], "place": str(n), "offset": i})
            text = text[:i] + text[j+2:]
        places.append({"label": str(n), "kind": "paragraph", "chapter": CH[ch], "heading": hd, "page": None, "text": text})
    for i, t in enumerate(RECS, 1):
        places.append({"label": f"R{i}", "kind": "recommendation", "chapter": CH["r"], "heading": None, "page": None, "text": t})
    for i, t in enumerate(ANNEX, 1):
        places.append({"label": f"A{i}", "kind": "annex", "chapter": CH["a"], "heading": None, "page": None, "text": t})
    rep = {"title": "Farrowdale Council: Best Value Inspection Report", "kind": "report", "file": "report.pdf",
           "producer": "Typst (typst Python package 0.15.2)", "numbering": "sequential", "page_offset": 0,
           "furniture": ["N | Farrowdale Council", "running header: the current chapter title"],
           "places": places, "footnotes": footnotes}
    json.dump(rep, open("report.json", "w"), ensure_ascii=False, indent=1)
    print("paragraphs:", n, "footnotes:", fnn)

if __name__ == "__main__":
    main()
