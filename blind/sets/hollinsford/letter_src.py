import json
paras = [
 "Today I have published the report of the Best Value Inspection of Hollinsford Council, which was carried out by the Lead Inspector and two Assistant Inspectors appointed on 17 June 2024. I am grateful to the inspection team for their thorough work, and to the members and officers of the council who engaged with it.",
 "The report makes for deeply concerning reading. The inspectors conclude that the council is failing to comply with its best value duty in respect of leadership, governance, culture, financial management, scrutiny and procurement.",
 "I am particularly concerned by the inspectors' findings on the council's financial position, including the fall in the general fund reserve to £5.8 million and the exposure of the council to loans of £38.5 million to Hollinsford Energy Ltd.",
 "I am therefore minded to exercise the powers of intervention available to the Secretary of State under section 15 of the Local Government Act 1999. I propose to give directions to the council and to appoint three commissioners, a Lead Commissioner and commissioners for finance and for governance, for a period of three years.",
 "The proposed directions would require the council to prepare and agree with the commissioners an improvement and recovery plan within three months, and would give the commissioners powers over the council's financial, governance and procurement functions, including the appointment and dismissal of the statutory officers.",
 "I would welcome representations from the council on the proposed intervention package by 20 March 2025. I will consider any representations I receive before taking a final decision.",
 "I want to be clear that intervention is not a judgement on the staff of the council, many of whom the inspectors found to be committed to the people of Hollinsford. It is a judgement on the council's leadership, which has not acted on repeated warnings.",
 "I expect the council to begin work on the inspectors' recommendations now, without waiting for my final decision. I am copying this letter to the Leader of the council and to the leaders of the other political groups.",
]
doc = {"title": "Letter from the Minister for Local Government to the Chief Executive of Hollinsford Council, 20 February 2025",
       "kind": "letter", "file": "letter.pdf", "producer": "Chromium (headless) from HTML", "numbering": "unnumbered",
       "page_offset": 0, "furniture": [],
       "meta": {"from_lines": ["Minister for Local Government", "2 Marsham Street", "London SW1P 4DF"],
                "to_lines": ["The Chief Executive", "Hollinsford Council", "Civic Centre", "Market Square", "Hollinsford HF1 2AA"],
                "date": "20 February 2025", "salutation": "Dear Chief Executive,",
                "subject": "Best Value Inspection of Hollinsford Council", "close": "Yours sincerely,",
                "signer": "Minister for Local Government", "signer_role": "Ministry of Housing, Communities and Local Government"},
       "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t} for i, t in enumerate(paras, 1)],
       "footnotes": []}
json.dump(doc, open("letter.json", "w"), indent=1, ensure_ascii=False)
