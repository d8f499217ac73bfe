"""The words of the Harrowfield inspection report. Writes report.json (pages are filled in by
build.py after rendering). Footnote calls are written {n} here: they are rendered as "[n]" and
left out of a place's text."""
import json
import re

TITLE = "Best Value Inspection of Harrowfield District Council"

FOREWORD = [
    "In March 2024 the Secretary of State appointed us to carry out a Best Value inspection of Harrowfield District Council. This report sets out what we found between June and August 2024 and what we believe must now happen.",
    "We met many officers and members who care deeply about Harrowfield and who were candid with us, often at some personal cost. We are grateful to them. Nothing in this report should be read as a criticism of the front-line staff who have kept services running through a difficult period.",
    "Our conclusion, however, is a serious one. The council is failing to comply with its Best Value duty. Its finances are fragile, its governance has been bent around the wishes of a small number of people, and it has not shown that it can put matters right on its own.",
    "Margaret Ellison, Lead Inspector, 30 October 2024",
]

# (chapter title, [(heading or None, [paragraphs...])])
CHAPTERS = [
 ("1 Executive summary", [
  (None, [
   "We were appointed on 14 March 2024 to inspect the council's compliance with the Best Value duty under Part 1 of the Local Government Act 1999.{1} We conclude that Harrowfield District Council is failing to comply with that duty in respect of leadership, governance, culture, use of resources and continuous improvement.",
   "The council's financial position is the most immediate risk. General fund reserves have fallen from £14.2 million in March 2020 to £5.3 million in March 2024, and on the council's own forecast will stand at £1.9 million by March 2026. The medium term financial strategy shows a cumulative gap of £7.8 million over the three years to 2027/28, with no credible plan to close it.",
   "Much of this position stems from the purchase of the Kingsgate Centre in March 2019 for £38.6 million, funded entirely by borrowing. The centre was valued at £17.9 million at 31 March 2024. It has not produced the income the business case promised in any year since it was bought.",
   "We found a culture in which challenge is not welcomed. Fewer than half of the staff who responded to our survey (47%) said they felt able to raise concerns without fear of the consequences, and only 29% said they had confidence in the council's senior leadership.",
   "Decision-making has too often taken place outside the formal structures of the council. Key decisions were shaped in informal meetings of the Leader, the Deputy Leader and a small number of senior officers, and were then presented to Cabinet as settled.",
   "Scrutiny and audit have not provided an effective check. The Overview and Scrutiny Committee has not been given the resources it needs, and the Audit and Governance Committee has not received an unqualified set of accounts since 2020/21.",
   "We do not suggest that any individual member or officer acted for personal gain. The failings we describe are failings of the organisation, and of the way its leaders have chosen to run it.",
   "There are some positive signs. The interim Chief Executive, appointed in February 2024, has begun to address several of the issues in this report, and the council's self-assessment, submitted to us in May 2024, was more candid than many we have seen.",
   "Nonetheless, we do not consider that the council has the capacity or the capability to deliver the necessary improvement within a reasonable timescale without external support. We recommend that the Secretary of State exercises his powers of intervention, and we make eight recommendations to the council.",
  ]),
 ]),
 ("2 Introduction and scope", [
  ("Our appointment", [
   "The Secretary of State announced the inspection in a written ministerial statement on 14 March 2024, following concerns raised by the council's external auditor and by the Public Works Loan Board about the scale of the council's borrowing.{2}",
   "Our terms of reference asked us to examine the council's governance, culture and leadership, its financial management, its commercial activity, its procurement and its arrangements for scrutiny and audit. We were also asked to consider whether the council has the capacity to improve.",
  ]),
  ("Our methodology", [
   "We carried out 74 interviews with members, officers and partners, held 11 focus groups with staff, and reviewed more than 2,300 documents supplied by the council.",
   "We ran an anonymous survey of all council staff in June 2024. It received 612 responses, a response rate of 38%. We also surveyed all 48 councillors, of whom 29 responded.",
   "Where we quote members or officers we have done so to illustrate views that we heard more widely. We have not attributed comments to individuals, and we do not treat a single account as a finding unless we were able to corroborate it.",
  ]),
 ]),
 ("3 Leadership and culture", [
  ("Political leadership", [
   "The same political group has controlled the council since 2011. The current Leader has held the post since 2016, and four of the eight Cabinet members have served in Cabinet continuously for more than six years.",
   "Long tenure is not in itself a weakness. But we found that it has bred a belief, among some senior members, that the administration's judgement does not need to be tested. One Cabinet member told us that scrutiny was \"a sideshow run by people who lost the election\".",
   "The Leader told us that he welcomed challenge and that his door was always open. We accept that the Leader believes this. However, the evidence we gathered points the other way, and many of those we interviewed described a leadership that reacts badly to disagreement.",
   "We heard from several officers that reports had been rewritten at the request of Cabinet members before publication, so as to remove or soften professional advice. We saw drafts that bore this out in two cases, concerning the Kingsgate Centre and the Harrowfield Homes business plan.",
   "We do not suggest that the Leader acted improperly in asking for reports to be changed. Members are entitled to comment on drafts. But the line between comment and pressure has not been well understood at Harrowfield, and officers told us that they did not feel able to refuse.",
  ]),
  ("Officer leadership", [
   "The council has had four chief executives, three of them interim, since 2019, and three monitoring officers in the past four years. The post of Section 151 officer was filled on an interim basis for 14 of the 36 months before our inspection.",
   "This turnover has left the council without a stable senior team able to give consistent, confident professional advice. Several senior officers described themselves to us as \"keeping their heads down\".",
   "The interim Chief Executive has made a good start. She has strengthened the corporate management team, commissioned an independent review of the council's companies and begun a review of the constitution. These are the right priorities.",
  ]),
  ("Staff survey", [
   "Our staff survey painted a mixed picture. Staff are committed to Harrowfield and to their own services: 72% said they were proud to work for the council. But they have little confidence in how the organisation is led. The main results are set out in Table 1.",
   "Only 18% of respondents agreed that decisions at the council are made openly and transparently, and 31% said they had witnessed or experienced bullying or harassment at work in the previous twelve months.",
   "Of those who said they had witnessed or experienced bullying or harassment, 56% said they had not reported it. The most common reason given was a belief that nothing would be done.",
   "The results were worse among staff in corporate and regulatory services than among those in front-line operational services. We do not consider this surprising: those teams have had the most contact with senior members.",
  ]),
  ("Relationships between members and officers", [
   "The Member-Officer Protocol was last revised in 2014. It does not reflect current practice and few of the members we spoke to were aware of its contents.",
   "We were told of instances in which members had contacted junior officers directly to press for particular outcomes in planning and licensing matters. We were not able to verify each of these accounts, and we make no finding about any individual case.",
   "Nevertheless, the pattern is a concerning one. The council received 23 complaints under the members' code of conduct in 2023, compared with seven in 2020. Only four had been concluded at the time of our fieldwork.",
   "Relationships across the political groups are poor. Opposition members told us that they were routinely denied information that they needed to do their job, and we saw correspondence in which requests for basic budget information had gone unanswered for several months.",
   "The Leader told us that opposition members were given \"everything they are entitled to and more\". We found that this was not the case. On at least six occasions in 2023, requests made under the council's access to information procedure rules were refused without a lawful basis being given.",
   "Culture will not change quickly. We think it will change only if the council's leadership shows, visibly and consistently, that it wants to hear bad news and will act on it.",
  ]),
 ]),
 ("4 Governance and decision-making", [
  ("The constitution", [
   "The council's constitution has not been comprehensively reviewed since 2012. It contains contradictory provisions on the delegation of executive functions, and the scheme of delegation to officers was found to be out of date in at least 17 places.",
   "The financial procedure rules permit the Leader to approve virements of up to £500,000 without reference to Cabinet. This threshold is high for a council of Harrowfield's size, and we found that it had been used 19 times in 2023/24.",
  ]),
  ("Key decisions", [
   "Cabinet took 38 key decisions in 2023/24. Eleven of those decisions were not on the Forward Plan at the required 28 days' notice and were taken using the general exception or special urgency provisions.",
   "In most of these cases the urgency was of the council's own making. Reports were delayed while their contents were discussed informally, and the time for proper notice was then lost.",
   "We found that key decisions were routinely shaped in an informal weekly meeting of the Leader, the Deputy Leader, the Chief Executive and the Director of Finance. This meeting had no terms of reference, and no notes of it were kept.",
   "Informal meetings between leading members and senior officers are a normal part of local government. The difficulty at Harrowfield is that this meeting became the place where decisions were made, and Cabinet became the place where they were announced.",
   "Cabinet reports frequently omitted options that officers had considered and rejected. In the case of the decision to refinance the Kingsgate Centre in 2022, the Cabinet report set out a single option and did not mention the advice of the council's treasury advisers.",
  ]),
  ("The role of statutory officers", [
   "The statutory officers have not been able to act as an effective check. The monitoring officer has no direct access to the Leader's informal meeting and was not consulted on several decisions with significant legal implications.",
   "We were told that a former monitoring officer had prepared a report under section 5 of the Local Government and Housing Act 1989 in 2022, but that it was never issued.{3} We have seen a draft of that report. We make no finding as to why it was not issued, but it should have been.",
   "The Section 151 officer told us that she had considered issuing a report under section 114 of the Local Government Finance Act 1988 in the autumn of 2023. She decided not to, because the council agreed to a package of in-year savings. We consider that decision was reasonable at the time.",
  ]),
  ("Transparency", [
   "Too much of the council's business is conducted in private. In 2023/24, 41% of Cabinet reports contained an exempt appendix, and on nine occasions Cabinet excluded the press and public for the whole of an item.",
   "Members of the public told us that they had struggled to find out how and why decisions had been taken. The council's website is difficult to navigate, and the publication of decision notices has been inconsistent.",
   "We recognise that commercial confidentiality is sometimes necessary, particularly in relation to the Kingsgate Centre. But exempt information should be the exception, and the council has not shown that it applies the public interest test with care.",
  ]),
  ("Risk management", [
   "The corporate risk register lists 22 risks. The risk of a loss of income from the Kingsgate Centre has been rated amber since 2020, even though the centre has lost money in every year since 2021/22.",
   "Risk management is seen as a compliance exercise rather than as a tool for managing the council. Risks are rarely escalated, and members of the Audit and Governance Committee told us that they did not receive enough information to challenge the ratings.",
   "The council's self-assessment recognised that its risk management was \"immature\". We agree.",
  ]),
 ]),
 ("5 Scrutiny and audit", [
  ("Overview and scrutiny", [
   "The Overview and Scrutiny Committee has not been given the resources it needs to do its job. It is supported by a single scrutiny officer, who also services three other committees.",
   "The committee's work programme is dominated by performance reports and updates from Cabinet members. It has not carried out a substantive review of the council's commercial activity, its companies or its finances since 2019.",
   "Of the nine call-in requests made since May 2023, none was allowed to proceed. In seven cases the chairman ruled that the request did not meet the criteria in the constitution; we found that at least four of those rulings were open to question.",
   "Of the 29 councillors who responded to our survey, 17 said that scrutiny at the council was ineffective or very ineffective. Only five said it was effective.",
   "The chair of the Overview and Scrutiny Committee is a member of the ruling group. We do not suggest that an opposition chair is always necessary. But at Harrowfield the arrangement has contributed to a perception, which we found to be widely held, that scrutiny exists to support the Cabinet.",
  ]),
  ("Audit and governance", [
   "The Audit and Governance Committee met four times in 2023/24, against a planned six. Two meetings were inquorate. The committee has no independent member, contrary to CIPFA's guidance.{4}",
   "The council's accounts for 2021/22 and 2022/23 had not been audited at the time of our fieldwork. The external auditor issued a disclaimed opinion on the 2022/23 accounts in September 2024, in line with the national backstop arrangements.",
   "The external auditor's annual report for 2022/23 identified significant weaknesses in the council's arrangements for financial sustainability and governance, and made three statutory recommendations. The council's response to those recommendations was slow and, in part, defensive.",
   "Internal audit gave a limited assurance opinion for 2023/24. Of 37 high priority internal audit recommendations due for implementation by March 2024, 21 had not been implemented.",
   "Members of the committee told us that they were \"given the answer before we have asked the question\". We saw no evidence that the committee had held senior officers to account for overdue actions.",
  ]),
 ]),
 ("6 Financial management", [
  ("The revenue position", [
   "The council's net revenue budget for 2024/25 is £19.6 million. Its medium term financial strategy, approved in February 2024, shows a cumulative budget gap of £7.8 million over the three years from 2025/26 to 2027/28.",
   "The council has balanced its budget in each of the last four years by drawing on reserves. The use of reserves to balance the budget totalled £8.9 million between 2020/21 and 2023/24.",
   "General fund reserves stood at £14.2 million at 31 March 2020. By 31 March 2024 they had fallen to £5.3 million. On the council's own forecast they will fall to £1.9 million by 31 March 2026, below the minimum prudent level of £3.5 million set by the Section 151 officer. Table 2 shows the position.",
   "Earmarked reserves have also been used to support the revenue budget. At least £2.4 million was released from earmarked reserves in 2022/23 and 2023/24 without a clear explanation of why the original purpose no longer applied.",
  ]),
  ("Savings", [
   "The council has repeatedly set savings targets that it has not achieved. Of £4.1 million of savings planned for 2022/23 and 2023/24, £1.7 million was delivered.",
   "Savings plans are often little more than headings. We saw plans that consisted of a target figure and a line of description, with no delivery plan, no named lead and no assessment of risk.",
   "The council's self-assessment stated that \"the council has a strong track record of living within its means\". We do not agree. The council has lived within its means only by spending its reserves.",
  ]),
  ("Borrowing and capital", [
   "The council's external borrowing rose from £24.0 million in March 2018 to £96.4 million in March 2024. Its capital financing requirement rose from £31.2 million to £112.7 million over the same period.",
   "Almost all of the increase was borrowing for commercial purposes: the Kingsgate Centre, loans to Harrowfield Homes Ltd and the purchase of two industrial units. Financing costs now absorb 21% of the council's net revenue budget, compared with 6% in 2017/18.",
   "The council's treasury management strategy for 2024/25 assumes that borrowing of £18.0 million will be refinanced in 2025/26 at an interest rate of 3.5%. We consider that assumption optimistic. A rate of 5.0% would add around £270,000 a year to the council's costs.",
   "The council has not set aside a prudent minimum revenue provision on its commercial assets. In 2023/24 it made no provision at all on the Kingsgate Centre, on the basis that the asset would hold its value. That basis can no longer be sustained.",
  ]),
  ("Financial capacity and grip", [
   "The finance team has lost experienced staff. Eight of its 23 posts were vacant or filled by agency staff at the time of our fieldwork, and the team spends much of its time on the backlog of unaudited accounts.",
   "Budget monitoring reports to Cabinet are late and hard to follow. The quarter two monitoring report for 2023/24 was presented in January 2024, by which time the forecast overspend had grown from £0.9 million to £1.6 million.",
   "Budget holders told us that they do not feel responsible for their budgets. One service manager told us that \"overspends just disappear at the year end\". We found that this was, in effect, what happened.",
   "The interim Director of Finance, appointed in April 2024, has a clear understanding of the scale of the problem. We were impressed by her candour. She will need the support of members to take difficult decisions.",
   "In our view the council faces a real risk of issuing a section 114 notice within the next two financial years unless it takes urgent and sustained action to reduce its costs and its debt.",
  ]),
  ("The council's companies", [
   "The council owns two companies: Harrowfield Homes Ltd, a housing development company, and Harrowfield Commercial Services Ltd, which manages the council's commercial property. Members of the Cabinet sit on both boards.",
   "The shareholder function is weak. There is no shareholder committee, and the council has not received an annual business plan from either company since 2021.",
  ]),
 ]),
 ("7 Commercial activity and the Kingsgate Centre", [
  ("The purchase", [
   "The council bought the Kingsgate Centre, a shopping centre in the middle of Harrowfield, in March 2019 for £38.6 million. With stamp duty and fees, the total cost was £40.2 million, all of it borrowed from the Public Works Loan Board.",
   "The business case forecast a net income to the council, after financing costs, of £2.4 million a year. It assumed an occupancy rate of 95% and annual rent increases of 2%.",
   "The business case was prepared by consultants instructed by the Director of Regeneration. It was not independently reviewed. Members were given two working days to read it before the Cabinet meeting at which the purchase was approved.",
   "We saw advice from the council's own property team, dated February 2019, which warned that the centre's two anchor tenants had lease break clauses in 2021 and that \"the risk to income is significant\". This advice was not included in the Cabinet report.",
   "The Leader told us that the purchase had been \"the right decision at the time\" and that no one could have foreseen the effect of the pandemic. We accept that the pandemic was not foreseeable. But the risks to the centre's income were known before it, and they were not put to members.",
  ]),
  ("Performance since purchase", [
   "Occupancy at the centre has fallen to 61%. One of the two anchor tenants left in 2021, and the other has reduced its floor space by half.",
   "Net income, after financing costs, has been below the business case in every year. In 2023/24 the centre produced a net loss of £0.6 million, against the forecast income of £2.4 million, a shortfall of £3.0 million.",
   "The centre was valued at £17.9 million at 31 March 2024, a fall of 54% from the purchase price. The council's outstanding borrowing for the centre is £36.1 million.",
   "In 2022 the council refinanced part of the borrowing and extended its term. This reduced annual costs in the short term but increased the total interest payable over the life of the loans by an estimated £4.7 million.",
  ]),
  ("The council's response", [
   "The council has commissioned a strategic review of the centre's future. The review was due to report in March 2024 and had not reported at the time of our fieldwork.",
   "We understand the reluctance of members to sell the centre at a loss. But the council cannot continue to carry the centre's losses without an end point, and it must take a decision on its future based on a realistic assessment of the options.",
   "We do not say that the council should sell the centre. That is a decision for the council. What the council must do is make that decision openly, on the basis of independent advice, and within a defined timescale.",
  ]),
  ("Other commercial investments", [
   "In 2020 the council bought two industrial units on the Ashdown Road estate for a combined £6.3 million. Both are let, and they produce a modest net return of around £110,000 a year.",
   "These purchases were better managed than the Kingsgate Centre. They were supported by independent advice and the business cases were realistic. We found no evidence that the council has learned from the difference.",
   "The council's commercial strategy, adopted in 2018, has not been reviewed since. It still refers to an ambition to generate £5 million a year from commercial activity by 2025, an ambition that the council is far from meeting.",
  ]),
 ]),
 ("8 Procurement and contract management", [
  ("Waivers", [
   "In 2022/23 and 2023/24 the council approved 143 waivers, with a combined value of £11.3 million. Table 3 sets out the position. Of the 143, 64 were approved retrospectively, after the work had begun or the goods had been delivered.",
   "Several waivers were used to extend contracts with the same supplier year after year. One contract for consultancy services, originally let for £48,000, had been extended by waiver four times and had reached a total value of £412,000.",
  ]),
  ("Capacity and controls", [
   "The council has one procurement officer. Procurement advice is not routinely sought on contracts above the quotation threshold, and the contracts register was last fully updated in 2022.",
   "We found no evidence of fraud or corruption in the contracts we examined. But the weakness of the council's controls means that it could not be confident of detecting either.",
   "The council has not prepared for the Procurement Act 2023, which comes into force in February 2025. Officers told us that training had been planned but not yet arranged.",
  ]),
  ("Contract management", [
   "Contract management is inconsistent. The waste and street cleansing contract, the council's largest at £4.2 million a year, is well managed, with clear performance indicators and regular review. Most other contracts have no named contract manager.",
  ]),
 ]),
 ("9 Housing company and services", [
  ("Harrowfield Homes Ltd", [
   "The council established Harrowfield Homes Ltd in 2018 to build homes for sale and rent. It has lent the company £22.5 million.",
   "The company's first business plan promised 180 homes by 2024. By the time of our fieldwork it had completed 46. Its latest accounts show net liabilities of £3.2 million.",
   "The company's board has no independent non-executive director, and two of its four directors are Cabinet members. We consider that this creates a conflict between their roles as directors and their roles in holding the company to account on behalf of the council.",
   "The loans to the company were approved without a full assessment of the company's ability to repay them. We consider that there is a significant risk that part of the £22.5 million will not be recovered.",
  ]),
  ("Services", [
   "Our inspection was not an inspection of services, and we do not comment on most of them. But we note that performance in some services has declined in a way that reflects the wider problems we describe.",
   "In 2023/24 the council determined 41% of minor planning applications within the statutory period or an agreed extension of time. Residents and businesses told us of long delays and of calls and emails that went unanswered.",
   "The council's waste, recycling and street cleansing services are well regarded by residents, and its revenues and benefits service has maintained good performance despite staff shortages. These are real strengths on which the council can build.",
  ]),
 ]),
 ("10 Conclusions and capacity to improve", [
  ("Capacity to improve", [
   "The council has taken some steps since the inspection was announced. It has appointed an interim Chief Executive and an interim Director of Finance, established an improvement board and begun to review its constitution.",
   "These steps are welcome but they are not enough. The council's improvement plan, approved in July 2024, contains 87 actions but few measurable outcomes, and it does not address the culture of the organisation or its financial position in any depth.",
   "The council has also lacked the political will to confront its problems. Several senior members continue to regard the council's difficulties as the product of the pandemic and of inflation, rather than of decisions the council itself took.",
   "We do not consider that the council is capable of making the necessary improvements within a reasonable timescale without external support and oversight.",
  ]),
  ("Our view on intervention", [
   "We recommend that the Secretary of State exercises his powers under section 15 of the Local Government Act 1999 to appoint commissioners to oversee the council's improvement, with powers over the council's financial, governance and commercial functions.",
   "We also recommend that the council implements the eight recommendations that follow, working with the commissioners, and that its progress is reported publicly at least every six months.",
  ]),
 ]),
]

RECOMMENDATIONS = [
    "The council should, within three months, prepare a financial recovery plan that closes the budget gap over the period of the medium term financial strategy without further use of general fund reserves, and restores those reserves to at least the minimum prudent level by March 2028.",
    "The council should take a decision on the future of the Kingsgate Centre, on the basis of independent advice, within twelve months.",
    "The council should carry out a full review of its constitution, including its scheme of delegation and financial procedure rules, and reduce the Leader's virement limit.",
    "The council should end the practice of taking decisions in informal meetings, and ensure that all key decisions are taken openly, with the options considered set out in the report.",
    "The council should strengthen its scrutiny function, including by increasing the resources available to it, and should consider offering the chair of the Overview and Scrutiny Committee to a member of an opposition group.",
    "The council should appoint at least two independent members to the Audit and Governance Committee and ensure that overdue audit recommendations are implemented.",
    "The council should establish a shareholder committee, appoint independent directors to the boards of its companies, and review the loans made to Harrowfield Homes Ltd.",
    "The council should commission and implement an organisational culture programme, led by the Chief Executive, with clear measures of success that are reported to members.",
]

TABLES = {
 "Table 1": {
  "after": 26,
  "caption": "Table 1: Staff survey, June 2024, selected results (612 respondents)",
  "head": ["Statement", "Agree", "Neither", "Disagree"],
  "rows": [
   ["I am proud to work for the council", "72%", "17%", "11%"],
   ["I understand how my work contributes to the council's priorities", "68%", "19%", "13%"],
   ["My line manager supports me", "74%", "14%", "12%"],
   ["I have the tools and resources I need to do my job", "46%", "21%", "33%"],
   ["I feel able to raise concerns without fear of the consequences", "47%", "20%", "33%"],
   ["I have confidence in the council's senior leadership", "29%", "28%", "43%"],
   ["Members and officers work well together", "24%", "31%", "45%"],
   ["Decisions at the council are made openly and transparently", "18%", "27%", "55%"],
   ["Change at the council is well managed", "21%", "30%", "49%"],
   ["I am kept well informed about what is happening at the council", "39%", "25%", "36%"],
   ["I would recommend the council as a place to work", "44%", "26%", "30%"],
   ["I have witnessed or experienced bullying or harassment in the last 12 months", "31%", "-", "-"],
   ["I intend to be working for the council in two years' time", "52%", "29%", "19%"],
  ],
  "source": "Source: Best Value inspection staff survey, June 2024.",
 },
 "Table 2": {
  "after": 61,
  "caption": "Table 2: General fund reserves and use of reserves, 2019/20 to 2025/26 (£ million)",
  "head": ["Year", "Balance at 31 March", "Used to balance budget"],
  "rows": [
   ["2019/20", "14.2", "0.0"],
   ["2020/21", "12.6", "1.6"],
   ["2021/22", "10.1", "2.5"],
   ["2022/23", "7.9", "2.2"],
   ["2023/24", "5.3", "2.6"],
   ["2024/25 (forecast)", "3.4", "1.9"],
   ["2025/26 (forecast)", "1.9", "1.5"],
  ],
  "source": "Source: Statements of accounts and medium term financial strategy, February 2024.",
 },
 "Table 3": {
  "after": 92,
  "caption": "Table 3: Waivers of contract procedure rules, 2022/23 and 2023/24",
  "head": ["", "2022/23", "2023/24", "Total"],
  "rows": [
   ["Waivers approved", "68", "75", "143"],
   ["of which retrospective", "29", "35", "64"],
   ["Value (£ million)", "5.1", "6.2", "11.3"],
  ],
  "source": "Source: Council waiver register.",
 },
}

FOOTNOTES = {
    1: "Local Government Act 1999, section 3. The Secretary of State's powers of inspection are in section 10 of the Act.",
    2: "Written Ministerial Statement, Harrowfield District Council: Best Value Inspection, 14 March 2024.",
    3: "Section 5 of the Local Government and Housing Act 1989 requires the monitoring officer to report on any proposal, decision or omission that has given or is likely to give rise to a contravention of the law or maladministration.",
    4: "CIPFA, Position Statement: Audit Committees in Local Authorities and Police, 2022.",
}


def strip_calls(text):
    return re.sub(r"\{\d+\}", "", text)


def build_data():
    places = []
    for para in FOREWORD:
        places.append({"label": "foreword", "kind": "foreword", "chapter": "Foreword",
                       "heading": None, "page": None, "text": para, "_raw": para})
    n = 0
    for chapter, sections in CHAPTERS:
        for heading, paras in sections:
            for para in paras:
                n += 1
                places.append({"label": str(n), "kind": "paragraph", "chapter": chapter,
                               "heading": heading, "page": None, "text": strip_calls(para),
                               "_raw": para})
                for tname, t in TABLES.items():
                    if t["after"] == n:
                        cells = [c for c in t["head"] if c]
                        for row in t["rows"]:
                            cells += row
                        places.append({"label": tname, "kind": "table", "chapter": chapter,
                                       "heading": heading, "page": None,
                                       "text": " ".join(cells), "_table": tname})
    assert n == 110, n
    for i, rec in enumerate(RECOMMENDATIONS, 1):
        places.append({"label": f"R{i}", "kind": "recommendation", "chapter": "Recommendations",
                       "heading": None, "page": None, "text": rec, "_raw": rec})
    return {
        "title": TITLE,
        "kind": "report",
        "file": "report.pdf",
        "producer": "xhtml2pdf (HTML and CSS through xhtml2pdf.pisa.CreatePDF)",
        "numbering": "sequential",
        "page_offset": 0,
        "furniture": ["Harrowfield DC: Best Value Inspection Report", "Page N of M"],
        "places": places,
        "footnotes": [{"number": k, "page": None, "text": v} for k, v in FOOTNOTES.items()],
    }


if __name__ == "__main__":
    print(len(build_data()["places"]))
