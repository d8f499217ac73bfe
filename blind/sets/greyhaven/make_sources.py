# Writes report.json and letter.json (text only; build.py fills the pages).
import json

C1 = "1 Introduction and context"
C2 = "2 Leadership and governance"
C3 = "3 Culture"
C4 = "4 Financial management"
C5 = "5 Scrutiny and decision-making"
C6 = "6 Procurement and contract management"
C7 = "7 Services"
C8 = "8 Capacity for improvement and conclusions"
CR = "Recommendations"
CA = "Annex A: Methodology"

P = []
def add(label, kind, chapter, heading, text):
    P.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
              "page": None, "text": text})

add("executive summary", "summary", "Executive summary", None,
    "We were appointed by the Secretary of State on 3 June 2024 to inspect Greyhaven Borough Council’s compliance with its best value duty. We found a council that has lost sight of the basic disciplines of good governance. Decisions are too often taken informally by a small number of senior members, scrutiny is weak, and the council’s financial position has deteriorated sharply since 2021. Staff are committed to residents but many do not feel able to speak up. We conclude that the council is failing to comply with its best value duty and that it does not have the capacity to improve without external support. We make six recommendations, and we recommend that the Secretary of State considers the use of the powers of intervention available under the Local Government Act 1999.")

add("1.1", "paragraph", C1, None, "Greyhaven is a coastal borough with a population of approximately 128,000. The council has 45 councillors elected across 15 wards, and has been run by the same political group since 2015. Its net revenue budget for 2024/25 is £24.6 million.")
add("1.2", "paragraph", C1, None, "On 3 June 2024 the Secretary of State appointed a Lead Inspector and two Assistant Inspectors under section 10 of the Local Government Act 1999 to inspect the council’s compliance with the best value duty in respect of governance, culture, financial management, scrutiny and procurement.")
add("1.3", "paragraph", C1, None, "The inspection followed concerns raised by the council’s external auditor, who issued a statutory recommendation in November 2023 about the governance of the Harbourside regeneration scheme, and a series of complaints made to the Ministry by members and former officers.")
add("1.4", "paragraph", C1, None, "Our fieldwork ran from 8 July to 18 October 2024. We conducted 86 interviews with members, officers, partners and residents’ groups, observed 14 council meetings and reviewed over 1,900 documents. Our methodology is described at Annex A.")
add("1.5", "paragraph", C1, None, "We are grateful to the many members and officers who gave their time to the inspection. The council provided all the documents we requested, although in a number of cases only after repeated requests.")
add("1.6", "paragraph", C1, None, "The council made a written submission to the inspection in August 2024. The council’s own submission stated that it had “a strong and stable leadership with a clear vision for the borough”. We have considered that submission carefully, but our findings differ from it in several important respects.")
add("1.7", "paragraph", C1, None, "This report sets out our findings under each of the areas in our terms of reference, followed by our conclusions and recommendations. Where we quote interviewees we do so anonymously.")

H = "Political leadership"
add("2.1", "paragraph", C2, H, "The Leader has held office since 2015 and is widely regarded, inside and outside the council, as a capable advocate for the borough. Partners told us that the Leader had been effective in securing external funding, including £18 million from the Levelling Up Fund in 2022.")
add("2.2", "paragraph", C2, H, "However, we found a council in which decisions are too often taken informally, outside the constitution, by a small number of senior members. Several officers described an informal meeting of the Leader, the Deputy Leader and two Cabinet members, known as the “Monday group”, at which matters were settled before they reached Cabinet.")
add("2.3", "paragraph", C2, H, "The Monday group has no status under the constitution. It kept no minutes, and we could find no record of the advice given to it. We consider that its existence has undermined the formal decision-making process and the ability of statutory officers to provide advice.")
add("2.4", "paragraph", C2, H, "The Leader told us that the Monday group was “simply a chance to plan the week” and that no decisions were taken there. We do not doubt that the Leader sincerely holds that view, but the evidence we have seen does not support it.")
H = "The Harbourside contract"
add("2.5", "paragraph", C2, H, "In March 2023 the council awarded a £14.5 million contract for the first phase of the Harbourside regeneration scheme to a single developer without a competitive process. The decision was taken by the Cabinet Member for Regeneration under delegated powers, on the basis of a report that did not set out the legal advice.")
add("2.6", "paragraph", C2, H, "We do not suggest that the Leader acted improperly in relation to the Harbourside contract. We found, however, that the record of the decision is incomplete and that the Monitoring Officer’s written concerns were not reported to Cabinet.")
add("2.7", "paragraph", C2, H, "Members told us that they first learned of the contract from the local newspaper. The opposition group requested a call-in, which was refused on the grounds that the decision was urgent; we have seen no evidence that it was.")
H = "Statutory officers"
add("2.8", "paragraph", C2, H, "The council has had four Monitoring Officers in three years, two of them interim appointments. The current Monitoring Officer has been in post since May 2024. The Section 151 Officer post was vacant for seven months in 2023.")
add("2.9", "paragraph", C2, H, "Statutory officers told us that their advice was frequently sought late, or not at all, and that reports of concern were not acted upon. One former statutory officer told us that raising concerns was “a career-limiting move”.")
add("2.10", "paragraph", C2, H, "We found that the Chief Executive has sought to strengthen the role of statutory officers since taking up post in January 2024, including by establishing a statutory officers’ group that meets fortnightly. This is a welcome step, but it is too early to judge its effect.")
add("2.11", "paragraph", C2, H, "The constitution was last comprehensively reviewed in 2016. The scheme of delegation is unclear in several places and, in our view, has allowed significant decisions to be taken by individual Cabinet members without adequate transparency.")
add("2.12", "paragraph", C2, H, "We consider that the council has not complied with its best value duty in respect of governance. Recommendation R1 addresses the changes we consider necessary.")

H = "Member and officer relationships"
add("3.1", "paragraph", C3, H, "Relationships between members and officers are, in many parts of the council, courteous and constructive. We observed good working relationships in the housing and environmental services directorates.")
add("3.2", "paragraph", C3, H, "At the most senior level, however, we found a culture in which challenge is unwelcome. Officers described being criticised in public meetings by Cabinet members, and several senior officers told us that they had considered leaving as a result.")
add("3.3", "paragraph", C3, H, "One officer told us that the council was “run by a small circle of members and their favoured officers”. We heard similar views from others, although not from a majority of those we interviewed.")
H = "Staff survey"
add("3.4", "paragraph", C3, H, "We commissioned an anonymous survey of all council staff, which was open in September 2024. It received 612 responses, a response rate of 41%. The results are summarised in Table 1.")
TABLE_ROWS = [
    ["Statement", "Agree", "Neutral", "Disagree"],
    ["I feel able to raise concerns without fear of reprisal", "38%", "21%", "41%"],
    ["Senior leadership communicates a clear vision", "29%", "30%", "41%"],
    ["Members treat officers with respect", "46%", "25%", "29%"],
    ["I would recommend the council as a place to work", "52%", "22%", "26%"],
    ["I have experienced bullying or harassment in the last 12 months", "17%", "9%", "74%"],
]
add("Table 1", "table", C3, H, " ".join(c for r in TABLE_ROWS for c in r))
add("3.5", "paragraph", C3, H, "Only 38% of respondents agreed that they felt able to raise concerns without fear of reprisal, and 41% disagreed. Fewer than a third (29%) agreed that senior leadership communicates a clear vision.")
add("3.6", "paragraph", C3, H, "17% of respondents said that they had experienced bullying or harassment in the last 12 months. Of those, nearly two-thirds (64%) said that they had not reported it.")
add("3.7", "paragraph", C3, H, "The council’s whistleblowing policy was last updated in 2017. Eleven whistleblowing concerns were raised in 2023/24, compared with three in 2021/22; we were told that none of the eleven had been reported to the Audit and Standards Committee.")
H = "Member conduct"
add("3.8", "paragraph", C3, H, "The Audit and Standards Committee received 23 complaints about member conduct in 2023/24, of which 15 were made by other members. Complaints take on average seven months to resolve.")
add("3.9", "paragraph", C3, H, "We do not consider that the council’s culture is beyond repair. Many staff showed real commitment to residents, and 52% would recommend the council as a place to work.")
add("3.10", "paragraph", C3, H, "Nevertheless, we consider that the council has not complied with its best value duty in respect of culture, and that sustained leadership from members and officers will be required to change it. Recommendation R2 sets out what we consider is needed.")

H = "Reserves and financial resilience"
add("4.1", "paragraph", C4, H, "The council’s general fund reserve fell from £11.8 million at 31 March 2022 to £4.3 million at 31 March 2024, a fall of 64%. Earmarked reserves fell from £19.2 million to £10.6 million over the same period.")
add("4.2", "paragraph", C4, H, "On the measures used by CIPFA, the council’s reserves are now among the lowest of comparable district and borough councils.")
add("4.3", "paragraph", C4, H, "The medium-term financial strategy identifies a cumulative budget gap of £9.7 million over the three years to 2027/28. At the time of our fieldwork the council had identified savings of £3.1 million towards that gap, of which £1.2 million were rated as high risk.")
add("4.4", "paragraph", C4, H, "Unless the council acts decisively, the Section 151 Officer may have no option but to issue a section 114 notice within the next 18 months. We do not consider that a notice is inevitable, but the room for manoeuvre is narrowing.")
H = "Harbourside borrowing"
add("4.5", "paragraph", C4, H, "The council has borrowed £68 million to finance the Harbourside scheme, increasing its total external debt to £142 million. Annual interest costs have nearly doubled, from £2.3 million in 2021/22 to £4.5 million in 2023/24.")
add("4.6", "paragraph", C4, H, "The business case for Harbourside assumed rental income of £5.2 million a year from 2025/26. Current forecasts put that income at £2.8 million, and the council has not yet revised the business case.")
add("4.7", "paragraph", C4, H, "Members told us that they had not understood the scale of the borrowing when it was approved. We found that the reports to Council in 2022 were technically accurate but did not set out the risks in terms that non-specialists could readily understand.")
H = "Financial controls"
add("4.8", "paragraph", C4, H, "The external auditor issued a disclaimed opinion on the 2022/23 accounts, partly because of the national backlog but also because of weaknesses in the council’s fixed asset records.")
add("4.9", "paragraph", C4, H, "Council tax collection fell from 97.2% in 2020/21 to 94.1% in 2023/24, below the average for comparable councils. Business rates collection has remained broadly stable at around 96%.")
add("4.10", "paragraph", C4, H, "The council’s own submission stated that its medium-term position was “robust and well understood by members”. We do not share that assessment.")
add("4.11", "paragraph", C4, H, "The finance team has lost experienced staff: 9 of its 26 posts were vacant or filled by agency staff at the time of our fieldwork. The Section 151 Officer told us that the team was “running to stand still”.")
add("4.12", "paragraph", C4, H, "We consider that the council has not complied with its best value duty in respect of financial management. Recommendation R3 addresses the steps required.")

add("5.1", "paragraph", C5, None, "The council operates a Leader and Cabinet model with a single Overview and Scrutiny Committee of 11 members, chaired by a member of the ruling group.")
add("5.2", "paragraph", C5, None, "The committee met five times in 2023/24, and two of those meetings were inquorate. Its work programme is largely made up of items brought forward by officers, and it has not undertaken a task and finish review since 2021.")
add("5.3", "paragraph", C5, None, "Between 2021 and 2024, 14 call-in requests were made. Eleven of those were rejected by the chair as invalid, in several cases on grounds that we do not consider are supported by the constitution.")
add("5.4", "paragraph", C5, None, "Scrutiny has not been given the resources it needs to hold the executive to account. The council has no dedicated scrutiny officer, and support is provided by the democratic services team alongside its other duties.")
add("5.5", "paragraph", C5, None, "Opposition members told us that they had repeatedly been refused information they had requested. We found that requests were often handled informally, with no consistent approach to what members were entitled to see.")
add("5.6", "paragraph", C5, None, "The Forward Plan is published as required, but in 2023/24 a quarter of key decisions (9 of 36) were taken under the general exception or special urgency provisions.")
add("5.7", "paragraph", C5, None, "We observed members of the committee asking good questions when they were given the opportunity. We consider that with proper support, training and an independent chair, scrutiny could become an effective check on the executive.")
add("5.8", "paragraph", C5, None, "We consider that the council has not complied with its best value duty in respect of scrutiny. Recommendation R5 sets out the changes required.")

add("6.1", "paragraph", C6, None, "The council spends around £48 million a year with third parties. Its contract procedure rules were last updated in 2018 and do not reflect the Procurement Act 2023.")
add("6.2", "paragraph", C6, None, "In 2023/24 the council approved 37 waivers of its contract procedure rules, with a combined value of £6.2 million. 19 of these were not reported to the Audit and Standards Committee as the rules require.")
add("6.3", "paragraph", C6, None, "The contracts register is incomplete. We identified 41 contracts with a value above £25,000 that did not appear on it.")
add("6.4", "paragraph", C6, None, "The procurement team comprises three officers. We were told that procurement advice was often sought only after a supplier had been chosen.")
add("6.5", "paragraph", C6, None, "We did not find evidence of fraud. We do, however, consider that the weakness of the council’s procurement controls exposes it to a significant risk of fraud and of challenge.")
add("6.6", "paragraph", C6, None, "Contract management is inconsistent. The council’s largest contract, for waste and street cleansing, is well managed, with clear performance indicators reported quarterly; others are not monitored at all.")
add("6.7", "paragraph", C6, None, "We consider that the council has not complied with its best value duty in respect of procurement. Recommendation R4 sets out the changes required.")

H = "Housing"
add("7.1", "paragraph", C7, H, "The council owns and manages around 5,400 homes. The repairs backlog stood at 2,640 jobs in September 2024, compared with 1,150 in September 2022.")
add("7.2", "paragraph", C7, H, "Spending on temporary accommodation has trebled, from £1.1 million in 2021/22 to £3.4 million in 2023/24, reflecting an increase in homelessness across the borough.")
add("7.3", "paragraph", C7, H, "Tenants’ representatives told us that the housing service had improved over the last year and that the new repairs contract was beginning to make a difference. We saw some evidence to support that view.")
H = "Planning"
add("7.4", "paragraph", C7, H, "In the two years to June 2024, the council determined 71% of major planning applications within the statutory period or an agreed extension, below the national average of 88%.")
add("7.5", "paragraph", C7, H, "The council does not have an up-to-date local plan. The current plan was adopted in 2011, and a review has been started and paused twice since 2018.")
H = "Residents"
add("7.6", "paragraph", C7, H, "The council’s residents’ survey in 2023 found that 47% of residents were satisfied with the way the council runs things, down from 61% in 2019.")
add("7.7", "paragraph", C7, H, "We consider that the weaknesses we have found in governance and finance are beginning to affect the quality of services, and that they will do so increasingly unless they are addressed.")

add("8.1", "paragraph", C8, None, "The Chief Executive, who took up post in January 2024, has a clear understanding of the council’s weaknesses and has begun to address them. We were impressed by the candour of the senior officers we met.")
add("8.2", "paragraph", C8, None, "The council has, however, prepared improvement plans before. Its 2022 governance action plan, prepared in response to an external review, contained 28 actions, of which only 9 had been completed by the time of our inspection.")
add("8.3", "paragraph", C8, None, "The Leader told us that the council was “already on the road to recovery” and did not need external help. We do not share that view.")
add("8.4", "paragraph", C8, None, "We conclude that Greyhaven Borough Council is failing to comply with its best value duty in respect of governance, culture, financial management, scrutiny and procurement.")
add("8.5", "paragraph", C8, None, "We do not consider that the council has, at present, the capacity to deliver the improvement required without external support. We therefore recommend that the Secretary of State considers the appointment of commissioners with powers over governance, finance and the appointment of statutory officers.")
add("8.6", "paragraph", C8, None, "We recommend that any intervention be time-limited, with clear exit criteria, and that the council be given the opportunity to demonstrate that it can improve.")

add("R1", "recommendation", CR, None, "Review the constitution, including the scheme of delegation, within six months, and end all informal decision-making arrangements outside it, including the Monday group.")
add("R2", "recommendation", CR, None, "Develop and implement a culture change programme, with a refreshed whistleblowing policy and a member-officer protocol, and measure its progress through an annual staff survey.")
add("R3", "recommendation", CR, None, "Prepare a revised medium-term financial strategy, with a deliverable savings programme and a revised Harbourside business case, by 30 September 2025.")
add("R4", "recommendation", CR, None, "Update the contract procedure rules to reflect the Procurement Act 2023, complete the contracts register, and report all waivers to the Audit and Standards Committee.")
add("R5", "recommendation", CR, None, "Strengthen scrutiny by appointing an independent chair of the Overview and Scrutiny Committee and providing dedicated officer support.")
add("R6", "recommendation", CR, None, "Prepare an improvement plan addressing each of these recommendations, with clear milestones, to be agreed with any commissioners appointed and reported publicly every six months.")

add("A.1", "annex", CA, None, "The inspection was conducted between 8 July and 18 October 2024 by a Lead Inspector and two Assistant Inspectors, supported by an officer of the Ministry.")
add("A.2", "annex", CA, None, "We conducted 86 interviews: 31 with members, 42 with officers and 13 with partners and residents’ groups. All interviews were held on a non-attributable basis.")
add("A.3", "annex", CA, None, "We reviewed over 1,900 documents provided by the council, observed 14 formal meetings, and commissioned an anonymous staff survey, the results of which are set out in Table 1.")

report = {
    "title": "Best Value Inspection of Greyhaven Borough Council",
    "kind": "report",
    "file": "report.pdf",
    "producer": "reportlab",
    "numbering": "two-level",
    "page_offset": 0,
    "furniture": ["Greyhaven BVI – January 2025", "N"],
    "places": P,
    "footnotes": [
        {"number": 1, "page": None, "text": "The survey was open from 2 to 20 September 2024 and was administered by an independent provider."},
        {"number": 2, "page": None, "text": "CIPFA Financial Resilience Index 2024, published in February 2024."},
    ],
}

L = []
def lp(text):
    L.append({"label": str(len(L) + 1), "kind": "paragraph", "chapter": None, "heading": None,
              "page": None, "text": text})
lp("Today I have published the report of the Best Value Inspection of Greyhaven Borough Council, which I commissioned on 3 June 2024. I am grateful to the Lead Inspector and the inspection team for their thorough work.")
lp("The report makes for sobering reading. The inspectors found that the council is failing to comply with its best value duty in respect of governance, culture, financial management, scrutiny and procurement, and that it does not have the capacity to improve without external support.")
lp("I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council and to appoint three commissioners, with powers over governance, financial management and the appointment of statutory officers, for a period of up to three years.")
lp("I propose that the council should prepare an improvement plan within six months of the directions being made, and that the commissioners report to me on progress at six-monthly intervals.")
lp("Before making a final decision, I invite representations from the council on the report and on the proposed intervention package. Representations should be sent to my officials by 13 February 2025.")
lp("I want to be clear that this intervention is intended to support the council, its staff and its residents. I recognise the commitment of many officers and members, and I expect the council to work constructively with the commissioners.")
lp("I am copying this letter to the Leader of the Council, the leaders of the other political groups, the Monitoring Officer, the Section 151 Officer and the council’s external auditor.")

letter = {
    "title": "Letter from the Secretary of State to the Chief Executive of Greyhaven Borough Council, 16 January 2025",
    "kind": "letter",
    "file": "letter.pdf",
    "producer": "reportlab",
    "numbering": "unnumbered",
    "page_offset": 0,
    "furniture": [],
    "places": L,
    "footnotes": [],
}

if __name__ == "__main__":
    json.dump(report, open("report.json", "w"), ensure_ascii=False, indent=1)
    json.dump(letter, open("letter.json", "w"), ensure_ascii=False, indent=1)
    print(len(P), "report places;", len(L), "letter places")
