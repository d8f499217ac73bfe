"""Appendices and routine items that make up the bulk of a real pack (no quotations)."""
import random

WARDS = ["Abbey Hey", "Ashworth Moor", "Brindle Park", "Castlefield East", "Corrington Central", "Denholme",
         "Eccleston Bridge", "Fairhaven", "Greenhalgh", "Hollins Green", "Kersal Vale", "Longford",
         "Marsh Lane", "Norbury", "Oakenrod", "Pendle View", "Radcliffe Road", "St Anne’s", "Whitlow"]
FIRST = ["Alan", "Amira", "Barbara", "Brian", "Carl", "Chloe", "Colin", "Dawn", "Denise", "Farhan", "Gareth", "Gillian",
         "Ian", "Imran", "Janet", "Joan", "John", "Karen", "Kevin", "Leanne", "Lee", "Liam", "Margaret", "Mark",
         "Michelle", "Nadia", "Neil", "Pat", "Paul", "Peter", "Priya", "Rachel", "Rizwan", "Ruth", "Sally", "Shabana",
         "Stephen", "Susan", "Tariq", "Tom", "Tracey", "Wendy", "Yusuf"]
LAST = ["Abara", "Ainsworth", "Barlow", "Bennett", "Booth", "Brierley", "Chadwick", "Crompton", "Dewhurst", "Eccles",
        "Farrow", "Fielding", "Gledhill", "Greenwood", "Haworth", "Hartley", "Holden", "Ingleby", "Kay", "Kettering",
        "Lord", "Lunt", "Mir", "Nuttall", "Ormerod", "Pilling", "Royle", "Sadiq", "Schofield", "Stott", "Tasker",
        "Taylor", "Unsworth", "Vasani", "Walsh", "Whitcombe", "Whitworth", "Yates"]


def members():
    rnd = random.Random(57)
    out = []
    for i in range(57):
        out.append((f"Cllr {rnd.choice(FIRST)} {LAST[i % len(LAST)]}", WARDS[i // 3]))
    return out


def training_table():
    rnd = random.Random(3)
    rows = [["Member", "Ward", "Code of conduct", "Equality and diversity", "Safeguarding", "Social media"]]
    for m, w in members():
        rows.append([m, w] + [rnd.choice(["Yes", "Yes", "No", "Booked"]) for _ in range(4)])
    return rows


def register_table():
    rnd = random.Random(11)
    rows = [["Member", "Ward", "Register updated", "Gifts declared 2024/25", "Status"]]
    for m, w in members():
        upd = rnd.choice(["May 2025", "June 2025", "April 2025", "March 2025", "Not returned"])
        rows.append([m, w, upd, str(rnd.choice([0, 0, 0, 1, 2, 3])), "Chased" if upd == "Not returned" else "Complete"])
    return rows


def capital_table():
    rnd = random.Random(5)
    schemes = ["Corrington Riverside Phase 2", "Corrington Riverside infrastructure", "Town centre public realm",
               "Market Hall refurbishment", "Highways resurfacing programme", "Bridge strengthening, Eccleston",
               "Street lighting LED conversion", "Schools condition programme", "Special school expansion, Fairhaven",
               "Primary school places, Longford", "Disabled facilities grants", "Leisure centre decarbonisation",
               "Civic centre roof replacement", "ICT infrastructure refresh", "Cemetery extension, Norbury",
               "Flood alleviation, Marsh Lane", "Cycle network phase 3", "Bus corridor improvements", "Parks play areas",
               "Libraries self-service", "Fleet replacement", "Depot consolidation", "Temporary accommodation acquisitions",
               "Empty homes programme", "Carbon reduction fund", "Museum roof repairs", "Housing adaptations",
               "Whitlow station car park", "Kersal Vale community hub", "Land remediation, Greenhalgh"]
    rows = [["Scheme", "Revised budget £000", "Outturn £000", "Slippage £000"]]
    for s in schemes:
        b = rnd.randint(400, 9000) if "Riverside" not in s else (46200 if "Phase" in s else 14100)
        o = int(b * rnd.uniform(0.7, 1.02)) if "Riverside" not in s else (44900 if "Phase" in s else 13300)
        rows.append([s, f"{b:,}", f"{o:,}", f"{b - o:,}"])
    return rows


def forward_plan():
    rows = [["Ref", "Decision", "Decision maker", "Date", "Key"]]
    items = [("Adult social care market sustainability plan", "Cabinet", "15 July 2025"),
             ("Homelessness and rough sleeping strategy 2025-2030", "Cabinet", "15 July 2025"),
             ("Corrington Riverside: appointment of independent reviewer", "Chief Executive", "July 2025"),
             ("Medium-term financial strategy refresh", "Cabinet", "16 September 2025"),
             ("Council tax support scheme 2026/27 – consultation", "Cabinet", "16 September 2025"),
             ("Waste collection contract extension", "Cabinet", "16 September 2025"),
             ("Leisure services operating model", "Cabinet", "14 October 2025"),
             ("School admissions arrangements 2027/28", "Cabinet Member (Children)", "October 2025"),
             ("Local plan: regulation 19 consultation", "Cabinet", "14 October 2025"),
             ("Treasury management mid-year review", "Cabinet", "11 November 2025"),
             ("Fees and charges 2026/27", "Cabinet", "11 November 2025"),
             ("Budget proposals 2026/27 for consultation", "Cabinet", "9 December 2025"),
             ("Contracts register and procurement strategy", "Cabinet", "9 December 2025"),
             ("Market Hall: award of refurbishment contract", "Cabinet", "9 December 2025"),
             ("Housing revenue account business plan", "Cabinet", "13 January 2026"),
             ("Capital strategy 2026/27 to 2030/31", "Cabinet", "10 February 2026"),
             ("Revenue budget and council tax 2026/27", "Council", "25 February 2026"),
             ("Corporate plan refresh", "Council", "25 February 2026"),
             ("Special educational needs transport policy", "Cabinet", "10 March 2026"),
             ("Corrington Riverside: outcome of independent review", "Cabinet", "January 2026")]
    for i, (d, m, t) in enumerate(items, 1):
        rows.append([f"KD 2025/{40 + i:03d}", d, m, t, "Yes"])
    return rows


CASES = [
    ("2024/07", "Member against member", "Remarks at full council about another member’s family.", "Informal resolution: apology given."),
    ("2024/09", "Officer against member", "Repeated emails to an officer questioning her competence, copied to others.", "Investigated. Breach (respect; bullying). Training and censure."),
    ("2024/11", "Public against member", "Comments on a community Facebook group about a planning applicant.", "No further action: member not acting as a councillor."),
    ("2024/14", "Member against member", "Failure to declare an interest in a licensing matter.", "Investigated. No breach: interest not registrable."),
    ("2024/18", "Officer against member", "Request to an officer to change the recommendation in a report.", "Investigated. Breach (impartiality of officers). Training."),
    ("2024/21", "Member against member", "Social media post describing a group as ‘liars’.", "No further action: political expression."),
    ("2024/25", "Public against member", "Failure to respond to casework.", "No further action: not a code matter."),
    ("2024/30", "Officer against member", "Shouting at an officer in a corridor after a scrutiny meeting.", "Investigated. Breach (respect). Removal from committee recommended."),
    ("2025/02", "Member against member", "Disclosure of confidential information from a Part II item.", "Investigation continuing."),
    ("2025/05", "Parish council", "Conduct of a parish councillor at a parish meeting.", "Informal resolution: training."),
]


RISKS = [
    ("CR01", "Financial sustainability: reserves fall below the minimum level and a section 114 notice is required", "Director of Finance", "5 x 4 = 20", "Reserves recovery plan; savings delivery board; monthly reporting to Cabinet"),
    ("CR02", "Failure to deliver the improvement and recovery plan leads to further intervention", "Chief Executive", "4 x 4 = 16", "Programme office; Board oversight; quarterly Cabinet reports"),
    ("CR03", "Adult social care demand and market fragility", "Director of Adult Social Care", "4 x 4 = 16", "Market sustainability plan; commissioning review"),
    ("CR04", "Children’s placements sufficiency and cost", "Director of Children’s Services", "4 x 4 = 16", "Sufficiency strategy; in-house residential homes"),
    ("CR05", "Corrington Riverside: sales values, cost inflation and borrowing exposure", "Director of Place", "4 x 5 = 20", "Independent review; no further budget increase pending review"),
    ("CR06", "Recruitment and retention in finance, legal and social work", "Director of HR", "4 x 3 = 12", "Market supplements; permanent recruitment campaign"),
    ("CR07", "Cyber security incident", "Director of Digital", "3 x 5 = 15", "Backups; penetration testing; staff training"),
    ("CR08", "Temporary accommodation demand and cost", "Director of Housing", "5 x 3 = 15", "Acquisitions programme; prevention fund"),
    ("CR09", "Procurement challenge arising from non-compliant contracts", "Head of Procurement", "3 x 3 = 9", "Contract procedure rules revised; waiver log reported"),
    ("CR10", "Member conduct and culture undermine improvement", "Monitoring Officer", "3 x 4 = 12", "New code of conduct; mandatory training; Board observation"),
    ("CR11", "Health and safety in council buildings (RAAC, asbestos)", "Director of Place", "2 x 5 = 10", "Surveys complete; remediation programme"),
    ("CR12", "Climate adaptation and flood risk", "Director of Place", "3 x 3 = 9", "Flood alleviation schemes; Environment Agency partnership"),
    ("CR13", "Special educational needs high needs block deficit", "Director of Children’s Services", "5 x 3 = 15", "Safety valve discussions; local provision"),
    ("CR14", "Information governance breaches", "Monitoring Officer", "3 x 3 = 9", "Training; data protection officer review"),
    ("CR15", "Delivery of savings proposals 2025/26", "Director of Finance", "4 x 4 = 16", "Delivery plans for every proposal; monthly tracking"),
]

LINES_OF_ENQUIRY = [
    ("Governance", "Are decisions taken in formal meetings, on the basis of complete and timely advice?", "Observation of Cabinet and council; forward plan; urgency log"),
    ("Governance", "Do the statutory officers have the access and standing their roles require?", "Interviews; statutory officers’ group notes"),
    ("Culture", "Do staff feel able to raise concerns, and are concerns acted on?", "Pulse survey; whistleblowing log; focus groups"),
    ("Culture", "Are member behaviours improving at formal meetings and in dealings with officers?", "Observation; complaints data; training attendance"),
    ("Finance", "Is the medium-term financial strategy credible and the reserves position recovering?", "MTFS; budget monitoring; savings tracker"),
    ("Finance", "Is budget monitoring accurate and timely?", "Monthly reports; independent review"),
    ("Finance", "Is capital investment affordable and properly appraised?", "Capital strategy; Riverside review"),
    ("Leadership", "Is there a stable and capable corporate leadership team?", "Vacancy and interim data; appraisal"),
    ("Scrutiny", "Does scrutiny provide effective challenge?", "Work programmes; call-in; observation"),
    ("Audit", "Are audit recommendations tracked and implemented?", "Audit tracker; committee minutes"),
    ("Procurement", "Are contract procedure rules followed and waivers exceptional?", "Waiver log; contracts register"),
    ("Companies", "Is the council exercising effective control over its companies?", "Shareholder committee papers; company accounts"),
]

PROTOCOL = [
    "1. This protocol guides members and officers in their relations with one another. It forms part of the constitution and should be read alongside the members’ code of conduct and the officers’ code.",
    "2. Members and officers are servants of the public and indispensable to one another, but their responsibilities are distinct. Members are responsible to the electorate and serve only so long as their term of office lasts. Officers are responsible to the council; their job is to give advice to members and to the council and to carry out the council’s work under the direction and control of the council, the Cabinet and their committees.",
    "3. Mutual respect between members and officers is essential to good local government. Close personal familiarity between individual members and officers can damage the relationship and prove embarrassing to other members and officers.",
    "4. Members must not ask officers to act in a way which conflicts with their professional obligations, to change their professional advice, or to alter the recommendations in a report. A member who disagrees with an officer’s advice may say so in debate; the report will record the officer’s advice.",
    "5. Officers support the Cabinet in developing policy. Officers must not be asked to undertake work of a party political nature, and briefings of a political group by officers will be confined to matters of fact and professional advice.",
    "6. A member who is dissatisfied with the conduct of an officer should raise the matter with the officer’s director or with the Chief Executive, not in public or on social media.",
    "7. An officer who is concerned about the conduct of a member may raise it with their director, the Monitoring Officer or the Chief Executive, and may make a complaint under the members’ code of conduct. No officer will suffer any detriment for raising a concern in good faith.",
    "8. Members are entitled to information which they need to perform their duties as members. Requests for information should be made to the relevant director. Information is not to be withheld from members of one group which is made available to members of another, save where the law permits.",
    "9. The Monitoring Officer will report to the Standards Committee annually on the operation of this protocol.",
]


def gifts_table():
    import random
    rnd = random.Random(8)
    ms = members()
    rows = [["Date", "Member", "Gift or hospitality", "Provider", "Est. value"]]
    kinds = [("Dinner, annual awards", "Corrington Chamber of Commerce", 45), ("Tickets, charity concert", "Whitlow Community Trust", 30),
             ("Lunch, partnership launch", "Integrated care board", 18), ("Match ticket and hospitality", "Corrington Town FC", 75),
             ("Book", "Local History Society", 15), ("Dinner", "Housing association partner", 40), ("Conference place", "Regional LGA", 95)]
    for i in range(38):
        k = rnd.choice(kinds)
        rows.append([f"{rnd.randint(1, 28):02d}/{rnd.choice(['04','05','06','07','08','09','10','11','12','01','02','03'])}/{rnd.choice(['2024','2025'])}",
                     rnd.choice(ms)[0], k[0], k[1], f"£{k[2]}"])
    return rows
