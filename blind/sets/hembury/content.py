"""Source text of the Hembury report; writes report.json (pages filled later by fill_pages.py)."""
import json

TITLE = "Best Value Inspection of Hembury City Council"
P = []   # (label, kind, chapter, heading, text, footnote)

def ch(chapter, heading, items):
    for it in items:
        label, text = it[0], it[1]
        fn = it[2] if len(it) > 2 else None
        kind = "paragraph"
        if label.startswith("R"): kind = "recommendation"
        elif label.startswith("A."): kind = "annex"
        elif label.startswith("Table"): kind = "table"
        P.append(dict(label=label, kind=kind, chapter=chapter, heading=heading, page=None, text=text, fn=fn))

C1 = "1 Executive summary"
ch(C1, "1.1 Introduction", [
 ("1.1.1", "On 9 October 2024 the Secretary of State appointed us, under section 10 of the Local Government Act 1999, to carry out a Best Value inspection of Hembury City Council. Our terms of reference asked us to examine the council's governance, culture, leadership, financial management and scrutiny, and the arrangements it has made for Hembury Quayside Developments Limited, the company it wholly owns."),
 ("1.1.2", "We carried out our fieldwork between November 2024 and February 2025. We held 112 interviews and focus groups, observed 19 meetings, reviewed more than 2,400 documents and ran a confidential survey of staff to which 1,184 people responded, a response rate of 38%. Our methodology is set out in Annex A."),
])
ch(C1, "1.2 Our conclusion", [
 ("1.2.1", "We have concluded that Hembury City Council is failing to comply with its Best Value duty. The failures are not confined to one service or one decision; they lie in the way the council is led, governed and held to account."),
 ("1.2.2", "The council's difficulties began with, but are not limited to, its investment in the Quayside regeneration scheme. Between 2019 and 2024 the council lent £38.6 million to Hembury Quayside Developments Limited. At the time of our inspection £21.4 million of that sum had been impaired, and members were not told the scale of the losses until September 2024."),
 ("1.2.3", "We found a culture in which challenge is unwelcome. Nearly half of the staff who responded to our survey said that they would not feel safe raising a concern about the conduct of a senior member. We do not suggest that any individual member has acted unlawfully, but the council has allowed a small group of members and officers to take significant decisions without the scrutiny those decisions required."),
 ("1.2.4", "The council's general fund reserve fell from £17.3 million in March 2021 to £4.9 million in March 2024. Without corrective action the council will not be able to set a balanced budget for 2026/27.", ("2026/27.", 1, "Hembury City Council, Medium Term Financial Strategy 2025/26 to 2028/29, February 2025, table 4.")),
 ("1.2.5", "There is capacity to improve. The Chief Executive, appointed in June 2024, has begun to address many of the issues we describe, and we were impressed by the commitment of frontline staff. However, we do not consider that the council can make the changes needed, at the pace needed, without external support. We recommend that the Secretary of State exercise the powers of intervention available under section 15 of the 1999 Act."),
])
C2 = "2 Governance and decision-making"
ch(C2, "2.1 The constitution", [
 ("2.1.1", "The council operates a leader and cabinet model of executive arrangements. Its constitution was last reviewed comprehensively in 2016. Several of its provisions, including the scheme of delegation to officers, do not reflect the council's current structure."),
 ("2.1.2", "The financial threshold for a key decision, set at £500,000, is higher than at comparable councils, and decisions below that threshold are routinely taken by individual cabinet members without a published record. Of 214 executive decisions taken in 2023/24, 61 were recorded only in emails."),
 ("2.1.3", "The Monitoring Officer told us that the constitution \u201chad been allowed to drift\u201d. The council's own submission to us accepted that the scheme of delegation was \u201cout of date and in places contradictory\u201d."),
])
ch(C2, "2.2 Decisions on Quayside", [
 ("2.2.1", "The decision to establish Hembury Quayside Developments Limited was taken by Cabinet in July 2019. The business case assumed that the first phase of 240 homes would be complete by 2022 and would generate a return of 4.5% a year to the council. By the time of our inspection 86 homes had been completed."),
 ("2.2.2", "Between 2019 and 2024 Cabinet approved eleven further loans to the company. Seven of those decisions were taken as urgent items, and four were taken in private session without the reasons for exclusion being recorded."),
 ("2.2.3", "We do not consider that members were given the information they needed to make these decisions. Reports to Cabinet described the company's financial position as \u201cstable\u201d in every quarter of 2022/23, when the company's own board papers recorded that it could not meet its interest payments."),
 ("2.2.4", "The Leader told us that Cabinet had \u201calways acted on the best advice available at the time\u201d. We accept that members relied on officer advice, but that advice was incomplete and members did not seek to test it."),
])
ch(C2, "2.3 Company governance", [
 ("2.3.1", "The council's shareholder committee met four times between 2019 and 2024, against the two meetings a year that its terms of reference require. The Cabinet Member for Regeneration was both a director of the company and the chair of the shareholder committee until March 2024."),
 ("2.3.2", "We regard this dual role as a clear conflict of interest. The council's external legal adviser warned of it in 2020, but the warning was not reported to members."),
 ("2.3.3", "The company now has an interim board with two independent directors. This is a welcome step, but it came late."),
])
C3 = "3 Leadership and culture"
ch(C3, "3.1 Political leadership", [
 ("3.1.1", "The current administration has been in control since 2017. Members of all groups told us that relationships between the political groups are poor, and the meetings of full council that we observed were frequently hostile."),
 ("3.1.2", "Opposition members are routinely refused information that they have requested and that is properly available to them. Of 97 requests for information by opposition members logged in 2024, 38 had not been answered within the council's target of 20 working days."),
 ("3.1.3", "One senior officer told us that \u201cthe Leader's office runs the council, not the Corporate Leadership Team\u201d. We do not accept that description in full, but we found that officers frequently sought informal approval from the Leader's office before taking decisions that were theirs to take."),
])
ch(C3, "3.2 Officer leadership", [
 ("3.2.1", "The council has had four Chief Executives, two of them interim, since 2019. Turnover in the Corporate Leadership Team has been high: of the nine posts in the team, six were held by interim appointments at some point during 2023."),
 ("3.2.2", "The current Chief Executive has made a strong start. Staff told us that she is visible and approachable, and she has commissioned reviews of the constitution and of the company. These are the right priorities."),
])
ch(C3, "3.3 Organisational culture", [
 ("3.3.1", "Our staff survey found that 47% of respondents would not feel safe raising a concern about the conduct of a senior member, and 41% would not feel safe raising a concern about a senior officer. Only 29% agreed that the council acts on the results of staff surveys. The full results are at Table 1."),
 ("Table 1", None),
 ("3.3.2", "The council received 23 whistleblowing disclosures between April 2022 and March 2024. In nine cases the person making the disclosure was not told the outcome. We were told of no case in which a whistleblower had been victimised, and we do not suggest that this has happened, but the perception that it could happen is widespread."),
 ("3.3.3", "The Standards Committee received 31 complaints about the conduct of members in 2023/24, compared with 12 in 2020/21. Most related to behaviour at meetings and on social media."),
])
C4 = "4 Financial management"
ch(C4, "4.1 The financial position", [
 ("4.1.1", "The council's net revenue budget for 2024/25 is £212.8 million. The council reported an overspend of £9.7 million in 2023/24, the third consecutive year of overspending, driven by children's social care placements, temporary accommodation and the cost of servicing borrowing for Quayside."),
 ("4.1.2", "The general fund reserve fell from £17.3 million in March 2021 to £4.9 million in March 2024, a level the Section 151 Officer described to us as \u201cthe minimum I could defend\u201d. Earmarked reserves fell from £46.1 million to £22.8 million over the same period."),
 ("Table 2", None),
 ("4.1.3", "The council has asked the government for exceptional financial support in the form of a capitalisation direction of up to £18 million for 2025/26. We make no comment on the merits of that request, which is a matter for the department."),
])
ch(C4, "4.2 Budget setting", [
 ("4.2.1", "Budget savings have been consistently overstated. Of £31.2 million of savings approved in the budgets for 2021/22 to 2023/24, £14.6 million was delivered."),
 ("4.2.2", "The budget for 2024/25 was balanced only by the use of £6.2 million of one-off reserves and £3.1 million of anticipated capital receipts, which had not been secured when the budget was set."),
 ("4.2.3", "The Section 151 Officer's report on the robustness of the estimates for 2024/25 stated that the budget was \u201cdeliverable but carries a high level of risk\u201d. We consider that this understated the position."),
])
ch(C4, "4.3 Borrowing and the capital programme", [
 ("4.3.1", "The council's external borrowing rose from £301 million in 2019 to £612 million in 2024. Interest costs as a proportion of the net revenue budget rose from 5.8% to 11.4% over the same period."),
 ("4.3.2", "The finance function has not been given the resources to manage a capital programme of this size. At the time of our inspection there were 14 vacancies in a finance establishment of 62 posts."),
 ("4.3.3", "The external auditor has reported significant weaknesses in the council's value for money arrangements in each of the last three years. In November 2024 the auditor made statutory recommendations under section 24 of the Local Audit and Accountability Act 2014.", ("years.", 2, "External auditor's Annual Reports for 2021/22, 2022/23 and 2023/24.")),
])
C5 = "5 Scrutiny and audit"
ch(C5, "5.1 Overview and scrutiny", [
 ("5.1.1", "The council has one Overview and Scrutiny Committee and three scrutiny panels. Members told us that a place on scrutiny is seen as \u201ca consolation prize\u201d for those not in Cabinet."),
 ("5.1.2", "The Overview and Scrutiny Committee has not considered the Quayside company at any of its meetings since 2021. Its work programme is largely made up of items put forward by officers."),
 ("5.1.3", "The call-in procedure has been used twice since 2019. On both occasions the call-in was rejected by the chair as invalid on procedural grounds, and the decision was implemented without being considered by the committee."),
 ("5.1.4", "We do not say that scrutiny members lack commitment. Several told us that they wanted to do more but did not receive the support they needed. The council employs one scrutiny officer, who also supports two other committees."),
])
ch(C5, "5.2 Audit and governance", [
 ("5.2.1", "The Audit and Governance Committee has no independent member, contrary to CIPFA guidance. Its chair is a member of the ruling group.", ("guidance.", 3, "CIPFA, Audit Committees: Practical Guidance for Local Authorities and Police, 2022 edition.")),
 ("5.2.2", "Internal audit gave a limited assurance opinion on the council's overall control environment in 2023/24. Of the 48 internal audit recommendations due for implementation by March 2024, 19 had been implemented."),
])
C6 = "6 Procurement and contract management"
ch(C6, "6.1 Procurement", [
 ("6.1.1", "The council's contract procedure rules require three written quotations for contracts between £25,000 and £100,000 and a formal tender above £100,000. We sampled 40 contracts awarded in 2023/24 and found that 12 did not comply with these rules."),
 ("6.1.2", "In 2023/24 the council spent £14.3 million through waivers of the contract procedure rules, compared with £4.1 million in 2020/21. Waivers are signed off by a single director and are not reported to members."),
])
ch(C6, "6.2 The housing repairs contract", [
 ("6.2.1", "In 2022 the council extended its housing repairs and maintenance contract for a further five years without competition, at an estimated value of £96 million. The extension was approved as a variation to the existing contract, on legal advice that we have seen and that was heavily qualified."),
 ("6.2.2", "Tenants' satisfaction with the repairs service fell from 78% in 2021/22 to 54% in 2023/24. The council told us that the contractor's performance had been affected by national labour shortages; we accept that this is part of the explanation, but contract management has been weak."),
 ("6.2.3", "Of the 17 key performance indicators in the contract, the contractor met six in 2023/24. No financial deductions were made, although the contract allows for them."),
])
C7 = "7 Services and partnerships"
ch(C7, "7.1 Housing", [
 ("7.1.1", "The number of households in temporary accommodation rose from 212 in March 2022 to 587 in March 2024, and spending on temporary accommodation rose from £2.4 million to £7.9 million."),
 ("7.1.2", "The Regulator of Social Housing gave the council a C3 grading in 2024. The council has an improvement plan in place for its landlord services and we saw evidence that it is being implemented."),
])
ch(C7, "7.2 Children's services", [
 ("7.2.1", "We have not inspected children's services, which are outside our terms of reference, but their cost pressures are a principal driver of the council's overspend."),
])
ch(C7, "7.3 Partnerships", [
 ("7.3.1", "Partners we spoke to, including the integrated care board, the police and the voluntary sector, described the council as \u201chard to reach\u201d at a senior level. Several told us that they valued the relationships they had with individual officers."),
 ("7.3.2", "The council's relationship with the combined authority is good at officer level. However, we heard that the council missed the deadline for two funding bids in 2024 because Cabinet approval was not obtained in time."),
])
C8 = "8 Capacity for improvement"
ch(C8, "8.1 Our assessment", [
 ("8.1.1", "The council has produced an action plan in response to the external auditor's statutory recommendations. We have reviewed it. It contains 64 actions, but few have measurable outcomes or clear owners, and it does not address culture."),
 ("8.1.2", "We consider that the council needs a single improvement and recovery plan, owned by members and officers together, with clear milestones and a realistic assessment of the resources needed to deliver it."),
 ("8.1.3", "The Leader told us that the council \u201cdoes not need outside help to put its house in order\u201d. We do not share that view. The council has lacked the capacity and, at times, the willingness to address the failings we describe."),
 ("8.1.4", "We recommend that the Secretary of State appoint commissioners with powers over governance, finance and the appointment of statutory officers, for a period of at least three years."),
])
C9 = "9 Recommendations"
ch(C9, "9.1 Our recommendations", [
 ("9.1.1", "We make the following recommendations to the council. They should be read with our recommendation to the Secretary of State at paragraph 8.1.4."),
 ("R1", "The council should carry out a full review of its constitution, including the scheme of delegation and the threshold for key decisions, and adopt a revised constitution by March 2026."),
 ("R2", "The council should publish a record of every executive decision, including those taken by individual cabinet members, within five working days of the decision."),
 ("R3", "The council should review the governance of Hembury Quayside Developments Limited, ensure that no member or officer holds conflicting roles, and report to full council on the company's financial position every quarter."),
 ("R4", "The council should develop and deliver a programme of culture change, with measurable targets for staff confidence in raising concerns, informed by a repeat staff survey within 12 months."),
 ("R5", "The council should prepare a balanced medium term financial strategy that does not rely on reserves to meet recurring expenditure, and rebuild its general fund reserve to at least £12 million by March 2028."),
 ("R6", "The council should strengthen its finance function and fill vacant posts with permanent staff."),
 ("R7", "The council should strengthen overview and scrutiny, provide it with dedicated officer support, and review its call-in procedure so that valid call-ins are heard by the committee."),
 ("R8", "The council should appoint at least two independent members to the Audit and Governance Committee."),
 ("R9", "The council should report every waiver of the contract procedure rules to the Audit and Governance Committee and reduce their use."),
 ("R10", "The council should establish an improvement and recovery board, with external membership, to oversee delivery of its improvement and recovery plan and report on progress to full council every six months."),
])
CA = "Annex A Methodology"
ch(CA, None, [
 ("A.1", "The inspection team comprised a lead inspector and three assistant inspectors, supported by officials of the Ministry of Housing, Communities and Local Government."),
 ("A.2", "We held 112 interviews and focus groups with members, officers, partners and the company's directors, and observed 19 meetings, including full council, Cabinet, the Overview and Scrutiny Committee and the Audit and Governance Committee."),
 ("A.3", "The staff survey was open from 18 November to 9 December 2024. Of 3,120 staff invited to take part, 1,184 responded. The results in Table 1 are percentages of those who answered each question."),
 ("A.4", "We shared a draft of the factual content of this report with the council on 7 March 2025. The council's response was received on 28 March 2025 and we have taken it into account."),
])

TABLE1 = [("Statement", "Agree", "Neither", "Disagree")] + [
 ("I understand the council's priorities", "71%", "14%", "15%"),
 ("I understand how my work contributes to those priorities", "76%", "12%", "12%"),
 ("My line manager treats me with respect", "82%", "9%", "9%"),
 ("I have the resources I need to do my job", "38%", "19%", "43%"),
 ("Senior officers are visible", "44%", "21%", "35%"),
 ("Senior officers communicate well", "36%", "25%", "39%"),
 ("Members treat officers with respect", "33%", "28%", "39%"),
 ("I trust the Corporate Leadership Team", "31%", "30%", "39%"),
 ("Decisions are taken openly", "24%", "27%", "49%"),
 ("The council acts on the results of staff surveys", "29%", "26%", "45%"),
 ("I would feel safe raising a concern about a senior officer", "37%", "22%", "41%"),
 ("I would feel safe raising a concern about a senior member", "31%", "22%", "47%"),
 ("I know how to raise a whistleblowing concern", "68%", "13%", "19%"),
 ("Bullying and harassment are dealt with effectively", "35%", "29%", "36%"),
 ("I have experienced bullying or harassment in the last year", "18%", "11%", "71%"),
 ("My workload is manageable", "47%", "18%", "35%"),
 ("I am able to take the training I need", "52%", "20%", "28%"),
 ("I am proud to work for the council", "49%", "27%", "24%"),
 ("I would recommend the council as a place to work", "34%", "29%", "37%"),
 ("I intend to be working for the council in two years' time", "58%", "24%", "18%"),
 ("Change is well managed", "19%", "29%", "52%"),
 ("The council is well led", "22%", "31%", "47%"),
 ("I am consulted about changes that affect me", "27%", "24%", "49%"),
 ("My team works well with other teams", "61%", "21%", "18%"),
 ("Performance problems are dealt with fairly", "39%", "30%", "31%"),
 ("I feel able to challenge the way things are done", "42%", "23%", "35%"),
 ("Equality and diversity are taken seriously", "57%", "25%", "18%"),
 ("I have confidence in the council's financial future", "12%", "26%", "62%"),
]
TABLE2 = [("Reserve", "March 2021", "March 2022", "March 2023", "March 2024")] + [
 ("General fund", "£17.3m", "£13.8m", "£9.1m", "£4.9m"),
 ("Earmarked", "£46.1m", "£39.5m", "£30.2m", "£22.8m"),
 ("Total usable", "£63.4m", "£53.3m", "£39.3m", "£27.7m"),
]

def cells(rows):
    return " ".join(c for r in rows for c in r)

for p in P:
    if p["label"] == "Table 1":
        p["text"] = cells(TABLE1); p["heading"] = "3.3 Organisational culture"
    if p["label"] == "Table 2":
        p["text"] = cells(TABLE2)

def report_json():
    places, footnotes = [], []
    for p in P:
        d = {k: p[k] for k in ("label", "kind", "chapter", "heading", "page", "text")}
        if p["fn"]:
            after, n, t = p["fn"]
            d["footnote_after"] = after
            footnotes.append({"number": n, "page": None, "text": t, "place": p["label"]})
        places.append(d)
    return {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "rinohtype 0.5.6 (reStructuredText, Book template, own style sheet)",
            "numbering": "three-level", "page_offset": None,
            "furniture": [], "places": places, "footnotes": footnotes,
            "tables": {"Table 1": TABLE1, "Table 2": TABLE2},
            "table_captions": {"Table 1": "Table 1: Staff survey results, November-December 2024",
                               "Table 2": "Table 2: Usable revenue reserves, 2021 to 2024"}}

if __name__ == "__main__":
    import os
    if not os.path.exists("report.json"):
        json.dump(report_json(), open("report.json", "w"), ensure_ascii=False, indent=1)
        print("wrote report.json", len(P), "places")
