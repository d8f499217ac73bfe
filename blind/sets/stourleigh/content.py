# -*- coding: utf-8 -*-
"""The words of the Stourleigh report, as the inspectors wrote them.

make_json() turns this into report.json (pages left for build.py to fill in).
Footnote calls are written {fn:N} inside a paragraph; they are stripped from a place's text.
"""
import json
import re

TITLE = "Best Value Inspection of Stourleigh District Council"

FOOTNOTES = {
    1: "Local Government Act 1999, section 10, as amended.",
    2: "Statutory Guidance on the Best Value Duty, published May 2024.",
    3: "Office for National Statistics, mid-year population estimates 2023.",
    4: "The council's own submission to the inspection, dated 18 October 2024, paragraph 2.4.",
    5: "Cabinet decision notice 2023/117, taken under the urgency procedure in the Constitution, Part 4, rule 16.",
    6: "The survey method and response rate are set out in Appendix C.",
    7: "Statement of Accounts 2023/24 (draft), note 11, Usable Reserves.",
    8: "Medium Term Financial Strategy 2025/26 to 2027/28, as reported to Cabinet in February 2025.",
    9: "Valuation as at 31 March 2024 by the council's external valuer.",
    10: "Annual Governance Statement 2023/24, section 5.",
    11: "Contract Procedure Rules, rule 9 (exemptions and waivers).",
    12: "Stourleigh Residents' Survey 2023, carried out for the council by an independent research company.",
}

# ("chapter", title) ("heading", text) ("p", label, text) ("sidebar", title, [sentences])
# ("table", label, caption, rows) ("recs", rows) ("list", [items]) ("plain", text)
DOC = [
    ("chapter", "Foreword"),
    ("p", "foreword", "The Secretary of State appointed us on 2 September 2024 to carry out an inspection of Stourleigh District Council's compliance with its best value duty. We were asked to consider the council's governance, culture, leadership, use of resources and scrutiny, and to report on whether the council is meeting the duty and, if not, what should be done about it."),
    ("p", "foreword", "We are grateful to the many members, officers, partners and residents who gave their time to the inspection, often frankly and sometimes at personal cost. Many of the staff we met are committed to Stourleigh and to the people it serves. Nothing in this report should be read as a criticism of the work they do every day in difficult circumstances."),

    ("chapter", "Executive summary"),
    ("p", "executive summary", "We have concluded that Stourleigh District Council is failing to comply with its best value duty. The failings we found are not confined to one service or one decision. They run through the way the council is led, the way it takes decisions and the way it manages its money."),
    ("p", "executive summary", "The council's general fund reserve has fallen from £12.4 million in March 2021 to £4.7 million in March 2024, and the council has not yet set out a credible plan to close a budget gap of £8.3 million over the next three years. Its commercial property portfolio, bought for £61.5 million, is now valued at £38.2 million."),
    ("p", "executive summary", "Decision-making has drifted away from the Constitution. The use of the urgency procedure rose from 6 decisions in 2021/22 to 23 in 2023/24, and scrutiny was not told of most of them. We found a culture in which many staff do not feel able to challenge: 47% of those who answered our survey said they would not feel safe raising a concern."),
    ("p", "executive summary", "We do not consider that the council is able to secure the improvement it needs on its own within a reasonable time. We recommend that the Secretary of State considers the use of his powers of intervention, including the appointment of commissioners, and we make eleven recommendations to the council."),

    ("chapter", "1 Introduction"),
    ("heading", "The inspection"),
    ("p", "1.1", "On 2 September 2024 the Secretary of State for Housing, Communities and Local Government appointed us under section 10 of the Local Government Act 1999{fn:1} to inspect Stourleigh District Council's compliance with the requirements of Part 1 of that Act. The terms of reference are at Appendix A."),
    ("p", "1.2", "The inspection took place between 30 September 2024 and 14 February 2025. We spent 31 days on site in Stourleigh and held 96 interviews and focus groups with members, officers, partners and others. A list of the roles of those we met is at Appendix B."),
    ("p", "1.3", "We read more than 1,400 documents, including Cabinet and committee papers for the last four years, the Constitution, internal audit reports, the council's financial plans and the reports of its external auditor. We also observed 14 formal meetings of the council and its committees."),
    ("p", "1.4", "We ran a survey of all staff and a separate survey of all 39 councillors. The results are referred to throughout this report and the method is described in Appendix C."),
    ("heading", "The best value duty"),
    ("p", "1.5", "Best value authorities are under a general duty to make arrangements to secure continuous improvement in the way in which their functions are exercised, having regard to a combination of economy, efficiency and effectiveness. The statutory guidance{fn:2} describes seven themes against which a council's arrangements may be judged: continuous improvement, leadership, governance, culture, use of resources, service delivery and partnerships and community engagement."),
    ("p", "1.6", "We have used those themes to shape this report. We have not inspected the quality of individual services in detail, although we refer to services where the evidence bears on the council's wider arrangements."),
    ("p", "1.7", "A draft of the factual sections of this report was shared with the council on 3 March 2025 so that it could correct matters of fact. We considered the council's response carefully and have made changes where we were given evidence that we had been wrong."),

    ("chapter", "2 Background and context"),
    ("heading", "The district"),
    ("p", "2.1", "Stourleigh is a largely rural district in the East of England with a population of around 104,000{fn:3}, a third of whom live in the market town of Stourleigh itself. The district includes the small port of Stourleigh Quay and some 40 villages."),
    ("p", "2.2", "Parts of the district are prosperous, but the two wards around the quay are among the 10% most deprived neighbourhoods in England. Demand for affordable housing is high: there were 1,870 households on the housing register at the end of March 2024."),
    ("heading", "The council"),
    ("p", "2.3", "The council has 39 members elected across 22 wards. Since May 2019 it has been run by the Stourleigh Independent Alliance, which holds 21 seats. The Liberal Democrats, with 11 seats, form the main opposition. The council operates a Leader and Cabinet model with a Cabinet of seven members."),
    ("p", "2.4", "The council has around 1,140 employees, including those of its wholly owned housing and property company, Stourleigh Homes and Estates Ltd. Its net revenue budget for 2024/25 is £21.6 million."),
    ("p", "2.5", "The council has had three Chief Executives, two of them interim, since January 2022, and four Monitoring Officers in the same period. The present Chief Executive took up the post in June 2024."),
    ("heading", "Why the inspection was commissioned"),
    ("p", "2.6", "The external auditor issued a statutory recommendation under Schedule 7 of the Local Audit and Accountability Act 2014 in November 2023, concerning the council's arrangements for its commercial property investments. The auditor's annual report for 2022/23 reported significant weaknesses in governance and in financial sustainability."),
    ("p", "2.7", "The council's own submission stated that it had “already recognised the issues raised by the auditor and put in place a comprehensive improvement programme”.{fn:4} We acknowledge that work, but we found that much of it had not yet been carried through."),

    ("chapter", "3 Leadership"),
    ("heading", "Political leadership"),
    ("p", "3.1", "The Leader has been in post since May 2019. Members of all groups described the Leader as hard-working and committed to the district. The Leader told us that the council was on an upward path and that the inspection had come at a time when the worst was behind it."),
    ("p", "3.2", "We do not share that view. While we recognise that there has been some progress since the arrival of the present Chief Executive, the council's political leadership has not yet shown that it understands the scale of the change that is needed."),
    ("p", "3.3", "Power is concentrated in a small group. Many significant decisions are shaped in an informal meeting of the Leader, the Deputy Leader and the Cabinet Member for Finance known as the Leader's Group, which has no formal standing, keeps no minutes and is not provided for in the Constitution."),
    ("p", "3.4", "We do not suggest that any member of the Leader's Group acted dishonestly or for personal gain. But decisions of real consequence for the council's finances were in effect settled in that forum before they reached Cabinet, and Cabinet members told us that they felt unable to reopen them."),
    ("p", "3.5", "Members of the opposition told us that they had been excluded from information to which they were entitled. Some of that concern was overstated: we saw several occasions on which information was offered and not taken up. Nonetheless we found a pattern of late papers and of briefings given to the ruling group alone."),
    ("heading", "Managerial leadership"),
    ("p", "3.6", "The turnover of the council's senior officers has been damaging. Since January 2022 the council has had three Chief Executives, four Monitoring Officers and three chief finance officers. At the time of our inspection four of the eight posts in the corporate management team were filled by interim staff."),
    ("p", "3.7", "The present Chief Executive has brought energy and a clearer sense of direction, and staff spoke well of the new approach. We were told by the Chief Executive that the corporate management team would be fully recruited by the summer of 2025. That has not yet happened, and we are concerned that the improvement now under way depends too heavily on one person."),
    ("p", "3.8", "Relations between members and senior officers are uneven. In our survey of councillors, 11 of the 19 members who responded described the relationship between members and officers as poor or very poor."),
    ("heading", "Vision and priorities"),
    ("p", "3.9", "The Corporate Plan 2023-2027 sets out four priorities, but it is not linked to the Medium Term Financial Strategy and contains no measures of success. Several members could not tell us what the council's priorities were."),
    ("p", "3.10", "The council does not have a performance management framework that is used by members. Quarterly performance reports to Cabinet were discontinued in 2022 and were reinstated only in October 2024."),
    ("p", "3.11", "The council's own submission described the Corporate Plan as “a clear and ambitious statement of what we want to achieve for Stourleigh”. We found that few staff knew of it and that it did not guide the allocation of resources."),
    ("p", "3.12", "We conclude that leadership at the council, both political and managerial, has not been strong or stable enough to secure continuous improvement, although the appointment of the present Chief Executive is a welcome step."),

    ("chapter", "4 Governance and decision-making"),
    ("heading", "The Constitution"),
    ("p", "4.1", "The Constitution was last reviewed in full in 2017. It contains inconsistencies between the scheme of delegation and the financial procedure rules, and in several places refers to posts that no longer exist."),
    ("p", "4.2", "We found that the Constitution is not well understood by members or by officers. Officers told us that they were unsure which decisions needed to go to Cabinet, and members of the Audit and Governance Committee told us that they had never been trained on it."),
    ("heading", "Use of the urgency procedure"),
    ("p", "4.3", "The use of the urgency procedure rose from 6 decisions in 2021/22 to 23 in 2023/24. The procedure allows the Leader to take a decision without the usual notice where delay would harm the council's or the public's interests."),
    ("p", "4.4", "Of the 23 urgent decisions in 2023/24, 14 were not reported to the Overview and Scrutiny Committee as the Constitution requires. Eleven of those decisions were about the council's commercial property or the regeneration of Stourleigh Quay, with a combined value of £17.9 million.{fn:5}"),
    ("p", "4.5", "We do not consider that the urgency in most of these cases was genuine. In at least nine cases the need for a decision had been known for several months. One officer told us that urgency had become “the normal way of getting things through”."),
    ("sidebar", "Key finding: decision-making", [
        "The use of the urgency procedure rose from 6 decisions in 2021/22 to 23 in 2023/24.",
        "We do not consider that the urgency in most of these cases was genuine.",
    ]),
    ("heading", "The Monitoring Officer and statutory officers"),
    ("p", "4.6", "The Monitoring Officer role has been held by four people since January 2022, two of them on an interim basis. The post has not been given the resources or the standing it needs to carry out its statutory functions."),
    ("p", "4.7", "We saw two occasions on which advice from the Monitoring Officer was not followed and the reasons were not recorded. We do not suggest that the advice was always right, but where statutory officers' advice is set aside the council should record why."),
    ("heading", "Standards and conduct"),
    ("p", "4.8", "The number of complaints under the members' code of conduct rose from 19 in 2021/22 to 57 in 2023/24. Most were made by members about other members. Only four resulted in a finding that the code had been breached."),
    ("p", "4.9", "Several members described meetings as hostile. We observed full council meetings in November 2024 and January 2025 and saw some poor behaviour on all sides, although the Chair handled both meetings with care."),
    ("heading", "Risk management"),
    ("p", "4.10", "The council has a risk management strategy, and the Audit and Governance Committee was praised by the external auditor for the quality of its questioning in 2023. However, the corporate risk register had not been reviewed by Cabinet for eighteen months before our inspection began."),
    ("p", "4.11", "The Annual Governance Statement{fn:10} for 2023/24 identified six significant governance issues. Four of them had also been identified in the statement for 2021/22."),
    ("p", "4.12", "We conclude that the council's governance arrangements are not adequate. The weaknesses are known to the council and have been for some time, but they have not been addressed."),

    ("chapter", "5 Culture"),
    ("heading", "What staff told us"),
    ("p", "5.1", "Our staff survey received 611 responses, a response rate of 54%.{fn:6} The results, summarised in Table 1, are stark. Only 31% of respondents agreed that senior leaders listen to staff, and 47% said they would not feel safe raising a concern about the way the council is run."),
    ("table", "Table 1", "Table 1: Selected results of the staff survey, November 2024", [
        ["Statement", "Agree", "Disagree", "Don't know"],
        ["I am proud to work for the council", "58%", "27%", "15%"],
        ["Senior leaders listen to staff", "31%", "52%", "17%"],
        ["I would feel safe raising a concern", "38%", "47%", "15%"],
        ["Morale in my team is good", "36%", "62%", "2%"],
        ["I understand the council's priorities", "44%", "41%", "15%"],
        ["I have seen bullying at work in the last year", "22%", "64%", "14%"],
    ]),
    ("p", "5.2", "Pride in the council remains relatively high: 58% of staff said they were proud to work for it. But 62% said that morale in their team was not good, and 22% said they had seen bullying at work in the last year."),
    ("p", "5.3", "Staff spoke of a council in which bad news is not welcome. One officer told us that “the culture is one of fear” and that staff had learned to keep their heads down. Others told us of reports rewritten at the request of members before publication."),
    ("p", "5.4", "We do not say that all these accounts are accurate, and we have not been able to test every one of them. But they were consistent, they came from every part of the organisation, and they match what we saw in the papers."),
    ("sidebar", "Key finding: culture", [
        "Only 31% of respondents agreed that senior leaders listen to staff, and 47% said they would not feel safe raising a concern about the way the council is run.",
    ]),
    ("heading", "Members and officers"),
    ("p", "5.5", "The council's own submission stated that it had “a strong culture of openness and mutual respect between members and officers”. We did not find that culture. Officers described being contacted directly by members with instructions, and some said they had been criticised in public meetings by name."),
    ("p", "5.6", "The protocol on member and officer relations dates from 2014 and has not been refreshed. There has been no training on it for members elected in 2023."),
    ("p", "5.7", "The Leader told us that “officers have never been treated better than they are now”. We accept that the Leader believes this, and we recognise that some members go out of their way to support officers. It is not, however, the experience of many of the officers we spoke to."),
    ("heading", "Whistleblowing"),
    ("p", "5.8", "The council received three whistleblowing disclosures in the three years to March 2024. For an organisation of its size that is a low number, and we do not take it as a sign of good health. Most staff we spoke to did not know how to make a disclosure or did not trust the process."),
    ("p", "5.9", "We welcome the new whistleblowing policy approved in December 2024 and the appointment of an external confidential reporting service. It is too early to say whether these will change staff confidence."),
    ("p", "5.10", "We conclude that the culture of the council is not one in which challenge is welcomed, and that this has contributed directly to the failings we describe elsewhere in this report."),

    ("chapter", "6 Financial management"),
    ("heading", "Reserves"),
    ("p", "6.1", "The council's financial position has weakened markedly. The general fund reserve fell from £12.4 million at 31 March 2021 to £4.7 million at 31 March 2024.{fn:7} Earmarked reserves fell over the same period from £18.9 million to £9.6 million."),
    ("p", "6.2", "At £4.7 million the general fund reserve is equivalent to around 22% of the net revenue budget. That is not in itself unusually low for a district council, but the speed of the fall, and the fact that reserves were used to support day-to-day spending, are matters of serious concern."),
    ("p", "6.3", "In each of the last three years the council has used reserves to balance its budget: £2.1 million in 2022/23, £3.4 million in 2023/24 and a planned £2.9 million in 2024/25."),
    ("heading", "The Medium Term Financial Strategy"),
    ("p", "6.4", "The Medium Term Financial Strategy{fn:8} forecasts a cumulative budget gap of £8.3 million over the three years from 2025/26 to 2027/28. Savings of £3.1 million have been identified, of which only £1.2 million are supported by delivery plans."),
    ("p", "6.5", "The Director of Resources told us that the gap could be closed through “a combination of income growth and efficiencies”. We have not seen evidence that either is achievable on the scale required. We do not consider the strategy to be credible in its present form."),
    ("table", "Table 2", "Table 2: General fund summary, 2020/21 to 2027/28 (£ million)", [
        ["Year", "Net budget", "Use of reserves", "General fund reserve at year end", "Status"],
        ["2020/21", "18.2", "0.0", "12.4", "Actual"],
        ["2021/22", "19.0", "0.9", "11.5", "Actual"],
        ["2022/23", "19.8", "2.1", "9.4", "Actual"],
        ["2023/24", "20.7", "3.4", "4.7", "Actual"],
        ["2024/25", "21.6", "2.9", "1.8", "Forecast"],
        ["2025/26", "22.4", "2.6", "-0.8", "Projected"],
        ["2026/27", "23.1", "2.9", "-3.7", "Projected"],
        ["2027/28", "23.9", "2.8", "-6.5", "Projected"],
    ]),
    ("p", "6.6", "We do not consider that the council is at imminent risk of issuing a section 114 notice. However, unless the council takes decisive action during 2025/26, we consider that it is likely to exhaust its general fund reserve by the end of 2027/28."),
    ("sidebar", "Key finding: money", [
        "We do not consider the strategy to be credible in its present form.",
        "However, unless the council takes decisive action during 2025/26, we consider that it is likely to exhaust its general fund reserve by the end of 2027/28.",
    ]),
    ("p", "6.7", "Table 2 shows the position if no further savings are made. The projected figures from 2025/26 onwards assume that the council does not replenish its reserve, and they are not a forecast of what will happen; they are an illustration of what would happen without action. The reduction of £4.7 million in 2023/24 includes a transfer of £1.3 million to earmarked reserves."),
    ("heading", "Commercial property"),
    ("p", "6.8", "Between 2018 and 2021 the council bought eleven commercial properties outside the district for a total of £61.5 million, financed almost entirely by borrowing from the Public Works Loan Board. The portfolio was valued at £38.2 million at 31 March 2024.{fn:9}"),
    ("p", "6.9", "The investment strategy assumed a net yield of 2.4% after borrowing costs. In 2023/24 the portfolio made a net loss of £0.6 million once borrowing costs and provision for repaying debt were taken into account, and three of the eleven properties were wholly or partly empty."),
    ("p", "6.10", "The decisions to buy were taken by Cabinet on the advice of external consultants. We found that the consultants' advice was not independently challenged and that the risks set out in it were not reported in full to members."),
    ("heading", "Stourleigh Quay regeneration"),
    ("p", "6.11", "The Stourleigh Quay regeneration scheme was approved in 2021 with an estimated cost of £42 million. The latest estimate, reported to Cabinet in January 2025, is £67 million. External funding of £18 million has been secured, but the council has not yet decided how the rest will be met."),
    ("p", "6.12", "We support the council's ambition for the quay, which residents told us they want to see. But the project has no approved business case for its second phase, and the council has spent £9.4 million on it so far."),
    ("heading", "Financial management capacity"),
    ("p", "6.13", "The finance team has been weakened by turnover and has relied heavily on agency staff. Spending on agency staff across the council rose from £2.0 million in 2021/22 to £3.9 million in 2023/24. The statement of accounts for 2022/23 was not signed off by the external auditor until November 2024."),
    ("p", "6.14", "We conclude that the council's financial management and its use of resources do not meet the requirements of the best value duty."),

    ("chapter", "7 Scrutiny and audit"),
    ("heading", "Overview and scrutiny"),
    ("p", "7.1", "The council has a single Overview and Scrutiny Committee of nine members, chaired by a member of the opposition. In 2023/24 it met five times; two further meetings were cancelled because they were not quorate."),
    ("p", "7.2", "Scrutiny at the council has not been given the resources it needs. The committee is supported by one officer, who also supports three other committees, and it has no budget for research or external advice."),
    ("p", "7.3", "The committee's work programme is largely made up of items brought to it by officers. It did not examine the commercial property portfolio at any point between 2019 and 2024, and it called in only one decision in that period."),
    ("p", "7.4", "The Chair of the committee told us that “scrutiny here is treated as an opposition talking shop”. Members of the ruling group told us that scrutiny was used to score political points. We found some truth in both views."),
    ("p", "7.5", "We do not suggest that the committee has been ineffective in every respect. Its review of the council's waste contract in 2022 was thorough and led to changes that saved money."),
    ("heading", "Audit and governance"),
    ("p", "7.6", "The Audit and Governance Committee has had an independent member since 2023, as recommended by CIPFA. Its meetings are well run and its questioning has improved."),
    ("p", "7.7", "The internal audit service gave a “limited assurance” opinion on the council's control environment for 2023/24, the second year running. Of 42 internal audit recommendations due for completion by 31 March 2024, 17 had been implemented."),
    ("p", "7.8", "We conclude that the council's arrangements for scrutiny are weak, and that its audit function, although improving, does not yet give members the assurance they need."),

    ("chapter", "8 Procurement and contract management"),
    ("heading", "Procurement"),
    ("p", "8.1", "The council spends around £34 million a year with external suppliers. Procurement is the responsibility of a central team of three officers, two of whom joined in 2024."),
    ("p", "8.2", "The Contract Procedure Rules{fn:11} allow the normal requirement to seek competitive quotations or tenders to be waived in exceptional circumstances. In 2023/24 there were 41 waivers with a combined value of £7.6 million, covering 38% of contracts above £25,000."),
    ("p", "8.3", "We do not consider that the circumstances were exceptional in most cases. Many waivers were used to extend existing contracts that had been allowed to run out without a plan for what would follow."),
    ("p", "8.4", "We do not suggest that any waiver was granted improperly for personal benefit, and we found no evidence of fraud. The weakness is one of planning and control."),
    ("heading", "Contract management"),
    ("p", "8.5", "The council's contract register lists 212 contracts. For 64 of them the register has no end date, and for 29 it has no named contract manager."),
    ("p", "8.6", "The council's largest contract, for waste collection and street cleansing, is well managed. Its performance is reported quarterly and the contract has delivered the savings expected of it."),
    ("p", "8.7", "The council's arrangements with its own company, Stourleigh Homes and Estates Ltd, are less clear. The shareholder committee met twice in three years, and the company's business plan for 2024/25 had not been approved by the council when our inspection ended."),
    ("p", "8.8", "We conclude that the council does not have adequate control over how it buys goods and services, and that this exposes it to avoidable cost and risk."),

    ("chapter", "9 Services and partnerships"),
    ("heading", "Services to residents"),
    ("p", "9.1", "Residents are generally satisfied with the council's universal services. In the council's residents' survey,{fn:12} 71% were satisfied with waste collection and 64% with parks and open spaces."),
    ("p", "9.2", "Satisfaction with the council overall is lower. Only 39% of residents agreed that the council provides value for money, down from 51% in 2019."),
    ("p", "9.3", "The housing service is under severe pressure. The number of households in temporary accommodation rose to 214 at March 2024, and the council spent £2.6 million on temporary accommodation in 2023/24. Empty council homes took an average of 94 days to re-let, against a target of 28 days."),
    ("p", "9.4", "Complaints to the council rose by 36% between 2022/23 and 2023/24. The Housing Ombudsman made findings of severe maladministration against the council in two cases in 2024."),
    ("heading", "Partnerships"),
    ("p", "9.5", "Partners were generally positive about the council's staff but less so about the council as an organisation. Several described it as inward-looking. One partner told us that “Stourleigh is a good council to work with at officer level and a difficult one at every other level”."),
    ("p", "9.6", "The council's relationship with the county council has improved since 2024, and the two councils now share a joint economic development officer. The partnership with the local health trust on hospital discharge is valued by both sides."),
    ("p", "9.7", "The council's engagement with parish and town councils is inconsistent. The Stourleigh Parish Forum has not met since 2022."),
    ("p", "9.8", "We conclude that the council continues to deliver universal services reasonably well, but that this is at risk if its financial position is not stabilised."),

    ("chapter", "10 Conclusions and recommendations"),
    ("heading", "Conclusions"),
    ("p", "10.1", "The council is failing to comply with its best value duty. Our conclusion rests on failings in leadership, governance, culture, use of resources and scrutiny, which reinforce one another."),
    ("p", "10.2", "We recognise that the council has begun to respond. The present Chief Executive has started an improvement programme and there have been real changes since the summer of 2024, including the new whistleblowing arrangements and the reinstatement of performance reporting."),
    ("p", "10.3", "But the improvement programme is at an early stage, it depends heavily on interim staff, and it has not yet won the full support of the council's political leadership. We do not consider that the council is able to secure the improvement it needs on its own within a reasonable time."),
    ("p", "10.4", "We therefore recommend that the Secretary of State considers exercising his powers of intervention under section 15 of the Local Government Act 1999. In our view intervention should include the appointment of commissioners with powers over the council's governance and financial functions for a period of not less than two years."),
    ("p", "10.5", "We make eleven recommendations to the council in the table below. They should be read with the rest of the report."),
    ("recs", [
        ("R1", "Prepare and agree an improvement and recovery plan, with clear milestones, within six months.", "6 months"),
        ("R2", "Carry out a full review of the Constitution, including the scheme of delegation and the urgency procedure, and train all members and senior officers on it.", "9 months"),
        ("R3", "End the use of informal decision-making forums and ensure that all significant decisions are taken and recorded in accordance with the Constitution.", "Immediate"),
        ("R4", "Appoint permanent statutory officers and give the Monitoring Officer the resources and standing needed to carry out the role.", "6 months"),
        ("R5", "Prepare a balanced and credible Medium Term Financial Strategy with savings supported by delivery plans.", "By February 2026"),
        ("R6", "Review the commercial property portfolio and agree a strategy for each property, including disposal where appropriate.", "12 months"),
        ("R7", "Prepare a full business case for the second phase of the Stourleigh Quay regeneration before any further spending is committed.", "Before further commitment"),
        ("R8", "Strengthen overview and scrutiny, including dedicated officer support and a work programme owned by members.", "6 months"),
        ("R9", "Refresh the protocol on member and officer relations and provide training for all members.", "3 months"),
        ("R10", "Reduce the use of waivers under the Contract Procedure Rules and complete the contract register.", "12 months"),
        ("R11", "Agree a programme to improve the culture of the organisation, informed by a repeat staff survey within twelve months.", "12 months"),
    ]),
    ("p", "10.6", "We would expect the council to report publicly on its progress against these recommendations at least every six months."),

    ("chapter", "Appendix A: Terms of reference"),
    ("plain", "The inspectors were asked to consider and report on:"),
    ("list", [
        "the council's compliance with the best value duty, in particular in relation to governance, leadership, culture, use of resources and scrutiny;",
        "the council's arrangements for the management of its commercial property portfolio and the Stourleigh Quay regeneration scheme;",
        "the council's response to the statutory recommendation of its external auditor;",
        "whether the Secretary of State should exercise his powers of intervention under section 15 of the Local Government Act 1999, and if so what form they should take.",
    ]),

    ("chapter", "Appendix B: Roles of those interviewed"),
    ("plain", "We met people in the following roles, some more than once. We have not named individuals."),
    ("list", [
        "The Leader, the Deputy Leader and all members of the Cabinet",
        "Leaders of the opposition groups",
        "The Chair and members of the Overview and Scrutiny Committee",
        "The Chair, the independent member and members of the Audit and Governance Committee",
        "Twenty-two other councillors",
        "The Chief Executive, directors and heads of service",
        "The Monitoring Officer and the Director of Resources (section 151 officer)",
        "Staff in six focus groups, and trade union representatives",
        "The external auditor and the head of internal audit",
        "Representatives of the county council, the health trust, the police and the voluntary sector",
        "The board of Stourleigh Homes and Estates Ltd",
        "Representatives of parish and town councils",
    ]),

    ("chapter", "Appendix C: Staff survey method"),
    ("p", "C.1", "The staff survey was run online between 4 and 22 November 2024. A paper version was made available to staff without regular access to a computer, principally in waste, grounds maintenance and the housing repairs service."),
    ("p", "C.2", "All 1,142 staff on the payroll at 1 November 2024 were invited to take part, including staff of Stourleigh Homes and Estates Ltd. We received 611 responses, a response rate of 54%."),
    ("p", "C.3", "The survey was anonymous. Respondents were asked for their directorate but not their grade, so that small teams could not be identified. Results for groups of fewer than ten respondents have not been reported."),
    ("p", "C.4", "Responses were lower from frontline services than from office-based staff. We do not consider that this affects the overall conclusions we draw, but readers should bear it in mind."),
    ("p", "C.5", "The councillors' survey was run over the same period. Nineteen of the council's 39 members responded, a response rate of 49%. Because the numbers are small we report councillors' answers as numbers rather than percentages."),
]


def strip_fn(text):
    return re.sub(r"\{fn:\d+\}", "", text)


def chapter_number(title):
    return title


def make_json():
    places, chapter, heading = [], None, None
    for item in DOC:
        if item[0] == "chapter":
            chapter, heading = item[1], None
        elif item[0] == "heading":
            heading = item[1]
        elif item[0] == "p":
            label = item[1]
            kind = {"foreword": "foreword", "executive summary": "summary"}.get(label)
            if kind is None:
                kind = "annex" if label.startswith("C.") else "paragraph"
            places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                           "page": None, "text": strip_fn(item[2])})
        elif item[0] == "table":
            places.append({"label": item[1], "kind": "table", "chapter": chapter, "heading": heading,
                           "page": None, "text": " ".join(c for row in item[3] for c in row)})
        elif item[0] == "recs":
            for label, text, when in item[1]:
                places.append({"label": label, "kind": "recommendation", "chapter": chapter,
                               "heading": heading, "page": None, "text": text})
    return {
        "title": TITLE,
        "kind": "report",
        "file": "report.pdf",
        "producer": "asciidoctor-pdf 2.3.4 (AsciiDoc, custom theme)",
        "numbering": "two-level",
        "page_offset": None,
        "furniture": [],
        "places": places,
        "footnotes": [{"number": n, "page": None, "text": t} for n, t in sorted(FOOTNOTES.items())],
    }
