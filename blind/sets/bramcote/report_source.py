# The words of the Bramcote report, written once here and dumped into report.json.
# A call is (anchor words, footnote number): the superscript goes straight after the anchor.
TITLE = "Best Value Inspection of Bramcote Metropolitan Borough Council"

ES = [
 "We were appointed by the Secretary of State on 10 March 2026 to inspect Bramcote Metropolitan Borough Council's compliance with its best value duty. We carried out our fieldwork between April and June 2026. We interviewed 112 members, officers and partners, observed 19 meetings and read more than 2,400 documents.",
 "We have concluded that the council is failing to comply with its best value duty in respect of leadership, governance, culture and the use of resources. The council is not failing in every service it provides, and some front-line services are well regarded by residents.",
 "The relationship between the political leadership and the senior officer team has broken down. Decisions of consequence are routinely taken outside the formal structures of the council and then presented to Cabinet for approval.",
 "The council has had four Monitoring Officers and three Section 151 Officers since May 2023. That level of turnover in statutory posts is, in our experience, exceptional.",
 "Staff described a culture in which challenge is unwelcome. In our survey, 47% of staff said that they would not feel safe raising a concern about the conduct of a senior member.",
 "The council's financial position is serious. Usable general fund reserves have fallen from £18.6 million in March 2023 to £7.9 million in March 2026, and the council has a budget gap of £21.4 million over the next three years.",
 "Scrutiny does not hold the executive to account. Over four years only three decisions have been called in, and none of them was referred back to Cabinet.",
 "We recommend that the Secretary of State use his powers of intervention, including the appointment of commissioners, to secure the council's compliance with its best value duty. Our recommendations to the council are set out at the end of this report.",
]

CHAPTERS = [
 ("1 Introduction", [
  (None, [
   "Bramcote Metropolitan Borough Council serves a population of around 263,000 people in West Yorkshire. It has 63 councillors elected in thirds. Since May 2024 the council has been run by a majority administration of 37 members.",
   "On 10 March 2026 the Secretary of State appointed us under section 10 of the Local Government Act 1999 to carry out an inspection of the council's compliance with the best value duty.",
   "The inspection followed a series of concerns raised with the department, including a report in the public interest issued by the council's external auditor in November 2025[1] and the resignation of the council's Monitoring Officer in January 2026.",
  ]),
  ("Our approach", [
   "We held 112 interviews with members, officers, partners and trade union representatives. We observed 19 meetings, including Cabinet, full Council, the Overview and Scrutiny Committee and the Audit and Governance Committee.",
   "We ran an anonymous survey of all staff, to which 1,284 of approximately 3,900 employees responded, a response rate of 33%. We also invited written submissions and received 41.",
   "The council's own submission to the inspection stated that it was \"a well-run council facing the same pressures as every other council in the country\". We have not found that to be the case.",
  ]),
 ]),
 ("2 Leadership and governance", [
  ("Political leadership", [
   "The Leader has held office since May 2022. Members and officers alike described the Leader as energetic and committed to the borough. Several partners spoke warmly of the Leader's personal commitment to the town centre regeneration programme.",
   "However, we found that power is concentrated in a small group around the Leader. Cabinet members told us that they often learned of significant decisions only when the papers were published.",
   "One officer told us that \"decisions are made in the Leader's office and rubber-stamped at Cabinet\". We do not suggest that the Leader has acted unlawfully, but the effect of this way of working is that the formal decision-making structures of the council have been hollowed out.",
   "The Leader told us that the council had \"turned the corner\" and that the inspection had come \"two years too late to find anything wrong\". The evidence we gathered does not support that view.",
  ]),
  ("The senior officer team", [
   "The council has had four Monitoring Officers and three Section 151 Officers since May 2023. Two of the Monitoring Officers were interim appointments lasting less than six months.",
   "The Chief Executive was appointed in September 2024. We found the Chief Executive to be capable and well respected by staff, but without a settled corporate leadership team able to give consistent advice to members.",
   "Statutory officers told us that their advice was frequently sought after decisions had in practice been made. In at least six cases we reviewed, legal or financial advice was added to a Cabinet report after it had been circulated to members.",
  ]),
  ("The constitution", [
   "The constitution has not been comprehensively reviewed since 2015. The scheme of delegation is out of date and in places contradictory, and the financial procedure rules refer to posts that no longer exist.",
   "The council has no effective forward plan. Of 58 key decisions taken in 2025, 21 did not appear on the forward plan 28 days before the decision was made.",
  ]),
 ]),
 ("3 Culture and relationships", [
  ("Member and officer relationships", [
   "Good relationships between members and officers depend on mutual respect and a shared understanding of roles. At Bramcote that understanding has broken down.",
   "Officers at all levels described being told what advice to give. One senior officer told us that they had been asked to \"find a way to make the numbers work\" for a decision that had already been announced.",
   "We heard of members contacting junior officers directly to instruct them on operational matters, bypassing their managers. The member and officer relations protocol is rarely referred to and was not mentioned by any member we interviewed.",
  ]),
  ("Staff survey", [
   "Our staff survey results are set out in Table 1. They are concerning. Only 38% of respondents agreed that the council's senior leaders act with integrity, and 47% said that they would not feel safe raising a concern about the conduct of a senior member.",
   "Fewer than one in three respondents, 29%, said that they had confidence that a complaint about bullying would be dealt with fairly. Many of the free-text comments described fear of reprisal.",
   "We recognise that staff surveys carried out during an inspection may attract those with grievances. We do not consider that this explains the results, which were consistent across directorates and grades.",
  ]),
  ("Standards and conduct", [
   "The Standards Committee received 64 complaints about members' conduct in 2025, compared with 22 in 2022. Only four were referred for investigation, and the outcome of none has been published.",
   "The council's own submission described its standards arrangements as \"robust and proportionate\". We found a backlog of complaints, some of them more than a year old, and no clear process for deciding which should be investigated.",
  ]),
 ]),
 ("4 Financial sustainability", [
  ("Reserves and the budget gap", [
   "The council's financial position has deteriorated rapidly. Usable general fund reserves fell from £18.6 million at 31 March 2023 to £7.9 million at 31 March 2026, as set out in Table 2.",
   "The medium term financial strategy approved in February 2026 identifies a budget gap of £21.4 million over the three years to 2028/29. Savings of £6.2 million have been identified to meet it, leaving £15.2 million without a plan.",
   "In 2025/26 the council overspent its revenue budget by £5.8 million, driven mainly by children's social care placements and home to school transport for children with special educational needs[2].",
   "The Section 151 Officer's report on the robustness of the 2026/27 budget stated that reserves were \"at the lower limit of what is prudent\". We share that assessment. Unless the council acts quickly to close the gap, it will not be able to set a balanced budget for 2027/28 without exceptional financial support.",
  ]),
  ("Financial planning and control", [
   "Budget monitoring reports have repeatedly understated the likely outturn. In 2025/26 the forecast overspend reported to Cabinet at month six was £1.9 million; the final figure was three times that.",
   "Savings delivery has been weak. Of the £9.7 million of savings agreed for 2024/25 and 2025/26, only £4.1 million was delivered as planned.",
   "We found that the council's capital programme of £212 million is not matched by a realistic borrowing strategy. Slippage in 2025/26 was 43%.",
  ]),
  ("Exceptional financial support", [
   "In February 2026 the council asked the department for exceptional financial support of up to £24.5 million in the form of a capitalisation direction. We understand that request is still under consideration.",
   "Members told us that the council's difficulties were the result of underfunding by central government. We accept that Bramcote, like other metropolitan councils, faces real pressures, but we do not consider that funding alone explains the council's position.",
   "The council's external auditor issued a report in the public interest in November 2025 concerning the council's wholly owned energy company. We consider that company in chapter 6.",
  ]),
 ]),
 ("5 Scrutiny and decision-making", [
  ("Overview and scrutiny", [
   "The council has a single Overview and Scrutiny Committee supported by four task groups. The Committee is chaired by a member of the majority group.",
   "Scrutiny at Bramcote does not hold the executive to account. Its work programme is largely made up of reports for information, and it rarely makes recommendations to Cabinet.",
   "Over the four years to March 2026 only three decisions were called in, and none of them was referred back to Cabinet. Members of the Committee told us that call-in was seen as \"disloyal\".",
   "The scrutiny function is supported by 1.5 full-time equivalent officers. We do not consider that this is sufficient for a council of Bramcote's size.",
  ]),
  ("Audit and Governance Committee", [
   "The Audit and Governance Committee has no independent member. It met four times in 2025, and on two occasions it was not quorate.",
   "The Committee did not consider the external auditor's report in the public interest until February 2026, three months after it was issued.",
   "Internal audit issued 11 limited or no assurance opinions in 2025/26. Of the 86 recommendations made by internal audit in the last two years, 34 remain outstanding beyond their agreed date.",
  ]),
 ]),
 ("6 Procurement and commercial activity", [
  ("Procurement", [
   "The council spends around £310 million a year with third parties. We found weaknesses in the way that spending is planned, let and managed.",
   "In 2024/25 the council approved 62 waivers of its contract procedure rules, with a combined value of £9.4 million. In 2021/22 there were 19.",
   "The contracts register is incomplete. We identified 37 contracts worth more than £100,000 that did not appear on it.",
   "We do not suggest that any individual has gained personally from these arrangements. But the extensive use of waivers means that the council cannot show that it has obtained value for money.",
  ]),
  ("Bramcote Riverside Energy Ltd", [
   "Bramcote Riverside Energy Ltd was established in 2019 to supply heat and power to council buildings and new homes at Riverside Quay. The council has lent the company £32.6 million.",
   "The company has made losses in each year of its operation, totalling £11.3 million by March 2025. The shareholder board met twice in three years.",
   "The external auditor's report in the public interest found that loans had been advanced without a current business case. The council has since commissioned an independent review of the company, which had not reported by the end of our fieldwork.",
  ]),
 ]),
 ("7 Services and partnerships", [
  ("Services", [
   "Not every part of the council is failing. Residents and partners spoke well of the council's libraries, waste collection and parks, and satisfaction with waste collection stood at 81% in the council's 2025 residents' survey.",
   "Children's services were judged to require improvement to be good by Ofsted in 2024. Adult social care has a demand management programme that partners regard as promising.",
   "Housing repairs performance is poor. At March 2026 the council had a backlog of 4,180 repairs, and 312 homes had outstanding damp and mould cases older than three months.",
  ]),
  ("Partnerships", [
   "Partners told us that they wanted the council to succeed. Several described relationships with individual officers as good but relationships with the council as an institution as \"unpredictable\".",
   "The West Yorkshire Combined Authority and the Integrated Care Board both told us that they had been unable to secure a consistent council view on joint projects.",
  ]),
 ]),
 ("8 Capacity to improve", [
  (None, [
   "We have considered whether the council has the capacity to improve without intervention. We have concluded that it does not.",
   "The council has produced several improvement plans since 2023. None was fully implemented, and the most recent was not monitored by members after its approval.",
   "We do not doubt the commitment of many members and officers to the borough. But we are not confident that the council can deliver the scale of change required unless the Secretary of State intervenes.",
   "We therefore recommend that the Secretary of State appoint commissioners with powers over governance, finance, procurement and the appointment of statutory officers, for a period of not less than three years.",
  ]),
 ]),
]

RECS = [
 "Within three months, prepare and agree with commissioners an improvement and recovery plan, with clear milestones and member oversight.",
 "Review the constitution, including the scheme of delegation, the financial procedure rules and the member and officer relations protocol, by 31 March 2027.",
 "Make permanent appointments to the posts of Monitoring Officer and Section 151 Officer, and ensure that both have direct access to the Chief Executive and to Cabinet.",
 "Set out a credible plan to close the budget gap of £21.4 million and restore usable reserves to a prudent level.",
 "Strengthen budget monitoring so that forecasts reported to Cabinet reflect the likely outturn.",
 "Reform overview and scrutiny, including the resources that support it, so that it is able to hold the executive to account.",
 "Appoint at least two independent members to the Audit and Governance Committee.",
 "Review all contract waivers granted since April 2023 and bring the contracts register up to date.",
 "Put in place effective shareholder oversight of Bramcote Riverside Energy Ltd and decide its future by 30 June 2027.",
 "Commission an independent review of the council's culture, and act on its findings, to ensure that staff can raise concerns without fear.",
]

FOOTNOTES = {
 1: "Report in the public interest concerning Bramcote Riverside Energy Ltd, issued under Schedule 7 of the Local Audit and Accountability Act 2014, 18 November 2025.",
 2: "Bramcote MBC, Revenue Budget Outturn 2025/26, report to Cabinet, 21 May 2026.",
}

SURVEY_HEAD = ["Statement", "Agree", "Neither", "Disagree"]
SURVEY = [
 ["I understand the council's priorities", "71%", "16%", "13%"],
 ["Senior leaders act with integrity", "38%", "27%", "35%"],
 ["Members and officers treat each other with respect", "34%", "30%", "36%"],
 ["I would feel safe raising a concern about the conduct of a senior member", "24%", "29%", "47%"],
 ["A complaint about bullying would be dealt with fairly", "29%", "31%", "40%"],
 ["I would recommend the council as a place to work", "41%", "25%", "34%"],
]
FIN_HEAD = ["£ million", "2022/23", "2023/24", "2024/25", "2025/26", "2026/27 (budget)"]
FIN = [
 ["Council tax requirement", "112.4", "118.0", "124.5", "131.3", "138.4"],
 ["Business rates retained", "71.6", "74.2", "77.9", "80.1", "82.6"],
 ["Revenue support grant and other grants", "57.3", "64.6", "70.0", "77.7", "80.6"],
 ["Net revenue budget", "241.3", "256.8", "272.4", "289.1", "301.6"],
 ["Outturn", "243.0", "261.2", "277.9", "294.9", "n/a"],
 ["Overspend", "1.7", "4.4", "5.5", "5.8", "n/a"],
 ["Savings agreed", "3.9", "4.6", "5.2", "4.5", "6.2"],
 ["Savings delivered", "3.1", "2.7", "2.3", "1.8", "n/a"],
 ["Children's social care", "48.2", "53.9", "60.7", "66.3", "69.0"],
 ["Adult social care", "82.5", "86.1", "90.4", "95.2", "98.8"],
 ["Home to school transport", "6.4", "8.1", "9.9", "12.2", "12.9"],
 ["Housing (general fund)", "7.8", "8.3", "8.9", "9.6", "9.9"],
 ["Capital financing", "14.6", "16.2", "18.8", "21.3", "23.7"],
 ["Bramcote Riverside Energy Ltd: loans outstanding", "24.1", "27.9", "30.8", "32.6", "32.6"],
 ["Capital programme (approved)", "168.0", "184.5", "197.2", "212.0", "208.4"],
 ["Capital slippage", "22%", "31%", "38%", "43%", "n/a"],
 ["Usable general fund reserves (31 March)", "18.6", "15.1", "11.2", "7.9", "7.9"],
 ["Earmarked reserves (31 March)", "34.8", "29.4", "22.6", "17.3", "15.0"],
 ["Reserves as % of net budget", "7.7", "5.9", "4.1", "2.7", "2.6"],
]
LETTER_TITLE = "Letter from the Secretary of State to the Chief Executive of Bramcote Metropolitan Borough Council"

LETTER_DATE = "22 September 2026"
LETTER = [
 "I am writing to you following the publication today of the report of the Best Value inspection of Bramcote Metropolitan Borough Council, which I commissioned on 10 March 2026. I am grateful to the inspection team for their work, and to the members and officers of the council who gave their time to it.",
 "The report makes for very difficult reading. The inspectors have concluded that the council is failing to comply with its best value duty in respect of leadership, governance, culture and the use of resources. I have considered the report carefully and I accept its findings in full.",
 "I am particularly concerned by the inspectors' findings that decisions are taken outside the council's formal structures, that the council has had four Monitoring Officers since May 2023, and that almost half of the staff who responded to the inspectors' survey would not feel safe raising a concern about the conduct of a senior member. No council can be well run in those conditions.",
 "I am also concerned about the council's financial position. With usable reserves of £7.9 million and a budget gap of £21.4 million over three years, the council is at serious risk of being unable to set a balanced budget. I have noted the council's request for exceptional financial support, which will be considered separately, and I expect any support to be accompanied by a credible plan for financial recovery.",
 "I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council and to appoint commissioners. I propose to appoint a Lead Commissioner, a Finance Commissioner and a Governance Commissioner, who would exercise functions relating to governance, finance, procurement and the appointment of statutory officers.",
 "I propose that the intervention should last until 30 September 2029. I would expect the council, working with the commissioners, to produce an improvement and recovery plan within three months, and the commissioners to report to me on progress after six months and every six months after that.",
 "Before I take a final decision, I invite representations from the council on the proposed directions and on the report. Any representations should be sent to the department by 6 October 2026. I will also consider any representations from other interested parties.",
 "I want to be clear that intervention is not a judgement on the many dedicated staff of the council, nor on the residents of Bramcote, who deserve better. The council should not wait for my final decision before beginning the work of improvement.",
 "I am copying this letter to the Leader of the council, to the leaders of the opposition groups and to the council's external auditor.",
]
LETTER_SIGNER = ["The Rt Hon Gareth Linley MP", "Secretary of State for Housing, Communities and Local Government"]
