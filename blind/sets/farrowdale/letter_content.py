import json
PARAS = [
"I am writing to inform you that I have today published the report of the Best Value inspection of Farrowdale Council, which I commissioned on 22 July 2024. I am grateful to the lead inspector and the inspection team for their thorough work, and to the many councillors, officers and partners who contributed to it.",
"The report makes for deeply concerning reading. The inspectors have concluded that the council is failing to comply with its best value duty in respect of leadership, governance, culture, use of resources, and procurement and contract management. I accept their findings in full.",
"Having carefully considered the report, I am satisfied that the council is failing to comply with its best value duty and that it is necessary and expedient to exercise my powers of intervention under section 15 of the Local Government Act 1999. I am therefore minded to issue directions to the council and to appoint commissioners.",
"I propose to appoint a Lead Commissioner, a Finance Commissioner and a Governance Commissioner for a period of three years, until 31 March 2028. The commissioners would exercise the council’s functions relating to the appointment and dismissal of statutory officers, the setting of the budget and the medium-term financial strategy, and the approval of any disposal or acquisition of land or property with a value above £1 million.",
"I further propose to direct the council to prepare, within six months, an improvement and recovery plan to the satisfaction of the commissioners, and to report on its delivery to the commissioners and to me every six months. The first such report would be due by 30 September 2025.",
"Before reaching a final decision, I invite the council to make representations on the proposed intervention package. Any representations should be received by 18 March 2025. I also welcome representations from any other interested party by that date.",
"I want to be clear that this intervention is intended to support the council, not to replace it. I expect the council to work constructively with the commissioners, and I will return powers to the council as soon as I am satisfied that it is able to exercise them in compliance with its best value duty.",
"I am copying this letter to the council’s group leaders, the external auditor and the Members of Parliament whose constituencies include Farrowdale.",
]
L = {"title": "Best Value Inspection of Farrowdale Council: proposed intervention",
     "kind": "letter", "file": "letter.pdf", "producer": "Typst (typst Python package 0.15.2)",
     "numbering": "unnumbered", "page_offset": 0, "furniture": [],
     "date": "4 March 2025",
     "from": "Secretary of State for Housing, Communities and Local Government",
     "to": ["The Leader, Farrowdale Council", "The Chief Executive, Farrowdale Council"],
     "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t}
                for i, t in enumerate(PARAS, 1)],
     "footnotes": []}
json.dump(L, open("letter.json", "w"), ensure_ascii=False, indent=1)
