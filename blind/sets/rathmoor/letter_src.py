"""Source text of the Secretary of State's letter: run once to write letter.json."""
import json
from pathlib import Path

TITLE = "Letter from the Secretary of State to the Chief Executive of Rathmoor Borough Council, 4 February 2025"

PARAS = [
"I am writing to inform you that I have today published the report of the Best Value inspection of Rathmoor Borough Council, which I commissioned on 3 June 2024. I am grateful to the inspection team for their thorough work, and to the members, officers and partners who contributed to it.",
"The report makes for sobering reading. The inspectors conclude that the council is failing to comply with its best value duty in respect of governance, culture and leadership, financial management, scrutiny and procurement. They describe weak and opaque decision-making, a general fund reserve that has fallen by more than half in three years, and a culture in which nearly half of staff do not feel safe to raise concerns.",
"I recognise that the council's new Chief Executive and section 151 officer have begun to address these problems, and I welcome the frankness with which the council has engaged with the inspection. But I agree with the inspectors that the council does not have the capacity to secure the necessary improvement on its own.",
"I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give Directions to the council, and to appoint a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The commissioners would have powers over the council's governance and decision-making, its financial management, the appointment and dismissal of its statutory officers, and its oversight of Rathmoor Regeneration Company Ltd.",
"I propose that the intervention should last until 31 January 2028, three years from the date of the Directions. I would expect the commissioners to report to me on the council's progress after six months, and every six months thereafter.",
"Under the proposed Directions, the council would be required to prepare an improvement and recovery plan within six months, to the satisfaction of the commissioners, and to report on its delivery to Full Council at least every quarter. The plan should address each of the inspectors' nine recommendations.",
"The council and any other person may make representations on these proposals. Representations should be sent to my Department by 5pm on 4 March 2025. I will consider them carefully before deciding whether to give the Directions as proposed.",
"I want to be clear that intervention is not a judgement on the many staff who serve Rathmoor's residents well. The inspectors found much to commend in the council's front-line services, and I expect the commissioners to work with the council, not around it.",
"I am copying this letter to the Leader of the council, to the leaders of the other political groups, to the council's external auditor and to the Members of Parliament whose constituencies include Rathmoor.",
]

def main():
    places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
               "page": None, "text": t} for i, t in enumerate(PARAS, 1)]
    data = {"title": TITLE, "kind": "letter", "file": "letter.pdf",
            "producer": "wkhtmltopdf 0.12.4 (with patched qt) from generated HTML",
            "numbering": "unnumbered", "page_offset": 0, "date": "4 February 2025",
            "furniture": ["OFFICIAL"], "places": places, "footnotes": []}
    Path(__file__).with_name("letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1))
    print(len(places), "places")

if __name__ == "__main__":
    main()
