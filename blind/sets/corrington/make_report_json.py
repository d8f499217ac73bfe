"""Writes report.json (the text of every numbered place). Pages are filled in by build.py."""
import json

TITLE = "Best Value Inspection of Corrington Metropolitan Borough Council"
places = []
TABLE1_ROWS = [['Statement', 'Agree', 'Neither', 'Disagree'], ['I understand the council’s priorities', '68%', '17%', '15%'], ['I am proud to work for the council', '44%', '27%', '29%'], ['I would recommend the council as a place to work', '31%', '26%', '43%'], ['My line manager treats me with respect', '79%', '11%', '10%'], ['I feel able to raise a concern without fear of the consequences', '33%', '20%', '47%'], ['I have confidence in the decisions of senior leadership', '29%', '24%', '47%'], ['Senior leaders are visible and approachable', '26%', '22%', '52%'], ['Members and officers work well together', '21%', '30%', '49%'], ['Members respect the role of officers', '24%', '28%', '48%'], ['I have been asked to act in a way I felt was inappropriate', '18%', '19%', '63%'], ['I have witnessed bullying or harassment at work', '34%', '14%', '52%'], ['I know how to report bullying or harassment', '71%', '12%', '17%'], ['Concerns I have raised have been acted on', '23%', '35%', '42%'], ['Morale in my team has declined in the last two years', '64%', '19%', '17%'], ['I have the resources I need to do my job', '37%', '18%', '45%'], ['My workload is manageable', '41%', '16%', '43%'], ['I intend to be working for the council in two years’ time', '52%', '29%', '19%'], ['Change is well managed at the council', '14%', '27%', '59%'], ['I receive the information I need about decisions that affect me', '27%', '25%', '48%'], ['The council lives up to its stated values', '25%', '31%', '44%']]
footnotes = []

def ch(chapter, items):
    heading = None
    for it in items:
        if isinstance(it, str) and it.startswith("## "):
            heading = it[3:]
            continue
        label, text = it[0], it[1]
        kind = it[2] if len(it) > 2 else "paragraph"
        places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                       "page": None, "text": text})

ch("Executive summary", [
 ("executive summary", "Corrington Metropolitan Borough Council is not meeting its best value duty. We found a council in which decisions of consequence are routinely taken outside the formal framework, in which the financial position has been allowed to deteriorate to the point where the general fund reserve is close to exhaustion, and in which staff do not feel able to challge those who lead them.".replace("challge", "challenge"), "summary"),
 ("executive summary", "There is much that is good in Corrington. Front-line services are delivered by committed staff, residents’ satisfaction with waste collection and libraries remains high, and several members of all groups spoke to us with real candour. But the council’s corporate core has been hollowed out, and the habits of the last five years will not be changed without sustained external support.", "summary"),
 ("executive summary", "We make nine recommendations. We recommend that the Secretary of State considers the use of her powers of intervention, and that an independent improvement and assurance board is established to oversee the council’s recovery.", "summary"),
])

ch("1 Introduction and scope", [
 "## Appointment of the inspection",
 ("1.1", "On 16 July 2024 the Secretary of State appointed us under section 10 of the Local Government Act 1999 to inspect Corrington Metropolitan Borough Council’s compliance with the requirements of Part 1 of that Act. Our terms of reference are set out at Annex A1."),
 ("1.2", "The inspection followed an external assurance review commissioned by the council in January 2024, a qualified value for money conclusion from the external auditor for 2022/23, and a statutory recommendation issued by the auditor in March 2024 on the governance of the Corrington Riverside regeneration scheme."),
 ("1.3", "We were asked to report by 31 December 2024. With the agreement of the department, our report was finalised on 14 January 2025 to allow the council to comment on matters of factual accuracy."),
 "## How we carried out the inspection",
 ("1.4", "Between August and November 2024 we held 112 interviews and focus groups with members, officers, partners and external stakeholders, and we reviewed more than 1,900 documents. We observed 14 formal meetings, including full council, Cabinet, the Audit and Governance Committee and each of the four scrutiny committees."),
 ("1.5", "We ran two confidential surveys: one of all staff, which received 1,412 responses (a response rate of 38%), and one of all 57 elected members, which 41 members completed. The survey results are summarised at Annex A4."),
 ("1.6", "We are grateful to the Chief Executive and to the many officers and members who gave their time. We do not identify individuals in this report. Where we quote those we spoke to, we do so because the view was widely shared, not because it was the view of one person alone."),
])

ch("2 Governance and decision-making", [
 "## The constitution and the forward plan",
 ("2.1", "The council operates a Leader and Cabinet model. The Leader has held office since May 2019 and appoints a Cabinet of nine members. The constitution was last comprehensively reviewed in 2016; piecemeal amendments since then have left it internally inconsistent in several places, including the thresholds for key decisions."),
 ("2.2", "We examined all 64 key decisions taken in 2023/24. Seventeen of them did not appear on the forward plan 28 days before they were taken, as the regulations require. Eleven of those seventeen were taken under the urgency provisions, in most cases without a clear account of why the matter could not wait."),
 ("2.3", "We found that the real forum for decision-making in Corrington is not Cabinet but an informal weekly meeting of the Leader, the Deputy Leader and two senior officers, for which no agenda is published and no notes are kept. By the time a report reaches Cabinet the decision has, in the words of one Cabinet member, “already been made upstairs”."),
 ("2.4", "We do not suggest that informal meetings between the Leader and senior officers are improper in themselves; every council needs them. The difficulty in Corrington is that the formal meetings have become a ratification of what has been settled elsewhere, and that other members, including most of the Cabinet, are not party to the discussion."),
 ("2.5", "The Leader told us that the weekly meeting was “simply where the business gets organised” and that Cabinet members were free to raise any matter at Cabinet. We accept that this is how the Leader sees it. It is not how it was described to us by the majority of those we interviewed."),
 "## Statutory officers",
 ("2.6", "The council has had three chief executives, two of them interim, since 2020. The post of section 151 officer was filled by a succession of interims for 19 months between 2022 and 2024. The monitoring officer post has been filled substantively throughout, but the monitoring officer does not attend the Leader’s weekly meeting and is not routinely consulted on reports before they are published."),
 ("2.7", "The statutory officers do not meet together as a group on any regular basis. We consider that the absence of a functioning statutory officers’ group has contributed directly to the governance failures we describe in this report."),
 ("2.8", "The monitoring officer told us that on at least two occasions advice given in writing was not reported to the members who took the decision. We have seen the relevant correspondence and we are satisfied that this is an accurate account."),
 "## Delegations and urgency",
 ("2.9", "The scheme of delegation permits chief officers to take decisions up to £500,000 without reference to Cabinet. Records of officer decisions are incomplete: of 230 delegated decisions recorded in 2023/24, 71 had no published decision notice."),
 ("2.10", "The urgency provisions require the agreement of the chair of the relevant scrutiny committee. In six of the eleven urgent decisions we examined, that agreement was sought by text message and there is no record of what the chair was told."),
 ("2.11", "We found no evidence that any decision we examined was taken for an improper purpose. The weaknesses are ones of process and transparency, but they are serious, and they mean that members and the public cannot be confident that decisions are taken on the right basis."),
 ("2.12", "Unless the council restores decision-making to its formal meetings and rebuilds the role of the statutory officers, we do not consider that it can demonstrate compliance with its best value duty in relation to governance."),
])

ch("3 Culture and member-officer relationships", [
 "## What staff told us",
 ("3.1", "The staff survey gives a stark picture. Of those who responded, 47% said they did not feel able to raise a concern without fear of the consequences, and only 29% said they had confidence in the decisions of the council’s senior leadership. Nearly two-thirds (64%) said that morale in their team had declined over the previous two years."),
 ("3.2", "Staff in focus groups described a culture of deference to the Leader’s office. Several told us that they had been asked by members to change the wording of reports, and a smaller number that they had been asked to withhold information from opposition members."),
 ("3.3", "One officer told us that the council was “run by fear and favour”. We do not adopt that description, which we regard as too sweeping, but we heard enough similar accounts to conclude that a significant number of staff feel exposed and unsupported."),
 ("Table 1", 'Statement Agree Neither Disagree I understand the council’s priorities 68% 17% 15% I am proud to work for the council 44% 27% 29% I would recommend the council as a place to work 31% 26% 43% My line manager treats me with respect 79% 11% 10% I feel able to raise a concern without fear of the consequences 33% 20% 47% I have confidence in the decisions of senior leadership 29% 24% 47% Senior leaders are visible and approachable 26% 22% 52% Members and officers work well together 21% 30% 49% Members respect the role of officers 24% 28% 48% I have been asked to act in a way I felt was inappropriate 18% 19% 63% I have witnessed bullying or harassment at work 34% 14% 52% I know how to report bullying or harassment 71% 12% 17% Concerns I have raised have been acted on 23% 35% 42% Morale in my team has declined in the last two years 64% 19% 17% I have the resources I need to do my job 37% 18% 45% My workload is manageable 41% 16% 43% I intend to be working for the council in two years’ time 52% 29% 19% Change is well managed at the council 14% 27% 59% I receive the information I need about decisions that affect me 27% 25% 48% The council lives up to its stated values 25% 31% 44%', "table"),
 ("3.4", "Staff turnover rose from 11.2% in 2021/22 to 16.8% in 2023/24, and the vacancy rate in the corporate finance team stood at 31% when we began our work. Exit interview data, where it was collected at all, pointed consistently to the working environment rather than to pay."),
 "## Member behaviour",
 ("3.5", "Of the 41 members who completed our survey, 22 said that they had witnessed bullying or intimidating behaviour by a member towards an officer in the previous two years, and 26 said that they had witnessed such behaviour by one member towards another."),
 ("3.6", "We observed meetings at which members of all groups behaved in ways that fell well below the standards the public are entitled to expect. Personal remarks, interruptions and accusations of bad faith were common at full council. The chair did not intervene on any of the occasions we observed."),
 ("3.7", "The council received 86 complaints under the members’ code of conduct between April 2021 and March 2024. Nine were referred for investigation and breaches were found in two. The average time from complaint to outcome was seven months."),
 ("3.8", "Many members told us that the code of conduct process is used as a political weapon. We do not doubt that some complaints are made for tactical reasons. But the length of time taken to deal with complaints, and the small number investigated, have also left genuine complainants, including officers, with little confidence in the process."),
 "## Training and induction",
 ("3.9", "Member induction after the 2024 elections consisted of a single evening session. Attendance at code of conduct training was not recorded before 2023; in 2023/24, 19 of 57 members attended."),
 ("3.10", "The Standards Committee has met four times in three years and has not reviewed the code of conduct since 2019. It has never considered a report on the council’s arrangements for dealing with complaints against members."),
 ("3.11", "We recommend that the council adopts a new members’ code of conduct, based on the Local Government Association’s model code, and that code of conduct training becomes mandatory for all members within three months of election."),
 ("3.12", "The Leader accepted in interview that “the tone of debate has not been what it should be” and told us that he wished to lead a change. We welcome that, but we do not consider that the council has yet shown the collective will to make it happen."),
])

ch("4 Financial management", [
 "## The budget position",
 ("4.1", "The council’s net revenue budget for 2024/25 is £241.6 million. In 2023/24 it overspent by £11.6 million, of which £6.8 million arose in adult social care and £4.1 million in children’s services. The overspend was met from reserves."),
 ("4.2", "The general fund reserve fell from £18.4 million at 31 March 2021 to £7.9 million at 31 March 2024. On the council’s own forecast it will stand at £3.2 million by March 2026, well below the minimum level of £10 million set by the section 151 officer."),
 ("4.3", "Unless the council acts quickly to close the gap, we consider that it is at real risk of having to issue a section 114 notice within the next two financial years. The medium-term financial strategy identifies a cumulative budget gap of £38.5 million over the three years to 2027/28, of which £21.3 million is not yet matched by savings proposals."),
 ("4.4", "The council’s own submission stated that the budget was “robust and deliverable”. We do not share that view. Savings of £14.9 million were planned for 2023/24; £8.2 million were delivered, and much of the shortfall was attributed to proposals that had not been worked up in any detail before the budget was set."),
 ("4.5", "Table 2 sets out the council’s revenue outturn and reserves from 2020/21 to the forecast for 2025/26."),
 ("Table 2", "Year Net budget Outturn Variance General fund reserve at year end 2020/21 £212.4m £210.9m -£1.5m £18.4m 2021/22 £218.7m £222.3m +£3.6m £14.8m 2022/23 £226.1m £229.0m +£2.9m £11.9m 2023/24 £233.8m £245.4m +£11.6m £7.9m 2024/25 (forecast) £241.6m £248.3m +£6.7m £5.1m 2025/26 (forecast) £249.0m £250.9m +£1.9m £3.2m", "table"),
 ("4.6", "The table shows a council that has overspent in each of the last four years. The trend was visible to members, but budget monitoring reports to Cabinet presented the overspend as a series of one-off pressures rather than as a structural problem."),
 "## Capacity in the finance function",
 ("4.7", "The finance team has been under-resourced for several years. When we began our work, 13 of 42 posts were vacant or filled by agency staff. We do not consider that the finance function has been given the resources it needs to support a council of this size."),
 ("4.8", "Budget holders told us that they received monthly monitoring information late and that it was frequently wrong. Three directors said that they had stopped relying on it and kept their own spreadsheets."),
 "## Capital and borrowing",
 ("4.9", "The capital programme has grown from £96 million in 2020/21 to £188 million in 2024/25. External borrowing has risen from £312 million to £497 million over the same period, and the cost of servicing that debt now absorbs 9.4% of the net revenue budget."),
 ("4.10", "We found that the council had a sound and well-regarded approach to treasury management, and that the treasury team had managed the council’s cash position competently throughout a difficult period. Our concerns lie with the decisions to borrow, not with how the borrowing was managed."),
 ("4.11", "The external auditor’s statutory recommendation of March 2024 found that the council had not assessed the affordability of the Corrington Riverside scheme against its wider borrowing. We agree with that finding and discuss the scheme in chapter 8."),
 ("4.12", "The Leader told us that the council’s finances were “under control and improving”. On the evidence we have seen, we cannot agree. We do not doubt the sincerity of that view, but it is not borne out by the council’s own figures."),
])

ch("5 Leadership and capacity", [
 "## Political leadership",
 ("5.1", "The Leader is widely respected for his knowledge of the borough and his commitment to regeneration. Many of those we spoke to, including opposition members, credited him with securing external funding for the town centre that would not otherwise have come to Corrington."),
 ("5.2", "But the strength of the Leader’s position has come at a cost. Power is concentrated in a small number of hands, the Cabinet does not function as a collective body, and there is no effective challenge from within the ruling group."),
 ("5.3", "Cabinet portfolio holders told us that they were often not briefed on matters within their portfolio until shortly before a decision was announced. Two said that they had learned of decisions affecting their portfolio from the local press."),
 "## Officer leadership",
 ("5.4", "The current Chief Executive was appointed in April 2024. He has begun to make changes, including the restoration of a statutory officers’ group and a review of the scheme of delegation, and has been open with us about the scale of the task. It is too early to judge their effect."),
 ("5.5", "The corporate leadership team has changed almost entirely since 2021. Of the eight posts on the team, five are held by people who have been in post for less than 18 months, and two are held on an interim basis."),
 ("5.6", "We do not consider that the council currently has the capacity to deliver the improvement required on its own. It will need external support, both to provide challenge and to add capacity in finance, governance and human resources."),
 ("5.7", "The council’s own improvement plan, agreed by Cabinet in September 2024, contains 94 actions. Few have measurable outcomes, and the plan does not say who is accountable for their delivery or how progress will be reported."),
 ("5.8", "We recognise that the council has welcomed the inspection and that the Chief Executive has begun to act. That is to its credit. It does not alter our conclusion that the council is failing to comply with its best value duty."),
])

ch("6 Scrutiny and audit", [
 "## Overview and scrutiny",
 ("6.1", "The council has four scrutiny committees. All are chaired by members of the ruling group. Their work programmes are agreed in consultation with the relevant Cabinet member, and we saw little evidence that they had examined any matter the Cabinet did not wish them to examine."),
 ("6.2", "Call-in has been used twice in three years. On neither occasion was the decision referred back to Cabinet. Members told us that scrutiny was “a box-ticking exercise” and that it had no influence on the council’s direction."),
 ("6.3", "Scrutiny has not been given the resources it needs to do its job. A single scrutiny officer supports all four committees, and there is no budget for external advice or research."),
 ("6.4", "We do not consider that the poor performance of scrutiny is the fault of the members who serve on it. Several scrutiny chairs were frank with us about its shortcomings and keen to improve it. The problem lies in the culture of the council, which treats challenge as disloyalty."),
 "## Audit and governance",
 ("6.5", "The Audit and Governance Committee did not have an independent member until October 2024, contrary to CIPFA’s guidance. Its chair is a former Cabinet member."),
 ("6.6", "The committee did not consider the external auditor’s statutory recommendation until four months after it was issued, and it has no programme for tracking the implementation of audit recommendations. Of 61 internal audit recommendations due for completion in 2023/24, 24 had been implemented."),
 ("6.7", "Internal audit gave limited assurance opinions in five of the eleven areas it reviewed in 2023/24, including contract management, payroll and the council’s arrangements for managing conflicts of interest."),
 ("6.8", "We recommend that the council reviews its scrutiny arrangements with the Centre for Governance and Scrutiny, appoints a second independent member to the Audit and Governance Committee and introduces a tracker for all audit recommendations."),
])

ch("7 Procurement and contract management", [
 "## Waivers of contract procedure rules",
 ("7.1", "Between April 2021 and March 2024 the council approved 214 waivers of its contract procedure rules, with a combined value of £23.7 million. Of these, 81 (38%) were approved retrospectively, after the goods or services had been bought."),
 ("7.2", "The contract procedure rules permit a waiver only in exceptional circumstances. We found that waivers were used routinely, including for contracts that had been renewed on the same terms year after year and could have been procured competitively."),
 ("7.3", "We sampled 19 contracts with a value of more than £500,000 let in the period. Seven had no documented evaluation of tenders, and in four the contract was signed before the award had been formally approved."),
 ("7.4", "We do not suggest that any member or officer benefited personally from any contract we examined. We found no evidence of fraud. But the council’s procurement practice exposes it to the risk of challenge and to the risk that it is not obtaining value for money."),
 "## Contract management",
 ("7.5", "The council does not have a complete contracts register. The register published under the transparency code listed 312 contracts; the finance system showed payments to 447 suppliers under arrangements worth more than £25,000 a year."),
 ("7.6", "Responsibility for contract management is spread across directorates with no common standard. Internal audit found that only 9 of 30 contracts reviewed had a named contract manager and a record of performance meetings."),
 ("7.7", "The council’s procurement team has four staff, of whom two are agency workers. Officers told the inspectors that the team was “permanently firefighting” and had no capacity to support directorates with contract management."),
 ("7.8", "We recommend that the council ends the use of retrospective waivers, publishes a complete contracts register within six months, and reports quarterly to the Audit and Governance Committee on all waivers granted."),
])

ch("8 Corrington Riverside", [
 "## The scheme",
 ("8.1", "Corrington Riverside is a mixed-use regeneration scheme on the former Whitlow Mills site, comprising 640 homes, a hotel and commercial space. It was approved by Cabinet in 2020 with a capital budget of £46 million. The approved budget now stands at £83 million."),
 ("8.2", "The scheme has been delivered through a wholly owned company, Corrington Riverside Developments Ltd. Three of the company’s five directors are Cabinet members, and the council’s shareholder committee has met twice since the company was formed."),
 ("8.3", "We found that the increases in the scheme’s budget were approved incrementally, in four separate decisions, and that at no point were members presented with an assessment of whether the scheme as a whole remained affordable. Two of the four decisions were taken under urgency provisions."),
 ("8.4", "The council’s own submission stated that the Riverside scheme “remains affordable and will deliver a net return to the council from 2029”. The business case on which that statement rests has not been updated since 2022 and assumes sales values that the council’s own advisers now consider optimistic."),
 ("8.5", "We do not doubt that the regeneration of the Whitlow Mills site is desirable, or that the scheme has wide support in the borough. Our concern is that the council has committed itself to a scheme whose risks it has not understood, without the scrutiny that a commitment on this scale requires."),
 ("8.6", "We recommend that the council commissions an independent review of the scheme’s business case and of the governance of Corrington Riverside Developments Ltd, and that no further increase in the scheme’s budget is approved until that review has reported."),
])

ch("9 Conclusions and recommendations", [
 "## Conclusions",
 ("9.1", "We have concluded that Corrington Metropolitan Borough Council is failing to comply with its best value duty in respect of governance, culture, financial management, leadership and the use of resources."),
 ("9.2", "The council’s difficulties are of long standing and they are interconnected. Weak governance has allowed poor financial decisions to go unchallenged; a culture of deference has prevented staff and members from raising concerns; and the loss of capacity in the corporate centre has left the council unable to see the scale of its problems."),
 ("9.3", "We have considered whether the council can be expected to recover without intervention. Given the scale of the financial risk and the pace at which it has grown, we do not consider that it can."),
 ("9.4", "We recommend that the Secretary of State uses her powers under section 15 of the Local Government Act 1999 to direct the council to take the actions set out below, and that she appoints an independent improvement and assurance board to oversee their delivery for a period of not less than two years."),
 ("9.5", "Our recommendations to the council follow. Each should be reflected in a single, costed improvement plan, to be agreed with the board within six months."),
 "## Recommendations",
 ("R1", "Restore decision-making to the council’s formal meetings: end the use of the Leader’s weekly meeting as a decision-making forum, publish a forward plan that complies with the regulations, and report every use of the urgency provisions to full council.", "recommendation"),
 ("R2", "Establish a statutory officers’ group that meets at least fortnightly, and ensure that the monitoring officer and the section 151 officer are consulted on every report to Cabinet and full council before it is published.", "recommendation"),
 ("R3", "Review and reissue the constitution within twelve months, including the scheme of delegation and the thresholds for key decisions.", "recommendation"),
 ("R4", "Set a balanced and deliverable medium-term financial strategy which rebuilds the general fund reserve to at least the minimum level set by the section 151 officer by March 2028, with savings proposals that are fully worked up before the budget is set.", "recommendation"),
 ("R5", "Fill the vacancies in the finance function with permanent staff and commission an independent review of budget monitoring within six months.", "recommendation"),
 ("R6", "Adopt a new members’ code of conduct and a revised complaints procedure, make code of conduct training mandatory, and resolve complaints within three months.", "recommendation"),
 ("R7", "Strengthen scrutiny and audit: provide scrutiny with adequate officer support, appoint a second independent member to the Audit and Governance Committee, and track all audit recommendations to completion.", "recommendation"),
 ("R8", "End the use of retrospective waivers of the contract procedure rules, publish a complete contracts register, and report all waivers quarterly to the Audit and Governance Committee.", "recommendation"),
 ("R9", "Commission an independent review of the Corrington Riverside scheme and of the governance of the council’s companies, and approve no further increase in the scheme’s budget until it has reported.", "recommendation"),
])

ch("Annex A", [
 ("A1", "Terms of reference. The inspection was asked to examine the council’s compliance with its best value duty in respect of governance, culture, financial management, leadership, scrutiny, procurement and the governance of its companies, and to advise whether the Secretary of State should exercise her powers of intervention.", "annex"),
 ("A2", "Methodology. We held 112 interviews and focus groups, observed 14 formal meetings, reviewed more than 1,900 documents and ran two confidential surveys. We shared a draft of this report with the council for factual accuracy checking on 19 December 2024.", "annex"),
 ("A3", "Those we spoke to. We interviewed 38 of the council’s 57 members, including the Leader, the Deputy Leader, every Cabinet member and the leaders of both opposition groups, together with the Chief Executive, the statutory officers, all directors and a range of partners including the police, the integrated care board and two housing associations.", "annex"),
 ("A4", "Survey results. The staff survey was open from 2 to 27 September 2024 and received 1,412 responses. 47% of respondents did not feel able to raise a concern without fear of the consequences; 29% had confidence in the decisions of senior leadership; 64% said that morale in their team had declined. The member survey received 41 responses from 57 members (72%).", "annex"),
 ("A5", "Documents reviewed. These included the constitution, Cabinet and council papers from 2019 to 2024, the medium-term financial strategy, internal and external audit reports, the Corrington Riverside business case of 2022 and the council’s submission to the inspection of 30 August 2024.", "annex"),
])

footnotes = [
 {"number": 1, "after": ("2.2", "require."), "text": "The Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, regulation 9."},
 {"number": 2, "after": ("3.1", "years."), "text": "Staff survey, September 2024. Percentages are of those answering each question; see Annex A4."},
 {"number": 3, "after": ("4.2", "officer."), "text": "Statement on the robustness of estimates and adequacy of reserves, February 2024."},
 {"number": 4, "after": ("4.9", "budget."), "text": "Treasury management outturn report 2023/24, presented to Cabinet in July 2024."},
 {"number": 5, "after": ("6.5", "guidance."), "text": "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022 edition."},
 {"number": 6, "after": ("7.1", "bought."), "text": "Figures from the council’s waiver log, supplied to the inspection in September 2024."},
 {"number": 7, "after": ("8.4", "optimistic."), "text": "Corrington Riverside Outline Business Case, updated March 2022."},
]

data = {"title": TITLE, "kind": "report", "file": "report.pdf", "producer": "borb 3.0.9 (Python), custom page layout",
        "numbering": "two-level", "page_offset": 0,
        "furniture": ["Corrington MBC Best Value Inspection", "<chapter title>", "Page N"],
        "places": places,
        "footnotes": [{"number": f["number"], "page": None, "text": f["text"], "call_after": list(f["after"])} for f in footnotes]}
json.dump(data, open("report.json", "w"), indent=1, ensure_ascii=False)
print(len([p for p in places if p["kind"] == "paragraph"]), "paragraphs;", len(places), "places")
