#!/usr/bin/env python3
"""Author's source for report.json and letter.json (the words of the report and letter).

Footnote calls are written [[n]] here; build.py renders them as GOV.UK "[footnote n]" links and
report.json carries the text without them. Pages are filled in by build.py after rendering.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

TITLE = "Best Value Inspection of Zelborough Council"

# ---------------------------------------------------------------- report
# Each chapter: (number, title, [blocks]); a block is ("h3", heading) or ("p", label, text)
# or ("p", label, text, [sub-items]) or ("table", label, caption, header, rows).

SUMMARY = [
    "In January 2026 the Secretary of State appointed us to carry out a Best Value inspection of Zelborough Council under section 10 of the Local Government Act 1999. This report sets out what we found and what we consider the council needs to do.",
    "We have concluded that the council is failing to comply with its Best Value duty. The failures are in governance, culture, financial management, scrutiny and procurement. They are serious, they are longstanding, and they are connected.",
    "The council's financial position is fragile. Usable revenue reserves have fallen by more than half in four years, borrowing has more than doubled, and the council has asked the government for exceptional financial support of £14 million for 2026/27. We do not consider that a section 114 notice is imminent, but we do not consider that the council can set balanced budgets in future years unless it changes course.",
    "The council has strengths. Its adult social care service was rated Good by the Care Quality Commission in 2025, its waste and recycling service is valued by residents, and many of the officers we met were committed and capable. These strengths are in spite of, rather than because of, the way the council is run.",
    "We do not consider that the council has the capacity to make the necessary improvements on its own, at the pace required. We set out nine recommendations at the end of this report.",
]

CHAPTERS = [
 ("1", "Introduction and scope", [
  ("p", "1.1", "On 12 January 2026 the Secretary of State appointed a Lead Inspector and three Assistant Inspectors to carry out an inspection of Zelborough Council's compliance with the Best Value duty in Part 1 of the Local Government Act 1999.[[1]] The inspection was announced following concerns raised by the council's external auditor and by a peer challenge carried out in 2025."),
  ("p", "1.2", "The terms of reference asked us to examine the council's governance, culture, financial management, scrutiny, procurement and contract management, and its arrangements for the delivery of housing services. We were also asked to consider whether the council has the capacity to improve."),
  ("p", "1.3", "Our fieldwork took place between 2 February and 22 May 2026. We interviewed 96 councillors, officers and partners, held 12 focus groups with staff, observed 14 formal meetings and reviewed more than 640 documents. Our methodology is set out in Annex A."),
  ("p", "1.4", "We are grateful to the councillors, officers, partners and residents who gave their time to the inspection. Many spoke to us frankly. Where we quote people in this report we have not named them, and we have taken care not to identify them by their role unless the role is relevant to what was said."),
  ("p", "1.5", "The council gave us a written submission in February 2026 and a further submission in May 2026. We refer to these as the council's submissions. We have considered them carefully, although in several places we have reached different conclusions."),
  ("p", "1.6", "This report is about the council as an organisation. It is not an investigation of any individual, and nothing in it should be read as a finding that any individual has acted unlawfully or dishonestly."),
  ("p", "1.7", "The council was given the opportunity to comment on the factual accuracy of a draft of this report in July 2026. We have taken its comments into account where we considered it right to do so."),
  ("p", "1.8", "Chapter 2 describes the context. Chapters 3 to 9 set out our findings. Chapter 10 gives our conclusions, and our recommendations follow."),
 ]),
 ("2", "Context", [
  ("p", "2.1", "Zelborough is a unitary authority on the south coast with a population of around 214,000. It became a unitary council in 1997. It has 54 councillors elected across 21 wards, with elections every four years; the most recent were held in May 2023."),
  ("p", "2.2", "Since 2019 the council has been run by the same majority group. The opposition is made up of three groups and two independent members. The council operates a Leader and Cabinet model, with a Cabinet of eight."),
  ("p", "2.3", "The council's net revenue expenditure in 2025/26 was £198.4 million. It employs around 2,950 staff, excluding schools. It retains its housing stock of around 9,800 homes, managed directly by the council since an arm's-length management organisation was brought back in-house in 2021."),
  ("p", "2.4", "The town has areas of considerable affluence and areas of deep deprivation. Four of its neighbourhoods are among the 10% most deprived in England.[[2]] Demand for temporary accommodation has risen sharply, as it has in many coastal authorities."),
  ("p", "2.5", "Between 2021 and 2024 the council pursued a strategy of investment in commercial property and energy assets, funded almost entirely by borrowing. The strategy was intended to generate income to protect front-line services. We consider its consequences in Chapter 5."),
  ("p", "2.6", "The council has had four Chief Executives, two of them interim, since 2021. The permanent Chief Executive took up post in September 2025. The post of Monitoring Officer was vacant for seven months in 2025, and the Section 151 officer role has been held on an interim basis since March 2025."),
  ("p", "2.7", "In 2025 the external auditor issued a disclaimed opinion on the council's 2023/24 accounts and reported significant weaknesses in the council's arrangements for financial sustainability and governance. A corporate peer challenge in the same year reached similar conclusions."),
  ("p", "2.8", "The council's submission stated that \"the council has a strong and stable financial position and a clear plan for the future\". For the reasons we give in Chapter 5, we do not share that view."),
 ]),
 ("3", "Leadership and governance", [
  ("h3", "Political and managerial leadership"),
  ("p", "3.1", "The Leader told us that the council was \"on the right track\" and that the financial pressures it faced were \"national, not local\". We recognise that councils across the country face real pressures. We do not accept, however, that Zelborough's difficulties are mainly the result of national factors."),
  ("p", "3.2", "We found that decision-making power is concentrated in a small group of Cabinet members and senior officers. Several officers described decisions being agreed informally before they reached Cabinet. One officer told us that \"by the time a report is written, the decision has already been made\"."),
  ("p", "3.3", "We do not suggest that the Leader or any Cabinet member acted unlawfully or for personal gain. We found no evidence of that. But the informal way in which major decisions have been shaped has weakened the council's ability to test them before they are taken."),
  ("p", "3.4", "The instability in the senior officer team has had a marked effect. Interim appointments have been made at short notice and for short periods, and some interim officers told us that they did not feel able to give unwelcome advice. We consider that the turnover of statutory officers since 2021 has left the council without consistent professional challenge."),
  ("p", "3.5", "The permanent Chief Executive has made a positive start. Staff and partners told us that she is visible and approachable, and that she has begun to address longstanding issues. It is too early, however, to judge whether the changes she has begun will be sustained."),
  ("h3", "Decision-making"),
  ("p", "3.6", "We reviewed the council's record of key decisions. Of 112 key decisions taken by the Cabinet or individual Cabinet members in 2025, 41 were not published on the Forward Plan 28 days in advance. Eleven of those 41 were taken under the urgency provisions of the constitution, and in most cases the reason given for urgency was delay within the council itself."),
  ("p", "3.7", "We found weaknesses in the reports that support decisions. In the sample of 30 Cabinet reports we examined:", [
    "(a) 19 did not set out the alternative options that had been considered;",
    "(b) 14 contained no assessment of risk, or only a generic one;",
    "(c) 11 had been cleared by the finance team less than 48 hours before publication;",
    "(d) 9 gave no indication of how the decision would be monitored; and",
    "(e) 6 had been published without legal comments.",
  ]),
  ("p", "3.8", "The constitution was last reviewed in full in 2016. It is inconsistent in places, and some of its delegations refer to posts that no longer exist. Members and officers told us that they were unsure which rules applied to some decisions."),
  ("p", "3.9", "The council's submission stated that its governance arrangements were \"robust and regularly reviewed\". We have not found that to be the case. The Annual Governance Statement for 2024/25 identified four significant governance issues, three of which had appeared in the previous year's statement."),
  ("h3", "The statutory officers"),
  ("p", "3.10", "The Monitoring Officer and the Section 151 officer play a vital role in any council. In Zelborough, both roles have been weakened. During the seven months in 2025 when the Monitoring Officer post was vacant, the deputy covered the role in addition to a full-time caseload."),
  ("p", "3.11", "The interim Section 151 officer told us that he had raised concerns about the affordability of the capital programme on several occasions. We saw evidence that he did so in writing. We did not see evidence that those concerns were reported to the Cabinet in a form that would allow members to act on them."),
  ("p", "3.12", "The statutory officers did not meet regularly as a group until November 2025. We consider that regular meetings of the statutory officers, with a clear record of the matters discussed, are a basic requirement of good governance."),
  ("h3", "Member development"),
  ("p", "3.13", "Take-up of member development has been low. Of the 54 councillors, 19 attended the finance training offered after the 2023 elections, and 12 attended training on the Code of Conduct. Members of all groups told us that they would welcome better support."),
  ("p", "3.14", "We consider that the weaknesses in leadership and governance described in this chapter are at the heart of the council's failure to comply with its Best Value duty."),
 ]),
 ("4", "Culture", [
  ("h3", "Staff experience"),
  ("p", "4.1", "The council carried out a staff survey in March 2026, which received 1,214 responses, a response rate of 41%. Selected results are shown in Table 1. We also held 12 focus groups with staff at different levels of the organisation."),
  ("table", "Table 1", "Table 1: Staff survey, March 2026, selected results",
   ["Statement", "Agree", "Neither", "Disagree"],
   [["I would feel safe raising a concern about wrongdoing", "38%", "15%", "47%"],
    ["Senior leaders listen to staff", "24%", "14%", "62%"],
    ["I understand the council's priorities", "71%", "17%", "12%"],
    ["I have witnessed bullying or harassment in the last 12 months", "29%", "-", "71%"],
    ["I intend to be working for the council in two years' time", "44%", "25%", "31%"]]),
  ("p", "4.2", "The results are stark. Nearly half of the staff who responded (47%) said that they would not feel safe raising a concern about wrongdoing, and 62% did not agree that senior leaders listen to staff. More than one in four (29%) said that they had witnessed bullying or harassment in the previous 12 months."),
  ("p", "4.3", "Staff told us that they were proud to work for Zelborough and committed to its residents. Many described a gap between the front line, where they felt valued by their immediate managers, and the senior leadership of the council, which they described as remote."),
  ("p", "4.4", "In focus groups, staff described a culture in which bad news was not welcome. One manager told us that \"you learn quickly not to put anything difficult in writing\". We heard similar accounts from staff in several directorates, and we consider them credible."),
  ("p", "4.5", "We do not suggest that bullying is widespread across the council. Most staff we spoke to had not experienced it themselves. But the survey results, and what we heard, indicate that a significant minority of staff do not feel safe, and that the council's processes for raising concerns are not trusted."),
  ("p", "4.6", "The council's whistleblowing policy was last updated in 2018. It received nine whistleblowing disclosures in 2024/25. We reviewed all nine; in four of them, there was no record that the person making the disclosure had been told of the outcome."),
  ("h3", "Member conduct and member-officer relations"),
  ("p", "4.7", "Relations between members of different groups are poor. In a survey of members carried out for the inspection, to which 31 of the 54 councillors responded, 18 said that debate at full council was not conducted respectfully.[[3]] We observed two meetings of full council at which members made personal remarks about one another."),
  ("p", "4.8", "The number of complaints about councillors under the Code of Conduct has risen from 12 in 2022 to 46 in 2025. Most of these complaints were made by councillors about other councillors. The process for dealing with them is slow; the average complaint took 23 weeks to resolve."),
  ("p", "4.9", "Relations between members and officers are mixed. Many officers told us that they had good working relationships with the members they supported. Some senior officers, however, described being criticised by Cabinet members in front of their teams, and two told us that they had been asked to change the wording of reports to remove advice that a Cabinet member disagreed with."),
  ("p", "4.10", "We do not consider that asking officers to change their advice is ever acceptable. Members are entitled to disagree with officers' advice, but they are not entitled to alter it. We were told that in both cases the officers had refused, and we commend them for doing so."),
  ("h3", "Equality and inclusion"),
  ("p", "4.11", "The council's workforce does not reflect the community it serves at senior levels. Of the 42 officers in the top three tiers of management, three are from ethnic minority backgrounds. The council has an equality, diversity and inclusion strategy, adopted in 2023, but we found little evidence that it has been implemented."),
  ("h3", "Openness"),
  ("p", "4.12", "The council receives around 1,400 requests under the Freedom of Information Act each year. In 2025 it responded to 61% of them within the statutory 20 working days. The Information Commissioner's Office wrote to the council in October 2025 about its performance."),
  ("p", "4.13", "We found that the council was reluctant to share information that might reflect badly on it, including with its own members. Opposition members told us that they had been refused information about the commercial property portfolio on grounds of commercial confidentiality, even in closed session."),
  ("p", "4.14", "We consider that the culture of the council has contributed directly to the failures described elsewhere in this report. Changing it will take time, and it will require consistent leadership from both members and officers."),
 ]),
 ("5", "Financial management", [
  ("h3", "Reserves"),
  ("p", "5.1", "The council's financial position has deteriorated sharply since 2022. Its general fund reserve fell from £18.4 million at 31 March 2022 to £5.9 million at 31 March 2026. Over the same period its earmarked reserves fell from £41.2 million to £17.6 million. Table 2 shows the position."),
  ("table", "Table 2", "Table 2: Reserves and borrowing, £ million, at 31 March",
   ["", "2022", "2024", "2026"],
   [["General fund reserve", "18.4", "11.2", "5.9"],
    ["Earmarked reserves", "41.2", "26.0", "17.6"],
    ["Total usable revenue reserves", "59.6", "37.2", "23.5"],
    ["Capital financing requirement", "212.0", "401.3", "486.5"],
    ["External borrowing", "174.5", "352.8", "431.0"]]),
  ("p", "5.2", "Total usable revenue reserves of £23.5 million represent 11.8% of the council's net revenue expenditure. Among the 15 councils in the council's nearest neighbour group, only one had a lower level of reserves relative to its spending.[[4]]"),
  ("p", "5.3", "The general fund reserve is now below the minimum level of £8 million that the council's own reserves policy sets. We consider that the council has been using reserves to meet recurring costs, and that it cannot continue to do so."),
  ("h3", "Borrowing and the commercial strategy"),
  ("p", "5.4", "Between 2021 and 2024 the council acquired commercial property and energy assets costing £171.4 million, funded by borrowing. Its capital financing requirement, a measure of its underlying need to borrow, rose from £212.0 million in 2022 to £486.5 million in 2026."),
  ("p", "5.5", "The largest single acquisition was the Harbourside Exchange office building, purchased in December 2022 for £96.5 million. The business case assumed occupancy of 90% and net rental income of £6.8 million a year. In 2025/26 the building was 54% occupied and generated net income of £3.1 million."),
  ("p", "5.6", "The council also invested £38.2 million in the Marsh Lane solar farm. The project was due to generate income from 2024 but was not connected to the grid until February 2026. It has not yet generated the income set out in its business case."),
  ("p", "5.7", "We do not suggest that investment in commercial assets is wrong in itself. Some councils have done it well. But Zelborough's investments were made at a scale that was out of proportion to the council's size, on assumptions that were optimistic, and with limited independent challenge. The business case for Harbourside Exchange was approved by Cabinet in a meeting that lasted 40 minutes."),
  ("p", "5.8", "The council's submission stated that the commercial portfolio \"continues to make a positive net contribution to the revenue budget\". That is true only if the cost of borrowing is left out. Once interest and minimum revenue provision are included, the portfolio cost the council £4.7 million more than it earned in 2025/26."),
  ("h3", "The budget gap"),
  ("p", "5.9", "The medium-term financial strategy, as updated in February 2026, shows a cumulative budget gap of £27.3 million by 2029/30. The budget for 2026/27 was balanced only by using £9.8 million of reserves and by a request to the government for exceptional financial support of £14 million.[[5]]"),
  ("p", "5.10", "The savings programme has not delivered. Of £16.2 million of savings planned for 2023/24 to 2025/26, £7.1 million was delivered. Many of the savings that were not delivered had been planned without a clear account of how they would be achieved."),
  ("p", "5.11", "We do not consider that a section 114 notice is imminent. We do not consider, however, that the council can set a balanced budget for 2027/28 unless it takes difficult decisions about its commercial portfolio and its spending, and takes them soon."),
  ("h3", "Financial capacity and reporting"),
  ("p", "5.12", "The finance team has not been given the resources it needs. It had 14 vacancies out of an establishment of 58 posts in March 2026, and it relies heavily on agency staff. Several members of the team told us that they spent most of their time on the accounts backlog rather than on supporting services."),
  ("p", "5.13", "Budget monitoring reports to Cabinet were frequently late and did not always give a clear picture. In 2025/26 the forecast overspend reported to Cabinet rose from £1.2 million at quarter one to £8.6 million at quarter three, without a clear explanation of the change."),
  ("p", "5.14", "The council's accounts are not up to date. The 2023/24 accounts received a disclaimed opinion, and the 2024/25 accounts had not been audited at the time of our fieldwork. We consider that members cannot make sound decisions without reliable financial information."),
  ("p", "5.15", "Of the 31 councillors who responded to our survey, 22 said that they did not receive timely information about the council's finances. Members of all groups, including members of the Cabinet, told us that they found the council's financial reports hard to understand."),
  ("p", "5.16", "We consider that the council's financial management falls well short of what the Best Value duty requires, and that the risks to its financial sustainability are serious."),
 ]),
 ("6", "Scrutiny and audit", [
  ("h3", "Overview and scrutiny"),
  ("p", "6.1", "The council has a single Overview and Scrutiny Committee, supported by task and finish groups. In 2025/26 the committee met four times, against nine scheduled meetings; five meetings were cancelled for lack of business."),
  ("p", "6.2", "The committee is chaired by a member of the majority group. This is not unlawful, and some councils make it work. But we found that the committee rarely examined decisions of the Cabinet, and that its work programme was largely set by officers."),
  ("p", "6.3", "No Cabinet decision has been called in since 2023. Members told us that the call-in procedure was complicated and that they had little confidence that a call-in would change anything."),
  ("p", "6.4", "The scrutiny function is supported by one officer, who also supports two other committees. We do not consider that this is sufficient for a council of Zelborough's size and complexity."),
  ("p", "6.5", "Scrutiny did not examine the Harbourside Exchange acquisition before or after the decision was taken, despite requests from opposition members. We consider this a significant missed opportunity."),
  ("h3", "Audit and governance"),
  ("p", "6.6", "The Audit and Governance Committee did not have an independent member until November 2025, despite guidance recommending one. Its meetings have been dominated by the accounts backlog, leaving little time for risk management and internal control."),
  ("p", "6.7", "The internal audit service gave a limited assurance opinion for 2024/25. Of 64 internal audit recommendations due for completion by March 2026, 27 had been implemented."),
  ("p", "6.8", "The external auditor's reports for 2023/24 and 2024/25 identified six significant weaknesses in the council's arrangements and made key recommendations. The council's response to those recommendations has been slow."),
  ("p", "6.9", "The risk register has not been reviewed by Cabinet since 2024. It does not include the risk that the commercial portfolio will not generate the income assumed in the budget, which we consider to be one of the council's most significant risks."),
  ("p", "6.10", "We consider that scrutiny and audit at Zelborough do not provide the challenge the council needs."),
 ]),
 ("7", "Procurement and contract management", [
  ("p", "7.1", "The council spends around £245 million a year on goods, works and services. Its contract procedure rules allow the requirement to seek competitive quotations or tenders to be waived in limited circumstances. Table 3 shows the number and value of waivers in recent years."),
  ("table", "Table 3", "Table 3: Waivers of contract procedure rules",
   ["Year", "Number of waivers", "Value"],
   [["2023/24", "19", "£4.2 million"],
    ["2024/25", "37", "£11.6 million"],
    ["2025/26 (April to December)", "26", "£7.9 million"]]),
  ("p", "7.2", "The number of waivers nearly doubled between 2023/24 and 2024/25. Eleven of the 37 waivers in 2024/25 were approved retrospectively, after the work had begun. In a council with effective procurement controls, retrospective waivers should be rare."),
  ("p", "7.3", "We examined a sample of 20 waivers. We found that:", [
    "(a) in 12 cases the reason given was urgency, although the need had been known for months;",
    "(b) in 7 cases there was no record that value for money had been considered;",
    "(c) in 5 cases the same supplier had received a previous waiver for similar work;",
    "(d) in 3 cases the waiver had been approved by an officer without the authority to do so; and",
    "(e) in 2 cases we could find no signed contract.",
  ]),
  ("p", "7.4", "We found no evidence of fraud or corruption in the procurements we examined. The weaknesses we found are weaknesses of control, capacity and culture, but they expose the council to serious risk."),
  ("p", "7.5", "The council's contract register lists 212 contracts with a value of more than £100,000. For 64 of these there was no named contract manager. The council could not tell us, for a number of contracts, when they were due to expire."),
  ("p", "7.6", "The refurbishment of Harbourside Exchange was let as a single contract valued at £8.4 million. It was completed in 2024 at a cost of £11.6 million, an overspend of 38%. We found that the variations that led to the overspend were approved without reference to the Cabinet."),
  ("p", "7.7", "The procurement team has four staff. The council's own procurement strategy, adopted in 2022, said that the team should have nine. We do not consider that the council can manage procurement risk effectively with the present level of resource."),
  ("p", "7.8", "The council has not yet prepared fully for the Procurement Act 2023, which came into force in February 2025. Training for officers who buy goods and services was still being planned at the time of our fieldwork."),
  ("p", "7.9", "Officers told us that the procurement team was seen as an obstacle rather than a source of advice, and that services often approached it late. One head of service told us that \"procurement is something you do after you've chosen the supplier\"."),
  ("p", "7.10", "We consider that the council's procurement and contract management arrangements do not secure value for money and do not comply with the Best Value duty."),
 ]),
 ("8", "Housing services", [
  ("p", "8.1", "The council's housing service faces significant challenges. At March 2026 there were 2,614 households on the housing register, and 612 households were in temporary accommodation, of whom 148 were in bed and breakfast accommodation."),
  ("p", "8.2", "Spending on temporary accommodation has risen from £3.1 million in 2022/23 to £9.4 million in 2025/26. The council does not have a strategy for reducing its reliance on temporary accommodation."),
  ("p", "8.3", "The repairs service had a backlog of 4,870 jobs at March 2026. There were 1,130 open cases of damp and mould, of which 212 had been open for more than six months. Tenants told us that they had reported problems repeatedly without a response."),
  ("p", "8.4", "The Housing Ombudsman upheld 78% of the complaints about the council that it determined in 2025. The council has not yet carried out a full stock condition survey, although one has been commissioned for 2026."),
  ("p", "8.5", "We do not doubt the commitment of housing staff. The housing service, however, has not been given the resources it needs to meet its obligations to tenants, and it has not been a priority for the council's leadership."),
  ("p", "8.6", "We found examples of good practice elsewhere in the council. The adult social care service was rated Good by the Care Quality Commission in 2025. Residents who took part in our focus groups spoke well of the waste and recycling service, and the council's recycling rate, at 51%, is above the average for England."),
  ("p", "8.7", "The Cabinet member for housing told us that the service was \"turning a corner\". We saw a new improvement plan for the repairs service, adopted in April 2026, but it was too early to see its effect."),
  ("p", "8.8", "We consider that the council's housing services are not meeting the needs of its tenants, and that this is a consequence of the wider failures described in this report."),
 ]),
 ("9", "Partnerships and capacity to improve", [
  ("p", "9.1", "Partners described their relationship with the council as inconsistent. The health and care partners we spoke to valued their joint working with adult social care. Other partners, including voluntary sector organisations, told us that the council was hard to deal with and that its priorities changed frequently."),
  ("p", "9.2", "The Zelborough Harbour Regeneration Partnership has not met since March 2025. Two of its private sector members told us that they had lost confidence in the council's ability to deliver the harbour masterplan."),
  ("p", "9.3", "Voluntary sector organisations told us that grant decisions were made late in the year, which made it hard for them to plan. The council reduced its grants to the voluntary sector by 30% in 2025/26, with three weeks' notice."),
  ("p", "9.4", "The council has an improvement plan, adopted in January 2026, which responds to the peer challenge. The plan contains 87 actions. We found that it was a list of activities rather than a plan, and that it did not say who was responsible for most of the actions or how progress would be measured."),
  ("p", "9.5", "The council's May 2026 submission stated that the council \"has the capacity and the will to deliver its own improvement\". We do not agree. The council has some capable officers, and a Chief Executive who understands the scale of the task, but it does not have the capacity, the financial resilience or the stable political and managerial leadership to improve at the pace required."),
  ("p", "9.6", "Members of all groups told us that they wanted the council to improve. We believe that they are sincere. But we found little agreement about what was wrong, and the relationships between groups make it difficult to build the consensus that improvement will need."),
  ("p", "9.7", "We consider that the council will need sustained external support if it is to improve. Without it, we consider that there is a serious risk that the council's financial position will continue to deteriorate."),
  ("p", "9.8", "We have considered whether the improvement the council needs could be achieved through voluntary arrangements, such as a council-led improvement board. We do not consider that such arrangements would be sufficient."),
 ]),
 ("10", "Conclusions", [
  ("p", "10.1", "We have concluded that Zelborough Council is failing to comply with its Best Value duty. The failures we have found are in governance, culture, financial management, scrutiny and audit, procurement and contract management, and housing services."),
  ("p", "10.2", "These failures are connected. A culture in which bad news is not welcome, and in which challenge is seen as disloyalty, has allowed decisions to be taken without proper scrutiny. Those decisions have left the council with high levels of debt and low levels of reserves."),
  ("p", "10.3", "We do not consider that the council can secure the improvement it needs without intervention. We recommend that the Secretary of State considers exercising the powers of intervention in the Local Government Act 1999, including the appointment of commissioners."),
  ("p", "10.4", "We recognise that the council has begun to make changes since the permanent Chief Executive took up post. We have taken these into account. They are welcome, but they are at an early stage, and they do not change our conclusions."),
  ("p", "10.5", "Our recommendations are set out below. They are addressed to the council, and they should be read alongside any directions the Secretary of State may make."),
 ]),
]

RECOMMENDATIONS = [
 ("R1", "The council should prepare, within six months, an improvement and recovery plan that addresses the findings of this report, with clear responsibilities, milestones and measures of progress."),
 ("R2", "The council should review its constitution in full, including its scheme of delegation, its contract procedure rules and its urgency provisions, and should adopt a revised constitution within 12 months."),
 ("R3", "The council should put in place stable, permanent arrangements for its statutory officers, and should ensure that the statutory officers meet regularly and have direct access to the Leader, the Cabinet and the Chief Executive."),
 ("R4", "The council should prepare a medium-term financial strategy that closes the budget gap without the use of reserves to meet recurring costs, and should restore its general fund reserve to at least the minimum level set in its own policy."),
 ("R5", "The council should commission an independent review of its commercial property and energy portfolio, including options for disposal, and should report the outcome to full council."),
 ("R6", "The council should strengthen its scrutiny and audit arrangements, including by providing adequate officer support for scrutiny and by appointing at least two independent members to the Audit and Governance Committee."),
 ("R7", "The council should put in place a programme to improve the organisation's culture, including a new whistleblowing policy, training for members and officers, and regular measurement of staff confidence in raising concerns."),
 ("R8", "The council should review its procurement function, bring its contract register up to date, and end the use of retrospective waivers except in genuine emergencies."),
 ("R9", "The council should prepare a plan to improve its housing repairs service and reduce its reliance on temporary accommodation, and should report progress to tenants and to full council every six months."),
]

ANNEX = [
 ("A.1", "The inspection team comprised a Lead Inspector, a former chief executive of a unitary council, and three Assistant Inspectors with experience of local government finance, governance and housing."),
 ("A.2", "We interviewed 96 people: 38 councillors, 44 officers and 14 representatives of partner organisations. We held 12 focus groups with staff, attended by 131 people in total, and two focus groups with residents."),
 ("A.3", "We observed 14 formal meetings, including two meetings of full council, four meetings of the Cabinet and two meetings of the Overview and Scrutiny Committee. We reviewed more than 640 documents provided by the council."),
 ("A.4", "We carried out a survey of all 54 councillors, to which 31 responded. The survey was anonymous. The council's staff survey was carried out by the council itself, and we have relied on its published results."),
]

FOOTNOTES = [
 (1, "Local Government Act 1999, section 10. The inspection was announced by written ministerial statement on 12 January 2026."),
 (2, "English Indices of Deprivation 2025, Ministry of Housing, Communities and Local Government."),
 (3, "Survey of councillors carried out for the inspection, March 2026. See Annex A."),
 (4, "CIPFA Financial Resilience Index 2025, nearest neighbour comparison, reserves sustainability measure."),
 (5, "The council applied for exceptional financial support in January 2026. A decision in principle was given in February 2026."),
]

# ---------------------------------------------------------------- letter

LETTER_TITLE = "Letter from the Secretary of State to the Chief Executive of Zelborough Council"
LETTER_DATE = "24 September 2026"
LETTER = [
 "I am writing to inform you that today I have published the report of the Best Value inspection of Zelborough Council, which I commissioned in January 2026. I am grateful to the Lead Inspector and the inspection team for their work, and to the councillors, officers and partners who took part.",
 "The report is clear that the council is failing to comply with its Best Value duty. The inspectors found serious and longstanding failures in governance, culture, financial management, scrutiny and procurement. They also found that the council does not have the capacity to make the necessary improvements on its own.",
 "I am particularly concerned by the inspectors' findings on the council's finances. Usable reserves have fallen by more than half since 2022, the council's borrowing has more than doubled, and the council has needed exceptional financial support to set a balanced budget for 2026/27. I am also concerned that nearly half of the staff who responded to the council's own survey do not feel safe raising concerns.",
 "Having considered the report, and the representations the council made to me, I am satisfied that Zelborough Council is failing to comply with its Best Value duty and that it is necessary and expedient to exercise my powers of intervention under section 15 of the Local Government Act 1999.",
 "I have therefore today issued directions to the council and appointed three commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The directions will remain in force until 30 September 2029, unless I decide that it is appropriate to end them earlier.",
 "The directions require the council to prepare, within six months, an improvement and recovery plan to the satisfaction of the commissioners. The commissioners will exercise the council's functions in relation to financial management, the appointment and dismissal of statutory officers, and the disposal of commercial assets, for as long as they consider it necessary.",
 "The commissioners will report to me on the council's progress after six months and then every six months. The costs of the commissioners will be met by the council.",
 "I want to be clear that this intervention is not a judgement on the many officers who work hard to serve the residents of Zelborough, or on the services, such as adult social care, that the inspectors found to be performing well. It is a response to failures of leadership and governance that residents should not have to accept.",
 "I expect the council to work constructively with the commissioners from the outset. I am copying this letter to the Leader of the council and to the leaders of the opposition groups.",
]


def strip_fn(text):
    return re.sub(r"\[\[\d+\]\]", "", text)


def report_places():
    places = []
    for para in SUMMARY:
        places.append({"label": "executive summary", "kind": "summary", "chapter": "Executive summary",
                       "heading": None, "page": None, "text": para})
    for num, title, blocks in CHAPTERS:
        chapter, heading = f"{num} {title}", None
        for b in blocks:
            if b[0] == "h3":
                heading = b[1]
            elif b[0] == "p":
                text = strip_fn(b[2])
                if len(b) > 3:
                    text += " " + " ".join(b[3])
                places.append({"label": b[1], "kind": "paragraph", "chapter": chapter,
                               "heading": heading, "page": None, "text": text})
            elif b[0] == "table":
                cells = [c for c in b[3] if c] + [c for row in b[4] for c in row]
                places.append({"label": b[1], "kind": "table", "chapter": chapter,
                               "heading": heading, "page": None, "text": " ".join(cells)})
    for label, text in RECOMMENDATIONS:
        places.append({"label": label, "kind": "recommendation", "chapter": "Recommendations",
                       "heading": None, "page": None, "text": text})
    for label, text in ANNEX:
        places.append({"label": label, "kind": "annex", "chapter": "Annex A: Methodology",
                       "heading": None, "page": None, "text": text})
    return places


def main():
    report = {"title": TITLE, "kind": "report", "file": "report.pdf",
              "producer": "Chromium headless print of a GOV.UK HTML publication",
              "numbering": "two-level", "page_offset": 0, "furniture": [],
              "places": report_places(),
              "footnotes": [{"number": n, "page": None, "text": t} for n, t in FOOTNOTES]}
    letter = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
              "producer": "Chromium headless print of a GOV.UK HTML publication",
              "numbering": "unnumbered", "page_offset": 0, "furniture": [],
              "places": [{"label": str(i), "kind": "paragraph", "chapter": LETTER_TITLE,
                          "heading": None, "page": None, "text": t}
                         for i, t in enumerate(LETTER, 1)],
              "footnotes": []}
    (HERE / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "letter.json").write_text(json.dumps(letter, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
