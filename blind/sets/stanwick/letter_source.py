import json
paras = [
 "I am writing to you, as the Chief Executive of Stanwick District Council, to inform you of the outcome of the Best Value inspection of the council, and of the action I am proposing to take in light of it. A copy of this letter goes to the Leader of the council and to the leaders of the opposition groups.",
 "On 3 February 2025 I appointed inspectors under section 10 of the Local Government Act 1999 to carry out an inspection of the council's compliance with its Best Value duty. I received their report on 15 July 2025 and I am today publishing it in full. I am grateful to the inspectors for their work, and to the members, officers and partners who contributed to it.",
 "The report makes for deeply concerning reading. The inspectors conclude that the council is failing to comply with its Best Value duty in respect of governance, culture and leadership, financial management and the use of resources. They find that key decisions on the Stanwick Quay scheme were taken without proper challenge, that warnings from the council's own statutory officers were not heeded, and that the council's borrowing has reached a level that places its financial sustainability at serious risk.",
 "Having considered the report, I am satisfied that the council is failing to comply with its Best Value duty. I am therefore minded to exercise my powers under section 15 of the 1999 Act to intervene. I propose to appoint a Lead Commissioner and a Finance Commissioner for a period of three years, and to direct the council to take the actions set out in the draft directions published alongside this letter.",
 "The proposed directions would transfer to the commissioners the council's functions in relation to financial management, the appointment and dismissal of the statutory officers, and the governance of the council's companies. The council would be required to prepare an improvement and recovery plan within six months, to the commissioners' satisfaction, and to report on its progress every six months.",
 "I want to be clear that these are not punitive measures. The inspectors found much that is good at Stanwick, not least the commitment of its staff and the frankness of its new Chief Executive. The purpose of intervention is to give the council the support and oversight it needs to put things right, and to return control to local members as soon as that can safely be done.",
 "I also expect the council to accept the inspectors' findings in full. I note with concern that the council's submission to the inspection described members as having been kept fully informed of the Quay scheme's progress, a view the inspectors did not share. A council that does not accept the problems it faces will not solve them.",
 "I invite the council to make any representations on my proposals by 5pm on 19 August 2025. Representations from any other interested party should be sent to my department by the same date. I will consider all representations carefully before deciding whether to proceed.",
 "I am copying this letter to the council's external auditor and to the Local Government Association, and it will be placed in the Library of both Houses.",
]
data = {"title": "Letter from the Secretary of State to the Chief Executive of Stanwick District Council, 22 July 2025",
        "kind": "letter", "file": "letter.pdf", "producer": "reportlab",
        "numbering": "unnumbered", "page_offset": 0, "furniture": ["Page N of M"],
        "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                    "page": None, "text": t} for i, t in enumerate(paras, 1)],
        "footnotes": []}
json.dump(data, open("letter.json", "w"), indent=1, ensure_ascii=False)
