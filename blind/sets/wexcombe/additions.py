# extra paragraphs appended to named sections: (chapter title, heading) -> [texts]
ADD = {
("Introduction and background", "The council and the borough"): [
 "The borough has pockets of significant deprivation. Two neighbourhoods in Wexcombe town fall within the most deprived 10% in England, and the harbour area has seen the closure of a number of long-established businesses since 2019.",
 "The council’s external auditor issued a statutory recommendation under the Local Audit and Accountability Act 2014 in March 2024, relating to the council’s arrangements for overseeing WHDL and its financial sustainability. That recommendation was among the matters that led to this inspection.",
],
("Introduction and background", "Our approach"): [
 "We were given good access to documents and to people. We are grateful to the officers who arranged our programme, often at short notice. On a small number of occasions documents we requested were provided only after repeated requests, and we were told that the record of some decisions could not be found.",
],
("Leadership and governance", "Political leadership"): [
 "The Leader’s briefing is attended by the Leader, the Deputy Leader, the Cabinet member for finance and, at the Leader’s invitation, the Chief Executive. The section 151 officer and the Monitoring Officer are not routinely invited.",
 "We heard from members of the ruling group who told us they had been discouraged from asking questions in public meetings. One told us that loyalty was “valued above everything else”. We heard nothing to suggest that this was the view of the group as a whole.",
],
("Leadership and governance", "The constitution and decision-making"): [
 "Decision notices for officer decisions are not consistently published. We found 23 officer decisions in 2023/24 with a value above £100,000 for which no decision record had been published, contrary to the council’s own rules.",
],
("Leadership and governance", "Audit and Governance Committee"): [
 "The committee’s members told us that they relied heavily on the external and internal auditors to identify issues, and that they had received little training. Only three of the committee’s seven members had attended the training offered in 2023.",
],
("Culture and relationships", "Member and officer relationships"): [
 "The protocol on member and officer relations was adopted in 2014 and has not been revised. Few of the officers we spoke to were aware of it, and none could recall its being used to resolve a dispute.",
 "Officers described a number of incidents in which members had criticised named officers in public meetings or on social media. The council has no agreed process for dealing with such incidents, and officers told us they felt unsupported when they occurred.",
],
("Culture and relationships", "The staff survey"): [
 "The survey showed marked differences between services. Staff in the housing and planning services were the least positive; staff in waste and street scene were among the most positive in almost every category.",
],
("Financial management", "The overall position"): [
 "The council has overspent its net revenue budget in each of the last three years. The overspend was £1.5 million in 2021/22, £2.5 million in 2022/23 and £3.5 million in 2023/24. The largest single cause was the shortfall in commercial income.",
 "The council has also relied on one-off income to balance its budgets, including £2.2 million of capital receipts used flexibly to fund transformation costs in 2022/23 and 2023/24. Much of this was used to meet the cost of redundancies and of interim staff rather than to deliver lasting savings.",
],
("Financial management", "Commercial property investment"): [
 "The council did not have a property investment strategy when the first acquisitions were made. A strategy was adopted in 2020, after four of the six acquisitions had been completed.",
 "Since changes to the lending terms of the Public Works Loan Board in November 2020, the council has been unable to borrow from it for investment primarily for yield. The council has made no acquisitions since 2021, and we found no evidence that it intends to make any.",
 "Members told us they had not understood the scale of the risk. One Cabinet member said that the portfolio had been presented as “a way of protecting front-line services”. The reports we have seen bear that out.",
],
("Financial management", "Financial management capacity"): [
 "The capital programme for 2024/25 is £31.7 million, of which £12.4 million relates to the inner harbour scheme. Slippage has exceeded 40% of the programme in each of the last three years, which suggests that the programme is not realistic.",
 "The council’s treasury management strategy has not been reviewed by the Audit and Governance Committee for two years. Its borrowing, at £207 million including the housing revenue account, is high relative to the size of the council.",
],
("Scrutiny", "The Overview and Scrutiny Committee"): [
 "The committee has rarely asked for Cabinet members or senior officers to attend. In 2023/24 the Leader attended once, and no Cabinet member was asked to account for the performance of their portfolio.",
],
("Scrutiny", "Support for scrutiny"): [
 "Training for scrutiny members was last provided in 2021. Several members told us they did not understand how to use the call-in procedure, and the constitution is not clear about how it should work.",
],
("Wexcombe Harbour Developments Limited and procurement", "Governance of the company"): [
 "The company has no employees of its own. Its work is carried out by council staff under a service agreement that was never signed, and by consultants. We could not establish how the council recovers the cost of the staff time it provides to the company.",
 "The council’s loans to the company were made at interest rates below those at which the council itself borrowed. We consider that the council should take advice on whether the loans comply with the subsidy control regime.",
],
("Wexcombe Harbour Developments Limited and procurement", "Procurement"): [
 "The council has a single procurement officer. The post of procurement manager has been vacant since 2022, and the council’s procurement strategy expired in 2021. We consider that the council is not ready for the new requirements of the Procurement Act 2023.",
 "Spending with suppliers that are not on any contract was £14.9 million in 2023/24, about a fifth of the council’s total third-party spending.",
],
("Services to residents", "Housing"): [
 "The council has begun a programme of stock condition surveys and has recruited additional surveyors. It expects to complete the surveys by the end of 2025. We welcome this, although the timetable is ambitious given the council’s recent record.",
 "Tenants we met were frustrated by the repairs service but spoke warmly of individual staff. The tenants’ panel told us that it had raised concerns about damp and mould on several occasions and that it had not received a response to any of them until the regulator intervened.",
],
("Services to residents", "Planning"): [
 "The council does not have an up-to-date local plan. Its plan was adopted in 2014, and work on a replacement has been paused twice. The council’s five-year housing land supply stood at 3.1 years in 2024.",
],
("Services to residents", "Partnerships"): [
 "The voluntary and community sector told us that grant funding had been cut without notice and that the council had not consulted it about the changes. The council’s grants to the sector fell from £612,000 in 2021/22 to £298,000 in 2024/25.",
],
("Capacity to improve", "The council’s response so far"): [
 "The council’s submission stated that it had “a clear and credible plan for improvement that is already delivering results”. We have not seen evidence that supports that description.",
 "We recognise that the new Chief Executive has been in post for less than a year, and that the permanent director of finance joined the council in November 2024. Both told us that they would welcome external support. The Chief Executive told us that, in her view, the council “cannot do this alone”.",
],
("Capacity to improve", "Our conclusions"): [
 "We have weighed carefully the argument, put to us by the Leader, that intervention would undermine the progress the council has begun to make. We do not find it persuasive. The steps taken so far are largely the work of officers, and they have not yet been tested.",
 "We considered whether intervention could be limited to the council’s finances. We have concluded that it could not. The financial problems are a consequence of the weaknesses of governance and culture that we describe, and they cannot be addressed in isolation.",
],
}
