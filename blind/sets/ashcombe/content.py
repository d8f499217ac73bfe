# Content of the Ashcombe report and letter. Footnote calls are written {fn:N} in the text.
TITLE = "Best Value Inspection of the London Borough of Ashcombe"
DATE = "November 2024"

FOOTNOTES = {
    1: "Local Government Act 1999, section 10, as amended by the Local Audit and Accountability Act 2014.",
    2: "Ashcombe staff survey, June 2024, conducted by an external research agency on the council’s behalf. Base: 2,684 respondents.",
    3: "The London median is drawn from the same agency’s 2023/24 benchmarking of twelve London boroughs.",
    4: "The Constitution of the London Borough of Ashcombe, Part 4, Access to Information Procedure Rules, rule 15.",
    5: "Statement of Accounts 2023/24 (draft), Note 9, Usable Reserves.",
    6: "Medium Term Financial Strategy 2024/25 to 2027/28, reported to Cabinet on 11 July 2024.",
    7: "Contract Procedure Rules, rule 8.3 (waivers of competition).",
    8: "Figures supplied by the council’s Housing Needs service, position at 30 June 2024.",
    9: "Ofsted inspection of local authority children’s services, published March 2023.",
}

EXEC_SUMMARY = [
    "We were appointed by the Secretary of State in April 2024 to inspect the London Borough of Ashcombe’s compliance with its Best Value duty. Over eleven weeks we held 146 interviews and focus groups with more than 260 people, observed 19 council and committee meetings, and read over 3,000 documents.",
    "We have concluded that the council is failing to comply with its Best Value duty in respect of leadership, governance, culture, financial management and procurement. We have not reached that conclusion lightly.",
    "The council’s culture is characterised by a lack of trust between members and officers. In the council’s 2024 staff survey, only 47% of staff said that they felt able to raise concerns without fear of reprisal, compared with a London median of 68.4%.",
    "Decision-making is concentrated in a small group of Cabinet members and senior officers. We found 23 key decisions taken in 2023/24 without the notice required by the council’s own rules.",
    "The council’s financial position is fragile. The general fund reserve fell from £14.2 million in March 2021 to £6.1 million in March 2024, and adult social care overspent by £9.8 million in 2023/24.",
    "Procurement is weak. Over the last three years, 37% of contracts above £100,000 were awarded through waivers of competition rather than open tender.",
    "There are strengths on which to build. Children’s services are well led and front-line staff across the council are committed to residents. We do not consider, however, that the council has the capacity to make the necessary improvements on its own.",
    "We make nine recommendations. We recommend that the Secretary of State exercises his powers of intervention, including the appointment of commissioners, for a period of not less than three years.",
]

# chapters: (number, title, [ (heading or None, [paragraph texts]) , ("TABLE", n) ])
CHAPTERS = [
 (1, "Introduction and scope", [
  ("Our appointment", [
   "On 18 April 2024 the Secretary of State appointed us under section 10 of the Local Government Act 1999{fn:1} to carry out an inspection of the London Borough of Ashcombe’s compliance with the requirements of Part 1 of that Act.",
   "The inspection team comprised a Lead Inspector, a former chief executive of a London borough; an Assistant Inspector with a background in local government finance; and an Assistant Inspector with experience of governance and monitoring officer roles.",
   "Our terms of reference asked us to examine the council’s leadership, governance, culture, financial management, procurement and contract management, and its capacity to improve. We were not asked to examine the quality of individual services except where they bore on those matters.",
  ]),
  ("Our approach", [
   "We carried out fieldwork between 13 May and 26 July 2024. We held 146 interviews and focus groups with more than 260 people, including all ten Cabinet members, 31 other councillors, the Chief Executive, the statutory officers and staff at every grade.",
   "We observed 19 council and committee meetings, including two meetings of full council, and we read over 3,000 documents supplied by the council or obtained from public sources. We also held a drop-in session for residents, which 42 people attended.",
   "We are grateful to the members, officers, partners and residents who gave their time to the inspection. Many spoke to us candidly, and some did so at evident personal cost. Where we quote people we do so anonymously.",
   "The council’s own submission to the inspection stated that it had “a clear understanding of its challenges and a credible plan to address them”. We have tested that statement against the evidence throughout this report.",
   "This report sets out our findings by theme. Chapter 10 draws our conclusions together and sets out our recommendations to the Secretary of State.",
  ]),
 ]),
 (2, "The council and its context", [
  ("The borough", [
   "Ashcombe is an outer London borough with a population of approximately 318,000. It is one of the most diverse boroughs in England, and around a quarter of its children live in low-income households.",
   "The council has 54 councillors representing 18 wards. Following the May 2022 elections the ruling group holds 36 seats and the main opposition group 15, with three independent members.",
   "The council’s net revenue budget for 2024/25 is £298.4 million. It employs around 4,100 staff, excluding schools. Table 1 summarises the council’s budget by directorate.",
   ("TABLE", 1),
  ]),
  ("Recent history", [
   "The council has had four Chief Executives, two of them interim, since 2019. The current Chief Executive took up post in September 2023.",
   "In 2023 the council’s external auditor issued a statutory recommendation under Schedule 7 of the Local Audit and Accountability Act 2014 concerning the council’s arrangements for securing value for money in its housing repairs contract.",
   "The council commissioned a Local Government Association corporate peer challenge in late 2022. The peer team found that the council had “real ambition for its residents” but warned that its governance arrangements were “not yet fit for the scale of its capital programme”.",
   "Members told us that the peer challenge was not followed by an action plan. We found no evidence that its recommendations had been considered by Cabinet or by any scrutiny committee.",
  ]),
 ]),
 (3, "Organisational culture", [
  ("Trust between members and officers", [
   "The relationship between members and officers is the foundation on which good governance rests. At Ashcombe we found that relationship to be strained and, in places, broken.",
   "Many officers described a culture in which challenge is unwelcome. One officer told us that “the Cabinet runs the council by WhatsApp, and officers find out afterwards”. Several others gave us similar accounts, although we were not able to verify them.",
   "Senior officers told us that advice given in writing was sometimes not reflected in the reports that went to Cabinet. We saw two examples in which the legal implications section of a report had been shortened after the Monitoring Officer had signed it off.",
   "We do not suggest that any member has acted dishonestly. We do consider, however, that the blurring of the roles of members and officers has created an environment in which poor decisions are more likely to be made and less likely to be challenged.",
  ]),
  ("The staff survey", [
   "The council’s 2024 staff survey{fn:2} received 2,684 responses, a response rate of 41%. Its results, which are summarised in Table 2, are stark.",
   ("TABLE", 2),
   "Only 47% of staff said that they felt able to raise concerns without fear of reprisal, down from 61% in 2022 and well below the London median of 68.4%.{fn:3} Fewer than a third, 31%, said that they trusted senior leadership to act on the results of the survey.",
   "48% of staff respondents said that they did not have confidence in the decisions made by senior leaders. Staff rated the council as a place to work at an average of 5.9 out of ten, against 7.1 two years earlier.",
   "The results were not uniformly poor. 86% of staff said that they were proud of the work of their own team, and staff in children’s services gave consistently higher scores than those elsewhere in the council.",
  ]),
  ("Whistleblowing and complaints", [
   "The number of whistleblowing disclosures rose from 7 in 2021/22 to 19 in 2023/24. We were told that several staff had chosen to approach the external auditor directly rather than use the council’s own procedure.",
   "The council’s whistleblowing policy was last reviewed in 2017 and still names officers who have left the council. We found that it is not widely known among staff.",
   "Members’ complaints against officers are not handled through any formal procedure. We were told of four occasions on which senior officers had been asked to leave meetings by Cabinet members. We have not reached a view on the merits of those individual cases.",
  ]),
 ]),
 (4, "Leadership", [
  ("Political leadership", [
   "The Leader has led the ruling group since 2016 and the council since 2018. Members of all groups described the Leader as energetic and committed to the borough.",
   "The Leader told us that the council “has turned a corner” and that the problems identified by the peer challenge had been “largely resolved”. We have not found evidence to support that view.",
   "We do not suggest that the Leader acted improperly in relation to the Ferrier Wharf decision. We do consider that the decision was taken without adequate information and that the process did not meet the standards the council sets itself.",
   "The Cabinet meets formally once a month, but most business is settled at informal Cabinet briefings of which no record is kept. Officers told the inspectors that they were often asked to leave these briefings before decisions were discussed.",
  ]),
  ("Managerial leadership", [
   "The Chief Executive has brought welcome stability since September 2023 and is widely respected by staff. She has begun to rebuild the corporate leadership team, which had five interim members out of eight at the time of our fieldwork.",
   "The number of agency staff employed by the council rose from 212 in March 2021 to 634 in March 2024. Agency spend in 2023/24 was £41.7 million, of which £18.3 million was in adult social care.",
   "We found that the corporate leadership team does not yet operate as a team. Directors described meetings as “a series of bilateral conversations” and told us that cross-council issues were rarely discussed.",
   "The statutory officers have not been given the resources they need to discharge their roles. The Monitoring Officer has a team of three lawyers, against eight in comparable boroughs, and the Section 151 Officer post was held on an interim basis for fourteen months.",
  ]),
  ("Vision and priorities", [
   "The council’s Corporate Plan 2022-2026 sets out five priorities and 74 commitments. Few of the commitments are measurable, and we found no evidence that progress against them is reported to Cabinet.",
   "Members and officers alike struggled to tell us what the council’s priorities were. One director said: “everything is a priority, so nothing is”.",
  ]),
 ]),
 (5, "Governance and decision-making", [
  ("The constitution", [
   "The council’s constitution was last comprehensively reviewed in 2014. Parts of it refer to committees that no longer exist and to legislation that has since been repealed.",
   "We found that the council does not consistently follow its own procedure rules. In 2023/24, 23 key decisions were taken without the 28 days’ notice in the Forward Plan that the rules require.{fn:4} Eleven of those decisions related to housing contracts.",
   "In 16 of those 23 cases, the general exception or special urgency provisions were invoked. In only five of those cases was the reason for urgency recorded in the decision notice.",
  ]),
  ("Decision-making in practice", [
   "Reports to Cabinet often lack options appraisals, and the financial and legal implications sections are frequently brief. Of the 40 Cabinet reports we reviewed in detail, 26 did not set out any alternative options.",
   "The Ferrier Wharf regeneration scheme illustrates the weaknesses we found. The council committed £27.5 million to the acquisition of the site in February 2023 on the basis of a valuation that was more than a year old and a business case that had not been independently reviewed.",
   "The value of the site at March 2024 was assessed at £19.2 million. The council has therefore recognised an impairment of £8.3 million. We were told that further costs of up to £4 million may arise if the scheme does not proceed.",
   "The council’s own submission stated that its governance arrangements were “robust and regularly reviewed”. We do not consider that this description is supported by the evidence we have seen.",
  ]),
  ("Member conduct and standards", [
   "The Standards Committee met only twice in 2023/24 and considered no complaints in that period, although the Monitoring Officer received 37 complaints about members’ conduct.",
   "The register of members’ interests had not been updated by 14 of the 54 councillors within the last twelve months. We found one instance in which a member participated in a decision in which they had a declarable interest.",
   "Members’ training is voluntary, with the exception of training for planning and licensing committees. Attendance at the sessions on the code of conduct held in 2023 was 22 members out of 54.",
  ]),
 ]),
 (6, "Financial management", [
  ("Financial resilience", [
   "The council’s general fund reserve fell from £14.2 million in March 2021 to £6.1 million in March 2024.{fn:5} Earmarked reserves fell over the same period from £58.9 million to £31.4 million.",
   "The general fund reserve now represents around 2% of the net revenue budget, well below the 5% minimum set out in the council’s own reserves policy.",
   "We do not consider that the council is at immediate risk of issuing a section 114 notice, unless the overspend in adult social care continues at its current rate into 2025/26.",
   "Adult social care overspent by £9.8 million in 2023/24, and by £6.4 million in 2022/23. At the time of our fieldwork, the forecast overspend for 2024/25 was £11.2 million.",
  ]),
  ("Budget setting and monitoring", [
   "The 2024/25 budget relies on savings of £22.6 million, of which £9.1 million had been rated red or amber by the council’s own finance team at the time the budget was set.",
   "Budget monitoring reports are presented to Cabinet quarterly. We found that the forecasts in those reports have consistently understated the eventual overspend, in 2023/24 by £5.3 million at the third quarter.",
   "The Medium Term Financial Strategy{fn:6} identifies a cumulative budget gap of £61.5 million over the four years to 2027/28. The council has not yet set out how that gap will be closed.",
  ]),
  ("Capital programme and borrowing", [
   "The approved capital programme totals £412 million over five years. Slippage in 2023/24 was 38%, and several schemes have been carried forward for three or more years.",
   "Borrowing has nearly doubled, from £287 million in March 2019 to £561 million in March 2024. The cost of servicing that debt is forecast to reach £24.9 million in 2025/26.",
   "The council’s Treasury Management Strategy has not been reviewed by the Audit Committee since 2021. We recommend that it is reviewed as a matter of urgency.",
  ]),
  ("The finance function", [
   "The finance function has been weakened by turnover. Half of the council’s qualified accountant posts were vacant or filled by agency staff during our fieldwork.",
   "The 2022/23 accounts were signed off by the external auditor fourteen months after the statutory deadline. The draft 2023/24 accounts were published on time, which we welcome.",
   "Some members told us that the council’s financial difficulties are entirely the result of reductions in government funding. We accept that funding pressures are real, but we do not consider that they explain the weaknesses in financial management we describe in this chapter.",
  ]),
 ]),
 (7, "Scrutiny and audit", [
  ("Overview and scrutiny", [
   "The council has one Overview and Scrutiny Committee and three scrutiny panels. The council’s own submission stated that scrutiny is “robust and well-resourced”.",
   "We found that scrutiny has not been given the resources it needs to function effectively. It is supported by a single scrutiny officer, a post that was vacant for seven months in 2023.",
   "Of the 31 call-in requests made in the last three years, only two were accepted for consideration. Members of the opposition told us that scrutiny was “a rubber stamp”, although members of the ruling group disagreed.",
   "The chair of the Overview and Scrutiny Committee is a member of the ruling group. We do not suggest that this is in itself improper, but it is unusual in London and it has not helped the perception of scrutiny’s independence.",
   "We observed a well-prepared meeting of the Children’s Scrutiny Panel in June 2024, at which members asked searching questions. This shows what is possible when scrutiny is properly supported.",
  ]),
  ("Audit", [
   "The Audit Committee has no independent member, contrary to guidance issued by CIPFA in 2022. Six of its seven members have served on it for less than two years.",
   "The internal audit service gave a limited assurance opinion for 2023/24. Of 84 internal audit recommendations due for implementation in that year, 46 had not been implemented by the agreed date.",
   "The external auditor’s statutory recommendation concerning the housing repairs contract was considered by full council in October 2023, eight months after it was issued.",
  ]),
 ]),
 (8, "Procurement and contract management", [
  ("Procurement", [
   "Over the last three years the council let 214 contracts with a value above £100,000. Of these, 37% were awarded through waivers of competition{fn:7} rather than open tender.",
   "The most common reason given for a waiver was urgency. In many cases the urgency arose from the council’s own failure to plan for the expiry of an existing contract.",
   "The council’s procurement team has a complement of 11 posts, of which four were vacant at the time of our fieldwork. We found that the team has limited influence over procurement undertaken by directorates.",
  ]),
  ("Contract management", [
   "The council’s contract register had 1,212 entries in June 2024, of which 318 had no recorded end date and 96 had no named contract manager.",
   "The housing repairs contract, worth £31 million a year, was extended twice without a procurement exercise. Performance against its key indicators was reported to Cabinet only once in 2023/24.",
   "We found no evidence of fraud. We do consider, however, that the weaknesses in procurement and contract management expose the council to significant financial and legal risk.",
   "Some officers told us that procurement rules were “an obstacle to getting things done”. We do not share that view: the rules exist to secure value for money and to protect the council.",
  ]),
 ]),
 (9, "Services, partnerships and capacity to improve", [
  ("Housing", [
   "At 30 June 2024 there were 4,930 households in temporary accommodation, an increase of 62% since March 2021.{fn:8} The net cost of temporary accommodation to the general fund was £38.6 million in 2023/24.",
   "Around 1,150 of those households were in accommodation outside the borough. The council has no current strategy for reducing its reliance on nightly-paid accommodation.",
   "The Regulator of Social Housing found in 2024 that the council had failed to meet the consumer standards. Around 2,600 of the council’s homes did not have a valid electrical safety certificate at the time of that finding.",
   "Tenants told us that repairs were slow and that complaints went unanswered. Housing complaints escalated to the second stage rose by 71% between 2021/22 and 2023/24.",
  ]),
  ("Adult social care", [
   "Demand for adult social care has risen faster than the council planned for. The number of people receiving long-term support rose from 3,420 in 2021/22 to 3,980 in 2023/24.",
   "The service has made progress in reducing waiting lists for assessment, from 1,104 people in April 2023 to 612 in June 2024. We welcome that progress, which staff attributed to the current Director of Adult Social Services.",
   "The service’s savings plans have not been delivered. Of £7.4 million of savings planned in 2023/24, £2.9 million was achieved.",
  ]),
  ("Children’s services", [
   "Children’s services were judged Good by Ofsted in 2023,{fn:9} an improvement on the Requires Improvement judgement of 2019. We saw evidence of strong practice and stable leadership.",
   "The Director of Children’s Services told us that the improvement was built on a deliberate investment in permanent social workers. The proportion of agency social workers fell from 34% to 12% over four years.",
   "The high needs block of the dedicated schools grant carries a cumulative deficit of £27.3 million. The council is a participant in the Department for Education’s Safety Valve programme.",
  ]),
  ("Partnerships", [
   "Partners spoke positively about the council’s community safety partnership and its work with the voluntary sector during the pandemic.",
   "Several partners told us that the council was difficult to work with at a strategic level. The chief executive of one health partner said that the council “does not always know what it wants from us”.",
   "The council’s relationship with the local NHS has improved over the last year. The joint discharge team established in 2023 has reduced delayed discharges from the local hospital by 22%.",
   "We found that the council’s partnerships with housing associations are underdeveloped. Only three of the twelve housing associations with stock in the borough attend the council’s housing partnership board.",
  ]),
  ("Capacity to improve", [
   "The council has produced an improvement plan in response to our emerging findings. We welcome that response, but the plan contains 146 actions and no assessment of the resources needed to deliver them.",
   "We do not consider that the council has the capacity to deliver the improvements required without external support. Its corporate leadership team is incomplete, its finance function is stretched and its political leadership does not yet accept the scale of the problems.",
   "Members of all groups told us that they wanted the council to improve. We found a strong commitment to the borough among councillors, and we believe that commitment can be harnessed.",
   "Front-line staff across the council are committed to residents, often working in difficult circumstances. The improvements we recommend should be built on their commitment and experience.",
   "The council has some of the building blocks of improvement in place: a new Chief Executive, a children’s service that has shown what sustained improvement looks like, and an Audit Committee chair who is determined to strengthen the committee’s role.",
   "We recognise that the council faces pressures common to many London boroughs, in particular the cost of temporary accommodation and the rising demand for adult social care. Those pressures make the weaknesses we have found more, not less, urgent to address.",
   "In our view the improvement required will take at least three years. We consider that the first year should concentrate on governance, financial management and the rebuilding of trust between members and officers.",
   "We have considered whether the council could be supported to improve through a voluntary arrangement with the Local Government Association. We do not consider that such an arrangement would be sufficient, given the scale of the weaknesses we have found and the council’s limited acceptance of them.",
   "We have shared our findings with the Leader and the Chief Executive. The Chief Executive told us that she accepted the findings and would welcome external support. The Leader told us that he accepted some of our findings but considered others to be “unbalanced”.",
  ]),
 ]),
 (10, "Conclusions and recommendations", [
  ("Conclusions", [
   "We have concluded that the London Borough of Ashcombe is failing to comply with its Best Value duty in respect of leadership, governance, culture, financial management, and procurement and contract management.",
   "We do not consider that the council is failing in respect of children’s services, where we found a service that is well led and improving.",
   "We recommend that the Secretary of State exercises his powers of intervention under section 15 of the Local Government Act 1999. We make the following recommendations.",
  ]),
  ("RECS", [
   "The Secretary of State should appoint commissioners for a period of not less than three years, with powers over governance, finance, procurement and the appointment of statutory officers.",
   "The council should prepare, within six months, an improvement and recovery plan agreed with the commissioners, setting out measurable targets and the resources needed to achieve them.",
   "The council should undertake a comprehensive review of its constitution, including its procedure rules and scheme of delegation, within twelve months.",
   "The council should develop and implement a programme to rebuild trust between members and officers, including a protocol on member-officer relations that is enforced by the Standards Committee.",
   "The council should review its reserves policy and set out a credible plan to restore the general fund reserve to at least 5% of the net revenue budget by March 2027.",
   "The council should commission an independent review of the Ferrier Wharf regeneration scheme and report its findings to full council.",
   "The council should strengthen its scrutiny function, including by providing dedicated officer support and considering the appointment of an opposition chair of the Overview and Scrutiny Committee.",
   "The council should appoint at least one independent member to its Audit Committee and ensure that outstanding internal audit recommendations are implemented.",
   "The council should overhaul its procurement and contract management arrangements, reduce its reliance on waivers and ensure that every contract above £100,000 has a named contract manager.",
  ]),
 ]),
]

TABLE1 = {
 "caption": "Table 1: Net revenue budget by directorate, 2024/25",
 "rows": [
  ["Directorate", "Budget 2024/25 (£m)", "Outturn variance 2023/24 (£m)"],
  ["Adult Social Care and Health", "112.6", "9.8"],
  ["Children and Families", "78.3", "1.2"],
  ["Housing and Regeneration", "41.9", "4.6"],
  ["Environment and Neighbourhoods", "36.2", "0.7"],
  ["Resources and Corporate", "29.4", "-1.1"],
  ["Total", "298.4", "15.2"],
 ],
}

TABLE2 = {
 "caption": "Table 2: Staff survey results, 2022 and 2024 (% agreeing unless stated)",
 "rows": [
  ["Statement", "2022", "2024", "Change", "London median"],
  ["I am proud of the work of my team", "88%", "86%", "-2", "84.0%"],
  ["I understand the council’s priorities", "64%", "49%", "-15", "71.2%"],
  ["I feel able to raise concerns without fear of reprisal", "61%", "47%", "-14", "68.4%"],
  ["I trust senior leadership to act on survey results", "44%", "31%", "-13", "52.6%"],
  ["I have confidence in the decisions made by senior leaders", "58%", "52%", "-6", "63.1%"],
  ["I know how to report a concern about wrongdoing", "72%", "58%", "-14", "79.5%"],
  ["My manager treats me with respect", "83%", "81%", "-2", "85.3%"],
  ["I have the tools I need to do my job", "59%", "54%", "-5", "66.8%"],
  ["My workload is manageable", "51%", "42%", "-9", "55.7%"],
  ["I feel valued for the work I do", "55%", "44%", "-11", "61.9%"],
  ["Change is well managed in the council", "33%", "21%", "-12", "40.4%"],
  ["Members and officers work well together", "39%", "26%", "-13", "48.2%"],
  ["I would recommend the council as an employer", "52%", "37%", "-15", "58.6%"],
  ["I intend to be working here in two years", "66%", "55%", "-11", "67.3%"],
  ["I have had an appraisal in the last 12 months", "70%", "62%", "-8", "81.0%"],
  ["Bullying and harassment are not tolerated here", "68%", "57%", "-11", "74.4%"],
  ["My team has enough staff to do its work", "38%", "29%", "-9", "45.5%"],
  ["Communication from senior leaders is open and honest", "47%", "35%", "-12", "56.0%"],
  ["I receive the training I need", "62%", "56%", "-6", "64.8%"],
  ["I can balance my work and home life", "69%", "63%", "-6", "70.2%"],
  ["Decisions are explained to staff", "41%", "30%", "-11", "50.7%"],
  ["Place to work, average score out of 10", "7.1", "5.9", "-1.2", "7.4"],
  ["Wellbeing, average score out of 10", "6.8", "6.1", "-0.7", "7.0"],
  ["Job satisfaction, average score out of 10", "7.3", "6.7", "-0.6", "8.4"],
 ],
}

LETTER_DATE = "14 November 2024"
LETTER = {
 "from": ["Rt Hon Secretary of State", "Ministry of Housing, Communities and Local Government", "2 Marsham Street", "London SW1P 4DF"],
 "to": ["The Chief Executive", "London Borough of Ashcombe", "Civic Centre", "Ashcombe High Street", "London"],
 "salutation": "Dear Chief Executive,",
 "subject": "BEST VALUE INSPECTION OF THE LONDON BOROUGH OF ASHCOMBE: PROPOSED INTERVENTION",
 "paras": [
  "I am writing to inform you that I have today published the report of the Best Value inspection of the London Borough of Ashcombe, which I received on 4 November 2024. I am grateful to the inspectors for their thorough work, and to the members and officers of the council who engaged with the inspection.",
  "The report is deeply concerning. The inspectors have concluded that the council is failing to comply with its Best Value duty in respect of leadership, governance, culture, financial management, and procurement and contract management. I accept their findings in full.",
  "I am particularly troubled by the inspectors’ account of the breakdown of trust between members and officers, and by the council’s weakened financial position. The fall in the general fund reserve to £6.1 million leaves the council with little resilience against the pressures it faces.",
  "I am therefore minded to exercise my powers of intervention under section 15 of the Local Government Act 1999. I propose to appoint three commissioners, a Lead Commissioner, a Finance Commissioner and a Governance Commissioner, for a period of three years, until 30 November 2027.",
  "I propose to issue Directions requiring the council to prepare an improvement and recovery plan to the satisfaction of the commissioners within six months, and transferring to the commissioners functions relating to governance, finance, procurement and the appointment of statutory officers.",
  "I recognise the commitment of the council’s new Chief Executive and the strength of its children’s services, which the inspectors rightly highlight. These proposals are not a judgement on the council’s front-line staff.",
  "I invite the council to make any representations on these proposals by 5 December 2024. I will consider any representations carefully before reaching a final decision. The commissioners will report to me on the council’s progress every six months.",
  "I am copying this letter to the Leader of the council, the leaders of the other political groups, the council’s external auditor and the Members of Parliament for the borough.",
 ],
 "signoff": "Yours sincerely,",
 "signer": ["Rt Hon Secretary of State", "Secretary of State for Housing, Communities and Local Government"],
}

ANNEX = ("Annex A", "Methodology", [
  "Our fieldwork took place between 13 May and 26 July 2024. We spent 34 days on site at the Civic Centre and in other council buildings.",
  "We interviewed all ten Cabinet members, the leaders of the opposition group and of the independent members, the Chief Executive, all eight members of the corporate leadership team and the three statutory officers.",
  "We held 22 focus groups with staff, chosen at random from each directorate and grade. Staff were also able to contact us in confidence through a dedicated email address, which received 57 messages.",
  "We met representatives of the council’s external auditor, the Metropolitan Police, the local NHS integrated care board, two housing associations, the voluntary sector council and the borough’s trade unions.",
  "We reviewed the council’s constitution, its Corporate Plan, its Medium Term Financial Strategy, its statements of accounts for 2020/21 to 2023/24, the minutes of council, Cabinet and committee meetings since May 2022, and the 40 Cabinet reports referred to in Chapter 5.",
])
