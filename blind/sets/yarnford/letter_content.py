import json, os
TITLE = "Letter from the Secretary of State to the Chief Executive of Yarnford City Council, 17 September 2026"
BODY = [
 "Today I have laid before Parliament the report of the Best Value inspection of Yarnford City Council, carried out under section 10 of the Local Government Act 1999. I am grateful to the inspectors for their thorough work, and to the many members, officers and partners who contributed to it.",
 "The report makes deeply concerning reading. The inspectors conclude that the council is failing to comply with its best value duty in respect of leadership and culture, governance, financial management and the use of resources. They found a council whose reserves have been run down to a dangerous level, whose decision-making is opaque, and in which nearly half of staff do not feel safe to speak up.",
 "I have considered the report carefully, together with the other evidence available to me. I am satisfied that the council is failing to comply with its best value duty, and I am therefore minded to exercise my powers of direction under section 15 of the 1999 Act.",
 "I propose to appoint a team of three commissioners for a period of three years. The commissioners would exercise the council’s functions relating to financial governance and budget setting, the constitution and decision-making, and the appointment and dismissal of statutory officers. I also propose to direct the council to prepare and agree an improvement and recovery plan within six months.",
 "I do not propose, at this stage, that the commissioners should exercise the council’s functions in relation to housing, adult social care or planning. I will keep that position under review in the light of the commissioners’ reports.",
 "I invite the council to make representations on these proposals by 15 October 2026. I will consider any representations before deciding whether to issue directions.",
 "I want to be clear that this intervention is not a judgement on the council’s frontline staff, who continue to serve the residents of Yarnford well. I welcome the early steps taken by you since your appointment, and I expect the council to cooperate fully with the commissioners.",
 "I am copying this letter to the Leader of the Council, the leaders of the other political groups, the Members of Parliament for Yarnford and the council’s external auditor.",
]
places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t}
          for i, t in enumerate(BODY, 1)]
letter = {"title": TITLE, "kind": "letter", "file": "letter.pdf", "producer": "LibreOffice from python-docx",
          "numbering": "unnumbered", "page_offset": 0, "furniture": ["OFFICIAL", "Page N of M"],
          "places": places, "footnotes": []}
if __name__ == "__main__":
    old = {}
    if os.path.exists("letter.json"):
        old = {q["label"]: q["page"] for q in json.load(open("letter.json"))["places"]}
    for q in places:
        q["page"] = old.get(q["label"])
    json.dump(letter, open("letter.json", "w"), ensure_ascii=False, indent=1)
