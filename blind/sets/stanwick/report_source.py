"""One-off: writes report.json (texts only; build.py fills the pages)."""
import json

T = "Best Value Inspection of Stanwick District Council"
places = []
def P(label, kind, chapter, heading, text):
    places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                   "page": None, "text": text})

ES = "Executive summary"
P("executive summary", "summary", ES, None,
  "Stanwick District Council is a small district council with a large problem. Over the last six years it has borrowed heavily to fund the regeneration of Stanwick Quay and a portfolio of commercial property outside the district, and it has done so through governance arrangements that were not equal to the risks it was taking. By March 2025 the council's external borrowing stood at £214.6 million, against a net revenue budget of £17.9 million.")
P("executive summary", "summary", ES, None,
  "We found a council in which a small group of senior members and officers took the decisions that mattered, in which challenge was unwelcome, and in which scrutiny and audit were not given the information they needed. We also found committed staff, a frank new Chief Executive and a growing recognition among members that things must change. We have concluded that the council is failing to comply with its Best Value duty in respect of governance, culture, financial management and the use of resources, and we have made eleven recommendations.")

C1 = "1 Introduction"
P("1.1", "paragraph", C1, "Our appointment",
  "On 3 February 2025 the Secretary of State appointed us under section 10 of the Local Government Act 1999 to carry out an inspection of Stanwick District Council's compliance with the Best Value duty. Our terms of reference asked us to look in particular at governance, culture and leadership, financial management and the council's use of its trading companies.")
P("1.2", "paragraph", C1, "Our appointment",
  "The inspection took place between February and June 2025. We held 94 interviews with members, officers, partners and former staff, attended 11 council and committee meetings, and reviewed more than 3,000 documents. We also ran a confidential survey of staff, to which 612 people responded, and a shorter survey of members.")
P("1.3", "paragraph", C1, "Our appointment",
  "We are grateful to everyone who gave us their time. Many staff spoke to us at some personal cost, and several asked that nothing they said should be traceable to them. We have honoured that request throughout this report.")
P("1.4", "paragraph", C1, "The council",
  "Stanwick is a district of about 118,000 people in the South East. The council has 43 members elected in 19 wards. Since 2019 it has been run by a single-party administration holding 26 seats; the opposition groups hold the remaining 17.")
P("1.5", "paragraph", C1, "The council",
  "The council employs about 1,490 people, including the staff of its housing repairs service, which was brought back in house in 2021. It owns two companies: Stanwick Developments Limited, set up in 2018 to deliver the Stanwick Quay scheme, and Stanwick Commercial Holdings Limited, which holds the council's out-of-district property investments.")
P("1.6", "paragraph", C1, "The council",
  "We do not suggest that regeneration, or commercial investment as such, was the wrong course for the council. Many councils have pursued both successfully. Our concern is with how the decisions were taken, how the risks were understood and reported, and how the council responded when warning signs appeared.")

C2 = "2 Leadership and culture"
P("2.1", "paragraph", C2, "Political leadership",
  "The Leader has led the council since 2019 and is widely regarded, by supporters and critics alike, as energetic and ambitious for the district. Many members and officers told us that the Stanwick Quay scheme would not have happened without the Leader's personal commitment.")
P("2.2", "paragraph", C2, "Political leadership",
  "That commitment has come at a price. We heard repeatedly that key decisions were settled in informal meetings between the Leader, the Deputy Leader and a small number of senior officers before they reached Cabinet. Of the 37 Cabinet decisions on the Quay scheme that we examined, 31 were taken without any recorded discussion of alternatives.")
P("2.3", "paragraph", C2, "Political leadership",
  "The Leader told us that the administration had inherited a council that was risk-averse to the point of paralysis, and that speed had been necessary to secure external funding. We accept that funding deadlines were real. We do not accept that they explain the exclusion of the wider Cabinet, or of the council's statutory officers, from decisions of this scale.")
P("2.4", "paragraph", C2, "Member and officer relations",
  "Relations between members and senior officers have been poor for some time. Between 2021 and 2024 the council had three Chief Executives, two of them interim, and four Section 151 officers. Two senior officers left under settlement agreements during the same period, at a combined cost of £412,000.")
P("2.5", "paragraph", C2, "Member and officer relations",
  "Several officers described a culture in which unwelcome advice was treated as disloyalty. One senior officer told us that they had been told to stop putting things in writing. We were not able to corroborate that account, and we do not make a finding on it, but we heard similar descriptions from enough people to conclude that officers did not feel free to give frank advice.")
P("2.6", "paragraph", C2, "Member and officer relations",
  "We do not suggest that any member acted dishonestly or for personal gain. We saw no evidence of that. The failings we describe are failings of governance and culture, not of personal integrity.")
P("2.7", "paragraph", C2, "The staff survey",
  "Our staff survey was completed by 612 staff, a response rate of 41 per cent. The results, summarised in Annex C, are stark. Only 38% of respondents said they trusted the council's senior leadership, and 47% said they would not feel safe raising a concern about wrongdoing.")
P("2.8", "paragraph", C2, "The staff survey",
  "More than half of respondents (54%) said that they had seen or experienced bullying or harassment at work in the last two years, and of those, 71% said they had not reported it. The most common reason given was a belief that nothing would be done.")
P("2.9", "paragraph", C2, "The staff survey",
  "The results were not uniformly negative. Some 82% of respondents said they were proud of the services they delivered, and 76% said their immediate manager treated them with respect. The problem, in other words, lies less with the council's workforce than with the way it is led.")
P("2.10", "paragraph", C2, "The new Chief Executive",
  "The current Chief Executive took up post in September 2024. Members and officers alike told us that the Chief Executive had brought a welcome directness, and the council's self-assessment, prepared under the Chief Executive's direction, was more candid than we expected. We commend it.")
P("2.11", "paragraph", C2, "The new Chief Executive",
  "A single appointment cannot change a culture on its own. The Chief Executive has not yet been given the resources, or the consistent political backing, needed to do so. Three of the eight posts in the corporate leadership team were vacant or filled on an interim basis when we completed our fieldwork.")
P("2.12", "paragraph", C2, "The new Chief Executive",
  "We consider that the council's leadership, political and managerial, now has to show that it can: (a) accept the findings of this report without qualification; (b) rebuild trust between members and officers, beginning with the relationship between the Cabinet and the statutory officers; and (c) support the Chief Executive in building a permanent senior team.")

C3 = "3 Governance and decision-making"
P("3.1", "paragraph", C3, "The constitution",
  "The council's constitution was last comprehensively reviewed in 2016. It has been amended piecemeal since, most significantly in 2020 when the threshold for a key decision was raised from £250,000 to £1 million. The effect of that change was that a large share of decisions about the Quay scheme were taken by individual Cabinet members or officers under delegated powers and were never published as key decisions.")
P("3.2", "paragraph", C3, "The constitution",
  "We found 64 delegated decisions between 2020 and 2024 with a value of more than £250,000 that would have been key decisions under the previous threshold. Their combined value was £58.3 million.")
P("3.3", "paragraph", C3, "Decision-making on Stanwick Quay",
  "The decision to establish Stanwick Developments Limited was taken by Cabinet in July 2018 on the basis of a business case that assumed residential sales values 18% above those achieved in the district at the time. The business case was not independently reviewed and was not updated when construction costs rose.")
P("3.4", "paragraph", C3, "Decision-making on Stanwick Quay",
  "By the time of our inspection the estimated cost of the first two phases of the scheme had risen from £96 million to £161 million, an increase of 68%. Members told us that they learned of the scale of the increase from a local newspaper before they were told by officers.")
P("3.5", "paragraph", C3, "Decision-making on Stanwick Quay",
  "The council's own submission to us stated that members had at all times been kept fully informed of the scheme's progress. We do not agree. The papers we reviewed show that Cabinet received no written report on the scheme's costs between November 2022 and October 2023, a period in which the estimated cost rose by £29 million.")
P("3.6", "paragraph", C3, "Company governance",
  "The council acts as shareholder of both its companies through a Shareholder Committee. That committee met only four times between 2021 and 2024, against the six meetings a year provided for in its terms of reference, and on two of those occasions it was not quorate.")
P("3.7", "paragraph", C3, "Company governance",
  "The Deputy Leader has been a director of Stanwick Developments Limited since 2018 while also chairing the Shareholder Committee. We do not suggest that the Deputy Leader acted improperly, but the arrangement placed the same person on both sides of the relationship, and the council's Monitoring Officer advised against it in 2019. That advice was not acted upon.")
P("3.8", "paragraph", C3, "Company governance",
  "The companies' annual business plans were presented to the Shareholder Committee late, and in 2023 not at all. Neither company has had its accounts signed off on time since 2021.")
P("3.9", "paragraph", C3, "The statutory officers",
  "The statutory officers, the Head of Paid Service, the Section 151 officer and the Monitoring Officer, have not been treated as the council's most senior source of advice. Until 2024 the Monitoring Officer was not a member of the corporate leadership team and did not routinely see Cabinet reports before publication.")
P("3.10", "paragraph", C3, "The statutory officers",
  "In March 2023 the then Section 151 officer wrote to the Leader setting out serious concerns about the affordability of the council's borrowing. The letter was not shared with Cabinet or with the Audit and Governance Committee. The officer left the council four months later.")
P("3.11", "paragraph", C3, "The statutory officers",
  "We do not consider that the current Monitoring Officer or the current Section 151 officer bears responsibility for the failings we describe. Both have been in post for less than two years and both have, in our view, given sound advice since their appointment.")
P("3.12", "paragraph", C3, "Transparency",
  "The council has been slow to publish information that residents are entitled to see. Of the 212 requests made under the Freedom of Information Act in 2024, 46% were answered outside the statutory 20 working days, and the council's register of delegated decisions had not been updated for eleven months.")

C4 = "4 Financial management"
P("4.1", "paragraph", C4, "The financial position",
  "The council's financial position is serious. Its external borrowing rose from £31.2 million in March 2019 to £214.6 million in March 2025, nearly seven times the earlier figure. The cost of servicing that debt is forecast to reach £9.8 million in 2025/26, more than half of the council's net revenue budget.")
P("4.2", "paragraph", C4, "The financial position",
  "The council's usable reserves fell from £24.5 million in March 2021 to £8.7 million in March 2025. Of the remaining balance, only £2.9 million is unallocated general fund reserve, which the Section 151 officer has advised is below the prudent minimum of £3.5 million.")
P("4.3", "paragraph", C4, "The financial position",
  "In January 2025 the council asked the government for exceptional financial support of £23 million over two years, in the form of a capitalisation direction. That request had not been decided when we completed our fieldwork.")
P("4.4", "paragraph", C4, "Commercial property",
  "Between 2019 and 2022 the council bought eleven commercial properties, all but one of them outside the district, for a total of £87.4 million. The stated purpose was to generate income to protect front-line services. The portfolio yielded a net return of 1.2% in 2024/25 against the 5.5% assumed when the purchases were approved.")
P("4.5", "paragraph", C4, "Commercial property",
  "Two of the properties are now vacant and a third is let to a tenant in administration. The most recent valuation, in December 2024, put the portfolio's value at £61.9 million, £25.5 million less than the council paid for it.")
P("4.6", "paragraph", C4, "Commercial property",
  "The Leader told us that the portfolio had been a sound investment undone by events that no one could have foreseen. We recognise that market conditions changed. But the council's own treasury advisers had warned in 2020 that the concentration of the portfolio in out-of-town retail and offices carried a high risk, and that warning was not reported to members.")
P("4.7", "paragraph", C4, "Budget setting and monitoring",
  "The council has set a balanced budget each year, but in four of the last five years it has done so only by drawing on reserves or by assuming savings that were not delivered. Of £6.2 million of savings approved between 2021/22 and 2024/25, £3.4 million was achieved.")
P("4.8", "paragraph", C4, "Budget setting and monitoring",
  "Budget monitoring reports to Cabinet were generally on time, but they reported the Quay scheme and the companies separately from the council's general fund, and in a form that made the combined exposure difficult to see. Table 1 sets out the main figures.")
P("Table 1", "table", C4, "Budget setting and monitoring",
  "Year External borrowing (£m) Usable reserves (£m) Debt servicing cost (£m) "
  "2020/21 58.7 24.5 2.1 "
  "2021/22 112.3 21.8 3.9 "
  "2022/23 167.9 16.4 6.0 "
  "2023/24 198.2 11.3 8.1 "
  "2024/25 214.6 8.7 9.2")
P("4.9", "paragraph", C4, "Budget setting and monitoring",
  "We acknowledge that the council's finance team is capable and has worked hard under difficult conditions. The team has, however, lost experienced staff: nine of its 23 posts were vacant or covered by agency staff in May 2025.")
P("4.10", "paragraph", C4, "Budget setting and monitoring",
  "External audit has been delayed. The auditor has not yet given an opinion on the council's accounts for 2022/23 or 2023/24, and issued a statutory recommendation under Schedule 7 of the Local Audit and Accountability Act 2014 in November 2024 about the council's arrangements for managing its companies.")
P("4.11", "paragraph", C4, "The capital programme",
  "The capital programme is too large for the council to manage or afford. It stood at £142.8 million for the period 2025/26 to 2028/29 when we completed our fieldwork. Table 2 lists the schemes in it.")
P("Table 2", "table", C4, "The capital programme",
  "Scheme Budget 2025/26 to 2028/29 (£m) Status "
  "Stanwick Quay phase 2 48.6 On site "
  "Stanwick Quay phase 3 31.2 Design "
  "Quayside car park 9.4 Design "
  "Market Square public realm 6.8 On site "
  "Leisure centre refurbishment 12.5 Tender "
  "Depot relocation 8.1 Feasibility "
  "Council housing new build 14.7 On site "
  "Disabled facilities grants 3.6 Ongoing "
  "Vehicle fleet replacement 4.2 Ongoing "
  "ICT modernisation 2.9 Ongoing "
  "Flood defence contribution 1.3 Agreed "
  "Total 142.8")
P("4.12", "paragraph", C4, "The capital programme",
  "We do not consider that the capital programme can be delivered as planned unless the council stops or defers at least one phase of the Quay scheme. The Section 151 officer has said as much to Cabinet, and we agree.")

C5 = "5 Scrutiny and audit"
P("5.1", "paragraph", C5, "Overview and scrutiny",
  "The council has a single Overview and Scrutiny Committee. It is chaired by a member of the majority group, contrary to the practice recommended in the statutory guidance on overview and scrutiny, and it did not consider the Quay scheme once between 2021 and 2024.")
P("5.2", "paragraph", C5, "Overview and scrutiny",
  "Scrutiny members told us that requests for information were routinely refused or delayed, and that call-ins were discouraged. Of the seven call-in requests made since 2020, five were ruled invalid on procedural grounds.")
P("5.3", "paragraph", C5, "Overview and scrutiny",
  "Scrutiny has been supported by a single officer, shared with democratic services. We consider that scrutiny at Stanwick has not been given the resources to do its job.")
P("5.4", "paragraph", C5, "Audit and governance",
  "The Audit and Governance Committee meets regularly and its chair is respected across the council. It does not yet have an independent member, although the CIPFA position statement on audit committees recommends at least one, and two of its members are also members of the Cabinet.")
P("5.5", "paragraph", C5, "Audit and governance",
  "Internal audit gave a limited assurance opinion in each of the last three years. Of the 58 high-priority internal audit recommendations made since 2022, 23 had not been implemented by their due date.")
P("5.6", "paragraph", C5, "Audit and governance",
  "The committee was not told of the external auditor's concerns about the companies until the statutory recommendation was issued. The chair told us that the committee had felt like the last to know.")
P("5.7", "paragraph", C5, "Member development",
  "The council's member development programme is thin. Only 14 of the 43 members attended any training on finance or company governance in the last two years, and there is no induction for members appointed to the Shareholder Committee.")
P("5.8", "paragraph", C5, "Member development",
  "In our members' survey, 29 of the 43 members responded. Of those, 19 said they did not feel they had enough information to challenge decisions about the Quay scheme, and 11 said they had felt pressure to vote with their group against their own judgement.")

C6 = "6 Procurement and contract management"
P("6.1", "paragraph", C6, "Waivers",
  "The council's contract procedure rules allow the requirement to seek competition to be waived in limited circumstances. Between April 2021 and March 2025 the council approved 143 waivers with a combined value of £11.7 million.")
P("6.2", "paragraph", C6, "Waivers",
  "Almost a third of those waivers (46) related to the Quay scheme or the companies, and 19 were approved after the work had begun. We do not suggest that the council paid more than the market rate in every case, but it cannot show that it obtained value for money.")
P("6.3", "paragraph", C6, "Waivers",
  "The council's own review of waivers in 2024 found weaknesses but was not reported to any committee. One officer described waivers to us as the normal way of getting things done.")
P("6.4", "paragraph", C6, "Contract management",
  "Contract management is inconsistent. The council holds no single register of its contracts, and the register of contracts above £25,000 it is required to publish was incomplete when we checked it in April 2025.")
P("6.5", "paragraph", C6, "Contract management",
  "The main construction contract for the Quay scheme has been varied 27 times. The variations together added £18.9 million to the contract price. Eleven of them were approved by a single officer without reference to the council's contract procedure rules.")
P("6.6", "paragraph", C6, "Housing repairs",
  "The housing repairs service has improved since it was brought in house. The backlog of non-urgent repairs fell from 4,120 jobs in April 2023 to 2,640 in March 2025, and tenant satisfaction with repairs rose from 58% to 66%.")
P("6.7", "paragraph", C6, "Housing repairs",
  "Nevertheless 312 homes had an open damp and mould case older than six months in March 2025. We regard that as unacceptable, and we were concerned that the service was not clear which of those cases involved children or vulnerable adults.")
P("6.8", "paragraph", C6, "Partnerships",
  "Partners, including the county council, the local NHS trust and the voluntary sector, were generally positive about working with officers, but several told us that the council had become inward-looking since 2022 and that they no longer knew whom to approach.")

C7 = "7 Conclusions"
P("7.1", "paragraph", C7, None,
  "We have concluded that Stanwick District Council is failing to comply with its Best Value duty. The failures are in governance, in culture and leadership, in financial management and in the use of resources.")
P("7.2", "paragraph", C7, None,
  "We do not believe that the council can make the necessary improvements on its own within a reasonable timescale. The scale of the financial risk, the weakness of the council's governance and the depth of the cultural problems mean that external support and oversight are needed.")
P("7.3", "paragraph", C7, None,
  "We recommend that the Secretary of State consider appointing commissioners with powers over the council's finance, governance and company functions, and that those powers be kept under review. We do not recommend that commissioners take over all of the council's functions: its front-line services are, for the most part, sound.")
P("7.4", "paragraph", C7, None,
  "The council has an opportunity to change. Its new Chief Executive, its statutory officers and many of its members recognise the scale of the task. Whether they succeed will depend on whether the council's political leadership is willing to share power, accept challenge and act on advice.")

C8 = "8 Recommendations"
recs = [
 "The council should prepare, within three months, an improvement plan addressing each of the findings in this report, agreed by full Council and published.",
 "The council should carry out a full review of its constitution, including the key decision threshold, the scheme of delegation and the contract procedure rules, and should restore the key decision threshold to no more than £500,000.",
 "The council should ensure that the statutory officers have direct access to the Leader, Cabinet and full Council and are members of the corporate leadership team, and that their advice is recorded.",
 "The council should review the governance of its companies, ending the practice of members serving as both directors and shareholder representatives, and should decide within six months whether each company remains necessary.",
 "The council should prepare a medium-term financial strategy that does not rely on the use of reserves to balance the budget and that restores the unallocated general fund reserve to at least £3.5 million by March 2027.",
 "The council should review the capital programme and decide, within six months, whether to stop, defer or reduce phase 3 of the Stanwick Quay scheme.",
 "The council should prepare and begin to implement a plan to reduce its exposure to commercial property, including options for the disposal of the out-of-district portfolio.",
 "The council should strengthen overview and scrutiny, including by appointing a chair from outside the majority group and providing dedicated officer support.",
 "The council should appoint at least one independent member to the Audit and Governance Committee and ensure that no Cabinet member sits on it.",
 "The council should commission an independent review of its organisational culture, including its arrangements for whistleblowing and for dealing with complaints of bullying, and should publish the findings.",
 "The council should put in place a programme of member development on finance, company governance and the conduct of scrutiny, and make it compulsory for members appointed to the relevant committees.",
]
for i, r in enumerate(recs, 1):
    P(f"Recommendation {i}", "recommendation", C8, None, r)

CA = "Annex C Survey methodology and results"
P("C1", "annex", CA, None,
  "The staff survey was open from 10 March to 4 April 2025 and was run by an independent survey provider. It was sent to all 1,490 staff and completed by 612, a response rate of 41%. Responses were anonymous.")
P("C2", "annex", CA, None,
  "The members' survey was open from 17 March to 11 April 2025. It was sent to all 43 members and completed by 29. Because of the small numbers involved we report members' responses as counts rather than percentages.")
P("C3", "annex", CA, None,
  "The main staff survey results are shown in Table 3. Percentages are of those who answered each question, and may not sum to 100 because of rounding.")
P("Table 3", "table", CA, None,
  "Statement Agree (%) Disagree (%) "
  "I trust the council's senior leadership 38 44 "
  "I would feel safe raising a concern about wrongdoing 41 47 "
  "I have seen or experienced bullying or harassment in the last two years 54 39 "
  "I am proud of the services I deliver 82 9 "
  "My immediate manager treats me with respect 76 13 "
  "Senior leaders listen to staff 29 55")
P("C4", "annex", CA, None,
  "Staff in the housing repairs service and in customer services were the most positive about their immediate managers. Staff in the corporate centre were the least positive about senior leadership: only 22% of them said they trusted it.")
P("C5", "annex", CA, None,
  "We do not claim that the survey results are representative of the whole workforce. The response rate was reasonable for a survey of this kind, but those with concerns may have been more likely to respond.")

footnotes = [
 "Local Government Act 1999, section 10.",
 "Council submission to the inspection, 14 March 2025.",
 "Local Audit and Accountability Act 2014, Schedule 7, paragraph 2.",
 "Statutory guidance on overview and scrutiny in local and combined authorities, 2019.",
 "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022.",
]
data = {"title": T, "kind": "report", "file": "report.pdf", "producer": "rst2pdf 0.105",
        "numbering": "two-level", "page_offset": 0,
        "furniture": ["OFFICIAL | Page N of M", "running header: the chapter title, e.g. 4 Financial management"],
        "places": places,
        "footnotes": [{"number": i, "page": None, "text": t} for i, t in enumerate(footnotes, 1)]}
json.dump(data, open("report.json", "w"), indent=1, ensure_ascii=False)
print(len(places), "places")
