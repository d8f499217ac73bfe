# Source text of the inspection report. Writes report.json (pages filled in by build.py).
import json

TITLE = "Best Value Inspection of Quenby City Council"

CH = {
 "1": "1 Executive summary",
 "2": "2 Introduction and scope",
 "3": "3 Leadership and culture",
 "4": "4 Governance and decision-making",
 "5": "5 Financial management",
 "6": "6 Commercial activity and procurement",
 "7": "7 Housing and service delivery",
 "8": "8 Partnerships and capacity to improve",
 "9": "9 Conclusions and recommendations",
 "A": "Annex A Methodology and evidence",
}

P = []
def p(label, heading, text, kind="paragraph", ch=None):
    ch = ch or label.split(".")[0]
    if kind == "table": ch = "3" if label == "Table 1" else "5"
    P.append({"label": label, "kind": kind, "chapter": CH[ch], "heading": heading, "page": None, "text": text})

# ---------------------------------------------------------------- 1
h = "Overview"
p("1.1.1", h, "We were appointed by the Secretary of State on 3 March 2025 to carry out an inspection of Quenby City Council’s compliance with its best value duty under Part 1 of the Local Government Act 1999. Our fieldwork took place between April and July 2025.")
p("1.1.2", h, "We found a council that has lost its grip on its finances and on its own decision-making. The failures we describe are not the fault of any one person. They are the product of a culture in which challenge is unwelcome, information is closely held and the council’s formal structures are too often bypassed.")
p("1.1.3", h, "We conclude that Quenby City Council is failing to comply with its best value duty in respect of leadership, governance, culture and use of resources. We do not consider that the council has the capacity to secure the necessary improvement without external support.")
p("1.1.4", h, "It would be wrong to conclude that every service is failing. Adult social care was rated “Good” by the Care Quality Commission in 2024 and many front-line staff told us of their pride in serving the city. Their commitment is one of the council’s real strengths.")
h = "Key findings"
p("1.2.1", h, "The general fund reserve has fallen from £21.3 million in March 2021 to £7.9 million in March 2025, and the council used £9.6 million of reserves to balance its 2024/25 budget. Unless the council acts quickly to reduce its reliance on reserves, the general fund balance could be exhausted during 2027/28.")
p("1.2.2", h, "The estimated cost of the Riverside Quays regeneration scheme has risen from £48 million to £93 million since it was approved in 2021, and members were not told of most of that increase until it had been committed.")
p("1.2.3", h, "Scrutiny is weak and poorly supported. Eleven key decisions were taken under the urgency procedure in 2024 and were therefore exempt from call-in; seven of them concerned Riverside Quays.")
p("1.2.4", h, "Nearly half of the staff who answered our survey (47%) said that they would not feel safe raising a concern about wrongdoing, and only 29% said that they trusted the council’s senior leadership.")
p("1.2.5", h, "The housing repairs service has a backlog of 4,312 outstanding jobs, including 1,206 reported cases of damp and mould, and the Housing Ombudsman made 14 findings of maladministration against the council in 2024.")

# ---------------------------------------------------------------- 2
h = "Our appointment"
p("2.1.1", h, "The inspection was commissioned following the council’s failure to set a balanced budget without the use of one-off reserves for three consecutive years, and after the external auditor issued a statutory recommendation under section 24 of the Local Audit and Accountability Act 2014 in November 2024.")
p("2.1.2", h, "Our terms of reference required us to examine the council’s leadership, governance, culture, use of resources and services, and to advise the Secretary of State on whether the council is complying with its best value duty and, if not, what action should be taken.")
p("2.1.3", h, "The council co-operated fully with the inspection. We are grateful to the members, officers, partners and residents who gave us their time, often at short notice.")
h = "How we carried out the inspection"
p("2.2.1", h, "We held 96 interviews and focus groups with members, officers, partners and trade unions, observed 14 formal meetings, and reviewed more than 2,300 documents supplied by the council.")
p("2.2.2", h, "We ran an anonymous survey of all council staff, which received 612 responses, a response rate of 38%. We also surveyed all 54 councillors; 31 responded. The main results are set out in Table 1.")
p("2.2.3", h, "The council’s own submission to the inspection, received on 22 April 2025, described an organisation that was “on a clear path to recovery”. Much of this report explains why we do not share that assessment.")
p("2.2.4", h, "Where we quote members or officers, we do so because their words illustrate views that we heard repeatedly. We have not named individuals and we do not suggest that any single comment is representative of the whole organisation.")

# ---------------------------------------------------------------- 3
h = "Political leadership"
p("3.1.1", h, "The ruling group has held a majority on the council since 2019. The Leader and a small number of cabinet members exercise a very high degree of control over the council’s agenda, and many members outside that group told us that they felt excluded from decisions that affected their wards.")
p("3.1.2", h, "The Leader told us that the council’s difficulties had been “exaggerated by people with an axe to grind” and that its financial position was “no worse than that of any comparable authority”. The evidence we set out in chapter 5 does not support that view.")
p("3.1.3", h, "We heard consistently that the cabinet does not welcome challenge. One officer told us that “decisions are made in the Leader’s office and written up afterwards”. We did not find documentary evidence that this was the general practice, but the perception is widely held and corrosive.")
p("3.1.4", h, "Opposition members described cabinet meetings as “a formality”. We observed four cabinet meetings; in none of them was a report amended or a recommendation rejected, and the average length of a meeting was 38 minutes.")
h = "Officer and member relationships"
p("3.2.1", h, "The council has had three chief executives, two of them interim, in the past four years. The monitoring officer post was vacant for seven months in 2024 and the chief finance officer role has been filled on an interim basis since October 2023.")
p("3.2.2", h, "This churn has left the statutory officers without the standing to give unwelcome advice. Several senior officers told us that they had learned “not to put things in writing” when they disagreed with the cabinet.")
p("3.2.3", h, "We do not suggest that any member or officer has acted unlawfully or for personal gain. But the relationship between members and officers has become blurred, and the protocol on member and officer relations, last revised in 2016, is not followed in practice.")
h = "Staff culture"
p("3.3.1", h, "Our staff survey found real commitment to the city: 71% of respondents said that they were proud to work for the council. Yet 47% said that they would not feel safe raising a concern about wrongdoing and only 29% said that they trusted senior leadership.")
p("3.3.2", h, "Almost two-thirds of respondents (63%) described their workload as unmanageable, and sickness absence averaged 11.4 days per full-time employee in 2024/25, against a council target of 8 days.")
p("3.3.3", h, "Staff in the housing and regeneration directorates were the least positive. In those directorates fewer than one in five respondents (18%) said that senior managers acted on the results of previous staff surveys.")
p("Table 1", "Staff culture", "Table 1: Selected results of the inspection staff and member surveys Survey statement Staff agreeing Councillors agreeing I am proud to work for / serve Quenby City Council 71% 84% I would feel safe raising a concern about wrongdoing 53% 61% I trust the council’s senior leadership 29% 45% My workload is manageable 37% n/a Scrutiny is effective in holding the cabinet to account n/a 42% Members and officers work well together 34% 39%", kind="table")

# ---------------------------------------------------------------- 4
h = "The constitution and decision-making"
p("4.1.1", h, "The council’s constitution is broadly in line with the model used by most English councils, but it has not been comprehensively reviewed since 2017. Delegations to officers are unclear in places, and the scheme of delegation still refers to posts that no longer exist.")
p("4.1.2", h, "In 2024 eleven key decisions were taken under the urgency procedure in rule 16 of the access to information procedure rules and were therefore exempt from call-in. Seven of those decisions concerned Riverside Quays, including a £14.5 million contract variation.")
p("4.1.3", h, "The urgency procedure exists for genuine emergencies. We do not consider that the timetable for Riverside Quays, which had been known for more than a year, justified its repeated use.")
p("4.1.4", h, "Reports to cabinet are often long on description and short on options. Of the 42 cabinet reports we reviewed, only 9 set out alternative options in any meaningful way, and the legal and financial implications were frequently written after the recommendation had been agreed with the portfolio holder.")
h = "Scrutiny"
p("4.2.1", h, "The Overview and Scrutiny Committee met five times in 2024/25. It made nine recommendations to cabinet during the year, and cabinet formally responded to two of them.")
p("4.2.2", h, "We do not consider that the Overview and Scrutiny Committee has been given the resources it needs to hold the cabinet to account. It is supported by a single scrutiny officer who also services three other committees.")
p("4.2.3", h, "Of the councillors who answered our survey, 18 of 31 said that scrutiny was not effective in holding the cabinet to account. Several members of the ruling group told us that scrutiny was “where the opposition goes to make a noise”.")
p("4.2.4", h, "The Audit and Governance Committee has a capable independent chair, but its agendas are crowded and it has accepted repeated deferrals of management responses to internal audit recommendations. At the end of March 2025, 37 high-priority internal audit actions were overdue.")
h = "Standards and transparency"
p("4.3.1", h, "The council received 61 complaints about member conduct between 2022 and 2024. Twelve were referred for investigation and the average time to conclude an investigation was 11 months.")
p("4.3.2", h, "The register of members’ interests was incomplete for nine members when we reviewed it in May 2025. We are told that this has since been corrected.")
p("4.3.3", h, "The council publishes less than it should. Decisions of the board of Quenby Markets Ltd, the council’s wholly owned trading company, are not reported to any member body, and the shareholder committee has not met since June 2023.")

# ---------------------------------------------------------------- 5
h = "The budget and medium-term financial strategy"
p("5.1.1", h, "The council’s net revenue budget for 2025/26 is £286.4 million. The medium-term financial strategy identifies a cumulative budget gap of £38.7 million by 2028/29, of which only £11.2 million is covered by identified savings.")
p("5.1.2", h, "Savings delivery has been poor. Of the £24.6 million of savings approved for 2022/23 to 2024/25, £13.9 million was delivered, a rate of 57%.")
p("5.1.3", h, "Budget monitoring reports to cabinet have consistently forecast balanced outturns until late in the year. In 2024/25 the forecast overspend moved from £0.4 million at quarter 2 to £8.1 million at outturn.")
h = "Reserves"
p("5.2.1", h, "The general fund reserve has fallen from £21.3 million in March 2021 to £7.9 million in March 2025. Earmarked reserves fell over the same period from £64.2 million to £31.5 million.")
p("5.2.2", h, "The council’s own submission stated that its reserves were “robust and sufficient for the medium term”. We do not share that view. At the current rate of use, and unless the council acts quickly to reduce its reliance on reserves, the general fund balance could be exhausted during 2027/28.")
p("5.2.3", h, "The interim chief finance officer’s statement under section 25 of the Local Government Act 2003 for the 2025/26 budget described the level of reserves as “adequate, but only just”. We consider that statement to have been properly made, and we note that it was not discussed at the budget meeting of full council.")
h = "Capital programme and borrowing"
p("5.3.1", h, "The approved capital programme for 2025/26 to 2029/30 totals £412 million, of which £187 million is to be financed from borrowing. The council’s external borrowing rose from £318 million in March 2021 to £544 million in March 2025.")
p("5.3.2", h, "Interest and minimum revenue provision now absorb 9.8% of the net revenue budget, compared with 5.1% in 2020/21. The council has not tested the affordability of the programme against a realistic range of interest-rate scenarios.")
p("5.3.3", h, "Table 2 sets out the principal schemes in the programme. Several of them, including the Riverside Quays scheme and the Northgate leisure centre, have no up-to-date business case.")
p("5.3.4", h, "The council has lent £22.5 million to Quenby Markets Ltd, which reported a loss of £4.1 million in 2023/24. The company’s 2024/25 accounts had not been filed when our fieldwork ended.")
p("5.3.5", h, "We recognise that the council inherited some of these commitments, and that inflation in construction costs since 2021 has affected councils across the country. That does not explain why members were not told of the scale of the increases in good time.")
p("Table 2", "Capital programme and borrowing", "Table 2: Principal schemes in the capital programme 2025/26 to 2029/30 (£ million) Scheme Approved budget Current estimate Of which borrowing Business case date Riverside Quays regeneration 48.0 93.0 61.5 2021 Northgate leisure centre 18.5 27.2 24.0 2022 Housing revenue account new build 86.0 91.4 38.0 2024 Highways maintenance 42.0 42.0 12.0 n/a Schools condition programme 23.6 23.6 0.0 n/a Quenby Markets Ltd loan facility 15.0 22.5 22.5 2020 City centre public realm 11.8 14.9 9.6 2023 Fleet replacement 9.2 9.2 9.2 2024 ICT modernisation 7.5 10.8 4.1 2023 Cemetery extension 3.1 3.1 3.1 2022 Flood alleviation (Quen Beck) 12.4 13.0 2.0 2024 Other schemes 64.6 61.3 1.0 various Total 341.7 412.0 187.0", kind="table")

# ---------------------------------------------------------------- 6
h = "Riverside Quays"
p("6.1.1", h, "Riverside Quays is the council’s flagship regeneration scheme on the former gasworks site beside the river. Cabinet approved it in July 2021 at an estimated cost of £48 million. The current estimate is £93 million.")
p("6.1.2", h, "Most of the increase was reported to members only after contracts had been let. The £14.5 million contract variation agreed in March 2024 was taken as an urgent decision and reported to full council four months later.")
p("6.1.3", h, "The project board has no independent member and its minutes record few challenges to the developer’s cost estimates. We found no evidence that the council had commissioned an independent review of the scheme’s viability since 2022.")
h = "Procurement"
p("6.2.1", h, "The council granted 143 waivers of its contract procedure rules in 2023/24, with a total value of £11.8 million, compared with 52 waivers in 2021/22. Nineteen of the 2023/24 waivers were approved retrospectively, after the work had started.")
p("6.2.2", h, "The procurement team has lost half of its experienced staff since 2022 and the council’s contracts register was last fully updated in 2023. Officers told us that waivers had become “the normal way to get things done quickly”.")
p("6.2.3", h, "We do not suggest that any waiver was granted improperly for an individual’s benefit. The pattern does, however, expose the council to the risk of challenge and means that it cannot show that it is obtaining value for money.")

# ---------------------------------------------------------------- 7
h = "Housing repairs"
p("7.1.1", h, "The council owns and manages around 14,800 homes. At the end of March 2025 the repairs service had a backlog of 4,312 outstanding jobs, of which 1,206 were reported cases of damp and mould.")
p("7.1.2", h, "The Housing Ombudsman made 14 findings of maladministration against the council in 2024, three of them severe. Tenants we met described repeated missed appointments and a lack of basic information about when work would be done.")
p("7.1.3", h, "The council’s new repairs contract began in April 2025 and it is too early to judge its effect. The council’s improvement plan for housing is credible on paper, but we have seen little evidence that it is being driven from the top.")
h = "Complaints and customer contact"
p("7.2.1", h, "Only 23% of stage one complaints across the council were answered within the council’s own target of ten working days in 2024/25, and the average wait to answer the main customer contact number was 14 minutes.")
p("7.2.2", h, "We were told that the council does not analyse complaints to learn lessons. We found no report on complaints to any member body in the past two years.")

# ---------------------------------------------------------------- 8
h = "Partnerships"
p("8.1.1", h, "Partners spoke warmly of individual officers but described the council as an unreliable partner at a corporate level. The integrated care board, the police and the two largest housing associations all told us that commitments made in partnership meetings were often not followed through.")
p("8.1.2", h, "The relationship with the combined authority is strained. The council withdrew from the regional transport programme board in 2024 without consulting its partners, a decision that the Leader told us had been “taken on principle”.")
h = "Capacity to improve"
p("8.2.1", h, "The council has begun to respond. A new permanent chief executive took up post in March 2025, and the council has commissioned a peer challenge and adopted a draft recovery plan.")
p("8.2.2", h, "These are welcome steps, but they are at an early stage. The recovery plan has no costed actions, no named leads at director level and no measures of success, and it was not considered by scrutiny before it was adopted.")
p("8.2.3", h, "We do not consider that the council has the capacity or the collective will to make the changes that are needed, at the pace that is needed, without external intervention.")

# ---------------------------------------------------------------- 9
h = "Conclusions"
p("9.1.1", h, "Taken together, the evidence set out in this report leads us to conclude that Quenby City Council is failing to comply with its best value duty.")
p("9.1.2", h, "We recommend that the Secretary of State should exercise his powers of intervention under section 15 of the Local Government Act 1999, including the appointment of commissioners with powers over the council’s finance, governance and regeneration functions, for a period of at least three years.")
p("9.1.3", h, "Our recommendations to the council are set out below. They should be read together with the directions the Secretary of State may decide to issue.")
h = "Recommendations"
recs = [
 "The council should prepare, within three months, a costed improvement plan with named leads and measures of success, and report progress on it to full council every quarter.",
 "The council should appoint a permanent chief finance officer and a permanent monitoring officer, and ensure that both have direct access to the Leader, the Chief Executive and the chair of the Audit and Governance Committee.",
 "The council should commission an independent review of the Riverside Quays scheme, including its viability, governance and the options for reducing the council’s exposure, and should not let any further contracts for the scheme until the review has reported.",
 "The council should revise its medium-term financial strategy to eliminate the use of general fund reserves to balance the budget by 2026/27, and set a minimum level for the general fund reserve of not less than £15 million.",
 "The council should review its capital programme and remove or defer any scheme without an up-to-date business case.",
 "The council should restrict the use of the urgency procedure to genuine emergencies and report every use of it to the next meeting of full council.",
 "The council should strengthen scrutiny, including by providing dedicated officer support and a work programme that allows pre-decision scrutiny of key decisions.",
 "The council should carry out a comprehensive review of its constitution, including the scheme of delegation and the protocol on member and officer relations.",
 "The council should review the governance of Quenby Markets Ltd, reconvene the shareholder committee and report the company’s performance to members at least twice a year.",
 "The council should reduce its use of waivers of the contract procedure rules, forbid retrospective waivers, and publish a quarterly report on waivers to the Audit and Governance Committee.",
 "The council should develop a culture and values programme, led by the Chief Executive, that makes it safe for staff to raise concerns, and should measure its effect through a repeat staff survey within twelve months.",
 "The council should take urgent action to clear the housing repairs backlog, prioritising cases of damp and mould, and report progress monthly to the relevant cabinet member and to scrutiny.",
]
for i, r in enumerate(recs, 1):
    p(f"R{i}", "Recommendations", r, kind="recommendation", ch="9")

# ---------------------------------------------------------------- Annex
ann = [
 ("Terms of reference", "The inspection was carried out under section 10 of the Local Government Act 1999. The Secretary of State’s letter of appointment asked us to report by 30 September 2025."),
 ("Interviews and observations", "We interviewed 41 members, 38 officers and 17 representatives of partner organisations and trade unions, and held six focus groups with front-line staff. We observed 14 meetings, including four meetings of cabinet and two of full council."),
 ("Surveys", "The staff survey was open from 6 to 27 May 2025 and was sent to 1,611 employees. The member survey was sent to all 54 councillors. Both surveys were anonymous and were administered independently of the council."),
 ("Documents reviewed", "We reviewed more than 2,300 documents, including cabinet and committee papers from 2021 onwards, the statements of accounts for 2020/21 to 2023/24, internal audit reports and the minutes of the Riverside Quays project board."),
 ("Financial data", "Financial figures in this report are taken from the council’s published statements of accounts, its budget reports and information supplied by the interim chief finance officer. Figures for 2024/25 are provisional and unaudited."),
]
for i, (hd, t) in enumerate(ann, 1):
    p(f"A{i}", hd, t, kind="annex", ch="A")

FOOTNOTES = [
 (1, "1.1.1", "Local Government Act 1999, section 10."),
 (2, "2.1.1", "Local Audit and Accountability Act 2014, schedule 7, paragraph 2."),
 (3, "2.2.2", "The staff survey was sent to 1,611 employees; see Annex A, paragraph A3."),
 (4, "3.2.1", "The current Chief Executive took up post on 3 March 2025."),
 (5, "4.1.2", "Constitution of Quenby City Council, Part 4, access to information procedure rules, rule 16."),
 (6, "5.2.1", "Statements of accounts 2020/21 to 2023/24 and provisional outturn 2024/25."),
 (7, "5.3.2", "Minimum revenue provision is the charge to revenue for the repayment of debt."),
 (8, "6.2.1", "Contract procedure rules, rule 9 (waivers)."),
 (9, "7.1.2", "Housing Ombudsman Service, individual landlord report, 2024."),
]

if __name__ == "__main__":
    data = {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "calibre ebook-convert from HTML",
            "numbering": "three-level", "page_offset": 0,
            "furniture": ["Quenby City Council: Best Value Inspection — <chapter title> (running header)", "Page N"],
            "places": P,
            "footnotes": [{"number": n, "page": None, "text": t, "_after": a} for n, a, t in FOOTNOTES]}
    json.dump(data, open("report.json", "w"), ensure_ascii=False, indent=1)
    print(len(P), "places")
