# Source text of the Moorcastle Best Value inspection report and the minister's letter.
# Markup: {fn:...} is a footnote (the call goes where the marker is); "|" starts a lettered
# sub-item ((a), (b), ...) inside a paragraph. build.py turns this into report.json / letter.json.

TITLE = "Best Value Inspection of Moorcastle Metropolitan Borough Council"
SUBTITLE = "Report of the Inspection Team to the Secretary of State for Housing, Communities and Local Government"
DATE = "October 2026"

SUMMARY = [
    ("ES1", "In March 2026 the Secretary of State appointed us to carry out a Best Value inspection of Moorcastle Metropolitan Borough Council under section 10 of the Local Government Act 1999. Our fieldwork took place between April and June 2026. This summary sets out our principal findings; the evidence for each is given in the chapters that follow."),
    ("ES2", "We have concluded that the council is failing to comply with its Best Value duty in respect of governance, financial management, scrutiny and procurement. We do not reach that conclusion lightly. Many officers and members we met are committed to the borough and to its residents, and some services are performing well."),
    ("ES3", "The council's financial position is serious. The general fund reserve fell from £18.4 million in March 2022 to £7.9 million in March 2025, and the council's own forecast shows it falling to £3.2 million by March 2027. Unless the council acts decisively, it will exhaust its usable reserves during 2027/28."),
    ("ES4", "The council lent £41.5 million to its wholly owned company, Moorcastle Energy Ltd, to build and operate the Cadley Moss solar farm. The company has not made a single interest payment on schedule, and the decisions to lend were taken on advice that did not adequately test the risks."),
    ("ES5", "Decision-making is concentrated in a small group of Cabinet members and senior officers. Too many significant decisions have been taken as urgent decisions, outside the reach of scrutiny, and the Overview and Scrutiny Committee has not been given the resources or the information it needs to hold the executive to account."),
    ("ES6", "The culture of the organisation is a cause of concern. In the staff survey we commissioned, only 41% of respondents agreed that they could raise concerns without fear of the consequences, and 27% said that they had experienced or witnessed bullying in the previous twelve months."),
    ("ES7", "Procurement controls have weakened. The number of waivers of the council's Contract Procedure Rules nearly trebled between 2022/23 and 2024/25, and the management of the housing repairs contract has not secured the service that tenants were promised."),
    ("ES8", "We make nine recommendations. In our view the council does not have the capacity to deliver the necessary improvements on its own within a reasonable timescale, and we recommend that the Secretary of State exercise her powers of intervention."),
]

# chapters: (number, title, [(section number, section heading, [paragraphs])])
CHAPTERS = [
 ("1", "Introduction and scope", [
  ("1.1", "Background to the inspection", [
   "Moorcastle Metropolitan Borough Council serves a population of approximately 231,000 people in the North West of England. It is responsible for the full range of metropolitan borough services, including adult and children's social care, education, housing, highways and waste collection. The council has 63 members elected across 21 wards.",
   "The council has been under political control by the same group since 2014. At the time of our inspection the majority group held 38 of the 63 seats, the largest opposition group held 17 and the remainder were held by independent members and smaller groups.",
   "Concerns about the council's governance and finances were raised with the Department in the second half of 2025, following the external auditor's statement of significant weaknesses in the council's value for money arrangements{fn:External auditor's annual report on Moorcastle Metropolitan Borough Council, 2024/25, published November 2025.} and a series of local press reports about the council's energy company.",
   "On 12 March 2026 the Secretary of State directed an inspection of the council's compliance with the Best Value duty in Part 1 of the Local Government Act 1999. The terms of reference asked us to examine:|(a) the council's governance, culture and leadership;|(b) its financial management, including its oversight of its companies;|(c) scrutiny and procurement; and|(d) the effectiveness of its partnerships.",
  ]),
  ("1.2", "Our approach", [
   "We interviewed 126 people, including members of all political groups, the Chief Executive and the corporate leadership team, officers at every level, partners from the health service, the police and the voluntary sector, and representatives of the council's trade unions.",
   "We reviewed over 2,600 documents, including committee reports and minutes, internal audit reports, legal advice, the council's financial monitoring, and correspondence relating to Moorcastle Energy Ltd. We observed 14 formal meetings of the council, Cabinet and committees, in person and online.",
   "We commissioned an anonymous survey of all council staff, which ran for three weeks in May 2026. We received 1,412 responses from a workforce of approximately 3,260, a response rate of 43%. The results are discussed in chapter 3.",
   "We are grateful to the members, officers and partners who gave their time to the inspection. The council's own submission to us was frank in parts, and we have quoted from it where it helps to explain the council's view of itself.",
  ]),
 ]),
 ("2", "Leadership and governance", [
  ("2.1", "Political leadership", [
   "The Leader has led the council since 2019 and is widely respected within the majority group. Several members described the Leader as hard-working and deeply committed to the borough's regeneration. We recognise that the council has delivered some significant regeneration projects, including the redevelopment of the Moorcastle Market Hall.",
   "The Leader told us that the council's financial position was \"robust and well understood\" and that the inspection had been prompted by \"political point-scoring\". That is not a view we share. The evidence we set out in chapter 4 shows a council whose financial position is neither robust nor, in our view, well understood by most of its members.",
   "Cabinet meets monthly. Members of Cabinet told us that the real discussion of major decisions takes place at informal Cabinet briefings, of which no record is kept. We do not suggest that informal briefings are improper in themselves; they are a feature of most councils. But at Moorcastle they have displaced formal decision-making to a degree we have not seen elsewhere.",
   "The relationship between the majority group and the opposition groups is poor. Opposition members told us that they are routinely refused information that they need to do their jobs, and we saw examples of written questions to Cabinet members that went unanswered for more than three months.",
   "We found that the political leadership does not consistently model the standards of behaviour it expects of others. We observed a meeting of full council in May 2026 at which a Cabinet member described an opposition member's question as \"a stunt\" and declined to answer it. The Chair did not intervene.",
  ]),
  ("2.2", "Decision-making", [
   "The council's constitution was last reviewed in full in 2017. It contains provisions that are out of date, including references to committees that no longer exist, and its scheme of delegation to officers does not reflect the current management structure.",
   "In 2024/25 Cabinet took 23 key decisions. Nine of them were taken as urgent decisions under the council's constitution{fn:Rule 16 of the Overview and Scrutiny Procedure Rules allows a decision to be exempted from call-in where any delay would seriously prejudice the council's or the public's interests.}, which exempted them from call-in by the Overview and Scrutiny Committee. Four of the nine concerned Moorcastle Energy Ltd.",
   "We do not consider that the use of the urgency procedure was justified in most of these cases. In at least six of the nine, the timetable that made the decision urgent had been known to officers for several months. One senior officer told us that the Cabinet \"decides first and asks questions later\".",
   "Reports to Cabinet are often late and incomplete. Of the 41 Cabinet reports we examined, 17 were published after the statutory deadline and 12 did not include comments from the Section 151 Officer or the Monitoring Officer, even where the decision had significant financial or legal implications.",
   "The council's submission to the inspection stated that the council \"takes all decisions openly and transparently, in accordance with the constitution\". The evidence we have reviewed does not support that statement.",
  ]),
  ("2.3", "Member and officer relations", [
   "Relationships between members and senior officers are, in many cases, too close. We heard from several officers that Cabinet members contact officers below the level of director directly to ask for particular outcomes, bypassing the line management arrangements set out in the protocol on member and officer relations.",
   "The council has had three Monitoring Officers in the past two years, two of them on an interim basis. One former post-holder told us that they had left because they felt unable to give unwelcome advice. We have not been able to test that account fully, but it is consistent with what we heard from others.",
   "We found that statutory officers do not always have the access they need to Cabinet and the corporate leadership team. Until January 2026 the Monitoring Officer was not a member of the corporate leadership team and attended its meetings only by invitation.",
   "Seven of the nine posts in the senior leadership team have changed hands since 2022. The council spent £11.2 million on agency and interim staff in 2024/25, compared with £6.4 million in 2021/22. Some interim appointments in senior roles have lasted for more than two years.",
  ]),
 ]),
 ("3", "Organisational culture", [
  ("3.1", "The staff survey", [
   "The survey we commissioned{fn:The survey was administered by an independent research organisation. Responses were anonymous and no results were reported for groups of fewer than ten respondents.} asked staff a series of questions about their experience of working for the council. Table 1 sets out the responses to the principal statements. The full results have been shared with the council.",
   "The results are mixed. A clear majority of respondents, 68%, said that they understood the council's priorities, and 74% said that they were proud of the service they provide to residents. These are positive findings on which the council can build.",
   "Other results are of serious concern. Only 41% of respondents agreed that they could raise concerns without fear of the consequences, and only 36% agreed that senior leaders act with integrity. Just 33% agreed that members treat officers with respect.",
   "Twenty-seven per cent of respondents said that they had experienced or witnessed bullying or harassment in the previous twelve months. Of those, 58% said that they had not reported it, and the most common reason given was that \"nothing would be done\".",
   "We do not suggest that the survey results can be read as a judgement on any individual manager or member. Staff surveys capture perceptions, and perceptions can be shaped by the pressures of a period of budget reductions. But the results are consistent with what we were told in interviews and focus groups, and the council should not dismiss them.",
  ]),
  ("3.2", "Raising concerns", [
   "The council's whistleblowing policy was last updated in 2018. In the two years to March 2026 the council received 19 whistleblowing disclosures, of which 6 were investigated. We were unable to establish, from the records provided to us, why the remaining 13 were not investigated.",
   "The council received 37 complaints under the members' code of conduct in 2024/25, more than double the 16 received in 2022/23. The Standards Committee met only twice in 2024/25 and considered none of the complaints in public.",
   "Several officers told us that they were reluctant to put advice in writing for fear of how it would be received. One officer described the atmosphere as \"a culture of silence\". We heard similar accounts from officers in different directorates, which gives us confidence that this is not an isolated view.",
   "We found no evidence that the Chief Executive had sought to discourage staff from raising concerns. However, the Chief Executive has not taken the steps we would expect to make the whistleblowing arrangements known and trusted.",
  ]),
 ]),
 ("4", "Financial management", [
  ("4.1", "Reserves and the budget gap", [
   "The council's general fund reserve fell from £18.4 million in March 2022 to £7.9 million in March 2025. Over the same period earmarked reserves fell from £52.6 million to £29.3 million. The council's own forecast shows the general fund reserve falling to £3.2 million by March 2027.",
   "The medium-term financial strategy identifies{fn:Medium-Term Financial Strategy 2026/27 to 2028/29, reported to Cabinet on 10 February 2026.} a cumulative budget gap of £26.7 million over the three years to 2028/29. At the time of our inspection the council had identified savings proposals worth £9.8 million against that gap, of which only £4.1 million were rated as deliverable with confidence by the Section 151 Officer.",
   "The council has balanced its budget in each of the last three years by drawing on reserves. In 2024/25 it used £6.9 million of reserves to balance the revenue budget, against a planned use of £2.5 million, principally because of overspends in children's social care and temporary accommodation.",
   "The Section 151 Officer has warned members repeatedly, in reports to Cabinet and to full council, that this approach is not sustainable. Unless the council acts decisively, it will exhaust its usable reserves during 2027/28. We consider that the Section 151 Officer's warnings have not been given the weight they deserve.",
   "The Cabinet Member for Finance told us that the council \"has always found a way to balance the books and always will\". We do not share that confidence. The council has not yet set out a credible plan to close its budget gap.",
   "We do not suggest that the council's financial difficulties are solely of its own making. Like other metropolitan councils, Moorcastle has faced rising demand for social care and temporary accommodation. But other councils in the region facing similar pressures have acted earlier and more decisively.",
  ]),
  ("4.2", "Moorcastle Energy Ltd", [
   "Moorcastle Energy Ltd was established in 2020 as a wholly owned company of the council, to build and operate a solar farm at Cadley Moss and to sell electricity to the council and to local businesses. Between 2020 and 2024 the council lent the company a total of £41.5 million in five tranches.",
   "The business case approved by Cabinet in 2020 forecast that the company would return a surplus to the council from 2023/24. In practice the company made losses in every year of operation, including a loss of £3.8 million in 2024/25, and it has not made a single interest payment on schedule{fn:The loan agreements provide for interest to be paid quarterly. The company's accounts for 2024/25 show accrued but unpaid interest of £2.7 million.}.",
   "Each of the five loans was approved by Cabinet, and three of them as urgent decisions. In each case the report to Cabinet relied on the company's own projections, which were not independently tested. The council's shareholder board, which should have overseen the company on the council's behalf, met only four times between 2020 and 2025.",
   "We do not suggest that any member or officer acted unlawfully in relation to the loans to Moorcastle Energy Ltd. But the decisions to lend were taken on advice that did not adequately test the risks, and the council failed to act on clear signs, from 2022 onwards, that the company's business plan was not being delivered.",
   "The council commissioned an independent review of the company in early 2026. At the time of our inspection its findings had not been reported to members. The council told us it expected to write down the value of its loans by a significant amount, and we understand that the figure under discussion is between £15 million and £20 million.",
  ]),
  ("4.3", "The capital programme", [
   "The council's approved capital programme for the five years to 2028/29 is £212 million. In 2024/25 the council delivered £58.4 million of capital spending against a budget of £94.2 million, a slippage rate of 38%.",
   "Slippage on this scale makes it difficult for members to understand what the council is committed to, and when. We found that capital monitoring reports to Cabinet did not explain the reasons for slippage on individual schemes, and that several schemes had been carried forward for three years or more without being reviewed.",
   "The council's borrowing has risen from £287 million in March 2021 to £412 million in March 2025. The cost of servicing that debt now takes 11% of the council's net revenue budget, compared with 7% in 2020/21.",
   "We recognise that the council has begun to address these issues. A capital strategy board was established in September 2025, chaired by the Section 151 Officer, and it has started to review the programme scheme by scheme. It is too early to judge its effectiveness.",
  ]),
 ]),
 ("5", "Scrutiny and audit", [
  ("5.1", "Overview and scrutiny", [
   "The council has a single Overview and Scrutiny Committee, supported by four task and finish panels. The committee is chaired by a member of the majority group, as is each of the panels.",
   "The council's own submission stated that scrutiny at Moorcastle was \"strong, independent and valued by the executive\". We do not consider that this describes the scrutiny function we observed. The committee rarely examines decisions before they are taken, and its work programme is largely made up of performance reports presented by officers.",
   "In the two years to March 2026 the committee considered 14 call-ins of Cabinet decisions. None was upheld. In several cases members of the committee told us that they did not receive the information they had asked for until the day of the meeting.",
   "The scrutiny function is supported by a single officer, who also supports the Standards Committee. We do not consider that scrutiny has been given the resources it needs to be effective. By comparison, the other councils in the region that we spoke to support scrutiny with between three and five officers.",
   "The Chair of the Overview and Scrutiny Committee told us that scrutiny \"works well when members are willing to work together\". We agree, but we saw little evidence of that willingness on either side of the chamber.",
  ]),
  ("5.2", "The Audit and Governance Committee", [
   "The Audit and Governance Committee has seven members and, since 2024, one independent member. It has not been provided with the training or support it needs to challenge the council's financial management effectively.",
   "Internal audit issued 11 reports with a limited or no assurance opinion in 2024/25, compared with four in 2022/23. Of the 64 internal audit recommendations due for implementation by March 2025, 29 had not been implemented by the time of our inspection.",
   "The external auditor's statement of significant weaknesses was reported to the committee in December 2025. The committee noted the report but did not ask for an action plan, and no action plan had been produced by the time our fieldwork ended.",
  ]),
 ]),
 ("6", "Procurement and contract management", [
  ("6.1", "Procurement controls", [
   "The council's Contract Procedure Rules{fn:Part 4 of the council's constitution.} allow officers to waive the requirement for competition in limited circumstances, with the approval of a director and the Section 151 Officer. The number of waivers has risen sharply, from 22 in 2022/23 to 61 in 2024/25.",
   "The 61 waivers granted in 2024/25 had a combined value of £9.3 million. Eleven of them related to a single supplier of consultancy services, and together were worth £1.6 million.",
   "In 14 of the waivers we examined, the reason recorded was that there was \"insufficient time\" to run a competitive process. We do not consider that lack of planning is an acceptable ground for waiving competition.",
   "The council does not maintain a complete contracts register. Officers told us that the register published on the council's website was last updated in 2023 and that it omits contracts let by the housing and regeneration directorates.",
   "We found that procurement capacity has been reduced by successive savings rounds. The central procurement team has fallen from 12 posts in 2019 to 5 in 2026, of which two were vacant at the time of our inspection.",
  ]),
  ("6.2", "The housing repairs contract", [
   "In 2023 the council awarded a seven-year contract worth £64 million for responsive repairs and maintenance of its 11,900 council homes to Ravensworth Property Services. The contract includes a target of 90% of repairs completed within the agreed timescale.",
   "Performance under the contract has not met that target in any quarter. In the year to March 2026, 71% of repairs were completed within the agreed timescale, and at the end of March 2026 there were 4,870 outstanding repairs, of which 610 had been outstanding for more than six months.",
   "The contract allows the council to apply financial deductions for poor performance. No deductions have been applied. Officers told us that deductions had been \"considered but not pursued\" because of concerns about the contractor's financial resilience.",
   "Tenants' representatives told us that their complaints about repairs were not taken seriously. We note that the council's complaints data show 1,318 complaints about repairs in 2024/25, up from 702 in 2022/23.",
  ]),
 ]),
 ("7", "Services and partnerships", [
  ("7.1", "Service performance", [
   "It would be wrong to conclude that front-line services are failing across the board. Waste collection, libraries and parks perform well against comparable councils, and residents' satisfaction with waste collection, at 81%, is among the highest in the region.",
   "Children's services were rated as requiring improvement to be good at their most recent inspection, in 2024. Overspending in children's social care reached £8.6 million in 2024/25, driven principally by the cost of external residential placements.",
   "The number of households in temporary accommodation has more than doubled in three years, from 214 in March 2022 to 487 in March 2025. The council spent £5.2 million on temporary accommodation in 2024/25, against a budget of £2.9 million.",
   "We were told by officers that the council's performance management framework had \"fallen into disuse\". Cabinet has not received a corporate performance report since October 2024.",
  ]),
  ("7.2", "Partnerships", [
   "Partners spoke positively about the council's front-line staff and their willingness to work together. The community safety partnership and the council's work with the integrated care board on hospital discharge were both described to us as effective.",
   "Partners were less positive about the council's strategic leadership. Several told us that the council's senior leadership team changed so often that they did not know whom to approach, and that commitments made at partnership meetings were not always followed through.",
   "The council's relationship with the combined authority is strained. Officers of the combined authority told us that Moorcastle had missed deadlines for two funding bids in 2025, and that the council's regeneration programme was not aligned with the regional growth plan.",
   "The voluntary and community sector told us that it valued the council's grants programme, which was protected in the 2025/26 budget, but that the council rarely consulted the sector before making decisions that affected it.",
  ]),
 ]),
 ("8", "Capacity for improvement", [
  ("8.1", "The council's capacity to improve", [
   "The council has begun to respond to some of the issues identified in this report. It has appointed a permanent Monitoring Officer, established a capital strategy board and commissioned an independent review of Moorcastle Energy Ltd. We welcome these steps.",
   "However, the council's response to date has been piecemeal. There is no single improvement plan, and responsibility for the steps already taken is spread across several officers without clear oversight by the Chief Executive or Cabinet.",
   "The Leader told us that the council \"has the capacity to put things right without outside help\". We have considered that view carefully. We do not consider that the council has the capacity to deliver the necessary improvements on its own within a reasonable timescale.",
   "In reaching that view we have taken into account:|(a) the scale of the financial challenge and the short time available to address it;|(b) the turnover of senior officers, and the council's reliance on interim appointments;|(c) the weakness of the council's scrutiny and audit arrangements; and|(d) the evidence of a culture in which unwelcome advice is not welcomed.",
   "We consider that the council would benefit from the support of commissioners with experience of financial recovery and of governance, working alongside a strengthened senior leadership team.",
  ]),
 ]),
 ("9", "Conclusions and recommendations", [
  ("9.1", "Conclusions", [
   "We have concluded that Moorcastle Metropolitan Borough Council is failing to comply with its Best Value duty in respect of governance, financial management, scrutiny and procurement.",
   "We have not concluded that the council is failing in respect of service delivery as a whole, although the performance of the housing repairs contract and the growth in temporary accommodation costs are matters of concern.",
   "Our recommendations are set out below. We have framed them as recommendations to the council, but in our view they will be delivered only with the support and oversight of commissioners.",
  ]),
 ]),
]

RECOMMENDATIONS = [
    ("R1", "The council should prepare, within six months, a single improvement and recovery plan, agreed by full council, addressing each of the failings identified in this report."),
    ("R2", "The council should carry out a full review of its constitution, including the scheme of delegation, the urgency procedure and the protocol on member and officer relations, and adopt a revised constitution within twelve months."),
    ("R3", "The council should set out a credible plan to close its budget gap over the medium term without relying on the use of reserves, and rebuild its general fund reserve to a level the Section 151 Officer considers prudent."),
    ("R4", "The council should review its relationship with Moorcastle Energy Ltd, report the findings of the independent review to full council in public, and decide on the company's future within six months."),
    ("R5", "The council should strengthen its Overview and Scrutiny Committee, including by providing dedicated officer support and by offering the chair of the committee to a member of an opposition group."),
    ("R6", "The council should provide training and support for the Audit and Governance Committee and appoint a second independent member."),
    ("R7", "The council should restore effective procurement controls, publish a complete contracts register and report all waivers of the Contract Procedure Rules to the Audit and Governance Committee quarterly."),
    ("R8", "The council should review the performance of the housing repairs contract and apply the remedies available to it under the contract."),
    ("R9", "The council should develop, with its staff and trade unions, a programme to improve its organisational culture, including a revised whistleblowing policy, and measure progress through an annual staff survey."),
]

# Table 1: staff survey results (percentages of respondents)
TABLE_CAPTION = "Table 1: Staff survey results, May 2026 (percentage of respondents)"
TABLE_HEAD = ["Statement", "Agree", "Neither", "Disagree"]
TABLE_ROWS = [
    ["I understand the council's priorities", "68%", "19%", "13%"],
    ["I am proud of the service I provide to residents", "74%", "17%", "9%"],
    ["I can raise concerns without fear of the consequences", "41%", "22%", "37%"],
    ["Senior leaders act with integrity", "36%", "29%", "35%"],
    ["Members treat officers with respect", "33%", "31%", "36%"],
    ["I have the resources I need to do my job", "39%", "21%", "40%"],
    ["Decisions are explained to staff", "29%", "26%", "45%"],
    ["My line manager supports me", "72%", "15%", "13%"],
    ["I would recommend the council as a place to work", "31%", "21%", "48%"],
    ["I intend to be working for the council in two years' time", "52%", "27%", "21%"],
    ["I have experienced or witnessed bullying or harassment in the last 12 months", "27%", "n/a", "n/a"],
]
TABLE_NOTE = "Base: 1,412 respondents. Figures may not sum to 100% because of rounding."

LETTER_TITLE = "Letter from the Minister for Local Government to the Chief Executive of Moorcastle Metropolitan Borough Council"
LETTER_DATE = "14 October 2026"
LETTER = [
    "Dear Chief Executive,",
    "BEST VALUE INSPECTION OF MOORCASTLE METROPOLITAN BOROUGH COUNCIL",
    "I am writing to inform you that the Secretary of State has today laid before Parliament the report of the Best Value inspection of Moorcastle Metropolitan Borough Council, together with a statement on the action she proposes to take. A copy of the report is enclosed.",
    "The inspectors have concluded that the council is failing to comply with its Best Value duty in respect of governance, financial management, scrutiny and procurement. The Secretary of State accepts that conclusion. She is particularly concerned by the depletion of the council's reserves and by the council's handling of its loans to Moorcastle Energy Ltd.",
    "On 23 September 2026 I wrote to you setting out the Secretary of State's proposed intervention and inviting the council's representations. I am grateful for the council's response of 7 October 2026, which the Secretary of State has considered carefully. She notes the council's view that it can deliver the necessary improvements without external support, but she is not persuaded that this is the case.",
    "The Secretary of State has therefore decided to issue Directions under section 15(5) and 15(6) of the Local Government Act 1999. The Directions will remain in force until 31 October 2029, unless revoked earlier. She is appointing a Lead Commissioner and two further Commissioners, for finance and for governance, who will take up their posts on 1 November 2026.",
    "The Commissioners will exercise the council's functions relating to financial management, the appointment and dismissal of statutory officers, and the council's oversight of Moorcastle Energy Ltd. All other functions will remain with the council, which will be expected to work with the Commissioners in exercising them.",
    "The Directions require the council to prepare an improvement and recovery plan, to the satisfaction of the Commissioners, within six months, and to report on its delivery every six months thereafter. The Commissioners will submit their first report to the Secretary of State within six months of their appointment.",
    "The council will meet the costs of the Commissioners. I recognise that this will add to the financial pressure on the council, and the Department will keep the arrangements under review.",
    "I want to be clear that this intervention is not a judgement on the council's staff, many of whom the inspectors found to be committed and hard-working. I hope the council will approach the coming period in a spirit of partnership.",
    "I am copying this letter to the Leader of the council, the leaders of the opposition groups and the council's external auditor.",
    "Yours sincerely,",
]
LETTER_SIGNER = ["A. Pendlebury-Hart", "ALISON PENDLEBURY-HART MP"]  # fictional
LETTER_SIGNATURE = ["Minister for Local Government", "Ministry of Housing, Communities and Local Government"]
