"""Turn report_src.txt (authoring format) into report.json, and write letter.json."""
import json, re

places = []
chapter = heading = None
lines = open("report_src.txt", encoding="utf-8").read().splitlines()
i = 0
while i < len(lines):
    ln = lines[i]
    if ln.startswith("## "):
        chapter, heading = ln[3:], None
    elif ln.startswith("### "):
        heading = ln[4:]
    elif ln.startswith("TABLE "):
        label, caption = ln[6:].split("|", 1)
        rows = []
        i += 1
        while lines[i] != "ENDTABLE":
            rows.append(lines[i].split("|"))
            i += 1
        text = " ".join(c for r in rows for c in r)
        places.append({"label": label, "kind": "table", "chapter": chapter, "heading": heading,
                       "page": None, "text": text})
    elif ln.strip():
        m = re.match(r"^(\d+\.\d+|R\d+) (.*)$", ln)
        label, text = m.group(1), m.group(2)
        kind = "recommendation" if label.startswith("R") else "paragraph"
        places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                       "page": None, "text": text})
    i += 1

footnotes = [
    "Local Government Act 1999, section 10. The terms of reference for the inspection are set out in the Secretary of State's letter of appointment of 3 June 2024.",
    "The staff survey is conducted every two years by an external provider. Percentages are of those who answered each question.",
    "Dunmoor Metropolitan Borough Council, Reserves Policy 2023/24, approved by full council in February 2023.",
    "Figures are taken from the council's treasury management outturn reports for 2018/19 and 2023/24.",
    "Local Audit and Accountability Act 2014, schedule 7, paragraph 2.",
    "The member survey was sent to all 63 members in August 2024; 36 responded.",
    "Statutory Guidance on Local Government Investments (3rd edition), 2018, and the Prudential Code for Capital Finance in Local Authorities, 2021 edition.",
    "Dunmoor Residents' Survey 2023, carried out by telephone with a sample of 1,100 residents.",
]
report = {
    "title": "Best Value Inspection of Dunmoor Metropolitan Borough Council",
    "kind": "report",
    "file": "report.html",
    "producer": "GOV.UK HTML publication (govspeak), saved from the browser; written by build.py",
    "numbering": "two-level",
    "page_offset": 0,
    "furniture": [],
    "places": places,
    "footnotes": [{"number": n + 1, "page": None, "text": t} for n, t in enumerate(footnotes)],
}
json.dump(report, open("report.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(places), "places;", sum(p["kind"] == "paragraph" for p in places), "numbered paragraphs")

letter_paras = [
    "I am writing to you following the publication today of the report of the Best Value inspection of Dunmoor Metropolitan Borough Council, which I commissioned on 3 June 2024. I am grateful to the inspectors for their thorough work and to the many members and officers of the council who contributed to it.",
    "The inspectors concluded that the council is failing to comply with its best value duty. They found serious failings in governance, financial management, organisational culture and the council's approach to commercial investment. I have carefully considered their report and I accept its findings in full.",
    "I am particularly concerned by the inspectors' findings on the council's finances. The fall in the general fund reserve to £6.3 million, the trebling of external borrowing since 2019 and a budget gap of £23.7 million present a risk not only to the council but to the residents who depend on its services.",
    "I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council. My proposed directions would require the council to prepare and deliver an improvement plan, and would provide for the appointment of three commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.",
    "The commissioners would exercise the council's functions relating to governance and scrutiny, the appointment and dismissal of statutory officers, and financial management, including the setting of the budget. I propose that the directions remain in place until 31 January 2028.",
    "I do not propose at this stage that commissioners should exercise the council's functions in relation to the delivery of services. I expect the council's officers to continue to lead that work, with the support of the commissioners.",
    "Before I take a final decision, I invite the council to make representations on the report and on my proposed intervention package. Representations should be sent to the department by 11 February 2025. I am also writing to the leaders of each political group on the council.",
    "The council will need to prepare an improvement plan within six months of the directions being made, and to report to the commissioners on its progress every six months. I expect members of all parties to work constructively with the commissioners.",
    "I recognise that the new Chief Executive has already begun to take steps to improve the council. These steps are welcome, but the scale of the challenge the inspectors describe requires a level of support and oversight that the council cannot provide for itself.",
    "I am copying this letter to the Leader of the council, the leaders of the opposition groups, the council's external auditor and the Members of Parliament whose constituencies fall within the borough.",
]
letter = {
    "title": "Letter from the Secretary of State to the Chief Executive of Dunmoor Metropolitan Borough Council",
    "kind": "letter",
    "file": "letter.pdf",
    "producer": "fpdf2",
    "numbering": "unnumbered",
    "page_offset": 0,
    "furniture": [],
    "date": "14 January 2025",
    "places": [{"label": str(n + 1), "kind": "paragraph", "chapter": None, "heading": None,
                "page": None, "text": t} for n, t in enumerate(letter_paras)],
    "footnotes": [],
}
import os
if False:
    pages = json.load(open("letter_pages.json"))
    for p in letter["places"]:
        p["page"] = pages[p["label"]]
json.dump(letter, open("letter.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
