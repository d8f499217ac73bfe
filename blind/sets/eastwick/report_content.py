# -*- coding: utf-8 -*-
"""The words of the Eastwick Best Value inspection report, as data.

build.py turns this into report.xml (DocBook 4.5), report.fo (docbook-xsl), report.pdf (FOP)
and report.json (every numbered place with the page it starts on).

A paragraph may carry footnotes written {fn:...}; they are footnote calls in the rendering and
are left out of the place's text.  ("TABLE", n) in a section's list places a table there.
"""

TITLE = "Best Value Inspection of Eastwick City Council"
SUBTITLE = "Report of the inspection team to the Secretary of State"
DATE = "February 2025"

FOREWORD = [
    "This report sets out what we found when we inspected Eastwick City Council between September "
    "and November 2024. It is not a comfortable read, and it was not a comfortable inspection for "
    "the council. We have tried to be fair: to record what is working as well as what is not, and "
    "to distinguish between the views people gave us and the conclusions we have drawn from the "
    "evidence.",
    "We are grateful to the many members, officers, partners and residents who gave their time "
    "to the inspection. Many of them spoke to us candidly and at some personal cost. The council's "
    "staff deserve better than the governance they have been working under, and we hope that this "
    "report helps the council to provide it.",
]

CHAPTERS = [
 ("Executive summary", [
  ("Overview", [
   "This report sets out the findings of the Best Value inspection of Eastwick City Council which "
   "the Secretary of State commissioned on 3 June 2024 under section 10 of the Local Government Act "
   "1999. Our fieldwork took place between 9 September and 22 November 2024.",
   "We found a council that is failing to comply with its Best Value duty. The failings are not "
   "confined to a single service. They lie in the way the council is governed, in the way decisions "
   "are taken and recorded, and in a financial position that members have not been willing to "
   "confront.",
   "The council's general fund reserve fell from £21.4 million in March 2020 to £7.9 million in "
   "March 2024. On the council's own forecast it will be exhausted during 2026/27 unless the council "
   "takes decisive action to close a budget gap of £31.2 million over the period to 2027/28.",
   "We heard repeatedly that the real decisions are taken before they reach a formal meeting. We do "
   "not suggest that any member or officer has acted for personal gain. But the council has come to "
   "rely on urgency procedures to a degree that we have not seen elsewhere: 41 of the 143 key "
   "decisions taken in 2023/24 were taken as urgent decisions.",
   "Staff told us that they are proud to work for the council and committed to its residents. That "
   "commitment is an asset, and it is one the council risks losing. Fewer than four in ten staff who "
   "responded to our survey agreed that senior leaders communicate openly with them.",
  ]),
  ("Our conclusions", [
   "We conclude that the council is not meeting its Best Value duty in relation to governance, "
   "leadership and culture, and use of resources. We have found some good practice in services, "
   "notably in adult social care and waste collection, and we do not wish to overlook it.",
   "We do not consider that the council has the capacity to make the improvements required within a "
   "reasonable timescale on its own. The pace of change since the external auditor issued statutory "
   "recommendations in February 2024 has been too slow.",
   "We therefore recommend that the Secretary of State considers exercising powers of intervention, "
   "including the appointment of commissioners with functions in relation to governance, finance and "
   "the appointment of senior officers.",
   "Our nine recommendations to the council are set out in Chapter 10. They are addressed to the "
   "council as a whole and not only to its leadership.",
  ]),
 ]),
 ("Introduction and methodology", [
  ("Background to the inspection", [
   "Eastwick City Council is a unitary authority serving a population of approximately 214,000 in "
   "the East Midlands. It has 51 councillors representing 17 wards. Since May 2019 the council has "
   "been led by the Eastwick Independents group, which currently holds 27 seats.",
   "In February 2024 the council's external auditor issued statutory recommendations under section "
   "24 of the Local Audit and Accountability Act 2014. These concerned the council's oversight of its "
   "wholly owned company, Eastwick Energy Services Limited (EESL), and the sustainability of its "
   "medium-term financial strategy.{fn:The external auditor's statutory recommendations were "
   "considered by full council on 21 March 2024.}",
   "The council's response to the statutory recommendations was considered by full council in March "
   "2024. The Secretary of State was not satisfied that the response addressed the auditor's concerns "
   "and, on 3 June 2024, appointed us to carry out an inspection.",
   "Our terms of reference required us to inspect the council's compliance with the Best Value duty "
   "in respect of governance, leadership, culture, use of resources, scrutiny and procurement, and to "
   "report on whether the council has the capacity to improve.",
  ]),
  ("Methodology", [
   "The inspection team comprised a lead inspector and two assistant inspectors, supported by a "
   "finance adviser. We were given full access to council papers, systems and staff, and we are "
   "grateful for the cooperation we received.",
   "We held 84 interviews and focus groups with members, officers and partners, observed 19 council "
   "and committee meetings, and reviewed over 2,600 documents. A summary of our evidence base is at "
   "Appendix A.",
   "We conducted a survey of all council staff, to which 1,146 staff responded, a response rate of "
   "31%. We also surveyed all 51 councillors, of whom 38 responded. The main results of the staff "
   "survey are set out in Table 1 and discussed in Chapter 4.",
   "Where we quote members and officers in this report we do so without attribution. A quotation "
   "reflects the view of the person who gave it, and we have indicated where we do not share that "
   "view.",
  ]),
  ("The council's own assessment", [
   "The council provided us with a written submission in September 2024. It stated that the council "
   "had \u201ca clear and stable financial plan\u201d and that scrutiny arrangements were \u201crobust "
   "and well resourced\u201d. We have not found evidence to support either statement.",
   "The submission also acknowledged that the relationship between members and officers had been "
   "\u201cstrained at times\u201d and described an improvement plan agreed by Cabinet in July 2024. We "
   "welcome that acknowledgement.",
   "The improvement plan contains 68 actions. By the end of our fieldwork 14 had been completed. Many "
   "of the remaining actions have no named owner and no date for completion.",
  ]),
 ]),
 ("Governance and decision-making", [
  ("The constitution", [
   "The council's constitution was last fully reviewed in 2016. Parts of it no longer reflect how the "
   "council operates, and we found officers and members who were unsure which version of the scheme "
   "of delegation was in force.",
   "The Monitoring Officer told us that proposed revisions had been drafted in 2022 but had not been "
   "taken to the Constitution Working Group, which has not met since November 2022.",
   "We do not consider that the constitution is in itself the cause of the council's difficulties. "
   "But a constitution that is out of date and poorly understood makes it easier for poor practice "
   "to go unchallenged.",
  ]),
  ("Executive decision-making", [
   "In 2023/24 the Cabinet and individual Cabinet members took 143 key decisions. Of these, 41 were "
   "taken under the council's urgency procedure, which allows a decision to be taken without the "
   "usual 28 days' notice and exempts it from call-in. In 2021/22 the figure was 12.",
   "Eleven of the 41 urgent decisions in 2023/24 related to EESL, including two decisions to extend "
   "the council's loan facility to the company by a total of £6.5 million.",
   "We accept that some decisions are genuinely urgent. The Leader told us that the use of urgency "
   "reflected \u201cthe speed at which the energy market moves\u201d. We do not accept that explanation "
   "for decisions which, on the evidence of the council's own forward plan, had been foreseen for "
   "several months.",
   "Reports to Cabinet frequently lacked the information a decision-maker needs. In a sample of 30 "
   "Cabinet reports we reviewed, 17 did not set out the options considered and rejected, and 9 did not "
   "include comments from the Section 151 Officer.",
   "One officer told us that \u201cthe real decisions are made in the group room, not the committee "
   "room\u201d. We heard similar views from members of all groups. We do not suggest that pre-meeting "
   "discussion within a political group is improper in itself; it is a normal part of local "
   "democracy.",
  ]),
  ("Member and officer relationships", [
   "Relationships between senior members and senior officers have deteriorated. The council has had "
   "four chief executives, two of them interim, since 2019, and three Section 151 Officers since "
   "2021.",
   "Several officers described being asked by Cabinet members to change the wording of reports. One "
   "told us that a recommendation had been removed from a report \u201cbecause the portfolio holder "
   "did not like it\u201d. We were not able to verify that account, but we heard enough similar "
   "accounts to be concerned.",
   "Of the 38 councillors who responded to our survey, 21 said they had witnessed behaviour by "
   "members towards officers that they considered inappropriate.",
   "The Leader told us that relationships with officers were \u201cbetter than they have ever "
   "been\u201d. That is not the view of most of the officers we spoke to.",
  ]),
 ]),
 ("Leadership and culture", [
  ("Political leadership", [
   "The Leader and Cabinet have a clear ambition for the city, set out in the Eastwick 2030 plan, and "
   "we found members who are committed to their communities. We do not doubt the sincerity of that "
   "ambition.",
   "However, ambition has not been matched by grip. The Cabinet has not, in our view, accepted the "
   "seriousness of the council's financial position. Cabinet members repeatedly described the "
   "position to us as \u201cchallenging but manageable\u201d.",
   "Opposition members told us they were routinely excluded from information. We found that requests "
   "from opposition members for information about EESL were refused on 14 occasions in 2023/24 on "
   "grounds of commercial confidentiality.",
   "We do not consider that the Leader has sought to mislead council. But the information given to "
   "full council about EESL has been incomplete, and on at least two occasions it was later shown to "
   "be inaccurate.",
  ]),
  ("Staff experience", [
   "Our staff survey received 1,146 responses. The results, set out in Table 1, are striking. While "
   "61% of respondents said they were proud to work for the council, only 38% agreed that senior "
   "leaders communicate openly with staff.",
   "Just under half of respondents (47%) said they would not feel safe raising a concern about "
   "wrongdoing. Among staff in the Resources directorate the figure was 58%.",
   "22% of respondents said that they had experienced bullying or harassment at work in the previous "
   "12 months. Of those, fewer than one in three said they had reported it.",
   ("TABLE", 1),
   "Staff in front-line services were more positive than those in corporate functions. Staff in waste "
   "and street services told us about good local management and clear priorities, and this is "
   "reflected in their survey responses.",
  ]),
  ("Whistleblowing", [
   "The council received 23 whistleblowing disclosures between April 2021 and March 2024. We reviewed "
   "all of them. In 9 cases we could find no record of what action had been taken.",
   "The whistleblowing policy names the Chief Executive as the officer to whom disclosures should be "
   "made. Given the turnover in that post, some staff told us they did not know who to contact.",
   "We do not suggest that disclosures were deliberately suppressed. We found no evidence of that. "
   "The failings we found are failings of process and of record-keeping.",
  ]),
 ]),
 ("Financial management", [
  ("The revenue budget", [
   "The council's net revenue budget for 2024/25 is £248.3 million. In 2023/24 the council overspent "
   "its budget by £11.6 million, of which £6.8 million was in children's social care and £2.9 million "
   "in temporary accommodation.",
   "The medium-term financial strategy approved in February 2024 identifies a cumulative budget gap "
   "of £31.2 million over the three years to 2027/28. Savings plans have been identified for £12.4 "
   "million of this, leaving £18.8 million without a plan.",
   "The council has balanced its budget in each of the last four years by drawing on reserves. It has "
   "not delivered the savings it planned: of £17.5 million of savings approved between 2021/22 and "
   "2023/24, £9.1 million was delivered, a little over half.",
   "The Leader told us that the council's financial position was \u201cstable and well "
   "understood\u201d. We do not share that view. We do not consider that the scale of the gap is "
   "understood by members generally, and budget reports to full council have not made it clear.",
  ]),
  ("Reserves", [
   "The general fund reserve fell from £21.4 million at 31 March 2020 to £7.9 million at 31 March "
   "2024. Over the same period earmarked reserves fell from £64.0 million to £29.5 million. Table 2 "
   "sets out the council's budget and outturn by service for 2023/24.",
   "At £7.9 million, the general fund reserve is equivalent to 3.2% of the net revenue budget. The "
   "Section 151 Officer's own assessment, in the 2024/25 budget report, is that the minimum prudent "
   "level is £12.0 million.{fn:Report of the Section 151 Officer on the robustness of estimates and "
   "adequacy of reserves, Council, 22 February 2024.}",
   "Unless the council closes the gap identified in its medium-term financial strategy, the general "
   "fund reserve will be exhausted during 2026/27. At that point the Section 151 Officer would have no "
   "option but to consider issuing a report under section 114 of the Local Government Finance Act "
   "1988.",
   ("TABLE", 2),
  ]),
  ("Capital programme and borrowing", [
   "The council's capital financing requirement rose from £412 million in 2019/20 to £689 million in "
   "2023/24. Much of this increase relates to the commercial property portfolio and to loans to "
   "EESL.",
   "Between 2018 and 2021 the council acquired eleven commercial properties for a total of £142.5 "
   "million, financed entirely by borrowing. The most recent valuation of the portfolio, at 31 March "
   "2024, was £97.8 million.",
   "Net income from the portfolio was £2.1 million in 2023/24, against £5.6 million forecast in the "
   "business cases. Three of the eleven properties are wholly or partly vacant.{fn:Two office "
   "buildings in the city centre and a retail unit at Trent Gate.}",
   "We do not suggest that every acquisition was unwise when it was made. But the council did not have "
   "the expertise to manage a portfolio of this size, and it has not reviewed the strategy since "
   "2021.",
  ]),
  ("Eastwick Energy Services Limited", [
   "EESL was established in 2019 to supply energy to residents and to develop solar generation on "
   "council land. The council has lent the company £23.4 million and holds all of its shares.",
   "EESL reported a loss of £4.7 million in the year to 31 December 2023, its fourth consecutive "
   "annual loss. Its accounts for that year were filed with an emphasis of matter on going "
   "concern.",
   "The council's shareholder committee met three times in 2023/24. Its minutes do not record any "
   "challenge to the company's business plan. Members of the committee told us they had not been "
   "given the information they needed to challenge it.",
   "One senior officer told us that EESL \u201cwill turn a corner next year\u201d. We note that the "
   "same assurance has been given in each annual business plan since 2021.",
   "We consider that the council's exposure to EESL, including loans, guarantees and accrued "
   "interest, is in the region of £27 million. The council has not made provision for any part of "
   "that sum.",
  ]),
 ]),
 ("Scrutiny and audit", [
  ("Overview and scrutiny", [
   "The council has an Overview and Scrutiny Management Board and four scrutiny committees. In "
   "2023/24 the Board met six times against ten scheduled meetings. Two meetings were cancelled for "
   "lack of business and two because they were inquorate.",
   "Scrutiny has not been given the resources it needs. The council employs 1.6 full-time equivalent "
   "scrutiny officers to support five committees, and members told us that they rely on the goodwill "
   "of report authors to obtain information.",
   "Only two Cabinet decisions were called in during 2023/24. Neither call-in resulted in the "
   "decision being changed. Given the number of decisions exempt from call-in under the urgency "
   "procedure, we do not find the low number of call-ins reassuring.",
   "We observed scrutiny meetings at which members asked searching questions and received full "
   "answers. The chair of the Board told us that scrutiny \u201chas teeth when it is allowed to use "
   "them\u201d. We agree that the capacity is there.",
   "Scrutiny's work programme is largely made up of items brought by officers. We found no scrutiny "
   "review of EESL, of the commercial property portfolio or of the medium-term financial strategy in "
   "the last three years.",
  ]),
  ("Audit and governance", [
   "The Audit and Governance Committee has had an independent member since 2023, which we welcome. "
   "However, the committee's minutes show that internal audit reports rated \u201climited "
   "assurance\u201d were noted without discussion on 7 occasions in 2023/24.",
   "Internal audit completed 61% of its planned audit days in 2023/24. The Head of Internal Audit's "
   "annual opinion was \u201climited assurance\u201d for the second year running.",
   "The council's 2022/23 accounts were not signed until October 2024, and the 2023/24 accounts "
   "remain unaudited. We do not attribute this delay to the council alone; delays in local audit have "
   "been widespread. But it has meant that members have been taking decisions without audited "
   "figures.{fn:The backstop date for the 2023/24 accounts is 28 February 2025.}",
  ]),
 ]),
 ("Procurement and contract management", [
  ("Procurement", [
   "The council spent £186 million with third-party suppliers in 2023/24. Its contract procedure "
   "rules require competition for contracts above £100,000 unless a waiver is approved.",
   "Of 173 contracts above £100,000 let in 2023/24, 64 were let under a waiver, 37% of the total. The "
   "equivalent figure in 2020/21 was 15%.",
   "Waivers are approved by the director of the service letting the contract. We found no evidence "
   "that the Section 151 Officer or the Monitoring Officer reviewed waivers, and no report on their "
   "use had been made to members since 2021.",
   "We do not suggest that any of the contracts we reviewed was improperly awarded. But a waiver rate "
   "at this level means that the council cannot show that it has secured value for money.",
  ]),
  ("Contract management", [
   "The council's contract register is incomplete. We identified 212 contracts in payment that were "
   "not on the register, with an annual value of £14.8 million.",
   "The council's largest contract, for highways maintenance, is worth £11.2 million a year. It was "
   "extended in 2023 for a further five years without a formal review of performance.",
   "Procurement staff told us that they are not consulted until a service has already chosen its "
   "supplier. The central procurement team has seven posts, of which three were vacant during our "
   "fieldwork.",
  ]),
 ]),
 ("Services to residents", [
  ("Housing", [
   "At the end of March 2024, 1,420 households were living in temporary accommodation arranged by the "
   "council, compared with 640 in March 2020. The council spent £9.3 million on temporary "
   "accommodation in 2023/24.",
   "We recognise that the pressures on housing are national and not unique to Eastwick. But the "
   "council's homelessness strategy expired in 2022 and has not been replaced.",
   "Of the council's 12,900 homes, 9% did not meet the Decent Homes Standard at 31 March 2024. The "
   "council does not have a reliable record of the condition of its stock; the last full stock "
   "condition survey was carried out in 2017.",
  ]),
  ("Adult social care", [
   "We found adult social care to be well led, with a stable management team and a clear "
   "understanding of demand. It delivered its budget with a small underspend in 2023/24.",
   "Partners in the health service spoke highly of joint working on hospital discharge, which they "
   "described as \u201cthe best it has been for a decade\u201d.",
  ]),
  ("Children's services", [
   "Children's social care overspent by £6.8 million in 2023/24, largely because of the cost of "
   "residential placements. The number of children in care rose from 388 in March 2021 to 452 in "
   "March 2024.",
   "Ofsted judged the council's children's services to require improvement to be good in 2023. We do "
   "not repeat its findings here, but we note that the improvement plan agreed after that inspection "
   "has not been reported to Cabinet since January 2024.",
  ]),
  ("Waste and street services", [
   "Waste collection performs well. The recycling rate was 47% in 2023/24, above the regional "
   "average, and missed collections were fewer than one in every thousand.",
  ]),
 ]),
 ("Partnerships", [
  ("Relationships with partners", [
   "Partners, including the integrated care board, the police and the voluntary sector, told us they "
   "valued their relationships with individual officers. Several said that they found it difficult to "
   "know who spoke for the council at a strategic level.",
   "The Eastwick Partnership Board has not met since June 2023. Two partners told us that they had "
   "learned of significant council decisions from the local press.",
   "The council's relationship with neighbouring authorities is constructive. We heard positive "
   "accounts of joint working on the county's bid for devolution.",
   "The voluntary sector told us that grant decisions are made late in the year. In 2024/25, 38 "
   "voluntary organisations were told their grants would be renewed only after the start of the "
   "financial year.",
  ]),
 ]),
 ("Conclusions and recommendations", [
  ("Capacity to improve", [
   "The council has begun to recognise its problems. The improvement plan and the appointment of a "
   "permanent Chief Executive in August 2024 are steps in the right direction.",
   "However, we do not consider that the council can deliver the improvement it needs on its own, at "
   "the pace required. The financial position allows little time, and the political leadership has "
   "not yet shown that it accepts the scale of change needed.",
   "We recommend that the Secretary of State uses her powers of intervention under section 15 of the "
   "Local Government Act 1999. We set out below the recommendations we make to the council itself.",
  ]),
  ("Recommendations", "RECS"),
 ]),
]

RECOMMENDATIONS = [
 "The council should, within three months, agree a revised medium-term financial strategy which "
 "closes the budget gap to 2027/28 and restores the general fund reserve to at least the minimum "
 "level set by the Section 151 Officer.",
 "The council should commission an independent review of its investment in EESL and decide, within "
 "six months, whether the company has a viable future.",
 "The council should review its commercial property strategy and adopt a plan for the disposal or "
 "management of each property in the portfolio.",
 "The council should limit the use of its urgency procedure to decisions that could not reasonably "
 "have been foreseen, and report every urgent decision to the Overview and Scrutiny Management "
 "Board.",
 "The council should carry out a full review of its constitution, including the scheme of "
 "delegation, by 31 March 2026.",
 "The council should increase the resources available to scrutiny and ensure that scrutiny's work "
 "programme includes the council's main financial risks.",
 "The council should put in place a programme of member development on the roles of members and "
 "officers, and a protocol on member-officer relations that is owned by all groups.",
 "The council should revise its whistleblowing policy and ensure that every disclosure is recorded "
 "and that the action taken is reported to the Audit and Governance Committee.",
 "The council should tighten its contract procedure rules so that waivers above £100,000 require the "
 "approval of the Section 151 Officer, and report their use to members every quarter.",
]

GLOSSARY = [
 ("Best Value duty", "The duty in section 3 of the Local Government Act 1999 to make arrangements to "
  "secure continuous improvement in the way functions are exercised, having regard to economy, "
  "efficiency and effectiveness."),
 ("Call-in", "The power of a scrutiny committee to require an executive decision to be reconsidered "
  "before it is implemented."),
 ("Capital financing requirement (CFR)", "A measure of the council's underlying need to borrow for "
  "capital purposes."),
 ("EESL", "Eastwick Energy Services Limited, a company wholly owned by the council."),
 ("Key decision", "An executive decision which is likely to result in significant expenditure or "
  "savings, or to have a significant effect on communities in two or more wards."),
 ("MTFS", "Medium-term financial strategy."),
 ("Monitoring Officer", "The statutory officer responsible for the lawfulness of the council's "
  "decisions and for standards of conduct."),
 ("Section 114 report", "A report which the chief finance officer must make if the council's "
  "expenditure is likely to exceed the resources available to meet it."),
 ("Section 151 Officer", "The council's chief finance officer."),
]

APPENDIX_TITLE = "Evidence base"
APPENDIX = [
 "We interviewed 31 councillors, including all members of the Cabinet and the leaders of all four "
 "political groups.",
 "We interviewed 44 officers, including the Chief Executive, all corporate directors, the Section "
 "151 Officer and the Monitoring Officer. The remaining nine interviews and focus groups were with "
 "partners.",
 "The staff survey was open from 16 September to 11 October 2024. It was distributed to 3,700 staff "
 "by email and, for staff without regular access to email, on paper.",
 "The councillor survey was open from 16 September to 4 October 2024. 38 of 51 councillors "
 "responded, a response rate of 75%.",
 "We reviewed over 2,600 documents, including the agendas, reports and minutes of all Cabinet, "
 "council and scrutiny meetings between May 2021 and October 2024.",
]

TABLES = {
 1: {
  "title": "Selected results of the staff survey (percentage of respondents agreeing)",
  "head": ["Statement", "All staff", "Resources directorate", "Front-line services"],
  "rows": [
   ["I am proud to work for the council", "61%", "49%", "70%"],
   ["Senior leaders communicate openly with staff", "38%", "27%", "44%"],
   ["Decisions are taken transparently", "29%", "21%", "35%"],
   ["I would feel safe raising a concern about wrongdoing", "41%", "33%", "47%"],
   ["I would not feel safe raising a concern about wrongdoing", "47%", "58%", "40%"],
   ["I have experienced bullying or harassment in the last 12 months", "22%", "26%", "19%"],
   ["I intend to leave the council within two years", "34%", "45%", "27%"],
  ],
  "note": "Base: 1,146 respondents. Respondents could answer \u201cdon\u2019t know\u201d.",
 },
 2: {
  "title": "Revenue budget and outturn by service, 2023/24 (\u00a3 million)",
  "head": ["Service", "Budget", "Outturn", "Variance"],
  # budget, variance; outturn computed
  "raw": [
   ("Adult social care", 78.2, -0.6),
   ("Children's social care", 58.4, 6.8),
   ("Education and home to school transport", 11.3, 1.5),
   ("Temporary accommodation", 6.4, 2.9),
   ("Housing options and homelessness", 3.1, 0.1),
   ("Waste collection and disposal", 19.7, -0.3),
   ("Street cleansing and grounds maintenance", 7.8, 0.1),
   ("Highways and transport", 9.6, 0.5),
   ("Parking services", -4.2, 0.7),
   ("Leisure and culture", 5.9, 0.2),
   ("Planning and regulatory services", 4.7, 0.2),
   ("Commercial property (net income)", -5.6, 3.5),
   ("Corporate services", 18.9, -0.7),
   ("Capital financing", 24.6, -1.5),
   ("Contingency", 2.5, -2.5),
   ("Levies and other corporate items", 6.2, 0.7),
  ],
  "note": "Figures in brackets are income or underspends. Source: council outturn report, July 2024.",
 },
}
