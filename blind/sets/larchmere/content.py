# Content of the Larchmere report and letter: every numbered place's exact text.
# build.py renders it (HTML -> LibreOffice PDF) and writes report.json / letter.json.

TITLE = "Best Value Inspection of Larchmere City Council"
LETTER_TITLE = "Letter from the Secretary of State to the Chief Executive of Larchmere City Council"

# Chapters: (number, title, [ (section number, subheading, [ (para text, footnote or None) ]) ])
CHAPTERS = [
 ("1", "Executive summary", [
  ("1.1", "Overall conclusion", [
   ("We were appointed by the Secretary of State on 3 March 2026 to carry out a Best Value inspection of Larchmere City Council under section 10 of the Local Government Act 1999. We conclude that the council is failing to comply with its Best Value duty in respect of leadership, governance, culture and financial management.", None),
   ("We found a council in which decisions of real consequence were taken by a small group of members and officers, with little written advice, limited challenge and a reluctance to hear bad news. Many of the individuals we met are committed to Larchmere and to its residents; the failings we describe are failings of systems and behaviours, not of effort.", None),
   ("The council's financial position is serious but not yet beyond recovery. The general fund reserve fell from £21.4 million in March 2022 to £7.9 million in March 2025, and the council has used one-off measures to balance each of its last three budgets. We do not consider that the medium term financial strategy, as presented to us, is credible.", None),
   ("We do not suggest that any member or officer acted dishonestly. We have seen no evidence of personal gain. What we have seen is a pattern of decisions taken without the information, advice and scrutiny that a council of this size should expect as a matter of course.", None),
  ]),
  ("1.2", "Capacity to improve", [
   ("The council has begun to respond. The Chief Executive, appointed in September 2025, has commissioned a review of the constitution and a new performance framework, and members of all groups told us that they want the council to improve. In our view, however, the council does not have the capacity to deliver the scale of change required without external support.", None),
   ("We therefore recommend that the Secretary of State exercises his powers of intervention, including the appointment of commissioners with functions covering governance, finance and the council's commercial activity, for a period of not less than three years.", None),
  ]),
 ]),
 ("2", "Introduction and scope", [
  ("2.1", "The inspection", [
   ("The inspection team comprised a lead inspector and three assistant inspectors. We spent 31 days on site between March and June 2026, held 118 interviews with members, officers and partners, and reviewed more than 2,400 documents supplied by the council.", None),
   ("We also ran a confidential staff survey in April 2026, to which 1,146 of the council's 2,715 staff responded, a response rate of 42%. Its main results are set out in Table 1 at Annex A.", "Survey administered independently of the council; responses were anonymous and no individual response has been shared with the council."),
   ("We are grateful to members, officers and partners for their time. Where we report what individuals told us, we do so without naming them; where we report the view of a group, we say so.", None),
  ]),
  ("2.2", "Larchmere and its council", [
   ("Larchmere is a unitary authority on the coast of the South West with a population of approximately 214,000. The council has 57 members. At the time of our inspection it was led by a minority administration, which held 26 of the 57 seats and relied on the support of independent members to pass its budget.", None),
   ("The council's net revenue budget for 2025/26 is £268.5 million. Its capital programme for the five years from 2025/26 totals £412 million, of which £176 million relates to the Harbourside regeneration scheme.", None),
  ]),
 ]),
 ("3", "Leadership and culture", [
  ("3.1", "Political leadership", [
   ("The Leader told us that the administration had inherited 'a council that had stopped making decisions' and that pace had been necessary to restore confidence. We accept that some of the decisions taken in 2023 and 2024 were overdue. Pace, however, is not a substitute for due process.", None),
   ("Cabinet members described a style of leadership in which the important conversations took place before meetings rather than at them. One cabinet member told us that 'the Cabinet meeting is where we announce things, not where we decide them'. We found that description to be accurate for the decisions we examined.", None),
   ("Relationships between the political groups are poor. Opposition members told us that they learned of significant decisions from the local press. The administration told us that the opposition had 'no interest in anything but headlines'. Neither characterisation is fair to the many members who work constructively across groups in committee.", None),
   ("The Leader also told us that the administration 'has nothing to hide' and had welcomed the inspection. We acknowledge the cooperation we received from the Leader's office throughout.", None),
  ]),
  ("3.2", "Officer leadership", [
   ("The council has had four chief executives, two of them interim, since April 2021. The post of Section 151 officer has been filled on an interim basis for 19 of the last 36 months. That degree of turnover at the top of the organisation has made it difficult to maintain a consistent direction.", None),
   ("We found that statutory officers were not always consulted before significant decisions. The Monitoring Officer was not asked to advise on the decision of June 2024 to lend £18.5 million to Larchmere Harbourside Developments Ltd until after the heads of terms had been agreed.", None),
   ("The current Chief Executive has made a promising start. Staff and partners told us that she is visible, listens and is prepared to take difficult decisions. It is too early, however, to judge whether the changes she has begun will take root.", None),
   ("The capacity of the senior team has been further reduced by vacancies. At the time of our inspection, three of the eight posts at director level were filled by interim or acting appointments.", None),
  ]),
  ("3.3", "Organisational culture", [
   ("The staff survey shows a workforce that is committed to its services but lacks confidence in its leadership. Only 31% of respondents agreed that senior leaders communicate a clear vision, and 47% said they would not feel safe to speak up about a concern at work.", None),
   ("Several officers described a culture in which raising a concern was regarded as disloyal. One senior officer told us that 'you learn quickly that the answer is yes, and the question is how'. We heard similar accounts from officers in different directorates, and we consider them credible.", None),
   ("We also heard positive accounts. In the council's front-line services, and particularly in adult social care, staff spoke warmly of their immediate managers, and 78% of respondents agreed that their line manager treats them with respect.", None),
   ("The council's whistleblowing arrangements are not well understood. Fewer than one in five respondents (18%) knew how to raise a concern under the policy, and the council received only three whistleblowing disclosures in the three years to March 2026.", None),
   ("The council spent £4.8 million on agency and interim staff in 2024/25, up from £2.1 million in 2021/22. Much of that spending was in children's services, finance and legal services.", None),
  ]),
 ]),
 ("4", "Governance and decision-making", [
  ("4.1", "The constitution", [
   ("The council's constitution was last comprehensively reviewed in 2017. It is inconsistent in places and out of date in others: the scheme of delegation still refers to posts that no longer exist, and the financial procedure rules set thresholds that the council itself no longer applies.", None),
   ("We welcome the review of the constitution commissioned by the Chief Executive. It should be completed quickly, and members should be fully involved in it.", None),
  ]),
  ("4.2", "Key decisions", [
   ("We examined 42 key decisions taken between April 2023 and December 2025. In 17 of them the report to the decision-maker did not set out the alternative options considered, and in 11 the legal and financial implications were added after the report had been published.", None),
   ("Eleven decisions were taken under the urgency procedure in 2024/25, compared with two in 2022/23. We were not persuaded that all of them were urgent. In at least four cases the urgency arose from delays within the council rather than from any external deadline.", None),
   ("The Forward Plan is not a reliable guide to forthcoming decisions. Of the key decisions taken in 2025, 38% did not appear on the Forward Plan 28 days before they were taken.", None),
   ("We do not suggest that the urgency procedure was used to avoid scrutiny. Its frequent use nevertheless had that effect, and members outside the Cabinet were left with little opportunity to influence decisions before they were made.", None),
   ("Records of decisions taken by officers under delegated powers were incomplete. We found that 29% of the officer decisions we sampled had no written record at all.", None),
  ]),
  ("4.3", "Member-officer relations", [
   ("The protocol on member-officer relations is sound on paper. In practice, we found that some members gave instructions directly to officers below the level of director, and that officers did not always feel able to decline.", None),
   ("The Standards Committee received 64 complaints in 2024/25, more than double the 29 it received in 2022/23. Most were resolved informally, but the rise is a further sign of the strained relationships we describe.", None),
  ]),
  ("4.4", "Transparency", [
   ("The council publishes less than it should. Of 212 Cabinet and committee reports in 2025, 46 were wholly or partly exempt from publication, and in a number of cases the reason given was not one that the law allows.", None),
   ("The council responded to 96% of Freedom of Information requests within the statutory deadline in 2025. That is a creditable performance, and it contrasts with the council's approach to publishing its own decisions.", None),
  ]),
 ]),
 ("5", "Scrutiny and audit", [
  ("5.1", "Overview and scrutiny", [
   ("Scrutiny at Larchmere is under-resourced and under-used. The council has one scrutiny officer supporting four committees. Scrutiny has not been given the resources it needs to hold the executive to account.", None),
   ("Call-in has been used twice since 2023, and on both occasions the decision was confirmed without amendment. Chairs of scrutiny told us that they rarely received papers in time to prepare, and that requests for information were often answered late or not at all.", None),
   ("We found examples of good scrutiny work, including a review of home-to-school transport in 2024 that led to savings of £1.2 million. Such examples are the exception rather than the rule.", None),
   ("Scrutiny members told us that they would welcome more training. Only 12 of the 57 members attended the scrutiny training offered in 2025.", None),
  ]),
  ("5.2", "Audit and governance", [
   ("The Audit and Governance Committee has not been effective. It does not have an independent member, its meetings were inquorate on three occasions in 2025, and it did not receive an internal audit annual opinion for 2023/24 until February 2025.", None),
   ("The external auditor issued statutory recommendations in November 2025 under Schedule 7 of the Local Audit and Accountability Act 2014, relating to the council's oversight of its companies. The council has accepted them, but its action plan does not set out who is responsible for each action or when it will be completed.", "External auditor's Annual Report 2024/25, issued November 2025."),
   ("Internal audit issued 14 limited or no assurance opinions in 2024/25. Of the 96 agreed actions arising from audits in 2023/24, 41 had not been implemented by their due date.", None),
  ]),
 ]),
 ("6", "Financial management", [
  ("6.1", "Financial resilience", [
   ("The council's reserves have fallen sharply. The general fund reserve fell from £21.4 million in March 2022 to £7.9 million in March 2025, and earmarked reserves fell from £63.0 million to £38.6 million over the same period.", None),
   ("At 2.9% of the net revenue budget, the general fund reserve is now below the level the council's own reserves policy describes as the minimum prudent level of 5%.", None),
   ("On the CIPFA Financial Resilience Index the council's level of reserves places it among the highest-risk unitary authorities. We accept that the Index is an indicator rather than a verdict, but its message is consistent with what we found.", "CIPFA Financial Resilience Index 2025, reserves sustainability measure."),
   ("The council has balanced its budget in each of the last three years by drawing on reserves, by capitalising revenue costs under a capitalisation direction of £9.0 million in 2024/25, and by savings that were not delivered in full.", None),
  ]),
  ("6.2", "Savings and the medium term", [
   ("Of £34.6 million of savings approved for the three years to 2025/26, £19.8 million had been delivered by March 2026. Savings from the transformation programme were consistently overstated: of £8.2 million expected from digital transformation, £2.3 million was achieved.", None),
   ("The medium term financial strategy identifies a cumulative budget gap of £46.3 million by 2028/29. It relies on savings proposals that are not yet identified for more than half of that gap, and on income from the Harbourside scheme that we consider optimistic.", None),
   ("The interim Section 151 officer told us that the council 'has a credible plan to close the gap'. We do not share that view. The strategy, as presented to us, is not credible unless the council identifies and agrees specific savings for the later years.", None),
   ("Budget monitoring has improved in 2025/26, and members now receive monthly reports. Forecast overspends in children's services and temporary accommodation of £11.7 million in total at month six nevertheless indicate that the base budget remains unrealistic.", None),
   ("The council's submission described the 2025/26 budget as 'robust and deliverable'. Given the forecast overspends, we do not consider that description to be justified.", None),
  ]),
  ("6.3", "Capital and borrowing", [
   ("The council's external borrowing increased from £318 million in March 2021 to £611 million in March 2025, almost doubling in four years. Much of the increase financed commercial and regeneration schemes.", None),
   ("The capital strategy does not give members a clear picture of the revenue cost of borrowing. Interest payable rose from £9.6 million in 2021/22 to £24.1 million in 2025/26, and now represents 9% of the net revenue budget.", None),
   ("The council has not breached its authorised limit for borrowing. The operational boundary was, however, exceeded in two months of 2024/25, and members were not told until the outturn report.", None),
  ]),
 ]),
 ("7", "Commercial activity and procurement", [
  ("7.1", "Larchmere Harbourside Developments Ltd", [
   ("Larchmere Harbourside Developments Ltd (LHDL) was established in 2021 as a wholly owned company to deliver the regeneration of the Harbourside area. The council has lent the company £64.5 million, including the £18.5 million loan agreed in June 2024.", None),
   ("The business case for the June 2024 loan was prepared by the company and was not independently reviewed before the decision. It assumed that 420 homes would be sold by March 2027; by March 2026, 37 had been sold.", None),
   ("The council's submission stated that 'the shareholder function is robust and well understood'. The evidence we gathered does not support that statement. The Shareholder Committee met four times in three years, and on two occasions it did not receive the company's accounts.", None),
   ("We do not consider that the council has been an effective shareholder. It has acted as lender, landlord, planning authority and owner of the company without clear separation between those roles.", None),
   ("The Managing Director of LHDL told us that the company 'would have delivered the homes on time had the council not changed the brief three times'. We have not been able to verify that account, and the council disputes it.", None),
   ("The council has impaired £22.0 million of its loans to LHDL in its draft 2024/25 accounts. Further impairment is likely unless sales improve significantly.", None),
  ]),
  ("7.2", "Procurement and contract management", [
   ("The council spends around £190 million a year with third parties. Its procurement function is small and its contract register incomplete: we identified 23 contracts with a combined value of £14.7 million that did not appear on it.", None),
   ("Waivers of the contract procedure rules are frequent. The council approved 88 waivers in 2024/25 with a total value of £9.3 million, of which 31 were approved retrospectively, after the work had begun.", None),
   ("Some contract management is good. The highways maintenance contract is well managed and we heard positive accounts of it from members and officers. The arrangements for the leisure contract, by contrast, have not been reviewed since 2019.", None),
   ("The council has no social value policy, despite committing to introduce one in its Corporate Plan 2023-2027.", None),
  ]),
 ]),
 ("8", "Service delivery", [
  ("8.1", "Housing and homelessness", [
   ("Demand for temporary accommodation has risen steeply. The number of households in temporary accommodation rose from 312 in March 2022 to 946 in March 2026, and the council's net spending on it has trebled over the same period.", None),
   ("The council has not had a housing strategy since 2022. Officers told us that a new strategy had been delayed by the need to resolve the future of the Harbourside scheme. In our view the council should not have allowed the two to become so closely linked.", None),
   ("The council's landlord services were the subject of a Regulator of Social Housing judgement in 2025. We have not re-examined those findings, but we note that the council's response to them was slow.", None),
   ("Families with children were placed in bed and breakfast accommodation for longer than the six-week legal limit in 58 cases in 2025.", None),
  ]),
  ("8.2", "Children's and adults' services", [
   ("Children's services were judged Requires Improvement to be Good by Ofsted in 2024. We found that the service has a credible improvement plan and committed leadership, although it continues to depend heavily on agency social workers, who make up 34% of the workforce.", None),
   ("Adult social care is a relative strength. Members and partners described it as well led, and the council's own performance data show that delayed transfers of care have fallen for three successive years.", None),
  ]),
  ("8.3", "Partnerships", [
   ("Partners generally spoke well of officers but less well of the council as an institution. The council's partners told us that they found it 'hard to know who speaks for the council', and several described decisions being reversed without explanation.", None),
   ("The council's relationship with the integrated care board is constructive. Its relationship with neighbouring councils is more distant, and we found little evidence that the council looks to them for learning or shared services.", None),
   ("Voluntary and community sector organisations told us that the council's grants programme had been cut by 40% since 2022 without consultation.", None),
  ]),
 ]),
 ("9", "Capacity for improvement", [
  ("9.1", "The council's own improvement work", [
   ("The council's improvement plan, agreed by Cabinet in January 2026, contains 64 actions. It is a welcome start but it is largely a list of activities rather than outcomes, and 22 of the actions have no named owner.", None),
   ("The council has recently appointed a permanent Director of Finance, who will take up the post of Section 151 officer in September 2026. That is a positive step. The finance team nevertheless has a vacancy rate of 27%, and its capacity to support the improvement required is limited.", None),
   ("Members of all groups have joined a cross-party improvement board. It has met twice, and it is too soon to say whether it will work as intended.", None),
  ]),
  ("9.2", "Our conclusion on capacity", [
   ("Members and officers told us that they recognise the need to change. We believe them. But recognition is not capacity. The council has not demonstrated that it can deliver sustained improvement at the pace required without external support and direction.", None),
   ("We consider that intervention is necessary and proportionate. We recommend that commissioners be appointed, and that the council be directed to prepare an improvement and recovery plan within six months of their appointment.", None),
   ("We do not consider that the council should be relieved of responsibility for its own improvement. Commissioners should work with and through the council's members and officers wherever possible.", None),
  ]),
 ]),
]

RECOMMENDATIONS = [
 ("R1", "The council should agree and publish, within three months, a revised constitution, including a scheme of delegation and financial procedure rules that reflect current practice."),
 ("R2", "The council should ensure that every report for a key decision sets out the options considered and the advice of the statutory officers before it is published."),
 ("R3", "The council should restrict the use of the urgency procedure to genuine cases of urgency and report each use to full council."),
 ("R4", "The council should give its overview and scrutiny function the resources it needs, including at least three dedicated scrutiny officers."),
 ("R5", "The council should appoint at least two independent members to the Audit and Governance Committee and ensure that its meetings are quorate."),
 ("R6", "The council should prepare a balanced and credible medium term financial strategy, with savings proposals identified in full for each year, and rebuild its general fund reserve to at least 5% of its net revenue budget."),
 ("R7", "The council should commission an independent review of Larchmere Harbourside Developments Ltd, including its business plan, its loans and the council's shareholder arrangements."),
 ("R8", "The council should bring its contract register up to date and report all waivers of the contract procedure rules to the Audit and Governance Committee."),
 ("R9", "The council should develop, with staff, a programme of cultural change that includes a refreshed whistleblowing policy and regular staff surveys."),
 ("R10", "The council should prepare an improvement and recovery plan, with measurable outcomes and named owners, for approval by the commissioners."),
]

TABLE1_TITLE = "Table 1: Staff survey, April 2026 (1,146 respondents)"
TABLE1 = [
 ("Statement", "Agree", "Disagree"),
 ("Senior leaders communicate a clear vision", "31%", "44%"),
 ("I would feel safe to speak up about a concern", "38%", "47%"),
 ("My line manager treats me with respect", "78%", "9%"),
 ("I know how to raise a concern under the whistleblowing policy", "18%", "61%"),
 ("I am proud to work for the council", "52%", "21%"),
]
FOREWORD = "Larchmere deserves a council that takes its decisions openly, manages its money prudently and listens to those who disagree with it. For too long it has not had one. This report sets out what we found and what we believe must now change. It is not a comfortable read, and it is not meant to be; but nothing in it is beyond the council's power to put right, given time, help and a willingness to be honest about the past."

ANNEX_PARAS = [
 ("A.1", "The survey was open from 6 to 27 April 2026. It was sent to all 2,715 staff, including those without regular access to a computer, who were given paper copies."),
 ("A.2", "Results are rounded to the nearest whole number. Percentages for each statement do not sum to 100 because respondents could answer 'neither agree nor disagree' or 'don't know'."),
 ("A.3", "Free-text comments were received from 604 respondents. We have quoted from them only where a view was expressed by several respondents."),
]

LETTER_DATE = "15 October 2026"
LETTER_PARAS = [
 "I am writing to inform you that I have today laid before Parliament the report of the Best Value inspection of Larchmere City Council, carried out by the inspection team I appointed on 3 March 2026.",
 "The report makes for difficult reading. The inspectors found that the council is failing to comply with its Best Value duty in respect of leadership, governance, culture and financial management, and that it does not have the capacity to make the necessary improvements without external support.",
 "I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council and to appoint commissioners. I propose to appoint a Lead Commissioner, a Finance Commissioner and a Commissioner for Commercial Activity for a period of three years.",
 "I propose that the commissioners should exercise the council's functions relating to the appointment and dismissal of statutory officers, its financial management and its oversight of Larchmere Harbourside Developments Ltd, and that the council should prepare an improvement and recovery plan within six months.",
 "I welcome the steps that you have already taken since your appointment, and I recognise the commitment of the many staff who continue to serve the people of Larchmere well. The intervention I propose is intended to support the council, not to replace it.",
 "I invite the council to make representations on these proposals by 5 November 2026. I will consider any representations carefully before reaching a final decision.",
 "I am copying this letter to the Leader of the Council, the leaders of the political groups and the council's external auditor.",
]
