import json
T = [
 "I am writing to you following the publication today of the report of the Best Value inspection of Cressing Borough Council, which was commissioned by the Secretary of State on 14 October 2024. I enclose a copy of the report.",
 "The inspectors have concluded that the council is failing to comply with its best value duty in respect of its leadership, governance, culture, financial management, scrutiny and audit, and procurement. The report makes for sobering reading. It describes a council in which decisions of great consequence were taken without proper scrutiny, and whose financial position is now precarious.",
 "Having considered the report carefully, the Secretary of State is minded to exercise her powers under section 15 of the Local Government Act 1999 to put in place an intervention package. This would include directions to the council to take the actions set out in the proposed directions enclosed with this letter, and the appointment of a team of three Commissioners for a period of three years.",
 "The Commissioners would exercise the council's functions relating to financial governance and strategic financial decision-making, the appointment and dismissal of statutory officers, and the oversight of Cressing Regeneration Ltd. The council would retain responsibility for the day-to-day delivery of its services.",
 "The Secretary of State is also minded to direct the council to prepare, within three months, an improvement and recovery plan to the satisfaction of the Commissioners, and to report on its delivery every six months.",
 "I want to be clear that this is not a judgement on the many hard-working staff of the council, who continue to deliver valued services to residents. The inspectors rightly recognise the strength of the planning, waste and environmental health services.",
 "The council may make representations on the proposed intervention package by 3 April 2025. The Secretary of State will consider any representations carefully before deciding whether to proceed.",
 "I am copying this letter to the Leader of the council, the leaders of the other political groups, the council's external auditor and the Members of Parliament whose constituencies include the borough.",
]
let = {"title": "Letter from the Minister of State for Local Government to the Chief Executive of Cressing Borough Council",
 "kind": "letter", "file": "letter.pdf", "producer": "WeasyPrint (HTML+CSS)", "numbering": "unnumbered",
 "page_offset": 0, "furniture": ["Page N of M"], "date": "20 March 2025",
 "subject": "Best Value inspection of Cressing Borough Council: proposed intervention",
 "places": [{"label": str(i+1), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t} for i, t in enumerate(T)],
 "footnotes": []}
json.dump(let, open("letter.json", "w"), ensure_ascii=False, indent=1)
