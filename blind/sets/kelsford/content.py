# Content of the Kelsford report and letter. Footnote calls are written {n}; straight
# apostrophes are turned into typographic ones by build.py (in the PDF and in report.json alike).

TITLE = "Best Value Inspection of Kelsford Borough Council"
DATE = "October 2026"

SUMMARY = [
    "Kelsford Borough Council is not meeting its Best Value duty. We reached that conclusion after four months of fieldwork, more than 90 interviews and a review of some 1,400 documents. The council's difficulties are not confined to one service or to one decision: they run through its leadership, its governance, its finances and the way in which it holds itself to account.",
    "The council's finances are in a precarious position. The general fund reserve has fallen by more than half in four years, the council has lent £38.5 million to a company that has never made a profit, and the medium-term financial plan rests on savings that have not been identified. Unless the council acts quickly and decisively, we consider it likely that it will exhaust its general fund reserve within the next two financial years.",
    "We found a culture in which challenge is unwelcome. Nearly half of the staff who answered our survey told us that they did not feel able to raise concerns without fear of the consequences. Scrutiny has been weakened, and too many decisions are taken as urgent decisions, away from public view. We do not suggest that any member or officer has acted for personal gain. We have, however, found a council that has lost sight of the difference between the interests of its residents and the ambitions of its leadership.",
    "There is a foundation to build on. Front-line staff are committed, the new Chief Executive has begun to address some of the weaknesses we describe, and members of all groups told us that they want to see change. We make twelve recommendations. In our view the council will need sustained external support to deliver them.",
]

# chapters: (number, title, [ (heading or None, [(label, text), ...]) ], [tables after body])
CHAPTERS = [
 ("1", "Introduction and background", [
  ("The inspection", [
   ("1.1", "On 3 March 2026 the Secretary of State appointed us under section 10 of the Local Government Act 1999 to carry out an inspection of Kelsford Borough Council's compliance with its Best Value duty. Our terms of reference required us to consider the council's governance, leadership, culture, financial management, use of its companies and procurement, and to report by 30 September 2026.{1}"),
   ("1.2", "Kelsford is a borough in the North East of England with a population of around 148,000. It includes the town of Kelsford itself, the former mining settlements of the Alne valley and a long stretch of coastline. Around 21% of the borough's residents live in neighbourhoods that are among the 10% most deprived in England."),
   ("1.3", "The council has 48 members elected across 16 wards. Since May 2023 it has been run by a Labour administration with 27 seats. The opposition consists of the Conservative group (11 seats), the Independent Group (7 seats) and the Liberal Democrats (3 seats). The council operates a Leader and Cabinet model of executive arrangements, with a Cabinet of eight members."),
   ("1.4", "The council employs around 1,950 staff, including those in its housing service, and has a net revenue budget for 2026/27 of £31.4 million. It has retained its housing stock of 6,870 homes, which it has managed directly since the closure of its arm's-length management organisation in 2019."),
   ("1.5", "Concerns about the council were first raised publicly in 2024, when the external auditor reported significant weaknesses in its arrangements for financial sustainability and for governance. In March 2026 the auditor made statutory recommendations under section 24 of the Local Audit and Accountability Act 2014, principally about the council's lending to Kelsford Riverside Developments Limited.{2}"),
   ("1.6", "Our fieldwork took place between April and July 2026. We held more than 90 interviews with members, officers, partners and others, observed 14 meetings, and reviewed some 1,400 documents. We also conducted a survey of staff, to which 611 of the 1,214 staff invited responded. The methods we used are set out in Annex A."),
   ("1.7", "We are grateful to the members and officers of the council for the courtesy with which they received us. The council provided documents promptly and arranged interviews at short notice when we asked. We note, however, that several documents we requested, including the notes of the Leader's weekly briefing meetings, were not provided in full."),
   ("1.8", "This report sets out our findings on each of the areas in our terms of reference, followed by our conclusions and recommendations. Where we quote those we spoke to, we have not named them: we assured everyone we interviewed that their comments would not be attributed."),
  ])], []),
 ("2", "Leadership and culture", [
  ("Political and managerial leadership", [
   ("2.1", "Effective councils depend on a constructive relationship between the political leadership and senior officers, in which each understands and respects the role of the other. We did not find such a relationship at Kelsford. The boundary between the role of members and that of officers has become blurred, and in some respects it has broken down."),
   ("2.2", "The Leader has held office since May 2023 and is widely regarded, by supporters and critics alike, as energetic and committed to the borough. The Leader told us that the council was “on the right track” and that the criticism it faced came largely from those who opposed its regeneration programme. We do not share that view."),
   ("2.3", "The council has had four chief executives, two of them interim, since January 2021. The current Chief Executive was appointed in February 2026, shortly before our inspection began. The post of Section 151 officer was filled on an interim basis for 14 months between 2024 and 2025. Turnover on this scale in the statutory posts has deprived the council of stability and of the institutional memory on which good decisions depend."),
   ("2.4", "Members told us that the previous Chief Executive had been “sidelined” and that senior officers had learned to bring forward only those proposals they knew the Leader would support. One officer told us that “decisions are made in the Leader's office and rubber-stamped in the chamber”. We heard similar accounts from several others, although not every officer we spoke to shared this view."),
   ("2.5", "We do not suggest that the Leader or any Cabinet member acted improperly in their dealings with officers. But the effect of the arrangements we describe has been to concentrate decision-making in a small group and to discourage the independent professional advice that the council needed."),
  ]),
  ("Organisational culture", [
   ("2.6", "Our staff survey was answered by 611 staff, a response rate of 50%.{3} Its main results are set out in Table 1. Of those who responded, 47% said that they did not feel able to raise concerns without fear of repercussions, and only 38% said that they trusted the council's senior leadership."),
   ("2.7", "Staff in front-line services spoke positively about their immediate managers and about the commitment of their colleagues. Their concerns were about the organisation above them. Only 23% agreed that decisions were taken in an open and transparent way, and 61% said that they did not understand the council's priorities."),
   ("2.8", "The council has a whistleblowing policy, but it was last reviewed in 2018. Between April 2023 and March 2026 the council recorded 19 whistleblowing disclosures. Eleven of those disclosures were investigated by the service in which the concern had arisen, which we do not consider to be an appropriate arrangement."),
   ("2.9", "Relationships between members are poor. Several members of opposition groups told us that they had been refused information that they were entitled to see, and the minutes of full council record repeated points of order and two occasions on which the meeting was adjourned. The Member Code of Conduct has been the subject of 37 complaints since May 2023, more than in the whole of the previous four years.{4}"),
   ("2.10", "We do not consider that the number of complaints is in itself evidence of misconduct; many were dismissed at the initial assessment stage. It does, however, reflect a political culture in which disagreement is too readily pursued through formal processes rather than resolved through dialogue."),
   ("2.11", "Member development is limited. The council spent £8,400 on member training in 2025/26, and attendance at the sessions it did offer was low: only 14 of the 48 members attended the training on the council's budget in January 2026."),
  ]),
  ("The council's own view", [
   ("2.12", "The council's own submission to us stated that it had “a strong and cohesive leadership team with a shared understanding of the council's priorities”. That is not the picture that emerged from our interviews or from the survey, and we were concerned that the council's assessment of itself was so far from the evidence."),
   ("2.13", "To its credit, the new Chief Executive has recognised many of the issues we describe. A revised senior management structure was agreed in June 2026, and a programme of staff engagement sessions began in the same month. It is too early to judge their effect."),
   ("2.14", "We conclude that the council's leadership has not created the conditions in which good governance can flourish. Changing this will require a sustained effort from members and officers alike, and it will not happen without external support."),
  ])], ["T1"]),
 ("3", "Governance and decision-making", [
  ("The constitution", [
   ("3.1", "The council's constitution was last comprehensively reviewed in 2017. Amendments have since been made piecemeal, and the version published on the council's website in April 2026 was not the version in use: the scheme of delegation it contained had been superseded in two respects. Officers and members told us that they were not always sure which rules applied."),
   ("3.2", "The constitution allows a decision to be taken as an urgent decision where delay would be seriously prejudicial to the council or to the public interest. It requires the agreement of the chair of the Overview and Scrutiny Committee before an urgent decision is exempted from call-in."),
  ]),
  ("Key decisions", [
   ("3.3", "In 2024/25 the council took 143 key decisions. Of these, 58 were taken as urgent decisions and exempted from call-in, a proportion of 41%.{5} Eleven of those urgent decisions were taken without the agreement of the scrutiny chair that the constitution requires. In a well-run council we would expect urgent decisions to be rare."),
   ("3.4", "Several of the urgent decisions concerned the council's lending to Kelsford Riverside Developments Limited, including a loan facility of £6.5 million agreed in December 2024. We do not consider that the urgency claimed in these cases was genuine: in each of them, the need for a decision had been known for several weeks."),
   ("3.5", "The Forward Plan of key decisions is published but is not reliable. Of the key decisions taken in 2024/25, 36 did not appear on the Forward Plan 28 days before they were taken. Members told us that they often learned of significant decisions from the local press."),
  ]),
  ("Exempt business", [
   ("3.6", "The council makes extensive use of exempt reports. In 2025/26, 31% of the reports considered by the Cabinet were taken wholly or partly in private. We accept that some commercial matters must be considered in private, but we saw several reports whose exempt status we could not justify, including a report on the council's car parking charges."),
  ]),
  ("Officer advice", [
   ("3.7", "The statutory officers have not always been able to give their advice freely. The interim Section 151 officer told us that advice on the affordability of the riverside scheme had been “toned down” in the drafting of a Cabinet report in 2024. The Monitoring Officer's advice on the handling of urgent decisions was not, in our view, heeded."),
   ("3.8", "We do not suggest that the Monitoring Officer failed in their duties. The Monitoring Officer raised concerns in writing on at least three occasions; those concerns were not acted upon."),
   ("3.9", "The council's report template does not require the financial and legal implications of a decision to be set out in full. In a sample of 40 Cabinet reports that we reviewed, 17 contained no comment from the Section 151 officer and 12 contained no legal comment."),
   ("3.10", "Risk management is weak. The corporate risk register had not been reviewed by the Cabinet since October 2024, and it did not include the council's exposure to Kelsford Riverside Developments Limited as a corporate risk until February 2026."),
  ]),
  ("Information and records", [
   ("3.11", "The council received 1,126 requests under the Freedom of Information Act between April 2024 and March 2026 and responded to 68% of them within the statutory 20 working days. The Information Commissioner's Office has issued a practice recommendation to the council.{6}"),
   ("3.12", "The council's approach to recording informal meetings is inconsistent. The Leader's weekly briefing meetings with senior officers, at which we were told many significant matters are in practice settled, are not minuted, and no action notes were available to us for the period before March 2026."),
   ("3.13", "The council's own submission described its governance as “robust and well-understood”. We found governance arrangements that were neither: they were not consistently followed, and they were not well understood by the members and officers who were expected to operate them."),
   ("3.14", "The council has begun a review of its constitution, led by the Monitoring Officer, which is due to report to full council in January 2027. We welcome this review, but we consider that its scope should be widened to include the arrangements for urgent decisions and for exempt business (R3 and R4)."),
  ])], []),
 ("4", "Financial management", [
  ("The council's financial position", [
   ("4.1", "The council's net revenue budget for 2026/27 is £31.4 million. It was balanced only by the use of £3.2 million of reserves and by savings of £4.1 million, of which £1.9 million had not been assigned to a specific service or proposal when the budget was set."),
   ("4.2", "The general fund reserve fell from £14.2 million at 31 March 2022 to £6.1 million at 31 March 2026.{7} Earmarked reserves fell over the same period from £22.7 million to £9.4 million. The council's reserves are now among the lowest, relative to its net revenue budget, of any council in the North East."),
   ("4.3", "The medium-term financial plan, approved in February 2026, forecasts a cumulative budget gap of £23.6 million over the three years to 2028/29, including a gap of £9.8 million in 2027/28. The plan does not set out how these gaps will be closed."),
   ("4.4", "Unless the council acts quickly and decisively, we consider that it is likely to exhaust its general fund reserve during 2028/29. The council has not issued a section 114 notice, and we do not suggest that one is required at present; but the margin for error has all but disappeared."),
  ]),
  ("Budget setting and monitoring", [
   ("4.5", "Budget monitoring has not been effective. In 2025/26 the council reported a projected overspend of £0.4 million at the end of the second quarter; the final outturn was an overspend of £2.7 million. The largest variances arose in temporary accommodation, in the housing repairs service and in income from car parking."),
   ("4.6", "Table 2 sets out the general fund revenue budget and outturn for 2025/26 by directorate. The overspend in the Place directorate, £1.86 million, was largely the result of income from car parking and from commercial property falling short of the budget."),
   ("4.7", "Members of the Cabinet told us that the overspend was the result of national pressures beyond the council's control. National pressures have played a part, but we found that the council's own forecasting was poor: the overspend in housing repairs, for example, had been apparent to the service from the first quarter but was not reported to the Cabinet until the third."),
   ("4.8", "The finance team is under-resourced. At the time of our inspection 9 of its 26 posts were vacant or filled by agency staff, and the statement of accounts for 2024/25 had not been finalised. The council spent £612,000 on agency staff in finance in 2025/26."),
  ]),
  ("Capital programme and borrowing", [
   ("4.9", "The capital programme for 2025/26 totalled £48.3 million, of which £28.5 million was spent, leaving slippage of 41%. Slippage on this scale has been a feature of every year since 2021/22 and suggests that the programme is not realistically profiled."),
   ("4.10", "The council's borrowing has grown sharply. Its capital financing requirement rose from £96.0 million in 2020/21 to £183.4 million in 2025/26, and the cost of servicing that debt now accounts for 14% of the net revenue budget. Much of this increase is attributable to the commercial property portfolio and to the loans to Kelsford Riverside Developments Limited."),
  ]),
  ("Commercial property", [
   ("4.11", "Between 2019 and 2022 the council bought seven commercial properties for a total of £62.4 million, financed wholly by borrowing.{8} The business case assumed a net yield of 5.5%. The portfolio returned 3.1% in 2025/26, and two of the properties, a retail park and an office building, are currently less than half let."),
   ("4.12", "We do not suggest that the decision to invest was unlawful; the acquisitions predate the changes to the Public Works Loan Board's lending terms. But the council did not take adequate advice on the risks, and it has not reviewed the portfolio's performance against the business case at any point since the last acquisition."),
   ("4.13", "The council commissioned a valuation of the portfolio in December 2025, which put its value at £47.9 million, £14.5 million less than the price paid.{9}"),
  ]),
  ("Financial capability and culture", [
   ("4.14", "The Audit and Governance Committee has not been given the information it needs to hold the council to account on financial matters. Reports to the committee are often late, and the committee was not told of the projected overspend in 2025/26 until after the year had ended."),
   ("4.15", "The council's own submission stated that “the council's financial management has been sound, although the external environment has been challenging”. We do not agree. The council's financial difficulties are in large part the result of its own decisions, and of a failure to act on the warnings given to it."),
   ("4.16", "The current Section 151 officer, appointed permanently in October 2025, has produced a credible assessment of the council's position and has begun to strengthen budget monitoring. The council should give the Section 151 officer its full support (R6)."),
  ])], ["T2"]),
 ("5", "Kelsford Riverside Developments Limited", [
  ("Background", [
   ("5.1", "Kelsford Riverside Developments Limited (KRDL) was established by the council in 2018 as a wholly owned company to deliver the regeneration of the former Alne Dock site on the edge of the town centre. The scheme was to include 420 homes, a hotel and a leisure centre."),
   ("5.2", "The council has lent KRDL a total of £38.5 million in a series of seven loans between 2019 and 2025.{10} The company has not yet repaid any capital, and since 2023 the interest due on the loans has been rolled up rather than paid. The company has never made a profit."),
   ("5.3", "At the time of our inspection the company had completed 96 of the 420 homes planned, and work on the hotel had not started. The leisure centre was completed in 2024, eighteen months late and at a cost of £14.1 million against a budget of £9.6 million."),
  ]),
  ("Governance of the company", [
   ("5.4", "The council's arrangements for overseeing the company have been inadequate. A shareholder committee was established in 2021 but met only three times before it was disbanded in 2023, when its functions were transferred to the Cabinet. The company's business plans were not reported to members for approval between 2022 and 2025."),
   ("5.5", "Two members of the Cabinet sat on the company's board until March 2025. We were told that this arrangement was intended to ensure close oversight. In practice it created conflicts of interest, because the same members were responsible both for the company's performance and for the council's decisions to lend to it."),
   ("5.6", "We do not suggest that any member acted for personal gain in relation to the company. Interests were declared. But the council did not ensure that the members concerned received advice on how to manage the conflicts that their dual roles created."),
  ]),
  ("The loans", [
   ("5.7", "The loans were approved on the basis of business cases that had been prepared by the company and were not independently reviewed. Each successive loan was justified by the need to protect the value of the previous ones. One senior officer described the council's position to us as “throwing good money after bad”."),
   ("5.8", "The external auditor's statutory recommendations of March 2026 concluded that the council should make no further loans to the company without an independent assessment of its viability.{11} The council accepted the recommendations and commissioned such an assessment, which is due to report in October 2026."),
   ("5.9", "In its draft accounts for 2025/26 the council recognised an impairment of £11.9 million against the loans. In our view there is a significant risk that a larger impairment will be required. If the company were unable to repay its loans at all, the council's exposure would exceed its general fund reserve more than six times over."),
   ("5.10", "The Leader told us that the riverside scheme would “pay for itself within ten years”. We have seen no evidence to support that assessment, and the company's own most recent business plan does not forecast a cumulative surplus before 2041."),
   ("5.11", "The regeneration of the Alne Dock site remains an important objective for the borough, and the residents we met were supportive of it. Our criticism is not of the ambition but of the way in which the council has pursued it."),
   ("5.12", "The council should decide, on the basis of the independent viability assessment, whether the company has a future, and it should put in place governance arrangements for its companies that separate the roles of shareholder, lender and director (R7 and R8)."),
  ])], []),
 ("6", "Scrutiny and audit", [
  ("Overview and scrutiny", [
   ("6.1", "The council has a single Overview and Scrutiny Committee of 12 members, supported by three task and finish groups. The committee met six times in 2025/26. It has no dedicated scrutiny officer; support is provided by the democratic services team, which has lost three of its seven posts since 2022."),
   ("6.2", "Scrutiny has not been given the resources it needs to be effective. Members of the committee told us that they often received papers only two or three days before meetings, and that requests for information from the Cabinet were frequently declined or answered late."),
   ("6.3", "Call-in has been little used. Of the nine call-in requests made in 2024/25 and 2025/26, only two were heard by the committee; the others were ruled invalid or concerned urgent decisions exempted from call-in. Neither of the call-ins that was heard resulted in the decision being referred back to the Cabinet."),
   ("6.4", "The chair of the committee has, since 2023, been a member of the majority group. The chair told us that this had not affected the committee's independence. We observed two meetings of the committee and found that challenge from members of the majority group was rare, and that the committee's work programme was largely made up of items referred to it by the Cabinet."),
   ("6.5", "We do not consider that the committee is incapable of effective scrutiny. Some of its task and finish work, in particular its review of damp and mould in council housing in 2025, was thorough and led to real improvement."),
  ]),
  ("Audit and Governance Committee", [
   ("6.6", "The Audit and Governance Committee has nine members and, since September 2025, one independent member. Before that appointment the committee had no independent member, contrary to CIPFA's guidance.{12} Attendance has been poor: four of the committee's eleven meetings since May 2024 were inquorate or were cancelled."),
   ("6.7", "The committee did not receive the external auditor's annual report for 2023/24 until nine months after it had been issued. Its consideration of the statutory recommendations in March 2026 was thorough, but it came late."),
   ("6.8", "Internal audit is provided by a shared service. It gave limited or no assurance opinions on 14 of the 31 audits it completed in 2025/26, including audits of procurement, contract management and housing repairs. The implementation of internal audit recommendations is poor: 46% of those due in 2025/26 had not been implemented by their due date."),
  ]),
  ("Standards", [
   ("6.9", "The Standards Committee has met only twice since May 2024. It has not reviewed the Member Code of Conduct since 2021, and it does not make an annual report to full council. We consider that the committee should play a much more active part in promoting high standards of conduct."),
   ("6.10", "We recommend that the council invests in scrutiny, appoints a dedicated scrutiny officer and considers appointing a chair of the Overview and Scrutiny Committee from outside the majority group (R5)."),
  ])], []),
 ("7", "Procurement and contract management", [
  ("Procurement", [
   ("7.1", "The council spends around £96 million a year with external suppliers. Its procurement function consists of four officers, a reduction from nine in 2020. The contract procedure rules were last revised in 2019."),
   ("7.2", "Waivers of the contract procedure rules are common. In the two years to March 2026 the council approved 214 waivers with a total value of £17.3 million. In 2024/25 alone there were 121 waivers, compared with 38 in 2021/22."),
   ("7.3", "We reviewed a sample of 40 waivers. In 26 of them the reason given was that there was insufficient time to run a competitive process, which in most cases reflected poor planning rather than genuine urgency. Nine waivers had been approved retrospectively, after the work had begun."),
   ("7.4", "The council does not have a complete contracts register. The register published under the Transparency Code omitted at least 23 contracts with a value of more than £25,000, including a contract for the council's ICT support worth £1.2 million a year.{13}"),
   ("7.5", "Contract management is weak. Of the 43 contracts with a value of more than £100,000 that we examined, 31 had no contract management plan, and in 12 cases no performance information had been reported to the responsible officer in the previous year."),
   ("7.6", "The housing repairs contract, worth £11.2 million a year, illustrates these weaknesses. The contractor's performance against the key indicators in the contract fell in each of the last three years, yet the council did not use the contract's default provisions until January 2026."),
   ("7.7", "We found no evidence of fraud or corruption in the contracts we examined, and we do not suggest that any officer or member has acted dishonestly. But the weaknesses we describe create an environment in which fraud could occur and would be unlikely to be detected."),
   ("7.8", "Social value is given a weighting of 10% in the council's tender evaluations, but the council does not monitor whether the social value commitments made by suppliers are delivered. One supplier told us that in four years no one from the council had asked about them."),
   ("7.9", "The council has recognised the need to improve. A procurement improvement plan was agreed by the Cabinet in May 2026, and the council has begun to recruit two additional procurement officers. It will need to ensure that the plan is resourced and that progress is reported to members."),
   ("7.10", "We recommend that the council revises its contract procedure rules, restricts the use of waivers and establishes a complete contracts register (R9)."),
  ])], []),
 ("8", "Housing and services to residents", [
  ("Council housing", [
   ("8.1", "The council manages 6,870 homes. Its housing revenue account is under pressure, and the service has struggled to meet the standards required by the Regulator of Social Housing. In 2025 the council referred itself to the Regulator in respect of its compliance with fire and electrical safety requirements."),
   ("8.2", "At the end of June 2026 the repairs backlog stood at 2,640 jobs, compared with 1,180 in June 2024. The average time taken to complete a non-urgent repair was 71 working days, against the council's target of 20."),
   ("8.3", "The council had 412 open cases of damp and mould in June 2026. We welcome the improvement that followed the Overview and Scrutiny Committee's review in 2025, but the number of open cases remains high, and 58 of them had been open for more than six months."),
   ("8.4", "The average time taken to re-let an empty home was 94 days in 2025/26, against a target of 32 days. The council estimates that this cost it £1.3 million in lost rent over the year."),
   ("8.5", "The tenant satisfaction measures survey for 2025/26 found that 56% of tenants were satisfied with the overall service, down from 71% in 2023/24.{14} Only 42% were satisfied that the council listens to their views and acts upon them."),
  ]),
  ("Other services", [
   ("8.6", "Demand for temporary accommodation has risen. The council placed an average of 87 households in temporary accommodation each night in 2025/26, of whom 29 were in bed and breakfast accommodation. The net cost to the general fund was £2.1 million, £0.8 million more than the budget."),
   ("8.7", "Other services are performing better. Waste collection and recycling performance is in line with that of similar councils, and the residents we met spoke well of the council's parks and leisure services. The planning service determined 88% of major applications within the statutory period in 2025/26."),
   ("8.8", "Complaints from residents are not handled well. The council received 2,318 complaints in 2025/26 and responded to 61% of them within its target time. The Housing Ombudsman made findings of severe maladministration against the council in three cases in 2025."),
   ("8.9", "The Leader told us that performance in housing had been affected by the loss of experienced staff when the arm's-length management organisation was closed. That is plausible, but it does not explain why the deterioration was not reported to members sooner."),
   ("8.10", "We recommend that the council puts in place a housing improvement plan, reporting regularly to members and to tenants (R10)."),
  ])], []),
 ("9", "Conclusions and capacity to improve", [
  ("Our conclusions", [
   ("9.1", "We have concluded that Kelsford Borough Council is failing to comply with its Best Value duty. The failures we have found are in leadership, governance, financial management, the oversight of the council's companies, and procurement and contract management."),
   ("9.2", "We have considered whether the council has the capacity to make the improvements required without intervention. The appointment of a new Chief Executive and of a permanent Section 151 officer, and the work they have begun, are encouraging. Several members told us that they were committed to change."),
   ("9.3", "But the council's record of responding to warnings is poor. The external auditor's recommendations of 2024 were not acted upon for more than a year, and the council's assessment of itself, as its submission to us shows, remains some distance from reality."),
   ("9.4", "We do not consider that the council is capable of securing the improvement required within a reasonable period without external support. In our view the Secretary of State should consider exercising the powers available under section 15 of the Local Government Act 1999."),
   ("9.5", "We suggest that any intervention should include the appointment of commissioners with responsibility for the council's financial functions, for the governance of its companies and for the appointment of its statutory officers, for a period of not less than three years."),
   ("9.6", "Our recommendations are set out below. They are addressed to the council, but several of them will require the support of partners and of government."),
  ])], []),
]

FOOTNOTES = {
 1: "The terms of reference were published on GOV.UK on 3 March 2026.",
 2: "Report of the external auditor under section 24 of the Local Audit and Accountability Act 2014, considered by full council on 19 March 2026.",
 3: "The survey was open from 6 to 27 May 2026 and was administered independently of the council.",
 4: "Figures provided by the Monitoring Officer.",
 5: "Source: the council's register of key decisions, 2024/25.",
 6: "The practice recommendation was issued in February 2026.",
 7: "Source: the council's statements of accounts, 2021/22 to 2025/26 (draft).",
 8: "The acquisitions were made between July 2019 and March 2022.",
 9: "The valuation was carried out by an independent firm of chartered surveyors.",
 10: "Loan agreements dated between May 2019 and January 2025.",
 11: "See note 2 above.",
 12: "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022 edition.",
 13: "Local Government Transparency Code 2015.",
 14: "Tenant satisfaction measures are collected under the Regulator of Social Housing's standard.",
}

TABLES = {
 "T1": {"label": "Table 1", "caption": "Table 1: Staff survey, selected results (611 responses)",
        "header": ["Statement", "Agree", "Neither", "Disagree"],
        "widths": [100, 23, 23, 24],
        "rows": [
            ["I feel able to raise concerns without fear of repercussions", "31%", "22%", "47%"],
            ["I trust the council's senior leadership", "38%", "27%", "35%"],
            ["Decisions are taken in an open and transparent way", "23%", "33%", "44%"],
            ["I understand the council's priorities", "24%", "15%", "61%"],
            ["My line manager supports me", "78%", "12%", "10%"],
            ["I would recommend the council as a place to work", "34%", "29%", "37%"],
        ]},
 "T2": {"label": "Table 2", "caption": "Table 2: General fund revenue budget and outturn 2025/26, by directorate",
        "header": ["Directorate", "Budget", "Outturn", "Variance"],
        "widths": [85, 28, 28, 29],
        "rows": [
            ["Chief Executive's Office", "£3.42m", "£3.51m", "£0.09m"],
            ["Resources", "£6.85m", "£7.02m", "£0.17m"],
            ["Place", "£9.64m", "£11.50m", "£1.86m"],
            ["Housing and Communities (general fund)", "£7.18m", "£7.93m", "£0.75m"],
            ["Corporate items", "£3.11m", "£2.94m", "(£0.17m)"],
            ["Total", "£30.20m", "£32.90m", "£2.70m"],
        ]},
}

RECOMMENDATIONS = [
 ("R1", "The council should prepare and adopt, within six months, an improvement and recovery plan that addresses each of the findings in this report, with clear milestones, and should report progress to full council every quarter.", "Chief Executive"),
 ("R2", "The council should agree a protocol on relations between members and officers, and the Leader and the Chief Executive should jointly lead its implementation.", "Leader and Chief Executive"),
 ("R3", "The council should review its constitution in full, including the scheme of delegation, and publish a single authoritative version.", "Monitoring Officer"),
 ("R4", "The council should restrict the use of urgent decisions to genuine emergencies and report every urgent decision to the next meeting of full council.", "Monitoring Officer"),
 ("R5", "The council should strengthen scrutiny by appointing a dedicated scrutiny officer and by reviewing the membership and chairing of the Overview and Scrutiny Committee.", "Chief Executive"),
 ("R6", "The council should set a balanced and robust medium-term financial plan, with savings proposals identified in full, and rebuild its general fund reserve to a prudent level.", "Section 151 officer"),
 ("R7", "The council should decide the future of Kelsford Riverside Developments Limited on the basis of an independent viability assessment, and should make no further loans to the company until that decision is taken.", "Cabinet"),
 ("R8", "The council should establish a shareholder committee and ensure that no member of the Cabinet serves as a director of any council company.", "Monitoring Officer"),
 ("R9", "The council should revise its contract procedure rules, restrict waivers to exceptional circumstances and publish a complete contracts register.", "Director of Resources"),
 ("R10", "The council should adopt a housing improvement plan, agreed with tenants, and report progress to the Cabinet and to tenants every quarter.", "Director of Housing and Communities"),
 ("R11", "The council should review its commercial property portfolio and prepare a strategy for each asset, including disposal where appropriate.", "Section 151 officer"),
 ("R12", "The council should adopt a programme of member development, including mandatory training on finance, governance and the Member Code of Conduct.", "Monitoring Officer"),
]

ANNEX = [
 ("A1", "The inspection was carried out by a team of three inspectors, supported by an assistant inspector, between 3 March and 30 September 2026. Fieldwork took place on site in Kelsford and remotely between April and July 2026."),
 ("A2", "We interviewed 94 people, including 31 members, the Chief Executive and 39 other officers, representatives of partner organisations and the council's external auditor. Some people were interviewed more than once."),
 ("A3", "We reviewed some 1,400 documents, including reports and minutes of meetings, financial information, the council's submission to us and correspondence provided by the council and by members of the public. We observed 14 meetings, including meetings of full council, the Cabinet and the Overview and Scrutiny Committee."),
 ("A4", "The staff survey was sent to 1,214 staff and received 611 responses. The results are reported in Table 1. Percentages have been rounded and may not sum to 100."),
]

LETTER_DATE = "29 October 2026"
LETTER = [
 "I am writing following the publication today of the report of the Best Value inspection of Kelsford Borough Council, which I commissioned on 3 March 2026. I am grateful to the inspectors for their thorough work, and to the council's members and officers for their cooperation with it.",
 "The report makes difficult reading. The inspectors have concluded that the council is failing to comply with its Best Value duty in respect of its leadership, governance, financial management, the oversight of its companies and procurement. I am particularly concerned by their finding that the council has lent £38.5 million to a company that has never made a profit, and that its general fund reserve has fallen by more than half in four years.",
 "Having carefully considered the report, I am satisfied that the council is failing to comply with its Best Value duty. I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to issue directions to the council and to appoint commissioners to exercise certain of its functions.",
 "I propose to appoint a Lead Commissioner and two further commissioners, with responsibility for finance and for governance, for a period of three years. The commissioners would exercise the council's functions in relation to financial management, the governance of its companies and the appointment and dismissal of its statutory officers.",
 "I also propose to direct the council to prepare, within six months, an improvement and recovery plan to the satisfaction of the commissioners, and to report on its progress to me every six months. The council would not be able to make any further loan to Kelsford Riverside Developments Limited without the agreement of the commissioners.",
 "I recognise that the council has begun to take steps to address some of the failings identified. The appointment of a new Chief Executive and of a permanent Section 151 officer is welcome. But I am not persuaded that the council has the capacity to deliver the scale of change required, at the necessary pace, without intervention.",
 "I invite the council to make representations on these proposals by 26 November 2026. I will consider any representations carefully before reaching a final decision. I am copying this letter to the Leader of the council, to the leaders of the opposition groups and to the council's external auditor.",
]

TOR_INTRO = "The Secretary of State directed that the inspection should consider the council's compliance with its Best Value duty and, in particular:"
TOR = [
 "the council's leadership, both political and managerial, and the relationship between members and officers;",
 "the council's governance and decision-making arrangements, including its arrangements for scrutiny, audit and standards;",
 "the council's culture, including the way in which it responds to challenge and to concerns raised by staff;",
 "the council's financial management, including its budget setting and monitoring, its reserves, its capital programme and its borrowing;",
 "the council's investment in commercial property and its arrangements for the governance of, and lending to, the companies it owns, in particular Kelsford Riverside Developments Limited;",
 "the council's procurement and contract management;",
 "the delivery of services to residents, including the management of the council's housing stock; and",
 "the council's capacity to make the improvements required, and whether the Secretary of State should exercise the powers available under section 15 of the Local Government Act 1999.",
]
GLOSSARY = [
 ("Best Value duty", "The duty under section 3 of the Local Government Act 1999 to make arrangements to secure continuous improvement in the way functions are exercised, having regard to economy, efficiency and effectiveness."),
 ("Call-in", "The power of the Overview and Scrutiny Committee to require an executive decision to be reconsidered before it is implemented."),
 ("Capital financing requirement", "A measure of the council's underlying need to borrow for capital purposes."),
 ("Earmarked reserves", "Reserves set aside for specific purposes."),
 ("General fund reserve", "The council's unallocated reserve, held to meet unforeseen costs."),
 ("Key decision", "An executive decision that results in significant expenditure or savings, or has a significant effect on communities in two or more wards."),
 ("KRDL", "Kelsford Riverside Developments Limited, a company wholly owned by the council."),
 ("Monitoring Officer", "The statutory officer responsible for ensuring that the council acts lawfully and for promoting high standards of conduct."),
 ("Section 114 notice", "A report by the chief finance officer under section 114 of the Local Government Finance Act 1988, issued when the council's expenditure is likely to exceed its resources."),
 ("Section 151 officer", "The officer responsible for the proper administration of the council's financial affairs."),
 ("Urgent decision", "A decision taken without the usual notice, or exempted from call-in, because delay would be seriously prejudicial."),
 ("Waiver", "Permission to depart from the contract procedure rules, usually to award a contract without competition."),
]
