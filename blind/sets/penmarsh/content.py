"""Source texts of the Penmarsh set: the Best Value inspection report and the Secretary of
State's letter. `^n` marks an endnote call (rendered as a superscript, stripped from
report.json). Run `python3 content.py` to write report.json and letter.json (pages are filled
in by build.py after rendering)."""
import json, re

TITLE = "Best Value Inspection of Penmarsh City Council"
LETTER_TITLE = "Letter from the Secretary of State to the Chief Executive of Penmarsh City Council"

FOREWORD = ("This report sets out the findings of the Best Value inspection of Penmarsh City Council, "
            "commissioned by the Secretary of State in May 2024. We are grateful to the many members, "
            "officers, partners and residents who gave their time to speak to us, often candidly. The "
            "council's staff have continued to deliver services to the people of Penmarsh through a "
            "difficult period, and nothing in this report should be read as a criticism of their commitment.")

# (chapter, [(heading or None, [paragraph texts])])
CHAPTERS = [
 ("Executive summary", [(None, [
  "We were appointed in May 2024 to inspect Penmarsh City Council's compliance with its Best Value duty under Part 1 of the Local Government Act 1999.^1 Our fieldwork took place between June and September 2024. We held 146 interviews and focus groups, observed 23 formal meetings and reviewed more than 2,400 documents.",
  "We have concluded that the council is failing to comply with its Best Value duty. The failures we found are most serious in governance, financial management and the oversight of the council's wholly owned company, Penmarsh Harbour Developments Limited. We do not consider that the council has the capacity to make the necessary improvements on its own within a reasonable timescale.",
  "The council's financial position has deteriorated sharply. Its general fund reserves fell from £18.4 million in March 2021 to £7.9 million in March 2024, and the council's own forecasts show a budget gap of £11.6 million for 2025/26. Unless the council takes urgent action, it is likely to need to issue a section 114 notice within two years.",
  "The council has lent £46.5 million to Penmarsh Harbour Developments Limited since 2019. Decisions to extend that lending were taken with little challenge, on the basis of business plans that were not independently tested. We do not suggest that any member or officer acted improperly in agreeing those loans, but the council did not protect the public purse as it should have done.",
  "Relationships between senior members and officers have broken down at times. The council has had four chief executives, two of them interim, in five years, and at the time of our fieldwork nine of the fourteen posts in the senior management team were held by interim or agency staff.",
  "Scrutiny has not been effective. The Overview and Scrutiny Committee has rarely examined the most significant decisions before they were taken, and members of all groups told us that scrutiny had become a place for political point-scoring rather than improvement.",
  "Staff told us they were proud to work for Penmarsh but that they often did not feel able to raise concerns. Only 47% of respondents to our staff survey agreed that they could raise a concern without fear of the consequences.",
  "There are strengths on which to build. Many front-line services are well regarded by residents, the council's waste and recycling service is among the best performing in the region, and we met officers at every level who want the council to succeed. We do not consider that the council is failing in all of its services.",
  "The council has begun to respond. The Improvement and Recovery Plan agreed by Cabinet in July 2024 identifies many of the right issues, but it is not yet properly resourced and much of it restates commitments made in earlier plans that were not delivered.",
  "We make nine recommendations. We recommend that the Secretary of State exercises the powers of intervention in the Local Government Act 1999, including the appointment of commissioners, to secure the council's compliance with its Best Value duty.",
 ])]),
 ("Introduction and approach", [(None, [
  "On 14 May 2024 the Secretary of State appointed us, under section 10 of the Local Government Act 1999, to carry out a Best Value inspection of Penmarsh City Council. The inspection team comprised a Lead Inspector, a Finance Inspector and a Governance Inspector, supported by a secretariat from the Ministry.",
  "The inspection followed concerns raised by the council's external auditor, who issued statutory recommendations in November 2023 about the council's arrangements for overseeing its companies,^2 and by a number of whistleblowing disclosures made to the Ministry in early 2024.",
  "Our terms of reference required us to examine governance, leadership and culture, financial management, the council's commercial activity, procurement, scrutiny and the delivery of housing services. The full terms of reference are set out in Annex A.",
  "Penmarsh City Council serves a population of around 212,000 people. It has 57 councillors elected across 19 wards. Since May 2023 the council has been run by a minority administration, with the Leader's group holding 26 seats.",
  "We interviewed the Leader, every Cabinet member, the leaders of the three opposition groups and 31 other councillors. We also met the Chief Executive, the statutory officers, senior managers, trade union representatives and a range of partners, including the police, the integrated care board and local businesses.",
  "We ran an anonymous survey of all council staff, to which 1,214 people responded, a response rate of 41%. We also surveyed councillors: 38 of the 57 councillors responded. The results are summarised in Table 1 and discussed in the chapter on leadership and culture.",
  "We shared a draft of our factual findings with the council in October 2024. The council's response corrected a number of factual points, which we have reflected. Where the council disagreed with our judgements we have considered its views carefully, but the conclusions in this report are ours.",
 ])]),
 ("Governance and decision-making", [("The constitution", [
  "The council operates a Leader and Cabinet model of governance. Its constitution was last comprehensively reviewed in 2016. Since then it has been amended piecemeal on at least 40 occasions, and several officers told us that they were no longer certain which version was current.",
  "We found that the scheme of delegation to officers is unclear in places. In particular, it does not set out who may approve variations to loans made to council companies, and this gap was relied upon on at least two occasions to approve additional lending without a Cabinet decision.",
  "The council's own submission to us stated that its governance arrangements were robust and well understood. We do not share that view.",
 ]), ("Key decisions", [
  "In the 2023/24 municipal year Cabinet took 43 key decisions. Of these, 31 were not published on the Forward Plan 28 days in advance as the regulations require,^3 relying instead on the general exception or special urgency provisions.",
  "Eleven of those decisions concerned Penmarsh Harbour Developments Limited. The repeated use of urgency provisions for decisions of that size and complexity is not, in our view, consistent with good governance.",
  "Reports to Cabinet are often long, but they do not consistently set out the options considered, the risks or the financial implications. In a sample of 20 Cabinet reports we reviewed, only 6 contained a full options appraisal.",
  "Legal and financial implications were sometimes added to reports after they had been published. We saw two examples in which the comments of the Section 151 Officer were added on the day of the meeting.",
  "The Monitoring Officer has raised concerns about decision-making in writing on several occasions. We found that these concerns were not always reported to members, and one formal report under section 5 of the Local Government and Housing Act 1989 was withdrawn before publication after discussion with the then Leader.",
  "We do not suggest that the withdrawal of that report was improper in itself, since a Monitoring Officer may properly resolve a matter informally. However, members were not told that a report had been prepared, and we consider that they should have been.",
 ]), ("Member and officer roles", [
  "The boundary between the roles of members and officers is not well understood. Several Cabinet members told us that they regarded directing officers' day-to-day work as part of their role, and some officers told us that they received instructions directly from portfolio holders.",
  "The Leader told us that Cabinet members had to be hands-on because the council had lacked stable senior management. We understand the frustration behind that view, but the effect has been to blur accountability and to discourage officers from giving candid advice.",
  "The Member Code of Conduct has been updated in line with the Local Government Association's model code. However, 14 complaints against councillors were outstanding at the end of March 2024, some for more than a year, and the Standards Committee had not met between October 2023 and April 2024.",
  "Councillor training is offered but take-up is low. Only 19 of the 57 councillors attended the induction session on the constitution after the May 2023 elections, and attendance at finance training for members of the Audit and Governance Committee was below half.",
  "The Audit and Governance Committee has an independent member, appointed in 2022, whose contributions were described to us as valuable. The committee has, however, accepted repeated assurances from officers on the Harbour Developments loans without asking for the evidence behind them.",
  "Overall, we found that the council's governance arrangements have not provided the checks and balances that members, officers and residents are entitled to expect. The weaknesses are not only procedural: they reflect a culture in which challenge has too often been seen as obstruction.",
 ])]),
 ("Leadership and culture", [("Political leadership", [
  "The council's political leadership has changed twice since 2021. The current Leader took office in May 2023 and has set out an ambition to restore trust in the council. Members of all groups acknowledged the Leader's personal commitment to Penmarsh.",
  "Relations between the administration and opposition groups are poor. Members told us that full council meetings were frequently adversarial, and we observed two meetings at which business was not completed because of procedural disputes.",
  "We do not consider that robust political debate is in itself a sign of failure. The difficulty at Penmarsh is that disagreement has spilled into the council's management, and officers have been drawn into political disputes.",
 ]), ("Senior officers", [
  "The council has had four chief executives, two of them interim, since 2019. The present Chief Executive was appointed on a permanent basis in February 2024 and has already made a number of welcome changes, including reinstating a corporate management team that meets weekly.",
  "Turnover in senior posts has been high. At the time of our fieldwork, nine of the fourteen posts in the senior management team were filled by interim or agency staff, including the Director of Housing and the Director of Resources.",
  "Spending on agency and interim staff across the council rose from £3.1 million in 2021/22 to £6.2 million in 2023/24. Some interim managers have been in post for more than two years at day rates well above those of permanent equivalents.",
  "One officer told us that the culture at the top of the organisation was one of fear. We did not find evidence that this was a general experience among senior staff, but we heard enough similar accounts to conclude that some officers were reluctant to give unwelcome advice.",
 ]), ("Staff experience", [
  "Our staff survey results are summarised in Table 1. They show a workforce that is committed to the city but has limited confidence in the council's leadership. Only 28% of respondents said that they had confidence in the decisions made by senior leaders.",
  "TABLE1",
  "Almost two-thirds of respondents, 63%, told us that their workload was not manageable. Staff in housing, planning and revenues and benefits were most likely to say so.",
  "Only 47% of respondents agreed that they could raise a concern without fear of the consequences, and 22% said they had seen or experienced bullying or harassment at work in the previous twelve months.",
  "The council's whistleblowing policy has not been reviewed since 2017. Of the 12 whistleblowing concerns logged in 2023/24, only 4 were investigated and concluded within the policy's target of 60 days.",
  "Councillors' responses to our survey were more positive about the council's culture than those of staff. Of the 38 councillors who responded, 21 described relationships between members and officers as good or very good, although opinion divided sharply along party lines.",
  "The council's sickness absence rate was 11.4 days per full-time equivalent employee in 2023/24, compared with 8.9 days in 2020/21.",
  "Staff spoke warmly of their immediate managers and colleagues. In focus groups many told us that they stayed because of their teams and their commitment to residents, not because of the organisation.",
  "We consider that the council needs a sustained programme of cultural change, led visibly by the Chief Executive and the Leader together. Without it, the improvements in process that we recommend elsewhere are unlikely to last.",
 ])]),
 ("Financial management", [(None, [
  "The council's net revenue budget for 2024/25 is £187.3 million. Like many councils, it faces rising demand for adult and children's social care and temporary accommodation, and inflation has added to its costs.",
 ]), ("Reserves", [
  "The council's general fund reserves fell from £18.4 million in March 2021 to £7.9 million in March 2024.^4 Earmarked reserves fell over the same period from £41.7 million to £22.5 million. The council has used reserves to balance its budget in each of the last three years.",
  "The Section 151 Officer's assessment of the adequacy of reserves for 2024/25 set a minimum prudent level of £10 million for the general fund. The council's general fund reserve is already below that level.",
  "At the current rate of use the council's reserves would be exhausted during 2026/27. Unless the council takes urgent action, it is likely to need to issue a section 114 notice within two years.",
 ]), ("Budget setting", [
  "The 2024/25 budget included savings of £9.8 million. By the end of the first quarter the council forecast that only £5.3 million of those savings would be delivered in the year, and many of the remainder lacked delivery plans.",
  "The medium-term financial strategy shows a cumulative budget gap of £31.2 million over the three years to 2027/28, including £11.6 million in 2025/26. At the time of our fieldwork the council had identified proposals to close less than a third of the 2025/26 gap.",
  "The Leader told us that the council's finances were under control and improving. We do not share that assessment, and we were concerned that members of Cabinet had not been given a clear picture of the risks.",
  "Budget monitoring reports to Cabinet have improved since the present Section 151 Officer took up post. However, they are still produced quarterly, they are not always consistent with the figures reported to the Audit and Governance Committee, and they do not show the position of the council's companies.",
  "The council's external auditor has not yet been able to give an opinion on the 2022/23 accounts. The delay is largely due to questions about the valuation of the council's loans to Penmarsh Harbour Developments Limited.",
 ]), ("Capital programme", [
  "The capital programme for 2024/25 is £96.4 million. Slippage has been persistent: in 2023/24 the council spent only 62% of its approved capital budget, and several schemes have been carried forward for three or more years.",
  "The council's borrowing has risen from £212 million in 2019 to £341 million in 2024, much of it to fund lending to its companies and the Harbourside regeneration scheme. Interest costs charged to the general fund have more than doubled over the same period.",
  "The council has not consistently considered whether its capital investments comply with the Prudential Code.^5 In particular, we found no evidence that the council tested whether the 2022 purchase of Quayside House, a commercial office building, was primarily for yield.",
  "The Penmarsh Connect digital transformation programme was approved in 2021 with a budget of £4.5 million. Its forecast cost is now £9.1 million, and it is more than two years behind schedule. The programme has not yet delivered the savings on which the 2023/24 and 2024/25 budgets relied.",
 ]), ("Financial capacity", [
  "The finance team has not been given the resources it needs to support a council with this level of financial risk. Fourteen of the 52 posts in the finance service were vacant in June 2024, and the team relied heavily on interim staff.",
  "We do not doubt the professionalism of the present Section 151 Officer, who has been candid with us about the scale of the challenge. But the Section 151 Officer cannot secure financial sustainability alone, and we found that the role had not always received the support of Cabinet when difficult advice was given.",
  "We consider that the council's financial position is serious and that it will not be resolved without external support. The council should prepare a credible plan to rebuild its reserves to at least the minimum prudent level by March 2027.",
 ])]),
 ("Penmarsh Harbour Developments and commercial activity", [(None, [
  "Penmarsh Harbour Developments Limited was established by the council in 2018 to deliver the regeneration of the Harbourside area, including new homes, a marina and commercial space. The council is its sole shareholder.",
  "Between 2019 and 2024 the council lent the company £46.5 million. The original business case, approved in 2018, anticipated lending of £20 million and a first return to the council in 2022. No return has yet been paid.",
  "The company's own accounts for 2023 recorded net liabilities of £8.7 million. The council's draft accounts for 2022/23 include an impairment of £12.3 million against the loans, although this figure remains under discussion with the external auditor.",
  "Business plans for the company were presented to Cabinet in 2020, 2022 and 2023. Each assumed a faster rate of housing sales than had been achieved, and none was independently reviewed before Cabinet relied on it to approve further lending.",
  "The council's shareholder arrangements were weak. Until 2023 the shareholder function was exercised by a single Cabinet member, advised by an officer who also sat on the company's board. We consider that this created a clear conflict of interest.",
  "We do not suggest that any member or officer acted dishonestly in relation to the Harbour Developments loans. But the council did not protect the public purse as it should have done, and members were repeatedly asked to approve further lending without the information they needed.",
  "The marina phase of the scheme was paused in March 2024 after costs rose by 40% above the approved budget. The council has not yet decided whether to proceed, sell the site or seek a partner.",
  "Some members argued that the Harbourside scheme had brought benefits to the city, including 164 new homes, of which 41 were affordable. We accept that the scheme has delivered homes, but the council has not assessed whether those benefits represent value for money.",
  "In 2023 the council established a Shareholder Committee. It has met four times and has begun to ask the right questions. It does not yet receive regular performance information from the company, and its terms of reference do not allow it to approve loans.",
  "The council also owns Penmarsh Trading Services Limited, which provides grounds maintenance and cleaning. We found that company to be reasonably well run, and it has returned a modest dividend to the council in each of the last three years.",
  "We recommend that the council commissions an independent review of Penmarsh Harbour Developments Limited, covering its financial viability, the options for its future and the recoverability of the council's loans.",
 ])]),
 ("Procurement and contract management", [(None, [
  "The council spends around £142 million a year with external suppliers. Its procurement team is small, with five posts, and has struggled to recruit.",
  "The use of waivers of the council's Contract Procedure Rules has grown rapidly. The council approved 212 waivers in 2023/24, compared with 71 in 2020/21.^6 The waivers approved in 2023/24 had a combined value of £14.8 million.",
  "Waivers are meant to be exceptional. We found that they were frequently used to extend contracts that had expired because re-procurement had not been planned in time, rather than for genuine urgency.",
  "The council's contracts register is incomplete. When we compared it with payments data we found 37 suppliers paid more than £100,000 in 2023/24 with no contract recorded on the register.",
  "We did not find evidence of fraud in the council's procurement. However, the weaknesses we found expose the council to the risk of fraud and to legal challenge, and they make it difficult for the council to show that it is securing value for money.",
  "The Procurement Act 2023 will introduce new obligations from 2025. The council has not yet prepared for its implementation, and only two officers had attended training on the new regime at the time of our fieldwork.",
  "Contract management is inconsistent. Some large contracts, including the highways maintenance contract, are managed well, with regular performance reports. Others have no named contract manager.",
  "The council's social value policy, adopted in 2021, is well regarded by local businesses, and the council has increased the share of its spending with suppliers based in Penmarsh from 24% to 31% over three years.",
  "We consider that procurement requires a thorough overhaul, including a new set of Contract Procedure Rules, a complete contracts register and a forward plan of procurements for the next three years.",
 ])]),
 ("Scrutiny", [(None, [
  "The council has a single Overview and Scrutiny Committee, supported by three task and finish panels. The committee met six times in 2023/24. Its chair is a member of the largest opposition group.",
  "Scrutiny has had little influence on the council's most important decisions. In 2023/24 the committee considered none of the 11 Cabinet decisions on Penmarsh Harbour Developments Limited before they were taken, and it called in only two decisions during the year.",
  "Members of all groups told us that scrutiny had become a place for political point-scoring rather than improvement. We observed meetings at which members spent more time disputing the agenda than examining the reports before them.",
  "It would be wrong to attribute these difficulties to the chair alone. The committee is supported by a single scrutiny officer, who also supports the Standards Committee, and the committee has not been given the resources it needs to carry out in-depth work.",
  "The task and finish panels have done some useful work. The panel on damp and mould in council housing, which reported in January 2024, made practical recommendations that Cabinet accepted in full.",
  "Cabinet members do not routinely attend scrutiny to answer questions, and officers told us that requests for information from scrutiny were sometimes refused or delayed on the instructions of portfolio holders.",
  "We were told that the scrutiny work programme is agreed by the chair and the Leader's office. We consider that this arrangement is unusual and that it has allowed items to be kept off the programme.",
  "The council should review its scrutiny arrangements with the help of an external body with expertise in scrutiny, and should make sure that scrutiny has proper access to information and to officers.",
 ])]),
 ("Housing services", [(None, [
  "The council owns and manages around 11,800 homes. Housing is the service about which residents and members raised the most concerns with us.",
  "At the end of June 2024 there were 2,637 outstanding responsive repairs, of which 318 related to damp and mould. The number of outstanding repairs has risen by more than half since March 2022.",
  "The average time taken to re-let an empty council home was 94 days in 2023/24, against the council's own target of 30 days. At any one time around 260 homes were empty.",
  "The council's tenant satisfaction survey for 2023/24 found that 58% of tenants were satisfied with the overall service, compared with 71% in 2021/22.",
  "In May 2024 the Regulator of Social Housing concluded that the council did not meet the consumer standards in relation to the safety and quality of homes.^7 The council has accepted that judgement and has an action plan in place.",
  "The number of households in temporary accommodation has nearly doubled, from 212 in March 2022 to 409 in March 2024, and the council's spending on temporary accommodation rose to £7.4 million in 2023/24.",
  "We met housing officers who are working hard in difficult conditions. Several told us that they had raised concerns about the repairs backlog with senior managers in 2022 but that no additional resources were provided until after the regulator's intervention.",
  "The Cabinet member for housing told us that the backlog was largely the result of national shortages of contractors. We accept that contractor shortages are a factor, but we do not consider that they explain the scale of the deterioration in Penmarsh.",
  "The council has recently approved an additional £3.2 million for repairs in 2024/25. This is a welcome step, but it has not yet reduced the backlog.",
 ])]),
 ("Capacity for improvement and conclusions", [(None, [
  "The council's Improvement and Recovery Plan, agreed in July 2024, contains 86 actions. We found that many of these actions repeated commitments made in the council's 2021 and 2022 improvement plans, which were not delivered.",
  "The plan is not costed, and responsibility for most actions rests with a small number of senior officers who are already stretched. The council has set aside £450,000 to support its delivery, which we consider insufficient.",
  "The Chief Executive has brought stability and a clearer sense of direction since February 2024. Members and officers spoke positively about the Chief Executive's openness, and we saw evidence that corporate management is becoming more disciplined.",
  "The Leader told us that the council could complete its improvement without outside help. We do not agree. The problems we have found are long-standing and interlinked, and the council's capacity to address them is limited.",
  "We have considered whether a lighter form of support, such as an improvement board or peer support alone, would be sufficient. We do not consider that it would, given the scale of the financial risk and the council's track record of not delivering its own plans.",
  "We therefore recommend that the Secretary of State appoints commissioners with powers over the council's financial management, its governance and its oversight of its companies, for a period of at least three years.^8",
  "Commissioners should work alongside the council's leadership rather than replace it. The aim of intervention should be to return full control to the council as soon as it can demonstrate that it is complying with its Best Value duty.",
  "We also recommend that the council is directed to prepare an improvement plan within six months, with clear milestones and costs, and to report progress to the Secretary of State every six months.",
  "We recognise that intervention will be unwelcome to many members. But we believe it offers the best prospect of putting the council on a sustainable footing and of protecting services for the residents of Penmarsh.",
  "We are grateful to the councillors, officers, partners and residents who contributed to this inspection. Our recommendations are set out in the next section.",
 ])]),
]

TABLE1_CAPTION = "Table 1: Staff survey, selected statements (1,214 respondents)"
TABLE1 = [["Statement", "Agree", "Neither", "Disagree"],
          ["I am proud to work for Penmarsh City Council", "74%", "15%", "11%"],
          ["I have confidence in the decisions made by senior leaders", "28%", "31%", "41%"],
          ["I can raise a concern without fear of the consequences", "47%", "20%", "33%"],
          ["My workload is manageable", "25%", "12%", "63%"],
          ["My manager supports my development", "66%", "18%", "16%"],
          ["The council is a better place to work than it was two years ago", "19%", "34%", "47%"]]

RECS = [
 "The Secretary of State should exercise the powers of intervention in section 15 of the Local Government Act 1999 and appoint commissioners to oversee the council's financial management, governance and oversight of its companies for a period of at least three years.",
 "The council should prepare, within six months, a costed improvement plan with clear milestones, agreed with the commissioners, and report progress every six months.",
 "The council should prepare a credible plan to rebuild its general fund reserve to at least the minimum prudent level of £10 million by March 2027, and should not use reserves to balance its budget except as part of that plan.",
 "The council should commission an independent review of Penmarsh Harbour Developments Limited, covering its financial viability, the options for its future and the recoverability of the council's loans, and should make no further loans to the company until the review is complete.",
 "The council should carry out a full review of its constitution, including the scheme of delegation and the arrangements for urgent decisions, and should adopt a revised constitution within twelve months.",
 "The council should strengthen its scrutiny arrangements with external support, and should ensure that the Overview and Scrutiny Committee has the officer support and access to information it needs.",
 "The council should replace its Contract Procedure Rules, complete its contracts register and reduce its reliance on waivers.",
 "The council should develop and deliver a programme of cultural change, led jointly by the Leader and the Chief Executive, including a review of its whistleblowing policy and a repeat of the staff survey within eighteen months.",
 "The council should reduce its reliance on interim staff in senior posts by making permanent appointments to the senior management team as a priority.",
]

ANNEX_TITLE = "Annex A: Terms of reference and methodology"
ANNEX = [
 "The Secretary of State directed the inspection on 14 May 2024 under section 10 of the Local Government Act 1999. The inspectors were asked to report by 30 November 2024.",
 "The inspection examined the council's compliance with the Best Value duty in relation to governance, leadership and culture, use of resources, commercial activity, procurement, scrutiny and housing services.",
 "The inspectors held 146 interviews and focus groups, observed 23 meetings of the council, Cabinet and committees, and reviewed more than 2,400 documents provided by the council and others.",
 "The staff survey ran from 17 June to 12 July 2024 and was open to all council employees. It received 1,214 responses, a response rate of 41%. The councillor survey received responses from 38 of the 57 councillors.",
]

ENDNOTES = {
 1: "Local Government Act 1999, Part 1, section 3.",
 2: "External auditor's statutory recommendations under Schedule 7 of the Local Audit and Accountability Act 2014, November 2023.",
 3: "The Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, regulations 9 to 11.",
 4: "Penmarsh City Council, draft Statement of Accounts 2023/24, note 12.",
 5: "CIPFA, The Prudential Code for Capital Finance in Local Authorities, 2021 edition.",
 6: "Figures supplied by the council's procurement team, August 2024.",
 7: "Regulator of Social Housing, regulatory judgement on Penmarsh City Council, May 2024.",
 8: "Local Government Act 1999, section 15(5) and (6).",
}

# Pull-quote boxes: (after paragraph number, sentence repeated from a nearby paragraph)
PULLQUOTES = [
 (5, "We do not consider that the council has the capacity to make the necessary improvements on its own within a reasonable timescale."),
 (22, "The repeated use of urgency provisions for decisions of that size and complexity is not, in our view, consistent with good governance."),
 (35, "The difficulty at Penmarsh is that disagreement has spilled into the council's management, and officers have been drawn into political disputes."),
 (51, "At the current rate of use the council's reserves would be exhausted during 2026/27."),
 (66, "Each assumed a faster rate of housing sales than had been achieved, and none was independently reviewed before Cabinet relied on it to approve further lending."),
 (80, "Waivers are meant to be exceptional."),
 (93, "The number of outstanding repairs has risen by more than half since March 2022."),
 (105, "Commissioners should work alongside the council's leadership rather than replace it."),
]

LETTER = {
 "date": "28 January 2025",
 "paras": [
  "I am writing to inform you that I have today published the report of the Best Value inspection of Penmarsh City Council, which I commissioned in May 2024. I would like to thank the inspection team for their thorough work, and the members and officers of the council who engaged with them.",
  "The report makes for sobering reading. The inspectors found that the council is failing to comply with its Best Value duty, with serious failures in governance, financial management and the oversight of Penmarsh Harbour Developments Limited. I am particularly concerned by the inspectors' conclusion that the council does not have the capacity to make the necessary improvements on its own.",
  "On 7 January 2025 I wrote to the council setting out my proposal to intervene and inviting representations. I have carefully considered the council's representations of 21 January 2025, including its view that an improvement board would be sufficient. I am not persuaded that it would.",
  "I am therefore satisfied that the council is failing to comply with its Best Value duty and that it is necessary and expedient to exercise my powers under section 15(5) and (6) of the Local Government Act 1999. I have today issued Directions to the council and appointed three commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.",
  "The commissioners will hold specified functions relating to the council's financial management, its governance and its oversight of its companies. The intervention will last until 31 January 2028, although I will keep it under review and will return powers to the council sooner if I am satisfied that it is appropriate to do so.",
  "The Directions require the council to prepare an improvement plan within six months, to the satisfaction of the commissioners, and to make no further loans to Penmarsh Harbour Developments Limited without the commissioners' agreement.",
  "The commissioners will report to me on the council's progress after six months and every six months thereafter. I expect the council to co-operate fully with them and to provide them with the officer support and accommodation they need.",
  "I want to be clear that this intervention is not a judgement on the dedicated staff who continue to deliver services to the people of Penmarsh. It is a judgement on the council's corporate arrangements, and the council's leadership must now take responsibility for putting them right.",
  "I am copying this letter to the Leader of the council, the leaders of the opposition groups, the council's statutory officers and the local Members of Parliament.",
 ]}


def clean(t):
    return re.sub(r"\^\d+", "", t)


def numbered():
    """Yield (number, chapter, heading, raw text) for numbered paragraphs, and the table."""
    n = 0
    for chapter, blocks in CHAPTERS:
        for heading, paras in blocks:
            for p in paras:
                if p == "TABLE1":
                    yield ("Table 1", chapter, heading, p)
                    continue
                n += 1
                yield (str(n), chapter, heading, p)


def table_text():
    return " ".join(c for row in TABLE1 for c in row)


def places():
    out = [{"label": "foreword", "kind": "foreword", "chapter": "Foreword", "heading": None,
            "page": None, "text": FOREWORD}]
    for label, chapter, heading, raw in numbered():
        if label == "Table 1":
            out.append({"label": "Table 1", "kind": "table", "chapter": chapter, "heading": heading,
                        "page": None, "text": table_text()})
        else:
            out.append({"label": label, "kind": "paragraph", "chapter": chapter, "heading": heading,
                        "page": None, "text": clean(raw)})
    for i, r in enumerate(RECS, 1):
        out.append({"label": f"R{i}", "kind": "recommendation", "chapter": "Recommendations",
                    "heading": None, "page": None, "text": r})
    for i, a in enumerate(ANNEX, 1):
        out.append({"label": f"A{i}", "kind": "annex", "chapter": ANNEX_TITLE, "heading": None,
                    "page": None, "text": a})
    return out


def write_json():
    report = {"title": TITLE, "kind": "report", "file": "report.pdf",
              "producer": "Chromium (headless print-to-pdf) from HTML with CSS counters",
              "numbering": "sequential", "page_offset": 0,
              "furniture": ["28/01/2025, 10:02", TITLE + " - GOV.UK",
                            "https://www.gov.uk/government/publications/best-value-inspection-of-penmarsh-city-council",
                            "N/M (page counter, e.g. 3/24)"],
              "places": places(),
              "footnotes": [{"number": k, "page": None, "text": v} for k, v in ENDNOTES.items()]}
    letter = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
              "producer": "Chromium (headless print-to-pdf) from HTML", "numbering": "unnumbered",
              "page_offset": 0, "furniture": ["OFFICIAL"],
              "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                          "page": None, "text": p} for i, p in enumerate(LETTER["paras"], 1)],
              "footnotes": []}
    return report, letter


if __name__ == "__main__":
    r, l = write_json()
    print(len([p for p in r["places"] if p["kind"] == "paragraph"]), "paragraphs")
