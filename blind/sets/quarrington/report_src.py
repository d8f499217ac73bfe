"""Source text of the report and the letter; writes report.json and letter.json (pages filled by build.py)."""
import json

TITLE = "Best Value Inspection of Quarrington Metropolitan Borough Council"
LTITLE = "Letter from the Secretary of State to the Chief Executive of Quarrington Metropolitan Borough Council, 4 November 2025"

# (chapter, heading, label, kind, text)
R = []
def ch(chapter, heading, items):
    for label, text in items:
        kind = "paragraph"
        if label == "executive summary": kind = "summary"
        elif label.startswith("R") and label[1:].isdigit(): kind = "recommendation"
        elif label.startswith("Table"): kind = "table"
        elif label.startswith("A."): kind = "annex"
        R.append(dict(label=label, kind=kind, chapter=chapter, heading=heading, page=None, text=text))

ch("Foreword", None, [
("foreword", "This report sets out the findings of the best value inspection of Quarrington Metropolitan Borough Council. It is addressed to the Secretary of State, but we hope that it will be read first by the people of Quarrington, whose council it is."),
("foreword", "We have tried to be fair. Where the council has done well we have said so, and where we have been told things that we could not verify we have said that too. Our conclusions rest on the evidence we gathered between June and July 2025 and on the documents the council provided to us."),
])
ES = "Executive summary"
ch(ES, None, [
("executive summary", "Quarrington Metropolitan Borough Council is not meeting its best value duty. We reached that conclusion reluctantly, because we met many officers and members who care deeply about the borough and who were candid with us about the difficulties they face. But the weaknesses we found in governance, financial management and scrutiny are serious, long-standing and, in our view, beyond the council's capacity to put right on its own."),
("executive summary", "The council's general fund reserve fell from £18.6 million in March 2021 to £7.4 million in March 2025, largely because of losses on a commercial property portfolio assembled between 2018 and 2022. Unless the council acts quickly, it will exhaust its general fund reserve by March 2027. Decisions on that portfolio were taken by a small group of members and officers, often under urgency provisions and with little challenge."),
("executive summary", "We have made ten recommendations. The most important are that the council should agree a credible medium-term financial plan by February 2026, rebuild its scrutiny function and restore the authority of its statutory officers. We recommend that the Secretary of State consider the appointment of commissioners to support the council in that work."),
])
C1 = "1 Introduction and scope"
ch(C1, "1.1 Background", [
("1.1.1", "On 14 May 2025 the Secretary of State appointed us to carry out a best value inspection of Quarrington Metropolitan Borough Council under section 10 of the Local Government Act 1999. The inspection was prompted by the council's own external auditor, whose annual report for 2023/24 identified significant weaknesses in governance and financial sustainability."),
("1.1.2", "Quarrington is a metropolitan borough in the North West with a population of around 214,000. It has 51 councillors elected across 17 wards, and the ruling group has held a majority on the council since 2012. The council employs approximately 3,900 staff, excluding schools."),
("1.1.3", "The council set a net revenue budget of £248.3 million for 2025/26. It owns and manages around 13,200 homes through its housing revenue account and holds a commercial property portfolio with a book value of £142 million."),
])
ch(C1, "1.2 Our approach", [
("1.2.1", "Our fieldwork took place between 9 June and 25 July 2025. We interviewed 86 people, including 31 councillors, the senior leadership team, statutory officers, trade union representatives and partners. We observed nine formal meetings, read more than 1,100 documents and ran a confidential survey of staff."),
("1.2.2", "We are grateful to everyone who took part. We have not named individuals in this report, and where we quote those we interviewed we have done so in a way that does not identify them. The council's own submission to us, received on 20 June 2025, has been taken into account throughout."),
])
C2 = "2 Leadership and governance"
ch(C2, "2.1 Political leadership", [
("2.1.1", "The Leader has been in post since 2016 and has a clear vision for the regeneration of the town centre. Many of those we spoke to, including members of the opposition groups, acknowledged the energy the Leader has brought to that agenda."),
("2.1.2", "However, we found that decision-making has become concentrated in a small number of hands. One officer told us that decisions were routinely settled in the Leader's office before any report was written. We heard similar accounts from several other officers and from two former members of the Cabinet."),
("2.1.3", "The Leader told us that the council was now on a sound financial footing and that the inspection had come at the end of a period of recovery rather than in the middle of a crisis. We do not share that assessment, for the reasons set out in chapter 4."),
("2.1.4", "We do not suggest that the Leader acted improperly in approving the acquisition of Kingsway Yard. The decision was within the Leader's delegated powers. But the way it was taken, under urgency provisions and without a report to scrutiny, is characteristic of a wider pattern that we describe below."),
("2.1.5", "Cabinet members told us that they felt well briefed. Few of them, however, could describe to us the financial risks attached to the commercial portfolio, and none could recall a Cabinet discussion in which those risks had been set out in full."),
])
ch(C2, "2.2 Decision-making", [
("2.2.1", "In 2024/25 the council took 38 key decisions, 14 of which were taken under the urgency provisions of its constitution. In the previous year 9 of 31 key decisions were taken in this way. The constitution intends urgency to be the exception; in Quarrington it has become routine."),
("2.2.2", "Reports to Cabinet are frequently published late. Of the 42 Cabinet reports we examined, 17 were published after the statutory deadline, and 6 were tabled on the day of the meeting. This leaves members, and the public, with little opportunity to understand what is being decided."),
("2.2.3", "The council's own submission stated that its governance arrangements were sound and that the constitution had been comprehensively reviewed in 2023. We found no evidence that the 2023 review had been completed; a draft was presented to the Constitution Working Group in March 2024 and has not been considered since."),
("2.2.4", "We found that legal and financial implications in reports are often brief and generic. In several cases the comments of the Monitoring Officer and the Section 151 Officer were added after the decision had in practice been made."),
])
ch(C2, "2.3 Member-officer relations", [
("2.3.1", "Relationships between senior members and senior officers are strained. The council has had four Chief Executives, two of them interim, since 2019, and three Section 151 Officers in the same period. That degree of turnover has weakened the council's capacity to give consistent advice."),
("2.3.2", "Several senior officers told us that they had been discouraged from putting advice in writing. We are concerned that the statutory officers have not always been able to discharge their roles with the independence the law expects."),
("2.3.3", "The protocol on member-officer relations dates from 2014 and has not been updated. Training on it is offered to new members but attendance is not monitored, and only 19 of the 51 councillors have completed the council's induction programme in full."),
])
C3 = "3 Culture"
ch(C3, "3.1 Staff survey", [
("3.1.1", "We commissioned a confidential survey of all council staff, which ran for three weeks in June 2025. We received 1,412 responses, a response rate of 36%. The results are summarised in Table 1."),
("Table 1", "Statement Agree Disagree Don't know I would feel safe raising a concern about wrongdoing 47% 38% 15% Senior leaders act with integrity 41% 33% 26% I understand the council's priorities 68% 19% 13% Members treat staff with respect 52% 29% 19% I intend to be working for the council in two years 55% 21% 24%"),
("3.1.2", "Fewer than half of respondents said they would feel safe raising a concern about wrongdoing. We regard that as a significant finding for an organisation of this size, and it was borne out by what we were told in interviews."),
("3.1.3", "There are positive signs. More than two-thirds of staff understood the council's priorities, and many front-line staff spoke warmly of their immediate managers and of the support they had received during the pandemic."),
("3.1.4", "Staff turnover was 21% in 2024/25, compared with 14% in 2021/22. Spending on agency staff rose from £4.9 million in 2021/22 to £9.8 million in 2024/25, with the largest increases in adult social care and planning."),
])
ch(C3, "3.2 Whistleblowing and complaints", [
("3.2.1", "The council received 23 whistleblowing disclosures between April 2022 and March 2025. We reviewed all of them. In 11 cases there was no record that the person raising the concern had been told the outcome."),
("3.2.2", "Complaints to the council about its own services rose by 34% over the same period. The Local Government and Social Care Ombudsman upheld 72% of the complaints it investigated about the council in 2024/25, above the average for similar authorities."),
("3.2.3", "Members of all groups told us that the tone of debate at full council had deteriorated. We observed one meeting at which the Mayor had to adjourn proceedings twice. We do not consider that this is simply a matter of robust political exchange."),
])
C4 = "4 Financial management"
ch(C4, "4.1 Budget setting and reserves", [
("4.1.1", "The council has set a balanced budget in each of the last five years, but only by drawing on reserves and by relying on savings that were not delivered. Of £27.6 million of savings approved between 2021/22 and 2024/25, £15.1 million was achieved."),
("4.1.2", "The council's general fund reserve fell from £18.6 million in March 2021 to £7.4 million in March 2025. Earmarked reserves fell from £61.2 million to £33.9 million over the same period. Unless the council acts quickly, it will exhaust its general fund reserve by March 2027."),
("4.1.3", "The Section 151 Officer's report on the robustness of estimates for 2025/26 described the level of reserves as the minimum prudent level. We do not consider that this reflects the scale of the risks the council faces, in particular the risks attached to the commercial portfolio."),
("4.1.4", "The finance team has not been given the resources it needs. It had 14 vacancies out of an establishment of 58 posts at the time of our fieldwork, and the statement of accounts for 2023/24 had still not been audited."),
("4.1.5", "We found that budget monitoring reports to Cabinet were accurate but late, and that overspends in children's services and temporary accommodation were reported as one-off pressures for three consecutive years."),
])
ch(C4, "4.2 Capital programme and commercial investment", [
("4.2.1", "Between 2018 and 2022 the council acquired eleven commercial properties at a total cost of £168 million, funded almost entirely by borrowing. The largest single acquisition was Kingsway Yard, a retail and leisure site bought in 2021 for £23.5 million."),
("4.2.2", "Kingsway Yard was valued at £11.2 million in March 2024. The council's own valuation report warned before the purchase that the site's income depended on two anchor tenants, one of which went into administration within eight months."),
("4.2.3", "The council's external borrowing rose from £104 million in 2018 to £196 million in 2025. Interest and minimum revenue provision now cost the general fund £12.7 million a year, against net rental income from the portfolio of £7.9 million."),
("4.2.4", "The council's Investment Board, which oversaw the acquisitions, kept no minutes before 2022. We were told that its advice was given orally. We found no evidence that the Audit and Governance Committee was told of the board's existence until 2023."),
("Table 2", "General fund reserve and external borrowing, £ million March 2021 March 2023 March 2025 General fund reserve 18.6 12.3 7.4 Earmarked reserves 61.2 44.8 33.9 External borrowing 171.0 188.5 196.0"),
])
C5 = "5 Scrutiny and audit"
ch(C5, "5.1 Overview and scrutiny", [
("5.1.1", "The council's own submission stated that scrutiny arrangements were member-led and effective. We found the opposite. The Overview and Scrutiny Committee met six times in 2024/25 and made 41 recommendations, of which Cabinet formally responded to 12."),
("5.1.2", "Nine decisions have been called in since 2021, and none of the call-ins led Cabinet to change its decision. Members of the committee told us that they were rarely given the information they asked for, and that reports were often withdrawn at short notice."),
("5.1.3", "The scrutiny function is supported by a single officer, who also supports two other committees. We do not consider that scrutiny at Quarrington has been adequately resourced at any point during the period we examined."),
("5.1.4", "The chair of the Overview and Scrutiny Committee has been a member of the ruling group throughout the period we examined. We do not suggest that this is improper in itself, but we heard from members of all parties that it had discouraged challenge."),
])
ch(C5, "5.2 Audit and Governance Committee", [
("5.2.1", "The Audit and Governance Committee has no independent member, contrary to CIPFA guidance. Its meetings are short, and in 2024 two meetings were cancelled because they were not quorate."),
("5.2.2", "Internal audit issued 7 limited assurance opinions in 2024/25, including on contract management and on the council's management of its commercial estate. Only 3 of the 29 high-priority actions arising from those reports had been implemented by the agreed date."),
("5.2.3", "The external auditor's annual report for 2023/24 made three key recommendations. The council's response to them was presented to the committee seven months after the report was issued."),
])
C6 = "6 Procurement and contract management"
ch(C6, "6.1 Procurement", [
("6.1.1", "The council's contract procedure rules allow officers to waive competition in defined circumstances. In 2023/24 the council approved 212 waivers with a combined value of £31.4 million, compared with 74 waivers in 2020/21."),
("6.1.2", "We sampled 40 of those waivers. In 26 the stated reason was urgency, and in 9 there was no record of who had approved the waiver. We found no evidence of fraud, and we do not suggest that any officer acted dishonestly. But the controls are weak and the council cannot show that it has obtained value for money."),
("6.1.3", "The council does not hold a complete contracts register. The register published on its website lists 318 contracts; the finance system records payments to more than 900 suppliers under arrangements that are not on the register."),
("6.1.4", "The procurement team has been reduced from nine posts to four since 2020. The Head of Procurement told us that the team now spent most of its time processing waivers rather than planning procurements."),
])
ch(C6, "6.2 Contract management", [
("6.2.1", "The housing repairs contract, worth approximately £19 million a year, was extended twice without competition. Performance against the contract's own key indicators has been below target in 10 of the last 12 quarters."),
("6.2.2", "The leisure management contract is better managed. Officers meet the provider monthly, performance is reported to members, and the contract has delivered the savings that were expected of it."),
("6.2.3", "We were told that contract managers often lacked the training and the authority to act when a supplier underperformed. One contract manager told us that raising a default notice was regarded as a career risk."),
])
C7 = "7 Housing and regeneration"
ch(C7, "7.1 Housing services", [
("7.1.1", "At the end of March 2025 there were 2,640 outstanding repairs jobs, of which 412 had been open for more than six months. Around 19% of council homes did not meet the Decent Homes Standard."),
("7.1.2", "Tenants we met were frustrated by repeated missed appointments. The council has begun a programme to survey the condition of all its homes by 2027, which we welcome."),
("7.1.3", "The number of households in temporary accommodation has nearly doubled in three years, from 286 in March 2022 to 561 in March 2025. Net spending on temporary accommodation was £6.3 million in 2024/25."),
("7.1.4", "The town centre regeneration programme has secured external funding of £38 million, and we saw evidence of good partnership work with the combined authority. We do not wish our findings elsewhere to obscure that achievement."),
])
C8 = "8 Conclusions"
ch(C8, None, [
("8.1.1", "Taken together, our findings show that the council is failing to comply with its best value duty in relation to governance, financial management, scrutiny and procurement. We have considered whether the council could recover without external support and we do not believe that it can."),
("8.1.2", "The council has shown in its regeneration work and in the leisure contract that it can deliver when its arrangements are sound. The task now is to apply the same discipline to its finances and its governance."),
("8.1.3", "Our recommendations follow. Several of them will require the council to change the way its senior members work, and we recognise that this will be difficult."),
])
CR = "Recommendations"
ch(CR, None, [
("R1", "Agree a credible medium-term financial plan for 2026/27 to 2029/30, including a plan to restore the general fund reserve to at least £15 million."),
("R2", "Commission an independent review of the commercial property portfolio and agree a strategy for each asset, including disposal where appropriate."),
("R3", "Restrict the use of urgency provisions to genuine emergencies and report every urgent decision to the next meeting of full council."),
("R4", "Rebuild the scrutiny function, with dedicated officer support of at least three posts and a work programme agreed independently of the executive."),
("R5", "Appoint at least two independent members to the Audit and Governance Committee and ensure that it meets as planned."),
("R6", "Review the contract procedure rules, reduce the use of waivers and publish a complete contracts register."),
("R7", "Strengthen the roles of the statutory officers, including their right to attend and advise at any meeting of members."),
("R8", "Update the protocol on member-officer relations and require all councillors to complete training on it."),
("R9", "Introduce a whistleblowing procedure in which every person raising a concern is told the outcome."),
("R10", "Prepare an improvement and recovery plan addressing these recommendations and publish quarterly progress reports."),
])
WHEN = {"R1": "February 2026", "R2": "June 2026", "R3": "Immediately", "R4": "April 2026", "R5": "March 2026",
        "R6": "June 2026", "R7": "January 2026", "R8": "March 2026", "R9": "January 2026", "R10": "May 2026"}
CA = "Annex A Methodology"
ch(CA, None, [
("A.1", "The inspection team comprised a lead inspector and two assistant inspectors, supported by a finance adviser seconded from another local authority."),
("A.2", "We interviewed 86 people in total. Interviews were held in person at the Town Hall and online, and each interviewee was offered the opportunity to speak to us in confidence."),
("A.3", "The staff survey was open to all council employees except those in schools. It was administered by an independent research organisation, and the council did not have access to individual responses."),
])

ch("Annex B Chronology", None, [
("Table 3", "Date Event May 2018 Investment Board established; first commercial acquisition approved March 2021 Kingsway Yard acquired for £23.5 million under urgency provisions November 2021 Anchor tenant at Kingsway Yard enters administration March 2023 Section 151 Officer resigns; interim appointment made February 2024 External auditor issues annual report identifying significant weaknesses March 2024 Kingsway Yard valued at £11.2 million 14 May 2025 Secretary of State appoints inspection team 9 June 2025 Inspection fieldwork begins 25 July 2025 Inspection fieldwork ends"),
])
FOOTNOTES = [
 # (after label, number, text)
 ("1.1.1", 1, "Local Government Act 1999, section 10, as amended."),
 ("2.2.1", 2, "Constitution of Quarrington Metropolitan Borough Council, Part 4, Access to Information Procedure Rules, rule 16."),
 ("4.1.3", 3, "Local Government Act 2003, section 25."),
 ("4.2.3", 4, "Statement of accounts 2024/25 (draft), note 22."),
 ("5.2.1", 5, "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022 edition."),
 ("7.1.1", 6, "Department for Levelling Up, Housing and Communities, A Decent Home: definition and guidance, 2006."),
]

L = [
"I am writing to you following the publication today of the report of the best value inspection of Quarrington Metropolitan Borough Council, which I commissioned on 14 May 2025. I am grateful to the inspection team and to the officers and members who gave their time to it.",
"The report makes for difficult reading. It concludes that the council is failing to comply with its best value duty in relation to governance, financial management, scrutiny and procurement. I have considered the report carefully and I am satisfied that the council is failing to comply with its best value duty.",
"I am particularly concerned by the inspectors' finding that, unless the council acts quickly, it will exhaust its general fund reserve by March 2027, and by the evidence that decisions of great financial consequence were taken without proper scrutiny.",
"I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to issue directions to the council and to appoint commissioners for a period of three years. I propose to appoint a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.",
"Under the proposed directions, the functions of the council relating to financial management, procurement and the appointment of statutory officers would be exercisable by the commissioners. The council would be required to prepare an improvement and recovery plan within six months and to report on its progress to the commissioners every six months.",
"I want to be clear that this intervention is intended to support the council, not to replace it. The inspectors found much that is good in the borough, including the regeneration of the town centre, and I expect the council's elected members to remain responsible for the great majority of its work.",
"I invite the council, and anyone else with an interest, to make representations on the proposed intervention by 5pm on 2 December 2025. I will consider any representations carefully before reaching a final decision.",
"I am copying this letter to the Leader of the council, to the leaders of the opposition groups and to the Members of Parliament whose constituencies fall within the borough.",
]

def main():
    report = {"title": TITLE, "kind": "report", "file": "report.pdf", "producer": "typst",
              "numbering": "three-level", "page_offset": 0,
              "furniture": ["Quarrington Metropolitan Borough Council", "<chapter title>", "page N"],
              "places": R,
              "footnotes": [{"number": n, "page": None, "text": t, "after": a} for a, n, t in FOOTNOTES]}
    letter = {"title": LTITLE, "kind": "letter", "file": "letter.pdf", "producer": "typst",
              "numbering": "unnumbered", "page_offset": 0,
              "furniture": ["Ministry of Housing, Communities and Local Government"],
              "places": [dict(label=str(i), kind="paragraph", chapter=None, heading=None, page=None, text=t)
                         for i, t in enumerate(L, 1)],
              "footnotes": []}
    json.dump(report, open("report.json", "w"), ensure_ascii=False, indent=1)
    json.dump(letter, open("letter.json", "w"), ensure_ascii=False, indent=1)
    json.dump(WHEN, open("when.json", "w"), ensure_ascii=False, indent=1)
    print(len(R), "report places,", len(L), "letter places")

if __name__ == "__main__":
    main()
